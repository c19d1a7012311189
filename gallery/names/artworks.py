"""Artwork names: a museum's catalogue name, an artwork's notes (medium, size, era, holder), exhibit
labels and techniques.

Reads lexicon, result, stamps, people, places_scan, places, credits_body, devices, titles. Serves
segments, contests, text_tails, text_prefixes, text_body, artworks_labels, finish.
"""

from __future__ import annotations

import re
from typing import Final

from .credits_body import _UNIT_ONLY
from .devices import _DIGITS_ONLY
from .lexicon import _AGENCY_RE, _GAZETTEER, _NOUNS, _PROVINCE_SET, _ROLE_RE
from .people import (
    _CJK,
    _MATERIALS,
    _MEDIA,
    _MEDIA_SET,
    _MEDIA_WORDS,
    _PAINTING_MEDIA,
    _has_surname,
    _is_common_name,
    _is_name,
    _is_title_word,
)
from .places import _GENERIC_PLACE_HEADS, _full_place
from .places_scan import _LANDMARK_CHARS, _MULTI_SUFFIX_RUN
from .result import ParsedName
from .stamps import _give_stamp, _stamp_from_groups, _valid_date
from .titles import (
    _NATURAL_SIGHTS,
    _PAINTED,
    _TECHNIQUE_PARTS,
    _is_designated_sight,
    _is_sight_name,
)

# A museum's catalogue name: the work among its era, format, medium, size, holder and leaf number
# (`隋代-夫妇宴享行乐图-山东省博物馆藏`, `陶瓷谱图册.十四开.纸本设色（28.8x30.7厘米）台北故宫博物院藏_05`).
_ART_SIZE: Final = re.compile(r"\s*[(（](?:[^()（）]{0,20}\d[^()（）]{0,20}(?:厘米|公分|cm|CM|mm|毫米)|局部|细部|之[一二三四五六七八九十])[)）]\s*")
_ART_GATE: Final = re.compile(r"(?<=[馆院所店])藏|私人收?藏|[纸绢绫]本|布面|设色")
_ART_SEP: Final = re.compile(r"(?:[-．·_\s]|(?<!\d)\.|\.(?!\d))+")  # (session 20: not a decimal point, `纵36.5厘米`)
_ART_MADE_YEAR: Final = re.compile(r"(?:1[0-9]|20)\d{2}年?")
_ART_BARE_SIZE: Final = re.compile(r"\d{1,4}(?:\.\d{1,2})?\s*(?:cm|CM|厘米)?\s*[x×X*]\s*\d{1,4}(?:\.\d{1,2})?\s*(?:cm|CM|厘米|公分)")
_ART_ERA: Final = re.compile(
    r"传?(?:(?:东|西|南|北|前|后)?(?:夏|商|周|秦|汉|晋|隋|唐|宋|元|明|清|魏|齐|梁|陈|辽|金)(?:代|朝)?|五代|三国|南北朝|民国|近代|现代|当代"
    r"|战国|春秋|新石器时代)(?:早期|中期|晚期|初期|末期)?"
)
_ART_HOLDER: Final = re.compile(r"[\u4e00-\u9fff]{2,16}(?:博物馆|博物院|美术馆|图书馆|艺术馆|纪念馆|研究院|研究所|画院|文物商店)藏|私人收?藏")
# Round 58: a museum's object label as collection pages and Wikimedia Commons file titles write it, `<find spot>-<object>-
# <era>（<span of years>）-<holder>`: the find spot (`…出土`, or a place opening on a province, its cities and
# counties, before the object), the era with its span in brackets (`东汉（25-220）`, `西周（前1046-前771）`), and the
# holder named bare, last (`…博物馆`, `…博物院`, no 藏). The holder is where the object was photographed: the place.
_ART_ERA_BRACKET: Final = re.compile(rf"[(（](?P<era>{_ART_ERA.pattern})[)）]\s*")
_ART_SIDE: Final = re.compile(r"[纵横高宽长]\d{1,4}(?:\.\d{1,2})?(?:厘米|公分|cm|CM)")
_ART_ERA_SPAN: Final = re.compile(r"(?<=[代朝国秋周汉晋隋唐宋元明清期])[(（]前?\d{1,4}年?\s*[-—–~～至]\s*前?\d{1,4}年?[)）]")
_ART_MUSEUM: Final = re.compile(r"(?P<m>[\u4e00-\u9fff]{2,16}(?:博物馆|博物院))藏?")
_ART_DAY: Final = re.compile(r"[\s_-](?P<Y>(?:19|20)\d\d)-(?P<M>\d\d)-(?P<D>\d\d)$")
_ART_FIND_SPOT: Final = re.compile(r"[\u4e00-\u9fff][\u4e00-\u9fff\d]{1,24}出土")
_ART_FORMAT: Final = re.compile(r"[一二三四五六七八九十百]{1,3}开|(?:立|横|手|长)?(?:轴|卷)|册页?|扇面|屏|对联|镜心|手卷")
_ART_MEDIUM: Final = re.compile(r"(?:纸本|绢本|绫本|布面|木板|纸面)(?:设色|水墨|墨笔|墨色|油画|丙烯|淡设色|浅设色|金笔|白描)?|[\u4e00-\u9fff]{0,2}(?:设色|水墨)")
# round 22: who made or copied it (`李嵩绘`, `摹唐卢鸿`, `仿元倪瓒`), and a scan's size in pixels (`65500x2105像素`)
_ART_MAKER: Final = re.compile(r"(?:(?:摹|仿|临)(?P<era>[\u4e00-\u9fff]{1,2}?)(?P<n1>[\u4e00-\u9fff]{2,3})|(?P<n2>[\u4e00-\u9fff]{2,3})(?:绘|笔))")
_ART_PIXELS: Final = re.compile(r"\d+\s*[xX×*]\s*\d+\s*(?:像素|px|PX|厘米|公分|cm|CM|mm|毫米)?")
_MEDIA_FIRST: Final = frozenset(w[0] for w in _MEDIA.split("|"))
_ART_NOTE: Final = re.compile(  # (opens on the bracket: a fast scan; the spaces before it are stripped by the caller)
    rf"[(（](?:(?:{_MEDIA})(?:[\s,，、]*[^()（）]{{0,20}}\d[^()（）]{{0,20}})?"
    r"|[^()（）]{0,20}\d\s*(?:[xX×*]\s*\d+(?:\.\d+)?\s*)+(?:厘米|公分|cm|CM|mm|毫米))[)）]\s*"
)
_MEDIA_HEAD: Final = re.compile(rf"(?:{_MEDIA})(?:作品)?\s*[-_—:：\s]+(?=\S)")
_MEDIA_SIZES: Final = sorted({len(w) for w in _MEDIA_SET}, reverse=True)  # the longest medium first (`木刻版画`, not `版画`)
_MEDIA_FIRST2: Final = frozenset(w[:2] for w in _MEDIA_SET)  # (gates: a name opening or ending on a medium's two characters)
_MEDIA_LAST2: Final = frozenset(w[-2:] for w in _MEDIA_SET)
_MEDIA_ENDS: Final = frozenset({w[-1] for w in _MEDIA_WORDS} | {"品"})
_SPACE_RUN: Final = re.compile(r"\s{2,}")


