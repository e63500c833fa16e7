"""Titles: the headline where there is one; otherwise a short faithful title, marked derived."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.conftest import ingest_text as ingest
from generator.ingest.title import clean_html_title, is_furniture, shorten

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


LEDE2 = ("Officials said the talks would resume after the summer, once the new budget figures are known "
         "and the port authorities have reported back.")


def test_site_tagline_above_the_menu_is_not_the_title(registry):
    """A tagline at the top of a pasted page, cut off from the byline by the site menu."""
    text = ("Independent reporting on trade, energy and the northern seas\nShipping\nEnergy\nPorts\nOpinion\n\n"
            "Trade\nDutch ports brace for a slower year as transit volumes fall\nBy Ineke Vos and Pieter Laan\n"
            f"12 March 2025, 09:15 CET\n\n{LEDE}\n\n{LEDE2}\n")
    article = ingest(text, registry)
    assert article.title == "Dutch ports brace for a slower year as transit volumes fall"
    assert "Independent reporting on trade" not in article.body
    assert article.body.startswith("Defence ministers") or "Defence ministers" in article.body


def test_cookie_banner_title_is_not_the_title(registry):
    """The title of a consent banner above the masthead: the headline is the line over the stamp."""
    text = ("Votre vie privée nous importe\n"
            "Nous et nos partenaires stockons et consultons des informations sur votre appareil, comme des "
            "identifiants uniques, afin de mesurer l'audience et de personnaliser les contenus proposés.\n"
            "Tout accepter\nParamétrer\nContinuer sans accepter\n\nLE JOURNAL DE LA MANCHE\nRégion\nSports\n\n"
            "Politique\nLe gouvernement présente un plan pour les ports de la Manche\n"
            "Publié le 4 février 2025 à 10h12\nPar Claire Dubois\n\n"
            "Le ministre des Transports a présenté mardi à Cherbourg un plan de modernisation des ports de la "
            "Manche, doté de 300 millions d'euros sur cinq ans.\n\n"
            "Les élus locaux ont salué l'annonce, tout en demandant des garanties sur le calendrier des "
            "travaux et sur l'emploi dans les chantiers navals.\n")
    article = ingest(text, registry)
    assert article.title == "Le gouvernement présente un plan pour les ports de la Manche"
    assert article.date == dt.date(2025, 2, 4)


def test_a_standfirst_between_headline_and_byline_does_not_take_the_title(registry):
    text = ("Dutch ports brace for a slower year as transit volumes fall\n\n"
            "Rotterdam and Amsterdam expect fewer container calls through the autumn months\n"
            f"By Ineke Vos\n12 March 2025\n\n{LEDE}\n\n{LEDE2}\n")
    assert ingest(text, registry).title == "Dutch ports brace for a slower year as transit volumes fall"


def test_second_line_of_a_name_on_a_cover_is_not_the_title(registry):
    """A cover page: the publisher's name set on two lines, the second opening in lower case."""
    text = ("NORTHERN LIGHTS FOUNDATION\nfor Arctic Policy and Research\n\nWORKING PAPER 3/2024\n\n"
            "Ice, Ports and Power:\nShipping Routes in a Warming Arctic\n\nAnna Berg and Lars Holm\n\n"
            f"Tromsø, 5 September 2024\n\n{LEDE}\n")
    article = ingest(text, registry)
    assert article.title == "Ice, Ports and Power: Shipping Routes in a Warming Arctic"
    assert article.date == dt.date(2024, 9, 5)
    assert "for Arctic Policy and Research" not in article.body


PAGE_TEXT = "".join(f"<p>{s}</p>\n" for s in (LEDE, LEDE2, LEDE.replace("Friday", "Saturday")))


def _page(head: str, body: str) -> str:
    return f"<!doctype html><html lang='en'><head>{head}</head><body>{body}</body></html>"


