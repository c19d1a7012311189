"""Duplicates pages: the groups, one group side by side (keep one, merge captions), the contest view.

Thin: views call :mod:`gallery.dupes` and render. Reading is open like the rest of the
gallery, with contact details removed (:func:`gallery.web.public.clean`); keeping a photo and
merging captions needs a signed-in editor and the session's CSRF token (:mod:`gallery.web.auth`).
The photo page's "similar pictures" partial calls the template global ``similar_pictures``.
"""

from __future__ import annotations

from typing import Any

from flask import Blueprint, abort, flash, redirect, render_template, request, url_for

from .. import dupes
from ..names import redact_phones
from ..store.edits import EditError
from . import auth, get_store
from .public import clean

bp = Blueprint("dupes", __name__)
FIELD_LABELS = {"title": "标题", "caption": "图说", "photographers": "摄影师", "place": "地点",
                "date": "日期", "keywords": "关键词", "credit": "署名"}
MAX_ID = 2**63 - 1  # SQLite's largest integer: a longer number in a URL names nothing
HOW_LABELS = {**dupes.likeness.HOW, "exact": "字节完全相同", "reference": "基准（与组内最多照片相似）"}


@bp.app_template_global("similar_pictures")
def similar_pictures(photo_id: int) -> list[dict[str, Any]]:
    """Other photos of a photo's group, for the photo page (never breaks the page)."""
    try:
        return [_public_member(m) for m in dupes.similar(get_store(), int(photo_id))]
    except Exception:  # noqa: BLE001 - the photo page must render whatever happens here
        return []


@bp.app_template_global("dupe_group_id")
def dupe_group_id(photo_id: int) -> int | None:
    """The group a photo is in (for a link from the photo page)."""
    try:
        return get_store().dupe_group_of(int(photo_id))
    except Exception:  # noqa: BLE001
        return None


@bp.route("/duplicates")
def groups():
    store = get_store()
    current = dupes.refresh(store)
    found = [_public_group(g) for g in dupes.groups(store)]
    return render_template("duplicates.html", groups=found, current=current, HOW=HOW_LABELS)


@bp.route("/duplicates/<int:group_id>")
def group(group_id: int):
    store = get_store()
    dupes.refresh(store)
    found = dupes.group_of(store, group_id) if group_id <= MAX_ID else None
    if found is None:
        abort(404)
    if found.id != group_id:  # a photo's id: show the group it is in
        return redirect(url_for("dupes.group", group_id=found.id))
    plan = None
    keep = request.args.get("keep", "")
    if keep.isdigit() and auth.is_editor():
        try:
            plan = dupes.merge_plan(found, int(keep))
        except EditError as exc:
            flash(str(exc), "error")
    history = clean(store.decision_history([m["id"] for m in found.members]))
    return render_template("dup_group.html", group=_public_group(found), plan=clean(plan) if plan else None,
                           history=history, FIELD_LABELS=FIELD_LABELS, HOW=HOW_LABELS)


@bp.route("/duplicates/<int:group_id>/keep", methods=["POST"])
@auth.editor_required
def keep(group_id: int):
    store = get_store()
    found = dupes.group_of(store, group_id) if group_id <= MAX_ID else None
    if found is None or found.id != group_id:
        abort(404)
    kept = request.form.get("kept", "")
    if not kept.isdigit():
        flash("请选择要保留的照片", "error")
        return redirect(url_for("dupes.group", group_id=group_id))
    caption = request.form.get("caption") if request.form.get("merge_caption") else None
    try:
        done = dupes.keep(store, auth.current_user_name(), found, int(kept), caption,
                          request.form.getlist("fill"))
    except EditError as exc:
        flash(str(exc), "error")
        return redirect(url_for("dupes.group", group_id=group_id, keep=kept))
    merged = "、".join(FIELD_LABELS.get(k, k) for k in done["values"]) or "无字段改动"
    flash(f"已保留照片 #{kept}（{merged}）；其他照片和文件都保留在图库中。")
    return redirect(url_for("dupes.group", group_id=group_id))


@bp.route("/contest")
def contest():
    store = get_store()
    current = dupes.refresh(store)
    view = dupes.contest(store)
    return render_template(
        "contest.html", groups=[_public_group(g) for g in view["groups"]],
        photographers=clean(view["photographers"]), contested=view["contested"], current=current, HOW=HOW_LABELS,
    )


def _public_group(group: dupes.Group) -> dict[str, Any]:
    """A group as pages show it: contact details out of every text and path."""
    return {
        "id": group.id, "kind": group.kind, "contested": group.contested,
        "photographers": clean(group.photographers), "decision": clean(group.decision),
        "files": group.files,
        "members": [_public_member(m, group.credits.get(m["id"], [])) for m in group.members],
    }


def _public_member(member: dict[str, Any], credits: list[str] | None = None) -> dict[str, Any]:
    keys = ("id", "digest", "title", "caption", "place", "date", "width", "height", "bytes", "format",
            "colour", "missing", "camera", "distance", "how", "added_at", "photographers")
    out = {key: member.get(key) for key in keys}
    out["how_label"] = HOW_LABELS.get(member.get("how") or "", member.get("how"))
    out["credits"] = credits if credits is not None else member.get("photographers") or []
    out["sources"] = {name: f.get("source") for name, f in (member.get("fields") or {}).items()
                      if name in FIELD_LABELS}
    out["files"] = [{"path": redact_phones(f"{f['root']}/{f['path']}"), "name": redact_phones(f["name"]),
                     "missing": bool(f["missing"]), "size": f["size"], "first_seen": f["first_seen"],
                     "copy_marker": f["parse"].get("copy_marker")}
                    for f in member.get("files") or []]
    return clean(out)
