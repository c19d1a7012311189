"""Session 23: made-up names with hard negatives (no string from a work list)."""

from __future__ import annotations

import pytest

from .names_support import assert_fields

SESSION23_RULES = [
    # A. a surname's character before a built thing's word (a wall, a gate, a tower, a bridge, a ferry) names the thing:
    # `作品名-古城墙` credited 古城墙 (古 is a rarer surname), `钟鼓楼` 钟 (a common one)
    ("晨曦-古城墙.jpg", {"photographer": None}),
    ("秋韵-钟鼓楼.jpg", {"photographer": None}),
    ("夕阳-古渡口.jpg", {"photographer": None}),
    ("秋韵-石拱桥.jpg", {"photographer": None}),
    ("《秋韵》古戏台.jpg", {"title": "秋韵", "photographer": None}),
    ("秋韵-王建国.jpg", {"title": "秋韵", "photographer": "王建国"}),  # hard negatives: given names that are words
    ("秋韵-刘长城.jpg", {"title": "秋韵", "photographer": "刘长城"}),  # too (长城, 建桥) stay names
    ("秋韵-李建桥.jpg", {"title": "秋韵", "photographer": "李建桥"}),
    # B. a pupil's teacher after the label and a separator (`…+指导老师+X`) is no author: the label and the name go
    ("李小雨+春晓+指导老师+王建国.jpg", {"title": "春晓", "photographer": "李小雨"}),
    ("春晓-李小雨-指导教师-王建国.jpg", {"title": "春晓", "photographer": "李小雨"}),
    ("春晓_李小雨_指導老師_王建國.jpg", {"title": "春晓", "photographer": "李小雨"}),
    ("春晓+李小雨+辅导老师+王建国.jpg", {"title": "春晓", "photographer": "李小雨"}),
    ("李小雨-春晓-辅导教师-王建国.jpg", {"title": "春晓", "photographer": "李小雨"}),  # (the read's: 辅导教师 slipped the gate)
    ("李小雨+春晓+指导老师王建国.jpg", {"title": "春晓", "photographer": "李小雨"}),  # (as before: glued)
    # C. a form's keys of when and where glued to their values or standing alone between separators: no one named 时间
    ("秋实-周立新-拍摄时间20210918.jpg", {"title": "秋实", "photographer": "周立新", "date": "2021-09-18"}),
    ("秋实-周立新-拍摄时间2021年9月18日.jpg", {"title": "秋实", "photographer": "周立新", "date": "2021-09-18"}),
    ("秋实+周立新+拍摄时间+2021年9月18日.jpg", {"title": "秋实", "photographer": "周立新", "date": "2021-09-18"}),
    ("秋实-周立新-拍摄地点杭州西溪湿地.jpg", {"title": "秋实", "photographer": "周立新", "place": "杭州西溪湿地"}),
    ("秋实-周立新-拍摄地点-杭州.jpg", {"title": "秋实", "photographer": "周立新", "place": "杭州"}),
    ("地点不详-周立新.jpg", {"title": "地点不详", "photographer": "周立新", "place": None}),  # hard negative: no key
    # D. a form whose work stands in 《》 straight after its key (`作品名称《题》 作者姓名 X`)
    ("作品名称《秋实》 作者姓名 周立新 拍摄地点 杭州西溪湿地.jpg",
     {"title": "秋实", "photographer": "周立新", "place": "杭州西溪湿地"}),
    ("作品《秋实》 作者 周立新.jpg", {"title": "秋实", "photographer": "周立新"}),
    ("作品《秋实》.jpg", {"title": "秋实", "photographer": None}),
    # E. a brush's manner, a porcelain's colours, the paper and a seal's stone are an artwork's notes, no title, no one
    ("秋山图（写意）.jpg", {"title": "秋山图"}),
    ("牡丹（粉彩）.jpg", {"title": "牡丹"}),
    ("荷塘（釉下彩）.jpg", {"title": "荷塘"}),
    ("荷塘（水墨设色）.jpg", {"title": "荷塘"}),
    ("秋山图 国画 96×180cm.jpg", {"title": "秋山图"}),
    ("秋山图 写意 96*180厘米.jpg", {"title": "秋山图"}),
    ("竹石图 96x180cm 宣纸.jpg", {"title": "竹石图", "photographer": None}),
    ("闲章 寿山石 3x3cm.jpg", {"title": "闲章", "photographer": None}),
    ("闲章 青田石 3x3cm.jpg", {"title": "闲章", "photographer": None}),
    ("秋山图 王建国 96×180cm.jpg", {"photographer": None}),  # hard negative: a painter beside his work is no photographer
    # F. a draft's state and a common noun are nobody: `海报_晚会_终稿`, `方案_初稿_某某`
    ("展板_校庆晚会_终稿.png", {"photographer": None}),
    ("展板_校庆晚会_定稿.png", {"photographer": None}),
    ("方案_初稿_王建国.png", {"photographer": "王建国"}),
    # G. a net is no outlet: `…整理渔网 图：X`, `…架设电网 X摄` read the clause before as a site (…网) and lost the title
    ("渔民在码头修补渔网 图：王建国.jpg", {"title": "渔民在码头修补渔网", "photographer": "王建国"}),
    ("工人在山区架设电网 王建国摄.jpg", {"title": "工人在山区架设电网", "photographer": "王建国"}),
    ("孩子们在球场边拉球网 王建国 摄.jpg", {"title": "孩子们在球场边拉球网", "photographer": "王建国"}),
    ("市民赏花 人民网 王建国 摄.jpg", {"title": "市民赏花", "photographer": "王建国"}),  # hard negatives: a site's name
    ("市民赏花 中国经济网 王建国 摄.jpg", {"title": "市民赏花", "photographer": "王建国"}),
    # H. `…集中学习…` holds no school: 中学 before 习 is a study, as before 生 it is a pupil
    ("全村党员集中学习新条例 图／王建国.jpg", {"place": None, "photographer": "王建国"}),
    ("某某中学.jpg", {"place": "某某中学"}),  # hard negative: a school's name closing the name
    # I. a caption's year still to come names a plan, no day the picture was taken; a kind of place names none
    ("2090年城市总体规划效果图.png", {"date": None, "place": None}),
    ("2090年5月1日,某新区规划图.png", {"date": None}),
    ("2019年城市总体规划图.png", {"date": "2019", "place": None}),
    # J. a Taiwan mobile (09xx-xxx-xxx) beside words or under a key is a phone, kept for editors and redacted as ours are
    ("曉光+林志明+0987654321.jpg", {"title": "曉光", "photographer": "林志明", "phone": "0987654321"}),
    ("風景組_《晨光》_林志明_0987654321.jpg", {"title": "晨光", "photographer": "林志明", "phone": "0987654321"}),
    ("風景組_《晨光》_林志明_0987-654-321.jpg", {"phone": "0987654321"}),
    ("晨光+林志明+手机0987654321.jpg", {"phone": "0987654321"}),  # after its key in either script
    ("晨光+林志明+0987654321.jpg", {"phone": None}),  # (the second review's: in simplified script, no key, an id)
    ("发票-0995440204.jpg", {"phone": None}),
    ("作品名稱：晨光 作者：林志明 電話：0987654321.jpg", {"photographer": "林志明", "phone": "0987654321"}),
    ("IMG_0987654321.jpg", {"phone": None}),  # hard negatives: a device's counter, a longer run of digits
    ("晨光_09876543210.jpg", {"phone": None}),
    # K. an entrant's school and class, a student's number or the entry's group before the name (published rules:
    # `学校-班级-姓名-作品`, `学号-姓名-作品`): the name and the work after them, the school and the class the unit
    ("实验中学-初三(2)班-李小雨-春晓.jpg", {"title": "春晓", "photographer": "李小雨"}),
    ("实验中学_八年级（2）班_李小雨_春晓.jpg", {"title": "春晓", "photographer": "李小雨"}),
    ("城南中心小学-四(1)班-李小雨-春晓.jpg", {"title": "春晓", "photographer": "李小雨"}),
    ("城南中心小学 四（1）班 李小雨 春晓.jpg", {"title": "春晓", "photographer": "李小雨"}),
    ("2022456789-李小雨-春晓.jpg", {"title": "春晓", "photographer": "李小雨"}),
    ("学号2022456789 李小雨 春晓.jpg", {"title": "春晓", "photographer": "李小雨"}),
    ("风光组-李小雨-春晓.jpg", {"title": "春晓", "photographer": "李小雨"}),
    ("20220501-李小雨-春晓.jpg", {"date": "2022-05-01"}),  # hard negatives: a day is no student's number;
    ("实验中学-未名湖-春晓.jpg", {"photographer": None}),  # no name after the school
    # L. an entry's fields between commas, one the entrant's unit and one a bare name, read as between dashes
    ("晨曦，机电工程学院，李小雨.jpg", {"title": "晨曦", "photographer": "李小雨"}),
    ("晨曦、市统计局、李小雨.jpg", {"title": "晨曦", "photographer": "李小雨"}),
    ("李小雨，某镇人民政府，《晨曦》.jpg", {"title": "晨曦", "photographer": "李小雨"}),
    ("杭州，西湖边，游人如织.jpg", {"photographer": None}),  # hard negatives: a caption's clauses, no unit and no name;
    ("市统计局、李小雨、王建国.jpg", {"photographer": None}),  # two names
    # M. the entrant's unit (an office, a department, a library) beside the entrant's name is no place and no title
    ("李小雨-档案馆-晨曦.jpg", {"title": "晨曦", "photographer": "李小雨", "place": None}),
    ("李小雨+某镇人民政府+晨曦.jpg", {"title": "晨曦", "photographer": "李小雨", "place": None}),
    ("【摄影比赛】李小雨-机电学院-2022456789-《晨曦》.jpg", {"title": "晨曦", "photographer": "李小雨", "place": None}),
    ("秋色-李小雨-杭州西湖.jpg", {"place": "杭州西湖"}),  # hard negative: a place after the name stays the place
    # N. two authors after 作者： joined by 、; a closing `（摄于某地）` note is where, the words before it the entry
    ("《秋实》作者：王建国、李小雨 13812345678.jpg", {"title": "秋实", "photographer": "王建国、李小雨"}),
    ("《秋实》作者：王建国、秋色.jpg", {"photographer": None}),  # hard negative: a title word in the list
    ("秋实-李小雨（摄于婺源篁岭）.jpg", {"title": "秋实", "photographer": "李小雨", "place": "婺源篁岭"}),
    ("《秋实》李小雨（摄于婺源篁岭）.jpg", {"title": "秋实", "photographer": "李小雨", "place": "婺源篁岭"}),
    ("市民在公园赏花（摄于2019年）.jpg", {"place": None, "date": "2019"}),  # hard negative: when, not where
    # O. the review's hard negatives for the rules above
    ("秋韵-刘天桥.jpg", {"photographer": "刘天桥", "place": None}),  # a common surname: a person named 天桥, 古道
    ("运河晨光 李古道摄.jpg", {"photographer": "李古道"}),
    ("摄影：王石桥 秋色.jpg", {"photographer": "王石桥"}),
    ("墨香-古牌坊.jpg", {"photographer": None, "place": "古牌坊"}),  # a word before a built thing is no name
    ("古牌坊-墨香-王建国.jpg", {"photographer": "王建国"}),
    ("辅导老师与学生一起包饺子 王建国摄.jpg", {"title": "辅导老师与学生一起包饺子", "photographer": "王建国"}),
    ("我的指导老师-王建国.jpg", {"title": "我的指导老师", "photographer": "王建国"}),
    ("优秀辅导老师表彰大会 王建国摄.jpg", {"title": "优秀辅导老师表彰大会"}),
    ("秋实-李小雨-指导老师-邓超、王芳.jpg", {"title": "秋实", "photographer": "李小雨"}),
    ("李小雨《秋实》指导教师：王芳.jpg", {"title": "秋实", "photographer": "李小雨"}),
    ("秋实-李小雨-拍摄地点同上.jpg", {"place": None, "photographer": "李小雨"}),  # a form's blank
    ("作品编号0912345678.jpg", {"phone": None}),  # an id, an order, a clock, a number glued to a word
    ("学号0912345678-李小雨-秋实.jpg", {"phone": None}),
    ("监控截图0915101530.jpg", {"phone": None}),
    ("老街0912526179.jpg", {"phone": None}),
    ("秋实 李小雨 手機0918875292.jpg", {"phone": "0918875292"}),  # after its key, glued
    ("李小雨-湖北省博物馆-编钟.jpg", {"place": "湖北省博物馆"}),  # a named museum is where
    ("李小雨-市图书馆-秋实.jpg", {"title": "秋实", "photographer": "李小雨", "place": None}),  # a city's is the unit
    ("中国水网 王建国 摄.jpg", {"photographer": "王建国", "title": None}),  # a national site is an outlet
    ("钟南山，广州医科大学，接受采访.jpg", {"photographer": None}),  # a subject, a time, a word: no entrant
    ("周末，市图书馆，读书.jpg", {"photographer": None}),
    ("星空，法学院，宋词.jpg", {"photographer": None}),
    ("老街（摄于文革时期）.jpg", {"title": "老街", "place": None}),  # when, not where
    ("万家灯火（摄于坝上）.jpg", {"place": "坝上"}),
    ("2049年城市夜景 王建国摄.jpg", {"place": None, "date": None}),
    ("秋实-13812345678-李小雨.jpg", {"title": "秋实", "photographer": "李小雨"}),
    ("方圆-13812345678-丰收.jpg", {"title": "方圆-丰收"}),  # the separator left by the phone taken out
    # P. probe B's: the traditional `圖/X` after a caption is the credit's slash, as `图/X` is (it was read as a folder)
    ("市民在公園賞花 圖/陳曉東.jpg", {"title": "市民在公園賞花", "photographer": "陳曉東"}),
    ("相冊 張三/李四.jpg", {"photographer": None}),  # hard negative: a person's folder
    # Q. probe B's wrong photographers: a phone's label left between separators, a credit's key opening the bracket after a
    # work, a word after a device's stamp
    ("王建国-联系电话13812345678-广场舞.jpg", {"title": "广场舞", "photographer": "王建国"}),
    ("秋色-手机-13812345678-李小雨.jpg", {"title": "秋色", "photographer": "李小雨"}),
    ("秋色+李小雨+电话+13812345678.jpg", {"title": "秋色", "photographer": "李小雨"}),
    ("凌空（摄影 王建国）.jpg", {"title": "凌空", "photographer": "王建国"}),
    ("IMG_20191127_184737_鱼跃.jpg", {"photographer": None}),
    ("IMG_20191127_184737_王刚.jpg", {"photographer": "王刚"}),  # hard negative: a common name
    # R. the second review's hard negatives
    ("张建华（摄影作品）.jpg", {"photographer": "张建华"}),  # no credit's key and name in the bracket
    ("刘海燕（摄影师）.jpg", {"photographer": "刘海燕"}),
    ("剧组-王建国-片场花絮.jpg", {"photographer": None}),  # a crew's or a sport's group is no contest category
    ("女子组-王建国-扣球.jpg", {"photographer": None}),
    ("李娜-生活方式-13912345678.jpg", {"title": "生活方式"}),  # a title word before the phone is no label
    ("赵敏-老式电话-13812345678.jpg", {"title": "老式电话"}),
    ("拍摄地点附近的小吃-王建国.jpg", {"place": None}),  # words after the key, no place
    ("拍摄地点为北京-王建国.jpg", {"place": None}),
    ("晨曦-阎石桥.jpg", {"photographer": "阎石桥", "place": None}),  # a rarer surname and a bridge: a person
    ("科技节 辅导老师 王建国 摄.jpg", {"photographer": "王建国"}),  # the teacher took it
    ("寿山石 原石.jpg", {"title": "寿山石 原石"}),  # a material with no label's size is the title's word
]


def test_school_and_class_before_an_entrant_are_the_unit() -> None:
    from gallery.names import parse_name

    assert parse_name("实验中学-初三(2)班-李小雨-春晓.jpg").units == ["实验中学 初三(2)班"]


def test_a_building_or_a_colour_scheme_is_no_unit() -> None:
    from gallery.names import parse_name

    assert parse_name("王建国-某区政府-大楼.jpg").units == []  # (the second review's: the building photographed)
    assert parse_name("王建国-莫兰迪色系-家居.jpg").units == []


def test_taiwan_mobile_is_redacted() -> None:
    from gallery.names import redact_phones

    assert redact_phones("晨光+林志明+0987654321") == "晨光+林志明+***"
    assert redact_phones("晨光+林志明+0987654321.jpg") == "晨光+林志明+***.jpg"  # (the extension after it too)
    assert redact_phones("相册/晨光_0987-654-321 (2).jpg") == "相册/晨光_*** (2).jpg"


@pytest.mark.parametrize(("filename", "expected"), SESSION23_RULES)
def test_session23_rules(filename: str, expected: dict) -> None:
    assert_fields(filename, expected)
