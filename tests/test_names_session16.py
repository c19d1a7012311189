"""Session 16: three names or more glued into the one sentence that closes a caption, tested on made-up names with hard
negatives (no string from a work list)."""

from __future__ import annotations

import pytest

from gallery.names import parse_name

from .names_support import assert_fields

SESSION16_RULES = [
    # A. after a full stop, a sentence that is nothing but names glued together, then the verb: each is a photographer
    # (the names split one way only), and the caption ends at the full stop
    ("游客在古镇里放风筝。周立群郑海涛葛春燕摄.jpg",
     {"title": "游客在古镇里放风筝", "photographer": "周立群、郑海涛、葛春燕"}),
    ("麦收时节，农机手抢收小麦。 郑海涛邱亮周立群摄.jpg",
     {"title": "麦收时节，农机手抢收小麦", "photographer": "郑海涛、邱亮、周立群"}),
    # hard negatives: where the names split two ways (纪 and 洪 are surnames too), a place opens the sentence, a
    # comma comes before the run (no whole sentence), the older reading stands: the last name only, no list made up
    ("游客在古镇里放风筝。于顺纪洪奎周立群摄.jpg", {"photographer": "周立群"}),
    ("游客在古镇里放风筝。马鞍山中秋周立群摄.jpg", {"photographer": "周立群"}),
    ("游客在古镇里放风筝，郑海涛邱亮周立群摄.jpg", {"photographer": "周立群"}),
]


@pytest.mark.parametrize(("name", "expected"), SESSION16_RULES, ids=[row[0] for row in SESSION16_RULES])
def test_session16_rows(name: str, expected: dict) -> None:
    assert_fields(name, expected)


def test_transliterated_name_before_an_editors_key_is_not_split() -> None:
    """`。伊力夏提江编辑 摄`: a Uyghur name, then an editor's key; its characters are no list of Han names."""
    credited = parse_name("游客在古镇里放风筝。伊力夏提江编辑 摄.jpg").photographers
    assert not {"伊力", "夏提"} & set(credited)
