"""The only module that speaks SQL: schema, migrations, writes and queries (sqlite-utils).

One SQLite file holds everything; thumbnails live in a folder beside it (``gallery.db`` →
``gallery.thumbs/``). Writes happen in short transactions, in WAL mode, so the web app keeps
reading while an index runs. A photo is identified by a digest of its bytes (BLAKE3; databases
made before it keep their photos' SHA-256, see :meth:`Store.migrate`); each file that holds those
bytes is a row of ``files`` with its own file-name parse.
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import sqlite_utils

from .. import metadata
from ..processes import alive as process_alive
from .browse import BrowseMixin
from .dupes import DuplicatesMixin
from .edits import EditsMixin
from .search import Page as Page
from .search import SearchMixin

SCHEMA_VERSION = 2  # the stored version adds a digest of every schema string (see migrate)
DEFAULT_DB = "gallery.db"


class StoreError(Exception):
    """A problem with the database an editor can act on (wrong path, not a gallery file)."""


def now() -> str:
    """Local time with microseconds: two runs in the same second still order correctly."""
    return datetime.now(UTC).astimezone().isoformat(timespec="microseconds")


def thumbs_dir_for(db_path: str | os.PathLike[str]) -> Path:
    """Thumbnails live beside the database: ``gallery.db`` → ``gallery.thumbs``."""
    path = Path(db_path)
    return path.with_name(path.stem + ".thumbs")


_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE IF NOT EXISTS roots (
    id INTEGER PRIMARY KEY, path TEXT NOT NULL UNIQUE, added_at TEXT, last_indexed TEXT
);
CREATE TABLE IF NOT EXISTS photos (
    id INTEGER PRIMARY KEY,
    digest TEXT NOT NULL UNIQUE, digest_kind TEXT NOT NULL DEFAULT 'blake3',
    format TEXT, width INTEGER, height INTEGER, bytes INTEGER, colour TEXT,
    thumbs INTEGER NOT NULL DEFAULT 0,
    exif_raw TEXT NOT NULL DEFAULT '{}', exif TEXT NOT NULL DEFAULT '{}',
    embedded TEXT NOT NULL DEFAULT '{}', manual TEXT NOT NULL DEFAULT '{}',
    title TEXT, caption TEXT, photographers TEXT NOT NULL DEFAULT '[]', place TEXT,
    date TEXT, year INTEGER, kind TEXT, keywords TEXT NOT NULL DEFAULT '[]',
    credit TEXT, copyright TEXT, camera TEXT, gps_lat REAL, gps_lon REAL,
    fields TEXT NOT NULL DEFAULT '{}', conflicts TEXT NOT NULL DEFAULT '[]',
    private TEXT NOT NULL DEFAULT '{}',
    missing INTEGER NOT NULL DEFAULT 0,
    added_at TEXT, updated_at TEXT
);
CREATE INDEX IF NOT EXISTS photos_date ON photos (date DESC, id DESC);
CREATE INDEX IF NOT EXISTS photos_place ON photos (place);
CREATE INDEX IF NOT EXISTS photos_sha256 ON photos (digest) WHERE digest_kind = 'sha256';
CREATE TABLE IF NOT EXISTS files (
    id INTEGER PRIMARY KEY,
    photo_id INTEGER REFERENCES photos(id),
    root_id INTEGER NOT NULL REFERENCES roots(id),
    path TEXT NOT NULL, raw_path BLOB, name TEXT NOT NULL, repaired INTEGER NOT NULL DEFAULT 0,
    size INTEGER, mtime_ns INTEGER, inode INTEGER,
    parse TEXT NOT NULL DEFAULT '{}',
    missing INTEGER NOT NULL DEFAULT 0,
    first_seen TEXT, last_seen TEXT,
    UNIQUE (root_id, path)
);
CREATE INDEX IF NOT EXISTS files_photo ON files (photo_id);
CREATE INDEX IF NOT EXISTS files_name ON files (name);
CREATE TABLE IF NOT EXISTS photo_people (
    photo_id INTEGER NOT NULL REFERENCES photos(id), name TEXT NOT NULL,
    PRIMARY KEY (photo_id, name)
);
CREATE INDEX IF NOT EXISTS photo_people_name ON photo_people (name);
CREATE TABLE IF NOT EXISTS articles (
    id INTEGER PRIMARY KEY, root_id INTEGER, path TEXT NOT NULL, sha256 TEXT,
    title TEXT, source TEXT, published TEXT, tags TEXT NOT NULL DEFAULT '[]', editor TEXT,
    body TEXT, added_at TEXT, updated_at TEXT,
    UNIQUE (root_id, path)
);
CREATE TABLE IF NOT EXISTS article_images (
    article_id INTEGER NOT NULL REFERENCES articles(id), position INTEGER NOT NULL,
    name TEXT NOT NULL, caption TEXT, section TEXT,
    PRIMARY KEY (article_id, position)
);
CREATE INDEX IF NOT EXISTS article_images_name ON article_images (name);
CREATE TABLE IF NOT EXISTS errors (
    id INTEGER PRIMARY KEY, root_id INTEGER, path TEXT NOT NULL, reason TEXT NOT NULL,
    detail TEXT, run_id INTEGER, at TEXT,
    UNIQUE (root_id, path)
);
CREATE TABLE IF NOT EXISTS runs (
    id INTEGER PRIMARY KEY, started_at TEXT, finished_at TEXT, status TEXT,
    roots TEXT, counts TEXT NOT NULL DEFAULT '{}', pid INTEGER
);
"""



