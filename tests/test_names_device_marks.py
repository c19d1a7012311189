"""A device's or an app's name with the marks people and programs add around it: every stamp keeps its day and clock and
gives no title, whatever copy marker, editor's suffix or size comes before or after it (made-up names, composed)."""

from __future__ import annotations

import itertools

import pytest

from .names_support import assert_fields

STAMPS = (  # a name, its day and clock
    ("微信图片_20241227155524", "2024-12-27", "15:55:24"),
    ("IMG_20230611_180927", "2023-06-11", "18:09:27"),
    ("Screenshot_20230611_180927", "2023-06-11", "18:09:27"),
    ("屏幕截图 2023-06-11 180927", "2023-06-11", "18:09:27"),
    ("QQ图片20230611180927", "2023-06-11", "18:09:27"),
    ("mmexport1686478167000", "2023-06-11", "18:09:27"),
    ("Snipaste_2023-06-11_18-09-27", "2023-06-11", "18:09:27"),
    ("截屏2023-06-11 下午6.09.27", "2023-06-11", "18:09:27"),
    ("wx_camera_1686478167000", "2023-06-11", "18:09:27"),
)
AFTER = (
    "", " - 副本 (2)", "_副本", " 拷贝", "-已增强-NR", "-已增强-SR-3", "@2x", "-removebg-preview", "-1024x768",
    "_(300_x_330_pixel)", "_640x480px", "（800×600）", "_Recovered", "-e1586334443212", "-原图", "_裁剪", "-修改版", "_压缩",
    "-HD",
)
BEFORE = ("", "Copy of ", "Copy (2) of ", "复件 ", "复件 (2) ")


@pytest.mark.parametrize(("stamp", "after", "before"), list(itertools.product(STAMPS, AFTER, BEFORE)))
def test_a_stamp_with_marks_around_it(stamp: tuple[str, str, str], after: str, before: str) -> None:
    name, day, clock = stamp
    assert_fields(before + name + after + ".jpg", {"date": day, "time": clock, "title": None})


@pytest.mark.parametrize(("name", "marker"), [
    ("复件 (2) 故宫雪景 - 副本.jpg", "复件 (2) - 副本"),
    ("Copy of 故宫雪景.jpg", "Copy of "),
    ("复件 IMG_1234.JPG", "复件 "),
])
def test_a_copy_marker_before_the_name_is_kept_in_order(name: str, marker: str) -> None:
    from gallery.names import parse_name

    parsed = parse_name(name)
    assert parsed.copy_marker is not None
    assert parsed.copy_marker.replace(" ", "") == marker.replace(" ", "")
    assert parsed.title in (None, "故宫雪景")


@pytest.mark.parametrize("name", ["G56A8889.JPG", "5D3A1234.jpg", "Z7A_0412.jpg", "G56A8889 - 副本 (3).JPG"])
def test_a_camera_prefix_with_digits_is_a_frame_not_a_title(name: str) -> None:
    assert_fields(name, {"title": None, "date": None, "photographer": None})


@pytest.mark.parametrize(("name", "title"), [
    ("Copy of.jpg", "Copy of"),  # the marker alone names nothing: the words stay
    ("修改_故宫雪景.jpg", "修改_故宫雪景"),  # an editing word before words, not after a stamp, stays
    ("故宫雪景_原图.jpg", "故宫雪景_原图"),
    ("复件.jpg", "复件"),
])
def test_marks_that_are_no_marks(name: str, title: str) -> None:
    assert_fields(name, {"title": title})


WORDS_AFTER = (  # a full stamp with words after it, whatever the joint: the day, the clock and the words
    ("屏幕快照 2019-03-22 下午9.08.59 -九阳股份-002242", "2019-03-22", "21:08:59", "九阳股份"),
    ("截屏2023-06-11 下午6.09.27 订单页面", "2023-06-11", "18:09:27", "订单页面"),
    ("屏幕截图 2023-06-11 180927 - 订单页面", "2023-06-11", "18:09:27", "订单页面"),
    ("微信图片_20241227155524-订单页面", "2024-12-27", "15:55:24", "订单页面"),
    ("IMG_20230611_180927 - 故宫雪景", "2023-06-11", "18:09:27", "故宫雪景"),
    ("Snipaste_2023-06-11_18-09-27 -会议纪要", "2023-06-11", "18:09:27", "会议纪要"),
)


@pytest.mark.parametrize(("name", "day", "clock", "words"), WORDS_AFTER)
def test_words_after_a_full_stamp(name: str, day: str, clock: str, words: str) -> None:
    assert_fields(name + ".png", {"date": day, "time": clock, "title": words})
