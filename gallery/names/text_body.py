"""Step 5, the body reader: the caption grammar or the layouts, once prefixes, fields and notes are
off (`_apply_text_body`).

Reads lexicon, result, phones, people, places_scan, places_finders, places, credits_body,
credits_bylines, credits_crews, credits, dates, titles, captions, artworks, segments, contests,
text_fields, text_notes, text_tails, text_sources, text_prefixes. Serves text.
"""

from __future__ import annotations

import re
from typing import Final

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
    _TITLE_SLASH_NAME,
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
    _era_painter_work,
    _is_work_slash_author,
    _quoted_object_label,
    _strip_art_notes,
    _work_medium_painter,
)
from .captions import (
    _AGENCY_NOTE_TAIL,
    _AGENCY_SENT_TAIL,
    _SENT_SUPPLIED,
    _apply_caption,
    _may_end_in_agency,
    _strip_agency_tail,
    _take_agency_after_words,
)
from .contests import (
    _ENTRANT_UNIT_HEAD,
    _ENTRANT_UNIT_LAST,
    _ENTRY_ANY,
    _ENTRY_BOOK_HINT,
    _ENTRY_DATED_LEAD,
    _ENTRY_ID_BRACKET,
    _ENTRY_OUTLET_CHAR,
    _ENTRY_RARE_SURNAME_CHAR,
    _MEDIUM_BEFORE_WORK,
    _MONTH_SLOT,
    _NAME_PHONE_WORK,
    _PORTRAIT_FIRST,
    _PORTRAIT_LAST,
    _SPACED_LISTING_LAST,
    _apply_entry_fields,
    _apply_listed_entry,
    _dotted_entry,
    _entry_art_label,
    _entry_dash_listing,
    _entry_glued_listing,
    _entry_name_verb,
    _entry_outlet_credit,
    _entry_phone_between,
    _entry_spaced_listing,
    _entry_title_rare_name,
    _list_comma_fields,
    _name_phone_work,
    _name_then_portrait,
    _portrait_label,
    _spaced_place,
)
from .credits import _CLOSE_PARENS, _find_credit, _store_credit
from .credits_body import _PLACE_BEFORE_CREDIT_RULE, _UNIT_ONLY, _is_place_word, _tail40
from .credits_bylines import _BYLINE_BOX, _ORPHAN_CREDIT, _SENTENCE_PUNCT
from .credits_crews import _CREDIT_UNIT_LAST, _take_credit_unit_residue
from .dates import (
    _TWO_PICTURES,
    _picture_credits,
    _set_shot_day,
    _set_year_month_day,
    _take_cn_date_tail,
)
from .lexicon import (
    _AMBIGUOUS_PLACES,
    _COUNTRIES,
    _GAZETTEER,
    _HAND_GAZETTEER,
    _PROVINCE_SET,
    _ROLE_RE,
    _SINGLE_SURNAMES,
    _THEME_WORDS,
)
from .people import (
    _has_name_shape,
    _has_surname,
    _is_bare_credited,
    _is_common_name,
    _is_name,
    _is_plain_common_name,
    _reads_as_name,
)
from .phones import _take_phones
from .places import _PLACE_LAST, _full_place
from .places_finders import _DATE_CLAUSE
from .places_scan import _gaz_name_length, _scan_place
from .result import ParsedName
from .segments import (
    _BOOK_TITLE,
    _UNIT_TAIL,
    _apply_class_name,
    _apply_class_name_title,
    _apply_painter_work,
    _apply_province_rule,
    _apply_segments,
    _grade_entry_layout,
    _is_unit_field,
    _unit_layout,
)
from .text_fields import _FIELD_FIRST, _FIELD_OPENS, _HEAD_KEY, _labelled_fields, _take_provider
from .text_notes import (
    _DESIGNATED_AREA,
    _DOTTED_NAME_COUNTRY,
    _GLUED_NAME_COUNTRY,
    _LEAD_MARKS,
    _LEAD_MARKS_SET,
    _NAME_HOME,
    _SPACED_NAME_HOME,
    _TITLE_AREA_AFTER_SEP,
    _TITLE_PLACE_BRACKET,
    _drop_home,
    _strip_notes,
    _take_sent_credit_lead,
)
from .text_prefixes import (
    _ARCHIVE_FILE_NOTE,
    _ARCHIVE_NOTE,
    _DETAIL_NOTE,
    _PICTURE_LABEL,
    _PICTURE_NUMBER,
    _UNIT_SUPPLIED,
    _apply_handle_genre_title,
    _drop_teacher,
    _take_prefixes,
    _take_upload_ms,
)
from .text_sources import (
    _SOURCE_NOTE,
    _take_outlet_bracket,
    _take_outlet_source_bracket,
    _take_source,
    _take_source_line,
)
from .text_tails import (
    _UNCLOSED_OPEN,
    _apply_dated_place,
    _credit_before_agency,
    _credit_pair,
    _dash_before_unit_name,
    _head_shooter,
    _is_book_entry,
    _take_credit_place_year,
    _take_credit_shot_at,
    _take_dated_shot_place,
    _take_fax_dated_tail,
    _take_month_shot_place,
    _verb_first_byline,
)
from .titles import _PAINTED, _strip_gloss

