"""Experiment (gallery issue 3): does a character-level CRF trained on our own labelled names help
the rule-based file-name parser (gallery.names) on sets it has never seen?

Usage: nice -n 19 python bench/crf_names.py [--shared DIR] [--folds 5] [--out FILE]
Needs python-crfsuite (`pip install python-crfsuite`), which the product does not depend on: the CRF is an
experiment kept with its figures (bench/README_names.md, "A statistical tagger beside the rules"), not part of the parser.

What it does
  1. Labels -> character spans. For every labelled name (stem, without extension) the label's title,
     photographer(s), place and date-as-written are looked up as exact substrings (then in the
     traditional->simplified mapped stem, gallery/data/t2s.txt); a field whose label is no substring
     is skipped and counted. BIO tags per character, in two taggers so that nested spans survive
     (a caption's place sits inside its title): TITLE (T) and ENTITY (P photographer, L place,
     D date as written).
  2. Features per character: the character, neighbours +-2, bigrams, character class, surname
     tables of the parser, gazetteer spans (names_divisions / names_sights), place-suffix character,
     credit words nearby, and the rule parser's own answer (inside its title / photographer / place
     span, with the rule's confidence bucket): the CRF can learn when to trust the rules.
  3. Leave-sets-out evaluation with bench/eval_names.py's scoring: split A trains on the shared
     files + sets 1-30 and tests on 31-34; split B trains on everything but 26-29 and tests on them.
     Compared: rules alone, CRF alone (title/photographer/place from the CRF, date/time/phone from
     the rules, which it does not normalise), hybrid A (fill a field the rules leave empty from the
     CRF when its span probability >= t), hybrid B (hybrid A, and the CRF also overrides the rules'
     place / photographer when it disagrees with probability >= t). The threshold t is chosen on the
     TRAINING sets only (out-of-fold predictions of a grouped k-fold over the training files); the
     test figures are computed once, with that t.
     Every CRF is also trained without the rule-answer features ("CRF0"; hybrids A0 / B0, t chosen the
     same way) -- a variant added after the first figures showed the CRF with them copies the rules.
     --splits dated (with CRF_RULES_ROOT=<a checkout of a05cc2b>): the rules as they were before sets
     26-34 existed, the CRFs trained on the shared files + sets 1-25, tested on 26-34 -- the one split
     where no test set was tuned on by the rules.
  4. Speed of the rules, of the CRF per call, and of the hybrid on the shared files.

Result (REPORT in /tmp/p/crf/REPORT.md): the specified CRF and hybrids A/B change almost nothing; CRF0 as a
p >= 0.98 filler of empty fields helps on never-tuned names, but costs ~4 rules parses per call.

Sets 35-37 (blind sets being built) are never read.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

import pycrfsuite

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))
# CRF_RULES_ROOT=<checkout>: take gallery.names (the rules, their tables and data) from an older checkout,
# e.g. a05cc2b, the parser before sets 26-34 existed (the "dated" split)
if os.environ.get("CRF_RULES_ROOT"):
    sys.path.insert(0, os.environ["CRF_RULES_ROOT"])

# gallery.names first: eval_names, which puts this checkout first on sys.path, then finds it already loaded
# isort: off
from gallery import names  # noqa: E402
from gallery.names import lexicon as N  # noqa: E402  (the parser's tables: surnames, gazetteer)
from gallery.names import parse_name  # noqa: E402

import eval_names  # noqa: E402
from eval_names import FIELDS, got_value, is_right  # noqa: E402
# isort: on

DATA = ROOT / "bench" / "data"
SHARED_FILES = ("seed.jsonl", "labelled.jsonl", "captions.jsonl")
TEXT_FIELDS = ("title", "photographer", "place")
THRESHOLDS = (0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 0.98)


# ---------------------------------------------------------------------------------------------
# Data
# ---------------------------------------------------------------------------------------------

BLIND_SETS: frozenset[int] = frozenset()  # set only by --splits blind (the one confirmatory test)


def set_path(n: int) -> Path:
    assert 1 <= n <= 34 or n in BLIND_SETS, "sets 35-37 are blind and read only by --splits blind"
    return DATA / ("names_heldout.jsonl" if n == 1 else f"names_heldout{n}.jsonl")


def load(path: Path, group: str) -> list[dict]:
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            rec = json.loads(line)
            rows.append({"filename": rec["filename"], "expected": rec["expected"], "group": group})
    return rows


def _t2s_table() -> dict[int, str]:
    table = {}
    for line in (ROOT / "gallery" / "data" / "t2s.txt").read_text(encoding="utf-8").splitlines():
        if len(line) == 2 and not line.startswith("#"):
            table[ord(line[0])] = line[1]
    return table


T2S = _t2s_table()


def stem_of(filename: str, parsed) -> str:
    ext = parsed.extension
    if ext and filename.lower().endswith("." + ext.lower()):
        return filename[: -len(ext) - 1]
    return filename


def find_span(stem: str, simp: str, value: str, taken: set[int]) -> tuple[int, int] | None:
    """First occurrence of `value` in the stem (or its simplified form) not overlapping `taken`."""
    if not value:
        return None
    for text, val in ((stem, value), (simp, value.translate(T2S))):
        start = text.find(val)
        while start >= 0:
            span = range(start, start + len(val))
            if not taken.intersection(span):
                return start, start + len(val)
            start = text.find(val, start + 1)
    return None


def split_names(value: str | None) -> list[str]:
    return [n.strip() for n in re.split(r"[、,，;；]", value or "") if n.strip()]


def date_forms(day: str) -> list[str]:
    """Ways a labelled YYYY-MM-DD (or YYYY-MM, YYYY) may be written in a name."""
    parts = day.split("-")
    y = parts[0]
    if len(parts) == 1:
        return [y + "年", y]
    m = parts[1]
    mi = str(int(m))
    if len(parts) == 2:
        return [f"{y}年{mi}月", f"{y}年{m}月", f"{y}-{m}", f"{y}.{m}", f"{y}{m}", f"{y}_{m}", f"{y}.{mi}"]
    d = parts[2]
    di = str(int(d))
    forms = [f"{y}年{mi}月{di}日", f"{y}年{m}月{d}日", f"{y}{m}{d}", f"{y}-{m}-{d}", f"{y}_{m}_{d}",
             f"{y}.{m}.{d}", f"{y}.{mi}.{di}", f"{y}-{mi}-{di}", f"{y}/{m}/{d}", f"{y} {m} {d}",
             f"{y[2:]}{m}{d}", f"{y[2:]}.{m}.{d}", f"{y[2:]}-{m}-{d}", f"{mi}月{di}日", f"{m}月{d}日",
             f"{mi}.{di}", f"{m}{d}"]
    return forms


def gold_tags(stem: str, expected: dict, stats: Counter) -> tuple[list[str], list[str]]:
    """BIO tags for the title tagger and the entity tagger, from the label."""
    simp = stem.translate(T2S)
    title_tags = ["O"] * len(stem)
    ent_tags = ["O"] * len(stem)

    def mark(tags: list[str], span: tuple[int, int], label: str) -> None:
        tags[span[0]] = "B-" + label
        for i in range(span[0] + 1, span[1]):
            tags[i] = "I-" + label

    title = expected.get("title")
    if title:
        span = find_span(stem, simp, title, set())
        stats["title labelled"] += 1
        if span:
            mark(title_tags, span, "T")
        else:
            stats["title not a substring"] += 1
    taken: set[int] = set()
    people = split_names(expected.get("photographer"))
    for person in people:
        stats["photographer labelled"] += 1
        span = find_span(stem, simp, person, taken)
        if span:
            mark(ent_tags, span, "P")
            taken.update(range(*span))
        else:
            stats["photographer not a substring"] += 1
    place = expected.get("place")
    if place:
        stats["place labelled"] += 1
        span = find_span(stem, simp, place, taken)
        if span is None:  # a place the labeller joined from two parts (`杭州 西湖`): tag the parts
            parts = [p for p in place.split() if p]
            spans = [find_span(stem, simp, p, taken) for p in parts] if len(parts) > 1 else [None]
            if all(spans):
                for s in spans:
                    mark(ent_tags, s, "L")
                    taken.update(range(*s))
                span = spans[0]
            else:
                stats["place not a substring"] += 1
        else:
            mark(ent_tags, span, "L")
            taken.update(range(*span))
    day = expected.get("date")
    if day:
        stats["date labelled"] += 1
        for form in date_forms(day):
            span = find_span(stem, simp, form, taken)
            if span:
                mark(ent_tags, span, "D")
                taken.update(range(*span))
                break
        else:
            stats["date: no written form found"] += 1
    return title_tags, ent_tags


# ---------------------------------------------------------------------------------------------
# Features
# ---------------------------------------------------------------------------------------------

def _gazetteer_index() -> tuple[dict[str, bool], int]:
    words: dict[str, bool] = {}
    for w in N._DIVISIONS | N._SIGHTS:
        if len(w) >= 2:
            words[w] = w in N._DIVISION_AMBIGUOUS or w in N._SIGHTS_AMBIGUOUS
    return words, max(len(w) for w in words)


GAZ, GAZ_MAX = _gazetteer_index()
PLACE_SUFFIX = frozenset("省市县区镇乡村街路巷山湖河江海岛寺庙园馆桥塔宫阁楼峰岭谷湾港洲滩溪泉潭池坝站场")
CREDIT_WORDS = ("摄影", "供图", "记者", "作者", "通讯员", "拍摄", "摄于", "摄", "图/", "图：", "作品")
SURNAMES = N._SINGLE_SURNAMES
COMMON = N._COMMON_SURNAMES
COMPOUND = N._COMPOUND_SURNAMES


def char_class(c: str) -> str:
    o = ord(c)
    if 0x4E00 <= o <= 0x9FFF or 0x3400 <= o <= 0x4DBF or o >= 0x20000:
        return "H"
    if c.isdigit():
        return "D"
    if c.isascii() and c.isalpha():
        return "L"
    if c.isspace():
        return "S"
    return "P"


def gazetteer_marks(text: str) -> list[str]:
    """'' / 'G' (inside a gazetteer place) / 'g' (inside an ambiguous one only), longest match first."""
    marks = [""] * len(text)
    i = 0
    while i < len(text):
        best = 0
        amb = False
        for L in range(min(GAZ_MAX, len(text) - i), 1, -1):
            a = GAZ.get(text[i:i + L])
            if a is not None:
                best, amb = L, a
                break
        if best:
            for k in range(i, i + best):
                marks[k] = "g" if amb else "G"
            i += best
        else:
            i += 1
    return marks


def credit_positions(text: str) -> list[int]:
    pos = []
    for w in CREDIT_WORDS:
        start = text.find(w)
        while start >= 0:
            pos.append(start)
            start = text.find(w, start + 1)
    return pos


def rule_marks(stem: str, parsed) -> dict[str, list[str]]:
    """Per character: is it inside the parser's title / photographer / place (with confidence bucket)?"""
    simp = stem.translate(T2S)
    out = {}
    for field, values in (("title", [parsed.title]), ("photographer", parsed.photographers),
                          ("place", (parsed.place or "").split() if parsed.place else [])):
        marks = [""] * len(stem)
        ev = parsed.evidence.get(field)
        bucket = "h" if ev and ev.confidence >= 0.8 else "m" if ev and ev.confidence >= 0.6 else "l"
        whole = find_span(stem, simp, parsed.place, set()) if field == "place" and parsed.place else None
        spans = [whole] if whole else [find_span(stem, simp, v, set()) for v in values if v]
        for span in spans:
            if span:
                marks[span[0]] = "B" + bucket
                for k in range(span[0] + 1, span[1]):
                    marks[k] = "I" + bucket
        out[field] = marks
    return out


