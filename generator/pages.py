"""Index pages: which pages exist (from the catalog) and their HTML (from Jinja templates).

Each page is a `PageSpec`: where it lives, its title, the template and its data. The plugin adds
one in-memory MkDocs file per spec and asks `render` for its HTML with links made relative to
the page, so the site works under any sub-path. Templates hold all presentation.
"""

from __future__ import annotations

import functools
import math
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable

import jinja2

from .catalog import Catalog, Group, GroupCard, GroupLink
from .errors import BriefingError


@dataclass
class PageSpec:
    src_uri: str
    title: str
    template: str
    made_from: dict[str, Any] | Callable[[], dict[str, Any]] = field(default_factory=dict)
    """The template's data, or what makes it: an update that keeps the page needs neither."""
    section: str = ""

    @functools.cached_property
    def context(self) -> dict[str, Any]:
        return self.made_from() if callable(self.made_from) else self.made_from


@dataclass
class PageOptions:
    page_size: int = 50
    home_latest: int = 20
    home_has_own_page: bool = False


def _paginate(base: str, title: str, template: str, entries: list, size: int, section: str,
              first: dict[str, Callable[[], list]] | None = None, **context: Any) -> list[PageSpec]:
    """`people/x.md`, then `people/x/2.md`, `people/x/3.md`... each with its pager (`_pager`).
    What only the first page shows (`first`: lists such as co-mentions, made when asked for)
    is empty on the others, so a change to it re-renders one page, not all of them."""
    count = max(1, math.ceil(len(entries) / size))
    first = first or {}
    stem = base[: -len(".md")]
    uris = [base] + [f"{stem}/{n}.md" for n in range(2, count + 1)]
    specs = []
    for n, uri in enumerate(uris, 1):
        page_title = title if n == 1 else f"{title} (page {n})"
        made_from = functools.partial(_page_context, context, first, entries, size, uris, n)
        specs.append(PageSpec(uri, page_title, template, made_from, section))
    return specs


def _page_context(context: dict[str, Any], first: dict[str, Callable[[], list]], entries: list,
                  size: int, uris: list[str], n: int) -> dict[str, Any]:
    """The data of page `n` of a paginated list (see `_paginate`)."""
    return {**context, **{name: make() if n == 1 else [] for name, make in first.items()},
            "entries": entries[(n - 1) * size: n * size], "page_number": n,
            "pager": _pager(uris, n), "total": len(entries)}


# Page links shown on each side of the current page (besides the first and the last): a person
# named in 35,000 briefings has 700 pages, and linking each to all the others is 490,000 links.
PAGER_AROUND = 2


def _pager(uris: list[str], n: int) -> dict[str, Any]:
    """Page `n`'s pagination: the previous and next pages, and links to the first, the last and
    the pages around `n` (`None` where numbers are skipped)."""
    shown = sorted({1, len(uris), *range(max(1, n - PAGER_AROUND), min(len(uris), n + PAGER_AROUND) + 1)})
    links: list[tuple[int, str] | None] = []
    for k in shown:
        if links and k == links[-1][0] + 2:  # one page skipped: its number takes no more room than "…"
            links.append((k - 1, uris[k - 2]))
        elif links and k > links[-1][0] + 2:
            links.append(None)
        links.append((k, uris[k - 1]))
    return {"links": links, "prev": uris[n - 2] if n > 1 else None,
            "next": uris[n] if n < len(uris) else None}


def plan(catalog: Catalog, options: PageOptions) -> list[PageSpec]:
    """Every index page the archive needs; a person or topic without articles gets none."""
    specs: list[PageSpec] = []
    size = options.page_size
    if not options.home_has_own_page:
        specs.append(PageSpec("index.md", "Briefing Archive", "home.html.j2", {
            "latest": catalog.entries[: options.home_latest],
            "top_people": _cards(sorted(catalog.people.values(), key=lambda g: -g.count)[:12]),
            "top_topics": _cards(sorted(catalog.topics.values(), key=lambda g: -g.count)[:12]),
            "total": len(catalog.entries),
        }, "home"))
    specs.append(PageSpec("people/index.md", "People", "people.html.j2",
                          {"groups": _cards(catalog.people.values())}, "people"))
    for group in catalog.people.values():
        specs += _paginate(f"people/{group.slug}.md", group.name, "person.html.j2", group.entries,
                           size, "people", group=group.card,
                           first={"months": lambda g=group: g.by_month,
                                  "co": functools.partial(_counted, catalog.co_mentions, group),
                                  "topics": functools.partial(_counted, catalog.topics_of, group)})
    specs.append(PageSpec("topics/index.md", "Topics", "topics.html.j2",
                          {"tree": topic_tree(catalog)}, "topics"))
    for group in catalog.topics.values():
        specs += _paginate(f"topics/{group.slug}.md", group.name, "topic.html.j2", group.entries,
                           size, "topics", group=group.card,
                           first={"months": lambda g=group: g.by_month,
                                  "co": functools.partial(_counted, catalog.co_mentions, group)},
                           parent=_card(_parent(catalog, group)), children=_cards(_children(catalog, group)))
    specs.append(PageSpec("sources/index.md", "Sources", "sources.html.j2",
                          {"groups": _cards(catalog.sources.values())}, "sources"))
    for group in catalog.sources.values():
        specs += _paginate(f"sources/{group.slug}.md", group.name, "source.html.j2", group.entries,
                           size, "sources", group=group.card)
    specs += _archive(catalog, size)
    specs.append(PageSpec("search.md", "Search", "search.html.j2", {}, "search"))
    return specs


