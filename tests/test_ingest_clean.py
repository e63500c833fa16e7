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


# ---- aggregator chrome, forwarded e-mails, newsletters, live blogs, press releases, transcripts ----------


def test_aggregator_buttons_go_but_the_same_words_inside_a_sentence_stay():
    body = body_of(f"{LEDE}\n\nStory continues\n"
                   "Shipowners must report a problem with a cable to the coast guard within a day.\n\n"
                   "Les armateurs devront signaler un problème de câble aux garde-côtes sous 24 heures.\n\n"
                   "Voir les commentaires\nSignaler un problème\nKommentare anzeigen\nReport an error\n")
    for junk in ("Story continues", "Voir les commentaires", "Kommentare anzeigen", "Report an error"):
        assert junk not in body, junk
    assert "\nSignaler un problème" not in body and not body.rstrip().endswith("problème")
    assert "devront signaler un problème de câble" in body
    assert "Shipowners must report a problem" in body
    assert "patrolling undersea cables, officials in Oslo said.\n\nShipowners" in body  # not glued together


def test_a_forwarded_email_loses_the_note_the_marker_and_the_header_fields(registry):
    text = ("Maja — the cable item is for Friday's meeting.\nP.\n\n"
            "---------- Forwarded message ---------\n"
            "From: Harbour Morning <morning@harbourdesk.example>\n"
            "Date: Wed, 4 Jun 2025 at 06:30\n"
            "Subject: Harbour Morning: Frigates for the cables\n"
            "To: <p.lund@mail.example>\n\n"
            "View in browser [https://harbourdesk.example/morning/2025-06-04]\n\n"
            f"Frigates for the cables\n\n{LEDE}\n\nPatrols will begin in the autumn, the ministry added.\n")
    article = ingest_text(text, registry)
    for junk in ("Friday's meeting", "P.\n", "Forwarded message", "From:", "Date:", "Subject:", "To:",
                 "View in browser"):
        assert junk not in article.body, junk
    assert str(article.date) == "2025-06-04"
    signals = article.hints["signals"]
    assert ("forward_subject", "Harbour Morning: Frigates for the cables") in signals
    assert "Patrols will begin in the autumn" in article.body


def test_a_forward_marker_without_header_fields_takes_nothing_above_it():
    body = body_of(f"{LEDE}\n\n-----Original Message-----\n\n"
                   "Patrols will begin in the autumn, the ministry added.\n")
    assert "The defence ministers of the Nordic countries" in body


def test_newsletter_tip_line_sponsor_block_and_staff_credits_go_but_an_appeal_for_tips_stays():
    body = body_of("Good Wednesday morning from the harbour desk. "
                   "Send your tips and leaks to desk@harbour.example.\n\n"
                   f"{LEDE}\n\n"
                   "SPONSORED BY NORTHSEA CABLE WORKS\n"
                   "Cables need guardians. Northsea Cable Works repairs what storms and anchors break. "
                   "See our fleet [https://cableworks.example].\n\n"
                   "Police asked anyone who saw the trawler to send tips to tips@police.example, a spokesman said.\n\n"
                   "THANKS TO: our editor Lena Moe and producer Per Aas.\n")
    for junk in ("Send your tips", "SPONSORED BY", "Cables need guardians", "THANKS TO", "Lena Moe"):
        assert junk not in body, junk
    assert "Good Wednesday morning from the harbour desk." in body
    assert "send tips to tips@police.example" in body


@pytest.mark.parametrize("line", [
    "Leestijd 3 minuten", "4 minuten leestijd", "Czas czytania: 5 min", "Tempo di lettura: 3 minuti",
    "18+", "16+", "Show key events only", "Download as PDF", "Visit the meeting page",
    "+47 22 24 90 90", "Tel.: 022 24 90 91", "press@nordicdefence.example", "Rate this article",
])
def test_reading_time_age_marks_buttons_and_contact_lines_go(line):
    body = body_of(f"{LEDE}\n\n{line}\n\nPatrols will begin in the autumn, the ministry added.\n")
    assert line not in body
    assert "Patrols will begin" in body


