"""Session 25: made-up names with hard negatives (no string from a work list or an evaluation set)."""

from __future__ import annotations

import pytest

from .names_support import assert_fields

SESSION25_RULES = [
    # A. a whole name of three or four characters closing on a landform or a crossing (峡 岭 崖 涧 谷 溪 泉 瀑 沟 坡 岩 渡 池
    # 梁) names where it was taken, as 山 and 湖 already did; a surname may open it where the rest is no given name
    ("金鸡岭.jpg", {"title": None, "place": "金鸡岭"}),
    ("石门涧.jpg", {"title": None, "place": "石门涧"}),
    ("仙人崖.jpg", {"place": "仙人崖"}),
    ("黄牛渡.jpg", {"place": "黄牛渡"}),
    ("九龙瀑.jpg", {"place": "九龙瀑"}),
    ("白龙峡.jpg", {"place": "白龙峡"}),  # (白 is a surname, 龙峡 no given name)
    ("张家沟.jpg", {"place": "张家沟"}),  # a clan's village
    ("幽兰清泉.jpg", {"title": "幽兰清泉", "place": None}),  # hard negatives: a landform's common word closing a phrase,
    ("收苞谷.jpg", {"title": "收苞谷", "place": None}),  # a crop, a beam, a brook
    ("挑大梁.jpg", {"place": None}),
    ("山间小溪.jpg", {"place": None}),
    ("王清泉.jpg", {"place": None}),  # a person's name (清泉 is a given name)
    ("走过山岗.jpg", {"place": None}),
    ("游白龙峡.jpg", {"place": None}),  # a going (游, 坐, 登) first: the words are what was done
    # B. a page's line with no extension: a short title, a spaced slash, then who shot it (a pen name, a Latin name); a
    # file's path (with its extension) keeps its folder
    ("晨雾 / 柳青青 攝", {"title": "晨雾", "photographer": "柳青青"}),
    ("老街 / Kevin 攝", {"title": "老街", "photographer": "Kevin"}),
    ("相册 / 柳青青摄.jpg", {"photographer": "柳青青"}),
    # C. two characters a rarer surname opens, the second no given name's, before the credited name: a word (an album, an
    # outlet), no second photographer; a common surname's pair stays a person
    ("相册 柳青青摄", {"photographer": "柳青青"}),
    ("红网 柳青青 摄", {"photographer": "柳青青"}),
    ("易风 柳青青 摄", {"photographer": "易风、柳青青"}),
    ("罗定 柳青青 摄", {"photographer": "罗定、柳青青"}),
    # D. `下同`, `以下同`: the same credit for the pictures below, no name
    ("龙舟竞渡。（圖／某縣政府提供，下同）", {"title": "龙舟竞渡", "photographer": None}),
    ("龙舟竞渡。（圖／記者柳青青攝；以下同）", {"photographer": "柳青青"}),
    ("龙舟竞渡。（柳青青 摄，下同）", {"photographer": "柳青青"}),
    # E. a place's office, then who holds it: the person pictured, no author (a work's words before a name stay a title)
    ("石桥镇镇长 柳青松", {"photographer": None}),
    ("石桥镇党委书记 柳青松.jpg", {"photographer": None}),
    ("老村长-柳青松.jpg", {"title": "老村长", "photographer": "柳青松"}),
    ("我们的村长-柳青松.jpg", {"photographer": "柳青松"}),
    # F. a work the sentence tells of: the caption is the sentence, the work inside it (a credit, a result, the entrant or a
    # label's spaced parts after the work leave the work the title)
    ("《晚钟》是这次画展最受欢迎的一幅。", {"title": "《晚钟》是这次画展最受欢迎的一幅"}),
    ("《晚钟》，吸引了不少市民驻足观看。", {"title": "《晚钟》，吸引了不少市民驻足观看"}),
    ("柳青松的作品《晚钟》以细腻的笔触描绘乡村黄昏。", {"title": "柳青松的作品《晚钟》以细腻的笔触描绘乡村黄昏"}),
    ("《晚钟》柳青松,摄于某县某镇。13812345678.jpg", {"title": "晚钟", "photographer": "柳青松"}),
    ("《晚钟》，某某中学，柳青松", {"title": "晚钟", "photographer": "柳青松"}),
    ("《晚钟》在某县某乡,村民们收工回家。", {"title": "晚钟"}),
    ("柳青松《晚钟》综合材料 六尺对开.jpg", {"title": "晚钟"}),
    ("《晚钟》荣获本届摄影大赛一等奖", {"title": "晚钟"}),
    # G. an artwork's label naming no era credits its one maker where nobody else is credited (an era's painter, or two
    # makers, stay warnings); the label's notes, and a maker's 作品, are no part of the title
    ("柳青松 作品 晚钟 65x45cm 布面油画 2017年.png", {"title": "晚钟", "photographer": "柳青松"}),
    ("柳青松_工笔花鸟_晚钟_50x50cm.jpg", {"title": "晚钟", "photographer": "柳青松"}),
    ("清 柳青松 晚钟图卷 故宫博物院藏.jpg", {"photographer": None}),
    ("晚钟 80x100cm 木刻 2008年.jpg", {"title": "晚钟", "photographer": None}),
    # H. a place whose office follows it (`某鄉長`, `某縣現任縣長`) names whose office, not where it was taken; a place
    # running on into a river or a verb (`某镇长江岸边`, `某里长大`) is no office
    ("竹山鄉長柳青松出席春節團拜。（記者柳青青攝）", {"place": None, "photographer": "柳青青"}),
    ("竹山鄉現任鄉長柳青松宣布競選連任。（本報資料照片）", {"place": None}),
    ("10月11日在安徽省芜湖市繁昌区新港镇长江岸边拍摄的稻田。新华社记者 柳青青 摄.jpg",
     {"place": "安徽省芜湖市繁昌区新港"}),  # (as before: the river's bank is not read)
    # I. a page the picture was taken from, an outlet's desk, or a handout's verb is no person
    ("村民歡度元宵。圖／取自竹山鄉公所臉書", {"photographer": None}),
    ("村民歡度元宵。（圖：臉書）", {"photographer": None}),
    ("村民歡度元宵。（圖／某某電視新聞）", {"photographer": None}),
    ("村民歡度元宵。圖／某某資料庫提供", {"photographer": None}),
    ("村民歡度元宵。（圖／柳青青）", {"photographer": "柳青青"}),  # hard negative: a person stays credited
    # J. Taiwan's 「」 quote a word or an event inside a caption sentence: the sentence is the title
    ("柳青松與村民合影，高喊「豐收萬歲」。（記者柳青青攝）", {"title": "柳青松與村民合影，高喊「豐收萬歲」"}),
    ("「竹山之美」攝影展暨頒獎典禮今天登場。（記者柳青青攝）", {"title": "「竹山之美」攝影展暨頒獎典禮今天登場"}),
    ("「晚钟」柳青松 攝.jpg", {"title": "晚钟", "photographer": "柳青松"}),  # hard negative: a work and its credit
    # K. a verb or a post before a word ending in a place's suffix is no place (`悼念某苑…`, `打造島嶼…`, `某分署長某某堂`)
    ("大批市民悼念竹山苑大火遇難者。（記者柳青青攝）", {"place": None}),
    ("光雕秀登場,打造島嶼夏夜魅力。(圖:柳青青)", {"place": None}),
    ("南區分署長柳青堂等出席開展儀式。（記者柳青青攝）", {"place": None}),
    # L. decorations: WordPress's counter before `scaled` (spaced where a page's text copied it), Windows Explorer's copy
    # in Taiwan's script, a handout note written 為
    ("畢業生巡禮揮手致意 0 scaled.jpg", {"title": "畢業生巡禮揮手致意"}),
    ("畢業生巡禮-0-scaled.jpg", {"title": "畢業生巡禮"}),
    ("IMG_1234 - 複製.jpg", {"title": None}),
    ("照片為竹山國小提供", {"title": None, "photographer": None}),
    ("照片為柳青青提供.jpg", {"photographer": "柳青青"}),
    # M. a caption's closing note in brackets (a screenshot's source, a handout with no verb, a fax, an outlet after the
    # photographer, a composite with its day, a year of shooting): the sentence is the title, the day and the credit are
    # read; Xinhua's `(6月8日摄)` stays in the caption, as the labels keep it
    ("村民在廣場前合影留念。（Google map截圖）", {"title": "村民在廣場前合影留念"}),
    ("村民在廣場前合影留念。(圖/竹山鄉農業課)", {"title": "村民在廣場前合影留念", "photographer": None}),
    ("村民在廣場前合影留念。(圖/民眾提供/某某時報柳青青竹山傳真)", {"title": "村民在廣場前合影留念"}),
    ("村民在廣場前合影留念。(柳青青/大紀元)", {"title": "村民在廣場前合影留念", "photographer": "柳青青"}),
    ("村民在廣場前合影留念。（合成圖／記者柳青青、柳青松攝，2016.8.23）",
     {"title": "村民在廣場前合影留念", "photographer": "柳青青、柳青松", "date": "2016-08-23"}),
    ("村民在廣場前合影留念。（圖／竹山鄉公所提供，2026.03.03）", {"date": "2026-03-03", "photographer": None}),
    ("竹山老街的梧桐与老房子（2013 年摄）", {"title": "竹山老街的梧桐与老房子", "date_partial": "2013"}),
    ("竹山日出(2016.5.28,索尼A99).jpg", {"title": "竹山日出", "date": "2016-05-28"}),
    ("村民在廣場前合影留念。（攝影：Kevin Liang，某某會）", {"photographer": "Kevin Liang"}),
    ("鴻雁-張三科.jpg", {"photographer": "張三科"}),  # hard negative: a person's name in Taiwan's script ending on 科
    ("一列客车驶经竹山特大桥(6月8日摄).jpg", {"title": "一列客车驶经竹山特大桥(6月8日摄)"}),
    ("村民贴春联。〈主辦單位提供〉", {"title": "村民贴春联"}),
    # N. a page's key for its caption (`《圖說》`, `圖說：`), a blog's region tag before its post's title, Windows Photos'
    # resize in Taiwan's script, an edit's word after a camera's number
    ("《圖說》竹山鄉民眾參加獲獎合照。〈主辦單位提供〉", {"title": "竹山鄉民眾參加獲獎合照"}),
    ("[北縣] 天元宮賞櫻", {"title": "天元宮賞櫻"}),
    ("【台北士林區】成功廟開臺聖王", {"title": "成功廟開臺聖王"}),
    ("【归乡】2019年2月3日,某县,老人在村口等候", {"title": "归乡"}),  # hard negative: a story's title, no region
    ("P1180020_調整大小.JPG", {"title": None}),
    ("DSC06925_修改後.JPG", {"title": None}),
    # O. a press-photo award's line: the work, the winner, his outlet (or his being freelance); the rank, a colon, the
    # winner and his outlet after a slash (no file's path: no extension)
    ("年度最佳新聞照片-柳青青-某某傳媒", {"title": "年度最佳新聞照片", "photographer": "柳青青"}),
    ("年度最佳新聞攝影作品集-柳青青-自由攝影工作者", {"photographer": "柳青青"}),
    ("【肖像類】第一名:柳青青/報導者", {"title": None, "photographer": "柳青青"}),
    ("【肖像類】優選:柳青青/自由攝影師", {"photographer": "柳青青"}),
    ("第一名:柳青青/報導者.jpg", {"photographer": None}),  # hard negative: a file in a folder
    # P. a dashed contest export (section and number, call, award, entrant, work, day and hour, where): each field read on
    # its own, the work beside the one entrant; nothing read without an entrant and a day after the work
    ("(第二段)01-竹山大縱走-金獎-柳青松-晚霞-2018110905-竹山主峰.jpg",
     {"title": "晚霞", "photographer": "柳青松", "date": "2018-11-09", "place": "竹山主峰"}),
    ("03-某某杯-佳作02-周文章-步道之美-2019070709-冷水坑停車場.jpg", {"title": "步道之美", "photographer": "周文章"}),
    ("活动-老街-记忆-20190101-竹山.jpg", {"photographer": None}),
]


@pytest.mark.parametrize(("filename", "expected"), SESSION25_RULES)
def test_session25_rules(filename: str, expected: dict) -> None:
    assert_fields(filename, expected)
