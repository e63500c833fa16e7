"""The built sample site as files: links, sub-path safety, meta tags, sitemap, robots, accessibility.

Everything here reads `site/` of the sample archive built once per session (see conftest).
"""

from __future__ import annotations

import html.parser
import json
import re
import urllib.parse
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

import pytest
import yaml

pytestmark = pytest.mark.slow

LINK_ATTRS = {"a": "href", "link": "href", "script": "src", "img": "src", "source": "src",
              "iframe": "src", "form": "action"}


@dataclass
class ParsedPage:
    links: list[tuple[str, str, dict]] = field(default_factory=list)  # (tag, url, attrs)
    ids: set[str] = field(default_factory=set)
    headings: list[int] = field(default_factory=list)
    landmarks: list[str] = field(default_factory=list)
    metas: dict[str, str] = field(default_factory=dict)


class _Parser(html.parser.HTMLParser):
    def __init__(self):
        super().__init__()
        self.page = ParsedPage()

    def handle_starttag(self, tag, attrs):
        attrs = {k: v or "" for k, v in attrs}
        if "id" in attrs:
            self.page.ids.add(attrs["id"])
        if tag in LINK_ATTRS and LINK_ATTRS[tag] in attrs:
            self.page.links.append((tag, attrs[LINK_ATTRS[tag]], attrs))
        if re.fullmatch(r"h[1-6]", tag):
            self.page.headings.append(int(tag[1]))
        if tag in ("header", "nav", "main", "footer"):
            self.page.landmarks.append(tag)
        if tag == "meta":
            key = attrs.get("property") or attrs.get("name")
            if key:
                self.page.metas[key] = attrs.get("content", "")


def parse(path: Path) -> ParsedPage:
    parser = _Parser()
    parser.feed(path.read_text("utf-8"))
    return parser.page


@pytest.fixture(scope="module")
def site_config(sample_archive) -> dict:
    return yaml.safe_load((sample_archive / "mkdocs.yml").read_text("utf-8"))


@pytest.fixture(scope="module")
def pages(sample_site) -> dict[str, ParsedPage]:
    """Every HTML page of the built site, parsed, by its path relative to site/."""
    return {p.relative_to(sample_site).as_posix(): parse(p) for p in sorted(sample_site.rglob("*.html"))}


def is_external(url: str) -> bool:
    scheme = urllib.parse.urlsplit(url).scheme
    return scheme in ("http", "https", "mailto", "tel", "data", "javascript") or url.startswith("//")


def resolve(site: Path, page: str, url: str) -> tuple[Path, str]:
    """The file a relative link from `page` points to, and its fragment."""
    parts = urllib.parse.urlsplit(url)
    target = urllib.parse.urljoin("/" + page, urllib.parse.unquote(parts.path)) if parts.path else "/" + page
    path = site / target.lstrip("/")
    if target.endswith("/") or path.is_dir():
        path = path / "index.html"
    return path, parts.fragment


def test_the_site_has_the_pages_a_reader_expects(sample_site, pages):
    assert "index.html" in pages and "404.html" in pages
    for section in ("people", "topics", "sources", "archive", "search"):
        assert f"{section}/index.html" in pages, section
    assert any(re.fullmatch(r"people/[a-z0-9-]+/index\.html", p) for p in pages)
    assert any(re.fullmatch(r"topics/[a-z0-9-]+/index\.html", p) for p in pages)
    assert any(re.fullmatch(r"archive/\d{4}/\d{2}/index\.html", p) for p in pages), "month pages"
    manifest = json.loads((sample_site / "pagefind" / "bundles.json").read_text("utf-8"))
    keys = [b["key"] for b in manifest["bundles"]]
    assert keys[:-1] == sorted(keys[:-1], reverse=True) and keys[-1] == "undated"  # newest first
    for key in keys:
        assert (sample_site / "pagefind" / key / "pagefind.js").is_file()
        assert not (sample_site / "pagefind" / key / "pagefind-ui.js").exists()


def test_no_broken_internal_link_anywhere(sample_site, pages, site_config):
    """Every href/src of every page (404 aside) resolves to a file, and every #fragment to an id."""
    broken = []
    for page, parsed in pages.items():
        if page == "404.html":
            continue
        for tag, url, attrs in parsed.links:
            if not url or is_external(url) or attrs.get("rel") == "canonical":
                continue
            path, fragment = resolve(sample_site, page, url)
            if not path.is_file():
                broken.append(f"{page}: <{tag}> {url} → missing {path.relative_to(sample_site)}")
            elif fragment and path.suffix == ".html":
                target = pages.get(path.relative_to(sample_site).as_posix())
                if target is not None and fragment not in target.ids:
                    broken.append(f"{page}: <{tag}> {url} → no id '{fragment}'")
    assert not broken, "\n".join(broken[:40])


def test_no_absolute_link_except_canonical(pages, site_config):
    """The site must work under any sub-path: only canonical/og:url may name site_url."""
    offenders = []
    for page, parsed in pages.items():
        if page == "404.html":
            continue
        for tag, url, attrs in parsed.links:
            if attrs.get("rel") == "canonical":
                assert url.startswith(site_config["site_url"]), (page, url)
                continue
            if url.startswith("/") or url.startswith(site_config["site_url"]):
                offenders.append(f"{page}: <{tag}> {url}")
    assert not offenders, "\n".join(offenders[:40])


