"""Step 5a, the short credit and a credit's end: names after a dash or in brackets, dated brackets,
shot verbs, outlets naming a picture (`_find_short_credit`, `_credit_end`).

Reads lexicon, stamps, people, places_scan, places_finders, credits_body, credits_bylines. Serves
credits, text_tails.
"""

from __future__ import annotations

import re
from typing import Final

from .credits_body import (
    _AUTHOR_PROVINCE,
    _CREDIT_END,
    _HOME_COLON_NAME,
    _NAME_BRACKET_END,
    _UNIT_NAMES_BRACKET,
    _UNIT_ONLY,
    _Credit,
    _last_open,
    _tail40,
)
from .credits_bylines import _SENTENCE_PUNCT
from .lexicon import _AGENCY_RE, _GAZETTEER, _HAND_GAZETTEER, _PROVINCE_SET, _ROLE_RE
from .people import (
    _NAME_DOT,
    _NAME_TOKEN_SPLIT,
    _has_surname,
    _is_common_name,
    _is_name,
    _is_transliterated_name,
)
from .places_finders import _DATE_CLAUSE
from .places_scan import _gaz_name_length, _scan_place
from .stamps import _valid_date


def _find_short_credit(text: str) -> _Credit | None:
    """`七月的肖像 作者 江苏 胡宝河` (the author's province is not a place), `美丽神龙湖（周旭东）`."""
    closed = text.endswith((")", "）"))  # (speed) asked once: five forms below end on a bracket
    if not closed and "作者" not in text and "摄影" not in text and "·" not in text and "•" not in text \
            and "_" not in text[-12:] and "：" not in (end8 := text[-8:]) and ":" not in end8 \
            and "-" not in end8 and "—" not in end8:  # (speed) the last 8 characters sliced once
        return None  # (speed) each form below is gated on one of these (a bracket, 作者/摄影, a dot, `_`, a colon, a dash);
        # a form added below needs its own gate added here
    m = _UNIT_NAMES_BRACKET.search(text, _last_open(text)) if closed else None
    if m and m.start() > 0:  # `爱心驿站（银川分行王敏）`: the entrant's unit and name
        names = _NAME_TOKEN_SPLIT.split(m["names"])
        if all(map(_is_name, names)):
            return _Credit(m.start(), names, None, None, "（单位姓名）", 0.8, [m["unit"]])
    m = _AUTHOR_PROVINCE.search(text) if ("作者" in text or "摄影" in text) else None
    if m and m.start() > 0:
        parts = _SPACE_SEP.split(m["name"])
        if len(parts) == 2 and min(map(len, parts)) >= 2 and all(map(_is_name, parts)):
            return _Credit(m.start(), parts, None, None, "作者 X", 0.85)  # `作者 李华 王科`: two people
        name = "".join(parts)  # `子　木`: one name written with a space
        if _is_name(name, strict=False):
            return _Credit(m.start(), [name], None, None, "作者 X", 0.85)
    m = (_HOME_COLON_NAME.search(text, max(0, len(text) - 14))
         if ("：" in text[-8:] or ":" in text[-8:]) and "。" not in text else None)
    if m and m.start() > 0 and m["home"] in _GAZETTEER and _is_name(m["name"]) and not _SENTENCE_PUNCT.search(text):
        return _Credit(m.start(), [m["name"]], None, None, "地名：姓名", 0.7)  # `背篓专线 安康：王兆群`: a branch
    m = _NAME_BRACKET_END.search(text) if closed and len(text) <= 30 else None
    names = _NAME_TOKEN_SPLIT.split(m["name"]) if m else []
    if len(names) >= 2 and (names[-1] in _PROVINCE_SET or names[-1] in _HAND_GAZETTEER):
        names = names[:-1]  # `归途（张三 江苏）`: the entrant's home province
    if m and len(text) <= 30 and not _SENTENCE_PUNCT.search(text) and names and all(map(_is_name, names)) \
            and not _BRACKET_NOTE.match(m["name"]) \
            and not (min(map(len, names)) == 2 and _DATE_CLAUSE.match(text)):  # `（左一）`: where the subject stands;
        # `6月2日,市民赏花（周末）`: after a dated clause (a caption, no work title) two characters are a word
        return _Credit(m.start(), names, None, None, "作品名（姓名）", 0.7)
    m = _SENTENCE_NAME_BRACKET.search(text, _tail40(text)) if closed else None
    if m and _is_name(m["name"]) and _gaz_name_length(m["name"], 0) < 2 and not _BRACKET_NOTE.match(m["name"]):
        return _Credit(m.start() + 1, [m["name"]], None, None, "。（姓名）", 0.65)  # a caption, then who shot it
    m = (_SENTENCE_NAMES_BRACKET.search(text, _tail40(text))
         if closed and ("。(" in text[-24:] or "。（" in text[-24:]) else None)
    names = _NAME_TOKEN_SPLIT.split(m["names"]) if m else []
    if m and all(_is_name(n) and _gaz_name_length(n, 0) < 2 for n in names):
        return _Credit(m.start() + 1, names, None, None, "。（姓名 姓名）", 0.65)
    m = _SENTENCE_NAMES_JOINED.search(text, _tail40(text)) if "_" in text[-12:] and "。" in text else None
    names = m["names"].split("_") if m else []
    if m and all(_is_common_name(n) and _gaz_name_length(n, 0) < 2 for n in names):
        return _Credit(m.start() + 1, names, None, None, "。姓名_姓名", 0.6)  # round 24: `…。陈明_林楠`
    m = _SENTENCE_DOTTED_NAME.search(text, _tail40(text)) if ("·" in text or "•" in text) else None
    rm = _ROLE_RE.match(m["name"]) if m else None  # round 40: `。记者阿卜杜拉·艾买提摄`: the role glued before the name
    name = (m["name"][rm.end():] if rm else m["name"]) if m else ""
    if m and name[:1] not in "·•" and _is_transliterated_name(name) \
            and all(p not in _GAZETTEER and not _scan_place(p, 0).end for p in _NAME_DOT.split(name)):
        return _Credit(m.start() + 1, [name], None, rm.group(0) if rm else None, "。姓·名", 0.65)  # `…转场。阿尔达克·拜斯汗`
    m = _NAME_UNIT_BRACKET.search(text) if closed and len(text) <= 40 else None
    if m and m.start() > 0:  # `晨光（财务部 张三）`, `晨光（张三 财务部）`: the entrant and the unit
        words = _NAME_TOKEN_SPLIT.split(m["body"].strip())
        names = [w for w in words if _is_name(w)]
        units = [w for w in words if w not in names]
        if len(names) == 1 and units and all((_UNIT_ONLY.fullmatch(u) or _SERVICE_STATION.fullmatch(u)) and not _is_name(u)
                                             for u in units):
            return _Credit(m.start(), names, None, None, "（单位 姓名）", 0.75, units)
    m = _DASH_NAME_END.search(text, max(0, len(text) - 8)) if "-" in text[-8:] or "—" in text[-8:] else None
    if m and _PUNCT_BEFORE_DASH.search(text, text.rfind("》", 0, m.start()) + 1, m.start()) and _is_name(m["name"]) \
            and _has_surname(m["name"]):  # round 60: a comma inside 《…》 is the work's own (`《甲,乙》-单位-姓名` is
        return _Credit(m.start(), [m["name"]], None, None, "题——姓名", 0.7)  # the segment grammar's): `…第二飞(2)——王安东`
    return None


