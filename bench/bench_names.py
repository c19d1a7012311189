"""Names per second for gallery.names.parse_name on one core.

Usage: python bench/bench_names.py [--parses N] [FILES...]

Parses the labelled names (default: ../shared/filenames/*.jsonl) repeated to about N parses
(100,000 by default) and prints names/s, plus the ratio against a naive baseline measured in
the same process: one plain `re.findall` over each name, then names/s for each file alone (a long
news caption costs several times a device's name). Time is process CPU time (one core),
best of --repeat runs, so other jobs on a shared machine do not lower the figure.

The parser timed is the installed one (the source tree's when gallery is not installed). When it
is compiled (`GALLERY_COMPILE=1 pip install .`, see setup.py), the source tree's plain modules
are loaded beside it and timed too, and the two are checked to read every name the same.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
try:  # the installed parser, compiled or not (imported before eval_names, which puts the source tree first)
    import gallery.names.parse as installed
except ImportError:  # not installed: the source tree's
    sys.path.insert(0, str(ROOT))
    import gallery.names.parse as installed
parse_name = installed.parse_name
COMPILED = not installed.__file__.endswith(".py")

sys.path.insert(0, str(Path(__file__).resolve().parent))
from eval_names import DEFAULT_FILES, default_dir  # noqa: E402

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
    plain = load_plain_parser() if COMPILED else None
    rate(parse_name, names, 2_000)  # warm-up
    baseline = rate(_BASELINE_RE.findall, names, args.parses, args.repeat)
    parsed = rate(parse_name, names, args.parses, args.repeat)
    print(f"{len(names)} distinct names, ~{args.parses} parses, best of {args.repeat} (CPU time)")
    print(f"parse_name ({'compiled' if COMPILED else 'plain Python'}, {Path(installed.__file__).parent}):")
    print(f"parse_name:          {parsed:>12,.0f} names/s")
    print(f"baseline re.findall: {baseline:>12,.0f} names/s")
    print(f"ratio parse_name/baseline: {parsed / baseline:.3f} (parse_name is {baseline / parsed:.1f}x slower)")
    parts = [(path, load_names([path])) for path in files if path.is_file()]
    if len(parts) > 1:  # the kinds of name differ in cost: a long news caption costs several device names
        for path, part in parts:
            print(f"  {path.name:<28} {len(part):>4} names {rate(parse_name, part, args.parses // 2, args.repeat):>10,.0f} names/s")
    if plain is not None:
        rate(plain, names, 2_000)
        plain_rate = rate(plain, names, args.parses, args.repeat)
        same = sum(parse_name(n).as_dict() == plain(n).as_dict() for n in names)
        print(f"plain Python (the source tree's modules): {plain_rate:>12,.0f} names/s; "
              f"compiled/plain {parsed / plain_rate:.2f}")
        print(f"compiled and plain read {same} of {len(names)} names the same"
              + ("" if same == len(names) else " — the install is stale or the compiler changed a reading"))
    return 0


def load_plain_parser():
    """The source tree's gallery/names as plain Python, under a name of its own beside the installed
    package (its modules import each other relatively, and find gallery/data from their own path)."""
    package = ROOT / "gallery" / "names"
    spec = importlib.util.spec_from_file_location(
        "_plain_gallery_names", package / "__init__.py", submodule_search_locations=[str(package)])
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module.parse_name


if __name__ == "__main__":
    raise SystemExit(main())
