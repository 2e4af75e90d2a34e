"""Shared fixtures: real PostgreSQL and Redis, the app, an HTTP client, factories."""

from __future__ import annotations

import contextlib
import logging
import os
import shutil
import warnings
from collections.abc import Iterator
from pathlib import Path

import asyncpg
import pytest
import pytest_asyncio
from httpx import ASGITransport, AsyncClient
from tortoise import Tortoise
from tortoise.log import db_client_logger

from server.app import create_app
from server.metrics.service import ServedSnapshots
from server.settings import Settings
from server.system.migrations import apply_migrations
from tests import engines
from tests.factories import GraphQLClient

ROOT = Path(__file__).resolve().parents[1]


def pytest_terminal_summary(terminalreporter, config):
    # The header that names the order's seed is hidden under -q; repeat it where a failure is read.
    if config.pluginmanager.hasplugin("randomly"):
        terminalreporter.write_line(
            f"Tests ran in a random order: replay it with --randomly-seed={config.option.randomly_seed}"
        )


def under_ci() -> bool:
    return os.environ.get("CI", "").strip().lower() in {"1", "true", "yes"}


def missing_prerequisite(reason: str) -> None:
    """Skips the test on a developer machine; fails it under CI=true, where a skip would pass unrun tests."""
    if under_ci():
        pytest.fail(f"{reason} (CI=true: a missing prerequisite fails instead of skipping)", pytrace=False)
    pytest.skip(reason)


def make_test_settings(database_url: str, redis_url: str, tmp_root) -> Settings:
    return Settings(
        _env_file=None,
        environment="test",
        database_url=database_url,
        redis_url=redis_url,
        data_dir=tmp_root,
        secret_key="test-secret-key-0123456789abcdef0123456789",
        db_pool_max=10,
        # The app's own timer would write request aggregates between a test's statements (and into its
        # TRUNCATE); tests that need them flush explicitly.
        request_aggregate_flush_seconds=3600.0,
    )


@pytest.fixture(scope="session")
def engine_urls():
    server_url = engines.server_database_url()
    return server_url, engines.redis_url()


@pytest_asyncio.fixture(scope="session")
async def settings(engine_urls, tmp_path_factory):
    server_url, redis_url = engine_urls
    database_url = await engines.create_database(server_url)
    settings = make_test_settings(database_url, redis_url, tmp_path_factory.mktemp("data"))
    await apply_migrations(settings)
    await Tortoise.close_connections()
    yield settings
    await engines.drop_database(server_url, database_url)


@pytest_asyncio.fixture(scope="session")
async def app(settings):
    app = create_app(settings)
    async with app.router.lifespan_context(app):
        yield app


_STUCK_SESSIONS_WHERE = "datname = current_database() AND pid <> pg_backend_pid() AND xact_start IS NOT NULL"


# The tables named and every table that references them, as TRUNCATE … CASCADE would empty them.
_CASCADE_SQL = """
WITH RECURSIVE emptied(oid) AS (
    SELECT unnest($1::regclass[])
    UNION
    SELECT c.conrelid FROM pg_constraint c JOIN emptied e ON c.confrelid = e.oid WHERE c.contype = 'f'
)
SELECT format('%I.%I', n.nspname, r.relname) AS name,
       ARRAY(
           SELECT format('%I.%I', sn.nspname, s.relname) FROM pg_depend d
           JOIN pg_class s ON s.oid = d.objid AND s.relkind = 'S'
           JOIN pg_namespace sn ON sn.oid = s.relnamespace
           WHERE d.refobjid = r.oid AND d.classid = 'pg_class'::regclass AND d.deptype IN ('a', 'i')
       ) AS sequences
FROM emptied e JOIN pg_class r ON r.oid = e.oid JOIN pg_namespace n ON n.oid = r.relnamespace
"""


async def _empty(conn: asyncpg.Connection, names: str) -> None:
    """TRUNCATE {names} RESTART IDENTITY CASCADE, in effect. A superuser (the tests' usual role) takes the
    same ACCESS EXCLUSIVE locks and DELETEs with triggers and foreign-key checks off: for a test's few rows
    that is some twenty times faster than TRUNCATE, which makes new files for every table and index."""
    if await conn.fetchval("SELECT current_setting('is_superuser')") != "on":
        await conn.execute(f"TRUNCATE {names} RESTART IDENTITY CASCADE")
        return
    listed = [name.strip() for name in names.split(",")]
    rows = await conn.fetch(_CASCADE_SQL, listed)
    async with conn.transaction():
        await conn.execute("LOCK TABLE " + ", ".join(r["name"] for r in rows) + " IN ACCESS EXCLUSIVE MODE")
        await conn.execute("SET LOCAL session_replication_role = replica")
        await conn.execute("; ".join(f"DELETE FROM {r['name']}" for r in rows))  # noqa: S608 - catalog names
        for sequence in sorted({s for r in rows for s in r["sequences"]}):
            await conn.execute(f"ALTER SEQUENCE {sequence} RESTART")


