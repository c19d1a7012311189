"""Short segments peeled from the end of a name: `作品名-单位姓名`, `作品名+姓名+电话`, `摄影师-省-市-文物名`; each
segment classified as a name, a unit, a place or a title.

Reads lexicon, result, people, places_scan, places_not_where, places_finders, places, credits_body,
credits_bylines, dates, devices, titles, artworks. Serves contests, text_fields, text_tails,
text_prefixes, text_body, text, finish, artworks_labels, contest_lines.
"""

from __future__ import annotations

import re
from typing import Any, Final

from .artworks import _ARRIVE_PLACE, _GROUP_LABEL
from .credits_body import _UNIT_ONLY, _is_latin_person
from .credits_bylines import _SENTENCE_PUNCT
from .dates import _TEXT_DATE_START, _set_year_month_day, _text_date
from .devices import _DIGITS_ONLY
from .lexicon import (
    _AGENCY_RE,
    _AMBIGUOUS_PLACES,
    _COMMON_SURNAMES,
    _DIVISIONS,
    _GAZETTEER,
    _HAND_GAZETTEER,
    _NO_PLACE_GIVEN,
    _NOT_IN_NAMES,
    _NOUNS,
    _PROVINCE_SET,
    _RAIL_UNITS,
    _ROLE_RE,
    _UNIT_SUFFIX,
    _simplified,
    _trie_pattern,
)
from .people import (
    _CJK,
    _DOTTED_NAME,
    _LATIN_NICK,
    _MEDIA,
    _MEDIA_SET,
    _NAME_DOT,
    _NEVER_CREDITED,
    _POST_WORDS,
    _TIBETAN_PARTS,
    _TRANSLIT_CHARS,
    _has_name_shape,
    _has_surname,
    _is_common_name,
    _is_name,
    _is_plain_common_name,
    _is_title_word,
    _is_transliterated_name,
    _reads_as_name,
    _title_beside_name,
)
from .places import _GENERIC_PLACE_HEADS, _PLACE_LAST, _caption_place, _full_place, _named_home
from .places_finders import _DATE_CLAUSE, _DESCRIBED_KIND
from .places_not_where import _CLAUSE_END
from .places_scan import (
    _gaz_name_length,
    _opens_on_a_day,
    _opens_on_place,
    _scan_place,
    _trim_place,
)
from .result import Evidence, ParsedName
from .stamps import _valid_date, _valid_time
from .titles import (
    _PLACE_PART_LAST,
    _PLACE_PARTS_AT_END,
    _is_event_year,
    _place_head,
    _place_part,
    _set_plain_title,
)

_UNIT_BRACKET_END: Final = re.compile(
    r"\s*[(（](?P<unit>[\u4e00-\u9fff]{2,12}(?:" + _UNIT_SUFFIX + r"|传媒|文化|工作室|影像))[)）]$"
)
_BOOK_TITLE: Final = re.compile(r"《(?P<t>[^《》]{1,60})》|[〈「『](?P<q>[^〈〉「」『』]{1,60})[〉」』]|^[(（](?P<b>[^()（）]{1,30})[)）](?=.)")
_SERIES_MARK: Final = re.compile(
    r"^\s*[(（](?=[组系之])(?:(?:组照?|组图|系列)[^()（）]{0,6}?)?(?:之[一二三四五六七八九十\d]+)?[)）]"  # `（组照4幅）`
)
_SEGMENT_SEP: Final = re.compile(r"\s*(?:——|--|[-_+＋\s\u3000,，;；。丨｜|])\s*")  # 丨 ｜: WeChat-style bars
_SIZE_SPEC: Final = re.compile(r".*\d+\s*[xX×*]\s*\d+\s*(?:cm|CM|mm|厘米|公分)?$")
_PROVINCE_RULE: Final = re.compile(
    r"(?P<who>[\u4e00-\u9fff]{2,4}|[A-Za-z][A-Za-z0-9_]{1,19})-(?P<prov>[\u4e00-\u9fff]{2,4})"
    r"-(?P<city>[\u4e00-\u9fff]{2,6})-(?P<what>.+)"
)


_MONTH_CLAUSE: Final = re.compile(r"(?:(?:19|20)\d{2}年)?\d{1,2}月(?:份|初|中旬|下旬|底)?[,，]\s*[\u4e00-\u9fff]")


_PLACE_PATH: Final = re.compile(r"(?P<prov>[\u4e00-\u9fff]{2,4})-(?P<city>[\u4e00-\u9fff]{2,6})-(?P<spot>[\u4e00-\u9fff]{2,12})")


def _apply_place_path(result: ParsedName, text: str) -> bool:
    """`青海-玛多-扎陵湖`: province, county or city, then the spot, is where it was taken."""
    m = _PLACE_PATH.fullmatch(text) if "-" in text else None  # (both dashes are needed: most texts hold none)
    if not m or m["prov"] not in _PROVINCE_SET or m["city"] not in _GAZETTEER:
        return _apply_place_list(result, text)
    result._set("place", text, "省-市-地点", 0.8)
    return True


_PLACE_LIST: Final = re.compile(r"[\u4e00-\u9fff]{2,10}(?:(?:[-_. ]|\._)[\u4e00-\u9fff]{2,10}){1,3}")
_PLACE_LIST_SEP: Final = re.compile(r"[-_. ]+")
# where a spot's name ends in one of these it is no given name (石螺口, 日光岩, 观日岩)
_SPOT_END: Final = frozenset("口岩湾岛屿寺塔洞阁亭庙宫殿台街巷坊渚矶滩")


def _known_place(segment: str) -> bool:
    return (segment in _GAZETTEER and segment not in _AMBIGUOUS_PLACES) or _full_place(segment)


_PLACE_PARTS_SET: Final = frozenset(_PLACE_PARTS_AT_END)  # (speed) the last separator found once, the part after it looked up


def _apply_place_list(result: ParsedName, text: str) -> bool:
    """`三亚_蜈支洲岛_观日岩`, `四川.九寨沟.五花海`, `厦门 鼓浪屿`: a known place, a known place or
    sight after it, and at most two more spots, split by `_ . - ` or spaces: the whole is the place.

    The first name may be ambiguous (北海) when a known place follows; a last part shaped like a
    common person's name is only a spot where it ends in a character no given name ends in.
    """
    if not ("-" in text or "_" in text or "." in text or " " in text):
        return False  # (a list needs a separator)
    if text[-1:] in _PLACE_PART_LAST and (cut := max(map(text.rfind, "-_. "))) >= 5 and text[cut + 1:] in _PLACE_PARTS_SET:
        trial = ParsedName(filename=result.filename)  # session 18: `杭州 西湖 断桥 夜景`: a list of places, then the view
        if not _apply_place_list(trial, text[:cut]):  # of them: the places are where, the words the title
            return False
        result._set("place", trial.place, "place list + view", 0.65)
        result._set("title", text, "place list + view", 0.7)
        return True
    if not _PLACE_LIST.fullmatch(text):
        return False
    parts = _PLACE_LIST_SEP.split(text)
    first, second, rest = parts[0], parts[1], parts[2:]
    if first not in _GAZETTEER or not (first not in _AMBIGUOUS_PLACES or first in _DIVISIONS and rest):
        return False  # the list opens with a known name (checked first: most segments are titles)
    if not (_known_place(second) or second in _DIVISIONS and _known_place(first)  # 云南_大理_…
            or _DESCRIBED_KIND.fullmatch(second)):  # session 14: a described spot of the known place (`黄山-壮美瀑布`)
        return False
    for spot in rest:
        if not (_known_place(spot) or _DESCRIBED_KIND.fullmatch(spot) or spot[-1] in _SPOT_END
                or spot[-1] in _PLACE_LAST and len(spot) >= 3 and not _is_common_name(spot)):
            return False
    result._set("place", text, "place list", 0.7)
    result.family = "place_only"
    return True


def _apply_province_rule(result: ParsedName, text: str) -> bool:
    """`摄影师-省-市-文物名` (a published contest rule): the city slot is the place."""
    if _apply_place_path(result, text):
        return True
    m = _PROVINCE_RULE.fullmatch(text) if "-" in text else None
    if not m or m["prov"] not in _PROVINCE_SET:
        return False
    who = m["who"]
    if not (_is_name(who, strict=False) or _LATIN_NICK.fullmatch(who)):
        return False
    result.kind, result.family = "contest_entry", "contest_entry"
    rule = "摄影师-省-市-作品名"
    result._set("photographers", [who], rule, 0.8)
    result._set("place", m["city"], rule, 0.8)
    result._set("title", m["what"].strip(), rule, 0.85)
    return True


# `徐悲鸿-奔马图`, `郑板桥—竹石图轴`: a painter's name, a dash, a work in a painting's format word
# (图, 图轴, 图卷, 轴, 卷, 帖 …). The painter made the work, not the photograph of it, and a contest
# entrant's name before a title of this shape cannot be told from a painter: nobody is credited.
_PAINTER_WORK: Final = re.compile(
    r"(?P<who>[\u4e00-\u9fff]{2,4})\s*[-—–]\s*(?P<work>[\u4e00-\u9fff]{1,12}(?:图|图轴|图卷|图册|图页|轴|卷|帖|册页))"
)


_CLASS_NAME: Final = re.compile(
    r"(?P<unit>(?:\d{2,4}级)?[\u4e00-\u9fff]{1,8}\d{1,6}班|(?P<major>[\u4e00-\u9fff]{2,4})(?:19|20)\d{2}"
    r"|\d{1,4}(?:室|班|组|队|科|系))[\s\u3000_\-]*(?P<name>[\u4e00-\u9fff]{2,3})"
)


def _apply_class_name(result: ParsedName, text: str) -> bool:
    """`18室 秦望舒`, `园林1952周梦珂`, `电气1班 张三`: a room, lab or class code and a full name, nothing else.

    Staff and school art shows label a work with its author's unit and name only; the person is the
    author. A place before the digits (`西湖2023张三`) or a season or feast (`春节2023…`) is no class code.
    """
    m = _CLASS_NAME.fullmatch(text)
    if not m or not _is_common_name(m["name"]) or (m["major"] and len(m["name"]) < 3):
        return False
    major = m["major"]
    if major and (_scan_place(major, 0).end or _is_title_word(major) or major in _DIVISIONS):
        return False
    result._set("photographers", [m["name"]], "班级/科室 姓名", 0.7)
    result._set("units", [m["unit"]], "班级/科室 姓名", 0.7)
    result.kind = "contest_entry"
    if result.family == "unknown":
        result.family = "contest_entry"
    return True


