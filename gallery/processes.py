"""Processes: whether another one is still running, and index workers: they end with their
parent and keep their per-file buffers on the heap."""

from __future__ import annotations

import ctypes
import os
import signal
import sys
import threading
import time

PR_SET_PDEATHSIG = 1  # linux/prctl.h
WATCH_SECONDS = 0.5
M_TRIM_THRESHOLD, M_MMAP_THRESHOLD = -1, -3  # glibc malloc.h
HEAP_BUFFERS = 16 * 1024 * 1024  # a 24 MP file's bytes, its drafted pixels and its shrink fit under it


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


def start_worker(parent: int) -> None:
    """Run first in each index worker: :func:`end_with_parent`, then :func:`steady_heap`."""
    end_with_parent(parent)
    steady_heap()


def steady_heap() -> None:
    """Let this process reuse its large buffers instead of asking the kernel for new ones.

    Each file needs a few buffers of 2–8 MB (its bytes, its drafted pixels, the shrink). glibc
    gives blocks that big fresh pages from the kernel (mmap) and hands them back on free, so every
    file paid about 3,000 page faults; in a process that imported the whole gallery (as the forked
    workers have) its adaptive threshold stayed low. Measured on the bench's 12–24 MP files
    (bench/README.md): 3,000 → 40 faults and 66 → 61 ms of CPU per file, peak memory unchanged
    (the buffers are as big as before; they are kept between files instead of given back).
    Elsewhere than glibc this does nothing.
    """
    try:
        libc = ctypes.CDLL(None)
        libc.mallopt(M_MMAP_THRESHOLD, HEAP_BUFFERS)
        libc.mallopt(M_TRIM_THRESHOLD, 2 * HEAP_BUFFERS)
    except (OSError, AttributeError, TypeError):  # not glibc, or no C library to load
        pass


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
