"""Progress output: the live bar on a terminal, plain lines elsewhere, and the closing summary."""

from __future__ import annotations

import io
import json

import pytest
from click.testing import CliRunner

from gallery.cli import format_summary, main
from gallery.indexer import Summary
from gallery.progress import Progress, clock, fit, width_of

from .conftest import make_jpeg


class Clock:
    """A clock the test moves by hand."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def progress(tty: bool, interval: float = 1.0) -> tuple[Progress, io.StringIO, Clock]:
    stream, ticks = io.StringIO(), Clock()
    return Progress(stream, interval=interval, tty=tty, clock_fn=ticks), stream, ticks


@pytest.mark.parametrize(("expected", "seconds"), [("00:00", 0), ("01:05", 65), ("1:00:01", 3601), ("00:00", -5)])
def test_clock(expected, seconds):
    assert expected == clock(seconds)


@pytest.mark.parametrize(
    ("expected", "text", "columns"),
    [("采茶.jpg", "采茶.jpg", 20), ("采茶采…", "采茶采茶采茶.jpg", 8), ("a?[31mb", "a\x1b[31mb", 20)],
)
def test_fit_cuts_by_terminal_columns_and_drops_control_characters(expected, text, columns):
    assert expected == fit(text, columns)
    assert width_of(fit(text, columns)) <= columns


def test_plain_lines_when_not_on_a_terminal():
    bar, stream, ticks = progress(tty=False, interval=5.0)
    for done in range(1, 101):
        ticks.now += 0.1
        bar(done, 100, "a.jpg")
    lines = stream.getvalue().splitlines()
    assert 3 == len(lines)  # at the start, every 5 s, and at the end
    assert "已处理 100/100（100%），10.0 个/秒，已用 00:10，剩余约 00:00" == lines[-1]
    assert "\r" not in stream.getvalue() and "\x1b" not in stream.getvalue()


def test_bar_on_a_terminal_redraws_one_line_with_count_rate_and_eta():
    bar, stream, ticks = progress(tty=True, interval=0.2)
    for done in range(1, 51):
        ticks.now += 0.5
        bar(done, 200, "《采茶》周明生13775584488.jpg")
    last = stream.getvalue().split("\r")[-1]
    assert last.startswith("\x1b[2K")
    assert " 50/200  25%" in last and "2.0 个/秒" in last and "剩余 01:15" in last
    assert "13775584488" not in stream.getvalue()  # the phone number in the name is never shown
    assert "\n" not in stream.getvalue()
    bar.close()
    assert stream.getvalue().endswith("\n")


def test_the_rate_follows_recent_work():
    bar, stream, ticks = progress(tty=False, interval=0.0)
    for done in range(1, 1001):  # a fast start: unchanged files
        ticks.now += 0.001
        bar(done, 2000, "a.jpg")
    for done in range(1001, 1101):  # then new files, 5 a second
        ticks.now += 0.2
        bar(done, 2000, "a.jpg")
    assert "，5.0 个/秒" in stream.getvalue().splitlines()[-1]


def test_unknown_total_while_counting():
    bar, stream, ticks = progress(tty=True, interval=0.0)
    ticks.now += 1
    bar(3, None, "a.jpg")
    assert " 3/? " in stream.getvalue() and "剩余 --:--" in stream.getvalue()
    plain, stream, ticks = progress(tty=False, interval=0.0)
    ticks.now += 1
    plain(3, None, "a.jpg")
    assert "已处理 3（正在统计总数）" in stream.getvalue()


def test_summary_names_every_count_and_redacts_phones():
    summary = Summary(added=3, unchanged=5, failed=1, seconds=2.0,
                      failures=[("《雪》张三 13775584488.jpg", "图片已损坏，无法解码")])
    text = format_summary(summary, "g.db")
    assert "新增 3" in text and "未变 5" in text and "失败 1" in text and "1.5 张/秒" in text
    assert "《雪》张三 ***.jpg — 图片已损坏，无法解码" in text
    brief = format_summary(summary, "g.db", brief=True)
    assert "数据库" not in brief and "图片已损坏" in brief


@pytest.mark.parametrize("flag", ["--quiet", "--json"])
def test_quiet_and_json_print_no_progress(tmp_path, flag):
    make_jpeg(tmp_path / "in" / "a.jpg")
    result = CliRunner().invoke(main, ["index", str(tmp_path / "in"), "--db", str(tmp_path / "g.db"), flag,
                                       "--workers", "1"])
    assert 0 == result.exit_code, result.output
    assert "已处理" not in result.output and "\r" not in result.output
    if flag == "--json":
        assert 1 == json.loads(result.output)["added"]
    else:
        assert 1 == len(result.output.strip().splitlines())
