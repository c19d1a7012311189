"""Step 5, a text's tail: credits with a place and year, fax and dated tails, shot-at places, dated
places, book entries (`_take_credit_shot_at`, `_apply_dated_place`).

Reads lexicon, result, stamps, people, places_scan, places_finders, places, credits_body,
credits_bylines, credits_grammar, credits, dates, titles, captions, artworks, segments, text_fields.
Serves text_body.
"""

from __future__ import annotations

import re
from typing import Final

from .artworks import _HAS_SEP
from .captions import _AGENCY_ONLY_TAIL, _SHOT_AT_RULE, _cut_saved_page_dash, _may_end_in_agency
from .credits import _find_credit
from .credits_body import _Credit, _parse_credit_body, _tail40, _vouched_names
from .credits_bylines import _SENTENCE_OR_DIGIT, _SENTENCE_PUNCT
from .credits_grammar import _bracket_day
from .dates import _CN_DIGITS, _TEXT_DATE_START, _cn_date_digits, _set_year_month_day
from .lexicon import (
    _AGENCY_TRIE,
    _AMBIGUOUS_PLACES,
    _DIVISION_FULL,
    _GAZETTEER,
    _HAND_GAZETTEER,
    _PROVINCE_SET,
    _UNIT_SUFFIX,
    _simplified,
)
from .people import (
    _CJK,
    _PLACE_END_CHARS,
    _credible_name,
    _is_bare_credited,
    _is_common_name,
    _is_name,
    _is_title_word,
    _reads_as_name,
)
from .places import _caption_place, _full_place
from .places_finders import _CN_DATE, _PEOPLE_AFTER
from .places_scan import _gaz_name_length, _scan_place
from .result import ParsedName
from .segments import _UNIT_NAME, _segment_credit
from .stamps import _valid_date
from .text_fields import _CONTEST_WORDS
from .titles import _EVENT_END

_UNCLOSED_OPEN: Final = frozenset("(（[【")


# round 42: the verb first, then the reporters' byline (`…舞动某江 摄 本报记者 X Y Z`, `… 摄影 记者 X`): a role vouches
# for the names after it, however many; the verb goes with the credit, not the title
_VERB_FIRST_BYLINE: Final = re.compile(
    r"\s(?:摄影|拍摄|摄)\s+(?P<body>(?:本报|本刊|本台|特约|首席|全媒体|融媒体)?(?:摄影记者|记者|通讯员)\s*"
    r"[\u4e00-\u9fff]{2,4}(?:[\s、][\u4e00-\u9fff]{2,4}){0,7})$")


def _verb_first_byline(text: str, credit: _Credit | None) -> _Credit | None:
    """`…。摄 本报记者 X Y Z`: the byline read as if its verb closed it (`本报记者 X Y Z 摄`), the verb cut with it."""
    m = _VERB_FIRST_BYLINE.search(text, max(0, len(text) - 60))
    if m is None or credit is not None and credit.start < m.start("body"):
        return credit
    got = _find_credit(f"{text[: m.start()]}。{m['body']} 摄")
    if got and got.names and got.role and got.start > m.start():
        got.start = m.start()
        return got
    return credit


def _credit_pair(text: str, last: _Credit) -> _Credit:
    """`…。本报记者 X 摄 本报通讯员 Y 摄`: two role credits in a row, each with its verb; both are the photographers."""
    prev = _find_credit(text[: last.start].rstrip())
    if prev is None or not prev.role or not prev.names or prev.start == 0 or _SENTENCE_OR_DIGIT.search(text, prev.start,
                                                                                                        last.start):
        return last
    return _Credit(prev.start, prev.names + [n for n in last.names if n not in prev.names], prev.agency or last.agency,
                   prev.role, prev.rule, min(prev.confidence, last.confidence), prev.units + last.units, prev.day or last.day)
# a photographer's archive credit: the name, 摄, then where and the year, in either order and glued or spaced
# (`（张三摄 台湾 台北1987）`, `（张三摄 1985台北）`, `（张三摄 北京 1990年）`): the credit, the place and the year
_CREDIT_PLACE_YEAR: Final = re.compile(r"[(（](?P<who>[^()（）\s]{2,12}?)\s*(?:摄影|摄)\s+(?P<rest>[^()（）]{2,24})[)）]$")
_CREDIT_BLOCK_YEAR: Final = re.compile(r"^(?P<a>[^\d]*)(?P<Y>(?:19|20)\d{2})年?(?P<b>[^\d]*)$")


