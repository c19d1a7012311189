"""Step 5, what opens a person's text: contest tags, awards, certificates, entry ids, counters,
category and contest prefixes, glued numbers, and the prefixes taken off (`_take_prefixes`).

Reads lexicon, result, stamps, people, places, credits_bylines, dates, devices, titles, artworks, segments,
contests, text_sources. Serves text_body, text.
"""

from __future__ import annotations

import re
from typing import Final

from .artworks import _HAS_SEP
from .contests import _SERIES_MID
from .credits_bylines import _CJK_BEFORE_UNDERSCORE, _LATIN_GLOSS
from .dates import _TEXT_DATE_START, _set_year_month_day
from .devices import _LEAD_DATE
from .lexicon import (
    _COMMON_SURNAMES,
    _DIVISIONS,
    _GAZETTEER,
    _NOUNS,
    _PUBLIC_BODIES,
    _SIGHTS,
    _TRADITIONAL,
    _UNIT_SUFFIX,
)
from .people import _is_name
from .phones import find_phones
from .places import _full_place
from .result import ParsedName
from .segments import _UNIT_BRACKET_END
from .stamps import _THIS_YEAR, _set_stamp, _stamp_from_groups, _valid_date
from .text_sources import _result_line, _series_note_marks_title
from .titles import _AWARD_TAIL, _is_sight_name

# ---------------------------------------------------------------------------------------------
# Step 5: text written by a person
# ---------------------------------------------------------------------------------------------

_CONTEST_TAG: Final = re.compile(r"^\s*[【\[](?P<tag>[^】\]]{1,30})[】\]]\s*")
_TAG_OPEN: Final = frozenset("【[ \t\n\r\f\v\u3000\u00a0\u2002\u2003\u2009")  # what _CONTEST_TAG can open on (as a gate)
_AWARD: Final = re.compile(  # `国画一等奖作品盛野秋菊`, `一等奖作品、…`: a kind of work, the award, 作品: no title
    r"^(?:(?:国画|书法|绘画|摄影|儿童画|油画|水彩画?|水墨画?|版画|篆刻|剪纸|美术|漫画|素描|硬笔|软笔)(?:类|组)?"
    r"(?=特等奖|[一二三四五六]等奖|优秀奖|金奖|银奖|铜奖))?"
    r"(?:特等奖|[一二三四五六]等奖|优秀奖|金奖|银奖|铜奖|入围奖|入选奖?|入围|佳作奖?|最佳\S{0,4}奖|[金银铜]牌"  # r22: 银牌
    r"|第[一二三四五六七八九十]{1,3}名(?=[-_\s:：、，,]))"  # round 21: a rank (`第一名 X-题`)
    r"(?:作品(?![\u4e00-\u9fff]{0,2}$))?[-_\s:：、，,]*"
)
_AWARD_FIRST: Final = frozenset("国书绘摄儿油水版篆剪美漫素硬软特一二三四五六优金银铜入佳最第")  # what _AWARD opens with
_NAMED_AWARD: Final = re.compile(r"[\u4e00-\u9fff]{1,6}(?<![颁获领得评抽兑中开发])奖[:：]\s*")  # round 22: `金剪刀奖：…`
_WINNERS_SHOWN: Final = ("获奖者", "获奖选手", "获奖代表", "获奖人", "获奖学生", "获奖同学", "获奖教师", "获奖单位", "获得者", "得主")
_WINNER: Final = re.compile(r"(?:获奖者|获得者|得主)[:：]?\s*(?P<name>[\u4e00-\u9fff]{2,4}?)的?作品$")
# Round 22: a certificate's name — an award straight after the event or honour it was given in (`…竞赛一等奖`,
# `…奖学金三等奖`, `…社会实践三等奖`) — keeps the award: the award is what the picture shows, not a result
# written beside a work (`雪山牛羊三等奖` stays a work and its award).
_CERTIFIED_EVENT: Final = re.compile(r"(?:赛|奖学金|助学金|实践|评选|评比|活动|杯|节|展|运动会|大会|论坛|考试|竞技|工程|项目)$")  # (session 14: 工程, 项目)
_CERTIFICATE: Final = re.compile(
    r"(?:^|[\s.\d])[\u4e00-\u9fff]{2,30}(?:特等奖|[一二三四五六]等奖|优秀奖|金奖|银奖|铜奖|鼓励奖|纪念奖)$"
)
_COLLECTION_LABEL: Final = re.compile(r"^[\u4e00-\u9fff]{0,4}(?:证书集|作品集|图集|合集|相册|影集|画册)\s*[·•:：|｜]\s*(?=\S)")


def _is_certificate(text: str, award_start: int) -> bool:
    """The award ends the name, glued to an event word, with no segment separator before it."""
    head = text[:award_start]
    return (bool(_CERTIFIED_EVENT.search(head)) and _CERTIFICATE.search(text) is not None
            and not _HAS_SEP.search(head.lstrip("0123456789.-_ \u3000")))
