"""Builds fail safe, commands exclude each other, and Ctrl-C leaves only whole files."""

from __future__ import annotations

import hashlib
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from conftest import ROOT, briefing, copy_archive
from generator.lock import archive_lock
from generator.model import Article

pytestmark = pytest.mark.slow


def snapshot(folder: Path) -> dict[str, str]:
    """Every file under `folder` with the hash of its bytes."""
    return {p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.fixture(scope="module")
def built_archive(tmp_path_factory):
    """A sample archive built once; tests copy it before breaking anything."""
    archive = copy_archive(tmp_path_factory.mktemp("built") / "archive")
    briefing("build", cwd=archive)
    return archive


@pytest.fixture()
def archive(built_archive, tmp_path):
    import shutil

    copy = tmp_path / "archive"
    shutil.copytree(built_archive, copy, symlinks=True)
    return copy


def assert_previous_site_kept(archive: Path, before: dict[str, str], result) -> None:
    assert result.returncode == 1
    assert "build failed, previous site kept" in result.stderr
    assert "Traceback" not in result.stdout + result.stderr
    assert snapshot(archive / "site") == before
    assert not (archive / ".site.building").exists() and not (archive / ".site.old").exists()


def test_a_template_syntax_error_keeps_the_previous_site(archive):
    before = snapshot(archive / "site")
    main = archive / "templates" / "theme" / "main.html"
    main.write_text(main.read_text("utf-8").replace("{% endif %}", "{% endfi %}", 1), "utf-8")
    result = briefing("build", cwd=archive, check=False)
    assert_previous_site_kept(archive, before, result)
    error = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    assert len(error) == 1 and "error: templates/theme/main.html:" in error[0]
    assert "template error: Encountered unknown tag 'endfi'" in error[0]


def test_a_broken_page_template_keeps_the_previous_site(archive):
    before = snapshot(archive / "site")
    (archive / "templates" / "pages" / "person.html.j2").write_text(
        "{{ no_such_variable.attribute }}\n", "utf-8")
    result = briefing("build", cwd=archive, check=False)
    assert_previous_site_kept(archive, before, result)
    assert "'no_such_variable' is undefined" in result.stderr
    assert "Aborted with a BuildError" not in result.stderr


def test_a_broken_article_keeps_the_previous_site_and_is_named(archive):
    before = snapshot(archive / "site")
    victim = sorted((archive / "content" / "articles").rglob("*.md"))[0]
    text = victim.read_text("utf-8")
    victim.write_text(text.replace("\ntitle:", "\ntitle: [broken\n", 1), "utf-8")
    result = briefing("build", cwd=archive, check=False)
    assert_previous_site_kept(archive, before, result)
    assert victim.relative_to(archive / "content").as_posix() in result.stderr


def test_a_build_after_a_failure_succeeds_and_replaces_the_site(archive):
    (archive / "site" / "stale-marker.html").write_text("from the previous build", "utf-8")
    briefing("build", cwd=archive)
    assert not (archive / "site" / "stale-marker.html").exists()
    assert (archive / "site" / "index.html").is_file()


def test_a_site_left_mid_swap_is_restored(archive):
    """A build killed between the two renames leaves only .site.old: the next build puts it back."""
    (archive / "site").rename(archive / ".site.old")
    main = archive / "templates" / "theme" / "main.html"
    main.write_text("{% if %}", "utf-8")  # and this build fails: the old site must be back anyway
    result = briefing("build", cwd=archive, check=False)
    assert result.returncode == 1
    assert (archive / "site" / "index.html").is_file()
    assert "restored" in result.stderr


# ---- one command at a time -----------------------------------------------------------------------

HOLD_LOCK = """
import sys
from generator.lock import archive_lock
with archive_lock(sys.argv[1], "briefing build"):
    print("locked", flush=True)
    sys.stdin.readline()
"""


def test_a_second_command_gets_a_clear_busy_message(archive):
    holder = subprocess.Popen([sys.executable, "-c", HOLD_LOCK, str(archive / "content")],
                              cwd=ROOT, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "locked"
        before = snapshot(archive)
        for command in (["ingest", "inbox"], ["build"], ["new", "A title"]):
            result = briefing(*command, cwd=archive, check=False)
            assert result.returncode == 1
            assert "the archive is busy (briefing build, pid" in result.stderr
            assert "Traceback" not in result.stderr
        assert snapshot(archive) == before
    finally:
        holder.stdin.close()
        holder.wait(timeout=30)
    briefing("new", "A title", cwd=archive)  # free again once the holder is gone


def test_the_lock_is_released_when_its_holder_dies(tmp_path):
    holder = subprocess.Popen([sys.executable, "-c", HOLD_LOCK, str(tmp_path)],
                              cwd=ROOT, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    assert holder.stdout.readline().strip() == "locked"
    holder.kill()
    holder.wait(timeout=30)
    with archive_lock(tmp_path, "test"):
        pass


def test_concurrent_ingests_do_not_corrupt_the_archive(tmp_path):
    archive = copy_archive(tmp_path / "archive")
    runs = [subprocess.Popen([sys.executable, "-m", "generator.cli", "ingest", "inbox"], cwd=archive,
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
            for _ in range(3)]
    results = [(run.wait(timeout=600), *run.communicate()) for run in runs]
    for code, out, err in results:
        assert code == 0 or (code == 1 and "the archive is busy" in err), out + err
    assert any(code == 0 for code, *_ in results)
    stored = sorted((archive / "content" / "articles").rglob("*.md"))
    raw = [Article.loads(p.read_text("utf-8"), str(p)).raw_sha256 for p in stored]
    assert len(raw) == len(set(raw)) == len(list((archive / "inbox").iterdir()))
    assert not list(archive.rglob("*.tmp"))


# ---- Ctrl-C -----------------------------------------------------------------------------------------

def test_interrupting_ingest_leaves_only_whole_files(tmp_path):
    archive = copy_archive(tmp_path / "archive")
    inbox = archive / "inbox"
    originals = sorted(inbox.iterdir())
    for n in range(12):  # many distinct inputs: copies with a distinguishing line
        for path in originals:
            data = path.read_bytes()
            if path.suffix != ".md":
                (inbox / f"copy{n}-{path.name}").write_bytes(data + f"\n\nCopy {n}.\n".encode())
    content = archive / "content" / "articles"
    run = subprocess.Popen([sys.executable, "-m", "generator.cli", "ingest", "inbox"], cwd=archive,
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 300
    while time.monotonic() < deadline and run.poll() is None:
        if len(list(content.rglob("*.md"))) >= 5:
            break
        time.sleep(0.05)
    assert run.poll() is None, "ingest finished before it could be interrupted"
    run.send_signal(signal.SIGINT)
    out, err = run.communicate(timeout=120)
    assert run.returncode == 130, out + err
    assert "interrupted" in err and "Traceback" not in err
    assert not [p for p in archive.rglob("*") if p.name.endswith(".tmp")]
    stored = sorted(content.rglob("*.md"))
    assert 5 <= len(stored) < len(list(inbox.iterdir()))
    for path in stored:
        Article.loads(path.read_text("utf-8"), str(path))
    # ...and the next run picks up where it stopped.
    again = briefing("ingest", "inbox", "--quiet", cwd=archive)
    assert "failed" not in again.stdout
    assert len(list(content.rglob("*.md"))) == len(list(inbox.iterdir()))


def test_a_killed_writer_leaves_a_temporary_that_the_next_ingest_sweeps(tmp_path):
    archive = copy_archive(tmp_path / "archive")
    folder = archive / "content" / "articles" / "2025"
    folder.mkdir(parents=True)
    stale = folder / "._half-written.md.abc123.tmp"
    stale.write_text("---\ntitle: half", "utf-8")
    briefing("ingest", "inbox/kallas-first-day-kyiv.txt", cwd=archive)
    assert not stale.exists()


def test_write_atomic_holds_ctrl_c_until_the_file_is_whole(tmp_path):
    from generator.ingest.store import write_atomic

    target = tmp_path / "a.md"

    text = "x" * 1_000_000
    original_replace = os.replace

    def replace_after_signal(src, dst):
        os.kill(os.getpid(), signal.SIGINT)  # arrives while the temporary file is complete
        original_replace(src, dst)

    with pytest.raises(KeyboardInterrupt):
        import generator.ingest.store as store

        store.os.replace = replace_after_signal
        try:
            write_atomic(target, text)
        finally:
            store.os.replace = original_replace
    assert target.read_text("utf-8") == text
    assert not list(tmp_path.glob("*.tmp"))
