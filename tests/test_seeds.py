"""The five seed articles (../shared/seeds) ingest as their gold file (expected.yaml) says.

The seeds are read at test time and never copied into the project; without ../shared/seeds the
module is skipped. Each gold field is its own test, so a regression names the field it broke.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache
from pathlib import Path

import pytest
import yaml

from generator.ingest.pipeline import ingest_bytes
from generator.model import Article
from generator.text import fold, normalize_space

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT.parent / "shared" / "seeds"
GOLD = SEEDS / "expected.yaml"
TODAY = dt.date(2026, 11, 26)  # fixed, so year inference does not depend on the day the test runs
MAX_TITLE = 90

if not GOLD.is_file():
    pytest.skip("../shared/seeds is not available here", allow_module_level=True)

ENTRIES = yaml.safe_load(GOLD.read_text("utf-8"))
IDS = [e["file"] for e in ENTRIES]


@lru_cache(maxsize=None)
def _registry():
    from generator.registry import load_registry

    return load_registry(ROOT / "content" / "registry")


@lru_cache(maxsize=None)
def ingest(file: str) -> Article:
    path = SEEDS / file
    return ingest_bytes(path.read_bytes(), path.name, _registry(), today=TODAY)


def flat(text: str) -> str:
    """Whitespace-normalized, Markdown escapes removed: 'does this line survive in the body'."""
    return normalize_space(text.replace("\\", ""))


def _lines(entry: dict, key: str) -> list[tuple[str, str]]:
    return [(entry["file"], str(line)) for line in entry.get(key) or []]


def _as_date(value) -> dt.date | None:
    return value if value is None or isinstance(value, dt.date) else dt.date.fromisoformat(str(value))


@pytest.mark.parametrize("file,line", [x for e in ENTRIES for x in _lines(e, "boilerplate")],
                         ids=lambda v: v[:40] if isinstance(v, str) else v)
def test_boilerplate_line_is_removed(file, line):
    assert flat(line) not in flat(ingest(file).body)


@pytest.mark.parametrize("file,line", [x for e in ENTRIES for x in _lines(e, "keep")],
                         ids=lambda v: v[:40] if isinstance(v, str) else v)
def test_article_line_is_kept(file, line):
    assert flat(line) in flat(ingest(file).body)


@pytest.mark.parametrize("entry", ENTRIES, ids=IDS)
def test_title(entry):
    article = ingest(entry["file"])
    boilerplate = [flat(str(b)) for b in entry.get("boilerplate") or []]
    assert article.title.strip()
    assert not any(b and b in flat(article.title) for b in boilerplate)
    assert fold(article.title).strip(" :") not in {"key facts", "quick summary", "summary"}
    assert not re.match(r"^\W*date\s+\d{4}-\d{2}-\d{2}", article.title, re.I), "a date marker is no title"
    if entry["title"] == "derived":
        assert article.title_derived is True
        assert len(article.title) <= MAX_TITLE
    else:
        assert article.title == entry["title"]
        assert article.title_derived is False


@pytest.mark.parametrize("entry", ENTRIES, ids=IDS)
def test_date(entry):
    article = ingest(entry["file"])
    assert article.date == _as_date(entry["date"])


def _raw_lines(file: str) -> list[str]:
    return (SEEDS / file).read_text("utf-8", errors="replace").splitlines()


def _written_dates(file: str) -> set[dt.date]:
    """Full dates the raw text writes on short lines of their own (datelines, markers)."""
    from generator.ingest.dates import parse_date_text

    return {d for line in _raw_lines(file) if len(line.split()) <= 12 and (d := parse_date_text(line))}


def _date_written_in_full(file: str, when: dt.date) -> bool:
    """The date is written out somewhere: as a date, or packed into an ID (DDMMYYYY / YYYYMMDD)."""
    from generator.ingest.dates import parse_date_text

    packed = (when.strftime("%d%m%Y"), when.strftime("%Y%m%d"))
    return any(parse_date_text(line) == when or any(p in line for p in packed) for line in _raw_lines(file))


DATED = [e for e in ENTRIES if e["date"] is not None]


@pytest.mark.parametrize("entry", [e for e in DATED if _written_dates(e["file"]) - {_as_date(e["date"])}],
                         ids=lambda e: e["file"])
def test_conflicting_dates_are_recorded_and_warned(entry):
    """A dateline that contradicts the right date: both are kept as candidates, with a warning."""
    article = ingest(entry["file"])
    candidates = {c.date for c in article.date_candidates}
    assert _as_date(entry["date"]) in candidates
    assert _written_dates(entry["file"]) - {article.date} <= candidates
    assert any("conflicting dates" in w for w in article.warnings)
    assert article.date_confidence != "high"


@pytest.mark.parametrize("entry", [e for e in DATED if not _date_written_in_full(e["file"], _as_date(e["date"]))],
                         ids=lambda e: e["file"])
def test_inferred_year_is_flagged(entry):
    """A date whose year the text does not write ("On February 20") says the year was inferred."""
    article = ingest(entry["file"])
    assert article.date_confidence == "low"
    assert any(c.inferred_year for c in article.date_candidates if c.date == article.date)
    assert any("inferred" in w for w in article.warnings)


@pytest.mark.parametrize("entry", ENTRIES, ids=IDS)
def test_source(entry):
    article = ingest(entry["file"])
    expected = entry["source"]
    if expected is None:
        assert article.source is None
    else:
        known = _registry().source(expected)
        assert article.source == (known.name if known else expected)


@pytest.mark.parametrize("entry", ENTRIES, ids=IDS)
def test_language(entry):
    assert ingest(entry["file"]).language == entry["language"]


@pytest.mark.parametrize("entry", ENTRIES, ids=IDS)
def test_translation(entry):
    article = ingest(entry["file"])
    assert article.translated is bool(entry["translated"])
    if entry["translated"]:
        assert article.original_language == entry["original_language"]


@pytest.mark.parametrize("entry", ENTRIES, ids=IDS)
def test_people(entry):
    assert set(ingest(entry["file"]).people) == set(entry["people"])