def test_a_bare_agency_credit_between_caption_and_lede_takes_the_caption(registry):
    text = ("Noorse marine krijgt twee nieuwe fregatten voor kabelpatrouilles\n"
            "3 juni 2025, 10:14\nBijgewerkt 4 juni 2025, 08:05\nLeestijd 2 minuten\n"
            "Een Noors fregat in de haven van Bergen\nNTB\n"
            "De Noorse marine krijgt volgend jaar twee nieuwe fregatten die onderzeese kabels in de Noordzee "
            "moeten bewaken, heeft het ministerie van Defensie dinsdag bekendgemaakt.\n")
    article = ingest_text(text, registry)
    assert "Een Noors fregat in de haven" not in article.body
    assert "\nNTB" not in article.body and not article.body.startswith("NTB")
    assert article.title == "Noorse marine krijgt twee nieuwe fregatten voor kabelpatrouilles"


@pytest.mark.parametrize("text", [
    # an agency under the headline, over the date, credits the story
    "Nordic navies to share the cost of cable patrols\nNTB\n3 June 2025 10:14\n" + LEDE + "\n",
    # a date above the headline: the headline right over the credit is no caption
    "3 June 2025\nNordic navies to share the cost of cable patrols\nNTB\n" + LEDE + "\n",
])
def test_an_agency_credit_under_the_headline_keeps_the_headline(text, registry):
    article = ingest_text(text, registry)
    assert article.title == "Nordic navies to share the cost of cable patrols"


def test_a_photo_credit_takes_only_a_caption_right_above_it(registry):
    text = ("Nordic navies to share the cost of cable patrols\nUpdated: 4 June 2025, 11:40\nPhoto: NTB\n"
            f"{LEDE}\n")
    article = ingest_text(text, registry)
    assert article.title == "Nordic navies to share the cost of cable patrols"  # not taken as the caption


def test_teaser_label_after_a_subscribe_prompt_takes_its_headlines(registry):
    text = ("Nordic navies to share the cost of cable patrols\n\n" + LEDE + "\n\n"
            "Norway will provide two frigates, Denmark a maritime patrol aircraft, the ministers said.\n\n"
            "Подписывайтесь на наш Telegram-канал, чтобы первыми узнавать главные новости\n"
            "Читайте также:\nФинляндия испытала новый гидроакустический буй\nЭстония закупит патрульные катера\n")
    article = ingest_text(text, registry)
    for junk in ("Финляндия испытала", "Эстония закупит"):
        assert junk not in article.body, junk


def test_live_blog_filter_key_events_and_reporters_go_and_a_schedule_line_stays(registry):
    text = ("Nordic defence ministers meet in Oslo – live\n"
            "Latest: frigates for the cable patrols; Denmark adds a patrol aircraft\n"
            "Anna Lund in Oslo and Erik Dahl\nWed 4 Jun 2025 08.05 CEST\n"
            "Show key events only\nKey events\n14.05 CEST Norway pledges two frigates\n"
            "08.05 CEST Good morning\n"
            "Erik Dahl\n14.05 CEST\nNorway pledges two frigates\n\n"
            "Norway will provide two frigates for the patrols from next spring, its minister told reporters.\n\n"
            "Anna Lund\n08.05 CEST\nGood morning\n\n"
            "Welcome to our coverage of the meeting of Nordic defence ministers in Oslo today.\n\n"
            "Here is the plan for the day:\n\n"
            "10.30 CEST – Arrival of the ministers at Akershus fortress.\n"
            "13.00 CEST – Closing press conference.\n\n"
            "Spending will rise to 3.5 percent of output by 2030, the ministers agreed in principle.\n")
    article = ingest_text(text, registry)
    for junk in ("Anna Lund", "Erik Dahl", "Show key events", "Key events", "14.05 CEST Norway pledges"):
        assert junk not in article.body, junk
    assert "10.30 CEST – Arrival of the ministers at Akershus fortress." in article.body
    assert "13.00 CEST – Closing press conference." in article.body
    assert "Spending will rise to 3.5 percent of output" in article.body
    assert ("byline", "Anna Lund") in article.hints["signals"]


