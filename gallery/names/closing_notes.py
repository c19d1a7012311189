"""Session 25: a caption's closing note in brackets, read last (finish): where it came from, who shot or supplied it,
and on which day (`…。（Google map截圖）`, `…。(圖/某縣府農業處)`, `…。(某某/某報)`,
`…。（合成圖／記者A、B攝，2016.8.23）`, `…。（圖／某宮提供，2026.03.03）`, `…（2013 年摄）`, `…(2016.5.28,索尼A99)`).

The steps before read most such notes; where one is left at the title's end, or the title was taken from inside it
(`大紀元)`), the sentence before it is the title, and a day, a year of shooting or a credit the note holds is read when
none was.

Reads decorations, lexicon, people, stamps. Serves contest_lines, finish.
"""

from __future__ import annotations

import re
from typing import Final

from .decorations import _EXT_RE
from .lexicon import _simplified
from .people import _credible_name, _is_name
from .result import ParsedName
from .stamps import _valid_date

_CLOSERS: Final = (")", "）", "〉")
_CLOSING_NOTE: Final = re.compile(r"(?P<head>.*?[^\s(（〈])\s*[(（〈](?P<note>[^()（）〈〉]{1,48})[)）〉]\s*$")
# what makes a bracket a page's note: a picture's key, a shooting verb, a handout, a screenshot, a fax, a graphic, a
# composite, an archive photo, a slash between a name and an outlet, or a day
_CLOSING_NOTE_WORDS: Final = re.compile(r"[圖图]\s*[／/:：]|[攝摄]|提供|截[圖图]|[傳传]真|[製制][圖图]|合成[圖图]|[資资]料[照图圖]|[／/]"
                                r"|(?:19|20)\d{2}\s*[.年]\s*\d{1,2}|^[圖图]\s*[一二三四五六七八九十\d]{1,2}$")  # (session 26: the
# page's number of the picture, `…(图1)`)
# session 26: after a sentence's stop, a bracket holding only the issuer's name, an office, a station or an outlet
# (`…。(政府新聞處)`, `…。（澳廣視）`): the page's note of where the picture came from, no credit
_ISSUER_ONLY: Final = re.compile(r"[\u4e00-\u9fff]{1,10}(?:[處处局署府社台網网]|[報报]|[視视]|新[聞闻])")
_KEPT_NOTE: Final = re.compile(r"\d{1,2}\s*月\s*\d{1,2}\s*日\s*[摄攝]|[摄攝]于|[攝摄]於")
_SHOOTING_WAY: Final = re.compile(r"(?:\s*(?:航拍|[摄攝]影|拍[摄攝]|[摄攝]|无人机|無人機|手机|手機))+\s*")
_NOTE_DAY: Final = re.compile(r"(?<!\d)(?P<Y>(?:19|20)\d{2})\s*[.\-/年]\s*(?P<M>\d{1,2})\s*[.\-/月]\s*(?P<D>\d{1,2})日?(?!\d)")
_NOTE_YEAR_SHOT: Final = re.compile(r"(?P<Y>(?:19|20)\d{2})\s*年\s*[攝摄]")
_NOTE_NAMES_SHOT: Final = re.compile(r"(?:^|[／/：:，,\s])(?:[記记]者|[攝摄]影)?\s*(?P<names>[\u4e00-\u9fff]{2,4}(?:、[\u4e00-\u9fff]{2,4}){0,3})"
                                     r"\s*[攝摄]影?(?:\s*[，,].*)?$")
_NOTE_NAME_OUTLET: Final = re.compile(r"(?P<n>[\u4e00-\u9fff]{2,4})\s*[／/]\s*(?P<o>[\u4e00-\u9fff]{2,8}[報报元社網网台刊聞闻])")
_NOTE_LATIN: Final = re.compile(r"[攝摄]影\s*[:：]\s*(?P<n>[A-Z][a-z]+(?:\s[A-Z][a-z]+){1,2})(?:\s*[，,].*)?")
_NOTE_LEAD_MARKS: Final = "▲▼△▽◆◇●○■□※★☆↑↓→← \u3000"


