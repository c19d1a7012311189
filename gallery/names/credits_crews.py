"""Step 5a, crews: supplier bodies, a body named as the source, comma crews, text-and-picture credits, a unit's
residue, crew lists (`_take_source_body`, `_comma_crew`, `_name_text_picture`, `_crew_list`).

Reads lexicon, result, people, places, credits_body. Serves credits, text_body, text.
"""

from __future__ import annotations

import re
from typing import Final

from .credits_body import _Credit
from .lexicon import (
    _AGENCY_RE,
    _COMPOUND_SURNAMES,
    _GAZETTEER,
    _PUBLIC_BODIES,
)
from .people import _NAME_TOKEN_SPLIT, _has_surname, _is_common_name, _is_name, _join_split_names
from .places import _full_place
from .result import ParsedName

# round 27: who supplied a picture (`供图`) may be a body, not a person: `（国家某某局 供图）`, `（南京消防供图）`. A credited
# "name" of four characters or more (no compound surname) that ends in a body's word, or opens with a known place
# and is no common name, is that body: nobody is credited.
_SUPPLIER_BODY_WORDS: Final = ("局 署 厅 委 办 处 队 所 站 院 馆 部 中心 公司 集团 政府 法院 医院 学校 大学".split()
                               + list(_PUBLIC_BODIES))
_SUPPLIER_BODY_END: Final = re.compile("(?:" + "|".join(_SUPPLIER_BODY_WORDS) + ")$")
_SUPPLIER_BODY_LAST: Final = frozenset(w[-1] for w in _SUPPLIER_BODY_WORDS)  # (speed) how they end, a first test


def _take_source_body(result: ParsedName, text: str) -> str:
    """The text less a body named as its source at the end, the body kept as a unit."""
    source = _SOURCE_UNIT_TAIL.search(text, max(0, len(text) - 30))
    if source is None or source.start() == 0:
        return text
    result._set("units", [source["unit"] or source["unit2"]], "图片来源：单位", 0.7)
    if source["agency"]:
        result._set("agency", source["agency"], "（X发 单位供图）", 0.8)
    return text[: source.start()]


def _drop_supplier_bodies(got: _Credit) -> _Credit:
    if any(len(n) >= 4 and n[:2] not in _COMPOUND_SURNAMES and not n[:1].isascii() and "·" not in n
           and (_SUPPLIER_BODY_END.search(n) or n[:2] in _GAZETTEER and not _is_common_name(n)) for n in got.names):
        got.names = []
    return got


# session 11: a body named as the picture's source or its supplier, closing the name (a school's, a hospital's, an office's
# news page writes so: `…，图片来源：某某学院`, `…（某某学院供图）`): the body is kept as a unit, nobody is credited
_BODY: Final = r"[\u4e00-\u9fff]{0,16}(?:" + "|".join(_SUPPLIER_BODY_WORDS + ["中学", "小学", "协会", "学会", "团"]) + ")"
# (session 13: an agency that ran a body's picture says so first in the bracket, `（新华社发 某某县委宣传部供图）`: the
# agency is kept as well, still nobody is credited)
# (session 22: or a site or a paper the agency list lacks, by how its name ends, `（浙江在线发 某某海关供图）`)
_OUTLET: Final = r"[\u4e00-\u9fff]{2,8}?(?:在线|网|报|台|新闻|客户端)"
_SOURCE_UNIT_TAIL: Final = re.compile(rf"[。，,；;\s]*(?:(?:图片来源|图片来自|来源|图源)[:：]\s*(?P<unit>{_BODY})"
                                      rf"|[(（]\s*(?:(?P<agency>{_AGENCY_RE.pattern}|{_OUTLET})发\s*)?(?P<unit2>{_BODY})\s*(?:供图|提供)\s*[)）])\s*$")


# round 27: a crew list in a closing bracket with commas and no colons: `（新华社记者X，摄影Y、Z，某某微博报道）`: the
# reporter, the photographers, the outlet that ran it; only the names after 摄影 are credited (the reporter wrote it)
_COMMA_CREW: Final = re.compile(r"[(（](?P<body>[^()（）]{4,60})[)）]$")
_COMMA_SEP: Final = re.compile("[，,]")
_COMMA_CREW_ITEM: Final = re.compile(
    r"(?P<agency>" + _AGENCY_RE.pattern + r")?(?P<role>记者|通讯员|摄影|摄像|编辑|文字?)\s*[:：]?\s*(?P<names>[^，,:：]{2,20})"
    r"|(?P<outlet>[^，,]{2,16}?)(?:报道|发布|发)")


def _crew_names(names: list[str]) -> bool:
    return all(_is_name(n, strict=False) and _has_surname(n) for n in names)


