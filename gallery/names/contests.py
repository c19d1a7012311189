"""Contest entries and artwork listings (rounds 25 on): segments classified by what they are (an
award, a credit key, an entry id, a class, a medium, a year, a place), labels and entry fields
around a work.

Reads lexicon, result, phones, people, places, credits_body, credits_bylines, titles, captions,
artworks, segments. Serves text_fields, text_sources, text_prefixes, text_body, contest_lines.
"""

from __future__ import annotations

import re
from typing import Any, Final

from .artworks import _ART_HOLDER, _MEDIA_ENDS
from .captions import _CLAUSE_MARKS
from .credits_body import _UNIT_ONLY
from .credits_bylines import _SENTENCE_PUNCT
from .lexicon import (
    _AGENCIES,
    _AMBIGUOUS_PLACES,
    _COMMON_SURNAMES,
    _COMPOUND_SURNAMES,
    _COUNTRIES,
    _GAZETTEER,
    _NOT_IN_NAMES,
    _NOUNS,
    _PROVINCE_SET,
    _SINGLE_SURNAMES,
    _TITLE_WORDS,
    _UNIT_SUFFIX,
)
from .people import (
    _CJK,
    _ENTRY_GIVEN_CHARS,
    _MEDIA,
    _has_surname,
    _is_bare_credited,
    _is_common_name,
    _is_name,
    _is_title_word,
    _strict_or_spelt,
)
from .phones import find_phones
from .places import _full_place
from .result import ParsedName
from .segments import (
    _ENTRY_AWARD,
    _ENTRY_AWARD_RE,
    _MAKER_OF_KIND,
    _PORTRAIT_POSTS,
    _WORK_KINDS,
    _known_place,
    _unsurnamed_entrant,
)
from .titles import _CJK_SPACE_CJK, _PAINTED, _set_plain_title

_SERIES_MID: Final = re.compile(r"\s*[(（][组組][照图圖]?\d{0,2}[)）]\s*|\s*组[照图]\d{0,2}$")  # (組照3: 繁, the count)


# `名称、所属单位、作者姓名、联系电话` (a published label rule, RULES.md: 西邮后勤摄影大赛): an entry's fields
# parted by the list comma, the phone last; with the phone taken they are read as the `+` layouts are, where one
# field (no more) is a name. A list with no phone (`春、夏、秋`) stays words; so do co-authors (`张三、李四`) and a
# clause with a space or another separator in it.
_LIST_COMMA_FIELD: Final = re.compile(r"[^、\s+＋\-_，,。;；:：]{2,12}(?:、[^、\s+＋\-_，,。;；:：]{2,12}){1,3}")


def _list_comma_fields(text: str) -> str:
    body = text.strip("、 ")
    if not _LIST_COMMA_FIELD.fullmatch(body) or sum(map(_is_name, body.split("、"))) != 1:
        return text  # (`张三、李四、王五、电话`: co-authors the list comma joins, no title)
    return body.replace("、", "+")


# `姓名+手机号+作品名称` with nothing between (a published rule, RULES.md: an email subject's layout): a name, its
# phone glued after it, then the work (`王某某13800000000春日 暖阳`): the entrant and the title, inner spaces kept
_NAME_PHONE_WORK: Final = re.compile(r"(?P<name>[\u4e00-\u9fff]{2,4}?)(?P<phone>1[3-9]\d{9})(?P<title>[^\d\s+＋\-_].{1,29})")


def _name_phone_work(result: ParsedName, m: re.Match[str]) -> bool:
    name = _entry_name(m["name"])
    title = m["title"].strip()
    if not name or m["phone"] not in result.phones or _is_name(title) or _SENTENCE_PUNCT.search(title) \
            or _UNIT_ONLY.fullmatch(title) or any(ch.isdigit() for ch in title):
        return False
    result._set("photographers", [name], "姓名+手机号+作品名称", 0.75)
    result.kind = result.family = "contest_entry"
    _set_plain_title(result, title, is_title=True)
    return True
_ENTRY_DASH: Final = r"(?:——|—|─|━|--)"  # a printed dash (a result list's, not a file separator `-`)
_ENTRY_NAME: Final = r"[\u4e00-\u9fff][ \u3000][\u4e00-\u9fff]|[\u4e00-\u9fff]{2,4}"  # a name, padded (`平 安`) or not
_ENTRY_LATIN_NAME: Final = r"[A-Z][a-z]+(?:[A-Z][a-z]+){1,3}|[A-Z][a-z]+(?: [A-Z][a-z]+){1,3}"
# a rank or an award a result list prints before the entrant (`冠军`, `优异奖`, `金牌奖`, `优等`)
_ENTRY_RANK: Final = rf"(?:{_ENTRY_AWARD}|冠军|亚军|季军|殿军|优异奖|优等奖?|特优奖?|甲等奖?|[金银铜]牌奖)"
_ENTRY_RANK_GATE: Final = re.compile("奖|[冠亚季殿]军|优[异等秀选]|特优|甲等|佳作|入[围选]|[金银铜]牌")  # not 军, 优 in a name
_ENTRY_ROMAN: Final = r"[A-Z][a-z]+(?: [A-Z][a-z]+){0,3}(?:[,，] ?[A-Z][a-z]+)?"  # `Wong Hoi Ching, Heather`: a romanised name
# `一等奖 张三 - 题`, `冠军 张三 Zhang San - 《题》`, `金牌奖 张三「题」`, `个人组特等奖 张三《题》`
_ENTRY_RANK_NAME_WORK: Final = re.compile(
    rf"(?:[\u4e00-\u9fff]{{1,8}}?)?{_ENTRY_RANK}[\s_\-+＋,，—]*(?P<name>[\u4e00-\u9fff]{{2,4}}?)(?:\s+{_ENTRY_ROMAN})?"
    rf"(?:\s*[-—－_+＋,，]\s*|\s+|\s*(?=[《「〈]))(?P<title>[^\s《》「」〈〉()（）][^《》〈〉()（）]{{0,39}}|[《「〈][^《》「」〈〉]{{1,40}}[》」〉])")
_ENTRY_SCHOOL: Final = r"(?:国小|国中|小学|中学|高中|完小|大学|学院|学校|书院|幼儿园|幼稚园)"
_ENTRY_SCHOOL_RE: Final = re.compile(_ENTRY_SCHOOL)
# `国小组—某市某国小张三「题」`, `某国小老师张三优等作品「题」`: the school glued before the entrant
_ENTRY_SCHOOL_NAME_WORK: Final = re.compile(
    rf"(?:[\u4e00-\u9fff]{{1,8}}\s*(?:{_ENTRY_DASH}|[-_\s])\s*)?(?P<unit>[\u4e00-\u9fff]{{2,14}}?{_ENTRY_SCHOOL})"
    rf"(?:老师|教师|学生|同学)?(?P<name>[\u4e00-\u9fff]{{2,3}}?){_ENTRY_RANK}?(?:作品)?"
    rf"[「《〈](?P<title>[^「」《》〈〉]{{1,40}}(?:[『][^『』]{{1,10}}[』][^「」《》〈〉]{{0,10}})?)[」》〉]")
# `“某某大巡游”摄影比赛冠军-张三(题)`: a contest and its rank, the entrant, the work in a bracket
_ENTRY_CONTEST_NAME_WORK: Final = re.compile(
    rf"(?P<head>.{{2,40}}?(?:比赛|大赛|征集|影展|评选){_ENTRY_RANK})\s*[-—]\s*(?P<name>[\u4e00-\u9fff]{{2,4}})"
    rf"\s*[(（](?P<title>[^()（）]{{1,30}})[)）]")
_ENTRY_KIND_NOTE: Final = re.compile(rf"[(（](?:{_WORK_KINDS})[)）]$")  # `张三（摄影）`: the kind of work entered
_ENTRY_AWARD_TAG: Final = re.compile(rf"^[【\[]{_ENTRY_AWARD}[】\]]\s*")  # `【优选】…`, `[佳作]…`: the award, no title
# `title 摄影者／name`, `title 作者：name`: one credit key at the end, with a slash or a colon
_ENTRY_KEY_CREDIT: Final = re.compile(
    rf"(?P<title>.+?)[\s_\-+＋]+(?:摄影者|拍摄者|摄影师|作者|摄影)\s*[／/:：]\s*(?P<name>{_ENTRY_NAME})$")
# `place：title(1623 name)`: a head before a colon, the title, an entry/class number glued to the name
_ENTRY_HEAD_BRACKET: Final = re.compile(
    rf"(?:(?P<head>[\u4e00-\u9fff]{{2,6}})(?P<colon>[:：]\s*|[\s_\-]+))?(?P<title>[^()（）:：\s_\-]{{1,30}}?)\s*[(（]\s*(?P<id>\d{{2,8}}\s*)?"
    rf"(?P<name>{_ENTRY_NAME})\s*[)）]")
# `“title”—name`: a quoted title and the author after a printed dash
_ENTRY_QUOTED_DASH: Final = re.compile(
    rf"[“「『](?P<title>[^“”「」『』]{{1,40}})[”」』]\s*{_ENTRY_DASH}\s*(?P<name>{_ENTRY_NAME}|{_ENTRY_LATIN_NAME})")
# `单反组一等奖“题”(2017级地质学张三)`: a group and an award, the work in quotes, the entrant's cohort, major
# and name in the closing bracket (a college contest's result list; the major ends as majors do)
_ENTRY_RANK_QUOTED_COHORT: Final = re.compile(
    rf"(?:[\u4e00-\u9fff]{{1,6}}组)?{_ENTRY_RANK}\s*[“「『](?P<title>[^“”「」『』]{{1,40}})[”」』]\s*"
    rf"[(（](?P<cohort>(?:\d{{2}}|\d{{4}})级)(?P<rest>[\u4e00-\u9fff]{{3,16}})[)）]")
