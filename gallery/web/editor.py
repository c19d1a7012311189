"""Editors' pages and write API: edit a photo, bulk edits, review, history and reverts, import/export.

Thin: each view reads the request, calls :class:`gallery.captioning.Captioning`, and renders or
answers JSON. Exports are open to visitors with public fields only; everything else needs an
editor (see :mod:`gallery.web.auth`).
"""

from __future__ import annotations

import base64
import binascii
import io
import json
import zipfile
from datetime import datetime
from typing import Any

from flask import (
    Blueprint,
    Flask,
    Response,
    abort,
    flash,
    g,
    jsonify,
    redirect,
    render_template,
    request,
    url_for,
)

from .. import editing, exports, xmp
from ..captioning import MAX_BULK, Captioning, EditError, VersionConflict
from . import auth, get_store
from .images import original_path

bp = Blueprint("editor", __name__)
MAX_EXPORT = 100_000
MAX_ZIP = 2_000


def init_app(app: Flask) -> None:
    """Accounts (with CSRF and the lasting key) and the editors' blueprint."""
    auth.init_app(app)
    app.register_blueprint(bp)
    app.jinja_env.globals["editor_panel"] = editor_panel
    app.jinja_env.globals["EDITABLE"] = editing.EDITABLE
    app.jinja_env.globals["TEMPLATE_KEYS"] = editing.TEMPLATE_KEYS
    app.jinja_env.globals["REVIEW_REASONS"] = editing.REVIEW_REASONS
    app.jinja_env.filters["shown"] = shown
    app.jinja_env.filters["edit_text"] = edit_text


def shown(value: Any) -> str:
    """A stored value as an editor reads it (lists joined with 、; nothing as —)."""
    if value is None or value == "" or value == []:
        return "—"
    return "、".join(map(str, value)) if isinstance(value, list) else str(value)


def edit_text(value: Any) -> str:
    """A stored value as the text of its input box."""
    if value is None:
        return ""
    return "、".join(map(str, value)) if isinstance(value, list) else str(value)


def _captioning() -> Captioning:
    if "captioning" not in g:
        g.captioning = Captioning(get_store())
    return g.captioning


def _user() -> str:
    return g.user["name"]


# --- the photo page -----------------------------------------------------------------------------


def editor_panel(photo_id: int) -> dict[str, Any] | None:
    """What the photo page's editor part shows; None for visitors."""
    if not auth.is_editor():
        return None
    store = get_store()
    row = store.editor_rows([photo_id]).get(photo_id)
    if row is None:
        return None
    return {
        "row": row,
        "current": {name: row.get(name) for name in editing.EDITABLE},
        "version": store.versions([photo_id])[photo_id],
        "suggestions": _captioning().suggestions(photo_id),
        "history": store.history(photo_id),
        "conflict": g.get("edit_conflict"),
        "reasons": editing.review_reasons(row),
    }


def _form_values(form) -> tuple[dict[str, str], dict[str, str]]:
    submitted = {n: form[f"f_{n}"] for n in editing.EDITABLE if f"f_{n}" in form}
    original = {n: form.get(f"o_{n}", "") for n in submitted}
    return submitted, original


def _version(data) -> int:
    try:
        return int(data.get("version", 0))
    except (TypeError, ValueError):
        return -1


def _next(default: str) -> str:
    target = request.form.get("next") or ""
    if target.startswith("/") and not target.startswith("//") and "\\" not in target:
        return target
    return default


def _back(photo_id: int) -> str:
    return _next(url_for("pages.photo", photo_id=photo_id) + "#editor")


@bp.route("/photo/<int:photo_id>/edit", methods=["POST"])
@auth.editor_required
def save(photo_id: int):
    submitted, original = _form_values(request.form)
    try:
        step = _captioning().save(_user(), photo_id, submitted, original, _version(request.form),
                                  pin=request.form.get("pin") == "1")
    except VersionConflict as exc:
        return _conflict_page(photo_id, exc, submitted)
    except EditError as exc:
        flash(str(exc), "error")
        return redirect(_back(photo_id))
    flash("已保存" if step["id"] else "没有改动", "ok")
    return redirect(_back(photo_id))


def _conflict(photo_id: int, exc: VersionConflict, submitted: dict[str, Any]) -> dict[str, Any]:
    store = get_store()
    theirs = store.editor_rows([photo_id])[photo_id]
    who = store.last_change_of(photo_id) or {}
    return {
        "message": f"{who.get('user', '另一位编辑')} 在 {(who.get('at') or '')[:19].replace('T', ' ')} "
                   "保存了这张照片，你的修改没有保存。请对照两个版本，决定保留哪一个。",
        "version": exc.current,
        "rows": [{"name": n, "label": editing.LABELS[n], "yours": v, "theirs": shown(theirs.get(n))}
                 for n, v in submitted.items()],
    }


