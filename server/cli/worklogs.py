"""Worklog commands: `afterresume import …`, `afterresume export …`, `afterresume check-integrity`."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

import typer

import server.cli.common as cli

if TYPE_CHECKING:
    from server.auth.models import User
    from server.auth.scope import TenantScope
    from server.settings import Settings
    from server.worklogs.formats import ImportRow
    from server.worklogs.imports import ImportResult

import_app = typer.Typer(
    help="Bring entries in: CSV, JSON, or a git history. Importing twice adds nothing.", no_args_is_help=True
)


async def _scope_of(login: str) -> tuple[User, TenantScope]:
    """The account named by username or email, and its tenant scope (the CLI acts as that user)."""
    from server.auth.models import User
    from server.auth.scope import scope_for
    from server.tenants.service import tenant_id_of

    key = login.strip().lower()
    user = await User.get_or_none(username=key) or await User.get_or_none(email=key)
    if user is None:
        cli.fail(f"no user {login!r}")
    tenant_id = await tenant_id_of(user.id)
    if tenant_id is None:
        cli.fail(f"user {login!r} has no tenant")
    return user, scope_for(tenant_id, user.id)


def _run_import(login: str, load_rows: Callable[[], list[ImportRow]]) -> None:
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    from server.errors import ServiceError
    from server.worklogs.imports import import_rows

    async def work(settings: Settings) -> ImportResult:
        user, scope = await _scope_of(login)
        try:
            rows = load_rows()
        except ServiceError as exc:
            cli.fail(f"{exc.code}: {exc.message}", 2)
        with Progress(
            TextColumn("importing"),
            BarColumn(),
            MofNCompleteColumn(),
            TimeRemainingColumn(),
            console=cli.err,
            transient=True,
        ) as bar:
            task = bar.add_task("import", total=len(rows))
            try:
                return await import_rows(
                    scope, user, rows, progress=lambda done, total: bar.update(task, completed=done)
                )
            except ServiceError as exc:
                cli.fail(f"{exc.code}: {exc.message} (nothing was imported)", 2)

    result = cli.run_with_db(work)
    updated = f", {result.updated} drafts given new commits" if result.updated else ""
    cli.console.print(f"{result.created} created{updated}, {result.skipped} already present ({result.rows} rows)")


def _read(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        cli.fail(f"cannot read {path}: {exc}", 2)


@import_app.command("csv")
def import_csv(
    path: Path = typer.Argument(
        ..., help="CSV with a header: date,content[,source,draft,employer,project,tags,workType,outcome,id]."
    ),
    user: str = typer.Option(..., "--user", help="Username or email of the account to import into."),
) -> None:
    """Import a CSV file (as written by `afterresume export csv`)."""
    from server.worklogs.formats import parse_csv

    text = _read(path)
    _run_import(user, lambda: parse_csv(text))


@import_app.command("json")
def import_json(
    path: Path = typer.Argument(..., help="JSON as written by `afterresume export json` (or a list of entries)."),
    user: str = typer.Option(..., "--user", help="Username or email of the account to import into."),
) -> None:
    """Import a JSON file."""
    from server.worklogs.formats import parse_json

    text = _read(path)
    _run_import(user, lambda: parse_json(text))


@import_app.command("git")
def import_git(
    path: Path = typer.Argument(..., help="A local git repository."),
    author: str = typer.Option(..., "--author", help="Commit author email to import."),
    since: str = typer.Option(None, "--since", help="Only commits on or after this date (YYYY-MM-DD)."),
    user: str = typer.Option(None, "--user", help="Account to import into (default: the one with the author's email)."),
) -> None:
    """Commits as draft entries: one per day, subjects as content, the repository as project."""
    from server.worklogs.git_import import git_rows

    since_date = None
    if since:
        try:
            since_date = date.fromisoformat(since)
        except ValueError:
            cli.fail("--since must be a date (YYYY-MM-DD)", 2)
    _run_import(user or author, lambda: git_rows(path, author=author, since=since_date))


def export(
    format: str = typer.Argument(..., help="csv, json or markdown."),
    user: str = typer.Option(..., "--user", help="Username or email of the account to export."),
    output: Path = typer.Option(None, "--output", "-o", help="File to write (default: standard output)."),
) -> None:
    """Write a user's entries, oldest first."""
    from server.errors import ServiceError
    from server.worklogs.exports import export_worklogs

    async def work(settings: Settings) -> str:
        _, scope = await _scope_of(user)
        try:
            return await export_worklogs(scope, format.lower())
        except ServiceError as exc:
            cli.fail(exc.message, 2)

    text = cli.run_with_db(work)
    if output:
        output.write_text(text, encoding="utf-8")
        cli.err.print(f"wrote {output}")
    else:
        typer.echo(text, nl=False)


