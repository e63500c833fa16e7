"""Source, language and translation: who published the text, in what language, translated how."""

from __future__ import annotations

import re

from ..model import Article
from ..registry import Registry
from . import patterns as P


def name_source(article: Article, registry: Registry) -> Article:
    """Source from HTML metadata, agency tags, credits, IDs, then in-text attributions."""
    if article.source:
        return article
    candidates: list[str] = []
    hints = article.hints
    if hints.get("html_sitename"):
        candidates.append(hints["html_sitename"])
    if hints.get("html_hostname"):
        by_domain = registry.source_for_domain(hints["html_hostname"])
        if by_domain:
            candidates.append(by_domain.name)
    for kind, text in hints.get("signals", []):
        if kind in ("agency", "credit"):
            candidates.append(text)
        elif kind == "id":
            prefix = re.match(r"^[A-Z]+", text)
            if prefix and registry.source(prefix.group(0)):
                candidates.append(prefix.group(0))
    for pattern in (r"\btold (?:the )?(?P<who>[A-Z][\w-]+(?:[ .][A-Z][\w-]+){0,2})",
                    r"\b(?:in an interview with|speaking to) (?:the )?(?P<who>[A-Z][\w-]+(?:[ .][A-Z][\w-]+){0,2})",
                    r"\b(?P<who>[A-Z][\w-]+(?:[ .][A-Z][\w-]+){0,2}) has learned\b"):
        for match in re.finditer(pattern, article.body):
            who = match.group("who")
            for n in range(len(who.split()), 0, -1):  # longest registered prefix
                name = " ".join(who.split()[:n])
                if registry.source(name):
                    candidates.append(name)
                    break
    for candidate in candidates:
        known = registry.source(candidate)
        if known:
            return article.replace(source=known.name)
    first = next((c for c in candidates if c and len(c) <= 60), None)
    return article.replace(source=first) if first else article


def detect_language(article: Article) -> Article:
    """Language of the cleaned text by a statistical detector; HTML lang only as a fallback."""
    if article.language:
        return article
    text = " ".join([article.title, article.body])[:5000]
    language = None
    if len(text.split()) >= 5:
        import py3langid

        language, _ = py3langid.classify(text)
    language = language or article.hints.get("html_language")
    return article.replace(language=language)


def detect_translation(article: Article) -> Article:
    """A machine-translation notice means translated: true, with the tool and original language."""
    notices = [text for kind, text in article.hints.get("signals", []) if kind == "mt_notice"]
    if not notices or article.translated:
        return article
    notice = notices[0]
    lowered = notice.lower()
    translator = next((name for key, name in P.TRANSLATORS.items() if key in lowered), None)
    original = None
    named = P.TRANSLATED_FROM.search(notice)
    if named:
        word = next(g for g in named.groups() if g and g.lower() not in ("the", "l'"))
        original = P.LANGUAGE_NAMES.get(word.lower())
    if original is None:
        original = _notice_language(notice)
    if original == article.language:
        original = None
    return article.replace(translated=True, translator=translator, original_language=original)


def _notice_language(notice: str) -> str | None:
    """The notice is usually written in the original's language: detect it (script first)."""
    if re.search(r"[\u0400-\u04FF]", notice):
        return "uk" if re.search(r"[іїєґ]", notice.lower()) else "ru"
    import py3langid

    language, _ = py3langid.classify(notice)
    return language if language != "en" else None