def _take_credit_place_year(result: ParsedName, text: str) -> str:
    m = _CREDIT_PLACE_YEAR.search(text, _tail40(text))
    if m is None or m.start() == 0:
        return text
    year = None
    places = []
    for token in m["rest"].split():
        y = _CREDIT_BLOCK_YEAR.match(token)
        if y:
            if year:
                return text
            year = y["Y"]
            token = y["a"] or y["b"]
            if y["a"] and y["b"]:
                return text
        if token:
            scan = _scan_place(token, 0)
            if scan.end != len(token) or not scan.first_gaz or _is_name(token):
                return text
            places.append(token)
    if not places and not year:
        return text
    if year and not result.date:
        result._set("date", year, "（X摄 地点 年份）", 0.8)
        result._set("date_kind", "shot", "（X摄 地点 年份）", 0.8)
    if places and not result.place:
        result._set("place", places[-1], "（X摄 地点 年份）", 0.7)
    return f"{text[: m.start()]}（{m['who']}摄）"


# a supplied picture the agency's reporter only sent on (`…。（民众提供）中央社记者X传真 112年2月18日`): the day
# is read (three-digit years are the Minguo calendar), the reporter is no photographer, the supplier no person
_FAX_DATED_TAIL: Final = re.compile(
    r"[。\s]*(?:[(（][^()（）]{2,12}(?:提供|供图)[)）])?\s*(?P<agency>" + _AGENCY_TRIE + r")?\s*记者\s*"
    r"[\u4e00-\u9fff]{2,4}\s*传真(?:\s*(?P<Y>\d{2,4})年(?P<M>\d{1,2})月(?P<D>\d{1,2})日)?$")


def _take_fax_dated_tail(result: ParsedName, text: str) -> str:
    m = _FAX_DATED_TAIL.search(text, max(0, len(text) - 48))
    if m is None or m.start() == 0:
        return text
    day = _bracket_day(m) if m["Y"] else None
    if day and not result.date:
        result._set("date", day, "记者X传真 日期", 0.8)
        result._set("date_kind", "shot", "记者X传真 日期", 0.8)
    if m["agency"] and not result.agency:
        result._set("agency", m["agency"], "记者X传真 日期", 0.7)
    result.warnings.append("credit without a name")
    return text[: m.start()]


_CREDIT_SHOT_AT: Final = re.compile(
    r"(?:[。，,；;]|——(?P<unit>[\u4e00-\u9fff]{2,10}?(?:" + _UNIT_SUFFIX + r"|馆)))\s*"  # round 55: `——<单位><姓名> 摄于…`
    r"(?P<who>[\u4e00-\u9fff]{2,4})\s*(?:拍摄于|摄于)\s*(?P<where>[^。，,；;()（）\s]{2,20})$"
)


# session 13: the credit and the day it was shot in one closing bracket (`…春游 (张三 摄于2016年3月21日)`)
# session 26: 摄于 in a closing bracket (the text is read in simplified script): a decade (`(摄于上世纪60年代)`), a day or a
# year, a place, and who shot it after the place (`（摄于婺源 某某）`)
_BRACKET_SHOT_AT: Final = re.compile(r"\s*[(（](?:拍摄于|摄于|拍于)\s*(?P<where>[^()（）\s，,、]{1,12}?)"
                                     r"(?:[\s，,]+(?P<who>[\u4e00-\u9fff]{2,4}))?\s*[)）]$")
_DECADE: Final = re.compile(r"(?:上世纪|上个世纪|\d{2}世纪)?(?:\d{2}|[一二三四五六七八九]十)年代(?:初|中|末|中期|末期|初期)?")
_BRACKET_SHOT_ON: Final = re.compile(r"\s*[(（](?P<body>[^()（）]{0,20}?)\s*(?:拍摄于|摄于|拍于)\s*"  # (session 17: 拍于, a
                                     r"(?P<Y>(?:18|19|20)\d{2})\s*年(?:\s*(?P<M>\d{1,2})\s*月(?:\s*(?P<D>\d{1,2})\s*日)?)?"  # year or a
                                     r"\s*[)）]$")  # month alone: `（摄于1881年）`)
# (session 26: after a space as after a comma, `老街 摄于1995年`; the year first, `某某 1909年摄于杭州`, an old
# picture's caption: the year it was taken, then where)
_SHOT_AT_TAIL: Final = re.compile(r"(?:[。，,；;]\s*|\s+)(?:(?P<Y>1[89]\d{2}|20\d{2})\s*年\s*(?:(?P<M>\d{1,2})\s*月\s*)?)?"
                                  r"(?:拍摄于|摄于)\s*(?P<where>[^。，,；;()（）\s]{2,20})$")


