"""Bad input through the real `briefing` CLI: one clear line per bad file, the rest still ingested.

The hand-written part of the corpus lives in tests/fixtures/bad/ (broken front matter, hostile
titles, two articles with one headline); binary, huge and legacy-encoded inputs are generated
here so nothing big or binary is committed.
"""

from __future__ import annotations

import random
import re
import shutil
import struct
import zlib
from pathlib import Path

import pytest

from conftest import FIXTURES, ROOT, briefing
from generator.model import Article

BAD = FIXTURES / "bad"

# Inputs that must fail, and the words their one line must contain.
MUST_FAIL = {
    "empty.txt": "empty file",
    "whitespace-only.txt": "empty file",
    "image.txt": "this is a PNG image, not text",
    "huge.txt": "too large for one article (50 MB; the limit is 20 MB)",
    "nul-riddled.txt": "binary file",
    "fm-malformed.md": "line 5: invalid YAML: expected ',' or ']', but got ':' "
                       "(while parsing a flow sequence opened on line 4)",
    "fm-not-a-mapping.md": "front matter must be a mapping",
    "fm-python-tag.md": "the YAML tag !!python/object/apply:os.system is not allowed",
    "fm-date-yesterday.md": "'date': must be an ISO date like 2025-03-31, not 'yesterday'",
    "fm-duplicate-keys.md": "line 4: invalid YAML: duplicate key 'title'",
    "fm-alias-bomb.md": "aliases like *a are not allowed",
    "fm-impossible-date.md": "impossible date '2025-02-30'",
}
# Odd but valid inputs: ingested, each into its own file under content/articles/.
MUST_PASS = ["same-slug-one.txt", "same-slug-two.txt", "title-dot-dot.md", "title-windows-reserved.md",
             "title-no-letters.md", "cp1251.txt", "latin1.txt", "mixed-utf8.txt", "stray-nuls.txt",
             "long-line.txt", "fm-people-string.md"]

RUSSIAN = ("Министр иностранных дел заявил во вторник, что переговоры о перемирии продолжатся "
           "на следующей неделе в Стамбуле. По его словам, делегации обменялись списками пленных.")
GERMAN = ("Der Verteidigungsminister äußerte sich am Mittwoch zur geplanten Brigade. Größere "
          "Übungen seien für den Herbst vorgesehen, sagte er in einer kurzen Erklärung vor Journalisten.")


