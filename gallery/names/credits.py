"""Step 5a, the credit at the end of a caption: agency, role and verb (`新华社记者 X 摄`, `（X摄）`, `供图：X`,
`作者：X`, bylines, crews) as a `_Credit`.

Reads lexicon, result, stamps, people, places. Serves dates, titles, captions, segments, contests,
text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .lexicon import (
    _AGENCIES,
    _AGENCY_RE,
    _COMMON_SURNAMES,
    _COMPOUND_SURNAMES,
    _GAZETTEER,
    _HAND_GAZETTEER,
    _OUTLETS_AFTER_NAME,
    _PROVINCE_SET,
    _PROVINCES,
    _ROLE_RE,
    _ROLES,
    _SINGLE_SURNAMES,
    _TITLE_ENDINGS,
    _UNIT_SUFFIX,
    _trie_pattern,
)
from .people import (
    _CJK,
    _CREDIT_WORD,
    _CREDITED_NAME,
    _DOTTED_NAME,
    _LATIN_NICK,
    _NAME_TOKEN_SPLIT,
    _NOT_NAMES,
    _has_surname,
    _is_common_name,
    _is_name,
    _is_tibetan_name,
    _is_title_word,
    _is_transliterated_name,
    _join_split_names,
)
from .places import _CHUNK_STOP, _DATE_CLAUSE, _full_place, _gaz_name_length, _scan_place
from .result import ParsedName
from .stamps import _valid_date

# ---------------------------------------------------------------------------------------------
# Step 5a: the credit at the end of a caption
# ---------------------------------------------------------------------------------------------

_CREDIT_END = re.compile(
    r"[\s_\-/／—]*(?:文并摄影?|文并图|图并文|[图文]{2}报道|摄影报道|摄影|拍摄|摄|供图|[/／]图)\s*(?:[(（][^()（）]{2,8}[)）])?\s*$"
)
_CREDIT_END_LAST = frozenset("摄影图文道)）")  # what _CREDIT_END can end with, before spaces
# round 36: `（记者 X 文摄）` (wrote it and took it), `（X摄 Y文）` (the writer after the photographer: no photographer)
_CREDIT_BRACKET_END = re.compile(
    r"(?P<open>[(（\[【])(?P<body>[^()（）\[\]【】]{2,40}?)[\s_\-/／]*(?:摄影报道|摄影|拍摄|摄|供图|文[/／]?图(?:报道)?|图[/／]?文(?:报道)?|文[/／]摄|(?<=\s)文摄)"
    r"(?:(?<=摄)\s+[\u4e00-\u9fff]{2,4}文)?\s*[)）\]】]\s*$"
)
_CREDIT_BRACKET_LEAD = re.compile(
    r"[(（\[【]\s*(?:摄影|航拍|拍摄|摄|文[/／]?图|图[/／]?文|图片?|供图|作者)[\s:：/／]*"  # (图文 before 图: `（图文／X）`)
    r"(?P<body>[^()（）\[\]【】]{2,40}?)\s*[)）\]】]\s*$"
)
_CREDIT_LEAD = re.compile(  # round 42: the key may say the whole page's pictures are the one credit (`本版摄影／X`)
    r"(?:^|(?<=[\s。，,；;）)】\]]))(?:本版|本期|本刊)?(?P<key>供图|图片来源|图片|图|摄影师|摄影|作者|拍摄|摄)\s*[:：/／丨｜|@]\s*"
    r"(?P<body>[^:：]{2,40})$"
    r"|(?:^|(?<=[。，,；;）)】\]!！?？]))\s*(?P<key2>摄影|拍摄)\s+(?P<body2>[^:：]{2,40})$"
    r"|(?:^|(?<=[\s。，,；;）)】\]]))(?P<key3>文[/／]图|图[/／]文|文图|图文)[\s:：]+(?P<body3>[^:：]{2,40})$"
)
_LATIN_PERSON = re.compile(r"[A-Z][a-z]+(?:[ .-][A-Z][a-z]*\.?){1,2}")
_CREDIT_INITIALS = re.compile(r"[A-Z]{2,3}")
_AGENCY_INITIALS = frozenset("AP AFP EPA CFP IC VCG UPI DPA CNA CNS ANP AAP NHK BBC CNN PA TPG FP KNA SNA IT".split())
_LATIN_COMPANY = re.compile(r"\b(?:Media|News|Photos?|Studio|Images|Press|Group|Agency|Pictures|Daily|Times|Post|TV|Network)\b")
_ORGAN_LAST = frozenset("局署厅委办处")
_TRAINEE = re.compile(r"\s*[(（]实习[)）]")


@dataclass
class _Credit:
    start: int  # where the credit begins in the text
    names: list[str]
    agency: str | None
    role: str | None
    rule: str
    confidence: float
    units: list[str] = field(default_factory=list)
    day: str | None = None  # a shooting day written inside the credit


_SECOND_CREDIT = re.compile(r"(?<=[\u4e00-\u9fff]{2})(?<!特约)(?=(?:特约)?通讯员\s*[\u4e00-\u9fff])")


# a medium's short name the agency list lacks, right before a reporter's role (`财新记者 X`)
_MEDIUM_BEFORE_ROLE = re.compile(r"[\u4e00-\u9fff]{2,4}(?=(?:首席|特约|见习|实习|摄影)?记者)")
# round 33: a longer outlet-shaped name (…报, …网, …社, …台, …刊, …杂志, and a second one after `·`) before any reporter's
# role (`中国妇女报全媒体记者 X`, `人民政协报记者 X`, `中青报·中青网见习记者 X`)
_OUTLET_BEFORE_ROLE = re.compile(
    r"[\u4e00-\u9fff]{1,8}?(?:报|网|社|台|刊|杂志)(?:·[\u4e00-\u9fff]{1,8}?(?:报|网|社|台|刊|客户端))?"
    r"(?=(?:首席|特约|见习|实习|摄影|全媒体|融媒体|融媒|主任|高级)?记者)"
)
# round 36: an outlet, then its news brand or app glued or after `·`, before a reporter's role (`某某日报某某新闻记者 X`,
# `某某新闻·某某客户端记者 X`)
_OUTLET_BRAND_BEFORE_ROLE = re.compile(
    r"[\u4e00-\u9fff]{1,8}?(?:报|网|社|台|新闻)·?[\u4e00-\u9fff]{1,6}?(?:新闻|客户端)"
    r"(?=(?:首席|特约|见习|实习|摄影|全媒体|融媒体|融媒|主任|高级)?记者)"
)
# round 45: a news brand or app first, then after `·` the paper whose brand it is, before a reporter's role
# (`新某省·某省日报通讯员 X`, `某某新闻·某某日报记者 X`); the outlet ends at its own outlet word
_BRAND_OUTLET_BEFORE_ROLE = re.compile(
    r"[\u4e00-\u9fff]{2,6}·[\u4e00-\u9fff]{1,8}?(?:报|网|社|台)"
    r"(?=(?:首席|特约|见习|实习|摄影|全媒体|融媒体|融媒|主任|高级)?(?:记者|通讯员)|$)"  # ($: `…日报 通讯员`, split before)
)


def _parse_credit_body(body: str, *, strict: bool) -> tuple[list[str], str | None, str | None, int] | None:
    """Names, agency and role in `新华社记者 杨湛菲`, `记者 A 通讯员 B C`, `中国青年报 赵迪` …

    Returns the names and how many leading characters of `body` were NOT part of the credit
    (the caption text before it), or None when the body is not a credit.
    """
    body = (_TRAINEE.sub("", body) if "实习" in body else body).rstrip(" _-/")
    if "通讯员" in body:  # `本报记者A通讯员B`: two credits glued together
        body = _SECOND_CREDIT.sub(" ", body)
    tokens = [t for t in _NAME_TOKEN_SPLIT.split(body) if t]
    agency = role = None
    names: list[str] = []
    credit_seen = False
    for tok in _join_split_names(tokens):
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
        if not names and len(rest) >= 3 and _UNIT_ONLY.fullmatch(rest) and (len(rest) >= 4 or not _is_common_name(rest)):
            credit_seen = True  # `（宣传部 张三 摄）`: the unit the photographer works for, not a person
            continue
        if _is_name(rest, strict=strict) or (not strict and _LATIN_NICK.fullmatch(rest)):
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
                                                    or any(map(_is_title_word, names[:-1]))):  # `秋收 张三摄`
        return None  # `晨曦 高明 摄`: the first word is the title, not a second photographer
    return names, agency, role, 0


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


_PADDED_NAME_BEFORE = frozenset(" \u3000者员师")  # round 42: what stands before a padded name: a space, a role's end


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


_GLUED_RUN_APART = frozenset(" \u3000。，,、；;：:／/|-_+＋()（）[]【】")  # what sets a run apart from the words before


def _credit_from_tail(text: str, start: int, body: str, *, strict: bool, rule: str, conf: float) -> _Credit | None:
    """Try the credit body; when it fails, drop leading tokens (they were caption text)."""
    if len(body) >= 4 and body[-2] == " " and body[-4] in _PADDED_NAME_BEFORE and _CJK.fullmatch(body[-3] + body[-1]):
        # round 42: `记者彭 源摄`, `X 衛 琦`: a two-character name padded to the width of three, read as one name
        got = _credit_from_tail(text, start, body[:-2] + body[-1], strict=strict, rule=rule, conf=conf)
        if got and got.names and got.names[-1] == body[-3] + body[-1]:
            return got
    tokens = _NAME_TOKEN_SPLIT.split(body)
    joint = "、" if "、" in body and " " not in body.strip() else " "  # a list `X、Y` stays one (_enumerated_names)
    for skip in range(len(tokens)):
        part = joint.join(tokens[skip:]).strip()
        if not part:
            break
        got = _parse_credit_body(part, strict=strict)
        if got:
            names, agency, role, _ = got
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
        agency = _AGENCY_RE.match(pen["agency"])
        return _Credit(start + _offset_of_token(body, 0), [pen["pen"]], agency.group(0) if agency else None,
                       pen["role"], "媒体 笔名 摄", 0.5)
    # `新华社记者郭绪雷`, `记者X`, `路网公司周博玮`: agency/role/unit glued to the name
    run = _ROLE_THEN_RUN.search(body) if len(body) > 6 and ("记者" in body or "通讯员" in body) else None
    if run:  # round 24: `南方日报记者梁文祥朱伟良摄`: a role vouches for the names glued after it
        names = _glued_names(run["run"])
        if names is not None:
            agency = _AGENCY_TAIL_BEFORE_ROLE.search(body, 0, run.start())
            return _Credit(start + (agency.start() if agency else run.start()), names, agency["a"] if agency else None,
                           run["role"], rule, conf * 0.9) if names else None
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


_ROLE_THEN_RUN = re.compile(r"(?P<role>摄影记者|全媒体记者|融媒体记者|记者|通讯员)\s*(?P<run>[\u4e00-\u9fff]{5,12})$")
_AGENCY_TAIL_BEFORE_ROLE = re.compile(r"(?P<a>" + _AGENCY_RE.pattern + r")\s*$")


def _glued_names(run: str) -> list[str] | None:
    """Round 24: a run of names glued together (`梁文祥朱伟良`, `黄一鸣李华徐子茗`) as common names of two or three
    characters; None when it does not split so, `[]` when it splits more than one way (no credit, not a wrong one)."""
    splits: list[list[str]] = []

    def walk(i: int, acc: list[str]) -> None:
        if len(splits) > 1:
            return
        if i == len(run):
            if len(acc) >= 2:
                splits.append(acc)
            return
        for k in (3, 2):
            if i + k <= len(run) and _is_common_name(run[i : i + k]):
                walk(i + k, [*acc, run[i : i + k]])

    walk(0, [])
    return splits[0] if len(splits) == 1 else [] if splits else None


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


_ROLE_ALTERNATION_EARLY = "|".join(map(re.escape, _ROLES))
_GLUED_CREDIT = re.compile(
    r"(?:(?P<agency>" + _AGENCY_RE.pattern + r")发?\s*)?(?P<role>" + "|".join(_ROLES) + r")?"
    r"(?P<unit>(?<![\u4e00-\u9fff])[\u4e00-\u9fff]{2,8}(?:" + _UNIT_SUFFIX + r"))?"
    r"(?P<name>[\u4e00-\u9fff]{2,4})$"
)


_PEN_NAME_CREDIT = re.compile(
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
_AUTHOR_PROVINCE = re.compile(  # round 42: 本版/本期/本刊 before the key: the page's (the issue's) one credit
    r"[\s_\-]*(?:特约|首席|本报|本版|本期|本刊)?(?:作者|摄影(?:报道)?)(?:\s*[:：]\s*|\s+)(?:(?:" + "|".join(_PROVINCES) + r")(?:省|市)?\s+)?"
    r"(?P<name>[\u4e00-\u9fff](?:[ \u3000]?[\u4e00-\u9fff]){1,3})$"
)
_NAME_BRACKET_END = re.compile(
    r"(?<=[^\s(（])\s*[(（](?P<name>[\u4e00-\u9fff]{2,4}(?:[ 、，,][\u4e00-\u9fff]{2,4}){0,2})[)）]$"
)


_UNIT_NAMES_BRACKET = re.compile(
    r"\s*[(（](?P<unit>[\u4e00-\u9fff]{2,14}?(?:分行|支行|银行|公司|集团|部|中心|学院|大学|中学|小学|学校|工会|协会))"
    r"(?P<names>[\u4e00-\u9fff]{2,4}(?:[、，,][\u4e00-\u9fff]{2,4}){0,2})\s*[)）]$"
)


# `背篓专线 安康：王兆群`: an association's branch (a place name) and its member after a short title
_HOME_COLON_NAME = re.compile(r"[\s_\-]+(?P<home>[\u4e00-\u9fff]{2,4}?)(?:分会|市|县|区)?[:：]\s*(?P<name>[\u4e00-\u9fff]{2,4})$")


def _last_open(text: str) -> int:
    """Round 24 (speed): where a `\\s*（…）$` form whose body holds no bracket can begin: the last opening bracket,
    moved back over the spaces before it (the same match a search of the whole text finds, found sooner)."""
    i = max(text.rfind("("), text.rfind("（"))
    if i <= 0:
        return 0
    while i > 0 and text[i - 1].isspace():
        i -= 1
    return i


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
        parts = re.split(r"[ \u3000]", m["name"])
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
            and not _POSITION_NOTE.match(m["name"]) \
            and not (min(map(len, names)) == 2 and _DATE_CLAUSE.match(text)):  # `（左一）`: where the subject stands;
        # `6月2日,市民赏花（周末）`: after a dated clause (a caption, no work title) two characters are a word
        return _Credit(m.start(), names, None, None, "作品名（姓名）", 0.7)
    m = _SENTENCE_NAME_BRACKET.search(text, _tail40(text)) if closed else None
    if m and _is_name(m["name"]) and _gaz_name_length(m["name"], 0) < 2 and not _POSITION_NOTE.match(m["name"]):
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
    name = m["name"][rm.end():] if rm else m["name"] if m else ""
    if m and name[:1] not in "·•" and _is_transliterated_name(name) \
            and all(p not in _GAZETTEER and not _scan_place(p, 0).end for p in re.split("[·•]", name)):
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
    if m and _PUNCT_BEFORE_DASH.search(text, 0, m.start()) and _is_name(m["name"]) and _has_surname(m["name"]):
        return _Credit(m.start(), [m["name"]], None, None, "题——姓名", 0.7)  # `…第二飞(2)——王安东`
    return None


# round 21: a title written as a sentence or with punctuation the segment grammar does not split
# (`：`, `，`, `……`, quotes), then a dash and the author's name (`那么远,这么近……沙士十年-黄云庆`)
_DASH_NAME_END = re.compile(r"(?<=[\u4e00-\u9fff)）”』」》…])\s*(?:——|—|--|-)\s*(?P<name>[\u4e00-\u9fff]{2,3})\s*$")
_PUNCT_BEFORE_DASH = re.compile(r"[，,。：:…“”！？!?]")


# a transliterated name (two parts joined by a middle dot) alone after a caption's last full stop
# round 40: a shooting word glued after it is the credit, not the name's end (`。阿卜杜拉·艾买提摄`)
_SENTENCE_DOTTED_NAME = re.compile(
    r"(?<=[\u4e00-\u9fff])。\s*(?P<name>[\u4e00-\u9fff]{1,6}[·•][\u4e00-\u9fff]{1,6}?)(?:摄影|攝影|摄|攝|供图|供圖)?$")
_SENTENCE_NAME_BRACKET = re.compile(r"(?<=[\u4e00-\u9fff])。\s*[(（](?P<name>[\u4e00-\u9fff]{2,4})[)）]$")
_SENTENCE_NAMES_BRACKET = re.compile(  # round 21: `…。(张三 李四)`: the photographers, no credit word
    r"(?<=[\u4e00-\u9fff])。\s*[(（](?P<names>[\u4e00-\u9fff]{2,3}(?:[ \u3000、][\u4e00-\u9fff]{2,3}){1,2})[)）]$")
_SENTENCE_NAMES_JOINED = re.compile(r"(?<=[\u4e00-\u9fff])。\s*(?P<names>[\u4e00-\u9fff]{2,3}(?:_[\u4e00-\u9fff]{2,3}){1,2})$")
_POSITION_NOTE = re.compile(r"[左右前后中上下][一二三四五六七八九十起排]|[前后中]排")  # `（左一）`: who is where
# round 52: a service's station as the entrant's or the photographer's unit (`（某某水文站 张三）`, `（某某气象站 李四）`):
# a workplace named by what it serves, as 局 or 中心 (a railway or bus 站 alone is a place, not a unit)
_SERVICE_STATION = re.compile(
    r"[\u4e00-\u9fff]{1,10}(?:水文|气象|监测|观测|管理|工作|服务|保护|检查|供电|变电|边防|救助|农技|林业|水利|畜牧|兽医|防疫|水质)站")
_NAME_UNIT_BRACKET = re.compile(r"\s*[(（](?P<body>[\u4e00-\u9fff]{2,16}[ \u3000、，,][\u4e00-\u9fff]{2,16})[)）]$")


_CREDIT_BRACKET_DATED = re.compile(
    r"[(（](?P<body>[^()（）]{2,40}?)\s*(?:摄影|摄)\s+(?P<Y>\d{2,4})年(?P<M>\d{1,2})月(?P<D>\d{1,2})日[)）]$"
)


# the same without brackets, after the caption: `…。中央社记者X摄 111年5月29日`
_CREDIT_DATED_TAIL = re.compile(
    r"(?<=[。，,；;\s])(?P<body>[^()（）。，,；;]{2,40}?)\s*(?:摄影|摄)\s*(?P<Y>\d{2,4})年(?P<M>\d{1,2})月(?P<D>\d{1,2})日$"
)


def _bracket_day(m: re.Match[str]) -> str | None:
    """The day in a dated credit; three-digit years are the Minguo calendar (112年 = 2023)."""
    year = int(m["Y"])
    year += 1911 if year < 200 else 0
    return _valid_date(year, int(m["M"]), int(m["D"]))


_CREDIT_CUT_CHARS = tuple("。，,；;）)】]—")


_CREDIT_THEN_AGENCY = re.compile(
    r"(?P<open>[(（])(?P<credit>[^()（）]{2,30}?(?:摄影|摄))\s+(?P<agency>" + _AGENCY_RE.pattern + r")发?\s*[)）]$"
)  # round 40: `（X 摄 新华社发）`: the agency that sent it, as `X摄 新华社发` unbracketed


# round 24: the credit grammar a newsroom writes at the end of a caption, in any of its orders:
# [图／] [outlet] [role] NAMES VERB [／outlet] [, day]   or   [图／] [组图] LEAD-VERB NAMES [／outlet] [, day]
# VERB is any shooting verb (摄, 摄影, 拍摄, 翻摄/翻拍 a re-photographed print, 航拍 from the air, 摄影报道);
# the outlet that ran it may follow a slash, the shooting day a comma. Each part is read into the usual
# `（outlet role NAMES 摄）` form, and the names must still pass the credit body's tests.
_SHOT_VERBS = r"摄影报道|摄影|拍摄|翻\s?摄|翻\s?拍|航拍|摄"
_CREDIT_GRAMMAR = re.compile(
    r"(?P<open>[(（]|(?<=[。，,；;\s]))\s*(?:图\s*[／/]\s*)?"
    r"(?:(?P<lead>(?:组[图照])?(?:摄影|拍摄|航拍|摄))[\s:：]+(?P<lbody>[^()（）／/,，:：。]{2,24}?)"
    r"|(?P<body>[^()（）／/,，:：。]{2,30}?)\s*(?P<verb>" + _SHOT_VERBS + r"))"
    r"(?:\s*[／/]\s*(?P<outlet>[^()（）／/,，:：。\s\d]{2,10}))?"
    r"(?:\s*[,，\s]\s*(?P<Y>(?:19|20)\d{2})\s*[.\-/年]\s*(?P<M>\d{1,2})\s*[.\-/月]\s*(?P<D>\d{1,2})日?)?"
    r"(?P<note>\s*[,，]\s*(?:下同|同上))?\s*(?P<close>[)）]?)$"
)
_OUTLET_WORD = re.compile(r"(?:画报|图片|日报|晚报|晨报|周刊|杂志|新闻|报|网|社|台)$")


def _credit_grammar(text: str) -> _Credit | None:
    """`（图／记者X摄,2017.08.31）`, `（X摄／光明图片）`, `（组图摄影 X／人民画报）`, `。记者X翻摄`, `。新华社记者 X 航拍`."""
    m = _CREDIT_GRAMMAR.search(text, max(0, len(text) - 48))
    if m is None or m.start() == 0 or (m["open"] == "") != (m["close"] == ""):
        return None
    lead, verb = m["lead"], m["verb"]
    if not (m["outlet"] or m["Y"] or m["note"] or (lead and lead.startswith("组")) or verb and verb[0] == "翻" or verb == "航拍"
            or (lead == "航拍")):
        return None  # the plain forms are read by the older rules, unchanged
    outlet = m["outlet"]
    if outlet and not (_AGENCY_RE.fullmatch(outlet) or _OUTLET_WORD.search(outlet)):
        return None  # `X摄／张三`: not an outlet after the slash
    day = _valid_date(int(m["Y"]), int(m["M"]), int(m["D"])) if m["Y"] else None
    body = m["lbody"] if lead else m["body"]
    head = text[: m.start()]
    credit = (f"{head}（{body}摄）" if not lead else f"{head}（摄影 {body}）")
    got = _find_credit(credit)
    if got is None or got.start != m.start():
        return None
    got.rule = "credit grammar: " + got.rule
    if verb and verb[0] == "翻":  # the reporter re-shot a print or a screen: not the photograph's author
        got.names, got.rule = [], "（记者X翻摄）: a reproduction, no photographer"
    got.agency = got.agency or (_AGENCY_RE.fullmatch(outlet).group(0) if outlet and _AGENCY_RE.fullmatch(outlet) else outlet)
    got.day = got.day or day
    return got


# round 24: `…。澎湃新闻 X 图`: the outlet, the names, then 图 (as 摄), no role word between
_OUTLET_NAMES_PICTURE = re.compile(
    r"(?<=[。，,；;\s])(?:" + _AGENCY_RE.pattern + r")\s+(?P<names>[\u4e00-\u9fff]{2,4}(?:\s+[\u4e00-\u9fff]{2,4}){0,2})\s+图$")


def _outlet_names_picture(text: str) -> bool:
    m = _OUTLET_NAMES_PICTURE.search(text, max(0, len(text) - 40))
    return m is not None and all(_is_name(n, strict=False) and _has_surname(n) for n in m["names"].split())


_GRAMMAR_LAST = frozenset(")）摄影拍0123456789日")  # what the credit grammar can end with
_CREDIT_GRAMMAR_HINT = re.compile(r"[／/]|翻\s?[摄拍]|航拍|组[图照]|下同|同上|\d[)）]?$")


_CREDIT_END_RUN = frozenset(" \t\n\r\f\v\u3000_-/／—")


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


# A byline whose parts a slash joins (a file name writes `_` for the `/` it cannot hold): the role after or before
# the name (`(X／文 Y／图)`, `(文／X 图／Y)`, `首席记者 X／文图`), the outlet after or before the names
# (`(X／新华社摄)`, `(Chong Voon Chung_新华社摄)`, `(新华社_X)`); and a bureau or an agency then the names in a
# closing bracket with no verb (`【某某分社 X Y】`). Writers (文) are not credited; an outlet is never a person.
_BYLINE_BRACKET = re.compile(r"[(（【\[](?P<body>[^()（）【】\[\]]{3,40})[)）】\]]$")
_BYLINE_PICTURE_ROLE = frozenset(("图", "摄", "摄影", "文图", "图文", "拍摄"))
_BYLINE_ROLES = _BYLINE_PICTURE_ROLE | {"文", "撰文", "文字"}
_BYLINE_PREFIX_ROLE = re.compile(r"(?:记者|通讯员|摄影师|摄影)$")
_BUREAU_END = ("分社", "记者站", "支社")
_BYLINE_LAST = frozenset(")）】]图文")  # what a slash byline can end with (a gate before its regexes; `X_摄` is read later)


def _byline_person(text: str) -> bool:
    if text[:1].isascii():
        return bool(_LATIN_PERSON.fullmatch(text)) and not _LATIN_COMPANY.search(text)
    if _DOTTED_NAME.fullmatch(text):
        return True
    return _is_name(text, strict=False) and _has_surname(text) and not _AGENCY_RE.fullmatch(text)


def _byline_outlet(text: str) -> str | None:
    a = _AGENCY_RE.fullmatch(text)
    if a:
        return a.group(0)
    if 2 <= len(text) <= 12 and not text.isascii() and (
            text.endswith(_BUREAU_END) or _OUTLET_WORD.search(text) and not _is_name(text, strict=False)):
        return text
    return None


def _byline_names(text: str, *, verb: bool = True) -> list[str] | None:
    """1–4 names; with no verb beside them a two-character name must be a strict one (`秋色` is a word)."""
    names = text.replace("、", " ").split()
    return names if names and len(names) <= 4 and all(_byline_person(n) and (verb or len(n) != 2 or _is_name(n))
                                                      for n in names) else None


def _slash_byline(text: str) -> _Credit | None:
    """`(王某／文 李某／图)`, `记者 李某_文图`, `(新华社_李某)`, `(John Smith_新华社摄)`, `【某某分社 李某 王某】`."""
    m = _BYLINE_BRACKET.search(text, max(0, len(text) - 44))
    if m and m.start() > 0:
        start, body, bracketed = m.start(), m["body"].strip(), True
    else:
        k = max(text.rfind(" "), text.rfind("。"), text.rfind("，"), text.rfind(","))
        if k <= 0 or "_" not in text[k:] and "／" not in text[k:]:
            return None
        start, body, bracketed = k + 1, text[k + 1 :].strip(), False
    body = body.replace("_", "／")
    parts = [p.strip() for p in body.split("／")]
    if len(parts) == 1:  # no slash: only a bureau or an agency, then the names, in brackets (`【某某分社 X Y】`)
        first, _, rest = body.partition(" ")
        outlet = _byline_outlet(first) if bracketed else None
        names = _byline_names(rest, verb=False) if outlet else None
        return _Credit(start, names, outlet, None, "【outlet NAMES】", 0.7) if names else None
    if len(parts) == 2 and parts[1] not in _BYLINE_ROLES and parts[0] not in _BYLINE_ROLES:
        if not bracketed:
            return None  # outside brackets the older forms read `特约摄影 X_某某画报`
        a, b = parts
        b_verb = b.removesuffix("摄影").removesuffix("摄").rstrip() if b.endswith("摄") or b.endswith("摄影") else b
        outlet = _byline_outlet(b_verb)
        if outlet and _byline_person(a):  # `(X／新华社摄)`: the person, then the outlet that ran it
            return _Credit(start, [a], outlet, None, "(X／outlet)", 0.75)
        outlet = _byline_outlet(a)
        names = _byline_names(b_verb, verb=b_verb != b) if outlet else None
        if names:  # `(新华社／X)`: the outlet, then the person
            return _Credit(start, names, outlet, None, "(outlet／X)", 0.75)
        return None
    # `X／文 Y／图`, `文／X 图／Y`: name and role pairs, the picture's are credited
    tokens = body.replace("／", " ／ ").split()
    if not bracketed:
        return _slash_byline_open(text, start, tokens)
    names: list[str] = []
    i = 0
    while i < len(tokens):
        if i + 2 < len(tokens) and tokens[i + 1] == "／":
            x, y = tokens[i], tokens[i + 2]
            if y in _BYLINE_ROLES and _byline_person(x):
                names += [x] if y in _BYLINE_PICTURE_ROLE else []
            elif x in _BYLINE_ROLES and _byline_person(y):
                names += [y] if x in _BYLINE_PICTURE_ROLE else []
            else:
                return None
            i += 3
            continue
        return None
    return _Credit(start, names, None, None, "(X／文 Y／图)", 0.75) if names else None


def _slash_byline_open(text: str, start: int, tokens: list[str]) -> _Credit | None:
    """`…。 某报首席记者 李某／文图`: outside brackets one name and its picture role, an outlet and role may stand before."""
    if len(tokens) != 3 or tokens[1] != "／" or tokens[2] not in _BYLINE_PICTURE_ROLE or not _byline_person(tokens[0]):
        return None
    head = text[:start].rstrip()
    k = max(head.rfind(" "), head.rfind("。"), head.rfind("，"), head.rfind(","))
    before = head[k + 1 :]
    role = _BYLINE_PREFIX_ROLE.search(before)
    if role and k > 0:
        a = _AGENCY_RE.match(before)
        return _Credit(k + 1, [tokens[0]], a.group(0) if a else None, role.group(0), "记者 X／文图", 0.75)
    return _Credit(start, [tokens[0]], None, None, "X／文图", 0.7) if head[-1:] in "。" else None


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


_CLOSE_PARENS = frozenset(")）")  # (speed) `last in` this set: text.endswith((")", "）")), also for an empty text


def _find_credit(text: str) -> _Credit | None:
    """The credit at the end of `text`, in any of the usual newsroom forms."""
    last = text[-1:]  # (speed) read once, as whether it closes a bracket: the text never changes here
    bracket = last in _CLOSE_PARENS
    if "翻" in text and last in _GRAMMAR_LAST:  # `记者X翻摄`: read before the older forms take `X翻` for a name
        got = _credit_grammar(text)
        if got:
            return got
    if last in _BYLINE_LAST and ("_" in text or "／" in text or last == "】"):
        got = _slash_byline(text)
        if got:
            return got
    got = _find_short_credit(text)
    if got:
        return got
    m = (_CREDIT_THEN_AGENCY.search(text, max(0, len(text) - 48))
         if bracket and text[-2:-1] not in "摄影" and "摄" in text[-40:] else None)
    if m and m.start() > 0:  # `（陈晓根摄 光明图片）`: the agency after the credit, read as if before it
        return _find_credit(f"{text[: m.start()]}（{m['agency']} {m['credit']}）")
    if last == "。" and text[-2:-1] == "摄" and len(text) > 6:  # round 49: `…。新华社记者 X 摄。`: a full stop typed after the verb
        return _find_credit(text[:-1])
    if text.endswith(("(摄)", "（摄）")) and len(text) > 6:  # round 40: `…。张三 (摄)`: the verb bracketed alone
        got = _find_credit(text[:-3].rstrip() + " 摄")
        if got and got.names:
            got.rule = "X（摄）"
            return got
    m = _WRITER_PICTURE_BRACKET.search(text, _last_open(text)) if bracket else None
    if m and m.start() > 0:  # `（文 张三 图 李四）`: the writer, then who made the pictures
        got = _parse_credit_body(m["p"], strict=False)
        if got:
            return _Credit(m.start(), got[0], got[1], got[2], "（文 X 图 Y）", 0.85)
    if text.endswith(" 图") and (_ROLE_RE.search(text, max(0, len(text) - 30))
                                or _outlet_names_picture(text)):
        got = _find_credit(text[:-1] + "摄")  # `…。澎湃新闻记者 X 图`: 图 after a reporter's name is 摄
        if got:
            got.rule = "记者 X 图"
            return got
    if text.endswith(" 报道") and _REPORTER_BYLINE.search(text, max(0, len(text) - 30)):
        got = _find_credit(text[:-2] + "摄")  # `…。全媒体记者 X 报道`: the reporter's byline under a photo
        if got:
            got.rule = "记者 X 报道"
            return got
    if text.endswith("照片") and _ROLE_RE.search(text, max(0, len(text) - 30)):
        got = _role_credit_as_shot(text[:-2])
        if got:
            return got
    m = _CREDIT_BRACKET_DATED.search(text) if text.endswith(("日)", "日）")) else None
    if m is None and text.endswith("日"):
        m = _CREDIT_DATED_TAIL.search(text, _tail40(text))
    if m:  # `（中央社记者王飞华摄 112年5月1日）`: the credit closes with the day it was shot
        got = _credit_from_tail(text, m.start("body"), m.group("body"), strict=False, rule="（X 摄 日期）", conf=0.9)
        if got:
            got.start = m.start()
            got.day = _bracket_day(m)
            return got
    closed = (end := text.rstrip()[-1:]) in ")）]】"  # both bracket forms below close the name
    m = _CREDIT_BRACKET_END.search(text) if closed else None
    if m:
        got = _credit_from_tail(text, m.start("body"), m.group("body"), strict=False, rule="（X 摄）", conf=0.95)
        if got:
            got.start = m.start()
            return _drop_supplier_bodies(got) if text.find("供图", -5) >= 0 else got
    m = _CREDIT_BRACKET_LEAD.search(text) if closed else None
    if m:
        if "：" in m["body"] or ":" in m["body"]:  # round 27: `（摄影：X 文字：Y）`: a crew list, role by role
            return _crew_list(text, max(0, len(text) - 60))
        body = m.group("body")
        if "文字记者" in body:  # `（摄影记者X、文字记者Y）`: the writer took no picture
            body = _photo_reporters_only(body)
        got = _credit_from_tail(text, m.start("body"), body, strict=False, rule="（摄影 X）", conf=0.95)
        if got:
            got.start = m.start()
            return got
    m = _credit_end(text) if end in _CREDIT_END_LAST else None
    if m and m.start() > 0:
        head = text[: m.start()]
        cut = max(map(head.rfind, _CREDIT_CUT_CHARS))
        body_start = cut + 1
        rule = "X 供图" if "供图" in m.group(0) else "X 摄"
        got = _credit_from_tail(text, body_start, head[body_start:], strict=False, rule=rule, conf=0.9)
        if got:
            return _drop_supplier_bodies(got) if rule == "X 供图" else got
    m = (_CREDIT_LEAD.search(text, max(0, len(text) - 56))  # round 24 (speed): a key, its mark, a body of 40 at most
         if "图" in text or "摄" in text or "作者" in text else None)
    if m:
        key = m.group("key") or m.group("key2") or m.group("key3")
        body, units = _trailing_units(m.group("body") or m.group("body2") or m.group("body3"))
        if body[:1].isascii():  # round 24: `攝：Gordon Choi` is one person; `摄影师：iDaily Media` a company
            latin = _LATIN_PERSON.fullmatch(body.strip())
            if latin and not _LATIN_COMPANY.search(body):
                return _Credit(m.start(), [body.strip()], None, None, f"{key}：Latin name", 0.7)
            if _LATIN_COMPANY.search(body):  # a company's name: the source, nobody credited
                return _Credit(m.start(), [], body.strip(), None, f"{key}：Latin company", 0.6)
            initials = body.strip()
            if (key in ("摄影", "摄", "摄影师") and _CREDIT_INITIALS.fullmatch(initials)
                    and initials not in _AGENCY_INITIALS and not _AGENCY_RE.fullmatch(initials)):
                return _Credit(m.start(), [initials], None, None, f"{key}：initials", 0.6)  # `攝影:PW`: an editor's initials
            return None
        got = _credit_from_tail(text, m.start(), body, strict=False, rule=f"{key}：X", conf=0.9)
        if got and any(len(n) >= 3 and n[-1] in _ORGAN_LAST for n in got.names):
            got.names = []  # round 24: `图：新闻局、旅游局`: the bodies that supplied it, no person
        skipped = body[: got.start - m.start()] if got else ""
        if got and _SENTENCE_OR_DIGIT.search(skipped):
            got = None  # `摄影：张三 5月1日,游客在…`: the name was the first word; a later one is caption text
        if got and _offset_of_token(body, 0) == 0 and got.start >= m.start():
            got.start = m.start()
            got.units = got.units or units
            return got
    got = _find_role_tail(text) or _find_agency_byline(text)
    if got is None:  # round 24: the credit grammar's rarer orders, and the forms _credit_more reads
        if last in ")）" and text.find("摄影", -48) >= 0:  # round 27: `（记者X，摄影Y、Z，outlet报道）`
            got = _comma_crew(text)
            if got:
                return got
        if (last in _GRAMMAR_LAST or last in _OUTLET_LAST and "／" in text[-14:]) \
                and _CREDIT_GRAMMAR_HINT.search(text, max(0, len(text) - 40)):
            got = _credit_grammar(text)  # round 33: `…。X 摄／光明图片` with no bracket ends on the outlet
        if last in "图文" and (m := _NAME_TEXT_PICTURE.search(text, max(0, len(text) - 20))) and m.start() > 0:
            got = _name_text_picture(m)  # round 48: `…。张三 文/图`, `…。张 三 文_图`: the byline after the name
            if got:
                return got
        if got is None and ("_" in text or "：" in text or ":" in text or "／" in text[-20:]
                            or last in _OUTLET_LAST and " " in text[-16:] or last == "文" and "摄" in text[-24:]):
            got = _credit_more(text)
        if got is None and (last in ")）" or "文" in text[-16:]):
            got = _credit_picture_word(text)
    return got


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


def _role_credit_as_shot(head: str) -> _Credit | None:
    """`…。新华社记者X照片`, `…。本报记者 X 照片`: a reworded repost puts 照片 where the credit's 摄 was; read as 摄
    only when a role (记者, 通讯员, 摄影 …) vouches for the name right before it (`…老照片`, `X照片` name nobody)."""
    if head[-1:] in "老的张幅组些旧" or len(head) < 4:
        return None
    got = _find_credit(head + "摄")
    if got and got.start > 0 and got.role and got.names and not _SENTENCE_OR_DIGIT.search(head, got.start):
        got.rule = "记者 X 照片"
        return got
    return None


# The picture word of a credit written in the other places a newsroom puts it: after the names behind a slash
# (`（记者 X Y／图）`, `（签约摄影师 X Y Z／图）`: 图 as 摄), or joined to the writer's word by 、 and the like
# (`（文、图／X）`, `图、文：X`, `文和图 X`: the same person wrote and shot it, as `文／图 X`). 简 and 繁 (via _T2S).
_CREDIT_NAMES_SLASH_PICTURE = re.compile(r"\s*[／/_]\s*图\s*(?P<close>[)）])\s*$")
# round 52: the picture word after the name with a space, the reporter's post written before it (`（某某周刊记者 X 图）`,
# the byline 南方周末 and its magazines print under a photo: 图 as 摄); the post is what makes the bracket a credit
# (`（示意 图）` names nobody), so the reader takes it only with 记者 in the credit
_CREDIT_REPORTER_SPACE_PICTURE = re.compile(r"记者[\s\u3000]*(?:[^\s()（）]{2,8}[\s\u3000]+){1,3}图\s*(?P<close>[)）])\s*$")
_CREDIT_TEXT_AND_PICTURE = re.compile(r"(?<![\u4e00-\u9fff])(?:文\s*[、，,与和及]\s*图|图\s*[、，,与和及]\s*文)\s*[／/:：\s]\s*")


def _credit_picture_word(text: str) -> _Credit | None:
    tail = max(0, len(text) - 60)
    m = _CREDIT_NAMES_SLASH_PICTURE.search(text, tail)
    if m and m.start() > 0:
        got = _find_credit(text[: m.start()] + " 摄" + m["close"])
        if got and got.names and all(_is_name(n) and _has_surname(n) for n in got.names):  # not `（示意／图）`
            got.rule = "（X／图）"
            return got
    m = _CREDIT_REPORTER_SPACE_PICTURE.search(text, tail) if "记" in text else None
    if m and m.start() > 0:
        close = m.start("close")
        got = _find_credit(text[: text.rindex("图", 0, close)].rstrip() + " 摄" + m["close"])
        if got and got.names and got.role and "记者" in got.role:  # (as `（某某记者 X 摄）` reads it)
            got.rule = "（记者 X 图）"
            return got
    m = _CREDIT_TEXT_AND_PICTURE.search(text, tail)
    if m and m.start() > 0:
        got = _find_credit(text[: m.start()] + ("文／图 " if m.group(0)[0] == "文" else "图／文 ") + text[m.end():])
        if got and got.names and got.start <= m.start() and all(_is_name(n) and _has_surname(n) for n in got.names):
            got.rule = "（文、图／X）"
            return got
    m = _CREDIT_CLAUSE_NAME_BRACKET.search(text, tail) if text[-1:] in ")）" else None
    if m and m.start() > 0 and m["before"] not in _CREDIT_PERSON_NOUN_LAST and _CREDIT_CLAUSE_MARK.search(text, 0, m.start()):
        names = _NAME_TOKEN_SPLIT.split(m["names"])
        if all(len(n) == 3 and _is_common_name(n) and _gaz_name_length(n, 0) < 2 and not _is_title_word(n) for n in names):
            return _Credit(m.start("open"), names, None, None, "caption（姓名）", 0.6)  # (three characters: `（周末）` is a word)
    return None


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


def _credit_more(text: str) -> _Credit | None:
    tail_start = max(0, len(text) - 60)
    tail = text[tail_start:]
    last = text.rstrip(")） ")[-1:]
    if "_" in tail:
        k = max(tail_start, *(text.rfind(c, tail_start) + 1 for c in _SENTENCE_ENDS))
        seg = text[k:]
        if "_" in seg and (last in _OUTLET_LAST or _CREDIT_MARK.search(seg)):
            return _find_credit(text[:k] + seg.replace("_", "／"))
    if last == "文":
        m = _WRITER_AFTER.search(text, tail_start)
        if m:  # `…记者 X 摄 Y 文`: the photographer's credit, then the writer's
            return _find_credit(text[: m.start()])
    end = tail[-16:]
    m = (_NAMES_THEN_OUTLET.search(text, tail_start)
         if last in _OUTLET_LAST and last not in "摄影图" and (" " in end or "／" in end) else None)
    if m and m.start() > 0 and (m["open"] == "") == (m["close"] == ""):
        names = m["names"].replace("、", " ").split()
        strict = m["role"] is None
        if all(_is_name(n, strict=strict) and _has_surname(n) for n in names):
            return _Credit(m.start(), names, m["outlet"], m["role"] and m["role"].strip(" :："), "X 媒体", 0.6)
    if ("：" in tail or ":" in tail) and ("摄" in tail or "记者" in tail or "实习生" in tail or "图" in tail):
        return _crew_list(text, tail_start)
    return None


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


_REPORTER_BYLINE = re.compile(r"(?:^|[。，,；;\s])(?:[\u4e00-\u9fff]{0,8}记者|通讯员)\s*[\u4e00-\u9fff·]{2,8}\s+报道$")
_WRITER_PICTURE_BRACKET = re.compile(
    r"\s*[(（]\s*(?:文字?|撰稿|记者)\s*[:：]?\s*(?P<w>[^()（）:：]{2,12}?)\s+(?:图片?|摄影|摄)\s*[:：]?\s*"
    r"(?P<p>[^()（）:：]{2,12}?)\s*[)）]$"
)
_CJK_BEFORE_UNDERSCORE = re.compile(r"[\u4e00-\u9fff]_[(A-Z]")
_LATIN_GLOSS = re.compile(
    r"(?<=[\u4e00-\u9fff])(?:_\([A-Za-z][A-Za-z_,.'’ -]{2,60}\)|_[A-Z][a-z]+(?:_(?:[A-Z][a-z]+|of|the|and|de|la))+)"
    r"(?=$|_\d|_\()"
)
_BYLINE_BOX = re.compile(r"\s*[□■]\s*(?=本报|记者|通讯员|特约|见习|实习|首席|全媒体|融媒|摄影)|(?<=。)\s*[□■]\s*(?=[\u4e00-\u9fff])")
_SENTENCE_OR_DIGIT = re.compile(r"[,，。；;！!？?\d]")
_AGENCY_BYLINE = re.compile(
    r"(?:(?<=[\s。，,；;）)】\]]))(?:" + _AGENCY_RE.pattern + r")\s*(?:文[/／]?图|图[/／]?文|文|图)\s+"
    r"(?P<names>[\u4e00-\u9fff]{2,4}(?:\s+[\u4e00-\u9fff]{2,4}){0,3})$"
)


def _find_agency_byline(text: str) -> _Credit | None:
    """`…雪落青海湖 中国西藏网 文 李一凡 张萌萌`: a story byline closing the name credits its people."""
    m = _AGENCY_BYLINE.search(text, max(0, len(text) - 60)) if "文" in text or "图" in text else None
    if not m:
        return None
    names = m["names"].split()
    if not all((_is_name(n, strict=False) and _has_surname(n)) or _is_tibetan_name(n) for n in names):
        return None
    agency = _AGENCY_RE.match(text, m.start())
    return _Credit(m.start(), names, agency.group(0) if agency else None, None, "媒体 文 X", 0.6)


def _trailing_units(body: str) -> tuple[str, list[str]]:
    """`作者：石伟红 妇产科`: the author's department after the name is a unit, not a second name."""
    tokens = [t for t in _NAME_TOKEN_SPLIT.split(body.strip()) if t]
    units: list[str] = []
    while len(tokens) > 1 and _UNIT_ONLY.fullmatch(tokens[-1]) and not _is_common_name(tokens[-1]):
        units.insert(0, tokens.pop())
    return (" ".join(tokens), units) if units else (body, [])