def test_visible_headline_beats_a_reworded_og_title(registry):
    page = _page('<title>Ports brace as volumes fall | The Tidewater Review</title>'
                 '<meta property="og:title" content="Ports brace as volumes fall | The Tidewater Review">'
                 '<meta property="og:site_name" content="The Tidewater Review">',
                 "<article><h1>Dutch ports brace for a slower year as transit volumes fall</h1>"
                 f"{PAGE_TEXT}</article>")
    article = ingest(page, registry, "ports.html")
    assert article.title == "Dutch ports brace for a slower year as transit volumes fall"
    assert article.source == "The Tidewater Review"


def test_site_name_h1_gives_way_to_the_next_heading(registry):
    """The <h1> links to the home page (the site's name, as is the <title>); the headline is the <h2>."""
    page = _page("<title>The Tidewater Review</title>",
                 '<header><h1><a href="/">The Tidewater Review</a></h1></header>'
                 "<article><h2>Dutch ports brace for a slower year as transit volumes fall</h2>"
                 f"{PAGE_TEXT}</article>")
    article = ingest(page, registry, "ports.html")
    assert article.title == "Dutch ports brace for a slower year as transit volumes fall"
    assert article.source == "The Tidewater Review"


def test_an_unrelated_first_heading_does_not_replace_the_page_title(registry):
    """A consent banner's <h1> shares no words with the og:title: the og:title stays the headline."""
    page = _page("<title>Dutch ports brace for a slower year as transit volumes fall - Tidewater</title>"
                 '<meta property="og:title" content="Dutch ports brace for a slower year as transit volumes fall">',
                 "<div class='consent'><h1>We care about your privacy</h1></div>"
                 f"<article>{PAGE_TEXT}</article>")
    article = ingest(page, registry, "ports.html")
    assert article.title == "Dutch ports brace for a slower year as transit volumes fall"


def test_share_buttons_under_the_headline_do_not_move_the_title(registry):
    text = ("Dutch ports brace for a slower year as transit volumes fall\nShare\nEmail\nPrint\n\n"
            "Rotterdam and Amsterdam expect fewer container calls through the autumn months\n"
            f"By Ineke Vos\n12 March 2025\n\n{LEDE}\n\n{LEDE2}\n")
    assert ingest(text, registry).title == "Dutch ports brace for a slower year as transit volumes fall"


def test_a_notice_above_the_page_does_not_hide_the_headline_over_the_stamp(registry):
    """A lone paragraph opens the paste (a notice with its button): the cleaner sees no headline
    above it, but the line right over the date stamp is one."""
    text = ("This copy of the page was saved for the archive; some of its links and pictures may no longer "
            "work as they did.\nClose\n\nShipping\nDutch ports brace for a slower year as transit volumes fall\n"
            f"Published 12 March 2025, 09:15\n\n{LEDE}\n\n{LEDE2}\n")
    article = ingest(text, registry)
    assert article.title == "Dutch ports brace for a slower year as transit volumes fall"
    assert article.title_derived is False


PRESS_LEDE = ("The ministers today adopted a decision releasing the second tranche of support for the "
              "reconstruction of the river ports, worth €420 million, after the Commission's positive assessment.")


def test_headline_under_a_press_release_label_beats_the_institution_above_it(registry):
    """'Press release 41/24' and its date head the headline; the institution's name over them is the
    site's header, however headline-like it reads."""
    text = ("Skip to content\nCouncil of the Danube States\nDanube Council\nCouncil of the Danube Region States\n"
            "Home\nPress\nPress releases\nDanube Council – Press release 41/24\n3 June 2024\n11:05\n"
            "River ports: ministers release second tranche of €420 million\nDownload as pdf\nPrint\n\n"
            f"{PRESS_LEDE}\n\n{PRESS_LEDE}\n")
    article = ingest(text, registry)
    assert article.title == "River ports: ministers release second tranche of €420 million"
    assert article.source == "Danube Council"
    assert article.date == dt.date(2024, 6, 3)


