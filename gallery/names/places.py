"""Step 5b, a caption's place: headlines and datelines, the caption's place (`_caption_place`),
spoken quotes and disease names masked, the finders' order (`_ALL_FINDERS`) and a full place
(`_full_place`).

Reads lexicon, result, people, places_scan, places_not_where, places_finders. Serves credits_body,
credits_crews, devices_words, xiaohongshu, titles, captions, artworks, segments, contests, text_fields, text_tails,
text_sources, text_prefixes, text_body, text.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Final

from .lexicon import (
    _ADMIN_SUFFIXES,
    _AGENCIES,
    _ALL_SUFFIXES,
    _AMBIGUOUS_PLACES,
    _GAZETTEER,
    _NATURAL_THEMES,
)
from .people import _is_name
from .places_finders import (
    _DESCRIBED_KIND,
    _GENERIC_PLACE_HEADS,
    _HOME_WORDS,
    _MOTION_OBJECT,
    _PEOPLE_AT_SCENE,
    _SCENE_WORDS,
    _THEME_PLACE,
    _place_admin_lead,
    _place_after_de,
    _place_after_marker,
    _place_after_visit,
    _place_anywhere,
    _place_arrived_at,
    _place_came_to_visit,
    _place_clause_start,
    _place_date_admin,
    _place_date_clause,
    _place_dateline_or_area,
    _place_family_village,
    _place_gone_to,
    _place_held_at,
    _place_opened_facility,
    _place_passed,
    _place_view_of,
    _place_went_to,
    _place_yu,
    _place_zai,
    _place_zai_clause,
)
from .places_not_where import (
    _CLAUSE_PUNCT,
    _DISEASE_AFTER,
    _NOT_A_NAME_LEAD,
    _PLACE_STAFF_AFTER,
    _ROAD_BACK,
    _going_nowhere_named,
    _journey_road,
    _not_where,
)
from .places_scan import (
    _LANDMARK_CHARS,
    _MULTI_SUFFIX_RUN,
    _SINGLE_SUFFIXES,
    _gazetteer_at,
    _scan_place,
    _trim_place,
)
from .result import ParsedName

# a place finder: the text in, (the place, the rule, the confidence) out, or None
_Finder = Callable[[str], tuple[str, str, float] | None]


def _place_headline_dateline(result: ParsedName, title: str) -> None:
    """Round 27: `杭州：荷花盛开 游人如织`, `新县：稻田青青`: a news headline opened by a place and a colon says where;
    the place must be a known name as a whole (not `图为：`, `金奖：`, `某某庙会：`), and what follows no name alone."""
    k = min(i for i in (title.find("："), title.find(":")) if i >= 0)
    head, rest = title[:k], title[k + 1 :].strip()
    if 2 <= len(head) <= 10 and len(rest) >= 2 and not _is_name(rest) \
            and (_full_place(head) or _gazetteer_at(head, 0) == len(head)):
        result._set("place", head, "地名：headline", 0.6)


# round 45: a caption opening with a place's quoted nickname (`“华夏东极”某县,…`, `「塞上江南」某市`)
_LEAD_NICKNAME_QUOTE: Final = re.compile(r"[“「][^”」“「]{2,8}[”」]")


_NICKNAME_SPOT_CLAUSE: Final = re.compile(r"[\u4e00-\u9fff]{2,8}(?=[,，])")
_NICKNAME_NOT_AFTER: Final = frozenset("号號牌杯式型系之")


def _nickname_before_named_spot(text: str, i: int) -> bool:
    """`“中国雪乡”某某林场,…`: after the nickname a clause that is only a named spot (its name, then its kind)."""
    m = _NICKNAME_SPOT_CLAUSE.match(text, i) if text[i : i + 1] not in _NICKNAME_NOT_AFTER else None
    return m is not None and _full_place(m.group(0)) and not _is_name(m.group(0))


def _caption_place(result: ParsedName, text: str, *, markers_only: bool = False) -> None:
    """Fill `place` from a caption sentence: 摄于/位于 X 的, 在 X，, 在 X<verb>, clause starts."""
    if ("炎" in text or "流感" in text or "病毒" in text) and _DISEASE_AFTER.search(text):
        text = _mask_disease_names(text)
    if ("「" in text or "“" in text) and _PLACE_SPOKEN_QUOTE.search(text):
        text = _PLACE_SPOKEN_QUOTE.sub(_mask_spoken_quote, text)
    if text[:1] in "“「":  # round 45: `“华夏东极”某县,…`: a quoted nickname, then the known place it names
        q = _LEAD_NICKNAME_QUOTE.match(text)
        if q and (_gazetteer_at(text, q.end()) > q.end() or _nickname_before_named_spot(text, q.end())):
            text = text[q.end():]
    key = (markers_only, "在" in text, "于" in text, "地点" in text, "到" in text, "前往" in text, "的" in text,
           "家" in text, "从" in text or "沿" in text or "由" in text, "," in text or "，" in text, "一带" in text,
           "奔赴" in text, "赶往" in text)
    finders = _FINDERS_BY_NEEDS.get(key)
    if finders is None:  # (speed) the finders whose own first test needs a word the text lacks are left out
        finders = _FINDERS_BY_NEEDS[key] = tuple(
            f for f in (_MARKED_FINDERS if markers_only else _ALL_FINDERS)
            if all(any(key[1 + _FINDER_NEEDLES.index(w)] for w in ws) for ws in _FINDER_NEEDS.get(f.__name__, ())))
    chosen: tuple[str, str, float] | None = None
    for finder in finders:
        got = finder(text)
        if not got:
            continue  # most finders find nothing: one test, not four
        found = _checked_place(result, text, got)
        if found == _STOP:
            return  # (a kind of place after a place already read: nothing is chosen yet when it is met first, and a
            # later one says no more than the kind already chosen)
        if found is None:
            continue
        if chosen is None:
            chosen = found
            if not _unnamed_place(found[0]):
                break
        elif _gazetteer_at(found[0], 0) > 0 and _opens_before(text, found[0], chosen[0]):
            chosen = found  # session 13: `某某区某岛中心渔港,渔民在码头…`: a kind of place (码头, 山区) says less than
            break  # the named place the caption opens on; the named one, read by a later finder, is where
    if chosen is not None:
        result._set("place", *chosen)


# _checked_place's answer that ends the search with nothing set (compared by value: compiled with mypyc, a tuple is
# built anew where it is passed, so `is` would never hold and the empty answer would be stored as the place)
_STOP: Final = ("", "", -1.0)


def _opens_before(text: str, named: str, unnamed: str) -> bool:
    """The named place is written before the kind of place as a clause of its own or a dateline (`某区某渔港,渔民在码头…`,
    `某市6月1日，孩子们在幼儿园…`), not inside other words (`“水韵某省”`, `某市民警在医院`, `某市大学生走进乡村`), not
    after 于 (`毕业于某大学`, `不同于某市`), not one of a list (`某市、某市等地`), not a unit whose people work elsewhere
    (`某大学，师生在乡村…`), not an agency's dateline (`新华社某市6月1日电`)."""
    i = text.find(named)
    j = i + len(named)
    return (0 <= i < text.find(unnamed) and (i == 0 or text[i - 1] in _BEFORE_OPENING)
            and (text[j : j + 1] in _OWN_CLAUSE_END or _DATELINE_DAY.match(text, j) is not None)
            and not named.endswith(_UNIT_PLACE_ENDS) and not named.startswith(_AGENCIES)
            and _COUNTED_PLACES.search(named) is None)  # (`某市38所幼儿园`: how many, no one place)


