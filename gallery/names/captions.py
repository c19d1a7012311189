"""A caption sentence: agency tails, a dotted place, the caption's place, date and credit, and what
is a sentence at all (`_apply_caption`).

Reads lexicon, result, stamps, people, places_scan, places_not_where, places_finders, places,
credits_body, credits_bylines, credits, dates, titles, artworks, text_notes. Serves contests, text_tails, text_body.
"""

from __future__ import annotations

import re
from typing import Final

from .artworks import _TECHNIQUE_END, _TECHNIQUE_LAST
from .credits import _store_credit
from .credits_body import _PLACE_BEFORE_CREDIT_RULE, _tail40
from .credits_bylines import _SENTENCE_PUNCT, _find_byline
from .dates import (
    _AFTERNOON,
    _ASCII_LETTERS,
    _SPACED_DAY,
    _TEXT_DATE_START,
    _english_place,
    _set_year_month_day,
    _text_date,
)
from .lexicon import (
    _AGENCIES,
    _AGENCY_RE,
    _AGENCY_TRIE,
    _AMBIGUOUS_PLACES,
    _DIVISIONS,
    _GAZETTEER,
    _NOT_IN_NAMES,
    _NOUNS,
    _SLASH_AGENCIES_WRITTEN,
    _VIEW_LEADS,
)
from .people import _CJK, _is_name, _is_title_word
from .places import _GENERIC_PLACE_HEADS, _caption_place, _full_place, _place_headline_dateline
from .places_finders import _place_after_de, _place_clause_start
from .places_not_where import _not_where
from .places_scan import _gaz_name_length, _scan_place, _trim_place
from .result import ParsedName
from .stamps import _valid_time
from .text_notes import _PLACE_NOTE_RULE
from .titles import (
    _FEATURE_END,
    _GENERIC_STEMS,
    _LANDFORM_LAST,
    _NATURAL_SIGHTS,
    _PAINTED,
    _SIGHT_LEAD,
    _city_at_end,
    _city_scene,
    _dotted_place,
    _is_designated_sight,
    _is_event_year,
    _is_qualified_institution,
    _is_short_rest,
    _is_sight_name,
    _named_after_zai,
    _named_landform,
    _natural_sight,
    _pictured_place,
    _place_and_its_part,
    _place_head,
    _place_lead,
    _place_part,
    _places_only,
    _scene_river,
    _strip_gloss,
)


def _at_place(rest: str) -> bool:
    """What follows a leading 于 (`at`) is a place: a whole one, or a known place and a spot's name after it
    (`香港某某督`) with no verb, particle or time in it (`北京过年` is no place)."""
    if _full_place(rest):
        return True
    first = _gaz_name_length(rest, 0)
    tail = rest[first:]
    return bool(first) and rest[:first] not in _AMBIGUOUS_PLACES and 2 <= len(tail) <= 4 and tail not in _NOUNS \
        and _NOT_IN_NAMES.isdisjoint(tail) and _AT_PLACE_NOT_SPOT.isdisjoint(tail) and not _is_title_word(tail)


# what a spot's name after `于 + place` does not hold: a verb (看雪, 赏花, 过年), a time, people (同学)
_AT_PLACE_NOT_SPOT: Final = frozenset("了过着年节日天前后里中上下看赏游拍玩逛吃喝去来走到见学友们人色景光")


