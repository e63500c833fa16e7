"""Small text helpers shared by ingest and the site: slugs and accent folding."""

from __future__ import annotations

import re
import unicodedata

# Letters that NFKD does not decompose into ASCII.
_EXTRA = str.maketrans({
    "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ß": "ss", "æ": "ae", "Æ": "AE",
    "œ": "oe", "Œ": "OE", "þ": "th", "Þ": "Th", "ð": "d", "ı": "i", "’": "'", "‘": "'",
})
_CYRILLIC = dict(zip(
    "абвгдеёжзийклмнопрстуфхцчшщъыьэюяєіїґ",
    ["a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "y", "k", "l", "m", "n", "o", "p", "r",
     "s", "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya", "ye", "i",
     "yi", "g"],
))
# Greek, letter by letter (after accents are gone), the way names are spelt in Latin script in
# the news: "Κυριάκος Μητσοτάκης" → "kyriakos mitsotakis". Two-letter sounds first.
_GREEK_PAIRS = (("ου", "ou"), ("γγ", "ng"), ("γκ", "gk"), ("μπ", "mp"), ("ντ", "nt"))
_GREEK = dict(zip(
    "αβγδεζηθικλμνξοπρσςτυφχψω",
    ["a", "v", "g", "d", "e", "z", "i", "th", "i", "k", "l", "m", "n", "x", "o", "p", "r", "s", "s",
     "t", "y", "f", "ch", "ps", "o"],
))
_LETTERS = {**_CYRILLIC, **_GREEK}
WINDOWS_RESERVED = {"con", "prn", "aux", "nul", *(f"com{i}" for i in range(1, 10)),
                    *(f"lpt{i}" for i in range(1, 10))}


def fold(text: str) -> str:
    """Lower-case, accent-free, transliterated (Cyrillic, Greek) form used to compare names and phrases."""
    text = text.translate(_EXTRA)
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    for pair, latin in _GREEK_PAIRS:
        if pair in text:
            text = text.replace(pair, latin)
    return "".join(_LETTERS.get(c, c) for c in text)


def slugify(text: str, max_length: int = 80) -> str:
    """URL- and file-safe slug; never empty, never a path, never a Windows-reserved name."""
    ascii_text = fold(text).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text).strip("-")
    if len(slug) > max_length:
        slug = slug[:max_length].rsplit("-", 1)[0] or slug[:max_length]
    if slug in WINDOWS_RESERVED:
        slug = f"{slug}-page"
    return slug


def normalize_space(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()
