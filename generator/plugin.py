"""MkDocs plugin: glue the catalog and the index pages into the build, then index for search.

Thin on purpose: each event calls into `catalog`, `pages` and `search`. Article front matter is
validated by the catalog before MkDocs reads any page (MkDocs would swallow YAML errors).
"""

from __future__ import annotations

import contextlib
import functools
import gc
import html as html_lib
import re
import shutil
from pathlib import Path

import nh3
from mkdocs.config import base
from mkdocs.config import config_options as c
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, get_plugin_logger
from mkdocs.structure.files import File, Files, InclusionLevel
from mkdocs.structure.pages import Page
from mkdocs.utils import get_build_date, get_relative_url

from . import render, search
from .cache import BuildCache, digest
from .changes import KeyMaker, Patch, frame_of
from .catalog import RELATED_VERSION, Catalog
from .errors import BriefingError
from .feeds import FEED_TEMPLATE, FeedLinks, feed_context, plan_feeds
from .pages import PageOptions, PageSpec, Renderer, demote_headings, plan
from .registry import load_registry
from .render import ArticleRenderer

log = get_plugin_logger(__name__)

# Article bodies come from the web: only this markup survives (ammonia's safe defaults + ids).
_ATTRIBUTES = {tag: set(attrs) for tag, attrs in nh3.ALLOWED_ATTRIBUTES.items()}
_ATTRIBUTES.setdefault("*", set()).add("id")


class BriefingConfig(base.Config):
    articles_dir = c.Type(str, default="articles")
    """Folder inside docs_dir holding the normalized articles."""
    registry_dir = c.Type(str, default="registry")
    """Folder inside docs_dir with people.yml, topics.yml and sources.yml (excluded from the site)."""
    page_templates = c.Dir(exists=True, default="templates/pages")
    """Jinja templates of the index pages (relative to mkdocs.yml)."""
    page_size = c.Type(int, default=50)
    """Articles per page on person, topic and source pages before paginating."""
    home_latest = c.Type(int, default=20)
    """Articles listed on the home page."""
    search = c.Type(bool, default=True)
    """Build the Pagefind search index after the site."""
    search_bundle_size = c.Type(int, default=500)
    """Most articles in one search bundle. Search has a bundle per year; a year with more
    articles is split into halves, quarters or months. An edit re-indexes one bundle; a
    best-match search downloads a piece of every bundle."""
    feed_size = c.Type(int, default=30)
    """Newest articles in each Atom feed (whole archive, each person, each topic)."""
    cache = c.Type(bool, default=True)
    """Keep parsed front matter and rendered articles in `.cache/` beside mkdocs.yml between builds."""


# The page key of MkDocs' static templates (sitemap.xml and 404.html): not a file of the site, so
# an update never counts it among the outputs it no longer makes.
STATIC_TEMPLATES = "(static templates)"

# `briefing serve`: the frame and page keys of the last build into each served folder. MkDocs
# makes new plugin instances for every rebuild, so they are kept here.
_SERVED: dict[str, tuple[str, dict[str, str], dict[str, bool], dict[str, list[str]]]] = {}


