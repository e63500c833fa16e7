"""Nothing injected: hostile article text never reaches the published pages as live markup.

The hostile inputs (tests/fixtures/bad/hostile/ plus the sample inbox's page with a script,
an onerror image, a javascript: link and an iframe) put payloads in the body, title, summary,
people, topics, source, author and url. Every payload sets `window.__pwned` or calls alert().
The built HTML is checked statically, then every page is opened in headless Chromium.
"""

from __future__ import annotations

import functools
import http.server
import re
import shutil
import threading
from html.parser import HTMLParser
from pathlib import Path

import pytest

from conftest import FIXTURES, briefing, copy_archive

pytestmark = pytest.mark.slow

HOSTILE = FIXTURES / "bad" / "hostile"
# The theme's own scripts, by file name; the one inline script is the colour-scheme snippet.
THEME_SCRIPTS = {"theme.js", "search.js"}
URL_ATTRIBUTES = {"href", "src", "action", "formaction", "data", "poster", "srcset", "background",
                  "cite", "ping", "xlink:href", "longdesc", "manifest", "icon"}
FORBIDDEN_TAGS = {"iframe", "frame", "frameset", "object", "embed", "applet", "base", "portal"}
# The theme draws charts (svg) and has a search form, but never inside an article.
FORBIDDEN_IN_ARTICLES = {"form", "svg", "math", "style", "input", "button", "textarea", "select"}
BAD_SCHEMES = re.compile(r"^(javascript|vbscript|data):", re.I)


@pytest.fixture(scope="module")
def hostile_site(tmp_path_factory):
    archive = copy_archive(tmp_path_factory.mktemp("hostile") / "archive")
    for path in HOSTILE.iterdir():
        shutil.copy(path, archive / "inbox" / path.name)
    result = briefing("build", cwd=archive)  # fails the test if any hostile input was refused
    assert "failed" not in result.stdout + result.stderr
    return archive / "site"


class Markup(HTMLParser):
    """Collects what could run: scripts, event handlers, dangerous URLs and elements."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.problems: list[str] = []
        self.inline_scripts: list[str] = []
        self._in_script = False
        self._in_article = 0

    def handle_starttag(self, tag, attrs):
        if tag == "script":
            src = dict(attrs).get("src")
            if src is None:
                self._in_script = True
            elif Path(src.split("?")[0]).name not in THEME_SCRIPTS:
                self.problems.append(f"foreign script src={src!r}")
        if tag in FORBIDDEN_TAGS:
            self.problems.append(f"<{tag}> element")
        if tag in FORBIDDEN_IN_ARTICLES and self._in_article:
            self.problems.append(f"<{tag}> inside the article")
        if tag == "meta" and "http-equiv" in dict(attrs):
            self.problems.append("<meta http-equiv>")
        if tag == "article":
            self._in_article += 1
        for name, value in attrs:
            name = name.lower()
            if name.startswith("on"):
                self.problems.append(f"<{tag} {name}=...> event handler")
            if name in URL_ATTRIBUTES and value and BAD_SCHEMES.match(re.sub(r"[\x00-\x20]", "", value)):
                self.problems.append(f"<{tag} {name}={value!r}>")
            if name == "style" and self._in_article:
                self.problems.append(f"<{tag} style={value!r}> inside the article")

    def handle_endtag(self, tag):
        if tag == "script":
            self._in_script = False
        if tag == "article" and self._in_article:
            self._in_article -= 1

    def handle_data(self, data):
        if self._in_script:
            self.inline_scripts.append(data.strip())


def pages(site: Path) -> list[Path]:
    return sorted(p for p in site.rglob("*.html") if "pagefind" not in p.parts)


def test_the_hostile_articles_were_published(hostile_site):
    """The payload-carrying pages exist, so the checks below look at real hostile output."""
    text = "\n".join(p.read_text("utf-8") for p in pages(hostile_site))
    assert "Ceasefire talks resume" in text
    assert "Drone sightings close airport" in text
    assert "Minister visits front-line city" in text
    assert "Hostile Person" in text  # the person page made from a hostile name
    # The payload text is shown as text: escaped, never as markup.
    assert "&lt;script&gt;window.__pwned" in text


def test_no_page_carries_live_markup(hostile_site):
    problems, inline = {}, set()
    for path in pages(hostile_site):
        parser = Markup()
        parser.feed(path.read_text("utf-8"))
        if parser.problems:
            problems[path.relative_to(hostile_site).as_posix()] = sorted(set(parser.problems))
        inline.update(parser.inline_scripts)
    assert problems == {}
    # Only the theme's own inline script, identical on every page and free of payloads.
    assert len(inline) == 1 and "__pwned" not in next(iter(inline)) and "alert" not in next(iter(inline))


def test_no_javascript_url_anywhere_in_the_html(hostile_site):
    for path in pages(hostile_site):
        html = path.read_text("utf-8")
        assert not re.search(r"""(href|src|action)\s*=\s*["']?\s*javascript:""", html, re.I), path


