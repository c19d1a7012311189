"""Combinatorial probe of the caption-credit grammar: does every credit shape read after every joint, for every kind
of name? Names nobody labelled, whose right reading is known by construction.

Usage: python bench/probe_credits.py [--failures N] [--grammar [--samples K] [--seed S] | --contests | --traditional]

Each probe is `sentence + joint + credit` (`孩子们在操场上玩耍（王大卫摄于周庄）.jpg`): four caption sentences that name no
place, twenty-one credit shapes newsrooms write (`X摄`, `摄影：X`, `图／X`, `记者 X 摄`, `X 摄于Y`, `X2020年5月1日摄`,
`某某日报记者 X` …), seven joints (`。`, a space, `（…）`, `(…)`, `。（…）`, `_`, `——`) and seven kinds of name (Han of two
and three characters, a compound surname, Tibetan, Mongolian, Uyghur, a dotted transliteration): 4,116 names. A probe
is right when the title is the sentence (≥ 0.85 similar, as bench/eval_names.py scores it), the photographers are
exactly the name, and the place is the one the credit gives (`摄于Y`) or none. The slash is the full-width `／`: an
ASCII `/` in a file name is a folder.

Prints the share of probes read wrong, then per credit shape, per joint and per kind of name the failures with one
example each. Not a score of real names (bench/eval_names.py is): a measure of how far the grammar composes.

`--grammar` samples instead the caption grammar ../shared/filenames/RULES.md (section 3) says the parser must accept:
`title_part (sep credit) [sep place] [sep phone]`, title_part `《title》`, a title or a sentence closed by 。 or ，; credit
`[agency] [记者|通讯员|摄影] NAME (摄|摄影|供图)`, `（摄影 NAME）`, `作者[:：]NAME` or a bare NAME as the last segment;
place `摄于LOC`, `在LOC`, `位于LOC` or LOC alone; sep any of `- —— — _ + , ， 。 space 、`. K names (default 3,000) drawn with
a fixed seed. A LOC standing alone after a credit may be read as a place or not (the labels read such a segment as
the person's unit or home as often); a bare NAME after a title of two characters, or of two characters after a comma or
、, is left unread (`党员，廉洁`, `古镇晨雾，梅花`) and counted right.

`--contests` composes the contest layouts RULES.md section 1 quotes from published calls (`作品题目+姓名+联系方式`,
`姓名+联系电话+作品名称`, `<组别编号>-<作品名>-<单位><作者>`, `作品名（作者）`, `《作品名》作者` …): fourteen layouts x four
titles x four names (Han, a compound surname, Tibetan) x four units x five separators (`+ - _ space ——`); right when
the title, the photographer and the phone are read and no place is.

`--traditional` composes the credits of Taiwan's and Hong Kong's papers in traditional characters (`（記者X／攝影）`,
`記者X／攝`, `（中央社記者X攝 112年5月1日）`, `圖／X攝`, `（文、攝影：X）`, `圖：記者X攝`, `（記者X翻攝）` …): twenty shapes
x four joints x four names x three sentences; right when the title and the photographer are read.
"""

from __future__ import annotations

import argparse
import difflib
import itertools
import random
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from gallery.names import ParsedName, parse_name  # noqa: E402

SENTENCES = ("孩子们在操场上玩耍", "春耕时节农民忙着插秧", "市民在公园里晨练", "雪后初晴的清晨")
NAMES = {"han3": "王大卫", "han2": "李明", "compound": "欧阳小华", "tibetan": "次仁罗布", "mongolian": "巴特尔",
         "uyghur": "阿依古丽", "dotted": "买买提·吐尔逊"}
