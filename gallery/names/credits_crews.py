"""Step 5a, crews: supplier bodies, comma crews, text-and-picture credits, a unit's residue, crew
lists (`_comma_crew`, `_name_text_picture`, `_crew_list`).

Reads lexicon, result, people, places, credits_body. Serves credits, text_body.
"""

from __future__ import annotations

import re

from .credits_body import _ROLE_ALTERNATION_EARLY, _Credit
from .lexicon import (
    _AGENCIES,
    _AGENCY_RE,
    _COMPOUND_SURNAMES,
    _GAZETTEER,
    _OUTLETS_AFTER_NAME,
    _trie_pattern,
)
from .people import _NAME_TOKEN_SPLIT, _has_surname, _is_common_name, _is_name, _join_split_names
from .places import _full_place
from .result import ParsedName

# round 27: who supplied a picture (`供图`) may be a body, not a person: `（国家某某局 供图）`, `（南京消防供图）`. A credited
# "name" of four characters or more (no compound surname) that ends in a body's word, or opens with a known place
# and is no common name, is that body: nobody is credited.
_SUPPLIER_BODY_END = re.compile(
    r"(?:局|署|厅|委|办|处|队|所|站|院|馆|部|中心|公司|集团|消防|公安|交警|海关|边检|气象|政府|法院|医院|学校|大学)$")


def _drop_supplier_bodies(got: _Credit) -> _Credit:
    if any(len(n) >= 4 and n[:2] not in _COMPOUND_SURNAMES and not n[:1].isascii() and "·" not in n
           and (_SUPPLIER_BODY_END.search(n) or n[:2] in _GAZETTEER and not _is_common_name(n)) for n in got.names):
        got.names = []
    return got


# round 27: a crew list in a closing bracket with commas and no colons: `（新华社记者X，摄影Y、Z，某某微博报道）`: the
# reporter, the photographers, the outlet that ran it; only the names after 摄影 are credited (the reporter wrote it)
_COMMA_CREW = re.compile(r"[(（](?P<body>[^()（）]{4,60})[)）]$")
_COMMA_CREW_ITEM = re.compile(
    r"(?P<agency>" + _AGENCY_RE.pattern + r")?(?P<role>记者|通讯员|摄影|摄像|编辑|文字?)\s*(?P<names>[^，,]{2,20})"
    r"|(?P<outlet>[^，,]{2,16}?)(?:报道|发布|发)")


def _comma_crew(text: str) -> _Credit | None:
    m = _COMMA_CREW.search(text, max(0, len(text) - 64))
    if m is None or m.start() == 0 or ("，" not in m["body"] and "," not in m["body"]):
        return None
    names: list[str] = []
    agency = None
    for part in re.split("[，,]", m["body"]):
        item = _COMMA_CREW_ITEM.fullmatch(part.strip())
        if item is None:
            return None
        if item["role"]:
            found = [n.replace(" ", "") for n in item["names"].split("、")]
            if not all(_is_name(n, strict=False) and _has_surname(n) for n in found):
                return None
            names += found if item["role"] == "摄影" else []
            agency = agency or item["agency"]
    return _Credit(m.start(), names, agency, "摄影", "（记者X，摄影Y，outlet报道）", 0.75) if names else None


# round 48: a byline that names the person first, then 文/图 (wrote and shot it; `图/文` the same), the way papers
# close a feature (`…。张三 文/图`, a two-character name set with a space inside as typesetters pad it: `张 三 文_图`)
_NAME_TEXT_PICTURE = re.compile(
    r"(?<=[\s。，,；;！!])(?P<names>[\u4e00-\u9fff](?:[ \u3000]?[\u4e00-\u9fff]){1,2}(?:[ \u3000、]+[\u4e00-\u9fff]"
    r"(?:[ \u3000]?[\u4e00-\u9fff]){1,2}){0,2})[ \u3000]*(?:文\s*[／/_、]\s*图|图\s*[／/_、]\s*文)$")


def _name_text_picture(m: re.Match[str]) -> _Credit | None:
    names = _join_split_names([t for t in _NAME_TOKEN_SPLIT.split(m["names"]) if t])
    if not names or not all(_is_name(n) and _has_surname(n) for n in names):
        return None  # `…。秋色 文/图`: a word, nobody
    return _Credit(m.start("names"), names, None, None, "X 文／图", 0.8)


# The picture word of a credit written in the other places a newsroom puts it: after the names behind a slash
# (`（记者 X Y／图）`, `（签约摄影师 X Y Z／图）`: 图 as 摄), or joined to the writer's word by 、 and the like
# (`（文、图／X）`, `图、文：X`, `文和图 X`: the same person wrote and shot it, as `文／图 X`). 简 and 繁 (via _T2S).
_CREDIT_NAMES_SLASH_PICTURE = re.compile(r"\s*[／/_]\s*图\s*(?P<close>[)）])\s*$")
# round 52: the picture word after the name with a space, the reporter's post written before it (`（某某周刊记者 X 图）`,
# the byline 南方周末 and its magazines print under a photo: 图 as 摄); the post is what makes the bracket a credit
# (`（示意 图）` names nobody), so the reader takes it only with 记者 in the credit
_CREDIT_REPORTER_SPACE_PICTURE = re.compile(r"记者[\s\u3000]*(?:[^\s()（）]{2,8}[\s\u3000]+){1,3}图\s*(?P<close>[)）])\s*$")
_CREDIT_TEXT_AND_PICTURE = re.compile(r"(?<![\u4e00-\u9fff])(?:文\s*[、，,与和及]\s*图|图\s*[、，,与和及]\s*文)\s*[／/:：\s]\s*")


