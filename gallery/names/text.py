"""Step 5, text written by a person: the step's entry point (`_apply_text`).

Reads result, stamps, people, places, places_not_where, credits_crews, devices_patterns, titles, segments, text_fields,
text_prefixes, text_body. Serves devices_tolerant, devices, parse.
"""

from __future__ import annotations

import re
from typing import Final

from .credits_crews import _take_source_body
from .devices_patterns import _TS14
from .lexicon import _GAZETTEER
from .people import _has_surname, _is_name
from .places import _caption_place, _full_place
from .places_not_where import _CLAUSE_END
from .result import ParsedName
from .segments import _ENTRY_AWARD_RE
from .stamps import _set_stamp
from .text_body import _apply_text_body
from .text_fields import _CONTEST_WORDS
from .text_prefixes import _ARCHIVE_LEAD, _CONTEST_TAG, _agency_photo_header, _is_certificate
from .titles import _AWARD_TAIL

# round 21: `【春江水暖】【照片作者：张三】`: the work's title in one bracket, its author in the next
_TAG_AUTHOR: Final = re.compile(
    r"[【\[](?P<t>[^】\]]{1,40})[】\]]\s*[【\[](?:照片|图片)?(?:作者|摄影师?)\s*[:：]\s*(?P<name>[^】\]]{2,8})[】\]]"
)


_CMS_UPLOAD_STAMP: Final = re.compile(rf"-{_TS14}$")
_WHOLLY_BRACKETED: Final = re.compile(r"\s*[(（](?P<words>[^()（）]*[^()（）摄图供发]"
                                      # session 14: or words, a comma, then their credit (`(其中一个小天鹅家庭,X摄)`)
                                      r"|[^()（）,，]*[\u4e00-\u9fff]{4}[^()（）,，]*[,，]\s*(?P<who>[^()（）,，\s]{2,12})\s*[摄攝]影?)"
                                      r"[)）]\s*")  # (review: a person, not an agency or a site, `(…,新华社摄)`)
_CJK_RUN4: Final = re.compile(r"[\u4e00-\u9fff]{4}")  # (review: words, not a credit alone, `（X/摄）`, `(1 of 3)`, `(某社发 …供图)`)


def _apply_cms_tags(result: ParsedName, core: str) -> None:
    """Session 13: a news CMS's keyword tags before its upload stamp (decorations' `cms` kind, `<tags>-<ts14>_<4 hex>_large`):
    the title, the first tag the place where it names one, nobody credited (the people of the story are tags too)."""
    tags = core.strip(" -")
    stamp = _CMS_UPLOAD_STAMP.search(tags)
    if stamp:  # (the stamp step skips a name holding 摄: `照片-攝影記者-某某-<ts14>`)
        if not result.date:
            _set_stamp(result, stamp, "CMS upload stamp", "uploaded", 0.6)
        tags = tags[: stamp.start()]
    result._set("title", tags, "CMS keyword tags", 0.6)
    first = tags.split("-", 1)[0]
    if (len(first) >= 3 or first[-1] not in "市县区镇乡村") and _full_place(first) and not _is_name(first):
        result._set("place", first, "CMS keyword tags", 0.5)  # (review: a two-character word closing on an
        # administrative suffix is a word, 楼市, 股市, 街市)
    elif "-" not in tags:  # (review) one tag that is a caption sentence (`市民在维园悼念-<ts14>`): its place
        _caption_place(result, tags)


_CAPTION_KEY: Final = re.compile(r"(?:《[圖图][說说]》|【[圖图][說说]】|[圖图][說说]\s*[:：]|封面[圖图]片?\s*[:：]|[題题][圖图]\s*[:：])\s*")
_REGION_TAG: Final = re.compile(r"[\[【](?P<t>[\u4e00-\u9fff]{2,8})[\]】]\s*")
_REGION_SHORT: Final = frozenset("北市 北縣 北县 新北 桃市 中市 南市 高市 竹市 竹縣 苗縣 彰縣 投縣 雲縣 嘉市 嘉縣 屏縣 宜縣 花縣 東縣 澎縣 金門 馬祖".split())
_SAME_BELOW: Final = re.compile(r"\s*[，,；;]\s*(?:以下同|下同|同上)(?=\s*[)）]\s*$)")


