"""Step 5a, the credit at the end of a caption: finding it (`_find_credit`, with a caption's credit
grammar `_credit_grammar` and more credits `_credit_more`, which call it again) and storing it on
the result (`_store_credit`).

Reads lexicon, result, stamps, people, places_scan, credits_body, credits_bylines, credits_crews,
credits_grammar. Serves captions, text_notes, text_tails, text_body.
"""

from __future__ import annotations

import re
from typing import Final

from .credits_body import (
    _AGENCY_INITIALS,
    _CREDIT_BRACKET_END,
    _CREDIT_BRACKET_LEAD,
    _CREDIT_END_LAST,
    _CREDIT_INITIALS,
    _CREDIT_LEAD,
    _LATIN_COMPANY,
    _LATIN_PERSON,
    _ORGAN_LAST,
    _ROLE_ALTERNATION_EARLY,
    _Credit,
    _credit_from_tail,
    _is_latin_person,
    _last_open,
    _offset_of_token,
    _parse_credit_body,
    _tail40,
)
from .credits_bylines import (
    _BYLINE_LAST,
    _OUTLET_WORD,
    _REPORTER_BYLINE,
    _SENTENCE_OR_DIGIT,
    _WRITER_PICTURE_BRACKET,
    _byline_outlet,
    _byline_person,
    _find_agency_byline,
    _find_role_tail,
    _photo_reporters_only,
    _slash_byline,
    _trailing_units,
)
from .credits_crews import (
    _NAME_TEXT_PICTURE,
    _SUPPLIER_BODY_END,
    _SUPPLIER_BODY_LAST,
    _comma_crew,
    _crew_list,
    _drop_supplier_bodies,
    _name_text_picture,
)
from .credits_grammar import (
    _CREDIT_BRACKET_DATED,
    _CREDIT_CUT_CHARS,
    _CREDIT_DATED_TAIL,
    _CREDIT_GRAMMAR,
    _CREDIT_GRAMMAR_HINT,
    _CREDIT_THEN_AGENCY,
    _GRAMMAR_LAST,
    _bracket_day,
    _credit_end,
    _find_short_credit,
    _outlet_names_picture,
)
from .lexicon import _AGENCIES, _AGENCY_RE, _OUTLETS_AFTER_NAME, _ROLE_RE, _trie_pattern
from .people import (
    _NAME_TOKEN_SPLIT,
    _PERSON_NOUN_LAST,
    _has_surname,
    _is_bare_credited,
    _is_common_name,
    _is_name,
    _is_plain_common_name,
    _is_title_word,
)
from .places_scan import _gaz_name_length
from .result import ParsedName
from .stamps import _valid_date


def _credit_grammar(text: str) -> _Credit | None:
    """`（图／记者X摄,2017.08.31）`, `（X摄／光明图片）`, `（组图摄影 X／人民画报）`, `。记者X翻摄`, `。新华社记者 X 航拍`."""
    m = _CREDIT_GRAMMAR.search(text, max(0, len(text) - 48))
    if m is None or m.start() == 0 or (m["open"] == "") != (m["close"] == ""):
        return None
    lead, verb = m["lead"], m["verb"]
    if not (m["outlet"] or m["Y"] or m["note"] or (lead and lead.startswith("组")) or verb and verb[0] == "翻" or verb == "航拍"
            or (lead == "航拍")):
        return None  # the plain forms are read by the older rules, unchanged
    outlet = m["outlet"]
    if outlet and not (_AGENCY_RE.fullmatch(outlet) or _OUTLET_WORD.search(outlet)):
        return None  # `X摄／张三`: not an outlet after the slash
    day = _valid_date(int(m["Y"]), int(m["M"]), int(m["D"])) if m["Y"] else None
    body = m["lbody"] if lead else m["body"]
    head = text[: m.start()]
    credit = (f"{head}（{body}摄）" if not lead else f"{head}（摄影 {body}）")
    got = _find_credit(credit)
    if got is None or got.start != m.start():
        return None
    got.rule = "credit grammar: " + got.rule
    if verb and verb[0] == "翻":  # the reporter re-shot a print or a screen: not the photograph's author
        got.names, got.rule = [], "（记者X翻摄）: a reproduction, no photographer"
    got.agency = got.agency or (named.group(0) if outlet and (named := _AGENCY_RE.fullmatch(outlet)) else outlet)
    got.day = got.day or day
    return got


