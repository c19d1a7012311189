"""Titles: places read from a title (a city at its end, a sight, a city scene, a place at its head),
and setting a plain title on the result.

Reads lexicon, result, people, places_scan, places_finders, places, credits_bylines. Serves
captions, artworks, segments, contests, text_tails, text_prefixes, text_body, text.
"""

from __future__ import annotations

import re
from typing import Final

from .credits_bylines import _SENTENCE_PUNCT
from .lexicon import (
    _ADMIN_SUFFIXES,
    _ALL_SUFFIXES,
    _AMBIGUOUS_PLACES,
    _COMMON_SURNAMES,
    _COUNTRIES,
    _DIVISIONS,
    _GAZETTEER,
    _HAND_GAZETTEER,
    _NATURAL,
    _NATURAL_THEMES,
    _NOUNS,
    _PLACE_STOP_CHARS,
    _PROVINCE_SET,
    _SIGHTS,
    _SIGHTS_AMBIGUOUS,
    _SINGLE_SURNAMES,
    _STRONG_SUFFIXES,
    _TITLE_ENDINGS,
    _VIEW_LEADS,
    _trie_pattern,
)
from .people import _CJK, _has_surname, _is_name, _is_title_word, _typical_given
from .places import (
    _GENERIC_PLACE_HEADS,
    _caption_place,
    _full_place,
    _place_headline_dateline,
    _sized_field,
)
from .places_finders import (
    _ADMIN_END,
    _PEOPLE_AFTER,
    _SCENE_WORDS,
    _SIGHT_KINDS,
    _THEME_PLACE,
    _VISIT,
    _place_clause_start,
    _place_view_of,
)
from .places_scan import (
    _CHUNK_STOP,
    _LANDMARK_CHARS,
    _LEADING_DAY,
    _MULTI_SUFFIX_RUN,
    _gaz_name_length,
    _opens_on_glued_year,
    _scan_place,
    _without_lunar_day,
)
from .result import ParsedName

# an award glued after the title, or a segment of its own between separators
_AWARD_TAIL: Final = re.compile(
    r"(?:[-_+＋\s]+|(?<=[\u4e00-\u9fff]))(?:特等奖|[一二三四五六]等奖|优秀奖|金奖|银奖|铜奖|入围奖|入选奖|佳作奖|鼓励奖|纪念奖)"
    r"(?=[-_+＋\s]|$)|[-_+＋\s]+(?:入围|入选|佳作)(?=[-_+＋\s]|$)"
)
_CJK_SPACE_CJK: Final = re.compile(r"(?<=[\u4e00-\u9fff])[ \u3000](?=[\u4e00-\u9fff](?:$|[^\u4e00-\u9fff]))|"
                                   r"(?<=^[\u4e00-\u9fff])[ \u3000](?=[\u4e00-\u9fff])")


_PAINTED: Final = "exhibition label: a painted or drawn work"
_TECHNIQUE_PARTS: Final = re.compile(r"\s*[-_·•\s]+\s*")


_DOTTED_PLACE_END: Final = frozenset("湖山江河岛峰寺塔桥园镇村湾潭泉溪峡海")
_WATER_ENDS: Final = frozenset("湖岛寺塔湾潭峡")  # name-shaped (石塘湖) but never a given name's end
_DOTTED_TITLE: Final = re.compile(r"(?P<p>[\u4e00-\u9fff]{2,10})\s*[·•]\s*[\u4e00-\u9fff]{1,10}")


def _dotted_place(result: ParsedName, title: str) -> None:
    """`石塘湖·休憩`, `西湖·晨曦`: a contest title written as `place·theme` names where it was taken."""
    m = _DOTTED_TITLE.fullmatch(title) if not result.place else None
    head = m["p"] if m else ""
    if m and not (_is_name(head) and head[-1] not in _WATER_ENDS) and not _is_title_word(head) and (
            _full_place(head) or head in _GAZETTEER or head in _SIGHTS
            or len(head) >= 3 and head[-1] in _DOTTED_PLACE_END and _scan_place(head, 0).end == len(head)):
        result._set("place", head, "place·title", 0.6)


_DESIGNATED_SIGHT: Final = re.compile(
    r"(?P<head>[\u4e00-\u9fff]{3,10})(?:风景名胜区|风景区|景区|旅游区|度假区|森林公园|湿地公园|地质公园|自然保护区)"
)
_NOT_SIGHT_HEAD: Final = re.compile(r"[入进游看赏逛走到来去爱美大小新老该本此各"  # a verb or a kind (`游客涌入景区`, `美丽景区`)
                                    + "".join(sorted(_PLACE_STOP_CHARS)) + "]")


_INSTITUTION_END: Final = ("纪念馆", "博物馆", "博物院", "纪念碑", "遗址", "旧址", "故居", "陵园", "美术馆", "展览馆")


def _is_qualified_institution(title: str) -> bool:
    """`侵华日军南京大屠杀遇难同胞纪念馆`: a long institution name that runs from a known place to
    the end, after a qualifier of at most four characters that holds no verb, is the place alone
    (`参观南京博物院`, `夜色南京夫子庙` keep their titles: a verb, or a short name)."""
    if not 10 <= len(title) <= 24 or not title.endswith(_INSTITUTION_END) or not _CJK.fullmatch(title):
        return False
    for k in range(1, 5):
        if _gaz_name_length(title, k) and _scan_place(title, k).end == len(title):
            head = title[:k]
            return (len(title) - k >= 8 and not _NOT_SIGHT_HEAD.search(head) and not _VISIT.search(head)
                    and _TITLE_ENDINGS.isdisjoint(head))
    return False