def _archive(catalog: Catalog, size: int) -> list[PageSpec]:
    """Archive index, a page per year, a paginated page per month, and the undated briefings."""
    years = [(g, _months(g)) for g in sorted(catalog.years.values(), key=lambda g: g.name, reverse=True)]
    undated = [e for e in catalog.entries if e.date is None]
    specs = [PageSpec("archive/index.md", "Archive", "archive.html.j2",
                      {"years": [(g.card, months) for g, months in years], "undated": len(undated)}, "archive")]
    for group, months in years:
        specs.append(PageSpec(f"archive/{group.name}.md", f"Briefings of {group.name}", "year.html.j2",
                              {"group": group.card, "months": months, "preview": 5}, "archive"))
        for month, entries in months:
            label = entries[0].date.strftime("%B %Y")
            specs += _paginate(f"archive/{group.name}/{month}.md", f"Briefings of {label}", "month.html.j2",
                               entries, size, "archive", year=group.name)
    if undated:
        specs += _paginate("archive/undated.md", "Undated briefings", "month.html.j2", undated, size,
                           "archive", year=None)
    return specs


def _parent(catalog: Catalog, group: Group) -> Group | None:
    if group.topic and group.topic.parent:
        parent = catalog.registry.topic(group.topic.parent)
        return catalog.topics.get(parent.slug) if parent else None
    return None


def _children(catalog: Catalog, group: Group) -> list[Group]:
    if not group.topic:
        return []
    return [catalog.topics[t.slug] for t in catalog.registry.children(group.topic) if t.slug in catalog.topics]


def topic_tree(catalog: Catalog) -> list[tuple[GroupCard, list]]:
    """Topics with articles as a tree: roots are topics whose parent has no page of its own."""
    def node(group: Group) -> tuple[GroupCard, list]:
        return group.card, [node(child) for child in _children(catalog, group)]

    roots = [g for g in catalog.topics.values() if _parent(catalog, g) is None]
    return [node(g) for g in roots]


def _card(group: Group | None) -> GroupCard | None:
    return group.card if group is not None else None


def _cards(groups: Iterable[Group]) -> list[GroupCard]:
    """Pages are given groups' cards, never the groups: see `GroupCard`."""
    return [g.card for g in groups]


def _counted(ask: Callable[[Group], list[tuple[Group, int]]], group: Group) -> list[tuple[GroupLink, int]]:
    return [(g.link, n) for g, n in ask(group)]


def _months(group: Group) -> list[tuple[str, list]]:
    months: dict[str, list] = {}
    for entry in group.entries:
        months.setdefault(entry.date.strftime("%m"), []).append(entry)
    return sorted(months.items(), reverse=True)


_HEADING_TAG = re.compile(r"<(/?)h([1-6])\b", re.I)


def demote_headings(html: str) -> str:
    """Shift an article body's headings down one level when it has an <h1> of its own: the page's
    only <h1> is the article title, and heading levels must not skip (h1 → h3)."""
    if not re.search(r"<h1\b", html, re.I):
        return html
    return _HEADING_TAG.sub(lambda m: f"<{m.group(1)}h{min(int(m.group(2)) + 1, 6)}", html)


class Renderer:
    """Jinja environment over `templates/pages`, autoescaping everything (article data is untrusted)."""

    def __init__(self, templates_dir: Path | str, filters: dict[str, Callable] | None = None):
        self.env = jinja2.Environment(
            loader=jinja2.FileSystemLoader(str(templates_dir)),
            autoescape=True, trim_blocks=True, lstrip_blocks=True,
            undefined=jinja2.StrictUndefined,
        )
        self.env.filters.update(filters or {})

    def render(self, spec: PageSpec, **helpers: Any) -> str:
        return self.render_template(spec.template, spec.src_uri, **spec.context, page_title=spec.title,
                                    **helpers)

    def render_template(self, name: str, target: str, **context: Any) -> str:
        """Render one template for the site file `target`; errors name the template and line."""
        try:
            return self.env.get_template(name).render(**context)
        except jinja2.TemplateError as exc:
            where = getattr(exc, "filename", None) or name
            line = getattr(exc, "lineno", None)
            raise BriefingError(f"template error while rendering {target}: {exc}", where, line) from None
