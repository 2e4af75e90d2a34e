"""The rules of jobs: queueing one under the tenant's policy, cancelling, reading them.

Queueing writes the job, its hold and its first events in the caller's transaction (the report that
the job makes is written in the same one); the caller publishes and sends the message after its commit.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any
from uuid import UUID, uuid4

from tortoise.transactions import in_transaction

from server.audit.service import record
from server.auth.models import User
from server.auth.scope import RequestMeta, TenantScope
from server.billing import ledger
from server.billing.models import ReserveAccount
from server.errors import NotFound, ServiceError
from server.jobs.events import JobEventType, append_event, job_control_channel, now, publish_events
from server.jobs.models import CANCELLED, FAILED, FINISHED_STATUSES, QUEUED, RUNNING, STATUSES, SUCCESS, Job, JobEvent
from server.pagination import (
    Page,
    clamp_first,
    cursor_int,
    decode_keyset_cursor,
    encode_keyset_cursor,
    paginate,
)
from server.reports.models import Report
from server.reports.repository import mark_reports_of_job
from server.settings import Settings
from server.system.events import EventBus

POLICY_WARNING = (
    "The reserve does not cover this job's estimate; it runs under the WARN policy and may take the balance below zero."
)

FINISHED_WORDS = {SUCCESS: "it succeeded", FAILED: "it failed", CANCELLED: "it was cancelled"}


@dataclass
class QueuedJob:
    job: Job
    account: ReserveAccount
    events: list[JobEvent] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


async def queue_job(
    scope: TenantScope,
    kind: str,
    params: dict[str, Any],
    estimate_cents: int,
    *,
    settings: Settings,
    meta: RequestMeta,
    job_id: UUID | None = None,
) -> QueuedJob:
    """Write a QUEUED job holding its estimate. Call inside the caller's transaction; the policy's refusal
    (INSUFFICIENT_BALANCE, JOB_TOO_EXPENSIVE_FOR_POLICY) raises before anything is committed."""
    job = await Job.create(
        id=job_id or uuid4(),
        tenant_id=scope.tenant_id,
        user_id=scope.user_id,
        kind=kind,
        status=QUEUED,
        params=params,
        estimate_cents=estimate_cents,
        queued_at=now(),
        request_id=meta.request_id[:64],
    )
    movement = await ledger.hold_for_job(
        scope.tenant_id,
        job.id,
        estimate_cents,
        kind=kind,
        limited_max_cents=settings.billing_limited_max_estimate_cents,
    )
    queued = QueuedJob(job=job, account=movement.account)
    queued.events.append(
        await append_event(job, JobEventType.QUEUED, f"{kind} queued", {"kind": kind, "estimateCents": estimate_cents})
    )
    queued.events.append(
        await append_event(
            job,
            JobEventType.HOLD_PLACED,
            f"${estimate_cents / 100:,.2f} held",
            {"heldCents": estimate_cents, "flagged": movement.flagged, "policy": movement.account.policy},
        )
    )
    if movement.flagged and movement.account.policy == ledger.Policy.WARN.value:
        queued.warnings.append(POLICY_WARNING)
        queued.events.append(await append_event(job, JobEventType.WARNING, POLICY_WARNING, {"policy": "WARN"}))
    job.held_cents = estimate_cents
    job.warnings = queued.warnings
    await job.save(update_fields=["held_cents", "warnings", "event_seq", "updated_at"])
    return queued


async def announce_queued(bus: EventBus | None, queued: QueuedJob) -> None:
    """After the commit: the events, the tenant's new balance, and "a job changed"."""
    await publish_events(bus, queued.job, queued.events, status_changed=True)
    await ledger.announce(bus, queued.account)


# --- cancelling -------------------------------------------------------------------------------


async def _cancel_locked(job: Job, actor: User, meta: RequestMeta) -> tuple[list[JobEvent], ReserveAccount | None]:
    if job.status in FINISHED_STATUSES:
        raise ServiceError(
            "JOB_ALREADY_FINISHED", f"The job has already ended ({FINISHED_WORDS.get(job.status, job.status)}).", "id"
        )
    if job.cancel_requested_at is not None:
        raise ServiceError(
            "JOB_CANCEL_PENDING", "A cancellation was already requested; the job stops at its next step.", "id"
        )
    job.cancel_requested_at = now()
    events = [
        await append_event(
            job,
            JobEventType.CANCEL_REQUESTED,
            f"cancel requested by {actor.username}",
            {"by": actor.username},
            request_id=meta.request_id,
        )
    ]
    account = None
    if job.status == QUEUED:
        account, closing = await close_cancelled(job)
        events += closing
    await job.save()
    return events, account


async def release_job_hold(job: Job, reason: str) -> tuple[ReserveAccount, JobEvent]:
    """Give a locked job's hold back, with its RELEASED event, in the open transaction."""
    movement = await ledger.release_hold(job.tenant_id, job.id, reason=reason)
    event = await append_event(
        job,
        JobEventType.RELEASED,
        f"{job.held_cents} cents released",
        {"heldCents": job.held_cents, "releasedCents": job.held_cents},
    )
    return movement.account, event


