"""The last look at a result: machine-made titles (ids, a tool's bare name), leftovers of a
caption's tail at a title's end, a result's clean-up (`_finish`).

Reads lexicon, result, phones, stamps, people, devices_words, devices_schemes, segments, artworks, artworks_labels,
closing_notes, contest_lines.
Serves parse.
"""

from __future__ import annotations

import re
from typing import Final

from .artworks import _name_painter
from .artworks_labels import _ART_LABEL_GATE, _label_title
from .closing_notes import _read_closing_note
from .contest_lines import (
    _read_award_name_work,
    _read_award_winner,
    _read_dash_layout,
    _read_latin_rank_work,
)
from .credits import _OUTLET_LAST
from .credits_body import _DEVICE_WORDS
from .devices_schemes import _RANDOM_SIGNS
from .devices_words import _EXACT_ONLY_TOOLS, _FLEX_TOOLS, _TOOL_WORDS
from .lexicon import _AGENCIES, _AGENCY_RE, _COMPOUND_SURNAMES, _T2S, _simplified
from .people import _PLACE_ONLY_END, _credible_name, _is_common_name, _reads_as_name
from .phones import PHONE_RE, find_phones
from .result import Evidence, ParsedName
from .segments import _WORK_KIND
from .stamps import _valid_date

_WORK_KIND_LAST: Final = frozenset("品0123456789画法术报影工刻纸描墨彩畫術報")  # traditional forms too


_OFFICE_SEAT: Final = frozenset("省市县縣区區镇鎮乡鄉村里")
_OFFICE_AFTER_PLACE: Final = re.compile(r"(?:现任|現任)?(?P<seat>[省市县縣区區镇鎮乡鄉村里])?[长長](?![江沙城安春白寿治乐大廊河岭嶺])")
_LIBRARY_LABELS: Final = ("素材", "图库", "配图")  # a stock collection's label before the picture's name


# Round 19: a title with no Chinese character is a title only when it reads as words a person wrote
# (every labelled one does: `dookie`, `Naruto`, `Cassava flakes (Garri)`, English paper titles). Digits
# and separators only (`1642171012081541120`, `123`), a run of five digits or more (`122675973_51n`,
# `210431_9babaaa5`, `xin_3430108…`), a short prefix and a counter (`gopr0133`, `DSC0001`), letters and
# single digits alternating (`a1b2c3`), a URL's pieces (`src=`, `http_`, `.com`, `&`, `=`, `!!`) or a
# lone short capital code (`OIP-C`, `IMG`) is an id, a machine's name or what is left of one (and a 7-character
# run with two signs of randomness: imgur, see _RANDOM_SIGNS). A word with
# a short number in it stays a title (`M3-Sedan`, `MyTrip2023Paris`: rounds 16 and 17, from real names).
_NO_CJK_TITLE: Final = re.compile(r"[^\u3400-\u9fff\uf900-\ufaff\u3040-\u30ff\uac00-\ud7af]*")
_URL_PIECES: Final = re.compile(r"src=|https?_|www\.|\.(?:com|cn|net|org|io)(?![A-Za-z])|[=&]|!!", re.IGNORECASE)
_LATIN_RUN: Final = re.compile(r"[A-Za-z0-9]+")
_CAPITAL_CODE: Final = re.compile(r"[A-Z]{1,4}(?:[-_ ][A-Z]{1,4})?")
_ID_SHAPES: Final = re.compile(r"\d{5}|^[A-Za-z]{1,5}\d{3,}$|[A-Za-z]\d[A-Za-z]\d|\d[A-Za-z]\d[A-Za-z]"
                               r"|^[A-Z]\d{2,}[A-Z]\d{2,}$")  # session 13: a dataset's slide and field (`C75P36`)
# session 13: QQ's cache names for a picture received in a chat, ~20 random capitals, digits and signs
# (`9BZXH@XHQH%D`I6}7G]R%O2`, `_D2%$QWE}I{8P@9Z~X`): two signs no word or title holds make it a key
_QQ_CACHE_KEY: Final = re.compile(r"[A-Z0-9`~!@#$%^&()\[\]{}_=+\-]{15,30}")
_LATIN_WORD: Final = re.compile("[A-Z]{5,}")
_KEY_SIGNS: Final = re.compile(r"[`~%^{}]")  # (review: not [] @ $, which titles use: `[KTV]_EXO_[VIP]`, `$99`)


