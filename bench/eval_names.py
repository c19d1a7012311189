"""Score gallery.names.parse_name against labelled JSONL files.

Usage: python bench/eval_names.py [--failures] [--family F,G | --not-family F,G] [FILES...]

For each file and field (title, photographer, place, date, time, phone) it prints the share of
right answers among the names where the label OR the parser has a value (a field where both are
empty is not counted; agreeing on nothing earns nothing), then the figure over all counted
decisions pooled. Title is right at >= 0.85 difflib similarity; place when one phrase contains
the other (place_alternatives accepted too); photographer compares the set of names; phone
compares digits. Phone numbers are shown redacted in --failures output. --family keeps only the
rows whose label's other.family is one of the comma-separated names; --not-family drops them.
"""

from __future__ import annotations

import argparse
import difflib
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from gallery.names import ParsedName, parse_name, redact_phones  # noqa: E402

FIELDS = ("title", "photographer", "place", "date", "time", "phone")
DEFAULT_FILES = ("seed.jsonl", "labelled.jsonl", "captions.jsonl")


def default_dir() -> Path:
    """../shared/filenames next to the repository (the shared checkout)."""
    for base in (ROOT.parent / "shared", ROOT / "shared", ROOT.parent.parent / "shared"):
        if (base / "filenames").is_dir():
            return base / "filenames"
    return ROOT.parent / "shared" / "filenames"


def labelled_files(blind: str = "") -> list[Path]:
    """The shared files and every held-out set but those `blind` names (comma-separated set numbers, never to be read):
    what the checks over all labelled names read (compare_names.py, swap_names.py)."""
    never = {int(x) for x in blind.split(",") if x.strip()}
    return [default_dir() / f for f in DEFAULT_FILES] + [
        p for p in sorted((ROOT / "bench" / "data").glob("names_heldout*.jsonl"))
        if int(re.sub(r"\D", "", p.stem) or 1) not in never]


def _names(value: str | None) -> set[str]:
    return {n.strip() for n in re.split(r"[、,，;；]", value or "") if n.strip()}


def got_value(parsed: ParsedName, name: str) -> str | None:
    """The parser's answer for one evaluated field, as a string."""
    if name == "photographer":
        return "、".join(parsed.photographers) or None
    if name == "phone":
        return "、".join(parsed.phones) or None
    return getattr(parsed, name)


def is_right(name: str, expected: dict, got: str | None) -> bool:
    """Does `got` match the label for `name` under the rules in the module docstring?"""
    want = expected.get(name)
    if got is None:
        return False
    if name == "title":
        return want is not None and difflib.SequenceMatcher(None, want, got).ratio() >= 0.85
    if name == "place":
        options = ([want] if want else []) + list(expected.get("place_alternatives") or [])
        return any(o in got or got in o for o in options if o)
    if name == "photographer":
        return _names(want) == _names(got)
    if name == "phone":
        return re.sub(r"\D", "", want or "") == re.sub(r"\D", "", got)
    return want == got


def _family(expected: dict) -> str | None:
    other = expected.get("other")
    return other.get("family") if isinstance(other, dict) else None


Answers = dict[str, str | None]  # a field -> the answer given (None: none)


def score(rows: list[tuple[str, dict, Answers]]) -> tuple[dict[str, int], dict[str, int], list[tuple[str, str, object, object]]]:
    """Per-field right and counted over (filename, label, answers) rows, and each miss as (filename, field, want, got).

    A field where both the label and the answer are empty is not counted."""
    right = dict.fromkeys(FIELDS, 0)
    counted = dict.fromkeys(FIELDS, 0)
    misses: list[tuple[str, str, object, object]] = []
    for filename, expected, answers in rows:
        for name in FIELDS:
            got, want = answers[name], expected.get(name)
            if want is None and got is None:
                continue
            counted[name] += 1
            if is_right(name, expected, got):
                right[name] += 1
            else:
                misses.append((filename, name, want, got))
    return right, counted, misses


def evaluate(
    path: Path,
    *,
    failures: bool,
    family: frozenset[str] | None = None,
    not_family: frozenset[str] = frozenset(),
) -> tuple[int, int]:
    """Print one file's per-field scores; return (right, counted) pooled over its fields.

    `family` (when given) keeps only rows of those families; `not_family` drops rows of those."""
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        record = json.loads(line)
        expected = record["expected"]
        fam = _family(expected)
        if (family is not None and fam not in family) or fam in not_family:
            continue
        parsed = parse_name(record["filename"])
        rows.append((record["filename"], expected, {name: got_value(parsed, name) for name in FIELDS}))
    right, counted, misses = score(rows)
    total_right, total = sum(right.values()), sum(counted.values())
    print(f"{path.name}: {_pct(total_right, total)} overall ({total_right}/{total})")
    for name in FIELDS:
        print(f"  {name:<13}{_pct(right[name], counted[name]):>8}  ({right[name]}/{counted[name]})")
    if failures and misses:
        print("  failures:")
        print("\n".join(f"  {redact_phones(f)}\n    {n}: expected {want!r}, got {got!r}" for f, n, want, got in misses))
    return total_right, total


def _pct(right: int, total: int) -> str:
    return f"{100.0 * right / total:.1f}%" if total else "n/a"


def main(argv: list[str] | None = None) -> int:
    """Evaluate the given (or default) labelled files and print the pooled figure."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="*", type=Path)
    parser.add_argument("--failures", action="store_true", help="print each miss")
    parser.add_argument("--family", help="comma-separated families to keep (label other.family)")
    parser.add_argument("--not-family", default="", help="comma-separated families to leave out")
    args = parser.parse_args(argv)
    files = args.files or [default_dir() / f for f in DEFAULT_FILES]
    family = frozenset(f.strip() for f in args.family.split(",") if f.strip()) if args.family else None
    not_family = frozenset(f.strip() for f in args.not_family.split(",") if f.strip())
    grand_right = grand_total = 0
    for path in files:
        if not path.is_file():
            print(f"{path}: missing, skipped")
            continue
        r, t = evaluate(path, failures=args.failures, family=family, not_family=not_family)
        grand_right, grand_total = grand_right + r, grand_total + t
    print(f"ALL FILES: {_pct(grand_right, grand_total)} ({grand_right}/{grand_total})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