def _is_designated_sight(title: str) -> bool:
    """`钱江源枫楼坑景区`: a whole name ending in a sight's designation (景区, 森林公园 …) is where."""
    m = _DESIGNATED_SIGHT.fullmatch(title)
    return m is not None and not _NOT_SIGHT_HEAD.search(m["head"]) and not _PEOPLE_AFTER.search(m["head"])


_CITY_AT_END: Final = re.compile(r"(?P<lead>[\u4e00-\u9fff]{2})(?P<city>[\u4e00-\u9fff]{2,3})")


def _city_at_end(result: ParsedName, title: str) -> None:
    """`雪落西宁`, `醉美西宁`: two words, then a known city closing a short title, is where it was taken."""
    m = _CITY_AT_END.fullmatch(title)
    if (m and m["city"] in _HAND_GAZETTEER and m["city"] not in _AMBIGUOUS_PLACES
            and _gaz_name_length(title, 0) == 0 and not _is_name(m["city"])):
        result._set("place", m["city"], "words + city", 0.55)


def _pictured_place(result: ParsedName, title: str) -> None:
    """`图为重庆江北嘴大剧院灯饰`: a short 图为 caption opening with a known place and more (a city
    alone qualifies a craft: `图为苏州玉雕`; a building alone is the subject: `图为来福士高楼亮灯`)."""
    got = _place_clause_start(title)
    known = _gaz_name_length(got[0], 0) if got else 0
    rest = len(title) - title.find(got[0]) - len(got[0]) if got else 0
    if got and (known and (len(got[0]) > known + 1 or rest >= 4 and got[0] not in _AMBIGUOUS_PLACES)  # `图为三亚渔船鱼贯出海`
                or not known and got[0].endswith(_ADMIN_END) and not _THEME_PLACE.fullmatch(got[0])  # 王奔镇
                or not known and (_POSITION_AFTER_PLACE.match(title, title.find(got[0]) + len(got[0]))
                                  and not got[0].endswith(_SCENE_WORDS)  # (`图为活动现场的夜景`: a scene, no name)
                                  or got[0].endswith(_OPEN_AREA_ENDS))):
        result._set("place", *got)  # round 24: `图为妈祖阁门前的街巷`: a spot placed against the building
    elif not got and len(title) >= 5 and _full_place(title[2:]):
        result._set("place", title[2:], "图为 + place", 0.6)  # round 53: `图为某某洲灯塔`: the caption is the named
        # place and nothing else (nothing done there, nothing after it), as a place-only name is read


# round 24: an open area (a park, a square, a scenic area) is where, not a building as the subject
_OPEN_AREA_ENDS: Final = ("公园", "广场", "景区", "湿地", "古镇", "老街", "植物园", "动物园", "海滩", "码头", "校园")
# round 24: a position word after a building says the picture was taken at it (`X门前`, `X脚下`, `X对面`)
_POSITION_AFTER_PLACE: Final = re.compile(r"门前|门口|大门|脚下|对面|旁边|附近|周边|一角|四周|外围|前的|旁的|内的|里的"
                                          # session 11: a view of it (`图为某某谷的夜景`): the place seen is where
                                          r"|的(?:夜景|雪景|全景|风光|美景|景色|秋色|春色|晨景|远景|一角)")


_PLACE_LIST_MARK: Final = re.compile(r"[,，、(（及与]")  # (session 14: `某某桥及某某塔`, two places joined by 及 or 与)
_PLACE_PARTS: Final = re.compile(r"\s*[,，、]\s*|\s*[(（](?=[^()（）]+[)）]$)|[)）]$|(?<=[\u4e00-\u9fff])[及与](?=[\u4e00-\u9fff])")


def _places_only(title: str) -> bool:
    """Two or three place names and nothing else, split by commas or a bracket (`天坛祈年殿,北京`)."""
    if len(title) > 30 or not _PLACE_LIST_MARK.search(title):
        return False
    parts = [p for p in _PLACE_PARTS.split(title) if p]
    return 2 <= len(parts) <= 3 and all(_full_place(p) for p in parts)


# A scenic spot is often a bare name plus 山/洞/寺 … (梵净山, 织金洞). 山/峰/林 also end given
# names (王青山), so those only count when the first character is no surname.
_SIGHT_ANY_END: Final = frozenset("洞寺庙塔阁岛")
_HALL_WORK_FIRST: Final = frozenset("新重修扩和长东万")  # (review: `新建宗祠`, `重修宗祠`, `和平宗祠`, `长寿宗祠`: words, not places)
_CLAN_SHRINE: Final = re.compile(r"[\u4e00-\u9fff]{1,2}氏[\u4e00-\u9fff]{1,3}祠")  # session 18: `某氏宗祠`, `某氏义祖祠`
_SIGHT_UNNAMED_END: Final = frozenset("山峰林屿")
# session 25: a landform's or a crossing's name (`虎跳峡`, `千佛崖`, `发汗岭`, `八音涧`, `风陵渡`), not a landform's common word
# closing a phrase (`翠谷清泉`, `掰苞谷`, `挑大梁`)
_LANDFORM_END: Final = frozenset("岭峡崖涧谷溪泉瀑沟坡岩渡池梁")
_LANDFORM_WORDS: Final = frozenset(
    "山谷 峡谷 幽谷 深谷 河谷 溪谷 稻谷 苞谷 包谷 五谷 清泉 山泉 温泉 甘泉 源泉 冷泉 涌泉 飞泉 山涧 溪涧 山坡 草坡 斜坡 土坡 "
    "山沟 水沟 河沟 地沟 代沟 峻岭 山岭 群岭 悬崖 山崖 断崖 岩岩 飞瀑 摆渡 过渡 水池 泳池 花池 荷池 鱼池 电池 山梁 脊梁 桥梁 栋梁 横梁 大梁 "
    "小溪 山溪 清溪 轮渡 海峡".split())
