"""Fixed-window attempt counters in Redis, shared by every API process.

When the cache cannot be reached, counting is impossible: `hit`, `peek` and `enforce` raise
`CacheUnavailable` (a ServiceError coded SERVICE_UNAVAILABLE), so the paths that must be
limited (login, signup, top-up sessions) fail closed with a code the client can show.
`hit_if_available` is for callers that choose to go on uncounted (the bad-token limiter:
a token is 256 random bits, its counter is defence in depth, not what stops guessing).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from redis.asyncio import Redis
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import TimeoutError as RedisTimeoutError

from server.errors import ServiceError

log = logging.getLogger(__name__)
UNREACHABLE = (RedisConnectionError, RedisTimeoutError, OSError, TimeoutError)


class CacheUnavailable(ServiceError):
    def __init__(self) -> None:
        super().__init__("SERVICE_UNAVAILABLE", "This is briefly unavailable; try again in a minute.")


@dataclass(frozen=True)
class Limit:
    bucket: str
    limit: int
    window_seconds: int


class RateLimiter:
    def __init__(self, redis: Redis, prefix: str = "rl") -> None:
        self.redis = redis
        self.prefix = prefix

    async def hit(self, limit: Limit, key: str) -> int | None:
        """Count one attempt; return seconds to wait when over the limit, else None."""
        name = f"{self.prefix}:{limit.bucket}:{key.lower()}"
        try:
            async with self.redis.pipeline(transaction=True) as pipe:
                pipe.incr(name)
                pipe.expire(name, limit.window_seconds, nx=True)
                pipe.ttl(name)
                count, _, ttl = await pipe.execute()
        except UNREACHABLE as exc:
            log.warning("rate limit %s not counted: cache unreachable (%s)", limit.bucket, exc)
            raise CacheUnavailable() from exc
        if count > limit.limit:
            return max(int(ttl), 1)
        return None

    async def hit_if_available(self, limit: Limit, key: str) -> int | None:
        """Like `hit`, but an unreachable cache counts nothing and refuses nothing."""
        try:
            return await self.hit(limit, key)
        except CacheUnavailable:
            return None

    async def peek(self, limit: Limit, key: str) -> int | None:
        name = f"{self.prefix}:{limit.bucket}:{key.lower()}"
        try:
            async with self.redis.pipeline(transaction=False) as pipe:
                pipe.get(name)
                pipe.ttl(name)
                count, ttl = await pipe.execute()
        except UNREACHABLE as exc:
            raise CacheUnavailable() from exc
        if count is not None and int(count) >= limit.limit:
            return max(int(ttl), 1)
        return None

    async def reset(self, limit: Limit, key: str) -> None:
        """Forget a key's attempts (after a success); best effort, the window expires anyway."""
        try:
            await self.redis.delete(f"{self.prefix}:{limit.bucket}:{key.lower()}")
        except UNREACHABLE as exc:
            log.warning("rate limit %s not reset: cache unreachable (%s)", limit.bucket, exc)

    async def enforce(self, limit: Limit, *keys: str) -> None:
        """Count an attempt under every key; refuse with RATE_LIMITED if any is over,
        and with SERVICE_UNAVAILABLE if the cache cannot count."""
        waits = [w for key in keys if key and (w := await self.hit(limit, key)) is not None]
        if waits:
            raise ServiceError("RATE_LIMITED", f"Too many attempts; try again in {max(waits)} seconds.")
