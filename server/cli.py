"""`afterresume`: the runbook's commands."""

from __future__ import annotations

import asyncio
import contextlib
import os
import signal
import subprocess
import sys
from collections.abc import AsyncIterator, Awaitable, Callable
from typing import TypeVar

import typer
from rich.console import Console

from server.settings import Settings, get_settings

app = typer.Typer(help="AfterResume: run the service and operate it.", no_args_is_help=True, add_completion=False)
console = Console()
err = Console(stderr=True)
T = TypeVar("T")


@contextlib.asynccontextmanager
async def database(settings: Settings) -> AsyncIterator[None]:
    from server.db import close_db, init_db

    await init_db(settings)
    try:
        yield
    finally:
        await close_db()


def resolved_settings() -> tuple[Settings, object]:
    """Settings with DATABASE_URL / REDIS_URL filled in (embedded engines started if unset)."""
    from server.system.engines import resolve_engines

    engines = resolve_engines(get_settings())
    for name in engines.started:
        err.print(f"[dim]embedded {name} started under {engines.settings.data_dir}[/dim]")
    return engines.settings, engines


def run_with_db(work: Callable[[Settings], Awaitable[T]]) -> T:
    settings, _engines = resolved_settings()

    async def main() -> T:
        async with database(settings):
            return await work(settings)

    return asyncio.run(main())


async def announce_revocation_from_cli(settings: Settings, **which) -> None:
    """Tell running API processes to close the affected WebSockets (best effort: the revocation holds anyway)."""
    from server.auth.service import announce_revocation
    from server.system.cache import create_redis
    from server.system.events import EventBus

    redis = create_redis(settings)
    try:
        await announce_revocation(EventBus(redis), **which)
    finally:
        await redis.aclose()


def fail(message: str, code: int = 1) -> None:
    err.print(f"[red]error:[/red] {message}")
    raise typer.Exit(code)


@app.command()
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
    console.print(f"applied {len(applied)} migration(s)" + (": " + ", ".join(applied) if applied else "; schema is current"))


@app.command("check-migrations")
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


@app.command()
def bootstrap() -> None:
    """Create the default tenant and the admin user if missing (idempotent)."""
    from server.system.bootstrap import bootstrap as do_bootstrap

    result = run_with_db(do_bootstrap)
    for line in result.lines():
        console.print(line)


@app.command()
def serve(
    host: str = typer.Option(None, help="Bind address (default: HOST setting)."),
    port: int = typer.Option(None, help="Port (default: PORT setting)."),
    workers: int = typer.Option(1, help="uvicorn worker processes."),
) -> None:
    """Serve the API only (engines must be configured or embedded)."""
    import uvicorn

    settings, engines = resolved_settings()
    os.environ.update(engines.child_environment())
    get_settings.cache_clear()
    uvicorn.run(
        "server.app:app_from_environment",
        factory=True,
        host=host or settings.host,
        port=port or settings.port,
        workers=workers,
        proxy_headers=True,
        log_level="info",
    )


@app.command()
def run(
    host: str = typer.Option(None, help="Bind address (default: HOST setting)."),
    port: int = typer.Option(None, help="Port (default: PORT setting)."),
) -> None:
    """Everything on one machine: engines, migrations, bootstrap, API and a worker."""
    from tortoise import Tortoise

    from server.system.bootstrap import bootstrap as do_bootstrap
    from server.system.migrations import apply_migrations

    settings, engines = resolved_settings()

    async def prepare():
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

    env = engines.child_environment()
    children = [
        subprocess.Popen([sys.executable, "-m", "server.cli", "serve", "--host", host or settings.host,
                          "--port", str(port or settings.port)], env=env),
    ]
    if settings.worker_in_process:
        children.append(subprocess.Popen([sys.executable, "-m", "workers.main", "worker"], env=env))
        children.append(subprocess.Popen([sys.executable, "-m", "workers.main", "scheduler"], env=env))
    console.print(f"[bold]AfterResume[/bold] on http://{host or settings.host}:{port or settings.port}  "
                  f"(GraphQL: /graphql)  — Ctrl+C stops")

    def stop(*_):
        for child in children:
            if child.poll() is None:
                child.send_signal(signal.SIGTERM)

    signal.signal(signal.SIGTERM, stop)
    try:
        while all(child.poll() is None for child in children):
            with contextlib.suppress(subprocess.TimeoutExpired):
                children[0].wait(timeout=1)
    except KeyboardInterrupt:
        pass
    finally:
        stop()
        for child in children:
            with contextlib.suppress(subprocess.TimeoutExpired):
                child.wait(timeout=10)
    code = next((c.returncode for c in children if c.returncode not in (0, None, -signal.SIGTERM)), 0)
    raise typer.Exit(code)