# round 21: a title written as a sentence or with punctuation the segment grammar does not split
# (`：`, `，`, `……`, quotes), then a dash and the author's name (`那么远,这么近……沙士十年-黄云庆`)
_DASH_NAME_END: Final = re.compile(r"(?<=[\u4e00-\u9fff)）”』」》…])\s*(?:——|—|--|-)\s*(?P<name>[\u4e00-\u9fff]{2,3})\s*$")
_PUNCT_BEFORE_DASH: Final = re.compile(r"[，,。：:…“”！？!?]")
_SPACE_SEP: Final = re.compile(r"[ \u3000]")


# a transliterated name (two parts joined by a middle dot) alone after a caption's last full stop
# round 40: a shooting word glued after it is the credit, not the name's end (`。阿卜杜拉·艾买提摄`)
_SENTENCE_DOTTED_NAME: Final = re.compile(
    r"(?<=[\u4e00-\u9fff])。\s*(?P<name>[\u4e00-\u9fff]{1,6}[·•][\u4e00-\u9fff]{1,6}?)(?:摄影|攝影|摄|攝|供图|供圖)?$")
_SENTENCE_NAME_BRACKET: Final = re.compile(r"(?<=[\u4e00-\u9fff])。\s*[(（](?P<name>[\u4e00-\u9fff]{2,4})[)）]$")
_SENTENCE_NAMES_BRACKET: Final = re.compile(  # round 21: `…。(张三 李四)`: the photographers, no credit word
    r"(?<=[\u4e00-\u9fff])。\s*[(（](?P<names>[\u4e00-\u9fff]{2,3}(?:[ \u3000、][\u4e00-\u9fff]{2,3}){1,2})[)）]$")
