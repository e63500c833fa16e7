"""Title and summary: the headline where the text has one, else a faithful short title."""

from __future__ import annotations

import html
import re

from ..model import Article
from ..text import normalize_space
from . import patterns as P
from .clean import Block, ends_sentence, render

MAX_TITLE = 90


def _is_headline(block: Block) -> bool:
    words = len(block.text.split())
    label = block.text.lower().strip(" :")
    return (block.kind in ("heading", "para") and 3 <= words <= 25 and not ends_sentence(block.text)
            and label not in P.SECTION_LABELS and not block.text.endswith((":", ",")))


def choose_title(article: Article) -> Article:
    """Headline from HTML metadata or the cleaner's headline; otherwise derived from the lede."""
    blocks: list[Block] = list(article.hints.get("blocks", []))
    if article.extractor == "markdown" and "title" in article.hints.get("authored", ()):
        return article
    title, derived = None, False
    subject = next((t for k, t in article.hints.get("signals", []) if k == "email_subject"), None)
    headline = subject or article.hints.get("headline")
    found = _take_block(blocks, headline) if headline else None
    if subject:
        found = _tidy(re.sub(r"^((re|fw|fwd|aw|wg|tr)\s*:\s*)+", "", subject, flags=re.I))
    if found is None and blocks and _is_headline(blocks[0]):
        found = blocks[0].text
        blocks[0] = Block("title", found)
    title = found
    html_title = clean_html_title(article.hints.get("html_title"), article.hints.get("html_sitename"))
    if html_title:
        if not (title and _same(title, html_title)):
            title = html_title
            _take_block(blocks, html_title, first_only=True)
    if not title:
        title, derived = derive_title(blocks), True
    body = article.body if "authored" in article.hints else render(blocks)
    return article.replace(title=_tidy(title), title_derived=derived, body=body,
                           hints={**article.hints, "blocks": blocks})


def _take_block(blocks: list[Block], text: str, first_only: bool = False) -> str | None:
    """Mark the block holding the headline as the title (so the body does not repeat it)."""
    for i, block in enumerate(blocks[:1] if first_only else blocks):
        if block.kind not in ("heading", "para"):
            continue
        if _same(block.text, text) and len(block.text) <= len(text) + 3:
            blocks[i] = Block("title", block.text)
            return block.text
        if block.text.startswith(text + " "):  # headline glued to the next line
            blocks[i] = Block(block.kind, block.text[len(text):].strip(), block.level)
            blocks.insert(i, Block("title", text))
            return text
    return None


def clean_html_title(title: str | None, sitename: str | None) -> str | None:
    """Page titles carry markup and the site's name: 'Headline <b>x</b> | Site' → 'Headline x'."""
    if not title:
        return None
    title = normalize_space(html.unescape(re.sub(r"<[^>]*>", "", title)))
    parts = re.split(r"\s+[|–—-]\s+|\s+::\s+|\s+»\s+", title)
    if len(parts) > 1:
        site = (sitename or "").lower()
        tail, head = parts[-1], " - ".join(parts[:-1])
        if tail.lower() == site or (len(tail.split()) <= 4 and len(head.split()) >= 4):
            title = title[: title.rfind(tail)].rstrip(" |–—-:»")
        if parts[0].lower() == site and len(parts) > 1:
            title = title[len(parts[0]):].lstrip(" |–—-:»")
    return title or None


def _same(a: str, b: str) -> bool:
    norm = lambda s: re.sub(r"\W+", " ", s.lower()).strip()  # noqa: E731
    return norm(a) == norm(b) or norm(b).startswith(norm(a)) or norm(a).startswith(norm(b))


def _tidy(title: str) -> str:
    title = re.sub(r"<[^>]*>", "", title)
    title = re.sub(r"(\*\*|__|(?<!\w)[*_]|[*_](?!\w))", "", title)  # Markdown emphasis
    title = P.WIRE_TITLE_PREFIX.sub("", normalize_space(title))
    return title.strip(" -–—|#*_")


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
