"""The indexer on real files: the sample, generated JPEGs with EXIF, and bad input."""

from __future__ import annotations

import json
import os
import shutil
import struct
import zlib
from pathlib import Path

import pytest
from PIL import Image

from gallery import thumbs
from gallery.indexer import Indexer, display_path
from gallery.store import Store

from .conftest import IMAGES, SEEDS, SHARED, index, make_jpeg


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
    captions = [sorted((p["sha256"], p["caption"]) for p in photos(tmp_path / f"{x}.db")) for x in "ab"]
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
    with Image.open(thumbs.thumb_path(tmp_path / "g.thumbs", photo["sha256"], "grid")) as thumb:
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


def png_bomb(path: Path, width: int = 40000, height: int = 40000) -> Path:
    """A tiny PNG whose header claims 1.6 gigapixels."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IEND", b""))
    return path


BAD_FILES = {
    "zero.jpg": lambda p: p.write_bytes(b""),
    "text.jpg": lambda p: p.write_text("这不是图片，只是一段文字。\n" * 20, encoding="utf-8"),
    "truncated.jpg": lambda p: p.write_bytes(make_jpeg(p.with_suffix(".tmp"), size=(400, 300)).read_bytes()[:900]),
    "bomb.png": png_bomb,
    "random.jpg": lambda p: p.write_bytes(os.urandom(2048)),
}


@pytest.mark.parametrize("name", sorted(BAD_FILES))
def test_bad_file_is_recorded_and_the_run_goes_on(tmp_path: Path, name: str):
    folder = tmp_path / "in"
    make_jpeg(folder / "good.jpg")
    BAD_FILES[name](folder / name)
    for leftover in folder.glob("*.tmp"):
        leftover.unlink()
    summary = index(tmp_path / "g.db", folder)
    assert (1, 1) == (summary.added, summary.failed)
    assert name == summary.failures[0][0]
    assert summary.failures[0][1]  # a reason an editor can read
    store = Store(tmp_path / "g.db")
    assert [name] == [e["path"] for e in store.errors()]
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


@pytest.mark.skipif(not (SHARED / "corpus").exists(), reason="../shared/corpus is not beside this checkout")
def test_real_corrupt_and_truncated_corpus_files(tmp_path: Path):
    corpus = SHARED / "corpus" / "exif-samples"
    folder = tmp_path / "in"
    folder.mkdir()
    for source in ["derived-truncated/Nikon_D70_first2000bytes.jpg", "jpg/invalid/image00971.jpg",
                   "jpg/Canon_40D.jpg", "jpg/orientation/landscape_6.jpg"]:
        shutil.copyfile(corpus / source, folder / Path(source).name)
    summary = index(tmp_path / "g.db", folder)
    assert 4 == summary.added + summary.failed
    assert summary.added >= 2
