"""Source, language and translation: who published the text, in what language, translated how."""

from __future__ import annotations

import re

from ..model import Article
from ..registry import Registry
from ..text import normalize_space
from . import patterns as P
from .dates import header_lines, parse_date_text, stamp_date



def name_source(article: Article, registry: Registry) -> Article:
    """Source from HTML metadata, agency tags, credits, IDs, in-text attributions, a publication
    stamp, copyright, running headers, a registered masthead."""
    if article.source:
        return article
    candidates = _source_candidates(article, registry)
    for candidate in candidates:
        known = registry.source(candidate)
        if known:
            return article.replace(source=known.name)
    first = next((c for c in candidates if c and len(c) <= 60), None)
    return article.replace(source=_as_spelled(first, article.lines)) if first else article


def _as_spelled(name: str, lines: list[str]) -> str:
    """An outlet named by its web address ('Rozhled24.cz') keeps the address's ending where the
    text spells the name so as a word of its own (a masthead, a footer), not inside a link or an
    e-mail address: the copyright pattern stops at the dot ('© 2025 Rozhled24.cz, …'). The
    ending may be a word of the name in any script and case ('Поділля.Інфо', 'Kraj.Info'):
    a dot with a word glued to it on both sides is part of the name, never a full stop."""
    spelled = re.compile(rf"(?<![\w/@.-]){re.escape(name)}(?P<tld>\.[^\W\d_]{{2,12}})(?![\w/@-]|\.\w)")
    for line in lines:
        match = spelled.search(line)
        if match:
            return name + match.group("tld")
    return name


def _source_candidates(article: Article, registry: Registry) -> list[str]:
    """Every name that may be the source, most trusted first."""
    hints = article.hints
    candidates: list[str] = _site_names(hints)
    if hints.get("html_hostname"):
        by_domain = registry.source_for_domain(hints["html_hostname"])
        if by_domain:
            candidates.append(by_domain.name)
    signals = hints.get("signals", [])
    for kind, text in signals:
        if kind == "agency":
            candidates.append(text)
        elif kind == "credit":
            candidates.extend(credit_names(text, registry))
        elif kind == "reporting":
            candidates.extend(n for n in credit_names(text, registry, agencies_only=True))
        elif kind == "id":
            prefix = re.match(r"^[A-Z]+", text)
            if prefix and registry.source(prefix.group(0)):
                candidates.append(prefix.group(0))
    candidates.extend(_attributions(article.body, registry))
    candidates.extend(_sender(text) for kind, text in signals if kind == "email_from")
    candidates.extend(_publisher_in_stamp(article))
    candidates.extend(_outlet_in_bylines(article))
    candidates.extend(_issuer_of_release(article))
    holders = [text for kind, text in signals if kind == "copyright"] + _copyright_holders(article.lines)
    candidates.extend(_masthead_of_company(article, holders))
    candidates.extend(holders)
    candidates.extend(_read_more_outlets(article.lines))
    candidates.extend(_publication_name(text) for kind, text in signals
                      if kind == "running_header" and not _interface_line(text))
    candidates.extend(_registered_masthead(article, registry))
    if hints.get("text_masthead"):  # the outlet's name over the menu of a pasted page
        candidates.append(hints["text_masthead"])
    candidates.extend(_masthead_over_section(article))
    candidates.extend(_more_from_outlet(article.lines))
    cleaned = [_tidy_name(c) for c in candidates if c]
    return [c for c in cleaned if c and c.lower() not in P.GENERIC_CREDITS]


def _site_names(hints: dict) -> list[str]:
    """The site's own name on a saved page: og:site_name, else the <title> suffix or masthead.

    Without og:site_name, trafilatura gives the host name ('dailypost.example'); the page says
    its name better in its <title> ('Headline | The Daily Post') or in a masthead <h1>.
    """
    sitename = hints.get("html_sitename") or ""
    named = [n for n in (hints.get("html_title_site"), hints.get("html_masthead"))
             if n and _norm(n) not in P.SECTION_LABELS and _norm(n) not in P.UI_LINES]
    if sitename and not _host_name(sitename):
        return [sitename]
    return [*named, *([sitename] if sitename else [])]


