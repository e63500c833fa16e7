"""Strip boilerplate and rebuild structure: raw lines in, clean Markdown body and signals out.

Works on structure, not on known articles: each line is classified (site chrome, caption,
credit, dateline, ID, disclaimer, translation notice, teaser, heading, list item, paragraph).
Removed lines that carry information are kept as *signals* (`article.hints["signals"]`) for
the date, source and translation enrichers; counts of what was removed go to `stripped`.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass

from ..model import Article
from ..text import normalize_space
from . import patterns as P
from .dates import parse_date_text


@dataclass
class Block:
    kind: str  # title | heading | item | para | quote
    text: str
    level: int = 2


def clean(article: Article) -> Article:
    signals: list[tuple[str, str]] = []
    stripped: Counter[str] = Counter()
    latin = _mostly_latin(article.lines)
    lines = _strip_lines(article.lines, latin, signals, stripped)
    lines = _strip_teasers(lines, signals, stripped)
    blocks = _blocks(lines, markdown=article.extractor in ("trafilatura", "markdown"))
    authored_body = article.extractor == "markdown" and "authored" in article.hints
    hints = {**article.hints, "signals": signals, "blocks": blocks}
    if authored_body:  # an author's own Markdown body is theirs: keep it as written
        return article.replace(hints=hints, stripped=dict(stripped))
    body = render(blocks)
    return article.replace(body=body, hints=hints, stripped=dict(stripped))


# ---- pass 1: line by line ----------------------------------------------------------------------


def _key(line: str) -> str:
    line = line.replace("’", "'").replace("‘", "'")
    return normalize_space(line).lower().strip(" :|·•*_#>")


def _words(line: str) -> int:
    return len(line.split())


def _mostly_latin(lines: list[str]) -> bool:
    text = "".join(lines)
    letters = [c for c in text if c.isalpha()]
    latin = sum(1 for c in letters if "LATIN" in unicodedata.name(c, ""))
    return not letters or latin / len(letters) > 0.6


def _is_foreign_script_ui(line: str, latin_text: bool) -> bool:
    """A short line in another script than the article (UI words left by a translator)."""
    letters = [c for c in line if c.isalpha()]
    if not latin_text or not letters or _words(line) > 4 or ends_sentence(line):
        return False
    return not any("LATIN" in unicodedata.name(c, "") for c in letters)


def ends_sentence(line: str) -> bool:
    core = line.rstrip().rstrip("\"”»'’)]*_ ")
    return bool(core) and core[-1] in ".!?…"


def _strip_lines(raw: list[str], latin: bool, signals: list, stripped: Counter) -> list[str]:
    out: list[str] = []
    in_disclaimer = False
    seen_paragraph = False
    for raw_line in raw:
        line = raw_line.replace("\u00a0", " ").replace("\u200b", "").rstrip()
        key = _key(line)
        words = _words(line)
        if not key:
            out.append("")
            continue
        if in_disclaimer:
            stripped["disclaimer"] += 1
            continue
        kind = _junk_kind(line, key, words, latin, seen_paragraph, signals)
        if kind == "disclaimer-head":
            in_disclaimer = True
            stripped["disclaimer"] += 1
            continue
        if kind:
            stripped[kind] += 1
            continue
        line = _strip_prefixes(line, signals, stripped)
        if not line.strip():
            continue
        duplicates = _caption(line, out, signals)
        if duplicates:
            stripped["caption"] += duplicates
            continue
        if words >= 12 and ends_sentence(line):
            seen_paragraph = True
        out.append(line)
    return out


def _junk_kind(line: str, key: str, words: int, latin: bool, seen_paragraph: bool,
               signals: list) -> str | None:
    """The kind of junk a whole line is, recording what it tells as a signal; None = keep."""
    if words <= 30 and P.MT_NOTICE.search(line):
        signals.append(("mt_notice", line.strip()))
        return "translation_notice"
    if key in P.UI_LINES or (words <= 8 and P.UI_PREFIXES.search(key)):
        return "chrome"
    if _is_foreign_script_ui(line, latin):
        return "chrome"
    if words <= 60 and P.COOKIE_OR_NEWSLETTER.search(line):
        return "prompt"
    if seen_paragraph and P.DISCLAIMER_HEAD.match(key):
        return "disclaimer-head"
    if words <= 60 and P.DISCLAIMER_LINE.search(line):
        return "disclaimer"
    if words <= 14 and P.UPDATED_STAMP.match(line.strip()):
        signals.append(("updated", P.UPDATED_STAMP.sub("", line.strip())))
        return "stamp"
    if words <= 14 and P.PUBLISHED_STAMP.match(line.strip()):
        signals.append(("published", P.PUBLISHED_STAMP.sub("", line.strip())))
        return "stamp"
    if P.ID_TOKEN.match(line.strip()):
        signals.append(("id", line.strip()))
        return "id"
    if words <= 10 and not ends_sentence(line) and parse_date_text(line) and _only_date(line):
        signals.append(("dateline", line.strip()))
        return "dateline"
    credit = P.CREDIT.match(line.strip())
    if credit and words <= 15:
        signals.append(("credit", credit.group("who").strip(" .")))
        return "credit"
    if words <= 25 and P.REPORTING_CREDIT.match(line.strip()) and not P.REPORTING_CREDIT.match(line.strip()).group(0).lower().startswith("by "):
        signals.append(("reporting", line.strip()))
        return "credit"
    byline = re.match(r"^by\s+(?P<who>[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3})\s*(?:,.*|\|.*)?$",
                      line.strip(), re.I)
    if byline and words <= 12 and not ends_sentence(line.strip().rstrip(".")+"x"):
        signals.append(("byline", byline.group("who")))
        return "byline"
    return None


def _only_date(line: str) -> bool:
    """True when a line holds nothing but a date, weekday, time and zone."""
    rest = re.sub(r"\d{1,4}|[,.:/|\-–]|\b(gmt|utc|cet|cest|est|edt|am|pm|z)\b", " ", line.lower())
    rest = re.sub(rf"\b({P.WEEKDAYS})\b", " ", rest)
    from .dates import MONTHS
    rest = re.sub(r"\b(" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?\b", " ", rest)
    rest = re.sub(r"\b(on|the|of|de|del|am|le|el)\b", " ", rest)
    return not rest.strip()


def _strip_prefixes(line: str, signals: list, stripped: Counter) -> str:
    """Remove leading date markers, datelines and agency tags from a paragraph's first line."""
    marker = P.DATE_MARKER.match(line)
    if marker:
        signals.append(("marker", marker.group("date")))
        stripped["date_marker"] += 1
        line = line[marker.end():]
    dateline = P.DATELINE.match(line.strip())
    if dateline and _words(line) > 8:
        signals.append(("agency", dateline.group("agency")))
        if dateline.group("when"):
            signals.append(("dateline_short", dateline.group("when")))
        stripped["dateline"] += 1
        line = line.strip()[dateline.end():]
    agency = P.AGENCY_PREFIX.match(line.strip())
    if agency and _words(line) > 8:
        signals.append(("agency", agency.group("agency")))
        stripped["agency_tag"] += 1
        line = line.strip()[agency.end():]
    return line


