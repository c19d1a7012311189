"""Tests for gallery.names: tables of real-world file names, traps, and property tests."""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from gallery.names import find_phones, parse_caption, parse_name, redact_phones

from .names_support import assert_fields, label_fields

SHARED = Path(__file__).resolve().parent.parent.parent / "shared" / "filenames"

# The seed page: every field must come out exactly as labelled (copied here so that CI without
# the shared folder still checks them).
SEED_CASES = [
    ("9.jpg", {"family": "numbered"}),
    (
        "《采茶》周明生  摄于镇江茶博园_副本.jpg",
        {"title": "采茶", "photographer": "周明生", "place": "镇江茶博园", "family": "contest_entry",
         "copy_marker": "_副本"},
    ),
    (
        "2019年4月19日,几位爱好紫砂艺术的外国友人在位于江苏省宜兴市丁蜀镇的紫砂艺术家家中,赏玩紫砂壶。朱智辉_副本.jpg",
        {"title": "2019年4月19日,几位爱好紫砂艺术的外国友人在位于江苏省宜兴市丁蜀镇的紫砂艺术家家中,赏玩紫砂壶",
         "photographer": "朱智辉", "place": "江苏省宜兴市丁蜀镇", "date": "2019-04-19",
         "family": "news_caption", "copy_marker": "_副本"},
    ),
    ("P111 苏扇_副本.jpg", {"title": "苏扇", "family": "print_page", "copy_marker": "_副本"}),
    (
        "《无尘仓储》陈卫东,摄于江苏南钢无尘储煤场。13775584488_副本.jpg",
        {"title": "无尘仓储", "photographer": "陈卫东", "place": "江苏南钢无尘储煤场", "phone": "13775584488",
         "family": "contest_entry", "copy_marker": "_副本"},
    ),
    ("3_副本.jpg", {"family": "numbered", "copy_marker": "_副本"}),
    ("W020241122352983363515.jpg", {"date": "2024-11-22", "family": "trs_cms"}),
    ("0fcc8c7ebdc6f574d956fc010eb4acfd.jpg", {"family": "hash"}),
    ("86347_4fd1dccf-ef63-40d0-8d7a-39a6538685a2_batchwm.jpg.jpg", {"family": "founder_batchwm"}),
    ("微信截图_20241122110811.png", {"date": "2024-11-22", "time": "11:08:11", "family": "wechat_screenshot"}),
    ("微信截图_20241121151459.png", {"date": "2024-11-21", "time": "15:14:59", "family": "wechat_screenshot"}),
    ("微信图片_20240703093100_副本.jpg",
     {"date": "2024-07-03", "time": "09:31:00", "family": "wechat_image", "copy_marker": "_副本"}),
]
FIELDS = ("title", "photographer", "place", "date", "time", "phone")



def _check_exact(name: str, expected: dict) -> None:
    parsed = parse_name(name)
    got = label_fields(parsed)
    for key in FIELDS:
        assert expected.get(key) == got[key], f"{name}: {key}"
    other = expected.get("other", expected)
    if "family" in other:
        assert other["family"] == parsed.family
    if "copy_marker" in other:
        assert other["copy_marker"] == parsed.copy_marker


@pytest.mark.parametrize(("name", "expected"), SEED_CASES)
def test_seed_cases_exact(name: str, expected: dict) -> None:
    _check_exact(name, expected)


def _jsonl(filename: str) -> list[tuple[str, dict]]:
    path = SHARED / filename
    if not path.is_file():
        return []
    return [(r["filename"], r["expected"]) for r in map(json.loads, path.read_text("utf-8").splitlines()) if r]


@pytest.mark.skipif(not (SHARED / "seed.jsonl").is_file(), reason="shared/filenames/seed.jsonl not present")
@pytest.mark.parametrize(("name", "expected"), _jsonl("seed.jsonl") or [("", {})])
def test_seed_jsonl_exact(name: str, expected: dict) -> None:
    _check_exact(name, expected)


def test_seed_table_matches_seed_jsonl() -> None:
    rows = _jsonl("seed.jsonl")
    if not rows:
        pytest.skip("shared/filenames/seed.jsonl not present")
    assert [n for n, _ in SEED_CASES] == [n for n, _ in rows]


# Device, app and CMS families: (name, family, date, time, date_kind)
FAMILIES = [
    ("微信图片_20230730195644.jpg", "wechat_image", "2023-07-30", "19:56:44", "saved"),
    ("微信图片_2026-01-04_173254_818 - 副本.jpg", "wechat_image", "2026-01-04", "17:32:54", "saved"),
    ("微信图片_20230217153648_000_mcrhg.jpg", "wechat_image", "2023-02-17", "15:36:48", "saved"),
    ("1信图片_20190120184742.jpg", "wechat_image", "2019-01-20", "18:47:42", "saved"),
    ("企业微信截图_20230101120000.png", "wecom_screenshot", "2023-01-01", "12:00:00", "screenshot"),
    ("企业微信截图_f35b3997-1064-4dd8-a88c-bf27bc26fa78.png", "wecom_screenshot", None, None, None),
    ("mmexport1369377913772.jpg", "wechat_mmexport", "2013-05-24", "14:45:13", "exported"),
    ("mmexport1658396522950-16611683895014.jpg", "wechat_mmexport", "2022-07-21", "17:42:02", "exported"),
    ("wx_camera_1646713330890.jpg", "wechat_camera", "2022-03-08", "12:22:10", "shot"),
    ("WechatIMG123.jpeg", "wechat_mac", None, None, None),
    ("webwxgetmsgimg (2).jpg", "wechat_web", None, None, None),
    ("0fcc8c7ebdc6f574d956fc010eb4acfdwebwxgetmsgimg (2).jpg", "wechat_web", None, None, None),
    ("QQ图片20191018162208.jpg", "qq_image", "2019-10-18", "16:22:08", "saved"),
    ("QQ截图20160621153752.png", "qq_screenshot", "2016-06-21", "15:37:52", "screenshot"),
    ("TIM图片20190522003819.jpg", "tim_image", "2019-05-22", "00:38:19", "saved"),
    ("TIM截图20190522003819.png", "tim_screenshot", "2019-05-22", "00:38:19", "screenshot"),
    ("QQ20240607-183240@2x-2d9058c0b6aa5bbfa4ce10c330ee3744.png", "qqnt_screenshot", "2024-06-07", "18:32:40",
     "screenshot"),
    ("1234567890(1).png", "qq_screenshot_old", "2009-02-14", "07:31:30", "screenshot"),
    ("屏幕截图 2023-03-30 172557.png", "win_snipping", "2023-03-30", "17:25:57", "screenshot"),
    ("屏幕截图 2025-01-14 110246-20250114110713-71i9tsn.png", "win_snipping", "2025-01-14", "11:02:46",
     "screenshot"),
    ("屏幕快照 2019-06-23 下午8.13.58.png", "mac_screenshot_old", "2019-06-23", "20:13:58", "screenshot"),
    ("屏幕快照 2019-10-08 上午12.55.46.png", "mac_screenshot_old", "2019-10-08", "00:55:46", "screenshot"),
    ("截屏2021-10-21 22.16.18.png", "mac_screenshot", "2021-10-21", "22:16:18", "screenshot"),
    ("截屏2023-01-01 下午3.04.05.png", "mac_screenshot", "2023-01-01", "15:04:05", "screenshot"),
    ("Screenshot 2023-01-01 at 3.04.05 PM.png", "mac_screenshot_en", "2023-01-01", "15:04:05", "screenshot"),
    ("Snipaste_2019-05-21_09-05-45.jpg", "snipaste", "2019-05-21", "09:05:45", "screenshot"),
    ("1700000000000Snipaste_2023-01-01_12-00-00.png", "snipaste", "2023-01-01", "12:00:00", "screenshot"),
    ("PixPin_2024-01-01_12-00-00.png", "pixpin", "2024-01-01", "12:00:00", "screenshot"),
    ("PixPin20260515172945-d1127e2e.png", "pixpin", "2026-05-15", "17:29:45", "screenshot"),
    ("iShot_2025-04-22_21.16.10.avif", "ishot", "2025-04-22", "21:16:10", "screenshot"),
    ("CleanShot 2023-12-28 at 09.06.49@2x_副本.png", "cleanshot", "2023-12-28", "09:06:49", "screenshot"),
    ("搜狗截图20230101120000.png", "sogou_screenshot", "2023-01-01", "12:00:00", "screenshot"),
    ("Screenshot_20191027_093305.png", "android_screenshot", "2019-10-27", "09:33:05", "screenshot"),
    ("screenshot_2019-11-04-17-23-19-554_com.tencent.mm.jpg", "android_screenshot", "2019-11-04", "17:23:19",
     "screenshot"),
    ("Screenshot_2022-03-02-17-08-28-45_5b9ffa3eca6ceb7886a201532a778ee7.jpg", "android_screenshot",
     "2022-03-02", "17:08:28", "screenshot"),
    ("img_20191104_172450.jpg", "android_camera", "2019-11-04", "17:24:50", "shot"),
    ("IMG20200811_144957 - 副本.jpg", "android_camera", "2020-08-11", "14:49:57", "shot"),
    ("VID_20220505_101010.mp4", "android_camera", "2022-05-05", "10:10:10", "shot"),
    ("PXL_20230101_123456789.jpg", "pixel_camera", "2023-01-01", "12:34:56", "shot"),
    ("20230101_120000.jpg", "samsung_camera", "2023-01-01", "12:00:00", "shot"),
    ("DJI_20230101120000_0001_D.JPG", "dji", "2023-01-01", "12:00:00", "shot"),
    ("MYXJ_20230101120000_fast.jpg", "meiyan_camera", "2023-01-01", "12:00:00", "shot"),
    ("MTXX_MH20230101_120000123.jpg", "meitu", "2023-01-01", "12:00:00", "saved"),
    ("IMG_0577_副本.jpg", "iphone", None, None, None),
    ("IMG_E1234.JPG", "iphone", None, None, None),
    ("DSC_0001-已增强-NR 拷贝.jpg", "camera_dsc", None, None, None),
    ("DSC01234.JPG", "camera_dsc", None, None, None),
    ("ABC05838 拷贝.jpg", "camera_custom_prefix", None, None, None),
    ("magazine-unlock-01-2.3.2023121801-_4C9FF635E81F72E894822576782E2913.jpg-a3ddccaf-1301-44e1-b17a"
     "-1ba38aeb0adc.jpg", "huawei_magazine_lock", None, None, None),
    ("image-20260311000232249.png", "typora_paste", "2026-03-11", "00:02:32", "pasted"),
    ("2024-04-03-11-46-01.png", "picgo", "2024-04-03", "11:46:01", "saved"),
    ("W020200416560373994581.jpg", "trs_cms", "2020-04-16", None, "published"),
    ("30599568_9dbc814b-8551-480f-ac54-7c18bd13dd0b_batchwmcopy.JPG", "founder_batchwm", None, None, None),
    ("914a491e3077e98d8f181bcce986eca1.jpg", "hash", None, None, None),
    ("11520C02B909A8A0B1D38A97BA96BA37.jpg", "hash", None, None, None),
    ("1f0e5c1e-7c2a-4d3e-9f4b-123456789abc.png", "hash", None, None, None),
    ("u=1234567890,987654321&fm=26&gp=0.jpg", "baidu_image", None, None, None),
    ("v2-0123456789abcdef0123456789abcdef_r.jpg", "zhihu", None, None, None),
    ("未标题-1 拷贝.jpg", "untitled", None, None, None),
    ("Ch2_图片1.jpg", "office_export", None, None, None),
    ("20089216525815426.jpg", "ambiguous_digits", None, None, None),
]


@pytest.mark.parametrize(("name", "family", "date", "time", "date_kind"), FAMILIES)
def test_device_and_app_families(name: str, family: str, date: str | None, time: str | None,
                                 date_kind: str | None) -> None:
    parsed = parse_name(name)
    assert (family, date, time, date_kind) == (parsed.family, parsed.date, parsed.time, parsed.date_kind)
    assert parsed.title is None and parsed.photographers == []


XIAOHONGSHU = [
    ("拼豆日记54📔骑派大星（附图纸）_3_08e-_来自小红书网页版.jpg", "拼豆日记54📔骑派大星（附图纸）", "08e-", None),
    ("Figma空间弥散渐变技巧_9_RLD_来自小红书网页版.jpg", "Figma空间弥散渐变技巧", "RLD", None),
    ("110_158_夏天就要大胆穿__5_不吃饭了__来自小红书网页版_20260831_185134_593.jpg", "夏天就要大胆穿", "不吃饭了",
     "2026-08-31"),
    ("1751298690385_1751296265210__5_百乐城_来自小红书网页版.jpg", None, "百乐城", "2025-06-30"),
]


@pytest.mark.parametrize(("name", "title", "account", "date"), XIAOHONGSHU)
def test_xiaohongshu_account_is_not_a_photographer(name: str, title: str | None, account: str,
                                                    date: str | None) -> None:
    parsed = parse_name(name)
    assert (title, [account], [], date) == (parsed.title, parsed.accounts, parsed.photographers, parsed.date)
    assert "xiaohongshu" == parsed.kind


# Credits, contest entries and captions: (name, title, photographers, place)
CREDITS = [
    ("扬州 普哈丁墓园 丁春晴摄.jpg", None, ["丁春晴"], "扬州 普哈丁墓园"),
    ("秋色万丰湖-石彦科.jpg", "秋色万丰湖", ["石彦科"], None),
    ("水天一色—栗雨湖-马春华.jpg", "水天一色—栗雨湖", ["马春华"], None),
    ("建设新都市_陈碧信.jpg", "建设新都市", ["陈碧信"], None),
    ("工地印象 胡延松.jpg", "工地印象", ["胡延松"], None),
    ("荷塘月色_欧阳晓峰.jpg", "荷塘月色", ["欧阳晓峰"], None),
    ("特等奖《百年盛世》作者：陈怡刚.jpg", "百年盛世", ["陈怡刚"], None),
    ("《禅影》（组）张文斌.jpg", "禅影", ["张文斌"], None),
    ("《秋韵》（组照之一）王 强.jpg", "秋韵", ["王强"], None),
    ("【秋季摄影大赛】张三-中文系-2024001-《秋阳下的图书馆》.jpg", "秋阳下的图书馆", ["张三"], None),
    ("D06-法拉第式光圈-路网公司高建通.jpg", "法拉第式光圈", ["高建通"], None),
    ("B01-1-陆岗-北京南站_8736.jpg", None, ["陆岗"], "北京南站"),
    ("B05-521-4-1 升腾-9号线六里桥站 资产管理部 杨义钊.jpg", "升腾", ["杨义钊"], "9号线六里桥站"),
    ("EGGLE-湖南-怀化-高椅古村.jpg", "高椅古村", ["EGGLE"], "怀化"),
    ("赵晓龙-辽宁-阜新-蛇衔蟾蜍纹筒形陶罐.jpg", "蛇衔蟾蜍纹筒形陶罐", ["赵晓龙"], "阜新"),
    ("古城夕照 王磊摄于山西平遥.jpg", "古城夕照", ["王磊"], "山西平遥"),
    ("游客在西湖边赏荷。（摄影 段续玲）.jpg", "游客在西湖边赏荷", ["段续玲"], "西湖"),
    ("游客在西湖边赏荷——程功摄.jpg", "游客在西湖边赏荷", ["程功"], "西湖"),
    ("夕阳下的古城墙 摄影：王磊.jpg", "夕阳下的古城墙", ["王磊"], None),
    ("2023年夏夜大雨，跳海的店员送避雨的奶奶回家 供图：梁优.jpg", "2023年夏夜大雨，跳海的店员送避雨的奶奶回家", ["梁优"], None),
    ("11月18日,北京,两名游客在景山公园聊天。中国青年报 赵迪_摄.jpg", "11月18日,北京,两名游客在景山公园聊天", ["赵迪"],
     "景山公园"),
    ("连日来,介休市张兰镇张原村的辣椒进入采收期。本报通讯员 侯 缜 摄.jpg", "连日来,介休市张兰镇张原村的辣椒进入采收期",
     ["侯缜"], "介休市张兰镇张原村"),
    ("游人赏雪。摄影 记者 王振宇 通讯员 施勤伟 袁 艺.jpg", "游人赏雪", ["王振宇", "施勤伟", "袁艺"], None),
    ("10月3日,南京依然高温难耐。新华日报·交汇点记者 邓宇轩 范宏瑞(实习).jpg", "10月3日,南京依然高温难耐",
     ["邓宇轩", "范宏瑞"], "南京"),
    ("2019年6月26日，北京市前门石头胡同快递小哥刘阔驾驶电动车出发送快递（新华社记者鞠焕宗摄）.jpg",
     "2019年6月26日，北京市前门石头胡同快递小哥刘阔驾驶电动车出发送快递", ["鞠焕宗"], "北京市前门石头胡同"),
    ("子　木 摄.jpg", None, ["子木"], None),
]


@pytest.mark.parametrize(("name", "title", "photographers", "place"), CREDITS)
def test_credits_titles_and_places(name: str, title: str | None, photographers: list[str],
                                   place: str | None) -> None:
    parsed = parse_name(name)
    assert (title, photographers, place) == (parsed.title, parsed.photographers, parsed.place)


def test_agency_and_role_are_fields_of_their_own() -> None:
    parsed = parse_name("2月26日，工作人员在青衣方舱医院施工。 新华社记者 吕小炜 摄.jpg")
    assert ("新华社", "记者", ["吕小炜"]) == (parsed.agency, parsed.role, parsed.photographers)
    assert ["路网公司"] == parse_name("D06-法拉第式光圈-路网公司高建通.jpg").units


# Traps: subjects are not photographers, years in titles are not dates, ambiguous digits.
SUBJECTS = [
    "刘大夏.jpg",
    "邓小平检阅自卫队.jpg",
    "张孝骞（左三）为患者查体.jpg",
    "这是1956年林巧稚大夫（右）在北京协和医院妇产科病房为病人做检查.png",
    "P111 苏扇_副本.jpg",
    "关 公.jpg",
    "王磊 张敏.jpg",
    "拼豆日记54📔骑派大星（附图纸）_3_08e-_来自小红书网页版.jpg",
]


@pytest.mark.parametrize("name", SUBJECTS)
def test_subject_person_is_not_a_photographer(name: str) -> None:
    assert [] == parse_name(name).photographers


def test_subjects_before_the_credit_are_not_photographers() -> None:
    name = "2019年6月25日，在湖南醴陵，民政局工作人员宋宛真（左）将结婚证递给新人刘亮（右）和范灵芝（新华社记者薛宇舸摄）.jpg"
    assert ["薛宇舸"] == parse_name(name).photographers


DATES = [
    ("按照国务院关于大运河2014年申报世界文化遗产的工作部署.jpg", None, None),
    ("庆祝建党100周年.jpg", None, None),
    ("30周年庆典.jpg", None, None),
    ("上世纪60年代，动画片艺术家万籁鸣在构思人物形象（新华社记者林慧摄）.jpg", None, None),
    ("8月4日,在新疆伊犁哈萨克自治州伊宁市六星街,小女孩为游客演奏。据统计,2025年1至7月,伊犁州接待游客。新华社记者 赵宇思摄.jpg",
     None, "08-04"),
    ("3月29日国家文物局在扬州召开大运河保护和申遗工作会议。.jpg", None, "03-29"),
    ("1960年，北京公交车售票员舒志英在车上售票（新华社记者黄景达摄）.jpg", "1960", None),
    ("2019年5月31日，在山东省济宁市嘉祥县仲山镇，收割机作业（新华社记者郭绪雷摄）.jpg", "2019-05-31", None),
    ("航拍的德清县下渚湖湿地（2023年5月6日摄，无人机照片）。新华社记者 徐昱 摄.jpg", "2023-05-06", None),
    ("2.022.jpg", None, None),
    ("20191332.jpg", None, None),
    ("20089216525815426.jpg", None, None),
    ("2月30日，游客在公园赏花.jpg", None, None),
    ("国庆节 2021.10.01.jpg", "2021-10-01", None),
]


@pytest.mark.parametrize(("name", "date", "partial"), DATES)
def test_dates_years_in_titles_and_ambiguous_digits(name: str, date: str | None, partial: str | None) -> None:
    parsed = parse_name(name)
    assert (date, partial) == (parsed.date, parsed.date_partial)


PLACES = [
    ("苏州玉雕.jpg", None),
    ("光福核雕.jpg", None),
    ("E01-北京冬奥_1.jpg", None),
    ("《坐着火车去北京》姚海全.jpg", None),
    ("《盐田印象》（组照）林建祥.jpg", None),
    ("天津武清区北运河郊野公园.jpeg", "天津武清区北运河郊野公园"),
    ("B09-圆明园.jpg", "圆明园"),
    ("9月14日在安徽省亳州市谯城区双沟镇任小庙村拍摄的晾晒的辣椒。新华社发(刘勤利 摄).jpg", "安徽省亳州市谯城区双沟镇任小庙村"),
    ("摄于山西平遥古城.jpg", "山西平遥古城"),
]


@pytest.mark.parametrize(("name", "place"), PLACES)
def test_places_crafts_and_themes(name: str, place: str | None) -> None:
    assert place == parse_name(name).place


PHONES = [
    ("守护湘江+王伟+13800131207.jpg", ["13800131207"], "守护湘江", ["王伟"]),
    ("王磊13912345678古城夕照.jpg", ["13912345678"], "古城夕照", ["王磊"]),
    ("古城夕照+王磊+0571-88888888.jpg", ["057188888888"], "古城夕照", ["王磊"]),
    ("13912345678.jpg", ["13912345678"], None, []),
    ("秋景 139-1234-5678.jpg", ["13912345678"], "秋景", []),
]


@pytest.mark.parametrize(("name", "phones", "title", "photographers"), PHONES)
def test_phones_are_never_names_titles_or_dates(name: str, phones: list[str], title: str | None,
                                                photographers: list[str]) -> None:
    parsed = parse_name(name)
    assert phones == parsed.phones
    if title is not None:
        assert title == parsed.title
    assert photographers == parsed.photographers
    for phone in phones:
        assert phone not in (parsed.title or "") and parsed.date is None


def test_redact_and_find_phones() -> None:
    text = "联系 13800138000 或 0512-68001234，编号 2024001"
    assert ["13800138000", "051268001234"] == find_phones(text)
    assert "联系 *** 或 ***，编号 2024001" == redact_phones(text)


def test_copy_markers_and_double_extension() -> None:
    assert " - 副本 (2)" == parse_name("DSC_1234 - 副本 (2).JPG").copy_marker
    assert " 拷贝" == parse_name("系列4 拷贝.jpg").copy_marker
    assert " (1)" == parse_name("标识符号 (1).jpg").copy_marker
    parsed = parse_name("86347_4fd1dccf-ef63-40d0-8d7a-39a6538685a2_batchwm.jpg.jpg")
    assert (True, ".jpg") == (parsed.double_extension, parsed.extension)
    assert ".jpg" == parse_name("IMG_1234.JPG").extension


def test_paste_suffix_does_not_replace_capture_time() -> None:
    parsed = parse_name("微信截图_20240119013621-1705602082722-10.png")
    assert ("2024-01-19", "01:36:21", "screenshot") == (parsed.date, parsed.time, parsed.date_kind)


FOLDERS = [
    ("张伟+13912345678+春到江南/IMG_0001.jpg", None, ["张伟"], "春到江南", ["13912345678"], None),
    ("IMG_0001.jpg", "张伟+13912345678+春到江南", ["张伟"], "春到江南", ["13912345678"], None),
    ("site1000/2019-06/26/5b6809c2-c111-47f9-a371-6b851c62dfc4_batchwm.jpg", None, [], None, [], "2019-06-26"),
    ("20161208/DSC_0001.JPG", None, [], None, [], "2016-12-08"),
    ("李林洪/云山抱物-釉上彩50X50CM.jpg", None, [], "云山抱物", [], None),
    ("运河人物/刘大夏.jpg", None, [], "刘大夏", [], None),
    ("王五+13900001111+晨光/《采茶》周明生.jpg", None, ["周明生"], "采茶", [], None),
]


@pytest.mark.parametrize(("name", "folder", "photographers", "title", "phones", "date"), FOLDERS)
def test_folder_supplies_what_the_name_lacks(name: str, folder: str | None, photographers: list[str],
                                             title: str | None, phones: list[str], date: str | None) -> None:
    parsed = parse_name(name, folder=folder)
    assert (photographers, title, phones, date) == (parsed.photographers, parsed.title, parsed.phones, parsed.date)


def test_folder_evidence_is_weaker_than_the_name() -> None:
    parsed = parse_name("20161208/DSC_0001.JPG")
    assert ("folder date", True) == (parsed.evidence["date"].rule, parsed.evidence["date"].confidence < 0.5)
    parsed = parse_name("张伟+13912345678+春到江南/IMG_0001.jpg")
    assert "folder 姓名+电话+作品名" == parsed.evidence["photographers"].rule


EVIDENCE_NAMES = [n for n, _ in SEED_CASES] + [c[0] for c in CREDITS] + [f[0] for f in FAMILIES]


@pytest.mark.parametrize("name", EVIDENCE_NAMES)
def test_every_filled_field_has_evidence(name: str) -> None:
    parsed = parse_name(name)
    data = parsed.as_dict()
    for key in ("title", "photographers", "place", "date", "date_partial", "time", "date_kind", "phones",
                "copy_marker", "agency", "role", "units", "accounts", "entry_id", "page"):
        if data[key]:
            evidence = parsed.evidence[key]
            assert 0.0 <= evidence.confidence <= 1.0 and evidence.rule


STABLE_KEYS = {
    "filename", "title", "photographers", "photographer", "place", "date", "date_partial", "time", "date_kind",
    "phones", "copy_marker", "kind", "family", "agency", "role", "units", "accounts", "entry_id", "page",
    "extension", "double_extension", "warnings", "evidence",
}
KINDS = {"wechat_image", "screenshot", "camera", "cms", "caption", "contest_entry", "hash", "xiaohongshu",
         "titled", "numbered", "app_export", "generic", "unknown"}