_LANDFORM_VERB_FIRST: Final = frozenset("坐乘过游登爬走去到看逛访赴回在摄拍")  # `坐轮渡`, `游某峡`: a going, no name
_DEN_BEFORE: Final = frozenset("虎魔冰兔狼贼匪赌巢民盗片鼠乐金仙")
_GENERIC_BEFORE_SIGHT: Final = frozenset("山林大小高青深远群荒叠雪森树竹")
_SIGHT_LEAD: Final = re.compile(r"^(?P<p>[\u4e00-\u9fff]{2,3}(?:[山峰](?=顶|脚|巅|腰)|洞(?=外|内|口|中)|[寺塔](?=前|外|内)))")


_KIOSK_HEADS: Final = frozenset("报刊 电话 书报 售货 公交 休息 观景 八角 六角 风雨 岗 售票 治安 牡丹".split())


def _is_sight_name(text: str) -> bool:
    """`梵净山`, `织金洞`: a whole name of three or four characters ending in a sight word."""
    if text[-1:] == "祠" and 4 <= len(text) <= 7 and _CLAN_SHRINE.fullmatch(text):
        return True  # a clan's shrine (`某氏宗祠`, `某氏义祖祠`); (review: not any five to seven characters before 祠,
        # `雨中忠烈祠`, `漫步武侯祠`: a time, a verb or a view before a shorter shrine's name)
    if not 3 <= len(text) <= 4 or not _CJK.fullmatch(text) or _is_title_word(text) or "的" in text:
        return False  # round 57: `某处的湖`: 的 joins a phrase (a place's lake, as a place chunk stops at 的), no name
    if text[-1] in _SIGHT_ANY_END:
        return True
    if text[-1] in "祠亭殿":  # session 14: a shrine, a pavilion, a hall (`武侯祠`, `沧浪亭`, `寿皇殿`); not a family's or a
        # generic one (家祠, 宗祠, 凉亭, a kiosk: 报刊亭, 电话亭), nor a given name ending in 亭 or 殿 (`刘雅亭`, `王占殿`; a
        # shrine is named after its person, `岳飞祠`), nor the opera (`牡丹亭`)
        return ((text[-2] not in "家宗凉" or _place_hall(text)) and text[:-1] not in _KIOSK_HEADS
                and not (text[-1] in "亭殿" and _has_surname(text)))
    if text[-1] == "窟":  # session 13: a cave temple's name (`莫高窟`); not an idiom's or a word's den (`龙潭虎窟`, `走出魔窟`)
        return len(text) == 3 and text[1] not in _DEN_BEFORE
    if text[-3:] == "家大院":  # session 13: a family's courtyard compound, a sight (`乔家大院`); not `我家大院`, `农家大院`
        return len(text) == 4 and text[0] in _COMMON_SURNAMES
    if text[-1] in "湖潭":  # `涂山湖`, `月牙潭`; `王西湖` is a person, `高山湖` any mountain lake
        return text[0] not in _COMMON_SURNAMES and text[0] not in _GENERIC_BEFORE_SIGHT
    if text[-1] in _LANDFORM_END:  # (a surname may open it where the rest is no given name: `熊猫岭`, `龙庆峡`, a clan's
        # village `张家沟`; not `王清泉`)
        return (text[-2:] not in _LANDFORM_WORDS and text[-2] not in _GENERIC_BEFORE_SIGHT and text[0] not in _LANDFORM_VERB_FIRST
                and not (_has_surname(text) and text[1] != "家" and _typical_given(text)))
    return (text[-1] in _SIGHT_UNNAMED_END and not _has_surname(text)
            and text[-2] not in _GENERIC_BEFORE_SIGHT)  # 走出大山, 重峦叠峰: words, not names


def _place_hall(text: str) -> bool:
    """Session 18: `某县宗祠`: a known place's ancestral hall (not `新建宗祠`, `和平宗祠`: a word before it)."""
    head = text[:-2]
    return text[-2:] == "宗祠" and head in _GAZETTEER and head not in _AMBIGUOUS_PLACES and head[:1] not in _HALL_WORK_FIRST


_CITY_SCENES: Final = ("街头", "街景", "夜景", "雪景", "风光", "一角", "全景", "夜色", "城区", "市区", "正面", "侧面", "外景", "外观",
                       "景色", "美景", "风景", "秋色", "春色", "秋景", "春景", "冬景", "景致",  # session 12: `某市景色`
                       "远景", "近景",
                       "星空", "夜空", "星河", "日出", "日落", "晚霞", "朝霞", "云海", "稻田画",  # round 45: the sky and the fields
                       "合影", "合照", "留念")  # session 18: `刚到某市合照`: a group picture taken in the city