# round 57: `记者 X（实习） 摄`: the trainee's mark bracketed after the name, before the verb (the name is the credit)
_TRAINEE_BEFORE_VERB: Final = re.compile(r"[(（]实习生?[)）](?=\s*(?:摄影?|拍摄|供图)$)")
# how a credit's verb ends (摄, 摄影, 拍摄, 供图): (speed) tested on the last character first, most texts end otherwise
_VERB_LAST: Final = frozenset("摄影图")
_CLOSE_PARENS: Final = frozenset(")）")  # (speed) `last in` this set: text.endswith((")", "）")), also for an empty text


# Round 61: a body's supply note closing a shot credit, `…。X 摄（某县委宣传部供图）`: the person before the verb took the
# picture, the body in brackets (round 27's supplier grammar: a word of four characters or more ending in a body's word)
# handed it to the paper and is nobody; read as the credit before the brackets (a bracket naming a person keeps the old reading)
_SUPPLIER_NOTE: Final = re.compile(r"[(（](?P<body>[^()（）\s]{4,24}?)\s*供图[)）]$")


# Round 61: an agency's release of a contributor's picture, `新华社发（X 摄）`, printed with the bare name in the brackets
# (`。某某网发 (X)`, the verb left out): the one person named there took it, the agency released it; a strict name only
_RELEASED_BARE_NAME: Final = re.compile(
    r"(?<=[。，,\s])(?P<agency>" + _AGENCY_RE.pattern + r")发\s*[(（]\s*(?P<name>[\u4e00-\u9fff]{2,4})\s*[)）]$")


_SUPPLIER_KEY_BODY: Final = re.compile(r"(?<=[。，,\s])供图(?:\s*[_:：]\s*|\s+)(?P<body>[\u4e00-\u9fff]{4,20})$")  # round 61 (below)
_STUDIO_PERSON: Final = re.compile(r"(?P<s>[A-Za-z][A-Za-z0-9 .&'-]{1,30}?)\s*[(（](?P<n>[\u4e00-\u9fff]{2,4})[)）]")  # round 62


_DOTTED_AFTER: Final = re.compile(r"\s*[\u4e00-\u9fff]{1,8}·[\u4e00-\u9fff]{1,8}\s*")


_SENTENCE_CLOSE: Final = ("。", "！", "!", "？", "?")  # what closes the sentence before `X 图` (no bracket: _SENTENCE_ENDS's are)


_PHOTOGRAPHER_LATIN: Final = re.compile(r"(?:^|(?<=[\s▲]))摄影师\s*(?P<n>[A-Z][a-z]+(?: [A-Z][a-z]+){1,2})(?:\s*的作品)?$")
_LATIN_HOME: Final = re.compile(r"\s*[(（\[](?P<c>[\u4e00-\u9fff]{2,8})[)）\]]$")
# a credit's bracket that names only who sent the picture (session 20): an outlet, the agency; an office's unit
_OUTLET_ENDS: Final = ("日报", "晚报", "早报", "都市报", "商报", "时报", "报社", "电视台", "新闻网")
_BRACKET_UNIT: Final = re.compile(r"[\u4e00-\u9fff]{2,12}(?:"
                                  + "|".join(("融媒体中心", "新闻中心", "宣传部", "宣传科", "宣传处", "办公室", *_OUTLET_ENDS)) + ")")


