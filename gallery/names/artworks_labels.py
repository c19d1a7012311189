"""Session 24: an artwork's label as exhibitions, artists' albums and sellers write it, its parts set apart by spaces or
dashes: the era, the maker, the kind of work (a script, a medium, a ware), the title, the material, the size, the sheet,
the holder, the year it was made and which part is shown (`明 仇英 汉宫春晓图卷 局部之三`, `楷书 心经 李正平书 四尺对开`,
`龙泉青瓷 梅子青釉荷叶盖罐 徐卫东`, `马骁骏—草原牧歌—布面油画—150×200cm—2015年`).

One part is left that none of these is: the title, read last (finish) from the title the steps before left, so whom
they credited stays as it was. Where they credited nobody, the one maker of a label naming no era is credited (session
25: the labelled artwork rows and sets 117 and 132 credit a living artist); an era's painter, or a second maker, is
named in a warning. A town beside a ware is where it was
made (`建盏 兔毫束口盏 建阳 某某制`), no part of the title.

Reads lexicon, people, places_scan, artworks, segments. Serves finish.
"""

from __future__ import annotations

import re
from typing import Final

from .artworks import (
    _ART_BARE_SIZE,
    _ART_ERA,
    _ART_FORMAT,
    _ART_HOLDER,
    _ART_MEDIUM,
    _ART_PIXELS,
    _ART_SIDE,
)
from .lexicon import _simplified
from .people import _CJK, _MATERIALS, _MEDIA_SET, _has_surname, _is_name, _is_title_word
from .places_scan import _scan_place
from .segments import _MAKER_OF_KIND

# the kinds of work a label names before or after the title: calligraphy's scripts, wares and seal carving's notes
_SCRIPTS: Final = frozenset("楷书 行书 草书 隶书 篆书 行草 小楷 大楷 魏碑 甲骨文 金文 甲骨文书法 硬笔书法 软笔书法 书法 书法作品 "
                            "隶书对联 篆书对联 行书对联 楷书对联".split())
_WARES: Final = frozenset("青花 粉彩 五彩 斗彩 珐琅彩 釉里红 紫砂 紫砂壶 宜兴紫砂 建盏 汝瓷 钧瓷 钧窑 官窑 哥窑 定窑 磁州窑 柴窑 "
                          "龙泉青瓷 青瓷 白瓷 德化白瓷 青白瓷 黑陶 彩陶 红陶 陶瓷 陶艺 瓷板画 陶瓷壁画 景泰蓝 漆器 "
                          "篆刻 篆刻作品 印章 肖形印 白文 朱文 印蜕 边款 底款 木雕 石雕 根雕 竹雕 玉雕 泥塑 沙画 剪纸".split())
# a painting's medium and its genre together (`工笔花鸟`, `水墨人物`, `油画风景写生`): the kind, no title (a genre alone,
# `山水`, is a title as often)
_MEDIUM_GENRE: Final = re.compile(r"(?:工笔|水墨|写意|油画|水彩|水粉|国画|岩彩画?)(?:花鸟|山水|人物|风景|静物|肖像)?(?:写生|画)?")
_SHEET: Final = re.compile(r"(?:[二三四五六八]尺|丈二匹?)(?:整张|斗方|对开|三开|四开|中堂|横幅|竖幅|条屏)?|斗方|中堂|整张|横幅|竖幅"
                           r"|条屏|(?:四尺)?[对三四]开")
_LABEL_SIZE: Final = re.compile(r"(?:[高长宽直径]{1,2})?\d{1,4}(?:\.\d{1,2})?(?:\s*[xX×*]\s*\d{1,4}(?:\.\d{1,2})?){0,2}"
                                r"\s*(?:cm|CM|mm|厘米|公分|米)?(?:\s*[xX×*]\s*\d)?")
