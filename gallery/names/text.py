"""Step 5, text written by a person: contest tags, prefixes, labelled fields, notes and sources
peeled off, then the caption grammar or the layouts (`_apply_text`, `_apply_text_body`).

Reads lexicon, result, phones, stamps, people, places, credits, dates, devices, titles, captions,
artworks, segments, contests. Serves devices, parse.
"""

from __future__ import annotations

import re

from .artworks import (
    _ART_GATE,
    _CJK_DOTTED,
    _HAS_SEP,
    _MEDIA_FIRST2,
    _MEDIA_LAST2,
    _NAME_SLASH_TITLE,
    _PAINTING_LAST,
    _TECHNIQUE_LAST,
    _TECHNIQUE_WORDS,
    _TITLE_DATE_PLACE_GATE,
    _apply_artwork_catalogue,
    _apply_artwork_notes,
    _apply_exhibit_label,
    _apply_painting_label,
    _apply_place_technique,
    _apply_technique_lead,
    _apply_title_date_place,
    _art_note_at,
    _artist_medium_bracket,
    _author_bracket_work,
    _strip_art_notes,
    _work_medium_painter,
)
from .captions import (
    _AGENCY_NOTE_TAIL,
    _AGENCY_ONLY_TAIL,
    _AGENCY_SENT_TAIL,
    _SENT_SUPPLIED,
    _apply_caption,
    _may_end_in_agency,
    _strip_agency_tail,
)
from .contests import (
    _ENTRANT_UNIT_HEAD,
    _ENTRANT_UNIT_LAST,
    _ENTRY_ANY,
    _ENTRY_BOOK_HINT,
    _ENTRY_DATED_LEAD,
    _ENTRY_FIELD_SEP,
    _ENTRY_ID_BRACKET,
    _ENTRY_OUTLET_CHAR,
    _ENTRY_RARE_SURNAME_CHAR,
    _MEDIUM_BEFORE_WORK,
    _MONTH_SLOT,
    _NAME_PHONE_WORK,
    _PORTRAIT_FIRST,
    _SERIES_MID,
    _SPACED_LISTING_LAST,
    _apply_entry_fields,
    _apply_listed_entry,
    _entrant_unit,
    _entry_art_label,
    _entry_dash_listing,
    _entry_name,
    _entry_name_verb,
    _entry_outlet_credit,
    _entry_phone_between,
    _entry_spaced_listing,
    _entry_title_rare_name,
    _list_comma_fields,
    _name_phone_work,
    _portrait_label,
    _spaced_place,
)
from .credits import (
    _BYLINE_BOX,
    _CJK_BEFORE_UNDERSCORE,
    _CREDIT_END,
    _CREDIT_UNIT_LAST,
    _LATIN_GLOSS,
    _ORPHAN_CREDIT,
    _SENTENCE_OR_DIGIT,
    _SENTENCE_PUNCT,
    _UNIT_ONLY,
    _bracket_day,
    _Credit,
    _find_credit,
    _parse_credit_body,
    _store_credit,
    _tail40,
    _take_credit_unit_residue,
    _trailing_units,
)
from .dates import (
    _CN_DIGITS,
    _TEXT_DATE_START,
    _TWO_PICTURES,
    _cn_date_digits,
    _picture_credits,
    _set_year_month_day,
    _take_cn_date_tail,
)
from .devices import _LEAD_DATE
from .lexicon import (
    _AGENCY_RE,
    _AGENCY_TRIE,
    _AMBIGUOUS_PLACES,
    _COUNTRIES,
    _DIVISION_FULL,
    _HAND_GAZETTEER,
    _NOT_IN_NAMES,
    _PROVINCE_SET,
    _ROLE_RE,
    _SINGLE_SURNAMES,
    _TITLE_ENDINGS,
    _UNIT_SUFFIX,
    _trie_pattern,
)
from .people import (
    _CJK,
    _NOBODY_WORDS,
    _PLACE_END_CHARS,
    _has_name_shape,
    _has_surname,
    _is_common_name,
    _is_name,
    _is_title_word,
    _title_beside_name,
)
from .phones import _take_phones, find_phones
from .places import (
    _CLAUSE_END,
    _CN_DATE,
    _DATE_CLAUSE,
    _PEOPLE_AFTER,
    _PLACE_LAST,
    _caption_place,
    _full_place,
    _gaz_name_length,
    _scan_place,
)
from .result import ParsedName
from .segments import (
    _BOOK_TITLE,
    _ENTRY_AWARD_RE,
    _UNIT_BRACKET_END,
    _UNIT_NAME,
    _UNIT_TAIL,
    _apply_class_name,
    _apply_class_name_title,
    _apply_painter_work,
    _apply_province_rule,
    _apply_segments,
    _grade_entry_layout,
    _unit_layout,
)
from .stamps import _set_stamp, _stamp_from_groups, _valid_date
from .titles import _AWARD_TAIL, _EVENT_END, _PAINTED

# ---------------------------------------------------------------------------------------------
# Step 5: text written by a person
# ---------------------------------------------------------------------------------------------

_CONTEST_TAG = re.compile(r"^\s*[【\[](?P<tag>[^】\]]{1,30})[】\]]\s*")
_TAG_OPEN = frozenset("【[ \t\n\r\f\v\u3000\u00a0\u2002\u2003\u2009")  # what _CONTEST_TAG can open on (as a gate)
_AWARD = re.compile(  # `国画一等奖作品盛野秋菊`, `一等奖作品、…`: a kind of work, the award, 作品: no title
    r"^(?:(?:国画|书法|绘画|摄影|儿童画|油画|水彩画?|水墨画?|版画|篆刻|剪纸|美术|漫画|素描|硬笔|软笔)(?:类|组)?"
    r"(?=特等奖|[一二三四五六]等奖|优秀奖|金奖|银奖|铜奖))?"
    r"(?:特等奖|[一二三四五六]等奖|优秀奖|金奖|银奖|铜奖|入围奖|入选奖?|入围|佳作奖?|最佳\S{0,4}奖|[金银铜]牌"  # r22: 银牌
    r"|第[一二三四五六七八九十]{1,3}名(?=[-_\s:：、，,]))"  # round 21: a rank (`第一名 X-题`)
    r"(?:作品(?![\u4e00-\u9fff]{0,2}$))?[-_\s:：、，,]*"
)
_AWARD_FIRST = frozenset("国书绘摄儿油水版篆剪美漫素硬软特一二三四五六优金银铜入佳最第")  # what _AWARD opens with
_NAMED_AWARD = re.compile(r"[\u4e00-\u9fff]{1,6}(?<![颁获领得评抽兑中开发])奖[:：]\s*")  # round 22: `金剪刀奖：…`
_WINNER = re.compile(r"(?:获奖者|获得者|得主)[:：]?\s*(?P<name>[\u4e00-\u9fff]{2,4}?)的?作品$")
# Round 22: a certificate's name — an award straight after the event or honour it was given in (`…竞赛一等奖`,
# `…奖学金三等奖`, `…社会实践三等奖`) — keeps the award: the award is what the picture shows, not a result
# written beside a work (`雪山牛羊三等奖` stays a work and its award).
_CERTIFIED_EVENT = re.compile(r"(?:赛|奖学金|助学金|实践|评选|评比|活动|杯|节|展|运动会|大会|论坛|考试|竞技)$")
_CERTIFICATE = re.compile(
    r"(?:^|[\s.\d])[\u4e00-\u9fff]{2,30}(?:特等奖|[一二三四五六]等奖|优秀奖|金奖|银奖|铜奖|鼓励奖|纪念奖)$"
)
_COLLECTION_LABEL = re.compile(r"^[\u4e00-\u9fff]{0,4}(?:证书集|作品集|图集|合集|相册|影集|画册)\s*[·•:：|｜]\s*(?=\S)")


def _is_certificate(text: str, award_start: int) -> bool:
    """The award ends the name, glued to an event word, with no segment separator before it."""
    head = text[:award_start]
    return (bool(_CERTIFIED_EVENT.search(head)) and _CERTIFICATE.search(text) is not None
            and not _HAS_SEP.search(head.lstrip("0123456789.-_ \u3000")))


_AWARD_WORDS_SPLIT = re.compile(r"[-_+＋\s\u3000]+")
_AWARD_BRACKET = re.compile(r"\s*[(（][^()（）]{0,12}?(?:奖|入围|入选)[)）]\s*")
_ENTRY_ID = re.compile(
    r"^(?P<id>[A-Z]\d{2,3}(?:-\d{1,2})?)(?:-[\d-]+)?(?:[-_\s]+|(?=《))|^(?P<id1>[A-Z]\d)[-_\s]+(?=[\u4e00-\u9fff])"
)
# `P12 …`; round 33: `p43(1)2016年…`: a page (and its picture number) glued to a dated caption
_PAGE = re.compile(r"^(?P<page>[Pp]\d{1,4})(?:\s+|[(（]\d{1,2}[)）]\s*(?=(?:19|20)\d{2}\s*年|\d{1,2}\s*月))")
_COUNTERS = "年月日号时点分秒个只位名家座届期次层楼路栋级岁周天种件条米度元人户亩万千百"
_LEAD_TAG = re.compile(  # `（图四）`, `[图2]`: the figure's number on the page is no title either
    r"^[(（【\[](?:封面|封面图片?|组图|组照|图片?|原图|精选|备用|用|定稿|资料图片?|资料照片"
    r"|(?:图片?|照片)\s*[0-9一二三四五六七八九十]{1,3})[)）】\]]\s*"
)
# `（资料照片）`, `资料图片：`: an archive picture, said so by the editor; not part of the title
_ARCHIVE_NOTE = re.compile(r"^资料(?:图片?|照片)[:：]\s*|\s*[(（]资料(?:图片?|照片)[)）]\s*$")
# `(档案照片)`, `(档案图)`: a file photo, said with 档案 as Taiwan and Hong Kong pages do (the picture's source, no title)
_ARCHIVE_FILE_NOTE = re.compile(r"\s*[(（]档案(?:图片?|照片|相片)[)）]\s*$")
# round 47: `（局部）`, `(细部)`: the picture shows a detail of the work or building, as museums and catalogues mark a
# crop (the artwork catalogue reads it among its notes); an editor's note, no title
_DETAIL_NOTE = re.compile(r"\s*[(（](?:局部|细部)[)）]\s*$")
_SEQ_PREFIX = re.compile(
    r"^[\u2460-\u2473\u2776-\u277f]\s*[.、．]?\s*"  # `①.`, `③、`: the picture's number in a set
    r"|^(?:编号[:：]?\s*|No\.?\s*|NO\.?\s*)?(?!(?:19|20)\d\d\s)\d{1,4}(?:-\d{1,3})?号?(?:[-_.、]\s*|\s+)(?=\D|(?:19|20)\d\d年)"
    r"|^编号[:：]?\s*\d{1,4}号?(?=[\u4e00-\u9fff《])"
)
# `摄影-9《…》` (category and number), `封面首页-` (where an editor placed the picture)
_CATEGORY_PREFIX = re.compile(
    r"^(?:(?:摄影|书法|绘画|美术|征文)[-_]?\d{1,3}(?:[-_.、]\s*|(?=《))|(?:封面首页|封面|首页|头版|头条|单幅|单张|组照|组图)[-_]\s*"
    r"|(?:作品名称|作品名|作品题目|作品标题|题目|标题|名称)[:：]\s*"  # `作品名称：春暖花开 作者：张三`
    r"|(?:评委|获奖|参赛|入选|入围|优秀|特邀|邀请|会员|学员|教师|学生)作品[:：]\s*"  # round 22: `评委作品：X Y`
    r"|(?:小学|初中|中学|高中|大学|幼儿|少儿|儿童|青少年|青年|成人|老年|专业|业余|教师|学生|职工|社会)组[-_]\s*)"  # 小学组-
)
_CATEGORY_FIRST = frozenset("摄书绘美征封首头单组作题标名评获参入优特邀会学教小初中高大幼少儿青成老专业职社")  # its openings
# `摄影大赛+相机组+…`: the contest's name and the entry's group before the title, with `+` between
_CONTEST_PLUS_PREFIX = re.compile(
    r"[\u4e00-\u9fff]{0,12}(?:大赛|比赛|摄影赛|征集|征稿|摄影展|影展)[+＋]\s*(?:[\u4e00-\u9fff]{1,4}组[+＋]\s*)?"
    r"|[\u4e00-\u9fff]{1,4}组[+＋]\s*(?=[^+＋]+[+＋][^+＋])"
)
# `“某某”书画作品展+题+姓名+电话`: the fixed prefix a call's naming rule asks for — an event's name, quoted or
# not, ending in an event word — before three more `+` fields (a title ending in 展, `发展+X+电话`, keeps it)
_PLUS_EVENT_PREFIX = re.compile(
    r"(?:[“「『][^”」』+＋]{1,20}[”」』][\u4e00-\u9fff]{0,14}|[\u4e00-\u9fff]{3,14})(?:展览?|大赛|比赛|征集|征稿|征文|评选|活动)"
    r"\s*[+＋]\s*(?=[^+＋]+[+＋][^+＋]+[+＋][^+＋])")  # round 43: a space before the `+` (`…网络展 +题+…`)
