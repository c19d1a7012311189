"""Session 14: the work lists' misses, each cause a family's general grammar or a tool's habit, tested on made-up names
with hard negatives (no string from a work list)."""

from __future__ import annotations

import pytest

from .names_support import assert_fields

SESSION14_RULES = [
    # A. a result list's award or rank before a form's keys (`第二名_作品名称:X_摄影者:Y`): how the entry fared, then
    # the form; the award is no word of the title
    ("第二名_作品名称:雁荡秋色_摄影者:周立群.jpg", {"title": "雁荡秋色", "photographer": "周立群"}),
    ("一等奖 作品名称：雁荡秋色 作者：周立群.jpg", {"title": "雁荡秋色", "photographer": "周立群"}),
    ("优秀奖_标题:雁荡秋色_作者:周立群.jpg", {"title": "雁荡秋色", "photographer": "周立群"}),
    # hard negatives: a podium's places name the people pictured; a rank glued to a person is no form's key
    ("冠军：周立群 亚军：王海涛.jpg", {"photographer": None}),
    ("第二名选手周立群：冲刺时刻：终点.jpg", {"photographer": None}),
]

# every table above, each row a case named by its table
_ALL_ROWS = [pytest.param(name, expected, id=f"{table}-{name}")
             for table, rows in (("session14", SESSION14_RULES),)
             for name, expected in rows]


@pytest.mark.parametrize(("name", "expected"), _ALL_ROWS)
def test_session14_rows(name: str, expected: dict) -> None:
    assert_fields(name, expected)