def _host_name(name: str) -> bool:
    return bool(re.fullmatch(r"(?:www\.)?[\w-]+(?:\.[\w-]+)+", name.strip().lower()))


def _norm(text: str) -> str:
    return normalize_space(text).strip(" *_#>|").lower()


# 'Published 1 May 2025 — The Harbour Gazette': a publication stamp naming who published it.
_STAMP_PUBLISHER = re.compile(r"\s[—–-]\s+(?P<who>[A-ZÀ-Ý][^|·•—–\d]{1,60}?)\s*$")


def _publisher_in_stamp(article: Article) -> list[str]:
    """The outlet a publication stamp names after its date (read from the raw lines: the cleaner
    drops the stamp line)."""
    for line in header_lines(article):
        text = normalize_space(line).strip("*_ ")
        if P.PUBLISHED_STAMP.match(text) and stamp_date(text):
            named = _STAMP_PUBLISHER.search(text)
            if named and len(named.group("who").split()) <= 6:
                return [named.group("who")]
    return []


_FIELDS = re.compile(r"\s+[/|·•—–]\s+")


def outlet_in_byline(line: str) -> str | None:
    """The outlet a reader's byline line names first: 'The Nordic Ledger / by A. Name / Mar 11,
    2025', 'Harbour News · von A. Name · 12.03.2025'. Feed readers and news apps print the
    outlet, the author and the date on one line; the outlet is the field that is neither."""
    fields = [f.strip(" *_") for f in _FIELDS.split(normalize_space(line)) if f.strip(" *_")]
    if len(fields) < 3 or len(line.split()) > 20:
        return None
    head, rest = fields[0], fields[1:]
    if not any(P.BYLINE.match(f) for f in rest) or not any(parse_date_text(f) for f in rest):
        return None
    if P.BYLINE.match(head) or re.search(r"\d", head) or len(head.split()) > 6 or not head[:1].isupper():
        return None
    return head


def _outlet_in_bylines(article: Article) -> list[str]:
    """The outlet named by a reader's byline line among the stamps (see outlet_in_byline)."""
    texts = [t for k, t in article.hints.get("signals", []) if k in ("dateline", "published", "marker")]
    named = (outlet_in_byline(t) for t in [*texts, *header_lines(article)])
    return [name for name in named if name][:1]


# A reader's or aggregator's link to the outlet's page: 'Read more on The Nordic Ledger',
# 'Continue reading on X', 'Weiterlesen auf X', 'Lire la suite sur X', 'Leer más en X',
# 'Continua a leggere su X', 'Lees verder op X', 'Czytaj więcej na X'.



def _read_more_outlets(lines: list[str]) -> list[str]:
    """The outlet a 'Read more on …' link names, when it is a name (not 'Read more on Ukraine',
    a topic: the name must also head a line of the page, its feed or masthead line)."""
    heads = {_norm(re.split(r"\s+[/|·•—–-]\s+", normalize_space(line))[0]) for line in lines}
    for line in lines:
        match = P.READ_MORE_ON.match(normalize_space(line).strip("*_ "))
        if match and match.group("who").strip()[:1].isupper() and _norm(match.group("who")) in heads:
            return [match.group("who").strip()]
    return []





def _more_from_outlet(lines: list[str]) -> list[str]:
    """The outlet an app's 'More from …' footer names: a name of two to six capitalised words
    ('More from Europe' names a section, not an outlet)."""
    for line in lines:
        match = P.MORE_FROM.match(normalize_space(line).strip("*_ "))
        words = match.group("who").split() if match else []
        if 2 <= len(words) <= 6 and all(w[:1].isupper() for w in words if len(w) > 3):
            return [match.group("who").strip()]
    return []


