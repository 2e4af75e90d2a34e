"""Backup and restore of the whole system: the database (pg_dump) and every stored object.

These talk to the database and the storage backend directly, so they work with the API down.
"""

from __future__ import annotations

import os
import platform
import tarfile
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import Any, BinaryIO

from server.backup import archive, postgres
from server.backup.errors import BackupRefused
from server.settings import Settings
from server.storage import open_storage
from server.storage.base import check_key

# Written by readiness checks and deleted at once; never part of the data.
TRANSIENT_PREFIXES = ("health-probe/",)
ARCHIVE_PREFIX = "afterresume-backup-"

Progress = Callable[[str, int, int], None]


def _no_progress(stage: str, done: int, total: int) -> None:
    return None


def app_version() -> str:
    try:
        return version("afterresume")
    except PackageNotFoundError:
        return "unknown"


def known_migrations() -> list[str]:
    from server.system.migrations import MIGRATIONS

    return sorted(p.name for p in (Path(MIGRATIONS) / "models").glob("*.py") if p.name[0].isdigit())


def default_archive_name(at: datetime | None = None) -> str:
    """Names sort in time order (milliseconds, so two backups in one second do not collide)."""
    at = at or datetime.now(UTC)
    return f"{ARCHIVE_PREFIX}{at:%Y%m%dT%H%M%S}{at.microsecond // 1000:03d}Z.tar"


def _stored_keys_filter(key: str) -> bool:
    return not key.startswith(TRANSIENT_PREFIXES)


@dataclass
class BackupResult:
    path: Path
    size: int
    tables: dict[str, int]
    objects: int
    object_bytes: int
    seconds: float


async def create_backup(settings: Settings, target: Path, progress: Progress = _no_progress) -> BackupResult:
    """Write the archive to `target` (through a temporary file beside it, renamed when complete; 0600)."""
    import time

    if not settings.database_url:
        raise BackupRefused("DATABASE_NOT_RESOLVED", "no database to back up (DATABASE_URL is not resolved)")
    started = time.perf_counter()
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(f".{target.name}.part")
    storage = await open_storage(settings)
    try:
        with tempfile.TemporaryDirectory(prefix="afterresume-backup-") as scratch:
            dump_file = Path(scratch) / archive.DATABASE
            progress("database", 0, 1)
            dumped = await postgres.dump(settings.database_url, dump_file)
            progress("database", 1, 1)
            keys = [k async for k in storage.list_keys() if _stored_keys_filter(k)]
            fd = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            object_bytes = 0
            with os.fdopen(fd, "wb") as raw:
                with tarfile.open(fileobj=raw, mode="w|", format=tarfile.PAX_FORMAT) as tar:
                    writer = archive.ArchiveWriter(tar)
                    writer.add_file(archive.DATABASE, dump_file)
                    for done, key in enumerate(keys, 1):
                        data = await storage.get(key)
                        object_bytes += len(data)
                        writer.add_bytes(archive.OBJECTS + key, data)
                        progress("objects", done, len(keys))
                    writer.finish(
                        {
                            "format": archive.FORMAT,
                            "createdAt": datetime.now(UTC).isoformat(),
                            "application": {"name": "afterresume", "version": app_version()},
                            "host": platform.node(),
                            "postgres": {"server": dumped.server_version, "pgDump": dumped.tool.version_text},
                            "migrations": dumped.migrations,
                            "migrationHead": dumped.migrations[-1] if dumped.migrations else None,
                            "tables": dumped.counts,
                            "storage": {"backend": storage.name, "objects": len(keys), "bytes": object_bytes},
                        }
                    )
                size = raw.tell()
            os.replace(partial, target)
    finally:
        partial.unlink(missing_ok=True)
        await storage.close()
    return BackupResult(
        path=target,
        size=size,
        tables=dumped.counts,
        objects=len(keys),
        object_bytes=object_bytes,
        seconds=time.perf_counter() - started,
    )


def require_archive(path: Path) -> None:
    if not path.is_file():
        raise BackupRefused("ARCHIVE_NOT_FOUND", f"no archive at {path}")


def verify_backup(path: Path) -> dict[str, Any]:
    """Check every member against the manifest and the schema against this version; return the manifest."""
    require_archive(path)
    manifest = archive.read_archive(path)
    check_schema(manifest)
    return manifest


def check_schema(manifest: dict[str, Any]) -> None:
    """Refuse an archive whose database has migrations this version does not know (a newer schema)."""
    known = set(known_migrations())
    unknown = [m for m in manifest.get("migrations") or [] if m not in known]
    if unknown:
        raise BackupRefused(
            "ARCHIVE_FROM_NEWER_SCHEMA",
            f"the archive's database has migrations this version does not know ({', '.join(unknown[:3])}); "
            f"restore it with AfterResume {manifest.get('application', {}).get('version', '?')} or newer",
        )


@dataclass
class RestoreResult:
    manifest: dict[str, Any]
    tables: dict[str, int]
    objects: int
    migrations_applied: list[str] = field(default_factory=list)
    replaced: bool = False


