"""The built sample site as a reader uses it: headless Chromium against 127.0.0.1 under a sub-path."""

from __future__ import annotations

import re
import urllib.parse

import pytest

from conftest import save_screenshot
from test_site_e2e import article_paths_of, most_covered_person

pytestmark = [pytest.mark.slow, pytest.mark.browser]

DARK_BG = "rgb(21, 23, 26)"  # --bg of the dark palette
LIGHT_BG = "rgb(253, 253, 251)"
WAIT_MS = 40_000  # upper bound for Pagefind to load and answer on a busy machine


def result_count(page) -> int:
    match = re.search(r"(\d+) results?", page.inner_text("#search-status"))
    return int(match.group(1)) if match else 0


def searched(page, action=None) -> None:
    """Do `action` (if any) and wait until the search page shows the results it asked for.
    The state is marked stale first, so an earlier "done" is not mistaken for this one."""
    if action is not None:
        page.wait_for_selector("#search[data-state=done]", timeout=WAIT_MS)
        page.evaluate("document.getElementById('search').dataset.state = 'stale'")
        action()
    page.wait_for_selector("#search[data-state=done]", timeout=WAIT_MS)


def open_search(page, url: str) -> None:
    page.goto(url)
    searched(page)


def result_urls(page) -> list[str]:
    return page.eval_on_selector_all("#search-results > li a.briefing-title", "els => els.map(e => e.href)")


def result_dates(page) -> list[str]:
    """The date of every result in list order; '' for an undated one."""
    return page.eval_on_selector_all(
        "#search-results > li", "els => els.map(e => e.querySelector('time')?.getAttribute('datetime') || '')")


def show_everything(page) -> None:
    """Press "Show more results" until every result is on screen (and the button is gone)."""
    for _ in range(100):
        if page.is_hidden("#search-more"):
            return
        shown = page.locator("#search-results > li").count()
        searched(page, lambda: page.click("#search-more"))
        assert page.locator("#search-results > li").count() >= shown
    raise AssertionError("'Show more results' never ran out")


def assert_date_order(dates: list[str], newest_first: bool) -> None:
    dated = [d for d in dates if d]
    assert dated == sorted(dated, reverse=newest_first), dates
    assert dates == dated + [""] * (len(dates) - len(dated)), f"undated results must come last: {dates}"


def filter_item(page, kind: str, label: str):
    """The list item of one filter value in the (opened) filter panel, found by its visible label."""
    if not page.evaluate("document.getElementById('search-filters').open"):
        page.click("#search-filters > summary")
    text = re.compile("^" + re.escape(label) + r" \(\d+\)$")
    return page.locator(f"fieldset[data-kind={kind}] li", has=page.locator("label", has_text=text)).first


def filter_box(page, kind: str, label: str):
    return filter_item(page, kind, label).locator("input[type=checkbox]")


def test_search_for_a_name_shows_results_with_date_source_and_highlight(sample_site, site_url, page):
    name, _ = most_covered_person(sample_site)
    surname = name.split()[-1]
    page.goto(site_url)
    page.fill("#home-q", surname)
    page.press("#home-q", "Enter")
    searched(page)
    assert page.url.startswith(site_url + "search/")
    assert page.input_value("#search-q") == surname
    assert result_count(page) >= 2
    first = page.locator("#search-results > li").first
    assert first.locator("a.briefing-title").inner_text().strip()
    assert surname.lower() in first.locator("mark").first.inner_text().lower()
    times = page.locator("#search-results time")
    assert times.count() >= 1
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", times.first.get_attribute("datetime"))
    assert re.fullmatch(r"\d{1,2} (January|February|March|April|May|June|July|August|September|October"
                        r"|November|December) \d{4}", times.first.inner_text())
    assert page.locator("#search-results .source").count() >= 1
    links = result_urls(page)
    assert len(links) == min(10, result_count(page)) and all(link.startswith(site_url + "articles/") for link in links)
    page.goto(links[0])  # the link resolves under the sub-path
    assert page.locator("article.briefing-page h1").count() == 1
    save_screenshot(page, "search-results")
    assert not page.console_errors, page.console_errors