# a series entry's frame: `《组题》 某报 某某。分题。` — the series, the entrant (an outlet maybe before the name),
# then the frame's own short caption closed by 。: the credit reads without the frame's words
_SERIES_FRAME: Final = re.compile(r"(?P<head>《[^《》]{1,30}》[^。《》]{2,30}?[\s\u3000](?P<name>[\u4e00-\u9fff]{2,3}))。[^。\s]{1,16}。")


def _series_frame_cut(text: str) -> str:
    m = _SERIES_FRAME.fullmatch(text)
    return m["head"] if m and _is_name(m["name"]) else text


# session 11: an archive note that says when the picture was taken
_ARCHIVE_DATED_NOTE: Final = re.compile(
    r"\s*[(（]资料(?:图片?|照片)\s*[，,、]\s*(?P<Y>(?:19|20)\d{2})年(?:(?P<M>\d{1,2})月(?:(?P<D>\d{1,2})日)?)?(?:拍?摄)?[)）]$")
_DIVISION_HEADS: Final = ("县", "市", "区", "省", "镇", "乡", "州")  # where a supplying body's name glued to a caption opens


_SIGHT_SUPPLIERS: Final = ("古镇", "古城", "景区", "公园", "度假区")


# session 15: a place word standing alone between a caption and its credit, after a space, a comma or a full stop
# (not after a dash: `…工程——三峡大坝。X 摄` names the work the caption is about)
_PLACE_BEFORE_CREDIT: Final = re.compile(r"[\s\u3000，,。](?P<p>[\u4e00-\u9fff]{2,8})[\s\u3000]*$")
_CLAUSE_TAIL: Final = re.compile(r"[\s\u3000，,。；;]+")
_ADDRESS_FIRST: Final = ("你好", "您好", "再见", "遇见", "早安", "晚安", "午安", "相约", "告别", "我的", "我们的", "梦回", "问候")


def _cut_place_before_credit(result: ParsedName, text: str, where: re.Match[str]) -> bool:
    """`采茶忙 栾川 X 摄`, `…。唐山 X 摄`: the county or sight the credit follows is where, no word of the title (session
    15); True where it is cut from the title. Not after a named place (`…,重庆奉节,瞿塘峡。X 摄`: a list of places, read
    whole by the steps after), not a work's address after a comma (`你好，北京`, `我的家乡，婺源`: the title), and not
    where another place was read (the word is kept in the title then, unless it is that place)."""
    clause = _CLAUSE_TAIL.split(text[: where.start()])[-1]
    if _full_place(clause) and _scan_place(clause, 0).first_gaz:
        return False
    if text[where.start()] in "，," and clause.startswith(_ADDRESS_FIRST):
        return False
    if result.place:
        return where["p"] in result.place
    result._set("place", where["p"], _PLACE_BEFORE_CREDIT_RULE, 0.6)
    return True


# a caption wholly in brackets: one pair, a full stop after six characters or more (review: not a label, `(资料图片。X摄)`),
# a credit's verb closing it
_WHOLE_BRACKETED_CAPTION: Final = re.compile(r"[(（][^()（）]{6,}。[^()（）]{2,30}?(?:摄影?|攝影?|供图|供圖)[)）]")


_BRACKETS_INSIDE: Final = re.compile(r"[【】\[\]]")
_GALLERY_NUMBER: Final = re.compile(  # (review: not the number of what the title names, `(2)班`, `(4)号楼`, `(2)组同学`)
    r"[(（]\d{1,2}[)）]\s*(?=[\u4e00-\u9fff《“「])(?![班号组栋队连楼届级期室排床单区幢层户])")
