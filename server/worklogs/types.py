from __future__ import annotations

import enum
from collections.abc import Awaitable
from datetime import date, datetime
from uuid import UUID

import strawberry
from strawberry.types.nodes import SelectedField, Selection

from server.evidence.models import Evidence as EvidenceModel
from server.evidence.service import evidence_by_worklog
from server.evidence.types import Evidence
from server.graphql.context import Info
from server.graphql.inputs import MULTILINE
from server.graphql.mutations import Payload
from server.graphql.relay import Edge, PageInfo, connection
from server.worklogs import repository, service, staff, validation
from server.worklogs.models import Worklog as WorklogModel


@strawberry.enum
class WorklogSource(enum.Enum):
    MANUAL = "manual"
    IMPORT = "import"
    GIT = "git"
    API = "api"


@strawberry.enum
class WorklogFormat(enum.Enum):
    CSV = "csv"
    JSON = "json"
    MARKDOWN = "markdown"


@strawberry.type
class WorklogMetadata:
    employer: str
    project: str
    tags: list[str]
    work_type: str
    outcome: str


@strawberry.type(description="One entry of the daily work log.")
class Worklog:
    id: strawberry.ID
    date: date
    content: str
    source: WorklogSource
    draft: bool
    metadata: WorklogMetadata
    highlight: str | None = strawberry.field(
        description="With a search: HTML-escaped snippet of the content, matches wrapped in <mark>."
    )
    created_at: datetime
    updated_at: datetime
    # Filled by list resolvers from one DataLoader batch, so each node answers without awaiting.
    prefetched_evidence: strawberry.Private[list[EvidenceModel] | None] = None

    # Sync when prefetched (no coroutine per node), awaitable otherwise; the GraphQL type is the list either way.
    @strawberry.field(graphql_type=list[Evidence])
    def evidence(self, info: Info) -> list[Evidence] | Awaitable[list[Evidence]]:
        if self.prefetched_evidence is not None:
            return [Evidence.from_model(e) for e in self.prefetched_evidence]
        return self._load_evidence(info)

    async def _load_evidence(self, info: Info) -> list[Evidence]:
        return [Evidence.from_model(e) for e in await info.context.loaders.evidence_by_worklog.load(UUID(self.id))]

    @classmethod
    def from_model(cls, m: WorklogModel | repository.WorklogRow) -> Worklog:
        return cls(
            id=strawberry.ID(str(m.id)),
            date=m.date,
            content=m.content,
            source=WorklogSource(m.source),
            draft=m.draft,
            metadata=WorklogMetadata(
                employer=m.employer,
                project=m.project,
                tags=list(m.tags or []),
                work_type=m.work_type,
                outcome=m.outcome,
            ),
            highlight=getattr(m, "highlight", None),
            created_at=m.created_at,
            updated_at=m.updated_at,
        )


@strawberry.type(description="A page of entries. With a broad search, totalCount is a lower bound: see isTotalExact.")
class WorklogConnection:
    edges: list[Edge[Worklog]]
    page_info: PageInfo
    total_count: int = strawberry.field(
        description=('How many entries match; when isTotalExact is false, at least this many (show it as "1000+").')
    )
    is_total_exact: bool = strawberry.field(
        description=(
            "False when a search matches more entries than it counts (1000): the best-ranked candidates are "
            "listed, and totalCount is that threshold."
        )
    )

    @classmethod
    def from_page(cls, page: repository.WorklogPage) -> WorklogConnection:
        plain = connection(page, Worklog.from_model)
        return cls(
            edges=plain.edges,
            page_info=plain.page_info,
            total_count=plain.total_count,
            is_total_exact=page.total_is_exact,
        )


async def prefetch_evidence(info: Info, nodes: list[Worklog]) -> None:
    """Load the evidence of a whole page in one query, if the query asks for it; nodes then answer without awaiting."""
    # selected_fields starts at this field itself (`worklogs`, aliased or not).
    if not nodes or not selects(info.selected_fields, (info.field_name, "edges", "node", "evidence")):
        return
    ids = [UUID(n.id) for n in nodes]
    by_worklog = await evidence_by_worklog(ids)
    for node, worklog_id in zip(nodes, ids, strict=True):
        node.prefetched_evidence = by_worklog.get(worklog_id, [])


def selects(selections: list[Selection], path: tuple[str, ...]) -> bool:
    """Whether these selections reach `path`, through fragments (named or inline) too."""
    if not path:
        return True
    for selection in selections:
        if isinstance(selection, SelectedField):
            if selection.name == path[0] and selects(selection.selections, path[1:]):
                return True
        elif selects(selection.selections, path):
            return True
    return False


@strawberry.input(description="Fields left out (null) are empty on create and unchanged on update.")
class WorklogMetadataInput:
    employer: str | None = None
    project: str | None = None
    tags: list[str] | None = None
    work_type: str | None = None
    outcome: str | None = strawberry.field(default=None, metadata=MULTILINE)

    def to_metadata(self) -> validation.WorklogMetadata:
        return validation.WorklogMetadata(
            employer=self.employer or "",
            project=self.project or "",
            tags=list(self.tags or []),
            work_type=self.work_type or "",
            outcome=self.outcome or "",
        )

    def to_patch(self) -> service.MetadataPatch:
        return service.MetadataPatch(
            employer=self.employer, project=self.project, tags=self.tags, work_type=self.work_type, outcome=self.outcome
        )


@strawberry.input
class WorklogInput:
    date: date
    content: str = strawberry.field(metadata=MULTILINE)
    source: WorklogSource = WorklogSource.MANUAL
    draft: bool = False
    metadata: WorklogMetadataInput | None = None


