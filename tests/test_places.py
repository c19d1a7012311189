"""Place phrases (real ones, from ../shared/filenames) and GPS → administrative levels."""

from __future__ import annotations

import json
from fractions import Fraction

import pytest

from gallery.places import admin_division, locate, resolve, resolve_gps
from gallery.store import Store

from .conftest import SHARED, index, make_jpeg, needs_filenames


@pytest.mark.parametrize(
    "expected, phrase",
    [
        ("江苏省 › 镇江市 › 茶博园", "镇江茶博园"),
        ("江苏省 › 无锡市 › 宜兴市 › 丁蜀镇", "江苏省宜兴市丁蜀镇"),
        ("江苏省 › 扬州市 › 普哈丁墓园", "扬州 普哈丁墓园"),
        ("江苏省 › 扬州市", "扬州"),
        ("江苏省 › 南京市", "南京"),
        ("江苏省 › 南钢无尘储煤场", "江苏南钢无尘储煤场"),
        ("北京市 › 协和医院妇产科病房", "北京协和医院妇产科病房"),
        ("北京市 › 延庆区 › 张山营综合检查站", "北京延庆张山营综合检查站"),
        ("天津市 › 武清区 › 北运河郊野公园", "天津武清区北运河郊野公园"),
        ("新疆维吾尔自治区 › 伊犁哈萨克自治州 › 伊宁市 › 六星街", "新疆伊犁哈萨克自治州伊宁市六星街"),
        ("湖北省 › 襄阳市 › 牛首汉江特大桥施工现场", "湖北襄阳牛首汉江特大桥施工现场"),
        ("四川省 › 成都市 › 简阳市 › 青龙镇 › 联合村", "四川省成都市简阳市青龙镇联合村"),
        ("安徽省 › 亳州市 › 谯城区 › 双沟镇 › 任小庙村", "安徽省亳州市谯城区双沟镇任小庙村"),
        ("吉林省 › 吉林市 › 永吉县 › 万昌镇", "吉林省永吉县万昌镇"),
        ("江苏省 › 扬州市 › 江都区 › 高新技术产业开发区", "江苏省江都高新技术产业开发区"),
        ("湖南省 › 株洲市 › 醴陵市", "湖南醴陵"),
        ("山西省 › 晋中市 › 介休市 › 张兰镇 › 张原村", "介休市张兰镇张原村"),
        ("内蒙古自治区 › 锡林郭勒盟 › 正蓝旗", "内蒙古正蓝旗"),
        ("湖南省 › 张家界市 › 武陵源区", "张家界武陵源"),
        ("江苏省 › 苏州市 › 拙政園", "蘇州拙政園"),
        ("圆明园", "圆明园"),
        ("西雅图", "西雅图"),
        ("9号线六里桥站", "9号线六里桥站"),
        ("市域快速路海盐射线二期项目南湖段现场", "市域快速路海盐射线二期项目南湖段现场"),
        ("朝阳公园", "朝阳公园"),  # 朝阳 is a city in 辽宁 and districts elsewhere: not guessed
    ],
)
def test_real_phrases(expected, phrase):
    assert expected == resolve(phrase).path


def test_the_raw_phrase_and_the_steps_are_kept():
    place = resolve("江苏省宜兴市丁蜀镇")
    assert "江苏省宜兴市丁蜀镇" == place.raw
    assert ("江苏省", "无锡市", "宜兴市", "丁蜀镇", None) == (place.province, place.city, place.county, place.town,
                                                           place.site)
    assert any("宜兴市" in step and "补出上级" in step for step in place.how)


@needs_filenames
def test_every_labelled_place_resolves_without_error():
    phrases = set()
    for name in ("labelled.jsonl", "seed.jsonl", "captions.jsonl"):
        for line in (SHARED / "filenames" / name).read_text(encoding="utf-8").splitlines():
            expected = (json.loads(line).get("expected") or {}) if line.strip() else {}
            if isinstance(expected, dict) and expected.get("place"):
                phrases.add(expected["place"])
    assert len(phrases) > 30
    for phrase in phrases:
        place = resolve(phrase)
        assert place.path, phrase
        assert phrase == place.raw


@pytest.mark.parametrize(
    "expected, lat, lon",
    [
        (("江苏省", "镇江市"), 32.19, 119.43),
        (("江苏省", "无锡市"), 31.35, 119.85),
        (("北京市", None), 39.9, 116.4),
    ],
)
def test_gps_levels(expected, lat, lon):
    place = resolve_gps(lat, lon)
    assert expected == (place.province, place.city)
    assert "gps" == place.source


@pytest.mark.parametrize("lat, lon", [(47.6, -122.3), (None, 120.0), (999.0, 0.0), (float("nan"), 1.0)])
def test_gps_outside_china_or_broken(lat, lon):
    assert resolve_gps(lat, lon) is None


def test_gps_fills_what_the_phrase_lacks():
    place = locate("茶博园", 32.19, 119.43)
    assert ("江苏省", "镇江市", "茶博园", "gps+text") == (place.province, place.city, place.site, place.source)
    assert "江苏省 › 镇江市" == locate("镇江", 39.9, 116.4).path[:9]  # the phrase wins over GPS


@pytest.mark.parametrize("expected, word", [(("province", "江苏省"), "江苏"), (("city", "镇江市"), "镇江"),
                                            (None, "朝阳"), (None, "茶博园"), (None, "")])
def test_admin_division(expected, word):
    assert expected == admin_division(word)


@pytest.mark.parametrize("hostile", ["", " ", "\x00", "😀", "\ud800镇江", "镇" * 5000, "省市县", "《》", "市"])
def test_odd_phrases_never_raise(hostile):
    assert isinstance(resolve(hostile).path, str)


def _dms(value: float) -> tuple[Fraction, Fraction, Fraction]:
    degrees = int(value)
    minutes = (value - degrees) * 60
    return (Fraction(degrees), Fraction(int(minutes)), Fraction(round((minutes - int(minutes)) * 60 * 100), 100))


def test_indexed_photo_with_gps_is_found_by_province_and_pinyin(tmp_path):
    folder = tmp_path / "photos"
    gps = {1: "N", 2: _dms(32.19), 3: "E", 4: _dms(119.43)}
    make_jpeg(folder / "《雨中》周明生 摄.jpg", gps=gps)
    make_jpeg(folder / "《采茶》周明生  摄于镇江茶博园_副本.jpg", colour=(10, 200, 30))
    db = tmp_path / "gallery.db"
    summary = index(db, folder)
    assert 0 == summary.failed
    store = Store(db)
    try:
        assert 2 == store.search("place:江苏").total
        assert 2 == store.search("zms").total
        rainy = store.search("雨中").photos[0]
        assert "gps" == store.place_of(rainy["id"])["source"]
        assert {"镇江市": 2} == {f["value"]: f["count"] for f in store.search("周明生").facets["places"]}
    finally:
        store.close()
