"""Round 45: news captions of the northern and western provinces' pages, e-papers and lists, each rule a grammar
family tested on made-up names with hard negatives (the work list was the caption rows of held-out set 36; no string
from it is used here)."""

from __future__ import annotations

import pytest

from .names_support import assert_fields

ROUND45_RULES = [
    # A. a news brand or app first, then after `·` the paper whose brand it is, before the reporter's role, and no 摄
    # (`新某省·某省日报通讯员 X`): the byline closes the caption
    ("雪后的某某县某某镇。 新某省·某省日报通讯员 周立群.jpg",
     {"title": "雪后的某某县某某镇", "photographer": "周立群", "place": "某某县某某镇"}),
    ("游人在湖畔赏花。新某省·某省日报记者 周立群 李新民.jpg", {"title": "游人在湖畔赏花", "photographer": "周立群、李新民"}),
    ("遊人在湖畔賞花。 新某省·某省日報通訊員 周立群.jpg", {"title": "遊人在湖畔賞花", "photographer": "周立群"}),
    ("游人在湖畔赏花。某某新闻·某省日报特约通讯员 周立群.jpg", {"title": "游人在湖畔赏花", "photographer": "周立群"}),
    ("某某县的梯田。新某省·某省日报记者 周立群 通讯员 李新民.jpg",
     {"title": "某某县的梯田", "photographer": "周立群、李新民"}),
    ("某某县的梯田,新某某·某某晚报记者 周立群.jpg", {"title": "某某县的梯田", "photographer": "周立群"}),
    # hard negatives: a `·` between two words of the caption with no role after it credits no one
    ("游人在湖畔赏花。春天·某省日报 副刊.jpg", {"photographer": None}),
    ("某某古城·某某晚报创刊纪念.jpg", {"photographer": None}),
    # B. a social post's credit: the key, then `@` and the name or the source (`，摄影师@X`, `，图片来源@某库`), or
    # 图片来源 and a space before the source
    ("某某沙漠的星空,摄影师@周立群.jpg", {"title": "某某沙漠的星空", "photographer": "周立群"}),
    ("某某沙漠的星空,攝影師@周立群.jpg", {"title": "某某沙漠的星空", "photographer": "周立群"}),
    ("某某草原的日出,摄影@周立群.jpg", {"title": "某某草原的日出", "photographer": "周立群"}),
    ("某某草原的日出,图片来源@视觉中国.jpg", {"title": "某某草原的日出", "photographer": None}),
    ("某某草原的日出,圖片來源@東方IC.jpg", {"title": "某某草原的日出", "photographer": None}),
    ("某某油田。图片来源 视觉中国.jpg", {"title": "某某油田", "photographer": None}),
    ("某某县的梯田。图源@某某网.jpg", {"title": "某某县的梯田", "photographer": None}),
    ("某某县的梯田 摄影@周立群.jpg", {"title": "某某县的梯田", "photographer": "周立群"}),
    # hard negatives: an `@` with no credit key before it, a retina mark, 图片来源 opening the name
    ("周立群@某某沙漠.jpg", {"photographer": None}),
    ("某某沙漠的星空@2x.png", {"title": "某某沙漠的星空", "photographer": None}),
    ("图片来源 网络.jpg", {"photographer": None}),
    # C. four characters led by a surname's character but ending in a land or a sight's kind (湿地, 草原, 峡谷, 公园 …)
    # before the credited name are the place, not a second photographer
    ("龙凤湿地 周立群摄.jpg", {"photographer": "周立群", "place": "龙凤湿地"}),
    ("龍鳳濕地 周立群攝.jpg", {"photographer": "周立群", "place": "龍鳳濕地"}),
    ("马家峡谷 周立群 摄.jpg", {"photographer": "周立群", "place": "马家峡谷"}),
    ("金山公园 周立群摄.jpg", {"photographer": "周立群", "place": "金山公园"}),
    # hard negatives: four-character names behind a credit stay names
    ("阿依古丽 摄.jpg", {"photographer": "阿依古丽"}),
    ("某湖晨曦 欧阳春晓 摄.jpg", {"photographer": "欧阳春晓"}),
    # (more forms: a scene of a known city, four characters, before the credited name)
    ("银川晚霞 周立群 摄.jpg", {"photographer": "周立群", "place": "银川"}),
    ("銀川晚霞 周立群 攝.jpg", {"photographer": "周立群"}),
    # D. an archive caption: the place, a comma, then when it was taken (year and month, or the full day) closing it
    ("某某村,2015年7月。 周立群 摄.jpg", {"date": "2015-07", "photographer": "周立群"}),
    ("某某湖畔,2019年8月3日。周立群 摄.jpg", {"date": "2019-08-03", "photographer": "周立群"}),
    ("某某村，2015年7月 周立群攝.jpg", {"date": "2015-07", "photographer": "周立群"}),
    ("某某古城，1998年10月3日。 周立群 攝.jpg", {"date": "1998-10-03", "place": "某某古城"}),
    # hard negatives: a year inside the sentence (a plan), no comma before it, no real month
    ("项目将于2025年7月.jpg", {"date": None}),
    ("某某村 2015年7月.jpg", {"date": None}),
    ("某某村,2015年13月。.jpg", {"date": None}),
    # E. a caption opening with a place's quoted nickname, then the known place it names: the place is read after it
    ("“华夏东极”抚远,游客迎接第一缕晨光。周立群 摄.jpg", {"place": "抚远", "photographer": "周立群"}),
    ("“塞上江南”银川,初秋的稻田。周立群 摄.jpg", {"place": "银川"}),
    ("“北国江城”吉林市,雾凇满枝。周立群 摄.jpg", {"place": "吉林市"}),
    ("“东方某某”哈尔滨,游客赏雪。周立群 攝.jpg", {"place": "哈尔滨"}),
    ("“中国某乡”某某林场,游客赏雪。周立群 摄.jpg", {"place": "某某林场"}),
    ("“某某明珠”某某古鎮,遊人如織。周立群 攝.jpg", {"place": "某某古鎮"}),
    ("“最美乡村”某某村,村民晒秋.jpg", {"place": "某某村"}),
    # hard negatives: a quoted event's or a train's name before words that are no place
    ("“某某之夏”艺术节开幕,市民观看.jpg", {"place": None}),
    ("“某某之夏”艺术节开幕.jpg", {"place": None}),
    # F. a contest list's `《作品》——笔名摄影`: the work, a dash, the author's pen name and the credit verb
    ("《雾凇晨光》——雪山飞狐摄影.jpg", {"title": "雾凇晨光", "photographer": "雪山飞狐"}),
    ("《霧凇晨光》——雪山飛狐攝影.jpg", {"title": "霧凇晨光", "photographer": "雪山飛狐"}),
    ("《雾凇晨光》—大漠孤烟摄.jpg", {"title": "雾凇晨光", "photographer": "大漠孤烟"}),
    ("《雾凇晨光》——周立群摄影.jpg", {"title": "雾凇晨光", "photographer": "周立群"}),
    # hard negatives: a way of shooting, no credit verb, an agency
    ("《雾凇晨光》——无人机摄影.jpg", {"photographer": None}),
    ("《雾凇晨光》——雪山飞狐.jpg", {"photographer": None}),
    ("《雾凇晨光》——新华社摄影.jpg", {"photographer": None}),
    # G. a named landform (盆地, 沙漠, 戈壁, 峡谷; a river of three characters or more) on either side of 的 in a
    # short title is the place
    ("沟壑纵横的某某木盆地 周立群 摄.jpg", {"place": "某某木盆地", "photographer": "周立群"}),
    ("某某齊沙漠的滿天星辰,攝影師@周立群.jpg", {"place": "某某齊沙漠", "photographer": "周立群"}),
    ("枯水期的某某羌河.jpg", {"place": "某某羌河"}),
    ("秋天的某某齐斯河 周立群摄.jpg", {"place": "某某齐斯河"}),
    # hard negatives: a describing word before the kind, a river with no name, a kind alone
    ("金色的沙漠.jpg", {"place": None}),
    ("无垠沙漠的日出.jpg", {"place": None}),
    ("清澈的护城河.jpg", {"place": None}),
    ("村里的那条小河.jpg", {"place": None}),
    # H. a list's 《work》, then its caption opening with a where-clause and one comma, then the credit: the place
    ("1.《欢歌》在某某县某某乡,传承人和亲友们载歌载舞。周立群摄.jpg",
     {"title": "欢歌", "place": "某某县某某乡", "photographer": "周立群"}),
    ("《歡歌》在某某縣某某鄉,傳承人和親友們載歌載舞。周立群攝.jpg", {"place": "某某縣某某鄉", "photographer": "周立群"}),
    ("《晨曲》在某某古镇,游客们载歌载舞 周立群 摄.jpg", {"title": "晨曲", "place": "某某古镇"}),
    # hard negatives: 在 inside the work's name, a where-clause with no place in it
    ("《在希望的田野上》周立群摄.jpg", {"title": "在希望的田野上", "place": None}),
    ("《欢歌》在希望的田野上 周立群摄.jpg", {"place": None, "photographer": "周立群"}),
    # I. a road of some kind with no name (在街路上, 在迁徙道路上, 在林间道路上) is no place; the division opening the
    # clause is read instead
    ("1月14日,某某市某某区环卫工人在街路上进行清雪作业。新华社记者 周立群 摄.jpg", {"place": "某某市某某区"}),
    ("1月14日,某某市某某區環衛工人在街路上進行清雪作業。新華社記者 周立群 攝.jpg", {"place": "某某市某某區"}),
    ("6月15日,牧民们赶着畜群行走在迁徙道路上。新华社记者 周立群 摄.jpg", {"place": None}),
    ("游客行走在林间道路上.jpg", {"place": None}),
    # hard negatives: a named road, a named avenue, a named highway
    ("车辆行驶在中山路上.jpg", {"place": "中山路"}),
    ("市民在解放大道上骑行.jpg", {"place": "解放大道"}),
    ("车辆行驶在京藏公路上.jpg", {"place": "京藏公路"}),
    # J. a known city or county before a scene of the sky or the fields (星空, 日落, 晚霞, 云海, 稻田画) is where it was
    # taken, as before 夜景 or 雪景
    ("漠河星空。周立群 摄.jpg", {"place": "漠河", "photographer": "周立群"}),
    ("黑土地上的五常稻田画。周立群 摄.jpg", {"place": "五常"}),
    ("杭州日落.jpg", {"place": "杭州"}),
    ("哈爾濱夜空 周立群 攝.jpg", {"place": "哈爾濱", "photographer": "周立群"}),
    # hard negatives: no place before the scene word, a theme after a city
    ("童年的星空.jpg", {"place": None}),
    ("美丽星空.jpg", {"place": None}),
    ("北京冬奥.jpg", {"place": None}),
]


@pytest.mark.parametrize(("name", "expected"), ROUND45_RULES)
def test_round45_captions(name: str, expected: dict) -> None:
    assert_fields(name, expected)
