"""Process commands beside `serve`: `worker` and `scheduler`.

Each replaces itself with the process entry point in `workers/` (server/ never imports workers/), with
the engines' URLs in its environment: the configured ones, or the embedded ones `run` keeps up.
"""

from __future__ import annotations

import os
import sys

import typer

from server.cli.common import err, resolved_settings

commands = typer.Typer()


def _exec_entry_point(role: str, *extra: str) -> None:
    _settings, engines = resolved_settings(need=("postgres", "valkey"))
    if engines.started:
        # Engines started for this command would outlive it unsupervised; `run` owns embedded engines.
        engines.stop()
        err.print(
            "[red]error:[/red] no engines to connect to: set DATABASE_URL and REDIS_URL, or start `afterresume run`"
        )
        raise typer.Exit(1)
    env = {**os.environ, **engines.child_environment()}
    os.execve(sys.executable, [sys.executable, "-m", "workers.main", role, *extra], env)  # noqa: S606 - our own entry point


@commands.command()
def worker(
    workers: int = typer.Option(1, "--workers", min=1, help="Worker processes (each runs jobs one after another)."),
) -> None:
    """Run jobs from the queue (taskiq worker processes)."""
    _exec_entry_point("worker", "--workers", str(workers))


@commands.command()
def scheduler() -> None:
    """Send the periodic tasks (the job sweep, credit expiry). Run exactly one."""
    _exec_entry_point("scheduler")
