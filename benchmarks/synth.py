"""Deterministic synthetic archive for the scale benchmark (issue 6).

Writes N normalized articles — Markdown + YAML front matter exactly as `Article.dumps()` writes
them after ingest — into `<out>/content/articles/YYYY/slug.md`, plus an archive registry in
`<out>/content/registry/` and a copy of the project's `mkdocs.yml` and `templates/`, so that
`briefing build --no-ingest` in `<out>` builds the whole archive.

The same seed and N always give the same files (the default people registry, when present,
is part of the input). Popularity of people, topics and sources and the vocabulary follow
Zipf-like laws so that index pages and the search index grow the way a real archive's do.

    python benchmarks/synth.py --n 1000 --out /tmp/synth-1000
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import itertools
import random
import shutil
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from generator.model import Article  # noqa: E402
from generator.text import fold, slugify  # noqa: E402

FIRST_YEAR, LAST_YEAR = 2010, 2026
LAST_DAY = dt.date(2026, 6, 30)
PEOPLE_TARGET = 300

# ---- registry material (invented names; any likeness is chance) --------------------------------

FIRST_NAMES = [
    ("Anna", None), ("Thomas", "Tom"), ("Katarzyna", "Kasia"), ("Jürgen", None), ("Élise", None),
    ("Mikhail", "Misha"), ("Oleksandr", "Sasha"), ("Margarethe", "Grete"), ("François", None),
    ("Ingrid", None), ("Piotr", None), ("Sofia", None), ("Henrik", None), ("Lucía", None),
    ("Matteo", None), ("Aurélie", None), ("Dmytro", None), ("Birgit", None), ("Jonas", None),
    ("Clara", None), ("Wojciech", None), ("Helena", None), ("Rasmus", None), ("Nadia", None),
    ("Laurent", None), ("Agnieszka", None), ("Tobias", None), ("Marta", None), ("Viktor", None),
    ("Annika", None), ("Giorgos", None), ("Ewa", None), ("Stefan", None), ("Camille", None),
    ("Andrius", None), ("Liesbeth", None), ("Pavel", None), ("Juliette", None), ("Kristjan", None),
    ("Zofia", None), ("Robert", "Bob"), ("Elizabeth", "Liz"), ("William", "Bill"),
    ("Margaret", "Maggie"), ("Alexander", "Alex"), ("Katherine", "Kate"), ("Michael", "Mike"),
    ("Susanne", None), ("Bernard", None), ("Ilse", None), ("Yulia", None), ("Tomasz", None),
]
SURNAMES = [
    "Lindqvist", "Kowalczyk", "Brenner", "Moreau", "Vasylenko", "Achterberg", "Dubois", "Halvorsen",
    "Nowicki", "Castellano", "Riedl", "Petrenko", "Lambert", "Sørensen", "Marchetti", "Kaminski",
    "Fontaine", "Oberholzer", "Jankauskas", "Varga", "Tamm", "Kovalenko", "Hoffstetter", "Rousseau",
    "Eriksen", "Wiśniewska", "Giordano", "Becker", "Lefebvre", "Maisuradze", "Novák", "Sandoval",
    "Ahlberg", "Dąbrowski", "Kessler", "Mercier", "Ozolins", "Papadakis", "Quist", "Rahimi",
    "Schüttler", "Tkachenko", "Ulrich", "Vidal", "Wojcik", "Zieliński", "Albrecht", "Bonnard",
    "Carvalho", "Dragomir", "Engström", "Falkner", "Gerasimov", "Haddad", "Ivanova", "Jovanović",
    "Kinnunen", "Lorenzi", "Mäkinen", "Nordahl", "Ostrowski", "Pellegrini", "Rautio", "Steiner",
    "Thorsen", "Urbanek", "Valkonen", "Winkler", "Yilmaz", "Zaharia", "Abramowicz", "Brandt",
    "Chevalier", "Dumitrescu", "Esposito", "Fischer", "Grabowski", "Hartmann", "Ilves", "Jansen",
    "Krüger", "Laine", "Meyer-Landrut", "Nyström", "Orlov", "Pohl", "Rossi", "Schmidtke", "Tarkka",
    "Vogel", "Weiss", "Zimmermann", "Aalto", "Berzins", "Ciobanu", "Duarte", "Ek", "Friis",
]
SPELLING_VARIANTS = [("ij", "y"), ("w", "v"), ("sch", "sh"), ("k", "c"), ("ph", "f"), ("j", "y"),
                     ("ö", "oe"), ("ü", "ue"), ("ä", "ae"), ("ov", "off"), ("ski", "sky"), ("ch", "kh")]
ROLES = [("foreign minister", "Ministry of Foreign Affairs"), ("defence minister", "Ministry of Defence"),
         ("prime minister", "Government"), ("commissioner for energy", "European Commission"),
         ("secretary general", "Atlantic Council of States"), ("central bank governor", "National Bank"),
         ("member of parliament", "Parliament"), ("ambassador to the EU", "Permanent Representation"),
         ("chief economist", "Institute for Economic Studies"), ("party leader", "Civic Union")]

TOPIC_TREE = {
    "defence": ["defence procurement", "air defence", "nuclear deterrence", "military aid"],
    "energy": ["gas supply", "electricity grids", "nuclear power", "oil sanctions"],
    "trade": ["tariffs", "export controls", "supply chains", "trade agreements"],
    "migration": ["asylum policy", "border control", "labour migration", "refugee reception"],
    "climate": ["emissions trading", "climate finance", "renewables", "adaptation"],
    "technology": ["artificial intelligence", "semiconductors", "cyber security", "space policy"],
    "elections": ["parliamentary elections", "presidential elections", "referendums", "disinformation"],
    "diplomacy": ["peace negotiations", "sanctions", "enlargement", "summits"],
}
SOURCE_WORDS = (["Baltic", "Rhine", "Danube", "Nordic", "Atlantic", "Alpine", "Carpathian", "Adriatic",
                 "Iberian", "Channel"],
                ["Ledger", "Courier", "Wire", "Review", "Dispatch", "Observer", "Monitor", "Gazette",
                 "Bulletin", "Chronicle"])
SOURCE_KINDS = ["newspaper", "agency", "broadcaster", "newsletter", "think tank"]

PLACES = ["Brussels", "Vilnius", "Warsaw", "Berlin", "Paris", "Kyiv", "Tallinn", "Riga", "Helsinki",
          "Stockholm", "Madrid", "Rome", "Vienna", "Prague", "Bucharest", "Luxembourg", "The Hague",
          "Copenhagen", "Oslo", "Lisbon", "Athens", "Sofia", "Bratislava", "Budapest", "Geneva"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]

# ---- sentence frames per language (written for this benchmark) ---------------------------------
# Slots: {p} person (full name first, then short), {r} role, {t} topic phrase, {x} rare term,
# {y} second rare term, {c} place, {n} number, {m} month.

FRAMES = {
    "en": [
        "{p} said on Tuesday that {t} would stay at the top of the agenda in {c}.",
        "Officials in {c} described the {x} proposal as a first step rather than a settlement.",
        "According to {p}, the {x} plan needs {n} more months of talks before any vote.",
        "The {r} told reporters that the {y} clause had been rewritten twice since {m}.",
        "Critics argue that the approach to {t} ignores the cost of {x} for smaller members.",
        "{p} met counterparts in {c} to discuss {t} and the timetable for the {x} review.",
        "A draft seen by this publication sets aside {n} million euros for {t}.",
        "Diplomats expect a decision on {t} before the end of {m}, two of them said.",
        "{p} warned that delays over {y} could unravel the compromise reached in {c}.",
        "The figures, published in {m}, show a rise of {n} percent compared with last year.",
        "Several governments want the {x} mechanism extended to cover {t} as well.",
        "In an interview, {p} called the {y} dispute a test of credibility for the whole bloc.",
        "Negotiators in {c} worked through the night on the wording about {t}.",
        "The {r} rejected suggestions that the {x} fund had been used for other purposes.",
        "Analysts say {p} has limited room to manoeuvre on {t} ahead of the {m} deadline.",
        "The agreement would phase in the {y} rules over {n} years, officials said.",
        "Opposition members accused {p} of keeping parliament in the dark about {t}.",
        "Talks on {t} stalled after {p} insisted on a separate chapter for {x}.",
        "A spokesperson for {p} declined to comment on the {y} report.",
        "{p} and the {r} are due to present the {x} package in {c} next week.",
    ],
    "de": [
        "{p} sagte am Dienstag in {c}, das Thema {t} bleibe ganz oben auf der Tagesordnung.",
        "Nach Angaben von {p} braucht der {x}-Plan noch {n} Monate Verhandlungen.",
        "Der Entwurf sieht {n} Millionen Euro für {t} vor, wie aus Unterlagen hervorgeht.",
        "Kritiker bemängeln, dass die Kosten für {x} bisher kaum beziffert wurden.",
        "{p} traf in {c} Amtskollegen, um über {t} und den Zeitplan für {y} zu beraten.",
        "Diplomaten rechnen bis Ende {m} mit einer Entscheidung über {t}.",
        "{p} warnte, ein Streit über {y} könne den in {c} erzielten Kompromiss gefährden.",
        "Die im {m} veröffentlichten Zahlen zeigen einen Anstieg um {n} Prozent.",
        "Die Opposition wirft {p} vor, das Parlament über {t} im Unklaren zu lassen.",
        "Die Gespräche über {t} gerieten ins Stocken, nachdem {p} auf {x} bestand.",
        "Ein Sprecher von {p} wollte sich zu dem {y}-Bericht nicht äußern.",
        "Mehrere Regierungen wollen den {x}-Mechanismus auch auf {t} ausweiten.",
    ],
    "fr": [
        "{p} a déclaré mardi à {c} que le dossier {t} resterait prioritaire.",
        "Selon {p}, le projet {x} nécessite encore {n} mois de négociations.",
        "Le texte prévoit {n} millions d'euros pour {t}, selon des documents consultés.",
        "Les critiques estiment que le coût de {x} a été largement sous-estimé.",
        "{p} a rencontré ses homologues à {c} pour évoquer {t} et le calendrier de {y}.",
        "Les diplomates attendent une décision sur {t} avant la fin du mois de {m}.",
        "{p} a averti qu'un désaccord sur {y} pourrait compromettre l'accord trouvé à {c}.",
        "Les chiffres publiés en {m} montrent une hausse de {n} pour cent sur un an.",
        "L'opposition reproche à {p} de tenir le Parlement à l'écart du dossier {t}.",
        "Les discussions sur {t} ont achoppé après que {p} a exigé un chapitre sur {x}.",
        "Un porte-parole de {p} n'a pas souhaité commenter le rapport sur {y}.",
        "Plusieurs gouvernements veulent étendre le mécanisme {x} au dossier {t}.",
    ],
}
TITLE_FRAMES = {
    "en": ["{s} presses for deal on {t}", "{t}: talks in {c} end without agreement",
           "{s} warns of delays over {x}", "What the {x} compromise means for {t}",
           "{s} and {s2} clash over {t}", "New rules on {t} take shape in {c}"],
    "de": ["{s} drängt auf Einigung bei {t}", "{t}: Gespräche in {c} ohne Ergebnis",
           "{s} warnt vor Verzögerungen bei {x}"],
    "fr": ["{s} réclame un accord sur {t}", "{t} : les discussions de {c} sans accord",
           "{s} met en garde contre des retards sur {x}"],
}
MONTHS_DE = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
             "Oktober", "November", "Dezember"]
MONTHS_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
             "octobre", "novembre", "décembre"]
SUBHEADS = {"en": ["Background", "What comes next", "Reactions", "The numbers"],
            "de": ["Hintergrund", "Wie es weitergeht", "Reaktionen"],
            "fr": ["Contexte", "La suite", "Réactions"]}


# ---- helpers -----------------------------------------------------------------------------------


class Zipf:
    """Draw items with probability ∝ 1/rank^s (rank 1 = first item)."""

    def __init__(self, items: list, s: float = 1.0):
        self.items = items
        self.cum = list(itertools.accumulate(1 / (r ** s) for r in range(1, len(items) + 1)))

    def draw(self, rng: random.Random):
        return rng.choices(self.items, cum_weights=self.cum)[0]

    def sample(self, rng: random.Random, k: int) -> list:
        out: list = []
        while len(out) < min(k, len(self.items)):
            item = self.draw(rng)
            if item not in out:
                out.append(item)
        return out


def lexicon(rng: random.Random, size: int = 40000) -> list[str]:
    """Pseudo-words (programme names, places, jargon) that make the vocabulary grow like news text."""
    onsets = ["b", "br", "d", "dr", "f", "g", "gr", "k", "kr", "l", "m", "n", "p", "pr", "r", "s",
              "st", "t", "tr", "v", "z", "sch", "h", "j", "w"]
    vowels = ["a", "e", "i", "o", "u", "ai", "ei", "ou", "ä", "é"]
    codas = ["", "n", "r", "s", "l", "nd", "rt", "x", "m", "k"]
    words: dict[str, None] = {}
    while len(words) < size:
        syllables = rng.choice((2, 2, 3, 3, 4))
        word = "".join(rng.choice(onsets) + rng.choice(vowels) + rng.choice(codas)
                       for _ in range(syllables))
        words.setdefault(word, None)
    return list(words)


def _variant(surname: str) -> str | None:
    for old, new in SPELLING_VARIANTS:
        if old in surname.lower():
            return surname.replace(old, new).replace(old.capitalize(), new.capitalize())
    return None


def default_people() -> list[dict]:
    """People of the default registry (generator/data/people.yml) as plain entries, if present."""
    path = ROOT / "generator" / "data" / "people.yml"
    if not path.is_file():
        return []
    doc = yaml.safe_load(path.read_text("utf-8")) or {}
    out = []
    for entry in doc.get("people") or []:
        if isinstance(entry, dict) and isinstance(entry.get("name"), str):
            out.append({k: v for k, v in entry.items() if k in ("name", "aliases", "description", "roles", "slug")})
    return out


def make_people(rng: random.Random, target: int = PEOPLE_TARGET) -> list[dict]:
    """Defaults first (up to `target`), topped up with invented names, each with aliases."""
    people = default_people()[:target]
    taken = {fold(n) for p in people for n in [p["name"], *(p.get("aliases") or [])]}
    slugs = {p.get("slug") or slugify(p["name"]) for p in people}
    combos = [(f, s) for f in FIRST_NAMES for s in SURNAMES]
    rng.shuffle(combos)
    for (first, nickname), surname in combos:
        if len(people) >= target:
            break
        name = f"{first} {surname}"
        aliases = [a for a in (f"{nickname} {surname}" if nickname else None,
                               (f"{first} {_variant(surname)}" if _variant(surname) else None))
                   if a and fold(a) != fold(name)]
        keys = [fold(n) for n in [name, *aliases]]
        if any(k in taken for k in keys) or slugify(name) in slugs:
            continue
        taken.update(keys)
        slugs.add(slugify(name))
        entry: dict = {"name": name}
        if aliases:
            entry["aliases"] = aliases
        if rng.random() < 0.4:
            title, org = rng.choice(ROLES)
            start = rng.randint(FIRST_YEAR, LAST_YEAR - 1)
            role = {"title": title, "org": org, "from": dt.date(start, rng.randint(1, 12), 1)}
            if rng.random() < 0.5:
                role["to"] = dt.date(min(start + rng.randint(1, 6), LAST_YEAR), rng.randint(1, 12), 28)
            entry["roles"] = [role]
            entry["description"] = f"{title.capitalize()} ({org})."
        people.append(entry)
    return people


def make_topics() -> list[dict]:
    topics = []
    for root, children in TOPIC_TREE.items():
        topics.append({"name": root, "match": [root]})
        topics += [{"name": child, "parent": root, "match": [child]} for child in children]
    return topics


def make_sources(rng: random.Random, count: int = 30) -> list[dict]:
    combos = [f"{a} {b}" for a in SOURCE_WORDS[0] for b in SOURCE_WORDS[1]]
    rng.shuffle(combos)
    languages = ["en"] * 6 + ["de", "fr"]
    sources = []
    for name in combos[:count]:
        slug = slugify(name)
        sources.append({"name": name, "aliases": [f"The {name}"], "domains": [f"{slug.replace('-', '')}.example"],
                        "language": rng.choice(languages), "kind": rng.choice(SOURCE_KINDS)})
    return sources


# ---- articles ----------------------------------------------------------------------------------


class Writer:
    """Builds one article's text from frames, people, topics and the Zipf vocabulary."""

    def __init__(self, rng: random.Random, people: list[dict], topics: list[dict], sources: list[dict]):
        self.rng = rng
        self.people = Zipf(people, 0.9)
        self.topics = Zipf([t["name"] for t in topics], 0.8)
        self.sources = Zipf([s["name"] for s in sources], 1.0)
        self.words = Zipf(lexicon(rng), 1.05)
        self.places = Zipf(PLACES, 0.7)
        years = list(range(FIRST_YEAR, LAST_YEAR + 1))
        self.year_weights = [1 + (y - FIRST_YEAR) * 0.25 for y in years]
        self.years = years

    def date(self) -> dt.date:
        year = self.rng.choices(self.years, weights=self.year_weights)[0]
        last = LAST_DAY if year == LAST_YEAR else dt.date(year, 12, 31)
        first = dt.date(year, 1, 1)
        return first + dt.timedelta(days=self.rng.randint(0, (last - first).days))

    def term(self) -> str:
        return self.words.draw(self.rng).capitalize() if self.rng.random() < 0.3 else self.words.draw(self.rng)

    def mention(self, person: dict, seen: set[str]) -> str:
        """Full name the first time, later the surname or an alias (as real articles do)."""
        name = person["name"]
        if name not in seen:
            seen.add(name)
            return name
        aliases = person.get("aliases") or []
        if aliases and self.rng.random() < 0.3:
            return self.rng.choice(aliases)
        return name.split()[-1]

    def sentence(self, lang: str, people: list[dict], topics: list[str], seen: set[str], month: str) -> str:
        frame = self.rng.choice(FRAMES[lang])
        person = self.rng.choice(people)
        role = next((r["title"] for r in person.get("roles") or []), "minister")
        return frame.format(p=self.mention(person, seen), r=role, t=self.rng.choice(topics), x=self.term(),
                            y=self.term(), c=self.places.draw(self.rng), n=self.rng.randint(2, 95), m=month)

    def body(self, lang: str, people: list[dict], topics: list[str], words: int, when: dt.date) -> str:
        months = {"en": MONTHS, "de": MONTHS_DE, "fr": MONTHS_FR}[lang]
        seen: set[str] = set()
        blocks: list[str] = []
        count = 0
        while count < words:
            paragraph = []
            for _ in range(self.rng.randint(3, 6)):
                paragraph.append(self.sentence(lang, people, topics, seen, months[self.rng.randrange(12)]))
            text = " ".join(paragraph)
            roll = self.rng.random()
            if roll < 0.06 and blocks:
                blocks.append(f"## {self.rng.choice(SUBHEADS[lang])}")
            elif roll < 0.10:
                text = f"> {text}"
            elif roll < 0.14:
                items = [self.sentence(lang, people, topics, seen, months[when.month - 1]) for _ in range(3)]
                blocks.append("\n".join(f"- {item}" for item in items))
                count += sum(len(i.split()) for i in items)
            elif roll < 0.18:
                term = self.term()
                text += f" More on the [{term} file](https://{slugify(term)}.example/{when.year}/)."
            elif roll < 0.22:
                text = text.replace(people[0]["name"], f"**{people[0]['name']}**", 1)
            blocks.append(text)
            count += len(text.split())
        return "\n\n".join(blocks)

    def title(self, lang: str, people: list[dict], topics: list[str]) -> str:
        frame = self.rng.choice(TITLE_FRAMES[lang])
        return frame.format(s=people[0]["name"].split()[-1], s2=people[-1]["name"].split()[-1],
                            t=self.rng.choice(topics), x=self.term(), c=self.places.draw(self.rng))

    def article(self, index: int) -> Article:
        rng = self.rng
        lang = rng.choices(["en", "de", "fr"], weights=[80, 12, 8])[0]
        when = self.date()
        people = self.people.sample(rng, rng.randint(1, 6))
        topics = self.topics.sample(rng, rng.randint(1, 4))
        body = self.body(lang, people, topics, rng.randint(400, 900), when)
        title = self.title(lang, people, topics)
        summary = body.split("\n\n")[0].lstrip("> ").split(". ")[0].rstrip(".") + "."
        raw = f"synthetic/{index:06d}"
        stripped = {k: rng.randint(1, 4) for k in rng.sample(["boilerplate", "teaser", "caption", "dateline"],
                                                            rng.randint(0, 2))}
        translated = lang == "en" and rng.random() < 0.03
        return Article(
            title=title, date=when, date_confidence=rng.choice(["high", "high", "high", "medium"]),
            source=self.sources.draw(rng), language=lang,
            translated=translated, original_language="pl" if translated else None,
            people=[p["name"] for p in people], topics=topics, summary=summary, body=body,
            raw_file=f"inbox/{when.year}/{index:06d}.{rng.choice(['txt', 'html', 'md'])}",
            raw_sha256=hashlib.sha256(raw.encode()).hexdigest(),
            ingested=dt.datetime(2026, 7, 1, 8, 0, tzinfo=dt.timezone.utc).isoformat(),
            extractor=rng.choice(["text", "trafilatura", "markdown"]), stripped=stripped,
        )


