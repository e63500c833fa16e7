"""Titles: the headline where there is one; otherwise a short faithful title, marked derived."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.conftest import ingest_text as ingest
from generator.ingest.title import clean_html_title, shorten

LEDE = ("Defence ministers from five European countries met in Krakow on Friday and pledged to keep up "
        "military aid to Ukraine while the peace talks continue.")


@pytest.mark.parametrize("masthead", [
    "Przejdź do treści\nMenu\nSzukaj\nWersja polska | English\n",
    "Share on Facebook\nShare on X\nShare on LinkedIn\nPrint\n",
    "Wir verwenden Cookies, um Ihnen ein optimales Nutzererlebnis zu bieten. Mit „Alle akzeptieren“ "
    "stimmen Sie zu.\nAlle akzeptieren\nEinstellungen\nStartseite › Politik › Ausland\n",
    "The Krakow Courier\nNews | World | Europe\nSubscribe\n",
    "Europe | Ukraine\n",
])
def test_headline_below_site_chrome_is_the_title(masthead, registry):
    article = ingest(f"{masthead}\nEurope's defence ministers meet in Krakow as talks stall\n\n{LEDE}\n", registry)
    assert article.title == "Europe's defence ministers meet in Krakow as talks stall"
    assert article.title_derived is False
    assert article.body.startswith("Defence ministers from five")


def test_wire_prefix_is_not_part_of_the_title(registry):
    article = ingest(f"UPDATE 2-Ministers meet in Krakow as talks stall\n\n{LEDE}\n", registry)
    assert article.title == "Ministers meet in Krakow as talks stall"


def test_derived_title_is_short_and_flagged(registry):
    article = ingest(f"{LEDE} " * 3 + "\n", registry)
    assert article.title_derived is True
    assert 0 < len(article.title) <= 90
    assert article.title.startswith("Defence ministers from five European countries")


def test_section_labels_and_datelines_are_never_the_title(registry):
    article = ingest(f"Tuesday, 02 January 2024 12:17 GMT\nKey Facts\n- Ministers met in Krakow\n"
                     f"- They pledged more aid\nQuick Summary\n{LEDE}\n", registry)
    assert article.title == "Ministers met in Krakow"
    assert article.title_derived is True


def test_headline_broken_over_two_lines_is_joined(registry):
    article = ingest(f"Learning from Ukraine's Drone Industry:\nWhat Europe Can Add\n\n{LEDE}\n", registry)
    assert article.title == "Learning from Ukraine's Drone Industry: What Europe Can Add"


def test_email_subject_is_the_title(registry):
    article = ingest(f"View this email in your browser\n\nFrom: The Flank Letter <news@flank.example>\n"
                     f"Subject: Europe checks its locks\nDate: Tue, 21 Jan 2025 07:02:11 +0100\n\n{LEDE}\n",
                     registry)
    assert article.title == "Europe checks its locks"
    assert article.date == dt.date(2025, 1, 21)
    assert article.source == "The Flank Letter"
    assert "From:" not in article.body and "View this email" not in article.body


@pytest.mark.parametrize("raw,site,expected", [
    ("Arctic security <b>moves up</b> the agenda | The Polar Post", "The Polar Post",
     "Arctic security moves up the agenda"),
    ("Rubio cancels meeting with Kallas - Northgate Review", None, "Rubio cancels meeting with Kallas"),
    ("Kallas &amp; Costa travel to Kyiv", None, "Kallas & Costa travel to Kyiv"),
    ("Daily Post | Kallas and Costa travel to Kyiv", "Daily Post", "Kallas and Costa travel to Kyiv"),
])
def test_html_title_cleanup(raw, site, expected):
    assert clean_html_title(raw, site) == expected


def test_shorten_cuts_at_a_word_and_stays_within_the_limit():
    text = "word " * 40
    assert len(shorten(text)) <= 90 and shorten(text).endswith("…")
