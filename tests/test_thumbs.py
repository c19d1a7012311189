"""Thumbnails: paths, reduced-size decoding, the camera's embedded preview, orientation, colour."""

from __future__ import annotations

import io
import os
import struct
from pathlib import Path

import pytest
from PIL import Image, ImageChops, ImageCms

from gallery import thumbs

SHA = "ab" * 32


@pytest.mark.parametrize(
    ("expected", "size", "longest"),
    [
        ((800, 534), (6000, 4000), 800),  # 3:2: the short edge in proportion, not 800
        ((600, 800), (3000, 4000), 800),
        ((400, 400), (5000, 5000), 400),
        ((800, 1), (8000, 3), 800),
    ],
)
def test_draft_box_keeps_the_shape(expected, size, longest):
    assert expected == thumbs.draft_box(size, longest)


@pytest.mark.parametrize(("size", "name"), [("grid", "_grid.webp"), ("grid2x", "_grid2x.webp"), ("large", "_large.webp")])
def test_thumb_path_is_stable(size, name):
    assert Path("t") / "ab" / f"{SHA}{name}" == thumbs.thumb_path("t", SHA, size)


@pytest.mark.parametrize(("sha", "size"), [("../" * 20 + "x" * 4, "grid"), (SHA, "huge"), (SHA.upper(), "grid")])
def test_thumb_path_refuses_anything_else(sha, size):
    with pytest.raises(ValueError):
        thumbs.thumb_path("t", sha, size)


def test_a_big_jpeg_is_decoded_at_reduced_scale():
    buffer = io.BytesIO()
    Image.new("RGB", (4000, 3000), (90, 120, 150)).save(buffer, "JPEG", quality=80)
    with Image.open(buffer) as image:
        source, from_preview = thumbs.source_for(image, 800)
        source.load()
        assert ((1000, 750), False) == (source.size, from_preview)  # 1/4 scale, not 2000x1500


