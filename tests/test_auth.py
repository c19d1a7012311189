"""Accounts: salted hashes, the session cookie, CSRF on every write, roles, rate-limited sign-in."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest
from click.testing import CliRunner

from gallery.cli import main
from gallery.store import Store
from gallery.web import create_app

from .editor_support import PASSWORD, add_user, app_for, copy_db, csrf_of, sign_in


@pytest.fixture
def db(sample_db: Path, tmp_path: Path) -> Path:
    copied = copy_db(sample_db, tmp_path)
    add_user(copied, "王编辑", "editor")
    add_user(copied, "管理员", "admin")
    return copied


@pytest.fixture
def client(db: Path):
    return app_for(db).test_client()


def signin_form(client, name: str, password: str):
    page = client.get("/signin")
    token = csrf_of(page.get_data(as_text=True))
    return client.post("/signin", data={"name": name, "password": password, "csrf_token": token})


def test_cli_adds_users_with_salted_hashes(tmp_path: Path):
    db = tmp_path / "g.db"
    runner = CliRunner()
    for name, role in (("张编辑", "editor"), ("李主任", "admin")):
        result = runner.invoke(main, ["user", "add", name, "--role", role, "--password-stdin", "--db", str(db)],
                               input=f"{PASSWORD}\n")
        assert 0 == result.exit_code, result.output
    store = Store(db)
    try:
        rows = {u["name"]: store.user_named(u["name"]) for u in store.users()}
    finally:
        store.close()
    assert {"张编辑": "editor", "李主任": "admin"} == {n: r["role"] for n, r in rows.items()}
    hashes = [r["password_hash"] for r in rows.values()]
    assert hashes[0] != hashes[1]  # same password, different salt
    assert all(PASSWORD not in h and h.startswith(("scrypt:", "pbkdf2:")) for h in hashes)
    again = runner.invoke(main, ["user", "add", "张编辑", "--password-stdin", "--db", str(db)], input=f"{PASSWORD}\n")
    assert (1, "已存在") == (again.exit_code, "已存在" if "已存在" in again.output else again.output)
    short = runner.invoke(main, ["user", "add", "赵", "--password-stdin", "--db", str(db)], input="short\n")
    assert 1 == short.exit_code and "至少" in short.output


def test_cli_lists_disables_and_changes_passwords(db: Path):
    runner = CliRunner()
    listed = runner.invoke(main, ["user", "list", "--db", str(db)])
    assert "王编辑" in listed.output and "管理员" in listed.output
    assert 0 == runner.invoke(main, ["user", "disable", "王编辑", "--db", str(db)]).exit_code
    assert 401 == signin_form(app_for(db).test_client(), "王编辑", PASSWORD).status_code
    assert 0 == runner.invoke(main, ["user", "enable", "王编辑", "--db", str(db)]).exit_code
    assert 0 == runner.invoke(main, ["user", "passwd", "王编辑", "--password-stdin", "--db", str(db)],
                              input="another password\n").exit_code
    assert 302 == signin_form(app_for(db).test_client(), "王编辑", "another password").status_code
    last_admin = runner.invoke(main, ["user", "role", "管理员", "editor", "--db", str(db)])
    assert 1 == last_admin.exit_code and "最后一位管理员" in last_admin.output


def test_session_cookie_is_httponly_and_samesite(client):
    response = signin_form(client, "王编辑", PASSWORD)
    cookie = response.headers["Set-Cookie"]
    assert (302, True, True) == (response.status_code, "HttpOnly" in cookie, "SameSite=Lax" in cookie)


def test_wrong_password_and_unknown_name_get_the_same_answer(client):
    wrong, unknown = signin_form(client, "王编辑", "nope nope"), signin_form(client, "没有这人", "nope nope")
    assert (401, 401) == (wrong.status_code, unknown.status_code)
    assert "用户名或密码不对" in wrong.get_data(as_text=True) and "用户名或密码不对" in unknown.get_data(as_text=True)


def test_failed_signins_are_rate_limited_even_for_the_right_password(client):
    for _ in range(5):
        assert 401 == signin_form(client, "王编辑", "guess guess").status_code
    locked = signin_form(client, "王编辑", PASSWORD)
    assert 429 == locked.status_code
    assert "分钟后再试" in locked.get_data(as_text=True)
    assert 302 == signin_form(client, "管理员", PASSWORD).status_code  # another account is not locked


@pytest.mark.parametrize(
    "method, url, kwargs",
    [
        ("post", "/photo/1/edit", {"data": {"f_title": "x", "o_title": "", "version": "0"}}),
        ("post", "/api/edit/bulk", {"json": {"ids": [1], "field": "title", "op": "set", "template": "x"}}),
        ("post", "/api/edit/photos/1", {"json": {"version": 0, "values": {"title": "x"}}}),
        ("post", "/history/1/revert", {"data": {}}),
        ("post", "/review/1/confirm", {"data": {}}),
        ("post", "/import/apply", {"data": {"payload": ""}}),
        ("post", "/users", {"data": {"name": "坏人", "role": "admin", "password": "12345678"}}),
        ("post", "/signout", {"data": {}}),
    ],
)
def test_every_write_needs_the_csrf_token(client, method, url, kwargs):
    sign_in(client, "管理员")
    response = getattr(client, method)(url, **kwargs)
    assert 400 == response.status_code
    assert "CSRF" in response.get_data(as_text=True)
    bad = getattr(client, method)(url, headers={"X-CSRF-Token": "forged"}, **kwargs)
    assert 400 == bad.status_code


def test_signin_form_itself_needs_the_token(client):
    assert 400 == client.post("/signin", data={"name": "王编辑", "password": PASSWORD}).status_code


@pytest.mark.parametrize("url", ["/review", "/history", "/import", "/users"])
def test_visitors_are_sent_to_sign_in(client, url):
    response = client.get(url)
    assert (302, "/signin") == (response.status_code, response.headers["Location"].split("?")[0])


def test_visitors_cannot_write_even_with_a_token(client):
    token = csrf_of(client.get("/signin").get_data(as_text=True))
    response = client.post("/api/edit/bulk", json={"ids": [1], "field": "title", "op": "set", "template": "x"},
                           headers={"X-CSRF-Token": token})
    assert 401 == response.status_code


def test_editors_cannot_manage_users_admins_can(client, db):
    token = sign_in(client, "王编辑")
    assert 403 == client.get("/users").status_code
    assert 403 == client.post("/users", data={"csrf_token": token, "name": "x", "role": "admin",
                                             "password": PASSWORD}).status_code
    admin = app_for(db).test_client()
    token = sign_in(admin, "管理员")
    assert 200 == admin.get("/users").status_code
    added = admin.post("/users", data={"csrf_token": token, "name": "新编辑", "role": "editor", "password": PASSWORD})
    assert 302 == added.status_code
    assert 302 == signin_form(app_for(db).test_client(), "新编辑", PASSWORD).status_code


def test_a_new_password_signs_out_existing_sessions(client, db):
    sign_in(client, "王编辑")
    assert 200 == client.get("/review").status_code
    admin = app_for(db).test_client()
    token = sign_in(admin, "管理员")
    store = Store(db)
    try:
        user_id = store.user_named("王编辑")["id"]
    finally:
        store.close()
    assert 302 == admin.post(f"/users/{user_id}", data={"csrf_token": token, "password": "brand new pass"}).status_code
    assert 302 == client.get("/review").status_code


def test_signout(client):
    token = sign_in(client)
    assert 302 == client.post("/signout", data={"csrf_token": token}).status_code
    assert 302 == client.get("/review").status_code


@pytest.mark.parametrize("target, expected", [("//evil.example/x", "/"), ("https://evil.example", "/"),
                                              ("/review", "/review"), ("/\\evil.example", "/")])
def test_no_open_redirect_after_sign_in(client, target, expected):
    token = csrf_of(client.get("/signin").get_data(as_text=True))
    response = client.post("/signin", data={"name": "王编辑", "password": PASSWORD, "csrf_token": token, "next": target})
    assert expected == response.headers["Location"]


def test_session_key_lasts_across_restarts_and_is_private(db: Path, monkeypatch):
    monkeypatch.delenv("GALLERY_SECRET_KEY", raising=False)
    first = create_app({"DATABASE": str(db)})
    second = create_app({"DATABASE": str(db)})
    secret = db.with_suffix(".secret")
    assert first.config["SECRET_KEY"] == second.config["SECRET_KEY"] == secret.read_text().strip()
    assert 0o600 == stat.S_IMODE(os.stat(secret).st_mode)
    client = first.test_client()
    sign_in(client)
    restarted = second.test_client()
    restarted.set_cookie("gallery_session", client.get_cookie("gallery_session").value)
    assert 200 == restarted.get("/review").status_code
