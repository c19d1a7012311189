"""Duplicates end to end: real JPEGs indexed, fingerprinted, grouped; CLI, pages, keep & merge."""

from __future__ import annotations

import io
import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner
from PIL import Image, ImageDraw, ImageFont, ImageOps

from gallery import dupes, fingerprint, thumbs
from gallery.cli import main
from gallery.store import Store

from .conftest import IMAGES, index, page_text
from .editor_support import add_user, app_for, copy_db, csrf_of, sign_in

PHONE = "13775584488"
ORIGINAL = "《采茶》周明生  摄于镇江茶博园.jpg"
CONTEST_COPY = "2019年4月19日，游客在镇江茶博园采茶。陈卫东.jpg"  # cropped, re-saved, another name
EXACT_COPY = "采茶_副本.jpg"  # the same bytes again
WATERMARKED = f"采茶 {PHONE}.jpg"  # a phone number in the name: never shown to visitors
MIRRORED = "采茶（镜像）.jpg"
SCREENSHOT = "微信截图_20240703.jpg"
OTHERS = {"9.jpg": "《摩托》张三.jpg", "3_副本.jpg": "《人像》李四.jpg", "P111 苏扇_副本.jpg": "《苏扇》王五.jpg"}


def photo(name: str) -> Image.Image:
    with Image.open(IMAGES / name) as image:
        return ImageOps.contain(image.convert("RGB"), (800, 800), Image.Resampling.LANCZOS)


def save(image: Image.Image, path: Path, quality: int = 90) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    image.save(path, "JPEG", quality=quality)
    return path


