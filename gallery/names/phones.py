"""Phone numbers in a name: `PHONE_RE`, `find_phones`, `redact_phones`, and taking them off a
caption's text.

Reads result. Serves devices, contests, text_fields, text_body, folders, credit_tail, finish.
"""

from __future__ import annotations

import re
from typing import Final

from .result import ParsedName

# ---------------------------------------------------------------------------------------------
# Phones
# ---------------------------------------------------------------------------------------------

# Mobiles (optionally +86 and 3-4-4 groups) and landlines written with an area code separator;
# a bare 0xxxxxxxxxx run is too often a hash or an id to call it a phone.
PHONE_RE: Final = re.compile(
    r"(?<![\dA-Za-z])(?:\+?86[- ]?)?(1[3-9]\d(?:[- ]?\d{4}){2})(?!\d)"
    r"|(?<![\dA-Za-z])((?:\(0\d{2,3}\)|（0\d{2,3}）|0\d{2,3}-)[2-9]\d{6,7})(?![\d])"
    r"|(?:^|(?<=[-_+＋\s:：，,、(（机機话話]))(09\d{2}(?:-?\d{3}){2})(?!\.?\d)"  # (or after 手机, 电话)  # session 23: a Taiwan mobile, 09xx-xxx-xxx, a field
)  # of its own (a contest there asks for it as ours ask for 1xx: `作品+姓名+0912345678`)
_NOT_DIGIT: Final = re.compile(r"\D")
_HAN: Final = re.compile(r"[\u4e00-\u9fff]")
_SEP_AROUND_GAP: Final = re.compile(r"([-_+＋，,、])\s?\1")  # the same separator on both sides of a phone taken out
_LABEL_BEFORE_GAP: Final = re.compile(r"(?<=[-_+＋，,、])(?:联系|聯繫)?(?:电话|電話|手机号码?|手機號碼?|手机|手機|方式)[:：]?[-_+＋，,、]?\s(?=[-_+＋，,、])")
_ID_KEY_BEFORE: Final = re.compile(r"(?:号|號|码|碼|证|證|单|單|截图|截圖|编号|序号|订单|文件)[-_+＋\s:：]*$")
_TEN_DIGITS: Final = re.compile(r"(?:[^0-9]*+[0-9]){10}")  # (speed) ten ASCII digits somewhere: one scan, not ten counts


def find_phones(text: str) -> list[str]:
    """Phone numbers in `text`, digits only, in order of appearance."""
    if "1" not in text and "0" not in text:
        return []  # a mobile starts with 1, a landline's area code with 0: most names hold neither
    if not _TEN_DIGITS.match(text):
        return []  # a mobile has 11 digits, a landline 10 or more (area code and number): a date has fewer
    return [_NOT_DIGIT.sub("", m.group(1) or m.group(2) or m.group(3)) for m in PHONE_RE.finditer(text)
            if not m.group(3) or (_HAN.search(text) or m.group(0) == text.strip())
            and not _ID_KEY_BEFORE.search(text, 0, m.start())]  # (a Taiwan mobile beside words or under a key:
    # `IMG_0912345678` is a counter; the review's `学号 09…`, `订单 09…`, `截图 09…`: an id, an order, a clock)


def redact_phones(text: str) -> str:
    """`text` with every phone number replaced by ***."""
    return PHONE_RE.sub("***", text)
_PHONE_WORD: Final = re.compile(r"[-_—\s]*(?:联系)?电话[:：]?\s*(?P<n>\d{7,8})(?!\d)")


_PHONE_LABEL_LEFT: Final = re.compile(r"[-_+＋\s]*(?:联系)?(?:电话|手机|方式|手机号码?)[:：]?[-_+＋\s]*$")  # (`…+电话+<phone>`)


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
    phones = find_phones(text)
    if "电话" in text:  # `联系电话56367518`: a local number without its area code
        m = _PHONE_WORD.search(text)
        if m:
            phones.append(m["n"])
            text = text[: m.start()] + text[m.end():]
    if not phones:
        return text
    result._set("phones", phones, "phone number", 0.95)
    text = PHONE_RE.sub(" ", text).strip()
    if "  " not in text and " " in text:
        text = _LABEL_BEFORE_GAP.sub("", text)  # (probe B: `某某-联系电话<phone>-题`: the label goes with its number)
        text = _SEP_AROUND_GAP.sub(r"\1", text)  # session 23: `某某- -题` after `某某-<phone>-题`: one separator stays
    return _PHONE_LABEL_LEFT.sub("", text).strip()  # `电话13812345678`: the label goes too
