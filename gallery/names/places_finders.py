"""Step 5b, the place finders a caption is read with: after a marker, 在 clauses, held at, date
clauses, datelines, visits, passages, 于 (`_place_*`).

Reads lexicon, people, places_scan, places_not_where. Serves places, credits_grammar, dates, titles,
captions, segments, text_tails, text_body.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache
from typing import Final

from .lexicon import (
    _ALL_SUFFIXES,
    _AMBIGUOUS_PLACES,
    _COMMON_SURNAMES,
    _COUNTRIES,
    _DIVISION_FULL,
    _GAZ_FIRST,
    _GAZETTEER,
    _HAND_GAZETTEER,
    _PLACE_STOP_CHARS,
    _PLACE_TRAILING,
    _PROVINCE_SET,
    _SINGLE_SURNAMES,
    _WEAK_SUFFIXES,
    _trie_pattern,
)
from .people import _CJK, _DIVISION_LAST, _credible_name, _is_name
from .places_not_where import (
    _CLAUSE_END,
    _ENSEMBLE_AFTER,
    _GENERIC_SPOTS,
    _NOT_A_NAME_LEAD,
    _POSITION_BRACKET,
)
from .places_scan import (
    _CHUNK_STOP,
    _CLAUSE_START,
    _LEADING_DAY,
    _MULTI_SUFFIX_RUN,
    _PEOPLE_LEADING_PLACE,
    _PLACE_AFTER,
    _YOU_FROM,
    _ZAI,
    _gaz_name_length,
    _gazetteer_at,
    _opens_on_a_day,
    _Scan,
    _scan_place,
    _trim_place,
)

_PHRASE_STOP: Final = re.compile(r"[,，。;；\s的]")  # where a place phrase after a marker stops
_MOTION_OBJECT: Final = re.compile(r"[\u4e00-\u9fff][回进出入返离抵归靠驶][港站岛村园校城镇山]$")


def _place_after_marker(text: str) -> tuple[str, str, float] | None:
    if "于" not in text and "地点" not in text:
        return None  # (speed) every marker holds 于 or 地点
    for m in _PLACE_AFTER.finditer(text):
        rest = text[m.end():]
        if m.group(0).startswith("位于"):
            end = rest.find("的")
            if 0 < end <= 30 and not _PHRASE_STOP.search(rest, 0, end):  # (session 20: not across a comma, `位于某省东部,
                # 随着近年来当地环境的改善`: the phrase ends at the clause's end, read below)
                where = _trim_place(rest[:end])
                if where in _GAZETTEER or where.endswith(("省", "市", "县", "州")):
                    scan = _scan_place(rest, end + 1)  # `位于南京的玄武湖公园`: the named place in the city
                    named = _trim_place(rest[end + 1 : scan.end])
                    if len(named) >= 3 and scan.strong and not _MULTI_SUFFIX_RUN.fullmatch(named):
                        return where + named, "位于…的 X", 0.85
                if (found := _scan_place(where, 0)).first_gaz or found.strong:  # (a position, `位于画面中央的…`, no place)
                    return where, "位于…的", 0.85
                scan = _scan_place(rest, end + 1)  # `位于大山中的某市某区某村小学`: the named place after 的
                named = _trim_place(rest[end + 1 : scan.end])
                if len(named) >= 3 and scan.first_gaz:
                    return named, "位于…的 X", 0.8
                continue
        if m.group(0).startswith("位于") and (subject := _place_before_located(text, m.start())):
            return subject, "X 位于 Y", 0.8  # session 20: `…。某某湾位于某省东北部,…`: the named place, not its region
        stop = _PHRASE_STOP.search(rest)
        phrase = _trim_place(rest[: stop.start()] if stop else rest)
        if m.group(0).startswith("位于") and not ((scan := _scan_place(phrase, 0)).first_gaz or scan.strong):
            continue  # session 20's review: `位于画面中央`, `位于队伍前列`, `位于大山深处`: a position, no named place
        if len(phrase) >= 2 and not _opens_on_a_day(phrase) and not _CN_DATE.match(phrase):  # `摄于五月一日`: a date
            return phrase, m.group(0).strip(), 0.9
    return None


def _place_before_located(text: str, at: int) -> str | None:
    """The clause's subject before 位于 when it is a place's name and nothing else (`罗源湾位于…`)."""
    start = max(text.rfind(c, 0, at) for c in "，,。;；： ") + 1
    subject = text[start:at]
    if len(subject) < 2 or subject[0] in "该这此本那其各" or subject.startswith(_NOT_A_NAME_LEAD):
        return None  # `该村位于…`: the place is named elsewhere
    scan = _scan_place(subject, 0)
    if scan.end != len(subject) or _MULTI_SUFFIX_RUN.fullmatch(subject) or subject[0] in "新老大小":
        return None  # `学校位于…`, `新校区位于…`: a kind of place
    if not scan.first_gaz:
        return None  # (the third review: `展览馆位于…`, `游客中心位于…`: a kind of place, no name)
    if _gazetteer_at(text, at + 2) > at + 2:
        return subject  # what it lies in is a named place (`某省东北部`): `宏村位于安徽省…`
    after = _scan_place(text, at + 2)  # a street or a park it lies on: a subject of three characters or more
    return subject if len(subject) >= 3 and after.strong else None  # (`江山位于领奖台中央`: a person's or a team's
    # name, the review's, and a position)


def _place_zai_clause(text: str) -> tuple[str, str, float] | None:
    """`…，在X，` at the start of a clause: the whole adverbial X is the place."""
    if "在" not in text or not _zai_may_open_clause(text):
        return None
    for m in _CLAUSE_START.finditer(text):
        if not text.startswith("在", m.end()) or text.startswith("在位于", m.end()):
            continue
        start = m.end() + 1
        comma = _CLAUSE_END.search(text, start)
        if not comma:
            continue
        phrase = _trim_place(text[start : comma.start()])
        if phrase and len(phrase) <= 40 and not phrase.startswith(_ROUTE_VERB) \
                and _scan_place(phrase, 0).end >= 0.8 * len(phrase):
            return phrase, "在…，", 0.85
    return None
# (speed) the last character a _CLAUSE_START match can end with: its marks, a date's or a lead word's last
# character (日 午 上 间 晚 晨 早, 前 天 来 今 是 为), a comma after them, or a space
_CLAUSE_START_LAST: Final = frozenset(",，。;；：:!！?？—日午上间晚晨早前天来今是为")


def _zai_may_open_clause(text: str) -> bool:
    """Whether some 在 stands where a _CLAUSE_START match could end (the name's start, or after one of
    _CLAUSE_START_LAST or a space): one scan of the 在s, not a _CLAUSE_START scan of the whole name."""
    j = text.find("在")
    while j >= 0:
        if j == 0 or text[j - 1] in _CLAUSE_START_LAST or text[j - 1].isspace():
            return True
        j = text.find("在", j + 1)
    return False


_ROUTE_VERB: Final = ("通往", "前往", "去往", "开往", "驶往", "飞往", "通向")  # `在通往X的路口`: a road, not X


# round 21: `在X举行的Y`, `在X举办的…`: the event is held at X, which is where (not the event Y after 的)
_HELD_AT: Final = re.compile(r"在(?P<np>[^,，。;；、的在]{2,20}?)(?:隆重)?(?:举行|举办|召开|开幕|闭幕|落幕|开展|上演|展出)的")


_COUNTRY_CAPITAL: Final = re.compile(  # `塞尔维亚首都贝尔格莱德`: a country, its capital (or a city) by name
    "(?:" + "|".join(sorted(_COUNTRIES, key=len, reverse=True)) + r")(?:首都|首府)[\u4e00-\u9fff]{2,8}")
_HELD_GATE: Final = re.compile("[行办开幕展演出]的")
_HELD_STOP: Final = frozenset("们我你他她它这那了着被把将让给对从向是有")


def _place_held_at(text: str) -> tuple[str, str, float] | None:
    if "在" not in text or not _HELD_GATE.search(text):
        return None
    for m in _HELD_AT.finditer(text):
        np = m["np"]
        if not _HELD_STOP.isdisjoint(np) or _MULTI_SUFFIX_RUN.fullmatch(np) or np in _GENERIC_SPOTS:
            continue  # `在他们举行的`, `在学校举行的`: a clause or a kind of place, no name
        scan = _scan_place(np, 0)
        if scan.end == len(np) and (scan.strong or scan.first_gaz) or _COUNTRY_CAPITAL.fullmatch(np):
            return np, "在X举行的", 0.8
    return None


# round 52: a short state word and 的 between 在 and the place (`在封冻的某江上`, `在繁忙的某港`): the place is what
# follows 的 (a scan from 在 read nothing); a clause or a person before 的 (`在他的`, `在我们的`) is no state word
_ZAI_STATE_DE: Final = re.compile(r"[\u4e00-\u9fff]{1,3}?的")
_ZAI_STATE_NOT: Final = frozenset("我你他她它们这那其自谁")


# session 19: a cave's or a valley's own name (`洪崖洞`, `望仙谷`: no suffix the scan reads, 洞 and 谷 being inside words
# too, 洞庭, 谷神星, 包谷坪) right after 在, before a verb, a locative or the clause's end; not a kind of one (`防空洞`)
_CAVE_VALLEY: Final = re.compile(r"[东西南北]?[\u4e00-\u9fff]{2}[洞谷]")  # (three characters, or four after a direction: the
# fourth review, `翻晒新谷`, `人防工程洞` are grain and holes)
_AFTER_CAVE_VALLEY: Final = frozenset("的内里前旁外上下中附,，。、;； ")
_GENERIC_CAVES_VALLEYS: Final = frozenset("山洞 空洞 窑洞 树洞 黑洞 漏洞 涵洞 隧洞 岩洞 石洞 地洞 冰洞 门洞 桥洞 孔洞 溶洞 "
                                          "耳洞 兵洞 鼠洞 蚁洞 矿洞 虫洞 蛇洞 狐洞 熊洞 打洞 钻洞 补洞 挖洞 凿洞 体洞 新谷 晚谷 早谷 "  # (the third review)
                                          "稻谷 山谷 低谷 河谷 深谷 幽谷 空谷 五谷 溪谷 沟谷 硅谷 波谷 峡谷 打谷 晒谷 收谷 碾谷".split())
_IN_NO_CAVE_NAME: Final = frozenset("上下里内中旁外前面边")  # a locative inside: `在墙上打洞`, `在门前晒谷` name no cave


def _cave_valley_at(text: str, pos: int) -> str:
    """The cave's or valley's name at ``pos`` ("" where there is none)."""
    m = _CAVE_VALLEY.match(text, pos)
    if m is None:
        return ""
    name, end = m.group(0), m.end()
    if name[-2:] in _GENERIC_CAVES_VALLEYS or not _PLACE_STOP_CHARS.isdisjoint(name) \
            or not _IN_NO_CAVE_NAME.isdisjoint(name[:-1]):  # (洪崖洞: 洪 opens a name too, no person test)
        return ""
    return name if end == len(text) or text[end] in _AFTER_CAVE_VALLEY or _CHUNK_STOP.match(text, end) else ""


def _place_zai(text: str) -> tuple[str, str, float] | None:
    for m in _ZAI.finditer(text):
        phrase = _trim_place(text[m.end() : _scan_place(text, m.end()).end])
        if len(phrase) < 2 and (text.find("洞", m.end(), m.end() + 5) > 0 or text.find("谷", m.end(), m.end() + 5) > 0):
            phrase = _cave_valley_at(text, m.end()) or phrase
        if len(phrase) < 2 and "的" in text[m.end() + 1 : m.end() + 4]:
            de = _ZAI_STATE_DE.match(text, m.end())
            if de and _ZAI_STATE_NOT.isdisjoint(de.group(0)):
                phrase = _trim_place(text[de.end() : _scan_place(text, de.end()).end])
        if len(phrase) >= 2 and not phrase.startswith(_ROUTE_VERB):
            if "下" in text[m.end() : m.end() + 24] and (agent := _UNDER_AGENT.match(text, m.end() + len(phrase))) \
                    and agent["who"][-1:] not in _PERSON_LAST:
                continue  # session 16: `在乡村振兴战略的推动下`: under a policy's push, no place (review: a place, then
                # the people who led or helped there, `在某某景区讲解员的带领下`, is where)
            if phrase[0] == "自" and phrase.startswith(("自家", "自己")):
                continue  # round 62: `在自家果园内`, `在自己的店里`: the person's own plot or shop, no named place
            if phrase[-1] in _WATER_LAST and "面" in text:
                k = text.find(phrase, m.end()) + len(phrase)
                if text[k : k + 2] == phrase[-1] + "面":  # round 52: `在某江江面上`, `在某湖湖面`: the water's own surface
                    phrase += text[k : k + 2]
            return phrase, "在 X", 0.75
    return None


_WATER_LAST: Final = frozenset("江湖河海")
# `在X的推动下`, `在X帮助下`: the frame of who or what made it happen (its X a policy, a body, a person), never where
_UNDER_AGENT: Final = re.compile(r"(?P<who>[^,，。;；]{0,14}?)的?(?:推动|带动|帮助|支持|指导|领导|引领|关心|关怀|组织|倡导|鼓励|影响|作用|努力|"
                                 r"协助|陪同|见证|带领|号召|引导)下")
_PERSON_LAST: Final = frozenset("员人师者长们生手兵警医士友伴妈爸姐哥弟妹")  # how the people who lead or help are named


_DATE_CLAUSE: Final = re.compile(
    r"^(?:(?:当地时间|北京时间)?(?:(?:19|20)\d{2}年)?\d{1,2}月\d{1,2}日[早晚上下午夜间]{0,2}|近日|日前|近期|昨天|今天|昨日|今日"
    r"|(?:(?:19|20)\d{2}年)?[\u4e00-\u9fff]{1,6}(?:期间|前夕|之际|时节|假期|以来))[,，]\s*"
)


@lru_cache(maxsize=1)
def _date_clause(text: str) -> re.Match[str] | None:
    """(speed) `_DATE_CLAUSE.match(text)`, which three place finders ask of the same caption (the last answer
    is kept); a name with no comma in its first 18 characters (the longest opening,
    `当地时间2020年12月31日上午`, is 17) is answered without the regex."""
    return _DATE_CLAUSE.match(text) if "," in text[:18] or "，" in text[:18] else None


_ONE_OF_KIND: Final = re.compile(r"一[\u4e00-\u9fff]{1,3}?[内里中前旁外]?")


def _place_date_clause(text: str) -> tuple[str, str, float] | None:
    """`2020年3月22日,湖南省长沙市明德启南中学,…`: a clause between the date and the scene is the place."""
    m = _date_clause(text)
    if not m:
        return None
    end = _CLAUSE_END.search(text, m.end())
    if end is None or end.start() - m.end() < 2 or text[m.end()] not in _GAZ_FIRST:
        return None  # the place must open with a known name (first_gaz below): no scan otherwise
    if text[m.end() : end.start()] in _GAZETTEER:
        return None  # a bare city (`11月18日,北京,…在景山公园`): a later 在-phrase is more specific
    if _gazetteer_at(text, m.end()) == m.end():
        return None  # (speed) scan.first_gaz is exactly a known name at the start: no scan otherwise
    scan = _scan_place(text, m.end())
    if scan.first_gaz and scan.end >= end.start() - 4:
        one = text.find("一", m.end() + 2, end.start())  # `马卡蒂市一商场内`: a mall in the city
        if one > 0 and _ONE_OF_KIND.fullmatch(text, one, end.start()) and _scan_place(text[m.end() : one], 0).end \
                == one - m.end():
            return text[m.end() : one], "place clause after the date", 0.75
        return text[m.end() : end.start()], "place clause after the date", 0.75
    return None


_DATELINE_FIRST: Final = frozenset("0123456789一二三四五六七八九十当北")
_CN_MONTH_FIRST: Final = frozenset("一二三四五六七八九十")
_CN_DATE_CLAUSE: Final = re.compile(r"[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}日[早晚上下午夜间]{0,2}[,，]\s*")  # `九月十八日,`


_AREA_AROUND: Final = re.compile(r"(?:^|(?<=[到在于至往去,，]))(?=(?P<p>[\u4e00-\u9fff、]{2,12}?)一带)")
_NOT_AREA_LEAD: Final = frozenset("这那该此其各全整周附")
_NOT_AREA_CHARS: Final = frozenset("沿向从往到去来在于日月年时")
_DESTINATION_MARKS: Final = frozenset("到在于至往去")


_AREA_LIST_JOINERS: Final = str.maketrans("及和与", "、、、")


def _place_area_around(text: str) -> tuple[str, str, float] | None:
    """Round 24: `市民到兰桂坊一带庆祝`, `东海岸成功、长滨一带处处…`: the words before 一带 name an area."""
    if "一带" not in text:
        return None
    for m in _AREA_AROUND.finditer(text):
        p = m["p"]
        if len(p) > 3 and ("及" in p or "和" in p or "与" in p):  # `太子及旺角一带`: a list joined by 及/和/与 as by 、
            p = p[0] + p[1:-1].translate(_AREA_LIST_JOINERS) + p[-1]
        if p[0] in _NOT_AREA_LEAD or not _PLACE_STOP_CHARS.isdisjoint(p) or not _NOT_AREA_CHARS.isdisjoint(p):
            continue
        if m.start() and text[m.start() - 1] in _DESTINATION_MARKS or not _is_name(p) and ("、" in p or _scan_place(p, 0).first_gaz):
            return m["p"] + "一带", "X一带", 0.65  # after 到/在 any name; opening a clause a list or a known name
    return None


def _place_dateline_or_area(text: str) -> tuple[str, str, float] | None:
    """The two round-24 finders in one call (speed): the dateline's bare city, then the area before 一带."""
    got = _place_dateline_city(text) if text[:1] in _DATELINE_FIRST else None
    return got or (_place_area_around(text) if "一带" in text else None)