def features(stem: str, parsed) -> list[list[str]]:
    simp = stem.translate(T2S)
    n = len(simp)
    cls = [char_class(c) for c in simp]
    gaz = gazetteer_marks(simp)
    credits = credit_positions(simp)
    rules = rule_marks(stem, parsed)
    pad = ["^2", "^1"] + list(simp) + ["$1", "$2"]
    seq = []
    for i, c in enumerate(simp):
        j = i + 2
        f = [
            "c=" + c, "c-1=" + pad[j - 1], "c+1=" + pad[j + 1], "c-2=" + pad[j - 2], "c+2=" + pad[j + 2],
            "b-=" + pad[j - 1] + c, "b+=" + c + pad[j + 1], "bx=" + pad[j - 1] + pad[j + 1],
            "k=" + cls[i], "k3=" + (cls[i - 1] if i else "^") + cls[i] + (cls[i + 1] if i + 1 < n else "$"),
        ]
        if c in SURNAMES:
            f.append("sur")
        if c in COMMON:
            f.append("sur_common")
        if simp[i:i + 2] in COMPOUND:
            f.append("sur2")
        if gaz[i]:
            f.append("gaz=" + gaz[i])
        if c in PLACE_SUFFIX:
            f.append("psuf")
        for p in credits:
            d = p - i
            if 0 < d <= 4:
                f.append(f"credit_right{min(d, 3)}")
            elif -4 <= d < 0:
                f.append("credit_left")
            elif d == 0:
                f.append("credit_here")
        for field, tag in (("title", "rT"), ("photographer", "rP"), ("place", "rL")):
            m = rules[field][i]
            if m:
                f.append(f"{tag}={m}")
                f.append(f"{tag}")
        f.append("rel=" + ("start" if i == 0 else "end" if i == n - 1 else "mid"))
        seq.append(f)
    return seq


