"""Errors are masked and coded under any concurrency; each unexpected one is logged once, with its request id."""

from __future__ import annotations

import asyncio
import io
import logging
import os
import re
import subprocess
import sys
import textwrap
import uuid

import httpx
import pytest

from bench.harness import free_port
from server.system.logs import LOG_FORMAT, RequestIdFilter, current_request_id

LOGIN = 'mutation($u: String!) { login(input: {username: $u, password: "wrong-guess-000"}) { token errors { code } } }'
CONCURRENCY = 32


@pytest.fixture
def error_log():
    """The lines `server.graphql` writes, formatted as the app formats them."""
    buffer = io.StringIO()
    handler = logging.StreamHandler(buffer)
    handler.setFormatter(logging.Formatter(LOG_FORMAT))
    handler.addFilter(RequestIdFilter())
    logger = logging.getLogger("server.graphql")
    logger.addHandler(handler)
    yield buffer
    logger.removeHandler(handler)


def logged_request_ids(log_text: str) -> list[str]:
    """The request id of every 'unexpected error' line, one entry per line."""
    return re.findall(r"ERROR:? +\[([0-9a-f]{32})\] server\.graphql: unexpected error", log_text)


def tracebacks_by_request(log_text: str) -> dict[str, str]:
    """Each logged error's text (its line and the traceback after it), keyed by request id."""
    chunks = re.split(r"(?m)^(?=\S+ \S+ [A-Z]+:? +\[)", log_text)
    found: dict[str, str] = {}
    for chunk in chunks:
        match = re.match(r"\S+ \S+ ERROR:? +\[([0-9a-f]{32})\]", chunk)
        if match:
            found[match.group(1)] = found.get(match.group(1), "") + chunk
    return found


async def concurrently(count: int, request):
    gate = asyncio.Semaphore(CONCURRENCY)

    async def one(i: int):
        async with gate:
            return await request(i)

    return await asyncio.gather(*(one(i) for i in range(count)))


def unlimited_logins(app, settings) -> None:
    app.state.settings = settings.model_copy(
        update={"rate_limit_login_per_ip": 10**6, "rate_limit_login_per_username": 10**6}
    )


async def test_every_unexpected_error_of_200_concurrent_requests_is_masked_coded_and_logged_once(
    client, app, settings, monkeypatch, error_log
):
    from server.auth import service

    unlimited_logins(app, settings)
    seen_ids = []

    async def broken(*args, **kwargs):
        seen_ids.append(current_request_id())
        await asyncio.sleep(0.002)  # let the other requests interleave
        raise RuntimeError("connection to 10.0.0.5 refused; password=hunter2")

    monkeypatch.setattr(service, "login", broken)
    responses = await concurrently(
        200, lambda i: client.post("/graphql", json={"query": LOGIN, "variables": {"u": f"user{i}"}})
    )

    ids = [r.headers["x-request-id"] for r in responses]
    assert len(set(ids)) == 200 and all(re.fullmatch(r"[0-9a-f]{32}", i) for i in ids)
    assert sorted(seen_ids) == sorted(ids)  # the service ran under its own request's id
    for response in responses:
        body = response.json()
        assert body["errors"] == [
            {
                "message": "Internal server error.",
                "locations": [{"line": 1, "column": 25}],
                "path": ["login"],
                "extensions": {"code": "INTERNAL"},
            }
        ]
        assert "hunter2" not in response.text
    log_text = error_log.getvalue()
    assert sorted(logged_request_ids(log_text)) == sorted(ids)  # every one logged, none twice
    tracebacks = tracebacks_by_request(log_text)
    for request_id in ids:
        assert tracebacks[request_id].count("Traceback (most recent call last)") == 1
        assert "RuntimeError: connection to 10.0.0.5 refused" in tracebacks[request_id]


async def test_nul_bytes_in_120_concurrent_logins_never_leak_a_database_message(client, app, settings, error_log):
    unlimited_logins(app, settings)
    responses = await concurrently(
        120, lambda i: client.post("/graphql", json={"query": LOGIN, "variables": {"u": f"x\u0000{i}"}})
    )

    for response in responses:
        assert response.status_code == 200
        assert "0x00" not in response.text and "invalid byte sequence" not in response.text
        login = response.json()["data"]["login"]
        assert login["token"] is None and [e["code"] for e in login["errors"]] == ["INVALID_TEXT"]
    assert logged_request_ids(error_log.getvalue()) == []


