"""Step 5, notes peeled off a person's text: editor, writer and grab notes, a name's home, lead
credits (`_strip_notes`, `_drop_home`).

Reads lexicon, result, people, places_scan, credits_body, credits. Serves text_body, captions.
"""

from __future__ import annotations

import re
from typing import Final

from .credits import _CLOSE_PARENS, _find_credit, _store_credit
from .credits_body import _UNIT_ONLY, _Credit, _parse_credit_body
from .lexicon import (
    _AGENCY_RE,
    _AGENCY_TRIE,
    _COMPOUND_SURNAMES,
    _COUNTRIES,
    _DIVISION_FULL,
    _HAND_GAZETTEER,
    _NO_PLACE_GIVEN,
    _PROVINCE_SET,
    _ROLE_RE,
    _SINGLE_SURNAMES,
    _SLASH_AGENCIES,
)
from .people import _NOBODY_WORDS, _has_surname, _is_common_name, _is_name, _title_beside_name
from .places_scan import _gaz_name_length, _opens_on_place
from .result import ParsedName

_LEAD_MARKS: Final = "▲△▼▽●○■□◆◇★☆→↑▶►⬅←"  # round 41: ▶ ► ⬅ ← lead a caption as ▲ does
_LEAD_MARKS_SET: Final = frozenset(_LEAD_MARKS)
# What is not a credit of the picture: the editor, the writer, a video grab or a web picture.
_EDITOR_NOTE: Final = re.compile(
    r"[\s。，,]*[(（]?(?:编辑|责编|责任编辑|校对|审核|编审|审校)[:：\s]\s*[\u4e00-\u9fff]{2,4}(?:[、\s][\u4e00-\u9fff]{2,4})?[)）]?$"
)
_WRITER_NOTE: Final = re.compile(
    r"(?:^|(?<=[\s。，,]))(?:文字?|撰文)[:：丨｜|]\s*[\u4e00-\u9fff]{2,4}\s*(?=(?:图|摄影|摄)[:：丨｜|])"
)
_GRAB_NOTE: Final = re.compile(
    r"[\s。，,]*[(（]?(?P<src>[\u4e00-\u9fff]{0,8}?)(?:视频截图|网络截图|截图|网络图片|图源网络|来源网络|网络配图)[)）]?$"
    r"|[\s。，,]*[(（]图?\s*[/／]?\s*(?:取自|翻摄自?|撷取自|截取自)[^()（）]{1,16}[)）]$"  # `（图／取自脸书）`: a page, no person
)
_CREDIT_FIRST: Final = re.compile(
    r"^(?P<name>[\u4e00-\u9fff]{2,4}?)\s*(?:摄影|摄|的?(?:摄影)?作品)[:：]\s*|^[©Ⓒ]\s*(?P<c>[\u4e00-\u9fff]{2,4})\s+"
    # the credit before the caption: `（张三 摄）游客…`, `摄影：张三 5月1日,…`, `张三 摄 5月1日,…`
    r"|^[(（]\s*(?P<n3>[\u4e00-\u9fff]{2,4}(?:、[\u4e00-\u9fff]{2,4}){0,3})\s*(?:摄影报道|摄影|摄)[)）]\s*|^(?:摄影者?|图片?|摄|作者|拍摄者)\s*[:：]\s*(?P<n4>[\u4e00-\u9fff]{2,4})\s+"
    r"|^(?P<n5>[\u4e00-\u9fff]{2,4})\s+摄\s+"
)
_NAME_SLASH_AGENCY: Final = re.compile(
    r"[。\s]*(?:(?:[图圖]片|照片|[图圖])?(?:作者|[摄攝]影)[:：]\s*)?"  # (session 17: `…。圖片作者:X/CFP`, the key before)
    r"(?P<name>[\u4e00-\u9fff]{2,4})\s*[/／]\s*(?P<a>" + "|".join(_SLASH_AGENCIES) + r")$")
_BY: Final = re.compile(r"\s+[Bb]y\s*(?=[\u4e00-\u9fff]{2,4}$)")
_AUTHOR_CITY: Final = re.compile(r"\s*(?:作者|摄影)[:：]\s*(?P<name>[\u4e00-\u9fff]{2,4})[(（](?P<city>[\u4e00-\u9fff]{2,8})[)）]$")


