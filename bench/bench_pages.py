"""Page speed at 100,000 photos: the first grid page, a photo page and the browse pages.

Builds (once, then reuses) a database of N synthetic photos through the store — the same
``add_photo`` / ``save_file`` / ``save_record`` calls the indexer makes, with file names the
parser reads, but no image decoding — then times the Flask app in-process (server time: the
WSGI call, template rendering included) and prints p50/p99 per page next to a naive baseline
measured in the same process: the grid pages without the ``photos_browse`` index (the grid
order sorted from the whole table), and the photo page with the first version's neighbour
queries (``OR`` conditions on date and id) instead of the row-value queries of ``BrowseMixin``.

    python bench/bench_pages.py [--photos 100000] [--runs 200] [--db bench/out/pages-100k.db]
"""

from __future__ import annotations

import argparse
import hashlib
import random
import sqlite3
import statistics
import sys
import time
from contextlib import contextmanager
from pathlib import Path

from gallery import metadata
from gallery.names import parse_name
from gallery.store import Store
from gallery.store.browse import BrowseMixin
from gallery.web import create_app

HERE = Path(__file__).resolve().parent
PEOPLE = ["周明生", "朱智辉", "陈卫东", "李晓燕", "王建国", "张海涛", "刘芳", "赵子龙", "孙立群", "黄山松",
          "吴晓波", "郑雪", "冯志强", "何丽", "马骏", "高翔"]
PLACES = ["镇江茶博园", "宜兴市丁蜀镇", "南京紫金山", "苏州拙政园", "无锡鼋头渚", "扬州瘦西湖", "常州恐龙园",
          "南通濠河", "徐州云龙湖", "盐城丹顶鹤保护区", "淮安周恩来纪念馆", "连云港花果山"]
TITLES = ["采茶", "春耕", "赏玩紫砂壶", "无尘仓储", "龙舟赛", "晨练", "丰收", "老街", "雪景", "夜市", "考场外",
          "渡口", "开渔节", "灯会", "插秧", "古镇"]


def synthetic_name(rng: random.Random, n: int) -> str:
    """A file name in one of the newsroom shapes the parser reads."""
    who, place, title = rng.choice(PEOPLE), rng.choice(PLACES), rng.choice(TITLES)
    shapes = [f"《{title}》{who}  摄于{place}_副本.jpg", f"{title} {who} 摄于{place}.jpg",
              f"{place}{title}-{who}.jpg", f"IMG_{n:05d}.JPG"]
    return rng.choice(shapes)


def build(db_path: Path, count: int, seed: int = 6) -> None:
    """Fill a new database with ``count`` photos through the store's write path."""
    rng = random.Random(seed)
    store = Store(db_path)
    root = store.root_id("/archive")
    start = time.perf_counter()
    for first in range(0, count, 2000):
        with store.transaction():
            for n in range(first, min(first + 2000, count)):
                _add_one(store, rng, root, n)
        print(f"  {min(first + 2000, count):,} photos, {time.perf_counter() - start:.0f} s", file=sys.stderr)
    store.conn.execute("ANALYZE")
    store.close()


def _add_one(store: Store, rng: random.Random, root: int, n: int) -> None:
    sha = hashlib.sha256(str(n).encode()).hexdigest()
    width, height = rng.choice([(6000, 4000), (4000, 6000), (5472, 3648), (4000, 3000), (3000, 3000)])
    day = 15 * 365 * 86400 * n // 100_000  # fifteen years, spread evenly
    taken = time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(1_230_768_000 + day + rng.randrange(86400)))
    exif = {"taken_at": taken, "camera": rng.choice(["Canon EOS R5", "NIKON Z 9", None])}
    facts = {"digest": sha, "format": "JPEG", "width": width, "height": height, "size": 8_000_000,
             "colour": f"#{rng.randrange(1 << 24):06x}", "thumbs": True}
    photo_id = store.add_photo(facts, exif)
    name = synthetic_name(rng, n)
    parse = parse_name(name).as_dict()
    store.save_file({"photo_id": photo_id, "root_id": root, "path": f"{n // 1000:03d}/{n:06d}/{name}", "name": name,
                     "repaired": 0, "size": 8_000_000, "mtime_ns": 0, "inode": n, "parse": parse,
                     "missing": 0, "last_seen": taken}, None)
    record = metadata.merge(metadata.Sources(parses=[parse], exif=exif))
    store.save_record(photo_id, record, kind=parse.get("kind"), search_extra=name)


def timed(call, runs: int) -> list[float]:
    """Milliseconds of ``runs`` calls, after two warm-up calls."""
    call(), call()
    out = []
    for _ in range(runs):
        start = time.perf_counter()
        call()
        out.append((time.perf_counter() - start) * 1000)
    return out


def p99(samples: list[float]) -> float:
    return statistics.quantiles(samples, n=100)[98] if len(samples) > 1 else samples[0]


