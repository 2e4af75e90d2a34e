"""The `afterresume` Typer application: every domain module's commands under one name."""

from __future__ import annotations

import typer

from server.cli import accounts, billing, emergency, processes, system, worklogs

app = typer.Typer(help="AfterResume: run the service and operate it.", no_args_is_help=True, add_completion=False)
for module in (system, processes, accounts, worklogs, billing, emergency):
    app.registered_commands.extend(module.commands.registered_commands)
    app.registered_groups.extend(module.commands.registered_groups)
