"""`afterresume`: the runbook's commands, one module per domain (common.py holds what they share)."""

from __future__ import annotations

import sys

import typer

from server.cli import accounts, billing, system, worklogs

app = typer.Typer(help="AfterResume: run the service and operate it.", no_args_is_help=True, add_completion=False)
for module in (system, accounts, worklogs, billing):
    app.registered_commands.extend(module.commands.registered_commands)
    app.registered_groups.extend(module.commands.registered_groups)


def main() -> None:
    """Run a command; a failure the operator can fix is one line on stderr and exit code 1."""
    from server.cli.common import err, explain
    from server.system.supervisor import StopRequested

    try:
        app()
    except StopRequested:
        sys.exit(0)
    except Exception as exc:
        message = explain(exc)
        if message is None:
            raise
        err.print(f"[red]error:[/red] {message}", markup=True, highlight=False)
        sys.exit(1)
