"""Camera metadata: read raw EXIF tags from a file's bytes (I/O) and simplify them (pure).

``read_raw_exif`` turns whatever exifread (or, where exifread sees nothing, Pillow) finds into
a plain ``{"Image Make": "Canon", "EXIF FNumber": [2.8], ...}`` dict that can be stored as JSON;
``simplify`` turns that dict into the few fields an editor cares about. exifread misses EXIF
that comes after a large XMP segment, so Pillow is the fallback (see FINDINGS.md).
"""

from __future__ import annotations

import io
import logging
from dataclasses import dataclass
from datetime import datetime
from fractions import Fraction
from typing import Any

log = logging.getLogger(__name__)
logging.getLogger("exifread").setLevel(logging.ERROR)  # it warns on every PNG

RawExif = dict[str, Any]

_XP_TAGS = ("XPTitle", "XPComment", "XPAuthor", "XPKeywords", "XPSubject")


@dataclass
class Exif:
    """The camera facts shown on a photo page."""

    taken_at: str | None = None  # ISO 8601, with its UTC offset when the camera wrote one
    make: str | None = None
    model: str | None = None
    lens: str | None = None
    exposure: str | None = None  # "1/125" or "2"
    fnumber: float | None = None
    iso: int | None = None
    focal_length: float | None = None
    gps_lat: float | None = None
    gps_lon: float | None = None
    orientation: int | None = None
    description: str | None = None
    artist: str | None = None
    copyright: str | None = None
    xp_title: str | None = None
    xp_author: str | None = None
    xp_keywords: str | None = None

    @property
    def camera(self) -> str | None:
        """Make and model as one label, without the make repeated (``Canon EOS 40D``)."""
        make, model = (self.make or "").strip(), (self.model or "").strip()
        if make and model.lower().startswith(make.split()[0].lower()):
            return model
        return " ".join(part for part in (make, model) if part) or None

    def as_dict(self) -> dict[str, Any]:
        return dict(vars(self))  # every field is a plain value: no deep copy needed


# --- raw reading (I/O) ---------------------------------------------------------------------

def read_raw_exif(data: bytes, image: Any = None) -> RawExif:
    """All EXIF tags of a file's bytes as plain JSON-ready values; ``{}`` when there are none."""
    raw = _read_with_exifread(data)
    if not raw and image is not None:
        raw = _read_with_pillow(image)
    return raw


def _read_with_exifread(data: bytes) -> RawExif:
    import exifread

    try:
        tags = exifread.process_file(io.BytesIO(data), details=False, extract_thumbnail=False)
    except Exception as exc:  # exifread raises many kinds on damaged headers
        log.debug("exifread failed: %s", exc)
        return {}
    raw: RawExif = {}
    for name, tag in tags.items():
        if name.startswith(("Thumbnail", "MakerNote", "Interoperability")) or name == "JPEGThumbnail":
            continue
        raw[name] = _plain(getattr(tag, "values", None), str(tag))
    return raw


def _plain(values: Any, printable: str) -> Any:
    if isinstance(values, str):
        return values.strip("\x00 ").strip()
    if isinstance(values, bytes):
        return list(values)
    if isinstance(values, list):
        out = []
        for value in values[:64]:
            if hasattr(value, "numerator") and hasattr(value, "denominator"):
                out.append(float(value.numerator) / value.denominator if value.denominator else None)
            elif isinstance(value, int | float):
                out.append(value)
            elif isinstance(value, tuple) and len(value) == 1 and isinstance(value[0], int | float):
                out.append(value[0])  # exifread's DOUBLE values
            else:
                return printable
        return out
    return printable


def _read_with_pillow(image: Any) -> RawExif:
    from PIL import ExifTags

    try:
        exif = image.getexif()
    except Exception:
        return {}
    raw: RawExif = {}
    for tag_id, value in exif.items():
        raw[f"Image {ExifTags.TAGS.get(tag_id, tag_id)}"] = _pillow_value(value)
    for ifd_id, prefix, names in ((0x8769, "EXIF", ExifTags.TAGS), (0x8825, "GPS", ExifTags.GPSTAGS)):
        try:
            ifd = exif.get_ifd(ifd_id)
        except Exception:
            continue
        for tag_id, value in ifd.items():
            raw[f"{prefix} {names.get(tag_id, tag_id)}"] = _pillow_value(value)
    raw.pop("Image ExifOffset", None)
    raw.pop("Image GPSInfo", None)
    return raw


def _pillow_value(value: Any) -> Any:
    if isinstance(value, bytes):
        return list(value[:4096])
    if isinstance(value, str):
        return value.strip("\x00 ").strip()
    if isinstance(value, tuple):
        return [_pillow_value(v) for v in value[:64]]
    if hasattr(value, "numerator") and hasattr(value, "denominator"):
        return float(value.numerator) / value.denominator if value.denominator else None
    if isinstance(value, int | float):
        return value
    return str(value)


