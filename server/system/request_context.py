"""The outermost middleware: which client is asking, and which request this is.

For every HTTP request and WebSocket connection it
- resolves the client address (server.system.proxies) and writes it into scope["client"],
  so nothing downstream can read a different one;
- takes the request id from X-Request-ID when a trusted proxy sent it, otherwise makes one;
- sets it for the log lines of the request (server.system.logs) and in scope["state"];
- answers it in the X-Request-ID response header (and on the WebSocket handshake).
"""

from __future__ import annotations

import re
import uuid

from starlette.datastructures import MutableHeaders
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from server.system.logs import request_id_var
from server.system.proxies import client_address, is_trusted, trusted_networks

REQUEST_ID_HEADER = "x-request-id"
_VALID_REQUEST_ID = re.compile(r"[A-Za-z0-9._:-]{1,128}")


def new_request_id() -> str:
    return uuid.uuid4().hex


def _headers(scope: Scope, name: bytes) -> list[str]:
    return [value.decode("latin-1") for key, value in scope.get("headers", ()) if key == name]


class RequestContextMiddleware:
    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] not in ("http", "websocket"):
            await self.app(scope, receive, send)
            return
        settings = scope["app"].state.settings
        networks = trusted_networks(tuple(settings.trusted_proxies))
        peer, _port = scope.get("client") or ("", 0)
        from_proxy = is_trusted(peer, networks)
        ip = client_address(peer, _headers(scope, b"x-forwarded-for"), networks) if from_proxy else peer
        if ip != peer:
            scope["client"] = (ip, 0)
        offered = _headers(scope, b"x-request-id")
        request_id = (
            offered[-1] if from_proxy and offered and _VALID_REQUEST_ID.fullmatch(offered[-1]) else new_request_id()
        )
        scope.setdefault("state", {})["request_id"] = request_id
        token = request_id_var.set(request_id)

        async def send_with_request_id(message: Message) -> None:
            if message["type"] in ("http.response.start", "websocket.accept"):
                message.setdefault("headers", [])
                MutableHeaders(scope=message)[REQUEST_ID_HEADER] = request_id
            await send(message)

        try:
            await self.app(scope, receive, send_with_request_id)
        finally:
            request_id_var.reset(token)
