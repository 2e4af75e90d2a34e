"""Near-duplicate merging in linear time: MinHash signatures, locality-sensitive buckets, best line kept.

Lines are taken best first. Each line's term set gets a MinHash signature of BANDS * ROWS values; lines that
agree on every value of one band share a bucket. A line is compared only with the (at most PER_BUCKET) kept
lines of its own buckets: if one of them is similar enough (Jaccard of terms ≥ THRESHOLD) the line joins it —
its entry is cited too, its text is dropped — otherwise it is kept. Every line costs at most
BANDS * PER_BUCKET comparisons, so n lines cost O(n), never the n² of comparing all pairs.
"""

from __future__ import annotations

import hashlib
import struct
import zlib
from collections.abc import Iterable, Sequence
from functools import lru_cache

from server.reports.extractive.lines import Line

THRESHOLD = 0.6
BANDS = 8
ROWS = 2
PER_BUCKET = 8
MAX_CITATIONS = 12


_UNPACK = struct.Struct(f"<{BANDS * ROWS}I")


@lru_cache(maxsize=16384)  # ~0.7 kB a term: bounded to about 11 MB in a long-lived worker
def _term_hashes(term: str) -> tuple[int, ...]:
    """BANDS * ROWS independent 32-bit hashes of a term, from one keyed digest (the same in every process:
    Python's own str hash is salted per process)."""
    digest = hashlib.blake2b(term.encode(), digest_size=4 * BANDS * ROWS, key=b"afterresume-minhash").digest()
    return _UNPACK.unpack(digest)


def signature(terms: Iterable[str]) -> tuple[int, ...]:
    # zip(*…) turns per-term hash rows into per-hash columns; min over each runs in C, in any term order.
    return tuple(map(min, zip(*map(_term_hashes, terms), strict=True)))


def jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    if not a and not b:
        return 1.0
    return len(a & b) / len(a | b)


def similar(a: Line, b: Line) -> bool:
    if not a.terms or not b.terms:
        return a.text.lower() == b.text.lower()
    return jaccard(a.terms, b.terms) >= THRESHOLD


def _cite(keeper: Line, line: Line) -> None:
    if len(keeper.cited) < MAX_CITATIONS and all(e.id != line.entry.id for e in keeper.cited):
        keeper.cited.append(line.entry)


def merge_near_duplicates(lines: Sequence[Line]) -> list[Line]:
    """The lines worth keeping, best first; each cites every entry (up to MAX_CITATIONS) that said the same."""
    kept: list[Line] = []
    buckets: dict[tuple[int, ...], list[Line]] = {}
    for line in sorted(lines, key=lambda x: x.sort_key):
        if line.terms:
            sig = signature(line.terms)
            keys = [(band, *sig[band * ROWS : (band + 1) * ROWS]) for band in range(BANDS)]
        else:
            keys = [(-1, zlib.crc32(line.text.lower().encode()))]
        keeper = next((k for key in keys for k in buckets.get(key, ()) if similar(k, line)), None)
        if keeper is not None:
            _cite(keeper, line)
            continue
        line.cited = [line.entry]
        kept.append(line)
        for key in keys:
            bucket = buckets.setdefault(key, [])
            if len(bucket) < PER_BUCKET:
                bucket.append(line)
    return kept


def pick(candidates: Iterable[Line], limit: int, taken: list[Line] | None = None) -> list[Line]:
    """Up to `limit` candidates in their order, skipping any too close to one already picked (or in `taken`).

    Quadratic in `limit` only (a report's handful of statements), never in the window's size."""
    chosen: list[Line] = []
    already = taken if taken is not None else []
    for line in candidates:
        if len(chosen) >= limit:
            break
        if any(similar(line, other) for other in chosen) or any(similar(line, other) for other in already):
            continue
        chosen.append(line)
    return chosen
