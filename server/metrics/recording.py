"""What every API process records for the dashboard, buffered so a request costs no database write.

- `RequestAggregates`: per-minute latency histograms (fixed buckets, server.metrics.models.LATENCY_BUCKETS_MS)
  and error counts, added into `request_aggregate` rows every few seconds by one upsert per minute, so the
  figures of several processes sum and survive restarts. `roll_up_and_prune` folds old minutes into hours.
- `ActivityMarker`: an authenticated request marks its user active for the day; at most one write per user
  per day per process, and Redis (`SET NX`) skips the write another process already made.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from bisect import bisect_left
from datetime import UTC, date, datetime, timedelta
from time import time
from uuid import UUID

from redis.asyncio import Redis
from tortoise import Tortoise

from server.metrics.models import BUCKET_COLUMNS, LATENCY_BUCKETS_MS

log = logging.getLogger(__name__)

_WIDTH = len(BUCKET_COLUMNS)
# requests, errors, duration sum, then one count per bucket
_REQUESTS, _ERRORS, _SUM, _FIRST_BUCKET = 0, 1, 2, 3

UPSERT = f"""
INSERT INTO request_aggregate (resolution, period_start, requests, errors, duration_ms_sum, {", ".join(BUCKET_COLUMNS)})
VALUES ($1, $2, $3, $4, $5, {", ".join(f"${i + 6}" for i in range(_WIDTH))})
ON CONFLICT (resolution, period_start) DO UPDATE SET
  requests = request_aggregate.requests + excluded.requests,
  errors = request_aggregate.errors + excluded.errors,
  duration_ms_sum = request_aggregate.duration_ms_sum + excluded.duration_ms_sum,
  {", ".join(f"{c} = request_aggregate.{c} + excluded.{c}" for c in BUCKET_COLUMNS)}
"""  # noqa: S608 - column names are constants

ROLL_UP = f"""
WITH moved AS (
  DELETE FROM request_aggregate WHERE resolution = 'minute' AND period_start < $1
  RETURNING period_start, requests, errors, duration_ms_sum, {", ".join(BUCKET_COLUMNS)}
)
INSERT INTO request_aggregate (resolution, period_start, requests, errors, duration_ms_sum, {", ".join(BUCKET_COLUMNS)})
SELECT 'hour', date_trunc('hour', period_start), sum(requests), sum(errors), sum(duration_ms_sum),
       {", ".join(f"sum({c})" for c in BUCKET_COLUMNS)}
FROM moved GROUP BY 1, 2
ON CONFLICT (resolution, period_start) DO UPDATE SET
  requests = request_aggregate.requests + excluded.requests,
  errors = request_aggregate.errors + excluded.errors,
  duration_ms_sum = request_aggregate.duration_ms_sum + excluded.duration_ms_sum,
  {", ".join(f"{c} = request_aggregate.{c} + excluded.{c}" for c in BUCKET_COLUMNS)}