# a credit's bracket that spells out who: a supplier, a role or key, or a space before the verb
_SPELLED_OUT_CREDIT: Final = re.compile(r"[(（][^()（）]*(?:供图|提供|供稿|记者|通讯员|[图文][/／:：]|\s[摄攝])[^()（）]*[)）]。$")


# session 18: a site's upload id glued after the words, and the category it filed them under (`题<uuid>_风景3`)
_GLUED_UUID: Final = re.compile(r"(?<=[\u4e00-\u9fff])[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"
                                r"(?:[-_][\u4e00-\u9fff]{1,4}\d{0,2})?$")


# a contest's category in brackets closing the name (`（纪实类）`, `（鸟类摄影）`, `(风光类作品)`)
_SUBJECT_CATEGORIES: Final = ("花", "鸟", "动物", "植物", "昆虫", "宠物", "生态", "微距")  # categories of living things
_CATEGORY_BRACKET: Final = re.compile(r"\s*[(（][\u4e00-\u9fff]{1,6}类(?:摄影|作品)?[)）]$")
# a contest category's English name glued after it (`人物类(People)`, `当代热点类(Contemporary Issues)`), before a 《work》
_CATEGORY_GLOSS: Final = re.compile(r"(?<=[类组])\s*[(（][A-Za-z][A-Za-z &'-]{2,40}[)）](?=[^《]*《)")
_QUOTED_WORK: Final = re.compile(r"作品“([^“”]{1,30})”$")
_EDITION_NOTE: Final = re.compile(r"[,，、\s]\s*(?:[宋元明清辽金]代?|唐|北宋|南宋|民国)?(?:写|刻|抄|拓|刊|印|稿|钞)本。?$")


