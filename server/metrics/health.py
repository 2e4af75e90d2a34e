"""Deep health for staff: every dependency and process the product needs, each ok, degraded or down with a reason.

Checks run concurrently, each bounded by CHECK_TIMEOUT, so an unreachable engine makes its own checks
"down" without holding up the others.
"""

from __future__ import annotations

import asyncio
import shutil
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from functools import lru_cache
from pathlib import Path
from typing import Literal, TypeVar

from redis.asyncio import Redis
from tortoise import Tortoise

from server.settings import Settings
from server.storage.base import Storage
from server.system import heartbeats
from server.system.migrations import MIGRATIONS

Status = Literal["ok", "degraded", "down"]
CHECK_TIMEOUT = 2.5
SLOW_DB_MS = 250.0
SLOW_CACHE_MS = 100.0
CACHE_MEMORY_FULL = 0.9
QUEUE_NAME = "afterresume:tasks"
CONSUMER_GROUP = "afterresume-workers"
_RANK: dict[Status, int] = {"ok": 0, "degraded": 1, "down": 2}
T = TypeVar("T")


@dataclass
class Check:
    name: str
    status: Status
    reason: str
    latency_ms: float | None = None
    value: float | None = None


@dataclass
class SystemHealth:
    status: Status
    checked_at: datetime
    checks: list[Check]
    workers: list[heartbeats.WorkerBeat] = field(default_factory=list)
    queue_length: int | None = None
    queue_pending: int | None = None
    scheduler_last_tick: datetime | None = None
    oldest_queued_seconds: float | None = None


def worst(statuses: list[Status]) -> Status:
    return max(statuses, key=_RANK.__getitem__, default="ok")


async def _timed(call: Callable[[], Awaitable[T]]) -> tuple[T, float]:
    started = time.perf_counter()
    result = await asyncio.wait_for(call(), CHECK_TIMEOUT)
    return result, (time.perf_counter() - started) * 1000


def _unreachable(name: str, what: str, exc: BaseException) -> Check:
    reason = "timed out" if isinstance(exc, TimeoutError) else f"{type(exc).__name__}: {exc}"[:200]
    return Check(name, "down", f"{what} unreachable ({reason})")


async def check_database() -> Check:
    try:
        _, ms = await _timed(lambda: Tortoise.get_connection("default").execute_query("SELECT 1"))
    except Exception as exc:  # any failure of the engine is what this check reports
        return _unreachable("database", "PostgreSQL", exc)
    if ms > SLOW_DB_MS:
        return Check("database", "degraded", f"SELECT 1 took {ms:.0f} ms", latency_ms=ms)
    return Check("database", "ok", f"SELECT 1 in {ms:.1f} ms", latency_ms=ms)


async def check_cache(redis: Redis) -> Check:
    try:
        _, ms = await _timed(redis.ping)
        memory = await asyncio.wait_for(redis.info("memory"), CHECK_TIMEOUT)
    except Exception as exc:  # any failure of the engine is what this check reports
        return _unreachable("redis", "Redis", exc)
    used = float(memory.get("used_memory", 0))
    limit = float(memory.get("maxmemory", 0) or 0)
    share = f" of {limit / 2**20:.0f} MiB" if limit else " (no maxmemory)"
    reason = f"PING in {ms:.1f} ms, {used / 2**20:.1f} MiB used{share}"
    if limit and used / limit > CACHE_MEMORY_FULL:
        return Check("redis", "degraded", reason + ": memory nearly full", latency_ms=ms, value=used)
    if ms > SLOW_CACHE_MS:
        return Check("redis", "degraded", reason + ": slow", latency_ms=ms, value=used)
    return Check("redis", "ok", reason, latency_ms=ms, value=used)


async def check_storage(storage: Storage) -> Check:
    try:
        _, ms = await _timed(storage.check)
    except Exception as exc:  # any failure of the backend is what this check reports
        return _unreachable("storage", "object storage", exc)
    return Check("storage", "ok", f"write, read and delete in {ms:.1f} ms", latency_ms=ms)


@lru_cache(maxsize=1)
def migration_files() -> frozenset[str]:
    """The migrations shipped with this code (they change only with a new release)."""
    return frozenset(p.stem for p in Path(MIGRATIONS, "models").glob("*.py") if p.stem[0].isdigit())


async def check_migrations() -> Check:
    try:
        rows, _ = await _timed(
            lambda: Tortoise.get_connection("default").execute_query_dict("SELECT version FROM aerich")
        )
    except Exception as exc:  # no table or no database: nothing can be said about the schema
        return _unreachable("migrations", "migration table", exc)
    applied = {str(r["version"]).removesuffix(".py") for r in rows}
    files = migration_files()
    pending = sorted(files - applied)
    if pending:
        return Check(
            "migrations", "degraded", f"{len(pending)} not applied: {', '.join(pending[:3])}", value=len(pending)
        )
    return Check("migrations", "ok", f"all {len(files)} applied", value=0)


