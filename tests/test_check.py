"""`briefing check`: unknown names with counts, context and closest person; dates; errors."""

from __future__ import annotations

import datetime as dt
import shutil
import sys
import subprocess
from pathlib import Path

from conftest import FIXTURES, ROOT
from generator.check import run_check
from generator.model import Article, DateCandidate

REGISTRY = FIXTURES / "people" / "registry"


def make_archive(tmp_path: Path) -> Path:
    content = tmp_path / "content"
    shutil.copytree(REGISTRY, content / "registry")
    folder = content / "articles" / "2025"
    folder.mkdir(parents=True)
    stored = {
        "krakow.md": Article(
            title="Ministers meet in Krakow", date=dt.date(2025, 2, 20), people=["Kaja Kallas"],
            body="Kaja Kallas met ministers. Russia will respond, said Andrei Kortunov, an expert "
                 "at the Valdai Club.\n\nKortunov added that talks would fail."),
        "geneva.md": Article(
            title="Talks in Geneva", date=dt.date(2025, 3, 1),
            date_candidates=[DateCandidate(dt.date(2025, 3, 1), "marker", "date 2025-03-01"),
                             DateCandidate(dt.date(2024, 1, 2), "dateline", "Tuesday, 02 January 2024")],
            body="Andrey Kortunov, the Valdai analyst, was not invited. Kaya Callas was."),
    }
    for name, article in stored.items():
        (folder / name).write_text(article.dumps(), "utf-8")
    return content


def test_unknown_names_with_count_context_and_closest_person(tmp_path, capsys):
    content = make_archive(tmp_path)
    assert run_check(content) == 0
    out = capsys.readouterr().out
    line = next(l for l in out.splitlines() if l.startswith("  Andrei Kortunov"))
    assert "(also written Andrey Kortunov)" in line          # spellings merged
    assert "3× in 2 article(s)" in line and "[likely a person]" in line
    assert "closest registered:" in line
    context = out.splitlines()[out.splitlines().index(line) + 1]
    assert "Valdai" in context and "content/articles/2025/" in context
    assert "  - name: Andrei Kortunov" in out                 # ready to paste


def test_fuzzy_readings_and_date_conflicts_are_reported(tmp_path, capsys):
    content = make_archive(tmp_path)
    run_check(content)
    out = capsys.readouterr().out
    assert "'Kaya Callas' read as 'Kaja Kallas' (fuzzy)" in out
    assert "geneva.md: dated 2025-03-01, but the text also gives 2024-01-02 (dateline" in out


def test_errors_fail_the_check(tmp_path, capsys):
    content = make_archive(tmp_path)
    (content / "articles" / "2025" / "broken.md").write_text("---\ntitle: [unclosed\n---\nx\n", "utf-8")
    assert run_check(content) == 1
    out = capsys.readouterr().out
    assert any(l.startswith("error: ") and "broken.md" in l for l in out.splitlines())
    assert "Andrei Kortunov" in out                            # the other articles still checked


def test_registry_errors_fail_the_check(tmp_path, capsys):
    content = make_archive(tmp_path)
    with open(content / "registry" / "people.yml", "a", encoding="utf-8") as fh:
        fh.write("  - name: Hunter Biden\n")
    assert run_check(content) == 1
    out = capsys.readouterr().out
    assert "people entry 23 'Hunter Biden': the name is already used by entry 4" in out


def test_cli_check_runs_on_an_archive(tmp_path):
    content = make_archive(tmp_path)
    result = subprocess.run([sys.executable, "-m", "generator.cli", "check", "--content", "content"],
                            cwd=content.parent, capture_output=True, text=True,
                            env={"PYTHONPATH": str(ROOT), "PATH": ""})
    assert result.returncode == 0, result.stderr
    assert "Andrei Kortunov" in result.stdout and "checked 2 article(s): 0 error(s)" in result.stdout
