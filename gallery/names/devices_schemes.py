"""Step 3, sites' and upload tools' naming schemes read whole from their sources: edit-copy chains,
upload stamps, locale screenshots, DedeCMS, sm.ms, Discuz … (`_apply_upload_*`, `_apply_dedecms`,
`_apply_smms`, …).

Reads result, stamps, people, devices_patterns, devices_words, devices_tolerant. Calls back up the
pipeline into parse (function-level imports: those modules import this one). Serves devices, finish.
"""

from __future__ import annotations

import re
from typing import Final

from .devices_patterns import _TS14, _match_device
from .devices_tolerant import _COPY_BEFORE_STAMP, _EPOCH_MS, _device_inside
from .devices_words import _device_words, _store_device
from .people import _CJK
from .result import ParsedName
from .stamps import (
    _DAY_PERIODS,
    _give_stamp,
    _stamp_from_groups,
    _twelve_hour,
    _valid_date,
    _valid_time,
)

# An editor that saves each edit as a copy appends `__NN` to the name it opened, again on every copy of a copy:
# `Screenshot_<d8>-<t6>__01__01__01__01__01`, `IMG_<d8>_<t6>__01__01__01`, `IMG_<d8>_<t6>_Bokeh__01__01`,
# `<camera frame>__01__01` (search-index files 38138948848, 22238063388, 33931525067, 58542799021, 1284964169,
# 40965780574). One `__NN` is read as a counter by the tolerant step; a chain of them is peeled whole here and
# the device name before it read as ever (its words, if any, are no title). Words or a dataset's own
# `…__00__01` with no device name before the chain give nothing here.
_EDIT_COPY_CHAIN: Final = re.compile(r"(?:__\d{2}){2,}$")


def _apply_edit_copy_chain(result: ParsedName, core: str) -> bool:
    m = _EDIT_COPY_CHAIN.search(core, max(0, len(core) - 40))
    if m is None or m.start() < 4 or not _device_inside(result, core[: m.start()], words=False, plain_title=True):
        return False
    if not result.copy_marker:
        result._set("copy_marker", m.group(0), "edit-copy chain", 0.6)
    return True


# Upload code that keeps the original name and appends `_` + a random number from 10000 to 99999 (Java's
# `(int)(Math.random() * 90000 + 10000)`): search-index file 13994450155, a shop's product-image table whose
# rows `/upload/<yyyymmdd>/屏幕截图 <date> <hhmmss>_<5 digits>.png` (the same screenshot twice, two numbers) and
# `<hash>_<n>_<5 digits>.jpeg` were uploaded a day after the shot. The original is read as ever when it is a
# device name with a date (words before it are its title, as without the number; a counter after the number
# is peeled first); the number is no time, no counter, no id. A
# name with no dated device name before it (`合影_12345`, `IMG_1234_12345`) is left to the other steps.
_UPLOAD_RAND5: Final = re.compile(r"_[1-9]\d{4}$")


def _apply_upload_rand5(result: ParsedName, core: str) -> bool:
    if len(core) < 12 or _UPLOAD_RAND5.search(core, len(core) - 6) is None:
        return False
    head = core[:-6]
    trial = ParsedName(filename=result.filename)
    if not _device_inside(trial, head, words=True) or not trial.date:
        return False
    return _device_inside(result, head, words=True)


# A gallery or a site stores each picture again in several sizes, named after the original with a size tag:
# Piwigo's derivatives `<name>-sq`, `-th`, `-2s`, `-xs`, `-sm`, `-me`, `-la`, `-xl`, `-xx` (its web API lists
# them: `…-4314a326-th.jpg`, `…-me.jpg`; a resize script for it, gist AntoineVe/162a6b76bfd701300f80), other
# upload code `_thumb`, `_thumbnail`, `_sm`, `_md`, `_lg` (code search: THUMBNAIL_SUFFIXES), and a category
# table's `…/thumbnail/DSC_0020_th.jpg` (search-index file 26092796350). After a camera's own name the tag is
# no title: the camera name is read as ever. Only lower-case Latin tags (and Piwigo's `2s`); after words, or
# a capitalised word (`IMG_1234_Paris`), nothing changes here.
_FRAME_VARIANT_TAG: Final = re.compile(r"(?P<head>.*?\d)(?:[-_](?:[a-z]{1,12}|2s))+")


def _apply_frame_variant_tag(result: ParsedName, core: str) -> bool:
    m = _FRAME_VARIANT_TAG.fullmatch(core)
    if m is None:
        return False
    trial = ParsedName(filename=result.filename)
    if not _device_inside(trial, m["head"], words=False) or trial.kind != "camera":
        return False
    return _device_inside(result, m["head"], words=False)