def test_press_release_header_download_meeting_link_and_press_contacts_go(registry):
    text = ("Nordic Council of Ministers – Press release 41/25\n3 June 2025\n"
            "Cable patrols: ministers agree to share the cost\nDownload as pdf\nShare on X\n\n"
            f"{LEDE}\n\nVisit the meeting page\n\n"
            "[1] Joint declaration on the protection of undersea infrastructure, section 2.\n\n"
            "Press contacts\nSigrid Aas\nPress officer\n+45 33 96 02 00\nsigrid.aas@nordicministers.example\n"
            "Related content\nMinisters discuss Arctic shipping (March 2025)\n")
    article = ingest_text(text, registry)
    for junk in ("Press release 41/25", "Download as pdf", "Visit the meeting page", "Press contacts",
                 "Sigrid Aas", "Press officer", "+45 33", "nordicministers.example", "Arctic shipping"):
        assert junk not in article.body, junk
    assert "[1] Joint declaration on the protection of undersea infrastructure" in article.body
    assert article.source == "Nordic Council of Ministers"


def test_translation_widget_lines_go_and_mark_the_text_translated(registry):
    text = (f"{LEDE}\n\nPatrols will begin in the autumn, the ministry added.\n\n"
            "Rate this translation\nYour feedback will be used to help improve Google Translate\n")
    article = ingest_text(text, registry)
    assert "Rate this translation" not in article.body and "feedback" not in article.body
    assert article.translated is True


def test_transcript_notes_links_and_end_marker_go_but_news_about_a_transcript_stays(registry):
    text = ("HARBOUR TV\nThe Evening Desk\nBroadcast: Sunday 6 April 2025, 19:00 CET\n"
            "Presenter: Liv Berg | Producer: Ola Strand\n"
            "Transcripts are generated automatically and checked by our editors. They may contain errors.\n"
            "Watch the full interview\n\n"
            f"{LEDE}\n\n"
            "Q: Minister, will the frigates be ready in time?\n\nA: They will, and the crews are trained.\n\n"
            "The transcript was edited by the ministry before it was released to reporters on Monday.\n\n"
            "[END OF TRANSCRIPT]\n\nShare this transcript\n")
    article = ingest_text(text, registry)
    for junk in ("Transcripts are generated", "Watch the full interview", "END OF TRANSCRIPT",
                 "Share this transcript", "Liv Berg", "Broadcast:"):
        assert junk not in article.body, junk
    assert "The transcript was edited by the ministry" in article.body
    assert str(article.date) == "2025-04-06"


def test_a_video_placeholder_and_its_note_go_but_a_sentence_about_a_video_stays():
    body = body_of(f"{LEDE}\n\nIl video non è disponibile\n"
                   "Il contenuto potrebbe essere stato rimosso o non essere visibile nel tuo Paese.\n\n"
                   "Video unavailable\nThis content is not available in your region.\n\n"
                   "The video was not available to journalists until Friday, the ministry said.\n")
    for junk in ("non è disponibile", "nel tuo Paese", "Video unavailable", "your region"):
        assert junk not in body, junk
    assert "The video was not available to journalists until Friday" in body


def test_a_more_galleries_label_takes_the_gallery_teasers(registry):
    text = ("In pictures: the Nordic fleet in Oslo harbour\n\n" + LEDE + "\n\n"
            "Crews from five navies opened their ships to visitors on Saturday afternoon, the organisers said.\n\n"
            "More galleries\nThe tall ships race leaves Bergen\nIce on the Gulf of Bothnia\n")
    article = ingest_text(text, registry)
    for junk in ("More galleries", "tall ships", "Gulf of Bothnia"):
        assert junk not in article.body, junk


