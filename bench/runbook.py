"""Runbook figures: backup and restore of a sizeable system, and `afterresume admin users list` on many users.

    .venv/bin/python -m bench.runbook [--entries 100000] [--object-mb 100] [--users 10000]

The target is 1 000 000 entries and 1 GB of objects (`--entries 1000000 --object-mb 1024`; seeding alone
takes 3-5 minutes on a small shared machine). The defaults are a tenth of it, for a quick look; their
figures are also extrapolated linearly (pg_dump, pg_restore, index builds and object copies all grow about
linearly with size), printed as such.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import shutil
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

import asyncpg

from bench.harness import ROOT, scratch_server
from server.auth.secrets import TOKEN_PREFIX, digest, display_prefix, new_secret
from tests import engines

USERS_SQL = """
INSERT INTO tenant (id, name, created_at)
SELECT md5('t' || i)::uuid, 'Tenant ' || i, now() FROM generate_series(1, $1) i;
INSERT INTO "user" (id, username, email, full_name, password_hash, is_active, is_staff, is_superuser, date_joined)
SELECT md5('u' || i)::uuid, 'user' || i, 'user' || i || '@example.com', 'User ' || i, 'x', true, false, false,
       now() - i * interval '1 minute'
FROM generate_series(1, $1) i;
INSERT INTO profile (id, settings, notes, created_at, updated_at, tenant_id, user_id)
SELECT md5('p' || i)::uuid, '{}', '', now(), now(), md5('t' || i)::uuid, md5('u' || i)::uuid
FROM generate_series(1, $1) i;
"""

ENTRIES_SQL = """
INSERT INTO worklog (id, date, content, source, draft, employer, project, tags, work_type, outcome, metadata_text,
                     fingerprint, created_at, updated_at, tenant_id, user_id)
SELECT gen_random_uuid(), current_date - (i % 700), 'Shipped part ' || i || ' of the migration; reviewed '
       || (i % 97) || ' pull requests and paired on the billing reconciliation.', 'manual', false, 'Acme',
       'project-' || (i % 13), ARRAY['backend', 'tag' || (i % 50)], 'engineering', 'shipped', 'Acme backend',
       md5(i::text), now(), now(), md5('t' || (1 + i % $2))::uuid, md5('u' || (1 + i % $2))::uuid
FROM generate_series(1, $1) i;
"""


def cli(env: dict[str, str], *args: str) -> tuple[float, subprocess.CompletedProcess[str]]:
    started = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-m", "server.cli", *args], cwd=ROOT, env=env, capture_output=True, text=True, check=False
    )
    if done.returncode != 0:
        raise SystemExit(f"afterresume {' '.join(args)} failed:\n{done.stderr}")
    return time.perf_counter() - started, done


async def populate(database_url: str, users: int, entries: int) -> str:
    """Users (one tenant each), entries spread over them, and a superuser's API token (returned)."""
    conn = await asyncpg.connect(engines.asyncpg_dsn(database_url))
    try:
        await conn.execute("SET synchronous_commit = off")
        for statement in USERS_SQL.strip().split(";\n"):
            await conn.execute(statement, users)
        await conn.execute(ENTRIES_SQL, entries, users)
        staff = await conn.fetchval(
            """INSERT INTO "user" (id, username, email, full_name, password_hash, is_active, is_staff, is_superuser,
               date_joined) VALUES ($1, 'bench-admin', 'bench-admin@example.com', '', 'x', true, true, true, now())
               RETURNING id""",
            uuid.uuid4(),
        )
        raw = new_secret(TOKEN_PREFIX)
        await conn.execute(
            """INSERT INTO api_token (id, kind, name, token_hash, prefix, created_at, user_id)
               VALUES ($1, 'api', 'bench', $2, $3, now(), $4)""",
            uuid.uuid4(),
            digest(raw),
            display_prefix(raw),
            staff,
        )
        await conn.execute("ANALYZE")
        return raw
    finally:
        await conn.close()


def write_objects(directory: Path, megabytes: int) -> None:
    for i in range(megabytes):
        path = directory / "evidence" / f"{i % 16:02d}" / f"object-{i:05d}.bin"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(os.urandom(1024 * 1024))  # incompressible, like most evidence files


async def main(entries: int, object_mb: int, users: int) -> None:
    """In a scratch directory removed afterwards (a full-size run leaves over 3 GB: data, archive, restore)."""
    scratch = Path(tempfile.mkdtemp(prefix="afterresume-bench-runbook-"))
    try:
        await measure(scratch, entries, object_mb, users)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


async def measure(scratch: Path, entries: int, object_mb: int, users: int) -> None:
    data_dir = scratch / "data"
    async with scratch_server({"DATA_DIR": str(data_dir)}) as (base_url, env):
        t0 = time.perf_counter()
        token = await populate(env["DATABASE_URL"], users, entries)
        write_objects(data_dir / "objects", object_mb)
        print(
            f"populated {users} users, {entries} entries, {object_mb} MB of objects in {time.perf_counter() - t0:.1f} s"
        )

        env = {**env, "DATA_DIR": str(data_dir), "COLUMNS": "200"}
        listed, done = cli({**env, "AFTERRESUME_TOKEN": token}, "admin", "--url", base_url, "users", "list", "--json")
        if f'"totalCount": {users + 1}' not in done.stdout:
            raise SystemExit(f"users list did not list {users + 1} users")
        table, _ = cli({**env, "AFTERRESUME_TOKEN": token}, "admin", "--url", base_url, "users", "list")
        print(f"admin users list over {users + 1} users: {listed:.1f} s (--json), {table:.1f} s (table)")

        archive = scratch / "backup.tar"
        backed, _ = cli(env, "backup", "-o", str(archive))
        size = archive.stat().st_size
        verified, _ = cli(env, "backup", "--verify", str(archive))

        server_url = engines.server_database_url()
        target = await engines.create_database(server_url, prefix="ar_bench_restore")
        try:
            restore_env = {**env, "DATABASE_URL": target, "DATA_DIR": str(scratch / "restored")}
            restored, _ = cli(restore_env, "restore", str(archive))
        finally:
            await engines.drop_database(server_url, target)

    print(f"backup:  {backed:.1f} s, archive {size / 1e6:.1f} MB ({entries} entries, {object_mb} MB of objects)")
    print(f"verify:  {verified:.1f} s")
    print(f"restore: {restored:.1f} s (check and extract, load, objects, row check, migrations)")
    if entries < 1_000_000 or object_mb < 1024:
        factor = max(1_000_000 / max(entries, 1), 1024 / max(object_mb, 1))
        print(
            f"extrapolated to 1 000 000 entries + 1 GB (linear, x{factor:.1f}): backup ~{backed * factor:.0f} s, "
            f"restore ~{restored * factor:.0f} s, archive ~{size * factor / 1e9:.2f} GB"
        )


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--entries", type=int, default=100_000)
    parser.add_argument("--object-mb", type=int, default=100)
    parser.add_argument("--users", type=int, default=10_000)
    args = parser.parse_args()
    asyncio.run(main(args.entries, args.object_mb, args.users))
