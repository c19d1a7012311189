"""Session 25: contest lines read last (finish), where the steps before credited nobody.

A contest's export named with four fields or more between dashes: each field classified on its own, then the work
chosen beside the one entrant (`(第二段)01-某某大縱走-金獎-某某某-夕彩-2018110905-某山主峰`: the section and the entry's
number, the call, the award, the entrant, the work, the day and hour it was shot, where). And a press-photo award's
line: the rank, a colon, the winner and his outlet (`【肖像類】第一名:某某/某報`).

The segment classifier (segments) peels fields from the end and stops at the first it cannot place; here no field
needs the others to be read first. Only a layout with exactly one entrant and exactly one word field after him is
read: anything else stays as the steps before left it.

Reads lexicon, people, places, titles, stamps, segments, contests, closing_notes. Serves parse, finish.
"""

from __future__ import annotations

import re
from typing import Final

from .closing_notes import _stem
from .contests import _ENTRY_RANK
from .lexicon import _simplified
from .people import _credible_name, _is_name
from .places import _full_place
from .result import ParsedName
from .segments import _RANK_BEFORE_BOOK
from .stamps import _valid_date
from .titles import _is_sight_name

_DASH_FIELD: Final = re.compile(r"\s*-\s*")
_ENTRY_LEAD: Final = re.compile(r"(?:[(（][^()（）]{1,8}[)）]+)?\d{0,4}")  # `(第二段)01`, `03`: the section, the entry's number
# an award or a rank and its number among its like (`佳作02`, `優選04`), read in simplified script
_AWARD_FIELD: Final = re.compile(rf"(?:{_RANK_BEFORE_BOOK.pattern}|特优奖?|首奖)\d{{0,3}}")
_WHERE_LAST: Final = frozenset("山峰湖坑場场道站寺宮宫亭橋桥園园谷溪瀑潭岩嶺岭")  # (a trail's spot after the day: `深水坑`)
_STAMP_BETWEEN_DASHES: Final = re.compile(r"-\s*(?:19|20)\d{6}(?:\d{2}){0,3}\s*(?:-|\.\w{2,5}$|$)")
_STAMP_FIELD: Final = re.compile(r"(?P<Y>(?:19|20)\d{2})(?P<M>\d{2})(?P<D>\d{2})(?:\d{2}){0,3}")


def _field_kind(field: str) -> str:
    """"skip" (a number, a section, an award), "stamp", "name", "place" or "word"."""
    if not field or _ENTRY_LEAD.fullmatch(field) or _AWARD_FIELD.fullmatch(_simplified(field)):
        return "skip"
    if _STAMP_FIELD.fullmatch(field):
        return "stamp"
    if 2 <= len(field) <= 4 and _credible_name(field):
        return "name"
    if 3 <= len(field) <= 12 and (_full_place(field) or _is_sight_name(field)):
        return "place"
    return "word"


def _entrant_at(fields: list[str], kinds: list[str]) -> int:
    """Where the entrant is: the field right after an award when it is shaped as a name (its place in the export vouches
    for it: `佳作02-周文章-…`), else the one field read as a name; -1 where there is none or more than one."""
    for i in range(1, len(fields) - 1):
        if kinds[i - 1] == "skip" and _AWARD_FIELD.fullmatch(_simplified(fields[i - 1])) and 2 <= len(fields[i]) <= 4 \
                and _is_name(_simplified(fields[i]), strict=False) and kinds[i] != "stamp":
            return i
    return kinds.index("name") if kinds.count("name") == 1 else -1


def _read_dash_layout(result: ParsedName) -> bool:
    """Credit the one entrant, and take the work, the day and the place, from a dashed contest export; False where the
    name is no such layout."""
    if not _STAMP_BETWEEN_DASHES.search(result.filename):
        return False  # (speed) no day after a dash, no such export: no field is classified
    fields = _DASH_FIELD.split(_stem(result.filename).strip())
    if len(fields) < 4:
        return False
    kinds = [_field_kind(f) for f in fields]
    at = _entrant_at(fields, kinds)
    if at < 0 or at + 1 >= len(fields) or kinds[at + 1] in ("stamp", "skip"):
        return False
    rest = kinds[at + 2 :]
    if "stamp" not in rest or any(k == "word" or k == "name" for k in rest[: rest.index("stamp")]) \
            or sum(k in ("word", "name") for k in rest[rest.index("stamp") + 1 :]) > 1:
        return False  # (the work right after the entrant, then the day it was shot, then at most where: an export's)
    result._set("photographers", [fields[at]], "dashed contest export", 0.6)
    result._set("title", fields[at + 1], "dashed contest export", 0.6)
    stamp = _STAMP_FIELD.fullmatch(fields[at + 2 + rest.index("stamp")])
    if not result.date and stamp and (day := _valid_date(int(stamp["Y"]), int(stamp["M"]), int(stamp["D"]))):
        result._set("date", day, "dashed contest export", 0.6)
    where = fields[-1] if kinds[-1] != "stamp" and kinds[-1] != "skip" else ""
    if where and (_full_place(where) or _is_sight_name(where) or where[-1] in _WHERE_LAST):
        result._set("place", where, "dashed contest export", 0.55)
    elif result.place and result.place not in fields:
        result._unset("place")  # (a place read across the fields, `七星山東峰` read 山東, is none)
    _as_contest_entry(result)
    return True


