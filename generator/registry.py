"""People, topics and sources registries: defaults shipped with the tool, extended per archive.

Defaults live in `generator/data/*.yml`. An archive adds or overrides entries in
`<content>/registry/{people,topics,sources}.yml`; `use_defaults: false` at the top of such a
file replaces the defaults instead. Entries are matched by canonical name; an archive entry's
fields win and its aliases are added to the default ones.

Everything an author can get wrong is checked, and every problem is reported at once, each
naming the file, the entry and what is wrong: names claimed by two entries (as a name or an
alias), slug clashes, unknown or circular parent topics, bad or reversed dates, wrong types.
Unknown keys (a typo such as `alias:`) are not fatal: they come back as notes, which
`briefing check` prints.
"""

from __future__ import annotations

import calendar
import datetime as dt
import difflib
import re
from dataclasses import dataclass, field
from functools import cached_property
from importlib import resources
from pathlib import Path
from typing import Any

from .errors import BriefingError, RegistryError
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
    surname_override: str | None = None   # `surname:` in YAML, for "Xi Jinping" (surname first)

    @property
    def surname(self) -> str:
        return self.surname_override or self.name.split()[-1]

    @property
    def current_roles(self) -> list[Role]:
        return [r for r in self.roles if r.end is None]


@dataclass
class Topic:
    name: str
    slug: str
    description: str = ""
    parent: str | None = None      # the parent topic's canonical name
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
    notes: list[str] = field(default_factory=list)    # non-fatal findings (unknown keys ...)

    @cached_property
    def person_by_name(self) -> dict[str, Person]:
        """Canonical names and aliases, folded, to their person."""
        return {fold(n): p for p in self.people for n in [p.name, *p.aliases]}

    @cached_property
    def topic_by_name(self) -> dict[str, Topic]:
        return {fold(n): t for t in self.topics for n in [t.name, t.slug]}

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

FIELDS = {
    "people": {"name", "slug", "aliases", "description", "roles", "wikidata", "surname"},
    "topics": {"name", "slug", "description", "parent", "match", "min_hits"},
    "sources": {"name", "slug", "aliases", "domains", "country", "language", "kind"},
}
ROLE_FIELDS = {"title", "org", "from", "to"}


def load_registry(archive_dir: Path | str | None = None) -> Registry:
    """Defaults merged with the archive's registry folder (if given and present).

    Raises one RegistryError listing every problem found; see `read_registry` to get them as a list.
    """
    registry, problems = read_registry(archive_dir)
    if len(problems) == 1:
        raise problems[0]
    if problems:
        raise RegistryError(f"{len(problems)} problems in the registries:\n  "
                            + "\n  ".join(str(p) for p in problems))
    return registry


def read_registry(archive_dir: Path | str | None = None) -> tuple[Registry, list[RegistryError]]:
    """The merged registry and every problem found (empty when the registries are valid)."""
    check = _Checker()
    raw: dict[str, list[_Entry]] = {}
    for kind in KINDS:
        local, use_defaults = [], True
        if archive_dir is not None:
            path = Path(archive_dir) / f"{kind}.yml"
            if path.is_file():
                local, use_defaults = check.file(_read(path), kind, path.as_posix())
        defaults = []
        if use_defaults:
            src = f"generator/data/{kind}.yml"
            defaults, _ = check.file(_default_text(kind), kind, src)
        raw[kind] = _merge(defaults, local, check)
    registry = Registry(
        people=check.unique("people", [p for e in raw["people"] if (p := check.person(e))]),
        topics=check.topic_tree([t for e in raw["topics"] if (t := check.topic(e))]),
        sources=check.unique("sources", [s for e in raw["sources"] if (s := check.source(e))]),
        notes=check.notes,
    )
    return registry, check.problems


def _default_text(kind: str) -> str:
    try:
        return resources.files("generator.data").joinpath(f"{kind}.yml").read_text("utf-8")
    except FileNotFoundError:
        raise RegistryError("the default registry is missing from the installation (reinstall "
                            "briefing-archive, or set 'use_defaults: false' in the archive's file)",
                            f"generator/data/{kind}.yml") from None


