"""Which scored fields of the labelled names a change fixes or loses: two trees of the project parse every labelled name,
and each field whose rightness differs is printed.

Usage: python bench/compare_names.py OLD_TREE [NEW_TREE] [--blind 48,52,...]

OLD_TREE and NEW_TREE are checkouts of this repository (a `git worktree add /tmp/old <rev>` for the old one; the new one
defaults to this checkout). The names are the shared files' and every bench/data/names_heldout*.jsonl but the sets named
by --blind (never read). Each tree parses in its own process. A field is right by bench/eval_names.py's rules; where the
label and the reading are both empty it is not counted, so a reading that goes from wrong to empty where the label is
empty is a fix (FIX0), and the reverse a loss (LOSE0). Prints one line per changed field, then `fix N lose M`.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

_READ = r'''
import json, sys
sys.path.insert(0, sys.argv[1]); sys.path.insert(0, sys.argv[2])
from gallery.names import parse_name
from eval_names import FIELDS, got_value, is_right
out = {}
for path in json.loads(sys.argv[3]):
    for line in open(path, encoding="utf-8"):
        if line.strip():
            row = json.loads(line)
            parsed = parse_name(row["filename"])
            out[path.rsplit("/", 1)[-1] + "|" + row["filename"]] = {
                k: [got_value(parsed, k), is_right(k, row["expected"], got_value(parsed, k)), row["expected"].get(k)]
                for k in FIELDS}
print(json.dumps(out, ensure_ascii=False))
'''


def readings(tree: Path, files: list[str]) -> dict:
    done = subprocess.run([sys.executable, "-c", _READ, str(tree), str(ROOT / "bench"), json.dumps(files)],
                          capture_output=True, text=True, check=True)
    return json.loads(done.stdout)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("old", type=Path)
    parser.add_argument("new", type=Path, nargs="?", default=ROOT)
    parser.add_argument("--blind", default="", help="comma-separated held-out set numbers never to read")
    args = parser.parse_args(argv)
    sys.path.insert(0, str(ROOT / "bench"))
    from eval_names import labelled_files  # noqa: PLC0415  (bench's own module)

    files = [str(p) for p in labelled_files(args.blind)]
    old, new = readings(args.old, files), readings(args.new, files)
    fixed = lost = 0
    for key in old:
        for field, (was, was_right, want) in old[key].items():
            now, now_right, _ = new[key][field]
            if was == now:
                continue
            counted_before, counted_now = not (want is None and was is None), not (want is None and now is None)
            tag = "FIX " if now_right and not was_right else "LOSE" if was_right and not now_right else "same"
            if tag == "same" and counted_before and not counted_now:
                tag = "FIX0"
            elif tag == "same" and counted_now and not counted_before:
                tag = "LOSE0"
            fixed += tag.startswith("FIX")
            lost += tag.startswith("LOSE")
            print(tag, field, repr(was), "->", repr(now), "| want", repr(want), "|", key[:90])
    print(f"fix {fixed} lose {lost}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