# a school call's published form `年级部+班级+姓名+标题`, all glued (`高一2部3班李思远冬日操场`): the class, a
# three-character common name, the work; a two-character name cannot be told from the title's first word
_CLASS_NAME_TITLE: Final = re.compile(
    r"(?P<unit>(?:高|初)[一二三](?:[A-Za-z0-9Ⅰ-Ⅻ]{1,2}部)?\d{1,2}班|[一二三四五六七八九]年级\d{1,2}班"
    r"|(?:19|20)?\d{2}级[\u4e00-\u9fff]{1,8}\d{1,2}班)(?P<name>[\u4e00-\u9fff]{3})(?P<title>[\u4e00-\u9fff]{2,12})"
)


def _apply_class_name_title(result: ParsedName, text: str) -> bool:
    m = _CLASS_NAME_TITLE.fullmatch(text)
    if not m or not _is_common_name(m["name"]) or _full_place(m["name"]) or _full_place(m["title"]):
        return False
    result._set("photographers", [m["name"]], "班级+姓名+标题", 0.65)
    result._set("units", [m["unit"]], "班级+姓名+标题", 0.65)
    result.kind = result.family = "contest_entry"
    _set_plain_title(result, m["title"], is_title=True)
    return True


def _apply_painter_work(result: ParsedName, text: str) -> bool:
    m = _PAINTER_WORK.fullmatch(text) if text[-1:] in "图轴卷帖页" else None
    if not m or not _is_name(m["who"]) or len(m["work"]) < 3 or _full_place(m["work"]):  # 地图, 蓝图: words
        return False
    result.kind, result.family = "titled", "artwork"
    result._set("title", m["work"], "painter-work", 0.7)
    return True


# a contest form after the 《work》: the author in a keyed bracket maybe, then when and where it was shot
# (`《题》(作者：某某)2023年3月4日拍摄于某地`): the author, the day and the place
_BOOK_SHOT_NOTE: Final = re.compile(r"\s*(?:[(（](?:作者|摄影)[:：]\s*(?P<n>[^()（）\s:：]{2,4})[)）])?\s*"
                                    r"(?P<note>(?:19|20)\d{2}年\d{1,2}月\d{1,2}日\s*(?:拍摄|摄)于\s*[\u4e00-\u9fff]{2,16})")


def _book_shot_note(result: ParsedName, after: str) -> bool:
    m = _BOOK_SHOT_NOTE.fullmatch(after)
    if not m or m["n"] and not _is_name(m["n"], strict=False):
        return False
    if m["n"]:
        result._set("photographers", [m["n"]], "《作品》(作者：X) 日期 拍摄于 地点", 0.8)
    _text_date(result, m["note"])
    _caption_place(result, m["note"])
    return True


# round 45: a contest list's `《作品》——笔名摄影`: the work, a dash, then the author's pen name (three to six
# characters, no person's shape needed) and the credit verb; a way of shooting (无人机, 长曝光) is no author
_BOOK_DASH_PEN_NAME: Final = re.compile(r"\s*(?:——|—|--|-)\s*(?P<n>[\u4e00-\u9fff]{3,6}?)\s*(?:摄影|摄)?\s*$")  # (the verb cut)
_PEN_NAME_NOT_LAST: Final = frozenset("机光景拍图片照")


def _book_dash_pen_name(result: ParsedName, after: str) -> None:
    m = _BOOK_DASH_PEN_NAME.match(after)
    if m and result.filename.rpartition(".")[0].rstrip().endswith(("摄影", "摄", "攝影", "攝")) and m["n"][-1] not in _PEN_NAME_NOT_LAST and not _is_title_word(m["n"]) and not _full_place(m["n"]) \
            and not _ROLE_RE.search(m["n"]) and not _AGENCY_RE.match(m["n"]):
        result._set("photographers", [m["n"]], "《作品》——笔名摄影", 0.6)


def _apply_segments(result: ParsedName, text: str, book: re.Match[str] | None) -> None:
    """Short names: 《title》 and segments peeled from the end (name, unit, place, seq …)."""
    if " " in text or "\u3000" in text:  # (speed) a sub with a template calls Python code even where nothing matches
        text = _SPLIT_NAME.sub(r"\1\2", text)
    book = _BOOK_TITLE.search(text) if book else None
    before, after = (text[: book.start()], text[book.end():]) if book else (text, "")
    if book:
        after = _SERIES_MARK.sub("", after)
        result._set("title", (book["t"] or book["q"] or book["b"]).strip(), "《》", 0.95)
        if (painter := _DYNASTY_ARTIST.fullmatch(after)) and not before.strip(" 0123456789.、-_") \
                and _is_name(painter["who"], strict=False) and not _full_place(painter["who"]) \
                and painter["who"] not in _GAZETTEER:
            result.warnings.append(f"the work's painter, not the photographer: {painter['who']}")  # session 14: `《煮茶图》
            result.kind = result.family = "artwork"  # 明 唐寅`: a dynasty, then the painter of a reproduced old work
            return
        work = result.title or ""
        if book["t"] and not result.place and len(work) >= 4 and _full_place(work) and not _is_name(work) \
                and _scan_place(work, 0).first_gaz:  # round 21: `张三《乐清老城区》`: the work is a named place
            result._set("place", work, "《地名》", 0.55)
        if work[-1:] in _PLACE_PART_LAST and work.endswith(_PLACE_PARTS_AT_END):
            _place_part(result, work)  # round 22: `X《某纪念馆鸟瞰》`: a named place and a view of it
        if not result.place and len(work) <= 12:  # (speed) _place_head's own first test
            _place_head(result, work)
        if not result.place and ("到" in work or "临" in work) and (arrive := _ARRIVE_PLACE.fullmatch(work)) \
                and arrive["p"][:2] not in _GENERIC_PLACE_HEADS and not arrive["p"].startswith(_GENERIC_PLACE_HEADS) \
                and _full_place(arrive["p"]) and not _is_name(arrive["p"]):
            result._set("place", arrive["p"], "《X到某地》", 0.55)  # `《春到某某楼》`: the named place the season came to
        result.kind = "contest_entry"
        if result.family in ("unknown", "contest_entry"):
            result.family = "contest_entry"
        if "摄于" in after and _book_shot_note(result, after):
            return
        latin = after.strip(" \u3000,，©") if after[-1:].isascii() and "©" in after else ""  # (the third review: without
        # ©, Latin words after a work are its English title as often, `《晨曦》Silent Watch`, `《梯田》Rice Terraces`)
        if latin and _is_latin_person(latin) \
                and (not (lead := before.strip(" 0123456789.、-_")) or _RANK_BEFORE_BOOK.fullmatch(lead)):
            result._set("photographers", [latin], "《作品》Latin name", 0.7)  # session 20: `《题》Jonathan Barran`:
            return  # an international contest's entry, the work and its author's Latin name
        caption = after.strip(" \u3000,，:：")
        first = _CLAUSE_END.split(caption, 1)[0]
        if (len(caption) >= 10 and len(first) > 5 and (_SENTENCE_PUNCT.search(caption) or _DATE_CLAUSE.match(caption))
                or _DATE_CLAUSE.match(caption) or _MONTH_CLAUSE.match(caption)  # round 24: `6月,航拍…`: a month  # not `《无尘仓储》陈卫东,摄于…`: a name opens a credit
                or caption[:1] == "在" and result.photographers and len(caption) >= 10
                and 3 < len(first) < len(caption)):  # round 45: `《题》在某县某乡,… X摄`: a where-clause opens the caption
            _text_date(result, caption)  # `《交相辉映》 2022年8月23日,傍晚的岐江河畔,…`: the work, then its caption
            _caption_place(result, caption)
            return
        unit = _UNIT_BRACKET_END.search(after)
        if unit:  # `《播撒希望的种子》沈磊（嘉兴分行）`
            result._set("units", [unit["unit"]], "（单位）", 0.7)
            after = after[: unit.start()]
        if before.endswith((":", "：")) and _is_common_name(before[:-1].strip()):
            before = before[:-1]  # round 22: `赵俊超：《白衣战士》`: the author, a colon, the work
        elif before[-1:] == "的" and (glued := _UNIT_NAME.fullmatch(before[:-1].strip())) and _is_name(glued["name"]):
            before = before[:-1]  # round 22: `某某学院X的《…》`: a unit, its member's name, 的, the work
        segments = _segments(before) + _segments(after)
        if _name_and_units(result, [s.strip() for s, _ in segments if s.strip()]):
            return
        _classify_segments(result, segments, title_slot=False)
        if not result.photographers:
            _credit_beside_book(result, [s for s, _ in segments], vouched=unit is not None and not before.strip())
        if not result.photographers and after[:1] in "—-" and not before.strip():
            _book_dash_pen_name(result, after)
        return
    m = _TEXT_DATE_START.match(text)
    if m and not result.date and not _is_event_year(text, m):
        _set_year_month_day(result, m)
        text = text[m.end():].lstrip(" _-,，")
    if not result.date and _MID_DATE_GATE.search(text):
        text = _take_mid_date(result, text)
    if _unit_layout(result, text):
        return
    segments = _segments(text)
    if "岁" in text and _entry_with_age(result, segments):
        return
    if _name_phone_title(result, segments) or _sized_work(result, segments):
        return
    if " - " in text and _artist_title(result, text):
        return
    if _lead_name_title(result, text, segments) or _lead_place_title(result, segments):
        return
    left = _classify_segments(result, segments, title_slot=True)
    if not left:
        return
    if len(left) == 1 and result.photographers and result.place and _GROUP_LABEL.fullmatch(left[0][0].strip()):
        result._set("title", result.place, "title segment", 0.7)  # session 22: `纪实组_银杏大道_X_电话`: the group, then
        return  # the work named after a place (read as the place too, as `济州岛-X` is)
    start = 0
    if len(left) > 1 and (n := left[0][0].strip()).isdigit() and _student_number(n) and _CJK.match(left[1][0].strip()):
        start, left = left[0][1], left[1:]  # (session 24: a student's number opening the name is no word of the title)
    if (len(left) == 2 and _is_work_kind(left[0][0].strip()) and len(segments) <= 2 + len(result.photographers)
            and _plain_words(left[1][0].strip())):
        start = left[0][1]  # session 12: `儿童水彩画-我的家`, `油画-某某-张三`: the kind of work labels the title
    elif len(left) >= 2 and result.photographers and (_GROUP_LABEL.fullmatch(lead := left[0][0].strip())
                                                      or lead[-1:] == "类" and _ENTRY_GROUP.fullmatch(lead)):
        start = left[0][1]  # session 22: `风光组-晒秋-X-电话`: the entry's group, no part of its title (session 24:
        # `纪实类_题_X`, its class)
    title = text[start : left[-1][1]].strip(" -_+—,，")
    rest = text[left[-1][1]:]
    if rest[:2] == "——" and result.place and rest[2:].strip() == result.place:
        title = text.strip(" -_+—,，")  # `图为…水电工程——三峡大坝`: the dash names what the words show
    rule = result.evidence.get("photographers", Evidence("", 0)).rule
    if (rule == "作品名-姓名" and _is_name(title) and title not in _NOUNS  # `高楼-张三`: a noun, then the name
            and not (len(result.photographers) == 1 and _title_beside_name(title, result.photographers[0]))):
        result.photographers = []  # `王磊 张敏`: two bare names are people in the picture
        result.warnings.append("bare names only: read as subjects, not photographers")
        title = text.strip(" -_+—,，")
    _set_plain_title(result, title)


