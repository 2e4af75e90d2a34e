"""The operators' dashboard: every figure of a window computed from real rows, the alerts they raise,
snapshots (stored hourly and on refresh, served while fresh) and series for charts. Staff only: the
callers are the `admin` fields, which say so; figures cross tenants unless a tenant filter is given."""

from __future__ import annotations

import dataclasses
import time
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any
from uuid import UUID

from redis.asyncio import Redis
from tortoise import Tortoise

from server.errors import ServiceError
from server.metrics import credit as credit_figures
from server.metrics import engagement as engagement_figures
from server.metrics import jobs as job_figures
from server.metrics import revenue as revenue_figures
from server.metrics import traffic as traffic_figures
from server.metrics.history import backfill_subscription_history
from server.metrics.models import MetricsSnapshot
from server.metrics.window import Window, default_window, instant
from server.settings import Settings
from server.system import heartbeats

INTERVALS = ("DAY", "WEEK", "MONTH")


@dataclass
class Alert:
    code: str
    message: str
    value: float
    threshold: float


async def live_figures(redis: Redis | None) -> dict[str, Any]:
    """What the queue and the processes look like now (None when the cache cannot be read)."""
    from server.metrics.health import queue_figures

    queued, oldest = await job_figures.queued_now()
    figures: dict[str, Any] = {
        "jobs_queued": queued,
        "oldest_queued_seconds": oldest,
        "queue_length": None,
        "queue_pending": None,
        "workers_alive": None,
        "scheduler_alive": None,
    }
    if redis is None:
        return figures
    try:
        figures["queue_length"], figures["queue_pending"] = await queue_figures(redis)
        figures["workers_alive"] = len(await heartbeats.read_workers(redis))
        figures["scheduler_alive"] = await heartbeats.read_scheduler_tick(redis) is not None
    except Exception:  # the cache is away: the live figures are unknown, the rest stands
        return figures | {"queue_length": None, "queue_pending": None, "workers_alive": None, "scheduler_alive": None}
    return figures


def alerts_for(figures: dict[str, Any], baseline: dict[str, Any], settings: Settings) -> list[Alert]:
    """Thresholds from settings; baselines are the same figures over the window just before."""
    alerts: list[Alert] = []
    churn, churn_before = figures["revenue"]["customer_churn_rate"], baseline["customer_churn_rate"]
    if churn is not None and churn_before is not None:
        limit = churn_before * 100 + settings.alert_churn_rise_points
        if churn * 100 > limit:
            alerts.append(
                Alert("CHURN_RISING", f"Customer churn {churn:.1%} vs {churn_before:.1%} before", churn * 100, limit)
            )
    error_rate = figures["system"]["error_rate"]
    if error_rate is not None and error_rate > settings.alert_error_rate:
        alerts.append(
            Alert("ERROR_RATE", f"API error rate {error_rate:.2%}", error_rate * 100, settings.alert_error_rate * 100)
        )
    failed, failed_before = figures["revenue"]["failed_payments"], baseline["failed_payments"]
    if failed > 0 and failed > failed_before * settings.alert_failed_payments_factor:
        alerts.append(
            Alert(
                "FAILED_PAYMENTS",
                f"{failed} failed payments vs {failed_before} before",
                failed,
                failed_before * settings.alert_failed_payments_factor,
            )
        )
    system = figures["system"]
    if system["jobs_queued"] > settings.alert_queued_jobs:
        alerts.append(
            Alert(
                "QUEUE_BACKLOG",
                f"{system['jobs_queued']} jobs queued",
                system["jobs_queued"],
                settings.alert_queued_jobs,
            )
        )
    oldest = system["oldest_queued_seconds"]
    if oldest is not None and oldest > settings.alert_oldest_queued_seconds:
        alerts.append(
            Alert(
                "QUEUE_STALLED",
                f"The oldest queued job has waited {oldest:.0f} s",
                oldest,
                settings.alert_oldest_queued_seconds,
            )
        )
    if system["workers_alive"] == 0:
        alerts.append(Alert("WORKER_MISSING", "No worker heartbeat", 0, 1))
    if system["scheduler_alive"] is False:
        alerts.append(Alert("SCHEDULER_MISSING", "No scheduler tick", 0, 1))
    return alerts


