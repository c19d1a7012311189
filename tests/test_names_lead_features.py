"""A short caption that opens with a named natural feature or a station says where (made-up names), and a credit whose
outlet and role stand in quotes is read as a credit."""

from __future__ import annotations

import pytest

from .names_support import assert_fields


@pytest.mark.parametrize(("name", "place"), [
    ("景迈山茶农在古茶林里采茶。新华社记者 江文耀 摄.jpg", "景迈山"),
    ("千岛湖迎来大批候鸟越冬。王家琛摄.jpg", "千岛湖"),
    ("南岭林场护林员在巡山。 李海洋 摄.jpg", "南岭林场"),
    ("松花江畔人们堆起雪人。王洪艳摄.jpg", "松花江畔"),
    ("黄果树瀑布附近的云台山云雾缭绕.jpg", None),  # (not at the start: left to the other finders)
])
def test_a_named_feature_opening_a_short_caption(name: str, place: str | None) -> None:
    fields = {"place": place} if place else {}
    assert_fields(name, {**fields, "title": name.split("。")[0].removesuffix(".jpg")})


@pytest.mark.parametrize("name", [
    "钟南山院士.jpg",  # a person's title after the name
    "设色山水135.jpg",  # a work: 山水
    "应急小组山区内巡逻.jpg",
    "“文化下乡”送春联 兰州日报社全媒体记者 高宏梅 摄.jpg",
    "桃花园里游人络绎不绝。记者 王家国摄.jpg",
])
def test_what_opens_a_short_title_but_is_no_feature(name: str) -> None:
    assert_fields(name, {"place": None})


@pytest.mark.parametrize(("name", "title", "photographer"), [
    ("太阳岛风景区雪景吸引游客拍照。“哈报手机记者” 门奎摄.jpg", "太阳岛风景区雪景吸引游客拍照", "门奎"),
    ("江畔人们堆起雪人。“哈報手機記者” 王洪艷攝.jpg", "江畔人们堆起雪人", "王洪艷"),
    ("市民在公园里晨练（“手机记者”王大卫 摄）.jpg", "市民在公园里晨练", "王大卫"),
    ("“小记者”进警营.jpg", "“小记者”进警营", None),  # quotes at the start are the title's own
])
def test_a_quoted_outlet_and_role_before_the_name(name: str, title: str, photographer: str | None) -> None:
    assert_fields(name, {"title": title, "photographer": photographer})


SPOTS = ("千户苗寨", "宽窄巷子", "黄龙溪古镇", "坝上草原", "龙脊梯田", "南湖公园")


@pytest.mark.parametrize(("spot", "shape"), [(s, h) for s in SPOTS for h in (
    "{p}迎来旅游旺季（王大卫 摄）.jpg", "图为{p}的夜景。新华社记者 王大卫 摄.jpg", "{p}游人如织 王大卫 摄.jpg")])
def test_a_named_spot_opening_a_short_caption(spot: str, shape: str) -> None:
    assert_fields(shape.format(p=spot), {"place": spot, "photographer": "王大卫"})


@pytest.mark.parametrize("name", ["王小村在田间劳作.jpg", "千亩梯田迎来插秧季.jpg", "美丽乡村迎来旅游旺季.jpg"])
def test_a_person_a_size_or_a_theme_opening_a_short_title_is_no_spot(name: str) -> None:
    assert_fields(name, {"place": None})