def make_folder(folder: Path) -> Path:
    """An archive with one picture entered five ways, and unrelated pictures."""
    tea = photo("《采茶》周明生  摄于镇江茶博园_副本.jpg")
    w, h = tea.size
    save(tea, folder / "a" / ORIGINAL)
    (folder / "b").mkdir()
    shutil.copy(folder / "a" / ORIGINAL, folder / "b" / EXACT_COPY)
    save(tea.crop((int(w * 0.08), int(h * 0.04), w, h)).resize((w // 2, h // 2)), folder / "b" / CONTEST_COPY, 55)
    marked = tea.copy()
    ImageDraw.Draw(marked).text((w * 0.05, h * 0.85), "© 镇江日报", fill=(255, 255, 255),
                                font=ImageFont.load_default(size=h // 12))
    save(marked, folder / "c" / WATERMARKED)
    save(ImageOps.mirror(tea), folder / "c" / MIRRORED)
    screen = Image.new("RGB", (540, 1170), (0, 0, 0))
    shown = ImageOps.contain(tea, (540, 1000))
    screen.paste(shown, (0, 300))
    save(screen, folder / "c" / SCREENSHOT, 80)
    for source, name in OTHERS.items():
        save(photo(source), folder / "d" / name)
    return folder


@pytest.fixture(scope="module")
def archive(tmp_path_factory) -> Path:
    """Indexed, then fingerprinted from the grid2x thumbnails and grouped (read only)."""
    root = tmp_path_factory.mktemp("dupes")
    folder = make_folder(root / "photos")
    db = root / "gallery.db"
    summary = index(db, folder)
    assert 0 == summary.failed
    store = Store(db)
    try:
        made, failed = dupes.backfill(store)
        assert (0, []) == (made, failed)  # the index run already fingerprinted all eight pictures
        assert 8 == store.conn.execute("SELECT count(*) FROM fingerprints").fetchone()[0]
        dupes.regroup(store)
    finally:
        store.close()
    return db


def ids_by_name(db: Path) -> dict[str, int]:
    store = Store(db)
    try:
        return dict(store.conn.execute("SELECT name, photo_id FROM files").fetchall())
    finally:
        store.close()


def test_every_copy_of_the_picture_is_in_one_group_and_nothing_else(archive):
    ids = ids_by_name(archive)
    store = Store(archive)
    try:
        found = dupes.groups(store)
    finally:
        store.close()
    alike = [g for g in found if g.kind == "alike"]
    assert 1 == len(alike)
    expected = {ids[n] for n in (ORIGINAL, CONTEST_COPY, WATERMARKED, MIRRORED, SCREENSHOT)}
    assert expected == {m["id"] for m in alike[0].members}
    assert ids[ORIGINAL] == ids[EXACT_COPY]  # same bytes: one photo, two files


def test_each_member_says_how_it_is_alike(archive):
    ids = ids_by_name(archive)
    store = Store(archive)
    try:
        group = dupes.group_of(store, ids[MIRRORED])
    finally:
        store.close()
    how = {m["id"]: m["how"] for m in group.members}
    assert "turned" == how[ids[MIRRORED]]
    assert {"reference", "copy", "crop", "turned"} >= set(how.values())


def test_fingerprint_at_index_time_matches_the_backfill(archive, tmp_path):
    """compute() on the pixels analyze decodes agrees with the one made from the thumbnail."""
    path = next((archive.parent / "photos").glob(f"**/{ORIGINAL}"))
    with Image.open(path) as image:
        at_index = fingerprint.compute(thumbs.prepare(image, thumbs.SIZES["grid2x"]))
    store = Store(archive)
    try:
        stored = dict(store.fingerprints())[ids_by_name(archive)[ORIGINAL]]
    finally:
        store.close()
    a, b = fingerprint.split(at_index), fingerprint.split(stored)
    assert True is (bin(a[0] ^ b[0]).count("1") <= 3)


def test_contest_view_puts_two_entrants_first_with_both_names_and_counts(archive):
    store = Store(archive)
    try:
        view = dupes.contest(store)
    finally:
        store.close()
    first = view["groups"][0]
    assert (True, ["周明生", "陈卫东"]) == (first.contested, sorted(first.photographers))
    people = {p["name"]: p for p in view["photographers"]}
    assert {"entries": 1, "groups": 1, "contested": 1} == {k: people["陈卫东"][k] for k in ("entries", "groups", "contested")}
    assert 1 == view["contested"]
    assert "张三" not in people  # an entrant without copies is in no group


def test_cli_lists_groups_as_json_without_phone_numbers(archive):
    result = CliRunner().invoke(main, ["duplicates", "--db", str(archive), "--json", "--contest"])
    assert 0 == result.exit_code, result.output
    data = json.loads(result.output)
    assert PHONE not in result.output
    first = data["groups"][0]
    assert (True, 5) == (first["contested"], len(first["photos"]))
    files = [f for p in first["photos"] for f in p["files"]]
    assert any(f.endswith(EXACT_COPY) for f in files)
    assert any("***" in f for f in files)


def test_cli_text_and_rebuild(archive, tmp_path):
    db = copy_db(archive, tmp_path)
    result = CliRunner().invoke(main, ["duplicates", "--db", str(db), "--rebuild"])
    assert 0 == result.exit_code, result.output
    assert ("补算指纹 0 张" in result.output, "署名不同" in result.output, PHONE in result.output) == (True, True, False)


def test_backfill_reports_a_missing_thumbnail_and_goes_on(archive, tmp_path):
    db = copy_db(archive, tmp_path)
    store = Store(db)
    try:
        store.conn.execute("DELETE FROM fingerprints")
        victim = store.conn.execute("SELECT id, digest FROM photos ORDER BY id LIMIT 1").fetchone()
        thumbs.thumb_path(store.thumbs_dir, victim[1], "grid2x").unlink()
        made, failed = dupes.backfill(store)
    finally:
        store.close()
    assert (7, [victim[0]]) == (made, [pid for pid, _ in failed])


def test_groups_are_made_again_when_fingerprints_change(archive, tmp_path):
    db = copy_db(archive, tmp_path)
    store = Store(db)
    try:
        assert False is dupes.stale(store)
        pid = ids_by_name(db)[MIRRORED]
        with store.transaction():
            store.save_fingerprint(pid, None)  # as if the picture were featureless now
        assert True is dupes.stale(store)
        assert True is dupes.refresh(store)
        assert None is store.dupe_group_of(pid)
    finally:
        store.close()


# --- pages --------------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def client(archive):
    return app_for(archive).test_client()


def test_pages_show_groups_side_by_side_without_phone_numbers(client, archive):
    ids = ids_by_name(archive)
    group = ids[ORIGINAL]
    pages = {url: page_text(client, url) for url in ("/duplicates", f"/duplicates/{group}", "/contest")}
    assert [] == [url for url, text in pages.items() if PHONE in text]
    side = pages[f"/duplicates/{group}"]
    assert (EXACT_COPY in side, "陈卫东" in side, "周明生" in side, "署了不同作者" in side) == (True, True, True, True)
    assert 5 == side.count('class="dup-card')


def test_photo_page_shows_similar_pictures(client, archive):
    ids = ids_by_name(archive)
    text = page_text(client, f"/photo/{ids[CONTEST_COPY]}")
    assert ("相似图片" in text, f'href="/photo/{ids[ORIGINAL]}"' in text) == (True, True)
    assert "相似图片" not in page_text(client, f"/photo/{ids[OTHERS['9.jpg']]}")


def test_a_member_id_leads_to_its_group(client, archive):
    ids = ids_by_name(archive)
    response = client.get(f"/duplicates/{ids[MIRRORED]}")
    response.close()
    assert (302, f"/duplicates/{ids[ORIGINAL]}") == (response.status_code, response.headers["Location"])


@pytest.mark.parametrize("url", ["/duplicates/999999", "/duplicates/0", "/duplicates/abc", "/duplicates/1%00",
                                 "/duplicates/99999999999999999999999"])
def test_unknown_groups_are_404(client, url):
    page_text(client, url, 404)


def test_visitors_cannot_keep_or_merge(archive, tmp_path):
    db = copy_db(archive, tmp_path)
    group = ids_by_name(db)[ORIGINAL]
    client = app_for(db).test_client()
    refused = client.post(f"/duplicates/{group}/keep", data={"kept": str(group)})
    refused.close()
    text = page_text(client, f"/duplicates/{group}?keep={group}")
    store = Store(db)
    try:
        decided = store.decisions_for([group])
    finally:
        store.close()
    assert (400, {}, False) == (refused.status_code, decided, "保留 #" in text and "并合并" in text)


# --- keep and merge ---------------------------------------------------------------------------

@pytest.fixture
def editor(archive, tmp_path):
    db = copy_db(archive, tmp_path)
    add_user(db)
    client = app_for(db).test_client()
    token = sign_in(client)
    return db, client, token


def counts(db: Path) -> tuple[int, int]:
    store = Store(db)
    try:
        return store.counts()["photos"], store.counts()["files"]
    finally:
        store.close()


def test_editor_keeps_one_and_merges_captions_with_history(editor):
    db, client, token = editor
    ids = ids_by_name(db)
    group, kept = ids[ORIGINAL], ids[ORIGINAL]
    before = counts(db)
    page = page_text(client, f"/duplicates/{group}?keep={kept}")
    assert "保留 #" in page and csrf_of(page) == token
    caption = "2019年4月19日，游客在镇江茶博园采茶。"
    response = client.post(f"/duplicates/{group}/keep", data={
        "csrf_token": token, "kept": str(kept), "merge_caption": "1", "caption": caption, "fill": ["date"],
    })
    response.close()
    assert 302 == response.status_code
    store = Store(db)
    try:
        shown = store.photo(kept)
        history = store.history(kept)
        decision = store.decisions_for([ids[CONTEST_COPY]])[ids[CONTEST_COPY]]
    finally:
        store.close()
    assert (caption, "2019-04-19") == (shown["caption"], shown["date"][:10])
    assert ("merge", "王编辑") == (history[0]["kind"], history[0]["user"])
    assert (kept, 5) == (decision["kept"], len(decision["photos"]))
    assert before == counts(db)  # nothing deleted from the database
    text = page_text(client, f"/duplicates/{group}")
    assert "已处理" in text


def test_files_on_disk_are_untouched_by_a_merge(editor, archive):
    db, client, token = editor
    folder = archive.parent / "photos"
    before = sorted((p.name, p.stat().st_size) for p in folder.glob("**/*.jpg"))
    group = ids_by_name(db)[ORIGINAL]
    response = client.post(f"/duplicates/{group}/keep", data={"csrf_token": token, "kept": str(group)})
    response.close()
    assert (302, before) == (response.status_code, sorted((p.name, p.stat().st_size) for p in folder.glob("**/*.jpg")))


@pytest.mark.parametrize("form, message", [
    ({"kept": "999999"}, "不在这一组里"),
    ({"kept": "abc"}, "请选择要保留的照片"),
    ({}, "请选择要保留的照片"),
    ({"kept": "KEPT", "merge_caption": "1", "caption": "字" * 5001}, "太长"),
    ({"kept": "KEPT", "merge_caption": "1", "caption": "<script>alert(1)</script>\x00"}, None),
])
def test_bad_merge_input_is_refused_clearly_or_stored_safely(editor, form, message):
    db, client, token = editor
    group = ids_by_name(db)[ORIGINAL]
    data = {k: (str(group) if v == "KEPT" else v) for k, v in form.items()}
    response = client.post(f"/duplicates/{group}/keep", data={"csrf_token": token, **data}, follow_redirects=True)
    text = response.get_data(as_text=True)
    response.close()
    assert 200 == response.status_code
    if message:
        assert True is (message in text)
    else:
        assert ("<script>alert" in text, "&lt;script&gt;" in text) == (False, True)


def test_merge_with_exact_copies_only(tmp_path):
    """A photo whose bytes are in two files is a group of its own: its files are shown."""
    folder = tmp_path / "photos"
    save(photo("9.jpg"), folder / "a" / "《摩托》张三.jpg")
    (folder / "b").mkdir()
    shutil.copy(folder / "a" / "《摩托》张三.jpg", folder / "b" / "《摩托》李四.jpg")
    db = tmp_path / "gallery.db"
    index(db, folder)
    store = Store(db)
    try:
        dupes.backfill(store)
        dupes.regroup(store)
        view = dupes.contest(store)
    finally:
        store.close()
    first = view["groups"][0]
    assert ("exact", 2, ["张三", "李四"]) == (first.kind, first.files, sorted(first.photographers))


def test_fingerprint_of_a_decoded_jpeg_from_bytes():
    data = io.BytesIO()
    photo("9.jpg").save(data, "JPEG")
    data.seek(0)
    with Image.open(data) as image:
        assert True is fingerprint.valid(fingerprint.compute(thumbs.prepare(image, 800)))
