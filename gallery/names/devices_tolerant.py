"""Step 3b, tolerant device names (round 14): flexible and partial stamps, a device name inside a
longer name, words before a tool, a stamp anywhere (`_flex_stamp`, `_device_inside`,
`_apply_partial_stamp`, `_apply_stamp_anywhere`).

Reads result, stamps, devices_patterns, devices_words. Calls back up the pipeline into devices, text
(function-level imports: those modules import this one). Serves devices_schemes, devices, parse.
"""

from __future__ import annotations

import re
from typing import Final

from .devices_patterns import _CN_APPS
from .devices_words import (
    _APP_TAG,
    _DATE_DIGITS,
    _EXACT_ONLY_TOOLS,
    _FLEX_TOOLS,
    _device_words,
    _ids_only,
)
from .result import ParsedName
from .stamps import (
    _DAY_PERIODS,
    _give_stamp,
    _stamp_from_groups,
    _twelve_hour,
    _valid_date,
    _valid_time,
)

# ---------------------------------------------------------------------------------------------
# Step 3b: tolerant device names (round 14). The tables above are exact; real names vary: the
# stamp's separators swapped (`屏幕快照 2019-09-13 12 06 28`), an id or a counter glued around the
# name (`051011412442_0TIM截图…`, `IMG_4521_0`), words glued before the tool name without a
# separator (`vuex需要安装勾选的插件Snipaste_…`). Reached only when no exact pattern matched.
# ---------------------------------------------------------------------------------------------

# ONE date-time grammar for every tool: Y M D with `-_. /` or none, an optional 上午/下午/AM/PM,
# H M S with `-_.: ` or none, optional milliseconds (glued to the seconds: exactly three digits).
# Unpadded months, days and hours only where a separator delimits them; a separated date needs a
# separator (or `at`) before the time.
_FLEX_STAMP: Final = (
    r"(?P<Y>(?:19|20)\d{2})(?:(?P<s1>[-_. /])(?P<M>\d{1,2})(?P=s1)(?P<D>\d{1,2})(?:[-_ T]{1,3}|[ _]at[ _]"
    r"|(?<=\d\d)(?=上午|下午|\d{2}[-_.: ]))"  # round 16: macOS `截屏2020-03-0301.17.10`, two-digit day and hour
    r"|(?P<M2>\d{2})(?P<D2>\d{2})(?:[-_ T]{0,3}|[ _]at[ _]))"
    r"(?P<ap>" + _DAY_PERIODS + r")?\s?"
    r"(?:(?P<h>\d{1,2})(?P<s2>[-_.: ])(?P<m>\d{2})(?P=s2)(?P<s>\d{2})|(?P<h2>\d{2})(?P<m2>\d{2})(?P<s3>\d{2}))"
    r"(?:[-_.]\d{1,3}|\d{3})?(?:[ _]?(?P<ap2>AM|PM|am|pm)(?![A-Za-z]))?(?!\d)"
)
# what may follow a stamp without being a title: counters, `@2x`, hashes, app packages (a long run
# of digits alone is not read: it may be the rest of another number)
# (one token may be glued to the stamp, every later one follows a separator: no two ways to split a
# run of letters, so a failing match cannot backtrack exponentially)
# (round 16: an upload tool's epoch seconds or milliseconds after a separator, `微信截图_<ts14>_<ms13>`,
# are no title either: 10 or 13 digits from 1[3-9] — 2011 to 2033)
_FLEX_JUNK: Final = (r"(?:@?[0-9]*[A-Za-z][A-Za-z0-9]*)?"
                     r"(?:[-_]1[3-9]\d{8}(?:\d{3})?(?!\d)|[-_.@~ ](?:[0-9]*[A-Za-z][A-Za-z0-9]*|\d{1,3})|\s?[(（]\d{1,3}[)）])*")
