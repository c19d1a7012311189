"""Search through the store: every kind of query a Chinese editor types, on a real SQLite file."""

from __future__ import annotations

import json
import sqlite3
from urllib.parse import quote

import pytest

from gallery.store import Store
from gallery.store.search import SearchRow, date_span, sort_key

# id: (photographers, title, place, date, caption, camera, kind, gps)
PHOTOS = {
    1: (["周明生"], "采茶", "镇江茶博园", "2019-04-19 09:30:00", "茶农在茶园里采茶", "Canon EOS 5D", "camera_original", None),
    2: (["朱智辉"], None, "江苏省宜兴市丁蜀镇", "2019-04-19", "几位爱好紫砂艺术的外国友人在位于江苏省宜兴市丁蜀镇的紫砂艺术家家中，赏玩紫砂壶",
        None, "wechat_image", None),
    3: (["陈卫东"], "无尘仓储", "江苏南钢无尘储煤场", "2020-06-01", None, "NIKON D850", "contest_entry", None),
    4: (["王伟"], "拙政园", "苏州拙政园", "2019-05-02", "蘇州園林攝影", "NIKON Z 9", "camera_original", (31.32, 120.63)),
    5: (["李明"], "宿州夜景", "宿州", "2018-01-01", None, None, None, None),
    6: ([], "扬州", "扬州 普哈丁墓园", None, "周明生的学生在扬州", None, None, None),
    7: (["张芳"], "火车站", "苏州火车站", "2021-02-03", "春运", None, None, None),
    8: (["张芳"], "春运", "苏州", "2021-02-04", "旅客返乡", None, None, None),
    9: ([], None, None, "2017-03-03", "雨中", None, None, (32.19, 119.43)),
}
ALL = set(PHOTOS)


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    opened = Store(tmp_path_factory.mktemp("search") / "gallery.db")
    opened.bulk_add_photos(
        SearchRow(photo_id=i, photographers=who, title=title, place=place, date=date, caption=caption,
                  camera=camera, kind=kind, gps_lat=gps and gps[0], gps_lon=gps and gps[1])
        for i, (who, title, place, date, caption, camera, kind, gps) in PHOTOS.items()
    )
    yield opened
    opened.close()


def ids(store: Store, query: str, **kwargs) -> set[int]:
    return {p["id"] for p in store.search(query, per_page=100, **kwargs).photos}


@pytest.mark.parametrize(
    "expected, query",
    [
        ({4, 7, 8}, "苏州"),
        ({1, 9}, "镇江"),  # 9 only through its GPS: 江苏省 › 镇江市 › 润州区
        ({1}, "采茶"),
        ({2}, "紫砂壶"),
        ({2}, "丁蜀"),
        ({1, 6}, "周明生"),
        ({3}, "无尘"),
        ({1}, "镇江 采茶"),
        ({9}, "镇江 -采茶"),
        (ALL - {4, 7, 8}, "-苏州"),
        ({2}, '"赏玩紫砂壶"'),
        (set(), '"紫砂壶赏玩"'),
        ({8}, "旅客"),
        (set(), "不存在的词"),
    ],
)
def test_words(store, expected, query):
    assert expected == ids(store, query)


@pytest.mark.parametrize(
    "expected, query",
    [
        ({4, 7, 8}, "蘇州"),
        ({4}, "攝影"),
        ({4}, "摄影"),
        ({4}, "园林"),
        ({1}, "ｚｍｓ"),
        ({1}, "采　茶"),
    ],
)
def test_traditional_and_full_width_fold(store, expected, query):
    assert expected == ids(store, query)


@pytest.mark.parametrize(
    "expected, query",
    [
        ({1}, "zhoumingsheng"),
        ({1}, "zhou ming sheng"),
        ({1}, "ZhouMingSheng"),
        ({1}, "zhōu míng shēng"),
        ({1}, "zhou1ming2sheng1"),
        ({1}, "zhou1 ming2 sheng1"),
        ({1}, "ｚｈｏｕｍｉｎｇｓｈｅｎｇ"),
        ({1}, "zms"),
        ({1}, "周ms"),
        ({1}, "周mingsheng"),
        ({1}, "caicha"),
        ({1, 9}, "zhenjiang"),
        ({4, 5, 7, 8}, "suzhou"),
        ({2}, "yixing"),
        ({3}, "cwd"),
    ],
)
def test_pinyin_and_initials(store, expected, query):
    assert expected == ids(store, query)