# round 21: `…2014年12月31日摄影湖南永州`, `…5月1日拍摄于杭州西湖`: the day, a shooting verb, then where
_DATED_SHOT_PLACE: Final = re.compile(
    r"(?:(?P<Y>(?:19|20)\d{2})\s*年\s*)?(?P<M>\d{1,2})\s*月\s*(?P<D>\d{1,2})\s*日\s*(?:摄影|拍摄|摄)于?\s*"
    r"(?P<where>[\u4e00-\u9fff]{2,16})$"
)


def _take_dated_shot_place(result: ParsedName, text: str) -> str:
    m = _DATED_SHOT_PLACE.search(text, max(0, len(text) - 32))
    if not m:
        return text
    where = m["where"]
    scan = _scan_place(where, 0)
    if scan.end != len(where) or not scan.first_gaz or _is_name(where) or where in _AMBIGUOUS_PLACES:
        return text  # `5月1日摄影张三`: a name, not a place
    day = _valid_date(int(m["Y"]), int(m["M"]), int(m["D"])) if m["Y"] else None
    if day and not result.date:
        result._set("date", day, "日期+摄影+地点", 0.8)
        result._set("date_kind", "shot", "日期+摄影+地点", 0.8)
    elif not m["Y"] and not result.date_partial and (leap := _valid_date(2000, int(m["M"]), int(m["D"]))):
        result._set("date_partial", leap[5:], "日期+摄影+地点", 0.6)  # 2000: a leap year, so 2月29日 passes
    result._set("place", where, "日期+摄影+地点", 0.8)
    return text[: m.start()].rstrip(" ，,。")


# an exhibition's label after the work: the year and month, 拍摄于 and where (`某某 《题》 2020年8月拍摄于某县某镇`,
# 甘肃省文联's invitational show of 2023): the month and the place, as the day's form above reads them; a place the
# gazetteer does not cover to its end (`…拍摄于甘肃合作浪山节上`) is left to the caption's place finder
_MONTH_SHOT_PLACE: Final = re.compile(
    r"(?P<Y>(?:19|20)\d{2})\s*年\s*(?P<M>\d{1,2})\s*月\s*拍摄于\s*(?P<where>[\u4e00-\u9fff]{2,16})$")


def _take_month_shot_place(result: ParsedName, text: str) -> str:
    m = _MONTH_SHOT_PLACE.search(text, max(0, len(text) - 28))
    if not m or not 1 <= int(m["M"]) <= 12 or _is_name(m["where"]):
        return text
    where = m["where"]
    scan = _scan_place(where, 0)
    if scan.end == len(where) and scan.first_gaz and where not in _AMBIGUOUS_PLACES:
        result._set("place", where, "年月+拍摄于+地点", 0.75)
    else:
        _caption_place(result, text[m.start():])
        if not result.place:
            return text  # `…拍摄于张三家`: no place read, the words stay
    if not result.date:
        result._set("date", f"{m['Y']}-{int(m['M']):02d}", "年月+拍摄于+地点", 0.75)
        result._set("date_kind", "shot", "年月+拍摄于+地点", 0.75)
    return text[: m.start()].rstrip(" ，,。")


# Round 62: a caption that opens on who took the picture and when, `X于2016年4月拍摄某某口岸建设场景` (the month or the day,
# then 拍摄): X is the photographer, the day the date; one strict name with a surname, no place, and only where no credit
# named anyone (`…受访者供图`, the interviewee who took it, names nobody itself)
_HEAD_SHOOTER: Final = re.compile(
    r"(?P<who>[\u4e00-\u9fff]{2,4}?)于(?P<Y>(?:19|20)\d{2})年(?P<M>\d{1,2})月(?:(?P<D>\d{1,2})日)?拍摄(?![于的])")


def _head_shooter(result: ParsedName, text: str) -> None:
    m = _HEAD_SHOOTER.match(text)
    if m is None or not _is_bare_credited(m["who"]) or _gaz_name_length(m["who"], 0) >= 2:
        return
    result._set("photographers", [m["who"]], "X于YYYY年M月拍摄", 0.75)
    if not result.date:
        _set_year_month_day(result, m)


# session 17: a name that opens on who shot the work (`某某拍摄的风光摄影作品《题》`): the photographer, where no credit named
# anyone (a name of three characters or more, no place: `游客拍摄的`, `张家界拍摄的`, `夏季拍摄的《题》` name nobody)
_SHOT_BY_LEAD: Final = re.compile(r"(?P<who>[\u4e00-\u9fff]{2,4}?)(?:拍摄|摄)的(?=[\u4e00-\u9fff《“「])")


