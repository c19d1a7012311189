"""What visitors may see of a photo: the public projection, with contact details removed."""

from __future__ import annotations

from typing import Any

from ..names import redact_phones

PUBLIC_SUMMARY = ("id", "digest", "title", "caption", "photographers", "place", "date", "width",
                  "height", "colour", "kind", "camera", "missing")


def clean(value: Any) -> Any:
    """Remove phone numbers from any text, list or dict meant for a visitor."""
    if isinstance(value, str):
        return redact_phones(value)
    if isinstance(value, list):
        return [clean(v) for v in value]
    if isinstance(value, dict):
        return {k: clean(v) for k, v in value.items()}
    return value


def public_photo(photo: dict[str, Any]) -> dict[str, Any]:
    """A photo summary as the public API and pages show it."""
    out = {key: photo.get(key) for key in PUBLIC_SUMMARY if key in photo}
    out["name"] = photo.get("name")
    out["missing"] = bool(photo.get("missing"))
    return clean(out)


def public_fields(fields: dict[str, Any]) -> dict[str, Any]:
    """Each field with its source, for the photo page (never the private ones)."""
    return clean({k: v for k, v in fields.items() if k not in {"phones", "private", "note"}})