# Round 22: a tool's or app's name standing alone (`Greenshot`, `Snipaste`, `PixPin`: its default name with the
# stamp cut off) is no title; words that are ordinary words as well (image, photo, signal, lark, 批注) and the
# Chinese app names (美图, 快手: words too) stay titles.
_BARE_TOOL: Final = re.compile(
    "(?:" + "|".join(f"(?:{rx})" for rx, *_ in _FLEX_TOOLS[:-1]
                     if rx.lower() not in ("image", "photo", "signal", "批注", "(?<![a-za-z])lark"))
    + "|" + _EXACT_ONLY_TOOLS + ")", re.IGNORECASE)
_BARE_TOOL_FIRST: Final = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_3企微钉飞屏截录搜扫新批网")  # _TOOL_SCAN's


def _tool_token(title: str) -> bool:
    """A cheap first test for _BARE_TOOL: the title's first Latin word is a tool's word (greenshot, snipaste,
    wechat …), or it opens on a Chinese tool's first character."""
    if not title.isascii():
        return True  # (企业微信, 截图 …: the Chinese tool names are few and the regex tells)
    k, s = 0, title.lstrip("_")
    while k < len(s) and s[k].isalpha():
        k += 1
    return s[:k].lower() in _TOOL_WORDS


# session 26: what names a file when nobody titled it: the word for a picture and its number (`照片-0126`, `图1`, `图片 3`),
# an app's or a web page's word and its number (`wechat2`, `image_3`), a code of capitals and a number padded with 0
# (`CN01`, `D03`: an entry's id, kept as one); a number with no 0 first stays (`C919`, `G20`: a plane, a summit)
_PLACEHOLDER_TITLE: Final = re.compile(r"(?:[图圖]片?|照片|相片)[\s_-]*\d{0,4}"
                                       r"|(?i:wechat|weixin|photo|image|img|pic|picture)[\s_-]*\d{1,4}|[A-Z]{1,3}0\d{1,3}")
# session 26: a credit line's key left alone once its name is read (`圖片來源：某某攝影`): no title
_KEY_ONLY_TITLES: Final = frozenset(("图片来源", "圖片來源", "来源", "來源", "图片", "圖片", "摄影", "攝影", "图文", "圖文", "供图", "供圖"))


def _machine_title(title: str) -> bool:
    """Is a title with no Chinese (or kana, hangul) an id or a machine's leftover rather than words?"""
    if not _NO_CJK_TITLE.fullmatch(title):
        return False
    if _URL_PIECES.search(title) or _CAPITAL_CODE.fullmatch(title.strip()):
        return True
    if _QQ_CACHE_KEY.fullmatch(title) and len(_KEY_SIGNS.findall(title)) >= 2 and not _LATIN_WORD.search(title):
        return True  # (review: a capitals title with a bracket or a sign, `EXPO_2010_[SHANGHAI]`, holds a word)
    if len(title) == 7 and title.isalnum() and len(_RANDOM_SIGNS.findall(title)) >= 2:
        return True  # imgur's 7-character ids (`NQOfAaD`, `sJ3CT4V`: 22281884902, 46224626482), as sm.ms's 15
    runs = _LATIN_RUN.findall(title)
    if runs and all(r.isdigit() for r in runs):
        return True  # digits and separators only
    if any(len(r) >= 24 and sum(c.isdigit() for c in r) >= 6 and not r.isdigit() for r in runs):
        return True  # round 20: a long key or hash with a short prefix (`BECRvg…ebbc70ffb61b…`, 2 in 10 digits)
    if any(len(r) >= 32 and sum(c.isdigit() for c in r) >= 4 and not r.islower() and not r.isupper() for r in runs):
        return True  # session 18: a base64 media id (钉钉's `lQLP…`, 46 characters, 5 digits): no word runs so long
        # (review: four digits at least, `Huangshan…4KWallpaper…` is CamelCase words)
    return any(not r.isalpha() and _ID_SHAPES.search(r) is not None for r in runs)


