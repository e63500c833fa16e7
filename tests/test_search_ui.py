"""The search page's own UI over the yearly Pagefind bundles: which bundles it downloads, when.

A small archive made here has more matches in its newest year than one page of results shows,
so a newest-first search must stop at that year; "Show more" must reach back only as far as it
needs. Requests are watched with Playwright's request events.
"""

from __future__ import annotations

import functools
import http.server
import shutil
import threading

import pytest

from conftest import _SubPathHandler, briefing, copy_archive, save_screenshot, site_prefix
from test_browser import DARK_BG, WAIT_MS, filter_box, result_dates, searched

pytestmark = [pytest.mark.slow, pytest.mark.browser]

WORD = "lighthouse"  # in every article made here, and in no sample article
ARTICLES = {"2026": 12, "2025": 10, "2024": 3, "undated": 1}


def _article(year: str, n: int) -> str:
    date = "null" if year == "undated" else f"{year}-{1 + n % 12:02d}-{1 + n:02d}"
    person = "Kaja Kallas" if n % 2 else "Mark Rutte"
    source = "Coast Radio" if n % 3 == 0 else "Harbour Wire"
    return f"""---
title: Harbour note {year} number {n}
date: {date}
source: {source}
language: en
people: [{person}]
topics: [NATO]
summary: ''
extractor: markdown
---

The {WORD} keepers met {person} in the harbour for note {n} of {year}. They talked about
shipping lanes, weather and the lamps that guide boats home at night.
"""


def _harbour_archive(root, options: str = ""):
    """The sample archive's registry and templates with the articles of ARTICLES only, built;
    `options` are added to the plugin's options in mkdocs.yml."""
    archive = copy_archive(root / "archive")
    shutil.rmtree(archive / "inbox")
    (archive / "inbox").mkdir()
    if options:
        config = archive / "mkdocs.yml"
        text = config.read_text("utf-8")
        assert "      search: true\n" in text
        config.write_text(text.replace("      search: true\n", "      search: true\n" + options), "utf-8")
    for year, count in ARTICLES.items():
        folder = archive / "content" / "articles" / year
        folder.mkdir(parents=True)
        for n in range(count):
            (folder / f"harbour-note-{year}-{n}.md").write_text(_article(year, n), "utf-8")
    briefing("build", "--no-ingest", cwd=archive)
    return archive


def _served(archive):
    """The built site on 127.0.0.1 under its sub-path; yields its address."""
    prefix = site_prefix(archive)
    handler = functools.partial(type("Handler", (_SubPathHandler,), {"prefix": prefix}),
                                directory=str(archive / "site"))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}{prefix}/"
    server.shutdown()
    server.server_close()


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    return _harbour_archive(tmp_path_factory.mktemp("search-ui"))


@pytest.fixture(scope="module")
def url(archive):
    yield from _served(archive)


def watch_bundles(page, url) -> list[str]:
    """Paths under pagefind/ that the page requests from now on (e.g. '2025/index/…')."""
    seen: list[str] = []
    page.on("request", lambda r: r.url.startswith(url + "pagefind/") and seen.append(r.url[len(url) + 9:]))
    return seen


def bundles_in(requests: list[str]) -> set[str]:
    """The bundles whose index was opened. The script module itself (pagefind.js) always comes
    from the newest bundle: one module for all, as they share its WebAssembly instance."""
    return {r.split("/")[0] for r in requests if "/" in r and not r.endswith("/pagefind.js")}


def test_the_archive_made_here_has_a_bundle_per_year(archive):
    assert sorted(p.name for p in (archive / "site" / "pagefind").iterdir() if p.is_dir()) == \
        sorted(ARTICLES)


