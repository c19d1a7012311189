"""The entry point: `parse_name` (path -> base name and folders -> steps 2 to 6) and
`parse_caption`, never raising.

Reads lexicon, result, people, decorations, devices_tolerant, devices, xiaohongshu, text, folders,
credit_tail, finish. Serves devices_schemes.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable
from typing import Final
from urllib.parse import unquote

from .artworks import _is_slash_name, _is_work_slash_author
from .contest_lines import _AWARD_NAME_SLASH
from .credit_tail import _apply_credit_tail, _apply_date_tail, _credit_suspect, _plain_credit
from .decorations import _EXT_RE, _IMAGE_EXTS, _split_extension, _strip_decorations
from .devices import _apply_device, _apply_digits
from .devices_tolerant import _apply_stamp_anywhere
from .finish import _finish
from .folders import _apply_folders
from .lexicon import _AGENCY_RE, _SLASH_AGENCIES_WRITTEN, _simplified
from .people import _is_bare_credited, _is_common_name, _is_name
from .result import ParsedName
from .text import _apply_text
from .text_tails import _lead_shot_by
from .xiaohongshu import _apply_xiaohongshu

# ---------------------------------------------------------------------------------------------
# Entry point
# ---------------------------------------------------------------------------------------------

_CONTROL: Final = re.compile(r"[\x00-\x1f\x7f\ud800-\udfff]")


# what only an address's escapes write: a character of two to four UTF-8 bytes (`%E5%BE%AE` 微), or a space inside a
# stamp (`截屏2023-12-20%2014.41.10`, `截屏2022-03-17%20下午6.46.02`); a per cent sign before digits (`增长98%30个乡镇`,
# `5.2%2024年`) is none; (session 26) a browser's copy number in escaped brackets at the end, `…-135239%5B1%5D.png`
_PERCENT_ESCAPE: Final = re.compile(r"%[C-Fc-f][0-9A-Fa-f](?:%[89ABab][0-9A-Fa-f]){1,3}|(?<=\d)%20(?=\d{1,2}[.:_-]\d|[上下]午\d)"
                                    r"|%5[Bb]\d{1,2}%5[Dd](?=\.\w{1,5}$|$)")


def _clean(text: str, result: ParsedName) -> str:
    """Control characters and lone surrogates (from os.fsdecode) are noted and dropped; a name copied out of an address
    (`截屏2023-12-20%2014.41.10`, `%E5%BE%AE%E4%BF%A1…`) is read percent-decoded where every escape is UTF-8."""
    if not text.isprintable() and _CONTROL.search(text):  # (speed) each of its characters is unprintable
        result.warnings.append("control or undecodable characters removed")
        text = _CONTROL.sub("", text)
    if "%" in text and _PERCENT_ESCAPE.search(text):
        try:
            decoded = unquote(text, errors="strict")
        except UnicodeDecodeError:  # `增长10%AB`: a per cent sign, not an escape
            decoded = text
        if decoded != text and not _CONTROL.search(decoded) and decoded.isprintable():
            result.warnings.append("percent-encoded name decoded")
            text = decoded
    if "&" in text and ";" in text and (entity := _HTML_ENTITY.search(text)):
        tail = text[entity.start():].replace("&#47;", "／").replace("&#92;", "＼")  # (a slash a page escaped is no folder's)
        decoded = html.unescape(tail)  # session 19: `大熊猫&ldquo;某某&rdquo;`: a page's alt text
        if decoded.isprintable() and decoded.count("/") + decoded.count("\\") == text.count("/") + text.count("\\"):
            # copied with its character references (none decoded to a folder's slash: `出口&#47;入口`)
            result.warnings.append("HTML character references decoded")
            text = text[: entity.start()] + decoded
    return text.replace("\\", "/")


_MEDIA_STORE_HOLD: Final = re.compile(r"\.?(?P<state>trashed|pending)-1\d{9}-")
# a named or numbered character reference (`&ldquo;`, `&amp;`, `&#8220;`, `&#x201C;`); a bare `&` stays
_HTML_ENTITY: Final = re.compile(r"&(?:[a-zA-Z]{2,8}|#\d{2,6}|#[xX][0-9a-fA-F]{2,5});")


def parse_name(name: str, *, folder: str | None = None) -> ParsedName:
    """Read title, photographers, place, date, phones … from a file name (never raises)."""
    result = ParsedName(filename=name)
    try:
        _parse_into(result, name if isinstance(name, str) else str(name), folder)
    except Exception as exc:  # a parser reports, it does not raise
        result.warnings.append(f"internal error: {type(exc).__name__}")
    return result


# round 42: an ASCII `/` after a credit word or an agency that closes a caption (`…。图/X`, `… 摄影/X`, `…。CFP/X 摄`) is
# the credit's slash (the `／` of `图／X`), not a folder: every slash in the name's last 40 characters, a credit word
# after a space, a stop or a bracket before it (any word there when the name and its 摄 follow), and a name closing the
# name; a folder (`摄影/2025/x.jpg`, `data/x.jpg`, `老照片 图/某湖晨曦.jpg`) keeps its reading
_CREDIT_SLASH_LEFT: Final = re.compile(
    r"[\s。，,；;(（)）】_—](?:本版|本期|本刊)?(?:图文|圖文|文图|文圖|图|圖|文|摄影者?|攝影者?|摄|攝|记者|記者)\s*$")
# session 14: (a page's caption as printed, spaces around the slash: `…。摄影 / X`), and a picture's key before an agency
# (`…。图/视觉中国`, `…。图 / IC`; session 17: any agency or outlet, in either script, `…。圖/中央社`, `…。圖/路透社`) or a
# source's key before an outlet (`…。图片来源 / 某报摄影部`) closing a sentence
_KEY_AGENCY_SLASH: Final = re.compile(r"[。.!！?？]\s*(?:图|圖|图片|圖片|照片)\s*/\s*(?P<a>[^/]{2,12}?)\s*(?:\.\w{2,4})?$")
# session 14: a picture agency, a slash, a transliterated name and its verb (`…。CICPHOTO/确·胡热 摄`): the agency's credit,
# read as `CICPHOTO 确·胡热 摄` (the grammar reads a dotted name after a space, as after a role)
_AGENCY_DOTTED_NAME: Final = re.compile(
    r"(?:CICPHOTO|CFP|IC ?photo|" + "|".join(_SLASH_AGENCIES_WRITTEN) + r")\s*/\s*"
    r"[\u4e00-\u9fff]{1,8}[·•][\u4e00-\u9fff]{1,8}\s*(?:[摄攝]影?|拍[摄攝])\s*(?:\.\w{2,4})?$")
# session 17: the picture's key, a slash, then who supplied it (`…  圖/台北市政府提供`, `…照片圖/某某圖文館提供`): a page's
# credit; no folder is named 图 with a file named `…提供`
_KEY_SUPPLIER_SLASH: Final = re.compile(r"[图圖]片?\s*/\s*[^/\s]{2,20}(?:提供|供[图圖]|供稿)(?:\.\w{2,4})?$")
_AGENCY_PAIR_SLASH: Final = re.compile(r"\s[\u4e00-\u9fff]{2,4}[图圖]片(?P<slash>/)(?:" + "|".join(_SLASH_AGENCIES_WRITTEN) + r")(?:\.\w{2,4})?$")
_SOURCE_SLASH: Final = re.compile(r"[。.!！?？]\s*(?:图片|圖片|照片)?(?:来源|來源)\s*/\s*[^/\s]{2,20}(?:\.\w{2,4})?$")
# session 13: a closing bracket holding a slash after a picture's key (`(圖/記者X攝影)`, `(影/記者X攝)`, `(圖/民視新聞)`,
# `(圖/嘉大提供,2019.08.15)`, Taiwan's outlets): one note, opened before the slash and closed after it, never a folder
# (session 20: any credit in such a note, `…。(洛克 摄/光明图片)`: who shot it, then the agency that sent it)
_BRACKETED_SLASH_NOTE: Final = re.compile(r"[(（]\s*(?:圖|图|影|圖文|图文|照片|攝影|摄影|[^/()（）]{1,12}[摄攝])\s*/[^/()（）]{2,30}[)）]"
                                          r"(?:\.\w{2,5})?$")
_SPACED_SLASH: Final = re.compile(r"\s*/\s*")
_WIRE_PAIR_SLASH: Final = re.compile(r"(?:新华社|中新社)/(?:法新社?|美联社?|路透社?|欧新社?|共同社|塔斯社|安莎社?|韩联社?)(?P<ext>\.\w{2,4})?$")
_CREDIT_KEYS_BEFORE_SLASH: Final = frozenset(("摄影", "摄影师", "攝影", "攝影師", "摄", "攝", "拍摄", "拍摄者", "摄影者", "攝影者", "作者", "图", "圖"))
_NAME_AFTER_SLASH: Final = re.compile(r"\s*(?P<name>[\u4e00-\u9fff]{2,3})\s*")  # (no extension after it)
_KEYED_NAME_BEFORE_SLASH: Final = re.compile(r"(?:供图|供圖|摄影|攝影|摄|攝|图|圖|作者)[:：]?\s*(?P<n>[\u4e00-\u9fff]{2,3})\s*$")
_CJK_BEFORE_SLASH: Final = re.compile(r"[\u4e00-\u9fff”」》]\s*$")
_CREDIT_SLASH_ANY_LEFT: Final = re.compile(r"[\s。，,；;(（)）】][\u4e00-\u9fffA-Za-z]{2,12}$")
_CREDIT_SLASH_TAIL: Final = re.compile(r"(?P<body>[^/]{2,24}?)\s*(?P<verb>[摄攝]影?)?\s*[)）]?(?:\.\w{2,4})?")


# `…（王大卫/摄）.jpg`, `…。记者 X/摄.jpg`: a credit's verb alone after the last slash, behind a name (a folder is never
# named so: its name would close on a credit's name, the file's be a verb); session 17: after a work's 》, a space before
# the slash (`《题》X /摄`)
_NAME_BEFORE_SLASH: Final = re.compile(
    r"[\s。，,(（【\[：:》」](?:[\u4e00-\u9fff]{0,12}?(?:记者团?|記者團?|通讯员|通訊員|摄影师?|攝影師?|融媒体?(?:中心)?)\s*)?"
    r"(?P<name>[\u4e00-\u9fff]{2,4})$")  # (session 16: a county's media centre glued before the name, `(某某融媒X/摄)`)
# session 13: or a picture agency after it (`…景象。李某/人民图片`): who shot it, then who distributed it
_AGENCY_AFTER_SLASH: Final = re.compile(r"\s*(?:" + "|".join(_SLASH_AGENCIES_WRITTEN)  # (session 16: or an outlet's name, after a
                                        + r"|[\u4e00-\u9fff]{1,6}(?:[传傳]媒|新[闻聞]|[日晚][报報])"  # key's name; session 17: a news
                                        + r"|[新中][华華新]社|中新[网網]|中央社)(?:\.\w{2,4})?")  # agency, `…。攝影 X/中新社`)
_VERB_AFTER_SLASH: Final = re.compile(
    r"\s*(?:(?:[摄攝]影?(?:报道|報道)?|拍[摄攝]|供[图圖])\s*[)）】\]]?|[图圖]\s*[)）】\]])[。.]?(?:\.\w{2,4})?")  # session 16: `…（X/图）`, the
# picture's word closing a bracket (bare, `张三/图.jpg` is a folder's file); session 19: `…。X Y/摄影报道`, a photo report;
# session 26: a full stop after the verb, `…。某网 某某/摄。`


# session 16: a page's caption, a slash set apart by spaces, then who shot it (and when): `…灯笼 / 某某 摄于2021年2月21日`:
# the slash parts the caption from its credit, as a space does (a folder's name of a few characters, `相册 / X摄`, is read
# as before)
_SPACED_SLASH_CREDIT: Final = re.compile(
    r"[\u4e00-\u9fff”」》)）]{6}(?P<slash>\s+/\s+)(?P<name>[\u4e00-\u9fff]{2,4})\s*[摄攝](?:影|于\s*\d{4}年\d{1,2}月\d{1,2}日)?"
    r"(?:\.\w{2,4})?$")
# session 25 (set 133): a page's line with no extension, a short title, a spaced slash, then who shot it, a pen name or a
# Latin one as well (`斑駁 / 小比 攝`, `秘徑 / Sun 攝`): a file's path ends in its extension, so this is no folder
_SLASH_PICTURE_NAME: Final = re.compile(r"/[圖图][\u4e00-\u9fff]{2,4}[攝摄]影?$")
_SPACED_SLASH_LINE: Final = re.compile(r"(?<=[\u4e00-\u9fff”」》)）])(?P<slash>\s+/\s+)[^\s/]{1,12}\s*[摄攝]影?$")


# session 17: who wrote and who shot, a slash between the two words (`…。记者 X文/图`, `（X图/文）`, `图/文:X`), or after the
# writer's name before the photographer's credit (`（记者 X/文 Y/摄）`): the credit's slashes where no extension closes the
# name (review: `毕业论文/图.png` is a folder's file), and no folder is named `X/文 Y` before `/摄`
_CREDIT_PAIR_SLASH: Final = re.compile(
    r"(?:(?<=[\u4e00-\u9fff\s(（]{2}文)/(?=[图圖])|(?<=[\u4e00-\u9fff\s(（]{2}[图圖])/(?=文))"
    r"(?=.\s*[)）】]?$)|(?:(?<=文)/(?=[图圖])|(?<=[图圖])/(?=文))(?=.\s*[:：])"
    r"|(?<=[\u4e00-\u9fff])/(?=文\s+[^/]{2,14}/[摄攝图圖])")


def _is_agency_written(word: str) -> bool:
    """A picture agency, a news agency or an outlet, as a page writes it after the picture's key (either script)."""
    return word in _SLASH_AGENCIES_WRITTEN or word == "IC" or _AGENCY_RE.fullmatch(_simplified(word)) is not None


