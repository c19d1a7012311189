"""Round 49: the caption rows of held-out sets 35 and 37, each cause a family's general grammar, tested on made-up
names with hard negatives (no string from either work list is used here)."""

from __future__ import annotations

import pytest

from .names_support import assert_fields

ROUND49_RULES = [
    # A. a full stop typed after the credit's verb closing the caption (`…。某某报记者 X 摄。`): the credit is read as
    # without it, and the title ends before the credit
    ("某某湖畔的晨雾。某某日报记者 周立群 摄。.jpg", {"title": "某某湖畔的晨雾", "photographer": "周立群"}),
    ("某某湖畔的晨霧。某某日報記者 周立群 攝。.jpg", {"title": "某某湖畔的晨霧", "photographer": "周立群"}),
    ("游人在湖畔赏花。周立群摄。.jpg", {"title": "游人在湖畔赏花", "photographer": "周立群"}),
    # hard negatives: 摄 as the caption's own verb, or the verb with nobody before it, credits no one
    ("孩子们在湖边拍摄。.jpg", {"photographer": None}),
    ("游人在湖畔赏花。摄。.jpg", {"photographer": None}),
]


@pytest.mark.parametrize(("name", "expected"), ROUND49_RULES)
def test_round49_captions(name: str, expected: dict) -> None:
    assert_fields(name, expected)
