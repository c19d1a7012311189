"""Search and browse queries: full text, filters, facets, photographers and the place tree (SQL).

A mixin of :class:`gallery.store.Store` (``self.conn`` is its SQLite connection). Photos are
found through ``search_text``, an FTS5 table of CJK character pairs, pinyin pairs, initials and
filter keys made by :mod:`gallery.textsearch`; user input reaches it only as quoted tokens.
Each photo also has a narrow ``search_facets`` row (date, year, camera, place, names), so one
pass over the hits gives the count, the facets and the order without touching the wide
``photos`` rows, and a ``photo_places`` row with its place resolved to administrative levels.
"""

from __future__ import annotations

import heapq
import itertools
import json
import math
import re
import sqlite3
import zlib
from collections import Counter, deque
from collections.abc import Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from functools import lru_cache
from typing import Any

from .. import places as placelib
from .. import textsearch
from ..names import redact_phones

# bm25 weights of search_text's columns: a photographer or title match outranks a caption one.
_COLUMNS = ("who", "title", "place", "caption", "other", "py", "ini", "meta")
_FTS_WEIGHTS = "10.0, 8.0, 6.0, 2.0, 1.0, 6.0, 4.0, 0.0"
FACET_LIMIT = 12
SMALL = 1500  # up to this many hits: bm25 over all of them and exact facets
SAMPLE = 2000  # more: facets of the newest this many
_ID_BITS = 27  # a sort key is (seconds since 1900 << 27) | photo id
_ID_MASK = (1 << _ID_BITS) - 1
_UNDATED = 1 << _ID_BITS  # keys below this are photos without a date
_MAX_KEY = (1 << 63) - 1
_EPOCH = datetime(1900, 1, 1)
SORTS = ("relevance", "date", "oldest")
# FTS5 settings while a bulk load writes (a 64 MB buffer of pending keys, so few segments, and no
# merging) and the usual ones restored after it
_BULK_FTS = {"automerge": 0, "crisismerge": 2000, "hashsize": 64 << 20}
_NORMAL_FTS = {"automerge": 4, "crisismerge": 16, "hashsize": 1 << 20}
_PRESENT = ("gps", "photographer", "place", "date", "title", "caption", "camera")


@dataclass
class Page:
    """One page of photos, how many there are in all, and what narrows them further."""

    photos: list[dict[str, Any]]
    total: int
    page: int
    per_page: int
    facets: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    hints: list[dict[str, Any]] = field(default_factory=list)
    sort: str = "relevance"
    facets_sampled: int | None = None  # facets counted over this many newest hits, not all

    @property
    def pages(self) -> int:
        return max(1, math.ceil(self.total / self.per_page))


@dataclass
class SearchRow:
    """Everything the search index keeps about one photo (from a merged record or a bulk load)."""

    photo_id: int
    title: str | None = None
    caption: str | None = None
    photographers: list[str] = field(default_factory=list)
    place: str | None = None
    date: str | None = None
    keywords: list[str] = field(default_factory=list)
    camera: str | None = None
    kind: str | None = None
    gps_lat: float | None = None
    gps_lon: float | None = None
    extra: str = ""


