"""Which search bundle an article belongs to (generator/search.py): its year, or a part of a
year that has more articles than `search_bundle_size`."""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

from generator.search import _order, bundle_keys, bundle_label


def _entries(dates: list[dt.date | None]) -> list[SimpleNamespace]:
    return [SimpleNamespace(src_uri=f"articles/{n}.md", article=SimpleNamespace(date=date))
            for n, date in enumerate(dates)]


def _keys(dates, size: int) -> list[str]:
    entries = _entries(dates)
    keys = bundle_keys(entries, size)
    return [keys[e.src_uri] for e in entries]


def test_a_year_within_the_size_is_one_bundle_and_undated_articles_have_theirs():
    assert _keys([dt.date(2025, 3, 1), dt.date(2025, 11, 2), None, dt.date(2024, 1, 1)], 2) == \
        ["2025", "2025", "undated", "2024"]


def test_a_larger_year_is_split_into_the_fewest_halves_quarters_or_months():
    year = [dt.date(2025, 1 + n % 12, 1) for n in range(24)]  # two a month
    assert set(_keys(year, 24)) == {"2025"}
    assert set(_keys(year, 23)) == {"2025-h1", "2025-h2"}
    assert set(_keys(year, 12)) == {"2025-h1", "2025-h2"}
    assert set(_keys(year, 11)) == {f"2025-q{q}" for q in (1, 2, 3, 4)}
    assert set(_keys(year, 5)) == {f"2025-{m:02d}" for m in range(1, 13)}
    assert set(_keys(year, 1)) == {f"2025-{m:02d}" for m in range(1, 13)}  # never finer than months
    keys = _keys(year, 11)
    assert keys[year.index(dt.date(2025, 7, 1))] == "2025-q3"
    assert keys[year.index(dt.date(2025, 3, 1))] == "2025-q1"


def test_bundles_are_ordered_newest_first_and_labelled_for_readers():
    keys = ["2024", "undated", "2025-h1", "2025-h2", "2026-q1", "2026-03", "2026-q4"]
    assert sorted(keys, key=_order)[0] == "2026-q4"
    assert sorted(["2024", "undated", "2025-h1", "2025-h2"], key=_order) == \
        ["2025-h2", "2025-h1", "2024", "undated"]
    assert [bundle_label(k) for k in ("2024", "2025-h2", "2026-q3", "2026-03", "undated")] == \
        ["2024", "Jul–Dec 2025", "Jul–Sep 2026", "Mar 2026", "Undated"]
