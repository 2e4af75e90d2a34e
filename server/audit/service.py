"""Writing and reading the audit log. `record` joins the caller's transaction."""

from __future__ import annotations

from typing import Any
from uuid import UUID

from tortoise.expressions import Q

from server.audit.models import AuditEvent
from server.auth.models import User
from server.auth.scope import RequestMeta
from server.pagination import Page, paginate


async def record(
    event_type: str,
    *,
    actor: User | None,
    meta: RequestMeta,
    target_type: str = "",
    target_id: object = "",
    tenant_id: UUID | None = None,
    before: dict[str, Any] | None = None,
    after: dict[str, Any] | None = None,
    message: str = "",
    actor_username: str | None = None,
) -> AuditEvent:
    return await AuditEvent.create(
        actor=actor,
        actor_username=actor_username if actor_username is not None else (actor.username if actor else ""),
        event_type=event_type,
        target_type=target_type,
        target_id=str(target_id) if target_id else "",
        tenant_id=tenant_id,
        ip=meta.ip[:64],
        user_agent=meta.user_agent[:400],
        before=before,
        after=after,
        message=message,
    )


async def list_audit_events_for_staff(
    *, user_id: UUID | None, event_type: str | None, first: int | None, after: str | None
) -> Page[AuditEvent]:
    qs = AuditEvent.all()
    if user_id:
        qs = qs.filter(Q(actor_id=user_id) | Q(target_type="user", target_id=str(user_id)))
    if event_type:
        qs = qs.filter(event_type=event_type)
    return await paginate(qs, tag=f"audit:{user_id}:{event_type}", first=first, after=after)
