"""Round 54: the general grammar of the families behind the misses of sets 43 and 40 outside their captions, and
of the place misses left on sets 35-41 (a named residence beside the entrant, an upload script's epoch before a
program's default name, …), tested on made-up names with hard negatives. No held-out name is copied here."""

from __future__ import annotations

import pytest

from .names_support import assert_fields

ROUND54_RULES = [
    # A. `<姓名>故居` / `<姓名>旧居` in a contest's title slot beside the entrant: a named place, no title
    ("李白故居+王小明+13800001111.jpg", {"title": None, "place": "李白故居", "photographer": "王小明"}),
    ("周大海+13800001111+张小红旧居.jpg", {"title": None, "place": "张小红旧居", "photographer": "周大海"}),
    ("李白故居_王小明.jpg", {"title": None, "place": "李白故居", "photographer": "王小明"}),
    ("老家故居+王小明+13800001111.jpg", {"title": "老家故居", "place": None}),  # hard negative: no person's name
    ("梦回故居+王小明+13800001111.jpg", {"title": "梦回故居", "place": None}),  # hard negative: a phrase
    ("走进李白故居+王小明+13800001111.jpg", {"title": "走进李白故居", "photographer": "王小明"}),  # hard negative
]


@pytest.mark.parametrize(("name", "expected"), ROUND54_RULES)
def test_round54_rules(name: str, expected: dict) -> None:
    assert_fields(name, expected)
