"""Step 3, words around a device name: a stamped device, a camera frame, words glued to a tool's
name or a note after it, storing a device's stamp (`_apply_device_glued`, `_device_words`,
`_store_device`), and the tools' names the tolerant pass scans for (`_FLEX_TOOLS`).

Reads result, stamps, people, places, decorations, devices_patterns. Serves devices_tolerant,
devices_schemes, devices, finish.
"""

from __future__ import annotations

import re
from typing import Final

from .decorations import _ALNUM_END
from .devices_patterns import (
    _CN_APPS,
    _D8_T6,
    _DEVICE_PATTERNS,
    _match_device,
    _match_device_before_words,
    _Pattern,
)
from .lexicon import _AGENCY_RE, _COMPOUND_SURNAMES, _NOUNS
from .people import _is_common_name, _is_name, _is_plain_common_name, _is_title_word
from .places import _full_place, _place_headline_dateline
from .places_scan import _gaz_name_length
from .result import ParsedName
from .stamps import _give_stamp, _set_stamp, _stamp_from_groups, _valid_date


def _stamped_device(text: str) -> tuple[_Pattern, re.Match[str]] | None:
    """A device or app name that carries a valid date (not a bare frame number), before words."""
    found = _match_device_before_words(text)
    if not found or found[0].family == "dated":  # `2015.08.21茶卡盐湖`: a dated caption, read as text
        return None
    return found if _stamp_from_groups(found[1].groupdict())[0] else None


_YEAR_DIGITS: Final = re.compile(r"\d{4}")
def _camera_frame(text: str) -> tuple[_Pattern, re.Match[str]] | None:
    found = _match_device(text)
    return found if found and found[0].kind == "camera" else None


_FIRST_CJK: Final = re.compile(r"[\u4e00-\u9fff“《]")
_QQ_OWN_WORDS: Final = frozenset(("图片", "视频", "截图", "录屏"))  # round 55: `QQ图片<ts14>` (its table rows above)
_STAMPED_LEADS: Final = frozenset(ch for p in _DEVICE_PATTERNS if "(?P<Y>" in p.regex.pattern or "(?P<ms>" in p.regex.pattern
                                  for ch in p.lead)
# (round 17: or a Latin app name glued to Chinese words, `登录页面报错Dingtalk_<ts14>`, `…retouch_<ts16>`)
_DEVICE_AFTER_SEP: Final = re.compile(r"[-_ ](?=[A-Za-z\u4e00-\u9fff])|(?<=[\u4e00-\u9fff])(?=[A-Za-z])")


def _apply_device_glued(result: ParsedName, core: str) -> bool:
    """A dated device name with words glued after it (`QQ20250907-020032窗口展示`) or a title put
    before it with a separator (`论文标题-屏幕快照 2020-04-27 下午12.29.27`): the words are the title."""
    if core[-1:] not in _ALNUM_END and not core[:1].isascii():
        return False  # (speed) both forms below fail: the first needs an ASCII start, the second an alphanumeric end
    if not _YEAR_DIGITS.search(core):
        return False  # every dated device name holds a year or epoch digits
    cjk = _FIRST_CJK.search(core) if core[:1].isascii() else None
    if cjk and cjk.start() < 4 and core[:2] in ("QQ", "qq") and core[cjk.start() : cjk.start() + 2] in _QQ_OWN_WORDS:
        # round 55: QQ's own words before its stamp (`QQ图片<ts14>`, the table's scheme above) are no title: the
        # words glued after the stamp are (`QQ图片<ts14>某某湖畔`)
        stamp = _YEAR_DIGITS.search(core, cjk.end())
        cjk = _FIRST_CJK.search(core, stamp.end()) if stamp else None
    if cjk and cjk.start() >= 7:
        head = core[: cjk.start()].rstrip(" _-")
        found = _stamped_device(head) or _camera_frame(head)  # `IMG_1234故宫`: a frame number too
        if found:
            _store_device(result, *found)
            _device_words(result, core[cjk.start():].strip(), after=True)
            return True
    if core[-1:] not in _ALNUM_END:
        return False  # every dated device name ends in a digit or a Latin letter
    for m in _DEVICE_AFTER_SEP.finditer(core, 1):
        if core[m.end()].lower() not in _STAMPED_LEADS:
            continue
        found = _stamped_device(core[m.end():])
        if found:
            _store_device(result, *found)
            _device_words(result, core[: m.start()].strip(" _-"))
            return True
    return False