_ROLE_ALTERNATION = "|".join(map(re.escape, _ROLES))
_ORPHAN_CREDIT = re.compile(
    r"[\s。，,]*(?:(?:" + _AGENCY_RE.pattern + r")\s*)?(?:" + _ROLE_ALTERNATION + r")\s*(?:摄影|摄|供图)?\s*$"
)
# `…赏花漫步 融媒体记者 段炜`: a role word credits the names after it even without 摄
_ROLE_TAIL = re.compile(
    r"(?:(?<=[\s。，,；;）)])|^)(?P<body>(?:(?:" + _AGENCY_RE.pattern + r"|" + _OUTLET_BRAND_BEFORE_ROLE.pattern + r")\s*)?"
    r"(?:" + _ROLE_ALTERNATION + r")"
    r"[\s:：]*[\u4e00-\u9fff]{2,4}(?:[\s、]+[\u4e00-\u9fff]{2,4}){0,2})$"
)
# round 45: the same byline after a brand and its paper (`。新某省·某省日报通讯员 X`), searched only when a `·` is there
_ROLE_TAIL_AFTER_BRAND = re.compile(
    r"(?:(?<=[\s。，,；;）)])|^)(?P<body>" + _BRAND_OUTLET_BEFORE_ROLE.pattern + r"(?:" + _ROLE_ALTERNATION + r")"
    r"[\s:：]*[\u4e00-\u9fff]{2,4}(?:[\s、]+[\u4e00-\u9fff]{2,4}){0,2})$"
)


