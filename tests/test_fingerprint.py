"""Fingerprints of real photographs and their transformed copies (real JPEG bytes, decoded as the index does)."""

from __future__ import annotations

import io
import itertools
from pathlib import Path

import pytest
from PIL import Image, ImageDraw, ImageEnhance, ImageFont, ImageOps

from gallery import fingerprint, likeness, thumbs

from .conftest import IMAGES

PHOTOS = sorted(p for p in IMAGES.glob("*.jpg"))


def decode(data: bytes) -> Image.Image:
    """Decoded as ``analyze`` does: reduced, EXIF-oriented, at most the 800 px grid2x size."""
    with Image.open(io.BytesIO(data)) as image:
        return thumbs.prepare(image, thumbs.SIZES["grid2x"])


def jpeg(image: Image.Image, quality: int = 90, orientation: int | None = None) -> bytes:
    out = io.BytesIO()
    extra = {}
    if orientation:
        exif = Image.Exif()
        exif[0x0112] = orientation
        extra["exif"] = exif.tobytes()
    image.save(out, "JPEG", quality=quality, **extra)
    return out.getvalue()


def original(path: Path) -> Image.Image:
    """A real photograph of the sample, upscaled to a camera-like 800 px so crops have room."""
    with Image.open(path) as image:
        return ImageOps.contain(image.convert("RGB"), (800, 800), Image.Resampling.LANCZOS)


def resized(im, scale, quality=90):
    return jpeg(im.resize((int(im.width * scale), int(im.height * scale)), Image.Resampling.LANCZOS), quality)


def cropped(im, left, top, right, bottom):
    w, h = im.size
    return jpeg(im.crop((int(w * left), int(h * top), int(w * (1 - right)), int(h * (1 - bottom)))))


