"""Thumbnails: where they live on disk (pure) and how they are made (Pillow).

The 2x grid thumbnail (800 px, for sharp screens) is made at index time as WebP; the 1x one
(400 px) is made from it on its first request, and the large view for the photo page from the
original on its first view; both are kept. Encoding is the cost after decoding, and a 400 px
thumbnail made from the stored 800 px one costs a few milliseconds, not a decode of the file.
Files are named by the photo's SHA-256, so a renamed or moved file keeps its thumbnails, and
written to a temporary name first, so a killed run never leaves a half-written thumbnail behind.

Decoding the full frame is the cost of indexing, so a thumbnail is made from the smallest
source that is still big enough: the preview JPEG a camera embeds (MPF "large thumbnail"),
else a JPEG decoded at 1/2, 1/4 or 1/8 scale (``draft``), then shrunk to size with a Lanczos-3
filter (:mod:`gallery.resample`). Orientation and the colour profile always come from the main
image.
"""

from __future__ import annotations

import math
import os
import re
import tempfile
from pathlib import Path

from PIL import Image, ImageOps

from . import resample
from .processes import alive as process_alive

# name -> longest edge in pixels
SIZES = {"grid": 400, "grid2x": 800, "large": 1600}
INDEX_SIZES = ("grid2x",)  # made at index time, largest first
FROM_STORED = {"grid": "grid2x"}  # made on first request from a stored, bigger thumbnail
FORMAT, SUFFIX, QUALITY = "WEBP", ".webp", 80
# WebP effort at 800 px: method 0 takes 8.5 ms, 2 takes 14.6, 4 takes 34 (decoding the file
# takes about 60); method 0 gives the same PSNR for about 15% more bytes (bench/README.md).
# The 1x size, made once per photo on request and sent most often, gets the smaller method 2.
METHOD = {"grid": 2, "grid2x": 0, "large": 0}
TEMP_PREFIX = ".tmp-"
_TEMP_NAME = re.compile(r"\.tmp-(\d+)-")
# MPF types a camera gives its preview of the same picture (CIPA DC-007: VGA or Full HD)
_PREVIEW_TYPE = "Large Thumbnail"


def thumb_path(thumbs_dir: str | os.PathLike[str], digest: str, size: str) -> Path:
    """Where the thumbnail of a photo lives: ``<dir>/ab/abcdef…_grid.webp``."""
    if size not in SIZES or len(digest) != 64 or not all(c in "0123456789abcdef" for c in digest):
        raise ValueError(f"no such thumbnail: {digest!r} {size!r}")
    return Path(thumbs_dir) / digest[:2] / f"{digest}_{size}{SUFFIX}"


def embedded_preview(image: Image.Image, longest: int) -> Image.Image | None:
    """The camera's embedded preview of ``image`` when it is at least ``longest`` px, else None.

    Only MPF frames typed as a large thumbnail with the main image's shape qualify: other
    MPF frames (stereo pairs, HDR gain maps, depth maps) are different pictures.
    """
    entries = (getattr(image, "mpinfo", None) or {}).get(0xB002) or []
    main_w, main_h = image.size
    for number, entry in enumerate(entries[1:], start=1):
        if not str(entry.get("Attribute", {}).get("MPType", "")).startswith(_PREVIEW_TYPE):
            continue
        try:
            image.seek(number)
        except (OSError, EOFError, ValueError):
            break
        width, height = image.size
        same_shape = abs(width / height - main_w / main_h) < 0.02
        if max(width, height) >= longest and same_shape:
            return image
    if entries:
        image.seek(0)
    return None


def source_for(image: Image.Image, longest: int) -> tuple[Image.Image, bool]:
    """The smallest decodable source of at least ``longest`` px; and whether it is a preview."""
    preview = embedded_preview(image, longest)
    source = preview or image
    source.draft("RGB", draft_box(source.size, longest))
    return source, preview is not None