def _art_note_at(text: str) -> int:
    """Where a bracket opens on a medium's first character or a digit (`(中国画 …`, `(80x100cm)`), or the first
    bracket of a name holding a size's unit (`(约 80x100cm)`): the only places _ART_NOTE can match; -1 if none
    (str.find, not a regex scan of every caption)."""
    half, full = text.find("("), text.find("（")  # (speed) no list built: most calls find no note
    for k in (half, full):
        if k < 0:
            continue
        bracket = text[k]
        while k >= 0:
            nxt = text[k + 1 : k + 2]
            if nxt in _MEDIA_FIRST or nxt.isdigit():
                return k
            k = text.find(bracket, k + 1)
    if (half >= 0 or full >= 0) and ("cm" in text or "CM" in text or "米" in text or "公分" in text or "mm" in text):
        return full if half < 0 else half if full < 0 else min(half, full)
    return -1
# an exhibition's list by author: the artist's name, the medium alone in brackets (`某某(国画)`, `某某（书法作品）`)
_ARTIST_MEDIUM_BRACKET: Final = re.compile(rf"(?P<name>[\u4e00-\u9fff]{{2,4}})\s*[(（](?:{_PAINTING_MEDIA})(?:作品)?[)）]")


def _artist_medium_bracket(result: ParsedName, text: str) -> bool:
    """`某某(国画)`: a strict name (no place, no word) then only a medium in brackets: the artist, no title."""
    m = _ARTIST_MEDIUM_BRACKET.fullmatch(text)
    if not m or not _is_name(m["name"]) or m["name"] in _GAZETTEER or _full_place(m["name"]):
        return False
    result._set("photographers", [m["name"]], "姓名(材质)", 0.75)
    result.kind = result.family = "artwork"
    result.warnings.append(_PAINTED)
    return True


# Round 50: a newspaper's or a show's caption under a reproduced painting, `作品（画种）作者` (`秋江（油画）某某`,
# `远山（中国画 80×60cm）某某`): the work, then its kind in brackets, then the painter who made it — the order a
# paper's picture page prints (光明日报 and 人民日报 art pages: 《题》（油画）作者). The painter closes the name; the
# work's name is the title and, being painted, no place where a photograph was taken. A name before the bracket
# and a word after it (`某某（国画）山水`) is the listing by author (`_artist_medium_bracket`'s order): no painter here.
_WORK_MEDIUM_PAINTER: Final = re.compile(r"[\u4e00-\u9fff]{2,4}")


def _work_medium_painter(result: ParsedName, text: str, at: int) -> bool:
    """`秋江（油画）王小明`: title, medium bracket, painter (the bracket opens at `at`, a note _ART_NOTE reads)."""
    m = _ART_NOTE.match(text, at)
    if m is None or m.end() >= len(text):
        return False
    name, work = text[m.end():].strip(), text[:at].strip(" \u3000")
    if not _WORK_MEDIUM_PAINTER.fullmatch(name) or not work or _HAS_SEP.search(work) or "（" in work or "(" in work:
        return False
    if not _has_surname(name) or not _is_name(name, strict=False) or name in _GAZETTEER or name in _NOUNS \
            or _full_place(name) or (not _is_name(name) and _is_name(work)):
        return False  # (`王小明（国画）山水`: a name before, a word after: the author's listing, no painter)
    if work[:1] == "《" and work[-1:] == "》":
        work = work[1:-1]
    if not work:
        return False
    result._set("photographers", [name], "作品（画种）作者", 0.7)
    result._set("title", work, "作品（画种）作者", 0.7)
    result.kind = result.family = "artwork"
    result.warnings.append(_PAINTED)
    return True