# session 14: a dynasty, a space or brackets, then the painter of a reproduced old work after its 《title》 (`《煮茶图》 明
# 唐寅`, `（元）黄公望`); a dynasty glued to the name is a surname (`《题》宋佳佳`)
_DYNASTY: Final = "北宋|南宋|五代|东晋|西晋|东汉|西汉|北魏|隋|唐|宋|元|明|清|近代"
_DYNASTY_ARTIST: Final = re.compile(rf"\s*(?:[(（](?:{_DYNASTY})[)）]\s*|(?:{_DYNASTY})\s+)(?P<who>[\u4e00-\u9fff]{{2,3}})\s*")


# session 14: a form's shooting day as a segment of its own between others (`题-20190616-某山-张三`, `题_2019.06.16_…`,
# `张三-题-2019-06-16-某山`, `题-2019年6月16日-…`; contest calls ask for 拍摄时间 beside the work, place and author):
# the day the picture was taken, and no word of the title. Only a whole, real day between separators; a number that is
# no day (`题-20190032-张三`, an entry's id) stays where it was
_MID_DATE_GATE: Final = re.compile(r"[-_\s](?:19|20)\d\d")
_MID_DATE: Final = re.compile(
    r"(?:^|(?<=[-_\s]))(?:(?P<Y>(?:19|20)\d\d)(?P<M>[01]\d)(?P<D>[0-3]\d)"
    r"|(?P<Y2>(?:19|20)\d\d)(?P<s>[-./])(?P<M2>\d{1,2})(?P=s)(?P<D2>\d{1,2})"
    r"|(?P<Y3>(?:19|20)\d\d)年(?P<M3>\d{1,2})月(?P<D3>\d{1,2})日)(?=[-_\s])")
_ID_PHOTO: Final = re.compile("证件照|身份证|出生|生日|户口|护照|签证")
_CJK_HEAD: Final = re.compile(r"[^A-Za-z]*[\u4e00-\u9fff][^A-Za-z]*")  # Chinese words before the day, no device's letters
_CLOCK_NEXT: Final = re.compile(r"[-_\s]+(?P<t>\d{4,6})(?!\d)")  # a clock after the day


def _take_mid_date(result: ParsedName, text: str) -> str:
    m = _MID_DATE.search(text, 1)
    if not m or not _CJK_HEAD.fullmatch(text, 0, m.start()):
        return text  # a device's or an app's stamp (`B612咔叽_<d8>_<t6>…`, `IMG_<d8>_<t6>_…`) is read as a stamp
    y, mo, d = next((m[f"Y{k}"], m[f"M{k}"], m[f"D{k}"]) for k in ("", "2", "3") if m[f"Y{k}"])
    day = _valid_date(int(y), int(mo), int(d))
    if not day or _ID_PHOTO.search(text):
        return text  # (review: an ID photo's day of birth is no shot day)
    end = m.end()
    clock = _CLOCK_NEXT.match(text, end)
    if clock:  # `题_<d8>_<t6>_张三`: the day and its clock, the time read too, or nothing where it is no time
        hms = clock["t"]
        at = _valid_time(int(hms[:2]), int(hms[2:4]), int(hms[4:])) if len(hms) == 6 else None
        if not at:
            return text
        end = clock.end()
    if _MID_DATE.match(text, end + 1):
        return text  # (review: a range of days, `-20190616-20190620-`, is no shot day)
    result._set("date", day, "拍摄日期 segment", 0.7)
    if clock:
        result._set("time", at, "拍摄日期 segment", 0.7)
    return text[: m.start()].rstrip(" _-") + text[end:]


# (a result sentence names the kind of painting and the making too: `某某的农民画《题》`, 绵阳文明网's list of a 2022
# show; `某某创作的农民画作品《题》`, a 2014 result of 新疆's first 农民画 contest in China Daily)
_HONORIFIC: Final = "老师|同学|先生|女士"  # how a school's page calls its artist
_TEACHER: Final = re.compile(
    rf"(?P<name>[\u4e00-\u9fff]{{2,4}}?)(?:(?P<hon>{_HONORIFIC})(?:(?:创作)?的(?:摄影|{_MEDIA})?(?:作品)?)?"
    rf"|(?:创作)?的(?:摄影|{_MEDIA})?(?:作品)?)"
)
_UNIT_TAIL: Final = re.compile("(?:" + _UNIT_SUFFIX + "|经理|主管|主任|岗|研发|客服|工会小组|党小组)$")  # (round 43: 工会小组)
_ART_KINDS: Final = ("书法|書法|绘画|繪畫|国画|國畫|油画|油畫|水彩画|水彩畫|水墨画|水墨畫|工笔画|工筆畫|行书|行書|楷书|楷書"
                     "|草书|草書|隶书|隸書|篆书|篆書|篆刻|剪纸|剪紙|版画|版畫|素描|漫画|漫畫|书画|書畫|摄影|攝影|插画|插畫|刺绣|刺繡")
_ROLE_STUDENT: Final = "研究生|本科生|硕士生|博士生|硕士|博士"  # `研究生X的作品《…》`: a student's standing before the name
_ROLE_UNIT_WORD: Final = "局|处|办|委|厅|中心|公司|集团|银行|分行|支行|学院|大学"  # `某局X的书法作品《…》`: the unit glued before
_ROLE_UNIT_WORDS: Final = frozenset(_ROLE_UNIT_WORD.split("|"))
_ART_AWARD: Final = "特等奖|[一二三四五六]等奖|优秀奖|[金银铜]奖|佳作奖?|鼓励奖|入围奖|入选奖"  # `X一等奖作品`: the award before 作品
_ROLE_BEFORE_NAME: Final = ("护士|護士|医生|醫生|医师|醫師|农民|農民|职工|職工|员工|員工|教师|教師|老师|老師|学生|學生|工人"
                            "|村民|民警|干部|幹部|社员|社員|会员|會員")
# `某某老师作品`, `图为某某水粉作品` (session 12): the artist as a segment of its own, with no 的 (`_TEACHER` needs one)
_ARTIST_HONORIFIC: Final = _HONORIFIC + "|教授|院士"
_ARTIST_WORK: Final = re.compile(rf"(?P<pic>图中?为)?(?P<n>[\u4e00-\u9fff]{{2,4}}?)(?P<hon>{_ARTIST_HONORIFIC})?(?P<medium>{_MEDIA})?作品")


def _artist_of_work(m: re.Match[str]) -> str | None:
    """The artist `_ARTIST_WORK` found, where the words are a person's name led by a common surname: not a word, a
    place, a people (苗族), an edition (第五届), nor a surname and an honorific (陈女士); with no honorific to vouch for
    it, only a three-character name before a medium (`熊猫剪纸作品`, `花鸟国画作品`, `唐诗书法作品`: the subject, the
    genre, nobody's name)."""
    name = m["n"]
    if (not _is_common_name(name) or name in _NOUNS or name in _GAZETTEER or _is_title_word(name)
            or name[-1] in "族届埠村镇庄湾屯寨坊堡店集" or name.endswith(_HONORIFIC_WORDS) or _full_place(name)
            or _gaz_name_length(name, 0) >= 2):  # (`金陵刻国画作品`: a town's craft)
        return None  # (the reviews: `苏绣大师`, `唐诗书法`, `雷锋刺绣`, `杨家埠剪纸`: a craft, a genre, a subject, a village)
    if not m["hon"] and not (len(name) == 3 and m["medium"] and m["medium"] != "年画"):  # (`杨柳青年画`: a town's craft)
        return None
    return name


_HONORIFIC_WORDS: Final = tuple(_ARTIST_HONORIFIC.split("|"))
_ART_AUTHOR: Final = re.compile(  # `X书法作品《…》`, `护士X的行书作品《…》`, `农民X摄《…》`: the author named before the work
    rf"(?:[^\s]{{0,12}}?(?P<role>{_ROLE_BEFORE_NAME}|{_ROLE_STUDENT}|{_ROLE_UNIT_WORD}))?(?P<name>[\u4e00-\u9fff]{{2,4}}?)的?"
    rf"(?:(?:{_ART_KINDS}|获奖|参赛|入选|入围|{_ART_AWARD})?作品|(?P<shot>摄|攝))"  # `X获奖作品《…》`, `X作品《…》`: the author's work
)


def _name_and_units(result: ParsedName, words: list[str]) -> bool:
    """`《晨光》 张三 市场营销中心`: beside a 《title》, one name and units only (a unit is no place)."""
    names = [w for w in words if _is_name(w)]
    units = [w for w in words if w not in names and len(w) >= 3 and _UNIT_TAIL.search(w)
             and not _SHOT_AT.fullmatch(w) and not w.startswith(("在", "位于"))]  # not `摄于…中心`
    if len(names) != 1 or not units or len(names) + len(units) != len(words):
        return False
    if any(_scan_place(u, 0).first_gaz and not _UNIT_ONLY.fullmatch(u) for u in units):
        return False
    result._set("photographers", names, "《作品》姓名+单位", 0.75)
    result._set("units", units, "《作品》姓名+单位", 0.7)
    return True


def _unsurnamed_entrant(word: str, vouched: bool) -> bool:
    """`《题》吉雅图`, `《题》阿尕卓(某县公安局)`: after a 《work》, alone, a name with no Han surname — a
    Mongolian, Uyghur or Tibetan name in Chinese characters (all but one of three, or half of four, are
    transliteration characters, or a Tibetan name element), or any name shape the entrant's unit vouches for."""
    n = len(word)
    if not 2 <= n <= 4 or not _CJK.fullmatch(word) or word in _NOUNS or _is_title_word(word) or _full_place(word) \
            or word in _GAZETTEER and not vouched or _UNIT_ONLY.fullmatch(word) or _WORK_KIND.fullmatch(word) \
            or _ENTRY_AWARD_RE.search(word) or word in _NEVER_CREDITED or not _NOT_IN_TRANSLIT.isdisjoint(word):
        return False
    translit = sum(ch in _TRANSLIT_CHARS for ch in word)
    shaped = n >= 3 and (translit >= n - 1 or n == 4 and (word[:2] in _TIBETAN_PARTS or word[2:] in _TIBETAN_PARTS))
    if shaped:
        return n == 3 or vouched  # (图 spells 吉雅图, 巴图: _is_name refuses it in a Han given name)
    return vouched and n <= 3 and (_is_name(word, strict=False) or not _has_surname(word) and "图" not in word)