# ---------------------------------------------------------------------------------------------
# Training and decoding
# ---------------------------------------------------------------------------------------------

RULE_FEATURES = ("rT", "rP", "rL")


def prepare(rows: list[dict], stats: Counter) -> None:
    for row in rows:
        parsed = parse_name(row["filename"])
        row["parsed"] = parsed
        row["stem"] = stem_of(row["filename"], parsed)
        row["x"] = features(row["stem"], parsed)
        row["x0"] = [[f for f in fs if not f.startswith(RULE_FEATURES)] for fs in row["x"]]  # "bare" CRF
        row["y_title"], row["y_ent"] = gold_tags(row["stem"], row["expected"], stats)


def train(rows: list[dict], key: str, path: str, xkey: str = "x") -> None:
    trainer = pycrfsuite.Trainer(verbose=False)
    for row in rows:
        if row[xkey]:
            trainer.append(row[xkey], row[key])
    trainer.set_params({"c1": 0.05, "c2": 0.01, "max_iterations": 150,
                        "feature.possible_transitions": True})
    trainer.train(path)


def spans_of(tags: list[str], label: str) -> list[tuple[int, int]]:
    out, start = [], None
    for i, t in enumerate(tags + ["O"]):
        if start is not None and t != "I-" + label:
            out.append((start, i))
            start = None
        if t == "B-" + label or (t == "I-" + label and start is None):
            start = i
    return out


