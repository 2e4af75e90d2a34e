"""Resolves the caller once per request (HTTP or WebSocket) into scope["state"]["auth"]."""

from __future__ import annotations

import json
from http.cookies import SimpleCookie
from urllib.parse import urlsplit

from starlette.types import ASGIApp, Receive, Scope, Send

from server.auth.ratelimit import Limit
from server.auth.scope import RequestMeta
from server.auth.service import Authenticated, resolve


def _header(scope: Scope, name: bytes) -> str:
    for key, value in scope.get("headers", ()):
        if key == name:
            text: str = value.decode("latin-1")  # ASGI headers are pairs of bytes
            return text
    return ""


def bearer_from_header(value: str) -> str | None:
    scheme, _, raw = value.partition(" ")
    if scheme.lower() in ("bearer", "token") and raw.strip():
        return raw.strip()
    return None


def request_meta(scope: Scope) -> RequestMeta:
    """The client as RequestContextMiddleware resolved it (address behind trusted proxies, request id)."""
    client = scope.get("client")
    return RequestMeta(
        ip=client[0] if client else "",
        user_agent=_header(scope, b"user-agent")[:400],
        request_id=scope.get("state", {}).get("request_id", ""),
    )


def _origin_allowed(scope: Scope, origin: str, allowed: list[str]) -> bool:
    host = _header(scope, b"host")
    parts = urlsplit(origin)
    return parts.netloc == host or origin.rstrip("/") in allowed


class AuthMiddleware:
    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] not in ("http", "websocket"):
            await self.app(scope, receive, send)
            return
        state = scope["app"].state
        settings = state.settings
        meta = request_meta(scope)
        raw = bearer_from_header(_header(scope, b"authorization"))
        via_cookie = False
        if raw is None:
            cookie = SimpleCookie(_header(scope, b"cookie"))
            morsel = cookie.get(settings.session_cookie_name)
            origin = _header(scope, b"origin")
            # A cookie rides along on cross-site requests; only honour it from our own origins.
            if morsel is not None and (not origin or _origin_allowed(scope, origin, settings.allowed_origins)):
                raw, via_cookie = morsel.value, True
        auth = None
        if raw:
            found = await resolve(raw)
            auth = found if isinstance(found, Authenticated) else None
            if found is None:
                limit = Limit("bad-token-ip", settings.rate_limit_bad_token_per_ip, settings.rate_limit_window_seconds)
                wait = await state.limiter.hit_if_available(limit, meta.ip)  # cache down: anonymous, uncounted
                if wait is not None:
                    await self._refuse(scope, receive, send, wait)
                    return
        scope.setdefault("state", {})
        scope["state"].update(auth=auth, meta=meta, auth_via_cookie=via_cookie)
        await self.app(scope, receive, send)

    async def _refuse(self, scope: Scope, receive: Receive, send: Send, wait: int) -> None:
        if scope["type"] == "websocket":
            await send({"type": "websocket.close", "code": 4429})
            return
        body = json.dumps(
            {
                "errors": [
                    {
                        "message": f"Too many invalid tokens; try again in {wait} seconds.",
                        "extensions": {"code": "RATE_LIMITED", "retryAfter": wait},
                    }
                ]
            }
        ).encode()
        await send(
            {
                "type": "http.response.start",
                "status": 429,
                "headers": [(b"content-type", b"application/json"), (b"retry-after", str(wait).encode())],
            }
        )
        await send({"type": "http.response.body", "body": body})