_BEFORE_OPENING: Final = frozenset(",，。;；:： 的")
_OWN_CLAUSE_END: Final = frozenset(",，。;；")
_DATELINE_DAY: Final = re.compile(r"\d{1,2}月\d{1,2}日|\d{1,2}日")  # `某市6月1日，…`, `某市6日，…`: the day after the city
_UNIT_PLACE_ENDS: Final = ("大学", "学院", "医院", "学校", "中学", "小学", "公司", "集团", "局")
_COUNTED_PLACES: Final = re.compile(r"\d+[所家个座处名位]")


def _unnamed_place(place: str) -> bool:
    """A kind of place and nothing else (`码头`, `水库`, `山区`, `教学楼`): no name in it at all (a short name with no
    gazetteer word, `净馨公园`, `清华大学`, is still a name)."""
    return len(place) >= 2 and (place in _KIND_WORDS or place in _GENERIC_BUILDINGS or place in _GENERIC_PLACE_HEADS)


_KIND_WORDS: Final = frozenset(_ALL_SUFFIXES)


def _checked_place(result: ParsedName, text: str, got: tuple[str, str, float]) -> tuple[str, str, float] | None:
    """A finder's place, trimmed and checked: (place, rule, confidence), None (not where the picture was taken), or
    the _STOP tuple (stop looking)."""
    if got[0][-1] in "路街" and got[0] + "面" in text:  # round 27: `…东路清除路面积雪`: 路面 (51: 街面) is the surface,
        k = max(got[0].rfind(c, 0, len(got[0]) - 1) for c in _ROAD_BACK)  # the place ends at the suffix before
        if k < 1:
            return None
        got = (got[0][: k + 1], *got[1:])
    if got[0][-1] in _OPENED_LAST and len(got[0]) > 4 and _OPENED_TAIL.search(got[0]):
        got = (got[0][:-2], got[1], got[2])  # `X图书馆开馆以来`, `X公园开园`: the verb after the name is no part of it
    if not _ROUND39_TRIGGERS.isdisjoint(got[0]):  # (speed) one test for the round-39 trims below
        trimmed = _round39_trim(got[0])
        if trimmed is None:
            return None
        got = (trimmed, got[1], got[2])
    if _not_where(text, got[0]):
        return None
    if got[0].endswith(("照相馆", "影楼")) and text.startswith(("拍摄", "摄"), text.find(got[0]) + len(got[0])):
        return None  # session 26: `…,公泰照相館拍攝`: the studio that took it (an old picture's maker), not where
    if "“" in text and _inside_quoted_words(text, got[0]):
        return None  # round 53: `“你好某省——某某节”`, `“某某粮仓,某县力量”`: a place word in a slogan or an event's title
    if _MULTI_SUFFIX_RUN.fullmatch(got[0]) and result.place:
        return _STOP  # `在广场`: a kind of place says less than the place already read (`摄于洛阳`)
    if _MOTION_OBJECT.search(got[0]) and got[0] not in _GAZETTEER:
        return None  # `渔船提前回港`, `列车进站`: a verb and its one-character object, not a named place
    place, rule, conf = got
    k = text.find(place) + len(place)
    if k > len(place) - 1 and text[k : k + 1] not in _CLAUSE_PUNCT and ("工" in text or "员" in text or "警" in text) \
            and _PLACE_STAFF_AFTER.match(text, k):  # (each staff word holds 工, 员 or 警)
        later = _place_where_staff_are(text[k:])
        if later:
            place, rule, conf = later
    if place[-1] == "市" and len(place) > 3 and _gazetteer_at(place, 0) < len(place) - 1:
        k = text.find(place) + len(place)  # round 26: `台北市南门市场`: a city inside a city is a market
        if k >= len(place) and text[k : k + 1] in ("场", "場") and text[k + 1 : k + 2] not in _MARKET_WORD_AFTER:
            place += text[k]
    return place, rule, conf


