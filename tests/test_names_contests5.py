"""Round 43: causes of the contest/artwork rows of held-out set 34 and the device/app rows of set 33, and
contest organisers' published naming rules (作品命名 / 文件名 格式 in 摄影比赛 征稿 启事), each read from
made-up names an entrant would write, with hard negatives. No string of a work list is copied here; every
phone is a placeholder (138 0000 xxxx) and every name and title is made up."""

from __future__ import annotations

import pytest

from gallery.names import parse_name

from .names_support import assert_fields

# Causes found on the work lists (made-up names of the same grammar)
CAUSE_RULES = [
    # A. a 小红书 web download whose downloader adds a six-character random id after the marker
    ("湖边晨跑日记_2_小林同学_来自小红书网页版_q7k2md.jpg", {"title": "湖边晨跑日记", "photographer": None}),
    ("秋天的第一杯奶茶_1_阿木_来自小红书网页版_0ab9xz.png", {"title": "秋天的第一杯奶茶"}),
    ("湖边晨跑日记_2_小林同学_来自小红书网页版_20230101_080910.jpg", {"title": "湖边晨跑日记", "date": "2023-01-01"}),
    ("湖边晨跑日记_2_小林同学_来自小红书网页版_Q7K2MD.jpg", {"title": "湖边晨跑日记_2_小林同学_来自小红书网页版_Q7K2MD"}),
    # B. alone beside a 《work》, a Uyghur, Kazakh or foreign name whose parts a middle dot joins: the author
    ("买买提·艾力《冬牧场》.jpg", {"title": "冬牧场", "photographer": "买买提·艾力"}),
    ("《天山脚下》古丽娜·吐尔逊.jpg", {"title": "天山脚下", "photographer": "古丽娜·吐尔逊"}),
    ("阿依古麗•吐尔洪《雪》.jpg", {"title": "雪", "photographer": "阿依古麗•吐尔洪"}),
    ("新疆·喀纳斯《晨雾》.jpg", {"title": "晨雾", "photographer": None}),  # hard negative: a region and a lake
    ("城市·记忆《夜》.jpg", {"photographer": None}),  # hard negative: a theme, no transliteration
    ("春·韵《山》.jpg", {"photographer": None}),  # hard negative: one-character parts
    # C. a two-character name, a space, then a title written as a phrase (X的Y): the author and the work
    ("王晨 春天的约定.jpg", {"title": "春天的约定", "photographer": "王晨"}),
    ("林枫 老街的黄昏.jpg", {"title": "老街的黄昏", "photographer": "林枫"}),
    ("石林 美丽的风光.jpg", {"photographer": None}),  # hard negative: a place first
    ("王晨 春天.jpg", {"photographer": None}),  # hard negative: a word after a two-character name
    ("张敏 在家的日子.jpg", {"photographer": None}),  # hard negative: the person is doing it
]


