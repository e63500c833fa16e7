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

import logging
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
        self.config_digest = digest(repr(config["markdown_extensions"]),
                                    repr(sorted((config["mdx_configs"] or {}).items())),
                                    repr(config["use_directory_urls"]))

    def render(self, page, config, files) -> None:
        """Stands in for `page.render(config, files)`; sets the same attributes."""
        key = digest(self.config_digest, page.url, page.markdown)
        done = self.cache.get(TABLE, page.file.src_uri, key)
        links_to_anchors: dict = {}
        if done is None:
            done, links = self._convert(page, config, files)
            links_to_anchors = links.links_to_anchors
            if not (links.internal or links_to_anchors):
                self.cache.put(TABLE, page.file.src_uri, key, done)
        page.content = done["html"]
        page.toc = get_toc(done["toc"])
        page._title_from_render = done["title"]
        page.present_anchor_ids = set(done["anchors"])
        if _mk_pages.log.getEffectiveLevel() > logging.DEBUG:
            page.links_to_anchors = links_to_anchors
        page.finished_content = done["finished"]

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
