"""Read one image file once: hash, metadata, pixel size, the grid thumbnail and the fingerprint.

This runs in worker processes. It never raises for a bad file: what went wrong comes back as
``error`` (a short reason an editor can read) and ``detail`` (the exception's own words).
The bytes are read once and feed the hash, the EXIF/IPTC/XMP readers and the decoder; only a
file too big to hold in memory is hashed in pieces and decoded from disk, so memory stays flat.
The hash is BLAKE3: on a 5 MB camera file it costs about 0.7 ms of CPU where SHA-256 costs 2.5
(the decode about 45). SHA-256 is added only when asked for, to find photos an older version
knew by it.
"""

from __future__ import annotations

import hashlib
import io
import os
import stat
import struct
import warnings
from dataclasses import dataclass, field, fields
from functools import partial
from typing import Any, BinaryIO

from blake3 import blake3
from PIL import Image, IptcImagePlugin, UnidentifiedImageError

from . import embedded, fingerprint, thumbs
from .exif import read_raw_exif
from .jpegcheck import restart_problem

# A 24 MP camera file is 24,000,000 pixels; a stitched panorama may be ten times that.
# Anything bigger is refused from its header, before its pixels are allocated.
MAX_PIXELS = 250_000_000
MAX_FILE_BYTES = 2 * 1024 * 1024 * 1024
IN_MEMORY_BYTES = 64 * 1024 * 1024  # bigger files (scans, 16-bit TIFFs) are streamed
CHUNK = 1024 * 1024

Image.MAX_IMAGE_PIXELS = MAX_PIXELS
Image.init()  # every format plugin, once, before the workers are forked

try:  # HEIC/HEIF from phones, where the optional plugin is installed
    from pillow_heif import register_heif_opener

    register_heif_opener()
    HEIF_SUPPORT = True
except ImportError:  # pragma: no cover - depends on the environment
    HEIF_SUPPORT = False

_HEIF_BRANDS = (b"ftypheic", b"ftypheix", b"ftypmif1", b"ftypmsf1", b"ftyphevc", b"ftypavif", b"ftypheis")


class Refused(Exception):
    """A file we decline to read, with the reason an editor sees."""


@dataclass
class FileFacts:
    """What one read of a file gives (the stat is the one of the bytes that were read)."""

    path: str
    size: int = 0
    mtime_ns: int | None = None
    inode: int | None = None
    digest: str | None = None  # BLAKE3 of the bytes, the photo's identity
    sha256: str | None = None  # only when asked for (a database made before BLAKE3)
    format: str | None = None
    width: int | None = None
    height: int | None = None
    raw_exif: dict[str, Any] = field(default_factory=dict)
    embedded: dict[str, Any] = field(default_factory=dict)
    colour: str | None = None
    thumbs: bool = False
    preview: bool = False  # the grid thumbnail came from the camera's embedded preview
    fingerprint: str | None = None  # perceptual hashes (gallery.fingerprint); None: featureless
    error: str | None = None
    detail: str | None = None

    def as_dict(self) -> dict[str, Any]:
        """The fields as a dict, sharing their values (``asdict`` deep-copies the EXIF: 1 ms a file)."""
        return {f.name: getattr(self, f.name) for f in fields(self)}


def analyze(path: str | bytes, thumbs_dir: str, sha256: bool = False) -> FileFacts:
    """Read ``path`` once and return its facts; thumbnails go to ``thumbs_dir``.

    ``sha256``: compute the SHA-256 of the bytes too (and reuse thumbnails stored under it).
    """
    facts = FileFacts(path=os.fsdecode(path))
    try:
        with _open_regular(path) as handle:
            data = _read(handle, facts, sha256)
            _check_unchanged(handle, facts)
            _read_image(data if data is not None else handle, facts, thumbs_dir)
    except Refused as exc:
        return _fail(facts, str(exc), None)
    except OSError as exc:
        return _fail(facts, _os_reason(exc), exc)
    return facts


def _open_regular(path: str | bytes) -> BinaryIO:
    """Open without blocking (a FIFO named .jpg would hang a plain open) and only regular files."""
    fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    info = os.fstat(fd)
    if not stat.S_ISREG(info.st_mode):
        os.close(fd)
        raise Refused("不是普通文件（管道、设备或文件夹），已跳过")
    return os.fdopen(fd, "rb")


def _read(handle: BinaryIO, facts: FileFacts, sha256: bool) -> bytes | None:
    """The whole file, hashed; None when it is too big to hold (then it is hashed in pieces)."""
    info = os.fstat(handle.fileno())
    facts.size, facts.mtime_ns, facts.inode = info.st_size, info.st_mtime_ns, info.st_ino
    if info.st_size == 0:
        raise Refused("空文件（0 字节）")
    if info.st_size > MAX_FILE_BYTES:
        raise Refused(f"文件过大（{info.st_size // 1048576} MB），已跳过")
    digests = [blake3()] + ([hashlib.sha256()] if sha256 else [])
    data = handle.read() if info.st_size <= IN_MEMORY_BYTES else None
    for chunk in (data,) if data is not None else iter(partial(handle.read, CHUNK), b""):
        for digest in digests:
            digest.update(chunk)
    if data is None:
        handle.seek(0)
    facts.digest = digests[0].hexdigest()
    facts.sha256 = digests[1].hexdigest() if sha256 else None
    return data


