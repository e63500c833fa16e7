"""Search: build the Pagefind index of a built site (articles only; see `data-pagefind-body`)."""

from __future__ import annotations

import asyncio
import os

from .errors import BriefingError


async def _build(site_dir: str) -> int:
    from pagefind.index import IndexConfig, PagefindIndex

    # Pagefind resolves relative paths against the process CWD: always pass absolute ones.
    config = IndexConfig(output_path=os.path.join(os.path.abspath(site_dir), "pagefind"))
    async with PagefindIndex(config=config) as index:
        result = await index.add_directory(os.path.abspath(site_dir))
    return int(result.get("page_count", 0))


def build_index(site_dir: str) -> int:
    """Index every HTML page under `site_dir` into `site_dir/pagefind`; returns the page count."""
    try:
        return asyncio.run(_build(site_dir))
    except BriefingError:
        raise
    except Exception as exc:  # the Pagefind service reports failures as plain exceptions
        raise BriefingError(f"search index failed: {exc}", site_dir) from None
