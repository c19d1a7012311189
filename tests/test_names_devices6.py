"""Round 54: the general grammar of the families behind the misses of sets 43 and 40 outside their captions, and
of the place misses left on sets 35-41 (a named residence beside the entrant, an upload script's epoch before a
program's default name, …), tested on made-up names with hard negatives. No held-out name is copied here."""

from __future__ import annotations

import pytest

from .names_support import assert_fields

ROUND54_RULES = [
    # A. `<姓名>故居` / `<姓名>旧居` as a contest entry's title (`题目+姓名+电话`): the title names a place
    ("李白故居+王小明+13800001111.jpg", {"title": "李白故居", "place": "李白故居", "photographer": "王小明"}),
    ("周大海+13800001111+张小红旧居.jpg", {"title": "张小红旧居", "place": "张小红旧居", "photographer": "周大海"}),
    ("老家故居+王小明+13800001111.jpg", {"title": "老家故居", "place": None}),  # hard negative: no person's name
    ("梦回故居+王小明+13800001111.jpg", {"title": "梦回故居", "place": None}),  # hard negative: a phrase
    ("走进李白故居+王小明+13800001111.jpg", {"title": "走进李白故居", "photographer": "王小明"}),  # hard negative
    # B. PHP's upload `time() . '-' . <name>` (epoch seconds and a dash) before a program's default name: the upload
    # time (China time); a day written before a program's name with no stamp of its own: that day
    ("1700000000-未标题-2.png", {"title": None, "date": "2023-11-15", "time": "06:13:20"}),
    ("1700000000-未标题-2-800x600.png", {"title": None, "date": "2023-11-15", "time": "06:13:20"}),
    ("19990305-未标题-4.jpg", {"title": None, "date": "1999-03-05", "time": None}),
    ("20190230-未标题-4.jpg", {"date": None}),  # hard negative: no 30 February
    ("2019030-未标题-4.jpg", {"date": None}),  # hard negative: seven digits are an id
    ("17000000001-未标题-2.png", {"date": None, "time": None}),  # hard negative: eleven digits, no epoch
    ("1700000000-DSC_0815.JPG", {"date": None, "time": None}),  # hard negative: a camera's frame (round 29's rule)
    ("1700000000-Snipaste_2024-01-02_03-04-05.png", {"date": "2024-01-02", "time": "03:04:05"}),  # its own stamp wins
    # E. `在<name>山上`: 山 ends the mountain's name and 上 says "on it" (山上 is a township as well): the mountain
    ("图为5月1日,游客在青屏山上观赏云海。周大海 摄.jpg", {"photographer": "周大海", "place": "青屏山"}),
    ("徒步爱好者在翠岭山下露营。周大海 摄.jpg", {"place": "翠岭山"}),
    ("农民在茶山上采茶。周大海 摄.jpg", {"place": None}),  # hard negative: a kind of hill, no name
    ("游客在山上观赏云海。周大海 摄.jpg", {"photographer": "周大海"}),  # hard negative: no name before 山
]


@pytest.mark.parametrize(("name", "expected"), ROUND54_RULES)
def test_round54_rules(name: str, expected: dict) -> None:
    assert_fields(name, expected)
