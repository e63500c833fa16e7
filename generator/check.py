"""`briefing check`: what an author should look at — broken files, date doubts, unknown names.

Errors (exit status 1) are what stops a build: an invalid registry, broken front matter.
Everything else is advice, printed but not failing: conflicting dates, people and topics in front
matter that the registry does not know, and every name the articles use like a person's that
the registry lacks — with how often it occurs, one example in context and the closest registered
person, so an author can grow the registry in minutes. The name detector runs again on the stored
body of each article, so the list reflects the registry as it is now.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from rapidfuzz import fuzz, process

from .errors import BriefingError, FrontMatterError
from .ingest.people import match_text, mention_text
from .model import Article
from .registry import Registry, read_registry
from .text import fold


@dataclass
class UnknownName:
    name: str
    count: int = 0
    articles: list[str] = field(default_factory=list)
    context: str = ""
    where: str = ""
    confident: bool = False
    listed: bool = False          # already in some article's `people:`
    variants: list[str] = field(default_factory=list)   # other spellings, merged in


@dataclass
class Report:
    errors: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    dates: list[str] = field(default_factory=list)
    unregistered: dict[str, list[str]] = field(default_factory=dict)   # front-matter name -> files
    unknown: dict[str, UnknownName] = field(default_factory=dict)
    articles: int = 0


def load_article(path: Path, uri: str) -> Article:
    try:
        text = path.read_text("utf-8")
    except UnicodeDecodeError:
        raise FrontMatterError("not UTF-8 text", uri) from None
    return Article.loads(text, uri)


def check_archive(content: Path) -> tuple[Report, Registry | None]:
    report = Report()
    try:
        registry, problems = read_registry(content / "registry")
    except BriefingError as exc:
        report.errors.append(str(exc))
        return report, None
    report.errors += [str(p) for p in problems]
    report.notes += registry.notes
    if problems:
        return report, registry
    for path in sorted((content / "articles").glob("**/*.md")):
        uri = path.as_posix()
        report.articles += 1
        try:
            article = load_article(path, uri)
        except BriefingError as exc:
            report.errors.append(str(exc))
            continue
        check_dates(article, uri, report)
        check_names(article, uri, registry, report)
    return report, registry


def check_dates(article: Article, uri: str, report: Report) -> None:
    others = [c for c in article.date_candidates if c.date != article.date]
    if others:
        said = "; ".join(f"{c.date} ({c.kind}{': ' + c.text if c.text else ''})" for c in others)
        report.dates.append(f"{uri}: dated {article.date or 'nothing'}, but the text also gives {said}")
    elif article.date is None:
        report.dates.append(f"{uri}: no publication date")
    elif article.date_confidence == "low":
        report.dates.append(f"{uri}: dated {article.date} with low confidence "
                            f"({', '.join(c.kind for c in article.date_candidates) or 'inferred'})")


def check_names(article: Article, uri: str, registry: Registry, report: Report) -> None:
    for name in article.people:
        if registry.person(name) is None:
            report.unregistered.setdefault(name, []).append(uri)
    for name in article.topics:
        if registry.topic(name) is None:
            report.notes.append(f"{uri}: topic '{name}' is not in the registry (it gets a page, "
                                f"but no description or parent)")
    matches = match_text(mention_text(article), registry)
    for form, name in matches.fuzzy():
        report.notes.append(f"{uri}: '{form}' read as '{name}' (fuzzy); add it as an alias if right")
    for key, candidate in matches.candidates.items():
        unknown = report.unknown.setdefault(key, UnknownName(candidate.name))
        unknown.count += candidate.count
        unknown.articles.append(uri)
        if not unknown.context or (candidate.confident and not unknown.confident):
            unknown.context, unknown.where = candidate.context, uri
        unknown.confident |= candidate.confident
        unknown.listed |= fold(candidate.name) in {fold(p) for p in article.people}


def merge_variants(unknown: dict[str, UnknownName]) -> list[UnknownName]:
    """One entry per person: "Alexei Navalny" and "Alexéi Navalni" are two spellings of one name.

    Spellings whose folded forms are close (rapidfuzz ratio ≥ 85) join the most mentioned one.
    """
    merged: list[UnknownName] = []
    for u in sorted(unknown.values(), key=lambda u: (-u.count, u.name)):
        home = next((m for m in merged if fuzz.ratio(fold(m.name), fold(u.name)) >= 85), None)
        if home is None:
            merged.append(u)
            continue
        home.variants.append(u.name)
        home.count += u.count
        home.articles += [a for a in u.articles if a not in home.articles]
        if u.confident and not home.confident:
            home.context, home.where = u.context, u.where
        home.confident |= u.confident
        home.listed |= u.listed
    return sorted(merged, key=lambda u: (-u.confident, -u.count, u.name))


def closest_person(name: str, registry: Registry) -> tuple[str, int] | None:
    """The registered person whose name or alias is nearest to `name` (rapidfuzz WRatio)."""
    choices = {n: p.name for p in registry.people for n in [p.name, *p.aliases]}
    if not choices:
        return None
    best = process.extractOne(name, list(choices), scorer=fuzz.WRatio, processor=fold)
    return (choices[best[0]], round(best[1])) if best else None


def print_report(report: Report, registry: Registry | None) -> None:
    if registry is not None:
        print(f"registry: {len(registry.people)} people, {len(registry.topics)} topics, "
              f"{len(registry.sources)} sources")
    for error in report.errors:
        print(f"error: {error}")
    for note in report.notes:
        print(f"note: {note}")
    if report.dates:
        print(f"\ndates to confirm ({len(report.dates)}):")
        for line in report.dates:
            print(f"  {line}")
    unknown = merge_variants(report.unknown)
    detected = {fold(n) for u in unknown for n in [u.name, *u.variants]}
    authored = {n: f for n, f in report.unregistered.items() if fold(n) not in detected}
    if authored:
        print(f"\npeople in front matter but not in the registry ({len(authored)}):")
        for name, files in sorted(authored.items(), key=lambda kv: (-len(kv[1]), kv[0])):
            print(f"  {name} — {len(files)} article(s), e.g. {files[0]}")
    if unknown and registry is not None:
        print(f"\nnames not in the registry ({len(unknown)}), likeliest first:")
        for u in unknown:
            close = closest_person(u.name, registry)
            mark = "in front matter" if u.listed else "likely a person" if u.confident else "unsure"
            nearest = f"; closest registered: {close[0]} ({close[1]})" if close else ""
            also = f" (also written {', '.join(u.variants)})" if u.variants else ""
            print(f"  {u.name}{also} — {u.count}× in {len(u.articles)} article(s) [{mark}]{nearest}")
            print(f"      {u.where}: {u.context}")
        confident = [u for u in unknown if u.confident]
        if confident:
            print("\nto register them, add to content/registry/people.yml under 'people:':")
            for u in confident:
                print(f"  - name: {u.name}")
    print(f"\nchecked {report.articles} article(s): {len(report.errors)} error(s)")


def run_check(content: Path) -> int:
    report, registry = check_archive(content)
    print_report(report, registry)
    return 1 if report.errors else 0
