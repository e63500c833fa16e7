"""The project's own error types: every user-facing failure names a file and a problem."""

from __future__ import annotations


class BriefingError(Exception):
    """A failure the user can act on; printed as one line, without a traceback."""

    def __init__(self, message: str, path: str | None = None, line: int | None = None):
        self.message = message
        self.path = path
        self.line = line
        super().__init__(str(self))

    def __str__(self) -> str:
        where = ""
        if self.path:
            where = f"{self.path}:{self.line}: " if self.line else f"{self.path}: "
        return f"{where}{self.message}"


class InputError(BriefingError):
    """A raw input file cannot be read as an article (empty, binary, undecodable...)."""


class FrontMatterError(BriefingError):
    """Front matter is missing, malformed YAML, or has fields of the wrong type."""


class RegistryError(BriefingError):
    """A people/topics/sources registry file is invalid."""


class StoreError(BriefingError):
    """Writing a normalized article failed or would clash with another."""
