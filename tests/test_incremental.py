"""Incremental builds (issue 6): after an edit, `briefing build` rewrites only the pages whose
content changed, and the site it leaves is the one a clean, uncached build makes.

Pages are compared as in test_performance_cache.py (search bundles by their per-page fragments
and counts). "Untouched" is checked with each file's inode and modification time: a page the
build left alone is the very file the previous build wrote.
"""

from __future__ import annotations

import re
import shutil
import sys
from pathlib import Path

import pytest
from conftest import ROOT, briefing
from test_performance_cache import _differences, _uncached_copy

sys.path.insert(0, str(ROOT / "benchmarks"))
import synth  # noqa: E402


@pytest.fixture()
def archive(tmp_path) -> Path:
    root = tmp_path / "archive"
    synth.generate(60, root, seed=5)
    assert "built" in briefing("build", "--no-ingest", cwd=root).stdout
    return root


def _files(site: Path) -> dict[str, tuple[int, int]]:
    return {p.relative_to(site).as_posix(): (p.stat().st_ino, p.stat().st_mtime_ns)
            for p in site.rglob("*") if p.is_file()}


def _rewritten(before: dict, after: dict) -> set[str]:
    return {name for name, stamp in after.items() if before.get(name) != stamp}


def _articles(archive: Path) -> list[Path]:
    return sorted((archive / "content" / "articles").glob("*/*.md"))


def _page(archive: Path, article: Path) -> str:
    return article.relative_to(archive / "content").with_suffix("").as_posix() + "/index.html"


def _dated(archive: Path, year: str) -> Path:
    return next(p for p in _articles(archive) if p.parent.name == year)


def test_a_body_edit_rewrites_its_page_and_its_years_search_bundle_only(archive, tmp_path):
    before = _files(archive / "site")
    article = _dated(archive, "2019")
    article.write_text(article.read_text("utf-8") + "\nA sentence added by the author.\n", "utf-8")

    assert "updated" in briefing("build", "--no-ingest", cwd=archive).stdout
    rewritten = _rewritten(before, _files(archive / "site"))
    assert _page(archive, article) in rewritten
    others = {n for n in rewritten if not n.startswith("pagefind/2019/")} - {_page(archive, article)}
    # what every build writes again (small): robots.txt, assets, the manifest
    assert all(re.fullmatch(r"(robots\.txt|assets/.*|pagefind/bundles\.json)", n)
               for n in others), sorted(others)
    # the same pages on the same day: the sitemap and the 404 page stay as they are
    assert not {"sitemap.xml", "sitemap.xml.gz", "404.html"} & rewritten
    other_years = {n.split("/")[1] for n in before if n.startswith("pagefind/") and n.count("/") > 1} - {"2019"}
    assert len(other_years) > 5
    assert not any(n.split("/")[1] in other_years for n in rewritten if n.startswith("pagefind/"))
    clean = _uncached_copy(archive, tmp_path / "clean")
    assert _differences(archive / "site", clean / "site") == []


def test_an_edit_whose_year_lacks_search_pages_renders_them_again(archive, tmp_path):
    """Pagefind reads each article's search page from `.cache/search-pages/<year>/`: if some are
    gone (a cache cleaned by hand), re-indexing the year renders those articles again."""
    year = archive / ".cache" / "search-pages" / "2019"
    pages = sorted(year.rglob("index.html"))
    assert len(pages) >= 2
    article = _dated(archive, "2019")
    lost = next(p for p in pages if p.relative_to(year).as_posix() != _page(archive, article))
    lost.unlink()
    article.write_text(article.read_text("utf-8") + "\nA sentence added by the author.\n", "utf-8")

    assert "updated" in briefing("build", "--no-ingest", cwd=archive).stdout
    assert lost.is_file()
    clean = _uncached_copy(archive, tmp_path / "clean")
    assert _differences(archive / "site", clean / "site") == []


