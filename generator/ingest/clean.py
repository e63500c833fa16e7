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
from ..text import fold, normalize_space
from . import patterns as P
from .dates import is_stamp_rest, only_date, parse_date_text
from .names import given_names


@dataclass
class Block:
    kind: str  # title | heading | item | para | quote | rule
    text: str
    level: int = 2


def clean(article: Article) -> Article:
    signals: list[tuple[str, str]] = []
    stripped: Counter[str] = Counter()
    latin = _mostly_latin(article.lines)
    lines = _strip_lines(article.lines, latin, signals, stripped)
    lines = _strip_teasers(lines, signals, stripped)
    lines, headline = _strip_masthead(lines, stripped)
    blocks = _blocks(lines, markdown=article.extractor in ("trafilatura", "markdown"))
    authored_body = article.extractor == "markdown" and "authored" in article.hints
    hints = {**article.hints, "signals": signals, "blocks": blocks, "headline": headline}
    if authored_body:  # an author's own Markdown body is theirs: kept as written, but for pasted furniture
        body, dropped = _authored_furniture(article.body)
        if dropped:
            stripped["chrome"] += dropped
        return article.replace(body=body, hints=hints, stripped=dict(stripped))
    body = render(blocks)
    return article.replace(body=body, hints=hints, stripped=dict(stripped))


_MD_SYNTAX = ("#", ">", "|", "[", "!", "<", "`", "~", "=", "-", "*", "+")


def _authored_furniture(body: str) -> tuple[str, int]:
    """An author's Markdown body with the page furniture they pasted into it taken out ('Listen to this
    article', 'Share this article', 'Image: … (Pool photo)', 'Related: …', 'Advertisement', 'Sign up to
    the … weekly briefing'). Narrow: only a paragraph whose every line is, whole, one of the cleaner's
    UI, prompt, teaser or photo-credit lines goes; headings, lists, quotes, links, code and every
    paragraph with a line of text in it stay as written."""
    lines = body.split("\n")
    drop: set[int] = set()
    fenced = False
    paragraph: list[int] = []
    for i, line in enumerate([*lines, ""]):
        if line.strip().startswith(("```", "~~~")):
            fenced = not fenced
            paragraph = []
            continue
        if fenced:
            continue
        if line.strip():
            paragraph.append(i)
            continue
        if paragraph and all(_authored_furniture_line(lines[j]) for j in paragraph):
            drop.update(paragraph)
        paragraph = []
    if not drop:
        return body, 0
    kept = [line for i, line in enumerate(lines) if i not in drop]
    text = re.sub(r"\n{3,}", "\n\n", "\n".join(kept))
    return text, len(drop)


def _authored_furniture_line(line: str) -> bool:
    """A whole line of furniture in an author's body: a UI control of more than one word (or an
    advertisement's label), a 'Related: …' teaser, a newsletter or paywall prompt, a photo credit."""
    text = line.strip()
    parts = [part.strip() for part in re.split(r"\s+[·•|]\s+", text) if part.strip()]
    plain = [_unemphasize(part) for part in parts]
    if len(parts) > 1 or (plain and plain[0] != text):  # '*Share this article* · *Subscribe …*': each part
        return all(_authored_furniture_line(part) for part in plain)
    if text.startswith(_MD_SYNTAX) or P.LIST_ITEM.match(text) or P.RULE.match(text) or "](" in text:
        return False
    key, words = _key(text), _words(text)
    if words > 30:
        return False
    if _is_ui(key, words):
        return words >= 2 or key in P.AD_LABELS
    if P.INLINE_TEASER.match(key) or P.PHOTO_CREDIT_LINE.match(text) or P.IMAGE_SOURCE_LABEL.match(text):
        return True
    return words <= 20 and bool(P.COOKIE_OR_NEWSLETTER.search(text))


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


_PAGE_COLUMNS = re.compile(r"\s{3,}|\t+")  # the wide gap between a printed page's columns


def _running_part(text: str) -> bool:
    """A piece of a line that could be a page's running header or footer: a few words, not a sentence,
    or the publisher's web address alone ("www.example-institute.eu")."""
    return (3 <= _words(text) <= 15 or bool(P.WEB_ADDRESS.match(text.strip()))) \
        and not ends_sentence(text) and not P.LIST_ITEM.match(text.strip())


def _running_headers(raw: list[str]) -> set[int]:
    """Lines a printed page repeats (PDF running headers and footers): short, not sentences. A header or
    footer set in columns ("REPORT TITLE No. 14      June 2025", "www.example.eu      2") is one when a
    column of it repeats on another page and the others are only a page number, a date or a few words."""
    keys = [_key(P.PAGE_MARK.sub("", line)) for line in raw]
    counts = Counter(k for k, line in zip(keys, raw) if k and _running_part(line))
    found = {i for i, k in enumerate(keys) if k and counts[k] >= 2 and _running_part(raw[i])}
    columns = [[c for c in _PAGE_COLUMNS.split(line.strip()) if c] for line in raw]
    parts = Counter(_key(c) for cols in columns if len(cols) >= 2 for c in cols if _running_part(c))
    for i, cols in enumerate(columns):
        if i in found or len(cols) < 2 or ends_sentence(raw[i]):
            continue
        repeated = [c for c in cols if _running_part(c) and parts[_key(c)] >= 2]
        rest = [c for c in cols if c not in repeated]
        if repeated and all(re.fullmatch(r"\d{1,4}", c.strip()) or (_words(c) <= 4 and not ends_sentence(c))
                            for c in rest):
            found.add(i)
    return found


