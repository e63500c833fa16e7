"""People, topics and sources registries: defaults shipped with the tool, extended per archive.

Defaults live in `generator/data/*.yml`. An archive adds or overrides entries in
`<content>/registry/{people,topics,sources}.yml`; `use_defaults: false` at the top of such a
file replaces the defaults instead. Entries are matched by canonical name; an archive entry's
fields win and its aliases are added to the default ones.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from functools import cached_property
from importlib import resources
from pathlib import Path
from typing import Any

from .errors import RegistryError
from .model import load_yaml
from .text import fold, slugify

KINDS = ("people", "topics", "sources")


@dataclass(frozen=True)
class Role:
    title: str
    org: str = ""
    start: dt.date | None = None
    end: dt.date | None = None

    def active_on(self, when: dt.date) -> bool:
        return (self.start is None or self.start <= when) and (self.end is None or when <= self.end)


@dataclass
class Person:
    name: str
    slug: str
    aliases: list[str] = field(default_factory=list)
    description: str = ""
    roles: list[Role] = field(default_factory=list)
    wikidata: str | None = None

    @property
    def surname(self) -> str:
        return self.name.split()[-1]

    @property
    def current_roles(self) -> list[Role]:
        return [r for r in self.roles if r.end is None]

    @property
    def past_roles(self) -> list[Role]:
        return [r for r in self.roles if r.end is not None]


@dataclass
class Topic:
    name: str
    slug: str
    description: str = ""
    parent: str | None = None
    match: list[str] = field(default_factory=list)
    min_hits: int = 1


@dataclass
class Source:
    name: str
    slug: str
    aliases: list[str] = field(default_factory=list)
    domains: list[str] = field(default_factory=list)
    country: str | None = None
    language: str | None = None
    kind: str | None = None


@dataclass(eq=False)  # hashed by identity: matchers cache per registry
class Registry:
    people: list[Person] = field(default_factory=list)
    topics: list[Topic] = field(default_factory=list)
    sources: list[Source] = field(default_factory=list)

    @cached_property
    def person_by_name(self) -> dict[str, Person]:
        """Canonical names and aliases, folded, to their person."""
        return {fold(n): p for p in self.people for n in [p.name, *p.aliases]}

    @cached_property
    def topic_by_name(self) -> dict[str, Topic]:
        return {fold(t.name): t for t in self.topics}

    @cached_property
    def source_by_name(self) -> dict[str, Source]:
        return {fold(n): s for s in self.sources for n in [s.name, *s.aliases]}

    def person(self, name: str) -> Person | None:
        return self.person_by_name.get(fold(name))

    def topic(self, name: str) -> Topic | None:
        return self.topic_by_name.get(fold(name))

    def source(self, name: str) -> Source | None:
        return self.source_by_name.get(fold(name))

    def source_for_domain(self, domain: str) -> Source | None:
        domain = domain.lower().removeprefix("www.")
        for source in self.sources:
            if any(domain == d or domain.endswith("." + d) for d in source.domains):
                return source
        return None

    def children(self, topic: Topic) -> list[Topic]:
        return [t for t in self.topics if t.parent == topic.name]


# ---- loading -----------------------------------------------------------------------------------


def load_registry(archive_dir: Path | str | None = None) -> Registry:
    """Defaults merged with the archive's registry folder (if given and present)."""
    raw: dict[str, list[tuple[dict[str, Any], str]]] = {}
    for kind in KINDS:
        default_text = resources.files("generator.data").joinpath(f"{kind}.yml").read_text("utf-8")
        entries = _entries(load_yaml(default_text, f"generator/data/{kind}.yml"), kind,
                           f"generator/data/{kind}.yml")
        use_defaults = True
        local: list[tuple[dict[str, Any], str]] = []
        if archive_dir is not None:
            path = Path(archive_dir) / f"{kind}.yml"
            if path.is_file():
                doc = load_yaml(_read(path), str(path))
                if isinstance(doc, dict) and doc.get("use_defaults") is False:
                    use_defaults = False
                local = _entries(doc, kind, str(path))
        raw[kind] = _merge(entries if use_defaults else [], local)
    return Registry(
        people=_unique(kind="people", items=[_person(e, src) for e, src in raw["people"]]),
        topics=_check_topics([_topic(e, src) for e, src in raw["topics"]], raw["topics"]),
        sources=_unique(kind="sources", items=[_source(e, src) for e, src in raw["sources"]]),
    )


