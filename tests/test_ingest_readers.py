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


def _all_hints(head: str, body: str, lang: str = "en") -> dict:
    page = f"<!doctype html><html lang='{lang}'><head>{head}</head><body>{body}{TEXT}</body></html>"
    return read(page.encode("utf-8"), "page.html").hints


def test_json_ld_date_published_of_the_article_before_the_webpage():
    hints = _all_hints('<script type="application/ld+json">{"@graph": ['
                       '{"@type": "WebPage", "datePublished": "2024-05-01T09:00:00Z"},'
                       '{"@type": ["NewsArticle"], "datePublished": "2024-05-02T06:00:00Z",'
                       ' "dateModified": "2024-05-09T12:30:00Z",'
                       ' "comment": [{"@type": "Comment", "datePublished": "2024-05-03T10:00:00Z"}]}]}</script>', "")
    assert hints["html_published"] == "2024-05-02T06:00:00Z"
    assert hints["html_modified"] == "2024-05-09T12:30:00Z"


def test_broken_json_ld_falls_back_to_meta_and_itemprop():
    hints = _all_hints('<script type="application/ld+json">{not json</script>'
                       '<meta property="article:published_time" content="2024-05-02">', "")
    assert hints["html_published"] == "2024-05-02"
    hints = _all_hints("", "<aside><time itemprop='datePublished' datetime='2024-04-01'>1 April</time></aside>"
                           "<p>Posted <span itemprop='datePublished'>May 2, 2024</span></p>")
    assert hints["html_published"] == "May 2, 2024"


def test_machine_translation_notice_outside_the_article_text():
    hints = _all_hints('<link rel="alternate" hreflang="lv" href="/lv/zinas/7">',
                       "<nav><a href='/x'>Machine translation is coming for interpreters</a></nav>"
                       "<p class='mt'>This text was translated automatically. <a href='/lv/zinas/7'>Original</a></p>")
    assert hints["html_mt_notice"] == "This text was translated automatically. Original"
    assert hints["html_original_language"] == "lv"


def test_a_teaser_link_about_machine_translation_is_no_notice():
    hints = _all_hints("", "<ul><li><a href='/x'>This article was machine translated, says the study</a></li></ul>")
    assert "html_mt_notice" not in hints
