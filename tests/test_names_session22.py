"""Session 22: made-up names with hard negatives (no string from a work list)."""

from __future__ import annotations

import pytest

from .names_support import assert_fields

SESSION22_RULES = [
    # A. a named sports ground, racecourse, car park or theatre is a place (球场 alone was only a part of a named place,
    # so `某某足球场` read as 某某足 + 球场, a title)
    ("北京足球场.jpg", {"title": None, "place": "北京足球场"}),
    ("东湖高尔夫球场.jpg", {"title": None, "place": "东湖高尔夫球场"}),
    ("跑马地跑马场.jpg", {"place": "跑马地跑马场"}),
    ("孩子们在城南篮球场上打球.jpg", {"place": "城南篮球场"}),
    ("足球场.jpg", {"title": "足球场", "place": None}),  # hard negatives: the kind of place alone, or with a word that
    ("我们的足球场.jpg", {"title": "我们的足球场", "place": None}),  # names none, stays a title
    ("剧场版.jpg", {"title": "剧场版", "place": None}),
    # B. `…_YYYYMMDDhhmm` after the words: the day (the clock without its seconds left out, as a bare one is)
    ("sunset_over_the_sea_202607231706.png", {"title": "sunset_over_the_sea", "date": "2026-07-23", "time": None}),
    ("海边日落_202312021511.jpg", {"title": "海边日落", "date": "2023-12-02"}),
    ("海边日落_202312022511.jpg", {"title": "海边日落", "date": None}),  # hard negatives: no such hour,
    ("海边日落_2023120215.jpg", {"date": None}),  # ten digits (a day and an hour, or an id)
    ("QQ截图20101120015049_202411191847.jpg", {"date": None}),  # two clocks: which is whose is not said
    ("李明_202101050123.jpg", {"photographer": "李明", "date": None}),  # (the review's) a person's or an id's number
    ("学号：202101050123.jpg", {"date": None}),
    ("准考证_202406071130.jpg", {"date": None}),
    ("身份证后12位_199001011234.jpg", {"date": None}),
    # C. a 小红书 picture's number counts from 1, no leading zero: `_00_` is part of the nickname
    ("手机壁纸_1_00_kk_来自小红书网页版.jpg", {"title": "手机壁纸", "photographer": None}),
    ("手机壁纸_12_阿花_来自小红书网页版.jpg", {"title": "手机壁纸", "photographer": None}),
    ("壁纸分享_01_小鹿_来自小红书网页版.jpg", {"title": "壁纸分享"}),  # (the review's) a padded number, or one from 0,
    ("手机壁纸_0_kk_来自小红书网页版.jpg", {"title": "手机壁纸"}),  # where no other number stands: the picture's
    # G. a 小红书 note's title that credits someone in English, `… by X`: the photographer (the account stays an account)
    ("Portrait by Anna Berg_1_小鹿_来自小红书网页版.jpg", {"title": "Portrait by Anna Berg", "photographer": "Anna Berg"}),
    ("晚霞 Photo by 王小明_2_小鹿_来自小红书网页版.jpg", {"photographer": "王小明"}),
    ("Photo by Anna Berg._2_小鹿_来自小红书网页版.jpg", {"photographer": "Anna Berg"}),
    ("晴天 by 周杰伦_1_小鹿_来自小红书网页版.jpg", {"photographer": None}),  # (the second review's) a singer, a song's
    ("Shape of You by Ed Sheeran_1_小鹿_来自小红书网页版.jpg", {"photographer": None}),  # writer, a stylist: by
    ("Hair by Tony Wong_7_小鹿_来自小红书网页版.jpg", {"photographer": None}),  # after no picture's word
    ("Stand by Me_1_小鹿_来自小红书网页版.jpg", {"photographer": None}),  # hard negatives: a song's title, a place,
    ("Photo by New York_1_小鹿_来自小红书网页版.jpg", {"photographer": None}),  # a brand
    ("Designed by Apple_1_小鹿_来自小红书网页版.jpg", {"photographer": None}),
    # D. 摄影者 and 拍摄者 are the form's keys as 摄影 and 作者 are: in a closing bracket, first with the work after
    ("秋收（拍摄者：王小明）.jpg", {"title": "秋收", "photographer": "王小明"}),
    ("秋收（摄影者：王小明、李四）.jpg", {"title": "秋收", "photographer": "王小明、李四"}),
    ("摄影者：周明生+秋韵.jpg", {"title": "秋韵", "photographer": "周明生"}),
    ("摄影：周明生+秋韵.jpg", {"title": "秋韵", "photographer": "周明生"}),
    ("摄影者:吴敏 初心 逐梦.png", {"photographer": "吴敏"}),
    ("秋收（拍摄者：学生）.jpg", {"photographer": None}),  # hard negatives: no name after the key; a common noun
    ("【优选】远山 摄影者／高楼.jpg", {"photographer": None}),  # after the contest's slash
    ("雪韵（拍摄者：杭州市）.jpg", {"photographer": None}),  # (the review's) a city with its division's word,
    ("老街（拍摄者：集体）.jpg", {"photographer": None}),  # a group, a placeholder
    ("老街（摄影：某某）.jpg", {"photographer": None}),
    # F. 新浪's and 中新网's picture store: `U<user>P<channel>[T…D…F…]DT<stamp>`, the upload time
    ("U1234P27DT20190301083015.jpg", {"title": None, "date": "2019-03-01", "time": "08:30:15"}),
    ("U99P4T47D12345F968DT20200915144117.jpg", {"date": "2020-09-15", "time": "14:41:17"}),
    ("U1234P27DT20191301083015.jpg", {"date": None}),  # hard negatives: no thirteenth month; no stamp at all
    ("U783P527.jpg", {"date": None}),
    # H. a note in brackets after a device's name and a joint (`_`, `-`) is read as the note without one is: the stamp
    # kept, a body that supplied it a unit, a role's credit read, a bare `X摄` no credit (session 12's reviews:
    # `熊猫摄`, `朱家角摄` after a device)
    ("微信图片_20230501120000-（景区供图）.jpg", {"title": None, "date": "2023-05-01", "time": "12:00:00"}),
    ("微信图片_20230501120000_（记者 张三 摄）.jpg", {"photographer": "张三", "date": "2023-05-01"}),
    ("IMG_0042_（熊猫摄）.jpg", {"photographer": None, "title": None}),
    ("IMG_0042_（张建国摄）.jpg", {"photographer": None}),  # as `IMG_0042（张建国摄）` reads
    ("IMG_1234_（新华社发 王建国 摄）.jpg", {"photographer": "王建国"}),  # (the second review's) an agency, a key
    ("P1010234_（作者：刘洋）.jpg", {"photographer": "刘洋"}),  # or a role vouches for the name
    ("IMG_0042-（图/记者 陈静）.jpg", {"photographer": "陈静"}),
    # I. contest entries (a probe of 22 published naming rules, 502 composed names): a Uyghur, Kazakh or Mongolian name,
    # dotted or (with a phone) whole, is the entrant's segment; a student's number between name and work is skipped; the
    # entry's group (风光组) is no part of the title; 深处, 远处 … end no office's name
    ("冰上飞人_热依拉·买买提_17712345678.jpg", {"title": "冰上飞人", "photographer": "热依拉·买买提"}),
    ("故乡的秋+阿依古丽+15112345678.jpg", {"title": "故乡的秋", "photographer": "阿依古丽"}),
    ("故乡的秋+阿依古丽.jpg", {"photographer": None}),  # hard negatives: no phone (a foreign city is spelt so too);
    ("2024_会议_美国-亚特兰大.jpg", {"photographer": None}),
    ("城市·记忆《夜》.jpg", {"title": "夜", "photographer": None}),  # words joined by a dot
    ("郭晶+2023481961+追光者.jpg", {"title": "追光者", "photographer": "郭晶"}),
    ("卢俊辉 20218744 希望的田野.jpg", {"title": "希望的田野", "photographer": "卢俊辉"}),  # spaced, or the number
    ("令狐子健2021559067 古镇晨韵.jpg", {"title": "古镇晨韵", "photographer": "令狐子健"}),  # glued to the name
    ("王小明 2019 春节.jpg", {"photographer": None}),  # hard negative: a year between is no student's number
    ("风光组-晒秋-侯晓敏-17412345678.jpg", {"title": "晒秋", "photographer": "侯晓敏"}),
    ("纪实组_银杏大道_梁思远_19612345678.jpg", {"title": "银杏大道", "photographer": "梁思远"}),
    ("人像组_小巷深处_苏晓雯_19612345678.jpg", {"title": "小巷深处", "photographer": "苏晓雯"}),
    ("宣传处 王明 摄.jpg", {"title": None, "photographer": "王明"}),  # an office's 处 as before
    ("初二(1)班-邹文华-安全伴我行.jpg", {"title": "安全伴我行", "photographer": "邹文华"}),  # a class, its own
    ("中一班段雨婷-我的妈妈.jpg", {"title": "我的妈妈", "photographer": "段雨婷"}),  # segment or glued to the name
    ("二(4)班端木蓉《小小消防员》.jpg", {"title": "小小消防员", "photographer": "端木蓉"}),
    ("加班-王小明-深夜.jpg", {"photographer": None}),  # hard negative: 加班 (overtime) is no class
    ("儿童组+妈妈的微笑+曾凡宇+6岁+城口县+杜春生+19691031053.jpg",  # the entrant's age marks the entrant; the
     {"title": "妈妈的微笑", "photographer": "曾凡宇", "place": None}),  # county and the teacher after it name no one
    ("儿童组 春天来了 巴特尔 7岁 指导老师：崔永明.png", {"title": "春天来了", "photographer": "巴特尔"}),
    ("儿童水彩画_牡丹_段小宏_8岁.jpg", {"title": "牡丹", "photographer": "段小宏"}),
    ("留守儿童-王小明-8岁.jpg", {"photographer": None}),  # hard negatives: no phone, group or kind of work: a child
    ("我的妈妈 王小明 6岁.jpg", {"photographer": None}),  # pictured
    ("贺春梅.教务处.荷塘清趣.jpg", {"title": "荷塘清趣", "photographer": "贺春梅"}),  # name, department, work between
    ("冯雪。保卫处。残荷.jpg", {"title": "残荷", "photographer": "冯雪"}),  # full stops
    ("王小明。北京。故宫.jpg", {"photographer": None}),  # hard negatives: no department; no name
    ("秋天。落叶。静.jpg", {"photographer": None}),
    ("秋季摄影大赛-黄旻-外国语学院-2024348997-《烟火人间》.jpg", {"title": "烟火人间", "photographer": "黄旻"}),
    ("秋季摄影大赛-陆雨萱-机电学院-巡线.jpg", {"title": "巡线", "photographer": "陆雨萱"}),  # the call's name first
    ("秋季摄影大赛-颁奖-现场.jpg", {"photographer": None}),  # hard negative: no name after it
    ("实验小学、高一3班、钟欣怡+幸福一家人.jpg", {"title": "幸福一家人", "photographer": "钟欣怡"}),  # school, class,
    ("张三、李四+合影.jpg", {"photographer": None}),  # entrant; hard negatives: two people; places before a name
    ("北京、上海、王小明+风景.jpg", {"photographer": None}),
    ("寻人启事-龚博文-6岁-13956251677.jpg", {"photographer": None}),  # (the third review's) a phone alone is no entry
    ("魏宇轩。消防救援支队。慰问.jpg", {"photographer": None}),  # no campus department; a year is no work
    ("谭春生。中文系。2023年.jpg", {"photographer": None}),
    ("彭红梅 20140302 生日.jpg", {"photographer": None}),  # a day beside a name; an identity card's number
    ("潘妮 350759467874702050 反面.jpg", {"photographer": None}),
    ("个人摄影展_丁波_剪彩.jpg", {"photographer": None}),  # a guest at an exhibition
    ("三(2)班、六(1)班、林雪+领奖.jpg", {"photographer": None}),  # two classes: people at an event
    ("2016荷赛+晨露.jpg", {"title": "晨露"}),  # a contest's name first (荷赛, a year before it), then the work
    ("“庆七一 颂党恩”+古镇晨韵+熊志华+18512345678.jpg", {"title": "古镇晨韵", "photographer": "熊志华"}),
    ("“春”+王小明+18512345678.jpg", {"photographer": "王小明"}),  # hard negatives: a quoted title, two fields after;
    ("“我的老师”+赵静+15444463478+实验小学.jpg", {"title": "“我的老师”", "photographer": "赵静"}),  # three (a slogan
    ("户外活动+赵静+17599528907+实验小学.jpg", {"title": "户外活动", "photographer": "赵静"}),  # has two phrases)
    ("晨曦（国安四处 赵静 摄）.jpg", {"photographer": "赵静"}),  # 四处: an office
    # E. a city and its public body (海关, 电信, 交警 …) is a unit, though a surname opens the city's name
    ("雪夜 作者：宁波海关 沈洁.jpg", {"photographer": "沈洁"}),
    ("雪夜。摄影：温州电信 沈洁.jpg", {"photographer": "沈洁"}),
    ("车内温度很高。杭州海关供图.jpg", {"title": "车内温度很高", "photographer": None}),
    ("初心。杭州移动供图.jpg", {"title": "初心", "photographer": None}),  # (the review's) every body of the list, in a
    ("晨曦（浙江在线发 杭州文联供图）.jpg", {"title": "晨曦", "photographer": None}),  # sentence's supply note and in a
    ("归途（浙江在线发 金华邮政供图）.jpg", {"title": "归途", "photographer": None}),  # bracket after an outlet
    ("接种疫苗（浙江在线发 宁波海关供图）.jpg", {"title": "接种疫苗", "photographer": None}),
    ("接种疫苗（浙江在线发 宁波市水务局供图）.jpg", {"title": "接种疫苗", "photographer": None}),
    ("接种疫苗（江南网发 周小兵供图）.jpg", {"photographer": "周小兵"}),  # hard negatives: a person who supplied it;
    ("雪夜。欧阳海关 摄.jpg", {"photographer": "欧阳海关"}),  # a compound surname and two given characters
    ("车内温度很高。张交警供图.jpg", {"photographer": "张交警"}),  # three characters: a name as before
]


