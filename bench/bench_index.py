"""Indexing speed, re-run time and peak memory of ``gallery index``, against baselines.

Usage: python bench/bench_index.py [--n 2000] [--small 100000] [--workers N] [--repeat R]

Builds (once, cached outside the repo in ``~/.cache/gallery-bench``) N camera-sized JPEGs: the
real photographs of ../shared/corpus re-encoded and upscaled to 12–24 MP at quality 90, with
film grain so they compress like real photos, with their EXIF, each file with distinct bytes
and a real Chinese newsroom file name. Then, in one run, each phase in its own process:

1. naive: one process; open, full decode, the thumbnail sizes the index makes at index time
   (``thumbs.INDEX_SIZES``: 800 px), hash by a second read (on an even sample of 300 of the N
   files: it is slow, and its rate is what counts);
2. decode limit: a process pool doing only draft + thumbnail at the sizes the index makes at
   index time (2b: the same plus encoding them as the index does, for reference; 2c: the JPEG
   decode alone, without shrinking, the part no faster resampler can take away; 2s: the limit
   with the heap setting the index's workers use, to show the yardstick gains nothing from it);
3. ``gallery index`` cold (empty database), files/s and its ratio to 1 and 2;
4. ``gallery index`` again unchanged, then with 1% of files changed, renamed and deleted;
5. ``gallery index`` re-run over ``--small`` tiny unchanged files (its database is cached too);
6. the first view of the large (1600 px) size of 20 photos, through the web app;
7. the first view of a grid page: 48 first requests of the 1x grid size (made from the stored
   2x one and kept), against serving the same 48 once they are made;
8. the fingerprint's share of indexing: its CPU time per file against the cold index's;
9. (2p, 3p) the decode limit and the cold index on ``--previews`` files (default 200) that embed
   a 1616 px camera preview (an MPF large thumbnail, as Sony cameras write): how far the
   preview takes the index past the decode limit, measured apart from the headline figures
   because the corpus's own camera files carry no preview that large;
and the peak memory of each phase: the sum of the PSS of the phase's process and its workers
(resident memory, shared pages counted once), sampled 20 times a second, and the CPU time per
file of each phase, process and workers together (on a shared machine CPU time moves less than
wall time with the others' load).
"""

from __future__ import annotations

import argparse
import io
import json
import os
import random
import resource
import shutil
import struct
import subprocess
import sys
import threading
import time
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from blake3 import blake3
from PIL import Image, ImageOps

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from gallery import fingerprint, processes, thumbs  # noqa: E402
from gallery.thumbs import draft_box  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus" / "exif-samples" / "jpg"
NAMES = ROOT.parent / "shared" / "filenames"
CACHE = Path(os.environ.get("GALLERY_BENCH_CACHE", Path.home() / ".cache" / "gallery-bench"))
GALLERY = [sys.executable, "-c", "from gallery.cli import main; main()"]
SIZES = tuple(thumbs.SIZES[size] for size in thumbs.INDEX_SIZES)  # what the index makes at index time
METHODS = tuple(thumbs.METHOD[size] for size in thumbs.INDEX_SIZES)  # and its WebP effort for each
NAIVE_SAMPLE = 300  # files the naive baseline reads (every k-th of the N)
FINGERPRINT_SAMPLE = 100  # files whose fingerprint is timed
GRID_PAGE = 48  # thumbnails on one grid page


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


PREVIEW_LONGEST = 1616  # the MPF preview Sony cameras embed (1616 x 1080 for 3:2)


