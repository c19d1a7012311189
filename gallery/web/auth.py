"""Editors' accounts in the web app: sign in and out, CSRF, roles, and the users page (admins).

The session is Flask's signed cookie (HttpOnly, SameSite=Lax) holding the account id and its
session generation: a new password or a disabled account ends every session at once. Every
POST/PUT/PATCH/DELETE must carry the session's CSRF token (form field ``csrf_token`` or header
``X-CSRF-Token``). Failed sign-ins are counted per account name and per address in the
database, so the limit holds across processes and restarts.
"""

from __future__ import annotations

import hmac
import logging
import os
import secrets
import time
from collections.abc import Callable
from datetime import timedelta
from functools import wraps
from pathlib import Path
from typing import Any

from flask import (
    Blueprint,
    Flask,
    abort,
    flash,
    g,
    jsonify,
    redirect,
    render_template,
    request,
    session,
    url_for,
)
from werkzeug.security import check_password_hash, generate_password_hash

from ..store.edits import EditError
from . import get_store

log = logging.getLogger(__name__)
bp = Blueprint("auth", __name__)

ROLES = {"editor": "编辑", "admin": "管理员"}
MAX_FAILURES = 5  # per account name within the window
MAX_ADDRESS_FAILURES = 20  # per client address within the window
WINDOW_S = 15 * 60
MIN_PASSWORD = 8
UNSAFE = {"POST", "PUT", "PATCH", "DELETE"}
# checked when the name is unknown, so a wrong name costs as long as a wrong password
_DUMMY_HASH = generate_password_hash(secrets.token_hex(8))


def init_app(app: Flask) -> None:
    """Cookie settings, a lasting secret key, the signed-in user and CSRF on every write."""
    app.config["SESSION_COOKIE_NAME"] = "gallery_session"
    app.config["SESSION_COOKIE_HTTPONLY"] = True
    app.config["SESSION_COOKIE_SAMESITE"] = app.config.get("SESSION_COOKIE_SAMESITE") or "Lax"
    app.config["PERMANENT_SESSION_LIFETIME"] = timedelta(hours=12)  # one working day
    if not os.environ.get("GALLERY_SECRET_KEY") and not app.config.get("SECRET_KEY_GIVEN"):
        app.config["SECRET_KEY"] = lasting_secret(app.config["DATABASE"]) or app.config["SECRET_KEY"]
    app.before_request(_load_user)
    app.before_request(_check_csrf)
    app.context_processor(lambda: {"current_user": g.get("user"), "csrf_token": csrf_token, "ROLES": ROLES})
    app.register_blueprint(bp)


def lasting_secret(db_path: str) -> str | None:
    """The session key kept beside the database (``gallery.secret``), made on first use."""
    path = Path(db_path).with_suffix(".secret")
    try:
        if not path.exists():
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            with os.fdopen(fd, "w") as handle:
                handle.write(secrets.token_hex(32))
        return path.read_text().strip() or None
    except FileExistsError:
        return path.read_text().strip() or None
    except OSError as exc:  # a read-only folder: sessions last until the process ends
        log.warning("cannot keep a session key beside %s: %s", db_path, exc.strerror)
        return None


def csrf_token() -> str:
    """The session's CSRF token (made on first use)."""
    if "csrf" not in session:
        session["csrf"] = secrets.token_urlsafe(32)
    return session["csrf"]


def _check_csrf():
    if request.method not in UNSAFE:
        return None
    sent = request.headers.get("X-CSRF-Token") or request.form.get("csrf_token") or ""
    expected = session.get("csrf")
    if expected and hmac.compare_digest(sent.encode(), expected.encode()):
        return None
    message = "请求已过期或来源不明（CSRF 校验失败），请刷新页面后重试。"
    if _wants_json():
        return jsonify(error=message), 400
    return render_template("error.html", message=message), 400


def _load_user() -> None:
    g.user = None
    user_id, generation = session.get("uid"), session.get("gen")
    if not user_id:
        return
    user = get_store().user_by_id(user_id)
    if user and user["active"] and user["session_gen"] == generation:
        g.user = {"id": user["id"], "name": user["name"], "role": user["role"]}
    else:
        session.pop("uid", None)


def _wants_json() -> bool:
    return request.path.startswith("/api/") or request.is_json or (
        request.accept_mimetypes.best == "application/json")


def editor_required(view: Callable[..., Any]) -> Callable[..., Any]:
    """Only signed-in editors (and admins); others are sent to sign in."""
    @wraps(view)
    def wrapped(*args: Any, **kwargs: Any) -> Any:
        if g.get("user") is None:
            if _wants_json():
                return jsonify(error="请先登录"), 401
            return redirect(url_for("auth.signin", next=request.full_path if request.method == "GET" else None))
        return view(*args, **kwargs)
    return wrapped