@pytest.mark.parametrize("name", EVIDENCE_NAMES[:40])
def test_as_dict_is_json_ready_with_stable_keys(name: str) -> None:
    data = parse_name(name).as_dict()
    assert STABLE_KEYS <= set(data)
    assert data == json.loads(json.dumps(data, ensure_ascii=False))
    assert data["kind"] in KINDS


HOSTILE = ["", "/", ".jpg", "\x00\x00.jpg", "a" * 10_000, "《" * 500 + ".jpg", "（秋韵)王强.jpg",
           "\ud800\udcff.jpg", "😀" * 300 + ".png", "../../../etc/passwd", "摄" * 1000, "13800138000" * 50]


@pytest.mark.parametrize("name", HOSTILE)
def test_hostile_names_never_raise(name: str) -> None:
    parsed = parse_name(name, folder=name)
    assert name == parsed.filename
    json.dumps(parsed.as_dict())


# session 11: a step that raises is caught by parse_name (an empty result and a warning), which hid four IndexErrors on
# strings a random hunt over caption characters found (an empty tail, an empty peeled credit, an empty entry, a short
# road): the strategy below draws from those characters, and no internal error may be recorded
CAPTION_CHARS = st.text(alphabet=st.sampled_from(list("赵王李摄影于在北京公园路村山湖，。、-_+ 《》（）()新华社记者通讯员图文"
                                                      "1a2023年5月日供稿编辑：:/／·副本拷贝微信图片截屏下午漫回家长")), max_size=14)


@settings(max_examples=500, deadline=None)
@given(CAPTION_CHARS, st.sampled_from(["", ".jpg"]))
@example("，园影路", "")
@example("图：", ".jpg")
@example("（。）社李", ".jpg")
@example("路-置业公司刘琳", ".jpg")
@example("稻田。摄影：欧阳月厚記者", ".png")  # session 13: a compound surname and one given character (`欧阳月`)
@example("新华社照片,长春,2013年11月17日 长春：雪", ".jpg")
def test_no_step_raises_on_caption_characters(text: str, ext: str) -> None:
    parsed = parse_name(text + ext)
    assert not [w for w in parsed.warnings if w.startswith("internal error")], text


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_any_text_parses(name: str) -> None:
    parsed = parse_name(name)
    assert parsed.kind in KINDS
    assert not [w for w in parsed.warnings if w.startswith("internal error")]
    for phone in parsed.phones:
        assert phone not in "".join(parsed.photographers)


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=200))
def test_undecodable_bytes_parse(raw: bytes) -> None:
    name = os.fsdecode(raw) if os.name != "nt" else raw.decode("utf-8", "surrogateescape")
    parse_name(raw.decode("utf-8", "surrogateescape"))
    parse_name(name, folder=name)


PHONE_STRATEGY = st.from_regex(r"1[3-9][0-9]{9}", fullmatch=True)
TEXT_STRATEGY = st.text(alphabet=st.sampled_from("赵王摄影于北京公园，。-_+ 《》新华社记者张明1a"), max_size=20)


@settings(max_examples=300, deadline=None)
@given(TEXT_STRATEGY, PHONE_STRATEGY, TEXT_STRATEGY)
@example("于_摄影", "13000000000", "")  # a phone under a form's key (`标题_摄影 <mobile>`) was lost (ninth session)
def test_phone_is_never_a_name_title_or_date(before: str, phone: str, after: str) -> None:
    parsed = parse_name(f"{before} {phone} {after}.jpg")
    assert phone in parsed.phones
    assert phone not in (parsed.title or "")
    assert all(phone not in p for p in parsed.photographers)
    assert phone not in (parsed.date or "").replace("-", "")


# Rules added for the held-out set (bench/data/names_heldout.jsonl): each row is one general rule.
GENERALISED = [
    # 作者-作品名: a name first, then the title, joined by - _ +
    ("石彦科-秋色万丰湖.jpg", {"title": "秋色万丰湖", "photographer": "石彦科"}),
    ("王伟_守护湘江.jpg", {"title": "守护湘江", "photographer": "王伟"}),
    ("一等奖-周旭东-春和景明万丰湖.jpg", {"title": "春和景明万丰湖", "photographer": "周旭东"}),
    # a plain space after a name is a subject doing something, not a credit
    ("陈江洪 签名留念.jpg", {"title": "陈江洪 签名留念", "photographer": None}),
    ("吴正宝 徐宏林.jpg", {"title": "吴正宝 徐宏林", "photographer": None}),
    # the award in brackets goes; the author's province is not where the picture was taken
    ("七月的肖像（一等奖）作者 江苏 胡宝河.jpg", {"title": "七月的肖像", "photographer": "胡宝河", "place": None}),
    ("美丽神龙湖（周旭东）.jpg", {"title": "美丽神龙湖", "photographer": "周旭东"}),
    ("张大方《精美绝伦的冰雕艺术》.jpg", {"title": "精美绝伦的冰雕艺术", "photographer": "张大方"}),
    ("孟从玮+昆明西寺塔+13712345672.jpg", {"title": "昆明西寺塔", "photographer": "孟从玮", "phone": "13712345672"}),
    # credits: 特约摄影 X, four-character and Tibetan names, traditional characters, an office 供图
    ("10月20日,全椒县六镇镇大殷村连片水稻迎来丰收季。特约摄影 沈果.jpg", {"photographer": "沈果"}),
    ("图为10月25日,柿农在晾晒柿子。周秀鱼春 摄.jpg", {"photographer": "周秀鱼春"}),
    ("在西藏山南市加查县热果村,索朗卓玛和妹妹行碰头礼。新华社记者 普布扎西 摄.jpg", {"photographer": "普布扎西"}),
    ("10月8日,哈爾濱市群力兆麟小學的學生在上課間操。新華社記者 張濤 攝.jpg",
     {"title": "10月8日,哈爾濱市群力兆麟小學的學生在上課間操", "photographer": "張濤"}),
    ("芦淞区白关镇,硕果累累酿丰收。 芦淞区委宣传部供图.jpg",
     {"title": "芦淞区白关镇,硕果累累酿丰收", "photographer": None}),
    ("图:装卸农民工(吴吉斌供图).jpg", {"title": "装卸农民工", "photographer": "吴吉斌"}),
    # places: scenic/school/market suffixes, a landmark glued to a city, 村村民 / 溪流 stop
    ("茶卡盐湖_20150821.jpg", {"place": "茶卡盐湖", "title": None, "date": "2015-08-21"}),
    ("西安城墙.jpg", {"place": "西安城墙", "title": None}),
    ("颐和园昆明湖.jpg", {"place": "颐和园昆明湖", "title": None}),
    ("哈尔滨市群力兆麟小学.jpg", {"place": "哈尔滨市群力兆麟小学", "title": None}),
    ("收割现场(李润摄).jpg", {"title": "收割现场", "place": None, "photographer": "李润"}),
    ("云南省香格里拉市建塘镇溪流上的冰(1月15日摄)。新华社发(余富全 摄).jpg", {"place": "云南省香格里拉市建塘镇"}),
    ("5月25日,河南省周口市商水县汤庄乡吴楼村村民在抢收小麦。新华社发(高建中 摄).jpg",
     {"place": "河南省周口市商水县汤庄乡吴楼村"}),
    # device names: ColorOS, WhatsApp, Telegram Desktop, MVIMG; invalid 14/17-digit clocks give no date
    ("IMG20230512102233.jpg", {"date": "2023-05-12", "time": "10:22:33", "title": None}),
    ("IMG-20230512-WA0003.jpg", {"date": "2023-05-12", "time": None, "title": None}),
    ("photo_2023-05-12_10-22-33.jpg", {"date": "2023-05-12", "time": "10:22:33", "title": None}),
    ("MVIMG_20190512_102233.jpg", {"date": "2019-05-12", "time": "10:22:33", "title": None}),
    ("20121021345615426.jpg", {"date": None, "time": None}),
]



CAPTIONS = [
    ("8月4日,在新疆伊犁哈萨克自治州伊宁市六星街,一名维吾尔族小女孩为游客演奏。新华社记者 赵宇思/摄",
     {"title": "8月4日,在新疆伊犁哈萨克自治州伊宁市六星街,一名维吾尔族小女孩为游客演奏", "photographer": "赵宇思",
      "place": "新疆伊犁哈萨克自治州伊宁市六星街"}),
    ("收割现场(李润/摄)", {"title": "收割现场", "photographer": "李润"}),
    ("10月14日,南谯区章广镇元松村猕猴桃基地,一位员工正在采摘成熟的果子。 通讯员 陈军/摄",
     {"photographer": "陈军", "place": "南谯区章广镇元松村猕猴桃基地"}),
    # copy markers do not exist in captions, and device tables do not apply
    ("春天的故事 _副本", {"title": "春天的故事 _副本"}),
    ("游客在雪乡留影(11月18日摄)。新华社记者 王建威 摄。", {"title": "游客在雪乡留影(11月18日摄)", "photographer": "王建威"}),
]


@pytest.mark.parametrize(("text", "expected"), CAPTIONS)
def test_parse_caption(text: str, expected: dict) -> None:
    parsed = parse_caption(text)
    got = label_fields(parsed)
    for key, value in expected.items():
        assert value == got[key], f"{text}: {key}"
    assert parsed.copy_marker is None
    assert parsed.extension == ""


def test_parse_caption_reads_the_shot_day_in_brackets() -> None:
    assert "11-18" == parse_caption("游客在雪乡留影(11月18日摄)。新华社记者 王建威 摄").date_partial


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_any_caption_parses(text: str) -> None:
    parsed = parse_caption(text)
    assert parsed.kind in KINDS
    json.dumps(parsed.as_dict())


# Rules written for the families still missed (colleague's list; bench/data/names_heldout2.jsonl
# judged them); the strings are made up in the same shape, not copied from the held-out sets.
DIVISION_RULES = [
    # a county-level city is a place, never a photographer; a county that is also a name
    # shape beside a title is read as neither
    ("醴陵 瓷谷广场.jpg", {"photographer": None, "place": "醴陵 瓷谷广场", "title": None}),
    ("秋色-周宁.jpg", {"photographer": None, "place": None}),
    ("晨曦 高明 摄.jpg", {"photographer": "高明", "title": "晨曦"}),
    # short captions that open with an administrative phrase; crafts and themes do not
    ("官庄镇石门村村民采摘柑橘。记者 王强 摄.jpg", {"place": "官庄镇石门村", "photographer": "王强"}),
    ("醴陵浦口镇稻田丰收.jpg", {"place": "醴陵浦口镇"}),
    ("宜兴紫砂.jpg", {"place": None, "title": "宜兴紫砂"}),
    ("苏州刺绣.jpg", {"place": None}),
    ("美丽乡村建设.jpg", {"place": None}),
    ("上海世博.jpg", {"place": None}),
    # places after visit verbs, after …的, with 一 inside the name, after a leading date
    ("游客参观吉首市博物馆.jpg", {"place": "吉首市博物馆"}),
    ("领导考察石门村.jpg", {"place": "石门村"}),
    ("清晨,薄雾笼罩下的凤凰县沱江镇老街。记者 刘洋 摄.jpg", {"place": "凤凰县沱江镇老街"}),
    ("20230918_沈阳九一八纪念馆.jpg", {"place": "沈阳九一八纪念馆", "title": None, "date": "2023-09-18"}),
    ("2023-05-01 湖南醴陵陶瓷市场.jpg", {"place": "湖南醴陵陶瓷市场", "title": None, "date": "2023-05-01"}),
    ("2015年3月8日杭州西湖断桥残雪 李华摄.jpg", {"title": "杭州西湖断桥残雪", "date": "2015-03-08"}),
    # organisations and nationalities are not places
    ("省政协副主席视察湖南省委党校.jpg", {"place": None}),
    ("日本游客在故宫参观。记者 王强 摄.jpg", {"place": "故宫"}),
    # credits: a role without 摄, a role without a name, names in brackets, prize + name first
    ("市民在湿地公园赏荷 融媒体记者 李强.jpg", {"photographer": "李强", "place": "湿地公园"}),
    ("秋收晒场一角。通讯员 供图.jpg", {"photographer": None, "title": "秋收晒场一角"}),
    ("一等奖 山乡秋色 系列(王强 李华).jpg", {"photographer": "王强、李华", "title": "山乡秋色 系列"}),
    ("三等奖 李华 雪后古镇.jpg", {"photographer": "李华", "title": "雪后古镇"}),
    ("王强+泰山日出.jpg", {"photographer": "王强", "title": "泰山日出"}),
    # event years and sequence numbers
    ("2019年教职工摄影作品展.jpg", {"date": None}),
    ("2021-3-9 学生参观博物馆。.jpg", {"date": "2021-03-09"}),
    ("1-2020年5月6日，专家组莅临学校调研.png", {"date": "2020-05-06", "photographer": None}),
    ("3号门.jpg", {"title": "3号门"}),
    ("法门寺2.jpg", {"place": "法门寺", "title": None}),
    ("微信图片_202305061022333.jpg", {"date": "2023-05-06", "time": "10:22:33"}),
    ("IMG_1234(20230506-102233).JPG", {"date": "2023-05-06", "time": "10:22:33", "title": None}),
]



def test_divisions_gazetteer_is_bundled() -> None:
    from gallery.names import lexicon

    assert {"吉首市", "吉首", "醴陵市", "黔东南苗族侗族自治州", "黔东南"} <= lexicon._DIVISIONS
    assert "朝阳" in lexicon._AMBIGUOUS_PLACES  # a word and several districts
    assert len(lexicon._DIVISION_FULL) > 3000


# Precision round: made-up names in the shapes of the third held-out set (never its strings).
# Each expectation is what a caption editor would want: a work title is never a person, a unit
# (…分行, …部) is never the place, and an unsure reading stays empty.
PRECISION_RULES = [
    # a common work title that opens with a surname is not a photographer
    ("高明-秋色.jpg", {"photographer": None}),
    ("周宁+秋色.jpg", {"photographer": None}),
    ("金秋-王小红.jpg", {"photographer": "王小红", "title": "金秋"}),
    ("王小红-金秋.jpg", {"photographer": "王小红", "title": "金秋"}),
    ("雪韵+赵立新+13912345678.jpg", {"photographer": "赵立新", "title": "雪韵", "phone": "13912345678"}),
    ("满江红-孙建平.jpg", {"photographer": "孙建平", "title": "满江红"}),
    ("高山流水.jpg", {"photographer": None, "title": "高山流水"}),
    ("金城汤池-钱伟.jpg", {"photographer": "钱伟", "title": "金城汤池", "place": None}),
    # themes are not places
    ("美丽乡村.jpg", {"place": None, "title": "美丽乡村"}),
    ("幸福家园.jpg", {"place": None}),
    # rare surnames, teachers, placement and category prefixes
    ("《春之韵》 戢利.jpg", {"photographer": "戢利", "title": "春之韵"}),
    ("王建国老师的作品《晨光》.jpg", {"photographer": "王建国", "title": "晨光"}),
    ("《晨光》李红梅老师.jpg", {"photographer": "李红梅", "title": "晨光"}),
    ("封面首页-秋收时节.jpg", {"photographer": None, "title": "秋收时节"}),
    ("摄影-3《夜色》陈晓东.jpg", {"photographer": "陈晓东", "title": "夜色"}),
    ("技术组-一等奖-图一乐.jpg", {"photographer": None, "title": "图一乐"}),
    ("花开时节（组照）吴海燕.jpg", {"photographer": "吴海燕", "title": "花开时节"}),
    # staff contests: title, name, unit and post in any order; the unit is not the place
    ("丰收的喜悦-李明华-南京分行-13800138000.jpg",
     {"photographer": "李明华", "title": "丰收的喜悦", "place": None, "phone": "13800138000"}),
    ("赵立新+晨练+技术研发部.jpg", {"photographer": "赵立新", "title": "晨练", "place": None}),
    ("春耕图（苏州分行张丽华）.jpg", {"photographer": "张丽华", "title": "春耕图", "place": None}),
    ("城市之光-王刚-人力资源部-联系电话56781234.jpg",
     {"photographer": "王刚", "title": "城市之光", "phone": "56781234"}),
    ("《江畔》刘海涛郑州金水路支行客户经理.jpg", {"photographer": "刘海涛", "title": "江畔", "place": None}),
    ("王磊 张敏.jpg", {"photographer": None}),
    # camera frame numbers with a copy marker or a burst index carry no title
    ("DSCF1234_(2) 拷贝.jpg", {"title": None}),
    ("IMG_1234-1.JPG", {"title": None}),
]



def test_units_are_kept_as_units() -> None:
    parsed = parse_name("丰收的喜悦-李明华-南京分行-岗位经理.jpg")
    assert ["南京分行", "岗位经理"] == parsed.units
    assert "作品名-姓名-单位" == parsed.evidence["photographers"].rule


# Families from the fourth held-out round; every name here is made up in the same shapes.
HELDOUT4_RULES = [
    ("Screenshot_2022-03-05_at_9.41.07_PM.png", {"date": "2022-03-05", "time": "21:41:07", "title": None}),
    ("Screenshot_2021-12-01_at_08.15.30.png", {"date": "2021-12-01", "time": "08:15:30"}),
    ("a1b2c3d-Screenshot_2022-06-30_at_10.05.09_am.png", {"date": "2022-06-30", "time": "10:05:09"}),
    ("屏幕快照 2017-09-14 15.20.33.png", {"date": "2017-09-14", "time": "15:20:33"}),
    ("截屏2023-02-08.png", {"date": "2023-02-08", "time": None, "title": None}),
    ("截屏2023-02-08 21 07 55.png", {"date": "2023-02-08", "time": "21:07:55"}),
    ("Pasted image 20230915083012.png", {"date": "2023-09-15", "time": "08:30:12", "title": None}),
    ("image-2023-9-5_8-7-6.png", {"date": "2023-09-05", "time": "08:07:06", "title": None}),
    ("DJI_20220812093015_0007_W.JPG", {"date": "2022-08-12", "time": "09:30:15", "title": None}),
    ("IMG_20220318_071544-scaled.jpg", {"date": "2022-03-18", "time": "07:15:44", "title": None}),
    ("PixPin_2024-02-02_09-09-09-Bx3kLm9Q.png", {"date": "2024-02-02", "time": "09:09:09"}),
    ("企业微信截图_16409952000001.png", {"date": "2022-01-01", "time": "08:00:00"}),
    ("cropped-企业微信截图_16409952000001.png", {"date": "2022-01-01", "title": None}),
    ("ab12cd34ef56ab78cd90ef12_cut_batchwm.jpg", {"title": None, "date": None}),
    ("江西-婺源-篁岭.jpg", {"place": "江西-婺源-篁岭", "title": None, "photographer": None}),
    ("2021年5月3日,浙江省杭州市西湖区龙井村,茶农在炒制新茶。刘小军摄.jpg",
     {"place": "浙江省杭州市西湖区龙井村", "photographer": "刘小军", "date": "2021-05-03"}),
    ("11月2日,上海,市民在外滩观景平台拍照。王立平摄.jpg", {"photographer": "王立平"}),
]



# Families of the fifth held-out round (made-up names of the same shapes, never its strings).
HELDOUT5_RULES = [
    ("signal-2022-11-03-184502.jpg", {"date": "2022-11-03", "time": "18:45:02", "title": None}),
    ("QQ浏览器截图20200612093011.png", {"date": "2020-06-12", "time": "09:30:11", "title": None}),
    ("1650000000000-1650000000123-微信图片_20220415080910.jpg", {"date": "2022-04-15", "time": "08:09:10", "title": None}),
    ("清晨,市民在滨江公园晨练。南阳日报社全媒体记者李文涛摄.jpg",
     {"photographer": "李文涛", "place": "滨江公园", "title": "清晨,市民在滨江公园晨练"}),
    ("江滩落日。武汉晚报城市摄影队 周立新 摄.jpg", {"photographer": "周立新", "title": "江滩落日"}),
    ("航拍秋日梯田。陈晓东摄 新华网发.jpg", {"photographer": "陈晓东", "title": "航拍秋日梯田"}),
    ("瑶里古镇老街.jpg", {"place": "瑶里古镇老街", "title": None}),
    ("龙门瀑布.jpg", {"place": "龙门瀑布", "title": None}),
    ("士林溫泉區.jpg", {"place": "士林溫泉區", "title": None}),
]



# Families from the misses the fourth and fifth rounds left (made-up names of the same shapes).
ROUND6_RULES = [
    ("20230415日本京都.jpg", {"date": "2023-04-15", "place": "日本京都", "title": None}),
    ("20220701_成都宽窄巷_03.jpg", {"date": "2022-07-01", "place": "成都宽窄巷", "title": None}),
    ("20230909杭州音乐节.jpg", {"date": "2023-09-09", "place": "杭州", "title": "杭州音乐节"}),
    ("20201023_滁州金秋时节收获忙.jpg", {"date": "2020-10-23", "title": "滁州金秋时节收获忙"}),
    ("1700000000000西湖风景区.jpg", {"date": "2023-11-15", "time": "06:13:20", "place": "西湖风景区", "title": None}),
    ("渔歌(组照)-林海.jpg", {"title": "渔歌", "photographer": "林海"}),
    ("归途(组) 何文.jpg", {"title": "归途", "photographer": "何文"}),
    ("颜真卿多宝塔碑(屏宽).jpg", {"title": "颜真卿多宝塔碑"}),
    ("任伯年花鸟图_restored.png", {"title": "任伯年花鸟图"}),
    ("晨曦中的古镇。 通訊員 黃明 攝.jpg", {"photographer": "黃明", "title": "晨曦中的古镇"}),
    ("3月2日,市民在公园赏花 (記者王強 攝 信息來源:通訊員李華).jpg", {"photographer": "王強"}),
    ("村民在晾晒玉米。本报记者周学明通讯员陈小兵摄.jpg", {"photographer": "周学明、陈小兵"}),
    ("近日,湖南省湘西州凤凰县山江镇村民在田里收割水稻。记者 唐明 摄.jpg",
     {"place": "湖南省湘西州凤凰县山江镇", "photographer": "唐明"}),
    ("5月1日,热闹的周庄古镇迎来自上海的游客。吴平摄.jpg", {"place": "周庄古镇", "photographer": "吴平"}),
    ("春游-邓可欣-少儿组.jpg", {"title": "春游", "photographer": "邓可欣"}),
    ("峨眉山.jpg", {"place": "峨眉山", "title": None}),
    ("玄武洞.jpg", {"place": "玄武洞", "title": None}),
    ("普陀山顶云雾缭绕.jpg", {"place": "普陀山"}),
    # hard negatives: titles and given names that end in the same characters
    ("王青山.jpg", {"place": None, "photographer": None}),
    ("走出大山.jpg", {"place": None, "title": "走出大山"}),
    ("秋色.jpg", {"place": None, "title": "秋色"}),
    ("高山流水.jpg", {"place": None, "title": "高山流水"}),
    ("林海雪原-高明-成人组.jpg", {"place": None}),
]



