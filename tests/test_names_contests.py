"""Round 25: contest entries and artwork listings read by what each segment is (an award word, a
credit key, an entry or class number, a cohort/class unit, a person-name shape, a medium, a year of
creation, a place or school head), tested on made-up names with hard negatives (the work lists were
the contest/artwork rows of held-out sets 21 and 23; no string of theirs is copied here)."""

from __future__ import annotations

import pytest

from .names_support import assert_fields

ROUND25_RULES = [
    # A. an award in 【】 before the title, one credit key at the end with a slash or a colon
    ("【优选】山间晨雾 摄影者／刘青.jpg", {"title": "山间晨雾", "photographer": "刘青"}),
    ("【入选】古桥流水 拍摄者／孙明远.jpg", {"title": "古桥流水", "photographer": "孙明远"}),
    ("[佳作]芦苇荡 作者：何丽.jpg", {"title": "芦苇荡", "photographer": "何丽"}),
    ("【佳作】石斛花开(兰科) 攝影者／鄭美玲.jpg", {"title": "石斛花开(兰科)", "photographer": "鄭美玲"}),
    ("夏日荷塘 摄影者／吴刚.jpg", {"title": "夏日荷塘", "photographer": "吴刚"}),
    ("【优选】秋天的田野 摄影者／晨光.jpg", {"photographer": None}),  # hard negative: a time of day, no person
    ("【新春走基层】渔村年味浓.jpg", {"title": "【新春走基层】渔村年味浓"}),  # a column, no award: stays
    ("【优选】远山 摄影者／高楼.jpg", {"photographer": None}),  # hard negative: a common noun, no name
    # B. a place or school head, `：`, the title, an entry/class number glued to the name in a bracket
    ("苏州：古城夜色(2011陈立新).jpg", {"title": "古城夜色", "photographer": "陈立新", "place": "苏州"}),
    ("扬州：瘦西湖春晓(0917王 芳).jpg", {"title": "瘦西湖春晓", "photographer": "王芳", "place": "扬州"}),
    ("华师大：图书馆的灯(1430刘宇).jpg", {"title": "图书馆的灯", "photographer": "刘宇", "place": "华师大"}),
    ("宿迁：河堤(周小川).jpg", {"title": "河堤", "photographer": "周小川", "place": "宿迁"}),
    ("校团委：青春飞扬(1501张敏).jpg", {"photographer": "张敏", "place": None}),  # a unit head, no place
    ("苏州：古城夜色(2011年).jpg", {"photographer": None}),  # hard negative: a year in the bracket, no name
    ("扬州：瘦西湖(春晓).jpg", {"photographer": None}),  # hard negative: a gloss, no name
    ("记者手记：2019年的冬天(1201).jpg", {"photographer": None}),  # hard negative: a number alone
    ("无锡：太湖帆影(1630文 静).jpg", {"photographer": "文静", "place": "无锡"}),  # padded: a name, not the word
    ("无锡：太湖帆影(1630文静).jpg", {"photographer": None}),  # hard negative: unpadded, the word 文静
    # C. a quoted title, a printed dash, the author (Chinese, compound surname or a Latin name)
    ("“江畔晨练”—钟小燕.jpg", {"title": "江畔晨练", "photographer": "钟小燕"}),
    ("「街角的光」—司马文.jpg", {"title": "街角的光", "photographer": "司马文"}),
    ("“港口黄昏”——JoaoPereira.jpg", {"title": "港口黄昏", "photographer": "JoaoPereira"}),
    ("“渔歌唱晚”─Ana Costa.jpg", {"title": "渔歌唱晚", "photographer": "Ana Costa"}),
    ("“光影”—秋色.jpg", {"photographer": None}),  # hard negative: a title word, no person
    ("“光影”—IMG.jpg", {"photographer": None}),  # hard negative: a device word, no Latin name
    ("“港口”—DSC0012.jpg", {"photographer": None}),
    # D. a category, a dash, an award glued before the author, the work in brackets
    ("城市視野─金獎林志強〈雨夜街燈〉.jpg", {"title": "雨夜街燈", "photographer": "林志強"}),
    ("人物类—优秀奖周明作品《老师傅》.jpg", {"title": "老师傅", "photographer": "周明"}),
    ("铜奖黄晓〈归舟〉.jpg", {"title": "归舟", "photographer": "黄晓"}),
    ("风光类—银奖秋色〈远山〉.jpg", {"photographer": None}),  # hard negative: no name after the award
    ("城市視野─金獎作品〈雨夜街燈〉.jpg", {"title": "雨夜街燈", "photographer": None}),
    # E. an artwork listing `《title》,author,medium[,size],year年`: the year of creation is the date
    ("《江南春》,沈华,布面油画,2019年.jpg", {"title": "江南春", "photographer": "沈华", "date": "2019"}),
    ("《晨》,林曦,纸本水墨,68×68cm,2020年.jpg", {"title": "晨", "photographer": "林曦", "date": "2020"}),
    ("《渔村》、张远、版画.jpg", {"title": "渔村", "photographer": "张远", "date": None}),
    ("《小河》,王林,2017.jpg", {"title": "小河", "photographer": "王林", "date": "2017"}),
    ("《远方》,北京,2018年.jpg", {"photographer": None}),  # hard negative: a place, no author
    ("《远方》,新华出版社,2018年.jpg", {"photographer": None}),  # hard negative: a publisher
    ("《家》,李明,王芳.jpg", {"date": None}),  # no medium, no year: not read as a listing
    # F. a unit and a class number glued before the entrant, then `作品《title》`
    ("机械工程学院2103班何俊,作品《夕阳》.jpg", {"title": "夕阳", "photographer": "何俊"}),
    ("会计系19级会计2班罗佳怡，作品《回家的路》.jpg", {"title": "回家的路", "photographer": "罗佳怡"}),
    ("艺术学院1902班作品《夕阳》.jpg", {"title": "夕阳", "photographer": None}),  # hard negative: no name
    ("机械工程学院2103班欢乐多,作品《夕阳》.jpg", {"photographer": None}),  # hard negative: not a name shape
    # G. an award, a name and a cohort + major + class: no title; a work label and a four-character name
    ("三等奖 周晓红 2020级美术学3.jpg", {"title": None, "photographer": "周晓红"}),
    ("优秀奖 谭思 19级设计1班.jpg", {"title": None, "photographer": "谭思"}),
    ("低年级组软笔作品  李欣怡然.jpg", {"title": "低年级组软笔作品", "photographer": "李欣怡然"}),
    ("低年级组软笔作品  杭州西湖.jpg", {"photographer": None}),  # hard negative: a place, no name
    ("一等奖 2020级美术学3.jpg", {"photographer": None}),  # hard negative: no name
    ("三等奖 周晓红 美丽校园.jpg", {"photographer": "周晓红"}),  # a title, no unit: read as before
    # H. a rank before the entrant (a romanised name may follow), a dash or a bracketed title
    ("季军 陈嘉欣 Chan Ka Yan - 海港晨光.jpg", {"title": "海港晨光", "photographer": "陈嘉欣"}),
    ("冠軍 何子軒 Ho Tsz Hin, Marco -《歸帆》.jpg", {"title": "歸帆", "photographer": "何子軒"}),
    ("冠軍 何子軒 Ho Tsz Hin， Marco -《歸帆》.jpg", {"title": "歸帆", "photographer": "何子軒"}),  # a full-width comma
    ("優異獎 梁思敏 - 老街.jpg", {"title": "老街", "photographer": "梁思敏"}),
    ("银牌奖 陈黄美玲「稻浪」.jpg", {"title": "稻浪", "photographer": "陈黄美玲"}),  # two surnames, married form
    ("团体组特等奖 韩一之《晨读》.jpg", {"title": "晨读", "photographer": "韩一之"}),
    ("冠军 秋色 - 远山.jpg", {"photographer": None}),  # hard negative: a title word after the rank
    ("一等奖 张三 - 李四.jpg", {"photographer": None}),  # hard negative: two names, who is who unknown
    ("金牌奖 杭州西湖「断桥」.jpg", {"photographer": None}),  # hard negative: a place, four characters
    # I. a school glued before the pupil (a group and a dash may lead), a role, a grade, 作品, 「title」
    ("國小低年級—桃園市青溪國小林家豪「雨後的操場」.jpg", {"title": "雨後的操場", "photographer": "林家豪",
                                                      "place": None}),
    ("初中组—某县实验中学王思琪《晚自习》.jpg", {"title": "晚自习", "photographer": "王思琪"}),
    ("新民國中老師趙文傑特優作品「海風」.jpg", {"title": "海風", "photographer": "趙文傑"}),
    ("實驗國小老師作品「海風」.jpg", {"photographer": None}),  # hard negative: no name
    # J. a contest and its rank, a dash, the entrant, the work in a bracket
    ("“城市之光”摄影大赛亚军-周建华(夜归人).jpg", {"title": "夜归人", "photographer": "周建华"}),
    ("“城市之光”摄影大赛亚军-周建华(杭州).jpg", {"title": "“城市之光”摄影大赛亚军"}),  # hard negative: a place
    ("“城市之光”摄影大赛亚军-周建华(组照).jpg", {"title": "“城市之光”摄影大赛亚军"}),  # hard negative: a series note
    # K. `姓名+作品名称+电话`: the name-shaped word beside a title, a lenient reading
    ("宋之远+一叶知秋+13800000000.jpg", {"title": "一叶知秋", "photographer": "宋之远", "phone": "13800000000"}),
    ("晨曦+宋之远+13800000000.jpg", {"title": "晨曦", "photographer": "宋之远"}),  # 作品题目+姓名+联系方式
    ("晨曦+一叶知秋+13800000000.jpg", {"photographer": None}),  # hard negative: a title word, no name
    # L. an award, a unit and the entrant with the kind of work entered: no title
    ("三等奖 后勤处 马丽（书法）.jpg", {"title": None, "photographer": "马丽"}),
    ("优秀奖 宣传部 邓超（摄影）.jpg", {"title": None, "photographer": "邓超"}),
    ("三等奖 后勤处 高楼（书法）.jpg", {"photographer": None}),  # hard negative: a common noun, no name
    ("周晓红 2020级美术学3.jpg", {"photographer": None}),  # hard negative: no award, the pupil may be pictured
    ("宋之远+一叶知秋（组照）+13800000000.jpg", {"title": "一叶知秋"}),  # a series note is no part of the title
    # M. the same layouts with other separators (`+ - _ ， 、` spaces, ASCII or full-width colons)
    ("【优选】山间晨雾 摄影者:刘青.jpg", {"title": "山间晨雾", "photographer": "刘青"}),
    ("【优选】山间晨雾_摄影者／刘青.jpg", {"title": "山间晨雾", "photographer": "刘青"}),
    ("苏州:古城夜色（2011 陈立新）.jpg", {"title": "古城夜色", "photographer": "陈立新", "place": "苏州"}),
    ("苏州 古城夜色(2011陈立新).jpg", {"title": "古城夜色", "photographer": "陈立新", "place": "苏州"}),
    ("校团委 青春(1501张敏).jpg", {"photographer": None}),  # hard negative: no colon and no place head
    ("季军-陈嘉欣-海港晨光.jpg", {"title": "海港晨光", "photographer": "陈嘉欣"}),
    ("季军_陈嘉欣_海港晨光.jpg", {"title": "海港晨光", "photographer": "陈嘉欣"}),
    ("季军，陈嘉欣，海港晨光.jpg", {"title": "海港晨光", "photographer": "陈嘉欣"}),
    ("《江南春》、沈华、布面油画、2019.jpg", {"title": "江南春", "photographer": "沈华", "date": "2019"}),
    ("三等奖_周晓红_2020级美术学3.jpg", {"title": None, "photographer": "周晓红"}),
    ("宋之远_一叶知秋_13800000000.jpg", {"title": "一叶知秋", "photographer": "宋之远", "phone": "13800000000"}),
    ("宋之远 一叶知秋 13800000000.jpg", {"title": "一叶知秋", "photographer": "宋之远"}),
    ("晨曦_一叶知秋_13800000000.jpg", {"photographer": None}),  # hard negative: no name shape
    ("20190501_一叶知秋_13800000000.jpg", {"photographer": None}),  # hard negative: a date, no name
    # N. the same segments in other orders: a number glued to the name as a segment, the work anywhere in a listing
    ("1930陶文斌-秋收.jpg", {"title": "秋收", "photographer": "陶文斌"}),
    ("秋收(1930陶文斌).jpg", {"title": "秋收", "photographer": "陶文斌"}),
    ("2020级美术学3 周晓红 三等奖.jpg", {"title": None, "photographer": "周晓红"}),
    ("沈华,《江南春》,布面油画,2019年.jpg", {"title": "江南春", "photographer": "沈华", "date": "2019"}),
    ("秋收(2019).jpg", {"photographer": None}),  # hard negative: a year, no name
    ("1930陶文斌.jpg", {"photographer": None}),  # hard negative: nothing beside it
    ("秋收-1930高楼.jpg", {"photographer": None}),  # hard negative: a noun after the number
    ("2019年5月1日 秋收-陶文斌.jpg", {"date": "2019-05-01"}),  # a dated opening: not these layouts
    ("沈华,《江南春》,北京,2019年.jpg", {"photographer": None}),  # hard negative: a place among the segments
]


