"""Run `briefing <args>` in this process with timers around the build's stages (benchmark helper).

    python benchmarks/timed_build.py STAGES.json build --no-ingest      (in the archive folder)

The plugin is not edited: its collaborators (registry, catalog, index pages, page keys,
sanitizer, search indexer) and MkDocs' per-page build functions are wrapped by name before the
build starts. A name that no longer exists is skipped and listed under "missing", so the
benchmark keeps running while the code changes; time spent elsewhere shows up as "other".

Timers nest (index pages render inside MkDocs' page population, related articles inside page
templates...), so each timer also keeps its *exclusive* time: its own minus that of the timed
calls inside it, on the same thread. Stages are sums of exclusive times, so they add up to the
wall time with no double counting. Pagefind runs in worker threads while MkDocs writes: the
build's stage is only the time it *waited* for the bundles; the threads' work is reported apart.
"""

from __future__ import annotations

import functools
import json
import logging
import os
import sys
import threading
import time
from collections import defaultdict

TIMES: dict[str, float] = defaultdict(float)  # inclusive, outermost call of a label only
SELF: dict[str, float] = defaultdict(float)  # exclusive: minus the timed calls inside
CALLS: dict[str, int] = defaultdict(int)
MISSING: list[str] = []
_STACK = threading.local()
# Labels timed in Pagefind's worker threads: reported apart, never part of the stage sum.
BACKGROUND = ("pagefind_background", "pagefind_jobs")


def _frames() -> list:
    frames = getattr(_STACK, "frames", None)
    if frames is None:
        frames = _STACK.frames = []
    return frames


def _timed(label: str, fn):
    @functools.wraps(fn)
    def timed(*args, **kwargs):
        frames = _frames()
        frame = [label, 0.0]  # label, time of the timed calls inside
        frames.append(frame)
        started = time.perf_counter()
        try:
            return fn(*args, **kwargs)
        finally:
            spent = time.perf_counter() - started
            frames.pop()
            SELF[label] += spent - frame[1]
            if frames:
                frames[-1][1] += spent
            if all(outer[0] != label for outer in frames):  # recursion counts once
                TIMES[label] += spent
            CALLS[label] += 1

    return timed


def wrap(owner, name: str, label: str) -> None:
    """Replace `owner.name` by a timed version (functions, methods and classmethods alike)."""
    fn = getattr(owner, name, None)
    if fn is None:
        MISSING.append(f"{getattr(owner, '__name__', owner)}.{name}")
        return
    setattr(owner, name, _timed(label, fn))


def _module(name: str):
    try:
        return __import__(name, fromlist=["_"])
    except ImportError:
        MISSING.append(name)
        return None


def install() -> None:
    import mkdocs.commands.build as mk_build
    import nh3

    from generator import catalog, plugin

    wrap(plugin, "load_registry", "registry")
    wrap(catalog.Catalog, "load", "catalog")
    wrap(plugin, "plan", "index_plan")
    wrap(plugin, "plan_feeds", "index_plan")
    # render_template renders feeds and robots.txt, render the index pages
    renderer = getattr(plugin, "Renderer", None)
    wrap(renderer, "render_template", "index_render")
    wrap(renderer, "render", "index_render")
    wrap(nh3, "clean", "sanitize")
    # called in on_nav (for the page key) and again in the page context: both count here
    wrap(catalog.Catalog, "related", "related")
    render = _module("generator.render")
    wrap(getattr(render, "ArticleRenderer", None), "prerender", "markdown_pool")

    changes = _module("generator.changes")
    for name in ("index_page", "article_page", "feed"):
        wrap(getattr(changes, "KeyMaker", None), name, "page_keys")

    search = _module("generator.search")
    indexer = getattr(search, "SearchIndexer", None)
    wrap(indexer, "finish", "pagefind_wait")  # the build waits for the search bundles here
    wrap(indexer, "_index", "pagefind_jobs")  # in threads: a bundle's whole job (links, cache)
    wrap(search, "_run_pagefind", "pagefind_background")  # in threads: Pagefind itself

    from generator import cli

    stamps = getattr(cli, "_BuildStamps", None)
    for name in ("of", "patch", "record"):
        wrap(stamps, name, "stamps")
    wrap(cli, "_lay_over", "lay_over")
    wrap(cli, "_swap", "swap")

    wrap(mk_build, "build", "mkdocs_build_total")
    wrap(mk_build, "get_files", "mkdocs_files")
    wrap(mk_build, "get_navigation", "mkdocs_nav")
    wrap(mk_build, "_populate_page", "mkdocs_populate")
    wrap(mk_build, "_build_page", "mkdocs_build_page")
    wrap(mk_build, "_build_theme_template", "mkdocs_static_templates")


def stages(total_wall: float) -> dict[str, float]:
    """Exclusive seconds per stage of the build's own thread; they sum to `total_wall`."""
    s = SELF
    named = {
        "catalog": s["registry"] + s["catalog"],
        "index_pages": s["index_plan"] + s["index_render"],
        "page_keys": s["page_keys"],
        # Markdown → HTML: MkDocs' page population, plus the articles a cold build converts
        # ahead in worker processes (the sanitizer runs there too, cached with the HTML)
        "markdown": s["mkdocs_populate"] + s["markdown_pool"],
        "sanitize": s["sanitize"],
        "templates": s["mkdocs_build_page"],
        "related": s["related"],
        "nav_files": s["mkdocs_files"] + s["mkdocs_nav"] + s["mkdocs_static_templates"],
        "other_build": s["mkdocs_build_total"],  # plugin events, copying static files...
        "pagefind": s["pagefind_wait"],
        "stamps": s["stamps"],
        "swap_or_lay_over": s["swap"] + s["lay_over"],
    }
    named["startup_and_rest"] = max(0.0, total_wall - sum(named.values()))
    return named


def background() -> dict[str, float | int]:
    """Work done in Pagefind's threads, beside the build (not part of the stage sum)."""
    return {"pagefind_seconds": TIMES["pagefind_background"],
            "pagefind_bundles_indexed": CALLS["pagefind_background"],
            "bundle_jobs_seconds": TIMES["pagefind_jobs"],
            "bundle_jobs": CALLS["pagefind_jobs"]}


def main() -> int:
    started = time.perf_counter()
    out, args = sys.argv[1], sys.argv[2:]
    install()
    from generator.cli import main as briefing

    code = 1
    try:
        code = briefing(args)
    finally:
        wall = time.perf_counter() - started
        with open(out, "w", encoding="utf-8") as fh:
            json.dump({"wall_in_process": wall, "stages": stages(wall), "background": background(),
                       "raw": dict(TIMES), "exclusive": dict(SELF), "calls": dict(CALLS),
                       "missing": MISSING, "exit": code}, fh, indent=1)
    return code


if __name__ == "__main__":
    # Leave as the `briefing` console script does (generator.cli.run): without tearing down the
    # interpreter, which frees the catalog object by object (a quarter of a second at 10,000).
    code = main()
    logging.shutdown()
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code)
