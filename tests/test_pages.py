"""Index pages planned from a small catalog: which pages exist, pagination, archives, rendering."""

from __future__ import annotations

import datetime as dt

from generator.catalog import Catalog, Entry
from generator.model import Article
from generator.pages import PageOptions, Renderer, demote_headings, plan
from generator.registry import Person, Registry, Topic

from conftest import ROOT


def _catalog() -> Catalog:
    registry = Registry(
        people=[Person("Kaja Kallas", "kaja-kallas", aliases=["Kaia Kallas"]), Person("Mark Rutte", "mark-rutte")],
        topics=[Topic("Defence", "defence"), Topic("NATO", "nato", parent="Defence")])
    entries = [Entry(f"articles/2025/a{i}.md", Article(title=f"Briefing {i}", date=dt.date(2025, 1 + i % 3, 1 + i),
                                                      people=["Kaia Kallas"], topics=["NATO"]))
               for i in range(5)]
    entries.append(Entry("articles/2024/old.md", Article(title="Old", date=dt.date(2024, 12, 31),
                                                         people=["Mark Rutte"], topics=["Defence"])))
    entries.append(Entry("articles/undated/u.md", Article(title="No date", people=["Mark Rutte"])))
    return Catalog(entries, registry)


def _uris(specs):
    return [s.src_uri for s in specs]


def test_person_pages_paginate_past_the_page_size():
    specs = plan(_catalog(), PageOptions(page_size=2))
    person = [s for s in specs if s.src_uri.startswith("people/kaja-kallas")]
    assert _uris(person) == ["people/kaja-kallas.md", "people/kaja-kallas/2.md", "people/kaja-kallas/3.md"]
    assert [len(s.context["entries"]) for s in person] == [2, 2, 1]
    assert person[1].title == "Kaja Kallas (page 2)"
    assert [s.context["pager"]["links"] for s in person] == [[(n, uri) for n, uri in enumerate(_uris(person), 1)]] * 3
    assert (person[0].context["pager"]["prev"], person[0].context["pager"]["next"]) == (None, "people/kaja-kallas/2.md")


def test_long_pagination_links_the_first_last_and_nearby_pages():
    from generator.pages import _pager

    uris = [f"p{n}.md" for n in range(1, 701)]
    pager = _pager(uris, 350)
    assert pager["links"] == [(1, "p1.md"), None, (348, "p348.md"), (349, "p349.md"), (350, "p350.md"),
                              (351, "p351.md"), (352, "p352.md"), None, (700, "p700.md")]
    assert (pager["prev"], pager["next"]) == ("p349.md", "p351.md")
    assert _pager(uris, 1)["links"] == [(1, "p1.md"), (2, "p2.md"), (3, "p3.md"), None, (700, "p700.md")]
    assert _pager(uris, 4)["links"][:6] == [(1, "p1.md"), (2, "p2.md"), (3, "p3.md"), (4, "p4.md"),
                                            (5, "p5.md"), (6, "p6.md")]
    assert _pager(uris, 5)["links"][:3] == [(1, "p1.md"), (2, "p2.md"), (3, "p3.md")]  # no "…" for one page


def test_archive_has_years_months_and_undated_pages():
    uris = _uris(plan(_catalog(), PageOptions(page_size=2)))
    assert {"archive/index.md", "archive/2025.md", "archive/2024.md", "archive/2024/12.md",
            "archive/2025/01.md", "archive/2025/02.md", "archive/2025/03.md", "archive/undated.md"} <= set(uris)
    assert "archive/2025/01/2.md" not in uris  # two January briefings fit on one page of two
    assert len(uris) == len(set(uris))


def test_home_page_only_when_the_archive_has_none():
    assert "index.md" in _uris(plan(_catalog(), PageOptions()))
    assert "index.md" not in _uris(plan(_catalog(), PageOptions(home_has_own_page=True)))


def test_topic_pages_know_parent_and_children():
    specs = {s.src_uri: s for s in plan(_catalog(), PageOptions())}
    assert specs["topics/nato.md"].context["parent"].name == "Defence"
    assert [c.name for c in specs["topics/defence.md"].context["children"]] == ["NATO"]
    tree = specs["topics/index.md"].context["tree"]
    assert [(g.name, [c.name for c, _ in kids]) for g, kids in tree] == [("Defence", ["NATO"])]