async def target_contents(settings: Settings) -> tuple[dict[str, int], int]:
    """Rows per non-empty table (the migration record aside) and objects stored, where we would restore."""
    assert settings.database_url is not None  # noqa: S101 - resolved by the caller
    async with postgres.connect(settings.database_url) as conn:
        counts = await postgres.table_counts(conn)
    rows = {name: n for name, n in counts.items() if n and name != "aerich"}
    storage = await open_storage(settings)
    try:
        objects = 0
        async for key in storage.list_keys():
            if _stored_keys_filter(key):
                objects += 1
    finally:
        await storage.close()
    return rows, objects


async def restore_backup(
    settings: Settings, path: Path, *, force: bool = False, progress: Progress = _no_progress
) -> RestoreResult:
    """Verify everything first (nothing is touched on a refusal), then load the database and the objects
    into an empty system (or replace what is there with `force`), check the rows, run pending migrations."""
    if not settings.database_url:
        raise BackupRefused("DATABASE_NOT_RESOLVED", "no database to restore into (DATABASE_URL is not resolved)")
    require_archive(path)
    rows, objects = await target_contents(settings)
    if (rows or objects) and not force:
        tables = ", ".join(f"{name} ({n})" for name, n in sorted(rows.items())[:5])
        raise BackupRefused(
            "TARGET_NOT_EMPTY",
            f"the target is not empty ({sum(rows.values())} rows in {len(rows)} tables{': ' + tables if tables else ''}; "
            f"{objects} stored objects); restore into an empty database and storage, or pass --force to replace them",
        )
    with tempfile.TemporaryDirectory(prefix="afterresume-restore-") as scratch:
        scratch_dir = Path(scratch)
        names: dict[str, Path] = {}
        handles: list[BinaryIO] = []

        def open_sink(name: str) -> Callable[[bytes], object]:
            # Members are read one after the other: the previous one is complete when the next opens, so
            # one file is open at a time, however many objects the archive holds.
            for handle in handles:
                handle.close()
            handles.clear()
            target = scratch_dir / f"member-{len(names):08d}"
            names[name] = target
            handle = target.open("wb")
            handles.append(handle)
            return handle.write

        # One pass checks every member against the manifest while extracting it to a scratch directory
        # (the archive used to be read twice: verified, then extracted and checked again); only an archive
        # that checks, and whose schema this version knows, reaches the database and the storage.
        progress("verify", 0, 1)
        try:
            manifest = archive.read_archive(path, open_sink)
        finally:
            for handle in handles:
                handle.close()
        check_schema(manifest)
        keys = list(archive.object_keys(manifest))
        for key in keys:
            check_key(key)  # a key that storage would refuse stops the restore before it starts
        progress("verify", 1, 1)
        await _replace_database(settings, names[archive.DATABASE])
        storage = await open_storage(settings)
        try:
            if force:
                stale = [k async for k in storage.list_keys() if _stored_keys_filter(k)]
                for key in stale:
                    await storage.delete(key)
            for done, key in enumerate(keys, 1):
                await storage.put(key, names[archive.OBJECTS + key].read_bytes())
                progress("objects", done, len(keys))
        finally:
            await storage.close()
    async with postgres.connect(settings.database_url) as conn:
        restored = await postgres.table_counts(conn)
    expected: dict[str, int] = manifest.get("tables") or {}
    differing = {t: (n, restored.get(t)) for t, n in expected.items() if restored.get(t) != n}
    if differing:
        raise BackupRefused("RESTORE_INCOMPLETE", f"rows differ from the manifest after the restore: {differing}")
    applied = await _migrate(settings)
    return RestoreResult(
        manifest=manifest, tables=restored, objects=len(keys), migrations_applied=applied, replaced=force
    )


async def _replace_database(settings: Settings, dump_file: Path) -> None:
    assert settings.database_url is not None  # noqa: S101 - checked by restore_backup
    async with postgres.connect(settings.database_url) as conn:
        # A freshly migrated database has tables but no rows; its schema goes too (nothing is lost), so
        # the dump's own schema is what comes back.
        await postgres.clear_schema(conn)
    await postgres.restore(settings.database_url, dump_file)


async def _migrate(settings: Settings) -> list[str]:
    from tortoise import Tortoise

    from server.system.migrations import apply_migrations

    try:
        return await apply_migrations(settings)
    finally:
        await Tortoise.close_connections()


def prune_backups(directory: Path, keep: int) -> list[Path]:
    """Delete all but the newest `keep` archives this service wrote in `directory`; return the deleted."""
    archives = sorted(directory.glob(f"{ARCHIVE_PREFIX}*.tar"), key=lambda p: p.name, reverse=True)
    doomed = archives[max(keep, 1) :]
    for path in doomed:
        path.unlink(missing_ok=True)
    return doomed


async def scheduled_backup(settings: Settings) -> BackupResult | None:
    """The scheduler's daily backup into BACKUP_DIR, keeping the newest BACKUP_KEEP; None when off."""
    if settings.backup_dir is None:
        return None
    result = await create_backup(settings, settings.backup_dir / default_archive_name())
    prune_backups(settings.backup_dir, settings.backup_keep)
    return result