def with_preview(path: Path) -> bytes:
    """The same photograph as a camera writes it with an embedded preview: an MPF 'large
    thumbnail' frame of 1616 px (re-encoded main picture at quality 90, EXIF kept)."""
    with Image.open(path) as image:
        image.load()
        preview = image.copy()
        preview.thumbnail((PREVIEW_LONGEST, PREVIEW_LONGEST), Image.Resampling.LANCZOS)
        buffer = io.BytesIO()
        image.save(buffer, "MPO", save_all=True, append_images=[preview], quality=90,
                   exif=image.info.get("exif", b""))
    data = bytearray(buffer.getvalue())  # Pillow types the frame 'Undefined'; cameras type it:
    app2 = data.index(b"MPF\x00") + 4
    endian = ">" if data[app2 : app2 + 2] == b"MM" else "<"
    ifd = app2 + struct.unpack(endian + "I", data[app2 + 4 : app2 + 8])[0]
    for n in range(struct.unpack(endian + "H", data[ifd : ifd + 2])[0]):
        tag, _, _, value = struct.unpack(endian + "HHII", data[ifd + 2 + 12 * n : ifd + 14 + 12 * n])
        if tag == 0xB002:  # the second MP entry: Large Thumbnail (VGA equivalent), CIPA DC-007
            at = app2 + value + 16
            flags = struct.unpack(endian + "I", data[at : at + 4])[0] & 0xFF000000
            data[at : at + 4] = struct.pack(endian + "I", flags | 0x010001)
    return bytes(data)


def build_previews(folder: Path, n: int) -> Path:
    """N distinct camera-sized files that embed a 1616 px preview, as many cameras write them."""
    done = folder / f".complete-{n}"
    if done.exists():
        return folder
    bases = [with_preview(p) for p in base_photos(CACHE / "bases")]
    names = file_names()
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        (folder / f"{names[(i * 7) % len(names)]}_{i}.jpg").write_bytes(
            unique_copy(bases[i % len(bases)], f"bench preview photo {i}"))
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


def warm(folder: Path) -> None:
    """Read every file once, untimed, so that each phase reads from the page cache, not the disk.

    The comparison is of CPU work: a phase that met a cold cache (the first, or one after the
    kernel reclaimed pages) would measure the disk instead; the limit, which reads in 64 KB
    pieces as it decodes, suffers from that more than the index, which reads each file whole.
    """
    for path in all_jpegs(folder):
        with open(path, "rb") as handle:
            while handle.read(1 << 20):
                pass


# --- the phases (each runs in its own process) -------------------------------------------------

def naive_one(path: str) -> None:
    with Image.open(path) as image:
        image.load()  # full decode
        oriented = ImageOps.exif_transpose(image)
    for size in SIZES:
        ImageOps.contain(oriented, (size, size), Image.Resampling.LANCZOS)
    with open(path, "rb") as handle:  # the hash by a second read (the index's own hash, BLAKE3)
        blake3(handle.read()).hexdigest()


def limit_one(path: str, encode: bool = False) -> None:
    with Image.open(path) as image:
        image.draft("RGB", draft_box(image.size, SIZES[0]))
        for size, method in zip(SIZES, METHODS, strict=True):
            image.thumbnail((size, size), Image.Resampling.LANCZOS)
            if encode:
                image.save(io.BytesIO(), "WEBP", quality=thumbs.QUALITY, method=method)


def limit_encode_one(path: str) -> None:
    limit_one(path, encode=True)


def decode_one(path: str) -> None:
    """The JPEG decode alone (draft, no shrinking): what no resampler can take away."""
    with Image.open(path) as image:
        image.draft("RGB", draft_box(image.size, SIZES[0]))
        image.load()


def large_views(db: str, count: int = 20) -> dict:
    """First views of the photo page's large size (made on first view and kept), in ms."""
    from gallery.store import Store
    from gallery.web import create_app

    store = Store(db)
    shas = [r[0] for r in store.conn.execute("SELECT digest FROM photos ORDER BY id LIMIT ?", (count,))]
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


