"""Round 60: held-out set 49's misses (captions' credits and places), each cause a family's general grammar, tested
on made-up names with hard negatives (no string from the work list)."""

from __future__ import annotations

import pytest

from .names_support import assert_fields

ROUND60_RULES = [
    # A. where the credit says the picture was shot (`…。X摄于某县某村`) is the place, not a word of the caption the
    # place finders misread (an adjective `村级`, a clause `旧宅前方…`)
    ("修缮一新的村级“文化礼堂”。周立群摄于宁乡花明楼镇炭子冲村.jpg",
     {"place": "宁乡花明楼镇炭子冲村", "photographer": "周立群"}),
    ("承载着几代人的乡愁,老屋旁边盖新房。周立群摄于醴陵白兔潭镇.jpg", {"place": "醴陵白兔潭镇"}),
    # hard negatives: without 摄于 the caption's place stays; 摄于 a day gives the day, and the caption's place
    ("游客在岳麓书院参观。周立群摄.jpg", {"place": "岳麓书院", "photographer": "周立群"}),
    ("游客在岳麓书院参观。周立群摄于2019年5月2日.jpg", {"place": "岳麓书院", "date": "2019-05-02"}),
    # B. a given name ending in 之 (`王羲之`) after a common surname is a name; after a place or a title word it is not
    ("晚霞。徐敬之摄于浏阳大围山.jpg", {"title": "晚霞", "photographer": "徐敬之", "place": "浏阳大围山"}),
    ("刘慎之《秋山图》.jpg", {"photographer": "刘慎之"}),
    ("黄河之滨。.jpg", {"photographer": None}),
    ("金秋之韵.jpg", {"photographer": None}),
    # C. 全媒记者 shortens 全媒体记者 (as 融媒记者 does 融媒体记者): a paper's reporter, named after it with no verb
    ("湖面薄雾散去,白鹭翩飞。某某日报全媒记者 周立群.jpg", {"title": "湖面薄雾散去,白鹭翩飞", "photographer": "周立群"}),
    ("湖面薄雾散去,白鹭翩飞。全媒记者 周立群 摄.jpg", {"photographer": "周立群"}),
    # hard negative: the role with nobody named credits nobody
    ("湖面薄雾散去,白鹭翩飞。全媒记者.jpg", {"photographer": None}),
    # D. `…。(某某 人民图片)`: the picture desk's bracket after the full stop, the name, then the outlet
    ("村民在晒场翻晒稻谷。(周立群 人民图片).jpg", {"title": "村民在晒场翻晒稻谷", "photographer": "周立群"}),
    ("村民在晒场翻晒稻谷。（周立群 视觉中国）.jpg", {"photographer": "周立群"}),
    # hard negatives: a word that is no name, and a bracket inside the sentence (who stands where), credit nobody
    ("村民在晒场翻晒稻谷。(晒场 人民图片).jpg", {"photographer": None}),
    ("村民在晒场翻晒稻谷(左一 新华社).jpg", {"photographer": None}),
    # E. 著 is 着 as traditional pages print the particle: `…映襯著村中…` names no place; 著名 before a place stays out
    ("民居錯落,映襯著村頭古樹。.jpg", {"place": None}),
    ("樹影映襯著江岸。.jpg", {"place": None}),
    # hard negatives: the simplified particle, and a known place after 著名
    ("民居错落,映衬着村头古树。.jpg", {"place": None}),
    ("游客在著名的杭州西湖游玩。.jpg", {"place": "杭州西湖"}),
    # F. a place-only caption whose newsroom credit names nobody (`某某村。通讯员 摄`) is a caption still (round 42's
    # `某某大桥。新华社记者 X 摄`): the place is its title too
    ("石门村。通讯员 摄.jpg", {"title": "石门村", "place": "石门村", "photographer": None}),
    ("石門村。 通訊員 攝.jpg", {"title": "石門村", "photographer": None}),
    # hard negatives: a place-only name with no credit has no title; a nameless credit after a sentence keeps it
    ("石门村.jpg", {"title": None, "place": "石门村"}),
    ("晒场上一片繁忙。通讯员 摄.jpg", {"title": "晒场上一片繁忙", "photographer": None}),
    # G. a comma inside 《…》 is the work's own: `《甲,乙》-单位-姓名` is the segment grammar's (the unit is no place);
    # a comma outside the work still makes `…,… -姓名` a titled sentence and its author
    ("《晨光,远山》-某某市第二中学-周立群.jpg", {"title": "晨光,远山", "photographer": "周立群", "place": None}),
    ("《晨光,远山》-周立群.jpg", {"title": "晨光,远山", "photographer": "周立群"}),
    # hard negative: punctuation outside the work keeps the older reading
    ("晨光渐起,远山如黛-周立群.jpg", {"title": "晨光渐起,远山如黛", "photographer": "周立群"}),
    # H. a name and a post after it (`某某-教授`, a staff page's portrait) label a person: no work, no author
    ("周立群-教授.jpg", {"title": "周立群-教授", "photographer": None}),
    ("周立群_院长.jpg", {"photographer": None}),
    # hard negative: a work's title after a name keeps its author
    ("周立群-晨曦.jpg", {"title": "晨曦", "photographer": "周立群"}),
    # I. a village's or a neighbourhood's committee (村委会, 居委会) ends a place as 党校 does: a place-only name is
    # the place whole; the committee alone names no place
    ("浙江省某某县石门镇石门村委会.jpg", {"title": None, "place": "浙江省某某县石门镇石门村委会"}),
    ("村民在石门村村委会门前排队。.jpg", {"place": "石门村村委会"}),
    # hard negatives: the kind alone, and the committee's members
    ("村民在村委会门前排队。.jpg", {"place": None}),
    ("村委会干部走访农户。.jpg", {"place": None}),
]


@pytest.mark.parametrize(("name", "expected"), ROUND60_RULES)
def test_round60_rules(name: str, expected: dict) -> None:
    assert_fields(name, expected)
