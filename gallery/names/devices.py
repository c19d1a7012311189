"""Step 3, device, app and CMS names, the step itself: `_apply_device` (the exact table, then the
sites' schemes), a trailing separator, words around a device (`_apply_device_with_words`), the
tolerant pass's entry (`_apply_device_tolerant`) and digits-only names (`_apply_digits`).

Reads result, phones, stamps, people, decorations, devices_patterns, devices_words,
devices_tolerant, devices_schemes. Calls back up the pipeline into text (function-level imports:
those modules import this one). Serves devices_tolerant, artworks, segments, text_fields,
text_prefixes, folders, parse.
"""

from __future__ import annotations

import re
from typing import Final

from .decorations import _ALNUM_END
from .devices_patterns import _GLUED_PREFIX, _match_device, _match_device_before_words, _p
from .devices_schemes import (
    _apply_album_or_meizu,
    _apply_clock_epoch,
    _apply_cnblogs_gallery,
    _apply_dedecms,
    _apply_edit_copy_chain,
    _apply_epoch_upload,
    _apply_f2_save,
    _apply_form_export,
    _apply_frame_variant_tag,
    _apply_hash_tail,
    _apply_image_search_save,
    _apply_jimeng,
    _apply_locale_screenshot,
    _apply_note_export,
    _apply_photo_booth_regional,
    _apply_qqnt_unpadded,
    _apply_rehosted,
    _apply_restamped,
    _apply_smms,
    _apply_stock_download,
    _apply_tweet_save,
    _apply_upload_millis,
    _apply_upload_rand5,
    _apply_upload_seq,
)
from .devices_tolerant import (
    _A_DIGIT,
    _CLOCK_BEFORE_COUNTER,
    _CMS_DIGITS,
    _CN_APP_FIRST,
    _DEVICE_FIRST,
    _EPOCH_MS,
    _FLEX_BY_TOOL,
    _FLEX_JUNK_END,
    _LEADING_ID,
    _TOOL_SCAN,
    _TRAILING_COUNTER,
    _WORDS_AFTER_STAMP,
    _apply_partial_stamp,
    _device_inside,
    _give_upload_lead,
    _store_flex,
    _words_before_tool,
)
from .devices_words import (
    _COUNTER_ONLY,
    _DATED_GLUED_CLOCK,
    _LEAD_CLOCK,
    _LEAD_CLOCK_HM,
    _apply_device_glued,
    _apply_device_with_note,
    _credited_alone,
    _device_tail_credit,
    _device_words,
    _ids_only,
    _store_device,
)
from .phones import find_phones
from .places_scan import _scan_place
from .result import ParsedName
from .stamps import _stamp_from_groups, _valid_date, _valid_time

# Round 20: Bing's `th` and Google Images' `images` saved again by a browser (`th (1)`, `images (1)`: search-index
# files 19622656130, 36960523209) are default names; alone (`images.jpg`) they may be a word a person wrote
_BROWSER_SAVE: Final = _p("", r"th|images", "default_name", "generic", None, "browser save + copy marker")


