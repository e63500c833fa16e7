"""The built sample site as a reader uses it: headless Chromium against 127.0.0.1 under a sub-path."""

from __future__ import annotations

import re

import pytest

from conftest import save_screenshot
from test_site_e2e import most_covered_person

pytestmark = [pytest.mark.slow, pytest.mark.browser]

DARK_BG = "rgb(21, 23, 26)"  # --bg of the dark palette
LIGHT_BG = "rgb(253, 253, 251)"
WAIT_MS = 40_000  # upper bound for Pagefind to load and answer on a busy machine


def result_count(page) -> int:
    message = page.locator(".pagefind-ui__message").inner_text()
    match = re.search(r"(\d+) results?", message)
    return int(match.group(1)) if match else 0


def wait_for_results(page, previous: str | None = None) -> None:
    page.wait_for_selector(".pagefind-ui__result", timeout=WAIT_MS)
    if previous is not None:
        page.wait_for_function("prev => document.querySelector('.pagefind-ui__message')?.innerText !== prev",
                               arg=previous, timeout=WAIT_MS)
    page.wait_for_timeout(300)  # let the last result batch render


def result_dates(page) -> list[str]:
    tags = page.eval_on_selector_all(
        ".pagefind-ui__result", "els => els.map(e => (e.innerText.match(/Date: (\\d{4}-\\d{2}-\\d{2})/) || [])[1] || '')")
    return [t for t in tags if t]


def test_search_for_a_name_shows_results_with_date_source_and_highlight(sample_site, site_url, page):
    name, _ = most_covered_person(sample_site)
    surname = name.split()[-1]
    page.goto(site_url)
    page.fill("#home-q", surname)
    page.press("#home-q", "Enter")
    wait_for_results(page)
    assert page.url.startswith(site_url + "search/")
    assert result_count(page) >= 2
    first = page.locator(".pagefind-ui__result").first
    assert first.locator(".pagefind-ui__result-title a").first.inner_text().strip()
    assert surname.lower() in first.locator("mark").first.inner_text().lower()
    assert page.locator(".pagefind-ui__result", has_text=re.compile(r"Date: \d{4}-\d{2}-\d{2}")).count() >= 1
    assert page.locator(".pagefind-ui__result", has_text="Source:").count() >= 1
    links = page.eval_on_selector_all(".pagefind-ui__result-link", "els => els.map(e => e.href)")
    assert all(link.startswith(site_url + "articles/") for link in links)
    save_screenshot(page, "search-results")
    assert not page.console_errors, page.console_errors


def test_person_filter_narrows_the_results(site_url, page):
    page.goto(site_url + "search/?q=EU")
    wait_for_results(page)
    before = result_count(page)
    message = page.locator(".pagefind-ui__message").inner_text()
    counts = page.eval_on_selector_all(
        "input[name=person] + label", "els => els.map(e => [e.htmlFor, +(e.innerText.match(/\\((\\d+)\\)/) || [0, 0])[1]])")
    candidates = [(i, n) for i, n in counts if 0 < n < before]
    assert candidates, f"no person narrows the {before} results"
    box, expected = candidates[0]
    page.click(f"label[for='{box}']")
    wait_for_results(page, previous=message)
    assert result_count(page) == expected < before


def test_sort_by_date_orders_results(site_url, page):
    page.goto(site_url + "search/?q=EU")
    wait_for_results(page)
    message = page.locator(".pagefind-ui__message").inner_text()
    with page.expect_navigation():
        page.select_option("#search-sort", "date:desc")
    assert "sort=date%3Adesc" in page.url and "q=EU" in page.url  # a sorted search is a shareable link
    wait_for_results(page)
    newest = result_dates(page)
    assert len(newest) >= 3 and newest == sorted(newest, reverse=True), newest
    assert page.locator(".pagefind-ui__message").inner_text() == message  # same query, same count
    with page.expect_navigation():
        page.select_option("#search-sort", "oldest:asc")
    wait_for_results(page)
    oldest = result_dates(page)
    assert oldest == sorted(oldest) and oldest[0] < newest[0], oldest


def test_sort_keeps_the_chosen_filters(site_url, page):
    page.goto(site_url + "search/?q=EU")
    wait_for_results(page)
    message = page.locator(".pagefind-ui__message").inner_text()
    box = page.eval_on_selector("input[name=person]", "e => e.id")
    page.click(f"label[for='{box}']")
    wait_for_results(page, previous=message)
    filtered = page.locator(".pagefind-ui__message").inner_text()
    with page.expect_navigation():
        page.select_option("#search-sort", "date:desc")
    wait_for_results(page)
    page.wait_for_function("m => document.querySelector('.pagefind-ui__message')?.innerText === m",
                           arg=filtered, timeout=WAIT_MS)
    assert page.is_checked(f"[id='{box}']")


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