@pytest.mark.parametrize(("name", "expected"), ROUND25_RULES)
def test_round25_contest_layouts(name: str, expected: dict) -> None:
    assert_fields(name, expected)


# Round 28: the contest/artwork rows of held-out sets 25, 24 and 20 as work lists; made-up names only,
# each layout by what its segments are, with hard negatives (no work-list string is copied here).
ROUND28_RULES = [
    # A. the work, the kind entered in a bracket, an award glued to the entrant, the entrant's unit in a bracket
    ("晨钟(摄影)二等奖周立新(三分公司).jpg", {"title": "晨钟", "photographer": "周立新", "place": None}),
    ("兰(国画)优秀奖钱丽华(杭州中心).jpg", {"title": "兰", "photographer": "钱丽华", "place": None}),
    ("春色（书法）三等奖王明.jpg", {"title": "春色", "photographer": "王明"}),
    ("晨钟(摄影)-二等奖-周立新.jpg", {"title": "晨钟", "photographer": "周立新"}),
    ("晨钟（摄影）二等奖_周立新（三分公司）.jpg", {"title": "晨钟", "photographer": "周立新"}),
    ("春色(摄影)二等奖秋色.jpg", {"photographer": None}),  # hard negative: a title word, no name
    ("张三(摄影)二等奖王明.jpg", {"photographer": None}),  # hard negative: a name where the work stands
    ("北京(摄影)二等奖王明.jpg", {"photographer": None}),  # hard negative: a place where the work stands
    # B. 题+姓名+年级班+电话: a cohort and class is a unit; a bare place as the work is the place
    ("湖畔晨读+林小雨+19级会计2班+13800001234.jpg",
     {"title": "湖畔晨读", "photographer": "林小雨", "phone": "13800001234"}),
    ("周庄古镇+陈默+20级旅游班+13800001234.jpg", {"title": None, "photographer": "陈默", "place": "周庄古镇"}),
    ("王明+晨曦+21级会计2班+13912345678.jpg", {"title": "晨曦", "photographer": "王明"}),
    ("王明+李华+21级会计2班+13912345678.jpg", {"photographer": None}),  # hard negative: two names, nobody sure
    ("晨曦+春色+21级会计2班+13912345678.jpg", {"photographer": None}),  # hard negative: no name shape
    ("晨曦+王明+2021年+13912345678.jpg", {"photographer": None}),  # hard negative: a year, no class
    # C. a sacred mountain or lake (神山, 圣山, 圣湖) is a kind of place: a bare one is a place, no title
    ("冈仁波齐神山.jpg", {"title": None, "place": "冈仁波齐神山"}),
    ("阿尼玛卿神山.jpg", {"title": None, "place": "阿尼玛卿神山"}),
    ("去神山-张三.jpg", {"title": "去神山", "photographer": "张三"}),  # a title with a verb stays a title
    # D. after a 《work》 alone: a name with no Han surname (Mongolian, Tibetan …), or one the unit bracket vouches for
    ("《草原晨曲》巴特尔.jpg", {"title": "草原晨曲", "photographer": "巴特尔"}),
    ("《牧归》其其格.jpg", {"title": "牧归", "photographer": "其其格"}),
    ("《雪域》次仁多吉(拉萨市公安局).jpg", {"title": "雪域", "photographer": "次仁多吉"}),
    ("《巡逻》扎巴(某县公安局).jpg", {"title": "巡逻", "photographer": "扎巴"}),
    ("《春》组照.jpg", {"title": "春", "photographer": None}),  # hard negative: a series note
    ("《春》局部.jpg", {"photographer": None}),  # hard negative: a detail note
    ("《春》阿里.jpg", {"photographer": None}),  # hard negative: two characters, no unit: nobody sure
    ("《春》拉萨.jpg", {"photographer": None}),  # hard negative: a place
    ("《春》拉萨(宣传部).jpg", {"place": "拉萨"}),  # hard negative: a place even beside a unit
    # E/F. status or unit glued before the name, 的 and [medium]作品; an award between the name and 作品
    ("博士生周雨桐的作品《晨光里》.jpg", {"title": "晨光里", "photographer": "周雨桐"}),
    ("税务局李华的国画作品《秋》.jpg", {"title": "秋", "photographer": "李华"}),
    ("《远山》陈志远二等奖作品.jpg", {"title": "远山", "photographer": "陈志远"}),
    ("中心广场的作品《春》.jpg", {"photographer": None}),  # hard negative: a place, no unit and member
    ("《春》春天一等奖作品.jpg", {"photographer": None}),  # hard negative: a season, no name
    # G. the entrant, then what the entrant did (书 wrote, 画/绘 painted, 刻 carved) as the last segment
    ("行书类二等奖作品 周文博 书.jpg", {"title": "行书类二等奖作品", "photographer": "周文博"}),
    ("春江花月_李华_画.jpg", {"title": "春江花月", "photographer": "李华"}),
    ("春江 花月 书.jpg", {"photographer": None}),  # hard negative: a word, no common-surname name
    ("王明 李华 书.jpg", {"photographer": None}),  # hard negative: two names
    ("读 书.jpg", {"photographer": None}),
    # J. an exhibition list's entry with dashes: author, work, medium and a size or a year, in any order
    ("李明-秋山图-油画-2018年.jpg", {"title": "秋山图", "photographer": "李明", "date": None}),
    ("刘芳-春雨江南-水彩-60x80cm-2021年.jpg", {"title": "春雨江南", "photographer": "刘芳", "date": None}),
    ("北京-秋山图-油画-2018年.jpg", {"photographer": None}),  # hard negative: a place where the author stands
    ("李明-王华-油画-2018年.jpg", {"photographer": None}),  # hard negative: two names, no work
    ("李明_秋山图_油画_2018年.jpg", {"title": "秋山图", "photographer": "李明", "date": None}),
    ("秋山图 李明 油画 2018年.jpg", {"title": "秋山图", "photographer": "李明"}),
    ("李明+秋山图+油画+90x60cm.jpg", {"title": "秋山图", "photographer": "李明"}),
    # K. 年画 (New Year print) is a medium: `姓名 年画《题》`
    ("赵小兰 年画《五谷丰登》.jpg", {"title": "五谷丰登", "photographer": "赵小兰"}),
    ("年画村-张三.jpg", {"title": "年画村", "photographer": "张三"}),  # a village of prints is a word
    # L. a leading 于 (`at`) before a place, alone: the place, no title
    ("于厦门鼓浪屿.jpg", {"title": None, "place": "厦门鼓浪屿"}),
    ("于杭州西湖.jpg", {"title": None, "place": "杭州西湖"}),
    ("于杭州看雪.jpg", {"place": None}),  # hard negative: a verb after the city
    ("于北京过年.jpg", {"place": None}),  # hard negative: a festival, no spot
    # I. a Tibetan name (one known element) after the entrant's unit, the last segment
    ("巡逻-某县公安局-次仁卓玛.jpg", {"title": "巡逻", "photographer": "次仁卓玛"}),
    ("雪线-某某森林公安分局-洛培扎西.jpg", {"title": "雪线", "photographer": "洛培扎西"}),
    ("巡山-雪域高原-洛培扎西.jpg", {"photographer": None}),  # hard negative: no unit before it
    # H. 为 in a three-character given name with a common surname, a segment of its own
    ("秋色-李为民.jpg", {"title": "秋色", "photographer": "李为民"}),
    ("远山 近水 李志为.jpg", {"title": "远山 近水", "photographer": "李志为"}),
    ("秋色-何为美.jpg", {"photographer": None}),  # hard negative: a question (何为, `what is`), no name
    ("秋色-以为.jpg", {"photographer": None}),
    # M. a 《work》 `season + 到 + a named building`: the building is the place
    ("《春到逸夫楼》王明.jpg", {"title": "春到逸夫楼", "photographer": "王明", "place": "逸夫楼"}),
    ("《春到校园》王明.jpg", {"place": None}),  # hard negative: a kind of place, no named one
    ("《春到人间》王明.jpg", {"place": None}),  # hard negative: no place
    # N. a museum label with spaces: painter, 《work》, medium, a bare size, the year made, the holder
    ("王明 《秋山》 纸本水墨 90cm×60cm 1982年 某某美术馆藏.jpg",
     {"title": "秋山", "photographer": None, "date": None, "place": None}),
    # O. dots where dashes would stand (`姓名.单位.作品`), one segment a unit
    ("李小红.财务部.秋日私语.jpg", {"title": "秋日私语", "photographer": "李小红"}),
    ("春花.秋月.夏雨.jpg", {"photographer": None}),  # hard negative: no unit, no reading
    ("溪山图.宋.范宽.jpg", {"photographer": None}),  # hard negative: a catalogue's painter is no photographer
]


@pytest.mark.parametrize(("name", "expected"), ROUND28_RULES)
def test_round28_contest_layouts(name: str, expected: dict) -> None:
    assert_fields(name, expected)
