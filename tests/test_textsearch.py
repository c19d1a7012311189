import sqlite3

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from gallery.textsearch import (
    SEPARATOR,
    date_range,
    document,
    filter_expression,
    fold,
    initials_document,
    parse_query,
    pinyin_document,
    segmentations,
    tokens,
)


def test_pairs_and_last_character():
    assert ["江苏", "苏省", "省"] == tokens("江苏省")


def test_breaks_separate_runs():
    assert ["拙政", "政", SEPARATOR, "政园", "园"] == tokens("拙政，政园")


def test_words_and_digits_are_words():
    assert ["esc0830", "内生", "生"] == tokens("ESC0830内生")
    assert ["2019", SEPARATOR, "04", SEPARATOR, "19"] == tokens("2019-04-19")


@pytest.mark.parametrize(
    "expected, text",
    [
        ("abc 123", "ＡＢＣ　１２３"),
        ("苏州", "蘇州"),
        ("摄影", "攝影"),
        ("后来", "後來"),
        ("苏州 a", "苏州\x00A"),
        ("x?y", "x\ud800y"),
        ("zhou ming sheng lv cafe", "Zhōu Míng Shēng lǜ café"),
    ],
)
def test_fold(expected, text):
    assert expected == fold(text)


@pytest.mark.parametrize(
    "expected, text",
    [
        ("zhou0ming ming0sheng sheng", "周明生"),
        ("chong0qing qing", "重庆"),  # phrase-aware: not zhong0qing
        ("su0zhou zhou", "蘇州"),
        (f"zhen0jiang jiang {SEPARATOR} cai0cha cha", "镇江 采茶"),
    ],
)
def test_pinyin_pairs(expected, text):
    assert expected == pinyin_document(text)


def test_initials_of_every_short_stretch():
    assert {"zm", "ms", "zms"} == set(initials_document("周明生").split())


@pytest.mark.parametrize(
    "expected, word",
    [
        (("zhou", "ming", "sheng"), "zhoumingsheng"),
        (("su", "zhou"), "suzhou"),
        (("xian",), "xian"),
    ],
)
def test_pinyin_segmentation_prefers_fewest_syllables(expected, word):
    assert expected == segmentations(word)[0]


@pytest.mark.parametrize("word", ["canon", "esc0830", "zms", ""])
def test_non_pinyin_has_no_segmentation(word):
    assert [] == segmentations(word)


@pytest.mark.parametrize(
    "expected, query",
    [
        ('"镇江"', "镇江"),
        ('"紫砂 砂壶"', "紫砂壶"),
        ('"苏"*', "苏"),
        ('"苏州"', "蘇州"),
        ('"镇江" AND "采茶"', "镇江 采茶"),
        ('("镇江") NOT "采茶"', "镇江 -采茶"),
        ('"镇江 江 采茶"', '"镇江 采茶"'),
        ('{who title place caption other} : "2019"', "2019"),
        ('({who title place caption other} : "suzhou" OR py : "su0zhou")', "suzhou"),
        ('({who title place caption other} : "zms" OR ini : "zms")', "zms"),
        ('(("周"* AND {who title place caption other} : "ms") OR ("周"* AND ini : "zms"))', "周ms"),
    ],
)
def test_match_expressions(expected, query):
    assert expected == parse_query(query).match_expression()


def test_spaced_pinyin_is_one_name():
    expression = parse_query("zhou ming sheng").match_expression()
    assert 'py : "zhou0ming ming0sheng"' in expression
    assert 1 == len(parse_query("zhou ming sheng").terms)


HOSTILE = ['"', '""', "AND", "OR NEAR(a b)", "*", "^", "a:b", "') OR 1=1 --", "\x00", "😀", "\ud800",
           "x" * 10000, "NOT", "-", "--", "-\"", "{who}: x", "py : x", "\\", "'; DROP TABLE photos; --",
           "meta:\"has0gps\"", "周ms OR zms", "(((", "NEAR(\"a\" \"b\", 2)", "abc*", "苏州^"]


@pytest.fixture(scope="module")
def fts():
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE VIRTUAL TABLE t USING fts5(who, title, place, caption, other, py, ini, meta)")
    conn.execute("INSERT INTO t VALUES ('周明 明生 生', '采茶 茶', '镇江 江', 'x', '2019', 'zhou0ming', 'zms', 'y2019')")
    yield conn
    conn.close()


@pytest.mark.parametrize("hostile", HOSTILE)
def test_hostile_queries_are_valid_fts(fts, hostile):
    expression = parse_query(hostile).match_expression() or parse_query(hostile).excluded_expression()
    if expression:  # what we build always parses: the user's text only ever sits inside quotes
        fts.execute("SELECT count(*) FROM t WHERE t MATCH ?", (expression,)).fetchone()


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=80))
def test_any_text_gives_a_valid_expression(fts, text):
    query = parse_query(text)
    for expression in (query.match_expression(), query.excluded_expression(), query.strong_expression()):
        if expression:
            fts.execute("SELECT count(*) FROM t WHERE t MATCH ?", (expression,)).fetchone()
    for name, values in query.filters.items():
        for value in values:
            if expression := filter_expression(name, value):
                fts.execute("SELECT count(*) FROM t WHERE t MATCH ?", (expression,)).fetchone()


@pytest.mark.parametrize(
    "expected, query",
    [
        ({"photographer": ["周明生"], "place": ["镇江"], "date": ["2019"]}, "photographer:周明生 place:镇江 date:2019 采茶"),
        ({"camera": ["canon eos"]}, 'camera:"Canon EOS"'),
        ({"photographer": ["周明生"], "place": ["镇江"]}, "摄影师：周明生 地点:镇江"),
        ({"has": ["gps"], "missing": ["photographer"]}, "has:gps missing:photographer"),
        ({"kind": ["wechat_image"]}, "kind:wechat_image"),
    ],
)
def test_filters(expected, query):
    assert expected == parse_query(query).filters


@pytest.mark.parametrize(
    "expected, value",
    [
        (("2019", "2019\uffff"), "2019"),
        (("2019-04", "2019-06\uffff"), "2019-4..2019-06"),
        (("2019-04", "2019-06\uffff"), "2019-06..2019-04"),
        (None, "soon"),
    ],
)
def test_date_ranges(expected, value):
    assert expected == date_range(value)


def test_document_joins_texts_with_a_break():
    assert f"周明 明生 生 {SEPARATOR} 镇江 江" == document("周明生", "镇江")