def _apply_text(result: ParsedName, core: str) -> None:
    """Text written by a person; a column tag (`【新春走基层】`) stays at the head of the title."""
    if result.family == "cms_keyword":
        _apply_cms_tags(result, core)
        return
    if "同" in core[-6:] and (same := _SAME_BELOW.search(core, max(0, len(core) - 8))):
        core = core[: same.start()] + core[same.end():]  # session 25: `（圖／某縣政府提供，下同）`: the same credit for the
        # pictures below, a page's note, no name
    if core[:1] in "《【圖图封" and (key := _CAPTION_KEY.match(core)) and key.end() < len(core):
        core = core[key.end():]  # session 25 (set 136): `《圖說》…`, `圖說：…`, `封面图片:…`: the page's key for its caption
    if core[:1] in "[【" and (tag := _REGION_TAG.match(core)) and tag.end() < len(core) \
            and (tag["t"] in _GAZETTEER or tag["t"] in _REGION_SHORT
                 or len(tag["t"]) >= 3 and tag["t"][-1] in "縣县市區区" and _full_place(tag["t"])):  # (not `【归乡】`)
        core = core[tag.end():]  # session 25 (set 137): a blog's region tag before its post's title (`[北縣] …`,
        # `【台北士林區】…`): the post names its own place, the tag files it
    whole = core
    if "源" in core[-30:] or core[-1:] in ")）" and "供图" in core[-6:]:  # (speed) the source's words first
        core = _take_source_body(result, core)
    if core[:1] in "(（" and core[-1:] in ")）" and (inside := _WHOLLY_BRACKETED.fullmatch(core)) \
            and "作者系" not in core and (_CJK_RUN4.search(inside["words"]) or len(core) < len(whole)) \
            and (inside["who"] is None or _is_name(inside["who"], strict=False) and inside["who"][-1] not in "社网报台"):
        core = inside["words"]  # session 13: `(某某专题展 摄影:X)`: a page's caption kept whole in its brackets (four
        # characters of words at least, any once a source note after them is gone; a paper's note on the author,
        # `（作者系…）`, is read as one by text_notes._take_author_note)
    if core[:2] == "资料" and (lead := _ARCHIVE_LEAD.match(core)) and lead.end() < len(core):
        _apply_text_body(result, core[lead.end():])  # `资料图：2017年…，游客…`: the rest is read as the caption it is
        if result.title and core.startswith(result.title, lead.end()):  # round 59: the paper's note heads the
            result.title = lead.group(0).rstrip() + result.title  # caption it printed, so the title keeps it
        return
    if core[:5] in ("新华社照片", "中新社照片") and (header := _agency_photo_header(result, core)):
        _apply_text_body(result, core[header.end():])  # the caption after the agency's header, then its dateline city
        if not result.place and (header["city"] in _GAZETTEER or _full_place(header["city"])):  # as the place where
            result._set("place", header["city"], "新华社照片,城市,日期", 0.6)  # the caption names none (review: a city,
            # not 外代, 多地 or 专稿, which Xinhua writes there too)
        return
    bracketed = core.lstrip()[:1] in "【["
    m = _TAG_AUTHOR.fullmatch(core.strip()) if bracketed else None
    if m and _is_name(m["name"].strip(), strict=False) and _has_surname(m["name"].strip()):
        result._set("title", m["t"].strip(), "【题】【作者：X】", 0.85)
        result._set("photographers", [m["name"].strip()], "【题】【作者：X】", 0.85)
        result.kind = result.family = "contest_entry"
        return
    tag = _CONTEST_TAG.match(core.strip()) if bracketed else None
    if tag is None or _CONTEST_WORDS.search(tag["tag"]) or tag.end() >= len(core.strip()):
        _apply_text_body(result, core)
        return
    _apply_text_body(result, core.strip()[tag.end():])
    rule = result.evidence["title"].rule if result.title else ""
    if rule == "caption sentence" and _CLAUSE_END.search(result.title or ""):
        result._set("title", tag["tag"].strip(), "【story title】 caption", 0.75)  # `【莆田养女】2018年6月9日,…`
    elif rule in ("caption sentence", "bare title") and not _ENTRY_AWARD_RE.fullmatch(tag["tag"]) and not (
            (m := _AWARD_TAIL.search(result.title or "")) and _is_certificate(result.title or "", m.start())):
        result.title = tag.group(0).strip() + (result.title or "")  # the column is part of the headline
        # (round 22: not before a certificate's name, `【科创】…竞赛一等奖`: the tag files it, it heads no story;
        # round 25: nor an award, `【佳作】…`: a result, no column)
    elif not result.title and (result.place or result.photographers):  # `【题】【系列之5】…摄影湖南永州`, `【题】【作者：X】`
        result._set("title", tag["tag"].strip(), "【title】 date place", 0.7)
