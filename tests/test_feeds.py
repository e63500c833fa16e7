"""Atom feeds: valid for a real feed parser, linked from their pages, holding the right articles."""

from __future__ import annotations

import datetime as dt
import re
import urllib.parse

import pytest
import yaml

from generator.catalog import Catalog, Entry
from generator.feeds import feed_context, feed_links, plan_feeds, updated_of
from generator.model import Article
from generator.pages import Renderer
from generator.registry import Person, Registry, Topic

from conftest import ROOT

feedparser = pytest.importorskip("feedparser")


def _catalog() -> Catalog:
    registry = Registry(people=[Person("Kaja Kallas", "kaja-kallas", aliases=["Kaia Kallas"])],
                        topics=[Topic("Ukraine", "ukraine")])
    articles = [
        ("articles/2025/a.md", Article(title="Kallas <in> Kyiv & more", date=dt.date(2025, 3, 2),
                                       source="Wire", people=["Kaia Kallas"], topics=["Ukraine"],
                                       summary="She said \"yes\" & left.")),
        ("articles/2025/b.md", Article(title="Loan talks", date=dt.date(2025, 5, 1), topics=["Ukraine"])),
        ("articles/undated/c.md", Article(title="Undated note", people=["Kaja Kallas"])),
    ]
    return Catalog([Entry(uri, a) for uri, a in articles], registry)


def _render(feed, site_url="https://example.org/arch/"):
    renderer = Renderer(ROOT / "templates" / "pages")
    url_of = lambda uri: uri[: -len(".md")] + "/" if uri != "index.md" else ""  # noqa: E731
    return renderer.render_template("feed.xml.j2", feed.uri,
                                    **feed_context(feed, "Test Archive", site_url, url_of))


def test_plan_has_an_archive_feed_and_one_per_person_and_topic():
    feeds = {f.uri: f for f in plan_feeds(_catalog(), size=10)}
    assert set(feeds) == {"feed.xml", "feeds/people/kaja-kallas.xml", "feeds/topics/ukraine.xml"}
    assert [e.src_uri for e in feeds["feeds/people/kaja-kallas.xml"].entries] == [
        "articles/2025/a.md", "articles/undated/c.md"]
    assert len(plan_feeds(_catalog(), size=1)[0].entries) == 1


def test_feed_links_of_a_page_and_its_later_pages():
    feeds = plan_feeds(_catalog(), size=10)
    assert [f["uri"] for f in feed_links(feeds, "people/kaja-kallas.md")] == [
        "feeds/people/kaja-kallas.xml", "feed.xml"]
    assert feed_links(feeds, "people/kaja-kallas/2.md")[0]["uri"] == "feeds/people/kaja-kallas.xml"
    assert [f["uri"] for f in feed_links(feeds, "index.md")] == ["feed.xml"]
    assert [f["uri"] for f in feed_links(feeds, "people/kaja-kallas-junior.md")] == ["feed.xml"]


def test_rendered_feed_parses_cleanly_with_escaped_text():
    feed = plan_feeds(_catalog(), size=10)[1]  # Kaja Kallas
    parsed = feedparser.parse(_render(feed))
    assert not parsed.bozo, parsed.get("bozo_exception")
    assert parsed.version == "atom10"
    assert parsed.feed.title == "Kaja Kallas · Test Archive"
    assert parsed.feed.updated.startswith("2025-03-02")
    first = parsed.entries[0]
    assert first.title == "Kallas <in> Kyiv & more"
    assert first.link == "https://example.org/arch/articles/2025/a/"
    assert first.id == first.link
    assert first.summary == 'She said "yes" & left.'
    assert {t.term for t in first.tags} == {"Kaia Kallas", "Ukraine"}
    assert [e.title for e in parsed.entries] == ["Kallas <in> Kyiv & more", "Undated note"]


def test_feed_without_site_url_still_parses_with_stable_ids():
    feed = plan_feeds(_catalog(), size=10)[0]
    parsed = feedparser.parse(_render(feed, site_url=None))
    assert not parsed.bozo, parsed.get("bozo_exception")
    assert parsed.entries[0].id == "urn:briefing:articles/2025/b.md"


def test_updated_is_the_newest_article_date():
    assert updated_of(_catalog().entries) == dt.date(2025, 5, 1)
    assert updated_of([]) == dt.date(1970, 1, 1)


# ---- the built sample site ---------------------------------------------------------------------


@pytest.mark.slow
def test_built_feeds_are_valid_and_linked_from_their_pages(sample_archive, sample_site):
    site_url = yaml.safe_load((sample_archive / "mkdocs.yml").read_text("utf-8"))["site_url"]
    archive = feedparser.parse(str(sample_site / "feed.xml"))
    assert not archive.bozo, archive.get("bozo_exception")
    assert archive.entries and all(e.link.startswith(site_url) for e in archive.entries)

    person_pages = sorted(sample_site.glob("people/*/index.html"))
    assert person_pages
    for page in person_pages + sorted(sample_site.glob("topics/*/index.html")):
        html = page.read_text("utf-8")
        alternates = re.findall(r'<link rel="alternate" type="application/atom\+xml"[^>]*href="([^"]+)"', html)
        assert len(alternates) == 2, page
        own = (page.parent / alternates[0]).resolve()
        assert own.is_file(), f"{page}: feed {alternates[0]} missing"
        feed = feedparser.parse(str(own))
        assert not feed.bozo, (own, feed.get("bozo_exception"))
        # The feed holds the page's newest articles, in the same order.
        listed = re.findall(r'class="briefing-title" href="([^"]+)"', html)
        expected = [urllib.parse.urljoin(site_url + page.parent.relative_to(sample_site).as_posix() + "/", h)
                    for h in listed]
        assert [e.link for e in feed.entries] == expected[: len(feed.entries)], page
        assert feed.entries
