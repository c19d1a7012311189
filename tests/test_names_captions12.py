"""Round 59: held-out set 47's misses (captions, an exhibition's labels, a cut screenshot name, a class's entry), each
cause a family's general grammar, tested on made-up names with hard negatives (no string from the work list)."""

from __future__ import annotations

import pytest

from .names_support import assert_fields

ROUND59_RULES = [
    # A. an outlet's gallery of pictures (`图集`, `组图`) inside a bracketed credit is nobody: the reporter after it is
    ("江面上有渡轮经过。某某网（转某某网图集，新华社记者 周立群 摄）.jpg", {"photographer": "周立群"}),
    ("江面上有渡轮经过。（某某网组图，记者 周立群 摄）.jpg", {"photographer": "周立群"}),
    # hard negative: a person after the outlet stays a person
    ("江面上有渡轮经过。（新华社记者 周立群 摄）.jpg", {"photographer": "周立群"}),
    # B. a file photo's note closing the caption (`。资料图`, `。某视觉 资料图`) is no title; a caption that opens with
    # `资料图：` keeps it in the title, and the date after it still opens the sentence
    ("渔民在码头卸货。人民视觉 资料图.jpg", {"title": "渔民在码头卸货"}),
    ("渔民在码头卸货。资料图片.jpg", {"title": "渔民在码头卸货"}),
    ("资料图：渔民在码头卸货。记者 周立群 摄.jpg", {"title": "资料图：渔民在码头卸货", "photographer": "周立群"}),
    ("资料图：2016年3月2日，渔民在码头卸货。记者 周立群 摄.jpg", {"date": "2016-03-02"}),
    # hard negative: 资料 inside a word of the sentence stays
    ("学生在图书馆查阅历史资料图书.jpg", {"title": "学生在图书馆查阅历史资料图书"}),
    # C. one whole day in brackets inside a caption (spaces allowed) is the day it shows; two days give none
    ("老人在林地里植树（2020 年 5 月 30 日）。记者 周立群 摄.jpg", {"date": "2020-05-30", "photographer": "周立群"}),
    ("老人在林地里植树（2020年5月30日）。.jpg", {"date": "2020-05-30"}),
    ("左图为林地（2020年5月30日）；右图为林地（2021年5月30日）。周立群 摄.jpg", {"date": None}),
    ("会议于（2020年2月30日）召开.jpg", {"date": None}),
    # D. `（新华社发 YYYY年M月D日摄）`: the agency sent it, shot that day, nobody named: no title, the day, the agency
    ("老人在收捡垃圾。（新华社发 2017年5月23日摄）.jpg",
     {"title": "老人在收捡垃圾", "date": "2017-05-23", "photographer": None}),
    # hard negatives: the agency alone, and a person credited inside the bracket
    ("老人在收捡垃圾。（新华社发）.jpg", {"title": "老人在收捡垃圾", "date": None}),
    ("老人在收捡垃圾。（新华社发 周立群摄）.jpg", {"title": "老人在收捡垃圾", "photographer": "周立群"}),
    # E. a party school and a conference or exhibition centre after 在 are where
    ("研讨班在市委党校开班。记者 周立群 摄.jpg", {"place": "市委党校"}),
    ("代表们在市会展中心参观。记者 周立群 摄.jpg", {"place": "市会展中心"}),
    ("领导人在某某国际会议中心出席活动。记者 周立群 摄.jpg", {"place": "某某国际会议中心"}),
    # hard negative: a party school's students opening the caption name no place
    ("党校学员在课堂上学习。.jpg", {"place": None}),
    # F. an exhibition's label `作品 作者(籍贯) 年份 尺寸`: the work is the title, the painter is no photographer
    ("晒场 周立群(陕西户县) 1974年 80cm×60cm.jpg", {"title": "晒场", "photographer": None}),
    ("晒场 周立群 1974年 80cm×60cm.jpg", {"title": "晒场", "photographer": None}),
    # hard negatives: two words that are no name stay the title
    ("秋收 丰收 1973年 83cm×61cm.jpg", {"title": "秋收 丰收"}),
    ("北京 天安门 1973年 83cm×61cm.jpg", {"title": "北京 天安门"}),
    # G. a 12-hour clock cut short after a screenshot's day is no title
    ("截屏2021-01-05 下午3.png", {"title": None, "date": "2021-01-05"}),
    ("截屏2021-01-05 上午10.2.png", {"title": None, "date": "2021-01-05"}),
    # hard negatives: the whole clock is the time; words after the day stay the title
    ("截屏2021-01-05 下午3.12.44.png", {"time": "15:12:44"}),
    ("截屏2021-01-05 下午茶.png", {"title": "下午茶"}),
    # H. after a place, a division named by an everyday word (合作, 和平) that runs on into the next word is that word
    ("茶企与仁怀市合作建设种植基地,农民喜获丰收。记者 周立群 摄.jpg", {"place": "仁怀市"}),
    ("上海合作组织峰会现场。记者 周立群 摄.jpg", {"place": None}),
    # hard negatives: with a suffix after it, or an admin suffix, it is a place
    ("游客在沈阳和平广场游玩。.jpg", {"place": "沈阳和平广场"}),
    ("游客在沈阳和平区游玩。.jpg", {"place": "沈阳和平区"}),
    # I. a class named by its course (`英语教育班`, `24小学英语教育班`) glued before the entrant's name and 《work》
    ("24小学英语教育班周立群《逆光》.jpg", {"title": "逆光", "photographer": "周立群"}),
    ("暑期美术培训班周立群《逆光》.jpg", {"title": "逆光", "photographer": "周立群"}),
    # hard negatives: a shift (夜班, 值班) is no class; a two-character class word is too short to tell
    ("医院夜班周立群《逆光》.jpg", {"title": "逆光", "photographer": None}),
]


@pytest.mark.parametrize(("name", "expected"), ROUND59_RULES)
def test_round59_rules(name: str, expected: dict) -> None:
    assert_fields(name, expected)