# A system screenshot named in the user's language. macOS writes `<word> <YYYY-MM-DD> <word for "at">
# <h.mm.ss>` (a 12-hour clock with the language's AM/PM where the locale uses one: `오후 5.08.22`, `下午5.08.22`,
# `5.16.27 p. m.`, `12.11.56 nachm.`); Windows 11's Snipping Tool `<word> <YYYY-MM-DD> <hhmmss>`, as its
# `屏幕截图 …` (the English and simplified-Chinese words are read by the table above). GitHub's alt text for an
# uploaded screenshot has the clock's dots as spaces (`… om 18 22 09`). Sources, each a word with both forms
# where both exist (search-index files): de `Bildschirmfoto … um 18.01.39` 316071680, 46636144745, old
# `… um 12.11.56 nachm.` 12163975295; fr `Capture d’écran … à 20.58.03` 26975871576, 13182731226, Windows
# `Capture d’écran 2024-12-01 224909` 33205540401, 43383348171; es `Captura de pantalla … a la(s) 5.16.27 p. m.`
# 40380650848, `… a la(s) 22 04 42` 47252813023, Windows `… 2024-04-25 151455` 3106153, 9424946143; pt
# `Captura de Tela … às …`; it `Schermata … alle 16.44.58` 41195835664, 13672541373; nl `Schermafbeelding … om
# 17.17.56` 41069086841, Windows `… 2022-05-13 142958` 3449029736; ru `Снимок экрана … в 22.38.52` 970615,
# Windows `… 2023-11-21 131232` 17887590370; ja `スクリーンショット 2020-03-21 8.50.12` 33407819423,
# 17576724473, Windows `… 2026-03-09 041703` 52288113383; ko `스크린샷 2023-12-29 오후 7.33.35` 6248822959,
# 35417264284; zh-TW macOS before 10.14 `螢幕快照 2017-10-11 下午8.11.21` 49607270719, 32195620609, 22100830638,
# Windows `螢幕擷取畫面 2025-09-12 134729` 23641482791, 56247025151; pt `Captura de Tela … às 19.20.35` 71335542086,
# Windows `Captura de tela 2025-11-11 102749` 41143365251; sv `Skärmavbild … kl. 09.53.29` 19293190404, alt text
# `… kl  18 09 46` 16983164228; pl `Zrzut ekranu 2018-10-04 o 20.53.01` 16322573671, the day unpadded in later
# releases `… 2023-07-5 o 23 18 52` 3973530166, Windows `… 2023-05-03 201649` 45714121036; Windows 10's Snip & Sketch in English `Annotation 2020-03-08 210620` 12486070808, 48179469699,
# 34128903023 (in Chinese `批注 …`, read above); GNOME's `Screenshot from %Y-%m-%d %H-%M-%S` in German `Bildschirmfoto
# vom 2021-05-18 17-55-41` 3627713389, 7480389963, 21557093403 and Russian `Снимок экрана от 2022-10-27 10-50-19`
# 5853624484, 12575456374, 10695058564 (the clock's `-` only after `vom`/`от`; English and Chinese above).
# The word is no title; the clock must be valid (an hour over 12 with an AM/PM word gives the day only); a
# word with no stamp, or `Annotation` with a macOS-style clock, is left to the other steps.
_LOCALE_SHOT_RE: Final = re.compile(
    r"(?P<word>Bildschirmfoto|Capture d['’]écran|Captura de (?:pantalla|tela|ecrã)|Schermata|Schermafbeelding"
    r"|Снимок экрана|スクリーンショット|스크린샷|[螢萤]幕(?:快照|[擷撷]取[畫画]面)|Skärmavbild|Zrzut ekranu|Annotation)"
    r"(?:[ _](?P<gnome>vom|от))?[ _](?P<Y>20\d{2})-(?P<M>\d{1,2})-(?P<D>\d{1,2})[ _]"
    r"(?:(?P<h6>\d{2})(?P<m6>\d{2})(?P<s6>\d{2})"
    r"|(?:,?(?:um|à|a las|a la\(s\)|alle|om|в|kl\.?|o|às)[ _]{1,2})?(?P<ap>오전|오후|午前|午後|" + _DAY_PERIODS + r")?[ _]?"
    r"(?P<h>\d{1,2})(?P<sep>[. _-])(?P<m>\d{2})(?P=sep)(?P<s>\d{2})"
    r"(?:[ _]?(?P<ap2>AM|PM|[ap]\.[ _]?m\.|vorm\.|nachm\.))?)"
    r"(?:[ _]\d{1,2})?", re.IGNORECASE)


def _apply_locale_screenshot(result: ParsedName, core: str) -> bool:
    m = _LOCALE_SHOT_RE.fullmatch(core)
    if m is None:  # words or an id before the name (`登录页报错-Bildschirmfoto …`): the words are its title
        m = _LOCALE_SHOT_RE.search(core)
        if m is None or m.end() != len(core) or m.start() < 2 or core[m.start() - 1] not in " _-":
            return False
    if (m["word"].lower() == "annotation" and not m["h6"]) or (m["gnome"] and m["sep"] != "-"):
        return False
    day = _valid_date(int(m["Y"]), int(m["M"]), int(m["D"]))
    if day is None:
        return False
    if m["h6"]:
        clock = _valid_time(int(m["h6"]), int(m["m6"]), int(m["s6"]))
        result.family = "win_snipping"
    else:
        hour = _twelve_hour(int(m["h"]), (m["ap"] or m["ap2"] or "").lower())  # (an hour over 12 with a half-day word: None)
        clock = None if hour is None else _valid_time(hour, int(m["m"]), int(m["s"]))
        result.family = "gnome_screenshot" if m["gnome"] else "mac_screenshot"
    result.kind = "screenshot"
    _give_stamp(result, day, clock, "localized screenshot name", "screenshot", 0.9)
    if m.start():
        _device_words(result, core[: m.start()].strip(" _-"))
    return True


