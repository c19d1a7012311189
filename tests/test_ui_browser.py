"""The browse UI in real headless Chromium: justified grid, endless scrolling and Back, the
full-screen viewer (keys, touch swipe, its own URL, no-JavaScript fallback), the timeline and a
photographer page, at a phone, a newsroom desktop and a large screen. Screenshots go to
test-artifacts/ui-*.png for a person to look at."""

from __future__ import annotations

import shutil
from itertools import groupby
from pathlib import Path

import pytest
from PIL import Image, ImageDraw, ImageOps

from gallery.web import create_app

from .browser import ARTIFACTS, live_server
from .conftest import IMAGES, SEEDS, index

pytestmark = pytest.mark.browser

SIZES = {"phone": (360, 800), "desktop": (1366, 768), "large": (2560, 1440)}
PER_PAGE = 16
PEOPLE = ["周明生", "李晓燕", "王建国"]
PLACES = ["镇江茶博园", "苏州拙政园", "南京紫金山", "扬州瘦西湖"]
TITLES = ["采茶", "春耕", "龙舟赛", "晨练", "丰收", "老街", "雪景", "夜市", "渡口", "灯会", "插秧", "古镇", "开渔节"]
SHAPES = [(900, 600), (600, 900), (1000, 560), (800, 800), (1200, 400), (750, 1000), (1000, 750)]
COLOURS = [("#1b3a4b", "#f4d35e"), ("#2d6a4f", "#d8f3dc"), ("#7f5539", "#ede0d4"), ("#3a0ca3", "#f72585"),
           ("#264653", "#e9c46a"), ("#003049", "#fcbf49"), ("#582f0e", "#a4ac86")]


def make_photo(path: Path, n: int) -> None:
    """A picture-like JPEG: a two-colour gradient with a sun and a horizon, with a shooting date."""
    size = SHAPES[n % len(SHAPES)]
    dark, light = COLOURS[n % len(COLOURS)]
    image = ImageOps.colorize(Image.linear_gradient("L").resize(size), dark, light)
    draw = ImageDraw.Draw(image)
    w, h = size
    draw.ellipse((w * 0.6, h * 0.15, w * 0.6 + h * 0.2, h * 0.35), fill="#fff3c4")
    draw.rectangle((0, int(h * 0.7), w, h), fill=dark)
    exif = Image.Exif()
    month, day = 1 + n % 6, 1 + (n * 7) % 27
    exif.get_ifd(0x8769)[36867] = f"2023:{month:02d}:{day:02d} {8 + n % 10:02d}:{n % 60:02d}:00"
    image.save(path, "JPEG", quality=85, exif=exif.tobytes())


@pytest.fixture(scope="module")
def rich_db(tmp_path_factory) -> Path:
    """The bundled sample plus forty generated photos over six months, three photographers."""
    folder = tmp_path_factory.mktemp("rich")
    shutil.copytree(IMAGES, folder / "images")
    shutil.copytree(SEEDS, folder / "seeds")
    for n in range(40):
        title, who, place = TITLES[n % len(TITLES)], PEOPLE[n % len(PEOPLE)], PLACES[n % len(PLACES)]
        make_photo(folder / "images" / f"《{title}{n}》{who} 摄于{place}.jpg", n)
    db = folder / "gallery.db"
    summary = index(db, folder / "images", folder / "seeds")
    assert 0 == summary.failed, summary.failures
    return db


@pytest.fixture(scope="module")
def server(rich_db):
    app = create_app({"DATABASE": str(rich_db), "TESTING": True, "PER_PAGE": PER_PAGE})
    with live_server(app) as url:
        yield url


def open_page(browser, size: str, **options):
    width, height = SIZES[size]
    touch = size == "phone"
    context = browser.new_context(viewport={"width": width, "height": height}, locale="zh-CN",
                                  has_touch=touch, is_mobile=touch, **options)
    return context, context.new_page()


@pytest.fixture(params=list(SIZES))
def sized(request, browser, server):
    """A page at each of the three sizes; fails the test if anything loads from elsewhere."""
    context, page = open_page(browser, request.param)
    outside: list[str] = []
    page.on("request", lambda r: None if r.url.startswith((server, "data:")) else outside.append(r.url))
    yield request.param, page
    context.close()
    assert [] == outside


def shot(page, name: str, size: str, *, full: bool = False) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"ui-{name}-{size}.png"), full_page=full)


def wait_for_images(page, selector: str) -> None:
    page.wait_for_function(
        "sel => [...document.querySelectorAll(sel)].filter(i => i.getBoundingClientRect().top < innerHeight)"
        ".every(i => i.complete && i.naturalWidth > 0)", arg=selector)