def check_integrity(
    fix: bool = typer.Option(
        False,
        "--fix",
        help=(
            "After confirmation, repair exactly what was reported: entries move to their user's tenant, are "
            "deleted with their evidence when their user or tenant is gone, and are kept when their user has no "
            "tenant; evidence rows without objects are dropped, objects without rows deleted. Anything that "
            "appears after the report is left for the next run."
        ),
    ),
) -> None:
    """Find entries whose user or tenant is gone, evidence rows without objects and objects without rows."""
    from collections import Counter

    from server.storage import open_storage
    from server.worklogs.staff import ORPHAN_FIXES, fix_integrity_for_staff, integrity_report_for_staff

    shown = 20

    def listing(count: int, lines: list[str]) -> None:
        for line in lines[:shown]:
            cli.console.print(f"  {line}", markup=False, highlight=False)
        if count > shown:
            cli.console.print(f"  … and {count - shown} more")

    async def work(settings: Settings) -> int:
        storage = await open_storage(settings)
        try:
            # Everything is listed (not just what is printed): the fix acts on this report and nothing else.
            report = await integrity_report_for_staff(storage, limit=None)
            cli.console.print(f"entries without their user or tenant: {report.orphaned_worklog_count}")
            listing(report.orphaned_worklog_count, [f"worklog {o.id}: {o.reason}" for o in report.orphaned_worklogs])
            cli.console.print(f"evidence rows without objects: {report.evidence_without_object_count}")
            listing(
                report.evidence_without_object_count,
                [f"evidence {m.evidence_id}: {m.object_key}" for m in report.evidence_without_objects],
            )
            cli.console.print(f"objects without rows: {report.object_without_row_count}")
            listing(report.object_without_row_count, report.objects_without_rows)
            if report.clean:
                cli.console.print("[green]all consistent[/green]")
                return 0
            if not fix:
                cli.console.print("run with --fix to repair")
                return 1
            actions = Counter(ORPHAN_FIXES[o.reason] for o in report.orphaned_worklogs)
            question = (
                f"Repair: move {actions['move']} entries to their user's tenant, delete {actions['delete']} "
                f"entries without a user or tenant (with their evidence), keep {actions['keep']} entries "
                f"whose user has no tenant, drop {report.evidence_without_object_count} evidence rows, "
                f"delete {report.object_without_row_count} objects?"
            )
            if not typer.confirm(question):
                cli.console.print("nothing changed")
                return 1
            done = await fix_integrity_for_staff(storage, report)
            cli.console.print(
                f"moved {done.worklogs_moved} and deleted {done.worklogs_deleted} entries, "
                f"deleted {done.evidence_rows_deleted} evidence rows and {done.objects_deleted} objects"
            )
            if done.no_longer_found:
                cli.console.print(f"left {done.no_longer_found} listed items alone: they no longer needed repair")
            if done.worklogs_kept:
                cli.console.print(
                    f"kept {done.worklogs_kept} entries whose user has no tenant: "
                    "once the user has one, the next run moves them"
                )
                return 1
            return 0
        finally:
            await storage.close()

    raise typer.Exit(cli.run_with_db(work))


commands = typer.Typer()
commands.add_typer(import_app, name="import")
commands.command("export")(export)
commands.command("check-integrity")(check_integrity)
