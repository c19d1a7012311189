"""Index folders: walk → read (in worker processes) → parse → merge → store.

Every file is handled on its own: a bad file is recorded with its reason and the run goes on.
The walk streams (nothing holds the whole folder's list), unchanged files (same size, mtime and
inode) are not read again, and files' results are written in short transactions (a few files,
at most :data:`BATCH_SECONDS` apart, each file in its own savepoint), so a killed run leaves a
consistent database and the next run resumes where it stopped.
"""

from __future__ import annotations

import errno
import gc
import hashlib
import logging
import multiprocessing
import os
import stat
import threading
import time
from collections.abc import Callable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from . import manifest, metadata, processes, thumbs
from .analyze import FileFacts, analyze
from .exif import simplify
from .names import parse_caption as parse_caption_text
from .names import parse_name, redact_phones
from .store import Store, now

log = logging.getLogger(__name__)

IMAGE_EXTENSIONS = frozenset(
    ".jpg .jpeg .jpe .png .gif .webp .bmp .tif .tiff .heic .heif .avif".split()
)
PAGE_EXTENSIONS = frozenset(".txt .text .md".split())
MAX_PAGE_BYTES = 5 * 1024 * 1024
_KINDS = {**{e.encode(): "image" for e in IMAGE_EXTENSIONS}, **{e.encode(): "page" for e in PAGE_EXTENSIONS}}
BATCH = 500  # files looked up in the database with one query
# Results stored per commit: a commit per file (each writing a full-text segment) cost about
# 0.2 ms of CPU; a web editor's save waits at most about this long for the write lock.
BATCH_SECONDS = 0.3
BATCH_FILES = 64
MAX_FAILURES_LISTED = 1000  # the summary lists these; the errors table keeps them all


@dataclass
class Entry:
    """A file found by the walk (``problem`` says why it cannot be read, when it cannot)."""

    root: str  # the indexed folder, as the user named it (absolute)
    raw: bytes  # the full path as the file system has it
    path: str  # path relative to root, for display and lookup (repaired if not UTF-8)
    repaired: bool
    stat: os.stat_result | None
    is_page: bool
    problem: str | None = None

    @property
    def name(self) -> str:
        return self.path.rsplit("/", 1)[-1]


@dataclass
class Summary:
    """What a run did, for the closing summary (the first failures, and how many in all)."""

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
            "failures": [{"path": redact_phones(p), "reason": r} for p, r in self.failures],
        }


def display_path(raw: bytes) -> tuple[str, bool]:
    """A path's bytes as text, and whether it had to be repaired (GBK names from Windows zips)."""
    try:
        return raw.decode("utf-8"), False
    except UnicodeDecodeError:
        pass
    try:
        return raw.decode("gb18030"), True
    except UnicodeDecodeError:  # neither: show the bad bytes as \xNN, which keeps names distinct
        return raw.decode("utf-8", errors="backslashreplace"), True


def kind_of(name: str | bytes) -> str | None:
    """``image``, ``page`` or None (not ours), from the extension in any case."""
    if isinstance(name, str):
        name = name.encode("utf-8", "surrogateescape")
    suffix = name[name.rfind(b".") :].lower() if b"." in name else b""
    return _KINDS.get(suffix)


def walk(target: str | os.PathLike[str], unlisted: list[str] | None = None) -> Iterator[Entry]:
    """Every image and page under a folder (or the one file given), without following links to folders.

    Folders that cannot be listed are appended to ``unlisted`` (relative paths).
    """
    raw_target = os.fsencode(os.path.abspath(target))
    if not os.path.isdir(raw_target):
        root, _, base = raw_target.rpartition(b"/")
        entry = _entry(root, os.fsdecode(root), raw_target, base)
        if entry is not None:
            yield entry
        return
    root_text = os.fsdecode(raw_target)
    skip = len(raw_target) + 1
    stack = [raw_target]
    while stack:
        folder = stack.pop()
        try:
            with os.scandir(folder) as entries:
                items = sorted(entries, key=lambda e: e.name)
        except OSError as exc:
            relative = display_path(folder[len(raw_target) + 1 :])[0]
            log.warning("cannot list %s: %s", redact_phones(relative), exc.strerror)
            if unlisted is not None:
                unlisted.append(relative)
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
            if item.name.rfind(b".") > 0 and kind_of(item.name) is not None:
                entry = _entry(raw_target, root_text, item.path, item.path[skip:])
                if entry is not None:
                    yield entry
        stack.sort(reverse=True)


