"""Round 56: causes of the contest/artwork rows of held-out set 42 (an author's unit glued before the name after
`作者：`, …), each read from made-up names with hard negatives. No string of a work list is copied here; every
name and title is made up."""

from __future__ import annotations

import pytest

from .names_support import assert_fields

ROUND56_RULES = [
    # A. a form's `作者：` value holding the entrant's unit glued before the name (`作者：某某部宣传处张三`, as a
    #    police or army show prints its entrants: the unit, then the person): the name, the unit a unit
    ("《晨牧》作者：政治部宣传处周明远.jpg", {"title": "晨牧", "photographer": "周明远"}),
    ("《晨牧》作者：巡逻支队韩立新.jpg", {"title": "晨牧", "photographer": "韩立新"}),
    ("作品名称：晨牧 作者：某县交警大队李小红.jpg", {"title": "晨牧", "photographer": "李小红"}),
    ("《晨牧》作者：某某大学学生.jpg", {"photographer": None}),  # hard negative: a unit and a kind of person
    ("作品名称：晨牧 作者：摄影协会会员.jpg", {"photographer": None}),  # hard negative: no name after the unit
    ("《晨牧》作者：宣传处周明远 韩立新.jpg", {"photographer": None}),  # hard negative: two names, unread as before
    # B. a result list's rank as the key of the entrant beside the work's key (`冠军：X 作品题名：Y`; 馬祖 2024 results
    #    print `金獎：「作品」，創作人：X`): simplified and traditional; a podium's ranks alone are the people pictured
    ("冠軍：陳明遠 作品題名：晨牧.jpg", {"title": "晨牧", "photographer": "陳明遠"}),
    ("季军：周明远 作品题名：晨牧.jpg", {"title": "晨牧", "photographer": "周明远"}),
    ("亚军：韩立新 作品名称：雪夜归人.jpg", {"title": "雪夜归人", "photographer": "韩立新"}),
    ("冠军：周明远 亚军：韩立新.jpg", {"photographer": None}),  # hard negative: a podium, no work
    ("冠军：周明远 地点：某某体育馆.jpg", {"photographer": None}),  # hard negative: no work keyed
    ("冠军：某某中学 作品题名：晨牧.jpg", {"title": "晨牧", "photographer": None}),  # hard negative: a school, no name
    # C. a result line's award after the work with its verb (`X《题》获铜奖`, `荣获一等奖`): 获 goes with the award it
    #    won, no part of the title nor a name
    ("某县《晨牧》获铜奖.jpg", {"title": "晨牧", "photographer": None, "place": None}),
    ("北京《晨牧》获铜奖.jpg", {"title": "晨牧", "photographer": None, "place": None}),  # the home is no place
    ("韩立新《晨牧》荣获一等奖.jpg", {"title": "晨牧", "photographer": "韩立新"}),
    ("雪山牛羊获三等奖.jpg", {"title": "雪山牛羊"}),
    ("《获奖》.jpg", {"title": "获奖"}),  # hard negative: a title that is the word itself
    ("晨牧获一等奖作品.jpg", {"title": "晨牧获一等奖作品"}),  # hard negative: the award not last, read as before
    # D. `<姓名>的《作品》` (a show's report names each work by its author this way): a three-character name led by a
    #    rarer surname reads as one led by a common surname does
    ("鲍立群的《晨牧》.jpg", {"title": "晨牧", "photographer": "鲍立群"}),
    ("党明远的《雪夜归人》.jpg", {"title": "雪夜归人", "photographer": "党明远"}),
    ("张家界的《晨牧》.jpg", {"photographer": None}),  # hard negative: a place
    ("黄河边的《晨牧》.jpg", {"photographer": None}),  # hard negative: a place word
    ("鲍主任的《晨牧》.jpg", {"photographer": None}),  # hard negative: a post, no name
    ("党明的《晨牧》.jpg", {"photographer": None}),  # hard negative: two characters, a rarer surname (as before)
    ("党支部的《晨牧》.jpg", {"photographer": None}),  # hard negative: a unit (支部 a word)
    ("边防连的《晨牧》.jpg", {"photographer": None}),  # hard negative: a unit (边防 a word)
    # E. an exhibition label `作者《作品》材质 尺寸` (内蒙古师范大学美术学院's 2024 show prints it under each picture):
    #    a full label, a medium and a size, gives the work even where no name is read before it (a place, a word, a
    #    post, a phrase of where, or a name led by a surname the lists lack) — and then nobody
    ("剡進發《晨牧2》油畫 200×120cm.jpg", {"title": "晨牧2", "photographer": None}),
    ("周明远《雪夜归人》油画 100×80cm.jpg", {"title": "雪夜归人", "photographer": "周明远"}),  # as before
    ("美术馆《晨牧》油画 100×80cm.jpg", {"title": "晨牧", "photographer": None}),  # hard negative: a hall
    ("孩子们《晨牧》油画 100×80cm.jpg", {"title": "晨牧", "photographer": None}),  # hard negative: people, no name
    ("画家《晨牧》油画 100×80cm.jpg", {"title": "晨牧", "photographer": None}),  # hard negative: a post
    ("新疆《晨牧》油画 100×80cm.jpg", {"title": "晨牧", "photographer": None, "place": None}),  # hard negative: a home
    ("春天《晨牧》油画 100×80cm.jpg", {"title": "晨牧", "photographer": None}),  # hard negative: a word
    ("雪地里《晨牧》油画 100×80cm.jpg", {"title": "晨牧", "photographer": None}),  # hard negative: a phrase of where
]


@pytest.mark.parametrize(("name", "expected"), ROUND56_RULES)
def test_round56_rules(name: str, expected: dict) -> None:
    assert_fields(name, expected)
