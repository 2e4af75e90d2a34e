"""Worklog and evidence fields: thin, validate → service → map."""

from __future__ import annotations

from typing import cast

import strawberry
from starlette.datastructures import UploadFile
from strawberry.file_uploads import Upload

from server.errors import ServiceError
from server.evidence import service as evidence_service
from server.evidence.service import MAX_FILE_BYTES
from server.evidence.types import DeleteEvidencePayload, Evidence, UploadEvidencePayload
from server.graphql.context import Info
from server.graphql.ids import parse_id
from server.graphql.mutations import mutation
from server.graphql.permissions import IsAuthenticated, IsStaff
from server.storage.base import Storage
from server.worklogs import exports, imports, service, staff, validation
from server.worklogs.types import (
    CreateWorklogPayload,
    DeleteWorklogPayload,
    ImportWorklogsInput,
    ImportWorklogsPayload,
    IntegrityReport,
    UpdateWorklogPayload,
    Worklog,
    WorklogConnection,
    WorklogFilter,
    WorklogFormat,
    WorklogInput,
    WorklogPatch,
    WorklogStats,
    WorklogSuggestions,
    prefetch_evidence,
)

# Below MAX_REQUEST_BYTES (12 MiB), so a file over this limit still reaches the resolver and gets a UserError.
MAX_IMPORT_CHARS = 10 * 1024 * 1024


def _storage(info: Info) -> Storage:
    storage: Storage = info.context.request.app.state.storage
    return storage


@strawberry.type
class Query:
    @strawberry.field(
        permission_classes=[IsAuthenticated], description="Newest first; with a search, best match first."
    )
    async def worklogs(
        self, info: Info, first: int | None = None, after: str | None = None, filter: WorklogFilter | None = None
    ) -> WorklogConnection:
        page = await service.list_worklogs(
            info.context.scope, flt=filter.to_filter() if filter else None, first=first, after=after
        )
        result = WorklogConnection.from_page(page)
        await prefetch_evidence(info, [edge.node for edge in result.edges])
        return result

    @strawberry.field(permission_classes=[IsAuthenticated])
    async def worklog(self, info: Info, id: strawberry.ID) -> Worklog | None:
        try:
            return Worklog.from_model(await service.get_worklog(info.context.scope, parse_id(id)))
        except ServiceError:
            return None

    @strawberry.field(permission_classes=[IsAuthenticated])
    async def worklog_suggestions(self, info: Info) -> WorklogSuggestions:
        return WorklogSuggestions.from_service(await service.worklog_suggestions(info.context.scope))

    @strawberry.field(
        permission_classes=[IsAuthenticated], description="The caller's entries as one file, oldest first."
    )
    async def export_worklogs(self, info: Info, format: WorklogFormat, filter: WorklogFilter | None = None) -> str:
        return await exports.export_worklogs(info.context.scope, format.value, filter.to_filter() if filter else None)


@strawberry.type
class WorklogsAdminQuery:
    @strawberry.field(name="worklogs", permission_classes=[IsStaff], description="Any tenant's entries, newest first.")
    async def all_worklogs(
        self,
        info: Info,
        user_id: strawberry.ID | None = None,
        tenant_id: strawberry.ID | None = None,
        first: int | None = None,
        after: str | None = None,
    ) -> WorklogConnection:
        page = await service.list_worklogs_for_staff(
            user_id=parse_id(user_id, "userId") if user_id else None,
            tenant_id=parse_id(tenant_id, "tenantId") if tenant_id else None,
            first=first,
            after=after,
        )
        result = WorklogConnection.from_page(page)
        await prefetch_evidence(info, [edge.node for edge in result.edges])
        return result

    @strawberry.field(permission_classes=[IsStaff])
    async def worklog_stats(self) -> WorklogStats:
        return WorklogStats.from_service(await staff.worklog_stats_for_staff())

    @strawberry.field(permission_classes=[IsStaff])
    async def integrity_report(self, info: Info) -> IntegrityReport:
        return IntegrityReport.from_service(await staff.integrity_report_for_staff(_storage(info)))


@strawberry.type
class Mutation:
    @mutation(permission_classes=[IsAuthenticated])
    async def create_worklog(self, info: Info, input: WorklogInput) -> CreateWorklogPayload:
        ctx = info.context
        worklog = await service.create_worklog(
            ctx.scope,
            ctx.user,
            day=input.date,
            content=input.content,
            meta=input.metadata.to_metadata() if input.metadata else validation.WorklogMetadata(),
            source=input.source.value,
            draft=input.draft,
        )
        return CreateWorklogPayload(worklog=Worklog.from_model(worklog))

    @mutation(permission_classes=[IsAuthenticated])
    async def update_worklog(self, info: Info, id: strawberry.ID, input: WorklogPatch) -> UpdateWorklogPayload:
        worklog = await service.update_worklog(info.context.scope, info.context.user, parse_id(id), input.to_patch())
        return UpdateWorklogPayload(worklog=Worklog.from_model(worklog))

    @mutation(
        permission_classes=[IsAuthenticated],
        description=(
            "Deletes the entry and its evidence files; statements citing it are checked again and their reports "
            "rendered again without it."
        ),
    )
    async def delete_worklog(self, info: Info, id: strawberry.ID) -> DeleteWorklogPayload:
        ctx = info.context
        deleted = await service.delete_worklog(
            ctx.scope, ctx.user, parse_id(id), storage=_storage(info), broker=ctx.request.app.state.broker
        )
        return DeleteWorklogPayload(deleted_id=strawberry.ID(str(deleted)))

    @mutation(
        permission_classes=[IsAuthenticated], description="All rows or none; rows already in the log are skipped."
    )
    async def import_worklogs(self, info: Info, input: ImportWorklogsInput) -> ImportWorklogsPayload:
        if len(input.data) > MAX_IMPORT_CHARS:
            raise ServiceError("IMPORT_TOO_LARGE", "Imports through the API are limited to 10 MB; use the CLI.", "data")
        result = await imports.import_worklogs(info.context.scope, info.context.user, input.format.value, input.data)
        return ImportWorklogsPayload(created=result.created, skipped=result.skipped)

    @mutation(permission_classes=[IsAuthenticated], description="GraphQL multipart request (file upload).")
    async def upload_evidence(
        self, info: Info, worklog_id: strawberry.ID, file: Upload | None
    ) -> UploadEvidencePayload:
        if file is None:
            raise ServiceError("FILE_REQUIRED", "Attach a file (GraphQL multipart request).", "file")
        # Read one byte past the limit: enough to refuse, never the whole of a huge file.
        # Strawberry's Upload scalar is a marker type; on Starlette the value is an UploadFile.
        upload = cast(UploadFile, file)
        data = await upload.read(MAX_FILE_BYTES + 1)
        evidence = await evidence_service.attach_evidence(
            info.context.scope,
            info.context.user,
            parse_id(worklog_id, "worklogId"),
            filename=upload.filename or "",
            content_type=upload.content_type or "",
            data=data,
            storage=_storage(info),
        )
        return UploadEvidencePayload(evidence=Evidence.from_model(evidence))

    @mutation(permission_classes=[IsAuthenticated])
    async def delete_evidence(self, info: Info, id: strawberry.ID) -> DeleteEvidencePayload:
        ctx = info.context
        deleted = await evidence_service.delete_evidence(ctx.scope, ctx.user, parse_id(id), storage=_storage(info))
        return DeleteEvidencePayload(deleted_id=strawberry.ID(str(deleted)))
