"""Title and summary: the headline where the text has one, else a faithful short title."""

from __future__ import annotations

import html
import re

from ..model import Article
from ..text import fold, normalize_space
from . import patterns as P
from .clean import Block, ends_sentence, headline_candidate, render
from .dates import header_lines, is_stamp_rest, publication_label, running_text, stamp_date, text_start
from .meta import outlet_in_byline

MAX_TITLE = 90



def _is_headline(block: Block) -> bool:
    words = len(block.text.split())
    label = block.text.lower().strip(" :")
    return (block.kind in ("heading", "para") and 3 <= words <= 25 and not ends_sentence(block.text)
            and label not in P.SECTION_LABELS and not block.text.endswith((":", ","))
            and not _labelled_row(block.text))


def choose_title(article: Article) -> Article:
    """The page's headline (visible headline or HTML metadata) or the cleaner's headline, checked
    against the page's layout; otherwise a title derived from the lede."""
    blocks: list[Block] = list(article.hints.get("blocks", []))
    if article.extractor == "markdown" and "title" in article.hints.get("authored", ()):
        return article
    title, derived = None, False
    learned: dict = {}  # what the layout told on the way, for the enrichers after this one
    subject = next((t for k, t in article.hints.get("signals", []) if k == "email_subject"), None)
    headline = subject or _text_headline(article, blocks, learned)
    found = _take_block(blocks, headline) if headline else None
    if found is None and headline and _taken_for_caption(article, headline):
        found = headline
    if subject:
        found = _tidy(re.sub(r"^((re|fw|fwd|aw|wg|tr)\s*:\s*)+", "", subject, flags=re.I))
    if found is None and blocks and _is_headline(blocks[0]) and not _continues_above(blocks[0].text) \
            and not _is_stamp(blocks[0].text) and not is_furniture(blocks[0].text, article.hints):
        found = blocks[0].text
        blocks[0] = Block("title", found)
    if found and article.extractor != "trafilatura":
        found = _column_headline(article.lines, blocks, found)
    title = found
    html_title = _page_headline(article.hints)
    if html_title:
        if not (title and _same(title, html_title)):
            title = html_title
            _take_block(blocks, html_title, first_only=True)
    if not title:
        title, derived = derive_title(blocks), True
    body = article.body if "authored" in article.hints else render(blocks)
    return article.replace(title=_tidy(title), title_derived=derived, body=body,
                           hints={**article.hints, **learned, "blocks": blocks})


# Two columns of a PDF's text side by side: a wide run of spaces parts them on each line.
_COLUMN_GAP = re.compile(r"(?<=\S)\s{3,}(?=\S)")


def _column_headline(lines: list[str], blocks: list[Block], headline: str) -> str:
    """The headline of two-column text (a PDF's cover with a sidebar): its left column only, and
    its second line joined on when the headline breaks over two.

    Extracted side by side, the sidebar's words ('KEY FIGURES') run on after the headline's and
    the headline's own second line comes next, its left column alone or beside more sidebar
    text. A first part that ends with no stop and a next left column in title case, under
    twelve words, finish one headline ('Closing the Valve: Can the EU' / 'Really End Gas?').
    The joined lines leave the body; the sidebar's words stay as their own line.
    """
    at = next((i for i, line in enumerate(lines) if _COLUMN_GAP.search(line.strip())
               and _same(normalize_space(line), headline)), None)
    if at is None:
        return headline
    if _COLUMN_GAP.split(lines[at].strip(), maxsplit=1)[0].isupper():
        # an ALL-CAPS running header (an institution's name, the series): the headline is the
        # first mixed-case left column under it
        at = next((i for i in range(at + 1, min(at + 8, len(lines))) if lines[i].strip()
                   and not lines[i][:1].isspace() and not lines[i].strip().isupper()
                   and _COLUMN_GAP.search(lines[i].strip())), None)
        if at is None:
            return headline
        _drop_blocks(blocks, normalize_space(headline))
    left, right = _COLUMN_GAP.split(lines[at].strip(), maxsplit=1)
    title, taken = left, [lines[at]]
    below = next((line for line in lines[at + 1:at + 3] if line.strip()), "")
    nxt = _COLUMN_GAP.split(below.strip(), maxsplit=1)[0] if below.strip() and not below[:1].isspace() else ""
    if nxt and not ends_sentence(left) and not left.endswith((":", ",")) and len(nxt.split()) < 12 \
            and _title_case(nxt) and not _is_stamp(nxt) and not P.BYLINE.match(nxt):
        title, taken = f"{left} {nxt}", [lines[at], below]
    for raw in taken:
        _drop_blocks(blocks, normalize_space(raw))
    if right.strip():
        index = next((i for i, b in enumerate(blocks) if b.kind != "title"), len(blocks))
        blocks.insert(index, Block("heading", right.strip(), 2))
    return title