_SENTENCE_NAMES_JOINED: Final = re.compile(r"(?<=[\u4e00-\u9fff])。\s*(?P<names>[\u4e00-\u9fff]{2,3}(?:_[\u4e00-\u9fff]{2,3}){1,2})$")
# a note in brackets that names nobody: where the subject stands (`（左一）`) or, session 12, which version of the picture
# or of the work it is (`变电站(通用)`, `某某(局部)`)
_BRACKET_NOTE: Final = re.compile(r"[左右前后中上下][一二三四五六七八九十起排]|[前后中]排"
                                  r"|通用|局部|细节|特写|全景|近景|远景|示意|样图|定稿|效果|彩色|黑白|横版|竖版"
                                  r"|[唐宋元明清]?[摹临仿]本?$")  # session 26: `（宋摹）`, a later copy of the work, nobody
# round 52: a service's station as the entrant's or the photographer's unit (`（某某水文站 张三）`, `（某某气象站 李四）`):
# a workplace named by what it serves, as 局 or 中心 (a railway or bus 站 alone is a place, not a unit)
_SERVICE_STATION: Final = re.compile(
    r"[\u4e00-\u9fff]{1,10}(?:水文|气象|监测|观测|管理|工作|服务|保护|检查|供电|变电|边防|救助|农技|林业|水利|畜牧|兽医|防疫|水质)站")
_NAME_UNIT_BRACKET: Final = re.compile(r"\s*[(（](?P<body>[\u4e00-\u9fff]{2,16}[ \u3000、，,][\u4e00-\u9fff]{2,16})[)）]$")


_CREDIT_BRACKET_DATED: Final = re.compile(
    r"[(（](?P<body>[^()（）]{2,40}?)\s*(?:摄影|摄)\s+(?P<Y>\d{2,4})年(?P<M>\d{1,2})月(?P<D>\d{1,2})日[)）]$"
)


# the same without brackets, after the caption: `…。中央社记者X摄 111年5月29日`
_CREDIT_DATED_TAIL: Final = re.compile(
    r"(?<=[。，,；;\s])(?P<body>[^()（）。，,；;]{2,40}?)\s*(?:摄影|摄)\s*(?P<Y>\d{2,4})年(?P<M>\d{1,2})月(?P<D>\d{1,2})日$"
)


def _bracket_day(m: re.Match[str]) -> str | None:
    """The day in a dated credit; three-digit years are the Minguo calendar (112年 = 2023)."""
    year = int(m["Y"])
    year += 1911 if year < 200 else 0
    return _valid_date(year, int(m["M"]), int(m["D"]))


