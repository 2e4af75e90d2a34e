"""Job fields: thin, validate → service → map."""

from __future__ import annotations

import strawberry

from server.graphql.context import Info
from server.graphql.ids import parse_id
from server.graphql.mutations import mutation
from server.graphql.permissions import IsAuthenticated, IsStaff
from server.graphql.relay import Connection, connection
from server.jobs import service
from server.jobs.types import CancelJobPayload, Job, JobStatus


@strawberry.type
class Query:
    @strawberry.field(permission_classes=[IsAuthenticated], description="The viewer's jobs, newest first.")
    async def jobs(
        self, info: Info, first: int | None = None, after: str | None = None, status: JobStatus | None = None
    ) -> Connection[Job]:
        page = await service.list_jobs(
            info.context.scope, status=status.value if status else None, first=first, after=after
        )
        return connection(page, Job.from_model)

    @strawberry.field(permission_classes=[IsAuthenticated], description="One of the viewer's jobs.")
    async def job(self, info: Info, id: strawberry.ID) -> Job:
        return Job.from_model(await service.get_job(info.context.scope, parse_id(id)))


@strawberry.type
class JobsAdminQuery:
    @strawberry.field(permission_classes=[IsStaff], description="Every tenant's jobs, newest first.")
    async def jobs(
        self,
        status: JobStatus | None = None,
        tenant_id: strawberry.ID | None = None,
        user_id: strawberry.ID | None = None,
        first: int | None = None,
        after: str | None = None,
    ) -> Connection[Job]:
        page = await service.list_jobs_for_staff(
            status=status.value if status else None,
            tenant_id=parse_id(tenant_id, "tenantId") if tenant_id else None,
            user_id=parse_id(user_id, "userId") if user_id else None,
            first=first,
            after=after,
        )
        return connection(page, Job.from_model)

    @strawberry.field(permission_classes=[IsStaff], description="Any tenant's job, with its timeline.")
    async def job(self, id: strawberry.ID) -> Job:
        return Job.from_model(await service.get_job_for_staff(parse_id(id)))


@strawberry.type
class Mutation:
    @mutation(
        permission_classes=[IsAuthenticated],
        description="Stop a job and release its hold: a queued job at once, a running one at its next step. "
        "Staff may cancel any tenant's job (audited).",
    )
    async def cancel_job(self, info: Info, id: strawberry.ID) -> CancelJobPayload:
        ctx = info.context
        scope = None if ctx.user.is_staff else ctx.scope
        job = await service.cancel_job(ctx.user, parse_id(id), scope=scope, meta=ctx.meta, bus=ctx.bus)
        return CancelJobPayload(job=Job.from_model(job))