# (the look-ahead holds every tool name's first character: most positions fail on it at once)
# (Chinese app names — 美图, 快手, 小红书 … — are common words inside captions: they are tried at the
# start of a name only, see _apply_device_tolerant)
_TOOL_SCAN: Final = re.compile("(?=[A-Za-z_3企微钉飞屏截录搜扫新批网])(?:"
                               + "|".join(f"(?:{rx})" for rx, *_ in _FLEX_TOOLS[:-1]) + "|" + _EXACT_ONLY_TOOLS + ")",
                               re.IGNORECASE)
_CN_APP_FIRST: Final = frozenset(a[0] for a in _CN_APPS.split("|"))
_FLEX_BY_TOOL: Final = tuple(
    (re.compile(rf"(?:{rx})[-_ ]{{0,2}}{_FLEX_STAMP}{_FLEX_JUNK}", re.IGNORECASE), family, kind, date_kind)
    for rx, family, kind, date_kind in _FLEX_TOOLS
)
# An unknown tool: the stamp alone, with nothing glued to it but separators or Chinese words
_FLEX_ANY: Final = re.compile(rf"(?:(?<=^)|(?<=[-_ .()（）\u4e00-\u9fff])){_FLEX_STAMP}(?={_FLEX_JUNK}$)")
_FLEX_JUNK_END: Final = re.compile(_FLEX_JUNK + "$")
# Round 16: a stamp a tool wrote without a part. A date alone (`screenshot_20190529`, `WP_20150208_017`),
# a year and a month (`Screenshot_2021-04`: the date is `2021-04`, no day is guessed), or a month, day
# and clock without a year (`PicsArt_03-22-08.39.19`: a time and a `date_partial`, never a guessed
# year). Tried only after a known tool name, when no full date-time followed it.
# (a digit group after the last one with the same separator would make it another stamp; with another
# separator it is a counter: `PicsArt_03-22-08.39.19_1`, `Screenshot_2021-04_12`)
_PARTIAL_STAMP: Final = (
    r"(?:(?P<Y>(?:19|20)\d{2})(?:(?P<s1>[-_.])(?P<M>\d{1,2})(?P=s1)(?P<D>\d{1,2})(?!\d)|(?P<M2>\d{2})(?P<D2>\d{2})(?!\d)"
    r"|(?P<s5>[-_.])(?P<YM>\d{2})(?!\d|(?P=s5)\d))"
    r"|(?P<NM>\d{2})[-_.](?P<ND>\d{2})[-_.](?P<h>\d{2})[-_.](?P<m>\d{2})(?P<s4>[-_.])(?P<s>\d{2})(?!\d|(?P=s4)\d))"
)
_PARTIAL_RULE: Final = "tool name + partial stamp"
_PARTIAL_BY_TOOL: Final = tuple(
    (re.compile(rf"(?:{rx})[-_ ]{{0,2}}{_PARTIAL_STAMP}", re.IGNORECASE), family, kind, date_kind)
    for rx, family, kind, date_kind in _FLEX_TOOLS
)
# a counter after a device name: `_0`, `-2`, and a copy number a web uploader sanitised, ` (1)` → `__1_`, `-1-`
_TRAILING_COUNTER: Final = re.compile(r"(?:[_-]\d{1,2}|[-_ ]{1,2}\d{1,3}[-_])$")
_A_DIGIT: Final = re.compile(r"\d")
# a clock's seconds after its minutes with the same separator are no counter (round 18)
_CLOCK_BEFORE_COUNTER: Final = re.compile(r"(?<!\d)\d{1,2}(?P<sep>[-_.: ])\d{2}(?P=sep)\d{2}$")
_LEADING_ID: Final = re.compile(r"\d{1,16}(?:_\d{1,3})?[_-]")
_FLEX_YEAR: Final = re.compile(r"(?:19|20)\d{2}")
# session 19: letters (and ids) glued before a full stamp, `rps20170208_092114_653`, `U5547P31DT20150706180604`,
# `…_BURST20190727182200`: an app's or a site's prefix, no title (_FLEX_ANY's own start needs a separator)
# (round 14: one letter or a hex run glued to fourteen digits, `x20230512102233`, is an id's part: the prefix ends in
# a word of three letters, one of them past f, or the stamp parts its day from its clock)
_LATIN_GLUED_BEFORE_STAMP: Final = re.compile(r"[A-Za-z0-9_]{0,24}(?:[A-Za-z]{2}(?<=[g-zG-Z].|.[g-zG-Z])[A-Za-z]"
                                              r"(?=(?:19|20)\d{6})|[A-Za-z](?=(?:19|20)\d{6}[-_]\d{6}(?!\d)))")


