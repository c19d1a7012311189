"""IPTC Core as XMP: sidecars and embedded copies read back with exiftool; embedded captions
(XMP and legacy GBK IPTC) reach the photo page as source ``embedded``."""

from __future__ import annotations

import hashlib
import io
import json
import shutil
import struct
import subprocess
import zipfile
from pathlib import Path

import pytest
from PIL import Image

from gallery import xmp
from gallery.store import Store
from gallery.web import create_app

from .conftest import index, make_jpeg
from .editor_support import add_user, sign_in

EXIFTOOL = shutil.which("exiftool") or "/usr/bin/exiftool"
if not Path(EXIFTOOL).exists():  # .ci/run installs libimage-exiftool-perl; say so rather than pass
    pytest.fail("exiftool is missing: apt-get install libimage-exiftool-perl", pytrace=False)

VALUES = {
    "title": "采茶 <新茶> & 春天", "description": "4月19日，镇江茶博园的工人在采摘春茶。", "creators": ["周明生", "陈卫东"],
    "credit": "新华社", "rights": "© 2019 周明生", "city": "镇江市", "state": "江苏省", "sublocation": "茶博园",
    "date_created": "2019-04-19T10:30:00", "keywords": ["茶", "春天", "农业"],
}
EXPECTED = {
    "Title": "采茶 <新茶> & 春天", "Description": "4月19日，镇江茶博园的工人在采摘春茶。", "Creator": ["周明生", "陈卫东"],
    "Credit": "新华社", "Rights": "© 2019 周明生", "City": "镇江市", "State": "江苏省", "Location": "茶博园",
    "DateCreated": "2019:04:19 10:30:00", "Subject": ["茶", "春天", "农业"],
}


def exiftool(path: Path) -> dict:
    out = subprocess.run([EXIFTOOL, "-j", "-charset", "UTF8", "-XMP:all", "-EXIF:Make", str(path)],
                         capture_output=True, check=True, timeout=60)
    return json.loads(out.stdout.decode("utf-8"))[0]


def test_sidecar_and_embedded_copy_read_back_the_same_with_exiftool(tmp_path: Path):
    original = make_jpeg(tmp_path / "原图.jpg", exif={0x010F: "NIKON"})
    before = hashlib.sha256(original.read_bytes()).hexdigest()
    (tmp_path / "out").mkdir()
    copy, sidecar = xmp.write_copy(original, tmp_path / "out" / "采茶.jpg", VALUES)
    assert tmp_path / "out" / "采茶.xmp" == sidecar
    for path in (copy, sidecar):
        tags = exiftool(path)
        assert EXPECTED == {k: tags.get(k) for k in EXPECTED}, path
    assert "NIKON" == exiftool(copy)["Make"]  # EXIF kept beside the new XMP
    assert before == hashlib.sha256(original.read_bytes()).hexdigest()  # the original is untouched
    with Image.open(copy) as image:
        image.load()
        assert (96, 64) == image.size


def test_the_original_is_never_written(tmp_path: Path):
    original = make_jpeg(tmp_path / "a.jpg")
    with pytest.raises(ValueError, match="不会改写原文件"):
        xmp.write_copy(original, tmp_path / "." / "a.jpg", VALUES)


def test_embedding_replaces_an_older_packet(tmp_path: Path):
    data = make_jpeg(tmp_path / "a.jpg").read_bytes()
    once = xmp.embed_in_jpeg(data, xmp.build_packet({"title": "旧标题"}))
    twice = xmp.embed_in_jpeg(once, xmp.build_packet({"title": "新标题"}))
    (tmp_path / "b.jpg").write_bytes(twice)
    assert (1, "新标题") == (twice.count(xmp.XMP_HEADER), exiftool(tmp_path / "b.jpg")["Title"])


@pytest.mark.parametrize("data, message", [(b"GIF89a", "不是 JPEG"), (b"\xff\xd8" + b"\xff\xd9", None)])
def test_embedding_refuses_what_is_not_a_jpeg(data, message):
    if message:
        with pytest.raises(ValueError, match=message):
            xmp.embed_in_jpeg(data, xmp.build_packet(VALUES))
    else:
        assert xmp.XMP_HEADER in xmp.embed_in_jpeg(data, xmp.build_packet(VALUES))


def test_a_packet_too_big_for_one_segment_is_refused():
    with pytest.raises(ValueError, match="64 KB"):
        xmp.embed_in_jpeg(b"\xff\xd8\xff\xd9", xmp.build_packet({"description": "长" * 30000}))