class SearchMixin:
    """Full-text search with filters and facets, and the photographers and places pages."""

    # search_text's rowid is the photo's sort key (its time, then its id), so "newest first" is
    # the index's own order and a date filter is a rowid range: no join, no sort of all hits.
    # It is contentless (half the size); to delete a row FTS5 needs the text it indexed, so
    # search_docs keeps that text, compressed, apart from the narrow rows facets are counted from.
    SCHEMA = """
DROP TABLE IF EXISTS photo_fts;
CREATE VIRTUAL TABLE IF NOT EXISTS search_text USING fts5(
    who, title, place, caption, other, py, ini, meta, content = '', tokenize = 'unicode61 remove_diacritics 0'
);
CREATE TABLE IF NOT EXISTS search_facets (
    key INTEGER PRIMARY KEY, id INTEGER NOT NULL UNIQUE, date TEXT, year INTEGER, camera TEXT,
    place TEXT, who TEXT
);
CREATE TABLE IF NOT EXISTS search_docs (key INTEGER PRIMARY KEY, docs BLOB NOT NULL);
CREATE TABLE IF NOT EXISTS photo_places (
    photo_id INTEGER PRIMARY KEY, raw TEXT, province TEXT, city TEXT, county TEXT, town TEXT,
    site TEXT, code TEXT, source TEXT, how TEXT NOT NULL DEFAULT '[]'
);
DROP INDEX IF EXISTS photo_places_tree;
CREATE INDEX IF NOT EXISTS photo_places_levels ON photo_places (province, city, county, raw, how);
CREATE TABLE IF NOT EXISTS pinyin_words (
    key TEXT NOT NULL, word TEXT NOT NULL, photos INTEGER NOT NULL DEFAULT 0, PRIMARY KEY (key, word)
) WITHOUT ROWID;
"""

    # --- writing -----------------------------------------------------------------------------

    def index_text(self, photo_id: int, record: Any, extra: str) -> None:
        """(Re)write a photo's search rows from its merged record (GPS, camera, kind from photos)."""
        photo = self.conn.execute(
            "SELECT camera, kind, gps_lat, gps_lon FROM photos WHERE id = ?", (photo_id,)
        ).fetchone() or (None, None, None, None)
        date = record.value("date")
        row = SearchRow(
            photo_id=photo_id, title=record.value("title"), caption=record.value("caption"),
            photographers=list(record.value("photographers") or []), place=record.value("place"),
            date=str(date) if date else None, keywords=list(record.value("keywords") or []),
            camera=photo[0], kind=photo[1], gps_lat=photo[2], gps_lon=photo[3], extra=extra,
        )
        self._delete_search_rows([photo_id])
        words: Counter[tuple[str, str]] = Counter()
        self._write_search_rows([row], words=words)
        self._add_pinyin_words(words)

    def bulk_add_photos(self, rows: Iterable[SearchRow], *, batch: int = 50_000, workers: int = 1) -> int:
        """Insert many photos straight into ``photos`` and the search tables (benchmarks, imports).

        With ``workers`` > 1 the keys are made in other processes while this one writes."""
        added = 0
        words: Counter[tuple[str, str]] = Counter()
        with self._bulk_settings():
            # few, large FTS segments while loading (no merging); one 'optimize' at the end merges them
            with self.transaction():
                for name, value in _BULK_FTS.items():
                    self.conn.execute("INSERT INTO search_text (search_text, rank) VALUES (?, ?)", (name, value))
            for prepared in _prepared_batches(rows, batch, workers):
                with self.transaction():
                    self.conn.executemany(
                        "INSERT INTO photos (id, digest, title, caption, photographers, place, date, year, kind,"
                        " keywords, camera, gps_lat, gps_lon) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)", prepared.photos)
                    self.conn.executemany("INSERT OR IGNORE INTO photo_people (photo_id, name) VALUES (?, ?)",
                                          prepared.people)
                    self._insert_prepared(prepared)
                words.update(prepared.words)
                added += len(prepared.photos)
            with self.transaction():
                self._add_pinyin_words(words)
                for name, value in _NORMAL_FTS.items():
                    self.conn.execute("INSERT INTO search_text (search_text, rank) VALUES (?, ?)", (name, value))
            if added:
                self.optimize_search_index()
        return added

    @contextmanager
    def _bulk_settings(self) -> Iterator[None]:
        """No WAL and no syncs while a bulk load writes (a crash mid-load loses the load, as a
        failed import would anyway), a large cache; the crash-safe settings are back afterwards."""
        conn = self.conn
        cache = conn.execute("PRAGMA cache_size").fetchone()[0]
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        try:  # leaving WAL needs the only connection; with a reader open the load stays in WAL
            journal = conn.execute("PRAGMA journal_mode = MEMORY").fetchone()[0]
        except sqlite3.OperationalError:
            journal = "wal"
        conn.execute("PRAGMA synchronous = OFF")
        conn.execute("PRAGMA cache_size = -262144")  # 256 MB
        conn.execute("PRAGMA temp_store = MEMORY")
        try:
            yield
        finally:
            conn.execute(f"PRAGMA cache_size = {int(cache)}")
            conn.execute("PRAGMA temp_store = DEFAULT")
            if journal != "wal":
                conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("PRAGMA synchronous = NORMAL")
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # the file, not its log, holds the load

    def _write_search_rows(self, rows: list[SearchRow], *, words: Counter[tuple[str, str]]) -> None:
        prepared = _prepare(rows, with_photos=False)
        self._insert_prepared(prepared)
        words.update(prepared.words)

    def _insert_prepared(self, prepared: _Prepared) -> None:
        self.conn.executemany(f"INSERT INTO search_text (rowid, {', '.join(_COLUMNS)}) VALUES (?,?,?,?,?,?,?,?,?)",
                              prepared.texts)
        self.conn.executemany("INSERT OR REPLACE INTO search_facets VALUES (?,?,?,?,?,?,?)", prepared.facets)
        self.conn.executemany("INSERT OR REPLACE INTO search_docs VALUES (?,?)", prepared.packed)
        self.conn.executemany("INSERT OR REPLACE INTO photo_places VALUES (?,?,?,?,?,?,?,?,?,?)", prepared.located)

    def _delete_search_rows(self, photo_ids: list[int]) -> None:
        for photo_id in photo_ids:
            found = self.conn.execute(
                "SELECT f.key, d.docs FROM search_facets f LEFT JOIN search_docs d ON d.key = f.key WHERE f.id = ?",
                (photo_id,)).fetchone()
            if found:
                self.conn.execute(
                    f"INSERT INTO search_text (search_text, rowid, {', '.join(_COLUMNS)})"
                    " VALUES ('delete', ?,?,?,?,?,?,?,?,?)", (found[0], *_unpack(found[1])))
                self.conn.execute("DELETE FROM search_facets WHERE key = ?", (found[0],))
                self.conn.execute("DELETE FROM search_docs WHERE key = ?", (found[0],))
            self.conn.execute("DELETE FROM photo_places WHERE photo_id = ?", (photo_id,))

    def _add_pinyin_words(self, words: Counter[tuple[str, str]]) -> None:
        self.conn.executemany(
            "INSERT INTO pinyin_words (key, word, photos) VALUES (?, ?, ?)"
            " ON CONFLICT(key, word) DO UPDATE SET photos = photos + excluded.photos",
            [(key, word, n) for (key, word), n in words.items()],
        )

    def rebuild_search_index(self) -> int:
        """Rebuild every search row from the photos table (an older database, or a repair)."""
        photos = self._all(
            "SELECT p.id, p.title, p.caption, p.photographers, p.place, p.date, p.keywords, p.camera, p.kind,"
            " p.gps_lat, p.gps_lon, (SELECT group_concat(name, ' ') FROM files f WHERE f.photo_id = p.id)"
            " AS names FROM photos p"
        )
        with self.transaction():
            self.conn.execute("INSERT INTO search_text (search_text) VALUES ('delete-all')")
            for table in ("search_facets", "search_docs", "photo_places", "pinyin_words"):
                self.conn.execute(f"DELETE FROM {table}")
            words: Counter[tuple[str, str]] = Counter()
            rows = [SearchRow(
                photo_id=p["id"], title=p["title"], caption=p["caption"],
                photographers=json.loads(p["photographers"] or "[]"), place=p["place"], date=p["date"],
                keywords=json.loads(p["keywords"] or "[]"), camera=p["camera"], kind=p["kind"],
                gps_lat=p["gps_lat"], gps_lon=p["gps_lon"], extra=redact_phones(p["names"] or ""),
            ) for p in photos]
            self._write_search_rows(rows, words=words)
            self._add_pinyin_words(words)
        return len(photos)

    def _ensure_search_index(self) -> None:
        """A database made before this index has photos but no search rows: fill them once."""
        if getattr(self, "_search_checked", False):
            return
        self._search_checked = True
        empty = self.conn.execute("SELECT NOT EXISTS (SELECT 1 FROM search_facets)").fetchone()[0]
        if empty and self.conn.execute("SELECT EXISTS (SELECT 1 FROM photos)").fetchone()[0]:
            self.rebuild_search_index()

    # --- searching ---------------------------------------------------------------------------

    def search(
        self,
        q: str | None = None,
        *,
        photographer: str | None = None,
        place: str | None = None,
        date: str | None = None,
        camera: str | None = None,
        kind: str | None = None,
        has: str | None = None,
        missing: str | None = None,
        sort: str = "relevance",
        page: int = 1,
        per_page: int = 48,
        facets: bool = True,
    ) -> Page:
        """Photos matching a query and filters, best match (or newest) first, with facet counts."""
        self._ensure_search_index()
        query = textsearch.parse_query(q)
        for name, value in (("photographer", photographer), ("place", place), ("date", date),
                            ("camera", camera), ("kind", kind), ("has", has), ("missing", missing)):
            if value and (value := textsearch.fold(value).strip()[: textsearch.MAX_QUERY_CHARS]):
                query.filters.setdefault(name, []).append(value)
        sort = sort if sort in SORTS else "relevance"
        page, per_page = max(1, min(page, 100_000)), max(1, min(per_page, 100_000))  # bulk edits ask for all
        try:
            hints = self._pinyin_hints(query)
            return self._run(query, sort, page, per_page, facets, hints)
        except sqlite3.OperationalError:
            return Page([], 0, page, per_page, sort=sort)  # never show an SQL error for a query

    def _run(self, query: textsearch.Query, sort: str, page: int, per_page: int, want_facets: bool,
             hints: list[dict[str, Any]]) -> Page:
        plan = self._compile(query)
        empty = Page([], 0, page, per_page, hints=hints, sort=sort)
        if plan is None:
            return empty
        match, low, high, excluded = plan
        if match is None:
            return self._browse(low, high, excluded, sort, page, per_page, want_facets, hints)
        total = self._count(match, low, high)
        if total == 0:
            return empty
        offset = (page - 1) * per_page
        if total <= SMALL:  # few hits: rank them all with bm25
            rows = self.conn.execute(
                f"SELECT rowid, bm25(search_text, {_FTS_WEIGHTS}) FROM search_text"
                " WHERE search_text MATCH ? AND rowid BETWEEN ? AND ?", (match, low, high),
            ).fetchall()
            order = {"relevance": lambda r: (r[1], -r[0]), "date": lambda r: -r[0],
                     "oldest": lambda r: (r[0] < _UNDATED, r[0])}[sort]
            keys = [r[0] for r in heapq.nsmallest(offset + per_page, rows, key=order)][offset:]
        elif sort == "relevance" and (strong := query.strong_expression()):
            keys = self._tiered(match, strong, low, high, offset, per_page)
        else:
            keys = self._in_order(match, low, high, offset, per_page, oldest=sort == "oldest")
        found, sampled = {}, None
        if want_facets:
            sampled = SAMPLE if total > SAMPLE else None
            found = self._facet_counts(
                "SELECT rowid FROM search_text WHERE search_text MATCH ? AND rowid BETWEEN ? AND ?"
                " ORDER BY rowid DESC LIMIT ?", [match, low, high, SAMPLE])
        return Page(self._photos_by_key(keys), total, page, per_page, facets=found, hints=hints, sort=sort,
                    facets_sampled=sampled)

    def _facet_counts(self, hits_sql: str, params: list[Any]) -> dict[str, list[dict[str, Any]]]:
        """Photographers, places, years and cameras of some hits, counted by SQLite in one statement."""
        rows = self.conn.execute(
            f"WITH h AS MATERIALIZED (SELECT f.year, f.camera, f.place, f.who FROM ({hits_sql}) AS hit CROSS JOIN"
            " search_facets f ON f.key = hit.rowid)"
            " SELECT 'who', who, count(*) FROM h WHERE who IS NOT NULL GROUP BY who"
            " UNION ALL SELECT 'places', place, count(*) FROM h WHERE place IS NOT NULL GROUP BY place"
            " UNION ALL SELECT 'years', year, count(*) FROM h WHERE year IS NOT NULL GROUP BY year"
            " UNION ALL SELECT 'cameras', camera, count(*) FROM h WHERE camera IS NOT NULL GROUP BY camera",
            params,
        ).fetchall()
        return _facets(rows)

    def _count(self, match: str, low: int, high: int) -> int:
        return self.conn.execute(
            "SELECT count(*) FROM search_text WHERE search_text MATCH ? AND rowid BETWEEN ? AND ?",
            (match, low, high),
        ).fetchone()[0]

    def _in_order(self, match: str, low: int, high: int, offset: int, limit: int, *, oldest: bool = False) -> list[int]:
        direction = "ASC" if oldest else "DESC"
        return [r[0] for r in self.conn.execute(
            f"SELECT rowid FROM search_text WHERE search_text MATCH ? AND rowid BETWEEN ? AND ?"
            f" ORDER BY rowid {direction} LIMIT ? OFFSET ?", (match, low, high, limit, offset),
        )]

    def _tiered(self, match: str, strong: str, low: int, high: int, offset: int, limit: int) -> list[int]:
        """Many hits: those found in a name, title or place first, then the rest; newest first in each."""
        if offset == 0:  # the first page (most asked for) needs no count of the strong hits
            keys = self._in_order(strong, low, high, 0, limit)
            strong_total = len(keys) if len(keys) < limit else None
        else:
            strong_total = self._count(strong, low, high)
            keys = self._in_order(strong, low, high, offset, limit) if offset < strong_total else []
        if strong_total is None:
            return keys
        if len(keys) < limit:
            rest = f"({match}) NOT ({strong})"
            keys += self._in_order(rest, low, high, max(0, offset - strong_total), limit - len(keys))
        return keys

    def _browse(self, low: int, high: int, excluded: str | None, sort: str, page: int, per_page: int,
                want_facets: bool, hints: list[dict[str, Any]]) -> Page:
        """No words to match: the photos in the date range, newest (or oldest) first."""
        where, params = "f.key BETWEEN ? AND ?", [low, high]
        if excluded:
            where += " AND f.key NOT IN (SELECT rowid FROM search_text WHERE search_text MATCH ?)"
            params.append(excluded)
        total = self.conn.execute(f"SELECT count(*) FROM search_facets f WHERE {where}", params).fetchone()[0]
        order = "f.key < ?, f.key" if sort == "oldest" else "f.key DESC"
        extra = [_UNDATED] if sort == "oldest" else []
        keys = [r[0] for r in self.conn.execute(
            f"SELECT f.key FROM search_facets f WHERE {where} ORDER BY {order} LIMIT ? OFFSET ?",
            [*params, *extra, per_page, (page - 1) * per_page],
        )]
        found, sampled = {}, None
        filtered = (low, high) != (0, _MAX_KEY) or excluded
        if want_facets and filtered:  # the plain grid of everything needs no facets
            found = self._facet_counts(f"SELECT f.key AS rowid FROM search_facets f WHERE {where}"
                                       " ORDER BY f.key DESC LIMIT ?", [*params, SAMPLE])
            sampled = SAMPLE if total > SAMPLE else None
        return Page(self._photos_by_key(keys), total, page, per_page, facets=found, hints=hints,
                    sort="oldest" if sort == "oldest" else "date", facets_sampled=sampled)

    def _compile(self, query: textsearch.Query) -> tuple[str | None, int, int, str | None] | None:
        """(MATCH expression or None, lowest and highest sort key, excluded words); None: no hits."""
        parts: list[str] = []
        low, high, excluded = 0, _MAX_KEY, None
        if query.terms:
            text = query.match_expression()
            if text:
                parts.append(f"({text})")
            elif not (excluded := query.excluded_expression()):
                return None  # only punctuation: nothing can match
        for name, values in query.filters.items():
            for value in values:
                if name == "date":
                    span = date_span(value)
                    if span is None:
                        return None
                    low, high = max(low, span[0]), min(high, span[1])
                    continue
                expression = self._filter(name, value)
                if expression is None:
                    return None
                parts.append(f"({expression})")
        if parts and excluded:
            parts[-1] = f"{parts[-1]} NOT ({excluded})"
            excluded = None
        return (" AND ".join(parts) if parts else None), low, high, excluded

    def _filter(self, name: str, value: str) -> str | None:
        if name == "photographer":
            exact = self.conn.execute("SELECT 1 FROM photo_people WHERE name = ? LIMIT 1", (value,)).fetchone()
            key = textsearch.exact_key("who", value)
            if exact and key:
                return f'meta : "{key}"'
            return textsearch.text_filter_expression("who", value)
        if name == "place":
            division = placelib.admin_division(value)
            return textsearch.text_filter_expression("place", division[1] if division else value)
        return textsearch.filter_expression(name, value)

    def _pinyin_hints(self, query: textsearch.Query) -> list[dict[str, Any]]:
        """What a two-syllable pinyin word stands for here (suzhou → 苏州, 宿州), commonest first;
        the commonest is added to the match so it ranks first."""
        hints = []
        for term in query.positive:
            keys = textsearch.pair_keys(term.folded)
            if not keys:
                continue
            words = self._all(
                f"SELECT word, sum(photos) AS photos FROM pinyin_words WHERE key IN ({','.join('?' * len(keys))})"
                " GROUP BY word ORDER BY photos DESC, word LIMIT 6",
                keys,
            )
            if words:
                term.boost = [f'{{who title place}} : "{words[0]["word"]}"']
                hints.append({"typed": term.text, "words": words})
        return hints

    def _photos_by_key(self, keys: list[int]) -> list[dict[str, Any]]:
        ids = [k & _ID_MASK for k in keys]
        by_id: dict[int, dict[str, Any]] = {}
        for start in range(0, len(ids), 500):  # SQLite limits the number of parameters
            chunk = ids[start : start + 500]
            by_id.update((r["id"], r) for r in self._summaries(f"p.id IN ({','.join('?' * len(chunk))})", chunk))
        return [by_id[i] for i in ids if i in by_id]

    # --- for the benchmark -------------------------------------------------------------------

    def search_ids(self, word: str) -> list[int]:
        """Every photo whose text contains a word, through the index (no pinyin, no filters)."""
        expression = textsearch.Term(word).match_expression(textsearch.TEXT_COLUMNS)
        if not expression:
            return []
        return [r[0] & _ID_MASK for r in self.conn.execute(
            "SELECT rowid FROM search_text WHERE search_text MATCH ?", (expression,))]

    def like_scan(self, word: str) -> list[int]:
        """The naive baseline: ``instr`` over every photo's texts and place levels (reads every row)."""
        return [r[0] for r in self.conn.execute(
            "SELECT p.id FROM photos p LEFT JOIN photo_places pp ON pp.photo_id = p.id WHERE instr("
            "coalesce(p.title, '') || '|' || coalesce(p.caption, '') || '|' || p.photographers || '|' ||"
            " coalesce(p.place, '') || '|' || p.keywords || '|' || coalesce(pp.province, '') || '|' ||"
            " coalesce(pp.city, '') || '|' || coalesce(pp.county, ''), ?) > 0", (word,))]

    def photographers_sample(self, limit: int) -> list[dict[str, Any]]:
        """Some photographers' names (the benchmark's pinyin and initials queries)."""
        return self._all("SELECT DISTINCT name FROM photo_people LIMIT ?", (limit,))

    def optimize_search_index(self) -> None:
        """Merge the index's segments into one (after a bulk load; queries read fewer b-trees)."""
        with self.transaction():
            self.conn.execute("INSERT INTO search_text (search_text) VALUES ('optimize')")

    def used_bytes(self) -> int:
        """Bytes of the database in use (its pages less the free ones)."""
        pages = self.conn.execute("PRAGMA page_count").fetchone()[0] - self.conn.execute("PRAGMA freelist_count").fetchone()[0]
        return pages * self.conn.execute("PRAGMA page_size").fetchone()[0]

    def search_index_bytes(self) -> int:
        """Bytes the search tables take (0 where SQLite has no dbstat)."""
        try:
            return self.conn.execute(
                "SELECT sum(pgsize) FROM dbstat WHERE name LIKE 'search_text%' OR name IN"
                " ('search_facets', 'search_docs', 'photo_places', 'pinyin_words', 'photo_places_levels',"
                " 'sqlite_autoindex_search_facets_1')").fetchone()[0] or 0
        except sqlite3.OperationalError:
            return 0

    # --- places and people -------------------------------------------------------------------

    def photographers(self) -> list[dict[str, Any]]:
        return self._all(
            "SELECT name, count(*) AS photos, min(p.date) AS first, max(p.date) AS last"
            " FROM photo_people JOIN photos p ON p.id = photo_id GROUP BY name ORDER BY photos DESC, name"
        )

    def places(self) -> list[dict[str, Any]]:
        return self._all(
            "SELECT place, count(*) AS photos FROM photos WHERE place IS NOT NULL"
            " GROUP BY place ORDER BY photos DESC, place"
        )

    def place_of(self, photo_id: int) -> dict[str, Any] | None:
        """How a photo's place was resolved: its levels and the steps taken."""
        row = self._one("SELECT * FROM photo_places WHERE photo_id = ?", (photo_id,))
        if row:
            row["how"] = _how(row["raw"], row["how"])
            row["path"] = " › ".join(row[k] for k in placelib.LEVELS if row.get(k))
        return row

    def place_tree(self) -> list[dict[str, Any]]:
        """Provinces › cities › counties › the raw phrases, with photo counts at every level."""
        self._ensure_search_index()
        rows = self._all(
            "SELECT province, city, county, raw, max(how) AS how, count(*) AS photos FROM photo_places"
            " WHERE raw IS NOT NULL OR province IS NOT NULL GROUP BY province, city, county, raw"
        )
        root: dict[str, Any] = {"children": {}}
        for row in rows:
            node = root
            path = [(lvl, row[lvl]) for lvl in ("province", "city", "county") if row[lvl]] or [("none", "未识别区划")]
            for level, name in path:
                node = node["children"].setdefault(name, {"name": name, "level": level, "photos": 0, "children": {},
                                                          "phrases": []})
                node["photos"] += row["photos"]
            if row["raw"]:
                node["phrases"].append({"raw": row["raw"], "photos": row["photos"],
                                        "how": _how(row["raw"], row["how"])})
        return _sorted_tree(root["children"])


