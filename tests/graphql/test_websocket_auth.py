"""The WebSocket model: one identity per socket, authorised per operation, closed 4401 when revoked.

Runs against a real uvicorn (`live_server`, another process) so revocations travel through Redis
pub/sub; the streaming test runs its own uvicorn in this process with a test-only subscription.
"""

from __future__ import annotations

import asyncio
import itertools
import json
import time
from collections.abc import AsyncGenerator
from datetime import UTC, datetime

import httpx
import pytest
import strawberry
import uvicorn
import websockets
from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.routing import WebSocketRoute
from strawberry.types import Info

from bench.harness import free_port
from server.audit.models import AuditEvent
from server.auth.middleware import AuthMiddleware
from server.auth.models import ApiToken, User
from server.billing.models import LedgerEntry
from server.graphql.permissions import unauthenticated
from server.graphql.schema import Mutation, Query
from server.graphql.view import build_graphql_view
from server.tenants.models import Profile, Tenant
from server.worklogs.models import Worklog
from tests.factories import DEFAULT_PASSWORD, create_reserve, create_staff, create_user, token_for
from tests.system.test_cli import cli

ME = "{ me { username } }"
CREATE_WORKLOG = (
    'mutation { createWorklog(input: {date: "2024-05-01", content: "written over the socket"}) { errors { code } } }'
)
_ids = itertools.count(1)


def ws_url(base: str) -> str:
    return base.replace("http://", "ws://") + "/graphql"


async def connect(
    base: str, *, token: str | None = None, cookie: str | None = None, payload: dict | None = None, ack: bool = True
):
    headers = {}
    if token:
        headers["Authorization"] = f"Bearer {token}"
    if cookie:
        headers["Cookie"] = f"ar_session={cookie}"
    ws = await websockets.connect(
        ws_url(base), subprotocols=["graphql-transport-ws"], origin=base, additional_headers=headers
    )
    await ws.send(json.dumps({"type": "connection_init", "payload": payload or {}}))
    if ack:
        assert json.loads(await asyncio.wait_for(ws.recv(), 5)) == {"type": "connection_ack"}
    return ws


async def run(ws, query: str, variables: dict | None = None) -> dict:
    """One operation over the socket: its `next` payload, or {"error": [...]} for an operation error."""
    op_id = str(next(_ids))
    await ws.send(
        json.dumps({"id": op_id, "type": "subscribe", "payload": {"query": query, "variables": variables or {}}})
    )
    while True:
        message = json.loads(await asyncio.wait_for(ws.recv(), 5))
        if message.get("id") != op_id:
            continue
        if message["type"] == "next":
            return message["payload"]
        if message["type"] == "error":
            return {"error": message["payload"]}


async def closed_within(ws, seconds: float) -> int | None:
    """The close code the server sent, waiting at most `seconds`; None if the socket is still open."""
    try:
        await asyncio.wait_for(ws.wait_closed(), seconds)
    except TimeoutError:
        return None
    return ws.close_code


async def http(base: str, query: str, variables: dict | None = None, *, token: str | None = None) -> dict:
    headers = {"authorization": f"Bearer {token}"} if token else {}
    async with httpx.AsyncClient() as c:
        response = await c.post(base + "/graphql", json={"query": query, "variables": variables or {}}, headers=headers)
    assert response.status_code == 200, response.text
    return response.json()


# --- authentication -------------------------------------------------------------------------------------


@pytest.mark.parametrize("how", ["header", "cookie", "init-authorization", "init-token"])
async def test_a_socket_authenticates_by_header_cookie_or_connection_init(app, live_server, how):
    token = await token_for(await create_user(username="ada"))
    kwargs = {
        "header": {"token": token},
        "cookie": {"cookie": token},
        "init-authorization": {"payload": {"authorization": f"Bearer {token}"}},
        "init-token": {"payload": {"token": token}},
    }[how]
    async with await connect(live_server, **kwargs) as ws:
        assert await run(ws, ME) == {"data": {"me": {"username": "ada"}}}


async def test_a_socket_without_credentials_is_anonymous(app, live_server):
    async with await connect(live_server) as ws:
        assert await run(ws, ME) == {"data": {"me": None}}
        body = await run(ws, CREATE_WORKLOG)
        assert body["data"] is None and body["errors"][0]["extensions"]["code"] == "UNAUTHENTICATED"


async def test_an_invalid_token_in_connection_init_closes_the_socket_4401(app, live_server):
    ws = await connect(live_server, payload={"token": "art_not-a-real-token"}, ack=False)
    assert await closed_within(ws, 2) == 4401


async def test_the_legacy_graphql_ws_protocol_is_refused(app, live_server):
    ws = await websockets.connect(ws_url(live_server), subprotocols=["graphql-ws"], origin=live_server)
    assert await closed_within(ws, 2) == 4406


# --- every operation is authorised against the token's current state ------------------------------------