def _credited_at_slash(name: str, *, verb: bool, loose: bool) -> bool:
    """The word before a credit's slash names who shot it: before its verb a name; before an agency a common name
    (review: `来源/人民视觉`, `郑州/CFP`, `相册/人民图片` are words and folders); `loose`, set apart from the slash by a
    space or standing after a work's 》, a strict name with a surname that is no noun (session 17's review: `《题》组照 /摄`)."""
    if not verb:
        return _is_common_name(_simplified(name))
    return _is_bare_credited(_simplified(name)) if loose else _is_name(name, strict=False)


_ROLE_SLASH_VERB: Final = re.compile(r"(?<=[\s。，,])(?:摄影|攝影)?(?:记者|記者|摄影师|攝影師|编辑|編輯|通讯员|通訊員)(?P<slash>/)[摄攝]影?"
                                     r"(?:\.\w{2,4})?$")


def _keyed_before_slash(clean: str, end: int, name: str) -> bool:
    """Session 19: `…。图片作者:小工匠/CFP`: a credit's key names who, a pen name as well as a person's."""
    keyed = _KEYED_NAME_BEFORE_SLASH.search(clean, max(0, end - 12), end)
    if keyed is None or keyed["n"] != name or clean[keyed.start() - 1 : keyed.start()] not in ("片", "。", " ", ""):
        return False
    key = clean[keyed.start() : keyed.start("n")]
    return "：" in key or ":" in key or key.startswith("作者")  # (the second review: a key and its colon, or 作者;
    # `摄影 风光/CFP` is a folder's; `作者：不详/CFP` a credit naming no one, finish drops it)


