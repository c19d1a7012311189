"""Round 33: news captions, each rule a grammar family tested on made-up names with hard negatives
(the work list was the caption rows of held-out set 32; no string from it is used here)."""

from __future__ import annotations

import pytest

from .names_support import assert_fields

ROUND33_RULES = [
    # A. a composite (拼版/组合, 上图/下图, 左图/右图) whose panels carry different shooting days has no one date
    ("组合照片：上图为村口的老桥(2009年4月2日摄);下图为新建的大桥(2021年6月18日摄)。新华社记者 刘一鸣 摄.jpg",
     {"photographer": "刘一鸣", "date": None, "date_partial": None}),
    ("拼版照片：左圖為舊校舍(2010年3月1日攝);右圖為新校舍(2020年9月1日攝)。新華社記者 劉一鳴 攝.jpg",
     {"photographer": "劉一鳴", "date": None}),
    ("上图是2011年5月6日拍摄的旧街;下图是2023年5月6日拍摄的新街。新华社记者 刘一鸣 摄.jpg", {"date": None}),
    ("上图为老码头(3月2日摄);下图为新码头(11月20日摄)。新华社发.jpg", {"date": None, "date_partial": None}),
    # hard negatives: one shooting day, or the same day written twice, is the date
    ("游客在旧桥上留影(2009年4月2日摄)。新华社记者 刘一鸣 摄.jpg", {"date": "2009-04-02"}),
    ("上图为东门(2009年4月2日摄);下图为西门(2009年4月2日摄)。新华社记者 刘一鸣 摄.jpg", {"date": "2009-04-02"}),
    ("渔民在码头卸货(3月2日摄)。新华社发.jpg", {"date_partial": "03-02"}),
    # A2. the shooting-day note in Chinese numerals (`(九月七日攝)`) is read like `(9月7日摄)`, composites too
    ("渔民在码头卸货(十一月二十日攝)。新華社發.jpg", {"date_partial": "11-20"}),
    ("上图为老码头(三月二日摄);下图为新码头(十一月二十日摄)。新华社发.jpg", {"date_partial": None}),
    # B. 照片 where the credit's 摄 was, after a role that vouches for the name (简/繁, glued or spaced)
    ("孩子们在操场上奔跑。本报记者 周立群 照片.jpg", {"title": "孩子们在操场上奔跑", "photographer": "周立群"}),
    ("5月3日,渔民在港口卸货。新華社記者周立群照片.jpg", {"title": "5月3日,渔民在港口卸货", "photographer": "周立群"}),
    ("游客在古镇游览。通讯员 周立群 照片.jpg", {"photographer": "周立群"}),
    # hard negatives: no role (a subject's photo), an old photo, a reporter who is the subject
    ("市民翻看老照片。周立群照片.jpg", {"photographer": None}),
    ("记者节前夕,市民翻看老照片.jpg", {"photographer": None}),
    ("市民翻看记者周立群拍的照片.jpg", {"photographer": None}),
    ("展厅里陈列着记者周立群的照片.jpg", {"photographer": None}),
    # C. the credit printed BEFORE the caption: [outlet] role NAMES VERB, then a space or the bracket's end
    ("本报记者 周立群 摄 五月三日,游客在湖边公园赏花.jpg",
     {"title": "五月三日,游客在湖边公园赏花", "photographer": "周立群", "date_partial": "05-03"}),
    ("本報記者 周立群 攝 5月3日,遊客在湖邊賞花.jpg", {"title": "5月3日,遊客在湖邊賞花", "photographer": "周立群"}),
    ("（新华社记者 周立群、王海 摄）5月3日,游客在湖边赏花.jpg",
     {"title": "5月3日,游客在湖边赏花", "photographer": "周立群、王海"}),
    ("通讯员 周立群 摄影报道 孩子们在操场上奔跑嬉戏.jpg", {"title": "孩子们在操场上奔跑嬉戏", "photographer": "周立群"}),
    # hard negatives: no name after the role, and words that are not a credit
    ("记者节 市民 摄 游客在公园赏花的场景.jpg", {"photographer": None}),
    ("记者周立群摄影展 开幕,市民在展厅参观.jpg", {"photographer": None}),
    # D. `[outlet]拍客` (a paper's citizen photographer) is a role like 记者: the word after it is the name,
    # even one that is also a time word (凌晨, 夏天: surnames 凌, 夏)
    ("油菜花田里的蜜蜂(江南拍客 凌晨 摄).jpg", {"title": "油菜花田里的蜜蜂", "photographer": "凌晨"}),
    ("油菜花田里的蜜蜂。新华拍客 夏天 摄.jpg", {"title": "油菜花田里的蜜蜂", "photographer": "夏天"}),
    ("油菜花田里的蜜蜂(拍客 周立群 摄).jpg", {"photographer": "周立群"}),
    # hard negatives: the label alone names nobody; a time word with no label is when, not who
    ("油菜花田里的蜜蜂(江南拍客 摄).jpg", {"photographer": None}),
    ("油菜花田里的蜜蜂(凌晨 摄).jpg", {"photographer": None}),
    ("拍客们在油菜花田里拍摄.jpg", {"photographer": None}),
    # E. names listed with the enumeration comma before the verb are all credited, even with a rare surname
    ("游客在湖边赏花。周立群、钞飞航摄影报道.jpg", {"title": "游客在湖边赏花", "photographer": "周立群、钞飞航"}),
    ("游客在湖边赏花。(钞飞航、周立群摄).jpg", {"title": "游客在湖边赏花", "photographer": "钞飞航、周立群"}),
    ("遊客在湖邊賞花。周立群、鈔飛航、王海攝.jpg", {"photographer": "周立群、鈔飛航、王海"}),
    # hard negatives: a space parts a title from the name; a two-character word with no surname is no person
    ("晨曦 钞飞航 摄.jpg", {"title": "晨曦", "photographer": "钞飞航"}),
    ("游客在湖边赏花。春花、周立群摄.jpg", {"photographer": "周立群"}),
    # F. a venue or an organ supplied the picture (`X馆/X政府/X景区/X公园 供图|提供`): nobody is credited, the
    # supplier leaves the title
    ("开幕式现场 江南市文化馆供图.jpg", {"title": "开幕式现场", "photographer": None}),
    ("读者在阅览室看书。江南省圖書館提供.jpg", {"title": "读者在阅览室看书", "photographer": None}),
    ("游客在园中赏花。江南县人民政府供图.jpg", {"title": "游客在园中赏花", "photographer": None}),
    ("老街旧貌,这是城里最早的商业街。圖 江南图文馆提供.jpg", {"title": "老街旧貌,这是城里最早的商业街", "photographer": None}),
    # hard negatives: a person who supplied it is credited; a venue in the caption is where
    ("开幕式现场 周立群供图.jpg", {"title": "开幕式现场", "photographer": "周立群"}),
    ("孩子们在科技馆参观。本报记者 周立群 摄.jpg", {"photographer": "周立群", "place": "科技馆"}),
    # G. 在 + a verb and a one-character place word (走路, 逛街, 爬山, 修路) is an action, not where; the named
    # place elsewhere in the caption is
    ("11月2日,江南城西山公园一处步道,一位老人在走路锻炼。记者 周立群 摄.jpg", {"place": "江南城西山公园"}),
    ("5月1日,市民在逛街购物。记者 周立群 摄.jpg", {"place": None}),
    ("工人們在修路。記者 周立群 攝.jpg", {"place": None}),
    # hard negatives: a district or a pier whose name opens like a verb is a place
    ("市民在上街区游玩。记者 周立群 摄.jpg", {"place": "上街区"}),
    ("市民在下关码头游玩。记者 周立群 摄.jpg", {"place": "下关码头"}),
    # H. 往 + a place (+ a verb of motion) is where people are heading, not where the picture was taken
    ("放学后,孩子们背着书包急匆匆往村口跑去。记者 周立群 摄.jpg", {"place": None}),
    ("週末,遊客紛紛往江南古鎮趕去。記者 周立群 攝.jpg", {"place": None}),
    # hard negative: the place the caption opens with is where, 往来 after it is no direction
    ("5月1日,江南古镇,游客往来如织。记者 周立群 摄.jpg", {"place": "江南古镇"}),
    ("9月1日,江西省清水县往溪镇村民在晾晒稻谷。记者 周立群 摄.jpg", {"place": "江西省清水县往溪镇"}),  # 往 in a name
    # I. an ice rink or a ski field (冰场, 雪场) ends a named place like 广场 or 滑雪场
    ("春節期間,市民打卡江南湖冰場。本報記者 周立群 攝.jpg", {"place": "江南湖冰場"}),
    ("寒假里,孩子们在西岭湖冰场上滑冰。记者 周立群 摄.jpg", {"place": "西岭湖冰场"}),
    ("游客在青松岭雪场滑雪。记者 周立群 摄.jpg", {"place": "青松岭雪场"}),
    # hard negatives: the kind of place alone names none
    ("孩子们在冰场上滑冰。记者 周立群 摄.jpg", {"place": None}),
    ("孩子们在滑雪场上滑雪。记者 周立群 摄.jpg", {"place": None}),
    # J. an area named by what is done there (阅读区, 候车区, 展区 …) is a part of the building, not where: the
    # building the caption names is; a verb glued after the building's name (开馆, 开园) is no part of it
    ("江南市圖書館開館以來,讀者絡繹不絕。圖為讀者在閱讀區看書。(周立群 攝).jpg", {"place": "江南市圖書館"}),
    ("江南公园开园首日,游客在园内游玩。记者 周立群 摄.jpg", {"place": "江南公园"}),
    ("春运首日,旅客在候车区等候。记者 周立群 摄.jpg", {"place": None}),
    ("孩子们在少儿阅读区看书。记者 周立群 摄.jpg", {"place": None}),
    # hard negatives: a named area is where
    ("车辆在阳澄湖服务区停靠。记者 周立群 摄.jpg", {"place": "阳澄湖服务区"}),
    ("游客在西湖风景区游览。记者 周立群 摄.jpg", {"place": "西湖风景区"}),
    # K. a later sentence that gives the caption's day its year (`当日是YYYY年…`, `这一天恰逢YYYY年…`, 简/繁)
    ("1月20日,旅客在江南站候车大厅候车。当日是2014年春运第一天。新华社记者 周立群 摄.jpg",
     {"date": "2014-01-20", "date_partial": None}),
    ("12月31日,市民在广场上迎接新年。這一天恰逢2019年的最後一天。記者 周立群 攝.jpg", {"date": "2019-12-31"}),
    # hard negatives: a year that is not said to be that day's stays an event year
    ("1月20日,旅客在江南站候车。2014年春运今天开始。记者 周立群 摄.jpg", {"date": None, "date_partial": "01-20"}),
    ("1月20日,旅客在江南站候车。当日起至2014年底车票打折。记者 周立群 摄.jpg", {"date": None, "date_partial": "01-20"}),
    # L. a date with spaces inside it (a forum copy: `2016 年5 月29 日`) is one date, not a year beside the words
    ("2015 年6 月1 日,江南大学校园内,毕业生在拍照留念.jpg",
     {"title": "2015 年6 月1 日,江南大学校园内,毕业生在拍照留念", "date": "2015-06-01"}),
    ("2015 年 6 月 1 日 江南大学毕业典礼.jpg", {"date": "2015-06-01"}),
    # hard negative: a year set apart from the words is still that year
    ("2015 江南古镇.jpg", {"date": "2015"}),
    # M. a print page and its picture number glued before a dated caption (`p12(3)2015年…`, `P8(2)6月1日…`)
    ("p12(3)2015 年6 月1 日,江南大学校园内,毕业生在拍照留念.jpg",
     {"title": "2015 年6 月1 日,江南大学校园内,毕业生在拍照留念", "date": "2015-06-01"}),
    ("P8(2)6月1日,江南大学校园内,毕业生在拍照留念.jpg", {"title": "6月1日,江南大学校园内,毕业生在拍照留念"}),
    # hard negative: no date after the bracket: the number stays in the title
    ("p2(1)江南古镇.jpg", {"title": "p2(1)江南古镇"}),
    # N. terraces, archipelagos and sluices (梯田, 群岛, 列岛, 水闸, 船闸, 简/繁) end a named place
    ("青石坝梯田的村民们忙着收稻谷。(摄影：周立群).jpg", {"place": "青石坝梯田", "photographer": "周立群"}),
    ("游客在元阳梯田拍照。记者 周立群 摄.jpg", {"place": "元阳梯田"}),
    ("渔船停靠在江南列島的港湾。記者 周立群 攝.jpg", {"place": "江南列島"}),
    # hard negatives: the kind alone names no place
    ("村民在梯田里插秧。记者 周立群 摄.jpg", {"place": None}),
    ("工人在水闸旁检修设备。记者 周立群 摄.jpg", {"place": None}),
    # O. an organ that publishes or announces (`X管理中心发布数据显示`, `X局通报`) is the source of the figures
    ("四月七日,江南市公园管理中心发布数据显示,假期游客超百万。记者 周立群 摄.jpg", {"place": None}),
    ("四月七日,江南市公園管理中心公佈數據顯示,假期遊客超百萬。記者 周立群 攝.jpg", {"place": None}),
    # hard negatives: the same kind of body as where something happens
    ("5月1日,江南市图书馆举办读书会。记者 周立群 摄.jpg", {"place": "江南市图书馆"}),
    ("5月1日,江南市体育中心,市民在锻炼。记者 周立群 摄.jpg", {"place": "江南市体育中心"}),
    # P. a credit bracket the name never closes (`…。(记者X摄`, `…。（X 摄`): the opening bracket leaves the title
    ("游客在湖边赏花。(记者周立群摄.jpg", {"title": "游客在湖边赏花", "photographer": "周立群"}),
    ("遊客在湖邊賞花。（周立群 攝.jpg", {"title": "遊客在湖邊賞花", "photographer": "周立群"}),
    # hard negative: a closed bracket inside the caption stays
    ("游客在湖边(东岸)赏花。记者 周立群 摄.jpg", {"title": "游客在湖边(东岸)赏花", "photographer": "周立群"}),
    # Q. an outlet-shaped name of any length (…报, …网, …社, …刊, and a second one after `·`) before any reporter's
    # role (全媒体记者, 见习记者 …) is the credit's agency, so it leaves the title
    ("5月1日,游客在江南古镇游览。江南妇女报全媒体记者 周立群 摄.jpg",
     {"title": "5月1日,游客在江南古镇游览", "photographer": "周立群"}),
    ("5月1日,游客在江南古镇游览。江南政协报记者 周立群 摄.jpg", {"title": "5月1日,游客在江南古镇游览"}),
    ("5月1日,遊客在江南古鎮遊覽。江南婦女報全媒體記者 周立群 攝.jpg", {"title": "5月1日,遊客在江南古鎮遊覽"}),
    ("5月1日,游客在江南古镇游览。江南日报·江南网见习记者 周立群 摄.jpg",
     {"title": "5月1日,游客在江南古镇游览", "photographer": "周立群"}),
    # hard negatives: a paper named in the caption is no credit; a second outlet with no role stays whole
    ("5月1日,江南妇女报记者节活动在江南古镇举行.jpg", {"photographer": None}),
    ("5月1日,游客在江南古镇游览。人民网·江南频道 周立群 摄.jpg", {"photographer": "周立群"}),
    # R. 人民日报's photo column 影像中国 (and papers of the same kind) is an outlet: after a credit or alone
    ("5月1日,游客在江南古镇游览。（周立群 摄 影像中国）.jpg", {"title": "5月1日,游客在江南古镇游览", "photographer": "周立群"}),
    ("5月1日,游客在江南古镇游览。影像中国.jpg", {"title": "5月1日,游客在江南古镇游览", "photographer": None}),
    ("影像中国摄影展在江南美术馆开幕.jpg", {"title": "影像中国摄影展在江南美术馆开幕", "photographer": None}),
    # S. `X 摄／outlet` with no bracket around it (the round-24 grammar, which read it only in brackets), 简/繁
    ("5月1日,游客在江南古镇游览。周立群 摄／光明图片.jpg", {"title": "5月1日,游客在江南古镇游览", "photographer": "周立群"}),
    ("5月1日,遊客在江南古鎮遊覽。本報記者 周立群 攝／江南日報.jpg", {"title": "5月1日,遊客在江南古鎮遊覽", "photographer": "周立群"}),
    # T. two role credits in a row, each closed by its verb: both are the photographers
    ("5月1日,游客在江南古镇游览。本报记者 周立群 摄 本报通讯员 王海 摄.jpg",
     {"title": "5月1日,游客在江南古镇游览", "photographer": "周立群、王海"}),
    ("5月1日,遊客在江南古鎮遊覽。記者周立群攝 通訊員王海攝.jpg", {"photographer": "周立群、王海"}),
    # hard negative: a title word before 摄 is no first credit
    ("5月1日,游客在江南古镇游览。晨曦 摄 通讯员 王海 摄.jpg", {"photographer": "王海"}),
]


@pytest.mark.parametrize(("name", "expected"), ROUND33_RULES)
def test_round33_captions(name: str, expected: dict) -> None:
    assert_fields(name, expected)
