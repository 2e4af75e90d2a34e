"""Dashboard figures at scale: `python -m bench.metrics`.

Seeds a scratch database (10 000 users in 1 000 tenants, 1 000 000 worklog entries, 100 000 jobs with
their usage events, a year of subscription history, a year of per-minute request aggregates, a year of
daily activity) with generate_series, then prints:
- the full computation of a 30-day and of a 365-day window (target < 5 s),
- `admin { metrics }` answered from the snapshot, p50/p95 over 200 requests (target < 20 ms),
- the request-aggregate middleware alone, µs per request over a bare ASGI app (target < 50 µs).
"""

# The seed SQL is built from this file's own constants only; a benchmark's scratch secrets are not secrets.
# ruff: noqa: S608, S106

from __future__ import annotations

import asyncio
import statistics
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from httpx import ASGITransport, AsyncClient
from tortoise import Tortoise

from server.app import create_app
from server.metrics import service
from server.metrics.middleware import RequestObserverMiddleware
from server.metrics.recording import RequestAggregates
from server.metrics.window import Window, default_window
from server.settings import Settings
from server.system.migrations import apply_migrations
from tests import engines
from tests.factories import create_staff, token_for

USERS, TENANTS, WORKLOGS, JOBS = 10_000, 1_000, 1_000_000, 100_000

SEED = [
    (
        "tenants",
        f"INSERT INTO tenant (id, name, created_at) SELECT gen_random_uuid(), 'Tenant ' || i, now() "
        f"FROM generate_series(1, {TENANTS}) i",
    ),
    (
        "users",
        f"""INSERT INTO "user" (id, username, email, full_name, password_hash, is_active, is_staff, is_superuser,
       date_joined) SELECT gen_random_uuid(), 'bench' || i, 'bench' || i || '@example.com', '', 'x', true, false, false,
       now() - (random() * interval '365 days') FROM generate_series(1, {USERS}) i""",
    ),
    (
        "profiles",
        """INSERT INTO profile (id, settings, notes, created_at, updated_at, tenant_id, user_id)
       SELECT gen_random_uuid(), '{}', '', now(), now(), t.id, u.id
       FROM (SELECT id, row_number() OVER (ORDER BY id) AS n FROM "user") u
       JOIN (SELECT id, row_number() OVER (ORDER BY id) AS n FROM tenant) t ON t.n = (u.n % 1000) + 1""",
    ),
    (
        "worklogs",
        f"""INSERT INTO worklog (id, date, content, source, draft, employer, project, tags, work_type, outcome,
       metadata_text, fingerprint, created_at, updated_at, tenant_id, user_id, source_ref)
       SELECT gen_random_uuid(), (now() - (i % 365) * interval '1 day')::date, 'Shipped item ' || i, 'manual', false,
              'Acme', 'Project ' || (i % 50), '{{}}', '', '', '', md5(i::text),
              now() - (i % 365) * interval '1 day', now(), p.tenant_id, p.user_id, ''
       FROM generate_series(1, {WORKLOGS}) i
       JOIN (SELECT tenant_id, user_id, row_number() OVER (ORDER BY user_id) - 1 AS n FROM profile) p
         ON p.n = i % {USERS}""",
    ),
    (
        "jobs",
        f"""INSERT INTO job (id, created_at, updated_at, kind, status, params, warnings, estimate_cents, held_cents,
       tokens_in, tokens_out, cost_microcents, cost_cents, attempt, error_code, error_message, event_seq, queued_at,
       started_at, finished_at, request_id, tenant_id, user_id)
       SELECT gen_random_uuid(), q, q, 'MONTHLY', CASE WHEN i % 20 = 0 THEN 'failed' ELSE 'success' END, '{{}}', '[]',
              5, 0, 1000, 200, 1200000, 2, 1, '', '', 3, q, q + interval '1 second', q + (2 + i % 30) * interval '1 second',
              '', p.tenant_id, p.user_id
       FROM (SELECT i, now() - random() * interval '365 days' AS q FROM generate_series(1, {JOBS}) i) s
       JOIN (SELECT tenant_id, user_id, row_number() OVER (ORDER BY user_id) - 1 AS n FROM profile) p
         ON p.n = s.i % {USERS}""",
    ),
    (
        "usage events",
        """INSERT INTO usage_event (id, created_at, attempt, provider, model, tokens_in, tokens_out,
       latency_ms, cost_microcents, estimated, job_id, tenant_id, user_id)
       SELECT gen_random_uuid(), finished_at, 1, 'extractive', 'extractive-1', 1000, 200, 40, 1200000, false, id,
              tenant_id, user_id FROM job""",
    ),
    (
        "subscriptions",
        """INSERT INTO subscription (id, stripe_id, stripe_customer_id, status, plan, monthly_amount_cents,
       currency, started_at, last_failed_invoice_id, stripe_updated, created_at, updated_at, tenant_id)
       SELECT gen_random_uuid(), 'sub_' || n, 'cus_' || n, CASE WHEN n % 7 = 0 THEN 'canceled' ELSE 'active' END,
              CASE WHEN n % 3 = 0 THEN 'Team' ELSE 'Pro' END, 1900 + (n % 3) * 1000, 'usd',
              now() - (n % 365) * interval '1 day', '', 0, now(), now(), id
       FROM (SELECT id, row_number() OVER (ORDER BY id) AS n FROM tenant) t""",
    ),
    (
        "subscription history",
        """INSERT INTO subscription_change (id, subscription_id, tenant_id, customer, status, plan,
       monthly_amount_cents, at, created_at)
       SELECT gen_random_uuid(), s.id, s.tenant_id, s.tenant_id::text,
              CASE WHEN k = 3 AND s.status = 'canceled' THEN 'canceled' WHEN k = 0 THEN 'trialing' ELSE 'active' END,
              s.plan, s.monthly_amount_cents + (k % 2) * 1000, s.started_at + k * interval '30 days', now()
       FROM subscription s, generate_series(0, 3) k""",
    ),
    (
        "request minutes",
        f"""INSERT INTO request_aggregate (resolution, period_start, requests, errors, duration_ms_sum,
       b0, b1, b2, b3, b4, b5, b6, b7, b8, b9, b10, b11)
       SELECT 'minute', date_trunc('minute', now()) - m * interval '1 minute', 120, m % 3, 2400.0,
              40, 30, 20, 15, 8, 4, 2, 1, 0, 0, 0, 0
       FROM generate_series(1, {365 * 24 * 60}) m""",
    ),
    (
        "activity",
        """INSERT INTO user_activity (user_id, tenant_id, day)
       SELECT p.user_id, p.tenant_id, (now() - d * interval '1 day')::date
       FROM profile p, generate_series(0, 364, 6) d WHERE (hashtext(p.user_id::text) + d) % 3 = 0""",
    ),
]


