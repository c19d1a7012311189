"""A school's or an institution's news page: student reporters, a credit whose slash stands before the verb
(`X/摄`), a body named as the source (made-up names, composed as bench probes compose them)."""

from __future__ import annotations

import itertools

import pytest

from .names_support import assert_fields

SENTENCE = "学校举行2024届毕业典礼"
CREDITS = (
    ("（学生记者 王大卫 摄）", "王大卫"), ("（大学生记者团 王大卫 摄）", "王大卫"), ("（记者团 王大卫/摄）", "王大卫"),
    ("（王大卫/摄）", "王大卫"), ("（校园记者 王大卫 摄）", "王大卫"), ("图片来源：文学院", None), ("（文学院 供图）", None),
    ("图片来源：南京大学", None),
)
JOINTS = ("{s}。{c}", "{s}{c}", "{s} {c}", "{s}，{c}")


@pytest.mark.parametrize(("credit", "joint"), list(itertools.product(CREDITS, JOINTS)))
def test_campus_credits(credit: tuple[str, str | None], joint: str) -> None:
    text, name = credit
    assert_fields(joint.format(s=SENTENCE, c=text) + ".jpg", {"title": SENTENCE, "photographer": name})


@pytest.mark.parametrize(("name", "expected"), [
    ("相册/摄影.jpg", {"photographer": None}),  # a folder and a file: no credit's slash
    ("photos/学校举行2024届毕业典礼（王大卫/摄）.jpg", {"photographer": "王大卫", "title": SENTENCE}),
    ("文学院.jpg", {"photographer": None}),
])
def test_slashes_and_bodies_that_are_no_credit(name: str, expected: dict) -> None:
    assert_fields(name, expected)


STAFF = (  # who wrote, edited or checked the story beside who took the picture
    ("撰稿：李小红 摄影：王大卫 审核：张明", "王大卫"), ("文字：李小红 图片：王大卫", "王大卫"), ("文/李小红 图/王大卫", "王大卫"),
    ("供稿：文学院 摄影：王大卫", "王大卫"), ("（摄影：王大卫 编辑：李小红）", "王大卫"), ("文/李小红", None), ("撰稿：李小红", None),
    ("（文字 李小红）", None), ("（文：李小红；图：王大卫）", "王大卫"),
)


@pytest.mark.parametrize(("credit", "joint"), list(itertools.product(STAFF, ("{s}。{c}", "{s} {c}", "{s}，{c}"))))
def test_the_writer_and_the_editor_are_no_title_and_no_photographer(credit: tuple[str, str | None], joint: str) -> None:
    text, name = credit
    assert_fields(joint.format(s=SENTENCE, c=text) + ".jpg", {"title": SENTENCE, "photographer": name})


def test_a_joint_credit_key_is_not_cut_as_a_writer() -> None:
    assert_fields(SENTENCE + "图文：王大卫.jpg", {"title": SENTENCE + "图文：王大卫"})  # 图文 is kept whole, as before


@pytest.mark.parametrize("joint", ["{s}。{c}", "{s} {c}", "{s}，{c}"])
def test_a_correspondent_key_with_a_colon(joint: str) -> None:
    """RULES.md quotes a county site's byline rule, `通讯员：×××` at the end."""
    assert_fields(joint.format(s=SENTENCE, c="通讯员：王大卫") + ".jpg", {"title": SENTENCE, "photographer": "王大卫"})


@pytest.mark.parametrize(("name", "title", "units"), [
    ("志愿者在社区开展垃圾分类宣传活动县文旅局供图.jpg", "志愿者在社区开展垃圾分类宣传活动", ["县文旅局"]),
    ("市民在公园晨练雅安市文化馆供图.jpg", "市民在公园晨练", ["雅安市文化馆"]),
    ("市民在公园晨练，某某局供图.jpg", "市民在公园晨练", ["某某局"]),
])
def test_a_supplying_body_glued_to_the_sentence_opens_at_its_division(name: str, title: str, units: list[str]) -> None:
    from gallery.names import parse_name

    parsed = parse_name(name)
    assert (parsed.title, parsed.units, parsed.photographers) == (title, units, [])


def test_a_glued_body_with_no_division_cuts_no_word_off_the_sentence() -> None:
    """`…晨练城管局供图`: where the body's name opens is unknown; the sentence keeps its last word (no `市民在公园晨`)."""
    from gallery.names import parse_name

    assert parse_name("市民在公园晨练城管局供图.jpg").title.startswith("市民在公园晨练")
