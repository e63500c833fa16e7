"""The Article's Markdown + YAML form: strict, safe loading with errors that name file and line."""

from __future__ import annotations

import datetime as dt

import pytest

from generator.errors import FrontMatterError
from generator.model import Article, edited_since_ingest, load_yaml


def load(front_matter: str, body: str = "Body text.") -> Article:
    return Article.loads(f"---\n{front_matter}---\n\n{body}\n", "note.md")


@pytest.mark.parametrize("front_matter, message", [
    ("title: [open\n", "note.md:3: invalid YAML"),
    ("- a list\n- not a mapping\n", "note.md:2: front matter must be a mapping"),
    ("title: A\ntitle: B\n", "note.md:3: invalid YAML: duplicate key 'title'"),
    ("title: A\nx: !!python/object/new:os.system [echo hi]\n",
     "note.md:3: invalid YAML: the YAML tag !!python/object/new:os.system is not allowed"),
    ("title: A\nx: !custom thing\n", "the YAML tag !custom is not allowed"),
    ("title: A\nx: &a [1, 2]\ny: *a\n", "note.md:4: invalid YAML: aliases like *a are not allowed"),
    ("title: A\ndate: 2025-02-30\n", "note.md:3: invalid YAML: impossible date '2025-02-30'"),
    ("title: A\n? [a, b]\n: 1\n", "a key must be a plain value"),
    ("title: A\nx: " + "[" * 3000 + "]" * 3000 + "\n", "nested too deeply"),
    ("title: A\ndate: yesterday\n", "'date': must be an ISO date like 2025-03-31, not 'yesterday'"),
    ("title: A\npeople: Kaja Kallas\n", "'people': must be a list"),
    ("title: A\npeople: [Kaja Kallas, 42]\n", "'people': every entry must be non-empty text"),
    ("title: [A, B]\n", "'title': must be text, not list"),
    ("title: '   '\n", "'title': must not be empty"),
    ("date: 2025-01-01\n", "'title': is required"),
    ("title: A\ntranslated: perhaps\n", "'translated': must be true or false"),
])
def test_bad_front_matter_is_one_clear_error(front_matter, message):
    with pytest.raises(FrontMatterError) as error:
        load(front_matter)
    assert message in str(error.value)
    assert "\n" not in str(error.value)


def test_an_unclosed_bracket_points_at_where_it_was_opened():
    with pytest.raises(FrontMatterError, match=r"note.md:4: .*opened on line 3"):
        load("title: A\npeople: [Kaja Kallas\ntopics: [x]\n")


def test_missing_fences_are_reported_on_line_one():
    with pytest.raises(FrontMatterError, match=r"^note.md:1: no front matter"):
        Article.loads("title: A\n\nBody\n", "note.md")


def test_windows_line_endings_and_a_bom_are_accepted():
    article = Article.loads("\ufeff---\r\ntitle: Ünïcode\r\ndate: 2025-03-01\r\n---\r\n\r\nBody\r\n", "x.md")
    assert article.title == "Ünïcode" and article.date == dt.date(2025, 3, 1)


def test_numbers_and_datetimes_are_read_as_their_text_and_date():
    article = load("title: 1984\ndate: 2025-03-01 10:30:00\n")
    assert article.title == "1984" and article.date == dt.date(2025, 3, 1)


@pytest.mark.parametrize("text", [
    "line\x85break", "line\u2028separator", "carriage\rreturn", "ends with a newline\n",
    "two trailing\n\n", "\n", "  leading spaces", "'quotes' and \"doubles\"", "---", "...",
    "key: value", "# not a comment", "!!python/object", "*alias", "&anchor", "null", "true", "2025-01-01",
])
def test_awkward_strings_survive_the_round_trip(text):
    article = Article(title=f"T {text}", summary=text, people=[text.strip() or "x"], body="Body")
    again = Article.loads(article.dumps(), "x.md")
    assert (again.title, again.summary, again.people) == (article.title, article.summary, article.people)
    assert not edited_since_ingest(article.dumps())


def test_unknown_keys_are_kept_in_order():
    article = load("title: A\nsubtitle: More\nrating: 3\n")
    assert article.extra == {"subtitle": "More", "rating": 3}
    assert list(Article.loads(article.dumps(), "x.md").extra) == ["subtitle", "rating"]


def test_an_edit_after_ingest_is_detected():
    text = Article(title="A", body="Body").dumps()
    assert not edited_since_ingest(text)
    assert edited_since_ingest(text.replace("Body", "Body, edited"))
    assert edited_since_ingest(text.replace("ingest_checksum", "checksum"))


def test_load_yaml_is_safe_for_registries_too(tmp_path):
    marker = tmp_path / "ran"
    with pytest.raises(FrontMatterError):
        load_yaml(f"x: !!python/object/apply:os.system ['touch {marker}']\n", "people.yml")
    assert not marker.exists()