_AWARD_BRACKET: Final = re.compile(r"\s*[(（][^()（）]{0,12}?(?:奖|入围|入选)[)）]\s*")
_ENTRY_ID: Final = re.compile(
    r"^(?P<id>[A-Z]\d{2,3}(?:-\d{1,2})?)(?:-[\d-]+)?(?:[-_\s]+|(?=《))|^(?P<id1>[A-Z]\d)[-_\s]+(?=[\u4e00-\u9fff])"
    # session 11: a group's letters before the number (`WX-ZZ03-题`, `ZZ03-题`, `SY-12-题`: 组别 + 编号), before Chinese
    # (the two-part form, or a zero-padded number: `MH370`, `KN95`, `CCTV-13`, `J-20` are a flight's, a product's, a
    # channel's, a plane's names)
    r"|^(?P<id2>[A-Z]{1,4}-[A-Z]{1,4}-?\d{2,3}|[A-Z]{1,4}-?0\d{1,2})[-_\s]+(?=[\u4e00-\u9fff《])"
    # (`SY-12-题-姓名-电话`: unpadded, where another field follows the title)
    r"|^(?P<id3>[A-Z]{2,4}-\d{2,3})[-_]+(?=[\u4e00-\u9fff《][^-_+]*[-_+][^-_+]+)"
)
# `P12 …`; round 33: `p43(1)2016年…`: a page (and its picture number) glued to a dated caption
_PAGE: Final = re.compile(r"^(?P<page>[Pp]\d{1,4})(?:\s+|[(（]\d{1,2}[)）]\s*(?=(?:19|20)\d{2}\s*年|\d{1,2}\s*月))")
_COUNTERS: Final = "年月日号时点分秒个只位名家座届期次层楼路栋级岁周天种件条米度元人户亩万千百"
_LEAD_TAG: Final = re.compile(  # `（图四）`, `[图2]`: the figure's number on the page is no title either
    r"^[(（【\[](?:封面|封面图片?|组图|组照|图片?|原图|精选|备用|用|定稿|资料图片?|资料照片"
    r"|(?:图片?|照片)\s*[0-9一二三四五六七八九十]{1,3})[)）】\]]\s*"
)
# `（资料照片）`: an archive picture, said so by the editor; not part of the title
# round 59: the note closing a caption after its full stop or a space (`…。资料图`, `…。某视觉 资料图`) is the same
# note; one that opens the name (`资料图：…`) is read apart by _apply_text (_ARCHIVE_LEAD)
_ARCHIVE_NOTE: Final = re.compile(r"\s*[(（]资料(?:图片?|照片)[)）]\s*$|(?<=[。\s])\s*资料(?:图片?|照片)\s*$")
_ARCHIVE_LEAD: Final = re.compile(r"资料(?:图片?|照片)[:：]\s*")
# `(档案照片)`, `(档案图)`: a file photo, said with 档案 as Taiwan and Hong Kong pages do (the picture's source, no title)
_ARCHIVE_FILE_NOTE: Final = re.compile(r"\s*[(（]档案(?:图片?|照片|相片)[)）]\s*$")
# round 47: `（局部）`, `(细部)`: the picture shows a detail of the work or building, as museums and catalogues mark a
# crop (the artwork catalogue reads it among its notes); an editor's note, no title
_DETAIL_NOTE: Final = re.compile(r"\s*[(（](?:局部|细部)[)）]\s*$")
_SEQ_PREFIX: Final = re.compile(
    r"^[\u2460-\u2473\u2776-\u277f]\s*[.、．]?\s*"  # `①.`, `③、`: the picture's number in a set
    r"|^(?:编号[:：]?\s*|No\.?\s*|NO\.?\s*)?(?!(?:19|20)\d\d\s)\d{1,4}(?:-\d{1,3})?号?(?:[-_.、]\s*|\s+)(?=\D|(?:19|20)\d\d年)"
    r"|^编号[:：]?\s*\d{1,4}号?(?=[\u4e00-\u9fff《])"
)
# `摄影-9《…》` (category and number), `封面首页-` (where an editor placed the picture)
# a gallery's or a travel site's section the picture was filed under (`名胜古迹_某山`, `历史文化_某窟`)
_SECTIONS: Final = ("名胜古迹", "历史文化", "自然风光", "风景名胜", "人文景观", "城市风光", "旅游景点", "历史遗迹", "文物古迹",
                    "景点照片", "景点图片", "风景照片", "风景图片",  # session 12: a travel page's kind of picture (`景點照片_某潭`)
                    "旅游", "旅行", "游记")  # session 18: a blog's category (`旅游_过某桥之思考`)
_SECTION_FILLERS: Final = frozenset("组图 组照 精选 壁纸 图片 照片 高清 大图 高清大图 合集 素材".split())


def _filed_subject(rest: str) -> bool:
    """What follows a gallery's section is the subject filed under it: a place (`黄山`) or words, not a person's name
    (`历史文化_张三` credits 张三, as `题_名` does), a number, a filler (`组图`), a credit or a bracketed note."""
    return (rest in _GAZETTEER or _full_place(rest)) or not (
        _is_name(rest) or rest.isdigit() or rest in _SECTION_FILLERS or "摄" in rest or rest[:1] in "(（"
        or "作者" in rest or rest.endswith("作品"))  # (session 18's review: `旅游_作者张伟`, `旅游_张伟作品`: a credit)


_CATEGORY_PREFIX: Final = re.compile(
    r"^(?:(?:摄影|书法|绘画|美术|征文)[-_]?\d{1,3}(?:[-_.、]\s*|(?=《))|(?:封面首页|封面|首页|头版|头条|单幅|单张|组照|组图)[-_]\s*"
    r"|(?:作品名称|作品名|作品题目|作品标题|题目|标题|名称)[:：]\s*"  # `作品名称：春暖花开 作者：张三`
    r"|(?:评委|获奖|参赛|入选|入围|优秀|特邀|邀请|会员|学员|教师|学生)作品(?:[:：]\s*|[-_\s]+(?=[\u4e00-\u9fff《]))"  # round 22:
    # `评委作品：X Y`; session 17: `获奖作品 俯瞰某某`, `参赛作品_秋色`
    r"|(?:小学|初中|中学|高中|大学|幼儿|少儿|儿童|青少年|青年|成人|老年|专业|业余|教师|学生|职工|社会)组[-_]\s*"  # 小学组-
    r"|(?:" + "|".join(_SECTIONS) + r")[-_]\s*)"
)
# a site's or a script's short Latin tag before Chinese words (`hist_`, `poi_`); a device's prefix never reaches here
_LATIN_TAG: Final = re.compile(r"[a-z]{2,10}_(?=[\u4e00-\u9fff][^_]*$)")  # (a user id and a genre: _HANDLE_GENRE_TITLE)
_WIKI_THUMB: Final = re.compile(r"\d{2,4}px-(?=\S)")  # session 13: Wikimedia's thumbnail width (`1200px-<file name>`)
# Round 58: a photo site's or a classifier app's stored name `<user id>_<category>_<title>` (the uploader's latin id,
# the genre the picture was filed under, then the title a person gave it; set 44's source, a photo-classifier app's
# SQL dump, stores `photos.file_path` so): the title whole, the id an account. The category is a photo genre
# (风景照, 人像 …): the title after it is no caption (a person's name there is the subject, a road's name no place).
_HANDLE_GENRE_TITLE: Final = re.compile(
    r"(?P<user>[a-z][a-z0-9]{1,11})_(?:风景照?|风光|人像|人物|肖像|静物|动物|宠物|建筑|街拍|美食|花卉|植物|夜景|纪实|生态|旅行|旅游"
    r"|自拍|合影|写真|运动|体育|微距|航拍|星空|城市|自然)_(?P<title>[^_]{1,30})"
)
_CATEGORY_FIRST: Final = frozenset("摄书绘美征封首头单组作题标名评获参入优特邀会学教小初中高大幼少儿青成老专业职社历自风人城旅文景")  # its openings
# `摄影大赛+相机组+…`: the contest's name and the entry's group before the title, with `+` between
_CONTEST_PLUS_PREFIX: Final = re.compile(
    r"(?:(?:19|20)\d{2}年?)?[\u4e00-\u9fff]{0,12}(?:大赛|比赛|摄影赛|荷赛|征集|征稿|摄影展|影展)[+＋]\s*(?:[\u4e00-\u9fff]{1,4}组[+＋]\s*)?"
    r"|[\u4e00-\u9fff]{1,4}组[+＋]\s*(?=[^+＋]+[+＋][^+＋])"
)
# `“某某”书画作品展+题+姓名+电话`: the fixed prefix a call's naming rule asks for — an event's name, quoted or
# not, ending in an event word — before three more `+` fields (a title ending in 展, `发展+X+电话`, keeps it)
_PLUS_EVENT_PREFIX: Final = re.compile(
    r"(?:[“「『][^”」』+＋]{1,20}[”」』][\u4e00-\u9fff]{0,14}(?:展览?|大赛|比赛|征集|征稿|征文|评选|活动)"
    r"|[“「『][\u4e00-\u9fff]{2,8}[\s，,、]+[\u4e00-\u9fff]{2,8}[”」』]"  # session 22: a slogan of two phrases alone
    r"|[\u4e00-\u9fff]{3,14}(?:展览?|大赛|比赛|征集|征稿|征文|评选|活动)|[\u4e00-\u9fff]{2}征文)"
    r"\s*[+＋]\s*(?=[^+＋]+[+＋][^+＋]+[+＋][^+＋])")  # round 43: a space before the `+` (`…网络展 +题+…`)
