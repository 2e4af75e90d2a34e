"""GraphQL types of jobs: the job, its timeline, and the cancel payload."""

from __future__ import annotations

import enum
from datetime import datetime
from typing import TypeAlias, cast
from uuid import UUID

import strawberry
from strawberry.scalars import JSON

from server.graphql.context import Info
from server.graphql.mutations import Payload
from server.graphql.relay import Connection, connection
from server.graphql.scalars import BigInt
from server.jobs import events, service
from server.jobs.models import Job as JobModel
from server.jobs.models import JobEvent as JobEventModel

strawberry.enum(events.JobEventType, name="JobEventType", description="One step of a job's timeline.")
JobEventType: TypeAlias = events.JobEventType


@strawberry.enum(description="QUEUED → RUNNING → SUCCESS, FAILED or CANCELLED.")
class JobStatus(enum.Enum):
    QUEUED = "queued"
    RUNNING = "running"
    SUCCESS = "success"
    FAILED = "failed"
    CANCELLED = "cancelled"


@strawberry.type(description="One step of a job, in seq order (1, 2, … without gaps).")
class JobEvent:
    seq: int
    type: JobEventType
    message: str
    data: JSON
    at: datetime

    @classmethod
    def from_model(cls, m: JobEventModel) -> JobEvent:
        return cls(seq=m.seq, type=JobEventType(m.type), message=m.message, data=cast(JSON, m.data), at=m.at)


@strawberry.type(description="A metered background job: what it was asked, what it held, used and cost.")
class Job:
    id: strawberry.ID
    kind: str
    status: JobStatus
    estimate_cents: int = strawberry.field(description="The cost estimated before it was queued.")
    held_cents: int = strawberry.field(description="What the reserve set aside for it.")
    cost_cents: int = strawberry.field(description="What it was charged: its calls plus the flat fee, rounded up once.")
    cost_microcents: BigInt = strawberry.field(description="Its provider calls, in micro-cents (1 cent = 1 000 000).")
    tokens_in: BigInt
    tokens_out: BigInt
    attempt: int
    error_code: str | None = strawberry.field(
        description="Why it failed: NO_ENTRIES, NOTHING_TO_REPORT, WORKER_LOST, PROVIDER_… ."
    )
    error_message: str | None
    warnings: list[str]
    queued_at: datetime
    started_at: datetime | None
    finished_at: datetime | None
    heartbeat_at: datetime | None
    cancel_requested_at: datetime | None
    created_at: datetime
    tenant_id: strawberry.ID
    user_id: strawberry.Private[UUID]

    @strawberry.field(description="The owner's username.")
    async def username(self, info: Info) -> str | None:
        return await info.context.loaders.username_by_id.load(self.user_id)

    @strawberry.field(description="Its timeline, oldest first.")
    async def events(self, first: int | None = None, after: str | None = None) -> Connection[JobEvent]:
        # Only resolvers that checked access to the job (own scope or staff) build a Job.
        page = await service.list_job_events(UUID(self.id), first=first, after=after)
        return connection(page, JobEvent.from_model)

    @classmethod
    def from_model(cls, m: JobModel) -> Job:
        return cls(
            id=strawberry.ID(str(m.id)),
            kind=m.kind,
            status=JobStatus(m.status),
            estimate_cents=m.estimate_cents,
            held_cents=m.held_cents,
            cost_cents=m.cost_cents,
            cost_microcents=m.cost_microcents,
            tokens_in=m.tokens_in,
            tokens_out=m.tokens_out,
            attempt=m.attempt,
            error_code=m.error_code or None,
            error_message=m.error_message or None,
            warnings=list(m.warnings or []),
            queued_at=m.queued_at,
            started_at=m.started_at,
            finished_at=m.finished_at,
            heartbeat_at=m.heartbeat_at,
            cancel_requested_at=m.cancel_requested_at,
            created_at=m.created_at,
            tenant_id=strawberry.ID(str(m.tenant_id)),
            user_id=m.user_id,
        )


@strawberry.type
class CancelJobPayload(Payload):
    job: Job | None = None