# session 20: `中国摄影师某某拍摄的照片《题》获得…`, `瑞典摄影师某·某于<day>在<place>拍摄的…照片`: the role vouches for the
# name after it, the work pictured is the one the caption is about
_PHOTOGRAPHER_SHOT_BY: Final = re.compile(r"[\u4e00-\u9fff]{0,4}?摄影(?:师|记者)(?P<who>[\u4e00-\u9fff]{1,6}[·•][\u4e00-\u9fff]{1,6}"
                                          r"|[\u4e00-\u9fff]{2,4}?)(?:于[^，,。；;]{2,30}?)?(?:拍摄|摄)的")


# session 26: `某某攝——題`: who shot it first, then a dash and the work (a photo club's page lists its members' pictures
# so); a name a surname vouches for (`晨光摄——某某` is a title's words)
_SHOT_DASH_LEAD: Final = re.compile(r"(?P<who>[\u4e00-\u9fff]{2,4}?)\s*[摄攝]影?\s*(?:——|—|--|-)\s*(?P<work>[^—\-/]{2,40})")


# session 26: `…作品「某某」,由某某在某地拍攝。`: shot by whom, and where, inside a caption sentence
_SHOT_BY_WHOM: Final = re.compile(r"由(?P<who>[\u4e00-\u9fff]{2,4}?)(?:在(?P<where>[\u4e00-\u9fff]{2,12}?))?(?:拍[摄攝]|[摄攝]影?)(?:[，,。；;的]|$)")


def _credited_unkeyed(who: str) -> bool:
    """A name credited with no key or role around it, in either script: a strict name with a surname that is no common
    noun, and no known place opening it."""
    plain = _simplified(who)
    return _is_bare_credited(plain) and _gaz_name_length(plain, 0) < 2


def _lead_shot_by(result: ParsedName, text: str) -> None:
    m = _SHOT_BY_WHOM.search(text) if "由" in text else None
    if m and _credited_unkeyed(m["who"]):
        result._set("photographers", [m["who"]], "由X(在Y)拍摄", 0.7)
        if m["where"] and not result.place and (len(m["where"]) >= 3 or _full_place(_simplified(m["where"]))):
            result._set("place", m["where"], "由X在Y拍摄", 0.65)
        return
    m = _SHOT_DASH_LEAD.fullmatch(text)
    if m and _credited_unkeyed(m["who"]):
        result._set("photographers", [m["who"]], "X摄——题", 0.7)
        result._set("title", m["work"].strip().strip("《》"), "X摄——题", 0.7)
        return
    m = _SHOT_BY_LEAD.match(text)
    if m and len(m["who"]) >= 3 and _credited_unkeyed(m["who"]):
        result._set("photographers", [m["who"]], "X拍摄的…", 0.7)
        return
    m = _PHOTOGRAPHER_SHOT_BY.match(text) if "摄影" in text[:8] else None
    if m and ("·" in m["who"] or "•" in m["who"] or _is_name(m["who"])) and m["who"] not in _GAZETTEER:
        result._set("photographers", [m["who"]], "摄影师X拍摄的…", 0.7)


def _take_bracket_shot_at(result: ParsedName, text: str, note: re.Match[str]) -> str:
    """Session 26: `秋色（摄于婺源 某某）`, `山居秋暝（摄于途中）`, `合影（摄于2019年春）`: where (a place, or a day or year), and
    who where a name follows; the words before the bracket are the title (a way or a spot named by no one says nothing)."""
    who, where = note["who"], note["where"]
    if _DECADE.fullmatch(where):
        return text[: note.start()]  # `姐妹(摄于上世纪60年代)`: a decade, no day and no place
    if where[:1] == "年" or "月" in where and where.endswith("日"):
        return text  # (`…。(摄于年3月28日)`: a wire's day note the labels keep in the caption)
    if who and _is_bare_credited(_simplified(who)):
        result._set("photographers", [who], "（摄于 Y X）", 0.8)
    elif who and not result.place and _full_place(_simplified(who)):
        result._set("place", who, "（摄于 day Y）", 0.75)  # `全家福（摄于1976年 北京）`: the year, then where
    day = _TEXT_DATE_START.match(where) if where[:1].isdigit() else None
    if day and not result.date:
        _set_year_month_day(result, day)
    elif not day and not result.place and _full_place(_simplified(where)):
        result._set("place", where, "（摄于 Y）", 0.75)
    return text[: note.start()]


