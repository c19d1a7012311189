"""One read of one file: facts, thumbnails and the reason for every kind of bad file."""

from __future__ import annotations

import io
import os
import random
import struct
import zlib
from pathlib import Path

import pytest
from PIL import Image

from gallery import analyze as analyze_module
from gallery import fingerprint, thumbs
from gallery.analyze import analyze

from .conftest import SHARED, make_jpeg

HEIC = SHARED / "corpus" / "exif-samples" / "heic"


def png_chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def png_bomb(path: Path, width: int = 40000, height: int = 40000) -> Path:
    """A tiny PNG whose header claims 1.6 gigapixels."""
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + png_chunk(b"IHDR", header) + png_chunk(b"IEND", b""))
    return path


def jpeg_bomb(path: Path) -> Path:
    """A real small JPEG whose frame header is patched to claim 65,000 x 65,000 pixels."""
    data = bytearray(make_jpeg(path.with_suffix(".src"), size=(64, 48)).read_bytes())
    path.with_suffix(".src").unlink()
    sof = data.index(b"\xff\xc0")
    data[sof + 5 : sof + 9] = struct.pack(">HH", 65000, 65000)
    path.write_bytes(bytes(data))
    return path


def png_with_itxt(path: Path, text_bytes: int) -> Path:
    """A valid PNG with a compressed iTXt chunk that inflates to ``text_bytes``."""
    buffer = io.BytesIO()
    Image.new("RGB", (8, 8), (10, 20, 30)).save(buffer, "PNG")
    png = buffer.getvalue()
    itxt = b"Comment\x00\x01\x00\x00\x00" + zlib.compress(b"A" * text_bytes, 9)
    path.write_bytes(png[:33] + png_chunk(b"iTXt", itxt) + png[33:])
    return path