_MAJOR_END: Final = frozenset("学系业班科理程术")  # 地质学, 中文系, 某专业, 1班, 本科, 财务管理, 土木工程, 美术: how a major ends
# `category—award+name〈title〉`: a category, an award glued to the author, the work in brackets
_ENTRY_AWARD_NAME_WORK: Final = re.compile(
    rf"(?:(?P<cat>[\u4e00-\u9fff]{{2,8}})\s*(?:{_ENTRY_DASH}|[-_\s])\s*)?{_ENTRY_AWARD}(?P<name>[\u4e00-\u9fff]{{2,4}}?)(?:作品)?"
    rf"\s*[〈《「](?P<title>[^〈〉《》「」]{{1,40}})[〉》」]")
# `department 1805班 name,作品《title》`: a unit and a class number glued before the entrant
_ENTRY_CLASS_NAME_WORK: Final = re.compile(
    r"(?P<unit>[\u4e00-\u9fff]{2,12}?(?:\d{2,4}(?:级|班|届)[\u4e00-\u9fff]{0,6}?\d{0,2}班?|\d{2,4}班))"
    r"(?P<name>[\u4e00-\u9fff]{2,4})\s*[,，、\s]\s*(?:参赛)?作品\s*[:：]?\s*[《〈](?P<title>[^《》〈〉]{1,40})[》〉]")
# a cohort + major + class (`2021级书法学8`, `19级美术1班`) or a class (`1805班`): a unit, no title
_ENTRY_COHORT: Final = re.compile(r"(?:\d{2}|\d{4})级[\u4e00-\u9fff]{1,10}\d{0,2}班?|\d{2,4}班|[\u4e00-\u9fff]{2,10}\d{2,4}班")
_ENTRY_DATED_LEAD: Final = re.compile(r"\d+\s*[年月日号.\-_/:：]")  # `2019年…`, `6月9日…`, `2019.5.1 …`
_ENTRY_GLUED_ID: Final = re.compile(r"(?<![\d.:])\d{2,8}\s?[\u4e00-\u9fff](?<![年月日号时分秒点个位名家座届期次层楼路栋级岁周天种件条米度元人户亩万千百班])")
_ENTRY_ID_NAME: Final = re.compile(r"\d{2,8}\s?(?P<name>[\u4e00-\u9fff]{2,4})")  # `1623谢雨恒`: a number glued to a name
_ENTRY_SEP: Final = re.compile(r"[\s\u3000]+|[-_+＋]+")
# an artwork listing `《title》,author,medium,size,year年`: what each segment after the work is
_ENTRY_LIST_SEP: Final = re.compile(r"\s*[,，、;；]\s*")
_ENTRY_YEAR: Final = re.compile(r"(?P<Y>(?:18|19|20)\d{2})\s*年?")
_ENTRY_MEDIUM: Final = re.compile(
    rf"(?:(?:纸本|绢本|布面|木板|纸面|综合材料|布上)?(?:{_MEDIA}|丙烯|设色|水墨|综合材料|雕塑|装置|影像|摄影))")
_ENTRY_SIZE: Final = re.compile(r"\d+(?:\.\d+)?\s*[xX×*]\s*\d+(?:\.\d+)?(?:\s*[xX×*]\s*\d+)?\s*(?:cm|CM|mm|厘米|公分)?")
# what a name must hold for any layout below to apply (one character-class scan, before the call): a
# bracket, a colon or a slash, a quote, a character of an award or rank word or of 作品 — or a number
# opening the name (`1623X-题`, not a date), a 《work》 beside a list mark or a school, a number opening
# the last bracket, a phone's seven digits at the end (a glued number after a separator alone,
# `题_1623X`, is not looked for: a digit scan costs half a per cent)
_ENTRY_ANY: Final = re.compile(r"[／/:：“「『〈奖军优甲佳入牌作]")
_ENTRY_BOOK_HINT: Final = re.compile(r"[,，、班级学院校园]")  # what a 《work》 needs beside it here: a list, a class, a school
_ENTRY_ID_BRACKET: Final = re.compile(r"[(（]\s*\d")  # `(1623谢雨恒)`: a number opening the last bracket
def _maker_in_label(label: str) -> bool:
    """Session 26: a maker's name glued before the work label (`某某书法作品 明德惟馨`): the four characters after it are
    the work's title, no child's name."""
    m = _MAKER_OF_KIND.fullmatch(label)
    return m is not None and _is_name(m["n"])


_ENTRY_WORK_LABEL: Final = re.compile(rf"[\u4e00-\u9fff]{{0,8}}(?:{_WORK_KINDS}|硬笔|毛笔|软笔)作品")
# `题(摄影)一等奖张三(某公司)`: the work, the kind entered in a bracket, the award glued to the entrant, the
# entrant's unit in a closing bracket (a unit, no place)
_ENTRY_KIND_AWARD_NAME: Final = re.compile(
    rf"(?P<title>[^()（）\s_\-+＋]{{1,20}}?)\s*[(（](?:{_WORK_KINDS})[)）][\s_\-+＋]*{_ENTRY_RANK}[\s_\-+＋]*"
    r"(?P<name>[\u4e00-\u9fff]{2,4}?)\s*(?:[(（](?P<unit>[\u4e00-\u9fff]{1,12}(?:" + _UNIT_SUFFIX + r"))[)）])?")


def _entry_name(raw: str, *, strict: bool = False) -> str | None:
    """A person-name shape (padding spaces dropped): a known surname, or a strict name."""
    name = raw.replace(" ", "").replace("\u3000", "") if " " in raw or "\u3000" in raw else raw
    padded = len(raw) == 3 and len(name) == 2  # `平 安`: a two-character name padded to three is a name
    if not (_has_surname(name) and _is_name(name, strict=strict)) or not padded and (
            name in _NOUNS or name in _TITLE_WORDS or _is_title_word(name) and name[0] not in _COMMON_SURNAMES):
        return None  # `秋色`, `晨光`, `高楼`: a title word or a noun; not `林曦`
    return name


def _entry_rank_name(raw: str) -> str | None:
    """The entrant after a rank: a name, or four characters led by two surnames (`罗林淑榕`, a
    married woman's name: her husband's surname before her own)."""
    if len(raw) == 4:
        return raw if raw[0] in _SINGLE_SURNAMES and raw[1] in _SINGLE_SURNAMES and _is_name(raw, strict=False) \
            and raw not in _NOUNS and not _full_place(raw) else None
    return _entry_name(raw)


_ENTRY_PHONE_END: Final = re.compile(r"[+＋_\-\s]+(?P<phone>\d[\d\-]{6,15}\d)$")


def _entry_name_title_phone(result: ParsedName, text: str) -> bool:
    """`姓名+作品名称+电话` (the order contest calls publish): of the two words beside the phone, the
    one with a name's shape is the entrant even where a strict reading refuses it (`黄翊之`), when the
    other is none."""
    m = _ENTRY_PHONE_END.search(text, max(0, len(text) - 24))  # (the phone is at the end: search only there)
    if not m:
        return False
    segs = _ENTRY_SEP.split(text[: m.start()].strip())
    cohorts = [s for s in segs if s[:1].isdigit() and _ENTRY_COHORT.fullmatch(s)] if len(segs) == 3 else []
    if cohorts:  # `题+姓名+10级某某班+电话`: the entrant's cohort and class is a unit, no title
        segs = [s for s in segs if s is not cohorts[0]]
    if len(segs) != 2:
        return False
    first, second = segs
    if not first or not second or not cohorts and (_is_name(first) or _is_name(second)):
        return False  # a strict name: the `+` layouts further on read it (`守护湘江+王伟+…`)
    if cohorts and _is_name(first) + _is_name(second) == 1:
        name, work = (first, second) if _is_name(first) else (second, first)
        if _full_place(name) or work in _NOUNS or not find_phones(m["phone"]):
            return False
        result._set("photographers", [name], "题+姓名+年级班+电话", 0.75)
        result._set("units", cohorts, "题+姓名+年级班+电话", 0.7)
        result._set("phones", find_phones(m["phone"]), "题+姓名+年级班+电话", 0.95)
        result.kind = result.family = "contest_entry"
        if _full_place(work) and not _CLAUSE_MARKS.search(work):
            result._set("place", work, "题+姓名+年级班+电话", 0.6)  # `某古镇+张三+…`: a bare place as the work
        else:
            _set_plain_title(result, work, is_title=True)
        return True
    if not find_phones(m["phone"]):
        return False
    shaped = [_is_name(w, strict=False) and _has_surname(w) for w in (first, second)]
    if shaped[0] == shaped[1]:
        return False  # both name-shaped, or neither: nobody is sure
    name, second = (_entry_name(first), second) if shaped[0] else (_entry_name(second), first)  # either order
    if not name or len(name) > 3 or _full_place(second) or _UNIT_ONLY.fullmatch(second):
        return False
    result._set("photographers", [name], "姓名+作品名称+电话", 0.75)
    result._set("phones", find_phones(m["phone"]), "姓名+作品名称+电话", 0.95)
    result.kind = result.family = "contest_entry"
    _set_plain_title(result, _SERIES_MID.sub("", second).strip(), is_title=True)  # `…+某湖即拍+…`: a named place in the title is where
    return True



# surnames of today's name lists missing from the classical table (隋, 迟, 修, 丛, 战 …) that seldom open a
# common word, and the commonest given-name characters that seldom end one: with both, a two- or
# three-character word has a person's shape where no known surname vouches (`战某伟`; not 战歌, 战国, 修行)
# round 48: a calendar's picks listed in month order, `<月份><作品名>(<作者>)` (宜蘭 冬山鄉公所's 觀光月曆 入選作品,
# 大紀元 2018-12-20: `1月…(…)、… 作品名稱(攝影者)`): the month is the work's slot, no shooting day (`1月1日…`, `3月的…`,
# `5月份…` stay as they were; only before a work and a bracketed author)
_MONTH_SLOT: Final = re.compile(r"(?:1[0-2]|[1-9])月(?![日号份底初中下上旬末的里裡间間])(?=[\u4e00-\u9fff])"
                                r"[^，,。；;！!？?\s()（）\d]{2,16}[(（](?P<name>[\u4e00-\u9fff]{2,3})[)）]")
