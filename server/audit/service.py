"""Writing and reading the audit log. `record` joins the caller's transaction."""

from __future__ import annotations

import contextlib
from datetime import datetime
from typing import Any
from uuid import UUID

from tortoise.expressions import Q

from server.audit.models import AuditEvent
from server.auth.models import User
from server.auth.scope import RequestMeta
from server.errors import ServiceError
from server.invitations.models import InvitePasskey
from server.pagination import Page, paginate
from server.tenants.models import Tenant


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
    *,
    user_id: UUID | None,
    event_type: str | None,
    first: int | None,
    after: str | None,
    event_type_prefix: str | None = None,
    since: datetime | None = None,
    until: datetime | None = None,
    target: str | None = None,
) -> Page[AuditEvent]:
    """Newest first. `target` matches the target's name: a user's username or email, a tenant's name."""
    qs = AuditEvent.all()
    if user_id:
        qs = qs.filter(Q(actor_id=user_id) | Q(target_type="user", target_id=str(user_id)))
    if event_type:
        qs = qs.filter(event_type=event_type)
    if event_type_prefix:
        qs = qs.filter(event_type__startswith=event_type_prefix)
    if since and until and since > until:
        raise ServiceError("INVALID_DATE_RANGE", "`since` is after `until`.", "since")
    if since:
        qs = qs.filter(created_at__gte=since)
    if until:
        qs = qs.filter(created_at__lt=until)
    if target:
        users = await User.filter(Q(username__icontains=target) | Q(email__icontains=target)).values_list(
            "id", flat=True
        )
        tenants = await Tenant.filter(name__icontains=target).values_list("id", flat=True)
        qs = qs.filter(
            Q(target_type="user", target_id__in=[str(u) for u in users])
            | Q(target_type="tenant", target_id__in=[str(t) for t in tenants])
            | Q(target_id=target)
        )
    tag = f"audit:{user_id}:{event_type}:{event_type_prefix}:{since}:{until}:{target}"
    return await paginate(qs, tag=tag, first=first, after=after)


async def target_names(targets: list[tuple[str, str]]) -> list[str | None]:
    """The display name of each (target_type, target_id): username, tenant name, passkey prefix."""

    def ids(kind: str) -> list[UUID]:
        found = []
        for type_, id_ in targets:
            if type_ == kind:
                with contextlib.suppress(ValueError):
                    found.append(UUID(id_))
        return found

    names: dict[tuple[str, str], str] = {}
    for u in await User.filter(id__in=ids("user")).only("id", "username"):
        names[("user", str(u.id))] = u.username
    for t in await Tenant.filter(id__in=ids("tenant")).only("id", "name"):
        names[("tenant", str(t.id))] = t.name
    for p in await InvitePasskey.filter(id__in=ids("passkey")).only("id", "prefix"):
        names[("passkey", str(p.id))] = f"{p.prefix}…"
    return [names.get(t) for t in targets]
