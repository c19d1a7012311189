"""Step 5, sources and outlets: source lines and brackets, series notes, result lines and listed
winners (`_take_source`, `_result_line`).

Reads lexicon, result, people, places, credits_body, contests, text_fields. Serves text_prefixes,
text_body.
"""

from __future__ import annotations

import re
from typing import Final

from .contests import _ENTRANT_UNIT_LAST, _ENTRY_FIELD_SEP, _entrant_unit, _entry_name
from .credits_body import _CREDIT_END, _UNIT_ONLY, _tail40
from .lexicon import _AGENCY_RE, _NOT_IN_NAMES, _ROLE_RE, _TITLE_ENDINGS
from .people import _is_common_name, _is_name, _is_title_word
from .places import _full_place
from .result import ParsedName
from .text_fields import _ORG_END

_AWARD_WORDS_SPLIT: Final = re.compile(r"[-_+＋\s\u3000]+")


_LEAD_SERIES: Final = re.compile(r"^(?P<t>[^\s\-_+＋《》()（）]{1,20})[(（][组組][照图圖]?\d{0,2}[)）](?=[\s\-_+＋—])")
_SOURCE_NOTE: Final = re.compile(r"\s*信息来源[:：][^()（）\[\]【】]*(?=[)）\]】]\s*$)")
_SOURCE_BRACKET: Final = re.compile(r"[\s。]*[(（](?:图片)?(?P<key>来源|署名)[:：]\s*(?P<src>[^()（）]{2,30})[)）]$")


# round 21: `…。图片来源：CFP`, `图源：视觉中国`: a source line names where the picture came from (an agency,
# a site, a stock library written in Latin letters), never a photographer; a person's name after it is left
# to the credit grammar
_SOURCE_LINE: Final = re.compile(  # round 45: a social post's `@` (`图片来源@X`), or a space after 图片来源/图源 (`。图片来源 X`)
    r"[\s。，,]*(?:(?:图片来源|图源|来源)\s*[:：@]|(?:图片来源|图源)(?=\s))\s*(?P<src>[^:：。，,()（）@]{2,30}?)\s*$")


# round 21: `…记者 X 摄 (广西新闻网-当代生活报)`: the outlets that ran it, after the credit; `…。(某某支队供图)`:
# an organisation supplied it. Neither is a person or a place.
_OUTLET_BRACKET: Final = re.compile(r"\s*[(（](?P<body>[^()（）]{2,30})[)）]$")
_OUTLET_SPLIT: Final = re.compile(r"[-－—、/／\s]+")
_ORG_SUPPLIED: Final = re.compile(
    r"(?:支队|大队|中队|总队|局|委|办|中心|公司|集团|医院|学校|大学|学院|政府|部|处|所|站|馆|院|协会|学会|社|台|报|网)$")


# a sentence, then only the outlet that ran it in brackets (`…。（西班牙某某网）`, `…。（某某日报）`): the source, no
# person, and the country or city in the outlet's name is not where the picture was taken
_SOURCE_OUTLET_BRACKET: Final = re.compile(r"(?<=[。.!！?？])\s*[(（](?P<o>[^()（）\s。，,]{3,16})[)）]$")
_SOURCE_OUTLET_NAME_END: Final = re.compile(r"(?:网|报|社|台|刊|传媒|新闻|频道|杂志|客户端)$")


def _take_outlet_source_bracket(result: ParsedName, text: str) -> str:
    m = _SOURCE_OUTLET_BRACKET.search(text, _tail40(text))
    if m is None or not _SOURCE_OUTLET_NAME_END.search(m["o"]) or len(m["o"]) <= 3 and _is_name(m["o"], strict=False):
        return text
    if not result.agency:
        result._set("agency", m["o"], "。（媒体）", 0.7)
    return text[: m.start()]


def _take_outlet_bracket(result: ParsedName, text: str) -> str:
    m = _OUTLET_BRACKET.search(text, _tail40(text))
    if not m or m.start() == 0:
        return text
    body = m["body"].strip()
    before = text[: m.start()].rstrip()
    if body.endswith("供图") and before.endswith(("。", ".")):
        org = body[:-2].strip()
        if len(org) >= 4 and _ORG_SUPPLIED.search(org) and not _is_name(org, strict=False):
            if not result.agency:
                result._set("agency", org, "。（单位供图）", 0.7)
            return before
        return text
    if not before.endswith(("摄", "摄影")):
        return text
    outlets = [o for o in _OUTLET_SPLIT.split(body) if o]
    if outlets and all(_AGENCY_RE.fullmatch(o) or _ORG_END.search(o) and len(o) >= 3 for o in outlets):
        if not result.agency:
            result._set("agency", outlets[0], "X 摄（媒体）", 0.7)
        return before
    return text


