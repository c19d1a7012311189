"""Step 5b, what is not where a photo was taken: holders, posts, units, rooms, time and motion words
after a place (`_not_where`, `_not_where_taken`).

Reads lexicon, people, places_scan. Serves places_finders, places, captions, segments, text, credit_tail.
"""

from __future__ import annotations

import re
from typing import Final

from .lexicon import (
    _AMBIGUOUS_PLACES,
    _COMMON_SURNAMES,
    _GAZETTEER,
    _PLACE_STOP_CHARS,
    _RAIL_UNITS,
    _WEAK_SUFFIXES,
)
from .people import _is_name
from .places_scan import _AREA_WORDS, _MULTI_SUFFIX_RUN, _SUFFIX_RUN, _gazetteer_at, _scan_place

# What a place word is, by the words around it, when it is not where the picture was taken: the
# people's or the group's home (`来自X的`, `X的秧歌队`), an owner or an employer (`X博物馆藏的`,
# `X协会`, `X研究员`), an office (`X市长`), a generic scene (`活动现场`), or a city's unnamed
# building (`市图书馆`: 市 with no city before it).
_HOLDER_AFTER: Final = re.compile(
    r"(?<=[馆院阁所宫])藏(?![区族])"  # the rest of an organisation's name, no verb or particle in it
    r"|[^,，。；;、\s" + "".join(sorted(_PLACE_STOP_CHARS)) + r"参举办开行到去来加]{0,8}?"
    r"(?:协会|分会|学会|商会|联合会|基金会|研究会|联谊会|同乡会)"
    r"|(?:副|常务)?(?:研究员|馆长|院长|所长|校长|主任|会长|理事长|董事长|总经理|社长|站长|台长"
    r"|教授(?![一两二三四五六七八九十几多数]*[名位个些]?"  # round 42: 教授 teaching (its object after it) is no post
    r"(?:儿童|学生|孩子|小朋友|青少年|村民|居民|市民|游客|学员|大家|技|知识|方法)))"
    r"|(?:分社|分行|支行|分公司|办事处|代表处|分部)"  # round 21: a branch named after its city is an owner
)
# round 21: an employer and a post (`X医院手足外科主任`, `X大学物理系教授`): a department, then the post
_POST_AFTER: Final = re.compile(
    r"[\u4e00-\u9fff]{1,6}?(?:科|系|部|室|处|所|中心|学院)(?:副)?(?:主任医师|主任|医生|医师|护士长|护士|教授|研究员|部长|处长|所长|院长)"
    r"|[\u4e00-\u9fff]{0,4}?(?:副)?(?:局长|厅长|署长)|当局"  # `高雄市观光局长`, `台湾当局`
    r"|团?(?:省|市|县|区)委(?![员会])|党委|团委"  # `厦门团市委的工作人员`: a party or league committee
)
_CLAUSE_PUNCT: Final = frozenset(",，。;；、")
_POST_CHARS: Final = frozenset("任生师士授员长局委")  # the last characters of the posts and organs below
_ORG_ACROSS: Final = re.compile(r"同乡会|老乡会|乡贤会|村民会|街坊会")
_POST_WORD: Final = re.compile("主任|医生|医师|护士|教授|研究员|部长|处长|所长|院长|局长|厅长|署长|当局|委")
# round 21: a word led by 当地/本地/外地 (`当地书法家现场`) names no place; 驻 (`驻纽约总领馆`) opens an office's
# seat and 给/替 (`给东莞建了个…`) a beneficiary, not where the picture was taken
_NOT_A_NAME_LEAD: Final = ("当地", "本地", "外地", "异地", "各地", "两地", "多地",
                           # round 51: a slogan's verb (`聚焦农村…`, `决战某某病区`): a theme, not where
                           "聚焦", "决战", "助力", "致敬", "奋战", "坚守", "守护", "点亮", "礼赞", "讴歌", "打赢", "决胜",
                           # session 14: a way across (`穿越雪山的…`, `飞越天山`): what the road or the flight does, no name
                           "穿越", "穿过", "翻越", "跨越", "飞越")
