"""Registry loading and validation: every mistake is reported with its file, entry and problem."""

from __future__ import annotations

import datetime as dt
import textwrap
from pathlib import Path

import pytest

from generator.errors import RegistryError
from generator.registry import load_registry, read_registry


def archive(tmp_path: Path, people: str = "", topics: str = "", sources: str = "",
            defaults: bool = False) -> Path:
    """A registry folder; by default it replaces the shipped defaults, to keep tests small."""
    folder = tmp_path / "registry"
    folder.mkdir(exist_ok=True)
    for kind, body in (("people", people), ("topics", topics), ("sources", sources)):
        head = "" if defaults else "use_defaults: false\n"
        (folder / f"{kind}.yml").write_text(head + textwrap.dedent(body), "utf-8")
    return folder


def problems(folder: Path) -> list[str]:
    return [str(p) for p in read_registry(folder)[1]]


def only_problem(folder: Path) -> str:
    found = problems(folder)
    assert len(found) == 1, found
    return found[0]


def test_shipped_defaults_are_valid():
    registry, found = read_registry(None)
    assert found == []
    assert len(registry.people) >= 300 and len(registry.topics) >= 40 and len(registry.sources) >= 80


def test_sample_archive_registry_is_valid():
    root = Path(__file__).resolve().parents[1]
    assert problems(root / "content" / "registry") == []


def test_alias_claimed_by_two_people(tmp_path):
    folder = archive(tmp_path, people="""
        people:
          - name: Kaja Kallas
            aliases: [K. Kallas]
          - name: Siim Kallas
            aliases: [K. Kallas]
        """)
    message = only_problem(folder)
    assert message.startswith(f"{folder.as_posix()}/people.yml: people entry 2 'Siim Kallas'")
    assert "alias 'K. Kallas' is already an alias of 'Kaja Kallas'" in message


def test_alias_equal_to_another_persons_name(tmp_path):
    folder = archive(tmp_path, people="""
        people:
          - name: Joe Biden
          - name: Hunter Biden
            aliases: [joe biden]
        """)
    assert "entry 2 'Hunter Biden': alias 'joe biden' is already the name of 'Joe Biden'" \
        in only_problem(folder)


def test_clash_between_default_and_archive_names_both_files(tmp_path):
    folder = archive(tmp_path, defaults=True, people="""
        people:
          - name: Jane Example
            aliases: [Kaya Kallas]
        """)
    message = only_problem(folder)
    assert "people.yml: people entry 1 'Jane Example': alias 'Kaya Kallas'" in message
    assert "(in generator/data/people.yml)" in message


def test_archive_entry_extends_a_default_person(tmp_path):
    folder = archive(tmp_path, defaults=True, people="""
        people:
          - name: Kaja Kallas
            aliases: [Kaia Kallase]
            description: Our own description.
        """)
    person = load_registry(folder).person("Kaia Kallase")
    assert person.name == "Kaja Kallas" and person.description == "Our own description."
    assert "Kaya Kallas" in person.aliases            # default aliases kept
    assert person.roles                                # default roles kept


def test_same_name_twice_in_one_file(tmp_path):
    folder = archive(tmp_path, people="""
        people:
          - name: Mark Rutte
          - name: mark rutte
        """)
    assert "people entry 2 'mark rutte': the name is already used by entry 1" in only_problem(folder)


@pytest.mark.parametrize("role, problem", [
    ("{title: Prime Minister, from: 2021-12-01, to: '2024-13'}", "role 'Prime Minister' 'to': bad date '2024-13'"),
    ("{title: Prime Minister, from: Dec 2024}", "bad date 'Dec 2024' (use YYYY, YYYY-MM or YYYY-MM-DD)"),
    ("{title: Prime Minister, from: 2024-07-23, to: 2021-01-26}",
     "role 'Prime Minister': 'from' 2024-07-23 is after 'to' 2021-01-26"),
    ("{org: Estonia}", "role 1 needs a 'title'"),
])
def test_bad_role_dates_and_roles(tmp_path, role, problem):
    folder = archive(tmp_path, people=f"""
        people:
          - name: Kaja Kallas
            roles: [{role}]
        """)
    message = only_problem(folder)
    assert "people entry 1 'Kaja Kallas'" in message and problem in message


def test_partial_dates_cover_their_whole_period(tmp_path):
    folder = archive(tmp_path, people="""
        people:
          - name: Josep Borrell
            roles: [{title: High Representative, from: 2019-12, to: 2024}]
        """)
    [role] = load_registry(folder).person("Josep Borrell").roles
    assert (role.start, role.end) == (dt.date(2019, 12, 1), dt.date(2024, 12, 31))
    assert role.active_on(dt.date(2024, 12, 31)) and not role.active_on(dt.date(2025, 1, 1))


@pytest.mark.parametrize("entry, problem", [
    ("{name: Kaja Kallas, aliases: Kaya Kallas}", "'aliases' must be a list such as [First, Second], not str"),
    ("{name: Kaja Kallas, aliases: [Kaya Kallas, 42]}", "every 'aliases' item must be non-empty text, not 42"),
    ("{name: Kaja Kallas, roles: Prime Minister}", "'roles' must be a list of"),
    ("{name: Kaja Kallas, wikidata: kallas}", "wikidata must be an id such as Q123456"),
    ("{name: Kaja Kallas, description: [a, b]}", "'description' must be text, not list"),
    ("{name: '  '}", "people entry 1: needs a non-empty 'name'"),
    ("Kaja Kallas", "people entry 1: must be a mapping with a 'name', not str"),
    ("{name: '!!!'}", "the name gives an empty slug; set 'slug:'"),
    ("{name: Kaja Kallas, slug: Kaja Kallas}", "slug 'Kaja Kallas' may use only a-z, 0-9 and '-'"),
])
def test_wrong_types_and_empty_values(tmp_path, entry, problem):
    folder = archive(tmp_path, people=f"people:\n  - {entry}\n")
    assert problem in only_problem(folder)