def _read(path: Path) -> str:
    try:
        return path.read_text("utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise RegistryError(f"cannot read registry: {exc}", path.as_posix()) from None


@dataclass
class _Entry:
    data: dict[str, Any]
    src: str          # file
    number: int       # position in its file, from 1
    kind: str = ""    # people | topics | sources
    also: str = ""    # the other file when an archive entry extends a default one

    @property
    def name(self) -> str:
        return self.data["name"].strip()

    def where(self) -> str:
        return f"{self.kind} entry {self.number} '{self.name}'"


def _merge(defaults: list[_Entry], local: list[_Entry], check: "_Checker") -> list[_Entry]:
    """Archive entries extend (same name) or join the defaults; two entries of one name in one
    file are a mistake."""
    merged: dict[str, _Entry] = {}
    for group in (defaults, local):
        in_file: dict[str, _Entry] = {}
        for entry in group:
            key = fold(entry.name)
            if key in in_file:
                check.fail(entry.src, f"{entry.where()}: the name is already used by entry "
                                      f"{in_file[key].number}")
                continue
            in_file[key] = entry
            if key in merged:
                base = merged[key]
                aliases = [*(base.data.get("aliases") or []), *(entry.data.get("aliases") or [])] \
                    if all(isinstance(e.data.get("aliases") or [], list) for e in (base, entry)) \
                    else entry.data.get("aliases")
                data = {**base.data, **entry.data}
                if aliases is not None:
                    data["aliases"] = aliases
                merged[key] = _Entry(data, entry.src, entry.number, entry.kind, also=base.src)
            else:
                merged[key] = entry
    return list(merged.values())


class _Checker:
    """Builds registry objects from YAML entries, collecting every problem instead of stopping."""

    def __init__(self) -> None:
        self.problems: list[RegistryError] = []
        self.notes: list[str] = []
        self.origin: dict[int, _Entry] = {}   # id(person/topic/source) -> its entry, for messages

    def fail(self, src: str | None, message: str) -> None:
        self.problems.append(RegistryError(message, src))

    # -- files --

    def file(self, text: str, kind: str, src: str) -> tuple[list[_Entry], bool]:
        try:
            doc = load_yaml(text, src)
        except BriefingError as exc:
            self.problems.append(RegistryError(exc.message, exc.path, exc.line))
            return [], True
        if doc is None:
            return [], True
        if not isinstance(doc, dict):
            self.fail(src, f"expected a mapping with a '{kind}:' list, not {type(doc).__name__}")
            return [], True
        use_defaults = doc.get("use_defaults", True)
        if not isinstance(use_defaults, bool):
            self.fail(src, "'use_defaults' must be true or false")
            use_defaults = True
        for key in doc:
            if key not in (kind, "use_defaults"):
                self.notes.append(f"{src}: unknown top-level key '{key}' ignored "
                                  f"(expected '{kind}' and 'use_defaults')")
        items = doc.get(kind)
        if items is None:
            return [], use_defaults
        if not isinstance(items, list):
            self.fail(src, f"'{kind}' must be a list of entries, not {type(items).__name__}")
            return [], use_defaults
        entries = []
        for number, item in enumerate(items, 1):
            if not isinstance(item, dict):
                self.fail(src, f"{kind} entry {number}: must be a mapping with a 'name', "
                               f"not {type(item).__name__} {item!r}")
                continue
            name = item.get("name")
            if not isinstance(name, str) or not name.strip():
                self.fail(src, f"{kind} entry {number}: needs a non-empty 'name' (text)")
                continue
            entry = _Entry(item, src, number, kind)
            self._unknown_keys(entry, FIELDS[kind])
            entries.append(entry)
        return entries, use_defaults

    def _unknown_keys(self, entry: _Entry, known: set[str]) -> None:
        for key in entry.data:
            if key not in known:
                close = difflib.get_close_matches(str(key), sorted(known), n=1)
                hint = f" (did you mean '{close[0]}'?)" if close else ""
                self.notes.append(f"{entry.src}: {entry.where()}: unknown key '{key}' ignored{hint}")

    # -- fields --

    def text(self, entry: _Entry, key: str, required: bool = False) -> str | None:
        value = entry.data.get(key)
        if value is None:
            if required:
                self.fail(entry.src, f"{entry.where()}: '{key}' is required")
            return None
        if isinstance(value, bool) or not isinstance(value, (str, int, float)):
            self.fail(entry.src, f"{entry.where()}: '{key}' must be text, not {type(value).__name__}")
            return None
        value = str(value).strip()
        if not value:
            self.fail(entry.src, f"{entry.where()}: '{key}' must not be empty")
            return None
        return value

    def names(self, entry: _Entry, key: str) -> list[str]:
        value = entry.data.get(key)
        if value is None:
            return []
        if not isinstance(value, list):
            self.fail(entry.src, f"{entry.where()}: '{key}' must be a list such as [First, Second], "
                                 f"not {type(value).__name__}")
            return []
        out = []
        for item in value:
            if not isinstance(item, str) or not item.strip():
                self.fail(entry.src, f"{entry.where()}: every '{key}' item must be non-empty text, "
                                     f"not {item!r}")
                continue
            out.append(" ".join(item.split()))
        return list(dict.fromkeys(out))

    def slug(self, entry: _Entry) -> str:
        given = entry.data.get("slug")
        if given is None:
            slug = slugify(entry.name)
            if not slug:
                self.fail(entry.src, f"{entry.where()}: the name gives an empty slug; set 'slug:'")
            return slug
        if not isinstance(given, str) or not given.strip():
            self.fail(entry.src, f"{entry.where()}: 'slug' must be non-empty text")
            return ""
        if slugify(given) != given:
            self.fail(entry.src, f"{entry.where()}: slug '{given}' may use only a-z, 0-9 and '-' "
                                 f"(for example '{slugify(given) or 'name'}')")
        return given

    def date(self, entry: _Entry, value: Any, what: str, end: bool) -> dt.date | None:
        """YYYY, YYYY-MM or YYYY-MM-DD; a year or month as an end date means its last day."""
        if value is None or value == "":
            return None
        if isinstance(value, dt.datetime):
            return value.date()
        if isinstance(value, dt.date):
            return value
        text = str(value).strip() if not isinstance(value, bool) else ""
        match = re.fullmatch(r"(\d{4})(?:-(\d{1,2}))?(?:-(\d{1,2}))?", text)
        try:
            if not match:
                raise ValueError
            year, month, day = int(match[1]), match[2], match[3]
            if not 1800 <= year <= 2200:
                raise ValueError
            if month is None:
                return dt.date(year, 12, 31) if end else dt.date(year, 1, 1)
            if day is None:
                last = calendar.monthrange(year, int(month))[1]
                return dt.date(year, int(month), last if end else 1)
            return dt.date(year, int(month), int(day))
        except (ValueError, calendar.IllegalMonthError):
            self.fail(entry.src, f"{entry.where()}: {what}: bad date {value!r} "
                                 f"(use YYYY, YYYY-MM or YYYY-MM-DD)")
            return None

    # -- entries --

    def person(self, entry: _Entry) -> Person | None:
        before = len(self.problems)
        name = " ".join(entry.name.split())
        aliases = [a for a in self.names(entry, "aliases") if fold(a) != fold(name)]
        roles = self.roles(entry)
        wikidata = self.text(entry, "wikidata")
        if wikidata and not re.fullmatch(r"Q\d+", wikidata):
            self.fail(entry.src, f"{entry.where()}: wikidata must be an id such as Q123456, "
                                 f"not {wikidata!r}")
        person = Person(
            name=name,
            slug=self.slug(entry),
            aliases=aliases,
            description=self.text(entry, "description") or "",
            roles=sorted(roles, key=lambda r: r.start or dt.date.min, reverse=True),
            wikidata=wikidata,
            surname_override=self.text(entry, "surname"),
        )
        self.origin[id(person)] = entry
        return person if len(self.problems) == before else None

    def roles(self, entry: _Entry) -> list[Role]:
        value = entry.data.get("roles")
        if value is None:
            return []
        if not isinstance(value, list):
            self.fail(entry.src, f"{entry.where()}: 'roles' must be a list of "
                                 f"{{title, org, from, to}} mappings")
            return []
        roles = []
        for n, role in enumerate(value, 1):
            if not isinstance(role, dict) or not isinstance(role.get("title"), str) \
                    or not role["title"].strip():
                self.fail(entry.src, f"{entry.where()}: role {n} needs a 'title' (text)")
                continue
            what = f"role '{role['title']}'"
            for key in role:
                if key not in ROLE_FIELDS:
                    self.notes.append(f"{entry.src}: {entry.where()}: {what}: unknown key '{key}' "
                                      f"ignored (use title, org, from, to)")
            org = role.get("org")
            if org is not None and not isinstance(org, str):
                self.fail(entry.src, f"{entry.where()}: {what}: 'org' must be text")
                org = None
            start = self.date(entry, role.get("from"), f"{what} 'from'", end=False)
            end = self.date(entry, role.get("to"), f"{what} 'to'", end=True)
            if start and end and start > end:
                self.fail(entry.src, f"{entry.where()}: {what}: 'from' {start} is after 'to' {end}")
                continue
            roles.append(Role(role["title"].strip(), (org or "").strip(), start, end))
        return roles

    def topic(self, entry: _Entry) -> Topic | None:
        before = len(self.problems)
        min_hits = entry.data.get("min_hits", 1)
        if isinstance(min_hits, bool) or not isinstance(min_hits, int) or min_hits < 1:
            self.fail(entry.src, f"{entry.where()}: min_hits must be a whole number of at least 1, "
                                 f"not {min_hits!r}")
        phrases = self.names(entry, "match")
        for phrase in phrases:
            if not re.search(r"\w", fold(phrase)):
                self.fail(entry.src, f"{entry.where()}: match phrase {phrase!r} has no letters")
        topic = Topic(
            name=" ".join(entry.name.split()),
            slug=self.slug(entry),
            description=self.text(entry, "description") or "",
            parent=self.text(entry, "parent"),
            match=phrases,
            min_hits=min_hits if isinstance(min_hits, int) else 1,
        )
        self.origin[id(topic)] = entry
        return topic if len(self.problems) == before else None

    def source(self, entry: _Entry) -> Source | None:
        before = len(self.problems)
        domains = []
        for domain in self.names(entry, "domains"):
            clean = domain.lower().removeprefix("www.")
            if not re.fullmatch(r"[a-z0-9-]+(\.[a-z0-9-]+)+", clean):
                self.fail(entry.src, f"{entry.where()}: domain {domain!r} must be a bare host name "
                                     f"such as 'reuters.com' (no scheme, no path)")
            domains.append(clean)
        source = Source(
            name=" ".join(entry.name.split()),
            slug=self.slug(entry),
            aliases=[a for a in self.names(entry, "aliases") if fold(a) != fold(entry.name)],
            domains=domains,
            country=self.text(entry, "country"),
            language=self.text(entry, "language"),
            kind=self.text(entry, "kind"),
        )
        self.origin[id(source)] = entry
        return source if len(self.problems) == before else None

    # -- the whole registry --

    def unique(self, kind: str, items: list) -> list:
        """No name or alias claimed by two entries; no two entries with one slug."""
        owner: dict[str, Any] = {}
        slugs: dict[str, Any] = {}
        for item in items:
            if item.slug in slugs:
                self._clash(kind, item, f"slug '{item.slug}' is also the slug of "
                                        f"'{slugs[item.slug].name}'", slugs[item.slug])
            slugs.setdefault(item.slug, item)
            owner.setdefault(fold(item.name), item)
        for item in items:
            for alias in getattr(item, "aliases", []):
                other = owner.get(fold(alias))
                if other is None:
                    owner[fold(alias)] = item
                elif other is not item:
                    how = "the name" if fold(other.name) == fold(alias) else "an alias"
                    self._clash(kind, item, f"alias '{alias}' is already {how} of '{other.name}'",
                                other)
        return items

    def _clash(self, kind: str, item: Any, problem: str, other: Any) -> None:
        entry, theirs = self.origin[id(item)], self.origin[id(other)]
        elsewhere = f" (in {theirs.src})" if theirs.src != entry.src else ""
        self.fail(entry.src, f"{entry.where()}: {problem}{elsewhere}")

    def topic_tree(self, topics: list[Topic]) -> list[Topic]:
        """Unique topics whose parents exist and form no cycle; parents stored by canonical name."""
        self.unique("topics", topics)
        by_name = {fold(n): t for t in topics for n in (t.name, t.slug)}
        for topic in topics:
            if topic.parent is None:
                continue
            parent = by_name.get(fold(topic.parent))
            entry = self.origin[id(topic)]
            if parent is None:
                close = difflib.get_close_matches(topic.parent, [t.name for t in topics], n=1)
                hint = f" (did you mean '{close[0]}'?)" if close else ""
                self.fail(entry.src, f"{entry.where()}: unknown parent topic "
                                     f"'{topic.parent}'{hint}")
                topic.parent = None
            else:
                topic.parent = parent.name
        self._cycles(topics)
        return topics

    def _cycles(self, topics: list[Topic]) -> None:
        """Report each loop of parents once (A → B → A), and cut it so the tree stays a tree."""
        by_name = {t.name: t for t in topics}
        reported: set[frozenset[str]] = set()
        for topic in topics:
            chain = [topic.name]
            current = topic
            while current.parent and current.parent not in chain:
                chain.append(current.parent)
                current = by_name[current.parent]
            if current.parent != topic.name:
                continue
            loop = frozenset(chain)
            if loop not in reported:
                reported.add(loop)
                entry = self.origin[id(topic)]
                self.fail(entry.src, f"{entry.where()}: parent topics form a cycle: "
                                     + " → ".join([*chain, topic.name]))
        for topic in topics:
            if any(topic.name in loop for loop in reported):
                topic.parent = None
