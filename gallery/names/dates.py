"""Step 5c, dates written in text: Chinese and ROC dates, English dates, a caption's date.

Reads result, stamps, people, places_finders, credits_body. Serves captions, segments, text_fields,
text_tails, text_prefixes, text_body.
"""

from __future__ import annotations

import re
from typing import Final

from .credits_body import _parse_credit_body, _vouched_names
from .people import _CJK
from .places_finders import _CN_DATE, _CN_NUMBER, _CN_YEAR
from .result import ParsedName
from .stamps import _THIS_YEAR, _valid_date, _valid_month, _valid_time

# ---------------------------------------------------------------------------------------------
# Step 5c: dates written in text
# ---------------------------------------------------------------------------------------------

_TEXT_DATE_START: Final = re.compile(
    r"^(?:这是|摄于|拍摄于|图为|当地时间|北京时间|[上下左右]图\s*[:：])?"  # (session 17: `上图:1977年…`)
    r"\s*(?P<Y>(?:19|20)\d{2})\s*年(?:\s*(?P<M>\d{1,2})\s*月(?:\s*(?P<D>\d{1,2})\s*"
    r"(?:日|号(?=[^\u4e00-\u9fff]|$|[上下中早晚夜凌清傍]))"  # (session 17: `4月8号,…`; not `8号线`, `8号码头`)
    r"(?P<ap>上午|下午|晚上|晚间|傍晚|清晨|凌晨|中午|夜间|早上|一早|晚)?"  # the part of the day stays with the date
    r"(?:\s*(?P<h>\d{1,2})\s*(?:(?:时|点)\s*(?:(?P<mi>\d{1,2})\s*分)?(?:许|左右)?"  # and the clock (`10时许`: no minute)
    r"|[:：]\s*(?P<mi2>\d{2})(?:\s*[:：]\s*(?P<sec>\d{2}))?))?)?)?"
    r"(?!\d|代|以来|至|到|起|度)"
)
_SHORT_YEAR_DATE: Final = re.compile(r"(?P<YY>\d{2})\s*年\s*(?P<M>\d{1,2})\s*月\s*(?P<D>\d{1,2})\s*日(?![至到\d-])")
_SHOT_ON_DAY: Final = re.compile(r"[(（](?P<M>\d{1,2})月(?P<D>\d{1,2})日摄")
_TEXT_MONTH_DAY: Final = re.compile(r"^(?:这是|图为)?(?P<M>\d{1,2})\s*月\s*(?P<D>\d{1,2})\s*日")
# `当日是2013年春运第一天`, `这一天恰逢2020年的最后一天`: the caption's day is in that year
_SAME_DAY_YEAR: Final = re.compile(r"(?:当日|当天|这天|这一天|是日)(?:是|为|正值|恰逢|正是)(?P<Y>(?:19|20)\d{2})\s*年")
_SHOT_ON_CN_DAY: Final = re.compile(r"[(（](?P<M>[一二三四五六七八九十]{1,2})月(?P<D>[一二三四五六七八九十]{1,3})日摄")
_TEXT_DATE_MARKED: Final = re.compile(
    r"(?:摄于|拍摄于|拍摄时间[:：]?)\s*(?P<Y>(?:19|20)\d{2})\s*年\s*(?P<M>\d{1,2})\s*月\s*(?P<D>\d{1,2})\s*日"
    r"|(?P<Y2>(?:19|20)\d{2})\s*年\s*(?P<M2>\d{1,2})\s*月\s*(?P<D2>\d{1,2})\s*日\s*"
    r"(?:(?:用|由)?(?:无人机|手机)?(?:摄|拍摄)|(?:无人机)?航拍(?=[)）。，,\s的]|$))"  # round 42: how it was shot (`…日无人机拍摄`, `…日航拍`)
)


_CN_DIGITS: Final = {ch: i for i, ch in enumerate("〇一二三四五六七八九")} | {"零": 0, "○": 0, "O": 0}
_CN_DATE_AFTER_CREDIT: Final = re.compile(rf"(?<=摄)于?(?:(?P<Y>{_CN_YEAR})年)?(?P<M>{_CN_NUMBER})月(?P<D>{_CN_NUMBER})日$")


