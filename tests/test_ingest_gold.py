"""Ingest quality gate: on every gold set, every field scores at least its pinned floor.

`benchmarks/ingest_quality.py` scores the sets (the share of articles entirely right per field);
this test pins the scores reached, so a rule that helps one article and breaks another fails
here, naming the set, the field and the articles. Raise a floor when a set improves; never
lower one to make a change pass.
"""

from __future__ import annotations

import sys

import pytest

from conftest import ROOT

sys.path.insert(0, str(ROOT / "benchmarks"))
import ingest_quality as quality  # noqa: E402

FIELDS = quality.FIELDS
FLOORS = {
    "seeds": dict.fromkeys(FIELDS, 1.0),
    "unseen": dict.fromkeys(FIELDS, 1.0),
    "heldout": dict.fromkeys(FIELDS, 1.0),
    # 14 of 15: the HTML comment in a hand-written Markdown note stays (an author's own Markdown
    # is passed through as written)
    "heldout2": {**dict.fromkeys(FIELDS, 1.0), "boilerplate": 14 / 15},
    # 9 of 10 each: the Markdown note's photo credit, "Related notes" wiki links and "Patriarch
    # Kirill" (a title and one name) stay
    "heldout3": {**dict.fromkeys(FIELDS, 1.0), "boilerplate": 0.9, "people": 0.9},
    # 6 of 8: a teaser headline under "Noticias relacionadas" that leads into text stays (and
    # with it a person), and a Ukrainian expert named after a role with a genitive complement
    "heldout4": {**dict.fromkeys(FIELDS, 1.0), "people": 0.75},
    "heldout5": dict.fromkeys(FIELDS, 1.0),
    # the misses left are listed by ingest_quality.py -v (translated: a DeepL notice that names no
    # language gives no original language; guessing it from the outlet's name was too unreliable)
    "heldout6": {**dict.fromkeys(FIELDS, 1.0), "translated": 7 / 8, "people": 0.75, "boilerplate": 7 / 8},
}


@pytest.fixture(scope="module")
def archive_registry():
    from generator.registry import load_registry

    return load_registry(ROOT / "content" / "registry")


@pytest.mark.parametrize("set_name", sorted(FLOORS))
def test_every_field_reaches_its_floor(set_name, archive_registry):
    files = quality.SETS[set_name]
    if not all(f.is_file() for f in files):
        pytest.skip(f"gold files of {set_name} not present (../shared missing?)")
    results = [r for gold in files for r in quality.score_set(gold, archive_registry)]
    below = []
    for field in FIELDS:
        score = sum(r.right[field] for r in results) / len(results)
        if score < FLOORS[set_name][field] - 1e-9:
            misses = [f"{r.file}: {r.misses[field]}" for r in results if field in r.misses]
            below.append(f"{field} {score:.2f} < {FLOORS[set_name][field]:.2f}: " + "; ".join(misses))
    assert not below, f"{set_name}: " + "\n".join(below)