def _credit_slashes(clean: str) -> str:
    """`…。图/X.jpg`: the slashes of a closing credit written ASCII, made the full-width `／` the credit grammar reads."""
    if ("文/" in clean or "/文" in clean) and _CREDIT_PAIR_SLASH.search(clean):
        clean = _CREDIT_PAIR_SLASH.sub("／", clean)
        if "/" not in clean:
            return clean
    first, last = clean.find("/"), clean.rfind("/")
    if first == last and (role := _ROLE_SLASH_VERB.search(clean, max(0, first - 8))):
        return clean[: role.start("slash")] + " " + clean[role.end("slash"):]  # session 19: `…。摄影记者/摄`: a role and
        # its verb, no name (a credit without a name, as `…。摄影记者 摄` reads), never a folder
    if first == last and (spaced := _SPACED_SLASH_CREDIT.search(clean, max(0, first - 8))) \
            and _is_name(spaced["name"], strict=False):
        return clean[: spaced.start("slash")] + " " + clean[spaced.end("slash"):]
    if first == last and _AWARD_NAME_SLASH.search(_simplified(clean), max(0, first - 24)) and not _EXT_RE.search(clean):
        return clean[:first] + "／" + clean[first + 1:]  # session 25 (set 134): `【肖像類】第一名:某某/某報`: a press-photo
        # award's line, the winner and his outlet (no file's path: it has no extension)
    if first == last and _SLASH_PICTURE_NAME.match(clean, first) and not _EXT_RE.search(clean):
        return clean[:first] + " " + clean[first + 1] + "／" + clean[first + 2 :]  # session 26: `…盛典/圖某某某攝`: the
        # picture's key glued to who shot it after the line's slash (a page's caption, no file's path: no extension)
    if first == last and (line := _SPACED_SLASH_LINE.search(clean, max(0, first - 2))) and not _EXT_RE.search(clean):
        return clean[: line.start("slash")] + " " + clean[line.end("slash"):]
    if first == last and (wire := _WIRE_PAIR_SLASH.search(clean, max(0, first - 4))):
        return clean[:first] + (wire["ext"] or "")  # session 20: `…。 新华社/法新`: the agency that sent it (the wire
        # it took the picture from, after the slash, is no folder; the file's name keeps it)
    if first == last and clean[:first].strip() in _CREDIT_KEYS_BEFORE_SLASH and not _EXT_RE.search(clean):
        return clean[:first].strip() + "／" + clean[first + 1:]  # session 20: `摄影/X Y[英国]`, a page's credit line (no
        # extension: a file's path ends in one)
    if (note := _BRACKETED_SLASH_NOTE.search(clean)) and note.start() < first:
        return clean[:first] + "／" + clean[first + 1:]  # session 13: `…。(圖/X)`: the note's one slash
    if first == last and (after := _NAME_AFTER_SLASH.fullmatch(clean, first + 1)) and first >= 4 \
            and _CJK_BEFORE_SLASH.search(clean, 0, first) \
            and not _CREDIT_SLASH_LEFT.search(clean, max(0, first - 16), first):  # (`…。图/X` is read below)
        if (pair := _KEYED_NAME_BEFORE_SLASH.search(clean, 0, first)) and _is_common_name(pair["n"]) \
                and _is_slash_name(after["name"]):
            return clean[:first].rstrip() + "、" + after["name"]  # `…供图 X/Y`: two people credited
        if _is_work_slash_author(clean[:first], after["name"]):
            return clean[:first].rstrip() + "／" + after["name"]  # session 14: `题/某某` with no extension: a page's
            # line (the work, then who shot it); a file's path ends in its extension
    if first == last and len(clean) - first <= 24:
        if _AGENCY_DOTTED_NAME.search(clean, max(0, first - 12)):
            return clean[:first].rstrip() + " " + clean[first + 1:].lstrip()
        if (pair := _AGENCY_PAIR_SLASH.search(clean, max(0, first - 10))) and pair.start("slash") == first:
            return clean[:first] + "／" + clean[first + 1:]  # session 17: `… 光明图片/视觉中国`: who sent it, then who sold it
        if _KEY_SUPPLIER_SLASH.search(clean, max(0, first - 2)):
            return clean[:first].rstrip() + "／" + clean[first + 1:].lstrip()
        source = _SOURCE_SLASH.search(clean)
        if source or (key := _KEY_AGENCY_SLASH.search(clean)) and _is_agency_written(key["a"]):  # session 14: the
            # source's key read as `来源：`, the form its grammar reads (`来源／某报摄影部` would credit 摄影部)
            return clean[:last].rstrip() + ("：" if source else "／") + clean[last + 1:].lstrip()
    verb = _VERB_AFTER_SLASH.fullmatch(clean, last + 1)
    if (verb or _AGENCY_AFTER_SLASH.fullmatch(clean, last + 1)) \
            and (name := _NAME_BEFORE_SLASH.search(clean, 0, end := len(clean[:last].rstrip()))) \
            and (_credited_at_slash(name["name"], verb=verb is not None, loose=end < last or clean[name.start()] in "》」")
                 or _keyed_before_slash(clean, end, name["name"])) \
            and name.start() > clean.rfind("/", 0, last):
        return clean[:last] + "／" + clean[last + 1:]
    if len(clean) - first > 40 or clean.count("/") > 2:
        return clean
    m = _CREDIT_SLASH_TAIL.fullmatch(clean, last + 1)
    words = m["body"].split() if m else None
    if not m or not words or len(words) > 4 or not _is_name(_simplified(words[-1])):
        return clean  # (session 23: in either script, `… 圖/馮某某`)
    left = (_CREDIT_SLASH_ANY_LEFT if m["verb"] else _CREDIT_SLASH_LEFT).search(clean, max(0, first - 16), first)
    if left and not _is_name(left.group(0)[1:]) and (  # `相册 张三/李四 摄`: a person's folder
            first == last or _CREDIT_SLASH_LEFT.search(clean, first, last)):
        return _SPACED_SLASH.sub("／", clean)  # (review: `文 / X` read as `文／X`, as written without the spaces)
    return clean