def _strip_lines(raw: list[str], latin: bool, signals: list, stripped: Counter) -> list[str]:
    out: list[str] = []
    in_disclaimer = False
    seen_paragraph = False
    header_seen = False  # a stamp, dateline or byline of the article was dropped above the text
    kept = -1  # index of the last line kept
    dropped_open = False  # the last dropped line broke off mid-sentence
    run: _Run | None = None  # a block whose label or prompt was dropped: its lines go with it
    post_author, post_header = "", -1  # a social post's "@handle" and the index of its line
    running = _running_headers(raw)
    lines = [_tidy_line(line) for line in raw]
    forward = _forward_block([line for line, _ in lines], signals)
    for i, (line, link_only) in enumerate(lines):
        key = _key(line)
        words = _words(line)
        next_line = lines[i + 1][0] if i + 1 < len(lines) else ""
        if i in forward:
            stripped[forward[i]] += 1
            continue
        if not key and line.strip() != "--":
            out.append("")
            run = None
            continue
        if in_disclaimer:
            _copyright_signal(line.strip(), words, signals)
            stripped["disclaimer"] += 1
            continue
        if dropped_open and words <= 6 and line.strip()[:1].islower():
            stripped["prompt"] += 1  # the end of a wrapped line that was dropped
            dropped_open = False
            continue
        if run and not _opens_run(key, words, seen_paragraph) and run.takes(line, next_line):
            if run.kind == "teaser":
                signals.append(("teaser", line.strip()))
            stripped[run.kind] += 1
            continue
        run = None
        post = _post_chrome(line, i, post_author, post_header, lines, out, kept == i - 1, signals)
        if post:
            if post == "handle":
                post_author, post_header = line.strip(), i
            elif post == "reply":  # another account's reply: its text goes with the marker
                run = _Run("reply", 80, sentences=True, max_lines=3)
            stripped["chrome"] += 1
            continue
        kind = "link" if link_only and words <= 12 else \
            _junk_kind(line, key, words, latin, seen_paragraph, signals)
        if not kind and i in running:
            signals.append(("running_header", P.PAGE_MARK.sub("", line).strip()))
            kind = "running_header"
        if not kind and _entry_author(line, next_line):
            signals.append(("byline", line.strip()))
            kind = "byline"
        if not kind and not seen_paragraph and header_seen and kept == i - 1 \
                and _bare_photo_credit(line, next_line):
            kind = "photo_credit"
        if not header_seen and kind in ("stamp", "dateline", "byline") \
                and any(headline_candidate(k, 5) for k in out):
            header_seen = True  # the article's header under its headline: a photo may come next
        dropped_open = bool(kind) and not ends_sentence(line)
        run = _run_after(kind, key, words, seen_paragraph)
        if kind == "disclaimer-head":
            in_disclaimer = True
            stripped["disclaimer"] += 1
            continue
        if kind == "photo_credit" and kept == i - 1 and _drop_caption_above(out, signals):
            stripped["caption"] += 1
        if kind == "consent" and _drop_title_above(out):
            stripped["prompt"] += 1
        if kind:
            stripped["prompt" if kind == "consent" else kind] += 1
            continue
        line = _strip_prefixes(line, signals, stripped, lede=not seen_paragraph)
        line = _strip_tip_sentences(line, stripped)
        line = _strip_trailers(line, stripped)
        if not line.strip():
            continue
        duplicates = _caption(line, out, signals)
        if duplicates:
            stripped["caption"] += duplicates
            continue
        if words >= 12 and ends_sentence(line):
            seen_paragraph = True
        out.append(line)
        kept = i
    return out


def _post_chrome(line: str, i: int, author: str, header: int, lines: list[tuple[str, bool]], out: list[str],
                 name_above: bool, signals: list) -> str | None:
    """A social post's chrome, pasted from a thread: the account's "@handle" (its display name, kept right
    above it, goes too and is the byline), the post's date right under the handle ("May 19"), and
    "Replying to @handle" ('reply' when another account replies to the thread: the reply goes too;
    an author's reply to their own thread is the thread going on)."""
    text = line.strip()
    if P.HANDLE_LINE.match(text):
        above = out[-1].strip() if name_above and out else ""
        if above and _words(above) <= 5 and not ends_sentence(above) and not P.LIST_ITEM.match(above) \
                and not any(c.isdigit() for c in above):
            signals.append(("byline", out.pop().strip()))
        return "handle"
    if header >= 0 and _words(text) <= 5 and only_date(text) and any(c.isdigit() for c in text) \
            and all(not _key(lines[j][0]) for j in range(header + 1, i)):
        return "post_date"
    reply = P.REPLYING_TO.match(text)
    if reply:
        return "reply" if author and reply.group("handle").lower() != author.lower() else "reply_marker"
    return None


def _strip_trailers(line: str, stripped: Counter) -> str:
    """Furniture glued to a line of text: a German agency's editors' code after the last sentence
    ("… ausgelaufen./abc/DP/mis"), an attachment's type and size after its link ("(PDF – 182 Ko)"), and
    an agency's signature after the story's last sentence ("… a la cumbre. EFE"), which would leave the
    line looking unfinished, like a teaser headline."""
    text, n = P.EDITOR_CODE.subn("", line)
    if n:
        stripped["wire"] += n
    text, n = P.FILE_SIZE.subn("", text)
    if n:
        stripped["file_size"] += n
    if _words(text) >= 8:  # a wire agency's signature after the story's last sentence: "… a la cumbre. EFE"
        text, n = P.AGENCY_SIGNATURE.subn("", text)
        if n:
            stripped["wire"] += n
    return text


def _forward_block(lines: list[str], signals: list) -> dict[int, str]:
    """The lines of a forwarded e-mail's wrapping, by index: the forwarder's own note above the marker
    ("---------- Forwarded message ---------"), the marker, and the header fields right under it
    (From, Date, Subject, To). The Date field dates the text; sender and subject are recorded apart
    from a newsletter's own headers, since they name the newsletter, not always its publisher."""
    found: dict[int, str] = {}
    markers = [i for i, line in enumerate(lines) if P.FORWARD_MARKER.match(line.strip())
               and P.EMAIL_HEADER.match(_next_text(lines, i))]  # a forward has its header fields
    if not markers:
        return found
    above = [i for i in range(markers[0]) if lines[i].strip()]
    if len(above) <= 6 and sum(_words(lines[i]) for i in above) <= 60:  # a note, not a text quoted above
        found.update({i: "forward_note" for i in above})
    for marker in markers:
        found[marker] = "forward"
        for i in range(marker + 1, len(lines)):
            text = lines[i].strip()
            header = P.EMAIL_HEADER.match(text)
            field = P.EMAIL_FIELDS.get(header.group("field").lower()) if header else None
            if field:
                value = header.group("value").strip()
                signals.append(("published" if field == "date" else f"forward_{field}", value))
            elif not P.EMAIL_ADDRESS_FIELD.match(text):
                break
            found[i] = "email_header"
    return found


