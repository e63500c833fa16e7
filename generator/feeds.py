"""Atom feeds: the whole archive, and one per person and per topic.

Feeds are planned from the catalog (which feed holds which articles, and which page links to it)
and rendered from a Jinja template; the plugin adds them to the build as generated files. Feed
readers need absolute links, so URLs are joined onto `site_url` (relative when it is not set).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Callable

from .catalog import Catalog, Entry

FEED_TEMPLATE = "feed.xml.j2"


@dataclass
class Feed:
    uri: str  # where the feed lives in the site, e.g. "feeds/people/kaja-kallas.xml"
    title: str
    entries: list[Entry]
    page_uri: str  # the page it belongs to, e.g. "people/kaja-kallas.md"
    page_uris: list[str] = field(default_factory=list)  # every page that links to it


def plan_feeds(catalog: Catalog, size: int) -> list[Feed]:
    """The archive feed, then a feed per person and per topic, each with its newest `size` articles."""
    feeds = [Feed("feed.xml", "All briefings", catalog.entries[:size], "index.md")]
    for section, groups in (("people", catalog.people), ("topics", catalog.topics)):
        for group in groups.values():
            feeds.append(Feed(f"feeds/{section}/{group.slug}.xml", group.name, group.entries[:size],
                              f"{section}/{group.slug}.md"))
    return feeds


def feed_links(feeds: list[Feed], src_uri: str) -> list[dict[str, str]]:
    """The `<link rel="alternate">` entries for one page: its own feed, then the archive feed."""
    return FeedLinks(feeds)(src_uri)


class FeedLinks:
    """`feed_links` for many pages: feeds indexed by their page once, not scanned per page."""

    def __init__(self, feeds: list[Feed]):
        self.feeds = feeds
        self.by_page: dict[str, list[int]] = {}  # "people/x.md" and "people/x" (its pagination)
        for n, feed in enumerate(feeds):
            self.by_page.setdefault(feed.page_uri, []).append(n)
            self.by_page.setdefault(feed.page_uri[:-3] + "/", []).append(n)
        self.site_wide = [n for n, f in enumerate(feeds) if f.uri == "feed.xml"]

    def __call__(self, src_uri: str) -> list[dict[str, str]]:
        own = set(self.by_page.get(src_uri, ()))
        for cut in range(len(src_uri)):  # every folder the page sits in: "people/", "people/x/"
            if src_uri[cut] == "/":
                own.update(self.by_page.get(src_uri[:cut + 1], ()))
        chosen = sorted(own) + [n for n in self.site_wide if n not in own]
        return [{"title": self.feeds[n].title, "uri": self.feeds[n].uri} for n in chosen]


def updated_of(entries: list[Entry]) -> dt.date:
    """A feed's `updated`: its newest article's date, so identical archives give identical feeds."""
    dates = [e.article.updated or e.date for e in entries if e.date]
    return max(dates) if dates else dt.date(1970, 1, 1)


def absolute(site_url: str | None, url: str) -> str:
    return (site_url or "").rstrip("/") + "/" + url.lstrip("/") if site_url else url


def feed_context(feed: Feed, site_name: str, site_url: str | None,
                 url_of: Callable[[str], str]) -> dict:
    """Everything the Atom template needs, with absolute URLs for ids and links."""
    return {
        "feed": feed,
        "site_name": site_name,
        "feed_url": absolute(site_url, feed.uri),
        "feed_id": absolute(site_url, feed.uri) if site_url else f"urn:briefing:{feed.uri}",
        "page_url": absolute(site_url, url_of(feed.page_uri)),
        "updated": updated_of(feed.entries),
        "items": [{
            "entry": e,
            "url": absolute(site_url, url_of(e.src_uri)),
            "id": absolute(site_url, url_of(e.src_uri)) if site_url else f"urn:briefing:{e.src_uri}",
            "updated": e.article.updated or e.date or updated_of(feed.entries),
        } for e in feed.entries],
    }
