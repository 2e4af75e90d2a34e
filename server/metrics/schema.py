"""Staff-only GraphQL of system health and the executive metrics: thin resolvers over the services."""

from __future__ import annotations

import strawberry

from server.graphql.context import Info
from server.graphql.permissions import IsStaff
from server.metrics import health
from server.metrics.types import SystemHealth


@strawberry.type
class MetricsAdminQuery:
    @strawberry.field(
        permission_classes=[IsStaff], description="Every dependency and process, each ok, degraded or down."
    )
    async def system_health(self, info: Info) -> SystemHealth:
        ctx = info.context
        found = await health.system_health_for_staff(ctx.settings, ctx.redis, ctx.request.app.state.storage)
        return SystemHealth.from_service(found)
