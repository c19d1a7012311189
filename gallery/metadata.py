"""Merge what every source says about a photo into one record (pure).

Sources, from the strongest: ``manual`` (an editor set it), ``caption_page`` (an article page
captioned the picture), ``embedded`` (IPTC/XMP another tool wrote), ``filename`` (the parser's
reading of the file name or its folder) and ``exif`` (the camera). Each field of the record
keeps the source it came from, the rule that produced it, and the other values it beat, so the
photo page can say what is shown and why.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any

SOURCE_LABELS = {
    "manual": "编辑填写",
    "caption_page": "稿件图说",
    "embedded": "文件内嵌 IPTC/XMP",
    "filename": "文件名",
    "folder": "文件夹名",
    "exif": "相机 EXIF",
}

# What a file-name date is, in words an editor reads.
DATE_KIND_LABELS = {
    "shot": "拍摄时间",
    "published": "发布时间",
    "screenshot": "截图时间",
    "exported": "导出时间",
    "saved": "保存时间",
    "pasted": "粘贴时间",
    "uploaded": "上传时间",
}

FIELDS = ("title", "caption", "photographers", "place", "date", "keywords", "credit", "copyright")
# Editors' private fields: kept in ``Record.private``, never shown to visitors.
PRIVATE_FIELDS = ("phones", "email", "contact", "note")


@dataclass
class Value:
    """One source's value for one field."""

    value: Any
    source: str
    rule: str | None = None
    confidence: float | None = None
    note: str | None = None


@dataclass
class Field:
    """The value shown for a field, where it came from, and what else was said."""

    value: Any
    source: str
    rule: str | None = None
    confidence: float | None = None
    why: str | None = None
    alternatives: list[Value] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        """As ``dataclasses.asdict`` gives it, sharing the values (stored as JSON at once)."""
        return {**vars(self), "alternatives": [dict(vars(value)) for value in self.alternatives]}


@dataclass
class Record:
    """A photo's merged metadata."""

    fields: dict[str, Field] = field(default_factory=dict)
    conflicts: list[str] = field(default_factory=list)
    private: dict[str, Any] = field(default_factory=dict)

    def value(self, name: str, default: Any = None) -> Any:
        chosen = self.fields.get(name)
        return chosen.value if chosen is not None else default

    def as_dict(self) -> dict[str, Any]:
        return {
            "fields": {name: f.as_dict() for name, f in self.fields.items()},
            "conflicts": list(self.conflicts),
        }


@dataclass
class Sources:
    """Everything known about one photo, before merging."""

    parses: list[dict[str, Any]] = field(default_factory=list)  # one per file, best first
    exif: dict[str, Any] = field(default_factory=dict)  # exif.Exif.as_dict()
    embedded: dict[str, Any] = field(default_factory=dict)
    captions: list[dict[str, Any]] = field(default_factory=list)  # {caption, article_title, parse}
    manual: dict[str, Any] = field(default_factory=dict)


def merge(sources: Sources) -> Record:
    """One record from all sources, each field with its source and the values it beat."""
    record = Record()
    candidates: dict[str, list[Value]] = {name: [] for name in FIELDS}
    for name, value in sources.manual.items():
        # an empty manual value is an editor's "clear": it still beats every machine reading
        if name in candidates and value is not None:
            rule = "编辑" if value not in ("", []) else "编辑清空"
            candidates[name].append(Value(value, "manual", rule, 1.0))
    _from_captions(sources.captions, candidates)
    _from_embedded(sources.embedded, candidates)
    _from_parses(sources.parses, candidates)
    _from_exif(sources.exif, candidates)
    for name, values in candidates.items():
        chosen = _choose(name, values)
        if chosen is not None:
            record.fields[name] = chosen
            if _disagree(name, chosen, values):
                record.conflicts.append(name)
    record.private["phones"] = sorted({p for parse in sources.parses for p in parse.get("phones") or []})
    for name in PRIVATE_FIELDS:
        if sources.manual.get(name) is not None:
            record.private[name] = sources.manual[name]
    return record


def machine_reading(sources: Sources) -> Record:
    """The record the machine alone would make: every source but the editors'."""
    return merge(replace(sources, manual={}))


def suggestions(sources: Sources, basis: dict[str, Any]) -> dict[str, Field]:
    """Machine readings newer than an editor's value: they changed since the editor set it.

    ``basis`` holds, per field, what the machine said when the editor last set that field.
    """
    machine = machine_reading(sources)
    found: dict[str, Field] = {}
    for name, value in sources.manual.items():
        if name not in FIELDS or value is None:
            continue
        reading = machine.fields.get(name)
        now_value = reading.value if reading is not None else None
        if _normal(now_value) in (_normal(value), _normal(basis.get(name))) or now_value in (None, "", []):
            continue
        found[name] = reading
    return found


def _evidence(parse: dict[str, Any], name: str) -> tuple[str | None, float | None]:
    evidence = (parse.get("evidence") or {}).get(name) or {}
    return evidence.get("rule"), evidence.get("confidence")


def _from_parses(parses: list[dict[str, Any]], candidates: dict[str, list[Value]]) -> None:
    for parse in parses:
        source = "filename"
        for name, key in (("title", "title"), ("place", "place")):
            if parse.get(key):
                rule, confidence = _evidence(parse, key)
                candidates[name].append(Value(parse[key], _folder_or(source, rule), rule, confidence))
        if parse.get("photographers"):
            rule, confidence = _evidence(parse, "photographers")
            candidates["photographers"].append(
                Value(list(parse["photographers"]), _folder_or(source, rule), rule, confidence)
            )
        if parse.get("date"):
            rule, confidence = _evidence(parse, "date")
            stamp = parse["date"] + (f"T{parse['time']}" if parse.get("time") and len(parse["date"]) == 10 else "")
            kind = parse.get("date_kind") or "shot"
            candidates["date"].append(
                Value(stamp, _folder_or(source, rule), rule, confidence, note=kind)
            )