_NOT_IN_TRANSLIT: Final = frozenset("的了是在与片摄之和")  # never in a transliterated name (图 is: 吉雅图)


def _dotted_entrant(word: str) -> bool:
    """`阿依古丽·买买提《题》`, `《题》艾力·吐尔逊`: alone beside a 《work》, a Uyghur, Kazakh or foreign name
    written in two or three parts joined by a middle dot — each part two to six characters, two of the name's
    characters transliteration characters, no part a place, a noun or a title word (`新疆·喀纳斯《晨》`,
    `城市·记忆《夜》`: a place or a theme, no person)."""
    if not _DOTTED_NAME.fullmatch(word) or sum(ch in _TRANSLIT_CHARS for ch in word) < 2 \
            or not _NOT_IN_TRANSLIT.isdisjoint(word):
        return False
    return all(2 <= len(p) <= 6 and p not in _GAZETTEER and not _scan_place(p, 0).end and p not in _NOUNS
               and not _is_title_word(p) for p in _NAME_DOT.split(word))


def _credit_beside_book(result: ParsedName, words: list[str], *, vouched: bool = False) -> None:
    """Next to a 《title》: `郝相东老师的`, `刘扬郑州航海路支行厅堂主管` (a name glued to a unit)."""
    found: list[tuple[str, str | None]] = []
    words = [w for w in words if w.strip()] if len(words) > 1 else words
    if len(words) == 1 and not _is_name(words[0].strip()) and _unsurnamed_entrant(words[0].strip(), vouched):
        result._set("photographers", [words[0].strip()], "《作品》姓名(单位)", 0.65)
        return
    if len(words) == 1 and ("·" in words[0] or "•" in words[0]) and _dotted_entrant(words[0].strip()):
        result._set("photographers", [words[0].strip()], "姓·名《作品》", 0.65)
        return
    for word in (w.strip() for w in words):
        art = _ART_AUTHOR.fullmatch(word)
        if art and art["role"] and len(art["role"]) <= 3 and art["role"] in _ROLE_UNIT_WORDS \
                and (art["name"] in _NOUNS or _full_place(art["name"])):
            art = None  # `中心广场的作品`: a place, no unit and its member
        if art and ((_is_name(art["name"]) if art["role"] or art["shot"] or len(art["name"]) == 3
                     else _is_common_name(art["name"]))  # `葛淑静`: three characters, a rarer surname
                    or len(art["name"]) == 3 and not art["shot"] and _has_surname(art["name"])
                    and _is_name(art["name"], strict=False)):  # `余炳有作品《…》`: 作品 vouches for the name
            found.append((art["name"], None))
            continue
        m = _TEACHER.fullmatch(word)
        if m and (_is_name(m["name"]) if m["hon"] else _is_common_name(m["name"])  # `李绪林的《…》`
                  or len(m["name"]) == 3 and _has_surname(m["name"]) and _is_name(m["name"])  # round 56: `某姓X的《…》`:
                  and m["name"] not in _GAZETTEER and not _full_place(m["name"])  # a rarer surname, three characters,
                  and m["name"][1:] not in _POST_WORDS  # not a post (`某主任的《…》`) nor a word and a unit
                  and m["name"][:2] not in _NOUNS and m["name"][1:] not in _NOUNS):  # (`党支部`, `边防连`)
            found.append((m["name"], None))
        elif _is_name(word):
            found.append((word, None))
        elif (pupil := _CLASS_THEN_NAME.fullmatch(word)) and _is_name(pupil["name"]):
            found.append((pupil["name"], None))  # session 20: `212班某某`: a pupil's class, then the pupil
        elif word and not _is_name(word):
            split = _split_name_unit(word)
            if split:
                found.append(split)
    if len(found) != 1:
        return
    name, unit = found[0]
    result._set("photographers", [name], "《作品》姓名+单位", 0.7)
    if unit:
        result._set("units", [unit], "《作品》姓名+单位", 0.7)


_CLASS_THEN_NAME: Final = re.compile(r"(?:[一二三四五六七八九]年级)?\d{0,4}[(（]?\d{1,2}[)）]?班(?P<name>[\u4e00-\u9fff]{2,3})")


def _split_name_unit(word: str) -> tuple[str, str] | None:
    """`杭宸宇郑州南阳路支行…经理` -> (杭宸宇, 郑州南阳路支行…): a unit opening with a place wins."""
    if _gaz_name_length(word, 0) >= 2:
        return None  # session 20: `杭州采荷第三小学…`: a place opens the unit, no name before it
    for need_place in (True, False):
        for n in (3, 2) if need_place else (3,):
            name, rest = word[:n], word[n:]
            if len(rest) < 3 or not _UNIT_TAIL.search(rest) or not _is_name(name):
                continue
            if not need_place or _gaz_name_length(rest, 0):
                return name, rest
    return None


# a school contest's published file name `年级—专业—姓名—学号—作品名称`: a grade (`2022级`, maybe with the major or
# the class glued after it) opens the name, the major may follow, then the one entrant, the student number (digits,
# dropped: no date, no phone) and the work last
_GRADE_HEAD: Final = re.compile(r"(?:19|20)?\d{2}级(?P<rest>[\u4e00-\u9fff]{0,14}(?:\d{1,2}班)?)")
_GRADE_SPLIT: Final = re.compile(r"\s*(?:[-—_+＋]+|\s)\s*")


def _grade_entry_layout(result: ParsedName, text: str) -> bool:
    parts = [p for p in _GRADE_SPLIT.split(text.strip(" -_+—")) if p]
    head = _GRADE_HEAD.fullmatch(parts[0]) if len(parts) >= 3 else None
    if not head:
        return False
    words = [p for p in parts[1:] if not _DIGITS_ONLY.fullmatch(p)]
    names = [i for i, w in enumerate(words) if _is_name(w) and _has_surname(w)]
    if len(names) != 1:
        return False
    units = ([head["rest"]] if head["rest"] else []) + words[: names[0]]
    work = words[names[0] + 1 :]
    if len(units) > 1 or len(work) != 1 or any(_full_place(u) for u in units):
        return False
    result._set("photographers", [words[names[0]]], "年级-专业-姓名-学号-作品名称", 0.75)
    if units:
        result._set("units", units, "年级-专业-姓名-学号-作品名称", 0.7)
    result.kind = result.family = "contest_entry"
    _set_plain_title(result, work[0].strip(_BRACKETS).strip("《》"), is_title=True)
    return True


_LAYOUT_WORD: Final = re.compile(r"“[^“”]{1,40}”|[^\s\-_+＋—“]+")  # a quoted title is one word
_BRACKETS: Final = "()（）【】[]“”\"'"


# the group an entry is shown in (`手机组`, `相机组`, `教师组`, `青少年组`), a field of a call's published layout
# a contest's category (参赛组别): the entry's group, no title, no name (`风光组`, `小学组`, `三年级组`, `手机摄影类组别`);
# not a crew's or a sport's group (`剧组`, `机组`, `女子组`: session 23's second review)
_ENTRY_GROUP: Final = re.compile(
    r"(?:手机|手机摄影|相机|单反|微单|无人机|航拍|教师|教工|职工|学生|本科生|研究生|少儿|儿童|青少年|成人|老年|专业|业余|社会|单幅|组照"
    r"|彩色|黑白|纪实|艺术|风光|人像|创意|生态|人文|自然|民俗|新闻|数码|鸟类|动物|植物|微距|建筑|城市|乡村|风景|旅游|视频|短视频|绘画|书法"
    r"|摄影|小学|中学|初中|高中|高校|大学|幼儿|幼儿园|[一二三四五六七八九]年级|[低中高]年级|[A-D]|[甲乙丙丁])(?:类组?|组)(?:别)?")  # (session 24, probe B: or a class alone, `纪实类`)

# a school's name ends so (`文学院`, `某某中学`; session 23: a kindergarten, Taiwan's 國小 and 國中, either script)
_SCHOOL_ENDS: Final = ("学院", "大学", "中学", "小学", "学校", "幼儿园", "高中", "國小", "國中", "學院", "大學", "中學", "小學", "學校")


def _unit_layout(result: ParsedName, text: str) -> bool:
    """`作品名-姓名-单位-岗位`, `姓名+作品名+单位` in any order: one name, a unit, a title.

    Only when a segment is plainly a unit (…分行, …部, …公司, …经理): the unit makes the
    layout a staff contest entry, so the one name-shaped segment is the author.
    """
    if not _UNIT_TAIL_ANY.search(text):
        return False
    kinds: list[tuple[str, re.Match[str]]] = []
    name = ""
    units: list[str] = []
    places: list[str] = []
    for m in _LAYOUT_WORD.finditer(text):
        core = m.group(0).strip(_BRACKETS)
        if not core or _DIGITS_ONLY.fullmatch(core):
            continue
        if core[-1:] == "组" and _ENTRY_GROUP.fullmatch(core):
            continue  # round 43: `学院+姓名+学号+手机组+题+电话`: the entry's group (参赛组别), no title
        if not kinds and _EVENT_LEAD.fullmatch(core):
            continue  # session 22: `某某摄影大赛-姓名-学院-学号-题`: the call's name first, no title
        if len(core) == 3 and core[1:] in _SCHOOL_ENDS:
            units.append(core)  # round 43: `文学院`, `商学院`, `医学院`: a school, not a surname and a given name
            kinds.append(("unit", m))
            continue
        if _is_name(core) and not name:
            name, kind = core, "name"
        elif _is_name(core):
            return False  # two names: subjects, not an author
        elif len(core) >= 3 and (_UNIT_TAIL.search(core) or core[-1] == "段" and core.endswith(_RAIL_UNITS)):
            units.append(core)
            kind = "unit"
        elif (glued := _UNIT_NAME.fullmatch(core)) and _is_name(glued["name"]) and not name:
            name, kind = glued["name"], "name"  # `常州支行李莺`
            units.append(glued["unit"])
        elif _full_place(core) and not places:
            places.append(core)
            kind = "place"
        else:
            kind = "title"
        kinds.append((kind, m))
    if not name and result.phones and len(places) == 1 and places[0] in _DIVISIONS and _has_name_shape(places[0]):
        name = places.pop()  # `吴忠+传递+电话+…小学`: beside a phone and a unit, a county-named person
        kinds = [("name", m) if k == "place" else (k, m) for k, m in kinds]
    titles = [i for i, (k, _) in enumerate(kinds) if k == "title"]
    if name and units and not titles and len(places) == 1:
        # `王举文+民俗剪纸进校园+电话+沧海路小学`: an entry always has a title, even a place-shaped one
        titles = [i for i, (k, _) in enumerate(kinds) if k == "place"]
        kinds = [("title", m) if k == "place" else (k, m) for k, m in kinds]
        places = []
    if not name or not units or not titles:
        return False
    run = [titles[0]]
    for i in titles[1:]:
        if i != run[-1] + 1:
            break
        run.append(i)
    if len(run) != len(titles) and run[0] != 0:
        return False  # title words on both sides of the name
    title = text[kinds[run[0]][1].start() : kinds[run[-1]][1].end()].strip(" -_+—")
    if title[:1] == "《" and title[-1:] == "》" and title.count("《") == 1:
        title = title[1:-1]  # (session 22: `…-学号-《题》`: the work's marks)
    rule = "作品名-姓名-单位"
    result._set("photographers", [name], rule, 0.75)
    result._set("units", units, rule, 0.7)
    if places:
        result._set("place", places[0], "place segment", 0.7)
    result.kind = "contest_entry"
    if result.family == "unknown":
        result.family = "contest_entry"
    _set_plain_title(result, title, is_title=True)
    return True