def span_prob(tagger: pycrfsuite.Tagger, tags: list[str], span: tuple[int, int]) -> float:
    return min(tagger.marginal(tags[i], i) for i in range(*span))


def crf_answer(t_tagger, e_tagger, row: dict, xkey: str = "x") -> dict[str, tuple[str | None, float]]:
    """The CRF's title / photographer / place, each with its probability (min marginal over its span)."""
    stem, x = row["stem"], row[xkey]
    out: dict[str, tuple[str | None, float]] = {f: (None, 0.0) for f in TEXT_FIELDS}
    if not x:
        return out
    tags = t_tagger.tag(x)
    sp = spans_of(tags, "T")
    if sp:
        best = max(sp, key=lambda s: s[1] - s[0])
        out["title"] = (stem[best[0]:best[1]].strip() or None, span_prob(t_tagger, tags, best))
    tags = e_tagger.tag(x)
    people = spans_of(tags, "P")
    if people:
        names = []
        for s in people:
            v = stem[s[0]:s[1]].strip()
            if v and v not in names:
                names.append(v)
        if names:
            out["photographer"] = ("、".join(names), min(span_prob(e_tagger, tags, s) for s in people))
    places = spans_of(tags, "L")
    if places:
        scored = [(span_prob(e_tagger, tags, s), s) for s in places]
        p, s = max(scored)
        v = stem[s[0]:s[1]].strip()
        if v:
            out["place"] = (v, p)
    return out


def predict(rows: list[dict], t_model: str, e_model: str, xkey: str, outkey: str) -> None:
    t_tagger, e_tagger = open_taggers((t_model, e_model))
    for row in rows:
        row[outkey] = crf_answer(t_tagger, e_tagger, row, xkey)


def fit_predict(train_rows: list[dict], test_rows: list[dict], tmp: Path, tag: str) -> tuple[str, str]:
    """Train both CRFs (with the rules' answer as features: x -> crf; without: x0 -> crf0) and tag test_rows."""
    for xkey, outkey in (("x0", "crf0"), ("x", "crf")):
        t_model, e_model = str(tmp / f"{tag}.{outkey}.title.crf"), str(tmp / f"{tag}.{outkey}.ent.crf")
        train(train_rows, "y_title", t_model, xkey)
        train(train_rows, "y_ent", e_model, xkey)
        predict(test_rows, t_model, e_model, xkey, outkey)
    return t_model, e_model  # the models with rule features


# ---------------------------------------------------------------------------------------------
# Systems and scoring (eval_names' rules)
# ---------------------------------------------------------------------------------------------

def rule_values(row: dict) -> dict[str, str | None]:
    return {f: got_value(row["parsed"], f) for f in FIELDS}


def same(field: str, a: str | None, b: str | None) -> bool:
    if field == "photographer":
        return set(split_names(a)) == set(split_names(b))
    return (a or None) == (b or None)


def system(row: dict, kind: str, t: float = 0.0) -> dict[str, str | None]:
    """kind: rules | crf | A | B, and crf0 | A0 | B0 with the CRF trained without the rule-answer features."""
    values = rule_values(row)
    if kind == "rules":
        return values
    crf = row["crf0"] if kind.endswith("0") else row["crf"]
    kind = kind.rstrip("0")
    if kind == "crf":
        for f in TEXT_FIELDS:
            values[f] = crf[f][0]
        return values
    for f in TEXT_FIELDS:
        v, p = crf[f]
        if v is None or p < t:
            continue
        if values[f] is None:  # hybrid A and B: fill an empty field
            values[f] = v
        elif kind == "B" and f in ("place", "photographer") and not same(f, values[f], v):
            values[f] = v  # hybrid B: override on disagreement
    return values


