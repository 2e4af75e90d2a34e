"""Crash safety at both ends: a worker killed mid-job, an API process killed between commit and send, a
job whose worker is gone for good. Exactly one settlement or release per job, never an open hold."""

from __future__ import annotations

import asyncio
import textwrap
from datetime import date

import asyncpg

from server.billing import ledger
from server.billing.models import JobHold, LedgerEntry, ReserveAccount
from server.jobs.engine import claim, run_job
from server.jobs.models import Job, JobEvent, UsageEvent
from server.jobs.sweep import sweep_jobs
from server.llm.pricing import job_cost_cents
from server.reports import service as reports
from server.reports.models import Report
from tests import engines
from tests.factories import scope_of
from tests.jobs.conftest import funded_user, wait_for_status
from tests.jobs.workers import python_script

REQUEST = reports.ReportRequest(kind="MONTHLY", start=date(2026, 11, 1), end=date(2026, 11, 30))


async def queue(user, settings, runtime, *, broker=None):
    from server.auth.scope import RequestMeta

    made = await reports.generate_report(
        await scope_of(user),
        REQUEST,
        settings=settings,
        generator=runtime.generator,
        meta=RequestMeta(request_id="test"),
        bus=runtime.bus,
        broker=broker,
    )
    return made.job


async def assert_books_closed(tenant_id, job_id, *, settled: bool) -> None:
    """One settlement (or one release), no open hold anywhere, balance == sum of entries."""
    entries = await LedgerEntry.filter(job_id=job_id).order_by("created_at")
    types = [e.type for e in entries]
    assert types.count("hold") == 1
    assert types.count("debit") == (1 if settled else 0)
    assert types.count("release") == 1
    assert await JobHold.filter(status="open").count() == 0
    account = await ReserveAccount.get(tenant_id=tenant_id)
    assert account.held_cents == 0
    await ledger.check_invariants(tenant_id)


async def assert_gapless(job_id) -> list[str]:
    events = await JobEvent.filter(job_id=job_id).order_by("seq")
    assert [e.seq for e in events] == list(range(1, len(events) + 1))
    return [e.type for e in events]


async def test_a_worker_killed_before_settlement_is_requeued_by_the_sweep_and_settled_once(
    app, settings, runtime, start_worker, launch_worker
):
    user, tenant = await funded_user()
    # Hold the table the report's citations go into: the worker stops inside the step that writes them,
    # after its provider call was metered and before it could settle.
    blocker = await asyncpg.connect(engines.asyncpg_dsn(settings.database_url))
    try:
        await blocker.execute("BEGIN; LOCK TABLE report_citation IN EXCLUSIVE MODE")
        first = await start_worker()
        job = await queue(user, settings, runtime, broker=app.state.broker)
        # The replacement starts now, while the first worker (already listening) has taken the job.
        second = launch_worker()
        deadline = asyncio.get_running_loop().time() + 90
        while not await JobEvent.filter(job_id=job.id, type="PROVIDER_CALL").exists():
            assert asyncio.get_running_loop().time() < deadline, first.log()
            await asyncio.sleep(0.05)
        await asyncio.sleep(0.3)
        first.kill()
    finally:
        await blocker.execute("ROLLBACK")
        await blocker.close()

    lost = await Job.get(id=job.id)
    assert lost.status == "running" and lost.attempt == 1
    assert (await JobHold.get(job_id=job.id)).status == "open"

    await asyncio.sleep(1.2)  # its last heartbeat goes stale
    swept = await sweep_jobs(
        settings.model_copy(update={"job_stale_seconds": 1.0}), bus=runtime.bus, broker=app.state.broker
    )
    assert swept.requeued == [job.id] and swept.resent == [job.id] and swept.failed == []
    assert (await Job.get(id=job.id)).status == "queued"

    await second.ready()
    done = await wait_for_status(job.id, "success", "failed", worker=second)
    assert done.status == "success" and done.attempt == 2, second.log()
    usage = await UsageEvent.filter(job_id=job.id).order_by("attempt")
    assert [u.attempt for u in usage] == [1, 2]  # the lost attempt's call happened, and is metered
    assert done.cost_cents == job_cost_cents(sum(u.cost_microcents for u in usage), settings.job_flat_fee_microcents)
    types = await assert_gapless(job.id)
    assert types.count("STARTED") == 2 and "REQUEUED" in types and types[-2:] == ["SETTLED", "FINISHED"]
    await assert_books_closed(tenant.id, job.id, settled=True)
    assert (await Report.get(job_id=job.id)).status == "ready"
    # The dead worker's message, delivered again, finds the job finished and does nothing.
    assert await run_job(job.id, runtime) is None
    await assert_books_closed(tenant.id, job.id, settled=True)


