"""Dates: candidates from stamps, datelines, IDs and the text; conflicts kept; nothing invented."""

from __future__ import annotations

import datetime as dt

import pytest

from generator.ingest.dates import file_name_date, infer_year, parse_date_text, stamp_date
from tests.conftest import TODAY
from tests.conftest import ingest_text as ingest

LEDE = ("The foreign ministers of the European Union met in Brussels and agreed to extend the "
        "sanctions on Russia for another six months, diplomats said.")


@pytest.mark.parametrize("text,expected", [
    ("Tuesday, 02 January 2024 12:17 GMT", dt.date(2024, 1, 2)),
    ("Publié le 27 mars 2025 à 20h05", dt.date(2025, 3, 27)),
    ("Stand: 22.05.2025, 16:12 Uhr", dt.date(2025, 5, 22)),
    ("18/07/2025 12:40", dt.date(2025, 7, 18)),
    ("date 2025-03-31", dt.date(2025, 3, 31)),
    ("June 16, 2021", dt.date(2021, 6, 16)),
    ("no date here, only 2024 as a year", None),
    ("June 3, 20249:30 AM EDT", dt.date(2024, 6, 3)),  # date and time spans pasted together
    ("3 June 202414:05 CEST", dt.date(2024, 6, 3)),
    ("case 20241 of the register", None),
])
def test_parse_date_text(text, expected):
    assert parse_date_text(text) == expected


def test_dateline_line_is_the_date_and_leaves_the_body(registry):
    article = ingest(f"Luxembourg, 20 October 2025\n\n{LEDE}\n", registry)
    assert article.date == dt.date(2025, 10, 20)
    assert "Luxembourg, 20 October" not in article.body


def test_conflicting_dates_are_kept_and_warned(registry):
    article = ingest(f"Friday, 14 June 2024 08:03 GMT\n\n{LEDE}\n\nXYZ-25062025-0093-EU-3317\n", registry)
    assert article.date == dt.date(2025, 6, 25)  # an ID written by the wire system beats a dateline
    assert {c.date for c in article.date_candidates} == {dt.date(2024, 6, 14), dt.date(2025, 6, 25)}
    assert article.date_confidence == "medium"
    assert any("conflicting dates" in w for w in article.warnings)


def test_on_march_4_takes_its_year_from_the_text_and_says_so(registry):
    article = ingest("On March 4, the Commission presented its plan. The 2025 budget had left no room "
                     "for it, officials said on the day.\n", registry)
    assert article.date == dt.date(2025, 3, 4)
    assert article.date_confidence == "low"
    assert article.date_candidates and article.date_candidates[0].inferred_year
    assert any("inferred" in w for w in article.warnings)


def test_a_bare_day_without_any_year_is_not_invented(registry):
    article = ingest("On March 4, the Commission presented its plan to the leaders, officials said.\n",
                     registry)
    assert article.date is None


def test_a_date_ahead_in_the_text_is_not_the_publication_date(registry):
    article = ingest("Ministers met on Tuesday in 2021. They will meet again on 22 February to decide on "
                     "new sanctions, the chair said.\n", registry)
    assert article.date is None


def test_update_stamp_is_not_the_publication_date(registry):
    article = ingest(f"Published: 19 December 2025, 03:12 CET\nUpdated: 20 December 2025, 11:48 CET\n\n{LEDE}\n",
                     registry)
    assert article.date == dt.date(2025, 12, 19)
    assert article.updated == dt.date(2025, 12, 20)
    assert "Updated:" not in article.body


def test_update_stamp_alone_stands_in_with_low_confidence(registry):
    article = ingest(f"Aktualizacja: 20.02.2026, 19:05\n\n{LEDE} They meet again on February 24.\n", registry)
    assert article.date == dt.date(2026, 2, 20)
    assert article.updated == dt.date(2026, 2, 20)
    assert article.date_confidence == "low"
    assert any("update stamp" in w for w in article.warnings)


def test_copyright_year_is_not_a_date(registry):
    article = ingest(f"{LEDE}\n\n© 2021 Example News. All rights reserved.\n", registry)
    assert article.date is None
    assert "2021" not in article.body


def test_weekday_alone_gives_no_date(registry):
    article = ingest("Washington and Brussels announced this Friday that they will start a dialogue on "
                     "security and defence next year.\n", registry)
    assert article.date is None