_CITY_SCENE_LAST: Final = frozenset(w[-1] for w in _CITY_SCENES)
_GROUP_SCENES: Final = frozenset(("合影", "合照", "留念"))
_WITH_WHOM: Final = frozenset("与和跟同")
_SCENE_IS_PLACE: Final = ("街头", "一角", "城区", "市区")  # where in the city, not what it looks like
_SIGHT_SCENE_LAST: Final = frozenset("湖潭山峰洞寺庙塔阁岛")  # the sights whose view a scene word names (_is_sight_name's kinds)
# a feature's kind after a generic word names no feature (the review of session 11: `城市广场`, `郊野公园`, `晚高峰`,
# `信号塔`, `示范村`, `翻山越岭`, a bare `水文站` or `步行街`; session 19's third review: `人工湖日落`, `无人岛全景`)
_GENERIC_STEMS: Final = frozenset("城市 郊野 乡村 农村 山村 社区 小区 校园 信号 电视 无人 象牙 护城 示范 贫困 网红 淘宝 度假 地球 "
                                  "步行 晚高 早高 分水 老江 小山 深山 荒山 青山 绿水 金山 银山 冰山 大山 高山 小 老 大 新 "
                                  "人工 堰塞 火山 无名 输电 冷却 湖心 这座 那座 一座 高 古".split())
_PLACE_KIND_BEFORE: Final = frozenset("村园府库口面后前校区场院")  # (the fourth review) a hill or a lake named for where it is


def _named_sight(sight: str) -> bool:
    """A sight's own name before a scene word: a listed sight or place; a temple's name; a lake's, a pool's, a hill's or
    a peak's by _is_sight_name's tests, its stem no kind (a tower, a pavilion, an island or a cave only when listed:
    people bear such names, `王海岛`, `陈一阁`)."""
    if sight in _SIGHTS or sight in _GAZETTEER:
        return True
    if _CHUNK_STOP.search(sight) or sight[:2] in _VIEW_LEADS:
        return False  # a verb or a people's word before it: `航拍泰山`, `俯瞰西湖` (the name alone is read elsewhere)
    if sight[-1] in "寺庙":
        return _is_sight_name(sight)
    return (sight[-1] in "湖潭山峰" and sight[:-1] not in _GENERIC_STEMS and sight[-2] not in _PLACE_KIND_BEFORE
            and _is_sight_name(sight))  # (`村后山`, `校园湖`, `水库湖`)


def _city_scene(result: ParsedName, title: str) -> None:
    """`银装素裹的郑州街头`, `杭州雪景`: a known city before a scene word is where it was taken.

    Only scene words: `苏州玉雕` (a craft) and `北京冬奥` (a theme) stay placeless.
    """
    scene = next((w for w in _CITY_SCENES if title.endswith(w)), None) if title[-1:] in _CITY_SCENE_LAST else None
    if scene is None:
        return
    head = title[: -len(scene)]
    start = max(head.rfind("的") + 1, 0)
    scan = _scan_place(head, start) if _gaz_name_length(head, start) else None
    if (scan and scan.end == len(head) and head[start:] not in _AMBIGUOUS_PLACES
            and (scan.chunks >= 2 or len(head) - start > _gaz_name_length(head, start))):  # 安徽 + 博物院
        place = head[start:] + (scene if scene in _SCENE_IS_PLACE else "")
        result._set("place", place, "place + scene word", 0.6)  # `上海外滩夜景`
        return
    sight = head[start:]
    if scene not in _GROUP_SCENES and 3 <= len(sight) <= 5 and sight[-1] in _SIGHT_SCENE_LAST and _named_sight(sight):
        result._set("place", sight + scene if scene in _SCENE_IS_PLACE else sight, "sight + scene word", 0.55)  # session 19: `某钱湖日出`, `某佘山远景`: a named lake's
        return  # or a peak's view (a scene word after it, nothing else; a group's picture, `调查窑洞合照`, is read as before)
    for length in (5, 4, 3, 2):
        name = head[-length:]
        if scene in _GROUP_SCENES and head[-length - 1 : -length] in _WITH_WHOM:
            continue  # review: `与丽江合影`: after 与/和/跟 a city's name is a partner's (凯里, 长春 are names too)
        if len(name) == length and name in _GAZETTEER and name not in _AMBIGUOUS_PLACES:
            place = name + scene if scene in _SCENE_IS_PLACE else name
            result._set("place", place, "city + scene word", 0.6)
            return
_PLACE_PARTS_AT_END: Final = ("大门", "正门", "校门", "东门", "南门", "西门", "北门", "门口", "入口", "出口", "门前", "内景",
                              "一角", "全貌", "鸟瞰", "夜景", "雪景", "全景", "夜色", "街景", "外景", "外观", "远景", "近景",
                              "正面", "侧面", "风光",
                              # a view of the place: the time of day, the season, a window onto it
                              "落地窗", "窗外", "一景", "美景", "风景", "日出", "日落", "晨曦", "晚霞", "倒影", "秋色", "春色",
                              "冬景", "秋景", "春景", "夏景", "之夜", "之晨", "之秋", "之春", "之夏", "之冬", "之美", "之光", "之韵",
                              "远眺", "俯瞰", "航拍", "夕照", "晚照", "暮色", "晨景", "晨雾", "烟雨", "拍摄", "实拍",
                              "夜晚", "旧照", "旧貌", "新貌", "老照片")  # session 17: `某某苗寨夜晚`, `某某小学旧照`
# what a town looks like at an hour, in a season or weather, or that it was shot there (not its gate: `北京门口`)
_VIEWS_OF_TOWN: Final = ("夕照", "晚照", "暮色", "晨景", "晨雾", "烟雨", "日出", "日落", "晨曦", "晚霞", "春色", "秋色", "冬景", "秋景",
                         "春景", "夏景", "拍摄", "实拍")
_PLACE_PART_LAST: Final = frozenset(w[-1] for w in _PLACE_PARTS_AT_END)
_PLACE_PART_RE: Final = re.compile("(?:" + "|".join(sorted(_PLACE_PARTS_AT_END, key=len, reverse=True)) + ")$")


