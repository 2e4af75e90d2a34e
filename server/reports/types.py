"""GraphQL types of reports: the report with its sections → statements → citations, the request input,
the estimate and the generate payload."""

from __future__ import annotations

import enum
from datetime import date, datetime
from uuid import UUID

import strawberry

from server.evidence.types import Evidence
from server.graphql.context import Info
from server.graphql.error_codes import ErrorCode
from server.graphql.mutations import Payload
from server.jobs.types import Job
from server.reports import service
from server.reports.artifacts import download_url
from server.reports.models import Report as ReportModel
from server.reports.models import ReportCitation as ReportCitationModel
from server.reports.models import ReportSection as ReportSectionModel
from server.reports.models import ReportShare as ReportShareModel
from server.reports.models import ReportStatement as ReportStatementModel
from server.worklogs.types import Worklog


@strawberry.enum(description="What a report is made for.")
class ReportKind(enum.Enum):
    MONTHLY = "MONTHLY"
    WEEKLY = "WEEKLY"
    QUARTERLY = "QUARTERLY"
    RESUME_BULLETS = "RESUME_BULLETS"
    REVIEW = "REVIEW"
    BRAG_DOC = "BRAG_DOC"
    STAR_STORIES = "STAR_STORIES"


@strawberry.enum(description="How much a report says.")
class ReportLength(enum.Enum):
    SHORT = "SHORT"
    STANDARD = "STANDARD"
    LONG = "LONG"


@strawberry.enum(description="How a report's statements are phrased.")
class ReportTone(enum.Enum):
    NEUTRAL = "NEUTRAL"
    CONFIDENT = "CONFIDENT"


@strawberry.enum(description="A rendition of a report.")
class ReportFormat(enum.Enum):
    MARKDOWN = "MARKDOWN"
    HTML = "HTML"
    PDF = "PDF"
    DOCX = "DOCX"
    TEXT = "TEXT"
    JSON_RESUME = "JSON_RESUME"


@strawberry.enum
class ReportStatus(enum.Enum):
    PENDING = "pending"
    READY = "ready"
    FAILED = "failed"
    CANCELLED = "cancelled"


@strawberry.enum(description="Whether a statement says only what its cited entries say.")
class StatementCheck(enum.Enum):
    UNCHECKED = "unchecked"
    PASSED = "passed"
    FLAGGED = "flagged"


@strawberry.enum(description="What the reserve's policy would do with the job now.")
class EstimateVerdict(enum.Enum):
    RUNS = "RUNS"
    RUNS_WITH_WARNING = "RUNS_WITH_WARNING"
    REFUSED = "REFUSED"


@strawberry.type
class ReportPeriod:
    start_date: date
    end_date: date


@strawberry.type
class ReportFilters:
    employer: str | None
    project: str | None
    tags: list[str]


@strawberry.type(description="One entry a statement came from.")
class ReportCitation:
    id: strawberry.ID
    worklog_id: strawberry.Private[UUID]

    evidence_id: strawberry.Private[UUID | None] = None

    @strawberry.field(description="The cited entry; null once it was deleted.")
    async def worklog(self, info: Info) -> Worklog | None:
        found = await info.context.loaders.worklog_by_id.load(self.worklog_id)
        return Worklog.from_model(found) if found else None

    @strawberry.field(
        description="The evidence files the statement came from: the one file it cites, or else every file of the"
        " cited entry."
    )
    async def evidence(self, info: Info) -> list[Evidence]:
        files = await info.context.loaders.evidence_by_worklog.load(self.worklog_id)
        if self.evidence_id is not None:
            files = [f for f in files if f.id == self.evidence_id]
        return [Evidence.from_model(f) for f in files]

    @classmethod
    def from_model(cls, m: ReportCitationModel) -> ReportCitation:
        return cls(id=strawberry.ID(str(m.id)), worklog_id=m.worklog_id, evidence_id=m.evidence_id)


@strawberry.type(description="The fabrication check of one statement against its cited entries.")
class StatementCheckResult:
    status: StatementCheck
    unsupported: list[str] = strawberry.field(description="Words and figures its cited entries do not support.")