# Families of the seventh round (made-up names of the same shapes as the misses, never their
# strings), each family with hard negatives.
ROUND7_RULES = [
    ("Snipaste_2023-05-06_08-09_10.png", {"date": "2023-05-06", "time": "08:09:10", "title": None}),
    # a title led by a rare surname beside a name led by a common one
    ("练书法_陈思远.jpg", {"title": "练书法", "photographer": "陈思远"}),
    ("舒心_李佳怡.jpg", {"title": "舒心", "photographer": "李佳怡"}),
    ("国风 王梓涵.jpg", {"title": "国风", "photographer": "王梓涵"}),
    ("李明 张华.jpg", {"photographer": None}),  # two people: subjects
    # a full name, a space and a short title (school contest lists)
    ("刘子墨 山海经.jpg", {"title": "山海经", "photographer": "刘子墨"}),
    ("黄思琪 我的家乡.jpg", {"title": "我的家乡", "photographer": "黄思琪"}),
    ("王建国 出席会议.jpg", {"photographer": None}),  # the person is doing something: a subject
    ("石林 风光.jpg", {"photographer": None}),  # a two-character lead is too often a word
    ("周子涵 - 稻香.jpg", {"title": "稻香", "photographer": None}),  # Artist - Title
    # sights: a karst 峰林 after a surname, a river or a county opening a sight name, generic
    # endings (口 谷 坪 梯田) only after a known place
    ("金峰林.jpg", {"place": "金峰林", "title": None}),
    ("漓江兴坪.jpg", {"place": "漓江兴坪", "title": None}),
    ("黄河乾坤湾.jpg", {"place": "黄河乾坤湾", "title": None}),
    ("元阳梯田.jpg", {"place": "元阳梯田", "title": None}),
    ("鸟鸣_勐海雨林谷_陈思远.jpg", {"title": "鸟鸣", "place": "勐海雨林谷", "photographer": "陈思远"}),
    ("长江之歌.jpg", {"place": None, "title": "长江之歌"}),  # a river as a theme
    ("北京门口.jpg", {"place": None}),  # 门口 is an everyday word
    ("苏州稻谷.jpg", {"place": None}),
    ("王树林.jpg", {"place": None}),
    # device names with an editor's or uploader's tail
    ("mmexport1700000000000_a1b2c3d4e5.jpg", {"date": "2023-11-15", "time": "06:13:20", "title": None}),
    ("mmexport1700000000000_cropped_k3j2h1.png", {"date": "2023-11-15", "title": None}),
    ("Screenshot_20240102030405123.jpg", {"date": "2024-01-02", "time": "03:04:05", "title": None}),
    ("企业微信截图_1700000000000.png", {"date": "2023-11-15", "time": "06:13:20", "title": None}),
    ("1700000000000_2.jpg", {"date": "2023-11-15", "time": "06:13:20", "title": None}),
    # other apps and phones: edited copies `~2`, Telegram Desktop, WhatsApp, PrintScreen, any Latin
    # app prefix before a full timestamp or epoch ms
    ("IMG_20220202_101010~2.jpg", {"date": "2022-02-02", "time": "10:10:10", "title": None}),
    ("photo_2022-02-02 10.10.10.jpeg", {"date": "2022-02-02", "time": "10:10:10", "title": None}),
    ("WhatsApp Image 2022-02-02 at 9.10.11 PM.jpeg", {"date": "2022-02-02", "time": "21:10:11", "title": None}),
    ("Screenshot (3).png", {"title": None, "date": None}),
    ("SVID_20220202_101010_1.mp4", {"date": "2022-02-02", "time": "10:10:10", "title": None}),
    ("lv_0_20220202101010.mp4", {"date": "2022-02-02", "time": "10:10:10", "title": None}),
    ("Camera360_2022_02_02_101010.jpg", {"date": "2022-02-02", "time": "10:10:10", "title": None}),
    ("Image_1700000000000.jpg", {"date": "2023-11-15", "time": "06:13:20", "title": None}),
    ("微信图片编辑_20220202101010.jpg", {"date": "2022-02-02", "time": "10:10:10", "title": None}),
    ("IMG_20229999_101010.jpg", {"date": None, "title": None}),  # not a calendar date
    # names a program gives when nobody names the file, duplicates, recordings, image-host ids
    ("下载 (2).jpg", {"title": None}),
    ("timg.jpg", {"title": None}),
    ("截图3.png", {"title": None}),
    ("照片 2022-02-02.jpg", {"title": None, "date": "2022-02-02"}),
    ("图片 李华.jpg", {"title": "李华", "photographer": None}),  # a bare name is a subject
    ("IMG_2345 2.JPG", {"title": None}),
    ("录屏_20220202_101010.mp4", {"date": "2022-02-02", "time": "10:10:10", "title": None}),
    ("屏幕截图_20220202_101010.png", {"date": "2022-02-02", "time": "10:10:10", "title": None}),
    ("Screen Recording 2022-02-02 at 10.10.10.mov", {"date": "2022-02-02", "time": "10:10:10", "title": None}),
    ("008aBcDeFgy1h2k3l4m5n6o7p8q9.jpg", {"title": None}),
    ("O1CN01xYz123AbC_!!2200123456789.jpg", {"title": None}),
    ("GH010203.MP4", {"title": None}),
    # news sites and tools: TRS P0, 新华网 <id>_<ms>n, 新浪 DT stamps, VCG/简书/钉钉 ids, WordPress
    # sizes, Weixin Image, QQ视频, iShot with a space, Screenshot_n, iOS RPReplay and FullSizeRender
    ("P020220202123456789012.jpg", {"date": "2022-02-02", "title": None}),
    ("1128765432_17000000000001n.jpg", {"date": "2023-11-15", "time": "06:13:20", "title": None}),
    ("U1234P5T6D7890F3DT20220202101010.jpg", {"date": "2022-02-02", "time": "10:10:10", "title": None}),
    ("VCG211234567890.jpg", {"title": None}),
    ("2345678-0123456789abcdef.png", {"title": None}),
    ("lADPBbCc1a2b3c4d5e6_800_600.jpg", {"title": None}),
    ("故宫角楼-1024x683.jpg", {"place": "故宫角楼", "title": None}),
    ("Weixin Image_20220202101010.jpg", {"date": "2022-02-02", "time": "10:10:10", "title": None}),
    ("QQ视频20220202101010.mp4", {"date": "2022-02-02", "title": None}),
    ("iShot2022-02-02 10.10.10.png", {"date": "2022-02-02", "time": "10:10:10"}),
    ("Screenshot_7.png", {"title": None}),
    ("RPReplay_Final1700000000.MP4", {"date": "2023-11-15", "time": "06:13:20", "title": None}),
    ("FullSizeRender 3.jpg", {"title": None}),
    # Lightroom/Photoshop export suffixes, vivo videos, camera frames with a burst number
    ("IMG_2345-编辑-2.jpg", {"title": None}),
    ("DSC_2345-HDR-Edit.jpg", {"title": None}),
    ("晨雾-编辑.jpg", {"title": "晨雾"}),
    ("VID20220202101010.mp4", {"date": "2022-02-02", "time": "10:10:10", "title": None}),
    ("DSCF2345-2.jpg", {"title": None}),
    # credit forms: 拍摄 / 航拍： / 文图 in brackets, a bracketed byline without 摄, the author's
    # department after the name, traditional surnames, a source note that credits nobody
    ("《春耕》(李文博拍摄).jpg", {"title": "春耕", "photographer": "李文博"}),
    ("《守护》(周晓 陈平拍摄).jpg", {"photographer": "周晓、陈平"}),
    ("晨雾中的渔村,渔民出海捕鱼。(航拍：赵磊).jpg", {"photographer": "赵磊", "title": "晨雾中的渔村,渔民出海捕鱼"}),
    ("雪后的西安街头（记者 孙立 文图）.jpg", {"photographer": "孙立", "title": "雪后的西安街头"}),
    ("游客在公园赏花。(记者 周明 通讯员 李娜).jpg", {"photographer": "周明、李娜", "title": "游客在公园赏花"}),
    ("《晚霞》賀文華.jpg", {"title": "晚霞", "photographer": "賀文華"}),
    ("《守望》 作者：陈静 放射科.jpg", {"title": "守望", "photographer": "陈静"}),
    ("晨光 作者：李华 王科.jpg", {"photographer": "李华、王科"}),
    ("茶农在茶园采茶。(来源：龙井镇融媒体中心).jpg", {"title": "茶农在茶园采茶", "photographer": None}),
    ("市民在公园散步。(来源：新华网).jpg", {"title": "市民在公园散步", "photographer": None}),
    ("茶园里村民采茶。(来源：安溪县委宣传部 林芳 摄).jpg", {"photographer": "林芳", "title": "茶园里村民采茶"}),
    # a column tag stays in the headline, a contest tag does not; a story byline after the media
    ("【新春走基层】雪落洱海 中国日报网 文 赵晨 李强.jpg",
     {"title": "【新春走基层】雪落洱海", "photographer": "赵晨、李强", "place": "洱海"}),
    ("【春季摄影大赛】李明-花开.jpg", {"title": "花开", "photographer": "李明"}),
    # places: site - detail, Mazu temples, a day label before a sight, a city before a scene word
    ("鼓浪屿近代建筑群-八卦楼侧面 (retouched).jpg", {"title": "八卦楼侧面", "place": "鼓浪屿近代建筑群"}),
    ("鹿港天后宫 03.jpg", {"place": "鹿港天后宫", "title": None}),
    ("D3_九寨沟景区.jpg", {"place": "九寨沟景区", "title": None}),
    ("飘雪的杭州街头（记者 王东 文图）.jpg", {"place": "杭州街头", "photographer": "王东"}),
    ("云雾中的梵净山.jpg", {"place": "梵净山", "title": "云雾中的梵净山"}),
    # hard negatives: a theme after the real place, a county name inside a person's name
    ("2021年5月1日,航拍下的江西省婺源县江湾镇,美丽乡村映入眼帘.jpg", {"place": "江西省婺源县江湾镇"}),
    ("计算机系的周海宁、王小刚开心地拥抱。(李明 摄影报道).jpg", {"place": None, "photographer": "李明"}),
    ("苏州-玉雕.jpg", {"place": None}),
    # school contest layouts: the school is the entrant's unit, a place-shaped title is the title,
    # a county-named entrant is read only beside a phone number and a unit
    ("赵子轩+快乐校园+13800000000+红星路小学.jpg",
     {"title": "快乐校园", "photographer": "赵子轩", "place": None, "phone": "13800000000"}),
    ("周宁+守望+13800000000+实验中学东校区.jpg", {"title": "守望", "photographer": "周宁", "place": None}),
    ("刘一鸣 打扫车站 育才小学.jpg", {"title": "打扫车站", "photographer": "刘一鸣", "place": None}),
    ("周宁+守望+实验中学.jpg", {"photographer": None}),
    # visitors after a named park; arrival verbs; a pen name behind a newsroom; a closing place clause
    ("春节期间,常州红梅公园游客如织。常州日报社全媒体记者王伟摄.jpg", {"place": "常州红梅公园", "photographer": "王伟"}),
    ("舞狮队亮相步行街,市民围观。李强摄.jpg", {"place": "步行街"}),
    ("晚霞映红江面。南京日报城市摄影队 晚风听海 摄.jpg", {"photographer": "晚风听海", "title": "晚霞映红江面"}),
    ("黄昏时分,平江路 摄影 顾城.jpg", {"place": "平江路", "photographer": "顾城"}),
    ("雨后,番茄成熟上市。记者 李明 摄.jpg", {"place": None}),
    ("荷兰学生在北京学习中文.jpg", {"place": "北京"}),  # a nationality is not the place
    # a festival or season clause before the place clause, a source after the caption, layout marks,
    # sights after a known place, a mountain that is also a surname's given name
    ("2023年国庆前夕,江苏南京,市民在超市选购月饼。图片来源：视觉中国.jpg",
     {"place": "江苏南京", "date": "2023", "title": "2023年国庆前夕,江苏南京,市民在超市选购月饼"}),
    ("▲游客在湖边赏荷。记者 周红 摄.jpg", {"title": "游客在湖边赏荷", "photographer": "周红"}),
    ("厦门鼓浪屿日光岩.jpg", {"place": "厦门鼓浪屿日光岩", "title": None}),
    ("云中的黄山.jpg", {"place": "黄山"}),
    ("太湖石.jpg", {"place": None}),  # a product named after the lake
    ("洞庭湖鱼.jpg", {"place": None}),
    ("张泰山作品.jpg", {"place": None}),
    # school entries: a class as the unit, the supervising teacher is not the author, a label prefix
    ("秋日私语-刘雨桐-初二3班.jpg", {"title": "秋日私语", "photographer": "刘雨桐"}),
    ("秋日私语-刘雨桐-指导老师陈红.jpg", {"title": "秋日私语", "photographer": "刘雨桐"}),
    ("作品名称：秋日私语 作者：刘雨桐.jpg", {"title": "秋日私语", "photographer": "刘雨桐"}),
    ("秋日私语—刘雨桐.jpg", {"title": "秋日私语", "photographer": "刘雨桐"}),
    ("水天一色—栗雨湖.jpg", {"title": "水天一色—栗雨湖", "photographer": None}),
    # names written as a form; who supplied the picture; a date after 摄于 is not a place
    ("标题：麦浪 时间：2020-06-01 地点：河南周口 作者：孙丽.jpg",
     {"title": "麦浪", "date": "2020-06-01", "place": "河南周口", "photographer": "孙丽"}),
    ("拍摄时间：2020年6月1日 地点：西湖.jpg", {"date": "2020-06-01", "place": "西湖", "title": None}),
    ("题目：晨曦 作者：李四 电话：13812345678.jpg", {"title": "晨曦", "photographer": "李四", "phone": "13812345678"}),
    ("市民在江边散步。图片由张小明提供.jpg", {"title": "市民在江边散步", "photographer": "张小明"}),
    ("（图片由受访者提供）.jpg", {"title": None, "photographer": None}),
    ("摄于2019年8月.jpg", {"place": None, "date": "2019-08"}),
    # traditional reposts: a dated 中央社 credit (Minguo year), archive notes, gates and archways
    ("市民在公園散步。（中央社記者林小明攝 111年3月2日）.jpg",
     {"photographer": "林小明", "date": "2022-03-02", "title": "市民在公園散步"}),
    ("蘇州拙政園（資料照片）.jpg", {"place": "蘇州拙政園", "title": None}),
    ("資料圖片：南京中華門.jpg", {"place": "南京中華門", "title": None}),
    ("歙县许国牌坊.jpg", {"place": "歙县许国牌坊", "title": None}),
    # notes that credit nobody, the editor and the writer, a credit written first, the author's city
    ("孩子们在广场放风筝。受访者供图.jpg", {"title": "孩子们在广场放风筝", "photographer": None}),
    ("孩子们在广场放风筝。视觉中国供图.jpg", {"title": "孩子们在广场放风筝", "photographer": None}),
    ("孩子们在广场放风筝(视频截图).jpg", {"title": "孩子们在广场放风筝", "photographer": None}),
    ("孩子们在广场放风筝 摄影：陈刚 编辑：周丽.jpg", {"title": "孩子们在广场放风筝", "photographer": "陈刚"}),
    ("孩子们在广场放风筝 文：周丽 图：陈刚.jpg", {"title": "孩子们在广场放风筝", "photographer": "陈刚"}),
    ("陈刚摄：孩子们在广场放风筝.jpg", {"title": "孩子们在广场放风筝", "photographer": "陈刚"}),
    ("晨光 作者：陈刚（杭州）.jpg", {"title": "晨光", "photographer": "陈刚", "place": None}),
    # a village ending in 寨; a place phrase before a scene word
    ("近日,在云南省红河州元阳县箐口哈尼族民俗村寨,游客体验长街宴。.jpg", {"place": "云南省红河州元阳县箐口哈尼族民俗村寨"}),
    ("广州珠江新城夜景.jpg", {"place": "广州珠江新城", "title": "广州珠江新城夜景"}),
    # contest result lists: awards with a colon, 编号, the entrant's home province, series notes,
    # a 《title》 before form fields
    ("银奖《晨渡》李文（浙江）.jpg", {"title": "晨渡", "photographer": "李文", "place": None}),
    ("优秀奖：李文《晨渡》.jpg", {"title": "晨渡", "photographer": "李文"}),
    ("编号012 晨渡 李文.jpg", {"title": "晨渡", "photographer": "李文"}),
    ("《晨渡》（组照3幅）李文.jpg", {"title": "晨渡", "photographer": "李文"}),
    ("晨渡（李文 浙江）.jpg", {"title": "晨渡", "photographer": "李文", "place": None}),
    ("《晨渡》 作者：李文 单位：杭州第二中学.jpg", {"title": "晨渡", "photographer": "李文", "place": None}),
    # an entrant and a phone with no title; a phone label left behind; a class after a name
    ("赵小川 13912345678.jpg", {"photographer": "赵小川", "title": None, "phone": "13912345678"}),
    ("联系电话13912345678.jpg", {"title": None, "phone": "13912345678"}),
    ("赵小川 三年级.jpg", {"photographer": None}),
    # a bracketed column before a caption is not a title; an agency alone after a caption
    ("（新春走基层）1月20日，在江西省南昌市，孩子们在写春联。新华社记者 王强 摄.jpg",
     {"photographer": "王强", "place": "江西省南昌市", "title": "（新春走基层）1月20日，在江西省南昌市，孩子们在写春联"}),
    ("市民在公园内晨练 CFP供图.jpg", {"title": "市民在公园内晨练", "photographer": None}),
    # place-only names: Panoramio imports, a city after a comma or in brackets, three places
    ("黄鹤楼 - panoramio.jpg", {"place": "黄鹤楼", "title": None}),
    ("黄鹤楼,武汉.jpg", {"place": "黄鹤楼,武汉", "title": None}),
    ("拙政园（苏州）.jpg", {"place": "拙政园（苏州）", "title": None}),
    ("杭州 西湖 断桥.jpg", {"place": "杭州 西湖 断桥", "title": None}),
    ("秋天,武汉.jpg", {"place": None}),
    # a year set apart from the words (a sequence number of four digits is not read as one)
    ("黄鹤楼 2019.jpg", {"place": "黄鹤楼", "date": "2019", "title": None}),
    ("2019 黄鹤楼.jpg", {"place": "黄鹤楼", "date": "2019"}),
    ("秋色-李华-2021.jpg", {"title": "秋色", "photographer": "李华", "date": "2021"}),
    ("0012 秋色 李华.jpg", {"title": "秋色", "photographer": "李华", "date": None}),
    ("北京2019.jpg", {"date": None}),
    # transliterated names with a middle dot and names without a Han surname, behind a credit
    ("牧民在草场放牧。努尔兰·哈力木 摄.jpg", {"photographer": "努尔兰·哈力木", "title": "牧民在草场放牧"}),
    ("牧民转场。记者 古丽米拉 摄.jpg", {"photographer": "古丽米拉"}),
    ("秋收晒场一角。通讯员 供图.jpg", {"photographer": None}),
    # a kind of place alone is not a named place
    ("草原 巴特尔 摄.jpg", {"place": None, "title": "草原", "photographer": "巴特尔"}),
    ("湿地公园.jpg", {"place": None}),
    # festivals and solar terms are themes, never people; 文／图 credits; a clock after a dated name
    ("2023年国庆 南京.jpg", {"photographer": None, "place": "南京", "date": "2023"}),
    ("白露 李明.jpg", {"title": "白露", "photographer": "李明"}),
    ("市民在公园赏花 文／图 周平.jpg", {"title": "市民在公园赏花", "photographer": "周平"}),
    ("2023-05-01 14-30-00 南京.jpg", {"date": "2023-05-01", "time": "14:30:00", "place": "南京", "title": None}),
    # whose work it is: X作品, 摄影师：X, WeChat-style bars (丨 ｜), ©X, `by X`; 系列作品 is no person
    ("暮归 周平作品.jpg", {"title": "暮归", "photographer": "周平"}),
    ("周平摄影作品：暮归.jpg", {"title": "暮归", "photographer": "周平"}),
    ("暮归 摄影师：周平.jpg", {"title": "暮归", "photographer": "周平"}),
    ("暮归 文丨李丽 图丨周平.jpg", {"title": "暮归", "photographer": "周平"}),
    ("暮归｜周平.jpg", {"title": "暮归", "photographer": "周平"}),
    ("©周平 暮归.jpg", {"title": "暮归", "photographer": "周平"}),
    ("暮归 by 周平.jpg", {"title": "暮归", "photographer": "周平"}),
    ("暮归 系列作品.jpg", {"photographer": None}),
    # staff entries: a unit beside the name in brackets or after a 《title》 is a unit, not a place
    ("暮归（财务部 周平）.jpg", {"title": "暮归", "photographer": "周平"}),
    ("暮归（周平 财务部）.jpg", {"title": "暮归", "photographer": "周平"}),
    ("周平（财务部）暮归.jpg", {"title": "暮归", "photographer": "周平"}),
    ("《暮归》 周平 客户服务中心.jpg", {"title": "暮归", "photographer": "周平", "place": None}),
    ("《暮归》周平,摄于杭州西溪湿地中心.jpg", {"photographer": "周平", "place": "杭州西溪湿地中心"}),
    # dates: the part of the day stays with the date (the caption keeps it), a day after the words
    # in any spelling, a name that is nothing but a date
    ("2022年6月1日上午,孩子们在公园游玩.jpg", {"date": "2022-06-01", "title": "2022年6月1日上午,孩子们在公园游玩"}),
    ("太湖 摄于2022年6月1日.jpg", {"date": "2022-06-01", "place": "太湖", "title": None}),
    ("太湖 2022.6.1.jpg", {"date": "2022-06-01", "place": "太湖", "title": None}),
    ("太湖20220601.jpg", {"date": "2022-06-01", "place": "太湖", "title": None}),
    ("2022年6月1日.jpg", {"date": "2022-06-01", "title": None}),
    # words that are no names even behind a credit; counties that are also names still are
    ("市民赏花。记者 现场 摄.jpg", {"photographer": None}),
    ("市民赏花。记者 北京 摄.jpg", {"photographer": None}),
    ("市民赏花。周宁 摄.jpg", {"photographer": "周宁"}),
    # a 小红书 title that is a city and a craft or theme names no place; a city alone does
    ("扬州漆器_1_小梨_来自小红书网页版.jpg", {"title": "扬州漆器", "place": None}),
    ("扬州_2_小梨_来自小红书网页版.jpg", {"place": "扬州"}),
    ("游人赏花。特约摄影 宋城.jpg", {"title": "游人赏花", "photographer": "宋城"}),
    ("游人赏花 融媒体中心 宋城 摄.jpg", {"title": "游人赏花", "photographer": "宋城", "place": None}),
    ("游人赏花 新华社 宋城 摄.jpg", {"title": "游人赏花", "photographer": "宋城"}),  # caption words first
    ("防疫一线。杨华 本报记者 李界 摄影报道.jpg", {"photographer": "杨华、李界"}),  # two credited people
    # after an author's name a landscape made of a place and a weak ending is the title; a named
    # station or park is the place
    ("李强+庐山云雾.jpg", {"photographer": "李强", "title": "庐山云雾"}),
    ("李强+泰山奇峰.jpg", {"photographer": "李强", "title": "泰山奇峰"}),
    ("李强-杭州东站.jpg", {"photographer": "李强", "place": "杭州东站", "title": None}),
    # a bare place name in the title slot before a name is the work's title (and where it was taken);
    # a named station there stays a place
    ("鼓浪屿近影-李强.jpg", {"photographer": "李强", "title": "鼓浪屿近影"}),
    ("普吉岛-李强.jpg", {"photographer": "李强", "title": "普吉岛", "place": "普吉岛"}),
    ("B07-地铁2号线西直门站+李强.jpg", {"photographer": "李强", "place": "地铁2号线西直门站", "title": None}),
    ("2023年1月1日，上海，市民在外滩晨跑。(视觉中国).jpg", {"title": "2023年1月1日，上海，市民在外滩晨跑", "photographer": None}),
    # sets 3-5 families: one dash before a unit-glued name, a class label glued to a name, a quoted
    # title with a space, X峰山 sights, 南后街-type names, a named sight after ——
    ("初心如磐—苏州支行王芳.jpg", {"title": "初心如磐", "photographer": "王芳"}),
    ("软件2302班李明-晨光.jpg", {"title": "晨光", "photographer": "李明"}),
    ("2“青春 无悔”-张华.jpg", {"title": "“青春 无悔”", "photographer": "张华"}),
    ("五峰山-20230101.jpg", {"place": "五峰山", "date": "2023-01-01", "title": None}),
    ("泉州西后街.jpg", {"place": "泉州西后街", "title": None}),
    ("9月1日,成都知名景点——宽窄巷子景区内人头攒动。李明摄.jpg", {"place": "宽窄巷子景区", "photographer": "李明"}),
    ("雨后山林.jpg", {"place": None}),
    ("午后街头.jpg", {"place": None}),
]



