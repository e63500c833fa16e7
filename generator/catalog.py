"""Catalog: the front matter of every article, read once, answering the index pages' questions.

"Articles of person X / topic Y / source Z / year Y", co-mentions, mentions per month. The
catalog parses front matter itself (MkDocs swallows YAML errors) and is the site side's single
source of truth; it never writes into `content/`.
"""

from __future__ import annotations

import datetime as dt
import heapq
import math
import os
from collections import Counter
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from .cache import BuildCache, digest
from .errors import BriefingError, FrontMatterError
from .model import Article, split_front_matter
from .registry import Person, Registry, Source, Topic
from .text import fold, slugify


@dataclass
class Entry:
    """One article as the site sees it: metadata plus where its page lives."""

    src_uri: str  # e.g. "articles/2025/kallas-in-madrid.md"
    article: Article
    file_digest: str = ""  # of the file's bytes, when read through the build cache

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

    @cached_property
    def card(self) -> "GroupCard":
        """What index pages show of this group."""
        return GroupCard(self.name, self.slug, self.count, self.person, self.topic, self.source)

    @cached_property
    def link(self) -> "GroupLink":
        return GroupLink(self.name, self.slug)

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


@dataclass(frozen=True)
class GroupLink:
    """A person, topic or source as a link to its page (co-mention chips): name and slug only."""

    name: str
    slug: str


@dataclass(frozen=True)
class GroupCard(GroupLink):
    """What an index page shows of a person, topic, source or year: never its articles, which
    a page gets as its own `entries`. A page's key is made of what it shows, so an edited
    article re-renders the pages listing it, not every page of every group it belongs to."""

    count: int = 0
    person: Person | None = None
    topic: Topic | None = None
    source: Source | None = None

    @property
    def letter(self) -> str:
        """Index letter for A–Z lists; names not starting with A–Z go under '#'."""
        first = fold(self.name)[:1].upper()
        return first if "A" <= first <= "Z" else "#"


# Related briefings are scored over at most this many candidates, taken from the article's
# rarest people and topics first (newest first within each): O(n·k) instead of O(n²).
RELATED_CANDIDATES = 150
RELATED_LIMIT = 5  # what article pages show; these answers are kept (`related_known`)
# A person's or topic's weight is its rarity on a fixed scale, log(RELATED_SCALE / its articles),
# not on the archive's size: an added article then changes no weight but those of its own people
# and topics, and an update asks again only for the articles sharing one with it.
RELATED_SCALE = 1_000_000
RELATED_VERSION = f"related {RELATED_CANDIDATES} {RELATED_LIMIT} {RELATED_SCALE}"