def _take_bracket_shot_on(result: ParsedName, m: re.Match[str]) -> bool:
    """Session 13: the credit and the day in one closing bracket (`…春游 (张三 摄于2016年3月21日)`), or the day alone
    (`(摄于2016年3月21日)`); False where the body names nobody a role, an outlet or a common name vouches for."""
    body = m["body"].strip()
    got = _parse_credit_body(body, strict=False) if body else None
    names = _vouched_names(got)
    if body and not names:
        return False
    if names and got:
        rule = "（X 摄于YYYY年M月D日）"
        result._set("photographers", names, rule, 0.85)
        if got[1] and not result.agency:
            result._set("agency", got[1], rule, 0.85)
        if got[2] and not result.role:
            result._set("role", got[2], rule, 0.85)
    if not result.date:
        _set_year_month_day(result, m)
    return True


def _take_credit_shot_at(result: ParsedName, text: str) -> str:
    """`…。李明 摄于杭州西湖`, `…。李明 摄于2023年5月1日`: who shot it, then where or when."""
    m = _BRACKET_SHOT_ON.search(text, max(0, len(text) - 40)) if text[-1:] in ")）" else None
    if m and m.start() > 0 and _take_bracket_shot_on(result, m):
        return text[: m.start()]
    if text[-1:] in ")）" and (note := _BRACKET_SHOT_AT.search(text, max(0, len(text) - 24))) and note.start() > 0:
        return _take_bracket_shot_at(result, text, note)
    m = _CREDIT_SHOT_AT.search(text)
    if m is None or not _is_name(m["who"]) or _gaz_name_length(m["who"], 0) >= 2:
        m = _SHOT_AT_TAIL.search(text)  # `晨曦，摄于西安`, `…散步，摄于杭州西湖`: where (or when), no who
        if m is None or m.start() == 0:
            return text
        if text[m.start()].isspace() and not m["Y"] and not m["where"][:1].isdigit():
            return text  # `某某 摄于某地`: who shot it or who is pictured, and where, as the segments read it (after a
            # space only a day, `老街 摄于1995年`, or a year before the verb, `某某 1909年摄于某地`, is read here)
        if text[m.start()].isspace() and not m["Y"] and _is_bare_credited(_simplified(text[: m.start()].strip())):
            result._set("photographers", [text[: m.start()].strip()], "X 摄于", 0.7)  # `某某 摄于2023年`: who shot it, then when
            text = " " * m.start() + text[m.start():]  # (the name is the credit's, no title's)
    else:
        result._set("photographers", [m["who"]], "X 摄于", 0.85)
        if m["unit"] and not result.units:
            result._set("units", [m["unit"]], "unit before name", 0.7)  # round 55: `——<单位><姓名> 摄于…`: the
            result.kind = result.family = "contest_entry"  # layout of a contest's export (RULES.md: `<作品名>-<单位><作者>`)
    if m.groupdict().get("Y") and not result.date:
        _set_year_month_day(result, _YEAR_AND_MONTH.fullmatch(f"{m['Y']}-{m['M'] or ''}") or m)
    where = m["where"]
    if where[:1] in _CN_DIGITS or where[:1] == "十":  # `摄于二〇二一年五月一日`
        cn = _CN_DATE.fullmatch(where)
        where = _cn_date_digits(cn) if cn else where
    day = _TEXT_DATE_START.match(where) if where[:1].isdigit() else None
    if day and day.end() == len(where):
        _set_year_month_day(result, day)
    elif _full_place(where) or _gaz_name_length(where, 0):
        result._set("place", where, _SHOT_AT_RULE, 0.75)
    return text[: m.start()]


_YEAR_AND_MONTH: Final = re.compile(r"(?P<Y>\d{4})-(?P<M>\d{0,2})(?P<D>)")  # (a year and a month as _set_year_month_day reads them)
_DASH_TAIL: Final = re.compile(r"(?<!—)—(?P<tail>[\u4e00-\u9fff0-9]{4,16})$")
_DASH_NAME: Final = re.compile(r"(?<!—)—(?P<tail>[\u4e00-\u9fff]{2,3})$")


def _dash_before_unit_name(text: str) -> str:
    """`丹心向党—常州支行李莺`, `春暖花开—张三`: one dash before a (unit-glued) name separates title
    and author; elsewhere a single dash stays inside the title (`水天一色—栗雨湖`: 栗 is a rare
    surname and 湖 ends places)."""
    m = _DASH_TAIL.search(text) or _DASH_NAME.search(text)
    if m is None:
        return text
    tail = m["tail"]
    glued = _UNIT_NAME.fullmatch(tail)
    if glued and _is_name(glued["name"]):
        return text[: m.start()] + "-" + tail
    if _is_common_name(tail) and tail[-1] not in _PLACE_END_CHARS and not _HAS_SEP.search(text[: m.start()]):
        return text[: m.start()] + "-" + tail
    return text