def _next_text(lines: list[str], i: int) -> str:
    """The next line with text after line i."""
    return next((line.strip() for line in lines[i + 1:] if line.strip()), "")


def _opens_run(key: str, words: int, seen_paragraph: bool) -> bool:
    """A label that opens a run of its own ("Read also", "Tags", "Press contacts") ends the run
    before it: a newsletter prompt's run must not swallow the teaser label under it."""
    if _block_label(key, words):
        return True
    return seen_paragraph and words <= 5 and bool(
        P.RELATED_HEAD.match(key) or P.TAG_HEAD.match(key) or P.ABOUT_AUTHOR.match(key))


def _block_label(key: str, words: int) -> str | None:
    """The label of a block whose lines go with it, wherever it stands: a live blog's key events,
    a sponsor's promotion, a press office's contacts."""
    if words <= 4 and P.KEY_EVENTS_HEAD.match(key):
        return "key_events"
    if words <= 10 and not ends_sentence(key) and P.SPONSOR_HEAD.match(key):
        return "sponsor"
    if words <= 4 and P.CONTACT_HEAD.match(key):
        return "contact"
    return None


def _media_placeholder(key: str, words: int) -> bool:
    """A video player's placeholder ('Video unavailable') and its note to the reader ('… may have
    been removed or not be visible in your country')."""
    return (words <= 8 and bool(P.MEDIA_UNAVAILABLE.match(key.rstrip(".!")))) \
        or (words <= 30 and bool(P.MEDIA_NOT_HERE.search(key)))


def _strip_tip_sentences(line: str, stripped: Counter) -> str:
    """A newsletter's call for tips inside its greeting ('… Send tips, gossip and grievances to
    desk@example.eu.'): the sentence goes, the rest of the line stays."""
    text, n = P.TIP_SENTENCE.subn("", line)
    if n:
        stripped["prompt"] += n
        return text.rstrip()
    return line


def _entry_author(line: str, next_line: str) -> bool:
    """A live blog entry's author: a bare person's name right above the entry's time stamp
    ('Jane Roe' over '14.05 BST')."""
    text = line.strip()
    return bool(P.TIME_ONLY.match(next_line.strip())) and _words(text) <= 4 \
        and bool(P.PERSON_NAME.match(text)) and fold(text.split()[0]) in given_names()


def _bare_photo_credit(line: str, next_line: str) -> bool:
    """The credit of the photo above the text, on a line of its own: an agency ('ANP', 'dpa') or a
    'Photographer / Agency' pair, between the caption and the first paragraph. (An agency right under
    the headline or over the date credits the story, not a photo: those lines are not followed by
    the text at once.)"""
    text = line.strip()
    if not _paragraph_line(next_line) or _words(text) > 6 or ends_sentence(text):
        return False
    return bool(P.AGENCY_NAME.match(text) or P.PHOTO_AGENCY_CREDIT.match(text))


def _tidy_line(raw_line: str) -> tuple[str, bool]:
    """The line without invisible characters, the words a screen reader adds to links ("…, opens
    new tab") and the buttons after a photo caption; and whether it was nothing but a link (the
    suffix closed it)."""
    line = raw_line.replace("\u00a0", " ").replace("\u200b", "").replace("\ufe0f", "").rstrip()
    suffixes = list(P.LINK_SUFFIX.finditer(line))
    link_only = bool(suffixes) and not line[suffixes[-1].end():].strip()  # "…, opens new tab." ends a sentence
    line = P.LINK_SUFFIX.sub("", line).rstrip()
    without_buttons = P.PHOTO_BUTTONS.sub("", line)
    return (without_buttons if without_buttons.strip() else line), link_only


class _Run:
    """The lines right under a dropped label or prompt (no blank line between) that belong to it:
    teaser headlines and tags under "Read next" / "Temas", the buttons under a cookie banner, the
    e-mail field under a newsletter prompt, the note under "About the author".

    A run stops at a blank line, at a line too long for its kind, and before a line that leads
    into running text (a subheading of the article in text pasted without blank lines).
    """

    def __init__(self, kind: str, max_words: int, sentences: bool = False, max_lines: int = 30,
                 shape: re.Pattern | None = None):
        self.kind, self.max_words, self.sentences, self.left = kind, max_words, sentences, max_lines
        self.shape = shape  # the form every line of the run has, when it has one

    def takes(self, line: str, next_line: str) -> bool:
        text = line.strip()
        if self.left <= 0 or _words(text) > self.max_words:
            return False
        if _paragraph_line(next_line) and not (self.kind == "teaser" and _KICKER_HEADLINE.match(text)
                                               and not ends_sentence(text)):
            return False  # a subheading over running text, unless a teaser's 'Kicker: headline'
        if self.shape and not self.shape.match(text):
            return False
        if self.sentences:
            fits = True
        elif self.kind == "prompt":  # a button or a field, never a sentence
            fits = not ends_sentence(text)
        else:  # headlines and tags: a question or a quote may close them, a full stop seldom does
            fits = not text.rstrip("*_ ").endswith(".")
        self.left -= fits
        return fits


# A teaser headline with its kicker before a colon ('Survey: neck and neck …'): never a subheading.
_KICKER_HEADLINE = re.compile(r"^[^\W\d][^:.!?]{1,40}:\s+\S.{10,}$")


