"""Step 5, labelled fields (`作者：X`, `单位：Y`, …) and providers (`_labelled_fields`, `_take_provider`).

Reads lexicon, result, phones, stamps, people, places, credits_body, credits_bylines, dates,
devices, segments, contests. Serves text_tails, text_sources, text_body, text.
"""

from __future__ import annotations

import re
from typing import Final

from .contests import _ENTRY_RANK, _SERIES_MID
from .credits_body import _UNIT_ONLY, _is_latin_person, _tail40
from .credits_bylines import _trailing_units
from .dates import _TEXT_DATE_START, _set_year_month_day
from .devices import _LEAD_DATE
from .lexicon import _ROLE_RE, _trie_pattern
from .people import _is_name, _is_plain_common_name
from .phones import _take_phones, find_phones
from .places import _caption_place
from .result import ParsedName
from .segments import _BOOK_TITLE, _SPLIT_NAME, _UNIT_NAME, _WORK_KINDS
from .stamps import _valid_date
from .titles import _strip_gloss

_CONTEST_WORDS: Final = re.compile(r"赛|征|奖|展|评|作品|摄影|投稿|活动|组")


# One table of the key words a name written as a form uses (contest calls ask for 名称、作者、地点、
# 电话、单位、编号 in any order), and what each key's value holds.
_FIELD_KIND: Final = {
    "拍摄时间": "date", "拍摄日期": "date", "时间": "date", "日期": "date",
    "拍摄地点": "place", "拍摄地": "place", "地点": "place",
    "作者姓名": "name", "作者": "name", "摄影师": "name", "摄影者": "name", "拍摄者": "name", "摄影": "name",
    "姓名": "name",
    # round 56: a result list's rank as the key of the entrant (`冠軍：X 作品題名：Y`; 馬祖 2024 金句 results print
    # `金獎：「作品」，創作人：X` the same way: the rank, a colon, what won it)
    "冠军": "rank", "亚军": "rank", "季军": "rank", "殿军": "rank",
    "作品名称": "title", "作品标题": "title", "作品题目": "title", "作品题名": "title", "作品名": "title", "题目": "title",
    "标题": "title", "名称": "title", "主题": "title", "作品": "title",
    "联系电话": "phone", "联系方式": "phone", "电话": "phone", "手机号码": "phone", "手机号": "phone", "手机": "phone",
    "工作单位": "unit", "所在单位": "unit", "单位": "unit", "学校": "unit", "学院": "unit", "院系": "unit",
    "部门": "unit", "班级": "unit", "年级": "unit", "专业": "unit",
    "指导老师": "teacher", "指导教师": "teacher",  # who supervised a pupil's entry: not its author
    "作品编号": "id", "参赛编号": "id", "编号": "id", "序号": "id",
    # session 16: a story's crew listed beside the photographer (`记者:X;摄影:Y;视频:Z`): who wrote, filmed or edited it
    # took no picture
    "记者": "crew", "文字": "crew", "撰文": "crew", "视频": "crew", "编辑": "crew", "责编": "crew",
    # session 18: an artwork's label fields (`标题：X 尺寸：… 媒介：水墨画`): notes on the work, none of the fields read
    "尺寸": "note", "规格": "note", "媒介": "note", "材质": "note", "材料": "note", "年代": "note", "创作年代": "note",
    "创作时间": "note", "类别": "note", "组别": "note", "备注": "note", "简介": "note", "说明": "note",
}
_FIELD_KEYS: Final = _trie_pattern(_FIELD_KIND)
# `地点：北京`: a key and a colon; `【作者】张三`: a key in brackets
_FIELD_LABEL: Final = re.compile(rf"(?P<key>{_FIELD_KEYS})[:：]\s*|[【\[](?P<bkey>{_FIELD_KEYS})[】\]]\s*")
# `名称_春风_作者_余平`: a key between separators (no colon) is a key only where the name opens with
# one and at least one more follows, so a title that holds a key word (`名称由来`, `作者的家`) is no form (review: a
# crew's key only before a colon, `名称_记者_作者_X` is the work 记者)
_SEP_KEYS: Final = _trie_pattern([key for key, kind in _FIELD_KIND.items() if kind not in ("crew", "note")])
_FIELD_KEY_SEP: Final = re.compile(rf"(?:^|(?<=[_\-\s+＋—|]))(?P<key>{_SEP_KEYS})(?:[:：=]\s*|[_\-\s+＋—|]+|(?=《))")
# (session 23: `作品名称《题》 作者姓名 X 拍摄地点 Y`: the work's 《》 straight after its key)
_FIELD_FIRST: Final = frozenset(k[0] for k in _FIELD_KIND)
_FIELD_OPENS: Final = re.compile(rf"(?:{_FIELD_KEYS})(?:[:：=]|[_\-\s+＋—|]|(?=《))")
_GLUED_ENTRY_ID: Final = re.compile(r"(?:(?<=[\u4e00-\u9fff）)])|[_\-\s]+)\d{3,6}$")  # `地点_安庆1081`: the entry id
_NAME_UNIT_VALUE: Final = re.compile(r"(?P<name>[\u4e00-\u9fff]{2,4})\s*[(（](?P<unit>[^()（）]{2,16})[)）]")
# round 61: a contest's category closing the author's field in brackets (`作者：张三 某某公司(摄影)`, `作者：李四（书法）`):
# the entry's section of the call (摄影, 书法, 绘画 …, the kinds _WORK_KINDS lists), neither the author's unit nor a name
_CATEGORY_NOTE: Final = re.compile(r"\s*[(（](?:" + _WORK_KINDS + r")(?:类|组|作品)?[)）]$")