async def _truncate(names: str, database_url: str, lock_timeout: str = "10s") -> None:
    """Empty every table, on a connection of its own. A session that an earlier test abandoned inside a
    statement (a task cancelled mid-query) would hold its locks for ever and hang the whole suite: after
    `lock_timeout` such sessions are named in a warning and ended, and the tables are emptied again."""
    conn = await asyncpg.connect(engines.asyncpg_dsn(database_url))
    try:
        await conn.execute(f"SET lock_timeout = '{lock_timeout}'")
        try:
            await _empty(conn, names)
            return
        except asyncpg.exceptions.LockNotAvailableError:
            pass
        stuck = await conn.fetch(
            "SELECT pid, state, left(query, 200) AS query FROM pg_stat_activity WHERE " + _STUCK_SESSIONS_WHERE  # noqa: S608 - a constant
        )
        warnings.warn(
            f"a previous test left sessions holding locks, ended now: {[dict(r) for r in stuck]}", stacklevel=1
        )
        await conn.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE " + _STUCK_SESSIONS_WHERE)  # noqa: S608 - a constant
        await conn.execute("SET lock_timeout = 0")
        await _empty(conn, names)
    finally:
        await conn.close()


@pytest_asyncio.fixture(autouse=True)
async def clean_state(request):
    """Every test starts with empty tables, an empty Redis database and no stored objects."""
    if "app" not in request.fixturenames:
        yield
        return
    app = request.getfixturevalue("app")
    app.state.settings = request.getfixturevalue("settings")
    conn = Tortoise.get_connection("default")
    tables = await conn.execute_query_dict(
        "SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'aerich'"
    )
    if tables:
        names = ", ".join(f'"{t["tablename"]}"' for t in tables)
        await _truncate(names, app.state.settings.database_url)
    await app.state.redis.flushdb()
    shutil.rmtree(app.state.settings.data_dir / "objects", ignore_errors=True)
    # The metrics snapshots the process kept belong to tables just emptied (and a test may swap the clock).
    app.state.served_snapshots = ServedSnapshots()
    yield


@pytest_asyncio.fixture
async def client(app):
    async with AsyncClient(
        transport=ASGITransport(app=app, client=("203.0.113.7", 4321)), base_url="http://testserver"
    ) as c:
        yield c


@pytest.fixture
def gql(client, app) -> GraphQLClient:
    return GraphQLClient(client, settle=app.state.activity.drain)


@pytest_asyncio.fixture(scope="session")
async def live_server(settings):
    """A real uvicorn serving the app on a loopback port, on the test database."""
    from bench.harness import uvicorn_server

    env = {
        **os.environ,
        "DATABASE_URL": settings.database_url,
        "REDIS_URL": settings.redis_url,
        "DATA_DIR": str(settings.data_dir),
        # The key the tests and worker processes sign and check links with: mail the server queues can be sent.
        "SECRET_KEY": settings.secret_key.get_secret_value(),
        "ENVIRONMENT": "test",
    }
    async with uvicorn_server(env) as base_url:
        yield base_url


class _StatementLog(logging.Handler):
    def __init__(self, statements: list[str]):
        super().__init__(logging.DEBUG)
        self.statements = statements

    def emit(self, record: logging.LogRecord) -> None:
        # The client logs "<query>: <values>" before each statement, and a script as its bare text.
        if record.msg == "%s: %s":
            self.statements.append(record.args[0])
        elif not record.args:
            self.statements.append(record.msg)


@contextlib.contextmanager
def _counting_queries() -> Iterator[list[str]]:
    statements: list[str] = []
    handler = _StatementLog(statements)
    level, propagate = db_client_logger.level, db_client_logger.propagate
    db_client_logger.addHandler(handler)
    db_client_logger.setLevel(logging.DEBUG)
    db_client_logger.propagate = False
    try:
        yield statements
    finally:
        db_client_logger.removeHandler(handler)
        db_client_logger.setLevel(level)
        db_client_logger.propagate = propagate


@pytest.fixture
def count_queries():
    """`with count_queries() as statements:` collects every SQL statement sent in the block.

    It reads Tortoise's statement log, which every ORM and raw query passes through,
    inside transactions too.
    """
    return _counting_queries