# a call's email subject kept as the file name (`某某摄影大赛投稿 - 姓名 - 作品名称`): the event's name, a dash, then
# the entrant and the work; dropped only where a strict name stands next or last (`摄影大赛-颁奖-现场` keeps it)
_CONTEST_DASH_PREFIX: Final = re.compile(
    r"[\u4e00-\u9fff“”]{0,14}(?:大赛|比赛|摄影赛|征集|征稿)(?:活动)?(?:投稿|参赛|作品)?\s*(?:-{1,2}|—{1,2}|_)\s*"
    r"(?P<next>[^-—_\s]{2,12})\s*(?:-{1,2}|—{1,2}|_)\s*(?P<last>[^-—_\s]{2,12})$")


# session 14: after an award is cut, the segments before the work that name the contest and its round (each closing on a
# contest's word: `2020某某设计大赛-某省级赛-题`, `第五届摄影比赛_题`; a race or a match pictured, `龙舟赛`, `拔河比赛`,
# is no contest's name)
_EVENT_SEGMENTS_LEAD: Final = re.compile(
    r"(?:[\u4e00-\u9fff\d“”「」]{1,24}?(?:大赛|(?:摄影|设计|书法|绘画|美术|作品|技能)(?:比赛|竞赛)|摄影展|影展|征文|征集|评选"
    r"|[省市县区校国]级赛|选拔赛)"
    r"\s*(?:-{1,2}|—{1,2}|_)\s*)+"
    r"(?=[^-—_\s]{2,})")


_SIZE_LEAD: Final = re.compile(r"(?:[1-9]\d{2,3}\s*[xX×*]\s*|(?!19\d\d|20\d\d)[1-9]\d{2,3}\.)(?:[1-9]\d{2,3})(?:\s*px)?[\s_\-]+"
                               r"(?=[\u4e00-\u9fff])")  # (a dot only where the first number is no year: `2019.1001 国庆`)
_UNIT_DASH_WORK: Final = re.compile(
    r"(?:\d{1,3}[.、．]\s*)?(?P<unit>[\u4e00-\u9fff]{2,12}(?:总队|支队|大队|分队|分公司|公司|集团|研究院|研究所|分局))"
    r"\s*—{2,3}\s*(?P<title>[^—摄攝/／]{2,40}?)(?<!供图)(?<!供圖)")  # (review: an organisation, not a school or a place;
# the work after it, no credit)


# session 24 (probe C): a call's name opening the entry, whatever the separator after it: its theme in quotes before 摄影
# (and a contest's word or none: `“最美家乡”摄影`, `某局“某某”摄影比赛`, `第五届“魅力某地”摄影大赛`), or a contest's word
# straight after 摄影 (`某某杯手机摄影大赛`)
_CALL_SEP: Final = r"\s*(?:[-_+＋—]{1,2}|\s)\s*"  # what parts the call's name and the entry's fields
_CALL_LEAD: Final = re.compile(
    r"(?:第[一二三四五六七八九十\d]{1,3}[届屆])?[\u4e00-\u9fff\d]{0,14}?"
    r"(?:(?:“[^“”]{2,12}”|「[^「」]{2,12}」)[\u4e00-\u9fff]{0,8}?(?:摄影|攝影)(?:大赛|比赛|竞赛|征集|征稿|评选|活动)?(?!展)"
    r"|(?:摄影|攝影)(?:大赛|比赛|竞赛|征集|征稿|评选))"
    r"(?:作品|参赛作品|投稿)?" + _CALL_SEP)
# what happens at a show or a prize-giving, and who is there (the review's: `“某某”摄影展 王芳 讲解`, `某某杯摄影大赛 一等奖
# 张伟`: a caption of the event, or a result's winner, no entry)
_EVENT_FIELDS: Final = frozenset("讲解 留影 合影 评委 点评 获奖者 开展 开幕 参观 观众 颁奖 现场 布展 嘉宾".split())
_CALL_REST_SEP: Final = re.compile(_CALL_SEP)


def _entry_after_call(rest: str) -> bool:
    """What follows a call's name is an entry: two fields or more (a work and its entrant), no credit's verb closing them
    (`某某摄影展 张三 摄` is a caption of the show)."""
    rest = rest.strip()
    fields = _CALL_REST_SEP.split(rest)
    return len(fields) >= 2 and not rest.endswith(("摄", "攝", "摄影", "攝影", "拍摄")) \
        and not any(f in _EVENT_FIELDS or f.endswith(("展", "奖")) for f in fields) \
        and ("《" in rest or any(map(_is_name, fields)) or any(f.isdigit() and len(f) >= 7 for f in fields))  # (an entrant
    # named, a work in 《》 or a number: `摄影大赛-颁奖-现场` is the call's own event)


