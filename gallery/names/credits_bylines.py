"""Step 5a, bylines: slash bylines, an agency's byline, a role at the tail (`_slash_byline`,
`_find_agency_byline`, `_find_role_tail`, `_find_byline`).

Reads lexicon, people, credits_body. Serves credits_grammar, credits, titles, captions, segments,
contests, text_fields, text_tails, text_prefixes, text_body.
"""

from __future__ import annotations

import re
from typing import Final

from .credits_body import (
    _BRAND_OUTLET_BEFORE_ROLE,
    _LATIN_COMPANY,
    _LATIN_PERSON,
    _OUTLET_BRAND_BEFORE_ROLE,
    _UNIT_ONLY,
    _Credit,
    _parse_credit_body,
)
from .lexicon import _AGENCY_RE, _OUTLETS_AFTER_NAME, _ROLE_RE, _ROLES
from .people import (
    _DOTTED_NAME,
    _NAME_TOKEN_SPLIT,
    _has_surname,
    _is_common_name,
    _is_name,
    _is_tibetan_name,
)

_OUTLET_WORD: Final = re.compile(r"(?:画报|图片|日报|晚报|晨报|周刊|杂志|新闻|报|网|社|台)$")


# A byline whose parts a slash joins (a file name writes `_` for the `/` it cannot hold): the role after or before
# the name (`(X／文 Y／图)`, `(文／X 图／Y)`, `首席记者 X／文图`), the outlet after or before the names
# (`(X／新华社摄)`, `(Chong Voon Chung_新华社摄)`, `(新华社_X)`); and a bureau or an agency then the names in a
# closing bracket with no verb (`【某某分社 X Y】`). Writers (文) are not credited; an outlet is never a person.
_BYLINE_BRACKET: Final = re.compile(r"[(（【\[](?P<body>[^()（）【】\[\]]{3,40})[)）】\]]$")
_BYLINE_PICTURE_ROLE: Final = frozenset(("图", "摄", "摄影", "文图", "图文", "拍摄"))
_BYLINE_ROLES: Final = _BYLINE_PICTURE_ROLE | {"文", "撰文", "文字"}
_BYLINE_PREFIX_ROLE: Final = re.compile(r"(?:记者|通讯员|摄影师|摄影)$")
_BUREAU_END: Final = ("分社", "记者站", "支社")
_BYLINE_LAST: Final = frozenset(")）】]图文")  # what a slash byline can end with (a gate before its regexes; `X_摄` is read later)


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
    if text in _OUTLETS_AFTER_NAME:  # (session 16: 端传媒, 大纪元: outlets whose names end unlike a paper's)
        return text
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
    if m and (m.start() > 0 or "／" in m["body"] and len(m["body"]) == len(text) - 2):  # (session 17: the byline alone)
        start, body, bracketed = m.start(), m["body"].strip(), True
    else:
        k = max(text.rfind(" "), text.rfind("。"), text.rfind("，"), text.rfind(","))
        if k <= 0 or "_" not in text[k:] and "／" not in text[k:]:
            return None
        start, body, bracketed = k + 1, text[k + 1 :].strip(), False
    body = body.replace("_", "／")
    glued = (body[-3] if body[-3:] in ("文／图", "图／文") and body.count("／") == 1 and len(body.rsplit(" ", 1)[-1]) >= 5
             else "")  # the word glued to the name
    if glued:  # session 17: `记者 X文／图`, `（X图／文）`: the two words glued after a name wrote and shot it (`李文／图`: the
        body = body[:-3] + "／" + body[-3] + body[-1]  # picture of 李文)
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
        credit = _slash_byline_open(text, start, tokens)
        return _two_readings(credit, glued) if glued and credit else credit
    pictured: list[str] = []
    key = ""  # the role a key-first pair opened (`文／X Y`: Y wrote it too)
    i = 0
    while i < len(tokens):
        if i + 2 < len(tokens) and tokens[i + 1] == "／":
            x, y = tokens[i], tokens[i + 2]
            if y in _BYLINE_ROLES and _byline_person(x):
                pictured += [x] if y in _BYLINE_PICTURE_ROLE else []
                key = ""
            elif x in _BYLINE_ROLES and _byline_person(y):
                pictured += [y] if x in _BYLINE_PICTURE_ROLE else []
                key = x
            else:
                return None
            i += 3
            continue
        if key and _byline_person(tokens[i]) and (i + 1 == len(tokens) or tokens[i + 1] != "／"):
            pictured += [tokens[i]] if key in _BYLINE_PICTURE_ROLE else []  # session 17: `(摄／X 文／Y Z)`: Z
            i += 1  # wrote it with Y, no photographer
            continue
        return None
    credit = _Credit(start, pictured, None, None, "(X／文 Y／图)", 0.75) if pictured else None
    return _two_readings(credit, glued) if glued and credit else credit


