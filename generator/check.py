"""`briefing check`: what an author should look at — broken files, date doubts, unknown names."""

from __future__ import annotations

from pathlib import Path

from .catalog import read_front_matter
from .errors import BriefingError
from .registry import load_registry


def run_check(content: Path) -> int:
    problems = 0
    try:
        registry = load_registry(content / "registry")
        print(f"registry: {len(registry.people)} people, {len(registry.topics)} topics, "
              f"{len(registry.sources)} sources")
    except BriefingError as exc:
        print(f"error: {exc}")
        return 1
    articles = sorted((content / "articles").glob("**/*.md"))
    for path in articles:
        uri = path.relative_to(content).as_posix()
        try:
            article = read_front_matter(path, uri)
        except BriefingError as exc:
            print(f"error: {exc}")
            problems += 1
            continue
        for warning in article.warnings:
            print(f"warning: {uri}: {warning}")
        if article.date is None:
            print(f"note: {uri}: no publication date")
        unknown = [p for p in article.people if registry.person(p) is None]
        if unknown:
            print(f"note: {uri}: people not in the registry: {', '.join(unknown)}")
    print(f"checked {len(articles)} article(s): {problems} with errors")
    return 1 if problems else 0
