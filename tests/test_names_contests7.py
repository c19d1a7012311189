"""Round 48: causes of the contest/artwork rows of held-out set 39 (an art show's results by author, a photo
show's `作品——作者作品`), each read from made-up names with hard negatives. No string of a work list is copied
here; every name and title is made up."""

from __future__ import annotations

import pytest

from .names_support import assert_fields

ROUND48_RULES = [
    # A. an art show's results by author, `作者（作品）` (聯合報 2026-02-25, 萬和美展: `第一名許仁蕙（廊柱）`):
    #    the entrant, then the work in full-width brackets; simplified and traditional
    ("周明远（晨牧）.jpg", {"title": "晨牧", "photographer": "周明远"}),
    ("鄭雅雯（晚霞）.jpg", {"title": "晚霞", "photographer": "鄭雅雯"}),
    ("韩立新（静Ⅲ）.jpg", {"title": "静Ⅲ", "photographer": "韩立新"}),
    ("周明远（左）.jpg", {"photographer": None}),  # hard negative: a position in the picture
    ("周明远（财务部）.jpg", {"photographer": None}),  # hard negative: the person's unit
    ("周明远（北京）.jpg", {"photographer": None}),  # hard negative: a place
    ("周明远（李小红）.jpg", {"title": "周明远", "photographer": "李小红"}),  # hard negative: a caption's 作品（作者）
    ("黄山（安徽）.jpg", {"photographer": None}),  # hard negative: no name before the bracket
    ("晨牧（周明远）.jpg", {"title": "晨牧", "photographer": "周明远"}),  # the caption order stays
    # B. a photo show's list printed `作品——作者作品` (同济大学 物理学院 '物理与美学' 摄影展 2019): `X作品` after
    #    the dash credits X, even where the work's name is only a place (the place, no title: shared convention)
    ("云南元阳——周明远作品.jpg", {"title": None, "photographer": "周明远", "place": "云南元阳"}),
    ("云南元阳—— 周明远作品.jpg", {"title": None, "photographer": "周明远", "place": "云南元阳"}),
    ("云南元阳——摄影作品.jpg", {"photographer": None}),  # hard negative: a kind of work, no name
    ("云南元阳——春节作品.jpg", {"photographer": None}),  # hard negative: a word, no name
    ("三都古城-天主堂正面.jpg", {"title": "天主堂正面", "photographer": None}),  # a site, then what of it
    # C. a feature's byline after the name, `X 文／图` (wrote and shot it; `图／文` the same), a two-character
    #    name padded with a space as typesetters set it (`周 立 文_图`)
    ("某镇老街的夜景,游人如织。周立群 文／图.jpg", {"title": "某镇老街的夜景,游人如织", "photographer": "周立群"}),
    ("某镇老街的夜景,游人如织。周 立 文_图.jpg", {"title": "某镇老街的夜景,游人如织", "photographer": "周立"}),
    ("某镇老街的夜景 周立群 图／文.jpg", {"title": "某镇老街的夜景", "photographer": "周立群"}),
    ("某镇老街的夜景。秋色 文／图.jpg", {"photographer": None}),  # hard negative: a word before 文／图
    ("某镇老街的夜景 文／图.jpg", {"photographer": None}),  # hard negative: no name at all
    # D. a calendar's picks in month order, `<月份><作品名>(<作者>)`: the month is the work's slot, no date
    ("3月晨雾采茶忙(周明远).jpg", {"title": "晨雾采茶忙", "photographer": "周明远", "date": None}),
    ("11月雪夜归人(韩立新).jpg", {"title": "雪夜归人", "photographer": "韩立新"}),
    ("3月1日晨雾采茶忙(周明远).jpg", {"photographer": "周明远"}),  # hard negative: a day, not a slot (read as before)
    ("3月的晨雾采茶忙(周明远).jpg", {"title": "3月的晨雾采茶忙"}),  # hard negative: 的 makes the month the title's
    ("3月晨雾采茶忙.jpg", {"title": "3月晨雾采茶忙"}),  # hard negative: no bracketed author, no slot
    # E. a caption opening on a day named from the paper's own and the hour (`今天上午10时,`; Hong Kong papers'
    #    `今早`/`今晨`/`昨晚` glued): the time, no date
    ("今早9時，某公園遊人如織。（周立群攝）.jpg", {"time": "09:00:00", "date": None, "photographer": "周立群"}),
    ("昨晚8时,某广场灯火通明。（周立群摄）.jpg", {"time": "20:00:00", "date": None}),
    ("当天下午3时,某广场灯火通明。（周立群摄）.jpg", {"time": "15:00:00", "date": None}),
    ("今9时,某广场灯火通明.jpg", {"time": None}),  # hard negative: no part of the day
    ("早9时,某广场灯火通明.jpg", {"time": None}),  # hard negative: 早 alone, no day before it
    # F. a Hong Kong or Macau paper's masthead with its city closing a caption (`…。 香港文汇报`)
    ("某公園遊人如織。 香港大公報.jpg", {"title": "某公園遊人如織", "photographer": None}),
    ("某公園遊人如織。 香港.jpg", {"title": "某公園遊人如織。 香港"}),  # hard negative: the city alone, no outlet
]


@pytest.mark.parametrize(("name", "expected"), ROUND48_RULES)
def test_round48_rules(name: str, expected: dict) -> None:
    assert_fields(name, expected)