# --- simplifying (pure) ---------------------------------------------------------------------

def simplify(raw: RawExif) -> Exif:
    """The fields an editor cares about, from a raw tag dict."""
    return Exif(
        taken_at=_taken_at(raw),
        make=_text(raw.get("Image Make")),
        model=_text(raw.get("Image Model")),
        lens=_text(raw.get("EXIF LensModel")),
        exposure=_exposure(_first(raw.get("EXIF ExposureTime"))),
        fnumber=_round(_first(raw.get("EXIF FNumber")), 1),
        iso=_int(_first(raw.get("EXIF ISOSpeedRatings") or raw.get("EXIF PhotographicSensitivity"))),
        focal_length=_round(_first(raw.get("EXIF FocalLength")), 1),
        gps_lat=_gps(raw.get("GPS GPSLatitude"), raw.get("GPS GPSLatitudeRef"), "S", 90),
        gps_lon=_gps(raw.get("GPS GPSLongitude"), raw.get("GPS GPSLongitudeRef"), "W", 180),
        orientation=_int(_first(raw.get("Image Orientation"))),
        description=_text(raw.get("Image ImageDescription")),
        artist=_text(raw.get("Image Artist")),
        copyright=_text(raw.get("Image Copyright")),
        xp_title=decode_xp(raw.get("Image XPTitle")),
        xp_author=decode_xp(raw.get("Image XPAuthor")),
        xp_keywords=decode_xp(raw.get("Image XPKeywords")),
    )


def decode_xp(value: Any) -> str | None:
    """Windows XP* tags are UTF-16LE byte arrays, which exifread shows as lists of ints."""
    if isinstance(value, list) and all(isinstance(v, int) and 0 <= v < 256 for v in value):
        data = bytes(value)
    elif isinstance(value, bytes):
        data = value
    else:
        return _text(value)
    text = data.decode("utf-16-le", errors="replace").replace("\x00", "").strip()
    return text or None


def _first(value: Any) -> Any:
    if isinstance(value, list):
        return value[0] if value else None
    return value


def _text(value: Any) -> str | None:
    if isinstance(value, list):
        if value and all(isinstance(v, int) and 0 <= v < 256 for v in value):
            value = bytes(value).decode("utf-8", errors="replace")
        else:
            return None
    if not isinstance(value, str):
        return None
    value = value.replace("\x00", "").strip()
    return value or None


def _int(value: Any) -> int | None:
    try:
        return int(value) if value is not None else None
    except (TypeError, ValueError):
        return None


def _round(value: Any, digits: int) -> float | None:
    try:
        return round(float(value), digits) if value is not None else None
    except (TypeError, ValueError):
        return None


def _exposure(value: Any) -> str | None:
    try:
        seconds = float(value)
    except (TypeError, ValueError):
        return None
    if seconds <= 0:
        return None
    if seconds >= 1:
        return f"{seconds:g}"
    fraction = Fraction(seconds).limit_denominator(100000)
    return f"1/{round(1 / seconds)}" if fraction.numerator != 1 else f"1/{fraction.denominator}"


def _taken_at(raw: RawExif) -> str | None:
    for name, offset in (
        ("EXIF DateTimeOriginal", "EXIF OffsetTimeOriginal"),
        ("EXIF DateTimeDigitized", "EXIF OffsetTimeDigitized"),
        ("Image DateTime", "EXIF OffsetTime"),
    ):
        stamp = _parse_stamp(_text(raw.get(name)))
        if stamp:
            tz = _text(raw.get(offset))
            if tz and len(tz) == 6 and tz[0] in "+-" and tz[3] == ":":
                return stamp + tz
            return stamp
    return None


def _parse_stamp(text: str | None) -> str | None:
    if not text:
        return None
    for pattern in ("%Y:%m:%d %H:%M:%S", "%Y-%m-%d %H:%M:%S", "%Y:%m:%d %H:%M", "%Y/%m/%d %H:%M:%S"):
        try:
            moment = datetime.strptime(text[:19].strip(), pattern)
        except ValueError:
            continue
        if 1900 <= moment.year <= 2100:
            return moment.strftime("%Y-%m-%dT%H:%M:%S")
    return None


def _gps(value: Any, ref: Any, negative: str, limit: float) -> float | None:
    if not isinstance(value, list) or not value or any(not isinstance(v, int | float) for v in value):
        return None
    parts = [float(v) for v in value] + [0.0, 0.0]
    degrees = parts[0] + parts[1] / 60 + parts[2] / 3600
    if isinstance(ref, str) and ref.strip().upper().startswith(negative):
        degrees = -degrees
    if not -limit <= degrees <= limit or (degrees == 0 and parts[1] == 0):
        return None
    return round(degrees, 6)
