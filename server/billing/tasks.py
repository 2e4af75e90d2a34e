"""Billing tasks, named "billing.<action>"; `register(broker)` adds them to a broker."""

from __future__ import annotations

from taskiq import AsyncBroker

from server.billing import ledger
from server.settings import get_settings
from server.system.cache import create_redis
from server.system.events import EventBus


async def expire_grants() -> int:
    """Close promotional credit whose expiry has passed, writing an expiry entry for what was left."""
    settings = get_settings()
    if not settings.redis_url:  # run by hand outside a worker: expire without live updates
        return await ledger.expire_due_grants()
    redis = create_redis(settings)
    try:
        return await ledger.expire_due_grants(bus=EventBus(redis))
    finally:
        await redis.aclose()


def register(broker: AsyncBroker) -> None:
    broker.register_task(expire_grants, task_name="billing.expire_grants", schedule=[{"cron": "* * * * *"}])
