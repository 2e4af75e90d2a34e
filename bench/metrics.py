"""Dashboard figures at scale: `python -m bench.metrics [--only computation|snapshot|middleware] [--reseed]`.

Seeds the database `ar_bench_metrics` once, kept for later runs (10 000 users in 1 000 tenants, 1 000 000
worklog entries, 100 000 jobs with their usage events, a year of subscription history, a year of per-minute
request aggregates, a year of daily activity) with generate_series, then prints:
- the full computation of a 30-day and of a 365-day window (target < 5 s),
- `admin { metrics }` with every field answered from the snapshot, p50/p95 over 300 requests (target p95
  < 20 ms), and alternately the floor every staff query pays (`admin { __typename }`),
- the request-aggregate middleware alone, µs per request over a bare ASGI app (target < 50 µs).
"""

# The seed SQL is built from this file's own constants only; a benchmark's scratch secrets are not secrets.
# ruff: noqa: S608, S106

from __future__ import annotations

import argparse
import asyncio
import os
import shutil
import statistics
import tempfile
import time
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path

import asyncpg
from httpx import ASGITransport, AsyncClient
from tortoise import Tortoise

from server.app import create_app, freeze_startup_objects
from server.metrics import service
from server.metrics.middleware import RequestObserverMiddleware
from server.metrics.recording import RequestAggregates
from server.metrics.window import Window, default_window
from server.settings import Settings
from server.system.migrations import apply_migrations
from tests import engines
from tests.factories import create_staff, token_for

USERS, TENANTS, WORKLOGS, JOBS = 10_000, 1_000, 1_000_000, 100_000
DB_NAME = "ar_bench_metrics"
PARTS = ("computation", "snapshot", "middleware")

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
    total = time.perf_counter()
    for name, sql in SEED:
        started = time.perf_counter()
        await conn.execute_script(sql)
        print(f"  seeded {name} in {time.perf_counter() - started:.1f} s", flush=True)
    # What autovacuum would have done to rows this old: statistics, and the visibility map index-only scans need.
    await conn.execute_script("VACUUM ANALYZE")
    await conn.execute_script("CREATE TABLE bench_seed (done boolean)")
    print(f"  seeded in {time.perf_counter() - total:.0f} s", flush=True)


async def seeded() -> bool:
    rows = await Tortoise.get_connection("default").execute_query_dict("SELECT to_regclass('bench_seed') AS t")
    return rows[0]["t"] is not None


async def time_computation(settings: Settings, window: Window, runs: int = 3) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        await service.compute_metrics(window, settings, None)
        times.append(time.perf_counter() - started)
    return statistics.median(times)


# What a dashboard asks: every field of `metrics`.
EVERY_FIELD = """query Dashboard { admin { metrics {
  startDate endDate tenantId plan computedAt fromSnapshot
  revenue { mrrCents arrCents arpaCents startMrrCents customersAtStart payingCustomers newCents expansionCents
    contractionCents churnedCents reactivationCents netMovementCents newCustomers expansionCustomers
    contractionCustomers churnedCustomers reactivatedCustomers customerChurnRate revenueChurnRate
    netRevenueRetention grossRevenueRetention subscriptionsByStatus { status count } failedPayments }
  credit { topups topupCents consumedByJobsCents promotionalGrantedCents promotionalExpiredCents outstandingCents
    accountsInCredit }
  engagement { dau wau mau dauMau signups activatedEntry activatedEvidence activatedReport activatedAny
    activationRate cohorts { weekStart size week1 week4 week12 } }
  system { requests errors errorRate p50Ms p95Ms p99Ms queueLength queuePending workersAlive schedulerAlive
    jobsQueued oldestQueuedSeconds }
  jobs { finished succeeded failed cancelled failureRate averageDurationMs run24h run7d run30d
    usageByModel { provider model calls tokensIn tokensOut costMicrocents costDollars } }
  alerts { code message value threshold }
} } }"""