_DATE_DIGITS: Final = re.compile(r"\d+(?:[-_.]\d+)*")  # an id or the date again before the name: no title
_APP_TAG: Final = re.compile(r"[A-Za-z0-9]{1,8}")  # `FB_IMG_…`: a short Latin tag is the app's, not a title
# Round 16: what is left of a device name once the tool and its stamp are read is a title only when
# a person wrote it. Latin runs that hold a digit (`1495068575`, `647197de42de2`, `C360`, `v2`) between
# separators are ids, hashes, counters or tool names; a word of letters only, or Chinese, is a title.
_ID_TOKEN: Final = re.compile(r"[A-Za-z0-9]*\d[A-Za-z0-9]*")
_ID_SEPARATORS: Final = re.compile(r"[-_.~@ ()]+")


# Round 17: a tool's own words are no title either (`evernote camera roll`, `Office Lens`, `faceu_<id>`,
# CamScanner's OCR export prefix `cs_ocr_`, a file kind `JPG_`): the Latin names of the tools in
# _FLEX_TOOLS and _EXACT_ONLY_TOOLS (filled in below them) and these words
_TOOL_WORDS: Final = {"screencapture", "camera", "roll", "lens", "office", "microsoft", "evernote", "camscanner", "cs", "ocr", "scan",
                      "scanned", "jpg", "jpeg", "png", "img", "faceu", "lark", "screen", "shot", "recording", "from",
                      # round 18: an export or download's own words (`QQ录屏<ts14> -original-original`, `<ts14>_rec_`)
                      "original", "rec"}


def _ids_only(words: str) -> bool:
    """Is `words` made of id-shaped Latin tokens (each with a digit) and tool words only, between separators?"""
    return words.isascii() and all(_ID_TOKEN.fullmatch(t) or t.lower() in _TOOL_WORDS
                                   for t in _ID_SEPARATORS.split(words) if t)


# round 59: the rest of a 12-hour clock a page or an upload cut (`截屏2021-01-05 下午3`, `… 上午10.2`): no words of a title
_CUT_CLOCK: Final = re.compile(r"[上下]午\d{1,2}(?:[.:：]\d{0,2}){0,2}")


# Round 61: CRI's CMS (cri.cn, its provincial sites and the BIG5 gate big5.cri.cn) names a picture
# `<article headline>_fororder_<the uploaded file's own name>` (its pages' alt text, as sets 26 and 31 cite:
# big5.cri.cn/gate/big5/js.cri.cn/2022-12-28/…, big5.cri.cn/gate/big5/ln.cri.cn/2023-03-09/…): `_fororder` is the
# CMS's joint, no word of the headline; the headline is the title, and a place opening it before a colon
# (`某县：…`, round 27's grammar) says where, as it does in a bare headline.
_CRI_JOINT: Final = "_fororder"


# a number after the words beside a stamp (a stock's code, an order's, a page's): `-九阳股份-002242`
_ID_AFTER_WORDS: Final = re.compile(r"(?<=[\u4e00-\u9fff])[-_ ]\d{6,}$")  # (six digits or more: `建党 100`, `春节 2020` stay)


