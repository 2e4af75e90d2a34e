"""Tortoise ORM configuration; also the aerich entry point (`server.db.TORTOISE_ORM`)."""

from __future__ import annotations

from typing import Any

from tortoise import Tortoise

from server.settings import Settings, get_settings

# Every domain's models live in one Tortoise app so relations can cross domains.
MODEL_MODULES = [
    "server.tenants.models",
    "server.auth.models",
    "server.invitations.models",
    "server.audit.models",
    "server.billing.models",
    "server.worklogs.models",
    "server.evidence.models",
]


def tortoise_config(settings: Settings, *, with_aerich: bool = True) -> dict[str, Any]:
    if not settings.database_url:
        raise RuntimeError("DATABASE_URL is not resolved; start the engines first (server.system.engines)")
    url = settings.database_url
    sep = "&" if "?" in url else "?"
    url = f"{url}{sep}minsize={settings.db_pool_min}&maxsize={settings.db_pool_max}"
    modules = MODEL_MODULES + (["aerich.models"] if with_aerich else [])
    return {
        "connections": {"default": url},
        "apps": {"models": {"models": modules, "default_connection": "default"}},
        "use_tz": True,
        "timezone": "UTC",
    }


async def init_db(settings: Settings) -> None:
    await Tortoise.init(config=tortoise_config(settings), _enable_global_fallback=True)


async def close_db() -> None:
    await Tortoise.close_connections()


def __getattr__(name: str) -> Any:
    # Built on access, not at import: aerich reads TORTOISE_ORM, nothing else should.
    if name == "TORTOISE_ORM":
        return tortoise_config(get_settings())
    raise AttributeError(name)
