"""What a site or a script put before the words: a short Latin tag (`hist_`, `poi_`) and a gallery's section
(`名胜古迹_`), neither of them a title (made-up names)."""

from __future__ import annotations

import pytest

from .names_support import assert_fields


@pytest.mark.parametrize(("name", "expected"), [
    ("hist_周恩来.jpg", {"title": "周恩来", "photographer": None}),
    ("poi_某某梯田.jpg", {"title": None, "place": "某某梯田"}),
    ("img_故宫雪景.jpg", {"title": "故宫雪景"}),
    ("名胜古迹_黄山.jpg", {"title": None, "place": "黄山"}),
    ("历史文化_古城墙夜景.jpg", {"title": "古城墙夜景"}),
    ("lzh_人像_王小明.jpg", {"title": "王小明"}),  # a user id and a genre: the genre rule reads it
    ("abc_故宫_雪景.jpg", {"title": "abc_故宫_雪景"}),  # more parts after it: no tag read
])
def test_a_tag_or_a_section_before_the_words(name: str, expected: dict) -> None:
    assert_fields(name, expected)


@pytest.mark.parametrize(("name", "expected"), [
    # an exhibition's label: the kind of work before the work, the size, the medium and the year after it
    ("中国画  秋色  庄文静 200cmx141cm  2009年.jpg", {"title": "秋色", "date": None}),
    ("唱尽这人生----144cmx367cm-纸本彩墨--2011.jpg", {"title": "唱尽这人生", "date": None}),
    ("山居图 96x180cm 彩墨 2015年.jpg", {"title": "山居图", "date": None}),
])
def test_the_kind_of_work_and_its_notes_around_the_title(name: str, expected: dict) -> None:
    assert_fields(name, expected)


@pytest.mark.parametrize(("name", "expected"), [
    # a title led by a surname's character (丰, 秋) beside a name of a rarer surname: the title's first character does
    # not make it a name (session 11 swapped the titles of labelled names for others and found these)
    ("丰收时节+战伟+13800003951.jpg", {"title": "丰收时节", "photographer": "战伟", "phone": "13800003951"}),
    ("丰收时节-惲維世.jpg", {"title": "丰收时节", "photographer": "惲維世"}),
    ("headshots_秋韵.jpg", {"title": "秋韵"}),  # a longer Latin tag
])
def test_a_title_swapped_into_a_labelled_layout(name: str, expected: dict) -> None:
    assert_fields(name, expected)
