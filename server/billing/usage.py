"""A reserve's usage over time, per day or week, computed from its ledger in one query."""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from uuid import UUID

from tortoise import connections

from server.errors import ServiceError

MAX_USAGE_WINDOW_DAYS = 400


class UsageBucket(enum.Enum):
    DAY = "DAY"
    WEEK = "WEEK"


@dataclass(frozen=True)
class UsagePoint:
    day: date  # the first day of the bucket: a Monday for weeks (the window may start later in that week)
    credits_cents: int
    spent_cents: int
    balance_cents: int


# Buckets are UTC days or ISO weeks, clipped to the window. credits: money added (top-ups and positive
# adjustments); spent: what was charged (job costs and other debits); balance: the balance at the end of the
# bucket, i.e. every entry up to then (holds, releases, expiries and negative adjustments included), which
# the ledger's invariant makes equal to the account's balance at that moment.
_USAGE_SQL = """
WITH buckets AS (
  -- In UTC wall-clock time, so a day is 24 hours whatever the server's time zone.
  SELECT b::date AS day, greatest(b AT TIME ZONE 'UTC', $2::timestamptz) AS lo,
         least((b + $5::interval) AT TIME ZONE 'UTC', $3::timestamptz) AS hi
  FROM generate_series(date_trunc($4, $2::timestamptz AT TIME ZONE 'UTC'),
                       ($3::timestamptz AT TIME ZONE 'UTC') - interval '1 microsecond', $5::interval) AS b
), per_bucket AS (
  SELECT k.day,
         coalesce(sum(e.amount_cents) FILTER (WHERE e.type = 'credit' OR (e.type = 'adjustment' AND e.amount_cents > 0)), 0) AS credits,
         coalesce(sum(-e.amount_cents) FILTER (WHERE e.type = 'debit'), 0) AS spent,
         coalesce(sum(e.amount_cents), 0) AS net
  FROM buckets k
  LEFT JOIN ledger_entry e ON e.account_id = $1 AND e.created_at >= k.lo AND e.created_at < k.hi
  GROUP BY k.day
)
SELECT p.day, p.credits::bigint AS credits, p.spent::bigint AS spent,
       ((SELECT coalesce(sum(amount_cents), 0) FROM ledger_entry WHERE account_id = $1 AND created_at < $2)
        + sum(p.net) OVER (ORDER BY p.day))::bigint AS balance
FROM per_bucket p
ORDER BY p.day
"""


def usage_window(start: date, end: date) -> tuple[datetime, datetime]:
    if end < start:
        raise ServiceError("INVALID_DATE_RANGE", "endDate must not be before startDate.", "endDate")
    if (end - start).days + 1 > MAX_USAGE_WINDOW_DAYS:
        raise ServiceError("DATE_RANGE_TOO_LONG", f"Ask for at most {MAX_USAGE_WINDOW_DAYS} days at a time.", "endDate")
    return (datetime.combine(start, time.min, UTC), datetime.combine(end + timedelta(days=1), time.min, UTC))


async def usage_series(account_id: UUID, start: date, end: date, bucket: UsageBucket) -> list[UsagePoint]:
    """Credits, spend and closing balance per bucket, both dates included. The caller has already
    established that it may see this account (its own tenant's reserve, or staff)."""
    lo, hi = usage_window(start, end)
    unit, step = ("day", timedelta(days=1)) if bucket is UsageBucket.DAY else ("week", timedelta(days=7))
    rows = await connections.get("default").execute_query_dict(_USAGE_SQL, [account_id, lo, hi, unit, step])
    return [
        UsagePoint(
            day=r["day"], credits_cents=int(r["credits"]), spent_cents=int(r["spent"]), balance_cents=int(r["balance"])
        )
        for r in rows
    ]