# The floor of any staff query through the same app: authentication, the middleware, GraphQL.
FLOOR = "query Floor { admin { __typename } }"


async def time_snapshot_answers(app, requests: int = 300) -> dict[str, tuple[float, float]]:
    """p50 and p95 (ms) of `admin { metrics }` from the snapshot and, alternately, of the floor query."""
    name = f"bench-staff-{uuid.uuid4().hex[:8]}"  # the database is kept between runs
    token = await token_for(await create_staff(username=name, email=f"{name}@example.com"))
    queries = {"metrics": EVERY_FIELD, "floor": FLOOR}
    times: dict[str, list[float]] = {"metrics": [], "floor": []}
    async with AsyncClient(transport=ASGITransport(app=app), base_url="http://bench") as client:
        headers = {"authorization": f"Bearer {token}"}
        first = (await client.post("/graphql", json={"query": EVERY_FIELD}, headers=headers)).json()
        if "errors" in first or first["data"]["admin"]["metrics"]["fromSnapshot"] is not True:
            raise RuntimeError(f"the snapshot did not answer: {first}")
        for _ in range(20):  # warm up
            await client.post("/graphql", json={"query": FLOOR}, headers=headers)
        for _ in range(requests):
            for key, query in queries.items():
                started = time.perf_counter()
                await client.post("/graphql", json={"query": query}, headers=headers)
                times[key].append((time.perf_counter() - started) * 1000)
    found = {}
    for key, values in times.items():
        values.sort()
        found[key] = (statistics.median(values), values[int(len(values) * 0.95) - 1])
    return found


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


async def main(reseed: bool, parts: set[str]) -> None:
    server_url = engines.server_database_url()
    database_url = engines.with_database(server_url, DB_NAME)
    admin = await asyncpg.connect(engines.asyncpg_dsn(server_url))
    try:
        if reseed:
            await admin.execute(f'DROP DATABASE IF EXISTS "{DB_NAME}" WITH (FORCE)')
        if not await admin.fetchval("SELECT 1 FROM pg_database WHERE datname = $1", DB_NAME):
            await admin.execute(f'CREATE DATABASE "{DB_NAME}"')
    finally:
        await admin.close()
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
        freeze_startup_objects()  # as app_from_environment does under uvicorn
        async with app.router.lifespan_context(app):
            print(f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores", flush=True)
            if not await seeded():
                print(f"seeding {DB_NAME} …", flush=True)
                await seed()
            today = datetime.now(UTC).date()
            month, year = default_window(today), Window(today - timedelta(days=364), today)
            if "computation" in parts:
                print(
                    f"full computation, 30-day window: {await time_computation(settings, month):.2f} s (target < 5 s)"
                )
                print(
                    f"full computation, 365-day window: {await time_computation(settings, year):.2f} s (target < 5 s)"
                )
            if "snapshot" in parts:
                await service.refresh_metrics_as_staff(settings, app.state.redis, served=app.state.served_snapshots)
                found = await time_snapshot_answers(app)
                (p50, p95), (floor50, floor95) = found["metrics"], found["floor"]
                print(
                    f"admin {{ metrics }} (every field) from the snapshot: p50 {p50:.1f} ms, p95 {p95:.1f} ms "
                    f"(target p95 < 20 ms); floor `admin {{ __typename }}` alternately: p50 {floor50:.1f} ms, "
                    f"p95 {floor95:.1f} ms"
                )
        if "middleware" in parts:
            print(f"request-aggregate middleware alone: {await time_middleware():.1f} µs/request (target < 50 µs)")
    finally:
        await Tortoise.close_connections()
        shutil.rmtree(data_dir, ignore_errors=True)


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--reseed", action="store_true", help="drop and seed the benchmark database anew")
    parser.add_argument("--only", choices=PARTS, action="append", help="run only these parts (repeatable)")
    args = parser.parse_args()
    asyncio.run(main(args.reseed, set(args.only or PARTS)))
