"""System commands: migrations, bootstrap, and the processes (`serve`, `run`)."""

from __future__ import annotations

import asyncio
import os
import sys
from typing import TYPE_CHECKING, Any

import typer

from server.cli.common import console, database, err, resolved_settings, run_with_db
from server.settings import get_settings

if TYPE_CHECKING:
    from server.system.bootstrap import BootstrapResult

commands = typer.Typer()


@commands.command()
def migrate() -> None:
    """Apply database migrations that have not been applied yet."""
    from tortoise import Tortoise

    from server.system.migrations import apply_migrations

    settings, _engines = resolved_settings()

    async def main() -> list[str]:
        try:
            return await apply_migrations(settings)
        finally:
            await Tortoise.close_connections()

    applied = asyncio.run(main())
    console.print(
        f"applied {len(applied)} migration(s)" + (": " + ", ".join(applied) if applied else "; schema is current")
    )


@commands.command("check-migrations")
def check_migrations() -> None:
    """Exit 1 when the models have changes no migration records (aerich would write a new one)."""
    from tortoise import Tortoise

    from server.system.migrations import pending_model_changes

    settings, _engines = resolved_settings()

    async def main() -> list[str]:
        try:
            return await pending_model_changes(settings)
        finally:
            await Tortoise.close_connections()

    pending = asyncio.run(main())
    if pending:
        err.print("[red]models differ from the migrations[/red]; run `make migration name=...`:")
        for sql in pending:
            err.print(f"  {sql}")
        raise typer.Exit(1)
    console.print("migrations match the models")


@commands.command()
def bootstrap() -> None:
    """Create the default tenant and the admin user if missing (idempotent)."""
    from server.system.bootstrap import bootstrap as do_bootstrap

    result = run_with_db(do_bootstrap)
    for line in result.lines():
        console.print(line)


@commands.command()
def serve(
    host: str = typer.Option(None, help="Bind address (default: HOST setting)."),
    port: int = typer.Option(None, help="Port (default: PORT setting)."),
    workers: int = typer.Option(1, help="uvicorn worker processes."),
) -> None:
    """Serve the API only (engines must be configured or embedded)."""
    import uvicorn

    settings, engines = resolved_settings(need=("postgres", "valkey"))
    os.environ.update(engines.child_environment())
    get_settings.cache_clear()
    from server.metrics.prometheus import reset_directory

    reset_directory(get_settings(), "api")  # this group's samples start empty, before uvicorn forks
    uvicorn.run(
        "server.app:app_from_environment",
        factory=True,
        host=host or settings.host,
        port=port or settings.port,
        workers=workers,
        **uvicorn_options(as_json=get_settings().logs_as_json),
    )


def uvicorn_options(*, as_json: bool = False) -> dict[str, Any]:
    """How `serve` runs uvicorn: request ids in every log line; forwarded headers left to the app.

    uvicorn's own proxy support would trust 127.0.0.1 by default; the app decides from TRUSTED_PROXIES
    (server.system.request_context), so uvicorn must not rewrite the client address first.
    """
    from server.system.logs import uvicorn_log_config

    return {
        "proxy_headers": False,
        "forwarded_allow_ips": "",
        "log_config": uvicorn_log_config(as_json=as_json),
        "log_level": "info",
    }


@commands.command()
def run(
    host: str = typer.Option(None, help="Bind address (default: HOST setting)."),
    port: int = typer.Option(None, help="Port (default: PORT setting)."),
) -> None:
    """Everything on one machine: engines, migrations, bootstrap, API, worker and scheduler, supervised."""
    from tortoise import Tortoise

    from server.system.bootstrap import bootstrap as do_bootstrap
    from server.system.engines import resolve_engines
    from server.system.migrations import apply_migrations
    from server.system.supervisor import Child, Supervisor, raise_on_stop_signals

    raise_on_stop_signals()
    engines = resolve_engines(get_settings(), own=True)
    try:
        settings = engines.settings
        for name in engines.started:
            err.print(f"[dim]embedded {name} started under {settings.data_dir}[/dim]")
        if engines.started:
            engines.write_state()

        async def prepare() -> tuple[list[str], BootstrapResult]:
            try:
                applied = await apply_migrations(settings)
            finally:
                await Tortoise.close_connections()
            async with database(settings):
                return applied, await do_bootstrap(settings)

        applied, result = asyncio.run(prepare())
        console.print(f"migrations: {len(applied)} applied" if applied else "migrations: schema is current")
        for line in result.lines():
            console.print(line)

        bind, at = host or settings.host, port or settings.port
        children = [Child("api", [sys.executable, "-m", "server.cli", "serve", "--host", bind, "--port", str(at)])]
        if settings.worker_in_process:
            children.append(Child("worker", [sys.executable, "-m", "workers.main", "worker"]))
            children.append(Child("scheduler", [sys.executable, "-m", "workers.main", "scheduler"]))
        console.print(f"[bold]AfterResume[/bold] on http://{bind}:{at}  (GraphQL: /graphql)  — Ctrl+C stops")
        supervisor = Supervisor(children, env=engines.child_environment(), log=lambda line: err.print(f"run: {line}"))
        supervisor.run_forever()
        err.print("run: stopped the API, worker and scheduler")
    finally:
        engines.stop()