_NOT_NAME_ENDS: Final = frozenset(w[-1] for w in _NOBODY_WORDS)
_NOBODY_SUPPLIED: Final = re.compile(
    r"[\s。，,]*[(（]?(?:(?:图片来源|图片来自|来源|图源)\s*[:：]\s*)?(?:图片)?(?:由)?(?:"
    + "|".join(sorted(_NOBODY_WORDS, key=len, reverse=True)) + r")(?:供图|提供|摄)[)）]?$"
)  # (session 13: the key of a source before the nameless supplier, `。 图片来源：受访者供图`)

# round 49: `…(央广网发 通讯员供图)`: the outlet that sent the picture opens the bracket of a nameless supplier (news
# sites' credit line `（某某网发 通讯员供图）`, beside `（某某网发 X摄）`): once the supplier is off, the open `(某某网发`
_SENT_OPEN: Final = re.compile(r"[。\s]*[(（](?P<a>" + _AGENCY_TRIE + r")发\s*$")


_SENT_AFTER: Final = re.compile(r"(?<=供图)\s+(?P<a>" + _AGENCY_RE.pattern + r")发$")


# (session 16: a film crew, a programme's or a column's team, `…。某某行摄制组供图`)
_GROUP_SUPPLIED: Final = re.compile(
    r"[\s。，,]*(?P<group>[\u4e00-\u9fff]{1,16}?(?:战队|团队|小组|协会|学会|研究会|俱乐部|工作室|联盟|志愿队|服务队|爱好者"
    r"|摄制组|节目组|栏目组|剧组))"
    r"\s*(?:供图|提供)$"
)
# `张三（江苏）`, `张三(南京)`: the entrant's home province or city after the name, not the place;
# round 21: an international salon's `姓名（国家）` (`张三(中国)`, `保罗·阿努普 (印度)`) the same
_NAME_HOME: Final = re.compile(r"(?<![\u4e00-\u9fff·•])(?P<name>[\u4e00-\u9fff]{2,4}|[\u4e00-\u9fff]{1,8}[·•][\u4e00-\u9fff]{1,8})"
                               r"\s*[(（](?P<home>[\u4e00-\u9fff]{2,6})[)）]")
_SPACED_NAME_HOME: Final = re.compile(r"[\s_\-—]+(?P<name>[\u4e00-\u9fff]{3})\s*[(（](?P<home>[\u4e00-\u9fff]{2,6})[)）]$")
_DOTTED_NAME_COUNTRY: Final = re.compile(
    r"[\s_\-—]+(?P<name>[\u4e00-\u9fff]{1,8}[·•][\u4e00-\u9fff]{1,8})\s*[(（](?P<home>[\u4e00-\u9fff]{2,6})[)）]$"
)
# `风暴天气陈先钺(澳大利亚)`: a title with the entrant's name glued on, then the nationality
_GLUED_NAME_COUNTRY: Final = re.compile(
    r"(?P<title>[\u4e00-\u9fff]{2,12}?)(?P<name>[\u4e00-\u9fff]{3})\s*[(（](?P<home>[\u4e00-\u9fff]{2,6})[)）]$"
)


# round 21: a title after a separator, then a designated area (park, forest park, scenic or recreation area)
_TITLE_AREA_AFTER_SEP: Final = re.compile(r"(?<=[-_\s])(?P<title>[\u4e00-\u9fff]{2,12})\s*[(（](?P<where>[\u4e00-\u9fff]{4,16})[)）]$")
_DESIGNATED_AREA: Final = re.compile(
    r"[\u4e00-\u9fff]{2,12}(?:风景名胜区|风景区|景区|旅游区|度假区|游乐区|森林公园|湿地公园|地质公园|自然保护区|保护区|森林园区)"
)
_TITLE_PLACE_BRACKET: Final = re.compile(
    r"(?P<title>[\u4e00-\u9fff]{2,12})\s*[(（](?P<where>[\u4e00-\u9fff]{2,12})[)）](?=[-_+＋—\s]|$)"
)


