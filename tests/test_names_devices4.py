"""Round 47: the general grammar of the families behind the misses of blind set 38 outside its captions
(contest entries, artwork labels), tested on made-up names with hard negatives. No held-out name is copied here."""

from __future__ import annotations

import pytest

from .names_support import assert_fields

ROUND47_RULES = [
    # A. a college contest's result list: group + award, the work in quotes, (cohort 级 + major + entrant)
    ("二等奖“晨光”(2019级汉语言文学陈小雨).jpg", {"title": "晨光", "photographer": "陈小雨"}),
    ("摄影组特等奖「归途」(18级计算机系李明).jpg", {"title": "归途", "photographer": "李明"}),
    ("三等奖“雨后”(2020级财务管理周杰).png", {"title": "雨后", "photographer": "周杰"}),
    ("一等奖“晨光”(2019级汉语言文学).jpg", {"photographer": None}),  # hard negative: no entrant after the major
    ("“晨光”(2019级汉语言文学陈小雨).jpg", {"photographer": None}),  # hard negative: no award, no result list
    ("一等奖“晨光”(2019级汉语言文学陈小雨照).jpg", {"photographer": None}),  # hard negative: 雨照 is no name's end
    # B. a painting's label, spaced: [era] painter绘 [calligrapher书] work on its mount (图轴 图卷 册 扇)
    ("王小明绘 春江渔隐图轴.jpg", {"title": "春江渔隐图轴", "photographer": None}),
    ("王小明绘 李大海书 秋山行旅诗成扇.jpg", {"title": "秋山行旅诗成扇", "photographer": None}),
    ("明 王小明 秋山图卷.jpg", {"title": "秋山图卷", "photographer": None}),
    ("春天 秋山图卷.jpg", {"title": "春天 秋山图卷"}),  # hard negative: no name before the work
    ("王小明绘 秋山.jpg", {"title": "王小明绘 秋山"}),  # hard negative: no mount closes the work
    ("陈家大院 画卷.jpg", {"title": "陈家大院 画卷"}),  # hard negative: a place, no painter, and a bare mount
    # C. PicGo's rename plugins: `{y}-{m}-{d}-{timestamp}-{rand:6}`, the clock from the epoch where its day agrees
    ("2023-11-15-1700000000-a1b2c3.png", {"title": None, "date": "2023-11-15", "time": "06:13:20"}),
    ("2023-11-15-1700000000.png", {"title": None, "date": "2023-11-15", "time": "06:13:20"}),
    ("2023-11-16-1700000000-a1b2c3.png", {"date": "2023-11-16", "time": None}),  # hard negative: another day
    ("2023-11-15-0700000000-a1b2c3.png", {"time": None}),  # hard negative: no epoch of these years
    ("2023-02-30-1700000000-a1b2c3.png", {"date": None, "time": None}),  # hard negative: no such day
    # D. a year glued before a short name of words alone (as `2019 某某` set apart): when it was taken
    ("2019洞庭湖大桥.jpg", {"date": "2019"}),
    ("1998抗洪.jpg", {"date": "1998"}),
    ("2000米跑道.jpg", {"date": None}),  # hard negative: a length, no year
    ("2019届毕业照.jpg", {"date": None}),  # hard negative: a class's year, a counter after it
    ("2023湾区图片巡回展览吸引许多市民驻足欣赏。.jpg", {"date": None}),  # hard negative: a sentence, an event's name
    # E. a campus's or an office's kind of building alone is what it is, no named place
    ("实验楼.jpg", {"title": "实验楼", "place": None}),
    ("宿舍楼.jpg", {"title": "宿舍楼", "place": None}),
    ("厦门大学图书馆.jpg", {"place": "厦门大学图书馆"}),  # hard negative: a named library is a place
    # F. `（局部）`, `(细部)` closing a name: a detail of the work or building, an editor's note, no title
    ("实验楼（局部）.jpg", {"title": "实验楼", "place": None}),
    ("钟楼(细部).jpg", {"title": "钟楼"}),
    ("图书馆（局部地区）.jpg", {"title": "图书馆（局部地区）"}),  # hard negative: no note, words in the bracket
    ("局部降雨.jpg", {"title": "局部降雨"}),  # hard negative: no bracket
]


@pytest.mark.parametrize(("name", "expected"), ROUND47_RULES)
def test_round47_rules(name: str, expected: dict) -> None:
    assert_fields(name, expected)
