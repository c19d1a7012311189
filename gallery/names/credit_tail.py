"""A backstop for a caption's closing credit: the title, then the credit in any of its common shapes joined by any
common joint, then a place and a phone — read where the steps before left the credit in the title, read a part of
its name (or a name it does not hold), or missed the place after it. Before any step reads the name, `_plain_credit`
writes a closing credit's decorations the grammar does not read (quotes around a role, the device before the verb) as
spaces.

Reads lexicon, result, phones, stamps, people, places_not_where, credits_body. Serves parse.

The credit grammar of the steps before grew rule by rule from real names, and each rule reads the shapes it was written
for: `X 摄` after a 。 but not after `_`, `（X摄于Y）` not at all, a dotted name (`买买提·吐尔逊`) behind some credit words
only. Two probes (bench/probe_credits.py) showed it: 19% of 4,116 names composed of twenty-one credit shapes, seven
joints and seven kinds of name, and 47% of 3,000 names drawn from the caption grammar ../shared/filenames/RULES.md
says the parser must accept, were read wrong. Here shapes, joints and what follows compose:

    title  joint  [outlet] [role] names [day] [／] verb [于 place]      `…。新华社记者 王大卫2020年5月1日摄于周庄`
    title  joint  key [：／ ] names [, more]                            `…——摄影：次仁罗布`, `…（文／图 巴特尔）`
    title  joint  outlet role names                                    `…。江南日报记者 买买提·吐尔逊`
    title  joint  bare names (the last segment, strict)                `《秋收》 张建华`, `…热闹_X Y Z`
    … then [sep (摄于|在|位于) place] [sep mobile]                      `…摄影、位于北京南站+139…`

joint: 。 ， , 、 (a space may follow), a space, `_ - — —— +`, or a bracket closed at the credit's end. names: one name
or several, roles between them (`叶丽君 记者 司新利`). A name must read as one behind an explicit credit
(people._is_name, not strict); strictly where the credit is weaker (供图 with no role, a list's first names, a bare
segment). A segment standing alone after the credit is peeled but gives no place (a person's unit or home as often).
"""

from __future__ import annotations

import re
from typing import Final

from .credits_body import _ORGAN_LAST
from .lexicon import _AGENCY_RE, _ALL_SUFFIXES, _GAZETTEER, _ROLE_RE, _SINGLE_SURNAMES, _simplified
from .people import (
    _PERSON_NOUN_LAST,
    _UNIT_END,
    _is_bare_credited,
    _is_name,
    _strict_or_spelt,
)
from .phones import PHONE_RE
from .places_not_where import _GENERIC_SPOTS
from .result import ParsedName
from .stamps import _valid_date, _valid_month

