"""Job tasks, named "jobs.<action>"; `register(broker)` adds them to a broker.

- `jobs.run(job_id)`: runs a job to its end (a no-op for a job that is finished or running elsewhere).
- `jobs.sweep()`: every minute from the one scheduler: stale runs requeued or failed, unsent jobs sent.

A worker process builds its runtime (cache client, storage, generator) on the first task and closes it
at shutdown.
"""

from __future__ import annotations

import asyncio
from uuid import UUID

from taskiq import AsyncBroker, TaskiqEvents, TaskiqState

from server.jobs.dispatch import RUN_TASK, SWEEP_TASK
from server.jobs.engine import Runtime, Work, run_job
from server.jobs.sweep import sweep_jobs
from server.llm.providers import build_generator
from server.reports.work import produce_report
from server.settings import get_settings
from server.storage import open_storage
from server.system.cache import create_redis
from server.system.events import EventBus


def work_for(kind: str) -> Work:
    """Every job kind so far is a report kind."""
    return produce_report


def register(broker: AsyncBroker) -> None:
    runtime: Runtime | None = None
    lock = asyncio.Lock()

    async def get_runtime() -> Runtime:
        nonlocal runtime
        async with lock:
            if runtime is None:
                settings = get_settings()
                redis = create_redis(settings)
                storage = await open_storage(settings)
                runtime = Runtime(
                    settings=settings,
                    bus=EventBus(redis),
                    storage=storage,
                    generator=build_generator(settings),
                    broker=broker,
                    work_for=work_for,
                )
            return runtime

    async def close(state: TaskiqState) -> None:
        if runtime is not None:
            await runtime.storage.close()
            if runtime.bus is not None:
                await runtime.bus.redis.aclose()

    async def run(job_id: str) -> str | None:
        return await run_job(UUID(job_id), await get_runtime())

    async def sweep() -> dict[str, int]:
        rt = await get_runtime()
        result = await sweep_jobs(rt.settings, bus=rt.bus, broker=broker)
        return {
            "requeued": len(result.requeued),
            "failed": len(result.failed),
            "cancelled": len(result.cancelled),
            "resent": len(result.resent),
        }

    broker.add_event_handler(TaskiqEvents.WORKER_SHUTDOWN, close)
    broker.register_task(run, task_name=RUN_TASK)
    broker.register_task(sweep, task_name=SWEEP_TASK, schedule=[{"cron": "* * * * *"}])