@pytest.fixture(scope="module")
def hostile_url(hostile_site):
    handler = functools.partial(QuietHandler, directory=str(hostile_site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}/"
    server.shutdown()
    server.server_close()


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


@pytest.mark.browser
def test_no_script_runs_in_chromium(hostile_site, hostile_url, page):
    dialogs = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    visited = 0
    for path in pages(hostile_site):
        uri = path.relative_to(hostile_site).as_posix()
        page.goto(hostile_url + uri, wait_until="load")
        page.wait_for_timeout(50)  # let onerror/onload handlers of broken images fire
        pwned = page.evaluate("() => window.__pwned")
        assert pwned is None, f"{uri}: payload ran ({pwned!r})"
        visited += 1
    assert visited >= 10
    assert dialogs == []


def searched(page, address: str) -> None:
    page.goto(address, wait_until="load")
    page.wait_for_selector("#search[data-state=done]", timeout=20_000)


@pytest.mark.browser
def test_search_results_for_hostile_articles_run_no_script(hostile_url, page):
    dialogs = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    for query in ("ceasefire", "drone sightings", "front-line", "pwned", "script", "onerror"):
        for sort in ("newest", "relevance"):
            searched(page, hostile_url + f"search/?q={query}&sort={sort}")
            page.wait_for_timeout(50)  # let onerror/onload handlers of broken images fire
            assert page.evaluate("() => window.__pwned") is None, query
    searched(page, hostile_url + "search/?q=ceasefire&sort=relevance")
    results = page.locator("#search-results > li")
    assert results.count() >= 1
    # Hostile titles and sources are shown as text in the results: the markup is visible, not live.
    titles = page.locator("#search-results a.briefing-title").all_text_contents()
    assert any('<script>window.__pwned = "title"' in t for t in titles), titles
    sources = page.locator("#search-results .source").all_text_contents()
    assert any("<script>" in s for s in sources), sources
    # Hostile names are listed as filters, shown as text as well.
    labels = page.locator(".search-filter label").all_text_contents()
    assert any("<img src=x onerror=" in t and "Hostile Person" in t for t in labels), labels
    assert any("<iframe" in t for t in labels) and any("Harbour <b onmouseover" in t for t in labels), labels
    assert page.locator("#search img, #search iframe, #search svg, #search script, #search b").count() == 0
    assert page.evaluate("() => window.__pwned") is None
    assert dialogs == []
    assert not page.console_errors, page.console_errors


@pytest.mark.browser
def test_a_hostile_name_in_the_address_is_a_filter_not_markup(hostile_site, hostile_url, page):
    """person=<label> maps to the value Pagefind stores through the manifest (they differ for
    names with HTML-special characters) and finds the hostile person's article."""
    import json
    import urllib.parse

    manifest = json.loads((hostile_site / "pagefind" / "bundles.json").read_text("utf-8"))
    hostile = next(e for e in manifest["filters"]["person"] if "Hostile Person" in e["label"])
    assert hostile["value"] != hostile["label"]  # the case this test is about
    searched(page, hostile_url + "search/?person=" + urllib.parse.quote(hostile["label"]))
    assert page.inner_text("#search-status").startswith(f"{hostile['count']} result")
    assert page.locator(".search-filter input:checked").count() == 1
    assert page.locator("#search-results > li").count() == hostile["count"]
    assert page.locator("#search img").count() == 0
    assert page.evaluate("() => window.__pwned") is None
