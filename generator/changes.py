"""What a build has to write: a key per output page, made of everything that page shows.

A page whose key equals the one recorded by the last build would come out byte-for-byte the
same, so an incremental build (`briefing build` with the last site and `.cache/` in place) leaves
it as it is and renders only the rest: one edited article rewrites its own page, the index pages
and feeds that list it, and its year's search bundle — not 20,000 files. What every page shares
(code, config, templates, registries) is the build's *frame*: when the frame changes the build is
a full one, so keys here only need what differs from page to page. The set of articles is not in
the frame: an article added or removed changes the keys of the pages that list it, and of the
articles whose Markdown links into the site (their links depend on which pages exist).
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable

from .cache import digest, frame_stamp
from .catalog import Entry, GroupLink

PAGE_KEYS = "page-keys.json"


@dataclass
class Patch:
    """An incremental build: the site it updates, and the page keys of the build that made it,
    which of its articles link into the site, and its articles (src_uri → [file digest, key of
    the front matter])."""

    site: Path
    previous: dict[str, str] = field(default_factory=dict)
    linking: dict[str, bool] = field(default_factory=dict)
    articles: dict[str, list[str]] = field(default_factory=dict)

    def bodies_only(self, entries, keys: "KeyMaker") -> bool:
        """Whether only the bodies of articles changed since that build: the same articles, and
        each edited one with the front matter it had. Then no list, feed or related briefing
        changed, and a page's key is the last build's unless its article's file changed."""
        if len(self.articles) != len(entries):
            return False
        for entry in entries:
            was = self.articles.get(entry.src_uri)
            if was is None or (was[0] != entry.file_digest and was[1] != keys.entry(entry)):
                return False
        return True


class KeyMaker:
    """Keys of index pages, feeds and article pages, with the digests of articles and group
    cards (which hundreds of pages share) computed once."""

    def __init__(self):
        self._entries: dict[str, str] = {}
        self._cards: dict[int, str] = {}

    def entry(self, entry: Entry) -> str:
        """What lists show of an article: its front matter (not its body)."""
        key = self._entries.get(entry.src_uri)
        if key is None:
            key = self._entries[entry.src_uri] = digest(entry.src_uri, repr(entry.article))
        return key

    def card(self, card: GroupLink) -> str:
        key = self._cards.get(id(card))
        if key is None:
            key = self._cards[id(card)] = digest("card", repr(card))
        return key

    def value(self, value: Any) -> str:
        """A stable text for a template context value (entries and groups by their keys)."""
        if type(value) is list and value and type(value[0]) is Entry:  # the common case, fast
            entry = self.entry
            return "[" + ",".join(["E" + entry(e) for e in value]) + "]"
        if isinstance(value, Entry):
            return "E" + self.entry(value)
        if isinstance(value, GroupLink):
            return "G" + self.card(value)
        if isinstance(value, dict):
            return "{" + ",".join(f"{k!r}:{self.value(v)}" for k, v in sorted(value.items())) + "}"
        if isinstance(value, (list, tuple)):
            return "[" + ",".join(self.value(v) for v in value) + "]"
        if value is None or isinstance(value, (str, int, float, bool)):
            return repr(value)
        raise TypeError(f"no page key for a {type(value).__name__} in a page's context")

    def index_page(self, spec) -> str:
        return digest("page", spec.src_uri, spec.title, spec.template, spec.section, self.value(spec.context))

    def feed(self, feed) -> str:
        return digest("feed", feed.uri, feed.title, feed.page_uri, *[self.entry(e) for e in feed.entries])

    def article_page(self, entry: Entry, related: Iterable[Entry], feeds: list[dict], site: str = "") -> str:
        """An article page shows its whole file, its related briefings' titles and dates, and
        its feed links; `site` (the set of the site's articles) when its Markdown links into it."""
        return digest("article", entry.src_uri, entry.file_digest, site,
                      *[self.entry(r) for r in related], json.dumps(feeds, sort_keys=True))


def frame_of(config, options, settings: list[str]) -> str:
    """The frame of a build (see the module's docstring): config, content apart from the
    articles, theme, page templates, code and `settings`."""
    inputs = [config.config_file_path, config.docs_dir, *config.theme.dirs, options.page_templates]
    return frame_stamp(inputs, settings, Path(config.docs_dir) / options.articles_dir)


def load_keys(cache_dir: Path) -> tuple[dict[str, str], dict[str, bool], dict[str, list[str]]]:
    """The last build's page keys, which articles link into the site, and its articles (each {}
    if unknown)."""
    try:
        data = json.loads((cache_dir / PAGE_KEYS).read_text("utf-8"))
        return dict(data["pages"]), dict(data["linking"]), dict(data.get("articles") or {})
    except (OSError, ValueError, KeyError, TypeError):
        return {}, {}, {}


def save_keys(cache_dir: Path, keys: dict[str, str], linking: dict[str, bool],
              articles: dict[str, list[str]] | None = None) -> None:
    cache_dir.mkdir(parents=True, exist_ok=True)
    tmp = cache_dir / f".{PAGE_KEYS}.tmp"
    tmp.write_text(json.dumps({"pages": keys, "linking": linking, "articles": articles or {}},
                              sort_keys=True), "utf-8")
    os.replace(tmp, cache_dir / PAGE_KEYS)


def forget_keys(cache_dir: Path) -> None:
    (cache_dir / PAGE_KEYS).unlink(missing_ok=True)
