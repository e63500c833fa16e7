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


def _random_catalog(rng, n: int) -> Catalog:
    people = [f"Person {k}" for k in range(40)]
    topics = [f"Topic {k}" for k in range(12)]
    entries = [_entry(f"articles/x/{i}.md", f"T{i}", dt.date(2020, 1, 1) + dt.timedelta(days=rng.randrange(900)),
                      rng.sample(people, rng.randint(0, 3)), rng.sample(topics, rng.randint(0, 2)))
               for i in range(n)]
    return Catalog(entries, Registry())


@pytest.mark.parametrize("seed", range(6))
def test_reused_related_briefings_equal_a_fresh_answer(seed):
    """After edits of people, topics and dates, an added and a removed article, the answers kept
    from the last build and those asked again equal what a fresh catalog answers."""
    import random

    rng = random.Random(seed)
    before = _random_catalog(rng, 300)
    answers = {e.src_uri: [r.src_uri for r in before.related(e)] for e in before.entries}
    entries = list(before.entries)
    for _ in range(3):
        i = rng.randrange(len(entries))
        a = entries[i].article
        changes = rng.choice([{"people": a.people + ["Person 7"]}, {"people": a.people[1:]},
                              {"topics": ["Topic 3"]}, {"date": a.date + dt.timedelta(days=40)}])
        entries[i] = Entry(entries[i].src_uri, a.replace(**changes))
    entries.pop(rng.randrange(len(entries)))
    entries.append(_entry("articles/x/new.md", "New", dt.date(2021, 6, 1), ["Person 1", "Person 2"], ["Topic 1"]))

    after = Catalog(entries, Registry())
    kept = after.reuse_related(before.related_inputs, answers)
    fresh = Catalog(entries, Registry())
    assert 0 < kept < len(entries)
    assert {e.src_uri: after.related(e) for e in after.entries} == {e.src_uri: fresh.related(fresh.entry(e.src_uri))
                                                                   for e in after.entries}
