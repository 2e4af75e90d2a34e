"""The scheduled sweep (`jobs.sweep`, every minute from the one scheduler): no job stays QUEUED or
RUNNING for ever and no hold stays open.

- RUNNING with a stale heartbeat: its worker died. Cancelled if that was asked, else queued again while
  attempts remain (and its message sent again), else failed with WORKER_LOST; an ended job's hold is released.
- QUEUED whose message is older than JOB_RESEND_AFTER_SECONDS (or was never sent: the process died
  between the commit and the send): its message is sent again. Duplicates are no-ops in the task.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import timedelta
from typing import cast
from uuid import UUID

from taskiq import AsyncBroker
from tortoise.expressions import Q
from tortoise.transactions import in_transaction

from server.billing import ledger
from server.jobs.dispatch import send_job
from server.jobs.events import now, publish_events
from server.jobs.models import CANCELLED, FAILED, QUEUED, RUNNING, Job
from server.jobs.recovery import heartbeat_is_stale, recover_lost_run
from server.settings import Settings
from server.system.events import EventBus


@dataclass
class SweepResult:
    requeued: list[UUID] = field(default_factory=list)
    failed: list[UUID] = field(default_factory=list)
    cancelled: list[UUID] = field(default_factory=list)
    resent: list[UUID] = field(default_factory=list)


async def _recover(job_id: UUID, settings: Settings, bus: EventBus | None) -> Job | None:
    async with in_transaction():
        job = await Job.select_for_update(skip_locked=True).get_or_none(id=job_id)
        if job is None or job.status != RUNNING or not heartbeat_is_stale(job, settings):
            return None  # finished, or beating again, or being changed right now
        account, events = await recover_lost_run(job, settings, "heartbeat stale")
        await job.save()
    await publish_events(bus, job, events, status_changed=True)
    if account is not None:
        await ledger.announce(bus, account)
    return job


async def sweep_jobs(settings: Settings, *, bus: EventBus | None, broker: AsyncBroker | None) -> SweepResult:
    result = SweepResult()
    stale_before = now() - timedelta(seconds=settings.job_stale_seconds)
    stale = await Job.filter(
        Q(heartbeat_at__lt=stale_before) | Q(heartbeat_at__isnull=True), status=RUNNING
    ).values_list("id", flat=True)
    for job_id in cast(list[UUID], stale):
        job = await _recover(job_id, settings, bus)
        if job is None:
            continue
        ended = {QUEUED: result.requeued, FAILED: result.failed, CANCELLED: result.cancelled}
        ended[job.status].append(job.id)
    if broker is None:
        return result
    resend_before = now() - timedelta(seconds=settings.job_resend_after_seconds)
    waiting = await Job.filter(
        Q(sent_at__lt=resend_before) | Q(sent_at__isnull=True, queued_at__lte=resend_before), status=QUEUED
    ).values_list("id", flat=True)
    for job_id in [*result.requeued, *(j for j in cast(list[UUID], waiting) if j not in result.requeued)]:
        if await send_job(broker, job_id):
            result.resent.append(job_id)
    return result
