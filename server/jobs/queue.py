"""The one place that builds the task broker and the scheduler, in functions: importing this
module starts nothing and connects to nothing.

RedisStreamBroker acknowledges a task only after it ran, so a worker killed mid-task
leaves it pending; `unacknowledged_lock_timeout` and `idle_timeout` let another worker
reclaim it. Tasks are named "<domain>.<action>" and take ids; each task module has a
`register(broker)` that the broker's builder calls, so no module registers at import.
When the cache is unreachable the broker waits with capped exponential backoff (logged)
instead of letting the worker process die and be restarted in a tight loop.
"""

from __future__ import annotations

import asyncio
import contextlib
import importlib
import logging
from collections.abc import AsyncGenerator, Iterator
from functools import lru_cache

from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import ResponseError
from redis.exceptions import TimeoutError as RedisTimeoutError
from taskiq import AckableMessage, TaskiqEvents, TaskiqScheduler, TaskiqState
from taskiq.schedule_sources import LabelScheduleSource
from taskiq_redis import RedisAsyncResultBackend, RedisStreamBroker

from server.settings import Settings, get_settings

log = logging.getLogger(__name__)

# Modules holding tasks; each has `register(broker)`.
TASK_MODULES: list[str] = [
    "server.billing.tasks",
    "server.jobs.tasks",
    "server.mail.tasks",
    "server.backup.tasks",
    "server.metrics.tasks",
    "server.reports.tasks",
]

LONGEST_TASK_MS = 15 * 60 * 1000
BACKOFF_FIRST_SECONDS = 0.5
BACKOFF_MAX_SECONDS = 30.0
UNREACHABLE = (RedisConnectionError, RedisTimeoutError, OSError)


def backoff_delays(first: float = BACKOFF_FIRST_SECONDS, cap: float = BACKOFF_MAX_SECONDS) -> Iterator[float]:
    """0.5, 1, 2, 4 … seconds, never more than `cap`."""
    delay = first
    while True:
        yield delay
        delay = min(delay * 2, cap)


class ResilientStreamBroker(RedisStreamBroker):
    """A stream broker that outlives a lost cache: it waits and reconnects instead of raising."""

    async def _declare_consumer_group(self) -> None:
        delays = backoff_delays()
        while True:
            try:
                await super()._declare_consumer_group()
                return
            except UNREACHABLE as exc:
                delay = next(delays)
                log.warning("cache unreachable (%s); retrying in %.1f s", exc, delay)
                await asyncio.sleep(delay)

    async def listen(self) -> AsyncGenerator[AckableMessage, None]:
        delays = backoff_delays()
        while True:
            try:
                async for message in super().listen():
                    delays = backoff_delays()
                    yield message
            except UNREACHABLE as exc:
                delay = next(delays)
                log.warning("cache unreachable while listening (%s); retrying in %.1f s", exc, delay)
                await asyncio.sleep(delay)
            except ResponseError as exc:
                # NOGROUP: the cache restarted empty. UNBLOCKED: the stream was deleted (FLUSHDB) while this
                # worker waited on it; without the group declared again, the worker process would die.
                if "NOGROUP" not in str(exc) and "UNBLOCKED" not in str(exc):
                    raise
                log.warning("consumer group missing (the cache restarted empty); declaring it again")
            await self._declare_consumer_group()


def register_tasks(broker: RedisStreamBroker, modules: list[str] = TASK_MODULES) -> None:
    for name in modules:
        importlib.import_module(name).register(broker)


def build_broker(settings: Settings) -> ResilientStreamBroker:
    if not settings.redis_url:
        raise RuntimeError("REDIS_URL is not resolved; start the engines first (server.system.engines)")
    broker = ResilientStreamBroker(
        url=settings.redis_url,
        queue_name="afterresume:tasks",
        consumer_group_name="afterresume-workers",
        # A group made anew (first start, or a cache that came back empty) reads the stream from its
        # start, so tasks enqueued before a worker was listening are not skipped.
        consumer_id="0",
        maxlen=100_000,
        idle_timeout=LONGEST_TASK_MS + 60_000,
        unacknowledged_lock_timeout=30,
    ).with_result_backend(
        # Task results are kept only for a while: the job row is the record, not the result.
        RedisAsyncResultBackend(settings.redis_url, result_ex_time=settings.job_result_ttl_seconds)
    )

    @broker.on_event(TaskiqEvents.WORKER_STARTUP)
    async def _startup(state: TaskiqState) -> None:
        from server.db import init_db
        from server.metrics import prometheus
        from server.metrics.health import queue_figures
        from server.metrics.worker_endpoint import WorkerMetricsServer
        from server.system import heartbeats
        from server.system.cache import create_redis

        prometheus.use_directory(settings, "worker")  # before any instrument exists in this process
        await init_db(settings)
        state.heartbeat_redis = create_redis(settings)
        redis = state.heartbeat_redis
        state.metrics_server = WorkerMetricsServer(settings)
        metrics_server = state.metrics_server

        async def beat() -> None:
            await heartbeats.beat_worker(redis, settings.heartbeat_ttl_seconds)
            await metrics_server.ensure_serving()
            length, pending = await queue_figures(redis)
            found = prometheus.instruments()
            found.queue_length.set(length)
            found.queue_pending.set(pending)

        state.heartbeat = heartbeats.start_beating(beat, settings.heartbeat_interval_seconds)

    @broker.on_event(TaskiqEvents.WORKER_SHUTDOWN)
    async def _shutdown(state: TaskiqState) -> None:
        from server.db import close_db
        from server.system import heartbeats

        await heartbeats.stop_beating(getattr(state, "heartbeat", None))
        if getattr(state, "metrics_server", None) is not None:
            await state.metrics_server.close()
        redis = getattr(state, "heartbeat_redis", None)
        if redis is not None:
            with contextlib.suppress(*UNREACHABLE):
                await heartbeats.forget_worker(redis)
            await redis.aclose()
        await close_db()

    register_tasks(broker)
    return broker


def build_scheduler(broker: RedisStreamBroker) -> TaskiqScheduler:
    return TaskiqScheduler(broker=broker, sources=[LabelScheduleSource(broker)])


async def run_scheduler_heartbeat(settings: Settings) -> None:
    """The scheduler process's last tick, every heartbeat interval, until cancelled."""
    from server.system import heartbeats
    from server.system.cache import create_redis

    redis = create_redis(settings)

    async def beat() -> None:
        await heartbeats.beat_scheduler(redis, settings.heartbeat_ttl_seconds)

    try:
        await heartbeats.keep_beating(beat, settings.heartbeat_interval_seconds)
    finally:
        await redis.aclose()


@lru_cache(maxsize=1)
def get_broker() -> ResilientStreamBroker:
    """The process's broker, built on first use from the environment's settings."""
    return build_broker(get_settings())


@lru_cache(maxsize=1)
def get_scheduler() -> TaskiqScheduler:
    return build_scheduler(get_broker())
