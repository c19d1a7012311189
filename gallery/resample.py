"""Shrinking a decoded picture with a Lanczos-3 filter, as fast as this machine allows.

Pillow's ``resize(LANCZOS)`` is plain C: on the 800 px grid thumbnail of a 12–24 MP photo,
drafted by the JPEG decoder to about 1100 px, it takes about 12 ms, a fifth of all the work of
indexing a file. libvips' ``reduce`` applies the same Lanczos-3 kernel with vector instructions in
about 4.5 ms, copies included, and its result is within 3 grey levels of Pillow's (41.6 dB
against a full-size reference for both; ``bench/README.md``). So :func:`lanczos` uses libvips
where the ``pyvips`` package can load it and Pillow otherwise, with the same size and filter.

libvips keeps worker threads; a process forked from one that has loaded it would inherit their
bookkeeping but not the threads, and could wait for them for ever. The indexer forks its workers
before any picture is shrunk, so they load libvips themselves; a process forked after its parent
loaded it (a test run, a web process that indexes) uses Pillow instead, as does any process
started with ``GALLERY_NO_VIPS=1`` (to compare the two, or to rule libvips out).
"""

from __future__ import annotations

import os
import sys
from typing import Any

from PIL import Image

REDUCING_GAP = 2.0  # as Pillow's: a box reduction first while the picture is over twice the size
_VIPS_MODES = {"RGB": 3, "L": 1}  # RGBA is left to Pillow, which weighs colours by their alpha

_vips: Any = None  # the pyvips module once loaded; False where it cannot be used
_inherited = False  # set in a forked child whose parent had loaded libvips


def lanczos(picture: Image.Image, size: tuple[int, int]) -> Image.Image:
    """``picture`` shrunk to exactly ``size`` with a Lanczos-3 filter (a new picture)."""
    picture = _box_reduce(picture, size)
    if picture.size == size:
        return picture
    vips = _pyvips() if picture.mode in _VIPS_MODES else None
    if vips is None:
        return picture.resize(size, Image.Resampling.LANCZOS)
    return _vips_lanczos(vips, picture, size)


def _box_reduce(picture: Image.Image, size: tuple[int, int]) -> Image.Image:
    """Average whole blocks first where the picture is more than twice too big (cheap, exact)."""
    factor_x = max(1, int(picture.width / size[0] / REDUCING_GAP))
    factor_y = max(1, int(picture.height / size[1] / REDUCING_GAP))
    if factor_x == factor_y == 1:
        return picture
    return picture.reduce((factor_x, factor_y))


def _vips_lanczos(vips: Any, picture: Image.Image, size: tuple[int, int]) -> Image.Image:
    width, height = picture.size
    source = vips.Image.new_from_memory(picture.tobytes(), width, height, _VIPS_MODES[picture.mode], "uchar")
    if size[0] != width:
        source = source.reduceh(width / size[0], kernel="lanczos3")
    if size[1] != height:
        source = source.reducev(height / size[1], kernel="lanczos3")
    shrunk = Image.frombytes(picture.mode, (source.width, source.height), source.write_to_memory())
    shrunk.info = dict(picture.info)
    return shrunk


def _pyvips() -> Any:
    """The pyvips module, loaded on first use in this process; None where it cannot be used."""
    global _vips
    if _vips is None:
        _vips = False
        if not _inherited and os.environ.get("GALLERY_NO_VIPS") != "1":
            try:
                import pyvips
            except (ImportError, OSError):  # not installed, or libvips itself missing
                pyvips = None
            if pyvips is not None:
                pyvips.cache_set_max(0)  # nothing kept between calls: memory stays flat
                pyvips.concurrency_set(1)  # the indexer already runs one worker per core
                _vips = pyvips
    return _vips or None


def _after_fork_in_child() -> None:
    global _inherited, _vips
    if "pyvips" in sys.modules:
        _inherited, _vips = True, False


if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_after_fork_in_child)
