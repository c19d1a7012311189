"""How far two people agree when they label the same file names, by the parser's own measure.

Usage: python bench/label_agreement.py FIRST.jsonl SECOND.jsonl [--disagreements]

Both files label the same names (in the format of ../shared/filenames/*.jsonl; the second may hold only
`filename` and `expected`). The second labeller's values are scored against the first's exactly as
bench/eval_names.py scores the parser (title at >= 0.85 similarity, place when one phrase contains the other,
photographers as a set, both-empty fields not counted), and the parser is scored against each labeller on the
same names. Two careful labellers who agree on, say, 94% are a ceiling no parser can be shown to pass on
either one's labels: the figure says how much of a parser's miss rate is the labels' own disagreement.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from eval_names import FIELDS, Answers, _pct, got_value, score  # noqa: E402

from gallery.names import parse_name, redact_phones  # noqa: E402


def _rows(path: Path) -> dict[str, dict]:
    rows = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            record = json.loads(line)
            rows[record["filename"]] = record["expected"]
    return rows


def _as_answer(expected: dict, name: str) -> str | None:
    """A labeller's value as an answer (an empty string is no answer; photographers stay as written, joined with 、)."""
    return expected.get(name) or None


def _answers(parsed) -> Answers:
    """The parser's answers for the evaluated fields, from one parse."""
    return {n: got_value(parsed, n) for n in FIELDS}


def agreement(truth: dict[str, dict], answers: dict[str, Answers]) -> tuple[dict, dict, list[str]]:
    """Per-field (right, counted) of `answers` against `truth`, and the misses as lines."""
    right, counted, misses = score([(f, truth[f], answers[f]) for f in truth])
    return right, counted, [f"  {redact_phones(f)}\n    {n}: first {want!r}, second {got!r}" for f, n, want, got in misses]


def _line(label: str, right: dict, counted: dict) -> str:
    total_right, total = sum(right.values()), sum(counted.values())
    fields = "  ".join(f"{n} {_pct(right[n], counted[n])}" for n in FIELDS if counted[n])
    return f"{label:<34}{_pct(total_right, total):>7} ({total_right}/{total})   {fields}"


def main(argv: list[str] | None = None) -> int:
    """Print labeller-vs-labeller and parser-vs-labeller agreement on the names both files label."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("first", type=Path)
    parser.add_argument("second", type=Path)
    parser.add_argument("--disagreements", action="store_true", help="print where the two labellers differ")
    args = parser.parse_args(argv)
    first, second = _rows(args.first), _rows(args.second)
    common = [f for f in first if f in second]
    if len(common) < len(first):
        print(f"{len(first) - len(common)} names of the first file are not in the second: left out")
    first = {f: first[f] for f in common}
    second = {f: second[f] for f in common}
    as_second = {f: {n: _as_answer(second[f], n) for n in FIELDS} for f in common}
    as_first = {f: {n: _as_answer(first[f], n) for n in FIELDS} for f in common}
    parsed = {f: _answers(parse_name(f)) for f in common}
    print(f"{len(common)} names")
    r, c, misses = agreement(first, as_second)
    print(_line("second labeller vs first", r, c))
    print(_line("first labeller vs second", *agreement(second, as_first)[:2]))
    print(_line("parser vs first", *agreement(first, parsed)[:2]))
    print(_line("parser vs second", *agreement(second, parsed)[:2]))
    if args.disagreements and misses:
        print("disagreements (first's label taken as the truth):")
        print("\n".join(misses))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
