"""Faults: an index run killed with SIGKILL, and the web app serving while an index runs.

bench/fault_test.py does the same kill-and-check at 20+ random moments on a bigger folder;
here a few kills keep the suite quick.
"""

from __future__ import annotations

import io
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PIL import Image

from gallery import processes, thumbs
from gallery.indexer import Indexer
from gallery.store import Store
from gallery.web import create_app

from .conftest import index, make_jpeg

GALLERY = [sys.executable, "-c", "from gallery.cli import main; main()"]


def make_folder(folder: Path, count: int) -> None:
    for n in range(count):
        make_jpeg(folder / f"{n // 10:02d}" / f"《题{n}》摄影者{n}.jpg", size=(1600, 1200),
                  colour=(n * 7 % 256, n * 13 % 256, 90))


def start_index(folder: Path, db: Path) -> subprocess.Popen:
    return subprocess.Popen([*GALLERY, "index", str(folder), "--db", str(db), "--quiet", "--workers", "2"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def check_consistent(db: Path, files_on_disk: int | None = None) -> list[str]:
    """Every promise the database makes holds; returns what is wrong (nothing, when all is well)."""
    problems = []
    store = Store(db)
    try:
        one = lambda sql: store.conn.execute(sql).fetchone()[0]  # noqa: E731
        if one("PRAGMA integrity_check") != "ok":
            problems.append("integrity_check failed")
        if one("SELECT count(*) - count(DISTINCT digest) FROM photos"):
            problems.append("duplicate photos")
        if one("SELECT count(*) FROM files WHERE photo_id IS NOT NULL AND photo_id NOT IN (SELECT id FROM photos)"):
            problems.append("files pointing at no photo")
        if one("SELECT count(*) FROM photos WHERE id NOT IN (SELECT photo_id FROM files WHERE photo_id IS NOT NULL)"):
            problems.append("photos without a file")
        for (sha,) in store.conn.execute("SELECT digest FROM photos WHERE thumbs = 1"):
            for size in thumbs.INDEX_SIZES:
                try:
                    with Image.open(thumbs.thumb_path(store.thumbs_dir, sha, size)) as thumb:
                        thumb.load()
                except OSError as exc:
                    problems.append(f"thumbnail {sha[:8]} {size}: {exc}")
        if files_on_disk is not None:
            present = one("SELECT count(*) FROM files WHERE missing = 0")
            if present != files_on_disk:
                problems.append(f"{present} files present in the database, {files_on_disk} on disk")
            leftovers = list(store.thumbs_dir.rglob(f"{thumbs.TEMP_PREFIX}*"))
            if leftovers:
                problems.append(f"temporary thumbnails left: {leftovers[:3]}")
    finally:
        store.close()
    return problems


def test_killed_runs_leave_a_consistent_database_and_the_next_run_resumes(tmp_path: Path):
    folder, db = tmp_path / "in", tmp_path / "g.db"
    make_folder(folder, 40)
    rng = random.Random(8)
    for _ in range(3):
        run = start_index(folder, db)
        time.sleep(rng.uniform(0.3, 1.5))
        run.send_signal(signal.SIGKILL)
        run.wait()
        assert [] == check_consistent(db)
    store = Store(db)
    before = store.counts()["photos"]
    store.close()
    final = subprocess.run([*GALLERY, "index", str(folder), "--db", str(db), "--json", "--workers", "2"],
                           capture_output=True, text=True, timeout=300)
    assert 0 == final.returncode, final.stderr
    assert [] == check_consistent(db, files_on_disk=40)
    assert f'"added": {40 - before},' in final.stdout  # resumed: what was stored is not read again


def children_of(pid: int) -> set[int]:
    found = set()
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[1]) == pid:
                found.add(int(entry.name))
    return found


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads the process table from /proc")
def test_the_workers_of_a_killed_run_end_with_it(tmp_path: Path):
    folder, db = tmp_path / "in", tmp_path / "g.db"
    make_folder(folder, 40)
    run = start_index(folder, db)
    deadline = time.monotonic() + 30
    while len(workers := children_of(run.pid)) < 2 and time.monotonic() < deadline:
        time.sleep(0.05)
    assert len(workers) >= 2, "the run never started its workers"
    run.send_signal(signal.SIGKILL)
    run.wait()
    deadline = time.monotonic() + 10
    while (left := {pid for pid in workers if processes.alive(pid) and not zombie(pid)}) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not left, "workers outlived the run that was killed"


def zombie(pid: int) -> bool:
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] == "Z"
    except OSError:
        return False