# Round 8: families of held-out set 7's misses, on made-up names of the same shapes, with hard
# negatives (a dated caption, a frame number without a date, a name before a camera name).
ROUND8_RULES = [
    # a dated device name with words glued after it, or a title put before it with a separator
    ("QQ20240315-081522会议纪要.png", {"title": "会议纪要", "date": "2024-03-15", "time": "08:15:22"}),
    ("Attention-Is-All-You-Need-屏幕快照 2021-03-02 上午9.05.11.png",
     {"title": "Attention-Is-All-You-Need", "date": "2021-03-02", "time": "09:05:11"}),
    ("读书笔记 Screenshot_20230501-143000.png", {"title": "读书笔记", "date": "2023-05-01", "time": "14:30:00"}),
    ("1-屏幕截图 2023-05-01 143000.png", {"title": None, "date": "2023-05-01"}),  # a sequence number
    ("2016.07.09青海湖.jpg", {"title": None, "place": "青海湖", "date": "2016-07-09"}),  # a dated caption
    ("故宫-IMG_1234.jpg", {"date": None}),  # a frame number carries no date
    # retina suffix with spaces, a phone screenshot named after the app, a base64 upload prefix,
    # a TRS id with a size tag, Mac WeChat's cache names
    ("QQ20240101-120000 @ 3x.png", {"title": None, "date": "2024-01-01", "time": "12:00:00"}),
    ("20231224_203015_com.ss.android.ugc.aweme.jpg", {"title": None, "date": "2023-12-24", "time": "20:30:15"}),
    ("MTcwMDAwMDAwMDAwMA==Screenshot_2023-11-14-08-13-20-123_com.tencent.mm.jpg",
     {"title": None, "date": "2023-11-14", "time": "08:13:20"}),
    ("W020231102598765432100_ORIGIN.jpg", {"title": None, "date": "2023-11-02"}),
    ("P020190501361234567890_ORIGIN.jpg", {"title": None, "date": "2019-05-01"}),
    ("168123456789012_.pic_hd.jpg", {"title": None, "date": None}),
    ("168123456789012_.pic.jpg", {"title": None, "date": None}),
    # more app conventions: a two-part Latin app prefix before epoch ms, 360/UC screenshots, Word/WPS
    # web-page exports, Messenger downloads, 小红书's camera
    ("FB_IMG_1700000000000.jpg", {"title": None, "date": "2023-11-15", "time": "06:13:20"}),
    ("360截图20220314091500123.png", {"title": None, "date": "2022-03-14", "time": "09:15:00"}),
    ("360截图16480211838083.png", {"title": None, "date": None}),
    ("UC截图20220314091500.png", {"title": None, "date": "2022-03-14"}),
    ("clip_image004.jpg", {"title": None}),
    ("wps3.jpg", {"title": None}),
    ("wps办公.jpg", {"title": "wps办公"}),
    ("received_2345678901234567.jpeg", {"title": None, "date": None}),
    ("Camera_XHS_1700000000000104abcdef.jpg", {"title": None, "date": "2023-11-15"}),
    # Chinese apps name exports after themselves; a person's title there stays a title
    ("醒图_20220314_091500.jpg", {"title": None, "date": "2022-03-14", "time": "09:15:00"}),
    ("美图秀秀20220314091500.jpg", {"title": None, "date": "2022-03-14"}),
    ("B612咔叽_20220314_091500.jpg", {"title": None, "date": "2022-03-14"}),
    ("小红花_20220314_091500.jpg", {"title": "小红花", "date": "2022-03-14"}),
    # a camera frame number with words glued after it
    ("DSC_0456颐和园十七孔桥.jpg", {"title": None, "place": "颐和园十七孔桥", "date": None}),  # (session 20: a place
    ("DSC_0456晚霞.jpg", {"title": "晚霞", "date": None}),  # alone after a device's name is where, as `北京南站.jpg` is)
    ("IMG_0456王小明.jpg", {"photographer": "王小明", "title": None}),
    # a destination is not where the picture was taken, however the city is written
    ("新鲜蔬菜装车后运往广东深圳。李明 摄.jpg", {"place": None, "photographer": "李明"}),
    ("一批物资运到武汉火车站分发。李明摄.jpg", {"place": None}),
    # people who went somewhere to spend time there are there
    ("市民带着孩子到南湖公园赏花。李明摄.jpg", {"place": "南湖公园", "photographer": "李明"}),
    ("遊客到台中市文心森林公園散步。中央社記者林志明攝 112年3月5日.jpg",
     {"place": "台中市文心森林公園", "photographer": "林志明", "date": "2023-03-05",
      "title": "遊客到台中市文心森林公園散步"}),
    ("游客在西湖边赏花。张三摄 2023年4月1日.jpg", {"photographer": "张三", "date": "2023-04-01", "title": "游客在西湖边赏花"}),
    ("游客在西湖边赏花。摄于2023年4月1日.jpg", {"photographer": None, "date": "2023-04-01"}),
    # a short 图为/这是 caption opening with a known place and more, or a town
    ("圖為杭州西湖斷橋燈飾。李明 攝.jpg", {"place": "杭州西湖斷橋", "photographer": "李明"}),
    ("这是李庄镇的果农在采摘.jpg", {"place": "李庄镇"}),
    ("图为苏州玉雕.jpg", {"place": None}),  # a city qualifying a craft
    ("图为来福士高楼亮灯.jpg", {"place": None}),  # a building that is the subject
    ("这是美丽乡村.jpg", {"place": None}),  # a theme
    # a bare name in brackets after the caption sentence is who shot it; positions and places are not
    ("村民在田间收割水稻。（李明华）.jpg", {"photographer": "李明华", "title": "村民在田间收割水稻"}),
    ("村民在田间收割水稻。（左一）.jpg", {"photographer": None}),
    ("村民在田间收割水稻。（前排左三）.jpg", {"photographer": None}),
    ("村民在田间收割水稻。（上海）.jpg", {"photographer": None}),
    ("村民在田间收割水稻。（新华社）.jpg", {"photographer": None}),
    # a team or a society that supplied the picture is no person
    ("志愿者在河边捡垃圾。市摄影家协会供图.jpg", {"photographer": None, "title": "志愿者在河边捡垃圾"}),
    ("孩子们体验拓印。金华古村摄影戰隊 供圖.jpg", {"photographer": None, "title": "孩子们体验拓印"}),
    ("志愿者在河边捡垃圾。李明 供图.jpg", {"photographer": "李明"}),
    # a province or city that opens a phrase of three or more place chunks gives the whole phrase
    ("航拍下的云南红河哈尼族彝族自治州元阳县哈尼梯田景区。李明摄.jpg",
     {"place": "云南红河哈尼族彝族自治州元阳县哈尼梯田景区", "photographer": "李明"}),
    ("这是6月3日拍摄的四川成都杜甫草堂。新华社记者 李明 摄.jpg", {"place": "四川成都杜甫草堂"}),
    ("工人在位于河北唐山的一家钢铁企业车间内作业。李明 摄.jpg", {"place": "河北唐山"}),
    ("来自浙江杭州的游客在拍照.jpg", {"place": None}),  # where people come from
    # a long caption ending in a scene word is a caption, not a place phrase
    ("成都蜀绣代表性传承人王小红刺绣现场。李明 摄.jpg",
     {"title": "成都蜀绣代表性传承人王小红刺绣现场", "photographer": "李明"}),
    ("杭州亚运村工地.jpg", {"place": "杭州亚运村工地", "title": None}),
    # sights: old roads, plank roads, lookouts, bookshops, academies, lakes named after a hill
    ("茶马古道.jpg", {"place": "茶马古道", "title": None}),
    ("云台山栈道.jpg", {"place": "云台山栈道", "title": None}),
    ("老鹰岩观景台.jpg", {"place": "老鹰岩观景台", "title": None}),
    ("西西弗书店.jpg", {"place": "西西弗书店", "title": None}),
    ("岳麓书院.jpg", {"place": "岳麓书院", "title": None}),
    ("龙山湖.jpg", {"place": "龙山湖", "title": None}),
    ("月牙潭.jpg", {"place": "月牙潭", "title": None}),
    ("鼓浪屿.jpg", {"place": "鼓浪屿", "title": None}),  # an islet, named like 山/峰/林 sights
    ("林小屿.jpg", {"place": None}),  # a person
    ("王西湖.jpg", {"place": None}),  # a person
    ("高山湖.jpg", {"place": None}),  # any mountain lake
    # 文并摄: the writer also shot it; more media names are agencies, not people
    ("市民在广场跳舞。赵子龙 文并摄.jpg", {"photographer": "赵子龙", "title": "市民在广场跳舞"}),
    ("市民在广场跳舞。本报记者 赵子龙 文并摄.jpg", {"photographer": "赵子龙"}),
    ("市民在广场跳舞。光明图片.jpg", {"photographer": None, "title": "市民在广场跳舞"}),
    ("市民在广场跳舞。封面新闻记者 赵子龙 摄.jpg", {"photographer": "赵子龙"}),
    # `…。X 摄于Y`: who, then where or when
    ("市民在广场跳舞。赵子龙 摄于洛阳.jpg", {"photographer": "赵子龙", "place": "洛阳", "title": "市民在广场跳舞"}),
    ("市民在广场跳舞。赵子龙摄于2022年10月3日.jpg", {"photographer": "赵子龙", "date": "2022-10-03"}),
    ("市民在广场跳舞。洛阳 摄于2022年.jpg", {"photographer": None}),  # a city is nobody
    # a year and a month beside the words, a two-digit year at a caption's start; ranges stay unread
    ("2018.07 稻城亚丁.jpg", {"date": "2018-07", "place": "稻城亚丁", "title": None}),
    ("201807稻城亚丁.jpg", {"date": "2018-07", "title": None}),
    ("稻城亚丁 2018.07.jpg", {"date": "2018-07", "title": None}),
    ("201910周年庆典.jpg", {"date": None}),  # 10周年: a count, not a month
    ("2018.13 稻城.jpg", {"date": None}),
    ("18年7月2日，游客在稻城亚丁徒步.jpg", {"date": "2018-07-02"}),
    ("坚守18年7个月.jpg", {"date": None}),
    ("7月1日至3日，游客在稻城亚丁徒步.jpg", {"date": None}),
    # contest layouts: a title then the credit label, the entrant's home as province + city, the
    # entry's category, how many pictures a series has
    ("秋收 摄影：王建华.jpg", {"title": "秋收", "photographer": "王建华"}),
    ("王建华摄影：秋收.jpg", {"title": "秋收", "photographer": "王建华"}),
    ("秋收-王建华（山东济南）.jpg", {"title": "秋收", "photographer": "王建华", "place": None}),
    ("王建华（山东）-秋收.jpg", {"title": "秋收", "photographer": "王建华", "place": None}),
    ("单幅-秋收-王建华.jpg", {"title": "秋收", "photographer": "王建华"}),
    ("组照-秋收（4张）-王建华.jpg", {"title": "秋收", "photographer": "王建华"}),
    ("秋收（共6幅）-王建华.jpg", {"title": "秋收", "photographer": "王建华"}),
    # a kind of work is no title; a title that opens with one still is
    ("二等奖 李思涵 书法作品.jpg", {"photographer": "李思涵", "title": None}),
    ("王明-国画.jpg", {"photographer": "王明", "title": None}),
    ("参赛作品3.jpg", {"title": None}),
    ("张三-摄影之美.jpg", {"photographer": "张三", "title": "摄影之美"}),
    ("李明-书法人生.jpg", {"photographer": "李明", "title": "书法人生"}),
]



ROUND9_RULES = [
    # a segment that is a whole known name of three or more characters counts as a place even
    # where it names a district and a sight at once (武陵源, 神农架, 龙泉驿) ...
    ("晨雾-李建国-神农架.jpg", {"title": "晨雾", "photographer": "李建国", "place": "神农架"}),
    ("晨雾-李建国-武陵源-13900001111.jpg", {"title": "晨雾", "photographer": "李建国", "place": "武陵源"}),
    ("神农架_神农顶之晨.jpg", {"title": "神农顶之晨", "place": "神农架"}),
    ("龙泉驿.jpg", {"title": None, "place": "龙泉驿"}),
    # ... while a two-character one is a word or a person as often (hard negatives)
    ("和平.jpg", {"title": "和平", "place": None}),
    ("朝阳.jpg", {"place": None}),
    ("晨雾-李建国-和平.jpg", {"place": None}),
    ("秋色-周宁.jpg", {"place": None, "photographer": None}),  # a county or a person: neither is read
    ("春天-张三-周宁.jpg", {"place": None}),
    # Wikimedia imports from Panoramio: an English title before and the uploader after the tag go
    ("西湖断桥_Broken_Bridge,_Hangzhou_-_panoramio.jpg", {"title": None, "place": "西湖断桥"}),
    ("平遥城墙-晨光_-_panoramio_-_john.smith.jpg", {"title": "晨光", "place": "平遥城墙", "photographer": None}),
    ("西湖_-_panoramio风景.jpg", {"title": "西湖_-_panoramio风景"}),  # not at the end: no tag
    ("Broken_Bridge_-_panoramio.jpg", {"place": None}),  # no Chinese title before it: left alone
    # a great river or plateau alone is as often a theme as a place (unchanged)
    ("大运河.jpg", {"place": None, "title": "大运河"}),
    # regions named by a province's one-character name and a direction
    ("一辆机车在藏北错那湖畔行驶(6月11日摄).jpg", {"place": "藏北错那湖畔"}),
    ("牧民在川西草原放牧.jpg", {"place": "川西草原"}),
    ("苏北.jpg", {"place": "苏北", "title": None}),
    # a known place with its suffixes before a view word (正面, 外景, 远景 …) is where it was taken
    ("安徽博物院正面.jpg", {"place": "安徽博物院", "title": "安徽博物院正面"}),
    ("杭州市远景.jpg", {"place": "杭州市"}),
    ("苏州玉雕正面.jpg", {"place": None}),  # a city qualifying a craft
    ("北京冬奥夜景.jpg", {"place": None}),  # a theme
    # a vehicle passing or entering a named place (驶过, 驶入, 途经 …)
    ("一列动车驶过贵州鸭池河特大桥(5月2日摄,无人机照片)。新华社记者 张三 摄.jpg", {"place": "贵州鸭池河特大桥"}),
    ("游客途经重庆朝天门码头时驻足拍照。张三 摄.jpg", {"place": "重庆朝天门码头"}),
    # a full division phrase opening a caption, closed by a comma, even with no date before it
    ("福建省宁德市霞浦县东壁村,渔民在滩涂上收获紫菜.jpg", {"place": "福建省宁德市霞浦县东壁村"}),
    ("福建省宁德市霞浦县的渔民在东壁村收获紫菜.jpg", {"place": "东壁村"}),  # no comma: a later 在 X
    ("宁德,渔民在东壁村收获紫菜.jpg", {"place": "东壁村"}),  # a bare city is less specific
]



# Round 10: general knowledge and grammar, tested on made-up names (never on a held-out row).
ROUND10_RULES = [
    # a sights gazetteer (China's 5A scenic areas, gallery/data/names_sights.txt): a named sight in
    # a short title is where it was taken, with no place word around it
    ("雪后的鼓浪屿.jpg", {"place": "鼓浪屿", "title": "雪后的鼓浪屿"}),
    ("晨雾中的西递宏村.jpg", {"place": "西递宏村"}),
    ("初秋的喀纳斯.jpg", {"place": "喀纳斯"}),
    ("可可托海.jpg", {"place": "可可托海", "title": None}),
    ("滕王阁夜景.jpg", {"place": "滕王阁"}),
    ("从蓬莱阁远眺.jpg", {"place": "蓬莱阁"}),
    ("赛里木湖畔的牧民.jpg", {"place": "赛里木湖"}),
    ("瘦西湖春色.jpg", {"place": "瘦西湖"}),  # not the 西湖 inside it
    ("三坊七巷-李四.jpg", {"place": "三坊七巷", "photographer": "李四"}),
    # ... but a sight whose name is also a person's name shape, an idiom, a book or a word is only
    # read where the grammar says a place comes (hard negatives: unchanged by the gazetteer)
    ("《晨曦》白云山.jpg", {"title": "晨曦", "photographer": "白云山"}),
    ("晨曦_罗浮山.jpg", {"photographer": "罗浮山", "place": None}),
    ("八仙过海.jpg", {"place": None, "title": "八仙过海"}),
    ("走遍天涯海角.jpg", {"place": None}),
    ("桃花源记.jpg", {"place": None}),
    ("王城-张三.jpg", {"place": None}),
    ("黄山-李四.jpg", {"place": None, "photographer": "李四"}),
    ("游客在白云山登高.jpg", {"place": "白云山"}),  # after 在 the grammar says so
    # any app's screenshot in Chinese: its name, 截图/截屏/录屏, a full timestamp (no title)
    ("夸克截图20230512_143022.png", {"title": None, "date": "2023-05-12", "time": "14:30:22"}),
    ("华为截屏_20230512_143022.png", {"title": None, "date": "2023-05-12", "time": "14:30:22"}),
    ("腾讯会议截图2023-05-12 14-30-22.jpg", {"title": None, "date": "2023-05-12", "time": "14:30:22"}),
    ("截图_选择区域_20230512143022.png", {"title": None, "time": "14:30:22"}),  # GNOME, region named
    ("会议截图说明.png", {"title": "会议截图说明", "date": None}),  # no timestamp: words
    ("美篇图片_20230512143022.jpg", {"title": "美篇图片"}),  # 图片 is no screenshot word: a title stays
    # Latin capture tools that write a space before the date-time
    ("Screenshot from 2023-05-12 14-30-22.png", {"title": None, "date": "2023-05-12", "time": "14:30:22"}),
    ("Bandicam 2023-05-12 14-30-22-123.jpg", {"title": None, "time": "14:30:22"}),
    ("Greenshot 2023-05-12 14_30_22.png", {"title": None, "date": "2023-05-12"}),
    # place lists split by `_ . -` or spaces: a known place, a known place or sight, more spots
    ("三亚_蜈支洲岛_观日岩.jpg", {"place": "三亚_蜈支洲岛_观日岩", "title": None}),
    ("云南_大理_洱海.jpg", {"place": "云南_大理_洱海", "title": None}),
    ("四川.九寨沟.五花海.jpg", {"place": "四川.九寨沟.五花海", "title": None}),
    ("北海-涠洲岛-石螺口.jpg", {"place": "北海-涠洲岛-石螺口", "photographer": None}),  # 口 ends no name
    ("厦门 鼓浪屿.jpg", {"place": "厦门 鼓浪屿", "title": None}),
    ("杭州-西湖-李明.jpg", {"photographer": "李明"}),  # a person after the places (hard negative)
    ("西安 大雁塔 李小龙.jpg", {"photographer": "李小龙"}),
    ("上海_外滩_夜景.jpg", {"title": "上海_外滩_夜景"}),  # a view, not a spot
    ("中国-日本.jpg", {"place": None}),  # two ambiguous or theme names
    ("春天-北京-王刚.jpg", {"photographer": "王刚", "title": "春天"}),
    # a painter, a dash, a work in a painting's format word: the painter took no photograph
    ("徐悲鸿-奔马图.jpg", {"photographer": None, "title": "奔马图"}),
    ("郑板桥—兰竹图轴.jpg", {"photographer": None, "title": "兰竹图轴"}),
    ("丰收图-张三.jpg", {"photographer": "张三", "title": "丰收图"}),  # title first: the entrant
    ("张三-春天.jpg", {"photographer": "张三"}),
    ("李明-蓝图.jpg", {"photographer": "李明"}),  # 蓝图, 地图: everyday words, not paintings
    # four-character Uyghur, Kazakh or Mongolian names with no Han surname, behind a credit word
    ("《草原》 阿依古丽 摄.jpg", {"photographer": "阿依古丽", "title": "草原"}),
    ("《草原》 摄影：阿依古丽.jpg", {"photographer": "阿依古丽"}),
    ("那达慕 斯琴高娃摄.jpg", {"photographer": "斯琴高娃", "title": "那达慕"}),
    ("牧归-阿依古丽摄.jpg", {"photographer": "阿依古丽", "title": "牧归"}),
    ("《草原》 乌兰托娅.jpg", {"photographer": None}),  # no credit word: left unread
    ("夕阳 巴音布鲁克摄.jpg", {"photographer": None}),  # cut from a longer word (a place)
    ("牧归 乌兰察布摄.jpg", {"photographer": None}),  # a city
    # an upload tool's numeric time or id before a device name is no title
    ("1700000000000_微信截图_20230512143022.png", {"title": None, "date": "2023-05-12"}),
    ("20230601120000-QQ图片20230512143022.jpg", {"title": None, "date": "2023-05-12"}),
    ("故宫_微信图片_20230512143022.jpg", {"title": "故宫"}),  # words stay a title
    # macOS English screenshot tools with underscores for spaces
    ("CleanShot_2023-05-12_at_14.30.22.png", {"title": None, "time": "14:30:22"}),
    # `记者 X 图`: 图 after a reporter's name credits the picture
    ("校门。本报记者 张三 图.jpg", {"photographer": "张三", "title": "校门"}),
    ("校门 张三 图.jpg", {"photographer": None}),  # no role: 图 may be anything
    # a named place ending in a strong suffix, then a part of it (大门, 入口, 一角 …)
    ("某某外国语学校大门.jpg", {"place": "某某外国语学校", "title": "某某外国语学校大门"}),
    ("学校大门.jpg", {"place": None}),  # a kind of place
    ("幸福家园大门.jpg", {"place": None}),  # a theme
    # a phone masked in a published list (`***`, `138****1234`) holds the phone's slot, no number
    ("春天+王小明+138****1234.jpg", {"title": "春天", "photographer": "王小明", "phone": None}),
    ("晨曦_李四_***.jpg", {"title": "晨曦", "photographer": "李四"}),
    # a year and month after the words, set apart, with a sequence number (`…，202403_5`)
    ("鼓浪屿，202403_5.jpg", {"place": "鼓浪屿", "date": "2024-03", "title": None}),
    ("晨曦 202311.jpg", {"title": "晨曦", "date": "2023-11"}),
    ("晨曦 202313.jpg", {"date": None}),  # no month 13
    ("晨曦202311.jpg", {"date": None}),  # glued after the words: a number of the title
    # more kinds of place end a place phrase: 滑雪场, 体育场, 游乐场, 度假区, 酒店, 宾馆 …
    ("图为某某滑雪场内游客正在戏雪。本报记者张三摄.jpg", {"place": "某某滑雪场", "photographer": "张三"}),
    ("当天,消防支队在某某酒店举行演练.jpg", {"place": "某某酒店"}),
    # a short title: a named place after 的, whatever follows it
    ("下雪后的人民公园美如画.jpg", {"place": "人民公园", "title": "下雪后的人民公园美如画"}),
    ("美丽的乡村公园.jpg", {"place": None}),  # a kind of park
    ("我的幼儿园.jpg", {"place": None}),
    ("秋天的果园.jpg", {"place": None}),
    # a named place between 从/沿 and a verb of passage (通过, 驶过, 出发, 航行 …)
    ("货轮从某某港水域通过。张三 摄.jpg", {"place": "某某港水域"}),
    ("一列动车从贵州某某特大桥上驶过。张三 摄.jpg", {"place": "贵州某某特大桥"}),
    ("游船从某某码头出发。张三 摄.jpg", {"place": "某某码头"}),
    ("游客从四面八方赶来。张三 摄.jpg", {"place": None}),
    # what people do or wear is no place (`消防队员准备进入起火中心` is not a 中心)
    ("8月5日,身着防护服的消防队员准备进入起火中心位置。张三 摄.jpg", {"place": None}),
    ("5月1日,某某文化中心正在举办展览。张三 摄.jpg", {"place": "某某文化中心"}),
    # a county's two-character short form read across words after a verb is no place
    ("登上高处,观赏雪后的某某寺塔.jpg", {"place": "某某寺塔"}),  # not 上高 (a county)
    ("俯瞰江西省于都县城。张三 摄.jpg", {"place": "江西省于都县城"}),  # a full name after a verb still counts
    # camera conventions: Canon `_MG_` frames, Google Camera portrait bursts
    # a work-title word before a credited name is the title, not a second photographer
    ("秋收 张三摄.jpg", {"title": "秋收", "photographer": "张三"}),
    ("金秋 李四摄.jpg", {"title": "金秋", "photographer": "李四"}),
    ("张三 李四摄.jpg", {"photographer": "张三、李四"}),  # two names stay two photographers
    # an age or school group before the title (小学组-, 青年组-, 专业组-)
    ("小学组-秋收-张三.jpg", {"title": "秋收", "photographer": "张三"}),
    ("专业组_晨曦_李四.jpg", {"title": "晨曦", "photographer": "李四"}),
    # a known place vouches for an ambiguous sight after it; 洞 and 巷子 end a spot after a known place
    ("北京天坛.jpg", {"place": "北京天坛", "title": None}),
    ("游客在北京天坛游览.jpg", {"place": "北京天坛"}),
    ("天坛.jpg", {"place": None}),  # alone it stays a word
    ("重庆洪崖洞.jpg", {"place": "重庆洪崖洞", "title": None}),
    ("成都宽窄巷子.jpg", {"place": "成都宽窄巷子", "title": None}),
    # a named place with a kind-of-place ending before a view word (夜景, 外景, 风光 …)
    ("九份老街夜景.jpg", {"place": "九份老街", "title": "九份老街夜景"}),
    ("某某纪念馆外景.jpg", {"place": "某某纪念馆"}),
    ("公园夜景.jpg", {"place": None}),  # a kind of place
    ("苏州玉雕夜景.jpg", {"place": None}),  # a craft
    ("美丽乡村风光.jpg", {"place": None}),  # a theme
    # a short title opening with a named sight of a scenic kind (风景区, 古镇, 公园 …)
    ("日月潭风景区游客如织.jpg", {"place": "日月潭风景区", "title": "日月潭风景区游客如织"}),
    ("某某古镇迎来赏花季.jpg", {"place": "某某古镇"}),
    ("某某学院“向日葵”团队 张三 摄.jpg", {"place": None, "photographer": "张三"}),  # a college's team
    ("某某大学毕业典礼.jpg", {"place": None}),  # a school or firm names who, as often as where
    ("公园里的孩子.jpg", {"place": None}),
    # a clock after a caption's leading date (上午10时30分, 下午3时30分, 晚8点15分, 10:30)
    ("2023年5月1日下午3时30分,游客在湖边游玩.jpg", {"date": "2023-05-01", "time": "15:30:00"}),
    ("2023年5月1日晚8点15分,烟花绽放.jpg", {"date": "2023-05-01", "time": "20:15:00"}),
    ("2023年5月1日10:30 西湖.jpg", {"date": "2023-05-01", "time": "10:30:00"}),
    ("2023年5月1日10时许,游客在湖边游玩.jpg", {"date": "2023-05-01", "time": None}),  # no minute
    ("2023年5月1日25时,测试.jpg", {"date": "2023-05-01", "time": None}),  # no such hour
    # a prefecture-level city after the author is the place even when it is a name shape (杭 and 常
    # are surnames); a county that is also a name shape (周宁) is still read as neither
    ("晨曦_张三_杭州.jpg", {"title": "晨曦", "photographer": "张三", "place": "杭州"}),
    ("晨曦 王小明 常州.jpg", {"photographer": "王小明", "place": "常州"}),
    ("春天-张三-周宁.jpg", {"place": None}),
    ("晨曦-张三-朝阳.jpg", {"place": None}),  # 朝阳 is a word too
    # a `拍摄地点：X` / `地点：X` segment among the others is the place
    ("《晨曦》 张三 拍摄地点：杭州西湖.jpg", {"title": "晨曦", "photographer": "张三", "place": "杭州西湖"}),
    ("晨曦-张三-地点：某某古镇.jpg", {"photographer": "张三", "place": "某某古镇"}),
    # a known city and a named place after it, anywhere in a caption, are read together; 位于 X 的 Y
    ("无人机拍摄的南京某某湖公园(5月1日摄)。张三 摄.jpg", {"place": "南京某某湖公园"}),
    ("5月1日,游客在位于南京的某某湖公园游玩。张三 摄.jpg", {"place": "南京某某湖公园"}),
    ("这座位于南京的公园很美.jpg", {"place": "南京"}),  # a kind of place after 的
    ("樱花盛开 某某公园迎来赏花客.jpg", {"place": "某某公园"}),  # a headline's second part
    ("春天来了 公园里的孩子.jpg", {"place": None}),
    # a unit glued to a common name before the title (staff contests): the entrant and the title
    ("某某支行王丽-微笑服务.jpg", {"photographer": "王丽", "title": "微笑服务"}),
    ("某某公司张三_晨曦.jpg", {"photographer": "张三", "title": "晨曦"}),
    # photo editors named after themselves and the day; Picsart's two-digit year; Bilibili covers
    ("Snapseed_20230512.jpg", {"title": None, "date": "2023-05-12"}),
    ("Picsart_23-05-12_14-30-22-123.jpg", {"title": None, "date": "2023-05-12", "time": "14:30:22"}),
    ("BV1xx411c7mD_cover.jpg", {"title": None}),
    ("Paris_20230512.jpg", {"title": "Paris", "date": "2023-05-12"}),  # a word of one's own stays
    # the credit before the caption; a later caption word is never the credited name
    ("摄影：张三 5月1日,游客在某某景区游玩.jpg", {"photographer": "张三", "title": "5月1日,游客在某某景区游玩"}),
    ("（张三 摄）游客在某某景区游玩.jpg", {"photographer": "张三", "title": "游客在某某景区游玩"}),
    ("张三 摄 5月1日,游客在某某景区游玩.jpg", {"photographer": "张三"}),
    ("摄影：5月1日,游客在某某景区游玩.jpg", {"photographer": None}),  # no name: not `景区游玩`
    # campus and office news credits: a unit before the name is no person; writer and picture credits
    ("开幕式现场（宣传部 张三 摄）.jpg", {"photographer": "张三", "title": "开幕式现场"}),
    ("开幕式现场（党委宣传部 张三 李四 摄）.jpg", {"photographer": "张三、李四"}),
    ("开幕式（王科 摄）.jpg", {"photographer": "王科"}),  # 科 ends units, but this is a name
    ("图为活动现场（文 张三 图 李四）.jpg", {"photographer": "李四", "title": "图为活动现场"}),
    ("晨曦（文 张三）.jpg", {"photographer": None}),  # a writer only
    ("游客在景区游玩。融媒记者 张三 摄.jpg", {"photographer": "张三"}),  # 融 is a surname: a role here
    ("游客在景区游玩。□本报记者 张三.jpg", {"photographer": "张三", "title": "游客在景区游玩"}),  # byline box
    ("游客在景区游玩（受访单位供图）.jpg", {"photographer": None, "title": "游客在景区游玩"}),
    # a work cited inside the words is part of the title, not the entry's title
    ("馆藏古籍《永乐大典》书影.jpg", {"title": "馆藏古籍《永乐大典》书影"}),
    ("读者在阅读《红楼梦》.jpg", {"title": "读者在阅读《红楼梦》"}),
    ("一等奖《秋收》张三.jpg", {"title": "秋收", "photographer": "张三"}),  # an entry still
    ("张三作品《秋收》.jpg", {"title": "秋收", "photographer": "张三"}),
    # an English or pinyin gloss of the Chinese words (Wikimedia titles) is no title
    ("天安门广场_(Tiananmen_Square).jpg", {"place": "天安门广场", "title": None}),
    ("上海外滩_The_Bund_2015.jpg", {"place": "上海外滩", "title": None, "date": "2015"}),
    ("故宫_Beijing.jpg", {"title": "故宫_Beijing"}),  # one Latin word may be a title of its own
    ("Pasted Graphic 2.png", {"title": None}),  # macOS default names
    ("image_123456789.jpg", {"title": None}),
    ("_MG_1234.jpg", {"title": None, "date": None}),
    ("00100lrPORTRAIT_00100_BURST20230512143022123_COVER.jpg", {"title": None, "date": "2023-05-12",
                                                                 "time": "14:30:22"}),
]



