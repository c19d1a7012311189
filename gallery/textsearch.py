"""Chinese-aware full-text keys and a safe query language (pure).

SQLite's unicode61 tokenizer treats a run of Chinese characters as one word, and trigram
needs three characters, so neither finds 苏州 inside 江苏省苏州市. We index overlapping
character pairs instead (江苏 苏省 省苏 苏州 州市) and the last character of every run alone,
so any word of one or more characters is found, and a word of n characters is the phrase of
its n-1 pairs. A separator token marks every punctuation break, so pairs never match across
one (拙政，政园 does not contain 政政). Latin letters and digits are kept as words.

Everything is folded before it is indexed or searched: full width to half width, upper to
lower case, and traditional characters to simplified ones, character by character (蘇→苏,
攝→摄), so either form finds the other.

Names, titles and places also get pinyin keys: syllable pairs joined by ``0`` (``su0zhou``,
phrase-aware readings from pypinyin, so 重庆 is ``chong0qing``) and the initials of every
2–4-character stretch (``zms`` for 周明生). The pair design is the same as for characters, so
a pinyin query is as selective as the Chinese one.

User input never reaches FTS5 as syntax: a query is parsed here and rebuilt from quoted tokens.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import cache, lru_cache
from pathlib import Path

from pypinyin import Style, lazy_pinyin
from pypinyin.contrib.tone_convert import to_normal
from pypinyin.pinyin_dict import pinyin_dict

SEPARATOR = "zzbreak"
MAX_QUERY_CHARS = 500
MAX_TERMS = 12
MAX_SEGMENTATIONS = 4
INITIALS_MIN, INITIALS_MAX = 2, 4
TEXT_COLUMNS = "{who title place caption other}"
STRONG_COLUMNS = "{who title place}"

_CJK = r"\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0002ffff"
_SEGMENT = re.compile(rf"[{_CJK}]+|[0-9a-z]+|[^\s{_CJK}0-9a-z]+|\s+")
_CJK_RUN = re.compile(rf"[{_CJK}]+")
_WORD = re.compile(r"[0-9a-z]+")
_LETTERS = re.compile(r"[a-z]+")
FILTER_NAMES = ("photographer", "place", "date", "kind", "camera", "has", "missing")
_FILTER = re.compile(
    rf"^(?P<name>{'|'.join(FILTER_NAMES)}|摄影师|摄影|作者|地点|日期|相机|类型|有|缺)[:：](?P<value>.+)$", re.I
)
_FILTER_ALIASES = {"摄影师": "photographer", "摄影": "photographer", "作者": "photographer", "地点": "place",
                   "日期": "date", "相机": "camera", "类型": "kind", "有": "has", "缺": "missing"}
# has:/missing: fields, with the Chinese words an editor may type for them
PRESENCE = {"gps": "gps", "坐标": "gps", "photographer": "photographer", "摄影师": "photographer",
            "place": "place", "地点": "place", "date": "date", "日期": "date", "title": "title",
            "标题": "title", "caption": "caption", "图说": "caption", "camera": "camera", "相机": "camera"}


# --- folding -----------------------------------------------------------------------------------


@lru_cache(maxsize=1)
def _t2s_table() -> dict[int, str]:
    """Traditional → simplified, one character to one (OpenCC's t2s, made by bench/make_t2s.py)."""
    text = (Path(__file__).parent / "data" / "t2s.txt").read_text(encoding="utf-8")
    return {ord(line[0]): line[1] for line in text.splitlines() if len(line) == 2}


_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff\ufff0-\uffff]")


_ACCENTED = re.compile(r"[\u00c0-\u024f\u1e00-\u1eff]")
_TONED_U = str.maketrans({c: "v" for c in "üǖǘǚǜÜǕǗǙǛ"})  # pinyin ü is typed v (lv, nv)
_TONE_NUMBERS = re.compile(r"(?:[a-z]+[1-5])+[a-z]*")


def fold(text: str) -> str:
    """Full-width to half-width, lower case, simplified characters, no tone marks or accents;
    no controls or lone surrogates."""
    if not text.isascii():
        text = text.encode("utf-8", "replace").decode("utf-8")
        text = unicodedata.normalize("NFKC", text).translate(_t2s_table()).translate(_TONED_U)
        text = _ACCENTED.sub(_strip_accent, text)
    return _CONTROL.sub(" ", text.lower())


