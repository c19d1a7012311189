"""Damage in a JPEG's compressed data that the decoder passes over in silence (pure).

libjpeg, and Pillow with it, decodes a file whose compressed data is damaged and only warns
("Corrupt JPEG data: found marker 0xd1 instead of RST5"): the picture comes out with shifted or
grey rows and nothing says so. Pillow does not pass the warning on. Cameras that write restart
markers (RST0–RST7, one every so many blocks, numbered in turn; about one camera file in ten in
../shared/corpus) make such damage visible without decoding: the markers must come in order
within each scan. Files without restart markers cannot be checked this way.
"""

from __future__ import annotations

import struct

import numpy as np

_RST = range(0xD0, 0xD8)
_NO_LENGTH = {0x01, 0xD8, 0xD9, *_RST}  # TEM, SOI, EOI and RSTn have no length field
_SOS, _DRI, _EOI = 0xDA, 0xDD, 0xD9


def restart_problem(data: bytes) -> str | None:
    """Where a JPEG's restart markers go out of order (``应为 RST4，实为 RST0``), or None when they
    are in order or there are none to check."""
    first_scan, interval = _header(data)
    if first_scan is None or not interval:
        return None
    tail = np.frombuffer(data, dtype=np.uint8, offset=first_scan)
    found = np.flatnonzero(tail[:-1] == 0xFF)
    codes = tail[found + 1]
    markers = codes != 0x00  # FF 00 is a stuffed FF byte of the compressed data
    markers &= codes != 0xFF  # FF FF is fill before a marker
    positions, codes = found[markers] + first_scan, codes[markers]
    expected, skip_to = 0xD0, 0
    for position, code in zip(positions.tolist(), codes.tolist(), strict=True):
        if position < skip_to:  # inside a table segment between two scans
            continue
        if code in _RST:
            if code != expected:
                return f"应为 RST{expected - 0xD0}，实为 RST{code - 0xD0}"
            expected = 0xD0 + (code - 0xD0 + 1) % 8
            continue
        if code == _EOI:
            return None
        if code == _SOS:
            expected = 0xD0  # each scan numbers its restart markers from RST0
        if code not in _NO_LENGTH and position + 4 <= len(data):
            skip_to = position + 2 + struct.unpack_from(">H", data, position + 2)[0]
    return None


def _header(data: bytes) -> tuple[int | None, int]:
    """Where the first scan's compressed data begins and the restart interval declared before it."""
    if not data.startswith(b"\xff\xd8"):
        return None, 0
    offset, interval = 2, 0
    while offset + 4 <= len(data):
        if data[offset] != 0xFF:
            return None, 0
        code = data[offset + 1]
        if code == 0xFF:
            offset += 1
            continue
        if code in _NO_LENGTH:
            offset += 2
            continue
        length = struct.unpack_from(">H", data, offset + 2)[0]
        if code == _DRI and offset + 6 <= len(data):
            interval = struct.unpack_from(">H", data, offset + 4)[0]
        if code == _SOS:
            return offset + 2 + length, interval
        offset += 2 + length
    return None, 0
