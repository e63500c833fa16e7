"""Store: write normalized articles into `content/articles/YYYY/slug.md`, safely and idempotently.

- The same raw input (by SHA-256) always maps to the same file: re-ingest is a no-op, or an
  in-place update when the extractor improved — unless an author edited the file since, which is
  detected by its `ingest_checksum` and never overwritten.
- Writes are atomic (temporary file + rename), and Ctrl-C waits until the rename is done; a slug
  already taken by another article gets -2, -3... Slugs are `[a-z0-9-]` only, so a title can never
  name a path outside `content/articles/`.
- Two raw files with the same bytes are one article: the first file's name stays its provenance.
"""

from __future__ import annotations

import contextlib
import os
import re
import signal
import tempfile
import threading
from dataclasses import dataclass
from pathlib import Path

from ..errors import BriefingError, StoreError
from ..model import Article, edited_since_ingest, split_front_matter
from ..text import slugify

_RAW_SHA = re.compile(r"^raw_sha256: ([0-9a-f]{64})\s*$", re.M)
_TEMPORARY = "._*.tmp"  # what write_atomic leaves behind only if the process is killed (SIGKILL)


@dataclass
class Outcome:
    status: str  # new | updated | unchanged | skipped-edited | failed
    path: Path | None = None
    message: str = ""


class Store:
    def __init__(self, content_dir: Path | str, dry_run: bool = False):
        self.root = Path(content_dir)
        self.articles = self.root / "articles"
        self.dry_run = dry_run
        self._by_raw: dict[str, Path] | None = None
        self._claimed: set[Path] = set()
        self._swept = False

    @property
    def by_raw(self) -> dict[str, Path]:
        """raw_sha256 → article file, read from the front matter of every stored article."""
        if self._by_raw is None:
            self._by_raw = {}
            for path in sorted(self.articles.glob("**/*.md")):
                head = _head(path)
                match = _RAW_SHA.search(head)
                if match:
                    self._by_raw.setdefault(match.group(1), path)
        return self._by_raw

    def save(self, article: Article) -> Outcome:
        check_storable(article)
        self._sweep_temporaries()
        existing = self.by_raw.get(article.raw_sha256 or "")
        if existing is not None and existing.exists():
            return self._update(existing, article)
        path = self._free_path(article)
        self._write(path, article.dumps())
        self.by_raw[article.raw_sha256 or str(path)] = path
        return Outcome("new", path)

    def _update(self, path: Path, article: Article) -> Outcome:
        try:
            old = path.read_text("utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            return Outcome("skipped-edited", path, f"cannot read the stored article ({exc}); not overwritten")
        # The first ingest time and raw file name stay: re-ingesting the same bytes (even under
        # another name) gives a byte-identical file, so nothing flips between runs.
        kept = _provenance(old, path)
        twin = kept.get("raw_file") if kept.get("raw_file") != article.raw_file else None
        article = article.replace(**kept)
        new = article.dumps()
        if new == old:
            return Outcome("unchanged", path, f"same content as {twin}" if twin else "")
        if edited_since_ingest(old):
            return Outcome("skipped-edited", path, "edited since ingest; not overwritten")
        self._write(path, new)
        return Outcome("updated", path)

    def _free_path(self, article: Article) -> Path:
        folder = self.articles / (str(article.date.year) if article.date else "undated")
        base = slugify(article.title) or f"article-{(article.raw_sha256 or 'x')[:8]}"
        for n in range(1, 10_000):
            path = folder / (f"{base}.md" if n == 1 else f"{base}-{n}.md")
            if not path.exists() and path not in self._claimed:
                self._claimed.add(path)
                return path
        raise StoreError(f"no free slug for '{base}'", str(folder))

    def _write(self, path: Path, text: str) -> None:
        if self.dry_run:
            return
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            write_atomic(path, text)
        except OSError as exc:
            raise StoreError(f"cannot write: {exc.strerror or exc}", str(path)) from None


    def _sweep_temporaries(self) -> None:
        """Remove temporary files a killed ingest left (callers hold the archive lock)."""
        if self.dry_run or self._swept:
            return
        self._swept = True
        for stale in self.articles.glob(f"**/{_TEMPORARY}"):
            stale.unlink(missing_ok=True)


def check_storable(article: Article) -> None:
    """Refuse what the site could not read back, so ingest never writes a file that breaks a build."""
    where = article.raw_file
    if not article.title.strip():
        raise StoreError("no title found, and no text to derive one from", where)
    if not article.body.strip() and article.extractor != "markdown":
        raise StoreError("no article text left after removing boilerplate", where)
    try:
        Article.loads(article.dumps(), where or "<article>")
    except BriefingError as exc:
        raise StoreError(f"the normalized article would not load back: {exc.message}", where) from None


def _provenance(old: str, path: Path) -> dict[str, str]:
    try:
        meta, _ = split_front_matter(old, str(path))
    except BriefingError:
        return {}
    return {k: meta[k] for k in ("ingested", "raw_file") if isinstance(meta.get(k), str)}


def write_atomic(path: Path, text: str) -> None:
    """Write to a temporary file beside `path`, then rename: readers never see half a file.

    Ctrl-C during the write is held back until the rename is done (or the temporary file is
    removed), so an interrupted ingest leaves whole files only.
    """
    with _interrupts_deferred():
        fd, tmp = tempfile.mkstemp(prefix=f"._{path.name}.", suffix=".tmp", dir=path.parent)
        try:
            with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
                handle.write(text)
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise


@contextlib.contextmanager
def _interrupts_deferred():
    """Hold SIGINT until the block ends, then act on it (only the main thread handles signals)."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    caught = []
    previous = signal.signal(signal.SIGINT, lambda signum, frame: caught.append(frame))
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)
        if caught:
            if callable(previous):
                previous(signal.SIGINT, caught[0])
            elif previous == signal.SIG_DFL:
                os.kill(os.getpid(), signal.SIGINT)


def _head(path: Path, limit: int = 64_000) -> str:
    try:
        with path.open("r", encoding="utf-8", errors="replace") as handle:
            return handle.read(limit)
    except OSError:
        return ""