def admin_required(view: Callable[..., Any]) -> Callable[..., Any]:
    """Only admins."""
    @wraps(view)
    @editor_required
    def wrapped(*args: Any, **kwargs: Any) -> Any:
        if g.user["role"] != "admin":
            abort(403)
        return view(*args, **kwargs)
    return wrapped


def is_editor() -> bool:
    return g.get("user") is not None


def _safe_next(target: str | None) -> str:
    if target and target.startswith("/") and not target.startswith("//") and "\\" not in target:
        return target
    return url_for("pages.index")


def _locked(name: str) -> int:
    """Seconds until sign-in is allowed again for this name or address (0: allowed)."""
    store = get_store()
    waits = []
    for key, limit in ((f"name:{name.lower()}", MAX_FAILURES), (f"addr:{request.remote_addr}", MAX_ADDRESS_FAILURES)):
        count, oldest = store.signin_failures(key, WINDOW_S)
        if count >= limit and oldest is not None:
            waits.append(int(oldest + WINDOW_S - time.time()) + 1)
    return max(waits, default=0)


@bp.route("/signin", methods=["GET", "POST"])
def signin():
    """The sign-in form; rate-limited per account and per address."""
    if request.method == "GET":
        return render_template("signin.html", next=request.args.get("next", ""))
    name = request.form.get("name", "").strip()[:100]
    password = request.form.get("password", "")[:1000]
    wait = _locked(name)
    if wait:
        minutes = max(1, round(wait / 60))
        return render_template("signin.html", error=f"登录失败次数过多，请 {minutes} 分钟后再试。",
                               name=name, next=request.form.get("next", "")), 429
    store = get_store()
    user = store.user_named(name) if name else None
    good = check_password_hash(user["password_hash"] if user else _DUMMY_HASH, password)
    if not (user and good and user["active"]):
        store.note_signin_failure([f"name:{name.lower()}", f"addr:{request.remote_addr}"])
        return render_template("signin.html", error="用户名或密码不对。", name=name,
                               next=request.form.get("next", "")), 401
    store.clear_signin_failures(f"name:{name.lower()}")
    store.note_signin(user["id"])
    session.clear()  # a fresh session: no token from before sign-in survives
    session.permanent = True
    session.update(uid=user["id"], gen=user["session_gen"], csrf=secrets.token_urlsafe(32))
    return redirect(_safe_next(request.form.get("next")))


@bp.route("/signout", methods=["POST"])
def signout():
    session.clear()
    return redirect(url_for("pages.index"))


@bp.route("/users")
@admin_required
def users():
    return render_template("users.html", users=get_store().users())


@bp.route("/users", methods=["POST"])
@admin_required
def add_user():
    name = request.form.get("name", "").strip()
    role = request.form.get("role", "editor")
    error = check_account(name, role, request.form.get("password", ""))
    if not error:
        try:
            get_store().add_user(name, role, hash_password(request.form["password"]))
            flash(f"已添加{ROLES[role]} {name}")
        except EditError as exc:
            error = str(exc)
    if error:
        flash(error, "error")
    return redirect(url_for("auth.users"))


@bp.route("/users/<int:user_id>", methods=["POST"])
@admin_required
def change_user(user_id: int):
    form = request.form
    role = form.get("role") if form.get("role") in ROLES else None
    password = form.get("password") or None
    active = {"1": True, "0": False}.get(form.get("active", ""))
    if password and len(password) < MIN_PASSWORD:
        flash(f"密码至少 {MIN_PASSWORD} 位", "error")
        return redirect(url_for("auth.users"))
    try:
        get_store().update_user(user_id, role=role, password_hash=hash_password(password) if password else None,
                                active=active)
        flash("已保存")
    except EditError as exc:
        flash(str(exc), "error")
    return redirect(url_for("auth.users"))


def check_account(name: str, role: str, password: str) -> str | None:
    """Why an account cannot be made this way (None when it can)."""
    if not name or len(name) > 40 or any(c.isspace() or not c.isprintable() for c in name):
        return "用户名不能为空，不能含空格，最多 40 个字"
    if role not in ROLES:
        return f"角色只能是 {'、'.join(ROLES)}"
    if len(password) < MIN_PASSWORD:
        return f"密码至少 {MIN_PASSWORD} 位"
    return None


def hash_password(password: str) -> str:
    """A salted hash (werkzeug's scrypt)."""
    return generate_password_hash(password)


def current_user_name() -> str:
    return g.user["name"] if g.get("user") else ""
