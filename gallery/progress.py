"""Progress of a long run: a live bar on a terminal, plain periodic lines elsewhere."""

from __future__ import annotations

import sys
import time
from typing import TextIO

from .names import redact_phones


def _clock(seconds: float) -> str:
    seconds = int(max(0, seconds))
    hours, rest = divmod(seconds, 3600)
    return f"{hours}:{rest // 60:02d}:{rest % 60:02d}" if hours else f"{rest // 60:02d}:{rest % 60:02d}"


class Progress:
    """Call with (done, total, current path); draws at most a few times a second."""

    def __init__(self, stream: TextIO | None = None, *, interval: float | None = None):
        self.stream = stream or sys.stderr
        self.tty = bool(getattr(self.stream, "isatty", lambda: False)())
        self.interval = interval if interval is not None else (0.1 if self.tty else 5.0)
        self.started = time.monotonic()
        self.last = 0.0
        self.drawn = False

    def __call__(self, done: int, total: int | None, path: str) -> None:
        moment = time.monotonic()
        if moment - self.last < self.interval and done != total:
            return
        self.last = moment
        self.stream.write(self.line(done, total, path, moment - self.started))
        self.stream.flush()
        self.drawn = True

    def line(self, done: int, total: int | None, path: str, elapsed: float) -> str:
        rate = done / elapsed if elapsed > 0 else 0.0
        eta = (total - done) / rate if rate and total else 0.0
        if not self.tty:
            share = f"/{total} ({done * 100 // total}%)" if total else ""
            return f"已处理 {done}{share}，{rate:.1f} 个/秒，剩余约 {_clock(eta)}\n"
        width = 28
        filled = int(width * done / total) if total else 0
        bar = "█" * filled + "░" * (width - filled)
        name = redact_phones(path.rsplit("/", 1)[-1])
        name = name if len(name) <= 24 else name[:23] + "…"
        return f"\r\x1b[2K{bar} {done}/{total or '?'}  {rate:5.1f}/秒  剩余 {_clock(eta)}  {name}"

    def close(self) -> None:
        if self.drawn and self.tty:
            self.stream.write("\n")
            self.stream.flush()