def _run_after(kind: str | None, key: str, words: int, seen_paragraph: bool) -> _Run | None:
    """The run a line opens: consent and newsletter prompts take their buttons and fields; after
    the article has begun, teaser and tag labels take their lists and an author label its note."""
    if kind in ("consent", "prompt"):  # buttons and fields: a few words each, a few of them
        return _Run("prompt", 4, max_lines=4)
    if kind == "sponsor":  # the promotion under a sponsor's label: a paragraph or two
        return _Run("sponsor", 80, sentences=True, max_lines=3)
    if kind == "contact":  # name, title, phone numbers and addresses of a press office
        return _Run("contact", 6, max_lines=12)
    if kind == "key_events":  # a live blog's list of entries, each line opening with its time
        return _Run("teaser", 20, shape=P.TIME_STAMPED)
    if not seen_paragraph or words > 5:
        return None
    if P.RELATED_HEAD.match(key) or P.TAG_HEAD.match(key):
        return _Run("teaser", 20)
    if P.ABOUT_AUTHOR.match(key):
        return _Run("bio", 80, sentences=True)
    return None


def _paragraph_line(line: str) -> bool:
    """A line of an article's paragraph: statements end with a full stop, teaser headlines
    seldom do; and a headline is shorter than twenty words."""
    text = line.strip().rstrip("\"”»'’)]*_ ")
    return (_words(text) >= 12 and text.endswith(".")) or _words(text) >= 20


def _unemphasize(text: str) -> str:
    """'*Published 1 May 2025*' → 'Published 1 May 2025': a Markdown line set in italics or bold."""
    return re.sub(r"^([*_]{1,3})(\S(?:.*\S)?)\1$", r"\2", text)


def _junk_kind(line: str, key: str, words: int, latin: bool, seen_paragraph: bool,
               signals: list) -> str | None:
    """The kind of junk a whole line is, recording what it tells as a signal; None = keep."""
    text = _unemphasize(line.strip())
    if words <= 30 and P.MT_NOTICE.search(line):
        signals.append(("mt_notice", text))
        return "translation_notice"
    if words <= 10 and P.IMAGE_SOURCE_LABEL.match(text):
        return "photo_credit_label"
    image_caption = P.IMAGE_CAPTION_LABEL.match(text) if words <= 45 else None
    if image_caption:
        signals.append(("caption", image_caption.group("text")))
        return "caption"
    if words <= 10 and P.PHOTO_CREDIT_LINE.match(text):
        return "photo_credit"
    app = P.APP_SHARE.match(text) if words <= 10 else None
    if app:  # "Shared from the Daily Post app": the outlet's name (not a mail client's)
        who = next(g for g in app.groups() if g).strip(" .,")
        if not _MAIL_APP.search(who):
            signals.append(("credit", who))
        return "chrome"
    if _is_ui(key, words) or _is_ui(_LINK_TAIL.sub("", key), words) or _emoji_chrome(key):
        if latin and not _mostly_latin([line]):  # left by a translator: the original's language
            signals.append(("foreign_ui", text))
        return "chrome"
    label = _block_label(key, words)
    if label:
        return label
    if _media_placeholder(key, words):
        return "chrome"
    if words <= 25 and P.UPDATE_NOTICE.match(key):  # "This article will be updated as …"
        return "chrome"
    release = P.PRESS_RELEASE_HEAD.match(text) if words <= 14 else None
    if release:
        if release.group("who"):
            signals.append(("credit", release.group("who").strip()))
        return "credit"
    if _is_foreign_script_ui(line, latin):
        signals.append(("foreign_ui", text))
        return "chrome"
    if _is_crumb(text) and (not seen_paragraph or _is_link_row(text)):
        return "chrome"
    if words <= 80 and P.CONSENT.search(line):
        return "consent"
    if words <= 60 and P.COOKIE_OR_NEWSLETTER.search(line):
        return "prompt"
    if seen_paragraph and words <= 5 and (P.TAG_HEAD.match(key) or P.ABOUT_AUTHOR.match(key)):
        return "teaser"
    if words <= 30 and P.INLINE_TEASER.match(key):
        signals.append(("teaser", text))
        return "teaser"
    if seen_paragraph and (P.DISCLAIMER_HEAD.match(key) or P.FOOTER_HEAD.match(text)):
        return "disclaimer-head"
    header = P.EMAIL_HEADER.match(text) if not seen_paragraph else None
    if header and header.group("field").lower() in P.EMAIL_FIELDS:
        field = P.EMAIL_FIELDS[header.group("field").lower()]
        value = header.group("value").strip()
        signals.append(("published" if field == "date" else f"email_{field}", value))
        return "email_header"
    if words <= 60 and P.DISCLAIMER_LINE.search(line):
        _copyright_signal(text, words, signals)
        return "disclaimer"
    stamps = _stamps(text, words) or _dated_update(text, words)
    if stamps:
        signals.extend(stamps)
        return "stamp"
    if P.ID_TOKEN.match(text):
        signals.append(("id", text))
        return "id"
    if words <= 12 and not ends_sentence(line) and parse_date_text(line) and _date_line(text):
        signals.append(("dateline", text))
        return "dateline"
    if P.WIRE_SLUG.match(text) or P.WIRE_KEYWORDS.match(text) or P.SIGN_OFF.match(text):
        return "wire"
    if seen_paragraph and _author_note(text, words, signals):
        return "bio"
    credit = _credit_kind(text, words, signals)
    if not credit and _menu_row(line, key, seen_paragraph):
        signals.append(("menu", text))
        return "chrome"
    return credit


def _copyright_signal(text: str, words: int, signals: list) -> None:
    """A copyright line names the publisher, also inside a footer that is dropped wholesale."""
    if words > 60 or not P.DISCLAIMER_LINE.search(text):
        return
    holder = P.COPYRIGHT_HOLDER.match(text)
    if holder:
        signals.append(("copyright", holder.group("who").strip(" .,")))


def _author_note(text: str, words: int, signals: list) -> bool:
    """A note about the author at the end: it opens with the byline's name and says what the
    author is or does ('Jane Roe is a correspondent …', '… ist seit 2019 Redakteurin …')."""
    if words > 80:
        return False
    names = {name for kind, name in signals if kind == "byline" and _words(name) >= 2}
    return any(text.startswith(name) and P.BIO_AFTER_NAME.match(text[len(name):]) for name in names)