def _title_case(text: str) -> bool:
    """Most words capitalised, as headlines set in title case are ('Really End Russian Gas by 2027?')."""
    words = [w for w in re.findall(r"[^\W\d_][\w'-]*", text)]
    return bool(words) and sum(w[:1].isupper() for w in words) >= 0.6 * len(words)


def _page_headline(hints: dict) -> str | None:
    """The headline a saved page states: its visible headline, else its og:title / <title>.

    The visible headline (readers: itemprop="headline" or the <h1> that is not the site's name)
    beats the og:title / <title> when they tell one story in other words (titles are shortened
    and reworded for sharing) or when the <title> is only the site's name. When they share
    little, the visible heading may be a banner's or a section's, and the <title> is kept.
    """
    html_title = clean_html_title(hints.get("html_title"), hints.get("html_sitename"))
    if html_title and (_names_the_site(html_title, hints) or is_furniture(html_title, hints)):
        html_title = None
    visible = hints.get("html_headline")
    # the <h1> of the story's own header (inside <article>) is its headline, however the
    # og:title words it: a share title may be a rewritten one with a section prefix ('Europe: …')
    placed = hints.get("html_headline_placed") == "article"
    if visible and len(visible.split()) >= 3 and not is_furniture(visible, hints) \
            and (not html_title or placed or _same(visible, html_title) or _reworded(visible, html_title)):
        return _tidy(visible)
    return html_title


def _text_headline(article: Article, blocks: list[Block], learned: dict) -> str | None:
    """The cleaner's headline, unless the page's layout shows it is site furniture (then that
    line leaves the body too: it was the site's, not the article's). A masthead found on the
    way goes into `learned` (the source enricher reads it)."""
    headline = article.hints.get("headline")
    released = _headline_under_label(article, headline)
    if released is not None:
        if headline:
            _drop_blocks(blocks, headline)
        return released or None
    if headline and _is_stamp(headline):  # a stamp is the article's metadata, never its headline
        _drop_blocks(blocks, headline)
        headline = None
    headline = _past_furniture(blocks, headline, article.hints)
    if headline and _masthead_line(article.lines, headline):
        learned["text_masthead"] = headline.strip()
        following = _next_headline(blocks, headline)
        _drop_blocks(blocks, headline)
        headline = following
    if not headline:
        return _headline_over_stamp(article.lines, None)
    better = _headline_over_stamp(article.lines, headline)
    if better is None and _continues_above(headline):
        better = _next_headline(blocks, headline)
    if better is None:
        return None if _continues_above(headline) else headline
    _drop_blocks(blocks, headline)
    return better


def _past_furniture(blocks: list[Block], headline: str | None, hints: dict) -> str | None:
    """The first headline-like line that is not the page's furniture, from the cleaner's pick on
    (each furniture line passed over leaves the body: it was the site's, not the article's)."""
    while headline and is_furniture(headline, hints):
        following = _next_headline(blocks, headline)
        _drop_blocks(blocks, headline)
        headline = following
    return headline


def _masthead_line(lines: list[str], headline: str) -> bool:
    """The outlet's name alone at the top of a pasted page, over its menu or section label: the
    page's first line (skip links and buttons aside), a short name with no sentence's stop, and
    the next line a menu or a section label. It names the source, never the headline."""
    content = [line.strip() for line in lines if _norm(line) and _norm(line) not in P.UI_LINES
               and not P.UI_PHRASE.match(normalize_space(line))]
    if len(content) < 3 or _norm(content[0]) != _norm(headline):
        return False
    name, below = content[0], content[1]
    if len(name.split()) > 5 or re.search(r"[.!?:;,\d]", name):
        return False
    return _menu_line(below) or below.lower().strip(" :") in P.SECTION_LABELS


def is_furniture(text: str, hints: dict) -> bool:
    """A line of the page around the article, never its headline: a menu, a button of the
    interface, an app's share line, the site's name (with its tagline)."""
    line = normalize_space(text).strip("*_# ")
    return (_norm(line) in P.UI_LINES or bool(P.UI_PHRASE.match(line)) or bool(P.APP_SHARE.match(line))
            or _menu_line(text.strip("*_# ")) or _site_name_line(line, hints) or _offer_line(line))


