"""Step 5b, the gazetteer scan: place chunks, suffixes, sights, and a place phrase's trim
(`_scan_place`, `_trim_place`).

Reads lexicon. Serves places_not_where, places_finders, places, credits_body, credits_grammar,
credits, titles, captions, artworks, segments, text_notes, text_tails, text_body.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Final

from .lexicon import (
    _ADMIN_SUFFIXES,
    _ALL_SUFFIXES,
    _AMBIGUOUS_PLACES,
    _COUNTED,
    _GAZ_FIRST,
    _GAZ_LENGTHS,
    _GAZETTEER,
    _HAND_GAZETTEER,
    _PLACE_STOP_CHARS,
    _PLACE_STOP_WORDS,
    _PLACE_TRAILING,
    _SIGHTS,
    _SIGHTS_AMBIGUOUS,
    _STRONG_SUFFIXES,
    _WEAK_SUFFIXES,
    _trie_pattern,
)

# ---------------------------------------------------------------------------------------------
# Step 5b: places
# ---------------------------------------------------------------------------------------------

_CHUNK_RE: Final = re.compile(
    r"[\u4e00-\u9fff0-9A-Za-z“”\"·]{1,11}?" + _trie_pattern(_ALL_SUFFIXES)
)
_MULTI_SUFFIXES: Final = tuple(s for s in _ALL_SUFFIXES if len(s) > 1)


_LANDMARK_CHARS: Final = frozenset("湖站湾塔路街桥港岛山江河")
_WORD_AFTER_SUFFIX: Final = frozenset("民长流水面区")


def _gazetteer_at(text: str, i: int) -> int:
    """End of the gazetteer name (with its admin suffix) starting at `i`, or `i`.

    A division followed by 委/政府/人大 … names an organisation (江苏省委), not a place.
    """
    room = len(text) - i  # (speed) _gaz_name_length written out: ~5,200 calls a pass of the 2,006 names
    for length in _GAZ_LENGTHS.get(text[i : i + 2], ()):
        if length <= room and text[i : i + length] in _GAZETTEER:
            break
    else:
        return i
    if length == 2 and text[i] == "公" and text[i + 1 : i + 2] == "安" and text[i + 2 : i + 3] in _POLICE_AFTER_GONGAN \
            and text[i - 1 : i] in _ADMIN_LAST:
        return i  # round 39: `某市公安局`, `某县公安民警`: a division's police, not 公安 county
    if length:
        end = i + length
        for suffix in _ADMIN_BY_FIRST.get(text[end : end + 1], ()):
            if text.startswith(suffix, end):
                end += len(suffix)
                break
        else:
            ch = text[end : end + 1]
            if ch and ch in _LANDMARK_CHARS and text[end + 1 : end + 2] not in _WORD_AFTER_SUFFIX:
                end += 1  # 昆明湖, 北京站, 杭州湾
                if ch == "街" and text[end : end + 1] in _STREET_WORD_END:
                    end += 1  # round 39: `北京街头`, `明光街道`: 街头/街道 is one word, not 街 + 头
        return i if _ORGANISATION_AFTER.match(text, end) else end
    return i


_POLICE_AFTER_GONGAN: Final = frozenset("局厅廳处處民消交分干幹机機部警")
_ADMIN_LAST: Final = frozenset("省市县縣区區州旗")
_STREET_WORD_END: Final = frozenset("头頭道")  # round 39: 街头, 街頭, 街道 (a street's side, a subdistrict)
_ADMIN_BY_FIRST: Final[dict[str, tuple[str, ...]]] = {}
for _suffix in _ADMIN_SUFFIXES:
    _ADMIN_BY_FIRST[_suffix[0]] = (*_ADMIN_BY_FIRST.get(_suffix[0], ()), _suffix)


def _gaz_name_length(text: str, i: int) -> int:
    """Length of the longest gazetteer name starting at `i` (0 when none)."""
    room = len(text) - i
    for length in _GAZ_LENGTHS.get(text[i : i + 2], ()):
        if length <= room and text[i : i + length] in _GAZETTEER:
            return length
    return 0


_ORGANISATION_AFTER: Final = re.compile(
    r"委|政府|人大|政协|党委|人民政府|代表团|籍|副?(?:主委|主任|主席|书记|市长|省长|县长|区长|常委)"
    r"|(?:慰问|考察|访问|参观|观摩|采风)团"  # session 18: `某市慰问团`: a delegation from the place, not where
)
# `摄影家帮助村民`, `大学生村官`, `镇长`: the suffix character starts the next word
_SUFFIX_STARTS_WORD: Final = frozenset("民官长委域亲干")


# round 57: the surroundings of a place (`某村周边群山`, `某站附近居民`) are around it, no part of its name; a region
# word after them keeps the phrase whole (`某省附近海域`, `周边地区`: the sea or the area near the place, round 30)
# ((speed) in the stop words' trie, the region words checked after a match: a lookahead branch costs every chunk)
_SURROUNDINGS: Final = ("周边", "周邊", "週邊", "附近", "周围", "周圍")
# a sea's, a water's or a land's area: named by what is around it or done in it (also places_not_where's `目标海区`)
_AREA_WORDS: Final = ("海区", "海域", "水域", "区域", "地区", "地带", "山区")
_YOU_FROM: Final = r"(?<![自理缘因事经])由(?!于)"  # 由 as "from" (`由某某码头出发`), not in 自由, 理由, 经由, 由于
_CHUNK_STOP: Final = re.compile(
    "[" + "".join(sorted(_PLACE_STOP_CHARS)) + "]|" + _COUNTED + "|" + _trie_pattern(_PLACE_STOP_WORDS + _SURROUNDINGS)
    + "|" + _YOU_FROM  # round 63: `游船由某某码头出发`: 由, from, as 从 (not 自由路, 经由)
)
# people words that open real place names: 市民广场, 游客中心, 工人文化宫, 村民活动中心
_PEOPLE_LEADING_PLACE: Final = frozenset(("市民", "游客", "村民", "工人"))
# round 55: a facility's kind right after a verb at the end of a chunk (`某某展示中心`, `某某体验馆`, `某某训练基地`):
# the facility is named by what is done there, after a name (the bare `展示中心` is a kind, no name)
_FACILITY_AFTER_VERB: Final = frozenset(("中心", "馆", "厅", "基地"))
_FACILITY_LAST: Final = frozenset(w[-1] for w in _FACILITY_AFTER_VERB)  # (speed) their last characters, tested first
# `吴楼村村民`, `建塘镇溪流`: a suffix character that starts the next word is not absorbed.
_SUFFIX_RUN: Final = re.compile(_trie_pattern(_ALL_SUFFIXES) + "+(?![民长流水面])")
_MULTI_SUFFIX_RUN: Final = re.compile(_trie_pattern(_MULTI_SUFFIXES) + "+")


# round 62: villages named in front/rear pairs (前某村 / 后某村, 后营村, 后沟庄): 后 opening a chunk, one character, then a
# village's suffix is the name's first character, not "after" (a verb or an adverb after it, `…后进村`, `…后到庄`, is)
_NAMED_HOU: Final = re.compile(r"[天皇]后|(?<=[东南西北前])后(?=[街巷海湖山村])|^后(?=[街巷海湖]|(?![进到来去回出入在又再就才便即至返])[\u4e00-\u9fff][村庄屯寨堡])")


# a character no stop word holds: a stop word's character that is part of a name is masked with it before the stop search
_MASK: Final = "天"


def _opens_on_glued_year(text: str) -> bool:
    """Session 18: a year (19xx, 20xx) glued straight before the words (`2012某某`, `2021乡愁`; not `2021年`, not a longer
    number)."""
    return text[:2] in ("19", "20") and text[2:4].isdigit() and text[4:5] not in "年0123456789"


@lru_cache(maxsize=1024)  # pure; the finders scan the same clause from several starts
def _chunk_ok(chunk: str) -> bool:
    if len(chunk) < 2:
        return False
    if _opens_on_glued_year(chunk) and (len(chunk) <= 5 or _MULTI_SUFFIX_RUN.fullmatch(chunk, 4)):
        return False  # session 18: `2021乡愁`: a year glued before a suffix's character (乡), no place's name
    if "和" in chunk and (k := chunk.find("和", 1)) > 0 and _gazetteer_at(chunk, k + 1) > k + 1:
        return False  # session 17: `英国传教士和泉州人`: 和 before a known place joins two things, no place's name holds it
    if "后" in chunk:  # 天后宫 (Mazu temples), 南后街, 后海: names, not "after"
        chunk = _NAMED_HOU.sub(_MASK * 2, chunk)
    if "都" in chunk:  # round 62: 都 before a place's kind of two characters or more (`某某毛都草原`) is a
        k = chunk.find("都", 1)  # transliterated name's syllable: the adverb "all" comes before a verb, never a 草原
        if k > 0 and _MULTI_SUFFIX_RUN.match(chunk, k + 1):
            chunk = chunk[:k] + _MASK + chunk[k + 1 :]
    m = _CHUNK_STOP.search(chunk)
    if m and m.start() == 0 and m.group(0) in _PEOPLE_LEADING_PLACE:
        if chunk[-1] in _WEAK_SUFFIXES and len(chunk) <= 4:
            return False  # round 39: `某村村民江某`: the people word, then a surname read as the suffix 江/山 …
        m = _CHUNK_STOP.search(chunk, m.end())
    if m and m.group(0) in _SURROUNDINGS and chunk.startswith(_AREA_WORDS, m.end()):
        m = _CHUNK_STOP.search(chunk, m.end())  # `某省附近海域`: the sea near the place, where
    if m and m.group(0) == "慰问" and chunk[m.end() : m.end() + 1] == "团":
        m = _CHUNK_STOP.search(chunk, m.end())  # session 18: `某市慰问团`, a delegation, reads as before (a visit's
        # 慰问 stops a place: `慰问某村老人`; checked after the trie's match, as a look-ahead branch costs every chunk)
    if m and m.start() > 0 and chunk[-1] in _FACILITY_LAST and chunk[m.end():] in _FACILITY_AFTER_VERB \
            and len(m.group(0)) == 2:
        return True  # round 55: `某某展示中心`, `某某体验馆`, `某某训练基地`: a facility named by what is done there
    return m is None


def _absorb_suffixes(text: str, pos: int, run: re.Pattern[str]) -> int:
    """`六里桥` + `站`, `颐和园` + `景区`: suffixes straight after a chunk belong to it."""
    m = run.match(text, pos)
    return m.end() if m else pos


def _cut_inside_word(text: str, end: int, start: int = 0) -> bool:
    """A chunk ending here splits a word: 村|民, 江|苏省委, 省|委."""
    last = text[end - 1 : end]
    if last in "省市县区" and _ORGANISATION_AFTER.match(text, end):
        return True
    if text[end : end + 1] in _SUFFIX_STARTS_WORD and last in _SINGLE_SUFFIXES:
        return True
    if last == "学" and text[end : end + 1] in ("生", "习"):
        return True  # round 22: `全国大学生…`, `中学生`: students, not a school's name; session 23: `…集中学习`: a study
    if last not in _GAZ_FIRST:
        return False
    n = _gaz_name_length(text, end - 1)
    if n == 2 and end - start >= 3 and text[end : end + 1] in _LOCATIVES and text[end - 1 : end + 1] in _AMBIGUOUS_PLACES:
        return False  # round 54: `在某某山上`: the suffix and a locative (山上, "on the mountain"), a word as well as a
        # township, after a name of two characters or more (`在茶山上`, `在高山上`: a kind of hill, as before)
    return n > 1


_SINGLE_SUFFIXES: Final = frozenset(s for s in _ALL_SUFFIXES if len(s) == 1)
_LOCATIVES: Final = frozenset("上下里内中边旁前后")  # what follows a place to say on, under, in, beside it
# Generic place-name endings that are everyday words on their own (门口, 山谷, 池塘): they only
# extend a phrase a known place already opened (`黄河壶口`, `汉阳琴断口`, `盈江犀鸟谷`), and only
# where the phrase ends or a suffix follows.
_TAIL_CHUNK: Final = re.compile(
    r"(?:[\u4e00-\u9fff]{1,4}?(?:口|谷|塘|坝|坪|洲|渡|岩|门|洞)|[\u4e00-\u9fff]{0,4}?(?:梯田|花海|竹海))(?=$|[^\u4e00-\u9fff]|"
    + _trie_pattern(_ALL_SUFFIXES) + ")"
)
_TAIL_ENDS: Final = frozenset("口谷塘坝坪洲渡岩门田海洞")
_EVERYDAY_TAILS: Final = frozenset(
    "门口 路口 街口 人口 出口 进口 入口 窗口 借口 开口 户口 胃口 缺口 胸口 稻谷 五谷 低谷 山谷 池塘 鱼塘 水塘 山洞 漏洞 "
    "水坝 草坪 绿洲 沙洲".split()
)


_AMBIGUOUS_SIGHT_LENGTHS: Final[dict[str, tuple[int, ...]]] = {}
for _sight in _SIGHTS_AMBIGUOUS - _GAZETTEER:
    _AMBIGUOUS_SIGHT_LENGTHS[_sight[:2]] = tuple(sorted({*_AMBIGUOUS_SIGHT_LENGTHS.get(_sight[:2], ()), len(_sight)},
                                                        reverse=True))


def _ambiguous_sight_length(text: str, i: int) -> int:
    """Length of an ambiguous sight (天坛, 泰山, 白云山) starting at `i` (0 when none)."""
    for length in _AMBIGUOUS_SIGHT_LENGTHS.get(text[i : i + 2], ()):
        if text[i : i + length] in _SIGHTS_AMBIGUOUS:
            return length
    return 0


# round 59: divisions whose names are everyday words (cooperation, peace, friendship, liberation …): after another place
# they name it only with a suffix or a locative after them
_ROAD_DIRECTIONS: Final = frozenset("东西南北")  # `解放东路`, `和平北街`: a road's part of the town
_WORD_DIVISIONS: Final = frozenset("合作 和平 安康 太平 友谊 前进 光明 富裕 平安 红旗 解放 振兴 兴隆 新兴 工农 共和 平和 长寿".split())


class _Scan:
    """A scan's answer: where the place phrase ends, whether it opens on a gazetteer name, whether its last part ends in a
    strong suffix, and how many parts it has. Shared by the scan's cache, so never changed once made. (A plain class:
    compiled with mypyc it is built natively, where a NamedTuple's `__new__` is interpreted.)"""

    __slots__ = ("end", "first_gaz", "strong", "chunks")

    def __init__(self, end: int, first_gaz: bool = False, strong: bool = False, chunks: int = 0) -> None:
        self.end, self.first_gaz, self.strong, self.chunks = end, first_gaz, strong, chunks


