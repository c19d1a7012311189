"""What the file-name parser's tests compare: a parse's fields written as the labels write them."""

from __future__ import annotations

from gallery.names import ParsedName, parse_name


def label_fields(parsed: ParsedName) -> dict[str, str | None]:
    return {
        "title": parsed.title,
        "photographer": "、".join(parsed.photographers) or None,
        "place": parsed.place,
        "date": parsed.date,
        "date_partial": parsed.date_partial,
        "time": parsed.time,
        "phone": "、".join(parsed.phones) or None,
        "entry_id": parsed.entry_id,
    }


def assert_fields(name: str, expected: dict) -> None:
    """Each field `expected` names is what the parser gives for `name` (others are not looked at)."""
    got = label_fields(parse_name(name))
    for key, value in expected.items():
        assert value == got[key], f"{name}: {key}"