def test_wire_dateline_takes_the_year_from_the_file_name(registry):
    article = ingest("BRUSSELS, March 20 (Reuters) - European Union countries agreed on Monday to spend "
                     "two billion euros on artillery shells for Ukraine.\n", registry, "2023-03-shells.txt")
    assert article.date == dt.date(2023, 3, 20)
    assert article.date_confidence == "low"
    assert article.source == "Reuters"


def test_file_name_dates():
    assert file_name_date("2025-03-31-madrid.txt") == (dt.date(2025, 3, 31), (2025,))
    assert file_name_date("2023-03-wire.txt") == (None, (2023,))
    assert file_name_date("001_d7de2025c1258.txt") == (None, ())  # digits inside a hash are no year


def test_infer_year_prefers_the_latest_past_year():
    assert infer_year("in 2024 and in 2026", 2, 20, TODAY) == 2026
    assert infer_year("in 2024 and in 2026", 12, 20, TODAY) == 2024  # 2026-12-20 is still ahead
    assert infer_year("no year", 2, 20, TODAY) is None


@pytest.mark.parametrize("line,expected", [("January 27, 2025", dt.date(2025, 1, 27)),
                                           ("Kyiv, 3 March 2025", dt.date(2025, 3, 3))])
def test_date_lines_with_and_without_a_place(line, expected, registry):
    article = ingest(f"{line}\n\n{LEDE} The ceasefire took effect on January 19.\n", registry)
    assert article.date == expected
    assert article.date_confidence == "high"


def test_a_year_after_since_does_not_date_a_bare_day_and_month():
    from generator.ingest.dates import infer_year

    today = dt.date(2026, 11, 26)
    assert infer_year("Aid has flowed since the invasion began in February 2022.", 3, 10, today) is None
    assert infer_year("Aid has flowed desde febrero de 2022. En 2024 creció.", 3, 10, today) == 2024
    assert infer_year("Spending rose in 2025 and the budget for 2026 is larger.", 2, 20, today) == 2026



@pytest.mark.parametrize("line,expected", [
    ("Lisboa | 3 de março de 2025, 08:30 h", dt.date(2025, 3, 3)),
    ("Oslo / Helsinki, 9 October 2024", dt.date(2024, 10, 9)),
    ("*Published 2 June 2025 — The Harbour Gazette*", dt.date(2025, 6, 2)),
    ("June 3, 20249:30 AM EDTUpdated 4 hours ago", dt.date(2024, 6, 3)),
    ("Friday 7 February 2025", dt.date(2025, 2, 7)),
    ("The summit opens on 3 March 2025 in Paris", None),  # a sentence, not a stamp
    ("12 March 2025: Commission tables its proposal on ports", None),
    ("Updated: 4 March 2025", None),  # an update stamp is not the publication date
])
def test_stamp_lines(line, expected):
    assert stamp_date(line) == expected


def test_a_stamp_line_the_cleaner_leaves_unread_still_dates_the_article(registry):
    article = ingest(f"Ports plan wins backing in parliament\nLisboa | 3 de março de 2025, 08:30 h\n"
                     f"Actualizado: 04/03/2025 - 10:02 h\n\n{LEDE}\n\n{LEDE}\n", registry)
    assert article.date == dt.date(2025, 3, 3)
    assert article.updated == dt.date(2025, 3, 4)


def test_a_stamp_with_the_time_run_on_is_read(registry):
    article = ingest(f"Ports plan wins backing in parliament\nBy Ana Costa\n"
                     f"June 3, 20249:30 AM EDTUpdated 4 hours ago\n\n{LEDE}\n\n{LEDE}\n", registry)
    assert article.date == dt.date(2024, 6, 3)


def test_stamps_of_related_articles_do_not_date_the_article(registry):
    """The page's own stamp is relative ('2 hours ago'); the dated stamps below belong to teasers."""
    article = ingest(f"Ports plan wins backing in parliament\nPublished 2 hours ago\nFriday 7 February 2025\n\n"
                     f"{LEDE}\n\n{LEDE}\n\nMore on this story\nDutch ports brace for a slower year\n"
                     "Published 30 January 2025\nShipping firms warn of higher insurance costs\n"
                     "Published 2 February 2025\n", registry)
    assert article.date == dt.date(2025, 2, 7)
    assert article.date_confidence == "high"


