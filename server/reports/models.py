"""Reports: a generated document kept as sections of statements, each citing the entries it came from."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any
from uuid import UUID

from tortoise import fields

from server.models import Record, TimestampedRecord

if TYPE_CHECKING:
    from server.auth.models import User
    from server.evidence.models import Evidence
    from server.jobs.models import Job
    from server.tenants.models import Tenant
    from server.worklogs.models import Worklog

PENDING = "pending"
READY = "ready"
FAILED = "failed"
CANCELLED = "cancelled"


class Report(TimestampedRecord):
    """One generated report. `series_id` groups the versions a regeneration makes (the first is its own id)."""

    tenant: fields.ForeignKeyRelation[Tenant] = fields.ForeignKeyField(
        "models.Tenant", related_name="reports", on_delete=fields.RESTRICT
    )
    tenant_id: UUID
    user: fields.ForeignKeyRelation[User] = fields.ForeignKeyField(
        "models.User", related_name="reports", on_delete=fields.CASCADE
    )
    user_id: UUID
    kind = fields.CharField(max_length=32)  # a ReportKind value: "MONTHLY", …
    title = fields.CharField(max_length=300, default="")
    start_date = fields.DateField()
    end_date = fields.DateField()
    filters: fields.JSONField[dict[str, Any]] = fields.JSONField(default=dict)  # employer, project, tags
    options: fields.JSONField[dict[str, Any]] = fields.JSONField(default=dict)  # length, tone, …
    status = fields.CharField(max_length=10, default=PENDING)  # pending | ready | failed | cancelled
    version = fields.IntField(default=1)
    series_id = fields.UUIDField()
    job: fields.ForeignKeyNullableRelation[Job] = fields.ForeignKeyField(
        "models.Job", related_name="reports", null=True, on_delete=fields.SET_NULL
    )
    job_id: UUID | None
    content = fields.TextField(default="", description="The Markdown rendition.")
    content_key = fields.CharField(max_length=300, default="", description="Storage key of the Markdown rendition.")
    revision = fields.IntField(default=0, description="Bumped by every edit; the stored formats follow it.")

    class Meta:
        table = "report"
        indexes = (("tenant_id", "user_id", "created_at"), ("series_id", "version"))


class ReportSection(Record):
    report: fields.ForeignKeyRelation[Report] = fields.ForeignKeyField(
        "models.Report", related_name="sections", on_delete=fields.CASCADE
    )
    report_id: UUID
    position = fields.IntField()
    heading = fields.CharField(max_length=300)

    class Meta:
        table = "report_section"
        indexes = (("report_id", "position"),)


class ReportStatement(TimestampedRecord):
    report: fields.ForeignKeyRelation[Report] = fields.ForeignKeyField(
        "models.Report", related_name="statements", on_delete=fields.CASCADE
    )
    report_id: UUID
    section: fields.ForeignKeyRelation[ReportSection] = fields.ForeignKeyField(
        "models.ReportSection", related_name="statements", on_delete=fields.CASCADE
    )
    section_id: UUID
    position = fields.IntField()
    text = fields.TextField()
    check_status = fields.CharField(max_length=10, default="unchecked")  # unchecked | passed | flagged
    unsupported: fields.JSONField[list[str]] = fields.JSONField(default=list)

    class Meta:
        table = "report_statement"
        indexes = (("section_id", "position"), ("report_id",))


class ReportCitation(Record):
    statement: fields.ForeignKeyRelation[ReportStatement] = fields.ForeignKeyField(
        "models.ReportStatement", related_name="citations", on_delete=fields.CASCADE
    )
    statement_id: UUID
    worklog: fields.ForeignKeyRelation[Worklog] = fields.ForeignKeyField(
        "models.Worklog", related_name="citations", on_delete=fields.CASCADE
    )
    worklog_id: UUID
    evidence: fields.ForeignKeyNullableRelation[Evidence] = fields.ForeignKeyField(
        "models.Evidence", related_name="citations", null=True, on_delete=fields.SET_NULL
    )
    evidence_id: UUID | None

    class Meta:
        table = "report_citation"
        indexes = (("statement_id",), ("worklog_id",))


class ReportArtifact(Record):
    """One rendition of one revision of a report, stored through the Storage interface."""

    report: fields.ForeignKeyRelation[Report] = fields.ForeignKeyField(
        "models.Report", related_name="artifacts", on_delete=fields.CASCADE
    )
    report_id: UUID
    revision = fields.IntField()
    format = fields.CharField(max_length=20)  # a ReportFormat name: MARKDOWN, PDF, …
    include_citations = fields.BooleanField()
    object_key = fields.CharField(max_length=300)
    bytes = fields.IntField()
    sha256 = fields.CharField(max_length=64)

    class Meta:
        table = "report_artifact"
        unique_together = (("report_id", "revision", "format", "include_citations"),)


class ReportShare(Record):
    """A public, revocable link to a report's share page; only the token's SHA-256 is kept."""

    report: fields.ForeignKeyRelation[Report] = fields.ForeignKeyField(
        "models.Report", related_name="shares", on_delete=fields.CASCADE
    )
    report_id: UUID
    tenant_id = fields.UUIDField()
    user_id = fields.UUIDField()
    token_hash = fields.CharField(max_length=64, unique=True)
    include_citations = fields.BooleanField(default=False)
    expires_at = fields.DatetimeField()
    revoked_at = fields.DatetimeField(null=True)

    class Meta:
        table = "report_share"
        indexes = (("report_id",),)
