"""Running one job: an idempotent state machine kept in the job row.

`run_job` claims the job under a row lock (a message for a job that is finished, or running with a fresh
heartbeat elsewhere, does nothing), beats a heartbeat while the kind's work runs, and ends it exactly
once: settled at its metered cost, or failed / cancelled with its hold released. Every step locks the
row, checks the run still owns it (status RUNNING, same attempt), writes its event in that transaction
and publishes after the commit. A cancel is a flag in the row, checked at every step; the pub/sub nudge
only cuts a wait short.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import random
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any
from uuid import UUID

from taskiq import AsyncBroker
from tortoise.transactions import in_transaction

from server.billing import ledger
from server.billing.models import ReserveAccount
from server.jobs.events import JobEventType, append_event, job_control_channel, now, publish_events
from server.jobs.models import CANCELLED, FAILED, FINISHED_STATUSES, RUNNING, SUCCESS, Job, JobEvent, UsageEvent
from server.jobs.recovery import fail_locked, heartbeat_is_stale, recover_lost_run
from server.jobs.service import close_cancelled
from server.llm.base import Generator, ProviderCall, ProviderError
from server.llm.pricing import job_cost_cents
from server.metrics.prometheus import count_job, count_provider_call
from server.reports.models import PENDING, READY, Report
from server.settings import Settings
from server.storage.base import Storage
from server.system import heartbeats
from server.system.events import EventBus

log = logging.getLogger(__name__)

# The work of one job kind: reads, generates and stores through the run, which meters and checkpoints.
Work = Callable[["JobRun"], Awaitable[None]]


@dataclass
class Runtime:
    """What a worker process runs jobs with."""

    settings: Settings
    bus: EventBus | None
    storage: Storage
    generator: Generator
    broker: AsyncBroker | None
    work_for: Callable[[str], Work]


UNEXPECTED = "JOB_FAILED"


class LostOwnership(Exception):
    """The job is no longer this run's: the sweep queued it again, or it ended."""


class CancelRequested(Exception):
    """The job's cancel flag is set; the run stops at this step."""


