"""The Redis/Valkey client the API uses for rate limits and pub/sub."""

from __future__ import annotations

from redis.asyncio import Redis

from server.settings import Settings

# A lost cache must fail fast (a coded refusal, a 503 readiness) rather than hang a request.
CONNECT_TIMEOUT_SECONDS = 2.0


def create_redis(settings: Settings) -> Redis:
    if not settings.redis_url:
        raise RuntimeError("REDIS_URL is not resolved; start the engines first (server.system.engines)")
    return Redis.from_url(
        settings.redis_url,
        decode_responses=True,
        health_check_interval=30,
        socket_connect_timeout=CONNECT_TIMEOUT_SECONDS,
    )