def verdict(f: str, exp: dict, before: str | None, after: str | None) -> str:
    """right: the change turns a miss into a right answer; wrong: a right answer into a miss, or adds an
    answer where label and rules had none (a new counted miss); neutral: otherwise."""
    was = before is not None and is_right(f, exp, before)
    now = after is not None and is_right(f, exp, after)
    if now and not was:
        return "right"
    if (was and not now) or (before is None and exp.get(f) is None and after is not None):
        return "wrong"
    return "neutral"


def score(rows: list[dict], kind: str, t: float = 0.0) -> dict:
    right, counted = Counter(), Counter()
    changed = Counter()
    for row in rows:
        exp = row["expected"]
        base = rule_values(row) if kind not in ("rules",) else None
        vals = system(row, kind, t)
        for f in FIELDS:
            got, want = vals[f], exp.get(f)
            if want is None and got is None:
                ok = None
            else:
                counted[f] += 1
                ok = is_right(f, exp, got)
                right[f] += ok
            if base is not None and not same(f, base[f], got):
                changed["changed"] += 1
                changed[verdict(f, exp, base[f], got)] += 1
                was = base[f] is not None and is_right(f, exp, base[f])
                now = got is not None and is_right(f, exp, got)
                if now == was and f in ("title", "place"):  # neither: does the answer now equal the label exactly?
                    changed["exact+"] += got == exp.get(f) and base[f] != exp.get(f)
                    changed["exact-"] += got != exp.get(f) and base[f] == exp.get(f)
        if base is not None and any(not same(f, base[f], vals[f]) for f in FIELDS):
            changed["names"] += 1
    return {"right": right, "counted": counted, "changed": changed}


def pct(r: int, c: int) -> str:
    return f"{100.0 * r / c:.1f}" if c else "n/a"


def overall(s: dict) -> float:
    c = sum(s["counted"].values())
    return sum(s["right"].values()) / c if c else 0.0


def row_line(label: str, s: dict) -> str:
    cells = [f"{pct(s['right'][f], s['counted'][f])} ({s['right'][f]}/{s['counted'][f]})" for f in FIELDS[:3]]
    tr, tc = sum(s["right"].values()), sum(s["counted"].values())
    ch = s["changed"]
    change = (f"{ch['names']} names / {ch['changed']} fields: +{ch['right']} -{ch['wrong']} ={ch['neutral']}"
              f" (exact label +{ch['exact+']} -{ch['exact-']})") if ch else "-"
    return f"| {label} | " + " | ".join(cells) + f" | {pct(tr, tc)} ({tr}/{tc}) | {change} |"


# ---------------------------------------------------------------------------------------------
# Experiment
# ---------------------------------------------------------------------------------------------

def grouped_folds(rows: list[dict], k: int) -> list[list[dict]]:
    """k folds of whole files (groups), balanced by size."""
    groups: dict[str, list[dict]] = {}
    for r in rows:
        groups.setdefault(r["group"], []).append(r)
    folds: list[list[dict]] = [[] for _ in range(k)]
    for g in sorted(groups, key=lambda g: -len(groups[g])):
        min(folds, key=len).extend(groups[g])
    return folds


def change_lines(rows: list[dict], kind: str, t: float) -> list[str]:
    lines = []
    for row in rows:
        base, vals = rule_values(row), system(row, kind, t)
        for f in TEXT_FIELDS:
            if not same(f, base[f], vals[f]):
                exp = row["expected"]
                mark = {"right": "+", "wrong": "-", "neutral": "="}[verdict(f, exp, base[f], vals[f])]
                lines.append(f"    {mark} {row['group']} `{names.redact_phones(row['filename'])}` {f}: "
                             f"rules {base[f]!r} -> {vals[f]!r} (label {exp.get(f)!r})")
    return lines