# Round 41: what a credit or a source note leaves after a caption's last 。 once its names are read — an outlet
# (`。视觉中国 图`, `。CICPHOTO`, `。中国网图片库`), a role with no name left (`。半岛全媒体记者`, `。通讯员`), a file
# note (`。资料图片`, `。(本报档案照)`, `。(图：X局)`). Read on the _T2S text of the tail; a sentence stays (`。图为记者…`).
# Round 53: CNSPHOTO (written CNSphoto too) is 中新社's picture brand (中国新闻图片网, cnsphoto.com), like CICPHOTO.
_CAPTION_TAIL_LEFTOVER: Final = re.compile(
    r"(?:(?:[\w·]{0,10}?(?:新闻|报|社|台|网|媒体|[A-Za-z]))?(?:特约|签约|全媒体|首席)?(?:记者|通讯员|摄影师|拍友)[／/:：]?"
    r"|[\w·]{0,12}?摄影报道"
    r"|(?:图_)?(?:视觉中国|东方IC|中新社?|中国网图片库|新华社照片|CICPHOTO|(?i:CNSPHOTO)|资料图片|图片)(?: ?(?:图|资料|供图))?"
    r"|翻摄画面|[(（](?:本报档案照|资料照|图[：:][^()（）]{1,12})[)）])"
)
_TAIL_KEPT_NOTE: Final = re.compile(r"[(（][^()（）]{1,10}[)）]")  # `。(无人机照片)CICPHOTO`: the note stays, the outlet goes


def _caption_tail_leftover(title: str) -> str | None:
    """The title without a credit's or a source note's leftover after its last 。 (None when there is none)."""
    head, _, tail = title.rpartition("。")
    quote = ""
    if tail and tail[0] in "”」\"":  # `…活了。”中国网图片库`: the closing quote belongs to the sentence (an empty tail
        # is in every string: `（。）`)
        quote, tail = tail[0], tail[1:]
    tail = tail.strip()
    if not head or not tail or len(tail) > 24 or tail.startswith(("图为", "圖為")):
        return None
    m = _CAPTION_TAIL_LEFTOVER.search(tail.translate(_T2S))
    if not m or m.end() != len(tail):
        return None
    kept = tail[: m.start()].strip()
    if kept and not _TAIL_KEPT_NOTE.fullmatch(kept):
        return None
    if quote:
        return head + "。" + quote
    return head + "。" + kept if kept else head


# Round 41: what a credit leaves at the end of a title with no 。 once its names are read: a spaced role after a
# media word or a bare 摄影 (`…流连忘返 洛阳日报记者`, `…正式亮相 摄影`), or the slash of `X／图Y提供` (`…防台／`).
# Only after a sentence (a comma or 、 in it): `寻找 最美记者` stays a title.
_TITLE_END_ROLE: Final = re.compile(
    r"\s+(?:[\w·]{0,10}?(?:新闻|报|社|台|网|媒体|[A-Za-z])(?:特约|签约|全媒体|首席)?(?:记者|通讯员|摄影师)|摄影)$"
)


_TITLE_END_LAST: Final = frozenset("／/者員员师師影")  # (speed) the last character of a leftover

_TITLE_END_DAY: Final = re.compile(r"[。，,\s]\s*(?P<Y>(?:19|20)\d{2})年(?P<M>\d{1,2})月(?P<D>\d{1,2})日$")  # `…。<day> X 摄`
# Session 11: who wrote, edited or checked the story, at the end of a caption after a joint (a school's or an office's
# news page signs so: `…，撰稿：X 摄影：Y 审核：Z`, `…。文／X`): no part of the title, and no photographer. A bare 文 is
# a writer's key only after a joint or before a slash (`征文：…`, `散文：…` are none).
_WRITER_KEYS: Final = "文字|撰稿|撰文|编辑|责编"  # the keys a name may follow after a space too (`…。撰稿 X`)
_STAFF_KEY: Final = (rf"(?<![图圖])(?:{_WRITER_KEYS}|供稿|责任编辑|审核|审稿|初审|复审|终审|校对|编审"
                     r"|(?<=[，,。；;\s])文|(?<![征散原论作课英中全人天美范])文(?=\s*[/／]))")
