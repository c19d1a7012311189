"""Read one image file once: hash, metadata, pixel size and grid thumbnails.

This runs in worker processes. It never raises for a bad file: what went wrong comes back as
``error`` (a short reason an editor can read) and ``detail`` (the exception's own words).
"""

from __future__ import annotations

import hashlib
import io
import os
import warnings
from dataclasses import asdict, dataclass, field
from typing import Any

from PIL import Image, IptcImagePlugin, UnidentifiedImageError

from . import embedded, thumbs
from .exif import read_raw_exif

# A 24 MP camera file is 24,000,000 pixels; a stitched panorama may be ten times that.
# Anything bigger is refused before its pixels are allocated.
MAX_PIXELS = 250_000_000
MAX_FILE_BYTES = 512 * 1024 * 1024

Image.MAX_IMAGE_PIXELS = MAX_PIXELS

try:  # HEIC/HEIF from phones, where the optional plugin is installed
    from pillow_heif import register_heif_opener

    register_heif_opener()
    HEIF_SUPPORT = True
except ImportError:  # pragma: no cover - depends on the environment
    HEIF_SUPPORT = False


@dataclass
class FileFacts:
    """What one read of a file gives."""

    path: str
    size: int = 0
    sha256: str | None = None
    format: str | None = None
    width: int | None = None
    height: int | None = None
    raw_exif: dict[str, Any] = field(default_factory=dict)
    embedded: dict[str, Any] = field(default_factory=dict)
    colour: str | None = None
    thumbs: bool = False
    error: str | None = None
    detail: str | None = None

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def analyze(path: str, thumbs_dir: str, *, known_shas: frozenset[str] = frozenset()) -> FileFacts:
    """Read ``path`` once and return its facts; thumbnails go to ``thumbs_dir``."""
    facts = FileFacts(path=path)
    try:
        data = _read(path, facts)
    except OSError as exc:
        return _fail(facts, _os_reason(exc), exc)
    if data is None:
        return facts
    facts.sha256 = hashlib.sha256(data).hexdigest()
    if facts.sha256 in known_shas:
        return facts  # same bytes as a photo already indexed: nothing more to read
    try:
        _read_image(data, facts, thumbs_dir)
    except Image.DecompressionBombError as exc:
        return _fail(facts, "图片像素过多，疑似解压炸弹，已拒绝", exc)
    except UnidentifiedImageError as exc:
        return _fail(facts, _unidentified_reason(data), exc)
    except (OSError, SyntaxError, ValueError, EOFError) as exc:
        return _fail(facts, "图片已损坏或不完整，无法解码", exc)
    except MemoryError as exc:
        return _fail(facts, "图片过大，内存不足", exc)
    return facts


def _read(path: str, facts: FileFacts) -> bytes | None:
    with open(path, "rb") as handle:
        size = os.fstat(handle.fileno()).st_size
        facts.size = size
        if size == 0:
            _fail(facts, "空文件（0 字节）", None)
            return None
        if size > MAX_FILE_BYTES:
            _fail(facts, f"文件过大（{size // 1048576} MB），已跳过", None)
            return None
        return handle.read()


def _read_image(data: bytes, facts: FileFacts, thumbs_dir: str) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("error", Image.DecompressionBombWarning)
        image = Image.open(io.BytesIO(data))
        facts.format = image.format
        facts.raw_exif = read_raw_exif(data, image)
        facts.embedded = _embedded(image)
        facts.width, facts.height = _full_size(image)
        oriented = thumbs.prepare(image, thumbs.SIZES["grid2x"])
        smallest = thumbs.render(oriented, thumbs_dir, facts.sha256)
        facts.colour = thumbs.dominant_colour(smallest)
        facts.thumbs = True


def _full_size(image: Image.Image) -> tuple[int, int]:
    """Pixel size as the picture is meant to be seen (EXIF rotation applied)."""
    width, height = image.size
    orientation = image.getexif().get(0x0112, 1)
    return (height, width) if orientation in (5, 6, 7, 8) else (width, height)



def _embedded(image: Image.Image) -> dict[str, Any]:
    try:
        iptc = embedded.from_iptc(IptcImagePlugin.getiptcinfo(image))
    except Exception:  # malformed IPTC blocks raise from deep inside Pillow
        iptc = {}
    xmp = embedded.from_xmp(image.info.get("xmp") or image.info.get("XML:com.adobe.xmp"))
    return embedded.merge_embedded(iptc, xmp)


def _fail(facts: FileFacts, reason: str, exc: BaseException | None) -> FileFacts:
    facts.error = reason
    facts.detail = f"{type(exc).__name__}: {exc}"[:500] if exc else None
    return facts


def _os_reason(exc: OSError) -> str:
    if isinstance(exc, FileNotFoundError):
        return "文件在索引过程中消失"
    if isinstance(exc, PermissionError):
        return "没有读取权限"
    if isinstance(exc, IsADirectoryError):
        return "这是一个文件夹"
    return f"无法读取文件（{exc.strerror or exc}）"


def _unidentified_reason(data: bytes) -> str:
    head = data[:32]
    if head[4:12] in (b"ftypheic", b"ftypheix", b"ftypmif1", b"ftypmsf1", b"ftyphevc", b"ftypavif"):
        return "HEIC/HEIF/AVIF 格式暂不支持（需要 pillow-heif）"
    if head.lstrip()[:1] in (b"<", b"{") or all(32 <= b < 127 or b in (9, 10, 13) for b in head):
        return "不是图片：文件内容是文本"
    return "不是可识别的图片格式"