_HEAD_TITLE: Final = re.compile(r"[\u4e00-\u9fff]{1,12}[_\-\s+＋]")
_HEAD_KEY: Final = re.compile(rf"[\u4e00-\u9fff]{{1,12}}[_\-\s+＋](?:{_FIELD_KEYS})[_\-\s+＋|]")


def _field_labels(text: str) -> tuple[list[re.Match[str]], bool]:
    """The keys of a form, and whether the words before the first key are its title."""
    labels = list(_FIELD_LABEL.finditer(text))
    if len(labels) >= 2:
        return labels, False
    head = _HEAD_TITLE.match(text)
    if _FIELD_OPENS.match(text) or head and _FIELD_OPENS.match(text, head.end()):
        keyed = list(_FIELD_KEY_SEP.finditer(text))
        kinds = [_FIELD_KIND[m["key"]] for m in keyed]
        if not keyed or len(set(kinds)) < len(kinds):
            return labels, False  # each kind once: `名称_名称` or `作者_作者` is no form
        if keyed[0].start() == 0 and len(keyed) >= 2:
            return keyed, False
        if (head and keyed[0].start() == head.end() and "title" not in kinds and "name" in kinds
                and not any(":" in m.group(0) or "：" in m.group(0) for m in keyed)
                and not _ROLE_RE.match(text, keyed[0].end())):  # round 42: `晨曦 摄影 本报记者 X Y`: a byline
            return keyed, True  # `晨曦_作者_张三`: a title, then the form (`晨曦 摄影：X` is read later)
    return labels, False


# session 14: a result list's award or rank before the form (`第二名_作品名称:X_摄影者:Y`, `一等奖 作品名称：X 作者：Y`):
# how the entry fared, not words of its title
_HEAD_RANK: Final = re.compile(rf"(?:{_ENTRY_RANK}|第[一二三四五六七八九十]{{1,3}}名)(?:作品)?")
_BOOKED_VALUE: Final = re.compile(r"《(?P<t>[^《》]+)》\s*(?:入选|入围|获奖|[一二三]等奖|优秀奖|[金银铜]奖|特等奖)?")
_UNIT_AT_END: Final = re.compile(_UNIT_ONLY.pattern + "$")  # a unit closing the words, however long they run
_UNIT_SPACE_NAME: Final = re.compile(r"(?P<unit>[\u4e00-\u9fff]{3,20})\s+(?P<name>[\u4e00-\u9fff]{2,4})")