def test_a_headline_above_a_press_release_label_stays(registry):
    text = (f"River ports get their second tranche of support\nPressemitteilung Nr. 12/2024\n3 June 2024\n\n"
            f"{PRESS_LEDE}\n\n{PRESS_LEDE}\n")
    assert ingest(text, registry).title == "River ports get their second tranche of support"


def test_a_transcript_label_over_the_programme_name_gives_no_headline(registry):
    """'Transcript', the programme's name and its air date name the document, not the story."""
    text = ("RIVER RADIO\nTranscript\nPorts Weekly\nAired: Friday 7 June 2024, 19:00 CET\n"
            "Presenter: Ana Costa | Producer: Piet Claes\n\n"
            f"{LEDE}\n\nQ: Will the aid reach the eastern front before the winter?\n\n{LEDE}\n")
    article = ingest(text, registry)
    assert article.title_derived is True
    assert article.title.startswith("Defence ministers from five European countries")
    assert article.date == dt.date(2024, 6, 7)


def test_headline_over_the_stamps_is_not_a_photo_caption(registry):
    """A photo credit under the stamps ('Фото: AP') does not make the headline above them a caption."""
    lede = ("Министры обороны пяти европейских стран встретились в Кракове и пообещали продолжить военную "
            "помощь Украине, пока идут переговоры.")
    text = ("Вечерний вестник\nГлавное\nПолитика\nВ мире\nПолитика\n"
            "Министры обороны Европы договорились о помощи Украине в Кракове\n7 июня 2024, 10:20\n"
            f"Обновлено: 7 июня 2024, 12:05\nФото: AP\n{lede}\n\n{lede}\n\n© 2024 «Вечерний вестник»\n")
    article = ingest(text, registry)
    assert article.title == "Министры обороны Европы договорились о помощи Украине в Кракове"
    assert article.date == dt.date(2024, 6, 7)
    assert article.source == "Вечерний вестник"


# ---- page furniture is never the headline --------------------------------------------------------

HARBOUR_HEADLINE = "Dutch ports brace for a slower year as transit volumes fall"


@pytest.mark.parametrize("chrome", [
    "Harbour  World  Business  Opinion  Culture",             # a menu bar, items set apart by wide spaces
    "Sections Search Subscribe Log in",                        # single spaces: most items are UI words
    "Hafenblatt.example – Häfen, Schiffe, Märkte",             # a web address with its tagline
])
def test_page_furniture_above_the_headline_is_not_the_title(chrome, registry):
    article = ingest(f"{chrome}\n\n{HARBOUR_HEADLINE}\n\n{LEDE}\n\n{LEDE2}\n", registry)
    assert article.title == HARBOUR_HEADLINE
    assert article.title_derived is False
    assert chrome not in article.body


@pytest.mark.parametrize("line", [
    "News  World  Business  Opinion", "Nyheter | Inrikes | Utrikes | Ekonomi", "Sections Search Subscribe Log in",
    "Shared from the Tidewater Review app", "Geteilt aus der Hafenblatt-App", "See new posts",
    "Show more replies", "Read the original", "Hafenblatt.example", "Hafenblatt.example | Häfen und Märkte",
])
def test_lines_of_page_furniture(line):
    assert is_furniture(line, {})


@pytest.mark.parametrize("line", [
    HARBOUR_HEADLINE, "Dutch Ports Say No To Europe On Insurance Costs", "Open Letter Urges Ports To Act",
    "Why Tidewater.example moved its servers to the harbour", "Show of force as navies gather off the coast",
])
def test_headlines_are_not_furniture(line):
    assert not is_furniture(line, {})


def test_a_line_naming_the_site_is_furniture():
    assert is_furniture("The Tidewater Review – News from the North Sea", {"html_sitename": "The Tidewater Review"})


def test_a_title_case_headline_with_a_few_ui_words_is_still_a_headline(registry):
    headline = "Dutch Ports Say No To Europe On Insurance Costs"
    article = ingest(f"{headline}\n\n{LEDE}\n\n{LEDE2}\n", registry)
    assert article.title == headline