def _stem(filename: str) -> str:
    """The name without its folders (a slash inside the closing bracket is the note's own) and its extension."""
    name = filename.replace("\\", "/")
    cut = name.rfind("/", 0, max(name.rfind("("), name.rfind("（"), name.rfind("〈")) + 1 or len(name))
    base = name[cut + 1 :]
    ext = _EXT_RE.search(base)
    return base[: ext.start()] if ext else base


def _read_closing_note(result: ParsedName, title: str | None) -> str | None:
    """The title once a closing note left in it (or a title taken from inside one) is read; the title as it was where
    there is no such note."""
    stem = _stem(result.filename)
    if not stem.endswith(_CLOSERS) or (m := _CLOSING_NOTE.match(stem)) is None:
        return title
    note = m["note"].strip()
    if not (_CLOSING_NOTE_WORDS.search(note) or m["head"][-1] in "。." and _ISSUER_ONLY.fullmatch(note)) or _KEPT_NOTE.search(note) \
            or _SHOOTING_WAY.fullmatch(note) and m["head"][-1] not in "。.":
        return title  # (Xinhua's `(6月8日摄)`, `(2019年11月12日摄,无人机照片)`, `(摄于…)` stay the caption's, as the labels
        # keep them; an entry's `（摄影）` or a way of shooting, `游客赏灯（航拍 摄影）`, is no page's note unless a
        # sentence's stop stands before it, `…。(无人机拍摄)`)
    head = m["head"].strip(_NOTE_LEAD_MARKS).rstrip("。.，, ")
    inside = False
    if title is not None:
        opened = max(title.rfind("("), title.rfind("（"), title.rfind("〈"))
        if opened > 0 and (title.endswith(_CLOSERS) and note.replace("/", "／") in title.replace("/", "／")
                           or note.startswith(title[opened + 1 :].strip())):  # (or the title cut inside it,
            head, inside = title[:opened].strip(_NOTE_LEAD_MARKS).rstrip("。.，, "), True  # `…。（Google map`)
        elif title.endswith(_CLOSERS) and opened < 0:
            inside = True  # the title taken from inside the note (`大紀元)`): the sentence before it
    if sum("\u4e00" <= ch <= "\u9fff" for ch in head) < 4:
        return title
    if title is None and result.place == head:
        title = None  # (`某園（資料照片）`: a place-only name stays one, no title)
    elif title is None or inside:
        result._set("title", head, "caption before its closing note", 0.7)
        title = head  # (else the steps before took the note off: its day and credit are still read where none was)
    if not result.date and not result.date_partial:
        if (day := _NOTE_DAY.search(note)) and (iso := _valid_date(int(day["Y"]), int(day["M"]), int(day["D"]))):
            result._set("date", iso, "closing note's day", 0.6)
        elif year := _NOTE_YEAR_SHOT.search(note):
            result._set("date_partial", year["Y"], "（YYYY年摄）", 0.6)
            result._set("date_kind", "shot", "（YYYY年摄）", 0.6)
    if not result.photographers and "提供" not in note:
        shot = _NOTE_NAMES_SHOT.search(note)
        names = shot["names"].split("、") if shot else []
        if names and all(_is_name(_simplified(n)) for n in names):
            result._set("photographers", names, "closing note: X攝", 0.6)
        elif (pair := _NOTE_NAME_OUTLET.fullmatch(note)) and _credible_name(pair["n"]):
            result._set("photographers", [pair["n"]], "closing note: X/outlet", 0.6)
            if not result.agency:
                result._set("agency", pair["o"], "closing note: X/outlet", 0.6)
        elif latin := _NOTE_LATIN.fullmatch(note):
            result._set("photographers", [latin["n"]], "closing note: 攝影：Latin name", 0.6)
    return title

