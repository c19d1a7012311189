"""Session 19: made-up names with hard negatives (no string from a work list)."""

from __future__ import annotations

import pytest

from gallery.names import parse_name

from .names_support import assert_fields

SESSION19_RULES = [
    # A. an office's short day (YYMMDD) glued or spaced before the words: the day, no digits in the title
    ("240918座谈会.jpg", {"title": "座谈会", "date": "2024-09-18"}),
    ("230305 植树活动.jpg", {"title": "植树活动", "date": "2023-03-05"}),
    # hard negatives: a year and a month is read as such; a month 13 or a day 32 is none; a separator may part a clock
    ("201205西藏.jpg", {"date": "2012-05"}),
    ("241332座谈会.jpg", {"date": None}),
    ("101530_看图王.jpg", {"date": None}),
    ("990305植树活动.jpg", {"date": None}),  # a year after 2035 or before 2010 from two digits: none read
    # B. a three-digit picture number glued before a headline: no part of the title
    ("305书记带队检查安全生产.jpg", {"title": "书记带队检查安全生产", "date": None}),
    ("612校长为毕业生拨穗.jpg", {"title": "校长为毕业生拨穗"}),
    # hard negatives: a count, a number that is a word, one digit thrice, a sentence's own number
    ("300名志愿者清扫街道.jpg", {"title": "300名志愿者清扫街道"}),
    ("315晚会现场直击.jpg", {"title": "315晚会现场直击"}),
    ("798艺术区展览开幕.jpg", {"title": "798艺术区展览开幕"}),
    ("500强企业来我市考察.jpg", {"title": "500强企业来我市考察"}),
    ("888路公交车开通.jpg", {"title": "888路公交车开通"}),
    ("666感冒药广告牌.jpg", {"title": "666感冒药广告牌"}),
    ("520公交线路开通，市民乘车出行.jpg", {"title": "520公交线路开通，市民乘车出行"}),
    ("120多位老人参加体检.jpg", {"title": "120多位老人参加体检"}),
    # C. a verb of cleaning or of setting out ends a place phrase: no place named 某某清扫街道 or 某某前往某地
    ("志愿者清扫街道.jpg", {"title": "志愿者清扫街道", "place": None}),
    ("环卫工人打扫小区.jpg", {"title": "环卫工人打扫小区", "place": None}),
    ("医疗队奔赴灾区.jpg", {"title": "医疗队奔赴灾区", "place": None}),
    ("民警赶往宏村.jpg", {"title": "民警赶往宏村", "place": None}),  # the picture may be of the leaving
    ("彭埠街道.jpg", {"title": None, "place": "彭埠街道"}),  # hard negative: a subdistrict's name alone
    # D. the crowd going to a named place is pictured there
    ("国庆假期,前往乌镇景区的游客络绎不绝.jpg", {"place": "乌镇景区"}),
    ("国庆假期,前往灾区的车辆络绎不绝.jpg", {"place": None}),  # hard negatives: a kind of place; a meeting's trip
    ("代表团前往北京参加会议.jpg", {"place": None}),
    # E. letters glued before a full stamp: an app's or a site's prefix, the stamp read, no title
    ("rps20190208_092114_653.jpg", {"title": None, "date": "2019-02-08", "time": "09:21:14"}),
    ("Photo_0001_BURST20210727182200.jpg", {"title": None, "date": "2021-07-27", "time": "18:22:00"}),
    ("Q20220704_061600.jpg", {"title": None, "date": "2022-07-04", "time": "06:16:00"}),
    # hard negatives (round 14): one letter or a hex run glued to fourteen digits is an id's part
    ("x20230512102233.jpg", {"date": None}),
    ("abcdef20230512102233.jpg", {"date": None}),
    # F. Android's MediaStore trash and pending prefixes; a Windows copy marker in other languages
    ("trashed-1737544170-IMG_20231219_160158.jpg", {"title": None, "date": "2023-12-19", "time": "16:01:58"}),
    (".pending-1737544170-微信图片_20231219160158.jpg", {"title": None, "date": "2023-12-19", "time": "16:01:58"}),
    ("trashed-bin.jpg", {"title": "trashed-bin"}),  # hard negative: no epoch, a word
    ("秋色 - copia.jpg", {"title": "秋色"}),
    ("秋色 - Kopie (2).jpg", {"title": "秋色"}),
    # G. a page's character references decoded; a bare ampersand stays
    ("大熊猫&ldquo;团团&rdquo;在玩耍.jpg", {"title": "大熊猫“团团”在玩耍"}),
    ("A&B公司;年会.jpg", {"title": "A&B公司;年会"}),
    # H. a counter after a closing day; a ridge or a gorge named alone; a season's year is no date
    ("太行山大峡谷20190628-3.jpg", {"date": "2019-06-28"}),
    ("秋风岭.jpg", {"title": None, "place": "秋风岭"}),
    ("2019 赛季开幕式.jpg", {"date": None}),
    ("2019 开幕式.jpg", {"date": "2019"}),
    # I. a scene jieba tags as a person's name is no entrant
    ("晨光-沙滩.jpg", {"photographer": None}),
    ("晨光-高峰.jpg", {"photographer": "高峰"}),  # hard negative: a name people bear
]


def test_glued_stamp_names_no_tool() -> None:
    """Letters glued to a stamp are no tool's name: `MyFeishu…` is not 飞书, `Clark…` not Lark."""
    for name in ("MyFeishu20210918-093015.png", "Clark20220102-030405.png"):
        assert parse_name(name).family == "dated_stamp", name


@pytest.mark.parametrize(("name", "expected"), SESSION19_RULES, ids=[row[0] for row in SESSION19_RULES])
def test_session19_rows(name: str, expected: dict) -> None:
    assert_fields(name, expected)
