"""IPTC Core written as XMP: the packet (pure), embedding it in JPEG bytes (pure), and files (I/O).

Exports carry captions to the next desk: a sidecar ``NAME.xmp`` beside a copy, and the same
packet inside exported JPEG copies. Originals are never written here; callers pass a copy's path.
"""

from __future__ import annotations

import os
import re
from html import escape
from pathlib import Path
from typing import Any

XMP_HEADER = b"http://ns.adobe.com/xap/1.0/\x00"
_MAX_SEGMENT = 65535
_XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_PLACE = re.compile(
    r"(?P<state>.+?(?:省|自治区|特别行政区))?(?P<city>.+?(?:市|自治州|地区|盟))?(?P<rest>.*)", re.S
)
_MUNICIPALITIES = ("北京", "上海", "天津", "重庆")


def split_place(place: str | None) -> dict[str, str]:
    """A Chinese place as IPTC's province/state, city and sublocation (江苏省宜兴市丁蜀镇)."""
    text = (place or "").strip()
    if not text:
        return {}
    match = _PLACE.fullmatch(text)
    state, city, rest = match.group("state"), match.group("city"), match.group("rest").strip()
    if city and not state and city.startswith(_MUNICIPALITIES) and len(city) <= 3:
        state = city
    out = {"state": state, "city": city, "sublocation": rest or None}
    if not any(out.values()):
        out["sublocation"] = text
    return {k: v for k, v in out.items() if v}


def iptc_values(photo: dict[str, Any]) -> dict[str, Any]:
    """The IPTC Core values of a photo's shown record (place split; embedded parts kept)."""
    embedded = photo.get("embedded") or {}
    place = split_place(photo.get("place"))
    if embedded.get("city") or embedded.get("state"):  # another tool already split it: keep theirs
        place = {k: embedded.get(k) for k in ("state", "city", "sublocation") if embedded.get(k)} or place
    return {
        "title": photo.get("title"),
        "description": photo.get("caption"),
        "creators": list(photo.get("photographers") or []),
        "credit": photo.get("credit"),
        "rights": photo.get("copyright"),
        "keywords": list(photo.get("keywords") or []),
        "date_created": photo.get("date"),
        **place,
    }


def _text(value: Any) -> str:
    return escape(_XML_ILLEGAL.sub("", str(value)), quote=True)


def _alt(tag: str, value: Any) -> str:
    return f'   <{tag}><rdf:Alt><rdf:li xml:lang="x-default">{_text(value)}</rdf:li></rdf:Alt></{tag}>\n'


def _array(tag: str, kind: str, items: list[Any]) -> str:
    lis = "".join(f"<rdf:li>{_text(item)}</rdf:li>" for item in items)
    return f"   <{tag}><rdf:{kind}>{lis}</rdf:{kind}></{tag}>\n"


def _simple(tag: str, value: Any) -> str:
    return f"   <{tag}>{_text(value)}</{tag}>\n"


def build_packet(values: dict[str, Any], *, padding: int = 0) -> bytes:
    """An XMP packet (UTF-8) with IPTC Core / Dublin Core / Photoshop properties."""
    body = ""
    for tag, key in (("dc:title", "title"), ("dc:description", "description"), ("dc:rights", "rights")):
        if values.get(key):
            body += _alt(tag, values[key])
    if values.get("creators"):
        body += _array("dc:creator", "Seq", values["creators"])
    if values.get("keywords"):
        body += _array("dc:subject", "Bag", values["keywords"])
    for tag, key in (("photoshop:Credit", "credit"), ("photoshop:City", "city"),
                     ("photoshop:State", "state"), ("photoshop:Country", "country"),
                     ("photoshop:DateCreated", "date_created"), ("Iptc4xmpCore:Location", "sublocation")):
        if values.get(key):
            body += _simple(tag, values[key])
    text = (
        '<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>\n'
        '<x:xmpmeta xmlns:x="adobe:ns:meta/" x:xmptk="gallery">\n'
        ' <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">\n'
        '  <rdf:Description rdf:about=""\n'
        '    xmlns:dc="http://purl.org/dc/elements/1.1/"\n'
        '    xmlns:photoshop="http://ns.adobe.com/photoshop/1.0/"\n'
        '    xmlns:Iptc4xmpCore="http://iptc.org/std/Iptc4xmpCore/1.0/xmlns/">\n'
        f"{body}"
        "  </rdf:Description>\n"
        " </rdf:RDF>\n"
        "</x:xmpmeta>\n"
        + (" " * 99 + "\n") * (padding // 100)
        + '<?xpacket end="w"?>'
    )
    return text.encode("utf-8")


def embed_in_jpeg(data: bytes, packet: bytes) -> bytes:
    """JPEG bytes with ``packet`` as their only XMP segment (placed after JFIF/EXIF, pixels untouched)."""
    if data[:2] != b"\xff\xd8":
        raise ValueError("不是 JPEG 文件")
    segment_length = 2 + len(XMP_HEADER) + len(packet)
    if segment_length > _MAX_SEGMENT:
        raise ValueError("XMP 太长，超过 JPEG 单个段的上限（64 KB）")
    segment = b"\xff\xe1" + segment_length.to_bytes(2, "big") + XMP_HEADER + packet
    out, insert_at, pos = [b"\xff\xd8"], 1, 2
    while pos + 4 <= len(data) and data[pos] == 0xFF:
        marker = data[pos + 1]
        if marker == 0xDA or not 0xE0 <= marker <= 0xFE:
            break  # start of scan or a table: the metadata segments are over
        length = int.from_bytes(data[pos + 2 : pos + 4], "big")
        chunk = data[pos : pos + 2 + length]
        if not (marker == 0xE1 and chunk[4:].startswith(XMP_HEADER)):
            out.append(chunk)
            if marker in (0xE0, 0xE1):
                insert_at = len(out)
        pos += 2 + length
    out.insert(insert_at, segment)
    return b"".join(out) + data[pos:]


def sidecar_path(copy: str | os.PathLike[str]) -> Path:
    """``photo.jpg`` → ``photo.xmp``: the sidecar name Lightroom and Photo Mechanic read."""
    return Path(copy).with_suffix(".xmp")


def write_copy(original: str | os.PathLike[str], copy: str | os.PathLike[str], values: dict[str, Any]) -> list[Path]:
    """Copy a photo with its captions: embedded when it is a JPEG, and always a sidecar beside it."""
    copy = Path(copy)
    if copy.resolve() == Path(original).resolve():
        raise ValueError("不会改写原文件：请给出另一个路径")
    data = Path(original).read_bytes()
    if data[:2] == b"\xff\xd8":
        data = embed_in_jpeg(data, build_packet(values, padding=2048))
    copy.write_bytes(data)
    sidecar = sidecar_path(copy)
    sidecar.write_bytes(build_packet(values))
    return [copy, sidecar]