def test_italic_publication_line_under_a_markdown_heading(registry):
    article = ingest(f"# Ports plan wins backing in parliament\n\n*Published 2 June 2025 — The Harbour Gazette*\n\n"
                     f"{LEDE}\n\n{LEDE}\n", registry, "ports.md")
    assert article.date == dt.date(2025, 6, 2)
    assert article.source == "The Harbour Gazette"


@pytest.mark.parametrize("text,expected", [
    ("woensdag 4 september 2024, 09:12", dt.date(2024, 9, 4)),  # Dutch
    ("17 januari 2023", dt.date(2023, 1, 17)),
    ("6 października 2024 r.", dt.date(2024, 10, 6)),  # Polish genitive
    ("22 березня 2025", dt.date(2025, 3, 22)),  # Ukrainian genitive
    ("5 května 2024", dt.date(2024, 5, 5)),  # Czech genitive
    ("9 noiembrie 2023", dt.date(2023, 11, 9)),  # Romanian
    ("30 augusti 2022", dt.date(2022, 8, 30)),  # Swedish
    ("2023-10-19T07:45:00+02:00", dt.date(2023, 10, 19)),  # an ISO date-time as pages declare it
])
def test_month_names_of_more_languages(text, expected):
    assert parse_date_text(text) == expected


@pytest.mark.parametrize("line,expected", [
    ("donderdag 6 juni 2024 om 14:20 uur", dt.date(2024, 6, 6)),
    ("piątek, 4 października 2024 r., godz. 11:05", dt.date(2024, 10, 4)),
    ("вторник, 3 декабря 2024 г. в 18:40", dt.date(2024, 12, 3)),
    ("Bijgewerkt 7 juni 2024, 10:00", None),  # the update stamp never dates the article
    # a programme's stamp: the day it went on air
    ("Broadcast: Saturday 8 February 2025, 21:00 CET", dt.date(2025, 2, 8)),
    ("Aired 14 May 2024", dt.date(2024, 5, 14)),
    ("Sendung vom 12. Januar 2025", dt.date(2025, 1, 12)),
    ("Diffusé le 3 avril 2024 à 20h", dt.date(2024, 4, 3)),
    ("Broadcasting rights until 2027", None),
])
def test_stamp_lines_in_more_languages_and_broadcast_stamps(line, expected):
    assert stamp_date(line) == expected


def test_a_dutch_stamp_beats_its_update_stamp_of_the_next_day(registry):
    article = ingest(f"Havenplan krijgt steun in de Tweede Kamer\n6 juni 2024, 14:20\nBijgewerkt 7 juni 2024, "
                     f"10:00\n\n{LEDE}\n\n{LEDE}\n", registry)
    assert article.date == dt.date(2024, 6, 6)
    assert article.updated == dt.date(2024, 6, 7)


def test_a_broadcast_line_dates_a_transcript_and_is_no_headline(registry):
    article = ingest("HARBOUR RADIO\nTranscript\nThe Weekly Dock\nBroadcast: Saturday 8 February 2025, 21:00 CET\n\n"
                     f"{LEDE}\n\nQ: What did the ministers agree on the port levies this week?\n\n{LEDE}\n", registry)
    assert article.date == dt.date(2025, 2, 8)
    assert article.title_derived is True
    assert "Broadcast" not in article.title and "Broadcast:" not in article.body


def _page(head: str, body: str = "") -> str:
    text = "".join(f"<p>{LEDE}</p>" for _ in range(3))
    return (f"<!doctype html><html lang='en'><head>{head}</head><body><article>"
            f"<h1>Ports plan wins backing in parliament after long night</h1>{body}{text}</article></body></html>")


def test_declared_date_published_beats_the_modified_date(registry):
    """A page that declares datePublished and dateModified: the first dates it, the second is its update."""
    ld = ('<script type="application/ld+json">{"@context": "https://schema.org", "@graph": ['
          '{"@type": "WebPage", "datePublished": "2024-05-02T06:00:00+00:00"},'
          '{"@type": "NewsArticle", "datePublished": "2024-05-02T06:00:00+00:00",'
          ' "dateModified": "2024-05-09T12:30:00+00:00"}]}</script>'
          '<meta property="article:modified_time" content="2024-05-09T12:30:00+00:00">')
    article = ingest(_page(ld), registry, "ports.html")
    assert article.date == dt.date(2024, 5, 2)
    assert article.updated == dt.date(2024, 5, 9)


