"""Shared fixtures: paths, the registry, a built sample site, a local server, headless Chromium."""

from __future__ import annotations

import datetime as dt
import functools
import http.server
import shutil
import socket
import subprocess
import sys
import threading
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT.parent / "shared" / "seeds"
FIXTURES = ROOT / "tests" / "fixtures"
ARTIFACTS = ROOT / "test-artifacts"
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


TODAY = dt.date(2026, 11, 26)  # fixed, so that year inference in ingest tests is deterministic


def ingest_text(text: str, registry, name: str = "note.txt"):
    """Ingest a raw text as if read from a file called `name`."""
    from generator.ingest.pipeline import ingest_bytes

    return ingest_bytes(text.encode("utf-8"), name, registry, today=TODAY)


@pytest.fixture(scope="session")
def registry():
    from generator.registry import load_registry

    return load_registry(ROOT / "content" / "registry")


def copy_archive(dest: Path, with_content: bool = False) -> Path:
    """A throwaway copy of the sample archive (inbox, registry, templates, mkdocs.yml)."""
    dest.mkdir(parents=True, exist_ok=True)
    shutil.copytree(ROOT / "inbox", dest / "inbox")
    shutil.copytree(ROOT / "templates", dest / "templates")
    shutil.copy(ROOT / "mkdocs.yml", dest / "mkdocs.yml")
    (dest / "content").mkdir()
    shutil.copytree(ROOT / "content" / "registry", dest / "content" / "registry")
    if with_content and (ROOT / "content" / "articles").is_dir():
        shutil.copytree(ROOT / "content" / "articles", dest / "content" / "articles")
    return dest


def briefing(*args: str, cwd: Path, check: bool = True, **kwargs) -> subprocess.CompletedProcess:
    """Run the `briefing` CLI as a user would, in `cwd`."""
    result = subprocess.run([sys.executable, "-m", "generator.cli", *args], cwd=cwd,
                            capture_output=True, text=True, **kwargs)
    if check and result.returncode != 0:
        raise AssertionError(f"briefing {' '.join(args)} failed ({result.returncode}):\n"
                             f"{result.stdout}\n{result.stderr}")
    return result


@pytest.fixture(scope="session")
def sample_archive(tmp_path_factory) -> Path:
    """The sample archive ingested from its inbox and built into `site/` (once per session)."""
    archive = copy_archive(tmp_path_factory.mktemp("archive") / "archive")
    briefing("build", cwd=archive)
    return archive


@pytest.fixture(scope="session")
def sample_site(sample_archive) -> Path:
    return sample_archive / "site"


class _SubPathHandler(http.server.SimpleHTTPRequestHandler):
    """Serves the site under /<prefix>/ only, like GitHub Pages serves a project site, and
    answers a missing path with the site's 404.html (status 404), as GitHub Pages does."""

    prefix = "/archive"

    def translate_path(self, path):
        if not path.startswith(self.prefix + "/"):
            return str(Path(self.directory) / "__outside_the_sub_path__")
        return super().translate_path(path[len(self.prefix):])

    def send_error(self, code, message=None, explain=None):
        page = Path(self.directory) / "404.html"
        if code != 404 or not page.is_file():
            return super().send_error(code, message, explain)
        body = page.read_bytes()
        self.send_response(404)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def log_message(self, *args):
        pass


def site_prefix(archive: Path) -> str:
    """The sub-path the site is published under: the path of `site_url` in its mkdocs.yml."""
    import urllib.parse

    import yaml

    config = yaml.safe_load((archive / "mkdocs.yml").read_text("utf-8"))
    path = urllib.parse.urlparse(config.get("site_url") or "").path.rstrip("/")
    return path or _SubPathHandler.prefix


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="session")
def site_url(sample_archive, sample_site):
    """Base URL of the built sample site served on 127.0.0.1 under the sub-path of its `site_url`
    (as GitHub Pages would serve it: the 404 page relies on that path); stopped after."""
    port = _free_port()
    prefix = site_prefix(sample_archive)
    handler = functools.partial(type("Handler", (_SubPathHandler,), {"prefix": prefix}),
                                directory=str(sample_site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", port), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{port}{prefix}/"
    server.shutdown()
    server.server_close()


@pytest.fixture(scope="session")
def browser():
    """Headless Debian Chromium driven by Playwright; skipped where Chromium is missing."""
    if not CHROMIUM:
        pytest.skip("chromium is not installed (make test installs it)")
    playwright = pytest.importorskip("playwright.sync_api")
    with playwright.sync_playwright() as p:
        chrome = p.chromium.launch(
            executable_path=CHROMIUM, headless=True,
            args=["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                  "--disable-component-update", "--disable-sync", "--no-first-run"],
        )
        yield chrome
        chrome.close()


@pytest.fixture()
def page(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.console_errors = []
    page.on("console", lambda m: m.type == "error" and page.console_errors.append(m.text))
    page.on("pageerror", lambda e: page.console_errors.append(str(e)))
    yield page
    context.close()


def save_screenshot(page, name: str) -> Path:
    ARTIFACTS.mkdir(exist_ok=True)
    path = ARTIFACTS / f"{name}.png"
    page.screenshot(path=str(path), full_page=False)
    return path
