"""Index folders: walk → read (in worker processes) → parse → merge → store.

Every file is handled on its own: a bad file is recorded with its reason and the run goes on.
The walk streams (nothing holds the whole folder's list), unchanged files (same size, mtime and
inode) are not read again, and each file's result is written in its own short transaction, so
a killed run leaves a consistent database and the next run resumes where it stopped.
"""

from __future__ import annotations

import hashlib
import logging
import os
import stat
import time
from collections.abc import Callable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from . import manifest, metadata
from .analyze import FileFacts, analyze
from .exif import simplify
from .names import parse_name, redact_phones
from .store import Store, now

log = logging.getLogger(__name__)

IMAGE_EXTENSIONS = frozenset(
    ".jpg .jpeg .jpe .png .gif .webp .bmp .tif .tiff .heic .heif .avif".split()
)
PAGE_EXTENSIONS = frozenset(".txt .text .md".split())
MAX_PAGE_BYTES = 5 * 1024 * 1024


@dataclass
class Entry:
    """A file found by the walk."""

    root: str  # the indexed folder, as the user named it (absolute)
    raw: bytes  # the full path as the file system has it
    path: str  # path relative to root, for display and lookup (repaired if not UTF-8)
    repaired: bool
    stat: os.stat_result | None
    is_page: bool

    @property
    def name(self) -> str:
        return self.path.rsplit("/", 1)[-1]


@dataclass
class Summary:
    """What a run did, for the closing summary."""

    added: int = 0
    updated: int = 0
    unchanged: int = 0
    moved: int = 0
    copies: int = 0
    missing: int = 0
    failed: int = 0
    pages: int = 0
    seconds: float = 0.0
    failures: list[tuple[str, str]] = field(default_factory=list)
    interrupted: bool = False

    def as_dict(self) -> dict[str, Any]:
        return {
            "added": self.added, "updated": self.updated, "unchanged": self.unchanged,
            "moved": self.moved, "copies": self.copies, "missing": self.missing,
            "failed": self.failed, "pages": self.pages, "seconds": round(self.seconds, 2),
            "interrupted": self.interrupted,
            "failures": [{"path": p, "reason": r} for p, r in self.failures],
        }


def display_path(raw: bytes) -> tuple[str, bool]:
    """A path's bytes as text, and whether it had to be repaired (GBK names from Windows zips)."""
    try:
        return raw.decode("utf-8"), False
    except UnicodeDecodeError:
        pass
    try:
        return raw.decode("gb18030"), True
    except UnicodeDecodeError:
        return raw.decode("utf-8", errors="replace"), True


def kind_of(name: str) -> str | None:
    suffix = os.path.splitext(name.lower())[1]
    if suffix in IMAGE_EXTENSIONS:
        return "image"
    if suffix in PAGE_EXTENSIONS:
        return "page"
    return None


def walk(target: str | os.PathLike[str]) -> Iterator[Entry]:
    """Every image and page under a folder (or the one file given), without following links to folders."""
    raw_target = os.fsencode(os.path.abspath(target))
    if os.path.isfile(raw_target):
        root, _, base = raw_target.rpartition(b"/")
        yield from _entry(root, raw_target, base)
        return
    stack = [raw_target]
    while stack:
        folder = stack.pop()
        try:
            with os.scandir(folder) as entries:
                items = sorted(entries, key=lambda e: e.name)
        except OSError as exc:
            log.warning("cannot list %s: %s", redact_phones(os.fsdecode(folder)), exc.strerror)
            continue
        for item in items:
            if item.name.startswith(b"."):
                continue
            try:
                if item.is_dir(follow_symlinks=False):
                    stack.append(item.path)
                    continue
            except OSError:
                continue
            yield from _entry(raw_target, item.path, item.path[len(raw_target) + 1 :])
        stack.sort(reverse=True)


def _entry(root: bytes, full: bytes, relative: bytes) -> Iterator[Entry]:
    path, repaired = display_path(relative)
    kind = kind_of(path)
    if kind is None:
        return
    try:
        info = os.stat(full)
    except OSError:
        info = None
    if info is not None and not stat.S_ISREG(info.st_mode):
        return
    yield Entry(
        root=os.fsdecode(root), raw=full, path=path, repaired=repaired, stat=info, is_page=kind == "page"
    )


def parse_caption(text: str) -> dict[str, Any]:
    """A caption read with the file-name parser: it finds credits and places the same way."""
    return parse_name(text).as_dict()