def _check_unchanged(handle: BinaryIO, facts: FileFacts) -> None:
    """A file rewritten while we read it gave bytes of neither version: say so, read it next run."""
    info = os.fstat(handle.fileno())
    if (info.st_size, info.st_mtime_ns) != (facts.size, facts.mtime_ns):
        raise Refused("文件在读取时被改写，下次索引会重新读取")


def _read_image(source: bytes | BinaryIO, facts: FileFacts, thumbs_dir: str) -> None:
    head = source[:512] if isinstance(source, bytes) else _peek(source)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(io.BytesIO(source) if isinstance(source, bytes) else source) as image:
                if isinstance(source, bytes):  # already in memory: one decode call, not 64 KB at a time
                    image.decodermaxblock = max(image.decodermaxblock, len(source))
                _describe(image, source, facts)
                if image.format == "JPEG" and isinstance(source, bytes) and (damage := restart_problem(source)):
                    raise Refused(f"JPEG 压缩数据已损坏（重启标记错乱：{damage}），画面会有错位或灰色的行，已跳过")
                _thumbnails(image, facts, thumbs_dir)
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
        raise Refused(f"图片像素过多（超过 {MAX_PIXELS // 1_000_000} 百万像素），疑似解压炸弹，已拒绝") from exc
    except UnidentifiedImageError as exc:
        raise Refused(_unidentified_reason(head)) from exc
    except ValueError as exc:
        if "text chunk" in str(exc).lower() or "MAX_TEXT" in str(exc):
            raise Refused("PNG 文本块过大，已拒绝（防止内存耗尽）") from exc
        raise Refused(f"图片已损坏或不完整，无法解码（{exc}）"[:200]) from exc
    except (SyntaxError, EOFError, OSError, IndexError, KeyError, TypeError, struct.error) as exc:
        raise Refused(_decode_reason(exc)) from exc
    except MemoryError as exc:
        raise Refused("图片过大，内存不足") from exc


def _peek(handle: BinaryIO) -> bytes:
    head = handle.read(512)
    handle.seek(0)
    return head


def _describe(image: Image.Image, source: bytes | BinaryIO, facts: FileFacts) -> None:
    facts.format = image.format
    facts.raw_exif = read_raw_exif(source if isinstance(source, bytes) else b"", image)
    facts.embedded = _embedded(image)
    facts.width, facts.height = _full_size(image)


def _thumbnails(image: Image.Image, facts: FileFacts, thumbs_dir: str) -> None:
    """Make the grid thumbnail, unless a run killed before saving its result already made it.

    Only the 800 px size is made here; the 400 px one is made from it when first asked for.
    """
    stored = next((key for key in (facts.digest, facts.sha256) if key and _made(thumbs_dir, key)), None)
    if stored:
        with Image.open(thumbs.thumb_path(thumbs_dir, stored, thumbs.INDEX_SIZES[0])) as saved:
            grid = saved.convert("RGB")  # the upright 800 px picture, without decoding the file
    else:
        grid, facts.preview = thumbs.upright(image, thumbs.SIZES["grid2x"])  # decoded, upright, 800 px
        thumbs.render(grid, thumbs_dir, facts.digest)
    facts.thumbs = True
    _measure(grid, facts)


def _made(thumbs_dir: str, key: str) -> bool:
    """Whether the sizes made at index time exist under ``key`` (a photo an older version stored
    by its SHA-256 keeps its thumbnails under that name)."""
    return all(thumbs.thumb_path(thumbs_dir, key, size).exists() for size in thumbs.INDEX_SIZES)


def _measure(grid: Image.Image, facts: FileFacts) -> None:
    """Per-picture measures from the upright 800 px picture ``grid``, the one place it exists.

    Anything computed from the pixels goes here and travels back as a field of
    :class:`FileFacts`; it costs no second decode.
    """
    small = fingerprint.working_copy(grid)  # about 256 px: both measures read it, not the 800 px one
    facts.colour = thumbs.dominant_colour(small)
    facts.fingerprint = fingerprint.compute(small)


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
    if exc.errno == 40:  # ELOOP
        return "符号链接循环，无法打开"
    return f"无法读取文件（{exc.strerror or exc}）"


def _decode_reason(exc: BaseException) -> str:
    words = str(exc).lower()
    if "truncated" in words or isinstance(exc, EOFError):
        return "图片不完整（文件被截断），无法解码"
    return "图片已损坏，无法解码"


def _unidentified_reason(head: bytes) -> str:
    if head[4:12] in _HEIF_BRANDS:
        if HEIF_SUPPORT:
            return "HEIC/HEIF/AVIF 文件无法解码（格式变体不受支持或文件已损坏）"
        return "HEIC/HEIF/AVIF 格式暂不支持（需要安装 pillow-heif）"
    if head.startswith(b"\xff\xd8\xff"):
        return "JPEG 文件已损坏（文件头无法解析），无法解码"
    if head.startswith(b"\x89PNG"):
        return "PNG 文件已损坏（文件头无法解析），无法解码"
    if _looks_like_text(head):
        return "不是图片：文件内容是文本"
    return "不是可识别的图片格式"


def _looks_like_text(head: bytes) -> bool:
    if not head or b"\x00" in head:
        return False
    for encoding in ("utf-8", "gb18030"):
        for cut in range(4):  # the sample may end inside a character
            try:
                text = head[: len(head) - cut].decode(encoding)
            except UnicodeDecodeError:
                continue
            return sum(ch.isprintable() or ch in "\t\r\n" for ch in text) >= 0.95 * len(text)
    return False
