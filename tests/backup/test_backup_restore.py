"""`afterresume backup` / `restore` as processes: a populated system comes back table by table and object by
object; a truncated, tampered or newer-schema archive, or a non-empty target, is refused with nothing changed."""

from __future__ import annotations

import importlib
import io
import json
import os
import resource
import subprocess
import sys
import tarfile
from pathlib import Path

import asyncpg
import pytest_asyncio

from server.backup import service
from server.billing import ledger
from server.evidence.models import Evidence
from server.storage.local import LocalStorage
from server.tenants.models import Profile
from tests import engines
from tests.factories import create_reserve, create_staff, create_user, create_worklog

ROOT = Path(__file__).resolve().parents[2]


def cli(database_url: str, data_dir: Path, *args: str, open_files: int | None = None) -> subprocess.CompletedProcess:
    env = {**os.environ, "DATABASE_URL": database_url, "DATA_DIR": str(data_dir)}

    def limit() -> None:
        if open_files is not None:
            resource.setrlimit(resource.RLIMIT_NOFILE, (open_files, open_files))

    return subprocess.run(
        [sys.executable, "-m", "server.cli", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        stdin=subprocess.DEVNULL,
        preexec_fn=limit,
    )


async def populate(settings) -> None:
    storage = LocalStorage(settings.data_dir / "objects")
    await create_staff(username="admin", is_superuser=True)
    for n in range(3):
        user = await create_user(username=f"writer{n}")
        tenant = await (await Profile.get(user_id=user.id)).tenant
        await create_reserve(tenant, balance_cents=5_000 + n)
        await ledger.debit(tenant.id, 120 + n, key=f"debit-{n}", reason="a job")
        await ledger.adjust(tenant.id, 300, key=f"adj-{n}", reason="goodwill", actor=None)
        for day in range(5):
            entry = await create_worklog(user, content=f"entry {n}/{day}", tags=["backup", f"t{day}"])
            if day == 0:
                data = os.urandom(2048) + f"evidence of {n}".encode()
                key = f"evidence/{tenant.id}/{entry.id}/notes.bin"
                await storage.put(key, data)
                await Evidence.create(
                    tenant_id=tenant.id,
                    worklog_id=entry.id,
                    object_key=key,
                    original_name="notes.bin",
                    size=len(data),
                    content_type="application/octet-stream",
                    sha256="0" * 64,
                )


async def snapshot(database_url: str) -> dict[str, list]:
    """Every row of every table (the migration record aside), in a stable order."""
    conn = await asyncpg.connect(engines.asyncpg_dsn(database_url))
    try:
        tables = [r["tablename"] for r in await conn.fetch("SELECT tablename FROM pg_tables WHERE schemaname='public'")]
        return {
            t: sorted((tuple(r) for r in await conn.fetch(f'SELECT * FROM "{t}"')), key=repr)  # noqa: S608 - catalog names
            for t in sorted(tables)
            if t != "aerich"
        }
    finally:
        await conn.close()


def objects(data_dir: Path) -> dict[str, bytes]:
    root = data_dir / "objects"
    return (
        {p.relative_to(root).as_posix(): p.read_bytes() for p in root.rglob("*") if p.is_file()}
        if root.exists()
        else {}
    )


@pytest_asyncio.fixture
async def fresh(engine_urls, tmp_path):
    """An empty database and data directory to restore into."""
    server_url, _ = engine_urls
    url = await engines.create_database(server_url, prefix="ar_restore")
    yield url, tmp_path / "fresh-data"
    await engines.drop_database(server_url, url)


async def backed_up(settings, tmp_path) -> Path:
    await populate(settings)
    archive = tmp_path / "system.tar"
    made = cli(settings.database_url, settings.data_dir, "backup", "-o", str(archive))
    assert made.returncode == 0, made.stderr
    assert "backup written" in made.stdout and oct(archive.stat().st_mode & 0o777) == "0o600"
    return archive


async def test_a_populated_system_comes_back_with_zero_differences(app, settings, tmp_path, fresh):
    archive = await backed_up(settings, tmp_path)
    verified = cli(settings.database_url, settings.data_dir, "backup", "--verify", str(archive))
    assert verified.returncode == 0 and "archive OK" in verified.stdout
    url, data_dir = fresh
    restored = cli(url, data_dir, "restore", str(archive))
    assert restored.returncode == 0, restored.stderr
    before, after = await snapshot(settings.database_url), await snapshot(url)
    assert set(before) == set(after)
    differing = [t for t in before if before[t] != after[t]]
    assert differing == []
    assert sum(len(rows) for rows in after.values()) > 40 and len(after["worklog"]) == 15
    assert objects(data_dir) == objects(settings.data_dir) and len(objects(data_dir)) == 3
    # The archive was made at this version's head: nothing to apply.
    assert "migrations: 0 applied; schema is current" in restored.stdout


async def test_an_archive_from_an_older_schema_is_restored_and_then_migrated(
    app, settings, tmp_path, fresh, engine_urls
):
    """An archive made before the newest migration: restored as it was, then that migration applied."""
    newest = service.known_migrations()[-1]
    module = importlib.import_module(f"migrations.models.{newest.removesuffix('.py')}")
    archive = await backed_up(settings, tmp_path)
    older_url, older_data = fresh
    assert cli(older_url, older_data, "restore", str(archive)).returncode == 0
    conn = await asyncpg.connect(engines.asyncpg_dsn(older_url))
    try:  # the system as it was one migration ago
        await conn.execute(await module.downgrade(None))
        await conn.execute("DELETE FROM aerich WHERE version = $1", newest)
    finally:
        await conn.close()
    older = tmp_path / "older.tar"
    assert cli(older_url, older_data, "backup", "-o", str(older)).returncode == 0
    assert newest not in service.verify_backup(older)["migrations"]

    target = await engines.create_database(engine_urls[0], prefix="ar_restore")
    try:
        restored = cli(target, tmp_path / "target-data", "restore", str(older))
        assert restored.returncode == 0, restored.stderr
        assert f"migrations: 1 applied: {newest}" in restored.stdout
        conn = await asyncpg.connect(engines.asyncpg_dsn(target))
        try:
            assert await conn.fetchval("SELECT version FROM aerich ORDER BY id DESC LIMIT 1") == newest
        finally:
            await conn.close()
        assert (await snapshot(target))["worklog"] == (await snapshot(settings.database_url))["worklog"]
    finally:
        await engines.drop_database(engine_urls[0], target)


def rewrite(archive: Path, target: Path, change) -> Path:
    """A copy of the archive with `change(name, bytes) -> bytes` applied to its members."""
    with tarfile.open(archive) as src, tarfile.open(target, "w") as dst:
        for info in src.getmembers():
            data = change(info.name, src.extractfile(info).read())
            info.size = len(data)
            dst.addfile(info, io.BytesIO(data))
    return target


async def assert_untouched(url: str, data_dir: Path) -> None:
    assert await snapshot(url) == {}
    assert objects(data_dir) == {}


async def test_truncated_tampered_and_newer_archives_are_refused_with_nothing_changed(app, settings, tmp_path, fresh):
    archive = await backed_up(settings, tmp_path)
    url, data_dir = fresh
    truncated = tmp_path / "truncated.tar"
    truncated.write_bytes(archive.read_bytes()[: archive.stat().st_size // 2])

    def flip(name: str, data: bytes) -> bytes:
        return data[:-1] + bytes([data[-1] ^ 1]) if name.startswith("objects/") else data

    def newer(name: str, data: bytes) -> bytes:
        if name != "manifest.json":
            return data
        manifest = json.loads(data)
        manifest["migrations"].append("99_20991231000000_from_the_future.py")
        return json.dumps(manifest).encode()

    cases = {
        truncated: "ARCHIVE_TRUNCATED",
        rewrite(archive, tmp_path / "tampered.tar", flip): "ARCHIVE_TAMPERED",
        rewrite(archive, tmp_path / "newer.tar", newer): "ARCHIVE_FROM_NEWER_SCHEMA",
    }
    for bad, code in cases.items():
        checked = cli(url, data_dir, "backup", "--verify", str(bad))
        assert checked.returncode == 2 and code in checked.stderr, (bad, checked.stderr)
        refused = cli(url, data_dir, "restore", str(bad))
        assert refused.returncode == 2 and code in refused.stderr, (bad, refused.stderr)
        await assert_untouched(url, data_dir)


async def test_a_non_empty_target_is_refused_unless_forced(app, settings, tmp_path):
    archive = await backed_up(settings, tmp_path)
    before = await snapshot(settings.database_url)
    refused = cli(settings.database_url, settings.data_dir, "restore", str(archive))
    assert refused.returncode == 2 and "TARGET_NOT_EMPTY" in refused.stderr
    assert await snapshot(settings.database_url) == before
    # Changes made after the backup are undone by a forced restore.
    await create_user(username="after-the-backup")
    LocalStorage(settings.data_dir / "objects").root.joinpath("stray.bin").write_bytes(b"x")
    forced = cli(settings.database_url, settings.data_dir, "restore", str(archive), "--force")
    assert forced.returncode == 0, forced.stderr
    assert await snapshot(settings.database_url) == before
    assert "stray.bin" not in objects(settings.data_dir)


async def test_scheduled_backups_keep_the_newest(app, settings, tmp_path):
    await populate(settings)
    scheduled = settings.model_copy(update={"backup_dir": tmp_path / "backups", "backup_keep": 2})
    made = [(await service.scheduled_backup(scheduled)).path for _ in range(3)]
    assert sorted((tmp_path / "backups").iterdir()) == made[1:]
    assert service.verify_backup(made[-1])["tables"]["worklog"] == 15
    assert await service.scheduled_backup(settings.model_copy(update={"backup_dir": None})) is None


async def test_an_archive_of_more_objects_than_open_files_restores(app, settings, tmp_path, fresh):
    """Members are extracted one at a time: 300 objects restore in a process that may open 150 files."""
    await create_staff(username="admin", is_superuser=True)
    storage = LocalStorage(settings.data_dir / "objects")
    for i in range(300):
        await storage.put(f"evidence/bulk/{i:03d}.bin", os.urandom(64))
    archive = tmp_path / "many.tar"
    assert cli(settings.database_url, settings.data_dir, "backup", "-o", str(archive)).returncode == 0
    url, data_dir = fresh
    restored = cli(url, data_dir, "restore", str(archive), open_files=150)
    assert restored.returncode == 0, restored.stderr
    assert objects(data_dir) == objects(settings.data_dir) and len(objects(data_dir)) == 300
