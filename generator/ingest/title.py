"""Title and summary: the headline where the text has one, else a faithful short title."""

from __future__ import annotations

import re

from ..model import Article
from . import patterns as P
from .clean import Block, ends_sentence, render

MAX_TITLE = 90


def _is_headline(block: Block) -> bool:
    words = len(block.text.split())
    label = block.text.lower().strip(" :")
    return (block.kind in ("heading", "para") and 3 <= words <= 25 and not ends_sentence(block.text)
            and label not in P.SECTION_LABELS and not block.text.endswith((":", ",")))


def choose_title(article: Article) -> Article:
    """Headline from HTML metadata or the first line; otherwise derived from the lede."""
    blocks: list[Block] = list(article.hints.get("blocks", []))
    if article.extractor == "markdown" and "title" in article.hints.get("authored", ()):
        return article
    title, derived = None, False
    html_title = article.hints.get("html_title")
    if blocks and _is_headline(blocks[0]):
        title = blocks[0].text
        blocks[0] = Block("title", title)
    if html_title:
        if title and _same(title, html_title):
            pass
        else:
            title = html_title
            # drop a leading H1 that repeats the page title
            if blocks and blocks[0].kind in ("heading", "para") and _same(blocks[0].text, html_title):
                blocks[0] = Block("title", html_title)
    if not title:
        title, derived = derive_title(blocks), True
    body = article.body if "authored" in article.hints else render(blocks)
    return article.replace(title=_tidy(title), title_derived=derived, body=body,
                           hints={**article.hints, "blocks": blocks})


def _same(a: str, b: str) -> bool:
    norm = lambda s: re.sub(r"\W+", " ", s.lower()).strip()  # noqa: E731
    return norm(a) == norm(b) or norm(b).startswith(norm(a)) or norm(a).startswith(norm(b))


def _tidy(title: str) -> str:
    return re.sub(r"\s+", " ", title).strip(" -–—|")


def derive_title(blocks: list[Block]) -> str:
    """A short faithful title: the first key fact, or the lede's first clause."""
    for i, block in enumerate(blocks):
        if block.kind == "heading" and block.text.lower().strip(" :") in P.FACT_LABELS:
            item = next((b for b in blocks[i + 1:i + 2] if b.kind == "item"), None)
            if item and len(item.text) <= MAX_TITLE:
                return item.text.rstrip(".")
    para = next((b.text for b in blocks if b.kind == "para" and len(b.text.split()) >= 6), None)
    if para is None:
        para = next((b.text for b in blocks if b.text), "Untitled briefing")
    sentence = re.split(r"(?<=[.!?])\s+(?=[A-Z\"“«])", para.strip("—–- "), maxsplit=1)[0].rstrip(".")
    return shorten(sentence)


def shorten(text: str, limit: int = MAX_TITLE) -> str:
    """Cut at a clause boundary when one leaves enough words, else at a word, with an ellipsis."""
    text = text.strip().strip("\"“”«»")
    if len(text) <= limit:
        return text
    head = text[:limit]
    for sep in (", ", " – ", " — ", "; ", ": "):
        cut = head.rfind(sep)
        if cut >= 40:
            return head[:cut]
    return head.rsplit(" ", 1)[0].rstrip(",;:") + "…"


def summarize(article: Article) -> Article:
    """A 'Quick Summary' section's first paragraph where present, else the lede."""
    if article.summary.strip():
        return article
    blocks: list[Block] = article.hints.get("blocks", [])
    text = ""
    for i, block in enumerate(blocks):
        if block.kind == "heading" and block.text.lower().strip(" :") in P.SUMMARY_LABELS:
            text = next((b.text for b in blocks[i + 1:] if b.kind == "para"), "")
            break
    if not text:
        text = next((b.text for b in blocks if b.kind == "para" and len(b.text.split()) >= 8), "")
    if not text:
        text = next((b.text for b in blocks if b.kind == "para"), "")
    return article.replace(summary=_first_sentences(text, 400))


def _first_sentences(text: str, limit: int) -> str:
    if len(text) <= limit:
        return text
    sentences = re.split(r"(?<=[.!?])\s+", text)
    out = ""
    for sentence in sentences:
        if out and len(out) + len(sentence) + 1 > limit:
            break
        out = f"{out} {sentence}".strip()
    return out if len(out) <= limit else shorten(out, limit)
