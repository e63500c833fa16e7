"""The Article: the one object carried through ingest, and its Markdown + YAML front-matter form.

An Article knows how to load and dump itself and nothing else. Loading validates every field
with a clear error naming the file, the key and (for YAML errors) the line: MkDocs silently
swallows broken front matter, so this parser is the source of truth everywhere.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import re
from dataclasses import dataclass, field
from typing import Any

import yaml

from .errors import FrontMatterError

CHECKSUM_KEY = "ingest_checksum"
_FENCE = re.compile(r"\A---[ \t]*\r?\n(.*?\r?\n)?---[ \t]*(?:\r?\n|\Z)", re.S)


@dataclass
class DateCandidate:
    """One date the text offers, where it came from, and the words that gave it."""

    date: dt.date
    kind: str  # marker | dateline | id | html | text | filename | weekday
    text: str = ""
    inferred_year: bool = False

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"date": self.date, "kind": self.kind}
        if self.text:
            out["text"] = self.text
        if self.inferred_year:
            out["inferred_year"] = True
        return out


@dataclass
class Article:
    """An article's metadata and its cleaned Markdown body."""

    title: str = ""
    date: dt.date | None = None
    source: str | None = None
    language: str | None = None
    people: list[str] = field(default_factory=list)
    topics: list[str] = field(default_factory=list)
    summary: str = ""
    body: str = ""
    title_derived: bool = False
    date_confidence: str | None = None
    date_candidates: list[DateCandidate] = field(default_factory=list)
    updated: dt.date | None = None
    translated: bool = False
    original_language: str | None = None
    translator: str | None = None
    author: str | None = None
    url: str | None = None
    raw_file: str | None = None
    raw_sha256: str | None = None
    ingested: str | None = None
    extractor: str | None = None
    stripped: dict[str, int] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)
    extra: dict[str, Any] = field(default_factory=dict)
    # Working data for enrichers; never written.
    lines: list[str] = field(default_factory=list, repr=False)
    hints: dict[str, Any] = field(default_factory=dict, repr=False)

    @property
    def year(self) -> int | None:
        return self.date.year if self.date else None

    def replace(self, **changes: Any) -> "Article":
        return dataclasses.replace(self, **changes)

    # ---- dumping -------------------------------------------------------------------------------

    def front_matter(self) -> dict[str, Any]:
        """Front-matter mapping in a stable, readable key order; empty optional keys left out."""
        fm: dict[str, Any] = {"title": self.title}
        if self.title_derived:
            fm["title_derived"] = True
        fm["date"] = self.date
        if self.date_confidence:
            fm["date_confidence"] = self.date_confidence
        if self.date_candidates:
            fm["date_candidates"] = [c.to_dict() for c in self.date_candidates]
        if self.updated:
            fm["updated"] = self.updated
        fm["source"] = self.source
        fm["language"] = self.language
        if self.translated:
            fm["translated"] = True
            fm["original_language"] = self.original_language
            if self.translator:
                fm["translator"] = self.translator
        if self.author:
            fm["author"] = self.author
        if self.url:
            fm["url"] = self.url
        fm["people"] = list(self.people)
        fm["topics"] = list(self.topics)
        fm["summary"] = self.summary
        for key, value in self.extra.items():
            fm.setdefault(key, value)
        provenance = {
            "raw_file": self.raw_file,
            "raw_sha256": self.raw_sha256,
            "ingested": self.ingested,
            "extractor": self.extractor,
            "stripped": dict(self.stripped) or None,
            "warnings": list(self.warnings) or None,
        }
        fm.update({k: v for k, v in provenance.items() if v is not None})
        return fm

    def dumps(self) -> str:
        """The article as a Markdown file, ending with a checksum line that reveals later edits."""
        text = render_markdown(self.front_matter(), self.body)
        return add_checksum(text)

    # ---- loading -------------------------------------------------------------------------------

    @classmethod
    def loads(cls, text: str, path: str = "<string>") -> "Article":
        meta, body = split_front_matter(text, path)
        return cls.from_front_matter(meta, body, path)

    @classmethod
    def from_front_matter(cls, meta: dict[str, Any], body: str, path: str) -> "Article":
        check = _Checker(meta, path)
        article = cls(
            title=check.text("title", required=True),
            date=check.date("date"),
            source=check.opt_text("source"),
            language=check.opt_text("language"),
            people=check.names("people"),
            topics=check.names("topics"),
            summary=check.text("summary"),
            body=body.strip(),
            title_derived=check.flag("title_derived"),
            date_confidence=check.opt_text("date_confidence"),
            date_candidates=check.candidates("date_candidates"),
            updated=check.date("updated"),
            translated=check.flag("translated"),
            original_language=check.opt_text("original_language"),
            translator=check.opt_text("translator"),
            author=check.opt_text("author"),
            url=check.opt_text("url"),
            raw_file=check.opt_text("raw_file"),
            raw_sha256=check.opt_text("raw_sha256"),
            ingested=check.opt_text("ingested"),
            extractor=check.opt_text("extractor"),
            stripped=check.counts("stripped"),
            warnings=check.names("warnings"),
        )
        known = {f.name for f in dataclasses.fields(cls)} | {CHECKSUM_KEY}
        article.extra = {k: v for k, v in meta.items() if k not in known}
        return article