def _place_dateline_city(text: str) -> tuple[str, str, float] | None:
    """Round 24: `9月18日,北京,观众在…展上参观…`: the dateline's bare city is where, when no 在/于 phrase
    named a more exact place (the object of 参观/走进 after it is what is shown, not where)."""
    first = text[:1]
    m = ((_CN_DATE_CLAUSE.match(text) if first in _CN_MONTH_FIRST else _date_clause(text))
         if first in _DATELINE_FIRST else None)
    if not m or text[m.end() : m.end() + 1] not in _GAZ_FIRST:
        return None
    end = _CLAUSE_END.search(text, m.end())
    city = text[m.end() : end.start()] if end else ""
    return (city, "dateline city", 0.6) if city in _GAZETTEER and city not in _AMBIGUOUS_PLACES else None


def _place_date_admin(text: str) -> tuple[str, str, float] | None:
    """`近日,四川省华蓥市高兴镇花庙嘴村果农在果园…`: a full division phrase opening the clause
    after the date is more specific than a later generic 在-phrase."""
    m = _date_clause(text)
    start = m.end() if m else 0  # `福州市长乐区三溪村,龙舟在…`: with no date, the opening clause
    if text[start : start + 1] not in _GAZ_FIRST or _gazetteer_at(text, start) == start:
        return None  # a division phrase opens with a known name (first_gaz below, exactly this test): no scan otherwise
    scan = _scan_place(text, start)
    if not m and text[scan.end : scan.end + 1] not in (",", "，"):
        return None
    phrase = _trim_place(text[start : scan.end])
    if scan.first_gaz and scan.chunks >= 3 and phrase.endswith(_ADMIN_END) and phrase not in _AMBIGUOUS_PLACES:
        return phrase, "division phrase after the date" if m else "division phrase opening the caption", 0.7
    return None


