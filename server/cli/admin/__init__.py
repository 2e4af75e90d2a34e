"""`afterresume admin …`: the operator's commands over the GraphQL API of a running server.

They talk HTTP to `--url` (default: the stored login's URL, else PUBLIC_URL) with a bearer token from
AFTERRESUME_TOKEN or from `afterresume admin login`, exactly as any script could; the typed operations
are the `.graphql` files under operations/ (a test validates them against schema.graphql). Exit codes:
0 done, 1 cannot run (unreachable, not logged in, not allowed, server error), 2 refused by the server or
bad arguments, 3 a destructive command not confirmed.
"""

from __future__ import annotations

import typer

from server.cli.admin import audit, jobs, passkeys, reserve, session, system, users
from server.cli.admin.base import AdminOptions

admin_app = typer.Typer(
    help="Operate a running server over its GraphQL API (log in first, or set AFTERRESUME_TOKEN).",
    no_args_is_help=True,
)


@admin_app.callback()
def admin_options(
    ctx: typer.Context,
    url: str = typer.Option(None, "--url", help="The server (default: the stored login's, else PUBLIC_URL)."),
    token: str = typer.Option(
        None, "--token", envvar="AFTERRESUME_TOKEN", show_envvar=True, hidden=True, help="A staff API token."
    ),
) -> None:
    ctx.obj = AdminOptions(url=url.rstrip("/") if url else None, token=token or None)


admin_app.registered_commands.extend(session.commands.registered_commands)
admin_app.registered_commands.extend(system.commands.registered_commands)
for name, module in (("users", users), ("passkeys", passkeys), ("reserve", reserve), ("audit", audit), ("jobs", jobs)):
    admin_app.add_typer(module.commands, name=name, no_args_is_help=True)

commands = typer.Typer()
commands.add_typer(admin_app, name="admin")
