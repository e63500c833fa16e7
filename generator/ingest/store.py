"""Store: write normalized articles into `content/articles/YYYY/slug.md`, safely and idempotently.

- The same raw input (by SHA-256) always maps to the same file: re-ingest is a no-op, or an
  in-place update when the extractor improved — unless an author edited the file since, which is
  detected by its `ingest_checksum` and never overwritten.
- Writes are atomic (temporary file + rename); a slug already taken by another article gets -2, -3...
"""

from __future__ import annotations

import os
import re
import tempfile
from dataclasses import dataclass
from pathlib import Path

from ..errors import StoreError
from ..model import Article, edited_since_ingest
from ..text import slugify

_RAW_SHA = re.compile(r"^raw_sha256: ([0-9a-f]{64})\s*$", re.M)
_INGESTED = re.compile(r"^ingested: '?([^'\n]+)'?\s*$", re.M)


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
        existing = self.by_raw.get(article.raw_sha256 or "")
        if existing is not None and existing.exists():
            return self._update(existing, article)
        path = self._free_path(article)
        self._write(path, article.dumps())
        self.by_raw[article.raw_sha256 or str(path)] = path
        return Outcome("new", path)

    def _update(self, path: Path, article: Article) -> Outcome:
        old = path.read_text("utf-8")
        kept = _INGESTED.search(old)
        if kept:  # the first ingest time stays: re-ingest of the same input is byte-identical
            article = article.replace(ingested=kept.group(1))
        new = article.dumps()
        if new == old:
            return Outcome("unchanged", path)
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


def write_atomic(path: Path, text: str) -> None:
    """Write to a temporary file beside `path`, then rename: readers never see half a file."""
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _head(path: Path, limit: int = 64_000) -> str:
    try:
        with path.open("r", encoding="utf-8", errors="replace") as handle:
            return handle.read(limit)
    except OSError:
        return ""

