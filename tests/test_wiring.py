"""What joins the areas: fingerprints at index time, captions read as captions, the viewer's
neighbours, thumbnails made on first request (also with a relative database path), and a
database opened for reading that is not written to."""

from __future__ import annotations

import io
import json
import shutil
import sqlite3
from pathlib import Path

import pytest
from blake3 import blake3
from PIL import Image, ImageOps

from gallery import dupes, fingerprint, thumbs
from gallery.indexer import parse_caption
from gallery.store import Store
from gallery.web import create_app

from .conftest import IMAGES, index, make_jpeg

TEA = "《采茶》周明生  摄于镇江茶博园_副本.jpg"
OTHER = "9.jpg"


def save_photo(source: str, target: Path, quality: int) -> Path:
    """One of the bundled real photographs, saved again as JPEG at ``quality``."""
    target.parent.mkdir(parents=True, exist_ok=True)
    with Image.open(IMAGES / source) as image:
        picture = ImageOps.contain(image.convert("RGB"), (1200, 1200))
    picture.save(target, "JPEG", quality=quality)
    return target


# --- fingerprints at index time ------------------------------------------------------------------

def test_a_copy_re_encoded_at_quality_50_is_grouped_with_its_original(tmp_path: Path):
    folder = tmp_path / "in"
    save_photo(TEA, folder / "《采茶》周明生.jpg", 92)
    save_photo(TEA, folder / "采茶_微信.jpg", 50)  # the same picture, other bytes
    save_photo(OTHER, folder / "《摩托》张三.jpg", 92)
    db = tmp_path / "g.db"
    assert 3 == index(db, folder, workers=2).added
    store = Store(db)
    try:
        fingerprinted = store.fingerprints()
        made, _ = dupes.backfill(store)  # nothing left to do: the index stored them
        dupes.regroup(store)
        names = dict(store.conn.execute("SELECT photo_id, name FROM files").fetchall())
        found = [{names[m["id"]] for m in g.members} for g in dupes.groups(store)]
    finally:
        store.close()
    assert (3, 0) == (len(fingerprinted), made)
    assert all(fingerprint.valid(value) for _, value in fingerprinted)
    assert [{"《采茶》周明生.jpg", "采茶_微信.jpg"}] == found


def test_a_resumed_run_stores_the_fingerprint_from_the_kept_thumbnail(tmp_path: Path):
    folder = tmp_path / "in"
    save_photo(TEA, folder / "a.jpg", 90)
    index(tmp_path / "first.db", folder)
    # as if a killed run had written the thumbnail but not its result: the thumbnail is there
    shutil.copytree(tmp_path / "first.thumbs", tmp_path / "second.thumbs")
    made = thumbs.thumb_path(tmp_path / "second.thumbs", digest_of(folder / "a.jpg"), "grid2x")
    written = made.stat().st_mtime_ns
    index(tmp_path / "second.db", folder)
    values = []
    for name in ("first", "second"):
        store = Store(tmp_path / f"{name}.db")
        values += [value for _, value in store.fingerprints()]
        store.close()
    assert written == made.stat().st_mtime_ns  # kept, not made again
    distance = bin(fingerprint.split(values[0])[0] ^ fingerprint.split(values[1])[0]).count("1")
    assert distance <= 3  # the same picture, read back from the stored 800 px WebP


def digest_of(path: Path) -> str:
    return blake3(path.read_bytes()).hexdigest()


# --- captions from article pages ----------------------------------------------------------------

PAGE = """镇江茶博园迎来采茶季
来源:镇江日报   2019-04-21 10:00:00

今年的春茶开采了。

阅读推荐
W0001.jpg
2019年4月20日，游客在镇江茶博园采茶。赵宇思/摄
"""


@pytest.mark.parametrize(
    ("expected", "caption"),
    [
        (["赵宇思"], "2019年4月20日，游客在镇江茶博园采茶。赵宇思/摄"),
        (["赵宇思"], "游客在镇江茶博园采茶。（赵宇思/摄）"),
    ],
)
def test_a_caption_keeps_its_slash_credit(expected, caption):
    assert expected == parse_caption(caption)["photographers"]


