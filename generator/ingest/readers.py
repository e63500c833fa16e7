"""Readers: turn one input file into a raw Article (lines of text plus hints from the format).

One reader per format, chosen by file suffix (like Pelican's `file_extensions`). Readers only
decode and extract; cleaning and metadata are the enrichers' job. Bytes are decoded here, so
every later stage sees `str`.
"""

from __future__ import annotations

import hashlib
import re
import warnings
from pathlib import PurePath
from typing import Callable

from ..errors import InputError
from ..model import Article, has_front_matter, split_front_matter

MAX_BYTES = 20_000_000  # larger files are almost certainly not one article
Reader = Callable[[str, str], Article]


def decode(data: bytes, name: str) -> str:
    """Bytes to text: BOMs first, then UTF-8, then charset detection; refuse binary data."""
    if not data.strip():
        raise InputError("empty file", name)
    if len(data) > MAX_BYTES:
        raise InputError(f"too large for one article ({len(data) // 1_000_000} MB; limit "
                         f"{MAX_BYTES // 1_000_000} MB)", name)
    for bom, codec in ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16")):
        if data.startswith(bom):
            return _clean_decoded(data.decode(codec, errors="replace"), name)
    if _looks_utf16(data):
        return _clean_decoded(data.decode("utf-16-le" if data[1::2].count(0) > data[0::2].count(0)
                                          else "utf-16-be", errors="replace"), name)
    if b"\x00" in data[:8192] and data[:8192].count(b"\x00") > len(data[:8192]) // 100:
        raise InputError("binary file (NUL bytes), not text", name)
    try:
        return _clean_decoded(data.decode("utf-8"), name)
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise InputError("binary or undecodable file (no text encoding fits)", name)
    return _clean_decoded(str(best), name)


def _looks_utf16(data: bytes) -> bool:
    sample = data[:4096]
    zeros_even, zeros_odd = sample[0::2].count(0), sample[1::2].count(0)
    return len(sample) >= 4 and max(zeros_even, zeros_odd) > len(sample) // 4 > min(zeros_even, zeros_odd)


def _clean_decoded(text: str, name: str) -> str:
    """Normalize line endings, drop NULs and other control characters; refuse non-text."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff")
    controls = sum(1 for c in text[:20000] if ord(c) < 32 and c not in "\n\t\f")
    if controls > max(8, len(text[:20000]) // 50):
        raise InputError("binary file (control characters), not text", name)
    text = re.sub(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]", "", text)
    if not text.strip():
        raise InputError("no text in file", name)
    return text


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
    article = Article.from_front_matter({"title": "untitled", **meta}, body, name)
    article.extractor = "markdown"
    article.lines = body.split("\n")
    article.hints["authored"] = set(meta)
    return article


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
    return article


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
    text = decode(data, name)
    if reader is read_text and re.match(r"\s*(<!doctype html|<html)", text[:500], re.I):
        reader = read_html
    article = reader(text, name)
    article.raw_sha256 = sha256(data)
    return article
