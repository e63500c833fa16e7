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


# ---- families of page furniture (examples written for these tests) ------------------------------

LEDE = ("The defence ministers of the Nordic countries agreed on Thursday to share the cost of "
        "patrolling undersea cables, officials in Oslo said.")


def test_screen_reader_link_suffixes_go_and_a_link_alone_on_its_line_goes_with_them():
    body = body_of(f"{LEDE}\n\nThe plan follows a report by the coast guard, opens new tab on damaged cables.\n\n"
                   "Editorial guidelines: how we check facts, opens new tab\n\n"
                   "Ministers will meet again in June, opens new tab.\n")
    assert "opens new tab" not in body
    assert "Editorial guidelines" not in body
    assert "The plan follows a report by the coast guard on damaged cables." in body
    assert "Ministers will meet again in June." in body  # a sentence ending in a link stays


def test_photo_captions_with_wire_or_abbreviated_credits_go():
    body = body_of(f"A patrol boat leaves the harbour of Bergen at dawn. NTB/Ola Nordmann/File Photo Purchase "
                   f"Licensing Rights, opens new tab\n\n{LEDE}\n\n"
                   "Minister Jan Nowak w porcie w Gdyni. Fot. PAP/Anna Kowal\n\n"
                   "Kutry patrolowe wypłynęły w czwartek z portu, poinformowało ministerstwo obrony narodowej.\n")
    assert "patrol boat leaves" not in body and "Licensing" not in body
    assert "Fot." not in body and "w porcie w Gdyni" not in body
    assert "Kutry patrolowe wypłynęły" in body


def test_a_date_run_into_its_time_and_update_stamp_is_a_date_line(registry):
    text = ("Nordic ministers agree to share the cost of cable patrols\nBy Ingrid Berg\n"
            "June 12, 20259:05 AM GMT+2Updated 3 hours ago\n\n" + LEDE + "\n")
    article = ingest_text(text, registry)
    assert "Updated" not in article.body and "20259" not in article.body
    assert article.date is not None and article.date.isoformat() == "2025-06-12"


def test_a_place_and_a_date_with_an_hour_mark_is_a_dateline(registry):
    text = ("Los ministros nórdicos acuerdan patrullar juntos los cables submarinos\n"
            "Oslo | 12 de junio de 2025, 09:05 h\n\n"
            "Los ministros de Defensa de los países nórdicos acordaron el jueves compartir el coste de "
            "patrullar los cables submarinos, según fuentes oficiales.\n")
    article = ingest_text(text, registry)
    assert "09:05 h" not in article.body
    assert article.date is not None and article.date.isoformat() == "2025-06-12"


def test_an_italic_stamp_under_a_markdown_title_gives_date_and_outlet(registry):
    text = ("# Nordic ministers agree to share the cost of cable patrols\n\n"
            "*Published 12 June 2025 — The Harbour Gazette*\n\n" + LEDE + "\n\n---\n\nSources:\n\n"
            "- Ministry of Defence, press release\n")
    article = ingest_text(text, registry, name="cables.md")
    assert "Published" not in article.body and "Harbour Gazette" not in article.body
    assert article.date is not None and article.date.isoformat() == "2025-06-12"
    assert article.source == "The Harbour Gazette"
    assert "\n\n---\n\n" in article.body  # a Markdown rule stays a rule, not a list item
    assert "- Ministry of Defence, press release" in article.body


@pytest.mark.parametrize("line", ["Comments (31)", "Ver comentarios (58)", "Skomentuj (4)", "Kommentare (12)",
                                  "Voir les commentaires (9)", "17 comments"])
def test_comment_counters_go(line):
    body = body_of(f"{line}\n\n{LEDE}\n")
    assert line not in body and body.startswith("The defence ministers")


