"""Which pictures are the same picture: an index over fingerprints, neighbours, groups (pure).

Each picture has the hashes of :mod:`gallery.fingerprint`: its whole (first) and windows of
90 % of it. Two pictures are alike when the whole of one is within :data:`MATCH` bits of the
whole or of a window of the other (a resized, re-saved, brightened or cropped copy), or when
a mirror or 90° turn of one whole is within :data:`TURNED` bits of the other whole.

No pair of pictures is ever compared blindly. The index is *multi-index hashing*: each 64-bit
hash is cut into four 16-bit chunks; two hashes within 7 bits agree to one bit in at least one
chunk, so a query looks up its chunks and their 16 one-bit neighbours in sorted arrays
(numpy ``searchsorted``) and checks the few hashes found there. Pairs 8–10 bits apart are
found when their differences are spread unevenly, which is usual (the benchmark measures the
recall). Grouping runs every picture's queries at once, chunk by chunk, and joins the pairs
with a union-find.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import numpy as np

BITS = 64
SIDE = 8  # the hash is an 8 × 8 grid of DCT signs, bit u * 8 + v (u vertical, v horizontal)
CHUNKS = 4
CHUNK_BITS = BITS // CHUNKS
MATCH = 10  # bits two copies of one picture may differ by (measured: bench/bench_dupes.py)
TURNED = 7  # stricter for a mirror or a 90° turn: seven more ways for strangers to match
HOW = {"copy": "近似副本", "crop": "裁剪", "turned": "镜像或旋转"}

_CHUNK_MASK = np.uint64((1 << CHUNK_BITS) - 1)
_PROBES = np.array([0] + [1 << b for b in range(CHUNK_BITS)], dtype=np.int64)
BLOCK = 4096  # queries per numpy pass: bounds the memory of the candidates
_ODD_V = sum(1 << (u * SIDE + v) for u in range(SIDE) for v in range(SIDE) if v % 2)
_ODD_U = sum(1 << (u * SIDE + v) for u in range(SIDE) for v in range(SIDE) if u % 2)


@dataclass(frozen=True)
class Pair:
    """Two alike pictures (by position in the index), how far apart and how they differ."""

    a: int
    b: int
    distance: int
    how: str  # copy | crop | turned


def transpose(value: int) -> int:
    """The hash of the picture flipped over its diagonal (rows become columns)."""
    out = 0
    for u in range(SIDE):
        for v in range(SIDE):
            if value >> (u * SIDE + v) & 1:
                out |= 1 << (v * SIDE + u)
    return out


def turns(value: int) -> list[int]:
    """The hashes of the seven mirrored or turned versions of a picture (exact, from signs).

    Mirroring left–right negates the coefficients of odd horizontal frequency, upside-down
    those of odd vertical frequency; a 90° turn is a transpose and a mirror.
    """
    found = []
    for base in (value, transpose(value)):
        for flip in (0, _ODD_V, _ODD_U, _ODD_V ^ _ODD_U):
            found.append(base ^ flip)
    return found[1:]


def turns_array(values: np.ndarray) -> list[np.ndarray]:
    """:func:`turns` for a whole array of hashes at once (seven arrays)."""
    transposed = np.zeros_like(values)
    for u in range(SIDE):
        for v in range(SIDE):
            bit = (values >> np.uint64(u * SIDE + v)) & np.uint64(1)
            transposed |= bit << np.uint64(v * SIDE + u)
    flips = [np.uint64(f) for f in (0, _ODD_V, _ODD_U, _ODD_V ^ _ODD_U)]
    return [base ^ flip for base in (values, transposed) for flip in flips][1:]


def hamming(a: int, b: int) -> int:
    """Bits that differ between two hashes."""
    return (a ^ b).bit_count()


def hashes_array(values: Sequence[Sequence[int]]) -> np.ndarray:
    """Hashes per picture (whole first, same count each) as an ``(n, k)`` uint64 array."""
    if not values:
        return np.zeros((0, 1), dtype=np.uint64)
    return np.array([[int(h) for h in row] for row in values], dtype=np.uint64)


class _Table:
    """One multi-index over a flat array of hashes, each with the picture it belongs to.

    Per chunk, the hashes sorted by that chunk's value and, for every possible value, where
    its run starts: a lookup is two array reads, not a search.
    """

    def __init__(self, values: np.ndarray, owners: np.ndarray):
        self.chunks: list[tuple[np.ndarray, np.ndarray, np.ndarray]] = []
        for chunk in range(CHUNKS):
            keys = _chunk(values, chunk)
            order = np.argsort(keys, kind="stable")
            starts = np.zeros((1 << CHUNK_BITS) + 1, dtype=np.int64)
            np.cumsum(np.bincount(keys, minlength=1 << CHUNK_BITS), out=starts[1:])
            self.chunks.append((starts, values[order], owners[order]))

    def search(self, queries: np.ndarray, askers: np.ndarray, limit: int) -> tuple[np.ndarray, ...]:
        """``(asker, owner, distance)`` for every hash within ``limit`` bits that a probe finds."""
        found: list[tuple[np.ndarray, np.ndarray, np.ndarray]] = []
        for start in range(0, len(queries), BLOCK):
            block, who = queries[start : start + BLOCK], askers[start : start + BLOCK]
            # every query with each of its probes at once: one numpy pass per chunk
            probed_queries = np.repeat(block, len(_PROBES))
            probed_askers = np.repeat(who, len(_PROBES))
            for chunk, (starts, values, owners) in enumerate(self.chunks):
                keys = (_chunk(block, chunk)[:, None] ^ _PROBES[None, :]).ravel()
                hit = self._hits(starts, keys)
                if hit is None:
                    continue
                rows, at = hit
                distance = np.bitwise_count(probed_queries[rows] ^ values[at])
                keep = (distance <= limit) & (owners[at] != probed_askers[rows])
                if keep.any():
                    found.append((probed_askers[rows][keep], owners[at][keep], distance[keep]))
        if not found:
            empty = np.zeros(0, dtype=np.int64)
            return empty, empty, empty
        return tuple(np.concatenate(part) for part in zip(*found, strict=True))

    @staticmethod
    def _hits(starts: np.ndarray, keys: np.ndarray) -> tuple[np.ndarray, np.ndarray] | None:
        """For each key, the positions of the hashes whose chunk equals it: (key row, position)."""
        low = starts[keys]
        counts = starts[keys + 1] - low
        total = int(counts.sum())
        if total == 0:
            return None
        rows = np.repeat(np.arange(len(keys)), counts)
        return rows, np.repeat(low - (np.cumsum(counts) - counts), counts) + np.arange(total)


def _chunk(values: np.ndarray, chunk: int) -> np.ndarray:
    return ((values >> np.uint64(chunk * CHUNK_BITS)) & _CHUNK_MASK).astype(np.int64)


class Index:
    """Fingerprints of many pictures, ready for neighbours and grouping."""

    def __init__(self, hashes: np.ndarray):
        self.hashes = hashes  # (n, k): whole first, then windows
        n, k = hashes.shape
        owners = np.repeat(np.arange(n), k)
        self._all = _Table(hashes.reshape(-1), owners)
        self._whole = _Table(np.ascontiguousarray(hashes[:, 0]), np.arange(n))

    def __len__(self) -> int:
        return len(self.hashes)

    def neighbours(self, position: int) -> list[Pair]:
        """The pictures alike one picture of the index, closest first."""
        row = self.hashes[position]
        ask = np.array([position])
        found = [
            self._pairs(self._all.search(row[:1], ask, MATCH), "copy"),
            self._pairs(self._whole.search(row[1:], np.repeat(ask, len(row) - 1), MATCH), "crop"),
            self._turned(row[:1], ask),
        ]
        return _best(pair for part in found for pair in part)

    def pairs(self) -> list[Pair]:
        """Every pair of alike pictures in the index (each pair once, with its best distance)."""
        positions = np.arange(len(self))
        wholes = np.ascontiguousarray(self.hashes[:, 0])
        found = self._pairs(self._all.search(wholes, positions, MATCH), "copy")
        found += self._turned(wholes, positions)
        return _best(found)

    def _turned(self, wholes: np.ndarray, askers: np.ndarray) -> list[Pair]:
        queries = np.concatenate(turns_array(wholes))
        return self._pairs(self._whole.search(queries, np.tile(askers, 7), TURNED), "turned")

    def _pairs(self, hits: tuple[np.ndarray, ...], how: str) -> list[Pair]:
        askers, owners, distances = hits
        if how == "copy":  # a hit on a window of the other picture is a crop
            whole = self._whole_distance(askers, owners)
            kinds = np.where(whole <= MATCH, 0, 1)
        else:
            kinds = np.zeros(len(askers), dtype=np.int64)
        return [Pair(int(a), int(b), int(d), "crop" if k else how)
                for a, b, d, k in zip(askers, owners, distances, kinds, strict=True)]

    def _whole_distance(self, askers: np.ndarray, owners: np.ndarray) -> np.ndarray:
        if len(askers) == 0:
            return np.zeros(0, dtype=np.int64)
        return np.bitwise_count(self.hashes[askers, 0] ^ self.hashes[owners, 0])


def _best(pairs: Iterable[Pair]) -> list[Pair]:
    """One pair per two pictures (in either order), the closest reading, closest first."""
    best: dict[tuple[int, int], Pair] = {}
    rank = {"copy": 0, "crop": 1, "turned": 2}
    for pair in pairs:
        key = (min(pair.a, pair.b), max(pair.a, pair.b))
        kept = best.get(key)
        if kept is None or (pair.distance, rank[pair.how]) < (kept.distance, rank[kept.how]):
            best[key] = pair
    return sorted(best.values(), key=lambda p: (p.distance, rank[p.how], p.a, p.b))


class UnionFind:
    """Disjoint sets of positions 0..n-1 (path halving, union by size)."""

    def __init__(self, n: int):
        self.parent = list(range(n))
        self.size = [1] * n

    def find(self, x: int) -> int:
        parent = self.parent
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def union(self, a: int, b: int) -> None:
        a, b = self.find(a), self.find(b)
        if a == b:
            return
        if self.size[a] < self.size[b]:
            a, b = b, a
        self.parent[b] = a
        self.size[a] += self.size[b]


def groups(n: int, pairs: Iterable[Pair]) -> list[list[int]]:
    """Positions joined by pairs, as groups of two or more (largest first, then by first member)."""
    sets = UnionFind(n)
    for pair in pairs:
        sets.union(pair.a, pair.b)
    members: dict[int, list[int]] = {}
    for position in range(n):
        members.setdefault(sets.find(position), []).append(position)
    found = [m for m in members.values() if len(m) > 1]
    return sorted(found, key=lambda m: (-len(m), m[0]))