def _flex_stamp(m: re.Match[str]) -> tuple[str | None, str | None]:
    """Date and time from a _FLEX_STAMP match, both or neither: a plausible year (1995-2035), a
    real day, h < 24 (h <= 12 with 上午/下午/AM/PM), m and s < 60."""
    g = m.groupdict()
    year = int(g["Y"])
    month, day_n = (g["M"], g["D"]) if g["M"] else (g["M2"], g["D2"])
    if not 1995 <= year <= 2035:
        return None, None
    day = _valid_date(year, int(month), int(day_n))
    hour, minute, sec = (g["h"], g["m"], g["s"]) if g["h"] else (g["h2"], g["m2"], g["s3"])
    h = int(hour)
    ap = g["ap"] or g["ap2"]
    if ap:
        if not 1 <= h <= 12 and not (h == 0 and ap == "上午"):
            return None, None
        h = _twelve_hour(h, ap) or 0
    clock = _valid_time(h, int(minute), int(sec))
    return (day, clock) if day and clock else (None, None)


def _store_partial(result: ParsedName, m: re.Match[str], family: str, kind: str, date_kind: str | None, *,
                   rule: str = _PARTIAL_RULE) -> bool:
    """Fields from a _PARTIAL_STAMP match: a date, a year-month (not after a camera's name: `IMG_2013-06`
    may be frame 2013), or a month-day with a clock (a time and a date_partial, no year)."""
    g = m.groupdict()
    if g["NM"]:
        partial = _valid_date(2000, int(g["NM"]), int(g["ND"]))  # a leap year: 02-29 is a real day
        clock = _valid_time(int(g["h"]), int(g["m"]), int(g["s"]))
        if not partial or not clock:
            return False
        result._set("date_partial", partial[5:], rule, 0.7)
        result._set("time", clock, rule, 0.7)
    else:
        year = int(g["Y"])
        if not 1995 <= year <= 2035:
            return False
        if g["YM"]:
            if kind == "camera" or not 1 <= int(g["YM"]) <= 12:
                return False
            day: str | None = f"{year}-{g['YM']}"
        else:
            day = _valid_date(year, int(g["M"] or g["M2"]), int(g["D"] or g["D2"]))
            if not day:
                return False
        result._set("date", day, rule, 0.7)
        if date_kind:
            result._set("date_kind", date_kind, rule, 0.7)
    result.family, result.kind = family, kind
    return True


def _store_flex(result: ParsedName, m: re.Match[str], family: str, kind: str, date_kind: str | None,
                rule: str, conf: float) -> bool:
    day, clock = _flex_stamp(m)
    if not day:
        return False
    result.family, result.kind = family, kind
    result._set("date", day, rule, conf)
    result._set("time", clock, rule, conf)
    if date_kind:
        result._set("date_kind", date_kind, rule, conf)
    return True


# what a device name can start with (entry ids before a title, `001_张三_晨曦`, are not tried)
_DEVICE_FIRST: Final = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_企微钉飞屏截录搜美醒轻无黄一剪抖快小百拍激网批")
_NOT_AROUND_IDS: Final = frozenset(("dated", "default_name", "hash", "opaque_id", "camera_custom_prefix", "image_paste"))