def test_a_year_outgrowing_its_bundle_is_split_in_an_update(archive, tmp_path):
    """With `search_bundle_size` at the largest year's count, one more article in that year
    turns its bundle into halves: the year's bundle goes, the halves come, the rest stays."""
    years: dict[str, int] = {}
    for article in _articles(archive):
        if re.search(r"(?m)^date: \d{4}-", article.read_text("utf-8")):
            years[article.parent.name] = years.get(article.parent.name, 0) + 1
    year, count = max(years.items(), key=lambda item: (item[1], item[0]))
    config = archive / "mkdocs.yml"
    config.write_text(config.read_text("utf-8").replace(
        "      search: true\n", f"      search: true\n      search_bundle_size: {count}\n"), "utf-8")
    assert "built" in briefing("build", "--no-ingest", cwd=archive).stdout  # a new config: a full build
    assert (archive / "site" / "pagefind" / year).is_dir()
    before = _files(archive / "site")

    first = _dated(archive, year)
    shutil.copy(first, first.with_name("one-more.md"))
    assert "updated" in briefing("build", "--no-ingest", cwd=archive).stdout
    bundles = {p.name for p in (archive / "site" / "pagefind").iterdir() if p.is_dir()}
    assert year not in bundles and {f"{year}-h1", f"{year}-h2"} & bundles
    rewritten = _rewritten(before, _files(archive / "site"))
    assert not any(n.startswith("pagefind/") and n.split("/")[1][:4] != year
                   for n in rewritten if n.count("/") > 1), sorted(rewritten)
    clean = _uncached_copy(archive, tmp_path / "clean")
    assert _differences(archive / "site", clean / "site") == []


def test_a_body_edit_then_a_title_edit_each_give_the_clean_site(archive, tmp_path):
    """A body edit takes the last build's keys for every page that shows only front matter; the
    build after it must still see a title change in the same article."""
    article = _dated(archive, "2019")
    before = _files(archive / "site")
    article.write_text(article.read_text("utf-8") + "\nOne more paragraph.\n", "utf-8")
    assert "updated" in briefing("build", "--no-ingest", cwd=archive).stdout
    assert _rewritten(before, _files(archive / "site")) & {"index.html", "feed.xml"} == set()
    clean = _uncached_copy(archive, tmp_path / "clean")
    assert _differences(archive / "site", clean / "site") == []

    text = re.sub(r"(?m)^title: .*$", "title: Retitled after the body edit", article.read_text("utf-8"), count=1)
    article.write_text(text, "utf-8")
    assert "updated" in briefing("build", "--no-ingest", cwd=archive).stdout
    listing = archive / "site" / "archive" / "2019" / "index.html"
    assert "Retitled after the body edit" in listing.read_text("utf-8")
    clean = _uncached_copy(archive, tmp_path / "clean-2")
    assert _differences(archive / "site", clean / "site") == []


def test_a_front_matter_edit_moves_the_article_everywhere(archive, tmp_path):
    article = _dated(archive, "2019")
    text = article.read_text("utf-8")
    text = re.sub(r"(?m)^title: .*$", "title: A title the author changed", text, count=1)
    text = re.sub(r"(?m)^date: 2019-", "date: 2021-", text, count=1)
    article.write_text(text, "utf-8")

    assert "updated" in briefing("build", "--no-ingest", cwd=archive).stdout
    page = (archive / "site" / _page(archive, article)).read_text("utf-8")
    assert "A title the author changed" in page
    clean = _uncached_copy(archive, tmp_path / "clean")
    assert _differences(archive / "site", clean / "site") == []


def test_adding_and_removing_articles_updates_the_site(archive, tmp_path):
    first = _articles(archive)[0]
    copy = first.with_name("a-copy.md")
    shutil.copy(first, copy)
    assert "updated" in briefing("build", "--no-ingest", cwd=archive).stdout
    assert (archive / "site" / _page(archive, copy)).is_file()
    clean = _uncached_copy(archive, tmp_path / "clean")
    assert _differences(archive / "site", clean / "site") == []

    copy.unlink()
    _dated(archive, "2020").unlink()
    assert "updated" in briefing("build", "--no-ingest", cwd=archive).stdout
    assert not (archive / "site" / _page(archive, copy)).exists()
    clean = _uncached_copy(archive, tmp_path / "clean-2")
    assert _differences(archive / "site", clean / "site") == []


