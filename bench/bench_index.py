"""Indexing speed, re-run time and peak memory of ``gallery index``, against baselines.

Usage: python bench/bench_index.py [--n 2000] [--small 100000] [--workers N] [--cache DIR]

Builds (once, cached outside the repo in ``~/.cache/gallery-bench``) N camera-sized JPEGs: the
real photographs of ../shared/corpus re-encoded and upscaled to 12–24 MP at quality 90, with
film grain so they compress like real photos, with their EXIF, each file with distinct bytes
and a real Chinese newsroom file name. Then, in one run, each phase in its own process:

1. naive: one process; open, full decode, thumbnails at 800 and 400 px, hash by a second read
   (on an even sample of 300 of the N files: it is slow, and its rate is what counts);
2. decode limit: a process pool doing only draft + thumbnail at 800 and 400 px
   (2b: the same plus encoding them as the index does, for reference);
3. ``gallery index`` cold (empty database), files/s and its ratio to 1 and 2;
4. ``gallery index`` again unchanged, then with 1% of files changed, renamed and deleted;
5. ``gallery index`` re-run over ``--small`` tiny unchanged files (its database is cached too);
6. the first view of the large (1600 px) size of 20 photos, through the web app;
and the peak memory of each phase: the sum of the PSS of the phase's process and its workers
(resident memory, shared pages counted once), sampled 20 times a second.
"""

from __future__ import annotations

import argparse
import hashlib
import io
import json
import os
import random
import shutil
import subprocess
import sys
import threading
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from PIL import Image, ImageOps

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from gallery import thumbs  # noqa: E402
from gallery.thumbs import draft_box  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus" / "exif-samples" / "jpg"
NAMES = ROOT.parent / "shared" / "filenames"
CACHE = Path(os.environ.get("GALLERY_BENCH_CACHE", Path.home() / ".cache" / "gallery-bench"))
GALLERY = [sys.executable, "-c", "from gallery.cli import main; main()"]
SIZES = (800, 400)  # what the index makes: grid2x and grid
NAIVE_SAMPLE = 300  # files the naive baseline reads (every k-th of the N)


# --- the corpus -----------------------------------------------------------------------------

def file_names() -> list[str]:
    """Real newsroom file names (without their extension), in a fixed order."""
    names = []
    for source in sorted(NAMES.glob("*.jsonl")):
        for line in source.read_text(encoding="utf-8").splitlines():
            name = json.loads(line).get("filename") or ""
            stem = name.rsplit(".", 1)[0].replace("/", "_")
            if stem and len(stem.encode()) < 200:
                names.append(stem)
    return names or ["IMG_20200811_144957"]


def base_photos(folder: Path, count: int = 24) -> list[Path]:
    """Camera-sized JPEGs made from the corpus's real photographs (12–24 MP, q90, EXIF kept)."""
    folder.mkdir(parents=True, exist_ok=True)
    made = sorted(folder.glob("base-*.jpg"))
    if len(made) >= count:
        return made[:count]
    sources = []
    for path in sorted(CORPUS.rglob("*.jpg")):
        if "invalid" in path.parts or path.name == "corrupted.jpg":
            continue
        try:
            with Image.open(path) as image:
                if min(image.size) >= 450:
                    sources.append(path)
        except OSError:
            continue
    rng = random.Random(8)
    for n in range(count):
        source = sources[n % len(sources)]
        with Image.open(source) as image:
            exif = image.info.get("exif", b"")
            icc = image.info.get("icc_profile")
            picture = image.convert("RGB")
        megapixels = rng.uniform(12, 24) * 1e6
        scale = (megapixels / (picture.width * picture.height)) ** 0.5
        size = (round(picture.width * scale), round(picture.height * scale))
        big = picture.resize(size, Image.Resampling.BICUBIC)
        grain = Image.merge("RGB", [Image.effect_noise(size, 40).point(lambda v: v) for _ in range(3)])
        big = Image.blend(big, grain, 0.2)
        target = folder / f"base-{n:02d}.jpg"
        options = {"quality": 90, "exif": exif}
        if icc:
            options["icc_profile"] = icc
        big.save(target, "JPEG", **options)
        print(f"  base {n + 1}/{count}: {size[0]}x{size[1]} {target.stat().st_size / 1e6:.1f} MB", file=sys.stderr)
    return sorted(folder.glob("base-*.jpg"))[:count]


