"""Benchmark live job events: publish → WebSocket client receipt, with many subscribers on one API process.

    .venv/bin/python -m bench.live [--subscribers 1000] [--jobs N (default: one per subscriber)] [--events 300] [--rate 50]

A scratch database and one uvicorn process (one worker). `subscribers` WebSockets (graphql-transport-ws),
each following `jobEvents(jobId, afterSeq: 1)` of one of `jobs` running jobs (so `subscribers / jobs`
sockets watch each job). This process then stands in for a worker: it appends `events` JobEvents
round-robin over the jobs, `rate` per second, each committed and then published exactly as the job engine
does (`server.jobs.events.publish_events`). Latency is from just before the publish to the moment a
client socket has the event decoded; every (job, seq) each socket should see is counted.
The clients run in this process, on the same 2 shared cores as the server: figures are pessimistic.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import statistics
import time
import uuid
from datetime import UTC, datetime

import websockets

from bench.harness import scratch_server

FOLLOW = "subscription($id: ID!) { jobEvents(jobId: $id, afterSeq: 1) { seq type } }"


def pct(data: list[float], p: float) -> float:
    ordered = sorted(data)
    return ordered[min(len(ordered) - 1, int(len(ordered) * p))] if ordered else float("nan")


class Follower:
    """One socket following one job; records when each seq arrived."""

    def __init__(self, base_url: str, token: str, job_id: uuid.UUID) -> None:
        self.base_url, self.token, self.job_id = base_url, token, job_id
        self.received: dict[int, float] = {}
        self.errors: list[object] = []
        self.ws: websockets.ClientConnection | None = None
        self.task: asyncio.Task[None] | None = None

    async def start(self) -> None:
        url = self.base_url.replace("http://", "ws://") + "/graphql"
        self.ws = await websockets.connect(
            url,
            subprotocols=["graphql-transport-ws"],
            origin=self.base_url,
            max_queue=None,
            open_timeout=60,
            ping_interval=None,  # as a browser: the server's graphql-transport-ws keep-alive is enough
        )
        await self.ws.send(json.dumps({"type": "connection_init", "payload": {"token": self.token}}))
        if json.loads(await self.ws.recv()) != {"type": "connection_ack"}:
            raise RuntimeError("the server did not acknowledge the connection")
        payload = {"query": FOLLOW, "variables": {"id": str(self.job_id)}}
        await self.ws.send(json.dumps({"id": "1", "type": "subscribe", "payload": payload}))
        self.task = asyncio.create_task(self.read())

    async def read(self) -> None:
        if self.ws is None:
            return
        try:
            async for raw in self.ws:
                message = json.loads(raw)
                if message.get("type") == "next":
                    data = message["payload"].get("data")
                    if data is None:
                        self.errors.append(message["payload"].get("errors"))
                        continue
                    self.received[data["jobEvents"]["seq"]] = time.perf_counter()
                elif message.get("type") == "ping":
                    await self.ws.send(json.dumps({"type": "pong"}))
                elif message.get("type") in {"error", "complete"}:
                    self.errors.append(message)
        except websockets.exceptions.ConnectionClosed as exc:
            self.errors.append(f"closed: {exc}")

    async def stop(self) -> None:
        if self.ws is not None:
            await self.ws.close()
        if self.task is not None:
            await self.task


async def main(subscribers: int, jobs: int, events: int, rate: float) -> None:
    from redis.asyncio import Redis

    from server.db import close_db, init_db
    from server.jobs.events import JobEventType, append_event, job_events_channel, publish_events
    from server.jobs.models import Job
    from server.settings import Settings
    from server.system.events import EventBus

    async with scratch_server() as (base_url, env):
        settings = Settings(_env_file=None, database_url=env["DATABASE_URL"], redis_url=env["REDIS_URL"])
        await init_db(settings)
        redis = Redis.from_url(env["REDIS_URL"], decode_responses=True)
        try:
            from tests.factories import create_user, token_for

            user = await create_user(username="bench", email="bench@example.com")
            tenant_id = (await user.profile).tenant_id
            token = await token_for(user)
            watched = []
            for _ in range(jobs):
                job = await Job.create(
                    tenant_id=tenant_id, user_id=user.id, kind="MONTHLY", status="running", queued_at=datetime.now(UTC)
                )
                await append_event(job, JobEventType.QUEUED, "queued")
                await job.save(update_fields=["event_seq"])
                watched.append(job)

            followers = [Follower(base_url, token, watched[i % jobs].id) for i in range(subscribers)]
            t0 = time.perf_counter()
            for start in range(0, subscribers, 50):
                await asyncio.gather(*(f.start() for f in followers[start : start + 50]))
            connected = time.perf_counter() - t0
            # Every job's channel subscribed by the API process before anything is published.
            channels = [job_events_channel(job.id) for job in watched]
            for _ in range(600):
                counts = dict(await redis.pubsub_numsub(*channels))
                if all(counts.get(c) == 1 for c in channels):
                    break
                await asyncio.sleep(0.1)
            else:
                raise RuntimeError("the API process did not subscribe to every job's channel")
            print(f"{subscribers} sockets connected and subscribed in {connected:.1f} s", flush=True)

            bus = EventBus(redis)
            sent: dict[tuple[uuid.UUID, int], float] = {}
            types = [JobEventType.ENTRIES_LOADED, JobEventType.PROVIDER_CALL, JobEventType.CHECKED]
            interval = 1 / rate
            next_at = time.perf_counter()
            for n in range(events):
                job = watched[n % jobs]
                event = await append_event(job, types[n % len(types)], "bench step", {"n": n})
                await job.save(update_fields=["event_seq"])
                sent[(job.id, event.seq)] = time.perf_counter()
                await publish_events(bus, job, [event])
                next_at += interval
                await asyncio.sleep(max(0.0, next_at - time.perf_counter()))

            expected = sum(1 for f in followers for (job_id, _seq) in sent if job_id == f.job_id)
            for _ in range(300):  # at most 30 s for the stragglers
                if sum(len(f.received) for f in followers) >= expected:
                    break
                await asyncio.sleep(0.1)
            latencies = [
                (at - sent[(f.job_id, seq)]) * 1000
                for f in followers
                for seq, at in f.received.items()
                if (f.job_id, seq) in sent
            ]
            errors = sum(len(f.errors) for f in followers)
            # Printed before the teardown, which a server still flushing a backlog can make slow.
            print(
                f"subscribers={subscribers} on 1 API process, jobs={jobs} ({subscribers // jobs} sockets per job), "
                f"events={events} at {rate:g}/s; deliveries expected={expected} received={len(latencies)} errors={errors}"
            )
            print(
                f"publish → client receipt: p50={pct(latencies, 0.50):.1f} ms  p95={pct(latencies, 0.95):.1f} ms  "
                f"p99={pct(latencies, 0.99):.1f} ms  max={max(latencies, default=float('nan')):.1f} ms  "
                f"mean={statistics.fmean(latencies) if latencies else float('nan'):.1f} ms",
                flush=True,
            )

            await asyncio.gather(*(f.stop() for f in followers))
        finally:
            await redis.aclose()
            await close_db()


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--subscribers", type=int, default=1000)
    parser.add_argument("--jobs", type=int, default=0, help="default: one job per subscriber")
    parser.add_argument("--events", type=int, default=300)
    parser.add_argument("--rate", type=float, default=50.0)
    args = parser.parse_args()
    asyncio.run(main(args.subscribers, args.jobs or args.subscribers, args.events, args.rate))