def _device_words(result: ParsedName, words: str, *, after: bool = False) -> None:
    if words.endswith(_CRI_JOINT):
        words = words[: -len(_CRI_JOINT)].rstrip(" _-")
    if words[-1:].isdigit():
        words = _ID_AFTER_WORDS.sub("", words)
    if not words or _APP_TAG.fullmatch(words) or _DATE_DIGITS.fullmatch(words) or _ids_only(words) \
            or words[:1] in "上下" and _CUT_CLOCK.fullmatch(words):
        return  # `1753774880194_微信截图_…`: an upload tool's time or id, not a title; `截屏<day> 下午3`: a clock cut short
    rest = _device_tail_credit(result, words) if not _CLAUSE_MARK.search(words) else None  # (a sentence is read again
    if rest is not None:  # as a caption: parse._reread_device_words)
        if rest:
            result._set("title", rest, "device name + words", 0.6)
    elif result.kind != "screenshot" and _is_name(words) and (len(words) >= 3 or _is_plain_common_name(words)):  # (probe
        # B: `IMG_…_鱼跃`, a word; session 26: a screenshot's words are what it shows, `屏幕快照 <stamp> -某某某-<code>`,
        # a stock's name: nobody shoots a screenshot)
        result._set("photographers", [words], "device name + 姓名", 0.6)
    elif after and not result.place and 3 <= len(words) <= 12 and _full_place(words) and not _is_title_word(words):
        result._set("place", words, "device name + place", 0.6)  # session 20: `IMG_…_北京南站`: the album's owner
        # said where after the camera's name, as `2025_05_20_宁波` does (a label before it stays a title, `故宫_微信图片_…`)
    else:
        result._set("title", words, "device name + words", 0.6)
        if not result.place and (words.find("：", 2, 11) >= 0 or words.find(":", 2, 11) >= 0):
            _place_headline_dateline(result, words)  # `某县：稻田青青_IMG_…`


def _credited_alone(name: str) -> bool:
    """A name standing alone after a device's name, credited: led by a common surname (a title word, `丰收节`, `风光`, is
    no strict name), nor when or from where it was shot (`周末摄`, `白天摄`)."""
    return _is_common_name(name) and name not in _WHEN_SHOT


_WHEN_SHOT: Final = frozenset("白天 黎明 周末 周六 周日 假日 节日 午间 午夜 半夜 雨中 雪中 雨后 雪后 高空 空中 水下".split())


_NOTE_KEY: Final = re.compile(r"(?:摄影师?|摄影者|拍摄者?|作者|图片?)\s*[:：/／]\s*")


def _device_tail_credit(result: ParsedName, words: str) -> str | None:
    """A credit after a device's name that a key or a role vouches for (`… 摄影：张三`, `… （记者 张三 摄）`), read by
    the caption's credit grammar; each name stands after its key or role and is shaped as a person's. A bare `X摄` after
    a device stays words, as it always read: the session's fifth review found subjects, places, brands and kin read as
    photographers there (`熊猫摄`, `朱家角摄`, `周黑鸭 摄`, `孙女 供图`). Returns the words before the credit, or None
    where there is no such credit."""
    if not ("摄" in words or "攝" in words or "供图" in words or "作者" in words or "记者" in words):
        return None
    from .credits import (  # a call up the pipeline: that module is below this one
        _find_credit,
        _store_credit,
    )
    credit = _find_credit(words)
    keyed = _NOTE_KEY.search(words) if credit is not None and credit.rule == "（摄影 X）" else None
    if credit is None or not credit.names or not (credit.rule.endswith("：X") or credit.role or keyed or credit.agency):
        return None  # (a key's credit: `摄影：X`, `（摄影/X）`; an agency's, `（新华社发 X 摄）`, session 22's review)
    key_end = (words.find(credit.role) + len(credit.role) if credit.role else keyed.end() if keyed
               else words.find(credit.agency) + len(credit.agency) if credit.agency else words.find("：") + 1)
    if not all(_person_shaped(n) and words.find(n) >= key_end > 0 for n in credit.names):
        return None  # (`童真 通讯员 某某 摄`: a word before the role; `记者十一拍摄`: a number)
    _store_credit(result, credit)
    return words[: credit.start].strip(" _-，,。（(")


def _person_shaped(name: str) -> bool:
    if name[:2] in _COMPOUND_SURNAMES:
        return 3 <= len(name) <= 4
    return (2 <= len(name) <= 4 and _is_name(name, strict=False) and not _is_title_word(name) and name not in _NOUNS
            and name[0] not in "一二三四五六七八九十" and name not in _KIN and name[-1] not in _SIGHT_LAST
            and not _gaz_name_length(name, 0))


_CLAUSE_MARK: Final = re.compile("[。，,；;！？]")
_SIGHT_LAST: Final = frozenset("楼窟寺塔庙阁宫殿亭祠")
_KIN: Final = frozenset("女儿 儿子 妈妈 爸爸 老公 老婆 朋友 同事 同学 家人 孩子 母亲 父亲 爷爷 奶奶 外婆 姥姥 孙女 孙子 "
                        "领导 同志 师傅 群众 网友 市民 游客 村民 居民 学生 家长".split())  # kin, and people by their standing


