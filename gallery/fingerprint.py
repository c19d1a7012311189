"""A perceptual fingerprint of a picture: hashes of 64 bits that stay nearly the same across copies.

:func:`compute` takes the decoded, EXIF-oriented picture the indexer already has (the 800 px
grid2x image) and returns :data:`HASHES` hashes as one hex string (16 digits each), or ``None``
for a featureless picture (a black frame, a blank page) that would otherwise match every other
blank one.

How: the picture is shrunk to grey, plain margins (a screenshot's black or white borders) are
cut off, the rest is squeezed to 32 × 32 and its 8 × 8 lowest spatial frequencies (a DCT) are
kept. Each bit is the *sign* of one coefficient. Signs survive resizing, recompression,
brightness and contrast changes and a small watermark. A crop moves every frequency, so the
same is done for windows of 90 % of the picture at the corners, edges and centre: a copy
cropped by up to 10 % looks like one of its original's windows. The first hash is the whole
picture; :mod:`gallery.likeness` compares one picture's whole with another's windows. Signs,
rather than the usual "above the median", make a mirror or a 90° turn of the pixels an exact
bit operation on the hash, so those copies are found without storing anything more.
"""

from __future__ import annotations

import math

import numpy as np
from PIL import Image

SIDE = 32  # the DCT works on SIDE × SIDE grey pixels
KEEP = 8  # KEEP × KEEP lowest frequencies → 64 bits (the DC term's bit is always 0)
WORK = 256  # borders are found on a copy about this long
BORDER_TOLERANCE = 12  # grey levels a margin may vary (JPEG noise in a screenshot's bars)
NEUTRAL = 24  # most a margin's red, green and blue may differ (screens' bars are black, white, grey)
SPARSE = 64  # a line with at most a quarter of its pixels off the margin colour is margin (a bar's text)
ISLAND = 0.08  # a busier run this thin, apart from the rest, is a bar or a caption
MIN_CONTENT = 0.1  # a "margin" that leaves less than this of a side is the picture itself
FLAT = 4.0  # below this standard deviation (grey levels) a picture has nothing to compare
CROP = 0.9  # windows keep this share of a side: a crop of up to 10 % is within 5 % of one


def _windows() -> list[tuple[float, float, float, float]]:
    """(width share, height share, x anchor, y anchor): the whole, then the 90 % windows."""
    found = [(1.0, 1.0, 0.0, 0.0)]
    for sx, sy in ((CROP, CROP), (CROP, 1.0), (1.0, CROP)):
        for ay in (0.0, 0.5, 1.0) if sy < 1 else (0.0,):
            for ax in (0.0, 0.5, 1.0) if sx < 1 else (0.0,):
                found.append((sx, sy, ax, ay))
    return found


WINDOWS = _windows()
HASHES = len(WINDOWS)  # 16: the whole picture and 15 windows
HEX = 16  # hex digits per hash

_COS = np.array([[math.cos(math.pi * (2 * n + 1) * k / (2 * SIDE)) for n in range(SIDE)] for k in range(KEEP)])
_BITS = np.left_shift(np.uint64(1), np.arange(KEEP * KEEP, dtype=np.uint64))


def compute(image: Image.Image) -> str | None:
    """The fingerprint of a decoded, oriented picture (HASHES × 16 hex digits), None when featureless."""
    colour = working_copy(image)
    grey = colour.convert("L")
    left, top, right, bottom = content_box(grey, colour)
    width, height = right - left, bottom - top
    blocks = np.empty((HASHES, SIDE, SIDE))
    for number, (sx, sy, ax, ay) in enumerate(WINDOWS):
        x = left + (width - width * sx) * ax
        y = top + (height - height * sy) * ay
        box = (x, y, x + width * sx, y + height * sy)
        square = grey.resize((SIDE, SIDE), Image.Resampling.BOX, box=box)
        blocks[number] = np.frombuffer(square.tobytes(), dtype=np.uint8).reshape(SIDE, SIDE)
    if blocks[0].std() < FLAT:
        return None
    return "".join(f"{value:016x}" for value in _sign_bits(blocks))


def split(value: str) -> list[int]:
    """A stored fingerprint as its hashes (the whole picture first)."""
    return [int(value[i : i + HEX], 16) for i in range(0, len(value), HEX)]


def valid(value: object) -> bool:
    """True for a fingerprint :func:`compute` could have made (checked before storing)."""
    return (isinstance(value, str) and len(value) == HASHES * HEX
            and all(c in "0123456789abcdef" for c in value))