# round 63: Macau names a square 前地 (Largo) for what fronts it (`某某庙前地`, `某某亭前地`): a name of two to four
# characters before it, opening a short title, is the place, as a 广场 is; `门前地面`, `村前地里` are the ground
_LARGO_LEAD: Final = re.compile(r"[\u4e00-\u9fff]{1,3}[亭堂庙寺宫阁楼院台门关巢馆塔祠]前地"  # (review: a building's square, not `全球当前地震`)
                                r"(?![面里上下坪头块皮区域摊铁板毯砖基图标势貌形带段方])")


def _place_lead(result: ParsedName, title: str) -> None:
    """`日月潭风景区游客如织`, `某某古镇迎来赏花季`: a short title opening with a named place that ends
    in a kind-of-place word (风景区, 公园, 古镇 …) before what happens there."""
    if result.place:
        return
    if "前地" in title and (m := _LARGO_LEAD.match(title)) and _PLACE_STOP_CHARS.isdisjoint(m.group(0)):
        result._set("place", m.group(0), "Macau 前地 opening a short title", 0.55)
        return
    starts = [0] + [m.end() for m in _HEADLINE_BREAK.finditer(title)]  # `樱花盛开 某某公园迎来赏花客`
    for start in starts:
        scan = _scan_place(title, start)
        phrase = title[start : scan.end]
        if (3 <= len(phrase) and scan.strong and phrase.endswith(_SIGHT_KINDS)
                and _CJK.match(title, scan.end)
                and not (phrase[-1] in "村镇乡" and (title[scan.end] in _AFTER_A_PERSON
                                                    or title[scan.end] == "的" and _is_name(phrase)))
                and not _MULTI_SUFFIX_RUN.fullmatch(phrase) and not phrase.startswith(_GENERIC_PLACE_HEADS)
                and not _THEME_PLACE.fullmatch(phrase) and phrase not in _AMBIGUOUS_PLACES
                and not _sized_field(phrase)  # round 57: `千亩梯田间…`: a field's size, no name
                and "“" not in phrase and "「" not in phrase):  # session 26: `第二届“某某乡村美”…`: an event's quoted name
            where = _without_lunar_day(phrase)
            if where[:1].isdigit() and len(day_less := _LEADING_DAY.sub("", where, 1)) >= 2:
                where = day_less  # session 18: `2024年某某公园的樱花`: the year is no part of the park's name
            result._set("place", where, "place opening a short title", 0.55)
            return
        if (3 <= len(phrase) <= 8 and phrase[-1] in _NATURAL_ONE and title[scan.end : scan.end + 1] in _LOCATIVE_NEXT
                and _CJK.match(title, scan.end + 1) and phrase[0] not in _LANDFORM_NAME_NOT
                and phrase not in _AMBIGUOUS_PLACES and not _is_name(phrase)):
            result._set("place", phrase, "named water or land + locative opening a short title", 0.55)
            return
    if "一景" in title and (view := _place_view_of(title)):
        result._set("place", *view)  # session 26: `某某一景`, a view of the named spot


# round 55: a named lake, river, shoal, hill or island (a name, then its one-character kind) and a locative (on, in,
# beside it) opening a short title (`某某湖上觅食的天鹅`, `某某滩上的牦牛`): where; a describing word first (`金色沙滩上`)
# or two characters (`沙滩上`, `湖边`) name none
_NATURAL_ONE: Final = frozenset("湖河江滩山岛屿海湾溪潭峰岭")  # (session 26: 屿, an islet)
_LOCATIVE_NEXT: Final = frozenset("上里边畔中旁")
_AFTER_A_PERSON: Final = frozenset("在正和与跟同把被给向对从将是")  # `王小村在田间劳作`: a person, then what he does
_HEADLINE_BREAK: Final = re.compile(r"[\s\u3000,，:：]+")


def _place_part(result: ParsedName, title: str) -> None:
    """`九里亭外国语实验学校大门`, `某某博物馆入口`: a named place ending in a strong suffix, then a part
    of it, is where it was taken (`学校` alone or `大门` alone is no named place)."""
    if result.place or title[-1:] not in _PLACE_PART_LAST or not title.endswith(_PLACE_PARTS_AT_END):
        return  # (round 22: the last character first, a set lookup, before 60 suffix tests)
    part = _PLACE_PART_RE.search(title)
    if part is None:
        return
    head = title[: part.start()]
    if "-" in head or "_" in head or " " in head:
        head = _TECHNIQUE_PARTS.split(head)[-1]  # round 22: `VR全景视频-某某公园拍摄`: the last segment's place
    where = head  # what is stored: session 17, `2023年某寺航拍`, `10月1日某镇风光`: the day before it is no part of it
    if head[:1].isdigit() and len(day_less := _LEADING_DAY.sub("", head, 1)) >= 2:
        where = day_less
    if where is not head and _opens_on_glued_year(head) and where in _SIGHTS \
            and (where not in _SIGHTS_AMBIGUOUS or not result.photographers):  # (review: `2007故宫雪景 X摄` keeps its reading)
        head = where  # session 18: a year glued before a sight (`2012兵马俑秋色`): the sight's name is the head
    if head in _SIGHTS and head not in _AMBIGUOUS_PLACES and (head not in _SIGHTS_AMBIGUOUS or (
            not result.photographers and head[0] not in "一二三四五六七八九十百千万两")):  # not `三塔风光-X`
        result._set("place", where, "place + part", 0.6)  # `故宫雪景`: a known sight and a view of it
    elif (2 <= len(head) <= 4 and head in _GAZETTEER and head not in _AMBIGUOUS_PLACES and not _is_name(head)
          and title.endswith(_VIEWS_OF_TOWN)):
        result._set("place", where, "place + view", 0.55)  # round 22: `金门夕照`, `苏州烟雨`: a named town and a view of it
    elif (4 <= len(head) <= 6 and title.endswith(_VIEWS_OF_TOWN) and (head[:2] in _PROVINCE_SET or head[:3] in _PROVINCE_SET)
          and _CJK.fullmatch(head)):  # round 55: `某省棉田夕照`, `某省麦田晚霞`: a province, a scene of it, a view: the province
        k = 3 if head[:3] in _PROVINCE_SET else 2
        if not _gaz_name_length(head, k) and not _scan_place(head, k).chunks:  # (not `某省某县…`, nor a place's kind)
            result._set("place", head[:k], "province + scene + view", 0.55)
    elif (len(head) >= 4 and head.endswith(_STRONG_SUFFIXES) and _full_place(head)
          and not _MULTI_SUFFIX_RUN.fullmatch(head) and where not in _GENERIC_PLACE_HEADS):  # (not `2027年城市夜景`)
        result._set("place", where, "place + part", 0.6)