def _drop_title_above(out: list[str]) -> bool:
    """A cookie banner's title sits right above its text ('We value your privacy')."""
    if not out or not out[-1].strip():
        return False
    above = out[-1].strip()
    if _words(above) > 8 or ends_sentence(above) or not P.CONSENT_TITLE.search(above):
        return False
    out.pop()
    return True


def _drop_caption_above(out: list[str], signals: list) -> bool:
    """A photo-credit line takes the caption written right above it (no blank line between)."""
    if not out or not out[-1].strip():
        return False
    above = out[-1].strip()
    words = _words(above)
    if words > 30 or (ends_sentence(above) and words > 15) or P.LIST_ITEM.match(above):
        return False
    signals.append(("caption", above))
    out.pop()
    return True


_MAIL_APP = re.compile(r"\b(mail|outlook|gmail|yahoo|iphone|ipad|android|ios|samsung|telegram|whatsapp)\b", re.I)

# A link written out after its label in a plain-text e-mail: "View in browser [https://…]".
_LINK_TAIL = re.compile(r"\s*[\[(<]\s*(https?://|www\.)[^\s\])>]*\s*[\])>]$")


def _is_ui(key: str, words: int) -> bool:
    """A UI control or page-furniture line ("Share on X", "Reading time: 4 min", "Menú"), also
    several controls pasted into one line ("Skip to main contentSkip to navigation")."""
    furniture = words <= 8 or (words <= 25 and not ends_sentence(key))
    return key in P.UI_LINES or (furniture and bool(P.UI_PREFIXES.search(key))) \
        or (words <= 6 and bool(P.SHARE_LINE.match(key))) \
        or (words <= 12 and bool(_UI_RUN.fullmatch(key)))


_UI_RUN = re.compile("(?:(?:" + "|".join(
    re.escape(u) for u in sorted(P.UI_LINES, key=len, reverse=True) if len(u) > 3) + r")\s*[|·•]?\s*){2,}")
# Three or more menu entries on one line: site sections and UI words ("Sections Search Subscribe Log in").
_MENU_RUN = re.compile("(?:(?:" + "|".join(
    re.escape(u) for u in sorted(P.UI_LINES | P.MENU_WORDS, key=len, reverse=True) if len(u) > 1)
    + r")(?:\s*[|·•]\s*|\s+|$)){3,}")
# Emoji and pictographs that open an app's chrome line ("⏱ 4 min read", "🔊 Listen", "👍 1.2K 💬 318 ↗ Share").
_PICTOGRAPHS = "\u2190-\u21ff\u2300-\u23ff\u2460-\u27bf\u2b00-\u2bff\U0001F000-\U0001FAFF\ufe0f\u200d"
_LEADING_SYMBOLS = re.compile(f"^[{_PICTOGRAPHS}\\s]+")
_REACTION_PART = re.compile(r"[\d.,]+\s?[km]?|[^\W\d_][\w' ]*")


def _emoji_chrome(key: str) -> bool:
    """App chrome after an emoji: a UI phrase ("🔊 Listen to this article", "⏱ 4 min read", "👉 Tap to
    follow …"), or a reaction bar of counts and buttons ("👍 1.2K   💬 318   ↗ Share"). A line of text
    after an emoji ("📍 Brussels", "🔴 Kyiv says …") stays."""
    rest = _LEADING_SYMBOLS.sub("", key)
    if rest == key or not rest:
        return False
    if _is_ui(rest, _words(rest)):
        return True
    parts = [p.strip() for p in re.split(f"[{_PICTOGRAPHS}]+", rest) if p.strip()]
    return len(parts) >= 2 and all(_REACTION_PART.fullmatch(p) and (p[0].isdigit() or _is_ui(p, _words(p)))
                                   for p in parts)


def _menu_row(line: str, key: str, seen_paragraph: bool) -> bool:
    """A horizontal site menu above the article: three or more short capitalised entries set apart by
    wide gaps ("Zprávy  Domácí  Svět  Ekonomika"), or three or more section and UI words in a row
    ("Sections Search Subscribe Log in", "News World Politics Opinion"). Never a sentence."""
    if seen_paragraph or ends_sentence(line) or _words(line) > 12:
        return False
    if _MENU_RUN.fullmatch(key):
        return True
    parts = [p for p in re.split(r"\s{2,}|\t", line.strip()) if p]
    return len(parts) >= 3 and all(_words(p) <= 3 and p[:1].isupper() and not any(c.isdigit() for c in p)
                                   and not p.rstrip().endswith((",", ":", ";")) for p in parts)


def _is_crumb(text: str) -> bool:
    """Section crumbs and language switchers: 'Accueil | Europe | Défense', 'Home › World'."""
    if parse_date_text(text):  # a dated line is a dateline, which carries the date
        return False
    parts = [p for p in P.CRUMB_SEPARATORS.split(text.strip(" |›»>")) if p.strip()]
    return 2 <= len(parts) <= 8 and all(_words(p) <= 3 for p in parts) and not ends_sentence(text)


def _is_link_row(text: str) -> bool:
    """A row of three or more site links, also below the article: 'Impressum | Datenschutz | AGB',
    'Terms | Privacy | Contact'. One of them at least is a footer's legal or contact link."""
    parts = [p.strip() for p in re.split(r"\s+[|·•]\s+", text.strip()) if p.strip()]
    return len(parts) >= 3 and not text.lstrip().startswith("|") \
        and any(P.FOOTER_LINK.match(p) for p in parts)


# An English ordinal day in a stamp's date: "9th October", "1st May", "October 22nd".
_ORDINAL_DAY = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)\b", re.I)


