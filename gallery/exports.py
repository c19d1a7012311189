"""Captions handed on: CSV (Excel-ready) and JSON exports, credits, and CSV imports (pure).

An export is public unless an editor asks for private fields; a public one never carries
contact details or notes, and phone numbers inside any text are masked. An editor's export
says, in the file itself, that it holds private fields.
"""

from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass, field
from typing import Any

from .editing import EDITABLE, LABELS, normalize, same
from .names import redact_phones

BOM = "\ufeff"
PUBLIC_COLUMNS = ("id", "name", "title", "caption", "photographers", "place", "date", "keywords",
                  "credit", "copyright", "digest")
PRIVATE_COLUMNS = ("phones", "email", "contact", "note")
COLUMN_LABELS = {"id": "id", "name": "文件名", "digest": "digest", **LABELS}
PRIVATE_NOTICE = "注意：本文件含私密信息（电话、邮箱、联系方式、编辑备注），仅供编辑内部使用，请勿公开或外发。"
CLEAR_MARK = "（清空）"
MAX_IMPORT_BYTES = 20 * 1024 * 1024
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def records(rows: list[dict[str, Any]], *, private: bool = False) -> list[dict[str, Any]]:
    """Export records (English keys) from editor rows; private fields only when asked."""
    columns = PUBLIC_COLUMNS + (PRIVATE_COLUMNS if private else ())
    out = []
    for row in rows:
        record = {key: row.get(key) for key in columns}
        for key in ("photographers", "keywords") + (("phones",) if private else ()):
            record[key] = list(record.get(key) or [])
        out.append(record if private else _redact(record))
    return out


def _redact(value: Any) -> Any:
    if isinstance(value, str):
        return redact_phones(value)
    if isinstance(value, list):
        return [_redact(v) for v in value]
    if isinstance(value, dict):
        return {k: _redact(v) for k, v in value.items()}
    return value


def _cell(value: Any) -> str:
    text = "、".join(map(str, value)) if isinstance(value, list) else ("" if value is None else str(value))
    # a cell Excel would run as a formula (=HYPERLINK…) is written as text
    return "'" + text if text.startswith(_FORMULA_START) else text


def to_csv(rows: list[dict[str, Any]], *, private: bool = False) -> bytes:
    """A CSV that Excel opens with Chinese intact (UTF-8 with BOM); private ones say so on line 1."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    columns = PUBLIC_COLUMNS + (PRIVATE_COLUMNS if private else ())
    if private:
        writer.writerow(["# " + PRIVATE_NOTICE])
    writer.writerow([COLUMN_LABELS[c] for c in columns])
    for record in records(rows, private=private):
        writer.writerow([_cell(record.get(c)) for c in columns])
    return (BOM + buffer.getvalue()).encode("utf-8")


def to_json(rows: list[dict[str, Any]], *, private: bool = False, query: str = "") -> str:
    """A JSON export: the photos and whether private fields are in it."""
    body: dict[str, Any] = {"query": _redact(query), "count": len(rows), "private_fields_included": private}
    if private:
        body["notice"] = PRIVATE_NOTICE
    body["photos"] = records(rows, private=private)
    return json.dumps(body, ensure_ascii=False, indent=2)


def credits(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """One line per photographer: how many photos, their dates and titles (most photos first)."""
    people: dict[str, dict[str, Any]] = {}
    for row in rows:
        for name in row.get("photographers") or ["（未署名）"]:
            entry = people.setdefault(name, {"photographer": name, "photos": 0, "first": None,
                                             "last": None, "ids": [], "titles": []})
            entry["photos"] += 1
            entry["ids"].append(row["id"])
            entry["titles"].append(row.get("title") or row.get("name") or f"#{row['id']}")
            day = str(row.get("date") or "")[:10] or None
            if day:
                entry["first"] = min(filter(None, [entry["first"], day]))
                entry["last"] = max(filter(None, [entry["last"], day]))
    return _redact(sorted(people.values(), key=lambda e: (-e["photos"], e["photographer"])))


def credits_csv(entries: list[dict[str, Any]]) -> bytes:
    """The credits list as an Excel-ready CSV."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(["摄影师", "张数", "最早", "最晚", "作品"])
    for e in entries:
        writer.writerow([_cell(e["photographer"]), e["photos"], e["first"] or "", e["last"] or "",
                         _cell(e["titles"])])
    return (BOM + buffer.getvalue()).encode("utf-8")


# --- import ----------------------------------------------------------------------------------


@dataclass
class ImportRow:
    """One data row of an import: what it names, what it would change, what is wrong with it."""

    line: int
    key: str = ""
    photo_id: int | None = None
    values: dict[str, Any] = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)
    changes: list[tuple[str, Any, Any]] = field(default_factory=list)
    version: int = 0