# (round 48: a Hong Kong or Macau paper's masthead may carry its city, `…。 香港文汇报`, `澳门日报` as listed)
_AGENCY_ONLY_TAIL: Final = re.compile(
    r"[。\s，,]+(?:(?:图片)?来源[:：]\s*|图源[:：]\s*|(?:图片?|照片)\s*[/／:：]\s*|[\u4e00-\u9fff]{2,4}图片\s*[/／]\s*|供图\s*[:：]?\s*)?"
    r"(?!记者|通讯员|来自|摄影)(?P<agency>(?:香港|澳门)?(?:" + _AGENCY_RE.pattern + r")(?:发|供图)?"
    r"|IC ?photo|Getty Images|(?<=[/／:：])IC|[\u4e00-\u9fff]{2,12}网(?=\s*摄\s*$))(?:\s*摄)?\s*$",  # session 14:
    # `。图／IC`, the agency's short name after the key; `。某某网摄`, `。某某县人民政府网摄`: a site credited, no person
    re.I,
)
_AGENCY_NOTE_TAIL: Final = re.compile(
    r"[。\s]*(?:[(（](?P<a1>" + _AGENCY_TRIE + r")(?:[_／\s]?(?:图片|供图|图))?[)）]"  # round 27: `(东方IC_图)`, `(新华社图片)`
    r"|[(（](?P<a1o>[\u4e00-\u9fff]{1,6}(?:通讯社|社|网|报|台))(?:图片|供图)[)）]"  # `(某通社图片)`: an outlet's picture
    r"|\s(?P<a2>" + _AGENCY_TRIE + r")(?:供图|图)?)$"
)
# round 21: `…。新华社发(澳大利亚某州政府供图)`: the agency sent it, an organisation (no person) supplied it
_SENT_SUPPLIED: Final = re.compile(
    r"[。\s]*(?P<a>" + _AGENCY_TRIE + r")发\s*[(（](?P<by>[^()（）]{2,30}?)(?:供图|提供)[)）]$"
)
# round 59: `…。（新华社发 2017年5月23日摄）`: sent by the agency, shot that day, nobody named (a file photo's note)
_AGENCY_SENT_TAIL: Final = re.compile(
    r"[。\s]*[(（](?P<a1>" + _AGENCY_TRIE + r")发"
    r"(?:\s*" + _SPACED_DAY + r"\s*摄)?[)）](?P<a2>)$")
# the last characters agency names can end with (新华社, 人民网, …日报, CFP, IC photo, Getty Images …)
_AGENCY_LAST: Final = frozenset(a[-1] for a in _AGENCIES) | frozenset("社队报网台心发图PposC摄")
_AGENCY_TAIL: Final = re.compile(r"[\s。]*(?:" + _AGENCY_RE.pattern + r")(?:\s?发)?\s*$")


def _may_end_in_agency(text: str) -> bool:
    """Cheap test before the agency regexes: does the name end the way an agency name ends?"""
    end = text.rstrip()
    return end[-1:] in _AGENCY_LAST or "·" in end[-10:]


# round 42: the agency before the credit's slash (`…。CICPHOTO／X 摄`, `…。视觉中国／X 摄`, `… 東方IC／X 攝`): a Latin
# agency's name, a known outlet or the credit word 图 after a stop or a space, the slash after it, go with the credit
_AGENCY_BEFORE_SLASH: Final = re.compile(
    r"(?:(?<=[\s。，,；;)）])|^)(?:[A-Z][A-Za-z]{1,11}(?: ?[Pp]hoto)?|图|圖|(?:" + _AGENCY_RE.pattern + r"))\s*／\s*$")


def _strip_agency_tail(text: str) -> str:
    if text.endswith(("／", "／ ")):  # (speed) only a credit's slash
        m = _AGENCY_BEFORE_SLASH.search(text, _tail40(text))
        if m and m.start() > 0:
            return text[: m.start()].rstrip(" \u3000,，。;；:：_-—")
    m = _AGENCY_TAIL.search(text, _tail40(text)) if _may_end_in_agency(text) else None
    if m and m.start() > 0:
        text = text[: m.start()]
    return text.rstrip(" \u3000,，。;；:：_-—")