# macOS Photo Booth names a picture `Photo on <the short date> at <h.mm>[ AM|PM][ #n]`, the short date in the
# user's region: ISO `2015-03-07` (read by the table above), or day, month and year in the region's order with
# the year last (`-` for `/`): US `Photo on 1-31-17 at 9.14 AM #2` (search-index file 9273092510), `Photo on
# 10-3-24 at 1 17 PM` (49071172026, GitHub alt text), `Photo on 10-01-23 at 5.52 PM` (1216702548); day first
# `Photo on 18-9-2018 at 6.11 PM` (16609817043), `Photo on 15-02-2026 at 1.12 pm #4` (59816931948), `Photo on
# 11-09-25 at 13.24` (30820520943). The name is a program's, never a title. The order is known only when one
# number is over 12 (or both are the same): otherwise no date, as for any ambiguous digits; hours and minutes
# only, so no time (as for the ISO form).
_PHOTO_BOOTH_REGIONAL: Final = re.compile(r"Photo on (?P<a>\d{1,2})-(?P<b>\d{1,2})-(?P<y>\d{2}|20\d{2}) at \d{1,2}[. ]\d{2}"
                                          r"(?: ?[AaPp][Mm])?(?: #\d{1,3})?", re.IGNORECASE)


def _apply_photo_booth_regional(result: ParsedName, core: str) -> bool:
    m = _PHOTO_BOOTH_REGIONAL.fullmatch(core)
    if m is None:
        return False
    a, b, year = int(m["a"]), int(m["b"]), int(m["y"])
    year += 2000 if year < 100 else 0
    month, day = (b, a) if a > 12 else (a, b) if b > 12 or a == b else (0, 0)
    result.family, result.kind = "photo_booth", "camera"
    _give_stamp(result, _valid_date(year, month, day) if month else None, None, "Photo Booth regional date", "shot", 0.8)
    return True


# Round 26: QQ NT (2025) writes its screenshots and recordings with the month and the day unpadded,
# `QQ{year}{month}{day}-{hhmmss}` (search-index files 68526675974 `QQ2025819-174824-HD-…gif`, 41606012056
# `QQ2025815-175747.mp4`; earlier builds `QQ20240811-193052`, read by the exact table). Read only when one
# split of the month and the day is a date: `QQ2025111-…` (1-11 or 11-1) gives nothing.
_QQNT_UNPADDED: Final = re.compile(r"QQ(?P<Y>20\d\d)(?P<md>\d{2,3})-(?P<h>\d{2})(?P<m>\d{2})(?P<s>\d{2})(?:[-_ .][0-9A-Za-z]+)*"
                                   r"(?:\s?[(（]\d{1,3}[)）])?", re.IGNORECASE)


def _apply_qqnt_unpadded(result: ParsedName, core: str) -> bool:
    m = _QQNT_UNPADDED.fullmatch(core)
    if not m:
        return False
    md, year = m["md"], int(m["Y"])
    days = {d for d in (_valid_date(year, int(md[:i]), int(md[i:])) for i in range(1, len(md))) if d}
    clock = _valid_time(int(m["h"]), int(m["m"]), int(m["s"]))
    if len(days) != 1 or not clock:
        return False
    result.family, result.kind = "qqnt_screenshot", "screenshot"
    _give_stamp(result, days.pop(), clock, "QQ NT timestamp, unpadded month and day", "screenshot", 0.85)
    return True


# Round 23: a site's upload `<epoch s>_<original name>` where the original was a bare counter (`1757562240_1`,
# ` - 副本 (2)` peeled before; search-index file 2133300357: an uploads table whose rows `1757562240_1.jpg`,
# `1757562240_1 - 副本.jpg` were created 2025-09-11 11:44:01 and `1757562278_企业微信截图_<ts14>.png` beside
# them): the upload time (UTC+8, as every epoch). Only 2011–2033 and only a 1–3 digit original: a 10-digit id
# before words (a QQ number, an account) stays no date.
_EPOCH_UPLOAD: Final = re.compile(r"(?P<sec>1[3-9]\d{8})_\d{1,3}")


def _apply_epoch_upload(result: ParsedName, core: str) -> bool:
    m = _EPOCH_UPLOAD.fullmatch(core)
    day, clock = _stamp_from_groups(m.groupdict()) if m else (None, None)
    if not day:
        return False
    result.family, result.kind = "epoch_upload", "cms"
    _give_stamp(result, day, clock, "upload <epoch s>_<n>", "uploaded", 0.5)
    return True


# Round 50: an upload named `<HHmmss>-<epoch s><random>` (`004501-1675010701` + a few hex or digit characters), as
# sites on DedeCMS-style uploads/allimg/<ymd>/ folders store wallpapers: the clock written twice, once as HHmmss and
# once inside the epoch seconds. No generating code was found, so the day is read only where the two agree — the
# epoch's China-time clock equal to the six digits before it, second for second (a chance match is 1 in 86,400);
# otherwise nothing (an id, as before).
_CLOCK_EPOCH: Final = re.compile(r"(?P<hms>\d{6})-(?P<sec>1[3-9]\d{8})[0-9a-z]{0,6}")


def _apply_clock_epoch(result: ParsedName, core: str) -> bool:
    m = _CLOCK_EPOCH.fullmatch(core)
    day, clock = _stamp_from_groups(m.groupdict()) if m else (None, None)
    if not m or not day or not clock or clock.replace(":", "") != m["hms"]:
        return False
    result.family, result.kind = "clock_epoch_upload", "cms"
    _give_stamp(result, day, clock, "upload <HHmmss>-<epoch s>, clocks agree", "uploaded", 0.6)
    return True