_SEAT_BEFORE: Final = frozenset("驻给替")
_POSITION_BRACKET: Final = re.compile(r"[(（](?:前排|后排)?[左右前后中上下][一二三四五六七八九十起排前后\d]{0,2}[)）]")  # (session 26:
# `（右四）`, `（左3）`, `（前排右二）` too)
_VERB_AFTER_STATION: Final = frozenset("在着起满立到")
_OFFICE_AFTER: Final = re.compile(r"(?<=[省市县区州])长(?=[候选,，、\u4e00-\u9fff])|(?<=[省市县区州])(?:长候选|议员|议会)")
_UNNAMED_DIVISION: Final = re.compile(  # `市图书馆`, `县医院`: the kind of building alone, no name
    r"[市省县区镇](?:图书馆|体育中心|体育馆|体育场|博物馆|美术馆|文化馆|科技馆|人民医院|中医院|医院|"
    r"妇幼保健院|第[一二三四五六七八九十]+(?:中学|小学|医院)|实验小学|实验中学|一中|二中)"
    r"(?:内|里|外|前|门口|附近)?"
)
_GROUP_AFTER_DE: Final = re.compile(  # `X的舞龙队在…表演`: the group's home; not `X的团建活动`
    r"的[\u4e00-\u9fff]{0,4}?(?:队|团|工匠|选手|运动员|代表)"
    r"(?=[在正们和与、，,。]|成员|队员|演员|表演|参加|参赛|亮相|排练|进行|演出|比赛|$)"
)
_GENERIC_SPOTS: Final = frozenset(
    "游泳池 泳池 操场 教室 课堂 宿舍 食堂 厨房 客厅 院子 院落 家中 田间 田里 地里 大棚 果园 菜园 鱼塘 池塘 河边 湖边 "
    "海边 江边 岸边 村口 路口 路边 街边 门口 车间 工地 站台 车厢 病房 广场 公园 街头 街道 小区 社区 校园 景区 "
    "商业街 商场 超市 菜市场 集市 火车站 汽车站 动车站 高铁站 地铁站 公交站 加油站 院区 厂区 园区 冰场 雪场 滑冰场 滑雪场 梯田 水闸 "
    "油田 步道 浴场 泳场 海水浴场 游泳场 健身步道 绿道 "  # round 51: a kind of trail, beach or field alone
    # round 49: a kind of shore alone (`在河滩上觅食`; `某某河滩` is one), like 河边, 湖边, 岸边
    "河滩 海滩 沙滩 江滩 湖滩 滩涂 浅滩 石滩 "  # round 52: 浅滩, 石滩
    # round 53: a kind of land alone (`在湿地河中`, `在草原上`, `在盐场`), like 河滩: `某某湿地`, `某某盐场` are named
    "湿地 草原 森林 沙漠 戈壁 盐场 "
    "县衙 府衙 衙署 纪念地 "  # session 17's review: an old county's seat, a memorial site alone (`在县衙里参观`)
    "村委会 居委会".split()  # round 60: a committee's seat alone (`在村委会门前`); `某某村委会` is one
)
_ROOM_WORDS: Final = ("病房", "机房", "车间", "教室", "操场", "食堂", "宿舍", "大厅", "门口")  # a part of a building or a site
_ROAD_KIND_WORDS: Final = frozenset("街路 马路 公路 馬路 山路 小路 土路 道路".split())  # round 45: a road's kind, no road's name
# round 55: a countryside or a town word before a road's kind (`穿过乡村公路`, `农村公路`, `乡间小路`): still a kind, no name
_ROAD_KIND_MODIFIERS: Final = frozenset("乡村 农村 乡间 田间 山间 林间 城市 城乡 村间".split())
_ORIGIN_WORDS: Final = ("来自", "源自", "出自", "来源于")
_CONJUNCTION_HEADS: Final = ("由于", "因应", "早前", "为了", "随着", "因为")
# round 49: 在 before a time noun (`力争在月底实现…`, `将在年底完成…`) marks when, not where
_TIME_NOUN_HEADS: Final = frozenset(("月底", "月初", "月中", "月末", "月内", "年底", "年初", "年中", "年末", "年内", "近期", "今年", "明年",
                                     "去年", "当天", "当日", "届时"))
