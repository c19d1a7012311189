"""Names per second for gallery.names.parse_name on one core.

Usage: python bench/bench_names.py [--parses N] [FILES...]

Parses the labelled names (default: ../shared/filenames/*.jsonl) repeated to about N parses
(100,000 by default) and prints names/s, plus the ratio against a naive baseline measured in
the same process: one plain `re.findall` over each name. Time is process CPU time (one core),
best of --repeat runs, so other jobs on a shared machine do not lower the figure.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from eval_names import DEFAULT_FILES, default_dir  # noqa: E402

from gallery.names import parse_name  # noqa: E402

FALLBACK_NAMES = (
    "微信图片_20240703093100_副本.jpg",
    "《采茶》周明生  摄于镇江茶博园_副本.jpg",
    "W020241122352983363515.jpg",
    "2019年4月19日,几位爱好紫砂艺术的外国友人在位于江苏省宜兴市丁蜀镇的紫砂艺术家家中,赏玩紫砂壶。朱智辉_副本.jpg",
)
_BASELINE_RE = re.compile(r"\d{8}|[\u4e00-\u9fff]+")


def load_names(files: list[Path]) -> list[str]:
    """File names from labelled JSONL files (a small built-in list when none is found)."""
    names: list[str] = []
    for path in files:
        if path.is_file():
            for line in path.read_text(encoding="utf-8").splitlines():
                if line.strip():
                    names.append(json.loads(line)["filename"])
    return names or list(FALLBACK_NAMES)


def rate(func, names: list[str], parses: int, repeat: int = 1) -> float:
    """Calls of `func` per CPU second over `names` repeated to about `parses` calls (best run)."""
    rounds = max(1, parses // len(names))
    best = 0.0
    for _ in range(repeat):
        start = time.process_time()
        for _ in range(rounds):
            for name in names:
                func(name)
        best = max(best, rounds * len(names) / max(time.process_time() - start, 1e-9))
    return best


def main(argv: list[str] | None = None) -> int:
    """Print parser and baseline throughput."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="*", type=Path)
    parser.add_argument("--parses", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=3, help="runs; the best is reported")
    args = parser.parse_args(argv)
    files = args.files or [default_dir() / f for f in DEFAULT_FILES]
    names = load_names(files)
    if not any(path.is_file() for path in files):
        print(f"no labelled file found ({', '.join(str(p) for p in files[:3])}…): timing the "
              f"{len(FALLBACK_NAMES)} built-in names instead; pass the files to time them", file=sys.stderr)
    rate(parse_name, names, 2_000)  # warm-up
    baseline = rate(_BASELINE_RE.findall, names, args.parses, args.repeat)
    parsed = rate(parse_name, names, args.parses, args.repeat)
    print(f"{len(names)} distinct names, ~{args.parses} parses, best of {args.repeat} (CPU time)")
    print(f"parse_name:          {parsed:>12,.0f} names/s")
    print(f"baseline re.findall: {baseline:>12,.0f} names/s")
    print(f"ratio parse_name/baseline: {parsed / baseline:.3f} (parse_name is {baseline / parsed:.1f}x slower)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
