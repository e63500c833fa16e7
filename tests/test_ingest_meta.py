"""Source: the outlet a text names (site name, masthead, copyright line, publication stamp)."""

from __future__ import annotations

import pytest

from tests.conftest import ingest_text as ingest

LEDE = ("Harbour authorities along the North Sea coast reported a sharp fall in transit volumes for the "
        "first quarter, blaming weaker demand and higher insurance costs.")


def test_copyright_year_range_is_not_part_of_the_name(registry):
    article = ingest(f"Ports report weak first quarter\n\n{LEDE}\n\n© 2009-2026 Tidewater Review. All rights "
                     "reserved.\n", registry)
    assert article.source == "Tidewater Review"


def test_a_dash_inside_a_publisher_name_is_kept(registry):
    article = ingest(f"Ports report weak first quarter\n\n{LEDE}\n\n© Baltic–Nordic Policy Centre 2024. Quotation "
                     "permitted with attribution.\n", registry)
    assert article.source == "Baltic–Nordic Policy Centre"


def test_registered_outlet_named_by_the_masthead_line(registry):
    """A pasted page opens with the outlet's name over its menu; a repeated menu label is no source."""
    text = ("Skip to content\nThe Times of London\nWorld\nPolitics\nEnergy and ports\n\n"
            f"Ports report weak first quarter\nPublished 4 hours ago\n\n{LEDE}\n\n{LEDE}\n\n"
            "Related topics\nEnergy and ports\n")
    assert ingest(text, registry).source == "The Times"


def test_publisher_named_in_the_publication_stamp(registry):
    text = f"Ports report weak first quarter\n\nPublished 14 April 2025 – Harbour Gazette\n\n{LEDE}\n\n{LEDE}\n"
    assert ingest(text, registry).source == "Harbour Gazette"


def _page(head: str) -> str:
    body = "".join(f"<p>{LEDE}</p>" for _ in range(3))
    return (f"<!doctype html><html lang='en'><head>{head}</head><body><article>"
            f"<h1>Ports report weak first quarter as insurance costs climb</h1>{body}</article></body></html>")


def test_title_suffix_names_the_site_when_only_the_host_is_known(registry):
    page = _page("<title>Ports report weak first quarter as insurance costs climb | The Tidewater Review</title>"
                 '<link rel="canonical" href="https://tidewater.example/a/9911">')
    assert ingest(page, registry, "ports.html").source == "The Tidewater Review"


def test_og_site_name_stays_first(registry):
    page = _page("<title>Ports report weak first quarter as insurance costs climb | Tidewater</title>"
                 '<meta property="og:site_name" content="The Tidewater Review">')
    assert ingest(page, registry, "ports.html").source == "The Tidewater Review"


def test_quotation_marks_around_a_publisher_are_not_part_of_it(registry):
    for quoted in ("«Harbour Review»", "„Harbour Review“", "“Harbour Review”", '"Harbour Review"'):
        article = ingest(f"Ports report weak first quarter\n\n{LEDE}\n\n© 2025 {quoted}. All rights reserved.\n",
                         registry)
        assert article.source == "Harbour Review", quoted


def test_copyright_line_swallowed_with_the_related_block_still_names_the_publisher(registry):
    text = (f"Ports report weak first quarter\n\n{LEDE}\n\n{LEDE}\n\nMost read\nFerry line closed by storm\n"
            "Insurers raise premiums for North Sea routes\n© 2025 Tidewater Review\nPrivacy\nContact\n")
    assert ingest(text, registry).source == "Tidewater Review"


def test_holder_before_the_copyright_sign(registry):
    text = f"Ports report weak first quarter\n\n{LEDE}\n\n{LEDE}\n\nTidewater Review © 2025. All rights reserved.\n"
    assert ingest(text, registry).source == "Tidewater Review"


def test_a_caption_ending_with_a_copyright_year_is_no_publisher(registry):
    text = (f"Ports report weak first quarter\n\n{LEDE}\n\nCranes stand idle at the container terminal on a grey "
            f"Tuesday morning © 2025\n\n{LEDE}\n")
    assert ingest(text, registry).source is None


def test_issuer_of_a_press_release_label(registry):
    text = (f"Ports Authority of the North – Press release 17/25\n12 May 2025\nPorts report weak first quarter\n\n"
            f"{LEDE}\n\n{LEDE}\n")
    assert ingest(text, registry).source == "Ports Authority of the North"


@pytest.mark.parametrize("bar,original", [
    ("This page has been translated from Czech. Show original", "cs"),
    ("Diese Seite wurde aus dem Polnischen übersetzt. Original anzeigen", "pl"),
    ("Questa pagina è stata tradotta dal polacco", "pl"),
])
def test_translator_bar_names_the_original_language(bar, original, registry):
    article = ingest(f"{bar}\nPorts report weak first quarter\n\n{LEDE}\n\n{LEDE}\n", registry)
    assert article.translated is True
    assert article.original_language == original


def test_translation_notice_above_the_headline_of_a_page(registry):
    """trafilatura keeps the story only; the page's notice and its link to the original are read
    from the page, and the linked page's hreflang is the original's language."""
    page = ('<!doctype html><html lang="en"><head>'
            '<link rel="alternate" hreflang="lt" href="https://uostas.example/lt/naujienos/42">'
            '<link rel="alternate" hreflang="en" href="https://uostas.example/en/news/42"></head><body>'
            '<div class="notice">This article was translated automatically. '
            '<a href="https://uostas.example/lt/naujienos/42">Read the original</a></div>'
            '<article><h1>Ports report weak first quarter as insurance costs climb</h1>'
            + "".join(f"<p>{LEDE}</p>" for _ in range(3)) + "</article></body></html>")
    article = ingest(page, registry, "ports.html")
    assert article.translated is True
    assert article.original_language == "lt"


