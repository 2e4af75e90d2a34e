"""Request log lines: one JSON object per request in production, with who and what; and no secret, token,
password or passkey anywhere in the logs of a full run (every logger at DEBUG, SQL included)."""

from __future__ import annotations

import io
import json
import logging

from httpx import ASGITransport, AsyncClient
from pydantic import SecretStr

from server.system.logs import JsonFormatter, RequestIdFilter
from tests.factories import create_staff, token_for

METRICS_TOKEN = "metrics-" + "q" * 40
PASSWORD = "Lantern-orbit-7-quietly"
NEW_PASSWORD = "Saffron-harbor-9-gently"
WRONG_PASSWORD = "Wrong-guess-4-entirely"


async def test_a_full_run_logs_one_json_line_per_request_and_never_a_secret(app, settings, gql):
    app.state.settings = settings.model_copy(update={"log_format": "json", "metrics_token": SecretStr(METRICS_TOKEN)})
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.setFormatter(JsonFormatter())
    handler.addFilter(RequestIdFilter())
    root = logging.getLogger()
    levels = {name: logging.getLogger(name).level for name in ("", "server", "tortoise", "db_client", "uvicorn")}
    root.addHandler(handler)
    for name in levels:
        logging.getLogger(name).setLevel(logging.DEBUG)
    try:
        staff_token = await token_for(await create_staff())
        minted = await gql.ok(
            'mutation { createInvitePasskey(input: {notes: "for a friend"}) { passkey errors { code } } }',
            token=staff_token,
        )
        passkey = minted["createInvitePasskey"]["passkey"]
        signed_up = await gql.ok(
            "mutation($i: SignupInput!) { signup(input: $i) { token user { id } errors { code } } }",
            {"i": {"passkey": passkey, "username": "newcomer", "email": "newcomer@example.com", "password": PASSWORD}},
        )
        session = signed_up["signup"]["token"]
        login = "mutation($i: LoginInput!) { login(input: $i) { token errors { code } } }"
        refused = await gql.ok(login, {"i": {"username": "newcomer", "password": WRONG_PASSWORD}})
        assert refused["login"]["errors"][0]["code"] == "INVALID_CREDENTIALS"
        logged_in = (await gql.ok(login, {"i": {"username": "newcomer", "password": PASSWORD}}))["login"]["token"]
        api = await gql.ok('mutation { createApiToken(name: "script") { token errors { code } } }', token=logged_in)
        api_token = api["createApiToken"]["token"]
        await gql.ok("query Me { me { id } }", token=api_token)
        await gql.ok(
            "mutation($i: ChangePasswordInput!) { changePassword(input: $i) { errors { code } } }",
            {"i": {"oldPassword": PASSWORD, "newPassword": NEW_PASSWORD}},
            token=api_token,
        )
        await gql("query Me { me { id } }", token="ar_" + "bogus" * 8)  # a bad token is logged as refused, not shown
        async with AsyncClient(transport=ASGITransport(app=app, client=("127.0.0.1", 9)), base_url="http://t") as c:
            assert (await c.get("/metrics", headers={"authorization": f"Bearer {METRICS_TOKEN}"})).status_code == 200
        await app.state.activity.drain()
    finally:
        root.removeHandler(handler)
        for name, level in levels.items():
            logging.getLogger(name).setLevel(level)
    text = stream.getvalue()
    secrets = {
        "passkey": passkey,
        "password": PASSWORD,
        "new password": NEW_PASSWORD,
        "wrong password": WRONG_PASSWORD,
        "session token": session,
        "login token": logged_in,
        "api token": api_token,
        "staff token": staff_token,
        "metrics token": METRICS_TOKEN,
        "secret key": settings.secret_key.get_secret_value(),
    }
    leaked = [name for name, value in secrets.items() if value and value in text]
    assert not leaked, f"logged in clear: {leaked}"
    lines = [json.loads(line) for line in text.splitlines() if line.startswith("{")]
    requests = [line for line in lines if line["logger"] == "server.requests"]
    me = [line for line in requests if line.get("operation_name") == "Me" and line.get("user_id")]
    assert me and me[0]["status"] == 200 and me[0]["operation_type"] == "query" and me[0]["tenant_id"]
    assert len(me[0]["request_id"]) == 32 and me[0]["duration_ms"] >= 0
    # The request with a bad token was answered and logged without a user.
    anonymous = [line for line in requests if line.get("operation_name") == "Me" and not line.get("user_id")]
    assert len(anonymous) == 1
    assert len(lines) > len(requests)  # SQL and other records went through the same check
