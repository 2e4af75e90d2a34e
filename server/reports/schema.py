"""Report fields: thin, validate → service → map."""

from __future__ import annotations

import strawberry
from taskiq import AsyncBroker

from server.graphql.context import Info
from server.graphql.ids import parse_id
from server.graphql.mutations import mutation
from server.graphql.permissions import IsAuthenticated
from server.graphql.relay import Connection, connection
from server.jobs.types import Job
from server.reports import service
from server.reports.types import GenerateReportInput, GenerateReportPayload, Report, ReportEstimate


def _broker(info: Info) -> AsyncBroker:
    broker: AsyncBroker = info.context.request.app.state.broker
    return broker


@strawberry.type
class Query:
    @strawberry.field(permission_classes=[IsAuthenticated], description="The viewer's reports, newest first.")
    async def reports(self, info: Info, first: int | None = None, after: str | None = None) -> Connection[Report]:
        page = await service.list_reports(info.context.scope, first=first, after=after)
        return connection(page, Report.from_model)

    @strawberry.field(permission_classes=[IsAuthenticated])
    async def report(self, info: Info, id: strawberry.ID) -> Report:
        return Report.from_model(await service.get_report(info.context.scope, parse_id(id)))

    @strawberry.field(
        permission_classes=[IsAuthenticated],
        description="What generateReport would cost and the reserve policy's verdict; changes nothing.",
    )
    async def estimate_report(self, info: Info, input: GenerateReportInput) -> ReportEstimate:
        ctx = info.context
        estimate = await service.estimate_report(
            ctx.scope, input.to_request(), settings=ctx.settings, generator=service.generator_for(ctx.settings)
        )
        return ReportEstimate.from_service(estimate)


@strawberry.type
class Mutation:
    @mutation(
        permission_classes=[IsAuthenticated],
        description="Queue the job that writes the report; its estimate is held under the reserve's policy.",
    )
    async def generate_report(self, info: Info, input: GenerateReportInput) -> GenerateReportPayload:
        ctx = info.context
        made = await service.generate_report(
            ctx.scope,
            input.to_request(),
            settings=ctx.settings,
            generator=service.generator_for(ctx.settings),
            meta=ctx.meta,
            bus=ctx.bus,
            broker=_broker(info),
        )
        return GenerateReportPayload(
            report=Report.from_model(made.report),
            job=Job.from_model(made.job),
            estimate_cents=made.estimate_cents,
            warnings=made.warnings,
        )