_TEAM_AFTER: Final = frozenset("班队")


_FROM_WORDS: Final = ("来自", "源自", "出自")
# session 17: a purpose's verb opening a clause (`…,确保水库及流域安全`): what is done for, not where
_PURPOSE_WORDS: Final = ("确保", "保障", "保证", "加强", "推进", "实现", "助力", "促进", "推动", "提升", "加快", "做好", "为了")


# kinds of place that name none alone (`2035年城市总体规划`, `美丽的乡村公园`); (session 23: moved here from places, for the
# clause's opening place)
_GENERIC_PLACE_HEADS: Final = ("乡村", "城市", "城区", "社区", "森林", "湿地", "农村", "校园", "郊野", "城郊", "街心", "小区", "家乡",
                               "山村", "山区", "海滨", "纪念碑", "会址")  # (session 14: a monument, a seat, unnamed)


def _place_clause_start(text: str) -> tuple[str, str, float] | None:
    """A clause that opens with a place: `北京故宫迎来…`, `俯瞰江西省于都县…`, `潮白河畔的…`."""
    counted_to = 0  # (where a count or an ordinal read below ends: no clause opens inside it)
    for m in _CLAUSE_START.finditer(text):
        i = m.end()
        if i < counted_to:
            continue
        if text.startswith(_FROM_WORDS, i) or text.startswith(_PURPOSE_WORDS, i):
            continue  # `来自安徽泾县的工匠`: where people come from, not where they are
        if text[i : i + 1] == "图" and text.startswith(("图中", "图左", "图右"), i):
            continue  # round 62: `…,图中高楼为某某一侧`: what the picture shows, in it or at its side, no place's name
        # a short verb such as 俯瞰/远眺 may come before a known name; a known name at the
        # clause start itself (河南省周口市…) wins over one a few characters in
        order = (0, 1, 2, 3) if _gazetteer_at(text, i) > i else (1, 2, 3, 0)
        for k in order:
            if k and _gazetteer_at(text, i + k) == i + k:
                continue
            scan = _scan_place(text, i + k)
            phrase = _trim_place(text[i + k : scan.end])
            if not phrase and k == 0 and (cave := _cave_valley_at(text, i)):
                return cave, "clause-initial cave or valley", 0.6  # session 19: `8月23日,某某洞,游客们…`
            if not phrase or text[scan.end : scan.end + 1] in _TEAM_AFTER or _ENSEMBLE_AFTER.match(text, scan.end):
                continue  # `西藏班方阵`, `北京队队员`: a class or a team named after a place, not where
            people = _PEOPLE_AFTER.match(text, scan.end) and not (scan.chunks >= 2 and scan.strong) \
                or _BODY_AFTER.match(text, scan.end)  # session 26: `某县某乡公所与某杂志推出…`: the office, no place
            if scan.first_gaz and phrase not in _AMBIGUOUS_PLACES and not people:
                if k and scan.chunks == 1 and phrase not in _HAND_GAZETTEER and phrase not in _DIVISION_FULL:
                    continue  # `登上高处`: a county's short form (上高) read across words after a verb
                named = _named_after_dash(text, scan.end) if scan.chunks == 1 else None
                return named or (phrase, "clause-initial place", 0.7)  # not `荷兰学生…`
            day_less = _LEADING_DAY.sub("", phrase, 1) if phrase[:1].isdigit() else phrase  # (session 18: the day
            # opening it is when: `2024年某某公园的樱花`; a kind of place alone after it names none, `2025年大学物理…`)
            if (k == 0 and not scan.first_gaz and len(phrase) >= 3 and scan.end < len(text)
                    and not _MULTI_SUFFIX_RUN.match(phrase)  # `公园主路旁`: a generic spot
                    and not _MULTI_SUFFIX_RUN.fullmatch(day_less)
                    and not _THEME_PLACE.fullmatch(phrase) and not _GENERIC_LANDFORMS.fullmatch(phrase)
                    and day_less not in _GENERIC_PLACE_HEADS  # session 23: `2035年城市总体规划`: a kind, no named place
                    and not _named_person(day_less, text[scan.end : scan.end + 1])
                    and not _BODY_AFTER.match(text, scan.end)):
                count = None if phrase[:1] == "第" else _COUNTED_LEAD.match(phrase)  # (`13間宮廟`: a count the day's
                ordinal = _COUNTED_LEAD.match(day_less) if count is None else None  # pattern would take for a day)
                if count or ordinal and (len(day_less) - ordinal.end() < 3 or ordinal[0][-1] not in "届屆"):
                    counted_to = scan.end  # session 26: `第三天跳島`, `13間宮廟`: when or how many, the clause no place's
                    break  # (an edition's ordinal goes, `第18屆某某峽谷`)
                day_less = day_less[ordinal.end():] if ordinal else day_less
                return (day_less if len(day_less) >= 3 else phrase), "clause-initial place", 0.6
    return None


