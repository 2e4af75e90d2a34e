"""GET /metrics: the sum over the API processes of a host; refused to anyone but Prometheus in production;
a worker process group serves its own on WORKER_METRICS_PORT."""

from __future__ import annotations

import asyncio
import os
import re
import signal
import socket

import httpx
from httpx import ASGITransport, AsyncClient
from pydantic import SecretStr

from bench.harness import uvicorn_process, uvicorn_server
from tests.factories import create_user, token_for
from tests.live.sockets import Socket
from tests.metrics.test_system_health import start_worker

PING = {"query": "query Ping { __typename }"}


def sample(text: str, name: str, **labels: str) -> float:
    """The value of one sample of the Prometheus text, 0 when absent."""
    for line in text.splitlines():
        if line.startswith(name + " ") and not labels:
            return float(line.rsplit(" ", 1)[1])
        if not line.startswith(name + "{"):
            continue
        found = dict(re.findall(r'(\w+)="([^"]*)"', line[line.index("{") : line.index("}")]))
        if all(found.get(k) == v for k, v in labels.items()):
            return float(line.rsplit(" ", 1)[1])
    return 0.0


async def up(client: httpx.AsyncClient, base: str) -> None:
    """A loaded machine may take longer than the harness waits to start uvicorn."""
    for _ in range(600):
        try:
            if (await client.get(f"{base}/api/healthz")).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        await asyncio.sleep(0.2)
    raise AssertionError(f"{base} never answered")


def server_env(settings, data_dir) -> dict[str, str]:
    """API processes of one group: one database, one cache, one sample directory."""
    return {
        **os.environ,
        "DATABASE_URL": settings.database_url,
        "REDIS_URL": settings.redis_url,
        "DATA_DIR": str(data_dir),
        "ENVIRONMENT": "test",
    }


async def scraped_until(client: httpx.AsyncClient, url: str, name: str, value: float) -> str:
    """The scrape once `name` reads `value` (a server notices a closed socket on its own time)."""
    text = ""
    for _ in range(100):
        text = (await client.get(url)).text
        if sample(text, name) == value:
            return text
        await asyncio.sleep(0.1)
    raise AssertionError(f"{name} stayed at {sample(text, name)}, expected {value}")


async def test_two_api_processes_are_scraped_as_their_sum_and_a_killed_one_leaves_the_live_gauges(settings, tmp_path):
    env = server_env(settings, tmp_path)
    samples = tmp_path / "prometheus" / "api"
    gauge, requests = "afterresume_websocket_connections", "afterresume_http_requests_total"
    async with (
        uvicorn_server(env) as first,
        uvicorn_process(env) as (second, second_process),
        httpx.AsyncClient() as client,
    ):
        await up(client, first)
        await up(client, second)
        for base, times in ((first, 3), (second, 5)):
            for _ in range(times):
                assert (await client.post(f"{base}/graphql", json=PING)).status_code == 200
        await client.post(f"{second}/graphql", json={"query": "query Broken { nothing }"})
        scraped = await client.get(f"{first}/metrics")
        also = await client.get(f"{second}/metrics")
        assert scraped.status_code == 200 and scraped.headers["content-type"].startswith("text/plain")
        text = scraped.text
        ok = {"operation_type": "query", "operation": "Ping", "status": "200"}
        assert sample(text, requests, **ok) == 8.0
        assert sample(also.text, requests, **ok) == 8.0  # either process answers for both
        assert sample(text, "afterresume_http_request_duration_seconds_count", operation="Ping") == 8.0
        assert sample(text, "afterresume_graphql_errors_total", code="GRAPHQL_VALIDATION_FAILED") == 1.0
        pids = {p.name.rsplit("_", 1)[-1] for p in samples.glob("counter_*.db")}
        assert len(pids) >= 2  # both processes wrote samples

        # The second process dies holding a WebSocket: its connection leaves the gauge, its counts stay.
        kept, held = await Socket.open(first), await Socket.open(second)
        try:
            await scraped_until(client, f"{first}/metrics", gauge, 2.0)
            assert (samples / f"gauge_livesum_{second_process.pid}.db").exists()
            second_process.kill()  # no clean-up of its own: SIGKILL
            second_process.wait(10)
            text = (await client.get(f"{first}/metrics")).text
            assert sample(text, gauge) == 1.0  # at once, on the first scrape after the death
            assert not (samples / f"gauge_livesum_{second_process.pid}.db").exists()
            assert sample(text, requests, **ok) == 8.0
        finally:
            await held.close()
            await kept.close()
        await scraped_until(client, f"{first}/metrics", gauge, 0.0)


async def test_production_answers_only_with_the_metrics_token(app, settings, gql):
    user_token = await token_for(await create_user())
    await gql.ok("query Ping { __typename }")  # some samples to scrape
    app.state.settings = settings.model_copy(
        update={"environment": "production", "metrics_token": SecretStr("prom-" + "s" * 40)}
    )
    async with AsyncClient(transport=ASGITransport(app=app, client=("127.0.0.1", 5)), base_url="http://t") as c:
        assert (await c.get("/metrics")).status_code == 403  # loopback is not enough in production
        refused = await c.get("/metrics", headers={"authorization": f"Bearer {user_token}"})
        assert refused.status_code == 403 and "afterresume" not in refused.text
        wrong = await c.get("/metrics", headers={"authorization": "Bearer prom-" + "x" * 40})
        assert wrong.status_code == 403
        allowed = await c.get("/metrics", headers={"authorization": "Bearer prom-" + "s" * 40})
        assert allowed.status_code == 200 and "afterresume_http_requests_total" in allowed.text


async def test_elsewhere_only_loopback_clients_read_it(client, app):
    assert (await client.get("/metrics")).status_code == 403  # the test client comes from 203.0.113.7
    async with AsyncClient(transport=ASGITransport(app=app, client=("127.0.0.1", 5)), base_url="http://t") as c:
        assert (await c.get("/metrics")).status_code == 200


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


async def test_a_worker_group_serves_its_own_metrics(settings):
    port = free_port()
    worker = start_worker(settings, WORKER_METRICS_PORT=str(port))
    try:
        text = ""
        async with httpx.AsyncClient() as client:
            for _ in range(100):
                try:
                    response = await client.get(f"http://127.0.0.1:{port}/metrics")
                    if response.status_code == 200 and "afterresume_queue_length" in response.text:
                        text = response.text
                        break
                except httpx.HTTPError:
                    pass
                await asyncio.sleep(0.2)
            assert (await client.get(f"http://127.0.0.1:{port}/other")).status_code == 404
        assert "afterresume_queue_length" in text and "afterresume_queue_pending" in text
    finally:
        os.killpg(worker.pid, signal.SIGKILL)
        worker.wait(10)