_UNIT_TAIL_ANY: Final = re.compile(  # only whether it matches is used: the plain words as a trie (one pass, not 40 tries a position)
    "(?:" + _trie_pattern([w for w in _UNIT_SUFFIX.split("|") if re.fullmatch(r"[\u4e00-\u9fff]+", w)]
                          + ["经理", "主管", "主任", "岗", "研发", "客服", "工会小组", "党小组", *_RAIL_UNITS])
    + "|" + "|".join(w for w in _UNIT_SUFFIX.split("|") if not re.fullmatch(r"[\u4e00-\u9fff]+", w))
    + r")(?=$|[\s\-_+＋—)）])"
)


# round 60: a post (a campus's or an office's staff page, `某某-教授`) after a name is what the person is, no work's title
_PORTRAIT_POSTS: Final = _POST_WORDS | frozenset("教授 副教授 院士 研究员 副研究员 讲师 博士 教练".split())


_JOB_ENDS: Final = tuple("司机 医师 民警 劳模 工程师 技师 焊工 乘务员 列车长 检修工 巡线工 机长 "
                         "司機 醫師 勞模 工程師 技師 乘務員 列車長 檢修工 巡線工 機長".split())


# session 23: the words an entrant's employer or department ends in, written beside the entrant's name (an office, a
# school's department, a company, a library): the entrant's unit, never where the picture was taken. Narrower than
# contests._ENTRANT_UNIT_ENDS on purpose: a school or a hospital beside a name is as often where (the reviews'), and a
# 中心 only an organisation's (`某某-城市中心-车流` is a city's centre)
_EMPLOYER_ENDS: Final = ("学院", "系", "政府", "公司", "集团", "局", "银行", "支行", "分行", "學院", "集團", "信息中心", "服务中心",
                         "疾控中心", "融媒体中心", "数据中心", "指挥中心", "调度中心", "管理中心", "培训中心", "研发中心", "客服中心")
# a library, an archive or a museum by its kind alone (a named one, `某省博物馆`, is where the picture was taken, the review's)
_BARE_EMPLOYERS: Final = frozenset("图书馆 档案馆 博物馆 文化馆 圖書館 檔案館 博物館 文化館".split())


_NOT_DEPARTMENTS: Final = ("色系", "日系", "韩系", "森系", "星系", "水系", "体系", "关系", "派系", "银河系")  # (the second review's)
# what the picture shows of a unit named before it (`某某-某区政府-大楼`): the unit is then where, no employer
_SPOT_AFTER_UNIT: Final = ("大楼", "大门", "门口", "广场", "前广场", "办公楼", "大厅", "外景", "夜景", "全景")


_PRESS_UNIT_ENDS: Final = ("傳媒", "传媒", "日報", "日报", "晚報", "晚报", "時報", "时报", "新聞", "新闻", "電視", "电视", "週刊", "周刊",
                       "雜誌", "杂志", "通訊社", "通讯社", "報導者", "自由攝影工作者", "自由摄影工作者", "自由攝影師", "自由摄影师")


def _is_entrant_unit(seg: str) -> bool:
    return (seg in _BARE_EMPLOYERS or len(seg) == 4 and seg[0] in "省市区县镇乡校" and seg[1:] in _BARE_EMPLOYERS  # `市图书馆`
            or 3 <= len(seg) <= 16 and seg.endswith(_EMPLOYER_ENDS) and not seg.endswith(_NOT_DEPARTMENTS)) \
        and _CJK.fullmatch(seg) is not None and not _is_name(seg)



def _is_unit_field(seg: str) -> bool:
    """A field that names the entrant's unit: an office, a school or a company by its suffix, or an employer."""
    return _UNIT_ONLY.fullmatch(seg) is not None or _is_entrant_unit(seg)


def _lead_field(word: str) -> str:
    """What a segment before an entrant's name is: "unit" (a class, a school), "skip" (the call's name, the entry's
    group, a student's number), or "" (none of these: the name's first word)."""
    if word[-1] == "班" and _CLASS_ALONE.fullmatch(word) or word.endswith(_SCHOOL_ENDS) and _UNIT_ONLY.fullmatch(word):
        return "unit"
    if _EVENT_LEAD.fullmatch(word) or _ENTRY_GROUP.fullmatch(_simplified(word)):
        return "skip"  # (the second review's: not a crew or a sports event's group, `剧组-某某-…`, `女子组-某某-…`)
    digits = word[2:] if word[:2] in ("学号", "學號") else word
    return "skip" if digits.isdigit() and _student_number(digits) else ""




def _lead_name_title(result: ParsedName, text: str, segments: list[tuple[str, int]]) -> bool:
    """`作者-作品名` (`石彦科-秋色万丰湖`, `张中泽+黄山奇峰`): a name first, a title after it.

    Only when no other segment is a name (`王磊 张敏` are two subjects) and the rest is not
    just a place (`陆岗-北京南站` is name + place, read by the segment peeler).
    """
    words = [seg.strip() for seg, _ in segments if seg.strip()]
    if len(words) < 2 or result.photographers:
        return False
    # session 22: segments before the entrant's name: the call's (`某某摄影大赛-某某-学院-学号-题`, an email's subject), the
    # entry's group, the entrant's school and class (`初二(1)班-某某-题`, kept as the unit) or student number (session 23:
    # two of them, `某某中学-初二(1)班-某某-题`, `2021484607-某某-题`)
    segments = [s for s in segments if s[0].strip()]
    units: list[str] = []
    peeled = 0
    while peeled < 2 and len(words) - peeled >= 3 and not _is_name(words[peeled]) and (field := _lead_field(words[peeled])):
        if field == "unit":
            units.append(words[peeled])
        peeled += 1
    if peeled and (not _is_name(words[peeled])
                   or not _reads_as_name(words[peeled]) and any(map(_reads_as_name, words[peeled + 1:]))):
        return False  # (session 24's review: `学号_白鹭_某建国`: the person's name is the other word)
    words, segments = words[peeled:], segments[peeled:]
    lead, unit = words[0], " ".join(units)
    glued = _UNIT_NAME.fullmatch(lead) if not _is_name(lead) else None
    if glued and _is_name(glued["name"]) and ("班" in glued["unit"] or _is_common_name(glued["name"])):
        lead, unit = glued["name"], glued["unit"]  # `会计1501班何海燕-淋漓的放飞`, `某某支行王丽-微笑服务`
    if "、" in lead and not unit:  # session 22: `某某小学、二(4)班、某某+题` (a published rule): school, class, entrant
        *bodies, person = lead.split("、")
        if _is_name(person) and 1 <= len(bodies) <= 2 and _CLASS_ALONE.fullmatch(bodies[-1]) \
                and all(_UNIT_ONLY.fullmatch(b) and not _CLASS_ALONE.fullmatch(b) for b in bodies[:-1]):  # (one school,
            # one class: two classes or two offices before a name and an event are people at it, the third review's)
            lead, unit = person, "、".join(bodies)
    numbered = (_NAME_NUMBER.fullmatch(lead) if lead[-1:].isdigit()
                else _NUMBER_NAME.fullmatch(lead) if lead[:1].isdigit() else None)
    if numbered and _is_name(numbered["name"]) and _has_surname(numbered["name"]) and _student_number(numbered["n"]):
        lead = numbered["name"]  # session 22: `某某2022055623_题`: a student's number glued to the entrant's name (session
        # 23, probe B: or before it, `2022011760某某+题`)
    sep = text[segments[0][1] : segments[0][1] + 1]
    spaced = sep in (" ", "\u3000") and (result.kind == "contest_entry" or _spaced_author_title(words)
                                         or len(words) >= 3 and words[1].isdigit() and _student_number(words[1])
                                         or lead != words[0] and numbered is not None)
    # (session 22: `某某 20218744 题`: a number between the name and the work says an entry)
    if ((sep in (" ", "\u3000", ",", "，", "。", ";", "；") and not spaced) or not _is_name(lead)
            or lead in _NOUNS  # session 23: `方案_初稿_某某`: a common noun opens the name, no entrant
            or _scan_place(lead, 0).first_gaz
            or any(_is_name(w) and not _title_beside_name(w, lead) for w in words[1:])):
        return False
    rest = segments[1:]
    while len(rest) > 1 and _DIGITS_ONLY.fullmatch(rest[0][0].strip()):
        rest = rest[1:]  # session 22: `郭晶+2023481961+追光者`: a student's or an entry's number between name and work
    if len(rest) > 1 and not unit and _is_entrant_unit(rest[0][0].strip()) \
            and not rest[1][0].strip().startswith(_SPOT_AFTER_UNIT):  # (`某某-某区政府-大楼`: the building photographed)
        unit, rest = rest[0][0].strip(), rest[1:]  # session 23: `某某+某镇人民政府+题`, `某某-图书馆-题`: the entrant's unit
    start = rest[0][1] - len(rest[0][0])
    probe = ParsedName(filename=result.filename)
    left = _classify_segments(probe, rest, title_slot=True)
    if not left and len(rest) == 1 and not _scan_place(rest[0][0].strip(), 0).strong:
        left, probe = rest, ParsedName(filename=result.filename)  # `张中泽+黄山奇峰`: a landscape title
    if not left or probe.photographers:
        return False
    title = text[start : left[-1][1]].strip(" -_+—,，")
    if title in _DIVISIONS and _has_name_shape(title):
        return False  # `秋色-高明`: the second word may be the person
    if not title or (_full_place(title) and _scan_place(title, 0).strong):
        return False  # `陆岗-北京南站` is a name and a place; `张中泽+黄山奇峰` a landscape title
    if title in _PORTRAIT_POSTS:
        return False  # round 60: `某某-教授`, `某某 院长`: a person and their post label a portrait; no work, no author
    if len(words) == 2 and sep in (" ", "\u3000") and words[1].endswith(_JOB_ENDS) and "的" not in words[1] \
            and len(words[1]) <= 10:
        return False  # session 12: `某某 复兴号高铁司机`: a name, a space, who the person is: a profile
    result._set("photographers", [lead], "姓名-作品名", 0.75)
    if unit:
        result._set("units", [unit], "班级姓名-作品名", 0.7)
    if probe.place and not result.place:
        result._set("place", probe.place, "place segment", 0.7)
    result.kind = "contest_entry"
    if result.family == "unknown":
        result.family = "contest_entry"
    _set_plain_title(result, title, is_title=True)
    return True