_CREDIT_CUT_CHARS: Final = tuple("。，,；;）)】]—")


_CREDIT_THEN_AGENCY: Final = re.compile(
    r"(?P<open>[(（])(?P<credit>[^()（）]{2,30}?(?:摄影|摄))\s+(?P<agency>" + _AGENCY_RE.pattern + r")发?\s*[)）]$"
)  # round 40: `（X 摄 新华社发）`: the agency that sent it, as `X摄 新华社发` unbracketed


# round 24: the credit grammar a newsroom writes at the end of a caption, in any of its orders:
# [图／] [outlet] [role] NAMES VERB [／outlet] [, day]   or   [图／] [组图] LEAD-VERB NAMES [／outlet] [, day]
# VERB is any shooting verb (摄, 摄影, 拍摄, 翻摄/翻拍 a re-photographed print, 航拍 from the air, 摄影报道);
# the outlet that ran it may follow a slash, the shooting day a comma. Each part is read into the usual
# `（outlet role NAMES 摄）` form, and the names must still pass the credit body's tests.
_SHOT_VERBS: Final = r"摄影报道|摄影|拍摄|翻\s?摄|翻\s?拍|航拍|摄"
_CREDIT_GRAMMAR: Final = re.compile(
    r"(?P<open>[(（]|(?<=[。，,；;\s]))\s*(?:图\s*[／/]\s*)?"
    r"(?:(?P<lead>(?:组[图照])?(?:摄影|拍摄|航拍|摄))[\s:：]+(?P<lbody>[^()（）／/,，:：。]{2,24}?)"
    r"|(?P<body>[^()（）／/,，:：。]{2,30}?)\s*(?P<verb>" + _SHOT_VERBS + r"))"
    r"(?:\s*[／/]\s*(?P<outlet>[^()（）／/,，:：。\s\d]{2,10}))?"
    r"(?:\s*[,，\s]\s*(?P<Y>(?:19|20)\d{2})\s*[.\-/年]\s*(?P<M>\d{1,2})\s*[.\-/月]\s*(?P<D>\d{1,2})日?)?"
    r"(?P<note>\s*[,，]\s*(?:下同|同上))?\s*(?P<close>[)）]?)$"
)


# round 24: `…。澎湃新闻 X 图`: the outlet, the names, then 图 (as 摄), no role word between
_OUTLET_NAMES_PICTURE: Final = re.compile(
    r"(?<=[。，,；;\s])(?:" + _AGENCY_RE.pattern + r")\s+(?P<names>[\u4e00-\u9fff]{2,4}(?:\s+[\u4e00-\u9fff]{2,4}){0,2})\s+图$")


def _outlet_names_picture(text: str) -> bool:
    m = _OUTLET_NAMES_PICTURE.search(text, max(0, len(text) - 40))
    return m is not None and all(_is_name(n, strict=False) and _has_surname(n) for n in m["names"].split())


_GRAMMAR_LAST: Final = frozenset(")）摄影拍0123456789日")  # what the credit grammar can end with
_CREDIT_GRAMMAR_HINT: Final = re.compile(r"[／/]|翻\s?[摄拍]|航拍|组[图照]|下同|同上|\d[)）]?$")


_CREDIT_END_RUN: Final = frozenset(" \t\n\r\f\v\u3000_-/／—")


def _credit_end(text: str) -> re.Match[str] | None:
    """`_CREDIT_END.search(text)`, looked for in the last 24 characters only (round 24, speed: the verb, a short
    bracket and spaces close the name); the separators before the verb are then taken back to where they begin."""
    start = len(text) - 24
    if start <= 0:
        return _CREDIT_END.search(text)
    m = _CREDIT_END.search(text, start)
    if m is None or m.start() != start or start == 0 or text[start - 1] not in _CREDIT_END_RUN:
        return m
    while start > 0 and text[start - 1] in _CREDIT_END_RUN:
        start -= 1
    return _CREDIT_END.match(text, start)
