"""Processes: whether another one is still running, and workers that end with their parent."""

from __future__ import annotations

import ctypes
import os
import signal
import sys
import threading
import time

PR_SET_PDEATHSIG = 1  # linux/prctl.h
WATCH_SECONDS = 0.5


def alive(pid: int) -> bool:
    """True while a process with this id runs (even one we may not signal); a zombie, which
    has ended and waits only to be reaped (where no init reaps orphans), is not alive."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return not _zombie(pid)


def _zombie(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat", "rb") as stat:
            return stat.read().rsplit(b")", 1)[1].split()[0] == b"Z"
    except (OSError, IndexError):  # no /proc (not Linux), or the process is gone
        return False


def end_with_parent(parent: int) -> None:
    """Run in a worker process: end it as soon as ``parent`` ends, however that ends.

    A parent killed with ``kill -9`` cannot tell its workers, and a worker waiting for its next
    job never sees the job queue close (the other workers hold it open too), so without this
    the workers of a killed index run would wait for ever. On Linux the kernel sends the signal
    (``PR_SET_PDEATHSIG``); elsewhere a thread looks for the parent twice a second.
    """
    if not _kernel_signals_parent_death():
        threading.Thread(target=_watch, args=(parent,), name="end-with-parent", daemon=True).start()
    if os.getppid() != parent:  # the parent ended before the signal was asked for
        os._exit(1)


def _kernel_signals_parent_death() -> bool:
    if not sys.platform.startswith("linux"):
        return False
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        return libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0) == 0
    except (OSError, AttributeError):
        return False


def _watch(parent: int) -> None:
    while os.getppid() == parent:
        time.sleep(WATCH_SECONDS)
    os._exit(1)
