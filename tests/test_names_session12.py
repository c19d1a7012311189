"""Session 12: blind set 65's misses (spent as a work list), each cause a family's general grammar or a tool's
documented scheme, tested on made-up names with hard negatives (no string from the work list)."""

from __future__ import annotations

import pytest

from .names_support import assert_fields

SESSION12_RULES = [
    # A. a school's or a show's page names the artist before 作品, with how it calls them (老师, 教授, 同学 …) and the
    # medium (水粉, 素描 …), also after 图为: the artist made the work pictured, which the 《》 names
    ("周立群老师作品《春江》.jpg", {"title": "春江", "photographer": "周立群"}),
    ("图为周立群水彩作品《春江》.jpg", {"title": "春江", "photographer": "周立群"}),
    ("《春江》周立群同学作品.jpg", {"title": "春江", "photographer": "周立群"}),
    # hard negatives: no person before the honorific, or a performance the caption names, credits nobody
    ("美术老师作品《春江》.jpg", {"title": "春江", "photographer": None}),
    ("学生作品《春江》.jpg", {"photographer": None}),
    ("图为演员表演群舞作品《春江》.jpg", {"photographer": None}),
    # B. a 《work》 that what someone is doing in a caption sentence names (`…的绣娘在制作刺绣《某某》`): ten characters or
    # more before it with 在, closing on no 的, make the sentence the title. (The first version also took eight characters
    # or more after the work, `《某歌》诞生地某县风光秀美`; the review found units and descriptions there, and it was dropped.)
    ("某某县某某合作社的绣娘在制作刺绣《春江》。周立群 摄.jpg", {"title": "某某县某某合作社的绣娘在制作刺绣《春江》",
                                                       "photographer": "周立群"}),
    ("《春江花月夜》诞生地某某县风光秀美。周立群 摄.jpg", {"title": "春江花月夜", "photographer": "周立群"}),
    # hard negatives: a credit, a unit and a name, a place, or a person after the work leave the work as the title
    ("周立群在江苏省宜兴市拍摄的《春江》.jpg", {"title": "春江"}),
    ("国网宁夏电力公司的周立群《春江》.jpg", {"title": "春江"}),
    ("《春江》江苏省宜兴市丁蜀镇.jpg", {"title": "春江", "place": "江苏省宜兴市丁蜀镇"}),
    ("《春江》国网宁夏电力公司周立群.jpg", {"title": "春江", "photographer": "周立群"}),
    ("第十届全国摄影艺术展在京开幕作品《春江》.jpg", {"title": "春江"}),
    # C. device and tool names: a hash before mmexport's time, an upload's size after an epoch and its number, a TRS
    # name's random suffix, an image viewer's saved copy, a re-saved QQ screenshot (the first stamp is the shot), a resize
    # after a copy number, a name copied out of an address (percent-encoded)
    ("mmexport0123456789abcdef0123456789abcdef_1600000000000.jpg", {"date": "2020-09-13", "time": "20:26:40"}),
    ("1600000000000_12_1024x768.jpg", {"date": "2020-09-13", "time": "20:26:40", "title": None}),
    ("W020190102123456789012_aB3.jpg", {"date": "2019-01-02", "title": None}),
    ("DSC_0001_极速看图.jpg", {"title": None}),
    ("QQ截图20190102030405_20190103040506.png", {"date": "2019-01-02", "time": "03:04:05", "title": None}),
    ("微信图片_20190102030405 (2)_调整大小.jpg", {"date": "2019-01-02", "time": "03:04:05", "title": None}),
    ("截屏2022-01-05%2009.10.11.png", {"date": "2022-01-05", "time": "09:10:11", "title": None}),
    ("%E5%BE%AE%E4%BF%A1%E5%9B%BE%E7%89%87_20190102030405.jpg", {"date": "2019-01-02", "time": "03:04:05"}),
    # hard negatives: a per cent sign that is no escape stays in the title; a viewer's word alone is a title
    ("增长10%AB.jpg", {"title": "增长10%AB"}),
    ("100%纯棉.jpg", {"title": "100%纯棉"}),
    ("1600000000000_12_abc.jpg", {"date": None}),
    # D. an outlet's desk and role glued before the name (`某某网某城·某某新闻记者 X 摄`): the role is no person
    ("市民在广场晨练。某某网东城·海报新闻记者 周立群 摄.jpg", {"photographer": "周立群"}),
    ("市民在广场晨练。某某报融媒体记者 周立群 摄.jpg", {"photographer": "周立群"}),
    # hard negatives: a two-character name ending as a role word's last character still credits the person
    ("市民在广场晨练。 王者 摄.jpg", {"photographer": "王者"}),
    # E. 各 or 每 before a kind of place (`在各附属医院`): every one of them, none named; a named place keeps its reading
    ("志愿者在各附属医院开展义诊。周立群 摄.jpg", {"place": None}),
    ("5月1日,某某大学医学部举行大会,表彰在各附属医院工作的护士。周立群 摄.jpg", {"place": "某某大学"}),
    ("登山队在各拉丹冬峰下扎营。周立群 摄.jpg", {"place": "各拉丹冬峰"}),
    # F. a verb of going out or in the weather inside a short headline (`某某团冒雨前往校园`) ends the place: none named
    ("志愿队冒雨前往校园.jpg", {"title": "志愿队冒雨前往校园", "place": None}),
    # G. (the supplier's key with a space for its colon, `… 供图 X`, was read as a credit for a while; the fourth review
    # found brands, police and caption words credited after it — `供图 华为`, `供图 于洋 市民在广场晨练` — and it is taken
    # back: the words stay the title, as before)
    ("游客在景区游玩。供图 华为.jpg", {"photographer": None}),
    # H. a zero-padded sequence glued before the words (`0002某塑像`; a camera model as the frame prefix, `8DS_1646`, was
    # tried and taken back after the second review: it kept 5DS/8DS names from the credit reading the old tree gave them)
    ("0003某某寺大殿.jpg", {"title": None, "place": "某某寺大殿"}),
    ("0012六祖塑像.jpg", {"title": "六祖塑像"}),
    # hard negatives: a prefix that is a year stays; a day (`0315`, 3·15) before the words is no sequence
    ("5DS_2019.jpg", {"title": "5DS"}),
    ("0315晚会.jpg", {"title": "0315晚会"}),
    # I. a kind of work before the title segment (`儿童水彩画-某某`) labels it; a city and a view of it (`某市景色`)
    ("儿童水彩画-我的家乡.jpg", {"title": "我的家乡"}),
    ("油画-春江-周立群.jpg", {"title": "春江", "photographer": "周立群"}),
    ("杭州景色 周立群 摄.jpg", {"title": "杭州景色", "place": "杭州"}),
    # hard negatives: a medium alone names no work; the kind beside a name credits the name
    ("水彩画-周立群.jpg", {"title": None, "photographer": "周立群"}),
    ("北京冬奥 周立群 摄.jpg", {"place": None}),
    # J. a sight and the way it was shot, with a credit (`某某寺航拍 X 摄`): the words stay the title and say where
    ("灵隐寺航拍 周立群 摄.jpg", {"title": "灵隐寺航拍", "place": "灵隐寺", "photographer": "周立群"}),
    # hard negatives: a kind of place or a person before 航拍 names none
    ("城市航拍 周立群 摄.jpg", {"place": None}),
    # K. the same verbs in a caption: `三位居民走出小区` names no place
    ("封控结束后,几位居民走出小区,等待公交车 摄影：周立群.jpg", {"place": None, "photographer": "周立群"}),
    # L. more device names: a day-sorted library's camera frame, a temporary copy of mmexport, a QQ NT HD copy's id
    ("2019_03_04_10_20_IMG_0042.JPG", {"date": "2019-03-04", "time": None, "title": None}),
    ("2019_03_04_DSC_0042.JPG", {"date": "2019-03-04", "title": None}),
    ("tpmmexport1600000000000.jpg", {"date": "2020-09-13", "time": "20:26:40"}),
    ("QQ20190304-102030-HD-12345678.gif", {"date": "2019-03-04", "time": "10:20:30"}),
    # hard negatives: no camera frame after the day keeps the plain day reading; an impossible day gives none
    ("2019_13_04_IMG_0042.JPG", {"date": None}),
    # M. (a series number after a dash closing a 《work》, `《某某门神-1》`, was cut for a while; the third review found
    # sequels and models, `《流浪地球-2》`, `《歼-20》`, and the number stays)
    ("《古城门神-1》 周立群摄.jpg", {"title": "古城门神-1", "photographer": "周立群"}),
    ("《G20-12》周立群.jpg", {"title": "G20-12"}),
    # N. set 67 (spent as a work list): a paper's note on who made the picture (`（上图作者系…、离休干部X）`), a travel
    # page's kind of picture before a sight (`景点照片_某潭`), a sight's own office supplying it (`。某某古镇供图`)
    ("(上图作者系某某市书画协会会员、离休干部周立群).jpg", {"photographer": "周立群", "title": None}),
    ("秋色（作者为某某中学教师周立群）.jpg", {"title": "秋色", "photographer": "周立群"}),
    ("景点照片_日月潭.jpg", {"title": None, "place": "日月潭"}),
    ("游客在观赏灯会。某某古镇供图.jpg", {"title": "游客在观赏灯会", "photographer": None, "place": "某某古镇"}),
    # hard negatives: a note naming only a post credits nobody; a person after the section stays the entrant
    ("（作者系本报记者）.jpg", {"photographer": None}),
    ("游客在观赏灯会。某某县文旅局供图.jpg", {"photographer": None, "place": None}),
    ("秋色（作者系武汉人）.jpg", {"photographer": None}),  # (the third review: where the maker is from, or their job,
    ("（作者系高级工程师）.jpg", {"photographer": None}),  # is no name)
    # O. set 68 (spent as a work list): a name, a space and who the person is (`某某 复兴号高铁司机`): a profile, no
    # author; a version note in brackets (`（通用）`, `（局部）`) names nobody; WordPress's `-scaled-1`; a web page's
    # numbering `[1]`. (An award with its level, `-某某省一等奖`, cut from the title for a while, left the bare title
    # read as a place: taken back after the third review.)
    ("01 周立群 复兴号高铁司机.jpg", {"photographer": None}),
    ("周立群-初二学生-我的家乡.jpg", {"photographer": "周立群"}),
    ("变电站(通用).jpg", {"photographer": None}),
    ("W020210705708406074790-scaled-1.png", {"date": "2021-07-05", "title": None}),
    ("检查螺栓检修情况[2].jpg", {"title": "检查螺栓检修情况"}),
    # hard negatives: a work's title about a job keeps its author; a name in brackets is still the entrant
    ("周立群-快乐的农民.jpg", {"title": "快乐的农民", "photographer": "周立群"}),
    ("秋色（周立群）.jpg", {"title": "秋色", "photographer": "周立群"}),
]