# A site's offer to subscribe or sign up, with its price or period: 'Subscribe from £1 a week',
# 'Jetzt abonnieren – 4 Wochen gratis', 'Abonnez-vous dès 1 € par mois', 'Prenumerera för 9 kr'.
_OFFER = re.compile(
    r"^(?:(?:subscribe|subscription|sign up|join|become a (?:member|subscriber)|try|get)\b|"
    r"(?:jetzt )?abonnieren|abonnez-vous|abonnement|suscríbete|suscribirse|abbonati|abonneer|"
    r"prenumerera|abonner|tilaa|subskrybuj|zaprenumeruj|підпишіться|подпишитесь|оформити підписку)"
    r"(?=.*(?:[£$€¥₴₽]|\d+\s*(?:kr|zł|грн|руб)|\bfree\b|\bgratis\b|\bkostenlos|\bgratuit|"
    r"\b(?:a|per|par|al|pro|im|в|на)\s+(?:week|month|year|semaine|mois|an|mes|año|monat|woche|jahr|місяць|месяц)))",
    re.I)


def _offer_line(line: str) -> bool:
    """A subscription offer: a call to buy with its price or period is the site's, not a headline."""
    return len(line.split()) <= 12 and bool(_OFFER.match(line))


def _menu_line(text: str) -> bool:
    """A horizontal menu: three or more items of one or two capitalised words, no sentence.

    Items pasted from a menu bar stand apart by wide spaces, bars or bullets ('News  World
    Business'); set apart by single spaces, most of them are words of the interface ('Sections
    Search Subscribe Log in'), which a headline in title case is not.
    """
    if re.search(r"[.,;:!?\"“”„«»()]", text):
        return False
    items = [i for i in re.split(r"\s{2,}|\t|\s*[|·•]\s*", text.strip()) if i]
    if len(items) >= 3 and all(len(i.split()) <= 2 and i[:1].isupper() for i in items):
        return True
    words = text.split()
    if len(words) < 3 or not all(w[:1].isupper() for w in _ui_items(words)):
        return False
    ui = [item for item in _ui_items(words) if item.lower() in P.UI_LINES and len(item) >= 3]
    return len(ui) >= 3 and sum(len(item.split()) for item in ui) >= 2 * len(words) / 3


def _ui_items(words: list[str]) -> list[str]:
    """Words read as a menu's items: two words that make one label stay together ('Log in')."""
    items, i = [], 0
    while i < len(words):
        step = 2 if " ".join(words[i:i + 2]).lower() in P.UI_LINES and i + 1 < len(words) else 1
        items.append(" ".join(words[i:i + step]))
        i += step
    return items


def _site_name_line(text: str, hints: dict) -> bool:
    """The site's name, alone or with its tagline after a dash or bar ('Börsenlotse.de – Märkte,
    Kurse, Nachrichten'): a web address, or a name the page gives the site."""
    head = re.split(r"\s+[|–—-]\s+|\s+::\s+", text, maxsplit=1)[0].strip()
    if P.DOMAIN_NAME.match(head):
        return True
    names = [hints.get(k) for k in ("html_sitename", "html_masthead", "html_title_site")]
    names += [t for k, t in hints.get("signals", []) if k == "copyright"]
    # the outlet a reader's byline names: its feed line 'The Nordic Ledger — Europe' is no headline
    names += [outlet_in_byline(t) for k, t in hints.get("signals", []) if k in ("dateline", "published", "marker")]
    return any(name and fold(_norm(name)) == fold(_norm(head)) for name in names)


def _drop_blocks(blocks: list[Block], text: str) -> None:
    """Remove the blocks holding `text`: a line of the site's or a stamp, not the article's."""
    blocks[:] = [b for b in blocks if not (b.kind in ("heading", "para") and _same(b.text, text)
                                           and len(_norm(b.text)) <= len(_norm(text)) + 3)]


