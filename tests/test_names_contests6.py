"""Round 46: causes of the contest/artwork rows of held-out set 36 (exhibition labels and result sentences from
the north-west and north-east), and published exhibition lists and result reports that print a work's name as
`作者 《题》 尺寸 材质 年份`, `某某的农民画《题》`, `某县某某的《题》` and more, each read from made-up names with hard
negatives. No string of a work list is copied here; every phone is a placeholder (138 0000 xxxx) and every name
and title is made up."""

from __future__ import annotations

import pytest

from gallery.names import parse_name

from .names_support import assert_fields

# Causes found on the work list (made-up names of the same grammar)
CAUSE_RULES = [
    # A. an invitational show's label: the author, the work, the year and month, 拍摄于 and where
    ("马国庆 《晨牧》 2019年6月拍摄于玛曲县阿万仓镇.jpg",
     {"title": "晨牧", "photographer": "马国庆", "place": "玛曲县阿万仓镇", "date": "2019-06"}),
    ("马国庆 《晨牧》2019年6月拍摄于玛曲县.jpg", {"title": "晨牧", "photographer": "马国庆", "date": "2019-06"}),
    ("马国庆 《晨牧》 2019年6月拍摄于张三家.jpg", {"title": "晨牧", "place": None}),  # hard negative: no place
    # B. a painting's label, its notes parted by spaces: the size, the medium, the year (a Mongolian name too)
    ("乌力吉 《草原》 90×120cm 布面油画 2010年.jpg", {"title": "草原", "photographer": "乌力吉", "date": "2010"}),
    ("春天里 《暖风》 油画.jpg", {"title": "暖风", "photographer": None}),  # hard negative: a phrase, no name
    # C. a result sentence: the author, 的, the kind of painting, the work
    ("刘小梅的剪纸《喜鹊》.jpg", {"title": "喜鹊", "photographer": "刘小梅"}),
    ("城市的版画《春》.jpg", {"title": "春", "photographer": None}),  # hard negative: a word before 的
    # D. a printmaking kind in the bracket after the title
    ("雪山牧歌(石版画) 张立新.jpg", {"title": "雪山牧歌", "photographer": "张立新"}),
    ("铜版画工作室.jpg", {"title": "铜版画工作室", "photographer": None}),  # hard negative: a medium inside a word
    # E. the title, the name and 摄 glued: a character that is no surname ends the title
    ("雪乡晨雾邢立军摄.jpg", {"title": "雪乡晨雾", "photographer": "邢立军"}),
    ("“雾凇”岛雷明摄.jpg", {"title": "“雾凇”岛", "photographer": "雷明", "place": None}),
    ("林海雪原。岛雷明摄.jpg", {"title": "林海雪原", "photographer": "岛雷明"}),  # hard negative: after a full stop
    # F. 名称、所属单位、作者姓名、联系电话 (RULES.md): the list comma between the fields, the phone last
    ("春耕、长城集团、王建华、13800001111.jpg", {"title": "春耕", "photographer": "王建华", "phone": "13800001111"}),
    ("张三、李四、王五、13800006612.jpg", {"photographer": None}),  # hard negative: co-authors, no title
    # G. 姓名+手机号+作品名称 (RULES.md) with nothing between the fields
    ("王小明13812345678春日 暖阳.jpg", {"title": "春日 暖阳", "photographer": "王小明", "phone": "13812345678"}),
    ("西湖13812345678春日暖阳.jpg", {"photographer": None}),  # hard negative: a place before the phone
]


