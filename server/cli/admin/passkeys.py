"""`afterresume admin passkeys create|list|revoke`."""

from __future__ import annotations

from typing import Any

import typer

from server.cli.admin.base import (
    JSON_OPTION,
    YES_OPTION,
    admin_command,
    confirm,
    options,
    pages,
    print_json,
    table,
    when,
)
from server.cli.admin.client import EXIT_REFUSED, AdminFailure, refused
from server.cli.common import console

commands = typer.Typer(help="Invite passkeys: create (shown once), list, revoke.")

STATUSES = ("active", "used", "expired", "revoked")
COLUMNS = ("id", "prefix", "status", "notes", "created by", "created", "expires", "used by")


def _rows(passkeys: list[dict[str, Any]]) -> list[list[Any]]:
    return [
        [
            p["id"],
            p["prefix"] + "…",
            p["status"].lower(),
            p["notes"],
            (p.get("createdBy") or {}).get("username", ""),
            when(p["createdAt"]),
            when(p["expiresAt"]),
            (p.get("usedBy") or {}).get("username", ""),
        ]
        for p in passkeys
    ]


@commands.command()
@admin_command
def create(
    ctx: typer.Context,
    days: int = typer.Option(7, "--days", help="Days until it expires (1-365)."),
    notes: str = typer.Option("", "--notes", help="Who it is for."),
    as_json: bool = JSON_OPTION,
) -> None:
    """Create an invite passkey and print it once (only its hash is stored)."""
    client = options(ctx).client()
    payload = client.execute("AdminCreatePasskey", {"expiresDays": days, "notes": notes})["createInvitePasskey"]
    refused(payload)
    if as_json:
        print_json({"passkey": payload["passkey"], "invite": payload["invite"]})
        return
    console.print(f"passkey: [bold]{payload['passkey']}[/bold]", highlight=False)
    console.print(f"id: {payload['invite']['id']}", highlight=False)
    console.print(f"expires: {when(payload['invite']['expiresAt'])} UTC  (shown once; only its hash is stored)")


@commands.command("list")
@admin_command
def list_passkeys(
    ctx: typer.Context,
    status: str = typer.Option(None, "--status", help="active, used, expired or revoked."),
    limit: int = typer.Option(None, "--limit", min=1, help="At most this many (default: all)."),
    as_json: bool = JSON_OPTION,
) -> None:
    """Invite passkeys, newest first."""
    if status is not None and status.lower() not in STATUSES:
        raise AdminFailure(f"--status must be one of {', '.join(STATUSES)}", EXIT_REFUSED)
    client = options(ctx).client()
    variables = {"status": status.upper() if status else None}
    found, total = pages(client, "AdminPasskeys", variables, ("admin", "passkeys"), limit=limit, what="passkeys")
    if as_json:
        print_json({"totalCount": total, "passkeys": found})
        return
    console.print(table(f"{len(found)} of {total} passkey(s)", COLUMNS, _rows(found)))


@commands.command()
@admin_command
def revoke(
    ctx: typer.Context,
    passkey_id: str = typer.Argument(..., metavar="ID", help="The passkey's id (from `passkeys list`)."),
    yes: bool = YES_OPTION,
    as_json: bool = JSON_OPTION,
) -> None:
    """Revoke an active invite passkey: nobody can sign up with it any more."""
    client = options(ctx).client()
    confirm(f"Revoke invite passkey {passkey_id}?", yes)
    payload = client.execute("AdminRevokePasskey", {"id": passkey_id})["revokeInvitePasskey"]
    refused(payload)
    if as_json:
        print_json(payload["invite"])
        return
    console.print(f"revoked passkey {payload['invite']['prefix']}… ({payload['invite']['id']})", highlight=False)