GRID_GEOMETRY = """() => {
  const grid = document.querySelector('ul.grid').getBoundingClientRect();
  const tiles = [...document.querySelectorAll('ul.grid > li')].map(li => {
    const box = li.firstElementChild.getBoundingClientRect();
    return {top: Math.round(box.top), left: box.left, right: box.right, w: box.width, h: box.height,
            ratio: parseFloat(li.style.getPropertyValue('--r'))};
  });
  return {left: grid.left, right: grid.right, tiles};
}"""


def test_grid_rows_are_justified_at_true_aspect_ratios(sized, server):
    size, page = sized
    page.goto(server + "/")
    wait_for_images(page, "ul.grid img")
    geometry = page.evaluate(GRID_GEOMETRY)
    rows = [list(r) for _, r in groupby(geometry["tiles"], key=lambda t: t["top"])]
    assert len(rows) >= 2, rows
    for row in rows[:-1]:  # the last row keeps its natural height instead of stretching
        assert max(t["h"] for t in row) - min(t["h"] for t in row) < 1.5, row
        assert abs(row[0]["left"] - geometry["left"]) < 1.5 and abs(row[-1]["right"] - geometry["right"]) < 1.5
    for tile in geometry["tiles"]:
        assert abs(tile["w"] / tile["h"] - tile["ratio"]) / tile["ratio"] < 0.03, tile  # not cropped
    chosen = page.evaluate("[...document.querySelectorAll('ul.grid img')].slice(0, 3).map(i => i.currentSrc)")
    assert all("/thumb/" in url for url in chosen)
    shot(page, "grid", size)


def test_endless_scroll_keeps_its_place_on_back(browser, server):
    context, page = open_page(browser, "desktop")
    page.goto(server + "/")
    total = int(page.locator("h1 small").inner_text().split()[1])
    assert total > 3 * PER_PAGE
    for _ in range(10):
        page.mouse.wheel(0, 20000)
        page.wait_for_timeout(300)
        if page.locator("ul.grid > li").count() == total:
            break
    assert total == page.locator("ul.grid > li").count()
    target = page.locator("ul.grid > li").nth(total - 5)
    target.scroll_into_view_if_needed()
    place = page.evaluate("scrollY")
    page.goto(server + "/photographers")
    page.go_back()
    page.wait_for_function(f"document.querySelectorAll('ul.grid > li').length === {total}")
    page.wait_for_timeout(200)
    assert abs(place - page.evaluate("scrollY")) < 60
    context.close()


def test_viewer_keys_zoom_and_close(sized, server):
    size, page = sized
    page.goto(server + "/")
    links = page.locator("ul.grid a")
    ids = [int(links.nth(i).get_attribute("data-id")) for i in range(4)]
    links.nth(1).click()
    viewer = page.locator(".viewer")
    viewer.wait_for(state="visible")
    page.wait_for_url(f"**/view/{ids[1]}")
    page.wait_for_function("() => document.querySelector('.v-img').src.includes('/large.webp')")
    assert "2 / " in page.locator(".v-count").inner_text()
    for neighbour in (ids[0], ids[2]):  # both neighbours are loaded before they are asked for
        response = page.request.get(f"{server}/view/{neighbour}.json")
        large = response.json()["src"]["large"]
        response.dispose()
        page.wait_for_function("u => performance.getEntriesByType('resource').some(e => e.name.endsWith(u))",
                               arg=large)
    shot(page, "viewer", size)
    page.keyboard.press("ArrowRight")
    page.wait_for_url(f"**/view/{ids[2]}")
    page.keyboard.press("ArrowRight")
    page.wait_for_url(f"**/view/{ids[3]}")
    page.keyboard.press("ArrowLeft")
    page.wait_for_url(f"**/view/{ids[2]}")
    text = page.locator(".v-cap").inner_text()
    assert "摄）" in text  # the newspaper credit line
    page.keyboard.press("z")
    page.wait_for_function("() => document.querySelector('.viewer').classList.contains('zoomed')")
    page.wait_for_function("() => document.querySelector('.v-img').src.endsWith('/original')")
    page.keyboard.press("Escape")
    assert not viewer.evaluate("v => v.classList.contains('zoomed')")
    page.keyboard.press("Escape")
    viewer.wait_for(state="hidden")
    page.wait_for_url(server + "/")
    assert page.locator(f"ul.grid a[data-id='{ids[2]}']").evaluate("a => a === document.activeElement")


def swipe(page, start_x: float, end_x: float, y: float) -> None:
    """A real touch gesture through the DevTools protocol (touchstart, moves, touchend)."""
    cdp = page.context.new_cdp_session(page)
    cdp.send("Input.dispatchTouchEvent", {"type": "touchStart", "touchPoints": [{"x": start_x, "y": y}]})
    for step in range(1, 7):
        x = start_x + (end_x - start_x) * step / 6
        cdp.send("Input.dispatchTouchEvent", {"type": "touchMove", "touchPoints": [{"x": x, "y": y}]})
    cdp.send("Input.dispatchTouchEvent", {"type": "touchEnd", "touchPoints": []})
    cdp.detach()