_MOTION_LEADS: Final = frozenset(("走出", "走进", "走入", "步入", "来到", "进入", "离开", "回到", "返回", "赶到", "抵达", "到达", "冲出",
                                  "走向", "跑出", "搬进", "住进", "迈出", "踏进"))
_TIME_VERB_HEADS: Final = ("正值", "适逢", "恰逢", "时值", "正逢", "欣逢", "喜逢", "恰值")  # round 27: `正值X建校80周年`: a time, not where
# the first words of _KIND_NOT_NAME's kinds (below), by the kinds they open: a bridge, a trail (round 51), a bathing
# place (round 51), an area named by its use
_BRIDGE_KIND_HEADS: Final = ("跨海", "跨江", "跨河", "跨湖", "跨线", "立交", "过街", "人行", "高架")
_TRAIL_KIND_HEADS: Final = ("登山", "健身", "休闲", "观光", "游步", "滨江", "滨河", "滨湖", "滨海")
_BATHING_KIND_HEADS: Final = ("海水", "露天")
_AREA_KIND_HEADS: Final = ("目标", "作业", "指定", "相关", "附近", "周边", "这片", "那片")
_NOT_NAME_HEADS: Final = frozenset(_TIME_VERB_HEADS) | _MOTION_LEADS | frozenset(
    _BRIDGE_KIND_HEADS + _AREA_KIND_HEADS + _TRAIL_KIND_HEADS + _BATHING_KIND_HEADS)
_MEMBERS_AFTER: Final = re.compile(
    r"(?:大学|学院|中学|小学|医院|公司|集团|银行|研究院|研究所)的?(?:学生|师生|教师|老师|职工|员工|医生|护士|研究员|志愿者|队员)"
)
_OBJECT_HEADS: Final = frozenset("灯鼎瓶壶碗杯砚尊簋罐炉俑")
_HOLDER_FIRST: Final = frozenset("藏研馆院所校主教会理董总副常长议分社办代")
_BARE_SCENE: Final = re.compile(r"[\u4e00-\u9fff]{0,4}现场")


def _not_where_taken(text: str, place: str, i: int, end: int) -> bool:
    """Round 21: an office's seat or a beneficiary before the place; a person's position note, a verb, a period,
    a post, an organ or an association after it."""
    if i and text[i - 1] in _SEAT_BEFORE:
        return True
    after = text[end : end + 1]
    if after in "(（" and _POSITION_BRACKET.match(text, end):
        return True  # `X(左前)与…`: who stands where in the picture, a person
    if place[-1] == "站" and after in _VERB_AFTER_STATION or after == "期" and place[-1] in _WEAK_SUFFIXES:
        return True  # `儿子站在树下` (a verb), `用电高峰期` (a period)
    if after == "会":
        return _ORG_ACROSS.match(text, end - 2) is not None  # `山东同乡会`: the scan took 乡 for a suffix
    return bool(after not in _CLAUSE_PUNCT and not _POST_CHARS.isdisjoint(text[end : end + 12])
                and _POST_WORD.search(text, end, end + 12) and _POST_AFTER.match(text, end)
                and not _CLAUSE_END.search(text, end, end + 8))


# a place word that opens an organisation's name, when the organisation is followed by a post (a person's
# affiliation: `…管理局副局长`, `…公司董事长`, `…法院庭长`) or acts as an organiser (`…办公室与…合办`)
_PLACE_AFFILIATION_POST: Final = re.compile(
    r"[^,，。；;、\s在到于至]{0,10}?(?:局|公司|集团|大学|学院|医院|法院|检察院|银行|厂|矿|协会|学会|委员会|办公室|管理处|研究院|研究所|油田|段)"
    r"(?:党委|党组)?(?:副|常务副)?(?:局长|董事长|总经理|经理|书记|主任|院长|校长|主席|会长|厂长|矿长|行长|庭长|检察长|所长|处长|教授|"
    r"秘书长|总工程师|(?:与|和|联合|携手)[^,，。；;]{0,20}?(?:举办|主办|合办|承办|合作))"
)
_PLACE_OPEN_NEAR: Final = re.compile("[(（]")
_PLACE_PERSON_AT_POSITION: Final = re.compile(
    r"[\u4e00-\u9fff]{0,2}(?:大|中|高|队)(?P<name>[\u4e00-\u9fff]{2,3})[(（][左右前后中上下][一二三四五六七八九十起排]?[)）]")
