"""Search: build the Pagefind index of a built site (articles only; see `data-pagefind-body`).

Only article pages carry searchable text, so only they are handed to Pagefind (the index pages
would be read and dropped). Pagefind has no incremental mode; when the article pages are
byte-for-byte those of the last build, the bundle kept in the build cache is reused instead.
"""

from __future__ import annotations

import asyncio
import json
import os
import shutil
import threading
from importlib import metadata
from pathlib import Path

from .cache import digest
from .errors import BriefingError

BUNDLE = "pagefind"


async def _build(site_dir: str, glob: str) -> int:
    from pagefind.index import IndexConfig, PagefindIndex

    # Pagefind resolves relative paths against the process CWD: always pass absolute ones.
    config = IndexConfig(output_path=os.path.join(os.path.abspath(site_dir), BUNDLE))
    async with PagefindIndex(config=config) as index:
        result = await index.add_directory(os.path.abspath(site_dir), glob=glob)
    return int(result.get("page_count", 0))


def build_index(site_dir: str, glob: str = "articles/**/*.html", cache_dir: str | Path | None = None) -> int:
    """Index the HTML pages under `site_dir` matching `glob` into `site_dir/pagefind`; returns the
    page count. With `cache_dir`, an unchanged set of pages reuses the bundle kept there."""
    kept = Path(cache_dir) / BUNDLE if cache_dir else None
    stamp = _pages_digest(Path(site_dir), glob) if kept else ""
    if kept and _reuse(kept, stamp, Path(site_dir) / BUNDLE):
        return json.loads((kept.parent / f"{BUNDLE}.json").read_text("utf-8"))["pages"]
    try:
        count = asyncio.run(_build(site_dir, glob))
    except BriefingError:
        raise
    except Exception as exc:  # the Pagefind service reports failures as plain exceptions
        raise BriefingError(f"search index failed: {exc}", site_dir) from None
    if kept:
        _keep(Path(site_dir) / BUNDLE, kept, stamp, count)
    return count


def _pages_digest(site: Path, glob: str) -> str:
    """Digest of every page Pagefind would read (paths and bytes) and of Pagefind's version."""
    try:
        version = metadata.version("pagefind")
    except metadata.PackageNotFoundError:
        version = "?"
    pattern = glob.replace("/**/", "/")  # pathlib's rglob below already descends
    top, _, name = pattern.rpartition("/")
    pages = sorted((site / top).rglob(name)) if (site / top).is_dir() else []
    parts: list[str | bytes] = [version, glob]
    for page in pages:
        parts += [page.relative_to(site).as_posix(), page.read_bytes()]
    return digest(*parts)


def _reuse(kept: Path, stamp: str, target: Path) -> bool:
    record = kept.parent / f"{BUNDLE}.json"
    try:
        if not kept.is_dir() or json.loads(record.read_text("utf-8")).get("digest") != stamp:
            return False
        shutil.rmtree(target, ignore_errors=True)
        _copy(kept, target)
        return True
    except (OSError, ValueError):
        shutil.rmtree(target, ignore_errors=True)
        return False


def _keep(bundle: Path, kept: Path, stamp: str, count: int) -> None:
    """Store the new bundle (hard links where possible) and what it was built from."""
    record = kept.parent / f"{BUNDLE}.json"
    try:
        record.unlink(missing_ok=True)
        shutil.rmtree(kept, ignore_errors=True)
        _copy(bundle, kept)
        record.write_text(json.dumps({"digest": stamp, "pages": count}), "utf-8")
    except OSError:
        shutil.rmtree(kept, ignore_errors=True)  # no cache this time; the site itself is fine


def _copy(source: Path, target: Path) -> None:
    def link_or_copy(src: str, dst: str) -> None:
        try:
            os.link(src, dst)
        except OSError:
            shutil.copy2(src, dst)

    shutil.copytree(source, target, copy_function=link_or_copy)


class BackgroundIndex:
    """`build_index` in a thread, started as soon as the last article page is written, so Pagefind
    (its own process) indexes while MkDocs still writes index pages, feeds and the sitemap."""

    def __init__(self, site_dir: str, glob: str, cache_dir: str | Path | None):
        self.args = (site_dir, glob, cache_dir)
        self.count: int | None = None
        self.error: BaseException | None = None
        self.thread = threading.Thread(target=self._run, name="pagefind", daemon=True)
        self.thread.start()

    def _run(self) -> None:
        site_dir, glob, cache_dir = self.args
        try:
            self.count = build_index(site_dir, glob=glob, cache_dir=cache_dir)
        except BaseException as exc:  # noqa: BLE001 - handed to the build's thread in result()
            self.error = exc

    def result(self) -> int:
        self.thread.join()
        if self.error is not None:
            raise self.error
        return int(self.count or 0)