def _find_credit(text: str) -> _Credit | None:
    """The credit at the end of `text`, in any of the usual newsroom forms."""
    last = text[-1:]  # (speed) read once, as whether it closes a bracket: the text never changes here
    bracket = last in _CLOSE_PARENS
    if bracket and "发" in text[-10:]:
        m = _RELEASED_BARE_NAME.search(text, max(0, len(text) - 30))
        if m and _is_bare_credited(m["name"]):
            return _Credit(m.start(), [m["name"]], m["agency"], None, "agency发（X）", 0.8)
    if bracket and text[-3:-1] == "供图":
        m = _SUPPLIER_NOTE.search(text, max(0, len(text) - 30))
        head = text[: m.start()].rstrip() if m else ""
        if m and head[-1:] != "发" and _SUPPLIER_BODY_END.search(m["body"]):  # (`新华社发（…供图）`: the agency's own rule)
            got = _find_credit(head) if head[-1:] == "摄" and len(head) > 4 else None
            # (a note alone names nobody: `…（某县委宣传部供图）` is no 宣传部 the person, as round 27 drops longer bodies)
            return got if got and got.names else _Credit(m.start(), [], None, None, "（单位供图）", 0.6)
    if "翻" in text and last in _GRAMMAR_LAST:  # `记者X翻摄`: read before the older forms take `X翻` for a name
        got = _credit_grammar(text)
        if got:
            return got
    if last in _BYLINE_LAST and ("_" in text or "／" in text or last == "】"):
        got = _slash_byline(text)
        if got:
            return got
    got = _find_short_credit(text)
    if got:
        return got
    m = (_CREDIT_THEN_AGENCY.search(text, max(0, len(text) - 48))
         if bracket and text[-2:-1] not in "摄影" and "摄" in text[-40:] else None)
    if m and m.start() > 0:  # `（陈晓根摄 光明图片）`: the agency after the credit, read as if before it
        return _find_credit(f"{text[: m.start()]}（{m['agency']} {m['credit']}）")
    if last == "。" and text[-2:-1] == "摄" and len(text) > 6:  # round 49: `…。新华社记者 X 摄。`: a full stop typed after the verb
        return _find_credit(text[:-1])
    if last in _VERB_LAST and "实习" in text[-10:]:  # round 57: `记者 X（实习） 摄`: read without the trainee's mark
        m = _TRAINEE_BEFORE_VERB.search(text, max(0, len(text) - 10))
        if m and m.start() > 1 and text[m.start() - 1] not in " _-":
            got = _find_credit(text[: m.start()] + text[m.end():])
            if got and got.names and all(map(_is_name, got.names)):  # a trainee is a person: names only
                return got
    if bracket and text.endswith(("(摄)", "（摄）")) and len(text) > 6:  # round 40: `…。张三 (摄)`: the verb bracketed alone
        got = _find_credit(text[:-3].rstrip() + " 摄")
        if got and got.names:
            got.rule = "X（摄）"
            return got
    m = _WRITER_PICTURE_BRACKET.search(text, _last_open(text)) if bracket else None
    if m and m.start() > 0:  # `（文 张三 图 李四）`: the writer, then who made the pictures
        parsed = _parse_credit_body(m["p"], strict=False)
        if parsed:
            return _Credit(m.start(), parsed[0], parsed[1], parsed[2], "（文 X 图 Y）", 0.85)
    if last == "图" and text.endswith(" 图") and (_ROLE_RE.search(text, max(0, len(text) - 30))
                                or _outlet_names_picture(text)):
        got = _find_credit(text[:-1] + "摄")  # `…。澎湃新闻记者 X 图`: 图 after a reporter's name is 摄
        if got:
            got.rule = "记者 X 图"
            return got
    if last == "道" and text.endswith(" 报道") and _REPORTER_BYLINE.search(text, max(0, len(text) - 30)):
        got = _find_credit(text[:-2] + "摄")  # `…。全媒体记者 X 报道`: the reporter's byline under a photo
        if got:
            got.rule = "记者 X 报道"
            return got
    if last == "片" and text.endswith("照片") and _ROLE_RE.search(text, max(0, len(text) - 30)):
        got = _role_credit_as_shot(text[:-2])
        if got:
            return got
    m = _CREDIT_BRACKET_DATED.search(text) if bracket and text.endswith(("日)", "日）")) else None
    if m is None and last == "日":  # (speed) each end test behind its last character
        m = _CREDIT_DATED_TAIL.search(text, _tail40(text))
    if m:  # `（中央社记者王飞华摄 112年5月1日）`: the credit closes with the day it was shot
        got = _credit_from_tail(text, m.start("body"), m.group("body"), strict=False, rule="（X 摄 日期）", conf=0.9)
        if got:
            got.start = m.start()
            got.day = _bracket_day(m)
            return got
    closed = (end := text.rstrip()[-1:]) in ")）]】"  # both bracket forms below close the name
    m = _CREDIT_BRACKET_END.search(text) if closed else None
    if m and m.start() > 0 and _BRACKET_UNIT.fullmatch(unit := m.group("body").strip()):
        if unit.endswith(_OUTLET_ENDS):  # session 20: `(某某日报 摄)`: an outlet, the agency, as before
            return _Credit(m.start(), [], unit, None, "（媒体 摄）", 0.6)
        return _Credit(m.start(), [], None, None, "（单位 摄）", 0.6, units=[unit])  # `…。(某市融媒体中心 摄)`, `(某局宣传处
        # 摄)`: a newsroom's or an office's unit shot it, nobody named (the reviews: never the place, never `宣传处`)
    if m:
        got = _credit_from_tail(text, m.start("body"), m.group("body"), strict=False, rule="（X 摄）", conf=0.95)
        if got:
            got.start = m.start()
            return _drop_supplier_bodies(got) if text.find("供图", -5) >= 0 else got
        if m.start() > 0 and _ROLE_RE.fullmatch(role := m.group("body").strip()) and ("记者" in role or "员" in role):
            return _Credit(m.start(), [], None, role, "（role, no name）", 0.6)  # session 17: `…（通讯员 供图）`: nobody named
    m = _CREDIT_BRACKET_LEAD.search(text) if closed else None
    if m:
        if "：" in m["body"] or ":" in m["body"]:  # round 27: `（摄影：X 文字：Y）`: a crew list, role by role
            return _crew_list(text, max(0, len(text) - 60))
        body = m.group("body")
        if "文字记者" in body:  # `（摄影记者X、文字记者Y）`: the writer took no picture
            body = _photo_reporters_only(body)
        got = _credit_from_tail(text, m.start("body"), body, strict=False, rule="（摄影 X）", conf=0.95)
        if got:
            got.start = m.start()
            return got
    m = _credit_end(text) if end in _CREDIT_END_LAST else None
    if m and m.start() > 0:
        head = text[: m.start()]
        cut = max(map(head.rfind, _CREDIT_CUT_CHARS))
        if "·" in head[-12:] and (book_end := head.rfind("》")) > cut and _DOTTED_AFTER.fullmatch(head, book_end + 1):
            cut = book_end  # session 14: `《题》凯文·弗赖尔 摄`: a transliterated name glued after the work's title
        body_start = cut + 1
        rule = "X 供图" if "供图" in m.group(0) else "X 摄"
        verb = m.group(0).strip()
        if verb == "图":  # session 17: `…。 X 图`, the picture's word after a name and a space closing a sentence (bare,
            # `风景 图`, `张三 图` may be the picture of someone; a word led by a surname's character, `平面 图`, is no name)
            body_start = max(map(head.rfind, (" ", "\u3000") + _SENTENCE_CLOSE)) + 1
            name = head[body_start:]
            got = (_credit_from_tail(text, body_start, name, strict=True, rule="X 图", conf=0.8)
                   if head[:body_start].rstrip().endswith(_SENTENCE_CLOSE) and _is_bare_credited(name)
                   and (len(name) >= 3 or _is_plain_common_name(name)) else None)
        elif head[-1:] == "文" and verb in ("／图", "/图"):
            got = None  # session 17's review: `X文／图`, `X 文／图` wrote and shot it, read by the bylines below (`春光文`,
            # `邱 亮 文` were credited whole)
        else:
            got = _credit_from_tail(text, body_start, head[body_start:], strict=False, rule=rule, conf=0.9)
        if got and rule == "X 供图":
            got = _drop_supplier_bodies(got)
            if not got.names and got.start > 0 and "\u4e00" <= text[got.start - 1] <= "\u9fff":
                return None  # session 11: a body glued to the sentence (`…晨练城管局供图`): where its name opens is unknown
        if got:
            return got
    # Round 61: a body after the supplier's key closing a caption (`…。供图：某县融媒体中心`, `…。供图_某某局`): nobody is
    # credited, and the caption ends before the key (round 27's supplier grammar decides what a body is). (speed) the last
    # character first: how _SUPPLIER_BODY_END's words end
    if last and last in _SUPPLIER_BODY_LAST and text.find("供图", -26) >= 0:
        m = _SUPPLIER_KEY_BODY.search(text[-30:])
        if m and _SUPPLIER_BODY_END.search(m["body"]):
            return _Credit(len(text) - len(text[-30:]) + m.start(), [], None, None, "供图：单位", 0.6, units=[m["body"]])
    m = _PHOTOGRAPHER_LATIN.search(text) if "摄影师" in text and (text[-1:].isascii() or text.endswith("的作品")) else None
    if m and _is_latin_person(m["n"]):  # session 20: `总冠军 摄影师Raghuram Annadana`, `摄影师 X Y 的作品`
        return _Credit(m.start(), [m["n"]], None, None, "摄影师 Latin name", 0.7)
    m = (_CREDIT_LEAD.search(text, max(0, len(text) - 56))  # round 24 (speed): a key, its mark, a body of 40 at most
         if "图" in text or "摄" in text or "作者" in text or "通讯员" in text[-24:] else None)  # (`…。通讯员：X`)
    if m:
        key = m.group("key") or m.group("key2") or m.group("key3")
        body, units = _trailing_units(m.group("body") or m.group("body2") or m.group("body3"))
        if "／" in body:
            person, _, outlet = (part.strip() for part in body.rpartition("／"))
            source = _byline_outlet(outlet)
            if source and _byline_person(person):  # session 16: `。攝：X／端傳媒`: who shot it, then the outlet that ran it
                return _Credit(m.start(), [person], source, None, f"{key}：X／outlet", 0.8)  # (it credited the outlet)
        if body[:1].isascii():  # round 24: `攝：Gordon Choi` is one person; `摄影师：iDaily Media` a company
            # round 62: a studio's Latin name, then the photographer's own in brackets (`攝影：ANPIS FOTO（王某某）`):
            # the person took it, the studio is the source (a strict name with a surname only)
            if body[-1:] in ")）" and (sm := _STUDIO_PERSON.fullmatch(body.strip())) \
                    and _is_name(sm["n"]) and _has_surname(sm["n"]):
                return _Credit(m.start(), [sm["n"]], sm["s"], None, f"{key}：studio（X）", 0.7)
            body = body.strip()
            if body[-1:] in ")）]" and (home := _LATIN_HOME.search(body)):
                body = body[: home.start()].rstrip()  # session 20: `摄影师:X Y(斯洛文尼亚)`: the photographer's country
            if _LATIN_COMPANY.search(body):  # a company's name: the source, nobody credited
                return _Credit(m.start(), [], body, None, f"{key}：Latin company", 0.6)
            if _LATIN_PERSON.fullmatch(body):  # one word (`Gordon`), or words that may be a person's name
                if " " not in body or _is_latin_person(body):
                    return _Credit(m.start(), [body], None, None, f"{key}：Latin name", 0.7)
                return _Credit(m.start(), [], None, None, f"{key}：Latin words", 0.5)  # session 20's reviews: `攝：Imagine
                # China`, `摄影师:Golden Gate`: a source's or a place's words, nobody named
            initials = body
            if (key in ("摄影", "摄", "摄影师") and _CREDIT_INITIALS.fullmatch(initials)
                    and initials not in _AGENCY_INITIALS and not _AGENCY_RE.fullmatch(initials)):
                return _Credit(m.start(), [initials], None, None, f"{key}：initials", 0.6)  # `攝影:PW`: an editor's initials
            return None
        if m.start() == 0 and len(words := body.split()) > 1 and min(map(len, words)) > 1 and not _is_name(words[0]) \
                and not any(_is_name(w) or _ROLE_RE.fullmatch(w) for w in words):
            return None  # session 20's review: `拍摄者：学生 春游`: the key opens the name, its first word is no name, and
            # no later word is (the words after the first are the work's)
        got = _credit_from_tail(text, m.start(), body, strict=False, rule=f"{key}：X", conf=0.9)
        if got and any(len(n) >= 3 and n[-1] in _ORGAN_LAST for n in got.names):
            got.names = []  # round 24: `图：新闻局、旅游局`: the bodies that supplied it, no person
        skipped = body[: got.start - m.start()] if got else ""
        if got and (_SENTENCE_OR_DIGIT.search(skipped) or _is_name(skipped.strip(" +＋_-—"))):
            got = None  # `摄影：张三 5月1日,游客在…`: the name was the first word; a later one is caption text; session 10:
            # `作者：张三+秋韵`, the key's name and then the work: the word read last is no person
        if got and _offset_of_token(body, 0) == 0 and got.start >= m.start():
            got.start = m.start()
            got.units = got.units or units
            return got
    got = _find_role_tail(text) or _find_agency_byline(text)
    if got is None:  # round 24: the credit grammar's rarer orders, and the forms _credit_more reads
        if last in ")）" and text.find("摄影", -48) >= 0:  # round 27: `（记者X，摄影Y、Z，outlet报道）`
            got = _comma_crew(text)
            if got:
                return got
        if (last in _GRAMMAR_LAST or last in _OUTLET_LAST and "／" in text[-14:]) \
                and _CREDIT_GRAMMAR_HINT.search(text, max(0, len(text) - 40)):
            got = _credit_grammar(text)  # round 33: `…。X 摄／光明图片` with no bracket ends on the outlet
        if last in "图文" and (m := _NAME_TEXT_PICTURE.search(text, max(0, len(text) - 20))):
            got = _name_text_picture(m)  # round 48: `…。张三 文/图`, `…。张 三 文_图`: the byline after the name
            if got:
                return got
        if got is None and ("_" in text or "：" in text or ":" in text or "／" in text[-20:]
                            or last in _OUTLET_LAST and " " in text[-16:] or last == "文" and "摄" in text[-24:]
                            or bracket and text[-2:-1] in _OUTLET_LAST and " " in text[-16:]
                            and ("。(" in text[-20:] or "。（" in text[-20:])):
            # round 60: `…。(某某 人民图片)`: people.cn's picture desk credits in a bracket after the full stop, the
            # name, then the outlet (one mid-sentence, `(左一 …)`, notes who is where)
            got = _credit_more(text)
        if got is None and (last in ")）" or "文" in text[-16:]):
            got = _credit_picture_word(text)
    return got