def _device_inside(result: ParsedName, part: str, *, words: bool, plain_title: bool = False) -> bool:
    """Is `part` (the name less an id or a counter) a device name? Its fields are taken only then,
    only for a family that an id or a counter cannot have made up (not a bare date or a hash), and
    with words read beside it only where `words` allows (`截屏… 上午10-22` less `-33` is no title)."""
    trial = ParsedName(filename=result.filename)
    # a call back up the pipeline: that module imports this one, so the import is here
    from .devices import _apply_device
    if not _apply_device(trial, part, nested=True) or trial.family in _NOT_AROUND_IDS:
        return False
    if not words and (trial.photographers or (trial.title and not (plain_title and not _A_DIGIT.search(trial.title)))):
        return False  # (plain_title: `20190912_145350_山林雪景_0` less `_0` keeps its title; `…上午10-22` less `-33` none)
    if any(e.rule == _PARTIAL_RULE for e in trial.evidence.values()):
        return False  # `Screenshot_2021-04-05` less `-05` is no year-month name: the whole name is read
        # (round 19: a camera's day and frame counter is, `IMG_20200508_4339_0` less `_0`: _FRAME_RULE)
    for name, evidence in trial.evidence.items():
        setattr(result, name, getattr(trial, name))
        result.evidence[name] = evidence
    result.family, result.kind = trial.family, trial.kind
    result.warnings.extend(trial.warnings)
    return True


_EPOCH_MS: Final = re.compile(r"1[3-9]\d{11}")
# Round 29: a site's upload `<epoch>_<original name>` or `<epoch ms>-<original name>` where the original is a
# device or app name with no time of its own (`<ms>-IMG_1234`): the upload time (UTC+8), as the parser already
# read it before words (`<ms>-晚霞`, `_take_upload_ms`) and before a camera's frame (`image_<epoch s>_IMG_1234`).
# The scheme: multer's `Date.now() + '-' + file.originalname` (search-index files 20778165059, 6671485949,
# 13896795209), `_` in the same place: milliseconds, 2011–2033 only. Ten digits of seconds are not read here
# (Go's `%d_%s` writes them, but round 16 keeps `<epoch s>_Snapchat-<n>` dateless: ten digits before a device
# name may be an account); a device name's own stamp wins; an id of another length (`123_IMG_4521`) gives nothing.
# Round 54: PHP upload scripts write `time() . '-' . $_FILES[…]['name']` (search-index files 37074609344 a WordPress
# upload template, 32205448019, 15469509449, 4787371560, 7890520529): ten digits of seconds and a `-` (with `_` they
# stay an account's, as round 16 kept them) before a program's default name (`未标题-3`, `下载`), the upload time; and a day a person wrote before a program's name that
# has none of its own, `YYYYMMDD-未标题-1` (`YYYYMMDD_<words>` reads the same day), the picture's day.
_UPLOAD_LEAD: Final = re.compile(r"(?P<ms>1[3-9]\d{11})[-_]?|(?P<sec>1[3-9]\d{8})-")
_NO_NAME_FAMILIES: Final = frozenset(("untitled", "default_name"))  # a program's name for a file nobody named
_DAY_LEAD: Final = re.compile(r"(?P<Y>(?:19|20)\d{2})(?P<M>[01]\d)(?P<D>[0-3]\d)[-_]")


def _give_upload_lead(result: ParsedName, lead: str) -> None:
    if result.date or result.date_partial:
        return  # a device name's own stamp wins
    m = _UPLOAD_LEAD.fullmatch(lead)
    if m and m["sec"] and result.family not in _NO_NAME_FAMILIES:
        return  # (round 29: `<epoch s>-IMG_0815` stays dateless: ten digits before a camera's frame may be an id)
    if m:
        day, clock = _stamp_from_groups(m.groupdict())
        _give_stamp(result, day, clock, "upload <epoch>_<device name>", "uploaded", 0.5)
        return
    m = _DAY_LEAD.fullmatch(lead)
    if m:
        _give_stamp(result, _stamp_from_groups(m.groupdict())[0], None, "YYYYMMDD-<device name>", None, 0.6)