# ---- front matter text -------------------------------------------------------------------------


class _StrictLoader(yaml.SafeLoader):
    """SafeLoader hardened for text anyone may have written or scraped.

    It refuses duplicate keys (YAML would silently keep the last one), aliases (`*name` can
    expand a few lines into gigabytes: the "billion laughs"), keys that are not plain values, and
    impossible dates, each as a YAML error with a line number instead of a crash.
    """

    def compose_node(self, parent, index):
        if self.check_event(yaml.events.AliasEvent):
            event = self.peek_event()
            raise yaml.composer.ComposerError(
                None, None, f"aliases like *{event.anchor} are not allowed; write the value out",
                event.start_mark)
        return super().compose_node(parent, index)

    def construct_yaml_timestamp(self, node):
        try:
            return super().construct_yaml_timestamp(node)
        except (ValueError, OverflowError) as exc:
            raise yaml.constructor.ConstructorError(
                None, None, f"impossible date {node.value!r} ({exc})", node.start_mark) from None


def _construct_mapping(loader: _StrictLoader, node: yaml.MappingNode, deep: bool = False):
    seen: set[Any] = set()
    for key_node, _ in node.value:
        key = loader.construct_object(key_node, deep=deep)
        try:
            duplicate = key in seen
        except TypeError:
            raise yaml.constructor.ConstructorError(
                None, None, "a key must be a plain value, not a list or mapping", key_node.start_mark
            ) from None
        if duplicate:
            raise yaml.constructor.ConstructorError(
                None, None, f"duplicate key {key!r}", key_node.start_mark
            )
        seen.add(key)
    return loader.construct_mapping(node, deep)


def _refuse_tag(loader: _StrictLoader, node: yaml.Node):
    tag = node.tag.replace("tag:yaml.org,2002:", "!!")
    raise yaml.constructor.ConstructorError(
        None, None, f"the YAML tag {tag} is not allowed (plain values, lists and mappings only)",
        node.start_mark)


_StrictLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)
_StrictLoader.add_constructor(None, _refuse_tag)
_StrictLoader.add_constructor("tag:yaml.org,2002:timestamp", _StrictLoader.construct_yaml_timestamp)


class _FastStrictLoader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):
    """libyaml's C parser with the same refusals of duplicate keys, odd keys and tags (10× faster
    on a large archive). Aliases cannot be refused inside the C composer, so text with `&` or `*`
    never comes here; anything it rejects is parsed again by `_StrictLoader` for the message."""


_FastStrictLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)
_FastStrictLoader.add_constructor(None, _refuse_tag)


def load_yaml(text: str, path: str, first_line: int = 1) -> Any:
    """Parse YAML safely; errors name the file and the line (counted from `first_line`)."""
    if "&" not in text and "*" not in text:
        try:
            return yaml.load(text, Loader=_FastStrictLoader)  # noqa: S506 - a CSafeLoader subclass
        except Exception:  # noqa: BLE001 - the strict pure-Python loader below says what is wrong
            pass
    try:
        return yaml.load(text, Loader=_StrictLoader)  # noqa: S506 - a SafeLoader subclass
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = first_line + mark.line if mark else None
        problem = exc.problem or exc.context or "invalid YAML"
        context = exc.context_mark
        if exc.problem and exc.context and context and line != first_line + context.line:
            # e.g. "...but got ':' (while parsing a flow sequence opened on line 4)"
            problem += f" ({exc.context} opened on line {first_line + context.line})"
        raise FrontMatterError(f"invalid YAML: {problem}", path, line) from None
    except yaml.YAMLError as exc:
        raise FrontMatterError(f"invalid YAML: {exc}", path) from None
    except RecursionError:
        raise FrontMatterError("invalid YAML: nested too deeply", path) from None


def split_front_matter(text: str, path: str) -> tuple[dict[str, Any], str]:
    """Split `---` fenced YAML front matter from the body; both must be present and valid."""
    text = text.lstrip("\ufeff")
    match = _FENCE.match(text)
    if not match:
        raise FrontMatterError("no front matter (the file must start with a '---' line)", path, 1)
    meta = load_yaml(match.group(1) or "", path, first_line=2)
    if meta is None:
        meta = {}
    if not isinstance(meta, dict):
        raise FrontMatterError(
            f"front matter must be a mapping of keys to values, not {type(meta).__name__}", path, 2
        )
    return meta, text[match.end():]