def _cn_number(text: str) -> int:
    """二十七 → 27, 十 → 10, 一百一十三 → 113, 二〇二三 → 2023 (a year is read digit by digit)."""
    if text.isdigit():
        return int(text)
    if "百" in text:
        hundreds, _, rest = text.partition("百")
        rest = rest.lstrip("零〇")
        return _CN_DIGITS.get(hundreds, 1) * 100 + (_cn_number(rest) if rest else 0)
    if "十" not in text:
        return int("".join(str(_CN_DIGITS[ch]) for ch in text))
    tens, _, ones = text.partition("十")
    return (_CN_DIGITS[tens] if tens else 1) * 10 + (_CN_DIGITS[ones] if ones else 0)


# `民国113年5月1日,…`, `113年5月1日,…`, `民国九十二年五月二十七日,…`: the Minguo calendar at a caption's
# start (a three-digit year is never a Gregorian one; a two-digit one only with 民国 before it)
_ROC_NUMBER: Final = r"\d{1,3}|[一二三四五六七八九十百零〇]{1,5}"
_ROC_DATE: Final = re.compile(
    rf"^(?:(?:中华|中華)?民[国國]\s*(?P<Y>{_ROC_NUMBER})|(?P<Y3>1\d\d))\s*年\s*(?P<M>\d{{1,2}}|{_CN_NUMBER})\s*月"
    rf"\s*(?P<D>\d{{1,2}}|{_CN_NUMBER})\s*日"
)


# round 36: `民國71年南下…`: the Minguo year alone at a caption's start (with 民国/民國 before it) is the year
_ROC_YEAR_ONLY: Final = re.compile(rf"^(?:中华|中華)?民[国國]\s*(?P<Y>{_ROC_NUMBER})\s*年(?!代|\s*\d|\s*[一二三四五六七八九十]+\s*月)")


def _roc_date(result: ParsedName, text: str) -> bool:
    m = _ROC_DATE.match(text)
    if not m:
        m = _ROC_YEAR_ONLY.match(text) if text[1:2] in "国國" or text[3:4] in "国國" else None
        if m and 1 <= _cn_number(m["Y"]) <= 130:
            year = str(_cn_number(m["Y"]) + 1911)
            result._set("date", year, "民国 Y年", 0.7)
            result._set("date_kind", "shot", "民国 Y年", 0.6)
            return True
        return False
    day = _valid_date(_cn_number(m["Y"] or m["Y3"]) + 1911, _cn_number(m["M"]), _cn_number(m["D"]))
    if day:
        result._set("date", day, "民国 Y年M月D日", 0.8)
        result._set("date_kind", "shot", "民国 Y年M月D日", 0.7)
    return day is not None


def _cn_date_digits(m: re.Match[str]) -> str:
    """`二〇二三年五月一日` written in Arabic digits (`2023年5月1日`), for the date readers."""
    year = f"{_cn_number(m['Y'])}年" if m["Y"] else ""
    return f"{year}{_cn_number(m['M'])}月" + (f"{_cn_number(m['D'])}日" if m["D"] else "")


def _take_cn_date_tail(result: ParsedName, text: str) -> str:
    """`…中央社记者X摄五月二十七日`: a day in Chinese numerals glued after the credit."""
    m = _CN_DATE_AFTER_CREDIT.search(text)
    if not m:
        return text
    sub = _TEXT_DATE_START.match(_cn_date_digits(m)) if m["Y"] else None
    if sub and sub["D"]:
        _set_year_month_day(result, sub)
    elif not m["Y"]:
        day = _valid_date(2000, _cn_number(m["M"]), _cn_number(m["D"]))
        if day:
            result._set("date_partial", day[5:], "摄 + 中文数字月日", 0.75)
            result._set("date_kind", "shot", "摄 + 中文数字月日", 0.6)
    return text[: m.start()]


_ASCII_LETTERS: Final = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")
_MONTHS_EN: Final = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
# round 24: an English caption's dateline (`April 4, 2024 – …`) and a Hong Kong newsroom's day stamp (`26MAR24`)
_EN_DATELINE: Final = re.compile(
    r"(?P<Mon>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+(?P<D>\d{1,2})[,，]\s*(?P<Y>(?:19|20)\d{2})(?!\d)")