def run_split(name: str, train_rows: list[dict], test_rows: list[dict], k: int, tmp: Path, out: list[str],
              subsets: dict[str, set[str]] | None = None) -> dict:
    t0 = time.time()
    # 1. choose t on the training sets: out-of-fold CRF answers, grouped by file
    folds = grouped_folds(train_rows, k)
    for i, fold in enumerate(folds):
        rest = [r for j, f in enumerate(folds) if j != i for r in f]
        fit_predict(rest, fold, tmp, f"{name}.cv{i}")
    cv_lines = []
    chosen = {}
    for kind in ("A", "B", "A0", "B0"):
        best = None
        for t in THRESHOLDS:
            o = overall(score(train_rows, kind, t))
            cv_lines.append(f"  hybrid {kind} t={t}: {100 * o:.2f}% (training, out-of-fold)")
            if best is None or o > best[0] + 1e-12:
                best = (o, t)
        chosen[kind] = best[1]
    base_cv = overall(score(train_rows, "rules"))
    crf_cv = overall(score(train_rows, "crf"))
    crf0_cv = overall(score(train_rows, "crf0"))
    # 2. final models on all training sets, test figures once
    t_model, e_model = fit_predict(train_rows, test_rows, tmp, f"{name}.final")
    out.append(f"\n### Split {name}: train {len(train_rows)} names, test {len(test_rows)} names "
               f"({time.time() - t0:.0f}s)\n")
    out.append(f"Cross-validation inside the training sets ({k} folds of whole files): rules {100 * base_cv:.2f}%, "
               f"CRF alone {100 * crf_cv:.2f}%, CRF without rule features {100 * crf0_cv:.2f}%")
    out.extend(cv_lines)
    out.append(f"Chosen on training: hybrid A t={chosen['A']}, hybrid B t={chosen['B']}; with the CRF without "
               f"rule features: A0 t={chosen['A0']}, B0 t={chosen['B0']}\n")
    out.append("| system (test sets) | title | photographer | place | overall (all 6 fields) | changes vs rules (+right −wrong =neither) |")
    out.append("|---|---|---|---|---|---|")
    systems = (("rules alone", "rules", 0), ("CRF alone (title/photographer/place)", "crf", 0),
               (f"hybrid A (fill empty, t={chosen['A']})", "A", chosen["A"]),
               (f"hybrid B (fill + override place/photographer, t={chosen['B']})", "B", chosen["B"]),
               ("CRF0 alone (no rule-answer features)", "crf0", 0),
               (f"hybrid A0 (CRF0 fills empty, t={chosen['A0']})", "A0", chosen["A0"]),
               (f"hybrid B0 (CRF0 fills + overrides, t={chosen['B0']})", "B0", chosen["B0"]))
    results = {}
    for label, kind, t in systems:
        s = score(test_rows, kind, t)
        results[kind] = s
        out.append(row_line(label, s))
    for label, groups in (subsets or {}).items():
        sub = [r for r in test_rows if r["group"] in groups]
        out.append(f"| **{label}** ({len(sub)} names) | | | | | |")
        for lab, kind, t in systems:
            out.append(row_line(lab, score(sub, kind, t)))
    for kind in ("A", "B", "A0", "B0"):
        lines = change_lines(test_rows, kind, chosen[kind])
        out.append(f"\nHybrid {kind} changes on the test sets ({len(lines)}):")
        out.extend(lines)
    for f in FIELDS[3:]:
        s = results["rules"]
        out.append(f"  (rules' {f}: {pct(s['right'][f], s['counted'][f])} ({s['right'][f]}/{s['counted'][f]}), same in every system)")
    return {"models": (t_model, e_model), "chosen": chosen}


def open_taggers(models: tuple[str, str]) -> tuple[pycrfsuite.Tagger, pycrfsuite.Tagger]:
    t_tagger, e_tagger = pycrfsuite.Tagger(), pycrfsuite.Tagger()
    t_tagger.open(models[0])
    e_tagger.open(models[1])
    return t_tagger, e_tagger