def unique_copy(data: bytes, marker: str) -> bytes:
    """The same JPEG with a comment segment after SOI: same pixels, different bytes (and hash)."""
    comment = marker.encode()
    return data[:2] + b"\xff\xfe" + (len(comment) + 2).to_bytes(2, "big") + comment + data[2:]


def build_photos(folder: Path, n: int) -> Path:
    """N distinct camera-sized files in folders of 100, named as newsrooms name them."""
    done = folder / f".complete-{n}"
    if done.exists():
        return folder
    bases = [p.read_bytes() for p in base_photos(CACHE / "bases")]
    names = file_names()
    for i in range(n):
        sub = folder / f"{2015 + i // 400}" / f"批次{i // 100:03d}"
        sub.mkdir(parents=True, exist_ok=True)
        target = sub / f"{names[i % len(names)]}.jpg"
        if target.exists():
            target = sub / f"{names[i % len(names)]}_{i}.jpg"
        target.write_bytes(unique_copy(bases[i % len(bases)], f"bench photo {i}"))
    done.touch()
    return folder


def build_small(folder: Path, n: int) -> Path:
    """N tiny distinct JPEGs (64x48) in folders of 1,000, for the re-run of a big archive."""
    done = folder / f".complete-{n}"
    if done.exists():
        return folder
    buffer = io.BytesIO()
    Image.new("RGB", (64, 48), (120, 90, 60)).save(buffer, "JPEG", quality=80)
    tiny = buffer.getvalue()
    names = file_names()
    for i in range(n):
        sub = folder / f"卷{i // 1000:03d}"
        if i % 1000 == 0:
            sub.mkdir(parents=True, exist_ok=True)
        (sub / f"{names[i % len(names)][:60]}_{i}.jpg").write_bytes(unique_copy(tiny, f"small {i}"))
    done.touch()
    return folder


def all_jpegs(folder: Path) -> list[str]:
    return sorted(str(p) for p in folder.rglob("*.jpg"))


# --- the phases (each runs in its own process) -------------------------------------------------

def naive_one(path: str) -> None:
    with Image.open(path) as image:
        image.load()  # full decode
        oriented = ImageOps.exif_transpose(image)
    for size in SIZES:
        ImageOps.contain(oriented, (size, size), Image.Resampling.LANCZOS)
    with open(path, "rb") as handle:  # the hash by a second read
        hashlib.sha256(handle.read()).hexdigest()


def limit_one(path: str, encode: bool = False) -> None:
    with Image.open(path) as image:
        image.draft("RGB", draft_box(image.size, SIZES[0]))
        for size in SIZES:
            image.thumbnail((size, size), Image.Resampling.LANCZOS)
            if encode:
                image.save(io.BytesIO(), "WEBP", quality=thumbs.QUALITY, method=thumbs.METHOD["grid"])


def limit_encode_one(path: str) -> None:
    limit_one(path, encode=True)


def large_views(db: str, count: int = 20) -> dict:
    """First views of the photo page's large size (made on first view and kept), in ms."""
    from gallery.store import Store
    from gallery.web import create_app

    store = Store(db)
    shas = [r[0] for r in store.conn.execute("SELECT sha256 FROM photos ORDER BY id LIMIT ?", (count,))]
    store.close()
    client = create_app({"DATABASE": db}).test_client()
    times = []
    for sha in shas:
        started = time.perf_counter()
        response = client.get(f"/thumb/{sha}/large.webp")
        response.close()
        times.append((time.perf_counter() - started) * 1000)
        assert response.status_code == 200, response.status_code
    return {"files": len(times), "seconds": sum(times) / 1000, "times_ms": times}