def _stamps(text: str, words: int) -> list[tuple[str, str]]:
    """'Published: 19 December 2025', 'Stand: 22.05.2025', 'Aktualizacja: ...' → a date signal.

    A line holding both ('Published on ... | Modified on ...') is a publication stamp; its
    modification part becomes the update stamp. The label must be followed by its date alone:
    'Published on 12 March, the report says costs rose.' is a sentence of the text.
    """
    if words > 16:
        return []
    text = _ORDINAL_DAY.sub(r"\1", text)  # "Updated 9th October 2024, 06:10 BST"
    for kind, pattern in (("published", P.PUBLISHED_STAMP), ("updated", P.UPDATED_STAMP)):
        match = pattern.match(text)
        rest = text[match.end():] if match else ""
        if match and re.search(r"\d", rest):
            if not is_stamp_rest(rest):
                return []
            parts = re.split(r"\s*[|·•/,;]\s+(?=\D)", rest, maxsplit=1)
            update = P.UPDATED_STAMP.match(parts[1]) if len(parts) == 2 else None
            if kind == "published" and update:
                return [("published", parts[0]), ("updated", parts[1][update.end():])]
            return [(kind, rest), *_stamp_outlet(rest)]
    return []


def _stamp_outlet(rest: str) -> list[tuple[str, str]]:
    """'1 May 2025 — The Danube Courier': the name after a stamp's date is its outlet (or, when it
    starts with a given name, its author)."""
    match = re.match(r"^(?P<date>[^—–|·•]*\d[^—–|·•]*?)\s+[—–|·•]\s+(?P<name>[^\d—–|·•]{3,60})$", rest)
    if not match or not only_date(match.group("date")):
        return []
    name = match.group("name").strip(" .,")
    if not name[:1].isupper() or _words(name) > 6 or P.UPDATED_STAMP.match(name) or P.BYLINE.match(name):
        return []
    return [("byline" if fold(name.split()[0]) in given_names() else "credit", name)]


_GLUED_YEAR = re.compile(r"\b((?:19|20)\d\d)(?=\d{1,2}:\d\d)")


def _dated_update(text: str, words: int) -> list[tuple[str, str]]:
    """A date line that runs into its update stamp, as pasted from agency pages:
    'May 20, 2025 5:47 PM GMT+2 · Updated 2 hours ago', or glued 'May 20, 20255:47 PM GMT+2Updated …'."""
    if words > 16 or not re.search(r"\d", text):
        return []
    text = _GLUED_YEAR.sub(r"\1 ", text)
    for start in (m.start() for m in re.finditer(r"(?<![a-z])(?=[A-Za-z])", text)):
        update = P.UPDATED_STAMP.match(text[start:]) if start else None
        if not update:
            continue
        head = text[:start].strip(" |·•,;–—-")
        rest = text[start + update.end():]  # the update's own date, not a sentence going on
        if head and only_date(head) and parse_date_text(head) and (not rest.strip() or is_stamp_rest(rest)):
            return [("dateline", head), ("updated", rest)]
    return []


def _credit_kind(text: str, words: int, signals: list) -> str | None:
    """Credits, reporting lines and bylines: who wrote or supplied the text."""
    credit = P.CREDIT.match(text)
    labelled = credit and credit.group("lead").rstrip().endswith(":")
    if credit and (words <= 12 or text.startswith("(") or (labelled and words <= 20)):
        signals.append(("credit", credit.group("who").strip(" .")))
        return "credit"
    reporting = P.REPORTING_CREDIT.match(text)
    if reporting and words <= 45 and not reporting.group(0).lower().startswith("by "):
        signals.append(("reporting", text))
        return "credit"
    byline = P.BYLINE.match(text)
    if byline and words <= 16:
        signals.append(("byline", byline.group("who").strip(" ,")))
        when = byline.group("when") or byline.group("lead")
        if when and parse_date_text(when):
            signals.append(("dateline", when.strip(" ·|,")))
        return "byline"
    placed = P.PLACED_BYLINE.match(text)
    if placed and words <= 7 and fold(placed.group("who").split()[0]) in given_names():
        signals.append(("byline", placed.group("who")))
        return "byline"
    reporters = _placed_reporters(text, words)
    if reporters:
        signals.extend(("byline", who) for who in reporters)
        return "byline"
    if words <= 30 and P.NEWSLETTER_CREDITS.match(text):
        return "credit"  # the newsletter's own staff: names, not sources
    programme = P.PROGRAMME_CREDITS.match(text) if words <= 20 else None
    if programme and fold(programme.group("who").split()[0]) in given_names():
        return "credit"  # a programme's presenter and producer: names, not sources
    return None


def _placed_reporters(text: str, words: int) -> list[str]:
    """'Jane Roe in Vienna and John Doe': the reporters of a live page or a joint story, one of them at
    least with a place. Every name opens with a given name, so 'Merkel in Paris and Macron' stays."""
    match = P.PLACED_BYLINES.match(text) if words <= 14 else None
    if not match or not P.REPORTER_PLACE.search(text):
        return []
    names = [match.group(g) for g in ("first", "middle", "last") if match.group(g)]
    return names if all(fold(n.split()[0]) in given_names() for n in names) else []


def _date_line(text: str) -> bool:
    """A line that only dates the article: '18/07/2025 12:40 | World', 'Luxembourg, 20 October 2025'."""
    unplaced = P.PLACE_BEFORE_DATE.sub("", text)
    if unplaced != text and parse_date_text(unplaced):
        text = unplaced
    parts = [p for p in re.split(r"\s+(?:--|—|–)\s+|" + P.CRUMB_SEPARATORS.pattern, text) if p and p.strip()]
    dated = [p for p in parts if parse_date_text(p) and only_date(p)]
    return bool(dated) and all(p in dated or _words(p) <= 4 for p in parts)


