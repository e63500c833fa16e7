"""The `briefing` command: ingest, build, serve, check, new."""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import logging
import os
import shutil
import sys
import threading
import time
from pathlib import Path

from . import __version__
from .errors import BriefingError

DEFAULT_CONFIG = "mkdocs.yml"


def main(argv: list[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help()
        return 2
    try:
        return args.func(args) or 0
    except BriefingError as exc:
        if args.debug:
            raise
        print(f"error: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("interrupted; nothing half-written (writes are atomic)", file=sys.stderr)
        return 130
    except Exception as exc:  # a bug, not bad input: one line, the traceback only on request
        if args.debug:
            raise
        print(f"error: internal error ({type(exc).__name__}: {exc}); "
              "run again with --debug for the traceback and please report it", file=sys.stderr)
        return 1


def run() -> None:
    """The console script: `main`, then an exit that skips tearing down the interpreter.

    Everything is written and closed by then; what is left is freeing the catalog's objects one
    by one, which takes a tenth of a second per 5,000 articles (a quarter of a one-edit rebuild
    of a 10,000-article archive). `main` itself returns normally, for tests and embedding."""
    code = main()
    logging.shutdown()
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="briefing", description="Briefing Archive: raw news articles in, a searchable static archive out.")
    parser.add_argument("--version", action="version", version=f"briefing {__version__}")
    parser.add_argument("--debug", action="store_true", help="show tracebacks on errors")
    sub = parser.add_subparsers(metavar="COMMAND")
    # `--debug` also after the command; SUPPRESS keeps a sub-parser from resetting it to False.
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--debug", action="store_true", default=argparse.SUPPRESS,
                        help="show tracebacks on errors")

    p = sub.add_parser("ingest", parents=[common], help="normalize raw articles (.txt, .html, .md) into content/articles/",
                       description="Read raw articles and write normalized Markdown with front matter to "
                                   "CONTENT/articles/YYYY/slug.md. Re-ingesting is idempotent; files an author "
                                   "edited are never overwritten.")
    p.add_argument("paths", nargs="+", metavar="PATH", help="files, folders, globs, or - for standard input")
    p.add_argument("--content", default="content", help="archive content folder (default: content)")
    p.add_argument("--name", help="file name to record for standard input (e.g. note.txt)")
    p.add_argument("--dry-run", action="store_true", help="show what would change, write nothing")
    p.add_argument("--quiet", "-q", action="store_true", help="print only problems and the summary")
    p.set_defaults(func=cmd_ingest)

    p = sub.add_parser("build", parents=[common], help="ingest the inbox, build the site and its search index",
                       description="Ingest what waits in the inbox, then build the site with MkDocs and "
                                   "index it with Pagefind (one bundle per year, or per part of a busy year). "
                                   "With .cache/ and the last site in place, only what changed is rebuilt: "
                                   "nothing when no input changed, the pages and search bundles an edit "
                                   "touches when only articles "
                                   "changed (edited, added, removed). The previous site stays intact if the "
                                   "build fails.")
    p.add_argument("-f", "--config-file", default=DEFAULT_CONFIG, help="MkDocs config (default: mkdocs.yml)")
    p.add_argument("--inbox", default="inbox", help="raw-input folder to ingest first (default: inbox)")
    p.add_argument("--no-ingest", action="store_true", help="build from content/ only")
    p.add_argument("-d", "--site-dir", help="output folder (default: site_dir of the config)")
    p.add_argument("--strict", action="store_true", help="fail on warnings (broken links...)")
    p.set_defaults(func=cmd_build)

    p = sub.add_parser("serve", parents=[common], help="preview with live reload on http://127.0.0.1:8000",
                       description="Ingest the inbox, serve the site with live reload, and ingest new files "
                                   "dropped into the inbox while serving. A change rebuilds only the pages "
                                   "and search years it touches (a template or config change: all).")
    p.add_argument("-f", "--config-file", default=DEFAULT_CONFIG)
    p.add_argument("-a", "--dev-addr", default="127.0.0.1:8000", help="address (default: 127.0.0.1:8000)")
    p.add_argument("--inbox", default="inbox", help="raw-input folder to watch (default: inbox)")
    p.set_defaults(func=cmd_serve)

    p = sub.add_parser("check", parents=[common], help="report broken front matter, date conflicts and unknown names",
                       description="Validate every article and the registries; list date conflicts and "
                                   "names that look like people but are not in the registry.")
    p.add_argument("--content", default="content", help="archive content folder (default: content)")
    p.set_defaults(func=cmd_check)

    p = sub.add_parser("new", parents=[common], help="start a hand-written briefing with correct front matter")
    p.add_argument("title")
    p.add_argument("--content", default="content", help="archive content folder (default: content)")
    p.add_argument("--date", help="ISO date (default: today)")
    p.add_argument("--people", default="", help="comma-separated names")
    p.add_argument("--topics", default="", help="comma-separated topics")
    p.set_defaults(func=cmd_new)
    return parser


# ---- ingest ------------------------------------------------------------------------------------


def _print_outcome(name, outcome, article, quiet=False) -> None:
    if quiet and outcome.status not in ("failed", "skipped-edited"):
        return
    target = f" → {outcome.path.as_posix()}" if outcome.path else ""
    why = f": {outcome.message}" if outcome.message else ""
    stream = sys.stderr if outcome.status == "failed" else sys.stdout
    print(f"{outcome.status:<15} {name}{target}{why}", file=stream)
    if article is not None and outcome.status in ("new", "updated"):
        for warning in article.warnings:
            print(f"{'':15} warning: {warning}")


def run_ingest(paths, content: Path, dry_run=False, quiet=False, debug=False):
    from .ingest.pipeline import ingest_paths
    from .registry import load_registry

    registry = load_registry(content / "registry")
    progress = Progress()

    def on_result(name, outcome, article):
        progress.clear()
        _print_outcome(name, outcome, article, quiet)
        progress.step(name)

    report = ingest_paths(paths, content, registry, dry_run=dry_run, debug=debug,
                          on_result=on_result, on_start=progress.start)
    progress.clear()
    print(("dry run: " if dry_run else "") + report.summary())
    return report


class Progress:
    """A one-line `[12/340] file` counter on a terminal's stderr for long runs; silent otherwise."""

    def __init__(self, stream=sys.stderr, minimum: int = 20):
        self.stream, self.minimum = stream, minimum
        self.total = self.done = 0
        self.active = False

    def start(self, total: int) -> None:
        self.total = total
        self.active = total >= self.minimum and self.stream.isatty()

    def step(self, name: str) -> None:
        self.done += 1
        if self.active:
            self.stream.write(f"\r[{self.done}/{self.total}] {name[-60:]}\x1b[K")
            self.stream.flush()

    def clear(self) -> None:
        if self.active:
            self.stream.write("\r\x1b[K")
            self.stream.flush()


def cmd_ingest(args) -> int:
    from .lock import archive_lock

    content = Path(args.content)
    with archive_lock(content, "briefing ingest"):
        if args.paths == ["-"]:
            return _ingest_stdin(args, content)
        report = run_ingest(args.paths, content, args.dry_run, args.quiet, debug=args.debug)
    return 1 if report.failed else 0


def _ingest_stdin(args, content: Path) -> int:
    from .ingest.pipeline import ingest_stdin
    from .registry import load_registry

    if not args.name:
        raise BriefingError("standard input needs --name (e.g. --name note.txt) to pick a reader")
    from .ingest.readers import MAX_BYTES, too_large_message

    data = sys.stdin.buffer.read(MAX_BYTES + 1)
    if len(data) > MAX_BYTES:
        raise BriefingError(too_large_message(len(data)) + " (or more)", args.name)
    outcome, article = ingest_stdin(data, args.name, content,
                                    load_registry(content / "registry"), dry_run=args.dry_run)
    _print_outcome(args.name, outcome, article)
    return 0


# ---- build and serve ---------------------------------------------------------------------------


def _load_mkdocs_config(config_file: str, **overrides):
    from mkdocs.config import load_config
    from mkdocs.exceptions import ConfigurationError

    if not Path(config_file).is_file():
        raise BriefingError("no MkDocs config here (run from the archive folder or pass -f)", config_file)
    try:
        return load_config(config_file, **overrides)
    except ConfigurationError as exc:
        raise BriefingError(f"invalid configuration: {exc}", config_file) from None


def cmd_build(args) -> int:
    _quiet_mkdocs_logs()
    cfg = _load_mkdocs_config(args.config_file, strict=args.strict or None)
    content = Path(cfg.docs_dir)
    final = Path(args.site_dir or cfg.site_dir)
    try:
        return _build_site(args, cfg, content, final)
    finally:
        gc.unfreeze()  # the build's objects, left out of the collector's sight (plugin.py, on_config)


def _build_site(args, cfg, content: Path, final: Path) -> int:
    """Ingest the inbox, then the whole site or an update of it (see `_BuildStamps`)."""
    from .lock import archive_lock

    failed_inputs = 0
    with archive_lock(content, "briefing build"):
        _recover_interrupted_swap(final)
        if not args.no_ingest and Path(args.inbox).is_dir():
            failed_inputs = run_ingest([args.inbox], content, quiet=True, debug=args.debug).failed
        started = time.perf_counter()
        stamps = _BuildStamps.of(cfg, args, final)
        if stamps and stamps.site_is_current():
            print(f"{final}/ is up to date: nothing changed since the last build")
            return 1 if failed_inputs else 0
        patch = stamps.patch() if stamps else None
        if stamps:
            stamps.forget()  # recorded again only once this build has succeeded
        plugin = cfg.plugins.get("briefing")
        if patch is not None:
            # Only what changed, written into an empty folder that is then laid over the site.
            target = final.with_name(f".{final.name}.patch")
            plugin.patch = patch
        else:
            # Build beside the target, then swap: a failed build leaves the previous site intact.
            target = final.with_name(f".{final.name}.building")
        shutil.rmtree(target, ignore_errors=True)
        cfg["site_dir"] = str(target.resolve())  # the plugins read it at build time
        _run_mkdocs_build(cfg, args, target, dirty=patch is not None)
        if patch is not None:
            touched = _lay_over(target, final, gone=[uri for uri in patch.previous if uri not in plugin.page_keys])
            stamps.site.refresh(*touched)
        else:
            _swap(target, final)
            if stamps:
                stamps.site = None  # a new site: scanned when recorded
        if stamps:
            stamps.record(plugin.page_keys, plugin.linking(), plugin.article_stamps())
    kind = "updated" if patch is not None else "built"
    print(f"{kind} {final}/ in {time.perf_counter() - started:.1f}s")
    if failed_inputs:
        print(f"error: {failed_inputs} inbox file(s) could not be ingested (see above); "
              "the site was built without them", file=sys.stderr)
        return 1
    return 0


def _run_mkdocs_build(cfg, args, target: Path, dirty: bool) -> None:
    from mkdocs.commands.build import build

    errors = _MkDocsErrors()
    try:
        with errors, _DirtyNotice(dirty):
            cfg.plugins.on_startup(command="build", dirty=dirty)
            try:
                build(cfg, dirty=dirty)
            finally:
                cfg.plugins.on_shutdown()
    except BaseException as exc:
        shutil.rmtree(target, ignore_errors=True)
        if args.debug or not isinstance(exc, Exception):
            errors.replay()
            raise
        raise _build_error(exc, args.config_file, errors.messages) from None


class _BuildStamps:
    """The stamps that decide how much a build has to do: nothing (every input as the last build
    had it, and its site untouched), an incremental update (the same frame: code, config,
    templates, registries — only articles changed: edited, added or removed), or all."""

    def __init__(self, cache_dir: Path, inputs: str, frame: str, final: Path):
        from .cache import last_build

        self.cache_dir, self.inputs, self.frame, self.final = cache_dir, inputs, frame, final
        self.last = last_build(cache_dir)
        self.site = None  # SiteStamps of `final`, once looked at

    @classmethod
    def of(cls, cfg, args, final: Path) -> "_BuildStamps | None":
        """None when the build cache is off. Inputs: config, content, templates, code, build
        date (MkDocs writes it into the sitemap, which an incremental build always rewrites)."""
        import os

        from mkdocs.utils import get_build_date

        from .cache import build_and_frame_stamps

        plugin = cfg.plugins.get("briefing")
        if plugin is None or not plugin.config.cache:
            return None
        cache_dir = Path(cfg.config_file_path).parent / ".cache"
        inputs = [cfg.config_file_path, cfg.docs_dir, *cfg.theme.dirs, plugin.config.page_templates]
        settings = [f"strict={args.strict}", f"site={final.resolve()}",
                    f"SOURCE_DATE_EPOCH={os.environ.get('SOURCE_DATE_EPOCH')}"]
        articles = Path(cfg.docs_dir) / plugin.config.articles_dir
        stamp, frame = build_and_frame_stamps(inputs, settings, [f"date={get_build_date()}"], articles)
        return cls(cache_dir, stamp, frame, final)

    def _site_is_intact(self) -> bool:
        """The site is the one the last build left (no file added, removed or touched since)."""
        from .cache import SiteStamps

        if not self.last or not self.final.is_dir():
            return False
        if self.site is None:
            self.site = SiteStamps(self.final)
        return self.last.get("site") == self.site.digest()

    def site_is_current(self) -> bool:
        return self.last.get("inputs") == self.inputs and self._site_is_intact()

    def patch(self):
        """An incremental build over the last site, when its frame is this build's."""
        from .changes import Patch, load_keys

        if self.last.get("frame") != self.frame or not self._site_is_intact():
            return None
        previous, linking, articles = load_keys(self.cache_dir)
        return Patch(self.final.resolve(), previous, linking, articles) if previous else None

    def forget(self) -> None:
        from .cache import forget_build
        from .changes import forget_keys

        forget_build(self.cache_dir)
        forget_keys(self.cache_dir)

    def record(self, page_keys: dict[str, str], linking: dict[str, bool],
               articles: dict[str, list[str]]) -> None:
        from .cache import record_build
        from .changes import save_keys

        save_keys(self.cache_dir, page_keys, linking, articles)
        record_build(self.cache_dir, self.inputs, self.final, self.frame, self.site)


class _DirtyNotice(logging.Filter):
    """MkDocs warns that a `--dirty` build may leave stale navigation; an incremental build
    decides what to rebuild from page keys instead (see changes.py), so the warning is wrong
    here — and under --strict it would abort the build."""

    def __init__(self, active: bool):
        super().__init__()
        self.active = active

    def filter(self, record: logging.LogRecord) -> bool:
        return not record.getMessage().startswith("A 'dirty' build is being performed")

    def __enter__(self):
        if self.active:
            logging.getLogger("mkdocs.commands.build").addFilter(self)
        return self

    def __exit__(self, *exc_info):
        logging.getLogger("mkdocs.commands.build").removeFilter(self)


class _MkDocsErrors(logging.Filter):
    """Holds back MkDocs' ERROR log lines during a build: the failure is then told once, in
    briefing's own one-line error, instead of MkDocs' line followed by a bare "Aborted"."""

    def __init__(self):
        super().__init__()
        self.records: list[logging.LogRecord] = []

    @property
    def messages(self) -> list[str]:
        return [r.getMessage() for r in self.records]

    def filter(self, record: logging.LogRecord) -> bool:
        if record.levelno >= logging.ERROR and record.name.startswith("mkdocs"):
            self.records.append(record)
            return False
        return True

    def __enter__(self):
        for handler in logging.getLogger().handlers:
            handler.addFilter(self)
        return self

    def __exit__(self, *exc_info):
        for handler in logging.getLogger().handlers:
            handler.removeFilter(self)

    def replay(self) -> None:
        for record in self.records:
            logging.getLogger(record.name).handle(record)


def _build_error(exc: Exception, config_file: str, logged: list[str] = ()) -> BriefingError:
    """One line naming what broke (a template and its line, an article, a plugin's message...)."""
    import jinja2
    from mkdocs.exceptions import Abort, MkDocsException

    if isinstance(exc, jinja2.TemplateSyntaxError):
        where = _relative_to_cwd(exc.filename) if exc.filename else exc.name or config_file
        return BriefingError(f"build failed, previous site kept: template error: {exc.message}",
                             where, exc.lineno)
    if isinstance(exc, jinja2.TemplateError):
        return BriefingError(f"build failed, previous site kept: template error: {exc}", config_file)
    if isinstance(exc, Abort) and logged:  # MkDocs logged the cause, then raised a bare Abort
        return BriefingError("build failed, previous site kept: " + "\n".join(logged))
    if isinstance(exc, (MkDocsException, BriefingError)):
        return BriefingError(f"build failed, previous site kept: {exc}", config_file)
    return BriefingError(f"build failed, previous site kept: internal error "
                         f"({type(exc).__name__}: {exc}); --debug shows the traceback", config_file)


def _relative_to_cwd(path: str) -> str:
    try:
        return Path(path).resolve().relative_to(Path.cwd().resolve()).as_posix()
    except ValueError:
        return path


def _swap(staging: Path, final: Path) -> None:
    """Replace `final` by `staging` with two renames; the old site is deleted only afterwards."""
    old = final.with_name(f".{final.name}.old")
    shutil.rmtree(old, ignore_errors=True)
    if final.exists():
        final.rename(old)
    staging.rename(final)
    shutil.rmtree(old, ignore_errors=True)


def _lay_over(patch: Path, final: Path, gone: list[str]) -> tuple[list[str], list[str]]:
    """Move what an incremental build wrote into the site — each file with one atomic rename, a
    search bundle as a whole folder — then remove the outputs the build no longer makes.
    Returns the files and the folders of the site it changed."""
    import os

    from .search import BUNDLE

    files: list[str] = []
    folders: list[str] = []
    for path in sorted(patch.rglob("*")):
        rel = path.relative_to(patch)
        if path.is_dir() or (rel.parts[0] == BUNDLE and len(rel.parts) > 2):
            continue
        target = final / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        os.replace(path, target)
        files.append(rel.as_posix())
    for bundle in sorted(p for p in (patch / BUNDLE).glob("*") if p.is_dir()):
        _swap(bundle, final / BUNDLE / bundle.name)
        folders.append(f"{BUNDLE}/{bundle.name}")
    for uri in gone:
        path = final / uri
        if path.is_dir():
            shutil.rmtree(path)
            folders.append(uri)
        else:
            path.unlink(missing_ok=True)
            files.append(uri)
        for folder in path.parents:  # the folders of a removed page, if now empty
            if folder == final or not folder.is_dir() or any(folder.iterdir()):
                break
            folder.rmdir()
    shutil.rmtree(patch, ignore_errors=True)
    return files, folders


def _recover_interrupted_swap(final: Path) -> None:
    """If a build was killed between the two renames of `_swap`, put the previous site back; and
    remove the folders a killed build leaves beside the site (its Pagefind inputs)."""
    old = final.with_name(f".{final.name}.old")
    if old.is_dir() and not final.exists():
        old.rename(final)
        print(f"restored {final}/ left by an interrupted build", file=sys.stderr)
    for stale in final.parent.glob(".pagefind-*"):
        shutil.rmtree(stale, ignore_errors=True)


def _quiet_mkdocs_logs() -> None:
    logging.basicConfig(format="%(levelname)-7s -  %(message)s", level=logging.INFO)
    logging.getLogger("mkdocs").setLevel(logging.INFO)
    logging.getLogger("mkdocs.structure.pages").setLevel(logging.WARNING)


def cmd_serve(args) -> int:
    from mkdocs.commands.serve import serve

    _quiet_mkdocs_logs()
    cfg = _load_mkdocs_config(args.config_file)
    content = Path(cfg.docs_dir)
    inbox = Path(args.inbox)
    if inbox.is_dir():
        _locked_ingest([str(inbox)], content)
        threading.Thread(target=_watch_inbox, args=(inbox, content), daemon=True).start()
    from .plugin import BriefingPlugin

    # Each change rebuilds only the pages it touches: MkDocs' --dirty build, with our page keys
    # deciding what is modified (see plugin.py, `serving`).
    BriefingPlugin.serving = True
    # Called directly (not through Click) so live reload is on whatever Click version is installed.
    with _DirtyNotice(True):
        serve(config_file=args.config_file, livereload=True, dev_addr=args.dev_addr, build_type="dirty")
    return 0


def _locked_ingest(paths: list[str], content: Path):
    """Ingest while holding the archive lock, so a parallel `briefing ingest` cannot interleave."""
    from .lock import archive_lock

    with archive_lock(content, "briefing serve (ingesting the inbox)"):
        return run_ingest(paths, content, quiet=True)


def _watch_inbox(inbox: Path, content: Path, interval: float = 1.0) -> None:
    """Ingest files dropped into the inbox while serving; MkDocs then rebuilds on its own."""
    def stamps():
        return {p: p.stat().st_mtime for p in inbox.rglob("*") if p.is_file()}

    seen = stamps()
    while True:
        time.sleep(interval)
        now = stamps()
        changed = [str(p) for p, m in now.items() if seen.get(p) != m]
        seen = now
        if changed:
            try:
                _locked_ingest(changed, content)
            except BriefingError as exc:
                print(f"error: {exc}", file=sys.stderr)


# ---- check and new -----------------------------------------------------------------------------


def cmd_check(args) -> int:
    from .check import run_check

    return run_check(Path(args.content))


def cmd_new(args) -> int:
    from .ingest.store import write_atomic
    from .model import Article
    from .text import slugify

    try:
        when = dt.date.fromisoformat(args.date) if args.date else dt.date.today()
    except ValueError:
        raise BriefingError(f"--date {args.date!r} is not an ISO date like 2025-03-31") from None
    article = Article(
        title=args.title, date=when, people=[p.strip() for p in args.people.split(",") if p.strip()],
        topics=[t.strip() for t in args.topics.split(",") if t.strip()],
        summary="", body="Write the briefing here.", extractor="markdown",
    )
    slug = slugify(args.title) or "briefing"
    path = Path(args.content) / "articles" / str(when.year) / f"{slug}.md"
    from .lock import archive_lock
    from .model import render_markdown

    with archive_lock(Path(args.content), "briefing new"):
        if path.exists():
            raise BriefingError("already exists; choose another title", str(path))
        path.parent.mkdir(parents=True, exist_ok=True)
        write_atomic(path, render_markdown(article.front_matter(), article.body))
    print(f"created {path.as_posix()}")
    return 0


if __name__ == "__main__":
    run()