def _folder_or(source: str, rule: str | None) -> str:
    return "folder" if rule and ("folder" in rule or "文件夹" in rule) else source


def _from_exif(exif: dict[str, Any], candidates: dict[str, list[Value]]) -> None:
    if exif.get("taken_at"):
        candidates["date"].append(Value(exif["taken_at"], "exif", "DateTimeOriginal", 0.9, note="shot"))
    if exif.get("xp_title"):
        candidates["title"].append(Value(exif["xp_title"], "exif", "XPTitle", 0.7))
    if exif.get("description"):
        candidates["caption"].append(Value(exif["description"], "exif", "ImageDescription", 0.6))
    author = exif.get("xp_author") or exif.get("artist")
    if author:
        candidates["photographers"].append(Value([author], "exif", "Artist", 0.6))
    if exif.get("copyright"):
        candidates["copyright"].append(Value(exif["copyright"], "exif", "Copyright", 0.8))
    if exif.get("xp_keywords"):
        words = [w.strip() for w in exif["xp_keywords"].replace("；", ";").split(";") if w.strip()]
        candidates["keywords"].append(Value(words, "exif", "XPKeywords", 0.7))


def _from_embedded(data: dict[str, Any], candidates: dict[str, list[Value]]) -> None:
    simple = {"title": "title", "caption": "caption", "credit": "credit", "copyright": "copyright"}
    for name, key in simple.items():
        if data.get(key):
            candidates[name].append(Value(data[key], "embedded", key, 0.9))
    if data.get("creators"):
        candidates["photographers"].append(Value(list(data["creators"]), "embedded", "creator", 0.9))
    if data.get("keywords"):
        candidates["keywords"].append(Value(list(data["keywords"]), "embedded", "keywords", 0.9))
    place = data.get("place") or data.get("sublocation") or data.get("city")
    if place:
        candidates["place"].append(Value(place, "embedded", "location", 0.8))
    if data.get("date_created"):
        candidates["date"].append(Value(data["date_created"], "embedded", "date_created", 0.8, note="shot"))


def _from_captions(captions: list[dict[str, Any]], candidates: dict[str, list[Value]]) -> None:
    for entry in captions:
        caption = entry.get("caption")
        if not caption:
            continue
        title = entry.get("article_title") or "稿件"
        candidates["caption"].append(Value(caption, "caption_page", f"《{title}》图说", 0.95))
        parse = entry.get("parse") or {}
        if parse.get("photographers"):
            rule, confidence = _evidence(parse, "photographers")
            candidates["photographers"].append(
                Value(list(parse["photographers"]), "caption_page", rule, confidence)
            )
        if parse.get("place"):
            rule, confidence = _evidence(parse, "place")
            candidates["place"].append(Value(parse["place"], "caption_page", rule, confidence))


def _date_rank(value: Value) -> int:
    """Lower is stronger: an editor, then a date written in words, then the camera clock."""
    if value.source == "manual":
        return 0
    if value.note == "shot" and value.source in ("filename", "caption_page") and value.rule and "年" in value.rule:
        return 1
    if value.source == "exif":
        return 2
    if value.source == "embedded":
        return 3
    if value.note == "shot":
        return 4
    return 5


_PRIORITY = {"manual": 0, "caption_page": 1, "embedded": 2, "filename": 3, "folder": 4, "exif": 5}


def _choose(name: str, values: list[Value]) -> Field | None:
    if not values:
        return None
    if name == "date":
        ordered = sorted(values, key=_date_rank)
    else:
        ordered = sorted(values, key=lambda v: _PRIORITY.get(v.source, 9))
    best = ordered[0]
    rest = [v for v in ordered[1:] if _normal(v.value) != _normal(best.value)]
    return Field(
        value=best.value,
        source=best.source,
        rule=best.rule,
        confidence=best.confidence,
        why=_why(name, best, rest),
        alternatives=rest,
    )


def _normal(value: Any) -> Any:
    if isinstance(value, list):
        return tuple(sorted(str(v) for v in value))
    if isinstance(value, str):
        return value.strip()
    return value


def _disagree(name: str, chosen: Field, values: list[Value]) -> bool:
    """Two sources that say different things about the same field."""
    if name == "date":
        days = {str(v.value)[:10] for v in values if len(str(v.value)) >= 10}
        return len(days) > 1
    if name in ("photographers", "place"):
        return any(_normal(v.value) != _normal(chosen.value) for v in values if v.source != chosen.source)
    return False


def _why(name: str, best: Value, rest: list[Value]) -> str:
    label = SOURCE_LABELS.get(best.source, best.source)
    if name == "date" and best.note and best.note != "shot":
        head = f"取自{label}（{DATE_KIND_LABELS.get(best.note, best.note)}，不一定是拍摄时间）"
    else:
        head = f"取自{label}" + (f"（规则：{best.rule}）" if best.rule else "")
    if not rest:
        return head
    others = "；".join(
        f"{SOURCE_LABELS.get(v.source, v.source)}为 {_show(v.value)}"
        + (f"（{DATE_KIND_LABELS.get(v.note, v.note)}）" if name == "date" and v.note else "")
        for v in rest[:4]
    )
    return f"{head}；优先于：{others}"


def _show(value: Any) -> str:
    return "、".join(map(str, value)) if isinstance(value, list) else str(value)