class JobFailure(Exception):
    """The work cannot go on for a reason the user can read (NO_ENTRIES, say)."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code


@dataclass
class Step:
    job: Job
    events: list[JobEvent] = field(default_factory=list)
    status_changed: bool = False
    tokens: tuple[int, int] | None = None
    account: ReserveAccount | None = None

    async def event(self, type_: JobEventType, message: str, data: dict[str, Any] | None = None) -> None:
        self.events.append(await append_event(self.job, type_, message, data))


class JobRun:
    """One attempt's hold on a job. Only the run whose attempt matches the row may write to it."""

    def __init__(self, job: Job, rt: Runtime) -> None:
        self.rt = rt
        self.job_id: UUID = job.id
        self.tenant_id: UUID = job.tenant_id
        self.user_id: UUID = job.user_id
        self.kind: str = job.kind
        self.attempt: int = job.attempt
        self.cancel_nudged = asyncio.Event()

    @contextlib.asynccontextmanager
    async def step(self, *, check_cancel: bool = True) -> AsyncIterator[Step]:
        """A transaction on the locked job row; its events are published after the commit."""
        async with in_transaction():
            job = await Job.select_for_update().get(id=self.job_id)
            if job.status != RUNNING or job.attempt != self.attempt:
                raise LostOwnership
            if check_cancel and job.cancel_requested_at is not None:
                raise CancelRequested
            job.heartbeat_at = now()
            step = Step(job)
            yield step
            await job.save()
        await publish_events(self.rt.bus, step.job, step.events, status_changed=step.status_changed, tokens=step.tokens)
        if step.account is not None:
            await ledger.announce(self.rt.bus, step.account)

    async def checkpoint(self) -> None:
        """Between steps: stop if the job was cancelled or taken over (one indexed read)."""
        row = await Job.filter(id=self.job_id).values("status", "attempt", "cancel_requested_at")
        if not row or row[0]["status"] != RUNNING or row[0]["attempt"] != self.attempt:
            raise LostOwnership
        if row[0]["cancel_requested_at"] is not None:
            raise CancelRequested

    async def record(self, type_: JobEventType, message: str, data: dict[str, Any] | None = None) -> None:
        async with self.step() as step:
            await step.event(type_, message, data)

    async def on_call(self, call: ProviderCall) -> None:
        """Meter one provider call (a UsageEvent and its event), then stop here if the job was cancelled."""
        async with self.step(check_cancel=False) as step:
            job = step.job
            await UsageEvent.create(
                tenant_id=self.tenant_id,
                user_id=self.user_id,
                job_id=self.job_id,
                attempt=self.attempt,
                provider=call.provider,
                model=call.model,
                tokens_in=call.tokens_in,
                tokens_out=call.tokens_out,
                latency_ms=call.latency_ms,
                cost_microcents=call.cost_microcents,
                estimated=call.estimated,
            )
            job.tokens_in += call.tokens_in
            job.tokens_out += call.tokens_out
            job.cost_microcents += call.cost_microcents
            await step.event(
                JobEventType.PROVIDER_CALL,
                f"{call.provider} {call.model}: {call.tokens_in} tokens in, {call.tokens_out} out",
                {
                    "provider": call.provider,
                    "model": call.model,
                    "tokensIn": call.tokens_in,
                    "tokensOut": call.tokens_out,
                    "latencyMs": call.latency_ms,
                    "costMicrocents": call.cost_microcents,
                    "estimated": call.estimated,
                    "attempt": self.attempt,
                },
            )
            step.tokens = (call.tokens_in, call.tokens_out)
        count_provider_call(call.provider, call.model, call.tokens_in, call.tokens_out, call.cost_microcents)
        await self.checkpoint()

    async def succeed(self) -> None:
        """Settle at the metered cost (micro-cents summed, plus the fee, rounded up once) and finish."""
        async with self.step() as step:
            job = step.job
            cost = job_cost_cents(job.cost_microcents, self.rt.settings.job_flat_fee_microcents)
            movement = await ledger.settle_job(self.tenant_id, self.job_id, cost, reason=f"{self.kind} job")
            charged = cost - movement.uncollected_cents
            job.cost_cents = cost
            await step.event(
                JobEventType.SETTLED,
                f"{charged} cents charged, {job.held_cents} cents hold released",
                {
                    "heldCents": job.held_cents,
                    "chargedCents": charged,
                    "releasedCents": job.held_cents,
                    "uncollectedCents": movement.uncollected_cents,
                    "costMicrocents": job.cost_microcents,
                },
            )
            job.status = SUCCESS
            job.finished_at = now()
            await Report.filter(job_id=self.job_id, status=PENDING).update(status=READY)
            await step.event(
                JobEventType.FINISHED,
                "finished",
                {"attempt": self.attempt, "costCents": cost, "tokensIn": job.tokens_in, "tokensOut": job.tokens_out},
            )
            step.status_changed = True
            step.account = movement.account

    async def fail(self, code: str, message: str) -> str:
        async with self.step(check_cancel=False) as step:
            step.account, events = await fail_locked(step.job, code, message)
            step.events += events
            step.status_changed = True
        return FAILED

    async def cancel(self) -> str:
        async with self.step(check_cancel=False) as step:
            step.account, events = await close_cancelled(step.job)
            step.events += events
            step.status_changed = True
        return CANCELLED

    async def retry(self, exc: ProviderError) -> None:
        """Count the next attempt (usage and events of the failed one stay), then wait with backoff."""
        async with self.step() as step:
            step.job.attempt += 1
            self.attempt = step.job.attempt
            await step.event(
                JobEventType.RETRY,
                f"retrying after {exc.code}",
                {"attempt": self.attempt, "reason": exc.code, "message": str(exc)[:300]},
            )
        first = self.rt.settings.job_retry_backoff_seconds
        delay = first * 2 ** (self.attempt - 2) * random.uniform(0.5, 1.5)  # noqa: S311 - jitter, not security
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(self.cancel_nudged.wait(), timeout=delay)

    @contextlib.asynccontextmanager
    async def beating(self) -> AsyncIterator[None]:
        """While the work runs: the heartbeat, and the cancel nudge listener."""
        tasks = [asyncio.create_task(self._beat()), asyncio.create_task(self._listen())]
        try:
            yield
        finally:
            for task in tasks:
                task.cancel()
            await asyncio.gather(*tasks, return_exceptions=True)

    async def _beat(self) -> None:
        while True:
            await asyncio.sleep(self.rt.settings.job_heartbeat_seconds)
            try:
                await Job.filter(id=self.job_id, status=RUNNING, attempt=self.attempt).update(heartbeat_at=now())
            except Exception:  # a missed beat is not fatal; the next step writes one too
                log.warning("heartbeat of job %s failed", self.job_id, exc_info=True)

    async def _listen(self) -> None:
        if self.rt.bus is None:
            return
        async for _message in self.rt.bus.subscribe(job_control_channel(self.job_id)):
            self.cancel_nudged.set()


