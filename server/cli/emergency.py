"""Emergency commands that work with the API down: lockdown and secret-key rotation."""

from __future__ import annotations

from typing import TYPE_CHECKING

import typer

from server.cli.common import announce_revocation_from_cli, console, err, fail, run_with_db
from server.settings import Settings, get_settings

if TYPE_CHECKING:
    from server.system.models import Lockdown

commands = typer.Typer()


@commands.command()
def lockdown(
    state: str = typer.Argument(..., help="on or off", metavar="on|off"),
    message: str = typer.Option("", "--message", help="The maintenance notice systemStatus shows."),
    allow: str = typer.Option(
        None, "--allow", help="The one superuser still let in (default: the bootstrap admin, ADMIN_USERNAME)."
    ),
) -> None:
    """Refuse every login and token but one superuser's (on), or open the service again (off). Audited."""
    from server.auth.scope import RequestMeta
    from server.errors import ServiceError
    from server.system.lockdown import set_lockdown

    if state not in ("on", "off"):
        fail("say `on` or `off`", 2)

    async def work(settings: Settings) -> Lockdown:
        try:
            row = await set_lockdown(
                state == "on",
                message=message,
                allow_username=allow or settings.admin_username,
                actor_username="cli",
                meta=RequestMeta(user_agent="cli"),
            )
        except ServiceError as exc:
            fail(f"{exc.message} ({exc.code})", 2)
        # Every API process re-checks its open sockets now: locked-out ones close.
        await announce_revocation_from_cli(settings, everyone=True)
        return row

    row = run_with_db(work, need=("postgres", "valkey"))
    if row.active:
        who = allow or get_settings().admin_username
        console.print(f"lockdown on: only {who.lower()} may log in or use a token")
    else:
        console.print("lockdown off: logins and tokens work again")


@commands.command("rotate-secret-key")
def rotate_secret_key() -> None:
    """Embedded deployment: replace DATA_DIR/secret_key; the old key verifies links for SECRET_KEY_GRACE_HOURS."""
    from server.system.engines import rotate_local_secret_key

    settings = get_settings()
    if settings.secret_key is not None:
        fail(
            "SECRET_KEY is set in the environment: rotate it there "
            "(set SECRET_KEY_PREVIOUS to the old value, SECRET_KEY to a new one, restart; see docs/security.md)",
            2,
        )
    rotate_local_secret_key(settings.data_dir)
    console.print(
        f"new key written to {settings.data_dir / 'secret_key'}; the old one is accepted for "
        f"{settings.secret_key_grace_hours} h"
    )
    _audit_rotation(settings.secret_key_grace_hours)
    err.print("restart `afterresume run` so every process signs with the new key")


def _audit_rotation(grace_hours: int) -> None:
    """The audit event follows the rotation: a leaked key is replaced even when the database is down, and the
    operator is told the event could not be written."""
    from server.audit.service import record
    from server.auth.scope import RequestMeta

    async def work(_settings: Settings) -> None:
        await record(
            "system.secret_key_rotated",
            actor=None,
            actor_username="cli",
            meta=RequestMeta(user_agent="cli"),
            after={"grace_hours": grace_hours},
        )

    try:
        run_with_db(work)
    except (Exception, SystemExit) as exc:  # whatever stopped it, the key is rotated already
        err.print(f"[yellow]the rotation is done but not audited: the database is unreachable ({exc!r})[/yellow]")
