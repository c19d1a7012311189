"""gallery.resample: Lanczos-3 shrinking through libvips where it can be used, Pillow otherwise."""

from __future__ import annotations

import multiprocessing

import pytest
from PIL import Image, ImageChops, ImageStat

from gallery import resample


def noise(size=(1111, 834), mode="RGB") -> Image.Image:
    return Image.effect_noise(size, 50).convert(mode)


def photo_like(size=(1111, 1111), mode="RGB") -> Image.Image:
    """Fine detail (a Mandelbrot set's edge), smooth gradients and grain, like a photograph."""
    detail = Image.effect_mandelbrot(size, (-2.2, -1.3, 0.8, 1.3), 100)
    gradient = Image.linear_gradient("L").resize(size)
    grain = ImageChops.add(gradient, Image.effect_noise(size, 25), 2)
    return Image.merge("RGB", (detail, grain, ImageChops.blend(detail, gradient, 0.5))).convert(mode)


def most_apart(a: Image.Image, b: Image.Image) -> int:
    return max(high for _, high in ImageChops.difference(a, b).convert("RGB").getextrema())


def mean_apart(a: Image.Image, b: Image.Image) -> float:
    return max(ImageStat.Stat(ImageChops.difference(a, b)).mean)


@pytest.fixture
def pillow_only(monkeypatch):
    monkeypatch.setattr(resample, "_vips", False)


def test_pillow_path_is_pillows_lanczos(pillow_only):
    picture = noise()
    assert resample.lanczos(picture, (800, 600)).tobytes() == picture.resize((800, 600), Image.LANCZOS).tobytes()


@pytest.mark.parametrize("mode", ["RGB", "L"])
@pytest.mark.parametrize("size", [(800, 600), (600, 800), (1000, 555), (555, 1000)])
def test_vips_path_gives_pillows_size_and_pixels_within_rounding(mode, size):
    """The index shrinks a JPEG drafted to 1–2 times the size: there the two filters agree to
    a few grey levels; on hard synthetic edges their ringing differs slightly, never on average."""
    if resample._pyvips() is None:
        pytest.skip("pyvips cannot load libvips here")
    picture = photo_like(mode=mode)
    fast = resample.lanczos(picture, size)
    assert (fast.mode, fast.size) == (mode, size)
    pillows = picture.resize(size, Image.LANCZOS)
    assert mean_apart(fast, pillows) < 0.5
    if min(a / b for a, b in zip(picture.size, size, strict=True)) >= 1.3:
        assert most_apart(fast, pillows) <= 3


@pytest.mark.parametrize("size", [(400, 300), (799, 123)])
def test_big_reductions_average_blocks_first_as_pillows_reducing_gap_does(size):
    picture = photo_like((4000, 3000))
    shrunk = resample.lanczos(picture, size)
    assert shrunk.size == size
    assert mean_apart(shrunk, picture.resize(size, Image.LANCZOS, reducing_gap=2.0)) < 0.5


def test_alpha_pictures_keep_pillows_alpha_weighting():
    picture = Image.new("RGBA", (1000, 1000), (255, 0, 0, 0))
    picture.paste((0, 0, 255, 255), (0, 0, 500, 1000))
    shrunk = resample.lanczos(picture, (100, 100))
    assert shrunk.mode == "RGBA"
    assert shrunk.getpixel((52, 50))[:3] == (0, 0, 255)  # no red bleeding in from the invisible side


def test_picture_info_travels_along():
    picture = noise()
    picture.info["icc_profile"] = b"profile"
    assert resample.lanczos(picture, (400, 300)).info["icc_profile"] == b"profile"


def test_same_size_is_a_copy_untouched():
    picture = noise((800, 600))
    assert resample.lanczos(picture, (800, 600)).tobytes() == picture.tobytes()


def _child_uses_vips(queue) -> None:
    queue.put(resample._pyvips() is not None)


def test_a_child_forked_after_libvips_was_loaded_uses_pillow():
    if resample._pyvips() is None:
        pytest.skip("pyvips cannot load libvips here")
    context = multiprocessing.get_context("fork")
    queue = context.Queue()
    child = context.Process(target=_child_uses_vips, args=(queue,))
    child.start()
    child.join(30)
    assert queue.get(timeout=5) is False
    assert child.exitcode == 0
