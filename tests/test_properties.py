"""Property-based tests: the front-matter round trip, and ingest on arbitrary bytes.

Example counts are modest so the suite stays fast; hypothesis keeps the failing examples it
finds in .hypothesis/ and replays them first on the next run.
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generator.errors import BriefingError
from generator.ingest.pipeline import ingest_bytes
from generator.ingest.store import check_storable
from generator.model import Article, DateCandidate
from generator.registry import Registry

# Any unicode a scraped page could hold, except lone surrogates (not encodable as UTF-8 at all).
ANY_TEXT = st.text(st.characters(blacklist_categories=("Cs",)), max_size=80)
# Values the model stores as given: non-blank, and names already trimmed (the loader trims them).
TITLE = ANY_TEXT.filter(lambda t: t.strip() != "")
NAME = ANY_TEXT.map(str.strip).filter(bool)
BODY = st.text(st.characters(blacklist_categories=("Cs",)), max_size=400).map(str.strip)
DATE = st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 12, 31))
OPTIONAL = st.none() | ANY_TEXT.filter(bool)

articles = st.builds(
    Article,
    title=TITLE,
    date=st.none() | DATE,
    source=OPTIONAL,
    language=st.none() | st.sampled_from(["en", "de", "fr", "ru", "uk", "pl"]),
    people=st.lists(NAME, max_size=5),
    topics=st.lists(NAME, max_size=5),
    summary=ANY_TEXT,
    body=BODY,
    title_derived=st.booleans(),
    date_candidates=st.lists(st.builds(DateCandidate, date=DATE,
                                       kind=st.sampled_from(["marker", "dateline", "text"]),
                                       text=ANY_TEXT, inferred_year=st.booleans()), max_size=3),
    author=OPTIONAL,
    url=OPTIONAL,
    raw_file=OPTIONAL,
    warnings=st.lists(NAME, max_size=3),
)


def comparable(article: Article) -> dict:
    """What an article is, as front matter plus body (working fields excluded)."""
    return {**article.front_matter(), "body": article.body}


@settings(max_examples=150, deadline=None)
@given(articles)
def test_front_matter_round_trip_gives_back_the_same_article(article):
    text = article.dumps()
    again = Article.loads(text, "round-trip.md")
    assert comparable(again) == comparable(article)
    # ...and dumping the loaded article gives back the very same file.
    assert again.dumps() == text


@settings(max_examples=150, deadline=None)
@given(articles)
def test_a_dumped_article_is_not_reported_as_edited(article):
    from generator.model import edited_since_ingest

    text = article.dumps()
    assert not edited_since_ingest(text)
    assert edited_since_ingest(text.replace("\n---\n", "\n---\n\nAn author's note.\n", 1))


EMPTY_REGISTRY = Registry()
TEXTY_BYTES = st.one_of(
    st.binary(max_size=3000),
    ANY_TEXT.map(lambda t: t.encode("utf-8")),
    st.text(max_size=2000).map(lambda t: t.encode("utf-8", "surrogatepass")),
    st.lists(st.sampled_from([
        b"---\n", b"title: ", b"date: ", b"people: ", b"[", b"]", b"{", b"- ", b"\n", b"  ",
        b"!!python/object:os.system", b"&a ", b"*a", b"2025-02-30", b"yesterday", b"\xff",
        b"<html>", b"<p>", b"</p>", b"<script>", b"<title>", b"</title>", b"\x00", b"\r\n",
        b"Brussels, 3 March 2025 (AFP) - ", b"Kaja Kallas ", b"Updated: ", b"By ", b"\xd0\x9b",
    ]), max_size=40).map(b"".join),
)


@pytest.mark.parametrize("suffix", [".txt", ".md", ".html"])
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=TEXTY_BYTES)
def test_ingest_raises_only_the_projects_own_errors(suffix, data, registry_for_properties):
    try:
        article = ingest_bytes(data, f"input{suffix}", registry_for_properties)
        check_storable(article)
    except BriefingError as exc:
        assert str(exc).startswith(f"input{suffix}"), "the error must name the file"
        return
    # Whatever the store accepts, the site can read back.
    again = Article.loads(article.dumps(), "stored.md")
    assert again.title == article.title and again.body == article.body.strip()


@pytest.fixture(scope="module")
def registry_for_properties():
    """The shipped registries when they load, else an empty one (ingest must cope with both)."""
    from generator.registry import load_registry

    try:
        return load_registry()
    except (BriefingError, OSError):
        return EMPTY_REGISTRY