# session 26: a medium written as a run of a ground and a technique (`纸本油彩`, `水墨设色纸本`, `纸本油性蜡笔`)
_MEDIUM_RUN: Final = re.compile(r"(?:纸本|绢本|布面|布上|纸上|木板|麻布|设色|水墨|油彩|油画|丙烯|综合材料|油性蜡笔|蜡笔|色粉|矿物颜料){2,3}")
# a size closed by a full stop, or with a note after it (`19×13cm.(最大)`), and an auction's area (`约4.26平尺`)
_SIZE_NOTED: Final = re.compile(r"(?P<s>[^()（）]+?)\.?(?:[(（][^()（）]{1,6}[)）])?")
_AREA: Final = re.compile(r"约?\d{1,3}(?:\.\d{1,2})?平尺|\d{1,4}(?:\.\d{1,2})?\s*[xX×]\s*\d{1,4}(?:\.\d{1,2})?\s*in\.?")  # (and inches)
# a painting named as museums catalogue the old masters' scrolls and albums (`某某图轴`, `某某图卷`, `某某图册`)
_SCROLL_WORK: Final = re.compile(r"[\u4e00-\u9fff]{2,12}图(?:轴|卷|册|页)")
# how many pieces the lot holds (`无题（共四幅）`): no part of the title
_PIECES: Final = re.compile(r"\s*[(（]共[一二三四五六七八九十\d]{1,3}[幅件张帧][)）]$")
# a painter's years of birth and death after his name (`某某(1907-1989)`): an old master, whose dash is no label's part
_LIFE_YEARS: Final = re.compile(r"[(（]\s*1[5-9]\d\d\s*[-—–~]\s*(?:1[5-9]|20)\d\d\s*[)）]")
# a size glued to the medium before it (`设色纸本91×52cm`): two parts
_GLUED_MEDIUM_SIZE: Final = re.compile(r"(?<=[\u4e00-\u9fff])(?=\d{1,4}(?:\.\d{1,2})?\s*[xX×*]\s*\d)")
# a size's unit set apart from its numbers (`59×96.5 cm.`, `23.23×37.99 in.`): one part
_SPACED_UNIT: Final = re.compile(r"(?<=\d)\s+(cm|CM|in)\b\.?")
# a 《work》 glued to the maker's name before it (`某某《题》`): two parts
_NAME_BOOK: Final = re.compile(r"(?<=[\u4e00-\u9fff])(?=《)|(?<=》)(?=[\u4e00-\u9fff])")
_MADE_YEAR: Final = re.compile(r"(?:19|20)\d\d\s*年?(?:作|[春夏秋冬](?:烧成)?|新品|秋烧成)?")
_SHOWN_PART: Final = re.compile(r"局部(?:之[一二三四五六七八九十\d]{1,3})?|节录|节选|节临|全临|意临|临本|印蜕|边款|拓片|[(（]组图之[一二三四五六七八九十\d]{1,2}[)）]")
_ONE_CHAR_ERA: Final = frozenset("商周秦汉晋隋唐宋元明清")
_SPACED_ERA: Final = re.compile(r"(?:^|[\s_\-—])[商周秦汉晋隋唐宋元明清](?:代|朝)?[\s_\-—]")  # `明 仇英 …`: an era set apart (the
# steps before join a single character to the name after it)
_GLUED_SIZE: Final = re.compile(r"\d\s*(?:cm|CM|mm|厘米|公分)")
_GLUED_SIDE: Final = re.compile(r"(?<=[\u4e00-\u9fff])(?=[高长宽][\d.]+\s*(?:cm|CM|厘米|公分|米)$)")  # `松鹤延年高30cm`: spaces
# between Chinese words were closed up before; a side's size glued so is a part of its own
_MAKER: Final = re.compile(r"(?P<n>[\u4e00-\u9fff]{2,4}?)\s*(?:作品?|制|刻|书|绘)")
_NO_PART: Final = frozenset(("作品", "新作", "图片由艺术家提供"))
# a label's parts: spaces, dashes (a printed one too) or underscores between them
_LABEL_SEP: Final = re.compile(r"\s*(?:——|—|--|[\s_\-])\s*")
# what opens the reading: one kind of work, a material, a sheet's size or a made thing's size named somewhere
_ART_LABEL_GATE: Final = re.compile(r"书|[楷隶篆]|魏碑|甲骨|青花|彩|紫砂|盏|[瓷陶窑釉]|篆刻|印|雕|塑|[纸绢]本|设色|水墨|工笔|油画|水彩|\d\s*(?:cm|CM|厘米)"
                                r"|[二三四六八]尺|丈二|斗方|中堂|局部|[图圖][轴軸卷册冊页頁]")


