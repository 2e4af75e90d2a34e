"""Background jobs: the job row (its state machine lives in PostgreSQL), its timeline, and the usage of
every provider call it made."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any
from uuid import UUID

from tortoise import fields

from server.models import Record, TimestampedRecord

if TYPE_CHECKING:
    from server.auth.models import User
    from server.tenants.models import Tenant

# Stored lowercase; GraphQL's JobStatus spells them in capitals.
QUEUED = "queued"
RUNNING = "running"
SUCCESS = "success"
FAILED = "failed"
CANCELLED = "cancelled"
STATUSES = (QUEUED, RUNNING, SUCCESS, FAILED, CANCELLED)
FINISHED_STATUSES = (SUCCESS, FAILED, CANCELLED)


class Job(TimestampedRecord):
    """One metered piece of background work; its state machine lives in this row.

    `event_seq` is the seq of its last JobEvent and moves only under the row lock, so the timeline has no gaps.
    """

    tenant: fields.ForeignKeyRelation[Tenant] = fields.ForeignKeyField(
        "models.Tenant", related_name="jobs", on_delete=fields.RESTRICT
    )
    tenant_id: UUID
    user: fields.ForeignKeyRelation[User] = fields.ForeignKeyField(
        "models.User", related_name="jobs", on_delete=fields.CASCADE
    )
    user_id: UUID
    kind = fields.CharField(max_length=32)  # a ReportKind value: "MONTHLY", …
    status = fields.CharField(max_length=10, default=QUEUED)
    params: fields.JSONField[dict[str, Any]] = fields.JSONField(default=dict)
    warnings: fields.JSONField[list[str]] = fields.JSONField(default=list)
    estimate_cents = fields.BigIntField(default=0)
    held_cents = fields.BigIntField(default=0)
    tokens_in = fields.BigIntField(default=0)
    tokens_out = fields.BigIntField(default=0)
    cost_microcents = fields.BigIntField(default=0)
    cost_cents = fields.BigIntField(default=0, description="Charged at settlement: micro-cents + fee, rounded up.")
    attempt = fields.IntField(default=0, description="0 until a worker first starts it.")
    error_code = fields.CharField(max_length=64, default="")
    error_message = fields.TextField(default="")
    event_seq = fields.IntField(default=0)
    queued_at = fields.DatetimeField()
    sent_at = fields.DatetimeField(null=True, description="When its task message was last sent.")
    started_at = fields.DatetimeField(null=True)
    finished_at = fields.DatetimeField(null=True)
    heartbeat_at = fields.DatetimeField(null=True)
    cancel_requested_at = fields.DatetimeField(null=True)
    request_id = fields.CharField(max_length=64, default="")

    class Meta:
        table = "job"
        indexes = (
            ("tenant_id", "user_id", "created_at"),
            ("tenant_id", "status", "created_at"),
            ("status", "heartbeat_at"),
            ("status", "sent_at"),
            ("created_at",),
        )


class JobEvent(Record):
    """One step of a job's timeline, written in the transaction of the state it reports."""

    job: fields.ForeignKeyRelation[Job] = fields.ForeignKeyField(
        "models.Job", related_name="events", on_delete=fields.CASCADE
    )
    job_id: UUID
    seq = fields.IntField()
    type = fields.CharField(max_length=24)  # a JobEventType name: QUEUED, HOLD_PLACED, …
    message = fields.TextField(default="")
    data: fields.JSONField[dict[str, Any]] = fields.JSONField(default=dict)
    at = fields.DatetimeField()
    request_id = fields.CharField(max_length=64, default="")

    class Meta:
        table = "job_event"
        unique_together = (("job_id", "seq"),)


class UsageEvent(Record):
    """The usage of one provider call: the source of a job's cost and of token figures."""

    tenant: fields.ForeignKeyRelation[Tenant] = fields.ForeignKeyField(
        "models.Tenant", related_name="usage_events", on_delete=fields.RESTRICT
    )
    tenant_id: UUID
    user: fields.ForeignKeyNullableRelation[User] = fields.ForeignKeyField(
        "models.User", related_name="usage_events", null=True, on_delete=fields.SET_NULL
    )
    user_id: UUID | None
    job: fields.ForeignKeyRelation[Job] = fields.ForeignKeyField(
        "models.Job", related_name="usage_events", on_delete=fields.CASCADE
    )
    job_id: UUID
    attempt = fields.IntField()
    provider = fields.CharField(max_length=32)
    model = fields.CharField(max_length=100)
    tokens_in = fields.BigIntField()
    tokens_out = fields.BigIntField()
    latency_ms = fields.IntField()
    cost_microcents = fields.BigIntField()
    estimated = fields.BooleanField(default=False, description="The provider reported no usage; counted locally.")

    class Meta:
        table = "usage_event"
        indexes = (("tenant_id", "created_at"), ("job_id", "attempt"), ("created_at", "model"))
