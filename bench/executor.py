"""The fast executor on and off, side by side: the same worklog page sent alternately to two uvicorns.

Alternating request by request puts both under the same load, so the comparison holds on a busy
machine where two separate `bench.worklogs` runs (with and without GRAPHQL_FAST_EXECUTOR=false)
differ by more than the executor does. Uses the database `bench.worklogs` seeds.

    .venv/bin/python -m bench.executor [--requests 1500]
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import statistics
import time

import httpx

from bench.harness import uvicorn_server
from bench.worklogs import LIST, date_filter, prepare
from tests import engines

WARM_UP = 100


async def main(requests: int) -> None:
    url, token = await prepare(reseed=False)
    env = {
        **os.environ,
        "DATABASE_URL": url,
        "REDIS_URL": engines.redis_url(),
        "ENVIRONMENT": "development",
        "SECRET_KEY": "bench-secret-key-0123456789abcdef0123456789",
    }
    headers = {"authorization": f"Bearer {token}"}
    rng = random.Random(3)
    bodies = [{"query": LIST, "variables": {"f": date_filter(rng)}} for _ in range(200)]
    times: dict[str, list[float]] = {"on": [], "off": []}
    async with (
        uvicorn_server({**env, "GRAPHQL_FAST_EXECUTOR": "true"}) as on,
        uvicorn_server({**env, "GRAPHQL_FAST_EXECUTOR": "false"}) as off,
        httpx.AsyncClient(timeout=30) as client,
    ):
        for i in range(WARM_UP + requests):
            servers = [("on", on), ("off", off)] if i % 2 else [("off", off), ("on", on)]
            for name, base_url in servers:
                t0 = time.perf_counter()
                response = await client.post(f"{base_url}/graphql", json=bodies[i % len(bodies)], headers=headers)
                elapsed = (time.perf_counter() - t0) * 1000
                if response.status_code != 200 or "errors" in response.json():
                    raise RuntimeError(response.text)
                if i >= WARM_UP:
                    times[name].append(elapsed)
    paired = [off_ms - on_ms for off_ms, on_ms in zip(times["off"], times["on"], strict=True)]
    print(f"worklogs date page, one client, {requests} requests to each, alternating:")
    for name, values in times.items():
        values.sort()
        print(
            f"  GRAPHQL_FAST_EXECUTOR {name:<3}  p50={statistics.median(values):6.2f} ms  "
            f"p95={values[int(len(values) * 0.95)]:6.2f} ms  min={values[0]:6.2f} ms"
        )
    print(f"  off - on, request by request: median {statistics.median(paired):5.2f} ms")


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--requests", type=int, default=1500)
    asyncio.run(main(parser.parse_args().requests))
