"""Session 26: made-up names with hard negatives (no string from a work list or an evaluation set)."""

from __future__ import annotations

import pytest

from .names_support import assert_fields

SESSION26_RULES = [
    # A. the parts of the day a 12-hour clock is written with: traditional macOS writes Unicode's day periods (晚上, 凌晨,
    # 中午 …) where simplified writes 上午/下午; 中午12 is noon, 中午1 is 13 h, an hour over 12 gives the day only
    ("截圖 2023-03-04 晚上9.05.33.png", {"title": None, "date": "2023-03-04", "time": "21:05:33"}),
    ("截圖 2023-03-04 凌晨12.05.33.png", {"time": "00:05:33"}),
    ("截圖 2023-03-04 中午12.05.33.png", {"time": "12:05:33"}),
    ("截圖 2023-03-04 中午1.05.33.png", {"time": "13:05:33"}),
    ("截圖 2023-03-04 傍晚6.05.33.png", {"time": "18:05:33"}),
    ("截图 2023-03-04 上午9.05.33.png", {"title": None, "time": "09:05:33"}),
    ("螢幕截圖 2023-03-04 晚上9.05.33.png", {"time": "21:05:33"}),
    ("截圖 2023-03-04 晚上19.05.33.png", {"date": "2023-03-04", "time": None}),
    ("屏幕快照 2019-01-02 晚上9.05.33.png", {"time": "21:05:33"}),
    # B. a macOS screenshot with a site's numeric id after it (`…-1234567`): the id is no title, the clock is read
    ("截屏2023-03-04 21.05.33-1234567.png", {"title": None, "time": "21:05:33"}),
    # C. a browser's copy number after a stamp, as brackets or escaped brackets (`[1]`, `%5B1%5D`): a copy marker
    ("Screenshot_20190304-210533%5B2%5D.png", {"date": "2019-03-04", "time": "21:05:33"}),
    ("屏幕截图 2023-03-04 210533[1].png", {"time": "21:05:33"}),
    ("老照片[1].jpg", {"title": "老照片"}),
    ("增长15%5B1%5D", {"date": None}),  # escaped brackets inside words are left as written
    # D. an Android screenshot with the year apart from the month and day, then the app's package
    ("Screenshot_2023_0304_210533_com.example.app.jpg", {"title": None, "date": "2023-03-04", "time": "21:05:33"}),
    ("Screenshot_2023_0304_210533.png", {"date": "2023-03-04"}),
    ("Screenshot_2023_1399_210533.png", {"date": None}),
    # E. 微信图片 with its stamp cut to the day: the day, a valid one only
    ("微信图片_20230304.jpg", {"title": None, "date": "2023-03-04"}),
    ("微信图片_20231399.jpg", {"date": None}),
    # F. mmexport's milliseconds with a hash glued after them: the export time, the hash no title
    ("mmexport1678000000000a1b2c3d4e5f60718.jpg", {"title": None, "date": "2023-03-05", "time": "15:06:40"}),
    # G. a 小红书 download with a saver's stamp after a picture number
    ("晚霞满天_2_某某某_来自小红书网页版_3_20230304_210533_123.jpg",
     {"title": "晚霞满天", "photographer": None, "date": "2023-03-04", "time": "21:05:33"}),
    # H. who shot it first, then a dash and the work: a name a surname vouches for; a word or a place before 摄 stays the
    # title's
    ("柳青松攝——晚霞.jpg", {"title": "晚霞", "photographer": "柳青松"}),
    ("柳青松 摄——《晚霞》", {"title": "晚霞", "photographer": "柳青松"}),
    ("晨光摄——老街", {"photographer": None}),
    ("北京摄——老街", {"photographer": None}),
]


@pytest.mark.parametrize(("filename", "expected"), SESSION26_RULES)
def test_session26_rules(filename: str, expected: dict) -> None:
    assert_fields(filename, expected)