@dataclass
class _Prepared:
    """The rows of many photos, ready to insert (made in a worker process for bulk loads)."""

    texts: list[tuple[Any, ...]] = field(default_factory=list)
    facets: list[tuple[Any, ...]] = field(default_factory=list)
    located: list[tuple[Any, ...]] = field(default_factory=list)
    packed: list[tuple[int, bytes]] = field(default_factory=list)
    photos: list[tuple[Any, ...]] = field(default_factory=list)
    people: list[tuple[int, str]] = field(default_factory=list)
    words: Counter[tuple[str, str]] = field(default_factory=Counter)


def _prepare(rows: list[SearchRow], with_photos: bool = True) -> _Prepared:
    out = _Prepared()
    for row in rows:
        place = placelib.locate(row.place, row.gps_lat, row.gps_lon)
        key = sort_key(row.photo_id, row.date)
        docs = _text_row(row, place)
        out.texts.append((key, *docs))
        out.facets.append((key, row.photo_id, row.date, _year(row.date), row.camera,
                           " › ".join(n for n in (place.province, place.city) if n) or None,
                           "\x1f".join(row.photographers) or None))
        out.packed.append((key, _pack(docs)))
        # a phrase's steps are read again from the phrase; only GPS readings are kept
        how = json.dumps(place.how, ensure_ascii=False) if "gps" in place.source else None
        out.located.append((row.photo_id, place.raw or None, place.province, place.city, place.county,
                            place.town, place.site, place.code, place.source, how))
        out.words.update(_pinyin_words(row))
        if with_photos:
            out.photos.append((row.photo_id, f"bulk{row.photo_id:060d}", row.title, row.caption,
                               json.dumps(row.photographers, ensure_ascii=False), row.place, row.date,
                               _year(row.date), row.kind, json.dumps(row.keywords, ensure_ascii=False),
                               row.camera, row.gps_lat, row.gps_lon))
            out.people.extend((row.photo_id, name) for name in dict.fromkeys(row.photographers))
    # in rowid order: FTS5 writes its pending keys out as a new segment whenever a rowid goes down
    out.texts.sort(key=_first)
    out.facets.sort(key=_first)
    out.packed.sort(key=_first)
    return out


