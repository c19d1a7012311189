"""Step 5a, a credit's body: the `_Credit` type, a credit's end and brackets, the names inside it
(romanised, enumerated, glued together or to a role, pen names) and `_parse_credit_body`.

Reads lexicon, people, places_scan, places. Serves credits_bylines, credits_crews, credits_grammar,
credits, dates, captions, artworks, segments, contests, text_fields, text_notes, text_tails,
text_sources, text_body, credit_tail.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Final

from .lexicon import (
    _AGENCY_RE,
    _AMBIGUOUS_PLACES,
    _COMMON_SURNAMES,
    _COMPOUND_SURNAMES,
    _COUNTY_SHORT,
    _GAZETTEER,
    _NOUNS,
    _PROVINCES,
    _ROLE_RE,
    _ROLES,
    _SIGHTS,
    _SINGLE_SURNAMES,
    _TITLE_ENDINGS,
    _UNIT_SUFFIX,
    _VIEW_LEADS,
)
from .people import (
    _CJK,
    _CREDIT_WORD,
    _CREDITED_NAME,
    _LATIN_NICK,
    _NAME_TOKEN_SPLIT,
    _NEVER_CREDITED,
    _NOT_NAMES,
    _PLACE_END_CHARS,
    _has_surname,
    _is_common_name,
    _is_name,
    _is_tibetan_name,
    _is_title_word,
    _is_transliterated_name,
    _join_split_names,
    _typical_given,
)
from .places import _full_place
from .places_scan import _CHUNK_STOP, _gaz_name_length

# ---------------------------------------------------------------------------------------------
# Step 5a: the credit at the end of a caption
# ---------------------------------------------------------------------------------------------

_CREDIT_END: Final = re.compile(
    r"[\s_\-/／—]*(?:文并摄影?|文并图|图并文|[图文]{2}报道|摄影报道|摄影|拍摄|摄|供图|[/／]图|(?<=\s)图)\s*(?:[(（][^()（）]{2,8}[)）])?\s*$"
)
_CREDIT_END_LAST: Final = frozenset("摄影图文道)）")  # what _CREDIT_END can end with, before spaces
# round 36: `（记者 X 文摄）` (wrote it and took it), `（X摄 Y文）` (the writer after the photographer: no photographer); session
# 17's review: `文／摄` glued to a name is the name's (`（记者 X／文 张朝文／摄）`)
_CREDIT_BRACKET_END: Final = re.compile(
    r"(?P<open>[(（\[【])(?P<body>[^()（）\[\]【】]{2,40}?)[\s_\-/／]*(?:摄影报道|摄影|拍摄|摄|供图|文[/／]?图(?:报道)?|图[/／]?文(?:报道)?|(?<![\u4e00-\u9fff])文[/／]摄|(?<=\s)文摄)"
    r"(?:(?<=摄)\s+[\u4e00-\u9fff]{2,4}文)?\s*[)）\]】]\s*$"
)
# (session 16: a box mark, this key or an outlet's contributing photographer before it, `（■本期摄影：X）`,
# `（某某新闻网特约摄影师：X）`)
_CREDIT_BRACKET_LEAD: Final = re.compile(
    r"[(（\[【]\s*[■□]?\s*(?:本版|本期|本刊)?(?:[\u4e00-\u9fff]{2,10}?(?:网|报|台)特约摄影师(?=\s*[:：])|摄影师(?=\s*[:：])"
    r"|(?:拍摄|摄影)者(?=\s*[:：])"  # session 22: `（拍摄者：X）`, `（摄影者：X）`: the form's key, in brackets
    r"|摄影|航拍|拍摄(?![于於])|摄(?![于於])|文[/／]?图|图[/／]?文|图片?|供图|作者)[\s:：/／]*"  # (session 26: 摄于 is when or
    # where, `(摄于60年代)`, no credit's key; 图文 before 图: `（图文／X）`; review: the outlet
    # and 摄影师 before a colon only, `（某网特约摄影师 X）` keeps its outlet and role, read by the credit body)
    r"(?P<body>[^()（）\[\]【】]{2,40}?)\s*[)）\]】]\s*$"
)
# round 42: the key may say the whole page's pictures are the one credit (`本版摄影／X`); round 62: the joint key's slash
# as the single keys' (`图文／X`, 繁 `圖文／X`: who wrote and shot it, as `图文：X`)
_CREDIT_LEAD: Final = re.compile(
    r"(?:^|(?<=[\s。，,；;）)】\]]))(?:本版|本期|本刊)?(?P<key>供图|图片来源|图片|图|摄影师|摄影|作者|拍摄者|拍摄|摄|通讯员)\s*[:：/／丨｜|@]\s*"
    r"(?P<body>[^:：]{2,40})$"
    r"|(?:^|(?<=[。，,；;）)】\]!！?？]))\s*(?P<key2>摄影|拍摄)\s+(?P<body2>[^:：]{2,40})$"
    r"|(?:^|(?<=[\s。，,；;）)】\]]))(?P<key3>文[/／]图|图[/／]文|文图|图文)[\s:：/／]+(?P<body3>[^:：]{2,40})$"
)
_LATIN_PERSON: Final = re.compile(r"[A-Z][a-z]+(?:[ .-][A-Z][a-z]*\.?){1,2}")
_LATIN_WORD_SEP: Final = re.compile(r"[ .-]")
# session 20's review: words that make two capitalised words a place, a brand, a product or a title rather than a
# person (`New York`, `National Geographic`, `Adobe Lightroom`, `Golden Gate`); English vocabulary, no list of names
_LATIN_NOT_PERSON: Final = frozenset("""
new york hong kong san los las santa national geographic golden gate adobe lightroom photoshop apple store huawei
booth class team group club school university college academy institute museum gallery studio media news press street
road avenue lane park lake river bay beach island mountain mount valley canyon city town village bridge tower square
temple palace garden hall center centre station airport market port harbor harbour church castle forest desert sea
ocean falls glacier china chinese beijing shanghai tibet taipei macau tokyo paris london sydney rome australia america
american united states kingdom canada japan korea india africa europe asia world north south east west photo photos
photography awards award contest prize competition winner champion grand gold silver bronze first second third special
mention honorable best year day night morning evening sunset sunrise winter summer spring autumn snow rain light love
life dream home family art design festival nature wildlife camera canon nikon sony fujifilm leica olympus panasonic
iphone samsung xiaomi google microsoft windows drone dji gopro the and of lonely planet milky way blue sky big ben
mont blanc sun moon star stars wind fire water ice red green white black yellow happy time heart soul spirit peace
hope joy free wild deep high old young little great royal cafe coffee tea restaurant hotel bar shop mall plaza wall
stone rock hill field farm unit lesson chapter part one two three four five six seven eight nine ten good
""".split())


def _is_latin_person(text: str) -> bool:
    """Two or three capitalised words that may be a person's name (`Anna Berg`, `Zay Yar Lin`), none of them a word of
    places, brands or titles."""
    return bool(_LATIN_PERSON.fullmatch(text)) and " " in text and not _LATIN_COMPANY.search(text) \
        and _LATIN_NOT_PERSON.isdisjoint(w.lower().strip(".-") for w in _LATIN_WORD_SEP.split(text))
_CREDIT_INITIALS: Final = re.compile(r"[A-Z]{2,3}")
_AGENCY_INITIALS: Final = frozenset("AP AFP EPA CFP IC VCG UPI DPA CNA CNS ANP AAP NHK BBC CNN PA TPG FP KNA SNA IT".split())
_LATIN_COMPANY: Final = re.compile(r"\b(?:Media|News|Photos?|Studio|Images|Press|Group|Agency|Pictures|Daily|Times|Post|TV|Network)\b")
_ORGAN_LAST: Final = frozenset("局署厅委办处")
_TRAINEE: Final = re.compile(r"\s*[(（]实习[)）]")


@dataclass(init=False)  # (its __init__ written out: native code when compiled, as ParsedName's)
class _Credit:
    start: int  # where the credit begins in the text
    names: list[str]
    agency: str | None
    role: str | None
    rule: str
    confidence: float
    units: list[str]
    day: str | None  # a shooting day written inside the credit

    def __init__(self, start: int, names: list[str], agency: str | None, role: str | None, rule: str,
                 confidence: float, units: list[str] | None = None, day: str | None = None) -> None:
        self.start, self.names, self.agency, self.role = start, names, agency, role
        self.rule, self.confidence = rule, confidence
        self.units = [] if units is None else units
        self.day = day


_SECOND_CREDIT: Final = re.compile(r"(?<=[\u4e00-\u9fff]{2})(?<!特约)(?=(?:特约)?通讯员\s*[\u4e00-\u9fff])")


# a medium's short name the agency list lacks, right before a reporter's role (`财新记者 X`)
_MEDIUM_BEFORE_ROLE: Final = re.compile(r"[\u4e00-\u9fff]{2,4}(?=(?:首席|特约|见习|实习|摄影)?记者)")
# round 33: a longer outlet-shaped name (…报, …网, …社, …台, …刊, …杂志, and a second one after `·`) before any reporter's
# role (`中国妇女报全媒体记者 X`, `人民政协报记者 X`, `中青报·中青网见习记者 X`)
_OUTLET_BEFORE_ROLE: Final = re.compile(
    r"[\u4e00-\u9fff]{1,8}?(?:报|网|社|台|刊|杂志)(?:·[\u4e00-\u9fff]{1,8}?(?:报|网|社|台|刊|客户端))?"
    r"(?=(?:首席|特约|见习|实习|摄影|全媒体|融媒体|融媒|主任|高级)?记者)"
)
# round 36: an outlet, then its news brand or app glued or after `·`, before a reporter's role (`某某日报某某新闻记者 X`,
# `某某新闻·某某客户端记者 X`)
_OUTLET_BRAND_BEFORE_ROLE: Final = re.compile(
    r"[\u4e00-\u9fff]{1,8}?(?:报|网|社|台|新闻)·?[\u4e00-\u9fff]{1,6}?(?:新闻|客户端)"
    r"(?=(?:首席|特约|见习|实习|摄影|全媒体|融媒体|融媒|主任|高级)?记者)"
)
# round 45: a news brand or app first, then after `·` the paper whose brand it is, before a reporter's role
# (`新某省·某省日报通讯员 X`, `某某新闻·某某日报记者 X`); the outlet ends at its own outlet word
_BRAND_OUTLET_BEFORE_ROLE: Final = re.compile(
    r"[\u4e00-\u9fff]{2,6}·[\u4e00-\u9fff]{1,8}?(?:报|网|社|台)"
    r"(?=(?:首席|特约|见习|实习|摄影|全媒体|融媒体|融媒|主任|高级)?(?:记者|通讯员)|$)"  # ($: `…日报 通讯员`, split before)
)


def _vouched_names(got: tuple[list[str], str | None, str | None, int] | None) -> list[str]:
    """The names of a credit body (`_parse_credit_body`'s answer) an agency or a role vouches for, or, with neither, that
    are common names and no place (session 13: `(张三摄)` in one of two pictures, `(张三 摄于…日)`; not `(王府井摄)`,
    `（全家 摄于…）`)."""
    if not got or not got[0]:
        return []
    if got[1] or got[2] or all(_is_common_name(n) and n[-1] not in _PLACE_NAME_LAST for n in got[0]):
        return got[0]
    return []


_PLACE_NAME_LAST: Final = _PLACE_END_CHARS | frozenset("庄井屯寨")


def _parse_credit_body(body: str, *, strict: bool, listed: bool = False) -> tuple[list[str], str | None, str | None, int] | None:
    """Names, agency and role in `新华社记者 杨湛菲`, `记者 A 通讯员 B C`, `中国青年报 赵迪` …

    Returns the names and how many leading characters of `body` were NOT part of the credit
    (the caption text before it), or None when the body is not a credit. `listed`: the words were joined by 、
    where the body was cut from (a list of people, whatever each word also is).
    """
    body = (_TRAINEE.sub("", body) if "实习" in body else body).rstrip(" _-/")
    if "通讯员" in body:  # `本报记者A通讯员B`: two credits glued together
        body = _SECOND_CREDIT.sub(" ", body)
    tokens = [t for t in _NAME_TOKEN_SPLIT.split(body) if t]
    agency = role = None
    names: list[str] = []
    credit_seen = False
    for tok in _join_split_names(tokens):
        if tok == "文" and names and not strict:  # session 17: `记者 X 文 通讯员 Y 摄`: who wrote it, then who shot it
            names, role, agency, credit_seen = [], None, None, True
            continue
        if not names and tok[-1:] == "客" and tok.endswith("拍客") and len(tok) <= 6:
            role = role or "拍客"  # `川观拍客 X`, `新华拍客 X`: a paper's citizen photographer, a role like 记者
            credit_seen = True
            continue
        rest = tok
        am = (_OUTLET_BRAND_BEFORE_ROLE.match(rest) if not strict and ("新闻" in rest or "客户端" in rest) else None) \
            or (_BRAND_OUTLET_BEFORE_ROLE.match(rest) if not strict and "·" in rest else None) \
            or _AGENCY_RE.match(rest) or (_MEDIUM_BEFORE_ROLE.match(rest) or _OUTLET_BEFORE_ROLE.match(rest)
                                          if not strict and "记者" in rest else None)
        if am:
            agency = agency or am.group(0).removesuffix("发")
            rest = rest[am.end():].lstrip("发")
            if "记者" in rest and not strict and not _ROLE_RE.match(rest):  # round 49: `新民晚报新民网记者 X`: the
                bm = _OUTLET_BEFORE_ROLE.match(rest) or _MEDIUM_BEFORE_ROLE.match(rest)  # paper, then its own site or
                if bm and not _is_name(bm.group(0)):  # app glued before the role (`某某日报某某点记者`); not a name
                    rest = rest[bm.end():]
        rm = _ROLE_RE.match(rest)
        while rm:
            role = role or rm.group(0)
            rest = rest[rm.end():]
            rm = _ROLE_RE.match(rest)
        if (am or rest != tok) and names and not credit_seen and not all(map(_is_name, names)):
            return None  # `游人赏花 新华社 宋城`: words before the first agency or role are the caption
        credit_seen = credit_seen or bool(am) or rest != tok
        if not rest:
            continue
        if not names and len(rest) >= 3 and (_UNIT_ONLY.fullmatch(rest) and (len(rest) >= 4 or not _is_common_name(rest))
                                             or (am or agency) and rest.endswith("频道")):
            credit_seen = True  # `（宣传部 张三 摄）`: the unit the photographer works for, not a person; session 16: an
            continue  # outlet's channel after it (`某某新闻网临汾频道 X 摄`)
        if (_is_name(rest, strict=strict) and not (len(rest) >= 4 and rest[:2] not in _COMPOUND_SURNAMES
                                                   and _gaz_name_length(rest, 0) >= 2 and _full_place(rest))
                or not strict and _LATIN_NICK.fullmatch(rest)):  # (session 12's review: `安徽宏村 X 摄`: a place first)
            names.append(rest)
            continue
        if (role or agency) and not strict and _CREDITED_NAME.fullmatch(rest) and not _CHUNK_STOP.search(rest) \
                and rest not in _NOT_NAMES and not _CREDIT_WORD.search(rest) and not _full_place(rest):
            names.append(rest)
            continue
        return None
    if not names:
        return None
    if len(names) > 1 and names[-1].isascii() and names[-2].isascii():
        names = _join_romanised(names, body)  # round 40: `记者 Wang Xiaoming 摄`: one romanised name, not two
    if len(names) > 1 and not (agency or role) and (not all(map(_has_surname, names)) and not _enumerated_names(body, names)
                                                    or any(map(_is_title_word, names[:-1]))
                                                    or any(map(_two_chars_no_name, names[:-1]))):  # `秋收 张三摄`
        return None  # `晨曦 高明 摄`: the first word is the title, not a second photographer; session 25: nor `相册`
    if len(names) > 1 and not (agency or role) and not listed and "、" not in body and _place_before_names(names, tokens):
        return None  # session 15: `白马寺 孙萱欣 摄`, `鄢陵 张毅言摄`: a sight or a county before the name is where
    return names, agency, role, 0


def _two_chars_no_name(word: str) -> bool:
    """Session 25: `相册 王明摄`: two characters a rarer surname opens, the second no given name's, are a word (an album,
    a folder's name, an outlet: `相册`, `红网`), not a second photographer (`易风` is one; a common surname's pair stays a
    name, `罗定`)."""
    return len(word) == 2 and word[0] not in _COMMON_SURNAMES and not _typical_given(word)


def _place_before_names(names: list[str], tokens: list[str]) -> bool:
    """Session 15: a word read as a name is a place word before the last name, with no common name before it (the
    words before it are caption words: `秋日田园 栾川 X`). (Review: a place-like word after a person's name is a
    person too, `黄慧 罗定 程建海 摄`; a word joined from spaced characters is a name, `金 华`; a county's two-character
    short name led by a common surname is a person's name as often, `周宁 沈辉辰 摄`; a city's is not, `唐山`.)"""
    for word in names[:-1]:
        if _is_common_name(word):
            return False
        if word in tokens and _is_place_word(word) \
                and not (len(word) == 2 and word[0] in _COMMON_SURNAMES and word in _COUNTY_SHORT):
            return True
    return False


_PLACE_BEFORE_CREDIT_RULE: Final = "place before credit"  # the rule text_body gives such a word when it stands before the credit


def _is_place_word(word: str) -> bool:
    """A known place or sight that is no name as well (`滕王阁`, `鄢陵`, not `黄山`, `江山`), or a temple's or a shrine's
    name (`白马寺`, `陈家祠`: no given name ends in 寺 or 祠, as `德阁`, `玉殿` end given names; three to five characters,
    not a clause that ends in one, `信众涌入大昭寺`)."""
    return (word in _GAZETTEER and word not in _AMBIGUOUS_PLACES or word in _SIGHTS
            or 3 <= len(word) <= 5 and word[-1] in "寺祠" and "在" not in word and "的" not in word)


def _join_romanised(names: list[str], body: str) -> list[str]:
    """`Wang Xiaoming`, `Chong Voon Chung`: capitalised words written with a space are one romanised name."""
    out: list[str] = []
    for name in names:
        joined = f"{out[-1]} {name}" if out else ""
        if out and name.isascii() and out[-1].isascii() and joined in body and _LATIN_PERSON.fullmatch(joined):
            out[-1] = joined
        else:
            out.append(name)
    return out


def _enumerated_names(body: str, names: list[str]) -> bool:
    """`潘程超、钞飞航`: names listed with the enumeration comma (no space: a space may part a title from a name)
    are people even when a rare surname is not in the table, if one of them has a known surname and each of
    the others is a full three-character name (`桃花、李花` is no list of people)."""
    return ("、" in body and not any(ch.isspace() for ch in body.strip())
            and any(map(_has_surname, names)) and all(len(n) == 3 or _has_surname(n) for n in names))


_PADDED_NAME_BEFORE: Final = frozenset(" \u3000者员师")  # round 42: what stands before a padded name: a space, a role's end


def _glued_unsurnamed_rest(run: str, before: str) -> str | None:
    """An exhibition's label glues the title, the name and 摄 (`冰雪大秃顶邢书智摄`, `“某某”园雷克摄`: 牡丹江日报's list
    of a 雪乡 show): a name opens on a surname, so where the run glued to the words before it opens on a character
    that is no surname, that character ends the title and the rest, a strict name with its surname, is the
    photographer. After a space or a full stop the run is a name of its own (`。园雷克摄` stays)."""
    if before in _GLUED_RUN_APART or run[0] in _SINGLE_SURNAMES or run[:2] in _COMPOUND_SURNAMES:
        return None
    rest = run[1:]
    return rest if _has_surname(rest) and _is_name(rest) and not _is_tibetan_name(run) \
        and not _is_transliterated_name(run) else None


_GLUED_RUN_APART: Final = frozenset(" \u3000。，,、；;：:／/|-_+＋()（）[]【】")  # what sets a run apart from the words before


_DEVICE_WORDS: Final = ("手机", "相机", "无人机", "单反", "航拍")  # what shot it, never who (a time word may be a name: 凌晨)


_VIEW_VERBS: Final = (*_VIEW_LEADS, "航拍")  # a view opening the words before a credit


def _credit_from_tail(text: str, start: int, body: str, *, strict: bool, rule: str, conf: float) -> _Credit | None:
    """Try the credit body; when it fails, drop leading tokens (they were caption text)."""
    if len(body) >= 4 and body[-2] == " " and body[-4] in _PADDED_NAME_BEFORE and _CJK.fullmatch(body[-3] + body[-1]):
        # round 42: `记者彭 源摄`, `X 衛 琦`: a two-character name padded to the width of three, read as one name
        got = _credit_from_tail(text, start, body[:-2] + body[-1], strict=strict, rule=rule, conf=conf)
        if got and got.names and got.names[-1] == body[-3] + body[-1]:
            return got
    tokens = _NAME_TOKEN_SPLIT.split(body)
    joint = "、" if "、" in body and " " not in body.strip() else " "  # a list `X、Y` stays one (_enumerated_names)
    crews = body.count("记者") + body.count("通讯员") >= 2
    for skip in range(len(tokens)):
        part = joint.join(tokens[skip:]).strip()
        if not part:
            break
        crew = _ROLE_NAME_PAIR.findall(part) if crews else None
        if crew and "".join(r + n for r, n in crew) == part.replace(" ", "") \
                and all(_is_name(n, strict=False) for _, n in crew):  # session 16: `记者叶茂林大学生记者李妍摄`: each
            return _Credit(start + _offset_of_token(body, skip), [n for _, n in crew], None, crew[0][0], rule, conf * 0.9)
            # role glued before its own name
        parsed = _parse_credit_body(part, strict=strict, listed=joint == " " and "、" in body)
        if parsed and len(parsed[0]) > 1 and parsed[0][0].endswith(_DEVICE_WORDS):
            continue  # session 18: `某镇航拍 张三摄`: the way it was shot ends the caption's words, no name of the list
        if parsed and skip == 0 and len(tokens) > 1 and tokens[0].lstrip("▲△▼●■◆").startswith(_VIEW_VERBS):
            continue  # session 20: `俯瞰某某总厂 张三摄`: a view of the place is the caption, no unit of the credit
        if parsed:
            names, agency, role, _ = parsed
            offset = start + _offset_of_token(body, skip)
            if len(names) == 1 and len(names[0]) >= 4 and names[0][-2:] in _GAZETTEER and _is_common_name(names[0][:-2]):
                names = [names[0][:-2]]  # round 24: `中央社记者黄兆平纽约摄`: the dateline city before 摄
            if skip and names[0].isascii() and tokens[skip - 1][-1:].isascii() and tokens[skip - 1][-1:].isalpha():
                # round 40: `Wang Xiaoming 摄`: a romanised name's first word is no caption text; the whole name
                # when its words read as one (`Wang Xiaoming`), else nobody rather than a cut one
                k = next((k for k in range(max(0, skip - 2), skip)
                          if _LATIN_PERSON.fullmatch(" ".join([*tokens[k:skip], names[0]]))), None)
                if k is None or len(names) > 1 or agency or role:
                    return None
                names, offset = [" ".join([*tokens[k:skip], names[0]])], start + _offset_of_token(body, k)
            return _Credit(offset, names, agency, role, rule, conf)
    pen = _PEN_NAME_CREDIT.fullmatch(body.strip()) if not strict else None
    if pen and not _CHUNK_STOP.search(pen["pen"]):  # `长江日报城市摄影队 哈喽马里奥 摄`: a pen name
        outlet = _AGENCY_RE.match(pen["agency"])
        return _Credit(start + _offset_of_token(body, 0), [pen["pen"]], outlet.group(0) if outlet else None,
                       pen["role"], "媒体 笔名 摄", 0.5)
    # `新华社记者郭绪雷`, `记者X`, `路网公司周博玮`: agency/role/unit glued to the name
    run = _ROLE_THEN_RUN.search(body) if len(body) > 6 and ("记者" in body or "通讯员" in body) else None
    if run:  # round 24: `南方日报记者梁文祥朱伟良摄`: a role vouches for the names glued after it
        glued_names = _glued_names(run["run"])
        if glued_names is not None:
            outlet = _AGENCY_TAIL_BEFORE_ROLE.search(body, 0, run.start())
            return _Credit(start + (outlet.start() if outlet else run.start()), glued_names,
                           outlet["a"] if outlet else None, run["role"], rule, conf * 0.9) if glued_names else None
    sentence = _names_sentence(text, start, body) if len(body) >= 7 else None
    if sentence:  # session 16: `…。张晓亮邱亮葛春燕摄`: three names or more glued, the whole sentence after a full stop
        return _Credit(start + _offset_of_token(body, 0), sentence, None, None, rule, conf * 0.9)
    pair = _two_glued_names(body.strip())
    if pair:  # round 21: `…。张明李华摄影报道`: two names written without a separator
        return _Credit(start + _offset_of_token(body, 0), pair, None, None, rule, conf * 0.9) if pair[0] else None
    glued = _GLUED_CREDIT.search(body)
    if glued and len(glued["name"]) == 4 and len(body.strip()) > 6 and not (glued["agency"] or glued["role"] or glued["unit"]) \
            and glued["name"][0] not in _COMMON_SURNAMES and glued["name"][:2] not in _COMPOUND_SURNAMES \
            and _is_common_name(glued["name"][1:]) and not _is_tibetan_name(glued["name"]) \
            and not _is_transliterated_name(glued["name"]):  # round 21: `运回家汪治忠摄`: 家 ends the caption
        return _Credit(start + glued.start("name") + 1, [glued["name"][1:]], None, None, rule, conf)
    if glued and len(glued["name"]) == 4 and (len(body.strip()) > 6 or glued["name"][1] in _TITLE_ENDINGS
                                              and _is_title_word(glued["name"][:2])) \
            and not (glued["agency"] or glued["role"] or glued["unit"]) \
            and glued["name"][:2] not in _COMPOUND_SURNAMES and _is_common_name(glued["name"][2:]) \
            and not _is_common_name(glued["name"][1:]) and not _is_name(glued["name"][:2]) \
            and not _is_tibetan_name(glued["name"]) and not _is_transliterated_name(glued["name"]):
        return _Credit(start + glued.start("name") + 2, [glued["name"][2:]], None, None, rule, conf * 0.9)  # round 27:
        # `…闹元宵梁婷摄`: a two-character common name glued to the caption's last word (not `元宵梁婷`); round 55: a
        # short title too when its last word is a title word (`某城夜色李哲摄`, `秋色王伟摄`: 色, 韵, 景 … end titles)
    if glued and len(glued["name"]) >= 3 and glued.start("name") > 0 and not (glued["agency"] or glued["role"]) \
            and not glued["unit"] and (rest := _glued_unsurnamed_rest(glued["name"], body[glued.start("name") - 1])):
        return _Credit(start + glued.start("name") + 1, [rest], None, None, rule, conf * 0.9)  # `冰雪大秃顶邢书智摄`
    if glued and _is_name(glued.group("name"), strict=strict) and not _cut_translit(body, glued) \
            and not _AGENCY_RE.fullmatch(body.strip()):  # round 21: `图／中央社`: an agency alone names nobody
        agency = glued.group("agency")
        unit = glued.group("unit")
        return _Credit(start + glued.start(), [glued.group("name")], agency.removesuffix("发") if agency else None,
                       glued.group("role"), rule, conf, [unit] if unit else [])
    return None


_GLUED_ROLE: Final = "(?:大学生|学生|实习|见习|特约|首席|摄影|全媒体|融媒体)?(?:记者|通讯员)"
_ROLE_NAME_PAIR: Final = re.compile(rf"({_GLUED_ROLE})\s*([\u4e00-\u9fff]{{2,3}}?)(?=\s*{_GLUED_ROLE}|\s*$)")  # each role, its name
_ROLE_THEN_RUN: Final = re.compile(r"(?P<role>摄影记者|全媒体记者|融媒体记者|记者|通讯员)\s*(?P<run>[\u4e00-\u9fff]{5,12})$")
_AGENCY_TAIL_BEFORE_ROLE: Final = re.compile(r"(?P<a>" + _AGENCY_RE.pattern + r")\s*$")


def _ways_to_split(run: str, lengths: tuple[int, ...], is_word: Callable[[str], bool]) -> list[list[str]]:
    """The ways `run` splits whole into words of the given lengths that `is_word` takes, the first two found (two
    already say it is ambiguous)."""
    ways: list[list[str]] = []

    def walk(i: int, acc: list[str]) -> None:
        if len(ways) > 1:
            return
        if i == len(run):
            ways.append(acc)
            return
        for k in lengths:
            if i + k <= len(run) and is_word(run[i : i + k]):
                walk(i + k, [*acc, run[i : i + k]])

    walk(0, [])
    return ways


def _glued_names(run: str) -> list[str] | None:
    """Round 24: a run of names glued together (`梁文祥朱伟良`, `黄一鸣李华徐子茗`) as common names of two or three
    characters; None when it does not split so, `[]` when it splits more than one way (no credit, not a wrong one)."""
    ways = [way for way in _ways_to_split(run, (3, 2), _is_common_name) if len(way) >= 2]
    return ways[0] if len(ways) == 1 else [] if ways else None


_SENTENCE_STOPS: Final = frozenset("。！？!?")


def _names_sentence(text: str, start: int, body: str) -> list[str] | None:
    """Session 16: a credit body of 7-12 characters that is a whole sentence, right after a full stop, and splits one way
    only into names of two or three characters (`…。张晓亮邱亮葛春燕摄`, `…。 何乐刘亮宋佳佳摄`): the names of the
    people who shot it (a caption's sentence of names alone is its credit). None otherwise: the older reading (the last
    name) stands."""
    run = body.strip()
    if not 7 <= len(run) <= 12 or text[:start].rstrip()[-1:] not in _SENTENCE_STOPS or not _CJK.fullmatch(run) \
            or any(run[i : i + 2] in _NEVER_CREDITED or _is_transliterated_name(run[i : i + 4]) for i in range(len(run) - 1)):
        return None  # (`。伊力夏提江编辑`: a transliterated name, then an editor's key)
    # any surname opens a name here, not only a common one (`于顺纪洪奎` splits two ways); a name of four with a compound
    # surname (`欧阳明霞`) is one more way. One way only, first with any two or three characters after a surname (a given
    # name the name test rejects, `陈建国童江`, must not leave a wrong way alone), then that way by the name test
    loose = _ways_to_split(run, (4, 3, 2), lambda w: _has_surname(w) and (len(w) < 4 or w[:2] in _COMPOUND_SURNAMES))
    splits = _ways_to_split(run, (3, 2), _is_plain_name) if len(loose) == 1 else []
    if len(splits) != 1 or _gaz_name_length(run, 0) or any(_gaz_name_length(run, i) >= 3 for i in range(1, len(run) - 2)) \
            or any(_is_title_word(run[i : i + 4]) or run[i : i + 2] == run[i + 2 : i + 4] for i in range(len(run) - 3)):
        return None  # (a place opening the sentence, or a longer one inside it: `。马鞍山中秋…`, `。江山如画…`; a set phrase,
        # `高山流水…`, or a word said twice over a split)
    return splits[0]


def _is_plain_name(word: str) -> bool:
    """A name with a surname that is no everyday noun or title word as well (海洋, 农田, 秋色): a name glued among others
    must be nothing else."""
    return _has_surname(word) and _is_name(word) and word not in _NOUNS and not _is_title_word(word)


def _two_glued_names(body: str) -> list[str] | None:
    """A whole credit body of 5-6 characters that is no one name: the two common names it splits into one way
    only; `[""]` when it splits more than one way (which is which is unknown: no credit, rather than a wrong one)."""
    if not 5 <= len(body) <= 6 or not _CJK.fullmatch(body) or _is_tibetan_name(body[:4]) or _is_transliterated_name(body):
        return None
    splits = [[body[:k], body[k:]] for k in (2, 3) if 2 <= len(body) - k <= 3
              and _is_common_name(body[:k]) and _is_common_name(body[k:])]
    return splits[0] if len(splits) == 1 else [""] if splits else None


def _cut_translit(body: str, glued: re.Match[str]) -> bool:
    """`巴音布鲁克摄`: four transliterated characters cut from a longer word are no name."""
    name, at = glued.group("name"), glued.start("name")
    return (len(name) == 4 and not _has_surname(name) and not _is_tibetan_name(name) and at > 0
            and not (glued.group("role") or glued.group("unit")) and "\u4e00" <= body[at - 1] <= "\u9fff")


_ROLE_ALTERNATION_EARLY: Final = "|".join(map(re.escape, _ROLES))
_GLUED_CREDIT: Final = re.compile(
    r"(?:(?P<agency>" + _AGENCY_RE.pattern + r")发?\s*)?(?P<role>" + "|".join(_ROLES) + r")?"
    r"(?P<unit>(?<![\u4e00-\u9fff])[\u4e00-\u9fff]{2,8}(?:" + _UNIT_SUFFIX + r"))?"
    r"(?P<name>[\u4e00-\u9fff]{2,4})$"
)


_PEN_NAME_CREDIT: Final = re.compile(
    r"(?P<agency>(?:" + _AGENCY_RE.pattern + r"))(?P<role>" + _ROLE_ALTERNATION_EARLY + r")?\s+"
    r"(?P<pen>[\u4e00-\u9fffA-Za-z0-9]{2,8})"
)


def _offset_of_token(body: str, index: int) -> int:
    pos = 0
    for _ in range(index):
        m = re.compile(r"\S+\s*").match(body, pos)
        if not m:
            break
        pos = m.end()
    return pos


# round 52: 摄影报道 (a report told in photos) as the key, the name after it (`…。摄影报道 X`), as 摄影 X
_AUTHOR_PROVINCE: Final = re.compile(  # round 42: 本版/本期/本刊 before the key: the page's (the issue's) one credit
    r"[\s_\-]*(?:特约|首席|本报|本版|本期|本刊)?(?:作者|摄影(?:报道)?)(?:\s*[:：]\s*|\s+)(?:(?:" + "|".join(_PROVINCES) + r")(?:省|市)?\s+)?"
    r"(?P<name>[\u4e00-\u9fff](?:[ \u3000]?[\u4e00-\u9fff]){1,3})$"
)
_NAME_BRACKET_END: Final = re.compile(
    r"(?<=[^\s(（])\s*[(（](?P<name>[\u4e00-\u9fff]{2,4}(?:[ 、，,][\u4e00-\u9fff]{2,4}){0,2})[)）]$"
)


_UNIT_NAMES_BRACKET: Final = re.compile(
    r"\s*[(（](?P<unit>[\u4e00-\u9fff]{2,14}?(?:分行|支行|银行|公司|集团|部|中心|学院|大学|中学|小学|学校|工会|协会))"
    r"(?P<names>[\u4e00-\u9fff]{2,4}(?:[、，,][\u4e00-\u9fff]{2,4}){0,2})\s*[)）]$"
)


# `背篓专线 安康：王兆群`: an association's branch (a place name) and its member after a short title
_HOME_COLON_NAME: Final = re.compile(r"[\s_\-]+(?P<home>[\u4e00-\u9fff]{2,4}?)(?:分会|市|县|区)?[:：]\s*(?P<name>[\u4e00-\u9fff]{2,4})$")


def _last_open(text: str) -> int:
    """Round 24 (speed): where a `\\s*（…）$` form whose body holds no bracket can begin: the last opening bracket,
    moved back over the spaces before it (the same match a search of the whole text finds, found sooner)."""
    i = max(text.rfind("("), text.rfind("（"))
    if i <= 0:
        return 0
    while i > 0 and text[i - 1].isspace():
        i -= 1
    return i


def _tail40(text: str) -> int:
    """Where to start looking for a source or a credit that closes a name: its last 40 characters."""
    return max(0, len(text) - 40)
_UNIT_ONLY: Final = re.compile(r"(?![局全内外东西南北中顶底上下前后头胸腹背面腿脚手根尾]部$)"  # session 24: `局部`, `东部`,
                               r"[\u4e00-\u9fff]{1,10}(?:" + _UNIT_SUFFIX + ")")  # `顶部`: a part or a side, no office