def _conflict_page(photo_id: int, exc: VersionConflict, submitted: dict[str, Any]):
    from . import pages

    g.edit_conflict = _conflict(photo_id, exc, submitted)
    return pages.photo(photo_id), 409


@bp.route("/api/edit/photos/<int:photo_id>", methods=["POST"])
@auth.editor_required
def api_save(photo_id: int):
    data = request.get_json(silent=True)
    if not isinstance(data, dict) or "version" not in data:
        return jsonify(error="请求须是 JSON 对象：{version, values, original}"), 400
    values, original = data.get("values") or {}, data.get("original") or {}
    if not isinstance(values, dict) or not isinstance(original, dict):
        return jsonify(error="values 和 original 须是对象"), 400
    try:
        step = _captioning().save(_user(), photo_id, values, original, _version(data))
    except VersionConflict as exc:
        body = _conflict(photo_id, exc, values)
        return jsonify(error=body["message"], version=exc.current, conflict=body["rows"]), 409
    except EditError as exc:
        return jsonify(error=str(exc)), 400
    return jsonify(step=step["id"], changes=step["changes"],
                   version=get_store().versions([photo_id])[photo_id])


@bp.route("/photo/<int:photo_id>/restore", methods=["POST"])
@auth.editor_required
def restore(photo_id: int):
    name = request.form.get("field", "")
    try:
        _captioning().restore_machine(_user(), photo_id, name, _version(request.form))
        flash(f"{editing.LABELS.get(name, name)}已恢复为机器读取", "ok")
    except EditError as exc:
        flash(str(exc), "error")
    return redirect(_back(photo_id))


@bp.route("/photo/<int:photo_id>/suggestion", methods=["POST"])
@auth.editor_required
def suggestion(photo_id: int):
    name = request.form.get("field", "")
    try:
        if request.form.get("action") == "accept":
            _captioning().accept_suggestion(_user(), photo_id, name, _version(request.form))
            flash("已采用新的机器读取", "ok")
        else:
            _captioning().dismiss_suggestion(photo_id, name)
            flash("已忽略这条建议", "ok")
    except EditError as exc:
        flash(str(exc), "error")
    return redirect(_back(photo_id))


# --- selections and bulk edits --------------------------------------------------------------------


def _data() -> dict[str, Any]:
    return request.get_json(silent=True) or request.values.to_dict(flat=True)


def selection(data: dict[str, Any], limit: int = MAX_BULK) -> list[int]:
    """The photos a request names: ``ids`` (a list or "1,2,3"), or ``all`` with search fields."""
    if str(data.get("all", "")).lower() in ("1", "true"):
        from . import pages  # the very search the grid ran, so "all N results" means those N

        args = {key: str(data.get(key) or "")[:500] for key in pages.SEARCH_FIELDS}
        found = pages.run_search(args, page=1, per_page=limit, facets=False)
        return [p["id"] for p in found.photos]
    ids = data.get("ids") or []
    if isinstance(ids, str):
        ids = ids.split(",")
    found = []
    for item in list(ids)[:limit]:
        try:
            found.append(int(item))
        except (TypeError, ValueError):
            continue
    return list(dict.fromkeys(found))


@bp.route("/api/edit/bulk/preview", methods=["POST"])
@auth.editor_required
def bulk_preview():
    data = _data()
    ids = selection(data)
    plan = _captioning().plan_bulk(ids, str(data.get("field", "")), str(data.get("op", "")),
                                   str(data.get("template", ""))[: editing.MAX_TEXT])
    return jsonify(selected=len(ids), changes=len(plan.plan), unchanged=plan.unchanged, errors=plan.errors,
                   missing={editing.TEMPLATE_KEYS.get(k, k): n for k, n in plan.missing.items()},
                   samples=[{**s, "old": shown(s["old"]), "new": shown(s["new"])} for s in plan.samples])


@bp.route("/api/edit/bulk", methods=["POST"])
@auth.editor_required
def bulk():
    data = _data()
    ids = selection(data)
    if not ids:
        return jsonify(error="没有选中照片"), 400
    try:
        step = _captioning().bulk(_user(), ids, str(data.get("field", "")), str(data.get("op", "")),
                                  str(data.get("template", ""))[: editing.MAX_TEXT])
    except EditError as exc:
        return jsonify(error=str(exc)), 400
    return jsonify(step=step["id"], photos=step["photos"], changes=step["changes"], unchanged=step["unchanged"],
                   history_url=url_for("editor.step", step_id=step["id"]) if step["id"] else None)