_ENTRY_RARE_SURNAMES: Final = frozenset("隋迟修丛苟谌禤战化仵恽惲")  # (惲: a traditional form _T2S leaves as it is)
_ENTRY_RARE_SURNAME_CHAR: Final = re.compile("[" + "".join(sorted(_ENTRY_RARE_SURNAMES)) + "]")


def _entry_rare_name(word: str) -> bool:
    return (2 <= len(word) <= 3 and word[0] in _ENTRY_RARE_SURNAMES and word[-1] in _ENTRY_GIVEN_CHARS
            and _CJK.fullmatch(word) is not None and word not in _NOUNS and not _is_title_word(word)
            and _NOT_IN_NAMES.isdisjoint(word[1:]))

# given-name characters a three-character name may hold beside those above (`某维世`; not 战斗机, 化妆品, 修理厂)
_ENTRY_GIVEN_CHARS_WIDE: Final = _ENTRY_GIVEN_CHARS | frozenset("维世明华文建志春秋海东德成永清荣嘉宏")
_ENTRY_TITLE_NAME: Final = re.compile(r"(?P<title>[^\s_\-—]{2,20})\s*(?:[-_—]+|\s)\s*(?P<name>[\u4e00-\u9fff]{3})")


def _entry_title_rare_name(result: ParsedName, text: str) -> bool:
    """`题-恽某某`: the work and, last, a three-character name led by a rarer surname of today's lists, its
    given name holding a given name's character (`新年-战斗机` is no name)."""
    m = _ENTRY_TITLE_NAME.fullmatch(text)
    if not m:
        return False
    name, title = m["name"], m["title"]
    if name[0] not in _ENTRY_RARE_SURNAMES or _ENTRY_GIVEN_CHARS_WIDE.isdisjoint(name[1:]) \
            or not _NOT_IN_NAMES.isdisjoint(name[1:]) or name in _NOUNS or _is_title_word(name) \
            or _full_place(name) or _UNIT_ONLY.fullmatch(name) or _is_name(title) and _has_surname(title) \
            or _full_place(title) or not _CJK.fullmatch(title):
        return False
    result._set("photographers", [name], "作品名-姓名(少见姓)", 0.7)
    result.kind = result.family = "contest_entry"
    _set_plain_title(result, title, is_title=True)
    return True


def _entry_rare_name_title_phone(result: ParsedName, text: str) -> bool:
    """`题+战某伟+电话` in either order: where neither word has a known surname, the one word with a rarer
    surname and a given name's last character is the entrant (`烈日+X+…`), when the other has no such shape."""
    m = _ENTRY_PHONE_END.search(text, max(0, len(text) - 24))
    if not m or not find_phones(m["phone"]):
        return False
    segs = _ENTRY_SEP.split(text[: m.start()].strip())
    if len(segs) != 2 or not all(segs) or any(_has_surname(w) and _is_name(w) for w in segs):
        return False  # a name with a known surname: the layouts before and after read it (`丰收时节`, led by the
        # surname 丰, is none: session 11's swap of titles in labelled names)
    shaped = [_entry_rare_name(w) for w in segs]
    if shaped[0] == shaped[1]:
        return False  # both, or neither: nobody is sure
    name, title = (segs[0], segs[1]) if shaped[0] else (segs[1], segs[0])
    if _full_place(title) or _UNIT_ONLY.fullmatch(title) or _full_place(name):
        return False
    result._set("photographers", [name], "题+姓名(少见姓)+电话", 0.7)
    result._set("phones", find_phones(m["phone"]), "题+姓名(少见姓)+电话", 0.95)
    result.kind = result.family = "contest_entry"
    _set_plain_title(result, _SERIES_MID.sub("", title).strip(), is_title=True)
    return True


_ENTRY_PHONE_MID: Final = re.compile(r"[+＋_\s]+(?P<phone>1[3-9]\d{9})[+＋_\s]+")  # `姓名+手机号+作品名称`: the phone between


def _entry_phone_between(result: ParsedName, text: str) -> bool:
    """`姓名+手机号+作品名称` (an order contest calls publish) or the reverse, the phone between the two words:
    read as the layouts with the phone at the end read it (a name a strict reading refuses, `朱某来`)."""
    m = _ENTRY_PHONE_MID.search(text)
    if not m or m.start() == 0 or m.end() == len(text):
        return False
    first, second = text[: m.start()].strip(), text[m.end():].strip()
    if not first or not second or _ENTRY_SEP.search(first) or _ENTRY_SEP.search(second) or _is_name(first) \
            or _is_name(second):
        return False  # more than two words, or a strict name (the `+` layouts further on read it)
    shaped = [(n := _entry_name(w)) is not None and len(n) <= 3 for w in (first, second)]
    if shaped[0] == shaped[1]:  # both name-shaped, or neither: a rarer surname's shape, or nobody
        return _entry_rare_name_title_phone(result, f"{first}+{second}+{m['phone']}")
    name, title = (first, second) if shaped[0] else (second, first)
    if _full_place(title) or _UNIT_ONLY.fullmatch(title) or not find_phones(m["phone"]):
        return False
    result._set("photographers", [_entry_name(name)], "姓名+手机号+作品名称", 0.75)
    result._set("phones", find_phones(m["phone"]), "姓名+手机号+作品名称", 0.95)
    result.kind = result.family = "contest_entry"
    _set_plain_title(result, _SERIES_MID.sub("", title).strip(), is_title=True)
    return True

def _entry_head_place(head: str) -> bool:
    """`南京`, `泗阳`, `南林大` before `：`: a place, or a university's short name (three or four
    characters ending in 大), is where the entrant's picture comes from."""
    return _known_place(head) or head in _GAZETTEER and head not in _AMBIGUOUS_PLACES \
        or 3 <= len(head) <= 4 and head.endswith("大")


def _entry_listing(result: ParsedName, text: str) -> bool:
    """`《洱海》,鲍菡,布面油画,2015年`: the work, its author, medium, size and year of creation."""
    parts = [s for s in _ENTRY_LIST_SEP.split(text.strip(" ,，、;；")) if s]
    works = [s for s in parts if s[:1] == "《" and s[-1:] == "》" and s.count("《") == 1]
    if len(works) != 1 or not 3 <= len(parts) <= 6:
        return False  # the work once, in 《》, at any place (`作者,《题》,材质,年份` too)
    work = works[0]
    name = year = unit = None
    medium = False
    for seg in parts:
        if seg is work:
            continue
        if _ENTRY_MEDIUM.fullmatch(seg):
            medium = True
        elif (y := _ENTRY_YEAR.fullmatch(seg)) and year is None:
            year = y["Y"]
        elif _ENTRY_SIZE.fullmatch(seg):
            continue
        elif name is None and (n := _entry_name(seg)) and len(n) <= 3:
            name = n
        elif name is not None and unit is None and seg is parts[-1] and _UNIT_ONLY.fullmatch(seg):
            unit = seg  # session 14: the author's school or academy closing the label (`《题》,2012,张三,某某美术学院`)
        else:
            return False  # a segment that is none of these: no listing
    if not (name and (medium or year)):
        return False
    result._set("title", work[1:-1].strip(), "《作品》,作者,材质,年份", 0.85)
    result._set("photographers", [name], "《作品》,作者,材质,年份", 0.8)
    if unit:
        result._set("units", [unit], "《作品》,作者,材质,年份", 0.7)
    if year:
        result._set("date", year, "年份 of an artwork listing", 0.6)
    result.kind, result.family = "contest_entry", "artwork_entry"
    return True


_ENTRY_DASH_SEP: Final = re.compile(r"\s*[-_—+＋]+\s*|\s+")


def _entry_dash_listing(result: ParsedName, text: str) -> bool:
    """`张三-题-中国画-180x190cm-2019年`: an exhibition list's entry with dashes (or `_`, `+`, spaces) — the
    author's name, the work, and at least two notes (a medium and a size or a year), in any order; the work is the one other segment.
    The year is the work's, no date of the picture (set 24's label; a 《work》 listing's year is read: round 25)."""
    parts = [s for s in _ENTRY_DASH_SEP.split(text.strip(" -_—")) if s]
    if not 4 <= len(parts) <= 6:
        return False
    name = work = None
    medium = notes = 0
    for seg in parts:
        if _ENTRY_MEDIUM.fullmatch(seg):
            medium += 1
        elif _ENTRY_YEAR.fullmatch(seg) or _ENTRY_SIZE.fullmatch(seg):
            notes += 1
        elif name is None and (n := _entry_name(seg)) and len(n) <= 3:
            name = n
        elif work is None and _CJK.fullmatch(seg) and not _is_name(seg) and not _full_place(seg):
            work = seg
        else:
            return False  # a second work, a place, a number: no listing
    if not (name and work and medium == 1 and notes):
        return False
    result._set("title", work, "作者-作品-材质-尺寸-年份", 0.8)
    result._set("photographers", [name], "作者-作品-材质-尺寸-年份", 0.75)
    result.kind, result.family = "contest_entry", "artwork_entry"
    return True