_TRAILING_NOTE: Final = re.compile(r"\s*[(（](?P<note>[^()（）]{1,20})[)）]$")
_NOTE_STAMP: Final = re.compile(_D8_T6.replace("[_-]", "[_ -]?"))


def _apply_device_with_note(result: ParsedName, core: str) -> bool:
    """`微信图片_…（用）`, `IMG_7199(20210711-200645)`: an editor's note or a renamer's timestamp."""
    if not core.endswith((")", "）")):
        return False
    m = _TRAILING_NOTE.search(core)
    head = core[: m.start()].rstrip("-_ ") if m else ""  # (session 22: `微信图片_<ts>-（景区供图）`: a joint before the note)
    found = _match_device_before_words(head) if head else None
    if found is None or m is None:
        return False
    _store_device(result, *found)
    _device_tail_credit(result, core[m.start():].strip())  # session 12's reviews: `…_IMG_0042 （某某 摄）`: a credit
    note = m["note"].strip()
    if not result.photographers and not result.agency and _AGENCY_RE.fullmatch(note):
        result._set("agency", note, "device （agency）", 0.7)  # session 22's review: `DSC01234-（视觉中国）`
    if note.endswith(("供图", "提供")) and not result.units:
        from .credits_crews import (
            _take_source_body,  # a call up the pipeline, as _device_tail_credit's
        )

        _take_source_body(result, core)  # session 22: `微信图片_<ts>-（某某县委宣传部供图）`: the body
    stamp = _NOTE_STAMP.fullmatch(note)
    if stamp and not result.date:
        _set_stamp(result, stamp, "bracketed timestamp", "shot", 0.6)
    elif not (result.title or result.photographers or result.agency or result.units) and _NOTE_WORDS.fullmatch(note) \
            and len(note) >= 3 and not _is_name(note) and _EDITING_CHARS.isdisjoint(note) \
            and note[:1] not in _EDITING_FIRST and note[-1:] not in "后的" and note not in _APP_NOTES:  # (two characters
        # are an editor's word as often: 黑白, 裁切, 原图)
        result._set("title", note, "device name + (words)", 0.6)  # session 24 (probe B): `DSC_1022(春之声)`: the work's
        # title in brackets after the camera's name (a name there may be the subject or the author: neither is read)
    return True


_NOTE_WORDS: Final = re.compile(r"[\u4e00-\u9fff·]{2,12}")
# what an editor notes of a copy in brackets after a camera's name (the review's: any word of editing, approving, marking
# or sending, a client's or a prize's, a kind of picture, who supplied it, is an editor's note, `(修图后)`, `(已打码)`, `(审核通过)`, `(亮一点)`, `(甲方定)`, `(一等奖)`, `(证件照)`, `(航拍)`)
_EDITING_CHARS: Final = frozenset("修调改审码印亮暗废备选导压客甲奖围证照拍航稿版用发删定图供摄")
_EDITING_FIRST: Final = frozenset("已待未再去加带无给第")
_APP_NOTES: Final = frozenset("朋友圈 小红书 公众号 视频号 抖音号 微博用".split())  # where a copy goes


_LEAD_CLOCK: Final = re.compile(r"(?P<h>\d{1,2})(?P<sep>[-._])(?P<m>\d{2})(?P=sep)(?P<s>\d{2})(?!\d)\s*")
# (round 38: the clock glued, `YYYY-MM-DD hhmmss`, as the one date-time grammar (_FLEX_STAMP) reads it after `_`,
# `-`, `T`, or a space after `YYYYMMDD`, and as Windows 11 writes it after its screenshot word; a valid clock only)
_DATED_GLUED_CLOCK: Final = re.compile(r"(?P<h>[01]\d|2[0-3])(?P<m>[0-5]\d)(?P<s>[0-5]\d)(?!\d)\s*")
_COUNTER_ONLY: Final = re.compile(r"[-_]\d{1,2}")
_LEAD_CLOCK_HM: Final = re.compile(r"\d{1,2}[-_.]\d{2}(?!\d)\s*(?=[A-Za-z])")


