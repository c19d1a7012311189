"""The duplicates pages in real headless Chromium: a group side by side, keep one and merge, contest view."""

from __future__ import annotations

from pathlib import Path

import pytest

from gallery.store import Store
from gallery.web import create_app

from .browser import ARTIFACTS, browser_page, live_server
from .editor_support import PASSWORD, add_user, copy_db
from .test_dupes import CONTEST_COPY, ORIGINAL, PHONE, archive, ids_by_name  # noqa: F401  (fixture)

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def db(archive: Path, tmp_path_factory) -> Path:  # noqa: F811
    copied = copy_db(archive, tmp_path_factory.mktemp("dupes-browser"))
    add_user(copied)
    return copied


@pytest.fixture(scope="module")
def server(db: Path):
    with live_server(create_app({"DATABASE": str(db), "TESTING": True})) as url:
        yield url


@pytest.fixture
def page(browser):
    with browser_page(browser, 1440, 1000) as opened:
        yield opened


def sign_in(page, server: str) -> None:
    page.goto(server + "/signin")
    page.fill("#name", "王编辑")
    page.fill("#password", PASSWORD)
    page.click("button[type=submit].ed-primary")
    page.wait_for_url(server + "/")


def test_group_page_side_by_side_then_keep_and_merge(server, page, db):
    ids = ids_by_name(db)
    group = ids[ORIGINAL]
    page.goto(f"{server}/duplicates/{group}")
    cards = page.locator("li.dup-card")
    assert 5 == cards.count()
    assert page.locator(".dup-alert").inner_text().count("陈卫东") == 1
    first, second = cards.nth(0).bounding_box(), cards.nth(1).bounding_box()
    assert True is (abs(first["y"] - second["y"]) < 2 and second["x"] > first["x"])  # side by side
    assert True is page.evaluate("[...document.images].every(i => i.complete && i.naturalWidth > 0)")
    assert PHONE not in page.content()
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "dupes-group.png"), full_page=True)

    sign_in(page, server)
    page.goto(f"{server}/duplicates/{group}")
    page.check(f"#m{group} input[name=kept]")
    page.wait_for_url(f"**/duplicates/{group}?keep={group}")
    assert True is page.locator(f"#m{group}").evaluate("e => e.classList.contains('kept')")
    page.fill("textarea[name=caption]", "2019年4月19日，游客在镇江茶博园采茶。")
    page.screenshot(path=str(ARTIFACTS / "dupes-merge.png"), full_page=True)
    page.click(".dup-merge button[type=submit]")
    page.wait_for_url(f"**/duplicates/{group}")
    assert True is ("已保留照片" in page.locator(".ed-toasts").inner_text())
    assert True is ("已处理" in page.locator(".dup-decided").inner_text())
    store = Store(db)
    try:
        assert "2019年4月19日，游客在镇江茶博园采茶。" == store.photo(group)["caption"]
    finally:
        store.close()


def test_contest_view_lists_the_two_entrants_first(server, page, db):
    page.goto(server + "/contest")
    first = page.locator(".dup-row").first
    assert True is ("contested" in (first.get_attribute("class") or ""))
    names = first.inner_text()
    assert (True, True) == ("周明生" in names, "陈卫东" in names)
    assert 2 == page.locator(".dup-table tr.contested").count()
    page.screenshot(path=str(ARTIFACTS / "dupes-contest.png"), full_page=True)


def test_photo_page_shows_similar_pictures(server, page, db):
    ids = ids_by_name(db)
    page.goto(f"{server}/photo/{ids[CONTEST_COPY]}")
    similar = page.locator("section.similar")
    assert True is similar.is_visible()
    assert 4 == similar.locator("li").count()
    similar.screenshot(path=str(ARTIFACTS / "dupes-similar.png"))
