"""Search: one Pagefind bundle per year of article date, indexed beside MkDocs.

Pagefind has no incremental mode and holds a whole bundle in memory while it indexes (about
2 GB for 10,000 articles in one bundle). One bundle per year bounds both: an edited article
re-indexes its year only (the other years' bundles come back from `.cache/` when their pages
are those of the last build), and Pagefind's memory follows the largest year. Pagefind reads a
small search page per article (`templates/pages/search-page.html.j2`), written as soon as the
article's HTML is known, so every year is indexed while MkDocs renders and writes the site. The
search page of the site reads `pagefind/bundles.json` (the years, newest first, and the filter
values) and merges results itself: Pagefind's own `mergeIndex` re-sorts merged results by score,
which would break date order.

Only articles are searchable: index pages have no search page.
"""

from __future__ import annotations

import functools
import gzip
import json
import os
import shutil
import subprocess
import sys
import tempfile
import threading
from concurrent.futures import Future, ThreadPoolExecutor
from importlib import metadata
from pathlib import Path

from markupsafe import escape

from .cache import digest
from .errors import BriefingError

BUNDLE = "pagefind"
MANIFEST = "bundles.json"
PAGE_TEMPLATE = "search-page.html.j2"  # in the page templates: what Pagefind reads of an article
SEARCH_PAGES = "search-pages"  # in the cache folder: what Pagefind reads, a folder per bundle
UNDATED = "undated"
# Pagefind's own UIs: the search page uses pagefind.js directly (see templates/theme/assets).
_DROP = ("pagefind-ui.", "pagefind-modular-ui.", "pagefind-component-ui.", "pagefind-highlight.")
FILTERS = ("person", "topic", "source", "language")


# A year with more articles than a bundle should hold is split into halves, quarters or months.
_PARTS = {1: "", 2: "h", 4: "q", 12: ""}
_MONTHS = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()


def bundle_keys(entries, size: int) -> dict[str, str]:
    """The bundle of each article (by `src_uri`): its year ('2025'); when the year has more than
    `size` articles, the half ('2025-h2'), quarter ('2025-q3') or month ('2025-07') of the year,
    the fewest parts that hold `size` each if spread evenly; 'undated' without a date. A bundle
    depends on the article's date and its year's count only, so an edit moves nothing else."""
    per_year: dict[int, int] = {}
    for entry in entries:
        if entry.article.date:
            per_year[entry.article.date.year] = per_year.get(entry.article.date.year, 0) + 1
    keys = {}
    for entry in entries:
        date = entry.article.date
        if date is None:
            keys[entry.src_uri] = UNDATED
            continue
        parts = next((n for n in _PARTS if per_year[date.year] <= size * n), 12)
        if parts == 1:
            keys[entry.src_uri] = str(date.year)
        elif parts == 12:
            keys[entry.src_uri] = f"{date.year}-{date.month:02d}"
        else:
            keys[entry.src_uri] = f"{date.year}-{_PARTS[parts]}{(date.month - 1) * parts // 12 + 1}"
    return keys


def _months(key: str) -> tuple[int, int]:
    """First and last month of a dated bundle (1-12)."""
    part = key[5:]
    if not part:
        return 1, 12
    if part[0] in "hq":
        span = 6 if part[0] == "h" else 3
        first = (int(part[1:]) - 1) * span + 1
        return first, first + span - 1
    return int(part), int(part)


def _order(key: str) -> tuple[bool, int, int]:
    """Newest first, the undated bundle last."""
    if key == UNDATED:
        return True, 0, 0
    return False, -int(key[:4]), -_months(key)[0]


def bundle_label(key: str) -> str:
    """What a reader calls the bundle: '2025', 'Jul–Dec 2025', 'Jul–Sep 2025', 'Jul 2025'."""
    if key == UNDATED:
        return "Undated"
    first, last = _months(key)
    if (first, last) == (1, 12):
        return key[:4]
    months = _MONTHS[first - 1] if first == last else f"{_MONTHS[first - 1]}–{_MONTHS[last - 1]}"
    return f"{months} {key[:4]}"