def _drop_home(m: re.Match[str]) -> str:
    home = m["home"]
    first = _gaz_name_length(home, 0)
    two_places = bool(first) and _gaz_name_length(home, first) == len(home) - first  # `江苏南京`
    dotted = "·" in m["name"] or "•" in m["name"]
    if dotted and home not in _COUNTRIES:
        return m.group(0)
    if ((_is_name(m["name"], strict=not dotted)
         or len(m["name"]) == 3 and m["name"][0] in _SINGLE_SURNAMES and _is_name(m["name"], strict=False))
            and (home in _PROVINCE_SET or home in _HAND_GAZETTEER or home in _DIVISION_FULL
                 or two_places or _UNIT_ONLY.fullmatch(home) or home in _COUNTRIES)):
        following = m.string[m.end() : m.end() + 1]
        return m["name"] + ("" if following in ("-", "_", "+", "＋", "—", " ") else " ")  # `张三（江苏）-春之韵`
    return m.group(0)


# (speed) the last characters a grab note and an author's city end on (a set: no empty text is in it)
_NOTE_LAST: Final = frozenset("图片络)）")


# (speed) what some note of _strip_notes needs anywhere in the name, for its first test: one scan, not one a word
_NOTE_ANYWHERE: Final = re.compile("[编校审文]|[bB]y")


# A paper's note on who made the picture shown above (`（上图作者系某某协会会员、离休干部张三）`, `（作者为某某学校教师
# 张三）`): the maker is the name closing it, after the posts and units that describe them
_AUTHOR_NOTE: Final = re.compile(r"[(（](?:上图|本图|此图|图)?作者(?:系|为|是)(?P<body>[^()（）]{2,40}?)[)）]$")


# how a post or a unit before the name ends (干部, 教师, 会员, 记者, 书记, 主席, 经理, 主任 …), or another author (与, 和)
_POST_LAST: Final = frozenset("部师员长授家士者记席理任书监裁事表委、，, 与和")


_AUTHOR_ROLE_NAME: Final = re.compile(r"(?:记者|通讯员|摄影师)(?P<n>[\u4e00-\u9fff]{2,3})$")
_TWO_AUTHORS: Final = re.compile(r"([\u4e00-\u9fff]{2,4})[与和、]([\u4e00-\u9fff]{2,4})")


def _take_author_note(result: ParsedName, text: str) -> str:
    m = _AUTHOR_NOTE.search(text, max(0, len(text) - 48))
    if not m:
        return text
    body = m["body"]
    if body[-1] in "人员师者" or body.endswith(("学生", "研究生", "医生", "先生")) or result.photographers:  # `（作者系武汉人）`,
        # `（作者系高级工程师）`: who, not a name (session 13: a name may end in 生, `…离休干部周明生`)
        name = None
    else:
        name = next((body[-k:] for k in ((4, 3, 2) if body[-4:-2] in _COMPOUND_SURNAMES else (3, 2))
                     if len(body) >= k and (len(body) == k or body[-k - 1] in _POST_LAST)  # (alone, after a post, a unit
                     # or another author)
                     and (_is_common_name(body[-k:]) or _has_surname(body[-k:]) and _is_name(body[-k:]))), None)
    pair = _TWO_AUTHORS.fullmatch(body) if name and body[-len(name) - 1 : -len(name)] in ("与", "和", "、") else None
    if pair and all(_has_surname(n) and _is_name(n) for n in pair.groups()):
        result._set("photographers", list(pair.groups()), "（作者系X与Y）", 0.7)  # (review: `（作者为某某与某某）`: both)
    elif name:
        result._set("photographers", [name], "（作者系…X）", 0.7)
    elif m.start() == 0 or (role := _AUTHOR_ROLE_NAME.search(body)) and _is_name(role["n"], strict=False) \
            or _is_common_name(body[-3:]) or body[-4:-2] in _COMPOUND_SURNAMES:
        return text  # the note is the whole name (its words are all there is), or a role or a common name closes it that
        # the post rule does not know (`（作者系记者闫春来）`): the credit grammar reads it, as before
    return text[: m.start()]  # session 16: a note naming nobody describes the author all the same (`X 摄(作者系某协会
    # 副主席)`): no credit of its own, no title (its 摄影 and its post were read as `（摄影 副主席）`)


