"""`briefing serve`: starts on 127.0.0.1, serves the archive, rebuilds when an article, a registry
or a template changes. Each wait is bounded; the server is stopped after."""

from __future__ import annotations

import re
import shutil
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.request

import pytest

from conftest import _free_port, copy_archive, site_prefix

pytestmark = pytest.mark.slow

WAIT = 90  # seconds: an upper bound for a rebuild on a slow CI machine, not a speed requirement


def fetch(url: str) -> str | None:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.read().decode("utf-8")
    except (urllib.error.URLError, ConnectionError, TimeoutError):
        return None


def wait_for(url: str, predicate, server: subprocess.Popen, what: str) -> str:
    deadline = time.monotonic() + WAIT
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise AssertionError(f"briefing serve exited ({server.returncode}) while waiting for {what}:\n"
                                 + server.stdout.read())
        text = fetch(url)
        if text is not None and predicate(text):
            return text
        time.sleep(0.5)
    raise AssertionError(f"{what}: not seen at {url} within {WAIT}s")


@pytest.fixture()
def served(tmp_path, sample_archive):
    """`briefing serve` on a free port over a copy of the built sample archive; stopped after."""
    archive = copy_archive(tmp_path / "archive")
    shutil.rmtree(archive / "content")
    shutil.copytree(sample_archive / "content", archive / "content")
    port = _free_port()
    server = subprocess.Popen([sys.executable, "-m", "generator.cli", "serve", "-a", f"127.0.0.1:{port}"],
                              cwd=archive, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    base = f"http://127.0.0.1:{port}{site_prefix(archive)}/"
    try:
        yield archive, base, server
    finally:
        server.send_signal(signal.SIGINT)
        try:
            server.wait(timeout=20)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()


def test_serve_rebuilds_on_article_registry_and_template_changes(served):
    archive, base, server = served
    home = wait_for(base, lambda t: "<h1>" in t, server, "the home page")
    assert re.search(r'class="briefing-title"', home)

    # The newest article's title changes → the home page lists the new title.
    newest = re.search(r'class="briefing-title" href="(articles/[^"]+)/"', home).group(1)
    article = archive / "content" / f"{newest}.md"
    text = article.read_text("utf-8")
    article.write_text(re.sub(r"^title: .*$", "title: Freshly retitled briefing", text, count=1, flags=re.M),
                       "utf-8")
    wait_for(base, lambda t: "Freshly retitled briefing" in t, server, "the edited article title")

    # A body edit → that page shows it (a --dirty rebuild of the pages it touches).
    article.write_text(article.read_text("utf-8") + "\nA served-body marker sentence.\n", "utf-8")
    wait_for(base + newest + "/", lambda t: "served-body marker" in t, server, "the body edit")

    # A removed article → its page is gone from the served site.
    gone = sorted((archive / "content" / "articles").glob("*/*.md"))[0]
    gone_url = base + gone.relative_to(archive / "content").with_suffix("").as_posix() + "/"
    assert fetch(gone_url) is not None
    gone.unlink()
    deadline = time.monotonic() + WAIT
    while fetch(gone_url) is not None and time.monotonic() < deadline:
        time.sleep(0.5)
    assert fetch(gone_url) is None, "the removed article is still served"

    # A registry change → the person page shows the new description.
    people = archive / "content" / "registry" / "people.yml"
    people.write_text(people.read_text("utf-8").replace(
        "  - name: Kaja Kallas\n", "  - name: Kaja Kallas\n    description: Served-registry marker.\n"), "utf-8")
    wait_for(base + "people/kaja-kallas/", lambda t: "Served-registry marker." in t, server,
             "the registry change")

    # A page template change → the home page shows it.
    home_template = archive / "templates" / "pages" / "home.html.j2"
    home_template.write_text(home_template.read_text("utf-8") + "\n<p>Served-template marker</p>\n", "utf-8")
    wait_for(base, lambda t: "Served-template marker" in t, server, "the template change")

