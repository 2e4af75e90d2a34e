from __future__ import annotations

from datetime import datetime

import strawberry

from server.tenants.models import Tenant as TenantModel


@strawberry.type
class Tenant:
    id: strawberry.ID
    name: str
    created_at: datetime

    @classmethod
    def from_model(cls, m: TenantModel) -> Tenant:
        return cls(id=strawberry.ID(str(m.id)), name=m.name, created_at=m.created_at)
