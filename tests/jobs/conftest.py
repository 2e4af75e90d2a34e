"""Fixtures of the jobs tests: worker subprocesses and helpers to follow a job."""

from __future__ import annotations

import asyncio
import time

import pytest_asyncio

from server.jobs.models import Job
from tests.jobs.workers import WorkerProcess


@pytest_asyncio.fixture
async def start_worker(app, settings, tmp_path):
    """`await start_worker()` starts a real worker process; every one is stopped after the test."""
    started: list[WorkerProcess] = []

    async def start(processes: int = 1, **env: str) -> WorkerProcess:
        worker = WorkerProcess(settings, tmp_path, processes, **env)
        started.append(worker)
        return await worker.start()

    yield start
    for worker in started:
        worker.kill()


async def wait_for_status(job_id, *statuses: str, patience: float = 30.0, worker: WorkerProcess | None = None) -> Job:
    deadline = time.monotonic() + patience
    while True:
        job = await Job.get(id=job_id)
        if job.status in statuses:
            return job
        if time.monotonic() > deadline:
            log = worker.log() if worker else ""
            raise AssertionError(f"job stayed {job.status} (wanted {statuses}); worker log:\n{log}")
        await asyncio.sleep(0.05)