# round 36: the clock written h：mm (`上午7：30,`), a bare h：mm opening the caption (`16：02,`), the day before the part
# of the day (`19日凌晨3时,`); round 48: a day named from the paper's own (`今天上午10时,`, `当日下午3时,`), and the
# parts of the day Hong Kong papers glue to it (`今早10時，`, `今晨6時，`, `昨晚8時，`)
_CLOCK_START: Final = re.compile(
    r"(?:\d{1,2}日|[今昨当][日天]?)?(?P<ap>凌晨|清晨|早上|上午|中午|下午|傍晚|晚上|晚间|夜间|(?<=[今昨])[早晨晚])\s*(?P<h>\d{1,2})\s*"
    r"(?:[点时](?:(?P<mi>\d{1,2})分|(?P<half>半))?|[:：](?P<mi2>\d{2}))"
    r"(?:许|左右)?[,，]"
    r"|(?P<h2>\d{1,2})[:：](?P<mi3>\d{2})(?:许|左右)?[,，]")
_DAY_PART_FIRST: Final = frozenset("凌清早上中下傍晚夜今昨当0123456789")


_CLAUSE_MARKS: Final = re.compile("[,，。;；]")
_TRAILING_BRACKET: Final = re.compile(r"\s*[(（][^()（）]*[)）]$")


def _is_gate_name(title: str) -> bool:
    """`朝天门`, `西直门`: a place's name and 门 is a city gate (a known name before it, not a kind of door)."""
    return 3 <= len(title) <= 4 and title[-1] == "门" and title[:-1] in _GAZETTEER  # 朝天, 和平: words too, not before 门


# the rule of a credit's own place (`…。X摄于某县某村`, text_tails): the caption's finders do not overrule it
_SHOT_AT_RULE: Final = "X 摄于 Y"


def _newsroom_place_caption(result: ParsedName, title: str) -> None:
    """A newsroom's credit under a caption that is only a place: the place is the caption, and its title too."""
    result._set("title", title, "place caption, newsroom credit", 0.6)
    result.family = "news_caption"


# a named natural feature or a station opening a short title is where (`景迈山茶农在古茶林里采茶`, `某某林场护林员在巡山`);
# not when a person's title, a work's or a body of water's next character follows (`钟南山院士`, `设色山水`, `某山区`), nor
# before a word or two alone (`洞庭湖鱼`: a product named after the lake)
_NAMED_FEATURE_END: Final = ("山", "湖", "峰", "岭", "岛", "湾", "塔", "畔", "林场", "水文站", "江", "河", "峡", "谷",
                             "寨", "巷", "巷子", "古镇", "古城", "老街", "步行街", "景区", "公园", "广场", "大桥", "草原", "梯田", "湿地",
                             "村", "瀑布", "水库")
_COUNT_FIRST: Final = re.compile("[一二两三四五六七八九十百千万几数]+[亩里座个顷余多]")  # `千亩梯田`: a size, no name (`九马画山` is
# one); `王小村`: a person's name
# a feature's kind after a generic word (titles._GENERIC_STEMS), or an idiom of hills and waters, names no feature
_IDIOM_CHARS: Final = frozenset("山水岭江河湖海峰")


def _generic_feature(phrase: str) -> bool:
    ending = next((e for e in _NAMED_FEATURE_END if phrase.endswith(e)), "")
    stem = phrase[: len(phrase) - len(ending)]
    return not stem or stem in _GENERIC_STEMS or len(phrase) == 4 and sum(c in _IDIOM_CHARS for c in phrase) >= 2


# (speed) the shortest head that closes on a feature's ending: where it holds a verb or a person, so does every longer one
_FEATURE_HEAD: Final = re.compile(r"[\u4e00-\u9fff]{1,10}?(?:" + "|".join(sorted(_NAMED_FEATURE_END, key=len, reverse=True)) + ")")
_NOT_AFTER_FEATURE: Final = frozenset("水院区里内下上中色林村镇城路街庄寺会")  # (`G20峰会`: a summit)
_NOT_PLACE_FIRST: Final = frozenset("“《「『某")  # (某某湖: a name left out, nothing named)
_NOT_IN_FEATURE: Final = frozenset("沿在到于从向往民")  # `居民沿江一带散步`: people and a verb, no name