def _first(row: tuple[Any, ...]) -> Any:
    return row[0]


def _prepared_batches(rows: Iterable[SearchRow], batch: int, workers: int) -> Iterator[_Prepared]:
    """Batches of prepared rows, in order; with workers, a few batches are made ahead in parallel."""
    source = iter(rows)
    chunks = iter(lambda: list(itertools.islice(source, batch)), [])
    if workers <= 1:
        yield from map(_prepare, chunks)
        return
    with ProcessPoolExecutor(workers) as pool:
        pending: deque[Any] = deque()
        for chunk in chunks:
            pending.append(pool.submit(_prepare, chunk))
            if len(pending) > workers:
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()


def _how(raw: str | None, stored: str | None) -> list[str]:
    """The steps that placed a photo: kept for GPS readings, read again from a phrase otherwise."""
    steps = json.loads(stored) if stored else []
    return steps or (placelib.resolve(raw).how if raw else [])


def _pack(docs: tuple[str, ...]) -> bytes:
    return zlib.compress("\x1e".join(docs).encode("utf-8"), 1)


def _unpack(blob: bytes | None) -> list[str]:
    docs = zlib.decompress(blob).decode("utf-8").split("\x1e") if blob else []
    return docs if len(docs) == len(_COLUMNS) else [""] * len(_COLUMNS)


