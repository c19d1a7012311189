"""Generate gallery/data/names_sights.txt: named scenic sights (parks, temples, lakes, mountains …).

Usage: python bench/make_sights.py [--out PATH]

Sources (only the entry names are used, copied below as they stand there):

1. China's national 5A-grade scenic areas (国家5A级旅游景区, the list published by the Ministry of
Culture and Tourism), as kept in the public repository yuanzhoucq/5a-express, file ``scenes.js``
(commit fb26f2399ab19961fbabaa975b471463d9fa2689, 358 entries by province).
2. UNESCO World Heritage sites in China (whc.unesco.org list, Chinese names from UNESCO's own feed),
   as kept in the public repository JWYQuentin/mapping-global-china, file
   ``data/processed/csv/01_china_wh_list.csv`` (commit dd785f3e502a9607c0d7b15a19d1130dda80cc40,
   62 sites, column "Site name (ZH, UNESCO feed)"). Six rows have no Chinese name there (UNESCO ids
   1111, 1414, 1442, 1443, 1540, 1541); for those the Chinese name of the same UNESCO entry is given
   (红河哈尼梯田文化景观, 新疆天山, 丝绸之路：长安-天山廊道的路网, 中国大运河, 青海可可西里,
   鼓浪屿：历史国际社区): the names are facts of the list, not picked for the parser.

Each entry gives its sights by these steps, no name added by hand:

- split at ``-``, ``·`` and ``及`` (`岳阳楼-君山岛` → 岳阳楼, 君山岛); World Heritage names also at
  dashes, ``、``, ``：``, brackets, ``与`` and (in a list with ``、``) ``和``
  (`曲阜孔庙、孔林和孔府` → 曲阜孔庙, 孔林, 孔府); a one-character aside in brackets and a motto in
  quotes are dropped (`中国黄（渤）海…`, `登封“天地之中”…`), and a part with ``的`` or opening with
  历史 is a description, not a name (`长安-天山廊道的路网`, `历史国际社区`);
- drop administrative endings (旅游景区, 风景名胜区, 旅游区, 景区, 游览区 …) and the descriptive words
  before them (文化, 生态, 休闲, 世界文化遗产 …): `崇圣寺三塔文化旅游区` → 崇圣寺三塔;
- also keep the name without a leading division or great river (`句容茅山` → 茅山,
  `杭州西湖` → 西湖, `延川黄河乾坤湾` → 乾坤湾) and without a trailing 古镇/古城 (`乌镇古镇` → 乌镇);
- World Heritage names drop their kind of listing (文化景观, 古建筑群, 历史建筑群, 国家公园, 保护区:
  `武当山古建筑群` → 武当山) and also keep the name without 遗址 where three characters stay
  (`元上都遗址` → 元上都) and without the pits of `兵马俑坑` (→ 兵马俑);
- names already in gallery/data/names_divisions.txt are left out (the division list has them).

Optional: jieba's dictionary (word frequencies and tags), used only to flag names that are also
everyday words. Neither jieba nor the repository is needed at run time: gallery.names reads the
generated text file.

Each output line is ``name<TAB>flags``: ``s`` a sight; ``A`` ambiguous — two characters (泰山, 南湖,
华山: also a person's name shape or a common word), a three-character name led by a common
surname (白云山, 胡杨林: a name shape) or a word jieba knows as a common noun, idiom or phrase
(八仙过海, 桃花源, 大运河), unless it ends in a character no given name ends in (寺 宫 馆 园 …), or a
common word by jieba's frequencies.
The parser trusts an ambiguous name only where the grammar already says "a place comes here".
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "gallery" / "data" / "names_sights.txt"
DIVISIONS = ROOT / "gallery" / "data" / "names_divisions.txt"

# The 5A list as in yuanzhoucq/5a-express scenes.js, one province per line, in its order.
SOURCE_5A = (
    "夫子庙-秦淮河风光带景区 中央电视台无锡影视城三国水浒景区 钟山-中山陵园风景区 吴中太湖旅游区 苏州园林 金鸡湖景区 周庄古镇 同里古镇 灵山大佛 鼋头渚 句容茅山 三山风景区 濠河 环球恐龙城休闲旅游区 瘦西湖 溱湖 沙家浜-虞山尚湖 天目湖旅游度假区 周恩来故里旅游景区 大丰中华麋鹿园景区 云龙湖景区 花果山景区 中国春秋淹城旅游区 惠山古镇景区 洪泽湖湿地景区 连岛景区\n"
    "杭州西湖 西溪湿地 千岛湖 鲁迅故里沈园 横店影视城 乌镇古镇 溪口-滕头 普陀山 雁荡山 根宫佛国文化旅游景区 南湖 天台山景区 神仙居景区 江郎山·廿八都景区 西塘古镇旅游景区 南浔古镇景区 天一阁·月湖景区 缙云仙都景区 刘伯温故里景区 台州府城文化旅游区 云和梯田景区 双龙风景旅游区\n"
    "清明上河园 云台山 白云山景区 龙门石窟景区 老君山-鸡冠洞 少林寺景区 尧山-中原大佛景区 殷墟遗址景区 龙潭大峡谷 老界岭·西峡恐龙园旅游区 嵖岈山旅游景区 红旗渠-太行大峡谷旅游景区 芒砀山旅游景区 八里沟景区 鸡公山景区 太昊伏羲陵文化旅游区 宝泉旅游区\n"
    "白云山风景区 长隆旅游度假区 华侨城旅游度假区 观澜湖休闲旅游区 丹霞山景区 连州地下河旅游景区 雁南飞茶田景区 西樵山景区 罗浮山景区 惠州西湖风景名胜区 长鹿旅游休博园 海陵岛大角湾海上丝路旅游区 孙中山故里旅游区 星湖旅游景区 开平碉楼文化旅游区 万绿湖风景区\n"
    "黄鹤楼公园 三峡大坝景区 三峡人家风景区 清江画廊景区 神农架林区 神龙溪纤夫文化旅游区 武当山风景区 东湖景区 木兰天池 恩施大峡谷景区 赤壁古战场 古隆中景区 腾龙洞景区 三峡大瀑布景区 明显陵文化旅游景区 麻城龟峰山景区\n"
    "天下第一泉景区 崂山景区 蓬莱阁旅游区 三仙山-八仙过海景区 南山景区 台儿庄古城景区 泰山景区 曲阜三孔景区 刘公岛景区 华夏城旅游景区 青州古城旅游区 黄河口生态旅游区 萤火虫水洞·地下大峡谷旅游区 微山湖旅游区 奥帆海洋文化旅游区 周村古商城景区\n"
    "青城山-都江堰旅游景区 峨眉山景区 邓小平故里旅游区 九寨沟 汶川特别旅游区 黄龙风景区 乐山大佛景区 北川羌城 阆中古城 朱德故里景区 海螺沟景区 剑门蜀道剑门关旅游区 碧峰峡旅游景区 光雾山旅游景区 稻城亚丁旅游景区 安仁古镇景区 四姑娘山景区 天台山景区\n"
    "可可托海景区 喀纳斯景区 葡萄沟风景区 天山天池 那拉提草原 金湖杨景区 天山大峡谷 博斯腾湖景区 喀拉峻景区 巴音布鲁克景区 白沙湖景区 噶尔老城景区 帕米尔旅游区 世界魔鬼城景区 赛里木湖景区 塔克拉玛干·三五九旅文化旅游区 江布拉克景区 天山托木尔景区\n"
    "古徽州文化旅游区 黄山风景区 西递宏村景区 八里河景区 龙川景区 天堂寨景区 九华山风景区 天柱山景区 三河古镇景区 方特旅游区 万佛湖景区 采石矶文化生态旅游区 琅琊山景区\n"
    "故宫博物院 八达岭长城 颐和园 天坛公园 奥林匹克公园 恭王府景区 明十三陵景区 圆明园景区 大运河文化旅游景区\n"
    "鼓浪屿 清源山 白水洋-鸳鸯溪 武夷山 泰宁风景旅游区 福建土楼 太姥山 三坊七巷景区 古田旅游区 湄洲岛妈祖文化旅游区 厦门园林植物园景区 冠豸山景区\n"
    "华清池景区 秦始皇兵马俑博物馆 大雁塔-大唐芙蓉园景区 华山景区 黄帝陵景区 法门寺 金丝峡景区 太白山旅游景区 西安城墙·碑林历史文化景区 延安革命纪念地景区 大明宫旅游景区 黄河壶口瀑布旅游区 延川黄河乾坤湾景区 乾陵景区\n"
    "张家界旅游区 韶山旅游区 南岳衡山旅游区 岳麓山·橘子洲旅游区 花明楼景区 岳阳楼-君山岛 崀山景区 东江湖旅游区 炎帝陵景区 桃花源旅游区 矮寨·十八洞·德夯大峡谷景区 凤凰古城旅游区\n"
    "大足石刻景区 巫山小三峡-小小三峡 金佛山景区 黑山谷景区 酉阳桃花源旅游景区 武隆喀斯特旅游区 四面山景区 云阳龙缸景区 阿依河景区 濯水景区 白帝城·瞿塘峡景区 武陵山大裂谷景区\n"
    "庐山风景名胜区 龙虎山旅游景区 古窑民俗博览区 婺源江湾景区 井冈山风景旅游区 共和国摇篮景区 三清山旅游景区 明月山旅游区 龟峰景区 大觉山景区 滕王阁 武功山景区 庐山西海景区 三百山景区 篁岭景区\n"
    "石林风景区 普拉措森林公园景区 丽江古城景区 玉龙雪山景区 西双版纳热带植物园 崇圣寺三塔文化旅游区 昆明世博园景区 腾冲火山热海旅游区 普者黑旅游景区 和顺古镇景区\n"
    "皇城相府生态文化旅游区 绵山景区 五台山风景名胜区 云冈石窟 雁门关景区 平遥古城景区 洪洞大槐树寻根祭祖旅游区 太行山大峡谷八泉峡景区 云丘山景区 黄河壶口瀑布旅游区 晋祠天龙山景区\n"
    "西柏坡景区 承德避暑山庄及周围寺庙 白洋淀景区 野三坡景区 清东陵景区 娲皇宫景区 白石山景区 广府古城景区 山海关景区 清西陵景区 金山岭长城景区 南湖·开滦旅游景区 衡水湖旅游景区\n"
    "漓江风景区 独秀峰-王城景区 乐满地度假世界 青秀山旅游区 两江四湖·象山景区 德天跨国瀑布景区 百色起义纪念园景区 涠洲岛南湾鳄鱼山景区 黄姚古镇景区 程阳八寨景区 花山岩画景区\n"
    "太阳岛景区 汤旺河林海奇石景区 镜泊湖景区 五大连池景区 北极村旅游区 虎头旅游景区 扎龙生态旅游区\n"
    "南山大小洞天旅游区 南山文化旅游区 呀诺达热带雨林 槟榔谷黎苗文化旅游区 分界洲岛 蜈支洲岛旅游区 天涯海角游览区\n"
    "长白山景区 伪满皇宫博物院 净月潭景区 长影世纪城旅游区 六鼎山文化旅游区 世界雕塑公园旅游景区 高句丽文物古迹旅游景区 查干湖景区 大安嫩江湾旅游区\n"
    "沈阳植物园 老虎滩海洋公园 金石滩景区 本溪水洞景区 千山景区 红海滩风景廊道景区 五女山景区\n"
    "嘉峪关文物景区 崆峒山风景名胜区 麦积山景区 鸣沙山月牙泉景区 七彩丹霞景区 炳灵寺世界文化遗产旅游区 官鹅沟景区 冶力关旅游区\n"
    "镇北堡西部影视城 沙坡头旅游景区 沙湖旅游景区 水洞沟旅游区 黄河大峡谷旅游区 六盘山红军长征旅游区\n"
    "上海科技馆 上海野生动物园 东方明珠塔 中共一大·二大·四大纪念馆景区 西沙明珠湖景区\n"
    "龙宫景区 黄果树大瀑布景区 百里杜鹃景区 花溪青岩古镇景区 荔波樟江景区 梵净山旅游景区 镇远古城旅游景区 赤水丹霞旅游区 织金洞景区 万峰林景区\n"
    "成吉思汗陵 响沙湾景区 中俄边境旅游区 阿尔山·柴河旅游景区 阿斯哈图石阵旅游区 胡杨林旅游区 呼伦贝尔大草原·莫尔格勒河景区\n"
    "青海湖景区 塔尔寺景区 互助土族故土园景区 阿咪东索景区\n"
    "布达拉宫景区 大昭寺 扎什伦布寺景区 巴松措景区 雅鲁藏布大峡谷旅游景区\n"
    "盘山风景名胜区 古文化街旅游区\n")

# The World Heritage sites in China as in JWYQuentin/mapping-global-china 01_china_wh_list.csv, in its
# order (UNESCO id in the comment of each line); the six marked * are the Chinese names of rows left blank there.
SOURCE_WH = (
    "泰山 长城 明清故宫（北京故宫、沈阳故宫） 莫高窟 秦始皇陵及兵马俑坑 周口店北京人遗址 黄山 "  # 437-547
    "九寨沟风景名胜区 黄龙风景名胜区 武陵源风景名胜区 承德避暑山庄及其周围寺庙 曲阜孔庙、孔林和孔府 "  # 637-704
    "武当山古建筑群 拉萨布达拉宫历史建筑群 庐山国家公园 峨眉山—乐山大佛 丽江古城 平遥古城 苏州古典园林 "  # 705-813
    "北京皇家园林-颐和园 北京皇家祭坛—天坛 武夷山 大足石刻 青城山—都江堰 皖南古村落－西递、宏村（2000年） "  # 880-1002
    "龙门石窟 明清皇家陵寝 云岗石窟 云南三江并流保护区 高句丽王城、王陵及贵族墓葬 澳门历史城区 殷墟 "  # 1003-1114
    "四川大熊猫栖息地 开平碉楼与村落 中国南方喀斯特 福建土楼 三清山国家公园 五台山 "  # 1213-1279
    "登封“天地之中”历史古迹 中国丹霞 杭州西湖文化景观 澄江化石遗址 元上都遗址 "  # 1305-1389
    "红河哈尼梯田文化景观 新疆天山 丝绸之路：长安-天山廊道的路网 中国大运河 "  # 1111* 1414* 1442* 1443*
    "土司遗址 左江花山岩画文化景观 湖北神农架 青海可可西里 鼓浪屿：历史国际社区 梵净山 良渚古城遗址 "  # 1474-1592 (1540* 1541*)
    "中国黄（渤）海候鸟栖息地 泉州：宋元中国的世界海洋商贸中心 普洱景迈山古茶林文化景观 "  # 1606-1665
    "巴丹吉林沙漠——沙山湖泊群 北京中轴线：中国理想都城秩序的杰作 西夏陵 景德镇手工瓷业遗存\n")  # 1638-1765

ENDINGS = (
    "风景名胜区", "旅游度假区", "风景旅游区", "旅游景区", "旅游区", "风景区", "景区", "游览区", "度假世界",
    "度假区", "休博园", "风光带", "风景廊道",
)
DESCRIPTIVE = (
    "世界文化遗产", "文物古迹", "历史文化", "寻根祭祖", "红军长征", "文化生态", "海上丝路", "民俗博览区",
    "文化", "生态", "休闲", "文物", "特别", "边境", "海洋", "革命纪念地", "旅游",
)
# Kinds of place, not names: a part that is only one of these (or 大/小 + one) is dropped.
GENERIC = frozenset(
    "古镇 古城 古村 陵园 园林 城墙 石窟 石刻 岩画 碉楼 碑林 梯田 土楼 雪山 天池 人家 大佛 大坝 峡谷 瀑布 草原 湿地 "
    "植物园 动物园 野生动物园 科技馆 纪念馆 博物馆 恐龙园 古战场 古商城 地下河 水洞 林区 海角 丹霞 喀斯特 故里 火山 热海 "
    "村落 王陵 化石 古茶林 皇家园林 皇家祭坛 皇家陵寝 历史古迹 历史城区 贵族墓葬 古典园林 古村落 栖息地".split()
)
# A part after a division or an inner sight word must not open with these (`武陵|山大裂谷`,
# `共和|国摇篮`, `金山|岭长城`, `承德避暑山庄及|周围寺庙`, `周口|店北京人`, `沙山湖|泊群`,
# `澄江|化石遗址`): the cut fell inside a word.
BAD_OPENERS = ("大", "小", "国", "周围", "起义", "四大", "二大", "人家", "湿地", "店", "泊", "化石", "手工")
SIGHT_CHARS = frozenset("寺庙宫殿塔楼阁亭园陵祠湖泉潭岛洞峡谷山峰岭桥池湾滩关城屿渚溪河海林沟村寨堡")
GREAT_RIVERS = ("黄河", "长江")
SPLIT = re.compile(r"[-·]|及")
# World Heritage names: also dashes, list marks, brackets, quotes and 与; 和 only inside a 、 list.
SPLIT_WH = re.compile(r"[-·－—、：“”（）]+|及其?|与")
WH_ENDINGS = ("文化景观", "历史建筑群", "古建筑群", "国家公园", "保护区")
sys.path.insert(0, str(ROOT))
from make_divisions import load_word_freq, write_table  # noqa: E402  (beside this script: jieba's word frequencies)

from gallery.names.lexicon import _COMMON_SURNAMES as COMMON_SURNAMES  # noqa: E402  (the parser's own tables)
from gallery.names.people import _PLACE_ONLY_END as PLACE_ONLY_END  # noqa: E402

WORD_FREQ = 1000
IDIOM_FREQ = 30


def strip_endings(name: str) -> str:
    changed = True
    while changed:
        changed = False
        for word in ENDINGS + DESCRIPTIVE:
            if name.endswith(word) and len(name) > len(word) + 1:
                name, changed = name[: -len(word)], True
    return name


def load_divisions() -> set[str]:
    names = set()
    for line in DIVISIONS.read_text(encoding="utf-8").splitlines():
        name, _, flags = line.partition("\t")
        if flags and not name.startswith("#"):
            names.add(name)
    return names


INNER_SPLIT = frozenset("岛湖山寺峡泉洞")


def good_rest(rest: str) -> bool:
    return len(rest) >= 2 and rest[0] not in SIGHT_CHARS and not rest.startswith(BAD_OPENERS)


def wh_parts(entry: str) -> list[str]:
    """A World Heritage name → its named parts (`曲阜孔庙、孔林和孔府` → 曲阜孔庙, 孔林, 孔府)."""
    entry = re.sub(r"“[^”]*”", "：", re.sub(r"（.）", "", entry))  # 中国黄（渤）海: an aside; 登封“天地之中”: a motto
    parts = [p for p in SPLIT_WH.split(entry) if p]
    if "、" in entry:
        parts = [q for p in parts for q in p.split("和")]
    out = []
    for part in parts:
        if "的" in part or part.startswith("历史"):  # 长安-天山廊道的路网, 历史国际社区: a description
            continue
        for word in WH_ENDINGS:
            if part.endswith(word) and len(part) > len(word) + 1:
                part = part[: -len(word)]
        out.append(part)
        if part.endswith("遗址") and len(part) >= 5:  # 元上都遗址 → 元上都 (土司遗址 stays whole)
            out.append(part[:-2])
        if part.endswith("俑坑"):  # 兵马俑坑 → 兵马俑
            out.append(part[:-1])
    return out


def variants(entry: str, divisions: set[str], wh: bool = False) -> set[str]:
    out: set[str] = set()
    parts = [strip_endings(p) for p in (wh_parts(entry) if wh else SPLIT.split(entry))]
    for kind in ("纪念馆", "博物馆"):  # `一大·二大·四大纪念馆`: each part is a 纪念馆
        if len(parts) > 1 and parts[-1].endswith(kind):
            parts = [p if p.endswith(kind) else p + kind for p in parts]
    for name in list(parts):  # `涠洲岛南湾鳄鱼山` → 涠洲岛; `鸣沙山月牙泉` → 鸣沙山, 月牙泉
        for k in range(1, len(name) - 2):
            if name[k] in INNER_SPLIT and good_rest(name[k + 1:]):
                parts += [name[: k + 1], name[k + 1:]]
                break
    for name in parts:
        if not name:
            continue
        out.add(name)
        for lead in sorted(divisions | set(GREAT_RIVERS), key=len, reverse=True):
            if name.startswith(lead) and good_rest(name[len(lead):]):
                rest = name[len(lead):]
                out.add(rest)
                for river in GREAT_RIVERS:  # 延川黄河乾坤湾 → 黄河乾坤湾 → 乾坤湾
                    if rest.startswith(river) and len(rest) - len(river) >= 2:
                        out.add(rest[len(river):])
                break
        for tail in ("古镇", "古城", "公园", "博物院"):  # 黄鹤楼公园 → 黄鹤楼, 故宫博物院 → 故宫
            if name.endswith(tail) and len(name) - len(tail) >= 2:
                out.add(name[: -len(tail)])
    return {n for n in out if 2 <= len(n) <= 8 and re.fullmatch(r"[\u4e00-\u9fff]+", n)
            and n not in GENERIC and n.removeprefix("大").removeprefix("小") not in GENERIC
            and not n.startswith(("周围", "四大", "二大"))}  # `及周围寺庙`, `一大·二大·四大纪念馆`


def ambiguous(name: str, words: dict[str, tuple[int, str]]) -> bool:
    if len(name) <= 2:
        return True
    trusted_end = name[-1] in PLACE_ONLY_END  # 寺 宫 馆 园 …: no given name ends so
    if len(name) == 3 and name[0] in COMMON_SURNAMES and not trusted_end:
        return True  # 白云山, 罗浮山, 胡杨林: also a person's name shape
    count, tag = words.get(name, (0, ""))
    if tag in ("i", "l", "n", "nz") and count >= IDIOM_FREQ and not trusted_end:
        return True  # 八仙过海, 天涯海角, 桃花源: an idiom, a common word or a book first
    return count >= WORD_FREQ and tag != "ns"


def build() -> list[tuple[str, str]]:
    divisions = load_divisions()
    words = load_word_freq(length=None)
    names: set[str] = set()
    for line in SOURCE_5A.splitlines():
        for entry in line.split():
            names |= variants(entry, divisions)
    for entry in SOURCE_WH.split():
        names |= variants(entry, divisions, wh=True)
    names -= divisions
    return [(n, "s" + ("A" if ambiguous(n, words) else "")) for n in sorted(names)]


HEADER = (
    "# Named scenic sights, generated by bench/make_sights.py from China's 5A-grade scenic areas\n"
    "# (yuanzhoucq/5a-express scenes.js @ fb26f23) and UNESCO World Heritage sites in China\n"
    "# (JWYQuentin/mapping-global-china 01_china_wh_list.csv @ dd785f3); do not edit by hand.\n"
    "# name<TAB>flags: s sight, A ambiguous (two characters, a name shape or an everyday word)\n"
)


def main(argv: list[str] | None = None) -> int:
    out, rows = write_table(__doc__, OUT, HEADER, build, argv)
    print(f"{len(rows)} names ({sum('A' in f for _, f in rows)} ambiguous) -> {out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
