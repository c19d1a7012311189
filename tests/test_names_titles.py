"""Round 41: an audit of the title the parser gives on every name we hold, by the SHAPE of a wrong title (what a
credit, a source note or a layout mark leaves in it), each shape's rule tested on made-up names with hard negatives.
No held-out name is copied here."""

from __future__ import annotations

import pytest

from .names_support import assert_fields

ROUND41_RULES = [
    # A. a layout mark before a caption (▶ ► ⬅ ←), read as ▲ and ↑ already were
    ("▶3月2日,湖州市民在太湖边放风筝。李四 摄.jpg", {"title": "3月2日,湖州市民在太湖边放风筝", "photographer": "李四"}),
    ("⬅游客在古镇石桥上拍照留念.jpg", {"title": "游客在古镇石桥上拍照留念"}),
    ("←学生们在操场上做早操.jpg", {"title": "学生们在操场上做早操"}),
    ("黄河→大海.jpg", {"title": "黄河→大海"}),  # hard negative: an arrow inside a title stays
]


@pytest.mark.parametrize(("name", "expected"), ROUND41_RULES)
def test_round41_title_rules(name: str, expected: dict) -> None:
    assert_fields(name, expected)