# --- history and reverts ------------------------------------------------------------------------------


@bp.route("/history")
@auth.editor_required
def history():
    return render_template("history.html", steps=get_store().steps(200), step=None)


@bp.route("/history/<int:step_id>")
@auth.editor_required
def step(step_id: int):
    store = get_store()
    found = store.step(step_id)
    if found is None:
        abort(404)
    changes = store.step_changes(step_id)
    names = {pid: row.get("name") for pid, row in store.editor_rows(
        sorted({c["photo_id"] for c in changes[:500]})).items()}
    return render_template("history.html", step=found, changes=changes[:500], total=len(changes), names=names,
                           steps=None)


@bp.route("/history/<int:step_id>/revert", methods=["POST"])
@auth.editor_required
def revert_step(step_id: int):
    back = _next(url_for("editor.step", step_id=step_id))
    return _revert(lambda: _captioning().revert_step(_user(), step_id), back)


@bp.route("/history/change/<int:change_id>/revert", methods=["POST"])
@auth.editor_required
def revert_change(change_id: int):
    change = get_store().change(change_id)
    back = _back(change["photo_id"]) if change else url_for("editor.history")
    return _revert(lambda: _captioning().revert_change(_user(), change_id), back)


def _revert(action, back: str):
    try:
        done = action()
    except EditError as exc:
        if _wants_json():
            return jsonify(error=str(exc)), 400
        flash(str(exc), "error")
        return redirect(back)
    message = f"已撤销 {done['changes']} 处修改" + (f"（{done['skipped']} 处之后又改过，保留未动）" if done["skipped"] else "")
    if _wants_json():
        return jsonify(step=done["id"], changes=done["changes"], skipped=done["skipped"], message=message)
    flash(message, "ok")
    return redirect(back)


def _wants_json() -> bool:
    return request.is_json or request.accept_mimetypes.best == "application/json"


# --- review -----------------------------------------------------------------------------------------


@bp.route("/review")
@auth.editor_required
def review():
    reason = request.args.get("reason") if request.args.get("reason") in editing.REVIEW_REASONS else None
    queue, total = _captioning().review_queue(reason)
    versions = get_store().versions([r["id"] for r in queue])
    return render_template("review.html", queue=queue, total=total, reason=reason, versions=versions)


@bp.route("/review/<int:photo_id>/confirm", methods=["POST"])
@auth.editor_required
def confirm(photo_id: int):
    try:
        _captioning().confirm(_user(), photo_id)
        flash(f"照片 #{photo_id} 已确认", "ok")
    except EditError as exc:
        flash(str(exc), "error")
    return redirect(url_for("editor.review", reason=request.form.get("reason") or None))


# --- exports ------------------------------------------------------------------------------------------


def _export_rows(data: dict[str, Any]) -> list[dict[str, Any]]:
    ids = selection(data, MAX_EXPORT)
    rows = get_store().editor_rows(ids)
    return [rows[i] for i in ids if i in rows]


@bp.route("/export/<fmt>", methods=["GET", "POST"])
def export(fmt: str):
    """Photos or credits of a selection or a search, as CSV or JSON (private fields: editors only)."""
    data = _data()
    private = str(data.get("private", "")) in ("1", "true")
    if private and not auth.is_editor():
        abort(403)
    if fmt == "xmp.zip":
        return _xmp_zip(data) if auth.is_editor() else abort(403)
    rows = _export_rows(data)
    stamp = datetime.now().strftime("%Y%m%d-%H%M")
    suffix = "-含私密信息" if private else ""
    if fmt == "photos.csv":
        return _download(exports.to_csv(rows, private=private), f"图库导出-{stamp}{suffix}.csv", "text/csv")
    if fmt == "photos.json":
        body = exports.to_json(rows, private=private, query=str(data.get("q", "")))
        return _download(body.encode("utf-8"), f"图库导出-{stamp}{suffix}.json", "application/json")
    if fmt == "credits.csv":
        return _download(exports.credits_csv(exports.credits(rows)), f"摄影师署名-{stamp}.csv", "text/csv")
    if fmt == "credits.json":
        body = json.dumps(exports.credits(rows), ensure_ascii=False, indent=2)
        return _download(body.encode("utf-8"), f"摄影师署名-{stamp}.json", "application/json")
    abort(404)


