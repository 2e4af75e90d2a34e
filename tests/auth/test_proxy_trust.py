"""Forwarded headers are believed only from TRUSTED_PROXIES; failed logins count per account and address."""

from httpx import ASGITransport, AsyncClient

from server.audit.models import AuditEvent
from tests.factories import DEFAULT_PASSWORD, GraphQLClient, create_user

LOGIN = "mutation($u: String!, $p: String!) { login(input: {username: $u, password: $p}) { token errors { code } } }"
PEER = "203.0.113.7"  # the test client's socket address


def login_code(body: dict) -> str | None:
    errors = body["data"]["login"]["errors"]
    return errors[0]["code"] if errors else None


async def test_rotating_x_forwarded_for_from_an_untrusted_peer_changes_nothing(gql, app, settings):
    app.state.settings = settings.model_copy(update={"rate_limit_login_per_ip": 3})
    codes = []
    for i in range(4):
        body = await gql(
            LOGIN, {"u": f"guess{i}", "p": "wrong-guess-000"}, headers={"x-forwarded-for": f"198.51.100.{i}"}
        )
        codes.append(login_code(body))
    assert codes == ["INVALID_CREDENTIALS"] * 3 + ["RATE_LIMITED"]
    assert {e.ip for e in await AuditEvent.filter(event_type="auth.login_failed")} == {PEER}


async def test_rotating_x_forwarded_for_does_not_reset_the_bad_token_limit(client, app, settings):
    app.state.settings = settings.model_copy(update={"rate_limit_bad_token_per_ip": 2})
    statuses = [
        (
            await client.post(
                "/graphql",
                json={"query": "{ me { username } }"},
                headers={"authorization": "Bearer art_guess", "x-forwarded-for": f"198.51.100.{i}"},
            )
        ).status_code
        for i in range(3)
    ]
    assert statuses == [200, 200, 429]


async def test_from_a_trusted_proxy_the_right_most_untrusted_address_is_the_client(gql, client, app, settings):
    app.state.settings = settings.model_copy(update={"trusted_proxies": [PEER, "10.0.0.0/8"]})
    # The client claimed 6.6.6.6; the proxy saw 198.51.100.20; an inner proxy 10.1.1.1 passed it on.
    await gql(
        LOGIN, {"u": "nobody", "p": "wrong-guess-000"}, headers={"x-forwarded-for": "6.6.6.6, 198.51.100.20, 10.1.1.1"}
    )
    event = await AuditEvent.get(event_type="auth.login_failed")
    assert event.ip == "198.51.100.20"


async def test_a_request_id_is_taken_from_a_trusted_proxy_only(client, app, settings):
    offered = {"x-request-id": "nginx-4f1c2a"}
    untrusted = await client.get("/api/healthz", headers=offered)
    assert untrusted.headers["x-request-id"] != "nginx-4f1c2a" and len(untrusted.headers["x-request-id"]) == 32
    app.state.settings = settings.model_copy(update={"trusted_proxies": [PEER]})
    trusted = await client.get("/api/healthz", headers=offered)
    assert trusted.headers["x-request-id"] == "nginx-4f1c2a"
    # Even a trusted proxy cannot put control characters or novels into our log lines.
    assert (await client.get("/api/healthz", headers={"x-request-id": "a b"})).headers["x-request-id"] != "a b"
    assert len((await client.get("/api/healthz", headers={"x-request-id": "a" * 200})).headers["x-request-id"]) == 32


async def test_username_and_email_of_one_user_share_one_bucket(gql, app, settings):
    app.state.settings = settings.model_copy(update={"rate_limit_login_per_username": 4})
    await create_user(username="ada", email="ada@example.com")
    codes = [
        login_code(await gql(LOGIN, {"u": name, "p": "wrong-guess-000"}))
        for name in ["ada", "ADA@example.com", "ada", "ada@example.com", "ada", "ada@example.com"]
    ]
    assert codes == ["INVALID_CREDENTIALS"] * 4 + ["RATE_LIMITED"] * 2


async def test_guesses_from_another_address_do_not_lock_the_owner_out(gql, app, settings):
    app.state.settings = settings.model_copy(update={"rate_limit_login_per_username": 2})
    await create_user(username="ada", email="ada@example.com")
    codes = [login_code(await gql(LOGIN, {"u": "ada", "p": "wrong-guess-000"})) for _ in range(3)]
    assert codes == ["INVALID_CREDENTIALS", "INVALID_CREDENTIALS", "RATE_LIMITED"]
    async with AsyncClient(
        transport=ASGITransport(app=app, client=("198.51.100.44", 5555)), base_url="http://testserver"
    ) as other:
        body = await GraphQLClient(other)(LOGIN, {"u": "ada@example.com", "p": DEFAULT_PASSWORD})
    assert login_code(body) is None and body["data"]["login"]["token"]
    # The attacker's address stays limited, even with the right password.
    assert login_code(await gql(LOGIN, {"u": "ada", "p": DEFAULT_PASSWORD})) == "RATE_LIMITED"


async def test_under_afterresume_serve_a_local_client_cannot_spoof_its_address(settings):
    """The embedded deployment: every local client is 127.0.0.1, which uvicorn used to trust."""
    import asyncio
    import os
    import subprocess
    import sys

    import httpx

    from bench.harness import ROOT, free_port

    port = free_port()
    env = {
        **os.environ,
        "DATABASE_URL": settings.database_url,
        "REDIS_URL": settings.redis_url,
        "DATA_DIR": str(settings.data_dir),
        "ENVIRONMENT": "test",
        "RATE_LIMIT_LOGIN_PER_IP": "3",
    }
    proc = subprocess.Popen(
        [sys.executable, "-m", "server.cli", "serve", "--port", str(port)],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        async with httpx.AsyncClient(base_url=f"http://127.0.0.1:{port}", timeout=30) as c:
            for _ in range(200):
                try:
                    if (await c.get("/api/healthz")).status_code == 200:
                        break
                except httpx.HTTPError:
                    pass
                await asyncio.sleep(0.1)
            codes = []
            for i in range(4):
                response = await c.post(
                    "/graphql",
                    headers={"x-forwarded-for": f"198.51.100.{i}"},
                    json={"query": LOGIN, "variables": {"u": f"spoof{i}", "p": "wrong-guess-000"}},
                )
                codes.append(login_code(response.json()))
    finally:
        proc.terminate()
        proc.wait(timeout=15)
    assert codes == ["INVALID_CREDENTIALS"] * 3 + ["RATE_LIMITED"]
    events = await AuditEvent.filter(event_type="auth.login_failed", actor_username__startswith="spoof")
    assert {e.ip for e in events} == {"127.0.0.1"}