def _apply_text_body(result: ParsedName, core: str) -> None:
    text = core.strip()
    if text.count("-") >= 4 and (upload := _GLUED_UUID.search(text)) and upload.start() >= 2:
        text = text[: upload.start()]  # the id and its category are no part of the title
    if text[:1] in "【[" and text[-1:] in "】]" and len(text) > 3 and not _BRACKETS_INSIDE.search(text, 1, len(text) - 1):
        text = text[1:-1].strip()  # session 17: `【北京饭店】`: a page's label printed wholly in brackets
    if text[:1] in "(（" and text[-1:] in ")）" and "。" in text and _WHOLE_BRACKETED_CAPTION.fullmatch(text):
        text = text[1:-1].strip()  # session 16: `(…。X/摄)`: a page's caption printed wholly in brackets, its credit inside
    if text[-1:] in "—-_~":
        text = text.rstrip("—-_~ ") or text  # `西海草原—`: a dash the uploader left at the end
    elif text[-1:] == "。" and text[-2:-1] in ")）" and len(text) > 8 and _SPELLED_OUT_CREDIT.search(text, len(text) - 40):
        text = text[:-1]  # session 17: `…赏花（X 摄）。`, `…（某局供图）。`: the page's full stop after the credit's bracket
        # (a glued `（王府井摄）。` stays unread: a street's name before 摄 reads as a person's)
    if text[:1] in _LEAD_MARKS_SET:
        text = text.lstrip(_LEAD_MARKS + " ")  # `▲市民在…`: a layout mark
    if text[:1] in "(（" and text[1:2].isdigit() and (number := _GALLERY_NUMBER.match(text)):
        text = text[number.end():]  # session 17: `(2)某某大殿的斗拱。新华社记者 X 摄`: a gallery's picture number, no title
    if text[:1] == "《" and text[-1:] == "。" and text.count("。") == 2:
        text = _series_frame_cut(text)
    if "图" in text[:2]:
        text = _PICTURE_LABEL.sub("", text)
    if text[:1] in "图圖" or text[:2] in ("组图", "组照", "题图", "題圖"):  # (speed) where the anchored pattern can match
        text = _PICTURE_NUMBER.sub("", text, 1)  # `图一,工地上…`, `组照8:…`: the picture's number, on the page or in a series
    if text[:1] == "1":
        text = _take_upload_ms(result, text)
    if text.find("发", 2, 7) >= 0 and not result.photographers:
        text = _take_sent_credit_lead(result, text)
    unit = _UNIT_SUPPLIED.search(text) if text[-1:] in "图供稿" and text.endswith(("供图", "提供", "供稿")) else None
    start, name = (unit.start(), unit["unit"]) if unit else (0, "")
    if unit and unit.start("unit") == start and len(name) > 6:  # glued to the sentence (`…宣传活动县文旅局供图`): the
        k = max(map(name.rfind, _DIVISION_HEADS))  # unit opens at its division's word (or the division's name before
        k = next((k - n for n in (4, 3, 2) if k - n >= 0 and name[k - n : k] in _GAZETTEER), k)  # it), else nowhere
        start, name = (start + k, name[k:]) if k > 0 else (0, "")
    if start > 0 and not _ROLE_RE.search(name):
        result._set("units", [name], "单位 供图", 0.8)
        if name.endswith(_SIGHT_SUPPLIERS) and not result.place:  # session 12: `。某某古镇供图`: the sight supplied a
            result._set("place", name, "sight 供图", 0.5)  # picture of itself, most likely: where, with less confidence
        text = text[:start]
        if text.endswith(("图／", "图/", "图:", "图：")):
            text = text[:-2].rstrip()  # round 21: `…。图／某局提供`: the label before the supplier
        elif text[-2:] in ("。图", " 图"):
            text = text[:-1].rstrip()  # round 33: `…。图 某某图文馆提供`: the label, then a space
    if "。" not in text and " " in text[-14:] and _may_end_in_agency(text):
        text = _take_agency_after_words(result, text)
    if " " in text and text[-1:] > "\u4e00" and _TITLE_DATE_PLACE_GATE.search(text) and _apply_title_date_place(result, text):
        return
    if "作品“" in text and text[-1:] == "”":
        text = _QUOTED_WORK.sub(r"作品《\1》", text)  # session 20: `某某的获奖作品“题”`: the work quoted as 《》 would be
    if text[:1] == "“" and _quoted_object_label(result, text):
        return  # `“某物”,朝代,某地出土,某馆藏。`: an object's caption (session 20)
    if (len(text) <= 44 and not result.photographers and text.count("。") + text.count(".") + text.count("．") == 2
            and _dotted_entry(result, text)):
        return  # session 22: `某某.教务处.莲`, `某某。保卫处。残荷`: an entry's fields between full stops
    if ("，" in text or "、" in text) and "。" not in text and len(text) <= 44 and (fields := _comma_fields(text)):
        text = fields  # session 23: `题，某某学院，某某`: an entry's fields between commas, read as between dashes
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
        if last in _PORTRAIT_LAST and size <= 14 and _name_then_portrait(result, text):
            return  # `某某_剧照`: the one pictured, the label its title
        if (last in ")）" or "《" in text or last in "画品法" and size <= 24 and " " in text) \
                and _entry_art_label(result, text):  # round 62: `题 某某水彩画`, the medium glued after the name, as in 《》
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
        if (("藏" in text or "本" in text or "设色" in text) and _ART_GATE.search(text)
                or (last in "馆院" and text[-3:-1] == "博物" or last.isdigit() and "博物" in text) and "-" in text) \
                and _apply_artwork_catalogue(result, text):
            return
        if last in _PAINTING_LAST and " " in text and _apply_painting_label(result, text):
            return  # `某某绘 题图轴`: a painting's label (round 47)
        if first in "(（" and " " in text and size <= 32 and _era_painter_work(result, text):
            return  # `(明)某某 题`: the era, the painter, the work (session 20)
        if ("cm" in text or "CM" in text or last == "年") and ("-" in text or "_" in text or " " in text or "+" in text) \
                and _entry_dash_listing(result, text):
            return
        if "》" in text and first != "《" and " " in text and _entry_glued_listing(result, text):
            return  # `某某《题》1977 油画 61×48cm 某美术馆藏`: the painter glued before the work, the notes spaced
        if ("cm" in text or "米" in text or "CM" in text or "公分" in text) and _apply_artwork_notes(result, text):
            return
        if "《" in text[:12] and ("，" in text[:12] or "," in text[:12]) and text.count("《") <= 2 \
                and _apply_exhibit_label(result, text):  # (its comma comes before the first 《)
            return
    if "." in text and _CJK_DOTTED.fullmatch(text) and any(_UNIT_TAIL.search(p) for p in text.split(".")):
        text = text.replace(".", "-")  # `姓名.单位.作品`: dots where a dash would stand, one segment a unit
    if "／" in text[-5:] and (m := _TITLE_SLASH_NAME.fullmatch(text)) and _is_work_slash_author(m["title"], m["name"]):
        result._set("photographers", [m["name"]], "作品／作者", 0.75)  # session 14: `水漫公交／某某`: a results page's
        result.kind = result.family = "contest_entry"  # work, then who shot it
        text = m["title"].strip()
    if text.find("／", 0, 6) >= 0:
        m = _NAME_SLASH_TITLE.fullmatch(text)
        if m and _has_surname(m["name"]) and _is_name(m["name"], strict=False) and not _is_name(m["title"]) \
                and not _SENTENCE_PUNCT.search(m["title"]):
            result._set("photographers", [m["name"]], "作者／作品", 0.75)  # `张三／金门夕照`: a gallery's listing
            result.kind = result.family = "contest_entry"
            text = m["title"].strip()
    if text[-1:] in ")）" and text[:1].isdigit() and text.find("月", 1, 3) > 0 and (slot := _MONTH_SLOT.fullmatch(text)) \
            and _is_name(slot["name"], strict=False):
        text = text[text.index("月") + 1:]  # `1月某某(张三)`: a calendar's month slot before the work
    if text[:1].isdigit() and text[-1:] >= "\u4e00" and _apply_class_name(result, text):
        return  # `18室 秦望舒`: before the sequence-number prefix is taken off
    if "a" <= text[:1] <= "z" and "_" in text[2:13] and _apply_handle_genre_title(result, text):
        return  # `<user id>_<genre>_<title>` (round 58)
    text = _take_prefixes(result, text)
    if text[-1:] in ")）" and (close := text.rfind("》")) > 0 and text[close + 1:].lstrip()[:1] in "(（":
        text = _strip_gloss(text)  # session 21: `人物类 单张一等奖 《题》(English Title)`: the work's title in English
        # after its 》 is a gloss, dropped before the segments are read (as a caption's title drops it)
    if "《" in text and ("类" in text or "组" in text) and (gloss := _CATEGORY_GLOSS.search(text)):
        text = text[: gloss.start()] + text[gloss.end():]  # session 21: `当代热点类(Contemporary Issues) 单张一等奖 《题》`:
        # a contest category's name in English, no segment of its own
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
    if text[-1:] in ")）" and "类" in text[-6:] and (cat := _CATEGORY_BRACKET.search(text)) and cat.start() > 0:
        head = text[: cat.start()]  # session 21: `渔港（鸟类摄影）`, `某某（纪实类）`: a contest's category closing the
        # name is no title and names nobody
        if text[-1] == "）" and _is_bare_credited(head) and not any(w in cat.group(0) for w in _SUBJECT_CATEGORIES):  # a strict name (no
            # place, `秦岭`) before it in full-width brackets is the entrant, as `作者（作品）` reads it; not a thing that
            # is a common word, `梅花`, nor before a category of living things, where the word before it names what is
            # pictured as often, `杜鹃（花卉类）`, `康乃馨（花卉类）` (the review's)
            result._set("photographers", [head], "作者（类别）", 0.75)
            result.kind = result.family = "contest_entry"
            return
        text = head
    if text[-1:] == "）" and text[2:4].find("（") >= 0 and _author_bracket_work(result, text):
        return  # `许仁蕙（廊柱）`: an art show's `作者（作品）` listing
    if "导" in text or "導" in text:  # (speed) 指导, 辅导 in either script, the teacher's note's keys
        text = _drop_teacher(text)
    if "资料" in text:
        dated = _ARCHIVE_DATED_NOTE.search(text) if text[-1:] in ")）" else None
        if dated and dated.start() > 0:  # `…（资料照片，2019年5月摄）`: an archive picture and when it was taken
            _set_year_month_day(result, dated)
            text = text[: dated.start()].rstrip()
        text = _ARCHIVE_NOTE.sub("", text).strip() or text
    if "档案" in text:
        text = _ARCHIVE_FILE_NOTE.sub("", text).strip() or text
    if text[-1:] in "本。" and (edition := _EDITION_NOTE.search(text)) and edition.start() >= 2:
        text = text[: edition.start()]  # session 20: `某某经,宋刻本`: a book's edition, no part of its name
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
             if not result.photographers and text[-1:] in _CLOSE_PARENS else None)
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
        m = _GLUED_NAME_COUNTRY.fullmatch(text) if text[-1:] in _CLOSE_PARENS and len(text) <= 24 else None
        if m and m["home"] in _COUNTRIES and m["name"][0] in _SINGLE_SURNAMES and _is_name(m["name"]) \
                and not _is_name(m["title"]) and not _full_place(m["title"]):
            text = f"{m['title']} {m['name']}"  # `风暴天气陈先钺(澳大利亚)`: title, entrant, nationality
        m = _TITLE_PLACE_BRACKET.match(text)
        sep = (_TITLE_AREA_AFTER_SEP.search(text)
               if m is None and text[-2:-1] in "区园" and text[-1:] in _CLOSE_PARENS else None)
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
        elif result.phones and ("，" in text or "," in text):
            text = _phone_comma_fields(text)
        elif glued and result.phones and _name_phone_work(result, glued):
            return
    if result.phones and _is_name(who := text.strip(" -_+")) and (len(who) == 2 or _reads_as_name(who)):
        result._set("photographers", [who], "姓名+电话", 0.75)  # `王小明 13812345678`: an entrant and a phone (session 24:
        # three characters opening on a word, `毕业季`, are the work's title)
        result.kind = result.family = "contest_entry"
        return
    if text[-1:] in ")）" and ("摄" in text[-48:] or text.endswith(("供图)", "供图）"))):
        text = _take_outlet_bracket(result, text)
    if "源" in text or text[-1:] in ")）" and "署名" in text:  # (speed) each source form below holds 源 (or 署名, a signature)
        if "信息来源" in text:  # `(记者X 摄 信息来源:通讯员Y)`: the source is not a credit of the photo
            text = _SOURCE_NOTE.sub("", text)
        if ("来源" in text or "署名" in text) and text[-1:] in _CLOSE_PARENS:
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
    if text[-1:] in "日真" and text.endswith(("日", "传真")) and "传真" in text[-24:]:
        text = _take_fax_dated_tail(result, text)
    if "摄" in text or "拍于" in text:  # (speed) each of the forms holds 摄 (or 拍于); each takes off a tail, so the text only
        # shrinks
        if text[-1:] in ")）" and (text[-2:-1].isdigit() or text[-2:-1] in _PLACE_LAST):
            text = _take_credit_place_year(result, text)
        if "日摄" in text or "日拍摄" in text:
            text = _take_dated_shot_place(result, text)
        elif "月拍摄于" in text:
            text = _take_month_shot_place(result, text)
        if "摄于" in text or "拍于" in text:
            text = _take_credit_shot_at(result, text)
        if text[-1:] == "日" and "摄" in text:
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
        if (where := _PLACE_BEFORE_CREDIT.search(text, max(0, len(text) - 12))) and where.start() > 0 \
                and _is_place_word(where["p"]) and _cut_place_before_credit(result, text, where):
            text = text[: where.start()]
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
        sent = text.endswith(("发)", "发）")) or text.endswith(("日摄)", "日摄）")) and "发" in text[-24:]
        tail = (_AGENCY_NOTE_TAIL.search(text, _tail40(text)) if text.endswith((")", "）", "图", "P"))
                and not sent else _AGENCY_SENT_TAIL.search(text, _tail40(text))
                if sent else None)  # `…。(新华社发)`, `…。（新华社发 2017年5月23日摄）`: sent by the agency
        if tail and tail.groupdict().get("Y") and tail.start() > 0 and not result.date:
            _set_shot_day(result, tail, "（社发 YYYY年M月D日摄）", 0.85, 0.85)
        if tail is None and text[-1:] in ")）" and ("。(" in text[-20:] or "。（" in text[-20:]):
            text = _take_outlet_source_bracket(result, text)
        if tail and tail.start() > 0:  # `… CFP供图`, `…。(视觉中国)`: a source, no person
            if not result.agency:
                result._set("agency", tail["a1"] or tail["a2"] or tail.groupdict().get("a1o"), "agency after caption", 0.8)
            text = text[: tail.start() + (text[tail.start()] == "。")]  # round 24: the full stop closes a sentence
        elif text.endswith(("供图)", "供图）", "提供)", "提供）")) and "发" in text[-40:]:
            supplied = _SENT_SUPPLIED.search(text, _tail40(text))
            if supplied and supplied.start() > 0 and not _is_name(supplied["by"], strict=False):
                if not result.agency:  # `…。新华社发(某州政府供图)`: sent by the agency, supplied by a body
                    result._set("agency", supplied["a"], "agency发（单位供图）", 0.8)
                text = text[: supplied.start()]
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
    if book is None and not punct and len(text) <= 16 and ("魅力" in text or "美" in text or "聚焦" in text) \
            and _region_author_theme(result, text):  # (speed) the theme's words first
        return  # round 62: `某省张三魅力某乡`: region, author, a theme's title, glued
    if book is None and (punct or len(text) > 24 or not _HAS_SEP.search(text)
                         or _DATE_CLAUSE.match(text)):  # `9月1日,…`: a dated clause is a caption
        _apply_caption(result, text)
        if not result.photographers and text[2:5].find("于") >= 0 and text.find("拍摄", 4, 24) > 0:
            _head_shooter(result, text)  # round 62: `X于2016年4月拍摄…`: who shot it opens the caption
        return
    _apply_segments(result, text, book)


