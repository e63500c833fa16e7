"""End to end: the sample archive built from its inbox, served under a sub-path, searched with
Pagefind's own JavaScript in headless Chromium, and walked through by clicking links."""

from __future__ import annotations

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


def pagefind_search(page, site_url: str, query, filters=None) -> list[str]:
    """Run Pagefind's own search (its JS bundle) in the page; returns result URL paths."""
    return page.evaluate(
        """async ([bundle, query, filters]) => {
            const pagefind = await import(bundle);
            await pagefind.init();
            const search = await pagefind.search(query, {filters: filters || {}});
            const data = await Promise.all(search.results.map(r => r.data()));
            return data.map(d => d.url);
        }""",
        [site_url + "pagefind/pagefind.js", query, filters],
    )


def test_sample_site_has_person_topic_pages_and_a_search_bundle(sample_site):
    assert list(sample_site.glob("people/*/index.html"))
    assert list(sample_site.glob("topics/*/index.html"))
    assert (sample_site / "pagefind" / "pagefind-entry.json").is_file()
    assert list((sample_site / "pagefind" / "index").iterdir())


def test_searching_a_person_finds_that_persons_articles(sample_site, site_url, page):
    name, person_page = most_covered_person(sample_site)
    expected = article_paths_of(page, site_url + person_page)
    assert len(expected) >= 2, f"{name} has too few briefings for a meaningful search test"
    page.goto(site_url)
    surname = name.split()[-1]
    found = pagefind_search(page, site_url, surname)
    assert expected <= set(found), f"search for {surname!r} misses {sorted(expected - set(found))}"
    # Restricted to the person filter, the search returns exactly the person's page list.
    narrowed = pagefind_search(page, site_url, surname, {"person": name})
    assert set(narrowed) == expected
    everything = pagefind_search(page, site_url, None, {"person": name})
    assert set(everything) == expected


def test_search_index_has_every_filter(site_url, page):
    page.goto(site_url)
    filters = page.evaluate(
        """async (bundle) => { const pf = await import(bundle); await pf.init(); return await pf.filters(); }""",
        site_url + "pagefind/pagefind.js")
    assert {"person", "topic", "source", "year", "language"} <= set(filters)
    assert all(re.fullmatch(r"\d{4}|undated", y) for y in filters["year"])
    assert sum(filters["year"].values()) == len(list(_articles(site_url, page)))


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