def _as_contest_entry(result: ParsedName) -> None:
    """A contest line read here makes a name the steps before took for words a contest's entry."""
    if result.kind in ("unknown", "titled", "caption", "generic"):
        result.kind = result.family = "contest_entry"


# a press-photo award's line: the rank, a colon, the winner and his outlet (`【肖像類】第一名:某某/某報`); parse reads its
# slash as the line's own where the name has no extension (a file's path ends in one)
_AWARD_NAME_SLASH: Final = re.compile(_AWARD_FIELD.pattern + r"\s*[:：]\s*[\u4e00-\u9fff]{2,4}\s*/\s*[^/\s]{2,12}$")
_AWARD_WINNER: Final = re.compile(r"[:：]\s*(?P<n>[\u4e00-\u9fff]{2,4})\s*[／/]\s*(?P<o>[^／/\s]{2,12})$")
_FREELANCE: Final = ("自由攝影", "自由摄影", "自由工作")


def _read_award_winner(result: ParsedName, title: str | None) -> str | None:
    """`【肖像類】第一名:某某/某報`: the winner credited, his outlet the agency; the line names no work (no title)."""
    name = result.filename  # (whole: the line's slash is no folder's)
    if "." in name[-6:]:
        return title  # (a file's name with its extension: the slash is a folder's)
    m = _AWARD_WINNER.search(name)
    if m is None or not _credible_name(m["n"]):
        return title
    result._set("photographers", [m["n"]], "award: rank:X/outlet", 0.6)
    if not result.agency and not m["o"].startswith(_FREELANCE):
        result._set("agency", m["o"], "award: rank:X/outlet", 0.6)
    result._unset("title")
    return None


# session 26: an entry named by the contest's English results: the entrant's Latin name, the rank with the category in
# brackets, then the work (`Chan Tai Man_1st(Landscape)_晨光`, `Lee_Gold(Portrait)_歸途`): the entrant credited, the
# work the title; a name must read as a name (two to four words of letters: `IMG_1st_…` names nobody), the rank as a rank
_LATIN_RANK_WORK: Final = re.compile(
    r"(?P<who>[A-Za-z][A-Za-z'.]*(?: [A-Za-z][A-Za-z'.]*){1,3})_(?:[1-9](?:st|nd|rd|th)|Gold|Silver|Bronze|Merit|HM|Champion"
    r"|Winner|Finalist|Honou?rable Mention)(?:\s*\((?P<cat>[^()]{2,24})\))?_(?P<work>[^_]{1,40})", re.IGNORECASE)


def _read_latin_rank_work(result: ParsedName) -> bool:
    """`Chan Tai Man_1st(Landscape)_晨光`: the entrant, the rank and category, the work; False where no such line."""
    m = _LATIN_RANK_WORK.fullmatch(_stem(result.filename).strip())
    if m is None:
        return False
    result._set("photographers", [m["who"]], "Latin name_rank(category)_work", 0.6)
    result._set("title", m["work"].strip(), "Latin name_rank(category)_work", 0.6)
    _as_contest_entry(result)
    return True


# session 26: a results page's line: the entry's number and group, the award, then the entrant and the work in brackets,
# a note after a dash inside them (`01-公開組 - 冠軍 - 某某某 (題 - 說明)`): the entrant credited, the work the title
_RANK_FIELD: Final = re.compile(rf"[\u4e00-\u9fff\w ]{{0,12}}?(?:{_ENTRY_RANK}|优异|优秀)")  # (a group's name, then its rank)
_NAME_THEN_WORK: Final = re.compile(r"\s*(?P<who>[\u4e00-\u9fff]{2,4})\s*[(（](?P<work>[^()（）]{1,120})[)）]")


def _read_award_name_work(result: ParsedName) -> bool:
    """`01-公開組 - 冠軍 - 某某某 (題 - 說明)`: credit the entrant, take the work; False where no such line."""
    stem = _stem(result.filename).strip()
    opened = max(stem.find("("), stem.find("（"))
    dash = stem.rfind("-", 0, opened)
    tail = _NAME_THEN_WORK.fullmatch(stem, dash + 1) if dash > 0 else None
    if tail is None or not _is_name(_simplified(tail["who"].strip())):  # (the award before vouches for the name)
        return False
    if not any(_RANK_FIELD.fullmatch(_simplified(f.strip())) for f in _DASH_FIELD.split(stem[:dash])):
        return False  # (an award before the entrant: a results page's, not `某地-某某 (某某)`)
    work = _DASH_FIELD.split(tail["work"].strip(), 1)[0].strip()  # (a note after a dash inside the brackets)
    if not work:
        return False
    result._set("photographers", [tail["who"].strip()], "award - name (work)", 0.6)
    result._set("title", work, "award - name (work)", 0.6)
    if result.place and result.place not in stem[:opened]:
        result._unset("place")  # (a place read inside the work's note, `…大道理-…`, is none)
    _as_contest_entry(result)
    return True

