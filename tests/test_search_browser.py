"""The results page with facets and the places tree, in real headless Chromium."""

from __future__ import annotations

import pytest

from .test_browser import ARTIFACTS, page, server  # noqa: F401  (fixtures)

pytestmark = pytest.mark.browser


def test_facets_narrow_the_results_with_one_click(server, page):  # noqa: F811
    page.goto(server + "/?q=江苏")
    facets = page.locator("section.facets")
    assert facets.is_visible()
    total = page.locator("h1 small").inner_text()
    city = facets.locator(".facet-places li", has_text="镇江市")
    assert "1" == city.locator(".count").inner_text()
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "search-facets.png"), full_page=True)
    city.locator("a").click()
    page.wait_for_url("**place=*")
    assert "共 1 张" in page.locator("h1 small").inner_text() != total
    assert 1 == page.locator("ul.grid img[alt='采茶']").count()
    assert "镇江市" in page.locator(".facet-places li.chosen").inner_text()


def test_pinyin_search_from_the_box(server, page):  # noqa: F811
    page.goto(server + "/")
    page.fill("input[name=q]", "zhou ming sheng")
    page.press("input[name=q]", "Enter")
    page.wait_for_url("**/?q=*")
    assert 1 == page.locator("ul.grid img[alt='采茶']").count()


def test_hostile_query_shows_a_normal_page(server, page):  # noqa: F811
    response = page.goto(server + "/?q=%22%20OR%20NEAR(*%5E&camera=%22&date=2019-99")
    assert 200 == response.status
    assert page.locator("p.empty").is_visible()


def test_places_tree(server, page):  # noqa: F811
    page.goto(server + "/places")
    jiangsu = page.locator(".place-tree > li", has_text="江苏省").first
    assert "6 张" in jiangsu.locator("summary").first.inner_text()
    assert jiangsu.locator("a.name", has_text="镇江市").is_visible()
    assert jiangsu.locator(".phrase", has_text="镇江茶博园").count() == 1
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "places-tree.png"), full_page=True)
    jiangsu.locator("a.name", has_text="江苏省").click()
    page.wait_for_url("**place=*")
    assert "共 6 张" in page.locator("h1 small").inner_text()