# a call's email subject kept as the file name (`某某摄影大赛投稿 - 姓名 - 作品名称`): the event's name, a dash, then
# the entrant and the work; dropped only where a strict name stands next or last (`摄影大赛-颁奖-现场` keeps it)
_CONTEST_DASH_PREFIX = re.compile(
    r"[\u4e00-\u9fff“”]{0,14}(?:大赛|比赛|摄影赛|征集|征稿)(?:活动)?(?:投稿|参赛|作品)?\s*(?:-{1,2}|—{1,2}|_)\s*"
    r"(?P<next>[^-—_\s]{2,12})\s*(?:-{1,2}|—{1,2}|_)\s*(?P<last>[^-—_\s]{2,12})$")


def _contest_dash_prefix(text: str) -> int:
    """Where the words after a call's dashed prefix begin (0: no such prefix)."""
    m = _CONTEST_DASH_PREFIX.match(text)
    return m.start("next") if m and (_is_name(m["next"]) or _is_name(m["last"])) else 0


# `…-指导老师李四`: the teacher who supervised a pupil's entry is not its author
_TEACHER_NOTE = re.compile(  # `指导老师：缺`, `指导教师：无`: no teacher given
    r"[-_+＋\s]*[(（]?指导(?:老师|教师)[:：]?\s*(?:[\u4e00-\u9fff]{2,4}|[缺无])[)）]?")
_GROUP_AWARD = re.compile(
    r"^[\u4e00-\u9fff]{1,4}组[-_\s]+(?=特等奖|[一二三四五六]等奖|优秀奖|金奖|银奖|铜奖|入围|入选|佳作)"
)
_COUNT_NOTE = re.compile(r"\s*[(（](?:共)?\d{1,2}\s*[张幅][)）]\s*")
_DISPLAY_NOTE = re.compile(r"\s*[(（]屏[高宽][)）]\s*")  # how a calligraphy scan is to be shown
# `1高邮市…`, `7连云港…`, `南通博物苑1`: a sequence number glued to the words, not a quantity
_GLUED_SEQ_LEAD = re.compile(r"^\d{1,2}(?=[\u4e00-\u9fff“])(?![" + _COUNTERS + r"])")
_GLUED_SEQ_TAIL = re.compile(r"(?<=[\u4e00-\u9fff])(?<!第)\s?\d{1,2}$")
_SAVE_TIME = re.compile(
    r"[_\s-](?P<Y>\d{4})(?P<M>\d{2})(?P<D>\d{2})_(?P<h>\d{2})(?P<m>\d{2})(?P<s>\d{2})(?:_\d{1,3})?$"
)


# `图一,`, `图 3 `, `图2：`, `图四、`: the picture's number on the page (round 24: Arabic digits, a space after it)
# round 36: `图⑤：`, `圖3：`: a circled number, and the traditional 圖
_PICTURE_NUMBER = re.compile(
    r"^[图圖]\s?(?:[一二三四五六七八九十]{1,2}|\d{1,2}|[\u2460-\u2473\u2776-\u277f])(?:\s*[,，:：、]\s*|\s+)"
    r"(?=[\u4e00-\u9fff\d])")
_PICTURE_LABEL = re.compile(r"^(?:图|图说|图注)\s*[:：]\s*")  # round 21: 图说：, 图注： (`右图：` stays, as set 13 labels)
_UNIT_SUPPLIED = re.compile(
    r"[\s。，,_\-]*(?P<unit>[\u4e00-\u9fff]{2,12}?(?:" + _UNIT_SUFFIX + r"|委|宣传部|融媒体中心"
    r"|馆|政府|景区|公园|基金会))\s*(?:供图|提供|供稿)$"  # round 33: `雅X市文化馆供图`, `X县人民政府提供`: a venue or an organ
)


def _strip_glued_numbers(text: str) -> str:
    """Sequence numbers glued to a short name (`1青果巷`, `法起寺2`); quantities stay (`3号门`)."""
    m = _GLUED_SEQ_LEAD.match(text)
    if m and len(text) - m.end() >= 2:
        text = text[m.end():]
    m = _GLUED_SEQ_TAIL.search(text) if text[-1:].isdigit() else None
    if m and m.start() >= 2 and _full_place(text[: m.start()]):
        text = text[: m.start()]  # `系列4` keeps its number: only a place name sheds one
    return text


_UPLOAD_MS_LEAD = re.compile(r"^(?P<ms>1\d{12})[_-]?(?=[\u4e00-\u9fff])")


def _take_upload_ms(result: ParsedName, text: str) -> str:
    """`1751296689852黎坪国家森林公园`: an upload tool put the epoch milliseconds before the name."""
    m = _UPLOAD_MS_LEAD.match(text)
    if not m:
        return text
    day, clock = _stamp_from_groups({"ms": m["ms"]})
    if not day:
        return text
    result._set("date", day, "upload ms prefix", 0.5)
    result._set("date_kind", "uploaded", "upload ms prefix", 0.5)
    if clock:
        result._set("time", clock, "upload ms prefix", 0.5)
    return text[m.end():]


_CONTEST_WORDS = re.compile(r"赛|征|奖|展|评|作品|摄影|投稿|活动|组")


# One table of the key words a name written as a form uses (contest calls ask for 名称、作者、地点、
# 电话、单位、编号 in any order), and what each key's value holds.
_FIELD_KIND = {
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
}
_FIELD_KEYS = _trie_pattern(_FIELD_KIND)
# `地点：北京`: a key and a colon; `【作者】张三`: a key in brackets
_FIELD_LABEL = re.compile(rf"(?P<key>{_FIELD_KEYS})[:：]\s*|[【\[](?P<bkey>{_FIELD_KEYS})[】\]]\s*")
# `名称_春风_作者_余平`: a key between separators (no colon) is a key only where the name opens with
# one and at least one more follows, so a title that holds a key word (`名称由来`, `作者的家`) is no form
_FIELD_KEY_SEP = re.compile(rf"(?:^|(?<=[_\-\s+＋—|]))(?P<key>{_FIELD_KEYS})(?:[:：=]\s*|[_\-\s+＋—|]+)")
_FIELD_FIRST = frozenset(k[0] for k in _FIELD_KIND)
_FIELD_OPENS = re.compile(rf"(?:{_FIELD_KEYS})(?:[:：=]|[_\-\s+＋—|])")
_GLUED_ENTRY_ID = re.compile(r"(?:(?<=[\u4e00-\u9fff）)])|[_\-\s]+)\d{3,6}$")  # `地点_安庆1081`: the entry id
_NAME_UNIT_VALUE = re.compile(r"(?P<name>[\u4e00-\u9fff]{2,4})\s*[(（](?P<unit>[^()（）]{2,16})[)）]")


_HEAD_TITLE = re.compile(r"[\u4e00-\u9fff]{1,12}[_\-\s+＋]")
_HEAD_KEY = re.compile(rf"[\u4e00-\u9fff]{{1,12}}[_\-\s+＋](?:{_FIELD_KEYS})[_\-\s+＋|]")


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


def _labelled_fields(result: ParsedName, text: str) -> bool:
    """`拍摄时间：2019年8月1日 地点：北京 作者：张三`, `名称_春风_作者_余平_地点_安庆1081`: a name written
    as a form (contest calls ask for 标题、时间、拍摄地点、作者), each value up to the next key."""
    labels, head_title = _field_labels(text)
    head = text[: labels[0].start()].strip(" _-+＋") if labels else ""
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
            bracket = _NAME_UNIT_VALUE.fullmatch(value)  # `作者：张三（经管学院）`
            value, units = (bracket["name"], [bracket["unit"]]) if bracket else _trailing_units(value)  # `作者：陈静 放射科`
            if not units and len(value) > 5 and (glued := _UNIT_NAME.fullmatch(value)) and _is_name(glued["name"]):
                value, units = glued["name"], [glued["unit"]]  # round 56: `作者：某某部宣传处张三`: the unit glued before
            if _is_name(value, strict=False):
                result._set("photographers", [value], "作者：X", 0.85)
            if units:
                result._set("units", units, "作者：X", 0.8)
        elif kind == "title":
            result._set("title", value, "标题：", 0.85)
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


_PROVIDED = re.compile(r"[。，,\s]*[(（]?(?:图片|照片)?由(?P<who>[^()（）。，,]{2,16})提供[)）]?$")


# round 21: `…。(屏东林管处提供)`, `…(张三 提供)`, `…(X提供／Y传真)`, an unclosed `(X提供`: who supplied the
# picture. A body is its source; a person who supplied it may be in it (`张三同女儿合影(张三 提供)`): no credit
_PROVIDER_BRACKET = re.compile(r"[。，,\s]*[(（](?P<who>[^()（）由]{2,16}?)\s*提供(?:[／/][^()（）]{0,16})?(?:[)）]|$)$")


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


# round 21: `【春江水暖】【照片作者：张三】`: the work's title in one bracket, its author in the next
_TAG_AUTHOR = re.compile(
    r"[【\[](?P<t>[^】\]]{1,40})[】\]]\s*[【\[](?:照片|图片)?(?:作者|摄影师?)\s*[:：]\s*(?P<name>[^】\]]{2,8})[】\]]"
)


def _apply_text(result: ParsedName, core: str) -> None:
    """Text written by a person; a column tag (`【新春走基层】`) stays at the head of the title."""
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


