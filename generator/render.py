"""Article pages' Markdown → HTML: one reused converter, and the build cache.

MkDocs builds a new `markdown.Markdown` (every extension set up again) for each page, which is
most of the time it spends on a large archive. For article pages the plugin swaps in
`ArticleRenderer.render`: it does what MkDocs' `Page.render` does — the same extensions and
configuration, the same per-page processors (raw-HTML anchors, heading anchors, relative links,
title) — on one converter that is reset between pages, so the HTML, the table of contents and the
anchors MkDocs validates are the same. The HTML (and its sanitized form) is cached by a digest of
the Markdown, the page's URL and the Markdown configuration; pages linking to other files of the
site are never cached, as their links depend on the rest of the site.
"""

from __future__ import annotations

import gc
import logging
import multiprocessing
import os
from collections import deque
from types import SimpleNamespace
from typing import Any, Callable
from urllib.parse import urlsplit

import markdown

from .cache import BuildCache, digest

try:  # MkDocs 1.6's page processors; without them MkDocs renders the pages itself
    from mkdocs.structure import pages as _mk_pages
    from mkdocs.structure.toc import get_toc

    _PROCESSORS = (_mk_pages._RawHTMLPreprocessor, _mk_pages._ExtractAnchorsTreeprocessor,
                   _mk_pages._RelativePathTreeprocessor, _mk_pages._ExtractTitleTreeprocessor)
except (ImportError, AttributeError):  # pragma: no cover - another MkDocs version
    _mk_pages = None

TABLE = "article_html"
# A cold build converts the articles missing from the cache in forked worker processes when
# there are at least this many (below that, starting the workers costs more than it saves).
POOL_MINIMUM = 200
CHUNK = 50  # articles per task sent to a worker
# At most this many articles are converted ahead of `prerender`, which takes their results: until
# then their HTML waits in this process's memory (at 100,000 articles, gigabytes).
AHEAD = 8000
_WORK: tuple | None = None  # (renderer, files to convert, config, files), inherited by forked workers


def available() -> bool:
    return _mk_pages is not None


if _mk_pages is not None:
    class _Links(_mk_pages._RelativePathTreeprocessor):
        """MkDocs' link rewriting, noting whether any link points into the site."""

        internal = False

        def path_to_url(self, url: str) -> str:
            parts = urlsplit(url)
            if not (parts.scheme or parts.netloc):
                self.internal = True
            return super().path_to_url(url)


