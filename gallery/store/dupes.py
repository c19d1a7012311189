"""Duplicates: fingerprints per photo, groups of alike photos, editors' choices (SQL).

A mixin of :class:`gallery.store.Store`. Groups are worked out in Python
(:mod:`gallery.likeness`) and stored whole, with the fingerprints' signature they were made
from, so pages read them instead of comparing anything. A group is named by its smallest
photo id (URLs stay stable across rebuilds). A choice (which photo to keep, what was merged
into it) is stored per decision with the photos it covered and never deleted; photos and
files are never removed here.
"""

from __future__ import annotations

import json
from typing import Any

FINGERPRINT_VERSION = 1  # bump when gallery.fingerprint changes: older values are recomputed


class DuplicatesMixin:
    """Fingerprints, duplicate groups and the choices editors made about them."""

    SCHEMA = """
CREATE TABLE IF NOT EXISTS fingerprints (
    photo_id INTEGER PRIMARY KEY REFERENCES photos(id),
    value TEXT, version INTEGER NOT NULL, at TEXT
);
CREATE TABLE IF NOT EXISTS dupe_groups (
    id INTEGER PRIMARY KEY, size INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS dupe_members (
    group_id INTEGER NOT NULL REFERENCES dupe_groups(id), photo_id INTEGER NOT NULL,
    distance INTEGER NOT NULL DEFAULT 0, how TEXT NOT NULL DEFAULT 'copy',
    PRIMARY KEY (group_id, photo_id)
);
CREATE INDEX IF NOT EXISTS dupe_members_photo ON dupe_members (photo_id);
CREATE TABLE IF NOT EXISTS dupe_decisions (
    id INTEGER PRIMARY KEY, kept INTEGER NOT NULL, photos TEXT NOT NULL, merged TEXT NOT NULL DEFAULT '{}',
    step_id INTEGER, user TEXT NOT NULL, at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS dupe_choices (
    photo_id INTEGER PRIMARY KEY, decision_id INTEGER NOT NULL REFERENCES dupe_decisions(id)
);
"""

    # --- fingerprints -------------------------------------------------------------------------

    def save_fingerprint(self, photo_id: int, value: str | None) -> None:
        """Store a photo's fingerprint (None: a featureless picture, nothing to compare)."""
        from . import now

        self.conn.execute(
            "INSERT INTO fingerprints (photo_id, value, version, at) VALUES (?, ?, ?, ?)"
            " ON CONFLICT(photo_id) DO UPDATE SET value = excluded.value, version = excluded.version,"
            " at = excluded.at",
            (photo_id, value, FINGERPRINT_VERSION, now()),
        )

    def fingerprints(self) -> list[tuple[int, str]]:
        """Every current fingerprint: ``(photo_id, value)`` in photo order."""
        return self.conn.execute(
            "SELECT photo_id, value FROM fingerprints WHERE value IS NOT NULL AND version = ?"
            " AND photo_id IN (SELECT id FROM photos) ORDER BY photo_id", (FINGERPRINT_VERSION,),
        ).fetchall()

    def photos_without_fingerprint(self, limit: int = 1_000_000) -> list[dict[str, Any]]:
        """Photos indexed before fingerprints (or by an older version): ``id`` and ``digest``."""
        return self._all(
            "SELECT p.id, p.digest FROM photos p LEFT JOIN fingerprints f ON f.photo_id = p.id"
            " WHERE (f.photo_id IS NULL OR f.version != ?) AND p.thumbs = 1 ORDER BY p.id LIMIT ?",
            (FINGERPRINT_VERSION, limit),
        )

    def fingerprint_signature(self) -> str:
        """Changes whenever a fingerprint is added, changed or its photo goes away."""
        count, latest = self.conn.execute(
            "SELECT count(*), max(at) FROM fingerprints WHERE photo_id IN (SELECT id FROM photos)"
        ).fetchone()
        return f"{FINGERPRINT_VERSION}:{count}:{latest or ''}"

    # --- groups -------------------------------------------------------------------------------

    def save_groups(self, groups: list[list[tuple[int, int, str]]], signature: str) -> None:
        """Replace every group: each a list of ``(photo_id, distance, how)``; one transaction."""
        with self.transaction():
            self.conn.execute("DELETE FROM dupe_members")
            self.conn.execute("DELETE FROM dupe_groups")
            for members in groups:
                group_id = min(photo_id for photo_id, _, _ in members)
                self.conn.execute("INSERT INTO dupe_groups (id, size) VALUES (?, ?)", (group_id, len(members)))
                self.conn.executemany(
                    "INSERT INTO dupe_members (group_id, photo_id, distance, how) VALUES (?, ?, ?, ?)",
                    [(group_id, pid, distance, how) for pid, distance, how in members],
                )
            self._set_meta("dupes_signature", signature)

    def groups_signature(self) -> str | None:
        """The fingerprints' signature when the groups were last made (None: never)."""
        row = self.conn.execute("SELECT value FROM meta WHERE key = 'dupes_signature'").fetchone()
        return row[0] if row else None

    def _set_meta(self, key: str, value: str) -> None:
        self.conn.execute(
            "INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            (key, value),
        )

    def dupe_group_ids(self) -> list[int]:
        """Every group, largest first."""
        return [r[0] for r in self.conn.execute("SELECT id FROM dupe_groups ORDER BY size DESC, id")]

    def dupe_members(self, group_ids: list[int] | None = None) -> dict[int, list[dict[str, Any]]]:
        """Members of groups (all when None): photo id, distance to the group and how alike."""
        where, params = "", []
        if group_ids is not None:
            if not group_ids:
                return {}
            where, params = f" WHERE group_id IN ({','.join('?' * len(group_ids))})", group_ids
        found: dict[int, list[dict[str, Any]]] = {}
        for row in self._all(f"SELECT * FROM dupe_members{where} ORDER BY group_id, how != 'reference', distance, photo_id", params):
            found.setdefault(row["group_id"], []).append(row)
        return found

    def dupe_group_of(self, photo_id: int) -> int | None:
        """The group a photo belongs to, if any."""
        row = self.conn.execute("SELECT group_id FROM dupe_members WHERE photo_id = ?", (photo_id,)).fetchone()
        return row[0] if row else None

    def exact_copy_photos(self, limit: int = 10_000) -> list[int]:
        """Photos whose bytes are in two or more files (exact copies), most files first."""
        return [r[0] for r in self.conn.execute(
            "SELECT photo_id FROM files WHERE photo_id IS NOT NULL GROUP BY photo_id HAVING count(*) > 1"
            " ORDER BY count(*) DESC, photo_id LIMIT ?", (limit,),
        )]

    # --- what the pages show of each member ---------------------------------------------------

    def dupe_photos(self, photo_ids: list[int]) -> dict[int, dict[str, Any]]:
        """Summary, caption, size, date, credits and files of photos, for side-by-side pages."""
        if not photo_ids:
            return {}
        marks = ",".join("?" * len(photo_ids))
        rows = self._all(
            "SELECT p.id, p.digest, p.title, p.caption, p.photographers, p.place, p.date, p.width,"
            " p.height, p.bytes, p.format, p.colour, p.missing, p.camera, p.fields, p.added_at,"
            " (SELECT value FROM fingerprints f WHERE f.photo_id = p.id) AS fingerprint"
            f" FROM photos p WHERE p.id IN ({marks})",
            photo_ids,
        )
        found = {}
        for row in rows:
            row["photographers"] = json.loads(row["photographers"] or "[]")
            row["fields"] = json.loads(row["fields"] or "{}")
            row["files"] = []
            found[row["id"]] = row
        for file in self._all(
            "SELECT f.photo_id, f.path, f.name, f.size, f.missing, f.parse, f.first_seen, r.path AS root"
            f" FROM files f JOIN roots r ON r.id = f.root_id WHERE f.photo_id IN ({marks})"
            " ORDER BY f.missing, f.id",
            photo_ids,
        ):
            file["parse"] = json.loads(file["parse"] or "{}")
            found[file["photo_id"]]["files"].append(file)
        return found

    def credits_of(self, photo_ids: list[int]) -> dict[int, list[str]]:
        """Every name a photo is credited to: its merged photographers and each file name's."""
        found: dict[int, list[str]] = {pid: [] for pid in photo_ids}
        for pid, row in self.dupe_photos(photo_ids).items():
            names = list(row["photographers"])
            for file in row["files"]:
                names += file["parse"].get("photographers") or []
            found[pid] = list(dict.fromkeys(n for n in names if n))
        return found

    def entries_per_photographer(self) -> dict[str, int]:
        """How many photos each photographer is credited with in the whole archive."""
        return dict(self.conn.execute("SELECT name, count(*) FROM photo_people GROUP BY name").fetchall())

    # --- choices ------------------------------------------------------------------------------

    def record_decision(self, kept: int, photo_ids: list[int], merged: dict[str, Any], user: str,
                        step_id: int | None) -> int:
        """Remember which photo an editor kept among ``photo_ids`` and what was merged into it."""
        from . import now

        with self.transaction():
            cursor = self.conn.execute(
                "INSERT INTO dupe_decisions (kept, photos, merged, step_id, user, at) VALUES (?, ?, ?, ?, ?, ?)",
                (kept, json.dumps(sorted(photo_ids)), json.dumps(merged, ensure_ascii=False), step_id, user, now()),
            )
            decision_id = int(cursor.lastrowid)
            self.conn.executemany(
                "INSERT INTO dupe_choices (photo_id, decision_id) VALUES (?, ?)"
                " ON CONFLICT(photo_id) DO UPDATE SET decision_id = excluded.decision_id",
                [(pid, decision_id) for pid in photo_ids],
            )
        return decision_id

    def decisions_for(self, photo_ids: list[int]) -> dict[int, dict[str, Any]]:
        """The latest choice covering each photo (photos never decided are absent)."""
        if not photo_ids:
            return {}
        rows = self._all(
            "SELECT c.photo_id, d.* FROM dupe_choices c JOIN dupe_decisions d ON d.id = c.decision_id"
            f" WHERE c.photo_id IN ({','.join('?' * len(photo_ids))})",
            photo_ids,
        )
        found = {}
        for row in rows:
            row["photos"] = json.loads(row["photos"])
            row["merged"] = json.loads(row["merged"] or "{}")
            found[row.pop("photo_id")] = row
        return found

    def decision_history(self, photo_ids: list[int]) -> list[dict[str, Any]]:
        """Every choice that covered any of these photos, newest first."""
        wanted = set(photo_ids)
        rows = self._all("SELECT * FROM dupe_decisions ORDER BY id DESC LIMIT 5000")
        found = []
        for row in rows:
            row["photos"] = json.loads(row["photos"])
            row["merged"] = json.loads(row["merged"] or "{}")
            if wanted & set(row["photos"]):
                found.append(row)
        return found
