"""With the cache (Redis/Valkey) stopped: health answers, auth that must be limited fails closed
with SERVICE_UNAVAILABLE, everything else works; all of it recovers when the cache returns."""

from __future__ import annotations

import pytest_asyncio

from server.auth.ratelimit import RateLimiter
from server.system.cache import create_redis
from tests.factories import DEFAULT_PASSWORD, create_passkey, create_user, token_for
from tests.own_redis import OwnRedis

LOGIN = "mutation($u: String!, $p: String!) { login(input: {username: $u, password: $p}) { token errors { code } } }"
SIGNUP = (
    'mutation($k: String!) { signup(input: {passkey: $k, username: "newcomer", email: "n@example.com", '
    'password: "orbital-mechanics-42"}) { token errors { code } } }'
)
CREATE = (
    'mutation { createWorklog(input: {date: "2026-03-02", content: "Wrote the outage runbook"}) '
    "{ worklog { id } errors { code } } }"
)
BAD_TOKEN = {"authorization": "Bearer art_not-a-real-token-000000000000"}


@pytest_asyncio.fixture
async def cache(app, settings, tmp_path):
    """The app's cache swapped for a redis-server this test owns (and may stop)."""
    own = OwnRedis(tmp_path).start()
    saved = app.state.redis, app.state.limiter
    app.state.redis = create_redis(settings.model_copy(update={"redis_url": own.url}))
    app.state.limiter = RateLimiter(app.state.redis)
    try:
        yield own
    finally:
        await app.state.redis.aclose()
        app.state.redis, app.state.limiter = saved
        own.stop()


async def test_with_the_cache_down_health_answers_and_requests_without_redis_work(client, gql, cache):
    ada = await create_user(username="ada")
    token = await token_for(ada)
    cache.stop()

    assert (await client.get("/api/healthz", headers=BAD_TOKEN)).status_code == 200
    ready = await client.get("/api/readyz", headers=BAD_TOKEN)
    assert ready.status_code == 503 and ready.json()["failed"] == ["cache"] and ready.json()["db"] == "ok"
    # An invalid token is treated as anonymous, uncounted, instead of failing the request.
    assert (await gql.ok("{ me { username } }", token="art_not-a-real-token-000000000000"))["me"] is None
    # A valid token needs no cache: reads and writes go on.
    created = await gql.ok(CREATE, token=token)
    assert created["createWorklog"]["errors"] == []
    assert (await gql.ok("{ worklogs { totalCount } }", token=token))["worklogs"]["totalCount"] == 1


async def test_with_the_cache_down_login_and_signup_fail_closed_then_recover(gql, cache, app):
    await create_user(username="ada")
    raw, _ = await create_passkey()
    cache.stop()

    login = (await gql.ok(LOGIN, {"u": "ada", "p": DEFAULT_PASSWORD}))["login"]
    assert login == {"token": None, "errors": [{"code": "SERVICE_UNAVAILABLE"}]}
    signup = (await gql.ok(SIGNUP, {"k": raw}))["signup"]
    assert signup == {"token": None, "errors": [{"code": "SERVICE_UNAVAILABLE"}]}

    cache.start()  # same port: the app's client reconnects by itself
    login = (await gql.ok(LOGIN, {"u": "ada", "p": DEFAULT_PASSWORD}))["login"]
    assert login["errors"] == [] and login["token"]
    assert (await gql.ok(SIGNUP, {"k": raw}))["signup"]["errors"] == []


async def test_bad_tokens_are_counted_again_once_the_cache_returns(client, app, cache):
    cache.stop()
    assert (await client.get("/api/readyz", headers=BAD_TOKEN)).status_code == 503
    cache.start()
    assert (await client.get("/api/readyz", headers=BAD_TOKEN)).status_code == 200
    assert [k async for k in app.state.redis.scan_iter("rl:bad-token-ip:*")] != []
