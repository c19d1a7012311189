"""Editors' operations over a store: save one photo, bulk edits, reverts, review, imports.

Input is read by :mod:`gallery.editing` (pure), written by the store in one transaction per
step, and each touched photo is merged again with :meth:`Indexer.refresh_photo`, so what an
editor sets shows at once in pages, search and exports.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from . import editing, exports, metadata
from .indexer import Indexer, parse_caption
from .store import Store
from .store.edits import ABSENT, EditError, VersionConflict

__all__ = ["Captioning", "EditError", "VersionConflict", "BulkPlan"]

MAX_BULK = 100_000


@dataclass
class BulkPlan:
    """A bulk edit worked out for every photo, before it is written."""

    plan: dict[int, dict[str, Any]] = field(default_factory=dict)
    samples: list[dict[str, Any]] = field(default_factory=list)
    missing: dict[str, int] = field(default_factory=dict)  # placeholder -> photos without a value
    errors: list[str] = field(default_factory=list)
    unchanged: int = 0


class Captioning:
    """Editors' operations on one store."""

    def __init__(self, store: Store):
        self.store = store
        self._indexer = Indexer(store, workers=1)

    # --- reading ------------------------------------------------------------------------------

    def sources(self, photo_id: int) -> metadata.Sources:
        return self.store.sources_for(photo_id, parse_caption)

    def machine(self, photo_id: int) -> dict[str, Any]:
        """What the machine alone reads for each field (no editor values)."""
        record = metadata.machine_reading(self.sources(photo_id))
        return {name: chosen.value for name, chosen in record.fields.items()}

    def suggestions(self, photo_id: int) -> dict[str, metadata.Field]:
        """Newer machine readings of fields an editor set."""
        return metadata.suggestions(self.sources(photo_id), self.store.basis(photo_id))

    def _apply(self, user: str, kind: str, summary: str, plan: dict[int, dict[str, Any]], **kw: Any):
        return self.store.apply_step(user, kind, summary, plan, refresh=self._indexer.refresh_photo,
                                     machine=self.machine, **kw)

    # --- one photo ----------------------------------------------------------------------------

    def save(self, user: str, photo_id: int, form: dict[str, Any], original: dict[str, Any],
             version: int, *, pin: bool = False) -> dict[str, Any]:
        """Save the fields an editor changed on a photo's page (checked against ``version``).

        ``original`` holds the values the form was loaded with: only fields whose submitted
        value differs from it are written, so an untouched field never pins an old reading
        (unless ``pin``: the review queue's "this is right" writes every submitted field).
        """
        values, errors = {}, []
        for name, raw in form.items():
            value, error = editing.normalize(name, raw)
            if error:
                errors.append(error)
                continue
            before, _ = editing.normalize(name, original.get(name, ""))
            if pin or not editing.same(value, before):
                values[name] = value
        if errors:
            raise EditError("；".join(errors))
        summary = "编辑 " + "、".join(editing.LABELS[n] for n in values)
        return self._apply(user, "edit", summary, {photo_id: values}, expected={photo_id: version})

    def restore_machine(self, user: str, photo_id: int, name: str, version: int) -> dict[str, Any]:
        """Drop an editor's value so the machine's reading shows again."""
        summary = f"恢复机器读取：{editing.LABELS.get(name, name)}"
        return self._apply(user, "edit", summary, {photo_id: {name: ABSENT}}, expected={photo_id: version})

    def accept_suggestion(self, user: str, photo_id: int, name: str, version: int) -> dict[str, Any]:
        """Take the machine's newer reading as the editor's value."""
        reading = self.suggestions(photo_id).get(name)
        if reading is None:
            raise EditError("这条建议已经不存在了")
        summary = f"采用新的机器读取：{editing.LABELS.get(name, name)}"
        return self._apply(user, "edit", summary, {photo_id: {name: reading.value}}, expected={photo_id: version})

    def dismiss_suggestion(self, photo_id: int, name: str) -> None:
        self.store.set_basis(photo_id, name, self.machine(photo_id).get(name))

    # --- bulk ---------------------------------------------------------------------------------

    def plan_bulk(self, photo_ids: list[int], name: str, op: str, template: str, samples: int = 8) -> BulkPlan:
        """Work out a bulk set / append / clear with a per-photo template, without writing."""
        result = BulkPlan()
        if name not in editing.EDITABLE:
            result.errors.append(f"不能批量编辑的字段：{name}")
        if op not in editing.OPS:
            result.errors.append(f"不认识的操作：{op}")
        if len(photo_ids) > MAX_BULK:
            result.errors.append(f"一次最多 {MAX_BULK} 张照片")
        result.errors += editing.template_errors(template) if op != "clear" else []
        if result.errors:
            return result
        for pid, row in self.store.editor_rows(photo_ids).items():
            self._plan_one(result, pid, row, name, op, template, samples)
        return result

    def _plan_one(self, result: BulkPlan, pid: int, row: dict[str, Any], name: str, op: str,
                  template: str, samples: int) -> None:
        text, missing = editing.fill(template, editing.template_values(row)) if op != "clear" else ("", [])
        for key in missing:
            result.missing[key] = result.missing.get(key, 0) + 1
        value, error = editing.bulk_value(name, op, row.get(name), text)
        if error:
            if len(result.errors) < 20:
                result.errors.append(f"照片 #{pid}（{row.get('name')}）：{error}")
            return
        if editing.same(value, row.get(name)) and name in row["manual"]:
            result.unchanged += 1
            return
        result.plan[pid] = {name: value}
        if len(result.samples) < samples:
            result.samples.append({"id": pid, "name": row.get("name"), "old": row.get(name), "new": value})

    def bulk(self, user: str, photo_ids: list[int], name: str, op: str, template: str) -> dict[str, Any]:
        """Apply a bulk edit to every photo as one undoable step (all of it or none)."""
        planned = self.plan_bulk(photo_ids, name, op, template)
        if planned.errors:
            raise EditError("；".join(planned.errors[:5]))
        label = editing.LABELS[name]
        summary = f"批量{editing.OPS[op]}{label}" + (f"：{template}" if op != "clear" else "")
        step = self._apply(user, "bulk", summary[:300], planned.plan)
        step["unchanged"] = planned.unchanged
        return step

    # --- revert -------------------------------------------------------------------------------

    def revert_change(self, user: str, change_id: int) -> dict[str, Any]:
        """Undo one change, if the field still holds what that change wrote."""
        change = self.store.change(change_id)
        if change is None:
            raise EditError("没有这条修改记录")
        return self._revert(user, [change], f"撤销修改 #{change_id}", None)

    def revert_step(self, user: str, step_id: int) -> dict[str, Any]:
        """Undo a whole step (a bulk edit, an import, a save) as one new step."""
        if self.store.step(step_id) is None:
            raise EditError("没有这一步修改")
        return self._revert(user, self.store.step_changes(step_id), f"撤销第 {step_id} 步", step_id)

    def _revert(self, user: str, changes: list[dict[str, Any]], summary: str, step_id: int | None):
        live = [c for c in changes if c["reverted_by"] is None]
        if not live:
            raise EditError("这些修改已经撤销过了")
        rows = self.store.editor_rows(sorted({c["photo_id"] for c in live}))
        plan: dict[int, dict[str, Any]] = {}
        done, skipped = [], 0
        for change in live:
            current = rows[change["photo_id"]]["manual"].get(change["field"])
            if not editing.same(current, change["new_manual"]) or (current is None) != (change["new_manual"] is None):
                skipped += 1  # changed again since: leave the later edit alone
                continue
            old = change["old_manual"]
            plan.setdefault(change["photo_id"], {})[change["field"]] = ABSENT if old is None else old
            done.append(change["id"])
        if not plan:
            raise EditError(f"无法撤销：这 {skipped} 处之后又被修改过")
        step = self._apply(user, "revert", summary, plan, reverts=step_id, reverted=done)
        step["skipped"] = skipped
        return step

    # --- review -------------------------------------------------------------------------------

    def review_queue(self, reason: str | None = None, limit: int = 200) -> tuple[list[dict[str, Any]], int]:
        """Photos that need an editor, with their reasons; and how many there are in all."""
        queue = []
        for row in self.store.review_candidates():
            reasons = editing.review_reasons(row)
            if not reasons or row["reviewed"] == editing.review_signature(reasons, row):
                continue
            if reason and reason not in {r for r, _ in reasons}:
                continue
            row["reasons"] = reasons
            queue.append(row)
        return queue[:limit], len(queue)

    def confirm(self, user: str, photo_id: int) -> dict[str, Any]:
        """An editor vouches for what is shown: the doubted fields are pinned as editor values."""
        row = self.store.editor_rows([photo_id]).get(photo_id)
        if row is None:
            raise EditError("没有这张照片")
        reasons = editing.review_reasons(row)
        pinned = {name: row[name] for _, name in reasons if not editing.is_empty(row.get(name))}
        step = self._apply(user, "review", "审核确认", {photo_id: pinned}) if pinned else {"id": None}
        fresh = self.store.editor_rows([photo_id])[photo_id]
        self.store.mark_reviewed(photo_id, editing.review_signature(editing.review_reasons(fresh), fresh), user)
        return step

    # --- import -------------------------------------------------------------------------------

    def preview_import(self, data: bytes) -> exports.ImportPreview:
        """Read a CSV of corrections and say, row by row, what it would change (writes nothing)."""
        preview = exports.read_import(data)
        keys = sorted({row.key for row in preview.rows if row.key})
        found = self.store.photo_ids_by(preview.key_column, keys) if keys else {}
        for row in preview.rows:
            ids = found.get(row.key, [])
            if not ids:
                row.errors.append(f"找不到照片：{preview.key_label} {row.key}")
            elif len(ids) > 1:
                row.errors.append(f"文件名 {row.key} 对应多张照片，请改用 id 列")
            else:
                row.photo_id = ids[0]
        current = self.store.editor_rows([r.photo_id for r in preview.rows if r.photo_id])
        versions = self.store.versions(list(current))
        seen: dict[int, int] = {}
        for row in preview.rows:
            if row.photo_id in seen:
                row.errors.append(f"和第 {seen[row.photo_id]} 行是同一张照片")
            elif row.photo_id:
                seen[row.photo_id] = row.line
                exports.diff_row(row, current[row.photo_id], versions[row.photo_id])
        return preview

    def apply_import(self, user: str, data: bytes, filename: str = "",
                     seen: dict[int, int] | None = None) -> dict[str, Any]:
        """Apply a checked CSV as one step; any bad row (or a photo edited since) stops all of it.

        ``seen`` holds the versions the preview showed: a photo saved since then is a conflict.
        """
        preview = self.preview_import(data)
        if preview.errors or any(row.errors for row in preview.rows):
            raise EditError(f"导入文件有 {preview.bad_rows()} 行错误，没有做任何修改")
        plan = {row.photo_id: row.values for row in preview.rows if row.changes}
        expected = {pid: (seen or {}).get(pid, row.version) for row in preview.rows if row.changes
                    for pid in [row.photo_id]}
        return self._apply(user, "import", f"导入 {filename or 'CSV'}（{len(plan)} 张）"[:300], plan,
                           expected=expected)