_PLACE_POST_INSIDE: Final = re.compile(r"(?:书记|主席|院长|校长|主任|经理|董事长|部长|厅长|局长)(?=.)")
# a railway or postal unit, an office or a company that acts (`某某客运段为小旅客…`, `某某局组织…`): no place
_PLACE_UNIT_END: Final = re.compile("(?:" + "|".join(_RAIL_UNITS) + "|局|公司|集团)$")  # (局 covers 支局, 分局)
_PLACE_UNIT_ACTS: Final = re.compile(r"为|组织|开展|举办|联合|携手|邀请")
_PLACE_CIRCUMSTANCE: Final = re.compile(r"(?:带领|陪同|指导|帮助|支持|组织|见证|注视|鼓励|协助|引领|护送|号召|关怀|努力)下")
_PLACE_ESCORT: Final = re.compile(r"陪同|带领|组织|看望|慰问|走进|来到")  # a verb inside what was read as one place phrase
_PLACE_SPAN_AGO: Final = re.compile(r"[一二两三四五六七八九十几数百\d]+(?:多|余)?(?:年|个月|月|天|周|日)(?:前|后|来|以前|以后|以来)")
_PLACE_SPAN_FIRST: Final = frozenset("一二两三四五六七八九十几数百0123456789")
_PLACE_LEVEL_WORD: Final = re.compile(  # (not in a reserve's or a zone's name: `某某湿地省级自然保护区`)
    r"[省市县区乡镇]级(?!自然保护区|风景名胜区|森林公园|湿地公园|地质公园|保护区|风景区|度假区|开发区|高新区|新区|园区|示范区)")
_PLACE_ON_THE_WAY: Final = frozenset(
    "回家 上学 放学 上班 下班 巡逻 巡回 审判 送餐 送货 返乡 回乡 出差 救援 求学 赶路 执勤 巡查 巡线 巡河 护林 回村 进村 下乡 赶集 "
    "采访 出征 赶考 追梦 奋斗 扶贫 支教 就医 送医 配送 巡视 返程 回程 归途 前行 上山 下山 进山 出山 通勤 转场 迁徙 送考 送药".split())
_JOURNEY_WORDS: Final = frozenset("回家 上学 放学 上班 下班 返乡 回乡 求学 转场 迁徙 送考 赶考 回村 归乡 归途".split())


def _journey_road(segment: str) -> bool:
    """Session 11: a road that is a way of life or a journey, no road's name (`漫漫转场路`, `回家路`, `求学之路`): a doubled
    word opening it, 之路 closing it, or a going-home word before 路 — never with a division before it (`郑州奋斗路`,
    `北京市延长路` are roads; so are `奋斗路`, `延长路`)."""
    return len(segment) >= 3 and segment[-1] == "路" and (
        segment[0] == segment[1] or segment.endswith("之路") or segment[:-1] in _JOURNEY_WORDS)


_PLACE_AFFILIATION_LAST: Final = re.compile("[长记理任授席师办作]")  # (speed) the last characters of the posts above
# a place that opens the name of the organisation whose staff are pictured (`某县供电公司员工在/巡视…`): where
# they work; a place the caption names after it (where the staff are) is more specific and wins
_PLACE_STAFF_AFTER: Final = re.compile(
    r"[^,，。；;、\s在到于至]{0,10}?(?:局|公司|集团|段|厂|矿|所|站|中心)(?:全体)?(?:干部职工|职工|员工|干警|民警|辅警|工人|队员)")