def _apply_device(result: ParsedName, core: str, *, nested: bool = False) -> bool:
    if core[-4:-3] == "A" and core[-3:].isdigit() and _apply_upload_seq(result, core):
        return True
    if "_20" in core and " " in core and _apply_form_export(result, core):
        return True
    if result.copy_marker and (core == "th" or core == "images") and (saved := _BROWSER_SAVE.regex.fullmatch(core)):
        _store_device(result, _BROWSER_SAVE, saved)
        return True
    found = _match_device(core)
    if found is None or found[0].family == "opaque_id" and core[:1] == "1":  # (session 18: `<ms>mmexport<ms>` is no id)
        glued = (_GLUED_PREFIX.match(core)  # <hash>webwxgetmsgimg, <ms>Snipaste_…
                 if core[:1].isascii() and (core[:1].isalnum() or core[:1] == "+") else None)  # (speed) its first characters
        inner = _match_device(core[glued.end():]) if glued else None
        if inner is not None and glued and core[:1] in "12":
            _store_device(result, *inner)
            _give_upload_lead(result, glued.group(0))  # `<ms>-IMG_1234`: the upload time
            return True
        found = found or inner
    if found is None:
        # (round 17: each step's cheap gate is tested here, before a call: most names reach no step)
        first, last, n = core[:1], core[-1:], len(core)  # (speed) each read by several gates below
        under = "_" in core  # (speed) read by the gates below whose own test needs a `_`: most names hold none
        if last in "_-" and _apply_trailing_separator(result, core, nested=nested):
            return True
        return ((" 20" in core and _apply_locale_screenshot(result, core))
                or (first in "Pp" and core[:9].lower() == "photo on " and _apply_photo_booth_regional(result, core))
                or (first in "Qq" and core[1:2] in "Qq" and _apply_qqnt_unpadded(result, core))
                or (first in "PL" and _apply_album_or_meizu(result, core))
                or (first == "o" and core[1:2] == "_" and _apply_cnblogs_gallery(result, core))
                or (first in "Ww" and _apply_note_export(result, core))
                or (first in "jJ" and core[6:7] == "-" and _apply_jimeng(result, core))
                or ((first in "pP" and core[6:7] == "-" or last in "hH" and core[-9:-8] == "-")
                    and _apply_stock_download(result, core))  # session 18: `pexels-<name>-<id>`, `<name>-<id>-unsplash`
                or (n >= 24 and last.isdigit() and core[-15:].isdigit() and _apply_restamped(result, core))
                or (first == "1" and core[10:11] == "_" and _apply_epoch_upload(result, core))
                or (first.isdigit() and (_apply_dedecms(result, core)  # (speed) both need a digit first: one test
                                         or core[6:7] == "-" and _apply_clock_epoch(result, core)))
                or (first == "i" and core[:5] == "imgi_" and _apply_rehosted(result, core))
                or ((n == 15 or last == "b" and core.endswith(".thumb")) and _apply_smms(result, core))
                or ("src=http" in core and _apply_image_search_save(result, core))
                or (under and "_image_" in core and _apply_f2_save(result, core))
                or (" - " in core and last.isdigit() and _apply_tweet_save(result, core))
                or (last in ")）" and _apply_device_with_note(result, core))
                or (under and not nested and core[-4:-2] == "__" and _apply_edit_copy_chain(result, core))
                or (under and core[-6:-5] == "_" and _apply_upload_rand5(result, core))
                or ("a" <= last <= "z" and _apply_frame_variant_tag(result, core))
                or (under and first in "12" and last >= "\u4e00" and " " not in core
                    and _apply_device_with_words(result, core))  # session 20: `<day>_<clock>_IMG_1129_西湖`
                or ("。" not in core and "摄" not in core and _apply_device_tolerant(result, core, nested=nested))
                or (under and (core[-7:-6] == "_" or "__" in core) and _apply_rehosted(result, core))
                or (under and core[-14:-13] == "_" and core[-13:].isdigit() and _apply_upload_millis(result, core))
                or (" " in core and _apply_device_with_words(result, core))
                or ((last in _ALNUM_END or first.isascii()) and _apply_device_glued(result, core))
                or (not nested and n > 34 and _apply_hash_tail(result, core)))
    _store_device(result, *found)
    return True


# Round 18: a separator left at the end of a device name (`QQ录屏20220828144516_`, `IMG_1234_`, `…_14-45-16_`):
# a converter, an uploader or a renamer that cut a suffix left it; it is no part of the name. The name
# less it is read first, before any tolerant step could read the stamp short (`… 144516_` gave a title
# `144516` and a date without its time). Words (`故宫_`) are no device name and go on as before.
def _apply_trailing_separator(result: ParsedName, core: str, *, nested: bool) -> bool:
    bare = core.rstrip("_- ")
    if len(bare) < 4 or _A_DIGIT.search(bare) is None or _TRAILING_COUNTER.search(core):
        return False  # (`MVIMG_…__1_`: a copy number an uploader sanitised, read by the tolerant step, round 16)
    if len(bare) >= 8 and _DIGITS_ONLY.fullmatch(bare):  # `20220828144516_`, `<epoch ms>_`: read as the digits alone
        return _apply_digits(result, bare, None)
    return _apply_device(result, bare, nested=nested)


_CJK_WORDS: Final = re.compile(r"[\u4e00-\u9fff]{2,12}")


