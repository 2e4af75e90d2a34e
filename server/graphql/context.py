"""The typed per-request context: settings, caller, request metadata, DataLoaders."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any

from redis.asyncio import Redis
from starlette.requests import Request
from starlette.responses import Response
from starlette.websockets import WebSocket

from server.auth.ratelimit import RateLimiter
from server.auth.scope import RequestMeta, TenantScope
from server.auth.service import Authenticated
from server.settings import Settings
from server.system.logs import current_request_id
from server.system.events import EventBus


@dataclass
class Loaders:
    """One set per request: a DataLoader must never outlive the request that filled it."""

    cache: dict[str, Any] = field(default_factory=dict)

    def get(self, name: str, factory):
        if name not in self.cache:
            self.cache[name] = factory()
        return self.cache[name]


@dataclass
class Context:
    request: Request | WebSocket
    response: Response | None
    settings: Settings
    redis: Redis
    limiter: RateLimiter
    request_meta: RequestMeta
    auth: Authenticated | None
    auth_via_cookie: bool = False
    loaders: Loaders = field(default_factory=Loaders)

    @property
    def meta(self) -> RequestMeta:
        """The caller's address and agent, with the id of the running request or WebSocket operation."""
        request_id = current_request_id()
        if request_id and request_id != self.request_meta.request_id:
            return replace(self.request_meta, request_id=request_id)
        return self.request_meta

    @property
    def bus(self) -> EventBus:
        return EventBus(self.redis)

    @property
    def user(self):
        return self.auth.user if self.auth else None

    @property
    def scope(self) -> TenantScope:
        """The caller's tenant scope; resolvers reach it only behind IsAuthenticated."""
        if self.auth is None or self.auth.scope is None:
            from server.graphql.permissions import unauthenticated

            raise unauthenticated()
        return self.auth.scope
