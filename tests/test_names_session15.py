"""Session 15: a city or county before a sight's own name, a place word before the credit, and the reading kept whole
as the compiled parser needs it, tested on made-up names with hard negatives (no string from a work list)."""

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
    # B. a county, a city or a sight (an unambiguous gazetteer entry, or a temple or shrine: no given name ends in 寺 or
    # 祠) before the credited name is where, not a second photographer; standing after a space, a comma or a full stop
    # between the caption and the credit it is the place, and no word of the title
    ("晨练 栾川 周立群 摄.jpg", {"title": "晨练", "photographer": "周立群", "place": "栾川"}),
    ("新春走基层。邢台 周立群 摄.jpg", {"title": "新春走基层", "photographer": "周立群", "place": "邢台"}),
    ("清晨的校园，栾川 周立群 摄.jpg", {"title": "清晨的校园", "photographer": "周立群", "place": "栾川"}),
    ("雾凇，栾川 周立群 摄.jpg", {"title": "雾凇", "photographer": "周立群", "place": "栾川"}),
    # a kind of place in the caption after that place says no more (the caption's finders stop, reading nothing: a
    # compiled build once stored that nothing as the place)
    ("游客在古镇里放风筝 栾川 周立群 摄.jpg", {"place": "栾川", "photographer": "周立群"}),
    # a city led by a common surname is a city (a county so led is a name as often: `周宁`, below)
    ("新春走基层。唐山 周立群 摄.jpg", {"title": "新春走基层", "photographer": "周立群", "place": "唐山"}),
    ("白马寺 周立群 摄.jpg", {"photographer": "周立群", "place": "白马寺"}),
    ("滕王阁 周立群 王海涛 摄.jpg", {"photographer": "周立群、王海涛", "place": "滕王阁"}),
    # a scene word before the county stays the title: the place before the credit keeps it from being read as a place
    ("秋日田园 栾川 周立群 摄.jpg", {"title": "秋日田园", "place": "栾川", "photographer": "周立群"}),
    # hard negatives: words joined by 、 are a list of people, whatever each also is (江华 is a county and a name);
    # given names end in 殿 or 阁 (`卢玉殿`); after a list of places the last one is part of the caption; after a dash
    # the word names what the caption is about
    ("晨练 江华、周立群 摄.jpg", {"photographer": "江华、周立群"}),
    ("晒秋 卢玉殿 周立群 摄.jpg", {"photographer": "卢玉殿、周立群"}),
    ("2019年5月1日,重庆奉节,瞿塘峡。周立群 摄.jpg", {"title": "2019年5月1日,重庆奉节,瞿塘峡", "photographer": "周立群"}),
    ("图为航拍工程——三峡大坝。周立群 摄.jpg", {"title": "图为航拍工程——三峡大坝", "photographer": "周立群"}),
    # (review) a place-like word after a person's name is a third person; spaced characters joined are a name; a
    # two-character place led by a common surname is a name as often; a clause ending in 寺 is no temple's name; a
    # short greeting before a comma addresses the place (a work's title)
    ("晨练 王海涛 罗定 周立群 摄.jpg", {"photographer": "王海涛、罗定、周立群"}),
    ("晨练 金 华 周立群 摄.jpg", {"photographer": "金华、周立群"}),
    ("周宁 王海涛 摄.jpg", {"photographer": "周宁、王海涛"}),
    ("5月1日，游人涌入白马寺（周立群 摄）.jpg", {"title": "5月1日，游人涌入白马寺", "photographer": "周立群"}),
    ("早安，杭州 周立群 摄.jpg", {"title": "早安，杭州", "photographer": "周立群"}),
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