_EN_DAY_STAMP: Final = re.compile(
    r"(?<![A-Za-z0-9])(?P<D>\d{2})(?P<Mon>JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)(?P<YY>\d{2})(?![A-Za-z0-9])")


def _english_date(result: ParsedName, text: str) -> bool:
    m = _EN_DATELINE.match(text)
    year = int(m["Y"]) if m else 0
    if m is None:
        m = _EN_DAY_STAMP.search(text)
        year = 2000 + int(m["YY"]) if m else 0
    day = _valid_date(year, _MONTHS_EN.index(m["Mon"][:3].lower()) + 1, int(m["D"])) if m else None
    if day:
        result._set("date", day, "English dateline", 0.75)
    return day is not None


_EN_NAMED_SPOT: Final = re.compile(
    r"\b(?:at|on|near)\s+(?P<p>(?:[A-Z][a-z]+\s){1,3}(?:Street|Road|Avenue|Park|Square|Station|Harbour|Bridge|Temple|Market"
    r"|Beach|Pier|Airport|Stadium|Garden|Gardens|Plaza|Lane|Highway))\b")
_EN_IN_CITY: Final = re.compile(r"\bin\s+(?P<p>[A-Z][a-z]+(?:\s[A-Z][a-z]+){0,2})[,，]\s*(?:[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)\.?\s*$")


def _english_place(result: ParsedName, text: str) -> None:
    """`… on a road work at How Ming Street in Kwun Tong`, `…, in Hualien, Taiwan.`: a named spot after at/on,
    else the city before the country that closes the sentence (the agencies' English dateline order)."""
    m = _EN_NAMED_SPOT.search(text) or _EN_IN_CITY.search(text)
    if m:
        result._set("place", m["p"], "English caption: at X / in X, Country", 0.6)


# round 27: a caption of two pictures (左图/右图, 上图/下图), each with its own shooting note or credit
_TWO_PICTURES: Final = re.compile(r"[左右上下]图")
_PICTURE_YEAR_NOTE: Final = re.compile(r"[(（]((?:19|20)\d{2})\s*年[^()（）]{0,8}?摄[)）]")
_PICTURE_CREDIT: Final = re.compile(r"[(（](?P<body>[^()（）]{2,30}?)[\s_]*摄[)）](?=[；;。，,])")


def _picture_credits(text: str, end: int) -> list[str]:
    """`左图为X（新华社记者 甲_摄）；右图为Y（新华社记者 乙_摄）`: the names of the credits before the last one."""
    names: list[str] = []
    for m in _PICTURE_CREDIT.finditer(text, 0, end):
        names += _vouched_names(_parse_credit_body(m["body"].strip(" _"), strict=False))  # (not `（1993年摄）`; session
        # 13: a bare common name too, `上图:…(张三摄);下图:…(李四摄)`)
    return names


# round 45: the date closing an archive caption after a comma (`某某村,2015年7月。`, `某某湖畔,2019年8月3日`)
_TEXT_DATE_CLOSING: Final = re.compile(
    r"[,，]\s*(?P<Y>(?:19|20)\d{2})\s*年\s*(?P<M>\d{1,2})\s*月(?:\s*(?P<D>\d{1,2})\s*日)?\s*[。.]?$")


# round 59: a whole day in brackets inside a caption (`某某在林地里（2020 年 5 月 30 日）`, spaces as some pages set
# them): the day the picture shows, as `（2020年5月30日摄）` says with its verb
_SPACED_DAY: Final = r"(?P<Y>(?:19|20)\d{2})\s*年\s*(?P<M>\d{1,2})\s*月\s*(?P<D>\d{1,2})\s*日"  # spaces as some pages set them
_BRACKET_DAY: Final = re.compile(r"[(（]\s*" + _SPACED_DAY + r"\s*[)）]")
# (review) only the bracket that closes the caption: one inside it dates something the sentence names (`…纪念日（1949年5月
# 27日），市民…`)
_BRACKET_DAY_END: Final = re.compile(_BRACKET_DAY.pattern + r"\s*。?$")