def _parse_into(result: ParsedName, name: str, folder: str | None) -> None:
    clean = _clean(name, result)
    if "/" in clean and not folder:  # (speed) a bare name without a slash, nearly every call, tests nothing more
        clean = _credit_slashes(clean)
    if folder or "/" in clean:
        parts = [p for p in clean.split("/") if p]
        base = parts[-1] if parts else ""
        folders = list(reversed(parts[:-1])) + ([_clean(folder, result)] if folder else [])
    else:  # a bare file name (nearly every call): no folders to read
        base, folders = clean, []
    stem = _split_extension(result, base[:2000])
    core, paste = _strip_decorations(result, stem)
    if core[:1] == "—" and core.lstrip("— "):
        core = core.lstrip("— ")  # session 26: `——2018年11月24日摄于某地`: a page's dash before a picture's note
    if core[:1] in ".tp" and (held := _MEDIA_STORE_HOLD.match(core)) and held.end() < len(core):
        result.warnings.append(f"{held['state']} file (the phone's {held['state']} copy)")  # session 19: Android's
        core = core[held.end():]  # MediaStore renames a file put in the trash (or still being written) to
        # `.trashed-<epoch s>-<name>`: the epoch is when it expires, the name after it the picture's own
    if core is not stem and not result.double_extension and "." in core[-6:]:
        inner = _EXT_RE.search(core)  # `x.jpg - 副本.jpg`: the copy was made of a double extension
        if inner and inner.group(1).lower() in _IMAGE_EXTS and inner.start() > 0:
            result.double_extension = True
            result.warnings.append("double extension")
            core = core[: inner.start()]
    _parse_core(result, core)
    if result.kind in _TEXT_KINDS and (result.title or result.photographers):
        if not result.photographers and (core.find("摄的", 2, 8) > 0 or "摄影" in core[:8] and "摄的" in core[:60]
                                         or "—" in core[2:10] or "-" in core[2:10] or "由" in core and "拍" in core):
            _lead_shot_by(result, core)
        if _credit_suspect(result, core):
            _apply_credit_tail(result, core, _parse_core)
        if not result.date and not result.date_partial and core[-1:] in _DATE_LAST:
            _apply_date_tail(result, core, _parse_core)
    if not result.date and paste[0]:
        day, clock = paste
        result._set("date", day, "paste-time suffix", 0.4)
        result._set("date_kind", "pasted", "paste-time suffix", 0.4)
        if clock:
            result._set("time", clock, "paste-time suffix", 0.4)
    if folders:
        _apply_folders(result, _folders_only(folders))
    _finish(result)