def _opens_on_place(words: str) -> bool:
    """Session 23: words after 摄于 or a glued 拍摄地点 that say where (`霞浦`, `某某公园`, `莫高窟`, `坝上`), not when or
    what (`文革时期`, `清晨`, `附近的小吃`, `为北京`): a place phrase opens them, they are a known place or sight, or a
    highland named by where it lies (坝上, 岭上, 塬上, 山上)."""
    return (_scan_place(words, 0).end > 0 or words in _HAND_GAZETTEER or words in _SIGHTS
            or words[-1:] == "上" and words[-2:-1] in "坝岭塬山")


@lru_cache(maxsize=64)
def _scan_place(text: str, i: int) -> _Scan:
    """The longest place phrase from `i`, made of gazetteer names and suffix-ended chunks.

    Pure in (text, i) and called by several finders on the same clause, so the last few scans
    are kept (the result is never changed).
    """
    pos = i
    first_gaz = strong = False
    chunks = 0
    size = len(text)
    while pos < size:
        end = _gazetteer_at(text, pos) if text[pos] in _GAZ_FIRST else pos  # most positions open no name
        if end == pos and chunks and first_gaz:  # `北京天坛`: a known place vouches for an ambiguous sight
            end = pos + _ambiguous_sight_length(text, pos)
        if end > pos:
            m = _SUFFIX_RUN.match(text, end)  # 宝塔 + 村
            if chunks and m is None and "\u4e00" <= text[end : end + 1] <= "\u9fff" and text[end] not in _LOCATIVES \
                    and text[end] not in _ROAD_DIRECTIONS and text[end] not in _LANDMARK_CHARS and text[end] != "碑" \
                    and text[pos:end] in _WORD_DIVISIONS:  # (`重庆解放碑步行街`, `某市和平桥`: a landmark named so)
                break  # round 59: `上海合作组织`: after a place, a division named by an everyday word (合作, 和平) running
                # on into the next word is that word, no second place (`某市和平广场`, `某市和平区`, `某县和平里`, a road
                # `某区解放东路` stay)
            first_gaz = first_gaz or pos == i
            pos, strong, chunks = (m.end() if m else end), True, chunks + 1
            continue
        m = _MULTI_SUFFIX_RUN.match(text, pos)
        if m is None:
            m = _CHUNK_RE.match(text, pos)
            if not m or not _chunk_ok(m.group(0)):
                hint = chunks and not _TAIL_ENDS.isdisjoint(text[pos + 1 : pos + 7])
                m = _TAIL_CHUNK.match(text, pos) if hint else None
                if not m or not _chunk_ok(m.group(0)) or m.group(0)[-2:] in _EVERYDAY_TAILS:
                    # round 57: `某乡某坝`+ any word: a flat's village after its township ((speed) read only where
                    # the tail hint saw a tail character: a test more at the end of every scan costs)
                    if not hint or text[pos - 1] not in _TOWNSHIP_LAST or not (m := _flat_village(text, pos)):
                        break
            end = _absorb_suffixes(text, m.end(), _SUFFIX_RUN)
        else:
            end = m.end()
        chunk = text[pos:end]
        if not _chunk_ok(chunk):
            break
        if _cut_inside_word(text, end, pos):
            # round 24: `怀柔区下河北村`: a village's name may hold a suffix or a province (河, 河北) before
            # its own 村/镇/乡; after a known place the chunk runs on to that ending
            v = _VILLAGE_TAIL.match(text, end) if chunks else None
            if v is None or _cut_inside_word(text, v.end()) or not _chunk_ok(text[pos : v.end()]):
                break
            end = v.end()
            chunk = text[pos:end]
        if chunks and chunk[-1] == "路" and chunk.endswith(_COMMON_ROUTE_WORDS) and text[end : end + 1] != "口":
            break  # round 39: `某小区检修线路`, `某村维修电路`: a power line, a circuit after the place (not `环线路口`)
        strong = chunk.endswith(_STRONG_SUFFIXES)
        pos, chunks = end, chunks + 1
    return _Scan(pos, first_gaz, strong, chunks)