async def test_an_api_process_killed_between_commit_and_send_leaves_a_job_the_sweep_sends(
    app, settings, runtime, launch_worker
):
    user, tenant = await funded_user()
    script = textwrap.dedent(
        f"""
        import asyncio, os, signal
        from datetime import date
        from uuid import UUID
        from server.auth.scope import RequestMeta, scope_for
        from server.db import init_db
        from server.jobs.queue import build_broker
        from server.llm.providers import build_generator
        from server.reports import service
        from server.settings import get_settings

        async def die_instead_of_sending(broker, job_id):
            os.kill(os.getpid(), signal.SIGKILL)

        async def main():
            settings = get_settings()
            await init_db(settings)
            service.send_job = die_instead_of_sending
            await service.generate_report(
                scope_for(UUID("{tenant.id}"), UUID("{user.id}")),
                service.ReportRequest(kind="MONTHLY", start=date(2026, 11, 1), end=date(2026, 11, 30)),
                settings=settings, generator=build_generator(settings), meta=RequestMeta(),
                bus=None, broker=build_broker(settings),
            )

        asyncio.run(main())
        """
    )
    worker = launch_worker()
    died = await asyncio.to_thread(python_script, settings, script)
    assert died.returncode == -9, died.stderr
    job = await Job.get(user_id=user.id)
    assert job.status == "queued" and job.sent_at is None
    assert (await JobHold.get(job_id=job.id)).status == "open"

    await worker.ready()
    await asyncio.sleep(0.5)
    assert (await Job.get(id=job.id)).status == "queued"  # no message was ever sent
    swept = await sweep_jobs(
        settings.model_copy(update={"job_resend_after_seconds": 0.0}), bus=runtime.bus, broker=app.state.broker
    )
    assert swept.resent == [job.id]
    done = await wait_for_status(job.id, "success", "failed", worker=worker)
    assert done.status == "success", worker.log()
    await assert_books_closed(tenant.id, job.id, settled=True)


async def test_a_lost_job_without_attempts_left_fails_with_worker_lost_and_releases_its_hold(settings, runtime):
    user, tenant = await funded_user(balance_cents=700)
    job = await queue(user, settings, runtime)
    assert (await ReserveAccount.get(tenant_id=tenant.id)).balance_cents == 700 - job.held_cents
    assert await claim(job.id, runtime) is not None  # its worker then dies without a word
    assert await claim(job.id, runtime) is None  # a second delivery while it beats does nothing

    swept = await sweep_jobs(
        settings.model_copy(update={"job_stale_seconds": 0.0, "job_max_attempts": 1}), bus=runtime.bus, broker=None
    )
    assert swept.failed == [job.id] and swept.requeued == []
    failed = await Job.get(id=job.id)
    assert failed.status == "failed" and failed.error_code == "WORKER_LOST" and failed.finished_at
    assert (await assert_gapless(job.id))[-2:] == ["RELEASED", "FAILED"]
    await assert_books_closed(tenant.id, job.id, settled=False)
    assert (await ReserveAccount.get(tenant_id=tenant.id)).balance_cents == 700
    assert (await Report.get(job_id=job.id)).status == "failed"
    # Nothing left for a later sweep or a late message.
    again = await sweep_jobs(settings.model_copy(update={"job_stale_seconds": 0.0}), bus=None, broker=None)
    assert again.failed == again.requeued == []
    assert await run_job(job.id, runtime) is None


async def test_a_running_job_asked_to_stop_whose_worker_died_is_cancelled_by_the_sweep(settings, runtime):
    from server.auth.models import User
    from server.auth.scope import RequestMeta
    from server.jobs.service import cancel_job

    user, tenant = await funded_user(balance_cents=700)
    job = await queue(user, settings, runtime)
    assert await claim(job.id, runtime) is not None  # a worker took it, then died
    owner = await User.get(id=user.id)
    asked = await cancel_job(owner, job.id, scope=await scope_of(user), meta=RequestMeta(), bus=None)
    assert asked.status == "running" and asked.cancel_requested_at is not None

    swept = await sweep_jobs(settings.model_copy(update={"job_stale_seconds": 0.0}), bus=runtime.bus, broker=None)
    assert swept.cancelled == [job.id] and swept.requeued == swept.failed == []
    ended = await Job.get(id=job.id)
    assert ended.status == "cancelled" and ended.finished_at and ended.cost_cents == 0
    assert (await assert_gapless(job.id))[-3:] == ["CANCEL_REQUESTED", "RELEASED", "CANCELLED"]
    await assert_books_closed(tenant.id, job.id, settled=False)
    assert (await ReserveAccount.get(tenant_id=tenant.id)).balance_cents == 700
    assert (await Report.get(job_id=job.id)).status == "cancelled"
