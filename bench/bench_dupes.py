"""Finding the same picture: precision and recall of the grouping, and its speed at 100,000.

Usage: python bench/bench_dupes.py [--n 100000] [--queries 200] [--failures]

1. Accuracy. The real photographs of ../shared/corpus/exif-samples/jpg and images/ (exact
   byte copies dropped; the corpus's own families of one scene — the 16 orientation test files,
   the HDR pairs — reduced to one each; tiny logos, a blank grey and a blue square left out as
   sources but kept as unrelated pictures) each get transformed copies, every transformation
   of the issue at several strengths. Everything goes through the index's own path (JPEG
   bytes → ``thumbs.prepare`` at 800 px with EXIF orientation → ``fingerprint.compute``), is
   grouped by ``likeness``, and scored by pairs: precision = pairs grouped together that are
   one picture / pairs grouped together; recall = pairs of one picture grouped together /
   pairs of one picture. Per transformation: the share of copies in their original's group.
2. Speed at ``--n`` synthetic fingerprints (random 64-bit hashes, 16 per picture as stored):
   building the index, the neighbours of one picture, grouping everything; each against a
   naive numpy scan of every hash measured in the same process (the all-pairs scan at 100,000
   is extrapolated from 5,000: it grows with the square).
3. Cost at index time: ``fingerprint.compute`` on the decoded 800 px picture against the grid
   thumbnails the index makes from it (``thumbs.render``: 800 and 400 px WebP), per image, on
   the camera-sized corpus files.
"""

from __future__ import annotations

import argparse
import hashlib
import io
import statistics
import sys
import tempfile
import time
from collections import Counter, defaultdict
from collections.abc import Callable
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw, ImageEnhance, ImageFont, ImageOps

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from gallery import fingerprint, likeness, thumbs  # noqa: E402

CORPUS = ROOT.parent / "shared" / "corpus" / "exif-samples" / "jpg"
FONT = Path("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc")
# one file per scene: the rest of each family shows the same scene and would count as misses
SAME_SCENE = ("orientation/landscape_", "orientation/portrait_", "hdr/canon_hdr_YES", "hdr/iphone_hdr_YES",
              "微信截图_")  # images/ holds two lossless PNG copies of corpus files (images/NOTICE.txt)
KEEP_OF_FAMILY = ("orientation/landscape_1.jpg",)
NOT_A_SOURCE = ("invalid/", "corrupted.jpg", "67-0_length_string", "BlueSquare")


# --- the pictures -----------------------------------------------------------------------------

def sources() -> tuple[list[tuple[str, bytes]], list[tuple[str, bytes]]]:
    """(originals to copy, unrelated pictures only mixed in), distinct bytes each."""
    seen: set[str] = set()
    originals, unrelated = [], []
    files = sorted(CORPUS.glob("**/*.jp*g")) + sorted((ROOT / "images").glob("*.*"))
    for path in files:
        if path.suffix.lower() not in (".jpg", ".jpeg", ".png"):
            continue
        data = path.read_bytes()
        digest = hashlib.sha256(data).hexdigest()
        if digest in seen:
            continue
        seen.add(digest)
        name = str(path)
        if any(s in name for s in SAME_SCENE) and not name.endswith(KEEP_OF_FAMILY):
            continue
        (unrelated if any(s in name for s in NOT_A_SOURCE) else originals).append((path.name, data))
    return originals, unrelated


def decode(data: bytes) -> Image.Image:
    """What the index hands to ``fingerprint.compute``: oriented, at most 800 px."""
    with Image.open(io.BytesIO(data)) as image:
        return thumbs.prepare(image, thumbs.SIZES["grid2x"])


def jpeg(image: Image.Image, quality: int = 90, orientation: int | None = None) -> bytes:
    out = io.BytesIO()
    extra = {}
    if orientation:
        exif = Image.Exif()
        exif[0x0112] = orientation
        extra["exif"] = exif.tobytes()
    image.save(out, "JPEG", quality=quality, **extra)
    return out.getvalue()


def font(size: int) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    if FONT.exists():
        return ImageFont.truetype(str(FONT), size)
    return ImageFont.load_default(size=size)


