"""admin { systemHealth }: a real worker's heartbeat comes and goes; an unreachable cache is reported down."""

from __future__ import annotations

import asyncio
import os
import signal
import subprocess
import sys
from pathlib import Path

from redis.asyncio import Redis

from server.system import heartbeats
from tests.factories import create_staff, token_for

ROOT = Path(__file__).resolve().parents[2]

HEALTH = """query { admin { systemHealth {
  status checks { name status reason latencyMs value }
  workers { pid host currentJobId startedAt lastBeatAt }
  queueLength queuePending schedulerLastTickAt
} } }"""


def checks_of(data: dict) -> dict[str, dict]:
    return {c["name"]: c for c in data["admin"]["systemHealth"]["checks"]}


async def wait_for_health(gql, token, predicate) -> dict:
    deadline = asyncio.get_running_loop().time() + 30
    while True:
        data = await gql.ok(HEALTH, token=token)
        if predicate(data):
            return data
        if asyncio.get_running_loop().time() > deadline:
            raise AssertionError(f"health never matched: {data}")
        await asyncio.sleep(0.3)


def start_worker(settings, **extra: str) -> subprocess.Popen:
    env = {
        **os.environ,
        "DATABASE_URL": settings.database_url,
        "REDIS_URL": settings.redis_url,
        "DATA_DIR": str(settings.data_dir),
        "ENVIRONMENT": "test",
        "HEARTBEAT_INTERVAL_SECONDS": "0.3",
        "HEARTBEAT_TTL_SECONDS": "2",
        "WORKER_METRICS_PORT": "0",
        "PYTHONPATH": str(ROOT),
        **extra,
    }
    return subprocess.Popen(
        [sys.executable, "-m", "workers.main", "worker"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )


async def test_a_running_worker_is_alive_and_a_killed_one_is_reported_down(gql, settings):
    token = await token_for(await create_staff())
    data = await gql.ok(HEALTH, token=token)
    assert checks_of(data)["workers"]["status"] == "DOWN"
    assert "no worker heartbeat" in checks_of(data)["workers"]["reason"]

    worker = start_worker(settings)
    try:
        data = await wait_for_health(gql, token, lambda d: d["admin"]["systemHealth"]["workers"])
        pids = {w["pid"] for w in data["admin"]["systemHealth"]["workers"]}
        # taskiq's runner forks the worker process; its child beats.
        assert pids and all(p != os.getpid() for p in pids)
        check = checks_of(data)["workers"]
        assert check["status"] == "OK" and check["value"] == 1.0 and check["reason"] == "1 alive, 0 running a job"
        assert checks_of(data)["queue"]["status"] == "OK"
    finally:
        os.killpg(worker.pid, signal.SIGKILL)  # no clean shutdown: the heartbeat must expire on its own
        worker.wait(10)
    data = await wait_for_health(gql, token, lambda d: not d["admin"]["systemHealth"]["workers"])
    check = checks_of(data)["workers"]
    assert check["status"] == "DOWN" and check["reason"] == "no worker heartbeat in the last 20 s"
    assert data["admin"]["systemHealth"]["status"] == "DOWN"


async def test_the_current_job_and_the_scheduler_tick_are_shown(gql, app, settings):
    token = await token_for(await create_staff())
    heartbeats.set_current_job("6f1c2a4e-0000-4000-8000-000000000001")
    try:
        await heartbeats.beat_worker(app.state.redis, 5)
        await heartbeats.beat_scheduler(app.state.redis, 5)
    finally:
        heartbeats.set_current_job(None)
    data = await gql.ok(HEALTH, token=token)
    health = data["admin"]["systemHealth"]
    assert [w["currentJobId"] for w in health["workers"]] == ["6f1c2a4e-0000-4000-8000-000000000001"]
    assert health["workers"][0]["pid"] == os.getpid()
    assert checks_of(data)["workers"]["reason"] == "1 alive, 1 running a job"
    assert checks_of(data)["scheduler"]["status"] == "OK" and health["schedulerLastTickAt"]
    for name in ("database", "redis", "storage", "migrations", "disk"):
        assert checks_of(data)[name]["status"] in ("OK", "DEGRADED"), checks_of(data)[name]
    assert checks_of(data)["migrations"]["status"] == "OK"
    assert checks_of(data)["database"]["latencyMs"] > 0


async def test_an_unreachable_cache_is_reported_down_and_the_rest_still_answers(gql, app):
    token = await token_for(await create_staff())
    working = app.state.redis
    # A port nobody listens on: connections are refused at once.
    app.state.redis = Redis.from_url("redis://127.0.0.1:9/0", decode_responses=True, socket_connect_timeout=1)
    try:
        data = await gql.ok(HEALTH, token=token)
    finally:
        await app.state.redis.aclose()
        app.state.redis = working
    checks = checks_of(data)
    for name in ("redis", "queue", "workers", "scheduler"):
        assert checks[name]["status"] == "DOWN", checks[name]
        assert "unreachable" in checks[name]["reason"]
    assert checks["redis"]["reason"].startswith("Redis unreachable")
    assert checks["database"]["status"] == "OK"
    assert data["admin"]["systemHealth"]["status"] == "DOWN"
    assert data["admin"]["systemHealth"]["queueLength"] is None


async def test_a_normal_user_cannot_read_system_health(gql):
    from tests.factories import create_user, error_codes

    token = await token_for(await create_user())
    body = await gql(HEALTH, token=token)
    assert error_codes(body) == ["FORBIDDEN"]


async def test_the_queue_counts_messages_waiting_for_a_worker_not_those_already_handled(gql, app):
    from server.metrics.health import CONSUMER_GROUP, QUEUE_NAME

    token = await token_for(await create_staff())
    redis = app.state.redis

    async def figures() -> tuple[int, int, str]:
        health = (await gql.ok(HEALTH, token=token))["admin"]["systemHealth"]
        return (
            health["queueLength"],
            health["queuePending"],
            checks_of({"admin": {"systemHealth": health}})["queue"]["reason"],
        )

    assert (await figures())[:2] == (0, 0)  # no stream yet
    for n in range(5):
        await redis.xadd(QUEUE_NAME, {"data": f"message {n}"})
    assert (await figures())[:2] == (5, 0)  # no worker ever listened: all five wait
    await redis.xgroup_create(QUEUE_NAME, CONSUMER_GROUP, id="0")
    delivered = await redis.xreadgroup(CONSUMER_GROUP, "worker-1", {QUEUE_NAME: ">"}, count=3)
    ids = [message_id for _, messages in delivered for message_id, _ in messages]
    await redis.xack(QUEUE_NAME, CONSUMER_GROUP, *ids[:2])  # two handled, one still running
    assert await redis.xlen(QUEUE_NAME) == 5  # the stream keeps what was handled
    assert await figures() == (2, 1, "2 waiting for a worker, 1 delivered and unacknowledged")
    # Once a waiting entry is deleted Redis no longer knows the lag: what follows the last delivery is counted.
    waiting = await redis.xrange(QUEUE_NAME, min=f"({ids[-1]}")
    await redis.xdel(QUEUE_NAME, waiting[0][0])
    assert (await redis.xinfo_groups(QUEUE_NAME))[0]["lag"] is None
    assert (await figures())[:2] == (1, 1)
