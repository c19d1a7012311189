"""The gallery in real headless Chromium (Debian's /usr/bin/chromium, driven by Playwright)."""

from __future__ import annotations

import pytest

from gallery.web import create_app

from .browser import ARTIFACTS, CHROMIUM, CHROMIUM_ARGS, browser_page, live_server

__all__ = ["ARTIFACTS", "CHROMIUM", "CHROMIUM_ARGS", "page", "server"]

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def server(sample_db):
    with live_server(create_app({"DATABASE": str(sample_db), "TESTING": True})) as url:
        yield url


@pytest.fixture
def page(browser):
    with browser_page(browser, 1366, 768) as opened:
        yield opened


def test_search_zhenjiang_shows_caicha_and_its_photographer(server, page):
    page.goto(server + "/")
    page.fill("input[name=q]", "镇江")
    page.press("input[name=q]", "Enter")
    page.wait_for_url("**/?q=*")
    thumb = page.locator("ul.grid img[alt='采茶']")
    assert 1 == thumb.count()
    thumb.scroll_into_view_if_needed()
    page.wait_for_function("img => img.complete && img.naturalWidth > 0", arg=thumb.element_handle())
    thumb.hover()
    caption = page.locator("ul.grid .cap", has_text="周明生")
    caption.wait_for(state="visible")
    assert "采茶" in caption.inner_text()
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "search-zhenjiang.png"), full_page=True)


def test_photo_page_shows_sources(server, page):
    page.goto(server + "/?q=无尘仓储")
    page.locator("ul.grid a").first.click()  # opens the viewer; its info link leads to the photo page
    # the link's target is set when the viewer's data arrives: wait for it (a click before that follows `#`)
    page.wait_for_function("() => (document.querySelector('.v-info') || {}).href?.includes('/photo/')")
    page.locator(".v-info").click()
    page.wait_for_url("**/photo/*")
    photographers = page.locator("tr.field-photographers")
    assert "陈卫东" in photographers.inner_text()
    assert "文件名" in photographers.inner_text()
    assert "13775584488" not in page.content()
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "photo-wuchen.png"), full_page=True)
