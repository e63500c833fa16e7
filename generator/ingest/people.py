"""People: resolve every way an article names a registered person to one canonical name.

Matching works on tokens (see `names.py`), so case, accents, transliteration, possessives
("Kallas's", "Kallas’", German "Putins") and a name broken across two lines do not matter, while
capitalisation in the original text is still required as evidence. In order:

1. Full names and multi-word aliases, exactly (after folding); a two-word name also family name
   first ("Orbán Viktor", as Hungarian writes names).
2. Variant spellings close to a registered full name ("Kaya Callas", "Josep Borel"), by fuzzy
   matching: the whole name, the given name and the surname must each be close. Reported as a
   warning on the article, so an author can add the spelling as an alias.
3. A title or role before a surname ("President Trump", "Prime Minister Fico", "M. Sikorski") when
   that surname belongs to one registered person only.
4. A surname alone, for people named in full (or with a title) anywhere in the article — never
   when two people named in the article share it, and never when a different given name stands
   before it ("Hunter Biden" is not Joe Biden).
5. One-word aliases an author registered ("Lula"), with the same guards.

Names the registry does not know are proposed by `names.detect_candidates`; the confident ones
(a given name, a surname and a role, title or speech cue) join the article's people, all of them
go to `hints["unknown_people"]` for `briefing check`. Captions count as mentions (they show who the
article is about); related-headline teasers do not (the cleaner has removed them from the body).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from rapidfuzz import fuzz, process

from ..model import Article
from ..registry import Person, Registry
from ..text import fold
from .names import (PARTICLES, ROLE, Candidate, Token, detect_candidates, given_names, has_role_before,
                    is_headline, joins, lower_case_words, name_runs, tokenize)

FUZZY_NAME = 80      # rapidfuzz ratio of the whole name, folded
FUZZY_SURNAME = 80   # ... of the surname part
FUZZY_GIVEN = 70     # ... of the given name ("Kaya" for "Kaja" is 75; "Jill" for "Joe" is 57)


# ---- the registry, indexed for matching --------------------------------------------------------


def name_key(name: str) -> tuple[str, ...]:
    return tuple(t.key for t in tokenize(name))


SUFFIXES = {"jr", "sr", "ii", "iii", "iv"}


def surname_key(name: str) -> tuple[str, ...]:
    """Folded tokens of the surname: after the given name, from the first particle on
    ("von der Leyen", "bin Salman"), else the last word (hyphenated parts included; "Jr." and
    the like skipped). Surnames of one or two letters ("Yi", "Un") are too ambiguous to match
    alone; an entry's `surname:` says which part is the surname where it comes first ("Xi")."""
    words = [w for w in name.split() if fold(w).strip(".") not in SUFFIXES]
    if len(words) < 2:
        return ()
    for k, word in enumerate(words[1:], 1):
        if word.lower() in PARTICLES and k < len(words) - 1:
            return name_key(" ".join(words[k:]))
    key = name_key(words[-1])
    return key if len("".join(key)) > 2 else ()


def _initials_variants(name: str) -> set[str]:
    """"JD Vance" and "J.D. Vance" / "J. D. Vance" are one spelling."""
    out = {name}
    words = name.split()
    for k, word in enumerate(words[:-1]):
        bare = word.replace(".", "")
        if 2 <= len(bare) <= 3 and bare.isupper():
            out.add(" ".join([*words[:k], " ".join(c + "." for c in bare), *words[k + 1:]]))
            out.add(" ".join([*words[:k], bare, *words[k + 1:]]))
    return out


@dataclass
class Index:
    full: dict[tuple[str, ...], Person] = field(default_factory=dict)        # 2+ tokens
    single: dict[str, Person] = field(default_factory=dict)                  # one-word aliases
    surnames: dict[tuple[str, ...], list[Person]] = field(default_factory=dict)
    fuzzy_choices: list[str] = field(default_factory=list)                   # folded full names
    fuzzy_people: list[Person] = field(default_factory=list)
    longest: int = 1