_STAFF_NAMES: Final = r"[\u4e00-\u9fff]{2,4}(?:[、，,\s]+[\u4e00-\u9fff]{2,4}){0,3}"
_STAFF_TAIL: Final = re.compile(
    rf"(?<=[\u4e00-\u9fff”」)）])\s*[，,。；;]?\s*(?:{_STAFF_KEY}\s*[:：/／]\s*[\u4e00-\u9fff]{{2,12}}"
    r"(?:[、，,\s]+[\u4e00-\u9fff]{2,4}){0,3}"
    rf"|[(（]{_STAFF_KEY}[:：/／\s]\s*{_STAFF_NAMES}[)）]"
    rf"|(?<=[。；;])\s*(?:{_WRITER_KEYS})\s+{_STAFF_NAMES})$")
_WRITER_KEY_END: Final = re.compile(rf"[，,。；;\s]\s*(?:{_WRITER_KEYS})$")  # the key left when its name was read as a credit
_STAFF_CHARS: Final = re.compile("[撰文稿编审校]")  # (speed) the first test: a key's character near the end
_STAFF_MARK: Final = re.compile("[:：/／）)。；;]")  # (speed) and the mark after it, or a stop before it
_TAIL_LAST: Final = frozenset("日字稿辑编，,、；;")  # (speed) how a closing day, a writer's key or a joint ends the title


def _title_end_leftover(title: str) -> str | None:
    """The title without a credit's role or slash left at its end (None when there is none)."""
    if title[-1] in "／/":
        head = title.rstrip("／/ ")
        return head if len(head) >= 4 and "/" not in head and "／" not in head else None
    m = _TITLE_END_ROLE.search(title.translate(_T2S))
    if m and m.start() >= 6 and any(c in title[: m.start()] for c in ",，、"):
        return title[: m.start()]
    return None


# (speed) how an agency's or an outlet's name ends (the agency list's last characters and the outlet suffixes')
_AGENCY_NAME_LAST: Final = frozenset(a[-1] for a in _AGENCIES) | frozenset("团社报网台刊体心")


_OFFICE_WORDS: Final = frozenset("公室 传部 织部 务处 政处 卫处 委会 委办".split())  # (办公室, 宣传部, 组织部, 教务处 …)
_ROLE_ENDS: Final = ("记者", "記者", "通讯员", "通訊員", "摄影师", "攝影師", "编辑", "編輯")
# session 25 (set 134): a page the picture was taken from (`圖／取自某公所臉書`, `（圖：臉書）`), an outlet's news desk
# (`（圖／東森新聞）`) or a handout's verb cut with the word before it (`圖／某某知識庫提供` read `庫提供`): no person
_SOURCE_ENDS: Final = ("臉書", "脸书", "提供", "新聞", "新闻", "製圖", "制图", "截圖", "截图", "網路", "网络")
_SOURCE_WORDS: Final = frozenset(("Facebook", "FB", "IG", "Instagram", "YouTube", "Threads", "微博", "抖音", "推特", "網路", "网络"))
_UNIT_NAME_LAST: Final = frozenset("課课會会處处局科隊队組组署")
_SUSPECT_LAST: Final = (_UNIT_NAME_LAST | _AGENCY_NAME_LAST | _PLACE_ONLY_END | frozenset(w[-1] for w in _OFFICE_WORDS)  # (speed) how they end
                        | frozenset(w[-1] for w in _DEVICE_WORDS) | frozenset(w[-1] for w in _ROLE_ENDS)
                        | frozenset(w[-1] for w in _SOURCE_ENDS) | frozenset(w[-1] for w in _SOURCE_WORDS))


# an outlet's name (ending as agencies' and outlets' names end) and a reporter's role, nothing else: no title
_OUTLET_ROLE_ONLY: Final = re.compile(r"(?P<outlet>[^的\W\d_]{3,10})(?P<role>记者|記者|通讯员|通訊員)")  # (its last character one of
# credits._OUTLET_LAST; the fourth review: no 的, at most ten characters, `慰问坚守一线的某某中心记者 X 摄` is a caption
# about reporters)
# what a keyed credit writes when no one is known (`作者：佚名`): read as its value, dropped here; the nameless words a name
# check already refuses (网友, 受访者, 资料 …) are people._NOBODY_WORDS
_NO_ONE: Final = frozenset(("佚名", "不详", "不詳", "未知", "匿名"))
_NO_AGENCY: Final = frozenset(("学生", "大学生", "校园", "小", "少年", "十佳", "最美", "优秀", "金牌", "战地", "手机"))


