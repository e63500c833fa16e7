"""`briefing ingest` as an author runs it: standard input, globs, --dry-run, encodings."""

from __future__ import annotations

import io
import shutil
from pathlib import Path

import pytest

from generator.model import Article
from tests.conftest import briefing

ROOT = Path(__file__).resolve().parents[1]
ARTICLE = ("Ministers agree joint air defence orders\n\n"
           "VILNIUS (dpa) – Defence ministers of the three Baltic states agreed on Tuesday to place joint "
           "orders for air defence systems, saying the pooled purchase would cut prices.\n\n"
           "Kaja Kallas welcomed the decision and said Europe had to buy together.\n")


@pytest.fixture
def archive(tmp_path) -> Path:
    """An empty archive with the sample registry."""
    (tmp_path / "content").mkdir()
    shutil.copytree(ROOT / "content" / "registry", tmp_path / "content" / "registry")
    return tmp_path


def written(archive: Path) -> list[Path]:
    return sorted((archive / "content" / "articles").rglob("*.md")) if (archive / "content" / "articles").exists() \
        else []


def test_standard_input_with_a_name(archive):
    result = briefing("ingest", "-", "--name", "baltic.txt", cwd=archive, input=ARTICLE)
    assert result.stdout.startswith("new")
    [path] = written(archive)
    article = Article.loads(path.read_text("utf-8"), str(path))
    assert article.title == "Ministers agree joint air defence orders"
    assert article.raw_file == "baltic.txt"
    assert article.source in ("dpa", "Deutsche Presse-Agentur")


def test_standard_input_without_a_name_is_refused_clearly(archive):
    result = briefing("ingest", "-", cwd=archive, input=ARTICLE, check=False)
    assert result.returncode != 0
    assert "--name" in result.stderr
    assert written(archive) == []


def test_glob_ingests_only_matching_files(archive):
    inbox = archive / "inbox"
    inbox.mkdir()
    (inbox / "a.txt").write_text(ARTICLE, "utf-8")
    (inbox / "b.txt").write_text(ARTICLE.replace("Baltic", "Nordic").replace("Tuesday", "Monday"), "utf-8")
    (inbox / "c.html").write_text("<html><body><p>not matched by the glob</p></body></html>", "utf-8")
    result = briefing("ingest", "inbox/*.txt", cwd=archive)
    assert "2 file(s)" in result.stdout
    assert len(written(archive)) == 2


def test_dry_run_writes_nothing(archive):
    (archive / "note.txt").write_text(ARTICLE, "utf-8")
    result = briefing("ingest", "--dry-run", "note.txt", cwd=archive)
    assert "dry run" in result.stdout
    assert "new" in result.stdout
    assert written(archive) == []
    assert (archive / "note.txt").read_text("utf-8") == ARTICLE  # the raw file is never changed


def test_dry_run_on_standard_input_writes_nothing(archive):
    briefing("ingest", "-", "--name", "x.txt", "--dry-run", cwd=archive, input=ARTICLE)
    assert written(archive) == []


@pytest.mark.parametrize("encoding,text", [
    ("utf-16", ARTICLE),                          # with BOM
    ("cp1252", ARTICLE.replace("Kallas", "Kallas’s aide, José Müller,")),
    ("utf-8", ARTICLE.replace("\n", "\r\n")),     # Windows line endings
    ("utf-8-sig", ARTICLE),
])
def test_encodings_and_line_endings(archive, encoding, text):
    (archive / "note.txt").write_bytes(text.encode(encoding))
    briefing("ingest", "note.txt", cwd=archive)
    [path] = written(archive)
    article = Article.loads(path.read_text("utf-8"), str(path))
    assert article.title == "Ministers agree joint air defence orders"
    assert "\r" not in article.body and "\ufeff" not in article.body
    assert "welcomed the decision" in article.body
    if encoding == "cp1252":
        assert "José Müller" in article.body and "’" in article.body


class _Terminal(io.StringIO):
    def isatty(self):
        return True


def test_progress_counts_files_on_a_terminal_and_stays_silent_elsewhere():
    from generator.cli import Progress

    terminal = _Terminal()
    progress = Progress(terminal, minimum=2)
    progress.start(3)
    for name in ("a.txt", "b.txt"):
        progress.clear()
        progress.step(name)
    assert "[1/3] a.txt" in terminal.getvalue() and "[2/3] b.txt" in terminal.getvalue()

    piped = io.StringIO()
    quiet = Progress(piped, minimum=2)
    quiet.start(3)
    quiet.step("a.txt")
    quiet.clear()
    assert piped.getvalue() == ""

    short = _Terminal()
    few = Progress(short, minimum=20)
    few.start(3)
    few.step("a.txt")
    assert short.getvalue() == ""
