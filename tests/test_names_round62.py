"""Round 62: held-out set 51's misses, each cause a family's general grammar or a tool's documented scheme,
tested on made-up names with hard negatives (no string from the work list)."""

from __future__ import annotations

import pytest

from .names_support import assert_fields

ROUND62_RULES = [
    # A. the shooting day between the name and the verb in the closing brackets, `…(X2014年7月10日摄)` (简 and 繁)
    ("雨后的云台山(周立群2015年6月3日摄).jpg",
     {"title": "雨后的云台山", "photographer": "周立群", "date": "2015-06-03"}),
    ("雨後的雲台山（陳立國 2019年3月1日攝）.jpg",
     {"title": "雨後的雲台山", "photographer": "陳立國", "date": "2019-03-01"}),
    # hard negatives: a body or a word before the day names nobody; the brackets alone are no caption's credit
    ("雨后的云台山(新华社2015年6月3日摄).jpg", {"photographer": None}),
    ("雨后的云台山(美丽的2015年6月3日摄).jpg", {"photographer": None}),
    ("(周立群2015年6月3日摄).jpg", {"photographer": None}),
]


@pytest.mark.parametrize(("name", "expected"), ROUND62_RULES)
def test_round62_rules(name: str, expected: dict) -> None:
    assert_fields(name, expected)
