"""A backstop for a caption's closing credit: the sentence, then one credit in any of its common shapes, joined to it by
any common joint — read where the steps before left the credit in the title or read a wrong name from it.

Reads lexicon, result, stamps, people. Serves parse.

The credit grammar of the steps before grew rule by rule from real names, and each rule reads the shapes it was written
for: `X 摄` after a 。 but not after `_`, `（X摄于Y）` not at all, a dotted name (`买买提·吐尔逊`) behind some credit words
only. A combinatorial probe (bench/probe_credits.py: four sentences x twenty credit shapes x seven joints x seven kinds
of name) failed on 19% of its names before this module. Here the shapes and the joints compose:

    sentence  joint  [outlet] [role] name [day] [／] verb [于 place]      `…。新华社记者 王大卫2020年5月1日摄于周庄`
    sentence  joint  key [：／ ] name [, more]                            `…——摄影：次仁罗布`, `…（文／图 巴特尔）`
    sentence  joint  outlet role name                                    `…。江南日报记者 买买提·吐尔逊`

joint: 。 (a space may follow), a space, `_`, `——`, or a bracket closed at the name's end (`（…）`, `。（…）`). The name
must read as a name behind an explicit credit (people._is_name, not strict).
"""

from __future__ import annotations

import re

from .lexicon import _AGENCY_RE, _GAZETTEER, _T2S
from .people import _is_name
from .result import ParsedName
from .stamps import _valid_date

_CJK_NAME = r"[\u4e00-\u9fff]{1,8}[·•][\u4e00-\u9fff]{1,8}|[\u4e00-\u9fff]{2,6}?"
_ROLE = r"(?:本报|本台|本刊|特约|首席|签约|见习|实习|全媒体|融媒体?|全媒)?(?:摄影记者|记者|通讯员|摄影师)"
_CREDIT = re.compile(
    # [outlet] [role] name [day] [／] verb [于 place]
    rf"(?P<by>[\u4e00-\u9fff]{{2,10}}?(?:社|报|网|台|中心)发?\s*)?(?P<role>{_ROLE}\s*)?(?P<name>{_CJK_NAME})\s*"
    r"(?P<day>(?P<y>\d{4})年(?P<m>\d{1,2})月(?P<d>\d{1,2})日)?\s*／?\s*(?P<verb>[拍翻]?摄|供图|\s图)"
    r"(?:于(?P<place>[\u4e00-\u9fff]{2,12}))?"
    # key [：／] name [, more] — or key, a space, name
    rf"|(?:摄影|图文|文／图|图|作者|摄)\s*[：:／]\s*(?P<keyed>{_CJK_NAME})(?:\s*[,，;；].{{0,16}})?"
    rf"|(?:摄影|作者|文／图|图文)\s+(?P<spaced>{_CJK_NAME})"
    # outlet role name
    rf"|[\u4e00-\u9fff]{{2,10}}?(?:社|报|网|台)\s*{_ROLE}\s*(?P<reported>{_CJK_NAME})"
)
_UNIT_LAST = frozenset("局办部委院所站队馆厅处司社报网台组会团校厂")  # `图：新闻局`: an office, no person
_TEXT_KINDS = frozenset(("caption", "titled", "contest_entry", "generic", "unknown"))  # the kinds the text step gives
_NAME_GROUPS = ("name", "keyed", "spaced", "reported")
_JOINT = re.compile(r"(?:。\s*[(（]|[(（]|——|。\s*|[\s_])$")

# the cheap first tests: the name's last characters hold a credit's word; the title's end still holds one
_CREDIT_SIGN = re.compile(r"(?:[摄攝](?:[于於][^)）]{2,12})?|[图圖])\s*[)）]?$|[记記]者|[摄攝]影|作者|[图圖]文?[：:／]|文／[图圖]")
_TITLE_END_SIGN = re.compile("[摄攝图圖者／员員·•]")  # `…_买买提·` of a dotted name read in part