# session 13: the entry's own note on where (`锦绣某川（拍摄地点：某河某段）`, `…(地标:某某)`)
_PLACE_NOTE: Final = re.compile(r"\s*[(（]\s*(?:(?:拍摄地点|拍摄地|地点|地标)\s*[:：]|(?P<shot>(?:拍)?摄于))"  # (session 23: `（摄于某地）`)
                                r"\s*(?P<p>[\u4e00-\u9fff][\u4e00-\u9fff\w·]{1,23})[)）]$")
_PLACE_NOTE_RULE: Final = "（拍摄地点：X）"  # (captions reads it: the title beside such a note stays a title)
# (review) a note's words that are no place: a credit, a way of shooting, a day (`（拍摄地点：某地 张三摄）` keeps its credit)
_NOT_IN_PLACE_NOTE: Final = re.compile(r"摄|拍|作者|手机|相机|无人机|\d{4}|\d+[年月日]")
# (review) a closing credit bracket a role or an outlet vouches for (`（新华社记者 X 摄）。`), not any words before 摄
# (`（王府井摄）。`, `（游客争相拍摄）。`)
_VOUCHED_BRACKET: Final = re.compile(r"[(（][^()（）]*(?:记者|通讯员|摄影师|社|报|网|台)[^()（）]*摄[)）]。$")
_CHART_NOTE: Final = re.compile(r"\s*[(（][\u4e00-\u9fff]{0,6}制图[)）]$")
_SOURCE_PICTURE_NOTE: Final = re.compile(r"(?:。\s*(?P<src>[\u4e00-\u9fffA-Za-z]{2,10}?)(?:资料)?|(?<=[\u4e00-\u9fff])资料)(?:图片|照片)$")


def _source_note(text: str, src: re.Match[str]) -> bool:
    """Session 13: where the picture came from closing the caption, no person (`…。美聯社資料圖片`, `。維基百科照片`,
    `。香港電台圖片`), or the file's own note after the one pictured (`某某资料照片`); not a credit (`新华社记者X照片`),
    a person's photo (`。张三照片`, `。张某的照片`) or a kind of picture (`教学资料图片`)."""
    source = src["src"]
    if not source:
        return _is_common_name(text[: src.start()])
    return bool(_AGENCY_RE.fullmatch(source)) or (
        not _is_name(source, strict=False) and not _ROLE_RE.search(source) and "的" not in source)


def _take_closing_notes(result: ParsedName, text: str) -> str:
    """Session 13: the notes that close a name before its credit is read, each on its own first test (the name's last
    characters): the entry's place note, a chart note, a source's picture note, a credit closed by a full stop, the
    outlet after a nameless supplier."""
    if text[-1:] in ")）" and ("地" in text[-30:] or "摄于" in text[-30:]) \
            and (m := _PLACE_NOTE.search(text, max(0, len(text) - 34))) \
            and m.start() > 0 and not result.place and not _NOT_IN_PLACE_NOTE.search(m["p"]) \
            and m["p"] not in _NO_PLACE_GIVEN:
        if not m["shot"] or _opens_on_place(m["p"]):  # (the review's: `（摄于文革时期）`, `（摄于拆迁前）` say when)
            result._set("place", m["p"], _PLACE_NOTE_RULE, 0.8)  # where, in the entry's own note
        text = text[: m.start()]  # the words before the note are the title
    if text[-1:] in ")）" and "制图" in text[-8:] and (chart := _CHART_NOTE.search(text, max(0, len(text) - 12))) \
            and chart.start() > 0:
        text = text[: chart.start()]  # `…(X攝)(明報製圖)`: the paper made the chart beside the picture
    src = _SOURCE_PICTURE_NOTE.search(text, max(0, len(text) - 16)) if text[-1:] == "片" else None
    if src and src.start() > 0 and _source_note(text, src):
        if src["src"] and not result.agency and _AGENCY_RE.fullmatch(src["src"]):
            result._set("agency", src["src"], "。来源图片", 0.7)
        text = text[: src.start()]
    if text[-1:] == "。" and (text[-3:-1] == "供图" or text[-2:-1] in ")）" and "摄" in text[-5:-2]
                              and _VOUCHED_BRACKET.search(text, max(0, len(text) - 30))):
        text = text[:-1]  # `…。受访者供图。`, `…（新华社记者 X 摄）。`: the credit closed as a sentence (review: not 提供,
        # `午餐由村民提供。` is a sentence)
    elif text[-1:] == "发" and (sender := _SENT_AFTER.search(text, max(0, len(text) - 12))) and sender.start() > 0:
        if not result.agency:  # `…。受访者供图 某某网发`: the outlet that ran it, after the supplier
            result._set("agency", sender["a"], "nobody供图 agency发", 0.7)
        text = text[: sender.start()]
    return text