def test_person_filter_narrows_the_results(sample_site, site_url, page):
    name, person_page = most_covered_person(sample_site)
    persons_articles = article_paths_of(page, site_url + person_page)
    open_search(page, site_url + "search/?q=EU&sort=relevance")
    before = result_count(page)
    box = filter_box(page, "person", name)
    searched(page, lambda: box.check())
    narrowed = result_count(page)
    assert 0 < narrowed < before
    assert "person=" + urllib.parse.quote_plus(name) in page.url
    show_everything(page)
    assert {urllib.parse.urlsplit(u).path for u in result_urls(page)} <= persons_articles
    open_search(page, site_url + "search/?person=" + urllib.parse.quote(name))  # a filter alone lists
    assert filter_box(page, "person", name).is_checked()
    archive_count = int(re.search(r"\((\d+)\)", filter_item(page, "person", name).inner_text()).group(1))
    show_everything(page)
    assert result_count(page) == archive_count == len(persons_articles)
    assert {urllib.parse.urlsplit(u).path for u in result_urls(page)} == persons_articles
    assert not page.console_errors, page.console_errors


def test_newest_and_oldest_orders_hold_across_years(site_url, page):
    open_search(page, site_url + "search/?q=EU")
    assert page.input_value("#search-sort") == "newest"  # the default
    assert page.locator("#search-results > li").count() == 10
    assert "older years are searched when you ask for more" in page.inner_text("#search-status")
    show_everything(page)
    newest = result_dates(page)
    assert len({d[:4] for d in newest if d}) >= 3, newest  # the sample archive spans several years
    assert_date_order(newest, newest_first=True)
    assert re.fullmatch(r"\d+ results", page.inner_text("#search-status"))
    newest_urls = result_urls(page)

    page.evaluate("window.__samePage = true")
    searched(page, lambda: page.select_option("#search-sort", "oldest"))
    assert page.evaluate("window.__samePage") is True  # re-sorted in place, no reload
    assert "sort=oldest" in page.url and "q=EU" in page.url
    show_everything(page)
    oldest = result_dates(page)
    assert_date_order(oldest, newest_first=False)
    assert sorted(result_urls(page)) == sorted(newest_urls)
    assert oldest[0] < newest[0]
    assert not page.console_errors, page.console_errors


def test_best_match_merges_every_year_by_score(site_url, page):
    open_search(page, site_url + "search/?q=EU&sort=relevance")
    assert re.fullmatch(r"\d+ results", page.inner_text("#search-status"))  # every year searched
    show_everything(page)
    expected = page.evaluate("""async (root) => {
        const manifest = await (await fetch(root + 'pagefind/bundles.json')).json();
        const pagefind = await import(root + 'pagefind/' + manifest.bundles[0].path + 'pagefind.js');
        const hits = [];
        for (const bundle of manifest.bundles) {
            const pf = pagefind.createInstance({basePath: root + 'pagefind/' + bundle.path,
                                                baseUrl: new URL(root).pathname, noWorker: true});
            for (const r of (await pf.search('EU')).results) hits.push([r.score, (await r.data()).url]);
        }
        return hits.sort((a, b) => b[0] - a[0]);
    }""", site_url)
    scores = {url: score for score, url in expected}
    shown = [urllib.parse.urlsplit(u).path for u in result_urls(page)]
    assert sorted(shown) == sorted(scores)
    assert [scores[u] for u in shown] == sorted(scores.values(), reverse=True)
    assert len({scores[u] for u in shown}) > 1  # the order is not trivially flat
    assert not page.console_errors, page.console_errors


