"""Round 50: the general grammar of the families behind the misses of blind sets 37 and 35 outside their captions
(artwork captions, CMS upload names, device stamps), tested on made-up names with hard negatives. No held-out name
is copied here."""

from __future__ import annotations

import pytest

from .names_support import assert_fields

ROUND50_RULES = [
    # A. a reproduced painting's caption: work, its medium in brackets, then the painter; the work is no place
    ("秋江（油画）王小明.jpg", {"title": "秋江", "photographer": "王小明", "place": None}),
    ("黄山云海（中国画）陈大海.jpg", {"title": "黄山云海", "photographer": "陈大海", "place": None}),
    ("远山(水彩画 60×40cm) 周小红.jpg", {"title": "远山", "photographer": "周小红"}),
    ("王小明（国画）山水.jpg", {"photographer": "王小明", "title": "山水"}),  # hard negative: the author's listing
    ("秋江（油画）.jpg", {"title": "秋江", "photographer": None}),  # hard negative: no painter after the bracket
    ("秋江（油画）北京.jpg", {"photographer": None}),  # hard negative: a city, no painter
    # B. DedeCMS's editor upload `<uid>_<ymdHis>_<n>` and its thumbnail `…_lit`
    ("3_230415083010_2.jpg", {"title": None, "date": "2023-04-15", "time": "08:30:10"}),
    ("12_190102235959_1_lit.png", {"title": None, "date": "2019-01-02", "time": "23:59:59"}),
    ("3_231315083010_2_lit.jpg", {"date": None, "time": None}),  # hard negative: no 13th month
    ("3_230415253010_2.jpg", {"date": None, "time": None}),  # hard negative: no 25 o'clock
    ("3_230415083010.jpg", {"date": None}),  # hard negative: no counter after the digits
    # C. `<HHmmss>-<epoch s><random>`: the day only where the epoch's China-time clock is the six digits before it
    ("061320-1700000000a1b2.jpg", {"title": None, "date": "2023-11-15", "time": "06:13:20"}),
    ("061320-170000000093.jpg", {"title": None, "date": "2023-11-15", "time": "06:13:20"}),
    ("061321-1700000000a1b2.jpg", {"date": None, "time": None}),  # hard negative: the clocks disagree by a second
    ("123456-1700000000a1b2.jpg", {"date": None, "time": None}),  # hard negative: an id and another number
    # D. an editor's `image_<epoch s + random digits>` (15-20 digits): an id, no title, no date
    ("image_170000000012345678.png", {"title": None, "date": None}),
    ("image_1700000000123456.jpg", {"title": None, "date": None}),
    ("image_20231115061320123.jpg", {"date": "2023-11-15", "time": "06:13:20"}),  # hard negative: a stamp stays read
    ("image_1700000000123.jpg", {"date": "2023-11-15"}),  # hard negative: epoch milliseconds stay read
    # E. twelve digits `YYYYMMDDhhmm` from 2013 on: the day, no time (the seconds are unknown)
    ("202311150613.jpg", {"title": None, "date": "2023-11-15", "time": None}),
    ("201407300959.png", {"date": "2014-07-30", "time": None}),
    ("202311152613.jpg", {"date": None}),  # hard negative: no 26 o'clock, an id
    ("201205081811.jpg", {"date": None}),  # hard negative: before 2013 it may read as yymmddHHMMSS too
    ("123456789012.jpg", {"date": None}),  # hard negative: an id
    # F. QQ图片<ts14> with a one- or two-digit counter glued, as its siblings 微信图片 and QQ截图
    ("QQ图片2021030708152203.jpg", {"title": None, "date": "2021-03-07", "time": "08:15:22"}),
    ("QQ图片202103070815227.png", {"title": None, "date": "2021-03-07", "time": "08:15:22"}),
    ("QQ图片2021033708152203.jpg", {"date": None, "time": None}),  # hard negative: no 37th day
    # G. the Snipping Tool's `屏幕截图 YYYY-MM-DD HHMMSS`, then words after a dash: the clock stays the tool's
    ("屏幕截图 2022-08-09 173045-报名表.png", {"title": "报名表", "date": "2022-08-09", "time": "17:30:45"}),
    ("屏幕截图 2022-08-09 173045_裁剪.png", {"date": "2022-08-09", "time": "17:30:45"}),
    ("屏幕截图 2022-08-09 273045-报名表.png", {"date": "2022-08-09", "time": None}),  # hard negative: no 27 o'clock
    ("屏幕截图 2022-08-09 报名表.png", {"title": "报名表", "time": None}),  # hard negative: words, no clock
    # H. 古城墙, an old town's wall, is one place suffix (not 古城 + a stray 墙): a place alone, or opening a headline
    ("青岩古城墙.jpg", {"title": None, "place": "青岩古城墙"}),
    ("青岩古城墙上的游客.jpg", {"place": "青岩古城墙"}),
    ("古城墙.jpg", {"place": None}),  # hard negative: the kind of place alone names none
    ("青岩古城.jpg", {"title": None, "place": "青岩古城"}),  # (the town itself, as before)
]


@pytest.mark.parametrize(("name", "expected"), ROUND50_RULES)
def test_round50_rules(name: str, expected: dict) -> None:
    assert_fields(name, expected)