def phase(name: str, folder: str, workers: int) -> dict:
    if name == "large":
        return large_views(folder)
    paths = all_jpegs(Path(folder))
    started = time.perf_counter()
    if name == "naive":
        paths = paths[:: max(1, len(paths) // NAIVE_SAMPLE)]  # it is slow: a sample gives its rate
        started = time.perf_counter()
        for path in paths:
            naive_one(path)
    else:
        job = limit_encode_one if name == "limit-encode" else limit_one
        with ProcessPoolExecutor(workers) as pool:
            list(pool.map(job, paths, chunksize=4))
    return {"files": len(paths), "seconds": time.perf_counter() - started}


# --- measuring a process tree -----------------------------------------------------------------

def tree_memory(pid: int) -> int:
    """Memory of a process and all its descendants: the sum of their PSS (shared pages counted
    once, split between the processes that share them), in bytes."""
    total, stack = 0, [pid]
    while stack:
        current = stack.pop()
        try:
            with open(f"/proc/{current}/smaps_rollup") as handle:
                for line in handle:
                    if line.startswith("Pss:"):
                        total += int(line.split()[1]) * 1024
            for task in os.listdir(f"/proc/{current}/task"):
                with open(f"/proc/{current}/task/{task}/children") as handle:
                    stack.extend(int(c) for c in handle.read().split())
        except (FileNotFoundError, ProcessLookupError, ValueError):
            continue
    return total


def measured(command: list[str]) -> tuple[dict, float, int]:
    """Run a command; its JSON output, wall seconds and the peak RSS of its process tree."""
    started = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=ROOT)
    peak = [0]

    def sample() -> None:
        while process.poll() is None:
            peak[0] = max(peak[0], tree_memory(process.pid))
            time.sleep(0.05)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    out, err = process.communicate()
    seconds = time.perf_counter() - started
    sampler.join()
    if process.returncode != 0:
        raise SystemExit(f"{' '.join(command)} failed ({process.returncode}):\n{err.decode()[-3000:]}")
    return json.loads(out.decode() or "{}"), seconds, peak[0]


def median_of_3(command: list[str]) -> tuple[dict, float, int]:
    """A short run on a shared machine: the median of three, wall time from process start."""
    runs = sorted((measured(command) for _ in range(3)), key=lambda run: run[1])
    return runs[1][0], runs[1][1], max(run[2] for run in runs)


def index_command(folder: Path, db: Path, workers: int) -> list[str]:
    return [*GALLERY, "index", str(folder), "--db", str(db), "--json", "--workers", str(workers)]


def change_one_percent(folder: Path, seed: int = 1) -> dict[str, int]:
    """Change, rename and delete 1% of the files in all (a third each)."""
    paths = all_jpegs(folder)
    rng = random.Random(seed)
    chosen = rng.sample(paths, max(3, len(paths) // 100))
    counts = {"changed": 0, "renamed": 0, "deleted": 0}
    for n, path in enumerate(chosen):
        target = Path(path)
        if n % 3 == 0:
            data = unique_copy(target.read_bytes(), f"edited {n}")
            target.unlink()  # a new file, not a write through the hard link into the cache
            target.write_bytes(data)
            counts["changed"] += 1
        elif n % 3 == 1:
            target.rename(target.with_name("改名_" + target.name))
            counts["renamed"] += 1
        else:
            target.unlink()
            counts["deleted"] += 1
    return counts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=2000, help="camera-sized files (default 2000)")
    parser.add_argument("--small", type=int, default=100_000, help="tiny files for the big re-run (0: skip)")
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--phase", help=argparse.SUPPRESS)
    parser.add_argument("--folder", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.phase:
        print(json.dumps(phase(args.phase, args.folder, args.workers)))
        return

    photos = build_photos(CACHE / f"photos-{args.n}", args.n)
    work = Path(os.environ.get("TMPDIR", "/tmp")) / "gallery-bench-run"
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    rows: list[tuple[str, int, float, int]] = []

    def run_phase(label: str, name: str) -> float:
        result, _, peak = measured([sys.executable, __file__, "--phase", name, "--folder", str(photos),
                                    "--workers", str(args.workers)])
        rows.append((label, result["files"], result["seconds"], peak))
        return result["files"] / result["seconds"]

    naive = run_phase("1  naive: 1 process, full decode, 2nd read for hash", "naive")
    limit = run_phase(f"2  decode limit: {args.workers} processes, draft+thumbnail 800+400", "limit")
    limit_enc = run_phase("2b decode limit + WebP encode of both sizes", "limit-encode")

    copy = work / "photos"
    subprocess.run(["cp", "-al", str(photos), str(copy)], check=True)
    db = work / "g.db"
    summary, seconds, peak = measured(index_command(copy, db, args.workers))
    cold = summary["added"] / summary["seconds"]
    rows.append(("3  gallery index, cold", summary["added"], summary["seconds"], peak))
    summary, seconds, peak = median_of_3(index_command(copy, db, args.workers))
    rows.append(("4a gallery index, nothing changed (median of 3)", summary["unchanged"], seconds, peak))
    counts = change_one_percent(copy)
    summary, seconds, peak = measured(index_command(copy, db, args.workers))
    changed = f"{summary['updated']} updated, {summary['moved']} moved, {summary['missing']} missing"
    rows.append((f"4b gallery index, 1% changed ({changed})", args.n, seconds, peak))
    large, _, peak = measured([sys.executable, __file__, "--phase", "large", "--folder", str(db)])
    views = sorted(large["times_ms"])
    rows.append(("6  first view of the large size (1600 px), per photo", large["files"], large["seconds"], peak))
    small_seconds = None
    if args.small:
        small = build_small(CACHE / f"small-{args.small}", args.small)
        small_db = CACHE / f"small-{args.small}.db"
        summary, seconds, peak = measured(index_command(small, small_db, args.workers))
        if summary["added"]:  # the database was not cached yet: that was its cold run
            rows.append((f"5c gallery index, {args.small:,} tiny files, cold", summary["added"], seconds, peak))
        summary, seconds, peak = median_of_3(index_command(small, small_db, args.workers))
        small_seconds = seconds
        rows.append((f"5  gallery index, {args.small:,} tiny unchanged (median of 3)", summary["unchanged"],
                     seconds, peak))
    print_table(rows, naive, limit, limit_enc, cold, counts, small_seconds, args)
    print(f"first view of the large size: median {views[len(views) // 2]:.0f} ms, slowest {views[-1]:.0f} ms"
          " (target about 300 ms)")


def print_table(rows, naive, limit, limit_enc, cold, counts, small_seconds, args) -> None:
    print(f"\nN={args.n} camera-sized JPEGs, {args.workers} workers, {os.cpu_count()} cores; "
          f"1% = {counts}")
    print(f"{'phase':62s} {'files':>7s} {'seconds':>8s} {'files/s':>8s} {'peak mem':>9s}")
    for label, files, seconds, peak in rows:
        print(f"{label:62s} {files:7d} {seconds:8.2f} {files / seconds:8.1f} {peak / 2**20:7.0f} MB")
    print(f"\ncold index / naive          = {cold / naive:5.2f}x   (target >= 3)")
    print(f"cold index / decode limit   = {cold / limit:5.2f}    (target >= 0.8)")
    print(f"cold index / limit + encode = {cold / limit_enc:5.2f}")
    if small_seconds is not None:
        print(f"re-run of {args.small:,} unchanged files = {small_seconds:.2f} s (target <= 5 s)")
    print(f"peak memory, gallery index  = {max(r[3] for r in rows if 'gallery' in r[0]) / 2**20:.0f} MB (target <= 300 MB)")


if __name__ == "__main__":
    main()