PLACE = "周庄"
SHAPES = {  # shape: (credit with {n} for the name, the place the credit gives)
    "N摄": ("{n}摄", None), "N 摄": ("{n} 摄", None), "N／摄": ("{n}／摄", None), "N 供图": ("{n} 供图", None),
    "摄影：N": ("摄影：{n}", None), "摄影 N": ("摄影 {n}", None), "摄影／N": ("摄影／{n}", None), "作者：N": ("作者：{n}", None),
    "图：N": ("图：{n}", None), "图／N": ("图／{n}", None), "图文／N": ("图文／{n}", None), "文／图 N": ("文／图 {n}", None),
    "记者 N 摄": ("记者 {n} 摄", None), "本报记者N摄": ("本报记者{n}摄", None), "通讯员 N 摄": ("通讯员 {n} 摄", None),
    "新华社记者 N 摄": ("新华社记者 {n} 摄", None), "某某日报记者 N": ("江南日报记者 {n}", None),
    "新华网发 N摄": ("新华网发 {n}摄", None), "N2020年5月1日摄": ("{n}2020年5月1日摄", None),
    "N 摄于P": ("{n} 摄于" + PLACE, PLACE), "N摄于P": ("{n}摄于" + PLACE, PLACE),
}
JOINTS = {"。C": "{s}。{c}", " C": "{s} {c}", "（C）": "{s}（{c}）", "(C)": "{s}({c})", "。（C）": "{s}。（{c}）",
          "_C": "{s}_{c}", "——C": "{s}——{c}"}


def probes():
    """(file name, shape, joint, kind of name, sentence, name, place) for every combination."""
    for (shape, (credit, place)), (joint, pattern), (kind, name), sentence in itertools.product(
            SHAPES.items(), JOINTS.items(), NAMES.items(), SENTENCES):
        yield pattern.format(s=sentence, c=credit.format(n=name)) + ".jpg", shape, joint, kind, sentence, name, place


def misreadings(parsed: ParsedName, sentence: str, name: str, place: str | None) -> list[str]:
    """What one parse reads wrong of a probe (empty when all is right)."""
    wrong = []
    if not parsed.title or difflib.SequenceMatcher(None, sentence, parsed.title).ratio() < 0.85:
        wrong.append(f"title {parsed.title!r}")
    if parsed.photographers != [name]:
        wrong.append(f"photographers {parsed.photographers}")
    if parsed.place != place and not (place and parsed.place and place in parsed.place):
        wrong.append(f"place {parsed.place!r}")
    return wrong


class Tally:
    """Counts probes read wrong by each part they were drawn from (`(dimension, value)` keys), keeps one example per
    part, prints up to `failures` wrong probes as they come, and the report at the end."""

    def __init__(self, failures: int) -> None:
        self.names = self.wrong = 0
        self.total: Counter[tuple[str, str]] = Counter()
        self.failed: Counter[tuple[str, str]] = Counter()
        self.example: dict[tuple[str, str], str] = {}
        self.failures = failures

    def add(self, file_name: str, keys: tuple[tuple[str, str], ...], wrong: list[str]) -> None:
        self.names += 1
        self.wrong += bool(wrong)
        for key in keys:
            self.total[key] += 1
            if wrong:
                self.failed[key] += 1
                self.example.setdefault(key, f"{file_name}: {'; '.join(wrong)}")
        if wrong and self.wrong <= self.failures:
            print(f"  {file_name}\n    {'; '.join(wrong)}")

    def report(self, what: str, dims: tuple[str, ...]) -> int:
        print(f"{self.names} {what}, {self.wrong} read wrong ({100.0 * self.wrong / self.names:.1f}%)")
        for dim in dims:
            for key in sorted((k for k in self.failed if k[0] == dim), key=lambda k: -self.failed[k]):
                print(f"  {dim} {key[1]:<16} {self.failed[key]:>4}/{self.total[key]:<4} e.g. {self.example[key]}")
        return 0


GRAMMAR_TITLES = (("《采茶》", "采茶"), ("《秋收》", "秋收"), ("采茶", "采茶"), ("古镇晨雾", "古镇晨雾"),
                  ("孩子们在操场上玩耍。", "孩子们在操场上玩耍"), ("市民在公园里晨练，", "市民在公园里晨练"),
                  ("渔民们收网归来", "渔民们收网归来"))