def _strip_art_notes(text: str) -> str:
    """`青春物语(中国画 180×145cm) 李钟` -> `青春物语 李钟`; `剪纸-X-Y` -> `X-Y`: only where words stay on both sides
    of a separator or a 《title》 (`张三-油画` keeps its medium: nothing else would be left to read)."""
    at = _art_note_at(text) if "(" in text or "（" in text else -1
    if at >= 0 and _ART_NOTE.search(text, at):
        text = _SPACE_RUN.sub(" ", _ART_NOTE.sub(" ", text)).strip() or text
    m = _MEDIA_HEAD.match(text) if text[:2] in _MEDIA_FIRST2 else None
    if m:
        rest = text[m.end():].strip()
    elif text[-2:] in _MEDIA_LAST2 and (size := next((n for n in _MEDIA_SIZES if text[-n:] in _MEDIA_SET), 0)):
        head = text[:-size]  # `X-Y-油画`, `X《Y》水彩画`: a separator, spaces or a 》 before the medium
        bare = head.rstrip(" -_—\t\u3000")
        rest = bare if bare and (bare != head or head.endswith("》")) else ""
    else:
        return text
    if rest and ("《" in rest or _HAS_SEP.search(rest)):
        text = rest
    return text


def _name_painter(result: ParsedName, who: str) -> None:
    """A museum's painter (宋, 元 …) did not take the photograph: named in a warning, never credited."""
    result.warnings.append(f"painter of the work, not the photographer: {who}")


def _apply_artwork_catalogue(result: ParsedName, text: str) -> bool:
    if "（" in text or "(" in text:
        text = _ART_ERA_SPAN.sub("", text)
        if text[:1] in "(（" and (era := _ART_ERA_BRACKET.match(text)):
            text = era["era"] + " " + text[era.end():]  # session 20: `(清)某某 题 …藏`: the era in brackets
        text = text.replace("(传)", "").replace("（传）", "")  # `唐代(传)`: attributed to the era
    day_m = _ART_DAY.search(text) if text[-1:].isdigit() else None  # a day written after the label (a stamp, not the era)
    day = _valid_date(int(day_m["Y"]), int(day_m["M"]), int(day_m["D"])) if day_m else None
    if day and day_m:
        text = text[: day_m.start()]
    parts = [p for p in _ART_SEP.split(_ART_SIZE.sub(".", text)) if p]
    kinds = []
    last = len(parts) - 1
    for i, part in enumerate(parts):
        if part.isdigit() and len(part) <= 3:
            kinds.append("leaf")
        elif _ART_ERA.fullmatch(part):
            kinds.append("era")
        elif _ART_HOLDER.fullmatch(part) or i == last and i >= 2 and part[-1:] in "馆院" and _ART_MUSEUM.fullmatch(part):
            kinds.append("holder")
        elif part[-2:] == "出土" and _ART_FIND_SPOT.fullmatch(part):
            kinds.append("spot")
        elif _ART_FORMAT.fullmatch(part):
            kinds.append("format")
        elif part == "佚名":
            kinds.append("maker")  # a painter nobody knows
        elif _ART_MEDIUM.fullmatch(part):
            kinds.append("medium")
        elif (m := _ART_HOLDER.search(part)) and m.end() == len(part) and _ART_MEDIUM.fullmatch(part[: m.start()]):
            kinds.append("medium")  # `纸本设色台北故宫博物院藏`: the medium and the holder glued together
        elif part[:1].isdigit() and _ART_PIXELS.fullmatch(part):
            kinds.append("size")
        elif part[:1].isdigit() and _ART_BARE_SIZE.fullmatch(part) or part[:1] in "纵横高宽长" and _ART_SIDE.fullmatch(part):
            kinds.append("size")  # `168cm×75cm`: the work's size as a segment of its own (`纵120厘米`: one side)
        elif part[:1] in "12" and _ART_MADE_YEAR.fullmatch(part):
            kinds.append("year")  # `1960年`: the year the work was made, no date of the picture
        elif (m := _ART_MAKER.fullmatch(part)) and _is_name(m["n1"] or m["n2"], strict=False) and (
                m["n2"] or _ART_ERA.fullmatch(m["era"])):  # `临江仙`, `仿古建筑`: no era, no copy
            kinds.append("maker")
        else:
            kinds.append("")
    works = [p for p, k in zip(parts, kinds, strict=True) if not k]
    catalogue = {k for k in kinds if k and k != "leaf"}
    artist = None
    booked = [p for p in works if p[:1] == "《" and p[-1:] == "》"]
    if len(booked) == 1 and len(works) == 2 and catalogue:
        other = works[0] if works[1] is booked[0] else works[1]
        if _has_surname(other) and _is_name(other, strict=False) and not _is_title_word(other):
            artist = other  # `画家 《作品》 纸本设色 …藏`: the work in 《》, the painter beside it
            works = [booked[0][1:-1].strip()]
    if len(works) >= 2 and "era" in catalogue:
        after_era = [p for i, (p, k) in enumerate(zip(parts, kinds, strict=True))
                     if not k and i and kinds[i - 1] == "era" and _has_surname(p) and _is_name(p, strict=False)
                     and not _is_title_word(p)]
        if len(after_era) == 1:
            artist = after_era[0]  # `宋-范宽-溪山行旅图-…藏`: the era, the painter, the work
            works.remove(artist)
    if (len(works) == 2 and {"era", "holder"} <= catalogue and works[0] is parts[0]
            and (parts[0][:2] in _PROVINCE_SET or parts[0][:3] in _PROVINCE_SET)):
        works.pop(0)  # round 58: `<province, city, county>-<object>-<era>-<holder>`: the find spot first, no title
    if len(works) == 2 and catalogue and len(set(works[0]) & set(works[1])) >= 3:
        works.pop(1)  # round 22: `谿山行旅图轴.溪山行旅图`: the catalogue's name, then the common one
    if len(works) != 1 or len(catalogue) < 2 and not ("holder" in catalogue and len(parts) >= 3):
        return False  # one catalogue word beside a title is not enough (`明月-清风`, `秋-张三`)
    result._set("title", works[0], "artwork catalogue name", 0.75)
    museum = next((_ART_MUSEUM.fullmatch(p) for p, k in zip(parts, kinds, strict=True) if k == "holder"), None)
    if museum and (museum.group(0)[-1] != "藏" or "spot" in kinds) and not result.place:
        # round 58: an object's gallery label (its holder named bare, or its find spot given): the museum that holds
        # the object is where it was photographed; a scan's catalogue name (`…藏`, round 22) names no place
        result._set("place", museum["m"], "artwork label holder", 0.6)
    if day and not result.date:
        result._set("date", day, "YYYYMMDD suffix", 0.6)
    if artist:  # round 22: a museum's painter (宋, 元 …) did not take the photograph: named, not credited
        _name_painter(result, artist)
    result.kind = result.family = "artwork"
    return True