@pytest.mark.parametrize("line", [
    "Published on 12 March, the report says costs rose.",
    "Veröffentlicht am 12. März, der Bericht sagt, die Kosten seien gestiegen.",
    "Publié le 12 mars, le rapport indique que les coûts ont augmenté.",
    "Opublikowano 12 marca, a raport mówi, że koszty wzrosły.",
    "Updated at 14:05, the ministry added that the talks would resume.",
])
def test_a_sentence_that_goes_on_after_a_stamp_label_and_date_stays(line, registry):
    article = ingest_text(f"Harbour fees rise again at Nordic ports\n\n{line}\n\n{LEDE}\n", registry)
    assert line in article.body
    assert "stamp" not in article.stripped


@pytest.mark.parametrize("stamp", [
    "Published on 12 March 2025, 09:15 CET",
    "Published 12 March 2025 — The Harbour Gazette",
    "Veröffentlicht am 12. März 2025, 09:15 Uhr",
    "Publié le 12 mars 2025 à 9h15",
    "Opublikowano: 12 marca 2025 r., godz. 9:15",
    "Gepubliceerd op woensdag 12 maart 2025 om 09.15 uur",
])
def test_a_stamp_of_a_label_and_a_date_alone_still_goes_and_dates_the_article(stamp, registry):
    article = ingest_text(f"Harbour fees rise again at Nordic ports\n{stamp}\n\n{LEDE}\n", registry)
    assert stamp not in article.body and "09" not in article.body and "9h15" not in article.body
    assert article.stripped.get("stamp") == 1
    assert article.date is not None and article.date.isoformat() == "2025-03-12"


@pytest.mark.parametrize("stamp", ["dinsdag 12 maart 2024, 10:15 uur", "środa, 13 marca 2024 r., godz. 10:15",
                                   "четверг, 14 марта 2024 г., 10:15"])
def test_a_dutch_polish_or_russian_date_line_is_a_dateline(stamp):
    article = clean(Article(lines=["Harbour fees rise again at Nordic ports", stamp, "", LEDE, "",
                                   "Deel dit artikel"], extractor="text"))
    assert ("dateline", stamp) in article.hints["signals"]
    assert stamp not in article.body and "Deel dit artikel" not in article.body


# ---- app chrome, share and follow lines, paywalls, menus, social threads, editors' codes ----------

HARBOUR = "Harbour fees rise again at Nordic ports"
SECOND = ("Port operators in Bergen and Aarhus said the new fees would be passed on to shipping lines "
          "within weeks, according to a statement published on Friday.")


@pytest.mark.parametrize("line", [
    "⏱ 6 min read", "🔊 Listen to this article", "🎧 Ouvir este artigo · 6 min", "💬 1204",
    "👉 Tap to follow Shipping and get alerts on this story", "👍 3.1K   💬 87   ↗ Share",
    "Open in app", "Today, 11:42", "Heute, 07:05 Uhr",
])
def test_app_chrome_after_an_emoji_and_relative_stamps_go_but_an_emoji_dateline_stays(line):
    body = body_of(f"{HARBOUR}\n\n📍 Bergen\n{line}\n\n{LEDE}\n\n{SECOND}")
    assert line not in body and "📍 Bergen" in body
    assert LEDE in body and SECOND in body


def test_an_app_share_banner_goes_and_names_the_outlet():
    article = clean(Article(lines=["Shared from the Fjordline Post app", "Open in app", "", HARBOUR, "", LEDE],
                            extractor="text"))
    assert "Fjordline" not in article.body and "Open in app" not in article.body
    assert ("credit", "Fjordline Post") in article.hints["signals"]
    assert article.hints["headline"] == HARBOUR


@pytest.mark.parametrize("line", [
    "Partilhar no Facebook", "Sdílet na Facebooku", "Zkopírovat odkaz", "Doba čtení: 6 minut",
    "Siga o Diário da Ribeira no WhatsApp", "Sledujte nás na Google News", "Follow The Harbour Post on Telegram",
    "Diskuze (58)", "Comentários (12)", "Zur Startseite", "Retour à l'accueil", "Přečtěte si také: Přístavy zdražují",
    "Translate post", "Post your reply", "See new posts",
])
def test_share_listen_follow_comment_and_home_lines_in_more_languages_go(line):
    body = body_of(f"{HARBOUR}\n\n{LEDE}\n\n{line}\n\n{SECOND}")
    assert line not in body and LEDE in body and SECOND in body


