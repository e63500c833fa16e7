"""Build cache: parsed front matter and rendered article HTML, kept between builds in `.cache/`.

A rebuild of a large archive mostly repeats work whose inputs did not change. Every value is
stored under the article's path with a digest of everything it was made from (the file's bytes,
the Markdown configuration, and this package's own code), so a stale value is never used: a
digest that differs is a miss. The cache is an SQLite file that only this program writes; if it
is unreadable it is replaced, and the build goes on without it. Delete `.cache/` at any time.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import pickle
import sqlite3
from importlib import metadata
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)

CACHE_FILE = "briefing.sqlite3"
_LIBRARIES = ("mkdocs", "markdown", "nh3", "pyyaml", "jinja2", "pagefind", "pagefind-bin")


def digest(*parts: str | bytes) -> str:
    h = hashlib.blake2b(digest_size=20)
    for part in parts:
        data = part.encode("utf-8") if isinstance(part, str) else part
        h.update(len(data).to_bytes(8, "little"))
        h.update(data)
    return h.hexdigest()


def code_version() -> str:
    """Digest of this package's code and default registries and of the libraries that shape the
    output: a new version of any of them invalidates every cached value."""
    parts: list[str | bytes] = []
    package = Path(__file__).parent
    for path in sorted([*package.glob("*.py"), *package.glob("data/*.yml")]):
        parts += [path.relative_to(package).as_posix(), path.read_bytes()]
    for name in _LIBRARIES:
        try:
            parts.append(f"{name}=={metadata.version(name)}")
        except metadata.PackageNotFoundError:
            parts.append(f"{name} missing")
    return digest(*parts)


class BuildCache:
    """Values by (table, key), valid only for the digest they were stored with."""

    def __init__(self, folder: Path | str | None):
        self.db: sqlite3.Connection | None = None
        self.version = code_version()
        self.used: dict[str, set[str]] = {}
        self.tables: dict[str, dict[str, tuple[str, bytes]]] = {}  # read whole, see `preload`
        if folder is not None:
            self._open(Path(folder) / CACHE_FILE)

    def _open(self, path: Path) -> None:
        for attempt in (1, 2):
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
                self.db = sqlite3.connect(path)
                self.db.execute("CREATE TABLE IF NOT EXISTS kv (tab TEXT, key TEXT, digest TEXT, "
                                "value BLOB, PRIMARY KEY (tab, key))")
                return
            except (sqlite3.Error, OSError) as exc:
                self.db = None
                if attempt == 2:
                    log.warning(f"build cache unusable, building without it: {path}: {exc}")
                    return
                path.unlink(missing_ok=True)

    @property
    def enabled(self) -> bool:
        return self.db is not None

    def get(self, table: str, key: str, value_digest: str) -> Any | None:
        self.used.setdefault(table, set()).add(key)
        if self.db is None:
            return None
        try:
            if table in self.tables:
                row = self.tables[table].get(key)
            else:
                row = self.db.execute("SELECT digest, value FROM kv WHERE tab = ? AND key = ?",
                                      (table, key)).fetchone()
            if row is None or row[0] != self._full(value_digest):
                return None
            return pickle.loads(row[1])  # noqa: S301 - our own file, written below
        except Exception as exc:  # noqa: BLE001 - a broken cache is a miss, never a failed build
            log.debug(f"build cache miss on a broken value {table}/{key}: {exc}")
            return None

    def preload(self, table: str) -> None:
        """Read a whole table with one query, for callers about to ask for every row of it."""
        if self.db is None:
            return
        try:
            rows = self.db.execute("SELECT key, digest, value FROM kv WHERE tab = ?", (table,))
            self.tables[table] = {key: (stamp, value) for key, stamp, value in rows}
        except sqlite3.Error as exc:
            log.debug(f"build cache table {table} not preloaded: {exc}")

    def count(self, table: str) -> int:
        if self.db is None:
            return 0
        try:
            return self.db.execute("SELECT COUNT(*) FROM kv WHERE tab = ?", (table,)).fetchone()[0]
        except sqlite3.Error:
            return 0

    def put(self, table: str, key: str, value_digest: str, value: Any) -> None:
        self.used.setdefault(table, set()).add(key)
        if self.db is None:
            return
        row = (self._full(value_digest), pickle.dumps(value, protocol=5))
        if table in self.tables:
            self.tables[table][key] = row
        try:
            self.db.execute("INSERT OR REPLACE INTO kv VALUES (?, ?, ?, ?)", (table, key, *row))
        except sqlite3.Error as exc:
            log.warning(f"build cache write failed, going on without it: {exc}")
            self.db = None

    def close(self, prune: bool = True) -> None:
        """Save; with `prune`, drop the values of articles this build did not ask for (deleted)."""
        if self.db is None:
            return
        try:
            if prune:
                for table, keys in self.used.items():
                    stored = [k for (k,) in self.db.execute("SELECT key FROM kv WHERE tab = ?", (table,))]
                    self.db.executemany("DELETE FROM kv WHERE tab = ? AND key = ?",
                                        [(table, k) for k in stored if k not in keys])
            self.db.commit()
            self.db.close()
        except sqlite3.Error as exc:
            log.warning(f"build cache not saved: {exc}")
        self.db = None

    def _full(self, value_digest: str) -> str:
        return f"{self.version}:{value_digest}"  # both digests already


# ---- a build with nothing to do ----------------------------------------------------------------

STAMP_FILE = "last-build.json"


def _tree_stamps(root: Path, skip: Path | None = None) -> list[str]:
    """Path, size and modification time of every file under `root` (sorted; nothing is read).
    Dot files and folders are left out, as MkDocs leaves them out (and the archive lock is one).
    Plain strings, not Paths: a site has tens of thousands of files."""
    out: list[str] = []
    skipped = os.fspath(skip) if skip is not None else None
    todo = [(os.fspath(root), "")]
    while todo:
        folder, prefix = todo.pop()
        try:
            entries = list(os.scandir(folder))
        except OSError:
            continue
        for entry in entries:
            if entry.name.startswith("."):
                continue
            if entry.is_dir(follow_symlinks=False):
                if entry.path != skipped:
                    todo.append((entry.path, f"{prefix}{entry.name}/"))
            else:
                st = entry.stat()
                out.append(f"{prefix}{entry.name}\0{st.st_size}\0{st.st_mtime_ns}")
    return sorted(out)


def frame_stamp(inputs: list[Path | str], settings: list[str], articles: Path) -> str:
    """What every page of a build shares: the stamps of the inputs but the folder `articles`, the
    settings and the code that builds."""
    return digest(code_version(), *settings, *_input_stamps(inputs, skip=articles), f"articles {articles}")


def build_and_frame_stamps(inputs: list[Path | str], settings: list[str], build_settings: list[str],
                           articles: Path) -> tuple[str, str]:
    """The build stamp (every input's stamps, `settings + build_settings` and the code: equal
    stamps mean a new build would write the site that is already there) and `frame_stamp(inputs,
    settings, articles)`, from one scan of the inputs (the archive's articles are the bulk of it)."""
    build: list[str] = []
    frame: list[str] = []
    for item in inputs:
        path = Path(item)
        build.append(f"input {path}")
        frame.append(f"input {path}")
        if path.is_dir():
            try:
                inside = articles.relative_to(path).as_posix() + "/"
            except ValueError:
                inside = None
            for line in _tree_stamps(path):
                build.append(line)
                if not (inside and line.startswith(inside)):
                    frame.append(line)
        elif path.exists():
            st = path.stat()
            build.append(f"{st.st_size}\0{st.st_mtime_ns}")
            frame.append(build[-1])
    version = code_version()
    return (digest(version, *settings, *build_settings, *build),
            digest(version, *settings, *frame, f"articles {articles}"))


def _input_stamps(inputs: list[Path | str], skip: Path | None = None) -> list[str]:
    parts: list[str] = []
    for item in inputs:
        path = Path(item)
        parts.append(f"input {path}")
        if path.is_dir():
            parts += _tree_stamps(path, skip)
        elif path.exists():
            st = path.stat()
            parts.append(f"{st.st_size}\0{st.st_mtime_ns}")
    return parts


def last_build(cache_dir: Path) -> dict:
    try:
        record = json.loads((cache_dir / STAMP_FILE).read_text("utf-8"))
    except (OSError, ValueError):
        return {}
    return record if isinstance(record, dict) else {}


class SiteStamps:
    """The stamps of a built site (path, size and mtime of every file), kept so that after an
    incremental update only what it touched is looked at again, not 20,000 files."""

    def __init__(self, site: Path):
        self.site = site
        self.lines = {line.split("\0", 1)[0]: line for line in _tree_stamps(site)}

    def digest(self) -> str:
        return digest(code_version(), f"input {self.site}", *sorted(self.lines.values()))

    def refresh(self, files: list[str], folders: list[str]) -> None:
        """Look again at `files` and at everything under `folders` (paths inside the site)."""
        if folders:
            prefixes = tuple(f.rstrip("/") + "/" for f in folders)
            self.lines = {k: v for k, v in self.lines.items() if not k.startswith(prefixes)}
            for prefix in prefixes:
                if (self.site / prefix).is_dir():
                    self.lines.update((prefix + line.split("\0", 1)[0], prefix + line)
                                      for line in _tree_stamps(self.site / prefix))
        for name in files:
            try:
                st = (self.site / name).stat()
            except FileNotFoundError:
                self.lines.pop(name, None)
            else:
                self.lines[name] = f"{name}\0{st.st_size}\0{st.st_mtime_ns}"


def record_build(cache_dir: Path, stamp: str, site: Path, frame: str = "",
                 stamps: SiteStamps | None = None) -> None:
    try:
        cache_dir.mkdir(parents=True, exist_ok=True)
        site_digest = (stamps or SiteStamps(site)).digest()
        (cache_dir / STAMP_FILE).write_text(
            json.dumps({"inputs": stamp, "frame": frame, "site": site_digest}), "utf-8")
    except OSError as exc:
        log.warning(f"could not record the build in {cache_dir}: {exc}")


def forget_build(cache_dir: Path) -> None:
    (cache_dir / STAMP_FILE).unlink(missing_ok=True)