_LEAD_MARKS = "▲△▼▽●○■□◆◇★☆→↑▶►⬅←"  # round 41: ▶ ► ⬅ ← lead a caption as ▲ does
_LEAD_MARKS_SET = frozenset(_LEAD_MARKS)
# What is not a credit of the picture: the editor, the writer, a video grab or a web picture.
_EDITOR_NOTE = re.compile(
    r"[\s。，,]*[(（]?(?:编辑|责编|责任编辑|校对|审核|编审|审校)[:：\s]\s*[\u4e00-\u9fff]{2,4}(?:[、\s][\u4e00-\u9fff]{2,4})?[)）]?$"
)
_WRITER_NOTE = re.compile(
    r"(?:^|(?<=[\s。，,]))(?:文字?|撰文)[:：丨｜|]\s*[\u4e00-\u9fff]{2,4}\s*(?=(?:图|摄影|摄)[:：丨｜|])"
)
_GRAB_NOTE = re.compile(
    r"[\s。，,]*[(（]?(?P<src>[\u4e00-\u9fff]{0,8}?)(?:视频截图|网络截图|截图|网络图片|图源网络|来源网络|网络配图)[)）]?$"
    r"|[\s。，,]*[(（]图?\s*[/／]?\s*(?:取自|翻摄自?|撷取自|截取自)[^()（）]{1,16}[)）]$"  # `（图／取自脸书）`: a page, no person
)
_CREDIT_FIRST = re.compile(
    r"^(?P<name>[\u4e00-\u9fff]{2,4}?)\s*(?:摄影|摄|的?(?:摄影)?作品)[:：]\s*|^[©Ⓒ]\s*(?P<c>[\u4e00-\u9fff]{2,4})\s+"
    # the credit before the caption: `（张三 摄）游客…`, `摄影：张三 5月1日,…`, `张三 摄 5月1日,…`
    r"|^[(（]\s*(?P<n3>[\u4e00-\u9fff]{2,4}(?:、[\u4e00-\u9fff]{2,4}){0,3})\s*(?:摄影报道|摄影|摄)[)）]\s*|^(?:摄影|图片?|摄|作者)\s*[:：]\s*(?P<n4>[\u4e00-\u9fff]{2,4})\s+"
    r"|^(?P<n5>[\u4e00-\u9fff]{2,4})\s+摄\s+"
)
_BY = re.compile(r"\s+[Bb]y\s*(?=[\u4e00-\u9fff]{2,4}$)")
_AUTHOR_CITY = re.compile(r"\s*(?:作者|摄影)[:：]\s*(?P<name>[\u4e00-\u9fff]{2,4})[(（](?P<city>[\u4e00-\u9fff]{2,8})[)）]$")


_NOT_NAME_ENDS = frozenset(w[-1] for w in _NOBODY_WORDS)
_NOBODY_SUPPLIED = re.compile(
    r"[\s。，,]*[(（]?(?:图片)?(?:由)?(?:" + "|".join(sorted(_NOBODY_WORDS, key=len, reverse=True)) + r")(?:供图|提供|摄)[)）]?$"
)

# round 49: `…(央广网发 通讯员供图)`: the outlet that sent the picture opens the bracket of a nameless supplier (news
# sites' credit line `（某某网发 通讯员供图）`, beside `（某某网发 X摄）`): once the supplier is off, the open `(某某网发`
_SENT_OPEN = re.compile(r"[。\s]*[(（](?P<a>" + _AGENCY_TRIE + r")发\s*$")


_GROUP_SUPPLIED = re.compile(
    r"[\s。，,]*(?P<group>[\u4e00-\u9fff]{1,16}?(?:战队|团队|小组|协会|学会|研究会|俱乐部|工作室|联盟|志愿队|服务队|爱好者))"
    r"\s*(?:供图|提供)$"
)
# `张三（江苏）`, `张三(南京)`: the entrant's home province or city after the name, not the place;
# round 21: an international salon's `姓名（国家）` (`张三(中国)`, `保罗·阿努普 (印度)`) the same
_NAME_HOME = re.compile(r"(?<![\u4e00-\u9fff·•])(?P<name>[\u4e00-\u9fff]{2,4}|[\u4e00-\u9fff]{1,8}[·•][\u4e00-\u9fff]{1,8})"
                        r"\s*[(（](?P<home>[\u4e00-\u9fff]{2,6})[)）]")
_SPACED_NAME_HOME = re.compile(r"[\s_\-—]+(?P<name>[\u4e00-\u9fff]{3})\s*[(（](?P<home>[\u4e00-\u9fff]{2,6})[)）]$")
_DOTTED_NAME_COUNTRY = re.compile(
    r"[\s_\-—]+(?P<name>[\u4e00-\u9fff]{1,8}[·•][\u4e00-\u9fff]{1,8})\s*[(（](?P<home>[\u4e00-\u9fff]{2,6})[)）]$"
)
# `风暴天气陈先钺(澳大利亚)`: a title with the entrant's name glued on, then the nationality
_GLUED_NAME_COUNTRY = re.compile(
    r"(?P<title>[\u4e00-\u9fff]{2,12}?)(?P<name>[\u4e00-\u9fff]{3})\s*[(（](?P<home>[\u4e00-\u9fff]{2,6})[)）]$"
)


# round 21: a title after a separator, then a designated area (park, forest park, scenic or recreation area)
_TITLE_AREA_AFTER_SEP = re.compile(r"(?<=[-_\s])(?P<title>[\u4e00-\u9fff]{2,12})\s*[(（](?P<where>[\u4e00-\u9fff]{4,16})[)）]$")
_DESIGNATED_AREA = re.compile(
    r"[\u4e00-\u9fff]{2,12}(?:风景名胜区|风景区|景区|旅游区|度假区|游乐区|森林公园|湿地公园|地质公园|自然保护区|保护区|森林园区)"
)
_TITLE_PLACE_BRACKET = re.compile(
    r"(?P<title>[\u4e00-\u9fff]{2,12})\s*[(（](?P<where>[\u4e00-\u9fff]{2,12})[)）](?=[-_+＋—\s]|$)"
)


def _drop_home(m: re.Match[str]) -> str:
    home = m["home"]
    first = _gaz_name_length(home, 0)
    two_places = bool(first) and _gaz_name_length(home, first) == len(home) - first  # `江苏南京`
    dotted = "·" in m["name"] or "•" in m["name"]
    if dotted and home not in _COUNTRIES:
        return m.group(0)
    if ((_is_name(m["name"], strict=not dotted)
         or len(m["name"]) == 3 and m["name"][0] in _SINGLE_SURNAMES and _is_name(m["name"], strict=False))
            and (home in _PROVINCE_SET or home in _HAND_GAZETTEER or home in _DIVISION_FULL
                 or two_places or _UNIT_ONLY.fullmatch(home) or home in _COUNTRIES)):
        following = m.string[m.end() : m.end() + 1]
        return m["name"] + ("" if following in ("-", "_", "+", "＋", "—", " ") else " ")  # `张三（江苏）-春之韵`
    return m.group(0)


def _strip_notes(result: ParsedName, text: str) -> str:
    """Editor, writer, video-grab and web-picture notes go; `张三摄：…` and `作者：张三（北京）` credit."""
    if (text[-1:] not in ")）摄图供片络" and "编" not in text and "校" not in text and "审" not in text
            and "文" not in text and "by" not in text and "By" not in text and "摄" not in text[:8]
            and "作品" not in text[:10] and text[:1] not in "©Ⓒ图" and not text.startswith("作者")
            and "记者" not in text[:14] and "通讯员" not in text[:14]):
        return text.strip()  # (speed) every note and credit below is gated on one of these: half the names hold none
        # (a note added below needs its own gate added here)
    tail = max(0, len(text) - 16)  # every note sits at the end: only its last characters are searched
    bare = text.rstrip(")）").removesuffix("供图").removesuffix("提供").removesuffix("摄")
    m = _NOBODY_SUPPLIED.search(text, tail) if bare[-1:] in _NOT_NAME_ENDS and len(bare) < len(text) else None
    if m and m.start() > 0:  # `…。受访者供图`: supplied by someone the caption does not name
        result.warnings.append("credit without a name")
        text = text[: m.start()]
        sent = _SENT_OPEN.search(text, max(0, len(text) - 16)) if text[-1:] == "发" else None
        if sent and sent.start() > 0:  # round 49: `…(某某网发 通讯员供图)`: sent by the outlet, nobody named
            if not result.agency:
                result._set("agency", sent["a"], "（agency发 nobody供图）", 0.8)
            text = text[: sent.start()]
    m = _GROUP_SUPPLIED.search(text, tail - 14) if text.endswith(("供图", "提供")) else None
    if m and m.start() > 0:  # `…。东源村摄影战队 供图`: a team or a society supplied it, no person named
        result._set("agency", m["group"], "group 供图", 0.6)
        text = text[: m.start()]
    if "编" in text or "校" in text or "审" in text:
        m = _EDITOR_NOTE.search(text, max(0, len(text) - 24))
        text = text[: m.start()] if m and m.start() > 0 else text
    if "文" in text:  # (the note needs one of its separators after 文: without one only the strip is left)
        text = (_WRITER_NOTE.sub("", text) if ":" in text or "：" in text or "丨" in text or "｜" in text or "|" in text
                else text).strip()
    if text.endswith(("图", "片", "络", ")", "）")):
        end = text[-20:]  # (speed) every note holds 截图, 网络, 取自 or 翻摄 within it
        m = (_GRAB_NOTE.search(text, max(0, len(text) - 20))
             if "截图" in end or "网络" in end or "取自" in end or "翻摄" in end else None)
        if m and m.start() > 0:
            src = _AGENCY_RE.fullmatch(m["src"]) if m["src"] else None
            if src and not result.agency:
                result._set("agency", src.group(0), "agency grab", 0.7)
            text = text[: m.start()]
    if "by" in text or "By" in text:
        text = _BY.sub(" ", text)  # `晨光 by 张三`
    m = (_CREDIT_FIRST.match(text) if "摄" in text[:8] or "作品" in text[:10] or text[:1] in "©Ⓒ"
         or text.startswith(("图", "作者")) else None)
    if m and m["name"] and m.group(0)[len(m["name"]):][:1].isspace() and _title_beside_name(m["name"], text[m.end():]):
        m = None  # `春之韵 摄影：张三`: a title, then the credit label
    who = (m["name"] or m["c"] or m["n3"] or m["n4"] or m["n5"]) if m else ""
    strict = "作品" in m.group(0) or bool(m["n5"]) if m else True
    names = who.split("、") if m and m["n3"] else [who]  # `（赵俊、刘伟摄影报道）在…`: a byline before the caption
    if m and m.end() < len(text) and all(_is_name(n, strict=strict) for n in names):
        result._set("photographers", names, "X摄：", 0.85)
        text = text[m.end():]
    if not result.photographers and (text.find("记者", 0, 14) >= 0 or text.find("通讯员", 0, 14) >= 0):
        text = _take_lead_role_credit(result, text)
    m = _AUTHOR_CITY.search(text) if text.endswith((")", "）")) else None
    if m and m.start() > 0 and _is_name(m["name"], strict=False) and not result.photographers:
        result._set("photographers", [m["name"]], "作者：X（城市）", 0.85)
        text = text[: m.start()]
    return text.strip()


# The credit a paper prints BEFORE the caption: `[outlet] role NAMES VERB` then a space (or the whole credit in
# brackets), then the caption (`本报记者 X 摄 四月七日,…`, `（新华社记者 X、Y 摄）5月1日,…`, `通讯员 X 摄影报道 …`)
_LEAD_ROLE_CREDIT = re.compile(
    r"^(?P<open>[(（【\[])?\s*(?P<head>[^\s，,。；;：:()（）]{0,12}?(?:记者|通讯员|摄影师)\s*[\u4e00-\u9fff]{2,4}"
    r"(?:[、\s][\u4e00-\u9fff]{2,4}){0,2}?\s*(?:摄影报道|摄影|拍摄|摄))(?(open)\s*[)）】\]]\s*|\s+)(?=\S)"
)