_CJK_NAME: Final = r"[\u4e00-\u9fff]{1,8}[·•][\u4e00-\u9fff]{1,8}|[\u4e00-\u9fff]{2,6}?"
_ROLE: Final = rf"(?:本台|本刊)?(?:{_ROLE_RE.pattern})"  # lexicon's roles (本报记者, 特约摄影师, 通讯员 …), a station's or a magazine's too
_NAMES: Final = rf"(?:{_CJK_NAME})(?:[\s、]+(?:{_ROLE}\s*)?(?:{_CJK_NAME})){{0,4}}"  # `王湧 汪昊 胡蝶飞`, `叶丽君 记者 司新利`
_CREDIT: Final = re.compile(
    # [outlet] [role] name [day] [／] verb [于 place]
    rf"(?P<by>[\u4e00-\u9fff]{{2,10}}?(?:社|报|网|台|中心)发?\s*)?(?P<role>{_ROLE}\s*)?(?P<name>{_NAMES})\s*"
    r"(?P<day>(?P<y>\d{4})年(?P<m>\d{1,2})月(?P<d>\d{1,2})日)?\s*／?\s*(?P<verb>[拍翻]?\s?摄(?:影(?:报道)?)?|供图|\s图)"
    r"(?:于(?P<place>[\u4e00-\u9fff]{2,12}))?"
    # key [：／] name [, more] — or key, a space, name
    rf"|(?:文[、／]\s*)?(?P<key>摄影|图文|文／图|图|作者|摄)\s*[：:／]\s*(?P<keyrole>{_ROLE}\s*)?(?P<keyed>{_NAMES})\s*"
    r"(?:[拍翻]?\s?摄影?)?"
    r"(?:\s*[,，;；].{0,16})?"
    rf"|(?:摄影|作者|文／图|图文)\s+(?P<spaced>{_NAMES})"
    # outlet role name
    rf"|[\u4e00-\u9fff]{{2,10}}?(?:社|报|网|台)\s*{_ROLE}\s*(?P<reported>{_NAMES})"
)
# a title's last character that makes the name after it the person it shows: a word for a person (犯罪嫌疑人, 父亲, 小哥,
# people._PERSON_NOUN_LAST, and 亲 劳模 人物), a portrait (证件照, 遗像), a list's verb (从左至右为, 分别是), a notice (寻人启事)
_SUBJECT_LAST: Final = _PERSON_NOUN_LAST | frozenset("亲模物照像为是事")
_SPOT_LAST: Final = frozenset("角亭堤祠淀坊埠垭峪")  # `雪后的古镇，朱家角`: a spot's name, no person's
_PICTURE_WORDS: Final = frozenset("作品 组照 组图 图片 照片 资料 视频 截图 原图 定稿 原创 首发".split())  # `摄影作品 摄于…`
_NOT_PLACES: Final = frozenset("故乡 家乡 老家 现场 路上 身边 远方 这里 那里 人间 途中 一起 拆迁前 期间".split())
_CREDIT_WORDS_IN: Final = re.compile("摄|记者|通讯员|报道|供图|作者")
_TITLE_PIECES: Final = re.compile(r"[\s,，、_\-—+]+")
_CJK_CHAR: Final = re.compile(r"[\u4e00-\u9fff]")
# how no credited person's name ends: an office or a desk (`图：新闻局`, `（记者站翻摄）`; people._UNIT_END and credits_body's
# _ORGAN_LAST, with a venue's, a paper's, a team's and a school's), or a verb read into it (`张三刻`, `X翻摄`, `X拍摄`)
_UNIT_LAST: Final = _UNIT_END | _ORGAN_LAST | frozenset("站馆司社报网台组会团校厂联") | frozenset("翻拍刻")
_NAME_GROUPS: Final = ("name", "keyed", "spaced", "reported")
_JOINT: Final = re.compile(r"(?:[。，,、]\s*[(（]|[(（]|——|[。，,、]\s*|[\s_\-—+])$")  # RULES.md's separators, and brackets

_JOINT_CHAR: Final = re.compile(r"[。，,、_\-—+（(\s]")
# what may follow the credit (RULES.md: `(sep credit)* [sep place] [sep phone]`): a mobile number, then a place — after 摄于,
# 在 or 位于, or standing alone where it reads as one (a known division or sight at its head, a place word at its end)
_SEP: Final = r"(?:——|—|[-_+,，。、\s])\s*"
_PHONE_AFTER: Final = re.compile(_SEP + rf"(?:{PHONE_RE.pattern})\s*$")
_DATE_AFTER: Final = re.compile(_SEP + r"(?:(?P<y>\d{4})(?:年(?P<m>\d{1,2})月(?:(?P<d>\d{1,2})日)?|[-.](?P<m2>\d{2})[-.](?P<d2>\d{2}))"
                                r"|(?P<pm>\d{1,2})月(?P<pd>\d{1,2})日)\s*$")  # a day, a month or a day without its year
_MARKED_PLACE_AFTER: Final = re.compile(_SEP + r"(?P<mark>摄于|在|位于)?(?P<loc>[\u4e00-\u9fff]{2,12})\s*$")
_BARE_SIGN: Final = re.compile(r"[,，、\s_\-—+][\u4e00-\u9fff]{2,4}(?:[-_+,，。、\s]+1[3-9][\d -]{9,12})?$")  # (speed) a bare name may close it
_BARE_NAME: Final = re.compile(r"[,，、\s_\-—+]\s*(?P<bare>[\u4e00-\u9fff]{2,4}(?: [\u4e00-\u9fff]{2,4}){0,4})\s*$")  # `…归来 X`, `…_X Y Z`