def _dump_registry(path: Path, kind: str, entries: list[dict]) -> None:
    head = (f"# Synthetic {kind} registry for the scale benchmark (benchmarks/synth.py).\n"
            "use_defaults: false\n")
    path.write_text(head + yaml.safe_dump({kind: entries}, sort_keys=False, allow_unicode=True, width=100),
                    "utf-8")


def copy_site_config(out: Path) -> None:
    """The project's mkdocs.yml and templates, so the synthetic archive builds like the real one."""
    shutil.copy(ROOT / "mkdocs.yml", out / "mkdocs.yml")
    shutil.rmtree(out / "templates", ignore_errors=True)
    shutil.copytree(ROOT / "templates", out / "templates")


def generate(n: int, out: Path, seed: int = 6) -> dict:
    """Write the archive; returns counts for the benchmark report."""
    rng = random.Random(seed)
    people, topics, sources = make_people(rng), make_topics(), make_sources(rng)
    content = out / "content"
    shutil.rmtree(content / "articles", ignore_errors=True)
    (content / "registry").mkdir(parents=True, exist_ok=True)
    _dump_registry(content / "registry" / "people.yml", "people", people)
    _dump_registry(content / "registry" / "topics.yml", "topics", topics)
    _dump_registry(content / "registry" / "sources.yml", "sources", sources)
    copy_site_config(out)

    writer = Writer(rng, people, topics, sources)
    used: set[tuple[int, str]] = set()
    words = 0
    languages: dict[str, int] = {}
    for index in range(n):
        article = writer.article(index)
        slug = slugify(article.title) or "briefing"
        candidate, k = slug, 2
        while (article.date.year, candidate) in used:
            candidate, k = f"{slug}-{k}", k + 1
        used.add((article.date.year, candidate))
        path = content / "articles" / str(article.date.year) / f"{candidate}.md"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(article.dumps(), "utf-8")
        words += len(article.body.split())
        languages[article.language] = languages.get(article.language, 0) + 1
    return {"articles": n, "people": len(people), "topics": len(topics), "sources": len(sources),
            "words": words, "languages": languages, "default_people": len(default_people())}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=1000, help="number of articles (default 1000)")
    parser.add_argument("--out", type=Path, required=True, help="archive folder to (re)write")
    parser.add_argument("--seed", type=int, default=6, help="random seed (default 6)")
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    stats = generate(args.n, args.out, args.seed)
    print(f"wrote {stats['articles']} articles ({stats['words']} words; {stats['languages']}) to "
          f"{args.out}/content/articles with {stats['people']} people, {stats['topics']} topics, "
          f"{stats['sources']} sources")
    return 0


if __name__ == "__main__":
    sys.exit(main())
