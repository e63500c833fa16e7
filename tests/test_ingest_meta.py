"""Source: the outlet a text names (site name, masthead, copyright line, publication stamp)."""

from __future__ import annotations

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