# the cheap first tests: the name's last characters hold a credit's word; the title's end still holds one
_CLOSING_CREDIT_WORD: Final = re.compile("[摄攝图圖者影]")  # (speed) 摄, 图, 记者, 作者 …: a credit may close the name
_PLACE_MARK: Final = re.compile(r"[\s_\-—+,，、。](?:摄于|攝於|在|位于|位於)")  # a place after a credit, maybe missed
_TITLE_END_SIGN: Final = re.compile("[摄攝图圖者／员員·•报報社网網台、]")  # `…_买买提·` of a dotted name read in part


# a credit's outlet and role in quotes, as a paper brands its readers' pictures (`…。“哈报手机记者” X摄`): read without them
_QUOTED_ROLE: Final = re.compile(r"(?<=[。，,；\s(（])[“\"「『](?P<role>(?:[\u4e00-\u9fff]{0,8}(?:报|台|网|社|手机|融媒|媒体|新闻))?记者)"
                                 r"[”\"」』](?=\s*[\u4e00-\u9fff]{2,4}(?:\s+[\u4e00-\u9fff]{2,4}){0,3}\s*(?:摄影?|供图)\s*[)）]?$)")


# what the picture was taken with, written before the credit's verb (`…。X 手机摄`, `（X 无人机拍摄）`): read as the bare verb
_SHOT_WITH: Final = re.compile(r"(?<=[\u4e00-\u9fff\s])(?:手机|无人机|单反)(?=\s*拍?摄影?\s*[)）]?$)")
_NAME_BEFORE_HOW: Final = re.compile(r"[\u4e00-\u9fff”》）)][\s。，,（(]\s*(?P<who>[\u4e00-\u9fff·]{2,8})\s*$")
# makers of phones, drones and cameras: a brand before 手机摄 is what was used, nobody's name (`夜景（华为手机拍摄）`)
_DEVICE_BRANDS: Final = frozenset("华为 荣耀 小米 苹果 三星 大疆 索尼 佳能 尼康 富士 徕卡 一加 魅族 红米 真我 努比亚".split())


def _shooter(who: str) -> bool:
    """Who stands before `手机摄`: a name (strictly, no place, no brand). (After a role or an agency alone the steps read
    the credit as before, and the last guard drops the device read as a name.)"""
    return who not in _DEVICE_BRANDS and who not in _GAZETTEER and (
        _is_name(who) or "·" in who or len(who) == 2 and (who[0] in "小老阿大" and who[1] in _SINGLE_SURNAMES
                                                          or who[0] == who[1]))  # (小明, 老王, 阿强, 晓晓: what friends call them)


def _plain_credit(simple: str) -> str:
    """The closing credit as the credit grammar reads it, its length kept (strings map back by position): a quoted outlet
    and role without their quotes (`…。“哈报手机记者” X摄`), and the device before the verb blanked after a name
    (`…。X 手机摄`, `（X 无人机拍摄）`: how it was shot, not who). (speed) each only where its words stand."""
    if "机" in simple and (how := _SHOT_WITH.search(simple, max(0, len(simple) - 12))) \
            and (who := _NAME_BEFORE_HOW.search(simple, 0, how.start())) and _shooter(who["who"]):
        simple = simple[: how.start()] + " " * len(how.group(0)) + simple[how.end():]
    if "记者" in simple and ("”" in simple or "」" in simple or '"' in simple or "』" in simple):
        cut = max(0, len(simple) - 30)
        if _QUOTED_ROLE.search(simple, cut):
            simple = simple[:cut] + _QUOTED_ROLE.sub(r" \g<role> ", simple[cut:])
    return simple