def tiny_png() -> bytes:
    """A real 1x1 PNG, as a phone or screenshot tool would save it."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
    header = struct.pack(">IIBBBBB", 1, 1, 8, 6, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header)
            + chunk(b"IDAT", zlib.compress(b"\x00\xff\x00\x00\xff")) + chunk(b"IEND", b""))


def write_generated_inputs(inbox: Path) -> None:
    rng = random.Random(7)
    (inbox / "image.txt").write_bytes(tiny_png())
    line = b"Officials said the talks would continue. " * 24 + b"\n"
    with (inbox / "huge.txt").open("wb") as handle:  # 50 MB of plausible text
        for _ in range(50_000_000 // len(line) + 1):
            handle.write(line)
    riddled = bytearray(rng.randbytes(6000))
    riddled[::10] = bytes(len(riddled[::10]))
    (inbox / "nul-riddled.txt").write_bytes(bytes(riddled))
    (inbox / "cp1251.txt").write_bytes(f"Переговоры продолжатся\n\n{RUSSIAN}\n".encode("cp1251"))
    (inbox / "latin1.txt").write_bytes(f"Brigade in Litauen\n\n{GERMAN}\n".encode("latin-1"))
    mixed = ("Kallas’ café diplomacy\n\nThe EU’s top diplomat met her counterparts at a café in "
             "Tallinn on Tuesday, aides said. The talks were \x93useful\x94, one of them added.\n")
    (inbox / "mixed-utf8.txt").write_bytes(mixed.encode("utf-8").replace(b"\xc2\x93", b"\x93")
                                           .replace(b"\xc2\x94", b"\x94"))
    (inbox / "stray-nuls.txt").write_bytes(
        b"Port reopens after storm\n\nThe port reopened on Sunday\x00 after a two-day closure, the "
        b"harbour master said.\x00 Ferries will run a reduced timetable until Wednesday.\n")
    words = [b"minister", b"said", b"talks", b"would", b"continue", b"in", b"Brussels", b"today"]
    # 100 kB without a line break: a whole article pasted as one line is 5-30 kB.
    (inbox / "long-line.txt").write_bytes(b" ".join(rng.choice(words) for _ in range(14_000)))


def make_archive(root: Path) -> Path:
    (root / "content").mkdir(parents=True)
    shutil.copytree(ROOT / "content" / "registry", root / "content" / "registry")
    return root


@pytest.fixture(scope="module")
def bad_run(tmp_path_factory):
    """The whole corpus ingested once: (archive, result of the first run, result of a second run)."""
    archive = make_archive(tmp_path_factory.mktemp("bad") / "archive")
    inbox = archive / "inbox"
    shutil.copytree(BAD, inbox, ignore=shutil.ignore_patterns("hostile"))
    write_generated_inputs(inbox)
    first = briefing("ingest", "inbox", cwd=archive, check=False)
    stored = {p: p.read_bytes() for p in (archive / "content" / "articles").rglob("*") if p.is_file()}
    second = briefing("ingest", "inbox", cwd=archive, check=False)
    return archive, first, second, stored


def failed_lines(result) -> list[str]:
    return [line for line in result.stderr.splitlines() if line.startswith("failed")]


def test_the_corpus_covers_every_file_in_the_inbox(bad_run):
    archive, *_ = bad_run
    names = {p.name for p in (archive / "inbox").iterdir()}
    assert names == set(MUST_FAIL) | set(MUST_PASS)


def test_bad_inputs_make_a_nonzero_exit_with_a_summary_and_no_traceback(bad_run):
    _, first, *_ = bad_run
    assert first.returncode == 1
    assert "Traceback" not in first.stdout + first.stderr
    summary = f"{len(MUST_FAIL) + len(MUST_PASS)} file(s): {len(MUST_PASS)} new, {len(MUST_FAIL)} failed"
    assert summary in first.stdout


@pytest.mark.parametrize("name", sorted(MUST_FAIL))
def test_each_bad_file_gets_one_line_naming_it_and_the_problem(bad_run, name):
    _, first, *_ = bad_run
    lines = [line for line in failed_lines(first) if f"inbox/{name}:" in line]
    assert len(lines) == 1, first.stderr
    assert MUST_FAIL[name] in lines[0]


@pytest.mark.parametrize("name", MUST_PASS)
def test_odd_but_valid_files_are_still_ingested(bad_run, name):
    _, first, *_ = bad_run
    assert re.search(rf"^new\s+inbox/{re.escape(name)} → content/articles/\S+\.md$", first.stdout, re.M), \
        first.stdout + first.stderr


def test_every_stored_file_is_whole_and_inside_content_articles(bad_run):
    archive, _, _, stored = bad_run
    articles = archive / "content" / "articles"
    assert len(stored) == len(MUST_PASS)
    for path in stored:
        assert path.resolve().is_relative_to(articles.resolve())
        assert path.suffix == ".md" and not path.name.startswith(".")
        Article.loads(path.read_text("utf-8"), str(path))  # raises if half-written or invalid
    outside = [p for p in archive.rglob("*") if p.is_file()
               and not p.is_relative_to(archive / "inbox") and not p.is_relative_to(articles)
               and not p.is_relative_to(archive / "content" / "registry")
               and p.name != ".briefing.lock"]
    assert outside == []


def test_people_written_as_one_string_are_read_as_a_list_with_a_note(bad_run):
    archive, first, *_ = bad_run
    target = dict(re.findall(r"^new\s+inbox/(\S+) → (\S+)$", first.stdout, re.M))["fm-people-string.md"]
    path = archive / target
    article = Article.loads(path.read_text("utf-8"), str(path))
    assert article.people[:2] == ["Kaja Kallas", "Radoslaw Sikorski"]
    assert "people: Kaja Kallas" not in path.read_text("utf-8")  # a YAML list now
    assert any("'people' was one string" in w for w in article.warnings)


def test_unsafe_yaml_ran_nothing(bad_run):
    archive, *_ = bad_run
    assert not list(archive.rglob("PWNED-BY-YAML"))


def test_hostile_and_clashing_titles_get_safe_distinct_slugs(bad_run):
    _, first, *_ = bad_run
    target = dict(re.findall(r"^new\s+inbox/(\S+) → (\S+)$", first.stdout, re.M))
    assert target["title-dot-dot.md"].endswith("/x.md")
    assert target["title-windows-reserved.md"].endswith("/con-page.md")
    assert re.search(r"/article-[0-9a-f]{8}\.md$", target["title-no-letters.md"])
    one, two = target["same-slug-one.txt"], target["same-slug-two.txt"]
    assert one != two and Path(one).stem + "-2" == Path(two).stem


def stored_article(archive: Path, first, name: str) -> Article:
    target = dict(re.findall(r"^new\s+inbox/(\S+) → (\S+)$", first.stdout, re.M))[name]
    return Article.loads((archive / target).read_text("utf-8"), target)


def test_legacy_encodings_are_decoded_and_the_guess_is_recorded(bad_run):
    archive, first, *_ = bad_run
    russian = stored_article(archive, first, "cp1251.txt")
    assert "переговоры о перемирии продолжатся" in russian.body
    assert any("decoded as cp1251" in w for w in russian.warnings)
    german = stored_article(archive, first, "latin1.txt")
    assert "äußerte" in german.body and "Größere" in german.body
    mixed = stored_article(archive, first, "mixed-utf8.txt")
    assert "café" in mixed.body and "“useful”" in mixed.body
    assert any("read as Windows-1252" in w for w in mixed.warnings)


def test_nul_bytes_in_text_are_dropped_with_a_warning(bad_run):
    archive, first, *_ = bad_run
    article = stored_article(archive, first, "stray-nuls.txt")
    assert "\x00" not in article.body and "reopened on Sunday after" in article.body
    assert any("control character" in w for w in article.warnings)


def test_a_second_run_changes_nothing_and_reports_the_same_failures(bad_run):
    archive, first, second, stored = bad_run
    assert second.returncode == 1
    assert sorted(failed_lines(second)) == sorted(failed_lines(first))
    assert f"{len(MUST_PASS)} unchanged" in second.stdout
    now = {p: p.read_bytes() for p in (archive / "content" / "articles").rglob("*") if p.is_file()}
    assert now == stored


def test_identical_bytes_under_two_names_are_one_article(tmp_path):
    archive = make_archive(tmp_path / "archive")
    inbox = archive / "inbox"
    inbox.mkdir()
    shutil.copy(BAD / "same-slug-one.txt", inbox / "a.txt")
    shutil.copy(BAD / "same-slug-one.txt", inbox / "b.txt")
    briefing("ingest", "inbox", cwd=archive)
    again = briefing("ingest", "inbox", cwd=archive)
    assert len(list((archive / "content" / "articles").rglob("*.md"))) == 1
    assert "2 unchanged" in again.stdout and "same content as inbox/a.txt" in again.stdout


# ---- registry files with errors ----------------------------------------------------------------

BROKEN_REGISTRIES = {
    "unclosed bracket": ("people.yml", "people:\n  - name: Kaja Kallas\n    aliases: [Kallas\n",
                         "content/registry/people.yml:4: invalid YAML"),
    "entry without a name": ("people.yml", "people:\n  - aliases: [Somebody]\n",
                             "content/registry/people.yml: people entry 1"),
    "unknown parent": ("topics.yml", "topics:\n  - name: Drone wall\n    parent: No such topic\n",
                       "unknown parent topic 'No such topic'"),
    "python tag": ("sources.yml", "sources: !!python/object/apply:os.system [touch PWNED-BY-YAML]\n",
                   "content/registry/sources.yml:1: invalid YAML: the YAML tag"),
    "not text": ("sources.yml", tiny_png(), "content/registry/sources.yml: cannot read registry"),
}


@pytest.mark.parametrize("case", sorted(BROKEN_REGISTRIES))
def test_a_broken_registry_stops_with_one_line_and_writes_nothing(tmp_path, case):
    file_name, text, expected = BROKEN_REGISTRIES[case]
    archive = make_archive(tmp_path / "archive")
    target = archive / "content" / "registry" / file_name
    target.write_bytes(text if isinstance(text, bytes) else text.encode("utf-8"))
    (archive / "inbox").mkdir()
    shutil.copy(BAD / "same-slug-one.txt", archive / "inbox")
    for command in (["ingest", "inbox"], ["check"]):
        result = briefing(*command, cwd=archive, check=False)
        assert result.returncode == 1
        assert expected in result.stdout + result.stderr
        assert "Traceback" not in result.stdout + result.stderr
    assert not (archive / "content" / "articles").exists()
    assert not list(archive.rglob("PWNED-BY-YAML"))


def test_debug_shows_the_traceback_wherever_it_is_given(tmp_path):
    archive = make_archive(tmp_path / "archive")
    (archive / "content" / "registry" / "people.yml").write_text("people: [\n", "utf-8")
    (archive / "inbox").mkdir()
    for args in (["--debug", "ingest", "inbox"], ["ingest", "--debug", "inbox"]):
        result = briefing(*args, cwd=archive, check=False)
        assert result.returncode != 0
        assert "Traceback" in result.stderr and "people.yml:2: invalid YAML" in result.stderr
