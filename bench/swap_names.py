"""Metamorphic check by substitution: does a right parse stay right when a labelled name's photographer, short title or
city is swapped for another of the same kind?

Usage: python bench/swap_names.py [--blind 48,52,...] [--failures N] [FILES...]

Takes every labelled row (default: the shared files and every bench/data/names_heldout*.jsonl but the sets named by
--blind) that `parse_name` reads fully right under bench/eval_names.py's rules, and swaps, where the label's value
stands once in the name:
- the photographer for other names of the same length (李娜, 王建国, 欧阳小华 …);
- a title of two to six characters standing alone (in 《》 or between separators) for other titles (秋韵, 故乡的河 …);
- a city that is the whole place for other cities of the same length (杭州 ↔ 成都, 哈尔滨 ↔ 石家庄).
The label changes the same way. Prints, per kind, the share of swapped names still read fully right, and up to N
failures. A rule that reads a layout only for the words the sample happened to hold shows here (session 11 found the
rarer-surname contest layouts giving up on titles led by a surname's character, 丰收时节).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from eval_names import FIELDS, got_value, is_right, labelled_files  # noqa: E402

from gallery.names import parse_name  # noqa: E402

NAMES = {2: ("李娜", "张伟", "王芳", "刘洋"), 3: ("王建国", "陈晓明", "周明生", "吴海燕"), 4: ("欧阳小华", "司马青云")}
TITLES = ("秋韵", "晨曦", "故乡的河", "丰收时节")
CITIES = {2: ("杭州", "成都", "西宁", "洛阳"), 3: ("哈尔滨", "石家庄", "景德镇")}


def right(expected: dict, parsed) -> bool:
    return all((expected.get(k) is None and got_value(parsed, k) is None) or is_right(k, expected, got_value(parsed, k))
               for k in FIELDS)


def swaps(name: str, expected: dict):
    """(kind, new name, new label) for each swap the row allows."""
    person, title, place = expected.get("photographer"), expected.get("title"), expected.get("place")
    if person and "、" not in person and name.count(person) == 1 and len(person) in NAMES \
            and not (title and person in title):
        for other in NAMES[len(person)]:
            if other != person:
                yield "photographer", name.replace(person, other), dict(expected, photographer=other)
    if title and 2 <= len(title) <= 6 and name.count(title) == 1 and not (place and place in title) and (
            f"《{title}》" in name or re.search(r"(^|[-_+ ])" + re.escape(title) + r"($|[-_+ .])", name)):
        for other in TITLES:
            yield "title", name.replace(title, other), dict(expected, title=other)
    if place and len(place) in CITIES and name.count(place) == 1 and not (title and place in title):
        for other in CITIES[len(place)]:
            if other != place:
                yield "city", name.replace(place, other), dict(expected, place=other, place_alternatives=[])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="*", type=Path)
    parser.add_argument("--blind", default="", help="comma-separated held-out set numbers never to read")
    parser.add_argument("--failures", type=int, default=0, metavar="N")
    args = parser.parse_args(argv)
    files = args.files or labelled_files(args.blind)
    tally: Counter[tuple[str, bool]] = Counter()
    shown = 0
    for path in files:
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            row = json.loads(line)
            if not right(row["expected"], parse_name(row["filename"])):
                continue
            for kind, name, expected in swaps(row["filename"], row["expected"]):
                ok = right(expected, parse_name(name))
                tally[kind, ok] += 1
                if not ok and shown < args.failures:
                    shown += 1
                    print(f"  {kind}: {name}")
    for kind in ("photographer", "title", "city"):
        total = tally[kind, True] + tally[kind, False]
        if total:
            print(f"{kind:<13} {100.0 * tally[kind, True] / total:5.1f}% still right ({tally[kind, True]}/{total})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
