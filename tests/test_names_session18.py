"""Session 18: made-up names with hard negatives (no string from a work list)."""

from __future__ import annotations

import pytest

from .names_support import assert_fields

SESSION18_RULES = [
    # A. a shrine named at length, a ravine, a ferry: a place-only name, no title
    ("周氏忠孝祠.jpg", {"place": "周氏忠孝祠", "title": None}),
    ("抗日烈士纪念祠.jpg", {"place": "抗日烈士纪念祠", "title": None}),
    ("七里涧.jpg", {"place": "七里涧", "title": None}),
    ("落星渡.jpg", {"place": "落星渡", "title": None}),
    # hard negatives: a family's or a clan's hall is a kind, a generic word before 涧, a surname's name, a phrase
    ("修缮宗祠.jpg", {"place": None}),
    ("小山涧.jpg", {"place": None}),
    ("王晓渡.jpg", {"place": None}),
    ("走进美丽的忠烈祠.jpg", {"place": None}),
    # B. a tool's day alone, then Chinese words after `_`: the day and the title; a five-digit frame counter
    ("IMG_20240501_海边.jpg", {"title": "海边", "date": "2024-05-01", "time": None}),
    ("Screenshot_20231130_报名表.png", {"title": "报名表", "date": "2023-11-30"}),
    ("IMG_20240509_41792.webp", {"title": None, "date": "2024-05-09", "time": None}),
    # hard negatives: a day that is none; a Latin word is no title
    ("IMG_20241301_海边.jpg", {"date": None}),
    ("IMG_20240501_edit.jpg", {"title": None, "date": "2024-05-01"}),  # a Latin word after it: a tool's suffix
]


@pytest.mark.parametrize(("name", "expected"), SESSION18_RULES, ids=[row[0] for row in SESSION18_RULES])
def test_session18_rows(name: str, expected: dict) -> None:
    assert_fields(name, expected)
