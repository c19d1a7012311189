"""Browse pages through Flask's test client: timeline, months, photographer and place pages,
the viewer and its JSON, share metadata, the UI texts, and the browse queries of the store."""

from __future__ import annotations

import hashlib
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from gallery import metadata
from gallery.names import redact_phones
from gallery.store import Store
from gallery.web import create_app
from gallery.web.texts import ZH_CN, credit_line, weekday

from .conftest import page_text

PHONE = "13775584488"
TEMPLATES = Path(__file__).resolve().parent.parent / "gallery" / "web" / "templates"


def view(client, photo_id: int) -> dict:
    response = client.get(f"/view/{photo_id}.json")
    data = response.get_json()
    response.close()
    return data


def all_ids_in_grid_order(client) -> list[int]:
    response = client.get("/api/photos", query_string={"per_page": 200})
    ids = [p["id"] for p in response.get_json()["photos"]]
    response.close()
    return ids


class Tags(HTMLParser):
    """Every start tag with its attributes, to check what a page links to."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str]]] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, {k: v or "" for k, v in attrs}))


def tags(html: str) -> list[tuple[str, dict[str, str]]]:
    parser = Tags()
    parser.feed(html)
    return parser.tags


def meta(html: str, prop: str) -> str | None:
    for tag, attrs in tags(html):
        if tag == "meta" and prop in (attrs.get("property"), attrs.get("name")):
            return attrs.get("content")
    return None


# --- texts ---------------------------------------------------------------------------------------

@pytest.mark.parametrize(
    "expected, names",
    [("（周明生 摄）", ["周明生"]), ("（周明生、陈卫东 摄）", ["周明生", "陈卫东"]), ("", []), ("", None), ("", [""])],
)
def test_credit_line_reads_like_a_newspaper(expected, names):
    assert expected == credit_line(names)


@pytest.mark.parametrize(
    "expected, day",
    [("星期五", "2019-04-19"), ("星期日", "2024-11-24T08:00:00"), ("", "2019-02-30"), ("", "日期"), ("", "")],
)
def test_weekday(expected, day):
    assert expected == weekday(day)


def test_every_text_a_template_uses_is_in_the_texts_table():
    used = set()
    for template in TEMPLATES.glob("*.html"):
        used |= set(re.findall(r"\bT\.([a-z_0-9]+)", template.read_text(encoding="utf-8")))
    assert used, "the templates read no texts"
    assert set() == used - set(ZH_CN)


# --- timeline ------------------------------------------------------------------------------------

def test_timeline_lists_years_and_months_with_counts(client):
    html = page_text(client, "/timeline")
    assert "2008 年" in html and "2024 年" in html
    # the sample has four photos from 2008: March, May (2), July
    may = re.search(r'href="/timeline/2008/5"><span class="m">5 月</span> <span class="count">(\d+)</span>', html)
    assert may is not None
    assert "2" == may.group(1)
    years = [int(y) for y in re.findall(r'<li id="y(\d{4})">', html)]
    assert sorted(years, reverse=True) == years


def test_month_page_groups_photos_by_day(client):
    html = page_text(client, "/timeline/2008/5")
    days = re.findall(r'<section class="day" style="[^"]*" data-day="([\d-]+)"', html)
    assert ["2008-05-30", "2008-05-04"] == days
    assert "5 月 30 日 星期五" in html
    assert "采茶" in html
    assert 'rel="prev" href="/timeline/2008/3"' in html  # the nearest earlier month with photos


@pytest.mark.parametrize(
    "expected, month",
    [("/timeline/2019/4", "2019-04"), ("/timeline/2019/4", "2019年4月"), ("/timeline/2008/12", "2008/12"),
     ("/timeline", "2019-13"), ("/timeline", "abc"), ("/timeline", ""), ("/timeline", "<script>")],
)
def test_jump_to_month(client, expected, month):
    response = client.get("/timeline/jump", query_string={"month": month})
    response.close()
    assert (302, expected) == (response.status_code, response.headers["Location"])


@pytest.mark.parametrize("url", ["/timeline/2019/13", "/timeline/2019/0", "/timeline/0/4"])
def test_impossible_months_are_not_found(client, url):
    page_text(client, url, 404)


def test_empty_month_says_so(client):
    assert "这个月没有照片" in page_text(client, "/timeline/1999/1")


# --- photographers and places --------------------------------------------------------------------

def test_photographer_page_has_count_range_places_and_cover(client):
    html = page_text(client, "/photographer/周明生")
    assert "<h1>周明生</h1>" in html
    assert "1 张" in html
    assert "2008-05-30" in html
    assert 'href="/place/%E9%95%87%E6%B1%9F%E8%8C%B6%E5%8D%9A%E5%9B%AD"' in html  # 镇江茶博园
    cover = re.search(r'<a class="cover" href="/photo/(\d+)"', html)
    assert cover is not None
    assert "采茶" in page_text(client, f"/photo/{cover.group(1)}")


def test_place_page_lists_its_photographers(client):
    html = page_text(client, "/place/江苏南钢无尘储煤场")
    assert "陈卫东" in html and "无尘仓储" in html
    assert PHONE not in html


def test_photographers_list_links_to_their_pages(client):
    assert 'href="/photographer/%E5%91%A8%E6%98%8E%E7%94%9F"' in page_text(client, "/photographers")


@pytest.mark.parametrize(
    "name",
    ["nobody", "<script>alert(1)</script>", "' OR 1=1 --", "%00", "周" * 500, "../../etc/passwd", "\\x00", "名字%"],
)
@pytest.mark.parametrize("kind", ["photographer", "place"])
def test_unknown_or_hostile_names_are_not_found(client, kind, name):
    html = page_text(client, f"/{kind}/{name}", 404)
    assert "<script>alert(1)" not in html


# --- the viewer ----------------------------------------------------------------------------------

def test_viewer_json_has_caption_credit_and_public_fields_only(client):
    ids = all_ids_in_grid_order(client)
    for photo_id in ids:
        data = view(client, photo_id)
        assert PHONE not in str(data)
        assert "private" not in data and "phones" not in data
    caicha = next(view(client, i) for i in ids if view(client, i)["title"] == "采茶")
    assert "（周明生 摄）" == caicha["credit"]
    assert caicha["src"]["large"].endswith("/large.webp")
    assert f"/view/{caicha['id']}" == caicha["view"]


def test_viewer_neighbours_follow_the_grid_order(client):
    ids = all_ids_in_grid_order(client)
    walked, current = [], ids[0]
    while current is not None:
        walked.append(current)
        current = view(client, current)["next"]
    assert ids == walked
    assert [None] + ids[:-1] == [view(client, i)["prev"] for i in ids]


def test_viewer_page_stands_alone_without_javascript(client):
    ids = all_ids_in_grid_order(client)
    html = page_text(client, f"/view/{ids[1]}")
    assert f'href="/view/{ids[0]}"' in html and f'href="/view/{ids[2]}"' in html
    assert f'class="v-close" href="/photo/{ids[1]}"' in html
    assert meta(html, "og:image").startswith("http://localhost/thumb/")


def test_viewer_of_a_missing_photo_is_not_found(client):
    page_text(client, "/view/999999", 404)
    page_text(client, "/view/999999.json", 404)


def test_viewer_never_shows_the_phone_number(client):
    photo_id = next(i for i in all_ids_in_grid_order(client) if view(client, i)["title"] == "无尘仓储")
    assert PHONE not in page_text(client, f"/view/{photo_id}")
    assert PHONE not in page_text(client, f"/photo/{photo_id}")


# --- grid, sharing, and what pages load ----------------------------------------------------------

def test_grid_tiles_carry_ratio_colour_srcset_and_lazy_loading(client):
    html = page_text(client, "/")
    tiles = re.findall(r'<li style="--r:([\d.]+)"><a href="/photo/(\d+)" data-id="\d+" style="--c:(#[0-9a-f]{6})"><img ([^>]*)>', html)
    assert 12 == len(tiles)
    for ratio, _, _, img in tiles:
        assert 0.2 < float(ratio) < 5
        assert "srcset=" in img or 'width="100"' in img or 'height="100"' in img  # tiny originals: one size
    lazy = ['loading="lazy"' in img for *_, img in tiles]
    assert [False] * 6 + [True] * 6 == lazy


@pytest.mark.parametrize(
    "url", ["/", "/?q=镇江", "/timeline", "/timeline/2008/5", "/photographer/周明生", "/place/镇江茶博园",
            "/photographers", "/articles", "/article/1", "/errors", "/photo/1", "/view/1"],
)
def test_every_page_shares_title_description_and_image(client, url):
    html = page_text(client, url)
    assert meta(html, "og:title")
    assert meta(html, "og:description")
    image = meta(html, "og:image")
    assert image and re.match(r"^http://localhost/(thumb/[0-9a-f]{64}/grid2x\.webp|static/og\.png)$", image)
    assert PHONE not in html


@pytest.mark.parametrize("url", ["/", "/timeline", "/photographer/周明生", "/article/1", "/photo/1", "/view/1"])
def test_pages_load_nothing_from_elsewhere(client, url):
    for tag, attrs in tags(page_text(client, url)):
        for key in ("src", "href", "srcset"):
            value = attrs.get(key, "")
            if tag == "a" and key == "href":
                continue  # links out are allowed; loading from elsewhere is not
            assert not re.search(r"(^|[\s,])(https?:)?//", value) or value.startswith("http://localhost/"), (tag, value)


def test_article_shows_photos_in_page_order_with_captions(client):
    html = page_text(client, "/article/1")
    assert "苏州,未来可期!" in html
    names = re.findall(r"<code>([^<]+)</code>", html)
    assert names.index("W020241122352983363515.jpg") >= 0
    store = Store(client.application.config["DATABASE"])
    try:
        images = store.article(1)["images"]
    finally:
        store.close()
    assert [redact_phones(r["name"]) for r in images] == [n.replace("&amp;", "&") for n in names]
    captions = [r["caption"] for r in images if r["caption"]]
    assert captions
    at = [html.index(c) for c in captions]  # each caption shown, in the page's order
    assert sorted(at) == at


def test_photo_page_links_to_viewer_profiles_and_month(client):
    ids = all_ids_in_grid_order(client)
    caicha = next(i for i in ids if view(client, i)["title"] == "采茶")
    html = page_text(client, f"/photo/{caicha}")
    assert f'href="/view/{caicha}"' in html
    assert 'href="/photographer/%E5%91%A8%E6%98%8E%E7%94%9F"' in html
    assert 'href="/timeline/2008/5"' in html
    assert "（周明生 摄）" in meta(html, "og:description") or "（周明生 摄）" in html


# --- the store's browse queries on a database with ties and undated photos ---------------------------

def _add(store: Store, n: int, date: str | None) -> int:
    sha = hashlib.sha256(f"photo {n}".encode()).hexdigest()
    photo_id = store.add_photo({"digest": sha, "width": 300 + n, "height": 200, "colour": "#336699"}, {})
    exif = {"taken_at": date} if date else {}
    record = metadata.merge(metadata.Sources(exif=exif))
    store.save_record(photo_id, record, kind=None, search_extra="")
    return photo_id


@pytest.fixture
def mixed_store(tmp_path):
    store = Store(tmp_path / "mixed.db")
    dates = ["2020-01-05T10:00:00", None, "2020-01-05T10:00:00", "2019-12-31T23:59:59", None,
             "2020-02-01T00:00:00", "2020-01-05T10:00:00", "2018-06-01T12:00:00", None]
    with store.transaction():
        for n, date in enumerate(dates):
            _add(store, n, date)
    yield store
    store.close()


def test_viewer_neighbours_match_the_grid_order_with_ties_and_undated(mixed_store):
    rows = mixed_store._all("SELECT id, date FROM photos")
    order = [r["id"] for r in sorted(rows, key=lambda r: (r["date"] is None, _desc(r["date"] or ""), -r["id"]))]
    assert order == [p["id"] for p in mixed_store.search(per_page=50).photos]
    for at, photo_id in enumerate(order):
        expected = (order[at - 1] if at else None, order[at + 1] if at + 1 < len(order) else None)
        assert expected == mixed_store.viewer_neighbours(photo_id)


def _desc(text: str) -> tuple[int, ...]:
    return tuple(-ord(c) for c in text)


def test_timeline_and_month_queries(mixed_store):
    assert [{"year": 2020, "count": 4, "months": [{"month": 2, "count": 1}, {"month": 1, "count": 3}]},
            {"year": 2019, "count": 1, "months": [{"month": 12, "count": 1}]},
            {"year": 2018, "count": 1, "months": [{"month": 6, "count": 1}]}] == mixed_store.timeline()
    assert 3 == mixed_store.undated_count()
    assert {"2020-01-05": 3} == mixed_store.day_counts(2020, 1)
    assert ("2019-12", "2020-02") == mixed_store.month_neighbours(2020, 1)
    page = mixed_store.month_photos(2020, 1, per_page=2)
    assert (3, 2, 2) == (page.total, page.pages, len(page.photos))


def test_browse_index_serves_the_first_page_without_sorting(mixed_store):
    plan = " ".join(str(row) for row in mixed_store.conn.execute(
        "EXPLAIN QUERY PLAN SELECT p.id FROM photos p WHERE 1 = 1"
        " ORDER BY p.date IS NULL, p.date DESC, p.id DESC LIMIT 48"))
    assert "photos_browse" in plan and "TEMP B-TREE" not in plan


def test_app_texts_are_available_to_every_template(sample_db):
    app = create_app({"DATABASE": str(sample_db), "TESTING": True})
    with app.test_request_context("/"):
        from flask import render_template_string

        assert "（周明生 摄）" == render_template_string("{{ ['周明生']|credit }}")
        assert "图库" == render_template_string("{{ T.site }}")