def test_an_article_caption_with_a_slash_credits_the_photographer(tmp_path: Path):
    make_jpeg(tmp_path / "in" / "W0001.jpg", size=(300, 200))
    (tmp_path / "in" / "page.txt").write_text(PAGE, encoding="utf-8")
    db = tmp_path / "g.db"
    index(db, tmp_path / "in")
    store = Store(db)
    try:
        (row,) = store._all("SELECT photographers, place FROM photos")
    finally:
        store.close()
    assert (["赵宇思"], "镇江茶博园") == (json.loads(row["photographers"]), row["place"])


# --- the viewer's neighbours ----------------------------------------------------------------------

def test_neighbours_walk_the_grid_order(tmp_path: Path):
    """Newest first, equal dates by id, undated last; both ways, end to end."""
    store = Store(tmp_path / "g.db")
    try:
        dates = ["2019-04-20", None, "2021-01-01", "2019-04-20", None, "2020-06-01T08:00:00"]
        with store.transaction():
            ids = [store.add_photo({"digest": f"{n:064x}"}, {}) for n in range(len(dates))]
            for photo_id, date in zip(ids, dates, strict=True):
                store.conn.execute("UPDATE photos SET date = ? WHERE id = ?", (date, photo_id))
        grid = [ids[2], ids[5], ids[3], ids[0], ids[4], ids[1]]
        walked = [store.neighbours(photo_id) for photo_id in grid]
    finally:
        store.close()
    assert [(None, grid[1])] + [(grid[i - 1], grid[i + 1]) for i in range(1, 5)] + [(grid[4], None)] == walked


def test_neighbours_of_an_unknown_photo():
    assert (None, None) == Store(":memory:").neighbours(99)


# --- thumbnails on first request -------------------------------------------------------------------

@pytest.fixture
def served(tmp_path: Path):
    folder = tmp_path / "in"
    make_jpeg(folder / "a.jpg", size=(1200, 900))
    db = tmp_path / "g.db"
    index(db, folder)
    store = Store(db)
    (sha,) = [r[0] for r in store.conn.execute("SELECT digest FROM photos")]
    store.close()
    return create_app({"DATABASE": str(db), "TESTING": True}).test_client(), tmp_path / "g.thumbs", sha


@pytest.mark.parametrize(("expected", "size"), [((400, 300), "grid"), ((800, 600), "grid2x"), ((1200, 900), "large")])
def test_each_size_is_served_and_kept(served, expected, size):
    client, folder, sha = served
    with client.get(f"/thumb/{sha}/{size}.webp") as response:
        assert (200, "image/webp") == (response.status_code, response.mimetype)
        with Image.open(io.BytesIO(response.data)) as picture:
            assert expected == picture.size
    assert thumbs.thumb_path(folder, sha, size).exists()


def test_the_1x_size_is_made_from_the_2x_one_not_the_original(served):
    client, folder, sha = served
    for original in (folder.parent / "in").iterdir():
        original.unlink()  # only the stored 800 px thumbnail can give it now
    with client.get(f"/thumb/{sha}/grid.webp") as response:
        assert 200 == response.status_code
    with client.get(f"/thumb/{sha}/large.webp") as response:
        assert 404 == response.status_code  # the large size needs the original


def test_a_lost_thumbnail_folder_is_made_again_from_the_original(served):
    client, folder, sha = served
    thumbs.thumb_path(folder, sha, "grid2x").unlink()
    for size in ("grid", "grid2x"):
        with client.get(f"/thumb/{sha}/{size}.webp") as response:
            assert 200 == response.status_code
    assert [] == list(folder.rglob(f"{thumbs.TEMP_PREFIX}*"))


@pytest.mark.parametrize("size", ["grid", "grid2x", "large"])
def test_a_photo_that_is_not_there_is_404(served, size):
    client, _, _ = served
    with client.get(f"/thumb/{'0' * 64}/{size}.webp") as response:
        assert 404 == response.status_code