def camera_jpeg(size=(4000, 3000), preview=(1620, 1215), orientation=1, mp_type=0x010002) -> bytes:
    """A JPEG with an MPF preview frame, as cameras write them: the main picture is red with a
    black left quarter, the preview the same scene (marked green so a test can tell which was used)."""
    main = Image.new("RGB", size, (200, 30, 30))
    main.paste((0, 0, 0), (0, 0, size[0] // 4, size[1]))
    small = Image.new("RGB", preview, (30, 200, 30))
    small.paste((0, 0, 0), (0, 0, preview[0] // 4, preview[1]))
    exif = Image.Exif()
    exif[0x0112] = orientation
    buffer = io.BytesIO()
    main.save(buffer, "MPO", save_all=True, append_images=[small], exif=exif.tobytes(), quality=85)
    return set_mp_type(buffer.getvalue(), 1, mp_type)


def set_mp_type(data: bytes, entry: int, mp_type: int) -> bytes:
    """Pillow writes every extra MPF frame as 'Undefined'; cameras type theirs (CIPA DC-007)."""
    data = bytearray(data)
    app2 = data.index(b"MPF\x00") + 4
    endian = ">" if data[app2 : app2 + 2] == b"MM" else "<"
    ifd = app2 + struct.unpack(endian + "I", data[app2 + 4 : app2 + 8])[0]
    for n in range(struct.unpack(endian + "H", data[ifd : ifd + 2])[0]):
        tag, _, _, value = struct.unpack(endian + "HHII", data[ifd + 2 + 12 * n : ifd + 14 + 12 * n])
        if tag == 0xB002:
            at = app2 + value + 16 * entry
            flags = struct.unpack(endian + "I", data[at : at + 4])[0] & 0xFF000000
            data[at : at + 4] = struct.pack(endian + "I", flags | mp_type)
    return bytes(data)


def test_the_camera_preview_is_used_when_it_is_big_enough():
    with Image.open(io.BytesIO(camera_jpeg())) as image:
        picture, from_preview = thumbs.upright(image, 800)
    assert (True, (800, 600)) == (from_preview, picture.size)
    assert picture.getpixel((600, 300))[1] > 150  # green: the preview, not the red main picture


def test_a_small_preview_is_not_used():
    with Image.open(io.BytesIO(camera_jpeg(preview=(640, 480)))) as image:
        picture, from_preview = thumbs.upright(image, 800)
    assert (False, (800, 600)) == (from_preview, picture.size)
    assert picture.getpixel((600, 300))[0] > 150  # red: the main picture


def test_an_untyped_frame_is_not_taken_for_a_preview():
    # an HDR gain map or the other half of a stereo pair is another picture
    with Image.open(io.BytesIO(camera_jpeg(mp_type=0))) as image:
        picture, from_preview = thumbs.upright(image, 800)
    assert (False, 200) == (from_preview, picture.getpixel((600, 300))[0])


@pytest.mark.parametrize(("expected", "orientation"), [((600, 800), 6), ((800, 600), 3), ((600, 800), 8)])
def test_the_preview_is_turned_by_the_main_pictures_orientation(expected, orientation):
    with Image.open(io.BytesIO(camera_jpeg(orientation=orientation))) as image:
        picture, from_preview = thumbs.upright(image, 800)
    assert (expected, True) == (picture.size, from_preview)
    black = {6: (300, 50), 3: (750, 300), 8: (300, 750)}[orientation]  # where the black quarter went
    assert max(picture.getpixel(black)) < 40


def test_the_colour_profile_travels_to_the_thumbnail(tmp_path: Path):
    profile = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()
    buffer = io.BytesIO()
    Image.new("RGB", (1200, 900), (10, 120, 200)).save(buffer, "JPEG", icc_profile=profile)
    with Image.open(buffer) as image:
        picture = thumbs.prepare(image, 800)
    thumbs.render(picture, tmp_path, SHA)
    thumbs.make_from_stored(tmp_path, SHA, "grid")
    for size in ("grid2x", "grid"):  # the 1x size, made from the stored 2x one, keeps it too
        with Image.open(thumbs.thumb_path(tmp_path, SHA, size)) as thumb:
            assert profile == thumb.info.get("icc_profile")


def test_thumbnails_never_carry_exif(tmp_path: Path):
    exif = Image.Exif()
    exif[0x0112] = 6
    exif.get_ifd(0x8825).update({1: "N", 2: (32.0, 12.0, 0.0)})
    buffer = io.BytesIO()
    Image.new("RGB", (1200, 900), (10, 120, 200)).save(buffer, "JPEG", exif=exif.tobytes())
    with Image.open(buffer) as image:
        thumbs.render(thumbs.prepare(image, 800), tmp_path, SHA)
    thumbs.make_from_stored(tmp_path, SHA, "grid")
    for expected, size in (((600, 800), "grid2x"), ((300, 400), "grid")):
        with Image.open(thumbs.thumb_path(tmp_path, SHA, size)) as thumb:
            assert (None, expected) == (thumb.info.get("exif"), thumb.size)  # no GPS leaks out


def test_only_the_2x_grid_size_is_made_at_index_time(tmp_path: Path):
    with Image.open(io.BytesIO(camera_jpeg(preview=(640, 480)))) as image:
        thumbs.render(thumbs.prepare(image, 800), tmp_path, SHA)
    assert [f"{SHA}_grid2x.webp"] == [p.name for p in (tmp_path / "ab").iterdir()]


def test_the_1x_size_is_made_from_the_stored_2x_one_and_kept(tmp_path: Path):
    thumbs.render(camera_picture(), tmp_path, SHA)
    made = thumbs.make_from_stored(tmp_path, SHA, "grid")
    assert thumbs.thumb_path(tmp_path, SHA, "grid") == made
    with Image.open(made) as grid:
        picture = grid.convert("RGB")
    assert ((400, 300), "WEBP") == (picture.size, grid.format)
    assert max(picture.getpixel((20, 150))) < 40 and picture.getpixel((300, 150))[0] > 150  # the same scene
    assert sorted([f"{SHA}_grid.webp", f"{SHA}_grid2x.webp"]) == sorted(p.name for p in made.parent.iterdir())


def test_the_1x_size_needs_the_2x_one(tmp_path: Path):
    with pytest.raises(FileNotFoundError):
        thumbs.make_from_stored(tmp_path, SHA, "grid")
    assert not (tmp_path / "ab").exists() or [] == list((tmp_path / "ab").iterdir())


def camera_picture() -> Image.Image:
    """An 800 x 600 picture, red with a black left quarter."""
    picture = Image.new("RGB", (800, 600), (200, 30, 30))
    picture.paste((0, 0, 0), (0, 0, 200, 600))
    return picture


@pytest.mark.parametrize("size", [(6000, 4000), (4000, 6000), (1501, 1000), (1000, 1501), (3001, 7), (7, 3001),
                                  (1234, 1234), (4032, 3024), (1997, 1333), (801, 800)])
@pytest.mark.parametrize("longest", [800, 400])
def test_fit_gives_the_size_thumbnail_gives(size, longest):
    image = Image.new("L", size)
    image.thumbnail((longest, longest))
    assert image.size == thumbs.fit(size, longest)


def test_upright_is_what_thumbnail_makes():
    """The same size and, within the Lanczos implementations' rounding, the same pixels."""
    buffer = io.BytesIO()
    Image.effect_noise((1900, 1300), 60).convert("RGB").save(buffer, "JPEG", quality=90)
    with Image.open(buffer) as image:
        picture = thumbs.prepare(image, 800)
    with Image.open(buffer) as image:
        image.draft("RGB", thumbs.draft_box(image.size, 800))
        image.thumbnail((800, 800), Image.Resampling.LANCZOS, reducing_gap=2.0)
        assert picture.size == image.size
        assert max(high for _, high in ImageChops.difference(image, picture).getextrema()) <= 3


def test_save_is_atomic_and_leaves_no_temporary_file(tmp_path: Path):
    target = thumbs.thumb_path(tmp_path, SHA, "grid")
    thumbs.save_atomic(Image.new("RGB", (40, 30)), target)
    assert [target.name] == [p.name for p in target.parent.iterdir()]


def test_a_failed_save_leaves_neither_file(tmp_path: Path):
    target = thumbs.thumb_path(tmp_path, SHA, "grid")
    with pytest.raises(ValueError):
        thumbs.save_atomic(Image.new("RGB", (20000, 20000 // 1000)), target)  # too wide for WebP
    assert [] == list(target.parent.iterdir())


def test_stale_temporary_files_of_dead_processes_are_removed(tmp_path: Path):
    folder = tmp_path / "ab"
    folder.mkdir()
    dead = folder / ".tmp-999999999-x.webp"
    mine = folder / f".tmp-{os.getpid()}-y.webp"
    kept = folder / f"{SHA}_grid.webp"
    for path in (dead, mine, kept):
        path.write_bytes(b"x")
    assert 1 == thumbs.remove_stale_temps(tmp_path)
    assert [False, True, True] == [p.exists() for p in (dead, mine, kept)]


def test_large_view_is_made_from_a_reduced_decode(tmp_path: Path):
    """How fast is measured by bench/bench_index.py; here, that it is the right size."""
    buffer = io.BytesIO()
    Image.new("RGB", (6000, 4000), (90, 120, 150)).save(buffer, "JPEG", quality=80)
    with Image.open(buffer) as image:
        source, _ = thumbs.source_for(image, 1600)
        source.load()
        assert (3000, 2000) == source.size  # half scale is enough for 1600 px
    with Image.open(buffer) as image:
        thumbs.render(thumbs.prepare(image, 1600), tmp_path, SHA, sizes=("large",))
    with Image.open(thumbs.thumb_path(tmp_path, SHA, "large")) as large:
        assert (1600, 1067) == large.size