@app.command("create-passkey")
def create_passkey(
    days: int = typer.Option(7, "--days", help="Days until it expires (1-365)."),
    notes: str = typer.Option("", "--notes", help="Who it is for."),
    by: str = typer.Option(None, "--by", help="Staff username recorded as creator (default: the bootstrap admin)."),
) -> None:
    """Create an invite passkey and print it once."""
    from server.auth.models import User
    from server.auth.scope import RequestMeta
    from server.errors import ServiceError
    from server.invitations.service import create_invite_passkey

    async def work(settings: Settings):
        actor = await User.get_or_none(username=(by or settings.admin_username).lower(), is_staff=True)
        if actor is None:
            fail(f"no staff user {by or settings.admin_username!r}; run `afterresume bootstrap` or pass --by")
        try:
            return await create_invite_passkey(actor, expires_days=days, notes=notes, meta=RequestMeta(user_agent="cli"))
        except ServiceError as exc:
            fail(exc.message, 2)

    raw, passkey = run_with_db(work)
    console.print(f"passkey: [bold]{raw}[/bold]")
    console.print(f"expires: {passkey.expires_at:%Y-%m-%d %H:%M} UTC  (shown once; only its hash is stored)")


@app.command("reset-password")
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

    async def work(settings: Settings):
        user = await User.get_or_none(username=username.lower())
        if user is None:
            fail(f"no user {username!r}")
        try:
            # No actor: the operator at the console holds the database already.
            await reset_user_password_as_staff(None, user.id, new_password, meta=RequestMeta(user_agent="cli"), bus=None)
        except ServiceError as exc:
            fail(exc.message, 2)
        await announce_revocation_from_cli(settings, user_id=user.id)

    run_with_db(work)
    console.print(f"password reset for {username}; all sessions revoked")
    if not password:
        console.print(f"new password: [bold]{new_password}[/bold]")


@app.command("revoke-tokens")
def revoke_tokens(
    username: str = typer.Argument(None, help="Revoke this user's tokens."),
    all_users: bool = typer.Option(False, "--all", help="Revoke every token of every user."),
) -> None:
    """Revoke API tokens and sessions: one user's, or everyone's with --all."""
    from server.audit.service import record
    from server.auth.models import ApiToken, User
    from server.auth.scope import RequestMeta
    from server.auth.service import now, revoke_tokens_of

    if bool(username) == all_users:
        fail("give a USERNAME or --all", 2)

    async def work(settings: Settings) -> int:
        meta = RequestMeta(user_agent="cli")
        if all_users:
            count = await ApiToken.filter(revoked_at=None).update(revoked_at=now())
            await record("admin.tokens_revoked_all", actor=None, actor_username="cli", meta=meta, after={"revoked": count})
            await announce_revocation_from_cli(settings, everyone=True)
            return count
        user = await User.get_or_none(username=username.lower())
        if user is None:
            fail(f"no user {username!r}")
        count = await revoke_tokens_of(user.id)
        await record("admin.tokens_revoked", actor=None, actor_username="cli", meta=meta, target_type="user",
                     target_id=user.id, after={"revoked": count})
        await announce_revocation_from_cli(settings, user_id=user.id)
        return count

    count = run_with_db(work)
    console.print(f"revoked {count} token(s)")



@app.command("billing-replay-session")
def billing_replay_session(session_id: str = typer.Argument(..., help="Checkout Session id (cs_...).")) -> None:
    """Process a Checkout Session by hand, as its webhook would: credits a paid top-up once, ever."""
    from server.billing.service import replay_checkout_session
    from server.errors import ServiceError
    from server.system.cache import create_redis
    from server.system.events import EventBus

    async def work(settings: Settings):
        redis = create_redis(settings)
        try:
            return await replay_checkout_session(session_id, settings=settings, bus=EventBus(redis))
        except ServiceError as exc:
            fail(f"{exc.code}: {exc.message}", 2)
        finally:
            await redis.aclose()

    outcome, session = run_with_db(work)
    console.print(f"session {session.id}: payment {session.payment_status}, {session.amount_total} {session.currency} → {outcome}")

from server.worklogs import cli as worklogs_cli  # noqa: E402  (commands register below)

app.add_typer(worklogs_cli.import_app, name="import")
app.command("export")(worklogs_cli.export)
app.command("check-integrity")(worklogs_cli.check_integrity)


@app.command("billing-expire-grants")
def billing_expire_grants() -> None:
    """Expire promotional credit that is due now (what the scheduler does every minute)."""
    from server.billing.ledger import expire_due_grants

    async def work(settings: Settings) -> int:
        return await expire_due_grants()

    console.print(f"expired {run_with_db(work)} grant(s)")

def main() -> None:
    app()


if __name__ == "__main__":
    main()