# Round 22: a title that opens with a named place and then says what of it (`某镇的秋日`, `某山之巅一棵松`,
# `某湖即拍`, `某江畔-记忆`): the place is where it was taken, whatever follows.
_HEAD_RELATION: Final = re.compile(
    r"的(?:[春夏秋冬](?:天|日|季|色|景|韵|晨|夜)?|早晨|清晨|黄昏|傍晚|夜晚|夜色|晨曦|落日|日出|日落|风光|美景|四季"
    r"|田野|田园|原野|山野)"  # round 61: the place's countryside (`某县的田野`), a view of it as 风光 is
    r"|下的(?<=[山峰岭]下的)|脚下的(?<=[山峰岭]脚下的)"  # round 61: at the foot of a named mountain (`某某山下的村庄`)
    r"|之(?:巅|颠|晨|夜|春|夏|秋|冬|美|光|韵|恋|魂|梦)|即拍|随拍|掠影|剪影|一瞥|[-—·•]"  # (each opens on a literal: a fast scan)
)


_NAMED_KIND_END: Final = _LANDMARK_CHARS | frozenset("镇乡村寨峰岭湾潭泉溪峡滩池寺庙宫楼阁亭")


def _head_place(part: str) -> bool:
    """A named place: in the gazetteer, a sight's name (`甘棠湖`), or a name before a kind of place that is
    named (`古北水镇`), not a kind of building alone (`公共图书馆`)."""
    if len(part) > 12 or part[-1:] not in _HEAD_LAST and part not in _GAZETTEER:
        return False  # (every other accepted head ends in one of these: a cheap first test)
    if len(part) < 2 or part in _GENERIC_PLACE_HEADS or part in _NOUNS or not _CJK.fullmatch(part):
        return False
    if _is_sight_name(part) or part in _NATURAL_SIGHTS:
        return True
    if _is_name(part):
        return False
    if part in _GAZETTEER:
        return part not in _AMBIGUOUS_PLACES
    scan = _scan_place(part, 0)
    return _full_place(part) and scan.strong and (scan.first_gaz or part[-1] in _NAMED_KIND_END)


def _place_head(result: ParsedName, title: str) -> None:
    if result.place or len(title) > 12 or not _HEAD_RELATION.search(title) or _PAINTED in result.warnings:
        return  # `X-某村的傍晚-油画`: a painting's village is painted, not where the photograph was taken
    for m in _HEAD_RELATION.finditer(title):
        dash = m.group(0) in "-—·•"
        head = title[: m.start()].rstrip() if dash else title[: m.start()]
        if dash and (head in _HAND_GAZETTEER or head in _DIVISIONS):
            continue  # `苏州-玉雕`: a city before a dash names a craft or a theme (round 7), a sight does not
        if len(head) >= 2 and _head_place(head):
            result._set("place", head, "place opening a title", 0.55)
            return


# Round 62: a title that is a season or a time of day, then 的 and a named village or town (`夏日的某某村`, `清晨的某某镇`):
# the place, in an entry's title segment as a caption's `…的 X` finder reads a bare one (`金色的村庄`: no name)
_SEASON_DE_PLACE: Final = re.compile(
    r"(?:[春夏秋冬][天日季]?|初春|早春|深秋|初冬|清晨|早晨|黄昏|傍晚|雪后|雨后)的(?P<p>[\u4e00-\u9fff]{2,8}[村镇乡寨屯庄])")


def _season_place(result: ParsedName, title: str) -> None:
    m = _SEASON_DE_PLACE.fullmatch(title)
    if m and m["p"][0] != "小" and _head_place(m["p"]):  # (`小山村`, `小渔村`: a small one, no name)
        result._set("place", m["p"], "season 的 named village", 0.55)


_NATURAL_SIGHTS: Final = (frozenset(_NATURAL) | (_SIGHTS - _SIGHTS_AMBIGUOUS)) - frozenset(_NATURAL_THEMES)
_HEAD_LAST: Final = (frozenset(s[-1] for s in _ALL_SUFFIXES + _ADMIN_SUFFIXES) | _LANDMARK_CHARS | _SIGHT_ANY_END
                     | _SIGHT_UNNAMED_END | frozenset("湖潭") | frozenset(w[-1] for w in _NATURAL_SIGHTS))