class Indexer:
    """Index folders into a store; one instance per run."""

    def __init__(
        self,
        store: Store,
        *,
        workers: int | None = None,
        on_progress: Callable[[int, int | None, str], None] | None = None,
    ):
        self.store = store
        self.workers = workers if workers is not None else (os.cpu_count() or 1)
        self.on_progress = on_progress or (lambda done, total, path: None)
        self.summary = Summary()
        self.stamp = now()
        self.run_id: int | None = None
        self._touched: list[int] = []
        self._refresh: set[int] = set()
        self._done = 0

    def run(self, targets: list[str]) -> Summary:
        """Index every target folder or file; returns the run's summary."""
        started = time.monotonic()
        roots = [os.path.abspath(t) for t in targets]
        self.run_id = self.store.start_run(roots)
        total = sum(1 for t in roots for _ in walk(t))
        status = "done"
        try:
            for target in roots:
                self._index_target(target, total)
        except KeyboardInterrupt:
            self.summary.interrupted = True
            status = "interrupted"
            raise
        finally:
            self._flush_touched()
            self._refresh_all()
            self.summary.seconds = time.monotonic() - started
            self.store.finish_run(self.run_id, self.summary.as_dict(), status)
        return self.summary

    def _index_target(self, target: str, total: int) -> None:
        is_folder = os.path.isdir(target)
        root = target if is_folder else os.path.dirname(target)
        root_id = self.store.root_id(root)
        entries = walk(target)
        if self.workers <= 1:
            for entry in entries:
                self._handle(root_id, entry, total, None)
        else:
            with ProcessPoolExecutor(max_workers=self.workers) as pool:
                pending: dict[Future, tuple[Entry, dict | None]] = {}
                for entry in entries:
                    job = self._handle(root_id, entry, total, pool)
                    if job is not None:
                        pending[job[0]] = (entry, job[1])
                    while len(pending) >= self.workers * 3:
                        self._collect(root_id, pending, total, FIRST_COMPLETED)
                while pending:
                    self._collect(root_id, pending, total, FIRST_COMPLETED)
        self._flush_touched()
        if is_folder:
            missing = self.store.mark_missing(root_id, self.stamp)
            self.summary.missing += len(missing)
            self._refresh.update(missing)
        with self.store.transaction():
            self.store.conn.execute("UPDATE roots SET last_indexed = ? WHERE id = ?", (self.stamp, root_id))

    def _collect(self, root_id: int, pending: dict, total: int, mode: str) -> None:
        done, _ = wait(list(pending), return_when=mode)
        for future in done:
            entry, existing = pending.pop(future)
            try:
                facts = future.result()
            except Exception as exc:  # a worker that died (out of memory, killed)
                facts = FileFacts(path=os.fsdecode(entry.raw), error="读取时出错", detail=repr(exc)[:500])
            self._store_facts(root_id, entry, existing, facts, total)

    def _handle(self, root_id: int, entry: Entry, total: int, pool) -> tuple[Future, dict | None] | None:
        if entry.is_page:
            self._index_page(root_id, entry)
            self._progress(entry, total)
            return None
        existing = self.store.file_at(root_id, entry.path)
        if entry.stat is None:
            self._fail(root_id, entry, "文件在索引过程中消失", None, existing)
            self._progress(entry, total)
            return None
        if existing and existing["photo_id"] and _same_stat(existing, entry.stat) and not existing["missing"]:
            self._touched.append(existing["id"])
            self.summary.unchanged += 1
            if len(self._touched) >= 2000:
                self._flush_touched()
            self._progress(entry, total)
            return None
        args = (os.fsdecode(entry.raw), str(self.store.thumbs_dir))
        if pool is None:
            self._store_facts(root_id, entry, existing, analyze(*args), total)
            return None
        return pool.submit(analyze, *args), existing

    def _progress(self, entry: Entry, total: int) -> None:
        self._done += 1
        self.on_progress(self._done, total, entry.path)

    def _store_facts(self, root_id: int, entry: Entry, existing: dict | None, facts: FileFacts, total: int) -> None:
        self._progress(entry, total)
        if facts.error or not facts.sha256:
            self._fail(root_id, entry, facts.error or "读取失败", facts.detail, existing)
            return
        with self.store.transaction():
            self.store.clear_error(root_id, entry.path)
            photo = self.store.photo_by_sha(facts.sha256)
            new_photo = photo is None
            photo_id = self.store.add_photo(facts.as_dict(), _exif_fields(facts)) if new_photo else photo["id"]
            row = self._file_row(root_id, entry, photo_id)
            if existing:
                self.store.save_file(row, existing["id"])
                if existing["photo_id"] != photo_id:
                    self.summary.updated += 1
                    self._refresh.add(existing["photo_id"])
                else:
                    self.summary.unchanged += 1
            else:
                moved_from = None if new_photo else self._moved_from(photo_id, entry)
                self.store.save_file(row, moved_from)
                if new_photo:
                    self.summary.added += 1
                elif moved_from:
                    self.summary.moved += 1
                else:
                    self.summary.copies += 1
            self.refresh_photo(photo_id)

    def _file_row(self, root_id: int, entry: Entry, photo_id: int) -> dict[str, Any]:
        info = entry.stat
        parse = parse_name(entry.path).as_dict()
        if entry.repaired:
            parse.setdefault("warnings", []).append("文件名不是 UTF-8，已按 GBK 修复显示")
        return {
            "photo_id": photo_id, "root_id": root_id, "path": entry.path,
            "raw_path": entry.raw[len(os.fsencode(entry.root)) + 1 :] if entry.repaired else None,
            "name": entry.name, "repaired": int(entry.repaired), "size": info.st_size,
            "mtime_ns": info.st_mtime_ns, "inode": info.st_ino, "parse": parse, "missing": 0,
            "last_seen": self.stamp,
        }

    def _moved_from(self, photo_id: int, entry: Entry) -> int | None:
        """A file row of the same photo whose file is gone: this file is that one, moved."""
        for row in self.store.files_of(photo_id):
            if row["root"] == entry.root and row["path"] == entry.path:
                continue
            raw = os.fsencode(row["root"]) + b"/" + (row["raw_path"] or os.fsencode(row["path"]))
            if row["missing"] or not os.path.exists(raw):
                return row["id"]
        return None

    def _fail(self, root_id: int, entry: Entry, reason: str, detail: str | None, existing: dict | None) -> None:
        self.summary.failed += 1
        self.summary.failures.append((entry.path, reason))
        log.info("failed: %s: %s", redact_phones(entry.path), reason)
        with self.store.transaction():
            self.store.record_error(root_id, entry.path, reason, detail, self.run_id)
            if existing:  # keep what an earlier run learnt from this file; it is still here
                self._touched.append(existing["id"])

    def _index_page(self, root_id: int, entry: Entry) -> None:
        try:
            with open(entry.raw, "rb") as handle:
                data = handle.read(MAX_PAGE_BYTES + 1)
        except OSError as exc:
            self._fail(root_id, entry, "无法读取稿件页面", str(exc), None)
            return
        text = _decode_text(data)
        if text is None or not manifest.looks_like_page(text):
            return  # a text file that names no image is not a caption page: ignore it quietly
        sha = hashlib.sha256(data).hexdigest()
        if self.store.article_sha(root_id, entry.path) == sha:
            return
        article = manifest.parse_page(text)
        with self.store.transaction():
            self.store.clear_error(root_id, entry.path)
            _, names = self.store.save_article(root_id, entry.path, sha, article)
        self.summary.pages += 1
        self._refresh.update(self.store.photo_ids_named(names))

    def refresh_photo(self, photo_id: int) -> None:
        """Merge every source of a photo again and store the result."""
        sources = self.store.sources_for(photo_id, parse_caption)
        record = metadata.merge(sources)
        kind = sources.parses[0].get("kind") if sources.parses else None
        names = " ".join(redact_phones(p.get("filename") or "") for p in sources.parses)
        articles = " ".join(c.get("article_title") or "" for c in sources.captions)
        self.store.save_record(photo_id, record, kind=kind, search_extra=f"{names} {articles}")

    def _refresh_all(self) -> None:
        for photo_id in sorted(self._refresh):
            with self.store.transaction():
                self.store._update_photo_missing([photo_id])
                self.refresh_photo(photo_id)
        self._refresh.clear()

    def _flush_touched(self) -> None:
        self.store.touch_files(self._touched, self.stamp)
        self._touched = []


def _same_stat(row: dict[str, Any], info: os.stat_result) -> bool:
    return row["size"] == info.st_size and row["mtime_ns"] == info.st_mtime_ns and row["inode"] == info.st_ino


def _exif_fields(facts: FileFacts) -> dict[str, Any]:
    exif = simplify(facts.raw_exif)
    fields = exif.as_dict()
    fields["camera"] = exif.camera
    return fields


def _decode_text(data: bytes) -> str | None:
    if len(data) > MAX_PAGE_BYTES or b"\x00" in data[:4096]:
        return None
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    return None


def index(store: Store, targets: list[str], **options: Any) -> Summary:
    """Index folders or files into a store (see :class:`Indexer`)."""
    return Indexer(store, **options).run(targets)


def default_workers() -> int:
    return os.cpu_count() or 1


__all__ = ["Entry", "Indexer", "Summary", "index", "walk", "display_path", "Path"]