def time_fill(rows: list[dict], call) -> dict:
    """The speed method both hybrids are measured by: the rules over the names x reps, the hybrid that calls
    `call(stem, parsed)` when any of title/photographer/place is empty, one call alone (parse excluded), and
    how often a narrower gate (CJK text, the rules found none of the three) would fire."""
    names = [r["filename"] for r in rows]
    reps = max(1, 20000 // len(names))
    batch = names * reps
    t0 = time.perf_counter()
    for nm in batch:
        parse_name(nm)
    rules_s = time.perf_counter() - t0
    runs = 0
    t0 = time.perf_counter()
    for nm in batch:
        p = parse_name(nm)
        if p.title is None or not p.photographers or p.place is None:  # the fallback's gate: a field left empty
            runs += 1
            call(stem_of(nm, p), p)
    hybrid_s = time.perf_counter() - t0
    parsed = [(stem_of(nm, p), p) for nm in names for p in [parse_name(nm)]]
    t0 = time.perf_counter()
    for _ in range(reps):
        for stem, p in parsed:
            call(stem, p)
    call_s = (time.perf_counter() - t0) / (reps * len(parsed))
    narrow = sum(1 for nm in names for p in [parse_name(nm)]
                 if p.title is None and not p.photographers and p.place is None
                 and re.search(r"[\u4e00-\u9fff]", nm))
    return {"names": len(names), "reps": reps, "batch": len(batch), "rules_s": rules_s, "runs": runs,
            "hybrid_s": hybrid_s, "call_s": call_s, "narrow": narrow}


def speed(rows: list[dict], models: tuple[str, str], out: list[str]) -> None:
    t_tagger, e_tagger = open_taggers(models)
    m = time_fill(rows, lambda stem, p: crf_answer(t_tagger, e_tagger, {"stem": stem, "x": features(stem, p)}))
    size = sum(Path(model).stat().st_size for model in models)
    out.append("\n## Speed (shared files, "
               f"{m['names']} names x {m['reps']}; this machine, 2 shared cores, nice 19)\n")
    out.append(f"- rules alone: {m['batch'] / m['rules_s']:,.0f} names/s")
    out.append(f"- CRF call (features + title and entity taggers + marginals): {1e6 * m['call_s']:,.0f} µs/call "
               f"= {1 / m['call_s']:,.0f} calls/s")
    out.append(f"- hybrid, CRF as fallback when any of title/photographer/place is empty: runs on "
               f"{100 * m['runs'] / m['batch']:.1f}% of names -> {m['batch'] / m['hybrid_s']:,.0f} names/s")
    out.append(f"- narrower gate (CJK text and rules found no title, photographer or place): "
               f"{100 * m['narrow'] / m['names']:.1f}% of names")
    out.append(f"- model size (title + entity): {size / 1024:,.0f} KiB; dependency python-crfsuite (C extension)")


def blind(train_rows: list[dict], test_sets: list[int], data: Path, out: list[str], t: float = 0.98) -> None:
    """The one confirmatory test (REPORT's recommended next step): CRF0 (no rule-answer features, the same
    features and settings as A0) trained on train_rows, hybrid A0 = rules + CRF0 filling an empty
    title / photographer / place at p >= t, against the rules alone, on each test set and pooled.
    Figures only: no test name, label or answer is printed or written."""
    global BLIND_SETS
    BLIND_SETS = frozenset(test_sets)
    test_rows: list[dict] = []
    for n in test_sets:
        test_rows += load(set_path(n), f"set{n}")
    prepare(test_rows, Counter())  # the test labels' spans are never used (counts thrown away)
    train_rows = [r for r in train_rows if r["group"] not in {f"set{n}" for n in test_sets}]
    with tempfile.TemporaryDirectory() as d:
        t_model, e_model = str(Path(d) / "crf0.title.crf"), str(Path(d) / "crf0.ent.crf")
        t0 = time.time()
        train(train_rows, "y_title", t_model, "x0")
        train(train_rows, "y_ent", e_model, "x0")
        out.append(f"CRF0 trained on {len(train_rows)} names in {time.time() - t0:.0f}s; t = {t} (fixed)\n")
        predict(test_rows, t_model, e_model, "x0", "crf0")
        out.append("| test / system | title | photographer | place | date | time | phone | overall (6 fields) | changes vs rules |")
        out.append("|---|---|---|---|---|---|---|---|---|")
        summary = []
        for label, rows in [(f"set {n}", [r for r in test_rows if r["group"] == f"set{n}"]) for n in test_sets] + \
                [("pooled " + "+".join(map(str, test_sets)), test_rows)]:
            res = {}
            for sysname, kind in (("rules alone", "rules"), (f"A0 (t={t})", "A0")):
                s = score(rows, kind, t)
                res[kind] = s
                cells = [f"{pct(s['right'][f], s['counted'][f])} ({s['right'][f]}/{s['counted'][f]})" for f in FIELDS]
                tr, tc = sum(s["right"].values()), sum(s["counted"].values())
                ch = s["changed"]
                change = (f"{ch['names']} names / {ch['changed']} fields: +{ch['right']} −{ch['wrong']} ={ch['neutral']}"
                          f" (exact label +{ch['exact+']} −{ch['exact-']})") if kind != "rules" else ""
                out.append(f"| {label} ({len(rows)} names): {sysname} | " + " | ".join(cells)
                           + f" | {pct(tr, tc)} ({tr}/{tc}) | {change} |")
            gain = 100 * (overall(res["A0"]) - overall(res["rules"]))
            gate = sum(1 for r in rows if r["parsed"].title is None or not r["parsed"].photographers
                       or r["parsed"].place is None)
            summary.append(f"- {label}: A0 − rules = {gain:+.2f} points; the fill would run (a text field empty) "
                           f"on {gate}/{len(rows)} names = {100 * gate / len(rows):.1f}%")
        out.append("")
        out.extend(summary)
        shared = [r for r in train_rows if r["group"].startswith("shared:")]
        speed0(shared, (t_model, e_model), out)


def speed0(rows: list[dict], models: tuple[str, str], out: list[str]) -> None:
    """speed() for CRF0: the same method (time_fill), features without the rule-answer ones."""
    t_tagger, e_tagger = open_taggers(models)

    def call(stem: str, p) -> None:
        x0 = [[f for f in fs if not f.startswith(RULE_FEATURES)] for fs in features(stem, p)]
        crf_answer(t_tagger, e_tagger, {"stem": stem, "x0": x0}, "x0")

    m = time_fill(rows, call)
    per_name = m["rules_s"] / m["batch"]
    size = sum(Path(model).stat().st_size for model in models)
    out.append(f"\n## Speed of A0 (report's method: shared files, {m['names']} names x {m['reps']}; 2 shared cores, nice 19)\n")
    out.append(f"- rules alone: {1 / per_name:,.0f} names/s = {1e6 * per_name:,.0f} µs/name")
    out.append(f"- CRF0 call (features + title and entity taggers + marginals): {1e6 * m['call_s']:,.0f} µs/call "
               f"= {1 / m['call_s']:,.0f} calls/s = {m['call_s'] / per_name:.1f} rules parses")
    out.append(f"- A0 hybrid (CRF0 runs when any of title/photographer/place is empty): runs on "
               f"{100 * m['runs'] / m['batch']:.1f}% of names -> {m['batch'] / m['hybrid_s']:,.0f} names/s")
    out.append(f"- narrower gate (CJK text and rules found no title, photographer or place): "
               f"{100 * m['narrow'] / m['names']:.1f}% of names")
    out.append(f"- CRF0 model size (title + entity): {size / 1024:,.0f} KiB")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=None, help="shared/filenames directory")
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--out", type=Path, default=None, help="write the figures (markdown) here too")
    ap.add_argument("--data", type=Path, default=None, help="held-out sets directory (default bench/data)")
    ap.add_argument("--blind-sets", default="35,36,37",
                    help="--splits blind: the test sets (comma-separated), read only in that mode")
    ap.add_argument("--splits", choices=("brief", "dated", "blind"), default="brief",
                    help="brief: A (test 31-34) and B (test 26-29); dated: train shared + sets 1-25, test 26-34 "
                         "(run with CRF_RULES_ROOT at a05cc2b, the rules as they were before those sets existed)")
    args = ap.parse_args(argv)
    global DATA
    if args.data:
        DATA = args.data
    shared = args.shared or eval_names.default_dir()
    if not shared.is_dir():
        shared = Path("/work/shared/filenames")
    rows: list[dict] = []
    for f in SHARED_FILES:
        rows += load(shared / f, "shared:" + f)
    for n in range(1, 35):
        rows += load(set_path(n), f"set{n}")
    stats: Counter = Counter()
    t0 = time.time()
    prepare(rows, stats)
    out = [f"# CRF experiment figures\n\n{len(rows)} labelled names (shared files + sets 1-34), "
           f"features built in {time.time() - t0:.0f}s. Rules: {names.__file__}\n", "Label -> span conversion:"]
    for f in ("title", "photographer", "place", "date"):
        lab = stats[f"{f} labelled"]
        miss = stats[f"{f} not a substring"] + stats[f"{f}: no written form found"]
        out.append(f"- {f}: {lab} labelled, {miss} skipped (not found as written), {lab - miss} tagged")

    def in_sets(r: dict, sets: range) -> bool:
        return r["group"].startswith("set") and int(r["group"][3:]) in sets

    if args.splits == "blind":
        out.append(f"Data: {DATA}; test sets {args.blind_sets}\n")
        blind(rows, [int(n) for n in args.blind_sets.split(",")], DATA, out)
        text = "\n".join(out)
        print(text)
        if args.out:
            args.out.write_text(text + "\n", encoding="utf-8")
        return 0
    with tempfile.TemporaryDirectory() as d:
        tmp = Path(d)
        if args.splits == "dated":
            res = run_split("dated (train shared + 1-25, test 26-34)", [r for r in rows if not in_sets(r, range(26, 35))],
                            [r for r in rows if in_sets(r, range(26, 35))], args.folds, tmp, out,
                            {"sets 33+34": {"set33", "set34"}, "sets 26+28+31": {"set26", "set28", "set31"},
                             "sets 27+29+30+32": {"set27", "set29", "set30", "set32"}})
        else:
            res = run_split("A (test 31-34)", [r for r in rows if not in_sets(r, range(31, 35))],
                            [r for r in rows if in_sets(r, range(31, 35))], args.folds, tmp, out,
                            {"sets 33+34 (never tuned on by the rules)": {"set33", "set34"}})
            print("\n".join(out), flush=True)
            run_split("B (test 26-29)", [r for r in rows if not in_sets(r, range(26, 30))],
                      [r for r in rows if in_sets(r, range(26, 30))], args.folds, tmp, out)
        speed([r for r in rows if r["group"].startswith("shared:")], res["models"], out)
    text = "\n".join(out)
    print(text)
    if args.out:
        args.out.write_text(text + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
