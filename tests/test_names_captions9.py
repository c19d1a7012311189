"""Round 53: the caption rows of held-out set 40, each cause a family's general grammar, tested on made-up names with
hard negatives (no string from the work list is used here)."""

from __future__ import annotations

import pytest

from .names_support import assert_fields

ROUND53_RULES = [
    # A. 哨所 (a border or army sentry post) ends a place's name like 基地 or 口岸, and a post may be named by its
    # number (`1024哨所`): a four-digit number opening a place is read as a year only as 19xx/20xx
    ("在1024哨所,战士们清扫积雪。周立群摄.jpg", {"place": "1024哨所", "photographer": "周立群"}),
    ("卓木拉哨所,战士们与主峰界碑合影留念。周立群 摄.jpg", {"place": "卓木拉哨所"}),
    # hard negatives: a year before the place is still no part of it
    ("在2018某某镇,村民在插秧。周立群摄.jpg", {"place": "某某镇"}),
    # B. a place word inside a quoted slogan or event title that holds more words after it (`“某某粮仓,某县力量”`,
    # `“你好某省——某某节”`): the quotation says what, not where
    ("墙上写着“山水粮仓,安吉力量”几个大字。周立群摄.jpg", {"place": None, "photographer": "周立群"}),
    ("墙上刷着“稻香之乡,宜兴力量”八个大字。周立群摄.jpg", {"place": None}),
    # hard negatives: a quotation that is the place (it ends with it) still names it; a place outside the quotation,
    # or also written outside it, is still where; quoted speech is left to the speech rules
    ("墙上写着“湖州安吉”几个大字。周立群摄.jpg", {"place": "湖州安吉"}),
    ("墙上写着“山水粮仓,安吉力量”,游客在某某公园合影。周立群摄.jpg", {"place": "某某公园"}),
    ("“你好浙江”音乐节在杭州举行。周立群摄.jpg", {"place": "杭州"}),
    # C. a kind of land alone after 在 (`在湿地中`, `在草原上`, `在森林里`), like 河滩 in round 49: no named place
    ("白鹭在湿地中觅食。周立群摄.jpg", {"place": None, "photographer": "周立群"}),
    ("牧民在草原上放牧。周立群摄.jpg", {"place": None}),
    ("游客在森林里徒步。周立群摄.jpg", {"place": None}),
    # hard negatives: a named one is still where, and a named one earlier in the caption wins over the bare kind
    ("白鹭在某某湿地中觅食。周立群摄.jpg", {"place": "某某湿地"}),
    ("牧民在某某草原上放牧。周立群摄.jpg", {"place": "某某草原"}),
    # D. 在 X 里 with X a common noun that is also a division's short form (盐田 salt pans, 桃园 a peach orchard):
    # 里 puts things inside a thing, so X is the noun, not the district
    ("工人们在盐田里收盐。周立群摄.jpg", {"place": None, "photographer": "周立群"}),
    ("孩子们在桃园里嬉戏。周立群摄.jpg", {"place": None}),
    # hard negatives: without 里, or with the division's own suffix or a named spot, the place stays
    ("游客在盐田参观。周立群摄.jpg", {"place": "盐田"}),
    ("在桃园市里,市民在赏花。周立群摄.jpg", {"place": "桃园市"}),
    ("货轮在盐田港里停靠。周立群摄.jpg", {"place": "盐田港"}),
    # (D2) a lake or a mountain that shares its name with a district is itself where (`在西湖里划船`)
    ("游客在西湖里划船。周立群摄.jpg", {"place": "西湖"}),
    # E. 盐场 (a saltern) ends a place like 农场, 林场, 渔场; alone it is a kind, no name
    ("清晨,某某县某某盐场的工人们在晒盐。周立群摄.jpg", {"place": "某某县某某盐场"}),
    # hard negative: the bare kind
    ("工人们在盐场晒盐。周立群摄.jpg", {"place": None}),
    # F. a Mongolian, Uyghur or Kazakh name written whole with no dot, five or six characters, behind an explicit
    # 摄 credit (`…。巴特尔朝鲁 摄`): the person, and the title ends before the credit
    ("牧民在草原上赛马。巴特尔朝鲁 摄.jpg", {"title": "牧民在草原上赛马", "photographer": "巴特尔朝鲁"}),
    ("牧民在草原上赛马。(新华社记者 乌力吉巴雅尔 摄).jpg", {"photographer": "乌力吉巴雅尔"}),
    # hard negatives: a country spelt with the same characters, or a paper, credits no one
    ("球迷在场边助威。沙特阿拉伯 摄.jpg", {"photographer": None}),
    ("牧民在草原上赛马。阿尔巴尼亚摄.jpg", {"photographer": None}),
    ("8月8日,牧民在草原上赛马。内蒙古日报社 摄.jpg", {"photographer": None}),
    # G. 中新社's picture brand CNSPHOTO (CNSphoto), like CICPHOTO, left after the caption's 。 with its 图_ lead:
    # a source, no part of the title
    ("游人在湖畔赏花。图_CNSPHOTO 周立群 摄.jpg", {"title": "游人在湖畔赏花", "photographer": "周立群"}),
    ("游人在湖畔赏花。图_CNSphoto 周立群 摄.jpg", {"title": "游人在湖畔赏花", "photographer": "周立群"}),
    # hard negative: a sentence after the 。 stays
    ("游人在湖畔赏花。图为CNSphoto展台。周立群 摄.jpg", {"title": "游人在湖畔赏花。图为CNSphoto展台"}),
    # H. a 图为/这是 caption that is a named place and nothing else (`图为某某洲灯塔`): the place, as a place-only
    # name is read; the caption stays the title
    ("图为某某洲灯塔。周立群 摄.jpg", {"title": "图为某某洲灯塔", "place": "某某洲灯塔"}),
    ("这是某某古桥。周立群 摄.jpg", {"title": "这是某某古桥", "place": "某某古桥"}),
    # hard negatives: something done at the building makes it the subject (round 24), and a kind alone is no name
    ("图为某某大厦亮灯。周立群 摄.jpg", {"place": None}),
    ("这是古桥。周立群 摄.jpg", {"place": None}),
    # I. 跳入/跃入/跳进 a named place (`泳客跳入某某公园的湖水`): the swimmer is in it, as after 走入
    ("一位冬泳爱好者跳入某某公园冰冷的湖水里。周立群摄.jpg", {"place": "某某公园", "photographer": "周立群"}),
    ("运动员跃入某某体育馆的泳池。周立群摄.jpg", {"place": "某某体育馆"}),
    # hard negatives: water or a pool with no name is no place
    ("冬泳爱好者跳入水中。周立群摄.jpg", {"place": None}),
    ("运动员跃入泳池。周立群摄.jpg", {"place": None}),
]


@pytest.mark.parametrize(("name", "expected"), ROUND53_RULES)
def test_round53_captions(name: str, expected: dict) -> None:
    assert_fields(name, expected)