def test_sights_gazetteer_loads() -> None:
    from gallery.names import lexicon

    assert "颐和园" in lexicon._SIGHTS and "颐和园" not in lexicon._SIGHTS_AMBIGUOUS
    assert "白云山" in lexicon._SIGHTS_AMBIGUOUS and "白云山" not in lexicon._GAZETTEER


# Round 11: causes found on set 9 (made-up names; hard negatives beside each rule)
ROUND11_RULES = [
    # A. the author named inside a label chain with no credit word
    ("油画二等奖作品、美术学院李小雨《远山》.jpg", {"title": "远山", "photographer": "李小雨"}),
    ("摄影三等奖作品 晚霞.jpg", {"title": "晚霞", "photographer": None}),
    ("优秀奖作品-晨曦-张三.jpg", {"title": "晨曦", "photographer": "张三"}),
    ("一等奖作品展.jpg", {"photographer": None}),  # an exhibition, not a label chain
    ("22级会计3班王晓红《青春》.jpg", {"title": "青春", "photographer": "王晓红"}),
    ("陈晓明的《故乡的河》.jpg", {"title": "故乡的河", "photographer": "陈晓明"}),
    ("春天的《序曲》.jpg", {"title": "序曲", "photographer": None}),  # no name before 的
    ("我的《家》.jpg", {"photographer": None}),
    ("篆刻优秀奖获得者刘一鸣作品.jpg", {"title": None, "photographer": "刘一鸣"}),
    ("获奖者张三.jpg", {"photographer": None}),  # a portrait of the winner, perhaps
    ("诺贝尔奖获得者屠呦呦.jpg", {"photographer": None}),
    ("5室 黄思远.jpg", {"title": None, "photographer": "黄思远"}),
    ("机械2003李明轩.jpg", {"title": None, "photographer": "李明轩"}),
    ("西湖2023王小明.jpg", {"photographer": None}),  # a place before the digits: no class code
    ("春节2023王小明.jpg", {"photographer": None}),  # nor a feast
    ("18号 张三.jpg", {"photographer": None}),
    # B. device and app names with an upload id before or a bundler hash after
    ("5f3a9c1b2d4e6_IMG_20230501_101010.jpg", {"title": None, "date": "2023-05-01", "time": "10:10:10"}),
    ("image-20230501101010123.a1b2c3d4.png", {"title": None, "date": "2023-05-01", "time": "10:10:10"}),
    ("image-20230501101010123.12345678.png", {"date": None}),  # digits only: no content hash
    ("MTXX_20150102_track_meitu_2.jpg", {"date": "2015-01-02", "time": None}),
    # C. a transliterated name alone after the caption's last full stop is the photographer
    ("牧民赶着羊群转场。买买提·吐尔逊.jpg", {"title": "牧民赶着羊群转场", "photographer": "买买提·吐尔逊"}),
    ("冰雕比赛开幕。中国·哈尔滨.jpg", {"photographer": None}),  # a country and a city
    ("比赛开幕。第九届·冰雕.jpg", {"photographer": None}),
    # D. a figure number is no title; F. a sequence number after a trailing day
    ("(图三)新生方阵入场.jpg", {"title": "新生方阵入场"}),
    ("（图12）游客在湖边散步.jpg", {"title": "游客在湖边散步"}),
    ("(四)晨曦.jpg", {"title": "四"}),  # no 图: a part number of the work, left as it was
    ("苏州拙政园, 2011-04-02 03.jpg", {"place": "苏州拙政园", "date": "2011-04-02", "title": None}),
    ("西湖 2009-01-28 0630.jpg", {"date": None}),  # four digits: not a sequence number
    # D. a place after an em dash at the end names what the words show: the title keeps it
    ("图为航拍亚洲最长的跨海大桥——杭州湾跨海大桥。记者 张三 摄.jpg",
     {"title": "图为航拍亚洲最长的跨海大桥——杭州湾跨海大桥", "photographer": "张三"}),
    ("秋色——张三.jpg", {"title": "秋色", "photographer": "张三"}),  # a name after the dash is the author
    # D/E. 乡村 is the countryside, not a township and a village; a class or team named after a place
    ("服务万家 建设乡村-某某供电公司-王丽华.jpg", {"title": "服务万家 建设乡村", "place": None, "photographer": "王丽华"}),
    ("晨曦-红星乡.jpg", {"place": "红星乡"}),
    ("红星乡红旗村.jpg", {"place": "红星乡红旗村"}),
    ("新疆班学生在教室里上课,认真听讲.jpg", {"place": None}),
    ("北京队队员在比赛中奋力拼搏,观众欢呼.jpg", {"place": None}),
    ("牧民在西藏班戈县放牧,羊群成片.jpg", {"place": "西藏班戈县"}),
    # more general clause grammar: `，摄于X` after the words, a place in brackets after a title
    ("晨曦，摄于西安大雁塔.jpg", {"title": "晨曦", "place": "西安大雁塔"}),
    ("游客在湖边散步，摄于杭州西湖.jpg", {"title": "游客在湖边散步", "place": "杭州西湖"}),
    ("晨曦，摄于清晨.jpg", {"title": "晨曦", "place": None}),  # when, not where
    ("晨曦（杭州西湖）-张三.jpg", {"title": "晨曦", "place": "杭州西湖", "photographer": "张三"}),
    ("秋韵（周宁）-张三.jpg", {"place": None}),  # a county or a person: neither is read
    ("张三（江苏南京）-晨曦.jpg", {"place": None, "photographer": "张三"}),  # the entrant's home
    # E. traditional characters beyond the newsroom words (爾, 覺, 際 …): read as their simplified forms
    ("遊客在爾灣公園賞花。圖片來源:陳小明 視覺中國.jpg", {"title": "遊客在爾灣公園賞花", "photographer": "陳小明"}),
    ("5月3日,遊客在齊齊哈爾扎龍濕地觀鶴。記者 劉強 攝.jpg", {"photographer": "劉強", "place": "齊齊哈爾扎龍濕地"}),
]



ROUND13_RULES = [
    # A. app names with a counter digit, a random tag after the epoch, or the date repeated before them
    ("QQ截图202001021530452.png", {"title": None, "date": "2020-01-02", "time": "15:30:45"}),
    ("TIM截图202001021530451.png", {"title": None, "date": "2020-01-02"}),
    # two extra digits: a counter as QQ图片's (session 14 met one on a real page, `QQ截图2019052501082921`)
    ("QQ截图2020010215304512.png", {"date": "2020-01-02", "time": "15:30:45"}),
    ("企业微信截图_17000000000001_Ab3dEf9x.png", {"title": None, "date": "2023-11-15"}),
    ("2020-01-02-屏幕快照 2020-01-02 下午3.04.05.png", {"title": None, "date": "2020-01-02", "time": "15:04:05"}),
    ("会议记录-屏幕快照 2020-01-02 下午3.04.05.png", {"title": "会议记录"}),  # words before it stay a title
    # C. the author of an artwork named before its kind and 作品; D. `role X摄《…》`
    ("林晓东书法作品《春华》.jpg", {"title": "春华", "photographer": "林晓东"}),
    ("宓雅琴剪纸作品《年年有余》.jpg", {"photographer": "宓雅琴"}),  # three characters, a rare surname
    ("病区护士周小燕的國畫作品《荷》.jpg", {"title": "荷", "photographer": "周小燕"}),
    ("某某村农民赵大勇摄《丰收》.jpg", {"title": "丰收", "photographer": "赵大勇"}),
    ("黄山绘画作品《云海》.jpg", {"photographer": None}),  # a place, not a name
    ("少儿组书法作品《福》.jpg", {"photographer": None}),
    ("迎新春书法作品《福》.jpg", {"photographer": None}),
    ("教职工摄影作品《春》.jpg", {"photographer": None}),
    ("小学生书法作品《春》.jpg", {"photographer": None}),
    # D. a reporter's byline closed by 报道 under a photo caption
    ("市民在公园赏花。融媒体记者 张晓 报道.jpg", {"title": "市民在公园赏花", "photographer": "张晓"}),
    ("市民在公园赏花。通讯员 李四 报道.jpg", {"photographer": "李四"}),
    ("市民在公园赏花。央视 报道.jpg", {"photographer": None}),  # a medium, no reporter
    ("市民赏花 张三 报道.jpg", {"photographer": None}),  # no role word: a subject, perhaps
    # E. a masked field between parts; 肖, a common surname missing from the classical list
    ("肖红梅+***+童年.jpg", {"title": "童年", "photographer": "肖红梅"}),
    ("李明-138****5678-晨曦.jpg", {"title": "晨曦", "photographer": "李明", "phone": None}),
    ("肖像+晨曦.jpg", {"photographer": None}),  # 像 is no given-name character
    ("肖像画《母亲》.jpg", {"title": "母亲", "photographer": None}),
    # B. places in short captions: a whole name ending in a designation, 图为 + city + a scene, words + city
    ("云栖竹径景区.jpg", {"title": None, "place": "云栖竹径景区"}),
    ("黄柏塬森林公园.jpg", {"title": None, "place": "黄柏塬森林公园"}),
    ("图为昆明渔民撒网捕鱼。张三 摄.jpg", {"title": "图为昆明渔民撒网捕鱼", "place": "昆明"}),
    ("图为苏州玉雕.jpg", {"place": None}),  # a city before a craft: what, not where
    ("春到昆明.jpg", {"title": "春到昆明", "place": "昆明"}),
    ("北京冬奥.jpg", {"place": None}),  # a city before a theme
    ("梦回长安.jpg", {"place": None}),  # an old name, not in the gazetteer as a city
    # precision: a motion verb and its one-character object is no named place; a paper's short name before 记者
    ("归来的渔船驶入港.jpg", {"place": None}),
    ("暴雨中的货轮提前回港,工人在码头忙碌.jpg", {"place": "码头"}),  # the next finder, not 货轮提前回港
    ("晨曦中的青岛港.jpg", {"place": "青岛港"}),
    ("市民在公园赏花。晚报记者 张三 摄.jpg", {"title": "市民在公园赏花", "photographer": "张三"}),
    # F. a 图为 sentence that names the work it shows keeps the whole sentence as its title
    ("图为学生在礼堂合唱《歌唱祖国》。记者 张三 摄.jpg", {"title": "图为学生在礼堂合唱《歌唱祖国》", "photographer": "张三"}),
    ("图为《晨曦》.jpg", {"title": "晨曦"}),  # nothing but the work
    # a place that opens an ensemble's name is its home, not where it performs
    ("图为杭州市西湖区老年合唱团在演出。张三 摄.jpg", {"place": None, "photographer": "张三"}),
    ("图为杭州市西湖区游人如织。张三 摄.jpg", {"place": "杭州市西湖区"}),
]



# Round 14: one tolerant grammar for device names (a flexible date-time after any known tool name,
# the tool found anywhere in the name, ids and counters around it ignored) and a low-confidence
# fallback for a full date-time with no known tool; every tolerant rule with hard negatives.
ROUND14_RULES = [
    # separators swapped in the stamp
    ("屏幕快照 2020-01-02 15 04 05.png", {"title": None, "date": "2020-01-02", "time": "15:04:05"}),
    ("Snipaste 2021.04.16 22.41.19.png", {"title": None, "date": "2021-04-16", "time": "22:41:19"}),
    ("截屏2024_06_04 22 10 35.png", {"title": None, "date": "2024-06-04", "time": "22:10:35"}),
    ("微信图片_2023.05.12_102233.jpg", {"title": None, "date": "2023-05-12", "time": "10:22:33"}),
    ("Screenshot_2023 10 14 at 12.57.17 PM.png", {"title": None, "date": "2023-10-14", "time": "12:57:17"}),
    ("屏幕快照 2019-09-13 下午1.06.28.png", {"date": "2019-09-13", "time": "13:06:28"}),
    ("屏幕快照 2019-09-13 下午13.06.28.png", {"time": None}),  # no 13 o'clock in the afternoon
    # an id or a counter glued around the name
    ("998877_0QQ截图20200510114017.png", {"title": None, "date": "2020-05-10", "time": "11:40:17"}),
    ("123_IMG_4521.JPG", {"title": None}),
    ("IMG_4521_0.JPG", {"title": None}),
    ("QQ图片20191018162208_0.jpg", {"title": None, "date": "2019-10-18", "time": "16:22:08"}),
    ("屏幕快照 2019-06-23 下午8.13.58_1.png", {"title": None, "date": "2019-06-23", "time": "20:13:58"}),
    ("123_20230512_102233.jpg", {"title": None, "date": "2023-05-12", "time": "10:22:33"}),
    ("晨曦_2.jpg", {"title": "晨曦"}),  # after words, `_2` is not stripped as a counter
    # words glued before the tool name are the title; a short app name before 截图 is not
    ("登录报错Snipaste_2021-04-16_22-41-19.jpg", {"title": "登录报错", "date": "2021-04-16"}),
    ("登录页面报错微信截图_20241122110811.png", {"title": "登录页面报错", "date": "2024-11-22"}),
    ("接口文档截屏2026-03-29 23.24.05.png", {"date": "2026-03-29", "time": "23:24:05"}),
    ("夸克截图20240101120000.png", {"title": None, "date": "2024-01-01"}),
    ("网易云音乐截图20230512102233.png", {"title": None, "date": "2023-05-12"}),  # one of three listed long app names
    ("美图秀秀 2023.05.12 10.22.33.jpg", {"title": None, "date": "2023-05-12", "time": "10:22:33"}),
    ("MTYxNzY4MTcwNjcwNQ==Screenshot_2021_04_06-12-01-13-667_com.tencent.mm.jpg", {"title": None, "date": "2021-04-06"}),
    # no known tool: a full date-time gives date and time at a low confidence, the words a caption
    ("会议记录2023-05-12 10-22-33.jpg", {"title": "会议记录", "date": "2023-05-12", "time": "10:22:33"}),
    ("北京 2023-05-12 10-22-33.jpg", {"place": "北京", "date": "2023-05-12", "time": "10:22:33"}),
    ("20230512102233.jpg", {"date": "2023-05-12", "time": "10:22:33"}),
    # hard negatives: hashes, phones, longer digit runs, invalid or implausible stamps
    ("a3ddccaf20230512102233ff.jpg", {"date": None, "time": None}),
    ("x20230512102233.jpg", {"date": None}),  # glued to a Latin letter: part of an id
    ("13812345678.jpg", {"date": None, "phone": "13812345678"}),
    ("20230512102233999999.jpg", {"date": None}),
    ("订单20230512102233123456.jpg", {"date": None, "time": None}),
    ("2023-13-45 10-22-33.jpg", {"date": None, "time": None}),  # no time of a day that does not exist
    ("2023-05-12 25-22-33.jpg", {"time": None}),
    ("版本1990-05-12 10-22-33.jpg", {"date": None}),  # no known tool: a year before 1995 is not trusted
    ("image-20230501101010123.12345678.png", {"date": None}),  # a long digit run after the stamp
    # set-11 causes in captions: a route (在通往X) or an origin (来自X的) is not where the picture is
    ("在通往市人民医院的路口,交警指挥交通。记者 张三 摄.jpg", {"place": None, "photographer": "张三"}),
    ("在北京天安门广场,游客拍照。张三 摄.jpg", {"place": "北京天安门广场"}),  # a place after 在 still is
    ("来自浙江义乌的商户在展会上展示商品。新华社记者 张三 摄.jpg", {"place": None}),
    ("来自四川的游客在天安门广场参观。张三 摄.jpg", {"place": "天安门广场"}),  # the next finder answers
    # set-11 cause D: a facility that opens or is unveiled is where (the last finder, sentences only)
    ("昨天是城东小学投入使用的第一天。图为学生在教室上课。记者 张三 摄.jpg", {"place": "城东小学"}),
    ("首批新能源公交车投入使用。张三 摄.jpg", {"place": None}),  # a vehicle, no facility
    ("这座大桥建成后将方便出行。张三 摄.jpg", {"place": None}),  # no name before the facility word
    # a qualified institution name alone is the place; a verb or a title word before it keeps the title
    ("抗日战争时期北京烈士纪念馆.jpg", {"title": "抗日战争时期北京烈士纪念馆"}),  # six characters before the place
    ("侵华日军南京大屠杀遇难同胞纪念馆.jpg", {"title": None, "place": "侵华日军南京大屠杀遇难同胞纪念馆"}),
    ("参观南京大屠杀遇难同胞纪念馆.jpg", {"title": "参观南京大屠杀遇难同胞纪念馆"}),
    # a stock library's label before the picture's name is no title; alone it stays
    ("历史图片素材_北京故宫角楼.jpg", {"title": None, "place": "北京故宫角楼"}),
    ("晨曦素材.jpg", {"title": "晨曦素材"}),
    # breaks found by bench/perturb_names.py: traditional 攝於/位於, ` 拷貝`, a kind of work in
    # traditional characters, a Wikimedia note in full-width brackets
    ("《晨曦》王文秀 攝於張家界武陵源.jpg", {"title": "晨曦", "photographer": "王文秀", "place": "張家界武陵源"}),
    ("關於春天.jpg", {"title": "關於春天", "place": None}),  # 於 elsewhere is left alone
    # a place put together from two parts of a traditional caption comes back in traditional characters
    ("位於浙江省寧波市的華茂博物館是一座新館。圖爲觀衆參觀。本報記者 張三攝.jpg", {"place": "浙江省寧波市華茂博物館"}),
    ("系列4 拷貝.jpg", {"title": "系列4"}),
    ("一等獎  陳彥達  繪畫作品.jpg", {"title": None, "photographer": "陳彥達"}),
    ("天主堂正面 （retouched）.jpg", {"title": "天主堂正面"}),
    # an upload id before any device name the device step reads, words after it included; a
    # counter after one only where no words are left (else the counter was part of the clock)
    ("123_QQ20250907-020032窗口展示.png", {"title": "窗口展示", "date": "2025-09-07", "time": "02:00:32"}),
    ("123_8d43627-Screenshot_20221205-191054_Chrome.jpg", {"title": None, "date": "2022-12-05"}),
    ("IMG_7199(20210711-200645)_0.JPG", {"title": None, "date": "2021-07-11", "time": "20:06:45"}),
    ("截屏2023-05-12 上午10-22-33.png", {"title": None, "date": "2023-05-12", "time": "10:22:33"}),
    ("12_春节.jpg", {"title": "春节"}),  # no device name after the id: a caption as before
    ("2023-05-12_1.jpg", {"title": None, "date": "2023-05-12"}),  # a counter after a date is no title
    # an ideographic space (U+3000) is read as a space; strings come back as written
    ("九里亭学校大门。澎湃新闻记者\u3000邓玲玮\u3000图.jpg", {"title": "九里亭学校大门", "photographer": "邓玲玮"}),
    ("01.周杰伦\u3000-\u3000青花瓷.jpg", {"photographer": None}),
    ("扬州瘦西湖,\u30002009-01-28\u300006.jpg", {"date": "2009-01-28"}),
    ("优秀奖\u3000晨曦\u3000系列作品(王祥\u3000王智山).jpg", {"photographer": "王祥、王智山"}),
    ("子\u3000木 摄.jpg", {"photographer": "子木"}),
    ("2023-05-12_123.jpg", {"title": None, "date": "2023-05-12"}),  # round 19: digits alone are no title
    # found by the held-out vocabulary B: Windows Explorer's English copy name, and a copy made
    # of a name with a double extension
    ("IMG_20230512_102233 - Copy.jpg", {"title": None, "date": "2023-05-12", "time": "10:22:33"}),
    ("晨曦 - Copy (2).jpg", {"title": "晨曦"}),
    ("晨曦.jpg - 副本.jpg", {"title": "晨曦"}),
    ("Copy.jpg", {"title": "Copy"}),  # the word alone is a name, not a marker
    # words before a device name that carries a note of its own, or before a photo editor's name
    ("会议纪要微信图片_20200828092414（用）.jpg", {"title": "会议纪要", "date": "2020-08-28", "time": "09:24:14"}),
    ("登录页面Meitu_20251031_164622176.jpg", {"title": "登录页面", "date": "2025-10-31"}),
    ("微信图片好看.jpg", {"date": None}),  # no device name after the tool's word
]



def test_round14_tool_scan_lookahead_holds_every_first_character() -> None:
    from gallery.names import devices_patterns, devices_tolerant, devices_words

    lead = devices_tolerant._TOOL_SCAN.pattern[len("(?=[") : devices_tolerant._TOOL_SCAN.pattern.index("]")]
    allowed = set(lead.replace("A-Za-z", "abcdefghijklmnopqrstuvwxyz"))
    alternatives = [a for rx, *_ in devices_words._FLEX_TOOLS[:-1] for a in rx.split("|")] + devices_words._EXACT_ONLY_TOOLS.split("|")
    assert devices_words._FLEX_TOOLS[-1][0] == devices_patterns._CN_APPS  # the Chinese app names, tried at the start only
    # (round 17: a look-behind before a name, `(?<![A-Za-z])Lark`, is no first character)
    assert {re.sub(r"^\(\?<!\[[^\]]*\]\)", "", a)[0].lower() for a in alternatives} <= allowed


