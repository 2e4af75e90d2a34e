"""Benchmark worklog reads and writes end to end (HTTP → GraphQL → PostgreSQL → JSON) on a real uvicorn.

Seeds 1 000 000 entries across 100 tenants (100 000 in the first) into its own database with COPY,
once; later runs reuse it (`--reseed` to rebuild, `--drop` to remove it afterwards).

    .venv/bin/python -m bench.worklogs [--seconds 8] [--clients 16] [--workers 1] [--reseed] [--drop]

Prints p50/p95/req/s for: a page of worklogs(first: 20) with a date filter, a full-text search of words
matching about 1 900 of the measured user's entries, of words matching about 6 600 (broad) and of a word
matching all 100 000, and createWorklog; and, for the same page, the raw SQL time and the service call beside the whole request.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import os
import random
import statistics
import subprocess
import sys
import time
import uuid
from datetime import UTC, date, datetime, timedelta

import asyncpg
import httpx

from bench.harness import ROOT, load, summary, uvicorn_server, wrk_available, wrk_load
from tests import engines

DB_NAME = "ar_bench_worklogs"
TENANTS = 100
TOTAL = 1_000_000
BIG = 100_000
DAYS = 3650
SEARCH_WORDS = ["kubernetes", "invoice", "latency", "onboarding", "terraform", "postgres migration", "flaky test"]
# Each sentence starts with one of the 30 verbs, so a verb is in about 6 600 of the measured user's 100 000 entries;
# every entry's metadata names its project, so "project" matches all of them.
BROAD_WORDS = ["cleaned", "upgraded", "triaged", "refactored", "planned"]
EVERY_WORDS = ["project"]

VERBS = (  # noqa: SIM905 - a word list reads best as prose
    "fixed reviewed shipped designed refactored documented debugged deployed planned migrated tested "
    "profiled benchmarked paired mentored automated investigated rolled prototyped upgraded cleaned "
    "measured analysed drafted released configured monitored triaged estimated presented"
).split()
NOUNS = (  # noqa: SIM905 - a word list reads best as prose
    "kubernetes invoice latency onboarding terraform postgres migration flaky test pipeline dashboard "
    "billing checkout cache queue worker scheduler webhook stripe ledger report resume export import search "
    "index query planner vacuum replica backup restore alert pager incident postmortem runbook oncall sprint "
    "retro roadmap okr hiring interview feedback review design doc rfc api graphql schema resolver loader "
    "cursor pagination frontend react typescript css accessibility i18n mobile android ios release canary "
    "feature flag experiment metrics grafana prometheus tracing logging sentry crash memory leak cpu profile "
    "benchmark load capacity autoscaling docker image registry ci cd github actions lint formatter types "
    "mypy pytest fixture factory mock contract consumer producer kafka stream batch etl warehouse dbt model "
    "forecast pricing discount coupon tax vat currency refund dispute chargeback fraud risk compliance gdpr "
    "audit security token session password passkey sso saml oauth permissions role tenant isolation "
    "customer support ticket escalation sla uptime outage dns tls certificate cdn edge bucket s3 minio "
    "upload download thumbnail pdf email template notification sms push digest newsletter landing seo "
    "analytics funnel retention churn cohort segment survey nps partner integration sdk cli plugin"
).split()
NOUNS += [f"module{i}" for i in range(300)]
FILLER = ["the", "a", "with", "for", "and", "on", "in", "of", "to", "after", "before", "during"]
EMPLOYERS = [f"Employer {i}" for i in range(30)]
PROJECTS = [f"Project {i}" for i in range(200)]
TAGS = [f"tag{i}" for i in range(150)] + ["python", "go", "sql", "frontend", "backend", "infra", "people"]
WORK_TYPES = ["feature", "bugfix", "review", "meeting", "ops", "docs", "research", "mentoring"]

LIST = """query($f: WorklogFilter) { worklogs(first: 20, filter: $f) { totalCount pageInfo { hasNextPage endCursor }
  edges { cursor node { id date content source draft createdAt metadata { employer project tags workType outcome }
  evidence { id originalName size } } } } }"""
SEARCH = """query($f: WorklogFilter) { worklogs(first: 20, filter: $f) { totalCount pageInfo { hasNextPage endCursor }
  edges { node { id date content highlight metadata { employer project tags } } } } }"""
CREATE = """mutation($i: WorklogInput!) { createWorklog(input: $i) { worklog { id date } errors { code } } }"""


def dsn(url: str) -> str:
    return engines.asyncpg_dsn(url)


def sentence(rng: random.Random) -> str:
    words = [rng.choice(VERBS)]
    for _ in range(rng.randint(3, 6)):
        words += [rng.choice(FILLER), rng.choice(NOUNS)]
    return " ".join(words).capitalize() + "."


def worklog_records(rng: random.Random, tenant_id, user_id, count: int, today: date, employers, projects):
    for _ in range(count):
        day = today - timedelta(days=rng.randrange(DAYS))
        created = datetime(day.year, day.month, day.day, tzinfo=UTC) + timedelta(seconds=rng.randrange(86400))
        tags = rng.sample(TAGS, rng.randint(0, 4))
        employer, project, work_type = rng.choice(employers), rng.choice(projects), rng.choice(WORK_TYPES)
        content = " ".join(sentence(rng) for _ in range(rng.randint(1, 3)))
        meta_text = "\n".join([employer, project, " ".join(tags), work_type])
        yield (
            uuid.uuid4(),
            tenant_id,
            user_id,
            day,
            content,
            "import",
            False,
            employer,
            project,
            tags,
            work_type,
            "",
            meta_text,
            uuid.uuid4().hex,
            created,
            created,
        )


async def seed(url: str) -> str:
    """Tenants, users and 1M entries by COPY; returns the first user's raw API token."""
    from server.auth.secrets import TOKEN_PREFIX, digest, display_prefix, new_secret

    conn = await asyncpg.connect(dsn(url))
    try:
        rng = random.Random(42)
        today = date.today()
        now = datetime.now(UTC)
        tenants = [(uuid.uuid4(), f"Bench tenant {i}", now) for i in range(TENANTS)]
        users = [
            (uuid.uuid4(), f"bench{i}", f"bench{i}@example.com", "", "x", True, False, False, None, now)
            for i in range(TENANTS)
        ]
        await conn.copy_records_to_table("tenant", records=tenants, columns=["id", "name", "created_at"])
        await conn.copy_records_to_table(
            "user",
            records=users,
            columns=[
                "id",
                "username",
                "email",
                "full_name",
                "password_hash",
                "is_active",
                "is_staff",
                "is_superuser",
                "last_login",
                "date_joined",
            ],
        )
        await conn.copy_records_to_table(
            "profile",
            records=[(uuid.uuid4(), "{}", "", None, now, now, t[0], u[0]) for t, u in zip(tenants, users, strict=True)],
            columns=[
                "id",
                "settings",
                "notes",
                "stripe_customer_id",
                "created_at",
                "updated_at",
                "tenant_id",
                "user_id",
            ],
        )
        raw = new_secret(TOKEN_PREFIX)
        await conn.execute(
            "INSERT INTO api_token (id, kind, name, token_hash, prefix, created_at, user_id) "
            "VALUES ($1, 'api', 'bench', $2, $3, now(), $4)",
            uuid.uuid4(),
            digest(raw),
            display_prefix(raw),
            users[0][0],
        )

        indexes = await conn.fetch(
            "SELECT indexname, indexdef FROM pg_indexes WHERE tablename = 'worklog' AND indexname NOT LIKE '%pkey'"
        )
        for idx in indexes:
            await conn.execute(f'DROP INDEX "{idx["indexname"]}"')
        columns = [
            "id",
            "tenant_id",
            "user_id",
            "date",
            "content",
            "source",
            "draft",
            "employer",
            "project",
            "tags",
            "work_type",
            "outcome",
            "metadata_text",
            "fingerprint",
            "created_at",
            "updated_at",
        ]
        rest = TOTAL - BIG
        done = 0
        t0 = time.perf_counter()
        for i, ((tenant_id, *_), user) in enumerate(zip(tenants, users, strict=True)):
            count = BIG if i == 0 else rest // (TENANTS - 1) + (1 if i <= rest % (TENANTS - 1) else 0)
            employers = rng.sample(EMPLOYERS, 3)
            projects = rng.sample(PROJECTS, 10)
            records = list(worklog_records(rng, tenant_id, user[0], count, today, employers, projects))
            await conn.copy_records_to_table("worklog", records=records, columns=columns)
            done += count
            if i % 10 == 0 or i == TENANTS - 1:
                print(f"  seeded {done:>9,} entries ({time.perf_counter() - t0:5.1f} s)", flush=True)
        t1 = time.perf_counter()
        for idx in indexes:
            await conn.execute(idx["indexdef"])
        print(f"  rebuilt {len(indexes)} indexes ({time.perf_counter() - t1:5.1f} s)", flush=True)
        await conn.execute("VACUUM ANALYZE worklog")
        await conn.execute("CREATE TABLE IF NOT EXISTS bench_seed (token text)")
        await conn.execute("INSERT INTO bench_seed VALUES ($1)", raw)
        return raw
    finally:
        await conn.close()


