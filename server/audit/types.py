from __future__ import annotations

from datetime import datetime

import strawberry
from strawberry.scalars import JSON

from server.audit.models import AuditEvent as AuditEventModel
from server.graphql.context import Info


@strawberry.type
class AuditEvent:
    id: strawberry.ID
    event_type: str
    actor_id: strawberry.ID | None
    actor_username: str
    target_type: str
    target_id: str
    tenant_id: strawberry.ID | None
    ip: str
    user_agent: str
    before: JSON | None
    after: JSON | None
    message: str
    created_at: datetime

    @strawberry.field(
        description="The target's name now (username, tenant name, passkey prefix); null when gone or unnamed."
    )
    async def target_name(self, info: Info) -> str | None:
        return await info.context.loaders.audit_target_name.load((self.target_type, self.target_id))

    @classmethod
    def from_model(cls, m: AuditEventModel) -> AuditEvent:
        return cls(
            id=strawberry.ID(str(m.id)),
            event_type=m.event_type,
            actor_id=strawberry.ID(str(m.actor_id)) if m.actor_id else None,
            actor_username=m.actor_username,
            target_type=m.target_type,
            target_id=m.target_id,
            tenant_id=strawberry.ID(str(m.tenant_id)) if m.tenant_id else None,
            ip=m.ip,
            user_agent=m.user_agent,
            before=m.before,
            after=m.after,
            message=m.message,
            created_at=m.created_at,
        )