# round 39: common nouns that end in the suffix 路 and name no road: a power or a phone line, a circuit, a way of
# thinking, a way out, a connection; after a place they end it (a road's name ends in 路 without them: 中山路)
_COMMON_ROUTE_WORDS: Final = ("线路", "線路", "电路", "電路", "思路", "出路", "门路", "門路", "网路", "網路", "回路", "套路",
                              "道路")  # round 55: `某某收费站发放道路…`, `某村硬化道路`: 道路 is road in general (round 45)
# round 57: a village named for its flat (`某某乡某坝`, the 坝/坝子 of the south-west's uplands) right after its
# township: the village is part of the place (a dam word is no village: `某乡水坝`, `某镇大坝上`, `某镇堤坝`)
_FLAT_AFTER_TOWNSHIP: Final = re.compile(r"[\u4e00-\u9fff]{1,3}?(?<![水大堤河土拦])坝(?![上下里内边头区])")
_TOWNSHIP_LAST: Final = frozenset("乡镇鄉鎮")


def _flat_village(text: str, pos: int) -> re.Match[str] | None:
    """Round 57: `某某乡|某坝…`: the flat's village at `pos`, right after its township (None: none there)."""
    m = _FLAT_AFTER_TOWNSHIP.match(text, pos) if "坝" in text[pos + 1 : pos + 4] else None
    return m if m and _chunk_ok(m.group(0)) else None