def _spaced_author_title(words: list[str]) -> bool:
    """`张欣怡 一带一路`: a full name (common surname, three characters) and a short title after a
    space, as children's and school contest lists write them. Two-character names (`石林 风光`)
    are too often words to be read this way."""
    if len(words) != 2:
        return False
    lead, title = words
    return ((len(lead) >= 3 or _phrase_title_after_name(lead, title)) and _is_common_name(lead) and 2 <= len(title) <= 8
            and _CJK.fullmatch(title) is not None and not _full_place(title)
            and not _UNIT_ONLY.fullmatch(title) and not _GROUP_LABEL.fullmatch(title)  # `王小明 三年级`
            and not _SUBJECT_ACTION.search(title))  # `陈江洪 签名留念`: the person is doing it


def _phrase_title_after_name(lead: str, title: str) -> bool:
    """`王晨 春天的约定`: a two-character name is read before a title written as a phrase (X的Y, four
    characters or more): a word is not followed by one (`石林 风光` stays a place and a word)."""
    return len(lead) == 2 and len(title) >= 4 and "的" in title[1:-1] and not _scan_place(lead, 0).end


# What a person in a news photo is doing (`陈江洪 签名留念`, `李明 出席会议`): after a name these
# make the name the subject, not an author.
_SUBJECT_ACTION: Final = re.compile(
    _trie_pattern(
        "签名 签字 留念 合影 留影 讲话 发言 致辞 会见 接见 看望 慰问 题词 颁奖 领奖 演讲 演唱 献唱 主持 "
        "接受 采访 出席 参加 参观 考察 视察 调研 检查 指导 访问 授课 讲课 宣讲 签约 揭牌 剪彩 报告 "
        "在 与 和 为 向 给 接 送 做 正在 工作 生活 表演 比赛 训练 学习 聊天 交流 座谈".split()
    )
)


_ARTIST_TITLE: Final = re.compile(r"(?P<who>[\u4e00-\u9fff]{2,4}) - (?P<title>[^-]+)")


def _artist_title(result: ParsedName, text: str) -> bool:
    """`周杰伦 - 青花瓷`: `Artist - Title` (spaces round a single hyphen) is the media players'
    convention; the person performs the work shown (a cover, a poster), the photo is not theirs."""
    m = _ARTIST_TITLE.fullmatch(text)
    if not m or not _is_name(m["who"]) or _is_name(m["title"].strip()):
        return False
    result._set("title", m["title"].strip(), "Artist - Title", 0.6)
    result.warnings.append("Artist - Title: the person is the performer, not the photographer")
    result.kind = result.family = "titled"
    return True


def _lead_place_title(result: ParsedName, segments: list[tuple[str, int]]) -> bool:
    """`三都近代建筑群-天主堂正面`: a named site, then what of it the picture shows."""
    words = [seg.strip() for seg, _ in segments if seg.strip()]
    if len(words) != 2 or result.photographers:
        return False
    site, what = words
    scan = _scan_place(site, 0)
    if len(site) < 3 or not _full_place(site) or not (scan.strong or scan.first_gaz):
        return False
    if (_is_name(what) or _full_place(what) or not _CJK.fullmatch(what) or len(what) > 10
            or _DIGITS_ONLY.fullmatch(what) or what[-2:] == "作品" and _segment_credit(what)):
        return False  # round 48: `宏村——张三作品`: whose work, the credit the segment peeler reads
    result._set("place", site, "place segment", 0.7)
    _set_plain_title(result, what, is_title=True)
    return True


# session 13: a phone's slot where the page masked the number (`***`, `138****5678`): phones._MASKED_PHONE has taken it
# off the text, the file name still holds it, closing the name
_MASKED_PHONE_LAST: Final = re.compile(r"[+＋_\-\s](?:\*{3,}|1\d{2}\*{4}\d{4})(?:_副本|\s*\(\d\))?\.\w{2,5}$")


def _name_phone_title(result: ParsedName, segments: list[tuple[str, int]]) -> bool:
    """`姓名+电话+作品名` in any order: one name beside a phone number (or its masked slot) is the photographer."""
    if not result.phones and not ("*" in result.filename and _MASKED_PHONE_LAST.search(result.filename)):
        return False
    words = [s.strip() for s, _ in segments if s.strip() and not _DIGITS_ONLY.fullmatch(s.strip())]
    names = [w for w in words if _is_name(w)]
    if len(names) == 2 and sum(map(_reads_as_name, names)) == 1 \
            and not any(_is_common_name(w) and not _reads_as_name(w) for w in names):
        names = [w for w in names if _reads_as_name(w)]  # session 24 (probe B): `…+某某某+麦浪+电话`: the work may
        # read as a name; the one whose given name is a person's is the entrant's, where the other has no common
        # surname either (its review: `某晓东+金沙滩` credited the beach; `马兰花+某某` may be two people)
    units = [w for w in words if w not in names and _is_unit_field(w)] \
        if len(words) == 3 else []  # (and `单位+姓名+作品名+电话`: the entrant's unit opens the name)
    if len(names) != 1 or len(words) - len(units[:1]) != 2:
        return False
    rule = "姓名+电话+作品名"
    result._set("photographers", names, rule, 0.8)
    if units:
        result._set("units", units[:1], rule, 0.7)
    title = " ".join(w for w in words if w != names[0] and w not in units[:1])
    if title[:1] == "《" and title[-1:] == "》" and "《" not in title[1:]:
        title = title[1:-1]  # (session 24: `某某+<phone>+《题》`: the work's marks, as everywhere)
    result._set("title", title, rule, 0.8)
    result.kind = result.family = "contest_entry"
    if title[-1:] == "居" and _named_home(title):  # round 54: `某某故居+姓名+电话`: the work's title names where
        result._set("place", title, "named residence as title", 0.6)
    _place_part(result, title)  # `大钟广场夜景+张三+…`: a view of a named place
    _place_head(result, title)
    return True


_SPLIT_NAME: Final = re.compile(r"(?<![\u4e00-\u9fff])([\u4e00-\u9fff])[ \u3000]([\u4e00-\u9fff])(?![\u4e00-\u9fff])")


_QUOTED: Final = re.compile(r"“[^“”]{1,40}”")


def _segments(text: str) -> list[tuple[str, int]]:
    """(segment, end offset) pairs split on the separators editors use."""
    out: list[tuple[str, int]] = []
    pos = 0
    quoted = [q.span() for q in _QUOTED.finditer(text)] if "“" in text else []
    for m in _SEGMENT_SEP.finditer(text):
        if any(a < m.start() < b for a, b in quoted):
            continue  # `“长青银行 百年民生”-王陆`: a quoted title keeps its spaces
        if m.group(0) == "-" and text[m.start() - 1 : m.start()].isdigit() and text[m.end() : m.end() + 1].isdigit() \
                and text[m.end() + 1 : m.end() + 2] > "\u4e00":
            continue  # round 51: `某某6-1油田`: a dash between digits inside a name (a field's, a block's number)
        if m.start() > pos:
            out.append((text[pos : m.start()], m.start()))
        pos = m.end()
    if pos < len(text):
        out.append((text[pos:], len(text)))
    return out


def _plain_words(seg: str) -> bool:
    """Words a title may be: Chinese only, no person's name, no award or grade (`一等奖`, `8岁`, `五(3)班`)."""
    return (_CJK.fullmatch(seg) is not None and not _is_name(seg) and not seg.endswith(("奖", "老师", "班", "组"))
            and not _full_place(seg))


# session 22 (a probe of published contest rules: `组别+作品名+作者姓名+年龄+所在区县+指导教师+电话`): the entrant's age
# after the name marks that name as the entrant's; what follows it (the county the child lives in, the teacher's name,
# the phone) names no photographer and no place (a `指导老师：X` note is taken off before, by text_body)
_AGE_GROUP: Final = re.compile(r"(?:儿童|少儿|青少年|少年|成人|幼儿|小学|中学|初中|高中|学生|老年)组")  # (a prefix read off before)
_AGE: Final = re.compile(r"\d{1,2}\s*(?:周)?岁")


def _entry_with_age(result: ParsedName, segments: list[tuple[str, int]]) -> bool:
    """`儿童组+题+姓名+6岁+县+老师+电话`: the work before the entrant's name, the entrant before the age."""
    words = [seg.strip() for seg, _ in segments if seg.strip()]
    k = next((i for i, w in enumerate(words) if _AGE.fullmatch(w)), -1)
    if k < 1 or not (_is_name(words[k - 1]) or _is_spelt_name(words[k - 1], vouched=True)) or words[k - 1] in _NOUNS:
        return False
    head = [w for w in words[: k - 1] if not _GROUP_LABEL.fullmatch(w) and not _is_work_kind(w)]
    if len(head) != 1 or _is_name(head[0]):
        return False  # one work only; two names (`某某+某某+6岁`) say nothing of whose the work is
    if not (any(_GROUP_LABEL.fullmatch(w) or _is_work_kind(w) for w in words) or _AGE_GROUP.search(result.filename)):
        return False  # an entry says so by its group (`儿童组`) or kind of work; `留守儿童-某某-8岁`, `寻人启事-某某-6岁-电话`
        # (the third review's) are a child or a missing person pictured, with a phone or not
    result._set("photographers", [words[k - 1]], "作品+姓名+年龄", 0.75)
    result.kind = result.family = "contest_entry"
    _set_plain_title(result, head[0].strip("《》"), is_title=True)
    return True


# session 24 (probe B): a work's label, its title, then its medium glued to its size (`题-水粉180×97cm`,
# `题-青花瓷板画50X50CM`): the words before the size are the work, never a person (`秋声`, `牧羊女`) or a place (`渔港`)
_MEDIUM_SIZE: Final = re.compile(r"(?P<m>[\u4e00-\u9fff]{0,6})\d+(?:\.\d+)?\s*[xX×*]\s*\d+(?:\.\d+)?\s*(?:cm|CM|mm|厘米|公分)?")