class SearchIndexer:
    """Indexes each year's bundle in a worker thread (Pagefind is its own process).

    Pagefind does not read the site's pages but a *search page* of each article: what the page
    holds for search (title, date, filters, text; `templates/pages/search-page.html.j2`), written
    the moment the article's HTML is known, in a folder per year under `.cache/search-pages/`
    (beside the site when there is no cache). So a year can be indexed before MkDocs has written
    a single page, beside the rest of the build, and re-indexing a year after an edit reads small
    files of which only the edited one is new.

    `years` maps a bundle key to its pages, (dest_uri, search key) each, the search key standing
    for what the search page is made of (the article's file); with `frame` (templates, config,
    code) it makes the bundle's stamp. A bundle whose stamp is in `previous` (the last build's
    keys) is already in the site being updated and is left alone; one kept in `.cache/pagefind/`
    with that stamp is copied from there.
    """

    def __init__(self, site_dir: str, cache_dir: str | Path | None, years: dict[str, list[tuple[str, str]]],
                 built_site: Path | None = None, previous: dict[str, str] | None = None,
                 frame: str = "", workers: int = 2):
        self.site = Path(site_dir).resolve()
        self.kept = Path(cache_dir) / BUNDLE if cache_dir else None
        self.built = built_site
        self.previous = previous or {}
        self.frame = digest(_pagefind_version(), frame)
        self.years = {key: sorted(pages) for key, pages in years.items()}
        self.year_of = {dest: key for key, pages in years.items() for dest, _ in pages}
        self.stamps = {f"{BUNDLE}/{key}/": digest(self.frame, key, *[part for page in pages for part in page])
                       for key, pages in self.years.items()}  # for the build's page keys
        self.temporary = cache_dir is None
        self.pages = (Path(cache_dir) / SEARCH_PAGES if cache_dir
                      else Path(tempfile.mkdtemp(prefix=".pagefind-pages-", dir=self.site.parent)))
        self.jobs: dict[str, Future] = {}
        self.waiting: dict[str, set[str]] = {}
        self.lock = threading.Lock()
        self.pool = ThreadPoolExecutor(max_workers=max(1, workers), thread_name_prefix="pagefind")

    def counts(self) -> dict[str, int]:
        """Pages per bundle."""
        return {key: len(pages) for key, pages in self.years.items()}

    def outdated(self) -> set[str]:
        """The pages of the bundles this build indexes again whose search page is missing or was
        made from another version of the article (each bundle's folder has a record of what its
        search pages were made from, `<key>.json`, written when the bundle is indexed)."""
        out = set()
        for key, pages in self.years.items():
            if self.previous.get(f"{BUNDLE}/{key}/") == self.stamps[f"{BUNDLE}/{key}/"]:
                continue
            try:
                made_from = json.loads((self.pages / f"{key}.json").read_text("utf-8"))
            except (OSError, ValueError):
                made_from = {}
            out.update(dest for dest, search_key in pages
                       if made_from.get(dest) != search_key or not (self.pages / key / dest).is_file())
        return out

    def expect(self, to_write: set[str]) -> None:
        """The article pages this build renders (and so writes the search pages of): a bundle is
        indexed as soon as the last of them is written; one with none right away."""
        with self.lock:
            for key, pages in self.years.items():
                self.waiting[key] = {dest for dest, _ in pages if dest in to_write}
                if not self.waiting[key]:
                    self._submit(key)

    def write_page(self, dest_uri: str, html: str) -> None:
        """The search page of an article (`dest_uri` is its page in the site)."""
        self.save_page(dest_uri, html)
        self.page_written(dest_uri)

    def save_page(self, dest_uri: str, html: str) -> None:
        """Only the file: the bundle is started by `page_written` or `start`, when the build says."""
        key = self.year_of.get(dest_uri)
        if key is not None:
            _write_if_changed(self.pages / key / dest_uri, html.encode("utf-8"))

    def page_written(self, dest_uri: str) -> None:
        """A search page is on disk: its bundle starts if it was the last one awaited."""
        key = self.year_of.get(dest_uri)
        if key is None:
            return
        with self.lock:
            waiting = self.waiting.get(key)
            if waiting is not None:
                waiting.discard(dest_uri)
                if not waiting:
                    self._submit(key)

    def start(self) -> None:
        """Every search page of this build has been asked for: index the bundles not started."""
        with self.lock:
            for key in sorted(self.years, key=_order):
                self._submit(key)

    def _submit(self, key: str) -> None:
        if key not in self.jobs:
            self.jobs[key] = self.pool.submit(self._index, key)

    def finish(self, manifest: dict) -> int:
        """Wait for every bundle, write the manifest; returns the number of pages indexed."""
        try:
            self.start()
            for job in self.jobs.values():
                job.result()
        finally:
            self._close()
        (self.site / BUNDLE).mkdir(parents=True, exist_ok=True)
        (self.site / BUNDLE / MANIFEST).write_text(json.dumps(manifest, ensure_ascii=False), "utf-8")
        return sum(self.counts().values())

    def abandon(self) -> None:
        """The build failed: start no more bundles and wait for the running ones to stop."""
        self._close(cancel=True)

    def _close(self, cancel: bool = False) -> None:
        self.pool.shutdown(wait=True, cancel_futures=cancel)
        if self.temporary:
            shutil.rmtree(self.pages, ignore_errors=True)

    def _index(self, key: str) -> None:
        stamp = self.stamps[f"{BUNDLE}/{key}/"]
        if self.previous.get(f"{BUNDLE}/{key}/") == stamp:
            return  # the site being updated has this very bundle
        target = self.site / BUNDLE / key
        record = self.pages / f"{key}.json"
        record.unlink(missing_ok=True)
        if self.kept is None or not _reuse(self.kept / key, stamp, target):
            previous = self.kept / key if self.kept is not None else None
            if previous is None or not previous.is_dir():
                previous = self.built / BUNDLE / key if self.built is not None else None
            _run_pagefind(self.pages / key, {dest for dest, _ in self.years[key]}, target, previous)
            if self.kept is not None:
                _keep(target, self.kept / key, stamp)
        record.write_text(json.dumps(dict(self.years[key])), "utf-8")