@lru_cache(maxsize=8)
def index(registry: Registry) -> Index:
    idx = Index()
    for person in registry.people:
        for spelling in [person.name, *person.aliases]:
            for variant in _initials_variants(spelling):
                key = name_key(variant)
                if len(key) >= 2:
                    idx.full.setdefault(key, person)
                elif key:
                    idx.single.setdefault(key[0], person)
            if len(spelling.split()) >= 2:
                folded = " ".join(fold(spelling).split())
                if folded not in idx.fuzzy_choices:
                    idx.fuzzy_choices.append(folded)
                    idx.fuzzy_people.append(person)
        for spelling in [person.name, *person.aliases]:  # family name first, as Hungarian writes it
            words = spelling.split()
            if len(words) == 2 and words[0][:1].isupper() and words[1][:1].isupper():
                idx.full.setdefault(name_key(f"{words[1]} {words[0]}"), person)
        forms = {surname_key(s) for s in [person.name, *person.aliases] if len(s.split()) >= 2}
        if person.surname_override:
            forms = {name_key(person.surname_override)}
        for form in forms:
            if form and person not in idx.surnames.setdefault(form, []):
                idx.surnames[form].append(person)
    idx.longest = max([len(k) for k in [*idx.full, *idx.surnames]] or [1])
    return idx


# ---- matching ----------------------------------------------------------------------------------


@dataclass
class Mention:
    person: Person
    start: int
    end: int
    form: str           # as written, possessive dropped
    kind: str           # full | fuzzy | title | surname | alias


@dataclass
class Matches:
    mentions: list[Mention]
    candidates: dict[str, Candidate]

    @property
    def people(self) -> list[Person]:
        """Registered people in order of first mention."""
        seen: dict[str, Person] = {}
        for mention in sorted(self.mentions, key=lambda m: m.start):
            seen.setdefault(mention.person.name, mention.person)
        return list(seen.values())

    def forms(self) -> dict[str, list[str]]:
        out: dict[str, list[str]] = {}
        for m in self.mentions:
            if m.form != m.person.name:
                out.setdefault(m.person.name, [])
                if m.form not in out[m.person.name]:
                    out[m.person.name].append(m.form)
        return {k: sorted(v) for k, v in out.items()}

    def fuzzy(self) -> list[tuple[str, str]]:
        return list(dict.fromkeys((m.form, m.person.name) for m in self.mentions if m.kind == "fuzzy"))