# a caption clause (it holds a comma), then who shot it in brackets, no credit word and no full stop between
# (`…,村民在茶山采茶(张三)`); not after a word for a person (`…和他的妻子(李梅)`: that names the subject)
_CREDIT_CLAUSE_NAME_BRACKET = re.compile(
    r"(?P<before>[\u4e00-\u9fff])(?P<open>[(（])(?P<names>[\u4e00-\u9fff]{2,3}(?:[ \u3000、][\u4e00-\u9fff]{2,3}){0,2})[)）]$")
_CREDIT_CLAUSE_MARK = re.compile(r"[,，。；;]")
_CREDIT_PERSON_NOUN_LAST = frozenset("人者子员长师生工民家手官警兵士女男娃友夫妻父母爷奶姐妹哥弟儿孙嫂婆公叔姨舅侄媳记主任")


# a correspondent's unit written before the names of a joint credit, after the caption's full stop
# (`…。某某车务段 张三 某报记者 李四 摄影报道`): the unit, cut off with the credit, is no place
_CREDIT_UNIT_RESIDUE = re.compile(r"。\s*(?P<unit>[\u4e00-\u9fff]{2,10}(?:车务段|客运段|工务段|机务段|电务段|供电段|段|局|站|所|队|公司|中心|厂|矿))\s*$")
_CREDIT_UNIT_LAST = frozenset("段局站所队司心厂矿")


def _take_credit_unit_residue(result: ParsedName, text: str) -> str:
    m = _CREDIT_UNIT_RESIDUE.search(text, max(0, len(text) - 14))
    if m is None or _full_place(m["unit"]) and not m["unit"].endswith(("段", "局", "公司", "中心", "所", "队")):
        return text  # `…。北京南站`: a station alone is where
    if not result.units:
        result._set("units", [m["unit"]], "。单位 X 摄", 0.6)
    return text[: m.start() + 1]


# round 24: more of the credit grammar, read only where the older forms found nothing.
# A file name cannot hold `/`, so editors write `图_记者X摄`, `摄影_本报记者 X`, `X_大纪元`: `_` in a credit is `／`.
_SENTENCE_ENDS = ("。", "！", "？", "!", "?", "(", "（")
# `…。林振东 端传媒`, `(李怡欣／大纪元)`, `特约摄影 王忠虎／视觉重庆`: the names, then the outlet, no verb
_NAMES_THEN_OUTLET = re.compile(
    r"(?P<open>[(（]|(?<=[。.!！?？\s]))\s*(?P<role>(?:" + _ROLE_ALTERNATION_EARLY + r")[\s:：]*)?"
    r"(?P<names>[\u4e00-\u9fff]{2,4}(?:[\s、][\u4e00-\u9fff]{2,4}){0,3})\s*[／\s]\s*"
    r"(?P<outlet>" + _trie_pattern(_OUTLETS_AFTER_NAME) + "|" + _AGENCY_RE.pattern + r")\s*(?P<close>[)）]?)$"
)
# `(采访及拍摄：X 剪接：Y)`, `图／广州日报记者：X 实习生：Y`: a crew list, role by role; the shooters are credited
_CREW_ITEM = re.compile(r"(?P<role>[\u4e00-\u9fff·]{1,14}?)[:：]\s*(?P<names>[\u4e00-\u9fff]{2,4}(?:[、\s][\u4e00-\u9fff]{2,4})*?)"
                        r"(?=\s*[,，;；]?\s*[\u4e00-\u9fff·]{1,14}[:：]|\s*$)")
_SHOOTING_ROLE = re.compile(r"(?:记者|实习生|摄影师?|拍摄|摄像|摄|图片?)$")
_OTHER_ROLE = re.compile(r"(?:剪接|剪辑|编辑|责编|文字?|撰文|撰稿|校对|设计|制图|监制|统筹|配音|后期)$")
_WRITER_AFTER = re.compile(r"(?<=摄)\s+[\u4e00-\u9fff]{2,4}(?:[、\s][\u4e00-\u9fff]{2,4}){0,2}\s*文$")


_CREDIT_MARK = re.compile("摄|记者|通讯员|图|拍")
_OUTLET_LAST = frozenset(a[-1] for a in _AGENCIES + _OUTLETS_AFTER_NAME) | frozenset("报社网台心队团")  # how an outlet's name ends


_CREW_OPEN = re.compile(r"(?:[(（]|(?<=[。\s]))\s*(?:图\s*[／:：]\s*)?(?=[^()（）。]{4,60}[)）]?$)")


def _crew_list(text: str, tail_start: int) -> _Credit | None:
    """`(采访及拍摄：X 剪接：Y)`: every role of the list is known; the names of the shooting roles are credited."""
    m = _CREW_OPEN.search(text, tail_start)
    if m is None or m.start() == 0:
        return None
    body = text[m.end() :].rstrip(")） ")
    items = list(_CREW_ITEM.finditer(body))
    if len(items) < 2 or items[0].start() != 0 or items[-1].end() != len(body):
        return None
    names: list[str] = []
    agency = None
    for prev, item in zip([None, *items], items, strict=False):
        # round 55: the items may be set apart by a comma as well as a space (`（摄影：X，文：Y）`, `(攝影：X,文：Y)`)
        if prev is not None and body[prev.end() : item.start()].strip().lstrip(",，;；").strip():
            return None
        role = item["role"]
        if _SHOOTING_ROLE.search(role):
            a = _AGENCY_RE.match(role)
            agency = agency or (a.group(0) if a else None)
            names += item["names"].replace("、", " ").split()
        elif not _OTHER_ROLE.search(role):
            return None  # a role the list does not know: not a crew list
    if not names or not all(_is_name(n, strict=False) and _has_surname(n) for n in names):
        return None
    return _Credit(m.start(), names, agency, None, "crew list", 0.7)
