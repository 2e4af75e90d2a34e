"""Backup commands: `afterresume backup [-o FILE] [--verify FILE]` and `afterresume restore FILE`.

They talk to the database and the storage backend directly, so they work with the API down.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

import typer

from server.cli.common import console, err, fail, resolved_settings

if TYPE_CHECKING:
    from server.backup.service import Progress

commands = typer.Typer()

EXIT_REFUSED = 2


@contextmanager
def _progress() -> Iterator[Progress]:
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

    with Progress(
        TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), console=err, transient=True
    ) as bar:
        tasks: dict[str, Any] = {}

        def update(stage: str, done: int, total: int) -> None:
            if stage not in tasks:
                tasks[stage] = bar.add_task(stage, total=total)
            bar.update(tasks[stage], completed=done, total=total)

        yield update


def _describe(manifest: dict[str, Any]) -> str:
    tables = manifest.get("tables") or {}
    storage = manifest.get("storage") or {}
    return (
        f"made {manifest.get('createdAt', '?')[:19]} by AfterResume {manifest.get('application', {}).get('version')}, "
        f"PostgreSQL {manifest.get('postgres', {}).get('server')}, migration {manifest.get('migrationHead')}; "
        f"{sum(tables.values())} rows in {len(tables)} tables, {storage.get('objects', 0)} objects "
        f"({storage.get('bytes', 0)} bytes)"
    )


@commands.command()
def backup(
    output: Path = typer.Option(
        None, "-o", "--output", help="The archive to write (default: BACKUP_DIR or the current directory)."
    ),
    verify: Path = typer.Option(None, "--verify", help="Check this archive (every checksum) instead of writing one."),
) -> None:
    """One archive of the database (pg_dump) and every stored object, with a manifest of checksums."""
    from server.backup.errors import BackupRefused
    from server.backup.service import create_backup, default_archive_name, verify_backup

    if verify is not None:
        try:
            manifest = verify_backup(verify)
        except BackupRefused as exc:
            fail(f"{exc.code}: {exc.message}", EXIT_REFUSED)
        console.print(f"archive OK: {len(manifest['members'])} members match their sha256", highlight=False)
        console.print(_describe(manifest), highlight=False)
        return
    settings, _engines = resolved_settings()
    target = (output or (settings.backup_dir or Path.cwd()) / default_archive_name()).resolve()
    with _progress() as progress:
        try:
            result = asyncio.run(create_backup(settings, target, progress))
        except BackupRefused as exc:
            fail(f"{exc.code}: {exc.message}", EXIT_REFUSED)
    console.print(
        f"backup written: {result.path} ({result.size} bytes; {sum(result.tables.values())} rows in "
        f"{len(result.tables)} tables, {result.objects} objects) in {result.seconds:.1f} s",
        highlight=False,
    )


@commands.command()
def restore(
    archive: Path = typer.Argument(..., help="An archive written by `afterresume backup`."),
    force: bool = typer.Option(
        False, "--force", help="Replace a database and storage that are not empty (their contents are deleted)."
    ),
) -> None:
    """Restore an archive into an empty database and storage, then apply pending migrations.

    Every checksum is verified first: a truncated or tampered archive, or one from a newer schema,
    is refused with nothing changed.
    """
    from server.backup.errors import BackupRefused
    from server.backup.service import restore_backup

    settings, _engines = resolved_settings()
    with _progress() as progress:
        try:
            result = asyncio.run(restore_backup(settings, archive, force=force, progress=progress))
        except BackupRefused as exc:
            fail(f"{exc.code}: {exc.message}", EXIT_REFUSED)
    console.print(f"restored: {_describe(result.manifest)}", highlight=False)
    applied = result.migrations_applied
    console.print(
        f"migrations: {len(applied)} applied" + (": " + ", ".join(applied) if applied else "; schema is current")
    )
