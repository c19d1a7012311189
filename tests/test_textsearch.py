import pytest

from gallery.textsearch import SEPARATOR, date_range, document, fold, parse_query, tokens


def test_pairs_and_last_character():
    assert ["江苏", "苏省", "省"] == tokens("江苏省")


def test_breaks_separate_runs():
    assert ["拙政", "政", SEPARATOR, "政园", "园"] == tokens("拙政，政园")


def test_words_and_digits_are_words():
    assert ["esc0830", "内生", "生"] == tokens("ESC0830内生")
    assert ["2019", SEPARATOR, "04", SEPARATOR, "19"] == tokens("2019-04-19")


def test_full_width_folds():
    assert "abc 123" == fold("ＡＢＣ　１２３")


@pytest.mark.parametrize(
    "query, expected",
    [
        ("镇江", '"镇江"'),
        ("紫砂壶", '"紫砂 砂壶"'),
        ("苏", '"苏"*'),
        ("镇江 采茶", '"镇江" AND "采茶"'),
        ("镇江 -采茶", '("镇江") NOT "采茶"'),
        ("2019", '"2019"'),
    ],
)
def test_match_expressions(query, expected):
    assert expected == parse_query(query).match_expression()


@pytest.mark.parametrize(
    "hostile",
    ['"', '""', "AND", "OR NEAR(a b)", "*", "^", "a:b", "') OR 1=1 --", "\x00", "😀", "\ud800", "x" * 10000],
)
def test_hostile_queries_become_quoted_tokens(hostile):
    expression = parse_query(hostile).match_expression()
    # nothing the user typed survives as an FTS operator: outside quotes only our own syntax
    outside = (expression or "").split('"')[0::2]
    assert all(piece.strip() in {"", "(", ")", "AND", ") AND (", "AND (", ") AND", "*", "NOT", ") NOT", "*)", "* AND"}
               or set(piece) <= set(" ()ANDOT*") for piece in outside), expression


def test_filters():
    query = parse_query("photographer:周明生 place:镇江 date:2019 采茶")
    assert {"photographer": ["周明生"], "place": ["镇江"], "date": ["2019"]} == query.filters
    assert '"采茶"' == query.match_expression()


def test_date_ranges():
    assert ("2019", "2019\uffff") == date_range("2019")
    assert ("2019-04", "2019-06\uffff") == date_range("2019-4..2019-06")
    assert date_range("soon") is None


def test_document_joins_texts_with_a_break():
    assert f"周明 明生 生 {SEPARATOR} 镇江 江" == document("周明生", "镇江")