# session 26: an ordinal of a time or an edition, or a count, opening the words (`第三天跳島`, `第二届`, `13間宮廟`): when
# or how many, no place's name opens so (`第二中学` is a school's)
_COUNTED_LEAD: Final = re.compile(r"第[一二三四五六七八九十百\d]+[届屆天次期年名批轮輪场場组組]|\d+[间間个個座家所处處]")


def _named_person(phrase: str, after: str) -> bool:
    """Session 26: a clause opening on a person's name whose last character is a suffix's (`某龍河宣布…`): who, not where
    (a clan's village, `王家河`, a village, `某壩村`, and a spot beside the words, `某鼓阁门前`, stay places)."""
    return len(phrase) == 3 and phrase[1] not in "家庄" and phrase[2] not in _VILLAGE_LAST and after not in _BESIDE \
        and _credible_name(phrase)


_VILLAGE_LAST: Final = _DIVISION_LAST | frozenset("村屯寨堡里社")  # (the phrase is read in simplified script)
_BESIDE: Final = frozenset(_PLACE_TRAILING) | frozenset("门下的畔口")


def _named_after_dash(text: str, pos: int) -> tuple[str, str, float] | None:
    """`成都知名景点——宽窄巷子景区内…`: the named sight after the dash is more specific than the city."""
    end = _CLAUSE_END.search(text, pos)
    dash = text.find("——", pos, end.start() if end else len(text))
    if dash < 0:
        return None
    scan = _scan_place(text, dash + 2)
    phrase = _trim_place(text[dash + 2 : scan.end])
    return (phrase, "place after ——", 0.7) if len(phrase) >= 3 and scan.strong else None


