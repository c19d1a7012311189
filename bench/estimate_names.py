"""Estimate the parser's score on unseen names of the shared files' kinds, from held-out sets nobody tuned it to.

Usage: python bench/estimate_names.py --blind 48,53,... [--like labelled.jsonl,seed.jsonl] [--rounds 2000]

The blind sets (bench/data/names_heldout<N>.jsonl for each N given) are pooled, as eval_names.py pools files. Their
mix of kinds is not the shared files' mix: builders found captions and place-only names easier to collect than device
names. So the figure is also reweighted: each family's share of right answers on the blind sets (other.family in the
label, scored by eval_names.py's rules) is weighted by how many labelled fields that family holds in the --like files
(../shared/filenames/ by default). Families of the --like files that the blind sets hold too few decisions of (under
--min) are left out, and the weight they carry is printed. A bootstrap over blind rows (--rounds resamples, each
family resampled on its own) gives a 90% interval.

Prints the pooled figure, the reweighted one with its interval, and the families that cost the most points of the
reweighted figure: where work on unseen names would count most. No row of a blind set is printed.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from eval_names import FIELDS, default_dir, got_value, is_right  # noqa: E402

from gallery.names import parse_name  # noqa: E402

Row = tuple[int, int]  # (right, counted) fields of one name


def family(expected: dict) -> str:
    other = expected.get("other")
    return str(other.get("family")) if isinstance(other, dict) else "None"


def read_rows(paths: list[Path]) -> dict[str, list[Row]]:
    """Each family's names as (right, counted) field tallies."""
    rows: dict[str, list[Row]] = defaultdict(list)
    for path in paths:
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            record = json.loads(line)
            expected = record["expected"]
            parsed = parse_name(record["filename"])
            right = counted = 0
            for name in FIELDS:
                got = got_value(parsed, name)
                if got is None and expected.get(name) is None:
                    continue
                counted += 1
                right += is_right(name, expected, got)
            rows[family(expected)].append((right, counted))
    return rows


def like_weights(paths: list[Path]) -> dict[str, int]:
    """Labelled fields per family in the files the estimate is for."""
    weights: dict[str, int] = defaultdict(int)
    for path in paths:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                expected = json.loads(line)["expected"]
                weights[family(expected)] += sum(expected.get(name) is not None for name in FIELDS)
    return weights


def share(rows: list[Row]) -> float:
    counted = sum(c for _, c in rows)
    return sum(r for r, _ in rows) / counted if counted else 0.0


def reweighted(rows: dict[str, list[Row]], weights: dict[str, int], kept: list[str]) -> float:
    total = sum(weights[f] for f in kept)
    return sum(weights[f] * share(rows[f]) for f in kept) / total


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--blind", required=True, help="comma-separated numbers of the held-out sets to pool")
    parser.add_argument("--like", default="labelled.jsonl,seed.jsonl", help="files in ../shared/filenames to weight by")
    parser.add_argument("--min", type=int, default=8, help="fewest blind decisions for a family to be weighed")
    parser.add_argument("--rounds", type=int, default=2000, help="bootstrap resamples")
    args = parser.parse_args(argv)
    blind = [ROOT / "bench" / "data" / f"names_heldout{n.strip()}.jsonl" for n in args.blind.split(",") if n.strip()]
    missing = [p.name for p in blind if not p.is_file()]
    if missing:
        parser.error("no such held-out set: " + ", ".join(missing))
    rows = read_rows(blind)
    weights = like_weights([default_dir() / f for f in args.like.split(",")])
    everything = [row for family_rows in rows.values() for row in family_rows]
    print(f"blind sets {args.blind}: {len(everything)} names, pooled {100 * share(everything):.1f}% "
          f"({sum(r for r, _ in everything)}/{sum(c for _, c in everything)})")
    kept = [f for f, w in weights.items() if w and sum(c for _, c in rows.get(f, [])) >= args.min]
    left = {f: w for f, w in weights.items() if w and f not in kept}
    if not kept:
        parser.error(f"no family of {args.like} has {args.min} blind decisions or more (rows without other.family "
                     "count as the family None)")
    point = reweighted(rows, weights, kept)
    rng = random.Random(0)
    draws = sorted(
        reweighted({f: rng.choices(rows[f], k=len(rows[f])) for f in kept}, weights, kept) for _ in range(args.rounds))
    low, high = draws[int(0.05 * len(draws))], draws[int(0.95 * len(draws)) - 1]
    covered = sum(weights[f] for f in kept)
    print(f"reweighted to {args.like}'s families: {100 * point:.1f}% (90% interval {100 * low:.1f}-{100 * high:.1f}), "
          f"covering {covered} of {covered + sum(left.values())} labelled fields")
    if left:
        print("  left out (too few blind decisions): " + ", ".join(f"{f} ({w})" for f, w in sorted(left.items())))
    print("points lost, by family (weight: labelled fields; blind: right/counted):")
    cost = sorted(((weights[f] * (1 - share(rows[f])) / covered, f) for f in kept), reverse=True)
    for points, f in cost:
        if points > 0:
            right, counted = sum(r for r, _ in rows[f]), sum(c for _, c in rows[f])
            print(f"  {100 * points:5.2f}  {f:<24} weight {weights[f]:3}  blind {right}/{counted}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
