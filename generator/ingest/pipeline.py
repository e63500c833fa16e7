"""Ingest pipeline: read → enrich (one pure step after another) → store, with a per-file report."""

from __future__ import annotations

import datetime as dt
import glob
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Iterator

from ..errors import BriefingError, InputError
from ..model import Article
from ..registry import Registry
from . import readers
from .clean import clean
from .dates import choose_date
from .meta import add_page_metadata, detect_language, detect_translation, name_source
from .people import find_people
from .store import Outcome, Store
from .title import choose_title, summarize
from .topics import find_topics


def enrich(article: Article, registry: Registry, today: dt.date | None = None) -> Article:
    """All enrichers in order; each takes and returns an Article."""
    article = clean(article)
    article = choose_title(article)
    article = choose_date(article, today)
    article = summarize(article)
    article = name_source(article, registry)
    article = add_page_metadata(article)
    article = detect_language(article)
    article = detect_translation(article)
    article = find_people(article, registry)
    article = find_topics(article, registry)
    return article


def ingest_bytes(data: bytes, name: str, registry: Registry, today: dt.date | None = None) -> Article:
    """One raw input to a finished Article (not yet stored)."""
    article = readers.read(data, name)
    article = enrich(article, registry, today)
    return article.replace(
        raw_file=name,
        ingested=article.ingested or dt.datetime.now(dt.timezone.utc).replace(microsecond=0).isoformat(),
    )


@dataclass
class Report:
    outcomes: list[tuple[str, Outcome]] = field(default_factory=list)

    def count(self, status: str) -> int:
        return sum(1 for _, o in self.outcomes if o.status == status)

    @property
    def failed(self) -> int:
        return self.count("failed")

    def summary(self) -> str:
        order = ("new", "updated", "unchanged", "skipped-edited", "failed")
        parts = [f"{self.count(s)} {s}" for s in order if self.count(s)]
        return f"{len(self.outcomes)} file(s): " + (", ".join(parts) or "nothing to do")


def expand(paths: Iterable[str]) -> Iterator[Path]:
    """Files named, files inside folders (recursively), and glob patterns; hidden files skipped."""
    for spec in paths:
        matches = sorted(glob.glob(spec, recursive=True)) if glob.has_magic(spec) else [spec]
        if not matches:
            raise InputError("no such file or folder", spec)
        for match in matches:
            path = Path(match)
            if path.is_dir():
                for child in sorted(path.rglob("*")):
                    rel = child.relative_to(path)
                    if child.is_file() and not any(p.startswith(".") for p in rel.parts) \
                            and readers.supported(child.name):
                        yield child
            elif path.exists():
                yield path
            else:
                raise InputError("no such file or folder", str(path))


def display_name(path: Path) -> str:
    """Path relative to the working folder when inside it (portable provenance), else as given."""
    try:
        return Path(os.path.relpath(path.resolve(), Path.cwd())).as_posix() \
            if path.resolve().is_relative_to(Path.cwd()) else path.as_posix()
    except ValueError:
        return path.as_posix()


def ingest_paths(paths: Iterable[str], content_dir: Path, registry: Registry, dry_run: bool = False,
                 on_result: Callable[[str, Outcome, Article | None], None] | None = None,
                 debug: bool = False, on_start: Callable[[int], None] | None = None) -> Report:
    """Ingest every file; a file that fails is reported and the others still go through."""
    store = Store(content_dir, dry_run=dry_run)
    report = Report()
    files = list(expand(paths))
    if on_start:
        on_start(len(files))
    for path in files:
        name = display_name(path)
        article = None
        try:
            size = path.stat().st_size
            if size > readers.MAX_BYTES:  # refused before reading it all into memory
                raise InputError(readers.too_large_message(size), name)
            article = ingest_bytes(path.read_bytes(), name, registry)
            outcome = store.save(article)
        except BriefingError as exc:
            outcome = Outcome("failed", None, f"line {exc.line}: {exc.message}" if exc.line else exc.message)
        except OSError as exc:
            outcome = Outcome("failed", None, f"cannot read: {exc.strerror or exc}")
        except Exception as exc:  # a bug on one file must not cost the author the others
            if debug:
                raise
            outcome = Outcome("failed", None, f"internal error ({type(exc).__name__}: {exc}); "
                                              "please report it with this file (--debug shows details)")
        report.outcomes.append((name, outcome))
        if on_result:
            on_result(name, outcome, article)
    return report


def ingest_stdin(data: bytes, name: str, content_dir: Path, registry: Registry,
                 dry_run: bool = False) -> tuple[Outcome, Article]:
    article = ingest_bytes(data, name, registry)
    return Store(content_dir, dry_run=dry_run).save(article), article