def _take_lead_role_credit(result: ParsedName, text: str) -> str:
    """The credit before the caption, read by the tail credit grammar (so its names pass the same tests); the
    caption after it must be one (a clause of 8 characters or more), or the words are a title and a credit."""
    m = _LEAD_ROLE_CREDIT.match(text)
    if m is None or len(text) - m.end() < 8:
        return text
    got = _find_credit(m["head"])
    if got is None or got.start != 0 or not got.names or not got.role:
        return text
    _store_credit(result, got)
    return text[m.end():]


# round 27: the credit an agency's picture opens with, before its caption: `新华社发（X摄）8月12日,…` (a foreign
# photographer's picture the agency sent); the names must pass the credit body's tests
_SENT_CREDIT_LEAD = re.compile(
    r"^(?P<a>" + _AGENCY_TRIE + r")发\s*[(（](?P<body>[^()（）]{2,24}?)\s*(?:摄影|摄)[)）]\s*(?=[^\s()（）])")


def _take_sent_credit_lead(result: ParsedName, text: str) -> str:
    m = _SENT_CREDIT_LEAD.match(text)
    got = _parse_credit_body(m["body"].strip(), strict=False) if m and len(text) - m.end() >= 6 else None
    if not got:
        return text
    _store_credit(result, _Credit(0, got[0], m["a"], got[2], "AGENCY发（X摄）caption", 0.85))
    return text[m.end():]


# a series entry's frame: `《组题》 某报 某某。分题。` — the series, the entrant (an outlet maybe before the name),
# then the frame's own short caption closed by 。: the credit reads without the frame's words
_SERIES_FRAME = re.compile(r"(?P<head>《[^《》]{1,30}》[^。《》]{2,30}?[\s\u3000](?P<name>[\u4e00-\u9fff]{2,3}))。[^。\s]{1,16}。")


def _series_frame_cut(text: str) -> str:
    m = _SERIES_FRAME.fullmatch(text)
    return m["head"] if m and _is_name(m["name"]) else text


