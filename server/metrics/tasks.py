"""Metrics tasks, named "metrics.<action>": the hourly dashboard snapshot and the request aggregates' roll-up."""

from __future__ import annotations

from taskiq import AsyncBroker

from server.metrics import recording, service
from server.settings import get_settings
from server.system.cache import create_redis


async def store_snapshot() -> str:
    """Compute the last 30 days and store them as the dashboard's snapshot."""
    settings = get_settings()
    redis = create_redis(settings) if settings.redis_url else None
    try:
        figures = await service.refresh_metrics_as_staff(settings, redis)
    finally:
        if redis is not None:
            await redis.aclose()
    return str(figures["computed_at"])


async def roll_up_requests() -> tuple[int, int]:
    """Fold old per-minute request aggregates into hours and delete those past retention."""
    settings = get_settings()
    return await recording.roll_up_and_prune(
        settings.request_aggregate_minute_hours, settings.request_aggregate_retention_days
    )


def register(broker: AsyncBroker) -> None:
    broker.register_task(store_snapshot, task_name="metrics.store_snapshot", schedule=[{"cron": "0 * * * *"}])
    broker.register_task(roll_up_requests, task_name="metrics.roll_up_requests", schedule=[{"cron": "7 * * * *"}])