def grid_views(db: str, count: int = GRID_PAGE) -> dict:
    """First requests of the 1x grid size of one page of photos (made from the stored 2x size
    and kept): one after another, the same again once made (served from disk), and those of
    another page by 6 threads at once, as a browser asks (ms)."""
    from gallery.store import Store
    from gallery.web import create_app

    store = Store(db)
    shas = [r[0] for r in store.conn.execute("SELECT digest FROM photos ORDER BY id DESC LIMIT ?", (2 * count,))]
    store.close()
    client = create_app({"DATABASE": db}).test_client()

    def get(sha: str) -> float:
        started = time.perf_counter()
        response = client.get(f"/thumb/{sha}/grid.webp")
        response.close()
        assert response.status_code == 200, response.status_code
        return (time.perf_counter() - started) * 1000

    first = [get(sha) for sha in shas[:count]]
    stored = [get(sha) for sha in shas[:count]]
    started = time.perf_counter()
    with ThreadPoolExecutor(6) as pool:
        list(pool.map(get, shas[count:]))
    together = (time.perf_counter() - started) * 1000
    return {"files": count, "seconds": sum(first) / 1000, "first_ms": first, "stored_ms": stored,
            "together_ms": together, "together_files": len(shas[count:])}


def fingerprint_cost(paths: list[str]) -> dict:
    """CPU time of ``fingerprint.compute`` on the index's own 800 px pictures of a sample."""
    spent = 0.0
    for path in paths:
        with Image.open(path) as image:
            grid = thumbs.prepare(image, thumbs.SIZES["grid2x"])
        started = time.process_time()
        fingerprint.compute(grid)
        spent += time.process_time() - started
    return {"files": len(paths), "seconds": spent, "cpu": spent}


def cpu_seconds() -> float:
    """CPU time of this process and of its children that have ended (the pool's workers)."""
    times = os.times()
    return times.user + times.system + times.children_user + times.children_system