def _apply_text_body(result: ParsedName, core: str) -> None:
    text = core.strip()
    if text[-1:] in "—-_~":
        text = text.rstrip("—-_~ ") or text  # `西海草原—`: a dash the uploader left at the end
    if text[:1] in _LEAD_MARKS_SET:
        text = text.lstrip(_LEAD_MARKS + " ")  # `▲市民在…`: a layout mark
    if text[:1] == "《" and text[-1:] == "。" and text.count("。") == 2:
        text = _series_frame_cut(text)
    if "图" in text[:2]:
        text = _PICTURE_LABEL.sub("", text)
        text = _PICTURE_NUMBER.sub("", text, 1) if text[:1] == "图" else text  # `图一,工地上…`: the picture's number
    elif text[:1] == "圖":
        text = _PICTURE_NUMBER.sub("", text, 1)
    if text[:1] == "1":
        text = _take_upload_ms(result, text)
    if text.find("发", 2, 7) >= 0 and not result.photographers:
        text = _take_sent_credit_lead(result, text)
    unit = _UNIT_SUPPLIED.search(text) if text.endswith(("供图", "提供", "供稿")) else None
    if unit and unit.start() > 0 and not _ROLE_RE.search(unit["unit"]):
        result._set("units", [unit["unit"]], "单位 供图", 0.8)
        text = text[: unit.start()]
        if text.endswith(("图／", "图/", "图:", "图：")):
            text = text[:-2].rstrip()  # round 21: `…。图／某局提供`: the label before the supplier
        elif text[-2:] in ("。图", " 图"):
            text = text[:-1].rstrip()  # round 33: `…。图 某某图文馆提供`: the label, then a space
    if " " in text and text[-1:] > "\u4e00" and _TITLE_DATE_PLACE_GATE.search(text) and _apply_title_date_place(result, text):
        return
    if "。" in text:  # a sentence (a caption): none of the entry, artwork or label layouts below is one
        if (("：" in text or ":" in text)  # a form with colons holds two keys, or one after a 《title》
                and (text.count("：") + text.count(":") >= 2 or text[:1] == "《")
                or text[:1] in "【[" or text[:1] in _FIELD_FIRST and _FIELD_OPENS.match(text)) \
                and _labelled_fields(result, text):
            return
    else:  # forms and catalogue names are no sentences
        first, last, size = text[:1], text[-1:], len(text)  # (speed) read once: no step in this block changes the text
        if text[:2] in _MEDIA_FIRST2 and _MEDIUM_BEFORE_WORK.match(text):
            result.warnings.append(_PAINTED)  # `油画《题》,作者：…`: a medium glued before the work marks a painting
        if last in "书画绘刻" and text[-2:-1] in " _" and _entry_name_verb(result, text):
            return
        if last in _SPACED_LISTING_LAST and first != "《" and "》" in text and _entry_spaced_listing(result, text):
            return  # (speed) the label ends on a year, a size or a medium
        if size <= 64 and not (size > 40 and ("，" in text or "," in text)) and (
                _ENTRY_ANY.search(text) or text[-7:].isdigit() or first.isdigit() and not _ENTRY_DATED_LEAD.match(text)
                or "《" in text and _ENTRY_BOOK_HINT.search(text)
                or last in ")）" and _ENTRY_ID_BRACKET.search(text, max(0, size - 16))) \
                and _apply_listed_entry(result, text):
            return  # (the first tests inline: most names are captions or dated; a long clause is no entry)
        if size <= 64 and (last in ")）》" or first == "《" or last in _ENTRANT_UNIT_LAST
                                or size <= 40 and _ENTRANT_UNIT_HEAD.match(text)) and _apply_entry_fields(result, text):
            return
        if size <= 10 and text.count(" ") == 1 and _spaced_place(result, text):  # (speed) the length first
            return  # `某某 梯田`: a place written with a space inside
        if first in _PORTRAIT_FIRST and size <= 24 and _portrait_label(result, text):
            return  # `headshots_某某`: the one pictured
        if (last in ")）" or "《" in text) and _entry_art_label(result, text):
            return  # an artwork label's notes: a teacher, a class code, a medium, the author's unit
        if size <= 40 and "1" in text and ("+" in text or "＋" in text or "_" in text or " " in text) \
                and _entry_phone_between(result, text):  # (speed) its phone (1[3-9] + nine digits) holds a 1
            return  # `姓名+手机号+作品名称`: the phone between the two words
        if size <= 48 and _ENTRY_OUTLET_CHAR.search(text) and _entry_outlet_credit(result, text):
            return  # `题-某报-姓名`: the work, the entrant's outlet, the entrant
        if size <= 24 and _ENTRY_RARE_SURNAME_CHAR.search(text) and _entry_title_rare_name(result, text):
            return  # `题-恽某某`: a rarer surname's name after the work
        if (("：" in text or ":" in text)  # a form with colons holds two keys, or one after a 《title》
                and (text.count("：") + text.count(":") >= 2 or first == "《")
                or first in "【[" or first in _FIELD_FIRST and _FIELD_OPENS.match(text)
                or ("作者" in text or "姓名" in text or "摄影" in text) and _HEAD_KEY.match(text)) \
                and _labelled_fields(result, text):
            return
        if ("藏" in text or "本" in text or "设色" in text) and _ART_GATE.search(text) \
                and _apply_artwork_catalogue(result, text):
            return
        if last in _PAINTING_LAST and " " in text and _apply_painting_label(result, text):
            return  # `某某绘 题图轴`: a painting's label (round 47)
        if ("cm" in text or "CM" in text or last == "年") and ("-" in text or "_" in text or " " in text or "+" in text) \
                and _entry_dash_listing(result, text):
            return
        if ("cm" in text or "米" in text or "CM" in text or "公分" in text) and _apply_artwork_notes(result, text):
            return
        if "《" in text[:12] and ("，" in text[:12] or "," in text[:12]) and text.count("《") <= 2 \
                and _apply_exhibit_label(result, text):  # (its comma comes before the first 《)
            return
    if "." in text and _CJK_DOTTED.fullmatch(text) and any(_UNIT_TAIL.search(p) for p in text.split(".")):
        text = text.replace(".", "-")  # `姓名.单位.作品`: dots where a dash would stand, one segment a unit
    if text.find("／", 0, 6) >= 0:
        m = _NAME_SLASH_TITLE.fullmatch(text)
        if m and _has_surname(m["name"]) and _is_name(m["name"], strict=False) and not _is_name(m["title"]) \
                and not _SENTENCE_PUNCT.search(m["title"]):
            result._set("photographers", [m["name"]], "作者／作品", 0.75)  # `张三／金门夕照`: a gallery's listing
            result.kind = result.family = "contest_entry"
            text = m["title"].strip()
    if text[-1:] in ")）" and text[:1].isdigit() and text.find("月", 1, 3) > 0 and _MONTH_SLOT.fullmatch(text) \
            and _is_name(_MONTH_SLOT.fullmatch(text)["name"], strict=False):
        text = text[text.index("月") + 1:]  # `1月某某(张三)`: a calendar's month slot before the work
    if text[:1].isdigit() and text[-1:] >= "\u4e00" and _apply_class_name(result, text):
        return  # `18室 秦望舒`: before the sequence-number prefix is taken off
    text = _take_prefixes(result, text)
    if (text[-2:] in _MEDIA_LAST2 or text[:2] in _MEDIA_FIRST2
            or ("(" in text or "（" in text) and _art_note_at(text) >= 0):
        if text[-1:] in ")）" and _artist_medium_bracket(result, text):
            return
        if text[-1:] >= "\u4e00" and (at := _art_note_at(text)) > 0 and _work_medium_painter(result, text, at):
            return  # `秋江（油画）某某`: work, medium, painter (round 50)
        label = _strip_art_notes(text)
        if label != text:
            result.warnings.append(_PAINTED)  # a painted work: the places in its title are painted ones
            text = label
    if text[-1:] == "）" and text[2:4].find("（") >= 0 and _author_bracket_work(result, text):
        return  # `许仁蕙（廊柱）`: an art show's `作者（作品）` listing
    if "指导" in text:
        text = _TEACHER_NOTE.sub("", text).strip() or text
    if "资料" in text:
        text = _ARCHIVE_NOTE.sub("", text).strip() or text
    if "档案" in text:
        text = _ARCHIVE_FILE_NOTE.sub("", text).strip() or text
    if "部" in text and text[-1:] in ")）":
        text = _DETAIL_NOTE.sub("", text).strip() or text
    if "□" in text or "■" in text:  # `…。□本报记者 张三`: a newspaper's byline box
        text = _BYLINE_BOX.sub(" ", text).strip()
    if "提供" in text:
        text = _take_provider(result, text)
    text = _strip_notes(result, text)
    if "(" in text or "（" in text:
        homes = list(_NAME_HOME.finditer(text))  # one scan; the substitution below only where one matched
        for m in homes:
            if _is_name(m["name"]) and _UNIT_ONLY.fullmatch(m["home"]) and not result.units:
                result._set("units", [m["home"]], "姓名（单位）", 0.7)  # `张三（财务部）晨光`
                result.kind = "contest_entry"  # a staff entry: the name is the entrant
        m = (_SPACED_NAME_HOME.search(text, max(0, len(text) - 16))
             if not result.photographers and text.endswith((")", "）")) else None)
        if m and len(m["name"]) == 3 and _has_surname(m["name"]) and _is_name(m["name"], strict=False) \
                and not _is_name(m["name"]) and (m["home"] in _PROVINCE_SET or m["home"] in _COUNTRIES) \
                and not _SENTENCE_PUNCT.search(text, 0, m.start()):
            result._set("photographers", [m["name"]], "题 姓名（省）", 0.7)  # `保障供应 彭镇强(广东)`: a rarer given name
            text = text[: m.start()]
        m = _DOTTED_NAME_COUNTRY.search(text) if "·" in text or "•" in text else None
        if m and m["home"] in _COUNTRIES and m.start() > 0 and not result.photographers:
            result._set("photographers", [m["name"]], "姓·名（国家）", 0.75)  # `母与子 保罗·阿努普 (印度)`
            text = text[: m.start()]
        if homes:
            text = _NAME_HOME.sub(_drop_home, text)
        m = _GLUED_NAME_COUNTRY.fullmatch(text) if text.endswith((")", "）")) and len(text) <= 24 else None
        if m and m["home"] in _COUNTRIES and m["name"][0] in _SINGLE_SURNAMES and _is_name(m["name"]) \
                and not _is_name(m["title"]) and not _full_place(m["title"]):
            text = f"{m['title']} {m['name']}"  # `风暴天气陈先钺(澳大利亚)`: title, entrant, nationality
        m = _TITLE_PLACE_BRACKET.match(text)
        sep = (_TITLE_AREA_AFTER_SEP.search(text)
               if m is None and text[-2:-1] in "区园" and text.endswith((")", "）")) else None)
        if sep and not result.place and _DESIGNATED_AREA.fullmatch(sep["where"]) and not _is_name(sep["title"]):
            result._set("place", sep["where"], "作品名（景区）", 0.65)  # `X_枯木逢春(藤枝国家森林游乐区)`
            text = text[: sep.start("title")] + sep["title"]
        if m and not result.place and not _is_name(m["title"]) and not _full_place(m["title"]):
            where = m["where"]
            scan = _scan_place(where, 0)
            if (scan.first_gaz and scan.end == len(where) and where not in _AMBIGUOUS_PLACES
                    and (where in _HAND_GAZETTEER or not _has_name_shape(where))):  # not `（周宁）`
                result._set("place", where, "作品名（地点）", 0.7)  # `晨曦（杭州西湖）-张三`: where it was taken
                text = m["title"] + text[m.end():]
    if "1" in text or "0" in text or "*" in text or "电话" in text:  # (speed) a phone, a masked one or its label
        glued = _NAME_PHONE_WORK.match(text) if "1" in text[2:5] and text[:1] >= "\u4e00" else None
        text = _take_phones(result, text)
        if result.phones and "、" in text:
            text = _list_comma_fields(text)
        elif glued and result.phones and _name_phone_work(result, glued):
            return
    if result.phones and _is_name(text.strip(" -_+")):  # `王小明 13812345678`: an entrant and a phone
        result._set("photographers", [text.strip(" -_+")], "姓名+电话", 0.75)
        result.kind = result.family = "contest_entry"
        return
    if text[-1:] in ")）" and ("摄" in text[-48:] or text.endswith(("供图)", "供图）"))):
        text = _take_outlet_bracket(result, text)
    if "源" in text or text[-1:] in ")）" and "署名" in text:  # (speed) each source form below holds 源 (or 署名, a signature)
        if "信息来源" in text:  # `(记者X 摄 信息来源:通讯员Y)`: the source is not a credit of the photo
            text = _SOURCE_NOTE.sub("", text)
        if ("来源" in text or "署名" in text) and text.endswith((")", "）")):
            text = _take_source(result, text)
        elif "源" in text:
            text = _take_source_line(result, text)
    if ("-" in text or "_" in text or "." in text or " " in text) and _apply_province_rule(result, text):
        return  # (speed) each of its layouts (and the place path and list it tries first) needs a separator
    if text[-1:] >= "\u4e00" and "。" not in text and not text.isalpha() and (
            _apply_class_name(result, text) or "班" in text and _apply_class_name_title(result, text)):
        return  # (speed) its code needs a digit (no letter-only text) and no full stop
    if text[-1:] in "图轴卷帖页" and _apply_painter_work(result, text):  # (speed) its own first test
        return
    if result.date and _apply_dated_place(result, text):  # (speed) it reads only a date already set
        return
    if text.endswith(("日", "传真")) and "传真" in text[-24:]:
        text = _take_fax_dated_tail(result, text)
    if "摄" in text:  # (speed) each of the three forms holds 摄; each takes off a tail, so the text only shrinks
        if text[-1:] in ")）" and (text[-2:-1].isdigit() or text[-2:-1] in _PLACE_LAST):
            text = _take_credit_place_year(result, text)
        if "日摄" in text or "日拍摄" in text:
            text = _take_dated_shot_place(result, text)
        elif "月拍摄于" in text:
            text = _take_month_shot_place(result, text)
        if "摄于" in text:
            text = _take_credit_shot_at(result, text)
        if text.endswith("日") and "摄" in text:
            text = _take_cn_date_tail(result, text)
    credit = _find_credit(text) or _credit_before_agency(result, text)
    if credit and credit.role and credit.start > 4 and text[credit.start - 1] == " " and text[credit.start - 2] in "摄影":
        credit = _credit_pair(text, credit)
    if (credit is None or credit.role) and "摄" in text and text[-1:] != "摄" and (text.find(" 摄", -60) >= 0
                                                                                  or text.find("拍摄 ", -60) >= 0):
        credit = _verb_first_byline(text, credit)  # (speed) a spaced verb in the name's tail first
    if credit:
        if credit.names and text.find("摄", 0, credit.start) >= 0 and _TWO_PICTURES.search(text, 0, credit.start):
            more = [n for n in _picture_credits(text, credit.start) if n not in credit.names]
            credit.names = more + credit.names  # round 27: each picture of two credited in its own bracket
        _store_credit(result, credit)
        text = _strip_agency_tail(text[: credit.start])
        if text.rstrip()[-1:] in _UNCLOSED_OPEN:  # `…。(记者X摄`: a bracket the name never closes is no title
            text = text.rstrip().rstrip("(（[【").rstrip()
        if text[-1:] in _CREDIT_UNIT_LAST and "。" in text[-12:]:
            text = _take_credit_unit_residue(result, text)
        if "资料" in text:
            text = _ARCHIVE_NOTE.sub("", text).strip() or text  # `…。(资料图) 孙睿 摄`
        if "档案" in text:
            text = _ARCHIVE_FILE_NOTE.sub("", text).strip() or text  # `…(档案照片) X 摄`
    else:
        orphan = _ORPHAN_CREDIT.search(text, _tail40(text)) if _ROLE_RE.search(text, max(0, len(text) - 12)) else None
        if orphan and orphan.start() > 0:  # `丰收晒场现场。通讯员 供图`: nobody is named
            result.warnings.append("credit without a name")
            text = text[: orphan.start()]
        tail = (_AGENCY_NOTE_TAIL.search(text, _tail40(text)) if text.endswith((")", "）", "图", "P"))
                and not text.endswith(("发)", "发）")) else _AGENCY_SENT_TAIL.search(text, _tail40(text))
                if text.endswith(("发)", "发）")) else None)  # `…。(新华社发)`: sent by the agency
        if tail is None and text[-1:] in ")）" and ("。(" in text[-20:] or "。（" in text[-20:]):
            text = _take_outlet_source_bracket(result, text)
        if tail and tail.start() > 0:  # `… CFP供图`, `…。(视觉中国)`: a source, no person
            if not result.agency:
                result._set("agency", tail["a1"] or tail["a2"] or tail.groupdict().get("a1o"), "agency after caption", 0.8)
            text = text[: tail.start() + (text[tail.start()] == "。")]  # round 24: the full stop closes a sentence
        elif text.endswith(("供图)", "供图）", "提供)", "提供）")) and "发" in text[-40:]:
            sent = _SENT_SUPPLIED.search(text, _tail40(text))
            if sent and sent.start() > 0 and not _is_name(sent["by"], strict=False):
                if not result.agency:  # `…。新华社发(某州政府供图)`: sent by the agency, supplied by a body
                    result._set("agency", sent["a"], "agency发（单位供图）", 0.8)
                text = text[: sent.start()]
    if text[-1:] in _TECHNIQUE_LAST and text.endswith(_TECHNIQUE_WORDS) and not result.photographers \
            and _apply_place_technique(result, text):
        return
    if text[:2] == "航拍" and not result.photographers and _apply_technique_lead(result, text):
        return
    if "—" in text:
        text = _dash_before_unit_name(text)
    book = (_BOOK_TITLE.search(text) if text[:1] in "(（" or "《" in text or "〈" in text or "「" in text
            or "『" in text else None)  # (a cheap test first: one of its opening marks is there)
    if book and not _is_book_entry(text, book):
        book = None  # 《大闹天宫》 inside a caption names a film, not the photo
    punct = book is None and _SENTENCE_PUNCT.search(text) is not None
    if book is None and not punct and "级" in text and _grade_entry_layout(result, text):
        return  # (speed) a grade (`2022级`) opens its layout
    if book is None and not punct and len(text) > 24 and _unit_layout(result, text):
        return
    if book is None and (punct or len(text) > 24 or not _HAS_SEP.search(text)
                         or _DATE_CLAUSE.match(text)):  # `9月1日,…`: a dated clause is a caption
        _apply_caption(result, text)
        return
    _apply_segments(result, text, book)


_UNCLOSED_OPEN = frozenset("(（[【")


# round 42: the verb first, then the reporters' byline (`…舞动某江 摄 本报记者 X Y Z`, `… 摄影 记者 X`): a role vouches
# for the names after it, however many; the verb goes with the credit, not the title
_VERB_FIRST_BYLINE = re.compile(
    r"\s(?:摄影|拍摄|摄)\s+(?P<body>(?:本报|本刊|本台|特约|首席|全媒体|融媒体)?(?:摄影记者|记者|通讯员)\s*"
    r"[\u4e00-\u9fff]{2,4}(?:[\s、][\u4e00-\u9fff]{2,4}){0,7})$")


def _verb_first_byline(text: str, credit: _Credit | None) -> _Credit | None:
    """`…。摄 本报记者 X Y Z`: the byline read as if its verb closed it (`本报记者 X Y Z 摄`), the verb cut with it."""
    m = _VERB_FIRST_BYLINE.search(text, max(0, len(text) - 60))
    if m is None or credit is not None and credit.start < m.start("body"):
        return credit
    got = _find_credit(f"{text[: m.start()]}。{m['body']} 摄")
    if got and got.names and got.role and got.start > m.start():
        got.start = m.start()
        return got
    return credit


def _credit_pair(text: str, last: _Credit) -> _Credit:
    """`…。本报记者 X 摄 本报通讯员 Y 摄`: two role credits in a row, each with its verb; both are the photographers."""
    prev = _find_credit(text[: last.start].rstrip())
    if prev is None or not prev.role or not prev.names or prev.start == 0 or _SENTENCE_OR_DIGIT.search(text, prev.start,
                                                                                                        last.start):
        return last
    return _Credit(prev.start, prev.names + [n for n in last.names if n not in prev.names], prev.agency or last.agency,
                   prev.role, prev.rule, min(prev.confidence, last.confidence), prev.units + last.units, prev.day or last.day)