@strawberry.input
class WorklogPatch:
    date: date | None = None
    content: str | None = strawberry.field(default=None, metadata=MULTILINE)
    draft: bool | None = None
    metadata: WorklogMetadataInput | None = None

    def to_patch(self) -> service.WorklogPatch:
        return service.WorklogPatch(
            date=self.date,
            content=self.content,
            draft=self.draft,
            metadata=self.metadata.to_patch() if self.metadata else None,
        )


@strawberry.input
class WorklogFilter:
    start_date: date | None = None
    end_date: date | None = None
    search: str | None = strawberry.field(default=None, description='Words, "phrases", -excluded, or.')
    employer: str | None = None
    project: str | None = None
    tag: str | None = None

    def to_filter(self) -> validation.WorklogFilter:
        return validation.WorklogFilter(
            start_date=self.start_date,
            end_date=self.end_date,
            search=self.search,
            employer=self.employer,
            project=self.project,
            tag=self.tag,
        )


@strawberry.type
class Suggestion:
    value: str
    uses: int
    last_used: date


@strawberry.type(description="The caller's most used values among their recent entries, for quick-add.")
class WorklogSuggestions:
    employers: list[Suggestion]
    projects: list[Suggestion]
    tags: list[Suggestion]
    work_types: list[Suggestion]

    @classmethod
    def from_service(cls, s: service.Suggestions) -> WorklogSuggestions:
        def conv(items: list[service.Suggestion]) -> list[Suggestion]:
            return [Suggestion(value=i.value, uses=i.uses, last_used=i.last_used) for i in items]

        return cls(
            employers=conv(s.employers), projects=conv(s.projects), tags=conv(s.tags), work_types=conv(s.work_types)
        )


@strawberry.type
class CreateWorklogPayload(Payload):
    worklog: Worklog | None = None


@strawberry.type
class UpdateWorklogPayload(Payload):
    worklog: Worklog | None = None


@strawberry.type
class DeleteWorklogPayload(Payload):
    deleted_id: strawberry.ID | None = None


@strawberry.input
class ImportWorklogsInput:
    format: WorklogFormat = strawberry.field(description="CSV or JSON (Markdown is export only).")
    data: str = strawberry.field(description="The file's text, as written by exportWorklogs.", metadata=MULTILINE)


@strawberry.type
class ImportWorklogsPayload(Payload):
    created: int = 0
    skipped: int = strawberry.field(default=0, description="Rows already imported or already in the log.")


@strawberry.type
class CountedValue:
    value: str
    count: int


@strawberry.type(description="Whole-system worklog figures; 'last N days' counts entries dated in that window.")
class WorklogStats:
    total_entries: int
    users_with_entries: int
    average_per_user: float
    entries_last_7_days: int
    entries_last_30_days: int
    top_employers: list[CountedValue]
    top_projects: list[CountedValue]
    top_tags: list[CountedValue]

    @classmethod
    def from_service(cls, s: staff.WorklogStats) -> WorklogStats:
        def conv(items: list[staff.Counted]) -> list[CountedValue]:
            return [CountedValue(value=i.value, count=i.count) for i in items]

        return cls(
            total_entries=s.total_entries,
            users_with_entries=s.users_with_entries,
            average_per_user=s.average_per_user,
            entries_last_7_days=s.entries_last_7_days,
            entries_last_30_days=s.entries_last_30_days,
            top_employers=conv(s.top_employers),
            top_projects=conv(s.top_projects),
            top_tags=conv(s.top_tags),
        )


@strawberry.type
class OrphanedWorklog:
    id: strawberry.ID
    user_id: strawberry.ID
    tenant_id: strawberry.ID
    reason: str = strawberry.field(
        description=(
            "user_missing or tenant_missing (check-integrity --fix deletes the entry), user_in_other_tenant "
            "(moves it to the user's tenant) or profile_missing (the user has no tenant: kept)"
        )
    )


@strawberry.type
class EvidenceWithoutObject:
    evidence_id: strawberry.ID
    worklog_id: strawberry.ID
    object_key: str


@strawberry.type(description="Read-only; `afterresume check-integrity --fix` repairs, after confirmation.")
class IntegrityReport:
    checked_at: datetime
    clean: bool
    orphaned_worklog_count: int
    orphaned_worklogs: list[OrphanedWorklog]
    evidence_without_object_count: int
    evidence_without_objects: list[EvidenceWithoutObject]
    object_without_row_count: int
    objects_without_rows: list[str]

    @classmethod
    def from_service(cls, r: staff.IntegrityReport) -> IntegrityReport:
        return cls(
            checked_at=r.checked_at,
            clean=r.clean,
            orphaned_worklog_count=r.orphaned_worklog_count,
            orphaned_worklogs=[
                OrphanedWorklog(
                    id=strawberry.ID(str(o.id)),
                    user_id=strawberry.ID(str(o.user_id)),
                    tenant_id=strawberry.ID(str(o.tenant_id)),
                    reason=o.reason,
                )
                for o in r.orphaned_worklogs
            ],
            evidence_without_object_count=r.evidence_without_object_count,
            evidence_without_objects=[
                EvidenceWithoutObject(
                    evidence_id=strawberry.ID(str(m.evidence_id)),
                    worklog_id=strawberry.ID(str(m.worklog_id)),
                    object_key=m.object_key,
                )
                for m in r.evidence_without_objects
            ],
            object_without_row_count=r.object_without_row_count,
            objects_without_rows=r.objects_without_rows,
        )