def _no_person(name: str) -> bool:
    """An agency's name, a device or a way of shooting (`（本报记者 无人机拍摄）` read 无人机), or four characters or more
    closing on a character only a place's name closes on."""
    if name[-1] in _AGENCY_NAME_LAST and _AGENCY_RE.fullmatch(name) or name.endswith(_DEVICE_WORDS):  # (`王手机`)
        return True
    if name.endswith(_SOURCE_ENDS) or name in _SOURCE_WORDS:
        return True
    if len(name) >= 3 and name[-1] in _UNIT_NAME_LAST and not _credible_name(name):  # (`張三科` is a person)
        return True  # session 25: `(圖/某鄉農業課)`, `（攝影：…，某某會）`: a section or an association, no person
    if len(name) >= 5 and name.endswith(_ROLE_ENDS):
        return True  # session 12: `大众网聊城·海报新闻记者 X 摄` read `聊城·海报新闻记者`: an outlet's role, no person (a
        # name glued to its role, `张伟记者`, keeps the reading it had)
    return (len(name) >= 4 and name[-1] in _PLACE_ONLY_END and "·" not in name and "•" not in name
            and name[:2] not in _COMPOUND_SURNAMES  # (欧阳春园 is a person)
            or len(name) == 3 and name[-2:] in _OFFICE_WORDS)  # `通讯员：办公室`, `宣传部`: an office