def _contest_dash_prefix(text: str) -> int:
    """Where the words after a call's dashed prefix begin (0: no such prefix)."""
    m = _CONTEST_DASH_PREFIX.match(text)
    return m.start("next") if m and (_is_name(m["next"]) or _is_name(m["last"])) else 0


# `…-指导老师李四`: the teacher who supervised a pupil's entry is not its author
# (session 23: after a separator too, `…+指导老师+陈某某`, in either script, several names `邓某、王某`; the key opening a field
# and the names a whole field: not `我的指导老师-X`, `辅导老师正在…`, the review's)
_TEACHER_NOTE: Final = re.compile(  # `指导老师：缺`, `指导教师：无`: no teacher given
    r"(?:[-_+＋\s]+[(（]?|[(（]|(?<=[》”]))(?:指导|指導|辅导|輔導)(?:老师|教师|老師|教師)[:：]?[-_+＋\s]*"
    r"(?P<who>[\u4e00-\u9fff]{2,4}(?:、[\u4e00-\u9fff]{2,4})*|[缺无])[)）]?(?=$|[-_+＋)）]|\s+[^\s摄攝供提拍为為])")
# (the second review's: `科技节 辅导老师 X 摄` is the teacher's credit; `… 辅导老师 X 为…` a caption)


def _drop_teacher(text: str) -> str:
    """`…+指导老师+陈某某`, `…（指导教师：X、Y）`: the teacher who supervised a pupil's entry is not its author; the note goes
    where what follows the key is no one or names (`辅导老师的手-X`, `辅导老师王老师-X` keep their words)."""
    return _TEACHER_NOTE.sub(_teacher_note_or_words, text).strip() or text


def _teacher_note_or_words(m: re.Match[str]) -> str:
    who = m["who"]
    return "" if who in ("缺", "无") or all(map(_is_teacher_name, who.split("、"))) else m.group(0)


def _is_teacher_name(word: str) -> bool:
    """A strict name, or three characters led by a common surname (`蒋大为`: 为 is no strict given name's), never a
    post (`王老师`)."""
    return (_is_name(word) or len(word) == 3 and word[0] in _COMMON_SURNAMES and _is_name(word, strict=False)) \
        and not word.endswith(("老师", "老師", "教师"))
_GROUP_AWARD: Final = re.compile(
    r"^[\u4e00-\u9fff]{1,4}组[-_\s]+(?=特等奖|[一二三四五六]等奖|优秀奖|金奖|银奖|铜奖|入围|入选|佳作)"
)
_COUNT_NOTE: Final = re.compile(r"\s*[(（](?:共)?\d{1,2}\s*[张幅][)）]\s*")
_DISPLAY_NOTE: Final = re.compile(r"\s*[(（]屏[高宽][)）]\s*")  # how a calligraphy scan is to be shown
# `1高邮市…`, `7连云港…`, `南通博物苑1`: a sequence number glued to the words, not a quantity
_GLUED_SEQ_LEAD: Final = re.compile(r"^(?:\d{1,2}|00\d{2})(?=[\u4e00-\u9fff“])(?![" + _COUNTERS + r"])")  # (`0002某塑像`: padded;
# `0315晚会` a day, `007特工` and `090后` words)
_GLUED_SEQ_TAIL: Final = re.compile(r"(?<=[\u4e00-\u9fff])(?<!第)\s?\d{1,2}$")
_SAVE_TIME: Final = re.compile(
    r"[_\s-](?P<Y>\d{4})(?P<M>\d{2})(?P<D>\d{2})_(?P<h>\d{2})(?P<m>\d{2})(?P<s>\d{2})(?:_\d{1,3})?$"
)


# `图一,`, `图 3 `, `图2：`, `图四、`: the picture's number on the page (round 24: Arabic digits, a space after it)
# round 36: `图⑤：`, `圖3：`: a circled number, and the traditional 圖
_PICTURE_NUMBER: Final = re.compile(  # (session 16: a series' number too, `组照8:`, `组图3：`; review: not a holiday, 五一)
    r"^(?:组照|组图|题图|題圖|[图圖])\s?(?!五一|六一|七一|八一|十一|三八|九九)"  # (session 26: 题图, a post's header picture)
    r"(?:[一二三四五六七八九十]{1,2}|\d{1,2}(?:[-.]\d{1,2}(?=\s))?|[\u2460-\u2473\u2776-\u277f])"
    r"(?:\s*[,，:：、]\s*|\s+|(?<=\d)[-_])(?=[\u4e00-\u9fff\d])")  # (session 26: `图5-某某`, a number and a dash, as a
# page's pictures are saved; a chapter's figure, `图4-1 某某`)
_PICTURE_LABEL: Final = re.compile(r"^(?:图|图说|图注)\s*[:：]\s*")  # round 21: 图说：, 图注： (`右图：` stays, as set 13 labels)
_UNIT_SUPPLIED: Final = re.compile(
    r"[\s。，,_\-]*(?P<unit>[\u4e00-\u9fff]{2,12}?(?:" + _UNIT_SUFFIX + r"|委|宣传部|融媒体中心"
    r"|馆|政府|景区|公园|基金会|古镇|古城|度假区|高中|初中|国小|国中"
    r"|" + "|".join(_PUBLIC_BODIES) + r")"
    r"|(?<=[\s。，,_\-])(?:学校|学院|医院|校方|院方|警方|单位|受访者|受访单位|主办方|承办方|组委会))"  # (session 26: a bare
    r"\s*(?:供图|提供|供稿)$"  # supplier after a stop, `。学校 供图`) round 33: `雅X市文化馆供图`, (session 22) `某市海关供图`,
)  # `X县人民政府提供`: a venue or an organ (session 12: `。某某古镇供图`, a sight's office; session 17's review: a school,
# `圖/某某國小提供`)


_LEAD_UPLOAD_ID: Final = re.compile(r"(?P<id>\d{7,13})[_.](?=\d{0,4}[\u4e00-\u9fff])")  # (review: not five or six digits, a
# number of the title's own, `12345.热线`, or a year and month, `202405_家乡巨变`)


_YEAR_HOLIDAY: Final = re.compile(
    r"(?P<Y>(?:19|20)\d\d)年?(?:国庆节?|五一|十一|春节|元旦|中秋节?|端午节?|清明节?|暑假|寒假|劳动节|元宵节?|圣诞节?|新年"
    r"|[春夏秋冬]天?)(?:假期|出游|旅行|旅游|之旅)?\s+(?=[^\s\d])")  # (a space after it: glued, `2017中秋合影`, it stays)