def _role_credit_as_shot(head: str) -> _Credit | None:
    """`…。新华社记者X照片`, `…。本报记者 X 照片`: a reworded repost puts 照片 where the credit's 摄 was; read as 摄
    only when a role (记者, 通讯员, 摄影 …) vouches for the name right before it (`…老照片`, `X照片` name nobody)."""
    if head[-1:] in "老的张幅组些旧" or len(head) < 4:
        return None
    got = _find_credit(head + "摄")
    if got and got.start > 0 and got.role and got.names and not _SENTENCE_OR_DIGIT.search(head, got.start):
        got.rule = "记者 X 照片"
        return got
    return None


# The picture word of a credit written in the other places a newsroom puts it: after the names behind a slash
# (`（记者 X Y／图）`, `（签约摄影师 X Y Z／图）`: 图 as 摄), or joined to the writer's word by 、 and the like
# (`（文、图／X）`, `图、文：X`, `文和图 X`: the same person wrote and shot it, as `文／图 X`). 简 and 繁 (via _T2S).
_CREDIT_NAMES_SLASH_PICTURE: Final = re.compile(r"\s*[／/_]\s*图\s*(?P<close>[)）])\s*$")
# round 52: the picture word after the name with a space, the reporter's post written before it (`（某某周刊记者 X 图）`,
# the byline 南方周末 and its magazines print under a photo: 图 as 摄); the post is what makes the bracket a credit
# (`（示意 图）` names nobody), so the reader takes it only with 记者 in the credit
_CREDIT_REPORTER_SPACE_PICTURE: Final = re.compile(r"记者[\s\u3000]*(?:[^\s()（）]{2,8}[\s\u3000]+){1,3}图\s*(?P<close>[)）])\s*$")
_CREDIT_TEXT_AND_PICTURE: Final = re.compile(r"(?<![\u4e00-\u9fff])(?:文\s*[、，,与和及]\s*图|图\s*[、，,与和及]\s*文)\s*[／/:：\s]\s*")