def _comma_crew(text: str) -> _Credit | None:
    m = _COMMA_CREW.search(text, max(0, len(text) - 64))
    if m is None or m.start() == 0 or ("，" not in m["body"] and "," not in m["body"]):
        return None
    names: list[str] = []
    agency = None
    for part in _COMMA_SEP.split(m["body"]):
        item = _COMMA_CREW_ITEM.fullmatch(part.strip())
        if item is None:
            return None
        if item["role"]:
            listed = item["names"].removesuffix("报道").strip()
            found = _NAME_TOKEN_SPLIT.split(listed)  # `摄影：X Y`: two names (a padded `X Y` of one name is read whole)
            if not _crew_names(found):
                found = [n.replace(" ", "") for n in listed.split("、")]
            if not _crew_names(found):
                return None
            names += found if item["role"] == "摄影" else []
            agency = agency or item["agency"]
    return _Credit(m.start(), names, agency, "摄影", "（记者X，摄影Y，outlet报道）", 0.75) if names else None


# round 48: a byline that names the person first, then 文/图 (wrote and shot it; `图/文` the same), the way papers
# close a feature (`…。张三 文/图`, a two-character name set with a space inside as typesetters pad it: `张 三 文_图`)
# (session 17: a reporter's role before the name, `…。记者 X 文/图`, and the byline alone, `X 文/图`)
_NAME_TEXT_PICTURE: Final = re.compile(
    r"(?:^|(?<=[\s。，,；;！!]))(?:(?P<role>(?:见习|实习|首席|特约)?记者|通讯员)[ \u3000]*)?"
    r"(?P<names>[\u4e00-\u9fff](?:[ \u3000]?[\u4e00-\u9fff]){1,2}(?:[ \u3000、]+[\u4e00-\u9fff]"
    r"(?:[ \u3000]?[\u4e00-\u9fff]){1,2}){0,2})[ \u3000]*(?:文\s*[／/_、]\s*图|图\s*[／/_、]\s*文)$")


def _name_text_picture(m: re.Match[str]) -> _Credit | None:
    names = _join_split_names([t for t in _NAME_TOKEN_SPLIT.split(m["names"]) if t])
    if not names or not all(_is_name(n) and _has_surname(n) for n in names):
        return None  # `…。秋色 文/图`: a word, nobody
    return _Credit(m.start(), names, None, m["role"], "X 文／图", 0.8)


# a correspondent's unit written before the names of a joint credit, after the caption's full stop
# (`…。某某车务段 张三 某报记者 李四 摄影报道`): the unit, cut off with the credit, is no place
_CREDIT_UNIT_RESIDUE: Final = re.compile(r"。\s*(?P<unit>[\u4e00-\u9fff]{2,10}(?:段|局|站|所|队|公司|中心|厂|矿))\s*$")
_CREDIT_UNIT_LAST: Final = frozenset("段局站所队司心厂矿")


def _take_credit_unit_residue(result: ParsedName, text: str) -> str:
    m = _CREDIT_UNIT_RESIDUE.search(text, max(0, len(text) - 14))
    if m is None or _full_place(m["unit"]) and not m["unit"].endswith(("段", "局", "公司", "中心", "所", "队")):
        return text  # `…。北京南站`: a station alone is where
    if not result.units:
        result._set("units", [m["unit"]], "。单位 X 摄", 0.6)
    return text[: m.start() + 1]


# `(采访及拍摄：X 剪接：Y)`, `图／广州日报记者：X 实习生：Y`: a crew list, role by role; the shooters are credited
_CREW_ITEM: Final = re.compile(r"(?P<role>[\u4e00-\u9fff·]{1,14}?)[:：]\s*(?P<names>[\u4e00-\u9fff]{2,4}(?:[、\s][\u4e00-\u9fff]{2,4})*?)"
                               r"(?=\s*[,，;；]?\s*[\u4e00-\u9fff·]{1,14}[:：]|\s*$)")
_SHOOTING_ROLE: Final = re.compile(r"(?:记者|实习生|摄影师?|拍摄|摄像|摄|图片?)$")
# (session 17: `照片提供：Y` beside `摄影：X`: who lent it, no photographer)
_OTHER_ROLE: Final = re.compile(r"(?:剪接|剪辑|编辑|责编|文字?|撰文|撰稿|校对|设计|制图|监制|统筹|配音|后期|提供)$")


_CREW_OPEN: Final = re.compile(r"(?:[(（]|(?<=[。\s]))\s*(?:图\s*[／:：]\s*)?(?=[^()（）。]{4,60}[)）]?$)")


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