def _labelled_fields(result: ParsedName, text: str) -> bool:
    """`拍摄时间：2019年8月1日 地点：北京 作者：张三`, `名称_春风_作者_余平_地点_安庆1081`: a name written
    as a form (contest calls ask for 标题、时间、拍摄地点、作者), each value up to the next key."""
    labels, head_title = _field_labels(text)
    head = text[: labels[0].start()].strip(" _-+＋") if labels else ""
    if head and not head_title and _HEAD_RANK.fullmatch(head):
        head = ""
    book = _BOOK_TITLE.fullmatch(head) if head else None
    if not head_title and (len(labels) < 2 and not (book and labels) or (head and not book)):
        return False
    kinds = [_FIELD_KIND[m["key"] or m["bkey"]] for m in labels]
    if "rank" in kinds and (kinds.count("rank") > 1 or "title" not in kinds and not book):
        return False  # `冠军：X 亚军：Y`: a podium's places, the people in the picture; a rank keys the entrant beside a work
    if book:  # `《归途》 作者：张三 单位：…`
        result._set("title", (book["t"] or book["q"] or book["b"] or "").strip(), "《》", 0.95)
    elif head_title:
        result._set("title", head, "标题 作者：X", 0.8)
    for i, m in enumerate(labels):
        end = labels[i + 1].start() if i + 1 < len(labels) else len(text)
        value = text[m.end() : end].strip(" ,，;；_-+＋—|")
        kind = kinds[i] if kinds[i] != "rank" else "name"
        if i == len(labels) - 1 and kind not in ("phone", "id", "date"):
            glued = _GLUED_ENTRY_ID.search(value)
            if glued:
                result._set("entry_id", glued.group(0).lstrip("_- "), "字段 编号", 0.6)
                value = value[: glued.start()]
        if kind == "title":
            value = _SERIES_MID.sub("", value).strip()  # `徽州人家（组照）`
            if value[-1:] in ")）":
                value = _strip_gloss(value)  # session 20: `作品:《清晨》(The Morning Catch)`: in English too
            if value[:1] == "《" and (booked := _BOOKED_VALUE.fullmatch(value)):
                value = booked["t"].strip()  # session 13: `作品名称:《人民卫士》入选`: the work, then how it fared
        if kind not in ("phone", "id", "date") and ("1" in value or "0" in value):
            value = _take_phones(result, value)  # a phone written under another key (`标题_摄影 <mobile>`) is kept
        if not value:
            continue
        if kind == "date":
            d = _TEXT_DATE_START.match(value) or _LEAD_DATE.match(value)
            if d and d.groupdict().get("sep2") is None and "年" in d.group(0):
                _set_year_month_day(result, d)
            elif d:
                day = _valid_date(int(d["Y"]), int(d["M"] or d["M2"]), int(d["D"] or d["D2"]))
                if day:
                    result._set("date", day, "拍摄时间：", 0.85)
        elif kind == "place":
            result._set("place", value, "地点：", 0.85)
        elif kind == "name":
            if value[-1:] in "）)":
                value = _CATEGORY_NOTE.sub("", value)
            bracket = _NAME_UNIT_VALUE.fullmatch(value)  # `作者：张三（经管学院）`
            value, units = (bracket["name"], [bracket["unit"]]) if bracket else _trailing_units(value)  # `作者：陈静 放射科`
            if not units and len(value) > 5 and (glued := _UNIT_NAME.fullmatch(value)) and _is_name(glued["name"]):
                value, units = glued["name"], [glued["unit"]]  # round 56: `作者：某某部宣传处张三`: the unit glued before
            elif not units and " " in value and (spaced := _UNIT_SPACE_NAME.fullmatch(value)) \
                    and _is_name(spaced["name"]) and _UNIT_AT_END.search(spaced["unit"]):
                value, units = spaced["name"], [spaced["unit"]]  # session 13: `作者：某某县融媒体中心 张三`: a space
            if (padded := _SPLIT_NAME.fullmatch(value)) and _is_plain_common_name(padded[1] + padded[2]):
                value = padded[1] + padded[2]  # session 13: `作者:刘 宇`: a two-character name padded to three (not `方 向`)
            if _is_name(value, strict=False):
                result._set("photographers", [value], "作者：X", 0.85)
            elif "、" in value and 2 <= len(listed := value.split("、")) <= 4 and all(map(_is_name, listed)):
                result._set("photographers", listed, "作者：X、Y", 0.8)  # session 23: `作者：王某、李某`: two who shot it
            elif 2 <= len(listed := value.split()) <= 3 and all(len(n) >= 2 and _is_name(n) for n in listed) \
                    and any(map(_is_plain_common_name, listed)):
                result._set("photographers", listed, "作者：X Y", 0.75)  # session 24 (probe B): `作者：某某 某某某`, two
                # names set apart by a space (one character each is one name padded, `刘 宇`, read above)
            elif _is_latin_person(value):
                result._set("photographers", [value], "作者：Latin name", 0.75)  # session 20: `摄影师:Zay Yar Lin`
            if units:
                result._set("units", units, "作者：X", 0.8)
        elif kind == "title" or kind == "crew" and not result.title and not _is_name(value, strict=False):
            result._set("title", value, "标题：", 0.85)  # (review: `视频：<the caption>；摄影：X`: the crew key's words)
        elif kind == "phone" and find_phones(value):
            result._set("phones", find_phones(value), "电话：", 0.95)
        elif kind == "unit":
            result._set("units", [value], "单位：", 0.8)
        elif kind == "id" and value.isalnum():
            result._set("entry_id", value, "编号：", 0.8)
    if head_title and not result.place:  # round 42: `俯瞰某某古城夜景 摄影 X`: the title's own marked place, as a
        _caption_place(result, head, markers_only=True)  # plain title's (`_set_plain_title`)
    result.kind = result.family = "contest_entry" if result.photographers else "titled"
    return True