@pytest.mark.parametrize("sentence", [
    "Follow the money, the auditors told the committee on Tuesday.",
    "Follow-up talks with the shipping lines are planned on Monday.",
    "Readers can share their views on the fees with the port authority by e-mail.",
    "Full access to the port for €5 a tonne was the offer made to the operators last year.",
])
def test_sentences_with_follow_share_or_access_words_stay(sentence):
    body = body_of(f"{HARBOUR}\n\n{LEDE}\n\n{sentence}\n\n{SECOND}")
    assert sentence in body


def test_a_paywall_box_between_paragraphs_goes_and_the_text_after_it_stays():
    body = body_of("\n".join([HARBOUR, "", LEDE, "",
                              "To continue reading, subscribe to The Harbour Post.",
                              "Unlimited digital access for €2 a month for the first year. Cancel anytime.",
                              "Subscribe now", "", SECOND]))
    assert "continue reading" not in body and "Unlimited" not in body and "Subscribe now" not in body
    assert LEDE in body and SECOND in body


@pytest.mark.parametrize("menu", ["Nieuws  Binnenland  Buitenland  Sport", "Sections Search Subscribe Log in",
                                  "News World Politics Opinion"])
def test_a_horizontal_site_menu_at_the_top_goes_and_is_never_the_headline(menu):
    article = clean(Article(lines=["The Harbour Post", menu, "", HARBOUR, "", LEDE], extractor="text"))
    assert menu not in article.body and ("menu", menu) in article.hints["signals"]
    assert article.hints["headline"] == HARBOUR and LEDE in article.body


def test_a_title_case_headline_with_wide_gaps_inside_the_text_stays():
    line = "Ports  Raise  Fees"
    body = body_of(f"{HARBOUR}\n\n{LEDE}\n\n{line}\n\n{SECOND}")
    assert line in body


def test_a_german_agency_editors_code_glued_to_the_last_sentence_goes_and_the_sentence_stays():
    last = "Die Gebühren sollen ab April gelten."
    body = body_of(f"{HARBOUR}\n\n{LEDE}\n\n{SECOND} {last}/xyz/DP/he\n\n/ra/DP/zb")
    assert body.rstrip().endswith(last) and "/DP/" not in body


def test_attachment_sizes_go_and_the_attachments_label_takes_its_list():
    body = body_of("\n".join([HARBOUR, "", LEDE, "", SECOND, "", "Dokumente zum Download",
                              "- Jahresbericht der Hafenbehörde (PDF – 212 KB)",
                              "- Gebührenordnung 2025 [PDF, 1,2 MB]"]))
    assert "Download" not in body and "PDF" not in body and "Jahresbericht" not in body
    inline = body_of(f"{HARBOUR}\n\n{LEDE}\n\nThe full fee schedule (PDF – 96 Ko) lists every port.")
    assert "The full fee schedule lists every port." in inline


THREAD = """Post
Conversation
Jane Fairholm
@janefairholm
1/3 Nordic ports raised their fees again this week, and shipping lines say the increase will reach consumers before the summer is over.
9:05 AM · Mar 14, 2025
2.3K
Views
Jane Fairholm
@janefairholm
·
Mar 14
2/3 Bergen goes first, with Aarhus and Gothenburg following in April according to the port operators' joint statement.
Tom Okerlund
@tomokerlund
·
Mar 14
Replying to @janefairholm
Fees were always going to rise. Nobody in the industry is surprised by this at all.
12
Jane Fairholm
@janefairholm
·
Mar 14
Replying to @janefairholm
3/3 The operators say the money will pay for new quay walls and shore power for cruise ships.
Post your reply
Relevant people
Jane Fairholm
@janefairholm
Shipping reporter. Ports, logistics, the Baltic. Views my own.
Trending in Norway
#havneavgift"""


