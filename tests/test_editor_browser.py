"""An editor in real headless Chromium: sign in, select a search result, bulk-edit it with a
template, see the history on a photo page, and revert the whole step."""

from __future__ import annotations

from pathlib import Path

import pytest

from gallery.store import Store
from gallery.web import create_app

from .browser import ARTIFACTS, browser_page, live_server
from .editor_support import PASSWORD, add_user, copy_db

pytestmark = pytest.mark.browser
TEMPLATE = "{date} {place}[（{photographer} 摄）]"


@pytest.fixture(scope="module")
def db(sample_db: Path, tmp_path_factory) -> Path:
    copied = copy_db(sample_db, tmp_path_factory.mktemp("editor-browser"))
    add_user(copied)
    return copied


@pytest.fixture(scope="module")
def server(db: Path):
    with live_server(create_app({"DATABASE": str(db), "TESTING": True})) as url:
        yield url


@pytest.fixture
def page(browser, server):
    with browser_page(browser, 1366, 900) as opened:
        opened.goto(server + "/signin")
        opened.fill("#name", "王编辑")
        opened.fill("#password", PASSWORD)
        opened.click("button[type=submit].ed-primary")
        opened.wait_for_url(server + "/")
        yield opened


def captions(db: Path, ids: list[int]) -> dict[int, str | None]:
    store = Store(db)
    try:
        return {i: store.photo(i)["caption"] for i in ids}
    finally:
        store.close()


def search_ids(db: Path, query: str) -> list[int]:
    store = Store(db)
    try:
        return [p["id"] for p in store.search(query, per_page=1000).photos]
    finally:
        store.close()


def test_bulk_edit_a_search_result_with_a_template_then_revert_it(page, server, db):
    ids = search_ids(db, "江苏")
    before = captions(db, ids)
    assert len(ids) >= 2
    page.goto(server + "/?q=江苏")
    page.click("#ed-select-all")
    assert f"已选全部 {len(ids)} 个结果" == page.inner_text("#ed-count")
    page.select_option("#ed-field", "caption")
    page.select_option("#ed-op", "set")
    page.fill("#ed-template", TEMPLATE)
    page.click("#ed-preview-btn")
    page.wait_for_selector(".ed-preview-summary")
    assert f"将修改 {len(ids)} 张照片" in page.inner_text("#ed-preview")
    page.click("#ed-apply")
    page.wait_for_selector(".ed-done")
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "editor-bulk-done.png"), full_page=True)
    after = captions(db, ids)
    assert all(after[i] and after[i] != before[i] for i in ids)
    assert any("摄）" in after[i] for i in ids)

    page.goto(f"{server}/photo/{ids[0]}")
    history = page.locator("table.ed-history tr.ed-change").first
    assert "王编辑" in history.inner_text() and "批量替换为图说" in history.inner_text()
    assert after[ids[0]] in page.inner_text("#ed-f-caption") or after[ids[0]] == page.input_value("#ed-f-caption")
    page.screenshot(path=str(ARTIFACTS / "editor-photo-history.png"), full_page=True)
    page.click("button.ed-revert-step")
    page.wait_for_selector(".ed-toast")
    assert "已撤销" in page.inner_text(".ed-toasts")
    assert before == captions(db, ids)
    assert "已撤销" in page.locator("table.ed-history tr.ed-change").nth(1).inner_text()
    page.screenshot(path=str(ARTIFACTS / "editor-reverted.png"), full_page=True)


def test_click_and_shift_click_select_a_range(page, server):
    page.goto(server + "/")
    page.click("#ed-clear")
    page.click("#ed-select-mode")
    links = page.locator('ul.grid a[href^="/photo/"]')
    links.nth(0).click()
    links.nth(3).click(modifiers=["Shift"])
    assert "已选 4 张" == page.inner_text("#ed-count")
    assert page.url == server + "/"  # clicks selected, they did not open photos
    links.nth(1).click()
    assert "已选 3 张" == page.inner_text("#ed-count")
    page.screenshot(path=str(ARTIFACTS / "editor-selection.png"))
