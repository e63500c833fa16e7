"""One briefing command at a time per archive: a lock file, with a clear message for the second."""

from __future__ import annotations

import contextlib
import fcntl
import os
from pathlib import Path
from typing import Iterator

from .errors import BriefingError


@contextlib.contextmanager
def archive_lock(folder: Path | str, what: str) -> Iterator[None]:
    path = Path(folder) / ".briefing.lock"
    path.parent.mkdir(parents=True, exist_ok=True)
    handle = open(path, "a+")
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