def _credit_at_end(simple: str) -> tuple[int, re.Match[str]] | None:
    """(where the joint before the credit starts, the credit) for a caption that ends with one, else None."""
    if not simple:
        return None  # (`，园影路`: a place peeled off left nothing)
    closing = simple[-1] in ")）"
    body = simple[:-1].rstrip() if closing else simple
    for start in _starts(body):
        m = _CREDIT.fullmatch(body, start)
        if not m:
            continue
        joint = _JOINT.search(body, max(0, start - 3), start)
        if joint is None or closing != (joint.group(0).strip()[-1:] in ("(", "（")):
            continue
        if joint.start() < 2:  # a title before the credit, not a bare credit
            return None
        return joint.start(), m
    return None


def _peel_place(simple: str) -> tuple[int, tuple[int, int] | None]:
    """(where the credit must end, the span of the place after 摄于, 在 or 位于 that follows it). A segment standing alone
    after a credit is peeled too but gives no place (span None): it is the credited person's unit or home as often as
    where the picture was taken (`摄影：X 某省儿童医院`, `《题》X 泉州`)."""
    place = _MARKED_PLACE_AFTER.search(simple)
    if place is None or not _reads_as_place(place["loc"]):
        return len(simple), None  # `…摄 在水一方` (a work), `…摄，摄于黄昏` (a time): no place
    return place.start(), place.span("loc") if place["mark"] else None


def _reads_as_place(loc: str) -> bool:
    """A segment standing alone reads as a place when a known division or sight opens it or a place word ends it, and
    it is no name (`苏州平江路`, `北京南站`, `镇江茶博园`)."""
    if _is_name(loc) or _CREDIT_WORDS_IN.search(loc) or "的" in loc or loc in _GENERIC_SPOTS or loc in _NOT_PLACES:
        return False
    return any(loc[:k] in _GAZETTEER for k in range(2, min(len(loc), 6) + 1)) or loc.endswith(_ALL_SUFFIXES)


def _starts(body: str) -> list[int]:
    """Where a credit may start: after each joint in the last 40 characters, the nearest to the end last."""
    n = len(body)
    return [m.end() for m in _JOINT_CHAR.finditer(body, max(0, n - 41), n - 2)]


def _name_group(m: re.Match[str]) -> str:
    return next(g for g in _NAME_GROUPS if m[g])


_ROLE_LEAD: Final = re.compile(_ROLE + r"\s*")
_NAME_SPLIT: Final = re.compile(r"[\s、]+")


def _name_spans(m: re.Match[str]) -> list[tuple[int, int]] | None:
    """The spans of the names a credit gives (roles between them left out), or None where one is no name."""
    group = _name_group(m)
    text, offset = m[group], m.start(group)
    spans, names = [], []
    for start, end in _pieces(text):
        if lead := _ROLE_LEAD.match(text, start, end):
            start = lead.end()
        if start == end:
            if end == len(text):
                return None  # a role with no name after it: the credit goes on past what was read
            continue  # a role alone, before the next name
        if not _credited_name(text[start:end], m):
            return None
        spans.append((offset + start, offset + end))
        names.append(text[start:end])
    if len(names) > 1 and not all(map(_strict_or_spelt, names)):
        return None  # several names read as names strictly (`春花、周立群摄`, `王建国 定稿`: 春花 and 定稿 are none)
    return spans or None


def _pieces(text: str) -> list[tuple[int, int]]:
    """The (start, end) of each piece of `text` between spaces and 、."""
    out, start = [], 0
    for sep in _NAME_SPLIT.finditer(text):
        out.append((start, sep.start()))
        start = sep.end()
    out.append((start, len(text)))
    return out


def _credited_name(name: str, m: re.Match[str]) -> bool:
    if name[-1] in _UNIT_LAST or "站" in name or name in _GAZETTEER or name in _PICTURE_WORDS or _AGENCY_RE.fullmatch(name):
        return False
    if m["verb"] and m["verb"].strip() == "图" and not m["role"]:
        return False  # `校门 张三 图`: without a reporter's role a spaced 图 may close anything
    if m["role"] or m["keyrole"] or m["reported"] or m["key"] in ("摄影", "作者", "摄"):
        return _is_name(name, strict=False)  # a reporter's role or a shooter's key vouches for an unusual name
    # session 10's review: with nothing but the verb (`（黑白 摄于婺源）`, `（报纸翻摄）`, `杭州消防供图`) or a picture's key
    # (`（文、图／示意）`) a word stands where a name would as often as a person: a name strictly, or one a Tibetan,
    # Mongolian, Uyghur or dotted spelling makes
    return _strict_or_spelt(name)


