"""Dates: parse date expressions, collect every candidate an article offers, choose one.

Candidates come from the cleaner's signals (date markers, stamps, datelines, IDs with an
embedded date), from HTML metadata and from the text ("On February 20", year inferred from the
years the text mentions). Conflicts are kept in `date_candidates` and reported as warnings; a
date whose year had to be inferred says so.
"""

from __future__ import annotations

import datetime as dt
import re

from ..model import Article, DateCandidate

MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
    "oct": 10, "nov": 11, "dec": 12,
    "januar": 1, "jänner": 1, "februar": 2, "märz": 3, "mai": 5, "juni": 6, "juli": 7,
    "oktober": 10, "dezember": 12,
    "janvier": 1, "février": 2, "mars": 3, "avril": 4, "juin": 6, "juillet": 7, "août": 8,
    "septembre": 9, "octobre": 10, "novembre": 11, "décembre": 12,
    "enero": 1, "febrero": 2, "marzo": 3, "abril": 4, "mayo": 5, "junio": 6, "julio": 7,
    "agosto": 8, "septiembre": 9, "setiembre": 9, "octubre": 10, "noviembre": 11, "diciembre": 12,
    "gennaio": 1, "febbraio": 2, "aprile": 4, "maggio": 5, "giugno": 6, "luglio": 7,
    "settembre": 9, "ottobre": 10, "dicembre": 12,
    "janeiro": 1, "fevereiro": 2, "março": 3, "maio": 5, "junho": 6, "julho": 7, "setembro": 9,
    "outubro": 10, "dezembro": 12,
    "января": 1, "февраля": 2, "марта": 3, "апреля": 4, "мая": 5, "июня": 6, "июля": 7,
    "августа": 8, "сентября": 9, "октября": 10, "ноября": 11, "декабря": 12,
}
_M = "|".join(sorted(MONTHS, key=len, reverse=True))
_ISO = re.compile(r"\b(?P<y>(?:19|20)\d\d)-(?P<m>[01]?\d)-(?P<d>[0-3]?\d)\b")
_DMY = re.compile(rf"\b(?P<d>[0-3]?\d)(?:st|nd|rd|th|\.|er)?\s+(?:of\s+|de\s+)?(?P<mon>{_M})\.?,?\s+(?:de\s+)?(?P<y>(?:19|20)\d\d)\b", re.I)
_MDY = re.compile(rf"\b(?P<mon>{_M})\.?\s+(?P<d>[0-3]?\d)(?:st|nd|rd|th)?,?\s+(?P<y>(?:19|20)\d\d)\b", re.I)
_NUMERIC = re.compile(r"\b(?P<d>[0-3]?\d)[./](?P<m>[01]?\d)[./](?P<y>(?:19|20)\d\d)\b")
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
    for pattern in (_ISO, _DMY, _MDY, _NUMERIC):
        match = pattern.search(text)
        if match:
            g = match.groupdict()
            month = int(g["m"]) if g.get("m") else MONTHS[g["mon"].lower().rstrip(".")]
            found = _make(int(g["y"]), month, int(g["d"]))
            if found:
                return found
    return None


def _month_day(text: str) -> tuple[int, int] | None:
    for pattern in (_MD, _DM):
        match = pattern.search(text)
        if match:
            return MONTHS[match.group("mon").lower()], int(match.group("d"))
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


def collect(article: Article, today: dt.date | None = None) -> list[DateCandidate]:
    """Every publication-date candidate the article offers (the update stamp only as a last resort)."""
    today = today or dt.date.today()
    named_date, name_years = file_name_date(article.hints.get("file_name"))
    out: list[DateCandidate] = []
    for kind, text in article.hints.get("signals", []):
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
    html_date = article.hints.get("html_date")
    if html_date:
        found = parse_date_text(str(html_date))
        if found:
            out.append(DateCandidate(found, "html", str(html_date)))
    if named_date:
        out.append(DateCandidate(named_date, "filename", article.hints.get("file_name", "")))
    updated = parse_updated(article)
    if not out and updated:  # an update stamp still beats a date the text merely mentions
        out.append(DateCandidate(updated, "updated", _signal_text(article, "updated")))
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


def parse_updated(article: Article) -> dt.date | None:
    for kind, text in article.hints.get("signals", []):
        if kind == "updated":
            found = parse_date_text(text)
            if found:
                return found
    return None


_KIND_NAMES = {"updated": "update stamp", "filename": "file name"}


def choose_date(article: Article, today: dt.date | None = None) -> Article:
    """Pick the publication date; keep conflicting candidates and say how sure the choice is."""
    if article.extractor == "markdown" and "date" in article.hints.get("authored", ()):
        return article
    candidates = collect(article, today)
    updated = parse_updated(article)
    if not candidates:
        return article.replace(date=None, date_confidence=None, date_candidates=[], updated=updated)
    best = max(candidates, key=lambda c: (TRUST.get(c.kind, 0), -candidates.index(c)))
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