class Store(SearchMixin, EditsMixin, BrowseMixin, DuplicatesMixin):
    """A gallery database: open it, write to it, ask it things.

    Each area keeps its SQL in a module of this package, as a mixin with a ``SCHEMA`` string
    (search in ``search.py``); :meth:`migrate` runs this module's schema, then each mixin's.
    """

    def __init__(self, path: str | os.PathLike[str] = DEFAULT_DB, *, create: bool = True):
        self.path = Path(path)
        if not create and not self.path.exists():
            raise StoreError(f"没有找到图库数据库：{self.path}（请先运行 gallery index 文件夹）")
        if self.path.parent and not self.path.parent.exists():
            raise StoreError(f"数据库所在的文件夹不存在：{self.path.parent}")
        try:
            conn = sqlite3.connect(str(self.path), timeout=30, check_same_thread=False)
            conn.execute("PRAGMA journal_mode = WAL")
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"{self.path} 不是图库数据库：{exc}") from exc
        conn.execute("PRAGMA synchronous = NORMAL")
        conn.execute("PRAGMA foreign_keys = ON")
        self.conn = conn
        self.db = sqlite_utils.Database(conn)
        self.thumbs_dir = thumbs_dir_for(self.path)
        self.migrate()

    def close(self) -> None:
        self.conn.close()

    # --- schema --------------------------------------------------------------------------

    def migrate(self) -> None:
        """Create the tables, or bring an older file up to date.

        The DDL runs only when the stored schema version differs from this code's (a digest
        of every schema string): opening the database for a web request then only reads.
        """
        version = self.schema_version()
        try:
            if self._stored_version() == version:
                return
            with self.transaction():
                self._digest_column()
                for schema in self._schemas():
                    for statement in schema.split(";\n"):
                        if statement.strip():
                            self.conn.execute(statement)
                self.conn.execute(
                    "INSERT INTO meta (key, value) VALUES ('schema_version', ?) "
                    "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                    (version,),
                )
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"{self.path} 不是图库数据库：{exc}") from exc

    def _digest_column(self) -> None:
        """Databases made before BLAKE3 identified photos by ``sha256``: that column becomes ``digest``.

        Their photos keep their SHA-256 (``digest_kind = 'sha256'``), so their thumbnails, links and
        exported sheets stay valid; while any are left the indexer computes SHA-256 as well, so
        that a moved or copied file still finds its photo (see ``Indexer``).
        """
        columns = {row[1] for row in self.conn.execute("PRAGMA table_info(photos)")}
        if "sha256" in columns and "digest" not in columns:
            self.conn.execute("ALTER TABLE photos RENAME COLUMN sha256 TO digest")
            self.conn.execute("ALTER TABLE photos ADD COLUMN digest_kind TEXT NOT NULL DEFAULT 'blake3'")
            self.conn.execute("UPDATE photos SET digest_kind = 'sha256'")

    def schema_version(self) -> str:
        """This code's schema version: the number, and a digest of this module's and the mixins' schemas."""
        digest = hashlib.sha256("\0".join(self._schemas()).encode()).hexdigest()[:16]
        return f"{SCHEMA_VERSION}.{digest}"

    def _stored_version(self) -> str | None:
        try:
            row = self.conn.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
        except sqlite3.OperationalError as exc:  # a new file: no meta table yet
            if "no such table" in str(exc):
                return None
            raise
        return row[0] if row else None

    def _schemas(self) -> list[str]:
        """This module's schema first, then each mixin's ``SCHEMA``, base classes first."""
        found = [_SCHEMA]
        for cls in reversed(type(self).__mro__):
            schema = cls.__dict__.get("SCHEMA")
            if schema:
                found.append(schema)
        return found

    def ensure_columns(self, table: str, columns: dict[str, str]) -> None:
        """Add the columns an older database lacks (``{"name": "TEXT"}``)."""
        have = {row[1] for row in self.conn.execute(f"PRAGMA table_info({table})")}
        for name, kind in columns.items():
            if name not in have:
                self.conn.execute(f"ALTER TABLE {table} ADD COLUMN {name} {kind}")

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """One atomic write: everything inside commits together or not at all."""
        if self.conn.in_transaction:
            yield self.conn
            return
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield self.conn
        except BaseException:
            self.conn.rollback()
            raise
        else:
            self.conn.commit()

    def begin_batch(self) -> None:
        """Open a write transaction that later :meth:`transaction` blocks join, until :meth:`commit_batch`.

        The indexer stores several files' results per commit (each file in a :meth:`savepoint`):
        a killed run loses at most one batch, which the next run reads again.
        """
        if not self.conn.in_transaction:
            self.conn.execute("BEGIN IMMEDIATE")

    def commit_batch(self) -> None:
        """Commit the open batch, if any."""
        if self.conn.in_transaction:
            self.conn.commit()

    @contextmanager
    def savepoint(self) -> Iterator[sqlite3.Connection]:
        """Inside an open batch, a part undone on its own when it fails; else a :meth:`transaction`."""
        if not self.conn.in_transaction:
            with self.transaction() as conn:
                yield conn
            return
        self.conn.execute("SAVEPOINT part")
        try:
            yield self.conn
        except BaseException:
            if self.conn.in_transaction:  # an error SQLite rolled back itself left nothing to undo
                self.conn.execute("ROLLBACK TO part")
                self.conn.execute("RELEASE part")
            raise
        self.conn.execute("RELEASE part")

    def _one(self, sql: str, params: Iterable[Any] = ()) -> dict[str, Any] | None:
        cursor = self.conn.execute(sql, tuple(params))
        row = cursor.fetchone()
        return dict(zip([c[0] for c in cursor.description], row, strict=True)) if row else None

    def _all(self, sql: str, params: Iterable[Any] = ()) -> list[dict[str, Any]]:
        cursor = self.conn.execute(sql, tuple(params))
        columns = [c[0] for c in cursor.description]
        return [dict(zip(columns, row, strict=True)) for row in cursor.fetchall()]

    # --- runs and roots ---------------------------------------------------------------------

    def root_id(self, path: str) -> int:
        """The id of an indexed folder, adding it on first use."""
        row = self._one("SELECT id FROM roots WHERE path = ?", (path,))
        if row:
            return row["id"]
        with self.transaction():
            cursor = self.conn.execute("INSERT INTO roots (path, added_at) VALUES (?, ?)", (path, now()))
        return int(cursor.lastrowid)

    def roots(self) -> list[dict[str, Any]]:
        return self._all("SELECT * FROM roots ORDER BY id")

    def start_run(self, roots: list[str]) -> tuple[int, bool]:
        """Record a new index run; returns its id and whether an earlier run was killed."""
        with self.transaction():
            stale = [
                r[0] for r in self.conn.execute("SELECT id, pid FROM runs WHERE status = 'running'")
                if not r[1] or not process_alive(r[1])
            ]
            if stale:
                self.conn.execute(
                    f"UPDATE runs SET status = 'interrupted' WHERE id IN ({','.join('?' * len(stale))})", stale
                )
            cursor = self.conn.execute(
                "INSERT INTO runs (started_at, status, roots, pid) VALUES (?, 'running', ?, ?)",
                (now(), json.dumps(roots, ensure_ascii=False), os.getpid()),
            )
        return int(cursor.lastrowid), bool(stale)

    def finish_run(self, run_id: int, counts: dict[str, Any], status: str = "done") -> None:
        with self.transaction():
            self.conn.execute(
                "UPDATE runs SET finished_at = ?, status = ?, counts = ? WHERE id = ?",
                (now(), status, json.dumps(counts, ensure_ascii=False), run_id),
            )

    def running_index(self) -> dict[str, Any] | None:
        """The index run in progress, if its process is still alive."""
        row = self._one("SELECT * FROM runs WHERE status = 'running' ORDER BY id DESC LIMIT 1")
        if row and row.get("pid") and process_alive(row["pid"]):
            return row
        return None

    def last_run(self) -> dict[str, Any] | None:
        row = self._one("SELECT * FROM runs ORDER BY id DESC LIMIT 1")
        if row:
            row["counts"] = json.loads(row["counts"] or "{}")
        return row

    # --- files and photos ------------------------------------------------------------------

    def file_at(self, root_id: int, path: str) -> dict[str, Any] | None:
        return self._one("SELECT * FROM files WHERE root_id = ? AND path = ?", (root_id, path))

    def photo_by_digest(self, digest: str, legacy: str | None = None) -> dict[str, Any] | None:
        """The photo of these bytes: by ``digest``, else by the SHA-256 ``legacy`` an older version stored."""
        row = self._one("SELECT id, thumbs, digest FROM photos WHERE digest = ?", (digest,))
        if row is None and legacy:
            row = self._one("SELECT id, thumbs, digest FROM photos WHERE digest = ? AND digest_kind = 'sha256'",
                            (legacy,))
        return row

    def has_legacy_digests(self) -> bool:
        """Whether some photos are still known by the SHA-256 an older version stored (see migrate)."""
        return self._one("SELECT 1 AS one FROM photos WHERE digest_kind = 'sha256' LIMIT 1") is not None  # photos_sha256

    def files_at(self, root_id: int, paths: list[str]) -> dict[str, dict[str, Any]]:
        """The file rows of many paths of a folder at once (path -> row), for the unchanged check."""
        found: dict[str, dict[str, Any]] = {}
        for start in range(0, len(paths), 500):
            chunk = paths[start : start + 500]
            cursor = self.conn.execute(
                "SELECT id, path, photo_id, size, mtime_ns, inode, missing FROM files"
                f" WHERE root_id = ? AND path IN ({','.join('?' * len(chunk))})",
                (root_id, *chunk),
            )
            for ident, path, photo_id, size, mtime_ns, inode, missing in cursor:
                found[path] = {"id": ident, "path": path, "photo_id": photo_id, "size": size,
                               "mtime_ns": mtime_ns, "inode": inode, "missing": missing}
        return found

    def start_seen(self) -> None:
        """Begin noting which file rows a walk finds (a temporary table: nothing on disk changes)."""
        self.conn.execute("CREATE TEMP TABLE IF NOT EXISTS seen_files (id INTEGER PRIMARY KEY)")
        with self.transaction():
            self.conn.execute("DELETE FROM temp.seen_files")

    def add_seen(self, file_ids: list[int]) -> None:
        """Note file rows found by this walk; unchanged files are never rewritten, which keeps a re-run fast."""
        if file_ids:
            with self.transaction():
                self.conn.executemany("INSERT OR IGNORE INTO temp.seen_files (id) VALUES (?)",
                                      [(i,) for i in file_ids])

    def revive_file(self, file_id: int) -> None:
        """A missing file is back, unchanged."""
        with self.transaction():
            self.conn.execute("UPDATE files SET missing = 0 WHERE id = ?", (file_id,))

    def set_thumbs(self, photo_id: int, colour: str | None) -> None:
        self.conn.execute("UPDATE photos SET thumbs = 1, colour = ? WHERE id = ?", (colour, photo_id))

    def indexed_root(self, root_id: int, stamp: str) -> None:
        with self.transaction():
            self.conn.execute("UPDATE roots SET last_indexed = ? WHERE id = ?", (stamp, root_id))

    def add_photo(self, facts: dict[str, Any], exif: dict[str, Any]) -> int:
        """Insert a photo for new bytes; returns its id."""
        cursor = self.conn.execute(
            "INSERT INTO photos (digest, format, width, height, bytes, colour, thumbs, exif_raw, exif,"
            " embedded, camera, gps_lat, gps_lon, added_at, updated_at)"
            " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            (
                facts["digest"], facts.get("format"), facts.get("width"), facts.get("height"),
                facts.get("size"), facts.get("colour"), int(bool(facts.get("thumbs"))),
                _json(facts.get("raw_exif") or {}), _json(exif), _json(facts.get("embedded") or {}),
                exif.get("camera"), exif.get("gps_lat"), exif.get("gps_lon"), now(), now(),
            ),
        )
        return int(cursor.lastrowid)

    def save_file(self, row: dict[str, Any], file_id: int | None = None) -> int:
        """Insert or update a file row; returns its id."""
        columns = ("photo_id", "root_id", "path", "raw_path", "name", "repaired", "size",
                   "mtime_ns", "inode", "parse", "missing", "last_seen")
        values = [row.get(c) if c != "parse" else _json(row.get("parse") or {}) for c in columns]
        if file_id is None:
            cursor = self.conn.execute(
                f"INSERT INTO files ({', '.join(columns)}, first_seen) VALUES ({', '.join('?' * len(columns))}, ?)",
                (*values, row.get("last_seen")),
            )
            return int(cursor.lastrowid)
        self.conn.execute(
            f"UPDATE files SET {', '.join(c + ' = ?' for c in columns)} WHERE id = ?",
            (*values, file_id),
        )
        return file_id

    def files_of(self, photo_id: int) -> list[dict[str, Any]]:
        rows = self._all(
            "SELECT files.*, roots.path AS root FROM files JOIN roots ON roots.id = files.root_id"
            " WHERE photo_id = ? ORDER BY missing, files.id",
            (photo_id,),
        )
        for row in rows:
            row["parse"] = json.loads(row["parse"] or "{}")
        return rows

    def mark_missing(self, root_id: int, *, keep_under: Iterable[str] = ()) -> list[int]:
        """Files of a folder the walk did not find are missing (kept, never dropped).

        Files under ``keep_under`` (folders that could not be listed) are left as they were.
        """
        outside, folders = _outside(keep_under)
        where = "root_id = ? AND missing = 0 AND id NOT IN (SELECT id FROM temp.seen_files)" + outside
        params: list[Any] = [root_id, *folders]
        photo_ids = [r["photo_id"] for r in self._all(f"SELECT DISTINCT photo_id FROM files WHERE {where}", params)]
        with self.transaction():
            self.conn.execute(f"UPDATE files SET missing = 1 WHERE {where}", params)
            self._update_photo_missing(photo_ids)
        return photo_ids

    def _update_photo_missing(self, photo_ids: list[int]) -> None:
        for photo_id in photo_ids:
            self.conn.execute(
                "UPDATE photos SET missing = NOT EXISTS (SELECT 1 FROM files WHERE photo_id = ? AND missing = 0)"
                " WHERE id = ?",
                (photo_id, photo_id),
            )

    def record_error(self, root_id: int | None, path: str, reason: str, detail: str | None, run_id: int | None) -> None:
        self.conn.execute(
            "INSERT INTO errors (root_id, path, reason, detail, run_id, at) VALUES (?,?,?,?,?,?)"
            " ON CONFLICT(root_id, path) DO UPDATE SET reason = excluded.reason,"
            " detail = excluded.detail, run_id = excluded.run_id, at = excluded.at",
            (root_id, path, reason, detail, run_id, now()),
        )

    def clear_error(self, root_id: int, path: str) -> None:
        self.conn.execute("DELETE FROM errors WHERE root_id = ? AND path = ?", (root_id, path))

    def clear_stale_errors(self, root_id: int, run_id: int, *, keep_under: Iterable[str] = ()) -> int:
        """After a whole walk of a folder: its problems this run did not meet again are gone (the
        file was deleted or replaced by a good one). Those under ``keep_under`` (folders that could
        not be listed) stay. Returns how many were cleared."""
        outside, folders = _outside(keep_under)
        where = "root_id = ? AND (run_id IS NULL OR run_id != ?)" + outside
        params: list[Any] = [root_id, run_id, *folders]
        with self.transaction():
            return self.conn.execute(f"DELETE FROM errors WHERE {where}", params).rowcount

    def errors(self, limit: int = 1000) -> list[dict[str, Any]]:
        return self._all(
            "SELECT errors.*, roots.path AS root FROM errors LEFT JOIN roots ON roots.id = errors.root_id"
            " ORDER BY errors.at DESC, errors.id DESC LIMIT ?",
            (limit,),
        )

    def error_count(self) -> int:
        return self.conn.execute("SELECT count(*) FROM errors").fetchone()[0]

    # --- articles ---------------------------------------------------------------------------

    def save_article(self, root_id: int, path: str, sha256: str, article: Any) -> tuple[int, list[str]]:
        """Store an article page and its image list; returns its id and the image names."""
        existing = self._one("SELECT id FROM articles WHERE root_id = ? AND path = ?", (root_id, path))
        values = (sha256, article.title, article.source, article.published,
                  _json(article.tags), article.editor, article.body, now())
        if existing:
            article_id = existing["id"]
            self.conn.execute(
                "UPDATE articles SET sha256=?, title=?, source=?, published=?, tags=?, editor=?, body=?,"
                " updated_at=? WHERE id = ?",
                (*values, article_id),
            )
            self.conn.execute("DELETE FROM article_images WHERE article_id = ?", (article_id,))
        else:
            cursor = self.conn.execute(
                "INSERT INTO articles (sha256, title, source, published, tags, editor, body, updated_at,"
                " root_id, path, added_at) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                (*values, root_id, path, now()),
            )
            article_id = int(cursor.lastrowid)
        self.conn.executemany(
            "INSERT INTO article_images (article_id, position, name, caption, section) VALUES (?,?,?,?,?)",
            [(article_id, img.position, img.name, img.caption, img.section) for img in article.images],
        )
        return article_id, [img.name for img in article.images]

    def article_sha(self, root_id: int, path: str) -> str | None:
        row = self._one("SELECT sha256 FROM articles WHERE root_id = ? AND path = ?", (root_id, path))
        return row["sha256"] if row else None

    def photo_ids_named(self, names: Iterable[str]) -> list[int]:
        names = list(set(names))
        ids: set[int] = set()
        for start in range(0, len(names), 500):
            chunk = names[start : start + 500]
            ids.update(
                r[0] for r in self.conn.execute(
                    f"SELECT DISTINCT photo_id FROM files WHERE name IN ({','.join('?' * len(chunk))})", chunk
                )
            )
        return sorted(i for i in ids if i is not None)

    def articles(self) -> list[dict[str, Any]]:
        return self._all(
            "SELECT a.*, (SELECT count(*) FROM article_images WHERE article_id = a.id) AS images"
            " FROM articles a ORDER BY published DESC, id DESC"
        )

    def article(self, article_id: int) -> dict[str, Any] | None:
        row = self._one("SELECT * FROM articles WHERE id = ?", (article_id,))
        if row is None:
            return None
        row["tags"] = json.loads(row["tags"] or "[]")
        row["images"] = self._all(
            "SELECT ai.*, (SELECT f.photo_id FROM files f WHERE f.name = ai.name AND f.photo_id IS NOT NULL"
            " ORDER BY f.missing LIMIT 1) AS photo_id FROM article_images ai WHERE article_id = ?"
            " ORDER BY position",
            (article_id,),
        )
        for image in row["images"]:
            image["photo"] = self.photo_summary(image["photo_id"]) if image["photo_id"] else None
        return row

    def captions_for(self, names: list[str]) -> list[dict[str, Any]]:
        if not names:
            return []
        return self._all(
            "SELECT ai.*, a.title AS article_title, a.published, a.id AS article_id FROM article_images ai"
            f" JOIN articles a ON a.id = ai.article_id WHERE ai.name IN ({','.join('?' * len(names))})"
            " ORDER BY a.published DESC, a.id DESC, ai.position",
            names,
        )

    # --- merged records ----------------------------------------------------------------------

    def sources_for(self, photo_id: int, parse_caption) -> metadata.Sources:
        """Everything known about a photo, for :func:`metadata.merge`."""
        photo = self._one("SELECT exif, embedded, manual FROM photos WHERE id = ?", (photo_id,))
        files = self.files_of(photo_id)
        parses = [f["parse"] for f in sorted(files, key=_file_rank)]
        captions = []
        for entry in self.captions_for(sorted({f["name"] for f in files})):
            if entry.get("caption"):
                entry["parse"] = parse_caption(entry["caption"])
                captions.append(entry)
        return metadata.Sources(
            parses=parses,
            exif=json.loads(photo["exif"]),
            embedded=json.loads(photo["embedded"]),
            captions=captions,
            manual=json.loads(photo["manual"]),
        )

    def save_record(self, photo_id: int, record: metadata.Record, *, kind: str | None, search_extra: str) -> None:
        """Write a merged record into the photo's columns and its search row."""
        photographers = record.value("photographers") or []
        date = record.value("date")
        day = str(date)[:10] if date else None
        self.conn.execute(
            "UPDATE photos SET title=?, caption=?, photographers=?, place=?, date=?, year=?, kind=?,"
            " keywords=?, credit=?, copyright=?, fields=?, conflicts=?, private=?, updated_at=?"
            " WHERE id = ?",
            (
                record.value("title"), record.value("caption"), _json(photographers),
                record.value("place"), date, int(day[:4]) if day and day[:4].isdigit() else None, kind,
                _json(record.value("keywords") or []), record.value("credit"), record.value("copyright"),
                _json(record.as_dict()["fields"]), _json(record.conflicts), _json(record.private),
                now(), photo_id,
            ),
        )
        self.conn.execute("DELETE FROM photo_people WHERE photo_id = ?", (photo_id,))
        self.conn.executemany(
            "INSERT OR IGNORE INTO photo_people (photo_id, name) VALUES (?, ?)",
            [(photo_id, name) for name in photographers],
        )
        self.index_text(photo_id, record, search_extra)

    # --- queries for pages ----------------------------------------------------------------------

    def photo(self, photo_id: int) -> dict[str, Any] | None:
        row = self._one(
            "SELECT p.*, (SELECT name FROM files f WHERE f.photo_id = p.id ORDER BY f.missing, f.id LIMIT 1)"
            " AS name FROM photos p WHERE p.id = ?",
            (photo_id,),
        )
        if row is None:
            return None
        for key in ("exif_raw", "exif", "embedded", "manual", "fields", "private"):
            row[key] = json.loads(row[key] or "{}")
        for key in ("photographers", "keywords", "conflicts"):
            row[key] = json.loads(row[key] or "[]")
        return row

    def photo_summary(self, photo_id: int) -> dict[str, Any] | None:
        rows = self._summaries("p.id = ?", [photo_id])
        return rows[0] if rows else None

    _SUMMARY = (
        "SELECT p.id, p.digest, p.title, p.caption, p.photographers, p.place, p.date, p.width, p.height,"
        " p.colour, p.thumbs, p.missing, p.kind, p.camera,"
        " (SELECT name FROM files f WHERE f.photo_id = p.id ORDER BY f.missing, f.id LIMIT 1) AS name"
        " FROM photos p"
    )

    def _summaries(self, where: str, params: list[Any], order: str = "", limit: str = "") -> list[dict[str, Any]]:
        rows = self._all(f"{self._SUMMARY} WHERE {where} {order} {limit}", params)
        for row in rows:
            row["photographers"] = json.loads(row["photographers"] or "[]")
        return rows

    def neighbours(self, photo_id: int) -> tuple[int | None, int | None]:
        """The photos before (newer) and after (older) one, in the grid's order."""
        return self.viewer_neighbours(photo_id)

    def counts(self) -> dict[str, int]:
        one = lambda sql: self.conn.execute(sql).fetchone()[0]  # noqa: E731
        return {
            "photos": one("SELECT count(*) FROM photos"),
            "files": one("SELECT count(*) FROM files"),
            "missing": one("SELECT count(*) FROM files WHERE missing = 1"),
            "errors": one("SELECT count(*) FROM errors"),
            "articles": one("SELECT count(*) FROM articles"),
        }


def _file_rank(row: dict[str, Any]) -> tuple[int, int, int]:
    """The file whose name says most comes first: present, not a copy, most fields."""
    parse = row.get("parse") or {}
    filled = sum(1 for key in ("title", "photographers", "place", "date") if parse.get(key))
    return (row.get("missing") or 0, 1 if parse.get("copy_marker") else 0, -filled)


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, default=str)


def _outside(folders: Iterable[str]) -> tuple[str, list[str]]:
    """SQL (to AND onto a WHERE) and its parameters: ``path`` is under none of ``folders``."""
    folders = list(folders)
    return "".join(" AND path NOT LIKE ? ESCAPE '\\'" for _ in folders), [_like_prefix(f) + "/%" for f in folders]


def _like_prefix(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")