_VILLAGE_TAIL: Final = re.compile(r"[\u4e00-\u9fff]{1,3}?[村镇乡屯寨](?![民长委])")


_CLAUSE_START: Final = re.compile(
    r"(?:^|(?:[,，。;；：:!！?？]|——)\s*)"
    r"(?:(?:\d{4}年)?\d{1,2}月\d{1,2}日(?:上午|下午|晚上|晚间|傍晚|清晨|一早|凌晨|中午|晚)?[,，]?\s*"
    r"|(?:近日|日前|当天|当日|连日来|今年以来|目前|如今|这是|[上下左右]?图为)[,，]?\s*)?"  # round 21: 下图为
)
_PLACE_AFTER: Final = re.compile(r"(?:拍摄于|摄于|位于|地点[:：])\s*")
_ZAI: Final = re.compile(r"在(?!位于)")


# a day of the lunar calendar (`正月初九`, `腊月二十三`, `大年初一`, `除夕`, `元宵节`)
_LUNAR_DAY: Final = re.compile(
    r"(?:(?:正|腊|冬|[二三四五六七八九十]|十[一二])月(?:初[一二三四五六七八九十]|十[一二三四五六七八九]|二十[一二三四五六七八九]?"
    r"|廿[一二三四五六七八九]?|三十)|大年(?:初[一二三四五六七八九十]|三十)|除夕|元宵节?)(?:[,，]\s*)?")