async def test_an_expected_error_keeps_its_code_under_concurrency(client):
    # A bad cursor is a ServiceError raised by a query: BAD_REQUEST with its reason, every time.
    from tests.factories import create_user, token_for

    token = await token_for(await create_user())
    query = '{ worklogs(first: 5, after: "not-a-cursor") { totalCount } }'
    responses = await concurrently(
        64, lambda i: client.post("/graphql", json={"query": query}, headers={"authorization": f"Bearer {token}"})
    )
    for response in responses:
        error = response.json()["errors"][0]
        assert error["extensions"]["code"] == "BAD_REQUEST", error
        assert error["extensions"]["reason"]


SERVER_SCRIPT = textwrap.dedent("""
    import sys
    import uvicorn
    from server.auth import service
    from server.cli.system import uvicorn_options

    async def broken(*args, **kwargs):
        raise RuntimeError("simulated fault in login")

    service.login = broken
    uvicorn.run("server.app:app_from_environment", factory=True, host="127.0.0.1", port=int(sys.argv[1]),
                **uvicorn_options())
""")


async def test_under_a_real_uvicorn_every_error_is_masked_and_logged_once_with_its_request_id(settings, tmp_path):
    port = free_port()
    log_path = tmp_path / "server.log"
    env = {
        **os.environ,
        "DATABASE_URL": settings.database_url,
        "REDIS_URL": settings.redis_url,
        "DATA_DIR": str(settings.data_dir),
        "ENVIRONMENT": "test",
        "RATE_LIMIT_LOGIN_PER_IP": "1000000",
        "RATE_LIMIT_LOGIN_PER_USERNAME": "1000000",
    }
    with open(log_path, "w") as log_file:
        proc = subprocess.Popen(
            [sys.executable, "-c", SERVER_SCRIPT, str(port)], env=env, stdout=log_file, stderr=log_file
        )
    base_url = f"http://127.0.0.1:{port}"
    try:
        async with httpx.AsyncClient(base_url=base_url, timeout=30) as c:
            for _ in range(200):
                try:
                    if (await c.get("/api/healthz")).status_code == 200:
                        break
                except httpx.HTTPError:
                    pass
                await asyncio.sleep(0.1)
            # A client-chosen X-Request-ID is not believed: the peer is no trusted proxy.
            spoofed = uuid.uuid4().hex
            responses = await concurrently(
                120,
                lambda i: c.post(
                    "/graphql", headers={"x-request-id": spoofed}, json={"query": LOGIN, "variables": {"u": f"user{i}"}}
                ),
            )
    finally:
        proc.terminate()
        proc.wait(timeout=15)
    ids = [r.headers["x-request-id"] for r in responses]
    assert spoofed not in ids and len(set(ids)) == 120
    for response in responses:
        assert response.json()["errors"][0]["extensions"] == {"code": "INTERNAL"}
        assert "simulated fault" not in response.text
    log_text = log_path.read_text()
    assert sorted(logged_request_ids(log_text)) == sorted(ids)
    tracebacks = tracebacks_by_request(log_text)  # error lines of every logger, not only ours
    assert all(tracebacks[i].count("Traceback (most recent call last)") == 1 for i in ids)
    assert all("RuntimeError: simulated fault in login" in tracebacks[i] for i in ids)
    # uvicorn's access log carries the same ids.
    assert all(f"[{i}] 127.0.0.1:" in log_text for i in ids)


async def test_syntax_errors_are_coded(gql):
    body = await gql("{ me {")
    assert body["errors"][0]["extensions"] == {"code": "GRAPHQL_VALIDATION_FAILED"}
    assert body["errors"][0]["message"].startswith("Syntax Error")


async def test_a_crash_around_the_operation_is_masked_coded_and_logged_with_the_request_id(
    client, monkeypatch, error_log
):
    from server.graphql.schema import CachedParse

    def crash(self):
        raise RuntimeError("parser cache exploded; key=hunter2")
        yield

    monkeypatch.setattr(CachedParse, "on_parse", crash)
    response = await client.post("/graphql", json={"query": "{ me { username } }"})
    assert response.json()["errors"] == [{"message": "Internal server error.", "extensions": {"code": "INTERNAL"}}]
    assert logged_request_ids(error_log.getvalue()) == [response.headers["x-request-id"]]
    assert "RuntimeError: parser cache exploded" in error_log.getvalue()