def truncated(path: Path) -> Path:
    data = make_jpeg(path.with_suffix(".src"), size=(400, 300)).read_bytes()
    path.with_suffix(".src").unlink()
    path.write_bytes(data[: len(data) // 2])
    return path


def corrupt_header(path: Path) -> Path:
    # fixed noise: about 3% of random headers parse far enough to read as truncated instead
    path.write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + random.Random(8).randbytes(64) + b"\xff\xd9")
    return path


def heif_garbage(path: Path) -> Path:
    path.write_bytes(b"\x00\x00\x00\x18ftypheic\x00\x00\x00\x00mif1heic" + os.urandom(200))
    return path


# expected words in the reason, the kind of file
BAD_FILES = [
    ("空文件", "zero.jpg", lambda p: p.write_bytes(b"") and p),
    ("文本", "text.jpg", lambda p: p.write_text("这不是图片，只是一段文字。\n" * 20, encoding="utf-8")),
    ("文本", "notes.jpg", lambda p: p.write_text("plain ascii notes, not a photo\n" * 5, encoding="ascii")),
    ("截断", "truncated.jpg", truncated),
    ("损坏", "corrupt.jpg", corrupt_header),
    ("不是可识别", "random.jpg", lambda p: p.write_bytes(b"\x00\x01" + os.urandom(2048))),
    ("解压炸弹", "bomb.png", png_bomb),
    ("解压炸弹", "bomb.jpg", jpeg_bomb),
    ("解压炸弹", "bomb-300mp.png", lambda p: png_bomb(p, 20000, 15000)),  # over the limit, under 2x
    ("PNG 文本块过大", "itxt.png", lambda p: png_with_itxt(p, 100 * 1024 * 1024)),
    ("HEIC", "broken.heic", heif_garbage),
]


@pytest.mark.parametrize(("words", "name", "make"), BAD_FILES, ids=[b[1] for b in BAD_FILES])
def test_bad_file_gives_a_reason_and_no_thumbnail(tmp_path: Path, words: str, name: str, make):
    make(tmp_path / name)
    facts = analyze(str(tmp_path / name), str(tmp_path / "thumbs"))
    assert words in (facts.error or ""), facts
    assert facts.thumbs is False
    assert not (tmp_path / "thumbs").exists() or not any((tmp_path / "thumbs").rglob("*.webp"))


def test_bomb_is_refused_without_allocating_it(tmp_path: Path):
    import resource

    png_bomb(tmp_path / "bomb.png")
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    facts = analyze(str(tmp_path / "bomb.png"), str(tmp_path / "thumbs"))
    grown_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before
    assert "解压炸弹" in facts.error
    assert grown_kb < 50_000  # 1.6 gigapixels would be 4.8 GB


def test_fifo_named_jpg_is_refused_without_blocking(tmp_path: Path):
    os.mkfifo(tmp_path / "pipe.jpg")
    facts = analyze(str(tmp_path / "pipe.jpg"), str(tmp_path / "thumbs"))
    assert "不是普通文件" in facts.error


def test_vanished_file(tmp_path: Path):
    facts = analyze(str(tmp_path / "gone.jpg"), str(tmp_path / "thumbs"))
    assert "消失" in facts.error


def test_good_jpeg_gives_facts_the_2x_thumbnail_and_a_fingerprint(tmp_path: Path):
    path = make_jpeg(tmp_path / "a.jpg", size=(1200, 800), exif={0x010F: "Canon", 0x0112: 6})
    facts = analyze(str(path), str(tmp_path / "thumbs"))
    stat = path.stat()
    assert (None, "JPEG", (800, 1200)) == (facts.error, facts.format, (facts.width, facts.height))
    assert (stat.st_size, stat.st_mtime_ns, stat.st_ino) == (facts.size, facts.mtime_ns, facts.inode)
    with Image.open(thumbs.thumb_path(tmp_path / "thumbs", facts.digest, "grid2x")) as thumb:
        assert ("WEBP", 800, 533) == (thumb.format, thumb.height, thumb.width)
    # the 1x size is made on its first request, from the 2x one: not here
    assert not thumbs.thumb_path(tmp_path / "thumbs", facts.digest, "grid").exists()
    assert fingerprint.valid(facts.fingerprint)


def test_a_featureless_picture_has_no_fingerprint(tmp_path: Path):
    path = tmp_path / "black.jpg"
    Image.new("RGB", (900, 600), (0, 0, 0)).save(path, "JPEG")
    facts = analyze(str(path), str(tmp_path / "thumbs"))
    assert (None, True, None) == (facts.error, facts.thumbs, facts.fingerprint)


def test_a_second_read_of_the_same_bytes_reuses_the_thumbnail(tmp_path: Path):
    path = make_jpeg(tmp_path / "a.jpg", size=(900, 600))
    first = analyze(str(path), str(tmp_path / "thumbs"))
    grid = thumbs.thumb_path(tmp_path / "thumbs", first.digest, "grid2x")
    made = grid.stat().st_mtime_ns
    second = analyze(str(path), str(tmp_path / "thumbs"))
    assert (True, made) == (second.thumbs, grid.stat().st_mtime_ns)  # not made again
    assert max(abs(int(a, 16) - int(b, 16)) for a, b in zip(first.colour[1::2], second.colour[1::2], strict=True)) <= 2
    # the fingerprint of the resumed run comes from the stored 800 px thumbnail: the same picture
    whole = [fingerprint.split(f.fingerprint)[0] for f in (first, second)]
    assert bin(whole[0] ^ whole[1]).count("1") <= 3


def test_big_file_is_hashed_in_pieces_with_the_same_result(tmp_path: Path, monkeypatch):
    import hashlib

    from blake3 import blake3

    path = make_jpeg(tmp_path / "a.jpg", size=(640, 480))
    expected = (blake3(path.read_bytes()).hexdigest(), hashlib.sha256(path.read_bytes()).hexdigest())
    in_memory = analyze(str(path), str(tmp_path / "thumbs"), sha256=True)
    monkeypatch.setattr(analyze_module, "IN_MEMORY_BYTES", 1000)  # as if it were a 100 MB scan
    monkeypatch.setattr(analyze_module, "CHUNK", 777)
    facts = analyze(str(path), str(tmp_path / "thumbs2"), sha256=True)
    assert (expected, None, (640, 480)) == ((facts.digest, facts.sha256), facts.error, (facts.width, facts.height))
    assert expected == (in_memory.digest, in_memory.sha256)
    assert analyze(str(path), str(tmp_path / "thumbs3")).sha256 is None  # only when asked for


@pytest.mark.skipif(not HEIC.exists(), reason="../shared/corpus is not beside this checkout")
@pytest.mark.parametrize(("portrait", "name"), [(True, "mobile/iphone_13_pro_max.HEIC"),
                                                 (False, "mobile/HMD_Nokia_8.3_5G_hdr.heif"),
                                                 (True, "IMG_5195.HEIC")])
def test_heic_from_phones_is_indexed_upright(tmp_path: Path, portrait: bool, name: str):
    facts = analyze(str(HEIC / name), str(tmp_path / "thumbs"))
    assert (None, True) == (facts.error, facts.thumbs)
    assert portrait == (facts.height > facts.width)
    with Image.open(thumbs.thumb_path(tmp_path / "thumbs", facts.digest, "grid2x")) as thumb:
        assert portrait == (thumb.height > thumb.width)
    assert facts.raw_exif  # the camera's EXIF is read from HEIC too


def test_heic_reason_says_what_to_install_when_the_plugin_is_missing(monkeypatch):
    monkeypatch.setattr(analyze_module, "HEIF_SUPPORT", False)
    head = b"\x00\x00\x00\x18ftypheic\x00\x00\x00\x00mif1heic"
    assert "需要安装 pillow-heif" in analyze_module._unidentified_reason(head)


def test_a_jpeg_whose_compressed_data_is_damaged_is_refused_with_its_reason(tmp_path: Path):
    """Pillow decodes it without a word (rows shift, turn grey); the restart markers tell."""
    buffer = io.BytesIO()
    Image.effect_noise((640, 480), 40).convert("RGB").save(buffer, "JPEG", quality=90, restart_marker_blocks=4)
    data = bytearray(buffer.getvalue())
    first = min(data.find(bytes([0xFF, code]), data.index(b"\xff\xda") + 2) for code in range(0xD0, 0xD8))
    data[first + 1] = 0xD5  # the first restart marker must be RST0
    path = tmp_path / "damaged.jpg"
    path.write_bytes(bytes(data))
    facts = analyze(str(path), str(tmp_path / "thumbs"))
    assert facts.error and "JPEG 压缩数据已损坏" in facts.error and "应为 RST0，实为 RST5" in facts.error
    assert not facts.thumbs
    good = tmp_path / "good.jpg"
    good.write_bytes(buffer.getvalue())
    assert analyze(str(good), str(tmp_path / "thumbs")).error is None