# Round 29: a picture saved by a browser's bulk image downloader and hosted again. The downloader writes
# `imgi_<n>_<original name>`, n the image's order on the page (search-index files 69526205275 and 63401416447
# read `^imgi_(\d+)_<original>`, 60939892174 calls `imgi_4_<n>` "an automatically generated image name",
# 52568562692 sorts by the number); Cloudinary, given the file with `use_filename` and `unique_filename`, keeps
# the name and appends `_` + six random lowercase letters and digits, having replaced the characters a public id
# may not hold with `_` and trimmed them at the ends (cloudinary.com/documentation/upload_parameters,
# …/ts_permitted_naming_conventions), so a copy number ` (2)` becomes `__2` (search-index file 25465508032:
# `imgi_<n>_<original>_<6 random>` and `<original>__<n>_<6 random>` URLs). The prefix is peeled and the rest
# read as any name; a random suffix (and a sanitised copy number before it) is peeled only when what is left is
# a device or app name: `晚霞_sunset` keeps its word. (Without `unique_filename` the sanitised name alone:
# `<device name>__<n>`.)
_REHOSTED: Final = re.compile(r"(?P<pre>imgi_\d{1,4}_)?(?P<inner>.+?)(?P<copy>__\d{1,5})?(?P<cld>_(?=[0-9]*[a-z])[a-z0-9]{6})?",
                              re.DOTALL)


def _apply_rehosted(result: ParsedName, core: str) -> bool:
    m = _REHOSTED.fullmatch(core)
    if not m or not (m["pre"] or m["cld"] or m["copy"]):
        return False
    inner = m["inner"]
    if m["cld"] or m["copy"]:
        found = _match_device(inner)
        if found is not None:
            _store_device(result, *found)
            return True
        if not m["pre"]:
            return False
        inner = core[m.end("pre"):]
    # a call back up the pipeline: that module imports this one, so the import is here
    from .parse import _parse_simple
    _parse_simple(result, inner, steps=True)  # (here a downloader's prefix is always there)
    return True


# Round 29: JeecgBoot (and the Spring code copied from it) saves an upload as `<original name>_<System.
# currentTimeMillis()>` + the extension (CommonUtils.uploadLocal: search-index files 7454141807, 921845959,
# 39818104684, 2522682665; spaces taken out of the original first). The original is read as any name (a device's
# own time wins, a person's words are the title); the upload time (UTC+8, 2011–2033) is the date only when the
# original gives none. Thirteen digits only: ten after words may be an account, and a 小红书 download's own
# suffix is read by its step. Only an original with Chinese words: a device name before the stamp is read by the
# tolerant step above, an ASCII tool name by the steps after.
def _apply_upload_millis(result: ParsedName, core: str) -> bool:
    day, clock = _stamp_from_groups({"ms": core[-13:]}) if _EPOCH_MS.fullmatch(core, len(core) - 13) else (None, None)
    if not day or core[-15:-14].isdigit() or "来自小红书" in core:
        return False
    head = core[:-14].strip(" _-")
    if not _CJK.search(head):
        return False  # (ASCII before it is a tool's own name, `mm_reward_qrcode_<ms>`: the later steps read it)
    # a call back up the pipeline: that module imports this one, so the import is here
    from .parse import _parse_simple
    _parse_simple(result, head, steps=True)
    if not result.date and not result.date_partial:
        _give_stamp(result, day, clock, "upload <name>_<epoch ms>", "uploaded", 0.5)
        if result.family in ("unknown", "default_name", "untitled", "numbered", "hash", "titled", "caption"):
            result.family, result.kind = "jeecg_upload", "cms"
    return True


# Round 19: 若依 (RuoYi) and the admin frameworks built on it name an upload `<original name>_<Seq.getId(
# uploadSeqType)>`, the sequence being the upload time `yyyyMMddHHmmss` + the machine code `A` + a 3-digit
# counter, or the sequence alone (FileUploadUtils.extractFilename: search-index files 1361302403, 52581724130,
# 59616614993, 18083304334, 55593769881; the sequence alone 32440697615 `20240219154651A001.jpg`,
# 31278487613). The original name is read as any name (a device name's own time wins, a copy marker is
# peeled, a person's words are the title); the upload time is the date only when the name gives none.
_UPLOAD_SEQ: Final = re.compile(r"(?:(?P<head>.*?)_)?(?P<Y>\d{4})(?P<M>\d{2})(?P<D>\d{2})(?P<h>\d{2})(?P<m>\d{2})(?P<s>\d{2})A\d{3}",
                                re.DOTALL)
_UPLOAD_SEQ_RULE: Final = "若依 upload <name>_<yyyyMMddHHmmss>A<nnn>"


def _apply_upload_seq(result: ParsedName, core: str) -> bool:
    m = _UPLOAD_SEQ.fullmatch(core)
    day, clock = _stamp_from_groups(m.groupdict()) if m else (None, None)
    if not m or not day or not clock:
        return False
    head = (m["head"] or "").strip(" _-")
    copy = _COPY_BEFORE_STAMP.search(head) if head[-1:] in ")）" else None
    if copy and copy.start() > 0:  # `生成动漫雪道图片 (1)_<seq>`: a copy was uploaded
        head = head[: copy.start()].rstrip()
        if not result.copy_marker:
            result._set("copy_marker", copy.group(0), "copy marker", 0.8)
    if head:
        # a call back up the pipeline: that module imports this one, so the import is here
        from .parse import _parse_simple
        _parse_simple(result, head, steps=True)
    if not result.date:
        result._set("date", day, _UPLOAD_SEQ_RULE, 0.5)
        result._set("time", clock, _UPLOAD_SEQ_RULE, 0.5)
        result._set("date_kind", "uploaded", _UPLOAD_SEQ_RULE, 0.5)
        if result.family in ("unknown", "default_name", "untitled", "numbered", "hash", "image_paste", "office_export"):
            result.family, result.kind = "ruoyi_upload", "cms"
    return True


