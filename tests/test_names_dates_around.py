"""A caption's day wherever newsrooms write it: opening the sentence, inside the credit, after it, between the sentence
and the credit, in an archive note (made-up names, as a probe composes them)."""

from __future__ import annotations

import pytest

from .names_support import assert_fields

S = "市民在公园里晨练"


@pytest.mark.parametrize(("shape", "day"), [
    ("{s}（王大卫 2024年8月23日摄）", "2024-08-23"),
    ("{s}。王大卫 摄于2024年8月23日", "2024-08-23"),
    ("{s}_王大卫_2024.08.23", "2024-08-23"),
    ("{s}（中央社记者王大卫摄 113年8月23日）", "2024-08-23"),
    ("{s}。2024年8月23日 王大卫 摄", "2024-08-23"),  # the day between the sentence and its credit
    ("{s}（资料照片，2019年5月摄）", "2019-05"),  # an archive note with the month it was taken
    ("{s}（资料图片，2019年5月1日）", "2019-05-01"),
])
def test_the_day_around_a_caption(shape: str, day: str) -> None:
    assert_fields(shape.format(s=S) + ".jpg", {"date": day, "title": S})


def test_a_day_opening_the_caption_stays_in_its_title() -> None:
    """As the shared captions are labelled: the sentence keeps its day, and the day is read too."""
    assert_fields("2024年8月23日,市民在公园里晨练。王大卫 摄.jpg", {"date": "2024-08-23", "title": "2024年8月23日,市民在公园里晨练"})


def test_an_impossible_closing_day_is_no_date() -> None:
    assert_fields(S + "。2024年2月30日 王大卫 摄.jpg", {"date": None, "photographer": "王大卫"})
