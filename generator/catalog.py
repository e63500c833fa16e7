"""Catalog: the front matter of every article, read once, answering the index pages' questions.

"Articles of person X / topic Y / source Z / year Y", co-mentions, mentions per month. The
catalog parses front matter itself (MkDocs swallows YAML errors) and is the site side's single
source of truth; it never writes into `content/`.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from .errors import BriefingError, FrontMatterError
from .model import Article, split_front_matter
from .registry import Person, Registry, Source, Topic
from .text import fold, slugify


@dataclass
class Entry:
    """One article as the site sees it: metadata plus where its page lives."""

    src_uri: str  # e.g. "articles/2025/kallas-in-madrid.md"
    article: Article

    @property
    def date(self) -> dt.date | None:
        return self.article.date

    @property
    def sort_key(self) -> tuple[dt.date, str]:
        return (self.article.date or dt.date.min, self.src_uri)


@dataclass
class Group:
    """A person, topic, source or year page: its name, slug and articles (newest first)."""

    name: str
    slug: str
    entries: list[Entry] = field(default_factory=list)
    person: Person | None = None
    topic: Topic | None = None
    source: Source | None = None

    @property
    def count(self) -> int:
        return len(self.entries)

    @property
    def letter(self) -> str:
        """Index letter for A–Z lists; names not starting with A–Z go under '#'."""
        first = fold(self.name)[:1].upper()
        return first if "A" <= first <= "Z" else "#"

    @cached_property
    def by_month(self) -> list[tuple[str, int]]:
        """Mentions per month from the first to the last, zero months included (for charts)."""
        months = Counter(e.date.strftime("%Y-%m") for e in self.entries if e.date)
        if not months:
            return []
        first, last = min(months), max(months)
        out, (y, m) = [], map(int, first.split("-"))
        while f"{y:04d}-{m:02d}" <= last:
            key = f"{y:04d}-{m:02d}"
            out.append((key, months.get(key, 0)))
            y, m = (y + 1, 1) if m == 12 else (y, m + 1)
        return out


class Catalog:
    def __init__(self, entries: list[Entry], registry: Registry):
        self.registry = registry
        self.entries = sorted(entries, key=lambda e: e.sort_key, reverse=True)
        self.people = self._group(lambda e: e.article.people, self._person_key)
        self.topics = self._group(lambda e: e.article.topics, self._topic_key)
        self.sources = self._group(lambda e: [e.article.source] if e.article.source else [],
                                   self._source_key)
        self.years = self._group(lambda e: [str(e.date.year)] if e.date else [],
                                 lambda name: (name, name))

    # ---- building ------------------------------------------------------------------------------

    @classmethod
    def load(cls, docs_dir: Path | str, registry: Registry, articles_dir: str = "articles") -> "Catalog":
        """Read every article's front matter; all errors are collected and reported together."""
        root = Path(docs_dir)
        entries, errors = [], []
        for path in sorted((root / articles_dir).glob("**/*.md")):
            src_uri = path.relative_to(root).as_posix()
            try:
                entries.append(Entry(src_uri, read_front_matter(path, src_uri)))
            except BriefingError as exc:
                errors.append(str(exc))
        if errors:
            raise FrontMatterError(f"{len(errors)} article(s) have broken front matter:\n  "
                                   + "\n  ".join(errors))
        return cls(entries, registry)

    def _person_key(self, name: str) -> tuple[str, str]:
        person = self.registry.person(name)
        return (person.name, person.slug) if person else (name, slugify(name) or "person")

    def _topic_key(self, name: str) -> tuple[str, str]:
        topic = self.registry.topic(name)
        return (topic.name, topic.slug) if topic else (name, slugify(name) or "topic")

    def _source_key(self, name: str) -> tuple[str, str]:
        source = self.registry.source(name)
        return (source.name, source.slug) if source else (name, slugify(name) or "source")

    def _group(self, names_of, key_of) -> dict[str, Group]:
        """Group entries under canonical names (aliases folded in); groups sorted by name."""
        groups: dict[str, Group] = {}
        for entry in self.entries:
            for raw in dict.fromkeys(names_of(entry)):
                name, slug = key_of(raw)
                group = groups.get(slug)
                if group is None:
                    group = groups[slug] = Group(name, slug, person=self.registry.person(name),
                                                 topic=self.registry.topic(name),
                                                 source=self.registry.source(name))
                if not group.entries or group.entries[-1] is not entry:
                    group.entries.append(entry)
        return dict(sorted(groups.items(), key=lambda kv: kv[1].name.lower()))

    # ---- questions -----------------------------------------------------------------------------

    def person_slug(self, name: str) -> str | None:
        slug = self._person_key(name)[1]
        return slug if slug in self.people else None

    def topic_slug(self, name: str) -> str | None:
        slug = self._topic_key(name)[1]
        return slug if slug in self.topics else None

    def source_slug(self, name: str) -> str | None:
        slug = self._source_key(name)[1]
        return slug if slug in self.sources else None

    def co_mentions(self, group: Group, limit: int = 10) -> list[tuple[Group, int]]:
        """People most often named in the same articles as this person or topic."""
        counts: Counter[str] = Counter()
        for entry in group.entries:
            for name in dict.fromkeys(entry.article.people):
                slug = self._person_key(name)[1]
                if slug != group.slug or group.person is None:
                    counts[slug] += 1
        if group.person is not None:
            counts.pop(group.slug, None)
        return [(self.people[s], n) for s, n in counts.most_common(limit) if s in self.people]

    def topics_of(self, group: Group, limit: int = 10) -> list[tuple[Group, int]]:
        counts = Counter(self._topic_key(t)[1] for e in group.entries for t in dict.fromkeys(e.article.topics))
        counts.pop(group.slug if group.topic else "", None)
        return [(self.topics[s], n) for s, n in counts.most_common(limit) if s in self.topics]

    def related(self, entry: Entry, limit: int = 5) -> list[Entry]:
        """Articles sharing the most people and topics with this one, newest first among equals."""
        scores: Counter[str] = Counter()
        by_uri = {}
        for name in entry.article.people:
            for other in self.people.get(self._person_key(name)[1], Group("", "")).entries:
                scores[other.src_uri] += 2
                by_uri[other.src_uri] = other
        for name in entry.article.topics:
            for other in self.topics.get(self._topic_key(name)[1], Group("", "")).entries:
                scores[other.src_uri] += 1
                by_uri[other.src_uri] = other
        scores.pop(entry.src_uri, None)
        ranked = sorted(scores, key=lambda u: (scores[u], by_uri[u].sort_key), reverse=True)
        return [by_uri[u] for u in ranked[:limit]]

    def entry(self, src_uri: str) -> Entry | None:
        return self._by_uri.get(src_uri)

    @cached_property
    def _by_uri(self) -> dict[str, Entry]:
        return {e.src_uri: e for e in self.entries}


def read_front_matter(path: Path, src_uri: str) -> Article:
    """Parse and validate one article's front matter (the body is not needed by the catalog)."""
    try:
        text = path.read_text("utf-8")
    except UnicodeDecodeError:
        raise FrontMatterError("not UTF-8 text", src_uri) from None
    meta, _ = split_front_matter(text, src_uri)
    return Article.from_front_matter(meta, "", src_uri)