# Round 23: a form-collection export `<nickname>_<YYYY-MM-DD hh.mm.ss>_<original name>`: the submit time
# between the respondent's nickname and the name the file had (search-index file 69413325479: 14 names of
# one collection, the originals `微信图片_<ts14>[_n_n]`, `mmexport<ms>`, `IMG_7121 2`, `WechatIMG1013`, an md5,
# a uuid, `证件照`, `caoyu`; no public documentation of the collecting tool was found). The original is read
# as any name (its own device time wins, a default or machine name gives no title, a person's words are the
# title); the submit time is the date only when the original gives none; the nickname is an account, never
# a title or a photographer (an id glued before it, `123_<nickname>`, stays in it). Only this exact stamp
# (dashes, one space, dots) between two `_`.
_FORM_EXPORT: Final = re.compile(r"(?P<nick>[^/]{1,40}?)_(?P<Y>20\d\d)-(?P<M>\d\d)-(?P<D>\d\d) (?P<h>\d\d)\.(?P<m>\d\d)\.(?P<s>\d\d)"
                                 r"_(?P<rest>.+)", re.DOTALL)
_FORM_EXPORT_RULE: Final = "form-collection export <nickname>_<submit time>_<name>"


def _apply_form_export(result: ParsedName, core: str) -> bool:
    m = _FORM_EXPORT.fullmatch(core)
    day, clock = _stamp_from_groups(m.groupdict()) if m else (None, None)
    nick = m["nick"].strip() if m else ""
    rest = m["rest"].strip(" _-") if m else ""
    if not day or not clock or not nick or not rest:
        return False
    # a call back up the pipeline: that module imports this one, so the import is here
    from .parse import _parse_simple
    _parse_simple(result, rest, steps=True)
    if not result.date:
        _give_stamp(result, day, clock, _FORM_EXPORT_RULE, "uploaded", 0.5)
    if result.family in ("unknown", "default_name", "untitled", "numbered", "numeric_id", "hash", "image_paste",
                         "titled", "caption", "generic"):
        result.family, result.kind = "form_collection", "cms"
    result.photographers = [p for p in result.photographers if p != nick]
    if nick not in result.accounts:
        result._set("accounts", [*result.accounts, nick], "form-collection nickname", 0.7)
    return True


# Round 58: 即梦 (Jimeng, ByteDance's image and video generator) names a download `jimeng-YYYY-MM-DD-<4 digits>-<prompt>`,
# the day it was made, a four-digit counter, then the prompt, cut with `...` when long (search-index files 16409623142,
# 53978048957, 9808436657, 52997887038, 55452945962: `jimeng-2025-07-17-2665-若有所思，手扶下巴.mp4`,
# `jimeng-2026-02-14-1431-是张小凡，…….mp4`, `jimeng-2026-01-24-6394.mp4`). The prompt is the title, read whole (it
# is no caption: no credit, place or date is read in it); the day is the day it was saved; an invalid day reads nothing.
_JIMENG: Final = re.compile(r"jimeng-(?P<Y>20\d\d)-(?P<M>\d\d)-(?P<D>\d\d)-\d{4}(?:-(?P<rest>.*))?", re.DOTALL | re.IGNORECASE)


def _apply_jimeng(result: ParsedName, core: str) -> bool:
    m = _JIMENG.fullmatch(core)
    day = _valid_date(int(m["Y"]), int(m["M"]), int(m["D"])) if m else None
    if not m or not day:
        return False
    _give_stamp(result, day, None, "jimeng-YYYY-MM-DD-NNNN-<prompt>", "saved", 0.9)
    prompt = (m["rest"] or "").strip(" _-")
    if prompt.endswith("..."):
        prompt = prompt[:-3].rstrip(" _-")
    if prompt:
        result._set("title", prompt, "jimeng-YYYY-MM-DD-NNNN-<prompt>", 0.8)
    result.family, result.kind = "jimeng", "app_export"
    return True


# Session 18: free stock-photo sites name a download after the photographer, as their licences ask the credit be given:
# Pexels `pexels-<first>-<last>-<photo id>` (one to three words, an id of 5-10 digits) and Unsplash
# `<first>-<last>-<11-character id>-unsplash` (two or three words; the id holds a capital, a digit, `_` or `-`, so that
# `…-photography-unsplash` is words). The name is given back capitalised (`Roberto Nickson`), as the site shows it; a
# slug holding a word of the picture's tags or another site's name (`pexels-photo-<id>`, `pexels-pixabay-<id>`) names
# nobody. The site is the agency either way.
_PEXELS: Final = re.compile(r"pexels-(?P<slug>[a-z]+(?:-[a-z]+){0,2})-\d{5,10}", re.IGNORECASE)
_UNSPLASH: Final = re.compile(
    r"(?P<slug>[a-z]+(?:-[a-z]+){1,2})-(?=[a-z]{0,10}(?-i:[A-Z0-9_-]))[A-Za-z0-9_-]{11}-unsplash", re.IGNORECASE)
_STOCK_WORDS: Final = frozenset("photo photos image images stock free wallpaper background picture hd pixabay picjumbo".split())


def _apply_stock_download(result: ParsedName, core: str) -> bool:
    m = _PEXELS.fullmatch(core) or _UNSPLASH.fullmatch(core)
    if not m:
        return False
    site = "Pexels" if core[:7].lower() == "pexels-" else "Unsplash"
    words = m["slug"].lower().split("-")
    if _STOCK_WORDS.isdisjoint(words):
        result._set("photographers", [" ".join(w.capitalize() for w in words)], f"{site} download", 0.8)
    result._set("agency", site, f"{site} download", 0.8)
    result.family, result.kind = "stock_download", "app_export"
    return True