def _entry_segments(result: ParsedName, text: str) -> bool:
    """`一等奖 张三 2021级书法学8`, `高年级组硬笔作品  黄岚云菲`: segments that are an award, a
    cohort/class unit, one person's name and at most one work label — the unit read, no title."""
    segs = [s for s in _ENTRY_SEP.split(text) if s]
    if not 2 <= len(segs) <= 4:
        return False
    names: list[str] = []
    units: list[str] = []
    labels: list[str] = []
    award = numbered = False
    title: str | None = None
    for seg in segs:
        if _ENTRY_AWARD_RE.fullmatch(seg):
            award = True  # the award is no title
        elif _ENTRY_COHORT.fullmatch(seg) or _UNIT_ONLY.fullmatch(seg) and not _full_place(seg):
            units.append(seg)  # `2021级书法学8`, `人事处`: a unit, no title
        elif seg[-1:] in ")）" and (note := _ENTRY_KIND_NOTE.search(seg)) and (n := _entry_name(seg[: note.start()])):
            names.append(n)  # `张三（绘画）`: the entrant and the kind of work
        elif (n := _entry_name(seg)) and (len(n) <= 3 or labels and seg is segs[-1] and n[0] in _SINGLE_SURNAMES
                                         and not _full_place(n) and not _maker_in_label(labels[-1])):
            names.append(n)  # a four-character child's name (`黄岚云菲`) only after a work label
        elif _ENTRY_WORK_LABEL.fullmatch(seg):
            labels.append(seg)
        elif seg[:1].isdigit() and (g := _ENTRY_ID_NAME.fullmatch(seg)) and (n := _entry_name(g["name"])) \
                and len(n) <= 3:
            names.append(n)  # `1623谢雨恒`: an entry or class number glued before the entrant
            numbered = True
        elif title is None and not seg[:1].isdigit() and not _is_name(seg):
            title = seg
        else:
            return False  # a second title, or a name where a title stands: the layouts further on
    if len(names) != 1 or not (units and award and title is None or labels and len(segs) == 2
                               or numbered and title is not None and not labels):
        return False  # (a name and a grade alone, `张三 三年级`, may be the pupil pictured: round 7)
    result._set("photographers", names, "奖 姓名 年级专业", 0.75)
    if units:
        result._set("units", units, "年级专业班", 0.7)
    if labels:
        result._set("title", labels[0], "组别作品 姓名", 0.6)
    result.kind = result.family = "contest_entry"
    if title:
        _set_plain_title(result, title, is_title=True)  # `1623谢雨恒-华灯初上`: the one other segment
    return True


# `题 张三 书`, `某类一等奖作品 张三_画`: the entrant, then what the entrant did to the work — wrote it (书),
# painted (画, 绘) or carved (刻) — as a segment of its own at the end
# session 22 (a probe of published rules: `《作者名.部门名称.标题》`, gh.ntvu.edu.cn): name, department, work with full
# stops between, in 《》 or not; the department a unit's word (处, 系, 部, 馆 …), the name a strict one
_DEPARTMENT: Final = re.compile(r"[\u4e00-\u9fff]{1,10}(?:处|系|部|科|室|馆|中心|学院|工会)")
_DOTTED_ENTRY: Final = re.compile(r"《?(?P<name>[\u4e00-\u9fff]{2,4})[.。．](?P<unit>[\u4e00-\u9fff]{2,12})[.。．]"
                                  r"(?P<title>[^.。．《》]{1,30}?)\d{0,2}》?")


def _dotted_entry(result: ParsedName, text: str) -> bool:
    """`某某.教务处.莲`: the entrant, the entrant's department, the work."""
    m = _DOTTED_ENTRY.fullmatch(text)
    if not m or not _is_bare_credited(m["name"]) or not _DEPARTMENT.fullmatch(m["unit"]) \
            or any(ch.isdigit() for ch in m["title"]) or m["title"] in _PORTRAIT_POSTS:
        return False  # (the third review's: a campus department only, `某某。市人民医院。颁奖` is a person at an event;
        # a year, a day or a post is no work, `某某。中文系。2023年`)
    result._set("photographers", [m["name"]], "作者.部门.作品", 0.8)
    result._set("units", [m["unit"]], "作者.部门.作品", 0.8)
    result.kind = result.family = "contest_entry"
    _set_plain_title(result, m["title"].strip(), is_title=True)
    return True


_ENTRY_NAME_VERB: Final = re.compile(r"(?P<title>.*?[^\s_])[\s_\-]+(?P<name>[\u4e00-\u9fff]{2,4})[\s_]+[书画绘刻]")


def _entry_name_verb(result: ParsedName, text: str) -> bool:
    m = _ENTRY_NAME_VERB.fullmatch(text)
    if not m or not (name := _entry_name(m["name"], strict=True)) or len(name) == 2 and not _is_common_name(name) \
            or _is_name(m["title"].strip()) or _full_place(name):
        return False
    result._set("photographers", [name], "题 姓名 书/画", 0.75)
    result.kind = result.family = "contest_entry"
    _set_plain_title(result, m["title"].strip(), is_title=True)
    return True


# ---------------------------------------------------------------------------------------------
# An artwork or entry label's notes around the author and the work, each segment classified by what it
# is: a teacher after 指导老师/指导教师 (never the author), a class code in a bracket after the name
# (`(7.42)`, `(3班)`: no date), a medium or a script as a segment of its own, in a bracket or glued after the
# name (`国画`, `楷书`, `(十字绣)`, `X水粉作品`), the author's unit in a bracket after the name; the
# segments in any order, with spaces, `+ - _ ， 、 ；` between them.
# ---------------------------------------------------------------------------------------------

_LABEL_MEDIUM_WORDS: Final = (f"{_MEDIA}|(?:硬笔|软笔|毛笔)?(?:楷书|行书|草书|隶书|篆书|行楷|小楷|魏碑|书法)"
                              "|炭笔画|炭笔|铅笔画|彩铅画?|粉画|十字绣|刺绣|布贴画|烙画|插画|山水画|花鸟画|人物画|漫画|陶艺|泥塑|雕塑")
_LABEL_MEDIUM: Final = re.compile(rf"(?:{_LABEL_MEDIUM_WORDS})(?:作品)?")
_LABEL_MEDIUM_LAST: Final = frozenset("画书法绣笔塑艺品彩墨粉纸刻描色料本碑楷草隶篆写烯铅")  # (speed) what a medium (or 作品) ends with
_LABEL_MEDIUM_END: Final = re.compile(rf"(?:{_LABEL_MEDIUM_WORDS})(?:作品)?$")  # `林某水粉作品`: glued after the name
_LABEL_TEACHER_TAIL: Final = re.compile(  # `… 指导教师：某某`, `(指导老师 某某、某某)`: who supervised the entry
    r"[\s_\-+＋，,；;]*[(（]?(?:指导|辅导)(?:老师|教师)\s*[:：]?\s*[\u4e00-\u9fff]{2,4}(?:[、，,][\u4e00-\u9fff]{2,4})*[)）]?$")
_LABEL_CLASS_CODE: Final = re.compile(r"[\d.．\-]{1,6}|[\u4e00-\u9fff\d]{0,4}\d{1,3}班|[一二三四五六七八九初高]{1,2}[(（]?\d{1,2}[)）]?班")
_LABEL_POSITION: Final = re.compile(r"[左右中前后上下]|[左右中前后][一二三四五六七八九十\d]|[前后中]排.{0,3}|[左右]起.{0,3}|中间|居中|男|女|化名|音|已故")
_LABEL_TOKEN: Final = re.compile(r"《[^《》]{1,40}》|[(（][^()（）]{1,20}[)）]|[^\s\u3000《》()（）+＋_\-，,；;、]+")
_LABEL_HOME_END: Final = frozenset("省市县区镇乡村州旗盟国")  # `(某某县)`: where the author lives, no unit
_LABEL_GAP: Final = re.compile(r"[\s\u3000+＋_\-，,；;、]*")
_LABEL_GATE: Final = re.compile(  # a note this block reads: a teacher, a class code, a medium's character, or a bracket after a word
    r"指导|辅导|[(（][\d.．\-]{1,6}[)）]|\d\s*[xX×*]\s*\d|[画书绣笔塑艺粉彩墨纸刻描色法碑楷写烯铅]|[\s_\-+＋，,；;、][^\s_\-+＋，,；;、]+[)）]$")


def _label_name(raw: str, *, lenient: str | None) -> str | None:
    """The author's name: a name shape; where the layout vouches (`X(单位)`, `X水粉作品`), a four-character
    name after a known surname as well, and after a unit bracket a three-character one with a rarer surname
    (`化某某`) — never a noun, a title word or a place."""
    name = _entry_name(raw)
    if name and len(name) <= 3:
        return name
    if not lenient:
        return None
    name = raw.replace(" ", "").replace("\u3000", "")
    if not 3 <= len(name) <= 4 or not _has_surname(name) and (len(name) == 4 or lenient != "unit") \
            or not _is_name(name, strict=False) \
            or name in _NOUNS or name in _TITLE_WORDS or _is_title_word(name) or _full_place(name) \
            or _LABEL_MEDIUM.fullmatch(name) or _UNIT_ONLY.fullmatch(name) or not _NOT_IN_NAMES.isdisjoint(name[1:]):
        return None
    return name