_COMMA_FIELD: Final = re.compile(r"\s*[，、]\s*")
_COMMA: Final = re.compile(r"[，,]")


def _comma_fields(text: str) -> str:
    """Session 23: `母亲的手，外国语学院，某某`, `某某，某镇人民政府，《题》`: three or four short fields between commas (or
    enumeration commas), one the entrant's unit (an office, a school, a company) and one a bare name with a surname,
    joined again with dashes (the segment layouts read them); "" where the words are no such list (a caption's
    clauses hold no unit and no bare name, `北京，天安门广场，游客如织`)."""
    fields = _COMMA_FIELD.split(text.strip())
    if not 3 <= len(fields) <= 4 or not all(2 <= len(f) <= 16 for f in fields):
        return ""
    units = [f for f in fields if _is_unit_field(f)]
    names = [f for f in fields if _is_bare_credited(f)]
    if len(units) != 1 or len(names) != 1:
        return ""
    booked = any(f[:1] == "《" and f[-1:] == "》" for f in fields)
    if not booked and (names[0] != fields[-1] or len(names[0]) < 3 or not _is_plain_common_name(names[0])):
        return ""  # (the review's: without a 《work》 only `题，单位，姓名`, a common name of three characters last:
        # `钟某某，某大学，接受采访`, `周末，市图书馆，读书`, `某某，市规划局，退休`, `星空，法学院，宋词` are a subject, a
        # time or a word, no entrant)
    return "-".join(fields)