# Round 18: an uploader or a blog tool that writes its own time glued after a device name's 14-digit stamp,
# padded or not, with a counter (`QQ录屏20210423204710` + `2021423204754` + `1`: search-index file 1295607544;
# `QQ录屏20230526165746` + `20235261658311`: 41675378255). The run after the stamp starts with the stamp's
# year: the device name before it is read (never a date from the unpadded run); another run is no stamp.
_RESTAMPED: Final = re.compile(r"(?P<head>.*?\D(?P<Y>(?:19|20)\d\d)\d{10})(?P=Y)\d{6,13}")


# session 14: the same after a stamp written with separators (`Snipaste_2018-12-18_15-32-46` + `201812181533538076`, or
# + a 13-digit epoch in milliseconds, `1560957639894`): the uploader's time glued to the seconds
_RESTAMPED_SEP: Final = re.compile(r"(?P<head>.*?\D(?P<Y>(?:19|20)\d\d)[-_.]\d\d[-_.]\d\d[-_ ]\d\d[-_.]\d\d[-_.]\d\d)"
                                   r"(?:(?P=Y)\d{6,14}|1[3-9]\d{11})")


def _apply_restamped(result: ParsedName, core: str) -> bool:
    m = _RESTAMPED.fullmatch(core) or _RESTAMPED_SEP.fullmatch(core)
    return m is not None and _device_inside(result, m["head"], words=False)


# Round 18: 有道云笔记 (Youdao Note) exports and migrations name each picture `WEBRESOURCE<md5><original
# name>`; the original is the app's own default (`截图` its screenshot, `stickPicture` a pasted picture) or
# what a person named it (search-index files 31754264680, 60851444005: `…截图`; 39785347157, 32007989142,
# 60850020198: `…stickPicture`). The md5 and a default name are no title; a person's words are.
_NOTE_EXPORT: Final = re.compile(r"WEBRESOURCE[0-9a-f]{32}", re.IGNORECASE)
_NOTE_DEFAULT: Final = re.compile(r"(?:stickPicture|clipboard|image|截图|截屏|屏幕截图|图片)?(?:[-_ ]?\d{1,3})?", re.IGNORECASE)


def _apply_note_export(result: ParsedName, core: str) -> bool:
    m = _NOTE_EXPORT.match(core)
    if not m:
        return False
    rest = core[m.end():].strip(" _-")
    result.family, result.kind = "youdao_note", "app_export"
    if rest and not _NOTE_DEFAULT.fullmatch(rest) and not _device_inside(result, rest, words=True):
        _device_words(result, rest)
    return True


# Round 16: LINE album downloads `LINE_ALBUM_<album name>_<YYMMDD>_<n>` — the album's name is the title
# a person wrote, the date has a two-digit year (index files 55094761381, 20377721326, 59767428091,
# 71129198866; `-768x329` a WordPress size after it, 9039804151)
_LINE_ALBUM: Final = re.compile(r"LINE_ALBUM_(?P<name>.+?)_(?P<YY>\d{2})(?P<M>\d{2})(?P<D>\d{2})_\d{1,4}(?:_\d{1,3})?"
                                r"(?:-\d{2,4}x\d{2,4})?")


# Round 19: 博客园 gallery uploads `o_<yyMMddHHmmss>[_]<original name>` (search-index files 70186652895
# `o_251204051842_bg-blog10`, 21134374545 `o_191222135037头像`, 44703839190 `o_210902204244news_detail`,
# 35362503705 `o_230306161713_bilibili`): the upload time with a two-digit year (written, not guessed:
# 20YY), then the name the file had, read as words beside a device name (a person's words are a title)
_CNBLOGS_GALLERY: Final = re.compile(r"o_(?P<Y>\d{2})(?P<M>\d{2})(?P<D>\d{2})(?P<h>\d{2})(?P<m>\d{2})(?P<s>\d{2})(?!\d)_?(?P<rest>.*)",
                                     re.DOTALL)


def _apply_cnblogs_gallery(result: ParsedName, core: str) -> bool:
    m = _CNBLOGS_GALLERY.fullmatch(core)
    day, clock = _stamp_from_groups(m.groupdict()) if m else (None, None)
    if not m or not day or not clock:
        return False
    rule = "博客园 o_<yyMMddHHmmss>"
    result.family, result.kind = "cnblogs_gallery", "cms"
    result._set("date", day, rule, 0.6)
    result._set("time", clock, rule, 0.6)
    result._set("date_kind", "uploaded", rule, 0.6)
    _device_words(result, m["rest"].strip(" _-"))
    return True


# Meizu cameras `P<Y><MMDD>-<HHMMSS>`: one digit of the year, read by the sources as 201Y
# (zhzh132/FileCollector MeizuPhotoProcessor.java, 410330533/hades rename_meizu_photos.php). A decade
# is not written, so no year is guessed: a time and a date_partial.
_MEIZU: Final = re.compile(r"P\d(?P<M>\d{2})(?P<D>\d{2})-(?P<h>\d{2})(?P<m>\d{2})(?P<s>\d{2})")


def _apply_album_or_meizu(result: ParsedName, core: str) -> bool:
    if core[:1] == "P" and len(core) == 13:
        meizu = _MEIZU.fullmatch(core)
        partial = meizu and _valid_date(2000, int(meizu["M"]), int(meizu["D"]))
        clock = meizu and _valid_time(int(meizu["h"]), int(meizu["m"]), int(meizu["s"]))
        if partial and clock:
            result.family, result.kind = "meizu_camera", "camera"
            result._set("date_partial", partial[5:], "Meizu P<Y>MMDD-HHMMSS", 0.7)
            result._set("time", clock, "Meizu P<Y>MMDD-HHMMSS", 0.7)
            return True
    m = _LINE_ALBUM.fullmatch(core) if core.startswith("LINE_ALBUM_") else None
    if m is None:
        return False
    result.family, result.kind = "line_album", "wechat_image"
    day = _valid_date(2000 + int(m["YY"]), int(m["M"]), int(m["D"]))
    _give_stamp(result, day, None, "LINE_ALBUM YYMMDD", "saved", 0.6)
    _device_words(result, m["name"].strip(" _-"))
    return True


