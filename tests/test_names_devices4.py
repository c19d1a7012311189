"""Round 47: the general grammar of the families behind the misses of blind set 38 outside its captions
(contest entries, artwork labels), tested on made-up names with hard negatives. No held-out name is copied here."""

from __future__ import annotations

import pytest

from .names_support import assert_fields

ROUND47_RULES = [
    # A. a college contest's result list: group + award, the work in quotes, (cohort 级 + major + entrant)
    ("二等奖“晨光”(2019级汉语言文学陈小雨).jpg", {"title": "晨光", "photographer": "陈小雨"}),
    ("摄影组特等奖「归途」(18级计算机系李明).jpg", {"title": "归途", "photographer": "李明"}),
    ("三等奖“雨后”(2020级财务管理周杰).png", {"title": "雨后", "photographer": "周杰"}),
    ("一等奖“晨光”(2019级汉语言文学).jpg", {"photographer": None}),  # hard negative: no entrant after the major
    ("“晨光”(2019级汉语言文学陈小雨).jpg", {"photographer": None}),  # hard negative: no award, no result list
    ("一等奖“晨光”(2019级汉语言文学陈小雨照).jpg", {"photographer": None}),  # hard negative: 雨照 is no name's end
]


@pytest.mark.parametrize(("name", "expected"), ROUND47_RULES)
def test_round47_rules(name: str, expected: dict) -> None:
    assert_fields(name, expected)