async def prepare(reseed: bool) -> tuple[str, str]:
    server_url = engines.server_database_url()
    url = engines.with_database(server_url, DB_NAME)
    admin = await asyncpg.connect(dsn(server_url))
    try:
        exists = await admin.fetchval("SELECT 1 FROM pg_database WHERE datname = $1", DB_NAME)
        if exists and reseed:
            await admin.execute(f'DROP DATABASE "{DB_NAME}" WITH (FORCE)')
            exists = False
        if not exists:
            await admin.execute(f'CREATE DATABASE "{DB_NAME}"')
    finally:
        await admin.close()
    env = {**os.environ, "DATABASE_URL": url, "REDIS_URL": engines.redis_url()}
    subprocess.run([sys.executable, "-m", "server.cli", "migrate"], cwd=ROOT, env=env, check=True, capture_output=True)
    conn = await asyncpg.connect(dsn(url))
    try:
        token = None
        with contextlib.suppress(asyncpg.UndefinedTableError):
            token = await conn.fetchval("SELECT token FROM bench_seed LIMIT 1")
        count = await conn.fetchval("SELECT count(*) FROM worklog")
        if token is not None:
            await conn.execute("ANALYZE worklog")  # migrations may have added indexes or statistics since the seed
    finally:
        await conn.close()
    if token is None or count < TOTAL * 0.99:
        print(f"seeding {TOTAL:,} entries across {TENANTS} tenants into {DB_NAME} …", flush=True)
        token = await seed(url)
    return url, token