def _entry_art_label(result: ParsedName, text: str) -> bool:
    """`《题》 某某(7.42) 指导教师：某某`, `■国画 题 某某(单位)`, `某某(单位)《题》(十字绣)`, `某某水粉作品《题》`:
    one author, one work, and notes that are a teacher, a class code, a medium or the author's unit."""
    if len(text) > 48 or text[:1].isdigit() or "摄" in text or not _LABEL_GATE.search(text):
        return False  # (no label here opens with a number: a dated caption is none)
    signal = False
    teacher = _LABEL_TEACHER_TAIL.search(text) if ("指导" in text or "辅导" in text) else None
    if teacher:
        text, signal = text[: teacher.start()], True
    tokens: list[str] = []
    pos = 0
    for m in _LABEL_TOKEN.finditer(text):
        gap = text[pos : m.start()]
        if gap and not _LABEL_GAP.fullmatch(gap):
            return False  # a character no segment or separator here is (a colon, a quote …)
        tok = m.group(0)
        if tokens and len(tok) == 1 and len(tokens[-1]) == 1 and gap in (" ", "\u3000") and "\u4e00" <= tok <= "\u9fff":
            tokens[-1] += " " + tok  # `彭 华`: a two-character name padded to three
        else:
            tokens.append(tok)
        pos = m.end()
    if text[pos:].strip(" \u3000+＋_-，,；;、") or not 2 <= len(tokens) <= 6:
        return False
    works: list[str] = []
    words: list[list[Any]] = []  # [word, unit in a bracket after it (or None), glued medium (or None)]
    medium = False
    for tok in tokens:
        if tok[0] == "《":
            works.append(tok[1:-1].strip())
            words.append(["《", None, None])
            continue
        if tok[0] in "(（":
            inner = tok[1:-1].strip()
            if not words:
                return False
            if _LABEL_CLASS_CODE.fullmatch(inner):
                signal = True  # `(7.42)`: the pupil's grade and class, no date
            elif _LABEL_MEDIUM.fullmatch(inner) or _ENTRY_SIZE.fullmatch(inner):
                signal = medium = True  # `(十字绣)`, `(炭笔画)`: the kind of work
            elif words[-1][0] != "《" and words[-1][1] is None and 2 <= len(inner) <= 12 and _CJK.fullmatch(inner) \
                    and not _LABEL_POSITION.fullmatch(inner) and not _is_name(inner) and inner not in _PROVINCE_SET \
                    and inner not in _COUNTRIES and not (inner[-1] in _LABEL_HOME_END and _full_place(inner)):
                words[-1][1] = inner  # `某某(东风物流)`: the author's unit
            else:
                return False
            continue
        if tok[-1] in _LABEL_MEDIUM_LAST and _LABEL_MEDIUM.fullmatch(tok):
            signal = medium = True  # `国画`, `篆书`: the medium or script as a segment
            continue
        medium_at = _LABEL_MEDIUM_END.search(tok) if len(tok) >= 4 and tok[-1] in _LABEL_MEDIUM_LAST else None
        if medium_at and medium_at.start() >= 2:
            signal = medium = True
            words.append([tok[: medium_at.start()], None, "glued"])  # `某某水粉作品`: the author before the medium
            continue
        words.append([tok, None, None])
    if len(works) > 1:
        return False
    plain = [w for w in words if w[0] != "《"]
    if works:
        if len(plain) != 1:
            return False
        word, unit, glued = plain[0]
        name = _label_name(word, lenient="unit" if unit else glued)
        title = works[0]
    else:
        if len(plain) != 2:
            return False
        named = [w for w in plain if w[1]]  # without a 《work》 the name is the word that carries the unit
        if len(named) == 1:
            word, unit, glued = named[0]
            name = _label_name(word, lenient="unit")
        elif not named and medium:  # `国画 题 某某`: after the medium, the name-shaped word
            shaped = [w for w in plain if _label_name(w[0], lenient=None)]
            if len(shaped) != 1:
                return False
            word, unit, glued = shaped[0]
            name = _label_name(word, lenient=None)
        else:
            return False
        title = next(w[0] for w in plain if w[0] is not word)
        if _label_name(title, lenient=None) or _full_place(title) or _LABEL_MEDIUM.fullmatch(title) or _UNIT_ONLY.fullmatch(title):
            return False  # two names, or a place or a unit where the work should be: nobody is sure
    if not name or not title or not (signal or unit and not works):
        return False  # (a plain `《题》 某某` is read further on, as before)
    result._set("photographers", [name], "作品 作者(单位) 注", 0.75)
    result._set("title", _CJK_SPACE_CJK.sub("", title).strip(), "作品 作者(单位) 注", 0.8)  # `《雪 意》`
    if unit:
        result._set("units", [unit], "作品 作者(单位) 注", 0.7)
    result.kind, result.family = "contest_entry", "artwork_entry" if medium else "contest_entry"
    return True


# an artwork label's fields after its title: `题 作者：某某；规格：…；品类：中国画` — the author's key, then
# keys of the work's details (size, medium, kind, year), each value up to the next separator
_LABEL_DETAIL_KEYS: Final = "规格|尺寸|尺幅|品类|类别|类型|画种|材质|形式|年代|创作年代|创作时间|年份|单位|工作单位|组别"
_LABEL_TITLE_FIELDS: Final = re.compile(
    rf"(?P<title>[^:：;；]{{1,24}}?)[\s_\-+＋]+(?:作者|作者姓名|书者|画者)\s*[:：]\s*(?P<name>{_ENTRY_NAME})"
    rf"(?:\s*[;；,，\s]\s*(?:{_LABEL_DETAIL_KEYS})\s*[:：]\s*[^:：;；,，]{{1,24}}?)+\s*")


def _entry_title_fields(result: ParsedName, text: str) -> bool:
    """`云影 作者：某某；规格：120×80cm；品类：油画`: the title, then the author's key and the work's details."""
    m = _LABEL_TITLE_FIELDS.fullmatch(text)
    if not m or not (name := _entry_name(m["name"])) or len(name) > 3 or _SENTENCE_PUNCT.search(m["title"]) \
            or "《" in m["title"]:
        return False
    result._set("photographers", [name], "题 作者：X；规格：…", 0.8)
    result.kind, result.family = "contest_entry", "artwork_entry"
    _set_plain_title(result, m["title"].strip(), is_title=True)
    return True



# `题-某报-姓名`, `题-含横线_某周刊_姓名`: an award list's work, the entrant's outlet and the entrant, the outlet and the
# name joined by the same separator (so a title that holds a dash keeps it); the outlet a known one or a name
# ending as an outlet's does (…报, …周刊, …杂志, …通讯社, …电视台, …新闻网)
_ENTRY_OUTLET_CREDIT: Final = re.compile(
    r"(?P<title>[^\s_]{2,30}?|[^_]{2,30}?)(?P<sep>[-_ ]|——|—)(?P<outlet>[\u4e00-\u9fff]{2,8})(?P=sep)(?P<name>[\u4e00-\u9fff]{2,4})")
_ENTRY_OUTLET_END: Final = re.compile(r"(?:报|周刊|杂志|画刊|通讯社|电视台|新闻网)$")
_ENTRY_OUTLET_CHAR: Final = re.compile("[报刊志社台网]")  # (speed) a regex scan: a frozenset test over a string makes a str of each character
_ENTRY_NOT_OUTLETS: Final = frozenset("手抄报 黑板报 电子报 宣传报 墙报 板报 捷报 喜报 海报 画报".split())


def _entry_outlet_credit(result: ParsedName, text: str) -> bool:
    """`题-某报-姓名`: the work, the outlet the entrant shoots for, the entrant (a press-photo award's list)."""
    m = _ENTRY_OUTLET_CREDIT.fullmatch(text)
    if not m or not (m["outlet"] in _AGENCIES or len(m["outlet"]) >= 3 and _ENTRY_OUTLET_END.search(m["outlet"])
                     and m["outlet"] not in _ENTRY_NOT_OUTLETS):
        return False  # (`喜报`, `海报`, `手抄报`: a word or a kind of work, no outlet)
    name = _entry_name(m["name"])
    title = m["title"].strip(" -_—")
    if not name or len(name) > 3 or not title or _is_name(title) or _ENTRY_OUTLET_END.search(title):
        return False
    result._set("photographers", [name], "题-媒体-姓名", 0.8)
    result._set("agency", m["outlet"], "题-媒体-姓名", 0.7)
    result.kind = result.family = "contest_entry"
    _set_plain_title(result, title, is_title=True)
    return True


# `某某《题》，布面油画，66.5×91cm，1595年`: a listing with the painter glued before the work. A year before
# photography (1839) dates the painting, never a photograph; the painter of such a work, or one with a
# transliterated name (`埃尔·格列柯`), is named in a warning, not credited
_ENTRY_GLUED_LISTING: Final = re.compile(r"(?P<who>[^《》,，、;；]{2,16})《(?P<work>[^《》]{1,30})》(?P<rest>(?:\s*[,，、;；]\s*[^,，、;；]+){1,4})")
# session 20: the notes parted by spaces, the year glued after the work (`某某《题》1977 油画 61×48cm 某美术馆藏`)
_ENTRY_SPACED_LISTING_NOTES: Final = re.compile(r"(?P<who>[\u4e00-\u9fff·]{2,8})《(?P<work>[^《》]{1,30})》(?P<rest>\s*(?:1\d|20)\d{2}年?(?:\s+\S+){1,4})")
_ENTRY_FIRST_PHOTO_YEAR: Final = 1839
_ENTRY_WORK_YEAR: Final = re.compile(r"(?P<Y>1\d{3}|20\d{2})\s*年?")  # a work's year, an old master's too


def _entry_glued_listing(result: ParsedName, text: str) -> bool:
    """`作者《题》，材质，尺寸，年份`: the work, then only a medium, a size or a year after it."""
    m = _ENTRY_GLUED_LISTING.fullmatch(text) or _ENTRY_SPACED_LISTING_NOTES.fullmatch(text)
    if not m:
        return False
    year = None
    rest = m["rest"].strip(" ,，、;；")
    for seg in _ENTRY_LIST_SEP.split(rest) if m.re is _ENTRY_GLUED_LISTING else rest.split():
        if _ENTRY_MEDIUM.fullmatch(seg) or _ENTRY_SIZE.fullmatch(seg) or _ART_HOLDER.fullmatch(seg):
            continue
        if (y := _ENTRY_WORK_YEAR.fullmatch(seg)) and year is None:
            year = int(y["Y"])
            continue
        return False  # a segment that is none of these: no listing
    who = m["who"].strip()
    name = _entry_name(who)
    result._set("title", m["work"].strip(), "作者《作品》，材质，尺寸，年份", 0.85)
    result.kind, result.family = "contest_entry", "artwork_entry"
    if not name or len(name) > 3:
        result.warnings.append(f"painter, not a photographer: {who}")
        return True
    _credit_listed_maker(result, name, year, "作者《作品》，材质，尺寸，年份", shown=who)
    return True


def _credit_listed_maker(result: ParsedName, name: str, year: int | None, rule: str, *, shown: str) -> None:
    """The maker named before a listed work is its photographer, with the work's year as the date, unless the
    year is before photography (1839): then a painter, named in a warning (as `shown`) and not credited."""
    if year is not None and year < _ENTRY_FIRST_PHOTO_YEAR:
        result.warnings.append(f"painter, not a photographer: {shown}")
        return
    result._set("photographers", [name], rule, 0.75)
    if year is not None:
        result._set("date", str(year), "年份 of an artwork listing", 0.6)


# `headshots_某某`, `肖像-某某`: a portrait's label before a person's name: the one pictured, no photographer
_PORTRAIT_LABEL: Final = re.compile(
    r"(?:head ?shots?|portraits?|avatars?|mug ?shots?|profile|头像|肖像|证件照|标准照)[\s_\-]+(?P<name>[\u4e00-\u9fff]{2,4})",
    re.IGNORECASE)
