"""Session 23: made-up names with hard negatives (no string from a work list)."""

from __future__ import annotations

import pytest

from .names_support import assert_fields

SESSION23_RULES = [
    # A. a surname's character before a built thing's word (a wall, a gate, a tower, a bridge, a ferry) names the thing:
    # `作品名-古城墙` credited 古城墙 (古 is a rarer surname), `钟鼓楼` 钟 (a common one)
    ("晨曦-古城墙.jpg", {"photographer": None}),
    ("秋韵-钟鼓楼.jpg", {"photographer": None}),
    ("夕阳-古渡口.jpg", {"photographer": None}),
    ("秋韵-石拱桥.jpg", {"photographer": None}),
    ("《秋韵》古戏台.jpg", {"title": "秋韵", "photographer": None}),
    ("秋韵-王建国.jpg", {"title": "秋韵", "photographer": "王建国"}),  # hard negatives: given names that are words
    ("秋韵-刘长城.jpg", {"title": "秋韵", "photographer": "刘长城"}),  # too (长城, 建桥) stay names
    ("秋韵-李建桥.jpg", {"title": "秋韵", "photographer": "李建桥"}),
]


@pytest.mark.parametrize(("filename", "expected"), SESSION23_RULES)
def test_session23_rules(filename: str, expected: dict) -> None:
    assert_fields(filename, expected)