def _apply_device_with_words(result: ParsedName, core: str) -> bool:
    """`IMG_20210701_123456 王磊`, `DSC_0001 故宫角楼`: a camera name plus a few words."""
    head, _, tail = core.partition(" ")
    if not tail and (cut := core.rfind("_")) > 8 and _CJK_WORDS.fullmatch(core, cut + 1):  # session 20:
        # `<day>_<clock>_IMG_1129_西湖`: words after `_` (no space: _apply_device's gate, a day's digit first)
        head, tail = core[:cut], core[cut + 1:]
    tail = tail.strip().lstrip("-—_").lstrip()  # `IMG_… - 订单页面`: the joint is no part of the words
    found = _match_device_before_words(head) if tail else None
    if found is None:
        return False
    _store_device(result, *found)
    if _DIGITS_ONLY.fullmatch(tail) and len(tail) <= 2:  # `IMG_1234 2`: macOS names a duplicate so
        result._set("copy_marker", " " + tail, "copy marker", 0.8)
        return True
    stamp = _LEAD_DATE.fullmatch(tail + " ") if tail[:1].isdigit() and not result.date else None
    if stamp:  # `照片 2023-05-01`
        day = _valid_date(int(stamp["Y"]), int(stamp["M"] or stamp["M2"]), int(stamp["D"] or stamp["D2"]))
        if day:
            result._set("date", day, "default name + date", 0.6)
        return True
    if result.family == "default_name":  # `下载 故宫`: the words are all a person wrote
        # a call back up the pipeline: that module imports this one, so the import is here
        from .text import _apply_text
        _apply_text(result, tail)
    elif (words := _device_tail_credit(result, tail)) is not None:  # session 12's reviews: `QQ<d8>-<t6>-HD 张三摄`
        if words:  # `DSC_1234 故宫雪景（张三 摄）`: the credit after a device's name, and the words before it
            result._set("title", words, "camera name + words", 0.6)
    elif _credited_alone(tail) and _scan_place(tail, 0).end != len(tail):  # (`… 黄鹤楼`: a sight, no person)
        result._set("photographers", [tail], "camera name + 姓名", 0.6)
    elif result.family == "dated":  # `2024-01-28 贵州安顺年货市场`: a dated caption
        clock = _LEAD_CLOCK.match(tail) or (_DATED_GLUED_CLOCK.match(tail) if tail[:1] in "012" else None)
        if clock:  # `2023-05-01 14-30-00 北京`, `2023-05-01 143000`
            value = _valid_time(int(clock["h"]), int(clock["m"]), int(clock["s"]))
            if value and result.date:  # no time of a day that is not valid
                result._set("time", value, "YYYY-MM-DD hh-mm-ss name", 0.8)
            tail = tail[clock.end():]
            if _COUNTER_ONLY.fullmatch(tail):  # `2020-04-25 11.00.14-2`: a second photo in the same second
                tail = ""
        clock = _LEAD_CLOCK_HM.match(tail)  # round 17: `2019_11_21 15_49 Office Lens`: minutes only, a tool's
        if clock and _ids_only(tail[clock.end():]):  # words after: no time (no seconds), no title
            tail = ""
        if tail:
            # a call back up the pipeline: that module imports this one, so the import is here
            from .text import _apply_text
            _apply_text(result, tail)
    elif not _ids_only(tail):  # `20150930-040704 Office Lens`: a tool's name is no title (round 17)
        result._set("title", tail, "camera name + words", 0.6)
    return True