def crop(share: float, where: str) -> Callable[[Image.Image], bytes]:
    def make(image: Image.Image) -> bytes:
        w, h = image.size
        dx, dy = int(w * share), int(h * share)
        box = {"centre": (dx // 2, dy // 2, w - dx + dx // 2, h - dy + dy // 2),
               "corner": (dx, dy, w, h), "right": (0, 0, w - dx, h), "bottom": (0, 0, w, h - dy)}[where]
        return jpeg(image.crop(box))
    return make


def resize(scale: float, quality: int = 90) -> Callable[[Image.Image], bytes]:
    def make(image: Image.Image) -> bytes:
        w, h = image.size
        return jpeg(image.resize((max(8, int(w * scale)), max(8, int(h * scale))), Image.Resampling.LANCZOS), quality)
    return make


def enhance(kind: type, factor: float) -> Callable[[Image.Image], bytes]:
    return lambda image: jpeg(kind(image).enhance(factor))


def watermark(big: bool) -> Callable[[Image.Image], bytes]:
    def make(image: Image.Image) -> bytes:
        w, h = image.size
        layer = Image.new("RGBA", image.size, (0, 0, 0, 0))
        draw = ImageDraw.Draw(layer)
        if big:  # a translucent stamp across the middle
            draw.text((w * 0.08, h * 0.38), "样张 SAMPLE", fill=(255, 255, 255, 120), font=font(max(12, h // 6)))
        else:  # an agency credit in the corner
            draw.text((w * 0.04, h * 0.86), "©新华社 记者 周明生 摄", fill=(255, 255, 255, 230), font=font(max(9, h // 14)))
        return jpeg(Image.alpha_composite(image.convert("RGBA"), layer).convert("RGB"))
    return make


def exif_turned(orientation: int) -> Callable[[Image.Image], bytes]:
    """Pixels stored turned, with the EXIF tag that turns them back (as cameras do)."""
    inverse = {3: Image.Transpose.ROTATE_180, 6: Image.Transpose.ROTATE_90, 8: Image.Transpose.ROTATE_270}
    return lambda image: jpeg(image.transpose(inverse[orientation]), orientation=orientation)


def screenshot(background: tuple[int, int, int], bar: bool = False) -> Callable[[Image.Image], bytes]:
    """The picture shown on a phone screen (1080 × 2340 scaled) and screenshotted, JPEG 80."""
    def make(image: Image.Image) -> bytes:
        screen = Image.new("RGB", (540, 1170), background)
        shown = ImageOps.contain(image, (540, 1000) if not bar else (540, 900), Image.Resampling.LANCZOS)
        screen.paste(shown, ((540 - shown.width) // 2, (1170 - shown.height) // 2))
        if bar:  # the app's title bar and a caption under the picture
            draw = ImageDraw.Draw(screen)
            draw.rectangle((0, 0, 540, 44), fill=(237, 237, 237))
            draw.text((16, 10), "10:42  微信  图片", fill=(20, 20, 20), font=font(20))
            draw.text((16, 1120), "长按识别 · 保存图片", fill=(90, 90, 90), font=font(18))
        return jpeg(screen, 80)
    return make


def pixels(transpose: Image.Transpose) -> Callable[[Image.Image], bytes]:
    return lambda image: jpeg(image.transpose(transpose))


def combo(*steps: Callable[[Image.Image], bytes]) -> Callable[[Image.Image], bytes]:
    def make(image: Image.Image) -> bytes:
        data = b""
        for step in steps:
            data = step(image)
            image = decode(data)
        return data
    return make


TRANSFORMS: dict[str, Callable[[Image.Image], bytes]] = {
    "resize 1/2": resize(0.5),
    "resize 1/4": resize(0.25),
    "WeChat (0.6×, q50)": resize(0.6, 50),
    "JPEG q70": resize(1.0, 70),
    "JPEG q50": resize(1.0, 50),
    "crop 5% centre": crop(0.05, "centre"),
    "crop 10% centre": crop(0.10, "centre"),
    "crop 5% corner": crop(0.05, "corner"),
    "crop 10% corner": crop(0.10, "corner"),
    "crop 5% right": crop(0.05, "right"),
    "crop 10% right": crop(0.10, "right"),
    "crop 10% bottom": crop(0.10, "bottom"),
    "brightness 0.7": enhance(ImageEnhance.Brightness, 0.7),
    "brightness 1.3": enhance(ImageEnhance.Brightness, 1.3),
    "contrast 0.7": enhance(ImageEnhance.Contrast, 0.7),
    "contrast 1.4": enhance(ImageEnhance.Contrast, 1.4),
    "watermark corner": watermark(False),
    "watermark stamp": watermark(True),
    "EXIF rotation 6": exif_turned(6),
    "EXIF rotation 8": exif_turned(8),
    "EXIF rotation 3": exif_turned(3),
    "screenshot black": screenshot((0, 0, 0)),
    "screenshot white": screenshot((255, 255, 255)),
    "screenshot app bar": screenshot((255, 255, 255), bar=True),
    "mirror": pixels(Image.Transpose.FLIP_LEFT_RIGHT),
    "turned 90°": pixels(Image.Transpose.ROTATE_90),
    "crop 10% + WeChat": combo(crop(0.10, "corner"), resize(0.6, 50)),
    "watermark + 1/2 + q50": combo(watermark(False), resize(0.5, 50)),
}


# --- 1. accuracy ------------------------------------------------------------------------------

def accuracy(show_failures: bool) -> None:
    originals, unrelated = sources()
    items: list[tuple[int, str, str]] = []  # (family, transformation, source name)
    values: list[list[int]] = []
    blank = 0
    started = time.perf_counter()
    for family, (name, data) in enumerate(originals):
        image = decode(data)
        for label, make in [("original", None), *TRANSFORMS.items()]:
            value = fingerprint.compute(image if make is None else decode(make(image)))
            if value is None:
                blank += 1
                continue
            items.append((family, label, name))
            values.append(fingerprint.split(value))
    for number, (name, data) in enumerate(unrelated):
        value = fingerprint.compute(decode(data))
        if value is not None:
            items.append((-1 - number, "unrelated", name))
            values.append(fingerprint.split(value))
        else:
            blank += 1
    made = time.perf_counter() - started
    index = likeness.Index(likeness.hashes_array(values))
    groups = likeness.groups(len(items), index.pairs())
    _score(items, groups, show_failures)
    print(f"  {len(originals)} originals × {len(TRANSFORMS)} transformations + {len(unrelated)} unrelated = "
          f"{len(items)} pictures ({blank} featureless, left out); made and fingerprinted in {made:.0f} s")


def _score(items: list[tuple[int, str, str]], groups: list[list[int]], show_failures: bool) -> None:
    group_of = {p: g for g, members in enumerate(groups) for p in members}
    families: dict[int, list[int]] = defaultdict(list)
    for position, (family, _, _) in enumerate(items):
        families[family].append(position)
    true_pairs = sum(len(m) * (len(m) - 1) // 2 for f, m in families.items() if f >= 0)
    grouped_pairs = sum(len(m) * (len(m) - 1) // 2 for m in groups)
    right = 0
    for members in groups:
        count = Counter(items[p][0] for p in members)
        right += sum(c * (c - 1) // 2 for f, c in count.items() if f >= 0)
    precision = right / grouped_pairs if grouped_pairs else 1.0
    recall = right / true_pairs if true_pairs else 1.0
    print("\n## Accuracy (pairs of pictures)\n")
    print("| measure | value | target |\n|---|---|---|")
    print(f"| precision | {precision:.2%} ({right} of {grouped_pairs} pairs grouped together) | ≥ 98% |")
    print(f"| recall | {recall:.2%} ({right} of {true_pairs} pairs of one picture) | ≥ 95% |")
    print(f"| groups | {len(groups)} (largest {max((len(m) for m in groups), default=0)}) | |")
    print("\n| transformation | copies in their original's group |\n|---|---|")
    original = {f: p for p, (f, label, _) in enumerate(items) if label == "original"}
    found: dict[str, list[bool]] = defaultdict(list)
    misses = []
    for position, (family, label, name) in enumerate(items):
        if family < 0 or label == "original":
            continue
        hit = group_of.get(position) is not None and group_of.get(position) == group_of.get(original[family])
        found[label].append(hit)
        if not hit:
            misses.append(f"{name}: {label}")
    for label in TRANSFORMS:
        hits = found.get(label, [])
        print(f"| {label} | {sum(hits)}/{len(hits)} |")
    if show_failures:
        print("\nmissed:", *misses, sep="\n  ")
        for members in groups:
            names = {items[p][2] for p in members if items[p][0] >= 0} | {items[p][2] for p in members if items[p][0] < 0}
            if len(names) > 1:
                print("  mixed group:", sorted(names))


# --- 2. speed at scale ------------------------------------------------------------------------

def speed(n: int, queries: int) -> None:
    rng = np.random.default_rng(7)
    hashes = rng.integers(0, 2**63, size=(n, fingerprint.HASHES), dtype=np.uint64)
    hashes |= rng.integers(0, 2, size=hashes.shape, dtype=np.uint64) << np.uint64(63)
    started = time.perf_counter()
    index = likeness.Index(hashes)
    built = time.perf_counter() - started
    sample = rng.choice(n, size=queries, replace=False)
    times = []
    for position in sample:
        started = time.perf_counter()
        index.neighbours(int(position))
        times.append(time.perf_counter() - started)
    naive = []
    flat = hashes.reshape(-1)
    for position in sample[: max(5, queries // 10)]:
        started = time.perf_counter()
        distance = np.bitwise_count(flat ^ hashes[position, 0]).reshape(n, -1).min(axis=1)
        np.nonzero(distance <= likeness.MATCH)
        naive.append(time.perf_counter() - started)
    started = time.perf_counter()
    pairs = index.pairs()
    likeness.groups(n, pairs)
    grouped = time.perf_counter() - started
    small = 5000
    started = time.perf_counter()
    for position in range(small):
        np.nonzero(np.bitwise_count(hashes[:small].reshape(-1) ^ hashes[position, 0]) <= likeness.MATCH)
    all_pairs = (time.perf_counter() - started) * (n / small) ** 2
    median, p95 = statistics.median(times) * 1000, sorted(times)[int(len(times) * 0.95)] * 1000
    scan = statistics.median(naive) * 1000
    print(f"\n## Speed at {n:,} fingerprints ({fingerprint.HASHES} hashes each, synthetic)\n")
    print("| step | time | naive scan | ratio | target |\n|---|---|---|---|---|")
    print(f"| build the index | {built:.1f} s | – | – | |")
    print(f"| neighbours of one picture | {median:.2f} ms median, {p95:.2f} ms p95 | {scan:.1f} ms | "
          f"{scan / median:.0f}× faster | ≤ 10 ms |")
    print(f"| group everything | {grouped:.1f} s | {all_pairs:.0f} s (extrapolated) | "
          f"{all_pairs / grouped:.0f}× faster | ≤ 30 s |")


# --- 3. cost at index time --------------------------------------------------------------------

def cost() -> None:
    big = [(name, data) for name, data in sources()[0] if len(data) > 400_000]
    spent_decode, spent_thumbs, spent_print = [], [], []
    with tempfile.TemporaryDirectory() as folder:
        for _ in range(3):
            for _, data in big:
                with Image.open(io.BytesIO(data)) as image:
                    started = time.perf_counter()
                    oriented = thumbs.prepare(image, thumbs.SIZES["grid2x"])
                    oriented.load()
                    decoded = time.perf_counter()
                    thumbs.render(oriented, folder, "0" * 64)
                    rendered = time.perf_counter()
                    fingerprint.compute(oriented)
                    spent_print.append(time.perf_counter() - rendered)
                    spent_thumbs.append(rendered - decoded)
                    spent_decode.append(rendered - started)
    per_thumb = statistics.median(spent_thumbs) * 1000
    per_work = statistics.median(spent_decode) * 1000
    per_print = statistics.median(spent_print) * 1000
    print(f"\n## Cost at index time ({len(big)} camera files, 3 rounds, median per image)\n")
    print("| step | ms per image | fingerprint adds |\n|---|---|---|")
    print(f"| grid thumbnails 800 + 400 px WebP (baseline) | {per_thumb:.1f} | {per_print / per_thumb:.1%} |")
    print(f"| decode (draft + EXIF turn) + thumbnails | {per_work:.1f} | {per_print / per_work:.1%} |")
    print(f"| fingerprint (16 hashes) on the decoded picture | {per_print:.2f} | |")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--n", type=int, default=100_000, help="synthetic fingerprints for the speed part")
    parser.add_argument("--queries", type=int, default=200, help="pictures whose neighbours are timed")
    parser.add_argument("--failures", action="store_true", help="list the copies not found and mixed groups")
    parser.add_argument("--skip", choices=["accuracy", "speed", "cost"], action="append", default=[])
    args = parser.parse_args()
    if "accuracy" not in args.skip:
        accuracy(args.failures)
    if "speed" not in args.skip:
        speed(args.n, args.queries)
    if "cost" not in args.skip:
        cost()


if __name__ == "__main__":
    main()