def _sorted_tree(children: dict[str, dict[str, Any]]) -> list[dict[str, Any]]:
    out = sorted(children.values(), key=lambda n: (n["level"] == "none", -n["photos"], n["name"]))
    for node in out:
        node["children"] = _sorted_tree(node["children"])
        node["phrases"].sort(key=lambda p: (-p["photos"], p["raw"]))
    return out


def _text_row(row: SearchRow, place: placelib.Resolution) -> tuple[Any, ...]:
    """The search_text columns of one photo; the place column holds the phrase and its levels."""
    day = str(row.date)[:10] if row.date else None
    levels = [name for _, name in place.levels if name != place.site and name != place.raw]
    place_texts = [row.place, *levels]
    present = {"gps": row.gps_lat is not None, "photographer": bool(row.photographers),
               "place": bool(row.place or place.resolved), "date": bool(day), "title": bool(row.title),
               "caption": bool(row.caption), "camera": bool(row.camera)}
    return (
        f" {textsearch.SEPARATOR} ".join(textsearch.short_document(n) for n in row.photographers),
        textsearch.short_document(row.title or ""),
        f" {textsearch.SEPARATOR} ".join(textsearch.short_document(t) for t in place_texts if t),
        textsearch.document(row.caption),
        textsearch.document(day, *row.keywords, row.extra),
        # pinyin of the phrase as written (not of the levels added to it): the index stays small
        textsearch.pinyin_document(*row.photographers, row.title, row.place),
        textsearch.initials_document(*row.photographers, row.place),
        textsearch.facet_keys(camera=row.camera, kind=row.kind, present=present, names=row.photographers),
    )