def _strip_prefixes(line: str, signals: list, stripped: Counter, lede: bool = False) -> str:
    """Remove leading date markers, datelines and agency tags from a paragraph's first line."""
    marker = P.DATE_MARKER.match(line)
    if marker:
        signals.append(("marker", marker.group("date")))
        stripped["date_marker"] += 1
        line = line[marker.end():]
    dateline = P.DATELINE.match(line.strip()) or P.SLASH_DATELINE.match(line.strip())
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
    place = P.PLACE_DATELINE.match(line.strip()) if lede else None
    if place and _words(line.strip()[place.end():]) >= 6 and len(place.group("place")) >= 3:
        if place.group("when"):
            signals.append(("dateline_short", place.group("when")))
        stripped["dateline"] += 1
        line = line.strip()[place.end():]
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


# ---- pass 2: the masthead above the headline -------------------------------------------------


def _first_paragraph(lines: list[str]) -> int:
    """Index of the first line that reads as running text (a sentence of some length)."""
    for i, line in enumerate(lines):
        text = line.strip().lstrip("#> ").strip()
        if P.LIST_ITEM.match(text):
            continue
        if (_words(text) >= 12 and ends_sentence(text)) or _words(text) >= 25:
            return i
    return len(lines)


def headline_candidate(line: str, min_words: int = 3) -> bool:
    """Could this line be a headline? Not a label, list item, sentence, crumb or run of text."""
    text = _MD_HEADING.sub(r"\2", line.strip()) if line.strip().startswith("#") else line.strip()
    words = _words(text)
    return (min_words <= words <= 25 and not P.LIST_ITEM.match(text)
            and _key(text) not in P.SECTION_LABELS and not text.endswith((".", ":", ",", ";"))
            and not _is_crumb(text) and not text.isupper())


def _join_split_headline(lines: list[str], first: int) -> list[str]:
    """'Learning from X:' + 'What Y Can Add' on the next line: one headline broken in two."""
    for i in range(min(first, len(lines)) - 1):
        head, tail = lines[i].strip(), lines[i + 1].strip()
        if head.endswith(":") and tail and not ends_sentence(tail) and 2 <= _words(head) \
                and _words(head) + _words(tail) <= 20 and tail[:1].isupper() \
                and _key(head) not in P.SECTION_LABELS and not P.LIST_ITEM.match(tail):
            return [*lines[:i], f"{head} {tail}", *lines[i + 2:]]
    return lines


def _runs_on(lines: list[str], i: int, wrap: int) -> bool:
    """Line i is the start of a wrapped sentence: the next line follows at once and continues it."""
    nxt = lines[i + 1].strip() if i + 1 < len(lines) else ""
    return bool(nxt) and (nxt[:1].islower() or _wrapped_paragraph(lines, i, wrap))


def _strip_masthead(lines: list[str], stripped: Counter) -> tuple[list[str], str | None]:
    """Find the headline above the first paragraph; drop the site name and kickers above it.

    Pasted pages open with a run of short lines (site name, section, kicker) before the
    headline. The headline is the first line there that reads like one (five words or more),
    else the last shorter one. Only short lines above it go: nothing of the text is lost.
    """
    first = _first_paragraph(lines)
    lines = _join_split_headline(lines, first)
    first = _first_paragraph(lines)
    zone = [i for i in range(first) if lines[i].strip()]
    wrap = _wrap_width(lines)
    zone = [i for i in zone if not _runs_on(lines, i, wrap)]
    long_ones = [i for i in zone if headline_candidate(lines[i], min_words=5)]
    short_ones = [i for i in zone if headline_candidate(lines[i])]
    chosen = long_ones[0] if long_ones else (short_ones[-1] if short_ones else None)
    if chosen is None:
        return lines, None
    menu = _menu_lines(lines, first)
    kept = []
    for i, line in enumerate(lines):
        if (i < chosen or (i in menu and i != chosen)) and line.strip() and _words(line) <= 4 \
                and not P.LIST_ITEM.match(line.strip()) and not ends_sentence(line):
            stripped["masthead"] += 1
            continue
        kept.append(line)
    text = lines[chosen].strip()
    return kept, (_MD_HEADING.sub(r"\2", text) if text.startswith("#") else text)


def _menu_lines(lines: list[str], first: int) -> set[int]:
    """A site menu above the article: four or more stacked lines of one to three words
    ('Business', 'Markets', 'Legal', …) with no blank line between them. It may sit below a
    site tagline that looks like a headline, so it is found apart from the headline."""
    menu: set[int] = set()
    stack: list[int] = []
    for i in range(min(first, len(lines)) + 1):
        text = lines[i].strip() if i < first else ""
        if text and _words(text) <= 3 and not ends_sentence(text) and not P.LIST_ITEM.match(text) \
                and not text.endswith(":"):
            stack.append(i)
            continue
        if len(stack) >= 4:
            menu.update(stack)
        stack = []
    return menu


# ---- pass 3: the tail of related headlines -----------------------------------------------------


def _headline_like(line: str) -> bool:
    words = _words(line)
    return (4 <= words <= 30 and not ends_sentence(line) and not P.LIST_ITEM.match(line)
            and (line.strip()[0].isupper() or line.strip()[0].isdigit() or line.strip()[0] in "\"“«")
            and not _holds_sentence(line))


def _holds_sentence(line: str) -> bool:
    """A finished sentence of eight words or more with more after it: a paragraph whose end is not
    punctuated (a signature or a tag glued to it), never a headline."""
    end = re.search(r"[.!?…][\"”»’)]*\s+\S", line)
    return bool(end) and _words(line[:end.start()]) >= 8


def _strip_teasers(lines: list[str], signals: list, stripped: Counter) -> list[str]:
    """Drop a 'Related' block, and a run of headline-like lines after the article's last sentence.

    The block runs to the end, unless the article goes on after it: two paragraphs or more
    below the label mean the box sat between paragraphs, and only the label goes (the
    headlines right under it went in the first pass)."""
    lines = list(lines)
    i = len(lines) // 3 + 1
    while i < len(lines):
        line = lines[i]
        if not (line.strip() and P.RELATED_HEAD.match(_key(line))):
            i += 1
            continue
        stripped["teaser"] += 1
        if sum(1 for after in lines[i + 1:] if _words(after) >= 20 and after.strip().endswith(".")) >= 2:
            signals.append(("teaser", line.strip()))
            del lines[i]
            continue
        for teaser in lines[i + 1:]:
            if teaser.strip():
                signals.append(("teaser", teaser.strip()))
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