def _apply_device_tolerant(result: ParsedName, core: str, *, nested: bool = False) -> bool:
    """A known tool name anywhere in the name, followed by its exact pattern or by any date-time;
    the words before it are the title (ids and counters dropped); an upload id before a device
    name, or a counter after it (`_0`, a copy number), leaves the device name to be read."""
    if "。" in core or "摄" in core or not _A_DIGIT.search(core):
        return False  # a caption sentence or a credit; every stamp, epoch and frame number has digits
    if not nested:
        counter = _TRAILING_COUNTER.search(core, len(core) - 6) if core[-1:] in "0123456789_-" else None
        if counter and _CLOCK_BEFORE_COUNTER.search(core, 0, counter.end()):
            counter = None  # round 18: `… 21-27-33` less `-33` would read the seconds as a counter
        if counter and _CMS_DIGITS.fullmatch(core, 0, counter.start()):  # round 19: `<ts14><n>_0` (CSDN + a counter)
            if _apply_digits(result, core[: counter.start()], None) and result.date and not result.copy_marker:
                result._set("copy_marker", counter.group(0), "copy counter", 0.6)
            return True
        if counter and counter.start() > 0 and _device_inside(result, core[: counter.start()].rstrip("-_ "), words=False,
                                                             plain_title=True):
            if not result.copy_marker:
                result._set("copy_marker", counter.group(0), "copy counter", 0.6)
            return True
        lead = _LEADING_ID.match(core) if core[:1].isdigit() else None
        if lead and (_EPOCH_MS.fullmatch(core, lead.end()) or _CMS_DIGITS.fullmatch(core, lead.end())):
            return _apply_digits(result, core[lead.end():], None)  # `123_1395931731983`: an id, then epoch ms or a stamp
        if lead and core[lead.end():lead.end() + 1] in _DEVICE_FIRST \
                and _device_inside(result, core[lead.end():], words=True):  # `123_IMG_4521`: an upload id first
            if phones := find_phones(lead.group(0)):  # (review) `<mobile>_<time>_<words>_image_1`: an entrant's number
                result._set("phones", phones, "phone number", 0.8)  # glued before a downloader's name, no upload id
            elif core[:1] in "12":
                _give_upload_lead(result, lead.group(0))
            return True
    if core[:1] in _CN_APP_FIRST:  # `美图秀秀 2023.05.12 10.22.33`
        rx, family, kind, date_kind = _FLEX_BY_TOOL[-1]
        m = rx.match(core)
        if m and _FLEX_JUNK_END.fullmatch(core, m.end()) is not None \
                and _store_flex(result, m, family, kind, date_kind, "tool name + date-time", 0.8):
            return True
    glued: re.Match[str] | None = None
    looked = False
    for tool in _TOOL_SCAN.finditer(core):
        if not looked:  # a base64 or hex id before the words is no title either
            glued, looked = _GLUED_PREFIX.match(core), True
        suffix = core[tool.start():]
        words = "" if glued and glued.end() >= tool.start() else _words_before_tool(core[: tool.start()], tool.group(0))
        found = _match_device(suffix) if tool.start() > 0 else None
        if found and found[0].family not in ("dated", "default_name", "image_paste", "camera_custom_prefix"):
            _store_device(result, *found)
            _device_words(result, words)
            return True
        for rx, family, kind, date_kind in _FLEX_BY_TOOL:
            m = rx.match(suffix)
            if not m:
                continue
            if _FLEX_JUNK_END.fullmatch(suffix, m.end()) is not None \
                    and _store_flex(result, m, family, kind, date_kind, "tool name + date-time", 0.8):
                _device_words(result, words)
                return True
            after = _WORDS_AFTER_STAMP.fullmatch(suffix, m.end()) if not words else None
            if after and _store_flex(result, m, family, kind, date_kind, "tool name + date-time + words", 0.7):
                _device_words(result, after["words"], after=True)  # `屏幕快照 <day> 下午9.08.59 -九阳股份`: the page or the subject
                return True
        if tool.start() > 0 and not nested and _device_inside(result, suffix, words=False):
            _device_words(result, words)  # `<words>微信图片_…（用）`: the device step reads the rest
            return True
        if _apply_partial_stamp(result, suffix, words):
            return True
    return False


_DIGITS_ONLY: Final = re.compile(r"\d+")
_NUMBER_IN_BRACKETS: Final = re.compile(r"\(\d+\)")
_DOTTED_DIGITS: Final = re.compile(r"\d+(?:\.\d+)+")


# Round 58: a name that is only a picture's size, a width in pixels (`80px`: a site's thumbnail, as MediaWiki names
# `<width>px-<name>`) or width x height (`800x600`), names no work: no title (read as digits, as a number is)
_SIZE_ONLY: Final = re.compile(r"\d{1,4}px|\d{2,4}[xX×]\d{2,4}(?:px)?")