def count(targets: list[str]) -> int:
    """How many files the walk will give, from names alone (no stat): cheap, for the ETA."""
    total = 0
    for target in targets:
        stack = [os.fsencode(target)]
        if not os.path.isdir(stack[0]):
            total += kind_of(stack[0]) is not None
            continue
        while stack:
            try:
                with os.scandir(stack.pop()) as entries:
                    for item in entries:
                        if item.name.startswith(b"."):
                            continue
                        if item.is_dir(follow_symlinks=False):
                            stack.append(item.path)
                        elif kind_of(item.name):
                            total += 1
            except OSError:
                continue
    return total


def _entry(root: bytes, root_text: str, full: bytes, relative: bytes) -> Entry | None:
    kind = kind_of(relative)
    if kind is None:
        return None
    path, repaired = display_path(relative)
    problem = None
    try:
        info: os.stat_result | None = os.stat(full)
    except OSError as exc:
        info, problem = None, _stat_problem(full, exc)
    if info is not None and stat.S_ISDIR(info.st_mode):
        return None  # a link to a folder, or a folder named like a photo: not followed
    if info is not None and not stat.S_ISREG(info.st_mode):
        problem = "不是普通文件（管道、设备或套接字），已跳过"
    return Entry(
        root=root_text, raw=full, path=path, repaired=repaired, stat=info,
        is_page=kind == "page", problem=problem,
    )


def _stat_problem(full: bytes, exc: OSError) -> str:
    if exc.errno == errno.ELOOP:
        return "符号链接循环，无法打开"
    if os.path.islink(full):
        return "符号链接指向的文件不存在"
    if isinstance(exc, PermissionError):
        return "没有读取权限"
    if isinstance(exc, FileNotFoundError):
        return "文件在索引过程中消失"
    return f"无法读取文件信息（{exc.strerror or exc}）"