def test_suzhou_ranks_the_commoner_place_first(store):
    page = store.search("suzhou")
    order = [p["id"] for p in page.photos]
    assert 5 == order[-1]  # 宿州: one photo, against three of 苏州
    assert ["苏州", "宿州"] == [w["word"] for w in page.hints[0]["words"]]


def test_a_name_match_outranks_a_caption_match(store):
    assert [1, 6] == [p["id"] for p in store.search("周明生").photos]


@pytest.mark.parametrize(
    "expected, query",
    [
        ({1}, "photographer:周明生"),
        ({7, 8}, "摄影师:张芳"),
        ({1, 2, 3, 4, 6, 7, 8, 9}, "place:江苏"),
        ({1, 9}, "place:镇江"),
        ({5}, "place:安徽"),
        ({2}, "place:宜兴"),
        ({1, 2, 4}, "date:2019"),
        ({1, 2, 4}, "date:2019-04..2019-06"),
        ({4}, "date:2019-05"),
        ({1, 2}, "date:2019-04-19"),
        ({1}, "camera:canon"),
        ({3, 4}, "camera:nikon"),
        ({2}, "kind:wechat_image"),
        ({4, 9}, "has:gps"),
        ({6, 9}, "missing:photographer"),
        ({4}, "苏州 has:gps"),
        ({7, 8}, "苏州 date:2021"),
        (set(), "date:soon"),
        (set(), "camera:"),
    ],
)
def test_filters(store, expected, query):
    assert expected == ids(store, query)


@pytest.mark.parametrize(
    "expected, kwargs",
    [
        ({1}, {"photographer": "周明生"}),
        ({1, 9}, {"place": "镇江"}),
        ({1, 2, 4}, {"date": "2019-04..2019-06"}),
        ({3, 4}, {"camera": "NIKON"}),
        ({2}, {"kind": "wechat_image"}),
        ({4, 9}, {"has": "gps"}),
        ({6, 9}, {"missing": "photographer"}),
    ],
)
def test_filters_as_arguments(store, expected, kwargs):
    assert expected == ids(store, "", **kwargs)


def test_sort_by_date(store):
    assert [8, 7, 3, 4, 1, 2] == [p["id"] for p in store.search("江苏 date:2019..2021", sort="date").photos]
    assert [2, 1, 4, 3, 7, 8] == [p["id"] for p in store.search("江苏 date:2019..2021", sort="oldest").photos]


def test_facets_count_the_hits(store):
    facets = store.search("place:江苏").facets
    assert {"value": "张芳", "label": "张芳", "count": 2} == facets["photographers"][0]
    assert {"苏州市": 3, "镇江市": 2, "无锡市": 1, "扬州市": 1, "江苏省": 1} == {
        f["value"]: f["count"] for f in facets["places"]}
    assert [2021, 2020, 2019, 2017] == [f["value"] for f in facets["years"]]
    assert {"NIKON D850": 1, "NIKON Z 9": 1, "Canon EOS 5D": 1} == {f["value"]: f["count"] for f in facets["cameras"]}


def test_facet_values_narrow_the_search(store):
    facets = store.search("苏州").facets
    for facet in facets["photographers"]:
        assert facet["count"] == store.search("苏州", photographer=facet["value"]).total
    for facet in facets["years"]:
        assert facet["count"] == store.search("苏州", date=str(facet["value"])).total


def test_paging_has_no_overlap(store):
    first = store.search("place:江苏", per_page=3, page=1, sort="date")
    second = store.search("place:江苏", per_page=3, page=2, sort="date")
    assert (8, 3) == (first.total, first.pages)
    assert not {p["id"] for p in first.photos} & {p["id"] for p in second.photos}


HOSTILE = ['"', '""', "AND", "OR", "NOT", "NEAR(", "NEAR(a b, 2)", "*", "^", "苏州*", "^苏州", "a:b",
           "' OR 1=1 --", "'; DROP TABLE photos; --", "\x00", "苏\x00州", "😀", "苏州😀", "\ud800", "\udfff苏州",
           "x" * 10000, "苏" * 10000, "%", "_", "\\", "{who}:苏州", "py:x", "meta : x", "date:9999-99",
           "date:0000..9999", "date:2019-13", "camera:\"", "photographer:\"", "place:'", "-", "--", "-\"",
           "has:", "missing:everything", "(((", ")))", "zhou" * 500, "a" * 61]