_PORTRAIT_FIRST: Final = frozenset("hHpPaAmM头肖证标")
# session 18: the person's name, a separator, then the kind of portrait (`某某_剧照`, `某某-肖像`, `某某 近照`): the one
# pictured again, the label kept whole as its title (a contest's `题_姓名` has the name last)
_NAME_THEN_PORTRAIT: Final = re.compile(
    r"(?P<name>[\u4e00-\u9fff·]{2,8})[\s_\-]+(?:剧照|劇照|肖像|头像|頭像|写真|寫真|近照|证件照|標準照|标准照|生活照|工作照|个人照|艺术照)")
_PORTRAIT_LAST: Final = frozenset("照像真")


def _portrait_label(result: ParsedName, text: str) -> bool:
    m = _PORTRAIT_LABEL.fullmatch(text)
    if not m or not (name := _entry_name(m["name"])) or len(name) > 3:
        return False
    result._set("title", name, "肖像_姓名", 0.75)  # the subject, as a bare name is (`鲁迅.jpg`)
    result.kind, result.family = "titled", "subject_name"
    return True


def _name_then_portrait(result: ParsedName, text: str) -> bool:
    """`某某_剧照`: a portrait of the person named (session 18), no photographer."""
    if not _NAME_THEN_PORTRAIT.fullmatch(text):
        return False
    result._set("title", text, "姓名_肖像", 0.7)
    result.kind, result.family = "titled", "subject_name"
    return True


# `某某 梯田`, `某某 古镇`: a place's name and, after a space, the kind of place it is — one place, written with a
# space inside (no title); the name no common noun or title word, no word of season, light or praise, and where it
# has a person's shape (龙脊, 周庄 have one) neither a given name's character nor a title word after it
_SPACED_PLACE_KINDS: Final = frozenset(
    "梯田 古镇 古城 古村 老街 古街 草原 湿地 峡谷 瀑布 沙漠 冰川 溶洞 石林 海滩 花海 竹海 森林公园 风景区 景区 古道 "
    "水库 梯田群 茶园 林场 牧场".split())
_SPACED_PLACE_NOT_HEAD: Final = frozenset("美丽的春夏秋冬日夜晨暮雪雨云色光金红绿蓝白黑大小新老我你他她们这那")


def _spaced_place(result: ParsedName, text: str) -> bool:
    head, _, kind = text.partition(" ")
    if kind not in _SPACED_PLACE_KINDS or not 2 <= len(head) <= 4 or not _CJK.fullmatch(head) \
            or not _SPACED_PLACE_NOT_HEAD.isdisjoint(head) or head in _NOUNS or head in _TITLE_WORDS \
            or _is_title_word(head) or _is_name(head) and (kind in _TITLE_WORDS or head[-1] in _ENTRY_GIVEN_CHARS_WIDE):
        return False  # (a name's shape with a given name's character, `某伟 古镇`, may be the author of 古镇)
    result._set("place", head + kind, "地名 地貌", 0.6)
    result.kind, result.family = "titled", "place_only"
    return True

# session 11: an entry named by its author's key first, then the work after a joint (`作者：周明生+秋韵`, `作者:李娜_秋韵`):
# the probe of RULES.md §1's layouts (bench/probe_credits.py --contests) found it read nothing
_KEY_NAME_WORK: Final = re.compile(r"(?:作者|拍摄者|摄影者?)\s*[:：]\s*(?P<name>[\u4e00-\u9fff]{2,4}|[\u4e00-\u9fff]{1,8}[·•][\u4e00-\u9fff]{1,8})"
                                   r"\s*(?:[+＋_]|-{1,2}|—{1,2}|\s)\s*(?P<title>[^:：+＋_]{1,30})")


# what no work's title after `作者：X` holds (the review of session 11): a digit (a phone, a year, a class), a teacher's,
# a unit's or a class's word, a credit's verb, a list of names
_NOT_IN_WORK: Final = re.compile(r"\d|指导|老师|教师|单位|班|电话|手机|学校|学院|中学|小学|大学|摄|供图|[，,、；;]")


def _plain_work(title: str) -> bool:
    """The words after `作者：X` and a joint read as a work's title: Chinese, not a name or names, not a place, nothing a
    form's other fields hold."""
    return (bool(title) and title[-1] not in "-_—+ " and not _is_name(title) and not _NOT_IN_WORK.search(title)
            and not _SENTENCE_PUNCT.search(title) and not _full_place(title)
            and not any(_is_name(w) for w in title.split()))


def _apply_listed_entry(result: ParsedName, text: str) -> bool:
    """The layouts of round 25 (see the block comment); True when one read the whole name.

    (speed) Its one caller has already left out a sentence (。), a name over 64 characters and a clause over 40
    with a comma: no layout here is one."""
    if text[:1].isdigit() and _ENTRY_DATED_LEAD.match(text):
        return False  # (no layout here opens with a date: a caption is no entry)
    tag = _ENTRY_AWARD_TAG.match(text) if text[:1] in "【[" else None
    body = text[tag.end():] if tag else text
    m = _ENTRY_KEY_CREDIT.fullmatch(body) if ("／" in body or "/" in body or tag or "者" in body) else None
    if m and (name := _entry_name(m["name"])) and not _SENTENCE_PUNCT.search(m["title"]) \
            and "《" not in m["title"] and ":" not in m["title"] and "：" not in m["title"]:  # one key only
        result._set("photographers", [name], "题 摄影者／姓名", 0.8)
        result.kind = result.family = "contest_entry"
        _set_plain_title(result, m["title"].strip(), is_title=True)
        return True
    if tag:
        return False
    if (text[:2] in ("作者", "摄影") or text[:3] == "拍摄者") and (m := _KEY_NAME_WORK.fullmatch(text)) \
            and (name := _entry_name(m["name"]) or (m["name"] if _strict_or_spelt(m["name"]) else None)) \
            and _plain_work(m["title"].strip()):
        result._set("photographers", [name], "作者：X+题", 0.8)  # session 11: the key, the entrant, then the work
        result.kind = result.family = "contest_entry"
        _set_plain_title(result, m["title"].strip(), is_title=True)
        return True
    if "者" in text and text.count("：") + text.count(":") >= 2 and _entry_title_fields(result, text):
        return True  # `题 作者：X；规格：…；品类：…`: an artwork label's fields after the title
    if text[-1:] in ")）" and (m := _ENTRY_HEAD_BRACKET.fullmatch(text)) and (name := _entry_name(m["name"])) \
            and not _is_name(m["title"].strip()) and (m["id"] if m["head"] is None else ":" in m["colon"]
                                                      or "：" in m["colon"] or _entry_head_place(m["head"])):
        result._set("photographers", [name], "地点：题(编号姓名)", 0.8)  # (no head: the number vouches for the name;
        result._set("title", m["title"].strip(), "地点：题(编号姓名)", 0.8)  # no colon: only a place head)
        if m["head"] is None:
            pass
        elif _entry_head_place(m["head"]):
            result._set("place", m["head"], "地点：题(编号姓名)", 0.7)
        else:
            result._set("units", [m["head"]], "单位：题(编号姓名)", 0.6)
        result.kind = result.family = "contest_entry"
        return True
    if text[:1] in "“「『" and (m := _ENTRY_QUOTED_DASH.fullmatch(text)):
        name = m["name"] if m["name"].isascii() else _entry_name(m["name"])
        if name:
            result._set("photographers", [name], "“题”—作者", 0.8)
            result._set("title", m["title"].strip(), "“题”—作者", 0.85)
            result.kind = result.family = "contest_entry"
            return True
    if text[-1:] in ")）" and "级" in text and (m := _ENTRY_RANK_QUOTED_COHORT.fullmatch(text)):
        rest = m["rest"]
        for n in (3, 2):  # the name's length: the rest before it must end as a major does
            if rest[-n - 1] in _MAJOR_END and (name := _entry_name(rest[-n:])):
                result._set("photographers", [name], "组别奖项“题”(届别专业姓名)", 0.8)
                result._set("title", m["title"].strip(), "组别奖项“题”(届别专业姓名)", 0.85)
                result._set("units", [m["cohort"] + rest[:-n]], "组别奖项“题”(届别专业姓名)", 0.6)
                result.kind = result.family = "contest_entry"
                return True
    if text[-1:] in "〉》」" and "奖" in text:
        m = _ENTRY_AWARD_NAME_WORK.fullmatch(text)
        if m and (name := _entry_name(m["name"])):
            result._set("photographers", [name], "类别—奖项姓名〈题〉", 0.8)
            result._set("title", m["title"].strip(), "类别—奖项姓名〈题〉", 0.85)
            result.kind = result.family = "contest_entry"
            return True
    if text[-1:] in "》〉" and ("班" in text or "级" in text):
        m = _ENTRY_CLASS_NAME_WORK.fullmatch(text)
        if m and (name := _entry_name(m["name"])) and len(name) <= 3:
            result._set("photographers", [name], "单位班级姓名,作品《题》", 0.8)
            result._set("units", [m["unit"]], "单位班级姓名,作品《题》", 0.7)
            result._set("title", m["title"].strip(), "单位班级姓名,作品《题》", 0.85)
            result.kind = result.family = "contest_entry"
            return True
    ranked = _ENTRY_RANK_GATE.search(text) is not None  # a rank or an award word somewhere (one scan)
    if (ranked or "作品" in text or _ENTRY_GLUED_ID.search(text)) and _entry_segments(result, text):
        return True  # (before the rank layout: a unit or a cohort after the name is no title)
    if ranked and (m := _ENTRY_RANK_NAME_WORK.fullmatch(text)) and (name := _entry_rank_name(m["name"])) \
            and not _is_name(m["title"]) and not _UNIT_ONLY.fullmatch(m["name"]) \
            and not _ENTRY_COHORT.fullmatch(m["title"]) and not _UNIT_ONLY.fullmatch(m["title"]):
        title = m["title"].strip()
        if title[:1] in "《「〈":
            title = title[1:-1]
        result._set("photographers", [name], "奖项 姓名 - 题", 0.8)
        result.kind = result.family = "contest_entry"
        _set_plain_title(result, title.strip(), is_title=True)  # `银牌 X_金门夕照`: the place in the title
        return True
    if text[-1:] in "」》〉" and _ENTRY_SCHOOL_RE.search(text) and (m := _ENTRY_SCHOOL_NAME_WORK.fullmatch(text)) \
            and (name := _entry_name(m["name"])):
        result._set("photographers", [name], "学校姓名「题」", 0.8)
        result._set("units", [m["unit"]], "学校姓名「题」", 0.7)
        result._set("title", m["title"].strip(), "学校姓名「题」", 0.85)
        result.kind = result.family = "contest_entry"
        return True
    if ranked and text[-1:] in ")）" and (m := _ENTRY_CONTEST_NAME_WORK.fullmatch(text)) \
            and (name := _entry_name(m["name"])) and not _UNIT_ONLY.fullmatch(m["title"]) \
            and not _full_place(m["title"]) and not _SERIES_MID.search(m["title"]):
        result._set("photographers", [name], "比赛名次-姓名(题)", 0.75)
        result._set("title", m["title"].strip(), "比赛名次-姓名(题)", 0.75)
        result.kind = result.family = "contest_entry"
        return True
    if ranked and ("(" in text or "（" in text) and (m := _ENTRY_KIND_AWARD_NAME.fullmatch(text)) \
            and (name := _entry_name(m["name"])) and not _is_name(m["title"]) and not _full_place(m["title"]):
        result._set("photographers", [name], "题(类别)奖项姓名(单位)", 0.8)
        result._set("title", m["title"], "题(类别)奖项姓名(单位)", 0.85)
        if m["unit"]:
            result._set("units", [m["unit"]], "题(类别)奖项姓名(单位)", 0.7)
        result.kind = result.family = "contest_entry"
        return True
    if text[-1:].isdigit() and _entry_name_title_phone(result, text):
        return True
    if text[-1:].isdigit() and _ENTRY_RARE_SURNAME_CHAR.search(text) and _entry_rare_name_title_phone(result, text):
        return True  # `题+战某伟+电话`: a rarer surname and a given name's shape
    if "《" in text and ("," in text or "，" in text or "、" in text) and _entry_listing(result, text):
        return True
    if "《" in text and text[:1] != "《" and ("," in text or "，" in text or " " in text) \
            and _entry_glued_listing(result, text):
        return True  # `作者《作品》，材质，尺寸，年份`: the painter glued before the work
    return False


