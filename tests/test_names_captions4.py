"""Round 36: news captions, each rule a grammar family tested on made-up names with hard negatives
(the work lists were the caption rows of held-out sets 28, 26 and 31; no string from them is used here)."""

from __future__ import annotations

import pytest

from .names_support import assert_fields

ROUND36_RULES = [
    # A. the picture's number on the page, circled (`图③：`) or after the traditional 圖, is no title
    ("图③：某市新区的夜景。记者 周立群 摄.jpg", {"title": "某市新区的夜景", "photographer": "周立群"}),
    ("圖⑥：某縣老街新貌。記者 周立群 攝.jpg", {"title": "某縣老街新貌", "photographer": "周立群"}),
    ("圖2 某縣老街新貌.jpg", {"title": "某縣老街新貌"}),
    # hard negatives: 圖 opening a word, a number with nothing after it
    ("圖書館裡的孩子們.jpg", {"title": "圖書館裡的孩子們"}),
    ("图⑦.jpg", {"title": "图⑦"}),
    # B. the clock opening a caption: h：mm after the part of the day, a bare h：mm, the day before the part of the day
    ("上午8：45,某村村民在田里插秧 周立群 摄.jpg", {"time": "08:45:00", "photographer": "周立群"}),
    ("傍晚6：10,渔船陆续回港.jpg", {"time": "18:10:00"}),
    ("17：25,孩子们在河边嬉戏.jpg", {"time": "17:25:00"}),
    ("21日凌晨4时,最后一节钢梁吊装到位.jpg", {"time": "04:00:00"}),
    ("晚上9:05,广场上的人们跳起舞来.jpg", {"time": "21:05:00"}),
    # hard negatives: a score, an hour that is none, a clock not at the start
    ("3：1,主队逆转获胜.jpg", {"time": None}),
    ("27：15,两队战成平局.jpg", {"time": None}),
    ("比赛在8：45开始,观众陆续入场.jpg", {"time": None}),
    # C. an outlet, then its news brand or app (glued, or after ·), before a reporter: the credit's agency
    ("游人在湖畔赏花。某江日报青果新闻记者 周立群 王海.jpg", {"title": "游人在湖畔赏花", "photographer": "周立群、王海"}),
    ("游人在湖畔赏花 某江晚报鹭岛新闻记者 周立群 王海 陈一鸣 摄影报道.jpg",
     {"title": "游人在湖畔赏花", "photographer": "周立群、王海、陈一鸣"}),
    ("游人在湖畔赏花(某海新闻·某岛客户端记者 周立群).jpg", {"title": "游人在湖畔赏花", "photographer": "周立群"}),
    # hard negative: the brand and the role opening the caption (a day for reporters) credit no one
    ("某江日报青果新闻记者节前夕,游人在湖畔赏花.jpg", {"photographer": None}),
    # D. a bracket credit: `X 文摄` (wrote it and took it), `X摄 Y文` (the writer after the photographer)
    ("5月1日,工人们在工地上加紧施工。(记者 周立群 文摄).jpg", {"title": "5月1日,工人们在工地上加紧施工", "photographer": "周立群"}),
    ("某鎮小學教室內,老師正在上課。(周立群攝 王海文).jpg", {"title": "某鎮小學教室內,老師正在上課", "photographer": "周立群"}),
    # hard negatives: 文 ending the photographer's name glued before 摄, a word (no name) after 摄
    ("市民在公园里野餐。(记者周立文摄).jpg", {"photographer": "周立文"}),
    ("市民在公园里野餐。(周立群摄 散文).jpg", {"photographer": None}),
    # E. the Minguo year alone at a caption's start (民国/民國 before it) is the year
    ("民國65年北上的列車在某站停靠.jpg", {"date": "1976"}),
    ("民国三十年某地的街景.jpg", {"date": "1941"}),
    # hard negatives: a span of Minguo years, no number, a full date keeps its day
    ("民国30年代某地的街景.jpg", {"date": None}),
    ("民国时期某地的街景.jpg", {"date": None}),
    ("民國65年5月1日,列車在某站停靠.jpg", {"date": "1976-05-01"}),
    # F. a joint byline naming the writer and the photographer: only the photographer took it
    ("5月1日,游客在古镇游览。(文字记者周立群、摄影记者王海).jpg", {"photographer": "王海"}),
    ("5月1日,游客在古镇游览。(摄影记者王海、文字记者周立群).jpg", {"photographer": "王海"}),
    # hard negative: reporters with no split of roles are all credited
    ("5月1日,游客在古镇游览。(记者 周立群 王海).jpg", {"photographer": "周立群、王海"}),
]


@pytest.mark.parametrize(("name", "expected"), ROUND36_RULES)
def test_round36_captions(name: str, expected: dict) -> None:
    assert_fields(name, expected)