class ArticleRenderer:
    def __init__(self, config, cache: BuildCache, finish: Callable[[str], str]):
        """`finish` turns MkDocs' HTML into what the page shows (sanitizing); cached with it."""
        self.config = config
        self.cache = cache
        self.finish = finish
        self.md = markdown.Markdown(extensions=config["markdown_extensions"],
                                    extension_configs=config["mdx_configs"] or {})
        self.ready: dict[str, tuple[str, dict]] = {}
        self.pooled: Callable[[Any, dict], None] | None = None
        """Called by `prerender` with the file of each article a worker process converted and
        what it made of it."""
        self._pool: tuple | None = None  # (pool, chunks not sent yet, tasks sent, the files to convert)
        self.linking: dict[str, bool] = {}  # src_uri → its HTML depends on other pages of the site
        self.config_digest = digest(repr(config["markdown_extensions"]),
                                    repr(sorted((config["mdx_configs"] or {}).items())),
                                    repr(config["use_directory_urls"]))

    def render(self, page, config, files) -> None:
        """Stands in for `page.render(config, files)`; sets the same attributes."""
        key = self._key(page.url, page.markdown)
        ready = self.ready.pop(page.file.src_uri, None)
        done = ready[1] if ready and ready[0] == key else self.cache.get(TABLE, page.file.src_uri, key)
        links_to_anchors: dict = {}
        if done is None:
            done, links = self._convert(page, config, files)
            links_to_anchors = links.links_to_anchors
            if not (links.internal or links_to_anchors):
                self.cache.put(TABLE, page.file.src_uri, key, done)
            self.linking[page.file.src_uri] = bool(links.internal or links_to_anchors)
        else:
            self.linking[page.file.src_uri] = False  # only pages that link nowhere are kept
        page.content = done["html"]
        page.toc = get_toc(done["toc"])
        page._title_from_render = done["title"]
        page.present_anchor_ids = set(done["anchors"])
        if _mk_pages.log.getEffectiveLevel() > logging.DEBUG:
            page.links_to_anchors = links_to_anchors
        page.finished_content = done["finished"]

    def _key(self, url: str, markdown_text: str) -> str:
        return digest(self.config_digest, url, markdown_text)

    def start(self, article_files: list, config, files, workers: int | None = None) -> bool:
        """Start converting the articles the cache lacks in forked processes (a cold build on
        several cores), while this process goes on with the catalog's pages; `prerender` takes
        their results. Pages linking into the site are left to `render` (their links depend on
        files this build has not listed yet)."""
        global _WORK
        workers = workers or min(4, os.cpu_count() or 1)
        if workers < 2 or "fork" not in multiprocessing.get_all_start_methods():
            return False
        if self.cache.count(TABLE) >= len(article_files) // 2:
            return False  # a warm build: the few missing pages are converted as MkDocs reaches them
        todo = [f for f in article_files if self._missing(f)]
        if len(todo) < POOL_MINIMUM:
            return False
        _WORK = (self, todo, config, files)
        # The workers share the parent's memory page by page until they write to it; their
        # garbage collector would touch (and so copy) every object the parent holds. (The
        # plugin unfreezes them when the build ends.)
        gc.freeze()
        try:
            pool = multiprocessing.get_context("fork").Pool(workers, initializer=_quiet)
        finally:
            _WORK = None
        chunks = deque(range(n, min(n + CHUNK, len(todo))) for n in range(0, len(todo), CHUNK))
        running = deque(pool.apply_async(_convert_chunk, (chunks.popleft(),))
                        for _ in range(min(len(chunks), max(1, AHEAD // CHUNK))))
        self._pool = (pool, chunks, running, todo)
        return True

    def prerender(self) -> int:
        """Take what the worker processes converted: into the cache (in memory only when there
        is no cache: holding 100,000 articles' HTML until MkDocs reaches them costs gigabytes),
        and to `pooled` as it comes. `render` then finds them."""
        if self._pool is None:
            return 0
        pool, chunks, running, todo = self._pool
        converted = 0
        try:
            while running:
                batch = running.popleft().get()
                if chunks:
                    running.append(pool.apply_async(_convert_chunk, (chunks.popleft(),)))
                for n, src_uri, key, done in batch:
                    converted += 1
                    if self.pooled is not None:
                        self.pooled(todo[n], done)
                    if self.cache.enabled:
                        self.cache.put(TABLE, src_uri, key, done)
                    else:
                        self.ready[src_uri] = (key, done)
            pool.close()
        finally:
            self.abandon()
        return converted

    def abandon(self) -> None:
        """Stop the worker processes (a failed build; after `prerender`, they are done)."""
        if self._pool is not None:
            self._pool[0].terminate()
            self._pool[0].join()
            self._pool = None

    def _missing(self, file) -> bool:
        if not self.cache.enabled:
            return True
        key = self._key(file.url, _markdown_of(file))
        return self.cache.get(TABLE, file.src_uri, key) is None

    def _convert(self, page, config, files) -> tuple[dict[str, Any], Any]:
        md = self.md
        md.reset()
        raw_html = _mk_pages._RawHTMLPreprocessor()
        raw_html._register(md)
        anchors = _mk_pages._ExtractAnchorsTreeprocessor(page.file, files, config)
        anchors._register(md)
        links = _Links(page.file, files, config)
        links._register(md)
        title = _mk_pages._ExtractTitleTreeprocessor()
        title._register(md)
        html = md.convert(page.markdown)
        done = {
            "html": html,
            "toc": getattr(md, "toc_tokens", []),
            "title": title.title,
            "anchors": sorted(anchors.present_anchor_ids | raw_html.present_anchor_ids),
            "finished": self.finish(html),
        }
        return done, links


def _markdown_of(file) -> str:
    """The Markdown MkDocs will convert: the file without its front matter (as `read_source`)."""
    from mkdocs.utils import meta

    return meta.get_data(file.content_string)[0]


def _quiet() -> None:
    logging.disable(logging.CRITICAL)  # warnings come once, from the main process's own render


def _convert_chunk(indexes: range) -> list[tuple[int, str, str, dict]]:
    renderer, article_files, config, files = _WORK
    out = []
    for n in indexes:
        file = article_files[n]
        text = _markdown_of(file)
        source = SimpleNamespace(file=file, url=file.url, markdown=text)  # what _convert reads of a page
        done, links = renderer._convert(source, config, files)
        if not (links.internal or links.links_to_anchors):
            out.append((n, file.src_uri, renderer._key(file.url, text), done))
    return out


def render_generated(page, config, files) -> None:
    """Stands in for `page.render` of an index page: its Markdown is empty and its HTML comes from
    our Jinja templates in `on_page_content`, so no converter needs building (what MkDocs would set)."""
    page.content = ""
    page.toc = get_toc([])
    page._title_from_render = None
    page.present_anchor_ids = set()
    if _mk_pages.log.getEffectiveLevel() > logging.DEBUG:
        page.links_to_anchors = {}