@pytest.mark.parametrize(("name", "expected"), SESSION22_RULES, ids=[n for n, _ in SESSION22_RULES])
def test_session22_rows(name: str, expected: dict) -> None:
    assert_fields(name, expected)


@pytest.mark.parametrize(("name", "account"), [
    ("手机壁纸_1_00_kk_来自小红书网页版.jpg", "00_kk"),
    ("手机壁纸_12_阿花_来自小红书网页版.jpg", "阿花"),
])
def test_xiaohongshu_nickname_keeps_its_digits(name: str, account: str) -> None:
    from gallery.names import parse_name

    assert parse_name(name).accounts == [account]


def test_outlet_and_body_in_the_supplier_bracket() -> None:
    from gallery.names import parse_name

    got = parse_name("接种疫苗（浙江在线发 宁波海关供图）.jpg")
    assert (got.agency, got.units) == ("浙江在线", ["宁波海关"])


def test_agency_in_a_note_after_a_device() -> None:
    from gallery.names import parse_name

    assert parse_name("DSC01234-（视觉中国）.jpg").agency == "视觉中国"


def test_body_that_supplied_a_device_picture_is_a_unit() -> None:
    from gallery.names import parse_name

    got = parse_name("微信图片_20230501120000-（某某县委宣传部供图）.jpg")
    assert (got.units, got.date, got.photographers) == (["某某县委宣传部"], "2023-05-01", [])
