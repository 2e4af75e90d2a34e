"""`afterresume admin users list|show|disable|enable|reset-password|edit|move-tenant`."""

from __future__ import annotations

import secrets
import sys
from typing import Any

import typer

from server.cli.admin.base import (
    JSON_OPTION,
    YES_OPTION,
    admin_command,
    confirm,
    find_tenant_id,
    find_user,
    options,
    pages,
    print_json,
    table,
    when,
)
from server.cli.admin.client import EXIT_REFUSED, AdminFailure, refused
from server.cli.common import console

commands = typer.Typer(help="Users: list, show, disable, enable, reset a password, edit, move to a tenant.")

USER_ARG = typer.Argument(..., help="Username, email or id.")


def _role(user: dict[str, Any]) -> str:
    return "superuser" if user["isSuperuser"] else "staff" if user["isStaff"] else "member"


def _rows(users: list[dict[str, Any]]) -> list[list[Any]]:
    return [
        [
            u["username"],
            u["email"],
            _role(u),
            "active" if u["isActive"] else "disabled",
            (u.get("tenant") or {}).get("name", ""),
            when(u["lastLogin"]),
            when(u["dateJoined"]),
        ]
        for u in users
    ]


COLUMNS = ("username", "email", "role", "status", "tenant", "last login", "joined")


def _show(user: dict[str, Any], as_json: bool, headline: str | None = None) -> None:
    if as_json:
        print_json(user)
        return
    if headline:
        console.print(headline, highlight=False)
    console.print(table(None, COLUMNS, _rows([user])))


@commands.command("list")
@admin_command
def list_users(
    ctx: typer.Context,
    search: str = typer.Option(None, "--search", "-s", help="Part of a username, email or full name."),
    active: bool = typer.Option(None, "--active/--disabled", help="Only active, or only disabled, users."),
    role: str = typer.Option(None, "--role", help="member, staff or superuser."),
    limit: int = typer.Option(None, "--limit", min=1, help="At most this many (default: all)."),
    as_json: bool = JSON_OPTION,
) -> None:
    """Every user (or those matching), by username."""
    client = options(ctx).client()
    if role is not None and role.lower() not in ("member", "staff", "superuser"):
        raise AdminFailure("--role must be member, staff or superuser", EXIT_REFUSED)
    variables = {"search": search, "isActive": active, "role": role.upper() if role else None}
    users, total = pages(client, "AdminUsers", variables, ("admin", "users"), limit=limit, what="users")
    if as_json:
        print_json({"totalCount": total, "users": users})
        return
    console.print(table(f"{len(users)} of {total} user(s)", COLUMNS, _rows(users)))


@commands.command()
@admin_command
def show(ctx: typer.Context, user: str = USER_ARG, as_json: bool = JSON_OPTION) -> None:
    """One user's account."""
    _show(find_user(options(ctx).client(), user), as_json)


def _set_active(ctx: typer.Context, user: str, active: bool, yes: bool, as_json: bool) -> None:
    client = options(ctx).client()
    found = find_user(client, user)
    if not active:
        confirm(f"Disable {found['username']} and end all their sessions and API tokens?", yes)
    payload = client.execute("AdminSetUserActive", {"userId": found["id"], "isActive": active})["setUserActive"]
    refused(payload)
    verb = "enabled" if active else "disabled; their sessions and API tokens are revoked"
    _show(payload["user"], as_json, f"{found['username']} {verb}")


@commands.command()
@admin_command
def disable(ctx: typer.Context, user: str = USER_ARG, yes: bool = YES_OPTION, as_json: bool = JSON_OPTION) -> None:
    """Disable an account (it cannot log in; its sessions and tokens end)."""
    _set_active(ctx, user, False, yes, as_json)


@commands.command()
@admin_command
def enable(ctx: typer.Context, user: str = USER_ARG, as_json: bool = JSON_OPTION) -> None:
    """Enable a disabled account."""
    _set_active(ctx, user, True, True, as_json)


@commands.command("reset-password")
@admin_command
def reset_password(
    ctx: typer.Context,
    user: str = USER_ARG,
    password_stdin: bool = typer.Option(
        False, "--password-stdin", help="Read the new password from standard input (default: generate one)."
    ),
    yes: bool = YES_OPTION,
    as_json: bool = JSON_OPTION,
) -> None:
    """Set a new password (generated and printed once unless given on stdin); ends the user's sessions."""
    client = options(ctx).client()
    found = find_user(client, user)
    new_password = sys.stdin.readline().rstrip("\r\n") if password_stdin else secrets.token_urlsafe(15)
    confirm(f"Reset the password of {found['username']} and end their sessions?", yes)
    payload = client.execute("AdminResetUserPassword", {"userId": found["id"], "newPassword": new_password})
    refused(payload["resetUserPassword"])
    generated = None if password_stdin else new_password
    if as_json:
        print_json({"user": payload["resetUserPassword"]["user"], "password": generated})
        return
    console.print(f"password reset for {found['username']}; their sessions and API tokens are revoked", highlight=False)
    if generated:
        console.print(f"new password: [bold]{generated}[/bold]  (shown once)", highlight=False)


@commands.command()
@admin_command
def edit(
    ctx: typer.Context,
    user: str = USER_ARG,
    username: str = typer.Option(None, "--username", help="New username."),
    email: str = typer.Option(None, "--email", help="New email."),
    full_name: str = typer.Option(None, "--full-name", help="New full name."),
    staff: bool = typer.Option(None, "--staff/--no-staff", help="Grant or remove staff access (superuser only)."),
    as_json: bool = JSON_OPTION,
) -> None:
    """Change a user's username, email, full name or staff access."""
    changes = {"username": username, "email": email, "fullName": full_name, "isStaff": staff}
    if all(v is None for v in changes.values()):
        raise AdminFailure("nothing to change: give --username, --email, --full-name or --staff/--no-staff", 2)
    client = options(ctx).client()
    found = find_user(client, user)
    payload = client.execute("AdminUpdateUser", {"userId": found["id"], "input": changes})["updateUser"]
    refused(payload)
    _show(payload["user"], as_json, f"{found['username']} updated")


@commands.command("move-tenant")
@admin_command
def move_tenant(
    ctx: typer.Context,
    user: str = USER_ARG,
    tenant: str = typer.Argument(..., help="The tenant's id, or a username of one of its users."),
    yes: bool = YES_OPTION,
    as_json: bool = JSON_OPTION,
) -> None:
    """Move a user and all their data (entries, evidence) to another tenant; their sessions end."""
    client = options(ctx).client()
    found = find_user(client, user)
    tenant_id = find_tenant_id(client, tenant)
    preview = client.execute("AdminTenantMovePreview", {"userId": found["id"], "tenantId": tenant_id})
    move = preview["admin"]["tenantMovePreview"]
    source = (move.get("fromTenant") or {}).get("name", "no tenant")
    confirm(
        f"Move {found['username']} from {source!r} to {move['toTenant']['name']!r} with {move['worklogs']} entries, "
        f"{move['evidence']} evidence files, signing out {move['tokens']} session(s)/token(s)?",
        yes,
    )
    payload = client.execute("AdminMoveUserToTenant", {"userId": found["id"], "tenantId": tenant_id})
    refused(payload["moveUserToTenant"])
    if as_json:
        print_json({"user": payload["moveUserToTenant"]["user"], "moved": move})
        return
    console.print(
        f"{found['username']} moved to {move['toTenant']['name']!r} with {move['worklogs']} entries and "
        f"{move['evidence']} evidence files",
        highlight=False,
    )