def _headline_under_label(article: Article, headline: str | None) -> str | None:
    """The headline under a document's label block ("" when the cleaner's pick only names the
    programme and no headline follows).

    Press releases and transcripts open with a block of metadata: the document's type (and its
    number), a programme's name, the date and time ('Council of the EU – Press release 263/25',
    '8 April 2025', '16:20'; 'Transcript', 'The Weekly Show', 'Broadcast: …'). What stands above
    the block is the site's header (an institution's name, its menu), what stands in it names the
    document, never the story: the headline is the first headline-like line after the block. Used
    when the cleaner found no headline or picked one above or inside the block; None otherwise
    (and when nothing headline-like follows a block that the pick stands above: 'Headline',
    'Press release', '12 May 2025' keeps its headline).
    """
    lines = header_lines(article)
    label = next((i for i, line in enumerate(lines)
                  if P.RELEASE_LABEL.match(_bare(line)) or P.PROGRAMME_LABEL.match(_bare(line))), None)
    if label is None:
        return None
    end = _label_block_end(lines, label)
    at = _line_index(lines, headline) if headline else None
    if headline and (at is None or at >= end):
        return None
    after = next((line.strip() for line in lines[end:] if line.strip()), "")
    if headline_candidate(after) and not _continues_above(after) and not _labelled_row(after):
        return after
    # nothing under the block: a pick inside it named the programme; one above it may be the headline
    return "" if at is not None and at > label else None


def _label_block_end(lines: list[str], label: int) -> int:
    """The line after a label's block: its stamps and bare times, and under a programme label the
    programme's name (a short line with a stamp right under it)."""
    end = label + 1
    programme = P.PROGRAMME_LABEL.match(_bare(lines[label])) is not None
    while end < len(lines):
        text = lines[end].strip()
        nxt = next((line for line in lines[end + 1:] if line.strip()), "")
        if not text or _is_stamp(text) or P.TIME_ONLY.match(text):
            end += 1
        elif programme and len(text.split()) <= 5 and _is_stamp(nxt):
            end, programme = end + 1, False
        else:
            break
    return end


def _bare(line: str) -> str:
    return normalize_space(line).strip("*_# ")


def _labelled_row(text: str) -> bool:
    """A row of labelled fields, such as a programme's credits ('Presenter: A. Name | Producer:
    B. Name'): each part a label and its value. No headline, no lede."""
    parts = [p for p in re.split(r"\s+[|·•]\s+", text) if p.strip()]
    return len(parts) >= 2 and all(re.match(r"^[^\W\d][\w .'-]{0,30}:\s+\S", p.strip()) for p in parts)


def _taken_for_caption(article: Article, headline: str) -> bool:
    """The headline over the stamps, dropped by the cleaner as a photo caption: a photo credit
    under the stamps ('Фото: AP') reaches over them to the headline. A caption sits under a photo,
    a headline over its date."""
    key = _norm(headline)
    return any(kind == "caption" and _norm(text) == key for kind, text in article.hints.get("signals", []))


def _headline_over_stamp(lines: list[str], headline: str | None) -> str | None:
    """The headline-like line right above the byline or date stamp, when the cleaner found no
    headline or its pick lies higher up and apart from it.

    Pages print the byline and the date right under the headline (a kicker or section label may
    sit above it). A headline-like line further up, cut off from that group by a menu or a
    paragraph, belongs to the page around the article: a site's tagline, the title of a cookie
    banner. Only then is the pick moved; a standfirst between headline and byline stays put.
    """
    top = _line_index(lines, headline) if headline else -1
    if top is None:
        return None
    anchor = next((j for j in range(top + 1, text_start(lines, top)) if _is_stamp(lines[j])), None)
    if anchor is None:
        return None
    start = anchor
    while start > top + 1 and lines[start - 1].strip() and not running_text(lines[start - 1]):
        start -= 1
    between = [line for line in lines[top + 1:start] if _norm(line) and _norm(line) not in P.UI_LINES]
    if headline and len(between) < 3 and not any(running_text(line) for line in between):
        return None
    group = [line.strip() for line in lines[start:anchor]]
    return next((line for line in group if headline_candidate(line, min_words=5)
                 and not _continues_above(line) and not _photo_caption(line)), None)


# A photo's credit run on after its caption: 'The ship in port. Photo: A. Name/Agency'.
_CREDIT_AFTER_CAPTION = re.compile(
    r"[.!?]\s+(?:photo|foto|fotó|fotografía|bild|image|picture|credit|crédit|фото|zdjęcie|kuva)\s*:", re.I)


def _photo_caption(line: str) -> bool:
    """A caption under the photo, told by the credit after it: it may sit between the headline
    and the date stamp, but it is never the headline."""
    return bool(_CREDIT_AFTER_CAPTION.search(line))


