"""Round 39: the place the parser gives, audited by the shape of wrong places across every name held (sets 1–32
and the shared files), each shape a general rule tested on made-up names with hard negatives (no held-out string here)."""

from __future__ import annotations

import pytest

from .names_support import assert_fields

ROUND39_RULES = [
    # A. a known place, then 街头/街頭/街道: one word (a street's side, a subdistrict), not the place's 街 and a stray 头
    ("5月2日,游客在杭州街头品尝小吃。记者 王明 摄.jpg", {"place": "杭州街头"}),
    ("成都街头,市民身穿雨衣出行。 周立 摄.jpg", {"place": "成都街头"}),
    ("6月1日,夕阳下的宜兴市宜城街道种粮大户正在收割小麦。通讯员 王明 摄.jpg", {"place": "宜兴市宜城街道"}),
    # hard negatives: 街 that ends a word of its own (街区, 街巷, 步行街)
    ("游客在杭州街区漫步。王明 摄.jpg", {"place": "杭州街区"}),
    ("游客在西安街巷中穿行。王明 摄.jpg", {"place": "西安街巷"}),
    ("3月1日,工人在南京路步行街清扫积雪。王明 摄.jpg", {"place": "南京路步行街"}),
    # B. a quotation opened inside the place and closed after it (`X“某某公路”`): the scan ran into a quoted nickname;
    # the place ends before the quote; a quote opening the place holds the place's own name
    ("湖南凤凰“夜色长廊”吸引游客。李华 摄.jpg", {"place": "湖南凤凰"}),
    ("3月2日,游客在浙江安吉“云上草原”滑雪。李华 摄.jpg", {"place": "浙江安吉"}),
    ("遊客在台南市安平區「夕陽步道」散步。李華 攝.jpg", {"place": "台南市安平區"}),
    ("考察“红色书苑”.jpg", {"place": "红色书苑"}),
    # hard negatives: a quotation closed inside the place (a named base, a camp) stays in it
    ("学员在河北省青县“梆子腔”传承示范基地练习。李华 摄.jpg", {"place": "河北省青县“梆子腔”传承示范基地"}),
    ("市民在江宁“旷野星空”露营基地露营。李华 摄.jpg", {"place": "江宁“旷野星空”露营基地"}),
    # C. a size in mu inside the place (`X镇3000亩生态茶园`, `X村万亩茶园`): the field is sized, not named; the place
    # ends before the number
    ("7月18日,四川省雅安市名山区中峰镇3000亩生态茶园新芽吐翠。李华 摄.jpg", {"place": "四川省雅安市名山区中峰镇"}),
    ("图为湄潭县兴隆镇龙凤村万亩茶园一景。 李华 摄.jpg", {"place": "湄潭县兴隆镇龙凤村"}),
    ("5月1日,江西省婺源县江湾镇上千畝油菜花田,遊客賞花。李華 攝.jpg", {"place": "江西省婺源县江湾镇"}),
    # hard negatives: 亩 inside a name, straight before the name's own suffix (百亩园, 十亩村)
    ("市民在北京百亩园公园散步。李华 摄.jpg", {"place": "北京百亩园公园"}),
    ("在湖南省衡阳县十亩村,村民插秧。李华 摄.jpg", {"place": "湖南省衡阳县十亩村"}),
    # D. a clause read whole from its start: a conjunction or a subject and a verb of motion before the place
    ("三轮车开进柳林镇槐树村田间装运西瓜。李华 摄.jpg", {"place": "柳林镇槐树村"}),
    ("寒风吹过北京市东城区东四北大街,行人裹紧大衣。李华 摄.jpg", {"place": "北京市东城区东四北大街"}),
    ("虽然下着雨,但南锣鼓巷依然游人如织。李华 摄.jpg", {"place": "南锣鼓巷"}),
    # hard negatives: 回, 沿, 经 opening a name, not a verb of motion
    ("市民在回龙观文化公园晨练。李华 摄.jpg", {"place": "回龙观文化公园"}),
    ("游客在沿江大道散步。李华 摄.jpg", {"place": "沿江大道"}),
    ("市民在经开区体育公园健身。李华 摄.jpg", {"place": "经开区体育公园"}),
    # E. a common noun ending in 路 after the place (线路, 电路, 思路 …): a power line, a circuit, not a road's name
    ("5月3日,电工在东湖小区检修线路。李华 摄.jpg", {"place": "东湖小区"}),
    ("5月3日,電工在東湖社區檢修線路。李華 攝.jpg", {"place": "東湖社區"}),
    ("技术员在杭州市西湖区调试电路。李华 摄.jpg", {"place": "杭州市西湖区"}),
    # hard negatives: a road's own name in 路, a section of a ring line (线路段)
    ("游客在中山路散步。李华 摄.jpg", {"place": "中山路"}),
    ("车辆行驶在北京二环线路段。李华 摄.jpg", {"place": "北京二环线路段"}),
    # F. 公安 after a place and before 局/消防/民警/交警 … is the police, not 公安 county
    ("8月5日,南京市公安消防支队队员在进行消防演练。李华 摄.jpg", {"place": "南京市"}),
    ("8月5日,廣州市公安局民警在街頭巡邏。李華 攝.jpg", {"place": "廣州市"}),
    # hard negative: the county itself
    ("8月5日,湖北公安,农民在田间收割水稻。李华 摄.jpg", {"place": "湖北公安"}),
    # G. a village, then 村民 and a person whose surname is a suffix (江, 山 …): the people, not a place's chunk
    ("4月11日,浙江省安吉县递铺镇鲁家村村民江小红在采茶。李华 摄.jpg", {"place": "浙江省安吉县递铺镇鲁家村"}),
    ("4月11日,福建省寧德市蕉城區赤溪村村民江小紅在採茶。李華 攝.jpg", {"place": "福建省寧德市蕉城區赤溪村"}),
    # hard negatives: a people word opening a real place name
    ("4月11日,老人在安吉县鲁家村村民活动中心下棋。李华 摄.jpg", {"place": "安吉县鲁家村村民活动中心"}),
    ("市民在南湖区市民广场跳舞。李华 摄.jpg", {"place": "南湖区市民广场"}),
    # H. 各/部分/多个 … after a division: many places of a kind, none named; the division is where
    ("11月22日,宁远县各中小学开展剪纸活动。李华 摄.jpg", {"place": "宁远县"}),
    ("在临猗县各村的果园里,果农修剪果树。李华 摄.jpg", {"place": "临猗县"}),
    ("連日來,記者在包頭市部分公園看到,市民在晨練。李華 攝.jpg", {"place": "包頭市"}),
    # hard negatives: 各 and 多 inside a name (马各庄, 多宝乡)
    ("游客在北京市通州区马各庄村采摘草莓。李华 摄.jpg", {"place": "北京市通州区马各庄村"}),
    ("游客在江西省上饶市多宝乡赏花。李华 摄.jpg", {"place": "江西省上饶市多宝乡"}),
    # I. a date the scan read into the place (`图为10月27日某市某村…`): no part of it
    ("图为10月27日辛集市旧城镇西王庄村农民在晾晒玉米。李华 摄.jpg", {"place": "辛集市旧城镇西王庄村"}),
    ("圖為10月27日嘉義縣竹崎鄉光華村農民在採收柿子。李華 攝.jpg", {"place": "嘉義縣竹崎鄉光華村"}),
    # hard negative: a number that is the place's own name
    ("游客在798艺术区参观。李华 摄.jpg", {"place": "798艺术区"}),
]


@pytest.mark.parametrize(("name", "expected"), ROUND39_RULES)
def test_round39_rules(name: str, expected: dict) -> None:
    assert_fields(name, expected)
