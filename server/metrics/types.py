"""GraphQL types of system health and the executive metrics."""

from __future__ import annotations

import enum
from datetime import UTC, datetime

import strawberry

from server.metrics import health


@strawberry.enum
class HealthStatus(enum.Enum):
    OK = "ok"
    DEGRADED = "degraded"
    DOWN = "down"


@strawberry.type(description="One dependency or process: its state and why.")
class HealthCheck:
    name: str
    status: HealthStatus
    reason: str
    latency_ms: float | None
    value: float | None = strawberry.field(
        description="The check's figure: bytes used or free, pending messages, workers alive, tick age in seconds."
    )


@strawberry.type(description="A worker process whose heartbeat has not expired.")
class WorkerHeartbeat:
    pid: int
    host: str
    started_at: datetime
    last_beat_at: datetime
    current_job_id: str | None


@strawberry.type(description="Deep health: the worst check decides `status`.")
class SystemHealth:
    status: HealthStatus
    checked_at: datetime
    checks: list[HealthCheck]
    workers: list[WorkerHeartbeat]
    queue_length: int | None = strawberry.field(description="Messages in the task stream.")
    queue_pending: int | None = strawberry.field(description="Delivered to a worker, not yet acknowledged.")
    scheduler_last_tick_at: datetime | None
    oldest_queued_job_seconds: float | None

    @classmethod
    def from_service(cls, found: health.SystemHealth) -> SystemHealth:
        return cls(
            status=HealthStatus(found.status),
            checked_at=found.checked_at,
            checks=[
                HealthCheck(
                    name=c.name, status=HealthStatus(c.status), reason=c.reason, latency_ms=c.latency_ms, value=c.value
                )
                for c in found.checks
            ],
            workers=[
                WorkerHeartbeat(
                    pid=w.pid,
                    host=w.host,
                    started_at=datetime.fromtimestamp(w.started, UTC),
                    last_beat_at=datetime.fromtimestamp(w.beat, UTC),
                    current_job_id=w.current_job_id,
                )
                for w in found.workers
            ],
            queue_length=found.queue_length,
            queue_pending=found.queue_pending,
            scheduler_last_tick_at=found.scheduler_last_tick,
            oldest_queued_job_seconds=found.oldest_queued_seconds,
        )
