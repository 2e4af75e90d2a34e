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
from server.reports import editing, service, sharing
from server.reports.types import (
    DeleteReportStatementPayload,
    GenerateReportInput,
    GenerateReportPayload,
    MoveReportStatementPayload,
    RegenerateReportPayload,
    Report,
    ReportEstimate,
    ReportShare,
    ReportStatement,
    RevokeReportSharePayload,
    ShareReportPayload,
    StatementCheck,
    StatementCheckResult,
    UpdateReportStatementPayload,
)


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

    @strawberry.field(
        permission_classes=[IsAuthenticated],
        description=(
            "What the fabrication check would say of `text` as the statement's new text, against its cited "
            "entries; nothing is saved (the same limits as updateReportStatement)."
        ),
    )
    async def check_report_statement(self, info: Info, id: strawberry.ID, text: str) -> StatementCheckResult:
        result = await editing.check_edit(info.context.scope, parse_id(id), text)
        return StatementCheckResult(status=StatementCheck(result.status), unsupported=list(result.unsupported))


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

    @mutation(
        permission_classes=[IsAuthenticated],
        description="A new version of a finished report, written by a new metered job.",
    )
    async def regenerate_report(self, info: Info, id: strawberry.ID) -> RegenerateReportPayload:
        ctx = info.context
        made = await service.regenerate_report(
            ctx.scope,
            parse_id(id),
            settings=ctx.settings,
            generator=service.generator_for(ctx.settings),
            meta=ctx.meta,
            bus=ctx.bus,
            broker=_broker(info),
        )
        return RegenerateReportPayload(
            report=Report.from_model(made.report),
            job=Job.from_model(made.job),
            estimate_cents=made.estimate_cents,
            warnings=made.warnings,
        )

    @mutation(
        permission_classes=[IsAuthenticated],
        description="New text for a statement (1-1 000 characters), checked at once against its cited entries.",
    )
    async def update_report_statement(self, info: Info, id: strawberry.ID, text: str) -> UpdateReportStatementPayload:
        statement = await editing.update_statement(info.context.scope, parse_id(id), text)
        await editing.send_render(_broker(info), statement.report_id)
        return UpdateReportStatementPayload(statement=ReportStatement.from_model(statement))

    @mutation(permission_classes=[IsAuthenticated], description="Removes a statement from its report.")
    async def delete_report_statement(self, info: Info, id: strawberry.ID) -> DeleteReportStatementPayload:
        report_id = await editing.report_of_statement(info.context.scope, parse_id(id))
        deleted = await editing.delete_statement(info.context.scope, parse_id(id))
        await editing.send_render(_broker(info), report_id)
        return DeleteReportStatementPayload(deleted_id=strawberry.ID(str(deleted)))

    @mutation(
        permission_classes=[IsAuthenticated], description="Moves a statement to a position (0-based) in its section."
    )
    async def move_report_statement(self, info: Info, id: strawberry.ID, position: int) -> MoveReportStatementPayload:
        statement = await editing.move_statement(info.context.scope, parse_id(id), position)
        await editing.send_render(_broker(info), statement.report_id)
        return MoveReportStatementPayload(statement=ReportStatement.from_model(statement))

    @mutation(
        permission_classes=[IsAuthenticated],
        description="A public link to the report's HTML page, for 1-90 days; the link is shown only now.",
    )
    async def share_report(
        self, info: Info, id: strawberry.ID, expires_days: int, include_citations: bool = False
    ) -> ShareReportPayload:
        ctx = info.context
        share, token = await sharing.share_report(
            ctx.scope,
            ctx.user,
            parse_id(id),
            expires_days=expires_days,
            include_citations=include_citations,
            meta=ctx.meta,
        )
        return ShareReportPayload(share=ReportShare.from_model(share, sharing.share_url(ctx.settings, token)))

    @mutation(permission_classes=[IsAuthenticated], description="Turns a share link off for good.")
    async def revoke_report_share(self, info: Info, id: strawberry.ID) -> RevokeReportSharePayload:
        ctx = info.context
        share = await sharing.revoke_share(ctx.scope, ctx.user, parse_id(id), meta=ctx.meta)
        return RevokeReportSharePayload(share=ReportShare.from_model(share))
