"""Round 32: device, app and CMS naming schemes read whole from their sources (cited in gallery/names/),
tested on made-up names with hard negatives (the work lists were the device rows of held-out sets 29 and 27;
no string of theirs is copied here)."""

from __future__ import annotations

import pytest

from .names_support import assert_fields

ROUND32_RULES = [
    # A. WeChat for Windows numbers the pictures of one save that fall in one second, glued to the stamp (1, 2 … 10 …)
    ("微信图片_202305061708223.jpg", {"date": "2023-05-06", "time": "17:08:22"}),
    ("微信图片_2023050617082212.jpg", {"date": "2023-05-06", "time": "17:08:22", "title": None}),
    ("微信图片_2023050617082212_2.png", {"date": "2023-05-06", "time": "17:08:22"}),
    ("微信图片_20230506170822123.jpg", {"date": None, "time": None}),  # hard negative: three digits, no such counter
    ("微信图片_2023130617082212.jpg", {"date": None, "time": None}),  # hard negative: month 13
    ("微信图片_2023050625082212.jpg", {"time": None}),  # hard negative: hour 25, no time (the day, as ever)
    ("微信图片_1683364102123456.jpg", {"date": None, "time": None}),  # hard negative: epoch ms + digits, no stamp
    # B. an editor's save-as-copy suffix `__NN`, once more on every copy of a copy, after a device name
    ("IMG_20230506_170822__01__01.jpg", {"date": "2023-05-06", "time": "17:08:22", "title": None}),
    ("IMG_20230506_170822_HDR__01__01__01.jpg", {"date": "2023-05-06", "time": "17:08:22", "title": None}),
    ("20230506_170822__01__02.jpg", {"date": "2023-05-06", "time": "17:08:22"}),
    ("IMG_20230506_170822__01.jpg", {"date": "2023-05-06", "time": "17:08:22"}),  # one: the counter rule, as before
    ("IMG_20230506_170822__01__01 - 副本.jpg", {"date": "2023-05-06", "time": "17:08:22"}),
    ("荷塘月色__01__01.jpg", {"date": None, "time": None}),  # hard negative: words, no device name before the chain
    ("A3-017__front__02__05.jpg", {"date": None, "time": None}),  # hard negative: a dataset's own fields
    ("IMG_20231306_170822__01__01.jpg", {"date": None, "time": None}),  # hard negative: month 13
    # C. an upload that keeps the original name and appends `_` + a random 10000–99999
    ("屏幕截图 2024-11-03 081520_40213.png", {"date": "2024-11-03", "time": "08:15:20", "title": None}),
    ("Screenshot_20241103-081520_61377.jpg", {"date": "2024-11-03", "time": "08:15:20"}),
    ("截屏2024-11-03 上午8.15.20_19980.png", {"date": "2024-11-03", "time": "08:15:20"}),
    ("屏幕截图 2024-11-03 081520_04213.png", {"time": None}),  # hard negative: no such number (a leading 0)
    ("屏幕截图 2024-11-03 081520_402135.png", {"time": None}),  # hard negative: six digits
    ("秋日银杏_40213.jpg", {"date": None, "time": None}),  # hard negative: words, no device name
    ("IMG_5521_40213.jpg", {"date": None, "time": None}),  # hard negative: a frame number, no date to read
    ("屏幕截图 2024-11-03 081520_40213_1.png", {"date": "2024-11-03", "time": "08:15:20"}),  # a counter after it
    ("报销单据-屏幕截图 2024-11-03 081520_40213.png", {"title": "报销单据", "time": "08:15:20"}),  # words before it
    # D. Photoshop's copy marker: ` 副本`, ` 副本 N`, glued after a digit in older releases
    ("未标题-5副本.jpg", {"title": None}),
    ("未标题-5 副本 3.png", {"title": None}),
    ("DSC_0731 副本.jpg", {"title": None}),
    ("IMG_20240211_093015 副本 2.jpg", {"date": "2024-02-11", "time": "09:30:15", "title": None}),
    ("春游合影 副本.jpg", {"title": "春游合影"}),
    ("公会副本.png", {"title": "公会副本"}),  # hard negative: glued after words, the word 副本 (a game's dungeon)
    ("副本 2.png", {"title": "副本"}),  # hard negative: nothing before it, as before
    # E. a gallery's size tag after a camera's own name (Piwigo `-th`, `-2s`, `-me`; `_thumb`, `_sm` …): no title
    ("DSC_4417-th.jpg", {"title": None}),
    ("IMG_8802-2s.jpg", {"title": None}),
    ("DSCF0915_thumbnail.jpg", {"title": None}),
    ("DSCF0915_thumbnail_2.jpg", {"title": None}),  # a counter after it
    ("_MG_3310_sm.jpg", {"title": None}),
    ("IMG_8802_Lisbon.jpg", {"title": "IMG_8802_Lisbon"}),  # hard negative: a capitalised word, as before
    ("晚霞_th.jpg", {"title": "晚霞_th"}),  # hard negative: words, no camera name, as before
    ("IMG_20240211_093015_th.jpg", {"date": "2024-02-11", "time": "09:30:15", "title": None}),
]


@pytest.mark.parametrize(("name", "expected"), ROUND32_RULES)
def test_round32_device_rules(name: str, expected: dict) -> None:
    assert_fields(name, expected)
