"""Whether another process is still running (a crashed index run, a worker's temporary file)."""

from __future__ import annotations

import os


def alive(pid: int) -> bool:
    """True while a process with this id exists (even one we may not signal)."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True