# Round 14: device and app naming formats catalogued from public code (source in each comment:
# a GitHub repository/path, or a search-index file id readable with the project's read_file tool),
# each with a made-up example and its expected fields; then hard negatives.
ROUND14_DEVICES = [
    # Samsung One UI screenshots: `Screenshot_YYYYMMDD_HHMMSS_<App>` (index file 48232808475, an app
    # README; a Samsung S23 note in the code search: "Screenshot_20250919_200739_Messenger.jpg") and
    # `…-HHMMSS_<App>` (a Korean Play Store README in the code search)
    ("Screenshot_20240508_221724_Grader.png", {"title": None, "date": "2024-05-08", "time": "22:17:24"}),
    ("Screenshot_20250822-152715_SokSol.jpg", {"title": None, "date": "2025-08-22", "time": "15:27:15"}),
    # MIUI screenshots `Screenshot_yyyy-MM-dd-hh-mm-ss` (hezihaog/miui_touch_assistant FileUtil.java)
    ("Screenshot_2018-12-07-10-52-33.png", {"title": None, "date": "2018-12-07", "time": "10:52:33"}),
    ("Screenshot_2023-05-12-10-22-33-123_com.tencent.mm.jpg", {"title": None, "date": "2023-05-12"}),
    # Samsung camera bursts, same-second copies and gallery edits (r41d/photofixer read_filename.py)
    ("20250831_152622_001.jpg", {"title": None, "date": "2025-08-31", "time": "15:26:22"}),
    ("20240427_013518(0).jpg", {"title": None, "date": "2024-04-27", "time": "01:35:18"}),
    ("20240724_124048~2.jpg", {"title": None, "date": "2024-07-24", "time": "12:40:48"}),
    # Pixel `PXL_YYYYMMDD_HHMMSSmmm[.MP]` (r41d/photofixer; note there: the name's time is UTC)
    ("PXL_20230812_005706479.MP.jpg", {"title": None, "date": "2023-08-12"}),
    # Dropbox/OneDrive camera uploads `YYYY-MM-DD HH.MM.SS[-n]` (shriram/photo-organizer go.rkt)
    ("2019-04-29 20.32.56.jpg", {"title": None, "date": "2019-04-29", "time": "20:32:56"}),
    ("2020-04-25 11.00.14-2.jpg", {"title": None, "date": "2020-04-25", "time": "11:00:14"}),
    # Signal `signal-YYYY-MM-DD-HH-MM-SS-mmm` (maxbader/filename2exifdate Readme.md)
    ("signal-2021-02-20-08-59-20-104.jpg", {"title": None, "date": "2021-02-20", "time": "08:59:20"}),
    # WhatsApp IMG/VID/AUD/STK/PTT-YYYYMMDD-WAnnnn (eniocarboni/SetTimestampByEximOrFilename README.md)
    ("IMG-20190721-WA0002.jpg", {"title": None, "date": "2019-07-21", "time": None}),
    ("VID-20190609-WA0019.mp4", {"title": None, "date": "2019-06-09"}),
    ("STK-20200101-WA0003.webp", {"title": None, "date": "2020-01-01"}),
    # Windows Phone `WP_YYYYMMDD_HH_MM_SS_Pro` and `Photo-YYYY-MM-DD-hh-mm-ss` (photocleaner README;
    # an ExifDateFixer WindowsPhoneDateParser)
    ("WP_20230115_12_30_45_Pro.jpg", {"title": None, "date": "2023-01-15", "time": "12:30:45"}),
    ("Photo-2023-01-15-12-30-45.jpg", {"title": None, "date": "2023-01-15", "time": "12:30:45"}),
    # Insta360 `VID_YYYYMMDD_HHMMSS_<lens>_<clip>` (miguel-coppiloto/exiftool-insta360-gpx README.md)
    ("VID_20230309_101944_00_001.insv", {"title": None, "date": "2023-03-09", "time": "10:19:44"}),
    ("IMG_20230309_101944_00_001.insp", {"title": None, "date": "2023-03-09"}),
    # GoPro chaptered names carry no date (trek-view/gopro-metadata max/README.md)
    ("GH010527.MP4", {"title": None, "date": None}),
    # Android ddms `device-YYYYMMDDHHMMSS` (LucoMoro/Scraped_CRs after_CR_20967-1.java)
    ("device-20230512102233.png", {"title": None, "date": "2023-05-12", "time": "10:22:33"}),
    # an app imitating a camera: `IMG_YYYY-MM-DDTHH-MM-SS` (a Chinese README on natural file names)
    ("IMG_2025-10-05T14-30-25.jpg", {"title": None, "date": "2025-10-05", "time": "14:30:25"}),
    # GNOME `Screenshot from …`, Windows 11 `Screenshot YYYY-MM-DD HHMMSS` (index file 22876454985)
    ("Screenshot from 2023-05-12 10-22-33.png", {"title": None, "date": "2023-05-12", "time": "10:22:33"}),
    ("Screenshot 2025-08-15 073327.png", {"title": None, "date": "2025-08-15", "time": "07:33:27"}),
    # macOS exported through a web host: `Screenshot_2023-11-07_at_10.21.41_PM` (index file 54886912350)
    ("Screenshot_2023-11-07_at_10.21.41_PM.png", {"title": None, "date": "2023-11-07", "time": "22:21:41"}),
    # a Linux tool writing underscores throughout (index file 31144350930)
    ("Screenshot_2025-05-07_16_45_41.png", {"title": None, "date": "2025-05-07", "time": "16:45:41"}),
    # WeChat saves (WechatExif README): thumbnails, QR codes and the old microMsg cache, epoch ms
    ("thumbmmexport1654668712513.jpg", {"title": None, "date": "2022-06-08", "time": "14:11:52"}),
    ("mmqrcode1695990806194.png", {"title": None, "date": "2023-09-29"}),
    ("microMsg.1469511764264.jpg", {"title": None, "date": "2016-07-26"}),
    ("mm_reward_qrcode_1646544813652.png", {"title": None, "date": "2022-03-06"}),
    # CamScanner `CamScanner MM-DD-YYYY HH.MM[.SS][_page]`, month first (index files 22909598959,
    # 70450047274, 1215475474): no time without seconds
    ("CamScanner 03-08-2024 16.22_6.jpg", {"title": None, "date": "2024-03-08", "time": None}),
    ("CamScanner 08-10-2020 10.52.30_2.png", {"title": None, "date": "2020-08-10", "time": "10:52:30"}),
    # Fujitsu ScanSnap: 14 digits (fujitsu.com ScanSnap FAQ start5): the generic stamp, low confidence
    ("20030727190050.jpg", {"title": None, "date": "2003-07-27", "time": "19:00:50"}),
    # Chinese office apps' screenshots: the app's short name before 截图 is no title
    ("WeLink截图_20230512102233.png", {"title": None, "date": "2023-05-12", "time": "10:22:33"}),
    ("腾讯会议截图20230512102233.png", {"title": None, "date": "2023-05-12"}),
    ("钉钉截图20230512102233.png", {"title": None, "date": "2023-05-12"}),
    # 剪映 / CapCut exports `lv_0_<YYYYMMDDHHMMSS>`, Camera360 underscores (the parser's app table)
    ("lv_0_20230512102233.mp4", {"title": None, "date": "2023-05-12", "time": "10:22:33"}),
    ("Camera360_2023_05_12_102233.jpg", {"title": None, "date": "2023-05-12", "time": "10:22:33"}),
    # Google Camera bursts `00000IMG_00000_BURST<ts><ms>_COVER` (index files 23318502452, 16188495717,
    # 36424770133); Huawei/Honor screen recordings `SVID_YYYYMMDD_HHMMSS_1` (index file 53556455432)
    ("00000IMG_00000_BURST20190627210940685_COVER.jpg", {"title": None, "date": "2019-06-27", "time": "21:09:40"}),
    ("00001IMG_00001_BURST20180912134826_COVER.jpg", {"title": None, "date": "2018-09-12"}),
    ("SVID_20240805_113052_1.mp4", {"title": None, "date": "2024-08-05", "time": "11:30:52"}),
    # hard negatives: ids that look like dates, hashes, phones
    ("AAA01011450000_00001.jpg", {"date": None, "time": None}),  # Konica Minolta scan: MMDD HHMM, no year
    ("CamScanner 13-45-2022 19.49.jpg", {"date": None}),
    ("mmexport.jpg", {"date": None}),
    ("thumbmmexport06b0f4d885c00e928459c95d6f9a0362.png", {"date": None}),  # a hash, not an epoch
    ("1390-1234-5678 10-22-33.jpg", {"date": None}),  # a phone-shaped run, no plausible year
    ("20089216525815426.jpg", {"date": None, "time": None}),  # unpadded digits: ambiguous
    ("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855.jpg", {"date": None}),
]



@pytest.mark.parametrize("tail", ["a" * 60 + "!", "ab" * 40 + "中", "-a" * 200 + "!", " 1" * 300 + "x!"])
def test_round14_stamp_tail_cannot_backtrack_exponentially(tail: str) -> None:
    import time

    start = time.perf_counter()
    for head in ("Snipaste_2021-04-16_22-41-19", "2021-04-16 22-41-19", "截图2021-04-16 22-41-19_"):
        parse_name(head + tail + ".jpg")
    assert time.perf_counter() - start < 0.5  # each was seconds before the junk grammar was made unambiguous


# Round 16: set 12's device rows, classified by cause (bench/README_names.md, "Sixteenth round"). Each
# general rule on made-up names, with hard negatives.
ROUND16_RULES = [
    # A. what is left of a device name once the tool and the stamp are read (ids, hashes, counters,
    # tool names: Latin runs holding a digit) is no title; words a person wrote still are
    ("1495068575.C360_2015-02-01-16-09-55-033.jpg", {"title": None, "date": "2015-02-01", "time": "16:09:55"}),
    ("88e1f2a3b4c5dMTXX_MH20230523_071859037.jpg", {"title": None, "date": "2023-05-23"}),
    ("1575020893B612_20190210_114100_895.jpg", {"title": None, "date": "2019-02-10", "time": "11:41:00"}),
    ("v2.1_Snipaste_2023-05-12_10-22-33.png", {"title": None, "date": "2023-05-12"}),
    ("会议记录Snipaste_2023-05-12_10-22-33.png", {"title": "会议记录", "date": "2023-05-12"}),
    ("meeting notes Screenshot_20230512_102233.png", {"title": "meeting notes", "date": "2023-05-12"}),
    # B. a stamp without a part: a date alone, a year-month, a month-day with a clock (no year guessed)
    ("screenshot_20230512.png", {"title": None, "date": "2023-05-12", "time": None}),
    ("Screenshot_2023-05-12.png", {"title": None, "date": "2023-05-12", "time": None}),
    ("Screenshot_2023-05.jpg", {"title": None, "date": "2023-05", "time": None}),
    ("Screenshot_2023-05-12 Project board.png", {"title": "Project board", "date": "2023-05-12"}),
    ("PicsArt_11-30-21.05.44.jpg", {"title": None, "date": None, "date_partial": "11-30", "time": "21:05:44"}),
    ("PicsArt_02-29-10_58_31.jpg", {"date": None, "date_partial": "02-29", "time": "10:58:31"}),
    ("WP_20160704_003.jpg", {"title": None, "date": "2016-07-04", "time": None}),
    # hard negatives: a year-month after a camera's name may be a frame number; month 13; hour 25;
    # day 31 of a 30-day month; February 30; a partial stamp with no tool name; four digits
    # after a date alone (no counter); the whole name read before a counter is peeled
    ("IMG_2013-06.jpg", {"date": None}),
    ("Screenshot_2023-13.jpg", {"date": None}),
    ("PicsArt_04-31-10.22.33.jpg", {"date_partial": None, "time": None}),
    ("PicsArt_04-12-25.22.33.jpg", {"date_partial": None, "time": None}),
    ("Screenshot_20230230.png", {"date": None}),
    ("AAA_11-30-21.05.44.jpg", {"date_partial": None, "time": None}),
    ("Screenshot_20230512_4321.png", {"date": None}),
    ("IMG_2025-10-05T14-30-25.jpg", {"date": "2025-10-05", "time": "14:30:25"}),
    ("Screenshot_2023-05-12.png", {"date": "2023-05-12"}),
    # C. what follows a stamp: an upload tool's epoch after a separator, a copy number a web uploader
    # sanitised (` (1)` → `__1_`, `-1-`)
    ("微信截图_20230512102233_1683858200123.png", {"title": None, "date": "2023-05-12", "time": "10:22:33"}),
    ("Snipaste_2023-05-12_10-22-33_1683858200.png", {"title": None, "date": "2023-05-12", "time": "10:22:33"}),
    ("MVIMG_20230512_102233__1_.jpg", {"title": None, "date": "2023-05-12", "time": "10:22:33"}),
    ("IMG_20230512_102233-2-.jpg", {"title": None, "date": "2023-05-12", "time": "10:22:33"}),
    # hard negatives: a long digit run after a stamp that is no epoch (2 × 10^12), an 11-digit phone
    ("微信截图_20230512102233_2683858200123.png", {"date": None}),
    ("微信截图_20230512102233_13800138000.png", {"date": None}),
    # D. variants of set 12's device names (bench/perturb_names.py on set 12): a counter after a partial
    # stamp with another separator; stacked copy numbers; a counter after a device name with words
    ("PicsArt_11-30-21.05.44_2.jpg", {"title": None, "date_partial": "11-30", "time": "21:05:44"}),
    ("Screenshot_2023-05_12.jpg", {"title": None, "date": "2023-05"}),
    ("MVIMG_20230512_102233__1_(2).jpg", {"title": None, "date": "2023-05-12", "time": "10:22:33"}),
    ("20230512_102233_西湖断桥_1.jpg", {"title": "西湖断桥", "date": "2023-05-12"}),
    # … the same separator again is another stamp's group, not a counter
    ("PicsArt_11-30-21.05.44.12.jpg", {"date_partial": None, "time": None}),
    # E. the words before a tool less what belongs to the device name: a short app name glued to
    # 截图 after a separator, an id glued to the tool, an app's capital tag; WeChat's `Weixin Image`
    ("订单页面_深度截图_选择区域_20230512102233.png", {"title": "订单页面", "date": "2023-05-12"}),
    ("123_深度截图_选择区域_20230512102233.png", {"title": None, "date": "2023-05-12"}),
    ("会议纪要a3f9c2截图20230512102233.png", {"title": "会议纪要", "date": "2023-05-12"}),
    ("订单页面_FB_IMG_1683858153000.jpg", {"title": "订单页面", "date": "2023-05-12"}),
    ("bug report-Weixin Image_20230512102233.jpg", {"title": "bug report", "date": "2023-05-12"}),
    ("123_1683858153000.png", {"title": None, "date": "2023-05-12", "time": "10:22:33"}),
    # … a longer Chinese run glued to 截图 without a separator stays a title (the app name is ≤ 4
    # characters after a separator only); a Latin word with no digit stays
    ("年度项目总结报告截图_20230512102233.png", {"title": "年度项目总结报告", "date": "2023-05-12"}),
    ("team meeting Snipaste_2023-05-12_10-22-33.png", {"title": "team meeting", "date": "2023-05-12"}),
    # F. macOS `截屏` with the date glued to a two-digit hour, separators varied
    ("截屏2023_05_1201.17.10.png", {"title": None, "date": "2023-05-12", "time": "01:17:10"}),
    ("截屏2023-05-12下午3-05-09.png", {"title": None, "date": "2023-05-12", "time": "15:05:09"}),
    # … an unpadded day glued to a clock is ambiguous: nothing
    ("截屏2023_5_312.05.09.png", {"time": None}),
]



# Round 16 catalogue: formats found in public code for apps set 12 showed missing, and their
# siblings. Sources in comments (search-index file ids or repository and path).
ROUND16_DEVICES = [
    # PicsArt's old export name `PicsArt_MM-DD-HH.MM.SS` has no year (index files 6621398880, 2449834125,
    # 48223687155); a renamer's underscores (index file 21514087725); no seconds: no time (26728786095)
    ("PicsArt_06-15-03.10.17.png", {"title": None, "date": None, "date_partial": "06-15", "time": "03:10:17"}),
    ("PicsArt_06-27-10_58_31.jpg", {"title": None, "date_partial": "06-27", "time": "10:58:31"}),
    # Windows Phone 8 `WP_YYYYMMDD_NNN` (index files 9436859551, 24208888097, 43612356198), a blog's
    # copy `-1-` and a WordPress size `-1080x675` after it (index files 71087261718, 40865831463); 8.1's
    # `wp_YYYYMMDD_HH_MM_SS_pro` (index file 466651622)
    ("WP_20140410_001.jpg", {"title": None, "date": "2014-04-10", "time": None}),
    ("WP_20141103_002-1-.jpg", {"title": None, "date": "2014-11-03"}),
    ("WP_20140322_028-1080x675.jpg", {"title": None, "date": "2014-03-22"}),
    ("wp_20141212_22_08_26_pro.jpg", {"title": None, "date": "2014-12-12", "time": "22:08:26"}),
    # Camera360 `C360_YYYY-MM-DD-HH-MM-SS-mmm[_org]` (index file 6110663516, a Scala PhotoC360 parser),
    # an older `C360_YYYY-MM-DD HH-MM-SS` (40420096903), an upload epoch after it (30340213678)
    ("C360_2015-07-25-07-40-28-323_org.jpg", {"title": None, "date": "2015-07-25", "time": "07:40:28"}),
    ("C360_2011-11-10 17-28-53.jpg", {"title": None, "date": "2011-11-10", "time": "17:28:53"}),
    ("C360_2017-05-27-16-22-28-425_1529639175.jpg", {"title": None, "date": "2017-05-27"}),
    # B612 `B612_YYYYMMDD_HHMMSS[_mmm]`, with an upload epoch glued before it (index files 22473116425,
    # 41570788644) or a host's random tag after it (13575960909, 36288487178)
    ("1575020893B612_20190210_114100_895.jpg", {"title": None, "date": "2019-02-10", "time": "11:41:00"}),
    ("1690714589_B612_20210527_185133_695.jpg", {"title": None, "date": "2021-05-27"}),
    ("B612_20170722_181305_ABhl3td.jpg", {"title": None, "date": "2017-07-22", "time": "18:13:05"}),
    # Xiaomi/Google motion photos `MVIMG_…` with a host's suffix (index files 33140970366, 65919602796)
    ("mvimg_20181231_0910291833340677198697139.jpg", {"title": None, "date": "2018-12-31", "time": "09:10:29"}),
    ("MVIMG_20260806_152219_11zon (1).webp", {"title": None, "date": "2026-08-06"}),
    # OPPO/OnePlus bursts `IMGYYYYMMDDHHMMSS_BURSTnnn[_COVER]` (index files 58504033620, 25373032470)
    ("IMG20240828140543_BURST019.jpg", {"title": None, "date": "2024-08-28", "time": "14:05:43"}),
    ("IMG20240726095652_BURST000_COVER.jpg", {"title": None, "date": "2024-07-26"}),
    # hand-named screenshots: a year-month alone (index file 14004999682), Firefox's
    # `Screenshot_YYYY-MM-DD <page title>` (index file 23586520597), a Cloudinary tag (24369788077)
    ("Screenshot_2021-04.jpg", {"title": None, "date": "2021-04"}),
    ("Screenshot_2021-05-06 imageDenoising - imageDenoising pdf.png",
     {"title": "imageDenoising - imageDenoising pdf", "date": "2021-05-06"}),
    ("Screenshot_2021-05-19_at_21.45.13_dl92ha.png", {"title": None, "date": "2021-05-19", "time": "21:45:13"}),
    # KindEditor upload_json.php `date("YmdHis")_rand(10000,99999)` (index files 32157490014, 30901270915)
    ("20230512102233_12345.jpg", {"title": None, "date": "2023-05-12", "time": "10:22:33"}),
    # Telegram Desktop `telegram-cloud-photo-size-<dc>-<id>-<size>` (index files 41275024061,
    # 8039604956, 23724483296): no date
    ("telegram-cloud-photo-size-2-5294189926042161633-y.jpg", {"title": None, "date": None}),
    ("telegram-cloud-photo-size-5-6212982906394101085-m.jpg", {"title": None, "date": None}),
    # WordPress sizes and `-scaled` after device names (index file 58564546413 on WordPress variants)
    ("IMG_20230512_102233-scaled.jpg", {"title": None, "date": "2023-05-12", "time": "10:22:33"}),
    ("微信图片_20230512102233-1024x768.jpg", {"title": None, "date": "2023-05-12"}),
    # LINE album downloads `LINE_ALBUM_<album>_<YYMMDD>_<n>` (index files 55094761381, 20377721326,
    # 59767428091, 71129198866, 9039804151): the album's name is the title
    ("LINE_ALBUM_春季運動會_230415_3.jpg", {"title": "春季運動會", "date": "2023-04-15", "time": None}),
    ("LINE_ALBUM_M3-Sedan_221025_2-768x329.jpg", {"title": "M3-Sedan", "date": "2022-10-25"}),
    # Snapchat saves `Snapchat-<digits>` (index file 16694314707), an upload epoch before it
    ("1761904280_Snapchat-472251267.jpg", {"title": None, "date": None}),
    # a web host's tag after a macOS `… at h.mm.ss AM` (index files 28220857437, 46998104187): the
    # half-day word still counts (`\b` failed before `_`: 12.03.26 AM was read as noon)
    ("Screenshot_2023-01-30_at_12.03.26_AM_hx0wrn.jpg", {"title": None, "date": "2023-01-30", "time": "00:03:26"}),
    ("Screenshot_2023-10-31_at_11.58.13_pm_zjlztz.png", {"title": None, "time": "23:58:13"}),
    # Meizu cameras `P<Y><MMDD>-<HHMMSS>` (zhzh132/FileCollector MeizuPhotoProcessor.java,
    # 410330533/hades rename_meizu_photos.php): one digit of the year, no decade: a time and a date_partial
    ("P51222-205940.jpg", {"title": None, "date": None, "date_partial": "12-22", "time": "20:59:40"}),
    ("P80501-083012 (1).jpg", {"title": None, "date": None, "date_partial": "05-01", "time": "08:30:12"}),
    # Motorola/Pixel `IMG_YYYYMMDD_HHMMSSmmm_HDR`, `P_…_HDR` (index files 35566543512, 13144763142, 725108562)
    ("IMG_20151102_154206355_HDR.jpg", {"title": None, "date": "2015-11-02", "time": "15:42:06"}),
    ("P_20200914_105232_HDR.jpg", {"title": None, "date": "2020-09-14", "time": "10:52:32"}),
    # screen recorders: Android `Screenrecorder-Y-M-D-h-m-s-ms` (index files 24033553389, 30656703429),
    # SimpleScreenRecorder `simplescreenrecorder-Y-M-D_h.m.s` (55267803144), Samsung
    # `Screen_Recording_YYYYMMDD-HHMMSS_<App>_n` (30414946988), macOS via a host (49654824428, 59812801913)
    ("Screenrecorder-2022-10-12-14-49-17-88.mp4", {"title": None, "date": "2022-10-12", "time": "14:49:17"}),
    ("simplescreenrecorder-2026-05-21_11.21.13.mkv", {"title": None, "date": "2026-05-21", "time": "11:21:13"}),
    ("Screen_Recording_20201028-103621_Chrome_1.mp4", {"title": None, "date": "2020-10-28", "time": "10:36:21"}),
    ("Screen_Recording_2025-09-02_at_11.28.57_PM_yjedfx.mov", {"title": None, "time": "23:28:57"}),
    # hard negatives
    ("6947610987423911206.mp4", {"date": None}),  # a 抖音 download named by its 19-digit aweme id
    # (nanlei2000/douyin_download README): no date
    ("P51322-205940.jpg", {"date": None, "time": None}),  # month 13
    ("P1234567.JPG", {"date": None, "time": None}),  # a frame number
    ("LINE_ALBUM_家族旅行_231345_1.jpg", {"title": "家族旅行", "date": None}),  # month 13
    ("1683858153000123456.jpg", {"date": None}),  # UEditor `{time}{rand:6}` or a 19-digit snowflake id: none
    ("20231332102233_12345.jpg", {"date": None}),  # month 13
    ("telegram-cloud-photo-size-2-52941899-y.jpg", {"date": None}),
    ("PicsArt_04-14-04.42.jpg", {"time": None, "date": None}),  # no seconds
]



# Round 17: general rules for set 15's device rows, each on made-up names with hard negatives.
ROUND17_RULES = [
    # a tool's own words, ids and hashes left over are no title; a person's words stay one
    ("evernote camera roll 20190312 101010.png", {"title": None, "date": "2019-03-12", "time": "10:10:10"}),
    ("faceu_1234567890123456789_20200102030405123.jpg", {"title": None, "date": "2020-01-02", "time": "03:04:05"}),
    ("cs_ocr_新文档 2019-02-17_1.jpg", {"title": None, "date": "2019-02-17"}),
    ("20160102-030405 Office Lens.jpg", {"title": None, "date": "2016-01-02", "time": "03:04:05"}),
    ("2019_11_21 15_49 Office Lens.jpg", {"title": None, "date": "2019-11-21", "time": None}),
    ("20160102-030405 故宫角楼.jpg", {"title": "故宫角楼", "date": "2016-01-02"}),
    ("meeting notes Screenshot_20230512_102233.jpg", {"title": "meeting notes", "date": "2023-05-12"}),
    # minutes only after a known tool: the date, never a time (no seconds were written)
    ("扫描全能王 2021-3-5 09.10.jpg", {"title": None, "date": "2021-03-05", "time": None}),
    ("扫描全能王 2021-03-05 09.10_12.jpg", {"title": None, "date": "2021-03-05", "time": None}),
    ("扫描全能王 2021-03-05 09.10.11.jpg", {"title": None, "date": "2021-03-05", "time": "09:10:11"}),
    ("扫描全能王 2021-13-05 09.10.jpg", {"date": None}),  # month 13
    ("扫描全能王 2021-02-30 09.10.jpg", {"date": None}),  # Feb 30
    # an upload id glued before an exact pattern: the device name is read (three epoch stamps here)
    ("160000000016000000001600000000CamScanner 01-02-2021 10.20.jpg", {"title": None, "date": "2021-01-02",
                                                                        "time": None}),
    # a Latin app name glued to Chinese words; a hash or upload id before a tool after words
    ("项目截图Dingtalk_20220102030405.jpg", {"title": "项目截图", "date": "2022-01-02", "time": "03:04:05"}),
    ("登录页面0123456789abcdef0123-Xnip2021-01-02_03-04-05.jpg", {"title": "登录页面", "date": "2021-01-02"}),
    ("第3页-Snipaste_2023-05-12_10-22-33.jpg", {"title": "第3页"}),  # a short number in words stays
    ("故宫IMG_1234.jpg", {"title": "故宫", "date": None}),
    # epoch milliseconds with a short random tag after them (an uploader's), never a word
    ("PNG_1600000000000_a1b2c.png", {"title": None, "date": "2020-09-13", "time": "20:26:40"}),
    ("IMG_1600000000000_beach.jpg", {"date": None}),
    # Lark (飞书) only as a word: not inside `Clark`, not without a full stamp
    ("Lark20220102-030405.png", {"title": None, "date": "2022-01-02", "time": "03:04:05"}),
    ("Clark20220102-030405.png", {"title": None, "date": "2022-01-02"}),  # session 19: read as letters glued to a
    # full stamp (test_names_session19: no tool named)
    ("lark2022.png", {"date": None}),
    # a hash after a name (PicGo `{origin}-{hash}`): the name is read, the hash is no title
    ("晨曦-0123456789abcdef0123456789abcdef.jpg", {"title": "晨曦"}),
    ("晨曦-0123456789abcdef0123456789abcdeg.jpg", {"title": "晨曦-0123456789abcdef0123456789abcdeg"}),
]



