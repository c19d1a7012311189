"""Kill ``gallery index`` with SIGKILL at random moments and check the database after each kill.

Usage: python bench/fault_test.py [--kills 24] [--files 150] [--seed 8]

Makes a folder of camera-like JPEGs (cached in ~/.cache/gallery-bench), times one whole run,
then starts runs over and over and kills each at a random moment within that time. After every
kill it checks the database (tests/test_faults.py's ``check_consistent``: SQLite's integrity
check, no duplicate photo, no file without its photo nor photo without a file, every thumbnail
the database promises decodes), that the stored photos never go down (a run resumes, it does
not restart) and that the run's worker processes end with it within 10 s. When a run got to the end, the database is removed and the next kill lands in a
fresh cold run. A last run must then finish with every file present and nothing half-written.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PIL import Image  # noqa: E402

from gallery.store import Store  # noqa: E402
from tests.test_faults import GALLERY, check_consistent  # noqa: E402

CACHE = Path(os.environ.get("GALLERY_BENCH_CACHE", Path.home() / ".cache" / "gallery-bench"))


def make_folder(folder: Path, count: int) -> Path:
    done = folder / f".complete-{count}"
    if done.exists():
        return folder
    rng = random.Random(count)
    for n in range(count):
        sub = folder / f"{n // 25:02d}"
        sub.mkdir(parents=True, exist_ok=True)
        image = Image.effect_noise((2400, 1600), 30 + n % 40).convert("RGB")
        image.paste((rng.randrange(256), 40, 90), (0, 0, 600, 1600))
        exif = Image.Exif()
        exif[0x0112] = (1, 6, 3, 8)[n % 4]
        image.save(sub / f"《测试{n}》记者{n} 摄.jpg", "JPEG", quality=85, exif=exif.tobytes())
    done.touch()
    return folder


def photos_in(db: Path) -> int:
    if not db.exists():
        return 0
    store = Store(db)
    try:
        return store.counts()["photos"]
    finally:
        store.close()


def index(folder: Path, db: Path) -> subprocess.Popen:
    return subprocess.Popen([*GALLERY, "index", str(folder), "--db", str(db), "--quiet", "--workers", "2"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


def worker_pids(parent: int) -> set[int]:
    """The processes whose parent is ``parent`` (Linux: read from /proc; elsewhere none)."""
    found = set()
    for entry in Path("/proc").glob("[0-9]*"):
        try:
            if int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1]) == parent:
                found.add(int(entry.name))
        except (OSError, ValueError, IndexError):
            continue
    return found


def outliving(workers: set[int], seconds: float = 10) -> set[int]:
    """Those of ``workers`` still running (not zombies) ``seconds`` after their parent was killed."""
    deadline = time.monotonic() + seconds
    while True:
        running = set()
        for pid in workers:
            try:
                if Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] != "Z":
                    running.add(pid)
            except OSError:
                continue
        if not running or time.monotonic() > deadline:
            return running
        time.sleep(0.1)


def fresh(db: Path) -> None:
    for path in (db, db.with_name(db.name + "-wal"), db.with_name(db.name + "-shm")):
        path.unlink(missing_ok=True)
    shutil.rmtree(db.with_name(db.stem + ".thumbs"), ignore_errors=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--kills", type=int, default=24)
    parser.add_argument("--files", type=int, default=150)
    parser.add_argument("--seed", type=int, default=8)
    args = parser.parse_args()
    folder = make_folder(CACHE / f"fault-{args.files}", args.files)
    work = Path(os.environ.get("TMPDIR", "/tmp")) / "gallery-fault-test"
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    db = work / "g.db"
    started = time.perf_counter()
    subprocess.run([*GALLERY, "index", str(folder), "--db", str(db), "--quiet", "--workers", "2"],
                   check=True, capture_output=True)
    whole = time.perf_counter() - started
    print(f"{args.files} files; a whole cold run takes {whole:.1f} s; killing {args.kills} times")
    print(f"{'kill':>4s} {'at s':>6s} {'photos before':>13s} {'after':>6s}  result")
    rng = random.Random(args.seed)
    failures = 0
    fresh(db)
    for kill in range(1, args.kills + 1):
        before = photos_in(db)
        if before >= args.files:  # the last run finished: start a fresh cold one
            fresh(db)
            before = 0
        moment = rng.uniform(0.05, whole * 0.9)
        run = index(folder, db)
        time.sleep(moment)
        workers = worker_pids(run.pid)
        run.send_signal(signal.SIGKILL)
        run.wait()
        after = photos_in(db)
        problems = check_consistent(db)
        if lingering := outliving(workers):
            problems.append(f"{len(lingering)} workers outlived the killed run")
        if after < before:
            problems.append(f"photos went down from {before} to {after}")
        failures += bool(problems)
        print(f"{kill:4d} {moment:6.2f} {before:13d} {after:6d}  {'ok' if not problems else '; '.join(problems)}")
    before = photos_in(db)
    final = subprocess.run([*GALLERY, "index", str(folder), "--db", str(db), "--json", "--workers", "2"],
                           capture_output=True, text=True)
    problems = check_consistent(db, files_on_disk=args.files)
    resumed = f'"added": {args.files - before},' in final.stdout
    if not resumed:
        problems.append(f"the last run did not resume from {before} photos")
    print(f"last run: exit {final.returncode}, {before} photos before, "
          f"{'ok' if not problems and final.returncode == 0 else '; '.join(problems)}")
    failures += bool(problems) or final.returncode != 0
    print(f"\n{args.kills} kills, {failures} with a problem")
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