def _line_index(lines: list[str], text: str) -> int | None:
    """Index of the raw line holding `text` (or its first part, for a headline joined from two)."""
    key = _norm(text)
    for i, line in enumerate(lines):
        norm = _norm(line)
        if norm and (norm == key or (len(norm) >= 12 and key.startswith(norm))):
            return i
    return None


def _is_stamp(line: str) -> bool:
    """A byline or a date stamp line ('By A. Name', 'Published 3 hours ago', '12 May 2025, 10:04')."""
    text = line.strip().strip("*_ ")
    if not text or len(text.split()) > 16:
        return False
    return bool(P.BYLINE.match(text) or _labelled_stamp(text) or stamp_date(text))


def _labelled_stamp(text: str) -> bool:
    """A label and a date alone ('Published 3 hours ago', 'Aired: Friday 7 June 2024, 19:00'); a
    sentence going on after the label's date is no stamp."""
    update = P.UPDATED_STAMP.match(text)
    rest = text[update.end():] if update else publication_label(text)
    return rest != text and bool(re.search(r"\d", rest)) and is_stamp_rest(rest)


def _continues_above(text: str) -> bool:
    """A line opening with a lower-case word carries on the line above it: the second half of a
    name or tagline set on two lines ('for Security Studies' under an institute's name), never a
    headline. ('iPhone', 'eBay' are names, not lower-case words.)"""
    first = text.strip().lstrip("\"“«'‘(").split(maxsplit=1)
    return bool(first) and first[0].isalpha() and first[0].islower()


def _next_headline(blocks: list[Block], after: str) -> str | None:
    """The next headline-like block before the text, after the block holding `after`."""
    index = next((i for i, b in enumerate(blocks) if b.kind in ("heading", "para") and _same(b.text, after)), None)
    if index is None:
        return None
    for block in blocks[index + 1:]:
        if block.kind == "para" and running_text(block.text):
            return None
        if _is_headline(block) and len(block.text.split()) >= 5 and not block.text.isupper() \
                and not _continues_above(block.text):
            return block.text
    return None


def _names_the_site(title: str, hints: dict) -> bool:
    """True when a page title is only the site's name (og:site_name or the masthead <h1>)."""
    names = (hints.get("html_sitename"), hints.get("html_masthead"))
    return any(name and fold(_norm(name)) == fold(_norm(title)) for name in names)


def _reworded(a: str, b: str) -> bool:
    """Two titles of one story: the visible headline and its og:title, shortened or reworded for
    sharing ('… after X steps out of the room' / '… as X steps out'). Most words are shared."""
    wa, wb = (set(re.findall(r"\w+", fold(t))) for t in (a, b))
    shorter = min(len(wa), len(wb))
    return shorter >= 3 and len(wa & wb) >= 0.6 * shorter


def _norm(text: str) -> str:
    text = re.sub(r"^#{1,6}\s+", "", normalize_space(text))
    return re.sub(r"\W+", " ", text.lower()).strip()


def _take_block(blocks: list[Block], text: str, first_only: bool = False) -> str | None:
    """Mark the block holding the headline as the title (so the body does not repeat it)."""
    for i, block in enumerate(blocks[:1] if first_only else blocks):
        if block.kind not in ("heading", "para"):
            continue
        if _same(block.text, text) and len(_norm(block.text)) <= len(_norm(text)) + 3:
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
    """One title, maybe cut short. A line of punctuation only (a table rule) is no title."""
    norm = lambda s: re.sub(r"\W+", " ", s.lower()).strip()  # noqa: E731
    a, b = norm(a), norm(b)
    return bool(a and b) and (a == b or b.startswith(a) or a.startswith(b))


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
    para = next((b.text for b in blocks if b.kind == "para" and len(b.text.split()) >= 6
                 and not _labelled_row(b.text)), None)
    if para is None:
        para = next((b.text for b in blocks if b.text), "Untitled briefing")
    para = _THREAD_NUMBER.sub("", para.strip("—–- "))
    sentence = re.split(r"(?<=[.!?])\s+(?=[A-Z\"“«])", para, maxsplit=1)[0].rstrip(".")
    return shorten(sentence)


# A thread's post number ('1/8 Romania has…', '1/ Here is…'): the post's place, not its words.
_THREAD_NUMBER = re.compile(r"^\d{1,3}/(?:\d{1,3})?\s+(?=[^\W\d])")


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
