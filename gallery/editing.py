"""What editors may change and how their input is read (pure, stdlib only).

The fields an editor edits, the rules that turn typed text into stored values (names split on
、 and ，, dates read from 2019年4月19日 or 2019/4/19), bulk operations with per-photo templates
(``{date} {place}，{caption}（{photographer} 摄）``), and the reasons a photo needs review.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date as _date
from typing import Any

from .metadata import FIELDS, PRIVATE_FIELDS


@dataclass(frozen=True)
class Spec:
    """One editable field: its label, its kind of value, and whether visitors may see it."""

    label: str
    kind: str  # text | long | list | date | phones | email
    private: bool = False


EDITABLE: dict[str, Spec] = {
    "title": Spec("标题", "text"),
    "caption": Spec("图说", "long"),
    "photographers": Spec("摄影师", "list"),
    "place": Spec("地点", "text"),
    "date": Spec("日期", "date"),
    "keywords": Spec("关键词", "list"),
    "credit": Spec("署名", "text"),
    "copyright": Spec("版权", "text"),
    "note": Spec("编辑备注", "long", private=True),
    "phones": Spec("电话", "phones", private=True),
    "email": Spec("邮箱", "email", private=True),
    "contact": Spec("其他联系方式", "text", private=True),
}
assert set(EDITABLE) == set(FIELDS) | set(PRIVATE_FIELDS)

PUBLIC_EDITABLE = tuple(k for k, s in EDITABLE.items() if not s.private)
LABELS = {k: s.label for k, s in EDITABLE.items()}
OPS = {"set": "替换为", "append": "追加", "clear": "清空"}
MAX_TEXT = 5000

_LIST_SPLIT = re.compile(r"\s*[、，,;；/\n]\s*")
_PHONE = re.compile(r"\+?\d[\d\- ]{5,18}\d")
_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def is_empty(value: Any) -> bool:
    """True for a value that says nothing ("", [], None)."""
    return value is None or value == "" or value == []


def split_list(text: str) -> list[str]:
    """Names or keywords typed in one box: 周明生、陈卫东 / 周明生,陈卫东 / one per line."""
    items: list[str] = []
    for item in _LIST_SPLIT.split(text or ""):
        item = item.strip()
        if item and item not in items:
            items.append(item)
    return items


_DATE_PATTERNS = [
    re.compile(r"(?P<y>\d{4})(?:[-/.年](?P<m>\d{1,2})(?:[-/.月](?P<d>\d{1,2})日?)?月?)?年?"
               r"(?:[T ](?P<t>\d{1,2}:\d{2}(?::\d{2})?))?"),
    re.compile(r"(?P<y>\d{4})(?P<m>\d{2})(?P<d>\d{2})"),
]


def normalize_date(text: str) -> tuple[str | None, str | None]:
    """``(ISO date, None)`` or ``(None, why)``: 2019年4月19日, 2019/4/19, 2019-04, 2019 all read."""
    text = (text or "").strip()
    if not text:
        return "", None
    for pattern in _DATE_PATTERNS:
        match = pattern.fullmatch(text)
        if match:
            return _iso(match.group("y"), match.group("m"), match.group("d"), match.groupdict().get("t"))
    return None, f"看不懂的日期“{text[:40]}”（请写成 2019-04-19 或 2019年4月19日）"


def _iso(y: str, m: str | None, d: str | None, t: str | None) -> tuple[str | None, str | None]:
    year = int(y)
    if not 1826 <= year <= 2100:
        return None, f"年份 {year} 不在 1826–2100 之间"
    if m is None:
        return f"{year:04d}", None
    if not 1 <= int(m) <= 12:
        return None, f"月份 {m} 不对"
    if d is None:
        return f"{year:04d}-{int(m):02d}", None
    try:
        day = _date(year, int(m), int(d)).isoformat()
    except ValueError:
        return None, f"日期 {y}-{m}-{d} 不存在"
    if t:
        hour, minute, *second = (int(x) for x in t.split(":"))
        if hour > 23 or minute > 59 or (second and second[0] > 59):
            return None, f"时间 {t} 不对"
        return f"{day}T{hour:02d}:{minute:02d}:{second[0] if second else 0:02d}", None
    return day, None


def normalize(name: str, raw: Any) -> tuple[Any, str | None]:
    """An editor's input for a field as the value to store, or ``(None, why it is refused)``."""
    spec = EDITABLE.get(name)
    if spec is None:
        return None, f"不能编辑的字段：{name}"
    if isinstance(raw, list):
        raw = "、".join(str(x) for x in raw)
    text = _CONTROL.sub("", str(raw if raw is not None else "")).replace("\r\n", "\n").strip()
    if len(text) > MAX_TEXT:
        return None, f"{spec.label}太长（最多 {MAX_TEXT} 字）"
    if spec.kind == "date":
        return normalize_date(text)
    if spec.kind == "list":
        return split_list(text), None
    if spec.kind == "phones":
        return _phones(text, spec.label)
    if spec.kind == "email":
        if text and not _EMAIL.fullmatch(text):
            return None, f"邮箱“{text[:60]}”格式不对"
        return text, None
    if spec.kind == "text":
        text = " ".join(text.split())  # one-line fields: no stray line breaks in exports
    return text, None


def _phones(text: str, label: str) -> tuple[Any, str | None]:
    items = split_list(text)
    bad = [item for item in items if not _PHONE.fullmatch(item)]
    if bad:
        return None, f"{label}“{bad[0][:30]}”不像电话号码"
    return [re.sub(r"[\s-]", "", item) for item in items], None