class _Matcher:
    """One pass over one text; each step adds mentions and never overlaps an earlier one."""

    def __init__(self, text: str, registry: Registry):
        self.text = text
        self.idx = index(registry)
        self.tokens = tokenize(text)
        self.lower_words = lower_case_words(self.tokens)
        self.taken: dict[int, Mention] = {}     # token position -> mention covering it
        self.mentions: list[Mention] = []

    # -- helpers --

    def _window(self, i: int, n: int) -> list[Token] | None:
        window = self.tokens[i:i + n]
        if len(window) < n or any(k in self.taken for k in range(i, i + n)):
            return None
        if not all(joins(self.text, a, b) for a, b in zip(window, window[1:])):
            return None
        return window

    def _add(self, person: Person, i: int, n: int, kind: str, genitive: bool = False) -> None:
        first, last = self.tokens[i], self.tokens[i + n - 1]
        form = re.sub(r"\s+", " ", self.text[first.start:last.end - genitive])
        mention = Mention(person, first.start, last.end, form, kind)
        self.mentions.append(mention)
        for k in range(i, i + n):
            self.taken[k] = mention

    def _keys(self, window: list[Token]) -> list[tuple[str, ...]]:
        """The window's folded key, and with a genitive -s dropped ("Putins", "Selenskyjs")."""
        key = tuple(t.key for t in window)
        keys = [key]
        if len(key[-1]) > 3 and key[-1].endswith("s") and window[-1].text[-1] == "s":
            keys.append((*key[:-1], key[-1][:-1]))
        return keys

    def _other_given_name_before(self, i: int) -> bool:
        """"Hunter Biden": a capitalised first name glued before the surname at `i`."""
        if i == 0:
            return False
        before = self.tokens[i - 1]
        return (before.capitalised and not before.all_caps and before.key in given_names()
                and joins(self.text, before, self.tokens[i]) and i - 1 not in self.taken
                and not has_role_before(before.text))

    def _in_headline(self, token: Token) -> bool:
        start = self.text.rfind("\n", 0, token.start) + 1
        end = self.text.find("\n", token.end)
        return is_headline(self.text[start:end if end != -1 else len(self.text)])

    # -- passes --

    def full_names(self) -> None:
        i = 0
        while i < len(self.tokens):
            for n in range(min(self.idx.longest, len(self.tokens) - i), 1, -1):
                window = self._window(i, n)
                if not window or not any(t.capitalised for t in window):
                    continue
                key = next((k for k in self._keys(window) if k in self.idx.full), None)
                if key:
                    self._add(self.idx.full[key], i, n, "full", genitive=key[-1] != window[-1].key)
                    i += n - 1
                    break
            i += 1

    def fuzzy_names(self) -> None:
        if not self.idx.fuzzy_choices:
            return
        proposals = []
        position = {t.start: k for k, t in enumerate(self.tokens)}  # list.index would make it O(n²)
        for run in name_runs(self.text, self.tokens):
            positions = [position[t.start] for t in run]
            for a in range(len(positions)):
                for n in (2, 3, 4):
                    if a + n > len(positions):
                        break
                    i = positions[a]
                    window = self._window(i, n)
                    if not window or not window[0].capitalised or not window[-1].capitalised:
                        continue
                    found = self._fuzzy_person(window)
                    if found:
                        proposals.append((found[1], i, n, found[0]))
        for score, i, n, person in sorted(proposals, key=lambda p: -p[0]):
            if self._window(i, n):
                self._add(person, i, n, "fuzzy")

    def _fuzzy_person(self, window: list[Token]) -> tuple[Person, float] | None:
        query = " ".join(fold(self.text[window[0].start:window[-1].end]).split())
        query = query.replace("- ", "-")
        words = query.split()
        if len(words) < 2 or words[0] in ("the", "a", "an"):
            return None
        best = process.extractOne(query, self.idx.fuzzy_choices, scorer=fuzz.ratio,
                                  score_cutoff=FUZZY_NAME)
        if not best:
            return None
        choice, score, k = best
        target = choice.split()
        if len(target) != len(words) or score >= 100:
            return None
        if fuzz.ratio(words[0], target[0]) < FUZZY_GIVEN:
            return None
        if fuzz.ratio(" ".join(words[1:]), " ".join(target[1:])) < FUZZY_SURNAME:
            return None
        return self.idx.fuzzy_people[k], score

    def _surname_at(self, i: int) -> tuple[int, tuple[str, ...], list[Person], bool] | None:
        for n in range(min(self.idx.longest, len(self.tokens) - i), 0, -1):
            window = self._window(i, n)
            if not window or not window[-1].capitalised:
                continue
            if n > 1 and window[0].key not in PARTICLES:
                continue
            for key in self._keys(window):
                if key in self.idx.surnames:
                    return n, key, self.idx.surnames[key], key[-1] != window[-1].key
        return None

    def _free_surnames(self):
        """Capitalised registered surnames not yet part of a mention: (index, token, hit). A
        surname may open with a lower-case particle ("President von der Leyen")."""
        for i, token in enumerate(self.tokens):
            if i in self.taken or not (token.capitalised or token.key in PARTICLES):
                continue
            hit = self._surname_at(i)
            if hit:
                yield i, token, hit

    def titled_surnames(self) -> None:
        """"President Trump", "Prime Minister Fico", "M. Sikorski", "HIGH REPRESENTATIVE KALLAS"."""
        for i, token, (n, _, people, genitive) in self._free_surnames():
            before = self.text[max(0, token.start - 80):token.start]
            if not has_role_before(before) or self._other_given_name_before(i):
                continue
            person = people[0] if len(people) == 1 else self._by_role(people, before)
            if person:
                self._add(person, i, n, "title", genitive)

    def _by_role(self, people: list[Person], before: str) -> Person | None:
        """Of several people sharing a surname, the one whose role the title names
        ("Speaker Johnson" is the one who was Speaker of the House)."""
        words = set(re.findall(r"[\w-]+", fold(before)[-40:]))
        fitting = [p for p in people
                   if any(ROLE.fullmatch(w) and w in words
                          for r in p.roles for w in re.findall(r"[\w-]+", fold(r.title)))]
        return fitting[0] if len(fitting) == 1 else None

    def surnames_alone(self) -> None:
        named = {m.person.name for m in self.mentions}
        for i, _, (n, _, people, genitive) in self._free_surnames():
            present = [p for p in people if p.name in named]
            if len(present) != 1 or self._other_given_name_before(i):
                continue
            self._add(present[0], i, n, "surname", genitive)

    def single_aliases(self) -> None:
        for i, token in enumerate(self.tokens):
            person = self.idx.single.get(token.key)
            if person is None or i in self.taken or not token.capitalised:
                continue
            if token.key in self.lower_words or self._other_given_name_before(i):
                continue
            sharing = self.idx.surnames.get((token.key,), [])
            if any(p is not person for p in sharing):
                continue                           # another registered person's surname
            after = self.tokens[i + 1] if i + 1 < len(self.tokens) else None
            if after and after.capitalised and joins(self.text, token, after) \
                    and not self._in_headline(token):
                continue                           # "Costa Rica": part of another name
            self._add(person, i, 1, "alias")

    def run(self) -> list[Mention]:
        self.full_names()
        self.fuzzy_names()
        self.titled_surnames()
        self.single_aliases()
        self.surnames_alone()
        for mention in self.mentions:
            mention.form = re.sub(r"['’]s?$", "", mention.form)
        return sorted(self.mentions, key=lambda m: m.start)