_COMMANDS: Final = ("军区", "军分区", "战区", "警备区")
# round 27: a common word the suffix scan takes for a name: a kind of bridge (`跨海大桥`), an area named by its use
# (`目标海区`, `作业海域`), a numeral or 半 and one character (`半路`), the road's surface (`X路面`); a police or army
# unit named after the place (`武警湖北总队`) is an organ, not where
_KIND_NOT_NAME: Final = re.compile(
    "(?:" + "|".join(_BRIDGE_KIND_HEADS) + ")(?:大桥|天桥|桥)"
    "|(?:" + "|".join(_TRAIL_KIND_HEADS) + ")(?:步道|栈道|绿道)"  # round 51: a trail's kind
    "|(?:" + "|".join(_BATHING_KIND_HEADS) + ")(?:浴场|泳场)"
    "|(?:" + "|".join(_AREA_KIND_HEADS) + ")(?:" + "|".join(_AREA_WORDS) + ")")
_UNIT_AFTER_PLACE: Final = re.compile(r"(?:森林|边境|出入境)?(?:消防救援|消防|武警|公安|边防|边检|海警|交警|特警)?(?:总队|支队|大队|中队)")
_UNIT_AFTER_FIRST: Final = frozenset("森边出消武公海交特总支大中")
_UNIT_AWAY: Final = re.compile(r"[^，,。；;]{0,8}?(?:参加|参与|深入|赶赴|前往|驰援|奔赴|开赴|进入|转战)")  # the unit went out
_ROAD_BACK: Final = "路街道区市县镇村"
# round 27: a place that opens a route (`X至Y G7次列车`, `X南至Y的航班`) names the train's or the flight's ends, not where;
# a place followed by 首个/首家/第一 … is the scope of a superlative (`浙江省首个…`), not where
_ROUTE_FROM: Final = re.compile(r"[\u4e00-\u9fff]{1,10}?至[\u4e00-\u9fff]{2,10}?的?(?:[A-Z]{0,2}\d{1,5}次|列车|航班|班列|专列|动车|高铁)")
_SUPERLATIVE_CHARS: Final = frozenset("首第")
_AFTER_PLACE_GATE: Final = _UNIT_AFTER_FIRST | _SUPERLATIVE_CHARS
_SUPERLATIVE_AFTER: Final = re.compile(r"首[个家座条批位例所台艘架款]|第一[个家座条批位例所台艘架款]")
# an organ (…中心, …局, …委, …部, …院, …会) that publishes, announces or reports: the source of the caption's figures
_ORGAN_END: Final = frozenset("心局委厅部办院会署所")
_ANNOUNCED_BY: Final = re.compile(r"(?:近日|日前|今天|昨天|当天)?(?:发布|公布|通报|宣布|披露|统计|透露|表示|介绍|称)")
# an area named by what is done there (阅读区, 候车区, 展区 …): a part of a building or a site, not its name
_FUNCTION_AREA: Final = re.compile(
    r"(?:少儿|儿童|成人|老年|临时|综合|公共|主题|户外|室内)?(?:阅读|阅览|借阅|自习|学习|休息|休闲|展览|展示|展|候车|候机|候诊|候船|等候|就餐|用餐|餐饮|体验|互动|游戏|娱乐|亲子|儿童|少儿"
    r"|办公|办事|服务|售票|检票|安检|停车|健身|运动|观赏|观景|游览|活动|自助|咨询|接待|隔离|缓冲|作业|施工|生活|住宿|购物)区"
)
# a manner adverb before 往 (急冲冲, 急匆匆, 纷纷, 一路 …): people heading for a place; not a name such as 往洞镇
_HEADING_FOR: Final = re.compile(r"(?:(.)\1|纷纷|一起|一路|赶紧|连忙|争相|匆忙|径直|直接)往")
# a verb + a one-character place word (走路, 赶路, 逛街, 爬山, 游湖, 回城, 游园 …): an action; not 进/出/过/上/下,
# which also make the modifier of a spot (`进站安检口`, `过街天桥`, `上山步道`)
_VERB_THEN_SPOT: Final = re.compile("[走赶带让问修铺逛爬登游跨渡绕穿回返离迷探跑挖扫巡][路街巷山湖江河桥村乡城园岛港站]")
_DISEASE_AFTER: Final = re.compile(r"肺炎|流感|病毒(?!研究|所|学)|[脑腦]炎")
_AS_SOON_AS: Final = frozenset("到进出入走踏上下回")
_AS_SOON_AS_IN: Final = re.compile(r"[\u4e00-\u9fff]一[到进踏走]")


