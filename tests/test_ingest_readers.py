"""Readers: what an HTML page states about itself (visible headline, masthead, <title> suffix)."""

from __future__ import annotations

from generator.ingest.readers import read

TEXT = "".join("<p>Harbour authorities reported a sharp fall in transit volumes for the first quarter, "
               "blaming weaker demand and higher insurance costs.</p>" for _ in range(3))


def _hints(head: str, body: str) -> dict:
    page = f"<!doctype html><html><head>{head}</head><body>{body}{TEXT}</body></html>"
    article = read(page.encode("utf-8"), "page.html")
    return {k: v for k, v in article.hints.items() if k in ("html_headline", "html_masthead", "html_title_site")}


def test_first_visible_h1_is_the_headline():
    hints = _hints("<title>Ports fall | Tidewater</title>",
                   "<div hidden><h1>Breaking: storm closes the ferry line</h1></div>"
                   "<div style='display: none'><h1>Subscribe now for one euro</h1></div>"
                   "<h1>Ports report a weak first quarter</h1>")
    assert hints["html_headline"] == "Ports report a weak first quarter"


def test_h1_linking_home_is_the_masthead_and_the_h2_the_headline():
    hints = _hints("<title>The Tidewater Review</title>",
                   "<h1><a href='https://tidewater.example/'>The Tidewater Review</a></h1>"
                   "<h2>Ports report a weak first quarter</h2>")
    assert hints == {"html_masthead": "The Tidewater Review", "html_headline": "Ports report a weak first quarter"}


def test_h1_naming_the_site_of_the_title_suffix_is_the_masthead():
    hints = _hints("<title>Ports report a weak first quarter - Tidewater Review</title>",
                   "<h1>Tidewater Review</h1><h2>Ports report a weak first quarter</h2>")
    assert hints["html_masthead"] == "Tidewater Review"
    assert hints["html_title_site"] == "Tidewater Review"
    assert hints["html_headline"] == "Ports report a weak first quarter"


def test_itemprop_headline_wins():
    hints = _hints("<title>Tidewater</title>",
                   "<h1>Tidewater</h1><div itemscope><span itemprop='headline'>Ports report a weak first "
                   "quarter</span></div>")
    assert hints["html_headline"] == "Ports report a weak first quarter"
