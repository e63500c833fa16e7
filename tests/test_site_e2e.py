"""End to end: the sample archive built from its inbox, served under a sub-path, searched with
Pagefind's own JavaScript (one bundle per year) in headless Chromium, and walked through by clicking links."""

from __future__ import annotations

import json
import re
import urllib.parse

import pytest

pytestmark = [pytest.mark.slow, pytest.mark.browser]


def most_covered_person(sample_site) -> tuple[str, str]:
    """(name, page URL relative to the site) of the person with the most briefings."""
    html = (sample_site / "people" / "index.html").read_text("utf-8")
    rows = re.findall(r'<a href="([^"]+)">([^<]+)</a> <span class="count">(\d+)</span>', html)
    assert rows, "the people index lists nobody"
    href, name, _ = max(rows, key=lambda r: int(r[2]))
    return name, urllib.parse.urljoin("people/", href)


def article_paths_of(page, url: str) -> set[str]:
    """Paths of every briefing listed on a person/topic page, following its pagination."""
    paths: set[str] = set()
    while url:
        page.goto(url)
        for href in page.eval_on_selector_all("a.briefing-title", "els => els.map(e => e.href)"):
            paths.add(urllib.parse.urlsplit(href).path)
        nxt = page.query_selector("nav.pagination a[rel=next]")
        url = nxt.evaluate("e => e.href") if nxt else None
    return paths


def manifest_of(sample_site) -> dict:
    return json.loads((sample_site / "pagefind" / "bundles.json").read_text("utf-8"))


def filter_value(sample_site, kind: str, label: str) -> str:
    """The Pagefind value of a filter label, as the manifest maps it."""
    return next(e["value"] for e in manifest_of(sample_site)["filters"][kind] if e["label"] == label)


# Pagefind's own JavaScript on every yearly bundle (independent of the search page's script):
# one module, one instance per bundle made one after the other (they share the module's WASM).
SEARCH_EVERY_BUNDLE = """async ([root, query, filters]) => {
    const manifest = await (await fetch(root + 'pagefind/bundles.json')).json();
    const pagefind = await import(root + 'pagefind/' + manifest.bundles[0].path + 'pagefind.js');
    const found = [];
    for (const bundle of manifest.bundles) {
        const instance = pagefind.createInstance({basePath: root + 'pagefind/' + bundle.path,
                                                  baseUrl: new URL(root).pathname, noWorker: true});
        const search = await instance.search(query, {filters: filters || {}});
        for (const result of search.results) found.push((await result.data()).url);
    }
    return found;
}"""


def pagefind_search(page, site_url: str, query, filters=None) -> list[str]:
    """Search every yearly bundle with Pagefind's own JS in the page; returns result URL paths."""
    return page.evaluate(SEARCH_EVERY_BUNDLE, [site_url, query, filters])


def test_sample_site_has_person_topic_pages_and_yearly_search_bundles(sample_site):
    assert list(sample_site.glob("people/*/index.html"))
    assert list(sample_site.glob("topics/*/index.html"))
    bundles = manifest_of(sample_site)["bundles"]
    assert len(bundles) >= 3  # the sample archive spans several years
    for bundle in bundles:
        folder = sample_site / "pagefind" / bundle["path"]
        assert (folder / "pagefind-entry.json").is_file() and list((folder / "index").iterdir())
        assert bundle["sorted"] == (bundle["key"] != "undated")


def test_searching_a_person_finds_that_persons_articles(sample_site, site_url, page):
    name, person_page = most_covered_person(sample_site)
    expected = article_paths_of(page, site_url + person_page)
    assert len(expected) >= 2, f"{name} has too few briefings for a meaningful search test"
    page.goto(site_url)
    surname = name.split()[-1]
    found = pagefind_search(page, site_url, surname)
    assert expected <= set(found), f"search for {surname!r} misses {sorted(expected - set(found))}"
    # Restricted to the person filter, the search returns exactly the person's page list.
    person = {"person": filter_value(sample_site, "person", name)}
    narrowed = pagefind_search(page, site_url, surname, person)
    assert set(narrowed) == expected
    everything = pagefind_search(page, site_url, None, person)
    assert sorted(everything) == sorted(expected)  # each article once, from its own year


def test_manifest_lists_every_filter_value_with_its_archive_count(sample_site, site_url, page):
    """What the search page shows in its filter panel (it never asks Pagefind for filters)."""
    manifest = manifest_of(sample_site)
    page.goto(site_url)
    totals: dict[str, dict[str, int]] = {}
    for bundle in manifest["bundles"]:
        filters = page.evaluate(
            """async (bundle) => { const pf = await import(bundle + 'pagefind.js');
                const i = pf.createInstance({basePath: bundle, noWorker: true}); return await i.filters(); }""",
            site_url + "pagefind/" + bundle["path"])
        assert set(filters) == {"person", "topic", "source", "language"}  # no year: the year is the bundle
        for kind, values in filters.items():
            for value, count in values.items():
                totals.setdefault(kind, {}).setdefault(value, 0)
                totals[kind][value] += count
    listed = {kind: {e["value"]: e["count"] for e in entries} for kind, entries in manifest["filters"].items()}
    assert listed == {kind: {v: n for v, n in values.items() if n} for kind, values in totals.items()}
    assert sum(b["pages"] for b in manifest["bundles"]) == len(_articles(site_url, page))


def _articles(site_url, page):
    """Every article URL path, from the archive pages (by month and undated)."""
    page.goto(site_url + "archive/")
    months = page.eval_on_selector_all(".months a, a[href*='undated']", "els => els.map(e => e.href)")
    seen = set()
    for url in months:
        seen |= article_paths_of(page, url)
    return seen


def test_home_person_article_topic_by_clicking(sample_site, site_url, page):
    name, _ = most_covered_person(sample_site)
    page.goto(site_url)
    page.get_by_role("link", name=name, exact=True).first.click()
    page.wait_for_load_state()
    assert page.locator("h1").inner_text() == name
    assert page.url.startswith(site_url + "people/")

    first = page.locator("a.briefing-title").first
    title = first.inner_text()
    first.click()
    page.wait_for_load_state()
    assert page.locator("h1").inner_text() == title
    assert page.locator(".tags.people a", has_text=name).count() == 1

    topic = page.locator(".tags.topics a").first
    topic_name = topic.inner_text()
    topic.click()
    page.wait_for_load_state()
    assert page.locator("h1").inner_text() == topic_name
    assert page.url.startswith(site_url + "topics/")
    assert page.locator("a.briefing-title", has_text=title).count() >= 1 or \
        page.locator("nav.pagination").count() == 1
    assert not page.console_errors, page.console_errors
