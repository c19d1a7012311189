"""Visitors never see contact details: pages, API answers, search results and public exports carry
no phone number (from a file name or typed by an editor), no e-mail, no editor's note, no history."""

from __future__ import annotations

import re
from html import unescape
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import pytest

from gallery.store import Store

from .editor_support import PHONE, add_user, app_for, copy_db, photo_id_named, sign_in

TYPED_PHONE = "13900001111"
EMAIL = "chen.weidong@example.cn"
NOTE = "作者要求只在内部使用这个联系方式"
SECRETS = (PHONE, TYPED_PHONE, EMAIL, NOTE, "137 7558 4488", "王编辑")
SKIP = ("/thumb/", "/original", "/static/", "/signin", "/export/xmp.zip")


@pytest.fixture(scope="module")
def db(sample_db: Path, tmp_path_factory) -> Path:
    """The sample, with an editor's private fields on the photo whose file name holds a phone."""
    copied = copy_db(sample_db, tmp_path_factory.mktemp("privacy"))
    add_user(copied)
    app = app_for(copied)
    client = app.test_client()
    token = sign_in(client)
    photo_id = photo_id_named(copied, "无尘仓储")
    saved = client.post(f"/photo/{photo_id}/edit", data={
        "csrf_token": token, "version": "0", "f_phones": f"{PHONE}、{TYPED_PHONE}", "o_phones": PHONE,
        "f_email": EMAIL, "o_email": "", "f_note": NOTE, "o_note": "", "f_title": "无尘储煤", "o_title": "无尘仓储"})
    assert 302 == saved.status_code
    return copied


def crawl(client, starts: list[str], limit: int = 400) -> dict[str, str]:
    """Every page a visitor can reach by following links from ``starts`` (text answers only)."""
    seen: dict[str, str] = {}
    queue = list(starts)
    while queue and len(seen) < limit:
        url = queue.pop(0)
        if url in seen or url.startswith(SKIP):
            continue
        response = client.get(url)
        body = response.get_data(as_text=True) if response.mimetype.startswith(("text/", "application/json")) else ""
        response.close()
        seen[url] = body
        for link in re.findall(r'(?:href|src|action)="([^"]+)"', body):
            target = urljoin(url, unescape(link))
            parts = urlsplit(target)
            if not parts.netloc and parts.path.startswith("/"):
                queue.append(parts.path + (f"?{parts.query}" if parts.query else ""))
    return seen


def test_visitor_pages_api_and_exports_never_show_contact_details(db: Path):
    client = app_for(db).test_client()
    store = Store(db)
    try:
        ids = [r[0] for r in store.conn.execute("SELECT id FROM photos")]
    finally:
        store.close()
    starts = ["/", "/photographers", "/places", "/articles", "/errors", "/timeline",
              "/api/photos?per_page=200", "/export/photos.csv?all=1", "/export/photos.json?all=1",
              "/export/credits.csv?all=1", "/export/credits.json?all=1",
              *[f"/photo/{i}" for i in ids], *[f"/api/photos/{i}" for i in ids]]
    pages = crawl(client, starts)
    assert len(pages) > len(starts)
    leaks = {url: [s for s in SECRETS if s in body] for url, body in pages.items()}
    assert {} == {url: found for url, found in leaks.items() if found}
    assert "无尘储煤" in pages["/export/photos.csv?all=1"]  # the edit itself is public


@pytest.mark.parametrize("query", [PHONE, TYPED_PHONE, "13775584488 无尘", EMAIL, "作者要求"])
def test_searching_for_a_contact_finds_nothing(db: Path, query: str):
    client = app_for(db).test_client()
    answer = client.get("/api/photos", query_string={"q": query}).get_json()
    assert 0 == answer["total"]


def test_visitors_see_no_editor_tools(db: Path):
    client = app_for(db).test_client()
    photo = client.get(f"/photo/{photo_id_named(db, '无尘仓储')}").get_data(as_text=True)
    home = client.get("/").get_data(as_text=True)
    for html in (photo, home):
        assert ("ed-panel", "ed-bulk", "editor.js", "csrf_token", "修改记录") == tuple(
            t for t in ("ed-panel", "ed-bulk", "editor.js", "csrf_token", "修改记录") if t not in html)


def test_editors_see_private_fields_on_the_photo_page(db: Path):
    client = app_for(db).test_client()
    sign_in(client)
    html = client.get(f"/photo/{photo_id_named(db, '无尘仓储')}").get_data(as_text=True)
    assert (TYPED_PHONE, EMAIL, NOTE, "不公开") == tuple(t for t in (TYPED_PHONE, EMAIL, NOTE, "不公开") if t in html)


def test_a_taiwan_mobile_in_a_file_name_is_kept_for_editors_only(tmp_path: Path):
    """Session 23: a contest in Taiwan asks for `作品+姓名+09xx-xxx-xxx`; the number is a phone like ours."""
    from PIL import Image

    from .conftest import index

    folder = tmp_path / "entries"
    folder.mkdir()
    Image.new("RGB", (64, 48), (200, 100, 50)).save(folder / "曉光+林志明+0987654321.jpg")
    Image.new("RGB", (64, 48), (50, 100, 200)).save(folder / "晚霞_陳志明_0987-654-321.jpg")
    db = tmp_path / "gallery.db"
    assert index(db, folder).failed == 0
    store = Store(db)
    try:
        phones = sorted(row[0] for row in store.conn.execute("SELECT private FROM photos"))
        ids = [r[0] for r in store.conn.execute("SELECT id FROM photos")]
    finally:
        store.close()
    assert all("0987654321" in p for p in phones)  # stored for editors
    client = app_for(db).test_client()
    pages = crawl(client, ["/", "/api/photos?per_page=200", "/export/photos.json?all=1",
                           *[f"/photo/{i}" for i in ids], *[f"/api/photos/{i}" for i in ids]])
    assert {} == {url: body for url, body in pages.items() if "0987654321" in body or "0987-654-321" in body}
    assert 0 == client.get("/api/photos", query_string={"q": "0987654321"}).get_json()["total"]