def _pinyin_words(row: SearchRow) -> Counter[tuple[str, str]]:
    """(pinyin pair, characters) of names, titles and places, for the pinyin hints."""
    found: set[tuple[str, str]] = set()
    for text in (*row.photographers, row.title, row.place):
        if text:
            found.update(_pinyin_pairs(text))
    return Counter(dict.fromkeys(found, 1))


@lru_cache(maxsize=200_000)
def _pinyin_pairs(text: str) -> tuple[tuple[str, str], ...]:
    found: dict[tuple[str, str], None] = {}
    for run in textsearch._CJK_RUN.findall(textsearch.fold(text)):
        readings = textsearch.syllables(run)
        for i in range(len(run) - 1):
            if readings[i] and readings[i + 1]:
                found[(f"{readings[i]}0{readings[i + 1]}", run[i : i + 2])] = None
    return tuple(found)


def _facets(rows: list[tuple[str, Any, int]]) -> dict[str, list[dict[str, Any]]]:
    """(facet, value, count) rows as each facet's largest values (years newest first)."""
    counters: dict[str, Counter[Any]] = {k: Counter() for k in ("photographers", "places", "years", "cameras")}
    for facet, value, count in rows:
        if facet == "who":  # a photo by two people counts for each
            for name in value.split("\x1f"):
                counters["photographers"][name] += count
        else:
            counters[facet][value] += count
    out = {}
    for name, counter in counters.items():
        items = counter.most_common(FACET_LIMIT)
        if name == "years":
            items.sort(key=lambda item: -item[0])
        out[name] = [{"value": value.rsplit(" › ", 1)[-1] if name == "places" else value, "label": value,
                      "count": count} for value, count in items]
    return out


