"""The caller of a plain HTTP route (not GraphQL), with the session cookie held to same-origin fetches.

A SameSite=Lax cookie still rides along on a cross-site top-level GET (a link on another site,
a redirect), so a GET that reveals data or writes an audit event could be triggered by anyone
the staff member visits. Every such route takes its caller through `requires_caller`: with the
cookie alone the request must be a same-origin fetch (Sec-Fetch-Site: same-origin, or, from a
browser that sends no fetch metadata, an Origin of ours); a bearer token works from anywhere,
since no browser attaches one on its own.
"""

from __future__ import annotations

import functools
from collections.abc import Awaitable, Callable
from urllib.parse import urlsplit

from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from server.auth.service import Authenticated


def is_same_origin_fetch(request: Request, allowed_origins: list[str]) -> bool:
    site = request.headers.get("sec-fetch-site")
    if site is not None:
        return site == "same-origin"
    origin = request.headers.get("origin")
    if not origin:
        return False
    return urlsplit(origin).netloc == request.headers.get("host") or origin.rstrip("/") in allowed_origins


def requires_caller(
    handler: Callable[[Request, Authenticated], Awaitable[Response]],
) -> Callable[[Request], Awaitable[Response]]:
    """401 without a caller; 403 `cross_site_request` for a cookie on anything but a same-origin fetch."""

    @functools.wraps(handler)
    async def guarded(request: Request) -> Response:
        auth: Authenticated | None = request.state.auth
        if auth is None:
            return JSONResponse({"error": "unauthenticated"}, status_code=401)
        if request.state.auth_via_cookie and not is_same_origin_fetch(
            request, request.app.state.settings.allowed_origins
        ):
            return JSONResponse(
                {
                    "error": "cross_site_request",
                    "message": "Open this from the app, or send an Authorization: Bearer token.",
                },
                status_code=403,
            )
        return await handler(request, auth)

    guarded.requires_caller = True  # type: ignore[attr-defined]  # a test walks the routes for this mark
    return guarded