def _strip_notes(result: ParsedName, text: str) -> str:
    """Editor, writer, video-grab and web-picture notes go; `张三摄：…` and `作者：张三（北京）` credit."""
    if "作者" in text and text[-1:] in ")）":
        text = _take_author_note(result, text)  # session 12: `（上图作者系…、离休干部张三）`
        if not text:
            return text
    text = _take_closing_notes(result, text)
    if (text[-1:] not in ")）摄图供片络" and not _NOTE_ANYWHERE.search(text) and "摄" not in text[:8]
            and "作品" not in text[:10] and text[:1] not in "©Ⓒ图" and not text.startswith("作者")
            and "记者" not in text[:14] and "通讯员" not in text[:14] and "/" not in text[-14:] and "／" not in text[-14:]):
        return text.strip()  # (speed) every note and credit below is gated on one of these: half the names hold none
        # (a note added below needs its own gate added here)
    tail = max(0, len(text) - 16)  # every note sits at the end: only its last characters are searched
    bare = text.rstrip(")）").removesuffix("供图").removesuffix("提供").removesuffix("摄")
    m = _NOBODY_SUPPLIED.search(text, tail) if bare[-1:] in _NOT_NAME_ENDS and len(bare) < len(text) else None
    if m and m.start() > 0:  # `…。受访者供图`: supplied by someone the caption does not name
        result.warnings.append("credit without a name")
        text = text[: m.start()]
        sent = _SENT_OPEN.search(text, max(0, len(text) - 16)) if text[-1:] == "发" else None
        if sent and sent.start() > 0:  # round 49: `…(某某网发 通讯员供图)`: sent by the outlet, nobody named
            if not result.agency:
                result._set("agency", sent["a"], "（agency发 nobody供图）", 0.8)
            text = text[: sent.start()]
    m = _GROUP_SUPPLIED.search(text, tail - 14) if text[-1:] in "图供" and text.endswith(("供图", "提供")) else None
    if m and m.start() > 0:  # `…。东源村摄影战队 供图`: a team or a society supplied it, no person named
        result._set("agency", m["group"], "group 供图", 0.6)
        text = text[: m.start()]
    if "编" in text or "校" in text or "审" in text:
        m = _EDITOR_NOTE.search(text, max(0, len(text) - 24))
        text = text[: m.start()] if m and m.start() > 0 else text
    if "文" in text:  # (the note needs one of its separators after 文: without one only the strip is left)
        text = (_WRITER_NOTE.sub("", text) if ":" in text or "：" in text or "丨" in text or "｜" in text or "|" in text
                else text).strip()
    if text[-1:] in _NOTE_LAST:  # (speed) text.endswith(("图", "片", "络", ")", "）")): a slice and a set test
        end = text[-20:]  # (speed) every note holds 截图, 网络, 取自 or 翻摄 within it
        m = (_GRAB_NOTE.search(text, max(0, len(text) - 20))
             if "截图" in end or "网络" in end or "取自" in end or "翻摄" in end else None)
        if m and m.start() > 0:
            src = _AGENCY_RE.fullmatch(m["src"]) if m["src"] else None
            if src and not result.agency:
                result._set("agency", src.group(0), "agency grab", 0.7)
            text = text[: m.start()]
    if "by" in text or "By" in text:
        text = _BY.sub(" ", text)  # `晨光 by 张三`
    m = (_CREDIT_FIRST.match(text) if "摄" in text[:8] or "作品" in text[:10] or text[:1] in "©Ⓒ"
         or text.startswith(("图", "作者", "拍摄者")) else None)
    if m and m["name"] and m.group(0)[len(m["name"]):][:1].isspace() and (
            _title_beside_name(m["name"], rest := text[m.end():])
            or " " in rest.strip() and _title_beside_name(m["name"], rest.split()[-1])):
        m = None  # `春之韵 摄影：张三`: a title, then the credit label (session 13: the name after its unit, `龙舟竞渡
        # 摄影：某某县融媒体中心 张三`)
    who = (m["name"] or m["c"] or m["n3"] or m["n4"] or m["n5"]) if m else ""
    strict = "作品" in m.group(0) or bool(m["n5"]) if m else True
    names = who.split("、") if m and m["n3"] else [who]  # `（赵俊、刘伟摄影报道）在…`: a byline before the caption
    if m and m.end() < len(text) and all(_is_name(n, strict=strict) for n in names):
        result._set("photographers", names, "X摄：", 0.85)
        text = text[m.end():]
    if not result.photographers and (text.find("记者", 0, 14) >= 0 or text.find("通讯员", 0, 14) >= 0):
        text = _take_lead_role_credit(result, text)
    m = _AUTHOR_CITY.search(text) if text[-1:] in _CLOSE_PARENS else None
    if m and m.start() > 0 and _is_name(m["name"], strict=False) and not result.photographers:
        result._set("photographers", [m["name"]], "作者：X（城市）", 0.85)
        text = text[: m.start()]
    m = _NAME_SLASH_AGENCY.search(text, max(0, len(text) - 20)) if "/" in text[-14:] or "／" in text[-14:] else None
    if m and m.start() > 0 and _is_name(m["name"], strict=False) and not result.photographers:
        result._set("photographers", [m["name"]], "X/图片社", 0.8)  # session 13: `…丰收景象。李某/人民图片`: the
        if not result.agency:  # photographer, a slash, the picture agency that distributed it
            result._set("agency", m["a"], "X/图片社", 0.8)
        text = text[: m.start()]
    return text.strip()


