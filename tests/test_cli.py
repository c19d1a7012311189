"""The command line: every command has help, parse's JSON interface, index and search."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from gallery.cli import main

from .conftest import IMAGES, ROOT, SEEDS

STABLE_KEYS = {"filename", "title", "photographers", "place", "date", "time", "phones", "copy_marker", "kind"}


@pytest.mark.parametrize("command", sorted(main.commands))
def test_every_command_has_help_and_is_in_the_readme(command):
    result = CliRunner().invoke(main, [command, "--help"])
    assert 0 == result.exit_code
    assert "Usage" in result.output
    assert f"gallery {command}" in (ROOT / "README.md").read_text(encoding="utf-8")


def test_parse_json_one_object_per_name_in_order():
    names = ["《采茶》周明生  摄于镇江茶博园_副本.jpg", "微信截图_20241122110811.png", "9.jpg"]
    result = CliRunner().invoke(main, ["parse", "--json", *names])
    rows = [json.loads(line) for line in result.output.splitlines()]
    assert names == [r["filename"] for r in rows]
    assert all(STABLE_KEYS <= set(r) for r in rows)
    assert (["周明生"], "镇江茶博园", "采茶") == (rows[0]["photographers"], rows[0]["place"], rows[0]["title"])
    assert ("2024-11-22", "11:08:11") == (rows[1]["date"], rows[1]["time"])


def test_parse_reads_stdin():
    result = CliRunner().invoke(main, ["parse", "--json", "-"], input="a.jpg\n微信图片_20240703093100_副本.jpg\n")
    rows = [json.loads(line) for line in result.output.splitlines()]
    assert ["a.jpg", "微信图片_20240703093100_副本.jpg"] == [r["filename"] for r in rows]
    assert "_副本" == rows[1]["copy_marker"]


def test_parse_plain_output_names_the_rule():
    result = CliRunner().invoke(main, ["parse", "《采茶》周明生  摄于镇江茶博园_副本.jpg"])
    assert "周明生" in result.output and "镇江茶博园" in result.output


def test_index_then_search(tmp_path: Path):
    db = str(tmp_path / "g.db")
    runner = CliRunner()
    result = runner.invoke(main, ["index", str(IMAGES), str(SEEDS), "--db", db, "--workers", "1"])
    assert 0 == result.exit_code, result.output
    assert "新增 12" in result.output and "失败 0" in result.output
    summary = json.loads(runner.invoke(main, ["index", str(IMAGES), "--db", db, "--json"]).output)
    assert (0, 12) == (summary["added"], summary["unchanged"])
    found = json.loads(runner.invoke(main, ["search", "镇江", "--db", db, "--json"]).output)
    assert ["周明生"] == found["photos"][0]["photographers"]
    assert "找到 1 张照片" in runner.invoke(main, ["search", "周明生", "--db", db]).output


def test_db_from_environment(tmp_path: Path):
    db = tmp_path / "env.db"
    result = CliRunner().invoke(main, ["index", str(SEEDS), "--quiet"], env={"GALLERY_DB": str(db)})
    assert 0 == result.exit_code, result.output
    assert db.exists()


def test_search_without_a_database_says_what_to_do(tmp_path: Path):
    result = CliRunner().invoke(main, ["search", "x", "--db", str(tmp_path / "none.db")])
    assert 0 != result.exit_code
    assert "gallery index" in result.output


def test_failures_are_listed_in_the_summary(tmp_path: Path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "empty.jpg").write_bytes(b"")
    (folder / "《无尘仓储》陈卫东。13775584488.jpg").write_bytes(b"not a picture")
    result = CliRunner().invoke(main, ["index", str(folder), "--db", str(tmp_path / "g.db")])
    assert "失败 2" in result.output and "empty.jpg" in result.output
    assert "13775584488" not in result.output