def working_copy(image: Image.Image) -> Image.Image:
    """The RGB copy :func:`compute` reads: shrunk by whole blocks to WORK–2×WORK px, transparency on white.

    Other measures may start from it too (a ninth of the 800 px thumbnail's pixels), and
    :func:`compute` of it gives what :func:`compute` of the bigger picture gives.
    """
    factor = max(1, max(image.size) // WORK)
    small = image.reduce(factor) if factor > 1 else image
    if small.mode in ("RGBA", "LA", "PA", "P"):
        # transparent parts count as white, as a viewer shows them on a page
        rgba = small.convert("RGBA")
        backdrop = Image.new("RGBA", rgba.size, (255, 255, 255, 255))
        small = Image.alpha_composite(backdrop, rgba)
    return small.convert("RGB")


def content_box(grey: Image.Image, colour: Image.Image | None = None) -> tuple[int, int, int, int]:
    """The part of a grey picture inside plain margins (a screenshot's borders).

    Three passes, from alternate corners, because a screenshot's bars may differ in colour.
    Only black, white or grey margins count (checked on ``colour`` when given): a blue sea
    that brightening flattens is part of the photo. A side is cut only when the opposite side
    has a margin too: a screenshot centres the picture, a plain top of a photo is part of it.
    """
    width, height = grey.size
    box = (0, 0, width, height)
    for corner in ((0, 0), (-1, -1), (0, 0)):
        if colour is not None and not _neutral(colour, box, corner):
            continue
        inner = _trim(grey.crop(box), corner)
        if inner is None:
            break
        box = (box[0] + inner[0], box[1] + inner[1], box[0] + inner[2], box[1] + inner[3])
    left, top, right, bottom = box
    if not (left > 0 and right < width):
        left, right = 0, width
    if not (top > 0 and bottom < height):
        top, bottom = 0, height
    return left, top, right, bottom


def _neutral(colour: Image.Image, box: tuple[int, int, int, int], corner: tuple[int, int]) -> bool:
    x = box[0] if corner[0] == 0 else box[2] - 1
    y = box[1] if corner[1] == 0 else box[3] - 1
    red, green, blue = colour.getpixel((x, y))[:3]
    return max(red, green, blue) - min(red, green, blue) <= NEUTRAL


def _trim(grey: Image.Image, corner: tuple[int, int]) -> tuple[int, int, int, int] | None:
    """Peel lines that are mostly the corner's colour: a bar's clock or a caption is sparse."""
    width, height = grey.size
    margin = grey.getpixel((corner[0] % width, corner[1] % height))
    low, high = margin - BORDER_TOLERANCE, margin + BORDER_TOLERANCE
    mask = grey.point(lambda v: 0 if low <= v <= high else 255)
    top, bottom = _span(mask.resize((1, height), Image.Resampling.BOX).tobytes())
    if bottom - top < MIN_CONTENT * height:
        return None
    band = mask.crop((0, top, width, bottom))
    left, right = _span(band.resize((width, 1), Image.Resampling.BOX).tobytes())
    if right - left < MIN_CONTENT * width:
        return None
    return left, top, right, bottom


def _span(shares: bytes) -> tuple[int, int]:
    """First and past-last line of the picture, given each line's share (0–255) of non-margin pixels.

    Lines at most SPARSE are margin. A thin run of busier lines cut off from the rest by margin
    (a status bar's clock, a caption under the picture) is margin too.
    """
    runs: list[list[int]] = []
    for i, share in enumerate(shares):
        if share > SPARSE:
            if runs and runs[-1][1] == i:
                runs[-1][1] = i + 1
            else:
                runs.append([i, i + 1])
    thin = ISLAND * len(shares)
    while len(runs) > 1 and runs[0][1] - runs[0][0] < thin:
        runs.pop(0)
    while len(runs) > 1 and runs[-1][1] - runs[-1][0] < thin:
        runs.pop()
    return (runs[0][0], runs[-1][1]) if runs else (0, 0)


def _sign_bits(blocks: np.ndarray) -> list[int]:
    """Per block, the signs of its KEEP × KEEP lowest 2-D DCT-II coefficients as 64 bits.

    Bit ``u * KEEP + v`` is coefficient (u vertical, v horizontal) > 0; the DC term's is 0.
    """
    coefficients = _COS @ blocks @ _COS.T  # (n, KEEP, KEEP)
    positive = (coefficients > 0).reshape(len(blocks), KEEP * KEEP)
    positive[:, 0] = False
    return [int(np.bitwise_or.reduce(_BITS[row])) if row.any() else 0 for row in positive]