def test_inline_read_also_teasers_go_but_a_sentence_saying_read_more_stays():
    body = body_of(f"{LEDE}\n\nRead also: Sweden doubles its budget for coastal radar\n\n"
                   "The Danish minister urged colleagues to read more carefully the maritime law.\n\n"
                   "Czytaj także: Marynarka wojenna kupi nowe okręty. Kiedy dostawy?\n\n"
                   "Lesen Sie auch: Wie sicher sind die Kabel in der Nordsee?\n\n"
                   "Read more: our briefing on Arctic shipping routes.\n\n"
                   "Patrols will begin in the autumn, the ministry added.\n")
    for junk in ("Read also", "Czytaj także", "Lesen Sie auch", "Read more: our briefing"):
        assert junk not in body, junk
    assert "read more carefully the maritime law" in body
    assert "Patrols will begin in the autumn" in body


def test_a_label_takes_the_teasers_and_tags_under_it_but_not_the_next_paragraph(registry):
    text = ("Nordic ministers agree to share the cost of cable patrols\n\n" + LEDE + "\n\n"
            "Norway will provide two frigates, Denmark a maritime patrol aircraft.\n\n"
            "More on this story\nFinland tests a new sonar buoy\nPublished 2 March 2024\n"
            "Can drones guard the seabed?\nPublished 9 January 2024\n\n"
            "Estonia will join the patrols from next year, its defence minister said on Friday in Tallinn "
            "after a meeting with his Finnish counterpart.\n\n"
            "Lesen Sie auch\nDie Marine bekommt neue Fregatten\n\n"
            "Latvia has not decided yet, but its navy would welcome a share of the cost of the patrols in the "
            "Gulf of Riga, a spokesman said.\n\n"
            "Topics\nDefence\nNorth Sea\n")
    article = ingest_text(text, registry)
    for junk in ("More on this story", "Finland tests", "Published", "Can drones", "Topics", "North Sea",
                 "Lesen Sie auch", "Die Marine bekommt"):
        assert junk not in article.body, junk
    assert "Estonia will join the patrols" in article.body  # the box sat between paragraphs
    assert "Latvia has not decided yet" in article.body
    assert article.date is None, "the stamps under 'More on this story' date other articles"


def test_a_cookie_banner_goes_with_its_title_and_buttons():
    body = body_of("Wir respektieren Ihre Privatsphäre\n"
                   "Wir und unsere 212 Partner speichern und/oder greifen auf Informationen auf einem Gerät zu, "
                   "um Inhalte und Anzeigen zu personalisieren.\nAlle akzeptieren\nOptionen verwalten\n"
                   "Ablehnen und werbefrei lesen\n\n"
                   "Die Verteidigungsminister der nordischen Länder haben sich am Donnerstag darauf geeinigt, "
                   "die Kosten für die Überwachung von Unterseekabeln zu teilen.\n\n"
                   "„We and our partners will protect every cable“, sagte die norwegische Ministerin.\n")
    for junk in ("Privatsphäre", "212 Partner", "Optionen", "werbefrei"):
        assert junk not in body, junk
    assert body.startswith("Die Verteidigungsminister")
    assert "We and our partners will protect every cable" in body  # a minister's phrase, not a banner


def test_newsletter_prompts_their_form_and_forwarding_prompts_go():
    body = body_of(f"{LEDE}\n\n"
                   "Suscríbete a nuestra newsletter de Defensa y recibe cada viernes lo esencial\n"
                   "Tu correo electrónico\nQuiero recibirla\n\n"
                   "Zapisz się na nasz newsletter – codziennie rano najważniejsze informacje\n\n"
                   "The Harbour Briefing newsletter brings you the maritime news each morning. Sign up now.\n\n"
                   "Was this email forwarded to you? Subscribe here.\n\n"
                   "Patrols will begin in the autumn, the ministry added.\n")
    for junk in ("Suscríbete", "correo", "Quiero", "Zapisz", "Sign up now", "forwarded"):
        assert junk not in body, junk
    assert body.rstrip().endswith("Patrols will begin in the autumn, the ministry added.")