# Contest organisers' published naming rules, each with its source (made-up entrants, titles and numbers)
ROUND43_RULES = [
    # 1. “电子档参赛作品文件名为‘年级—专业—姓名—学号—作品名称’” — “不负好时光”校园图片摄影大赛 (2021),
    #    http://icicleequine.com/info/1058/4002.html (a repost of a college's call)
    ("2022级—汉语言文学—周雨桐—2022031508—秋日银杏.jpg", {"title": "秋日银杏", "photographer": "周雨桐", "date": None}),
    ("2021级-计算机科学与技术-陈子豪-2021110203-图书馆的灯.jpg", {"title": "图书馆的灯", "photographer": "陈子豪"}),
    ("2023级_护理_林思琪_2023040117_《白衣》.jpg", {"title": "白衣", "photographer": "林思琪"}),
    ("2021级-新生-军训.jpg", {"photographer": None}),  # hard negative: no name, a grade's caption
    ("2021级-杭州-陈子豪-图书馆.jpg", {"photographer": None}),  # hard negative: a city where the major stands
    # 2. “投稿作品文件命名统一格式为‘庆七一 颂党恩’书画摄影作品网络展 +作品名称+作者姓名+联系电话” (the event's
    #    quoted name and a space before the first +) — 太原市文化馆 征稿启事 (2023),
    #    http://wenhua.tylyhy.cn/zhenggaoqishi/1670659111233433601.html
    ("“迎新春”书画摄影作品网络展 +老街新貌+赵文博+13800005678.jpg",
     {"title": "老街新貌", "photographer": "赵文博", "phone": "13800005678"}),
    ("“迎新春”书画摄影作品网络展 + 汾河晚照 + 钱思源 + 138 0000 4321.jpg",
     {"title": "汾河晚照", "photographer": "钱思源", "phone": "13800004321"}),
    ("“迎新春”摄影展 +老街新貌+晨光+13800005678.jpg", {"photographer": None}),  # hard negative: a word, no name
    ("发展 +老街新貌+13800005678.jpg", {"photographer": None}),  # hard negative: two fields: 发展 is no event
    # 3. “使用‘作者姓名+作品标题+联系电话’作为图像文件名” — 邛崃市文联 “聚焦成都之美”摄影展 投稿说明 (2015),
    #    https://bbs.mala.cn/thread-12606085-1-1.html (read before this round; tested here on its own words)
    ("孙立群+天台山云海+13800002468.jpg", {"title": "天台山云海", "photographer": "孙立群", "phone": "13800002468"}),
    ("孙立群+天台山云海+138 0000 2468.jpg", {"title": "天台山云海", "photographer": "孙立群"}),
    ("天台山+云海+13800002468.jpg", {"photographer": None}),  # hard negative: a mountain, no name
    # 4. “邮件主题为‘敏行春舍摄影大赛投稿 - 姓名 - 作品名称’” (the subject kept as the file name: the call's
    #    name, spaced dashes) — 河南农业职业学院 敏行社区 校园摄影大赛 (2025), http://mxy.haue.edu.cn/info/1010/1145.htm
    ("晨曦校园摄影大赛投稿 - 王思琪 - 樱花树下.jpg", {"title": "樱花树下", "photographer": "王思琪"}),
    ("晨曦校园摄影大赛投稿-郑浩然-图书馆的灯.jpg", {"title": "图书馆的灯", "photographer": "郑浩然"}),
    ("晨曦校园摄影大赛_樱花树下_王思琪.jpg", {"title": "樱花树下", "photographer": "王思琪"}),
    ("晨曦校园摄影大赛投稿 - 樱花 - 树下.jpg", {"photographer": None}),  # hard negative: no name after the call
    ("摄影大赛-颁奖-现场.jpg", {"title": "摄影大赛-颁奖-现场", "photographer": None}),  # hard negative: the event shown
    # 5. “命名方式为：学院+姓名+学号+参赛组别+照片名称+照片寓意(可选)+联系方式(手机)” — 武汉大学 “拾光拾影，定格珞珈”
    #    2020师生摄影大赛 (a repost), http://oougou.net/info/1295/20414.html
    ("计算机学院+刘子涵+2019301234+相机组+樱花大道+13800003579.jpg",
     {"title": "樱花大道", "photographer": "刘子涵", "phone": "13800003579"}),
    ("资源与环境科学学院+何雨欣+2020302345+手机组+老斋舍的雨+138 0000 3579.jpg",
     {"title": "老斋舍的雨", "photographer": "何雨欣"}),
    ("文学院+刘子涵+2019301234+手机组+樱花大道+13800003579.jpg", {"title": "樱花大道", "photographer": "刘子涵"}),
    ("刘子涵+樱花大道+法学院.jpg", {"title": "樱花大道", "photographer": "刘子涵"}),  # 文/法 …: a school, no surname
    ("计算机学院+刘子涵+2019301234+第一组+雪落樱园+13800003579.jpg", {"title": "第一组"}),  # hard negative: no group word
    # 6. “每幅摄影作品的文件名称需包含：部门名称+作品名称+作者姓名” — 兰州大学后勤保障部 第五届职工摄影比赛,
    #    http://hq.lzu.edu.cn/hdapp/bas/col_detail.php?id=34E189D3272F25A61AC420D7803AF79D
    ("饮食服务中心+晨光里的食堂+马建军.jpg", {"title": "晨光里的食堂", "photographer": "马建军"}),
    ("物业管理部+雪后校园+苏晓燕.jpg", {"title": "雪后校园", "photographer": "苏晓燕"}),
    ("饮食服务中心+晨光里的食堂+晨光.jpg", {"photographer": None}),  # hard negative: a word where the name stands
    # 7. “以‘作品名称—信息学部工会小组+姓名’命名照片” — 北京城市学院 校工会 “金秋梦圆”摄影作品展 (2021),
    #    https://www.bcu.edu.cn/xxxb_wpx/info/1188/1699.htm
    ("晨光里的食堂—信息学部工会小组+马建军.jpg", {"title": "晨光里的食堂", "photographer": "马建军"}),
    ("雪后校园—文法学部工会小组+苏晓燕.jpg", {"title": "雪后校园", "photographer": "苏晓燕"}),
    ("雪后校园—文法学部工会小组+晨光.jpg", {"photographer": None}),  # hard negative: no name
    # 8. “学生参赛作品的命名形式为：年级部+班级+姓名+标题” with the example written glued (高一I部1班王某家乡的小河)
    #    — 2024“追光逐影·喜迎国庆”摄影比赛通知, https://www.hazx.cn/xinwenzhongxin/gonggaotongzhi/2024-10-01/7743.html
    ("高一2部3班李思远冬日操场.jpg", {"title": "冬日操场", "photographer": "李思远"}),
    ("高一I部1班王晓丽家乡的小河.jpg", {"title": "家乡的小河", "photographer": "王晓丽"}),
    ("三年级2班陈子豪我的妈妈.jpg", {"title": "我的妈妈", "photographer": "陈子豪"}),
    ("高一3班春游记.jpg", {"photographer": None}),  # hard negative: no name after the class
    ("高一3班张家界之旅.jpg", {"photographer": None}),  # hard negative: a place, no name
    # 9. “参赛作品……单独发帖，模式为：【2016荷赛】+作品名称” (a post's title saved as the file name) — 承德摄影家网
    #    “2016荷花摄影大赛”的公告, http://www.99sy.co/content-23-157-1.html
    ("【2019荷赛】+映日荷花.jpg", {"title": "映日荷花", "photographer": None, "date": None}),
    ("【2019荷赛】映日荷花.jpg", {"title": "映日荷花", "date": None}),
    ("【2019荷赛】+映日荷花+周建平.jpg", {"title": "映日荷花", "photographer": "周建平"}),
    ("【2019菊赛】+晨光.jpg", {"title": "晨光", "photographer": None}),  # hard negative: a word, not a name
    # 10. “作品以‘作品名+姓名+班级+联系方式’格式命名” — “探寻北疆文化，厚植文化自信”摄影大赛 (2024),
    #     https://xynjyz.com/art/gzdt/e8f21f78abea401b83e3776f64a1b7c5.html
    ("草原晨曦+王雅琪+美术2201班+13800006789.jpg",
     {"title": "草原晨曦", "photographer": "王雅琪", "phone": "13800006789"}),
    ("敕勒川的风+赵一鸣+22级视觉传达1班+138 0000 6789.jpg", {"title": "敕勒川的风", "photographer": "赵一鸣"}),
    ("草原晨曦+晨光+美术2201班+13800006789.jpg", {"photographer": None}),  # hard negative: a word, not a name
]


