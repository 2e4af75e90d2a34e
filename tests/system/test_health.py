from redis.asyncio import Redis


async def test_healthz_answers_ok(client):
    response = await client.get("/api/healthz")
    assert response.status_code == 200 and response.json() == {"status": "ok"}


async def test_readyz_checks_db_cache_and_storage(client):
    response = await client.get("/api/readyz")
    assert response.status_code == 200
    assert response.json() == {"status": "ready", "db": "ok", "cache": "ok", "storage": "ok"}


async def test_readyz_is_503_and_names_the_cache_when_redis_is_unreachable(client, app):
    healthy = app.state.redis
    app.state.redis = Redis.from_url("redis://127.0.0.1:1/0", socket_connect_timeout=0.5)
    try:
        response = await client.get("/api/readyz")
    finally:
        await app.state.redis.aclose()
        app.state.redis = healthy
    assert response.status_code == 503
    assert response.json() == {
        "status": "unavailable",
        "db": "ok",
        "cache": "error",
        "storage": "ok",
        "failed": ["cache"],
    }


async def test_unknown_api_paths_are_404(client):
    assert (await client.get("/api/nope")).status_code == 404