# a caption clause (it holds a comma), then who shot it in brackets, no credit word and no full stop between
# (`…,村民在茶山采茶(张三)`); not after a word for a person (`…和他的妻子(李梅)`: that names the subject)
_CREDIT_CLAUSE_NAME_BRACKET: Final = re.compile(
    r"(?P<before>[\u4e00-\u9fff])(?P<open>[(（])(?P<names>[\u4e00-\u9fff]{2,3}(?:[ \u3000、][\u4e00-\u9fff]{2,3}){0,2})[)）]$")
_CREDIT_CLAUSE_MARK: Final = re.compile(r"[,，。；;]")


def _credit_picture_word(text: str) -> _Credit | None:
    tail = max(0, len(text) - 60)
    m = _CREDIT_NAMES_SLASH_PICTURE.search(text, tail)
    if m and m.start() > 0:
        got = _find_credit(text[: m.start()] + " 摄" + m["close"])
        if got and got.names and all(_is_name(n) and _has_surname(n) for n in got.names):  # not `（示意／图）`
            got.rule = "（X／图）"
            return got
    m = _CREDIT_REPORTER_SPACE_PICTURE.search(text, tail) if "记" in text else None
    if m and m.start() > 0:
        close = m.start("close")
        got = _find_credit(text[: text.rindex("图", 0, close)].rstrip() + " 摄" + m["close"])
        if got and got.names and got.role and "记者" in got.role:  # (as `（某某记者 X 摄）` reads it)
            got.rule = "（记者 X 图）"
            return got
    m = _CREDIT_TEXT_AND_PICTURE.search(text, tail)
    if m and m.start() > 0:
        got = _find_credit(text[: m.start()] + ("文／图 " if m.group(0)[0] == "文" else "图／文 ") + text[m.end():])
        if got and got.names and got.start <= m.start() and all(_is_name(n) and _has_surname(n) for n in got.names):
            got.rule = "（文、图／X）"
            return got
    m = _CREDIT_CLAUSE_NAME_BRACKET.search(text, tail) if text[-1:] in ")）" else None
    if m and m.start() > 0 and m["before"] not in _PERSON_NOUN_LAST and _CREDIT_CLAUSE_MARK.search(text, 0, m.start()):
        names = _NAME_TOKEN_SPLIT.split(m["names"])
        if all(len(n) == 3 and _is_common_name(n) and _gaz_name_length(n, 0) < 2 and not _is_title_word(n) for n in names):
            return _Credit(m.start("open"), names, None, None, "caption（姓名）", 0.6)  # (three characters: `（周末）` is a word)
    return None


