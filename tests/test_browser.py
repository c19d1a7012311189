"""The gallery in real headless Chromium (Debian's /usr/bin/chromium, driven by Playwright)."""

from __future__ import annotations

import os
import threading
from pathlib import Path

import pytest
from werkzeug.serving import make_server

from gallery.web import create_app

from .conftest import ROOT

CHROMIUM = os.environ.get("GALLERY_CHROMIUM", "/usr/bin/chromium")
ARTIFACTS = ROOT / "test-artifacts"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]

pytestmark = pytest.mark.browser

if not Path(CHROMIUM).exists():  # .ci/run installs it; say so loudly rather than pass quietly
    pytest.fail(f"{CHROMIUM} is missing: run .ci/run (it installs Debian's chromium)", pytrace=False)


@pytest.fixture(scope="module")
def server(sample_db):
    app = create_app({"DATABASE": str(sample_db), "TESTING": True})
    httpd = make_server("127.0.0.1", 0, app, threaded=True)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_port}"
    httpd.shutdown()


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        yield launched
        launched.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1366, "height": 768}, locale="zh-CN")
    opened = context.new_page()
    yield opened
    context.close()


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
    page.locator("ul.grid a").first.click()
    page.wait_for_url("**/photo/*")
    photographers = page.locator("tr.field-photographers")
    assert "陈卫东" in photographers.inner_text()
    assert "文件名" in photographers.inner_text()
    assert "13775584488" not in page.content()
    page.screenshot(path=str(ARTIFACTS / "photo-wuchen.png"), full_page=True)
