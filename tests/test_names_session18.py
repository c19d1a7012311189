"""Session 18: made-up names with hard negatives (no string from a work list)."""

from __future__ import annotations

import pytest

from .names_support import assert_fields

SESSION18_RULES = [
    # A. a clan's shrine named at length: a place-only name, no title
    ("周氏忠孝祠.jpg", {"place": "周氏忠孝祠", "title": None}),
    ("欧阳氏宗亲祠.jpg", {"place": "欧阳氏宗亲祠", "title": None}),
    # hard negatives (the review's): a time, a verb or a view before a shorter shrine's name; a ferry's verb; a kind
    ("雨中忠烈祠.jpg", {"title": "雨中忠烈祠"}),
    ("漫步武侯祠.jpg", {"title": "漫步武侯祠"}),
    ("坐轮渡.jpg", {"place": None}),
    ("修缮宗祠.jpg", {"place": None}),
    ("走进美丽的忠烈祠.jpg", {"place": None}),
    # B. a tool's day alone, then Chinese words after `_`: the day and the title; a five-digit frame counter
    ("IMG_20240501_海边.jpg", {"title": "海边", "date": "2024-05-01", "time": None}),
    ("Screenshot_20231130_报名表.png", {"title": "报名表", "date": "2023-11-30"}),
    ("IMG_20240509_41792.webp", {"title": None, "date": "2024-05-09", "time": None}),
    # hard negatives: a day that is none; a Latin word is no title
    ("IMG_20241301_海边.jpg", {"date": None}),
    ("IMG_20240501_edit.jpg", {"title": None, "date": "2024-05-01"}),  # a Latin word after it: a tool's suffix
    # C. a site's dated label: the day, a dash, the caption, the picture's number
    ("2021年03月05日-学雷锋志愿服务活动在社区开展，居民踊跃参加-2.jpg",
     {"title": "学雷锋志愿服务活动在社区开展，居民踊跃参加", "date": "2021-03-05"}),
    ("2021年3月5日,学雷锋志愿服务活动在社区开展.jpg",  # hard negatives: a comma keeps the day in the sentence; so does
     {"title": "2021年3月5日,学雷锋志愿服务活动在社区开展", "date": "2021-03-05"}),  # a range's end day (the review's)
    ("2021年03月05日-03月07日学雷锋志愿服务活动在社区开展.jpg", {"title": "2021年03月05日-03月07日学雷锋志愿服务活动在社区开展"}),
    # D. a site's ids: a UUID and its category after the words, an MD5 after the day, digits before `_` or `.`
    ("春江水暖鸭先知0b1c2d3e-4f50-6172-8394-a5b6c7d8e9f0_风景2.jpg", {"title": "春江水暖鸭先知"}),
    ("2019-06-01_0123456789abcdef0123456789abcdef_学生们在操场上庆祝儿童节.jpg",
     {"title": "学生们在操场上庆祝儿童节", "date": "2019-06-01"}),
    ("20561288_校园开放日活动顺利举行.jpg", {"title": "校园开放日活动顺利举行", "date": None}),
    ("2019531120533.局长出席会议并讲话.jpg", {"title": "局长出席会议并讲话", "date": None}),
    # hard negatives: a day opening the digits is read as the day; a phone number stays a phone
    ("20190601_儿童节.jpg", {"title": "儿童节", "date": "2019-06-01"}),
    ("202405_家乡巨变.jpg", {"title": "家乡巨变", "date": "2024-05"}),  # (the review's) a year and a month
    ("12345.热线.jpg", {"title": "12345.热线"}),  # five digits may be the title's own number
    ("13912345678_晨曦.jpg", {"title": "晨曦", "phone": "13912345678"}),
    # E. a group picture taken in a known city
    ("初到兰州合影.jpg", {"place": "兰州"}),
    ("与雪雕合影.jpg", {"place": None}),  # hard negatives: a thing or an event, no city; a partner (the review's)
    ("与丽江合影.jpg", {"place": None}),
    ("年会合照.jpg", {"place": None}),
    # F. a visit's verb opens no place; its host is where
    ("访问香港中文大学.jpg", {"title": "访问香港中文大学", "place": "香港中文大学"}),
    ("拜访福建师范大学.jpg", {"place": "福建师范大学"}),
    # G. officials of one office named twice: an affiliation each time, no place
    ("王明为某市西城区文化局党委书记张强、某市西城区文化局局长李红颁奖.jpg", {"place": None}),
    ("市民在南京市玄武区玄武湖公园散步，南京市玄武区文化局局长李红介绍.jpg", {"place": "南京市玄武区玄武湖公园"}),  # hard
    # negative: the first mention is where, the second an office
    # H. a tool's name a converter spaced out
    ("QQ 图片 20210305101530.jpg", {"title": None, "date": "2021-03-05", "time": "10:15:30"}),
    ("晨曦 20210305101530.jpg", {"title": "晨曦", "date": "2021-03-05"}),  # hard negative: words, no tool
    # I. an artwork's label fields: the title ends at the next key
    ("作者：张明 标题：江南春色 尺寸：68 cm x 68 cm 媒介：水彩.jpg", {"title": "江南春色", "photographer": "张明"}),
    ("标题：秋山 作者：李华 材质：宣纸.jpg", {"title": "秋山", "photographer": "李华"}),
    # J. a year, then a kind of place alone, names no place
    ("2024年大学英语四级真题_1_阿木_来自小红书网页版.jpg", {"place": None}),
    ("2024年人民公园的樱花.jpg", {"place": "人民公园"}),  # hard negatives: a named park after the year, or after the
    ("2024年5月人民公园的樱花.jpg", {"place": "人民公园"}),  # year and the month (the review's)
    # K. a person's name, then the kind of portrait: the one pictured, no photographer
    ("李白_剧照.jpg", {"title": "李白_剧照", "photographer": None}),
    ("王小明-近照.jpg", {"title": "王小明-近照", "photographer": None}),
    ("王小明_晨曦.jpg", {"title": "晨曦", "photographer": "王小明"}),  # hard negative: a work's title after the name
    # L. a list of places, then the view of them: the places where, the words the title
    ("苏州 拙政园 远香堂 雪景.jpg", {"place": "苏州 拙政园 远香堂", "title": "苏州 拙政园 远香堂 雪景"}),
    ("晨曦 雪景.jpg", {"place": None}),  # hard negative: a title word, no place list
    # M. a year glued before words stays in their title; before a certificate's award it is no date
    ("2019毕业季合影.jpg", {"title": "2019毕业季合影", "date": "2019"}),
    ("2022校园摄影大赛一等奖.jpg", {"title": "2022校园摄影大赛一等奖", "date": None}),
    ("2019 毕业季合影.jpg", {"title": "毕业季合影", "date": "2019"}),  # hard negative: a year set apart is cut
    ("2023黄鹤楼.jpg", {"title": None, "place": "黄鹤楼", "date": "2023"}),  # and a year before a place's name alone
    # N. an upload's stamp to the hundred-thousandth of a second (nineteen digits from a recent year)
    ("2021030510153012345.jpg", {"date": "2021-03-05", "time": "10:15:30"}),
    ("1706066389554091406.jpg", {"date": None}),  # hard negatives: a snowflake-sized id; no day in the digits
    ("2021133510153012345.jpg", {"date": None, "time": None}),
    # O. 搜狗截图 with a two-digit year and HHmm: the day, no clock without its seconds
    ("搜狗截图21年06月30日0915_1.png", {"date": "2021-06-30", "time": None}),
    ("搜狗截图20210630091512.png", {"date": "2021-06-30", "time": "09:15:12"}),  # hard negative: seconds, read
    # P. a place's gate (校门, 正门, 南门 …) alone: a place-only name; an event's scene is no place-only name
    ("复旦大学校门.jpg", {"place": "复旦大学校门", "title": None}),
    ("杭州开幕式现场.jpg", {"title": "杭州开幕式现场"}),
    ("某某大道施工现场.jpg", {"title": "某某大道施工现场"}),
    # Q. embroidery and carving as a work's medium in brackets
    ("清明上河图局部（湘绣）.jpg", {"title": "清明上河图局部"}),
    ("东阳木雕.jpg", {"title": "东阳木雕", "place": None}),  # hard negative: a craft named after its town
    # R. a place's or a clan's ancestral hall
    ("婺源宗祠.jpg", {"place": "婺源宗祠", "title": None}),
    ("修缮宗祠.jpg", {"place": None}),
    # S. a blog's travel category before the title
    ("旅游_夜游秦淮河有感.jpg", {"title": "夜游秦淮河有感"}),
    ("旅游_李华.jpg", {"title": "旅游", "photographer": "李华"}),  # hard negative: a name after the category
    # the second review's mends: a subject before a craft's bracket is no artist and no place; a painted place is the
    # work's title; a year before a place's name alone, a sight or a view; nineteen digits need a valid clock; a word
    # before 宗祠; a credit after the category
    ("熊猫(木雕).jpg", {"title": "熊猫", "photographer": None, "place": None}),
    ("周庄(木雕).jpg", {"title": "周庄", "place": None}),
    ("西湖（油画）.jpg", {"title": "西湖", "place": None}),
    ("张明(国画).jpg", {"photographer": "张明"}),  # a painter before a painting's medium, as before
    ("2008西湖.jpg", {"title": None, "place": "西湖", "date": "2008"}),
    ("2019某某洞.jpg", {"title": None, "place": "某某洞", "date": "2019"}),
    ("2012兵马俑秋色.jpg", {"place": "兵马俑", "date": "2012"}),
    ("2023某市会议现场.jpg", {"title": "2023某市会议现场"}),
    ("2024051210613012345.jpg", {"date": None, "time": None}),
    ("新建宗祠.jpg", {"place": None}),
    ("旅游_作者张伟.jpg", {"photographer": "张伟"}),
    # T. digits of other scripts read as ASCII ones; Magic Eraser's two-digit year; a base64 media id
    ("BeautyPlus_۲۰۲۳۰۷۱۵۲۰۱۶۵۰۰۵۲_save.jpg", {"date": "2023-07-15", "time": "20:16:50", "title": None}),
    ("微信图片_２０２３０７１５２０１６５０.jpg", {"date": "2023-07-15", "time": "20:16:50"}),
    ("MagicEraser_240320_163505.png", {"date": "2024-03-20", "time": "16:35:05"}),
    ("MagicEraser_241320_163505.png", {"date": None}),  # hard negative: month 13
    ("lQLPD2jl0mg85BvNBADNAkCwNJvjWJXBVMwHqrO0OvZlAA_576_1024.png", {"title": None}),
    ("Human_brain_torn_paper_collage.jpg", {"title": "Human_brain_torn_paper_collage"}),  # words, kept
    # the 558,800-name check's mends: a delegation (慰问团) reads as before; a day before a town and a view keeps the
    # town; words a credit's list took and dropped as no person are the title
    ("常熟慰问团返回李家村送温暖.jpg", {"place": "李家村"}),
    ("10月1日周庄航拍 张明摄.jpg", {"place": "周庄", "photographer": "张明"}),
    ("周庄航拍 张明摄.jpg", {"title": "周庄航拍", "photographer": "张明", "place": "周庄"}),
    ("张伟航拍 向阳 摄.jpg", {"title": "张伟航拍", "place": None}),  # hard negative: a person's name, no town
    # U. stock-photo downloads name the photographer, as the sites' licences ask the credit be given
    ("pexels-li-na-3214567.jpg", {"photographer": "Li Na", "title": None}),
    ("anna-smith-Xy3_kLm9QwE-unsplash.jpg", {"photographer": "Anna Smith", "title": None}),
    ("pexels-photo-3214567.jpeg", {"photographer": None, "title": None}),  # hard negatives: the site's own name;
    ("annual-report-2024-unsplash.jpg", {"photographer": None}),  # no 11-character id
    # V. WeChat for macOS, QQ for macOS with a host's digits, a blog's slugged Mac screenshot, QQ's unnamed screenshot
    ("WX20210305-101530@2x.png", {"date": "2021-03-05", "time": "10:15:30", "title": None}),
    ("WX20211305-101530.png", {"date": None}),  # hard negative: month 13
    ("QQ20210305-101530-12345678901614913530123.png", {"date": "2021-03-05", "time": "10:15:30"}),
    ("screen-shot-2021-03-05-at-10-15-30.png", {"date": "2021-03-05", "time": "10:15:30", "title": None}),
    ("QQ截图未命名.png", {"title": None, "date": None}),
    # W. an upload's epoch glued before a device's name is read before the long-id reading (`<ms>mmexport<ms>`)
    ("1614913530123mmexport1614900000000.jpg", {"date": "2021-03-05", "time": "07:20:00"}),
    ("889ff067jw1dvcljidmquj.jpg", {"title": None}),  # hard negative: a 微博 id stays an id
    # X. an English copy marker after an underscore
    ("秋色_COPY.jpg", {"title": "秋色"}),
    ("hardcopy.jpg", {"title": "hardcopy"}),  # hard negative: a word
    # the third review's mends: a visit to people names the village where they are; a delegation's home is no place;
    # an ambiguous sight after a glued year keeps the old reading; tags before -unsplash or in a Pexels slug credit
    # nobody; CamelCase words with few digits stay a title
    ("看望李家村孤寡老人.jpg", {"place": "李家村"}),
    ("杭州慰问团返回高桥镇开展义诊.jpg", {"place": "高桥镇"}),
    ("西塘慰问团返回李家村.jpg", {"title": "西塘慰问团返回李家村", "place": "李家村"}),
    ("回到家乡.jpg", {"place": None}),
    ("救援队返回山区.jpg", {"place": None}),  # a kind of place, no name
    ("游客回到绍兴鲁迅故里.jpg", {"place": "绍兴鲁迅故里"}),  # 故里 keeps its 里
    ("2007故宫雪景 吴磊摄.jpg", {"place": "故宫"}),
    ("beach-sunset-photography-unsplash.jpg", {"photographer": None}),
    ("pexels-free-stock-photo-123456.jpg", {"photographer": None}),
    ("HuangshanSunrise4KWallpaperUltraHDVersion.jpg", {"title": "HuangshanSunrise4KWallpaperUltraHDVersion"}),
]


@pytest.mark.parametrize(("name", "expected"), SESSION18_RULES, ids=[row[0] for row in SESSION18_RULES])
def test_session18_rows(name: str, expected: dict) -> None:
    assert_fields(name, expected)
