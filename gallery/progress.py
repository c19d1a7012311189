"""Progress of a long run: a live bar on a terminal, plain periodic lines elsewhere.

On a terminal one line is redrawn in place (count, share, rate, time left, current file); in a
log or a pipe a plain line is written every few seconds, so a cron job's log stays readable.
The rate is measured over the last few seconds, so the time left follows the work now being
done (re-reading unchanged files is a hundred times faster than reading new ones).
"""

from __future__ import annotations

import shutil
import sys
import time
import unicodedata
from collections import deque
from typing import TextIO

from .names import redact_phones

WINDOW_SECONDS = 10.0  # the rate is taken over this much recent time


def clock(seconds: float) -> str:
    """``mm:ss`` or ``h:mm:ss``."""
    seconds = int(max(0, seconds))
    hours, rest = divmod(seconds, 3600)
    return f"{hours}:{rest // 60:02d}:{rest % 60:02d}" if hours else f"{rest // 60:02d}:{rest % 60:02d}"


def width_of(text: str) -> int:
    """Terminal columns a text takes (CJK characters take two)."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def fit(text: str, columns: int) -> str:
    """``text`` cut to ``columns`` terminal columns, with an ellipsis when cut.

    Control characters become ``?``: a file name must never move the cursor or retitle the
    terminal.
    """
    text = "".join(ch if ch.isprintable() else "?" for ch in text)
    if width_of(text) <= columns:
        return text
    out, used = [], 0
    for ch in text:
        used += width_of(ch)
        if used > columns - 1:
            break
        out.append(ch)
    return "".join(out) + "…"


class Progress:
    """Call with (done, total, current path); draws at most a few times a second.

    ``total`` may be None while the files are still being counted.
    """

    def __init__(self, stream: TextIO | None = None, *, interval: float | None = None,
                 tty: bool | None = None, clock_fn=time.monotonic):
        self.stream = stream or sys.stderr
        self.tty = tty if tty is not None else bool(getattr(self.stream, "isatty", lambda: False)())
        self.interval = interval if interval is not None else (0.2 if self.tty else 10.0)
        self.now = clock_fn
        self.started = self.now()
        self.last = float("-inf")
        self.drawn = False
        self.recent: deque[tuple[float, int]] = deque()

    def __call__(self, done: int, total: int | None, path: str) -> None:
        moment = self.now()
        self.recent.append((moment, done))
        while len(self.recent) > 2 and moment - self.recent[0][0] > WINDOW_SECONDS:
            self.recent.popleft()
        if moment - self.last < self.interval and done != total:
            return
        self.last = moment
        self.stream.write(self.line(done, total, path, moment - self.started))
        self.stream.flush()
        self.drawn = True

    def rate(self, done: int, elapsed: float) -> float:
        """Files per second over the recent window (over the whole run at its start)."""
        if len(self.recent) >= 2:
            (t0, d0), (t1, d1) = self.recent[0], self.recent[-1]
            if t1 - t0 >= 1.0:
                return (d1 - d0) / (t1 - t0)
        return done / elapsed if elapsed > 0 else 0.0

    def line(self, done: int, total: int | None, path: str, elapsed: float) -> str:
        """One progress line: a bar redrawn in place on a terminal, a plain line elsewhere."""
        rate = self.rate(done, elapsed)
        left = (total - done) / rate if rate and total and total >= done else None
        eta = clock(left) if left is not None else "--:--"
        if not self.tty:
            share = f"/{total}（{done * 100 // total}%）" if total else "（正在统计总数）"
            return f"已处理 {done}{share}，{rate:.1f} 个/秒，已用 {clock(elapsed)}，剩余约 {eta}\n"
        columns = shutil.get_terminal_size((100, 20)).columns
        counts = f" {done}/{total if total is not None else '?'}"
        share = f" {done * 100 // total:3d}%" if total else ""
        tail = f"{counts}{share}  {rate:6.1f} 个/秒  剩余 {eta}  "
        bar_width = max(10, min(30, columns - width_of(tail) - 20))
        filled = int(bar_width * done / total) if total else 0
        bar = "█" * filled + "░" * (bar_width - filled)
        name = redact_phones(path.rsplit("/", 1)[-1])
        room = columns - bar_width - width_of(tail) - 1
        shown = fit(name, room) if room > 4 else ""
        return f"\r\x1b[2K{bar}{tail}{shown}"

    def close(self) -> None:
        """End the bar's line so the summary starts on a fresh one."""
        if self.drawn and self.tty:
            self.stream.write("\n")
            self.stream.flush()
