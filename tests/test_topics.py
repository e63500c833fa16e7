"""Topic rules: whole words on folded text, acronyms, min_hits, authors' topics, no implied parents."""

from __future__ import annotations

import textwrap

import pytest

from generator.ingest.topics import find_topics, topic_hits
from generator.model import Article
from generator.registry import load_registry


@pytest.fixture(scope="module")
def topics(tmp_path_factory):
    folder = tmp_path_factory.mktemp("registry")
    (folder / "topics.yml").write_text(textwrap.dedent("""
        use_defaults: false
        topics:
          - name: Security and defence
            match: [military, armed forces]
            min_hits: 3
          - name: Arctic security
            parent: Security and defence
            match: [Arctic, High North, Arktis]
          - name: European defence
            parent: Security and defence
            match: [European defence, défense européenne, drone wall]
          - name: defence spending
            match: [SAFE, defence spending]
          - name: NATO
            match: [NATO]
    """), "utf-8")
    for kind in ("people", "sources"):
        (folder / f"{kind}.yml").write_text(f"use_defaults: false\n{kind}: []\n", "utf-8")
    return load_registry(folder)


def tags(body: str, registry, **fields) -> list[str]:
    return find_topics(Article(title="t", body=body, **fields), registry).topics


def test_whole_words_only(topics):
    assert tags("The Antarctic treaty and arcticfox farms.", topics) == []
    assert tags("Arctic ice is thinning.", topics) == ["Arctic security"]


def test_case_accents_line_breaks_and_hyphens(topics):
    assert tags("la Défense\neuropéenne avance", topics) == ["European defence"]
    assert tags("the HIGH\nNORTH", topics) == ["Arctic security"]
    assert tags("plans for a drone-wall on the border", topics) == ["European defence"]
    assert tags("Die Arktis ist wichtig.", topics) == ["Arctic security"]


def test_acronyms_need_capitals(topics):
    assert tags("It is safe to say nato is a word here.", topics) == []
    assert tags("Ministers approved SAFE. Nato allies agreed.", topics) == ["defence spending", "NATO"]


def test_min_hits(topics):
    assert tags("The military said little.", topics) == []
    body = "The military moved. Armed forces gathered. More military arrived."
    assert tags(body, topics) == ["Security and defence"]
    assert topic_hits(body, topics)["Security and defence"] == 3


def test_a_child_topic_does_not_add_its_parent(topics):
    assert tags("Arctic shipping routes open.", topics) == ["Arctic security"]


def test_authors_topics_are_never_dropped_and_come_first(topics):
    found = tags("NATO met. NATO agreed. The Arctic was mentioned.", topics,
                 topics=["my own topic", "arctic security"])
    assert found == ["my own topic", "Arctic security", "NATO"]


def test_strongest_topics_first(topics):
    assert tags("Arctic. NATO, NATO and NATO.", topics) == ["NATO", "Arctic security"]