async def claim(job_id: UUID, rt: Runtime) -> Job | None:
    """Take a QUEUED job (or a RUNNING one whose worker stopped beating) for a new attempt."""
    account: ReserveAccount | None = None
    events: list[JobEvent] = []
    claimed = False
    async with in_transaction():
        job = await Job.select_for_update().get_or_none(id=job_id)
        if job is None or job.status in FINISHED_STATUSES:
            return None
        if job.status == RUNNING:
            if not heartbeat_is_stale(job, rt.settings):
                return None  # running elsewhere: a redelivered message
            account, events = await recover_lost_run(job, rt.settings, "its worker stopped beating")
        if job.status not in FINISHED_STATUSES and job.cancel_requested_at is not None:
            account, more = await close_cancelled(job)
            events += more
        if job.status not in FINISHED_STATUSES:
            job.status = RUNNING
            job.attempt += 1
            job.started_at = job.started_at or now()
            job.heartbeat_at = now()
            events.append(
                await append_event(
                    job, JobEventType.STARTED, f"attempt {job.attempt} started", {"attempt": job.attempt}
                )
            )
            claimed = True
        await job.save()
    await publish_events(rt.bus, job, events, status_changed=True)
    if account is not None:
        await ledger.announce(rt.bus, account)
    return job if claimed else None


async def run_job(job_id: UUID, rt: Runtime) -> str | None:
    """Run the job's kind of work to its end; returns the final status this run wrote, None if it wrote none."""
    job = await claim(job_id, rt)
    if job is None:
        return None
    return await drive(job, rt)


async def drive(job: Job, rt: Runtime) -> str | None:
    """Carry a job this process claimed through its kind's work to its end, retrying what may be retried."""
    run = JobRun(job, rt)
    work = rt.work_for(job.kind)
    heartbeats.set_current_job(job.id)  # shown by admin { systemHealth } with this worker's heartbeat
    started = asyncio.get_running_loop().time()
    try:
        status = await _drive_claimed(job, run, work, rt)
    finally:
        heartbeats.set_current_job(None)
    if status is not None:
        count_job(job.kind, status, asyncio.get_running_loop().time() - started)
    return status


async def _drive_claimed(job: Job, run: JobRun, work: Callable[[JobRun], Awaitable[None]], rt: Runtime) -> str | None:
    retrying: ProviderError | None = None
    async with run.beating():
        while True:
            try:
                if retrying is not None:
                    await run.retry(retrying)
                    retrying = None
                await work(run)
                await run.succeed()
                return SUCCESS
            except LostOwnership:
                return None
            except CancelRequested:
                return await _end(run.cancel())
            except JobFailure as exc:
                return await _end(run.fail(exc.code, str(exc)))
            except ProviderError as exc:
                if exc.retryable and run.attempt < rt.settings.job_max_attempts:
                    retrying = exc
                    continue
                return await _end(run.fail(exc.code, str(exc)))
            except Exception:
                log.exception("job %s failed unexpectedly", job.id)
                return await _end(run.fail(UNEXPECTED, "The job failed unexpectedly; nothing was charged."))


async def _end(ending: Awaitable[str]) -> str | None:
    """The status an ending wrote; None when the job was no longer this run's to end."""
    try:
        return await ending
    except LostOwnership:
        return None