def test_visible_date_published_outside_comments(registry):
    body = ("<p class='meta'>Posted <span itemprop='datePublished'>April 11, 2024</span></p>"
            "<ol class='comment-list'><li class='comment'><time itemprop='datePublished' "
            "datetime='2024-04-20T10:00:00'>April 20, 2024</time></li></ol>")
    head = '<meta property="article:modified_time" content="2024-04-25T08:00:00+00:00">'
    article = ingest(_page(head, body), registry, "ports.html")
    assert article.date == dt.date(2024, 4, 11)


_BODY = ("The harbour board met on Monday to discuss the new ferry timetable for the winter season ahead.\n"
         "Members agreed that the late sailing would stay, although the morning crossing will move earlier.\n")


def test_labelled_ordinal_stamp_beats_the_top_bar_date(registry):
    text = ("Friday, 14 March 2025\nThe Lowfield Courier\nNews\nSport\n"
            "Harbour board keeps the late ferry sailing for winter\n"
            "Published 11th March 2025, 09:05 GMT\nUpdated 13th March 2025, 10:00 GMT\n" + _BODY)
    assert ingest(text, registry).date == dt.date(2025, 3, 11)


def test_scandinavian_stamp_with_clock_word(registry):
    text = ("Hamnstyrelsen behåller den sena turen över vintern\n"
            "Publicerad 5 mars 2025 kl. 07.30\n" + _BODY)
    assert ingest(text, registry).date == dt.date(2025, 3, 5)


def test_source_credit_at_the_head_of_a_note_dates_it(registry):
    text = "Source: Lowfield Courier, 2 May 2024\n\n# Harbour board keeps the late ferry sailing\n\n" + _BODY
    assert ingest(text, registry, name="note.md").date == dt.date(2024, 5, 2)


@pytest.mark.parametrize("line, expected", [
    ("Πέμπτη, 6 Φεβρουαρίου 2025, 09:45", dt.date(2025, 2, 6)),
    ("ΠΕΜΠΤΗ, 6 ΦΕΒΡΟΥΑΡΙΟΥ 2025", dt.date(2025, 2, 6)),
    ("Δημοσίευση: 3 Οκτωβρίου 2024, 18:10", dt.date(2024, 10, 3)),
])
def test_greek_stamp_lines_are_read(line, expected):
    assert stamp_date(line) == expected


@pytest.mark.parametrize("line, expected", [
    ("3 aprile 2024 (modifica il 4 aprile 2024 | 10:05)", dt.date(2024, 4, 3)),
    ("3 aprile 2024 (aggiornato il 5 aprile 2024)", dt.date(2024, 4, 3)),
    ("12 June 2024 (updated 13 June 2024, 09:00)", dt.date(2024, 6, 12)),
    ("12 juin 2024 (mis à jour le 13 juin 2024)", dt.date(2024, 6, 12)),
    ("12 de junio de 2024 (actualizado el 14 de junio de 2024)", dt.date(2024, 6, 12)),
    ("5 Μαΐου 2024 (Ενημέρωση: 6 Μαΐου 2024)", dt.date(2024, 5, 5)),
])
def test_the_date_before_a_parenthesised_update_is_the_publication_date(line, expected):
    assert stamp_date(line) == expected


def test_italian_page_dated_before_its_update_stamp(registry):
    article = ingest("Esteri\n\nIl vertice di Bruxelles rinvia la decisione sui dazi\n\ndi Marta Rossi\n"
                     "3 aprile 2024 (modifica il 4 aprile 2024 | 10:05)\n\n"
                     "I ministri hanno discusso a lungo senza trovare un accordo sulle misure proposte.\n\n"
                     "La prossima riunione si terrà a maggio, secondo fonti diplomatiche europee.\n", registry)
    assert article.date == dt.date(2024, 4, 3)


def test_year_first_hungarian_date_and_place_before_month_first_date():
    from generator.ingest.dates import parse_date_text, stamp_date
    import datetime as _dt
    assert parse_date_text("2023. október 2. 09:15") == _dt.date(2023, 10, 2)
    assert stamp_date("Hamburg, October 4, 2023, 9:10 a.m.") == _dt.date(2023, 10, 4)