def _two_readings(credit: _Credit, glued: str) -> _Credit:
    """Session 17: `张朝文／图` is 张朝 who wrote and shot it, or 张朝文 who shot it; a name of two characters read from the
    glued words names nobody (the credit still leaves the title). A longer one is read (`王天定图／文`)."""
    if len(credit.names) == 1 and len(credit.names[0]) == 2 and _byline_person(credit.names[0] + glued):
        credit.names, credit.rule, credit.confidence = [], credit.rule + " (two readings)", 0.5
    return credit


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


_REPORTER_BYLINE: Final = re.compile(r"(?:^|[。，,；;\s])(?:[\u4e00-\u9fff]{0,8}记者|通讯员)\s*[\u4e00-\u9fff·]{2,8}\s+报道$")
_WRITER_PICTURE_BRACKET: Final = re.compile(
    r"\s*[(（]\s*(?:文字?|撰稿|记者)\s*[:：]?\s*(?P<w>[^()（）:：]{2,12}?)\s+(?:图片?|摄影|摄)\s*[:：]?\s*"
    r"(?P<p>[^()（）:：]{2,12}?)\s*[)）]$"
)
_CJK_BEFORE_UNDERSCORE: Final = re.compile(r"[\u4e00-\u9fff]_[(A-Z]")
_LATIN_GLOSS: Final = re.compile(
    r"(?<=[\u4e00-\u9fff])(?:_\([A-Za-z][A-Za-z_,.'’ -]{2,60}\)|_[A-Z][a-z]+(?:_(?:[A-Z][a-z]+|of|the|and|de|la))+)"
    r"(?=$|_\d|_\()"
)
_BYLINE_BOX: Final = re.compile(r"\s*[□■]\s*(?=本报|记者|通讯员|特约|见习|实习|首席|全媒体|融媒|摄影)|(?<=。)\s*[□■]\s*(?=[\u4e00-\u9fff])")
_SENTENCE_OR_DIGIT: Final = re.compile(r"[,，。；;！!？?\d]")
_AGENCY_BYLINE: Final = re.compile(
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


_ROLE_ALTERNATION: Final = "|".join(map(re.escape, _ROLES))
_ORPHAN_CREDIT: Final = re.compile(
    r"[\s。，,]*(?:(?:" + _AGENCY_RE.pattern + r")\s*)?(?:" + _ROLE_ALTERNATION + r")\s*(?:摄影|摄|供图)?\s*$"
)
# `…赏花漫步 融媒体记者 段炜`: a role word credits the names after it even without 摄
_ROLE_TAIL: Final = re.compile(
    r"(?:(?<=[\s。，,；;）)])|^)(?P<body>(?:(?:" + _AGENCY_RE.pattern + r"|" + _OUTLET_BRAND_BEFORE_ROLE.pattern + r")\s*)?"
    r"(?:" + _ROLE_ALTERNATION + r")"
    r"[\s:：]*[\u4e00-\u9fff]{2,4}(?:[\s、]+[\u4e00-\u9fff]{2,4}){0,2})$"
)
# round 45: the same byline after a brand and its paper (`。新某省·某省日报通讯员 X`), searched only when a `·` is there
_ROLE_TAIL_AFTER_BRAND: Final = re.compile(
    r"(?:(?<=[\s。，,；;）)])|^)(?P<body>" + _BRAND_OUTLET_BEFORE_ROLE.pattern + r"(?:" + _ROLE_ALTERNATION + r")"
    r"[\s:：]*[\u4e00-\u9fff]{2,4}(?:[\s、]+[\u4e00-\u9fff]{2,4}){0,2})$"
)


_ROLE_BRACKET: Final = re.compile(  # a medium's short name before 记者 (`财新记者`) need not be in the list
    r"[(（](?P<body>(?:(?:" + _OUTLET_BRAND_BEFORE_ROLE.pattern + r"|" + _AGENCY_RE.pattern
    + r"|[\u4e00-\u9fff]{2,4}(?=记者))\s*)?(?:" + _ROLE_ALTERNATION + r")"
    r"[\s:：]*[^()（）]{2,30})[)）]$"
)


# round 36: `(文字记者X、摄影记者Y)`: a joint byline names the writer and the photographer; only the latter took it
_WRITER_ROLE_PART: Final = re.compile(r"文字记者[^摄]*?(?=[、,，\s]*摄影记者|$)")


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


_BYLINE_RE: Final = re.compile(r"。\s*(?P<body>[^。]{2,40})$")


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
_SENTENCE_PUNCT: Final = re.compile(r"[。！？!?,，](?:(?<=[。！？!?])|(?<=[,，]).*[,，])")
