"""Liveness and readiness: is the process up, and can it reach what it needs."""

from __future__ import annotations

import asyncio
import logging

from starlette.datastructures import State
from starlette.requests import Request
from starlette.responses import JSONResponse
from tortoise import Tortoise

log = logging.getLogger(__name__)
CHECK_TIMEOUT = 3.0


async def healthz(request: Request) -> JSONResponse:
    return JSONResponse({"status": "ok"})


async def _check_db() -> None:
    await Tortoise.get_connection("default").execute_query("SELECT 1")


async def readiness(state: State) -> dict[str, str]:
    checks = {"db": _check_db, "cache": state.redis.ping, "storage": state.storage.check}
    result: dict[str, str] = {}
    for name, check in checks.items():
        try:
            await asyncio.wait_for(check(), CHECK_TIMEOUT)
            result[name] = "ok"
        except Exception as exc:  # any failure of a dependency means "not ready", named
            log.warning("readiness check %s failed: %r", name, exc)
            result[name] = "error"
    return result


async def readyz(request: Request) -> JSONResponse:
    checks = await readiness(request.app.state)
    ready = all(v == "ok" for v in checks.values())
    failed = [k for k, v in checks.items() if v != "ok"]
    body: dict[str, object] = {"status": "ready" if ready else "unavailable", **checks}
    if failed:
        body["failed"] = failed
    return JSONResponse(body, status_code=200 if ready else 503)
