"""Generate gallery/data/t2s.txt: traditional → simplified Chinese, one character to one.

Usage: python bench/make_t2s.py [--out PATH]

Source: OpenCC's ``t2s`` conversion (the ``opencc-python-reimplemented`` package, Apache 2.0),
run over every CJK character one a line, so its phrase rules never join neighbours; a character
that becomes a different single character is kept. Building the table at run time took about
0.6 s of CPU in every process that folds text (each ``gallery`` command, each web process);
reading the generated file takes about 2 ms, and OpenCC is not needed at run time.

Each output line is two characters: the traditional one, then the simplified one.
"""

from __future__ import annotations

import argparse
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "gallery" / "data" / "t2s.txt"
RANGES = ((0x3400, 0xA000), (0xF900, 0xFB00))  # CJK extension A and unified ideographs, compatibility


def table() -> dict[str, str]:
    from opencc import OpenCC

    chars = [chr(c) for start, end in RANGES for c in range(start, end)]
    converted = OpenCC("t2s").convert("\n".join(chars)).split("\n")
    if len(converted) != len(chars):
        raise SystemExit("OpenCC joined lines: its output cannot be read one character a line")
    return {a: b for a, b in zip(chars, converted, strict=True) if a != b and len(b) == 1}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    pairs = table()
    args.out.write_text("".join(f"{a}{b}\n" for a, b in sorted(pairs.items())), encoding="utf-8")
    print(f"{len(pairs)} characters written to {args.out}")


if __name__ == "__main__":
    main()
