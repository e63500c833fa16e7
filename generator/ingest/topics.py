"""Topics: apply each registered topic's phrase rules; an author's own topics are never dropped."""

from __future__ import annotations

import re
from functools import lru_cache

from ..model import Article
from ..registry import Registry, Topic
from ..text import fold
from .people import mention_text


@lru_cache(maxsize=8)
def _rules(registry: Registry) -> list[tuple[Topic, re.Pattern[str]]]:
    rules = []
    for topic in registry.topics:
        phrases = sorted({fold(p) for p in [*topic.match]}, key=len, reverse=True)
        if phrases:
            rules.append((topic, re.compile(r"(?<!\w)(" + "|".join(map(re.escape, phrases)) + r")(?!\w)")))
    return rules


def find_topics(article: Article, registry: Registry) -> Article:
    text = re.sub(r"\s+", " ", fold(mention_text(article)))
    matched = [topic.name for topic, rule in _rules(registry)
               if len(rule.findall(text)) >= topic.min_hits]
    authored = [registry.topic(t).name if registry.topic(t) else t for t in article.topics]
    return article.replace(topics=list(dict.fromkeys([*authored, *matched])))
