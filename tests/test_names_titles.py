"""Round 41: an audit of the title the parser gives on every name we hold, by the SHAPE of a wrong title (what a
credit, a source note or a layout mark leaves in it), each shape's rule tested on made-up names with hard negatives.
No held-out name is copied here."""

from __future__ import annotations

import pytest

from .names_support import assert_fields

ROUND41_RULES = [
    # A. a layout mark before a caption (▶ ► ⬅ ←), read as ▲ and ↑ already were
    ("▶3月2日,湖州市民在太湖边放风筝。李四 摄.jpg", {"title": "3月2日,湖州市民在太湖边放风筝", "photographer": "李四"}),
    ("⬅游客在古镇石桥上拍照留念.jpg", {"title": "游客在古镇石桥上拍照留念"}),
    ("←学生们在操场上做早操.jpg", {"title": "学生们在操场上做早操"}),
    ("黄河→大海.jpg", {"title": "黄河→大海"}),  # hard negative: an arrow inside a title stays
    # B. what a credit or a source note leaves after a caption's last 。 once its names are read: an outlet, a role
    # with no name left, a file note; a note in brackets before the outlet stays; a sentence after 。 stays
    ("5月3日,杭州西湖边游人如织。视觉中国 图.jpg", {"title": "5月3日,杭州西湖边游人如织"}),
    ("市民在公园里晨练。晨报记者 王五 摄.jpg", {"title": "市民在公园里晨练", "photographer": "王五"}),
    ("农民在田间收割小麦。资料图片.jpg", {"title": "农民在田间收割小麦"}),
    ("秋日的古村落色彩斑斓。(本报档案照).jpg", {"title": "秋日的古村落色彩斑斓"}),
    ("夕阳下的渔港。(图：市渔业局).jpg", {"title": "夕阳下的渔港"}),
    ("村民在晒秋。东方IC 资料.jpg", {"title": "村民在晒秋"}),
    ("候鸟在湖面上翩翩起舞。(无人机照片)CICPHOTO_赵六 摄.jpg", {"title": "候鸟在湖面上翩翩起舞。(无人机照片)",
                                                        "photographer": "赵六"}),
    ("遊客在廣場上欣賞燈會。中國網圖片庫 陳七攝.jpg", {"title": "遊客在廣場上欣賞燈會", "photographer": "陳七"}),
    ("母亲在厨房忙碌。“你回来啦。”图片.jpg", {"title": "母亲在厨房忙碌。“你回来啦。”"}),
    ("孩子们在课堂上认真听讲。图为记者在现场采访.jpg", {"title": "孩子们在课堂上认真听讲。图为记者在现场采访"}),  # hard negative
    ("活动现场人头攒动。图片展吸引了众多市民.jpg", {"title": "活动现场人头攒动。图片展吸引了众多市民"}),  # hard negative
    ("新年新气象。中新友谊长存.jpg", {"title": "新年新气象。中新友谊长存"}),  # hard negative: 中新 starts a sentence
    ("小镇的早晨。(无人机照片).jpg", {"title": "小镇的早晨。(无人机照片)"}),  # hard negative: a note of how, no source
    # C. what a credit leaves at the end of a title with no 。: a spaced role after a media word or a bare 摄影
    # (after a sentence: a comma or 、 before it), or the slash of `X／图Y提供`
    ("荷花盛开、游人如织 晚报记者 王五 通讯员 李四 赵六 摄.jpg", {"title": "荷花盛开、游人如织",
                                                        "photographer": "王五、李四、赵六"}),
    ("巡逻出发 日前,城东派出所新组建的巡逻队正式亮相 摄影 通讯员 李四 王五 赵六.jpg",
     {"title": "巡逻出发 日前,城东派出所新组建的巡逻队正式亮相", "photographer": "李四、王五、赵六"}),
    ("暴雨来袭 市民出行受阻／图市交通局提供.jpg", {"title": "暴雨来袭 市民出行受阻"}),
    ("《我是一名新闻记者》.jpg", {"title": "我是一名新闻记者"}),  # hard negative: a work's title
    ("晴天／雨天／.jpg", {"title": "晴天／雨天／"}),  # hard negative: the slash parts a title
]


@pytest.mark.parametrize(("name", "expected"), ROUND41_RULES)
def test_round41_title_rules(name: str, expected: dict) -> None:
    assert_fields(name, expected)
