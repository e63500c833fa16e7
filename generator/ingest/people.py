"""People: resolve every way the text spells a registered person to one canonical name.

Matching runs on accent-folded text with line breaks joined, so "Władysław", "Wladyslaw" and a
name broken across two lines all match. Captions count as mentions (they show who the article
is about); related-headline teasers do not. A surname alone counts once the full name was seen.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..model import Article
from ..registry import Person, Registry
from ..text import fold


@lru_cache(maxsize=8)
def _name_pattern(registry: Registry) -> tuple[re.Pattern[str], dict[str, Person]]:
    names = registry.person_by_name
    alternatives = sorted((re.escape(n) for n in names), key=len, reverse=True)
    pattern = re.compile(r"(?<![\w-])(" + "|".join(alternatives) + r")(?![\w-])") if alternatives \
        else re.compile(r"(?!x)x")
    return pattern, names


def mention_text(article: Article) -> str:
    """What counts as the article's own words: title, summary, body and photo captions."""
    captions = [text for kind, text in article.hints.get("signals", []) if kind == "caption"]
    return "\n".join([article.title, article.summary, article.body, *captions])


def _folded(text: str) -> str:
    return re.sub(r"\s+", " ", fold(text).replace("’", "'"))


def find_people(article: Article, registry: Registry) -> Article:
    text = _folded(mention_text(article))
    pattern, names = _name_pattern(registry)
    found: dict[str, list[str]] = {}
    first_seen: dict[str, int] = {}
    for match in pattern.finditer(text):
        person = names[match.group(1)]
        found.setdefault(person.name, [])
        first_seen.setdefault(person.name, match.start())
        if match.group(1) != fold(person.name):
            found[person.name].append(match.group(1))
    surnames: dict[str, list[Person]] = {}
    for person in registry.people:
        surnames.setdefault(fold(person.surname), []).append(person)
    for name, start in first_seen.items():
        person = registry.person(name)
        surname = fold(person.surname)
        if len(surnames.get(surname, [])) == 1 and re.search(
                rf"(?<![\w-]){re.escape(surname)}(?:'s)?(?![\w-])", text[start + len(name):]):
            found[name].append(surname)
    people = list(dict.fromkeys([*article.people, *sorted(found, key=first_seen.get)]))
    hints = {**article.hints, "people_seen": {k: sorted(set(v)) for k, v in found.items()}}
    return article.replace(people=people, hints=hints)
