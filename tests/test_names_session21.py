"""Session 21: made-up names with hard negatives (no string from a work list)."""

from __future__ import annotations

import pytest

from .names_support import assert_fields

SESSION21_RULES = [
    # A. a contest's kind of entry (单张, 单幅) is no person's name, though 单 is a surname
    ("风光类 单张一等奖 《秋收》.jpg", {"title": "秋收", "photographer": None}),
    ("纪实类 单幅金奖 《渡口》.jpg", {"title": "渡口", "photographer": None}),
    ("《秋收》单张.jpg", {"title": "秋收", "photographer": None}),
    ("《秋收》单志强.jpg", {"title": "秋收", "photographer": "单志强"}),  # hard negative: a person named 单
    # B. a work's title in 《》 is a title even in capital letters (an upper-case word alone is read as an id)
    ("获奖作品《HOME》。李明 摄.jpg", {"title": "HOME", "photographer": "李明"}),
    ("《RAIN》.jpg", {"title": "RAIN"}),
    ("HOME.jpg", {"title": None}),  # hard negatives: no 《》, an id as before
    ("《IMG》李明.jpg", {"title": None}),  # a camera's word is no title, 《》 or not
    # C. an English title after the work's 》, and a category's English name, are glosses: the segments read the work
    ("人文类 单张二等奖 《守望》(The Watch).jpg", {"title": "守望", "photographer": None}),
    ("自然类(Natural World) 组照一等奖 《迁徙》.jpg", {"title": "迁徙"}),
    ("人文类(People) 单张二等奖 《守望》(The Watch Over Home).jpg", {"title": "守望"}),
    ("《守望》(李明).jpg", {"title": "守望", "photographer": "李明"}),  # hard negatives: a name in Chinese after the
    ("春天组(2) 《守望》.jpg", {"title": "守望"}),  # work stays a credit; a group's number is no English name
    # D. a contest's category in brackets closing the name is no title and names nobody (a word ending in 类 is never a
    # name: 纪 is a surname, and `纪实类` once read as a person); a strict name before it is the entrant
    ("赶集（民俗类摄影）.jpg", {"title": "赶集", "photographer": None}),
    ("山村晨雾-李明（风光类）.jpg", {"title": "山村晨雾", "photographer": "李明"}),
    ("纪实类 金奖 《渡口》.jpg", {"title": "渡口", "photographer": None}),
    ("秋色(风光类作品).jpg", {"title": "秋色", "photographer": None}),
    ("王建国（纪实类）.jpg", {"title": None, "photographer": "王建国"}),  # a strict name: the entrant, as `作者（作品）`
    ("令狐明远（人像类）.jpg", {"title": None, "photographer": "令狐明远"}),
    ("梅花（花卉类）.jpg", {"title": "梅花", "photographer": None}),  # (the review's) a thing, a place, a name in
    ("王建国(纪实类).jpg", {"photographer": None}),  # half-width brackets (as `作者（作品）` reads it): no one
    ("杜鹃（花卉类）.jpg", {"title": "杜鹃", "photographer": None}),  # a category of living things: what is pictured
    ("秦岭（风光类）.jpg", {"photographer": None, "place": "秦岭"}),
    ("人类.jpg", {"title": "人类"}),  # hard negatives: 类 in a word, not a category's bracket
    ("保护人类（公益广告）.jpg", {"photographer": None}),
]


@pytest.mark.parametrize(("name", "expected"), SESSION21_RULES, ids=[n for n, _ in SESSION21_RULES])
def test_session21_rows(name: str, expected: dict) -> None:
    assert_fields(name, expected)