def test_slug_clash(tmp_path):
    folder = archive(tmp_path, people="""
        people:
          - name: Jose Manuel Albares
          - name: José-Manuel Albares
        """)
    assert "slug 'jose-manuel-albares' is also the slug of 'Jose Manuel Albares'" in only_problem(folder)


def test_unknown_parent_topic_with_suggestion(tmp_path):
    folder = archive(tmp_path, topics="""
        topics:
          - name: Security
          - name: Arctic security
            parent: Securty
        """)
    message = only_problem(folder)
    assert "topics.yml: topics entry 2 'Arctic security': unknown parent topic 'Securty'" in message
    assert "did you mean 'Security'?" in message


def test_parent_cycles_are_reported_once(tmp_path):
    folder = archive(tmp_path, topics="""
        topics:
          - {name: A, parent: B}
          - {name: B, parent: C}
          - {name: C, parent: A}
          - {name: D, parent: D}
          - {name: E, parent: A}
        """)
    found = problems(folder)
    assert len(found) == 2, found
    assert "parent topics form a cycle: A → B → C → A" in found[0]
    assert "parent topics form a cycle: D → D" in found[1]


def test_parent_by_slug_or_case_is_stored_canonically(tmp_path):
    folder = archive(tmp_path, topics="""
        topics:
          - {name: Security and defence}
          - {name: Arctic security, parent: security-and-defence}
        """)
    registry = load_registry(folder)
    assert registry.topic("arctic security").parent == "Security and defence"
    assert [t.name for t in registry.children(registry.topic("Security and defence"))] == ["Arctic security"]


@pytest.mark.parametrize("entry, problem", [
    ("{name: Ukraine, min_hits: 0}", "min_hits must be a whole number of at least 1, not 0"),
    ("{name: Ukraine, min_hits: '2'}", "min_hits must be a whole number of at least 1, not '2'"),
    ("{name: Ukraine, match: Kyiv}", "'match' must be a list"),
    ("{name: Ukraine, match: ['---']}", "match phrase '---' has no letters"),
])
def test_topic_rules(tmp_path, entry, problem):
    folder = archive(tmp_path, topics=f"topics:\n  - {entry}\n")
    assert problem in only_problem(folder)


def test_source_domains_and_alias_clash(tmp_path):
    folder = archive(tmp_path, sources="""
        sources:
          - {name: Reuters, domains: ["https://reuters.com/world"]}
          - {name: Agence France-Presse, aliases: [AFP]}
          - {name: Another Agency, aliases: [afp]}
        """)
    found = problems(folder)
    assert any("entry 1 'Reuters': domain 'https://reuters.com/world' must be a bare host name" in p
               for p in found)
    assert any("entry 3 'Another Agency': alias 'afp' is already an alias of 'Agence France-Presse'" in p
               for p in found)


def test_every_problem_is_reported_at_once(tmp_path):
    folder = archive(tmp_path,
                     people="people:\n  - {name: A Person, roles: [{title: X, from: 2020, to: 2019}]}\n",
                     topics="topics:\n  - {name: T, parent: Nowhere}\n")
    with pytest.raises(RegistryError) as err:
        load_registry(folder)
    text = str(err.value)
    assert text.startswith("2 problems in the registries:")
    assert "people.yml" in text and "topics.yml" in text


def test_yaml_syntax_error_names_file_and_line(tmp_path):
    folder = archive(tmp_path, people="people:\n  - name: Kaja Kallas\n    aliases: [Kaya Kallas\n")
    message = only_problem(folder)
    assert message.startswith(f"{folder.as_posix()}/people.yml:") and "invalid YAML" in message


def test_wrong_document_shape(tmp_path):
    folder = archive(tmp_path, people="people:\n  name: Kaja Kallas\n")
    assert "'people' must be a list of entries, not dict" in only_problem(folder)


def test_unknown_keys_are_notes_not_errors(tmp_path):
    folder = archive(tmp_path, people="people:\n  - {name: Kaja Kallas, alias: [Kaya Kallas]}\n")
    registry, found = read_registry(folder)
    assert found == []
    assert any("unknown key 'alias' ignored (did you mean 'aliases'?)" in n for n in registry.notes)


def test_surname_written_first(tmp_path):
    folder = archive(tmp_path, people="people:\n  - {name: Xi Jinping, surname: Xi}\n")
    assert load_registry(folder).person("Xi Jinping").surname == "Xi"


def test_impossible_yaml_date_names_file_and_line(tmp_path):
    folder = archive(tmp_path, people="""
        people:
          - name: Kaja Kallas
            roles: [{title: Prime Minister, from: 2021-13-01}]
        """)
    message = only_problem(folder)
    assert message.startswith(f"{folder.as_posix()}/people.yml:5:") and "2021-13-01" in message