# Session 20: an object's caption as a museum's or a paper's page prints it, the object's name quoted first, then its
# notes parted by commas (`“彩陶瓶”,新石器时代,某县某遗址出土,某博物馆藏。`, `“题”(《册名》之二) 宋代·画家,绢本水墨,
# 尺寸 某博物院藏`): read as the catalogue name it is
_QUOTED_OBJECT: Final = re.compile(r"“(?P<work>[^“”]{1,24})”\s*[,，]?\s*(?P<notes>[^“”]+?)。?")
_BOOK_LEAF_NOTE: Final = re.compile(r"[(（]《[^《》()（）]{1,20}》之[一二三四五六七八九十\d]{1,3}[)）]")
_OTHER_NAME_BEFORE_HELD: Final = re.compile(r"[(（][^()（）]{1,12}[)）](?=藏)")


def _quoted_object_label(result: ParsedName, text: str) -> bool:
    m = _QUOTED_OBJECT.fullmatch(text)
    if not m or not _ART_GATE.search(m["notes"]) and "出土" not in m["notes"]:
        return False
    notes = _OTHER_NAME_BEFORE_HELD.sub("", _BOOK_LEAF_NOTE.sub(" ", m["notes"]))
    work = _ART_SIZE.sub("", m["work"]).strip()  # `“山水卷(局部)”`
    if not work or _ART_SEP.search(work) or "," in notes[:1]:
        return False
    if not _apply_artwork_catalogue(result, work + " " + notes.replace(",", " ").replace("，", " ")):
        return False
    spot = _ART_FIND_SPOT.search(notes)
    if spot:  # a paper's caption names where the object was found, as its own words (`某县某遗址出土`): that place
        result._set("place", spot.group(0)[:-2], "artwork find spot", 0.55)  # (a catalogue's holder is not said so)
    return True


# round 47: a painting's label as a museum's collection pages print it, spaced: `[era] painter绘 [calligrapher书]
# work`, the work closing on its mount (`…图轴`, `…图卷`, `…册`, a fan `…扇`); a painter without 绘 only after an era
# (`清 某某 …图轴`). The painter and the calligrapher are no photographers (named in a warning, as above).
_PAINTING_LAST: Final = frozenset("轴卷册扇")
_PAINTING_LABEL: Final = re.compile(
    rf"(?:(?P<era>{_ART_ERA.pattern})\s+)?(?P<makers>(?:[\u4e00-\u9fff]{{2,4}}\s+){{1,2}})"
    r"(?P<work>[\u4e00-\u9fff]{2,20}(?:[图画]?[轴卷册]|扇面?))")


_ERA_PAINTER_WORK: Final = re.compile(rf"[(（](?:{_ART_ERA.pattern})[)）]\s*(?P<who>[\u4e00-\u9fff]{{2,3}})\s+《?(?P<work>[\u4e00-\u9fff]{{2,20}})》?")


def _era_painter_work(result: ParsedName, text: str) -> bool:
    """Session 20: `(明)某某 题`: the era in brackets, the painter, the work (a page's caption under an old painting)."""
    m = _ERA_PAINTER_WORK.fullmatch(text)
    if not m or not _is_name(m["who"], strict=False) or _is_title_word(m["who"]) or m["who"] in _GAZETTEER:
        return False
    result._set("title", m["work"], "artwork painting label", 0.7)
    _name_painter(result, m["who"])
    result.kind = result.family = "artwork"
    return True