def _strip_accent(match: re.Match[str]) -> str:
    """zhōu → zhou, café → cafe: the letter without its marks."""
    return "".join(c for c in unicodedata.normalize("NFKD", match.group()) if not unicodedata.combining(c))


def toneless(word: str) -> str:
    """Pinyin typed with tone numbers (``zhou1ming2sheng1``) without them; other words as they are."""
    return re.sub(r"[1-5]", "", word) if _TONE_NUMBERS.fullmatch(word) else word


# --- character keys ------------------------------------------------------------------------


def tokens(text: str | None) -> list[str]:
    """Index tokens of a text: CJK pairs plus each run's last character, words, breaks."""
    out: list[str] = []
    for run, word, other in _TOKEN_PARTS.findall(fold(text or "")):
        if run:
            out.extend(_run_keys(run))
        elif word:
            out.append(word)
        elif other and out and out[-1] != SEPARATOR:
            out.append(SEPARATOR)
    return out


# the segments of _SEGMENT that give tokens (spaces give none), told apart by their group
_TOKEN_PARTS = re.compile(rf"([{_CJK}]+)|([0-9a-z]+)|([^\s{_CJK}0-9a-z]+)")


@lru_cache(maxsize=200_000)
def _run_keys(run: str) -> tuple[str, ...]:
    """The pairs of a run of Chinese characters and its last character (runs repeat a lot)."""
    return (*(run[i : i + 2] for i in range(len(run) - 1)), run[-1])


def document(*texts: str | None) -> str:
    """Text for one FTS column: the tokens of several texts, a break between each."""
    parts = [" ".join(tokens(t)) for t in texts if t]
    return f" {SEPARATOR} ".join(p for p in parts if p)


@lru_cache(maxsize=200_000)
def short_document(text: str) -> str:
    """:func:`document` of one name, title or place: they repeat, so the keys are remembered."""
    return document(text)


# --- pinyin keys ---------------------------------------------------------------------------


@lru_cache(maxsize=1)
def syllable_set() -> frozenset[str]:
    """Every toneless pinyin syllable pypinyin knows (ü written v, as people type it)."""
    found = set()
    for readings in pinyin_dict.values():
        for reading in readings.split(","):
            found.add(to_normal(reading).replace("ü", "v"))
    # interjections with no vowel (嗯 n, 呣 m) would split any word into nonsense readings
    return frozenset(s for s in found if s.isascii() and s.isalpha() and set(s) & set("aeiouv"))


@lru_cache(maxsize=200_000)
def syllables(run: str) -> tuple[str, ...]:
    """Toneless readings of a run of folded Chinese characters, one per character."""
    readings = lazy_pinyin(run, style=Style.NORMAL, errors=lambda chars: ["" for _ in chars])
    if len(readings) != len(run):  # pypinyin merged something: read character by character
        readings = [(lazy_pinyin(ch, style=Style.NORMAL, errors=lambda c: [""]) or [""])[0] for ch in run]
    return tuple(r.replace("ü", "v") if r.isascii() else "" for r in readings)


def pinyin_document(*texts: str | None) -> str:
    """The pinyin-pair column of some texts: ``su0zhou zhou`` for 苏州, breaks between runs."""
    return f" {SEPARATOR} ".join(p for t in texts if t and (p := _pinyin_keys(t)))


@lru_cache(maxsize=200_000)
def _pinyin_keys(text: str) -> str:
    parts: list[str] = []
    for run in _CJK_RUN.findall(fold(text)):
        readings = syllables(run)
        keys = [f"{a}0{b}" for a, b in zip(readings, readings[1:], strict=False) if a and b]
        keys += [readings[-1]] if readings[-1] else []
        if keys:
            parts.append(" ".join(keys))
    return f" {SEPARATOR} ".join(parts)


def initials_document(*texts: str | None) -> str:
    """The initials column: the initials of every 2–4-character stretch (``zm ms zms``)."""
    return " ".join(dict.fromkeys(k for t in texts if t for k in _initials_keys(t).split()))


@lru_cache(maxsize=200_000)
def _initials_keys(text: str) -> str:
    keys: dict[str, None] = {}
    for run in _CJK_RUN.findall(fold(text)):
        letters = "".join(r[0] if r else "_" for r in syllables(run))
        for size in range(INITIALS_MIN, INITIALS_MAX + 1):
            for i in range(len(letters) - size + 1):
                if "_" not in (key := letters[i : i + size]):
                    keys[key] = None
    return " ".join(keys)


