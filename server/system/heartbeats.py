"""Worker and scheduler liveness, written to Redis and read by `admin { systemHealth }`.

Each worker process keeps a hash `afterresume:worker:<host>:<pid>` (pid, host, started, current job,
beat) whose TTL is renewed on every beat: a stopped or killed worker disappears once its TTL runs
out, without anyone cleaning up after it. The scheduler stores the time of its last tick. The jobs
engine calls `set_current_job(job_id | None)` around each job, so staff see what every worker runs.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import socket
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import cast
from uuid import UUID

from redis.asyncio import Redis

log = logging.getLogger(__name__)

WORKER_PREFIX = "afterresume:worker:"
SCHEDULER_KEY = "afterresume:scheduler:tick"


@dataclass(frozen=True)
class WorkerBeat:
    pid: int
    host: str
    started: float
    beat: float
    current_job_id: str | None


@dataclass
class _ProcessState:
    current_job_id: str | None = None
    started: float = 0.0


_state = _ProcessState()


def set_current_job(job_id: UUID | str | None) -> None:
    """The job this process runs now (None between jobs); written on the next beat."""
    _state.current_job_id = str(job_id) if job_id is not None else None


def worker_key(host: str, pid: int) -> str:
    return f"{WORKER_PREFIX}{host}:{pid}"


async def beat_worker(redis: Redis, ttl_seconds: int) -> None:
    """One heartbeat of this worker process."""
    host, pid = socket.gethostname(), os.getpid()
    key = worker_key(host, pid)
    if not _state.started:
        _state.started = time.time()
    mapping: dict[
        str | bytes | bytearray | memoryview[int] | int | float, str | bytes | bytearray | memoryview[int] | int | float
    ] = {
        "pid": str(pid),
        "host": host,
        "started": repr(_state.started),
        "beat": repr(time.time()),
        "job": _state.current_job_id or "",
    }
    async with redis.pipeline(transaction=True) as pipe:
        pipe.hset(key, mapping=mapping)
        pipe.expire(key, ttl_seconds)
        await pipe.execute()


async def forget_worker(redis: Redis) -> None:
    """A worker shutting down cleanly removes its heartbeat at once."""
    await redis.delete(worker_key(socket.gethostname(), os.getpid()))


async def beat_scheduler(redis: Redis, ttl_seconds: int) -> None:
    await redis.set(SCHEDULER_KEY, repr(time.time()), ex=ttl_seconds)


async def read_workers(redis: Redis) -> list[WorkerBeat]:
    """Every worker whose heartbeat has not expired."""
    beats: list[WorkerBeat] = []
    async for key in redis.scan_iter(match=f"{WORKER_PREFIX}*", count=200):
        raw = cast(dict[str, str], await redis.hgetall(key))  # the client decodes responses
        if not raw:
            continue  # expired between the scan and the read
        beats.append(
            WorkerBeat(
                pid=int(raw.get("pid", 0)),
                host=raw.get("host", ""),
                started=float(raw.get("started", 0)),
                beat=float(raw.get("beat", 0)),
                current_job_id=raw.get("job") or None,
            )
        )
    return sorted(beats, key=lambda b: (b.host, b.pid))


async def read_scheduler_tick(redis: Redis) -> float | None:
    raw = await redis.get(SCHEDULER_KEY)
    return float(raw) if raw else None


async def keep_beating(beat: Callable[[], Awaitable[None]], interval_seconds: float) -> None:
    """Calls `beat()` every interval until cancelled; a lost cache is logged, never fatal."""
    while True:
        try:
            await beat()
        except asyncio.CancelledError:
            raise
        except Exception as exc:  # the cache may be away; the next beat retries
            log.warning("heartbeat not written: %r", exc)
        await asyncio.sleep(interval_seconds)


def start_beating(beat: Callable[[], Awaitable[None]], interval_seconds: float) -> asyncio.Task[None]:
    return asyncio.create_task(keep_beating(beat, interval_seconds), name="heartbeat")


async def stop_beating(task: asyncio.Task[None] | None) -> None:
    if task is None:
        return
    task.cancel()
    with contextlib.suppress(asyncio.CancelledError):
        await task
