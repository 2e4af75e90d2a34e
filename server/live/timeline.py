"""Following a job's timeline live: the stored events after a point, then the live ones, no gap, no repeat.

The order of operations is what makes it exact: subscribe to `job:<id>:events` first, then read the
stored events after `after_seq`, then stream the live ones. Whatever was committed before the read is
in it; whatever is committed after arrives live (publishing follows the commit). A live event whose seq
was sent already is dropped; one that jumps past the next seq, a MISSED notice (queue overflow, Redis
reconnect) or a quiet spell makes it read the database again from the last seq sent. The stream ends
after the terminal event (FINISHED, FAILED, CANCELLED).
"""

from __future__ import annotations

import asyncio
import random
from collections.abc import AsyncGenerator
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Literal
from uuid import UUID

from server.auth.scope import TenantScope
from server.errors import ServiceError
from server.jobs import service as jobs
from server.jobs.events import TERMINAL_EVENTS, JobEventType, job_events_channel
from server.jobs.models import FINISHED_STATUSES, Job, JobEvent
from server.system.events import EventBus, Missed, Payload, Subscription

# With no live event for this long, look in the database (a publication may have been lost without the
# connection dropping). Long and spread out: a thousand idle followers must not become a query load.
POLL_SECONDS = 60.0
PAGE = 500  # stored events read per query
_TERMINAL = frozenset(t.value for t in TERMINAL_EVENTS)


@dataclass(frozen=True)
class TimelineEvent:
    seq: int
    type: JobEventType
    message: str
    data: dict[str, Any]
    at: datetime

    @property
    def is_terminal(self) -> bool:
        return self.type.value in _TERMINAL

    @classmethod
    def of_row(cls, row: JobEvent) -> TimelineEvent:
        return cls(row.seq, JobEventType(row.type), row.message, dict(row.data or {}), row.at)

    @classmethod
    def of_payload(cls, payload: dict[str, Any]) -> TimelineEvent:
        data = payload.get("data")
        return cls(
            int(payload["seq"]),
            JobEventType(payload["type"]),
            str(payload.get("message") or ""),
            data if isinstance(data, dict) else {},
            datetime.fromisoformat(str(payload["at"])),
        )


def check_after_seq(after_seq: int | None) -> int:
    if after_seq is None:
        return 0
    if after_seq < 0:
        raise ServiceError("INVALID_AFTER_SEQ", "afterSeq is a job event's seq (1, 2, …), or 0 for all.", "afterSeq")
    return after_seq


async def stored_events(job_id: UUID, after_seq: int) -> AsyncGenerator[TimelineEvent, None]:
    """The job's stored events after `after_seq`, in seq order, a page at a time."""
    while True:
        rows = await JobEvent.filter(job_id=job_id, seq__gt=after_seq).order_by("seq").limit(PAGE)
        for row in rows:
            yield TimelineEvent.of_row(row)
        if len(rows) < PAGE:
            return
        after_seq = rows[-1].seq


async def follow_job_events(
    scope: TenantScope, job_id: UUID, after_seq: int | None, bus: EventBus, *, staff: bool = False
) -> AsyncGenerator[TimelineEvent, None]:
    """The caller's own job's events after `after_seq` (with `staff`, any tenant's job: the caller checked that
    they are staff): stored, then live; ends after the terminal one.

    Refuses before sending anything: a negative `after_seq` (INVALID_AFTER_SEQ), a job that is not the
    caller's (NOT_FOUND, the same answer as a job that does not exist)."""
    sent = check_after_seq(after_seq)

    async def load() -> Job:
        return await (jobs.get_job_for_staff(job_id) if staff else jobs.get_job(scope, job_id))

    await load()
    async with bus.subscription(job_events_channel(job_id)) as live:
        # Subscribed: from here on nothing committed can slip between the stored and the live events.
        job = await load()
        finished = job.status in FINISHED_STATUSES
        async for event in stored_events(job_id, sent):
            yield event
            sent = event.seq
            if event.is_terminal:
                return
        if finished:  # the caller had the whole timeline already
            return
        while True:
            item = await _next_live(live)
            if item is None:  # the process is shutting down; the client reconnects with afterSeq
                return
            arrived = TimelineEvent.of_payload(item) if isinstance(item, dict) else None
            if arrived is not None and arrived.seq <= sent:
                continue  # replayed from the database already
            if arrived is not None and arrived.seq == sent + 1:
                batch = [arrived]
            else:  # a seq that jumps, a MISSED notice or a quiet spell: the database has everything up to now
                batch = [e async for e in stored_events(job_id, sent)]
            for next_event in batch:
                yield next_event
                sent = next_event.seq
                if next_event.is_terminal:
                    return


async def _next_live(live: Subscription) -> Payload | Missed | Literal["quiet"] | None:
    """The next live payload, MISSED, "quiet" after a silence, or None once the hub has stopped."""
    try:
        return await asyncio.wait_for(live.next(), POLL_SECONDS * random.uniform(0.8, 1.2))  # noqa: S311
    except TimeoutError:
        return "quiet"
    except StopAsyncIteration:
        return None