# ---- outlets named by app chrome, web addresses and platform footers -----------------------------

def test_app_share_line_names_the_outlet(registry):
    text = (f"Shared from the Tidewater Review app\nOpen in app\n\nPorts report weak first quarter\n\n"
            f"{LEDE}\n\n{LEDE}\n")
    assert ingest(text, registry).source == "Tidewater Review"


def test_outlet_named_by_its_web_address_keeps_the_address(registry):
    text = (f"Hafenblatt.example\n\nPorts report weak first quarter\n\n{LEDE}\n\n{LEDE}\n\n"
            "© 2025 Hafenblatt.example, alle Rechte vorbehalten\n")
    assert ingest(text, registry).source == "Hafenblatt.example"


def test_a_link_to_the_site_does_not_turn_the_name_into_an_address(registry):
    text = (f"Ports report weak first quarter\n\n{LEDE}\n\n{LEDE}\n\n© 2025 Tidewater. All rights reserved.\n"
            "More at https://www.Tidewater.example/ports\n")
    assert ingest(text, registry).source == "Tidewater"


def test_corp_after_a_platform_name_is_not_part_of_the_source(registry):
    text = f"Ports report weak first quarter\n\n{LEDE}\n\n{LEDE}\n\n© 2025 Harbourline Corp.\n"
    assert ingest(text, registry).source == "Harbourline"


def test_corporation_spelled_out_stays_in_the_name(registry):
    text = f"Ports report weak first quarter\n\n{LEDE}\n\n{LEDE}\n\n© 2025 Harbour Broadcasting Corporation\n"
    assert ingest(text, registry).source == "Harbour Broadcasting Corporation"


def test_html_lang_loses_to_the_language_of_the_text(registry):
    texto = ("Las autoridades portuarias de la costa del mar del Norte registraron una fuerte caída del tráfico "
             "en el primer trimestre, por la menor demanda y el aumento de los costes de los seguros.")
    page = ("<!doctype html><html lang='en'><head><meta property='og:locale' content='es_ES'></head><body>"
            f"<article><h1>Los puertos registran un primer trimestre débil</h1><p>{texto}</p><p>{texto}</p>"
            "</article></body></html>")
    assert ingest(page, registry, "puertos.html").language == "es"


_LEDE = ("The harbour board met on Monday to discuss the new ferry timetable for the winter season ahead.\n"
         "Members agreed that the late sailing would stay, although the morning crossing will move earlier.\n")


def test_masthead_beats_the_publishing_company_in_the_copyright(registry):
    text = ("The Lowfield Courier\nNews\nSport\nHarbour board keeps the late ferry sailing for winter\n"
            "Published 11 March 2025\n" + _LEDE + "© 2025 Lowfield Media Group Ltd. All rights reserved.\n")
    assert ingest(text, registry).source == "The Lowfield Courier"


def test_name_with_a_dot_word_keeps_it_as_spelled(registry):
    text = ("Harbour board keeps the late ferry sailing for winter\n11 March 2025\n" + _LEDE
            + "© 2025 Гавань.Інфо. Усі права захищено.\n")
    assert ingest(text, registry).source == "Гавань.Інфо"


FEED_PASTE = """Inoreader
All articles
The Harbour Courier — World
Visit Website
Mark as read
Save to board

Port authority approves the long-delayed northern quay extension
The Harbour Courier / by Ana Lindqvist / Apr 3, 2024

The port authority on Wednesday approved the extension of the northern quay, ending a dispute that had lasted three years.

Local businesses welcomed the decision, saying it would bring new shipping lines and jobs to the town within two years.

Read more on The Harbour Courier
Mark as read
Save to board
"""


def test_feed_reader_paste_names_the_outlet_of_its_byline_line(registry):
    article = ingest(FEED_PASTE, registry)
    assert article.source == "The Harbour Courier"
    assert article.title == "Port authority approves the long-delayed northern quay extension"


def test_outlet_in_a_readers_byline_line():
    from generator.ingest.meta import outlet_in_byline
    assert outlet_in_byline("The Harbour Courier / by Ana Lindqvist / Apr 3, 2024") == "The Harbour Courier"
    assert outlet_in_byline("By Ana Lindqvist / Apr 3, 2024") is None
    assert outlet_in_byline("Brussels / Strasbourg / Apr 3, 2024") is None


def test_news_app_more_from_footer_names_the_outlet(registry):
    text = (f"Top stories\nPorts report weak first quarter\nFollow\nPublished April 10, 2025\n\n{LEDE}\n\n{LEDE}\n\n"
            "More from The Saltmarsh Courier\nDockers vote on new strike\nShow more\n")
    assert ingest(text, registry).source == "The Saltmarsh Courier"


def test_more_from_a_section_is_no_outlet(registry):
    text = f"Ports report weak first quarter\n\n{LEDE}\n\n{LEDE}\n\nMore from Europe\nDockers vote on new strike\n"
    assert ingest(text, registry).source is None


def test_masthead_over_a_section_label_names_the_outlet(registry):
    text = (f"Hamburger Hafenkurier\nBusiness\nPorts report weak first quarter\nBy Jan Meier\n\n{LEDE}\n\n{LEDE}\n")
    assert ingest(text, registry).source == "Hamburger Hafenkurier"

