"""`afterresume admin login|logout|whoami|revoke-all-tokens`.

`login` signs in with the password (a browser-like session), uses that session to create a personal API
token for this machine (`createApiToken`: only a session may mint one), signs the session out again and
keeps the API token in a 0600 file. `logout` revokes the token in use on the server and forgets it.
"""

from __future__ import annotations

import socket
import sys

import typer

from server.cli.admin.base import (
    JSON_OPTION,
    YES_OPTION,
    admin_command,
    confirm,
    forget_credentials,
    options,
    print_json,
    read_credentials,
    write_credentials,
)
from server.cli.admin.client import AdminClient, AdminFailure, refused
from server.cli.common import console

commands = typer.Typer()


@commands.command()
@admin_command
def login(
    ctx: typer.Context,
    username: str = typer.Option(..., "--username", "-u", prompt=True, help="A staff account's username or email."),
    password_stdin: bool = typer.Option(False, "--password-stdin", help="Read the password from standard input."),
    days: int = typer.Option(30, "--days", help="Days until the stored token expires (1-365)."),
    as_json: bool = JSON_OPTION,
) -> None:
    """Sign in as a staff user and store a personal API token for the admin commands (0600 file)."""
    opts = options(ctx)
    if password_stdin:
        password = sys.stdin.readline().rstrip("\r\n")
    else:
        password = typer.prompt("Password", hide_input=True, err=True)
    anonymous = opts.client(anonymous=True)
    signed_in = anonymous.execute("AdminLogin", {"username": username, "password": password})["login"]
    refused(signed_in)
    session = AdminClient(anonymous.url, signed_in["token"])
    try:
        if not signed_in["user"]["isStaff"]:
            raise AdminFailure(f"{signed_in['user']['username']} is not staff; the admin commands need a staff account")
        name = f"afterresume admin on {socket.gethostname()}"[:100]
        created = session.execute("AdminCreateApiToken", {"name": name, "expiresDays": days})["createApiToken"]
        refused(created)
    finally:
        session.execute("AdminLogout")  # the session was only the way to the API token
    path = write_credentials(
        {
            "url": anonymous.url,
            "username": signed_in["user"]["username"],
            "token": created["token"],
            "tokenId": created["apiToken"]["id"],
            "prefix": created["apiToken"]["prefix"],
            "expiresAt": created["apiToken"]["expiresAt"],
        }
    )
    if as_json:
        print_json({"url": anonymous.url, "username": signed_in["user"]["username"], "credentials": str(path)})
        return
    console.print(
        f"logged in to {anonymous.url} as {signed_in['user']['username']}; token {created['apiToken']['prefix']}… "
        f"stored in {path} (expires {created['apiToken']['expiresAt'][:10]})",
        highlight=False,
    )


@commands.command()
@admin_command
def logout(ctx: typer.Context, as_json: bool = JSON_OPTION) -> None:
    """Revoke the token in use on the server and forget the stored one."""
    opts = options(ctx)
    stored = read_credentials()
    url = opts.resolved_url()
    mine = stored is not None and stored.get("url") == url
    # The stored login is what logout ends; without one, the token of AFTERRESUME_TOKEN.
    client = AdminClient(url, str(stored["token"])) if stored is not None and mine else opts.client()
    try:
        client.execute("AdminLogout")
        revoked = True
    except AdminFailure:
        if not mine:
            raise
        revoked = False  # already revoked or expired: forgetting it is all that is left
    forgot = forget_credentials() if mine else False
    if as_json:
        print_json({"revoked": revoked, "forgotten": forgot})
        return
    console.print(("token revoked" if revoked else "token was no longer valid") + ("; forgotten" if forgot else ""))


@commands.command()
@admin_command
def whoami(ctx: typer.Context, as_json: bool = JSON_OPTION) -> None:
    """Who the token belongs to (checks that it still works)."""
    client = options(ctx).client()
    me = client.execute("AdminWhoami")["me"]
    if me is None:
        raise AdminFailure("the token is not valid; run `afterresume admin login`")
    if as_json:
        print_json({"url": client.url, **me})
        return
    role = "superuser" if me["isSuperuser"] else "staff" if me["isStaff"] else "member"
    console.print(f"{me['username']} ({role}) at {client.url}", highlight=False)


@commands.command("revoke-all-tokens")
@admin_command
def revoke_all_tokens(ctx: typer.Context, yes: bool = YES_OPTION, as_json: bool = JSON_OPTION) -> None:
    """Superuser: sign every user out (every session and API token but the one in use)."""
    client = options(ctx).client()
    confirm("Revoke every session and API token of every user (yours stays)?", yes)
    payload = client.execute("AdminRevokeAllTokens")["revokeAllTokens"]
    refused(payload)
    if as_json:
        print_json({"revoked": payload["revoked"]})
        return
    console.print(f"revoked {payload['revoked']} token(s); yours stays")
