"""Session 24: made-up names with hard negatives (no string from a work list or an evaluation set)."""

from __future__ import annotations

import pytest

from .names_support import assert_fields

SESSION24_RULES = [
    # A. a word before a place whose first character is a rarer surname is the work, not its author: `平安夜-某县某古镇`
    # credited 平安夜
    ("平安夜-安仁县清溪古镇.jpg", {"title": "平安夜", "photographer": None, "place": "安仁县清溪古镇"}),
    ("牧归-安仁县清溪古镇.jpg", {"photographer": None}),
    ("陆建明-安仁县清溪古镇.jpg", {"photographer": "陆建明", "place": "安仁县清溪古镇"}),  # hard negatives: a common
    ("王平-安仁县清溪古镇.jpg", {"photographer": "王平", "place": "安仁县清溪古镇"}),  # surname's name stays the author
    # B. a work's label: its title, then its medium glued to its size; the words are the work, never a person or a place
    ("秋声-青花瓷板画50X50CM.jpg", {"title": "秋声", "photographer": None}),
    ("牧羊女-岩彩45x45cm.jpg", {"title": "牧羊女", "photographer": None}),
    ("渔港-水粉180×97cm.jpg", {"title": "渔港", "photographer": None, "place": None}),
    ("晚钟-油画60x80cm.jpg", {"title": "晚钟", "photographer": None}),
    ("张建国-油画60x80cm.jpg", {"photographer": None}),  # hard negative: a name beside a size is no author either
    # C. a student's number of ten digits before the entrant (a year's intake, a college, a seat: `2022011760`) is no
    # day and hour; the work after it is no person (`…+毕业季` was credited)
    ("2022011760周晓明+毕业季.png", {"title": "毕业季", "photographer": "周晓明"}),
    ("2022011722-周晓明-毕业季.png", {"title": "毕业季", "photographer": "周晓明"}),
    ("2022011722-毕业季-周晓明.png", {"title": "毕业季", "photographer": "周晓明"}),
    ("2022011722-毕业季.png", {"title": "毕业季", "photographer": None}),
    ("2022011722-刘海燕.png", {"photographer": "刘海燕"}),  # hard negative: a common name alone is the entrant's
    ("20220117-毕业季.png", {"date": "2022-01-17", "photographer": None}),  # hard negative: eight digits are a day
    # D. a phone beside three characters that are no common name: the work's title, not its author
    ("13812345678-毕业季.png", {"title": "毕业季", "photographer": None, "phone": "13812345678"}),
    ("王小明 13812345678.jpg", {"photographer": "王小明", "phone": "13812345678"}),
    ("欧阳小明 13812345678.jpg", {"photographer": "欧阳小明"}),
    # E. `单位+姓名+作品名+电话`: a common name and a word that could be one, the unit first
    ("街道办事处+郝婉婷+麦浪+13812345678.jpg",
     {"title": "麦浪", "photographer": "郝婉婷", "phone": "13812345678"}),
    ("信息中心+郝婉婷+麦浪+13812345678.jpg", {"title": "麦浪", "photographer": "郝婉婷"}),
    ("郝婉婷+麦浪+13812345678.jpg", {"title": "麦浪", "photographer": "郝婉婷"}),
    ("郝婉婷+王芳+13812345678.jpg", {"photographer": None}),  # hard negative: two common names, whose is it?
    # F. the work's title in brackets after a camera's name; an editor's note, a copy's number or a name there is none
    ("DSC_1022(春之声).JPG", {"title": "春之声"}),
    ("IMG_1234（夕阳西下）.jpg", {"title": "夕阳西下"}),
    ("DSC_1022(原图).JPG", {"title": None}),
    ("DSC_1022(精修版).JPG", {"title": None}),
    ("DSC_1022(1).JPG", {"title": None}),
    ("DSC_1022(周晓明).JPG", {"title": None, "photographer": None}),
    # G. Taiwan's day in its own calendar opening a name in its script (108 = 2019); in simplified script seven digits
    # stay an id
    ("1080524_衛生所運動會.jpg", {"title": "衛生所運動會", "date": "2019-05-24"}),
    ("1121103_國小校慶.jpg", {"date": "2023-11-03"}),
    ("1080524_卫生所运动会.jpg", {"date": None}),
    ("1140230_衛生所運動會.jpg", {"date": None}),  # hard negatives: no 30 February, no day still to come
    ("1990524_衛生所運動會.jpg", {"date": None}),
]


def test_a_unit_before_the_entrant_is_kept() -> None:
    from gallery.names import parse_name

    assert parse_name("街道办事处+郝婉婷+麦浪+13812345678.jpg").units == ["街道办事处"]


@pytest.mark.parametrize(("filename", "expected"), SESSION24_RULES)
def test_session24_rules(filename: str, expected: dict) -> None:
    assert_fields(filename, expected)