def segmentations(word: str) -> list[tuple[str, ...]]:
    """Ways to read latin letters as pinyin syllables, fewest syllables first (at most a few)."""
    known = syllable_set()
    if not word or len(word) > 60 or not _LETTERS.fullmatch(word):
        return []

    @cache
    def split(start: int) -> list[tuple[str, ...]]:
        if start == len(word):
            return [()]
        found: list[tuple[str, ...]] = []
        for end in range(min(len(word), start + 6), start, -1):
            if word[start:end] in known:
                found += [(word[start:end], *rest) for rest in split(end)[:MAX_SEGMENTATIONS]]
        return sorted(found, key=len)[:MAX_SEGMENTATIONS]

    return split(0)


def looks_like_initials(word: str) -> bool:
    """Letters an editor types as initials: short, at most one vowel (zms, oyx, not canon)."""
    return INITIALS_MIN <= len(word) <= 8 and bool(_LETTERS.fullmatch(word)) and sum(c in "aeiou" for c in word) <= 1


def _pinyin_phrase(readings: tuple[str, ...]) -> str | None:
    if not readings or not all(readings):
        return None
    if len(readings) == 1:
        return f'py : ("{readings[0]}" OR "{readings[0]}0"*)'
    pairs = " ".join(f"{a}0{b}" for a, b in zip(readings, readings[1:], strict=False))
    return f'py : "{pairs}"'


def _initials_expression(letters: str) -> str | None:
    if len(letters) < INITIALS_MIN:
        return None
    if len(letters) <= INITIALS_MAX:
        return f'ini : "{letters}"'
    windows = {letters[i : i + INITIALS_MAX] for i in range(len(letters) - INITIALS_MAX + 1)}
    return "(" + " AND ".join(f'ini : "{w}"' for w in sorted(windows)) + ")"


def pair_keys(word: str) -> list[str]:
    """The two-syllable pinyin keys a latin word may mean (``suzhou`` → ``su0zhou``)."""
    return [f"{s[0]}0{s[1]}" for s in segmentations(toneless(fold(word))) if len(s) == 2]


# --- queries -------------------------------------------------------------------------------


def _cjk_expression(run: str) -> str:
    if len(run) == 1:
        return f'"{run}"*'
    pairs = " ".join(run[i : i + 2] for i in range(len(run) - 1))
    return f'"{pairs}"'


def _either(options: list[str]) -> str | None:
    options = list(dict.fromkeys(o for o in options if o))
    if not options:
        return None
    return options[0] if len(options) == 1 else "(" + " OR ".join(options) + ")"


def _both(parts: list[str]) -> str | None:
    parts = [p for p in parts if p]
    if not parts:
        return None
    return parts[0] if len(parts) == 1 else "(" + " AND ".join(parts) + ")"


@dataclass
class Term:
    """One thing the user typed: a word or a quoted phrase, perhaps excluded with ``-``."""

    text: str
    negated: bool = False
    phrase: bool = False
    boost: list[str] = field(default_factory=list)

    @property
    def folded(self) -> str:
        return fold(self.text)

    def match_expression(self, columns: str | None = None) -> str | None:
        """The FTS5 expression for this term, built only from quoted tokens (in ``columns``)."""
        if self.phrase:
            phrase = self._phrase_expression()
            return f"{columns} : {phrase}" if columns and phrase else phrase
        parts = [run.group() for run in _SEGMENT.finditer(self.folded)]
        parts = [p for p in parts if _CJK_RUN.fullmatch(p) or _WORD.fullmatch(p)]
        if not parts:
            return None
        within = f"{columns} : " if columns else ""
        literal = _both([f"{within}{_cjk_expression(p)}" if _CJK_RUN.fullmatch(p)
                         else f'{columns or TEXT_COLUMNS} : "{p}"' for p in parts])
        pinyin = self._pinyin_options([toneless(p) for p in parts])
        return _either([literal, *pinyin, *([] if columns else self.boost)])

    def _phrase_expression(self) -> str | None:
        keys = tokens(self.text)
        while keys and keys[-1] == SEPARATOR:
            keys.pop()
        if not keys:
            return None
        last_run = _CJK_RUN.findall(self.folded)
        ends_in_cjk = bool(last_run) and self.folded.rstrip().endswith(last_run[-1])
        if ends_in_cjk and len(last_run[-1]) >= 2:
            keys.pop()  # the run's own last-character key: the text may go on after the phrase
        phrase = '"' + " ".join(keys) + '"'
        return phrase + "*" if ends_in_cjk and len(last_run[-1]) == 1 else phrase

    def _pinyin_options(self, parts: list[str]) -> list[str]:
        """Pinyin readings of the term: full syllables, initials, or Chinese mixed with either."""
        latin_words = [p for p in parts if _WORD.fullmatch(p)]
        if not latin_words or any(not _LETTERS.fullmatch(p) for p in latin_words):
            return []  # no letters, or letters with digits (esc0830): not pinyin
        hanzi = [p for p in parts if _CJK_RUN.fullmatch(p)]
        anchor = _both([_cjk_expression(h) for h in hanzi])
        options = []
        for readings in _readings(parts):
            options.append(_both([anchor, _pinyin_phrase(readings)]) if hanzi else _pinyin_phrase(readings))
        letters = "".join("".join(r[0] if r else "_" for r in syllables(p)) if _CJK_RUN.fullmatch(p) else p
                          for p in parts)
        latin = "".join(p for p in parts if _LETTERS.fullmatch(p))
        if "_" not in letters and looks_like_initials(latin) and len(letters) >= INITIALS_MIN:
            options.append(_both([anchor, _initials_expression(letters)]))
        return [o for o in options if o]


