"""Session 15: a city or county before a sight's own name, and the reading kept whole as the compiled parser needs it,
tested on made-up names with hard negatives (no string from a work list)."""

from __future__ import annotations

import pytest

from gallery.names import parse_name

from .names_support import assert_fields

SESSION15_RULES = [
    # A. a city, county or province, with or without 的, then a sight's own name: the whole name is where, no title
    ("潮州韩文公祠.jpg", {"place": "潮州韩文公祠", "title": None}),
    ("眉山的三苏祠.jpg", {"place": "眉山的三苏祠", "title": None}),
    ("滁州醉翁亭.jpg", {"place": "滁州醉翁亭", "title": None}),
    ("宜宾市翠屏山.jpg", {"place": "宜宾市翠屏山", "title": None}),
    # hard negatives: a city's season or night is a title; a family's, a kiosk's or the opera's word after the city
    # is no sight's name; a division that is also a word (黄山 is a city and a mountain) opens nothing here
    ("北京的春天.jpg", {"title": "北京的春天"}),
    ("杭州的夜.jpg", {"title": "杭州的夜", "place": None}),
    ("成都的李家祠.jpg", {"title": "成都的李家祠", "place": None}),
    ("苏州的报刊亭.jpg", {"title": "苏州的报刊亭", "place": None}),
    ("南京的牡丹亭.jpg", {"title": "南京的牡丹亭", "place": None}),
    # a pavilion whose name opens on a surname's character stays unread after a city as it does alone (`刘雅亭`)
    ("达州红军亭.jpg", {"place": None}),
]


@pytest.mark.parametrize(("name", "expected"), SESSION15_RULES, ids=[row[0] for row in SESSION15_RULES])
def test_session15_rows(name: str, expected: dict) -> None:
    assert_fields(name, expected)


def test_as_dict_has_every_field_and_shares_no_list() -> None:
    """`as_dict` reads the fields by name (a class compiled with mypyc keeps no `__dict__`): every field is there, in
    the class's order, and its lists are copies."""
    parsed = parse_name("《采茶》周明生  摄于镇江茶博园_副本.jpg")
    data = parsed.as_dict()
    fields = list(type(parsed).__dataclass_fields__)
    assert list(data)[: len(fields)] == fields
    assert data["photographers"] == ["周明生"] and data["photographer"] == "周明生"
    assert data["evidence"]["place"]["rule"] == parsed.evidence["place"].rule
    data["photographers"].append("某某")
    assert parsed.photographers == ["周明生"]