# The session's review (a helper composed 32,535 names round the first rules, parsed them with the session's start and
# with 0bc871f, and judged each changed reading): readings the rules gave where they should not, and a few wrong
# photographers the old tree already gave that the new readings made easy to meet. Each row is a hard negative.
REVIEW12_RULES = [
    # A: after 图为, with no honorific, the words before the medium are a subject, a genre, a town's craft or an edition
    ("图为熊猫剪纸作品《团团》.jpg", {"photographer": None}),
    ("图为花鸟国画作品《牡丹》.jpg", {"photographer": None}),
    ("图为杨柳青年画作品《连年有余》.jpg", {"photographer": None}),
    ("▲图为第五届刺绣作品《高山流水》.jpg", {"photographer": None}),
    ("图为苗族刺绣作品《蝴蝶妈妈》.jpg", {"photographer": None}),
    ("图为陈女士书法作品《东方红》.jpg", {"photographer": None}),
    ("图为张伟老师作品《春江》.jpg", {"title": "春江", "photographer": "张伟"}),
    # B: a unit, a school or a description after the work, a name after 的 or what someone made there (创作的) keep the
    # work as the title; 在线 is online, not at
    ("《春江》国网江苏省电力有限公司.jpg", {"title": "春江"}),
    ("《春江》中央美术学院油画系教授.jpg", {"title": "春江"}),
    ("国网宁夏电力公司的安康《春江》.jpg", {"title": "春江"}),
    ("张伟在宜兴采风时创作的《春江》.jpg", {"title": "春江"}),
    ("浙江在线融媒体中心出品的《春江》.jpg", {"title": "春江"}),
    # C: a per cent sign before digits is no escape (`98%30个`), nor a space before a year (`5.2%2024年`)
    ("覆盖率达98%30个乡镇全部通网.jpg", {"title": "覆盖率达98%30个乡镇全部通网"}),
    ("完成率100%20个项目全部竣工.jpg", {"title": "完成率100%20个项目全部竣工"}),
    # G: the supplier's key opening the name is no credit of the words after it
    ("供图 于洋 市民在广场晨练.jpg", {"photographer": None}),
    # H: a camera model's prefix keeps the credit after it; 007 and 090后 are words, not sequence numbers
    ("5DS_1234 周立群 摄.jpg", {"photographer": "周立群"}),
    ("5DS_1234（周立群 摄）.jpg", {"photographer": "周立群"}),
    ("007特工.jpg", {"title": "007特工"}),
    # old wrong photographers: a credit in brackets after a place, a place before a name in `A B 摄`
    ("边城（周立群 摄）.jpg", {"photographer": "周立群"}),
    ("安徽宏村 周立群 摄.jpg", {"photographer": "周立群"}),
    ("欧阳春园 周立群 摄.jpg", {"photographer": "欧阳春园、周立群"}),
]