async def test_the_reported_attack_disable_then_mutate_on_the_open_socket(app, live_server):
    """Open a socket, disable its user over HTTP, then send a mutation on it: refused, socket closed 4401."""
    ada = await create_user(username="ada")
    staff_token = await token_for(await create_staff(username="ops"))
    ws = await connect(live_server, token=await token_for(ada))
    assert (await run(ws, CREATE_WORKLOG))["data"]["createWorklog"]["errors"] == []
    disable = "mutation($u: ID!) { setUserActive(userId: $u, isActive: false) { errors { code } } }"
    assert (await http(live_server, disable, {"u": str(ada.id)}, token=staff_token))["data"]["setUserActive"][
        "errors"
    ] == []
    assert await closed_within(ws, 1.0) == 4401
    with pytest.raises(websockets.exceptions.ConnectionClosed):
        await run(ws, CREATE_WORKLOG)
    assert await Worklog.filter(user_id=ada.id).count() == 1


@pytest.mark.parametrize("change", ["token revoked", "user disabled"])
async def test_each_operation_rechecks_the_token_even_without_an_announcement(app, live_server, change):
    """The database alone decides: a change no process announced still refuses the next operation."""
    ada = await create_user(username="ada")
    token = await token_for(ada)
    ws = await connect(live_server, token=token)
    if change == "token revoked":
        await ApiToken.filter(user_id=ada.id).update(revoked_at=datetime.now(UTC))
    else:
        await User.filter(id=ada.id).update(is_active=False)
    body = await run(ws, CREATE_WORKLOG)
    assert body == {"error": [{"message": "You must be logged in.", "extensions": {"code": "UNAUTHENTICATED"}}]}
    assert await closed_within(ws, 1.0) == 4401
    assert await Worklog.filter(user_id=ada.id).count() == 0


async def test_a_disabled_staff_member_cannot_adjust_a_reserve_on_an_open_socket(app, live_server):
    ops = await create_staff(username="ops")
    user = await create_user()
    tenant = await Tenant.get(id=(await Profile.get(user_id=user.id)).tenant_id)
    await create_reserve(tenant)
    ws = await connect(live_server, token=await token_for(ops))
    await User.filter(id=ops.id).update(is_active=False)  # as a disable would, minus the announcement
    adjust = 'mutation($t: ID!) { adjustReserve(input: {tenantId: $t, amountCents: 100000, reason: "gift"}) { errors { code } } }'
    body = await run(ws, adjust, {"t": str(tenant.id)})
    assert body["error"][0]["extensions"]["code"] == "UNAUTHENTICATED"
    assert await closed_within(ws, 1.0) == 4401
    assert not await LedgerEntry.filter(reason="gift").exists()


# --- revocations close the affected sockets within a second --------------------------------------------


async def test_logout_closes_the_sessions_sockets(app, live_server):
    token = await token_for(await create_user(username="ada"))
    ws = await connect(live_server, token=token)
    other = await connect(live_server, token=await token_for(await User.get(username="ada")))
    assert (await http(live_server, "mutation { logout { ok } }", token=token))["data"]["logout"] == {"ok": True}
    assert await closed_within(ws, 1.0) == 4401
    assert await closed_within(other, 0.2) is None  # another session of the same user stays
    await other.close()


async def test_revoke_all_tokens_closes_every_socket_but_the_callers(app, live_server):
    admin_token = await token_for(await create_staff(username="admin", is_superuser=True))
    mine = await connect(live_server, token=admin_token)
    theirs = [await connect(live_server, token=await token_for(await create_user())) for _ in range(3)]
    assert (await run(mine, "mutation { revokeAllTokens { revoked } }"))["data"]["revokeAllTokens"] == {"revoked": 3}
    for ws in theirs:
        assert await closed_within(ws, 1.0) == 4401
    assert await run(mine, ME) == {"data": {"me": {"username": "admin"}}}
    await mine.close()


async def test_a_password_change_closes_the_other_sessions_sockets(app, live_server):
    ada = await create_user(username="ada")
    this, that = await token_for(ada), await token_for(ada)
    ws_this, ws_that = await connect(live_server, token=this), await connect(live_server, token=that)
    change = 'mutation($o: String!) { changePassword(input: {oldPassword: $o, newPassword: "a-new-long-secret-42"}) { errors { code } } }'
    assert (await http(live_server, change, {"o": DEFAULT_PASSWORD}, token=this))["data"]["changePassword"][
        "errors"
    ] == []
    assert await closed_within(ws_that, 1.0) == 4401
    assert await run(ws_this, ME) == {"data": {"me": {"username": "ada"}}}
    await ws_this.close()


async def test_a_staff_password_reset_closes_the_users_sockets(app, live_server, gql):
    ada = await create_user(username="ada")
    ws = await connect(live_server, token=await token_for(ada))
    reset = (
        'mutation($u: ID!) { resetUserPassword(userId: $u, newPassword: "reset-by-support-77") { errors { code } } }'
    )
    await gql.ok(reset, {"u": str(ada.id)}, token=await token_for(await create_staff()))  # another process announces
    assert await closed_within(ws, 1.0) == 4401


