"""Dates: parse date expressions, collect every candidate an article offers, choose one.

Candidates come from the cleaner's signals (date markers, stamps, datelines, IDs with an
embedded date), from HTML metadata, from a stamp line of the raw text the cleaner did not read,
and from the text ("On February 20", year inferred from the years the text mentions). Stamps in
the related-articles block date those articles, not this one. Conflicts are kept in
`date_candidates` and reported as warnings; a date whose year had to be inferred says so.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re

from ..model import Article, DateCandidate
from ..text import normalize_space
from . import patterns as P

_M = P.MONTH_NAMES
# A year ends at a word boundary, or where a time follows with no space: pasted pages run the
# date and time spans together ("May 20, 20255:47 PM" is 2025, 5:47 PM).
_YEAR_END = r"(?:\b|(?=[0-2]?\d[:.][0-5]\d))"
# An ISO date, alone or opening a date-time ('2024-03-03T08:30:00+00:00', as pages declare them).
_ISO = re.compile(r"\b(?P<y>(?:19|20)\d\d)-(?P<m>[01]?\d)-(?P<d>[0-3]?\d)(?:\b|(?=T\d))")
_DMY = re.compile(rf"\b(?P<d>[0-3]?\d)(?:st|nd|rd|th|\.|er)?\s+(?:of\s+|de\s+)?(?P<mon>{_M})\.?,?\s+(?:de\s+)?"
                  rf"(?P<y>(?:19|20)\d\d){_YEAR_END}", re.I)
_MDY = re.compile(rf"\b(?P<mon>{_M})\.?\s+(?P<d>[0-3]?\d)(?:st|nd|rd|th)?,?\s+(?P<y>(?:19|20)\d\d){_YEAR_END}", re.I)
# Year first, then the month's name and the day, each number closed by a dot, as Hungarian writes
# dates ('2025. március 14.', '2025. márc. 14.').
_YMD = re.compile(rf"\b(?P<y>(?:19|20)\d\d)\.\s+(?P<mon>{_M})\.?\s+(?P<d>[0-3]?\d)\.(?!\d)", re.I)
_NUMERIC = re.compile(rf"\b(?P<d>[0-3]?\d)[./](?P<m>[01]?\d)[./](?P<y>(?:19|20)\d\d){_YEAR_END}")
_MD = re.compile(rf"\b(?P<mon>{_M})\.?\s+(?P<d>[0-3]?\d)(?:st|nd|rd|th)?\b(?!\s*,?\s*(?:19|20)\d\d)(?![-–]\d)", re.I)
_DM = re.compile(rf"\b(?P<d>[0-3]?\d)(?:st|nd|rd|th|\.|er)?\s+(?:de\s+)?(?P<mon>{_M})\b(?!\.?,?\s+(?:de\s+)?(?:19|20)\d\d)", re.I)
_YEAR = re.compile(r"\b(19[5-9]\d|20\d\d)\b")
_ON_DAY = re.compile(rf"\b(?:on|am|le|el|il)\s+(?:(?:{_M})\.?\s+[0-3]?\d|[0-3]?\d\.?\s+(?:{_M}))\b", re.I)

# How much each kind of candidate is trusted when they disagree (higher wins). An update stamp
# only stands in for the publication date when nothing else is given.
TRUST = {"marker": 12, "published": 12, "html": 10, "id": 8, "dateline": 6, "dateline_short": 4,
         "filename": 3, "text": 2, "updated": 1}
PUBLICATION_KINDS = ("marker", "published", "dateline")
# A date in a file name: "2025-03-31-x.txt", "20250331_x", or just the year (and month): "2023-03-x".
_FILE_DATE = re.compile(r"(?<![0-9a-z])(?P<y>(?:19|20)\d\d)(?:[-_.]?(?P<m>[01]\d)(?:[-_.]?(?P<d>[0-3]\d))?)?"
                        r"(?![0-9a-z])", re.I)


def _make(y: int, m: int, d: int) -> dt.date | None:
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


def parse_date_text(text: str) -> dt.date | None:
    """The first complete date (day, month and year) written in `text`, or None."""
    for pattern in (_ISO, _DMY, _MDY, _YMD, _NUMERIC):
        match = pattern.search(text)
        if match:
            g = match.groupdict()
            month = int(g["m"]) if g.get("m") else P.MONTHS[g["mon"].lower().rstrip(".")]
            found = _make(int(g["y"]), month, int(g["d"]))
            if found:
                return found
    return None


def _month_day(text: str) -> tuple[int, int] | None:
    for pattern in (_MD, _DM):
        match = pattern.search(text)
        if match:
            return P.MONTHS[match.group("mon").lower()], int(match.group("d"))
    return None


def _id_date(token: str) -> dt.date | None:
    """Date embedded in an agency ID: DDMMYYYY or YYYYMMDD after a letter prefix."""
    digits = re.match(r"^[A-Z]+[-_]?(\d{8})", token)
    if not digits:
        return None
    s = digits.group(1)
    ddmmyyyy = _make(int(s[4:]), int(s[2:4]), int(s[:2]))
    yyyymmdd = _make(int(s[:4]), int(s[4:6]), int(s[6:]))
    for found in (ddmmyyyy, yyyymmdd):
        if found and 1990 <= found.year <= dt.date.today().year + 1:
            return found
    return None


def infer_year(text: str, month: int, day: int, today: dt.date, hint_years: tuple[int, ...] = ()) -> int | None:
    """Year for a bare "February 20": the latest year the text mentions that isn't in the future.

    When the text names no year, a year in the file name (e.g. "2023-03-wire.txt") is used.
    """
    years = sorted({y for y in _datable_years(text) if y <= today.year}, reverse=True)
    for year in [*years, *sorted(hint_years, reverse=True)]:
        found = _make(year, month, day)
        if found and found <= today:
            return year
    return None


_SINCE = re.compile(r"\b(since|ever since|desde|seit|depuis|dal|dall'|dalla|od|desde que|с)\b[^.!?;]{0,60}$",
                    re.I)


def _datable_years(text: str) -> list[int]:
    """Years the text mentions, less those after 'since' ("since the invasion in February 2022"):
    those only say the article is later, not when it is."""
    return [int(m.group(0)) for m in _YEAR.finditer(text)
            if not _SINCE.search(text[max(0, m.start() - 80):m.start()])]


def file_name_date(name: str | None) -> tuple[dt.date | None, tuple[int, ...]]:
    """A full date written in the file name, and the years it names (for year inference)."""
    if not name:
        return None, ()
    full, years = None, []
    for match in _FILE_DATE.finditer(name):
        years.append(int(match.group("y")))
        if match.group("d") and full is None:
            full = _make(int(match.group("y")), int(match.group("m")), int(match.group("d")))
    return full, tuple(years)


# ---- stamp lines ---------------------------------------------------------------------------------

_STAMP_PARTS = re.compile(r"\s+[|/·•—–-]\s+|\s*[|·•]\s*")


def publication_label(text: str) -> str:
    """The stamp less its label: 'Published: 3 May 2025' and 'Aired 3 May 2025' → '3 May 2025'."""
    for label in (P.PUBLISHED_STAMP, P.BROADCAST_STAMP):
        match = label.match(text)
        if match:
            return text[match.end():]
    return text


# What a date keeps beside its digits that the shared noise list leaves behind: an ordinal's
# ending ('7th October', '1er mars') and the clock word before a time ('kl. 08.15' in Swedish,
# Danish and Norwegian, 'klo 8.15' in Finnish). Both only ever stand next to a date's figures.
def only_date(text: str) -> bool:
    """Nothing but a date, weekday, time and zone."""
    rest = text.lower()
    for noise in P.DATE_NOISE:
        rest = noise.sub(" ", rest)
    return not rest.strip()


def is_stamp_rest(text: str) -> bool:
    """What follows a stamp's label is its date and no more: a time, zone, weekday or place beside
    the date; after a dash or bar a short name or note ('— The Harbour Gazette', '— adds Kremlin
    reaction'); an update stamp run on after it. 'Published on 12 March, the report says costs
    rose.' is a sentence that goes on after its date: text, not a stamp."""
    head = _without_update(text)
    if head == text:
        return _dated_fields(text)
    update = P.UPDATED_STAMP.match(text[len(head):])
    tail = text[len(head) + update.end():] if update else ""
    return _dated_fields(head) and (not tail.strip() or _dated_fields(tail))


def _dated_fields(text: str) -> bool:
    """One field at least is a date; any other is a date or a short name or note."""
    fields = [f.strip() for f in _STAMP_PARTS.split(text) if f.strip(" ,;")]
    dated = [f for f in fields if _dated_field(f)]
    return bool(dated) and all(f in dated or _short_field(f) for f in fields)


def _dated_field(text: str) -> bool:
    """A date, a time or '3 hours ago', with nothing beside it but its zone, weekday and place."""
    if not re.search(r"\d", text) and not P.RELATIVE_TIME.search(text):
        return False
    rest = P.RELATIVE_TIME.sub(" ", P.PLACE_BEFORE_DATE.sub("", text))
    for noise in P.DATE_NOISE:
        rest = noise.sub(" ", rest)
    words = rest.split()  # a place ('in Brussels', 'Warszawa') is a few capitalised words
    return len(words) <= 4 and all(w[:1].isupper() or P.PLACE_WORD.fullmatch(w) for w in words)


def _short_field(text: str) -> bool:
    """A name or a note after a dash: a few words, no sentence."""
    return len(text.split()) <= 6 and text.rstrip("\"”»'’)]*_ ")[-1:] not in (".", "!", "?", "…")


def _without_update(text: str) -> str:
    """The stamp less an update stamp run on after it, as a word of its own or glued to the
    span before it with its capital ('… GMTUpdated 2 hours ago')."""
    matches = list(P.UPDATE_WORD.finditer(text))
    for match in matches:
        start = match.start()
        if start and (not text[start - 1].isalpha() or text[start].isupper()):
            return text[:start]
    return text


# A dateline opening the first paragraph, set apart by emphasis and a dash, as Markdown and
# newsletter pages print it: '**Brussels, 12 February 2025** — Ministers met …'.
_LEAD_DATELINE = re.compile(r"^\s*(\*\*|__|\*|_)(?P<stamp>[^*_\n]{6,80}?)\1\s*[—–-]+\s+\S")


def stamp_date(line: str) -> dt.date | None:
    """The date of a line that only dates the article, or None for any other line.

    Pages print the date in many shapes the wording rules never list one by one: a place before
    it ('Madrid | 22 de junio de 2025, 19:47 h', 'Berlin / Warsaw, 12 November 2025'), a label
    and the publisher's name ('*Published 1 May 2025 — The Daily X*'), the update stamp glued
    after it ('May 20, 20255:47 PM GMT+2Updated 2 hours ago'). What they share: one part that is
    a full date (with time, zone, weekday or label), and besides it only short names.
    """
    text = normalize_space(line).strip("*_# ")
    if not text or len(text.split()) > 16:
        return None
    text = _without_update(text).strip(" |·•,;(")  # '14 marzo 2025 (modifica il 15 marzo …)'
    found = parse_date_text(text)
    if not found:
        return None
    dated = False
    for part in (p for p in _STAMP_PARTS.split(text) if p.strip()):
        core = publication_label(part.strip())
        unplaced = P.PLACE_BEFORE_DATE.sub("", core)
        core = unplaced if parse_date_text(unplaced) else core
        if only_date(core):
            dated = dated or parse_date_text(core) is not None
        elif len(part.split()) > 6 or re.search(r"\d", part) or not part.strip()[:1].isupper():
            return None  # a sentence, a figure or a label: not a stamp line
    return found if dated else None


def _norm(line: str) -> str:
    return normalize_space(line).strip(" *_#>|").lower()


def teaser_start(article: Article) -> int:
    """Raw line where the block of related articles begins (the number of lines when none).

    The cleaner records the lines it dropped as teasers; the earliest of them (each taken at its
    last occurrence, as a nav line at the top may repeat a teaser's words) starts the block.
    """
    last = {_norm(line): i for i, line in enumerate(article.lines)}
    teasers = {_norm(text) for kind, text in article.hints.get("signals", []) if kind == "teaser"}
    return min((last[t] for t in teasers if t in last), default=len(article.lines))


def _own_signals(article: Article) -> list[tuple[str, str]]:
    """The cleaner's signals less the date stamps printed only in the related-articles block
    ('Published 28 February 2025' under a teaser's headline): they date those articles."""
    signals = article.hints.get("signals", [])
    if not any(kind == "teaser" for kind, _ in signals):
        return signals
    start = teaser_start(article)
    above, below = _line_ends(article.lines[:start]), _line_ends(article.lines[start:])

    def in_teasers(text: str) -> bool:
        key = _norm(text)
        return bool(key) and key in below and key not in above

    return [(kind, text) for kind, text in signals
            if kind not in (*PUBLICATION_KINDS, "updated") or not in_teasers(text)]


def _line_ends(lines: list[str]) -> set[str]:
    """Every word-suffix of the short lines: a stamp's date is the end of its line ('Published
    28 February 2025' → '28 february 2025'), so a set lookup finds its line."""
    ends: set[str] = set()
    for line in lines:
        words = _norm(line).split()
        if len(words) <= 16:
            ends.update(" ".join(words[k:]) for k in range(len(words)))
    return ends


def running_text(line: str) -> bool:
    """A line of running text: a sentence of some length, or a long run of words."""
    words = len(line.split())
    core = line.rstrip().rstrip("\"”»'’)]*_ ")
    return (words >= 12 and core[-1:] in (".", "!", "?", "…")) or words >= 25


def text_start(lines: list[str], after: int = -1) -> int:
    """The first of two paragraphs in a row after line `after`: where the article's text begins
    (a lone paragraph, such as a cookie notice between buttons, is not the text)."""
    texts = [i for i in range(after + 1, len(lines)) if lines[i].strip()]
    for i, j in itertools.pairwise(texts):
        if running_text(lines[i]) and running_text(lines[j]):
            return i
    return len(lines)


# A page's header (masthead, menu, headline, byline, stamps) fits in this many lines; below, a
# line with a date belongs to the text (a timeline, a live blog's entries).
HEADER_LINES = 100


def header_lines(article: Article) -> list[str]:
    """The raw lines above the article's text (and above any related-articles block): where
    pages print the masthead, headline, byline and stamps."""
    lines = article.lines[:HEADER_LINES]
    return lines[:min(text_start(lines), teaser_start(article))]


def _stamp_line_candidates(article: Article) -> list[DateCandidate]:
    """The first stamp line above the text, for the stamps the cleaner drops or leaves without
    reading their date."""
    for line in header_lines(article):
        found = stamp_date(line)
        if found:
            return [DateCandidate(found, "dateline", line.strip())]
    return _lead_dateline_candidates(article)


def _lead_dateline_candidates(article: Article) -> list[DateCandidate]:
    """The emphasised dateline that opens the text's first paragraph and shares its line."""
    lines = article.lines[:HEADER_LINES]
    start = text_start(lines)
    if start < len(lines):
        match = _LEAD_DATELINE.match(lines[start])
        found = match and stamp_date(match.group("stamp"))
        if found:
            return [DateCandidate(found, "dateline", match.group("stamp").strip())]
    return []


def _labelled_stamp_candidates(article: Article, found: list[DateCandidate]) -> list[DateCandidate]:
    """The first stamp above the text that says it is the publication date ('Published 7th
    October 2024, 17:32 BST', 'Publicerad 3 februari 2025 kl. 08.15'), when the cleaner left it
    unread. Its label makes it outrank a bare date line: the date a site prints in its top bar,
    above the masthead, is the day the page was viewed, not the day the article came out."""
    if any(c.kind in ("marker", "published") for c in found):
        return []
    for line in header_lines(article):
        text = normalize_space(line).strip("*_# ")
        if P.PUBLISHED_STAMP.match(text):
            date = stamp_date(text)
            if date:
                return [DateCandidate(date, "published", line.strip())]
    return []


def _credit_candidates(signals: list[tuple[str, str]], found: list[DateCandidate]) -> list[DateCandidate]:
    """The date a source credit gives with the outlet's name ('Source: Harbour Monitor, 18
    September 2023' at the head of a note): the day that outlet published the text. Only a name
    and a date: a credit that goes on ('…, updated daily') dates nothing."""
    if any(c.kind in PUBLICATION_KINDS for c in found):
        return []
    for kind, text in signals:
        if kind != "credit":
            continue
        parts = [p.strip() for p in text.split(",") if p.strip()]
        for k in range(1, len(parts)):
            date = " ".join(parts[k:])
            if only_date(date) and parse_date_text(date) and len(" ".join(parts[:k]).split()) <= 6:
                return [DateCandidate(parse_date_text(date), "dateline", text)]
    return []


def collect(article: Article, today: dt.date | None = None,
            signals: list[tuple[str, str]] | None = None) -> list[DateCandidate]:
    """Every publication-date candidate the article offers (the update stamp only as a last resort)."""
    today = today or dt.date.today()
    named_date, name_years = file_name_date(article.hints.get("file_name"))
    signals = _own_signals(article) if signals is None else signals
    out: list[DateCandidate] = []
    for kind, text in signals:
        if kind in PUBLICATION_KINDS:
            found = parse_date_text(text)
            if found:
                out.append(DateCandidate(found, kind, text))
        elif kind == "id":
            found = _id_date(text)
            if found:
                out.append(DateCandidate(found, "id", text))
        elif kind == "dateline_short":
            md = _month_day(text)
            year = md and infer_year(article.body, *md, today, name_years)
            if md and year:
                out.append(DateCandidate(_make(year, *md), "dateline_short", text, inferred_year=True))
    html_date = _declared(article, "html_published") or article.hints.get("html_date")
    if html_date:
        found = parse_date_text(str(html_date))
        if found:
            out.append(DateCandidate(found, "html", str(html_date)))
    out.extend(_labelled_stamp_candidates(article, out))
    out.extend(_credit_candidates(signals, out))
    if not any(c.kind in (*PUBLICATION_KINDS, "html", "id") for c in out):
        out.extend(_stamp_line_candidates(article))
    if named_date:
        out.append(DateCandidate(named_date, "filename", article.hints.get("file_name", "")))
    updated = parse_updated(article, signals)
    if not out and updated:  # an update stamp still beats a date the text merely mentions
        out.append(DateCandidate(updated, "updated", _signal_text(article, "updated")
                                 or str(article.hints.get("html_modified", ""))))
    if not out:
        out.extend(_text_candidates(article.body, today, name_years))
    return [c for c in out if c.date <= today + dt.timedelta(days=1)]


# Words that make "on 22 February" an event ahead or a reference, not the day being reported.
_FORWARD = re.compile(
    r"\b(will|would|shall|is due|are due|due to|next|scheduled|planned|expected|hopes?|to be held|"
    r"upcoming|anniversary|deadline|wird|werden|soll|sollen|nächste|va |vont|prochain|prochaine|"
    r"próxim[oa]|se reunirá|prossim[oa]|sarà|следующ|будет)\b", re.I)


def _sentence_before(text: str, end: int) -> str:
    start = max(text.rfind(". ", 0, end), text.rfind("\n", 0, end), 0)
    return text[start:end]


def _signal_text(article: Article, kind: str) -> str:
    return next((text for k, text in article.hints.get("signals", []) if k == kind), "")


def _text_candidates(body: str, today: dt.date, hint_years: tuple[int, ...] = ()) -> list[DateCandidate]:
    """'On February 20' in the text: the earliest such reference, year inferred from the text."""
    for match in _ON_DAY.finditer(body):
        if _FORWARD.search(_sentence_before(body, match.start())):
            continue
        md = _month_day(match.group(0))
        if not md:
            continue
        year = infer_year(body, *md, today, hint_years)
        if year:
            return [DateCandidate(_make(year, *md), "text", match.group(0), inferred_year=True)]
    return []


def _declared(article: Article, hint: str) -> str | None:
    """A date the page declares in its structured data (readers: JSON-LD, meta, itemprop), when it
    reads as a date. The declared datePublished beats trafilatura's guess, which may be the
    dateModified; the declared dateModified is an update stamp."""
    value = article.hints.get(hint)
    return str(value) if value and parse_date_text(str(value)) else None


def parse_updated(article: Article, signals: list[tuple[str, str]] | None = None) -> dt.date | None:
    for kind, text in _own_signals(article) if signals is None else signals:
        if kind == "updated":
            found = parse_date_text(text)
            if found:
                return found
    modified = _declared(article, "html_modified")
    return parse_date_text(modified) if modified else None


_KIND_NAMES = {"updated": "update stamp", "filename": "file name"}


def choose_date(article: Article, today: dt.date | None = None) -> Article:
    """Pick the publication date; keep conflicting candidates and say how sure the choice is."""
    if article.extractor == "markdown" and "date" in article.hints.get("authored", ()):
        return article
    signals = _own_signals(article)
    candidates = collect(article, today, signals)
    updated = parse_updated(article, signals)
    if not candidates:
        return article.replace(date=None, date_confidence=None, date_candidates=[], updated=updated)
    best = max(candidates, key=lambda c: TRUST.get(c.kind, 0))  # max keeps the first among equals
    distinct = {c.date for c in candidates}
    warnings = list(article.warnings)
    if len(distinct) > 1:
        confidence = "medium"
        others = ", ".join(f"{c.date} ({c.kind})" for c in candidates if c.date != best.date)
        warnings.append(f"conflicting dates: chose {best.date} ({best.kind}) over {others}")
    elif best.inferred_year:
        confidence = "low"
        warnings.append(f"date {best.date} from '{best.text}': year inferred from the text")
    elif best.kind in ("updated", "filename"):
        confidence = "low"
        warnings.append(f"date {best.date} taken from the {_KIND_NAMES[best.kind]}: "
                        "the text gives no publication date")
    else:
        confidence = "high"
    return article.replace(
        date=best.date, date_confidence=confidence, updated=updated,
        date_candidates=candidates if len(distinct) > 1 or confidence == "low" else [],
        warnings=warnings,
    )