_ROC_LEAD: Final = re.compile(r"(?P<Y>1[01]\d)(?P<M>0[1-9]|1[0-2])(?P<D>0[1-9]|[12]\d|3[01])[-_ \u3000]+(?=[\u4e00-\u9fff])")


def _dated_or_phone(digits: str) -> bool:
    """Digits that open with a day (`20140912…`, read by the date steps) or are a phone number (kept as one)."""
    day = len(digits) >= 8 and digits[:2] in ("19", "20") and _valid_date(int(digits[:4]), int(digits[4:6]), int(digits[6:8]))
    return bool(day) or bool(find_phones(digits))


def _strip_glued_numbers(text: str) -> str:
    """Sequence numbers glued to a short name (`1青果巷`, `法起寺2`); quantities stay (`3号门`)."""
    m = _GLUED_SEQ_LEAD.match(text)
    if m and len(text) - m.end() >= 2:
        text = text[m.end():]
    m = _GLUED_SEQ_TAIL.search(text) if text[-1:].isdigit() else None
    if m and m.start() >= 2 and _full_place(text[: m.start()]):
        text = text[: m.start()]  # `系列4` keeps its number: only a place name sheds one
    return text


_UPLOAD_MS_LEAD: Final = re.compile(r"^(?P<ms>1\d{12})[_-]?(?=[\u4e00-\u9fff])")


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


_COLLECTION_CHARS: Final = frozenset("集册")
# (speed) the first characters the steps of _take_prefixes open on, in one set for its early exit: a contest tag's
# opening, a category, an award, 获/得 (a winner), a bracket, 编/N (a number), P/p (a page), A-Z (an entry id),
# ①-❿ (a circled number), and "" (an empty name, which the exit's string test `in "获得…"` let through); digits
# are tested apart (str.isdigit). A step added below that opens on a new character adds it here.
_PREFIX_FIRST: Final = (_TAG_OPEN | _CATEGORY_FIRST | _AWARD_FIRST | frozenset("获得(（【[编NPp")
                        | frozenset(map(chr, range(ord("A"), ord("Z") + 1))) | frozenset(map(chr, range(0x2460, 0x2780)))
                        | frozenset([""]))


# (speed) the characters some step of _take_prefixes needs anywhere in the name, for its first test: one scan, not one a
# character
_PREFIX_ANYWHERE: Final = re.compile("[_组+＋屏张幅奖入赛征”」]")  # (session 24: a call's quoted theme, `“某某”摄影`)


# session 13: a newsroom's or an office's draft label, maybe numbered, before the day it ran (`1新闻稿20220906某某`,
# `通讯稿_20230105_某某`): the label and its number go, the day is read by the date step
_DRAFT_LABEL: Final = re.compile(r"\d{0,2}(?:新闻稿|通讯稿|宣传稿|投稿|稿件|图片新闻)[-_ ]?(?=(?:19|20)\d{6}[^\d.])")

_AGENCY_PHOTO_HEADER: Final = re.compile(r"(?P<a>新华社|中新社)照片(?:\s*[,，]\s*|\s+)(?P<city>[\u4e00-\u9fff]{2,8})(?:\s*[,，]\s*|\s+)"
                                         r"(?P<Y>(?:19|20)\d{2})年(?P<M>\d{1,2})月(?P<D>\d{1,2})日\s*")
_NEWS_FLASH: Final = re.compile(r"(?P<o>本报|本台|本网|本刊|[\u4e00-\u9fff]{2,10}?(?:新闻网|网|日报|晚报|晨报|报|电视台|台|融媒体中心|"
                                r"新闻))讯(?=[\s:：(（])[\s:：]*(?:[(（][^()（）]{0,30}?(?:记者|通讯员|实习生)[^()（）]{0,30}[)）]\s*)?(?=\S)")
# (review: 讯 closes the line only before a space, a colon or the byline's bracket, not in 讯号; the reporters' byline
# bracket after it, `某某报讯（记者 X）`, names the writers, not a photographer, and goes with the line)
_DRAFT_PICTURE_NO: Final = re.compile(r"(?<=[\u4e00-\u9fff])(?<![之第破超达近约共计时前后增减降涨长率到至为剩下续过加少升诊零])[-_]?[1-9]$")  # one digit
# (review: a headline's own number stays, `…票房破50`, `…倒计时30`, `十大新闻之3`)


def _agency_photo_header(result: ParsedName, text: str) -> re.Match[str] | None:
    """Session 13: `新华社照片,长春,2013年11月17日 …`: the agency's photo header, its city and day, before the caption
    (session 14: spaces for the commas, `新华社照片 长春 2013年11月17日 …`). The agency and the day are kept; the caption
    after it is read by the caller, and the city is the picture's place where the caption names none."""
    m = _AGENCY_PHOTO_HEADER.match(text)
    if m is None or m.end() == len(text):
        return None
    if not result.agency:
        result._set("agency", m["a"], "新华社照片,城市,日期", 0.85)
    if not result.date:
        _set_year_month_day(result, m)
    return m