def test_filters_and_sort_live_in_the_address_and_a_shared_address_restores_them(sample_site, site_url, page):
    name, _ = most_covered_person(sample_site)
    open_search(page, site_url + "search/")
    assert "Type a name" in page.inner_text("#search-status")
    assert page.locator("#search-results > li").count() == 0
    searched(page, lambda: page.fill("#search-q", "Ukraine"))  # typing searches (debounced)
    assert "q=Ukraine" in page.url
    searched(page, lambda: page.select_option("#search-sort", "oldest"))
    searched(page, lambda: filter_box(page, "person", name).check())
    year = page.locator("fieldset[data-kind=year] input").nth(1)
    year_key = year.get_attribute("value")
    searched(page, lambda: year.check())
    query = urllib.parse.parse_qs(urllib.parse.urlsplit(page.url).query)
    assert query == {"q": ["Ukraine"], "sort": ["oldest"], "person": [name], "year": [year_key]}
    shown = result_urls(page)
    status = page.inner_text("#search-status")
    assert shown and all(f"/articles/{year_key}/" in u for u in shown)

    shared = page.context.new_page()
    shared.goto(page.url)
    searched(shared)
    assert shared.input_value("#search-q") == "Ukraine"
    assert shared.input_value("#search-sort") == "oldest"
    assert shared.evaluate("document.getElementById('search-filters').open")
    assert filter_box(shared, "person", name).is_checked()
    assert shared.locator(f"fieldset[data-kind=year] input[value='{year_key}']").is_checked()
    assert result_urls(shared) == shown and shared.inner_text("#search-status") == status
    shared.close()


def test_dark_mode_follows_the_system_and_the_toggle(browser, site_url):
    context = browser.new_context(color_scheme="light")
    page = context.new_page()
    background = lambda: page.evaluate("getComputedStyle(document.body).backgroundColor")  # noqa: E731
    page.goto(site_url)
    assert background() == LIGHT_BG
    page.click(".theme-toggle")
    assert page.evaluate("document.documentElement.dataset.theme") == "dark"
    assert background() == DARK_BG
    assert page.get_attribute(".theme-toggle", "aria-pressed") == "true"
    page.goto(site_url + "people/")  # the choice is remembered on the next page
    assert background() == DARK_BG
    page.click(".theme-toggle")
    assert background() == LIGHT_BG
    context.close()

    context = browser.new_context(color_scheme="dark")
    page = context.new_page()
    page.goto(site_url)
    assert background() == DARK_BG
    context.close()


def test_no_console_errors_on_the_main_pages(sample_site, site_url, page):
    _, person = most_covered_person(sample_site)
    article = next(sample_site.glob("articles/*/*/index.html")).parent.relative_to(sample_site).as_posix()
    topic = next(sample_site.glob("topics/*/index.html")).parent.relative_to(sample_site).as_posix()
    for path in ["", "people/", person, "topics/", topic, f"{article}/", "sources/", "archive/",
                 "search/?q=Europe"]:
        page.goto(site_url + path)
        page.wait_for_load_state("networkidle")
        assert page.locator("h1").count() == 1, path
        assert not page.console_errors, (path, page.console_errors)


def test_screenshots_of_home_and_person_page(sample_site, site_url, page):
    page.goto(site_url)
    assert save_screenshot(page, "home").stat().st_size > 10_000
    _, person = most_covered_person(sample_site)
    page.goto(site_url + person)
    page.wait_for_selector("figure.timeline svg rect")
    assert save_screenshot(page, "person").stat().st_size > 10_000


def test_404_page_works_at_any_depth_under_the_sub_path(site_url, page):
    response = page.goto(site_url + "no/such/briefing/here/")
    assert response.status == 404
    assert page.locator("h1").inner_text() == "Page not found"
    assert page.evaluate("getComputedStyle(document.querySelector('.site-header')).borderBottomStyle") == "solid"
    page.get_by_role("link", name="home page").click()
    page.wait_for_load_state()
    assert page.url == site_url
    assert not [e for e in page.console_errors if "404" not in e], page.console_errors


def test_keyboard_skip_link_and_visible_focus(site_url, page):
    page.goto(site_url)
    page.keyboard.press("Tab")
    focused = page.evaluate("document.activeElement.className")
    assert focused == "skip-link"
    assert page.evaluate("getComputedStyle(document.activeElement).left") == "0px"
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main"
    page.keyboard.press("Tab")
    outline = page.evaluate("getComputedStyle(document.activeElement).outlineStyle")
    assert outline not in ("none", ""), outline


def test_layout_fits_a_phone(sample_site, browser, site_url):
    context = browser.new_context(viewport={"width": 375, "height": 740}, is_mobile=True)
    page = context.new_page()
    _, person = most_covered_person(sample_site)
    for path in ["", person, "search/?q=EU"]:
        page.goto(site_url + path)
        page.wait_for_load_state("networkidle")
        overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
        assert overflow <= 0, (path, overflow)
    save_screenshot(page, "phone-search")
    context.close()
