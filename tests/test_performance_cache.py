"""Build cache (issue 6): a cached or incremental build gives the same site as a clean, uncached one.

The archive is the benchmark's seeded synthetic corpus (small), plus hand-written articles that
take the slow paths: a link to another article (never cached), raw HTML and its own <h1>
(sanitized, headings demoted), a title in quotes and accents. Each cached build is compared byte
for byte with a clean build of the same files with `cache: false` in mkdocs.yml, search bundle
included: Pagefind names its index and filter chunks differently on every run, so the bundle is
compared by what it serves per page (its fragments: URL, text, filters, meta, sort keys; their
file names are digests of their content) and its page counts.
"""

from __future__ import annotations

import json
import os
import shutil
import sys
from pathlib import Path

import pytest
from conftest import ROOT, briefing

sys.path.insert(0, str(ROOT / "benchmarks"))
import synth  # noqa: E402

LINKING = """---
title: "Follow-up: the \\"Nordic\\" package, again"
date: 2024-06-03
source: null
language: en
people: []
topics: []
summary: ''
---
# Follow-up

As reported [in the first briefing](../2023/{target}), ministers met again in Tromsø.

<div id="note" onclick="alert(1)">Raw <b>HTML</b> from a pasted page<script>alert(2)</script></div>

## What changed

* the timetable
* the money — “about €2bn”
"""


def _site_files(site: Path) -> dict[str, bytes]:
    """Every file of the site; of each yearly search bundle, its per-page fragments and page
    counts (Pagefind's other files are not byte-for-byte reproducible), and the bundle manifest."""
    files = {}
    for path in sorted(site.rglob("*")):
        name = path.relative_to(site).as_posix()
        searchable = name == "pagefind/bundles.json" or "/fragment/" in name
        if not path.is_file() or (name.startswith("pagefind/") and not searchable):
            continue
        files[name] = path.read_bytes()
    for entry_file in sorted((site / "pagefind").glob("*/pagefind-entry.json")):
        entry = json.loads(entry_file.read_text("utf-8"))
        files[f"{entry_file.parent.name}: page counts"] = json.dumps(
            {lang: info["page_count"] for lang, info in entry["languages"].items()}).encode()
    return files


def _differences(a: Path, b: Path) -> list[str]:
    fa, fb = _site_files(a), _site_files(b)
    return sorted(set(fa) ^ set(fb)) + sorted(k for k in set(fa) & set(fb) if fa[k] != fb[k])


def _uncached_copy(archive: Path, dest: Path, build: bool = True) -> Path:
    """The same archive with the build cache switched off, built from scratch (with `build`)."""
    shutil.rmtree(dest, ignore_errors=True)
    shutil.copytree(archive, dest, ignore=shutil.ignore_patterns("site", ".cache"))
    config = dest / "mkdocs.yml"
    text = config.read_text("utf-8")
    assert "      search: true\n" in text
    config.write_text(text.replace("      search: true\n", "      search: true\n      cache: false\n"), "utf-8")
    if build:
        briefing("build", "--no-ingest", cwd=dest)
        assert not (dest / ".cache").exists()
    return dest