@contextmanager
def without_browse_index(db: Path):
    """The naive baseline: the grid order sorted from the whole table, as before photos_browse."""
    schema = BrowseMixin.SCHEMA
    BrowseMixin.SCHEMA = "\n".join(line for line in schema.splitlines() if "photos_browse" not in line)
    with sqlite3.connect(db) as conn:
        conn.execute("DROP INDEX IF EXISTS photos_browse")
    try:
        yield
    finally:
        BrowseMixin.SCHEMA = schema
        with sqlite3.connect(db) as conn:  # force the next open to run every schema again
            conn.execute("UPDATE meta SET value = '' WHERE key = 'schema_version'")
        Store(db).close()  # migrate() puts the index back


def or_neighbours(self, photo_id: int):
    """The first version's neighbour queries: OR conditions the date index cannot use well."""
    row = self._one("SELECT date, id FROM photos WHERE id = ?", (photo_id,))
    if not row:
        return None, None
    first = lambda sql, params=(): (r := self.conn.execute(sql, params).fetchone()) and r[0]  # noqa: E731
    date, ident = row["date"], row["id"]
    if date is None:
        return (first("SELECT id FROM photos WHERE date IS NULL AND id > ? ORDER BY id LIMIT 1", (ident,)),
                first("SELECT id FROM photos WHERE date IS NULL AND id < ? ORDER BY id DESC LIMIT 1", (ident,)))
    newer = first("SELECT id FROM photos WHERE date > ? OR (date = ? AND id > ?) ORDER BY date, id LIMIT 1",
                  (date, date, ident))
    older = first("SELECT id FROM photos WHERE date < ? OR (date = ? AND id < ?) ORDER BY date DESC, id DESC"
                  " LIMIT 1", (date, date, ident))
    return newer, older


@contextmanager
def naive_neighbours():
    """The photo page with the first version's neighbour queries."""
    shipped = Store.neighbours
    Store.neighbours = or_neighbours
    try:
        yield
    finally:
        Store.neighbours = shipped


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--photos", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=200)
    parser.add_argument("--db", type=Path, default=None)
    args = parser.parse_args()
    db = args.db or HERE / "out" / f"pages-{args.photos // 1000}k.db"
    if not db.exists():
        db.parent.mkdir(parents=True, exist_ok=True)
        print(f"building {db} with {args.photos:,} photos (once)…", file=sys.stderr)
        build(db, args.photos)
    client = create_app({"DATABASE": str(db), "TESTING": True}).test_client()
    with sqlite3.connect(db) as conn:
        total = conn.execute("SELECT count(*) FROM photos").fetchone()[0]
        year, month = conn.execute("SELECT substr(max(date), 1, 4), substr(max(date), 6, 2) FROM photos").fetchone()
    rng = random.Random(1)
    runs, few = args.runs, max(10, args.runs // 5)

    def get(url: str):
        def call() -> bytes:
            response = client.get(url() if callable(url) else url)
            assert response.status_code == 200, (url, response.status_code)
            body = response.data
            response.close()
            return body
        return call

    photo = get(lambda: f"/photo/{rng.randrange(1, total + 1)}")
    home_bytes = len(get("/")())
    ours = {"home": timed(get("/"), runs), "page50": timed(get("/?page=50"), runs), "photo": timed(photo, runs)}
    with without_browse_index(db):
        naive = {"home": timed(get("/"), runs), "page50": timed(get("/?page=50"), runs)}
    with naive_neighbours():
        naive["photo"] = timed(photo, runs)
    rows = [
        ("home: first grid page  /", ours["home"], naive["home"], "no photos_browse index (the grid reads the search index order now)"),
        ("grid page 50  /?page=50", ours["page50"], naive["page50"], "no photos_browse index (the grid reads the search index order now)"),
        ("photo page  /photo/<id>", ours["photo"], naive["photo"], "first version's OR neighbour queries"),
        ("viewer  /view/<id>", timed(get(lambda: f"/view/{rng.randrange(1, total + 1)}"), runs), None, ""),
        ("viewer JSON  /view/<id>.json", timed(get(lambda: f"/view/{rng.randrange(1, total + 1)}.json"), runs),
         None, ""),
        ("timeline  /timeline", timed(get("/timeline"), few), None, ""),
        (f"month  /timeline/{year}/{int(month)}", timed(get(f"/timeline/{year}/{int(month)}"), runs), None, ""),
        ("photographer  /photographer/…", timed(get(f"/photographer/{PEOPLE[0]}"), few), None, ""),
        ("place  /place/…", timed(get(f"/place/{PLACES[0]}"), few), None, ""),
    ]
    print(f"\n{total:,} photos · {runs} runs (timeline, photographer, place: {few}) · server time in process"
          f" · home page HTML {home_bytes / 1024:.1f} KB (limit 60 KB)\n")
    print(f"| {'page':<38} | p50 ms | p99 ms | baseline p50 | baseline p99 | baseline/ours p99 | baseline")
    print(f"|{'-' * 40}|--------|--------|--------------|--------------|-------------------|---------")
    for name, mine, base, what in rows:
        extra = (f"{statistics.median(base):>12.1f} | {p99(base):>12.1f} | {p99(base) / p99(mine):>16.1f}x | {what}"
                 if base else f"{'–':>12} | {'–':>12} | {'–':>17} |")
        print(f"| {name:<38} | {statistics.median(mine):>6.1f} | {p99(mine):>6.1f} | {extra}")


if __name__ == "__main__":
    main()