async def test_losing_staff_access_closes_the_socket(app, live_server, gql):
    ops = await create_staff(username="ops")
    ws = await connect(live_server, token=await token_for(ops))
    demote = "mutation($u: ID!) { updateUser(userId: $u, input: {isStaff: false}) { errors { code } } }"
    admin_token = await token_for(await create_staff(username="admin", is_superuser=True))
    assert (await gql.ok(demote, {"u": str(ops.id)}, token=admin_token))["updateUser"]["errors"] == []
    assert await closed_within(ws, 1.0) == 4401


async def test_the_revoke_tokens_command_closes_the_users_sockets(app, live_server, settings):
    await create_user(username="ada")
    ws = await connect(live_server, token=await token_for(await User.get(username="ada")))
    result = await asyncio.to_thread(cli, settings, "revoke-tokens", "ada")
    assert result.returncode == 0, result.stderr
    assert await closed_within(ws, 1.0) == 4401


# --- queries and mutations over the socket obey the HTTP rules ------------------------------------------


async def test_a_login_over_the_socket_answers_a_token(app, live_server):
    await create_user(username="ada")
    async with await connect(live_server) as ws:
        body = await run(
            ws,
            'mutation($p: String!) { login(input: {username: "ada", password: $p}) { token errors { code } } }',
            {"p": DEFAULT_PASSWORD},
        )
    assert body["data"]["login"]["errors"] == [] and body["data"]["login"]["token"].startswith("art_")


@pytest.fixture
def low_login_limit(app, settings):
    app.state.settings = settings.model_copy(update={"rate_limit_login_per_username": 2})


async def test_logins_over_the_socket_are_rate_limited(low_login_limit, streaming_server):
    login = 'mutation { login(input: {username: "ada", password: "wrong-password-1"}) { errors { code } } }'
    async with await connect(streaming_server) as ws:
        codes = [(await run(ws, login))["data"]["login"]["errors"][0]["code"] for _ in range(3)]
    assert codes == ["INVALID_CREDENTIALS", "INVALID_CREDENTIALS", "RATE_LIMITED"]


async def test_mutations_over_the_socket_are_audited_with_the_sockets_address(app, live_server):
    ada = await create_user(username="ada")
    ws = await connect(live_server, token=await token_for(ada))
    assert (await run(ws, "mutation { logout { ok } }"))["data"]["logout"] == {"ok": True}
    event = await AuditEvent.get(event_type="auth.logout")
    assert event.ip == "127.0.0.1" and event.actor_id == ada.id
    assert await closed_within(ws, 1.0) == 4401  # the socket's own session ended


async def test_query_limits_apply_over_the_socket(app, live_server, settings):
    aliases = "{ " + " ".join(f"a{i}: me {{ username }}" for i in range(settings.graphql_max_aliases + 1)) + " }"
    async with await connect(live_server) as ws:
        body = await run(ws, aliases)
    assert "aliases" in body["error"][0]["message"]


# --- a streaming subscription stops too ------------------------------------------------------------------


@strawberry.type
class Ticks:
    @strawberry.subscription
    async def ticks(self, info: Info) -> AsyncGenerator[int, None]:
        if info.context.auth is None:
            raise unauthenticated()
        for n in itertools.count():
            yield n
            await asyncio.sleep(0.05)


@pytest.fixture
async def streaming_server(app, settings):
    """This process's app pieces (registry included) behind a uvicorn, with a schema that can stream."""
    schema = strawberry.Schema(query=Query, mutation=Mutation, subscription=Ticks)
    inner = Starlette(
        routes=[WebSocketRoute("/graphql", build_graphql_view(settings, schema=schema))],
        middleware=[Middleware(AuthMiddleware)],
    )
    for name in ("settings", "redis", "limiter", "sockets", "events"):
        setattr(inner.state, name, getattr(app.state, name))
    port = free_port()
    server = uvicorn.Server(uvicorn.Config(inner, host="127.0.0.1", port=port, lifespan="off", log_level="warning"))
    task = asyncio.create_task(server.serve())
    while not server.started:
        await asyncio.sleep(0.02)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    await task


async def test_a_streaming_subscription_stops_within_a_second_of_the_revocation(app, streaming_server, gql):
    ada = await create_user(username="ada")
    ws = await connect(streaming_server, token=await token_for(ada))
    await ws.send(json.dumps({"id": "s", "type": "subscribe", "payload": {"query": "subscription { ticks }"}}))
    for expected in range(3):
        assert json.loads(await ws.recv()) == {"id": "s", "type": "next", "payload": {"data": {"ticks": expected}}}
    disable = "mutation($u: ID!) { setUserActive(userId: $u, isActive: false) { errors { code } } }"
    await gql.ok(disable, {"u": str(ada.id)}, token=await token_for(await create_staff()))
    started = time.monotonic()
    with pytest.raises(websockets.exceptions.ConnectionClosed) as closed:
        while True:
            await asyncio.wait_for(ws.recv(), 1.0)
    assert closed.value.rcvd.code == 4401
    assert time.monotonic() - started < 1.0
    assert len(app.state.sockets) == 0
