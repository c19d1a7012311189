"""Phone numbers in a name: `PHONE_RE`, `find_phones`, `redact_phones`, and taking them off a
caption's text.

Reads result. Serves devices, contests, text_fields, text_body, folders, credit_tail, finish.
"""

from __future__ import annotations

import re
from typing import Final

from .lexicon import _TRADITIONAL
from .result import ParsedName

# ---------------------------------------------------------------------------------------------
# Phones
# ---------------------------------------------------------------------------------------------

# Mobiles (optionally +86 and 3-4-4 groups) and landlines written with an area code separator;
# a bare 0xxxxxxxxxx run is too often a hash or an id to call it a phone. Session 23: a Taiwan mobile, 09xx-xxx-xxx,
# as a field of its own or after 手机/电话 (a contest there asks for it as ours ask for 1xx: `作品+姓名+0912345678`);
# find_phones reads it only where the name's script or a key says Taiwan's phone (the third group).
PHONE_RE: Final = re.compile(
    r"(?<![\dA-Za-z])(?:\+?86[- ]?)?(1[3-9]\d(?:[- ]?\d{4}){2})(?!\d)"
    r"|(?<![\dA-Za-z])((?:\(0\d{2,3}\)|（0\d{2,3}）|0\d{2,3}-)[2-9]\d{6,7})(?![\d])"
    r"|(?:^|(?<=[-_+＋\s:：，,、(（机機话話]))(09\d{2}(?:-?\d{3}){2})(?!\.?\d)"
)
_NOT_DIGIT: Final = re.compile(r"\D")
# a phone's label, in either script (`联系电话`, `手機號碼`, `联系方式`; 方式 alone is a word, `生活方式`)
_PHONE_LABEL: Final = r"(?:(?:联系|聯繫)?(?:电话|電話|手机号码?|手機號碼?|手机|手機)|联系方式|聯繫方式)"
_PHONE_KEY_BEFORE: Final = re.compile(_PHONE_LABEL + r"[:：]?\s*$|(?:Tel|TEL|tel)[:：]?\s*$")
# an id's, an order's or a counter's word before a Taiwan mobile's digits (the second review's: `学号 09…`, `发票-09…`)
_ID_KEY_BEFORE: Final = re.compile(r"(?:号|號|码|碼|证|證|单|單|截图|截圖|编号|序号|订单|文件|发票|發票|批次|快递|快遞|流水|档案|檔案|卷宗|帧|幀"
                                  r"|扫描|掃描|底片|会员|會員|级|級|届|屆)[-_+＋\s:：]*$")
_TEN_DIGITS: Final = re.compile(r"(?:[^0-9]*+[0-9]){10}")  # (speed) ten ASCII digits somewhere: one scan, not ten counts


def find_phones(text: str, *, written: str = "") -> list[str]:
    """Phone numbers in `text`, digits only, in order of appearance (`written`: the name as written, whose script says
    Taiwan where `text` has been read into simplified characters)."""
    if "1" not in text and "0" not in text:
        return []  # a mobile starts with 1, a landline's area code with 0: most names hold neither
    if not _TEN_DIGITS.match(text):
        return []  # a mobile has 11 digits, a landline 10 or more (area code and number): a date has fewer
    return [_NOT_DIGIT.sub("", m.group(1) or m.group(2) or m.group(3)) for m in PHONE_RE.finditer(text)
            if not m.group(3) or _is_taiwan_mobile(text, written, m)]


def _is_taiwan_mobile(text: str, written: str, m: re.Match[str]) -> bool:
    """A 09… number is a phone in a name written in Taiwan's script, after a phone's key, or alone (a form's value),
    and never after an id's word: in simplified script `快递_09…` is an id, `IMG_09…` a counter."""
    return (_TRADITIONAL.search(written or text) is not None or _PHONE_KEY_BEFORE.search(text, 0, m.start()) is not None
            or m.group(0) == text.strip()) and not _ID_KEY_BEFORE.search(text, 0, m.start())


def redact_phones(text: str) -> str:
    """`text` with every phone number replaced by ***."""
    return PHONE_RE.sub("***", text)
_PHONE_WORD: Final = re.compile(r"[-_—\s]*(?:联系)?电话[:：]?\s*(?P<n>\d{7,8})(?!\d)")


# the label a phone taken out leaves at the end: glued to the words (`电话13812345678`) or a segment of its own (`…+电话+<phone>`)
_PHONE_LABEL_LEFT: Final = re.compile(r"[-_+\s]*(?:联系)?(?:电话|手机|方式|手机号码?)[:：]?\s*$|[-_+＋\s]+" + _PHONE_LABEL
                                      + r"[:：]?[-_+＋\s]*$")
# the same left between two separators (`某某-联系电话<phone>-题`), and the separators on both sides of the gap
_LABEL_BEFORE_GAP: Final = re.compile(r"(?<=[-_+＋，,、])" + _PHONE_LABEL + r"[:：]?[-_+＋，,、]?\s(?=[-_+＋，,、])")
_SEP_AROUND_GAP: Final = re.compile(r"([-_+＋，,、])\s?\1")


# A phone number masked in a published list (`***`, `138****1234`): no number, only its place
_MASKED_PHONE: Final = re.compile(r"[-_+＋\s]*(?:\*{3,}|1\d{2}\*{4}\d{4})$")


_MASKED_MID: Final = re.compile(r"[-_+＋\s]+(?:\*{3,}|1\d{2}\*{4}\d{4})(?=[-_+＋\s])")  # `张三+***+玩伴`


def _take_phones(result: ParsedName, text: str) -> str:
    if text.endswith("*"):
        text = _MASKED_PHONE.sub("", text) or text
    elif "****" in text:
        text = _MASKED_PHONE.sub("", text) or text
    if "***" in text:
        text = _MASKED_MID.sub("", text)
    phones = find_phones(text, written=result.filename)  # (its script read only where a 09… number stands)
    if "电话" in text:  # `联系电话56367518`: a local number without its area code
        m = _PHONE_WORD.search(text)
        if m:
            phones.append(m["n"])
            text = text[: m.start()] + text[m.end():]
    if not phones:
        return text
    result._set("phones", phones, "phone number", 0.95)
    text = PHONE_RE.sub(" ", text).strip()
    if " " in text:  # session 23: the gap a phone leaves inside the name, its label with it: one separator stays
        text = _SEP_AROUND_GAP.sub(r"\1", _LABEL_BEFORE_GAP.sub("", text))
    return _PHONE_LABEL_LEFT.sub("", text).strip()  # `电话13812345678`: the label goes too
