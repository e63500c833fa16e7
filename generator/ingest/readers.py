"""Readers: turn one input file into a raw Article (lines of text plus hints from the format).

One reader per format, chosen by file suffix (like Pelican's `file_extensions`). Readers only
decode and extract; cleaning and metadata are the enrichers' job. Bytes are decoded here, so
every later stage sees `str`.
"""

from __future__ import annotations

import codecs
import hashlib
import re
import warnings
from pathlib import PurePath
from typing import Callable

from ..errors import InputError
from ..model import Article, has_front_matter, split_front_matter

# Files larger than this are refused: a briefing is a few kilobytes of text and even a saved web
# page with inline scripts stays well below it; anything bigger is an export, a dump or a mistake,
# and reading it would make every enricher slow. Ingest refuses such a file before reading it.
MAX_BYTES = 20_000_000

# Magic numbers of files that are often mistaken for text (an image saved or renamed as .txt).
_SIGNATURES = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image"), (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"), (b"GIF89a", "a GIF image"), (b"%PDF-", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive (or a .docx/.odt document)"), (b"\x1f\x8b", "gzip data"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Office document"), (b"Rar!", "a RAR archive"),
    (b"7z\xbc\xaf\x27\x1c", "a 7z archive"), (b"\x7fELF", "a program"),
    (b"{\\rtf", "an RTF document"),
)
_BOMS = (
    (b"\x00\x00\xfe\xff", "utf-32-be"), (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be"),
)
# Legacy encodings a European news archive meets; Windows-1252 (Latin-1's superset) wins ties.
_LEGACY = ("cp1252", "cp1250", "cp1251", "koi8_r", "cp1253", "cp1257", "cp1254", "iso8859_15")
_UTF8_MULTIBYTE = re.compile(
    rb"[\xc2-\xdf][\x80-\xbf]|\xe0[\xa0-\xbf][\x80-\xbf]|[\xe1-\xec\xee\xef][\x80-\xbf]{2}"
    rb"|\xed[\x80-\x9f][\x80-\xbf]|\xf0[\x90-\xbf][\x80-\xbf]{2}|[\xf1-\xf3][\x80-\xbf]{3}"
    rb"|\xf4[\x80-\x8f][\x80-\xbf]{2}")

Reader = Callable[[str, str], Article]


def decode(data: bytes, name: str) -> str:
    """Bytes to text (see `decode_text`), without the notes on how the bytes were read."""
    return decode_text(data, name)[0]


def decode_text(data: bytes, name: str) -> tuple[str, list[str]]:
    """Bytes to text plus notes for the author on anything guessed or dropped.

    BOMs first, then UTF-8 (mostly-UTF-8 with a few stray bytes keeps its UTF-8 and reads the
    strays as Windows-1252), then legacy encodings. Binary data is refused with an InputError
    naming what it looks like; nothing here raises anything else.
    """
    if len(data) > MAX_BYTES:
        raise InputError(too_large_message(len(data)), name)
    if not data.strip():
        raise InputError("empty file", name)
    for magic, what in _SIGNATURES:
        if data.startswith(magic):
            raise InputError(f"this is {what}, not text", name)
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return _clean_decoded(data[len(bom):].decode(codec, errors="replace"), name, [])
    if _looks_utf16(data):
        codec = "utf-16-le" if data[1::2].count(0) > data[0::2].count(0) else "utf-16-be"
        return _clean_decoded(data.decode(codec, errors="replace"), name,
                              [f"no byte-order mark: read as {codec.upper()}"])
    head = data[:8192]
    if head.count(0) > max(3, len(head) // 100):
        raise InputError("binary file (NUL bytes), not text", name)
    try:
        return _clean_decoded(data.decode("utf-8"), name, [])
    except UnicodeDecodeError:
        pass
    good = len(_UTF8_MULTIBYTE.findall(data))
    bad = _count_invalid_utf8(data)
    if good and good >= bad:
        text = data.decode("utf-8", errors="briefing-cp1252")
        return _clean_decoded(text, name, [f"not valid UTF-8: {bad} stray byte(s) read as Windows-1252"])
    codec, text = _guess_legacy(data)
    if text is None:
        raise InputError("binary or undecodable file (no text encoding fits)", name)
    return _clean_decoded(text, name, [f"not UTF-8: decoded as {codec} (a guess: check that the letters look right)"])


def too_large_message(size: int) -> str:
    return (f"too large for one article ({size / 1_000_000:.0f} MB; the limit is "
            f"{MAX_BYTES // 1_000_000} MB)")


def _cp1252_for_stray_bytes(exc: UnicodeDecodeError) -> tuple[str, int]:
    """Codec error handler: a byte that is not UTF-8 is most often a Windows-1252 character."""
    stray = exc.object[exc.start:exc.end]
    return "".join(bytes([b]).decode("cp1252", errors="replace") for b in stray), exc.end


codecs.register_error("briefing-cp1252", _cp1252_for_stray_bytes)


def _count_invalid_utf8(data: bytes) -> int:
    return data.decode("utf-8", errors="replace").count("\ufffd") - data.count(b"\xef\xbf\xbd")


def _guess_legacy(data: bytes) -> tuple[str, str | None]:
    """The most plausible legacy encoding; among equally plausible ones, the earliest in _LEGACY."""
    from charset_normalizer import from_bytes

    try:
        matches = list(from_bytes(data, cp_isolation=list(_LEGACY)))
    except Exception:  # the detector is heuristic code: a failure there means "no guess"
        matches = []
    if not matches:
        return "", None
    best = min(matches, key=lambda m: (m.chaos, -m.coherence, _legacy_rank(m.encoding)))
    tied = [m for m in matches if (m.chaos, m.coherence) == (best.chaos, best.coherence)]
    chosen = min(tied, key=lambda m: _legacy_rank(m.encoding))
    return chosen.encoding, str(chosen)


def _legacy_rank(encoding: str) -> int:
    return _LEGACY.index(encoding) if encoding in _LEGACY else len(_LEGACY)


def _looks_utf16(data: bytes) -> bool:
    sample = data[:4096]
    zeros_even, zeros_odd = sample[0::2].count(0), sample[1::2].count(0)
    return len(sample) >= 4 and max(zeros_even, zeros_odd) > len(sample) // 4 > min(zeros_even, zeros_odd)


def _clean_decoded(text: str, name: str, notes: list[str]) -> tuple[str, list[str]]:
    """Normalize line endings, drop NULs and other control characters; refuse non-text."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff")
    sample = text[:20000]
    controls = sum(1 for c in sample if (ord(c) < 32 and c not in "\n\t\f") or 0x7f <= ord(c) < 0xa0)
    if controls > max(8, len(sample) // 50):
        raise InputError("binary file (control characters), not text", name)
    text, removed = re.subn(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]", "", text)
    if removed:
        notes = [*notes, f"removed {removed} control character(s) (such as NUL bytes)"]
    if not text.strip():
        raise InputError("no text in file", name)
    return text, notes


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


# ---- readers -----------------------------------------------------------------------------------


def read_text(text: str, name: str) -> Article:
    """Plain text pasted or scraped from a page: everything is left to the enrichers."""
    return Article(lines=text.split("\n"), extractor="text")


def read_markdown(text: str, name: str) -> Article:
    """An author's Markdown: front matter (if any) is validated and kept as the author wrote it."""
    if not has_front_matter(text):
        article = read_text(text, name)
        article.extractor = "markdown"
        return article
    meta, body = split_front_matter(text, name)
    meta, notes = _lists_from_strings(meta)
    article = Article.from_front_matter({"title": "untitled", **meta}, body, name)
    article.extractor = "markdown"
    article.lines = body.split("\n")
    article.hints["authored"] = set(meta)
    article.warnings = [*article.warnings, *notes]
    return article


_LIST_KEYS = ("people", "topics")


def _lists_from_strings(meta: dict) -> tuple[dict, list[str]]:
    """People or topics written as one string ("people: Jane Roe, John Doe"), as authors often
    do by hand: read as the list it means, with a note. The stored file gets a YAML list."""
    meta, notes = dict(meta), []
    for key in _LIST_KEYS:
        value = meta.get(key)
        if isinstance(value, str):
            meta[key] = [part.strip() for part in re.split(r"[,;]", value) if part.strip()]
            notes.append(f"front matter '{key}' was one string; read as the list {meta[key]}")
    return meta, notes


def read_html(text: str, name: str) -> Article:
    """A saved web page: trafilatura finds the main text (as Markdown) and the page metadata."""
    import trafilatura

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        body = trafilatura.extract(text, output_format="markdown", include_formatting=True,
                                   include_comments=False, include_tables=True, with_metadata=False)
        meta = trafilatura.extract_metadata(text)
    if not body or not body.strip():
        raise InputError("no article text found in this HTML page", name)
    article = Article(lines=body.split("\n"), extractor="trafilatura")
    if meta is not None:
        article.hints.update({
            "html_title": meta.title, "html_date": meta.date, "html_sitename": meta.sitename,
            "html_author": meta.author, "html_url": meta.url, "html_hostname": meta.hostname,
        })
    lang = re.search(r"<html[^>]*\blang=[\"']?([A-Za-z]{2,3})", text[:5000], re.I)
    if lang:
        article.hints["html_language"] = lang.group(1).lower()
    root = _document(text)
    if root is not None:
        article.hints.update(_page_headings(root, meta.sitename if meta is not None else None))
        article.hints.update(_declared_dates(root))
        article.hints.update(_translation_notice(root, article.hints.get("html_language")))
    return article


def _document(text: str):
    """The page's DOM, or None for a page lxml cannot parse (it keeps its trafilatura text)."""
    import lxml.html

    try:
        return lxml.html.document_fromstring(text.encode("utf-8", "replace"),
                                             parser=lxml.html.HTMLParser(encoding="utf-8"))
    except Exception:
        return None


# Elements whose content the reader never sees: hidden ones and non-rendered containers.
_INVISIBLE = ("ancestor-or-self::*[@hidden or @aria-hidden='true' or self::script or self::noscript or "
              "self::template or self::style or contains(translate(@style, ' ', ''), 'display:none') or "
              "contains(translate(@style, ' ', ''), 'visibility:hidden')]")


def _page_headings(root, sitename: str | None) -> dict[str, str]:
    """The page's <title> as written, its masthead and its visible headline, from the DOM.

    trafilatura's metadata title is the og:title or <title>, often shortened or reworded for
    sharing, and its text may drop a headline that is not an <h1>. What the reader sees is the
    headline: the element marked itemprop="headline" (schema.org), else the first visible <h1>.
    Many sites put their own name in the first <h1> (a link to the home page, or the site's
    name); then that <h1> is the masthead and the headline is the next heading.
    """
    hints: dict[str, str] = {}
    page_title = next((_element_text(t) for t in root.iter("title")), "")
    suffix = _title_suffix(page_title)
    if suffix:
        hints["html_title_site"] = suffix
    names = {_fold_name(n) for n in (sitename, suffix) if n}
    headline = ""
    for element in root.xpath("//h1 | //h2 | //*[@itemprop='headline']"):
        if element.xpath(_INVISIBLE):
            continue
        words = _element_text(element)
        if not words:
            continue
        if element.get("itemprop") == "headline":  # the page's own word: it wins over any <h1>
            headline = words
            break
        if element.tag == "h1" and "html_masthead" not in hints and not headline \
                and (_links_home(element) or _fold_name(words) in names):
            hints["html_masthead"] = words
        elif element.tag == "h1" or (element.tag == "h2" and "html_masthead" in hints):
            if not headline and element.tag == "h1" and element.xpath(_IN_ARTICLE_HEADER, namespaces=_EXSLT):
                hints["html_headline_placed"] = "article"
            headline = headline or words
    if headline:
        hints["html_headline"] = headline
    return hints


# An <h1> set in the story's own header: inside <article>, or in a header block the page names the
# article's ('<header class="article-header">', class "entry-header", "story-header", "post-header").
_IN_ARTICLE_HEADER = ("ancestor::article or ancestor::*[@itemprop='articleBody'] or ancestor::*[self::header or "
                      "self::div][re:test(@class, '(?:^|[\\s_-])(?:article|entry|story|post)[_-]?(?:header|head|title)"
                      "(?:$|[\\s_-])', 'i')]")
_EXSLT = {"re": "http://exslt.org/regular-expressions"}


def _element_text(element) -> str:
    return " ".join(element.text_content().split())


def _fold_name(name: str) -> str:
    return " ".join(re.sub(r"\W+", " ", name.lower()).split())


def _links_home(element) -> bool:
    """An element that is a link to the site's home page ('/', 'https://site.example/')."""
    return any(re.fullmatch(r"(?:https?://[^/]+)?/?(?:index\.\w+)?", (a.get("href") or "").strip())
               for a in element.iter("a"))


def _title_suffix(title: str) -> str | None:
    """The site's name after the headline in a page title: 'Headline of the story | Site' → 'Site'."""
    parts = re.split(r"\s+[|–—-]\s+|\s+::\s+|\s+»\s+", re.sub(r"<[^>]*>", "", title))
    head, tail = " ".join(parts[:-1]), parts[-1]
    return tail if len(parts) > 1 and len(tail.split()) <= 4 and len(head.split()) >= 4 else None


# schema.org types of the story itself; the WebPage that holds it comes next, any other type last.
_STORY_TYPES = re.compile(r"article|posting|report|story", re.I)
# Types that carry dates of their own, not the story's: a reader's comment, a review, an event.
_OTHER_TYPES = re.compile(r"comment|review|answer|question|rating|event|offer|person|organization", re.I)


def _declared_dates(root) -> dict[str, str]:
    """The publication and modification dates the page declares for itself, as written.

    trafilatura's date (htmldate) is a guess that may take the dateModified or a comment's <time>
    for the publication date. A page's structured data says which is which: JSON-LD datePublished
    (the Article's before the WebPage's), meta article:published_time, an element marked
    itemprop="datePublished" (outside comments). datePublished beats dateModified; the modified
    date is kept apart and never dates the article.
    """
    found: dict[str, str] = {}
    for hint, key, metas in (
            ("html_published", "datePublished", ("article:published_time", "og:article:published_time",
                                                 "pubdate")),
            ("html_modified", "dateModified", ("article:modified_time", "og:updated_time"))):
        value = _json_ld_value(root, key) or _meta_value(root, metas) or _itemprop_value(root, key)
        if value:
            found[hint] = value
    return found


def _json_ld_value(root, key: str) -> str | None:
    """`key` of the story's JSON-LD object (an Article before a WebPage, before anything else)."""
    import json

    ranked: list[tuple[int, int, str]] = []
    for script in root.xpath("//script[@type='application/ld+json']"):
        try:
            data = json.loads(script.text or "")
        except ValueError:
            continue
        stack = [data]
        for item in stack:  # breadth first: the items appended below are visited in turn
            if isinstance(item, list):
                stack.extend(item)
            elif isinstance(item, dict):
                stack.extend(v for v in item.values() if isinstance(v, (dict, list)))
                kinds = item.get("@type") or ""
                kinds = " ".join(map(str, kinds)) if isinstance(kinds, list) else str(kinds)
                value = item.get(key)
                if isinstance(value, str) and value.strip() and not _OTHER_TYPES.search(kinds):
                    rank = 0 if _STORY_TYPES.search(kinds) else 1 if "webpage" in kinds.lower() else 2
                    ranked.append((rank, len(ranked), value.strip()))
    return min(ranked)[2] if ranked else None


def _meta_value(root, names: tuple[str, ...]) -> str | None:
    for meta in root.iter("meta"):
        name = (meta.get("property") or meta.get("name") or "").strip().lower()
        if name in names and (meta.get("content") or "").strip():
            return meta.get("content").strip()
    return None


_ASIDE = ("ancestor::*[self::aside or self::nav or self::footer or (not(self::body) and "
          "(contains(@itemtype, 'Comment') or contains(concat(' ', normalize-space(@class)), ' comment')))]")


def _itemprop_value(root, key: str) -> str | None:
    """A visible element marked itemprop=key, not a comment's or a sidebar teaser's (they carry
    their own dates)."""
    for element in root.xpath(f"//*[@itemprop='{key}']"):
        if (element.tag != "meta" and element.xpath(_INVISIBLE)) or element.xpath(_ASIDE):
            continue
        value = element.get("datetime") or element.get("content") or _element_text(element)
        if value:
            return value
    return None


def _translation_notice(root, language: str | None) -> dict[str, str]:
    """A machine-translation notice the page prints around the article, and the original's language.

    Sites that machine-translate their pages say so above the headline or in the footer ('This
    text was translated automatically. Read the original'); trafilatura keeps only the story, so
    the notice is read from the page. The original's language is the hreflang of the page the
    notice links to, else the page's one alternate language other than its own.
    """
    from . import patterns as P

    for node in root.xpath("//body//text()[not(ancestor::a or ancestor::h1 or ancestor::h2 or ancestor::h3 "
                           "or ancestor::h4 or ancestor::li or ancestor::nav or ancestor::blockquote "
                           "or ancestor::figcaption)]"):
        parent = node.getparent()
        if parent is None or not P.MT_NOTICE.search(str(node)) or parent.xpath(_INVISIBLE):
            continue  # a notice is a line of its own, never a link, a headline or a list's teaser
        while parent.tag in ("i", "b", "em", "strong", "span", "a") and parent.getparent() is not None:
            parent = parent.getparent()
        notice = _element_text(parent)
        if len(notice.split()) > 40:
            continue
        hints = {"html_mt_notice": notice}
        original = _linked_language(root, parent, language)
        if original:
            hints["html_original_language"] = original
        return hints
    return {}


def _linked_language(root, notice, language: str | None) -> str | None:
    alternates = {(link.get("href") or "").strip(): (link.get("hreflang") or "").strip().lower()[:2]
                  for link in root.xpath("//link[@hreflang]")}
    for a in notice.iter("a"):
        linked = (a.get("hreflang") or alternates.get((a.get("href") or "").strip(), "")).lower()[:2]
        if linked and linked != language:
            return linked
    others = {lang for lang in alternates.values() if lang and lang not in (language, "x-")}
    return others.pop() if len(others) == 1 else None


READERS: dict[str, Reader] = {
    ".txt": read_text, ".text": read_text, "": read_text,
    ".md": read_markdown, ".markdown": read_markdown,
    ".html": read_html, ".htm": read_html, ".xhtml": read_html,
}


def supported(name: str) -> bool:
    return PurePath(name).suffix.lower() in READERS


def read(data: bytes, name: str) -> Article:
    """Decode and read one input; `name` (a path or a given name) picks the reader."""
    suffix = PurePath(name).suffix.lower()
    reader = READERS.get(suffix)
    if reader is None:
        raise InputError(f"unsupported file type '{suffix}' (use .txt, .md or .html)", name)
    text, notes = decode_text(data, name)
    if reader is read_text and re.match(r"\s*(<!doctype html|<html)", text[:500], re.I):
        reader = read_html
    article = reader(text, name)
    article.raw_sha256 = sha256(data)
    article.warnings = [*notes, *article.warnings]
    article.hints["file_name"] = PurePath(name).name
    return article