def _write_if_changed(path: Path, data: bytes) -> None:
    """Write a search page unless it is there already: a full build after a code or template
    change makes the same search pages again, and rewriting a file in place makes ext4 flush it
    (its auto_da_alloc), a millisecond a page. Written in the build's own thread: a writer
    thread would fight it for the interpreter lock at every file (page rendering ran four times
    slower when tried)."""
    try:
        if path.stat().st_size == len(data) and path.read_bytes() == data:
            return
        path.unlink()  # a new file, not one truncated and rewritten
    except FileNotFoundError:
        path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)


def _run_pagefind(source: Path, pages: set[str], target: Path, previous: Path | None = None) -> None:
    """Index the search pages in `source` (a year's folder; the URLs Pagefind records follow the
    paths inside it), after removing those of articles no longer in the year.

    With the `previous` bundle of the same pages, its content-addressed files are linked into the
    output first: Pagefind does not write a file that already exists under its hash name, and
    writing hundreds of files is what an edit's re-index mostly spends. What the new index does
    not name is removed afterwards; if that check cannot be made, the bundle is made afresh."""
    _prune(source, pages)
    if previous is not None and previous.is_dir():
        try:
            _pagefind(source, target, seed=previous)
            _drop_unreferenced(target)
            return
        except (OSError, ValueError, BriefingError):
            pass  # made afresh below
    _pagefind(source, target)


def _prune(source: Path, pages: set[str]) -> None:
    """Remove the search pages of articles removed or moved to another year since they were written."""
    for path in source.rglob("*.html"):
        if path.relative_to(source).as_posix() not in pages:
            path.unlink()
    missing = [dest for dest in pages if not (source / dest).is_file()]
    if missing:
        raise BriefingError(f"search page missing for {missing[0]} ({len(missing)} in all)", str(source))


def _pagefind(source: Path, target: Path, seed: Path | None = None) -> None:
    shutil.rmtree(target, ignore_errors=True)
    target.parent.mkdir(parents=True, exist_ok=True)
    if seed is not None:
        for folder in _HASHED:
            (target / folder).mkdir(parents=True)
            for item in (seed / folder).iterdir():
                os.link(item, target / folder / item.name)
    done = subprocess.run([*_pagefind_command(), "--site", str(source), "--output-path", str(target), "--silent"],
                          capture_output=True, text=True, check=False)
    if done.returncode != 0:
        detail = (done.stderr or done.stdout).strip().splitlines()
        raise BriefingError(f"search index failed for {target.name}: "
                            f"{detail[-1] if detail else f'pagefind exited with {done.returncode}'}",
                            str(target))
    _drop_unused(target)


def _drop_unreferenced(bundle: Path) -> None:
    """Remove the content-addressed files no index of the bundle names (left by a seed): every
    page fragment, index chunk and filter chunk is named in the metadata of its language, which
    `pagefind-entry.json` names."""
    entry = json.loads((bundle / "pagefind-entry.json").read_text("utf-8"))
    metas = {f"pagefind.{info['hash']}.pf_meta" for info in entry["languages"].values()}
    named = b""
    for meta in metas:
        data = gzip.decompress((bundle / meta).read_bytes())
        if not data.startswith(b"pagefind_dc"):
            raise ValueError(f"unexpected Pagefind metadata in {bundle / meta}")
        named += data
    for item in bundle.glob("*.pf_meta"):
        if item.name not in metas:
            item.unlink()
    for folder in _HASHED:
        for item in (bundle / folder).iterdir():
            if item.stem.encode() not in named:
                item.unlink()