GRAMMAR_NAMES = ("周明生", "李娜", "欧阳小华", "王建国", "张伟")
AGENCIES = ("", "新华社", "中新社", "人民日报")
ROLES = ("", "记者", "通讯员", "摄影")
VERBS = ("摄", "摄影", "供图")
LOCS = ("镇江茶博园", "北京南站", "杭州西湖", "苏州平江路")
PLACE_FORMS = ("摄于{}", "在{}", "位于{}", "{}")
SEPS = ("-", "——", "—", "_", "+", ",", "，", "。", " ", "、")
PHONES = ("13912345678", "13800001234")


def grammar_probe(rng: random.Random) -> tuple[str, dict]:
    """One name drawn from RULES.md's caption grammar, with what it must read as, and its draw (for the tallies)."""
    title_part, title = rng.choice(GRAMMAR_TITLES)
    name = rng.choice(GRAMMAR_NAMES)
    kind = rng.choice(("verb", "bracket", "author", "bare"))
    credit = {"verb": lambda: rng.choice(AGENCIES) + rng.choice(ROLES) + rng.choice(("", " ")) + name
              + rng.choice(("", " ")) + rng.choice(VERBS),
              "bracket": lambda: f"（摄影 {name}）", "author": lambda: "作者" + rng.choice((":", "：")) + name,
              "bare": lambda: name}[kind]()
    sep = "" if title_part.endswith(("。", "，")) else rng.choice(SEPS)
    text, place, place_kind, phone = title_part + sep + credit, None, "none", None
    if kind != "bare" and rng.random() < 0.5:
        form, place = rng.choice(PLACE_FORMS), rng.choice(LOCS)
        place_kind = form[:-2] or "LOC"
        text += rng.choice(SEPS) + form.format(place)
    if kind != "bare" and rng.random() < 0.3:
        phone = rng.choice(PHONES)
        text += rng.choice(SEPS) + phone
    draw = {"credit": kind, "sep": sep or title_part[-1], "place": place_kind}
    return text + ".jpg", {"title": title, "name": name, "place": place, "phone": phone, "draw": draw}


def grammar_misreadings(parsed: ParsedName, want: dict) -> list[str]:
    if want["draw"]["credit"] == "bare" and len(want["name"]) == 2 and want["draw"]["sep"] in "，,、":
        return []  # a two-character word after a comma is a word as often as a name: left unread by design
    wrong = [w for w in misreadings(parsed, want["title"], want["name"], None) if not w.startswith("place")]
    place, loose = want["place"], want["draw"]["place"] == "LOC"
    if place and not (parsed.place and (place in parsed.place or parsed.place in place)) and not (loose and not parsed.place):
        wrong.append(f"place {parsed.place!r}")
    if not place and parsed.place:
        wrong.append(f"place {parsed.place!r}")
    if (want["phone"] or None) != ("、".join(parsed.phones) or None):
        wrong.append(f"phones {parsed.phones}")
    return wrong


def run_grammar(samples: int, seed: int, failures: int) -> int:
    rng, tally = random.Random(seed), Tally(failures)
    for _ in range(samples):
        file_name, want = grammar_probe(rng)
        tally.add(file_name, tuple(want["draw"].items()), grammar_misreadings(parse_name(file_name), want))
    return tally.report(f"names from RULES.md's grammar (seed {seed})", ("credit", "sep", "place"))


CONTEST_TITLES = ("秋韵", "丰收的喜悦", "晨光中的古镇", "守望")
CONTEST_NAMES = ("周明生", "李娜", "欧阳小华", "次仁罗布")
CONTEST_UNITS = ("宣传部", "后勤管理处", "第一中学", "资产管理部")
CONTEST_SEPS = ("+", "-", "_", " ", "——")
CONTEST_PHONE = "13912345678"
CONTEST_LAYOUTS = {  # (title, name, unit, phone, separator) -> file name
    "题+名+电": lambda t, n, u, p, s: s.join((t, n, p)),
    "名+电+题": lambda t, n, u, p, s: s.join((n, p, t)),
    "题+名": lambda t, n, u, p, s: s.join((t, n)),
    "名+题": lambda t, n, u, p, s: s.join((n, t)),
    "《题》名": lambda t, n, u, p, s: f"《{t}》{n}",
    "《题》+名+电": lambda t, n, u, p, s: s.join((f"《{t}》", n, p)),
    "名《题》": lambda t, n, u, p, s: f"{n}《{t}》",
    "题（名）": lambda t, n, u, p, s: f"{t}（{n}）",
    "题+单位+名+电": lambda t, n, u, p, s: s.join((t, u, n, p)),
    "组-题-单位名": lambda t, n, u, p, s: "-".join(("B05", t, u + n)),
    "组-题-单位 名": lambda t, n, u, p, s: "-".join(("D06", t, u + " " + n)),
    "题+单位+名": lambda t, n, u, p, s: s.join((t, u, n)),
    "作者：名+题": lambda t, n, u, p, s: f"作者：{n}{s}{t}",
    "题+作者：名": lambda t, n, u, p, s: f"{t}{s}作者：{n}",
}


