"""Round 51: the PLACE field across families — where Chinese captions put the location, and what makes a phrase
an action, a theme or an organisation rather than a location: made-up names with hard negatives (no held-out
string here)."""

from __future__ import annotations

import pytest

from .names_support import assert_fields

ROUND51_RULES = [
    # A. 巡 + a one-character place word (巡山, 巡河, 巡湖, 巡江 …) after 在 is a patrol (a verb and its object), no
    # place; the place that opens the caption (the patrollers' forest, park or reserve) is where
    ("3月2日,青龙岭森林公园护林员在巡山。李华 摄.jpg", {"place": "青龙岭森林公园"}),
    # (session 11: a forest farm opening a short caption is where its rangers patrol, as set 41's real label of the same
    # shape says; this made-up row read no place before)
    ("白杨林场护林员在巡山。 王明 摄.jpg", {"place": "白杨林场"}),
    ("巡逻队员在巡河。李华 摄.jpg", {"place": None}),
    ("志愿者在巡湖。李華 攝.jpg", {"place": None}),
    # hard negatives: a named spot after 在 stays the place (a verb-like first character inside a name is no verb)
    ("护林员在凤鸣山巡查。李华 摄.jpg", {"place": "凤鸣山"}),
    ("护林员在巡检司镇巡查。李华 摄.jpg", {"place": "巡检司镇"}),
    ("游客在巡司河畔散步。李华 摄.jpg", {"place": "巡司河畔"}),
    ("市民在巡山公园晨练。李华 摄.jpg", {"place": "巡山公园"}),
    # B. a POI named by its kind of site: 油田 (an oil field), 步道 (a trail), 浴场/泳场 (a bathing beach) end a
    # place phrase as 公园 or 码头 do; a dash between two digits inside such a name (a field's block number) is no
    # segment break
    ("青川油田。王明 摄.jpg", {"place": "青川油田"}),
    ("5月2日,在胜岭油田采油平台,工人在检修设备。李华 摄.jpg", {"place": "胜岭油田"}),
    ("青岭南山步道-李华.jpg", {"place": "青岭南山步道", "photographer": "李华"}),
    ("夜色中的流花4-1油田。李华 摄.jpg", {"title": "夜色中的流花4-1油田"}),
    # hard negatives: the kind alone (no name before it) is no place; an oil field's workers or a theme are no place
    ("游客在海水浴场戏水。李华 摄.jpg", {"place": None}),
    ("市民在步道上散步。李华 摄.jpg", {"place": None}),
    ("工人在油田作业。李华 摄.jpg", {"place": None}),
    ("油田工人在检修设备。李华 摄.jpg", {"place": None}),
    ("石油人的油田情怀-李华.jpg", {"title": "石油人的油田情怀", "place": None}),
    ("海上钻井平台7-2号-李华.jpg", {"title": "海上钻井平台7-2号", "place": None, "photographer": "李华"}),
    # C. a room of an unnamed kind of institution after 在 (医院 + 病房, 学校 + 食堂): kinds one after another, no name
    ("法官在医院病房开庭审理案件。.jpg", {"place": None}),
    ("学生在学校食堂就餐。李华 摄.jpg", {"place": None}),
    # hard negatives: a named institution's room stays the place; a compound kind (湿地公园) is not a room
    ("护士在仁和医院病房查房。李华 摄.jpg", {"place": "仁和医院病房"}),
    ("市民在湿地公园赏荷。李华 摄.jpg", {"place": "湿地公园"}),
    # D. a short headline opening with a named footbridge, trail, oil field or bathing beach, then what happens there
    ("云溪天桥上,行人匆匆 王明 摄.jpg", {"place": "云溪天桥"}),
    ("青岭古道秋色浓 李华 摄.jpg", {"place": "青岭古道"}),
    ("金沙湾浴场迎来游客 李华 摄.jpg", {"place": "金沙湾浴场"}),
    # hard negatives: a kind of bridge, trail or beach named by its use (过街, 人行, 登山, 海水) names none
    ("过街天桥上,行人匆匆 王明 摄.jpg", {"place": None}),
    ("人行天桥上车流如织 李华 摄.jpg", {"place": None}),
    ("登山步道迎来游客 李华 摄.jpg", {"place": None}),
    ("海水浴场迎来游客 李华 摄.jpg", {"place": None}),
    # E. a slogan's verb (聚焦, 决战, 助力, 守护 …) opening a headline makes the place after it the theme's object
    ("聚焦山村教育--李华摄影.jpg", {"place": None}),
    ("决战青川镇防汛_王明.jpg", {"title": "决战青川镇防汛", "place": None, "photographer": "王明"}),
    ("守护青山湖-李华.jpg", {"title": "守护青山湖", "place": None}),
    # hard negatives: a place named alone, or after 在, stays the place
    ("青山湖-李华.jpg", {"place": "青山湖"}),
    ("志愿者在青山湖守护候鸟。李华 摄.jpg", {"place": "青山湖"}),
    # F. 街面 is the street's surface as 路面 is the road's: `在清洗街面` names no street; a named street before it stays
    ("图为保洁员在冲洗街面。李华 摄.jpg", {"place": None}),
    ("保洁员在青川镇解放街冲洗街面。李华 摄.jpg", {"place": "青川镇解放街"}),
    # hard negative: a named street with no surface after it stays the place
    ("保洁员在解放街清扫落叶。李华 摄.jpg", {"place": "解放街"}),
]


@pytest.mark.parametrize(("name", "expected"), ROUND51_RULES)
def test_round51_rules(name: str, expected: dict) -> None:
    assert_fields(name, expected)