def _inside_quoted_words(text: str, place: str) -> bool:
    """Round 53: each time the place is written, it lies inside a closed “…” that holds more words after it
    (`“你好某省——某某节”`, a slogan `“某某粮仓,某县力量”`): the quotation is a title or a slogan, and the place word
    in it is no part of where. A quotation that ends with the place (`考察“某某书苑”`, `“某某古镇”`) names it, and
    a quoted sentence (speech, with its 。！？) is left to the speech rules: both stay."""
    i = text.find(place)
    if i < 1:
        return False  # (a place put together from two parts of the text is not written there as one)
    while i >= 0:
        opened = text.rfind("“", 0, i)
        closed = text.find("”", i + len(place))
        if opened < 0 or closed < i + len(place) or text.rfind("”", opened, i) >= 0 \
                or _QUOTE_SENTENCE_END.search(text, opened, closed):
            return False
        if closed == i + len(place) and not _SLOGAN_BREAK.search(text, opened, i):
            return False  # `“某某古镇”`: the quotation names the place (round 55: not the second half of a slogan,
            # `“宏伟蓝图 绽放某州”`, `“大美山河,魅力某县”`: two parts set apart by a space or a comma)
        i = text.find(place, closed)
    return True


_QUOTE_SENTENCE_END: Final = re.compile("[。！？!?]")
_SLOGAN_BREAK: Final = re.compile("[ \u3000,，、;；]")


