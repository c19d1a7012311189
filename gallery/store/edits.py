"""Editors' work: accounts, manual values, history of every change, bulk steps (SQL).

A mixin of :class:`gallery.store.Store`. An edit is a *step* (one editor's save, a bulk edit,
an import, a revert) made of *changes* (one field of one photo: the editor layer before and
after, and what was shown before). A step is written in one transaction with the photos it
touches, so a crash leaves all of it or none. Each photo has a version number that every step
bumps; a save that names an older version is refused (two editors, one photo).
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Iterable
from typing import Any

ABSENT = object()  # "no editor value": the machine's reading shows


class EditError(Exception):
    """An edit or account change that cannot be made, in words an editor reads."""


class VersionConflict(EditError):
    """Someone saved the photo since the editor loaded it."""

    def __init__(self, photo_id: int, expected: int, current: int):
        super().__init__(f"照片 #{photo_id} 已被他人修改（你打开的是第 {expected} 版，现在是第 {current} 版）")
        self.photo_id, self.expected, self.current = photo_id, expected, current


_SHOWN_COLUMNS = ("title", "caption", "photographers", "place", "date", "keywords", "credit", "copyright")


class EditsMixin:
    """Accounts, edits and their history."""

    SCHEMA = """
CREATE TABLE IF NOT EXISTS users (
    id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE COLLATE NOCASE,
    role TEXT NOT NULL CHECK (role IN ('editor', 'admin')), password_hash TEXT NOT NULL,
    active INTEGER NOT NULL DEFAULT 1, session_gen INTEGER NOT NULL DEFAULT 1,
    created_at TEXT, last_signin TEXT
);
CREATE TABLE IF NOT EXISTS signin_failures (id INTEGER PRIMARY KEY, key TEXT NOT NULL, at REAL NOT NULL);
CREATE INDEX IF NOT EXISTS signin_failures_key ON signin_failures (key, at);
CREATE TABLE IF NOT EXISTS edit_steps (
    id INTEGER PRIMARY KEY, kind TEXT NOT NULL, user TEXT NOT NULL, at TEXT NOT NULL,
    summary TEXT, photos INTEGER NOT NULL DEFAULT 0, changes INTEGER NOT NULL DEFAULT 0,
    reverts INTEGER, reverted_by INTEGER
);
CREATE TABLE IF NOT EXISTS edit_changes (
    id INTEGER PRIMARY KEY, step_id INTEGER NOT NULL REFERENCES edit_steps(id),
    photo_id INTEGER NOT NULL, field TEXT NOT NULL,
    old_manual TEXT, new_manual TEXT, old_shown TEXT, reverted_by INTEGER
);
CREATE INDEX IF NOT EXISTS edit_changes_photo ON edit_changes (photo_id, id);
CREATE INDEX IF NOT EXISTS edit_changes_step ON edit_changes (step_id);
CREATE TABLE IF NOT EXISTS photo_versions (
    photo_id INTEGER PRIMARY KEY, version INTEGER NOT NULL DEFAULT 0, basis TEXT NOT NULL DEFAULT '{}'
);
CREATE TABLE IF NOT EXISTS review_done (
    photo_id INTEGER PRIMARY KEY, signature TEXT NOT NULL, user TEXT, at TEXT
);
"""

    # --- accounts -----------------------------------------------------------------------------

    def add_user(self, name: str, role: str, password_hash: str) -> int:
        """Create an account; refuses a name already taken."""
        from . import now

        if self.user_named(name):
            raise EditError(f"用户 {name} 已存在")
        with self.transaction():
            cursor = self.conn.execute(
                "INSERT INTO users (name, role, password_hash, created_at) VALUES (?, ?, ?, ?)",
                (name, role, password_hash, now()),
            )
        return int(cursor.lastrowid)

    def user_named(self, name: str) -> dict[str, Any] | None:
        return self._one("SELECT * FROM users WHERE name = ?", (name,))

    def user_by_id(self, user_id: int) -> dict[str, Any] | None:
        return self._one("SELECT * FROM users WHERE id = ?", (user_id,))

    def users(self) -> list[dict[str, Any]]:
        return self._all("SELECT id, name, role, active, created_at, last_signin FROM users ORDER BY name")

    def update_user(self, user_id: int, *, role: str | None = None, password_hash: str | None = None,
                    active: bool | None = None) -> None:
        """Change an account; a new password or a disabled account signs out its sessions."""
        with self.transaction():
            user = self.user_by_id(user_id)
            if user is None:
                raise EditError("没有这个用户")
            demoted = (role and role != "admin") or active is False
            if user["role"] == "admin" and user["active"] and demoted and self._admin_count() <= 1:
                raise EditError("这是最后一位管理员，不能降级或停用")
            if role:
                self.conn.execute("UPDATE users SET role = ? WHERE id = ?", (role, user_id))
            if password_hash:
                self.conn.execute("UPDATE users SET password_hash = ?, session_gen = session_gen + 1"
                                  " WHERE id = ?", (password_hash, user_id))
            if active is not None:
                self.conn.execute("UPDATE users SET active = ?, session_gen = session_gen + 1 WHERE id = ?",
                                  (int(active), user_id))

    def _admin_count(self) -> int:
        return self.conn.execute("SELECT count(*) FROM users WHERE role = 'admin' AND active = 1").fetchone()[0]

    def note_signin(self, user_id: int) -> None:
        from . import now

        with self.transaction():
            self.conn.execute("UPDATE users SET last_signin = ? WHERE id = ?", (now(), user_id))

    def note_signin_failure(self, keys: Iterable[str]) -> None:
        """Count a failed sign-in against each key (the account name, the address)."""
        stamp = time.time()
        with self.transaction():
            self.conn.executemany("INSERT INTO signin_failures (key, at) VALUES (?, ?)",
                                  [(key, stamp) for key in keys])
            self.conn.execute("DELETE FROM signin_failures WHERE at < ?", (stamp - 86400,))

    def signin_failures(self, key: str, within_s: float) -> tuple[int, float | None]:
        """How many failures a key had lately, and when the oldest of them was."""
        row = self.conn.execute("SELECT count(*), min(at) FROM signin_failures WHERE key = ? AND at >= ?",
                                (key, time.time() - within_s)).fetchone()
        return row[0], row[1]

    def clear_signin_failures(self, key: str) -> None:
        with self.transaction():
            self.conn.execute("DELETE FROM signin_failures WHERE key = ?", (key,))

    # --- the editor layer ---------------------------------------------------------------------

    def versions(self, photo_ids: list[int]) -> dict[int, int]:
        """Each photo's version number (0 before its first edit)."""
        found = {pid: 0 for pid in photo_ids}
        for chunk in _chunks(photo_ids):
            for pid, version in self.conn.execute(
                f"SELECT photo_id, version FROM photo_versions WHERE photo_id IN ({_marks(chunk)})", chunk
            ):
                found[pid] = version
        return found

    def basis(self, photo_id: int) -> dict[str, Any]:
        """What the machine said of each field when an editor last set it."""
        row = self._one("SELECT basis FROM photo_versions WHERE photo_id = ?", (photo_id,))
        return json.loads(row["basis"]) if row else {}

    def editor_rows(self, photo_ids: list[int]) -> dict[int, dict[str, Any]]:
        """Shown values, editor layer and file name of photos (for edits, templates and exports)."""
        rows: dict[int, dict[str, Any]] = {}
        for chunk in _chunks(photo_ids):
            for row in self._all(
                "SELECT p.id, p.digest, p.width, p.height, p.format, p.manual, p.private, p.fields,"
                " p.conflicts, p.title, p.caption, p.photographers, p.place, p.date, p.keywords,"
                " p.credit, p.copyright, p.embedded, p.missing,"
                " (SELECT name FROM files f WHERE f.photo_id = p.id ORDER BY f.missing, f.id LIMIT 1) AS name"
                f" FROM photos p WHERE p.id IN ({_marks(chunk)})",
                chunk,
            ):
                for key in ("manual", "private", "fields", "embedded"):
                    row[key] = json.loads(row[key] or "{}")
                for key in ("photographers", "keywords", "conflicts"):
                    row[key] = json.loads(row[key] or "[]")
                row.update({k: v for k, v in row["private"].items()})
                rows[row["id"]] = row
        return rows

    def apply_step(
        self,
        user: str,
        kind: str,
        summary: str,
        plan: dict[int, dict[str, Any]],
        *,
        refresh: Callable[[int], None],
        machine: Callable[[int], dict[str, Any]],
        expected: dict[int, int] | None = None,
        reverts: int | None = None,
        reverted: Iterable[int] = (),
    ) -> dict[str, Any]:
        """Write editor values for many photos as one step, in one transaction.

        ``plan`` maps photo ids to ``{field: new editor value}`` (:data:`ABSENT` removes the
        editor's value). Values equal to the current ones are skipped. ``refresh`` re-merges a
        photo; ``machine`` gives the machine's reading (kept so a newer one shows as a
        suggestion). Returns the step (``id`` is None when nothing changed).
        """
        from . import now

        stamp = now()
        with self.transaction():
            self._check_versions(expected or {})
            rows = self.editor_rows(list(plan))
            cursor = self.conn.execute(
                "INSERT INTO edit_steps (kind, user, at, summary, reverts) VALUES (?, ?, ?, ?, ?)",
                (kind, user, stamp, summary, reverts),
            )
            step_id = int(cursor.lastrowid)
            changes, photos = self._write_plan(step_id, plan, rows, refresh, machine)
            if not changes:
                self.conn.execute("DELETE FROM edit_steps WHERE id = ?", (step_id,))
                return {"id": None, "photos": 0, "changes": 0, "at": stamp}
            self.conn.execute("UPDATE edit_steps SET photos = ?, changes = ? WHERE id = ?",
                              (photos, changes, step_id))
            self._mark_reverted(step_id, reverts, list(reverted))
        return {"id": step_id, "photos": photos, "changes": changes, "at": stamp}

    def _check_versions(self, expected: dict[int, int]) -> None:
        current = self.versions(list(expected))
        for pid, version in expected.items():
            if current[pid] != version:
                raise VersionConflict(pid, version, current[pid])

    def _write_plan(self, step_id: int, plan: dict[int, dict[str, Any]], rows: dict[int, dict[str, Any]],
                    refresh: Callable[[int], None], machine: Callable[[int], dict[str, Any]]) -> tuple[int, int]:
        changed_rows: list[tuple[Any, ...]] = []
        photos = 0
        for pid, values in plan.items():
            row = rows.get(pid)
            if row is None:
                raise EditError(f"没有照片 #{pid}")
            manual, changes = _apply_values(row["manual"], values)
            if not changes:
                continue
            photos += 1
            reading = machine(pid)
            basis = {name: reading.get(name) for name, _, _ in changes}
            changed_rows += [(step_id, pid, name, _dump(old), _dump(new), _dump(row.get(name)))
                             for name, old, new in changes]
            self.conn.execute("UPDATE photos SET manual = ? WHERE id = ?",
                              (json.dumps(manual, ensure_ascii=False), pid))
            self._bump(pid, basis)
            refresh(pid)
        self.conn.executemany(
            "INSERT INTO edit_changes (step_id, photo_id, field, old_manual, new_manual, old_shown)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            changed_rows,
        )
        return len(changed_rows), photos

    def _bump(self, photo_id: int, basis: dict[str, Any]) -> None:
        self.conn.execute(
            "INSERT INTO photo_versions (photo_id, version, basis) VALUES (?, 1, ?)"
            " ON CONFLICT(photo_id) DO UPDATE SET version = version + 1,"
            " basis = json_patch(basis, excluded.basis)",
            (photo_id, json.dumps(basis, ensure_ascii=False)),
        )

    def set_basis(self, photo_id: int, name: str, value: Any) -> None:
        """Accept the machine's current reading as seen (a dismissed suggestion)."""
        with self.transaction():
            self.conn.execute(
                "INSERT INTO photo_versions (photo_id, version, basis) VALUES (?, 0, ?)"
                " ON CONFLICT(photo_id) DO UPDATE SET basis = json_patch(basis, excluded.basis)",
                (photo_id, json.dumps({name: value}, ensure_ascii=False)),
            )

    def _mark_reverted(self, step_id: int, reverts: int | None, change_ids: list[int]) -> None:
        for chunk in _chunks(change_ids):
            self.conn.execute(f"UPDATE edit_changes SET reverted_by = ? WHERE id IN ({_marks(chunk)})",
                              (step_id, *chunk))
        if reverts is not None:
            left = self.conn.execute(
                "SELECT count(*) FROM edit_changes WHERE step_id = ? AND reverted_by IS NULL", (reverts,)
            ).fetchone()[0]
            if not left:
                self.conn.execute("UPDATE edit_steps SET reverted_by = ? WHERE id = ?", (step_id, reverts))

    # --- history ------------------------------------------------------------------------------

    def history(self, photo_id: int, limit: int = 500) -> list[dict[str, Any]]:
        """Every change of a photo, newest first, with its step (who, when, how many photos)."""
        rows = self._all(
            "SELECT c.*, s.kind, s.user, s.at, s.summary, s.photos AS step_photos, s.reverts,"
            " s.reverted_by AS step_reverted_by FROM edit_changes c JOIN edit_steps s ON s.id = c.step_id"
            " WHERE c.photo_id = ? ORDER BY c.id DESC LIMIT ?",
            (photo_id, limit),
        )
        return [_load_change(row) for row in rows]

    def step(self, step_id: int) -> dict[str, Any] | None:
        return self._one("SELECT * FROM edit_steps WHERE id = ?", (step_id,))

    def steps(self, limit: int = 100) -> list[dict[str, Any]]:
        return self._all("SELECT * FROM edit_steps ORDER BY id DESC LIMIT ?", (limit,))

    def step_changes(self, step_id: int) -> list[dict[str, Any]]:
        rows = self._all("SELECT * FROM edit_changes WHERE step_id = ? ORDER BY id", (step_id,))
        return [_load_change(row) for row in rows]

    def change(self, change_id: int) -> dict[str, Any] | None:
        row = self._one("SELECT * FROM edit_changes WHERE id = ?", (change_id,))
        return _load_change(row) if row else None

    def last_change_of(self, photo_id: int) -> dict[str, Any] | None:
        return self._one(
            "SELECT s.user, s.at, s.kind FROM edit_changes c JOIN edit_steps s ON s.id = c.step_id"
            " WHERE c.photo_id = ? ORDER BY c.id DESC LIMIT 1",
            (photo_id,),
        )

    # --- review queue -------------------------------------------------------------------------

    def review_candidates(self, limit: int = 5000) -> list[dict[str, Any]]:
        """Photos that may need review (the exact reasons are decided in Python), newest first."""
        ids = [r[0] for r in self.conn.execute(
            "SELECT id FROM photos p WHERE p.missing = 0 AND (p.conflicts != '[]' OR p.photographers = '[]'"
            " OR p.place IS NULL OR p.place = '' OR EXISTS (SELECT 1 FROM json_each(p.fields) j"
            " WHERE json_extract(j.value, '$.confidence') < 0.7))"
            " ORDER BY p.date IS NULL, p.date DESC, p.id DESC LIMIT ?",
            (limit,),
        )]
        rows = self.editor_rows(ids)
        done = self.reviewed(ids)
        for pid, row in rows.items():
            row["reviewed"] = done.get(pid)
        return [rows[i] for i in ids if i in rows]

    def reviewed(self, photo_ids: list[int]) -> dict[int, str]:
        found: dict[int, str] = {}
        for chunk in _chunks(photo_ids):
            found.update(self.conn.execute(
                f"SELECT photo_id, signature FROM review_done WHERE photo_id IN ({_marks(chunk)})", chunk
            ).fetchall())
        return found

    def mark_reviewed(self, photo_id: int, signature: str, user: str) -> None:
        from . import now

        with self.transaction():
            self.conn.execute(
                "INSERT INTO review_done (photo_id, signature, user, at) VALUES (?, ?, ?, ?)"
                " ON CONFLICT(photo_id) DO UPDATE SET signature = excluded.signature,"
                " user = excluded.user, at = excluded.at",
                (photo_id, signature, user, now()),
            )

    # --- lookups for imports ------------------------------------------------------------------

    def photo_ids_by(self, column: str, values: list[str]) -> dict[str, list[int]]:
        """Photo ids for digests or file names (a name may belong to several photos)."""
        sql = {"digest": "SELECT digest, id FROM photos WHERE digest IN ({})",
               "name": "SELECT DISTINCT name, photo_id FROM files WHERE photo_id IS NOT NULL AND name IN ({})",
               "id": "SELECT CAST(id AS TEXT), id FROM photos WHERE id IN ({})"}[column]
        found: dict[str, list[int]] = {}
        for chunk in _chunks(values):
            for key, pid in self.conn.execute(sql.format(_marks(chunk)), chunk):
                found.setdefault(key, []).append(pid)
        return found


def _apply_values(manual: dict[str, Any], values: dict[str, Any]) -> tuple[dict[str, Any], list[tuple]]:
    """The new editor layer and the ``(field, old, new)`` changes (``None`` = no editor value)."""
    updated = dict(manual)
    changes = []
    for name, new in values.items():
        old = manual.get(name)
        if new is ABSENT:
            if name in updated:
                del updated[name]
                changes.append((name, old, None))
        elif name not in manual or old != new:
            updated[name] = new
            changes.append((name, old, new))
    return updated, changes


def _dump(value: Any) -> str | None:
    return None if value is None else json.dumps(value, ensure_ascii=False)


def _load_change(row: dict[str, Any]) -> dict[str, Any]:
    for key in ("old_manual", "new_manual", "old_shown"):
        row[key] = json.loads(row[key]) if row[key] is not None else None
    return row


def _marks(items: list[Any]) -> str:
    return ",".join("?" * len(items))


def _chunks(items: list[Any], size: int = 500) -> Iterable[list[Any]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]