# a craft's kind by its last characters, as a label opens on it (`玉雕作品`, `惠山泥人`, `青神竹编`, `脱胎漆器`, `铜雕`),
# and a carving's or a casting's material by its last (`巴林鸡血石`, `芙蓉石`, `青铜`, `矿物颜料`)
_KIND_ENDS: Final = ("雕", "雕作品", "画", "刻", "绣", "编", "塑", "雕塑", "漆器", "泥人", "年画", "剪纸", "风筝", "皮影", "唐卡",
                     "蜡染", "银饰", "布艺", "作品", "设计", "拓片", "印谱")
_MATERIAL_ENDS: Final = ("石", "木", "铜", "颜料", "玻璃钢", "着色")


_NOTES: Final = frozenset(("kind", "material", "size", "sheet", "holder", "shown", "era", "year"))


def _kind_of_part(part: str) -> str:
    """What one part of a label is: "era", "kind", "material", "size", "sheet", "holder", "year", "shown", "skip",
    "maker:<name>", "name", or "" (words: the title, or where the work was made)."""
    if part in _NO_PART:
        return "skip"
    if _ART_ERA.fullmatch(part) or part == "近现代":
        return "era"
    if part in _SCRIPTS or part in _WARES or part in _MEDIA_SET or _MEDIUM_GENRE.fullmatch(part):
        return "kind"
    if _ART_MEDIUM.fullmatch(part) or part in _MATERIALS or part in ("金箔", "矿物色") or _MEDIUM_RUN.fullmatch(part):
        return "material"  # (纸本, 绢本: _ART_MEDIUM; session 26: `纸本油彩`, `水墨设色纸本`, `纸本油性蜡笔`)
    if part[:1].isdigit() and (_ART_BARE_SIZE.fullmatch(part) or _ART_PIXELS.fullmatch(part)) \
            or part[:1] in "纵横高宽长直" and _ART_SIDE.fullmatch(part) or _LABEL_SIZE.fullmatch(part) and not _MADE_YEAR.fullmatch(part) \
            or _AREA.fullmatch(part) or (noted := _SIZE_NOTED.fullmatch(part)) and _LABEL_SIZE.fullmatch(noted["s"]):  # (session 26)
        return "size"
    if _SHEET.fullmatch(part) or _ART_FORMAT.fullmatch(part):
        return "sheet"
    if _ART_HOLDER.fullmatch(part) or len(part) > 3 and part.endswith(("藏", "收藏")):
        return "holder"
    if _MADE_YEAR.fullmatch(part):
        return "year"
    if _SHOWN_PART.fullmatch(part):
        return "shown"
    if (m := _MAKER_OF_KIND.fullmatch(part) or _MAKER.fullmatch(part)) and _has_surname(m["n"]) and _is_name(m["n"], strict=False) \
            and not _is_title_word(m["n"]):
        return "maker:" + m["n"]
    if _has_surname(part) and _is_name(part) and not _is_title_word(part):
        return "name"
    if part[:1] in _ONE_CHAR_ERA and 3 <= len(part) <= 4 and _is_name(part[1:], strict=False) \
            and not _is_title_word(part[1:]):
        return "maker:" + part[1:]  # `明 仇英` read as one word (a single character and a name are joined before)
    return ""


def _part_kinds(parts: list[str]) -> list[str]:
    """Each part's kind; the first or the last part may be the work's kind by its ending (`玉雕作品`, `青神竹编`), and
    after a kind a material by its ending (`巴林鸡血石`, `青铜`)."""
    kinds = [_kind_of_part(_simplified(p)) for p in parts]
    for i in (0, -1):
        if not kinds[i] and 2 <= len(parts[i]) <= 6 and _simplified(parts[i]).endswith(_KIND_ENDS):
            kinds[i] = "kind"  # the label opens (or closes) on the work's kind
    for i, p in enumerate(parts):
        if i and not kinds[i] and 2 <= len(p) <= 5 and "kind" in kinds[:i] and _simplified(p).endswith(_MATERIAL_ENDS):
            kinds[i] = "material"  # (after the kind: a carving's stone, a casting's bronze)
    return kinds


def _as_written(part: str, name: str) -> str:
    """The maker's name as the label writes it (`吳伯衡刻` -> `吳伯衡`: the kinds were read in simplified script)."""
    at = _simplified(part).find(name)
    return part[at : at + len(name)] if at >= 0 and len(_simplified(part)) == len(part) else name