def _take_prefixes(result: ParsedName, text: str) -> str:
    """Contest tags, awards, entry ids, print pages, sequence numbers and a leading date."""
    first, last = text[:1], text[-1:]
    if (first not in _PREFIX_FIRST and not first.isdigit() and _COLLECTION_CHARS.isdisjoint(text[1:9])
            and not last.isdigit() and last not in "日年" and not _PREFIX_ANYWHERE.search(text) and "稿" not in text[:6]
            and "新闻" not in text[:6] and "讯" not in text[:17] and "——" not in text):
        return text  # (speed) every step below is gated on one of these: half the names hold none (a step added below
        # needs its own gate added here)
    if first in "12" and not result.date and (trip := _YEAR_HOLIDAY.match(text)) and int(trip["Y"]) <= _THIS_YEAR:
        result._set("date", trip["Y"], "YYYY+节假日 prefix", 0.55)  # session 24 (probe C): `2023国庆 某古城`, `2019暑假
        result._set("date_kind", "shot", "YYYY+节假日 prefix", 0.5)  # 某地 某塔`: an album's year and holiday before the
        text = text[trip.end():]  # place or the scene: the year it was shot, no word of the title
    if first in "12" and not result.date and (dated := _YEAR_DASH_EVENT.match(text)) and int(dated["Y"]) <= _THIS_YEAR \
            and (text.rstrip("-_0123456789").endswith(_EVENT_ENDS) or _one_unnamed_segment(text[dated.end():])):
        result._set("date", dated["Y"], "YYYY- before an event", 0.5)  # session 19: `2025-某某竞赛-校级-三等奖`,
        # `2021-校运会-开幕式`: the event's year, or one segment of words, `1942-某街河畔`, `2015-某某雪景` (cut below
        # with the sequence numbers, as before: a number before a work and its author, `2015-晨曦-张三`, or a name alone,
        # `2018-张明`, stays an entry's number, no date: the second and third reviews)
    if first.isdigit() and (size := _SIZE_LEAD.match(text)):
        text = text[size.end():]  # session 14: `1080.1440 某某夜景`, `1920x1080_某某`: the picture's size, set first
    if "_" in text and _CJK_BEFORE_UNDERSCORE.search(text):  # `天安门广场_(Tiananmen_Square)`, `外滩_The_Bund`
        text = _LATIN_GLOSS.sub("", text)  # an English or pinyin gloss of the Chinese words (Wikimedia)
    if first.isdigit() and (thumb := _WIKI_THUMB.match(text)):
        text = text[thumb.end():]  # session 13: Wikimedia's thumbnail width before the file's name (`1200px-台南_赤崁樓`)
    tag = _LATIN_TAG.match(text) if "a" <= first <= "z" else None
    if tag:  # `hist_周恩来`, `poi_某某梯田`: a site's or a script's short Latin tag before the Chinese words
        text = text[tag.end():]
    m = _CONTEST_TAG.match(text) if text[:1] in _TAG_OPEN else None  # (the pattern opens on spaces or a bracket)
    if m and m.end() < len(text):
        text = text[m.end():]
    m = _COLLECTION_LABEL.match(text) if not _COLLECTION_CHARS.isdisjoint(text[1:9]) else None  # (集 or 册 at 1-8)
    if m:  # round 22: `证书集 · …`, `作品集：…`: the album the picture was kept in
        text = text[m.end():]
    first = text[:1]  # (round 22: each prefix pattern is tried only on the first characters it can open with)
    prefix = ((_CATEGORY_PREFIX.match(text) if first in _CATEGORY_FIRST else None)
              or (_GROUP_AWARD.match(text) if "组" in text else None)
              or ("+" in text or "＋" in text) and (_CONTEST_PLUS_PREFIX.match(text) or _PLUS_EVENT_PREFIX.match(text)))
    if prefix and prefix.end() < len(text) and (text[: prefix.end()].rstrip(" -_") not in _SECTIONS
                                                or _filed_subject(text[prefix.end():])):
        text = text[prefix.end():]  # (a gallery's section before a subject: `名胜古迹_黄山`, not `历史文化_张三`, `城市风光_组图`)
    elif ("赛" in text or "征" in text) and ("-" in text or "—" in text or "_" in text) \
            and (cut := _contest_dash_prefix(text)):
        text = text[cut:].replace(" - ", "-")  # a call's entry, no `Artist - Title`
        result.kind = "contest_entry"
    if ("摄影" in text or "攝影" in text) and (call := _CALL_LEAD.match(text)) and _entry_after_call(text[call.end():]):
        text = text[call.end():].replace(" - ", "-")  # session 24 (probe C): `某局“某某”摄影比赛 题 姓名 单位`,
        result.kind = "contest_entry"  # `“某某”职工摄影-题-姓名`: the call's name opens the entry, no word of its title
        if result.family == "unknown":
            result.family = "contest_entry"
    if "组" in text or "組" in text:
        text = _series_note_marks_title(text)
        text = _SERIES_MID.sub(" ", text).strip() or text
    if "屏" in text:
        text = _DISPLAY_NOTE.sub(" ", text).strip() or text
    if "张" in text or "幅" in text:
        text = _COUNT_NOTE.sub(" ", text).strip() or text  # `春之韵（4张）`: how many pictures
    m = ((_AWARD.match(text) if text[:1] in _AWARD_FIRST else None)
         or (_NAMED_AWARD.match(text) if "奖" in text[1:8] else None))
    if m and text.startswith(_WINNERS_SHOWN, m.end()) and not _WINNER.match(text, m.end()):
        m = None  # session 20: `一等奖获奖者合影`: the winners are what the picture shows, the award a part of its title
    awarded = bool(m and m.end() < len(text))
    closing = False  # an award closing the name (a certificate's, `…联赛-某某赛优秀奖`) keeps the segments before it
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
    if awarded and text[-2:] == "作品" and 5 <= len(text) <= 6 and _is_name(who := text[:-2]) \
            and who not in _NOUNS and who[1:] not in _GAZETTEER and not _full_place(who):
        result._set("photographers", [who], "奖 X作品", 0.7)  # session 20: `金奖 某某作品`: the award vouches for an
        result.kind = "contest_entry"  # entrant, the work named by its author alone: no title (the review: never
        # without the award, `马蹄莲作品`, `夏令营作品`, `黄鹤楼作品` name no one)
        return ""
    if ("奖" in text or "入" in text) and "指导" in text:
        text = _drop_teacher(text)  # `… 一等奖 指导老师：X`: the award is then last
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
            closing = (m.end() == len(text) and text[m.start() - 1] not in " -_—" and  # (review: an award glued to
                       _CERTIFIED_EVENT.search(text, 0, m.start()) is not None)  # the contest's round, not its own segment)
            text = text[:cut] + text[m.end():]
            result.kind = "contest_entry"
            awarded = True
    if awarded and not closing and ("-" in text or "_" in text) and (event := _EVENT_SEGMENTS_LEAD.match(text)) \
            and not _is_name(text[event.end():].strip()) and not _TEXT_DATE_START.match(text):
        text = text[event.end():]  # session 14: `某某大赛-某省级赛优秀奖-题`: the contest and its round, then the work
        # (review: not where an entrant's name alone is left, `二等奖_某某摄影大赛_张三`, nor a year the date step reads)
    if "——" in text and (entry := _UNIT_DASH_WORK.fullmatch(text)):
        result._set("units", [entry["unit"]], "单位——作品", 0.7)  # session 14: `1.某某总队——题(一等奖)`: a result
        text = entry["title"]  # list's entrant unit, a printed dash, then the work
        result.kind = "contest_entry"
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
        result._set("entry_id", m["id"] or m["id1"] or m["id2"] or m["id3"], "entry id prefix", 0.9)
        result.kind = result.family = "contest_entry"
        text = text[m.end():]
    m = _NEWS_FLASH.match(text) if "讯" in text[:17] else None  # (the outlet's name is ten characters at most, and
    # its ending five)
    if m:  # session 13: `某某新闻网讯 大年初八,…`: the outlet's flash line opens the story; the outlet is no place
        if m["o"][0] != "本" and not result.agency:
            result._set("agency", m["o"], "某某讯", 0.7)
        text = text[m.end():]
    m = _DRAFT_LABEL.match(text) if "稿" in text[:6] or "新闻" in text[:6] else None
    if m:  # session 13: `1新闻稿20220906某某`: a newsroom's draft, numbered, then its day and headline
        text = text[m.end():]
        if text[-1:].isdigit() and (seq := _DRAFT_PICTURE_NO.search(text)):
            text = text[: seq.start()]  # `…某某2`: the draft's second picture
    first = text[:1]
    m = _SEQ_PREFIX.match(text) if first and (first.isdigit() or first in "编N" or "\u2460" <= first <= "\u277f") else None
    if m:
        text = text[m.end():]
    m = _LEAD_TAG.match(text) if text[:1] in "(（【[" else None
    if m and m.end() < len(text):
        text = text[m.end():]
    if first == "1" and not result.date and (roc := _ROC_LEAD.match(text)) and _TRADITIONAL.search(result.filename) \
            and int(roc["Y"]) + 1911 <= _THIS_YEAR and not _is_name(text[roc.end():].strip()) \
            and (day := _valid_date(int(roc["Y"]) + 1911, int(roc["M"]), int(roc["D"]))):
        result._set("date", day, "民国 YYYMMDD prefix", 0.6)  # session 24 (probe B): `1080524_某所運動會`, Taiwan's
        result._set("date_kind", "shot", "民国 YYYMMDD prefix", 0.5)  # day in its own calendar (108 = 2019) before
        text = text[roc.end():]  # words in its script (as written: the text here is simplified); in simplified
        # script seven digits stay an id, and so do they before a bare name (a student's intake and seat, the review's)
    if text[:1].isdigit() and (upload := _LEAD_UPLOAD_ID.match(text)) and not _dated_or_phone(upload["id"]):
        text = text[upload.end():]  # session 18: `18143044_某某活动`: a site's id for the upload, no part of the title
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
        if m and rx is _TRAIL_DATE and m["hm"] and not _words_before_stamp(text[: m.start()]):
            continue  # (a stamp after a device's own, `QQ截图<ts14>_<ts12>`: two clocks; twelve digits after an id's
            # label or a person's name, `学号_<12>`, `李明_<12>`: a student's or an entry's number, no day)
        if m and len(m.group(0)) < len(text) and not result.date:
            g = m.groupdict()
            day = _valid_date(int(g["Y"]), int(g["M"] or g["M2"] or g.get("M3") or 0),
                              int(g["D"] or g["D2"] or g.get("D3") or 0))
            if day:
                result._set("date", day, rule, 0.6)
                text = text[: m.start()] + text[m.end():]
                if rx is _TRAIL_DATE and "摄于" in m.group(0) and (shot := _NAME_BEFORE_SHOT_AT.search(text)) \
                        and _is_name(shot["n"], strict=False):
                    text += " 摄"  # session 16: `…灯笼 某某 摄于2021年2月21日`: the day is read, its verb credits the name
                if rx is _LEAD_DATE and len(text) <= 2 and text.isdigit() and not result.copy_marker:
                    sep = m.group(0)[len(m.group(0).rstrip("-_ \t")):]
                    result._set("copy_marker", sep + text, "counter after a date", 0.6)  # `2023-05-12_1`
                    text = ""
    if result.date and len(text) > 40 and text[32:33] == "_" and (digest := _LEAD_DIGEST.match(text)):
        text = text[digest.end():]  # session 18: `<YYYY-MM-DD>_<md5>_<title>`: a site's id for the file after its day
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
    if m and m["Y3"] and text.endswith("奖"):
        return text  # session 18: `2020某某工程金奖`: a certificate's year names the award's edition, no shot
    if m:  # `天坛祈年殿 2019`, `2019 天坛`: a year set apart from the words is when it was taken
        result._set("date", m["Y"] or m["Y2"] or m["Y3"], "YYYY beside the words", 0.5)
        result._set("date_kind", "shot", "YYYY beside the words", 0.5)
        if not m["Y3"] or _names_a_place(text[m.end():]):  # session 18: a year glued to words stays in their title
            text = (text[: m.start()] + text[m.end():]).strip()  # (`2017中秋合影`), not before a place's name alone
    m = _YYMMDD_LEAD.match(text) if not result.date and text[:1] in "123" else None
    if m and int(m["Y"]) <= _THIS_YEAR - 2000 and (day := _valid_date(2000 + int(m["Y"]), int(m["M"]), int(m["D"]))) \
            and not _divisions_only(text[m.end():].strip()) and not _is_name(text[m.end():].split()[0]):  # (the
        # third review: `100101北京朝阳`, a postcode before an address of divisions alone; a sight or an event after the
        # digits, `231001 红旗渠`, keeps its day; the fourth: `200315张三`, a student's number before a name, no day)
        result._set("date", day, "YYMMDD before the words", 0.5)  # session 19: `260129研讨会`: an office's short day
        text = text[m.end():]
    return text