def _scope_unit_or_route(text: str, place: str, i: int, end: int) -> bool:
    """Round 27: `武警湖北总队` (a province's corps), `X市消防支队…参加/深入…` (the unit went elsewhere), `浙江省首个…`
    (a superlative's scope), `X南至Y G7次列车` (a route's end): the place is not where."""
    unit = _UNIT_AFTER_PLACE.match(text, end) if text[end : end + 1] in _UNIT_AFTER_FIRST else None
    if unit and (unit.group(0).endswith("总队") or _UNIT_AWAY.match(text, unit.end())):
        return True
    if text[end : end + 1] in _SUPERLATIVE_CHARS and _SUPERLATIVE_AFTER.match(text, end) or _SUPERLATIVE_AFTER.search(place):
        return True
    return "至" in text[i : end + 12] and _ROUTE_FROM.match(text, i) is not None
# (speed) one search says whether any test of _place_words_say_no_spot can hold
_PLACE_WORDS_HINT: Final = re.compile(r"[记席长任理下级段局司团]|^[一二两三四五六七八九十几数百0-9]|" + _PLACE_ESCORT.pattern)


def _place_words_say_no_spot(text: str, place: str, end: int, after: str) -> bool:
    """Round 30: words inside the place phrase, or right after it, that show it names no spot."""
    if place[-1] == "路" and after == "上" and place[-3:-1] in _PLACE_ON_THE_WAY:
        return True  # `在巡回审判路上`, `在回家路上`: on the way to doing something, no named road
    if _PLACE_POST_INSIDE.search(place) \
            or place[-1] in "段局司团" and _PLACE_UNIT_END.search(place) and _PLACE_UNIT_ACTS.match(text, end):
        return True  # `某某书记宣布某学院…`: a person and a post, no place; `某某客运段为旅客…`: a unit that acts
    if "下" in place and _PLACE_CIRCUMSTANCE.search(place) or place[0] in _PLACE_SPAN_FIRST and _PLACE_SPAN_AGO.match(place):
        return True  # `在主办单位带领下到…`: a circumstance; `四年前某某`: a time, not where
    if len(place) >= 6 and _PLACE_ESCORT.search(place, 2):
        return True  # session 11: `青年志愿者陪同儿童村…`: people and a verb of going with someone, then the place
    return after == "级" and place[-1] in "省市县区乡镇村" or "级" in place and _PLACE_LEVEL_WORD.search(place) is not None
    # (`首次省级海洋执法`, `市级示范村`: a level of government, an adjective, not where)


def _unnamed_scene(place: str) -> bool:
    """Round 52: a scene (`…现场`) whose words before 现场 hold no place's suffix and no known place: what goes on
    there, described (`大型古墓群考古发掘现场`), no named place (`某某遗址发掘现场` names one)."""
    body = place[:-2]
    return not _SUFFIX_RUN.search(body) and all(_gazetteer_at(body, j) <= j for j in range(len(body) - 1))


_EVERY_ONE_NEXT: Final = frozenset("大级个类种家所校单部县市区镇乡村社医附项位处条座")
_GOING_VERB: Final = re.compile("前往|来到|走进|走出|赶往|奔赴|冒雨|冒雪|驶向|返回|回到")


def _going_nowhere_named(phrase: str) -> bool:
    """`某某团冒雨前往校园`, `三位居民走出小区`: people going somewhere, no named place before the verb nor after it (`返回
    青岛母港`, `经某省某县某港奔赴渔场` name one): a headline's words, no place. (Session 12: as stop words, these verbs
    also cut `志愿者冒雨前往宏村` before the named village, which the second review found.)"""
    going = _GOING_VERB.search(phrase) if len(phrase) >= 6 else None
    return (going is not None and _gazetteer_at(phrase, going.end()) <= going.end()
            and not _gazetteer_at(phrase, 0))


# the games and fairs a city names (`北京冬奥会`, `杭州亚运会`, `上海世博会`; not their parks and villages)
_EVENT_NAMED_AFTER: Final = re.compile(r"(?:冬奥|奥运|冬残奥|残奥|亚运|亚残运|世博|全运|大运|青奥)会?(?![公村园馆场中心])")