def _finish(result: ParsedName) -> None:
    """Last guard: a phone number never stays inside a title or a name; a kind of work is no title;
    nor is an id or a machine's name left over (round 19, _machine_title)."""
    title = result.title  # (speed) a local, written back at each change: every name runs this
    if title and title.isascii() and _machine_title(title) and f"《{title}》" not in result.filename:  # (a work's title in
        # 《》 is no id: `获奖作品《EYES》`, session 21)
        result.warnings.append(f"an id, not a title: {title}")
        result._unset("title")
        title = None
    if title and title in _KEY_ONLY_TITLES and result.photographers:
        result._unset("title")  # session 26: `圖片來源：某某攝影`: a credit line, its key no title
        title = None
    if title and len(title) <= 12 and _PLACEHOLDER_TITLE.fullmatch(title):
        result.warnings.append(f"a placeholder, not a title: {title}")  # session 26: `照片-0126`, `图1`, `wechat2`, `CN01`
        if title[0].isupper() and not result.entry_id:
            result._set("entry_id", title, "code alone", 0.5)
        result._unset("title")
        title = None
    if (title and title[0] in _BARE_TOOL_FIRST and len(title) <= 24 and _tool_token(title)
            and _BARE_TOOL.fullmatch(title.strip())):
        result.warnings.append(f"a tool's name, not a title: {title}")  # `Greenshot.png`
        result._unset("title")
        title = None
    if not result.photographers and result.filename.count("-") >= 3 and _read_dash_layout(result):
        title = result.title  # session 25: a dashed contest export whose fields the segment classifier did not place
    elif not result.photographers and result.filename[:1].isascii() and result.filename[:1].isalpha() \
            and "_" in result.filename and _read_latin_rank_work(result):  # (speed) a Latin name opens it
        title = result.title  # session 26: `Latin Name_1st(Category)_work`
    elif not result.photographers and "-" in result.filename \
            and (")" in (end := result.filename[-8:]) or "）" in end) and _read_award_name_work(result):  # (speed) the
        # work's bracket closes the name
        title = result.title  # session 26: `01-公開組 - 冠軍 - 某某某 (題 - 說明)`
    if title and len(title) >= 5 and (" " in title or "-" in title or "_" in title or "—" in title) \
            and (_ART_LABEL_GATE.search(title) or result.family != "xiaohongshu" and _ART_LABEL_GATE.search(result.filename)) \
            and (label := _label_title(title, result.filename)):  # ((speed) parts first)
        result._set("title", label[0], "artwork label", 0.75)  # session 24 (probe C): `于右任 草书 千字文 局部`: the
        title = label[0]  # work's title among its label's notes (whom the steps before credited stays credited)
        if len(label[1]) == 1 and not result.photographers and not label[2] \
                and (len(label[1][0]) >= 3 or _is_common_name(_simplified(label[1][0]))):  # (two characters: a common surname's,
            # not `纪元`)
            result._set("photographers", label[1], "artwork label: maker", 0.5)  # session 25: a living artist's label
            # (`某某 作品 肖像 65x45cm 布面油画 2017年`) credits its maker, as the labelled artwork rows and sets 117 and
            # 132 do (an artist named only in the folder is no credit there); an era's painter stays a warning
        else:
            for who in label[1]:
                if who not in result.photographers:
                    _name_painter(result, who)
        if result.family in ("unknown", "titled"):
            result.kind = result.family = "artwork"
    if title and title[-1] in _WORK_KIND_LAST and _WORK_KIND.fullmatch(title.translate(_T2S)):
        result.warnings.append(f"kind of work, not a title: {title}")  # `一等奖 张三 绘画作品`
        result._unset("title")
        title = None
    if title and "。" in title and (cut := _caption_tail_leftover(title)):
        result.title = title = cut  # round 41: `…出行。 视觉中国 图`, `…上岸。半岛全媒体记者`
    elif title and title[-1] in _TITLE_END_LAST and (cut := _title_end_leftover(title)):
        result.title = title = cut  # round 41: `…流连忘返 洛阳日报记者`, `…防台／`
    if title and title[-1] in "者员員" and result.photographers and (byline := _OUTLET_ROLE_ONLY.fullmatch(title)) \
            and byline["outlet"][-1] in _OUTLET_LAST:
        if not result.agency:  # session 19: `某某视觉中心记者 X 摄`: a credit line alone, an outlet no list names
            result._set("agency", byline["outlet"], "outlet + role before the credit", 0.6)
        if not result.role:
            result._set("role", byline["role"], "outlet + role before the credit", 0.6)
        result._unset("title")
        title = None
    if title and (title[-1] in _TAIL_LAST or _STAFF_CHARS.search(title, len(title) - 24)):  # (speed) session 11's tails:
        title = _finish_tails(result, title)  # a staff key's character near the end, or a tail's last character
    if title and result.place and title.endswith(_LIBRARY_LABELS) and len(title) <= 8:
        result.warnings.append(f"library label, not a title: {title}")  # `历史图片素材_圆明园遗址`
        result._unset("title")
        title = None
    if title:
        hidden = find_phones(title)
        if hidden:
            result.phones.extend(p for p in hidden if p not in result.phones)
            result.title = PHONE_RE.sub("", title).strip() or None
            if result.title is None:
                result.evidence.pop("title", None)
    people = result.photographers
    if people and not _NO_ONE.isdisjoint(people):  # session 19: `作者：佚名`, `摄影：不详`: a credit that names no one
        result.warnings.append("credit naming no one: " + "、".join(p for p in people if p in _NO_ONE))
        result.photographers = people = [p for p in people if p not in _NO_ONE]
    if people:
        if max(map(len, people)) >= 10:  # (speed) a phone has 10 digits or more
            result.photographers = people = [p for p in people if not find_phones(p)]
        if people and (people[0][-1] in _SUSPECT_LAST if len(people) == 1
                       else not _SUSPECT_LAST.isdisjoint([p[-1] for p in people])) and any(map(_no_person, people)):
            kept = [p for p in people if not _no_person(p)]  # session 11: an agency (`新华社摄影 X摄` read as two names)
            dropped = [p for p in people if p not in kept]  # or a place cut from a name (`镇江茶博园` read as 江茶博园)
            result.warnings.append("not a person: " + "、".join(dropped))
            result.photographers = kept
            agency = next((p for p in dropped if _AGENCY_RE.fullmatch(p)), None)
            if agency and not result.agency:
                result._set("agency", agency, result.evidence["photographers"].rule, 0.7)
    people = result.photographers  # (the guard above may have kept fewer)
    if people and max(map(len, people)) >= 4:  # (speed) a glued pair holds four characters at least
        result.photographers = people = [part for p in people for part in (_glued_pair(p) or [p])]
        if people and people[-1][-1:] == "翻" and len(people[-1]) >= 3 and people[-1] + "攝" in result.filename:
            result.photographers = people = people[:-1] + [people[-1][:-1]]  # session 26: `陳某某翻攝`, reproduced by
    if result.agency and result.agency in _NO_AGENCY:  # `学生记者 X`, `校园记者 X`: who the reporter is, no outlet
        result._unset("agency")
    tail = result.filename[-8:]
    if (")" in tail or "）" in tail or "〉" in tail) and (title is None or not result.photographers or title[-1] in ")）〉"
                                                       or "(" in title or "（" in title):
        title = _read_closing_note(result, title)  # (speed) a closing note's bracket ends the title or, the title taken
        # from inside it, the name (read after the people's guard: a unit read as a person there is dropped first)
    if not result.photographers and ("/" in result.filename[-16:] or "／" in result.filename[-16:]):
        title = _read_award_winner(result, title)
    place = result.place
    if place and (at := result.filename.find(place)) >= 0 \
            and (office := _OFFICE_AFTER_PLACE.match(result.filename, at + len(place))) \
            and (place[-1] in _OFFICE_SEAT or office["seat"]):
        result.warnings.append(f"the office's place, not where it was taken: {place}")  # session 25 (set 133): `某縣長
        result._unset("place")  # 某某…`, `某鄉現任鄉長…`: whose office, not where (`某镇长江岸边`, `某里长大` stay)
    if result.phones and "phones" not in result.evidence:
        result.evidence["phones"] = Evidence("phone number", 0.9)
    if not result.photographers:
        result.evidence.pop("photographers", None)


