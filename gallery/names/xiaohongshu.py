"""Step 4, 小红书 web downloads (`<标题>_<n>_<昵称>_来自小红书网页版`): title and account.

Reads credits_body, lexicon, people, result, stamps, places. Serves parse.
"""

from __future__ import annotations

import re
from typing import Final

from .credits_body import _is_latin_person
from .lexicon import _GAZETTEER
from .people import _is_bare_credited
from .places import _caption_place
from .result import ParsedName
from .stamps import _give_stamp, _stamp_from_groups

# ---------------------------------------------------------------------------------------------
# Step 4: 小红书
# ---------------------------------------------------------------------------------------------

# round 58: the marker glued to the title with no `_` (`<标题>来自小红书网页版`: a downloader that drops the empty
# index and nickname, or a person who cut them) is the same download: the words before it are the title, no account;
# only the full `来自小红书网页版` glued (`…来自小红书` in a sentence is a person's words)
# round 26: what tools write after the marker: a watermark note (`_有水印`, `_无水印`: downloaders save both
# copies), and a site's upload suffix `_<epoch ms>_<n>` (the upload time, UTC+8, as every epoch); (session 26) a
# saver's stamp may follow a picture number, `…_来自小红书网页版_1_<YYYYMMDD>_<hhmmss>_<ms>`
_XHS_RE: Final = re.compile(
    r"(?P<body>.*?)(?:_+来自小红书(?:网页版)?|(?P<glued>(?<=[^_\s])来自小红书网页版))(?:_(?:有|无|去|带)水印)?"
    r"(?:(?:_\d{1,2})?_(?P<Y>\d{4})(?P<M>\d{2})(?P<D>\d{2})_(?P<h>\d{2})(?P<m>\d{2})(?P<s>\d{2})(?:_\d{1,3})?"
    r"|_(?P<up>1[3-9]\d{11})_\d{1,6})?(?:_(?:有|无|去|带)水印)?"
    r"(?:_[0-9a-z]{6})?"  # round 43: a downloader's six-character random id last (`…_来自小红书网页版_k3x9qa`)
)
# the picture's number counts from 1: a number with a leading zero is more likely part of a nickname (`手机壁纸_1_00_kk`,
# session 22); where no other number stands, it is the picture's, padded (`_01_`) or from 0
_XHS_BODY: Final = re.compile(r"(?P<head>.*)_(?P<idx>[1-9]\d{0,2})_(?P<nick>.*)", re.DOTALL)
_XHS_BODY_ANY: Final = re.compile(r"(?P<head>.*)_(?P<idx>\d{1,3})_(?P<nick>.*)", re.DOTALL)
# (round 29: a site's upload `<epoch s>_<original name>` before the download — Go's `fmt.Sprintf("%d_%s",
# time.Now().Unix(), file.Filename)`, search-index files 52626131883, 23872285008, 40816838223, 45172967598 —
# gives the upload time, 2011–2033 only, as round 23's `<epoch s>_<n>`; the epoch ms form was read before)
_XHS_PREFIX: Final = re.compile(r"^(?:(?P<ms>1\d{12})_|1[3-9]\d{8}_|\d{1,6}_)+")
_XHS_PREFIX_EPOCH: Final = re.compile(r"(?<![0-9])(?:1\d{12}|1[3-9]\d{8})(?=_)")


# session 22: a note's title that credits whoever took the picture in English (`Portrait by Stephen Chow`, `Photo by
# 王小明`): the one credited is the photographer (the account that posted it stays an account). Only after a picture's
# word: by after anything else names a singer, a brand, a stylist or an editor (`晴天 by 周杰伦`, `Hair by X`)
_BY_NAME: Final = re.compile(r"(?:^|\s)(?:[Pp]hoto(?:graph(?:ed|y)?|s)?|[Ss]hot|[Cc]aptured|[Pp]ortraits?|[Pp]ictures?|[Ii]mages?"
                             r"|[Tt]aken)\s+[Bb]y\s+(?P<n>[A-Z][A-Za-z'-]+(?: [A-Z][A-Za-z'-]+){1,2}|[\u4e00-\u9fff]{2,4})\.?$")


def _credit_by(result: ParsedName, title: str) -> None:
    m = _BY_NAME.search(title)
    if m and (_is_latin_person(m["n"]) or _is_bare_credited(m["n"])):
        result._set("photographers", [m["n"]], "小红书 title: by X", 0.7)


def _apply_xiaohongshu(result: ParsedName, core: str) -> bool:
    m = _XHS_RE.fullmatch(core) if "来自小红书" in core else None
    if not m:
        return False
    result.kind = result.family = "xiaohongshu"
    body = m.group("body")
    if m.group("glued"):
        head, nick = body, ""  # round 58: `<标题>来自小红书网页版`: no index, no nickname
    elif parts := _XHS_BODY.fullmatch(body) or _XHS_BODY_ANY.fullmatch(body):
        head, nick = parts.group("head"), parts.group("nick")
    else:
        head, nick = body.rpartition("_")[::2]
    nick = nick.strip("_ ")
    if nick:
        result._set("accounts", [nick], "小红书 nickname", 0.9)
    prefix = _XHS_PREFIX.match(head)
    prefix_ms = prefix_sec = None
    if prefix:
        stamps = _XHS_PREFIX_EPOCH.findall(prefix.group(0))
        if stamps and len(stamps[0]) == 13:
            prefix_ms = stamps[0]
        elif stamps:
            prefix_sec = stamps[0]
        head = head[prefix.end():]
    title = head.strip("_ ")
    if title:
        result._set("title", title, "小红书 title", 0.9)
        if " by " in title or " By " in title:
            _credit_by(result, title)
        _caption_place(result, title)
        if result.place and result.place in _GAZETTEER and title.startswith(result.place) \
                and 0 < len(title) - len(result.place) <= 3:  # `苏州玉雕`, `北京冬奥`: a craft or a theme
            result._unset("place")
    if m.group("Y"):
        day, clock = _stamp_from_groups(m.groupdict())
        rule = "小红书 save-time suffix"
    elif m.group("up"):
        day, clock = _stamp_from_groups({"ms": m.group("up")})
        _give_stamp(result, day, clock, "小红书 upload suffix _<epoch ms>_<n>", "uploaded", 0.7)
        return True
    elif prefix_sec:
        day, clock = _stamp_from_groups({"sec": prefix_sec})
        _give_stamp(result, day, clock, "upload <epoch s>_<小红书 name>", "uploaded", 0.7)
        return True
    else:
        day, clock = _stamp_from_groups({"ms": prefix_ms}) if prefix_ms else (None, None)
        rule = "小红书 upload epoch ms"
    _give_stamp(result, day, clock, rule, "saved", 0.8)
    return True