def _sight_or_town(head: str) -> bool:
    """`开元寺`, `黄山`: a sight's or a town's own name (not `县城`, `冬日城市`, `无人机黄鹤楼`, `10月1日周庄`)."""
    return (2 <= len(head) <= 8 and _CJK.fullmatch(head) is not None and not _is_name(head)
            and (head in _GAZETTEER and head not in _AMBIGUOUS_PLACES or _is_sight_name(head)))


def _is_known_sight(text: str) -> bool:
    """A sight's name: a short name closing on a sight's word, a natural or a designated sight (`梵净山`, `西湖`), or
    one of these after the city or county it is in."""
    return _is_sight_name(text) or text in _NATURAL_SIGHTS or _is_designated_sight(text) or _is_division_sight(text)


def _is_division_sight(text: str) -> bool:
    """Session 15: `达州红军亭`, `成都的武侯祠`, `宜宾市翠屏山`: a city, county or province (not one that is also a word or
    a name, 黄山, 白云), with or without 的, then a sight's own name, is where."""
    if len(text) < 5:  # two characters of division and three of sight at the least
        return False
    for k in (2, 3, 4):
        head, rest = text[:k], text[k:].removeprefix("的")
        if head in _DIVISIONS and head not in _AMBIGUOUS_PLACES and len(rest) >= 3 \
                and (_is_sight_name(rest) or rest in _NATURAL_SIGHTS):
            return True
    return False


def _opening_feature(title: str) -> tuple[str, str, float] | None:
    """The named feature a short title opens with, followed by three characters or more, where no person, size, kind
    or verb makes it none (the clause-start finder's reading; None where there is none)."""
    if title[0] in _NOT_PLACE_FIRST or not (head := _FEATURE_HEAD.match(title)) or not _NOT_IN_FEATURE.isdisjoint(head[0]):
        return None  # (speed) the shortest head closing on a feature's ending first, with no verb or person in it
    got = _place_clause_start(title)
    if not got:
        return None
    phrase, n = got[0], len(got[0])
    if (n < 3 or not phrase.endswith(_NAMED_FEATURE_END) or not title.startswith(phrase) or len(title) - n < 3
            or not _CJK.fullmatch(phrase) or not _NOT_IN_FEATURE.isdisjoint(phrase) or _COUNT_FIRST.match(phrase)
            or _is_name(phrase) or _generic_feature(phrase) or title[n : n + 1] in _NOT_AFTER_FEATURE
            or _not_where(title, phrase)):
        return None
    return got


# session 16: a saved page's title, the site after a spaced dash and the picture's number in the gallery before it
# (`…拍照. (2) - 海口网`): the dash parts the caption from its source
_SAVED_PAGE_DASH: Final = re.compile(r"[.。]?\s*(?:[(（]\d{1,3}[)）])?\s+-$")


def _cut_saved_page_dash(head: str) -> str:
    """The words before a source the tail read, less a saved page's dash and gallery number (`…拍照. (2) -`)."""
    page = _SAVED_PAGE_DASH.search(head, max(0, len(head) - 12)) if head[-1:] == "-" else None
    return head[: page.start()] if page else head


def _tail_agency(tail: re.Match[str]) -> str:
    """The agency an _AGENCY_ONLY_TAIL match names, less its verb (`新华社发`, `视觉中国供图`)."""
    return tail["agency"].removesuffix("发").removesuffix("供图")


def _take_agency_after_words(result: ParsedName, text: str) -> str:
    """Session 17: `某某土楼 光明图片／视觉中国`, `放学路上 供图 人民视觉`: a picture agency after words with no full stop sold
    the picture, no person shot it for the name; the words before it are the rest (an outlet, `… 人民网`, runs a saved
    page; review: a name before it, `欧阳文华 视觉中国`, is who shot it for the agency)."""
    tail = _AGENCY_ONLY_TAIL.search(text, _tail40(text))
    if tail is None or tail.start() <= 3 or tail.group(0)[:1] not in " ，," or tail["agency"] not in _SLASH_AGENCIES_WRITTEN \
            or _is_name(text[: tail.start()].strip()):
        return text
    result._set("agency", _tail_agency(tail), "agency after words", 0.7)
    return text[: tail.start()].rstrip()