def _take_source_line(result: ParsedName, text: str) -> str:
    m = _SOURCE_LINE.search(text, _tail40(text))
    if not m or m.start() == 0:
        return text
    src = m["src"].strip()
    if not (src.isascii() or _AGENCY_RE.fullmatch(src) or _ORG_END.search(src)) or _CREDIT_END.search(src) \
            or _ROLE_RE.search(src):
        return text  # `图片来源：张三`, `来源：新华社记者 X 摄`: a person, read by the credit finders
    if not result.agency:
        result._set("agency", src, "来源：X", 0.7)
    return text[: m.start()]


_ROLE_NAME_END: Final = re.compile(r"(?:摄影|记者|摄)\s*(?P<name>[\u4e00-\u9fff]{2,3})$")


def _take_source(result: ParsedName, text: str) -> str:
    """`…。(来源：宁洱县融媒体中心)`: where a reposted picture came from, kept as its agency."""
    m = _SOURCE_BRACKET.search(text)
    if not m or m.start() == 0 or _CREDIT_END.search(m["src"]):
        return text  # `(来源：县委宣传部 程聪 摄)`: a credit, read by the credit finder
    if m["key"] == "署名" and not (m["src"].strip().isascii() or _AGENCY_RE.fullmatch(m["src"].strip())):
        return text  # round 27: `(图片署名：东方IC)` signs the picture with its source; a person's name is left alone
    shot = _ROLE_NAME_END.search(m["src"])
    if shot and _is_common_name(shot["name"]) and not result.photographers:  # round 24: `(来源：新华社X分社摄影王五)`
        result._set("photographers", [shot["name"]], "（来源：X 摄影 Y）", 0.7)
        src = m["src"][: shot.start()].strip()
        if src and not result.agency:
            result._set("agency", src, "（来源：X 摄影 Y）", 0.7)
        return text[: m.start()]
    if not result.agency:
        result._set("agency", m["src"].strip(), "（来源：X）", 0.7)
    return text[: m.start()]


def _series_note_marks_title(text: str) -> str:
    """`马帮(组照)-童军`: the words a series note follows are the title, whatever their shape."""
    m = _LEAD_SERIES.match(text)
    if not m:
        return text
    rest = text[m.end():]
    if rest[-1:] in _ENTRANT_UNIT_LAST:
        segs = _ENTRY_FIELD_SEP.split(rest)
        if len(segs) == 3 and not segs[0] and 2 <= len(segs[1]) <= 3 and len(segs[2]) >= 4 and _entry_name(segs[1]) \
                and (_entrant_unit(segs[2]) or _UNIT_ONLY.search(segs[2])):
            return m["t"] + rest  # `题(组图)-X-某局`: the note goes; work, entrant and unit read as three segments
    return f"《{m['t']}》{rest}"


def _result_line(result: ParsedName, text: str) -> str | None:
    """After an award: `张三 平兰小学` (the winner and the school), `晨曦 张三 市一中` (the work too).
    Returns what is left for the title, or None when the words are not such a line."""
    words = [w for w in _AWARD_WORDS_SPLIT.split(text.strip()) if w]
    if not 2 <= len(words) <= 3:
        return None
    units = [w for w in words if len(w) >= 4 and _UNIT_ONLY.fullmatch(w) and not _is_name(w)]
    rest = [w for w in words if w not in units]
    if len(units) != 1:
        return None
    if len(rest) == 1 and _listed_winner(rest[0]):
        name, title = rest[0], ""
    else:
        names = [w for w in rest if _is_name(w)]
        if len(rest) != 2 or len(names) != 1 or _full_place(rest[0] if rest[0] not in names else rest[1]):
            return None
        name, title = names[0], next(w for w in rest if w != names[0])
    result._set("photographers", [name], "姓名 单位 奖项", 0.75)  # a result list: the winner, the school
    result._set("units", units, "姓名 单位 奖项", 0.7)
    result.family = "contest_entry"
    return title


def _listed_winner(word: str) -> bool:
    """A pupil named in a result list beside a school and an award: a name, or three characters of
    name shape with a rare surname (盘梓姗) — no title word, no place, no character names avoid."""
    if _is_name(word):
        return True
    return (len(word) == 3 and _is_name(word, strict=False) and not _is_title_word(word) and not _full_place(word)
            and _NOT_IN_NAMES.isdisjoint(word) and word[-1] not in _TITLE_ENDINGS)