def _sized_work(result: ParsedName, segments: list[tuple[str, int]]) -> bool:
    """`题-水粉180×97cm`: two segments, the second a medium and a size (or a size alone): the first is the title."""
    if len(segments) != 2 or not segments[1][0][-1:].isalnum():
        return False
    title, label = segments[0][0].strip(), segments[1][0].strip()
    m = _MEDIUM_SIZE.fullmatch(label)
    if not m or not 2 <= len(title) <= 12 or not _CJK.fullmatch(title) or _is_common_name(title) \
            or m["m"] and _is_plain_common_name(m["m"]) or not (m["m"] or label[-1:].isalpha()) or _place_segment(title):
        return False  # (`张伟-68x68cm`, `题-张三50x50`: a name beside the size, read as it was; the review's: a screen's
        # pixels or a ratio, `张家界-1920X1080`, `某地-2x1`, and a place before them are no work's label)
    result._set("title", title, "作品名-材质尺寸", 0.8)
    result.kind = result.family = "artwork"
    return True


def _is_work_kind(seg: str) -> bool:
    """`水彩画`, `儿童水彩画`, `少儿国画`: a medium, or whose it is and a medium."""
    return seg in _MEDIA_SET or seg[:2] in ("儿童", "少儿", "学生") and seg[2:] in _MEDIA_SET


_PLACE_OFFICE: Final = re.compile(r"(?P<place>[\u4e00-\u9fff]{2,12}?[省市县區区镇鎮乡鄉村里])(?:[\u4e00-\u9fff]{0,6}?)"
                                  r"(?:[省市县縣区區镇鎮乡鄉村里]长|[省市县縣区區镇鎮乡鄉村里]長|書記|书记|主任|代表|議員|议员)")


def _office_of_place(seg: str) -> bool:
    """`瑪家鄉鄉長`, `某县某村村长`, `某镇党委书记`: an office of a named place (not `老村长`, `我们的村长`: a work's words)."""
    return len(seg) >= 4 and seg[-1] in "长長记任表员員" and (m := _PLACE_OFFICE.fullmatch(seg)) is not None \
        and _full_place(m["place"])


def _classify_segments(
    result: ParsedName, segments: list[tuple[str, int]], *, title_slot: bool
) -> list[tuple[str, int]]:
    """Peel recognised segments off the end; returns the unrecognised head (the title)."""
    names: list[str] = []
    units: list[str] = []
    places: list[str] = []
    rules: list[str] = []
    items = list(segments)
    while items:
        last = title_slot and (len(items) == 1 or all(map(_no_title, items[:-1]))
                               and not _reads_as_name(items[-1][0].strip()))  # ((speed) the cheap test first)
        # (session 24, probe B: `2022011722-毕业季`: after a student's number or an entry's group alone, a word is in the
        # title's slot, a common name the entrant's, `2021484607-刘海燕`; so is a second name, `风光组_白鹭_某某某`)
        after_name = len(items) >= 2 and _is_clear_name(items[-2][0])
        after_unit = not names and len(items) >= 2 and len(items[-1][0].strip()) == 4 \
            and _UNIT_TAIL.search(items[-2][0].strip()) is not None
        kind, value = _classify_segment(items[-1][0], last=last, names=bool(names), places=bool(places),
                                        after_name=after_name, after_unit=after_unit, vouched=bool(result.phones),
                                        inner=len(items) < len(segments))  # (a segment peeled after it: not the name's end)
        if kind == "names" and value[1] == "作品名-X、Y" and len(items) == 2 \
                and (len(head := items[0][0].strip()) <= 2 or head in _NOUNS):
            kind = None  # (session 24's review: `演员-某某、某某`, `品牌-某某、某某`: a class of things and its members)
        if kind == "place" and units and value[0].endswith(_SCHOOL_ENDS):
            kind, value = "unit", (value[0],)  # (its review: `某市某小学-五年级3班-某某-《题》`: the class's school)
        if kind == "name" and value[1] == "作品名-姓名" and not names and len(items) >= 2 \
                and _office_of_place(items[-2][0].strip()):
            kind = None  # session 25 (set 133): `某鄉鄉長 某某`, `某村村長 某某`: a place's office, then who holds it: the
            # person pictured, named as captions name them, no author
        if kind == "name" and value[1] == "作品名-姓名" and not names and len(items) >= 2 \
                and _place_segment(items[-2][0].strip()):
            if places:
                kind = None  # session 24 (probe C): `某市 解放碑 步行街`, `某市 某某垵 小吃街`: a word between two places
                # is the first place's part or a sight, no person
            elif len(items) == 2 and not _reads_as_name(seg := items[-1][0].strip()) and not _is_common_name(seg):
                kind = "skip"  # after a known place alone, a word that no person's name is (`某湖 双廊`, `某地 牛奶海`,
                # `某桥| 元遗构`): no person; the place is read
        if kind is None:
            break
        items.pop()
        if kind == "name":
            names.insert(0, value[0])
            rules.insert(0, value[1])
        elif kind == "names":
            names[:0] = value[0]
            rules.insert(0, value[1])
        elif kind == "unit+name":
            units.insert(0, value[0])
            names.insert(0, value[1])
            rules.insert(0, "unit + name")
        elif kind == "unit":
            units.insert(0, value[0])
        elif kind == "name+place":
            names.insert(0, value[0])
            places.insert(0, value[1])
            rules[:0] = ["X 摄于", "摄于"]
        elif kind == "place":
            places.insert(0, value[0])
            rules.insert(0, value[1])
    _store_segments(result, names, units, places, rules, has_title=bool(items) or not title_slot)
    return items


def _place_segment(seg: str) -> bool:
    """A segment that is a known place: gazetteer names and suffixes end to end (`重庆`, `某省某市某湖`; not a title
    ending in a suffix's character, `梦里水乡`)."""
    return (scan := _scan_place(seg, 0)).first_gaz and scan.end == len(seg)


def _no_title(segment: tuple[str, int]) -> bool:
    """A segment no title is: a number, an entry's group or class (`风光组`, `纪实类`)."""
    seg = segment[0].strip()
    return bool(_DIGITS_ONLY.fullmatch(seg) or _GROUP_LABEL.fullmatch(seg) or seg[-1:] == "类" and _ENTRY_GROUP.fullmatch(seg))


def _store_segments(
    result: ParsedName, names: list[str], units: list[str], places: list[str], rules: list[str], *, has_title: bool
) -> None:
    if names and (has_title or places) and not result.photographers:
        rule = next((r for r in rules if r not in ("place", "摄于")), "作品名-姓名")
        result._set("photographers", names, rule, 0.8)
        if result.kind == "unknown":
            result.kind = result.family = "contest_entry"
    elif names and not has_title and not places:
        result.warnings.append("a lone person name is read as the subject, not the photographer")
    if units:
        result._set("units", units, "unit before name", 0.7)
    if places and not result.place:
        marked = next((r for r in rules if r.startswith("摄于")), None)
        result._set("place", " ".join(places), marked or "place segment", 0.85 if marked else 0.7)


def _is_spelt_name(seg: str, *, vouched: bool) -> bool:
    """A Uyghur, Kazakh or Mongolian name, dotted (`热依拉·买买提`) or, where the entry vouches for a person (a phone
    number, an age after it), written whole in four characters or more of such names' spelling (`阿依古丽`, `乌兰托娅`;
    a foreign city is spelt so too, `亚特兰大`), none a place's (`乌兰察布`, `塔克拉玛干`): an entrant's segment of its own."""
    if "·" in seg or "•" in seg:  # (each part short, most characters a transliteration's: not `城市·记忆`, `新疆·喀纳斯`)
        letters = seg.replace("·", "").replace("•", "")
        return _DOTTED_NAME.fullmatch(seg) is not None and max(map(len, _NAME_DOT.split(seg))) <= 6 \
            and sum(ch in _TRANSLIT_CHARS for ch in letters) >= 0.6 * len(letters)
    return vouched and len(seg) >= 4 and _is_transliterated_name(seg) and _is_name(seg, strict=False) and seg not in _GAZETTEER \
        and not _scan_place(seg, 0).first_gaz


def _is_clear_name(seg: str) -> bool:
    """A segment that is a person's name and not also a county's (`张雪琴`, not `周宁`)."""
    return _is_name(seg) and seg not in _DIVISIONS and not _scan_place(seg, 0).first_gaz