# The session's second review (205,354 made-up names round the later rules and the first mends, parsed with the session's
# start and with cd7d4df): each row a reading those rules gave where they should not, or an old wrong photographer the
# new readings led to. Hard negatives all.
REVIEW12B_RULES = [
    # (a place, a sight, a time or 于 + a place before 摄 was made nobody for a while — `杭州 X摄`, `雷峰塔 白天摄`, `于杭州摄`,
    # `周末摄`; the third and fourth reviews found people's names that are places (金华, 高平, 凌云), 于新华, and lists
    # with 白天 collapsing, and each is taken back: these stay as the old tree read them; after a device's name only, a
    # time before 摄 credits nobody)
    ("于新华 摄.jpg", {"photographer": "于新华"}),
    ("金华、周立群 摄.jpg", {"photographer": "金华、周立群"}),
    ("雷茂阳 邵武山 周立群 摄.jpg", {"photographer": "雷茂阳、邵武山、周立群"}),
    ("DSC_1234 周末摄.jpg", {"photographer": None}),
    ("2019_03_04_IMG_0042 （记者 周立群 摄）.jpg", {"photographer": "周立群", "date": "2019-03-04"}),
]

# The session's fourth and fifth reviews (448,128 and 36,000 names). The device names this session taught
# (QQ<d8>-<t6>-HD, mmexport<md5>_<ms>, <ms>_<n>_<W>x<H>, W0…_<suffix>, QQ截图<ts>_<ts>, YYYY_MM_DD_IMG_N) are read only
# alone (devices_patterns._ALONE_RULES): with words after them the name reads as the old tree read it, a caption whose
# credit it found. After any other device's name the words are read by the caption's credit grammar only where a key or
# a role vouches for the name after it (devices_words._device_tail_credit); a bare `X摄` there stays words, as it always
# read — the fifth review found subjects, places, brands and kin read as photographers (`熊猫摄`, `朱家角摄`, `孙女 供图`).
REVIEW12D_RULES = [
    ("QQ20230422-033009-HD-44755375 （记者 周立群 摄）.jpeg", {"photographer": "周立群"}),
    ("1399662116633_4_1080x600 摄影：周立群.JPG", {"photographer": "周立群"}),
    ("DSCF1234 新华社记者才让卓玛摄.jpeg", {"photographer": "才让卓玛"}),
    ("QQ20181006-211351-HD 周立群摄.jpg", {"photographer": "周立群"}),
    ("QQ20181006-211351-HD.jpg", {"date": "2018-10-06", "time": "21:13:51"}),
    # hard negatives: a subject, a place, a word before the role, a post after it
    ("DSC_1234 熊猫摄.jpg", {"photographer": None}),
    ("IMG_0042 石林摄.jpeg", {"photographer": None}),
    ("DSC_5137_通讯员领导摄影.jpg", {"photographer": None}),
    ("W020160812231388380_童真 通讯员 周立群 摄.jpg", {"photographer": None}),  # (a word before the role: all words)
    ("G56A8889_桥上摄.jpg", {"photographer": None}),
    ("wx_camera_1600000000000_女儿摄.jpeg", {"photographer": None}),
    ("QQ20230219-201703-HD-6809657 黄鹤楼.jpg", {"photographer": None}),
    ("W020160819353335849316_a1b2 丰收节.jpg", {"photographer": None}),
]


@pytest.mark.parametrize(("name", "expected"), SESSION12_RULES)
def test_session12_rules(name: str, expected: dict) -> None:
    assert_fields(name, expected)


@pytest.mark.parametrize(("name", "expected"), REVIEW12_RULES)
def test_review12_rules(name: str, expected: dict) -> None:
    assert_fields(name, expected)


@pytest.mark.parametrize(("name", "expected"), REVIEW12B_RULES)
def test_review12b_rules(name: str, expected: dict) -> None:
    assert_fields(name, expected)


@pytest.mark.parametrize(("name", "expected"), REVIEW12D_RULES)
def test_review12d_rules(name: str, expected: dict) -> None:
    assert_fields(name, expected)
