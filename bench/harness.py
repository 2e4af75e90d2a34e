"""Shared benchmark plumbing: a scratch database, a real uvicorn on loopback, a load loop."""

from __future__ import annotations

import asyncio
import contextlib
import os
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from pathlib import Path

import httpx

from tests import engines

ROOT = Path(__file__).resolve().parents[1]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@dataclass
class Result:
    name: str
    clients: int
    requests: int
    seconds: float
    latencies_ms: list[float]
    errors: int

    @property
    def rps(self) -> float:
        return self.requests / self.seconds

    fixed: dict[float, float] | None = None

    def pct(self, p: float) -> float:
        if self.fixed:
            return self.fixed[p]
        data = sorted(self.latencies_ms)
        return data[min(len(data) - 1, int(len(data) * p))] if data else float("nan")

    def line(self) -> str:
        return (
            f"{self.name:<28} clients={self.clients:<3} n={self.requests:<6} {self.rps:8.1f} req/s  "
            f"p50={self.pct(0.50):6.2f} ms  p95={self.pct(0.95):6.2f} ms  p99={self.pct(0.99):6.2f} ms  "
            f"errors={self.errors}"
        )


async def load(
    name: str,
    clients: int,
    seconds: float,
    request: Callable[[httpx.AsyncClient], Awaitable[httpx.Response]],
    base_url: str,
    check: Callable[[httpx.Response], bool] = lambda r: r.status_code == 200,
) -> Result:
    latencies: list[float] = []
    errors = 0
    deadline = time.perf_counter() + seconds
    limits = httpx.Limits(max_connections=clients, max_keepalive_connections=clients)
    async with httpx.AsyncClient(base_url=base_url, limits=limits, timeout=30) as client:

        async def worker() -> None:
            nonlocal errors
            while time.perf_counter() < deadline:
                t0 = time.perf_counter()
                response = await request(client)
                latencies.append((time.perf_counter() - t0) * 1000)
                if not check(response):
                    errors += 1

        start = time.perf_counter()
        await asyncio.gather(*(worker() for _ in range(clients)))
        elapsed = time.perf_counter() - start
    return Result(name, clients, len(latencies), elapsed, latencies, errors)


@contextlib.asynccontextmanager
async def uvicorn_server(env: dict[str, str], workers: int = 1, factory: str = "server.app:app_from_environment"):
    """The app under a real uvicorn on a free loopback port, with `env` as its environment; yields its URL."""
    async with uvicorn_process(env, workers, factory) as (base_url, _):
        yield base_url


@contextlib.asynccontextmanager
async def uvicorn_process(env: dict[str, str], workers: int = 1, factory: str = "server.app:app_from_environment"):
    """As uvicorn_server; yields (URL, the uvicorn process) for a caller that signals it itself."""
    port = free_port()
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "uvicorn",
            "--factory",
            factory,
            "--host",
            "127.0.0.1",
            "--port",
            str(port),
            "--workers",
            str(workers),
            "--log-level",
            "warning",
            "--no-access-log",
            "--no-proxy-headers",
        ],  # the app alone reads forwarded headers, and only from TRUSTED_PROXIES
        cwd=ROOT,
        env=env,
    )
    base_url = f"http://127.0.0.1:{port}"
    try:
        # Up to 90 s: on a loaded 2-core machine importing the app alone can take 25 s.
        deadline = time.monotonic() + 90
        async with httpx.AsyncClient() as c:
            while True:
                with contextlib.suppress(httpx.HTTPError):
                    if (await c.get(f"{base_url}/api/healthz")).status_code == 200:
                        break
                if proc.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError(f"uvicorn on {base_url} did not become healthy (exit code {proc.poll()})")
                await asyncio.sleep(0.1)
        yield base_url, proc
    finally:
        proc.terminate()
        proc.wait(timeout=15)


@contextlib.asynccontextmanager
async def scratch_server(extra_env: dict[str, str] | None = None, workers: int = 1):
    """A fresh database with migrations applied and a uvicorn serving it; yields (base_url, env)."""
    server_url = engines.server_database_url()
    redis_url = engines.redis_url()
    database_url = await engines.create_database(server_url, prefix="ar_bench")
    env = {
        **os.environ,
        "DATABASE_URL": database_url,
        "REDIS_URL": redis_url,
        "ENVIRONMENT": "development",
        "RATE_LIMIT_LOGIN_PER_IP": "1000000",
        "RATE_LIMIT_LOGIN_PER_USERNAME": "1000000",
        **(extra_env or {}),
    }
    subprocess.run([sys.executable, "-m", "server.cli", "migrate"], cwd=ROOT, env=env, check=True, capture_output=True)
    try:
        async with uvicorn_server(env, workers) as base_url:
            yield base_url, env
    finally:
        await engines.drop_database(server_url, database_url)


WRK_SCRIPT = """
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
local auth = os.getenv("WRK_AUTH")
if auth and auth ~= "" then wrk.headers["Authorization"] = auth end
local bodies = {}
for body in string.gmatch(os.getenv("WRK_BODY"), "([^\\30]+)") do table.insert(bodies, body) end
request = function() return wrk.format(nil, nil, nil, bodies[math.random(#bodies)]) end
function done(summary, latency, requests)
  io.write(string.format("WRK %d %f %f %f %f %d\\n", summary.requests, summary.duration / 1e6,
    latency:percentile(50) / 1e3, latency:percentile(95) / 1e3, latency:percentile(99) / 1e3,
    summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
end
"""


def wrk_available() -> bool:
    return shutil.which("wrk") is not None


def wrk_load(
    name: str, clients: int, seconds: float, url: str, body: str | list[str], authorization: str = ""
) -> Result:
    """Drive `url` with wrk (a C load generator: the client costs little of the shared CPU).

    With a list of bodies each request picks one at random."""
    body = "\x1e".join(body) if isinstance(body, list) else body
    with tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False) as script:
        script.write(WRK_SCRIPT)
    try:
        out = subprocess.run(
            ["wrk", "-t", str(min(clients, 2)), "-c", str(clients), "-d", f"{int(seconds)}s", "-s", script.name, url],
            capture_output=True,
            text=True,
            env={**os.environ, "WRK_BODY": body, "WRK_AUTH": authorization},
            check=True,
        ).stdout
    finally:
        os.unlink(script.name)
    line = next(row for row in out.splitlines() if row.startswith("WRK "))
    requests, duration, p50, p95, p99, errors = line.split()[1:]
    result = Result(name, clients, int(requests), float(duration), [], int(errors))
    result.fixed = {0.50: float(p50), 0.95: float(p95), 0.99: float(p99)}
    return result


def summary(results: list[Result]) -> str:
    return "\n".join(r.line() for r in results)


def median(values: list[float]) -> float:
    return statistics.median(values)
