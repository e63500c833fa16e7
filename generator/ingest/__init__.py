"""Ingest: raw articles (text, HTML, Markdown) to normalized Markdown files in `content/`.

Never imports MkDocs: ingest works without the site side.
"""

from .pipeline import enrich, ingest_bytes, ingest_paths

__all__ = ["enrich", "ingest_bytes", "ingest_paths"]