def _readings(parts: list[str]) -> list[tuple[str, ...]]:
    """Syllable sequences for a mix of Chinese runs and latin pinyin (each run's own reading)."""
    sequences: list[tuple[str, ...]] = [()]
    for part in parts:
        if _CJK_RUN.fullmatch(part):
            options = [syllables(part)]
        else:
            options = segmentations(part)
            if not options:
                return []
        sequences = [s + o for s in sequences for o in options][:MAX_SEGMENTATIONS]
    return [s for s in sequences if s]


@dataclass
class Query:
    """A parsed search: free-text terms and field filters."""

    terms: list[Term] = field(default_factory=list)
    filters: dict[str, list[str]] = field(default_factory=dict)

    @property
    def positive(self) -> list[Term]:
        return [t for t in self.terms if not t.negated]

    def match_expression(self) -> str | None:
        """The whole FTS5 MATCH expression of the free text, or None when there is none usable."""
        positive = [e for t in self.terms if not t.negated and (e := t.match_expression())]
        negative = [e for t in self.terms if t.negated and (e := t.match_expression())]
        if not positive:
            return None
        expression = " AND ".join(positive)
        for excluded in negative:
            expression = f"({expression}) NOT {excluded}"
        return expression

    def strong_expression(self) -> str | None:
        """The same search with every word found in a name, title or place (or their pinyin)."""
        whole = self.match_expression()
        strong = [e for t in self.positive if (e := t.match_expression(STRONG_COLUMNS))]
        return f"({whole}) AND " + " AND ".join(strong) if whole and strong else None

    def excluded_expression(self) -> str | None:
        """The terms to leave out, for a query that has nothing else to match."""
        return _either([e for t in self.terms if t.negated and (e := t.match_expression())])

    @property
    def is_empty(self) -> bool:
        return not self.match_expression() and not self.filters and not self.excluded_expression()


def parse_query(text: str | None) -> Query:
    """Parse what a user typed: words, ``"phrases"``, ``-excluded`` and ``field:value``."""
    query = Query()
    text = fold(text or "")[:MAX_QUERY_CHARS]
    for raw in re.findall(r'-?"[^"]*"?|[^\s"]+[:：]"[^"]*"?|\S+', text)[: MAX_TERMS * 2]:
        negated = raw.startswith("-") and len(raw) > 1
        body = raw[1:] if negated else raw
        if (match := _FILTER.match(body)) and not negated:
            name = _FILTER_ALIASES.get(match["name"], match["name"].lower())
            if value := match["value"].strip('"').strip():
                query.filters.setdefault(name, []).append(value)
            continue
        phrase = body.startswith('"') and " " in body.strip('"').strip()
        body = body.strip('"').strip()
        if body and len(query.terms) < MAX_TERMS:
            query.terms.append(Term(body, negated, phrase))
    query.terms = _join_spaced_pinyin(query.terms)
    return query