def _credit_at_end(simple: str) -> tuple[int, re.Match[str]] | None:
    """(where the joint before the credit starts, the credit) for a caption that ends with one, else None."""
    closing = simple[-1] in ")）"
    body = simple[:-1].rstrip() if closing else simple
    for start in _starts(body):
        m = _CREDIT.fullmatch(body, start)
        if not m:
            continue
        joint = _JOINT.search(body, max(0, start - 3), start)
        if joint is None or closing != (joint.group(0).strip()[-1:] in ("(", "（")):
            continue
        if joint.start() < 4:  # a sentence before the credit, not a bare credit
            return None
        return joint.start(), m
    return None


def _starts(body: str) -> list[int]:
    """Where a credit may start: after each joint in the last 40 characters, the nearest to the end last."""
    n = len(body)
    return [i for i in range(max(1, n - 40), n - 1) if body[i - 1] in "。 _（(—" or body[i - 1].isspace()]


def _name_group(m: re.Match[str]) -> str:
    return next(g for g in _NAME_GROUPS if m[g])


def _name_of(m: re.Match[str]) -> str | None:
    name = m[_name_group(m)]
    if not name or name[-1] in _UNIT_LAST or name in _GAZETTEER or _AGENCY_RE.fullmatch(name):
        return None
    if m["verb"] and m["verb"] != "摄" and not m["role"]:
        # `杭州消防供图`, `（示意 图）`: 供图 and a spaced 图 credit offices and captions' words as often as people; without a
        # reporter's role before it the name must read as one strictly
        return name if _is_name(name, strict="·" not in name and "•" not in name) else None
    return name if _is_name(name, strict=False) else None


def _suspicious(result: ParsedName, core: str) -> bool:
    """(speed) The cheap signs that the steps before misread a closing credit: no name read, or a credit's word (or the
    first part of a dotted name) still at the title's end."""
    if not result.photographers:
        return True
    title = result.title
    return _TITLE_END_SIGN.search(title, len(title) - 8) is not None


def _apply_credit_tail(result: ParsedName, core: str, parse_core) -> None:
    """Where `core` ends with a credit the steps before did not read right: parse the sentence alone and take the
    credit's name, day and place. `parse_core` is parse._parse_core (passed in: parse reads this module)."""
    if not _suspicious(result, core) or _CREDIT_SIGN.search(core, len(core) - 40) is None:
        return
    simple = core.translate(_T2S).replace("於", "于").replace("\u3000", " ")
    found = _credit_at_end(simple)
    if found is None:
        return
    cut, m = found
    name = _name_of(m)
    if name is None or not _needs_backstop(result, name, m.group(0)):
        return
    sentence = ParsedName(filename=result.filename)
    parse_core(sentence, core[:cut].rstrip())
    if not sentence.title:
        return
    span = m.span(_name_group(m))
    rule = "closing credit (backstop)"
    result._set("title", sentence.title, rule, 0.7)
    result.photographers = [core[span[0]:span[1]]]
    result.evidence["photographers"] = result.evidence["title"]
    if m["place"]:
        result._set("place", core[m.start("place"):m.end("place")], rule, 0.7)
    elif sentence.place:
        result._set("place", sentence.place, rule, 0.6)
    else:
        result.place = None
        result.evidence.pop("place", None)
    if m["day"] and (day := _valid_date(int(m["y"]), int(m["m"]), int(m["d"]))):
        result._set("date", day, rule, 0.7)
        result._set("date_kind", "shot", rule, 0.7)
    elif sentence.date and not result.date:
        result._set("date", sentence.date, rule, 0.6)


def _needs_backstop(result: ParsedName, name: str, credit: str) -> bool:
    """The steps before read no name, read part of this one (`吐尔逊` of `买买提·吐尔逊`), or left the credit in the
    title (compared in simplified characters)."""
    photographers = [p.translate(_T2S) for p in result.photographers]
    if not photographers or name not in photographers and any(p in name for p in photographers):
        return True
    title = (result.title or "").translate(_T2S)
    return name in title or any(credit.startswith(title[-k:]) for k in range(2, min(len(credit), len(title)) + 1))
