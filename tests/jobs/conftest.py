"""Fixtures of the jobs tests: worker subprocesses and helpers to follow a job."""

from __future__ import annotations

import asyncio
import time

import pytest_asyncio

from server.jobs.models import Job
from tests.jobs.workers import POOL, WorkerProcess


@pytest_asyncio.fixture
async def launch_worker(app, settings, tmp_path, tmp_path_factory):
    """`launch_worker()` starts a real worker process (await `.ready()` for it to listen); every one is
    killed after the test. A test's first plain one (one process, no extra environment) is the session's
    pooled worker instead, continued (see WorkerPool): a test may kill it as any other."""
    started: list[WorkerProcess] = []
    lent: list[WorkerProcess] = []

    def launch(processes: int = 1, **env: str) -> WorkerProcess:
        if processes == 1 and not env and not lent:
            lent.append(POOL.lend(settings, tmp_path_factory.getbasetemp()))
            return lent[0]
        worker = WorkerProcess(settings, tmp_path, processes, **env)
        started.append(worker)
        return worker.launch()

    yield launch
    for worker in started:
        worker.kill()
    for worker in lent:
        await POOL.give_back(worker, app.state.redis)


@pytest_asyncio.fixture
async def start_worker(launch_worker):
    """`await start_worker()`: a real worker process, listening."""

    async def start(processes: int = 1, **env: str) -> WorkerProcess:
        return await launch_worker(processes, **env).ready()

    return start


async def wait_for_status(job_id, *statuses: str, patience: float = 60.0, worker: WorkerProcess | None = None) -> Job:
    deadline = time.monotonic() + patience
    while True:
        job = await Job.get(id=job_id)
        if job.status in statuses:
            return job
        if time.monotonic() > deadline:
            log = worker.log() if worker else ""
            raise AssertionError(f"job stayed {job.status} (wanted {statuses}); worker log:\n{log}")
        await asyncio.sleep(0.05)


@pytest_asyncio.fixture
async def runtime(app, settings):
    """What a worker runs jobs with, in this process: for steps a test drives one by one."""
    from server.jobs.engine import Runtime
    from server.jobs.tasks import work_for
    from server.llm.providers import build_generator
    from server.system.events import EventBus

    return Runtime(
        settings=settings,
        bus=EventBus(app.state.redis),
        storage=app.state.storage,
        generator=build_generator(settings),
        broker=app.state.broker,
        work_for=work_for,
    )


async def funded_user(balance_cents: int = 1000, policy: str = "BLOCK", entries: int = 3):
    """A user whose tenant has a reserve and a few November 2026 entries."""
    from datetime import date

    from server.tenants.models import Profile, Tenant
    from tests.factories import create_reserve, create_user, create_worklog

    user = await create_user()
    tenant = await Tenant.get(id=(await Profile.get(user_id=user.id)).tenant_id)
    await create_reserve(tenant, balance_cents=balance_cents, policy=policy)
    for n in range(entries):
        await create_worklog(
            user,
            date=date(2026, 11, 2 + n),
            content=f"Closed {n + 3} support tickets for the Atlas project.",
            employer="Acme",
        )
    return user, tenant


async def generate_monthly(gql, token: str) -> str:
    """Queue a MONTHLY report for November 2026 through GraphQL; the job's id."""
    from tests.jobs.documents import GENERATE, monthly

    payload = (await gql.ok(GENERATE, monthly(), token=token))["generateReport"]
    assert payload["errors"] == []
    return payload["job"]["id"]