def watermarked(im):
    layer = Image.new("RGBA", im.size, (0, 0, 0, 0))
    ImageDraw.Draw(layer).text((im.width * 0.05, im.height * 0.82), "© 新华社 2024 SAMPLE",
                               fill=(255, 255, 255, 230), font=ImageFont.load_default(size=im.height // 12))
    return jpeg(Image.alpha_composite(im.convert("RGBA"), layer).convert("RGB"))


def screenshot(im, background):
    screen = Image.new("RGB", (540, 1170), background)
    shown = ImageOps.contain(im, (540, 1000))
    screen.paste(shown, ((540 - shown.width) // 2, (1170 - shown.height) // 2))
    return jpeg(screen, 80)


TRANSFORMS = {
    "resize 1/2": lambda im: resized(im, 0.5),
    "resize 1/4": lambda im: resized(im, 0.25),
    "JPEG quality 50": lambda im: jpeg(im, 50),
    "WeChat: 0.6× at quality 50": lambda im: resized(im, 0.6, 50),
    "crop 10% centred": lambda im: cropped(im, 0.05, 0.05, 0.05, 0.05),
    "crop 10% top-left": lambda im: cropped(im, 0.10, 0.10, 0, 0),
    "crop 10% right": lambda im: cropped(im, 0, 0, 0.10, 0),
    "crop 5% bottom": lambda im: cropped(im, 0, 0, 0, 0.05),
    "brighter 1.3": lambda im: jpeg(ImageEnhance.Brightness(im).enhance(1.3)),
    "darker 0.7": lambda im: jpeg(ImageEnhance.Brightness(im).enhance(0.7)),
    "contrast 1.4": lambda im: jpeg(ImageEnhance.Contrast(im).enhance(1.4)),
    "contrast 0.7": lambda im: jpeg(ImageEnhance.Contrast(im).enhance(0.7)),
    "text watermark": watermarked,
    "EXIF rotation 6": lambda im: jpeg(im.transpose(Image.Transpose.ROTATE_90), orientation=6),
    "EXIF rotation 8": lambda im: jpeg(im.transpose(Image.Transpose.ROTATE_270), orientation=8),
    "screenshot, black borders": lambda im: screenshot(im, (0, 0, 0)),
    "screenshot, white borders": lambda im: screenshot(im, (255, 255, 255)),
    "mirror": lambda im: jpeg(im.transpose(Image.Transpose.FLIP_LEFT_RIGHT)),
    "turned 90°": lambda im: jpeg(im.transpose(Image.Transpose.ROTATE_90)),
}


def alike(a: str, b: str) -> bool:
    """Whether ``likeness`` pairs two fingerprints (through the real index)."""
    index = likeness.Index(likeness.hashes_array([fingerprint.split(a), fingerprint.split(b)]))
    return bool(index.pairs())


@pytest.fixture(scope="module")
def originals() -> dict[str, tuple[Image.Image, str]]:
    found = {}
    for path in PHOTOS:
        image = original(path)
        found[path.name] = (image, fingerprint.compute(decode(jpeg(image))))
    return found


@pytest.mark.parametrize("transformation", sorted(TRANSFORMS))
def test_every_sample_photo_is_found_again_after(originals, transformation):
    missed = []
    for name, (image, value) in originals.items():
        copy = fingerprint.compute(decode(TRANSFORMS[transformation](image)))
        if not alike(value, copy):
            missed.append(name)
    assert [] == missed


def test_different_photos_are_not_alike(originals):
    values = {name: value for name, (_, value) in originals.items()}
    assert 10 == len(values)
    matched = [(a, b) for a, b in itertools.combinations(sorted(values), 2) if alike(values[a], values[b])]
    assert [] == matched


def test_value_is_sixteen_hashes_of_sixteen_hex_digits(originals):
    value = next(iter(originals.values()))[1]
    assert (fingerprint.HASHES * fingerprint.HEX, True) == (len(value), fingerprint.valid(value))
    assert fingerprint.HASHES == len(fingerprint.split(value))


@pytest.mark.parametrize("colour", [(0, 0, 0), (255, 255, 255), (128, 128, 128)])
def test_featureless_picture_has_no_fingerprint(colour):
    assert None is fingerprint.compute(Image.new("RGB", (800, 600), colour))


@pytest.mark.parametrize("mode", ["L", "RGBA", "P", "LA", "I;16", "CMYK"])
def test_any_image_mode_gives_a_fingerprint(mode):
    base = Image.linear_gradient("L").resize((300, 200)).convert("RGB")
    ImageDraw.Draw(base).ellipse((40, 30, 160, 150), fill=(200, 30, 30))
    value = fingerprint.compute(base.convert(mode))
    assert True is fingerprint.valid(value)


@pytest.mark.parametrize("size", [(1, 1), (1, 500), (500, 1), (3, 2)])
def test_tiny_or_thin_pictures_do_not_break(size):
    image = Image.effect_noise(size, 80).convert("RGB")
    value = fingerprint.compute(image)
    assert value is None or fingerprint.valid(value)


@pytest.mark.parametrize("value, expected", [
    ("0" * 256, True), ("f" * 256, True), ("0" * 255, False), ("g" * 256, False), (None, False), (12, False),
])
def test_valid(value, expected):
    assert expected == fingerprint.valid(value)


@pytest.mark.parametrize("background", [(0, 0, 0), (255, 255, 255), (128, 128, 128)])
def test_margins_of_a_screenshot_are_cut_off(background):
    with Image.open(PHOTOS[1]) as real:
        photo = real.convert("RGB").resize((200, 120))
    screen = Image.new("RGB", (300, 600), background)
    screen.paste(photo, (50, 240))
    left, top, right, bottom = fingerprint.content_box(screen.convert("L"), screen)
    inside = 50 <= left and 240 <= top and right <= 250 and bottom <= 360
    assert (True, True) == (inside, (right - left) * (bottom - top) >= 0.9 * 200 * 120)


def test_plain_sky_or_sea_of_a_photo_is_not_a_margin():
    with Image.open(PHOTOS[1]) as real:
        photo = real.convert("RGB").resize((200, 120))
    white_sky = Image.new("RGB", (200, 160), (250, 250, 250))
    white_sky.paste(photo, (0, 40))  # a plain top, but nothing plain below: part of the picture
    blue_sea = Image.new("RGB", (200, 200), (40, 90, 200))
    blue_sea.paste(photo, (0, 40))  # plain on both sides, but coloured: not a screen's bar
    assert [(0, 0, 200, 160), (0, 0, 200, 200)] == [
        fingerprint.content_box(white_sky.convert("L"), white_sky),
        fingerprint.content_box(blue_sea.convert("L"), blue_sea),
    ]


@pytest.mark.parametrize("size", [(800, 533), (533, 800), (1600, 1067), (400, 300)])
def test_the_working_copy_gives_the_same_fingerprint_as_the_picture(size):
    picture = Image.effect_mandelbrot(size, (-2.2, -1.3, 0.8, 1.3), 100).convert("RGB")
    small = fingerprint.working_copy(picture)
    assert max(small.size) < 2 * fingerprint.WORK
    assert fingerprint.compute(small) == fingerprint.compute(picture)