_HASHED = ("fragment", "index", "filter")  # folders of files named by a digest of their content


def _drop_unused(bundle: Path) -> None:
    for item in bundle.iterdir():
        if item.is_file() and item.name.startswith(_DROP):
            item.unlink()


@functools.cache
def _pagefind_command() -> tuple[str, ...]:
    """Pagefind's binary, found once (`python -m pagefind` costs an interpreter start a bundle),
    at a lower priority: it indexes beside the build, whose own thread is what the build waits
    for, so it takes what that thread leaves of the machine."""
    try:
        from pagefind.service import get_executable  # what `python -m pagefind` runs

        found = get_executable()
    except ImportError:  # another pagefind version: its module finds the binary
        found = None
    command = (str(found.resolve()),) if found else (sys.executable, "-m", "pagefind")
    nice = shutil.which("nice")
    return (nice, "-n", os.environ.get("BRIEFING_NICE", "10"), *command) if nice else command


def _pagefind_version() -> str:
    try:
        return metadata.version("pagefind")
    except metadata.PackageNotFoundError:
        return "?"


def _reuse(kept: Path, stamp: str, target: Path) -> bool:
    record = kept.with_suffix(".json")
    try:
        if not kept.is_dir() or json.loads(record.read_text("utf-8")).get("digest") != stamp:
            return False
        shutil.rmtree(target, ignore_errors=True)
        _copy(kept, target)
        return True
    except (OSError, ValueError):
        shutil.rmtree(target, ignore_errors=True)
        return False


def _keep(bundle: Path, kept: Path, stamp: str) -> None:
    """Store the new bundle (hard links where possible) and what it was built from. The kept
    copy is usually the bundle it was seeded from: only the files that changed are touched."""
    record = kept.with_suffix(".json")
    try:
        record.unlink(missing_ok=True)
        _sync(bundle, kept)
        record.write_text(json.dumps({"digest": stamp}), "utf-8")
    except OSError:
        shutil.rmtree(kept, ignore_errors=True)  # no cache this time; the site itself is fine


def _sync(source: Path, target: Path) -> None:
    """Make `target` hold `source`'s files. In the content-addressed folders a file of the same
    name is the same file; the few others (the entry, the scripts) are linked again."""
    target.mkdir(parents=True, exist_ok=True)
    wanted = {item.name for item in source.iterdir()}
    for item in target.iterdir():
        if item.name not in wanted:
            shutil.rmtree(item) if item.is_dir() else item.unlink()
    for item in source.iterdir():
        there = target / item.name
        if item.is_dir() and item.name in _HASHED:
            there.mkdir(exist_ok=True)
            have = {f.name for f in there.iterdir()}
            names = {f.name for f in item.iterdir()}
            for name in have - names:
                (there / name).unlink()
            for name in names - have:
                _link_or_copy(item / name, there / name)
        elif item.is_dir():
            shutil.rmtree(there, ignore_errors=True)
            _copy(item, there)
        else:
            there.unlink(missing_ok=True)
            _link_or_copy(item, there)


def _link_or_copy(src: str | Path, dst: str | Path) -> None:
    try:
        os.link(src, dst)
    except OSError:
        shutil.copy2(src, dst)


def _copy(source: Path, target: Path) -> None:
    shutil.copytree(source, target, copy_function=_link_or_copy)


def manifest(catalog, counts: dict[str, int]) -> dict:
    """What the search page needs before its first query: the bundles, newest first, and every
    filter value with its archive-wide count (so it never has to download Pagefind's filter
    chunks just to list them)."""
    bundles = [{"key": key, "path": f"{key}/", "pages": counts[key], "sorted": key != UNDATED,
                "year": key[:4] if key != UNDATED else UNDATED, "label": bundle_label(key)}
               for key in sorted(counts, key=_order)]
    tallies: dict[str, dict[str, int]] = {name: {} for name in FILTERS}
    for entry in catalog.entries:
        a = entry.article
        values = {"person": a.people, "topic": a.topics,
                  "source": [a.source] if a.source else [], "language": [a.language] if a.language else []}
        for name, labels in values.items():
            for label in labels:
                tallies[name][label] = tallies[name].get(label, 0) + 1
    filters = {
        # Pagefind stores a filter value HTML-escaped once (see main.html): `value` is what a
        # query must name, `label` what a reader sees.
        name: [{"value": str(escape(label)), "label": label, "count": n}
               for label, n in sorted(tally.items(), key=lambda item: (-item[1], item[0].casefold()))]
        for name, tally in tallies.items()
    }
    return {"version": 1, "bundles": bundles, "filters": filters}
