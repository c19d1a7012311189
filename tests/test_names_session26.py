"""Session 26: made-up names with hard negatives (no string from a work list or an evaluation set)."""

from __future__ import annotations

import pytest

from .names_support import assert_fields

SESSION26_RULES = [
    # A. the parts of the day a 12-hour clock is written with: traditional macOS writes Unicode's day periods (晚上, 凌晨,
    # 中午 …) where simplified writes 上午/下午; 中午12 is noon, 中午1 is 13 h, an hour over 12 gives the day only
    ("截圖 2023-03-04 晚上9.05.33.png", {"title": None, "date": "2023-03-04", "time": "21:05:33"}),
    ("截圖 2023-03-04 凌晨12.05.33.png", {"time": "00:05:33"}),
    ("截圖 2023-03-04 中午12.05.33.png", {"time": "12:05:33"}),
    ("截圖 2023-03-04 中午1.05.33.png", {"time": "13:05:33"}),
    ("截圖 2023-03-04 傍晚6.05.33.png", {"time": "18:05:33"}),
    ("截图 2023-03-04 上午9.05.33.png", {"title": None, "time": "09:05:33"}),
    ("螢幕截圖 2023-03-04 晚上9.05.33.png", {"time": "21:05:33"}),
    ("截圖 2023-03-04 晚上19.05.33.png", {"date": "2023-03-04", "time": None}),
    ("屏幕快照 2019-01-02 晚上9.05.33.png", {"time": "21:05:33"}),
    # B. a macOS screenshot with a site's numeric id after it (`…-1234567`): the id is no title, the clock is read
    ("截屏2023-03-04 21.05.33-1234567.png", {"title": None, "time": "21:05:33"}),
    # C. a browser's copy number after a stamp, as brackets or escaped brackets (`[1]`, `%5B1%5D`): a copy marker
    ("Screenshot_20190304-210533%5B2%5D.png", {"date": "2019-03-04", "time": "21:05:33"}),
    ("屏幕截图 2023-03-04 210533[1].png", {"time": "21:05:33"}),
    ("老照片[1].jpg", {"title": "老照片"}),
    ("增长15%5B1%5D", {"date": None}),  # escaped brackets inside words are left as written
    # D. an Android screenshot with the year apart from the month and day, then the app's package
    ("Screenshot_2023_0304_210533_com.example.app.jpg", {"title": None, "date": "2023-03-04", "time": "21:05:33"}),
    ("Screenshot_2023_0304_210533.png", {"date": "2023-03-04"}),
    ("Screenshot_2023_1399_210533.png", {"date": None}),
    # E. 微信图片 with its stamp cut to the day: the day, a valid one only
    ("微信图片_20230304.jpg", {"title": None, "date": "2023-03-04"}),
    ("微信图片_20231399.jpg", {"date": None}),
    # F. mmexport's milliseconds with a hash glued after them: the export time, the hash no title
    ("mmexport1678000000000a1b2c3d4e5f60718.jpg", {"title": None, "date": "2023-03-05", "time": "15:06:40"}),
    # G. a 小红书 download with a saver's stamp after a picture number
    ("晚霞满天_2_某某某_来自小红书网页版_3_20230304_210533_123.jpg",
     {"title": "晚霞满天", "photographer": None, "date": "2023-03-04", "time": "21:05:33"}),
    # H. who shot it first, then a dash and the work: a name a surname vouches for; a word or a place before 摄 stays the
    # title's
    ("柳青松攝——晚霞.jpg", {"title": "晚霞", "photographer": "柳青松"}),
    ("柳青松 摄——《晚霞》", {"title": "晚霞", "photographer": "柳青松"}),
    ("晨光摄——老街", {"photographer": None}),
    ("北京摄——老街", {"photographer": None}),
    # I. an award's line naming the work it shows: the work is the title; a sentence about people looking at it stays
    ("第三届某某杯摄影大赛金奖作品《晨雾》。", {"title": "晨雾"}),
    ("年度大獎作品《晨雾》。 柳青松 攝", {"title": "晨雾", "photographer": "柳青松"}),
    ("市民在欣赏获奖作品《晨雾》。", {"title": "市民在欣赏获奖作品《晨雾》"}),
    ("观众驻足观看参展作品《晨雾》。", {"title": "观众驻足观看参展作品《晨雾》"}),
    # J. a contest's English results: the entrant's Latin name (two words or more), the rank and category, the work
    ("Lau Ka Ming_3rd(Nature)_晨雾.jpg", {"title": "晨雾", "photographer": "Lau Ka Ming"}),
    ("Mary Chan_Gold_老街.jpg", {"title": "老街", "photographer": "Mary Chan"}),
    ("DSC_1st_晨雾.jpg", {"photographer": None}),
    # K. a screenshot's words are what it shows, no credit
    ("屏幕快照 2019-01-02 下午3.04.05 -柳青松.png", {"title": "柳青松", "photographer": None}),
    ("IMG_20190102_150405_柳青松.jpg", {"photographer": "柳青松"}),
    # L. a placeholder names no work: the word for a picture and its number, an app's word and its number, a code padded
    # with 0 (kept as the entry's id); a figure number before a dash is the page's, the words after it the name's
    ("照片-0312.jpg", {"title": None}),
    ("图7_副本.jpg", {"title": None}),
    ("photo3.png", {"title": None}),
    ("AB02.jpg", {"title": None, "entry_id": "AB02"}),
    ("G20.jpg", {"title": "G20"}),
    ("图7-老街晨雾.jpg", {"title": "老街晨雾"}),
    ("图7-柳青松.jpg", {"photographer": None}),
    # M. a caption's opening words holding a verb, or a post and its holder, name no place (a place after them still
    # reads)
    ("擔任縣府顧問的柳青松出席活動。（記者某某攝）", {"place": None}),
    ("正要離開沙灘時回頭一望，晚霞滿天。", {"place": None}),
    ("某某協會攜手某某科技大學舉辦聯展。", {"place": None}),
    ("消防員柳青松在某某分隊服務多年。", {"place": None}),
    ("10月18日,在湖南省某县三角塘镇长江村,农民收割晚稻。", {"place": "湖南省某县三角塘镇长江村"}),  # (镇 + 长江村)
    # N. an ordinal of a time or a count opening the words is no place; an edition's ordinal goes before the place
    ("第三天跳島時,海水清澈。", {"place": None}),
    ("今日起駕典禮舉行，13間宮廟聯合遶境。", {"place": None}),
    ("第十届全县运动会开幕。", {"place": None}),
    ("第18屆太魯閣峽谷馬拉松開跑,選手迎著晨曦前行。", {"place": "太魯閣峽谷"}),
    ("第二中学，校园，雪景", {"place": "第二中学"}),
    # O. a clause opening on a person's name whose last character is a place suffix's: who, not where (a clan's
    # village, a village, and a spot beside the words stay places)
    ("柳龍河宣布參選鄉長。（柳龍河提供）", {"place": None}),
    ("王家河畔的柳树发芽了。", {"place": "王家河畔"}),
    ("钟鼓阁门前的小巷。", {"place": "钟鼓阁"}),
    # P. going to a place: the place, without 到
    ("小女孩在大年初三到某某林村許願樹祈福。", {"place": "某某林村"}),
    # Q. 摄于 after a space: a day (`老街 摄于1995年`), a year before the verb (an old picture's caption: who is pictured,
    # when, where), a name before a day (who shot it, when); a name before a place stays as the segments read it
    ("老街 摄于1995年.jpg", {"title": "老街", "date": "1995"}),
    ("柳青松 1909年摄于杭州.jpg", {"title": "柳青松", "photographer": None, "date": "1909", "place": "杭州"}),
    ("柳青松 摄于2023年5月.jpg", {"photographer": "柳青松", "date": "2023-05"}),
    ("柳青松 摄于杭州西湖.jpg", {"photographer": "柳青松", "place": "杭州西湖"}),
    ("《晨雾》柳青松 摄于纳米比亚.jpg", {"place": "纳米比亚"}),
    # R. `某网 某某/摄。`: the credit's slash with a full stop after the verb
    ("1950年6月,市民在某某大街散步。某某网 柳青松/摄。", {"title": "1950年6月,市民在某某大街散步", "photographer": "柳青松"}),
    # S. a page's dash before a picture's note
    ("——2019年3月4日摄于某某公园", {"title": None, "date": "2019-03-04", "place": "某某公园"}),
    # T. after a sentence's stop, a bracket holding only the issuer (an office, a station, an outlet): no title's, no credit
    ("某某局長探訪長者。(政府新聞處)", {"title": "某某局長探訪長者", "photographer": None}),
    ("內港水浸嚴重。（某廣視）", {"title": "內港水浸嚴重", "photographer": None}),
    ("市民在公園賞花。(柳青松)", {"photographer": "柳青松"}),
    # U. Hong Kong's housing estates are places; the estate of the family visited (`探訪居於某某邨的家庭`) is where
    ("某某邨.jpg", {"title": None, "place": "某某邨"}),
    ("局長探訪居於柳青邨的長者。(政府新聞處)", {"place": "柳青邨"}),
    ("原居於某某閣的梁先生期望早日回家。", {"place": None}),
    # V. a results page's line: the group, the award, then the entrant and his work in brackets (a note after a dash)
    ("01-公開組 - 冠軍 - 柳青松 (晨雾)", {"title": "晨雾", "photographer": "柳青松"}),
    ("02-學生組 - 亞軍 - 柳青松 (晨雾 - 清晨的老街)", {"title": "晨雾", "photographer": "柳青松"}),
    ("北京-柳青松 (晨雾)", {"photographer": None}),
    # W. a bare supplier after a stop (`。学校 供图`, `。受访者供图`): no title's, no credit
    ("南音体验课。学校 供图", {"title": "南音体验课", "photographer": None}),
    ("市民参观展览。受访者供图.jpg", {"title": "市民参观展览", "photographer": None}),
    # X. the page's number of the picture in a closing bracket, or a post's header picture before a colon
    ("非遗之花在校园绽放(图1)", {"title": "非遗之花在校园绽放"}),
    ("题图一:时隔六年,又登某某顶", {"title": "时隔六年,又登某某顶"}),
    # Y. a division opening the clause with its office or body after it: the body is the subject, no place
    ("某某縣某某鄉政府與某雜誌攜手推出攝影活動。", {"place": None}),
    # Z. an islet and a fort are places; Taiwan's 參訪 is a visit's verb; PhotoCap's default name is no title
    ("某礁嶼上度假的人潮", {"place": "某礁嶼"}),
    ("歡迎民眾參訪七星碉堡。（記者柳青松攝）", {"place": "七星碉堡", "photographer": "柳青松"}),
    ("PhotoCap_017.jpg", {"title": None}),
    ("晨光-古炮台", {"place": None}),
    # AA. 於 after a person's place in the picture (`某某（右四）於某宮參拜`) says where, as after a time; 於 inside words stays
    ("縣長柳青松（右三）於某某鎮天后宮參拜祈福。記者某某／攝影", {"place": "某某鎮天后宮"}),
    ("縣長柳青松（右三）終於完成參拜。", {"place": None}),
    # AB. an artwork's label as auctions and galleries write it: a painter's life years (an old master: a warning, no
    # credit), a medium written as a run (`纸本油彩`), a size glued to the medium or closed by a stop, its unit apart, an
    # area in 平尺, the number of pieces; a 《work》 glued to its maker in a dashed label; a painter and his scroll
    ("柳青松(1901-1980) 晚钟图  设色纸本68×45cm  约2.76平尺", {"title": "晚钟图", "photographer": None}),
    ("柳青松 晚钟NO.3  纸本油彩   28.7×28.4cm.", {"title": "晚钟NO.3", "photographer": "柳青松"}),
    ("柳青松 无题（共三幅）  纸本油性蜡笔  19×13cm.(最大)", {"title": "无题", "photographer": "柳青松"}),
    ("柳青松 晚钟  设色纸本  59×96.5 cm. 23.23×37.99 in.", {"title": "晚钟", "photographer": "柳青松"}),
    ("3-柳青松《晚钟》-2019-水墨設色紙本-37.8x33.5cm.jpg", {"title": "晚钟", "photographer": "柳青松"}),
    ("柳青松 晚钟图轴.jpg", {"title": "晚钟图轴", "photographer": None}),
    # AC. two credited people written with no space between them: split where one split gives two common names (both
    # reading as names where two do); a compound surname, a married woman's two surnames, a reproduction's 翻攝
    ("市民观灯。记者杨青刘梦妍摄", {"photographer": "杨青、刘梦妍"}),
    ("市民观灯。记者叶茂林谢玲 摄", {"photographer": "叶茂林、谢玲"}),
    ("市民觀燈。（記者王黃春子攝）", {"photographer": "王黃春子"}),
    ("鄉長參選爆炸。圖/柳青松翻攝(以下同)", {"photographer": "柳青松"}),
    # AD. Taiwan's schools (國小, 國中, 高中) are places, as 小学 and 中学; 高中 and 國中 keep their 中
    ("青松國小舉辦校慶,小朋友們驚喜不已。(記者某某攝)", {"place": "青松國小"}),
    ("某某縣青松國中上午持續清理校園。記者某某／攝影", {"place": "某某縣青松國中"}),
    ("▲青松高中柳某某校長親手寫春聯送給老師。（圖／青松高中提供）", {"place": "青松高中"}),
    # AE. a view of a named spot (`某某一景`) opening a clause: the spot; a kind of place or a theme names none
    ("青松镇一景。", {"place": "青松镇"}),
    ("某某古镇一景怎翠绿了得.jpg", {"place": "某某古镇"}),
    ("美丽乡村一景.jpg", {"place": None}),
    ("公园一景.jpg", {"place": None}),
    # AF. a results page's award line whose award is a merit (`優異`), its entrant's surname rarer; a place read inside
    # the work's note is none
    ("04-公開組 - 優異 - 溫青松 (晨雾 - 清晨的老街, 人來人往)", {"title": "晨雾", "photographer": "溫青松", "place": None}),
    # AG. `由某某在某地拍攝`: shot by whom, and where, inside a caption sentence
    ("圖為冠軍作品「晨雾」,由柳青松在燕子岩拍攝。市民可於網上欣賞。", {"photographer": "柳青松", "place": "燕子岩"}),
    ("由学校拍摄的宣传片", {"photographer": None}),
    # AH. a credit line's key is no title (`圖片來源：某某攝影`); the picture's key glued to who shot it after the line's slash
    ("▲圖片來源：柳青松攝影", {"title": None, "photographer": "柳青松"}),
    ("信眾齊冒雨迎信仰盛典/圖柳青松攝", {"title": "信眾齊冒雨迎信仰盛典", "photographer": "柳青松"}),
    # AI. 摄于 in a closing bracket is when or where, never a credit's key: a decade (no day, no place), a season's year, a
    # spot named by no one; a place, then who shot it; a year, then where; a wire's day note stays the caption's
    ("姐妹(摄于上世纪60年代)", {"title": "姐妹", "photographer": None, "place": None, "date": None}),
    ("合影（摄于2019年春）", {"title": "合影", "photographer": None, "date": "2019"}),
    ("山居秋暝（摄于途中）", {"title": "山居秋暝", "photographer": None, "place": None}),
    ("秋色（摄于婺源 柳青松）", {"title": "秋色", "photographer": "柳青松", "place": "婺源"}),
    ("全家福（摄于1976年 北京）", {"title": "全家福", "date": "1976", "place": "北京"}),
    ("劳动者站在高架上施工。(摄于年3月28日)", {"title": "劳动者站在高架上施工。(摄于年3月28日)", "photographer": None}),
    # AJ. a photo studio that took an old picture (`某某照相館拍攝`) is its maker, not where; a studio visited stays a place
    ("1878年,某地道臺與家人合影,青松照相館拍攝。根據清朝的官階制度。", {"place": None}),
    ("市民在青松照相馆拍全家福。", {"place": "青松照相馆"}),
    # AK. someone looking at or explaining a work (`参观者欣赏某某的作品《题》`, `某某说明作品「题」`): the sentence is the caption
    ("4月18日,參觀者欣賞元代某某的作品《晨雾》。新華社記者 柳青松 攝", {"title": "4月18日,參觀者欣賞元代某某的作品《晨雾》"}),
    ("協會會員某某某說明作品「晨雾」。記者柳青松／攝影", {"title": "協會會員某某某說明作品「晨雾」"}),
    ("柳青松作品《晨雾》", {"title": "晨雾"}),
    # AL. a maker glued to the kind of his work, then its title (`某某书法作品 明德惟馨`): the maker, the title; a bare kind
    # before four characters stays a child's entry (`书法作品 某某某某`)
    ("柳青松书法作品 明德惟馨", {"title": "明德惟馨", "photographer": "柳青松"}),
    ("柳青松篆刻作品 厚德载物", {"title": "厚德载物", "photographer": "柳青松"}),
    # AM. nobody credited: this pictures (`本期攝影:`), a god's title, a later copy of a work (`（宋摹）`)
    ("■本期攝影:柳青松 李明", {"photographer": "柳青松、李明"}),
    ("王爺 地點:某某溫王宮", {"photographer": None, "title": "王爺"}),
    ("某某洛神赋图卷（宋摹）.png", {"photographer": None}),
]


@pytest.mark.parametrize(("filename", "expected"), SESSION26_RULES)
def test_session26_rules(filename: str, expected: dict) -> None:
    assert_fields(filename, expected)
