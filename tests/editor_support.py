"""Shared set-up for the editors' tests: a writable copy of the indexed sample, accounts, sign-in."""

from __future__ import annotations

import re
import shutil
import sqlite3
from pathlib import Path

from gallery.store import Store, thumbs_dir_for
from gallery.web import create_app
from gallery.web.auth import hash_password

PASSWORD = "correct horse 9"
PHONE = "13775584488"


def copy_db(source: Path, folder: Path) -> Path:
    """A private copy of an indexed database (and its thumbnails) that a test may change."""
    target = folder / "gallery.db"
    with sqlite3.connect(source) as src, sqlite3.connect(target) as dst:
        src.backup(dst)
    src.close()
    dst.close()
    if thumbs_dir_for(source).exists():
        shutil.copytree(thumbs_dir_for(source), thumbs_dir_for(target))
    return target


def add_user(db: Path, name: str = "王编辑", role: str = "editor", password: str = PASSWORD) -> int:
    store = Store(db)
    try:
        return store.add_user(name, role, hash_password(password))
    finally:
        store.close()


def csrf_of(html: str) -> str:
    """The CSRF token a page's forms carry."""
    found = re.search(r'name="csrf_token" value="([^"]+)"', html)
    assert found, "page has no CSRF token"
    return found.group(1)


def sign_in(client, name: str = "王编辑", password: str = PASSWORD):
    """Sign a test client in through the real form; returns the session's CSRF token."""
    page = client.get("/signin")
    token = csrf_of(page.get_data(as_text=True))
    page.close()
    response = client.post("/signin", data={"name": name, "password": password, "csrf_token": token})
    assert 302 == response.status_code, response.get_data(as_text=True)[:500]
    response.close()
    home = client.get("/")
    token = csrf_of(home.get_data(as_text=True))
    home.close()
    return token


def app_for(db: Path):
    return create_app({"DATABASE": str(db), "TESTING": True})


def photo_id_named(db: Path, fragment: str) -> int:
    store = Store(db)
    try:
        row = store.conn.execute("SELECT photo_id FROM files WHERE name LIKE ?", (f"%{fragment}%",)).fetchone()
        return row[0]
    finally:
        store.close()