def _headline_row(article: Article, within: int) -> int | None:
    """The raw line holding the article's title, among the first `within`: what stands above it
    is the page's header."""
    title = _norm(article.title)
    return next((i for i, line in enumerate(article.lines[:within]) if _norm(line) == title), None)


def _masthead_over_section(article: Article) -> list[str]:
    """The outlet's name over a section label at the top of a pasted page, right above the
    headline ('Rheinischer Morgenbote' / 'Politics' / headline): the page's first line is a short
    name in capitals with no sentence's stop, the next one word or two of the site's menu."""
    if article.extractor == "trafilatura" or not article.title:
        return []
    top = _headline_row(article, 40)
    if top is None:
        return []
    above = [normalize_space(line).strip("*_# ") for line in article.lines[:top]]
    above = [line for line in above if line and (_norm(line) not in P.UI_LINES or _norm(line) in P.MENU_WORDS)]
    if len(above) != 2:
        return []
    name, label = above
    if len(name.split()) > 5 or re.search(r"[.!?:;,|\d@©]", name) or name.isupper() \
            or not all(w[:1].isupper() for w in name.split() if len(w) > 3):
        return []
    section = _norm(label)
    return [name] if section in P.MENU_WORDS or section in P.SECTION_LABELS else []


def _interface_line(text: str) -> bool:
    """A button of a reader's interface repeated on the page ('Mark as read', 'Save to board'):
    an imperative of the interface, not a publication's running header."""
    return _norm(text) in P.UI_LINES or bool(P.UI_PHRASE.match(text.strip())) \
        or bool(P.UI_BUTTON.match(text.strip()))


def _issuer_of_release(article: Article) -> list[str]:
    """The issuer a press release's label line names ('Council of the EU – Press release 263/25')."""
    for line in header_lines(article):
        label = P.RELEASE_LABEL.match(normalize_space(line).strip("*_# "))
        who = label.group("who") if label else None
        if who and len(who.split()) <= 8 and _norm(who) not in P.UI_LINES and _norm(who) not in P.SECTION_LABELS:
            return [who]
    return []


def _copyright_holders(lines: list[str]) -> list[str]:
    """Publishers named by copyright lines anywhere in the raw text.

    The cleaner reads a copyright line it drops as a disclaimer; one it drops with the block
    around it (a footer run on after related headlines, a footer wholesale) still names the
    publisher. The holder may stand before the sign ('Name © 2025. All rights reserved.').
    """
    found: list[str] = []
    for line in lines:
        text = normalize_space(line).strip("*_ ")
        if not text or len(text.split()) > 60 or not P.COPYRIGHT_MARK.search(text):
            continue
        holder = P.COPYRIGHT_HOLDER.match(text) if P.DISCLAIMER_LINE.search(text) else None
        before = P.COPYRIGHT_HOLDER_BEFORE.match(text)
        if holder is None and before and _footer_holder(before):
            holder = before
        if holder and len(holder.group("who").split()) <= 6:
            found.append(holder.group("who").strip(" .,"))
    return found


# Words that make a copyright holder the company behind a title, not the title itself.



def _masthead_of_company(article: Article, holders: list[str]) -> list[str]:
    """The masthead above the headline when the copyright holder is the company that publishes
    it ('The Solent Chronicle' over '© 2024 Solent Media Group Ltd'): readers know the title, not
    the company. The masthead is a short line above the headline sharing a distinctive word
    with the company's name ('Solent'), other than the company words themselves."""
    companies = [h for h in holders if P.COMPANY_WORDS.search(h)]
    if not companies or not article.title:
        return []
    top = _headline_row(article, 60)
    if top is None:
        return []
    for company in companies:
        words = {w.lower() for w in re.findall(r"[^\W\d_]{4,}", P.COMPANY_WORDS.sub(" ", company))}
        for line in article.lines[:top]:
            text = normalize_space(line).strip("*_# ")
            if not text or len(text.split()) > 6 or text.isupper() or _norm(text) == _norm(company) \
                    or _norm(text) in P.UI_LINES or re.search(r"[\d:|©@]", text):
                continue
            if words & {w.lower() for w in re.findall(r"[^\W\d_]{4,}", text)} \
                    and all(w[:1].isupper() for w in text.split() if len(w) > 3):
                return [text]
    return []


