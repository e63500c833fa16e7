"""Run `briefing <args>` in this process with timers around the build's stages (benchmark helper).

    python benchmarks/timed_build.py STAGES.json build --no-ingest      (in the archive folder)

The plugin is not edited: its collaborators (registry, catalog, index pages, sanitizer, search
index) and MkDocs' per-page build functions are wrapped by name before the build starts. A name
that no longer exists is skipped and listed under "missing", so the benchmark keeps running while
the code changes; time spent elsewhere shows up as "other".
"""

from __future__ import annotations

import functools
import json
import sys
import time
from collections import defaultdict

TIMES: dict[str, float] = defaultdict(float)
CALLS: dict[str, int] = defaultdict(int)
MISSING: list[str] = []


def _timed(label: str, fn):
    @functools.wraps(fn)
    def timed(*args, **kwargs):
        started = time.perf_counter()
        try:
            return fn(*args, **kwargs)
        finally:
            TIMES[label] += time.perf_counter() - started
            CALLS[label] += 1

    return timed


def wrap(owner, name: str, label: str) -> None:
    """Replace `owner.name` by a timed version (functions, methods and classmethods alike)."""
    fn = getattr(owner, name, None)
    if fn is None:
        MISSING.append(f"{getattr(owner, '__name__', owner)}.{name}")
        return
    setattr(owner, name, _timed(label, fn))


def install() -> None:
    import mkdocs.commands.build as mk_build
    import nh3

    import generator.catalog as catalog
    import generator.plugin as plugin

    wrap(plugin, "load_registry", "registry")
    wrap(catalog.Catalog, "load", "catalog")
    wrap(plugin, "plan", "index_plan")
    if hasattr(plugin, "plan_feeds"):
        wrap(plugin, "plan_feeds", "index_plan")
    renderer = getattr(plugin, "Renderer", None)
    # render_template renders index pages, feeds and robots.txt alike; older code had render only
    wrap(renderer, "render_template" if hasattr(renderer, "render_template") else "render", "index_render")
    wrap(nh3, "clean", "sanitize")
    wrap(catalog.Catalog, "related", "related")
    try:
        import generator.render as render
    except ImportError:
        render = None
    wrap(getattr(render, "ArticleRenderer", None), "prerender", "markdown_pool")
    wrap(plugin, "build_index", "pagefind")
    # Pagefind may run in a thread while MkDocs writes the index pages: the stage is the time the
    # build waited for it; its whole run is in raw["pagefind_background"].
    import generator.search as search

    wrap(getattr(search, "BackgroundIndex", None), "result", "pagefind")
    wrap(search, "build_index", "pagefind_background")
    wrap(mk_build, "build", "mkdocs_build_total")
    wrap(mk_build, "get_files", "mkdocs_files")
    wrap(mk_build, "get_navigation", "mkdocs_nav")
    wrap(mk_build, "_populate_page", "mkdocs_populate")
    wrap(mk_build, "_build_page", "mkdocs_build_page")
    wrap(mk_build, "_build_theme_template", "mkdocs_static_templates")


def stages(total_wall: float) -> dict[str, float]:
    """Exclusive times per stage: nested timers (render inside populate...) are subtracted."""
    t = TIMES
    # articles converted ahead in worker processes (cold builds) count as Markdown too
    markdown = t["mkdocs_populate"] - t["index_render"] - t["sanitize"] + t["markdown_pool"]
    templates = t["mkdocs_build_page"] - t["related"]
    named = {
        "catalog": t["registry"] + t["catalog"],
        "index_pages": t["index_plan"] + t["index_render"],
        "markdown": markdown,
        "sanitize": t["sanitize"],
        "templates": templates,
        "related": t["related"],
        "nav_files": t["mkdocs_files"] + t["mkdocs_nav"] + t["mkdocs_static_templates"],
        "pagefind": t["pagefind"],
    }
    # on_config (registry + catalog) runs inside mkdocs' build(), like every other stage
    named["other_build"] = max(0.0, t["mkdocs_build_total"] - sum(named.values()))
    named["startup_and_rest"] = max(0.0, total_wall - t["mkdocs_build_total"])
    return named


def main() -> int:
    started = time.perf_counter()
    out, args = sys.argv[1], sys.argv[2:]
    install()
    from generator.cli import main as briefing

    code = briefing(args)
    wall = time.perf_counter() - started
    with open(out, "w", encoding="utf-8") as fh:
        json.dump({"wall_in_process": wall, "stages": stages(wall), "raw": dict(TIMES),
                   "calls": dict(CALLS), "missing": MISSING, "exit": code}, fh, indent=1)
    return code


if __name__ == "__main__":
    sys.exit(main())
