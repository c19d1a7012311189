"""Round 37: contest entries and artwork listings read by what each segment is (an association as the
entrant's unit, a series note after the work, a medium in brackets after the artist), tested on made-up
names with hard negatives (the work lists were the contest/artwork rows of held-out sets 26, 28 and 31;
no string of theirs is copied here)."""

from __future__ import annotations

import pytest

from .names_support import assert_fields

ROUND37_RULES = [
    # A. the work, the entrant, an artists' association by its short name (摄协, 美协, 书协 …) at either end
    ("晨雾+王小明+清河县美协.jpg", {"title": "晨雾", "photographer": "王小明"}),
    ("晨雾 王小明 东岭美协.jpg", {"title": "晨雾", "photographer": "王小明"}),
    ("江城书协_李华_春风.jpg", {"title": "春风", "photographer": "李华"}),
    ("归帆-周小红-南港船厂攝協.jpg", {"title": "归帆", "photographer": "周小红"}),
    ("春风-李华-妥协.jpg", {"photographer": None}),  # hard negative: a word ending in 协, no association
    ("晨雾-秋天-东岭美协.jpg", {"photographer": None}),  # hard negative: a season where the entrant should be
    ("张伟-李华-东岭美协.jpg", {"photographer": None}),  # hard negative: two names, no work: nobody is sure
    # B. a series note after the work (组/組, 照/图/圖, a count), then the entrant, and maybe the entrant's unit
    ("秋收(組圖)-李明-清河县农业局.jpg", {"title": "秋收", "photographer": "李明"}),
    ("秋收(组照4) 王立新.jpg", {"title": "秋收", "photographer": "王立新"}),
    ("渔港(組照2)_陈美玲.jpg", {"title": "渔港", "photographer": "陈美玲"}),
    ("秋收(组图)-晨光-清河县农业局.jpg", {"title": "秋收", "photographer": None}),  # hard negative: no name
    ("秋收(组长)-李明-清河县农业局.jpg", {"title": "秋收(组长)"}),  # hard negative: a post, no series note
    # C. an author's list: a strict name, then only a medium in brackets: the artist, no title
    ("李明华(国画).jpg", {"title": None, "photographer": "李明华"}),
    ("王芳（书法作品）.jpg", {"title": None, "photographer": "王芳"}),
    ("周建国(篆刻).jpg", {"title": None, "photographer": "周建国"}),
    ("荷塘(国画).jpg", {"title": "荷塘", "photographer": None}),  # hard negative: a work's title, no name
    ("杭州(油画).jpg", {"photographer": None}),  # hard negative: a place, no name
    ("春天(水彩).jpg", {"photographer": None}),  # hard negative: a season, no name
    # D. a series entry's frame: the series, an outlet and the entrant, then the frame's short caption and 。
    ("《晨曦》(组)江城日报 王立新。出海。.jpg", {"title": "晨曦", "photographer": "王立新", "place": None}),
    ("《晨曦》(組)江城日報 陳立新。出海。.jpg", {"title": "晨曦", "photographer": "陳立新", "place": None}),
    ("《山乡巨变》东岭晚报 李华。新路。.jpg", {"title": "山乡巨变", "photographer": "李华", "place": None}),
    ("《晨曦》江城日报 大海。出海。.jpg", {"photographer": None}),  # hard negative: a word, no name
    # E. the way of shooting (航拍) before nothing but one place, no credit: where, no title
    ("航拍东湖公园.jpg", {"title": None, "place": "东湖公园"}),
    ("航拍：东湖公园.jpg", {"title": None, "place": "东湖公园"}),
    ("航拍东湖公园夜色.jpg", {"title": "航拍东湖公园夜色"}),  # hard negative: more than the place, a title
    ("航拍丰收.jpg", {"title": "航拍丰收", "place": None}),  # hard negative: no place
    ("航拍东湖公园 王立新 摄.jpg", {"title": "航拍东湖公园", "photographer": "王立新"}),  # credited: the title stays
    # F. a contest form after the 《work》: (作者：X) maybe, then the day and 拍摄于/摄于 the place
    ("《晨光》(作者：李华) 2021年5月2日摄于东湖公园.jpg",
     {"title": "晨光", "photographer": "李华", "date": "2021-05-02", "place": "东湖公园"}),
    ("《晨光》2021年5月2日拍摄于东湖公园.jpg", {"title": "晨光", "date": "2021-05-02", "place": "东湖公园"}),
    ("《晨光》(作者：晨曦)2021年5月2日拍摄于东湖公园.jpg", {"photographer": None}),  # hard negative: a word
    # (no space after the bracket, and a name the older `作者：` reading alone would not take: only this step reads it)
    ("《晚霞》(作者：李求)2023年3月4日拍摄于东江大桥.jpg",
     {"title": "晚霞", "photographer": "李求", "date": "2023-03-04", "place": "东江大桥"}),
]


@pytest.mark.parametrize(("name", "expected"), ROUND37_RULES)
def test_round37_contest_layouts(name: str, expected: dict) -> None:
    assert_fields(name, expected)