def phase(name: str, folder: str, workers: int) -> dict:
    if name == "large":
        return large_views(folder)
    if name == "grid":
        return grid_views(folder)
    paths = all_jpegs(Path(folder))
    if name == "fingerprint":
        return fingerprint_cost(paths[:: max(1, len(paths) // FINGERPRINT_SAMPLE)])
    started, cpu = time.perf_counter(), cpu_seconds()
    if name == "naive":
        paths = paths[:: max(1, len(paths) // NAIVE_SAMPLE)]  # it is slow: a sample gives its rate
        started, cpu = time.perf_counter(), cpu_seconds()
        for path in paths:
            naive_one(path)
    else:
        job = {"limit-encode": limit_encode_one, "decode": decode_one}.get(name, limit_one)
        # limit-steady: the workers' heap set as the index sets its own (processes.steady_heap)
        setup = processes.steady_heap if name == "limit-steady" else None
        with ProcessPoolExecutor(workers, initializer=setup) as pool:
            list(pool.map(job, paths, chunksize=4))
    return {"files": len(paths), "seconds": time.perf_counter() - started, "cpu": cpu_seconds() - cpu}


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


def measured(command: list[str]) -> tuple[dict, float, int, float]:
    """Run a command; its JSON output, wall seconds, the peak memory of its process tree and the
    CPU seconds of the whole tree (its workers are waited for, so their time is counted)."""
    cpu = _children_cpu()
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
    return json.loads(out.decode() or "{}"), seconds, peak[0], _children_cpu() - cpu


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def median_of_3(command: list[str]) -> tuple[dict, float, int, float]:
    """A short run on a shared machine: the median of three, wall time from process start."""
    runs = sorted((measured(command) for _ in range(3)), key=lambda run: run[1])
    return runs[1][0], runs[1][1], max(run[2] for run in runs), runs[1][3]


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
    parser.add_argument("--previews", type=int, default=200,
                        help="files with an embedded camera preview for phases 2p/3p (0: skip)")
    parser.add_argument("--repeat", type=int, default=1,
                        help="run the decode limits and the cold index in turn this many times; keep each one's fastest")
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
    rows: list[Row] = []
    sizes = "+".join(str(size) for size in SIZES)

    def phase_row(label: str, name: str, folder: Path = photos) -> tuple[dict, Row]:
        warm(folder)
        result, _, peak, _ = measured([sys.executable, __file__, "--phase", name, "--folder", str(folder),
                                       "--workers", str(args.workers)])
        return result, Row(label, result["files"], result["seconds"], peak, result.get("cpu"))

    def run_phase(label: str, name: str, folder: Path = photos) -> dict:
        result, row = phase_row(label, name, folder)
        rows.append(row)
        return result

    naive = run_phase(f"1  naive: 1 process, full decode, thumbnail {sizes}, 2nd read for hash", "naive")
    copy = work / "photos"
    subprocess.run(["cp", "-al", str(photos), str(copy)], check=True)
    # The phases compared with each other run in turn, --repeat times; each keeps its fastest run
    # (the one the machine's other work disturbed least).
    fastest: dict[str, Row] = {}
    for turn in range(args.repeat):
        for label, name in ((f"2  decode limit: {args.workers} processes, draft+thumbnail {sizes}", "limit"),
                            (f"2b decode limit + WebP encode {sizes} (method {'+'.join(map(str, METHODS))})",
                             "limit-encode"),
                            (f"2c the decode alone: {args.workers} processes, draft, no shrinking", "decode")):
            _, row = phase_row(label, name)
            if name not in fastest or row.seconds < fastest[name].seconds:
                fastest[name] = row
        db = work / f"g{turn}.db"
        warm(copy)
        summary, _, peak, cpu = measured(index_command(copy, db, args.workers))
        row = Row("3  gallery index, cold", summary["added"], summary["seconds"], peak, cpu)
        if "cold" not in fastest or row.seconds < fastest["cold"].seconds:
            fastest["cold"], cold_db = row, db
    if args.repeat > 1:
        for row in fastest.values():
            row.label += f" (fastest of {args.repeat})"
    limit, limit_enc, decode, cold = (fastest[name] for name in ("limit", "limit-encode", "decode", "cold"))
    rows += [limit, limit_enc, decode, cold]
    run_phase(f"2s decode limit with the index's heap setting ({args.workers} processes, steady_heap)",
              "limit-steady")
    db = cold_db
    summary, seconds, peak, cpu = median_of_3(index_command(copy, db, args.workers))
    rows.append(Row("4a gallery index, nothing changed (median of 3)", summary["unchanged"], seconds, peak, cpu))
    counts = change_one_percent(copy)
    summary, seconds, peak, cpu = measured(index_command(copy, db, args.workers))
    changed = f"{summary['updated']} updated, {summary['moved']} moved, {summary['missing']} missing"
    rows.append(Row(f"4b gallery index, 1% changed ({changed})", args.n, seconds, peak, cpu))
    large = run_phase("6  first view of the large size (1600 px), per photo", "large", db)
    grid = run_phase(f"7  first view of a grid page: {GRID_PAGE} grid (400 px) requests", "grid", db)
    prints = run_phase(f"8  fingerprint.compute on the 800 px picture ({FINGERPRINT_SAMPLE} files)",
                       "fingerprint")
    if args.previews:  # the same comparison on files that embed a camera preview
        previews = build_previews(CACHE / f"previews-{args.previews}", args.previews)
        run_phase(f"2p decode limit on {args.previews} files with a {PREVIEW_LONGEST} px camera preview "
                  "(the main picture)", "limit", previews)
        warm(previews)
        summary, _, peak, cpu = measured(index_command(previews, work / "previews.db", args.workers))
        rows.append(Row("3p gallery index, cold, the same files (grid from the preview)", summary["added"],
                        summary["seconds"], peak, cpu))
    small_seconds = None
    if args.small:
        small = build_small(CACHE / f"small-{args.small}", args.small)
        small_db = CACHE / f"small-{args.small}.db"
        summary, seconds, peak, cpu = measured(index_command(small, small_db, args.workers))
        if summary["added"]:  # the database was not cached yet: that was its cold run
            rows.append(Row(f"5c gallery index, {args.small:,} tiny files, cold", summary["added"], seconds, peak, cpu))
        summary, seconds, peak, cpu = median_of_3(index_command(small, small_db, args.workers))
        small_seconds = seconds
        rows.append(Row(f"5  gallery index, {args.small:,} tiny unchanged (median of 3)", summary["unchanged"],
                        seconds, peak, cpu))
    print_table(rows, args, counts)
    print_ratios(rows, Row.of(naive), limit, limit_enc, decode, cold, small_seconds, args)
    print_views(large["times_ms"], grid, prints, cold)


@dataclass
class Row:
    """One line of the table: a phase, the files it handled, its wall seconds, peak memory and CPU."""

    label: str
    files: int
    seconds: float
    peak: int = 0
    cpu: float | None = None

    @classmethod
    def of(cls, result: dict) -> Row:
        return cls("", result["files"], result["seconds"], 0, result.get("cpu"))

    @property
    def rate(self) -> float:
        return self.files / self.seconds

    @property
    def cpu_ms(self) -> float | None:
        return None if self.cpu is None else self.cpu / self.files * 1000


def print_table(rows: list[Row], args, counts) -> None:
    print(f"\nN={args.n} camera-sized JPEGs, {args.workers} workers, {os.cpu_count()} cores; 1% = {counts}")
    print(f"{'phase':66s} {'files':>7s} {'seconds':>8s} {'files/s':>8s} {'CPU ms/file':>11s} {'peak mem':>9s}")
    for row in rows:
        cpu = f"{row.cpu_ms:11.1f}" if row.cpu_ms is not None else f"{'-':>11s}"
        print(f"{row.label:66s} {row.files:7d} {row.seconds:8.2f} {row.rate:8.1f} {cpu} {row.peak / 2**20:6.0f} MB")


def print_ratios(rows, naive: Row, limit: Row, limit_enc: Row, decode: Row, cold: Row, small_seconds, args) -> None:
    print(f"\ncold index / naive          = {cold.rate / naive.rate:5.2f}x   (target >= 3)")
    print(f"cold index / decode limit   = {cold.rate / limit.rate:5.2f}    (target >= 0.8)"
          f"   by CPU time per file: {limit.cpu_ms / cold.cpu_ms:.2f}")
    print(f"cold index / limit + encode = {cold.rate / limit_enc.rate:5.2f}"
          f"         by CPU time per file: {limit_enc.cpu_ms / cold.cpu_ms:.2f}")
    print(f"cold index / decode alone   = {cold.rate / decode.rate:5.2f}"
          f"         by CPU time per file: {decode.cpu_ms / cold.cpu_ms:.2f}")
    by_label = {r.label[:2]: r for r in rows}
    if "2p" in by_label and "3p" in by_label:
        limit_p, cold_p = by_label["2p"], by_label["3p"]
        print(f"with a camera preview: cold index / decode limit = {cold_p.rate / limit_p.rate:5.2f}"
              f"   by CPU time per file: {limit_p.cpu_ms / cold_p.cpu_ms:.2f}")
    if small_seconds is not None:
        print(f"re-run of {args.small:,} unchanged files = {small_seconds:.2f} s (target <= 5 s)")
    peak = max(r.peak for r in rows if "gallery" in r.label)
    print(f"peak memory, gallery index  = {peak / 2**20:.0f} MB (target <= 300 MB)")


def print_views(large_ms: list[float], grid: dict, prints: dict, cold: Row) -> None:
    large_ms = sorted(large_ms)
    print(f"first view of the large size: median {large_ms[len(large_ms) // 2]:.0f} ms, slowest {large_ms[-1]:.0f} ms"
          " (target about 300 ms)")
    first, stored = sorted(grid["first_ms"]), sorted(grid["stored_ms"])
    print(f"first view of a grid page ({len(first)} thumbnails, one after another): {sum(first):.0f} ms in all,"
          f" median {first[len(first) // 2]:.1f} ms, slowest {first[-1]:.1f} ms;"
          f" once made: {sum(stored):.0f} ms in all, median {stored[len(stored) // 2]:.1f} ms;"
          f" another page's {grid['together_files']} first requests 6 at a time: {grid['together_ms']:.0f} ms")
    per_print = prints["cpu"] / prints["files"] * 1000
    print(f"fingerprint: {per_print:.2f} ms CPU per file = {per_print / cold.cpu_ms:.1%} of the cold index's"
          f" {cold.cpu_ms:.1f} ms CPU per file (target <= 5%)")


if __name__ == "__main__":
    main()