@strawberry.type(description="How many statements the fabrication check read and how many it flagged.")
class ReportVerification:
    statements: int
    flagged: int


@strawberry.type(description="A stored rendition and a short-lived link to download it.")
class ReportRendition:
    format: ReportFormat
    include_citations: bool
    bytes: int
    sha256: str
    url: str = strawberry.field(description="Signed download link, valid for a few minutes.")


@strawberry.type(description="A public, revocable link to the report's HTML page.")
class ReportShare:
    id: strawberry.ID
    url: str | None = strawberry.field(description="The link; given once, when it is made (only its hash is kept).")
    include_citations: bool
    expires_at: datetime
    revoked_at: datetime | None
    created_at: datetime

    @classmethod
    def from_model(cls, m: ReportShareModel, url: str | None = None) -> ReportShare:
        return cls(
            id=strawberry.ID(str(m.id)),
            url=url,
            include_citations=m.include_citations,
            expires_at=m.expires_at,
            revoked_at=m.revoked_at,
            created_at=m.created_at,
        )


@strawberry.type
class ReportOptions:
    length: ReportLength
    tone: ReportTone


@strawberry.type
class ReportStatement:
    id: strawberry.ID
    text: str
    position: int
    check_status: StatementCheck
    unsupported: list[str]

    @strawberry.field(description="The fabrication check's verdict.")
    def check(self) -> StatementCheckResult:
        return StatementCheckResult(status=self.check_status, unsupported=self.unsupported)

    @strawberry.field
    async def citations(self, info: Info) -> list[ReportCitation]:
        rows = await info.context.loaders.statement_citations.load(UUID(self.id))
        return [ReportCitation.from_model(r) for r in rows]

    @classmethod
    def from_model(cls, m: ReportStatementModel) -> ReportStatement:
        return cls(
            id=strawberry.ID(str(m.id)),
            text=m.text,
            position=m.position,
            check_status=StatementCheck(m.check_status),
            unsupported=list(m.unsupported or []),
        )


@strawberry.type
class ReportSection:
    id: strawberry.ID
    heading: str
    position: int

    @strawberry.field
    async def statements(self, info: Info) -> list[ReportStatement]:
        rows = await info.context.loaders.section_statements.load(UUID(self.id))
        return [ReportStatement.from_model(r) for r in rows]

    @classmethod
    def from_model(cls, m: ReportSectionModel) -> ReportSection:
        return cls(id=strawberry.ID(str(m.id)), heading=m.heading, position=m.position)


@strawberry.type(description="A generated report: sections of statements, each citing the entries it came from.")
class Report:
    id: strawberry.ID
    kind: ReportKind
    title: str
    period: ReportPeriod
    filters: ReportFilters
    status: ReportStatus
    version: int
    revision: int = strawberry.field(description="Bumped by every edit; the formats follow it.")
    options: ReportOptions
    content: str = strawberry.field(
        description=(
            "The Markdown rendition of the current revision (rewritten when an edit's formats are rendered); "
            "empty until the job finished."
        )
    )
    created_at: datetime
    updated_at: datetime
    job_id: strawberry.Private[UUID | None]
    series_id: strawberry.Private[UUID]
    user_id: strawberry.Private[UUID]

    @strawberry.field(description="Statements checked and flagged by the fabrication check.")
    async def verification(self, info: Info) -> ReportVerification:
        statements, flagged = await info.context.loaders.report_verification.load(UUID(self.id))
        return ReportVerification(statements=statements, flagged=flagged)

    @strawberry.field(description="The report's share links, newest first.")
    async def shares(self, info: Info) -> list[ReportShare]:
        return [ReportShare.from_model(m) for m in await info.context.loaders.report_shares.load(UUID(self.id))]

    @strawberry.field(description="Every version of this report (regenerations), the first first.")
    async def versions(self, info: Info) -> list[Report]:
        rows = await info.context.loaders.report_versions.load((self.series_id, self.user_id))
        return [Report.from_model(m) for m in rows]

    @strawberry.field(description="The stored renditions of the current revision, each with a signed download link.")
    async def formats(self, info: Info, include_citations: bool | None = None) -> list[ReportRendition]:
        rows = await info.context.loaders.report_artifacts.load((UUID(self.id), self.revision))
        if include_citations is not None:
            rows = [a for a in rows if a.include_citations == include_citations]
        return [
            ReportRendition(
                format=ReportFormat(a.format),
                include_citations=a.include_citations,
                bytes=a.bytes,
                sha256=a.sha256,
                url=download_url(info.context.settings, a, self.user_id),
            )
            for a in rows
        ]

    @strawberry.field
    async def sections(self, info: Info) -> list[ReportSection]:
        rows = await info.context.loaders.report_sections.load(UUID(self.id))
        return [ReportSection.from_model(r) for r in rows]

    @strawberry.field(description="The job that makes it.")
    async def job(self, info: Info) -> Job | None:
        if self.job_id is None:
            return None
        found = await info.context.loaders.job_by_id.load(self.job_id)
        return Job.from_model(found) if found else None

    @classmethod
    def from_model(cls, m: ReportModel) -> Report:
        filters = m.filters or {}
        return cls(
            id=strawberry.ID(str(m.id)),
            kind=ReportKind(m.kind),
            title=m.title,
            period=ReportPeriod(start_date=m.start_date, end_date=m.end_date),
            filters=ReportFilters(
                employer=filters.get("employer"), project=filters.get("project"), tags=list(filters.get("tags") or [])
            ),
            status=ReportStatus(m.status),
            version=m.version,
            revision=m.revision,
            options=ReportOptions(
                length=ReportLength((m.options or {}).get("length", "STANDARD")),
                tone=ReportTone((m.options or {}).get("tone", "NEUTRAL")),
            ),
            content=m.content,
            created_at=m.created_at,
            updated_at=m.updated_at,
            job_id=m.job_id,
            series_id=m.series_id,
            user_id=m.user_id,
        )


