"""One briefing command at a time per archive: a lock file, with a clear message for the second.

The lock is an advisory `flock` on `<content>/.briefing.lock` (MkDocs skips dot files). The
kernel releases it when the process ends, however it ends, so a crashed or killed command never
leaves the archive locked; the file's text only says who holds it.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
from pathlib import Path
from typing import Iterator

from .errors import BriefingError

LOCK_NAME = ".briefing.lock"


@contextlib.contextmanager
def archive_lock(folder: Path | str, what: str) -> Iterator[None]:
    """Hold the archive's lock for the block, or fail at once naming the command holding it."""
    path = Path(folder) / LOCK_NAME
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle = open(path, "a+", encoding="utf-8")
    except OSError as exc:
        raise BriefingError(f"cannot create the archive lock: {exc.strerror or exc}", str(path)) from None
    try:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            handle.seek(0)
            holder = handle.read().strip() or "another briefing command"
            raise BriefingError(f"the archive is busy ({holder}); try again when it has finished",
                                str(path)) from None
        handle.seek(0)
        handle.truncate()
        handle.write(f"{what}, pid {os.getpid()}")
        handle.flush()
        yield
    finally:
        handle.close()