def _footer_holder(match: re.Match) -> bool:
    """'Name © 2025' is a footer when the rights phrase follows, or when the name is short and no
    sentence (a photo caption ending in '© 2025' is longer and ends with a full stop)."""
    who, rest = match.group("who").strip(), match.group("rest")
    if rest:
        return bool(P.DISCLAIMER_LINE.search(rest))
    return len(who.split()) <= 4 and not who.endswith((".", "!", "?"))


def _registered_masthead(article: Article, registry: Registry) -> list[str]:
    """A registered outlet's name standing alone on a line above the headline: the masthead of a
    pasted page ('British Broadcasting Corporation' over the menu)."""
    if article.extractor == "trafilatura" or not article.title:
        return []  # an HTML page's masthead is read from its markup
    title = _norm(article.title)
    header = next((article.lines[:i] for i, line in enumerate(article.lines) if _norm(line) == title), [])
    known = (registry.source(_norm(line)) for line in header if line.strip() and len(line.split()) <= 6)
    return [source.name for source in known if source]


def _sender(value: str) -> str:
    """'The Eastern Flank Briefing <briefing@x.example>' → 'The Eastern Flank Briefing'."""
    name = re.sub(r"<[^>]*>", "", value).strip(" \"'")
    return name or value


def _publication_name(header: str) -> str:
    """A page's running header names the publication first: 'MONITOR | Policy Brief No. 14'."""
    return re.split(r"\s+[|·•–—-]\s+", header)[0]


# Quotation marks set around a name: guillemets, curly, low-high and straight quotes.
_QUOTED = re.compile(r"^[«‹„‚“”\"'‘’»›](?P<name>[^«»‹›„“”\"]+?)[»›“”\"'’‘«‹]$")


def _tidy_name(name: str) -> str:
    """Drop quotation marks, company suffixes and shouting: '«Вечерний курьер»' → 'Вечерний курьер',
    'MERIDIAN PRESS LTD' → 'Meridian Press'. (Russian, Ukrainian, French and German texts set an
    outlet's name in guillemets or quotes; they are not part of it.)"""
    name = name.strip(" .,;:")
    quoted = _QUOTED.match(name)
    if quoted:
        name = quoted.group("name")
    name = P.COMPANY_SUFFIX.sub("", name.strip(" .,;:")).strip(" .,;:")
    name = P.CORP_SUFFIX.sub("", name).strip(" .,;:")
    if name.isupper() and len(name) > 6 and " " in name:
        name = " ".join(w if len(w) <= 3 and w.isupper() and w.isalpha() and w in ("EU", "UN", "US", "UK")
                        else w.capitalize() for w in name.split())
    return name


def credit_names(credit: str, registry: Registry, agencies_only: bool = False) -> list[str]:
    """'EFE and Europa Press' → ['EFE', 'Europa Press']; reporters' names only when registered.

    A credit that mixes reporters and an agency ('With reporting by A. Name (Brussels) and dpa')
    yields the agency: a person's name is not a source.
    """
    credit = re.sub(r"\([^)]*\)", " ", credit)
    credit = P.REPORTED_BY.sub("", credit.strip(" ()"))
    credit = re.split(r"\s+[-–—]\s+|;|,\s+(?:compiled|based|drawing|edited|with)\b", credit)[0]
    parts = [p.strip(" .") for p in P.CREDIT_SPLIT.split(credit) if p and p.strip(" .")]
    known = [p for p in parts if registry.source(p)]
    agencies = [p for p in parts if P.AGENCY_NAME.match(p)]
    person_like = [p for p in parts if len(p.split()) >= 2 and not registry.source(p)]
    if agencies_only or (person_like and agencies):
        return known + [a for a in agencies if a not in known]
    return known + [p for p in parts if p not in known]