_DATE_LAST: Final = frozenset("0123456789日月")  # (speed) how a closing day or month ends
# the kinds the text step gives: the backstops read only these (a device's or an app's name holds no caption's credit)
_TEXT_KINDS: Final = frozenset(("caption", "titled", "contest_entry", "generic", "unknown"))


def _parse_core(result: ParsedName, core: str, *, steps: bool = True) -> None:
    """Device/app tables, then digits, then the caption grammar; traditional text read via _T2S (strings are given back
    as written)."""
    simple = _plain_credit(_simplified(core))
    _parse_simple(result, simple, steps=steps)
    if simple != core:
        _restore_original(result, simple, core)


def _parse_simple(result: ParsedName, core: str, *, steps: bool) -> None:
    if not core.strip():
        result.warnings.append("empty name")
        return
    if steps:  # (speed) the device table, then each step only where its own first test can pass: every name runs this
        if not _is_sentence(core) and _apply_device(result, core):
            if result.title and "摄" in result.title[-4:] and not result.photographers:
                _reread_device_words(result)
            return
        if ("来自小红书" in core and _apply_xiaohongshu(result, core)
                or "。" not in core and "摄" not in core and _apply_stamp_anywhere(result, core)
                or core[:1].isdigit() and _apply_digits(result, core, result.copy_marker)):
            return
    _apply_text(result, core)