def _store_device(result: ParsedName, pat: _Pattern, m: re.Match[str]) -> None:
    result.family, result.kind = pat.family, pat.kind
    groups = m.groupdict()  # (speed) one dict of the match's groups, read four times below
    if pat.family == "wechat_screenshot" and groups.get("wecom"):
        result.family = "wecom_screenshot"
    day, clock = _stamp_from_groups(groups)
    if pat.family == "picgo_rename" and day != f"{groups['Y']}-{groups['M']}-{groups['D']}":
        day, clock = _valid_date(int(groups["Y"]), int(groups["M"]), int(groups["D"])), None  # the written day wins
    if day:
        _give_stamp(result, day, clock, pat.rule, pat.date_kind, 0.9 if groups.get("ms") else 0.95)
    elif groups.get("Y") or groups.get("ms"):
        result.warnings.append(f"{pat.rule}: not a valid date")
# Tools whose names are followed by a date-time; (regex, family, kind, date kind)
_FLEX_TOOLS: Final[tuple[tuple[str, str, str, str], ...]] = (
    ("企业微信截图", "wecom_screenshot", "screenshot", "screenshot"),
    ("企业微信", "wecom_screenshot", "screenshot", "screenshot"),  # round 19: macOS `企业微信YYYYMMDD-hhmmss`
    ("微信截图", "wechat_screenshot", "screenshot", "screenshot"),
    ("微信图片", "wechat_image", "wechat_image", "saved"),
    ("QQ浏览器截图|QQ截图", "qq_screenshot", "screenshot", "screenshot"),
    ("QQ图片", "qq_image", "wechat_image", "saved"),
    ("TIM截图", "tim_screenshot", "screenshot", "screenshot"),
    ("TIM图片", "tim_image", "wechat_image", "saved"),
    ("QQ", "qqnt_screenshot", "screenshot", "screenshot"),
    ("钉钉截图|钉钉图片|钉钉", "dingtalk", "screenshot", "screenshot"),
    ("飞书截图|飞书", "feishu_screenshot", "screenshot", "screenshot"),
    ("屏幕截图", "win_snipping", "screenshot", "screenshot"),
    ("批注", "win_snipping", "screenshot", "screenshot"),  # round 19: Windows 10 截图和草图 in Chinese
    ("屏幕快照", "mac_screenshot_old", "screenshot", "screenshot"),
    ("截屏|截图", "screenshot_cn", "screenshot", "screenshot"),
    ("录屏|屏幕录制|屏幕录像", "screen_recording", "screenshot", "screenshot"),
    ("360截图|UC截图", "screenshot_cn", "screenshot", "screenshot"),
    ("搜狗截图", "sogou_screenshot", "screenshot", "screenshot"),
    ("Screen ?Shot|Screen[ _]Recording", "mac_screenshot_en", "screenshot", "screenshot"),
    ("Screenshot(?: from)?|Screenrecorder|Screen_Shot", "android_screenshot", "screenshot", "screenshot"),
    # round 19: SimpleScreenRecorder (Linux) `simplescreenrecorder-YYYY-MM-DD_hh.mm.ss` (set 18), 微信's English
    # UI `WeChat Screenshot_<ts14>`, `WeChat Photo Editor_<ts14>` (set 18): whole names, not a word before a tool
    ("SimpleScreenRecorder", "screen_recording", "screenshot", "screenshot"),
    ("WeChat Screenshot|Weixin Screenshot", "wechat_screenshot", "screenshot", "screenshot"),
    ("WeChat Photo Editor|Weixin Photo Editor", "wechat_image", "wechat_image", "saved"),
    ("Snipaste", "snipaste", "screenshot", "screenshot"),
    ("Jietu", "jietu_screenshot", "screenshot", "screenshot"),  # round 19: 腾讯截图 for macOS
    # round 18: Greenshot writes its name and the capture time with spaces, dots or dashes in the clock and
    # `_` in a renamer's copy (`Greenshot 2023-10-09 23 34 13`: search-index files 4738512522, 25113416175,
    # 11688904277, 3887347695; `… 15-33-25`: 55637710275; `greenshot_2026-05-01_10-00-00_1`: 57148619746)
    ("Greenshot", "app_screenshot", "screenshot", "screenshot"),
    ("PixPin", "pixpin", "screenshot", "screenshot"),
    ("iShot", "ishot", "screenshot", "screenshot"),
    ("CleanShot", "cleanshot", "screenshot", "screenshot"),
    ("Xnip", "xnip", "screenshot", "screenshot"),
    ("IMG|VID|PANO|MVIMG", "android_camera", "camera", "shot"),
    ("PXL", "pixel_camera", "camera", "shot"),
    ("DJI", "dji", "camera", "shot"),
    ("MYXJ", "meiyan_camera", "app_export", "shot"),
    ("MTXX", "meitu", "app_export", "saved"),
    ("Pasted image", "obsidian_paste", "app_export", "pasted"),
    ("image", "typora_paste", "app_export", "pasted"),
    ("photo", "telegram", "wechat_image", "saved"),
    ("WhatsApp[ _]Image|Whats_App_Image", "whatsapp", "wechat_image", "saved"),  # round 19: `_` from an uploader
    ("Weixin Image|WeChat Image|Weixin 图片|WeChat 图片", "wechat_image", "wechat_image", "saved"),
    ("signal", "signal", "wechat_image", "saved"),
    # round 16 (sources in tests/test_names.py ROUND16_DEVICES): Windows Phone `WP_YYYYMMDD_NNN` and
    # `WP_…_HH_MM_SS_Pro`, Camera360 `C360_YYYY-MM-DD-HH-MM-SS-mmm`, photo and beauty apps (B612,
    # Faceu, PicsArt's old `PicsArt_MM-DD-HH.MM.SS` without a year …)
    ("WP", "windows_phone", "camera", "shot"),
    ("C360|Camera360", "camera360", "camera", "shot"),
    ("B612Kaji|B612|Faceu|Ulike|Hypic|PicsArt|VSCO|Snapseed|Lightroom", "app_timestamp", "app_export", "saved"),
    # round 17 (sources in tests/test_names.py ROUND17_DEVICES): document scanners and note apps.
    # 扫描全能王 (CamScanner's Chinese name) writes `扫描全能王 YYYY-M-D HH.MM[_<page>]` (minutes only: a
    # date, no time) and names a new document `新文档 YYYY-MM-DD HH.MM.SS_<page>`; Office Lens
    # `Office Lens YYYYMMDD-HHMMSS` (and `<stamp> Office Lens`); Evernote's camera roll; Lark (飞书's
    # international name) `LarkYYYYMMDD-HHMMSS` — not inside a word (`Clark…`)
    ("扫描全能王|新文档|CamScanner", "camscanner", "app_export", "saved"),
    ("Office Lens|Microsoft Lens", "office_lens", "app_export", "saved"),
    ("Evernote[ -]Snapshot|Evernote Camera Roll", "evernote", "app_export", "saved"),
    ("(?<![A-Za-z])Lark", "feishu_screenshot", "screenshot", "screenshot"),
    # (round 35: 飞书 with an English interface writes `FeishuYYYYMMDD-HHMMSS`, as `飞书…` and `Lark…` — search-index
    # files 56678810938 `Feishu20260615-145618.mp4`, 62048219879, 27256777679, 2270180876 `…-300x300.png`)
    ("(?<![A-Za-z])Feishu", "feishu_screenshot", "screenshot", "screenshot"),
    (_CN_APPS, "cn_app_export", "app_export", "saved"),
)
# Tool names that also start an exact pattern without a date-time (frame numbers, epoch values)
_EXACT_ONLY_TOOLS: Final = ("mmexport|wx_camera|Camera_XHS|JDIM|WechatIMG|webwxgetmsgimg|DSC[FN_]?|_DSC|magazine-unlock|FullSizeRender"
                            "|Meitu|Snapseed|VSCO|Picsart|Camera360|B612Kaji|Hypic|Ulike|Lightroom|Pasted-image|网页捕获"
                            "|PhotoCap")  # session 26: Taiwan's PhotoCap editor saves `PhotoCap_009`
_TOOL_WORDS.update(w.lower() for rx in (*(t[0] for t in _FLEX_TOOLS[:-1]), _EXACT_ONLY_TOOLS)
                   for w in re.split(r"[^A-Za-z]+", re.sub(r"\[[^\]]*\]|\(\?<?[!=][^)]*\)", "", rx)) if len(w) > 1)