def _seconds(text: str | None, *, end: bool = False) -> int:
    """Seconds since 1900 of a date text (``2019``, ``2019-04``, ``2019-04-19 10:30``); 0 if none.
    With ``end``, the last second of the year, month or day it names."""
    if not text or not text[:4].isdigit():
        return 0
    digits = [int(x) for x in re.findall(r"\d+", text[:19])[:6]]
    year, month, day = (digits + [1, 1])[:3] if len(digits) >= 1 else (0, 1, 1)
    try:
        start = datetime(year, max(1, min(month, 12)), 1) + timedelta(days=max(0, min(day, 31) - 1))
        start += timedelta(hours=digits[3] if len(digits) > 3 else 0, minutes=digits[4] if len(digits) > 4 else 0,
                           seconds=digits[5] if len(digits) > 5 else 0)
    except (ValueError, OverflowError):
        return 0
    if end:
        parts = len(re.findall(r"\d+", text))
        if parts == 1:
            start = datetime(year + 1, 1, 1) if year < 9999 else start
        elif parts == 2:
            start = datetime(year + (month == 12), month % 12 + 1, 1) if year < 9999 else start
        else:
            start = start + timedelta(days=1)
        start -= timedelta(seconds=1)
    return max(1, min(int((start - _EPOCH).total_seconds()), (1 << 35) - 1)) if start >= _EPOCH else 1


def sort_key(photo_id: int, date: str | None) -> int:
    """The search rowid of a photo: its time first, then its id (undated photos sort last)."""
    return (_seconds(date) << _ID_BITS) | (photo_id & _ID_MASK)


def date_span(value: str) -> tuple[int, int] | None:
    """A ``date:`` filter as the range of sort keys it covers."""
    span = textsearch.date_range(value)
    if span is None:
        return None
    start, end = span[0], span[1].rstrip("\uffff")
    return _seconds(start) << _ID_BITS, (_seconds(end, end=True) << _ID_BITS) | _ID_MASK


def _year(date: str | None) -> int | None:
    return int(date[:4]) if date and date[:4].isdigit() else None
