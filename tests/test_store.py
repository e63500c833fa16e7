"""The store: safe slugs, atomic writes, idempotence, and never overwriting an author's edit."""

from __future__ import annotations

import datetime as dt

import pytest

from generator.errors import StoreError
from generator.ingest.store import Store, check_storable, write_atomic
from generator.model import Article


def article(title="Talks resume", body="Negotiators met again on Monday.", raw="a" * 64, **kw) -> Article:
    return Article(title=title, date=dt.date(2025, 5, 12), body=body, raw_sha256=raw,
                   raw_file="inbox/x.txt", extractor="text", **kw)


@pytest.mark.parametrize("title, name", [
    ("../../x", "x.md"), ("..\\..\\evil", "evil.md"), ("/etc/passwd", "etc-passwd.md"),
    ("CON", "con-page.md"), ("nul", "nul-page.md"), ("COM1", "com1-page.md"),
    ("!!! ??? ***", f"article-{'b' * 8}.md"), ("Ünïcödé Tïtlé", "unicode-title.md"),
])
def test_slugs_stay_inside_the_archive_and_are_portable(tmp_path, title, name):
    outcome = Store(tmp_path).save(article(title=title, raw="b" * 64))
    assert outcome.status == "new"
    assert outcome.path == tmp_path / "articles" / "2025" / name
    assert outcome.path.resolve().is_relative_to((tmp_path / "articles").resolve())


def test_two_articles_with_one_title_get_distinct_files(tmp_path):
    store = Store(tmp_path)
    first = store.save(article(raw="1" * 64))
    second = store.save(article(raw="2" * 64, body="A different text."))
    assert first.path.name == "talks-resume.md" and second.path.name == "talks-resume-2.md"
    assert "Negotiators" in first.path.read_text("utf-8")


def test_saving_the_same_input_again_changes_nothing(tmp_path):
    path = Store(tmp_path).save(article(ingested="2025-05-12T10:00:00+00:00")).path
    before = path.read_bytes()
    outcome = Store(tmp_path).save(article(ingested="2025-06-01T09:00:00+00:00"))
    assert outcome.status == "unchanged" and path.read_bytes() == before


def test_an_author_edit_is_never_overwritten(tmp_path):
    path = Store(tmp_path).save(article()).path
    edited = path.read_text("utf-8").replace("Negotiators", "The negotiators")
    path.write_text(edited, "utf-8")
    outcome = Store(tmp_path).save(article(body="An improved extraction."))
    assert outcome.status == "skipped-edited"
    assert path.read_text("utf-8") == edited


def test_a_stored_file_that_is_no_longer_utf8_is_left_alone(tmp_path):
    path = Store(tmp_path).save(article()).path
    path.write_bytes(path.read_bytes().replace(b"Negotiators", b"N\xe9gociateurs"))
    outcome = Store(tmp_path).save(article(body="Changed."))
    assert outcome.status == "skipped-edited" and b"\xe9" in path.read_bytes()


@pytest.mark.parametrize("changes, message", [
    ({"title": "  "}, "no title found"),
    ({"body": "  \n "}, "no article text left"),
])
def test_the_store_refuses_what_the_site_could_not_read(tmp_path, changes, message):
    with pytest.raises(StoreError, match=message):
        Store(tmp_path).save(article(**changes))
    assert not (tmp_path / "articles").exists()


def test_an_authored_markdown_stub_may_have_no_body():
    check_storable(article(body="").replace(extractor="markdown"))


def test_a_failed_write_leaves_the_old_file_and_no_temporary(tmp_path):
    target = tmp_path / "a.md"
    target.write_text("old", "utf-8")
    with pytest.raises(UnicodeEncodeError):
        write_atomic(target, "half a file, then a lone surrogate \udc80")
    assert target.read_text("utf-8") == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["a.md"]


def test_temporaries_of_a_killed_ingest_are_swept_on_the_next_save(tmp_path):
    folder = tmp_path / "articles" / "2025"
    folder.mkdir(parents=True)
    stale = folder / "._talks.md.x1y2.tmp"
    stale.write_text("---\ntitle: half", "utf-8")
    unrelated = folder / "notes.tmp"
    unrelated.write_text("an author's file", "utf-8")
    Store(tmp_path).save(article())
    assert not stale.exists() and unrelated.exists()


def test_a_dry_run_writes_nothing(tmp_path):
    outcome = Store(tmp_path, dry_run=True).save(article())
    assert outcome.status == "new" and not (tmp_path / "articles").exists()
