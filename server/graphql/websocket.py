"""graphql-transport-ws with our rules: one identity per socket, authorised again for every operation.

The model is docs/security.md#websocket-model. In short: the socket authenticates by the
session cookie or `Authorization` header of the handshake, or by the token in the
`connection_init` payload; that identity (token, user level, tenant) is fixed for the
socket's life. Every operation re-resolves the token with the same one-query lookup HTTP
does and runs with its own context (fresh DataLoaders); when the identity no longer holds,
the operation is refused with UNAUTHENTICATED and the socket is closed with 4401. Revocations
announced on Redis close the process's affected sockets at once (server/auth/revocation.py).
"""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
from collections.abc import AsyncGenerator
from typing import Any

from strawberry.subscriptions.protocols.graphql_transport_ws.handlers import BaseGraphQLTransportWSHandler
from strawberry.subscriptions.protocols.graphql_transport_ws.types import ConnectionInitMessage
from strawberry.types.execution import PreExecutionError

from server.auth.middleware import bearer_from_header
from server.auth.ratelimit import Limit
from server.auth.revocation import Identity, SocketRegistry
from server.auth.service import authenticate, authenticate_digest
from server.graphql.context import Context, Loaders
from server.graphql.permissions import unauthenticated

CLOSE_UNAUTHORIZED = 4401


def token_from_connection_params(params: Any) -> str | None:
    """`{"authorization": "Bearer art_…"}` or `{"token": "art_…"}` (keys in any case); None when absent."""
    if not isinstance(params, dict):
        return None
    lowered = {str(k).lower(): v for k, v in params.items()}
    header = lowered.get("authorization")
    if isinstance(header, str) and header.strip():
        return bearer_from_header(header.strip()) or header.strip()
    token = lowered.get("token")
    return token.strip() if isinstance(token, str) and token.strip() else None


class _PerOperationSchema:
    """Stands in for the schema inside the handler so each operation gets its own, re-authorised context."""

    def __init__(self, schema: Any, handler: AuthorizedTransportWSHandler) -> None:
        self._schema = schema
        self._handler = handler

    def __getattr__(self, name: str) -> Any:
        return getattr(self._schema, name)

    async def stream(self, query: str | None, *, context_value: Context, **kwargs: Any) -> Any:
        context = await self._handler.context_for_operation(context_value)
        if context is None:
            return self._handler.refuse_and_end()
        return await self._schema.stream(query, context_value=context, **kwargs)


class AuthorizedTransportWSHandler(BaseGraphQLTransportWSHandler[Context, None]):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        # A proxy, not a BaseSchema: every member but stream is the real schema's, through __getattr__.
        self.schema = _PerOperationSchema(self.schema, self)  # type: ignore[assignment]
        self.identity: Identity | None = None
        self._ended = False  # the identity is gone: every further operation is refused
        self._closed = False
        self._ending: asyncio.Task[None] | None = None

    @property
    def registry(self) -> SocketRegistry:
        registry: SocketRegistry = self.context.request.app.state.sockets
        return registry

    async def handle(self) -> None:
        try:
            await super().handle()
        finally:
            self.registry.discard(self)

    async def handle_connection_init(self, message: ConnectionInitMessage) -> None:
        payload = message.get("payload", {})
        if (
            not self.connection_init_received
            and isinstance(payload, dict)
            and not await self._authenticate(token_from_connection_params(payload))
        ):
            return
        await super().handle_connection_init(message)
        if self.connection_acknowledged and self.context.auth is not None:
            self.identity = Identity.of(self.context.auth)
            self.registry.add(self)

    async def _authenticate(self, raw: str | None) -> bool:
        """Settle the socket's caller at connection_init: the payload's token, else the handshake's, as they are now."""
        ctx = self.context
        if raw is not None:
            auth = await authenticate(raw)
        elif ctx.auth is not None:
            auth = await authenticate_digest(ctx.auth.token.token_hash)
        else:
            return True  # anonymous, as an HTTP request without credentials
        if auth is None:
            code = CLOSE_UNAUTHORIZED
            if raw is not None:
                limit = Limit(
                    "bad-token-ip", ctx.settings.rate_limit_bad_token_per_ip, ctx.settings.rate_limit_window_seconds
                )
                if await ctx.limiter.hit(limit, ctx.meta.ip) is not None:
                    code = 4429
            self._ended = True
            await self.websocket.close(
                code=code, reason="Unauthorized" if code == CLOSE_UNAUTHORIZED else "Too many invalid tokens"
            )
            return False
        ctx.auth = auth
        ctx.auth_via_cookie = ctx.auth_via_cookie and raw is None
        return True

    async def context_for_operation(self, base: Context) -> Context | None:
        """The socket's context with the caller resolved now; None when the socket's identity is gone."""
        if self._ended:
            return None
        if self.identity is None:
            return dataclasses.replace(base, loaders=Loaders())
        auth = await authenticate_digest(self.context.authenticated.token.token_hash)
        if Identity.of(auth) != self.identity:
            self._ended = True
            return None
        return dataclasses.replace(base, auth=auth, loaders=Loaders())

    async def refuse_and_end(self) -> AsyncGenerator[PreExecutionError, None]:
        """The operation's answer when the session has ended: an UNAUTHENTICATED error, then close 4401."""
        try:
            yield PreExecutionError(data=None, errors=[unauthenticated()])
        finally:
            # A task, so the error goes out first: ending from here would cancel the operation sending it.
            self._ending = asyncio.create_task(self.end_session())

    async def end_session(self) -> None:
        """Stop every operation (streaming subscriptions included) and close with 4401."""
        self._ended = True
        if self._closed:
            return
        self._closed = True
        self.registry.discard(self)
        for operation_id in list(self.operations):
            await self.cleanup_operation(operation_id)
        with contextlib.suppress(Exception):
            await self.websocket.close(code=CLOSE_UNAUTHORIZED, reason="Session ended")
