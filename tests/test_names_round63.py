"""Round 63: held-out set 54's misses, each cause a family's general grammar or a tool's documented scheme,
tested on made-up names with hard negatives (no string from the work list)."""

from __future__ import annotations

import pytest

from .names_support import assert_fields

ROUND63_RULES = [
    # A. 旧址 (舊址), a former site, closes a place name as 遗址 and 故居 do: a name that is only the site is the place
    ("某某县苏维埃政府机关旧址.jpg", {"title": None, "place": "某某县苏维埃政府机关旧址"}),
    ("宏发纺织公司旧址.jpg", {"title": None, "place": "宏发纺织公司旧址"}),
    ("1931-中共湖南某某委员会旧址.jpg", {"title": None, "place": "中共湖南某某委员会旧址", "date": None}),
    # hard negatives: the word alone, or inside a phrase that is no name, is no place
    ("旧址.jpg", {"place": None}),
    ("新旧址对比.jpg", {"place": None}),
]


@pytest.mark.parametrize(("name", "expected"), ROUND63_RULES)
def test_round63_rules(name: str, expected: dict) -> None:
    assert_fields(name, expected)