_ROLE_BRACKET = re.compile(  # a medium's short name before 记者 (`财新记者`) need not be in the list
    r"[(（](?P<body>(?:(?:" + _OUTLET_BRAND_BEFORE_ROLE.pattern + r"|" + _AGENCY_RE.pattern
    + r"|[\u4e00-\u9fff]{2,4}(?=记者))\s*)?(?:" + _ROLE_ALTERNATION + r")"
    r"[\s:：]*[^()（）]{2,30})[)）]$"
)


# round 36: `(文字记者X、摄影记者Y)`: a joint byline names the writer and the photographer; only the latter took it
_WRITER_ROLE_PART = re.compile(r"文字记者[^摄]*?(?=[、,，\s]*摄影记者|$)")


def _photo_reporters_only(body: str) -> str:
    return _WRITER_ROLE_PART.sub("", body).strip(" 、,，")


def _find_role_tail(text: str) -> _Credit | None:
    if not _ROLE_RE.search(text, max(0, len(text) - 30)):
        return None
    m = _ROLE_BRACKET.search(text) if text.endswith((")", "）")) else None
    if m and m.start() > 0:  # `…。(记者 马丽清 通讯员 王晓霞)`: a bracketed byline without 摄
        body = m["body"]
        if "文字记者" in body and "摄影记者" in body:
            body = _photo_reporters_only(body)
        got = _parse_credit_body(body, strict=False)
        if got and got[2]:
            return _Credit(m.start(), got[0], got[1], got[2], "（记者 X）", 0.8)
    m = _ROLE_TAIL.search(text, max(0, len(text) - 60))
    if "·" in text:  # (the brand's byline starts before a second role's: `新某省·某省日报记者 X 通讯员 Y`)
        b = _ROLE_TAIL_AFTER_BRAND.search(text, max(0, len(text) - 60))
        m = b if b and (not m or b.start() < m.start()) else m
    if not m or m.start() == 0:
        return None
    got = _parse_credit_body(m["body"], strict=False)
    if got is None:
        return None
    names, agency, role, _ = got
    return _Credit(m.start(), names, agency, role, "记者 X (no 摄)", 0.8) if role else None