async def close_cancelled(job: Job) -> tuple[ReserveAccount, list[JobEvent]]:
    """Release the hold of a locked job and mark it and its report CANCELLED (the caller saves the job)."""
    account, released = await release_job_hold(job, "Job cancelled")
    job.status = CANCELLED
    job.finished_at = now()
    cancelled = await append_event(job, JobEventType.CANCELLED, "cancelled", {"attempt": job.attempt})
    await mark_reports_of_job(job.id, "cancelled")
    return account, [released, cancelled]


async def cancel_job(
    actor: User, job_id: UUID, *, scope: TenantScope | None, meta: RequestMeta, bus: EventBus | None
) -> Job:
    """The owner cancels their job; staff (scope None) cancel any tenant's job, audited. A queued job ends
    at once with its hold released; a running one is flagged and stops at its next step."""
    async with in_transaction():
        query = Job.select_for_update().filter(id=job_id)
        if scope is not None:
            query = query.filter(tenant_id=scope.tenant_id, user_id=scope.user_id)
        job = await query.first()
        if job is None:
            raise NotFound("Job")
        before = job.status
        events, account = await _cancel_locked(job, actor, meta)
        if scope is None:
            await record(
                "job.cancel",
                actor=actor,
                meta=meta,
                target_type="job",
                target_id=job.id,
                tenant_id=job.tenant_id,
                before={"status": before},
                after={"status": job.status, "cancelRequested": True},
            )
    await publish_events(bus, job, events, status_changed=job.status == CANCELLED)
    if account is not None:
        await ledger.announce(bus, account)
    if job.status == RUNNING and bus is not None:
        await bus.publish(job_control_channel(job.id), {"type": "cancel", "jobId": str(job.id)})
    return job


# --- reading ----------------------------------------------------------------------------------


def check_status(status: str | None) -> str | None:
    if status is not None and status not in STATUSES:
        raise ServiceError("INVALID_STATUS", "Unknown job status.", "status")
    return status


async def list_jobs(scope: TenantScope, *, status: str | None, first: int | None, after: str | None) -> Page[Job]:
    qs = Job.filter(tenant_id=scope.tenant_id, user_id=scope.user_id)
    if check_status(status):
        qs = qs.filter(status=status)
    return await paginate(qs, tag=f"jobs:{status or ''}", first=first, after=after)


async def get_job(scope: TenantScope, job_id: UUID) -> Job:
    job = await Job.get_or_none(id=job_id, tenant_id=scope.tenant_id, user_id=scope.user_id)
    if job is None:
        raise NotFound("Job")
    return job


async def list_jobs_for_staff(
    *, status: str | None, tenant_id: UUID | None, user_id: UUID | None, first: int | None, after: str | None
) -> Page[Job]:
    qs = Job.all()
    if check_status(status):
        qs = qs.filter(status=status)
    if tenant_id:
        qs = qs.filter(tenant_id=tenant_id)
    if user_id:
        qs = qs.filter(user_id=user_id)
    tag = f"admin-jobs:{status or ''}:{tenant_id or ''}:{user_id or ''}"
    return await paginate(qs, tag=tag, first=first, after=after)


async def get_job_for_staff(job_id: UUID) -> Job:
    job = await Job.get_or_none(id=job_id)
    if job is None:
        raise NotFound("Job")
    return job


async def list_job_events(job_id: UUID, *, first: int | None, after: str | None) -> Page[JobEvent]:
    """A job's timeline in seq order; the caller has checked who may read the job."""
    size = clamp_first(first)
    tag = f"job-events:{job_id}"
    qs = JobEvent.filter(job_id=job_id)
    total = await qs.count()
    if after:
        (seq,) = decode_keyset_cursor(tag, after, 1)
        qs = qs.filter(seq__gt=cursor_int(seq))
    rows = await qs.order_by("seq").limit(size + 1)
    has_next = len(rows) > size
    rows = rows[:size]
    return Page(items=rows, cursors=[encode_keyset_cursor(tag, [r.seq]) for r in rows], has_next=has_next, total=total)


# --- moving -----------------------------------------------------------------------------------


async def move_jobs_of_user(user_id: UUID, old_tenant_id: UUID, new_tenant_id: UUID) -> dict[str, int]:
    """TENANT_DATA_MOVERS entry: the user's finished jobs and their reports follow them. A queued or running
    job holds the old tenant's reserve, so the move waits for it to end (or be cancelled). The ledger and
    the usage records stay with the tenant that paid."""
    unfinished = Job.select_for_update().filter(user_id=user_id, tenant_id=old_tenant_id, status__in=(QUEUED, RUNNING))
    if await unfinished.exists():
        raise ServiceError(
            "USER_HAS_UNFINISHED_JOBS",
            "The user has queued or running jobs; wait for them or cancel them first.",
            "userId",
        )
    reports = await Report.filter(user_id=user_id, tenant_id=old_tenant_id).update(tenant_id=new_tenant_id)
    jobs = await Job.filter(user_id=user_id, tenant_id=old_tenant_id).update(tenant_id=new_tenant_id)
    return {"jobs": jobs, "reports": reports}