def _join_spaced_pinyin(terms: list[Term]) -> list[Term]:
    """``zhou ming sheng``: neighbouring plain syllables are one name, typed with spaces."""
    out: list[Term] = []
    for term in terms:
        prev = out[-1] if out else None
        if (prev and _plain_pinyin(term) and _plain_pinyin(prev)
                and len(term.folded) + len(prev.folded) <= 40):
            joined = Term(prev.text + term.text)
            out[-1] = _Spaced(joined.text, words=[*getattr(prev, "words", [prev.text]), term.text])
        else:
            out.append(term)
    return out


def _plain_pinyin(term: Term) -> bool:
    word = toneless(term.folded)
    return not term.negated and not term.phrase and bool(_LETTERS.fullmatch(word)) and bool(segmentations(word))


@dataclass
class _Spaced(Term):
    """Words typed apart that read as one pinyin name: the name, or all the words literally."""

    words: list[str] = field(default_factory=list)

    def match_expression(self, columns: str | None = None) -> str | None:
        literal = _both([f'{columns or TEXT_COLUMNS} : "{fold(w)}"' for w in self.words])
        readings = [_pinyin_phrase(r) for r in _readings([toneless(fold(w)) for w in self.words])]
        return _either([literal, *readings, *self.boost])


# --- filters -------------------------------------------------------------------------------


def date_range(value: str) -> tuple[str, str] | None:
    """``2019`` / ``2019-04`` / ``2019-04..2019-06`` as an inclusive text range of dates."""
    value = value.strip().replace("/", "-")
    match = re.fullmatch(r"(\d{4}(?:-\d{1,2}){0,2})(?:\.\.(\d{4}(?:-\d{1,2}){0,2}))?", value)
    if not match:
        return None
    start = _pad(match[1])
    end = _pad(match[2] or match[1])
    if end < start:
        start, end = end, start
    return start, end + "\uffff"


def _pad(value: str) -> str:
    parts = value.split("-")
    return "-".join([parts[0]] + [p.zfill(2) for p in parts[1:]])


@lru_cache(maxsize=200_000)
def exact_key(prefix: str, value: str) -> str | None:
    """One token for a whole value (``who0周明生``): an exact match, not a word inside it."""
    letters = "".join(_CJK_RUN.findall(fold(value)) + _WORD.findall(fold(value))) if value else ""
    return f"{prefix}0{letters}" if letters else None


def facet_keys(*, camera: str | None, kind: str | None, present: dict[str, bool],
               names: list[str] | tuple[str, ...] = ()) -> str:
    """The ``meta`` column: camera words, kind, has/no keys, exact names (dates are rowid ranges)."""
    keys = [k for name in names if (k := exact_key("who", name))]
    keys += _camera_keys(camera or "")
    if kind:
        keys.append(_kind_key(kind))
    keys += [("has0" if have else "no0") + name for name, have in present.items()]
    return " ".join(keys)


@lru_cache(maxsize=10_000)
def _camera_keys(camera: str) -> tuple[str, ...]:
    return tuple(f"cam0{w}" for w in _WORD.findall(fold(camera)))


@lru_cache(maxsize=10_000)
def _kind_key(kind: str) -> str:
    return "kind0" + "0".join(_WORD.findall(fold(kind)))


def filter_expression(name: str, value: str) -> str | None:
    """The FTS expression of a camera/kind/has/missing filter on the ``meta`` column."""
    value = fold(value).strip()
    if name == "camera":
        words = _WORD.findall(value)
        expression = _both([f'"cam0{w}"' for w in words])
    elif name == "kind":
        expression = f'"kind0{"0".join(_WORD.findall(value))}"' if _WORD.search(value) else None
    elif name in ("has", "missing"):
        target = PRESENCE.get(value)
        expression = f'"{"has0" if name == "has" else "no0"}{target}"' if target else None
        return f"meta : {expression}" if expression else "meta : \"nothing0matches\""
    else:
        return None
    return f"meta : {expression}" if expression else 'meta : "nothing0matches"'


def text_filter_expression(column: str, value: str) -> str | None:
    """``place:镇江`` / ``photographer:周明`` as a match inside one column (pinyin too)."""
    term = Term(value)
    parts = [run.group() for run in _SEGMENT.finditer(term.folded)]
    parts = [p for p in parts if _CJK_RUN.fullmatch(p) or _WORD.fullmatch(p)]
    if not parts:
        return None
    literal = _both([_cjk_expression(p) if _CJK_RUN.fullmatch(p) else f'"{p}"' for p in parts])
    return f"{column} : {literal}"