_BYLINE_RE = re.compile(r"。\s*(?P<body>[^。]{2,40})$")


def _find_byline(text: str) -> _Credit | None:
    """A closing sentence that is only a byline: `。朱智辉`, `。新华日报·交汇点记者 A B(实习)`."""
    m = _BYLINE_RE.search(text)
    if not m:
        return None
    body = m.group("body").strip()
    got = _parse_credit_body(body, strict=True)
    if got is None:
        return None
    names, agency, role, _ = got
    if agency or role:
        return _Credit(m.start(), names, agency, role, "byline after caption", 0.8)
    if len(names) == 1:
        return _Credit(m.start(), names, None, None, "trailing name after caption", 0.7)
    return None
# (speed) the same matches as `[。！？!?]|[,，].*[,，]`, written to open with one character set: re then skips to
# the first of these characters instead of trying both branches at every position
_SENTENCE_PUNCT = re.compile(r"[。！？!?,，](?:(?<=[。！？!?])|(?<=[,，]).*[,，])")


def _store_credit(result: ParsedName, credit: _Credit) -> None:
    result._set("photographers", credit.names, credit.rule, credit.confidence)
    if credit.agency:
        result._set("agency", credit.agency, credit.rule, credit.confidence)
    if credit.role:
        result._set("role", credit.role, credit.rule, credit.confidence)
    if credit.units:
        result._set("units", credit.units, credit.rule, credit.confidence)
    if credit.day and not result.date:
        result._set("date", credit.day, credit.rule, 0.85)
        result._set("date_kind", "shot", credit.rule, 0.85)


def _tail40(text: str) -> int:
    """Where to start looking for a source or a credit that closes a name: its last 40 characters."""
    return max(0, len(text) - 40)
_UNIT_ONLY = re.compile(r"[\u4e00-\u9fff]{1,10}(?:" + _UNIT_SUFFIX + ")")