def _caption(line: str, out: list[str], signals: list) -> int:
    """Lines removed as a photo caption: one ending with a credit, plus its uncredited twin."""
    if _words(line) > 45 or not P.CAPTION_CREDIT.search(line):
        return 0
    text = P.CAPTION_CREDIT.sub("", line).strip()
    if not text or ends_sentence(text) and _words(text) > 25:
        return 0
    signals.append(("caption", text))
    prev = next((i for i in range(len(out) - 1, -1, -1) if out[i].strip()), None)
    if prev is not None and _key(out[prev]) and _key(text).startswith(_key(out[prev])):
        del out[prev]
        return 2
    return 1


# ---- pass 2: the tail of related headlines -----------------------------------------------------


def _headline_like(line: str) -> bool:
    words = _words(line)
    return (4 <= words <= 30 and not ends_sentence(line) and not P.LIST_ITEM.match(line)
            and (line.strip()[0].isupper() or line.strip()[0].isdigit() or line.strip()[0] in "\"“«"))


def _strip_teasers(lines: list[str], signals: list, stripped: Counter) -> list[str]:
    """Drop a 'Related' block, and a run of headline-like lines after the article's last sentence."""
    for i, line in enumerate(lines):
        if line.strip() and P.RELATED_HEAD.match(_key(line)) and i > len(lines) // 3:
            for teaser in lines[i + 1:]:
                if teaser.strip():
                    signals.append(("teaser", teaser.strip()))
                    stripped["teaser"] += 1
            stripped["teaser"] += 1
            lines = lines[:i]
            break
    content = [i for i, line in enumerate(lines) if line.strip()]
    tail: list[int] = []
    for i in reversed(content):
        if _headline_like(lines[i]):
            tail.append(i)
        else:
            break
    before = content[len(content) - len(tail) - 1] if len(content) > len(tail) else None
    if len(tail) >= 2 and before is not None and ends_sentence(lines[before]):
        for i in sorted(tail):
            signals.append(("teaser", lines[i].strip()))
            stripped["teaser"] += 1
        lines = lines[: min(tail)]
    return lines


