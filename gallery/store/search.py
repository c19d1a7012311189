"""Search and browse queries: full text, filters, photographers and places (SQL).

A mixin of :class:`gallery.store.Store` (``self.conn`` is its SQLite connection). Photos are
found through ``photo_fts``, an FTS5 table of CJK character pairs made by
:mod:`gallery.textsearch`; user input reaches it only as quoted tokens.
"""

from __future__ import annotations

import math
import sqlite3
from dataclasses import dataclass
from typing import Any

from .. import textsearch

# bm25 weights of photo_fts's columns: a photographer or title match outranks a caption one.
_FTS_WEIGHTS = "10.0, 8.0, 6.0, 2.0, 1.0"


@dataclass
class Page:
    """One page of photos and how many there are in all."""

    photos: list[dict[str, Any]]
    total: int
    page: int
    per_page: int

    @property
    def pages(self) -> int:
        return max(1, math.ceil(self.total / self.per_page))



class SearchMixin:
    """Full-text search with filters, and the lists behind the photographers and places pages."""

    SCHEMA = """
CREATE VIRTUAL TABLE IF NOT EXISTS photo_fts USING fts5(
    who, title, place, caption, other, tokenize = 'unicode61 remove_diacritics 0'
);
"""

    def index_text(self, photo_id: int, record: Any, extra: str) -> None:
        """(Re)write a photo's search row from its merged record."""
        date = record.value("date")
        self.conn.execute("DELETE FROM photo_fts WHERE rowid = ?", (photo_id,))
        self.conn.execute(
            "INSERT INTO photo_fts (rowid, who, title, place, caption, other) VALUES (?,?,?,?,?,?)",
            (
                photo_id,
                textsearch.document(*(record.value("photographers") or [])),
                textsearch.document(record.value("title")),
                textsearch.document(record.value("place")),
                textsearch.document(record.value("caption")),
                textsearch.document(str(date)[:10] if date else None, *(record.value("keywords") or []), extra),
            ),
        )

    def search(
        self,
        q: str | None = None,
        *,
        photographer: str | None = None,
        place: str | None = None,
        date: str | None = None,
        page: int = 1,
        per_page: int = 48,
    ) -> Page:
        """Photos matching a query and filters, best match first (newest first when no words)."""
        query = textsearch.parse_query(q)
        for name, value in (("photographer", photographer), ("place", place), ("date", date)):
            if value:
                query.filters.setdefault(name, []).append(textsearch.fold(value).strip())
        where, params = ["1 = 1"], []
        self._filters(query.filters, where, params)
        match = query.match_expression()
        if query.terms and match is None:
            return Page([], 0, page, per_page)  # only punctuation: nothing can match
        page = max(1, page)
        offset = (page - 1) * per_page
        clause = " AND ".join(where)
        try:
            if match:
                base = f"FROM photo_fts JOIN photos p ON p.id = photo_fts.rowid WHERE photo_fts MATCH ? AND {clause}"
                total = self.conn.execute(f"SELECT count(*) {base}", [match, *params]).fetchone()[0]
                ids = [r[0] for r in self.conn.execute(
                    f"SELECT p.id {base} ORDER BY bm25(photo_fts, {_FTS_WEIGHTS}), p.date DESC LIMIT ? OFFSET ?",
                    [match, *params, per_page, offset],
                )]
            else:
                total = self.conn.execute(f"SELECT count(*) FROM photos p WHERE {clause}", params).fetchone()[0]
                ids = [r[0] for r in self.conn.execute(
                    f"SELECT p.id FROM photos p WHERE {clause} ORDER BY p.date IS NULL, p.date DESC, p.id DESC"
                    " LIMIT ? OFFSET ?",
                    [*params, per_page, offset],
                )]
        except sqlite3.OperationalError:
            return Page([], 0, page, per_page)  # never show an SQL error for a query
        by_id = {r["id"]: r for r in self._summaries(f"p.id IN ({','.join('?' * len(ids))})", ids)} if ids else {}
        return Page([by_id[i] for i in ids if i in by_id], total, page, per_page)

    def _filters(self, filters: dict[str, list[str]], where: list[str], params: list[Any]) -> None:
        for value in filters.get("photographer", []):
            where.append("p.id IN (SELECT photo_id FROM photo_people WHERE name = ?)")
            params.append(value)
        for value in filters.get("place", []):
            where.append("instr(p.place, ?) > 0")
            params.append(value)
        for value in filters.get("date", []):
            span = textsearch.date_range(value)
            if span is None:
                where.append("0")
            else:
                where.append("p.date BETWEEN ? AND ?")
                params.extend(span)

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