def run_contests(failures: int) -> int:
    tally = Tally(failures)
    for (layout, compose), title, name, unit, sep in itertools.product(
            CONTEST_LAYOUTS.items(), CONTEST_TITLES, CONTEST_NAMES, CONTEST_UNITS, CONTEST_SEPS):
        file_name = compose(title, name, unit, CONTEST_PHONE, sep) + ".jpg"
        parsed = parse_name(file_name)
        wrong = misreadings(parsed, title, name, None)
        if CONTEST_PHONE in file_name and parsed.phones != [CONTEST_PHONE]:
            wrong.append(f"phones {parsed.phones}")
        tally.add(file_name, (("layout", layout), ("sep", sep), ("name", name)), wrong)
    return tally.report("contest names", ("layout", "sep", "name"))


TRAD_SENTENCES = ("民眾在公園裡晨練", "遊客在老街參觀", "學生們在操場上玩耍")
TRAD_NAMES = ("王大衛", "李明", "歐陽小華", "陳怡君")
TRAD_SHAPES = ("（記者{n}／攝影）", "記者{n}／攝", "（記者{n}攝）", "圖／{n}攝", "（圖／{n}攝）", "攝影：{n}", "（攝影／{n}）",
               "（中央社記者{n}攝 112年5月1日）", "{n}／攝", "圖文：{n}", "（圖文／{n}）", "本報記者{n}攝", "（圖：{n}）",
               "（攝：{n}）", "（記者{n}翻攝）", "圖：記者{n}攝", "（文、攝影：{n}）", "（記者{n}攝影）", "攝：{n}", "（{n}攝）")
TRAD_JOINTS = ("。{c}", "{c}", " {c}", "。 {c}")


def run_traditional(failures: int) -> int:
    tally = Tally(failures)
    for shape, joint, name, sentence in itertools.product(TRAD_SHAPES, TRAD_JOINTS, TRAD_NAMES, TRAD_SENTENCES):
        credit = shape.format(n=name)
        if joint == "{c}" and not credit.startswith("（"):
            continue  # a credit glued to the sentence only in brackets
        file_name = sentence + joint.format(c=credit) + ".jpg"
        wrong = [w for w in misreadings(parse_name(file_name), sentence, name, None) if not w.startswith("place")]
        tally.add(file_name, (("shape", shape),), wrong)
    return tally.report("traditional credits", ("shape",))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--failures", type=int, default=0, metavar="N", help="print up to N wrong probes")
    parser.add_argument("--grammar", action="store_true", help="sample RULES.md's caption grammar instead")
    parser.add_argument("--contests", action="store_true", help="compose RULES.md's contest layouts instead")
    parser.add_argument("--traditional", action="store_true", help="compose Taiwan's and Hong Kong's credits instead")
    parser.add_argument("--samples", type=int, default=3000, metavar="K")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)
    if args.grammar:
        return run_grammar(args.samples, args.seed, args.failures)
    if args.contests:
        return run_contests(args.failures)
    if args.traditional:
        return run_traditional(args.failures)
    tally = Tally(args.failures)
    for file_name, shape, joint, kind, sentence, name, place in probes():
        tally.add(file_name, (("shape", shape), ("joint", joint), ("name", kind)),
                  misreadings(parse_name(file_name), sentence, name, place))
    return tally.report("probes", ("shape", "joint", "name"))

if __name__ == "__main__":
    sys.exit(main())