def test_a_damaged_2x_thumbnail_falls_back_to_the_original(served):
    client, folder, sha = served
    thumbs.thumb_path(folder, sha, "grid2x").write_bytes(b"RIFF\x00\x00not a webp")
    with client.get(f"/thumb/{sha}/grid.webp") as response:
        assert 200 == response.status_code


def test_a_relative_database_path_serves_thumbnails(tmp_path: Path, monkeypatch):
    make_jpeg(tmp_path / "in" / "a.jpg", size=(900, 600))
    (tmp_path / "sub").mkdir()
    monkeypatch.chdir(tmp_path)
    index(Path("sub/g.db"), Path("in"))
    client = create_app({"DATABASE": "sub/g.db", "TESTING": True}).test_client()
    store = Store("sub/g.db")
    (sha,) = [r[0] for r in store.conn.execute("SELECT digest FROM photos")]
    store.close()
    for size in ("grid2x", "grid", "large"):
        with client.get(f"/thumb/{sha}/{size}.webp") as response:
            assert 200 == response.status_code, size


# --- opening a database reads; only an older schema is written ---------------------------------------

WRITES = ("BEGIN", "INSERT", "UPDATE", "DELETE", "CREATE", "DROP", "ALTER", "REPLACE")


@pytest.fixture
def statements(monkeypatch) -> list[str]:
    """Every SQL statement the connections opened during a test run (sqlite3's own trace hook)."""
    seen: list[str] = []
    connect = sqlite3.connect

    def traced(*args, **kwargs):
        conn = connect(*args, **kwargs)
        conn.set_trace_callback(seen.append)
        return conn

    monkeypatch.setattr(sqlite3, "connect", traced)
    return seen


def writes(seen: list[str]) -> list[str]:
    return [sql for sql in seen if sql.lstrip().upper().startswith(WRITES)]


def test_opening_a_current_database_writes_nothing(tmp_path: Path, statements):
    Store(tmp_path / "g.db").close()
    assert writes(statements)  # a new file: its tables are made
    statements.clear()
    for _ in range(3):
        Store(tmp_path / "g.db").close()
    assert [] == writes(statements)  # no write lock taken, nothing to wait for while an index runs


def test_web_requests_write_nothing(tmp_path: Path, statements):
    make_jpeg(tmp_path / "in" / "a.jpg")
    db = tmp_path / "g.db"
    index(db, tmp_path / "in")
    client = create_app({"DATABASE": str(db), "TESTING": True}).test_client()
    statements.clear()
    for url in ("/", "/?q=a", "/photo/1", "/api/photos", "/photographers"):
        with client.get(url) as response:
            assert 200 == response.status_code, url
    assert statements and [] == writes(statements)


class NewAreaMixin:
    """A mixin added after the database file was made."""

    SCHEMA = "CREATE TABLE IF NOT EXISTS new_area (id INTEGER PRIMARY KEY, note TEXT);\n"


class NewerStore(NewAreaMixin, Store):
    pass


def tables(db: Path) -> set[str]:
    with sqlite3.connect(db) as conn:
        found = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type IN ('table', 'index')")}
    conn.close()
    return found


def test_a_new_mixin_schema_is_applied_to_an_older_file(tmp_path: Path):
    db = tmp_path / "g.db"
    Store(db).close()
    assert "new_area" not in tables(db)
    NewerStore(db).close()
    assert "new_area" in tables(db)


def test_a_file_from_before_schema_digests_gets_every_table(tmp_path: Path):
    db = tmp_path / "g.db"
    Store(db).close()
    with sqlite3.connect(db) as conn:  # as the first release left it: version 1, no later areas
        conn.execute("UPDATE meta SET value = '1' WHERE key = 'schema_version'")
        conn.execute("DROP TABLE fingerprints")
        conn.execute("DROP INDEX photos_browse")
    conn.close()
    Store(db).close()
    assert {"fingerprints", "photos_browse"} <= tables(db)


def test_a_file_that_is_not_a_database_is_refused_clearly(tmp_path: Path):
    from gallery.store import StoreError

    (tmp_path / "g.db").write_bytes(b"not a database at all" * 100)
    with pytest.raises(StoreError, match="不是图库数据库"):
        Store(tmp_path / "g.db")