_NATURAL_SIGHT_RE: Final = re.compile(_trie_pattern(_NATURAL_SIGHTS, lookahead=False))  # searched: re's own prefix scan is faster
_PRODUCT_HEADS: Final = frozenset("石茶醋蟹鱼酒米砚笔墨瓷绣")


# round 45: a named landform on either side of 的 in a short title (`沟壑纵横的某某盆地`, `某某沙漠的星空`,
# `枯水期的某某某河`): its name (two characters or more; three before 河) and its kind are the place; a describing
# word before the kind (`金色的沙漠`, `无垠沙漠的日出`) names none
_NAMED_LANDFORM: Final = re.compile(
    r"(?:^|(?<=的))(?P<p>(?P<n>[\u4e00-\u9fff]{2,6}?)(?:盆地|沙漠|戈壁|冰川|峡谷|峽谷)|(?P<r>[\u4e00-\u9fff]{3,5}?)河)"
    r"(?=的|$)")
_LANDFORM_LAST: Final = frozenset("地漠壁川谷河")
_LANDFORM_NAME_NOT: Final = frozenset("的色美丽麗茫无無垠阔闊大小广廣浩瀚金黄黃白红紅绿綠古老新那这這条條一")


def _named_landform(result: ParsedName, title: str) -> None:
    for m in _NAMED_LANDFORM.finditer(title):
        name = m["n"] or m["r"]
        if _LANDFORM_NAME_NOT.isdisjoint(name) and not _is_title_word(name) and name not in _NOUNS:
            result._set("place", m["p"], "named landform beside 的", 0.55)
            return


def _natural_sight(result: ParsedName, title: str) -> None:
    """`雪落青海湖`, `云雾中的梵净山`: a named lake or mountain in a short title is the place."""
    if result.place:
        return
    for m in _NATURAL_SIGHT_RE.finditer(title):
        i = m.start()
        if i and len(m.group(0)) == 2 and title[i - 1] in _SINGLE_SURNAMES:
            continue  # `张泰山`: a person's name
        if title[m.end() : m.end() + 1] in _PRODUCT_HEADS or title.startswith("龙井", m.end()):
            continue  # `太湖石`, `西湖龙井`, `阳澄湖大闸蟹`: a product named after the place
        result._set("place", m.group(0), "named lake or mountain", 0.55)
        return


# round 63: a great river (黄河, 漓江 …) is a theme, no place, in a short title (`母亲河黄河`, `黄河颂`); seen through the
# weather or the light (`雨中的某江`, `晨曦中的某江风光`) it is the scene, where the picture was taken
_SCENE_RIVER: Final = re.compile("(?<=[雨雪雾霞曦晖阳色云烟])中的(" + _trie_pattern(_NATURAL_THEMES, lookahead=False) + ")")


# what may follow the river for it to be the scene: the title's end, a view of it, its banks (review: `…长江大桥`,
# `…长江三峡` are longer places the steps after read; `…黄河啤酒`, `…黄河大合唱` are a product and a song)
_RIVER_VIEW_NEXT: Final = ("风景", "风光", "景色", "美景", "夜景", "雪景", "美如", "如画", "畔", "两岸", "岸边", "之上", "上", "，", ",", "。",
                           " ")


def _named_after_zai(title: str) -> bool:
    """Session 20: `在某某湖`: 在 and a named place only (the review: not `在故乡`, `在花园`, `在天堂`, kinds of place)."""
    scan = _scan_place(title, 1)
    return scan.end == len(title) and (scan.first_gaz or scan.strong and len(title) >= 4) or title[1:] in _SIGHTS


def _place_and_its_part(title: str) -> bool:
    """Session 20: `某某水库大坝`, `某山山顶`: a named place and a part of it, where (as captions' `place + a part of it`)."""
    if not title.endswith(_FEATURE_END) or len(title) > 14 or title[:1].isdigit():
        return False
    return any(title.endswith(e) and len(title) - len(e) >= 2 and _full_place(title[: -len(e)]) for e in _FEATURE_END)


def _scene_river(result: ParsedName, title: str) -> None:
    m = _SCENE_RIVER.search(title)
    after = title[m.end() :] if m else ""
    if m and (not after or after.startswith(_RIVER_VIEW_NEXT)) and _scan_place(title, m.start(1)).end == m.end(1):
        result._set("place", m.group(1), "river seen through the weather", 0.55)


_EVENT_END: Final = re.compile(r"(?:展|展览|赛|节|会|班|营|季|周|活动|仪式|典礼|论坛|巡展|影展)$")


_EVENT_CLOSE: Final = re.compile(r"(?:[赛展节会]|活动|颁奖|开幕|闭幕|仪式|典礼|论坛)(?:现场|上|中)?$")  # (review) the event closes the clause
# (`2021年“七一”前夕党员参观红色展馆`: 展 inside 展馆 names no event; the text is simplified before it is read)
_EVENT_CLAUSE_PUNCT: Final = re.compile(r"[，,。;；:：!！?？]")


def _is_event_year(text: str, m: re.Match[str]) -> bool:
    """`2008年暑期…摄影作品展`, `2019年…研习班`: a bare year names the event, not the shot."""
    rest = text[m.end():]
    if rest.endswith("奖") and (award := _AWARD_TAIL.search(rest)) and award.end() == len(rest):
        rest = rest[: award.start()]  # round 22: `2024年第三届…竞赛一等奖`: the edition's year, on a certificate
    if not m["M"] and rest[:1] in "“「" and _EVENT_CLOSE.search(rest) and not _EVENT_CLAUSE_PUNCT.search(rest):
        return True  # round 63: `2025年“某某杯”…大赛颁奖`: a year before a quoted name, one clause on an event, is its edition
    return not m["M"] and _is_short_rest(rest, limit=20) and bool(_EVENT_END.search(rest))