# ---- pass 4: blocks ----------------------------------------------------------------------------

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

    bare_items = set() if markdown else _bare_list_items(content)
    wrap = _wrap_width(content)
    prev_kind = "start"
    prev_open = False  # previous paragraph line did not end a sentence
    prev_line = ""
    for i, raw in enumerate(content):
        line = raw.strip()
        last_line, prev_line = prev_line, line
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
        if markdown and P.RULE.match(line):
            blocks.append(Block("rule", "---"))
            prev_kind, prev_open = "rule", False
            continue
        if i in bare_items:
            blocks.append(Block("item", line, 0))
            prev_kind, prev_open = "item", False
            continue
        item = P.LIST_ITEM.match(line)
        if item and not (prev_open and prev_kind == "para"):
            number = re.match(r"\s*(\d{1,2})[.)]", line)
            blocks.append(Block("item", item.group("text").strip(), int(number.group(1)) if number else 0))
            prev_kind, prev_open = "item", False
            continue
        if line.startswith(">"):
            blocks.append(Block("quote", line.lstrip("> ").strip()))
            prev_kind, prev_open = "quote", False
            continue
        if prev_kind == "para" and prev_open and _continues(last_line, line, wrap):
            blocks[-1].text = f"{blocks[-1].text} {line}"
            prev_open = not ends_sentence(line) and not line.endswith(":")
            continue
        nxt = next_content(i)
        if _heading_like(line, nxt) and not _wrapped_paragraph(content, i, wrap) \
                and not _open_clause(line):
            blocks.append(Block("heading", _TRAILING_SYMBOLS.sub("", line) or line))
            prev_kind, prev_open = "heading", False
            continue
        blocks.append(Block("para", line))
        prev_kind = "para"
        prev_open = not ends_sentence(line) and not line.endswith(":") and _words(line) < 40 \
            and not raw.endswith("  ")
    return blocks


def _wrap_width(lines: list[str]) -> int:
    """The width text was wrapped at, if it was: the 90th percentile of non-empty line lengths."""
    lengths = sorted(len(line.strip()) for line in lines if line.strip())
    return lengths[int(len(lengths) * 0.9)] if lengths else 0


def _continues(previous: str, line: str, wrap: int) -> bool:
    """Does `line` carry on the sentence `previous` left open? Yes when it starts in lower case,
    or when `previous` ran to the wrap width (hard-wrapped text). A short unpunctuated line
    followed by a capitalised one is a label or a heading, not half a sentence."""
    first = line.lstrip("\"“«'‘(")[:1]
    if first.islower():
        return True
    if P.TIME_ONLY.match(line):  # a live blog entry's time opens the entry
        return False
    return (len(previous) >= 30 and len(previous) >= 0.6 * wrap) or _open_clause(previous)


def _open_clause(line: str) -> bool:
    """The line stops mid-clause: after a comma, a function word, or a given name ("… chief Kaja")."""
    words = line.split()
    last = words[-1] if words else ""
    if line.endswith((",", "-", "–")) or fold(last) in _OPEN_WORDS:
        return True
    return last[:1].isupper() and fold(last) in given_names()


# Words a clause cannot end on: a line ending with one carries on below.
_OPEN_WORDS = frozenset("""a an the of to in on for with and or but by from as at that
der die das den dem des und oder mit von zu im am le la les des du de et ou avec pour par
el los las del y o con para por il lo gli di e che""".split())


def _bare_list_items(lines: list[str]) -> set[int]:
    """Lines of a list pasted without bullets: two or more short lines after a line ending in ':'.

    The run stops at a line that opens the next section (a capitalized line followed by running
    text when the items themselves start in lower case).
    """
    items: set[int] = set()
    content = [i for i, line in enumerate(lines) if line.strip()]
    for pos, i in enumerate(content):
        if not lines[i].rstrip().endswith(":"):
            continue
        run: list[int] = []
        for k, j in enumerate(content[pos + 1:], start=pos + 1):
            line = lines[j].strip()
            if _words(line) > 12 or ends_sentence(line) or P.LIST_ITEM.match(line) or line.endswith(":"):
                break
            nxt = lines[content[k + 1]].strip() if k + 1 < len(content) else ""
            first_case = lines[run[0]].strip()[:1].islower() if run else None
            if run and first_case and line[:1].isupper() and (_words(nxt) >= 8 or ends_sentence(nxt)):
                break
            run.append(j)
        if len(run) >= 2:
            items.update(run)
    return items


def _wrapped_paragraph(lines: list[str], i: int, wrap: int) -> bool:
    """Line i opens a hard-wrapped paragraph: it fills the wrap width and the next line, which
    follows at once, runs on too. (Short lines stacked without blank lines are a masthead.)"""
    if i + 1 >= len(lines) or not lines[i + 1].strip():
        return False
    nxt = lines[i + 1].strip()
    return _words(nxt) >= 6 and not ends_sentence(nxt) and not P.LIST_ITEM.match(nxt) \
        and not nxt.startswith("#") and len(lines[i].strip()) >= 0.6 * wrap


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
            text = f"{block.level}. {block.text}" if block.level else f"- {block.text}"
        elif block.kind == "quote":
            text = f"> {block.text}"
        elif block.kind == "rule":
            text = "---"
        else:
            text = _escape_paragraph(block.text)
        if parts and block.kind == "item" and re.match(r"(- |\d{1,2}\. )", parts[-1]) \
                and bool(re.match(r"\d", parts[-1])) == bool(block.level):
            parts[-1] += "\n" + text
        else:
            parts.append(text)
    return "\n\n".join(parts)


def _escape_paragraph(text: str) -> str:
    """Keep plain text from turning into Markdown syntax by accident (#hashtag, '1995.' ...)."""
    if re.match(r"^(#|=+$|-{3,}$|\d+\.\s)", text):
        return "\\" + text
    return text