_CMS_DIGITS: Final = re.compile(r"20\d{13,15}")  # round 19: YYYYMMDDhhmmss and 1-3 digits (CSDN; 14 digits stay as they were)
_CN_APP_BEFORE_SHOT: Final = re.compile(r"(?:^|(?<=[-_ .]))[\u4e00-\u9fff]{1,4}$")
_LATIN_APP_BEFORE_SHOT: Final = re.compile(r"(?<![A-Za-z0-9])[A-Za-z][A-Za-z0-9]{0,7}$")
_ID_BEFORE_TOOL: Final = re.compile(r"(?<![A-Za-z0-9])[A-Za-z0-9]*\d[A-Za-z0-9]*$")
_TAG_BEFORE_TOOL: Final = re.compile(r"(?<![A-Za-z0-9])(?:[A-Z]{2,4}|[a-z]{2})_$")  # (round 17: `tb_image_share_<ms>`)
_LONG_ID_END: Final = re.compile(r"(?<![A-Za-z0-9])(?=[A-Za-z]*\d)[A-Za-z0-9]{8,}[-_ ]+$")


def _words_before_tool(raw: str, tool: str) -> str:
    """The words before a tool name, less what belongs to the device name (round 16): a short Chinese
    app name glued to 截图/截屏/录屏 after a separator (`订单页面_深度截图_…`), an id glued to the tool
    (`登录页面报错d81a2360截图…`: a Latin run with a digit), an app's capital tag (`订单页面_FB_IMG_…`)."""
    if raw[-1:] in "-_ ":  # round 17: a hash or upload id before the tool, `<words><sha256>-Xnip…`
        raw = _LONG_ID_END.sub("", raw)
    if raw[-1:].isalnum() and raw[-1:].isascii():
        glued = _ID_BEFORE_TOOL.search(raw)
        if glued is None and tool[:1] in "截录屏":  # round 18: `登录页面报错-QQ录屏…`, a Latin app name glued to
            glued = _LATIN_APP_BEFORE_SHOT.search(raw)  # 截图/录屏 is the app's (as _CN_SHOT_HEAD reads it)
        raw = raw[: glued.start()] if glued else raw
    elif raw.endswith("_"):
        tag = _TAG_BEFORE_TOOL.search(raw)
        raw = raw[: tag.start()] if tag else raw
    elif tool[:1] in "截录屏" and raw:
        app = _CN_APP_BEFORE_SHOT.search(raw)
        raw = raw[: app.start()] if app else raw
    return raw.strip(" _-")


# Words a person (or the window's title) put after a tool's full stamp (session 18: or after a camera's day alone),
# behind a separator: `-九阳股份-002242`, ` 订单页面` (Chinese words first: a Latin word there may be an app's package or a
# tool's own suffix, read by the tables)
_WORDS_AFTER_STAMP: Final = re.compile(r"\s?[-_ ]{1,3}\s?(?P<words>[\u4e00-\u9fff].*)")
# Round 19: a camera's four-digit frame counter after a date alone (`IMG_20200508_4339`): a day, no time
# (four digits are no clock: hhmm without seconds is never read as one). After a camera's name only: a
# screenshot tool writes no frame counter (`Screenshot_20230512_4321` stays unread, round 16). (Session 18: five
# digits too, `IMG_20240509_41792`.)
_FRAME_AFTER_DAY: Final = re.compile(r"[-_]\d{4,5}")
_FRAME_RULE: Final = "camera name + date + frame counter"