def test_a_thread_keeps_its_posts_and_drops_handles_counts_other_replies_and_the_sidebar():
    article = clean(Article(lines=THREAD.split("\n"), extractor="text"))
    body = article.body
    for post in ("1/3 Nordic ports", "2/3 Bergen goes first", "3/3 The operators say"):
        assert post in body, post  # a reply by the author to their own thread is the thread going on
    for junk in ("@janefairholm", "Jane Fairholm", "2.3K", "Views", "Mar 14", "Nobody in the industry",
                 "Post your reply", "Relevant people", "Shipping reporter", "Trending in Norway", "Tom Okerlund"):
        assert junk not in body, junk
    assert ("byline", "Jane Fairholm") in article.hints["signals"]


def test_a_price_portals_delay_note_goes_but_a_sentence_about_delays_stays():
    note = "Alle Kurse mit mindestens 20 Minuten Verzögerung. Keine Anlageberatung."
    sentence = "Deliveries of grain were delayed by at least 15 minutes at each lock, the operators said."
    body = body_of(f"{HARBOUR}\n\n{LEDE}\n\n{sentence}\n\n{SECOND}\n\n{note}")
    assert note not in body and "Anlageberatung" not in body
    assert sentence in body


# ---- ordinal stamps, Nordic chrome, printed-page footers, agency signatures, notices ----

_PARA = ("The harbour authority said on Monday that the new quay would open to container ships next spring "
         "after two years of delays and a long dispute over its cost.")
_PARA2 = ("Local traders welcomed the decision but warned that the access road still needed repairs before "
          "heavy lorries could use it every day of the week.")


def test_update_stamp_with_an_ordinal_day_goes():
    body = body_of(f"Quay opens next spring\nPosted 2nd March 2025, 08:00 GMT\nUpdated 3rd March 2025, 11:15 GMT\n{_PARA}")
    assert "Updated 3rd March" not in body and "Posted 2nd" not in body
    assert "container ships next spring" in body


def test_swedish_stamp_share_buttons_and_responsible_publisher_go():
    body = body_of(f"Kajen öppnar i vår\nPublicerad 2 mars 2025 kl. 08.15\nUppdaterad 2 mars 2025 kl. 10.05\n"
                   f"Dela\nLyssna\n{_PARA}\n{_PARA2}\nLäs också\nHamnen bygger ut kajen i norr\n"
                   "Ny färjelinje till Polen i höst\nDela artikeln\nAnsvarig utgivare: Anna Exempel")
    for junk in ("Uppdaterad", "Publicerad", "Dela", "Lyssna", "Läs också", "Hamnen bygger ut", "Ansvarig utgivare"):
        assert junk not in body
    assert "every day of the week." in body


def test_a_printed_pages_running_header_and_footer_go_when_their_columns_repeat():
    body = body_of(f"HARBOUR POLICY CENTRE          PORTS OUTLOOK No. 7\n\n{_PARA}\n\n"
                   "www.harbour-policy.example          1\n\nPORTS OUTLOOK No. 7          May 2025\n\n"
                   f"{_PARA2}\n\nwww.harbour-policy.example          2")
    assert "harbour-policy.example" not in body and "May 2025" not in body
    assert "container ships next spring" in body and "every day of the week." in body


def test_a_sidebar_column_that_appears_once_stays():
    body = body_of(f"The quay and its critics          KEY FIGURES\n\n{_PARA}\n\n{_PARA2}")
    assert "KEY FIGURES" in body


def test_authors_disclaimer_goes_but_a_report_on_views_stays():
    body = body_of(f"{_PARA}\n{_PARA2}\nThe writers are fellows at the centre. Views expressed are their own.")
    assert "Views expressed" not in body
    kept = "The minister said the views of local traders would be heard before the final decision on the quay."
    assert kept in body_of(f"{_PARA}\n{kept}")