def has_front_matter(text: str) -> bool:
    return bool(_FENCE.match(text.lstrip("\ufeff")))


class _Dumper(yaml.SafeDumper):
    """Readable YAML: multi-line strings as blocks, no aliases."""

    def ignore_aliases(self, data: Any) -> bool:
        return True


# Line breaks other than \n: PyYAML writes them raw into plain and single-quoted scalars, and
# reading the file back folds them into spaces. Double quotes escape them (\r, \N, \L, \P).
_OTHER_BREAKS = re.compile("[\r\x85\u2028\u2029]")


def _represent_str(dumper: yaml.SafeDumper, data: str):
    # Trailing line breaks would need a "|+" block, after which PyYAML ends the document ("...")
    # and the checksum line would fall outside it.
    if _OTHER_BREAKS.search(data) or data.endswith("\n"):
        style = '"'
    else:
        style = "|" if "\n" in data else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", data, style=style)


_Dumper.add_representer(str, _represent_str)


def render_markdown(meta: dict[str, Any], body: str) -> str:
    fm = yaml.dump(meta, Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=100)
    return f"---\n{fm}---\n\n{body.strip()}\n"


def _checksum(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def add_checksum(text: str) -> str:
    """Insert `ingest_checksum` (hash of the file without that line) before the closing fence."""
    head, sep, rest = text.partition("\n---\n")
    return f"{head}\n{CHECKSUM_KEY}: {_checksum(text)}{sep}{rest}"


_CHECKSUM_LINE = re.compile(rf"^{CHECKSUM_KEY}: ([0-9a-f]{{64}})\n", re.M)


def edited_since_ingest(text: str) -> bool:
    """True when a file written by ingest was changed afterwards (or never carried a checksum)."""
    match = _CHECKSUM_LINE.search(text)
    if not match:
        return True
    original = text[: match.start()] + text[match.end():]
    return _checksum(original) != match.group(1)


# ---- field validation --------------------------------------------------------------------------


class _Checker:
    """Typed access to front-matter keys with errors that name the file and the key."""

    def __init__(self, meta: dict[str, Any], path: str):
        self.meta = meta
        self.path = path

    def fail(self, key: str, problem: str) -> FrontMatterError:
        return FrontMatterError(f"front matter key '{key}': {problem}", self.path)

    def text(self, key: str, required: bool = False) -> str:
        value = self.meta.get(key)
        if value is None:
            if required:
                raise self.fail(key, "is required")
            return ""
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            value = str(value)
        if not isinstance(value, str):
            raise self.fail(key, f"must be text, not {type(value).__name__}")
        if required and not value.strip():
            raise self.fail(key, "must not be empty")
        return value

    def opt_text(self, key: str) -> str | None:
        return self.text(key) or None

    def flag(self, key: str) -> bool:
        value = self.meta.get(key, False)
        if value is None:
            return False
        if not isinstance(value, bool):
            raise self.fail(key, "must be true or false")
        return value

    def date(self, key: str) -> dt.date | None:
        value = self.meta.get(key)
        if value is None or value == "":
            return None
        if isinstance(value, dt.datetime):
            return value.date()
        if isinstance(value, dt.date):
            return value
        if isinstance(value, str):
            try:
                return dt.date.fromisoformat(value.strip()[:10])
            except ValueError:
                pass
        raise self.fail(key, f"must be an ISO date like 2025-03-31, not {value!r}")

    def names(self, key: str) -> list[str]:
        value = self.meta.get(key)
        if value is None:
            return []
        if not isinstance(value, list):
            raise self.fail(key, f"must be a list such as [First, Second], "
                                 f"not {type(value).__name__}")
        out = []
        for item in value:
            if not isinstance(item, str) or not item.strip():
                raise self.fail(key, f"every entry must be non-empty text, not {item!r}")
            out.append(item.strip())
        return out

    def counts(self, key: str) -> dict[str, int]:
        value = self.meta.get(key)
        if value is None:
            return {}
        if not isinstance(value, dict) or not all(
            isinstance(k, str) and isinstance(v, int) for k, v in value.items()
        ):
            raise self.fail(key, "must map names to whole numbers")
        return dict(value)

    def candidates(self, key: str) -> list[DateCandidate]:
        value = self.meta.get(key)
        if value is None:
            return []
        if not isinstance(value, list):
            raise self.fail(key, "must be a list")
        out = []
        for item in value:
            if not isinstance(item, dict):
                raise self.fail(key, "every entry must be a mapping with 'date' and 'kind'")
            sub = _Checker(item, self.path)
            when = sub.date("date")
            if when is None:
                raise self.fail(key, "every entry needs a 'date'")
            out.append(DateCandidate(when, sub.text("kind") or "text", sub.text("text"),
                                     sub.flag("inferred_year")))
        return out