def test_newest_first_downloads_only_the_years_it_shows(url, page):
    requests = watch_bundles(page, url)
    page.goto(url + f"search/?q={WORD}")
    searched(page)
    assert page.locator("#search-results > li").count() == 10
    assert bundles_in(requests) == {"2026"}, requests  # the newest year alone fills the page
    assert page.inner_text("#search-status") == \
        "12 results in 2026; older years are searched when you ask for more"
    assert all(d.startswith("2026-") for d in result_dates(page))

    searched(page, lambda: page.click("#search-more"))  # 12 in 2026 + 10 in 2025 fill 20
    assert page.locator("#search-results > li").count() == 20
    assert bundles_in(requests) == {"2026", "2025"}, requests
    assert "22 results in 2026–2025" in page.inner_text("#search-status")
    # The WebAssembly is the same in every bundle: downloaded once, shared by both years.
    assert len([r for r in requests if "/wasm." in r]) == 1, requests

    searched(page, lambda: page.click("#search-more"))
    assert bundles_in(requests) == set(ARTICLES)
    assert page.inner_text("#search-status") == f"{sum(ARTICLES.values())} results"
    assert page.is_hidden("#search-more")
    dates = result_dates(page)
    assert dates[-1] == "" and [d for d in dates if d] == sorted(filter(None, dates), reverse=True)
    assert not page.console_errors, page.console_errors


def test_oldest_first_starts_with_the_oldest_year(url, page):
    requests = watch_bundles(page, url)
    page.goto(url + f"search/?q={WORD}&sort=oldest")
    searched(page)
    assert bundles_in(requests) == {"2024", "2025"}, requests  # 3 + 10 fill the first 10
    dates = result_dates(page)
    assert dates == sorted(dates) and dates[0].startswith("2024-"), dates
    assert "13 results in 2024–2025; newer years are searched" in page.inner_text("#search-status")


def test_best_match_searches_every_year_at_once(url, page):
    requests = watch_bundles(page, url)
    page.goto(url + f"search/?q={WORD}&sort=relevance")
    searched(page)
    assert bundles_in(requests) == set(ARTICLES)
    assert page.inner_text("#search-status") == f"{sum(ARTICLES.values())} results"
    assert len([r for r in requests if "/wasm." in r]) == 1, requests
    assert not page.console_errors, page.console_errors


def test_chosen_years_limit_the_bundles_searched(url, page):
    requests = watch_bundles(page, url)
    page.goto(url + f"search/?q={WORD}&year=2024&year=undated")
    searched(page)
    assert bundles_in(requests) == {"2024", "undated"}, requests
    assert page.inner_text("#search-status") == "4 results"
    assert result_dates(page)[-1] == ""  # undated last


def test_a_filter_alone_lists_its_articles_and_never_loads_every_filter(url, page):
    requests = watch_bundles(page, url)
    page.goto(url + "search/?person=Kaja%20Kallas&sort=relevance")
    searched(page)
    kallas = sum(len([n for n in range(c) if n % 2]) for c in ARTICLES.values())
    assert page.inner_text("#search-status") == f"{kallas} results"
    # Pagefind's filters() would fetch every filter chunk of every year; the manifest has the values.
    for bundle in ARTICLES:
        filter_chunks = [r for r in requests if r.startswith(f"{bundle}/filter/")]
        assert len(filter_chunks) <= 1, filter_chunks  # only the person filter's chunk


def matching(rule) -> int:
    """How many articles made here satisfy rule(n)."""
    return sum(1 for count in ARTICLES.values() for n in range(count) if rule(n))


def test_values_of_one_kind_combine_with_or_and_kinds_with_and(url, page):
    page.goto(url + f"search/?q={WORD}&sort=relevance")
    searched(page)
    searched(page, lambda: filter_box(page, "person", "Kaja Kallas").check())
    assert page.inner_text("#search-status") == f"{matching(lambda n: n % 2)} results"
    searched(page, lambda: filter_box(page, "person", "Mark Rutte").check())
    assert page.inner_text("#search-status") == f"{sum(ARTICLES.values())} results"
    searched(page, lambda: filter_box(page, "source", "Coast Radio").check())
    assert page.inner_text("#search-status") == f"{matching(lambda n: n % 3 == 0)} results"
    searched(page, lambda: filter_box(page, "person", "Mark Rutte").uncheck())
    assert page.inner_text("#search-status") == f"{matching(lambda n: n % 2 and n % 3 == 0)} results"
    assert page.url.endswith("&person=Kaja+Kallas&source=Coast+Radio")


