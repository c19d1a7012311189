"""Dates and clock times as tools write them: valid days and times, epoch seconds and milliseconds,
a stamp's regex groups, and storing a stamp on the result.

Reads result. Serves credits_grammar, credits, dates, decorations, devices_words, devices_tolerant,
devices_schemes, devices, xiaohongshu, captions, artworks, text_fields, text_tails, text_prefixes,
text, folders, credit_tail, finish.
"""

from __future__ import annotations

import re
from datetime import date as _date
from datetime import datetime, timedelta, timezone
from typing import Final

from .result import ParsedName

CHINA_TZ: Final = timezone(timedelta(hours=8))


# ---------------------------------------------------------------------------------------------
# Dates
# ---------------------------------------------------------------------------------------------


def _valid_date(y: int, m: int, d: int) -> str | None:
    if not 1900 <= y <= 2100:
        return None
    try:
        return _date(y, m, d).isoformat()
    except ValueError:
        return None


def _valid_month(y: int, m: int) -> str | None:
    """`YYYY-MM` for a real month of a year the parser reads (1900–2100), else None."""
    return f"{y:04d}-{m:02d}" if 1900 <= y <= 2100 and 1 <= m <= 12 else None


def _valid_time(h: int, mi: int, s: int) -> str | None:
    if 0 <= h <= 23 and 0 <= mi <= 59 and 0 <= s <= 59:
        return f"{h:02d}:{mi:02d}:{s:02d}"
    return None


# read at import: a caption's year past this one names a plan (`2035年…规划`), and two digits of a later year no day
# yet (`280224团拜会` is 24 Feb 2028 written day first)
_THIS_YEAR: Final = _date.today().year


_EPOCH_CHINA: Final = datetime(1970, 1, 1) + timedelta(hours=8)  # the epoch on a China clock (no DST): naive sums, no astimezone


def _from_epoch(value: int, *, millis: bool) -> tuple[str, str] | None:
    try:  # (every epoch read is 10 or 13 digits: far from datetime's limits either way)
        local = _EPOCH_CHINA + (timedelta(milliseconds=value) if millis else timedelta(seconds=value))
    except OverflowError:
        return None
    if not 2000 <= local.year <= 2100:  # before 2000 nobody named photos by epoch
        return None
    return local.date().isoformat(), f"{local.hour:02d}:{local.minute:02d}:{local.second:02d}"


def _stamp_from_groups(g: dict[str, str | None]) -> tuple[str | None, str | None]:
    """Date and time from named groups Y M D h m s ap, or ms / sec (epoch)."""
    if g.get("ms"):
        got = _from_epoch(int(g["ms"] or 0), millis=True)
        return got if got else (None, None)
    if g.get("sec"):
        got = _from_epoch(int(g["sec"] or 0), millis=False)
        return got if got else (None, None)
    if not g.get("Y"):
        return None, None
    year = int(g["Y"] or 0)
    if year < 100:
        year += 2000
    day = _valid_date(year, int(g["M"] or 0), int(g["D"] or 0))
    if day is None or not g.get("h"):
        return day, None
    hour = _twelve_hour(int(g["h"] or 0), g["ap"]) if g.get("ap") else int(g["h"] or 0)
    return day, None if hour is None else _valid_time(hour, int(g["m"] or 0), int(g.get("s") or 0))


# session 26: the parts of the day a 12-hour clock is written with. Simplified macOS writes 上午/下午; traditional
# macOS (13 and later) the finer periods of Unicode's day periods (`截圖 2024-09-16 晚上10.31.52`, set 133). 中午 is
# noon's hour: 中午12 is 12 h, 中午1 is 13 h.
_DAY_PERIODS: Final = "上午|下午|凌晨|清晨|早上|中午|傍晚|晚上"
_AFTER_NOON: Final = frozenset(("下午", "傍晚", "晚上", "PM", "pm", "Pm", "pM", "p.m.", "p. m.", "오후", "午後", "nachm."))


def _twelve_hour(hour: int, period: str | None) -> int | None:
    """The hour of a 12-hour clock (None past 12): 上午12 is 0 h, 下午12 and 中午12 are 12 h, 晚上10 is 22 h."""
    if not period:
        return hour
    if hour > 12:
        return None
    if period == "中午":
        return hour if hour >= 11 else hour + 12
    return hour % 12 + (12 if period in _AFTER_NOON else 0)


def _set_stamp(result: ParsedName, m: re.Match[str], rule: str, kind: str, conf: float) -> None:
    _give_stamp(result, *_stamp_from_groups(m.groupdict()), rule, kind, conf)


def _give_stamp(result: ParsedName, day: str | None, clock: str | None, rule: str, kind: str | None,
                conf: float) -> None:
    """A stamp's day (what kind of day it is, where known) and its clock, all from one rule."""
    if day:
        result._set("date", day, rule, conf)
        if kind:
            result._set("date_kind", kind, rule, conf)
        if clock:
            result._set("time", clock, rule, conf)
