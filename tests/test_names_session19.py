"""Session 19: made-up names with hard negatives (no string from a work list)."""

from __future__ import annotations

import pytest

from gallery.names import parse_name

from .names_support import assert_fields

SESSION19_RULES = [
    # A. an office's short day (YYMMDD) glued or spaced before the words: the day, no digits in the title
    ("240918座谈会.jpg", {"title": "座谈会", "date": "2024-09-18"}),
    ("230305 植树活动.jpg", {"title": "植树活动", "date": "2023-03-05"}),
    # hard negatives: a year and a month is read as such; a month 13 or a day 32 is none; a separator may part a clock
    ("201205西藏.jpg", {"date": "2012-05"}),
    ("241332座谈会.jpg", {"date": None}),
    ("101530_看图王.jpg", {"date": None}),
    ("990305植树活动.jpg", {"date": None}),  # a year after 2035 or before 2010 from two digits: none read
    ("210604班军训.jpg", {"date": None}),  # (the review's) a class's, a room's or a model's code; a postcode
    ("120305室会议.jpg", {"date": None}),
    ("220702班主任培训.jpg", {"date": "2022-07-02"}),  # (the second review's) a word that opens with 班 or 号
    # B (taken back after the review): a three-digit number before the words stays in the title
    ("318国道川藏线风光.jpg", {"title": "318国道川藏线风光"}),
    ("301医院专家义诊.jpg", {"title": "301医院专家义诊"}),
    # C. a verb of cleaning or of setting out ends a place phrase: no place named 某某清扫街道 or 某某前往某地
    ("志愿者清扫街道.jpg", {"title": "志愿者清扫街道", "place": None}),
    ("环卫工人打扫小区.jpg", {"title": "环卫工人打扫小区", "place": None}),
    ("医疗队奔赴灾区.jpg", {"title": "医疗队奔赴灾区", "place": None}),
    ("民警赶往宏村.jpg", {"title": "民警赶往宏村", "place": None}),  # the picture may be of the leaving
    ("彭埠街道.jpg", {"title": None, "place": "彭埠街道"}),  # hard negative: a subdistrict's name alone
    # D. the crowd going to a named place is pictured there
    ("国庆假期,前往乌镇景区的游客络绎不绝.jpg", {"place": "乌镇景区"}),
    ("国庆假期,前往灾区的车辆络绎不绝.jpg", {"place": None}),  # hard negatives: a kind of place; a meeting's trip
    ("代表团前往北京参加会议.jpg", {"place": None}),
    ("春运期间前往广州务工的旅客.jpg", {"place": None}),  # (the second review's) a purpose of work: on the way
    # E. letters glued before a full stamp: an app's or a site's prefix, the stamp read, no title
    ("rps20190208_092114_653.jpg", {"title": None, "date": "2019-02-08", "time": "09:21:14"}),
    ("Photo_0001_BURST20210727182200.jpg", {"title": None, "date": "2021-07-27", "time": "18:22:00"}),
    ("Q20220704_061600.jpg", {"title": None, "date": "2022-07-04", "time": "06:16:00"}),
    # hard negatives (round 14): one letter or a hex run glued to fourteen digits is an id's part
    ("x20230512102233.jpg", {"date": None}),
    ("abcdef20230512102233.jpg", {"date": None}),
    # F. Android's MediaStore trash and pending prefixes; a Windows copy marker in other languages
    ("trashed-1737544170-IMG_20231219_160158.jpg", {"title": None, "date": "2023-12-19", "time": "16:01:58"}),
    (".pending-1737544170-微信图片_20231219160158.jpg", {"title": None, "date": "2023-12-19", "time": "16:01:58"}),
    ("trashed-bin.jpg", {"title": "trashed-bin"}),  # hard negative: no epoch, a word
    ("秋色 - copia.jpg", {"title": "秋色"}),
    ("秋色 - Kopie (2).jpg", {"title": "秋色"}),
    # G. a page's character references decoded; a bare ampersand stays
    ("大熊猫&ldquo;团团&rdquo;在玩耍.jpg", {"title": "大熊猫“团团”在玩耍"}),
    ("A&B公司;年会.jpg", {"title": "A&B公司;年会"}),
    ("出口&#47;入口.jpg", {"title": "出口／入口"}),  # (the review's) an escaped slash is no folder's
    # H. a counter after a closing day; a season's year is no date
    ("太行山大峡谷20190628-3.jpg", {"date": "2019-06-28"}),
    ("庞海峡.jpg", {"place": None}),  # (the review's) a ridge's or a gorge's name alone is not read: people bear them
    ("2019 赛季开幕式.jpg", {"date": None}),
    ("2019 开幕式.jpg", {"date": "2019"}),
    ("2019 版画展.jpg", {"date": "2019"}),  # (the review's) a word that only opens with 版 or 款
    # I. a scene jieba tags as a person's name is no entrant
    ("晨光-沙滩.jpg", {"photographer": None}),
    ("晨光-高峰.jpg", {"photographer": "高峰"}),  # hard negative: a name people bear
    # J. a year set apart by a dash before the words is when (a number of another range is an entry's)
    ("2024-全省中学生航模竞赛-市级-二等奖.jpg", {"date": "2024"}),
    ("2021-校运会-开幕式.jpg", {"date": "2021", "title": "校运会-开幕式"}),
    ("0021-晨曦-张明.jpg", {"date": None, "title": "晨曦", "photographer": "张明"}),
    ("2015-晨曦-张明.jpg", {"date": None, "title": "晨曦", "photographer": "张明"}),  # (the second review's) an entry's
    ("2021-年会.jpg", {"date": None, "title": "年会", "photographer": None}),  # number; a word opening with 年; a year
    ("2099-运动会.jpg", {"date": None}),  # to come
    # K. a credit line alone, an outlet no list names before the role: no title
    ("某某融媒视觉中心记者 张明 摄.jpg", {"title": None, "photographer": "张明"}),
    ("晨光 张明 摄.jpg", {"title": "晨光", "photographer": "张明"}),  # hard negative: a title before the name
    # L. a photo report's credit after a slash; a pen name after a credit's key, then its agency
    ("工人们在车间里检修设备。王强 李娜/摄影报道.jpg", {"title": "工人们在车间里检修设备", "photographer": "王强、李娜"}),
    ("渔民在水中劳作。图片作者:老渔夫/CFP.jpg", {"title": "渔民在水中劳作", "photographer": "老渔夫"}),
    ("老照片/郑州/CFP.jpg", {"photographer": None}),  # hard negative: folders, no key
    ("金秋稻田。摄影记者/摄.jpg", {"title": "金秋稻田", "photographer": None}),  # a role and its verb, no name
    ("摄影 风光/CFP.jpg", {"photographer": None}),  # (the second review's) a key with no colon; no one named
    ("老照片。作者:佚名/CFP.jpg", {"photographer": None}),
    # M. a named lake's, peak's or temple's view: the sight is where
    ("南钱湖日出.jpg", {"place": "南钱湖"}),
    ("看完的北佘山远景.jpg", {"place": "北佘山"}),
    ("白马寺冬景 张明 摄.jpg", {"place": "白马寺", "photographer": "张明"}),
    ("王西湖合影.jpg", {"place": None}),  # hard negatives: a person's name; a generic lake
    ("高山湖日出.jpg", {"place": None}),
    ("航拍泰山全景 张明摄.jpg", {"place": "泰山"}),  # a view's verb before the sight is no part of it
    # N. a cave's or a valley's own name after 在 or opening a clause; a greenway
    ("游客们在九仙洞打卡拍照.jpg", {"place": "九仙洞"}),
    ("5月1日,云雾谷,游客们在拍照.jpg", {"place": "云雾谷"}),
    ("市民在东湖绿道散步.jpg", {"place": "东湖绿道"}),
    ("市民在防空洞内纳凉.jpg", {"place": None}),  # hard negatives: a kind of cave or valley; 洞 inside a name's word
    ("游人在山谷里散步.jpg", {"place": None}),
    ("在湖南西洞庭湖湿地拍摄的候鸟.jpg", {"place": "湖南西洞庭湖湿地"}),
    ("酒泉卫星发射中心成功发射谷神星一号.jpg", {"place": "酒泉卫星发射中心"}),
    # the third review's: a verb and 洞/谷 after a locative, kinds of cave; kinds of tower, lake, island and people's
    # names before a view; counts before a short day's digits; a credit naming no one
    ("工人在墙上打洞.jpg", {"place": None}),
    ("市民在猫耳洞内纳凉.jpg", {"place": None}),
    ("电视塔冬景.jpg", {"place": None}),
    ("人工湖日落.jpg", {"place": None}),
    ("王海岛日出.jpg", {"place": None}),
    ("230512人参加活动.jpg", {"date": None}),
    ("150310元人民币.jpg", {"date": None}),
    ("230723元宵灯会.jpg", {"date": "2023-07-23", "title": "元宵灯会"}),
    ("老照片。作者：佚名.jpg", {"title": "老照片", "photographer": None}),
    ("老照片。作者：不详/视觉中国.jpg", {"title": "老照片", "photographer": None}),
    ("100101北京朝阳.jpg", {"date": None}),  # a postcode before an address of two divisions
    ("230723青山湖.jpg", {"date": "2023-07-23"}),  # one division's name is a sight's too
    ("2015-故宫雪景.jpg", {"date": "2015"}),  # one segment of words after a year's dash: when
    ("2018-张明.jpg", {"date": None}),  # a name alone: an entry's number
    ("2019-归途（胡军）.jpg", {"date": None, "photographer": "胡军"}),  # an author in brackets: an entry
    ("220811千年古镇.jpg", {"date": "2022-08-11"}),
    # the fourth review's: a student's number before a name; grain and holes; where a hill or a lake is; a caption
    # about reporters; a sight-seeing purpose before the crowd
    ("200315张三.jpg", {"date": None}),
    ("农民在翻晒新谷.jpg", {"place": None}),
    ("工人在山体洞内作业.jpg", {"place": None}),
    ("村后山雪景.jpg", {"place": None}),
    ("校园湖秋色.jpg", {"place": None}),
    ("奋战在抗洪一线的县融媒体中心记者 李娜 摄.jpg", {"title": "奋战在抗洪一线的县融媒体中心记者", "photographer": "李娜"}),
    ("前往鼓楼广场观看升旗仪式的游客.jpg", {"place": "鼓楼广场"}),
]


def test_glued_stamp_names_no_tool() -> None:
    """Letters glued to a stamp are no tool's name: `MyFeishu…` is not 飞书, `Clark…` not Lark."""
    for name in ("MyFeishu20210918-093015.png", "Clark20220102-030405.png"):
        assert parse_name(name).family == "dated_stamp", name


@pytest.mark.parametrize(("name", "expected"), SESSION19_RULES, ids=[row[0] for row in SESSION19_RULES])
def test_session19_rows(name: str, expected: dict) -> None:
    assert_fields(name, expected)
