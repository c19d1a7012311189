"""Round 40: who the parser credits. Made-up names only (never a held-out string); each rule with hard negatives."""

from __future__ import annotations

import pytest

from tests.names_support import assert_fields

ROUND40_RULES = [
    # A. a post or a generic place before 摄/供图 is no photographer (simplified and traditional) ...
    ("晚霞映红了整个湖面。书记摄.jpg", {"photographer": None}),
    ("晚霞映紅了整個湖面。書記攝.jpg", {"photographer": None}),
    ("游客在花海中拍照留念。景区供图.jpg", {"photographer": None}),
    ("遊客在花海中拍照留念。景區供圖.jpg", {"photographer": None}),
    ("居民在楼下跳起广场舞。幸福小区供图.jpg", {"photographer": None}),
    ("居民在樓下跳起廣場舞。幸福小區供圖.jpg", {"photographer": None}),
    ("志愿者清扫积雪。城南街道 摄.jpg", {"photographer": None}),
    ("同学们在操场上做早操。(主任摄).jpg", {"photographer": None}),
    # ... hard negatives: a name with a post or an unusual surname is still credited, nameless credits still cut
    ("晚霞映红了整个湖面。赵主任摄.jpg", {"photographer": "赵主任", "title": "晚霞映红了整个湖面"}),
    ("晚霞映红了整个湖面。钱书记摄.jpg", {"photographer": "钱书记"}),
    ("晚霞映红了整个湖面。孙丽华 摄.jpg", {"photographer": "孙丽华"}),
    ("晚霞映紅了整個湖面。孫麗華攝.jpg", {"photographer": "孫麗華"}),
    ("晚霞映红了整个湖面。盘秋燕摄.jpg", {"photographer": "盘秋燕"}),
    ("晚霞映红了整个湖面。网友供图.jpg", {"photographer": None, "title": "晚霞映红了整个湖面"}),
    ("居民在楼下跳起广场舞。本报记者 周小川 摄.jpg", {"photographer": "周小川"}),
    # B. a transliterated name alone after the caption's last full stop: a shooting word or a role glued to it is
    # the credit, not part of the name ...
    ("牧民赶着羊群转场。买买提·吐尔逊摄.jpg", {"photographer": "买买提·吐尔逊", "title": "牧民赶着羊群转场"}),
    ("牧民趕著羊群轉場。買買提·吐爾遜攝.jpg", {"photographer": "買買提·吐爾遜", "title": "牧民趕著羊群轉場"}),
    ("牧民赶着羊群转场。记者买买提·吐尔逊摄.jpg", {"photographer": "买买提·吐尔逊", "title": "牧民赶着羊群转场"}),
    ("牧民趕著羊群轉場。記者買買提·吐爾遜攝影.jpg", {"photographer": "買買提·吐爾遜"}),
    ("牧民赶着羊群转场。买买提·吐尔逊供图.jpg", {"photographer": "买买提·吐尔逊"}),
    # ... hard negatives: the bare name as before; two places joined by a dot, a role alone, credit nobody
    ("牧民赶着羊群转场。买买提·吐尔逊.jpg", {"photographer": "买买提·吐尔逊", "title": "牧民赶着羊群转场"}),
    ("牧民赶着羊群转场。北京·天津.jpg", {"photographer": None}),
    ("牧民赶着羊群转场。记者·摄.jpg", {"photographer": None}),
    # C. a romanised name is one name, never cut to its last word nor split in two ...
    ("湖面上的晚霞。Chen Meiling 摄.jpg", {"photographer": "Chen Meiling", "title": "湖面上的晚霞"}),
    ("湖面上的晚霞。(Chen Meiling摄).jpg", {"photographer": "Chen Meiling"}),
    ("湖面上的晚霞。(记者 Chen Meiling 摄).jpg", {"photographer": "Chen Meiling"}),
    ("湖面上的晚霞。(記者 Chen Meiling 攝).jpg", {"photographer": "Chen Meiling"}),
    ("湖面上的晚霞。新华社发 Lee Ka Wing 摄.jpg", {"photographer": "Lee Ka Wing"}),
    # ... hard negatives: lower-case words before a romanised word are caption text (nobody, not a cut name);
    # Chinese names stay apart; one romanised word alone stays credited
    ("湖面上的晚霞。(the lake Meiling 摄).jpg", {"photographer": None}),
    ("湖面上的晚霞。(记者 孙丽华 周小川 摄).jpg", {"photographer": "孙丽华、周小川"}),
    ("湖面上的晚霞。Meiling摄.jpg", {"photographer": "Meiling"}),
    # D. the agency that sent a picture after the credit inside one bracket, 发 written (`（X摄 新华社发）`) ...
    ("湖面上的晚霞。(孙丽华 摄 新华社发).jpg", {"photographer": "孙丽华", "title": "湖面上的晚霞"}),
    ("湖面上的晚霞。（孫麗華攝 新華社發）.jpg", {"photographer": "孫麗華", "title": "湖面上的晚霞"}),
    # ... hard negatives: a word that is no agency, or no name before 摄, leaves the bracket alone
    ("湖面上的晚霞。(孙丽华 摄 出发).jpg", {"photographer": None}),
    ("湖面上的晚霞。(游客摄 新华社发).jpg", {"photographer": None}),
    # E. the shooting verb bracketed alone after a name (`X (摄)`) is the credit ...
    ("湖面上的晚霞。孙丽华 (摄).jpg", {"photographer": "孙丽华", "title": "湖面上的晚霞"}),
    ("湖面上的晚霞。孫麗華（攝）.jpg", {"photographer": "孫麗華", "title": "湖面上的晚霞"}),
    ("湖面上的晚霞。本报记者 孙丽华(摄).jpg", {"photographer": "孙丽华"}),
    # ... hard negatives: no name before it, or a word that is no person, credits nobody
    ("湖面上的晚霞。游客(摄).jpg", {"photographer": None}),
    ("湖面上的晚霞(摄).jpg", {"photographer": None}),
    # F. a family word, a workplace or a province before 摄/供图 is no photographer ...
    ("湖面上的晚霞。本人供图.jpg", {"photographer": None}),
    ("湖面上的晚霞。妈妈摄.jpg", {"photographer": None}),
    ("湖面上的晚霞。媽媽攝.jpg", {"photographer": None}),
    ("湖面上的晚霞。医院供图.jpg", {"photographer": None}),
    ("湖面上的晚霞。醫院供圖.jpg", {"photographer": None}),
    ("湖面上的晚霞。城东银行供图.jpg", {"photographer": None, "title": "湖面上的晚霞"}),
    ("湖面上的晚霞。云南摄.jpg", {"photographer": None}),
    ("湖面上的晚霞。雲南攝.jpg", {"photographer": None}),
    ("湖面上的晚霞。吉林省摄.jpg", {"photographer": None}),
    # ... hard negatives: a unit before 供图 is still cut off the title; a person is still credited
    ("湖面上的晚霞。市医院供图.jpg", {"photographer": None, "title": "湖面上的晚霞"}),
    ("湖面上的晚霞。孙丽华供图.jpg", {"photographer": "孙丽华", "title": "湖面上的晚霞"}),
    ("湖面上的晚霞。江丽华摄.jpg", {"photographer": "江丽华"}),
]


@pytest.mark.parametrize(("name", "expected"), ROUND40_RULES)
def test_round40_people_rules(name: str, expected: dict) -> None:
    assert_fields(name, expected)