def _apply_digits(result: ParsedName, core: str, copy_marker: str | None) -> bool:
    """Names made of digits only: epoch values, PHPCMS stamps, or plain sequence numbers."""
    if _DOTTED_DIGITS.fullmatch(core):
        result.kind, result.family = "numbered", "numbered"
        result.warnings.append("dotted digits are not a date")
        return True
    if not _DIGITS_ONLY.fullmatch(core):
        if core[-1:] in "0123456789xX" and _SIZE_ONLY.fullmatch(core):  # round 58: `80px`, `800x600`: a size alone
            result.kind, result.family = "numbered", "numbered"
            result.warnings.append("a picture's size is no title")
            return True
        return False
    result.kind, result.family = "numbered", "numbered"
    n = len(core)
    if n == 11 and find_phones(core):
        result._set("phones", [core], "phone number", 0.8)
        result.family = "phone_number"
        return True
    g: dict[str, str | None] = {}
    rule = ""
    if n == 10 and core[0] == "1" and copy_marker and _NUMBER_IN_BRACKETS.fullmatch(copy_marker):
        g, rule, result.family = {"sec": core}, "old QQ screenshot epoch s", "qq_screenshot_old"
    elif n == 13 and core[0] == "1":
        g, rule, result.family = {"ms": core}, "epoch ms", "epoch_ms"
    elif 14 <= n <= 19:  # round 19: CSDN uploads `YYYYMMDDhhmmss<n>` with 1-3 digits after (15, 16 and 17 long)
        # (18: .NET uploads name a file `DateTime.Now.ToString("yyyyMMddHHmmssffff")`, the time to the ten-thousandth
        # of a second — search-index files 47048235409, an upload handler's `fileName = DateTime.Now.ToString(
        # "yyyyMMddHHmmssffff")` + the extension, and 71110636939, a file store's `{name}-{yyyyMMddHHmmssffff}{rand}`;
        # `ff` and `fff` are the 16 and 17 digits above. Seven `f`s make 19–21 digits, the length of snowflake ids:
        # not read. Eighteen digits are read only from 2000–2035 with a valid clock: an ID-card number starts
        # with a region code, 11–82; session 18: nineteen the same way, `yyyyMMddHHmmssfffff`: a snowflake id of
        # today opens with 1, below 2^63)
        g = dict(zip("YMDhms", (core[0:4], core[4:6], core[6:8], core[8:10], core[10:12], core[12:14]), strict=True))
        rule, result.family = "YYYYMMDDhhmmss digits", "cms_timestamp"
        if n in (15, 16, 18, 19) and not "2000" <= core[:4] <= "2035":
            g = {}  # (a 15- or 16-digit id, an IMEI or an account number, read as a stamp only from a recent year)
            if n >= 18:
                result.family = "numeric_id"
                return True
    elif n == 8:
        g, rule, result.family = {"Y": core[:4], "M": core[4:6], "D": core[6:8]}, "YYYYMMDD digits", "dated"
    elif n == 12 and "2013" <= core[:4] <= "2035" and _valid_time(int(core[8:10]), int(core[10:12]), 0):
        # round 50: `YYYYMMDDhhmm`, Laravel/PHP uploads' `$filename = date('YmdHi').'.'.$ext` (search-index files
        # 24254020670, 6780256204, 4513140500, 11234943994, 13891489205; `date('Ymdhi')`, a 12-hour clock, in
        # 42732380793): the day; no time, the seconds unknown and the hour maybe 12-hour (as the 15-digit reading
        # above). From 2013 only, so that no yymmddHHMMSS reading (DedeCMS's ymdHis, a month 13-35 there) is
        # possible; an hour or minute out of range leaves an id
        g, rule, result.family = {"Y": core[:4], "M": core[4:6], "D": core[6:8]}, "YYYYMMDDhhmm digits", "dated"
    if not g:
        if n > 8:
            result.family = "numeric_id"
        return True
    day, clock = _stamp_from_groups(g)
    if n >= 18 and (day is None or clock is None):
        result.family = "numeric_id"  # (an 18- or 19-digit id that is no .NET stamp stays what it was)
        return True
    if 14 <= n <= 17 and clock is None:
        # round 23: PicGo's rename plugin `{y}{m}{d}{h}{i}{ms}` writes yyyyMMddHHmm + 3 digits of milliseconds
        # (picgo-plugin-rename-file's format keys; search-index file 60360592342: `image-20211228155823044`
        # renamed `202112281558188`). Fifteen digits whose seconds cannot be seconds keep the day (the same in
        # both readings) when the hour and minute are valid; no time (the seconds are unknown)
        if not (n == 15 and day and _valid_time(int(core[8:10]), int(core[10:12]), 0)):
            day = None
    if day is None:
        result.family = "ambiguous_digits"
        result.warnings.append("digits look like a timestamp but are not a valid date")
        return True
    result.kind = "app_export" if result.family != "qq_screenshot_old" else "screenshot"
    kind = "screenshot" if result.family == "qq_screenshot_old" else "saved"
    result._set("date", day, rule, 0.6)
    result._set("date_kind", kind, rule, 0.6)
    if clock:
        result._set("time", clock, rule, 0.6)
    return True
_LEAD_DATE: Final = re.compile(
    r"^(?P<Y>(?:19|20)\d{2})(?:(?P<sep>[-._]?)(?P<M>\d{2})(?P=sep)(?P<D>\d{2})"
    r"|(?P<sep2>[-.])(?P<M2>\d{1,2})(?P=sep2)(?P<D2>\d{1,2}))(?!\d)[-_\s]*"
)