def _phone_comma_fields(text: str) -> str:
    """Session 24 (probe B): `题，姓名，<phone>`, `姓名，<phone>，《题》`: two short fields between commas once the phone
    is out, one of them a common name (the entrant's), joined again with `+` for the segment layouts; the text as it was
    where the words are a caption's clauses (`守护，家园` holds no name) or two names."""
    fields = [f.strip() for f in _COMMA.split(text.strip("，, "))]
    if len(fields) != 2 or not all(2 <= len(f) <= 14 and " " not in f for f in fields) \
            or sum(map(_reads_as_name, fields)) != 1 or any(_scan_place(f, 0).first_gaz for f in fields) \
            or any(_is_common_name(f) and not _reads_as_name(f) for f in fields):
        return text  # (the review's: a person's given name, not a surname alone, and no other word that a common surname
        # opens, `白鹭，某鹏飞`; no place in a field, `某某，北京，<phone>`)
    return "+".join(fields)


def _region_author_theme(result: ParsedName, text: str) -> bool:
    """Round 62: a contest listing's glued line, the author's region (a province or a city), the author, then the work's
    title opening on a theme's word (`某省张三魅力某乡`, `某市李四聚焦大美某地`): the theme word marks where the name
    ends; a strict name with a surname of two or three characters only, and the region is the author's home, not where."""
    k = min((text.find(w) for w in _THEME_WORDS if w in text), default=-1)  # the first theme word
    g = _gaz_name_length(text, 0) if k >= 4 else 0
    if g < 2 or not 2 <= k - g <= 3 or len(text) - k < 4:
        return False
    name = text[g:k]
    if not _is_bare_credited(name):
        return False
    result._set("photographers", [name], "地区+作者+作品名", 0.65)
    result._set("title", text[k:], "地区+作者+作品名", 0.7)
    result.kind, result.family = "contest_entry", "contest_entry"
    return True
