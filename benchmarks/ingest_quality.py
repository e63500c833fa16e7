"""Score ingest per field against gold files (expected.yaml) and print a table per set.

    .venv/bin/python benchmarks/ingest_quality.py            # seeds and unseen fixtures
    .venv/bin/python benchmarks/ingest_quality.py --verbose  # also every miss, with what came out

Sets: ../shared/seeds/expected.yaml (the five seed articles) and tests/fixtures/unseen/expected.yaml
(articles the ingest rules were not written from). A field scores 1 for an article when it is
entirely right; the table shows the share of articles right per field and one overall line per set.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from dataclasses import dataclass, field
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from generator.errors import BriefingError  # noqa: E402
from generator.ingest.pipeline import ingest_bytes  # noqa: E402
from generator.model import Article  # noqa: E402
from generator.text import fold, normalize_space  # noqa: E402

SETS = {
    "seeds": [ROOT.parent / "shared" / "seeds" / "expected.yaml"],
    "unseen": [ROOT / "tests" / "fixtures" / "unseen" / "expected.yaml"],
    "heldout": [ROOT / "tests" / "fixtures" / "heldout" / "expected-text.yaml",
                ROOT / "tests" / "fixtures" / "heldout" / "expected-html.yaml"],
    "heldout2": [ROOT / "tests" / "fixtures" / "heldout2" / "expected-text.yaml",
                 ROOT / "tests" / "fixtures" / "heldout2" / "expected-html.yaml"],
    "heldout3": [ROOT / "tests" / "fixtures" / "heldout3" / "expected.yaml"],
    "heldout4": [ROOT / "tests" / "fixtures" / "heldout4" / "expected.yaml"],
    "heldout5": [ROOT / "tests" / "fixtures" / "heldout5" / "expected.yaml"],
    "heldout6": [ROOT / "tests" / "fixtures" / "heldout6" / "expected.yaml"],
}
FIELDS = ("title", "date", "source", "language", "translated", "people", "boilerplate", "keep")
TODAY = dt.date(2026, 11, 26)  # fixed, so year inference is the same on every run
MAX_TITLE = 90


@dataclass
class Result:
    file: str
    right: dict[str, bool] = field(default_factory=dict)
    misses: dict[str, str] = field(default_factory=dict)


def flat(text: str) -> str:
    """Whitespace-normalized text with Markdown escapes removed, for 'is this line in the body'."""
    return normalize_space(text.replace("\\", ""))


def check_title(article: Article, gold: dict) -> str | None:
    expected = gold.get("title")
    boilerplate = [flat(str(b)) for b in gold.get("boilerplate") or []]
    if expected == "derived":
        if not article.title_derived:
            return "expected a derived title (title_derived: true)"
        if len(article.title) > MAX_TITLE:
            return f"derived title longer than {MAX_TITLE} characters"
        if any(b and b in flat(article.title) for b in boilerplate):
            return "derived title is boilerplate"
        return None
    if flat(article.title) != flat(str(expected)):
        return f"expected {expected!r}"
    return None


def check_date(article: Article, gold: dict) -> str | None:
    expected = gold.get("date")
    if expected is not None and not isinstance(expected, dt.date):
        expected = dt.date.fromisoformat(str(expected))
    return None if article.date == expected else f"expected {expected}"


def same_source(got: str | None, expected: str | None, registry) -> bool:
    """Equal names, or two names of one registered source ('dpa' and 'Deutsche Presse-Agentur')."""
    if got is None or expected is None:
        return got is None and expected is None
    if fold(got) == fold(str(expected)):
        return True
    known = registry.source(str(expected))
    return known is not None and registry.source(got) is known


def check_source(article: Article, gold: dict, registry=None) -> str | None:
    expected = gold.get("source")
    return None if same_source(article.source, expected, registry) else f"expected {expected!r}"


def check_language(article: Article, gold: dict) -> str | None:
    return None if article.language == gold.get("language") else f"expected {gold.get('language')!r}"


def check_translated(article: Article, gold: dict) -> str | None:
    translated = bool(gold.get("translated"))
    if article.translated != translated:
        return f"expected translated={translated}"
    if translated and gold.get("original_language") and article.original_language != gold["original_language"]:
        return f"expected original_language={gold['original_language']!r}"
    return None


def check_people(article: Article, gold: dict) -> str | None:
    """Registered people by canonical name; others as the text names them, accents aside
    ('Sören Jessen' and 'Soren Jessen' are one person)."""
    expected = {fold(p): p for p in gold.get("people") or []}
    got = {fold(p): p for p in article.people}
    if got.keys() == expected.keys():
        return None
    return (f"missing {sorted(expected[k] for k in expected.keys() - got.keys())}, "
            f"extra {sorted(got[k] for k in got.keys() - expected.keys())}")


def check_boilerplate(article: Article, gold: dict) -> str | None:
    body = flat(article.body)
    left = [str(b) for b in gold.get("boilerplate") or [] if flat(str(b)) in body]
    return f"still in body: {left}" if left else None


def check_keep(article: Article, gold: dict) -> str | None:
    body = flat(article.body)
    lost = [str(k) for k in gold.get("keep") or [] if flat(str(k)) not in body]
    return f"lost: {lost}" if lost else None


CHECKS = {"title": check_title, "date": check_date, "source": check_source, "language": check_language,
          "translated": check_translated, "people": check_people, "boilerplate": check_boilerplate,
          "keep": check_keep}


def score_set(gold_file: Path, registry) -> list[Result]:
    entries = yaml.safe_load(gold_file.read_text("utf-8")) or []
    results = []
    for gold in entries:
        path = gold_file.parent / gold["file"]
        result = Result(gold["file"])
        try:
            article = ingest_bytes(path.read_bytes(), path.name, registry, today=TODAY)
        except BriefingError as exc:  # refused: every field is a miss, and the set goes on
            result.right = dict.fromkeys(FIELDS, False)
            result.misses = dict.fromkeys(FIELDS, f"ingest refused it: {exc}")
            results.append(result)
            continue
        for name in FIELDS:
            miss = CHECKS[name](article, gold, registry) if name == "source" else CHECKS[name](article, gold)
            result.right[name] = miss is None
            if miss:
                result.misses[name] = f"{miss} — got {_got(article, name)}"
        results.append(result)
    return results


def _got(article: Article, name: str) -> str:
    value = {"title": article.title, "date": article.date, "source": article.source,
             "language": article.language, "people": article.people,
             "translated": (article.translated, article.original_language)}.get(name, "")
    return repr(value) if name in ("title", "source", "people", "translated") else str(value or "")


def print_table(name: str, results: list[Result], verbose: bool) -> float:
    print(f"\n{name}: {len(results)} article(s)")
    print(f"  {'field':<12} {'right':>7}  score")
    scores = []
    for f in FIELDS:
        right = sum(r.right[f] for r in results)
        score = right / len(results) if results else 0.0
        scores.append(score)
        print(f"  {f:<12} {right:>3}/{len(results):<3}  {score:.2f}")
    overall = sum(scores) / len(scores) if scores else 0.0
    worst = min(zip(scores, FIELDS))
    print(f"OVERALL {name}: {overall:.3f} (lowest field: {worst[1]} {worst[0]:.2f})")
    if verbose:
        for r in results:
            for f, miss in r.misses.items():
                print(f"    {r.file}: {f}: {miss}")
    return overall


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--verbose", "-v", action="store_true", help="list every miss")
    parser.add_argument("--set", choices=sorted(SETS), action="append", help="only this set (repeatable)")
    parser.add_argument("--registry", default=str(ROOT / "content" / "registry"),
                        help="archive registry folder (default: content/registry)")
    args = parser.parse_args(argv)
    from generator.registry import load_registry

    registry = load_registry(Path(args.registry))
    for name in args.set or SETS:
        missing = [str(f) for f in SETS[name] if not f.is_file()]
        if missing:
            print(f"\n{name}: {', '.join(missing)} not found, skipped")
            continue
        results = [r for gold_file in SETS[name] for r in score_set(gold_file, registry)]
        print_table(name, results, args.verbose)
    return 0


if __name__ == "__main__":
    sys.exit(main())
