"""Pages and the JSON API through Flask's test client, on the indexed sample."""

from __future__ import annotations

import re

import pytest

PHONE = "13775584488"


def api(client, **params):
    response = client.get("/api/photos", query_string=params)
    assert 200 == response.status_code
    return response.get_json()


@pytest.mark.parametrize(
    "query, expected_name",
    [
        ("周明生", "《采茶》周明生  摄于镇江茶博园_副本.jpg"),
        ("镇江", "《采茶》周明生  摄于镇江茶博园_副本.jpg"),
        ("采茶", "《采茶》周明生  摄于镇江茶博园_副本.jpg"),
        ("紫砂", "2019年4月19日,几位爱好紫砂艺术的外国友人在位于江苏省宜兴市丁蜀镇的紫砂艺术家家中,赏玩紫砂壶。朱智辉_副本.jpg"),
        ("2019", "2019年4月19日,几位爱好紫砂艺术的外国友人在位于江苏省宜兴市丁蜀镇的紫砂艺术家家中,赏玩紫砂壶。朱智辉_副本.jpg"),
        ("无尘仓储", "《无尘仓储》陈卫东,摄于江苏南钢无尘储煤场。***_副本.jpg"),
        ("紫金山", "W020241122352983363515.jpg"),
    ],
)
def test_api_search_finds_the_photo(client, query, expected_name):
    names = [p["name"] for p in api(client, q=query)["photos"]]
    assert expected_name in names


def test_api_filters(client):
    assert ["周明生"] == api(client, photographer="周明生")["photos"][0]["photographers"]
    assert 1 == api(client, place="镇江")["total"]
    assert 0 == api(client, q="不存在的词")["total"]


def test_grid_is_newest_first_and_paginated(client):
    first = api(client, per_page=5, page=1)
    second = api(client, per_page=5, page=2)
    assert (12, 3) == (first["total"], first["pages"])
    dates = [p["date"] for p in first["photos"] + second["photos"] if p["date"]]
    assert sorted(dates, reverse=True) == dates
    assert not {p["id"] for p in first["photos"]} & {p["id"] for p in second["photos"]}


def test_every_page_renders(client):
    for url in ["/", "/?q=镇江", "/photographers", "/places", "/articles", "/article/1", "/errors"]:
        assert 200 == client.get(url).status_code, url
    photo_ids = [p["id"] for p in api(client, per_page=50)["photos"]]
    for photo_id in photo_ids:
        assert 200 == client.get(f"/photo/{photo_id}").status_code


def photo_id_named(client, fragment):
    return next(p["id"] for p in api(client, per_page=50)["photos"] if fragment in p["name"])


def test_photo_page_shows_fields_with_their_sources(client):
    html = client.get(f"/photo/{photo_id_named(client, '无尘仓储')}").get_data(as_text=True)
    assert re.search(r'class="rule place-path"[^>]*>江苏省 › ', html)  # how the place was resolved
    row = lambda key: re.search(rf'<tr class="field-{key}">(.*?)</tr>', html, re.S).group(1)  # noqa: E731
    assert "陈卫东" in row("photographers") and "文件名" in row("photographers")
    assert "江苏南钢无尘储煤场" in row("place") and "文件名" in row("place")
    assert "无尘仓储" in row("title")


def test_photo_page_shows_the_caption_and_its_article(client):
    html = client.get(f"/photo/{photo_id_named(client, 'W0202411')}").get_data(as_text=True)
    assert "紫金山实验室正式发布" in html
    assert "稿件图说" in html
    assert "苏州,未来可期!" in html


def test_photographers_and_places_link_to_their_photos(client):
    html = client.get("/photographers").get_data(as_text=True)
    assert "/photographer/%E5%91%A8%E6%98%8E%E7%94%9F" in html  # 周明生's own page
    page = client.get("/photographer/%E5%91%A8%E6%98%8E%E7%94%9F").get_data(as_text=True)
    assert "采茶" in page
    assert "镇江茶博园" in client.get("/places").get_data(as_text=True)


def test_article_page_lists_images_in_page_order(client):
    html = client.get("/article/1").get_data(as_text=True)
    assert html.index("W020241122352983363515.jpg") < html.index("微信图片_20240703093100_副本.jpg")
    assert "苏州发布" in html


def public_urls(client) -> list[str]:
    urls = ["/", "/?q=无尘仓储", "/?q=陈卫东", "/photographers", "/places", "/articles", "/article/1",
            "/errors", "/api/photos", "/api/photos?q=无尘仓储", "/api/photos?per_page=50"]
    for photo in api(client, per_page=50)["photos"]:
        urls += [f"/photo/{photo['id']}", f"/api/photos/{photo['id']}"]
    return urls


def test_phone_number_appears_on_no_public_page(client):
    for url in public_urls(client):
        body = client.get(url).get_data(as_text=True)
        assert PHONE not in body, url


def test_searching_a_phone_number_finds_nothing(client):
    assert 0 == api(client, q=PHONE)["total"]


@pytest.mark.parametrize(
    "url",
    ["/thumb/../../etc/passwd", "/thumb/%2e%2e/%2e%2e/etc/passwd/grid.webp", "/thumb/" + "0" * 64 + "/../../x.webp",
     "/thumb/" + "g" * 64 + "/grid.webp", "/photo/999999/original", "/static/../app.py", "/photo/999999"],
)
def test_no_path_traversal(client, url):
    assert client.get(url).status_code in (404, 308)


def test_thumbnails_are_cached(client):
    sha = api(client)["photos"][0]["digest"]
    with client.get(f"/thumb/{sha}/grid.webp") as response:
        assert 200 == response.status_code
        assert "image/webp" == response.mimetype
        assert "immutable" in response.headers["Cache-Control"]
    with client.get(f"/thumb/{sha}/large.webp") as response:
        assert 200 == response.status_code


@pytest.mark.parametrize("hostile", ['"', "AND OR", "NEAR(", "*", "^", "' OR 1=1 --", "\x00", "😀", "x" * 10000, "%"])
def test_hostile_search_never_breaks(client, hostile):
    assert 200 == client.get("/", query_string={"q": hostile}).status_code
    assert 200 == client.get("/api/photos", query_string={"q": hostile}).status_code


def test_times_are_shown_as_an_editor_reads_them():
    from gallery.web.pages import when

    assert "" == when(None)
    assert "2026-11-26 15:45" == when("2026-11-26T15:45:22.882394")  # no zone: as stored
    shown = when("2026-11-26T15:45:22.882394+00:00")
    assert len(shown) == 16 and "T" not in shown and "+" not in shown
    assert 19 == len(when("2026-11-26T15:45:22+00:00", True))
    assert "not a time" == when("not a time")
