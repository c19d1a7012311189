"""The likeness index against a plain scan, the exact mirror/turn of a hash, and grouping."""

from __future__ import annotations

import itertools
import random

import numpy as np
import pytest
from PIL import Image

from gallery import fingerprint, likeness

from .conftest import IMAGES


def flip_bits(value: int, count: int, rng: random.Random) -> int:
    for bit in rng.sample(range(64), count):
        value ^= 1 << bit
    return value


def random_hashes(n: int, k: int, rng: random.Random) -> list[list[int]]:
    return [[rng.getrandbits(64) for _ in range(k)] for _ in range(n)]


def scan_pairs(rows: list[list[int]]) -> set[tuple[int, int]]:
    """Every alike pair by comparing everything with everything (the naive baseline)."""
    found = set()
    for a, b in itertools.combinations(range(len(rows)), 2):
        close = min(likeness.hamming(rows[a][0], h) for h in rows[b]) <= likeness.MATCH or \
            min(likeness.hamming(rows[b][0], h) for h in rows[a]) <= likeness.MATCH or \
            min(likeness.hamming(t, rows[b][0]) for t in likeness.turns(rows[a][0])) <= likeness.TURNED
        if close:
            found.add((a, b))
    return found


@pytest.mark.parametrize("distance", [0, 1, 3, 5, 7])
def test_index_finds_every_pair_within_seven_bits(distance):
    rng = random.Random(distance)
    rows = random_hashes(300, 4, rng)
    planted = set()
    for a in range(0, 100, 2):
        rows[a + 1][0] = flip_bits(rows[a][rng.randrange(4)], distance, rng)  # a copy of a whole or a window
        planted.add((a, a + 1))
    found = {(min(p.a, p.b), max(p.a, p.b)) for p in likeness.Index(likeness.hashes_array(rows)).pairs()}
    assert planted <= found
    assert scan_pairs(rows) == found


def test_index_finds_what_the_scan_finds_up_to_ten_bits_mostly():
    rng = random.Random(10)
    rows = random_hashes(400, 1, rng)
    for a in range(0, 200, 2):
        rows[a + 1][0] = flip_bits(rows[a][0], rng.randint(8, 10), rng)
    found = {(min(p.a, p.b), max(p.a, p.b)) for p in likeness.Index(likeness.hashes_array(rows)).pairs()}
    truth = scan_pairs(rows)
    assert found <= truth
    assert len(found) >= 0.6 * len(truth)  # measured on real copies: bench/bench_dupes.py


def test_neighbours_of_one_picture_both_ways():
    rng = random.Random(3)
    rows = random_hashes(50, 3, rng)
    rows[7][0] = flip_bits(rows[3][2], 2, rng)  # 7 is a crop of 3: its whole is a window of 3
    rows[9][0] = flip_bits(rows[3][0], 1, rng)  # 9 is a re-save of 3
    index = likeness.Index(likeness.hashes_array(rows))
    assert [(9, 1, "copy"), (7, 2, "crop")] == [(p.b if p.a == 3 else p.a, p.distance, p.how) for p in index.neighbours(3)]
    assert [(3, 2, "crop")] == [(p.a if p.b == 7 else p.b, p.distance, p.how) for p in index.neighbours(7)]


def picture() -> Image.Image:
    """A real photograph of the sample (its corners are not plain margins)."""
    with Image.open(IMAGES / "9.jpg") as image:
        return image.convert("RGB").resize((320, 240), Image.Resampling.LANCZOS)


@pytest.mark.parametrize("transpose", [
    Image.Transpose.FLIP_LEFT_RIGHT, Image.Transpose.FLIP_TOP_BOTTOM, Image.Transpose.ROTATE_90,
    Image.Transpose.ROTATE_180, Image.Transpose.ROTATE_270, Image.Transpose.TRANSPOSE, Image.Transpose.TRANSVERSE,
])
def test_turns_of_the_hash_are_the_hashes_of_the_turned_picture(transpose):
    image = picture()
    whole = fingerprint.split(fingerprint.compute(image))[0]
    turned = fingerprint.split(fingerprint.compute(image.transpose(transpose)))[0]
    # exact but for Pillow's box filter rounding a coefficient near zero differently
    assert True is (min(likeness.hamming(turned, t) for t in likeness.turns(whole)) <= 2)


def test_turns_array_agrees_with_turns():
    rng = random.Random(5)
    values = [rng.getrandbits(64) for _ in range(20)]
    arrays = likeness.turns_array(np.array(values, dtype=np.uint64))
    assert [likeness.turns(v) for v in values] == [[int(a[i]) for a in arrays] for i in range(20)]


@pytest.mark.parametrize("pairs, expected", [
    ([], []),
    ([(0, 1)], [[0, 1]]),
    ([(0, 1), (1, 2), (4, 5)], [[0, 1, 2], [4, 5]]),
    ([(5, 4), (3, 5), (0, 2)], [[3, 4, 5], [0, 2]]),
])
def test_groups_join_pairs_transitively(pairs, expected):
    found = likeness.groups(6, [likeness.Pair(a, b, 1, "copy") for a, b in pairs])
    assert expected == found


def test_empty_index():
    index = likeness.Index(likeness.hashes_array([]))
    assert ([], 0) == (index.pairs(), len(index))