def same(a: Any, b: Any) -> bool:
    """Two stored values that mean the same (lists compared in order, text stripped)."""
    if is_empty(a) and is_empty(b):
        return True
    if isinstance(a, str) and isinstance(b, str):
        return a.strip() == b.strip()
    return a == b


# --- templates -------------------------------------------------------------------------------

TEMPLATE_KEYS = {
    "photographer": "摄影师",
    "place": "地点",
    "date": "日期（2019年4月19日）",
    "title": "标题",
    "filename": "文件名（不含扩展名）",
    "caption": "现有图说",
}
_PLACEHOLDER = re.compile(r"\{([^{}]*)\}")
_OPTIONAL = re.compile(r"\[([^\[\]]*)\]")


def template_errors(template: str) -> list[str]:
    """What is wrong with a template: unknown ``{names}`` or unbalanced braces."""
    errors = [f"模板里没有“{{{name}}}”这一项（可用：{'、'.join('{' + k + '}' for k in TEMPLATE_KEYS)}）"
              for name in _PLACEHOLDER.findall(template) if name.strip() not in TEMPLATE_KEYS]
    rest = _PLACEHOLDER.sub("", template)
    if "{" in rest or "}" in rest:
        errors.append("模板里的花括号没有配对")
    if "[" in _OPTIONAL.sub("", rest) or "]" in _OPTIONAL.sub("", rest):
        errors.append("模板里的方括号没有配对（方括号用来标出可省略的部分）")
    return errors


def chinese_date(value: Any) -> str:
    """2019-04-19 → 2019年4月19日 (a year or a month alone stays as short)."""
    text = str(value or "")
    match = re.match(r"(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?", text)
    if not match:
        return text
    year, month, day = match.groups()
    return f"{year}年" + (f"{int(month)}月" if month else "") + (f"{int(day)}日" if day else "")


def template_values(photo: dict[str, Any]) -> dict[str, str]:
    """The values a template can use, from a photo's shown fields and its file name."""
    name = photo.get("name") or ""
    return {
        "photographer": "、".join(photo.get("photographers") or []),
        "place": photo.get("place") or "",
        "date": chinese_date(photo.get("date")),
        "title": photo.get("title") or "",
        "filename": name.rsplit(".", 1)[0] if "." in name else name,
        "caption": photo.get("caption") or "",
    }


def fill(template: str, values: dict[str, str]) -> tuple[str, list[str]]:
    """The template filled for one photo, and the placeholders it had no value for.

    A part in square brackets is left out when a placeholder inside it is empty, so
    ``{caption}[（{photographer} 摄）]`` never ends in an empty （ 摄）.
    """
    missing: list[str] = []

    def one(match: re.Match[str]) -> str:
        key = match.group(1).strip()
        value = values.get(key, "")
        if not value and key not in missing:
            missing.append(key)
        return value

    def optional(match: re.Match[str]) -> str:
        keys = [k.strip() for k in _PLACEHOLDER.findall(match.group(1))]
        if any(not values.get(k) for k in keys):
            return ""
        return _PLACEHOLDER.sub(one, match.group(1))

    text = _OPTIONAL.sub(optional, template)
    return re.sub(r" {2,}", " ", _PLACEHOLDER.sub(one, text)).strip(), missing


def bulk_value(name: str, op: str, current: Any, text: str) -> tuple[Any, str | None]:
    """The new value of one field of one photo for a bulk set / append / clear."""
    spec = EDITABLE[name]
    if op == "clear":
        return ([] if spec.kind in ("list", "phones") else ""), None
    if op == "append" and spec.kind in ("date", "email"):
        return None, f"{spec.label}不能追加，只能替换或清空"
    if op == "append" and spec.kind in ("list", "phones"):
        text = "、".join([*(current or []), text])
    elif op == "append":
        text = f"{current or ''}{text}"
    elif op != "set":
        return None, f"不认识的操作：{op}"
    return normalize(name, text)


# --- review ----------------------------------------------------------------------------------

REVIEW_REASONS = {
    "conflict": "来源之间有分歧",
    "unsure": "文件名解析把握不大",
    "no_photographer": "没有摄影师",
    "no_place": "没有地点",
}
UNSURE_BELOW = 0.7


def review_reasons(photo: dict[str, Any]) -> list[tuple[str, str]]:
    """Why a photo needs an editor's eye: ``[(reason, field), ...]`` (empty when it does not)."""
    fields = photo.get("fields") or {}
    reasons: list[tuple[str, str]] = []
    for name in photo.get("conflicts") or []:
        if (fields.get(name) or {}).get("source") != "manual":
            reasons.append(("conflict", name))
    for name, chosen in fields.items():
        confidence = chosen.get("confidence")
        if chosen.get("source") != "manual" and confidence is not None and confidence < UNSURE_BELOW:
            reasons.append(("unsure", name))
    if "photographers" not in fields:
        reasons.append(("no_photographer", "photographers"))
    if "place" not in fields:
        reasons.append(("no_place", "place"))
    return reasons


def review_signature(reasons: list[tuple[str, str]], photo: dict[str, Any]) -> str:
    """What a confirmation covered: the reasons and the values shown then (new doubts reopen it)."""
    shown = {name: photo.get(name) for _, name in reasons}
    return repr((sorted(reasons), sorted((k, repr(v)) for k, v in shown.items())))