def _classify_segment(
    seg: str, *, last: bool, names: bool, places: bool, after_name: bool = False, after_unit: bool = False,
    vouched: bool = False, inner: bool = False,
) -> tuple[str | None, tuple[Any, ...]]:
    """What one segment is: name, unit(+name), place, skip (numbers, sizes) or None (title), and its
    strings (for `names`, a tuple of names, then the rule)."""
    seg = seg.strip()
    if not seg:
        return "skip", ()
    if _DIGITS_ONLY.fullmatch(seg) or _SIZE_SPEC.fullmatch(seg) or seg in _MEDIA_SET or seg in ("局部", "细部"):
        return ("skip", ()) if not last else (None, ())  # (round 22: a medium, `水彩`, is no name either)
    if not last and not names and _GROUP_LABEL.fullmatch(seg):
        return "skip", ()  # `生活场景-阮婉豫-绘画高年级组`: the entry's age group or category
    if seg[:1] == "拍" and _SHOT_WHEN.fullmatch(seg):
        return "skip", ()
    m = _SHOT_AT.fullmatch(seg)
    if m and _opens_on_a_day(m["p"]):
        m = None
    if m and m["who"] and _is_name(m["who"], strict=False):
        return "name+place", (m["who"], _trim_place(m["p"]))
    if m and not m["who"]:
        where = _trim_place(m["p"])
        if where not in _NO_PLACE_GIVEN and seg.startswith(("拍摄地点", "拍攝地點")) and seg[4:5] not in ":：" \
                and not _opens_on_place(where):
            return None, ()  # (the second review's: `拍摄地点附近的小吃`, `拍摄地点为北京`: words, no form's key)
        return ("skip", ()) if where in _NO_PLACE_GIVEN else ("place", (where, "摄于"))  # (`拍摄地点同上`: a blank)
    credit = _segment_credit(seg)
    if credit:
        return "name", credit
    if not last and "、" in seg and seg[-2:] != "作品" and 2 <= len(people := seg.split("、")) <= 4 \
            and all(len(p) >= 3 and _is_common_name(p) and _reads_as_name(p) for p in people):  # (full names with
        # people's given names: not `张家、李家`, `王家村、李家庄`, `马蹄莲、金银花`)
        return "names", (tuple(people), "作品名-X、Y")  # session 24 (probe B): `题-某某某、某某某`: two authors after the work
    if seg[-2:] == "作品" and "、" in seg:  # session 13: `胡某某、刘某某作品`: two or more authors of one work (a bare
        authors = seg[:-2].rstrip().split("、")  # list without 作品 names the people pictured as often as the authors)
        if 2 <= len(authors) <= 4 and all(_is_plain_common_name(a) for a in authors):  # (not `张家、李家`, `梅花、兰花`)
            return "names", (tuple(authors), "X、Y 作品")
    if not last and len(seg) == 3 and seg[-1] in _BUILDING_LAST and _CJK.fullmatch(seg):
        return "place", (seg, "place")  # session 14: `杭州-杜甫祠-X摄`: a shrine, a temple, a palace, not a person
    if not last and _is_name(seg) and seg not in _NOUNS and not _scan_place(seg, 0).first_gaz \
            and (not names and (len(seg) >= 3 or _is_common_name(seg) or _reads_as_name(seg))
                 or _is_plain_common_name(seg) or len(seg) >= 3 and _is_common_name(seg)):  # (session 23's
        return "name", (seg, "作品名-姓名")  # review: `古牌坊-墨香-某某`, a second name of two characters has a common
    # surname and is no word; session 24, probe B: three, `…-毕业季-某某`; its review: a first one of two characters, a
    # common surname or a person's given name, `…-某某-查房`)
    if not last and not names and _is_spelt_name(seg, vouched=vouched):
        return "name", (seg, "作品名-姓名")  # session 22: `题+热依拉·买买提+电话`, `题+阿依古丽+电话`
    if (not last and not names and seg in _DIVISIONS and _has_name_shape(seg) and not (after_name and len(seg) >= 3)
            and (seg not in _HAND_GAZETTEER or seg in _AMBIGUOUS_PLACES)):  # 杭州, 常州: a city, never a person
        return None, ()  # `秋色-周宁`: a county or a person? neither is read (`…-张雪琴-武陵源`: after a name, a place)
    if last and names and seg in _HAND_GAZETTEER and seg not in _AMBIGUOUS_PLACES:
        return None, ()  # `济州岛-王冰鑫`: a bare place name in the title slot is the work's title
    if seg[-1:] == "段" and len(seg) > 3 and seg.endswith(_RAIL_UNITS):
        return "unit", (seg,)  # round 61: `某某工务段`, a railway unit: the entrant's employer, not where
    if after_name and len(seg) >= 3 and seg.endswith(_PRESS_UNIT_ENDS) and _CJK.fullmatch(seg):
        return "unit", (seg,)  # session 25 (set 134): `年度最佳新聞照片-某某-鏡傳媒`, `…-某某-自由攝影工作者`: the
        # photographer's outlet, or his being freelance, after his name (a press-photo award's line)
    if after_name and inner and not last and _is_entrant_unit(seg):
        return "unit", (seg,)  # session 23: `…-某某-信息学院-学号-《题》`, `题-某某-某市档案馆`: the unit the entrant named
    if _full_place(seg, beside_name=last and names) and seg not in _NOUNS:  # `高楼`: a noun, no named place
        return "place", (seg, "place")
    if last:  # the title slot: a name here is the subject, unless a place took the title's role
        if places and not names and _is_name(seg) and seg not in _NOUNS and (
                len(seg) >= 3 and seg[:2] not in _NOUNS and not _is_title_word(seg[:2]) or _reads_as_name(seg)
                or _is_plain_common_name(seg)):  # (session 23's review: `墨香-古牌坊`, `牧归-古角楼`: a word before a
            return "name", (seg, "姓名-地点")  # place; session 24, probe B: `平安夜-某县某古镇`, a word opening three
            # characters before a place is the work, and its review: a person's given name makes one of two characters)
        return None, ()
    if _is_name(seg) and seg not in _NOUNS and (len(seg) >= 3 or _is_plain_common_name(seg)
                                                 or not names and (_is_common_name(seg) or _reads_as_name(seg))):
        return "name", (seg, "作品名-姓名")  # `晨曦-高楼`, `草原_羊群`: a common noun, not a person
    if after_unit and (seg[:2] in _TIBETAN_PARTS or seg[2:] in _TIBETAN_PARTS) and _CJK.fullmatch(seg) \
            and seg not in _NOUNS and not _full_place(seg) and _NOT_IN_NAMES.isdisjoint(seg) and not _is_title_word(seg):
        return "name", (seg, "作品名-单位-姓名")  # `题-某某分局-某某扎西`: a Tibetan name after the entrant's unit
    if not names and len(seg) == 3 and seg[0] in _COMMON_SURNAMES and "为" in seg[1:] and seg not in _NOUNS \
            and _NOT_IN_NAMES.isdisjoint(seg[1:].replace("为", "")) and seg[:2] != "何为" \
            and "我" not in seg and "你" not in seg and _is_name(seg, strict=False):
        return "name", (seg, "作品名-姓名")  # `…-李志为`: 为 in a given name (为民, 志为), a segment of its own
    m = _UNIT_NAME.fullmatch(seg)
    if m and _is_name(m["name"]):
        return "unit+name", (m["unit"], m["name"])
    if _UNIT_ONLY.fullmatch(seg):
        return "unit", (seg,)
    return None, ()


_BUILDING_LAST: Final = frozenset("祠寺庙宫")  # a shrine's, a temple's, a palace's last character (not 殿, 阁, 陵: given names, 宝殿)
_SHOT_AT: Final = re.compile(r"(?P<who>[\u4e00-\u9fff]{2,4}?)?(?:拍摄于|摄于|(?<![\u4e00-\u9fff])(?:(?:拍摄|拍攝)地[点點][:：]?"
                             r"|地[点點][:：])\s*)(?P<p>.+)")  # (session 23: `…-拍摄地点某园`, the key glued to where)
# session 23: `…-拍摄时间20211209`, `…-拍摄地点-某地`: a form's key of when or where, alone (the day is read from the
# whole name, and taken out of it, before the segments are; where stands in the next segment)
_SHOT_WHEN: Final = re.compile(r"(?:拍摄|拍攝)(?:时间|時間|日期|地点|地點)[:：]?")
_EVENT_LEAD: Final = re.compile(r"[\u4e00-\u9fff\d“”]{2,16}(?:大赛|摄影赛|征集|征稿|征文|评选)(?:投稿|参赛|作品)?")  # (not
# an exhibition: `个人摄影展_某某_剪彩` names a guest at it)
_NAME_NUMBER: Final = re.compile(r"(?P<name>[\u4e00-\u9fff]{2,4})(?P<n>[1-9]\d{6,9})")
_NUMBER_NAME: Final = re.compile(r"(?P<n>[1-9]\d{6,9})(?P<name>[\u4e00-\u9fff]{2,4})")
_DATED_DIGITS: Final = re.compile(r"(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])?(?:[01]\d|2[0-3])?\d*")


def _student_number(digits: str) -> bool:
    """A student's or an entry's number: seven to ten digits, not from 0, not a day or a month (`20140302`, `201802`:
    a date beside a name) — the third review's (an identity card's 18 digits, a ticket's 6, an invoice's from 0)."""
    return 7 <= len(digits) <= 10 and digits[0] != "0" and (
        len(digits) == 10 or not _DATED_DIGITS.match(digits))  # (session 24, probe B: `2022011760`, a year's
    # intake, a college's 01 and a seat; a day and an hour without minutes is no camera's or phone's stamp)
_CLASS_ALONE: Final = re.compile(r"(?:\d{2,4}级)?[\u4e00-\u9fff]{1,8}(?:\d{1,2}|[(（]\d{1,2}[)）])班|[小中大][一二三四五六七八九十]班")
_UNIT_NAME: Final = re.compile(
    r"(?P<unit>[\u4e00-\u9fff]{2,10}?(?:" + _UNIT_SUFFIX + r")|(?:\d{2,4}级)?[\u4e00-\u9fff]{2,8}\d{1,6}班"  # `会计1501班`, `23级电气1班`
    r"|(?:\d{2,4}级?)?[\u4e00-\u9fff]{3,8}(?<![值加上下早晚夜跟])班"  # round 59: `24小学英语教育班`: a class named by its course
    r"|[\u4e00-\u9fff]{1,4}[(（]\d{1,2}[)）]班|[小中大][一二三四五六七八九十]班)"  # session 22: `初二(1)班`, a kindergarten's `中一班`
    r"(?P<name>[\u4e00-\u9fff]{2,4})"
)


_SEGMENT_CREDIT: Final = re.compile(
    r"(?:(?P<n1>[\u4e00-\u9fff]{2,4}?)\s*/?(?:摄影|摄|拍摄|供图|的?(?:摄影)?作品))"  # `张三作品`: whose work
    r"|(?:(?:(?:摄影师?|作者|供图|拍摄)\s*[:：/]?|图\s*[:：/]|[©Ⓒ])\s*(?P<n2>[\u4e00-\u9fff]{2,4}))"
)


def _segment_credit(seg: str) -> tuple[str, str] | None:
    m = _SEGMENT_CREDIT.fullmatch(seg)
    name = m and (m["n1"] or m["n2"])
    work = seg.endswith("作品")  # `张三作品` names a person only if the words are a name themselves
    if work and not (name and _is_name(name)) and (artist := _ARTIST_WORK.fullmatch(seg)):
        name = _artist_of_work(artist)
    if not name or not _is_name(name, strict=work):
        return None
    return name, ("X 作品" if work else "X 摄" if m and m["n1"] else "作者：X")


_WORK_KINDS: Final = "绘画|书法|美术|国画|油画|水彩画?|水墨画?|版画|漫画|素描|剪纸|篆刻|儿童画|手抄报|摄影|手工|硬笔书法|软笔书法"
_WORK_KIND: Final = re.compile(rf"(?:(?:参赛|获奖|优秀|入选|入围)?(?:{_WORK_KINDS})?作品\d{{0,3}}|(?:{_WORK_KINDS}))")
# session 26: a maker glued before the kind of his work (`某某书法作品`, `某某篆刻作品`): read by contests (no child's name
# after it) and artworks_labels (the label's maker)
_MAKER_OF_KIND: Final = re.compile(rf"(?P<n>[\u4e00-\u9fff]{{2,3}}?)(?:{_WORK_KINDS}|硬笔|毛笔|软笔|雕塑|陶艺|刺绣)作品")


# ---------------------------------------------------------------------------------------------
# Round 25: contest entries and artwork listings whose segments are classified by what they are —
# an award word, a credit key, an entry or class number, a cohort/class unit, a person-name shape,
# a medium, a year of creation, a place or school head — in the orders result lists print them.
# ---------------------------------------------------------------------------------------------

_ENTRY_AWARD: Final = (r"(?:特等奖|[一二三四五六]等奖|优秀奖|金奖|银奖|铜奖|入围奖?|入选奖?|佳作奖?|优选|鼓励奖|纪念奖|荣誉奖"
              r"|评委会?奖|最佳[\u4e00-\u9fff]{0,4}奖|[金银铜]牌)")
_ENTRY_AWARD_RE: Final = re.compile(_ENTRY_AWARD)
_RANK_BEFORE_BOOK: Final = re.compile(_ENTRY_AWARD + r"|第[一二三四五六七八九十]{1,3}名|冠军|亚军|季军")  # an award or a rank
