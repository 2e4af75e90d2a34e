"""API latency percentiles and error rate over a window, from the request aggregates every API process writes
(server.metrics.recording). A percentile is the upper bound of the histogram bucket it falls in."""

from __future__ import annotations

from dataclasses import dataclass

from tortoise import Tortoise

from server.metrics.models import BUCKET_COLUMNS, LATENCY_BUCKETS_MS
from server.metrics.window import Window

TOTALS = f"""
SELECT COALESCE(sum(requests), 0) AS requests, COALESCE(sum(errors), 0) AS errors,
       {", ".join(f"COALESCE(sum({c}), 0) AS {c}" for c in BUCKET_COLUMNS)}
FROM request_aggregate WHERE period_start >= $1 AND period_start < $2
"""  # noqa: S608 - constants only


@dataclass
class Traffic:
    requests: int = 0
    errors: int = 0
    error_rate: float | None = None
    p50_ms: float | None = None
    p95_ms: float | None = None
    p99_ms: float | None = None


def percentile(buckets: list[int], q: float) -> float | None:
    """The bucket bound under which a share `q` of requests finished; past the last bound, the last bound."""
    total = sum(buckets)
    if not total:
        return None
    rank, seen = q * total, 0
    for i, n in enumerate(buckets):
        seen += n
        if seen >= rank:
            return float(LATENCY_BUCKETS_MS[min(i, len(LATENCY_BUCKETS_MS) - 1)])
    return float(LATENCY_BUCKETS_MS[-1])


async def traffic(window: Window) -> Traffic:
    row = (await Tortoise.get_connection("default").execute_query_dict(TOTALS, [window.starts_at, window.ends_at]))[0]
    buckets = [int(row[c]) for c in BUCKET_COLUMNS]
    found = Traffic(requests=int(row["requests"]), errors=int(row["errors"]))
    if found.requests:
        found.error_rate = found.errors / found.requests
    found.p50_ms, found.p95_ms, found.p99_ms = (percentile(buckets, q) for q in (0.5, 0.95, 0.99))
    return found