def _download(body: bytes, filename: str, mimetype: str) -> Response:
    from urllib.parse import quote

    response = Response(body, mimetype=mimetype)  # Flask adds charset=utf-8 to text types
    ascii_name = "gallery-export." + filename.rsplit(".", 1)[-1]
    response.headers["Content-Disposition"] = (
        f"attachment; filename=\"{ascii_name}\"; filename*=UTF-8''{quote(filename)}")
    response.headers["Cache-Control"] = "no-store"
    return response


def _xmp_zip(data: dict[str, Any]) -> Response:
    """Copies of the originals with their captions embedded, each with a NAME.xmp sidecar."""
    rows = _export_rows(data)[:MAX_ZIP]
    store = get_store()
    buffer = io.BytesIO()
    used: set[str] = set()
    problems = []
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_STORED) as archive:
        for row in rows:
            problem = _zip_one(archive, store, row, used)
            if problem:
                problems.append(f"#{row['id']} {row.get('name')}: {problem}")
        if problems:
            archive.writestr("未导出的照片.txt", "\n".join(problems))
    return _download(buffer.getvalue(), f"图库-XMP-{datetime.now():%Y%m%d-%H%M}.zip", "application/zip")


def _zip_one(archive: zipfile.ZipFile, store, row: dict[str, Any], used: set[str]) -> str | None:
    path = original_path(store, row["id"])
    if path is None:
        return "原文件缺失"
    name = _unique(row.get("name") or f"{row['id']}.jpg", used)
    values = xmp.iptc_values(row)
    try:
        with open(path, "rb") as handle:
            data = handle.read()
        if data[:2] == b"\xff\xd8":
            data = xmp.embed_in_jpeg(data, xmp.build_packet(values, padding=2048))
    except (OSError, ValueError) as exc:
        return str(exc)
    archive.writestr(name, data)
    archive.writestr(name.rsplit(".", 1)[0] + ".xmp", xmp.build_packet(values))
    return None


def _unique(name: str, used: set[str]) -> str:
    stem, dot, ext = name.rpartition(".")
    stem, ext = (stem, ext) if dot else (name, "")
    candidate, n = name, 1
    while candidate.lower() in used or candidate.rsplit(".", 1)[0].lower() + ".xmp" in used:
        n += 1
        candidate = f"{stem}-{n}.{ext}" if ext else f"{stem}-{n}"
    used.add(candidate.lower())
    used.add(candidate.rsplit(".", 1)[0].lower() + ".xmp")
    return candidate


# --- import ----------------------------------------------------------------------------------------


@bp.route("/import")
@auth.editor_required
def import_form():
    return render_template("import.html", preview=None)


@bp.route("/import/preview", methods=["POST"])
@auth.editor_required
def import_preview():
    upload = request.files.get("file")
    data = upload.read(exports.MAX_IMPORT_BYTES + 1) if upload else b""
    preview = _captioning().preview_import(data)
    payload = base64.b64encode(data).decode("ascii") if len(data) <= exports.MAX_IMPORT_BYTES else ""
    seen = json.dumps({row.photo_id: row.version for row in preview.rows if row.photo_id})
    return render_template("import.html", preview=preview, payload=payload, seen=seen,
                           filename=(upload.filename if upload else "")[:200])


@bp.route("/import/apply", methods=["POST"])
@auth.editor_required
def import_apply():
    try:
        data = base64.b64decode(request.form.get("payload", ""), validate=True)
        seen = {int(k): int(v) for k, v in json.loads(request.form.get("seen") or "{}").items()}
    except (binascii.Error, ValueError, AttributeError):
        flash("导入数据不完整，请重新上传文件", "error")
        return redirect(url_for("editor.import_form"))
    filename = request.form.get("filename", "")[:200]
    try:
        step = _captioning().apply_import(_user(), data, filename, seen)
    except VersionConflict as exc:
        flash(f"{exc}。导入没有执行，请重新上传预览。", "error")
        return redirect(url_for("editor.import_form"))
    except EditError as exc:
        flash(str(exc), "error")
        return redirect(url_for("editor.import_form"))
    if not step["id"]:
        flash("文件里的内容和现有信息一样，没有改动", "ok")
        return redirect(url_for("editor.import_form"))
    flash(f"已导入：{step['photos']} 张照片，{step['changes']} 处修改（可整步撤销）", "ok")
    return redirect(url_for("editor.step", step_id=step["id"]))