async def queue_figures(redis: Redis) -> tuple[int, int]:
    """Messages waiting in the task stream for a worker (not yet delivered to the consumer group), and those
    delivered but not yet acknowledged. The stream keeps handled messages until `maxlen` trims them, so its
    length (XLEN) is history, not backlog."""
    try:
        groups = await redis.xinfo_groups(QUEUE_NAME)
    except Exception as exc:  # no stream yet: nothing was ever sent
        if "no such key" not in str(exc).lower():
            raise
        return 0, 0
    group = next((g for g in groups if _text(g.get("name")) == CONSUMER_GROUP), None)
    if group is None:  # no worker ever listened: every message is waiting
        return int(await redis.xlen(QUEUE_NAME)), 0
    pending = int(group.get("pending") or 0)
    lag = group.get("lag")
    if lag is not None:
        return int(lag), pending
    # Redis cannot tell the lag once entries were trimmed or deleted: count what follows the last delivery.
    after = await redis.xrange(QUEUE_NAME, min=f"({_text(group.get('last-delivered-id'))}", count=100_000)
    return len(after or []), pending


def _text(value: object) -> str:
    return value.decode() if isinstance(value, bytes) else str(value)


async def check_queue(redis: Redis, settings: Settings) -> tuple[Check, int | None, int | None]:
    try:
        (length, pending), ms = await _timed(lambda: queue_figures(redis))
    except Exception as exc:  # any failure of the engine is what this check reports
        return _unreachable("queue", "task stream", exc), None, None
    reason = f"{length} waiting for a worker, {pending} delivered and unacknowledged"
    status: Status = "degraded" if pending > settings.alert_queued_jobs else "ok"
    return Check("queue", status, reason, latency_ms=ms, value=pending), length, pending


async def check_workers(redis: Redis, settings: Settings) -> tuple[Check, list[heartbeats.WorkerBeat]]:
    try:
        workers, _ = await _timed(lambda: heartbeats.read_workers(redis))
    except Exception as exc:  # the heartbeats live in the cache
        return _unreachable("workers", "heartbeat store", exc), []
    if not workers:
        return Check(
            "workers", "down", f"no worker heartbeat in the last {settings.heartbeat_ttl_seconds} s", value=0
        ), []
    busy = sum(1 for w in workers if w.current_job_id)
    return Check("workers", "ok", f"{len(workers)} alive, {busy} running a job", value=len(workers)), workers


async def check_scheduler(redis: Redis, settings: Settings) -> tuple[Check, datetime | None]:
    try:
        tick, _ = await _timed(lambda: heartbeats.read_scheduler_tick(redis))
    except Exception as exc:  # the tick lives in the cache
        return _unreachable("scheduler", "heartbeat store", exc), None
    if tick is None:
        return Check("scheduler", "down", f"no tick in the last {settings.heartbeat_ttl_seconds} s"), None
    age = time.time() - tick
    return Check("scheduler", "ok", f"last tick {age:.0f} s ago", value=age), datetime.fromtimestamp(tick, UTC)


async def check_jobs(settings: Settings) -> tuple[Check, float | None]:
    from server.metrics.jobs import queued_now

    try:
        (queued, oldest), _ = await _timed(queued_now)
    except Exception as exc:  # the job table lives in the database
        return _unreachable("jobs", "job table", exc), None
    age = f", the oldest for {oldest:.0f} s" if oldest is not None else ""
    reason = f"{queued} queued{age}"
    late = oldest is not None and oldest > settings.alert_oldest_queued_seconds
    if queued > settings.alert_queued_jobs or late:
        return Check("jobs", "degraded", reason, value=queued), oldest
    return Check("jobs", "ok", reason, value=queued), oldest


def check_disk(settings: Settings) -> Check:
    path = settings.data_dir
    while not path.exists() and path != path.parent:
        path = path.parent
    try:
        usage = shutil.disk_usage(path)
    except OSError as exc:
        return Check("disk", "down", f"cannot read free space of {settings.data_dir}: {exc}")
    free_gib = usage.free / 2**30
    reason = f"{free_gib:.1f} GiB free of {usage.total / 2**30:.1f} GiB under {settings.data_dir}"
    if usage.free < settings.health_disk_free_min_bytes:
        return Check("disk", "degraded", reason + ": below the minimum", value=usage.free)
    return Check("disk", "ok", reason, value=usage.free)


async def system_health_for_staff(settings: Settings, redis: Redis, storage: Storage) -> SystemHealth:
    """Every check at once; the overall status is the worst of them."""
    tasks = [
        asyncio.create_task(c)
        for c in (check_database(), check_cache(redis), check_storage(storage), check_migrations())
    ]
    queue_task = asyncio.create_task(check_queue(redis, settings))
    workers_task = asyncio.create_task(check_workers(redis, settings))
    scheduler_task = asyncio.create_task(check_scheduler(redis, settings))
    jobs_task = asyncio.create_task(check_jobs(settings))
    database, cache, stored, migrations = [await t for t in tasks]
    queue_check, length, pending = await queue_task
    workers_check, beats = await workers_task
    scheduler_check, tick = await scheduler_task
    jobs_check, oldest = await jobs_task
    checks = [
        database,
        cache,
        stored,
        migrations,
        queue_check,
        jobs_check,
        workers_check,
        scheduler_check,
        check_disk(settings),
    ]
    return SystemHealth(
        status=worst([c.status for c in checks]),
        checked_at=datetime.now(UTC),
        checks=checks,
        workers=beats,
        queue_length=length,
        queue_pending=pending,
        scheduler_last_tick=tick,
        oldest_queued_seconds=oldest,
    )
