"""Jobs and provider usage over a window, from `job` and `usage_event`: jobs run, their duration and
failure rate, tokens and cost by model, and the queue as it is now."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime

from tortoise import Tortoise

from server.llm.base import MICROCENTS_PER_CENT
from server.metrics.window import Window

ON_PLAN = "($4::text IS NULL OR {col} IN (SELECT tenant_id FROM subscription WHERE plan = $4))"

FINISHED = f"""
SELECT count(*) FILTER (WHERE finished_at >= $1 AND finished_at < $2) AS finished,
       count(*) FILTER (WHERE finished_at >= $1 AND finished_at < $2 AND status = 'success') AS succeeded,
       count(*) FILTER (WHERE finished_at >= $1 AND finished_at < $2 AND status = 'failed') AS failed,
       count(*) FILTER (WHERE finished_at >= $1 AND finished_at < $2 AND status = 'cancelled') AS cancelled,
       avg(EXTRACT(EPOCH FROM finished_at - started_at) * 1000)
         FILTER (WHERE finished_at >= $1 AND finished_at < $2 AND status IN ('success', 'failed')
                 AND started_at IS NOT NULL) AS avg_ms,
       count(*) FILTER (WHERE finished_at >= $5::timestamptz - interval '24 hours') AS run_24h,
       count(*) FILTER (WHERE finished_at >= $5::timestamptz - interval '7 days') AS run_7d,
       count(*) FILTER (WHERE finished_at >= $5::timestamptz - interval '30 days') AS run_30d
FROM job
WHERE status IN ('success', 'failed', 'cancelled') AND finished_at < GREATEST($2, $5::timestamptz)
  AND finished_at >= LEAST($1, $5::timestamptz - interval '30 days')
  AND ($3::uuid IS NULL OR tenant_id = $3) AND {ON_PLAN.format(col="tenant_id")}
"""  # noqa: S608 - constants only

USAGE = f"""
SELECT provider, model, count(*) AS calls, sum(tokens_in) AS tokens_in, sum(tokens_out) AS tokens_out,
       sum(cost_microcents) AS cost_microcents
FROM usage_event
WHERE created_at >= $1 AND created_at < $2 AND ($3::uuid IS NULL OR tenant_id = $3)
  AND {ON_PLAN.format(col="tenant_id")}
GROUP BY provider, model ORDER BY provider, model
"""  # noqa: S608 - constants only

QUEUED = """
SELECT count(*) AS queued, min(queued_at) AS oldest FROM job WHERE status = 'queued'
"""


@dataclass
class ModelUsage:
    provider: str
    model: str
    calls: int
    tokens_in: int
    tokens_out: int
    cost_microcents: int
    cost_dollars: float


@dataclass
class Jobs:
    finished: int = 0
    succeeded: int = 0
    failed: int = 0
    cancelled: int = 0
    failure_rate: float | None = None
    average_duration_ms: float | None = None
    run_24h: int = 0
    run_7d: int = 0
    run_30d: int = 0
    usage_by_model: list[ModelUsage] = field(default_factory=list)


async def queued_now() -> tuple[int, float | None]:
    """Jobs waiting now, and how long the oldest has waited (seconds)."""
    row = (await Tortoise.get_connection("default").execute_query_dict(QUEUED))[0]
    oldest: datetime | None = row["oldest"]
    age = (datetime.now(UTC) - oldest).total_seconds() if oldest else None
    return int(row["queued"]), age


async def jobs(window: Window, reference: datetime) -> Jobs:
    """Window figures, and jobs run in the 24 h / 7 d / 30 d before `reference` (now, or the window's end)."""
    conn = Tortoise.get_connection("default")
    args = [window.starts_at, window.ends_at, window.tenant_id, window.plan]
    row = (await conn.execute_query_dict(FINISHED, [*args, reference]))[0]
    found = Jobs(
        finished=int(row["finished"]),
        succeeded=int(row["succeeded"]),
        failed=int(row["failed"]),
        cancelled=int(row["cancelled"]),
        average_duration_ms=float(row["avg_ms"]) if row["avg_ms"] is not None else None,
        run_24h=int(row["run_24h"]),
        run_7d=int(row["run_7d"]),
        run_30d=int(row["run_30d"]),
    )
    if found.succeeded + found.failed:
        found.failure_rate = found.failed / (found.succeeded + found.failed)
    for usage in await conn.execute_query_dict(USAGE, args):
        cost = int(usage["cost_microcents"])
        found.usage_by_model.append(
            ModelUsage(
                provider=usage["provider"],
                model=usage["model"],
                calls=int(usage["calls"]),
                tokens_in=int(usage["tokens_in"]),
                tokens_out=int(usage["tokens_out"]),
                cost_microcents=cost,
                cost_dollars=cost / (MICROCENTS_PER_CENT * 100),
            )
        )
    return found