# round 24: more of the credit grammar, read only where the older forms found nothing.
# A file name cannot hold `/`, so editors write `图_记者X摄`, `摄影_本报记者 X`, `X_大纪元`: `_` in a credit is `／`.
_SENTENCE_ENDS: Final = ("。", "！", "？", "!", "?", "(", "（")
# `…。林振东 端传媒`, `(李怡欣／大纪元)`, `特约摄影 王忠虎／视觉重庆`: the names, then the outlet, no verb
_NAMES_THEN_OUTLET: Final = re.compile(
    r"(?P<open>[(（]|(?<=[。.!！?？\s]))\s*(?P<role>(?:" + _ROLE_ALTERNATION_EARLY + r")[\s:：]*)?"
    r"(?P<names>[\u4e00-\u9fff]{2,4}(?:[\s、][\u4e00-\u9fff]{2,4}){0,3})\s*[／\s]\s*"
    r"(?P<outlet>" + _trie_pattern(_OUTLETS_AFTER_NAME) + "|" + _AGENCY_RE.pattern + r")\s*(?P<close>[)）]?)$"
)
_WRITER_AFTER: Final = re.compile(r"(?<=摄)\s+[\u4e00-\u9fff]{2,4}(?:[、\s][\u4e00-\u9fff]{2,4}){0,2}\s*文$")