class BriefingPlugin(BasePlugin[BriefingConfig]):
    command = "build"
    serving = False
    """True under `briefing serve`, which asks MkDocs for --dirty rebuilds into its folder: the
    plugin then marks unmodified every page whose key is the last rebuild's (a whole rebuild when
    the frame changed), and removes the pages no longer made."""
    patch: Patch | None = None
    """Set by `briefing build` for an incremental build: pages whose key matches the last build's
    are left out, and the build writes the rest into an empty folder that is laid over the site."""

    def on_startup(self, *, command, dirty):
        self.command = command  # worker processes are forked for `build` only, never under `serve`

    def on_config(self, config):
        self.site_dir = config.site_dir
        if self.config.search_bundle_size < 1:
            raise PluginError("search_bundle_size must be at least 1 "
                              f"(it is {self.config.search_bundle_size} in {config.config_file_path})")
        if self.serving:
            self.command = "serve"
            self.frame = frame_of(config, self.config, [f"site={config.site_dir}"])
            frame, keys, linking, articles = _SERVED.get(config.site_dir, ("", {}, {}, {}))
            self.served_before = keys
            self.patch = (Patch(Path(config.site_dir), keys, linking, articles) if frame == self.frame
                          else Patch(Path(config.site_dir)))
        self.indexer: search.SearchIndexer | None = None
        self.static_unchanged = False
        self.bodies_only = False
        self.search_saved: set[str] = set()  # article pages whose search page prerendering wrote
        self.specs: dict[str, PageSpec] = {}
        self.feeds = []
        self.feed_links = FeedLinks([])
        self.urls = _SiteUrls(None)
        self.keys = KeyMaker()
        self.page_keys: dict[str, str] = {}  # dest_uri → key, of every keyed output of this build
        self.article_keys: dict[str, tuple] = {}  # dest_uri → (what its key is made of, linking)
        folder = Path(config.config_file_path or ".").parent / ".cache" if self.config.cache else None
        self.cache = BuildCache(folder)
        self.cache_dir = folder
        # The catalog lives until the build ends, and the garbage collector would walk all of
        # its objects at every full collection (a third of a one-edit rebuild at 100,000
        # articles): it is paused while they are made (they hold no cycles) and they are then
        # left out of its sight, with what the build makes up to on_files. `briefing build`
        # lets them back in when it is done, `briefing serve` after each rebuild.
        try:
            with _collector_paused():
                self.registry = load_registry(Path(config.docs_dir) / self.config.registry_dir)
                self.catalog = Catalog.load(config.docs_dir, self.registry, self.config.articles_dir,
                                            self.cache)
                before = self.cache.get("related", "all", RELATED_VERSION) or {}
                self.catalog.reuse_related(before.get("inputs", {}), before.get("answers", {}))
        except BriefingError as exc:
            raise PluginError(str(exc)) from None
        gc.freeze()
        self.renderer = Renderer(self.config.page_templates, {"zip_counts": _zip_counts})
        self.articles = ArticleRenderer(config, self.cache, _sanitize) if render.available() else None
        log.info(f"catalog: {len(self.catalog.entries)} articles, {len(self.catalog.people)} people, "
                 f"{len(self.catalog.topics)} topics")
        return config

    def on_files(self, files: Files, config):
        if self.articles is not None and self.command == "build" and self.patch is None:
            # a full build: the articles' Markdown is converted beside everything up to on_nav
            self.articles.start([f for f in files.documentation_pages() if self.catalog.entry(f.src_uri)],
                                config, files)
        self.urls = _SiteUrls(files)
        own_home = files.get_file_from_path("index.md") is not None
        options = PageOptions(self.config.page_size, self.config.home_latest, own_home)
        index_pages = []
        for spec in plan(self.catalog, options):
            clash = files.get_file_from_path(spec.src_uri)
            if clash is not None:
                raise PluginError(f"'{spec.src_uri}' is generated from the catalog but "
                                  f"{config.docs_dir}/{clash.src_uri} exists too; rename or remove it")
            # The title goes into page.meta in on_page_markdown: no YAML to write and parse back.
            file = File.generated(config, spec.src_uri, content="", inclusion=InclusionLevel.NOT_IN_NAV)
            files.append(file)
            self.specs[spec.src_uri] = spec
            index_pages.append((file, spec))
        self.feeds = plan_feeds(self.catalog, self.config.feed_size)
        self.feed_links = FeedLinks(self.feeds)
        feeds = [(File.generated(config, feed.uri, content=""), feed) for feed in self.feeds]
        for file, _ in feeds:
            files.append(file)
        robots = self.renderer.render_template("robots.txt.j2", "robots.txt", site_url=config.site_url)
        files.append(File.generated(config, "robots.txt", content=robots))
        if self.config.search:  # first: an update's bundles are indexed while the rest is worked out
            self.indexer = self._search_indexer(files, config)
        self.bodies_only = self.patch is not None and self.patch.bodies_only(self.catalog.entries, self.keys)
        for file, spec in index_pages:
            self._keep_if_unchanged(file, self._last_key(file) or self.keys.index_page(spec))
        for file, feed in feeds:
            if not self._keep_if_unchanged(file, self._last_key(file) or self.keys.feed(feed)):
                file.content_string = self._render_feed(feed, files, config)
        self._key_articles(files)
        self._key_static_templates(config, files)
        gc.freeze()  # MkDocs' files and our page plan are kept to the end too (see on_config)
        return self._without_current_articles(files)

    def _render_feed(self, feed, files: Files, config) -> str:
        context = feed_context(feed, config.site_name, config.site_url, self.urls)
        try:
            return self.renderer.render_template(FEED_TEMPLATE, feed.uri, **context)
        except BriefingError as exc:
            raise PluginError(str(exc)) from None

    def _keep_if_unchanged(self, file: File, key: str) -> bool:
        """Record the output's key; in an incremental build, mark it unmodified (MkDocs then
        neither renders nor writes it) when the last build wrote it with the same key."""
        self.page_keys[file.dest_uri] = key
        unchanged = self.patch is not None and self.patch.previous.get(file.dest_uri) == key
        if self.patch is not None:
            file.is_modified = _never if unchanged else _always
        return unchanged

    def _last_key(self, file: File) -> str | None:
        """The last build's key of a page that only shows front matter, when only bodies changed."""
        return self.patch.previous.get(file.dest_uri) if self.bodies_only else None

    def _article_key_args(self, entry, site: str) -> tuple:
        return entry, self.catalog.related(entry), self.feed_links(entry.src_uri), site

    def _key_articles(self, files: Files) -> None:
        """Every article page's key (an update renders those whose key changed); the other files
        of an update are rendered or copied when their source is newer than the site's copy."""
        self.site_digest = site = digest(*sorted(e.src_uri for e in self.catalog.entries))
        known = self.patch.linking if self.patch is not None else {}
        before = self.patch.articles if self.patch is not None else {}
        for file in files:
            entry = self.catalog.entry(file.src_uri)
            if entry is not None:
                # without our renderer MkDocs' own is used, and nobody notes links: assume they exist
                linking = known.get(entry.src_uri, False) if self.articles is not None else True
                same_file = self.bodies_only and before[entry.src_uri][0] == entry.file_digest
                last = self._last_key(file) if same_file else None
                if last is not None:  # the same file, lists and related briefings: the same page
                    self.article_keys[file.dest_uri] = (entry, None, linking)
                    self._keep_if_unchanged(file, last)
                    continue
                args = self._article_key_args(entry, site)
                self.article_keys[file.dest_uri] = (entry, args, linking)
                self._keep_if_unchanged(file, self.keys.article_page(*args[:3], site if linking else ""))
            elif self.patch is not None and file.dest_uri not in self.page_keys:
                file.is_modified = functools.partial(_newer_than, file, self.patch.site)

    def _key_static_templates(self, config, files: Files) -> None:
        """The sitemap and the 404 page (MkDocs' static templates) show the site's pages, its
        navigation and the build date, nothing of an article: an update whose set of pages and
        date are the last build's leaves them as they are (rendering the sitemap walks every page)."""
        pages = sorted(f.dest_uri for f in files.documentation_pages())
        key = digest("static templates", get_build_date(), *sorted(config.theme.static_templates), *pages)
        self.page_keys[STATIC_TEMPLATES] = key
        self.static_unchanged = (self.patch is not None and not self.serving
                                 and self.patch.previous.get(STATIC_TEMPLATES) == key)
        if self.static_unchanged:
            config.theme.static_templates.clear()

    def _without_current_articles(self, files: Files) -> Files:
        """An update hands MkDocs only the article pages it renders: MkDocs makes a page object
        for every file it has and walks them all several times, which for one edited article
        in 10,000 is most of its work. Only when nothing it renders could need the others: no
        page set change (the sitemap lists them all), no rendered page linking in Markdown."""
        if not self.static_unchanged:
            return files
        current, rendered = [], []
        for file in files:
            if file.dest_uri in self.article_keys:
                (current if not file.is_modified() else rendered).append(file)
            elif file.is_documentation_page() and file.dest_uri not in self.page_keys and file.is_modified():
                return files  # an author's own page, changed: it may link to any article
        if not current or any(self._may_link(file) for file in rendered):
            return files
        for file in current:
            self.urls.remember(file)
        kept = set(map(id, current))
        return Files([file for file in files if id(file) not in kept])

    def _may_link(self, file: File) -> bool:
        """Whether an article to render may link into the site: it did last time, or its Markdown
        has a link that is not to the web (checked loosely: a false yes only costs time)."""
        (_, _, linking) = self.article_keys[file.dest_uri]
        return linking or _SITE_LINK.search(file.content_string) is not None

    def on_nav(self, nav, config, files):
        if self.articles is not None:
            if self.indexer is not None:
                # the search pages of what the workers converted are written here (in workers,
                # reading the catalog would copy its memory into each of them)
                self.articles.pooled = functools.partial(self._save_search_page, config=config)
            self.articles.prerender()
            self.articles.pooled = None
            # Pagefind starts on them only now: beside the workers it slowed them and itself
            for dest_uri in sorted(self.search_saved):
                self.indexer.page_written(dest_uri)
        return nav

    def _search_indexer(self, files: Files, config) -> search.SearchIndexer:
        """The bundles and their pages. A full build writes every article's search page as it
        converts the article, and a bundle starts once its pages are written. An update makes
        the search pages its bundles need right away and starts them: Pagefind indexes while
        MkDocs does everything else."""
        years: dict[str, list[tuple[str, str]]] = {}
        pages: dict[str, File] = {}
        bundles = search.bundle_keys(self.catalog.entries, self.config.search_bundle_size)
        for entry in self.catalog.entries:
            file = files.get_file_from_path(entry.src_uri)
            pages[file.dest_uri] = file
            # what Pagefind reads (the article's search page) comes from the article's file alone
            years.setdefault(bundles[entry.src_uri], []).append((file.dest_uri, entry.file_digest))
        patch = self.patch
        indexer = search.SearchIndexer(config.site_dir, self.cache_dir, years,
                                       patch.site if patch else None, patch.previous if patch else None,
                                       frame=frame_of(config, self.config, []))
        if patch is None:
            indexer.expect(set(pages))
        else:
            for dest_uri in sorted(indexer.outdated()):
                indexer.save_page(dest_uri, self._search_page_ahead(pages[dest_uri], files, config))
            indexer.start()
        return indexer

    def _search_page_ahead(self, file: File, files: Files, config) -> str:
        """An article's search page before MkDocs reaches it (it then finds it converted)."""
        page = file.page or Page(None, file, config)
        page.read_source(config)
        if self.articles is not None:
            self.articles.render(page, config, files)
            body = page.finished_content
        else:
            page.render(config, files)
            body = _sanitize(page.content)
        return self._search_page(self.catalog.entry(file.src_uri), body, file, config)

    def on_pre_page(self, page, config, files):
        if self.articles is not None and self.catalog.entry(page.file.src_uri) is not None:
            page.render = functools.partial(self.articles.render, page)  # one converter, cached
        elif render.available() and page.file.src_uri in self.specs:
            page.render = functools.partial(render.render_generated, page)  # HTML from Jinja
        return page

    def on_page_markdown(self, markdown, page, config, files):
        spec = self.specs.get(page.file.src_uri)
        if spec is not None:
            page.meta = {"title": spec.title}
        return markdown

    def on_page_content(self, html, page, config, files):
        spec = self.specs.get(page.file.src_uri)
        if spec is not None:
            link = lambda uri: get_relative_url(self.urls(uri), page.url)  # noqa: E731
            try:
                return self.renderer.render(spec, link=link, root=_root(page.url))
            except BriefingError as exc:
                raise PluginError(str(exc)) from None
        entry = self.catalog.entry(page.file.src_uri)
        if entry is not None:
            finished = getattr(page, "finished_content", None)
            finished = finished if finished is not None else _sanitize(html)
            # a full build writes search pages here (an update made its own in on_files)
            if self.indexer is not None and self.patch is None and page.file.dest_uri not in self.search_saved:
                self.indexer.write_page(page.file.dest_uri, self._search_page(entry, finished, page.file, config))
            return finished
        return html

    def _save_search_page(self, file: File, done: dict, config) -> None:
        """The search page of an article a worker process converted."""
        entry = self.catalog.entry(file.src_uri)
        self.indexer.save_page(file.dest_uri, self._search_page(entry, done["finished"], file, config))
        self.search_saved.add(file.dest_uri)

    def _search_page(self, entry, body: str, file: File, config) -> str:
        """What Pagefind indexes of an article: its search page (search.py)."""
        a = entry.article
        locale = config.theme.locale
        try:
            html = self.renderer.render_template(
                search.PAGE_TEMPLATE, file.dest_uri, a=a, body=body,
                lang=locale.language if locale else "en",
                show_summary=bool(a.summary) and not _opens(body, a.summary))
        except BriefingError as exc:
            raise PluginError(str(exc)) from None
        return html

    def on_env(self, env, config, files):
        env.autoescape = True  # MkDocs leaves it off; article metadata is untrusted
        env.globals["catalog"] = self.catalog
        env.globals["doc_link"] = self.urls
        env.tests["opening"] = _opens
        if self.indexer is not None:
            # every page this build renders has been converted, so every search page is asked
            # for: the bundles still waiting (if any) start, while MkDocs goes on with the pages
            self.indexer.start()
        return env

    def on_page_context(self, context, page, config, nav):
        entry = self.catalog.entry(page.file.src_uri)
        context["entry"] = entry
        context["related"] = self.catalog.related(entry) if entry else []
        context["feeds"] = self.feed_links(page.file.src_uri)
        return context

    def on_post_page(self, output, page, config):
        entry = self.catalog.entry(page.file.src_uri)
        if entry is not None:
            # MkDocs keeps every page until the build ends; an article's Markdown and HTML are
            # not read again once its output exists (100,000 of them are gigabytes)
            page.markdown = page.content = None
        return output

    def on_post_build(self, config):
        self.cache.put("related", "all", RELATED_VERSION,
                       {"inputs": self.catalog.related_inputs, "answers": self.catalog.related_known})
        # An update asks for the few pages it renders: pruning the rest would empty the cache.
        self.cache.close(prune=self.patch is None)
        if self.config.search:
            try:
                counts = self.indexer.counts()
                count = self.indexer.finish(search.manifest(self.catalog, counts))
            except BriefingError as exc:
                raise PluginError(str(exc)) from None
            self.page_keys.update(self.indexer.stamps)
            log.info(f"search: indexed {count} pages in {len(counts)} bundles (a year or a part of one each)")
        if self.serving:
            self._remember_served(config)
            gc.unfreeze()  # see on_config

    def linking(self) -> dict[str, bool]:
        """Which articles' Markdown links into the site: as rendered by this build, else as the
        last build saw them (their files are unchanged). The keys of pages whose answer changed
        in this build are made again with it, so the next build compares like with like."""
        known = self.patch.linking if self.patch is not None else {}
        rendered = self.articles.linking if self.articles is not None else {}
        out = {}
        for dest, (entry, args, used) in self.article_keys.items():
            out[entry.src_uri] = now = rendered.get(entry.src_uri, known.get(entry.src_uri, used))
            if now != used:  # a page rendered in this build
                entry, related, feeds, site = args or self._article_key_args(entry, self.site_digest)
                self.page_keys[dest] = self.keys.article_page(entry, related, feeds, site if now else "")
        return out

    def article_stamps(self) -> dict[str, list[str]]:
        """Each article's file digest and front-matter key, for the next build's `bodies_only`."""
        before = self.patch.articles if self.patch is not None else {}
        out = {}
        for entry in self.catalog.entries:
            was = before.get(entry.src_uri)
            same = was is not None and was[0] == entry.file_digest
            out[entry.src_uri] = [entry.file_digest, was[1] if same else self.keys.entry(entry)]
        return out

    def _remember_served(self, config) -> None:
        """Keep this rebuild's keys for the next one, and remove what it no longer makes."""
        site = Path(config.site_dir)
        for uri in self.served_before.keys() - self.page_keys.keys():
            path = site / uri
            shutil.rmtree(path, ignore_errors=True) if path.is_dir() else path.unlink(missing_ok=True)
        _SERVED[config.site_dir] = (self.frame, self.page_keys, self.linking(), self.article_stamps())

    def on_build_error(self, error, **kwargs):
        if self.serving:  # the next rebuild makes every page again
            _SERVED.pop(getattr(self, "site_dir", ""), None)
        self.cache.close(prune=False)
        if getattr(self, "articles", None) is not None:
            self.articles.abandon()
        if getattr(self, "indexer", None) is not None:
            self.indexer.abandon()
        gc.unfreeze()

    def on_serve(self, server, config, builder):
        server.watch(self.config.page_templates)
        return server