def test_subscribe_to_our_channel_prompt_and_latest_news_list_go():
    body = body_of(f"{_PARA}\n{_PARA2}\nПідписуйтесь на наш Telegram-канал, щоб знати все!\nОстанні новини\n"
                   "14:05 У порту відкрили новий причал\n13:48 Мер: ремонт дороги почнеться влітку")
    assert "Telegram" not in body and "Останні новини" not in body and "ремонт дороги" not in body
    assert "every day of the week." in body


def test_developing_story_notice_goes_but_news_about_an_update_stays():
    body = body_of(f"{_PARA}\n\n*This article will be updated as more information becomes available.*\n\n{_PARA2}")
    assert "will be updated" not in body
    news = "The report will be updated next year, the harbour authority said in a statement on Monday."
    assert news in body_of(f"{_PARA}\n{news}\n{_PARA2}")


def test_an_agency_signature_after_the_last_sentence_goes_and_the_sentence_stays():
    last = "Los ministros debatirán el plan el jueves junto al alcalde, que ha sido invitado a la reunión."
    body = body_of(f"{_PARA}\n{_PARA2}\n{last} EFE\nabc/def/ghi\nPara comentar es necesario estar registrado")
    assert last in body
    assert not body.rstrip().endswith("EFE") and "Para comentar" not in body


def test_greek_and_turkish_furniture_goes_text_stays():
    body = body_of("Ο υπουργός μίλησε σήμερα στη Βουλή για το νέο πρόγραμμα εξοπλισμών και τις δαπάνες του.\n\n"
                   "ΔΙΑΦΗΜΙΣΗ\n\nΔιαβάστε επίσης: Νέο σχέδιο για τις φρεγάτες\n\n"
                   "Η κυβέρνηση αναμένει την έγκριση του κανονισμού μέσα στους επόμενους μήνες από το Συμβούλιο.\n\n"
                   "Ακολουθήστε μας στο Google News\nΜοιραστείτε το άρθρο\nΣχόλια (4)\n"
                   "Όροι χρήσης | Πολιτική απορρήτου | Επικοινωνία\nReklam\nTüm hakları saklıdır.")
    for junk in ("ΔΙΑΦΗΜΙΣΗ", "Διαβάστε", "Ακολουθήστε", "Μοιραστείτε", "Σχόλια", "Όροι", "Reklam", "haklar"):
        assert junk not in body
    assert "Ο υπουργός μίλησε" in body and "Η κυβέρνηση αναμένει" in body


def test_sponsored_teaser_paywall_reading_time_and_bookmark_lines_go():
    body = body_of("3' di lettura\n\nArtikel merken\nMark as unread\n\n"
                   "The minister told parliament on Tuesday that the bill would be tabled before the summer recess.\n\n"
                   "Sponsored: Six towns where rents fell last year\n\n"
                   "Abbonati per leggere tutti gli articoli. Il primo mese a 1 euro.\n"
                   "Abonnez-vous pour lire la suite\n\n"
                   "Opposition parties said they would table amendments and force a vote on the whole package.\n\n"
                   "Riproduzione riservata ©")
    for junk in ("di lettura", "merken", "unread", "Sponsored", "Abbonati", "Abonnez", "Riproduzione"):
        assert junk not in body
    assert "tabled before the summer recess" in body and "force a vote" in body


def test_sponsored_in_a_sentence_stays():
    body = body_of("The minister told parliament on Tuesday that the bill would be tabled before the summer recess.\n\n"
                   "Sponsored: the bill is backed by three parties and by the largest unions in the country.")
    assert "Sponsored: the bill is backed" in body