@dataclass
class ImportPreview:
    """A whole import file, read and checked."""

    rows: list[ImportRow] = field(default_factory=list)
    key_column: str = "id"
    columns: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)  # problems with the file itself
    warnings: list[str] = field(default_factory=list)

    @property
    def key_label(self) -> str:
        return COLUMN_LABELS[self.key_column]

    def bad_rows(self) -> int:
        return sum(1 for row in self.rows if row.errors) + (1 if self.errors else 0)

    def changed(self) -> list[ImportRow]:
        return [row for row in self.rows if row.changes]


_HEADER_NAMES = {**{k: k for k in COLUMN_LABELS}, **{v: k for k, v in COLUMN_LABELS.items()},
                 "ID": "id", "编号": "id", "filename": "name", "file": "name",
                 "sha256": "digest"}  # sheets exported before BLAKE3: those photos kept their SHA-256


def decode(data: bytes) -> str | None:
    """The text of an uploaded CSV: UTF-8 (with or without BOM), else GBK as Excel saves it."""
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    return None


def read_import(data: bytes) -> ImportPreview:
    """Read a CSV of corrections: its key column, editable columns and each row's values."""
    preview = ImportPreview()
    if not data.strip():
        preview.errors.append("文件是空的")
        return preview
    text = decode(data) if len(data) <= MAX_IMPORT_BYTES else None
    if text is None:
        preview.errors.append("文件太大（最多 20 MB）或不是 UTF-8 / GBK 编码的 CSV")
        return preview
    lines = text.splitlines(keepends=True)
    skipped = 0
    while skipped < len(lines) and (lines[skipped].lstrip().startswith("#") or not lines[skipped].strip()):
        skipped += 1
    try:
        table = _rows_with_lines(lines[skipped:], skipped)
    except csv.Error as exc:
        preview.errors.append(f"CSV 格式错误：{exc}")
        return preview
    if not table:
        preview.errors.append("文件里没有表头")
        return preview
    _read_header(preview, table[0][1])
    if preview.errors:
        return preview
    for line, cells in table[1:]:
        if any(c.strip() for c in cells):
            preview.rows.append(_read_row(preview, line, cells))
    if not preview.rows:
        preview.errors.append("文件里没有数据行")
    return preview


def _rows_with_lines(lines: list[str], offset: int) -> list[tuple[int, list[str]]]:
    reader = csv.reader(lines)
    table = []
    start = offset + 1
    for cells in reader:
        table.append((start, cells))
        start = offset + reader.line_num + 1
    return table


def _read_header(preview: ImportPreview, header: list[str]) -> None:
    names = [_HEADER_NAMES.get(cell.strip().lstrip(BOM)) for cell in header]
    unknown = [cell for cell, name in zip(header, names, strict=True) if name is None and cell.strip()]
    if unknown:
        preview.warnings.append("这些列不认识，已忽略：" + "、".join(unknown[:10]))
    key = next((k for k in ("id", "digest", "name") if k in names), None)
    if key is None:
        preview.errors.append("缺少用来找照片的列：id、digest 或 文件名")
        return
    preview.key_column = key
    preview.columns = [n if n in EDITABLE else ("@key" if n == key else "") for n in names]
    if not any(c in EDITABLE for c in preview.columns):
        preview.errors.append("没有可以导入的列（标题、图说、摄影师、地点、日期、关键词、署名、版权、备注、联系方式）")


def _read_row(preview: ImportPreview, line: int, cells: list[str]) -> ImportRow:
    row = ImportRow(line=line)
    if len(cells) > len(preview.columns):
        row.errors.append(f"比表头多了 {len(cells) - len(preview.columns)} 列")
    for name, cell in zip(preview.columns, cells, strict=False):
        cell = cell[1:] if cell.startswith("'") and cell[1:2] in _FORMULA_START else cell
        if name == "@key":
            row.key = cell.strip()
        elif name and cell.strip():
            value, error = normalize(name, "" if cell.strip() == CLEAR_MARK else cell)
            if error:
                row.errors.append(f"{LABELS[name]}：{error}")
            else:
                row.values[name] = value
    if not row.key:
        row.errors.append(f"没有{preview.key_label}")
    return row


def diff_row(row: ImportRow, current: dict[str, Any], version: int) -> None:
    """Keep only the values that change what the photo shows; record them for the preview."""
    row.version = version
    changed = {}
    for name, value in row.values.items():
        if not same(value, current.get(name)):
            changed[name] = value
            row.changes.append((name, current.get(name), value))
    row.values = changed