@pytest.mark.parametrize(("name", "expected"), ROUND43_RULES)
def test_round43_published_rules(name: str, expected: dict) -> None:
    assert_fields(name, expected)


@pytest.mark.parametrize(("name", "expected"), CAUSE_RULES)
def test_round43_causes(name: str, expected: dict) -> None:
    assert_fields(name, expected)


def test_xiaohongshu_random_id_keeps_the_account() -> None:
    assert parse_name("湖边晨跑日记_2_小林同学_来自小红书网页版_q7k2md.jpg").accounts == ["小林同学"]


# The same rules written in traditional characters (the parser matches on a simplified copy, answers in the original)
ROUND43_TRADITIONAL = [
    ("晨曦校園攝影大賽投稿 - 王思琪 - 櫻花樹下.jpg", {"title": "櫻花樹下", "photographer": "王思琪"}),
    ("2022級—漢語言文學—周雨桐—2022031508—秋日銀杏.jpg", {"title": "秋日銀杏", "photographer": "周雨桐"}),
    ("高一2部3班李思遠冬日操場.jpg", {"title": "冬日操場", "photographer": "李思遠"}),
    ("晨光裡的食堂—信息學部工會小組+馬建軍.jpg", {"title": "晨光裡的食堂", "photographer": "馬建軍"}),
    ("文學院+劉子涵+2019301234+手機組+櫻花大道+13800003579.jpg", {"title": "櫻花大道", "photographer": "劉子涵"}),
    ("王晨 春天的約定.jpg", {"title": "春天的約定", "photographer": "王晨"}),
    ("買買提·艾力《冬牧場》.jpg", {"title": "冬牧場", "photographer": "買買提·艾力"}),
]


@pytest.mark.parametrize(("name", "expected"), ROUND43_TRADITIONAL)
def test_round43_traditional(name: str, expected: dict) -> None:
    assert_fields(name, expected)