_DATED_SEQ: Final = re.compile(r"[_\s-]\d{1,3}$")
_DATED_WORDS: Final = re.compile(r"[\u4e00-\u9fff]{3,12}")


def _apply_dated_place(result: ParsedName, text: str) -> bool:
    """`20240201泰国芭提雅`, `20181004_福州上下杭_04`: a timeline name is the day and where it was.

    Only when the words open with a known, unambiguous place; an event after it
    (`20240810无锡演唱会`) keeps the words as the title and the opening name as the place.
    """
    rule = result.evidence["date"].rule if result.date else ""
    if rule != "YYYYMMDD prefix":
        return False
    words = _DATED_SEQ.sub("", text.strip())
    if not _DATED_WORDS.fullmatch(words):
        return False
    bare = words[: _gaz_name_length(words, 0)]
    if not bare or bare in _AMBIGUOUS_PLACES or _PEOPLE_AFTER.match(words, len(bare)):
        return False
    if bare not in _HAND_GAZETTEER and bare not in _DIVISION_FULL and bare not in _PROVINCE_SET:
        return False
    if len(words) - len(bare) > 5:
        return False  # `20201023_滁州金秋时节收获忙`: a longer phrase is a caption
    if _EVENT_END.search(words) or _is_title_word(words[len(bare):]):
        result._set("place", bare, "YYYYMMDD + place + event", 0.6)
        result._set("title", words, "YYYYMMDD + place + event", 0.7)
    else:
        result._set("place", words, "YYYYMMDD + place", 0.7)
    result.kind, result.family = "titled", "dated_place"
    return True


def _credit_before_agency(result: ParsedName, text: str) -> _Credit | None:
    """`…。袁选国摄 新华网发`: the agency that published the photo follows the credit."""
    tail = _AGENCY_ONLY_TAIL.search(text, _tail40(text)) if _may_end_in_agency(text) else None
    if not tail or tail.start() == 0:
        return None
    credit = _find_credit(_cut_saved_page_dash(text[: tail.start()]))  # (`…。X 摄. (3) - 某某网`: a saved page's)
    if credit and not result.agency:
        result._set("agency", tail["agency"].removesuffix("发"), "agency after credit", 0.8)
    return credit


_CITING_VERBS: Final = ("阅读", "读", "表演", "演唱", "演出", "朗诵", "观看", "学习", "创作", "书写", "临摹", "排练", "展示", "合唱", "演奏")
_AWARD_LABEL: Final = re.compile(r"\s*[\u4e00-\u9fff]{0,8}(?:奖|名|等奖|入围|入选|佳作)\s*[:：]\s*")


# a quotation inside a caption sentence: what someone said after a comma or a colon (`…受访重申,「…」`), or a
# quoted name the sentence runs on from (`某港「某桥」卅一日起增加夜间开启`): words of the caption, not its title
_TITLE_QUOTE_RUNS_ON: Final = re.compile(r"[\u4e00-\u9fff]{8}")


# (step 5 reads simplified text; review: not 说, 称 alone, inside 小说, 名称, 称号)
_SAYING: Final = re.compile("批评|表示|形容|指出|质疑|呼吁|强调|直言|回应|认为")
_TITLE_PUBLICATION: Final = re.compile(r"(?<!回)(?:报|周刊|月刊|期刊|杂志)$")  # (日报, 晚报 … all end in 报; session 13: not
# 回报, a repaying, `《我用春色回报》`; 文汇报, 申报 and what a caption shows put up or read, `张贴《某某海报》`, `《气象预报》`,
# `《丰收喜报》`, stay what the caption names)


def _quote_inside_sentence(before: str, after: str) -> bool:
    if len(before) >= 6 and before[-1] in ",，:：" and _CJK.match(before[0]):
        return True
    return len(before) >= 2 and _CJK.match(before[-1]) is not None and _TITLE_QUOTE_RUNS_ON.match(after) is not None


def _cites_work(before: str, after: str) -> bool:
    """A caption sentence naming a 《work》 as the object of what someone is doing there: ten characters or more of words
    before it with 在 (`某地的绣娘在制作刺绣《某某》`), no credit in them, nothing after it, and not closing on 的 (`某某在
    某地创作的《题》` names the work pictured)."""
    if (after or len(before) < 10 or before[-1] == "的" or not _CJK.fullmatch(before) or _CONTEST_WORDS.search(before)
            or _CITER_CREDIT.search(before)):
        return False
    return _DOING_AT.search(before) is not None


