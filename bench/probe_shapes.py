"""Composition probes of three more families: device names with marks around them, places in captions, and the
credits of schools' and offices' news pages. Names nobody labelled, whose right reading is known by construction.

Usage: python bench/probe_shapes.py (--devices | --places | --campus) [--failures N]

`--devices` composes nine tools' stamps (微信图片_<ts14>, IMG_<d8>_<t6>, Screenshot_…, 屏幕截图 …, QQ图片…, mmexport<ms>,
Snipaste_…, macOS 截屏… 下午…, wx_camera_<ms>) with nineteen marks after them (copy markers, editors' suffixes such as
`-已增强-SR-3` and `_Recovered`, WordPress's `-e<ms>`, a page's size `_(300_x_330_pixel)`, an editing word `-原图`) and
five before them (`Copy of `, `复件 (2) ` …), then the same stamps with words after them behind four joints: right when
the day and the clock are read, and the title is empty or the words.

`--places` composes twenty places (ten with a known division, ten spots no gazetteer holds: 宽窄巷子, 千户苗寨 …) with
fourteen caption shapes (`8月23日,P,游客们…`, `游客在P游览`, `图为P的夜景`, `P迎来旅游旺季` …) and four credits: right
when the place read holds the place or lies in it (as bench/eval_names.py scores a place).

`--campus` composes twenty-eight credits a school's or an office's news page writes (`（学生记者 X 摄）`, `记者团 X/摄`,
`撰稿：Y 摄影：X 审核：Z`, `图片来源：某学院`, `通讯员：X`, `（某局供图）` …) after a sentence with four joints: right when the
title is the sentence and the photographers are exactly the people who took the picture (nobody for a body or a
writer).

Prints the share read wrong and, per part, the failures with one example. Not a score of real names
(bench/eval_names.py is): a measure of how far the rules compose. bench/README_names.md keeps the figures.
"""

from __future__ import annotations

import argparse
import itertools
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from probe_credits import Tally  # noqa: E402

from gallery.names import parse_name  # noqa: E402

STAMPS = (  # a name, its day and clock
    ("微信图片_20241227155524", "2024-12-27", "15:55:24"), ("IMG_20230611_180927", "2023-06-11", "18:09:27"),
    ("Screenshot_20230611_180927", "2023-06-11", "18:09:27"), ("屏幕截图 2023-06-11 180927", "2023-06-11", "18:09:27"),
    ("QQ图片20230611180927", "2023-06-11", "18:09:27"), ("mmexport1686478167000", "2023-06-11", "18:09:27"),
    ("Snipaste_2023-06-11_18-09-27", "2023-06-11", "18:09:27"), ("截屏2023-06-11 下午6.09.27", "2023-06-11", "18:09:27"),
    ("wx_camera_1686478167000", "2023-06-11", "18:09:27"),
)
MARKS_AFTER = ("", " - 副本 (2)", "_副本", " 拷贝", "-已增强-NR", "-已增强-SR-3", "@2x", "-removebg-preview", "-1024x768",
               "_(300_x_330_pixel)", "_640x480px", "（800×600）", "_Recovered", "-e1586334443212", "-原图", "_裁剪",
               "-修改版", "_压缩", "-HD")
MARKS_BEFORE = ("", "Copy of ", "Copy (2) of ", "复件 ", "复件 (2) ")
WORDS = ("故宫雪景", "订单页面")
WORD_JOINTS = (" ", "-", " - ", " -")


def run_devices(failures: int) -> int:
    tally = Tally(failures)
    for (stamp, day, clock), after, before in itertools.product(STAMPS, MARKS_AFTER, MARKS_BEFORE):
        file_name = before + stamp + after + ".jpg"
        got = parse_name(file_name)
        wrong = [f"{k} {v!r}" for k, v, want in (("date", got.date, day), ("time", got.time, clock),
                                                   ("title", got.title, None)) if v != want]
        tally.add(file_name, (("stamp", stamp[:12]), ("after", after or "(none)"), ("before", before or "(none)")), wrong)
    for (stamp, day, clock), words, joint in itertools.product(STAMPS, WORDS, WORD_JOINTS):
        file_name = stamp + joint + words + ".jpg"
        got = parse_name(file_name)
        wrong = [f"{k} {v!r}" for k, v, want in (("date", got.date, day), ("time", got.time, clock),
                                                   ("title", got.title, words)) if v != want]
        tally.add(file_name, (("stamp", stamp[:12]), ("words after", repr(joint))), wrong)
    return tally.report("device names", ("stamp", "after", "before", "words after"))


KNOWN_PLACES = ("江苏省南京市玄武区玄武湖公园", "新疆伊犁哈萨克自治州伊宁市六星街", "重庆江北区嘉陵江畔", "浙江杭州西湖", "北京南站",
                "安徽省黄山市歙县", "河北省张家口市崇礼区", "山东青岛栈桥", "甘肃敦煌鸣沙山", "陕西西安大唐不夜城")