# ---- pass 3: blocks ----------------------------------------------------------------------------

_TRAILING_SYMBOLS = re.compile(r"[\s\U0001F000-\U0001FAFF\u2600-\u27BF\uFE0F\u200d]+$")
_MD_HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")


def _blocks(lines: list[str], markdown: bool) -> list[Block]:
    blocks: list[Block] = []
    content = [line for line in lines]
    n = len(content)

    def next_content(i: int) -> str | None:
        for j in range(i + 1, n):
            if content[j].strip():
                return content[j].strip()
        return None

    prev_kind = "start"
    prev_open = False  # previous paragraph line did not end a sentence
    for i, raw in enumerate(content):
        line = raw.strip()
        if not line:
            prev_open = False if prev_kind != "para" else prev_open
            if prev_kind == "para":
                prev_kind = "gap"
            continue
        md = _MD_HEADING.match(line) if markdown or line.startswith("#") else None
        if md and md.group(2):
            blocks.append(Block("heading", md.group(2), len(md.group(1))))
            prev_kind, prev_open = "heading", False
            continue
        item = P.LIST_ITEM.match(line)
        if item and not (prev_open and prev_kind == "para"):
            blocks.append(Block("item", item.group("text").strip()))
            prev_kind, prev_open = "item", False
            continue
        if line.startswith(">"):
            blocks.append(Block("quote", line.lstrip("> ").strip()))
            prev_kind, prev_open = "quote", False
            continue
        if prev_kind == "para" and prev_open:
            blocks[-1].text = f"{blocks[-1].text} {line}"
            prev_open = not ends_sentence(line) and not line.endswith(":")
            continue
        nxt = next_content(i)
        if _heading_like(line, nxt):
            blocks.append(Block("heading", _TRAILING_SYMBOLS.sub("", line) or line))
            prev_kind, prev_open = "heading", False
            continue
        blocks.append(Block("para", line))
        prev_kind = "para"
        prev_open = not ends_sentence(line) and not line.endswith(":") and _words(line) < 40 \
            and not raw.endswith("  ")
    return blocks


def _heading_like(line: str, nxt: str | None) -> bool:
    if nxt is None or _words(line) > 12 or ends_sentence(line) or line.endswith((":", ",", ";")):
        return False
    first = nxt.lstrip("\"“«—–-•✓✔ ")[:1]
    return bool(first) and (first.isupper() or first.isdigit() or P.LIST_ITEM.match(nxt) is not None
                            or nxt[:1] in "\"“«—–")


def render(blocks: list[Block]) -> str:
    """Blocks to Markdown: blank lines between blocks, list items kept together."""
    parts: list[str] = []
    for block in blocks:
        if block.kind == "title":
            continue
        if block.kind == "heading":
            text = f"{'#' * max(2, block.level)} {block.text}"
        elif block.kind == "item":
            text = f"- {block.text}"
        elif block.kind == "quote":
            text = f"> {block.text}"
        else:
            text = _escape_paragraph(block.text)
        if parts and block.kind == "item" and parts[-1].startswith("- "):
            parts[-1] += "\n" + text
        else:
            parts.append(text)
    return "\n\n".join(parts)


def _escape_paragraph(text: str) -> str:
    """Keep plain text from turning into Markdown syntax by accident (#hashtag, '1995.' ...)."""
    if re.match(r"^(#|=+$|-{3,}$|\d+\.\s)", text):
        return "\\" + text
    return text