_CREDIT_MARK: Final = re.compile("摄|记者|通讯员|图|拍")
_OUTLET_LAST: Final = frozenset(a[-1] for a in _AGENCIES + _OUTLETS_AFTER_NAME) | frozenset("报社网台心队团")  # how an outlet's name ends


def _credit_more(text: str) -> _Credit | None:
    tail_start = max(0, len(text) - 60)
    tail = text[tail_start:]
    last = text.rstrip(")） ")[-1:]
    if "_" in tail:
        k = max(tail_start, *(text.rfind(c, tail_start) + 1 for c in _SENTENCE_ENDS))
        seg = text[k:]
        if "_" in seg and (last in _OUTLET_LAST or _CREDIT_MARK.search(seg)):
            return _find_credit(text[:k] + seg.replace("_", "／"))
    if last == "文":
        m = _WRITER_AFTER.search(text, tail_start)
        if m:  # `…记者 X 摄 Y 文`: the photographer's credit, then the writer's
            return _find_credit(text[: m.start()])
    end = tail[-16:]
    m = (_NAMES_THEN_OUTLET.search(text, tail_start)
         if last in _OUTLET_LAST and last not in _VERB_LAST and (" " in end or "／" in end) else None)
    if m and m.start() > 0 and (m["open"] == "") == (m["close"] == ""):
        names = m["names"].replace("、", " ").split()
        strict = m["role"] is None
        if all(_is_name(n, strict=strict) and _has_surname(n) for n in names):
            return _Credit(m.start(), names, m["outlet"], m["role"] and m["role"].strip(" :："), "X 媒体", 0.6)
    if ("：" in tail or ":" in tail) and ("摄" in tail or "记者" in tail or "实习生" in tail or "图" in tail):
        return _crew_list(text, tail_start)
    return None


def _store_credit(result: ParsedName, credit: _Credit) -> None:
    result._set("photographers", credit.names, credit.rule, credit.confidence)
    if credit.agency:
        result._set("agency", credit.agency, credit.rule, credit.confidence)
    if credit.role:
        result._set("role", credit.role, credit.rule, credit.confidence)
    if credit.units:
        result._set("units", credit.units, credit.rule, credit.confidence)
    if credit.day and not result.date:
        result._set("date", credit.day, credit.rule, 0.85)
        result._set("date_kind", "shot", credit.rule, 0.85)
