"""Catalog: grouping under canonical names, co-mentions, months, related briefings, broken input."""

from __future__ import annotations

import datetime as dt

import pytest

from generator.catalog import Catalog, Entry
from generator.errors import BriefingError
from generator.model import Article
from generator.registry import Person, Registry, Topic


def _registry() -> Registry:
    return Registry(people=[Person("Kaja Kallas", "kaja-kallas", aliases=["Kaia Kallas", "Kallas"]),
                            Person("Mark Rutte", "mark-rutte")],
                    topics=[Topic("Defence", "defence"), Topic("NATO", "nato", parent="Defence")])


def _entry(uri, title, date, people=(), topics=(), source=None):
    return Entry(uri, Article(title=title, date=date, people=list(people), topics=list(topics), source=source))


def _catalog() -> Catalog:
    return Catalog([
        _entry("articles/2025/a.md", "A", dt.date(2025, 1, 5), ["Kaia Kallas", "Mark Rutte"], ["NATO"], "Wire"),
        _entry("articles/2025/b.md", "B", dt.date(2025, 3, 9), ["Kaja Kallas"], ["Defence"], "wire"),
        _entry("articles/2025/c.md", "C", dt.date(2025, 3, 1), ["Mark Rutte"], ["NATO"]),
        _entry("articles/undated/d.md", "D", None, ["Kallas", "Jane Unknown"]),
    ], _registry())


def test_aliases_fold_into_one_person_newest_first():
    catalog = _catalog()
    kallas = catalog.people["kaja-kallas"]
    assert [e.article.title for e in kallas.entries] == ["B", "A", "D"]
    assert catalog.people["jane-unknown"].person is None  # unknown names still get a page


def test_by_month_counts_every_month_between_first_and_last():
    assert _catalog().people["kaja-kallas"].by_month == [("2025-01", 1), ("2025-02", 0), ("2025-03", 1)]


def test_co_mentions_and_topics_of_a_person():
    catalog = _catalog()
    kallas = catalog.people["kaja-kallas"]
    assert sorted((g.name, n) for g, n in catalog.co_mentions(kallas)) == [("Jane Unknown", 1), ("Mark Rutte", 1)]
    assert sorted((g.name, n) for g, n in catalog.topics_of(kallas)) == [("Defence", 1), ("NATO", 1)]


def test_related_ranks_shared_people_and_topics_then_newer():
    catalog = _catalog()
    related = catalog.related(catalog.entry("articles/2025/a.md"))
    # C shares a person and a topic; B and D one person each, B being dated and newer.
    assert [e.article.title for e in related] == ["C", "B", "D"]


def test_broken_front_matter_is_reported_with_the_file(tmp_path):
    (tmp_path / "articles" / "2025").mkdir(parents=True)
    (tmp_path / "articles" / "2025" / "bad.md").write_text('---\ntitle: "unterminated\n---\nbody\n', "utf-8")
    with pytest.raises(BriefingError, match="bad.md"):
        Catalog.load(tmp_path, _registry())
