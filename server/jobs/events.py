"""A job's timeline: each step appends a JobEvent (seq 1..n, no gaps) in the transaction of the state it
reports; after the commit the events go out on `job:<id>:events` and the tenant's status channel."""

from __future__ import annotations

import enum
from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any
from uuid import UUID

from server.jobs.models import Job, JobEvent
from server.system.events import EventBus, tenant_status_channel


class JobEventType(enum.Enum):
    QUEUED = "QUEUED"
    WARNING = "WARNING"
    HOLD_PLACED = "HOLD_PLACED"
    STARTED = "STARTED"
    ENTRIES_LOADED = "ENTRIES_LOADED"
    PROVIDER_CALL = "PROVIDER_CALL"
    CHECKED = "CHECKED"
    ARTIFACT_WRITTEN = "ARTIFACT_WRITTEN"
    RETRY = "RETRY"
    REQUEUED = "REQUEUED"
    CANCEL_REQUESTED = "CANCEL_REQUESTED"
    SETTLED = "SETTLED"
    RELEASED = "RELEASED"
    FINISHED = "FINISHED"
    FAILED = "FAILED"
    CANCELLED = "CANCELLED"


TERMINAL_EVENTS = frozenset({JobEventType.FINISHED, JobEventType.FAILED, JobEventType.CANCELLED})


def now() -> datetime:
    return datetime.now(UTC)


def job_events_channel(job_id: UUID | str) -> str:
    """One payload per JobEvent of the job, in seq order."""
    return f"job:{job_id}:events"


def job_control_channel(job_id: UUID | str) -> str:
    """Nudges to the worker running the job (a cancel request); the row holds the truth."""
    return f"job:{job_id}:control"


async def append_event(
    job: Job, type_: JobEventType, message: str, data: dict[str, Any] | None = None, *, request_id: str = ""
) -> JobEvent:
    """Add the next event of a job that the open transaction holds locked; the caller saves `job.event_seq`."""
    job.event_seq += 1
    return await JobEvent.create(
        job_id=job.id,
        seq=job.event_seq,
        type=type_.value,
        message=message,
        data=data or {},
        at=now(),
        request_id=(request_id or job.request_id)[:64],
    )


def event_payload(event: JobEvent) -> dict[str, Any]:
    return {
        "jobId": str(event.job_id),
        "seq": event.seq,
        "type": event.type,
        "message": event.message,
        "data": event.data,
        "at": event.at.isoformat(),
    }


async def publish_events(
    bus: EventBus | None,
    job: Job,
    events: Sequence[JobEvent],
    *,
    status_changed: bool = False,
    tokens: tuple[int, int] | None = None,
) -> None:
    """After the commit: each event on the job's channel, then what the tenant's status bar should re-read."""
    if bus is None:
        return
    for event in events:
        await bus.publish(job_events_channel(job.id), event_payload(event))
    channel = tenant_status_channel(job.tenant_id)
    if status_changed:
        await bus.publish(
            channel,
            {"type": "jobs.changed", "tenantId": str(job.tenant_id), "jobId": str(job.id), "status": job.status},
        )
    if tokens is not None:
        await bus.publish(
            channel,
            {
                "type": "usage.tokens",
                "tenantId": str(job.tenant_id),
                "jobId": str(job.id),
                "tokensIn": tokens[0],
                "tokensOut": tokens[1],
            },
        )