def _apply_painting_label(result: ParsedName, text: str) -> bool:
    """`某某绘 某某书 题成扇`, `清 某某 题图轴`: each maker a name with its verb (绘 画 笔 书), or bare after an era."""
    m = _PAINTING_LABEL.fullmatch(text)
    if not m:
        return False
    makers = m["makers"].split()
    for maker in makers:
        name = maker[:-1] if maker[-1] in "绘画笔书" else maker
        if name is maker and not m["era"] or not 2 <= len(name) <= 3 or not _is_name(name, strict=False) \
                or _is_title_word(name) or name in _GAZETTEER:
            return False
    result._set("title", m["work"], "artwork painting label", 0.75)
    _name_painter(result, "、".join(makers))
    result.kind = result.family = "artwork"
    return True

# round 26: an artwork's caption as a book, a catalogue or a site prints it: `[n] 《作品》|作品`, then only notes —
# the size (`146cm×114cm`, `179x97cm`, `33.0 x 48.5 cm`, slugged `33-0-x-48-5-cm`: a unit is what tells a size
# from a pixel resolution), the medium (a support + a technique, `亚麻布油画`, `纸本水墨设色`, `水彩-纸`, 简/繁),
# the year it was made (`1994年`, `…cm2022`: the work's year, no date of the picture), a holder (`私人收藏`)
# and a CMS's upload stamp (`-<epoch s>`, slugged names) — in any order. The artist before the work (`n-画家-作品`)
# is no photographer (not credited). Nothing but notes may follow the work. (Round 61: a name of notes alone, a size
# and a medium (`50x60cm 油画`, `油画棒 14x16cm`), names no work: no title; 油画棒, oil pastel, is a medium.)
_ART_UNIT: Final = r"(?:cm|CM|厘米|公分|釐米)"
_ART_CAPTION_NOTE: Final = re.compile(
    r"(?P<size>\d{1,4}(?:[.-]\d{1,2})?\s*" + _ART_UNIT + r"?\s*-?[x×X*＊]-?\s*\d{1,4}(?:[.-]\d{1,2})?\s*-?" + _ART_UNIT + ")"
    r"|(?P<medium>(?:纸本|紙本|绢本|絹本|布面|布上|亚麻布|亞麻布|麻布|木板|纸上|紙上|宣纸|宣紙)?"
    r"(?:水墨设色|水墨|设色|彩墨|油画棒|油画|丙烯|压克力|水彩|综合材料|墨笔|粉彩|版画)"
    r"(?:-?(?:纸本|紙本|纸|紙|布|绢|絹|画布|畫布))?|(?:纸本|紙本|绢本|絹本|宣紙|" + "|".join(sorted(_MATERIALS)) + r")(?=[-_\s]|$))"
    r"|(?P<year>(?:1[89]|20)\d{2}年?)(?!\d)"
    r"|(?P<holder>私人收?藏|[\u4e00-\u9fff]{2,12}(?:博物馆|博物館|美术馆|美術館|艺术馆|藝術館)藏)"
    r"|(?P<epoch>(?<=-)1[3-9]\d{8}$)"
    r"|(?P<sep>[-_\s、,，;；]+)"
)
_ART_SEQ_LEAD: Final = re.compile(r"^\d{1,3}(?:[-_.、\s]+|(?=《))")
_ART_SIZE_ANY: Final = re.compile(r"\d\s*-?" + _ART_UNIT + r"|\d\s*" + _ART_UNIT + r"?\s*-?[x×X*＊]")  # a size anywhere
# where a label's notes may begin: a number standing alone, or a medium's first character
_ART_NOTE_STARTS: Final = re.compile(r"(?<![\u4e00-\u9fff\d.])(?=\d)|(?=[纸紙绢絹布亚亞麻木宣水设設油丙压壓综綜墨粉版])")
_ART_YEAR_LAST: Final = re.compile(r"[-_\s]+(?:1[89]|20)\d{2}年?$")


# round 59: an exhibition's caption line, `作品 作者(籍贯) 年份 尺寸` (a show of farmers' paintings prints them so): the
# maker's name after a space, a home in brackets if any, between the work and its notes
_WORK_MAKER_HOME: Final = re.compile(r"(?P<work>[^\s()（）]{1,20})\s+(?P<name>[\u4e00-\u9fff]{2,3})\s*(?:[(（][\u4e00-\u9fff]{2,8}[)）])?")


