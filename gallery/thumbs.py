"""Thumbnails: where they live on disk (pure) and how they are made (Pillow).

Grid thumbnails are made at index time in two sizes (1x and 2x for sharp screens) as WebP;
the large view for the photo page is made on first view and kept. Files are named by the
photo's SHA-256, so a renamed or moved file keeps its thumbnails, and written to a temporary
name first, so a killed run never leaves a half-written thumbnail behind.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from PIL import Image, ImageOps

# name -> longest edge in pixels
SIZES = {"grid": 400, "grid2x": 800, "large": 1600}
INDEX_SIZES = ("grid2x", "grid")  # made at index time, largest first
FORMAT, SUFFIX, QUALITY = "WEBP", ".webp", 80


def thumb_path(thumbs_dir: str | os.PathLike[str], sha256: str, size: str) -> Path:
    """Where the thumbnail of a photo lives: ``<dir>/ab/abcdef…_grid.webp``."""
    if size not in SIZES or len(sha256) != 64 or not all(c in "0123456789abcdef" for c in sha256):
        raise ValueError(f"no such thumbnail: {sha256!r} {size!r}")
    return Path(thumbs_dir) / sha256[:2] / f"{sha256}_{size}{SUFFIX}"


def prepare(image: Image.Image, longest: int) -> Image.Image:
    """Decode at reduced size where the format allows it, then apply EXIF orientation."""
    image.draft("RGB", (longest, longest))
    oriented = ImageOps.exif_transpose(image)
    if oriented.mode not in ("RGB", "RGBA"):
        oriented = oriented.convert("RGBA" if "transparency" in oriented.info or oriented.mode in ("LA", "PA") else "RGB")
    return oriented


def render(image: Image.Image, thumbs_dir: str | os.PathLike[str], sha256: str, sizes=INDEX_SIZES) -> Image.Image:
    """Write the thumbnails of an oriented image, largest first; returns the smallest."""
    current = image
    for size in sizes:
        current = ImageOps.contain(current, (SIZES[size], SIZES[size]), Image.Resampling.LANCZOS) \
            if max(current.size) > SIZES[size] else current
        save_atomic(current, thumb_path(thumbs_dir, sha256, size))
    return current


def save_atomic(image: Image.Image, path: Path) -> None:
    """Save to a temporary file beside the target, then rename it into place."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".tmp-", suffix=SUFFIX, dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as out:
            image.save(out, FORMAT, quality=QUALITY, method=4)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def dominant_colour(image: Image.Image) -> str:
    """The picture's average colour as ``#rrggbb``, the placeholder while a thumbnail loads."""
    pixel = image.convert("RGB").resize((1, 1), Image.Resampling.BOX).getpixel((0, 0))
    return "#{:02x}{:02x}{:02x}".format(*pixel)
