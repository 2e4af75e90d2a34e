"""How a job ends when its run cannot finish it: failed with its hold released, or back in the queue.

Each function takes a job the open transaction holds locked, writes its events and the money movement
in that transaction, and leaves saving the job to the caller.
"""

from __future__ import annotations

from datetime import timedelta

from server.billing.models import ReserveAccount
from server.jobs.events import JobEventType, append_event, now
from server.jobs.models import FAILED, QUEUED, Job, JobEvent
from server.jobs.service import close_cancelled, release_job_hold
from server.reports.repository import mark_reports_of_job
from server.settings import Settings

WORKER_LOST = "WORKER_LOST"


def heartbeat_is_stale(job: Job, settings: Settings) -> bool:
    beat = job.heartbeat_at or job.started_at
    return beat is None or beat < now() - timedelta(seconds=settings.job_stale_seconds)


async def fail_locked(job: Job, code: str, message: str) -> tuple[ReserveAccount, list[JobEvent]]:
    """Release the hold and mark the job and its report FAILED with `code`."""
    account, released = await release_job_hold(job, f"Job failed: {code}")
    job.status = FAILED
    job.error_code = code[:64]
    job.error_message = message[:2000]
    job.finished_at = now()
    failed = await append_event(job, JobEventType.FAILED, message[:500], {"code": code, "attempt": job.attempt})
    await mark_reports_of_job(job.id, "failed")
    return account, [released, failed]


async def recover_lost_run(job: Job, settings: Settings, reason: str) -> tuple[ReserveAccount | None, list[JobEvent]]:
    """A RUNNING job whose worker stopped beating: cancelled if that was asked, queued again while
    attempts remain, else failed with WORKER_LOST."""
    if job.cancel_requested_at is not None:
        return await close_cancelled(job)
    if job.attempt < settings.job_max_attempts:
        job.status = QUEUED
        job.heartbeat_at = None
        job.sent_at = None
        job.queued_at = now()
        event = await append_event(
            job, JobEventType.REQUEUED, f"queued again: {reason}", {"attempt": job.attempt, "reason": reason}
        )
        return None, [event]
    return await fail_locked(job, WORKER_LOST, f"The worker running the job stopped ({reason}); no attempts left.")