# a photographer's archive credit: the name, 摄, then where and the year, in either order and glued or spaced
# (`（张三摄 台湾 台北1987）`, `（张三摄 1985台北）`, `（张三摄 北京 1990年）`): the credit, the place and the year
_CREDIT_PLACE_YEAR = re.compile(r"[(（](?P<who>[^()（）\s]{2,12}?)\s*(?:摄影|摄)\s+(?P<rest>[^()（）]{2,24})[)）]$")
_CREDIT_BLOCK_YEAR = re.compile(r"^(?P<a>[^\d]*)(?P<Y>(?:19|20)\d{2})年?(?P<b>[^\d]*)$")


def _take_credit_place_year(result: ParsedName, text: str) -> str:
    m = _CREDIT_PLACE_YEAR.search(text, _tail40(text))
    if m is None or m.start() == 0:
        return text
    year = None
    places = []
    for token in m["rest"].split():
        y = _CREDIT_BLOCK_YEAR.match(token)
        if y:
            if year:
                return text
            year = y["Y"]
            token = y["a"] or y["b"]
            if y["a"] and y["b"]:
                return text
        if token:
            scan = _scan_place(token, 0)
            if scan.end != len(token) or not scan.first_gaz or _is_name(token):
                return text
            places.append(token)
    if not places and not year:
        return text
    if year and not result.date:
        result._set("date", year, "（X摄 地点 年份）", 0.8)
        result._set("date_kind", "shot", "（X摄 地点 年份）", 0.8)
    if places and not result.place:
        result._set("place", places[-1], "（X摄 地点 年份）", 0.7)
    return f"{text[: m.start()]}（{m['who']}摄）"


# a supplied picture the agency's reporter only sent on (`…。（民众提供）中央社记者X传真 112年2月18日`): the day
# is read (three-digit years are the Minguo calendar), the reporter is no photographer, the supplier no person
_FAX_DATED_TAIL = re.compile(
    r"[。\s]*(?:[(（][^()（）]{2,12}(?:提供|供图)[)）])?\s*(?P<agency>" + _AGENCY_TRIE + r")?\s*记者\s*"
    r"[\u4e00-\u9fff]{2,4}\s*传真(?:\s*(?P<Y>\d{2,4})年(?P<M>\d{1,2})月(?P<D>\d{1,2})日)?$")


def _take_fax_dated_tail(result: ParsedName, text: str) -> str:
    m = _FAX_DATED_TAIL.search(text, max(0, len(text) - 48))
    if m is None or m.start() == 0:
        return text
    day = _bracket_day(m) if m["Y"] else None
    if day and not result.date:
        result._set("date", day, "记者X传真 日期", 0.8)
        result._set("date_kind", "shot", "记者X传真 日期", 0.8)
    if m["agency"] and not result.agency:
        result._set("agency", m["agency"], "记者X传真 日期", 0.7)
    result.warnings.append("credit without a name")
    return text[: m.start()]


_CREDIT_SHOT_AT = re.compile(
    r"(?:[。，,；;]|——(?P<unit>[\u4e00-\u9fff]{2,10}?(?:" + _UNIT_SUFFIX + r"|馆)))\s*"  # round 55: `——<单位><姓名> 摄于…`
    r"(?P<who>[\u4e00-\u9fff]{2,4})\s*(?:拍摄于|摄于)\s*(?P<where>[^。，,；;()（）\s]{2,20})$"
)


_SHOT_AT_TAIL = re.compile(r"[。，,；;]\s*(?:拍摄于|摄于)\s*(?P<where>[^。，,；;()（）\s]{2,20})$")


# round 21: `…2014年12月31日摄影湖南永州`, `…5月1日拍摄于杭州西湖`: the day, a shooting verb, then where
_DATED_SHOT_PLACE = re.compile(
    r"(?:(?P<Y>(?:19|20)\d{2})\s*年\s*)?(?P<M>\d{1,2})\s*月\s*(?P<D>\d{1,2})\s*日\s*(?:摄影|拍摄|摄)于?\s*"
    r"(?P<where>[\u4e00-\u9fff]{2,16})$"
)


def _take_dated_shot_place(result: ParsedName, text: str) -> str:
    m = _DATED_SHOT_PLACE.search(text, max(0, len(text) - 32))
    if not m:
        return text
    where = m["where"]
    scan = _scan_place(where, 0)
    if scan.end != len(where) or not scan.first_gaz or _is_name(where) or where in _AMBIGUOUS_PLACES:
        return text  # `5月1日摄影张三`: a name, not a place
    day = _valid_date(int(m["Y"]), int(m["M"]), int(m["D"])) if m["Y"] else None
    if day and not result.date:
        result._set("date", day, "日期+摄影+地点", 0.8)
        result._set("date_kind", "shot", "日期+摄影+地点", 0.8)
    elif not m["Y"] and not result.date_partial and (leap := _valid_date(2000, int(m["M"]), int(m["D"]))):
        result._set("date_partial", leap[5:], "日期+摄影+地点", 0.6)  # 2000: a leap year, so 2月29日 passes
    result._set("place", where, "日期+摄影+地点", 0.8)
    return text[: m.start()].rstrip(" ，,。")


# an exhibition's label after the work: the year and month, 拍摄于 and where (`某某 《题》 2020年8月拍摄于某县某镇`,
# 甘肃省文联's invitational show of 2023): the month and the place, as the day's form above reads them; a place the
# gazetteer does not cover to its end (`…拍摄于甘肃合作浪山节上`) is left to the caption's place finder
_MONTH_SHOT_PLACE = re.compile(
    r"(?P<Y>(?:19|20)\d{2})\s*年\s*(?P<M>\d{1,2})\s*月\s*拍摄于\s*(?P<where>[\u4e00-\u9fff]{2,16})$")


def _take_month_shot_place(result: ParsedName, text: str) -> str:
    m = _MONTH_SHOT_PLACE.search(text, max(0, len(text) - 28))
    if not m or not 1 <= int(m["M"]) <= 12 or _is_name(m["where"]):
        return text
    where = m["where"]
    scan = _scan_place(where, 0)
    if scan.end == len(where) and scan.first_gaz and where not in _AMBIGUOUS_PLACES:
        result._set("place", where, "年月+拍摄于+地点", 0.75)
    else:
        _caption_place(result, text[m.start():])
        if not result.place:
            return text  # `…拍摄于张三家`: no place read, the words stay
    if not result.date:
        result._set("date", f"{m['Y']}-{int(m['M']):02d}", "年月+拍摄于+地点", 0.75)
        result._set("date_kind", "shot", "年月+拍摄于+地点", 0.75)
    return text[: m.start()].rstrip(" ，,。")


def _take_credit_shot_at(result: ParsedName, text: str) -> str:
    """`…。李明 摄于杭州西湖`, `…。李明 摄于2023年5月1日`: who shot it, then where or when."""
    m = _CREDIT_SHOT_AT.search(text)
    if m is None or not _is_name(m["who"]) or _gaz_name_length(m["who"], 0) >= 2:
        m = _SHOT_AT_TAIL.search(text)  # `晨曦，摄于西安`, `…散步，摄于杭州西湖`: where (or when), no who
        if m is None or m.start() == 0:
            return text
    else:
        result._set("photographers", [m["who"]], "X 摄于", 0.85)
        if m["unit"] and not result.units:
            result._set("units", [m["unit"]], "unit before name", 0.7)  # round 55: `——<单位><姓名> 摄于…`: the
            result.kind = result.family = "contest_entry"  # layout of a contest's export (RULES.md: `<作品名>-<单位><作者>`)
    where = m["where"]
    if where[:1] in _CN_DIGITS or where[:1] == "十":  # `摄于二〇二一年五月一日`
        cn = _CN_DATE.fullmatch(where)
        where = _cn_date_digits(cn) if cn else where
    day = _TEXT_DATE_START.match(where) if where[:1].isdigit() else None
    if day and day.end() == len(where):
        _set_year_month_day(result, day)
    elif _full_place(where) or _gaz_name_length(where, 0):
        result._set("place", where, "X 摄于 Y", 0.75)
    return text[: m.start()]


_DASH_TAIL = re.compile(r"(?<!—)—(?P<tail>[\u4e00-\u9fff0-9]{4,16})$")
_DASH_NAME = re.compile(r"(?<!—)—(?P<tail>[\u4e00-\u9fff]{2,3})$")


def _dash_before_unit_name(text: str) -> str:
    """`丹心向党—常州支行李莺`, `春暖花开—张三`: one dash before a (unit-glued) name separates title
    and author; elsewhere a single dash stays inside the title (`水天一色—栗雨湖`: 栗 is a rare
    surname and 湖 ends places)."""
    m = _DASH_TAIL.search(text) or _DASH_NAME.search(text)
    if m is None:
        return text
    tail = m["tail"]
    glued = _UNIT_NAME.fullmatch(tail)
    if glued and _is_name(glued["name"]):
        return text[: m.start()] + "-" + tail
    if _is_common_name(tail) and tail[-1] not in _PLACE_END_CHARS and not _HAS_SEP.search(text[: m.start()]):
        return text[: m.start()] + "-" + tail
    return text


_DATED_SEQ = re.compile(r"[_\s-]\d{1,3}$")
_DATED_WORDS = re.compile(r"[\u4e00-\u9fff]{3,12}")


def _apply_dated_place(result: ParsedName, text: str) -> bool:
    """`20240201泰国芭提雅`, `20181004_福州上下杭_04`: a timeline name is the day and where it was.

    Only when the words open with a known, unambiguous place; an event after it
    (`20240810无锡演唱会`) keeps the words as the title and the opening name as the place.
    """
    rule = result.evidence["date"].rule if result.date else ""
    if rule != "YYYYMMDD prefix":
        return False
    words = _DATED_SEQ.sub("", text.strip())
    if not _DATED_WORDS.fullmatch(words):
        return False
    bare = words[: _gaz_name_length(words, 0)]
    if not bare or bare in _AMBIGUOUS_PLACES or _PEOPLE_AFTER.match(words, len(bare)):
        return False
    if bare not in _HAND_GAZETTEER and bare not in _DIVISION_FULL and bare not in _PROVINCE_SET:
        return False
    if len(words) - len(bare) > 5:
        return False  # `20201023_滁州金秋时节收获忙`: a longer phrase is a caption
    if _EVENT_END.search(words) or _is_title_word(words[len(bare):]):
        result._set("place", bare, "YYYYMMDD + place + event", 0.6)
        result._set("title", words, "YYYYMMDD + place + event", 0.7)
    else:
        result._set("place", words, "YYYYMMDD + place", 0.7)
    result.kind, result.family = "titled", "dated_place"
    return True


def _credit_before_agency(result: ParsedName, text: str) -> _Credit | None:
    """`…。袁选国摄 新华网发`: the agency that published the photo follows the credit."""
    tail = _AGENCY_ONLY_TAIL.search(text, _tail40(text)) if _may_end_in_agency(text) else None
    if not tail or tail.start() == 0:
        return None
    credit = _find_credit(text[: tail.start()])
    if credit and not result.agency:
        result._set("agency", tail["agency"].removesuffix("发"), "agency after credit", 0.8)
    return credit


_CITING_VERBS = ("阅读", "读", "表演", "演唱", "演出", "朗诵", "观看", "学习", "创作", "书写", "临摹", "排练", "展示", "合唱", "演奏")
_AWARD_LABEL = re.compile(r"\s*[\u4e00-\u9fff]{0,8}(?:奖|名|等奖|入围|入选|佳作)\s*[:：]\s*")


