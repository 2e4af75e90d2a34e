"""The status bar: a tenant's balance, tokens used this UTC month and jobs running, now and as they change.

The figures are read in one query. The subscription reads them once, then again whenever something
arrives on the tenant's status channel (a balance moved, a job started or ended, tokens were used).
Bursts are coalesced twice: a subscriber takes everything queued at once, and the subscribers of one
tenant in one process share each re-read, begun at most every `MIN_INTERVAL_SECONDS` (the hub's
`shared_read`).
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncGenerator
from dataclasses import dataclass
from datetime import UTC, datetime
from uuid import UUID

from tortoise import Tortoise

from server.auth.scope import TenantScope
from server.jobs.models import RUNNING
from server.system.events import MISSED, EventBus, Missed, tenant_status_channel

MIN_INTERVAL_SECONDS = 0.1  # between two re-reads of one tenant's figures: a burst becomes a few pushes


@dataclass(frozen=True)
class StatusFigures:
    reserve_balance_cents: int
    tokens_in: int
    tokens_out: int
    jobs_running: int


def month_window(at: datetime) -> tuple[datetime, datetime]:
    """The UTC calendar month holding `at`: [first instant, first instant of the next month)."""
    at = at.astimezone(UTC)
    start = datetime(at.year, at.month, 1, tzinfo=UTC)
    end = datetime(at.year + at.month // 12, at.month % 12 + 1, 1, tzinfo=UTC)
    return start, end


_FIGURES_SQL = f"""
SELECT
  COALESCE((SELECT balance_cents FROM reserve_account WHERE tenant_id = $1), 0) AS balance_cents,
  usage.tokens_in,
  usage.tokens_out,
  (SELECT count(*) FROM job WHERE tenant_id = $1 AND status = '{RUNNING}') AS jobs_running
FROM (
  SELECT COALESCE(sum(tokens_in), 0) AS tokens_in, COALESCE(sum(tokens_out), 0) AS tokens_out
  FROM usage_event WHERE tenant_id = $1 AND created_at >= $2 AND created_at < $3
) AS usage
"""  # noqa: S608 - RUNNING is a constant of ours, not input


async def tenant_figures(tenant_id: UUID, *, at: datetime | None = None) -> StatusFigures:
    """One query: the reserve's balance, the month's tokens from UsageEvent, the jobs running now."""
    start, end = month_window(at or datetime.now(UTC))
    rows = await Tortoise.get_connection("default").execute_query_dict(_FIGURES_SQL, [tenant_id, start, end])
    row = rows[0]
    return StatusFigures(
        reserve_balance_cents=int(row["balance_cents"]),
        tokens_in=int(row["tokens_in"]),
        tokens_out=int(row["tokens_out"]),
        jobs_running=int(row["jobs_running"]),
    )


async def status_figures(scope: TenantScope) -> StatusFigures:
    """The caller's tenant's figures now."""
    return await tenant_figures(scope.tenant_id)


async def follow_status(scope: TenantScope, bus: EventBus) -> AsyncGenerator[StatusFigures, None]:
    """The current figures, then new ones after each (coalesced) change on the tenant's status channel.

    Subscribes before the first read, so a change committed while it reads is not missed. Figures equal
    to the last ones sent are not sent again."""
    channel = tenant_status_channel(scope.tenant_id)
    async with bus.subscription(channel) as changes:
        last = await status_figures(scope)
        yield last
        while True:
            try:
                first = await changes.next()  # a payload or MISSED: either way, read again
            except StopAsyncIteration:  # the process is shutting down
                return
            if bus.hub is None:  # no hub to share and pace reads: pace this subscriber's own
                await asyncio.sleep(MIN_INTERVAL_SECONDS)
            missed = isinstance(first, Missed) or MISSED in changes.drain()  # the read below covers them all
            # After a loss nothing says how old a shared read is: read afresh.
            figures = await (status_figures(scope) if missed else _reread(scope, bus, channel))
            if figures != last:
                last = figures
                yield figures


async def _reread(scope: TenantScope, bus: EventBus, channel: str) -> StatusFigures:
    if bus.hub is None:
        return await status_figures(scope)
    since = bus.hub.last_message(channel)
    return await bus.hub.shared_read(
        f"status:{scope.tenant_id}", channel, since, lambda: status_figures(scope), min_interval=MIN_INTERVAL_SECONDS
    )
