"""Publishing: the GitHub Pages workflow uses `make site` and the official actions, and
`mkdocs gh-deploy` still builds through our plugin (search index included)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys

import pytest
import yaml

from conftest import ROOT, copy_archive

OFFICIAL = ("actions/configure-pages@", "actions/upload-pages-artifact@", "actions/deploy-pages@")


def test_pages_workflow_builds_with_make_site_and_deploys_with_official_actions():
    workflow = yaml.safe_load((ROOT / ".github" / "workflows" / "pages.yml").read_text("utf-8"))
    steps = [s for job in workflow["jobs"].values() for s in job["steps"]]
    uses = [s.get("uses", "") for s in steps]
    for action in OFFICIAL:
        assert any(u.startswith(action) for u in uses), action
    assert any(s.get("run", "").strip() == "make site" for s in steps)
    upload = next(s for s in steps if s.get("uses", "").startswith("actions/upload-pages-artifact@"))
    assert upload["with"]["path"] == "site"
    assert {"pages": "write", "id-token": "write"}.items() <= workflow["permissions"].items()


def test_pages_workflow_restores_the_build_cache_before_building_and_saves_a_new_one():
    workflow = yaml.safe_load((ROOT / ".github" / "workflows" / "pages.yml").read_text("utf-8"))
    steps = workflow["jobs"]["build"]["steps"]
    cache = next(i for i, s in enumerate(steps) if s.get("uses", "").startswith("actions/cache@"))
    build = next(i for i, s in enumerate(steps) if s.get("run", "").strip() == "make site")
    assert cache < build
    options = steps[cache]["with"]
    assert options["path"] == ".cache"
    # a key of its own per run (a cache entry is never overwritten), the newest restored by prefix
    assert "github.run_id" in options["key"] and options["key"].startswith(options["restore-keys"])


@pytest.mark.slow
def test_mkdocs_gh_deploy_pushes_the_site_with_its_search_index(tmp_path, sample_archive):
    if not shutil.which("git"):
        pytest.skip("git is not installed")
    archive = copy_archive(tmp_path / "archive")
    shutil.rmtree(archive / "content")
    shutil.copytree(sample_archive / "content", archive / "content")
    remote = tmp_path / "remote.git"
    git = lambda *a, cwd=archive: subprocess.run(["git", *a], cwd=cwd, check=True,  # noqa: E731
                                                 capture_output=True, text=True)
    git("init", "--bare", str(remote), cwd=tmp_path)
    git("init", "-q")
    git("-c", "user.name=t", "-c", "user.email=t@example.org", "commit", "-q", "--allow-empty", "-m", "init")
    git("remote", "add", "origin", str(remote))
    env = {"GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.org", "GIT_COMMITTER_NAME": "t",
           "GIT_COMMITTER_EMAIL": "t@example.org"}
    result = subprocess.run([sys.executable, "-m", "mkdocs", "gh-deploy", "--force", "--no-history"],
                            cwd=archive, capture_output=True, text=True, env={**os.environ, **env})
    assert result.returncode == 0, result.stderr
    files = git("ls-tree", "-r", "--name-only", "gh-pages", cwd=remote).stdout.split()
    assert "index.html" in files and "feed.xml" in files and "robots.txt" in files
    assert "pagefind/bundles.json" in files and "pagefind/2025/pagefind.js" in files and ".nojekyll" in files