# (speed) A caption sentence is no device's or app's name, and the device step (its tables, and its readings of a device
# name with words or a note) is not tried on it: ~10% of the time that step took on the shared files' names went to
# captions it never read. A sentence here holds no `_` before a stamp, a Latin word or a tool's word (every device, app
# and downloader scheme that may carry words joins them so: `故宫雪景。张三摄_微信图片_<ts14>`, `…_fororder_IMG_…`, f2's
# `<nick>_<time>_<words>_image_1`; a credit's `X_摄` is no joint) and
#   - opens with a date written in Chinese (`2019年4月19日，…`, `7月9日，…`) and holds a sentence's mark (，。；), or
#   - opens with a Chinese character and holds a full stop, and no digit before it ends a stamp's part (every stamp a
#     CJK-led scheme writes closes a run of digits with a separator or the name's end: `屏幕截图 2024-01-05 153012（今天。
#     下雪）` stays a screenshot, while `图为10月25日，…。` is a sentence; a comma alone may sit in a renamer's note,
#     `微信图片<ts14>（今天，下雪）`).
_SENTENCE_OPENING: Final = re.compile(r"(?:\d{4}年\d{1,2}月|\d{1,2}月\d{1,2}日)")
_SENTENCE_MARK: Final = re.compile("[，。；]")
_STAMP_DIGIT: Final = re.compile(r"\d(?:[-_.:/\s)）(（]|$)")
_DEVICE_JOINT: Final = re.compile(r"_(?:[0-9A-Za-z]|微信|企业微信|屏幕|截屏|截图|图片|照片)")  # `_` before a stamp, a tool's word