def _apply_caption(result: ParsedName, text: str) -> None:
    """A caption sentence: title = the sentence, date at its start, place phrases inside."""
    tail = _AGENCY_ONLY_TAIL.search(text, _tail40(text)) if _may_end_in_agency(text) else None
    if tail and tail.start() > 0:  # `。新华社发`, `。视觉中国`: a source without a person
        if not result.agency:
            result._set("agency", _tail_agency(tail), "agency after caption", 0.8)
        text = _cut_saved_page_dash(text[: tail.start()])
    if not result.photographers:
        byline = _find_byline(text)
        if byline:
            _store_credit(result, byline)
            text = text[: byline.start]
    closed = text.endswith("。")  # round 24: a sentence the editor closed before the source note
    title = text.strip(" \u3000。.")
    if title[-1:] in ")）":  # (speed) _strip_gloss's own first test
        title = _strip_gloss(title)
    lead = _TEXT_DATE_START.match(title) if title[:1].isdigit() else None
    event_year = lead is not None and _is_event_year(title, lead)
    if lead and lead.end() == len(title) and not result.evidence.get("date"):
        _set_year_month_day(result, lead)  # `2023年5月1日`: nothing but the day
        if result.family == "unknown":
            result.kind, result.family = "generic", "dated"
        return
    if lead and lead["D"] and not result.evidence.get("date") and (
            _is_short_rest(title[lead.end():])
            or title[lead.end() : lead.end() + 1] in _LABEL_DASHES and not title[lead.end() + 1 : lead.end() + 2].isdigit()):
        # (review: not a range's end day after the dash, `2014年12月28日-12月30日…`)
        _set_year_month_day(result, lead)  # `2013年1月20日北京故宫角楼雪景`: the date is not title; nor is it before a
        title = title[lead.end():].lstrip("-_— ")  # dash (session 18: `2014年09月12日-…讲座`, a site's dated label)
        if title[-1:].isdigit() and (counter := _DASH_COUNTER.search(title)):
            title = title[: counter.start()]  # `…-1`: the picture's number in the label's set
    clock = _CLOCK_START.match(title) if not result.time and title[:1] in _DAY_PART_FIRST else None
    if clock:  # round 21: `凌晨1点,渔船…`: the hour the caption opens with
        hour = int(clock["h"] or clock["h2"])
        if hour < 12 and clock["ap"] in _AFTERNOON:
            hour += 12
        value = _valid_time(hour, int(clock["mi"] or clock["mi2"] or clock["mi3"] or (30 if clock["half"] else 0)), 0)
        if value:
            result._set("time", value, "时段+h点", 0.6)
    sentence = bool(_SENTENCE_PUNCT.search(title)) or len(title) > 12 or closed
    if result.kind == "unknown":
        result.kind = "caption" if sentence or result.photographers else "titled"
    if result.family == "unknown":
        result.family = "news_caption" if result.photographers else ("caption" if sentence else "titled")
    if not title:
        result.family = "credit_only" if result.photographers else result.family
        return
    credit_rule = result.evidence["photographers"].rule if result.photographers else ""
    if title[:1] == "于" and not result.photographers and 3 <= len(title) <= 17 and not _is_name(title, strict=False) \
            and _CJK.fullmatch(title) and _at_place(title[1:]):
        result._set("place", title[1:], "于+地点", 0.6)  # `于某地某湾`: `at …`, like 摄于: the place, no title
        result.family = "place_only"
        return
    viewed = _TRAILING_BRACKET.sub("", title)[2:] if title[:2] in _VIEW_LEADS else ""  # (session 20: `鸟瞰某村(无人机照片,
    # …摄)`: the note after the place)
    if viewed and 2 <= len(viewed) <= 28 and (_places_only(viewed) or _full_place(viewed)
                                               or _is_known_sight(viewed) or viewed in _GAZETTEER):
        result._set("place", viewed, "view + place", 0.6)  # round 49: `俯瞰某某镇`: the view is the title, the place
        result._set("title", title, "view + place", 0.7)  # after the verb where (as `俯瞰某某岭。X摄` is labelled)
        if viewed != title[2:] and not result.date:
            _text_date(result, title)  # the note's day (`…(2023年10月11日摄)`)
        return
    lead_year = _LEAD_YEAR.match(title) if title[:1] in "12" else None
    if lead_year and not result.date:  # session 13: `2013年普陀山牌坊`: the year it was shot, then the place, read as
        where = title[lead_year.end():]  # the place-only name without the year is; (review) a short name or a known
        # one opening it, no verb or phrase first (`2019年登泰山`, `2004年摄于某山`, `1991年全家游某地`, `1997年度…`)
        if len(where) >= 2 and not result.photographers and where[0] not in _GOING_FIRST and (
                (_full_place(where) and (len(where) <= 5 or _scan_place(where, 0).first_gaz)) or _is_known_sight(where)
                or _place_and_its_part(where)):
            _text_date(result, title)
            result._set("place", where, "YYYY年 + place-only name", 0.65)
            result.family = "place_only"
            return
    painted = _PAINTED in result.warnings  # session 18: `西湖（油画）`: a painted place is the work's title, no place
    noted = painted or result.place is not None and result.evidence["place"].rule in (_PLACE_NOTE_RULE,
                                                                                     _PLACE_BEFORE_CREDIT_RULE)
    # (review: the entry's own note said where, `家园（拍摄地：某地）`, or a place stood before the credit, `秋日田园 开封
    # X 摄` (session 15): its title stays the title, never a place-only name)
    if not noted and not result.photographers and len(title) <= 30 and _places_only(title):  # `天坛祈年殿,北京`
        result._set("place", title, "place-only name", 0.65)
        result.family = "place_only"
        if "credit without a name" in result.warnings:  # round 60: `某某村。通讯员 摄`: a newsroom's credit naming
            _newsroom_place_caption(result, title)  # nobody is one still (round 42)
        return
    if not noted and not _CLAUSE_MARKS.search(title) and "“" not in title and (  # a title with a comma, a full stop or
            # a quoted word (`“某某”园`: a nickname the label quotes) is no place name (a cheap test first)
            _full_place(title) or _is_known_sight(title) or _is_qualified_institution(title)
            or title[-1] == "门" and _is_gate_name(title) or _place_and_its_part(title)) \
            and credit_rule != "（单位姓名）":  # not `爱心驿站（银川分行王敏）`
        if title[:1] == "在" and _named_after_zai(title):
            title = title[1:]  # session 20: `在某某湖`: at the place, 在 no part of its name
        result._set("place", title, "place-only name", 0.7)
        result.family = "place_only"
        if result.agency or result.role or "credit without a name" in result.warnings:
            _newsroom_place_caption(result, title)  # round 42: a newsroom's credit (`某某大桥。新华社记者 X 摄`)
        return
    if not result.evidence.get("date") and not event_year:
        _text_date(result, title)
    # a short title such as 苏州玉雕 or 北京冬奥 names a craft or a theme, not where it was shot
    if title[:1] in _ASCII_LETTERS:
        _english_place(result, title)  # round 24: an English press caption (`… at How Ming Street in Kwun Tong`)
    if result.place is None or result.evidence["place"].rule != _SHOT_AT_RULE:  # round 60: `…的村级…。X摄于某县某村`:
        _caption_place(result, title, markers_only=not sentence)  # where the credit says it was shot is the place
    if sentence and not result.place and " " in title:
        _place_lead(result, title)  # `樱花盛开 某某公园迎来赏花客`: a headline's second part opens with the place
    if not result.place and not sentence and title.startswith(("图为", "这是")):
        _pictured_place(result, title)
    short_title_place = not result.place and not sentence and not painted
    if short_title_place:
        _city_scene(result, title)
        _city_at_end(result, title)
        _natural_sight(result, title)
        if not result.place and "中的" in title:  # (speed) the scene's joint first
            _scene_river(result, title)
        if not result.place and "的" in title and not _LANDFORM_LAST.isdisjoint(title):  # (speed) 的 and a kind's last
            _named_landform(result, title)
        _place_part(result, title)
        if not result.place and title[-1:] in _TECHNIQUE_LAST and (shot := _TECHNIQUE_END.search(title)) \
                and _sight_or_town(title[: shot.start()]):  # session 12: `某某寺航拍 X摄`: with a credit the words stay
            result._set("place", title[: shot.start()], "place + way of shooting", 0.6)  # the title and still say where
        _place_lead(result, title)
        _dotted_place(result, title)
        if not result.place and len(title) <= 12:  # (speed) _place_head's own first test
            _place_head(result, title)
        if not result.place and "的" in title:  # `下雪后的人民公园美如画`: a named place after 的
            got = _place_after_de(title)
            if got and not got[0].startswith(_GENERIC_PLACE_HEADS) and not _not_where(title, got[0]):  # `美丽的乡村公园`
                result._set("place", *got)
        if not result.place and (got := _opening_feature(title)):
            result._set("place", *got)  # `景迈山茶农在…`, `大纵湖迎来…`, `松花江畔人们…`: a named feature opens it
    sight = _SIGHT_LEAD.match(title) if not result.place and not painted else None
    if sight:  # `天子山顶游人如织`: a named peak or cave opens the caption
        result._set("place", sight["p"], "sight at the caption start", 0.55)
        short_title_place = True
    elif title[1:2] == "山" and title[2:3] in "脚顶巅腰" and not result.place and title[:2] in _GAZETTEER and not painted:
        # round 55: a two-character name that is a mountain as well as a town (`天山脚下,…`): its foot, its top or its
        # side says the mountain, where
        result._set("place", title[:2], "sight at the caption start", 0.55)
        short_title_place = True
    if short_title_place and result.place and _not_where(title, result.place):
        result.place = None  # `故宫博物院馆长在讲解`: the sight is the employer, not where
        del result.evidence["place"]
    if (not sentence and result.place and not result.photographers and title.startswith(result.place)
            and 1 <= len(title) - len(result.place) <= 4 and title.endswith(_FEATURE_END)):
        result._set("place", title, "place + a part of it", 0.6)  # round 22: `某山顶`, `某校区风雨操场`: where, no title
        result.family = "place_only"
        return
    if not result.place and (title.find("：", 2, 11) >= 0 or title.find(":", 2, 11) >= 0):
        _place_headline_dateline(result, title)  # last: a place named in the headline itself says more
    marker = _SHOT_AT_START.match(title)
    if marker and result.place == _trim_place(title[marker.end():]):
        return  # `摄于山西平遥古城`: nothing but the place
    if title[:1] == "在" and result.place and title[1:].rstrip(" ,，") == result.place and len(result.place) <= 10 \
            and _named_after_zai(title) and _full_place(result.place):
        result.family = "place_only"  # session 20: `在某某公园。`: a page's caption naming only where
        return
    result._set("title", title, "caption sentence", 0.9)


_LABEL_DASHES: Final = frozenset("-_—")
_DASH_COUNTER: Final = re.compile(r"(?<=[\u4e00-\u9fff])[-_]\d{1,2}$")
_GOING_FIRST: Final = frozenset("摄拍登游去到在于赴回访逛爬走看")  # a verb opening the words after a year: no place-only name
_LEAD_YEAR: Final = re.compile(r"(?:19|20)\d{2}年(?:\d{1,2}月(?:\d{1,2}日)?)?(?=[\u4e00-\u9fff])(?!度)")
_SHOT_AT_START: Final = re.compile(r"(?:拍摄于|摄于|拍摄地点[:：]?)\s*")