# an office's short day: from 2010 to this year, no code's word after it (`210604班`, `120305室`, `180320型`: a class's, a room's, a model's
# code, or a count, `230512人参加`, `150310元人民币`; the second review: `220702班主任培训`, `240703号召`, `230723元宵灯会`
# are days); `201205西藏` is a year and a month, read above;
# `110818_看图王` no day: the separator may part a clock's digits)
_YYMMDD_LEAD: Final = re.compile(r"^(?P<Y>[12]\d)(?P<M>0[1-9]|1[0-2])(?P<D>0[1-9]|[12]\d|3[01])\s?(?=[\u4e00-\u9fff]{2})"
                                 r"(?![室型届级个位件次米条栋层批]|期(?![待间末中刊盼望])|号(?![召称外])|班(?![主子车长])|人(?![民生间文才物大工])"
                                 r"|名(?![校师家人单胜])|元(?![宵旦素])|万(?![达科])|百(?![年货花强度])|千(?![岛年]))")


_HISTORIC_SITE_ENDS: Final = ("旧址", "舊址", "遗址", "遺址", "故居", "旧居", "舊居", "纪念馆", "紀念館", "纪念碑", "紀念碑", "会址", "會址")
_LAYOUT_SEPARATORS: Final = re.compile(r"[-_+＋—(（《]|\s")  # (an author's bracket, `2019-归途（某某）`, is an entry's too)


