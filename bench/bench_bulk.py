"""Bulk caption edit speed: one step of N photos vs the naive way (one save per photo).

Run on demand: ``python bench/bench_bulk.py [N]`` (default 10,000). Builds a synthetic gallery of
N photos with Chinese file names in a temporary SQLite file (no image decoding: this measures the
edit path), then times a templated bulk set, its revert, and the naive per-photo loop on a
sample, and prints photos per second and the ratio.
"""

from __future__ import annotations

import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from gallery.captioning import Captioning  # noqa: E402
from gallery.names import parse_name  # noqa: E402
from gallery.store import Store, now  # noqa: E402

PEOPLE = ["周明生", "陈卫东", "朱智辉", "李晓", "王芳", "张伟"]
PLACES = ["镇江茶博园", "江苏省宜兴市丁蜀镇", "南京紫金山", "苏州平江路", "扬州瘦西湖"]
TITLES = ["采茶", "无尘仓储", "紫砂", "春耕", "古城", "夜市"]
TEMPLATE = "{date} {place}，{title}[（{photographer} 摄）]"


def build(db: Path, count: int) -> list[int]:
    store = Store(db)
    editor = Captioning(store)
    rng = random.Random(7)
    root = store.root_id("/bench")
    ids = []
    with store.transaction():
        for i in range(count):
            name = f"《{rng.choice(TITLES)}{i}》{rng.choice(PEOPLE)} 摄于{rng.choice(PLACES)}_2019年4月{1 + i % 28}日.jpg"
            pid = store.add_photo({"digest": f"{i:064x}", "format": "JPEG", "width": 4000, "height": 3000}, {})
            store.save_file({"photo_id": pid, "root_id": root, "path": name, "name": name, "repaired": 0,
                             "size": 1, "mtime_ns": 1, "inode": i, "parse": parse_name(name).as_dict(),
                             "missing": 0, "last_seen": now()})
            editor._indexer.refresh_photo(pid)
            ids.append(pid)
    store.close()
    return ids


def main(count: int) -> None:
    with tempfile.TemporaryDirectory() as folder:
        db = Path(folder) / "bench.db"
        started = time.perf_counter()
        ids = build(db, count)
        print(f"built {count} photos in {time.perf_counter() - started:.1f} s")
        store = Store(db)
        editor = Captioning(store)
        started = time.perf_counter()
        step = editor.bulk("bench", ids, "caption", "set", TEMPLATE)
        bulk_s = time.perf_counter() - started
        started = time.perf_counter()
        editor.revert_step("bench", step["id"])
        revert_s = time.perf_counter() - started
        sample = ids[: min(500, count)]
        started = time.perf_counter()
        for pid in sample:  # naive: what a script calling the single-photo save would do
            row = store.editor_rows([pid])[pid]
            version = store.versions([pid])[pid]
            editor.save("bench", pid, {"credit": f"本报记者 {'、'.join(row['photographers'])}"}, {"credit": ""}, version)
        naive_per_photo = (time.perf_counter() - started) / len(sample)
        store.close()
    naive_s = naive_per_photo * count
    print("| path | photos | seconds | photos/s | vs naive |")
    print("|---|---|---|---|---|")
    print(f"| naive: one save (one transaction) per photo, {len(sample)} timed, scaled | {count} | {naive_s:.2f} | {count / naive_s:,.0f} | 1.0× |")
    print(f"| bulk set with template, one step, one transaction | {count} | {bulk_s:.2f} | {count / bulk_s:,.0f} | {naive_s / bulk_s:.1f}× |")
    print(f"| revert of that step (one transaction) | {count} | {revert_s:.2f} | {count / revert_s:,.0f} | {naive_s / revert_s:.1f}× |")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 10_000)
