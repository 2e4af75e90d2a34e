"""Account commands: invite passkeys, password resets, token revocation."""

from __future__ import annotations

from typing import TYPE_CHECKING

import typer

from server.cli.common import announce_revocation_from_cli, console, fail, run_with_db
from server.settings import Settings

if TYPE_CHECKING:
    from server.invitations.models import InvitePasskey

commands = typer.Typer()


@commands.command("create-passkey")
def create_passkey(
    days: int = typer.Option(7, "--days", help="Days until it expires (1-365)."),
    notes: str = typer.Option("", "--notes", help="Who it is for."),
    by: str = typer.Option(None, "--by", help="Staff username recorded as creator (default: the bootstrap admin)."),
    email: str = typer.Option(None, "--email", help="Also email the invitation to this address (a worker sends it)."),
) -> None:
    """Create an invite passkey and print it once."""
    from server.auth.models import User
    from server.auth.scope import RequestMeta
    from server.errors import ServiceError
    from server.invitations.service import create_invite_passkey

    async def work(settings: Settings) -> tuple[str, InvitePasskey]:
        actor = await User.get_or_none(username=(by or settings.admin_username).lower(), is_staff=True)
        if actor is None:
            fail(f"no staff user {by or settings.admin_username!r}; run `afterresume bootstrap` or pass --by")
        try:
            return await create_invite_passkey(
                actor,
                expires_days=days,
                notes=notes,
                meta=RequestMeta(user_agent="cli"),
                email=email,
                settings=settings,
            )
        except ServiceError as exc:
            fail(exc.message, 2)

    raw, passkey = run_with_db(work, need=("postgres", "valkey") if email else ("postgres",))
    console.print(f"passkey: [bold]{raw}[/bold]")
    if email:
        console.print(f"invitation queued for {email.strip().lower()}")
    console.print(f"expires: {passkey.expires_at:%Y-%m-%d %H:%M} UTC  (shown once; only its hash is stored)")


@commands.command("reset-password")
def reset_password(
    username: str,
    password: str = typer.Option(None, "--password", help="New password (default: generate one and print it)."),
) -> None:
    """Set a user's password and end all their sessions."""
    import secrets

    from server.admin.service import reset_user_password_as_staff
    from server.auth.models import User
    from server.auth.scope import RequestMeta
    from server.errors import ServiceError

    new_password = password or secrets.token_urlsafe(15)

    async def work(settings: Settings) -> None:
        user = await User.get_or_none(username=username.lower())
        if user is None:
            fail(f"no user {username!r}")
        try:
            # No actor: the operator at the console holds the database already.
            await reset_user_password_as_staff(
                None, user.id, new_password, meta=RequestMeta(user_agent="cli"), bus=None
            )
        except ServiceError as exc:
            fail(exc.message, 2)
        await announce_revocation_from_cli(settings, user_id=user.id)

    run_with_db(work, need=("postgres", "valkey"))
    console.print(f"password reset for {username}; all sessions revoked")
    if not password:
        console.print(f"new password: [bold]{new_password}[/bold]")


@commands.command("revoke-tokens")
def revoke_tokens(
    username: str = typer.Argument(None, help="Revoke this user's tokens."),
    all_users: bool = typer.Option(False, "--all", help="Revoke every token of every user."),
) -> None:
    """Revoke API tokens and sessions: one user's, or everyone's with --all."""
    from tortoise.transactions import in_transaction

    from server.audit.service import record
    from server.auth.models import ApiToken, User
    from server.auth.scope import RequestMeta
    from server.auth.service import now, revoke_tokens_of

    if bool(username) == all_users:
        fail("give a USERNAME or --all", 2)

    async def work(settings: Settings) -> int:
        meta = RequestMeta(user_agent="cli")
        if all_users:
            async with in_transaction():  # the audit event commits with the revocation, or neither does
                count = await ApiToken.filter(revoked_at=None).update(revoked_at=now())
                await record(
                    "admin.tokens_revoked_all", actor=None, actor_username="cli", meta=meta, after={"revoked": count}
                )
            await announce_revocation_from_cli(settings, everyone=True)
            return count
        user = await User.get_or_none(username=username.lower())
        if user is None:
            fail(f"no user {username!r}")
        async with in_transaction():
            count = await revoke_tokens_of(user.id)
            await record(
                "admin.tokens_revoked",
                actor=None,
                actor_username="cli",
                meta=meta,
                target_type="user",
                target_id=user.id,
                after={"revoked": count},
            )
        await announce_revocation_from_cli(settings, user_id=user.id)
        return count

    count = run_with_db(work, need=("postgres", "valkey"))
    console.print(f"revoked {count} token(s)")