def _one_unnamed_segment(rest: str) -> bool:
    """Words with no layout's separator in them and no person's name alone (`某某雪景`, not `晨曦-张三`, `张明`)."""
    core = rest.rstrip("0123456789()（） ")
    return (len(core) >= 2 and not _LAYOUT_SEPARATORS.search(core) and not _is_name(core) and not find_phones(core)
            and not core.endswith(_HISTORIC_SITE_ENDS))  # (round 63: `1931-某某旧址`: the year the site names)


_YEAR_DASH_EVENT: Final = re.compile(r"(?P<Y>(?:19|20)\d\d)[-_](?=[\u4e00-\u9fff])(?![年款版届级])")
_EVENT_ENDS: Final = ("奖", "獎", "赛", "賽", "运动会", "運動會", "开幕式", "開幕式", "闭幕式", "閉幕式", "典礼", "典禮", "仪式", "儀式",
                      "晚会", "晚會", "年会", "年會", "联欢会", "聯歡會", "艺术节", "藝術節", "文化节", "文化節", "音乐节", "音樂節")


def _divisions_only(words: str) -> bool:
    """Two divisions or more (each with its administrative suffix) and nothing else: an address, `北京朝阳`,
    `上海浦东新区` (one alone, `青山湖`, is a sight's name too)."""
    i = count = 0
    while i < len(words):
        n = next((k for k in (4, 3, 2) if words[i : i + k] in _DIVISIONS), 0)
        if n == 0:
            return False
        i, count = i + n, count + 1
        while i < len(words) and words[i] in "省市县区新":
            i += 1
    return count >= 2


def _names_a_place(words: str) -> bool:
    """A place's or a sight's name and nothing else (`西湖`, `莫高窟`, `某某洞`, `某市某区某公园`)."""
    return words in _GAZETTEER or words in _SIGHTS or _full_place(words) or _is_sight_name(words)


_LEAD_DIGEST: Final = re.compile(r"[0-9a-f]{32}_(?=\S)")
_YEAR_MONTH: Final = re.compile(
    r"^(?P<Y>(?:19|20)\d{2})(?:\.(?P<M>\d{1,2})|(?P<M2>0[1-9]|1[0-2]))(?![\d.])[-_\s]*(?=[\u4e00-\u9fff])"
    r"(?![年月日号周届期次个])"
    r"|(?<=[\u4e00-\u9fff])[-_\s]*(?P<Y3>(?:19|20)\d{2})\.(?P<M3>\d{1,2})$"
    r"|(?<=[\u4e00-\u9fff])[-_\s,，]+(?P<Y4>(?:19|20)\d{2})(?P<M4>0[1-9]|1[0-2])(?:_\d{1,3})?$"  # `…，202403_5`
)
_BARE_YEAR: Final = re.compile(
    r"(?<=[\u4e00-\u9fff])[-_\s]+(?P<Y>(?:19|20)\d{2})年?$|^(?P<Y2>(?:19|20)\d{2})年?[-_\s]+(?=[\u4e00-\u9fff])(?!年|赛季|届|级|款(?!式)|版(?![画纳权]))"  # (session 19: `2018 赛季…`,
    # a season's name; `2019 款奥迪`, a model's year; `2020 版人民币`, an edition's)
    # round 47: `2025某某大桥`: a year glued before a short name of words alone (a sentence's `2023某展…` names an
    # event), not a count (no unit, counter or 年 after it)
    r"|^(?P<Y3>(?:19|20)\d{2})(?=[\u4e00-\u9fff]{1,12}$)(?![年月日号时分秒点个位名家座届期次层楼路栋级岁周天种件条米度元人户亩万千百班多余批款张])"  # `2022 年 8 月 31 日`: a typeset date, not a year apart
)
# a name closing what is left once `摄于<day>` is read off (`…灯笼 某某`): the one the verb credited
_NAME_BEFORE_SHOT_AT: Final = re.compile(r"[\s。，,](?P<n>[\u4e00-\u9fff]{2,4})\s*$")
_DIGIT_RUN: Final = re.compile(r"\d{8}")
_ID_LABEL_END: Final = re.compile(r"(?:号|码|位|证|No\.?|ID|id)$")


def _words_before_stamp(head: str) -> bool:
    """Words a `_YYYYMMDDhhmm` stamp may follow: a title of two characters or more, no digit run of a device's stamp,
    no id's label (学号, 准考证号, No.), no person's name."""
    head = head.rstrip("-_ :：")
    return len(head) >= 2 and not _DIGIT_RUN.search(head) and not _ID_LABEL_END.search(head) \
        and not _is_name(head.rpartition("_")[2])
_TRAIL_DATE: Final = re.compile(
    r"[-_\s,，]*(?:拍?摄于)?(?<!\d)(?P<Y>(?:19|20)\d{2})(?:(?P<sep>[-._]?)(?P<M>\d{2})(?P=sep)(?P<D>\d{2})"
    # session 22: `…_YYYYMMDDhhmm`, an hour and a minute glued to the day (an image generator's export, PHP's
    # date('YmdHi') after the title): the day is read, the clock without its seconds left out, as a bare one is
    r"(?P<hm>(?<=\d{8})(?:[01]\d|2[0-3])[0-5]\d)?"
    r"|(?P<sep2>[-.])(?P<M2>\d{1,2})(?P=sep2)(?P<D2>\d{1,2})|年(?P<M3>\d{1,2})月(?P<D3>\d{1,2})日)"
    r"(?:(?<=\d)[ _-]\d{1,2})?$"  # `扬州瘦西湖, 2009-01-28 06`: a sequence number after the day (session 19: `-2`)
)


def _apply_handle_genre_title(result: ParsedName, text: str) -> bool:
    """`<user id>_<genre>_<title>`: the title, the user id an account (round 58)."""
    m = _HANDLE_GENRE_TITLE.fullmatch(text)
    title = m["title"].strip() if m else ""
    if not m or not title:
        return False
    result._set("title", title, "<user id>_<genre>_<title>", 0.7)
    result._set("accounts", [m["user"]], "<user id>_<genre>_<title>", 0.6)
    result.family, result.kind = "cms_upload", "cms"
    return True