def test_the_web_app_serves_while_an_index_runs_and_says_so(tmp_path: Path):
    folder, db = tmp_path / "in", tmp_path / "g.db"
    make_folder(folder, 60)
    Store(db).close()
    client = create_app({"DATABASE": str(db), "TESTING": True}).test_client()
    run = start_index(folder, db)
    statuses, notices = [], 0
    try:
        while run.poll() is None:
            page = client.get("/")
            statuses.append(page.status_code)
            notices += "正在索引" in page.get_data(as_text=True)
            page.close()
            time.sleep(0.05)
    finally:
        if run.poll() is None:
            os.kill(run.pid, signal.SIGKILL)
        run.wait()
    assert 0 == run.returncode
    assert len(statuses) >= 3 and {200} == set(statuses)
    assert notices >= 1
    page = client.get("/")
    assert "正在索引" not in page.get_data(as_text=True)
    page.close()


def test_a_failed_part_of_a_write_batch_is_undone_alone(tmp_path: Path):
    store, reader = Store(tmp_path / "g.db"), None
    try:
        store.begin_batch()
        with store.savepoint():
            store.conn.execute("INSERT INTO roots (path) VALUES ('/kept')")
        try:
            with store.savepoint():
                store.conn.execute("INSERT INTO roots (path) VALUES ('/undone')")
                store.conn.execute("INSERT INTO roots (path) VALUES ('/kept')")  # UNIQUE: fails
        except sqlite3.IntegrityError:
            pass
        reader = Store(tmp_path / "g.db")
        assert [] == reader.roots()  # nothing is visible before the batch commits
        store.commit_batch()
        assert ["/kept"] == [r["path"] for r in reader.roots()]
    finally:
        store.close()
        if reader is not None:
            reader.close()


def test_an_interrupted_run_keeps_every_file_it_stored_and_the_next_run_resumes(tmp_path: Path):
    folder, db = tmp_path / "in", tmp_path / "g.db"
    make_folder(folder, 12)

    def stop_at_the_sixth(done: int, total: int | None, path: str) -> None:
        if done == 6:
            raise KeyboardInterrupt

    store = Store(db)
    try:
        with pytest.raises(KeyboardInterrupt):
            Indexer(store, workers=1, on_progress=stop_at_the_sixth).run([str(folder)])
    finally:
        store.close()
    assert [] == check_consistent(db)
    reader = Store(db)
    try:
        assert 5 == reader.counts()["photos"]  # the sixth was being stored when the run stopped
        assert "interrupted" == reader.last_run()["status"]
    finally:
        reader.close()
    summary = index(db, folder)
    assert (7, 0) == (summary.added, summary.failed)
    assert [] == check_consistent(db, files_on_disk=12)


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads the process table from /proc")
def test_a_process_that_ended_but_was_not_reaped_is_not_alive():
    """Where no init reaps orphans, a killed run's workers stay zombies: their temporary
    thumbnails must still be cleaned up."""
    child = os.fork()
    if child == 0:
        os._exit(0)
    try:
        deadline = time.monotonic() + 10
        while not zombie(child) and time.monotonic() < deadline:
            time.sleep(0.01)
        assert zombie(child)
        assert not processes.alive(child)
    finally:
        os.waitpid(child, 0)
    assert processes.alive(os.getpid())


FAULTS_PER_FILE = """
import resource, sys
import gallery.store  # a worker is forked from a process that imported all of the gallery
from gallery import processes
from gallery.analyze import analyze
if sys.argv[1] == "steady":
    processes.steady_heap()
paths = sys.argv[2:]
analyze(paths[0], "thumbs")
before = resource.getrusage(resource.RUSAGE_SELF).ru_minflt
for path in paths[1:]:
    analyze(path, "thumbs")
print((resource.getrusage(resource.RUSAGE_SELF).ru_minflt - before) // (len(paths) - 1))
"""


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="glibc's malloc settings")
def test_index_workers_reuse_their_big_buffers_instead_of_faulting_in_new_pages(tmp_path: Path):
    grain = Image.effect_noise((3000, 2000), 60).convert("RGB")  # a 6 MP photo's worth of detail
    data = io.BytesIO()
    grain.save(data, "JPEG", quality=90)
    paths = []
    for n in range(6):  # distinct bytes, so each is a new photo
        paths.append(tmp_path / f"{n}.jpg")
        paths[-1].write_bytes(data.getvalue() + bytes([n]))
    faults = {how: int(subprocess.run([sys.executable, "-c", FAULTS_PER_FILE, how, *map(str, paths)], cwd=tmp_path,
                                      capture_output=True, text=True, check=True).stdout)
              for how in ("plain", "steady")}
    assert faults["steady"] * 5 < faults["plain"], faults