def _is_short_rest(rest: str, *, limit: int = 12) -> bool:
    """Words glued straight to a leading date make a short title, not a caption sentence."""
    return bool(rest) and rest[0] not in ",，、 \u3000" and len(rest) <= limit and not _SENTENCE_PUNCT.search(rest)


# Round 22: a part of a named place that is a place itself (its top, its sports ground, its lawn, a landmark
# in it): `某山顶`, `某校区风雨操场`, `某古城大水车` name where, not a work (a view word keeps the title: `某校区夜景`).
_FEATURE_END: Final = ("操场", "草坪", "球场", "山顶", "峰顶", "楼顶", "天台", "长廊", "回廊", "凉亭", "水车", "木桥", "石桥", "台阶",
                       "礼堂", "食堂", "教学楼", "主楼", "钟楼", "鼓楼", "牌坊", "栈道", "步道", "顶",
                       "校门", "正门", "南门", "北门", "东门", "西门",  # session 18: `某某大学校门`: the gate of the place
                       "大坝")  # session 20: `某某水库大坝`: the reservoir's dam


def _set_plain_title(result: ParsedName, title: str, *, is_title: bool = False) -> None:
    title = _CJK_SPACE_CJK.sub("", title).strip()
    title = _strip_gloss(title)
    if not title:
        return
    place_rule = result.evidence["place"].rule if result.place else ""
    words = title.split()
    if (place_rule == "place segment" and not result.photographers and words
            and all(_scan_place(w, 0).end == len(w) for w in words)):  # `杭州 西湖 断桥`
        result._set("place", f"{title} {result.place}", "place-only name", 0.7)  # `榕湖 玻璃桥`
        if result.kind == "unknown":
            result.kind, result.family = "titled", "place_only"
        return
    if result.photographers and title in _HAND_GAZETTEER and title not in _AMBIGUOUS_PLACES:
        result._set("title", title, "title segment", 0.7)  # `济州岛-王冰鑫`: the work is named after
        if not result.place:  # the place, which is also where it was taken
            result._set("place", title, "place named as the title", 0.5)
        return
    if not is_title and not result.title and (_full_place(title, beside_name=bool(result.photographers))
                                              or not result.photographers and _place_and_its_part(title)):
        if not result.place:
            if title[:1] == "在" and _named_after_zai(title):
                title = title[1:]  # session 20: `在某某湖`: at the place, 在 no part of its name
            result._set("place", title, "place-only name", 0.7)
            if result.kind == "unknown":
                result.kind, result.family = "titled", "place_only"
        return
    result._set("title", title, "title segment" if result.photographers else "bare title", 0.8)
    if not result.place:
        _caption_place(result, title, markers_only=True)
    if not result.place and " " in title:
        _place_lead(result, title)  # `樱花盛开 某某公园迎来赏花客`: a headline's second part opens with the place
    if not result.place:
        _place_part(result, title)  # `故宫雪景-张三`: a view of a named place
    if not result.place and len(title) <= 12:  # (speed) _place_head's own first test
        _place_head(result, title)
        if not result.place and "的" in title[1:4]:
            _season_place(result, title)
    if not result.place and ("·" in title or "•" in title):
        _dotted_place(result, title)
    if not result.place and (title.find("：", 2, 11) >= 0 or title.find(":", 2, 11) >= 0):
        _place_headline_dateline(result, title)  # round 27: `桐乡：稻田青青 农人插秧忙`
    if result.kind == "unknown":
        result.kind = "titled"
        result.family = "contest_entry" if result.photographers else "titled"


_GLOSS: Final = re.compile(r"(?P<t>.+?)\s*[(（](?P<g>[^()（）]+)[)）]$")


_CONTINENTS: Final = frozenset("亚洲 欧洲 非洲 北美洲 南美洲 大洋洲 南极洲 美洲 中东 东南亚".split())
_GLOSS_PARTS: Final = re.compile(r"\s*[,，、]\s*")
_NOT_A_GLOSS: Final = frozenset("store booth class team group version edition ver vs v.s. plus pro max mini club shop unit lesson "
                                "chapter part coffee cafe tea company inc ltd co".split())


def _where_bracket(parts: list[str]) -> bool:
    """`(墨西哥,北美洲)`, `(日本)`: where (a country, its continent); two countries are the teams (`(中国,美国)`)."""
    if not all(p in _COUNTRIES or p in _CONTINENTS for p in parts):
        return False
    return len(parts) == 1 or any(p in _CONTINENTS for p in parts)


_ENGLISH_GLOSS: Final = re.compile(r"[A-Za-z][A-Za-z',.&:-]*(?: [A-Za-z',.&:-]+)+")  # (two words at least: `(Tesla)` is a brand)


def _strip_gloss(title: str) -> str:
    """`核雕（光福核雕）`: a bracket that only restates the title is a gloss."""
    m = _GLOSS.fullmatch(title) if title.endswith((")", "）")) else None
    if m and (m["t"] in m["g"] or _ENGLISH_GLOSS.fullmatch(m["g"]) and _CJK.search(m["t"])
              and _NOT_A_GLOSS.isdisjoint(w.lower() for w in m["g"].split())
              or _where_bracket(_GLOSS_PARTS.split(m["g"]))):
        return m["t"]  # (session 20: `骆驼赛跑(Camel Ardah)`: the title in English too; `题(墨西哥,北美洲)`: where)
    return title