def _affiliated_each_time(text: str, place: str, end: int) -> bool:
    """Every later mention of the place opens an organisation and a post too (session 18: `为某区教育局党委书记张三、某区
    教育局局长李四授牌`: two officials of one office, no place named)."""
    while (i := text.find(place, end)) >= 0:
        end = i + len(place)
        if not _PLACE_AFFILIATION_POST.match(text, end):
            return False
    return True


def _not_where(text: str, place: str) -> bool:
    """The place word found names a home, an owner, an office, an event or nothing (see above)."""
    if place in _GENERIC_SPOTS:
        return True  # `在游泳池里`, `在操场上`: a kind of place with no name
    if ("奥" in text or "运" in text or "博" in text) and _EVENT_NAMED_AFTER.match(text, text.find(place) + len(place)):
        return True  # session 17: `在北京冬奥会速度滑冰决赛中`: a city naming an event (a theme, as the issue says)
    if len(place) >= 4 and place.endswith(_ROOM_WORDS) and _MULTI_SUFFIX_RUN.fullmatch(place, 0, len(place) - 2):
        return True  # round 51: `在医院病房`, `在学校食堂`: a room of an unnamed kind of institution, still no name
    if place[-1] == "路" and (place in _ROAD_KIND_WORDS or place.endswith("道路")
                             or place[:2] in _ROAD_KIND_MODIFIERS and place[2:] in _ROAD_KIND_WORDS):  # round 55
        return True  # round 45: `在街路上`, `行走在迁徙道路上`: a road of some kind (a named road ends 路, 大道, 街), none named
    if (place[0] in "市省县区镇" and _UNNAMED_DIVISION.fullmatch(place)
            or place.endswith("现场") and _BARE_SCENE.fullmatch(place) and _gazetteer_at(place, 0) == 0):
        return True
    if place[-2:] == "现场" and len(place) > 6 and _unnamed_scene(place):
        return True  # round 52: `大型古墓群考古发掘现场`: an activity's scene described at length, nothing named in it
    if "来自" in place or place.startswith(_CONJUNCTION_HEADS) or place[:2] in _TIME_NOUN_HEADS:
        return True  # `由于庙会…`, `早前因应…`: a conjunction opens the clause, not a place
    if place[:2] in _NOT_NAME_HEADS and (place.startswith(_TIME_VERB_HEADS) or _KIND_NOT_NAME.fullmatch(place)
                                         or place[:2] in _MOTION_LEADS and place[2:] in _GENERIC_SPOTS):
        return True  # round 27: `正值X…` (a time), `跨海大桥`, `目标海区` (kinds), `走出病房` (a verb of motion + a kind)
    if place.startswith(_NOT_A_NAME_LEAD) or len(place) == 2 and place[0] in "一半":
        return True  # `齐聚一堂`, `在半路`: a numeral and a measure, no name
    if _going_nowhere_named(place):
        return True  # session 12: `三位居民走出小区`: people going somewhere unnamed
    if place[0] in "各每" and place[1:2] in _EVERY_ONE_NEXT:
        return True  # session 12: `在各附属医院`, `每个社区`: every one of a kind, none named (各拉丹冬 is a name)
    if place.endswith(_COMMANDS):
        return True  # round 24: `新疆军区某边防连`: a military command, not where
    if place[-1] in _ORGAN_END and _ANNOUNCED_BY.match(text, text.find(place) + len(place)):
        return True  # `X市公园管理中心发布数据显示`: the organ that published the figures, not where
    if place[-1] == "区" and _FUNCTION_AREA.fullmatch(place):
        return True  # `读者在阅读区看书`: an area of a building named by what is done there, no place name
    if "往" in place and _HEADING_FOR.search(place):
        return True  # `急冲冲往学校赶去`, `纷纷往山上走`: where people are heading, not where they are
    if len(place) == 2 and _VERB_THEN_SPOT.match(place) and place not in _GAZETTEER:
        return True  # `市民在走路锻炼`, `在逛街`, `在爬山`: 在 marks an action (a verb and its object), no place
    if "一" in place and (place[0] == "一" and place[1:2] in _AS_SOON_AS or _AS_SOON_AS_IN.search(place)):
        return True  # round 24: `一到医院门口`, `母亲一进村`: 一 + a verb is "as soon as", no name
    i = text.find(place)
    if i < 0:
        return False
    end = i + len(place)
    if text[end : end + 1] in _AFTER_PLACE_GATE or "首" in place or "至" in text:
        if _scope_unit_or_route(text, place, i, end):
            return True
    if _not_where_taken(text, place, i, end) and text.find(place, end) < 0:
        return True  # (only where the place word occurs once: a later `台北市政府` is still where)
    if text[max(0, i - 3) : i].endswith(_ORIGIN_WORDS):
        return True  # `来自杭州余杭区的…`
    after = text[end : end + 1]
    if after not in _CLAUSE_PUNCT and _PLACE_AFFILIATION_LAST.search(text, end, end + 20) \
            and _PLACE_AFFILIATION_POST.match(text, end) and _affiliated_each_time(text, place, end):
        return True  # `某省石油管理局副局长张三`, `某市赛区统筹办公室与…合办`: an organisation's name, not where
    who = (_PLACE_PERSON_AT_POSITION.match(text, end) if ("(" in text or "（" in text) and after not in _CLAUSE_PUNCT
           and _PLACE_OPEN_NEAR.search(text, end, end + 10) else None)
    if who and text.find(place, end) < 0 and _is_name(who["name"]):
        return True  # `台北某大张三(左)与…`: the school or team (abbreviated) of a person who stands in the picture
    if (after and after in "上级为组开举联携邀" or _PLACE_WORDS_HINT.search(place)) and _place_words_say_no_spot(text, place, end, after):
        return True
    if after in "大学中小医公集银研" and _MEMBERS_AFTER.match(text, end):
        return True  # `浙江大学学生在…`: the people of an institution named after the place, not where
    if after == "的":
        return bool(_ENSEMBLE_AFTER.match(text, end) or _GROUP_AFTER_DE.match(text, end))
    if after == "民":
        return place[-1] in "市村"  # `南昌市民`: the city's people
    if after == "里" and text[i - 1 : i] == "在" and place in _AMBIGUOUS_PLACES and place[-1] not in _WEAK_SUFFIXES:
        return True  # round 53: `在盐田里`, `在桃园里`: 在 X 里 puts things inside a thing; a common noun that is also a
        # county's or a district's short form, not the division (a division is 在 X or 在 X 境内, not 在 X 里); a lake,
        # a mountain or a river so named (`在西湖里划船`, `在黄山里`) is itself where
    if after in _OBJECT_HEADS and (text[end + 1 : end + 2] or "。") not in "会展节光火饰市":
        return True  # `长信宫灯`, `毛公鼎`: an object named after a place (not `故宫灯会`)
    if after == "长" and _OFFICE_AFTER.match(text, end):
        return _scan_place(text, end).end == end  # `台北市长`, not `重庆市长寿区`, `北京市长安街`
    if after in _HOLDER_FIRST or "会" in text[end : end + 12]:
        return bool(_HOLDER_AFTER.match(text, end) or _OFFICE_AFTER.match(text, end))
    if after in _COMMON_SURNAMES and _SURNAME_POST.match(text, end + 1):
        return True  # round 49: `某某大学周院长与…`: a holder addressed by surname and post (周院长, 李书记) works there
    return False


# round 49: the post after a holder's surname, as Chinese addresses an office holder (`周院长`, `李书记`, `王主任`)
_SURNAME_POST: Final = re.compile(r"(?:副|常务副)?(?:院长|校长|馆长|所长|主任|会长|理事长|董事长|总经理|社长|站长|台长|书记|局长|厅长|处长|部长)")


_CLAUSE_END: Final = re.compile(r"[,，。;；]")
# `拉萨市城关区娘热艺术团演员…`: the ensemble's home, not where it performs
_ENSEMBLE_AFTER: Final = re.compile(r"[\u4e00-\u9fff]{0,8}?(?:艺术团|歌舞团|剧团|乐团|合唱团|文工团|代表团|演出队|舞蹈队|秧歌队|运动队|球队)")