async def seed() -> None:
    conn = Tortoise.get_connection("default")
    for name, sql in SEED:
        started = time.perf_counter()
        await conn.execute_script(sql)
        print(f"  seeded {name} in {time.perf_counter() - started:.1f} s", flush=True)
    await conn.execute_script("ANALYZE")


async def time_computation(settings: Settings, window: Window, runs: int = 3) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        await service.compute_metrics(window, settings, None)
        times.append(time.perf_counter() - started)
    return statistics.median(times)


async def time_snapshot_answers(app, requests: int = 200) -> tuple[float, float]:
    token = await token_for(await create_staff())
    query = {"query": "{ admin { metrics { computedAt fromSnapshot revenue { mrrCents } system { p95Ms } } } }"}
    times = []
    async with AsyncClient(transport=ASGITransport(app=app), base_url="http://bench") as client:
        headers = {"authorization": f"Bearer {token}"}
        first = (await client.post("/graphql", json=query, headers=headers)).json()
        if first["data"]["admin"]["metrics"]["fromSnapshot"] is not True:
            raise RuntimeError(f"the snapshot did not answer: {first}")
        for _ in range(requests):
            started = time.perf_counter()
            await client.post("/graphql", json=query, headers=headers)
            times.append((time.perf_counter() - started) * 1000)
    times.sort()
    return statistics.median(times), times[int(len(times) * 0.95) - 1]


async def time_middleware(requests: int = 20_000) -> float:
    """µs the observer adds to a request, over a bare ASGI app answering at once (median of 5 A/B rounds)."""

    class State:
        request_aggregates = RequestAggregates()
        settings = Settings(_env_file=None)
        activity = None

    class App:
        state = State()

    async def bare(scope, receive, send) -> None:
        await send({"type": "http.response.start", "status": 200, "headers": []})
        await send({"type": "http.response.body", "body": b"{}"})

    observed = RequestObserverMiddleware(bare)
    scope = {"type": "http", "path": "/graphql", "method": "POST", "app": App(), "state": {}}

    async def receive():
        return {"type": "http.request", "body": b""}

    async def send(message) -> None:
        return None

    async def run(app) -> float:
        started = time.perf_counter()
        for _ in range(requests):
            await app(dict(scope, state={}), receive, send)
        return (time.perf_counter() - started) / requests * 1e6

    rounds = [(await run(observed)) - (await run(bare)) for _ in range(5)]
    return statistics.median(rounds)


async def main() -> None:
    server_url = engines.server_database_url()
    database_url = await engines.create_database(server_url, prefix="ar_bench")
    data_dir = Path(tempfile.mkdtemp(prefix="ar-bench-"))
    settings = Settings(
        _env_file=None,
        environment="test",
        database_url=database_url,
        redis_url=engines.redis_url(),
        data_dir=data_dir,
        secret_key="bench-secret-key-0123456789abcdef0123456789",
    )
    try:
        await apply_migrations(settings)
        await Tortoise.close_connections()
        app = create_app(settings)
        async with app.router.lifespan_context(app):
            print("seeding …", flush=True)
            await seed()
            today = datetime.now(UTC).date()
            month, year = default_window(today), Window(today - timedelta(days=364), today)
            print(f"full computation, 30-day window: {await time_computation(settings, month):.2f} s (target < 5 s)")
            print(f"full computation, 365-day window: {await time_computation(settings, year):.2f} s (target < 5 s)")
            await service.refresh_metrics_as_staff(settings, app.state.redis)
            p50, p95 = await time_snapshot_answers(app)
            print(f"admin {{ metrics }} from the snapshot: p50 {p50:.1f} ms, p95 {p95:.1f} ms (target p95 < 20 ms)")
        print(f"request-aggregate middleware alone: {await time_middleware():.1f} µs/request (target < 50 µs)")
    finally:
        await Tortoise.close_connections()
        await engines.drop_database(server_url, database_url)


if __name__ == "__main__":
    asyncio.run(main())