# round 24: a village named for the family that settled it, `姓 + 家 + a settlement or landform word` (徐家院, 薛家凹,
# 李家坪, 王家坝, 张家湾 …), found last, where no other finder named a place; a known place right before it joins it
_FAMILY_VILLAGE: Final = re.compile(
    "(?P<p>[" + "".join(sorted(_COMMON_SURNAMES)) + "]家[院凹坳坡沟坪塘湾庄堡屯寨岗咀洼峪坝圩埠畈垄岭])(?=[,，。;；的村]|$)")


def _place_family_village(text: str) -> tuple[str, str, float] | None:
    m = _FAMILY_VILLAGE.search(text) if "家" in text else None
    if m is None:
        return None
    i = m.start()
    lead = next((k for k in (3, 2) if i >= k and text[i - k : i] in _GAZETTEER), 0)
    return text[i - lead : m.end()], "姓+家+村落字", 0.55
_DESTINATION: Final = frozenset("去到往回赴飞至自")  # 自: `来自北京的游客` names where people come from


_VISIT: Final = re.compile(
    r"航拍|俯瞰|远眺|考察|参观|视察|调研|走进|走入|来到|回到|返回|莅临|走访|探访|游览|打卡|做客|到访|探秘|漫步|巡游"
    r"|降临|亮相|现身|齐聚|抵达|到达|驶[过经入出]|途经|飞越|行经|路过|经过"  # round 24: `工人经过X大桥施工现场`;
    # round 63: 驶出, a boat sailing out of a named harbour (`渔船驶出某某渔港`), is there, as 驶入 and 驶过
    r"|巡视|巡查|巡检"  # round 30: `员工巡视某某变电站设备`: an inspection is where the inspectors are
    r"|观赏"  # round 42: `游客乘船观赏某某古城夜景`: what sightseers look at, like 游览 and 远眺
    r"|进入"  # round 42: `游客进入某某滑雪场`: only a sight's kind after it (_place_after_visit), not `进入某某阶段`
    r"|访问|拜访|造访|出访|参访|看望|慰问(?!团)"  # session 18: `访问某大学`, `看望某村老人`: the visit's host is where
    # (session 26: 参访, Taiwan's word for a visit)
    r"|跳入|跃入|跳进"  # round 53: `泳客跳入某某湖`, `跃入某某公园的河水`: the swimmer is in the named water, as 走入
    r"|(?<!原)居于"  # session 26: `探访居于某某邨的家庭`: the home visited (Hong Kong's government captions; not 原居于, once lived)
)
# round 55: `牧民们夜宿某某水库旁`: where people spend the night is where they are, as after 来到 (searched apart, only
# where 宿 or 露营 occurs: (speed) a longer _VISIT costs every caption)
_NIGHT_STAY: Final = re.compile(r"夜宿|宿营|露营|留宿")


def _named_place_after(marker: re.Pattern[str], text: str, shortest: int,
                       fits: Callable[[str, _Scan], object]) -> tuple[re.Match[str], str] | None:
    """The first named place (at least ``shortest`` characters) right after a ``marker`` match
    that ``fits(phrase, scan)`` accepts, with that match."""
    for m in marker.finditer(text):
        scan = _scan_place(text, m.end())
        phrase = _trim_place(text[m.end() : scan.end])
        if (len(phrase) >= shortest and (scan.strong or scan.first_gaz) and phrase not in _AMBIGUOUS_PLACES
                and fits(phrase, scan)):
            return m, phrase
    return None


_HOME_WORDS: Final = ("家乡", "故乡", "老家", "家园", "母校", "母港")  # one's home, named by no one
_UNNAMED_KINDS: Final = frozenset(("山区", "农村", "乡村", "城市", "城区", "社区", "校园", "家中", "课堂", "岗位", "一线",  # kinds
                                   "灾区", "火场", "渔场", "渔区", "现场", "工地", "病房", "考场", "海岛", "街头", "小区", "县城",
                                   "受灾村庄", "寺庙", "老城", "古城", "景区", "景点", "公园", "海边", "乡下"))


def _visited_named(phrase: str, scan: _Scan) -> bool:
    """A named place a visit goes to: no kind of place alone (`参观基地`, session 18: `返回山区`), nor one's home
    (`回到家乡`, `来到故乡`)."""
    return not _MULTI_SUFFIX_RUN.match(phrase) and not phrase.startswith(_HOME_WORDS) and phrase not in _UNNAMED_KINDS


def _place_after_visit(text: str) -> tuple[str, str, float] | None:
    """`游客参观绥芬河博物馆`, `领导考察宝塔村`, `航拍江西南昌鱼尾洲公园`: where a visit goes."""
    found = _named_place_after(_VISIT, text, 2, _visited_named)
    if found is None and ("宿" in text or "露营" in text):
        found = _named_place_after(_NIGHT_STAY, text, 2, lambda phrase, scan: not _MULTI_SUFFIX_RUN.match(phrase))
    if found and found[0].group(0) == "进入" and not found[1].endswith(_SIGHT_KINDS):
        return None  # round 42: `进入春季检修阶段`, `进入起火中心`: a stage or a spot entered, no sight
    if found and found[0].group(0)[0] == "驶" and len(found[1]) < 3:
        return None  # round 63: `渔船驶出渔港`, `驶入港口`: a harbour's kind alone (渔港, 港口) names none
    return (found[1], f"{found[0].group(0)} X", 0.7) if found else None  # `参观基地`: no named place


# a ship, a train or a plane that reaches a named place is pictured there: `返航至X码头`, `驶抵X港`, `靠泊X码头`
_PLACE_ARRIVAL_VERB: Final = re.compile(_trie_pattern(  # (speed) a trie of the verbs: 返航/返港/回港/驶/航行/运/飞/开 + 至/抵
    [v + e for v in ("返航", "返港", "回港", "驶", "航行", "运", "飞", "开") for e in "至抵"] + ["靠泊", "停靠", "停泊", "泊靠"],
    lookahead=False))


_CAME_TO: Final = re.compile(r"(?<=[\u4e00-\u9fff])(?:(?<![迎未以后原本外往带近从将出起归回])来(?![宾自到])"
                             r"|(?<![得达受遇想看听感做收找等直来提])到|赴)")  # (the review: not 迎来, 来宾, 达到 …)
_VISIT_AFTER: Final = ("参观", "考察", "调研", "视察", "指导", "慰问", "走访", "检查", "交流", "访问", "观展", "看展")


def _place_came_to_visit(text: str) -> tuple[str, str, float] | None:
    """Session 20: `某某馆长来某某展览馆参观…`: 来 or 到 a named place, then the visit's verb: where it happened."""
    if "来" not in text and "到" not in text and "赴" not in text:
        return None
    found = _named_place_after(_CAME_TO, text, 3, lambda phrase, scan: _visited_named(phrase, scan)
                               and text.startswith(_VISIT_AFTER, scan.end) and phrase[0] not in "该这那此其本")
    return (found[1], "来 X 参观", 0.7) if found else None