def _text_date(result: ParsedName, text: str) -> None:
    """A date at the start of a caption (or after 摄于); years inside the sentence are events."""
    if text[:1] in _ASCII_LETTERS and _english_date(result, text):
        return
    if (text[:1] in "民中" or text[:3].isdigit() and text[:1] == "1") and _roc_date(result, text):
        return
    if text[:1] in _CN_DIGITS or text[:1] == "十":  # `二〇二三年五月一日，…`: read in Arabic digits (the title keeps its words)
        cn = _CN_DATE.match(text)
        if cn and (cn["Y"] or cn["D"]):
            text = _cn_date_digits(cn) + text[cn.end():]
    m = _TEXT_DATE_MARKED.search(text) if "摄" in text or "航拍" in text else None  # (speed) its forms hold 摄 or 航拍
    if m:
        if m["Y2"] and "图" in text and _TWO_PICTURES.search(text) and len(set(_PICTURE_YEAR_NOTE.findall(text))) > 1:
            return  # round 27: `左图…（1993年摄）…右图…（2018年11月14日摄）`: two pictures, two days: no one date
        y, mo, d = (m["Y"], m["M"], m["D"]) if m["Y"] else (m["Y2"], m["M2"], m["D2"])
        day = _valid_date(int(y), int(mo), int(d))
        if day and _another_shot_day(m):
            return  # `拼版照片：左图…(2012年9月3日摄);右图…(2022年5月24日摄)`: a composite shot on two days, no one date
        if day:
            rule = "摄于 YYYY年M月D日" if m["Y"] else "YYYY年M月D日摄"
            result._set("date", day, rule, 0.9)
            result._set("date_kind", "shot", rule, 0.9)
            return
    m = _TEXT_DATE_START.match(text)
    if m and not m["M"] and _CJK.match(text, m.end()) and _event_year_then_day(result, text, m.end()):
        return
    if m:
        _set_year_month_day(result, m)
        return
    m = _TEXT_DATE_CLOSING.search(text, max(0, len(text) - 16)) if text[-1:] in "月日。" and "年" in text else None
    if m:  # round 45: `某某村,2015年7月。`: an archive caption's place, then when it was taken, closing the caption
        value = (_valid_date(int(m["Y"]), int(m["M"]), int(m["D"])) if m["D"]
                 else f"{int(m['Y']):04d}-{int(m['M']):02d}" if 1 <= int(m["M"]) <= 12 else None)
        if value:
            result._set("date", value, "…,YYYY年M月 closing", 0.7)
            result._set("date_kind", "shot", "…,YYYY年M月 closing", 0.6)
            return
    m = _BRACKET_DAY_END.search(text) if text[-1:] in ")）。" else None
    if m and _BRACKET_DAY.search(text, 0, m.start()) is None:  # round 59: `…林地里（2020 年 5 月 30 日）`: the day it shows
        if _set_shot_day(result, m, "（YYYY年M月D日）", 0.7, 0.6):  # (two bracketed days: two pictures, no one date)
            return
    m = _SHORT_YEAR_DATE.match(text) if text[:2].isdigit() else None
    if m:  # `16年10月1日，…`: a two-digit year in an informal caption
        year = int(m["YY"]) + (2000 if int(m["YY"]) < 40 else 1900)
        day = _valid_date(year, int(m["M"]), int(m["D"]))
        if day:
            result._set("date", day, "YY年M月D日", 0.7)
            return
    m = _TEXT_MONTH_DAY.match(text)
    if m is None and "日摄" in text:
        m = _SHOT_ON_DAY.search(text) or _SHOT_ON_CN_DAY.search(text)
        if m and _another_shot_day(m):
            return  # `上图(9月7日摄)…下图(10月1日摄)`: two panels, two days
    if m and not m["M"].isdigit():  # `(九月七日摄)`: the shooting day in Chinese numerals
        m = _SHOT_ON_DAY.match(f"（{_cn_number(m['M'])}月{_cn_number(m['D'])}日摄")
    if m:
        later = _SAME_DAY_YEAR.search(text, m.end()) if "年" in text else None
        day = _valid_date(int(later["Y"]), int(m["M"]), int(m["D"])) if later else None
        if day:  # `1月26日,…。当日是2013年春运第一天`: a later sentence gives that day's year
            result._set("date", day, "M月D日 … 当日是YYYY年", 0.75)
            result._set("date_kind", "shot", "M月D日 … 当日是YYYY年", 0.6)
            return
        day = _valid_date(2000, int(m["M"]), int(m["D"]))  # 2000 is a leap year: 2月29日 is fine
        if day:
            result._set("date_partial", day[5:], "M月D日 (no year)", 0.85)
            result._set("date_kind", "shot", "M月D日 (no year)", 0.6)