# The credit a paper prints BEFORE the caption: `[outlet] role NAMES VERB` then a space (or the whole credit in
# brackets), then the caption (`本报记者 X 摄 四月七日,…`, `（新华社记者 X、Y 摄）5月1日,…`, `通讯员 X 摄影报道 …`)
_LEAD_ROLE_CREDIT: Final = re.compile(
    r"^(?P<open>[(（【\[])?\s*(?P<head>[^\s，,。；;：:()（）]{0,12}?(?:记者|通讯员|摄影师)\s*[\u4e00-\u9fff]{2,4}"
    r"(?:[、\s][\u4e00-\u9fff]{2,4}){0,2}?\s*(?:摄影报道|摄影|拍摄|摄))(?(open)\s*[)）】\]]\s*|\s+)(?=\S)"
)


def _take_lead_role_credit(result: ParsedName, text: str) -> str:
    """The credit before the caption, read by the tail credit grammar (so its names pass the same tests); the
    caption after it must be one (a clause of 8 characters or more), or the words are a title and a credit."""
    m = _LEAD_ROLE_CREDIT.match(text)
    if m is None or len(text) - m.end() < 8:
        return text
    got = _find_credit(m["head"])
    if got is None or got.start != 0 or not got.names or not got.role:
        return text
    _store_credit(result, got)
    return text[m.end():]


# round 27: the credit an agency's picture opens with, before its caption: `新华社发（X摄）8月12日,…` (a foreign
# photographer's picture the agency sent); the names must pass the credit body's tests
_SENT_CREDIT_LEAD: Final = re.compile(
    r"^(?P<a>" + _AGENCY_TRIE + r")发\s*[(（](?P<body>[^()（）]{2,24}?)\s*(?:摄影|摄)[)）]\s*(?=[^\s()（）])")


def _take_sent_credit_lead(result: ParsedName, text: str) -> str:
    m = _SENT_CREDIT_LEAD.match(text)
    got = _parse_credit_body(m["body"].strip(), strict=False) if m and len(text) - m.end() >= 6 else None
    if not got or not m:
        return text
    _store_credit(result, _Credit(0, got[0], m["a"], got[2], "AGENCY发（X摄）caption", 0.85))
    return text[m.end():]