# ---------------------------------------------------------------------------------------------
# Entry fields around a work, classified by what each is: an authorship verb closing the credit bracket
# (`《题》(X著)`), the entrant's home glued before the name (`金奖 某省X《题》`), a listing's notes after the
# work (medium, size, age) and the entrant's home after the name (`《题》 油画 80×60cm X 某省`), the entrant's
# unit as the segment beside the name (`题-X-某学院`).
# ---------------------------------------------------------------------------------------------

_MEDIUM_BEFORE_WORK: Final = re.compile(rf"(?:{_MEDIA})\s*《")  # `油画《题》`, `中国画 《题》`: the kind of painting, then the work
_AUTHORED_VERB_CHARS: Final = frozenset("著作绘画书刻剪绣")  # wrote, made, painted, drew, wrote (calligraphy), carved, cut, embroidered
# `《题》(张三著)`, `题（张三绘）`: the work, then its author and what the author did, in the closing bracket
_AUTHORED_BRACKET: Final = re.compile(
    r"(?P<title>《[^《》]{1,40}》|[^()（）《》\s\d][^()（）《》]{0,29}?)[\s_\-+＋，,／/]*[(（]\s*(?P<name>[\u4e00-\u9fff]{2,4})[著作绘画书刻剪绣][)）]")
# `《题》张三著`, `《题》-张三绘`: no bracket, after a work the 《》 closes
_AUTHORED_BARE: Final = re.compile(r"(?P<title>《[^《》]{1,40}》)[\s_\-+＋，,／/]*(?P<name>[\u4e00-\u9fff]{2,4})[著作绘画书刻剪绣]")
# the separators result lists and uploaders put between an entry's fields (`+ - _ ， , 、 ／ /` and spaces)
_ENTRY_FIELD_SEP: Final = re.compile(r"\s*(?:[-_+＋，,、／/]+|\s+)\s*")
_ENTRY_NOTE_SEP: Final = re.compile(r"\s*(?:[-_+＋，,／/]+|\s+)\s*")  # (not 、: it joins co-authors in a listing)


def _authored_name(raw: str) -> str | None:
    """The author before an authorship verb: a name shape of two or three characters (four with a
    compound surname), not itself ending on such a verb (`张三书画`), no place (`江门`)."""
    if raw[-1] in _AUTHORED_VERB_CHARS or len(raw) == 4 and raw[:2] not in _COMPOUND_SURNAMES:
        return None
    name = _entry_name(raw)
    return name if name and name not in _GAZETTEER and not _full_place(name) else None


def _entry_authored_bracket(result: ParsedName, text: str) -> bool:
    """`《土乡欢歌》(张三著)`: the work and, in the closing bracket, its author and an authorship verb."""
    m = (_AUTHORED_BRACKET if text[-1:] in ")）" else _AUTHORED_BARE).fullmatch(text)
    if not m:
        return False
    name = _authored_name(m["name"])
    if name is None and not (m["name"] in _GAZETTEER or _full_place(m["name"])):
        return False  # (`(江门作)`: made at a place, no person: the work alone, below)
    title = m["title"].strip(" _-+＋，,／/")
    if title[:1] == "《":
        title = title[1:-1].strip()
    elif _SENTENCE_PUNCT.search(title) or _is_name(title) or _UNIT_ONLY.fullmatch(title):
        return False  # a sentence, a name or a unit before the bracket: no work
    if not title:
        return False
    if name:
        result._set("photographers", [name], "《作品》(作者著)", 0.8)
    result._set("title", title, "《作品》(作者著)", 0.8)
    result.kind, result.family = "contest_entry", "artwork_entry"
    return True

def _entrant_home(home: str) -> bool:
    """Where an entrant comes from, as a result list prints it glued before the name: a province (with or
    without 省/市), a country, or a city or county written with its 市/县."""
    if home in _PROVINCE_SET or home in _COUNTRIES:
        return True
    if home[-1:] in "市县" and len(home) >= 3:
        return home[:-1] in _PROVINCE_SET or home[:-1] in _GAZETTEER
    return home.endswith("自治区") and home[:-3] in _PROVINCE_SET


# `金奖 江苏张三《题》`, `陕西省张三《题》`: an award maybe, the entrant's home glued before the name, the work
_HOME_NAME_WORK: Final = re.compile(
    rf"(?:(?P<award>{_ENTRY_RANK})[\s_\-+＋，,、／/]*)?(?P<pre>[\u4e00-\u9fff]{{4,12}})[\s_\-+＋，,、／/]*《(?P<title>[^《》]{{1,40}})》")


def _entry_home_name_work(result: ParsedName, text: str) -> bool:
    """`金奖 某省张三《题》`: the entrant's province, country or city glued before the name; the home is no place."""
    m = _HOME_NAME_WORK.fullmatch(text)
    if not m:
        return False
    pre = m["pre"]
    if pre[-1] == "的" and len(pre) >= 5:
        pre = pre[:-1]  # `某县张三的《题》`: a result report's sentence (a 2012 农民画 result report of 剑河县), the same reading
    for k in (3, 2):
        home, raw = pre[:-k], pre[-k:]
        if _entrant_home(home) and (name := _entry_name(raw)) and name not in _GAZETTEER and not _full_place(name):
            break
    else:
        return False
    title = m["title"].strip()
    if not title:
        return False
    result._set("photographers", [name], "奖项 籍贯姓名《作品》", 0.8)
    result._set("title", title, "奖项 籍贯姓名《作品》", 0.85)
    result.warnings.append(f"the entrant's home, not a place: {home}")
    result.kind = result.family = "contest_entry"
    return True

_LISTING_AGE: Final = re.compile(r"\d{1,2}\s*岁")  # `12岁` (歲 read as 岁): the entrant's age
_LISTING_LATIN_WORD: Final = re.compile(r"[A-Z][A-Za-z]{1,15}")  # `SHI`, `Elisa`: a word of a romanised name
# a size with its unit after each number (`240cm×180cm`) or once at the end (`240×180cm`)
_LISTING_SIZE: Final = re.compile(r"\d{1,4}(?:\.\d{1,2})?\s*(?:cm|CM|mm|厘米|公分)?\s*[xX×*]\s*\d{1,4}(?:\.\d{1,2})?\s*(?:cm|CM|mm|厘米|公分)?")
# kinds of work the medium table (_MEDIA) lacks: murals, other paintings, crafts, sculpture
_LISTING_MEDIUM: Final = re.compile(r"(?:壁|岩彩|重彩|彩墨|粉|插|连环|烙|沙|民间)画|陶艺|漆艺|蜡染|扎染|木雕|石雕|泥塑|雕塑|综合材料|综合媒介")