def _place_arrived_at(text: str) -> tuple[str, str, float] | None:
    if "至" not in text and "抵" not in text and "泊" not in text and "停靠" not in text:
        return None  # (speed) every arrival verb holds one of these
    found = _named_place_after(_PLACE_ARRIVAL_VERB, text, 3, lambda phrase, scan: not _MULTI_SUFFIX_RUN.match(phrase)
                               and phrase[0] not in "该这那此其本")  # `靠泊该港区码头`: the one just named
    return (found[1], "arrival verb + X", 0.7) if found else None


_FROM_ALONG: Final = re.compile(r"从|沿着?|经由|" + _YOU_FROM + r"(?=..)")  # round 63: `电车由某某车厂出发`: 由, from, as 从
_PASSAGE: Final = re.compile(
    r"(?:水域|江面|河面|海面|湖面|上空|航道|上|下|中|内|旁|畔|附近)?"
    r"(?:通过|经过|驶过|驶出|驶离|出发|起飞|穿过|飞过|掠过|航行|行驶|徒步|前行|驶向|启程|出港|离港)"
)


def _place_passed(text: str) -> tuple[str, str, float] | None:
    """`货轮从重庆果园港水域通过`, `游船从X码头出发`, `货轮沿长江航道航行`: a named place between 从/沿 and a
    verb of passage is where it happens."""
    if "从" not in text and "沿" not in text and "由" not in text:
        return None
    found = _named_place_after(_FROM_ALONG, text, 2, lambda phrase, scan: not _MULTI_SUFFIX_RUN.match(phrase)
                               and _passage_after(text, scan.end) is not None)
    if not found:
        return None
    m, phrase = found
    end = m.end() + len(phrase)
    part = _passage_after(text, end)
    if part:  # `果园` + `港`, `果园港` + `水域`: what stands before the verb still names the place
        phrase += text[end : part.start()] + (part.group(0)[:2] if part.group(0).startswith(("水域", "航道")) else "")
    return phrase, f"{m.group(0)} X 通过", 0.7


def _passage_after(text: str, end: int) -> re.Match[str] | None:
    """The verb of passage right after a place or one or two characters on (`果园|港水域通过`)."""
    for gap in (0, 1, 2):
        if gap and not _CJK.fullmatch(text, end, end + gap):
            return None
        m = _PASSAGE.match(text, end + gap)
        if m:
            return m
    return None


_GONE_TO: Final = re.compile(r"(?<![运送发销飞开驶通寄])到|前往")  # round 30: 前往 (heading to) as 到
_LEISURE: Final = re.compile(
    r"放松|散心|休闲|游玩|游览|赏花|赏景|观光|踏青|散步|健身|锻炼|玩耍|嬉戏|戏水|避暑|纳凉|消暑|露营|野餐|拍照|打卡"
    r"|参观|购物|观赏|体验|度假|晨练|赏雪|赏月|看花|看海|观浪|观潮|追风|赏樱|看日出|观日出|开展|义诊|巡诊|慰问|支教"
)


_GOING: Final = re.compile(r"前往|奔赴|赶往")
_GOERS: Final = re.compile(r"(?:观灯|赏灯|赏花|看花|赏雪|观潮|看海|踏青|游玩|游览|观光|参观|打卡|度假|过节|祈福|登高|赏月|拍照"
                           r"|(?:观看|观赏|参观)[\u4e00-\u9fff]{1,6}?)?"
                           r"的(?:游客|游人|市民|人群|人流|车辆|车流|香客|乘客|旅客)")  # (`…观灯的游人`; the second review:
# a purpose of work or duty between, `前往某地务工的旅客`, `前往某地支援的车辆`, pictures them leaving or on the way)


def _place_went_to(text: str) -> tuple[str, str, float] | None:
    """Session 19: `前往某某苗寨的游客络绎不绝`, `前往某庙观灯的游人`: the crowd going to a named place is pictured there
    (a name that is a word too, `西湖`, is a place in that company). Where people set out for is no place of itself
    (`代表团前往北京参加会议`, `消防员赶往某地`: the picture may be of the leaving); nor is a kind of place or one's home
    (`前往灾区`, `前往母港`)."""
    if "的" not in text:
        return None
    for m in _GOING.finditer(text):
        scan = _scan_place(text, m.end())
        phrase = _trim_place(text[m.end() : scan.end])
        if (len(phrase) >= 2 and (scan.strong or scan.first_gaz) and _visited_named(phrase, scan)
                and _GOERS.match(text, m.end() + len(phrase)) is not None):
            return phrase, f"{m.group(0)} X 的 + crowd", 0.6
    return None


def _place_gone_to(text: str) -> tuple[str, str, float] | None:
    """`带着孩子到南湖公园放松`: people went somewhere to spend time there, so that is where they are."""
    if "到" not in text and "前往" not in text or not _LEISURE.search(text):
        return None  # (speed) no 到, or no leisure word anywhere for `fits` to match: nothing to scan
    found = _named_place_after(_GONE_TO, text, 3, lambda phrase, scan: _LEISURE.match(text, scan.end))
    return (found[1], "到 X + leisure", 0.65) if found else None


def _place_after_de(text: str) -> tuple[str, str, float] | None:
    """`…绽放的南郊公园七彩花田`, `夕阳下的明光市明光街道`: a named place heads the noun phrase."""
    for m in _DE.finditer(text):
        scan = _scan_place(text, m.end())
        phrase = _trim_place(text[m.end() : scan.end])
        if len(phrase) >= 3 and (scan.first_gaz or scan.strong) and not _MULTI_SUFFIX_RUN.match(phrase):
            scene = not scan.first_gaz and scan.chunks <= 1 and phrase.endswith(_SCENE_WORDS)
            if _MOTION_OBJECT.search(phrase) and phrase not in _GAZETTEER:
                continue  # `…的渔船驶入港`: a verb and its object
            if phrase not in _AMBIGUOUS_PLACES and not scene:  # `…的脱轨现场`: a scene
                return phrase, "…的 X", 0.6
        elif len(phrase) >= 3 and phrase.endswith(_WEAK_SUFFIXES) and _PLACE_FOOT_OF.match(text, scan.end) \
                and "在" in text[max(0, m.start() - 12) : m.start()] and phrase not in _AMBIGUOUS_PLACES:
            return phrase, "在…的 X脚下", 0.6  # `在风雪肆虐的某某峰脚下`: a mountain, a lake or a river named by where
    return None


# where on a natural feature (`…峰脚下`, `…湖畔`, `…山顶`): the feature named before it is a named place
_PLACE_FOOT_OF: Final = re.compile(r"脚下|山脚|之巅|顶上|深处|之畔|畔|边|旁|顶")


