"""Staff-only GraphQL of system health and the executive metrics: thin resolvers over the services."""

from __future__ import annotations

from datetime import UTC, date, datetime

import strawberry

from server.graphql.context import Info
from server.graphql.ids import parse_id
from server.graphql.mutations import mutation
from server.graphql.permissions import IsStaff
from server.metrics import health, service
from server.metrics.types import Metrics, MetricsPoint, RefreshMetricsPayload, SystemHealth
from server.metrics.window import resolve_window


@strawberry.type
class MetricsAdminQuery:
    @strawberry.field(
        permission_classes=[IsStaff], description="Every dependency and process, each ok, degraded or down."
    )
    async def system_health(self, info: Info) -> SystemHealth:
        ctx = info.context
        found = await health.system_health_for_staff(ctx.settings, ctx.redis, ctx.request.app.state.storage)
        return SystemHealth.from_service(found)

    @strawberry.field(
        permission_classes=[IsStaff],
        description="Business and system figures of a window (default: the last 30 days; at most two years).",
    )
    async def metrics(
        self,
        info: Info,
        start_date: date | None = None,
        end_date: date | None = None,
        tenant_id: strawberry.ID | None = None,
        plan: str | None = None,
    ) -> Metrics:
        ctx = info.context
        window = await resolve_window(
            start_date,
            end_date,
            parse_id(tenant_id, "tenantId") if tenant_id else None,
            plan,
            today=datetime.now(UTC).date(),
        )
        served = ctx.request.app.state.served_snapshots
        figures, from_snapshot = await service.metrics_for_staff(window, ctx.settings, ctx.redis, served)
        return Metrics.from_figures(figures, from_snapshot)

    @strawberry.field(
        permission_classes=[IsStaff],
        description="One figure per DAY, WEEK or MONTH: mrr_cents, active_users, signups, failed_payments, "
        "topup_cents, credit_consumed_cents, jobs_finished, cost_microcents, requests, errors.",
    )
    async def metrics_series(
        self,
        metric: str,
        start_date: date | None = None,
        end_date: date | None = None,
        interval: str = "DAY",
        tenant_id: strawberry.ID | None = None,
    ) -> list[MetricsPoint]:
        window = await resolve_window(
            start_date,
            end_date,
            parse_id(tenant_id, "tenantId") if tenant_id else None,
            None,
            today=datetime.now(UTC).date(),
        )
        points = await service.series_for_staff(metric, window, interval)
        return [MetricsPoint(start=start, value=value) for start, value in points]


@strawberry.type
class Mutation:
    @mutation(permission_classes=[IsStaff], description="Recompute the last 30 days now and store the snapshot.")
    async def refresh_metrics(self, info: Info) -> RefreshMetricsPayload:
        ctx = info.context
        figures = await service.refresh_metrics_as_staff(
            ctx.settings, ctx.redis, served=ctx.request.app.state.served_snapshots
        )
        return RefreshMetricsPayload(metrics=Metrics.from_figures(figures, from_snapshot=False))
