"""Fixed-window attempt counters in Redis, shared by every API process."""

from __future__ import annotations

from dataclasses import dataclass

from redis.asyncio import Redis

from server.errors import ServiceError


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
        async with self.redis.pipeline(transaction=True) as pipe:
            pipe.incr(name)
            pipe.expire(name, limit.window_seconds, nx=True)
            pipe.ttl(name)
            count, _, ttl = await pipe.execute()
        if count > limit.limit:
            return max(int(ttl), 1)
        return None

    async def peek(self, limit: Limit, key: str) -> int | None:
        name = f"{self.prefix}:{limit.bucket}:{key.lower()}"
        async with self.redis.pipeline(transaction=False) as pipe:
            pipe.get(name)
            pipe.ttl(name)
            count, ttl = await pipe.execute()
        if count is not None and int(count) >= limit.limit:
            return max(int(ttl), 1)
        return None

    async def reset(self, limit: Limit, key: str) -> None:
        await self.redis.delete(f"{self.prefix}:{limit.bucket}:{key.lower()}")

    async def enforce(self, limit: Limit, *keys: str) -> None:
        """Count an attempt under every key; refuse with RATE_LIMITED if any is over."""
        waits = [w for key in keys if key and (w := await self.hit(limit, key)) is not None]
        if waits:
            raise ServiceError("RATE_LIMITED", f"Too many attempts; try again in {max(waits)} seconds.")