def _is_sentence(core: str) -> bool:
    first = core[:1]
    if "_" in core and _DEVICE_JOINT.search(core):
        return False
    if "\u4e00" <= first <= "\u9fff":
        stop = core.find("。")
        return stop > 0 and _STAMP_DIGIT.search(core[:stop]) is None
    return first.isdigit() and _SENTENCE_OPENING.match(core) is not None and _SENTENCE_MARK.search(core) is not None


def _reread_device_words(result: ParsedName) -> None:
    """Round 55: the words a person glued after a device's stamp (`QQ图片<ts14>…`, `IMG_<d8>_<t6>…`) that close with a
    credit (`…。张三 摄`) are a caption: read with the caption grammar, its title, credit and place are kept (only where
    it names someone; else the words stay the title, as before)."""
    words = ParsedName(filename=result.filename)
    _apply_text(words, result.title or "")
    if not words.photographers or not words.title:
        return
    for name in ("title", "photographers", "place", "agency", "role"):
        value = getattr(words, name)
        if value and name in words.evidence:
            ev = words.evidence[name]
            result._set(name, value, ev.rule, ev.confidence)
        elif value:
            setattr(result, name, value)


def _restore_original(result: ParsedName, simple: str, core: str) -> None:
    """Strings read from the simplified copy are given back in the characters the editor wrote."""

    def back(value: str) -> str:
        i = simple.find(value)
        if i >= 0:
            return core[i : i + len(value)]
        spaced = re.search(r"[ \u3000]?".join(map(re.escape, value)), simple)  # `金 鵬` read as 金鹏
        if spaced:
            return re.sub(r"[ \u3000]", "", core[spaced.start() : spaced.end()])
        # a string put together from two places in the name (`位於X的Y` read as XY): character by
        # character, each as the editor wrote it where it occurs
        written = dict(zip(reversed(simple), reversed(core), strict=False))  # the first occurrence wins
        return "".join(written.get(ch, ch) for ch in value)

    if result.title:
        result.title = back(result.title)
    if result.place:
        result.place = back(result.place)
    result.photographers = [back(n) for n in result.photographers]
    result.units = [back(u) for u in result.units]
    if result.agency:
        result.agency = back(result.agency)


def parse_caption(text: str) -> ParsedName:
    """Read a caption sentence from an article page: no extension, no folders, no copy markers.

    `赵宇思/摄` keeps its slash as part of the credit; device and app tables do not apply.
    """
    result = ParsedName(filename=text if isinstance(text, str) else str(text))
    try:
        clean = _CONTROL.sub("", result.filename)[:2000].strip()
        if clean != result.filename.strip():
            result.warnings.append("control or undecodable characters removed")
        _parse_core(result, clean.rstrip("。. \u3000"), steps=False)
        _finish(result)
    except Exception as exc:  # a parser reports, it does not raise
        result.warnings.append(f"internal error: {type(exc).__name__}")
    return result


def _folders_only(folders: Iterable[str]) -> list[str]:
    return [f for f in folders if f not in (".", "..")]