def _round39_trim(place: str) -> str | None:
    """Round 39: words the place scan read into a caption's place that are no part of it (None: no place left)."""
    q = _OPEN_QUOTE_IN_PLACE.search(place) if "“" in place or "「" in place else None
    if q:  # `湖北兴山“水上公路`: the place ends before the quote; `考察“某某书苑”`: the quoted name is the place
        place = _trim_place(place[: q.start()] if q.start() else place[1:])
        if len(place) < 2:
            return None
    lead = _LEAD_IN_PLACE.match(place) if not _LEAD_IN_PLACE_CHARS.isdisjoint(place) else None
    if lead and lead.end() and len(place) - lead.end() >= 2:  # `货车开进某村`, `但前往某寨`: a subject, a conjunction
        place = place[lead.end() :]  # or a verb before the place
    date = _DATE_OPENING_PLACE.match(place) if place[0] in _DIGITS else None
    if date:  # `10月27日某市某村`: the date the scan read is no part of it
        place = place[date.end() :]
        if len(place) < 2:
            return None
    some = _SOME_IN_PLACE.search(place) if "各" in place or "部分" in place or "多" in place else None
    if some:  # `某县各中小学`, `某市部分公园`: many places of a kind, none named; the division is where
        place = place[: some.start()]
    a = _AREA_IN_PLACE.search(place, 2) if "亩" in place or "畝" in place else None
    if a and place[a.end() : a.end() + 1] not in _SINGLE_SUFFIXES:  # `某村万亩茶园`: an area, not the spot's name
        place = place[: a.start()]  # (not `百亩园`, `十亩村`: names)
    if _sized_field(place):  # round 57: `千亩梯田`, `万亩茶园`: a field sized, and no name before the size
        return None
    return place


def _sized_field(place: str) -> bool:
    """Round 57: a place phrase that opens with a size in mu, then the field's kind (`千亩梯田`, `3000亩茶园`): a
    field described by its area, named nowhere; a size and one suffix character is a name (`百亩园`, `十亩村`)."""
    if _MU.isdisjoint(place[1:5]):
        return False  # (speed) no 亩 among the first five characters: most places
    a = _AREA_IN_PLACE.match(place)
    return a is not None and len(place) - a.end() >= 2


# round 39: a quotation opened and not closed inside the place (`湖北兴山“水上公路`): the scan ran into a quoted
# nickname or title; the place ends before the quote (a closed one, `某县“哈哈腔”传承基地`, stays in)
_OPEN_QUOTE_IN_PLACE: Final = re.compile(r"“[^”]*$|「[^」]*$")
# round 39: a size in mu inside the place (`某镇3000亩生态茶园`, `某村万亩茶园`): what follows is the crop's
# field, sized, not named; the place ends before the number
_AREA_IN_PLACE: Final = re.compile(r"(?:\d+|[一二三四五六七八九十百千万几数上]+)(?:多|余)?[亩畝]")
# round 39: a clause the place scan read whole from its start: a conjunction (`但前门大街`) or a subject and a verb
# of motion (`货车开进某镇某村`, `寒风吹过某区某路`, `他决定到某站`) before the place; the place is what follows
_LEAD_IN_PLACE: Final = re.compile(
    r"(?:[但而却卻](?=..))?(?:.{0,6}?(?:开进|開進|驶进|駛進|吹过|吹過|前往|返回|回到|决定到|決定到|一行沿|穿过|穿過|途经|途經))?")
_LEAD_IN_PLACE_CHARS: Final = frozenset("但而却卻进進过過往回到沿经經")
_DIGITS: Final = frozenset("0123456789")
_MU: Final = frozenset("亩畝")
# (round 53: a bare four-digit number is a year only as 19xx/20xx; `5592哨所` is a post's number, part of its name)
_DATE_OPENING_PLACE: Final = re.compile(r"\d{4}年(?:\d{1,2}月(?:\d{1,2}日)?)?|\d{1,2}月\d{1,2}日|(?:19|20)\d{2}(?=[\u4e00-\u9fff])")
_SOME_IN_PLACE: Final = re.compile(r"(?<=[省市县区镇乡村縣區鎮鄉])(?:各|部分|多个|多個|多所|多家|多处|多處)(?=[\u4e00-\u9fff])")
_ROUND39_TRIGGERS: Final = frozenset("“「亩畝各部多0123456789") | _LEAD_IN_PLACE_CHARS
_OPENED_TAIL: Final = re.compile(r"(?<=[馆园场院店])[开闭建进入扩休][馆园场院店]$")  # `…馆开馆`, `…园闭园`
_OPENED_LAST: Final = frozenset("馆园场院店")
def _place_where_staff_are(rest: str) -> tuple[str, str, float] | None:
    for finder in (_place_zai, _place_after_visit):
        got = finder(rest)
        if got and not _not_where(rest, got[0]):
            return got
    return None