@pytest.fixture(scope="module")
def archive(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("perf") / "archive"
    synth.generate(40, root, seed=11)  # also copies mkdocs.yml and templates/
    target = sorted((root / "content" / "articles" / "2023").glob("*.md"))[0].name
    (root / "content" / "articles" / "2024").mkdir(parents=True, exist_ok=True)
    (root / "content" / "articles" / "2024" / "follow-up.md").write_text(
        LINKING.replace("{target}", target), "utf-8")
    return root


def test_cached_builds_match_clean_uncached_builds(archive, tmp_path):
    briefing("build", "--no-ingest", cwd=archive)
    cache = archive / ".cache"
    assert (cache / "briefing.sqlite3").is_file() and (cache / "pagefind").is_dir()
    cold = tmp_path / "cold"
    shutil.copytree(archive / "site", cold)

    os.utime(archive / "mkdocs.yml")  # a full build again, everything from the cache
    assert "built" in briefing("build", "--no-ingest", cwd=archive).stdout
    clean = _uncached_copy(archive, tmp_path / "clean")
    assert _differences(archive / "site", clean / "site") == []
    assert _differences(cold, clean / "site") == []
    fragments = [k for k in _site_files(clean / "site") if "/fragment/" in k]
    assert len(fragments) == 41  # every article searchable, and nothing else

    article = sorted((archive / "content" / "articles").glob("*/*.md"))[7]
    text = article.read_text("utf-8")
    article.write_text(text.rstrip("\n") + "\n\n## Later\n\nThe vote was put off by a week.\n", "utf-8")
    briefing("build", "--no-ingest", cwd=archive)  # one article edited
    edited_clean = _uncached_copy(archive, tmp_path / "edited-clean")
    assert _differences(archive / "site", edited_clean / "site") == []
    page = archive / "site" / article.relative_to(archive / "content").with_suffix("") / "index.html"
    assert "put off by a week" in page.read_text("utf-8")
    assert _differences(archive / "site", clean / "site"), "the edit must show in the site"


def test_linking_article_is_rendered_like_mkdocs_and_sanitized(archive):
    if not (archive / "site").is_dir():
        briefing("build", "--no-ingest", cwd=archive)
    html = (archive / "site" / "articles" / "2024" / "follow-up" / "index.html").read_text("utf-8")
    assert "<script>alert(2)" not in html and "onclick" not in html
    assert '<h2 id="follow-up">Follow-up</h2>' in html  # the body's own <h1>, demoted
    assert 'href="../../2023/' in html  # MkDocs made the link to the other article relative


def test_nothing_changed_keeps_the_site_and_any_change_rebuilds(archive):
    briefing("build", "--no-ingest", cwd=archive)
    site = archive / "site"
    before = _site_files(site)
    assert "up to date" in briefing("build", "--no-ingest", cwd=archive).stdout
    assert _site_files(site) == before
    (site / "index.html").unlink()  # a damaged site is built again
    assert "built" in briefing("build", "--no-ingest", cwd=archive).stdout
    assert _site_files(site) == before
    template = archive / "templates" / "pages" / "home.html.j2"
    template.write_text(template.read_text("utf-8").replace("</", "<!-- edited --></", 1), "utf-8")
    assert "built" in briefing("build", "--no-ingest", cwd=archive).stdout
    assert "<!-- edited -->" in (site / "index.html").read_text("utf-8")


def test_broken_cache_is_rebuilt_not_fatal(archive):
    briefing("build", "--no-ingest", cwd=archive)
    before = _site_files(archive / "site")
    (archive / ".cache" / "briefing.sqlite3").write_bytes(b"this is not an SQLite file" * 100)
    os.utime(archive / "mkdocs.yml")
    assert "built" in briefing("build", "--no-ingest", cwd=archive).stdout
    assert _site_files(archive / "site") == before


def test_deleted_article_leaves_site_and_search(archive, tmp_path):
    briefing("build", "--no-ingest", cwd=archive)
    gone = sorted((archive / "content" / "articles").glob("*/*.md"))[3]
    gone.unlink()
    briefing("build", "--no-ingest", cwd=archive)
    clean = _uncached_copy(archive, tmp_path / "clean")
    assert _differences(archive / "site", clean / "site") == []
    assert not (archive / "site" / gone.relative_to(archive / "content").with_suffix("")).exists()


def test_cold_build_in_worker_processes_matches_one_process(tmp_path, monkeypatch):
    """Past `render.POOL_MINIMUM` articles a cold build converts Markdown in forked workers and
    reads their HTML back through the cache; the site must be the one a single process makes."""
    from generator import cli, render

    root = tmp_path / "pooled"
    synth.generate(render.POOL_MINIMUM + 40, root, seed=3)
    briefing("build", "--no-ingest", cwd=root)  # a subprocess: the workers are forked
    assert (root / ".cache" / "briefing.sqlite3").is_file()

    single = _uncached_copy(root, tmp_path / "single", build=False)
    monkeypatch.setattr(render, "POOL_MINIMUM", 10**9)
    monkeypatch.chdir(single)
    assert cli.main(["build", "--no-ingest"]) == 0
    assert _differences(root / "site", single / "site") == []

    # forked from this process, the workers kept one task ahead of the build (`render.AHEAD`)
    ahead = _uncached_copy(root, tmp_path / "ahead", build=False)
    monkeypatch.setattr(render, "POOL_MINIMUM", 10)
    monkeypatch.setattr(render, "AHEAD", render.CHUNK)
    taken = []
    prerender = render.ArticleRenderer.prerender
    monkeypatch.setattr(render.ArticleRenderer, "prerender", lambda self: taken.append(prerender(self)) or taken[-1])
    monkeypatch.chdir(ahead)
    assert cli.main(["build", "--no-ingest"]) == 0
    assert taken == [len(list((ahead / "content" / "articles").rglob("*.md")))]  # every one, none linking
    assert _differences(root / "site", ahead / "site") == []


def test_a_build_failing_while_workers_convert_stops_them_and_writes_no_site(tmp_path):
    """The workers start converting before the index pages are planned; a clash found then
    fails the build at once, with its message, and nothing is written."""
    from generator import render

    root = tmp_path / "clash"
    synth.generate(render.POOL_MINIMUM + 40, root, seed=4)
    (root / "content" / "people").mkdir(exist_ok=True)
    (root / "content" / "people" / "index.md").write_text("# People I follow\n", "utf-8")
    result = briefing("build", "--no-ingest", cwd=root, check=False, timeout=300)
    assert result.returncode != 0
    assert "'people/index.md' is generated from the catalog" in result.stdout + result.stderr
    assert not (root / "site").exists()