def _label_parts_apart(text: str) -> str:
    """Session 26: a painter's years taken off, a size glued to its medium and a 《work》 glued to its maker set apart."""
    if "(" in text or "（" in text:
        text = _LIFE_YEARS.sub("", text)
    if "《" in text:
        text = _NAME_BOOK.sub(" ", text)
    if "×" in text or "x" in text or "X" in text or "*" in text:
        text = _SPACED_UNIT.sub(r"\1", _GLUED_MEDIUM_SIZE.sub(" ", text))
    return text


def _label_title(title: str, name: str) -> tuple[str, list[str], bool] | None:
    """`于右任 草书 千字文 局部` -> (`千字文`, [`于右任`], False): the one part of a label's words left as the title, its
    makers, and whether an era is named (a museum's old master, no living artist's label); None where the words are no such label (no kind of work, material, size, sheet or holder among them, an era
    or a year alone not being enough; two words or two makers left; a 《work》 glued to a name, read before)."""
    lived = _LIFE_YEARS.search(title) is not None or _LIFE_YEARS.search(name) is not None
    title, name = _label_parts_apart(title), _label_parts_apart(name)
    parts = [p for p in _LABEL_SEP.split(_GLUED_SIDE.sub(" ", title.strip())) if p]
    if not 2 <= len(parts) <= 8 or any(("《" in p or "》" in p) and not (p[:1] == "《" and p[-1:] == "》") for p in parts):
        return None
    kinds = _part_kinds(parts)
    named = "name" in kinds or any(k.startswith("maker:") for k in kinds)
    if len(parts) == 2 and kinds == ["name", ""] and _SCROLL_WORK.fullmatch(_simplified(parts[1])):
        return parts[1], [parts[0]], True  # session 26: `某某 某某图轴`: a painter and his scroll, a museum's old master
    if len(parts) == 2 and kinds[0].startswith("maker:") and _MAKER_OF_KIND.fullmatch(_simplified(parts[0])) \
            and (not kinds[1] or len(parts[1]) == 4 and (kinds[1] == "name" or kinds[1].startswith("maker:"))):  # (four
        # characters after a maker's kind are a motto, `明德惟馨`, not a name nor an era and a name)
        return parts[1], [_as_written(parts[0], kinds[0][6:])], False  # session 26: `某某书法作品 明德惟馨`: the maker and his
        # kind of work, then the title
    if not ({"kind", "material", "size", "sheet", "holder", "shown"} & set(kinds) or named and "skip" in kinds) \
            or sum(k in _NOTES for k in _part_kinds([p for p in _LABEL_SEP.split(name.rsplit(".", 1)[0]) if p])) < 2:
        return None  # (two notes in the whole name at least, those the steps before took off counted: one beside a
        # title and a name is a title's word as often; session 25: `某某 作品 肖像` left of a label whose size and
        # medium the steps before took, a maker and 作品 beside the one word)
    words = [p for p, k in zip(parts, kinds, strict=True) if not k]
    names = [p for p, k in zip(parts, kinds, strict=True) if k == "name"]
    makers = [_as_written(p, k[6:]) for p, k in zip(parts, kinds, strict=True) if k.startswith("maker:")]
    if len(words) == 2 and not names and not makers:  # a rarer surname's maker (`溥心畬 寒林圖 絹本`): the one word
        shaped = [w for w in words if len(w) == 3 and _is_name(_simplified(w), strict=False)  # shaped as a name
                  and not _is_title_word(_simplified(w))]
        if len(shaped) == 1:
            words.remove(shaped[0])
            names.append(shaped[0])
    if len(words) == 2:  # a town beside a ware or a painter's subject, `建盏 兔毫束口盏 建阳`: where it was made
        towns = [w for w in words if (scan := _scan_place(_simplified(w), 0)).first_gaz and scan.end == len(w)]
        if len(towns) == 1 and len(other := words[1 - words.index(towns[0])]) >= 3:  # (not `某地 粉彩 制作`: a verb)
            words = [other]
    if len(words) != 1 or len(names) + len(makers) > 1 or not _CJK.search(words[0]) or _GLUED_SIZE.search(words[0]):
        return None  # (`黄杨木高28cm`: a size glued to a material is no title)
    work = _PIECES.sub("", words[0]).strip("《》「」")
    old = "era" in kinds or "holder" in kinds or lived or _SPACED_ERA.search(name) is not None  # (a museum's holding: no living
    # artist's label either)
    return (work, names + makers, old) if work else None