def _apply_partial_stamp(result: ParsedName, suffix: str, words: str) -> bool:
    """A known tool name followed by a partial stamp (see _PARTIAL_STAMP), then junk only; or, for a
    date alone, a space and words (Firefox `Screenshot_2021-01-30 <page title>`): those are the title."""
    end = len(suffix.rstrip("-_"))  # `WP_20141103_002-1-`: a sanitised copy number's last separator
    for rx, family, kind, date_kind in _PARTIAL_BY_TOOL:
        m = rx.match(suffix)
        if not m:
            continue
        rest = suffix[m.end():]
        after = ""
        clock = None
        if not words and not m["NM"] and rest[:1] == " " and any(ch.isalpha() for ch in rest):
            after = rest.strip()  # words after a date alone: a page title, not junk
            if family == "win_snipping" and after[6:7] in "-_" and after[:6].isdigit():
                # round 50: the Snipping Tool's own `屏幕截图 YYYY-MM-DD HHMMSS` (Windows 11; its English
                # `Screenshot 2024-01-16 093015`), then words another program or the user added after a dash:
                # the six digits are the tool's clock, not the words' start
                clock = _valid_time(int(after[:2]), int(after[2:4]), int(after[4:6]))
                after = after[7:].strip(" -_") if clock else after
        elif not words and not m["NM"] and rest[:1] in "_-" and (glued := _WORDS_AFTER_STAMP.fullmatch(rest)):
            after = glued["words"].strip()  # session 18: `IMG_20240501_海边`: Chinese words after a day alone
        frame = None
        if not after and m.end() <= end and not _FLEX_JUNK_END.fullmatch(suffix, m.end(), end) and kind == "camera" \
                and m["M2"]:
            frame = _FRAME_AFTER_DAY.fullmatch(suffix, m.end(), end)
            if frame is None:
                continue
        elif not after and not (m.end() <= end and _FLEX_JUNK_END.fullmatch(suffix, m.end(), end)):
            continue
        if _store_partial(result, m, family, kind, date_kind, rule=_PARTIAL_RULE if frame is None else _FRAME_RULE):
            if clock:
                result._set("time", clock, _PARTIAL_RULE, 0.7)
            _device_words(result, words or after, after=not words)
            return True
    return False


_COPY_BEFORE_STAMP: Final = re.compile(r"\s?[(（]\d{1,3}[)）]$")


def _apply_stamp_anywhere(result: ParsedName, core: str) -> bool:
    """No known tool: a full date-time with nothing but ids and counters after it still gives the
    date and time, at a low confidence; the words before it are the title."""
    if "。" in core or "摄" in core or "19" not in core and "20" not in core or not _FLEX_YEAR.search(core):
        return False  # a caption sentence or a credit is read as text (speed: a year opens with 19 or 20)
    glued = _LATIN_GLUED_BEFORE_STAMP.match(core) if core[:1].isascii() else None
    for m in _FLEX_ANY.finditer(core[glued.end():] if glued else core):  # (the rest read alone: its stamp opens it)
        if _flex_stamp(m)[0] is None:
            continue
        words = core[: m.start()].strip(" _-") if not glued else ""  # (an app's or a site's letters: no title)
        copy = _COPY_BEFORE_STAMP.search(words) if words[-1:] in ")）" else None
        if copy and copy.start() > 0:  # round 19: `生成动漫雪道图片 (1)_<ts14>A002`: a copy uploaded (若依)
            words = words[: copy.start()]
            if not result.copy_marker:
                result._set("copy_marker", copy.group(0), "copy marker", 0.8)
        if words and not (_APP_TAG.fullmatch(words) or _DATE_DIGITS.fullmatch(words) or _ids_only(words)
                          or " " in words and _TOOL_SCAN.fullmatch(words.replace(" ", ""))):  # session 18: `QQ 图片
            # <ts14>`: a tool's name a converter spaced out, no title
            # a call back up the pipeline: that module imports this one, so the import is here
            from .text import _apply_text
            _apply_text(result, words)  # a caption before the stamp: read as any caption
        if not result.date:
            _store_flex(result, m, "dated_stamp", "generic", None, "date-time in the name", 0.4)
        return True
    return False