@pytest.mark.parametrize("hostile", HOSTILE)
def test_hostile_input_gives_a_normal_answer(store, hostile):
    page = store.search(hostile)
    assert page.total == len(page.photos) or page.total > len(page.photos) >= 0
    for name in ("photographer", "place", "date", "camera", "kind", "has", "missing"):
        assert store.search("", **{name: hostile}).total >= 0


def test_a_phrase_typed_with_stray_spaces_still_matches(store):
    assert {1} == ids(store, "  镇江   采茶  ")


def test_sort_keys_follow_dates():
    assert sort_key(5, "2019-04-19") < sort_key(1, "2019-04-20") < sort_key(1, "2019-04-20 08:00")
    assert sort_key(99, None) < sort_key(1, "1901-01-01")
    low, high = date_span("2019-04")
    assert low <= sort_key(7, "2019-04-01") <= high and low <= sort_key(7, "2019-04-30 23:59:59") <= high
    assert not low <= sort_key(7, "2019-05-01") <= high


def test_the_place_tree_counts_every_level(store):
    tree = {node["name"]: node for node in store.place_tree()}
    jiangsu = tree["江苏省"]
    assert 8 == jiangsu["photos"]
    cities = {c["name"]: c for c in jiangsu["children"]}
    assert {"苏州市": 3, "镇江市": 2, "无锡市": 1, "扬州市": 1} == {k: v["photos"] for k, v in cities.items()}
    assert ["宜兴市"] == [c["name"] for c in cities["无锡市"]["children"]]
    phrases = {p["raw"]: p for c in cities.values() for p in c["phrases"]}
    assert {"镇江茶博园", "苏州拙政园", "苏州火车站", "苏州", "扬州 普哈丁墓园"} <= set(phrases)
    assert any("镇江市" in step for step in phrases["镇江茶博园"]["how"])
    assert 1 == tree["安徽省"]["photos"]


def test_place_of_a_photo_says_how(store):
    place = store.place_of(2)
    assert "江苏省 › 无锡市 › 宜兴市 › 丁蜀镇" == place["path"]
    assert "江苏省宜兴市丁蜀镇" == place["raw"]
    gps = store.place_of(9)
    assert ("江苏省", "镇江市", "gps") == (gps["province"], gps["city"], gps["source"])


def test_command_line_search(sample_db):
    from click.testing import CliRunner

    from gallery.cli import main

    result = CliRunner().invoke(main, ["search", "zms", "--db", str(sample_db), "--json"])
    assert 0 == result.exit_code, result.output
    data = json.loads(result.output)
    assert (1, ["周明生"]) == (data["total"], data["photos"][0]["photographers"])
    text = CliRunner().invoke(main, ["search", "place:江苏", "--db", str(sample_db), "--facets"]).output
    assert "镇江市（1）" in text and "江苏省" not in text.splitlines()[0]


def test_reindexing_replaces_the_old_words(tmp_path):
    from .conftest import index, make_jpeg

    folder = tmp_path / "photos"
    make_jpeg(folder / "《采茶》周明生  摄于镇江茶博园.jpg")
    db = tmp_path / "gallery.db"
    index(db, folder)
    (folder / "《采茶》周明生  摄于镇江茶博园.jpg").rename(folder / "《春耕》朱智辉 摄于扬州.jpg")
    index(db, folder)
    store = Store(db)
    try:
        assert (0, 0, 0, 1, 1, 1) == tuple(store.search(q).total for q in ("采茶", "zms", "place:镇江", "春耕", "zzh",
                                                                          "place:江苏"))
    finally:
        store.close()


def test_large_result_sets_page_by_tiers(store, monkeypatch):
    """Past SMALL hits: name/title/place matches first, then the rest, newest first in each."""
    from gallery.store import search as search_module

    monkeypatch.setattr(search_module, "SMALL", 0)
    monkeypatch.setattr(search_module, "SAMPLE", 2)
    pages = [store.search("周明生", per_page=1, page=n) for n in (1, 2, 3)]
    assert [[1], [6], []] == [[p["id"] for p in page.photos] for page in pages]
    everything = [store.search("place:江苏", per_page=3, page=n, sort="date") for n in (1, 2, 3)]
    assert [8, 7, 3, 4, 1, 2, 9, 6] == [p["id"] for page in everything for p in page.photos]
    assert 2 == everything[0].facets_sampled
    assert 2 == sum(f["count"] for f in everything[0].facets["years"])
    strong_first = [p["id"] for n in (1, 2, 3, 4) for p in store.search("扬州", per_page=1, page=n).photos]
    assert [6] == strong_first