def _plain(value: Any) -> Any:
    """Dataclasses, dates and UUIDs as JSON values."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    if isinstance(value, date | datetime):
        return value.isoformat()
    if isinstance(value, UUID):
        return str(value)
    return value


async def compute_metrics(window: Window, settings: Settings, redis: Redis | None) -> dict[str, Any]:
    """Every figure of the window, as a JSON object (the snapshot's shape)."""
    started = time.perf_counter()
    await backfill_subscription_history()
    history = await revenue_figures.load_history(window.ends_at, window)
    revenue = revenue_figures.movements(history, window)
    revenue.failed_payments = await _failed_payments(window)
    previous = window.previous()
    before = revenue_figures.movements(history, previous)
    figures: dict[str, Any] = {
        "start_date": window.start.isoformat(),
        "end_date": window.end.isoformat(),
        "tenant_id": str(window.tenant_id) if window.tenant_id else None,
        "plan": window.plan,
        "revenue": _plain(revenue) | {"net_movement_cents": revenue.net_movement_cents},
        "credit": _plain(await credit_figures.credit(window)),
        "engagement": _plain(await engagement_figures.engagement(window)),
        "system": _plain(await traffic_figures.traffic(window)) | await live_figures(redis),
        "jobs": _plain(await job_figures.jobs(window, min(datetime.now(UTC), window.ends_at))),
    }
    baseline = {"customer_churn_rate": before.customer_churn_rate, "failed_payments": await _failed_payments(previous)}
    figures["alerts"] = _plain(alerts_for(figures, baseline, settings))
    figures["computed_at"] = datetime.now(UTC).isoformat()
    figures["duration_ms"] = (time.perf_counter() - started) * 1000
    return figures


async def _failed_payments(window: Window) -> int:
    rows = await Tortoise.get_connection("default").execute_query_dict(
        revenue_figures.FAILED_PAYMENTS, [window.starts_at, window.ends_at, window.tenant_id, window.plan]
    )
    return int(rows[0]["n"])


async def store_snapshot(figures: dict[str, Any], window: Window) -> MetricsSnapshot:
    return await MetricsSnapshot.create(
        start_date=window.start,
        end_date=window.end,
        tenant_id=window.tenant_id,
        plan=window.plan or "",
        computed_at=datetime.fromisoformat(figures["computed_at"]),
        duration_ms=figures["duration_ms"],
        data=figures,
    )


NEWEST_SNAPSHOT = """
SELECT id FROM metrics_snapshot
WHERE start_date = $1 AND end_date = $2 AND tenant_id IS NOT DISTINCT FROM $3 AND plan = $4 AND computed_at >= $5
ORDER BY computed_at DESC LIMIT 1
"""


@dataclass
class _Served:
    snapshot_id: UUID
    computed_at: datetime
    figures: dict[str, Any]
    checked: float  # the clock's reading at the last lookup of the newest snapshot


class ServedSnapshots:
    """The snapshots an API process serves. Snapshots never change once stored: the process keeps the last
    few it served, by window and filters, and looks for a newer one at most every `recheck_seconds` (at once
    after its own refresh), so a dashboard's repeated reads cost no database round trip (3 to 6 ms each on a
    loaded machine). A snapshot another process stores is served within `recheck_seconds`."""

    def __init__(
        self, recheck_seconds: float = 10.0, kept: int = 16, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self.recheck_seconds = recheck_seconds
        self.kept = kept
        self.clock = clock
        self._served: OrderedDict[tuple[date, date, UUID | None, str], _Served] = OrderedDict()

    async def fresh(self, window: Window, max_age: timedelta) -> dict[str, Any] | None:
        """The figures of the newest snapshot of exactly this window and filters, if at most `max_age` old."""
        key = (window.start, window.end, window.tenant_id, window.plan or "")
        oldest = datetime.now(UTC) - max_age
        served = self._served.get(key)
        if served is not None and self.clock() - served.checked < self.recheck_seconds:
            self._served.move_to_end(key)
            return served.figures if served.computed_at >= oldest else None
        rows = await Tortoise.get_connection("default").execute_query_dict(
            NEWEST_SNAPSHOT, [window.start, window.end, window.tenant_id, window.plan or "", oldest]
        )
        if not rows:
            self._served.pop(key, None)
            return None
        if served is None or served.snapshot_id != rows[0]["id"]:
            snapshot = await MetricsSnapshot.get_or_none(id=rows[0]["id"])
            if snapshot is None:  # deleted in between
                return None
            served = _Served(snapshot.id, snapshot.computed_at, snapshot.data, 0.0)
        served.checked = self.clock()
        self._served[key] = served
        self._served.move_to_end(key)
        while len(self._served) > self.kept:
            self._served.popitem(last=False)
        return served.figures

    def forget(self) -> None:
        """The next read looks for the newest snapshot at once."""
        self._served.clear()


async def metrics_for_staff(
    window: Window, settings: Settings, redis: Redis | None, served: ServedSnapshots
) -> tuple[dict[str, Any], bool]:
    """The window's figures from a fresh snapshot when one covers it, else computed now (not stored).
    Returns (figures, from_snapshot)."""
    figures = await served.fresh(window, timedelta(minutes=settings.metrics_snapshot_max_age_minutes))
    if figures is not None:
        return figures, True
    return await compute_metrics(window, settings, redis), False


async def refresh_metrics_as_staff(
    settings: Settings, redis: Redis | None, today: date | None = None, served: ServedSnapshots | None = None
) -> dict[str, Any]:
    """Compute the default window now and store it as the newest snapshot (also the hourly task's work)."""
    window = default_window(today or datetime.now(UTC).date())
    figures = await compute_metrics(window, settings, redis)
    await store_snapshot(figures, window)
    if served is not None:
        served.forget()
    return figures


# Series for charts ------------------------------------------------------------------------------------------

SERIES_SQL: dict[str, str] = {
    "active_users": "SELECT date_trunc($3, day::timestamp)::date AS p, count(DISTINCT user_id) AS v FROM user_activity "
    "WHERE day >= $1::date AND day < $2::date AND ($4::uuid IS NULL OR tenant_id = $4) GROUP BY 1",
    "signups": "SELECT date_trunc($3, u.date_joined AT TIME ZONE 'UTC')::date AS p, count(*) AS v FROM \"user\" u "
    "JOIN profile pr ON pr.user_id = u.id WHERE u.date_joined >= $1 AND u.date_joined < $2 "
    "AND ($4::uuid IS NULL OR pr.tenant_id = $4) GROUP BY 1",
    "failed_payments": "SELECT date_trunc($3, at AT TIME ZONE 'UTC')::date AS p, count(*) AS v FROM payment_failure "
    "WHERE at >= $1 AND at < $2 AND ($4::uuid IS NULL OR tenant_id = $4) GROUP BY 1",
    "topup_cents": "SELECT date_trunc($3, created_at AT TIME ZONE 'UTC')::date AS p, sum(amount_cents) AS v "
    "FROM ledger_entry WHERE type = 'credit' AND stripe_reference IS NOT NULL AND created_at >= $1 AND created_at < $2 "
    "AND ($4::uuid IS NULL OR tenant_id = $4) GROUP BY 1",
    "credit_consumed_cents": "SELECT date_trunc($3, created_at AT TIME ZONE 'UTC')::date AS p, -sum(amount_cents) AS v "
    "FROM ledger_entry WHERE type = 'debit' AND job_id IS NOT NULL AND created_at >= $1 AND created_at < $2 "
    "AND ($4::uuid IS NULL OR tenant_id = $4) GROUP BY 1",
    "jobs_finished": "SELECT date_trunc($3, finished_at AT TIME ZONE 'UTC')::date AS p, count(*) AS v FROM job "
    "WHERE finished_at >= $1 AND finished_at < $2 AND ($4::uuid IS NULL OR tenant_id = $4) GROUP BY 1",
    "cost_microcents": "SELECT date_trunc($3, created_at AT TIME ZONE 'UTC')::date AS p, sum(cost_microcents) AS v "
    "FROM usage_event WHERE created_at >= $1 AND created_at < $2 AND ($4::uuid IS NULL OR tenant_id = $4) GROUP BY 1",
    "requests": "SELECT date_trunc($3, period_start AT TIME ZONE 'UTC')::date AS p, sum(requests) AS v "
    "FROM request_aggregate WHERE period_start >= $1 AND period_start < $2 AND ($4::uuid IS NULL OR true) GROUP BY 1",
    "errors": "SELECT date_trunc($3, period_start AT TIME ZONE 'UTC')::date AS p, sum(errors) AS v "
    "FROM request_aggregate WHERE period_start >= $1 AND period_start < $2 AND ($4::uuid IS NULL OR true) GROUP BY 1",
}
SERIES_METRICS = ("mrr_cents", *SERIES_SQL)


def period_starts(window: Window, interval: str) -> list[date]:
    """The periods (aligned: Mondays, first days of months) that cover the window."""
    first = window.start
    if interval == "WEEK":
        first -= timedelta(days=first.weekday())
    elif interval == "MONTH":
        first = first.replace(day=1)
    starts = []
    current = first
    while current <= window.end:
        starts.append(current)
        if interval == "DAY":
            current += timedelta(days=1)
        elif interval == "WEEK":
            current += timedelta(days=7)
        else:
            current = (current.replace(day=28) + timedelta(days=4)).replace(day=1)
    return starts


async def series_for_staff(metric: str, window: Window, interval: str) -> list[tuple[date, float]]:
    """One value per period: MRR at the period's end (or the window's), other figures summed over the period
    (active users: distinct users active in it)."""
    if metric not in SERIES_METRICS:
        raise ServiceError("UNKNOWN_METRIC", f"Charted metrics: {', '.join(SERIES_METRICS)}.", "metric")
    if interval not in INTERVALS:
        raise ServiceError("INVALID_INTERVAL", "The interval is DAY, WEEK or MONTH.", "interval")
    starts = period_starts(window, interval)
    if metric == "mrr_cents":
        ends = [*starts[1:], window.end + timedelta(days=1)]
        instants = [instant(min(e, window.end + timedelta(days=1))) for e in ends]
        values = await revenue_figures.mrr_at(instants, window)
        return [(s, float(v)) for s, v in zip(starts, values, strict=True)]
    rows = await Tortoise.get_connection("default").execute_query_dict(
        SERIES_SQL[metric], [window.starts_at, window.ends_at, interval.lower(), window.tenant_id]
    )
    found = {r["p"]: float(r["v"] or 0) for r in rows}
    return [(s, found.get(s, 0.0)) for s in starts]