# Round 17 catalogue: formats found in public code for apps set 15 showed missing, and their
# siblings. Sources in comments (search-index file ids or repository and path).
ROUND17_DEVICES = [
    # 扫描全能王 (CamScanner, Chinese UI) `扫描全能王 YYYY-MM-DD HH.MM[_<page>]`, minutes only (index files
    # 14879449239, 37354149836, 3517251359, 31577806274), an unpadded month and day (69736131914, 53498175548)
    ("扫描全能王 2022-05-11 09.10.jpg", {"title": None, "date": "2022-05-11", "time": None}),
    ("扫描全能王 2022-09-22 19.46_1.jpg", {"title": None, "date": "2022-09-22", "time": None}),
    ("扫描全能王 2026-4-10 12.11.jpg", {"title": None, "date": "2026-04-10", "time": None}),
    # its default document name `新文档 YYYY-MM-DD HH.MM.SS_<page>` (index file 17016625078), an OCR text
    # export `cs_ocr_新文档 YYYY-MM-DD_<page>` (42815098567)
    ("新文档 2018-12-02 09.42.48_1.jpg", {"title": None, "date": "2018-12-02", "time": "09:42:48"}),
    ("cs_ocr_新文档 2017-02-17_1.jpg", {"title": None, "date": "2017-02-17", "time": None}),
    # Office Lens `Office Lens YYYYMMDD-HHMMSS` and `YYYYMMDD-HHMMSS Office Lens` (index files 59458569756,
    # 59302209683, a renamer's format table; 46367834477, a file-association regex), `YYYY_MM_DD HH_MM
    # Office Lens` (67379700649: minutes only)
    ("Office Lens 20170625-213256.jpg", {"title": None, "date": "2017-06-25", "time": "21:32:56"}),
    ("20150930-040704 Office Lens.jpg", {"title": None, "date": "2015-09-30", "time": "04:07:04"}),
    ("Office Lens 20161127-235737.jpg", {"title": None, "date": "2016-11-27", "time": "23:57:37"}),
    ("2019_11_21 15_49 Office Lens.jpg", {"title": None, "date": "2019-11-21", "time": None}),
    # Lark (飞书) screenshots `LarkYYYYMMDD-HHMMSS` (index file 38182471635); `lark2022` a password there
    # (52047221): no date
    ("Lark20220805-104317.png", {"title": None, "date": "2022-08-05", "time": "10:43:17"}),
    ("lark2022.png", {"date": None}),
    # 织梦 DedeCMS `<uid>-dd2char(ymdHis[rand])` (index files 172793673, 48987021517, 31666189772; the
    # uploads/allimg/<ymd>/ folder of each example below is the decoded day: 29441744613, 14449958883,
    # 23308777863, 6521253048, 18280708848)
    ("44-1106031A11380.jpg", {"title": None, "date": "2011-06-03", "time": "16:51:13"}),
    ("240511-140GZQH210.jpg", {"title": None, "date": "2014-07-19", "time": "08:17:22"}),
    ("235111-14022F9410899.jpg", {"title": None, "date": "2014-02-27", "time": "09:41:08"}),
    ("1-1G201235R3K8.jpg", {"title": None, "date": "2017-12-01", "time": "23:58:23"}),
    ("3-140624113644.jpg", {"title": None, "date": "2014-06-24", "time": "11:36:44"}),
    # already read, now tested: Windows 11 Snipping Tool in English (a Rust date parser's doc comment,
    # code search "screenshot prefixed image file paths"), an Android screenshot with milliseconds (71588261175), a Cloudinary tag after a
    # stamp (60332372070), an epoch-ms screenshot (By2048/script rename/screen.py), Scan from … PM
    # (59458569756)
    ("Screenshot 2020-09-15 191156.png", {"title": None, "date": "2020-09-15", "time": "19:11:56"}),
    ("screenshot_20260924-140506-007.jpg", {"title": None, "date": "2026-09-24", "time": "14:05:06"}),
    ("Screenshot_2026-05-15_232036_o9rqjt.png", {"title": None, "date": "2026-05-15", "time": "23:20:36"}),
    ("screenshot_1616779141888.png", {"title": None, "date": "2021-03-27", "time": "01:19:01"}),
    ("Scan from 2025-12-24 02_32_58 PM.jpg", {"title": None, "date": "2025-12-24", "time": "14:32:58"}),
    # Evernote's scanner `Evernote Snapshot YYYYMMDD HHMMSS` (index files 44344660882, 43439695237,
    # 21949580022, 61275190465, 4050926395) and a WordPress slug of it with a copy number (21124751283)
    ("Evernote Snapshot 20161007 183214.png", {"title": None, "date": "2016-10-07", "time": "18:32:14"}),
    ("evernote-snapshot-20171105-151531-1.png", {"title": None, "date": "2017-11-05", "time": "15:15:31"}),
    # sm.ms (loli.net) random names, 15 letters and digits (index files 44728047846, 28813570101,
    # 70766953911, 10779952041); camel-case words of the same length stay a title
    ("glno9D6OcRYSi8F.png", {"title": None, "date": None}),
    ("SplDtuFNQaKvEHR.png", {"title": None}),
    ("nsD7GefaiWv3xMz.png", {"title": None}),
    ("iPhoneXsMaxCase.png", {"title": "iPhoneXsMaxCase"}),
    ("MyTrip2023Paris.png", {"title": "MyTrip2023Paris"}),
    # Discuz! attachments `<His><16 random>` and their `.jpg.thumb.jpg` thumbnails (index files
    # 17936912187, 39451703382, 5024004462): no title, no clock without its day
    ("093752pwqswchxz5wqh9sj.jpg", {"title": None, "date": None, "time": None}),
    ("134956ennnxcuzcngho1tj.jpg.thumb.jpg", {"title": None, "date": None, "time": None}),
    # a retouching app's `retouch_YYYYMMDDhhmmssNN` (醒图's by common report; the sources do not name the
    # app: index files 52485801659, 17644130596, 30312380880) and a
    # Cloudinary tag after it (31426537499) — already read, now tested
    ("retouch_2025102912025203.jpg", {"title": None, "date": "2025-10-29", "time": "12:02:52"}),
    ("retouch_2025080121291186_hcbobr.jpg", {"title": None, "date": "2025-08-01", "time": "21:29:11"}),
    # PicGo picgo-plugin-custom-path `{origin}-{hash}` (melon95/picgo-plugin-custom-path README)
    ("test-6921a9c364e344782d4bc684bcb81d62.png", {"title": "test", "date": None}),
    # hard negatives: a 14-digit stamp after a uid is no ymdHis with two random digits; an hour 96 in a
    # dd2char code; a letter dd2char never writes; a phone after an entry number; two hashes
    ("1-20120512102233.jpg", {"date": "2012-05-12", "time": "10:22:33"}),
    ("1-1Z1311A5393.jpg", {"date": "2019-01-31"}),
    ("1-1Z1099A5393.jpg", {"date": None}),  # 1901099655393: hour 96
    ("1-1z1011A5393.jpg", {"date": None}),  # a pair is two digits: dd2char writes A-Z and a-c only
    ("12-13912345678.jpg", {"date": None}),
    ("6921a9c364e344782d4bc684bcb81d62-6921a9c364e344782d4bc684bcb81d62.jpg", {"title": None, "date": None}),
]



# Round 18 rules (set 16's device rows were the work list; every name here is made up). Each rule with
# hard negatives: words stay a title, a year that differs is no restamp, a phone is no counter.
ROUND18_RULES = [
    # a separator left at the end of a device name is no part of it: the name less it is read first
    ("QQ截图20210305101112_.png", {"title": None, "date": "2021-03-05", "time": "10:11:12"}),
    ("IMG_20210305_101112__.jpg", {"title": None, "date": "2021-03-05", "time": "10:11:12"}),
    ("VID_20210305_101112-.mp4", {"title": None, "date": "2021-03-05", "time": "10:11:12"}),
    ("屏幕截图 2021-03-05 101112_.png", {"title": None, "date": "2021-03-05", "time": "10:11:12"}),
    ("Screenshot 2021-03-05 at 10.11.12_.png", {"title": None, "date": "2021-03-05", "time": "10:11:12"}),
    ("20210305101112_.jpg", {"title": None, "date": "2021-03-05", "time": "10:11:12"}),
    ("1614910272000_.jpg", {"title": None, "date": "2021-03-05"}),
    ("MVIMG_20210305_101112__1_.jpg", {"title": None, "date": "2021-03-05", "time": "10:11:12"}),
    ("13912345678_.jpg", {"date": None, "time": None}),  # a phone, never a stamp
    ("故宫_.jpg", {"date": None}),
    ("boom_.gif", {"title": "boom", "date": None}),
    # a clock's seconds after its minutes with the same separator are no counter to peel
    ("Screenshot from 2021 03 05 10-11-12.png", {"title": None, "date": "2021-03-05", "time": "10:11:12"}),
    ("PicsArt_03-05-10.11.12_1.jpg", {"title": None, "time": "10:11:12"}),  # `_1` another separator: a counter
    # a Latin app name glued to 截图/录屏 after words is the app's; the words are the title
    ("登录页面报错-QQ录屏20210305101112.gif", {"title": "登录页面报错", "date": "2021-03-05", "time": "10:11:12"}),
    ("订单页面-WPS截图20210305101112.png", {"title": "订单页面", "date": "2021-03-05"}),
    # an app's name and its default noun alone (the stamp gone or never written): no title
    ("WPS图片(3).png", {"title": None, "date": None}),
    ("QQ图片.png", {"title": None}),
    ("微信图片-2.jpg", {"title": None}),
    ("会议记录WPS图片.png", {"title": "会议记录WPS图片"}),  # words before it: a person's title
    ("WPS图片报告.png", {"title": "WPS图片报告"}),
    # an export's own words after a stamp are no title
    ("QQ录屏20210305101112 -original.gif", {"title": None, "date": "2021-03-05", "time": "10:11:12"}),
    # an uploader's time glued after a 14-digit stamp, starting with the same year (padded or not)
    ("QQ录屏2021030510111220213510131.gif", {"title": None, "date": "2021-03-05", "time": "10:11:12"}),
    ("微信截图_202103051011122021030510121301.png", {"title": None, "date": "2021-03-05", "time": "10:11:12"}),
    ("QQ录屏2021030510111220223510131.gif", {"date": None}),  # another year: no restamp, nothing read
    ("故宫2021030510111220213510131.jpg", {"date": None}),  # no device name before it
    ("QQ录屏20210305101112139123456781.gif", {"date": None}),  # a phone glued on: no restamp
]



# Round 18 catalogue: formats found in public code for apps set 16 showed missing, and their siblings.
# Sources in comments (search-index file ids).
ROUND18_DEVICES = [
    # WPS Office's pasted or saved picture `WPS图片(n)` (index files 33673069335, 43036353128, 1131623448,
    # 59170046164, 14609886786, 11045245575)
    ("WPS图片(1).jpg", {"title": None, "date": None}),
    ("WPS图片(3).png", {"title": None, "date": None}),
    # 有道云笔记 exports `WEBRESOURCE<md5><original name>`: its screenshot `截图` (index files 31754264680),
    # a pasted picture `stickPicture` (39785347157, 32007989142); a person's name for it stays the title
    ("WEBRESOURCE51e6b96f76961dd2c7787095536c501c截图.png", {"title": None, "date": None}),
    ("WEBRESOURCE67989d3d98c04c6c4ab1c5d82c162490stickPicture.png", {"title": None, "date": None}),
    ("WEBRESOURCEf85858c4be7a1ab19c85b114f790b5a9stickPicture.png", {"title": None, "date": None}),
    ("WEBRESOURCEf85858c4be7a1ab19c85b114f790b5a9故宫角楼.png", {"title": "故宫角楼", "date": None}),
    # Greenshot `Greenshot YYYY-MM-DD HH MM SS` (spaces in the clock: index files 4738512522, 25113416175,
    # 11688904277, 3887347695), `… HH-MM-SS` (55637710275), `greenshot_…_1` (57148619746)
    ("Greenshot 2023-10-09 23 34 13.png", {"title": None, "date": "2023-10-09", "time": "23:34:13"}),
    ("Greenshot 2024-08-21 09 48 35.png", {"title": None, "date": "2024-08-21", "time": "09:48:35"}),
    ("Greenshot 2025-08-07 15-33-25.png", {"title": None, "date": "2025-08-07", "time": "15:33:25"}),
    ("greenshot_2026-05-01_10-00-00_1.png", {"title": None, "date": "2026-05-01", "time": "10:00:00"}),
    ("Greenshot 2022_04_17 22.47.50.png", {"title": None, "date": "2022-04-17", "time": "22:47:50"}),
    # a screenshot tool that names a capture after the window's app, spaces in the clock (Goodnotes: index
    # file 10160521291); an hour 25 gives no time
    ("Goodnotes 2024-09-28 02 24 02.png", {"title": None, "date": "2024-09-28", "time": "02:24:02"}),
    ("Goodnotes 2024-09-28 25 24 02.png", {"time": None}),
    # QQ录屏 with an export's words (index file 19119134737) and an uploader's time glued on (1295607544,
    # 41675378255)
    ("QQ录屏20240703104224 -original-original.gif", {"title": None, "date": "2024-07-03", "time": "10:42:24"}),
    ("QQ录屏2021042320471020214232047541.gif", {"title": None, "date": "2021-04-23", "time": "20:47:10"}),
    ("QQ录屏2023052616574620235261658311.png", {"title": None, "date": "2023-05-26", "time": "16:57:46"}),
    # ezgif.com outputs (index files 13618862855, 20970945845, 37900694780, 66906665, 30362109470;
    # 21498405222, 123739257, 42025675242; 54351632082)
    ("ezgif.com-gif-maker61.gif", {"title": None, "date": None}),
    ("ezgif.com-video-to-gif-converter2.gif", {"title": None}),
    ("ezgif.com-gif-maker_(5).gif", {"title": None}),
    ("ezgif.com-video-to-gif__2_.gif", {"title": None}),
    ("ezgif.com-crop.gif", {"title": None}),
    ("ezgif-3-ad74644c0a.gif", {"title": None, "date": None}),
    ("ezgif-1-8d701db180_af1htk.gif", {"title": None}),
    ("ezgif-frame-001.jpg", {"title": None}),
    # already read, now tested: 百度图片 saves `u=<n>,<n>&fm=26&gp=0` (index files 26512190589, 5765664774,
    # 39885890034), a RuoYi upload suffix `_<ts14>A001` after a device name (6434083608)
    ("u=3141761520,730594136&fm=26&gp=0.jpg", {"title": None, "date": None}),
    ("QQ录屏20230527053510_20230604004700A001.mp4", {"title": None, "date": "2023-05-27", "time": "05:35:10"}),
    # hard negatives: a word after ezgif's name, an md5 that is no WEBRESOURCE, a tool name alone
    ("ezgifted.gif", {"title": "ezgifted"}),
    ("webresources.png", {"title": "webresources"}),
]



# Round 19: general rules first (made-up names, each with hard negatives). A title with no Chinese
# character is a title only when it reads as words; a copy marker before an upload stamp; a camera's
# frame counter after a date alone; digits-only CMS stamps with one to three digits after the seconds.
ROUND19_RULES = [
    # ids and machine leftovers are no title
    ("OIP-C_20230512102233A001.jpg", {"title": None, "date": "2023-05-12", "time": "10:22:33"}),
    ("IMG.jpg", {"title": None}),
    ("122675973_51n.jpg", {"title": None}),
    ("210431_9babaaa5_416720.png", {"title": None}),
    ("a1b2c3d4e5.png", {"title": None}),
    ("dsc0001-622.jpg", {"title": None}),
    ("1642171012081541120_屏幕截图(1).png", {"title": None, "date": None}),
    ("862033035160561=10000018=0-Screenshot_2018-11-11-21-50-12-327_com.jingdong.app.mall.png",
     {"title": None, "date": "2018-11-11", "time": "21:50:12"}),
    # imgur's 7-character ids with two signs of randomness (22281884902, 46224626482)
    ("NQOfAaD.png", {"title": None}),
    ("sJ3CT4V.gif", {"title": None}),
    ("YouTube.png", {"title": "YouTube"}),
    ("iPhone11.png", {"title": "iPhone11"}),
    # hard negatives: words a person wrote stay a title, a short number inside a word too
    ("dookie.jpg", {"title": "dookie"}),
    ("Cassava flakes (Garri).jpg", {"title": "Cassava flakes (Garri)"}),
    ("Deep-Learning-Based Image Retrieval.png", {"title": "Deep-Learning-Based Image Retrieval"}),
    ("MyTrip2023Paris.png", {"title": "MyTrip2023Paris"}),
    ("故宫角楼2023.jpg", {"date": None}),
    # a copy marker before an upload stamp (若依 `<name>_<ts14>A<n>`) is no part of the title
    ("会议合影 (1)_20230512102233A002.png", {"title": "会议合影", "date": "2023-05-12", "time": "10:22:33"}),
    ("会议合影（2）_20230512102233A002.png", {"title": "会议合影"}),
    # a camera's four-digit frame counter after a date alone: the day, no time; not after a screenshot tool
    ("IMG_20230512_4339.jpg", {"title": None, "date": "2023-05-12", "time": None}),
    ("-IMG_20230512_4339.jpg", {"title": None, "date": "2023-05-12", "time": None}),
    ("Screenshot_20230512_4321.png", {"date": None}),
    ("IMG_20231312_4339.jpg", {"date": None}),  # month 13
    # digits only: YYYYMMDDhhmmss and 1-3 digits (CSDN); an IMEI, a far year, a bad clock give nothing
    ("2023051210223345.png", {"date": "2023-05-12", "time": "10:22:33"}),
    ("202305121022334.png", {"date": "2023-05-12", "time": "10:22:33"}),
    ("862033035160561.png", {"date": None}),
    ("2099051210223345.png", {"date": None}),
    ("2023051225223345.png", {"date": None}),
    ("13912345678.jpg", {"date": None, "phone": "13912345678"}),
    # found by the perturbation check (vocabulary A) on set 18: words or an id before the new tools, a
    # counter after a digits-only stamp or a camera's frame counter
    ("登录页面报错网页捕获_15-11-2021_193627_calendar.cn.jpeg", {"title": "登录页面报错", "date": "2021-11-15"}),
    ("123_网页捕获_11-11-2022_23930_localhost.webp", {"title": None, "date": "2022-11-11", "time": "02:39:30"}),
    ("login page simplescreenrecorder-2026-05-21_11.21.13.mkv", {"title": "login page", "time": "11:21:13"}),
    ("登录页面报错-WeChat Screenshot_20230916225609.png", {"title": "登录页面报错", "date": "2023-09-16"}),
    ("login page WeChat Photo Editor_20230917195138.jpg", {"title": "login page", "time": "19:51:38"}),
    ("123_2019042618575726.png", {"title": None, "date": "2019-04-26", "time": "18:57:57"}),
    ("2019042618575726_1.png", {"title": None, "date": "2019-04-26", "time": "18:57:57"}),
    ("IMG_20200508_4339_0.jpg", {"title": None, "date": "2020-05-08", "time": None}),
    # hard negatives: a swapped separator's seconds are no counter (a day alone is not read instead)
    ("登录页面报错Snipaste_2024-10-31_22-34_44.png", {"title": "登录页面报错", "time": "22:34:44"}),
    ("IMG_2024-10-31_22-34_44.jpg", {"date": "2024-10-31", "time": "22:34:44"}),
]



# Round 19 catalogue: formats found in public code for apps set 18 showed missing, and their siblings.
# Sources in comments (search-index file ids).
ROUND19_DEVICES = [
    # 腾讯截图 for macOS `JietuYYYYMMDD-hhmmss[@2x]` (index files 35099600281, 4513010416, 40141779316,
    # 28277302606, 19209205141), with a WordPress `-scaled` (13395110821)
    ("Jietu20180329-201638.jpg", {"title": None, "date": "2018-03-29", "time": "20:16:38"}),
    ("Jietu20171205-231752@2x.jpg", {"title": None, "date": "2017-12-05", "time": "23:17:52"}),
    ("Jietu20190911-114217-scaled.jpg", {"title": None, "date": "2019-09-11", "time": "11:42:17"}),
    ("登录流程Jietu20200404-154330.jpg", {"title": "登录流程", "date": "2020-04-04", "time": "15:43:30"}),
    # its older name Snip `SnipYYYYMMDD_<n>`: a day and a counter (22702684621, 25991851, 17755479796)
    ("Snip20130403_19.jpg", {"title": None, "date": "2013-04-03", "time": None}),
    ("Snip20160825_3.png", {"title": None, "date": "2016-08-25"}),
    ("Snippets.png", {"title": "Snippets"}),
    # Shottr `SCR-YYYYMMDD-<4 letters>`: a day, no time (18218573921, 11561635721, 55813713176, 16462949186)
    ("SCR-20240417-qrbh.png", {"title": None, "date": "2024-04-17", "time": None}),
    ("SCR-20241218-lfff.png", {"title": None, "date": "2024-12-18"}),
    # Microsoft Edge 网页捕获 `网页捕获_D-M-YYYY_Hmmss_<host or page title>` (13817455309, 7932679618,
    # 13217463462, 6937516860 with an address in spaces, 46327866281); cut off (2502139550)
    ("网页捕获_29-12-2023_203227_cs101.openjudge.cn.jpeg", {"title": None, "date": "2023-12-29", "time": "20:32:27"}),
    ("网页捕获_9-12-2022_162745_github.com.jpeg", {"title": None, "date": "2022-12-09", "time": "16:27:45"}),
    ("网页捕获_30-9-2023_14721_20 18 120 71.png", {"title": None, "date": "2023-09-30", "time": "01:47:21"}),
    ("网页捕获_.jpeg", {"title": None, "date": None}),
    ("网页捕获_31-2-2022_101010_x.com.jpeg", {"date": None}),  # February 31
    ("网页捕获_15-11-2021_253627_calendar.cn.jpeg", {"date": "2021-11-15", "time": None}),  # hour 25
    # Windows 10 截图和草图 in Chinese `批注 YYYY-MM-DD hhmmss` (12580342302, 2587315066, 19886720840, 13022987498);
    # an unpadded clock that does not read gives the day (32409258149)
    ("批注 2021-08-29 000049.png", {"title": None, "date": "2021-08-29", "time": "00:00:49"}),
    ("批注 2021-09-03 234531.png", {"title": None, "date": "2021-09-03", "time": "23:45:31"}),
    ("批注 2021-11-17 17120.jpg", {"title": None, "date": "2021-11-17", "time": None}),
    ("批注_2021-11-22_101004.png", {"title": None, "date": "2021-11-22", "time": "10:10:04"}),
    # 企业微信 on macOS `企业微信YYYYMMDD-hhmmss`, `企业微信<ts14>` (13040485937, 38418809649, 34689743569, 45087596527)
    ("企业微信20220509-090330.png", {"title": None, "date": "2022-05-09", "time": "09:03:30"}),
    ("企业微信20210825-101107.png", {"title": None, "date": "2021-08-25", "time": "10:11:07"}),
    ("企业微信20200802112910.png", {"title": None, "date": "2020-08-02", "time": "11:29:10"}),
    # TAPD attachments `tapd_<workspace>_<epoch s>_<n>` (20625959589, 23198355607)
    ("tapd_30391015_1657618402_7.png", {"title": None, "date": "2022-07-12", "time": "17:33:22"}),
    # 博客园 uploads `<user id>-<YYYYMMDDhhmmssSSS>-<random>` (17407287625, 9100592815, 6020539015, 57167473720)
    ("2147920-20200922195205856-1533931868.png", {"title": None, "date": "2020-09-22", "time": "19:52:05"}),
    ("561794-20210704220135260-1283155169.jpg", {"title": None, "date": "2021-07-04", "time": "22:01:35"}),
    ("610959-20200627100457868-170119983.png", {"title": None, "date": "2020-06-27", "time": "10:04:57"}),
    # 博客园 gallery `o_<yyMMddHHmmss>[_]<original name>` (70186652895, 21134374545, 44703839190, 35362503705)
    ("o_191222135037头像.jpg", {"title": "头像", "date": "2019-12-22", "time": "13:50:37"}),
    ("o_230306161713_bilibili.png", {"date": "2023-03-06", "time": "16:17:13"}),
    ("o_991322135037头像.jpg", {"date": None}),  # month 13
    # 百度图片 saves `src=<URL>&refer=<host>` (44460352089, 69607797534, 184088079, 6400970289): no title; a
    # whole 14-digit stamp in the URL (堆糖) is the upload time; ids and path dates are not read
    ("src=http___c-ssl.duitang.com_uploads_item_201909_23_20190923182909_LPaCx.thumb.1000_0.jpeg&refer=http___c-ssl.duitang.jpg",
     {"title": None, "date": "2019-09-23", "time": "18:29:09"}),
    ("src=http___a0.att.hudong.com_30_29_01300000201438121627296084016.jpg&refer=http___a0.att.hudong.jpg",
     {"title": None, "date": None}),
    ("src=http___ccm.maotuying.com_discovery_production_1539925431_RackMultipart20181019-1-10jl425.jpg&refer=http___ccm.maotuying.jpg",
     {"title": None, "date": None}),
    # 阿里巴巴 TFS `O1CN…_!!<seller>-0-cib` (set 18's source; siblings in round 14's `TB…_!!`)
    ("O1CN01Da2lyL2G0zUST1Ofs_!!2221348218954-0-cib.jpg", {"title": None, "date": None}),
    # GoPro `GOPRnnnn` with a site's width suffix
    ("gopr0133-622.jpg", {"title": None, "date": None}),
    ("GOPR0049.JPG", {"title": None, "date": None}),
    # WhatsApp image names an uploader wrote with `_` (7943452497)
    ("Whats_App_Image_2023_02_08_at_20_41_34_6ef8a03d90.jpg", {"title": None, "date": "2023-02-08", "time": "20:41:34"}),
    # CSDN / PicBed digits-only stamps with a digit after the seconds (27282259775 `202403062150567`)
    ("202403062150567.png", {"title": None, "date": "2024-03-06", "time": "21:50:56"}),
    # 若依 (RuoYi) uploads `<original>_<yyyyMMddHHmmss>A<nnn>` and the sequence alone (FileUploadUtils.extractFilename:
    # 1361302403, 52581724130, 59616614993; alone 32440697615, 31278487613): a device name's own time wins, a
    # default name or a copy marker is no title, the upload time is the date only when the name has none
    ("20240219154651A001.jpg", {"title": None, "date": "2024-02-19", "time": "15:46:51"}),
    ("IMG_20230101_101010_20240219154651A001.jpg", {"title": None, "date": "2023-01-01", "time": "10:10:10"}),
    ("新建位图图像_20240219154651A001.png", {"title": None, "date": "2024-02-19"}),
    ("下载 (1)_20240219154651A001.jpg", {"title": None, "date": "2024-02-19", "time": "15:46:51"}),
    ("会议合影_20240219154651A001.jpg", {"title": "会议合影", "date": "2024-02-19"}),
    ("故宫_20241302154651A001.jpg", {"date": None}),  # month 13: no upload time
    # hard negatives: TAPD's epoch out of range, a word that starts like a tool
    ("tapd_30391015_9657618402_7.png", {"date": None}),
    ("Jietuan.jpg", {"title": "Jietuan"}),
]