def _apply_artwork_notes(result: ParsedName, text: str) -> bool:
    size = _ART_SIZE_ANY.search(text)
    if not size:
        return False
    start = None  # where the notes begin: the first size or medium whose notes run to the end
    for m in _ART_NOTE_STARTS.finditer(text):
        i, kinds = m.start(), set()
        while i < len(text):
            n = _ART_CAPTION_NOTE.match(text, i)
            if not n or n.end() == i:
                break
            kinds.add(n.lastgroup)
            i = n.end()
        if i == len(text) and "size" in kinds and m.start() > 0:
            start = m.start()
            break
        if i == len(text) and "size" in kinds and "medium" in kinds:
            result.kind = result.family = "artwork"  # round 61: `50x60cm 油画`, notes only: the work is not named
            return True
    if start is None:
        return False
    notes = [n for n in _ART_CAPTION_NOTE.finditer(text, start) if n.lastgroup != "sep"]
    head = text[:start].rstrip(" -_、,，;；")
    seq = _ART_SEQ_LEAD.match(head)
    head = head[seq.end():] if seq else head
    while True:  # a year before the medium (`…-作品-1933-水彩-纸`) belongs to the notes
        y = _ART_YEAR_LAST.search(head)
        if not y:
            break
        head = head[: y.start()]
    medium = _MEDIA_HEAD.match(head) if " " in head else None
    if medium and medium.end() < len(head):  # `中国画  暇  某某 200cmx141cm`: the kind of work before it is no title
        head = _SPACE_RUN.sub(" ", head[medium.end():])
    last = head.rsplit(None, 1) if " " in head.strip() else []
    if len(last) == 2 and (last[1] in _MEDIA_SET or last[1] in _MATERIALS):
        head = last[0]  # session 23: `春江水暖 国画 68×136cm`, `闲章 寿山石 3x3cm`: the medium or the stone after the work
    maker = _WORK_MAKER_HOME.fullmatch(head) if " " in head else None
    if maker and _is_name(maker["name"]) and not _is_name(maker["work"]) and not _full_place(maker["work"]):
        head = maker["work"]  # round 59: `老书记 某某(陕西户县) 1973年 83cm×61cm`: the work, its maker and home
        result.warnings.append(_PAINTED)  # (a show's label: the maker painted it, no photographer is named)
    if head[:1] == "《" and head[-1:] == "》":
        head = head[1:-1]
    elif "-" in head:
        who, _, work = head.partition("-")
        if not (seq and _has_surname(who) and _is_name(who, strict=False) and work and "-" not in work
                and not _is_name(work)):
            return False  # `作者-作品-尺寸` is a contest entry's (its author credited there)
        head = work  # a numbered listing's `n-画家-作品`: the painter is no photographer
    head = head.strip()
    if not head or len(head) > 30 or _DIGITS_ONLY.fullmatch(head) or "《" in head or "》" in head:
        return False
    result._set("title", head, "artwork caption: work, size, medium, year", 0.75)
    result.kind = result.family = "artwork"
    epoch = next((n.group() for n in notes if n.lastgroup == "epoch"), None)
    if epoch:
        day, clock = _stamp_from_groups({"sec": epoch})
        _give_stamp(result, day, clock, "CMS upload stamp -<epoch s>", "uploaded", 0.5)
    return True


# round 26: a photo exhibition's caption line, `作品名 拍摄时间 [★] 拍摄地点` (the three fields a salon asks
# for, joined with spaces; a star or a dot may mark the place): the work, the day (dotted, dashed or
# 年月日, padded or not) and where. The last words are the place when they are a known place, or words
# no person's name and no category or credit could be; a name there is left to the contest layouts.
_TITLE_DATE_PLACE_GATE: Final = re.compile(r"\s(?:19|20)\d\d[-./年]\d")
_TITLE_DATE_PLACE: Final = re.compile(
    r"(?P<t>[^\s\d][^\d]{1,29}?)\s+(?P<Y>(?:19|20)\d{2})(?:(?P<sep>[-./])(?P<M>\d{1,2})(?P=sep)(?P<D>\d{1,2})"
    r"|年(?P<M2>\d{1,2})月(?P<D2>\d{1,2})日)\s*(?:[★☆●◆■▲•·]\s*)?\s(?P<p>[\u4e00-\u9fff]{2,8})"
)


def _apply_title_date_place(result: ParsedName, text: str) -> bool:
    m = _TITLE_DATE_PLACE.fullmatch(text)
    if not m:
        return False
    title, place = m["t"].strip(), m["p"]
    day = _valid_date(int(m["Y"]), int(m["M"] or m["M2"]), int(m["D"] or m["D2"]))
    if not day or not _CJK.fullmatch(title.replace(" ", "")) or place in _NOUNS or _GROUP_LABEL.fullmatch(place):
        return False
    if not _full_place(place) and (_is_name(place, strict=False) or place.endswith(("作品", "奖", "组", "摄", "图", "系列"))):
        return False
    result._set("title", title, "作品名 时间 地点", 0.75)
    result._set("date", day, "作品名 时间 地点", 0.75)
    result._set("place", place, "作品名 时间 地点", 0.6)
    result.kind = result.family = "titled"
    return True


# round 21: an exhibition's wall label, `作者，《作品》，选自《系列》，年份` (the artist first, the work in 《》,
# the series it belongs to, the year it was made)
_EXHIBIT_LABEL: Final = re.compile(
    r"(?P<name>[\u4e00-\u9fff]{2,4}|[\u4e00-\u9fff]{1,8}[·•][\u4e00-\u9fff]{1,8})\s*[,，]\s*《(?P<t>[^《》]{1,40})》"
    r"(?:\s*[,，]\s*(?:选自|出自|来自)?\s*《[^《》]{1,40}》(?:系列|组照|组图)?)?"
    r"(?:\s*[,，]\s*(?P<Y>(?:19|20)\d{2})年?)?"
)


def _apply_exhibit_label(result: ParsedName, text: str) -> bool:
    m = _EXHIBIT_LABEL.fullmatch(text)
    if not m or not (m["Y"] or m.end("t") + 1 < len(text)):
        return False  # `张三，《晨曦》` alone is the book-title layout's
    name = m["name"]
    if not (("·" in name or "•" in name) or _has_surname(name) and _is_name(name)):
        return False
    result._set("photographers", [name], "作者，《作品》，年份", 0.75)
    result._set("title", m["t"].strip(), "作者，《作品》，年份", 0.8)
    if m["Y"]:
        result._set("date", m["Y"], "作者，《作品》，年份", 0.6)
        result._set("date_kind", "made", "作者，《作品》，年份", 0.6)
    result.kind = result.family = "artwork"
    return True