def test_zum_thema_box_goes_with_its_teasers_text_after_stays():
    body = body_of("Die Ministerin verteidigte am Freitag den Beitritt des Landes zu der europäischen Initiative.\n\n"
                   "Die Opposition verlangte eine Sondersitzung des Parlaments noch vor dem Ende des Monats.\n\n"
                   "Ein Experte hielt die Kritik für überzogen, eine Beistandspflicht gebe es nämlich nicht.\n\n"
                   "Zum Thema\nNeutralität: Was das Land im Ernstfall tun dürfte\nBudget: Entscheidung bis Herbst\n\n"
                   "Die Regierung habe sich im Koalitionsabkommen klar und ohne jeden Vorbehalt zu der gemeinsamen "
                   "Initiative der europäischen Staaten bekannt, sagte sie am Abend.\n\n"
                   "Die ersten Einheiten des neuen Systems sollen nach den Plänen des Ministeriums im kommenden Jahr "
                   "geliefert werden, die Kosten werden auf rund eine Milliarde Euro geschätzt.\n\n"
                   "Zum Weiterlesen\nLandesverteidigung: Budget steigt auf zwei Prozent")
    for junk in ("Zum Thema", "Neutralität:", "Budget: Entscheidung", "Weiterlesen", "Landesverteidigung"):
        assert junk not in body
    assert "Koalitionsabkommen" in body


def test_authored_markdown_drops_only_whole_furniture_paragraphs(registry):
    text = ("---\ntitle: Leaders meet in London\ndate: 2025-03-02\nsource: Test Notes\n---\n\n"
            "# Leaders meet in London\n\nListen to this article\nShare this article\nImage: The hall (Pool photo)\n\n"
            "The prime minister gathered leaders on Sunday to put support for the country on a steady footing.\n\n"
            "Related: What the meeting means for the deal\nAdvertisement\n\n"
            "## Europe\n\nEurope\n\n- Share this article\n\n> Advertisement\n\n"
            "Read more about it [here](https://example.org). Advertisement spending rose.\n\n"
            "Sign up to the Test Notes weekly briefing\n")
    article = ingest_text(text, registry, name="note.md") if "name" in ingest_text.__code__.co_varnames \
        else ingest_bytes(text.encode(), "note.md", registry, today=TODAY)
    body = article.body
    for junk in ("Listen to this article", "Image: The hall", "Related: What", "\nAdvertisement\n", "Sign up"):
        assert junk not in body
    for kept in ("# Leaders meet", "steady footing", "## Europe", "\nEurope\n", "- Share this article",
                 "> Advertisement", "[here](https://example.org)"):
        assert kept in body


def test_baltic_hungarian_and_read_later_furniture_lines():
    from generator.ingest.clean import _is_ui, _key, _words
    from generator.ingest import patterns as P
    for line in ["Lire plus tard", "Read aloud", "Prisijungti", "Dalintis", "Komentarai (12)", "Megosztás",
                 "Tetszik 98", "Like 1.2K", "Subscribe to the Morning Ledger"]:
        assert _is_ui(_key(line), _words(line)), line
    assert P.COOKIE_OR_NEWSLETTER.search("Gaukite kiekvieną rytą svarbiausias žinias.")
    assert P.COOKIE_OR_NEWSLETTER.search("Prenumeruokite mūsų naujienlaiškį")
    assert P.COOKIE_OR_NEWSLETTER.search("Naudodamiesi šia svetaine sutinkate su slapukų naudojimu.")
    assert P.RELATED_HEAD.match("skaitykite daugiau") and P.RELATED_HEAD.match("seotud artiklid")
    assert P.BYLINE.match("Szerző: Nagy Eszter")
    # text stays: a sentence about likes or mornings is not furniture
    assert not _is_ui(_key("Like 40 other countries, Latvia agreed."), 6)
    assert not P.COOKIE_OR_NEWSLETTER.search("The minister said he receives every morning a security briefing.")


def test_authored_body_sees_through_emphasis_and_separators():
    from generator.ingest.clean import _authored_furniture
    body = "A paragraph of the author's own text about the summit in Brussels today.\n\n" \
           "*Share this article* · *Subscribe to the Harbour Notes*\n\n*An italic aside by the author stays.*"
    out, dropped = _authored_furniture(body)
    assert dropped == 1 and "Share this" not in out and "italic aside" in out