def test_rendered_pagination_links_pages_with_rel_prev_next():
    specs = [s for s in plan(_catalog(), PageOptions(page_size=2)) if s.src_uri.startswith("people/kaja-kallas")]
    renderer = Renderer(ROOT / "templates" / "pages", {"zip_counts": lambda gs: [(g, g.count) for g in gs]})
    link = lambda uri: "LINK:" + uri  # noqa: E731
    middle = renderer.render(specs[1], link=link, root="..")
    assert 'rel="prev" href="LINK:people/kaja-kallas.md"' in middle
    assert 'rel="next" href="LINK:people/kaja-kallas/3.md"' in middle
    assert '<span aria-current="page">2</span>' in middle
    assert "Briefing 2" in middle or "Briefing 1" in middle
    first = renderer.render(specs[0], link=link, root="..")
    assert 'rel="prev"' not in first and "<svg" in first  # the timeline chart is on page one only
    assert "<svg" not in middle


def test_every_planned_page_renders(tmp_path):
    renderer = Renderer(ROOT / "templates" / "pages", {"zip_counts": lambda gs: [(g, g.count) for g in gs]})
    for spec in plan(_catalog(), PageOptions(page_size=2)):
        html = renderer.render(spec, link=lambda uri: uri, root=".")
        assert html.count("<h1") == 1, spec.src_uri


def test_demote_headings_only_when_the_body_has_its_own_h1():
    assert demote_headings("<h2>a</h2><h3>b</h3>") == "<h2>a</h2><h3>b</h3>"
    assert demote_headings('<h1 id="x">T</h1><h2>a</h2><h6>z</h6>') == '<h2 id="x">T</h2><h3>a</h3><h6>z</h6>'


def _index_keys(catalog: Catalog, size: int = 2) -> dict[str, str]:
    from generator.changes import KeyMaker

    keys = KeyMaker()
    return {s.src_uri: keys.index_page(s) for s in plan(catalog, PageOptions(page_size=size))}


def _retitled(catalog: Catalog, src_uri: str, **changes) -> Catalog:
    entries = [Entry(e.src_uri, e.article.replace(**changes) if e.src_uri == src_uri else e.article)
               for e in catalog.entries]
    return Catalog(entries, catalog.registry)


def test_a_retitled_article_changes_only_the_index_pages_listing_it():
    before = _catalog()
    after = _retitled(before, "articles/2025/a0.md", title="Briefing 0, revised")
    old, new = _index_keys(before), _index_keys(after)
    changed = {uri for uri in new if old.get(uri) != new[uri]}
    # a0 is the oldest of Kallas's five (her page 3 and NATO's), in January 2025; the home page
    # lists the newest 20 and the archive index each month's briefings (for their count)
    assert changed == {"people/kaja-kallas/3.md", "topics/nato/3.md", "archive/2025.md", "archive/2025/01.md",
                       "index.md", "archive/index.md"}


def test_first_page_lists_change_the_first_page_only():
    """A person newly named in an article changes who Kallas is mentioned with (shown on her
    first page), not her later pages; the new person's own pages and counts change."""
    before = _catalog()
    after = _retitled(before, "articles/2025/a4.md", people=["Kaia Kallas", "Mark Rutte"])
    old, new = _index_keys(before), _index_keys(after)
    changed = {uri for uri in new if old.get(uri) != new[uri]}
    assert "people/kaja-kallas.md" in changed
    assert not {"people/kaja-kallas/2.md", "people/kaja-kallas/3.md"} & changed
    assert {"people/mark-rutte.md", "people/index.md"} <= changed
    specs = {s.src_uri: s for s in plan(after, PageOptions(page_size=2))}
    assert [g.name for g, _ in specs["people/kaja-kallas.md"].context["co"]] == ["Mark Rutte"]
    assert specs["people/kaja-kallas/2.md"].context["co"] == []


def test_pages_are_given_cards_never_groups_with_their_articles():
    from generator.catalog import Group

    def groups_in(value):
        if isinstance(value, Group):
            return True
        if isinstance(value, dict):
            return any(groups_in(v) for v in value.values())
        if isinstance(value, (list, tuple)):
            return any(groups_in(v) for v in value)
        return False

    assert not [s.src_uri for s in plan(_catalog(), PageOptions(page_size=2)) if groups_in(s.context)]