def _performs_work(before: str, after: str) -> bool:
    """Session 13: a caption whose people perform the 《work》 (`村民们表演苗族歌鼟《饭歌》`, `学生们演唱《某某》`): someone
    (two characters or more) before the verb, no credit, nothing after it but the credit the text path reads."""
    m = _PERFORMING.search(before) if not after and _CJK.fullmatch(before) else None
    return m is not None and m.start() >= 2 and not _CITER_CREDIT.search(before) and not _CONTEST_WORDS.search(before)


_DOING_AT: Final = re.compile("(?<![所现存实自])在(?!线)")  # 在, at or doing (not 在线, online; 所在, 现在 …)
_PERFORMING: Final = re.compile("(?:表演|演唱|演奏|演绎|朗诵|合唱|齐唱|吟唱|跳起)了?")
_CITER_CREDIT: Final = re.compile("摄|拍|作者|供图|图片|来源|提供")


def _is_book_entry(text: str, book: re.Match[str]) -> bool:
    """《title》 opens the name, or the text around it is short enough to be a credit."""
    outside = text[: book.start()] + text[book.end():]
    if book["b"] and (len(outside) > 20 or _SENTENCE_PUNCT.search(outside)):
        return False  # `（新春走基层）1月20日，…`: a bracketed column before a caption, not a title
    if book["q"] and len(outside) > 12 and _SENTENCE_PUNCT.search(outside):
        return False  # round 21: `「X」消夏「村晚」,如同…,在…点燃`: a quoted event name inside a caption sentence
    before, after = text[: book.start()], text[book.end():]
    if book["q"] and _quote_inside_sentence(before, after):
        return False
    if book["q"] and (len(before) >= 8 and not after.strip() and ("，" in before or "," in before or "、" in before)
                      or not before.strip() and len(after) >= 8 and _CJK.match(after) and not _CREDIT_AT_END.search(after)):
        return False  # session 25 (set 134): `某某與某某同框，喊「某某」`, `「某某」影展暨成果發表會即將舉行`: Taiwan's
        # 「」 quote a word or an event inside a caption sentence, which is the title
    if book["q"] and len(before) >= 6 and not after.strip() and _SAYING.search(before):
        return False  # session 13: `某某批評某某和某某「某某相衛」`: a quotation a caption sentence reports, no work
    if book["q"] and before[-1:] == "的" and len(before) >= 6 and not after.strip():
        return False  # round 62: `某地境内星空下的「某林」`: 「」 quote as “” do in 繁 text, the phrase's head noun, not a work
    if book["t"] and book["t"][-1] in "报刊志" and _TITLE_PUBLICATION.search(book["t"]) and len(before) + len(after) >= 6:
        return False  # `市民购买《某某日报》`, `《某报》最后一晚,市民…`: a newspaper the caption names, not the title
    if before and before[-1] in ":：" and _AWARD_LABEL.fullmatch(before):
        return True  # round 24: `金镜头奖：《惊喜》 1月20日,…`: the award, the work, then its caption
    if (before and after and _CJK.match(before[-1]) and _CJK.match(after[0]) and not _is_name(after)
            and not _is_name(before) and not _CONTEST_WORDS.search(before)):
        return False  # `馆藏古籍《永乐大典》书影`: a work cited inside the words, which are the title
    if _work_as_subject(after, mid=len(before.strip()) >= 3):
        return False  # session 25 (set 132): `《某某》是…最秀丽之处。`, `某某作品《某某》獲得特等獎。`: the work is what the
        # sentence tells of, the sentence the caption
    if len(before) >= 6 and before.endswith(("作品", "画作", "作品的")) and _LOOKS_AT.search(before):
        return False  # session 26: `参观者欣赏某代某某的作品《题》`, `某某说明作品「题」`: someone looking at or explaining a
        # work, the sentence the caption
    if not after.strip(" 。.") and _AWARDED_WORK_BEFORE.search(before) and not _SEEN_BY.search(before):
        return True  # session 26: `第五届某某大赛一等奖作品《某某》。`, `年度大獎作品《某某》`: the award's line names the
        # work it shows, which is the title (a sentence running on after the work stays the caption)
    if before.endswith("作品") and _segment_credit(before.strip()):
        return True  # session 12: `图为某某水粉作品《…》`, `某某老师作品《…》`: the artist, then the work pictured
    if before.startswith(("图为", "图中为")) and len(before) > 4:
        return False  # `图为…演员表演群舞《鼓岭韵》`: a caption sentence names the work it shows
    if before.endswith(_CITING_VERBS):
        return False  # `读者在阅读《红楼梦》`: what people read, sing or perform is part of the caption
    if _cites_work(before, after) or _performs_work(before, after):
        return False  # `某地的绣娘在制作刺绣《某某》`: the work is what the sentence is about
    return not text[: book.start()].strip() or (len(outside) <= 20 and not _SENTENCE_PUNCT.search(outside)) \
        or not after.strip() and len(before) <= 40 and _FIELDS_BEFORE_BOOK.fullmatch(before) is not None  # session 24


