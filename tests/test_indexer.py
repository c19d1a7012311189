"""The indexer on real files: the sample, generated JPEGs with EXIF, and bad input."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from blake3 import blake3
from PIL import Image

from gallery import thumbs
from gallery.indexer import Indexer, display_path
from gallery.store import Store

from .conftest import CORPUS, IMAGES, SEEDS, index, make_jpeg, needs_corpus
from .test_analyze import BAD_FILES

GALLERY = [sys.executable, "-c", "from gallery.cli import main; main()"]


def photos(db: Path) -> list[dict]:
    store = Store(db)
    try:
        return store._all("SELECT * FROM photos ORDER BY id")
    finally:
        store.close()


def files(db: Path) -> list[dict]:
    store = Store(db)
    try:
        return store._all("SELECT * FROM files ORDER BY id")
    finally:
        store.close()


def test_sample_gives_twelve_photos_and_no_failures(tmp_path: Path):
    summary = index(tmp_path / "g.db", IMAGES, SEEDS)
    assert (12, 0, 1) == (summary.added, summary.failed, summary.pages)
    assert 12 == len(photos(tmp_path / "g.db"))


def test_pages_and_images_in_any_order_give_the_same_captions(tmp_path: Path):
    index(tmp_path / "a.db", SEEDS, IMAGES)
    index(tmp_path / "b.db", IMAGES, SEEDS)
    captions = [sorted((p["digest"], p["caption"]) for p in photos(tmp_path / f"{x}.db")) for x in "ab"]
    assert captions[0] == captions[1]
    assert 5 == sum(1 for _, c in captions[0] if c)


def test_exif_fields_and_orientation(tmp_path: Path):
    folder = tmp_path / "in"
    make_jpeg(
        folder / "IMG_20200811_144957.jpg",
        size=(120, 80),
        exif={0x010F: "Canon", 0x0110: "Canon EOS 40D", 0x0112: 6},
        exif_ifd={0x9003: "2020:08:11 14:49:57", 0x8827: 200, 0x920A: 50.0},
        gps={1: "N", 2: (32.0, 12.0, 0.0), 3: "E", 4: (119.0, 27.0, 0.0)},
    )
    index(tmp_path / "g.db", folder)
    (photo,) = photos(tmp_path / "g.db")
    assert (80, 120) == (photo["width"], photo["height"])  # orientation 6 turns it upright
    exif = json.loads(photo["exif"])
    assert ("2020-08-11T14:49:57", 200, 50.0) == (exif["taken_at"], exif["iso"], exif["focal_length"])
    assert (32.2, 119.45) == (photo["gps_lat"], photo["gps_lon"])
    with Image.open(thumbs.thumb_path(tmp_path / "g.thumbs", photo["digest"], "grid2x")) as thumb:
        assert thumb.width < thumb.height  # applied to the thumbnail too
        assert thumb.convert("RGB").getpixel((thumb.width // 2, 2))[0] < 40  # the black stripe is now on top


def test_rerun_reads_nothing_unchanged(tmp_path: Path):
    index(tmp_path / "g.db", IMAGES, SEEDS)
    summary = index(tmp_path / "g.db", IMAGES, SEEDS)
    assert (0, 12, 0, 0) == (summary.added, summary.unchanged, summary.updated, summary.pages)


def test_renamed_file_keeps_its_photo(tmp_path: Path):
    folder = tmp_path / "in"
    make_jpeg(folder / "a.jpg")
    index(tmp_path / "g.db", folder)
    before = photos(tmp_path / "g.db")[0]["id"]
    (folder / "a.jpg").rename(folder / "《采茶》周明生 摄于镇江茶博园.jpg")
    summary = index(tmp_path / "g.db", folder)
    assert (1, 0, 0) == (summary.moved, summary.added, summary.missing)
    (row,) = files(tmp_path / "g.db")
    assert (before, "《采茶》周明生 摄于镇江茶博园.jpg") == (row["photo_id"], row["path"])


def as_made_before_blake3(db: Path, folder: Path) -> None:
    """Turn a database into what versions before BLAKE3 left: each photo keyed by the SHA-256 of
    its bytes in a ``sha256`` column, its thumbnails named by it, an older schema version."""
    conn = sqlite3.connect(db)
    thumbs_dir = db.with_name(db.stem + ".thumbs")
    for photo_id, digest, path in conn.execute(
            "SELECT p.id, p.digest, f.path FROM photos p JOIN files f ON f.photo_id = p.id").fetchall():
        old = hashlib.sha256((folder / path).read_bytes()).hexdigest()
        for size in thumbs.SIZES:
            if thumbs.thumb_path(thumbs_dir, digest, size).exists():
                thumbs.thumb_path(thumbs_dir, old, size).parent.mkdir(exist_ok=True)
                thumbs.thumb_path(thumbs_dir, digest, size).rename(thumbs.thumb_path(thumbs_dir, old, size))
        conn.execute("UPDATE photos SET digest = ? WHERE id = ?", (old, photo_id))
    conn.execute("DROP INDEX photos_sha256")
    conn.execute("ALTER TABLE photos DROP COLUMN digest_kind")
    conn.execute("ALTER TABLE photos RENAME COLUMN digest TO sha256")
    conn.execute("UPDATE meta SET value = '2.before-blake3' WHERE key = 'schema_version'")
    conn.commit()
    conn.close()


def test_a_database_made_before_blake3_still_finds_its_photos_moved_and_copied(tmp_path: Path):
    folder, db = tmp_path / "in", tmp_path / "g.db"
    make_jpeg(folder / "a.jpg")
    make_jpeg(folder / "b.jpg", colour=(20, 160, 90))
    index(db, folder)
    as_made_before_blake3(db, folder)
    known = {p["id"]: p["digest"] for p in photos(db)}  # opening it renamed the column
    assert {"sha256"} == {p["digest_kind"] for p in photos(db)}
    (folder / "sub").mkdir()
    (folder / "a.jpg").rename(folder / "sub" / "《采茶》周明生.jpg")
    shutil.copyfile(folder / "b.jpg", folder / "b_副本.jpg")
    make_jpeg(folder / "c.jpg", colour=(10, 10, 200))
    summary = index(db, folder, workers=2)
    assert (1, 1, 1, 0) == (summary.moved, summary.copies, summary.added, summary.missing)
    rows = photos(db)
    assert known == {p["id"]: p["digest"] for p in rows if p["id"] in known}  # the same photos, same keys
    (new,) = [p for p in rows if p["id"] not in known]
    assert ("blake3", blake3((folder / "c.jpg").read_bytes()).hexdigest()) == (new["digest_kind"], new["digest"])
    made = sorted(p.name for p in (tmp_path / "g.thumbs").rglob("*_grid2x.webp"))
    assert sorted(f"{d}_grid2x.webp" for d in [*known.values(), new["digest"]]) == made  # none made twice


def test_byte_identical_copies_are_one_photo_with_two_files(tmp_path: Path):
    folder = tmp_path / "in"
    make_jpeg(folder / "采茶.jpg")
    shutil.copyfile(folder / "采茶.jpg", folder / "采茶_副本.jpg")
    summary = index(tmp_path / "g.db", folder)
    assert (1, 1) == (summary.added, summary.copies)
    assert 1 == len(photos(tmp_path / "g.db"))
    parses = [json.loads(f["parse"]) for f in files(tmp_path / "g.db")]
    assert {None, "_副本"} == {p.get("copy_marker") for p in parses}


def test_deleted_file_is_marked_missing_not_dropped(tmp_path: Path):
    folder = tmp_path / "in"
    make_jpeg(folder / "a.jpg")
    index(tmp_path / "g.db", folder)
    (folder / "a.jpg").unlink()
    summary = index(tmp_path / "g.db", folder)
    assert 1 == summary.missing
    (photo,) = photos(tmp_path / "g.db")
    assert 1 == photo["missing"]
    assert 1 == files(tmp_path / "g.db")[0]["missing"]


def test_changed_content_updates_the_file(tmp_path: Path):
    folder = tmp_path / "in"
    make_jpeg(folder / "a.jpg", colour=(10, 10, 10))
    index(tmp_path / "g.db", folder)
    make_jpeg(folder / "a.jpg", colour=(250, 250, 250))
    os.utime(folder / "a.jpg", ns=(1, 1))
    summary = index(tmp_path / "g.db", folder)
    assert 1 == summary.updated
    assert 2 == len(photos(tmp_path / "g.db"))  # the old bytes stay known, marked missing
    assert [1, 0] == [p["missing"] for p in photos(tmp_path / "g.db")]


def symlink_loop(path: Path) -> None:
    os.symlink(path.with_name("other.jpg"), path)
    os.symlink(path, path.with_name("other.jpg"))


# the reason's words, the file (or link) made in the folder next to a good photo
WALK_PROBLEMS = [
    ("符号链接循环", "loop.jpg", symlink_loop),
    ("不存在", "dangling.jpg", lambda p: os.symlink(p.with_name("nowhere.jpg"), p)),
    ("不是普通文件", "pipe.jpg", lambda p: os.mkfifo(p)),
]
ALL_BAD = [(w, n, m) for w, n, m in BAD_FILES] + WALK_PROBLEMS


@pytest.mark.parametrize(("words", "name", "make"), ALL_BAD, ids=[b[1] for b in ALL_BAD])
@pytest.mark.parametrize("workers", [1, 2])
def test_bad_file_is_recorded_and_the_run_goes_on(tmp_path: Path, words: str, name: str, make, workers: int):
    folder = tmp_path / "in"
    make_jpeg(folder / "good.jpg")
    make(folder / name)
    summary = index(tmp_path / "g.db", folder, workers=workers)
    failed = {path: reason for path, reason in summary.failures}
    assert 1 == summary.added
    assert words in failed.get(name, ""), summary.failures
    store = Store(tmp_path / "g.db")
    assert name in [e["path"] for e in store.errors()]
    assert "ok" == store.conn.execute("PRAGMA integrity_check").fetchone()[0]
    store.close()


def test_a_bad_rewrite_keeps_earlier_data(tmp_path: Path):
    folder = tmp_path / "in"
    make_jpeg(folder / "《采茶》周明生.jpg")
    index(tmp_path / "g.db", folder)
    before = photos(tmp_path / "g.db")
    (folder / "《采茶》周明生.jpg").write_bytes(b"\xff\xd8\xff broken")
    summary = index(tmp_path / "g.db", folder)
    assert 1 == summary.failed
    assert before == photos(tmp_path / "g.db")
    assert 0 == files(tmp_path / "g.db")[0]["missing"]


def test_gbk_file_name_is_repaired_and_kept(tmp_path: Path):
    folder = tmp_path / "in"
    folder.mkdir()
    raw = "《采茶》周明生.jpg".encode("gbk")
    make_jpeg(tmp_path / "x.jpg")
    os.rename(tmp_path / "x.jpg", os.fsencode(folder) + b"/" + raw)
    summary = index(tmp_path / "g.db", folder)
    assert (1, 0) == (summary.added, summary.failed)
    (row,) = files(tmp_path / "g.db")
    assert ("《采茶》周明生.jpg", 1, raw) == (row["path"], row["repaired"], row["raw_path"])


def test_display_path():
    assert ("采茶.jpg", False) == display_path("采茶.jpg".encode())
    assert ("采茶.jpg", True) == display_path("采茶.jpg".encode("gbk"))


def test_file_vanishing_mid_run_is_recorded(tmp_path: Path, monkeypatch):
    folder = tmp_path / "in"
    make_jpeg(folder / "a.jpg")
    make_jpeg(folder / "b.jpg", colour=(1, 2, 3))
    import gallery.indexer as indexer_module

    real_walk = indexer_module.walk

    def walk_then_delete(target, *args):
        for entry in real_walk(target, *args):
            if entry.path == "b.jpg":  # found and looked at, then gone before it is read
                (folder / "b.jpg").unlink()
            yield entry

    monkeypatch.setattr(indexer_module, "walk", walk_then_delete)
    summary = index(tmp_path / "g.db", folder)
    assert (1, 1) == (summary.added, summary.failed)
    assert "消失" in summary.failures[0][1]


def test_symlink_loop_and_script_name(tmp_path: Path):
    folder = tmp_path / "in"
    make_jpeg(folder / "<script>alert(1)</script>.jpg")
    os.symlink(folder, folder / "loop")
    os.symlink(folder / "nowhere.jpg", folder / "dangling.jpg")
    summary = index(tmp_path / "g.db", folder)
    assert 1 == summary.added
    assert ["<script>alert(1)</script>.jpg"] == [f["path"] for f in files(tmp_path / "g.db")]


def test_page_naming_a_missing_image_shows_it_missing(tmp_path: Path):
    folder = tmp_path / "in"
    make_jpeg(folder / "有.jpg")
    (folder / "page.txt").write_text("稿件\n来源:某报 2024-01-02\n阅读推荐\n有.jpg\n有图说。\n没有.jpg\n缺图的图说。\n",
                                     encoding="utf-8")
    index(tmp_path / "g.db", folder)
    store = Store(tmp_path / "g.db")
    article = store.article(1)
    store.close()
    assert [("有.jpg", True), ("没有.jpg", False)] == [(i["name"], i["photo"] is not None) for i in article["images"]]
    assert "缺图的图说。" == article["images"][1]["caption"]


def test_parallel_workers_give_the_same_result(tmp_path: Path):
    folder = tmp_path / "in"
    for n in range(6):
        make_jpeg(folder / f"{n}.jpg", colour=(n * 40, 10, 10))
    summary = Indexer(Store(tmp_path / "g.db"), workers=2).run([str(folder)])
    assert (6, 0) == (summary.added, summary.failed)


@needs_corpus
def test_real_corrupt_and_truncated_corpus_files(tmp_path: Path):
    corpus = CORPUS / "exif-samples"
    folder = tmp_path / "in"
    folder.mkdir()
    for source in ["derived-truncated/Nikon_D70_first2000bytes.jpg", "jpg/invalid/image00971.jpg",
                   "jpg/Canon_40D.jpg", "jpg/orientation/landscape_6.jpg"]:
        shutil.copyfile(corpus / source, folder / Path(source).name)
    summary = index(tmp_path / "g.db", folder)
    assert 4 == summary.added + summary.failed
    assert summary.added >= 2


@needs_corpus
def test_the_corpus_jpeg_with_damaged_compressed_data_is_recorded_not_shown_garbled(tmp_path: Path):
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copyfile(CORPUS / "exif-samples" / "jpg" / "corrupted.jpg", folder / "corrupted.jpg")
    make_jpeg(folder / "good.jpg")
    summary = index(tmp_path / "g.db", folder)
    assert (1, 1) == (summary.added, summary.failed)
    assert "JPEG 压缩数据已损坏" in dict(summary.failures)["corrupted.jpg"]


def test_a_problem_whose_file_was_deleted_or_mended_is_cleared_on_the_next_whole_run(tmp_path: Path):
    folder = tmp_path / "in"
    make_jpeg(folder / "good.jpg")
    (folder / "deleted.jpg").write_bytes(b"")
    (folder / "mended.jpg").write_bytes(b"not a picture")
    (folder / "still.jpg").write_bytes(b"")
    db = tmp_path / "g.db"
    assert 3 == index(db, folder).failed
    (folder / "deleted.jpg").unlink()
    make_jpeg(folder / "mended.jpg", colour=(9, 99, 9))
    summary = index(db, folder)
    assert (1, 1) == (summary.added, summary.failed)
    store = Store(db)
    assert ["still.jpg"] == [e["path"] for e in store.errors()]
    store.close()


def test_file_replaced_mid_run_stores_the_bytes_read_and_their_stat(tmp_path: Path, monkeypatch):
    folder = tmp_path / "in"
    make_jpeg(folder / "a.jpg", colour=(10, 10, 10))
    import gallery.indexer as indexer_module

    real_walk = indexer_module.walk

    def walk_then_replace(target, *args):
        for entry in real_walk(target, *args):
            make_jpeg(tmp_path / "new.jpg", colour=(250, 250, 250))  # stat taken; now replaced
            os.replace(tmp_path / "new.jpg", folder / "a.jpg")
            yield entry

    monkeypatch.setattr(indexer_module, "walk", walk_then_replace)
    index(tmp_path / "g.db", folder)
    monkeypatch.setattr(indexer_module, "walk", real_walk)
    (photo,) = photos(tmp_path / "g.db")
    assert blake3((folder / "a.jpg").read_bytes()).hexdigest() == photo["digest"]
    assert 1 == index(tmp_path / "g.db", folder).unchanged  # its stored stat is the new file's


def test_name_neither_utf8_nor_gbk_is_kept_as_bytes_and_stays_distinct(tmp_path: Path):
    folder = tmp_path / "in"
    folder.mkdir()
    raws = [b"\xff\xfe-1.jpg", b"\xff\xfd-1.jpg"]
    for n, raw in enumerate(raws):
        make_jpeg(tmp_path / "x.jpg", colour=(n * 90, 10, 10))
        os.rename(tmp_path / "x.jpg", os.fsencode(folder) + b"/" + raw)
    summary = index(tmp_path / "g.db", folder)
    assert (2, 0) == (summary.added, summary.failed)
    rows = files(tmp_path / "g.db")
    assert sorted(raws) == sorted(r["raw_path"] for r in rows)
    assert 2 == len({r["path"] for r in rows})
    assert all(r["repaired"] == 1 for r in rows)


def test_names_of_255_bytes_and_with_script_are_indexed_and_shown_escaped(tmp_path: Path):
    from gallery.web import create_app

    folder = tmp_path / "in"
    long_name = "长" * 83 + "ab.jpg"  # 83 * 3 + 6 = 255 bytes, the most a Linux name may have
    assert 255 == len(long_name.encode())
    make_jpeg(folder / long_name)
    make_jpeg(folder / "<script>alert(1)</script>.jpg", colour=(1, 2, 3))
    summary = index(tmp_path / "g.db", folder)
    assert (2, 0) == (summary.added, summary.failed)
    client = create_app({"DATABASE": str(tmp_path / "g.db"), "TESTING": True}).test_client()
    for photo in photos(tmp_path / "g.db"):
        page = client.get(f"/photo/{photo['id']}")
        assert 200 == page.status_code
        assert b"<script>alert(1)" not in page.data
        page.close()
    home = client.get("/")
    assert 200 == home.status_code and b"<script>alert(1)" not in home.data
    home.close()


def index_without_root_powers(folder: Path, db: Path) -> subprocess.CompletedProcess:
    """``gallery index --json`` in a process that file permissions bind (root's are dropped)."""
    command = [*GALLERY, "index", str(folder), "--db", str(db), "--json", "--workers", "1"]
    if os.geteuid() == 0:
        setpriv = shutil.which("setpriv")
        if setpriv is None:
            pytest.skip("running as root without setpriv: root reads every file and folder")
        command = [setpriv, "--bounding-set=-dac_override,-dac_read_search", *command]
    return subprocess.run(command, capture_output=True, text=True, timeout=120)


def test_unreadable_file_is_recorded(tmp_path: Path):
    """As root (CI), the indexer runs without the capability to bypass file permissions."""
    folder = tmp_path / "in"
    make_jpeg(folder / "good.jpg")
    make_jpeg(folder / "secret.jpg", colour=(5, 5, 5))
    os.chmod(folder / "secret.jpg", 0)
    done = index_without_root_powers(folder, tmp_path / "g.db")
    assert 0 == done.returncode, done.stderr
    summary = json.loads(done.stdout)
    assert (1, 1) == (summary["added"], summary["failed"])
    assert [{"path": "secret.jpg", "reason": "没有读取权限"}] == summary["failures"]


def test_a_folder_that_cannot_be_listed_keeps_its_files_and_their_problems(tmp_path: Path):
    """Not being able to look is not the same as finding nothing: nothing under it goes missing."""
    folder = tmp_path / "in"
    make_jpeg(folder / "a.jpg")
    make_jpeg(folder / "sub" / "b.jpg", colour=(9, 9, 90))
    (folder / "sub" / "empty.jpg").write_bytes(b"")
    db = tmp_path / "g.db"
    first = index(db, folder)
    assert (2, 1) == (first.added, first.failed)
    os.chmod(folder / "sub", 0)
    try:
        done = index_without_root_powers(folder, db)
    finally:
        os.chmod(folder / "sub", 0o755)
    assert 0 == done.returncode, done.stderr
    summary = json.loads(done.stdout)
    assert 0 == summary["missing"]
    assert all(not f["missing"] for f in files(db))
    store = Store(db)
    assert {"sub", "sub/empty.jpg"} == {e["path"] for e in store.errors()}
    store.close()


def test_missing_file_back_unchanged_is_not_read_again(tmp_path: Path):
    folder = tmp_path / "in"
    make_jpeg(folder / "a.jpg")
    index(tmp_path / "g.db", folder)
    os.rename(folder / "a.jpg", tmp_path / "a.jpg")
    assert 1 == index(tmp_path / "g.db", folder).missing
    os.rename(tmp_path / "a.jpg", folder / "a.jpg")
    summary = index(tmp_path / "g.db", folder)
    assert (1, 0, 0) == (summary.unchanged, summary.added, summary.missing)
    assert [0] == [p["missing"] for p in photos(tmp_path / "g.db")]


def test_a_folder_that_cannot_be_listed_does_not_make_its_files_missing(tmp_path: Path, monkeypatch):
    folder = tmp_path / "in"
    make_jpeg(folder / "sub" / "a.jpg")
    make_jpeg(folder / "b.jpg", colour=(1, 1, 1))
    index(tmp_path / "g.db", folder)
    real_scandir = os.scandir

    def scandir(path):
        if os.fsdecode(path).endswith("/sub"):
            raise PermissionError(13, "Permission denied")
        return real_scandir(path)

    import gallery.indexer as indexer_module

    monkeypatch.setattr(indexer_module.os, "scandir", scandir)
    summary = index(tmp_path / "g.db", folder)
    assert (0, 1) == (summary.missing, summary.failed)
    assert [0, 0] == [f["missing"] for f in files(tmp_path / "g.db")]