def test_author_notes_go_under_a_label_or_when_they_open_with_the_byline(registry):
    text = ("Nordic ministers agree to share the cost of cable patrols\nBy Ingrid Berg\n\n" + LEDE + "\n\n"
            "Patrols will begin in the autumn, the ministry added.\n\n"
            "Ingrid Berg is a correspondent for maritime affairs and has covered the Nordic navies since 2018.\n\n"
            "About the author\nSven Lund writes about security policy from Stockholm.\n")
    article = ingest_text(text, registry)
    for junk in ("correspondent for maritime affairs", "About the author", "Sven Lund"):
        assert junk not in article.body, junk
    assert article.body.rstrip().endswith("the ministry added.")


def test_image_source_and_caption_labels_go_and_the_caption_is_kept_as_a_signal():
    article = clean(Article(lines=(f"Image source, Harbour Photo Agency\nImage caption, Two frigates in the "
                                   f"fjord near Bergen\n\n{LEDE}\n\nMedia caption, Watch: the patrol leaves port\n"
                                   ).split("\n"), extractor="text"))
    for junk in ("Image source", "Image caption", "Media caption", "Two frigates"):
        assert junk not in article.body, junk
    assert ("caption", "Two frigates in the fjord near Bergen") in article.hints["signals"]


@pytest.mark.parametrize("line", [
    "Follow us: Mastodon | Instagram | YouTube", "Folgen Sie uns auf Instagram", "Obserwuj nas w Google News",
    "Article URL: https://harbour.example/a/123", "Online broadcast is updated", "This live blog is updated",
    "If you spot a mistake, highlight it and press Ctrl+Enter.", "Translation quality may vary.",
    "Learn more about Harbour Data", "Viber",
])
def test_follow_links_print_urls_live_blog_status_and_error_prompts_go(line):
    body = body_of(f"{LEDE}\n\n{line}\n\nPatrols will begin in the autumn, the ministry added.\n")
    assert line not in body
    assert "Patrols will begin" in body


def test_a_sentence_that_starts_like_furniture_stays():
    for text in ("Follow us into the harbour, the captain told the inspectors on Monday morning.",
                 "The blog is updated by volunteers who track every tanker in the Baltic Sea.",
                 "Anzeige erstattet hat bislang keiner der betroffenen Betreiber in Norwegen."):
        assert text in body_of(f"{LEDE}\n\n{text}\n")


def test_a_reporting_footer_of_several_clauses_goes():
    body = body_of(f"{LEDE}\n\nReporting by Ingrid Berg and Per Olsen in Oslo and Maja Holm in Bergen; "
                   "Additional reporting by Sven Lund in Stockholm and Aino Virtanen in Helsinki; "
                   "Graphics by Eva Strand; Editing by Mark Hale\n")
    assert "Reporting by" not in body and "Editing by" not in body


@pytest.mark.parametrize("line,holder", [
    ("© 2012-2025 Harbour Gazette. All rights reserved.", "Harbour Gazette"),
    ("© Baltic–Nordic Institute 2025. All rights reserved.", "Baltic–Nordic Institute"),
    ("© 2025 Le Courrier du Nord — Tous droits réservés", "Le Courrier du Nord"),
])
def test_copyright_holder_with_a_year_range_or_a_dash_in_its_name(line, holder):
    article = clean(Article(lines=[LEDE, "", line], extractor="text"))
    assert ("copyright", holder) in article.hints["signals"]


def test_a_copyright_line_inside_a_dropped_footer_still_names_the_publisher():
    article = clean(Article(lines=[LEDE, "", "Terms of Use", "Privacy Policy",
                                   "Copyright 2025 Harbour Gazette. All rights reserved."], extractor="text"))
    assert ("copyright", "Harbour Gazette") in article.hints["signals"]


def test_a_site_menu_under_a_tagline_and_a_footer_link_row_go():
    body = body_of("Independent news for the maritime industry\nLearn more about Harbour Data\nShipping\n"
                   "Ports\nEnergy\nDefence\nOpinion\n\n"
                   "Nordic ministers agree to share the cost of cable patrols\n\n" + LEDE + "\n\n"
                   "Imprint | Privacy | Terms | Contact\n")
    for junk in ("Shipping", "Ports", "Opinion", "Learn more", "Imprint"):
        assert junk not in body, junk
    assert "The defence ministers of the Nordic countries" in body