# a quotation inside a caption sentence: what someone said after a comma or a colon (`…受访重申,「…」`), or a
# quoted name the sentence runs on from (`某港「某桥」卅一日起增加夜间开启`): words of the caption, not its title
_TITLE_QUOTE_RUNS_ON = re.compile(r"[\u4e00-\u9fff]{8}")


_TITLE_PUBLICATION = re.compile(r"(?:报|周刊|月刊|期刊|杂志)$")  # (日报, 晚报 … all end in 报)


def _quote_inside_sentence(before: str, after: str) -> bool:
    if len(before) >= 6 and before[-1] in ",，:：" and _CJK.match(before[0]):
        return True
    return len(before) >= 2 and _CJK.match(before[-1]) is not None and _TITLE_QUOTE_RUNS_ON.match(after) is not None


def _is_book_entry(text: str, book: re.Match[str]) -> bool:
    """《title》 opens the name, or the text around it is short enough to be a credit."""
    outside = text[: book.start()] + text[book.end():]
    if book["b"] and (len(outside) > 20 or _SENTENCE_PUNCT.search(outside)):
        return False  # `（新春走基层）1月20日，…`: a bracketed column before a caption, not a title
    if book["q"] and len(outside) > 12 and _SENTENCE_PUNCT.search(outside):
        return False  # round 21: `「X」消夏「村晚」,如同…,在…点燃`: a quoted event name inside a caption sentence
    before, after = text[: book.start()], text[book.end():]
    if book["q"] and _quote_inside_sentence(before, after):
        return False
    if book["t"] and book["t"][-1] in "报刊志" and _TITLE_PUBLICATION.search(book["t"]) and len(before) + len(after) >= 6:
        return False  # `市民购买《某某日报》`, `《某报》最后一晚,市民…`: a newspaper the caption names, not the title
    if before and before[-1] in ":：" and _AWARD_LABEL.fullmatch(before):
        return True  # round 24: `金镜头奖：《惊喜》 1月20日,…`: the award, the work, then its caption
    if (before and after and _CJK.match(before[-1]) and _CJK.match(after[0]) and not _is_name(after)
            and not _is_name(before) and not _CONTEST_WORDS.search(before)):
        return False  # `馆藏古籍《永乐大典》书影`: a work cited inside the words, which are the title
    if before.startswith(("图为", "图中为")) and len(before) > 4:
        return False  # `图为…演员表演群舞《鼓岭韵》`: a caption sentence names the work it shows
    if before.endswith(_CITING_VERBS):
        return False  # `读者在阅读《红楼梦》`: what people read, sing or perform is part of the caption
    return not text[: book.start()].strip() or (len(outside) <= 20 and not _SENTENCE_PUNCT.search(outside))


_LEAD_SERIES = re.compile(r"^(?P<t>[^\s\-_+＋《》()（）]{1,20})[(（][组組][照图圖]?\d{0,2}[)）](?=[\s\-_+＋—])")
_SOURCE_NOTE = re.compile(r"\s*信息来源[:：][^()（）\[\]【】]*(?=[)）\]】]\s*$)")
_SOURCE_BRACKET = re.compile(r"[\s。]*[(（](?:图片)?(?P<key>来源|署名)[:：]\s*(?P<src>[^()（）]{2,30})[)）]$")


# round 21: `…。图片来源：CFP`, `图源：视觉中国`: a source line names where the picture came from (an agency,
# a site, a stock library written in Latin letters), never a photographer; a person's name after it is left
# to the credit grammar
_SOURCE_LINE = re.compile(  # round 45: a social post's `@` (`图片来源@X`), or a space after 图片来源/图源 (`。图片来源 X`)
    r"[\s。，,]*(?:(?:图片来源|图源|来源)\s*[:：@]|(?:图片来源|图源)(?=\s))\s*(?P<src>[^:：。，,()（）@]{2,30}?)\s*$")
_ORG_END = re.compile(r"(?:社|网|报|台|刊|站|中心|公司|集团|图库|传媒|新闻|频道|杂志|客户端|政府|部门?|局|委|办|厅)$")


# round 21: `…记者 X 摄 (广西新闻网-当代生活报)`: the outlets that ran it, after the credit; `…。(某某支队供图)`:
# an organisation supplied it. Neither is a person or a place.
_OUTLET_BRACKET = re.compile(r"\s*[(（](?P<body>[^()（）]{2,30})[)）]$")
_OUTLET_SPLIT = re.compile(r"[-－—、/／\s]+")
_ORG_SUPPLIED = re.compile(
    r"(?:支队|大队|中队|总队|局|委|办|中心|公司|集团|医院|学校|大学|学院|政府|部|处|所|站|馆|院|协会|学会|社|台|报|网)$")


# a sentence, then only the outlet that ran it in brackets (`…。（西班牙某某网）`, `…。（某某日报）`): the source, no
# person, and the country or city in the outlet's name is not where the picture was taken
_SOURCE_OUTLET_BRACKET = re.compile(r"(?<=[。.!！?？])\s*[(（](?P<o>[^()（）\s。，,]{3,16})[)）]$")
_SOURCE_OUTLET_NAME_END = re.compile(r"(?:网|报|社|台|刊|传媒|新闻|频道|杂志|客户端)$")


def _take_outlet_source_bracket(result: ParsedName, text: str) -> str:
    m = _SOURCE_OUTLET_BRACKET.search(text, _tail40(text))
    if m is None or not _SOURCE_OUTLET_NAME_END.search(m["o"]) or len(m["o"]) <= 3 and _is_name(m["o"], strict=False):
        return text
    if not result.agency:
        result._set("agency", m["o"], "。（媒体）", 0.7)
    return text[: m.start()]


def _take_outlet_bracket(result: ParsedName, text: str) -> str:
    m = _OUTLET_BRACKET.search(text, _tail40(text))
    if not m or m.start() == 0:
        return text
    body = m["body"].strip()
    before = text[: m.start()].rstrip()
    if body.endswith("供图") and before.endswith(("。", ".")):
        org = body[:-2].strip()
        if len(org) >= 4 and _ORG_SUPPLIED.search(org) and not _is_name(org, strict=False):
            if not result.agency:
                result._set("agency", org, "。（单位供图）", 0.7)
            return before
        return text
    if not before.endswith(("摄", "摄影")):
        return text
    outlets = [o for o in _OUTLET_SPLIT.split(body) if o]
    if outlets and all(_AGENCY_RE.fullmatch(o) or _ORG_END.search(o) and len(o) >= 3 for o in outlets):
        if not result.agency:
            result._set("agency", outlets[0], "X 摄（媒体）", 0.7)
        return before
    return text


def _take_source_line(result: ParsedName, text: str) -> str:
    m = _SOURCE_LINE.search(text, _tail40(text))
    if not m or m.start() == 0:
        return text
    src = m["src"].strip()
    if not (src.isascii() or _AGENCY_RE.fullmatch(src) or _ORG_END.search(src)) or _CREDIT_END.search(src) \
            or _ROLE_RE.search(src):
        return text  # `图片来源：张三`, `来源：新华社记者 X 摄`: a person, read by the credit finders
    if not result.agency:
        result._set("agency", src, "来源：X", 0.7)
    return text[: m.start()]


_ROLE_NAME_END = re.compile(r"(?:摄影|记者|摄)\s*(?P<name>[\u4e00-\u9fff]{2,3})$")


def _take_source(result: ParsedName, text: str) -> str:
    """`…。(来源：宁洱县融媒体中心)`: where a reposted picture came from, kept as its agency."""
    m = _SOURCE_BRACKET.search(text)
    if not m or m.start() == 0 or _CREDIT_END.search(m["src"]):
        return text  # `(来源：县委宣传部 程聪 摄)`: a credit, read by the credit finder
    if m["key"] == "署名" and not (m["src"].strip().isascii() or _AGENCY_RE.fullmatch(m["src"].strip())):
        return text  # round 27: `(图片署名：东方IC)` signs the picture with its source; a person's name is left alone
    shot = _ROLE_NAME_END.search(m["src"])
    if shot and _is_common_name(shot["name"]) and not result.photographers:  # round 24: `(来源：新华社X分社摄影王五)`
        result._set("photographers", [shot["name"]], "（来源：X 摄影 Y）", 0.7)
        src = m["src"][: shot.start()].strip()
        if src and not result.agency:
            result._set("agency", src, "（来源：X 摄影 Y）", 0.7)
        return text[: m.start()]
    if not result.agency:
        result._set("agency", m["src"].strip(), "（来源：X）", 0.7)
    return text[: m.start()]


def _series_note_marks_title(text: str) -> str:
    """`马帮(组照)-童军`: the words a series note follows are the title, whatever their shape."""
    m = _LEAD_SERIES.match(text)
    if not m:
        return text
    rest = text[m.end():]
    if rest[-1:] in _ENTRANT_UNIT_LAST:
        segs = _ENTRY_FIELD_SEP.split(rest)
        if len(segs) == 3 and not segs[0] and 2 <= len(segs[1]) <= 3 and len(segs[2]) >= 4 and _entry_name(segs[1]) \
                and (_entrant_unit(segs[2]) or _UNIT_ONLY.search(segs[2])):
            return m["t"] + rest  # `题(组图)-X-某局`: the note goes; work, entrant and unit read as three segments
    return f"《{m['t']}》{rest}"


def _result_line(result: ParsedName, text: str) -> str | None:
    """After an award: `张三 平兰小学` (the winner and the school), `晨曦 张三 市一中` (the work too).
    Returns what is left for the title, or None when the words are not such a line."""
    words = [w for w in _AWARD_WORDS_SPLIT.split(text.strip()) if w]
    if not 2 <= len(words) <= 3:
        return None
    units = [w for w in words if len(w) >= 4 and _UNIT_ONLY.fullmatch(w) and not _is_name(w)]
    rest = [w for w in words if w not in units]
    if len(units) != 1:
        return None
    if len(rest) == 1 and _listed_winner(rest[0]):
        name, title = rest[0], ""
    else:
        names = [w for w in rest if _is_name(w)]
        if len(rest) != 2 or len(names) != 1 or _full_place(rest[0] if rest[0] not in names else rest[1]):
            return None
        name, title = names[0], next(w for w in rest if w != names[0])
    result._set("photographers", [name], "姓名 单位 奖项", 0.75)  # a result list: the winner, the school
    result._set("units", units, "姓名 单位 奖项", 0.7)
    result.family = "contest_entry"
    return title


def _listed_winner(word: str) -> bool:
    """A pupil named in a result list beside a school and an award: a name, or three characters of
    name shape with a rare surname (盘梓姗) — no title word, no place, no character names avoid."""
    if _is_name(word):
        return True
    return (len(word) == 3 and _is_name(word, strict=False) and not _is_title_word(word) and not _full_place(word)
            and _NOT_IN_NAMES.isdisjoint(word) and word[-1] not in _TITLE_ENDINGS)


_COLLECTION_CHARS = frozenset("集册")
# (speed) the first characters the steps of _take_prefixes open on, in one set for its early exit: a contest tag's
# opening, a category, an award, 获/得 (a winner), a bracket, 编/N (a number), P/p (a page), A-Z (an entry id),
# ①-❿ (a circled number), and "" (an empty name, which the exit's string test `in "获得…"` let through); digits
# are tested apart (str.isdigit). A step added below that opens on a new character adds it here.
_PREFIX_FIRST = (_TAG_OPEN | _CATEGORY_FIRST | _AWARD_FIRST | frozenset("获得(（【[编NPp")
                 | frozenset(map(chr, range(ord("A"), ord("Z") + 1))) | frozenset(map(chr, range(0x2460, 0x2780)))
                 | frozenset([""]))


