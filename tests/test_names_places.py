"""Round 39: the place the parser gives, audited by the shape of wrong places across every name held (sets 1–32
and the shared files), each shape a general rule tested on made-up names with hard negatives (no held-out string here)."""

from __future__ import annotations

import pytest

from .names_support import assert_fields

ROUND39_RULES = [
    # A. a known place, then 街头/街頭/街道: one word (a street's side, a subdistrict), not the place's 街 and a stray 头
    ("5月2日,游客在杭州街头品尝小吃。记者 王明 摄.jpg", {"place": "杭州街头"}),
    ("成都街头,市民身穿雨衣出行。 周立 摄.jpg", {"place": "成都街头"}),
    ("6月1日,夕阳下的宜兴市宜城街道种粮大户正在收割小麦。通讯员 王明 摄.jpg", {"place": "宜兴市宜城街道"}),
    # hard negatives: 街 that ends a word of its own (街区, 街巷, 步行街)
    ("游客在杭州街区漫步。王明 摄.jpg", {"place": "杭州街区"}),
    ("游客在西安街巷中穿行。王明 摄.jpg", {"place": "西安街巷"}),
    ("3月1日,工人在南京路步行街清扫积雪。王明 摄.jpg", {"place": "南京路步行街"}),
]


@pytest.mark.parametrize(("name", "expected"), ROUND39_RULES)
def test_round39_rules(name: str, expected: dict) -> None:
    assert_fields(name, expected)