def _another_shot_day(first: re.Match[str]) -> bool:
    """A later match of the same shooting-day pattern (`YYYY年M月D日摄`, `摄于 …`, `(M月D日摄`) in the same caption
    that names another day: the pictures of a composite (拼版, 组合, 上图/下图, 左图/右图) were shot on different
    days, so the caption has no one date. (The round-27 test above reads the years of picture notes instead.)"""
    day = [v for v in first.groups() if v]
    return any([v for v in m.groups() if v] != day for m in first.re.finditer(first.string, first.end()))
# a bare year glued to the name of an event (`2025年某某选举提名期已展开,10月28日,…`) names the event; the day a
# later clause gives is the picture's, without that year
_DATE_LATER_DAY: Final = re.compile(r"(?<=[,，。])\s*(?P<M>\d{1,2})月(?P<D>\d{1,2})日")
_DATE_YEAR_NOT_EVENT: Final = frozenset("春夏秋冬初底末中以前后间起来度")


def _event_year_then_day(result: ParsedName, text: str, end: int) -> bool:
    if text[end] in _DATE_YEAR_NOT_EVENT:
        return False  # `2023年春`, `2023年初`, `2023年以来`: a time of the year
    later = _DATE_LATER_DAY.search(text, end, end + 80)
    day = _valid_date(2000, int(later["M"]), int(later["D"])) if later else None
    if day is None:
        return False
    result._set("date_partial", day[5:], "YYYY年 event, M月D日 later", 0.7)
    result._set("date_kind", "shot", "YYYY年 event, M月D日 later", 0.6)
    return True


def _set_shot_day(result: ParsedName, m: re.Match[str], rule: str, confidence: float, kind_confidence: float) -> bool:
    """The day a match's Y, M, D groups name as the shooting day, where it is a real one (False: it is not)."""
    day = _valid_date(int(m["Y"]), int(m["M"]), int(m["D"]))
    if day:
        result._set("date", day, rule, confidence)
        result._set("date_kind", "shot", rule, kind_confidence)
    return day is not None


def _set_year_month_day(result: ParsedName, m: re.Match[str]) -> None:
    year = int(m["Y"])
    if year > _THIS_YEAR:  # session 23: `2035年城市总体规划效果图`: a year still to come names a plan, never the shot
        result.warnings.append("a year still to come is no date the picture was taken")
        return
    if m["D"]:
        day = _valid_date(year, int(m["M"]), int(m["D"]))
        value, rule = day, "YYYY年M月D日"
    elif m["M"]:
        value = _valid_month(year, int(m["M"]))
        rule = "YYYY年M月"
    else:
        value, rule = (str(year) if 1800 <= year <= 2100 else None), "YYYY年 at caption start"
    if value:
        result._set("date", value, rule, 0.85 if m["D"] else 0.7)
        result._set("date_kind", "shot", rule, 0.7)
        g = m.groupdict()  # (a caller's pattern may hold no clock: `X于2016年4月1日拍摄`, text_tails._HEAD_SHOOTER)
        minute = g.get("mi") or g.get("mi2") if m["D"] and g.get("h") else None
        hour = int(g["h"]) if minute else None
        if hour is not None and minute:  # `2023年5月1日下午3时30分`, `2023年5月1日10:30`
            if hour < 12 and (g.get("ap") in _AFTERNOON or g.get("ap") == "中午" and hour < 6):
                hour += 12
            clock = _valid_time(hour, int(minute), int(g.get("sec") or 0))
            if clock:
                result._set("time", clock, "YYYY年M月D日 h时m分", 0.8)
    else:
        result.warnings.append("caption date is not a real calendar date")


_AFTERNOON: Final = frozenset(("下午", "晚上", "晚间", "傍晚", "夜间", "晚"))
