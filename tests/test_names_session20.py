"""Session 20: made-up names with hard negatives (no string from a work list)."""

from __future__ import annotations

import pytest

from .names_support import assert_fields

SESSION20_RULES = [
    # A. a closing bracket holding a credit and its agency after one slash is the page's credit, never a folder
    ("村民在田间收割稻谷。(王林 摄/光明图片)", {"title": "村民在田间收割稻谷", "photographer": "王林"}),
    ("渔民出海捕鱼。(李强摄/视觉中国).jpg", {"title": "渔民出海捕鱼", "photographer": "李强"}),
    ("相册(2019)/IMG_0001.jpg", {"title": None}),  # hard negative: a closed bracket, then a folder's slash
    # B. 位于 names where the subject before it is: a named place, or the phrase up to the clause's end
    ("夕阳下的千岛湖。千岛湖位于浙江省淳安县,湖面辽阔。张三 摄.jpg", {"place": "千岛湖"}),
    ("新校区位于城市南郊。张三 摄.jpg", {"place": None}),  # (the review's) a new kind of place: no named subject
    ("该村位于大山深处,村民在采茶。张三 摄.jpg", {"place": None}),  # hard negatives: the place named elsewhere,
    ("黄河位于画面中央。张三 摄.jpg", {"place": None}),  # a position in the picture
    ("大坝位于青山县境内。张三 摄.jpg", {"place": "青山县"}),
    # C. going on to somewhere (转往, 开往, 运往) ends a place phrase
    ("牧民赶着羊群转往夏季牧场。张三 摄.jpg", {"place": None}),
    ("一列开往南宁站的列车。张三 摄.jpg", {"place": None}),
    # D. a named place and a part of it (its dam, its top, its long corridor) is where
    ("青山水库大坝.jpg", {"title": None, "place": "青山水库大坝"}),
    ("2012年灵岩寺长廊.jpg", {"title": None, "place": "灵岩寺长廊", "date": "2012"}),
    ("学校操场.jpg", {"place": None}),  # hard negatives: no name before the part; a view of it is a title
    ("青山水库大坝夜景.jpg", {"title": "青山水库大坝夜景"}),
    ("在太湖.jpg", {"title": None, "place": "太湖"}),  # 在 and a place's name alone: where
    ("在家.jpg", {"title": "在家", "place": None}),
    # E. a pupil's class before the pupil beside a 《work》; a unit opening on a place holds no name
    ("《春天》 青山市实验小学 305班李雨桐.jpg", {"title": "春天", "photographer": "李雨桐"}),
    ("《春天》青山市实验小学.jpg", {"title": "春天", "photographer": None}),
    ("《归途》兰州铁路局一线班组.jpg", {"photographer": None}),
    # F. a museum's label: the era in brackets, a side's length (`纵36.5厘米`), an unknown painter; the painter is
    # named in a warning, never credited
    ("(清)张某 山居图(局部) 纸本设色 纵36.5厘米 横120厘米 某某博物馆藏", {"title": "山居图", "photographer": None}),
    ("(明)李某 松石图", {"title": "松石图", "photographer": None}),
    ("(春色)李某 松石图", {"title": "春色"}),  # hard negative: no era in the bracket, a work's name
    ("唐代(传) 佚名 山水图轴 绢本设色 40.5cmx45.2cm 某某博物院", {"title": "山水图轴", "photographer": None}),
    ("“陶罐”,新石器时代,某某县某遗址出土,某某博物馆藏。", {"title": "陶罐", "photographer": None}),
    ("“家乡”,村民在田间劳动。张三 摄.jpg", {"title": "“家乡”,村民在田间劳动", "photographer": "张三"}),  # no notes
    ("妙法莲华经,宋刻本", {"title": "妙法莲华经"}),
    ("笔记本.jpg", {"title": "笔记本"}),  # hard negative: 本 in a word
    # G. an award before the winners pictured is a part of the title; an award, then `X作品`, names the author
    ("一等奖获奖者合影.jpg", {"title": "一等奖获奖者合影"}),
    ("一等奖-获奖作品（航拍）.jpg", {"title": "获奖作品（航拍）"}),  # hard negative: the winning work, no one shown
    ("金奖 王晓明作品.jpg", {"title": None, "photographer": "王晓明"}),
    ("金奖 风景作品.jpg", {"photographer": None}),
    # H. came to a named place to visit it: where
    ("专家组来青山县博物馆参观.jpg", {"place": "青山县博物馆"}),
    ("代表们来到会场.jpg", {"place": None}),
    ("学校迎来兄弟学校参观.jpg", {"place": None}),  # (the review's) 迎来, 来宾: the visitors, no place
    ("欢迎各位来宾到我区考察.jpg", {"place": None}),
    ("在故乡.jpg", {"title": "在故乡"}),  # (the review's) a kind of place after 在 keeps the title
    # I. a newsroom's unit in a closing credit's bracket shot it: a unit, no place
    ("孩子们在河边嬉戏。(青山市融媒体中心 摄/光明图片).jpg", {"title": "孩子们在河边嬉戏", "place": None}),
    # J. a camera's name, then a place's name after it: where, no title; a label before a device's name stays a title
    ("IMG_20230501_143022_北京南站.jpg", {"title": None, "place": "北京南站"}),
    ("2023_02_14_17_38_45_IMG_1129_青山水库.JPG", {"title": None, "place": "青山水库", "time": "17:38:45"}),
    ("2023_02_14_17_38_45_IMG_1129_晚霞.JPG", {"title": "晚霞", "date": "2023-02-14"}),
    ("故宫_微信图片_20230512143022.jpg", {"title": "故宫"}),
    # K. an international contest's credits: a Latin name after a key (its country in brackets), after a 《work》 or
    # a rank, in a form's fields parted by `;`, glued after 摄影师; the English title in brackets is a gloss
    ("摄影师:Anna Berg(瑞典)", {"title": None, "photographer": "Anna Berg"}),
    ("摄影/Tom Reed[英国]", {"title": None, "photographer": "Tom Reed"}),  # (no extension: a page's line)
    ("第二名《晨雾》©Anna Berg", {"title": "晨雾", "photographer": "Anna Berg"}),
    ("第二名《晨雾》Silent Watch", {"title": "晨雾", "photographer": None}),  # (the third review's) no ©: the work's
    # English title as often as its author
    ("《晨雾》Reuters Pictures", {"photographer": None}),  # hard negatives: a company, a place, a product
    ("第一名《炊烟》Hong Kong", {"photographer": None}),
    ("冠军 摄影师Adobe Lightroom", {"photographer": None}),
    ("发布会(Apple Store).jpg", {"title": "发布会(Apple Store)"}),  # (the second review's) a brand, the teams
    ("女排决赛(中国,美国).jpg", {"title": "女排决赛(中国,美国)"}),
    ("拍摄者：学生 春游.jpg", {"photographer": None}),
    ("宏村位于安徽省黟县东北部。张三 摄.jpg", {"place": "宏村"}),
    ("作品:《晨雾》(Morning Mist);摄影师:Anna Berg;类别:风光", {"title": "晨雾", "photographer": "Anna Berg"}),
    ("冠军 摄影师Anna Berg", {"photographer": "Anna Berg"}),
    ("拍摄者:Anna Berg", {"title": None, "photographer": "Anna Berg"}),
    ("骆驼赛跑(Camel Race).jpg", {"title": "骆驼赛跑"}),
    ("鲸鱼(墨西哥,北美洲)", {"title": "鲸鱼"}),
    # L. 拍摄者 as 作者; a form's key, the name, then the work; 摄影爱好者 is who the name is, no second name
    ("拍摄者：王晓明 山村新貌.jpg", {"title": "山村新貌", "photographer": "王晓明"}),
    ("春之韵 摄影：摄影爱好者 蒋某勇.jpg", {"title": "春之韵", "photographer": "蒋某勇"}),
    # M. a supplier after 供图 and a space; a work quoted after 作品; a name and 作品 alone; a view verb opens no unit
    ("晨曦 供图 青山县融媒体中心.jpg", {"title": "晨曦", "photographer": None, "place": None}),
    ("王晓明的获奖作品“金环”", {"title": "金环", "photographer": "王晓明"}),
    ("金奖 王晓明作品.jpg", {"title": None, "photographer": "王晓明"}),
    ("马蹄莲作品.jpg", {"photographer": None}),  # (the second review's) no award: a flower, a camp, a sight, a job
    ("毕业作品.jpg", {"title": "毕业作品", "photographer": None}),  # hard negatives: a word, a thing of two characters
    ("孔雀作品.jpg", {"title": "孔雀作品", "photographer": None}),
    ("俯瞰青山石化总厂 王晓明摄.jpg", {"title": "俯瞰青山石化总厂", "photographer": "王晓明"}),
    ("家园.jpg", {"title": "家园", "place": None}),  # one's home, no named place
    # N. a photographer named by the role before 拍摄的 in a report about the picture; a wire's name after the agency
    ("中国摄影师王晓明拍摄的照片《晨雾》获得年度大奖。", {"photographer": "王晓明"}),
    ("摄影师们拍摄的照片在展出.jpg", {"photographer": None}),  # hard negative: the photographers, no one named
    ("球员在比赛中。新华社/路透.jpg", {"title": "球员在比赛中", "photographer": None}),
    # O. an office's unit in a credit's bracket names nobody; 位于 a position, then a named place after 的; one's home
    ("民警在巡逻。(青山市公安局宣传处 摄)", {"title": "民警在巡逻", "photographer": None}),
    ("位于画面中央的是一只丹顶鹤。张三 摄.jpg", {"place": None}),
    ("位于大山中的青山县白石镇小学迎来开学日。张三 摄.jpg", {"place": "青山县白石镇小学"}),
    ("绿色家园.jpg", {"title": "绿色家园", "place": None}),
    # P. the third review's: a kind of place before 位于 is no subject; a view verb ends a place; a brand in brackets
    ("展览馆位于西湖畔。张三 摄.jpg", {"place": "西湖畔"}),
    ("眺望青山石化总厂 张三摄.jpg", {"title": "眺望青山石化总厂", "place": None}),
    ("发布会(Tesla).jpg", {"title": "发布会(Tesla)"}),
]


@pytest.mark.parametrize(("name", "expected"), SESSION20_RULES, ids=[row[0] for row in SESSION20_RULES])
def test_session20_rows(name: str, expected: dict) -> None:
    assert_fields(name, expected)
