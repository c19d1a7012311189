"""Round 38: device, app and CMS naming schemes behind the misses of blind sets 26 and 31, each read from the
tool's public source (cited beside each rule in gallery/names/), tested on made-up names with hard negatives.
No held-out name is copied here."""

from __future__ import annotations

import pytest

from .names_support import assert_fields

ROUND38_RULES = [
    # A. emlog's attachment upload: `md5(<original name>)` + `gmdate('YmdHis')`, its thumbnail `thum-` + that
    ("0a1b2c3d4e5f60718293a4b5c6d7e8f920210315083012.jpg", {"title": None, "date": "2021-03-15", "time": "08:30:12"}),
    ("thum-ffee0011ddcc2233bbaa44559988776620191231235959.png", {"title": None, "date": "2019-12-31",
                                                                "time": "23:59:59"}),
    ("0A1B2C3D4E5F60718293A4B5C6D7E8F920210315083012.jpg", {"date": None}),  # hard negative: upper-case digest
    ("0a1b2c3d4e5f60718293a4b5c6d7e8f920211315083012.jpg", {"date": None}),  # hard negative: month 13
    ("0a1b2c3d4e5f60718293a4b5c6d7e8f92021031508301.jpg", {"date": None}),  # hard negative: 31 hex digits
    ("0a1b2c3d4e5f60718293a4b5c6d7e8f9.jpg", {"title": None, "date": None}),  # the bare digest stays a hash
    # B. macOS Finder in Chinese: a duplicate `X的副本`, then `X的副本 2` … (older releases glue the number)
    ("截屏2021-03-04 10.11.12的副本 3.png", {"title": None, "date": "2021-03-04", "time": "10:11:12"}),
    ("截屏2021-03-04 10.11.12的副本2.png", {"title": None, "date": "2021-03-04", "time": "10:11:12"}),
    ("IMG_20210304_101112的副本12.jpg", {"title": None, "date": "2021-03-04", "time": "10:11:12"}),
    ("海报的副本 2.jpg", {"title": "海报"}),
    ("团队副本2.jpg", {"title": "团队副本2"}),  # hard negative: no 的, a game's dungeon
    ("报名表的副本1234.png", {"title": "报名表的副本1234"}),  # hard negative: four digits, no Finder counter
    # C. Vietnamese news sites' upload store: the original name lower-cased, `-` + epoch ms + 7-10 random digits
    ("w020210914512345678901-16315770934121234567890.jpg", {"title": None, "date": "2021-09-14"}),
    ("img_20210914_075133-1631577093412123456789.jpg", {"title": None, "date": "2021-09-14", "time": "07:51:33"}),
    ("anh-dep-16315770934121234567890-16315771934121234567.jpg", {"title": "anh-dep", "date": None}),  # re-uploaded
    ("anh-dep-0631577093412123456789.jpg", {"title": None, "date": None}),  # hard negative: no epoch ms
    ("anh-dep-1631577093412123456.jpg", {"title": None}),  # hard negative: 6 random digits, no such upload
    # D. a dated name's clock glued after a space (`YYYY-MM-DD hhmmss`), as the one date-time grammar reads it
    ("2021-09-14 075133.jpg", {"title": None, "date": "2021-09-14", "time": "07:51:33"}),
    ("2021.09.14 075133 北京.jpg", {"date": "2021-09-14", "time": "07:51:33", "place": "北京"}),
    ("2021-09-14 075133-2.jpg", {"title": None, "time": "07:51:33"}),
    ("2021-09-14 265133.jpg", {"date": "2021-09-14", "time": None}),  # hard negative: hour 26
    ("2021-09-14 0751331.jpg", {"date": "2021-09-14", "time": None}),  # hard negative: seven digits
    ("2021-02-30 075133.jpg", {"date": None, "time": None}),  # hard negative: no such day, no time of it
]


@pytest.mark.parametrize(("name", "expected"), ROUND38_RULES)
def test_round38_device_rules(name: str, expected: dict) -> None:
    assert_fields(name, expected)
