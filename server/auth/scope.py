"""Who is asking, and which tenant's data they may touch.

A TenantScope is produced only by the auth layer (`scope_for`); services take it
as an argument and filter every tenant query by it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from uuid import UUID

_AUTH_ONLY = object()


@dataclass(frozen=True)
class RequestMeta:
    ip: str = ""
    user_agent: str = ""
    request_id: str = ""  # the X-Request-ID of the HTTP request or WebSocket operation; "" outside one


@dataclass(frozen=True)
class TenantScope:
    tenant_id: UUID
    user_id: UUID
    _key: object = field(default=None, repr=False, compare=False)

    def __post_init__(self) -> None:
        if self._key is not _AUTH_ONLY:
            raise PermissionError("TenantScope is built by the auth layer only (server.auth.scope.scope_for)")


def scope_for(tenant_id: UUID, user_id: UUID) -> TenantScope:
    return TenantScope(tenant_id=tenant_id, user_id=user_id, _key=_AUTH_ONLY)
