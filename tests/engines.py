"""Which PostgreSQL and Redis the tests use.

DATABASE_URL / REDIS_URL from the environment win; else the machine's own servers on
127.0.0.1:5432 and :6379 when they answer; else embedded PostgreSQL and Valkey.
Each test session gets a database of its own, dropped at the end.
"""

from __future__ import annotations

import os
import socket
import tempfile
import uuid
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import asyncpg

from server.system.engines import pid_alive


def _port_open(host: str, port: int) -> bool:
    try:
        with socket.create_connection((host, port), timeout=0.5):
            return True
    except OSError:
        return False


def _embedded_root() -> Path:
    root = Path(tempfile.gettempdir()) / "afterresume-test-engines"
    root.mkdir(parents=True, exist_ok=True)
    return root


def server_database_url() -> str:
    """A URL to the server's maintenance database (where we CREATE DATABASE)."""
    if url := os.environ.get("DATABASE_URL"):
        return url
    if _port_open("127.0.0.1", 5432):
        return "postgres://postgres@127.0.0.1:5432/postgres"
    from server.system.engines import _start_postgres

    url, handle = _start_postgres(_embedded_root())
    _HANDLES.append(handle)
    return url


def redis_url() -> str:
    if url := os.environ.get("REDIS_URL"):
        return url
    if _port_open("127.0.0.1", 6379):
        # A database of its own per test process, so parallel runs never flush each other's keys.
        return f"redis://127.0.0.1:6379/{_claim_redis_database()}"
    from server.system.engines import _start_valkey

    url, handle = _start_valkey(_embedded_root())
    _HANDLES.append(handle)
    return url


_HANDLES: list[object] = []


def _release_claim(client, key: str, pid: str) -> None:
    if client.get(key) == pid.encode():
        client.delete(key)


def _claim_redis_database() -> int:
    """Claims one of databases 1..15 for this process with a lease in database 0 (a pid that is gone
    frees its claim), so test sessions running side by side never flush each other's keys."""
    import atexit

    import redis

    client = redis.Redis(host="127.0.0.1", port=6379, db=0)
    pid = str(os.getpid())
    for number in range(1, 16):
        key = f"afterresume:test-database:{number}"
        holder = client.get(key)
        if holder is not None and holder.decode() != pid and pid_alive(int(holder)):
            continue
        if client.set(key, pid, ex=6 * 3600, nx=holder is None) or client.get(key) == pid.encode():
            atexit.register(_release_claim, client, key, pid)
            return number
    return 1 + os.getpid() % 15


def with_database(url: str, name: str) -> str:
    parts = urlsplit(url)
    return urlunsplit(parts._replace(path="/" + name))


def asyncpg_dsn(url: str) -> str:
    return url.replace("postgres://", "postgresql://", 1)


async def create_database(server_url: str, prefix: str = "ar_test") -> str:
    name = f"{prefix}_{uuid.uuid4().hex[:10]}"
    conn = await asyncpg.connect(asyncpg_dsn(server_url))
    try:
        await conn.execute(f'CREATE DATABASE "{name}"')
    finally:
        await conn.close()
    return with_database(server_url, name)


async def drop_database(server_url: str, url: str) -> None:
    name = urlsplit(url).path.lstrip("/")
    conn = await asyncpg.connect(asyncpg_dsn(server_url))
    try:
        await conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    finally:
        await conn.close()