class Catalog:
    def __init__(self, entries: list[Entry], registry: Registry):
        self.registry = registry
        self._keys: dict[tuple[str, str], tuple[str, str]] = {}
        self._entry_slugs: dict[tuple[str, str], tuple[str, ...]] = {}
        self.related_known: dict[str, list[str]] = {}  # src_uri → related src_uris, filled as asked
        self.entries = sorted(entries, key=lambda e: e.sort_key, reverse=True)
        self.people = self._group(lambda e: e.article.people, self._person_key)
        self.topics = self._group(lambda e: e.article.topics, self._topic_key)
        self.sources = self._group(lambda e: [e.article.source] if e.article.source else [],
                                   self._source_key)
        self.years = self._group(lambda e: [str(e.date.year)] if e.date else [],
                                 lambda name: (name, name))

    # ---- building ------------------------------------------------------------------------------

    @classmethod
    def load(cls, docs_dir: Path | str, registry: Registry, articles_dir: str = "articles",
             cache: BuildCache | None = None) -> "Catalog":
        """Read every article's front matter (parsed ones from the build cache when the file's
        bytes are unchanged); all errors are collected and reported together."""
        root = Path(docs_dir)
        entries, errors = [], []
        if cache is not None:
            cache.preload("file_digest")
            cache.preload("front_matter")
        for src_uri, path in _article_files(root, articles_dir):
            try:
                entries.append(Entry(src_uri, *_cached_front_matter(path, src_uri, cache)))
            except BriefingError as exc:
                errors.append(str(exc))
        if errors:
            raise FrontMatterError(f"{len(errors)} article(s) have broken front matter:\n  "
                                   + "\n  ".join(errors))
        return cls(entries, registry)

    def _person_key(self, name: str) -> tuple[str, str]:
        return self._key("person", name)

    def _topic_key(self, name: str) -> tuple[str, str]:
        return self._key("topic", name)

    def _source_key(self, name: str) -> tuple[str, str]:
        return self._key("source", name)

    def _key(self, kind: str, name: str) -> tuple[str, str]:
        """(canonical name, slug) of a person, topic or source; memoized: folding is slow and
        every page asks again for the same few hundred names."""
        key = self._keys.get((kind, name))
        if key is None:
            known = getattr(self.registry, kind)(name)
            key = (known.name, known.slug) if known else (name, slugify(name) or kind)
            self._keys[(kind, name)] = key
        return key

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
            counts.update(self._slugs_of(entry, "people"))
        if group.person is not None:
            counts.pop(group.slug, None)
        return [(self.people[s], n) for s, n in counts.most_common(limit) if s in self.people]

    def topics_of(self, group: Group, limit: int = 10) -> list[tuple[Group, int]]:
        counts: Counter[str] = Counter()
        for entry in group.entries:
            counts.update(self._slugs_of(entry, "topics"))
        counts.pop(group.slug if group.topic else "", None)
        return [(self.topics[s], n) for s, n in counts.most_common(limit) if s in self.topics]

    def _slugs_of(self, entry: Entry, field: str) -> tuple[str, ...]:
        """The distinct slugs of an article's people or topics; every person and topic page of
        the article asks again."""
        key = (entry.src_uri, field)
        slugs = self._entry_slugs.get(key)
        if slugs is None:
            to_key = self._person_key if field == "people" else self._topic_key
            slugs = self._entry_slugs[key] = tuple(dict.fromkeys(to_key(n)[1] for n in getattr(entry.article, field)))
        return slugs

    def related(self, entry: Entry, limit: int = RELATED_LIMIT) -> list[Entry]:
        """Articles sharing the most people and topics with this one, newest first among equals.

        A shared person counts twice a shared topic, each weighted by rarity (a person named in
        half the archive says less than one named in ten briefings)."""
        if limit != RELATED_LIMIT:
            return self._related(entry, limit)
        known = self.related_known.get(entry.src_uri)
        if known is None:
            known = self.related_known[entry.src_uri] = [e.src_uri for e in self._related(entry, limit)]
        return [self._by_uri[uri] for uri in known]

    @cached_property
    def related_inputs(self) -> dict[str, tuple[str, tuple[str, ...]]]:
        """What `related` takes of each article: its date and its people's and topics' groups."""
        return {e.src_uri: (str(e.date), tuple(self._slots_of(e))) for e in self.entries}

    def reuse_related(self, inputs: dict, answers: dict[str, list[str]]) -> int:
        """Keep a previous build's related briefings (`answers`, made from `inputs`) for every
        article an edit, addition or removal cannot have changed them for. An article's answer
        depends only on the members of its own people and topics (and their weights, which
        depend on the number of members), so the articles of a group that gained or lost a
        member are asked again. Returns how many answers were kept."""
        now = self.related_inputs
        touched: set[tuple[str, str]] = set()
        for src_uri in now.keys() | inputs.keys():
            old, new = inputs.get(src_uri), now.get(src_uri)
            if old != new:
                touched |= _touched_groups(old, new)
        asked: set[int] = set()
        if touched:  # the group index is only needed then (a body edit needs none)
            slots, members = self._group_index[3], self._members
            asked = {i for slot in touched if slot in slots for i in members[slots[slot]]}
        by_uri = self._by_uri
        for i, entry in enumerate(self.entries):
            known = answers.get(entry.src_uri)
            if (i not in asked and known is not None and inputs.get(entry.src_uri) == now[entry.src_uri]
                    and all(uri in by_uri for uri in known)):
                self.related_known[entry.src_uri] = known
        return len(self.related_known)

    def _slots_of(self, entry: Entry):
        """The article's person and topic groups as (kind, slug), kind "2" a person, "1" a topic."""
        for kind, names, key_of in (("2", entry.article.people, self._person_key),
                                    ("1", entry.article.topics, self._topic_key)):
            for name in names:
                yield (kind, key_of(name)[1])

    def _related(self, entry: Entry, limit: int) -> list[Entry]:
        ids = self._ids
        me = ids.get(entry.src_uri)
        if me is None:
            return []
        groups, members = self._groups_of[me], self._members
        candidates: dict[int, None] = {}
        for g in sorted(groups, key=lambda g: (len(members[g]), g)):
            candidates.update(dict.fromkeys(members[g][:RELATED_CANDIDATES]))
            if len(candidates) > RELATED_CANDIDATES:
                break
        candidates.pop(me, None)
        # Each candidate scores the weights of the groups it shares with this one, added in this
        # one's order: candidates sharing the same groups tie exactly, and the newer comes first
        # (entries are newest first: a lower id is newer).
        score = dict.fromkeys(candidates, 0.0)
        for g in groups:
            weight = self._weights[g]
            for i in self._member_sets[g].intersection(score):
                score[i] += weight
        return [self.entries[-i] for _, i in heapq.nlargest(limit, [(s, -i) for i, s in score.items()])]

    @cached_property
    def _ids(self) -> dict[str, int]:
        """Integer ids for the related-articles index: position in `entries` (newest first)."""
        return {e.src_uri: i for i, e in enumerate(self.entries)}

    @cached_property
    def _group_index(self) -> tuple[list[tuple[int, ...]], list[list[int]], list[float],
                                    dict[tuple[str, str], int]]:
        """Per entry its person and topic group ids; per group its members and weight; the id
        of each (kind, slug)."""
        slots: dict[tuple[str, str], int] = {}
        members: list[list[int]] = []
        kinds: list[int] = []
        groups_of: list[tuple[int, ...]] = []
        for i, e in enumerate(self.entries):
            mine: dict[int, None] = {}
            for slot in self.related_inputs[e.src_uri][1]:
                g = slots.get(slot)
                if g is None:
                    g = slots[slot] = len(members)
                    members.append([])
                    kinds.append(int(slot[0]))
                if g not in mine:
                    mine[g] = None
                    members[g].append(i)
            groups_of.append(tuple(mine))
        weights = [kind * (1.0 + math.log(RELATED_SCALE / len(m))) for kind, m in zip(kinds, members)]
        return groups_of, members, weights, slots

    @property
    def _groups_of(self) -> list[tuple[int, ...]]:
        return self._group_index[0]

    @property
    def _members(self) -> list[list[int]]:
        return self._group_index[1]

    @cached_property
    def _member_sets(self) -> list[set[int]]:
        return [set(m) for m in self._members]

    @property
    def _weights(self) -> list[float]:
        return self._group_index[2]

    def entry(self, src_uri: str) -> Entry | None:
        return self._by_uri.get(src_uri)

    @cached_property
    def _by_uri(self) -> dict[str, Entry]:
        return {e.src_uri: e for e in self.entries}


