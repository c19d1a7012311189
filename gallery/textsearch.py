"""Chinese-aware full-text keys and a safe query language (pure).

SQLite's unicode61 tokenizer treats a run of Chinese characters as one word, and trigram
needs three characters, so neither finds 苏州 inside 江苏省苏州市. We index overlapping
character pairs instead (江苏 苏省 省苏 苏州 州市) and the last character of every run alone,
so any word of one or more characters is found, and a word of n characters is the phrase of
its n-1 pairs. A separator token marks every punctuation break, so pairs never match across
one (拙政，政园 does not contain 政政). Latin letters and digits are kept as words.

User input never reaches FTS5 as syntax: a query is parsed here and rebuilt from quoted tokens.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

SEPARATOR = "zzbreak"
MAX_QUERY_CHARS = 500
MAX_TERMS = 12

_CJK = r"\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0002ffff"
_SEGMENT = re.compile(rf"[{_CJK}]+|[0-9a-z]+|[^\s{_CJK}0-9a-z]+|\s+")
_CJK_RUN = re.compile(rf"[{_CJK}]+")
_WORD = re.compile(r"[0-9a-z]+")
FILTER_NAMES = ("photographer", "place", "date", "kind", "camera", "has", "missing")
_FILTER = re.compile(rf"^(?P<name>{'|'.join(FILTER_NAMES)}|摄影师|作者|地点|日期)[:：](?P<value>.+)$", re.I)
_FILTER_ALIASES = {"摄影师": "photographer", "作者": "photographer", "地点": "place", "日期": "date"}


def fold(text: str) -> str:
    """Full-width to half-width, lower case, no control characters or lone surrogates."""
    text = text.encode("utf-8", "replace").decode("utf-8")
    text = unicodedata.normalize("NFKC", text).lower()
    return "".join(ch if ch.isprintable() or ch.isspace() else " " for ch in text)


def tokens(text: str | None) -> list[str]:
    """Index tokens of a text: CJK pairs plus each run's last character, words, breaks."""
    out: list[str] = []
    for match in _SEGMENT.finditer(fold(text or "")):
        segment = match.group()
        if _CJK_RUN.fullmatch(segment):
            out.extend(segment[i : i + 2] for i in range(len(segment) - 1))
            out.append(segment[-1])
        elif _WORD.fullmatch(segment):
            out.append(segment)
        elif not segment.isspace() and out and out[-1] != SEPARATOR:
            out.append(SEPARATOR)
    return out


def document(*texts: str | None) -> str:
    """Text for one FTS column: the tokens of several texts, a break between each."""
    parts = [" ".join(tokens(t)) for t in texts if t]
    return f" {SEPARATOR} ".join(p for p in parts if p)


@dataclass
class Term:
    """One thing the user typed: a word or a quoted phrase, perhaps excluded with ``-``."""

    text: str
    negated: bool = False

    def match_expression(self) -> str | None:
        """The FTS5 expression for this term, built only from quoted tokens."""
        parts = []
        for run in _SEGMENT.finditer(fold(self.text)):
            segment = run.group()
            if _CJK_RUN.fullmatch(segment):
                parts.append(_cjk_expression(segment))
            elif _WORD.fullmatch(segment):
                parts.append(f'"{segment}"')
        parts = [p for p in parts if p]
        if not parts:
            return None
        return parts[0] if len(parts) == 1 else "(" + " AND ".join(parts) + ")"


def _cjk_expression(run: str) -> str:
    if len(run) == 1:
        return f'"{run}"*'
    pairs = " ".join(run[i : i + 2] for i in range(len(run) - 1))
    return f'"{pairs}"'


@dataclass
class Query:
    """A parsed search: free-text terms and field filters."""

    terms: list[Term] = field(default_factory=list)
    filters: dict[str, list[str]] = field(default_factory=dict)

    def match_expression(self) -> str | None:
        """The whole FTS5 MATCH expression, or None when there is no usable free text."""
        positive = [e for t in self.terms if not t.negated and (e := t.match_expression())]
        negative = [e for t in self.terms if t.negated and (e := t.match_expression())]
        if not positive:
            return None
        expression = " AND ".join(positive)
        for excluded in negative:
            expression = f"({expression}) NOT {excluded}"
        return expression

    @property
    def is_empty(self) -> bool:
        return not self.match_expression() and not self.filters


def parse_query(text: str | None) -> Query:
    """Parse what a user typed: words, ``"phrases"``, ``-excluded`` and ``field:value``."""
    query = Query()
    text = fold(text or "")[:MAX_QUERY_CHARS]
    for raw in re.findall(r'-?"[^"]*"|\S+', text)[: MAX_TERMS * 2]:
        negated = raw.startswith("-") and len(raw) > 1
        body = raw[1:] if negated else raw
        if (match := _FILTER.match(body)) and not negated:
            name = _FILTER_ALIASES.get(match["name"], match["name"].lower())
            query.filters.setdefault(name, []).append(match["value"].strip('"'))
            continue
        body = body.strip('"')
        if body and len(query.terms) < MAX_TERMS:
            query.terms.append(Term(body, negated))
    return query


def date_range(value: str) -> tuple[str, str] | None:
    """``2019`` / ``2019-04`` / ``2019-04..2019-06`` as an inclusive text range of dates."""
    match = re.fullmatch(r"(\d{4}(?:-\d{1,2}){0,2})(?:\.\.(\d{4}(?:-\d{1,2}){0,2}))?", value.strip())
    if not match:
        return None
    start = _pad(match[1])
    end = _pad(match[2] or match[1])
    return start, end + "\uffff"


def _pad(value: str) -> str:
    parts = value.split("-")
    return "-".join([parts[0]] + [p.zfill(2) for p in parts[1:]])