def test_an_article_linking_to_another_follows_it_being_removed_and_added(archive, tmp_path):
    """A Markdown link to another article is made relative by MkDocs only while that article
    exists: the linking page must be rendered again when the set of articles changes."""
    target = _dated(archive, "2020")
    linking = _dated(archive, "2019")
    link = f"\nSee [the other briefing](../2020/{target.name}).\n"
    linking.write_text(linking.read_text("utf-8") + link, "utf-8")
    assert "updated" in briefing("build", "--no-ingest", cwd=archive).stdout
    page = archive / "site" / _page(archive, linking)
    assert 'href="../../2020/' in page.read_text("utf-8")

    kept = target.read_bytes()
    target.unlink()
    assert "updated" in briefing("build", "--no-ingest", cwd=archive).stdout
    assert 'href="../../2020/' not in page.read_text("utf-8")
    clean = _uncached_copy(archive, tmp_path / "clean")
    assert _differences(archive / "site", clean / "site") == []

    target.write_bytes(kept)
    assert "updated" in briefing("build", "--no-ingest", cwd=archive).stdout
    assert 'href="../../2020/' in page.read_text("utf-8")
    clean = _uncached_copy(archive, tmp_path / "clean-2")
    assert _differences(archive / "site", clean / "site") == []


def test_a_failed_incremental_build_keeps_the_site_and_the_next_one_is_full(archive, tmp_path):
    before = _files(archive / "site")
    article = _dated(archive, "2019")
    good = article.read_text("utf-8")
    article.write_text(good.replace("title:", "title: [unclosed", 1), "utf-8")
    failed = briefing("build", "--no-ingest", cwd=archive, check=False)
    assert failed.returncode == 1 and "previous site kept" in failed.stderr
    assert _files(archive / "site") == before
    assert not (archive / ".site.patch").exists()

    article.write_text(good + "\nFixed.\n", "utf-8")
    assert "built" in briefing("build", "--no-ingest", cwd=archive).stdout
    clean = _uncached_copy(archive, tmp_path / "clean")
    assert _differences(archive / "site", clean / "site") == []


def test_a_site_changed_by_hand_is_built_again_in_full(archive):
    (archive / "site" / "index.html").write_text("changed by hand", "utf-8")
    article = _dated(archive, "2019")
    article.write_text(article.read_text("utf-8") + "\nOne more line.\n", "utf-8")
    assert "built" in briefing("build", "--no-ingest", cwd=archive).stdout
    assert "changed by hand" not in (archive / "site" / "index.html").read_text("utf-8")


def test_a_template_change_is_a_full_build_and_reaches_the_search_index(archive, tmp_path):
    template = archive / "templates" / "theme" / "main.html"
    text = template.read_text("utf-8")
    assert '<div class="article-body">' in text
    template.write_text(text.replace('<div class="article-body">',
                                     '<div class="article-body"><p>Searchable theme marker.</p>', 1), "utf-8")
    assert "built" in briefing("build", "--no-ingest", cwd=archive).stdout
    clean = _uncached_copy(archive, tmp_path / "clean")
    assert _differences(archive / "site", clean / "site") == []  # fragments carry the marker


def test_an_update_keeps_the_cache_of_the_pages_it_did_not_render(archive):
    """Pruning after an update would drop every article's cached HTML (it asked for one)."""
    import sqlite3

    def cached() -> int:
        with sqlite3.connect(archive / ".cache" / "briefing.sqlite3") as db:
            return db.execute("SELECT COUNT(*) FROM kv WHERE tab = 'article_html'").fetchone()[0]

    before = cached()
    article = _dated(archive, "2019")
    article.write_text(article.read_text("utf-8") + "\nOne more line.\n", "utf-8")
    assert "updated" in briefing("build", "--no-ingest", cwd=archive).stdout
    assert cached() >= before > 30


def test_a_killed_builds_leftovers_are_cleared_by_the_next_build(archive):
    """A build killed while Pagefind ran leaves its input folder beside the site, and an update
    killed before its lay-over leaves `.site.patch`: the next build removes both."""
    (archive / ".pagefind-left").mkdir()
    (archive / ".pagefind-left" / "page.html").write_text("<p>left</p>", "utf-8")
    (archive / ".site.patch" / "articles").mkdir(parents=True)
    article = _dated(archive, "2019")
    article.write_text(article.read_text("utf-8") + "\nAnother line.\n", "utf-8")
    assert "updated" in briefing("build", "--no-ingest", cwd=archive).stdout
    assert not (archive / ".pagefind-left").exists() and not (archive / ".site.patch").exists()