def draft_box(size: tuple[int, int], longest: int) -> tuple[int, int]:
    """The box to ``draft`` to: the long edge at ``longest``, the short edge in proportion.

    A square box would make a 3:2 picture's short edge decide, and decode twice the pixels.
    """
    width, height = size
    if width >= height:
        return longest, max(1, -(-longest * height // width))
    return max(1, -(-longest * width // height)), longest


def prepare(image: Image.Image, longest: int) -> Image.Image:
    """Decode at reduced size, shrink to ``longest`` px and turn upright (EXIF orientation)."""
    return upright(image, longest)[0]


def upright(image: Image.Image, longest: int) -> tuple[Image.Image, bool]:
    """:func:`prepare`, and whether the picture came from the camera's embedded preview."""
    exif = image.getexif()
    orientation = exif.get(0x0112, 1)
    icc = image.info.get("icc_profile")
    source, from_preview = source_for(image, longest)
    picture = _shrink(_rgb(source), longest)
    if orientation != 1:  # after shrinking: turning fewer pixels
        picture.info["exif"] = image.info.get("exif") or exif.tobytes()
        picture = ImageOps.exif_transpose(picture)
    picture.info.pop("exif", None)
    if icc and picture.mode in ("RGB", "RGBA") and image.mode != "CMYK":
        picture.info["icc_profile"] = icc  # colour: the main image's profile travels along
    return picture, from_preview


def _rgb(source: Image.Image) -> Image.Image:
    """The decoded source in RGB(A): itself when it is already (no copy of a big picture)."""
    source.load()
    if source.mode in ("RGB", "RGBA"):
        return source
    alpha = "transparency" in source.info or source.mode in ("LA", "PA", "La", "RGBa")
    return source.convert("RGBA" if alpha else "RGB")


def _shrink(picture: Image.Image, longest: int) -> Image.Image:
    """A new picture of at most ``longest`` px, as ``thumbnail`` makes it (the source may be closed)."""
    if max(picture.size) <= longest:
        return picture.copy()
    return resample.lanczos(picture, fit(picture.size, longest))


def fit(size: tuple[int, int], longest: int) -> tuple[int, int]:
    """The size ``thumbnail((longest, longest))`` gives: the aspect ratio kept as closely as it can."""
    width, height = size
    aspect = width / height
    if aspect <= 1:
        key = lambda n: abs(aspect - n / longest)  # noqa: E731
        return max(min(math.floor(longest * aspect), math.ceil(longest * aspect), key=key), 1), longest
    key = lambda n: 0 if n == 0 else abs(aspect - longest / n)  # noqa: E731
    return longest, max(min(math.floor(longest / aspect), math.ceil(longest / aspect), key=key), 1)


def render(image: Image.Image, thumbs_dir: str | os.PathLike[str], digest: str, sizes=INDEX_SIZES) -> Image.Image:
    """Write the thumbnails of an oriented image, largest first; returns the smallest."""
    current = image
    for size in sizes:
        longest = SIZES[size]
        if max(current.size) > longest:
            icc = current.info.get("icc_profile")
            current = _shrink(current, longest)
            if icc:
                current.info["icc_profile"] = icc
        save_atomic(current, thumb_path(thumbs_dir, digest, size), method=METHOD[size])
    return current


def make_from_stored(thumbs_dir: str | os.PathLike[str], digest: str, size: str) -> Path:
    """Make a size listed in :data:`FROM_STORED` from its stored bigger thumbnail and keep it.

    Raises ``FileNotFoundError`` when the bigger one is not there (then the original is needed).
    """
    with Image.open(thumb_path(thumbs_dir, digest, FROM_STORED[size])) as stored:
        picture = _shrink(_rgb(stored), SIZES[size])  # the colour profile travels in ``info``
    render(picture, thumbs_dir, digest, sizes=(size,))
    return thumb_path(thumbs_dir, digest, size)


def save_atomic(image: Image.Image, path: Path, *, method: int = 2) -> None:
    """Save to a temporary file beside the target, then rename it into place."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f"{TEMP_PREFIX}{os.getpid()}-", suffix=SUFFIX, dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as out:
            options = {"quality": QUALITY, "method": method}
            if image.info.get("icc_profile"):
                options["icc_profile"] = image.info["icc_profile"]
            image.save(out, FORMAT, **options)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def remove_stale_temps(thumbs_dir: str | os.PathLike[str], alive=None) -> int:
    """Delete temporary files left by killed processes; returns how many."""
    alive = alive or process_alive
    removed = 0
    folder = Path(thumbs_dir)
    if not folder.is_dir():
        return 0
    for sub in folder.iterdir():
        if not sub.is_dir():
            continue
        for item in sub.glob(f"{TEMP_PREFIX}*"):
            match = _TEMP_NAME.match(item.name)
            if match is None or not alive(int(match.group(1))):
                item.unlink(missing_ok=True)
                removed += 1
    return removed



def dominant_colour(image: Image.Image) -> str:
    """The picture's average colour as ``#rrggbb``, the placeholder while a thumbnail loads."""
    factor = max(1, min(image.size) // 32)  # averaging blocks first: a tenth of the time
    small = image.reduce(factor) if factor > 1 else image
    pixel = small.convert("RGB").resize((1, 1), Image.Resampling.BOX).getpixel((0, 0))
    return "#{:02x}{:02x}{:02x}".format(*pixel)