def _touched_groups(old, new) -> set[tuple[str, str]]:
    """The groups whose members (or their order: entries are newest first) an article's change
    from `old` to `new` inputs changed (`old` is None for an added article, `new` for a removed one)."""
    if old is None or new is None or old[0] != new[0]:
        return set(old[1] if old else ()) | set(new[1] if new else ())
    return set(old[1]) ^ set(new[1])


def _article_files(docs_dir: Path, articles_dir: str) -> list[tuple[str, str]]:
    """(src_uri, path) of every Markdown file under the articles folder, sorted. Plain strings
    from os.walk (links followed, as MkDocs does): pathlib's glob took 0.06 s for 10,000."""
    base = os.fspath(docs_dir)
    out = []
    for folder, _, names in os.walk(os.path.join(base, articles_dir), followlinks=True):
        prefix = os.path.relpath(folder, base).replace(os.sep, "/") + "/"
        out += [(prefix + name, os.path.join(folder, name)) for name in names if name.endswith(".md")]
    return sorted(out)


def read_front_matter(path: Path | str, src_uri: str) -> Article:
    """Parse and validate one article's front matter (the body is not needed by the catalog)."""
    with open(path, "rb") as f:
        return _parse_front_matter(f.read(), src_uri)


def _parse_front_matter(data: bytes, src_uri: str) -> Article:
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        raise FrontMatterError("not UTF-8 text", src_uri) from None
    text = text.replace("\r\n", "\n").replace("\r", "\n")  # as read_text's universal newlines
    meta, _ = split_front_matter(text, src_uri)
    return Article.from_front_matter(meta, "", src_uri)


def _cached_front_matter(path: str, src_uri: str, cache: BuildCache | None) -> tuple[Article, str]:
    """The article's front matter and the digest of its file ("" without a cache)."""
    if cache is None or not cache.enabled:
        return read_front_matter(path, src_uri), ""
    # The file's digest is kept under its size and modification time, as MkDocs' own --dirty and
    # our "nothing changed" check trust them: an unchanged archive is not read again.
    st = os.stat(path)
    stamp = f"{st.st_size}:{st.st_mtime_ns}"
    key = cache.get("file_digest", src_uri, stamp)
    data = None
    if key is None:
        with open(path, "rb") as f:
            data = f.read()
        key = digest(data)
        cache.put("file_digest", src_uri, stamp, key)
    article = cache.get("front_matter", src_uri, key)
    if article is None:
        if data is None:
            with open(path, "rb") as f:
                data = f.read()
        article = _parse_front_matter(data, src_uri)
        cache.put("front_matter", src_uri, key, article)  # broken files are never stored
    return article, key
