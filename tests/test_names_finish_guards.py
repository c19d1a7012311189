"""The last guard on a result: an agency or a piece of a place's name is never a photographer (made-up names, as
bench/probe_credits.py --grammar composes them)."""

from __future__ import annotations

import pytest

from gallery.names import parse_name


@pytest.mark.parametrize(("name", "people", "agency"), [
    ("《秋收》_新华社摄影 李娜摄_13800001234.jpg", ["李娜"], "新华社"),
    ("采茶——中新社摄影 周明生 供图_北京南站.jpg", ["周明生"], "中新社"),
    ("渔民们收网归来。作者：欧阳小华、镇江茶博园.jpg", [], None),  # no answer rather than a wrong one
])
def test_no_agency_and_no_place_is_a_photographer(name: str, people: list[str], agency: str | None) -> None:
    parsed = parse_name(name)
    assert parsed.photographers == people
    assert parsed.agency == agency
    assert any(w.startswith("not a person") for w in parsed.warnings)


@pytest.mark.parametrize("name", ["秋收 欧阳春园摄.jpg", "秋收 买买提·吐尔逊摄.jpg", "秋收 王园摄.jpg"])
def test_names_that_stay(name: str) -> None:
    parsed = parse_name(name)
    assert parsed.photographers, name
    assert not any(w.startswith("not a person") for w in parsed.warnings)
