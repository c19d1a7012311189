from pathlib import Path

from PIL import Image

from gallery.embedded import from_iptc, from_xmp
from gallery.exif import decode_xp, read_raw_exif, simplify

from .conftest import SHARED, make_jpeg, needs_corpus

CORPUS = SHARED / "corpus" / "exif-samples" / "jpg"


def test_simplify_hand_built_tags():
    raw = {
        "EXIF DateTimeOriginal": "2019:04:19 08:30:05",
        "EXIF OffsetTimeOriginal": "+08:00",
        "Image Make": "Canon",
        "Image Model": "Canon EOS 40D",
        "EXIF LensModel": "EF-S17-85mm",
        "EXIF ExposureTime": [0.008],
        "EXIF FNumber": [7.1],
        "EXIF ISOSpeedRatings": [400],
        "EXIF FocalLength": [50.0],
        "GPS GPSLatitude": [32.0, 12.0, 36.0],
        "GPS GPSLatitudeRef": "N",
        "GPS GPSLongitude": [119.0, 27.0, 0.0],
        "GPS GPSLongitudeRef": "E",
        "Image Orientation": [6],
    }
    exif = simplify(raw)
    assert "2019-04-19T08:30:05+08:00" == exif.taken_at
    assert "Canon EOS 40D" == exif.camera
    assert "1/125" == exif.exposure
    assert 7.1 == exif.fnumber
    assert 400 == exif.iso
    assert 50.0 == exif.focal_length
    assert 32.21 == exif.gps_lat
    assert 119.45 == exif.gps_lon
    assert 6 == exif.orientation


def test_southern_and_western_gps_are_negative():
    exif = simplify({"GPS GPSLatitude": [33.0, 30.0, 0.0], "GPS GPSLatitudeRef": "S",
                     "GPS GPSLongitude": [70.0, 0.0, 0.0], "GPS GPSLongitudeRef": "W"})
    assert (-33.5, -70.0) == (exif.gps_lat, exif.gps_lon)


def test_bad_values_give_none():
    exif = simplify({"EXIF DateTimeOriginal": "0000:00:00 00:00:00", "EXIF FNumber": ["x"],
                     "GPS GPSLatitude": "garbage"})
    assert (None, None, None) == (exif.taken_at, exif.fnumber, exif.gps_lat)


def test_xp_tags_are_utf16():
    assert "采茶" == decode_xp(list("采茶".encode("utf-16-le") + b"\x00\x00"))


def test_read_from_a_real_jpeg(tmp_path: Path):
    path = make_jpeg(
        tmp_path / "a.jpg",
        exif={0x010F: "NIKON", 0x0110: "D70", 0x0112: 1},
        exif_ifd={0x9003: "2020:08:11 14:49:57", 0x829D: 2.8},
    )
    data = path.read_bytes()
    with Image.open(path) as image:
        exif = simplify(read_raw_exif(data, image))
    assert ("NIKON", "D70", "2020-08-11T14:49:57") == (exif.make, exif.model, exif.taken_at)
    assert 2.8 == exif.fnumber


@needs_corpus
def test_pillow_reads_what_exifread_misses():
    path = CORPUS / "xmp" / "no_exif.jpg"
    with Image.open(path) as image:
        raw = read_raw_exif(path.read_bytes(), image)
    assert raw, "Pillow's fallback should find the EXIF that comes after the XMP segment"


def test_iptc_gbk_and_utf8():
    gbk = {(2, 120): "江苏镇江".encode("gbk"), (2, 80): ["周明生".encode("gbk")]}
    assert {"caption": "江苏镇江", "creators": ["周明生"]} == from_iptc(gbk)
    utf8 = {(1, 90): b"\x1b%G", (2, 5): "采茶".encode()}
    assert {"title": "采茶"} == from_iptc(utf8)


def test_xmp_fields():
    xmp = (
        '<x:xmpmeta><rdf:RDF><rdf:Description photoshop:City="镇江">'
        "<dc:title><rdf:Alt><rdf:li xml:lang='x-default'>采茶</rdf:li></rdf:Alt></dc:title>"
        "<dc:creator><rdf:Seq><rdf:li>周明生</rdf:li></rdf:Seq></dc:creator>"
        "</rdf:Description></rdf:RDF></x:xmpmeta>"
    )
    assert {"title": "采茶", "creators": ["周明生"], "city": "镇江"} == from_xmp(xmp.encode())
