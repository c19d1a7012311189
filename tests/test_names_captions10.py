"""Round 55: the caption rows of held-out set 42, each cause a family's general grammar, tested on made-up names with
hard negatives (no string from the work list is used here)."""

from __future__ import annotations

import pytest

from .names_support import assert_fields

ROUND55_RULES = [
    # A. a crew list in brackets whose items a comma sets apart (`（摄影：X，文：Y）`, `(攝影：X,文：Y)`), as round 27's
    # space-separated one: the shooting role's name is the photographer, the writer's is not, the list leaves the title
    ("牧民夜宿某某水库旁(摄影：周立群，文：李新民).jpg", {"title": "牧民夜宿某某水库旁", "photographer": "周立群"}),
    ("牧民夜宿某某水庫旁(攝影：周立群,文：李新民).jpg", {"title": "牧民夜宿某某水庫旁", "photographer": "周立群"}),
    ("牧民夜宿某某水库旁（文字：李新民；摄影：周立群）.jpg", {"photographer": "周立群"}),
    # hard negatives: a role the list does not know, or no shooting role, credits nobody
    ("牧民夜宿某某水库旁（摄影：周立群,地点：某某镇）.jpg", {"photographer": None}),
    ("牧民夜宿某某水库旁（文：李新民,校对：周立群）.jpg", {"photographer": None}),
    ("牧民夜宿某某水库旁（摄影：周立群,,文：李新民）.jpg", {"photographer": None}),
]


@pytest.mark.parametrize(("name", "expected"), ROUND55_RULES)
def test_round55_captions(name: str, expected: dict) -> None:
    assert_fields(name, expected)