@strawberry.input
class GenerateReportInput:
    kind: ReportKind
    start_date: date
    end_date: date
    employer: str | None = None
    project: str | None = None
    tags: list[str] | None = None
    length: ReportLength = ReportLength.STANDARD
    tone: ReportTone = ReportTone.NEUTRAL

    def to_request(self) -> service.ReportRequest:
        return service.ReportRequest(
            kind=self.kind.value,
            start=self.start_date,
            end=self.end_date,
            employer=self.employer,
            project=self.project,
            tags=tuple(self.tags or ()),
            length=self.length.value,
            tone=self.tone.value,
        )


@strawberry.type(description="What a report would cost and whether the reserve's policy lets it run; nothing is held.")
class ReportEstimate:
    estimate_cents: int
    entries: int
    tokens_in: int
    tokens_out: int
    verdict: EstimateVerdict
    refusal_code: ErrorCode | None = strawberry.field(description="Why the policy refuses it, when it does.")
    refusal_message: str | None
    warnings: list[str]

    @classmethod
    def from_service(cls, e: service.Estimate) -> ReportEstimate:
        return cls(
            estimate_cents=e.estimate_cents,
            entries=e.entries,
            tokens_in=e.tokens_in,
            tokens_out=e.tokens_out,
            verdict=EstimateVerdict(e.verdict.value),
            refusal_code=ErrorCode(e.refusal.code) if e.refusal else None,
            refusal_message=e.refusal.message if e.refusal else None,
            warnings=e.warnings,
        )


@strawberry.type
class GenerateReportPayload(Payload):
    report: Report | None = None
    job: Job | None = None
    estimate_cents: int | None = None
    warnings: list[str] = strawberry.field(default_factory=list)


@strawberry.type
class RegenerateReportPayload(Payload):
    report: Report | None = None
    job: Job | None = None
    estimate_cents: int | None = None
    warnings: list[str] = strawberry.field(default_factory=list)


@strawberry.type
class UpdateReportStatementPayload(Payload):
    statement: ReportStatement | None = None


@strawberry.type
class DeleteReportStatementPayload(Payload):
    deleted_id: strawberry.ID | None = None


@strawberry.type
class MoveReportStatementPayload(Payload):
    statement: ReportStatement | None = None


@strawberry.type
class ShareReportPayload(Payload):
    share: ReportShare | None = None


@strawberry.type
class RevokeReportSharePayload(Payload):
    share: ReportShare | None = None