# round 21: a photo essay's or a gallery's listing, `作者／作品` (a full-width slash: a file name cannot hold `/`)
_NAME_SLASH_TITLE: Final = re.compile(r"(?P<name>[\u4e00-\u9fff]{2,3})\s*／\s*(?P<title>[^／/]{1,30})")
# session 14: and the other order, `作品／作者` (a photo contest's page of results: `水漫公交/某某`, the work, then who shot it)
_TITLE_SLASH_NAME: Final = re.compile(r"(?P<title>[^／/]{4,40}?)\s*／\s*(?P<name>[\u4e00-\u9fff]{2,3})")
# (review: not after a role's or a label's word, `责任编辑/X`, `指导老师／X`, `人物专访/X`, `全家福合影／X`, nor a credit
# already named before the slash, `摄影师X/Y`: the one after the slash is then an editor, a teacher or a subject)
_NOT_WORK_BEFORE_SLASH: Final = re.compile(
    r"编辑|老师|教师|导师|简介|专访|访谈|写真|嘉宾|党员|模范|标兵|合影|合照|全家福|百天|周岁|班$|组$"
    r"|摄|攝|作者|记者|記者|采访|被访|人物|肖像|头像|证件|来源|來源|供图|供圖|^\s*[文图]\s|[文图圖]\s*$|圖片\s*$"
    # (the second review: a folder's or an album's label, `获奖作品/X`, `新建文件夹/X`, `我的相册/X`; people pictured,
    # `优秀员工风采/X`, `受表彰人员/X`, `2019届毕业生/X`, `我和妈妈/X`, `生日快乐/X`)
    r"|作品\s*$|文件夹|相册|图片\s*$|照片\s*$|风采|人员|毕业生|个人|校长|偶像|英雄|生日|^我")
_NOT_NAME_LAST: Final = frozenset("门井庙城湾场宫寺塔楼街巷村镇园桥末愿向家")  # a place's or a word's last character (石库门, 周末)


def _is_slash_name(name: str) -> bool:
    """A common name after a slash that is no place, no noun and no title word (not 王府井, 石库门, 周末)."""
    return (_is_common_name(name) and name not in _NOUNS and not _is_title_word(name) and name not in _GAZETTEER
            and name[-1] not in _NOT_NAME_LAST)  # (a peak's 峰 ends given names too: 唐光峰)


def _is_work_slash_author(title: str, name: str) -> bool:
    """`水漫公交／某某`: words of a work (four Chinese characters at least; no role, label or credit's key, `…图／X` being
    the credit grammar's), then a name."""
    return (sum("\u4e00" <= ch <= "\u9fff" for ch in title) >= 4 and not _NOT_WORK_BEFORE_SLASH.search(title)
            and not _ROLE_RE.search(title[-4:]) and _is_slash_name(name) and not _is_name(title.strip())
            and not _UNIT_ONLY.fullmatch(title.strip()))

# round 48: an art show's list of results by author, `作者（作品）` — the entrant, then the work's title in
# full-width brackets (聯合報's 萬和美展 results print `第一名許仁蕙（廊柱）`, the order of `姓名（作品名）` listings).
# The reverse of a caption's `作品（作者）`: a strict name before the bracket, and in it no person, place, unit,
# medium, position or number (`张三（左）`, `张三（财务部）`, `张三（北京）`, `张三（李四）` stay as they were).
_AUTHOR_BRACKET_WORK: Final = re.compile(r"(?P<name>[\u4e00-\u9fff]{2,3})（(?P<title>[^（）()]{1,16})）")
_NOT_BRACKET_WORK: Final = frozenset("左 右 中 男 女 前 后 上 下 图 摄 文 供 左一 右一 左二 右二 左三 右三 中间 前排 后排 供图 摄影 图文 文图 "
                                     "资料 资料图 资料图片 局部 细部 节选 原图 原图片 大图 小图 封面 截图".split())


_BRACKET_CREDIT_VERB: Final = re.compile(r"\s*(?:摄影?|攝影?|供图|供圖)$")


def _credit_in_bracket(words: str) -> bool:
    """`某某 摄`, `新华社 摄`, `记者 某某 摄`, `某某、某某 摄`, `受访者供图`: a credit's shape, not a work's title."""
    verb = _BRACKET_CREDIT_VERB.search(words)
    if not verb or verb.start() == 0:
        return False
    head = words[: verb.start()].strip()
    if verb.group(0)[:1].isspace() and verb.group(0).strip() in "摄攝供图供圖" and 2 <= len(head) <= 4 and _CJK.fullmatch(head):
        return True  # `丰收节（某某 摄）`: a word, a space and the verb is how a credit is written, whoever it names
    if "、" in head:  # `某某、某某 摄`: people (`风光、人像摄影`: the kinds of work)
        return all(map(_is_common_name, head.split("、")))
    return (" " in head or _is_name(head) or _AGENCY_RE.fullmatch(head) is not None
            or head.endswith(("记者", "受访者", "通讯员", "本报", "本台")))


# session 23 (probe B): `凌空（摄影 X）`: a credit's key, a space or a colon, a name (not `某某（摄影作品）`, `（摄影师）`, the review's)
_KEYED_BRACKET_NAME: Final = re.compile(r"(?:摄影|攝影|作者|图|圖)[\s:：]+(?P<n>[\u4e00-\u9fff]{2,4})")