def _take_prefixes(result: ParsedName, text: str) -> str:
    """Contest tags, awards, entry ids, print pages, sequence numbers and a leading date."""
    first, last = text[:1], text[-1:]
    if ("_" not in text and first not in _PREFIX_FIRST and not first.isdigit() and _COLLECTION_CHARS.isdisjoint(text[1:9])
            and not last.isdigit() and last not in "日年"
            and "组" not in text and "組" not in text and "+" not in text and "＋" not in text and "屏" not in text
            and "张" not in text
            and "幅" not in text and "奖" not in text and "入" not in text and "赛" not in text and "征" not in text):
        return text  # (speed) every step below is gated on one of these: half the names hold none (a step added below
        # needs its own gate added here)
    if "_" in text and _CJK_BEFORE_UNDERSCORE.search(text):  # `天安门广场_(Tiananmen_Square)`, `外滩_The_Bund`
        text = _LATIN_GLOSS.sub("", text)  # an English or pinyin gloss of the Chinese words (Wikimedia)
    m = _CONTEST_TAG.match(text) if text[:1] in _TAG_OPEN else None  # (the pattern opens on spaces or a bracket)
    if m and m.end() < len(text):
        text = text[m.end():]
    m = _COLLECTION_LABEL.match(text) if not _COLLECTION_CHARS.isdisjoint(text[1:9]) else None  # (集 or 册 at 1-8)
    if m:  # round 22: `证书集 · …`, `作品集：…`: the album the picture was kept in
        text = text[m.end():]
    first = text[:1]  # (round 22: each prefix pattern is tried only on the first characters it can open with)
    m = ((_CATEGORY_PREFIX.match(text) if first in _CATEGORY_FIRST else None)
         or (_GROUP_AWARD.match(text) if "组" in text else None)
         or ("+" in text or "＋" in text) and (_CONTEST_PLUS_PREFIX.match(text) or _PLUS_EVENT_PREFIX.match(text)))
    if m and m.end() < len(text):
        text = text[m.end():]
    elif ("赛" in text or "征" in text) and ("-" in text or "—" in text or "_" in text) \
            and (cut := _contest_dash_prefix(text)):
        text = text[cut:].replace(" - ", "-")  # a call's entry, no `Artist - Title`
        result.kind = "contest_entry"
    if "组" in text or "組" in text:
        text = _series_note_marks_title(text)
        text = _SERIES_MID.sub(" ", text).strip() or text
    if "屏" in text:
        text = _DISPLAY_NOTE.sub(" ", text).strip() or text
    if "张" in text or "幅" in text:
        text = _COUNT_NOTE.sub(" ", text).strip() or text  # `春之韵（4张）`: how many pictures
    m = ((_AWARD.match(text) if text[:1] in _AWARD_FIRST else None)
         or (_NAMED_AWARD.match(text) if "奖" in text[1:8] else None))
    awarded = bool(m and m.end() < len(text))
    if m and m.end() < len(text):
        text = text[m.end():]
        result.kind = "contest_entry"
        unit = _UNIT_BRACKET_END.search(text)
        if unit and unit.start() > 0:  # `一等奖 花开盛世系列作品(中匠传媒)`: the entrant is a unit
            result._set("units", [unit["unit"]], "获奖单位", 0.7)
            text = text[: unit.start()]
    m = _WINNER.match(text) if text[:1] in "获得" else None
    if m and _is_name(m["name"]):  # `书法一等奖获得者郭子佳作品`: the winner is the author; no title
        result._set("photographers", [m["name"]], "获奖者 X 作品", 0.75)
        result.kind = "contest_entry"
        return ""
    if ("奖" in text or "入" in text) and "指导" in text:
        text = _TEACHER_NOTE.sub("", text).strip() or text  # `… 一等奖 指导老师：X`: the award is then last
    if "奖" in text or "入" in text:
        text = _AWARD_BRACKET.sub(" ", text).strip() or text
        m = _AWARD_TAIL.search(text) if "。" not in text and ("奖" in text or "入选" in text or "入围" in text
                                                              or "佳作" in text) else None
        if m and m.end() == len(text) and m.start() > 0 and text[m.start()] >= "\u4e00" and _is_certificate(text, m.start()):
            m = None  # `…竞赛一等奖`: a certificate, the award is its name
        if m and m.start() > 0:  # `雪山牛羊三等奖`, `张三 平兰小学 一等奖`: the award is no part of the title
            cut = m.start()
            if text[cut - 1] == "获" and m.end() == len(text):  # round 56: `X《题》获铜奖`: the verb goes with its award
                cut -= 2 if text[cut - 2 : cut] == "荣获" else 1
                lead = text.find("《")  # `某县《题》获铜奖`: a result line's word before the work is the entrant or
                if 1 < lead <= 6 and text[cut - 1 : cut] == "》" and not _is_name(text[:lead]):  # the entrant's home
                    result.warnings.append(f"the entrant or the entrant's home, not a place: {text[:lead]}")
                    text = text[lead:]  # or unit (as `金奖 某省张三《题》`), never where the picture was taken
                    cut -= lead
            text = text[:cut] + text[m.end():]
            result.kind = "contest_entry"
            awarded = True
    if awarded and (" " in text.strip() or "-" in text or "_" in text):
        line = _result_line(result, text)
        if line is not None:
            return line
    m = _PAGE.match(text) if text[:1] in "Pp" else None
    if m and m.end() < len(text):
        result._set("page", m["page"], "P<n> page prefix", 0.9)
        result.family = "print_page"
        text = text[m.end():]
    m = _ENTRY_ID.match(text) if "A" <= text[:1] <= "Z" else None
    if m and m.end() < len(text):
        result._set("entry_id", m["id"] or m["id1"], "entry id prefix", 0.9)
        result.kind = result.family = "contest_entry"
        text = text[m.end():]
    first = text[:1]
    m = _SEQ_PREFIX.match(text) if first and (first.isdigit() or first in "编N" or "\u2460" <= first <= "\u277f") else None
    if m:
        text = text[m.end():]
    m = _LEAD_TAG.match(text) if text[:1] in "(（【[" else None
    if m and m.end() < len(text):
        text = text[m.end():]
    if text[:1].isdigit() or text[-1:].isdigit():
        text = _strip_glued_numbers(text)
    m = _SAVE_TIME.search(text) if text[-1:].isdigit() else None
    if m and m.start() > 0:
        _set_stamp(result, m, "_YYYYMMDD_hhmmss save time", "saved", 0.8)
        result.family = "titled_with_save_time"
        text = text[: m.start()]
    for rx, rule in (((_LEAD_DATE, "YYYYMMDD prefix"), (_TRAIL_DATE, "YYYYMMDD suffix"))
                     if text[:1].isdigit() or text[-1:].isdigit() or text.endswith("日") else ()):  # (speed) most hold none
        if not ((text[:1] if rx is _LEAD_DATE else text[-1:]).isdigit() or (rx is _TRAIL_DATE and text.endswith("日"))):
            continue  # both patterns are anchored on a digit (or 日)
        m = rx.search(text)
        if m and len(m.group(0)) < len(text) and not result.date:
            g = m.groupdict()
            day = _valid_date(int(g["Y"]), int(g["M"] or g["M2"] or g.get("M3") or 0),
                              int(g["D"] or g["D2"] or g.get("D3") or 0))
            if day:
                result._set("date", day, rule, 0.6)
                text = text[: m.start()] + text[m.end():]
                if rx is _LEAD_DATE and len(text) <= 2 and text.isdigit() and not result.copy_marker:
                    sep = m.group(0)[len(m.group(0).rstrip("-_ \t")):]
                    result._set("copy_marker", sep + text, "counter after a date", 0.6)  # `2023-05-12_1`
                    text = ""
    if result.date or not (text[:1].isdigit() or text[-1:].isdigit() or text[-1:] == "年"):
        return text  # (speed) both forms below need no date yet and a digit (or 年) at an end
    m = ((_YEAR_MONTH.search(text) if text[-1:].isdigit() or text[-1:] == "\n" else _YEAR_MONTH.match(text))
         if not result.date and (text[:1].isdigit() or text[-1:].isdigit()) else None)  # only `^…` can match
    if m:  # `2016.10 西藏`, `201610西藏`, `西藏 2016.10`: a year and a month beside the words
        month = int(m["M"] or m["M2"] or m["M3"] or m["M4"])
        if 1 <= month <= 12:
            result._set("date", f"{int(m['Y'] or m['Y3'] or m['Y4']):04d}-{month:02d}", "YYYY.MM beside the words", 0.5)
            text = (text[: m.start()] + text[m.end():]).strip()
    m = ((_BARE_YEAR.search(text) if text[-1:].isdigit() or text[-1:] in "年\n" else _BARE_YEAR.match(text))
         if not result.date and (text[:1].isdigit() or text[-1:] in "0123456789年") else None)  # only `^…` can match
    if m:  # `天坛祈年殿 2019`, `2019 天坛`: a year set apart from the words is when it was taken
        result._set("date", m["Y"] or m["Y2"] or m["Y3"], "YYYY beside the words", 0.5)
        result._set("date_kind", "shot", "YYYY beside the words", 0.5)
        text = (text[: m.start()] + text[m.end():]).strip()
    return text


_YEAR_MONTH = re.compile(
    r"^(?P<Y>(?:19|20)\d{2})(?:\.(?P<M>\d{1,2})|(?P<M2>0[1-9]|1[0-2]))(?![\d.])[-_\s]*(?=[\u4e00-\u9fff])"
    r"(?![年月日号周届期次个])"
    r"|(?<=[\u4e00-\u9fff])[-_\s]*(?P<Y3>(?:19|20)\d{2})\.(?P<M3>\d{1,2})$"
    r"|(?<=[\u4e00-\u9fff])[-_\s,，]+(?P<Y4>(?:19|20)\d{2})(?P<M4>0[1-9]|1[0-2])(?:_\d{1,3})?$"  # `…，202403_5`
)
_BARE_YEAR = re.compile(
    r"(?<=[\u4e00-\u9fff])[-_\s]+(?P<Y>(?:19|20)\d{2})年?$|^(?P<Y2>(?:19|20)\d{2})年?[-_\s]+(?=[\u4e00-\u9fff])(?!年)"
    # round 47: `2025某某大桥`: a year glued before a short name of words alone (a sentence's `2023某展…` names an
    # event), not a count (no unit, counter or 年 after it)
    r"|^(?P<Y3>(?:19|20)\d{2})(?=[\u4e00-\u9fff]{1,12}$)(?![年月日号时分秒点个位名家座届期次层楼路栋级岁周天种件条米度元人户亩万千百班多余批款张])"  # `2022 年 8 月 31 日`: a typeset date, not a year apart
)
_TRAIL_DATE = re.compile(
    r"[-_\s,，]*(?:拍?摄于)?(?<!\d)(?P<Y>(?:19|20)\d{2})(?:(?P<sep>[-._]?)(?P<M>\d{2})(?P=sep)(?P<D>\d{2})"
    r"|(?P<sep2>[-.])(?P<M2>\d{1,2})(?P=sep2)(?P<D2>\d{1,2})|年(?P<M3>\d{1,2})月(?P<D3>\d{1,2})日)"
    r"(?:(?<=\d)[ _]\d{1,2})?$"  # `扬州瘦西湖, 2009-01-28 06`: a sequence number after the day
)