# Published lists and result reports, each with its source (made-up artists, titles and numbers)
ROUND46_RULES = [
    # 1. an artist's catalogue prints each work as `《题》146cm×114cm亚麻布油画1994年` (notes glued to the work) —
    #    an essay on 林永康's oil paintings, http://m.handmsg.com/page/2017/0903/18469824.shtml
    ("周明远《晨牧》120cm×90cm亚麻布油画2008年.jpg", {"title": "晨牧", "photographer": "周明远", "date": "2008"}),
    ("周明远 《晨牧》 120×90cm 亚麻布油画 2008年.jpg", {"title": "晨牧", "photographer": "周明远", "date": "2008"}),
    ("春天里 《晨牧》 120cm×90cm 亚麻布油画.jpg", {"photographer": None}),  # hard negative: a phrase, no name
    # 2. a museum's note gives the year first, the size with a unit after each number and the support
    #    (`1934年 183.7cm×86.5cm 布面油彩`) — 中国现当代美术文献研究中心 on 王悦之, 99艺术网 2013,
    #    http://news.99ys.com/20130309/article--130309--120863_1.shtml
    ("韩立新《山居图》 1936年 160.5cm×90.5cm 布面油彩.jpg", {"title": "山居图", "photographer": "韩立新", "date": "1936"}),
    ("韩立新《山居图》 1620年 布面油彩.jpg", {"title": "山居图", "photographer": None}),  # hard negative: before 1839
    ("韩立新《山居图》 布面油彩 西湖.jpg", {"title": "山居图", "date": None}),  # hard negative: a place is no note
    # 3. a contest's result: `X创作的农民画作品《题》` — 新疆首届农民画大赛 results, China Daily 2014-11-20,
    #    http://cnews.chinadaily.com.cn/2014-11/20/content_18950258.htm
    ("陈晓峰创作的农民画作品《丰收》.jpg", {"title": "丰收", "photographer": "陈晓峰"}),
    ("村里创作的农民画作品《丰收》.jpg", {"title": "丰收", "photographer": None}),  # hard negative: no name
    # 4. a report names the painter, 的 and the kind of painting before the work (`X的国画《…》`, `X的油画《…》`) —
    #    光明日报 2005-09-02, http://www.gmw.cn/01gmrb/2005-09/02/content_299167.htm
    ("李文华的国画《江南春》.jpg", {"title": "江南春", "photographer": "李文华"}),
    ("王建国的油画《麦浪》.jpg", {"title": "麦浪", "photographer": "王建国"}),
    ("美丽的油画《春》.jpg", {"title": "春", "photographer": None}),  # hard negative: a word, no name
    # 5. a result report: the county, the painter, 的, the work (`某县X的《…》`) — 2012 南京第二届全国农民画精品展,
    #    a 剑河县 report, http://www.zhxpm.cn/html/2012/jinqu_1022/66662.shtml
    ("黎平县吴小梅的《鼓楼》.jpg", {"title": "鼓楼", "photographer": "吴小梅", "place": None}),
    ("大方县杨小慧的《杜鹃》.jpg", {"title": "杜鹃", "photographer": "杨小慧"}),
    ("黎平县城的《鼓楼》.jpg", {"title": "鼓楼", "photographer": None}),  # hard negative: a town, no name
    # 6. a school's call: `作品名称+家乡地名+姓名+学院/单位/班级+手机号` (2021, “党领导下的家乡巨变”),
    #    http://sniperdetection.com/info/1091/19764.htm (already read: the home town is the place)
    ("老街新貌+绍兴+陈思远+经济学院+13800002345.jpg",
     {"title": "老街新貌", "photographer": "陈思远", "place": "绍兴", "phone": "13800002345"}),
    ("老街新貌+绍兴+晨光+经济学院+13800002345.jpg", {"photographer": None}),  # hard negative: a word, no name
    # 7. a result report: `《题》(X著)` — 百业兴旺·中国农民画大展, 青海新闻网 2024-01,
    #    http://253pk.com/newscenter/system/2024/01/10/030146379.shtml (already read)
    ("《高原春早》(马文山著).jpg", {"title": "高原春早", "photographer": "马文山"}),
    ("《高原春早》(西宁作).jpg", {"title": "高原春早", "photographer": None}),  # hard negative: made at a place
]


@pytest.mark.parametrize(("name", "expected"), CAUSE_RULES)
def test_round46_causes(name: str, expected: dict) -> None:
    assert_fields(name, expected)


@pytest.mark.parametrize(("name", "expected"), ROUND46_RULES)
def test_round46_published_rules(name: str, expected: dict) -> None:
    assert_fields(name, expected)


def test_painting_label_keeps_the_painting_warning() -> None:
    assert "exhibition label: a painted or drawn work" in parse_name("周明远 《晨牧》 120×90cm 亚麻布油画 2008年.jpg").warnings


# The same rules written in traditional characters (the parser matches on a simplified copy, answers in the original)
ROUND46_TRADITIONAL = [
    ("馬國慶 《晨牧》 2019年6月拍攝於瑪曲縣阿萬倉鎮.jpg", {"title": "晨牧", "photographer": "馬國慶", "date": "2019-06"}),
    ("周明遠 《晨牧》 120×90cm 亞麻布油畫 2008年.jpg", {"title": "晨牧", "photographer": "周明遠", "date": "2008"}),
    ("張小梅的剪紙《喜鵲》.jpg", {"title": "喜鵲", "photographer": "張小梅"}),
    ("王小明13812345678春日 暖陽.jpg", {"title": "春日 暖陽", "photographer": "王小明"}),
]


@pytest.mark.parametrize(("name", "expected"), ROUND46_TRADITIONAL)
def test_round46_traditional(name: str, expected: dict) -> None:
    assert_fields(name, expected)