def server_env(url: str) -> dict[str, str]:
    """The environment of a uvicorn serving the seeded database."""
    return {
        **os.environ,
        "DATABASE_URL": url,
        "REDIS_URL": engines.redis_url(),
        "ENVIRONMENT": "development",
        "SECRET_KEY": "bench-secret-key-0123456789abcdef0123456789",
    }


def server(url: str, workers: int):
    return uvicorn_server(server_env(url), workers)


def date_filter(rng: random.Random) -> dict:
    end = date.today() - timedelta(days=rng.randrange(0, 300))
    return {"startDate": (end - timedelta(days=30)).isoformat(), "endDate": end.isoformat()}


async def sql_breakdown(url: str, token: str, rounds: int) -> tuple[list[str], dict[str, tuple[float, float]]]:
    """For the same page: raw SQL alone, the service call (SQL + Python), to set beside the HTTP request."""
    from tortoise import Tortoise, connections

    from server.auth.scope import scope_for
    from server.auth.secrets import digest
    from server.db import tortoise_config
    from server.settings import Settings
    from server.worklogs.service import list_worklogs
    from server.worklogs.validation import WorklogFilter

    settings = Settings(_env_file=None, database_url=url, redis_url=engines.redis_url())
    await Tortoise.init(config=tortoise_config(settings, with_aerich=False))
    lines = []
    medians: dict[str, tuple[float, float]] = {}
    try:
        client = connections.get("default")
        row = (
            await client.execute_query_dict(
                "SELECT t.user_id, p.tenant_id FROM api_token t JOIN profile p ON p.user_id = t.user_id WHERE token_hash = $1",
                [digest(token)],
            )
        )[0]
        scope = scope_for(row["tenant_id"], row["user_id"])
        rng = random.Random(7)

        def date_page() -> WorklogFilter:
            f = date_filter(rng)
            return WorklogFilter(
                start_date=date.fromisoformat(f["startDate"]), end_date=date.fromisoformat(f["endDate"])
            )

        def search_page(words):
            return lambda: WorklogFilter(search=rng.choice(words))

        for name, make in (
            ("date page", date_page),
            ("search page", search_page(SEARCH_WORDS)),
            ("broad search page", search_page(BROAD_WORDS)),
            ("every-entry search page", search_page(EVERY_WORDS)),
        ):
            captured: list[tuple[str, list]] = []
            original = client.execute_query_dict

            async def capture(query, values=None, _orig=original, captured=captured):
                captured.append((query, values))
                return await _orig(query, values)

            client.execute_query_dict = capture
            await list_worklogs(scope, flt=make(), first=20, after=None)
            client.execute_query_dict = original

            service_ms, sql_ms = [], []
            conn = await asyncpg.connect(dsn(url))
            try:
                for _ in range(rounds):
                    flt = make()
                    t0 = time.perf_counter()
                    await list_worklogs(scope, flt=flt, first=20, after=None)
                    service_ms.append((time.perf_counter() - t0) * 1000)
                for _ in range(rounds):
                    t0 = time.perf_counter()
                    for query, values in captured:
                        await conn.fetch(query, *(values or []))
                    sql_ms.append((time.perf_counter() - t0) * 1000)
            finally:
                await conn.close()
            medians[name] = (statistics.median(sql_ms), statistics.median(service_ms))
            lines.append(
                f"{name:<28} raw SQL ({len(captured)} statements, one after the other) "
                f"p50={statistics.median(sql_ms):6.2f} ms p95={pct(sql_ms, 0.95):6.2f} ms | "
                f"service call p50={statistics.median(service_ms):6.2f} ms p95={pct(service_ms, 0.95):6.2f} ms"
            )
    finally:
        await Tortoise.close_connections()
    return lines, medians