_LOOKING: Final = "欣赏|观看|观赏|参观|说明|介绍|讲解|端详|驻足|细看|品鉴|浏览"  # (the text is read in simplified script)
_LOOKS_AT: Final = re.compile(_LOOKING)
# who looks at the work in a sentence (`市民在欣赏获奖作品《某某》`, `图为某某的…`): the caption tells of it
_SEEN_BY: Final = re.compile(rf"^图中?为|在|的|{_LOOKING}|展出|展示|看")
_AWARDED_WORK_BEFORE: Final = re.compile(r"(?:[奖獎]|[一二三四五六七八九十]名|入[选選围圍]|[获獲][奖獎]|[参參][赛賽展])作品\s*$")
_CLAUSE_AFTER_WORK: Final = re.compile(r"[，,]?(?P<clause>[\u4e00-\u9fff][^。！？!?]{4,}?)[，,。；;！？!?]")


def _work_as_subject(after: str, *, mid: bool) -> bool:
    """Words glued after the work (or after a comma) running on as a clause of five characters or more and closed by a
    sentence's punctuation (or by the end where words stood before the work too, `mid`): a caption sentence whose subject
    is the work (not `《题》 1月20日,…`, spaced, nor `《题》张三摄`, `《题》获一等奖`: a credit or a result, no clause)."""
    m = _CLAUSE_AFTER_WORK.match(after) or (_CLAUSE_TO_END.fullmatch(after) if mid else None)  # (the caller took the
    # credit and the last stop off; a name and a unit glued after an opening work are an entry's, `《题》某某某某支行`)
    if m is None:
        return False
    clause = m["clause"]
    if sum("\u4e00" <= ch <= "\u9fff" for ch in clause) < 5 or _CREDIT_IN_CLAUSE.search(clause) \
            or clause[0] in _ENTRY_CLAUSE_FIRST or " " in clause or "\u3000" in clause:
        return False  # (a label's parts are spaced, `《题》综合材料 六尺对开`, `《题》之三 某某`: no sentence)
    last = _LAST_FIELD.search(after)
    if last and _credible_name(last["f"]):
        return False  # `《题》，某某中学，某某`: an entry's fields, the entrant closing them
    return not any(_reads_as_name(clause[:k]) or _is_name(clause[:k]) and not _CJK.match(clause[k : k + 1] or "，")
                   for k in (2, 3))  # (`《题》陈某某,摄于…`, `《题》乔某某-某部`: the entrant after the work, a contest's)


_LAST_FIELD: Final = re.compile(r"[，,]\s*(?P<f>[\u4e00-\u9fff]{2,4})[。.]?\s*$")
_CLAUSE_TO_END: Final = re.compile(r"[，,]?(?P<clause>[\u4e00-\u9fff][^。！？!?]{4,40})[。！？!?]?")
_CREDIT_IN_CLAUSE: Final = re.compile(r"(?<![拍])[摄攝]|作者|供[图圖]|提供|[获獲]|[:：\d]")  # a credit, a result, a field or a
# phone: a contest's entry after its work, no sentence
_CREDIT_AT_END: Final = re.compile(r"(?:[摄攝]影?|提供|供[图圖])\s*$|[摄攝]影?\s*[:：／/]|作者")  # (`「題」某某 攝`)
_ENTRY_CLAUSE_FIRST: Final = frozenset("在于摄拍")  # `《题》在某县某乡,…`: an entry's note of where, after its work


# session 24 (probe B): a contest's fields before the work, however long the school's name runs
# (`某市某某双语学校-初二（2）班-某某-《题》`): two to four words between dashes, underscores or pluses, none a clause
_FIELDS_BEFORE_BOOK: Final = re.compile(r"(?:[^\s\-_+，,。；;！？!?]{2,16}[-_+]){2,4}")
