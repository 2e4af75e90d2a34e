"""The request observer (request aggregates, Prometheus, activity marks, request logs) on and off, side by
side: the worklog page sent alternately to two uvicorns, one built without RequestObserverMiddleware.

Alternating request by request puts both under the same load (the method of bench.executor); the runs
alternate which server is asked first. Prints each run's medians and the ratio of medians, on / off.
Uses the database `bench.worklogs` seeds (1 000 000 entries; seeded on first use).

    .venv/bin/python -m bench.observer [--runs 7] [--requests 300]
"""

from __future__ import annotations

import argparse
import asyncio
import random
import statistics
import time

import httpx
from starlette.applications import Starlette

from bench.harness import uvicorn_server
from bench.worklogs import LIST, date_filter, prepare, server_env

WARM_UP = 100


def app_without_observer() -> Starlette:
    """uvicorn factory: the production app less the request observer (benchmarks only)."""
    from server.app import app_from_environment
    from server.metrics.middleware import RequestObserverMiddleware

    app = app_from_environment()
    app.user_middleware = [m for m in app.user_middleware if m.cls is not RequestObserverMiddleware]
    return app


async def main(runs: int, requests: int) -> None:
    url, token = await prepare(reseed=False)
    env = server_env(url)
    headers = {"authorization": f"Bearer {token}"}
    rng = random.Random(3)
    bodies = [{"query": LIST, "variables": {"f": date_filter(rng)}} for _ in range(200)]
    every: dict[str, list[float]] = {"on": [], "off": []}
    async with (
        uvicorn_server(env) as on,
        uvicorn_server(env, factory="bench.observer:app_without_observer") as off,
        httpx.AsyncClient(timeout=30) as client,
    ):

        async def ask(base_url: str, i: int) -> float:
            t0 = time.perf_counter()
            response = await client.post(f"{base_url}/graphql", json=bodies[i % len(bodies)], headers=headers)
            elapsed = (time.perf_counter() - t0) * 1000
            if response.status_code != 200 or "errors" in response.json():
                raise RuntimeError(response.text)
            return elapsed

        for i in range(WARM_UP):
            await ask(on, i)
            await ask(off, i)
        print(f"worklogs date page, one client, {runs} runs of {requests} requests to each, alternating:")
        ratios = []
        for run in range(runs):
            times: dict[str, list[float]] = {"on": [], "off": []}
            for i in range(requests):
                order = [("on", on), ("off", off)] if (i + run) % 2 else [("off", off), ("on", on)]
                for name, base_url in order:
                    times[name].append(await ask(base_url, i))
            on_ms, off_ms = statistics.median(times["on"]), statistics.median(times["off"])
            ratios.append(on_ms / off_ms)
            print(
                f"  run {run + 1}: observer on p50={on_ms:6.2f} ms  off p50={off_ms:6.2f} ms  on/off={on_ms / off_ms:.3f}"
            )
            for name in every:
                every[name] += times[name]
    on_ms, off_ms = statistics.median(every["on"]), statistics.median(every["off"])
    print(f"  all runs: observer on p50={on_ms:6.2f} ms  off p50={off_ms:6.2f} ms")
    print(
        f"  ratio of medians on/off: {on_ms / off_ms:.3f} (median of the runs' ratios {statistics.median(ratios):.3f})"
    )


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--requests", type=int, default=300)
    args = parser.parse_args()
    asyncio.run(main(args.runs, args.requests))
