"""Billing tasks, named "billing.<action>"."""

from __future__ import annotations

from server.billing import ledger
from server.settings import get_settings
from server.system.cache import create_redis
from server.system.events import EventBus
from workers.broker import broker


@broker.task(task_name="billing.expire_grants", schedule=[{"cron": "* * * * *"}])
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