def _entry_work_notes(result: ParsedName, text: str) -> bool:
    """`《题》 中国画 240cm×240cm 张三 浙江`, `《题》SHI ELISA 12岁 阿根廷`: after the work, space-separated
    segments that are each a medium, a size, an age, the entrant(s) (Chinese names joined by 、, or one
    romanised name) or, last and after the entrant, the entrant's home — a province or a country, no place."""
    if not any(text[-k:] in _PROVINCE_SET or text[-k:] in _COUNTRIES for k in (2, 3, 4, 5)):
        return False  # (speed) the layout ends on the entrant's home: looked at before any split
    end = text.find("》")
    if end < 2 or text.count("《") != 1 or text.count("》") != 1:
        return False
    segs = [seg for seg in _ENTRY_NOTE_SEP.split(text[end + 1:]) if seg]
    if not 2 <= len(segs) <= 7 or segs[-1] not in _PROVINCE_SET and segs[-1] not in _COUNTRIES:
        return False  # (the layout is known by the home at the end)
    home = segs.pop()
    names: list[str] = []
    latin: list[str] = []
    for seg in segs:
        if _LISTING_LATIN_WORD.fullmatch(seg):
            if names or len(latin) == 3:
                return False
            latin.append(seg)
        elif _LISTING_AGE.fullmatch(seg) or _LISTING_SIZE.fullmatch(seg) or _ENTRY_MEDIUM.fullmatch(seg) \
                or _LISTING_MEDIUM.fullmatch(seg):
            if latin and not names:
                names.append(" ".join(latin))  # the romanised name ends at a note
            continue
        elif names or latin:
            return False  # a second entrant, or a word after the entrant
        else:
            parts = _ENTRY_LIST_SEP.split(seg)
            found = [n for p in parts if (n := _entry_name(p))]
            if len(found) != len(parts) or any(len(n) > 3 or n in _GAZETTEER or _full_place(n) for n in found):
                return False
            names = found
    if latin and not names:
        names.append(" ".join(latin))
    if not names or len(latin) == 1:
        return False  # (one Latin word alone is no sure name: `IMG`, `Photo`)
    title = text[1:end].strip() if text[:1] == "《" else ""
    if not title or text[:1] != "《":
        return False
    result._set("photographers", names, "《作品》 材质 尺寸 作者 籍贯", 0.8)
    result._set("title", title, "《作品》 材质 尺寸 作者 籍贯", 0.85)
    result.warnings.append(f"the entrant's home, not a place: {home}")
    result.kind, result.family = "contest_entry", "artwork_entry"
    return True

# `某某 《题》 110×185cm 布面油画 2006年`: an exhibition's label as a show's page prints it under each picture
# (内蒙古师范大学美术学院's teachers' show, 2024; `《题》146cm×114cm亚麻布油画1994年` with the notes glued): the
# painter, the work, then only its notes, spaced or not — the size, the medium, the year, in any order; a size or
# a medium must be there (a year alone may date a photograph)
_SPACED_LISTING_LAST: Final = frozenset("年0123456789mM米分彩") | _MEDIA_ENDS | frozenset("料塑置像影")  # its last character
_ENTRY_SPACED_LISTING: Final = re.compile(r"(?P<who>[\u4e00-\u9fff]{2,4})\s*《(?P<work>[^《》]{1,30})》(?P<rest>[^《》,，、;；]{2,40})")
# one note of the label: a size (a unit after each number or once), a year, or a medium (a support before the paint:
# 布面油彩, 亚麻布油画, as well as the media the listings above know)
_LABEL_NOTE: Final = re.compile(
    rf"\s*(?:(?P<size>{_LISTING_SIZE.pattern})|(?P<year>(?:1\d{{3}}|20\d{{2}})\s*年?)"
    rf"|(?P<medium>(?:亚麻布|麻布|布面|布上|纸本|绢本|木板|纸面)(?:油彩|油画|丙烯|蛋彩|色粉)|{_ENTRY_MEDIUM.pattern}"
    rf"|{_LISTING_MEDIUM.pattern}))")


def _entry_spaced_listing(result: ParsedName, text: str) -> bool:
    """`作者 《题》尺寸 材质 年份`: the work, then only a medium, a size or a year after it."""
    m = _ENTRY_SPACED_LISTING.fullmatch(text)
    if not m:
        return False
    rest = m["rest"].rstrip()
    year = None
    noted = painted = sized = False
    pos = 0
    while pos < len(rest):
        note = _LABEL_NOTE.match(rest, pos)
        if note is None or note["year"] and year is not None:
            return False  # a word that is no note (or a second year): no label
        if note["year"]:
            year = int(note["year"].rstrip("年 "))
        else:
            noted = True
            painted = painted or note["medium"] is not None and note["medium"][-1] in "画彩墨色烯"
            sized = sized or note["size"] is not None
        pos = note.end()
    who = m["who"]
    name = _entry_name(who) or (who if _unsurnamed_entrant(who, False) else None)  # `妥木斯`: a Mongolian name
    title = m["work"].strip()
    if not noted or not title:
        return False
    if not name or name in _GAZETTEER or _full_place(name):
        if not (painted and sized):
            return False
        name = None  # round 56: a full label with no name read before the work (`某地《题》油画 100×80cm`, a word,
        # or a name led by a surname the lists lack): the work only; nobody (`美术馆`, `孩子们` would read as names)
    result._set("title", title, "作者 《作品》 尺寸 材质 年份", 0.85)
    result.kind, result.family = "contest_entry", "artwork_entry"
    if painted:
        result.warnings.append(_PAINTED)  # (a painting's medium: the label says so, as before)
    if name is not None:
        _credit_listed_maker(result, name, year, "作者 《作品》 尺寸 材质 年份", shown=name)
    return True


# two-character endings that make a unit whatever comes before them (`文学院`, `宣传部` needs four characters:
# a one-character ending — 部, 院, 处, 科 — after two characters may close a name, `王小科`)
_ENTRANT_UNIT_ENDS: Final = frozenset(("学院", "大学", "中学", "小学", "学校", "中心", "公司", "集团", "银行", "分行", "支行",
                                       "协会", "工会", "党委", "车间", "医院", "团委", "妇联", "机关"))


# what an office's or department's name opens with before 处/部/科/室 (`后勤处`, `财务部`): three characters, not a name
_DEPARTMENT_HEADS: Final = frozenset(
    "后勤 财务 宣传 组织 人事 保卫 管理 教务 学工 总务 科研 外事 基建 资产 审计 监察 纪检 统战 招生 就业 档案 工程 技术 "
    "生产 销售 市场 质检 安全 安监 办公 行政 采购 运营 研发 信息 网络 设备 物资 法务 党政 综合".split())


_ENTRANT_UNIT_LAST: Final = frozenset("会区厂司团处委学室局心所校段科系级组行部间队院联关协協")  # the last characters of _UNIT_SUFFIX's words
# (and of the associations' short names below)
# (a cheap first test) a first segment that may be a unit: two to fifteen characters, a unit's last one, a separator
_ENTRANT_UNIT_HEAD: Final = re.compile(r"[\u4e00-\u9fff]{2,15}[会区厂司团处委学室局心所校段科系级组行部间队院联关协協]\s*[-_+＋，,、／/\s]")
# an artists' association by its usual short name (摄协 = 摄影家协会, 美协, 书协 …) after the place or works it
# belongs to (`某县摄协`, `某厂摄协`): the entrant's unit, which no _UNIT_SUFFIX word closes
_ENTRANT_ASSOC_ENDS: Final = frozenset("摄协 影协 美协 书协 作协 音协 舞协 剧协 曲协 民协 视协 攝協 影協 美協 書協 作協".split())


def _entrant_unit(seg: str) -> bool:
    """The entrant's unit as a segment of its own: a unit word (_UNIT_ONLY), no gazetteer place, four
    characters or more — or three with a two-character unit ending or a department's head (`后勤处`)."""
    if seg[-1:] in "协協":
        return 4 <= len(seg) <= 16 and seg[-2:] in _ENTRANT_ASSOC_ENDS and _CJK.fullmatch(seg) is not None
    return 3 <= len(seg) <= 16 and seg[-1] in _ENTRANT_UNIT_LAST and (
        len(seg) >= 4 or seg[-2:] in _ENTRANT_UNIT_ENDS or seg[-1] in "处部科室" and seg[:2] in _DEPARTMENT_HEADS) \
        and seg not in _GAZETTEER and _UNIT_ONLY.fullmatch(seg) is not None


def _entry_work_name_unit(result: ParsedName, text: str) -> bool:
    """`题-张三-某学院`, `某某部_张三_题`: three segments, the entrant's unit at either end, the entrant beside it
    and the work at the other end; the name shape is vouched for by the unit (`段为`)."""
    if not text or text[-1] not in _ENTRANT_UNIT_LAST and not _ENTRANT_UNIT_HEAD.match(text):
        return False  # (speed) a unit's last character at one end, before the split (`图：`: nothing left)
    segs = _ENTRY_FIELD_SEP.split(text)
    if len(segs) != 3 or not 2 <= len(segs[1]) <= 3 or not segs[0] or not segs[2]:
        return False  # (the entrant, two or three characters, in the middle)
    if _entrant_unit(segs[2]):
        title, raw, unit = segs
    elif _entrant_unit(segs[0]):
        unit, raw, title = segs
    else:
        return False
    if _is_name(raw) and not _is_name(unit) and unit[-1] not in "协協":
        return False  # (a strict name beside a unit no name could be: _unit_layout reads it; not an association)
    name = _entry_name(raw)
    if not name or len(name) > 3 or name in _GAZETTEER or _full_place(name) or _UNIT_ONLY.fullmatch(raw):
        return False
    if not _CJK.fullmatch(title) or _entrant_unit(title) or len(title) <= 3 and _entry_name(title) \
            or _ENTRY_RANK_GATE.search(title):
        return False  # a second name, a unit or an award where the work should be: nobody is sure
    result._set("photographers", [name], "作品-姓名-单位", 0.75)
    result._set("units", [unit], "作品-姓名-单位", 0.7)
    result.kind = result.family = "contest_entry"
    _set_plain_title(result, title, is_title=True)
    return True


def _apply_entry_fields(result: ParsedName, text: str) -> bool:
    """The layouts of this block (see its comment); True when one read the whole name."""
    last = text[-1:]
    if (last in ")）" and text[-2:-1] in _AUTHORED_VERB_CHARS or last in _AUTHORED_VERB_CHARS and text[:1] == "《") \
            and _entry_authored_bracket(result, text):
        return True
    if text[:1] == "《":
        return last > "\u4e00" and _entry_work_notes(result, text)
    if len(text) <= 40 and _entry_work_name_unit(result, text):
        return True
    return last == "》" and _entry_home_name_work(result, text)