_LUNAR_FIRST: Final = frozenset("正腊冬二三四五六七八九十大除元")


def _without_lunar_day(phrase: str) -> str:
    """Session 17: `正月初九某某古镇` → `某某古镇`: the day opening a caption is no part of the place after it."""
    if phrase[:1] in _LUNAR_FIRST and (day := _LUNAR_DAY.match(phrase)) and len(phrase) - day.end() >= 2:
        return phrase[day.end():]
    return phrase


# a year or a day opening a phrase (session 17: not any number, `798艺术区`, `1号码头` keep theirs; session 18: a year glued
# to the words, `2012某某`)
_LEADING_DAY: Final = re.compile(
    r"^(?:\d{4}\s*年(?:\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*[日号])?)?|\d{1,2}\s*月(?:\s*\d{1,2}\s*[日号])?|(?:19|20)\d{2}(?!\d))")


def _opens_on_a_day(phrase: str) -> bool:
    """`摄于2023年5月1日` is when, not where; so is `摄于年3月28日`, a day whose year the page lost (session 17), not
    `摄于月牙泉`."""
    return phrase[:1].isdigit() or phrase[:1] in "年月" and phrase[1:2].isdigit()


def _trim_place(phrase: str) -> str:
    phrase = _without_lunar_day(phrase.strip(" ,，。、\u3000"))
    if phrase[:1] == "到" and len(phrase) >= 4:
        phrase = phrase[1:]  # session 26: `在大年初三到某某村`: going to it (no place's name opens on 到)
    while phrase and phrase[-1] in _PLACE_TRAILING and len(phrase) > 2 and phrase[-2:] not in _NAMED_WITH_TRAILING:
        phrase = phrase[:-1]
    if phrase[-1:] == "境" and len(phrase) > 3 and phrase[-2] in "县市区省镇乡州":
        phrase = phrase[:-1]  # session 20: `某县境内`: the county's territory, the county
    return phrase


_NAMED_WITH_TRAILING: Final = frozenset(("故里", "故居", "高中", "国中", "初中"))  # session 18: `某某故里`, a named place, keeps its 里 (in, inside)
