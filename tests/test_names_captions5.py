"""Round 42: news captions, each rule a grammar family tested on made-up names with hard negatives
(the work lists were the caption rows of held-out sets 33 and 34; no string from them is used here)."""

from __future__ import annotations

import pytest

from .names_support import assert_fields

ROUND42_RULES = [
    # A. the credit's key may say that the page's (the issue's) pictures are all the one credit: `本版摄影／X`,
    # `本期图片：X`, `本刊攝影／某报记者 X`
    ("5月1日,游人在湖畔赏花。本版摄影／某江日报记者 周立群.jpg", {"title": "5月1日,游人在湖畔赏花", "photographer": "周立群"}),
    ("游人在湖畔赏花。本期图片：周立群.jpg", {"title": "游人在湖畔赏花", "photographer": "周立群"}),
    ("遊人在湖畔賞花 本刊攝影／周立群.jpg", {"title": "遊人在湖畔賞花", "photographer": "周立群"}),
    # hard negatives: 版 alone is no key, a page's note with no credit keeps the title
    ("游人在湖畔赏花。版摄影／周立群.jpg", {"photographer": None}),
    ("本版摄影作品选登.jpg", {"title": "本版摄影作品选登", "photographer": None}),
]


@pytest.mark.parametrize(("name", "expected"), ROUND42_RULES)
def test_round42_captions(name: str, expected: dict) -> None:
    assert_fields(name, expected)