def test_a_headline_naming_a_web_address_is_still_a_headline(registry):
    headline = "Why Tidewater.example moved its servers to the harbour"
    article = ingest(f"{headline}\n\n{LEDE}\n\n{LEDE2}\n", registry)
    assert article.title == headline


def test_thread_without_headline_gets_a_derived_title_without_the_post_number(registry):
    text = ("See new posts\nConversation\nA. Harbourmaster\n@harbourmaster\n"
            "1/4 Transit volumes at the Dutch ports fell sharply in the first quarter. Here is why it matters "
            "for the rest of the North Sea coast and its insurers 🧵\n1:12 AM · May 19, 2025\n"
            "2/4 Insurers raised premiums twice since January, and shippers have started to reroute cargo.\n")
    article = ingest(text, registry)
    assert article.title_derived is True
    assert article.title.startswith("Transit volumes at the Dutch ports fell sharply")



_LEDE = ("The harbour board met on Monday to discuss the new ferry timetable for the winter season ahead.\n"
         "Members agreed that the late sailing would stay, although the morning crossing will move earlier.\n")


def test_subscription_offer_is_furniture_not_headline(registry):
    assert is_furniture("Subscribe from $2 a month", {})
    assert is_furniture("Jetzt abonnieren – 4 Wochen gratis", {})
    assert not is_furniture("Subscribers to the ferry pass face higher fares", {})
    text = ("Subscribe from £2 a month\nThe Lowfield Courier\nNews\nSport\n"
            "Harbour board keeps the late ferry sailing for winter\nBy A. Writer\n"
            "Published 11 March 2025\n" + _LEDE)
    assert ingest(text, registry).title == "Harbour board keeps the late ferry sailing for winter"


def test_photo_caption_with_credit_is_not_the_headline(registry):
    text = ("Hamnstyrelsen behåller den sena turen över vintern\n"
            "Styrelsen röstade om tidtabellen på måndagen efter en lång debatt om kostnaderna för hamnen.\n"
            "Färjan vid kajen i går kväll. Foto: A. Fotograf/Tidningen\n"
            "Publicerad 5 mars 2025 kl. 07.30\n" + _LEDE)
    assert ingest(text, registry).title == "Hamnstyrelsen behåller den sena turen över vintern"


def test_two_column_headline_is_joined_without_the_sidebar(registry):
    text = ("LOWFIELD TRANSPORT INSTITUTE                 POLICY PAPER No. 3\n"
            "                                             2 May 2025\n\n"
            "Keeping the Late Ferry: What Does                  AT A GLANCE\n"
            "the Winter Timetable Cost?\n"
            "                                                   3 sailings\n" + _LEDE)
    article = ingest(text, registry)
    assert article.title == "Keeping the Late Ferry: What Does the Winter Timetable Cost?"
    assert "AT A GLANCE" not in article.title


def test_masthead_over_menu_is_not_the_title():
    from generator.ingest.title import _masthead_line
    lines = ["Skip to content", "The Quayside Courier", "News | Sport | Business", "Harbour dues rise for the third year running", "3 May 2023"]
    assert _masthead_line(lines, "The Quayside Courier")
    assert not _masthead_line(lines, "Harbour dues rise for the third year running")


def test_article_header_h1_beats_a_rewritten_og_title(registry):
    """The <h1> in the story's own header wins over a share title reworded with a section prefix."""
    page = _page('<title>Harbour levy approved by council | Business | The Tidewater Review</title>'
                 '<meta property="og:title" content="Business: Harbour levy approved by council">',
                 "<nav><a href='/'>The Tidewater Review</a></nav><main><article>"
                 "<header class='article-header'><h1>Shippers will pay more to dock in Rotterdam from April</h1>"
                 f"</header>{PAGE_TEXT}</article></main>")
    article = ingest(page, registry, "levy.html")
    assert article.title == "Shippers will pay more to dock in Rotterdam from April"
