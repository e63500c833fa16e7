"""The `briefing` command's error handling: one line, a non-zero exit, a traceback only on request."""

from __future__ import annotations

import shutil

import pytest

import generator.cli as cli
from conftest import ROOT, briefing


@pytest.fixture()
def archive(tmp_path):
    (tmp_path / "content").mkdir()
    shutil.copytree(ROOT / "content" / "registry", tmp_path / "content" / "registry")
    return tmp_path


def test_an_internal_error_is_one_line_without_a_traceback(monkeypatch, capsys, archive):
    def broken(args):
        raise KeyError("surprise")

    monkeypatch.setattr(cli, "cmd_check", broken)
    monkeypatch.chdir(archive)
    assert cli.main(["check"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("error: internal error (KeyError: 'surprise')") and "--debug" in err
    assert len(err.strip().splitlines()) == 1
    for argv in (["--debug", "check"], ["check", "--debug"]):
        with pytest.raises(KeyError):
            cli.main(argv)


def test_ctrl_c_is_reported_as_interrupted(monkeypatch, capsys):
    def interrupted(args):
        raise KeyboardInterrupt

    monkeypatch.setattr(cli, "cmd_check", interrupted)
    assert cli.main(["check"]) == 130
    assert "interrupted; nothing half-written" in capsys.readouterr().err


def test_a_missing_input_is_named(archive):
    result = briefing("ingest", "no-such-folder", cwd=archive, check=False)
    assert result.returncode == 1
    assert result.stderr.strip() == "error: no-such-folder: no such file or folder"


def test_an_unsupported_file_fails_alone(archive):
    (archive / "scan.pdf").write_bytes(b"%PDF-1.7 whatever")
    (archive / "note.txt").write_text("Port reopens after storm\n\nThe port reopened on Sunday "
                                      "after a two-day closure, the harbour master said.\n", "utf-8")
    result = briefing("ingest", "scan.pdf", "note.txt", cwd=archive, check=False)
    assert result.returncode == 1
    assert "failed          scan.pdf: unsupported file type '.pdf'" in result.stderr
    assert "new             note.txt" in result.stdout
    assert "2 file(s): 1 new, 1 failed" in result.stdout


def test_a_pdf_renamed_txt_is_recognised(archive):
    (archive / "scan.txt").write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n")
    result = briefing("ingest", "scan.txt", cwd=archive, check=False)
    assert result.returncode == 1 and "scan.txt: this is a PDF document, not text" in result.stderr


def test_standard_input_needs_a_name_and_is_size_limited(archive):
    result = briefing("ingest", "-", cwd=archive, check=False, input="text")
    assert result.returncode == 1 and "needs --name" in result.stderr
    result = briefing("ingest", "-", "--name", "empty.txt", cwd=archive, check=False, input="  \n")
    assert result.returncode == 1 and result.stderr.strip() == "error: empty.txt: empty file"


def test_new_refuses_a_bad_date_and_keeps_hostile_titles_inside_the_archive(archive):
    result = briefing("new", "Title", "--date", "yesterday", cwd=archive, check=False)
    assert result.returncode == 1
    assert result.stderr.strip() == "error: --date 'yesterday' is not an ISO date like 2025-03-31"
    briefing("new", "../../escape", "--date", "2025-04-01", cwd=archive)
    assert (archive / "content" / "articles" / "2025" / "escape.md").is_file()
    assert not (archive.parent / "escape.md").exists()
    again = briefing("new", "../../escape", "--date", "2025-04-01", cwd=archive, check=False)
    assert again.returncode == 1 and "already exists" in again.stderr


def test_build_without_a_config_is_a_clear_error(tmp_path):
    result = briefing("build", cwd=tmp_path, check=False)
    assert result.returncode == 1
    assert result.stderr.strip().startswith("error: mkdocs.yml: no MkDocs config here")


def test_no_command_prints_help():
    assert cli.main([]) == 2