UNKNOWN_SPOTS = ("灯笼坝村", "阿布洛哈村", "金沟湾小学", "东湖绿道", "宽窄巷子", "洪崖洞", "黄龙溪古镇", "望仙谷", "千户苗寨",
                 "龙脊梯田")
PLACE_SHAPES = ("8月23日,{p},游客们在打卡拍照", "8月23日,游客们在{p}打卡拍照", "{p},游客们在打卡拍照", "这是8月23日在{p}拍摄的夜景",
                "8月23日拍摄的{p}夜景", "游客在{p}游览", "8月23日,在{p},游客们在打卡拍照", "图为{p}的夜景",
                "2024年8月23日,{p},游客们在打卡拍照", "8月23日,市民在{p}附近散步", "8月23日晚,{p}灯火璀璨", "{p}迎来旅游旺季",
                "游客们在{p}的一处景点拍照", "8月23日,在{p}举行的活动上,演员进行表演")
PLACE_CREDITS = ("。新华社记者 王大卫 摄", "（王大卫 摄）", " 王大卫 摄", "。本报记者 王大卫摄")


def run_places(failures: int) -> int:
    tally = Tally(failures)
    for (kind, place), shape, credit in itertools.product(
            [("known", p) for p in KNOWN_PLACES] + [("unknown", p) for p in UNKNOWN_SPOTS], PLACE_SHAPES, PLACE_CREDITS):
        file_name = shape.format(p=place) + credit + ".jpg"
        got = parse_name(file_name).place or ""
        wrong = [] if len(got) >= 2 and (got in place or place in got) else [f"place {got or None!r}"]
        tally.add(file_name, (("kind", kind), ("shape", shape), ("place", place)), wrong)
    return tally.report("caption places", ("kind", "shape", "place"))


CAMPUS_SENTENCE = "学校举行2024届毕业典礼"
CAMPUS_CREDITS = (  # a credit, who took the picture
    ("（学生记者 王大卫 摄）", ("王大卫",)), ("（大学生记者团 王大卫 摄）", ("王大卫",)), ("（记者团 王大卫/摄）", ("王大卫",)),
    ("撰稿：李小红 摄影：王大卫 审核：张明", ("王大卫",)), ("文字：李小红 图片：王大卫", ("王大卫",)),
    ("文/李小红 图/王大卫", ("王大卫",)), ("图文：王大卫", ("王大卫",)), ("供稿：文学院 摄影：王大卫", ("王大卫",)),
    ("（摄影：王大卫 编辑：李小红）", ("王大卫",)), ("（通讯员 王大卫 供图）", ("王大卫",)), ("（宣传部 王大卫 摄）", ("王大卫",)),
    ("【学通社记者 王大卫 摄】", ("王大卫",)), ("（图：王大卫、李小红）", ("王大卫", "李小红")), ("图片来源：文学院", ()),
    ("（图片由文学院提供）", ()), ("文/李小红", ()), ("（文字 李小红）", ()), ("撰稿：李小红", ()), ("（摄/王大卫）", ("王大卫",)),
    ("（摄影：学生记者 王大卫）", ("王大卫",)), ("(校报记者 王大卫 摄)", ("王大卫",)), ("（文：李小红；图：王大卫）", ("王大卫",)),
    ("通讯员：王大卫", ("王大卫",)), ("（县委宣传部 供图）", ()), ("受访者供图", ()), ("（市公安局 王大卫 摄）", ("王大卫",)),
    ("记者 王大卫 通讯员 李小红 摄", ("王大卫", "李小红")), ("（某某街道办事处供图）", ()),
)
CAMPUS_JOINTS = ("{s}。{c}", "{s}{c}", "{s} {c}", "{s}，{c}")


def run_campus(failures: int) -> int:
    tally = Tally(failures)
    for (credit, people), joint in itertools.product(CAMPUS_CREDITS, CAMPUS_JOINTS):
        file_name = joint.format(s=CAMPUS_SENTENCE, c=credit) + ".jpg"
        got = parse_name(file_name)
        wrong = []
        if (got.title or "").rstrip("。") != CAMPUS_SENTENCE:
            wrong.append(f"title {got.title!r}")
        if tuple(got.photographers) != people:
            wrong.append(f"photographers {got.photographers}")
        tally.add(file_name, (("credit", credit), ("joint", joint)), wrong)
    return tally.report("campus and office credits", ("credit", "joint"))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    which = parser.add_mutually_exclusive_group(required=True)
    which.add_argument("--devices", action="store_true", help="device stamps with marks and words around them")
    which.add_argument("--places", action="store_true", help="places in caption shapes")
    which.add_argument("--campus", action="store_true", help="schools' and offices' credits")
    parser.add_argument("--failures", type=int, default=0, metavar="N", help="print up to N wrong probes")
    args = parser.parse_args(argv)
    if args.devices:
        return run_devices(args.failures)
    if args.places:
        return run_places(args.failures)
    return run_campus(args.failures)


if __name__ == "__main__":
    sys.exit(main())