def test_a_bulk_load_is_committed(tmp_path):
    db = tmp_path / "bulk.db"
    first = Store(db)
    first.bulk_add_photos(SearchRow(photo_id=i, title="采茶", place="镇江") for i in range(1, 4))
    first.close()
    again = Store(db)
    try:
        assert (3, 3) == (again.search("采茶").total, again.search("place:江苏").total)
    finally:
        again.close()


@pytest.mark.parametrize(
    "expected_total, params",
    [
        (1, {"q": "zms"}),
        (1, {"q": "zhou ming sheng"}),
        (6, {"place": "江苏"}),
        (6, {"q": "place:江苏"}),
        (2, {"camera": "canon"}),
        (1, {"kind": "wechat_image"}),
        (1, {"type": "wechat_image"}),
        (0, {"has": "gps"}),
        (8, {"missing": "photographer"}),
        (1, {"q": "采茶", "photographer": "周明生", "date": "2008"}),
        (0, {"q": "采茶", "date": "2019-04..2019-06"}),
    ],
)
def test_api_filters_as_parameters(client, expected_total, params):
    data = client.get("/api/photos", query_string=params).get_json()
    assert expected_total == data["total"]
    assert set(data["facets"]) <= {"photographers", "places", "years", "cameras"}


@pytest.mark.parametrize("name", ["q", "photographer", "place", "date", "camera", "kind", "has", "missing", "sort",
                                  "page", "per_page"])
@pytest.mark.parametrize("hostile", ['"', "\x00", "\ud800", "😀", "' OR 1=1 --", "x" * 10000, "-1", "NEAR(*"])
def test_api_parameters_never_break(client, name, hostile):
    # bytes as a browser would send them (a lone surrogate arrives as its raw UTF-8 form)
    query = f"{name}={quote(hostile.encode('utf-8', 'surrogatepass'))}"
    with client.get(f"/api/photos?{query}") as response:
        assert 200 == response.status_code
        assert "error" not in response.get_json()
    with client.get(f"/?{query}") as response:
        assert 200 == response.status_code


def test_api_photo_says_how_its_place_was_resolved(client):
    photo = client.get("/api/photos", query_string={"q": "zms"}).get_json()["photos"][0]
    place = client.get(f"/api/photos/{photo['id']}").get_json()["place_resolved"]
    assert ("镇江茶博园", "江苏省 › 镇江市 › 茶博园") == (place["raw"], place["path"])


def test_one_page_can_hold_every_hit(tmp_path):
    """Bulk edits select "all results": a page larger than SQLite's parameter limit still works."""
    bulk = Store(tmp_path / "many.db")
    try:
        bulk.bulk_add_photos(SearchRow(photo_id=i, title="采茶", date=f"2019-01-{i % 28 + 1:02d}") for i in range(1, 40_001))
        page = bulk.search("采茶", per_page=100_000, facets=False)
        assert (40_000, 40_000) == (page.total, len({p["id"] for p in page.photos}))
    finally:
        bulk.close()


def test_a_bulk_load_gives_back_the_crash_safe_settings(tmp_path):
    db = tmp_path / "bulk.db"
    loaded = Store(db)
    reader = sqlite3.connect(db)
    try:
        reader.execute("SELECT count(*) FROM photos").fetchone()  # an open reader keeps the load in WAL
        rows = [SearchRow(photo_id=i, title="采茶", date=f"20{i % 20 + 5:02d}-03-01") for i in range(1, 200)]
        loaded.bulk_add_photos(rows, batch=50)
        settings = [loaded.conn.execute(f"PRAGMA {name}").fetchone()[0] for name in ("journal_mode", "synchronous")]
        config = dict(loaded.conn.execute("SELECT k, v FROM search_text_config WHERE k != 'version'").fetchall())
        assert (["wal", 1], {"automerge": 4, "crisismerge": 16, "hashsize": 1 << 20}) == (settings, config)
        assert (199, 199) == (loaded.search("采茶").total, reader.execute("SELECT count(*) FROM photos").fetchone()[0])
    finally:
        reader.close()
        loaded.close()
