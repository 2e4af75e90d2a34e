"""GraphQL types of system health and the executive metrics."""

from __future__ import annotations

import enum
from datetime import UTC, date, datetime
from typing import Any

import strawberry

from server.graphql.mutations import Payload
from server.graphql.scalars import BigInt
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
    queue_length: int | None = strawberry.field(
        description="Messages waiting in the task stream for a worker (not yet delivered)."
    )
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


# Executive metrics ------------------------------------------------------------------------------------------


@strawberry.type(description="Subscriptions in one status at the window's end.")
class StatusCount:
    status: str
    count: int


@strawberry.type(description="Subscription revenue; cents, rates as fractions (0.05 = 5 %). See docs/metrics.md.")
class RevenueMetrics:
    mrr_cents: int
    arr_cents: int
    arpa_cents: int
    start_mrr_cents: int
    customers_at_start: int
    paying_customers: int
    new_cents: int
    expansion_cents: int
    contraction_cents: int = strawberry.field(description="Negative or zero.")
    churned_cents: int = strawberry.field(description="Negative or zero.")
    reactivation_cents: int
    net_movement_cents: int = strawberry.field(description="start MRR + net movement = MRR.")
    new_customers: int
    expansion_customers: int
    contraction_customers: int
    churned_customers: int
    reactivated_customers: int
    customer_churn_rate: float | None
    revenue_churn_rate: float | None
    net_revenue_retention: float | None
    gross_revenue_retention: float | None
    subscriptions_by_status: list[StatusCount]
    failed_payments: int


@strawberry.type(description="Prepaid credit over the window; cents.")
class CreditMetrics:
    topups: int
    topup_cents: int
    consumed_by_jobs_cents: int
    promotional_granted_cents: int
    promotional_expired_cents: int
    outstanding_cents: int = strawberry.field(description="Owed to customers at the window's end.")
    accounts_in_credit: int


@strawberry.type(description="A signup week and how many of its users were active in weeks 1, 4 and 12 after it.")
class CohortRow:
    week_start: date
    size: int
    week1: int | None
    week4: int | None
    week12: int | None


@strawberry.type
class EngagementMetrics:
    dau: int
    wau: int
    mau: int
    dau_mau: float | None
    signups: int
    activated_entry: int
    activated_evidence: int
    activated_report: int
    activated_any: int
    activation_rate: float | None
    cohorts: list[CohortRow]


@strawberry.type
class SystemMetrics:
    requests: int
    errors: int
    error_rate: float | None
    p50_ms: float | None
    p95_ms: float | None
    p99_ms: float | None
    queue_length: int | None
    queue_pending: int | None
    workers_alive: int | None
    scheduler_alive: bool | None
    jobs_queued: int
    oldest_queued_seconds: float | None


@strawberry.type(description="Provider calls of one model in the window; cost in micro-cents and in dollars.")
class ModelUsage:
    provider: str
    model: str
    calls: int
    tokens_in: BigInt
    tokens_out: BigInt
    cost_microcents: BigInt = strawberry.field(
        description="A year of calls exceeds 32 bits (about $21 of micro-cents), hence a 64-bit integer."
    )
    cost_dollars: float


@strawberry.type(description="Jobs finished in the window, and in the 24 h / 7 d / 30 d before now (or its end).")
class JobMetrics:
    finished: int
    succeeded: int
    failed: int
    cancelled: int
    failure_rate: float | None = strawberry.field(description="failed / (succeeded + failed).")
    average_duration_ms: float | None
    run_24h: int
    run_7d: int
    run_30d: int
    usage_by_model: list[ModelUsage]


@strawberry.type
class MetricsAlert:
    code: str
    message: str
    value: float
    threshold: float


@strawberry.type(description="Every dashboard figure of one window and filter.")
class Metrics:
    start_date: date
    end_date: date
    tenant_id: strawberry.ID | None
    plan: str | None
    computed_at: datetime
    from_snapshot: bool
    revenue: RevenueMetrics
    credit: CreditMetrics
    engagement: EngagementMetrics
    system: SystemMetrics
    jobs: JobMetrics
    alerts: list[MetricsAlert]

    @classmethod
    def from_figures(cls, f: dict[str, Any], from_snapshot: bool) -> Metrics:
        rev = dict(f["revenue"])
        rev["subscriptions_by_status"] = [
            StatusCount(status=s, count=n) for s, n in rev["subscriptions_by_status"].items()
        ]
        eng = dict(f["engagement"])
        eng["cohorts"] = [
            CohortRow(
                week_start=date.fromisoformat(c["week_start"]),
                size=c["size"],
                week1=c["active"]["1"],
                week4=c["active"]["4"],
                week12=c["active"]["12"],
            )
            for c in eng["cohorts"]
        ]
        return cls(
            start_date=date.fromisoformat(f["start_date"]),
            end_date=date.fromisoformat(f["end_date"]),
            tenant_id=strawberry.ID(f["tenant_id"]) if f["tenant_id"] else None,
            plan=f["plan"],
            computed_at=datetime.fromisoformat(f["computed_at"]),
            from_snapshot=from_snapshot,
            revenue=RevenueMetrics(**rev),
            credit=CreditMetrics(**f["credit"]),
            engagement=EngagementMetrics(**eng),
            system=SystemMetrics(**f["system"]),
            jobs=JobMetrics(**(f["jobs"] | {"usage_by_model": [ModelUsage(**u) for u in f["jobs"]["usage_by_model"]]})),
            alerts=[MetricsAlert(**a) for a in f["alerts"]],
        )


@strawberry.type
class MetricsPoint:
    start: date
    value: float


@strawberry.type
class RefreshMetricsPayload(Payload):
    metrics: Metrics | None = None
