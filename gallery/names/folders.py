"""Step 6, parent folders: what the folders say fills what the name lacks (a credit, a day).

Reads result, phones, stamps, people, devices. Serves parse.
"""

from __future__ import annotations

import re
from typing import Final

from .devices import _DIGITS_ONLY
from .people import _is_name
from .phones import PHONE_RE, find_phones
from .result import ParsedName
from .stamps import _valid_date

# ---------------------------------------------------------------------------------------------
# Step 6: parent folders
# ---------------------------------------------------------------------------------------------

_FOLDER_DATE: Final = re.compile(
    r"(?<!\d)(?P<Y>(?:19|20)\d{2})[-_./]?(?P<M>\d{2})(?:[-_./]?(?P<D>\d{2}))?(?!\d)"
)
_FOLDER_SPLIT: Final = re.compile(r"\s*[+＋]\s*|\s*[-_—]\s*|\s+")


def _apply_folders(result: ParsedName, folders: list[str]) -> None:
    if not folders:
        return
    if not result.photographers:
        for name in folders:
            if _folder_credit(result, name):
                break
    if not result.date:
        _folder_date(result, folders)


def _folder_credit(result: ParsedName, folder: str) -> bool:
    """A contest folder `姓名+电话+作品名`: a name next to a phone or a `+`."""
    phones = find_phones(folder)
    rest = PHONE_RE.sub(" ", folder)
    parts = [p for p in _FOLDER_SPLIT.split(rest.strip()) if p]
    if len(parts) + len(phones) < 2 or not (phones or "+" in folder or "＋" in folder):
        return False
    names = [p for p in parts if _is_name(p)]
    if len(names) != 1:
        return False
    rule = "folder 姓名+电话+作品名"
    result._set("photographers", names, rule, 0.7)
    if phones:
        result._set("phones", result.phones + [p for p in phones if p not in result.phones], rule, 0.9)
    others = [p for p in parts if p != names[0] and not _DIGITS_ONLY.fullmatch(p)]
    if others and not result.title:
        result._set("title", others[0], rule, 0.6)
    return True


def _folder_date(result: ParsedName, folders: list[str]) -> None:
    path = "/".join(reversed(folders))
    best: re.Match[str] | None = None
    for m in _FOLDER_DATE.finditer(path):
        if best is None or (m["D"] and not best["D"]):
            best = m
    if best is None:
        return
    year, month = int(best["Y"]), int(best["M"])
    if best["D"]:
        value = _valid_date(year, month, int(best["D"]))
    else:
        value = f"{year:04d}-{month:02d}" if 1 <= month <= 12 else None
    if value:
        result._set("date", value, "folder date", 0.4)