_DE: Final = re.compile("的")
_ADMIN_END: Final = ("街道", "社区", "镇", "乡", "村", "区", "县", "市", "州", "旗", "屯", "寨")
_ADMIN_CHARS: Final = frozenset("道区镇乡村县市州旗屯寨")


def _place_admin_lead(text: str) -> tuple[str, str, float] | None:
    """A short title that opens with an administrative phrase: `铜鼓镇水流村村民晾晒玉米`.

    Only a phrase ending in 镇/村/乡/街道/县/区 … counts: `苏州玉雕` or `北京冬奥` open with a
    bare city name that qualifies a craft or a theme, not where the picture was taken.
    """
    if text.startswith("来自") or not _gaz_name_length(text, 0) and _ADMIN_CHARS.isdisjoint(text[:16]):
        return None  # `来自浙江杭州的游客`: where people come from
    scan = _scan_place(text, 0)
    phrase = _trim_place(text[: scan.end])
    if len(phrase) < 3 or phrase in _AMBIGUOUS_PLACES:
        return None
    if phrase.endswith(_ADMIN_END) and (scan.first_gaz or scan.chunks >= 2):  # not `美丽乡村`
        return phrase, "administrative phrase", 0.6
    if scan.first_gaz and scan.chunks >= 2 and scan.strong:  # `北京故宫角楼雪景`
        return phrase, "division + landmark", 0.6
    return None
    return None


# after a nationality or a home town, not where the picture was taken: 荷兰学生, 贵州客商 (not 人们, 人群, 人山人海: the
# people there, `松花江畔人们堆起雪人`)
_PEOPLE_AFTER: Final = re.compile(r"人(?![们群流潮山海])|学生|游客|友人|客人|客商|选手|队|籍|专家|留学生|华侨|侨胞|企业|商会|朋友|姑娘|代表|美食|特产"
                                  r"|族(?!自治)")  # round 55: `朝鲜族风情`, `蒙古族服饰`: a people named after the land, no place


# session 26: an office or a body named after the division that opens the clause (`某乡公所`, `某县政府`, `某市议会`):
# the body is the clause's subject, the division no place the picture was taken
_BODY_AFTER: Final = re.compile(r"政府|议会|县府|市府|分署|分局|协会|学会")  # (not 公所, 农会: the labels take `某乡公所` for the venue)


# a person named by a country (a nationality): what follows the country's name
_NATIONAL_AFTER: Final = re.compile(r"传教士|学者|运动员|球员|艺术家|教师|医生|志愿者|工程师|商人|官员|外交官|士兵|总统|总理|首相|大使|国王|女王")


def _place_anywhere(text: str) -> tuple[str, str, float] | None:
    got = _place_anywhere_any(text)
    if got and (_ENSEMBLE_AFTER.match(text, end := text.find(got[0]) + len(got[0])) or _BODY_AFTER.match(text, end)):
        return None  # `…城关区娘热艺术团演员表演`: the ensemble's home, not where it performs; (session 26) `某乡公所`, the
        # office named after its division
    return got


def _place_anywhere_any(text: str) -> tuple[str, str, float] | None:
    skip = 0
    for i, ch in enumerate(text):
        if ch not in _GAZ_FIRST or i < skip:
            continue
        end = _gazetteer_at(text, i)
        if end > i and i and text[i - 1] in _DESTINATION:
            skip = _scan_place(text, i).end  # `运往湖南长沙`: the whole destination, not its city
            continue
        if end == i or _PEOPLE_AFTER.match(text, end):
            continue
        if text[i:end] in _COUNTRIES and _NATIONAL_AFTER.match(text, end):
            continue  # session 17: `英国传教士和…`, `美国总统…`: a person of that country, no place
        if text[end : end + 1] in _TEAM_AFTER and _gazetteer_at(text, end) == end:
            continue  # `西藏班方阵`: a class named after a place (but `西藏班戈县` is a county)
        if _inside_person_name(text, i, end):
            continue
        name = text[i:end]
        bare = text[i : i + _gaz_name_length(text, i)]
        if name in _AMBIGUOUS_PLACES or bare in _AMBIGUOUS_PLACES:
            continue
        if bare not in _HAND_GAZETTEER and bare not in _DIVISION_FULL and name not in _PROVINCE_SET:
            # a bare county short form (同心, 铜鼓) is too often a word: only with a place after it
            scan = _scan_place(text, i)
            phrase = _trim_place(text[i : scan.end])
            if scan.chunks < 2 or not phrase.endswith(_ADMIN_END):
                continue
            return phrase, "gazetteer", 0.5
        if bare in _DIVISION_FULL:  # `凤凰县沱江镇老街`: the division and what follows it
            return _trim_place(text[i : _scan_place(text, i).end]) or name, "gazetteer", 0.5
        scan = _scan_place(text, i)
        if scan.chunks >= 2 and scan.strong:  # `贵州黔东南…丹寨县万达小镇`, `西藏拉萨布达拉宫`, `南京玄武湖公园`
            return _trim_place(text[i : scan.end]) or name, "gazetteer", 0.5
        return name, "gazetteer", 0.5
    return None


def _inside_person_name(text: str, i: int, end: int) -> bool:
    """`计算机系的郑海宁、刁克刚`: a county name (海宁) that ends a person's name in a list."""
    if not i or end - i != 2 or text[i - 1] not in _SINGLE_SURNAMES:
        return False
    before = text[i - 2 : i - 1]
    after = text[end : end + 1]
    return after in ("、", "和", "与", "及", "等") or (before == "、" and after in ("", "，", ",", "。", "等"))


# Generic landform words strung together (`大山大湖`, `高山深谷`): scenery, not a named place.
_GENERIC_LANDFORMS: Final = re.compile(r"(?:[大小高深青群远][山湖江河海峰谷川原])+")


_OPENED_FACILITY: Final = re.compile(
    r"(?P<p>[^\s，。,;；、的了着与及为对把被从向给等在是有将让们个这那都也又就很不没后时几]{2,8}"
    r"(?:小学|中学|学校|幼儿园|大学|医院|公园|体育馆|图书馆|博物馆|纪念馆|美术馆|大桥|隧道|车站|高铁站))"
    r"(?:正式|顺利|全面|已)?(?:投入使用|建成|落成|开放|开园|开馆|竣工|启用|通车|开通|揭牌)"
)
_OPENED_VERB: Final = re.compile(r"投入使用|建成|落成|开放|开园|开馆|竣工|启用|通车|开通|揭牌")  # (speed) _OPENED_FACILITY's verbs