def _author_bracket_work(result: ParsedName, text: str) -> bool:
    """`许仁蕙（廊柱）`: a strict name, then a work's title in full-width brackets -> photographer + title."""
    m = _AUTHOR_BRACKET_WORK.fullmatch(text)
    if not m:
        return False
    name, title = m["name"], m["title"].strip()
    if _credit_in_bracket(title) or (keyed := _KEYED_BRACKET_NAME.fullmatch(title)) and _is_name(keyed["n"]):
        return False  # session 12's reviews: `边城（某某 摄）`, `白鹭（新华社 摄）`, `高楼（记者 某某 摄）`: the bracket credits
        # whoever shot 边城 (`（风光摄影）`, `（自摄）` still say how the person before it shot the work); session 23, probe B:
        # `凌空（摄影 X）`, the bracket's key credits X
    if not _has_surname(name) or not _is_name(name) or not title or title in _NOT_BRACKET_WORK \
            or any(c.isdigit() for c in title) or title in _MEDIA_SET or title in _GAZETTEER \
            or _is_name(title) or _full_place(title) or _UNIT_ONLY.fullmatch(title):
        return False
    result._set("photographers", [name], "作者（作品）", 0.75)
    result._set("title", title, "作者（作品）", 0.75)
    result.kind = result.family = "contest_entry"
    return True


# Round 22: how the picture was taken (航拍, 全景图, 鸟瞰图 …) after nothing but places: the name says where, and
# has no title (`某湖航拍`, `某广场-航拍`, `某宫·某市·航拍`, `某博物馆全景图`). With a credit the words stay the
# work's title (`某码头航拍 (X 摄)`), as does a view word (`雷峰塔全景`, `故宫雪景`: what it looks like).
_TECHNIQUE_END: Final = re.compile(r"(?:\s*[-_·•\s]\s*)?(?:航拍(?:图|照片?)?|全景(?:图|照片?)|鸟瞰图|俯瞰图|俯拍图?|VR全景|360全景)$")
_TECHNIQUE_LAST: Final = frozenset("拍图照片景")
_TECHNIQUE_WORDS: Final = ("航拍", "航拍图", "航拍照", "航拍照片", "全景图", "全景照", "全景照片", "鸟瞰图", "俯瞰图", "俯拍", "俯拍图",
                           "VR全景", "360全景")  # what _TECHNIQUE_END can end on


def _technique_place(part: str) -> bool:
    if not part or part in _GENERIC_PLACE_HEADS or _MULTI_SUFFIX_RUN.fullmatch(part) or _is_name(part):
        return False
    if part in _GAZETTEER and part[-1] in _LANDMARK_CHARS:
        return True  # `南湖`: a lake many cities have, still a named place before 航拍
    return _full_place(part) or _is_sight_name(part) or part in _NATURAL_SIGHTS or _is_designated_sight(part)


_ARRIVE_PLACE: Final = re.compile(r"[\u4e00-\u9fff]{1,3}(?:到|来到|降临|临)(?P<p>[\u4e00-\u9fff]{3,8})")  # `春到某某楼`, `秋临某湖`
_CJK_DOTTED: Final = re.compile(r"[\u4e00-\u9fff]{2,20}(?:\.[\u4e00-\u9fff]{2,20}){2,3}")  # three or four words and dots


def _apply_place_technique(result: ParsedName, text: str) -> bool:
    m = _TECHNIQUE_END.search(text, max(0, len(text) - 12))  # (the longest ending, spaces round a dash, fits in 12)
    if not m or m.start() == 0:
        return False
    parts = [p for p in _TECHNIQUE_PARTS.split(text[: m.start()]) if p]
    if not 1 <= len(parts) <= 3 or any(len(p) > 14 or not _CJK.fullmatch(p) for p in parts):
        return False
    places = [p for p in parts if _technique_place(p)]
    if not places or len(places) < len(parts) - 1 or any(_is_name(p) for p in parts):
        return False  # every part a place, or one more unknown beside a known (`某某总统府·南京`)
    result._set("place", places[0], "place + way of shooting", 0.6)
    result.kind, result.family = "titled", "place_only"
    return True


def _apply_technique_lead(result: ParsedName, text: str) -> bool:
    """`航拍某湖公园`: the way of shooting before nothing but one place, no credit: where, and no title (as
    `某湖公园航拍`); with a credit or any other words (`航拍某桥 X 摄`, `航拍某地夜色`) the words stay the title."""
    rest = text[2:].lstrip(" -_·•:：")
    if not 2 <= len(rest) <= 16 or not _technique_place(rest) or not _CJK_DIGITS_ONLY.fullmatch(rest):
        return False
    result._set("place", rest, "way of shooting + place", 0.6)
    result.kind, result.family = "titled", "place_only"
    return True


_CJK_DIGITS_ONLY: Final = re.compile(r"[\u4e00-\u9fff0-9]+")


_HAS_SEP: Final = re.compile(r"[-_+＋\s\u3000丨｜|]|——")


_GROUP_LABEL: Final = re.compile(r"[\u4e00-\u9fffA-Za-z0-9]{0,8}(?:年级|少儿|青少年|成人|中学|小学|幼儿|学生|教师|专业|业余)?组(?:别)?")