def _attributions(body: str, registry: Registry) -> list[str]:
    """Registered outlets the text quotes: 'told Izvestia', 'in an interview with Le Monde'."""
    found: list[str] = []
    for pattern in (r"\btold (?:the )?(?P<who>[A-Z][\w-]+(?:[ .][A-Z][\w-]+){0,2})",
                    r"\b(?:in an interview with|speaking to) (?:the )?(?P<who>[A-Z][\w-]+(?:[ .][A-Z][\w-]+){0,2})",
                    r"\b(?P<who>[A-Z][\w-]+(?:[ .][A-Z][\w-]+){0,2}) has learned\b"):
        for match in re.finditer(pattern, body):
            who = match.group("who")
            for n in range(len(who.split()), 0, -1):  # longest registered prefix
                name = " ".join(who.split()[:n])
                if registry.source(name):
                    found.append(name)
                    break
    return found


def add_page_metadata(article: Article) -> Article:
    """Author and canonical URL from the page's metadata, or the byline of a pasted text."""
    author = article.author or article.hints.get("html_author")
    if not author:
        author = next((text for kind, text in article.hints.get("signals", []) if kind == "byline"), None)
    url = article.url or article.hints.get("html_url")
    return article.replace(author=author or None, url=url or None)


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
    """A machine-translation notice means translated: true, with the tool and original language.

    Notices come from the cleaner (lines it dropped), from the page around an HTML article
    (readers: a notice above the headline or in the footer), and from a translator's bar at the
    top of a pasted page ('This page has been translated from Polish. Show original').
    """
    notices = [text for kind, text in article.hints.get("signals", []) if kind == "mt_notice"]
    notices += [n for n in (article.hints.get("html_mt_notice"),) if n]
    notices += [line.strip() for line in header_lines(article) if P.PAGE_TRANSLATED.search(line)]
    if not notices or article.translated:
        return article
    lowered = " ".join(notices).lower()
    translator = next((name for key, name in P.TRANSLATORS.items() if key in lowered), None)
    original = next((lang for lang in map(_named_language, notices) if lang), None)
    original = original or article.hints.get("html_original_language")
    if original is None:
        original = _notice_language(notices[0])
    if original is None:  # UI words the translator left behind are in the original's language
        leftovers = " ".join(text for kind, text in article.hints.get("signals", []) if kind == "foreign_ui")
        original = _notice_language(leftovers) if leftovers.strip() else None
    if original == article.language:
        original = None
    return article.replace(translated=True, translator=translator, original_language=original)


def _named_language(notice: str) -> str | None:
    """The original's language a notice names ('translated from Polish', 'aus dem Polnischen')."""
    named = P.TRANSLATED_FROM.search(notice)
    if named:
        word = next(g for g in named.groupdict().values() if g)
        if word.lower() in P.LANGUAGE_NAMES:
            return P.LANGUAGE_NAMES[word.lower()]
    for match in P.FROM_LANGUAGE.finditer(notice):
        word = match.group("lang").lower()
        language = P.LANGUAGE_NAMES.get(word)
        if language:
            return language
    return None


def _notice_language(notice: str) -> str | None:
    """The notice is usually written in the original's language: detect it (script first)."""
    if re.search(r"[\u0400-\u04FF]", notice):
        return "uk" if re.search(r"[іїєґ]", notice.lower()) else "ru"
    import py3langid

    language, _ = py3langid.classify(notice)
    return language if language != "en" else None
