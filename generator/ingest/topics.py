"""Topics: apply each registered topic's phrase rules; an author's own topics are never dropped.

A rule phrase matches on folded text (case, accents and line breaks do not matter; a hyphen
counts as a space, so "drone-wall" matches "drone wall") and only as whole words. A phrase the
registry writes in capitals ("SAFE", "CSDP") is an acronym: in the text it must start with a
capital ("SAFE", or "Nato" as some papers write it), so the word "safe" is not the SAFE programme. A topic applies when its phrases occur at
least `min_hits` times in all.

Parents are not added: a child topic says nothing certain about its parent in one article (an
article on the Arctic Council's science work is tagged "Arctic" without being about security),
and the site already shows a child's articles from the parent's page through the topic tree.
So the front matter lists only the topics the text itself supports, plus the author's own.
Matched topics are ordered by their number of hits, strongest first, after the author's.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..model import Article
from ..registry import Registry, Topic
from ..text import fold
from .people import mention_text


def _normal(text: str) -> str:
    """Folded, hyphens as spaces, whitespace collapsed: the form both phrases and text take."""
    return re.sub(r"[\s\-‐‑–]+", " ", fold(text)).strip()


def _is_acronym(phrase: str) -> bool:
    letters = [c for c in phrase if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


@lru_cache(maxsize=8)
def _rules(registry: Registry) -> list[tuple[Topic, re.Pattern[str] | None, re.Pattern[str] | None]]:
    """Per topic: one pattern for ordinary phrases (folded text), one for acronyms (as written)."""
    rules = []
    for topic in registry.topics:
        plain = sorted({_normal(p) for p in topic.match if not _is_acronym(p)} - {""},
                       key=len, reverse=True)
        acronyms = sorted({p for p in topic.match if _is_acronym(p)}, key=len, reverse=True)
        plain_rule = re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, plain)) + r")(?!\w)") \
            if plain else None
        acronym_rule = re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, acronyms)) + r")(?![\w-])",
                                  re.I) if acronyms else None
        if plain_rule or acronym_rule:
            rules.append((topic, plain_rule, acronym_rule))
    return rules


def topic_hits(text: str, registry: Registry) -> dict[str, int]:
    """How often each topic's phrases occur in `text` (topics with no hit left out)."""
    folded = _normal(text)
    spaced = re.sub(r"\s+", " ", text)
    hits = {}
    for topic, plain, acronyms in _rules(registry):
        count = (len(plain.findall(folded)) if plain else 0) + \
                (sum(1 for m in acronyms.finditer(spaced) if m.group()[0].isupper()) if acronyms else 0)
        if count:
            hits[topic.name] = count
    return hits


def find_topics(article: Article, registry: Registry) -> Article:
    hits = topic_hits(mention_text(article), registry)
    matched = sorted((name for name, n in hits.items() if n >= registry.topic(name).min_hits),
                     key=lambda name: -hits[name])
    authored = [registry.topic(t).name if registry.topic(t) else t for t in article.topics]
    hints = {**article.hints, "topics_seen": hits}
    return article.replace(topics=list(dict.fromkeys([*authored, *matched])), hints=hints)
