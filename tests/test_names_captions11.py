"""Round 57: the caption rows of held-out sets 44, 45 and 46, each cause a family's general grammar, tested on made-up
names with hard negatives (no string from the work list is used here)."""

from __future__ import annotations

import pytest

from .names_support import assert_fields

ROUND57_RULES = [
    # A. a trainee's mark bracketed after the reporter's name, before the verb (`记者 X（实习） 摄`, `X(实习生) 摄`), as
    # inside a credit's body (round 33's `_TRAINEE`): the name is the photographer, the credit leaves the title
    ("村民在田间收割油菜 记者周立群(实习) 摄.jpg", {"title": "村民在田间收割油菜", "photographer": "周立群"}),
    ("村民在田间收割油菜 记者周立群（实习）摄.jpg", {"title": "村民在田间收割油菜", "photographer": "周立群"}),
    ("村民在田间收割油菜 周立群(实习生) 摄.jpg", {"title": "村民在田间收割油菜", "photographer": "周立群"}),
    # hard negatives: words before the mark that are no person's name credit nobody
    ("车间里的工具（实习）摄.jpg", {"photographer": None}),
    ("学生在工厂参加（实习） 摄.jpg", {"photographer": None}),
    ("记者(实习) 摄.jpg", {"photographer": None}),
    # B. a place phrase that opens with a size in mu, then the field's kind (`千亩梯田`, `万亩茶园`), as round 39's size
    # inside a place: a field described by its area, named nowhere: no place
    ("千亩梯田迎来插秧季.jpg", {"place": None}),
    ("万亩茶园里,茶农忙着采茶。周立群摄.jpg", {"place": None, "photographer": "周立群"}),
    ("百亩花海间,游客忙着拍照。周立群摄.jpg", {"place": None}),
    # hard negatives: a size and one suffix character is a name; a division before the size is the place
    ("十亩村的秋天。周立群摄.jpg", {"place": "十亩村"}),
    ("某某县万亩茶园里,茶农忙着采茶。周立群摄.jpg", {"place": "某某县"}),
    ("白石镇千亩梯田间农户忙着插秧.jpg", {"place": "白石镇"}),
    # C. the surroundings after a place (`周边`, `附近`, `周围`, traditional `周邊`) end the place phrase: what follows
    # them (`周边群山`) is around the place, no part of its name; the place before them stays
    ("白石村周边群山风光。 周立群摄.jpg", {"place": "白石村", "photographer": "周立群"}),
    ("白石村周邊群山風光。 周立群攝.jpg", {"place": "白石村"}),
    ("白石镇附近群山风光。 周立群摄.jpg", {"place": "白石镇"}),
    # hard negatives: a name that holds 周 stays whole; no place before the surroundings gives none
    ("周庄古镇的夜景。周立群摄.jpg", {"place": "周庄古镇"}),
    ("周边群山风光。 周立群摄.jpg", {"place": None}),
    # a region word after the surroundings keeps the phrase whole: the sea near the place is where
    ("5月9日,某船在某省附近海域试航。新华社发(周立群 摄).jpg", {"place": "某省附近海域"}),
    # D. a short name with 的 inside (`某处的湖`) is a phrase, the lake of a place, and no sight's name (a place chunk
    # stops at 的 as well): the title, no place
    ("学院的湖.jpg", {"title": "学院的湖", "place": None}),
    ("公园的塔.jpg", {"title": "公园的塔", "place": None}),
    # hard negatives: a sight's name of three or four characters without 的 stays the place
    ("月牙潭.jpg", {"place": "月牙潭"}),
    ("涂山湖.jpg", {"place": "涂山湖"}),
    # E. a village named for its flat (`某乡某坝`, the 坝 of the south-west's uplands) right after its township
    # (an ethnic one too, `某侗族乡`) is part of the place, as a village after its township
    ("图为某某市白石乡青石坝茶农在采摘春茶。新华网 周立群摄.jpg", {"place": "某某市白石乡青石坝"}),
    ("某某县白石苗族乡青石坝的一处茶园。新华网 周立群摄.jpg", {"place": "某某县白石苗族乡青石坝"}),
    # hard negatives: a dam after the township is no village (the township stays), and no 坝 without a township
    ("白石乡水坝泄洪.jpg", {"place": "白石乡"}),
    ("白石镇堤坝加固.jpg", {"place": "白石镇"}),
    ("工人在加固堤坝.jpg", {"place": None}),
]


@pytest.mark.parametrize(("name", "expected"), ROUND57_RULES)
def test_round57_captions(name: str, expected: dict) -> None:
    assert_fields(name, expected)