# Round 17: 织梦 DedeCMS names an upload `<user id>-dd2char(date("ymdHis")[.mt_rand(…)])`: dd2char turns
# each digit pair 65-90 or 97-99 into its letter (`1-1Z1011A5393` is 1901011655393: 2019-01-01 16:55:39
# and a random digit). Sources: dede/include/dialog select_images_post.php, uploads/allimg/<ymd>/ paths
# whose folder matches the decoded day (index files 172793673, 48987021517, 31666189772, 29441744613,
# 14449958883, 23308777863, 6521253048). The whole name must decode to 12-15 digits, a real day and clock.
_DEDE: Final = re.compile(r"\d{1,6}-(?P<code>[0-9A-Zabc]{8,15})")
_DEDE_RULE: Final = "DedeCMS <uid>-dd2char(ymdHis)"


# Round 50: DedeCMS's editor image dialog names an upload `<user id>_<ymdHis>_<n>` and the thumbnail it makes
# beside it `<…>_lit` (`$filename = $cuserLogin->getUserID().'_'.MyDate('ymdHis',$nowtme).'_'.$i;`, `_lit` for the
# small copy: DedeCMS 5.x FCKeditor `dede_image` dialog, search-index file 15599137756; uploads/allimg/<ymd>/ paths):
# the upload's day and clock in the 12 digits, plain (no dd2char); the same real day and clock as above.
_DEDE_EDITOR: Final = re.compile(r"\d{1,6}_(?P<code>\d{12})_\d{1,2}(?:_lit)?")


def _apply_dedecms(result: ParsedName, core: str) -> bool:
    m = _DEDE.fullmatch(core) if core[:1].isdigit() and len(core) <= 22 else None
    if m is None:
        m = _DEDE_EDITOR.fullmatch(core) if "_" in core[1:8] and len(core) <= 26 else None
        if m is None:
            return False
    digits = "".join(ch if ch.isdigit() else str(ord(ch)) for ch in m["code"])
    if not 12 <= len(digits) <= 15 or (len(digits) != 12 and m["code"].isdigit()
                                         and (len(digits) != 14 or digits[:2] in ("19", "20"))):
        return False  # (digits only: 12, ymdHis alone; `1-20120512102233` is a YYYYMMDDhhmmss stamp, not ymdHis + rand;
        # round 22: 14 digits that open with no century are ymdHis + two, `240460-13033106243430`)
    day = _valid_date(2000 + int(digits[:2]), int(digits[2:4]), int(digits[4:6]))
    clock = _valid_time(int(digits[6:8]), int(digits[8:10]), int(digits[10:12]))
    if not day or not clock or int(digits[:2]) > 35:
        return False
    result.family, result.kind = "dedecms", "cms"
    result._set("date", day, _DEDE_RULE, 0.6)
    result._set("time", clock, _DEDE_RULE, 0.6)
    result._set("date_kind", "uploaded", _DEDE_RULE, 0.6)
    return True


# Round 17: an image host or upload plugin that keeps the original name and appends the file's md5 or
# sha256 (PicGo picgo-plugin-custom-path `{origin}-{hash}`, an md5: melon95/picgo-plugin-custom-path
# README): the hash is no title, the name before it is read as any name (a hash before a name is
# _GLUED_PREFIX's)
_HASH_TAIL: Final = re.compile(r"[-_](?=[a-f]*\d)(?=\d*[a-f])(?:[0-9a-f]{64}|[0-9a-f]{32})$")


def _apply_hash_tail(result: ParsedName, core: str) -> bool:
    m = _HASH_TAIL.search(core, len(core) - 65) if len(core) > 34 and core[-1:] in _HEX_CHARS else None
    if m is None or m.start() == 0 or (m.start() < 64 and _HEX_RUN.fullmatch(core, 0, m.start())):
        return False
    if not result.copy_marker:
        result.warnings.append("hash after the name")
    # a call back up the pipeline: that module imports this one, so the import is here
    from .parse import _parse_simple
    _parse_simple(result, core[: m.start()].rstrip(" -_"), steps=True)
    return True


_HEX_CHARS: Final = frozenset("0123456789abcdef")
_HEX_RUN: Final = re.compile(r"[0-9a-f]+")


# Round 19: 百度图片 (gimg2.baidu.com/image_search) saves a picture under its query string: `src=<original
# URL, '/' and ':' made '_'>&refer=<the page's host>` (search-index files 44460352089, 10019846574,
# 69607797534, 184088079, 33297067989, 6400970289, 22223338929 — the URLs those names are made of). The URL
# is no title. A whole 14-digit stamp between separators in it is the time the picture was uploaded to the
# site it came from (堆糖 `uploads/item/201909/23/20190923182909_LPaCx`, 69607797534); an upload tool's
# epoch milliseconds before it (`<ms>-src=…`) are read first; no other digits are (ids, dates in paths).
_IMAGE_SEARCH_SAVE: Final = re.compile(r"(?:(?P<ms>1[3-9]\d{11})[-_]|[0-9a-f]{32})?src=https?_.*", re.DOTALL)
_URL_STAMP: Final = re.compile(r"(?<![0-9A-Za-z])" + _TS14 + r"(?![0-9])")


