"""The result types: `Evidence` (rule, confidence) and `ParsedName`, the fields a name gives.

Reads no other module. Serves phones, stamps, places, credits_crews, credits, dates, decorations,
devices_words, devices_tolerant, devices_schemes, devices, xiaohongshu, titles, captions, artworks,
segments, contests, text_fields, text_notes, text_tails, text_sources, text_prefixes, text_body,
text, folders, credit_tail, finish, parse.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from typing import Final, NamedTuple

# ---------------------------------------------------------------------------------------------
# Result types
# ---------------------------------------------------------------------------------------------


class Evidence(NamedTuple):
    """Which rule filled a field, and how sure the parser is (0..1). (A named tuple: a few are made
    for every name, and a frozen dataclass costs twice as much to build.)"""

    rule: str
    confidence: float


@dataclass(init=False)  # (its __init__ is written out below)
class ParsedName:
    """Everything read from one file name; `as_dict()` keys are a stable interface."""

    filename: str
    title: str | None = None
    photographers: list[str] = field(default_factory=list)
    place: str | None = None
    date: str | None = None
    date_partial: str | None = None
    time: str | None = None
    date_kind: str | None = None
    phones: list[str] = field(default_factory=list)
    copy_marker: str | None = None
    kind: str = "unknown"
    family: str = "unknown"
    agency: str | None = None
    role: str | None = None
    units: list[str] = field(default_factory=list)
    accounts: list[str] = field(default_factory=list)
    entry_id: str | None = None
    page: str | None = None
    extension: str = ""
    double_extension: bool = False
    warnings: list[str] = field(default_factory=list)
    evidence: dict[str, Evidence] = field(default_factory=dict)

    def __init__(self, filename: str, **values: object) -> None:
        """The fields' defaults, then any named in `values` (as the dataclass's own `__init__` takes them). Written
        out because, compiled with mypyc (setup.py), it is native code, where the generated one is interpreted
        (3.9% of the compiled parser's samples; a parse builds one to four)."""
        self.filename = filename
        self.title = None
        self.photographers = []
        self.place = None
        self.date = None
        self.date_partial = None
        self.time = None
        self.date_kind = None
        self.phones = []
        self.copy_marker = None
        self.kind = "unknown"
        self.family = "unknown"
        self.agency = None
        self.role = None
        self.units = []
        self.accounts = []
        self.entry_id = None
        self.page = None
        self.extension = ""
        self.double_extension = False
        self.warnings = []
        self.evidence = {}
        for name, value in values.items():
            if name not in _FIELD_NAMES:
                raise TypeError(f"ParsedName has no field {name!r}")
            setattr(self, name, value)

    @property
    def photographer(self) -> str | None:
        """The credited people joined with 、 (None when nobody is credited)."""
        return "、".join(self.photographers) or None

    def as_dict(self) -> dict[str, object]:
        """JSON-ready dict; keys are never renamed, only added. (Lists are copied, the rest are
        plain values: ``dataclasses.asdict`` deep-copies everything, a tenth of a millisecond a
        name in the indexer.)"""
        data: dict[str, object] = {}
        for name in _FIELD_NAMES:  # (not vars(self): compiled with mypyc the class keeps no __dict__)
            value = getattr(self, name)
            data[name] = list(value) if isinstance(value, list) else value
        data["photographer"] = self.photographer
        data["evidence"] = {k: {"rule": v.rule, "confidence": v.confidence} for k, v in self.evidence.items()}
        return data

    def _unset(self, name: str) -> None:
        """A field a later step finds holds nothing after all: emptied, its evidence with it."""
        setattr(self, name, None)
        self.evidence.pop(name, None)

    def _set(self, name: str, value: object, rule: str, confidence: float) -> None:
        setattr(self, name, value)
        # (speed) an immutable tuple, shared: building one calls a Python-level __new__. Keyed by the rule alone (a key
        # of rule and confidence built a tuple and hashed a float a call): a rule given at two confidences builds the
        # other's anew. (1 == 1.0, but not as values: the class is compared too.)
        ev = _EVIDENCE.get(rule)
        if ev is None or ev[1] != confidence or ev[1].__class__ is not confidence.__class__:
            ev = Evidence(rule, confidence)
            if len(_EVIDENCE) < 4096:
                _EVIDENCE[rule] = ev
        self.evidence[name] = ev


_EVIDENCE: Final[dict[str, Evidence]] = {}
_FIELD_NAMES: Final = tuple(f.name for f in fields(ParsedName))  # as_dict's keys, in the class's order
