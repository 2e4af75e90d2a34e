from __future__ import annotations

from datetime import datetime
from uuid import UUID

import strawberry

from server.graphql.context import Info
from server.tenants.models import Tenant as TenantModel


@strawberry.type
class Tenant:
    id: strawberry.ID
    name: str
    created_at: datetime

    @strawberry.field(description="The reserve's balance; null before the tenant's first money movement.")
    async def balance_cents(self, info: Info) -> int | None:
        account = await info.context.loaders.reserve_by_tenant.load(UUID(self.id))
        return account.balance_cents if account else None

    @strawberry.field
    async def currency(self, info: Info) -> str | None:
        account = await info.context.loaders.reserve_by_tenant.load(UUID(self.id))
        return account.currency if account else None

    @classmethod
    def from_model(cls, m: TenantModel) -> Tenant:
        return cls(id=strawberry.ID(str(m.id)), name=m.name, created_at=m.created_at)
