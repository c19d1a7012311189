"""Round 34: contest entries and artwork names read by what each segment is — an authorship verb closing
the credit bracket, the entrant's home glued before the name, the entrant's unit as the segment after the
name, a listing's notes after the entrant (age, home province or country) — tested on made-up names with
hard negatives (the work list was the contest/artwork rows of held-out set 32; no string of it is copied)."""

from __future__ import annotations

import pytest

from .names_support import assert_fields

ROUND34_RULES = [
    # A. the work, then its author and an authorship verb in the closing bracket (著 wrote, 作 made, 绘/画 painted …)
    ("《山村晨雾》(周立平著).jpg", {"title": "山村晨雾", "photographer": "周立平"}),
    ("《秋收时节》（马文涛作）.jpg", {"title": "秋收时节", "photographer": "马文涛"}),
    ("《牧归》(韩雪绘).jpg", {"title": "牧归", "photographer": "韩雪"}),
    ("河边人家(郑少华刻).jpg", {"title": "河边人家", "photographer": "郑少华"}),
    ("《山鄉喜事》(趙國強著).jpg", {"title": "山鄉喜事", "photographer": "趙國強"}),  # 繁體
    ("《春江图》(欧阳明画).jpg", {"title": "春江图", "photographer": "欧阳明"}),  # a compound surname
    ("《山村晨雾》(节选著).jpg", {"photographer": None}),  # hard negative: no name before the verb
    ("《山村晨雾》(周立平书画).jpg", {"photographer": None}),  # hard negative: two verbs, no sure name
    ("《山村晨雾》(杜甫诗意画).jpg", {"photographer": None}),  # hard negative: four characters, no compound surname
    ("《山村晨雾》(江门作).jpg", {"title": "山村晨雾", "photographer": None}),  # hard negative: a place, no person
    ("《山村晨雾》(新年作).jpg", {"photographer": None}),  # hard negative: a time, no person
    ("2019年5月1日(周立平著).jpg", {"photographer": None}),  # hard negative: a date is no work
    # B. an award maybe, the entrant's home (province, country, a city with 市/县) glued before the name, the work
    ("金奖 浙江陈雅琴《江南春早》.jpg", {"title": "江南春早", "photographer": "陈雅琴", "place": None}),
    ("一等奖_河南省赵德胜《麦收》.jpg", {"title": "麦收", "photographer": "赵德胜", "place": None}),
    ("優秀獎 廣東省黃麗華《漁港》.jpg", {"title": "漁港", "photographer": "黃麗華", "place": None}),  # 繁體
    ("湖北孙小梅《荷塘》.jpg", {"title": "荷塘", "photographer": "孙小梅", "place": None}),
    ("中国梦想《远航》.jpg", {"title": "远航", "photographer": None}),  # hard negative: a word after the country, no name
    ("浙江温州《江南春早》.jpg", {"photographer": None}),  # hard negative: a province and a city, no person
    ("广东江门《渔港》.jpg", {"photographer": None}),  # hard negative: 江门 is a city, not 江 + a given name
    ("金奖 浙江美术馆《江南春早》.jpg", {"photographer": None}),  # hard negative: a museum, no person
    # C. after the 《work》: medium, size, age, the entrant(s) and, last, the entrant's home (a province or a country)
    ("《湖畔秋色》 油画 120cm×90cm 郑海涛 福建.jpg", {"title": "湖畔秋色", "photographer": "郑海涛", "place": None}),
    ("《丰收时节》 壁画 200×150cm 韩冰、吴丽萍 山东.jpg", {"photographer": "韩冰、吴丽萍", "place": None}),
    ("《远方》LIN MAYA 10岁 加拿大.jpg", {"title": "远方", "photographer": "LIN MAYA", "place": None}),
    ("《遠方》 Chen Lily 9歲 澳大利亚.jpg", {"title": "遠方", "photographer": "Chen Lily", "place": None}),  # 繁體
    ("《湖畔秋色》 郑海涛 福建.jpg", {"photographer": "郑海涛", "place": None}),
    ("《湖畔秋色》 油画 黄山 福建.jpg", {"photographer": None}),  # hard negative: a place where the entrant stands
    ("《湖畔秋色》 Photo 福建.jpg", {"photographer": None}),  # hard negative: one Latin word is no sure name
    # D. three segments: the work, the entrant, the entrant's unit (at either end); the unit vouches for the name
    ("湖光山色-郑为-团委宣传部.jpg", {"title": "湖光山色", "photographer": "郑为"}),
    ("雪-丁澄-外国语学院.jpg", {"title": "雪", "photographer": "丁澄"}),
    ("晨读_许悦_后勤处.jpg", {"title": "晨读", "photographer": "许悦"}),
    ("图书馆党委 冯为 书香校园.jpg", {"title": "书香校园", "photographer": "冯为"}),
    ("张三-李四-外国语学院.jpg", {"photographer": None}),  # hard negative: two name shapes, nobody is sure
    ("湖光山色-晨光-外国语学院.jpg", {"photographer": None}),  # hard negative: a title word where the name should be
    ("湖光山色-郑为-王小科.jpg", {"photographer": "王小科"}),  # hard negative: 王小科 is a person, no unit: 郑为 not vouched for
    # E. a medium glued before the 《work》 marks a painting: the places in its title are painted, no place
    ("油画《太湖之晨》,作者：钱立.jpg", {"title": "太湖之晨", "photographer": "钱立", "place": None}),
    ("版画《黄山之巅》 作者：周敏.jpg", {"title": "黄山之巅", "place": None}),
    ("油画村《太湖之晨》.jpg", {"place": "太湖"}),  # hard negative: a village of painters is no medium
    # F. the same layouts with the other separators (`+ - _ ， 、 ／` and spaces) and without the bracket after a 《work》
    ("金奖+浙江陈雅琴+《江南春早》.jpg", {"title": "江南春早", "photographer": "陈雅琴", "place": None}),
    ("一等奖_河南省赵德胜_《麦收》.jpg", {"title": "麦收", "photographer": "赵德胜", "place": None}),
    ("《湖畔秋色》_油画_120cm×90cm_郑海涛_福建.jpg", {"title": "湖畔秋色", "photographer": "郑海涛", "place": None}),
    ("《湖畔秋色》，油画，120cm×90cm，郑海涛，福建.jpg", {"title": "湖畔秋色", "photographer": "郑海涛", "place": None}),
    ("湖光山色+郑为+团委宣传部.jpg", {"title": "湖光山色", "photographer": "郑为"}),
    ("湖光山色、郑为、团委宣传部.jpg", {"title": "湖光山色", "photographer": "郑为"}),
    ("湖光山色／郑为／团委宣传部.jpg", {"title": "湖光山色", "photographer": "郑为"}),
    ("《山村晨雾》_(周立平著).jpg", {"title": "山村晨雾", "photographer": "周立平"}),
    ("《山村晨雾》周立平著.jpg", {"title": "山村晨雾", "photographer": "周立平"}),
    ("《山村晨雾》-周立平绘.jpg", {"title": "山村晨雾", "photographer": "周立平"}),
    ("《山村晨雾》近期新作.jpg", {"photographer": None}),  # hard negative: no name before the verb
    ("湖光山色，张三，李四.jpg", {"photographer": None}),  # hard negative: no unit, two names
]


@pytest.mark.parametrize(("name", "expected"), ROUND34_RULES)
def test_round34_contest_layouts(name: str, expected: dict) -> None:
    assert_fields(name, expected)