_PROVIDED: Final = re.compile(r"[。，,\s]*[(（]?(?:(?:[图圖]片|照片)?由|(?:[图圖]片|照片)[为為是])(?P<who>[^()（）。，,]{2,16})提供[)）]?$")
# (session 25: `照片為某大學提供`, Taiwan's handout note written 為)


# round 21: `…。(屏东林管处提供)`, `…(张三 提供)`, `…(X提供／Y传真)`, an unclosed `(X提供`: who supplied the
# picture. A body is its source; a person who supplied it may be in it (`张三同女儿合影(张三 提供)`): no credit
_PROVIDER_BRACKET: Final = re.compile(r"[。，,\s]*[(（](?P<who>[^()（）由]{2,16}?)\s*提供(?:[／/][^()（）]{0,16})?(?:[)）]|$)$")


def _take_provider(result: ParsedName, text: str) -> str:
    """`…。图片由张三提供`, `（图片由受访者提供）`: who supplied the picture, like `X 供图`."""
    m = _PROVIDED.search(text)
    if not m:
        m = _PROVIDER_BRACKET.search(text, _tail40(text))
        if m and m.start() > 0:
            who = m["who"].strip()
            if not result.agency and not _is_name(who, strict=False) and (_ORG_END.search(who) or _UNIT_ONLY.fullmatch(who)):
                result._set("agency", who, "（单位提供）", 0.6)
            return text[: m.start()]
        return text
    who = m["who"].strip()
    if _is_name(who):
        result._set("photographers", [who], "图片由X提供", 0.7)
    elif _UNIT_ONLY.fullmatch(who):
        result._set("units", [who], "图片由X提供", 0.7)
    return text[: m.start()]
_ORG_END: Final = re.compile(r"(?:社|网|报|台|刊|站|中心|公司|集团|图库|传媒|新闻|频道|杂志|客户端|政府|部门?|局|委|办|厅)$")