def _place_opened_facility(text: str) -> tuple[str, str, float] | None:
    """`金沟湾小学投入使用的第一天`: a facility that opens, is built or is unveiled is what the picture
    shows and where it was taken (the last finder: only when no other place was read)."""
    m = _OPENED_FACILITY.search(text) if _OPENED_VERB.search(text) else None  # (speed) one scan for the verb first
    return (m["p"], "facility + 投入使用/落成", 0.6) if m else None


# `31日晚间於市民广场`, `民众於台北车站前排队` (於 is 于 in traditional text): 于 after a time or a
# subject says where; not the 于 of 由于, 关于, 位于 (its own finder), 属于, 终于, 于是 …
_SUFFIX_FIRST: Final = frozenset(x[0] for x in _ALL_SUFFIXES)  # `马于镇`: 于 inside a place name
_NOT_BEFORE_YU: Final = frozenset("由关对属终至等善处用基鉴出位勇敢乐便易难急甚")


# `学员于某某沙滩合影`, `民警们于某某站执勤`: 于 after people who do something there says where, as after a time
_PLACE_PEOPLE_BEFORE_YU: Final = frozenset("员们者民警兵生")


def _place_yu(text: str) -> tuple[str, str, float] | None:
    """`31日晚间於市民广场热闹登场`: 于 (traditional 於) after a time says where, like 在."""
    i = text.find("于", 1)
    while i > 0:
        start, i = i + 1, text.find("于", i + 1)
        before, nxt = text[start - 2], text[start : start + 1]
        after_time = before in "日天间晚午早"  # after a subject, a known place must follow
        people = before in _PLACE_PEOPLE_BEFORE_YU or before in ")）" and _POSITION_BRACKET.search(text, max(0, start - 9), start - 1)
        if nxt and people and nxt != "是":  # (session 26: a person's place in the picture closing before it, `某某（右四）於某宮`)
            phrase = _trim_place(text[start : _scan_place(text, start).end])
            if len(phrase) >= 3 and not _MULTI_SUFFIX_RUN.fullmatch(phrase) and not phrase.startswith(_ROUTE_VERB):
                return phrase, "于 X", 0.7  # read as 在 X is read
        if not nxt or before in _NOT_BEFORE_YU or nxt == "是" or not after_time and nxt not in _GAZ_FIRST:
            continue  # 由于, 关于, 位于 (its own finder), 属于, 终于, 于是 …
        scan = _scan_place(text, start)
        phrase = _trim_place(text[start : scan.end])
        if (len(phrase) >= 3 and (scan.first_gaz or after_time and scan.strong)
                and (phrase[0] not in _SUFFIX_FIRST or phrase[:2] in _PEOPLE_LEADING_PLACE or after_time and scan.strong)
                and not _MULTI_SUFFIX_RUN.fullmatch(phrase)):
            return phrase, "于 X", 0.75
    return None
_SCENE_WORDS: Final = ("现场", "工地", "车间", "一角", "街头")
# session 14: people at work before the scene word (`一线养路工人抢险现场`): what they do there, a scene, no named place
_PEOPLE_AT_SCENE: Final = re.compile("(?:工人|人员|群众|村民|民警|官兵|队员|职工|志愿者|居民|医护|消防员)(?:正在|在)?"
                                     "(?:抢险|施工|作业|救援|抢修|巡检|巡查|劳动|训练|演练|维修|检修|收割|采摘)(?:现场|工地)$")
_THEME_PLACE: Final = re.compile(
    r"(?:美丽|最美|魅力|和美|幸福|秀美|大美|锦绣|多彩|生态|文明|和谐|新|美)"
    r"(?:乡村|农村|山村|城乡|家园|田园|校园|城市|都市|小镇|古镇|村庄|社区|新村)"
)
# session 14: a colour, a season, a time of day or a mood before a kind of place (`金色草原`, `秋日花海`, `雪后的古镇`,
# `浪漫峡谷`): a description of the scene, no named place (a gazetteer name opening the phrase still is one: 七彩丹霞)
_DESCRIBED_KIND: Final = re.compile(
    r"(?:金色|红色|绿色|白色|蓝色|紫色|粉色|黄色|银色|[春夏秋冬](?:日|天|季)|雪后|雨后|夕阳下|清晨|晨曦中|夜色中"
    r"|浪漫|神秘|壮美|壮丽|静谧|梦幻|醉美|绝美|如画|辽阔|迷人|宁静|美丽|最美|魅力|大美|秀美)的?"
    + _trie_pattern(x for x in _ALL_SUFFIXES if len(x) >= 2 and x != "长城"))
_CN_YEAR: Final = r"[〇零○一二三四五六七八九]{4}"
_CN_NUMBER: Final = r"[一二三四五六七八九十]{1,3}"
_CN_DATE: Final = re.compile(rf"(?:(?P<Y>{_CN_YEAR})年)?(?P<M>{_CN_NUMBER})月(?:(?P<D>{_CN_NUMBER})日)?")


# Kinds of sight a short title may open with (not schools or firms: `某某学院团队` is who, not where)
_SIGHT_KINDS: Final = ("风景区", "景区", "公园", "广场", "古镇", "古城", "古城墙", "古村", "老街", "湿地", "度假区", "旅游区", "滑雪场", "水库",
                       "草原", "峡谷", "瀑布", "溶洞", "石窟", "故居", "遗址", "码头", "大桥", "机场", "车站", "梯田", "风景區", "景區",
                       "天桥", "步道", "栈道", "古道", "油田", "泳场", "浴场",  # round 51: a trail, a footbridge, an oil field
                       "村", "镇", "乡")  # round 21: `某某村油菜花开`: a named village (three characters or more) opening the title


# session 26: `某某一景`, a view of a named spot opening a clause (`扎尕那一景`, `西栅一景。`, `某某稻田一景`): the spot is where
# (a kind of place or a theme, `美丽乡村一景`, names none; 一角, a corner, is as often a room's, `展厅一角`)
_VIEW_OF: Final = re.compile(r"(?:^|(?<=[，,。；;\s]))(?:这是)?(?P<p>[\u4e00-\u9fff]{2,8}?)一景")


def _place_view_of(text: str) -> tuple[str, str, float] | None:
    if "一景" not in text:
        return None
    for m in _VIEW_OF.finditer(text):
        phrase = m["p"]
        if phrase in _GENERIC_PLACE_HEADS or phrase in _GENERIC_SPOTS or _THEME_PLACE.fullmatch(phrase) \
                or not _PLACE_STOP_CHARS.isdisjoint(phrase) or _MULTI_SUFFIX_RUN.fullmatch(phrase) \
                or _is_name(phrase) or phrase.endswith(("乡村", "农村", "山村", "校园", "城市", "街头", "夜景", "风光")):
            continue
        return phrase, "X一景", 0.55
    return None