def _credit_suspect(result: ParsedName, core: str) -> bool:
    """(speed) The cheap signs that the steps before misread a closing credit, asked by parse before it calls
    _apply_credit_tail: no name read or no title, a credit's word (or the first part of a dotted name, or the name read)
    still in the title's last two characters, or no place read where a place's marker closes the name."""
    names, title = result.photographers, result.title
    if not names or not title:
        return True
    return (_TITLE_END_SIGN.search(title, len(title) - 2) is not None or title.endswith(names[-1])
            or not result.place and _PLACE_MARK.search(core, len(core) - 16) is not None)


def _apply_credit_tail(result: ParsedName, core: str, parse_core) -> None:
    """Where `core` ends with a credit the steps before did not read right (parse asks _credit_suspect first): parse the
    sentence alone and take the credit's name, day and place. `parse_core` is parse._parse_core (passed in: parse reads
    this module)."""
    if _CLOSING_CREDIT_WORD.search(core, len(core) - 40) is None and (
            result.photographers or _BARE_SIGN.search(core, len(core) - 24) is None):
        return
    simple = _simplified(core)
    phone = _PHONE_AFTER.search(simple)
    body = simple[: phone.start()] if phone else simple
    if (dated := _DATE_AFTER.search(body)) is not None:
        body = body[: dated.start()]
    end, place_span = _peel_place(body)  # a place after the credit, else the credit's own (`X 摄于Y`)
    if end == len(body) or (found := _credit_at_end(body[:end])) is None:
        place_span, found = None, _credit_at_end(body)
    else:
        body = body[:end]
    if found is not None:
        cut, m = found
        spans = _name_spans(m)
        credit = m.group(0)
    elif place_span is None and (bare := _BARE_NAME.search(body)) \
            and _are_bare_names(bare["bare"], body[: bare.start()], bare.group(0)[0]):
        cut, credit = bare.start(), bare["bare"]
        spans = [(bare.start("bare") + a, bare.start("bare") + b) for a, b in _pieces(credit)]
    else:
        return
    if spans is None or not (_needs_backstop(result, [simple[a:b] for a, b in spans], credit, place_span is not None)
                             or dated is not None and not result.date and not result.date_partial):
        return
    sentence = ParsedName(filename=result.filename)
    parse_core(sentence, core[:cut].rstrip(" _-—+,，、"))
    if not sentence.title:
        return
    rule = "closing credit (backstop)"
    result._set("title", sentence.title, rule, 0.7)
    result.photographers = [core[a:b] for a, b in spans]
    result.evidence["photographers"] = result.evidence["title"]
    if result.family == "caption":
        result.family = "news_caption"  # a caption with its credit, as captions names one
    if found is not None and m["place"]:
        result._set("place", core[m.start("place"):m.end("place")], rule, 0.7)
    elif place_span is not None:
        result._set("place", core[place_span[0]:place_span[1]], rule, 0.7)
    elif result.place and _simplified(result.place) not in credit and credit not in _simplified(result.place):
        pass  # the steps before read a place outside the credit: it stays
    elif sentence.place:
        result._set("place", sentence.place, rule, 0.6)
    else:
        result._unset("place")
    if found is not None and m["day"] and (day := _valid_date(int(m["y"]), int(m["m"]), int(m["d"]))):
        result._set("date", day, rule, 0.7)
        result._set("date_kind", "shot", rule, 0.7)
    elif dated is not None and not result.date and not result.date_partial:
        _set_closing_date(result, dated, rule)
    elif sentence.date and not result.date:
        result._set("date", sentence.date, rule, 0.6)