def pct(values: list[float], p: float) -> float:
    data = sorted(values)
    return data[min(len(data) - 1, int(len(data) * p))]


def ok(r: httpx.Response) -> bool:
    if r.status_code != 200:
        return False
    body = r.json()
    return "errors" not in body


def created_ok(r: httpx.Response) -> bool:
    return ok(r) and r.json()["data"]["createWorklog"]["errors"] == []


async def main(seconds: float, clients: int, workers: int, reseed: bool, drop: bool) -> None:
    started = time.perf_counter()
    url, token = await prepare(reseed)
    headers = {"authorization": f"Bearer {token}"}
    rng = random.Random(1)

    def by_date(c):
        return c.post("/graphql", json={"query": LIST, "variables": {"f": date_filter(rng)}}, headers=headers)

    def searching(words):
        def search(c):
            return c.post(
                "/graphql", json={"query": SEARCH, "variables": {"f": {"search": rng.choice(words)}}}, headers=headers
            )

        return search

    search, broad_search, every_search = searching(SEARCH_WORDS), searching(BROAD_WORDS), searching(EVERY_WORDS)

    def create(c):
        return c.post(
            "/graphql",
            json={
                "query": CREATE,
                "variables": {
                    "i": {
                        "date": date.today().isoformat(),
                        "content": f"Benchmark entry {uuid.uuid4().hex[:8]} shipped the thing",
                        "metadata": {
                            "employer": "Employer 1",
                            "project": "Project 7",
                            "tags": ["python"],
                            "workType": "feature",
                        },
                    }
                },
            },
            headers=headers,
        )

    async with server(url, workers) as base_url:
        await load("warm-up", 4, 2, by_date, base_url, ok)
        await load("warm-up", 4, 2, search, base_url, ok)
        await load("warm-up", 4, 2, broad_search, base_url, ok)
        if wrk_available():
            # A C load generator, so the client takes little of the 2 cores and adds little to a
            # single client's latency (httpx costs about a millisecond of Python per request).
            date_bodies = [json.dumps({"query": LIST, "variables": {"f": date_filter(rng)}}) for _ in range(200)]
            search_bodies, broad_bodies, every_bodies = (
                [json.dumps({"query": SEARCH, "variables": {"f": {"search": w}}}) for w in words]
                for words in (SEARCH_WORDS, BROAD_WORDS, EVERY_WORDS)
            )

            async def concurrent(name, _request, bodies, n):
                return wrk_load(
                    f"{name} ({n}, wrk)", n, seconds, f"{base_url}/graphql", bodies, headers["authorization"]
                )
        else:

            async def concurrent(name, request, _bodies, n):
                return await load(f"{name} ({n})", n, seconds, request, base_url, ok)

            date_bodies = search_bodies = broad_bodies = every_bodies = None
        results = [
            await concurrent("worklogs date page", by_date, date_bodies, 1),
            await concurrent("worklogs date page", by_date, date_bodies, clients),
            await concurrent("worklogs search", search, search_bodies, 1),
            await concurrent("worklogs search", search, search_bodies, clients),
            await concurrent("worklogs broad search", broad_search, broad_bodies, 1),
            await concurrent("worklogs broad search", broad_search, broad_bodies, clients),
            await concurrent("worklogs every-entry search", every_search, every_bodies, 1),
            await concurrent("worklogs every-entry search", every_search, every_bodies, clients),
            await load("createWorklog (1)", 1, seconds, create, base_url, created_ok),
        ]
    breakdown, medians = await sql_breakdown(url, token, rounds=200)
    for name, result in (
        ("date page", results[0]),
        ("search page", results[2]),
        ("broad search page", results[4]),
        ("every-entry search page", results[6]),
    ):
        sql, service = medians[name]
        http = result.pct(0.50)
        breakdown.append(
            f"{name:<28} p50 of one client: whole request {http:6.2f} ms = raw SQL {sql:5.2f} ms "
            f"+ service Python {service - sql:5.2f} ms + HTTP/GraphQL {http - service:5.2f} ms "
            f"({(http - service) / http:.0%} of the request)"
        )
    conn = await asyncpg.connect(dsn(url))
    try:
        # Keep the seed at its size for the next run.
        await conn.execute("DELETE FROM worklog WHERE content LIKE 'Benchmark entry %'")
    finally:
        await conn.close()
    if drop:
        admin = await asyncpg.connect(dsn(engines.server_database_url()))
        await admin.execute(f'DROP DATABASE "{DB_NAME}" WITH (FORCE)')
        await admin.close()
    conn = await asyncpg.connect(dsn(url))
    try:
        total, mine = await conn.fetchrow(
            "SELECT count(*), count(*) FILTER (WHERE user_id = (SELECT user_id FROM api_token WHERE name = 'bench')) "
            "FROM worklog"
        )
        matches = {}
        for label, words in (("search", SEARCH_WORDS), ("broad", BROAD_WORDS), ("every-entry", EVERY_WORDS)):
            counts = [
                await conn.fetchval(
                    "SELECT count(*) FROM worklog WHERE user_id = (SELECT user_id FROM api_token WHERE name = 'bench') "
                    "AND search @@ websearch_to_tsquery('english', $1)",
                    word,
                )
                for word in words
            ]
            matches[label] = f"{min(counts):,}\N{EN DASH}{max(counts):,}"
    finally:
        await conn.close()
    print(
        f"{total:,} entries in {TENANTS} tenants, {mine:,} for the measured user; uvicorn workers={workers}; "
        f"the load generator shares the machine's {os.cpu_count()} cores; "
        f"load average now {' '.join(f'{x:.2f}' for x in os.getloadavg())}"
    )
    print("matches of the measured user's entries per word: " + ", ".join(f"{k} {v}" for k, v in matches.items()))
    print(summary(results))
    print("\n".join(breakdown))
    print(f"total benchmark time {time.perf_counter() - started:.0f} s")


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--seconds", type=float, default=8)
    parser.add_argument("--clients", type=int, default=16)
    parser.add_argument("--workers", type=int, default=1)
    parser.add_argument("--reseed", action="store_true")
    parser.add_argument("--drop", action="store_true")
    args = parser.parse_args()
    asyncio.run(main(args.seconds, args.clients, args.workers, args.reseed, args.drop))