# (speed) a finder's own first test, by the words it needs (one of each group): without them it returns None.
# A finder not listed here always runs; a finder whose first test changes must have its entry changed here.
_FINDER_NEEDLES: Final = ("在", "于", "地点", "到", "前往", "的", "家", "从沿经由", ",，", "一带", "奔赴", "赶往")
_FINDER_NEEDS: Final[dict[str, tuple[tuple[str, ...], ...]]] = {
    "_place_after_marker": (("于", "地点"),), "_place_zai_clause": (("在",),), "_place_held_at": (("在",),),
    "_place_zai": (("在",),), "_place_yu": (("于",),), "_place_gone_to": (("到", "前往"),),
    "_place_went_to": (("前往", "奔赴", "赶往"),), "_place_after_de": (("的",),),
    "_place_family_village": (("家",),), "_place_passed": (("从沿经由",),), "_place_last_clause": ((",，",),),
    # (speed) the date clause (`_date_clause`) needs a comma in the first 18; with no date, the division phrase must
    # end at a comma
    "_place_date_clause": ((",，",),), "_place_date_admin": ((",，",),),
    # (speed) the dateline's date clause needs a comma (both its patterns end on one); the area needs 一带
    "_place_dateline_or_area": ((",，", "一带"),),
}
_FINDERS_BY_NEEDS: Final[dict[tuple[bool, ...], tuple[_Finder, ...]]] = {}


_MARKET_WORD_AFTER: Final = frozenset("监監管督部化经經营營主价價份")  # `市场监管局`, `市场化`: an organ or an abstract word


# what someone said, quoted after a comma or a colon (`…受访重申,「我们从某地出发…」`): the places it names are
# no shooting place; masked (same length) so that the finders read the words around it
_PLACE_SPOKEN_QUOTE: Final = re.compile(
    r"(?P<verb>表示|说|称|道|指出|强调|重申|认为|介绍|坦言|感慨)?[,，:：]\s*[「“『](?P<q>[^「“『」”』]{4,80})[」”』]")
_PLACE_QUOTE_SENTENCE: Final = re.compile(r"[,，。！？!?]")


def _mask_spoken_quote(m: re.Match[str]) -> str:
    if not m["verb"] and not _PLACE_QUOTE_SENTENCE.search(m["q"]):
        return m.group(0)  # `,“某某杯”龙舟赛…`: a quoted name, no speech
    return m.group(0)[: m.start("q") - m.start()] + "〇" * len(m["q"]) + m.group(0)[m.end("q") - m.start():]


def _mask_disease_names(text: str) -> str:
    """Round 26: `武汉肺炎`, `香港流感`: a disease named after a place is no place; masked (same length) so that
    the finders read the place the caption names after it."""
    for m in _DISEASE_AFTER.finditer(text):
        j = m.start()
        for i in range(max(0, j - 6), j - 1):
            if _gazetteer_at(text, i) == j:
                text = text[:i] + "〇" * (m.end() - i) + text[m.end():]
                break
    return text


def _place_last_clause(text: str) -> tuple[str, str, float] | None:
    """`凌晨五点,坡子街`: a closing clause that is nothing but a named place (a street, a park)."""
    cut = max(text.rfind(","), text.rfind("，"))
    last = text[cut + 1 :].strip()
    if cut <= 0 or len(last) < 3 or not _full_place(last) or last in _AMBIGUOUS_PLACES:
        return None
    return last, "place clause", 0.6


_MARKED_FINDERS: Final[tuple[_Finder, ...]] = (
    _place_after_marker, _place_zai_clause, _place_date_clause, _place_date_admin, _place_held_at, _place_zai, _place_yu,
    _place_dateline_or_area, _place_after_visit, _place_passed, _place_gone_to, _place_went_to, _place_arrived_at,
    _place_came_to_visit, _place_admin_lead, _place_last_clause)
# in a sentence the clause-start finder already reads an opening administrative phrase
_ALL_FINDERS: Final[tuple[_Finder, ...]] = (
    *_MARKED_FINDERS[:-2], _place_clause_start, _place_anywhere, _place_after_de, _place_last_clause, _place_opened_facility,
    _place_family_village, _place_view_of)