def _read(path: Path) -> str:
    try:
        return path.read_text("utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise RegistryError(f"cannot read registry: {exc}", str(path)) from None


def _entries(doc: Any, kind: str, src: str) -> list[tuple[dict[str, Any], str]]:
    if doc is None:
        return []
    if not isinstance(doc, dict) or not isinstance(doc.get(kind, []), list):
        raise RegistryError(f"expected a mapping with a '{kind}:' list", src)
    items = doc.get(kind) or []
    for i, item in enumerate(items, 1):
        if not isinstance(item, dict) or not isinstance(item.get("name"), str) or not item["name"].strip():
            raise RegistryError(f"{kind} entry {i} needs a 'name'", src)
    return [(item, src) for item in items]


def _merge(defaults: list[tuple[dict, str]], local: list[tuple[dict, str]]) -> list[tuple[dict, str]]:
    merged = {fold(e["name"]): (dict(e), src) for e, src in defaults}
    for entry, src in local:
        key = fold(entry["name"])
        if key in merged:
            base, _ = merged[key]
            aliases = [*base.get("aliases", []), *entry.get("aliases", [])]
            merged[key] = ({**base, **entry, "aliases": aliases}, src)
        else:
            merged[key] = (dict(entry), src)
    return list(merged.values())


def _str_list(entry: dict, key: str, src: str) -> list[str]:
    value = entry.get(key) or []
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise RegistryError(f"'{entry['name']}': '{key}' must be a list of names", src)
    return [v.strip() for v in dict.fromkeys(value)]


def _date(value: Any, what: str, src: str) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    if isinstance(value, int) and 1800 < value < 2200:
        return dt.date(value, 1, 1)
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError:
        raise RegistryError(f"{what}: bad date {value!r} (use YYYY-MM-DD)", src) from None


def _person(entry: dict, src: str) -> Person:
    name = entry["name"].strip()
    roles = []
    for role in entry.get("roles") or []:
        if not isinstance(role, dict) or not role.get("title"):
            raise RegistryError(f"'{name}': every role needs a 'title'", src)
        start = _date(role.get("from"), f"'{name}' role '{role['title']}'", src)
        end = _date(role.get("to"), f"'{name}' role '{role['title']}'", src)
        if start and end and start > end:
            raise RegistryError(f"'{name}' role '{role['title']}': 'from' {start} is after 'to' {end}", src)
        roles.append(Role(str(role["title"]), str(role.get("org") or ""), start, end))
    return Person(
        name=name,
        slug=entry.get("slug") or slugify(name),
        aliases=[a for a in _str_list(entry, "aliases", src) if fold(a) != fold(name)],
        description=str(entry.get("description") or ""),
        roles=sorted(roles, key=lambda r: r.start or dt.date.min, reverse=True),
        wikidata=entry.get("wikidata"),
    )


def _topic(entry: dict, src: str) -> Topic:
    min_hits = entry.get("min_hits", 1)
    if not isinstance(min_hits, int) or min_hits < 1:
        raise RegistryError(f"topic '{entry['name']}': min_hits must be a whole number ≥ 1", src)
    return Topic(
        name=entry["name"].strip(),
        slug=entry.get("slug") or slugify(entry["name"]),
        description=str(entry.get("description") or ""),
        parent=entry.get("parent"),
        match=_str_list(entry, "match", src),
        min_hits=min_hits,
    )


def _source(entry: dict, src: str) -> Source:
    return Source(
        name=entry["name"].strip(),
        slug=entry.get("slug") or slugify(entry["name"]),
        aliases=_str_list(entry, "aliases", src),
        domains=[d.lower() for d in _str_list(entry, "domains", src)],
        country=entry.get("country"),
        language=entry.get("language"),
        kind=entry.get("kind"),
    )


def _unique(kind: str, items: list) -> list:
    """Refuse a name or alias claimed by two entries, and two entries with one slug."""
    owner: dict[str, str] = {}
    slugs: dict[str, str] = {}
    for item in items:
        if not item.slug:
            raise RegistryError(f"{kind}: '{item.name}' gives an empty slug; set 'slug:'")
        if item.slug in slugs:
            raise RegistryError(f"{kind}: '{item.name}' and '{slugs[item.slug]}' share the slug '{item.slug}'")
        slugs[item.slug] = item.name
        for name in dict.fromkeys(fold(n) for n in [item.name, *item.aliases]):
            if name in owner and owner[name] != item.name:
                raise RegistryError(f"{kind}: the name or alias '{name}' is claimed by both "
                                    f"'{owner[name]}' and '{item.name}'")
            owner[name] = item.name
    return items


def _check_topics(topics: list[Topic], raw: list[tuple[dict, str]]) -> list[Topic]:
    _unique("topics", [Person(t.name, t.slug) for t in topics])
    names = {t.name for t in topics}
    sources = {e["name"].strip(): src for e, src in raw}
    for topic in topics:
        if topic.parent and topic.parent not in names:
            raise RegistryError(f"topic '{topic.name}': unknown parent topic '{topic.parent}'",
                                sources.get(topic.name))
    return topics