def _glued_pair(name: str) -> list[str] | None:
    """Session 26: two credited people written with no space between them (`记者杨某姜某摄影报道`, `记者叶某某谢某 摄`): the
    two names where exactly one split gives two common names (both reading as names where two splits do); a compound
    surname's, a Taiwanese married woman's (`王黃某某`) or a transliterated name stays one."""
    if not 4 <= len(name) <= 6 or not all("\u4e00" <= ch <= "\u9fff" for ch in name) or name[:2] in _COMPOUND_SURNAMES:
        return None
    splits = [(name[:k], name[k:]) for k in (2, 3) if 2 <= len(name) - k <= 3
              and _is_common_name(_simplified(name[:k])) and _is_common_name(_simplified(name[k:]))]
    if len(splits) > 1:
        splits = [pair for pair in splits if _reads_as_name(_simplified(pair[0])) and _reads_as_name(_simplified(pair[1]))]
    return list(splits[0]) if len(splits) == 1 else None


def _finish_tails(result: ParsedName, title: str) -> str:
    """Session 11: a writer's or an editor's credit, a day between the sentence and its credit, a writer's key before a
    name read as a credit, and a joint a cut credit left, each at the title's end; the title as it ends up."""
    while (_STAFF_CHARS.search(title, len(title) - 24) and _STAFF_MARK.search(title, len(title) - 20)
           and (staff := _STAFF_TAIL.search(title)) and staff.start() >= 2):
        result.title = title = title[: staff.start()].rstrip(" ，,；;")  # `…，撰稿：X`, `…。文／X`
    if not title:
        return title
    last = title[-1]
    if last == "日" and not result.date and (day := _TITLE_END_DAY.search(title)) and day.start() >= 4:
        if value := _valid_date(int(day["Y"]), int(day["M"]), int(day["D"])):  # `…晨练。2024年8月23日 X 摄`: the day
            result._set("date", value, "closing day", 0.6)  # between the sentence and its credit is the day shot
            result._set("date_kind", "shot", "closing day", 0.6)
            result.title = title = title[: day.start()].rstrip("。，, ")
    elif last in "字稿辑编" and result.photographers and (key := _WRITER_KEY_END.search(title)) and key.start() >= 2:
        if "摄" not in result.filename[-12:] and "攝" not in result.filename[-12:]:  # `…。文字 李娜`: the name after a
            result.warnings.append("a writer, not a photographer: " + "、".join(result.photographers))  # writer's key was
            result.photographers = []  # read as a bare credit (`…。文字 李娜 摄`: 摄 says she shot it)
        result.title = title = title[: key.start()]
    if title and title[-1] in "，,、；;" and len(title) > 4:  # what a credit cut from the end left: a joint
        result.title = title = title.rstrip("，,、；; ")
    return title
