"""Hard negatives the review of session 11 found: names that merely look like the shapes this session's rules read
(made-up names; each was read worse than at 062a185 before its mend)."""

from __future__ import annotations

import pytest

from gallery.names import parse_name

from .names_support import assert_fields

REVIEW11 = [
    # a feature's kind after a generic word, an idiom, a rush hour: no place
    ("城市广场游人如织.jpg", {"place": None}),
    ("步行街游人如织。新华社记者 李娜 摄.jpg", {"place": None, "photographer": "李娜"}),
    ("晚高峰车流如织.jpg", {"place": None}),
    ("绿水青山就是金山银山.jpg", {"place": None}),
    ("郊野公园迎来赏花客.jpg", {"place": None}),
    ("图为活动现场的夜景.jpg", {"place": None}),
    # `作者：X` then something no work's title is: a phone, a year, a school, a teacher, a class, a verb
    ("作者：张伟 13912345678.jpg", {"photographer": "张伟", "phone": "13912345678", "title": None}),
    ("作者：周明生—黄山日出 2019.jpg", {"date": "2019"}),
    ("作者：李娜--第一中学.jpg", {"title": None}),
    ("作者：李娜 指导老师 李华.jpg", {"title": None}),
    ("作者：李娜——李四 王五.jpg", {"title": None}),
    # a gallery's section before a name, a number or a filler stays the title
    ("历史文化_张三.jpg", {"title": "历史文化", "photographer": "张三"}),
    ("城市风光_组图.jpg", {"title": "城市风光"}),
    ("风景名胜_1.jpg", {"title": "风景名胜"}),
    # 文 closing a word (征文, 散文) is no writer's key
    ("2023年征文：我的家乡.jpg", {"title": "2023年征文：我的家乡"}),
    ("国庆主题征文：祖国颂.jpg", {"title": "国庆主题征文：祖国颂"}),
    ("优秀诗歌散文：春.jpg", {"title": "优秀诗歌散文：春"}),
    ("2023年征文／李娜.jpg", {"title": "2023年征文／李娜"}),
    # a camera's frame is never a year: the date and the place stay
    ("G20_2016杭州峰会.jpg", {"date": "2016"}),
    # a year or a short number after a stamp's words is theirs
    ("IMG_20210701_123456 建党 100.jpg", {"title": "建党 100"}),
    ("IMG_20210701_123456 春节 2020.jpg", {"title": "春节 2020"}),
    # 复件 opening a word is no copy marker
    ("复件整理.jpg", {"title": "复件整理"}),
    ("复件审核要点.jpg", {"title": "复件审核要点"}),
    # an office after 通讯员： is nobody
    ("会议召开。通讯员：宣传部.jpg", {"photographer": None}),
    ("会议召开。通讯员：办公室.jpg", {"photographer": None}),
]


# the second review (set 61's round and the first mends)
REVIEW11 += [
    # a device's maker, a place or a role before 手机摄 is what or where, nobody; a name is the photographer
    ("夜景 华为 手机摄.jpg", {"photographer": None}),
    ("春天（苹果手机拍摄）.jpg", {"photographer": None}),
    ("秋收，张家界 无人机拍摄.jpg", {"photographer": None}),
    ("秋收（本报记者 无人机拍摄）.jpg", {"photographer": None, "title": "秋收"}),
    ("秋收（李娜 单反拍摄）.jpg", {"photographer": "李娜", "title": "秋收"}),
    ("河南欢迎您 刘增利 手机摄.jpg", {"photographer": "刘增利", "title": "河南欢迎您"}),
    # a flight's, a product's, a channel's or a plane's code is no entry id
    ("MH370 航班失联.jpg", {"title": "MH370 航班失联"}),
    ("CR400 复兴号.jpg", {"title": "CR400 复兴号"}),
    ("CCTV-13 新闻直播间.jpg", {"title": "CCTV-13 新闻直播间"}),
    ("WX-ZZ03-月亮湖整体鸟瞰.jpg", {"title": "月亮湖整体鸟瞰", "entry_id": "WX-ZZ03"}),
    # real roads stay places; a journey is a title
    ("延长路.jpg", {"place": "延长路", "title": None}),
    ("奋斗路.jpg", {"place": "奋斗路", "title": None}),
    ("郑州奋斗路.jpg", {"place": "郑州奋斗路", "title": None}),
    ("漫漫转场路（组照）.jpg", {"place": None, "title": "漫漫转场路"}),
    # a summit is no peak
    ("G20峰会开幕.jpg", {"place": None}),
    # two names after a crew's key, and 报道 after one
    ("湿地（新华网发，摄影：李娜 王芳）.jpg", {"photographer": "李娜、王芳", "title": "湿地"}),
    ("湿地（新华网发，摄影：李娜 报道）.jpg", {"photographer": "李娜", "title": "湿地"}),
    # the writer after a key and a space is no photographer
    ("秋色。文字 李娜.jpg", {"photographer": None, "title": "秋色"}),
    ("市民在公园晨练。撰稿 李娜 摄影 王芳.jpg", {"photographer": "王芳", "title": "市民在公园晨练"}),
    # the third review: what friends call the shooter, a device glued to a name, a writer who also shot it, an entry id
    # before a title and more fields
    ("市民在公园游玩。小明 手机摄.jpg", {"photographer": "小明", "title": "市民在公园游玩"}),
    ("市民在公园游玩 老王手机摄.jpg", {"photographer": "老王"}),
    ("市民在公园游玩（小明无人机拍摄）.jpg", {"photographer": "小明"}),
    ("秋色。文字 李娜 摄.jpg", {"photographer": "李娜", "title": "秋色"}),
    ("SY-12-春天-李娜-13912345678.jpg", {"title": "春天", "photographer": "李娜", "entry_id": "SY-12"}),
    ("GDP-12-增长.jpg", {"entry_id": None}),
    # people and a verb of going with someone before the place: no place phrase (set 61)
    ("青年志愿者陪同儿童村的孩子们参观大学校园。朱晓飞 供图.jpg", {"place": None, "photographer": "朱晓飞"}),
]


@pytest.mark.parametrize(("name", "expected"), REVIEW11)
def test_review11_hard_negatives(name: str, expected: dict) -> None:
    assert_fields(name, expected)


@pytest.mark.parametrize("name", ["学生记者", "校园记者", "大学生记者团"])
def test_a_student_reporters_role_names_no_outlet(name: str) -> None:
    parsed = parse_name(f"学校举行毕业典礼（{name} 王大卫 摄）.jpg")
    assert parsed.photographers == ["王大卫"]
    assert parsed.agency is None


@pytest.mark.parametrize("name", ["记者节，“优秀记者” 王芳 张伟.jpg", "表彰 “最美记者” 李娜.jpg"])
def test_a_quoted_praise_keeps_its_quotes(name: str) -> None:
    """No outlet's role and no verb after the name: the quotes are the title's, whole (the review: `“最美记者` was cut)."""
    title = parse_name(name).title or ""
    assert title.count("“") == title.count("”") == 1