_PLACE_LAST: Final = frozenset(
    {g[-1] for g in _GAZETTEER} | {s[-1] for s in _ALL_SUFFIXES + _ADMIN_SUFFIXES} | _LANDMARK_CHARS
)


_EVENT_SCENE: Final = re.compile(r"(?:会议|会|活动|仪式|典礼|比赛|赛|晚会|演出|签约|发布|开幕式|闭幕式|颁奖|启动|揭牌|培训|讲座)现场$")


def _full_place(segment: str, *, beside_name: bool = False) -> bool:
    """A segment that is nothing but a place (`北京南站`, `扬州`, `天津武清区北运河郊野公园`).

    Next to a credited name a single chunk (`水墨新村`) reads as a work title instead.
    """
    if not segment or segment in _AMBIGUOUS_PLACES and (len(segment) < 3 or segment not in _GAZETTEER
                                                        or segment in _NATURAL_THEMES):
        return False  # 和平, 朝阳 are words too; 武陵源, 神农架 name a district and a sight, both places
    if segment[-1] not in _PLACE_LAST and segment not in _GAZETTEER:
        return False  # a place phrase ends where a gazetteer name or a suffix ends
    if _MULTI_SUFFIX_RUN.fullmatch(segment) or segment.endswith("乡村") or segment in _GENERIC_PLACE_HEADS \
            or segment in _GENERIC_BUILDINGS or segment.endswith(_HOME_WORDS) and not _scan_place(segment, 0).first_gaz:
        # (session 20: `家园`, `绿色家园`, `告别故乡`: one's home; `某某家园` after a named place may be a compound)
        return False  # `草原`, `公园`: a kind of place; `振兴乡村`: 乡村 is the countryside, no 乡 + 村 (round 22: `山村`, `校园`)
    if "着" in segment or "著" in segment and not segment.startswith("著"):
        return False  # round 30: `守着残破家园`: a verb with its aspect particle, a headline, no place
    if _going_nowhere_named(segment):
        return False  # session 12: `某某团冒雨前往校园`: people going somewhere unnamed, a headline
    if segment.startswith(_NOT_A_NAME_LEAD) or segment[-1] == "路" and _journey_road(segment):
        return False  # round 51: `决战某某病区`: a slogan's verb, a theme; `当地…`: no name; `漫漫转场路`: a journey
    scan = _scan_place(segment, 0)
    if segment.endswith(_SCENE_WORDS) and (not scan.first_gaz and (scan.chunks <= 1 or _PEOPLE_AT_SCENE.search(segment))
                                           or scan.chunks >= 3):
        return False  # `收割现场`, `丰收晒场现场`, `乌鲁木齐…传承人…雕刻现场`: a scene, not a named place
    if scan.end != len(segment):
        return False
    if segment[-2:] == "现场" and len(segment.lstrip("0123456789")) <= 8 and _EVENT_SCENE.search(segment):
        return False  # session 18: `某市会议现场`: an event's scene, not a place's name
    if beside_name:
        return scan.first_gaz or (scan.chunks >= 2 and scan.strong)
    if not scan.first_gaz and (_THEME_PLACE.fullmatch(segment) or _DESCRIBED_KIND.fullmatch(segment)):
        return False  # `美丽乡村`, `幸福家园`: a theme, not a named place; `金色草原`, `雪后的古镇`: a scene described
    return scan.first_gaz or scan.strong


# round 54: a former residence is named by its famous resident, `<姓名>故居` / `<姓名>旧居` (鲁迅故居, 丁玲故居): one
# chunk, but the name makes it a named place as a gazetteer name would. In a contest's `题目+姓名+电话` it stays the
# work's title (RULES.md §1: the first field is 作品题目) and names where, as `大钟广场夜景+张三+…` does. A common word
# before 故居 (`老家故居`, `梦回故居`) is no person's name: no place.
_NAMED_HOME_ENDS: Final = ("故居", "旧居")


def _named_home(segment: str) -> bool:
    """`丁玲故居`: a famous person's former residence, a named place of one chunk."""
    return segment.endswith(_NAMED_HOME_ENDS) and _is_name(segment[:-2])


# round 47: a campus's or an office's kind of building alone (`教学楼`, `图书馆`): what it is, no named place (`某大学图书馆` is one)
_GENERIC_BUILDINGS: Final = frozenset(("教学楼", "办公楼", "实验楼", "宿舍楼", "综合楼", "行政楼", "图书馆", "体育馆", "食堂", "礼堂"))