def test_filters_work_from_the_keyboard(url, page):
    page.goto(url + f"search/?q={WORD}&sort=relevance")
    searched(page)
    page.focus("#search-sort")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.tagName") == "SUMMARY"
    assert page.evaluate("getComputedStyle(document.activeElement).outlineStyle") not in ("none", "")
    page.keyboard.press("Enter")
    assert page.evaluate("document.getElementById('search-filters').open")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.type") == "checkbox"
    searched(page, lambda: page.keyboard.press("Space"))
    assert page.evaluate("document.activeElement.checked")
    assert page.inner_text("#search-status") != f"{sum(ARTICLES.values())} results"
    assert "person=" in page.url


def test_search_page_in_dark_mode(browser, url):
    context = browser.new_context(color_scheme="dark")
    page = context.new_page()
    page.goto(url + f"search/?q={WORD}")
    page.wait_for_selector("#search[data-state=done]", timeout=WAIT_MS)
    page.click("#search-filters > summary")
    style = page.evaluate("""() => ['#search-q', '#search-sort', 'body'].map(
        s => getComputedStyle(document.querySelector(s)).backgroundColor)""")
    assert style == [DARK_BG] * 3, style
    assert filter_box(page, "person", "Kaja Kallas").is_visible()
    save_screenshot(page, "search-dark")
    context.close()


# ---- A year with more articles than a bundle holds is searched part by part ----

@pytest.fixture(scope="module")
def split_url(tmp_path_factory):
    """The same articles with `search_bundle_size: 4`: 2026 (12) and 2025 (10) get a bundle per
    quarter, 2024 (3) keeps one for the year."""
    archive = _harbour_archive(tmp_path_factory.mktemp("search-split"), "      search_bundle_size: 4\n")
    quarters = [f"{year}-q{q}" for year in ("2026", "2025") for q in (4, 3, 2, 1)]
    assert sorted(p.name for p in (archive / "site" / "pagefind").iterdir() if p.is_dir()) == \
        sorted(quarters + ["2024", "undated"])
    yield from _served(archive)


def test_newest_first_walks_the_parts_of_a_year_in_date_order(split_url, page):
    requests = watch_bundles(page, split_url)
    page.goto(split_url + f"search/?q={WORD}")
    searched(page)
    # a quarter of 2026 holds 3 notes: four quarters fill the first 10
    assert bundles_in(requests) == {"2026-q4", "2026-q3", "2026-q2", "2026-q1"}, requests
    assert page.inner_text("#search-status") == \
        "12 results in Oct–Dec 2026 – Jan–Mar 2026; older briefings are searched when you ask for more"
    dates = result_dates(page)
    assert dates == sorted(dates, reverse=True) and all(d.startswith("2026-") for d in dates), dates

    searched(page, lambda: page.click("#search-more"))
    dates = result_dates(page)
    assert len(dates) == 20 and dates == sorted(dates, reverse=True), dates
    assert not page.console_errors, page.console_errors


def test_a_chosen_year_searches_all_its_parts_and_no_other(split_url, page):
    requests = watch_bundles(page, split_url)
    page.goto(split_url + f"search/?q={WORD}&year=2025&sort=oldest")
    searched(page)
    assert bundles_in(requests) == {"2025-q1", "2025-q2", "2025-q3", "2025-q4"}, requests
    assert page.inner_text("#search-status") == "10 results"
    dates = result_dates(page)
    assert dates == sorted(dates) and all(d.startswith("2025-") for d in dates), dates
    page.click("#search-filters > summary")
    years = page.locator("#search-filters input[name=year]")
    assert [years.nth(i).get_attribute("value") for i in range(years.count())] == \
        ["2026", "2025", "2024", "undated"]
