"""Captions other tools already wrote into a file: IPTC-IIM and XMP (pure).

Reading the raw blocks is the indexer's job (Pillow hands them over); here they become the
same field names the rest of the gallery uses. Legacy IPTC from Chinese tools is often GBK;
record 1:90 says when it is UTF-8.
"""

from __future__ import annotations

import re
from html import unescape
from typing import Any

# IPTC-IIM dataset numbers in record 2 (application record).
IPTC_FIELDS = {
    5: "title",  # Object Name
    25: "keywords",
    80: "creators",  # By-line
    90: "city",
    92: "sublocation",
    95: "state",
    101: "country",
    105: "headline",
    110: "credit",
    115: "source",
    116: "copyright",
    120: "caption",
    55: "date_created",
}
_LIST_FIELDS = {"keywords", "creators"}
_UTF8_MARK = b"\x1b%G"


def from_iptc(iptc: dict[tuple[int, int], Any] | None) -> dict[str, Any]:
    """Fields from Pillow's ``getiptcinfo`` dict, decoding GBK where the file is not UTF-8."""
    if not iptc:
        return {}
    utf8 = _UTF8_MARK in _as_list(iptc.get((1, 90)))
    fields: dict[str, Any] = {}
    for (record, dataset), value in iptc.items():
        name = IPTC_FIELDS.get(dataset) if record == 2 else None
        if not name:
            continue
        texts = [t for t in (_decode(v, utf8) for v in _as_list(value)) if t]
        if not texts:
            continue
        fields[name] = texts if name in _LIST_FIELDS else texts[0]
    if "date_created" in fields and re.fullmatch(r"\d{8}", fields["date_created"]):
        d = fields["date_created"]
        fields["date_created"] = f"{d[:4]}-{d[4:6]}-{d[6:]}"
    return fields


def _as_list(value: Any) -> list[bytes]:
    if value is None:
        return []
    if isinstance(value, list | tuple):
        return [v for v in value if isinstance(v, bytes)]
    return [value] if isinstance(value, bytes) else []


def _decode(data: bytes, utf8: bool) -> str:
    if utf8:
        return data.decode("utf-8", errors="replace").strip("\x00 ").strip()
    for encoding in ("utf-8", "gb18030"):
        try:
            return data.decode(encoding).strip("\x00 ").strip()
        except UnicodeDecodeError:
            continue
    return data.decode("latin-1").strip("\x00 ").strip()


_XMP_ALT = {
    "title": "dc:title",
    "caption": "dc:description",
    "copyright": "dc:rights",
}
_XMP_BAG = {"creators": "dc:creator", "keywords": "dc:subject"}
_XMP_SIMPLE = {
    "city": "photoshop:City",
    "state": "photoshop:State",
    "country": "photoshop:Country",
    "credit": "photoshop:Credit",
    "headline": "photoshop:Headline",
    "source": "photoshop:Source",
    "date_created": "photoshop:DateCreated",
    "sublocation": "Iptc4xmpCore:Location",
}


def from_xmp(xmp: bytes | str | None) -> dict[str, Any]:
    """Fields from an XMP packet (IPTC Core names), by pattern rather than a full RDF parse."""
    if not xmp:
        return {}
    text = xmp.decode("utf-8", errors="replace") if isinstance(xmp, bytes) else xmp
    fields: dict[str, Any] = {}
    for name, tag in _XMP_ALT.items():
        items = _rdf_items(text, tag)
        if items:
            fields[name] = items[0]
    for name, tag in _XMP_BAG.items():
        items = _rdf_items(text, tag)
        if items:
            fields[name] = items
    for name, tag in _XMP_SIMPLE.items():
        value = _simple(text, tag)
        if value:
            fields[name] = value
    return fields


def _rdf_items(text: str, tag: str) -> list[str]:
    block = re.search(rf"<{tag}\b[^>]*>(.*?)</{tag}>", text, re.S)
    if not block:
        return []
    items = re.findall(r"<rdf:li\b[^>]*>(.*?)</rdf:li>", block.group(1), re.S)
    return [unescape(item).strip() for item in items if item.strip()]


def _simple(text: str, tag: str) -> str | None:
    element = re.search(rf"<{tag}\b[^>]*>([^<]*)</{tag}>", text)
    if element and element.group(1).strip():
        return unescape(element.group(1)).strip()
    attribute = re.search(rf'\b{tag}="([^"]*)"', text)
    if attribute and attribute.group(1).strip():
        return unescape(attribute.group(1)).strip()
    return None


def merge_embedded(iptc: dict[str, Any], xmp: dict[str, Any]) -> dict[str, Any]:
    """XMP first (it is UTF-8 by definition), IPTC-IIM where XMP is silent."""
    merged = dict(iptc)
    merged.update({k: v for k, v in xmp.items() if v})
    place = place_of(merged)
    if place:
        merged["place"] = place
    return merged


def place_of(fields: dict[str, Any]) -> str | None:
    """One place from IPTC's parts, widest first (江苏省 + 镇江市 + 茶博园), without repeats."""
    place = ""
    for part in (fields.get("state"), fields.get("city"), fields.get("sublocation")):
        part = (part or "").strip() if isinstance(part, str) else ""
        if part and part not in place:
            place = part if part.startswith(place) else place + part
    return place or None
