"""Session 20: made-up names with hard negatives (no string from a work list)."""

from __future__ import annotations

import pytest

from .names_support import assert_fields

SESSION20_RULES = [
    # A. a closing bracket holding a credit and its agency after one slash is the page's credit, never a folder
    ("村民在田间收割稻谷。(王林 摄/光明图片)", {"title": "村民在田间收割稻谷", "photographer": "王林"}),
    ("渔民出海捕鱼。(李强摄/视觉中国).jpg", {"title": "渔民出海捕鱼", "photographer": "李强"}),
    ("相册(2019)/IMG_0001.jpg", {"title": None}),  # hard negative: a closed bracket, then a folder's slash
    # B. 位于 names where the subject before it is: a named place, or the phrase up to the clause's end
    ("夕阳下的太湖。太湖位于江苏省南部,湖面辽阔。张三 摄.jpg", {"place": "太湖"}),
    ("学校位于城东,师生在操场上锻炼。张三 摄.jpg", {"place": "城东"}),  # hard negatives: a kind of place; no name
    ("该村位于大山深处,村民在采茶。张三 摄.jpg", {"place": "大山深处"}),
    ("油田位于戈壁腹地,随着气温升高工人开始作业。张三 摄.jpg", {"place": "戈壁腹地"}),
    # C. going on to somewhere (转往, 开往, 运往) ends a place phrase
    ("牧民赶着羊群转往夏季牧场。张三 摄.jpg", {"place": None}),
    ("一列开往南宁站的列车。张三 摄.jpg", {"place": None}),
    # D. a named place and a part of it (its dam, its top, its long corridor) is where
    ("青山水库大坝.jpg", {"title": None, "place": "青山水库大坝"}),
    ("2012年灵岩寺长廊.jpg", {"title": None, "place": "灵岩寺长廊", "date": "2012"}),
    ("学校操场.jpg", {"place": None}),  # hard negatives: no name before the part; a view of it is a title
    ("青山水库大坝夜景.jpg", {"title": "青山水库大坝夜景"}),
]


@pytest.mark.parametrize(("name", "expected"), SESSION20_RULES, ids=[row[0] for row in SESSION20_RULES])
def test_session20_rows(name: str, expected: dict) -> None:
    assert_fields(name, expected)
