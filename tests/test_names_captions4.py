"""Round 36: news captions, each rule a grammar family tested on made-up names with hard negatives
(the work lists were the caption rows of held-out sets 28, 26 and 31; no string from them is used here)."""

from __future__ import annotations

import pytest

from .names_support import assert_fields

ROUND36_RULES = [
    # A. the picture's number on the page, circled (`图③：`) or after the traditional 圖, is no title
    ("图③：某市新区的夜景。记者 周立群 摄.jpg", {"title": "某市新区的夜景", "photographer": "周立群"}),
    ("圖⑥：某縣老街新貌。記者 周立群 攝.jpg", {"title": "某縣老街新貌", "photographer": "周立群"}),
    ("圖2 某縣老街新貌.jpg", {"title": "某縣老街新貌"}),
    # hard negatives: 圖 opening a word, a number with nothing after it
    ("圖書館裡的孩子們.jpg", {"title": "圖書館裡的孩子們"}),
    ("图⑦.jpg", {"title": "图⑦"}),
]


@pytest.mark.parametrize(("name", "expected"), ROUND36_RULES)
def test_round36_captions(name: str, expected: dict) -> None:
    assert_fields(name, expected)
