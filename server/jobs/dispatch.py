"""Sending a job's task message, always after the job row is committed QUEUED.

If the process dies between the commit and the send (or the cache is down), the job stays QUEUED with
an old or empty `sent_at`, and the sweep sends it again; a message for a job that is no longer QUEUED
is a no-op in the task, so sending twice is harmless.
"""

from __future__ import annotations

import logging
from uuid import UUID

from taskiq import AsyncBroker
from taskiq.kicker import AsyncKicker

from server.jobs.events import now
from server.jobs.models import QUEUED, Job

log = logging.getLogger(__name__)

RUN_TASK = "jobs.run"
SWEEP_TASK = "jobs.sweep"


async def send_job(broker: AsyncBroker, job_id: UUID) -> bool:
    """Send the job's message and note when; False (logged) when the cache refused it: the sweep retries."""
    try:
        kicker: AsyncKicker[[str], str | None] = AsyncKicker(task_name=RUN_TASK, broker=broker, labels={})
        await kicker.kiq(str(job_id))
    except Exception:  # the job is committed; the sweep sends it later
        log.warning("could not send job %s; the sweep will send it again", job_id, exc_info=True)
        return False
    await Job.filter(id=job_id, status=QUEUED).update(sent_at=now())
    return True