"""  # noqa: S608 - column names are constants


class RequestAggregates:
    """This process's requests not yet written, by minute."""

    def __init__(self) -> None:
        self._minutes: dict[int, list[float]] = {}

    def record(self, duration_ms: float, error: bool, now: float | None = None) -> None:
        self.add(bisect_left(LATENCY_BUCKETS_MS, duration_ms), duration_ms, error, now)

    def add(self, bucket: int, duration_ms: float, error: bool, now: float | None = None) -> None:
        """A request whose bucket (index into LATENCY_BUCKETS_MS, len() for slower) the caller found."""
        minute = int((time() if now is None else now) // 60)
        row = self._minutes.get(minute)
        if row is None:
            row = self._minutes[minute] = [0.0] * (_FIRST_BUCKET + _WIDTH)
        row[_REQUESTS] += 1
        if error:
            row[_ERRORS] += 1
        row[_SUM] += duration_ms
        row[_FIRST_BUCKET + bucket] += 1

    @property
    def buffered(self) -> int:
        return int(sum(row[_REQUESTS] for row in self._minutes.values()))

    async def flush(self) -> int:
        """Add the buffer into the table; on failure the figures go back into the buffer. Returns rows written."""
        minutes, self._minutes = self._minutes, {}
        if not minutes:
            return 0
        conn = Tortoise.get_connection("default")
        try:
            async with conn._in_transaction() as tx:
                for minute, row in sorted(minutes.items()):
                    await tx.execute_query(
                        UPSERT,
                        [
                            "minute",
                            datetime.fromtimestamp(minute * 60, UTC),
                            int(row[_REQUESTS]),
                            int(row[_ERRORS]),
                            row[_SUM],
                            *(int(v) for v in row[_FIRST_BUCKET:]),
                        ],
                    )
        except Exception:
            for minute, row in minutes.items():  # keep them for the next flush
                mine = self._minutes.setdefault(minute, [0.0] * (_FIRST_BUCKET + _WIDTH))
                for i, v in enumerate(row):
                    mine[i] += v
            raise
        return len(minutes)

    async def flush_every(self, seconds: float) -> None:
        while True:
            await asyncio.sleep(seconds)
            try:
                await self.flush()
            except asyncio.CancelledError:
                raise
            except Exception as exc:  # the database may be away; figures stay buffered
                log.warning("request aggregates not written (kept for the next try): %r", exc)


async def roll_up_and_prune(minute_hours: int, retention_days: int, now: datetime | None = None) -> tuple[int, int]:
    """Fold minutes older than `minute_hours` (whole hours only) into hourly rows; delete rows older than
    `retention_days`. Returns (minutes rolled up, rows deleted)."""
    now = now or datetime.now(UTC)
    cutoff = (now - timedelta(hours=minute_hours)).replace(minute=0, second=0, microsecond=0)
    conn = Tortoise.get_connection("default")
    async with conn._in_transaction() as tx:
        before = await tx.execute_query_dict(
            "SELECT count(*) AS n FROM request_aggregate WHERE resolution = 'minute' AND period_start < $1", [cutoff]
        )
        await tx.execute_query(ROLL_UP, [cutoff])
        deleted, _ = await tx.execute_query(
            "DELETE FROM request_aggregate WHERE period_start < $1", [now - timedelta(days=retention_days)]
        )
    return int(before[0]["n"]), int(deleted)


ACTIVITY_INSERT = """
INSERT INTO user_activity (user_id, tenant_id, day) VALUES ($1, $2, $3)
ON CONFLICT (user_id, day) DO NOTHING
"""


class ActivityMarker:
    """Marks users active for the day, off the request's path."""

    def __init__(self, redis: Redis) -> None:
        self.redis = redis
        self._seen: set[tuple[UUID, date]] = set()
        self._day: date | None = None
        self._tasks: set[asyncio.Task[None]] = set()

    def mark(self, user_id: UUID, tenant_id: UUID | None, today: date | None = None) -> None:
        day = today or datetime.now(UTC).date()
        if day != self._day:
            self._seen.clear()  # yesterday's users are marked again today
            self._day = day
        key = (user_id, day)
        if key in self._seen:
            return
        self._seen.add(key)
        task = asyncio.create_task(self._write(user_id, tenant_id, day))
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def _write(self, user_id: UUID, tenant_id: UUID | None, day: date) -> None:
        try:
            try:
                first = await self.redis.set(f"afterresume:active:{day.isoformat()}:{user_id}", "1", nx=True, ex=172800)
            except Exception:  # the cache is away: write anyway, the insert is idempotent
                first = True
            if first:
                await Tortoise.get_connection("default").execute_query(ACTIVITY_INSERT, [user_id, tenant_id, day])
        except Exception as exc:  # lost activity costs a figure, never a request
            self._seen.discard((user_id, day))
            log.warning("activity of a user not recorded: %r", exc)

    async def drain(self) -> None:
        """Wait for the writes under way (shutdown, tests)."""
        while self._tasks:
            await asyncio.gather(*list(self._tasks), return_exceptions=True)


async def stop_flushing(task: asyncio.Task[None] | None, aggregates: RequestAggregates) -> None:
    if task is not None:
        task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await task
    with contextlib.suppress(Exception):
        await aggregates.flush()