@contextlib.contextmanager
def _collector_paused():
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _never() -> bool:
    return False


def _always() -> bool:
    return True


def _newer_than(file: File, site: Path) -> bool:
    """MkDocs' own test for `--dirty` (is the source newer than the output?), asked of the site
    the incremental build is laid over instead of the empty folder it writes into."""
    if file.generated_by is not None or file.abs_src_path is None:
        return True
    built = site / file.dest_uri
    return not built.is_file() or built.stat().st_mtime < Path(file.abs_src_path).stat().st_mtime


def _sanitize(html: str) -> str:
    return demote_headings(nh3.clean(html, attributes=_ATTRIBUTES, link_rel="noopener noreferrer nofollow"))


def _zip_counts(groups):
    return [(g, g.count) for g in groups]


class _SiteUrls:
    """Site-root URL of a document (for MkDocs' `url` filter, which makes it page-relative),
    remembered: every page asks for the same section and index pages dozens of times."""

    def __init__(self, files: Files | None):
        self.files = files
        self.known: dict[str, str] = {}

    def remember(self, file: File) -> None:
        """Keep the URL of a file about to leave the build's file list."""
        self.known[file.src_uri] = file.url or "./"

    def __call__(self, src_uri: str) -> str:
        url = self.known.get(src_uri)
        if url is None:
            file = self.files.get_file_from_path(src_uri) if self.files is not None else None
            if file is None:
                raise PluginError(f"template links to '{src_uri}', which is not part of the site")
            url = self.known[src_uri] = file.url or "./"
        return url


# A Markdown link or reference, or an HTML href/src, whose target is not a web address or anchor.
_SITE_LINK = re.compile(r"""(?:\]\(|^[ \t]*\[[^\]\n]+\]:|\b(?:href|src)\s*=)"""
                        r"""(?!\s*[<"']?\s*(?:https?:|mailto:|ftp:|#|//))""", re.MULTILINE | re.IGNORECASE)


def _root(page_url: str) -> str:
    """Relative path from a page to the site root, without a trailing slash ('..', '../..', '.')."""
    return get_relative_url(".", page_url)


def _opens(html, text: str) -> bool:
    """Jinja test `html is opening(text)`: does the page's text start with `text`? Compared on
    letters and digits only, since Markdown's smarty quotes and entities change the punctuation."""
    plain = re.sub(r"<[^>]+>", " ", str(html))[: len(text) * 2 + 200]
    letters = lambda s: re.sub(r"\W+", "", html_lib.unescape(s)).casefold()  # noqa: E731
    return letters(plain).startswith(letters(text)[:80])