def match_text(text: str, registry: Registry) -> Matches:
    """Registered people mentioned in `text`, and the unknown names it uses like people's."""
    mentions = _Matcher(text, registry).run()
    spans = [(m.start, m.end) for m in mentions]

    def known(start: int, end: int) -> bool:
        return any(s < end and start < e for s, e in spans)

    return Matches(mentions, detect_candidates(text, known))


# ---- the enricher ------------------------------------------------------------------------------


def mention_text(article: Article) -> str:
    """What counts as the article's own words: title, summary, body and photo captions."""
    captions = [text for kind, text in article.hints.get("signals", []) if kind == "caption"]
    return "\n\n".join(part for part in [article.title, article.summary, article.body, *captions] if part)


def candidates_hint(matches: Matches) -> list[dict]:
    return [{"name": c.name, "count": c.count, "confident": c.confident, "context": c.context}
            for c in sorted(matches.candidates.values(), key=lambda c: (-c.count, c.name))]


def find_people(article: Article, registry: Registry) -> Article:
    """Canonical people of the article: the author's own, then registered, then confident unknowns."""
    matches = match_text(mention_text(article), registry)
    authored = [registry.person(p).name if registry.person(p) else p for p in article.people]
    confident = [c.name for c in matches.candidates.values() if c.confident]
    people = list(dict.fromkeys([*authored, *(p.name for p in matches.people), *confident]))
    notes = [f"resolved '{form}' to '{name}' (fuzzy)" for form, name in matches.fuzzy()]
    hints = {**article.hints, "people_seen": matches.forms(),
             "unknown_people": candidates_hint(matches)}
    return article.replace(people=people, hints=hints,
                           warnings=list(dict.fromkeys([*article.warnings, *notes])))
