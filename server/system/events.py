"""One event bus for live updates across processes: Redis pub/sub.

Publishers call `publish` after their transaction commits; subscribers (GraphQL
subscriptions) iterate `subscribe`. Payloads are JSON objects.
"""

from __future__ import annotations

import json
import logging
from collections.abc import AsyncIterator
from typing import Any
from uuid import UUID

from redis.asyncio import Redis

log = logging.getLogger("server.events")


def tenant_status_channel(tenant_id: UUID | str) -> str:
    """The status-bar channel of one tenant."""
    return f"tenant:{tenant_id}:status"


class EventBus:
    def __init__(self, redis: Redis) -> None:
        self.redis = redis

    async def publish(self, channel: str, payload: dict[str, Any]) -> int:
        """Send to current subscribers; returns how many received it. Never raises: a missed push is not a failed write."""
        try:
            return await self.redis.publish(channel, json.dumps(payload, separators=(",", ":"), default=str))
        except Exception:  # the change is committed already; live updates are best effort
            log.warning("publish to %s failed", channel, exc_info=True)
            return 0

    async def subscribe(self, channel: str) -> AsyncIterator[dict[str, Any]]:
        """Yield each payload published on `channel` until the consumer stops iterating."""
        pubsub = self.redis.pubsub(ignore_subscribe_messages=True)
        await pubsub.subscribe(channel)
        try:
            async for message in pubsub.listen():
                if message.get("type") != "message":
                    continue
                try:
                    yield json.loads(message["data"])
                except (TypeError, ValueError):
                    log.warning("dropped a malformed event on %s", channel)
        finally:
            await pubsub.unsubscribe(channel)
            await pubsub.aclose()  # type: ignore[no-untyped-call]  # redis leaves PubSub.aclose unannotated