@pytest.mark.parametrize(
    "expected, place",
    [
        ({"state": "江苏省", "city": "宜兴市", "sublocation": "丁蜀镇"}, "江苏省宜兴市丁蜀镇"),
        ({"city": "苏州市"}, "苏州市"),
        ({"state": "北京市", "city": "北京市", "sublocation": "朝阳区"}, "北京市朝阳区"),
        ({"sublocation": "镇江茶博园"}, "镇江茶博园"),
        ({}, ""),
    ],
)
def test_places_split_into_iptc_parts(expected, place):
    assert expected == xmp.split_place(place)


def _gbk_iptc_jpeg(path: Path) -> Path:
    """A JPEG whose legacy IPTC (APP13, no UTF-8 marker) is GBK, as older Chinese tools wrote it."""
    def dataset(number: int, text: str) -> bytes:
        raw = text.encode("gbk")
        return b"\x1c\x02" + bytes([number]) + struct.pack(">H", len(raw)) + raw

    iptc = dataset(5, "采茶") + dataset(80, "周明生") + dataset(90, "镇江") + dataset(120, "茶博园里采春茶")
    block = b"8BIM\x04\x04\x00\x00" + struct.pack(">I", len(iptc)) + iptc + (b"\x00" if len(iptc) % 2 else b"")
    payload = b"Photoshop 3.0\x00" + block
    data = make_jpeg(path).read_bytes()
    path.write_bytes(data[:2] + b"\xff\xed" + struct.pack(">H", len(payload) + 2) + payload + data[2:])
    return path


def _page(db: Path, photo_id: int) -> str:
    app = create_app({"DATABASE": str(db), "TESTING": True})
    response = app.test_client().get(f"/photo/{photo_id}")
    try:
        return response.get_data(as_text=True)
    finally:
        response.close()


def test_legacy_gbk_iptc_reaches_the_photo_page_as_embedded(tmp_path: Path):
    _gbk_iptc_jpeg(tmp_path / "in" / "IMG_0001.jpg")
    index(tmp_path / "g.db", tmp_path / "in")
    store = Store(tmp_path / "g.db")
    try:
        (photo_id,) = [r[0] for r in store.conn.execute("SELECT id FROM photos")]
        photo = store.photo(photo_id)
    finally:
        store.close()
    assert ("采茶", "embedded", ["周明生"], "茶博园里采春茶") == (
        photo["title"], photo["fields"]["title"]["source"], photo["photographers"], photo["caption"])
    page = _page(tmp_path / "g.db", photo_id)
    assert "采茶" in page and "茶博园里采春茶" in page and "文件内嵌 IPTC/XMP" in page


def test_our_xmp_indexed_again_reads_the_same_values(tmp_path: Path):
    source = make_jpeg(tmp_path / "src.jpg")
    (tmp_path / "in").mkdir()
    xmp.write_copy(source, tmp_path / "in" / "IMG_0002.jpg", VALUES)
    (tmp_path / "in" / "IMG_0002.xmp").unlink()
    index(tmp_path / "g.db", tmp_path / "in")
    store = Store(tmp_path / "g.db")
    try:
        photo = store.photo(store.conn.execute("SELECT id FROM photos").fetchone()[0])
    finally:
        store.close()
    assert ("采茶 <新茶> & 春天", ["周明生", "陈卫东"], "江苏省镇江市茶博园", ["茶", "春天", "农业"], "新华社") == (
        photo["title"], photo["photographers"], photo["place"], photo["keywords"], photo["credit"])
    assert {"embedded"} == {photo["fields"][k]["source"] for k in ("title", "photographers", "place", "credit")}


def test_zip_export_carries_edited_captions_in_copies_and_sidecars(tmp_path: Path):
    folder = tmp_path / "in"
    original = make_jpeg(folder / "《采茶》周明生 摄于镇江茶博园.jpg")
    before = original.read_bytes()
    db = tmp_path / "g.db"
    index(db, folder)
    add_user(db)
    client = create_app({"DATABASE": str(db), "TESTING": True}).test_client()
    token = sign_in(client)
    photo_id = 1
    client.post(f"/photo/{photo_id}/edit", data={"csrf_token": token, "version": "0", "f_caption": "工人在采摘春茶。",
                                                 "o_caption": "", "f_keywords": "茶、春天", "o_keywords": ""})
    response = client.get(f"/export/xmp.zip?ids={photo_id}")
    out = tmp_path / "out"
    with zipfile.ZipFile(io.BytesIO(response.data)) as archive:
        assert ["《采茶》周明生 摄于镇江茶博园.jpg", "《采茶》周明生 摄于镇江茶博园.xmp"] == archive.namelist()
        archive.extractall(out)
    for path in out.iterdir():
        tags = exiftool(path)
        assert ("采茶", "工人在采摘春茶。", "周明生", "镇江茶博园", ["茶", "春天"]) == (
            tags["Title"], tags["Description"], tags["Creator"], tags["Location"], tags["Subject"])
    assert before == original.read_bytes()