def test_viewer_touch_swipe_on_a_phone(browser, server):
    context, page = open_page(browser, "phone")
    page.goto(server + "/")
    links = page.locator("ul.grid a")
    ids = [int(links.nth(i).get_attribute("data-id")) for i in range(3)]
    links.nth(0).tap()
    page.wait_for_url(f"**/view/{ids[0]}")
    swipe(page, 300, 60, 400)
    page.wait_for_url(f"**/view/{ids[1]}")
    swipe(page, 300, 60, 400)
    page.wait_for_url(f"**/view/{ids[2]}")
    swipe(page, 60, 300, 400)
    page.wait_for_url(f"**/view/{ids[1]}")
    page.wait_for_function("() => document.querySelector('.v-img').src.includes('/large.webp')")
    shot(page, "viewer-swiped", "phone")
    context.close()


def test_a_viewer_link_opens_the_same_view(sized, server):
    size, page = sized
    page.goto(server + "/photographer/周明生")
    first = page.locator("ul.grid a").first
    photo_id, title = int(first.get_attribute("data-id")), first.locator("img").get_attribute("alt")
    page.goto(server + f"/view/{photo_id}")
    page.locator(".viewer").wait_for(state="visible")
    assert "（周明生 摄）" in page.locator(".v-cap").inner_text()
    assert title in page.title()
    wait_for_images(page, ".v-img")
    shot(page, "viewer-link", size)
    page.keyboard.press("ArrowRight")
    # the next photo's view: waiting for any /view/ URL returned at once, before the step happened
    page.wait_for_url(lambda url: "/view/" in url and not url.endswith(f"/view/{photo_id}"))
    page.keyboard.press("Escape")
    page.wait_for_url("**/photo/*")


def test_without_javascript_the_viewer_falls_back_to_pages(browser, server):
    context, page = open_page(browser, "desktop", java_script_enabled=False)
    page.goto(server + "/")
    first = page.locator("ul.grid a").first
    photo_id = first.get_attribute("data-id")
    first.click()
    page.wait_for_url(f"**/photo/{photo_id}")
    page.locator("a.to-viewer").click()
    page.wait_for_url(f"**/view/{photo_id}")
    page.locator(".v-next").click()
    page.wait_for_url("**/view/*")
    assert f"/view/{photo_id}" not in page.url
    page.locator(".v-close").click()
    page.wait_for_url("**/photo/*")
    page.goto(server + "/")
    assert PER_PAGE == page.locator("ul.grid > li").count()
    page.locator(".pager a[rel=next]").click()
    page.wait_for_url("**/?*page=2*")
    context.close()


def test_timeline_years_months_and_days(sized, server):
    size, page = sized
    page.goto(server + "/timeline")
    year = page.locator("#y2023")
    assert "2023 年" in year.inner_text()
    shot(page, "timeline", size, full=True)
    year.locator("a", has_text="3 月").click()
    page.wait_for_url("**/timeline/2023/3")
    days = page.locator("section.day")
    assert days.count() >= 2
    headings = page.locator("section.day h2").all_inner_texts()
    assert all("3 月" in h and "星期" in h for h in headings)
    wait_for_images(page, "ul.grid img")
    shot(page, "month", size)
    page.fill("#jump-month", "2023-05")
    page.locator(".jump button").click()
    page.wait_for_url("**/timeline/2023/5")
    assert "2023 年 5 月" in page.locator("h1").inner_text()


def test_photographer_page(sized, server):
    size, page = sized
    page.goto(server + "/photographers")
    page.locator(".list a", has_text="李晓燕").click()
    page.wait_for_url("**/photographer/*")
    assert "李晓燕" == page.locator("h1").inner_text()
    facts = page.locator(".profile dl").inner_text()
    assert "张" in facts and "2023-" in facts
    assert page.locator(".profile .chips a").count() >= 2  # the places seen
    cover = page.locator(".profile .cover img")
    cover.wait_for(state="visible")
    wait_for_images(page, ".profile img, ul.grid img")
    shot(page, "photographer", size)
    page.locator(".profile .chips a").first.click()
    page.wait_for_url("**/place/*")
    assert "李晓燕" in page.locator(".profile").inner_text()


@pytest.mark.parametrize("url, name", [("/", "grid"), ("/photographer/周明生", "photographer")])
def test_dark_theme_follows_the_system(browser, server, url, name):
    context, page = open_page(browser, "desktop", color_scheme="dark")
    page.goto(server + url)
    background = page.evaluate("getComputedStyle(document.body).backgroundColor")
    assert "rgb(18, 18, 18)" == background
    wait_for_images(page, "img")
    shot(page, f"{name}-dark", "desktop")
    context.close()