def _apply_image_search_save(result: ParsedName, core: str) -> bool:
    m = _IMAGE_SEARCH_SAVE.fullmatch(core)
    if m is None:
        return False
    result.family, result.kind = "baidu_image", "cms"
    rule = "百度图片 src=…&refer="
    if m["ms"]:
        day, clock = _stamp_from_groups({"ms": m["ms"]})
    else:
        stamps = [_stamp_from_groups(s.groupdict()) for s in _URL_STAMP.finditer(core, m.end("ms") if m["ms"] else 0)]
        stamps = [s for s in stamps if s[0] and s[1]]
        day, clock = stamps[0] if len(stamps) == 1 else (None, None)  # two stamps: which is which is not known
    _give_stamp(result, day, clock, rule, "uploaded", 0.5)
    return True


# Round 17: sm.ms (loli.net) stores an upload as 15 random letters and digits under /YYYY/MM/DD/ (index
# files 44728047846, 28813570101, 70766953911, 22711690566, 33927420951, 10779952041, 39621470886,
# 5740327116, 865116, 16231985001: `glno9D6OcRYSi8F`, `SplDtuFNQaKvEHR`, `nsD7GefaiWv3xMz`). Random text
# has capitals in a row and single digits between letters; camel-case words (`iPhoneXsMaxCase`,
# `MyTrip2023Paris`) have neither: two such signs are asked for.
_RANDOM_SIGNS: Final = re.compile(r"(?=[A-Z]{2}|[A-Za-z]\d[A-Za-z]|\d[A-Za-z]\d)")


# Round 17: Discuz! attachments `data/attachment/forum/YYYYMM/DD/<His><16 random>` (the day is in the
# folders; index files 17936912187, 39451703382, 488528262, 29674572012, 5024004462, 35837020827) and
# their thumbnails `<name>.jpg.thumb.jpg` (5024004462): no title; the clock alone is not given
_DISCUZ: Final = re.compile(r"\d{6}[a-z0-9]{16}(?:\.(?:jpg|jpeg|png|gif)\.thumb)?")


def _apply_smms(result: ParsedName, core: str) -> bool:
    if core.endswith(".thumb") and _DISCUZ.fullmatch(core):
        result.family, result.kind = "discuz_attachment", "cms"
        return True
    if len(core) != 15 or not core.isascii() or not core.isalnum() or core.islower() or core.isupper():
        return False
    if len(_RANDOM_SIGNS.findall(core)) < 2:
        return False
    result.family, result.kind = "opaque_id", "cms"
    return True


# Round 63: the f2 downloader (Johnserf-Seed/f2) names a 抖音 picture post's images
# `{format_file_name(naming)}_image_{i + 1}` (f2/apps/douyin/dl.py), its naming `{create}_{desc}` by default and
# `{nickname}_…` where the user adds it; `create` is the post's time as timestamp_2_str writes it (`%Y-%m-%d
# %H-%M-%S`). The time is the post's; the nickname is an account, no photographer; the hashtags closing the text
# (`_#话题`) are no part of its title.
_F2_SAVE: Final = re.compile(r"(?:(?P<nick>(?!\d+_)[^_\s]{1,30})_{1,2})?(?P<Y>20\d\d)-(?P<M>\d\d)-(?P<D>\d\d) (?P<h>\d\d)-(?P<m>\d\d)-(?P<s>\d\d)"
                             r"_{1,2}(?P<desc>.+?)_image_\d{1,3}")


def _apply_f2_save(result: ParsedName, core: str) -> bool:
    m = _F2_SAVE.fullmatch(core)
    if m is None:
        return False
    day, clock = _stamp_from_groups(m.groupdict())
    if not day:
        return False
    result.family, result.kind = "douyin_save", "app_export"
    _give_stamp(result, day, clock, "f2 {create}_{desc}_image_n", "published", 0.85)
    title = m["desc"].split("#", 1)[0].strip("_ ")
    if title:
        result._set("title", title, "f2 {desc}", 0.7)
    if m["nick"]:
        result._set("accounts", [m["nick"]], "f2 {nickname}", 0.8)
    return True


# Round 63: a userscript of hoothin/UserScripts saves a tweet's pictures as `<author> - <the tweet's time as the page
# shows it>_<n>` (hoothin/UserScripts issue 824: `推文作者的名字 - 一段时间或者日期`, the page in Chinese): the time is
# relative (`17小时`) or a month and day without the year unless the tweet is older, the author an account (a handle:
# letters, digits, `_`, at most 15), no title and no photographer; only a date with its year is a date.
_TWEET_SAVE: Final = re.compile(r"(?P<acct>(?![0-9]+ )[A-Za-z0-9_]{1,15}) - (?:\d{1,2}(?:秒|分钟|小时)|\d{1,2}月\d{1,2}日"
                                r"|(?P<Y>20\d\d)年(?P<M>\d{1,2})月(?P<D>\d{1,2})日)_\d{1,2}")


def _apply_tweet_save(result: ParsedName, core: str) -> bool:
    m = _TWEET_SAVE.fullmatch(core)
    if m is None:
        return False
    result.family, result.kind = "twitter_save", "app_export"
    result._set("accounts", [m["acct"]], "tweet author", 0.8)
    if m["Y"]:
        day = _valid_date(int(m["Y"]), int(m["M"]), int(m["D"]))
        if day:
            _give_stamp(result, day, None, "tweet save <author> - <date>_<n>", "published", 0.8)
    return True
