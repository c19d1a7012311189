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
# a bare 0xxxxxxxxxx run is too often a hash or an id to call it a phone.
PHONE_RE: Final = re.compile(
    r"(?<![\dA-Za-z])(?:\+?86[- ]?)?(1[3-9]\d(?:[- ]?\d{4}){2})(?!\d)"
    r"|(?<![\dA-Za-z])((?:\(0\d{2,3}\)|（0\d{2,3}）|0\d{2,3}-)[2-9]\d{6,7})(?![\d])"
    r"|(?:^|(?<=[-_+＋\s:：，,、(（机機话話]))(09\d{2}(?:-?\d{3}){2})(?!\.?\d)"  # (or after 手机, 电话)  # session 23: a Taiwan mobile, 09xx-xxx-xxx, a field
)  # of its own (a contest there asks for it as ours ask for 1xx: `作品+姓名+0912345678`)
_NOT_DIGIT: Final = re.compile(r"\D")
_HAN: Final = re.compile(r"[\u4e00-\u9fff]")
_SEP_AROUND_GAP: Final = re.compile(r"([-_+＋，,、])\s?\1")  # the same separator on both sides of a phone taken out
_LABEL_BEFORE_GAP: Final = re.compile(r"(?<=[-_+＋，,、])(?:(?:联系|聯繫)?(?:电话|電話|手机号码?|手機號碼?|手机|手機)|联系方式|聯繫方式)[:：]?"
                                    r"[-_+＋，,、]?\s(?=[-_+＋，,、])")
_ID_KEY_BEFORE: Final = re.compile(r"(?:号|號|码|碼|证|證|单|單|截图|截圖|编号|序号|订单|文件|发票|發票|批次|快递|快遞|流水|档案|檔案|卷宗|帧|幀"
                                  r"|扫描|掃描|底片|会员|會員|级|級|届|屆)[-_+＋\s:：]*$")
_PHONE_KEY_BEFORE: Final = re.compile(r"(?:电话|電話|手机|手機|联系方式|聯繫方式|Tel|TEL|tel)[:：]?\s*$")
_TEN_DIGITS: Final = re.compile(r"(?:[^0-9]*+[0-9]){10}")  # (speed) ten ASCII digits somewhere: one scan, not ten counts


def find_phones(text: str, *, written: str = "") -> list[str]:
    """Phone numbers in `text`, digits only, in order of appearance (`written`: the name as written, whose script says
    Taiwan where `text` has been read into simplified characters)."""
    if "1" not in text and "0" not in text:
        return []  # a mobile starts with 1, a landline's area code with 0: most names hold neither
    if not _TEN_DIGITS.match(text):
        return []  # a mobile has 11 digits, a landline 10 or more (area code and number): a date has fewer
    return [_NOT_DIGIT.sub("", m.group(1) or m.group(2) or m.group(3)) for m in PHONE_RE.finditer(text)
            if not m.group(3) or (_TRADITIONAL.search(written or text) or _PHONE_KEY_BEFORE.search(text, 0, m.start())
                                  or m.group(0) == text.strip())
            and not _ID_KEY_BEFORE.search(text, 0, m.start())]  # (the second review's: in a name written in Taiwan's
    # script or after a phone's key; `发票-09…`, `快递_09…` in simplified script are ids)  # (a Taiwan mobile beside words or under a key:
    # `IMG_0912345678` is a counter; the review's `学号 09…`, `订单 09…`, `截图 09…`: an id, an order, a clock)


def redact_phones(text: str) -> str:
    """`text` with every phone number replaced by ***."""
    return PHONE_RE.sub("***", text)
_PHONE_WORD: Final = re.compile(r"[-_—\s]*(?:联系)?电话[:：]?\s*(?P<n>\d{7,8})(?!\d)")


_PHONE_LABEL_LEFT: Final = re.compile(r"[-_+\s]*(?:联系)?(?:电话|手机|方式|手机号码?)[:：]?\s*$"  # (`…+电话+<phone>`: a segment of
                                      r"|[-_+＋\s]+(?:联系方式|联系电话|电话|手机号码?|手机)[:：]?[-_+＋\s]*$")  # its own too)


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
    if "  " not in text and " " in text:
        text = _LABEL_BEFORE_GAP.sub("", text)  # (probe B: `某某-联系电话<phone>-题`: the label goes with its number)
        text = _SEP_AROUND_GAP.sub(r"\1", text)  # session 23: `某某- -题` after `某某-<phone>-题`: one separator stays
    return _PHONE_LABEL_LEFT.sub("", text).strip()  # `电话13812345678`: the label goes too