def _set_closing_date(result: ParsedName, m: re.Match[str], rule: str) -> None:
    """A day, a month, or a day without its year closing the name after its credit (`…摄 2019年5月`)."""
    if m["pm"]:  # (2000: a leap year, so 2月29日 passes)
        if day := _valid_date(2000, int(m["pm"]), int(m["pd"])):
            result._set("date_partial", day[5:], rule, 0.6)
    elif value := (_valid_month(int(m["y"]), int(m["m"])) if m["m"] and not m["d"]
                   else _valid_date(int(m["y"]), int(m["m"] or m["m2"]), int(m["d"] or m["d2"]))):
        result._set("date", value, rule, 0.6)


def _are_bare_names(text: str, before: str, joint: str) -> bool:
    """A bare last segment credits people only when each of its words reads strictly as a name with a surname that is no
    common noun and no known place (people._is_bare_credited), after a title in 《》 or of three Chinese characters or
    more with no name nor credit word in it, which does not end on a person it names (`犯罪嫌疑人，X`, `我的父亲 X`,
    `证件照，X`, `…从左至右为X、Y`: the name is the picture's subject); after a comma or 、 a name of three characters
    (two are words as often: `古镇晨雾，梅花`). (`…分外热闹_X Y Z`, `…造成大量积水 X`, `《秋收》 X`; not `P111 苏扇`,
    `党员，廉洁`, `吴正宝 徐宏林`, `一等奖 张三 - 李四`, `水天一色—栗雨湖`, `雪后的古镇，朱家角`.)"""
    title = before.strip(" _-—+,，、。")
    if any(_is_name(title[-k:]) for k in (2, 3)):
        return False  # `…为王大山、李小红`, `张三 李四`: a list of names, who is who unknown
    return (all(_is_bare_credited(n) and n[-1] not in _UNIT_LAST and n[-1] not in _SPOT_LAST
                and not n.endswith(_ALL_SUFFIXES) and (len(n) >= 3 or joint not in "，,、") for n in text.split())
            and (len(_CJK_CHAR.findall(title)) >= 3 or title.startswith("《") and title.endswith("》"))
            and title[-1:] not in _SUBJECT_LAST and _CREDIT_WORDS_IN.search(title) is None
            and not any(map(_is_name, _TITLE_PIECES.split(title.strip("《》")))))


def _needs_backstop(result: ParsedName, names: list[str], credit: str, place_after: bool) -> bool:
    """The steps before read no name, read part of this one (`吐尔逊` of `买买提·吐尔逊`), left the credit in the title
    (compared in simplified characters), or missed the place that follows it."""
    photographers = [_simplified(p) for p in result.photographers]
    if photographers and set(names) < set(photographers) and all(map(_is_name, set(photographers) - set(names))):
        return False  # the steps before read more names of this credit (`张三 李四摄`): the credit reaches further left
    if not photographers or photographers != names and any(
            p not in credit or any(p in n and p != n for n in names) for p in photographers):
        return True  # none read, a part of this one, or one the credit does not hold (`作者:王建国-在镇江茶博园`)
    if place_after and not result.place:
        return True
    title = _simplified(result.title or "")
    first = 1 if title[-1:] in ("图", "摄") else 2  # `…。 图` left of `图：记者X摄`
    return any(n in title for n in names) or any(credit.startswith(title[-k:])
                                                 for k in range(first, min(len(credit), len(title)) + 1))


def _apply_date_tail(result: ParsedName, core: str, parse_core) -> None:
    """A day, a month or a day without its year closing a name the steps before read no date from (`秋韵-周明生-2019年5月`,
    `《秋韵》周明生 5月1日`): the rest is read alone, and where it gives a title or a name, its reading and the date are
    taken."""
    dated = _DATE_AFTER.search(_simplified(core))
    if dated is None or dated.start() < 2 or not _CJK_CHAR.search(core, 0, dated.start()):
        return  # (`photo_fan88 - 11月3日`: an account and the page's time, round 63's, stay a title)
    rest = ParsedName(filename=result.filename)
    parse_core(rest, core[: dated.start()].rstrip(" _-—+,，、"))
    if not (rest.title or rest.photographers) or rest.date or rest.date_partial:
        return
    for name in ("title", "photographers", "place"):
        if name in rest.evidence:
            setattr(result, name, getattr(rest, name))
            result.evidence[name] = rest.evidence[name]
    _set_closing_date(result, dated, "closing date (backstop)")
