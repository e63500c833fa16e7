"""Cleaning rules on small messy fixtures: what goes, what stays, what becomes metadata."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.ingest.pipeline import ingest_bytes
from generator.model import Article
from generator.ingest.clean import clean
from tests.conftest import TODAY, ingest_text

FIXTURES = Path(__file__).parent / "fixtures" / "ingest"


def ingest_fixture(name: str, registry) -> Article:
    return ingest_bytes((FIXTURES / name).read_bytes(), name, registry, today=TODAY)


def body_of(lines: str) -> str:
    return clean(Article(lines=lines.split("\n"), extractor="text")).body


def test_captions_with_credits_and_their_twins_are_removed(registry):
    article = ingest_fixture("captions-teasers.txt", registry)
    assert "Leaders of five Nordic countries at the Oslo meeting" not in article.body
    assert "Coast guard vessel near Svalbard" not in article.body
    assert "Photo:" not in article.body
    assert "undersea cables and pipelines" in article.body
    assert article.stripped["caption"] >= 2


def test_teaser_block_after_the_end_is_removed_and_its_dates_ignored(registry):
    article = ingest_fixture("captions-teasers.txt", registry)
    assert "Finland opens new border crossing point" not in article.body
    assert "Denmark expands conscription" not in article.body
    assert article.date is None, "a date inside a related-headline teaser belongs to another article"


def test_credit_becomes_source_and_leaves_the_body(registry):
    article = ingest_fixture("captions-teasers.txt", registry)
    assert "With information from" not in article.body
    assert article.source == "NTB"


@pytest.mark.parametrize("notice,language", [
    ("Translated by Google Translate", None),
    ("Übersetzt mit DeepL.com (kostenlose Version)", "de"),
    ("Traducido automáticamente del español.", "es"),
    ("Переведено сервисом «Яндекс Переводчик»", "ru"),
    ("Traduit automatiquement de l'allemand", "de"),
])
def test_machine_translation_notice_becomes_metadata(notice, language, registry):
    text = ("The minister said on Wednesday that the government would raise defence spending "
            "again next year, after talks with allies in Brussels.\n\n" + notice + "\n")
    article = ingest_text(text, registry)
    assert notice not in article.body
    assert article.translated is True
    if language:
        assert article.original_language == language


def test_original_language_from_ui_words_a_translator_left(registry):
    article = ingest_fixture("disclaimer-mt.txt", registry)
    assert article.translated and article.translator == "Google Translate"
    assert article.original_language == "ru"
    assert "Главная" not in article.body


def test_legal_disclaimer_and_everything_after_it_goes(registry):
    article = ingest_fixture("disclaimer-mt.txt", registry)
    assert "without warranty" not in article.body
    assert "Legal Disclaimer" not in article.body
    assert "consultations with allies" in article.body


def test_masthead_above_the_headline_goes_and_nothing_below_is_lost(registry):
    article = ingest_fixture("french-masthead.txt", registry)
    assert article.title == "Défense aérienne : les pays baltes passent une commande groupée"
    for junk in ("Le Courrier du Rhin", "Accueil", "Se connecter", "Partager", "Par Julie Martin",
                 "Publié le", "Lire aussi", "Tous droits"):
        assert junk not in article.body
    assert article.body.startswith("Les ministres de la défense")
    assert "proposeront à la Finlande" in article.body
    assert article.author == "Julie Martin"
    assert article.source == "Le Courrier du Rhin"  # from the copyright line


def test_wire_furniture_goes(registry):
    article = ingest_fixture("wire-dateline.txt", registry)
    assert article.title == "Baltic ministers agree to pool air defence orders"
    for junk in ("BALTICS-DEFENCE/AIR", "Keywords", "VILNIUS", "(Reuters)", "Reporting by", "By Laura"):
        assert junk not in article.body
    assert article.source == "Reuters"
    assert article.body.startswith("Defence ministers of Estonia")


def test_name_split_across_lines_is_joined():
    body = body_of("Estonia's prime minister, Kaja\nKallas, said the EU must keep up\n"
                   "its support for Ukraine for as long as it takes.\n")
    assert "Kaja Kallas, said" in body


@pytest.mark.parametrize("line", ["Share on LinkedIn", "Udostępnij na Facebooku", "Partager sur X",
                                  "Przejdź do treści", "Alle akzeptieren", "Copiar enlace", "Reklama",
                                  "Startseite › Politik › Ausland", "Europe | Ukraine",
                                  "Reading time: 4 min", "Related topics: Gaza, Israel, Middle East"])
def test_ui_lines_in_several_languages_go(line):
    body = body_of(f"{line}\n\nThe ministers met in Brussels on Monday and agreed a new package of "
                   "sanctions against Russia, officials said.\n")
    assert line not in body
    assert body.startswith("The ministers met in Brussels")


def test_structure_is_kept_headings_lists_quotes():
    body = body_of("Key Facts\n✓ Ministers agreed a loan\n✔️ Poland will borrow most\nQuick Summary\n"
                   "Ministers agreed a large loan instrument for defence purchases on Tuesday in Brussels.\n"
                   "The eligible items are:\nammunition and missiles\nair defence\nmilitary mobility\n"
                   "What Comes Next\nThe Commission will assess the national plans and allocate the money.\n"
                   "> A quoted remark from the minister.\n")
    assert "## Key Facts" in body and "## Quick Summary" in body and "## What Comes Next" in body
    assert "- Ministers agreed a loan\n- Poland will borrow most" in body
    assert "- ammunition and missiles\n- air defence\n- military mobility" in body
    assert "> A quoted remark from the minister." in body


def test_numbered_items_keep_their_numbers():
    body = body_of("Open questions:\n\n1. Who pays for it?\n2. Who owns the standards?\n")
    assert "1. Who pays for it?\n2. Who owns the standards?" in body


def test_running_page_headers_and_page_numbers_go():
    page = "DEFENCE REVIEW | Brief No. 3"
    body = body_of(f"{page}\n\nFirst page text runs here and says something about drones and about the budget.\n\n"
                   f"{page}          Page 1 of 2\n\nSecond page text continues the argument about procurement.\n\n"
                   f"{page}          Page 2 of 2\n")
    assert "DEFENCE REVIEW" not in body and "Page 1" not in body
    assert "Second page text continues" in body


def test_newsletter_footer_after_signature_delimiter_goes():
    body = body_of("Good morning. Here is what matters today for the eastern flank of the alliance.\n\n"
                   "That's it for today. Forward this to a colleague who should be\nreading it.\n\n--\n"
                   "You are receiving this email because you subscribed.\nUnsubscribe | Update your preferences\n")
    assert "Forward this" not in body and "reading it." not in body
    assert "Unsubscribe" not in body and "receiving this email" not in body
    assert "That's it for today." not in body or "Here is what matters" in body


AUDIO_PLAYER_PAGE = """Newsletters
Search
Ministers weigh a common fund for air defence
Press play to listen to this article
Voiced by artificial intelligence.
By Tomas Lindgren
June 3, 2025 9:40 am CET
Defence ministers from the Nordic and Baltic states met in Riga on Tuesday to discuss pooling money for air defence systems, officials said.
This article is also available in: Deutsch | Français
Latvia's defence minister said the group hoped to agree a first order before the end of the year.
Greta Holm and Mads Berg contributed reporting.
Copyright (c) 2025. Baltic Wire Service, Inc. All rights reserved.
"""


def test_audio_player_language_switcher_and_contributor_lines_go(registry):
    article = ingest_text(AUDIO_PLAYER_PAGE, registry)
    assert article.title == "Ministers weigh a common fund for air defence"
    for junk in ("Press play", "Voiced by", "also available in", "contributed reporting", "Copyright"):
        assert junk not in article.body
    assert "pooling money for air defence systems" in article.body
    assert "first order before the end of the year" in article.body
    assert article.source == "Baltic Wire Service"


STACKED_PRESS_RELEASE = """Council of the European Union
Press office
Ministers approve new rules on joint ammunition orders
Brussels, 02/06/2025
Press release
The Council today adopted a regulation that lets member states place joint orders for ammunition and share the cost of storage, the presidency said in a statement.
The rules will apply from September and will be reviewed after two years.
Maria Lopez
Press officer
"""


def test_stacked_short_lines_without_blank_lines_are_not_glued_to_the_lede(registry):
    article = ingest_text(STACKED_PRESS_RELEASE, registry)
    paragraphs = article.body.split("\n\n")
    lede = next(p for p in paragraphs if "adopted a regulation" in p)
    assert lede.startswith("The Council today adopted a regulation")
    assert "Maria Lopez" not in lede and "Press officer" not in lede
    assert article.date is not None and article.date.isoformat() == "2025-06-02"


def test_a_sentence_broken_after_a_comma_or_a_given_name_is_joined(registry):
    text = ("Allies meet in Oslo\n\nThe talks, hosted by Norway's foreign minister,\n"
            "Espen Barth Eide, ended late on Friday. Estonia's prime minister Kristen\n"
            "Michal said the region needed more air defence.\n")
    article = ingest_text(text, registry)
    assert "minister, Espen Barth Eide, ended" in article.body
    assert "Kristen Michal said" in article.body


def test_pasted_news_page_glued_ui_photograph_credit_placed_byline_and_topic_tags(registry):
    article = ingest_fixture("pasted-news-page-with-standfirst.txt", registry)
    assert article.title == "EU foreign ministers split over plan to tap frozen Russian assets"
    assert article.date is not None and article.date.isoformat() == "2025-03-10"
    assert article.author == "Jennifer Rankin"
    for junk in ("Skip to", "Photograph:", "Rankin in Brussels", "Explore more", "Reuse this",
                 "Most viewed", "Print subscriptions", "18.04 GMT"):
        assert junk not in article.body, junk
    assert "## European Union" not in article.body
    assert article.body.rstrip().endswith("put forward by Washington.")
    assert "Kaja Kallas" in article.people


def test_slash_dateline_of_russian_agencies_gives_the_source_and_leaves_the_lede(registry):
    text = ("Moscow rejects EU plan for a maritime inspection regime\n"
            "MOSCOW, May 7. /Interfax/. The Russian foreign ministry said on Wednesday that plans to inspect "
            "tankers in the Baltic Sea would be treated as piracy and answered accordingly.\n")
    article = ingest_text(text, registry)
    assert article.body.startswith("The Russian foreign ministry said")
    assert article.source == "Interfax"


def test_editor_label_is_not_glued_to_the_lede(registry):
    text = ("EU adds drone makers to its sanctions list\nEditor: Chen Wei\n"
            "The European Union on Tuesday added nine companies that supply drone parts to Russia "
            "to its sanctions list, officials said.\n")
    article = ingest_text(text, registry)
    assert article.body.startswith("The European Union on Tuesday")
    assert "Chen Wei" not in article.body


def test_syndicated_page_story_byline_and_provided_by_credit(registry):
    article = ingest_fixture("syndicated-story-by.txt", registry)
    assert article.author == "Hannah Booth"
    assert article.source == "The Daily Courier"
    for junk in ("Story by", "Provided by", "Continue reading", "More for You"):
        assert junk not in article.body, junk
    assert article.body.rstrip().endswith("officials said.")


def test_newsletter_post_subscribe_prompts_and_counters_go(registry):
    article = ingest_fixture("newsletter-post.txt", registry)
    assert article.title == "What Rutte wants from The Hague summit"
    assert article.date is not None and article.date.isoformat() == "2025-06-20"
    for junk in ("Discover more", "subscribers", "Subscribe", "Thanks for reading", "\n12\n", "## 3"):
        assert junk not in article.body, junk
    assert "five percent of GDP for defence" in article.body


def test_wire_story_file_photo_and_contributor_line_go(registry):
    article = ingest_fixture("wire-story-with-file-photo.txt", registry)
    assert article.source == "Associated Press"
    assert article.date is not None and article.date.isoformat() == "2024-10-22"
    for junk in ("FILE -", "AP Photo", "contributed to this report", "Follow AP", "___"):
        assert junk not in article.body, junk
    assert article.body.rstrip().endswith("officials said.")
    assert article.people == ["Josep Borrell"]


def test_a_sentence_about_contributions_is_not_a_credit(registry):
    from generator.ingest import patterns as P

    assert not P.REPORTING_CREDIT.match("Several member states contributed.")
    assert not P.REPORTING_CREDIT.match("The Netherlands and Denmark contributed jets to the mission.")
