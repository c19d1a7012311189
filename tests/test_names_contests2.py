"""Round 31: artwork and contest-entry labels whose segments are classified by what they are (a
teacher's note, a class code, a medium or a calligraphy script, the author's unit in a bracket, a
person-name shape, labelled fields after the title, a contest's fixed prefix), in any order and with
any separator, tested on made-up names with hard negatives (the work lists were the contest, artwork,
titled and place rows of held-out sets 30, 29 and 27; no string of theirs is copied here)."""

from __future__ import annotations

import pytest

from .names_support import assert_fields

ROUND31_RULES = [
    # A. the work, the pupil, a class code in a bracket and the supervising teacher (never the author)
    ("《江畔晚归》 孙雨桐(5.12) 指导教师：王丽.jpg", {"title": "江畔晚归", "photographer": "孙雨桐", "date": None}),
    ("《江畔晚归》孙雨桐(8.03)指导老师:王丽.jpg", {"title": "江畔晚归", "photographer": "孙雨桐", "date": None}),
    ("《江畔晚归》_孙雨桐(3班)_指导老师 王丽.jpg", {"title": "江畔晚归", "photographer": "孙雨桐"}),
    ("《江畔晚歸》 孫雨桐(6.21) 指導老師：王麗.jpg", {"title": "江畔晚歸", "photographer": "孫雨桐", "date": None}),
    ("《江畔晚归》 指导教师：王丽.jpg", {"photographer": None}),  # hard negative: only the teacher is named
    ("《江畔晚归》 秋色(5.12) 指导教师：王丽.jpg", {"photographer": None}),  # hard negative: a title word, no name
    # B. the author glued before a medium (+ 作品), the work in 《》
    ("陈思雨水彩作品《渔港》.jpg", {"title": "渔港", "photographer": "陈思雨"}),
    ("郑可馨素描《老屋》.jpg", {"title": "老屋", "photographer": "郑可馨"}),
    ("欧阳明轩国画作品《荷塘》.jpg", {"title": "荷塘", "photographer": "欧阳明轩"}),
    ("少儿水彩作品《渔港》.jpg", {"photographer": None}),  # hard negative: a group, no name
    ("学校水粉作品《渔港》.jpg", {"photographer": None}),  # hard negative: a noun, no name
    # C. a medium or script segment, the work, the author and his unit in a bracket
    ("■行书 赤壁怀古 黄建国(机务段).jpg", {"title": "赤壁怀古", "photographer": "黄建国"}),
    ("隶书-将进酒-邹国平(工会).jpg", {"title": "将进酒", "photographer": "邹国平"}),
    ("油画 秋山 马文斌.jpg", {"title": "秋山", "photographer": "马文斌"}),
    ("国画 江山 何明远(信息中心).jpg", {"title": "江山", "photographer": "何明远"}),
    ("水彩 远航 练小川(设计院).jpg", {"title": "远航", "photographer": "练小川"}),
    ("水彩 远航 战小川(设计院).jpg", {"title": "远航", "photographer": "战小川"}),  # a rarer surname, vouched by the unit
    ("晚霞 码头(长江).jpg", {"photographer": None}),  # hard negative: no name shape, a river in the bracket
    ("国画 秋色 晨光.jpg", {"photographer": None}),  # hard negative: title words only
    ("水彩 远航 码头(设计院).jpg", {"photographer": None}),  # hard negative: a noun before the unit
    ("水彩 远航 战川(设计院).jpg", {"photographer": None}),  # hard negative: two characters, an unknown surname
    # D. the author and his unit, the work, the medium in a bracket after it; a padded two-character name
    ("马 林(调度中心)《守望》(剪纸).jpg", {"title": "守望", "photographer": "马林"}),
    ("胡玉兰(配电站)《春归》(刺绣).jpg", {"title": "春归", "photographer": "胡玉兰"}),
    ("胡玉兰(配电站)《春归》(80×60cm).jpg", {"title": "春归", "photographer": "胡玉兰"}),
    ("胡玉兰(5.12)《春归》.jpg", {"title": "春归", "photographer": "胡玉兰", "date": None}),
    ("春归(配电站)《守望》(刺绣).jpg", {"photographer": None}),  # hard negative: no name before the unit
    ("《春归》(刺绣)《守望》.jpg", {"photographer": None}),  # hard negative: two works
    # E. the title, then the author's key and the work's details as labelled fields
    ("雨后山村 作者：郑小川；规格：60×90cm；品类：油画.jpg", {"title": "雨后山村", "photographer": "郑小川"}),
    ("雨后山村 作者:郑小川, 尺寸:60x90cm, 材质:布面油画.jpg", {"title": "雨后山村", "photographer": "郑小川"}),
    ("春来，燕归 作者：郑小川；品类：中国画.jpg", {"title": "春来，燕归", "photographer": "郑小川"}),
    ("雨后山村 作者：晨光；规格：60×90cm.jpg", {"photographer": None}),  # hard negative: a title word, no name
    ("雨后山村 作者：郑小川；地点：黄山.jpg", {"photographer": "郑小川", "place": "黄山"}),  # a place key: the form
    # F. a call's fixed prefix (an event's name, quoted or not) before the `+` fields it asks for
    ("“美丽乡村 幸福家园”摄影作品展+稻香+陈立+13800001111.jpg", {"title": "稻香", "photographer": "陈立", "phone": "13800001111"}),
    ("职工书画作品网络展+稻香+陈立+13800001111.jpg", {"title": "稻香", "photographer": "陈立"}),
    ("「秋韵」摄影征集＋稻香＋陈立＋13800001111.jpg", {"title": "稻香", "photographer": "陈立"}),
    ("乡村振兴成果展+陈立+13800001111.jpg", {"title": "乡村振兴成果展", "photographer": "陈立"}),  # hard negative: the title
    # G. 题+姓名+电话 where the name's surname is a rarer one (no known surname on either side)
    ("晨雾+隋晓娟+13800002222.jpg", {"title": "晨雾", "photographer": "隋晓娟", "phone": "13800002222"}),
    ("迟丽_晨雾_13800002222.jpg", {"title": "晨雾", "photographer": "迟丽"}),
    ("战歌+晨雾+13800002222.jpg", {"photographer": None}),  # hard negative: a word, no given name's shape
    ("战国+晨雾+13800002222.jpg", {"photographer": None}),  # hard negative: an era, no name
    ("迟丽+修涛+13800002222.jpg", {"photographer": None}),  # hard negative: two name shapes, nobody is sure
    # H. a file photo said with 档案 (Taiwan, Hong Kong): the picture's source, no part of the title
    ("林阿明。(档案照片).jpg", {"title": "林阿明", "photographer": None}),
    ("林阿明(檔案照片).jpg", {"title": "林阿明"}),
    ("档案馆开放日(档案图) 张三 摄.jpg", {"title": "档案馆开放日", "photographer": "张三"}),
    ("档案馆开放日.jpg", {"title": "档案馆开放日"}),  # hard negative: 档案 in the title stays
    # I. 姓名+手机号+作品名称 (or the reverse), the phone between the words, a name a strict reading refuses
    ("孟庆来+13800003333+山村晚照.jpg", {"title": "山村晚照", "photographer": "孟庆来", "phone": "13800003333"}),
    ("山村晚照_13800003333_孟庆来.jpg", {"title": "山村晚照", "photographer": "孟庆来"}),
    ("晚照 13800003333 隋晓娟.jpg", {"title": "晚照", "photographer": "隋晓娟"}),
    ("秋收+13800003333+晨光.jpg", {"photographer": None}),  # hard negative: title words, no name
    ("孟庆来+13800003333+丁庆来.jpg", {"photographer": None}),  # hard negative: two name shapes
    # J. a press-photo award's list: the work, the entrant's outlet, the entrant (the outlet and the name
    # joined by the same separator, so a title that holds a dash keeps it)
    ("春耕-民生晚报-周启明.jpg", {"title": "春耕", "photographer": "周启明"}),
    ("春耕 大公报 周启明.jpg", {"title": "春耕", "photographer": "周启明"}),
    ("春耕-岭南农事_星期周刊_周启明.jpg", {"title": "春耕-岭南农事", "photographer": "周启明"}),
    ("春耕-喜报-周启明.jpg", {"title": "春耕-喜报"}),  # hard negative: a word, no outlet
    ("春耕-南方日报-北京.jpg", {"photographer": None}),  # hard negative: a place, no name
    # K. 作品名-姓名 with a three-character name led by a rarer surname (the given name a given name's shape)
    ("春之歌-修明华.jpg", {"title": "春之歌", "photographer": "修明华"}),
    ("春之歌 恽世杰.jpg", {"title": "春之歌", "photographer": "恽世杰"}),
    ("春之歌_战斗机.jpg", {"photographer": None}),  # hard negative: a noun, no given name
    ("蓝天-化妆品.jpg", {"photographer": None}),  # hard negative: a noun
    ("王芳-恽世杰.jpg", {"photographer": "王芳"}),  # a known surname first: read as before
    # L. a listing with the painter glued before the work: the work is the title; a year before photography
    # dates the painting (no date, no credit), a transliterated painter is named in a warning only
    ("伦勃朗·范·莱因《夜巡》，布面油画，363×437cm，1642年.jpg", {"title": "夜巡", "photographer": None, "date": None}),
    ("文徵明《江南春》，纸本设色，1547年.jpg", {"title": "江南春", "photographer": None, "date": None}),
    ("沈华《湖光》，布面油画，80×60cm，2019年.jpg", {"title": "湖光", "photographer": "沈华", "date": "2019"}),
    ("沈华《湖光》，北京，2019年.jpg", {"photographer": None}),  # hard negative: a place among the segments
    # N. an image extension typed, without its dot, straight after the words
    ("鼓浪屿jpg.jpg", {"title": None, "place": "鼓浪屿"}),
    ("秋天的童话png.png", {"title": "秋天的童话"}),
    ("DSCjpg.jpg", {"title": "DSCjpg"}),  # hard negative: no Chinese before it, left as it is
    # O. a portrait's label before a person's name: the one pictured is the title, nobody is credited
    ("headshot_梁启超.jpg", {"title": "梁启超", "photographer": None}),
    ("Portrait-林徽因.jpg", {"title": "林徽因", "photographer": None}),
    ("肖像 张大千.jpg", {"title": "张大千", "photographer": None}),
    ("headshots_晨光.jpg", {"photographer": None}),  # hard negative: no name
    ("晚霞_林徽因.jpg", {"photographer": "林徽因"}),  # a title, no portrait label: the author, as before
    # M. a place's name and, after a space, the kind of place it is: one place, no title
    ("加达 梯田.jpg", {"title": None, "place": "加达梯田"}),
    ("西递 古村.jpg", {"title": None, "place": "西递古村"}),
    ("美丽 梯田.jpg", {"place": None}),  # hard negative: praise, no place's name
    ("张伟 梯田.jpg", {"place": None}),  # hard negative: a person's name may head the work
    ("秋日 草原.jpg", {"place": None}),  # hard negative: a season
]


@pytest.mark.parametrize(("name", "expected"), ROUND31_RULES)
def test_round31_label_layouts(name: str, expected: dict) -> None:
    assert_fields(name, expected)