def test_404_page_links_through_the_sub_path_of_site_url(sample_site, pages, site_config):
    """GitHub Pages serves 404.html at any depth, so its links are absolute under site_url's path."""
    prefix = urllib.parse.urlsplit(site_config["site_url"]).path
    local = [(t, u) for t, u, a in pages["404.html"].links
             if not is_external(u) and not u.startswith("#") and a.get("rel") != "canonical"]
    assert local, "the 404 page links nowhere"
    for tag, url in local:
        assert url.startswith(prefix), f"404.html: <{tag}> {url} does not start with {prefix}"
        path, _ = resolve(sample_site, "404.html", "/" + url[len(prefix):])
        assert path.is_file(), f"404.html: {url} → missing {path}"


def test_canonical_and_open_graph_meta_on_articles(sample_site, pages, site_config):
    articles = {p: v for p, v in pages.items() if p.startswith("articles/")}
    assert articles
    for page, parsed in articles.items():
        expected = site_config["site_url"] + page[: -len("index.html")]
        canonical = [u for t, u, a in parsed.links if a.get("rel") == "canonical"]
        assert canonical == [expected], page
        assert parsed.metas.get("og:url") == expected, page
        assert parsed.metas.get("og:type") == "article", page
        assert parsed.metas.get("og:title"), page
        assert parsed.metas.get("twitter:card") == "summary", page
        assert "description" in parsed.metas, page


def test_sitemap_lists_every_page_under_site_url(sample_site, pages, site_config):
    tree = ET.parse(sample_site / "sitemap.xml")
    ns = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}
    locs = {loc.text for loc in tree.getroot().findall("s:url/s:loc", ns)}
    for page in pages:
        if page == "404.html":
            continue
        assert site_config["site_url"] + page[: -len("index.html")] in locs, page


def test_robots_txt_allows_crawling_and_names_the_sitemap(sample_site, site_config):
    robots = (sample_site / "robots.txt").read_text("utf-8")
    assert re.search(r"^User-agent: \*$", robots, re.M)
    assert not re.search(r"^Disallow: /\s*$", robots, re.M)
    assert f"Sitemap: {site_config['site_url']}sitemap.xml" in robots


def test_every_page_has_landmarks_one_h1_and_no_skipped_heading_level(pages):
    problems = []
    for page, parsed in pages.items():
        for landmark in ("header", "nav", "main", "footer"):
            if landmark not in parsed.landmarks:
                problems.append(f"{page}: no <{landmark}>")
        if parsed.headings.count(1) != 1:
            problems.append(f"{page}: {parsed.headings.count(1)} <h1>")
        for before, after in zip(parsed.headings, parsed.headings[1:]):
            if after > before + 1:
                problems.append(f"{page}: h{before} followed by h{after}")
                break
    assert not problems, "\n".join(problems[:40])


def test_article_header_links_people_topics_and_source(sample_site, pages):
    """Each article page names its date and links its people and topics to their pages."""
    checked = 0
    for page in (p for p in pages if p.startswith("articles/")):
        text = (sample_site / page).read_text("utf-8")
        header = text.split('<header class="article-header">', 1)[1].split("</header>", 1)[0]
        assert "<h1" in header
        for section in ("people", "topics"):
            for url in re.findall(rf'class="tags {section}".*?</p>', header, re.S):
                hrefs = re.findall(r'href="([^"]+)"', url)
                assert hrefs and all(f"/{section}/" in "/" + h for h in hrefs), (page, hrefs)
                checked += 1
    assert checked, "no article lists people or topics"


# ---- colours -----------------------------------------------------------------------------------


def _luminance(hex_colour: str) -> float:
    rgb = [int(hex_colour[i:i + 2], 16) / 255 for i in (1, 3, 5)]
    lin = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in rgb]
    return 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2]


def contrast(a: str, b: str) -> float:
    la, lb = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def _palettes(css: str) -> dict[str, dict[str, str]]:
    """The colour variables of the light palette (:root) and of the dark one ([data-theme=dark])."""
    def variables(block: str) -> dict[str, str]:
        return dict(re.findall(r"--([a-z-]+):\s*(#[0-9a-fA-F]{6})", block))

    light = re.search(r":root\s*\{(.*?)\}", css, re.S).group(1)
    dark = re.search(r':root\[data-theme="dark"\]\s*\{(.*?)\}', css, re.S).group(1)
    return {"light": variables(light), "dark": variables(dark)}


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_text_colours_meet_wcag_aa_contrast(sample_site, scheme):
    palette = _palettes((sample_site / "assets" / "style.css").read_text("utf-8"))[scheme]
    for fg in ("fg", "muted", "accent"):
        assert contrast(palette[fg], palette["bg"]) >= 4.5, (scheme, fg)
        assert contrast(palette[fg], palette["chip"]) >= 4.5, (scheme, fg, "on chips")
    assert contrast(palette["accent-fg"], palette["accent"]) >= 4.5, (scheme, "button text")


def test_print_stylesheet_hides_navigation(sample_site):
    css = (sample_site / "assets" / "style.css").read_text("utf-8")
    printed = re.search(r"@media print\s*\{(.*?)\n\}", css, re.S)
    assert printed and ".site-header" in printed.group(1) and "display: none" in printed.group(1)


def test_summary_box_only_when_it_is_not_the_lead_paragraph_again(sample_site):
    """Ingest takes the lede as summary: the page shows it once. An author's own summary shows."""
    def summary_box(path: str) -> bool:
        return 'class="summary"' in (sample_site / path).read_text("utf-8")

    # summary = the lede, whose apostrophes smarty curls in the body
    assert not summary_box("articles/2025/rubio-cancels-meeting-with-eu-s-kallas-during-washington-visit/index.html")
    # an author's note with its own summary
    assert summary_box("articles/2025/note-where-nato-eu-cooperation-actually-stands/index.html")