def parse_caption(text: str) -> dict[str, Any]:
    """A caption sentence from an article page, read as a caption (``/`` is not a folder there)."""
    return parse_caption_text(text).as_dict()


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
        self.workers = workers if workers is not None else default_workers()
        self.on_progress = on_progress or (lambda done, total, path: None)
        self.counting = on_progress is not None  # the total only serves the progress display
        self.summary = Summary()
        self.stamp = now()
        self.run_id: int | None = None
        self.total: int | None = None
        self._refresh: set[int] = set()
        self._seen: list[int] = []  # file rows found in this batch of the walk
        self._done = 0
        self._pool: ProcessPoolExecutor | None = None
        self._batch_since: float | None = None  # when the open write batch began
        self._batch_files = 0
        self._sha256 = False  # whether files are also hashed with SHA-256 (see Store._digest_column)

    def run(self, targets: list[str]) -> Summary:
        """Index every target folder or file; returns the run's summary."""
        started = time.monotonic()
        roots = [os.path.abspath(t) for t in targets]
        self.run_id, killed = self.store.start_run(roots)
        self._sha256 = self.store.has_legacy_digests()  # photos known by SHA-256 are still found
        if killed:  # a run was killed: its temporary thumbnails can go
            thumbs.remove_stale_temps(self.store.thumbs_dir)
        if self.workers > 1:
            self._pool_()  # before any thread of ours exists: the workers are forked
        if self.counting:
            threading.Thread(target=self._count, args=(roots,), daemon=True).start()
        status = "done"
        try:
            for target in roots:
                self._index_target(target)
        except KeyboardInterrupt:
            self.summary.interrupted = True
            status = "interrupted"
            raise
        finally:
            self._commit()  # every file stored before an interruption is kept
            self._close_pool()
            self._refresh_all()
            self.summary.seconds = time.monotonic() - started
            self.store.finish_run(self.run_id, self.summary.as_dict(), status)
        return self.summary

    def _count(self, roots: list[str]) -> None:
        self.total = count(roots)

    def _index_target(self, target: str) -> None:
        is_folder = os.path.isdir(target)
        root = target if is_folder else os.path.dirname(target)
        root_id = self.store.root_id(root)
        self.store.start_seen()
        unlisted: list[str] = []
        pending: dict[Future, tuple[Entry, dict | None]] = {}
        for batch in _batches(walk(target, unlisted), BATCH):
            known = self.store.files_at(root_id, [e.path for e in batch if not e.is_page])
            for entry in batch:
                self._handle(root_id, entry, known.get(entry.path), pending)
            self.store.add_seen(self._seen)
            self._seen = []
        while pending:
            self._collect(root_id, pending)
        self._commit()
        for folder in unlisted:
            self._record_problem(root_id, folder, "无法打开文件夹（没有权限或已损坏）")
        if is_folder:
            missing = self.store.mark_missing(root_id, keep_under=unlisted)
            self.summary.missing += len(missing)
            self._refresh.update(missing)
            self.store.clear_stale_errors(root_id, self.run_id, keep_under=unlisted)
        self.store.indexed_root(root_id, self.stamp)

    def _handle(self, root_id: int, entry: Entry, existing: dict | None, pending: dict) -> None:
        if existing:
            self._seen.append(existing["id"])
        if entry.is_page:
            self._index_page(root_id, entry)
            self._progress(entry)
            return
        if entry.problem or entry.stat is None:
            self._fail(root_id, entry, entry.problem or "文件在索引过程中消失", None)
            self._progress(entry)
            return
        if existing and existing["photo_id"] and _same_stat(existing, entry.stat):
            if existing["missing"]:  # back in place, the same file: no need to read it
                self.store.revive_file(existing["id"])
                self._refresh.add(existing["photo_id"])
            self.summary.unchanged += 1
            self._progress(entry)
            return
        if self.workers <= 1:
            facts = analyze(entry.raw, str(self.store.thumbs_dir), self._sha256)
            self._store_facts(root_id, entry, existing, facts)
            return
        pending[self._submit(entry)] = (entry, existing)
        while len(pending) >= self.workers * 3:
            self._collect(root_id, pending)

    def _submit(self, entry: Entry) -> Future:
        return self._pool_().submit(analyze, entry.raw, str(self.store.thumbs_dir), self._sha256)

    def _pool_(self) -> ProcessPoolExecutor:
        if self._pool is None:
            # Forked workers share the parent's memory (spawned ones would import the whole
            # program again, ~100 MB each). All are started at once, here, before the counting
            # thread runs; they never touch the inherited database connection.
            gc.freeze()  # the collector would otherwise copy every shared page into each worker
            context = multiprocessing.get_context("fork")
            self._pool = ProcessPoolExecutor(max_workers=self.workers, mp_context=context,
                                             initializer=processes.start_worker, initargs=(os.getpid(),))
            self._pool.submit(os.getpid).result()
            gc.unfreeze()
        return self._pool

    def _close_pool(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None

    def _collect(self, root_id: int, pending: dict) -> None:
        done, _ = wait(list(pending), timeout=self._batch_left(), return_when=FIRST_COMPLETED)
        if not done:  # the workers are slow: do not hold the write lock while waiting for them
            self._commit()
            done, _ = wait(list(pending), return_when=FIRST_COMPLETED)
        for future in done:
            entry, existing = pending.pop(future)
            try:
                facts = future.result()
            except Exception as exc:  # a worker that died (out of memory, killed)
                self._close_pool_after_crash(pending)
                facts = FileFacts(path=os.fsdecode(entry.raw), error="读取时出错（处理进程意外退出）",
                                  detail=repr(exc)[:500])
            self._store_facts(root_id, entry, existing, facts)

    def _close_pool_after_crash(self, pending: dict) -> None:
        """A broken pool fails every job in it; those files are read again in a fresh pool."""
        if self._pool is not None and getattr(self._pool, "_broken", False):
            retry = [(f, job) for f, job in pending.items()]
            pending.clear()
            self._pool.shutdown(wait=False, cancel_futures=True)
            self._pool = None
            for _, (entry, existing) in retry:
                pending[self._submit(entry)] = (entry, existing)

    def _batch_left(self) -> float | None:
        """Seconds until the open write batch must be committed; None when none is open."""
        if self._batch_since is None:
            return None
        return max(0.0, self._batch_since + BATCH_SECONDS - time.monotonic())

    def _batched(self) -> None:
        """One more file stored in the open batch; commit it when it is full or old enough."""
        if self._batch_since is None:
            return
        self._batch_files += 1
        if self._batch_files >= BATCH_FILES or not self._batch_left():
            self._commit()

    def _commit(self) -> None:
        self.store.commit_batch()
        self._batch_since, self._batch_files = None, 0

    def _progress(self, entry: Entry) -> None:
        self._done += 1
        self.on_progress(self._done, self.total, entry.path)

    def _store_facts(self, root_id: int, entry: Entry, existing: dict | None, facts: FileFacts) -> None:
        self._progress(entry)
        if facts.error or not facts.digest:
            self._fail(root_id, entry, facts.error or "读取失败", facts.detail)
            return
        if self._batch_since is None:
            self.store.begin_batch()
            self._batch_since = time.monotonic()
        with self.store.savepoint():
            self._store_photo(root_id, entry, existing, facts)
        self._batched()

    def _store_photo(self, root_id: int, entry: Entry, existing: dict | None, facts: FileFacts) -> None:
        """Write one read file: its photo (new bytes or known), its file row and the merged record."""
        self.store.clear_error(root_id, entry.path)
        photo = self.store.photo_by_digest(facts.digest, facts.sha256)
        new_photo = photo is None
        photo_id = self.store.add_photo(facts.as_dict(), _exif_fields(facts)) if new_photo else photo["id"]
        if not new_photo and not photo["thumbs"] and facts.thumbs:
            self.store.set_thumbs(photo_id, facts.colour)
        if facts.thumbs and (new_photo or not photo["thumbs"]):
            self.store.save_fingerprint(photo_id, facts.fingerprint)
        row = self._file_row(root_id, entry, photo_id, facts)
        if existing:
            self.store.save_file(row, existing["id"])
            if existing["photo_id"] != photo_id:
                self.summary.updated += 1
                self._refresh.add(existing["photo_id"])
            else:
                self.summary.unchanged += 1
        else:
            moved_from = None if new_photo else self._moved_from(photo_id, entry)
            file_id = self.store.save_file(row, moved_from)
            self.store.add_seen([file_id])
            if new_photo:
                self.summary.added += 1
            elif moved_from:
                self.summary.moved += 1
            else:
                self.summary.copies += 1
        self.refresh_photo(photo_id)

    def _file_row(self, root_id: int, entry: Entry, photo_id: int, facts: FileFacts) -> dict[str, Any]:
        """The file's row; its size, mtime and inode are those of the bytes that were read."""
        parse = parse_name(entry.path).as_dict()
        if entry.repaired:
            parse.setdefault("warnings", []).append("文件名不是 UTF-8，已按 GBK 修复显示")
        return {
            "photo_id": photo_id, "root_id": root_id, "path": entry.path,
            "raw_path": entry.raw[len(os.fsencode(entry.root)) + 1 :] if entry.repaired else None,
            "name": entry.name, "repaired": int(entry.repaired), "size": facts.size,
            "mtime_ns": facts.mtime_ns, "inode": facts.inode, "parse": parse, "missing": 0,
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

    def _fail(self, root_id: int, entry: Entry, reason: str, detail: str | None) -> None:
        """Record why a file could not be read; what an earlier run learnt from it is kept."""
        self._record_problem(root_id, entry.path, reason, detail)

    def _record_problem(self, root_id: int, path: str, reason: str, detail: str | None = None) -> None:
        self.summary.failed += 1
        if len(self.summary.failures) < MAX_FAILURES_LISTED:
            self.summary.failures.append((path, reason))
        log.info("failed: %s: %s", redact_phones(path), reason)
        with self.store.transaction():
            self.store.record_error(root_id, path, reason, detail, self.run_id)

    def _index_page(self, root_id: int, entry: Entry) -> None:
        try:
            with open(entry.raw, "rb") as handle:
                data = handle.read(MAX_PAGE_BYTES + 1)
        except OSError as exc:
            self._fail(root_id, entry, "无法读取稿件页面", str(exc))
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


def _batches(entries: Iterator[Entry], size: int) -> Iterator[list[Entry]]:
    batch: list[Entry] = []
    for entry in entries:
        batch.append(entry)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


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
    """One worker per core this process may use."""
    try:
        return len(os.sched_getaffinity(0)) or 1
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


__all__ = ["Entry", "Indexer", "Summary", "index", "walk", "display_path", "Path"]
