"""gallery.jpegcheck: damage in compressed JPEG data that the decoder passes over in silence."""

from __future__ import annotations

import io

import pytest
from PIL import Image

from gallery.jpegcheck import restart_problem

from .conftest import CORPUS, needs_corpus


def jpeg(**options) -> bytes:
    buffer = io.BytesIO()
    Image.effect_noise((640, 480), 40).convert("RGB").save(buffer, "JPEG", quality=90, **options)
    return buffer.getvalue()


def renumber_a_restart_marker(data: bytes, which: int = 3) -> bytes:
    """The ``which``-th restart marker after the first scan given the wrong number."""
    start = data.index(b"\xff\xda")
    position = start
    for _ in range(which):
        position = min(data.find(bytes([0xFF, code]), position + 2) for code in range(0xD0, 0xD8)
                       if data.find(bytes([0xFF, code]), position + 2) > 0)
    wrong = 0xD0 + (data[position + 1] - 0xD0 + 3) % 8
    return data[:position + 1] + bytes([wrong]) + data[position + 2:]


@pytest.mark.parametrize("options", [{"restart_marker_blocks": 4}, {"restart_marker_rows": 1},
                                     {"restart_marker_rows": 1, "progressive": True}])
def test_restart_markers_in_order_are_fine(options):
    data = jpeg(**options)
    assert b"\xff\xdd" in data  # the file declares a restart interval: there is something to check
    assert restart_problem(data) is None


@pytest.mark.parametrize("options", [{"restart_marker_blocks": 4}, {"restart_marker_rows": 1, "progressive": True}])
def test_a_restart_marker_out_of_order_is_damage(options):
    problem = restart_problem(renumber_a_restart_marker(jpeg(**options)))
    assert problem is not None and problem.startswith("应为 RST")


def test_files_without_restart_markers_are_not_judged():
    assert restart_problem(jpeg()) is None


@pytest.mark.parametrize("data", [b"", b"\xff\xd8", b"\xff\xd8\xff\xdd\x00", b"not a jpeg", b"\xff\xd8\xff\xda\xff\xff"])
def test_scraps_never_raise(data):
    assert restart_problem(data) is None


@needs_corpus
def test_the_corpus_damaged_file_is_found_and_no_other():
    found = {path.name for path in sorted(CORPUS.rglob("*")) if path.suffix.lower() in (".jpg", ".jpeg")
             and path.is_file() and restart_problem(path.read_bytes())}
    assert found == {"corrupted.jpg"}