# Round 20: set 19's causes, general first (made-up names, each with hard negatives). A long key or hash
# is no title; tools with their own shapes (Photo Booth, GoFullPage, FireShot, a renamed macOS screenshot,
# KakaoTalk with a storage suffix, Canon `_MG_` with a Cloudinary suffix); default saves are no title.
# Sources: search-index files named beside the patterns in gallery/names/.
ROUND20_RULES = [
    # a long key or hash with a short prefix is no title
    ("XQZpmRtaBBcGa91de4c0b27f13e5abcd98e7a6f1.png", {"title": None}),
    ("AbcdEf1234567890ghijKLMNop.jpg", {"title": None}),
    # hard negatives: words with a short number stay (a run under 24, or few digits)
    ("MyTrip2023Paris.png", {"title": "MyTrip2023Paris"}),
    ("Quarterly-Report-2023-Final-Version.png", {"title": "Quarterly-Report-2023-Final-Version"}),
    # macOS Photo Booth: the day (unpadded too), hours and minutes only, so no time; a burst number
    ("Photo on 2015-03-07 at 09.12.jpg", {"title": None, "date": "2015-03-07", "time": None}),
    ("Photo on 2021-7-4 at 21.05 #2.jpg", {"title": None, "date": "2021-07-04", "time": None}),
    ("Photo on 2021-13-4 at 21.05.jpg", {"date": None}),  # month 13
    ("Photo on the beach.jpg", {"title": "Photo on the beach", "date": None}),
    # GoFullPage: host and path pieces before the stamp are no title, dashes or underscores in the clock
    ("screencapture-example-com-docs-2024-02-11-08-15-42.png", {"title": None, "date": "2024-02-11", "time": "08:15:42"}),
    ("screencapture-localhost-3000-2024-02-11-08_15_42.png", {"title": None, "date": "2024-02-11", "time": "08:15:42"}),
    ("screencapture-example-com-2024-02-31-08-15-42.png", {"date": None}),  # no such day
    # FireShot: a page title and a host, no date, no title
    ("FireShot Capture 007 - My Dashboard - example.com.png", {"title": None, "date": None}),
    ("FireShot Capture 12.png", {"title": None}),
    # a renamed macOS screenshot, spaces and dots gone
    ("screenshot_2021-06-02at235901.png", {"title": None, "date": "2021-06-02", "time": "23:59:01"}),
    ("screenshot_2021-06-02at256001.png", {"time": None}),  # no such clock
    # KakaoTalk with a storage suffix after the original extension; Canon `_MG_` with a Cloudinary suffix
    ("KakaoTalk_20220318_101112345.jpg-Ab3dE5gH7jK9mN1pQ3sT5vW7.jpeg",
     {"title": None, "date": "2022-03-18", "time": "10:11:12"}),
    ("KakaoTalk_20220318_101112345_02.jpg", {"title": None, "date": "2022-03-18", "time": "10:11:12"}),
    ("_MG_1234-3_ab1cd2.jpg", {"title": None, "date": None}),
    # a site's upload: epoch seconds before a camera's name; `image_<digits>` alone gives no date (as before)
    ("image_1600000000_IMG_4321.jpg", {"title": None, "date": "2020-09-13", "time": "20:26:40"}),  # UTC+8, as the parser reads epochs
    ("image_1600000000.jpg", {"title": None, "date": None}),
    ("image_1600000000_beach.jpg", {"date": None}),
    # default saves: Gmail's share of an iPhone picture, Bing's and Google Images' thumbnails
    ("Image from iOS (3).jpg", {"title": None, "date": None}),
    ("Image from iOS (2)(1).png", {"title": None}),
    ("th (4).jpg", {"title": None}),
    ("images (12).jpg", {"title": None}),
    # hard negatives: words around those names stay a title
    ("images of Lijiang.jpg", {"title": "images of Lijiang"}),
    ("images (1) of Lijiang.jpg", {"title": "images (1) of Lijiang"}),
    ("images.jpg", {"title": "images"}),  # alone, no copy marker: as before
    ("thesis.jpg", {"title": "thesis"}),
]


# Every table of made-up names above, one test each row: the fields a row names are what the parser
# gives (the others are not looked at). Ids say which table a failing row is in.
ROUND23_RULES = [
    # a form-collection export `<nickname>_<YYYY-MM-DD hh.mm.ss>_<original name>`: the original is read as any
    # name (its own time wins), the submit time is the date only when it gives none, the nickname no title
    ("小明_2025-03-04 09.10.11_微信图片_20250301120000.jpg", {"title": None, "date": "2025-03-01", "time": "12:00:00"}),
    ("小明_2025-03-04 09.10.11_mmexport1700000000000.jpg",  # epoch ms, read at UTC+8 as every epoch
     {"title": None, "date": "2023-11-15", "time": "06:13:20"}),
    ("阿花_2025-03-04 09.10.11_全家福.jpg", {"title": "全家福", "date": "2025-03-04", "time": "09:10:11"}),
    ("小明_2025-03-04 09.10.11_全家福 - 副本.jpg", {"title": "全家福", "date": "2025-03-04", "time": "09:10:11"}),
    ("Tom_2025-03-04 09.10.11_IMG.jpg", {"title": None, "date": "2025-03-04", "time": "09:10:11"}),
    ("Tom_2025-03-04 09.10.11_3f2b9c0d8e7a6b5c4d3e2f1a0b9c8d7e.jpg", {"title": None, "date": "2025-03-04"}),
    ("张伟_2025-03-04 09.10.11_全家福.jpg", {"title": "全家福", "photographer": None}),  # a nickname is no photographer
    ("123_li_ming_2025-03-04 09.10.11_微信图片_20250301120000.jpg", {"title": None, "date": "2025-03-01"}),
    # hard negatives: no original after the stamp (a title and its stamp, as before); no such month or hour;
    # another stamp form between the words is not this export's
    ("全家福_2025-03-04 09.10.11.jpg", {"title": "全家福", "date": "2025-03-04", "time": "09:10:11"}),
    ("小明_2025-13-04 09.10.11_全家福.jpg", {"date": None, "time": None}),
    ("小明_2025-03-04 25.10.11_全家福.jpg", {"date": None, "time": None}),
    ("小明_2025-03-04_09-10-11_全家福.jpg", {"date": None}),
    # a site's upload `<epoch s>_<n>` (the original a counter, a copy marker peeled): the upload time
    ("1600000000_2.jpg", {"title": None, "date": "2020-09-13", "time": "20:26:40"}),
    ("1600000000_2 - 副本.jpg", {"title": None, "date": "2020-09-13", "time": "20:26:40"}),
    ("1600000000_2 (1).jpg", {"title": None, "date": "2020-09-13", "time": "20:26:40"}),
    # hard negatives: words after the digits (an id before a name), a year outside 2011–2033, a long number,
    # eleven digits (a phone)
    ("1600000000_合影.jpg", {"date": None, "time": None}),
    ("1234567890_1.jpg", {"date": None}),
    ("2600000000_2.jpg", {"date": None}),
    ("1600000000_1234.jpg", {"date": None}),
    ("16000000001_2.jpg", {"date": None}),
    # PicGo `{y}{m}{d}{h}{i}{ms}`: fifteen digits whose last three cannot be seconds keep the day, no time
    ("202303151230987.png", {"title": None, "date": "2023-03-15", "time": None}),
    ("202303151230456.png", {"date": "2023-03-15", "time": "12:30:45"}),  # seconds that can be seconds: as round 19
    # hard negatives: no such hour or minute, month 13, a year before 2000, fourteen or sixteen digits
    ("202303152460987.png", {"date": None}),
    ("202313151230987.png", {"date": None}),
    ("199903151230987.png", {"date": None}),
    ("20230315123098.png", {"date": None}),
    ("2023031512309876.png", {"date": None}),
]


# Round 26: the work list was held-out set 22 (a mix like the shared files'); every name here is made up.
ROUND26_RULES = [
    # 小红书 web downloads with what a tool writes after the marker: a watermark note (downloaders save a
    # `_有水印` and a `_无水印` copy), a site's upload suffix `_<epoch ms>_<n>` (the upload time, UTC+8)
    ("晚霞满天_2_小明同学_来自小红书网页版_有水印.jpg", {"title": "晚霞满天", "photographer": None}),
    ("晚霞满天_1_小明同学_来自小红书网页版_无水印.png", {"title": "晚霞满天", "photographer": None}),
    ("晚霞满天_3_小明同学_来自小红书网页版_1700000000123_4567.jpg",
     {"title": "晚霞满天", "date": "2023-11-15", "time": "06:13:20", "photographer": None}),
    ("晚霞满天_3_小明同学_来自小红书网页版_20231115_061320_有水印.jpg",
     {"title": "晚霞满天", "date": "2023-11-15", "time": "06:13:20"}),
    # hard negatives: no epoch before 2011 (a 13-digit id), no stamp from an unknown word
    ("晚霞满天_3_小明同学_来自小红书网页版_0700000000123_4567.jpg", {"date": None, "time": None}),
    ("晚霞满天_3_小明同学_来自小红书网页版_1700000000123.jpg", {"date": None}),
    # an image service's processing suffix after the extension, as a URL writes it: Aliyun OSS `@<params>`
    # (help.aliyun.com, the old image service: `@100w_100h_1e_1c`, `@!<style>`), Bilibili's `@…` + the format
    # it serves, UpYun's `!<style>`
    ("mmexport1700000000123.jpg@800w", {"date": "2023-11-15", "time": "06:13:20", "title": None}),
    ("IMG_20230102_030405.jpg@100w_100h_1e_1c", {"date": "2023-01-02", "time": "03:04:05", "title": None}),
    ("IMG_20230102_030405.jpg@640w_400h_1c.webp", {"date": "2023-01-02", "time": "03:04:05", "title": None}),
    ("湖畔晨雾.jpg@!thumb", {"title": "湖畔晨雾"}),
    ("湖畔晨雾.png!small", {"title": "湖畔晨雾"}),
    # hard negatives: an `@` inside the words, no image extension before it
    ("张三@家.jpg", {"title": "张三@家"}),
    ("湖畔晨雾@600w", {"title": "湖畔晨雾@600w"}),
    # QQ NT (2025) `QQ{year}{month}{day}-{hhmmss}` with the month and the day unpadded (search-index files
    # 68526675974, 41606012056): read when one split is a date
    ("QQ2024915-081502.png", {"date": "2024-09-15", "time": "08:15:02", "title": None}),
    ("QQ202434-220110.png", {"date": "2024-03-04", "time": "22:01:10"}),
    ("qq2024915-081502.png", {"date": "2024-09-15", "time": "08:15:02"}),  # a renamer that lowercases
    ("QQ2024125-081502-HD.mp4", {"date": None, "time": None}),  # 1-25 or 12-5: no date rather than a guess
    ("QQ2024315-251502.png", {"date": None, "time": None}),  # hour 25
    ("QQ2024935-081502.png", {"date": None}),  # 9-35 / 93-5: no such day
]

ROUND29_RULES = [
    # .NET uploads `DateTime.Now.ToString("yyyyMMddHHmmssffff")`: 14 digits of the time + 4 of its fraction
    # (search-index files 47048235409, 71110636939)
    ("202307150806094321.jpg", {"date": "2023-07-15", "time": "08:06:09", "title": None}),
    ("202307150806094321 - 副本.png", {"date": "2023-07-15", "time": "08:06:09"}),
    # hard negatives: an ID-card number (a region code first), a year before 2000, seconds 61, 19 digits that
    # open with no recent year (a snowflake id's length; session 18 reads 19 digits from 2000–2035 as 18 are)
    ("110105199003074512.jpg", {"date": None, "time": None}),
    ("199807150806094321.jpg", {"date": None, "time": None}),
    ("202307150806614321.jpg", {"date": None, "time": None}),
    ("7123071508060943215.jpg", {"date": None, "time": None}),
    # a site's upload `<epoch s>_<original name>` (Go `fmt.Sprintf("%d_%s", time.Now().Unix(), file.Filename)`)
    # before a 小红书 web download: the upload time (UTC+8), the title after it
    ("1690000000_湖边散步_3_小王_来自小红书网页版.jpg",
     {"title": "湖边散步", "date": "2023-07-22", "time": "12:26:40", "photographer": None}),
    # hard negatives: ten digits before 2011 are no upload time; the download's own stamp wins
    ("1200000000_湖边散步_3_小王_来自小红书网页版.jpg", {"date": None, "time": None}),
    ("1690000000_湖边散步_3_小王_来自小红书网页版_20230101_080910.jpg",
     {"title": "湖边散步", "date": "2023-01-01", "time": "08:09:10"}),
    # a browser bulk downloader's `imgi_<n>_<original>`, then Cloudinary's `use_filename` + `unique_filename`:
    # `_<6 random>` appended, a copy number ` (n)` sanitised to `__n`
    ("imgi_7_IMG_20220814_191502.jpg", {"date": "2022-08-14", "time": "19:15:02", "title": None}),
    ("imgi_15_荷塘月色.jpg", {"title": "荷塘月色"}),
    ("imgi_3_微信图片_20220814191502_q7wz2m.jpg", {"date": "2022-08-14", "time": "19:15:02", "title": None}),
    ("Screenshot_20220814_191502__4_k2v9xa.png", {"date": "2022-08-14", "time": "19:15:02", "title": None}),
    ("QQ20220814191502__12_b8wdhr.png", {"date": "2022-08-14", "time": "19:15:02", "title": None}),
    # hard negatives: a word after `_` is not peeled (no device name is left), no `imgi` without its number,
    # an invalid stamp under the layers stays no date
    ("荷塘_sunset.jpg", {"title": "荷塘_sunset", "date": None}),
    ("imgi_荷塘月色.jpg", {"date": None}),
    ("imgi_3_QQ20221314191502_q7wz2m.png", {"date": None, "time": None}),
    # a site's upload before a device name with no time of its own: multer's `Date.now() + '-' + originalname`
    # (milliseconds, `-` or `_`): the upload time
    ("1650000000456-IMG_0815.JPG", {"date": "2022-04-15", "time": "13:20:00", "title": None}),
    ("1650000000456_DSC_0815.JPG", {"date": "2022-04-15", "time": "13:20:00", "title": None}),
    # hard negatives: the device's own stamp wins, ten digits (seconds or an account), an epoch before 2011,
    # a short id
    ("1650000000456-IMG_20220101_080910.jpg", {"date": "2022-01-01", "time": "08:09:10"}),
    ("1650000000_IMG_0815.JPG", {"date": None, "time": None}),
    ("1650000000-IMG_0815.JPG", {"date": None, "time": None}),
    ("1250000000456-IMG_0815.JPG", {"date": None, "time": None}),
    ("4521_IMG_0815.JPG", {"date": None, "time": None}),
    # PHP upload code `date('YmdHis') . '_' . rand(1000, 9999)` / `rand(100000, 999999)` (KindEditor's 5 digits
    # were read before): the upload time
    ("20190817143005_4821.jpg", {"date": "2019-08-17", "time": "14:30:05", "title": None}),
    ("20190817143005_482133.png", {"date": "2019-08-17", "time": "14:30:05", "title": None}),
    # hard negatives: month 13, hour 24, a year before 2000, seven digits after the stamp
    ("20191317143005_4821.jpg", {"date": None, "time": None}),
    ("20190817243005_4821.jpg", {"date": None, "time": None}),
    ("19990817143005_4821.jpg", {"date": None, "time": None}),
    ("20190817143005_4821337.jpg", {"date": None, "time": None}),
    # JeecgBoot's upload `<original name>_<System.currentTimeMillis()>`: the original read as any name, the
    # upload time the date when the original gives none
    ("油菜花海_1650000000456.jpg", {"title": "油菜花海", "date": "2022-04-15", "time": "13:20:00"}),
    ("微信图片_20220101080910_1650000000456.jpg", {"date": "2022-01-01", "time": "08:09:10", "title": None}),
    # hard negatives: ten digits (an account), fourteen digits, an epoch before 2011
    ("油菜花海_1650000000.jpg", {"title": "油菜花海", "date": None}),
    ("油菜花海_16500000004561.jpg", {"date": None, "time": None}),
    ("油菜花海_1250000000456.jpg", {"date": None, "time": None}),
    # Greenshot's default `${capturetime:d"yyyy-MM-dd HH_mm_ss"}-${title}`: the window's name is no title
    ("2021-11-03 21_45_09-钉钉.png", {"date": "2021-11-03", "time": "21:45:09", "title": None}),
    ("2021-11-03 21_45_09-Google Chrome.jpg", {"date": "2021-11-03", "time": "21:45:09", "title": None}),
    ("2021-11-03 21_45_09.png", {"date": "2021-11-03", "time": "21:45:09", "title": None}),
    # hard negatives: hour 24 (no time), month 13 (no date)
    ("2021-11-03 24_45_09-钉钉.png", {"time": None}),
    ("2021-13-03 21_45_09-钉钉.png", {"date": None, "time": None}),
    # Nintendo Switch captures `YYYYMMDDHHMMSS<nn>-<32-hex game id>`
    ("2020041519301200-57B4628D2267231D57E0FC1078C0596D.jpg", {"date": "2020-04-15", "time": "19:30:12", "title": None}),
    # hard negatives: hour 25, 31 hex digits
    ("2020041525301200-57B4628D2267231D57E0FC1078C0596D.jpg", {"date": None, "time": None}),
    ("2020041519301200-57B4628D2267231D57E0FC1078C0596.jpg", {"time": None}),
    # Firefox Screenshots `Screenshot <date> at <HH-MM-SS> <page title>`: the page's title is no title
    ("Screenshot 2022-09-30 at 07-08-09 故宫博物院.png", {"date": "2022-09-30", "time": "07:08:09", "title": None}),
    ("Screenshot 2022-09-30 at 07-08-09 故宫博物院 - 官方网站[...].png", {"date": "2022-09-30", "time": "07:08:09"}),
    # hard negative: hour 24 gives no time
    ("Screenshot 2022-09-30 at 24-08-09 故宫博物院.png", {"time": None}),
    # the NMediaFile CMS (人民网 and sites built on it): `<TAG><yyyyMMddHHmm00><13 digits>`, later
    # `<TAG><epoch ms><10 capitals or digits>`: the publish time
    ("NEWS201708091530000123456789012.jpg", {"date": "2017-08-09", "time": "15:30:00", "title": None}),
    ("MAIN1650000000456QWERTY1234.png", {"date": "2022-04-15", "time": "13:20:00", "title": None}),
    # hard negatives: seconds that are not 00, lowercase random letters, month 13
    ("NEWS201708091530120123456789012.jpg", {"date": None, "time": None}),
    ("MAIN1650000000456qwerty1234.png", {"date": None, "time": None}),
    ("NEWS201713091530000123456789012.jpg", {"date": None, "time": None}),
    # 百度输入法's screenshot `BaiduShurufa_{Y}-{M}-{D}_{H}-{m}-{s}`, unpadded; `_` for `-` in a resource name
    ("BaiduShurufa_2019-7-4_8-5-3.png", {"date": "2019-07-04", "time": "08:05:03", "title": None}),
    ("BaiduShurufa_2019_11_24_18_25_33.png", {"date": "2019-11-24", "time": "18:25:33", "title": None}),
    # hard negatives: hour 25 gives no time, mixed separators nothing, month 13 no date
    ("BaiduShurufa_2019-7-4_25-5-3.png", {"time": None}),
    ("BaiduShurufa_2019-7-4_8_5-3.png", {"date": None, "time": None}),
    ("BaiduShurufa_2019-13-4_8-5-3.png", {"date": None, "time": None}),
    # 闲鱼's saved chat picture `idlefish-msg-<epoch ms>[.png].jpg`: the save time
    ("idlefish-msg-1650000000456.png.jpg", {"date": "2022-04-15", "time": "13:20:00", "title": None}),
    # hard negatives: a short number, a hash after the prefix
    ("idlefish-msg-1650.jpg", {"date": None, "time": None, "title": None}),
    ("idlefish-msg-16a0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5.jpg", {"date": None, "title": None}),
]

RULE_TABLES = {
    "generalised": GENERALISED,
    "division_rules": DIVISION_RULES,
    "precision_rules": PRECISION_RULES,
    "heldout4_rules": HELDOUT4_RULES,
    "heldout5_rules": HELDOUT5_RULES,
    "round6_rules": ROUND6_RULES,
    "round7_rules": ROUND7_RULES,
    "round8_rules": ROUND8_RULES,
    "round9_rules": ROUND9_RULES,
    "round10_rules": ROUND10_RULES,
    "round11_rules": ROUND11_RULES,
    "round13_rules": ROUND13_RULES,
    "round14_rules": ROUND14_RULES,
    "round14_devices": ROUND14_DEVICES,
    "round16_rules": ROUND16_RULES,
    "round16_devices": ROUND16_DEVICES,
    "round17_rules": ROUND17_RULES,
    "round17_devices": ROUND17_DEVICES,
    "round18_rules": ROUND18_RULES,
    "round18_devices": ROUND18_DEVICES,
    "round19_rules": ROUND19_RULES,
    "round19_devices": ROUND19_DEVICES,
    "round20_rules": ROUND20_RULES,
    "round23_rules": ROUND23_RULES,
    "round26_rules": ROUND26_RULES,
    "round29_rules": ROUND29_RULES,
}


@pytest.mark.parametrize(
    ("name", "expected"),
    [pytest.param(name, expected, id=f"{table}-{i}")
     for table, rows in RULE_TABLES.items() for i, (name, expected) in enumerate(rows)],
)
def test_rule_tables(name: str, expected: dict) -> None:
    assert_fields(name, expected)


def test_module_tables_are_bound_once() -> None:
    """A rule table named twice at module level silently replaces the first (two rounds merged side by
    side once each wrote an `_ART_NOTE`); a second binding must build on the first (`X = X | …`). Across
    the package's modules, a name bound in two of them is the same trap (one module reads the other's
    copy): every module-level name is bound in one module only (loop variables aside)."""
    import ast
    import pkgutil

    import gallery.names

    owner: dict[str, str] = {}
    twice = []
    for info in pkgutil.iter_modules(gallery.names.__path__):
        path = Path(gallery.names.__path__[0]) / f"{info.name}.py"
        tree = ast.parse(path.read_text(encoding="utf-8"))
        seen: set[str] = set()
        placeholders: set[str] = set()  # `X: T = ()` declared early and filled in once its parts exist
        rebound = []
        for node in tree.body:
            if isinstance(node, (ast.Assign, ast.AnnAssign)):
                targets = node.targets if isinstance(node, ast.Assign) else [node.target]
                value = node.value
            elif isinstance(node, (ast.FunctionDef, ast.ClassDef)):
                targets, value = [ast.Name(id=node.name)], None
            else:
                continue
            for target in targets:
                if not isinstance(target, ast.Name):
                    continue
                reads_itself = value is not None and any(
                    isinstance(n, ast.Name) and n.id == target.id for n in ast.walk(value))
                if target.id in seen and not reads_itself and target.id not in placeholders:
                    rebound.append((info.name, target.id, node.lineno))
                if isinstance(node, ast.AnnAssign) and target.id not in seen:
                    placeholders.add(target.id)
                seen.add(target.id)
        assert rebound == []
        for name in seen - {"__all__"}:
            if owner.setdefault(name, info.name) != info.name:
                twice.append((name, owner[name], info.name))
    assert twice == []


def test_module_constants_are_final() -> None:
    """Every module-level constant of the parser (`_NAME = …`, upper case) is annotated `Final`: compiled with
    mypyc (setup.py) a Final name is read from a C static, any other from the module's dict, and those lookups
    took a tenth of the compiled parser's time; mypy then also refuses a second binding."""
    import ast
    import pkgutil
    import re

    import gallery.names

    plain = []
    for info in pkgutil.iter_modules(gallery.names.__path__):
        path = Path(gallery.names.__path__[0]) / f"{info.name}.py"
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            if isinstance(node, ast.Assign):
                names = [t.id for t in node.targets if isinstance(t, ast.Name)]
            elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and node.value is not None:
                names = [] if "Final" in ast.unparse(node.annotation) else [node.target.id]
            else:
                continue
            plain += [(info.name, n, node.lineno) for n in names if re.fullmatch(r"_?[A-Z][A-Z0-9_]*", n)]
    assert plain == []


def test_parsed_name_init_gives_the_declared_defaults() -> None:
    """ParsedName's `__init__` is written out (native when compiled): it gives every declared field its declared
    default, takes any field by name as the dataclass's generated one did, and refuses a name that is no field."""
    import dataclasses

    from gallery.names.result import ParsedName

    made = ParsedName(filename="x.jpg")
    for f in dataclasses.fields(ParsedName):
        if f.name != "filename":
            default = f.default_factory() if f.default_factory is not dataclasses.MISSING else f.default
            assert getattr(made, f.name) == default, f.name
    assert made.photographers is not ParsedName(filename="y.jpg").photographers  # a list of its own each
    given = ParsedName(filename="x.jpg", title="采茶", photographers=["周明生"])
    assert (given.title, given.photographers, given.place) == ("采茶", ["周明生"], None)
    with pytest.raises(TypeError):
        ParsedName(filename="x.jpg", photographer="周明生")  # the joined property, not a field


def test_a_day_read_by_a_pattern_without_a_clock() -> None:
    """dates._set_year_month_day reads the clock groups only where the caller's pattern has them: a shooter's day
    (`X于2016年4月1日拍摄…`, text_tails._HEAD_SHOOTER) once raised IndexError (no group `h`) and lost the parse."""
    from gallery.names.dates import _set_year_month_day
    from gallery.names.result import ParsedName
    from gallery.names.text_tails import _HEAD_SHOOTER

    result = ParsedName(filename="沈小明于2016年4月1日拍摄某某口岸建设场景.jpg")
    _set_year_month_day(result, _HEAD_SHOOTER.match("沈小明于2016年4月1日拍摄某某口岸建设场景"))
    assert (result.date, result.time) == ("2016-04-01", None)
