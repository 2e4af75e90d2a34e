"""The viewer's own credentials: sessions (`me.sessions`, revokeSession, revokeOtherSessions) and personal
API tokens (`me.apiTokens`, createApiToken, revokeApiToken)."""

from __future__ import annotations

import asyncio
import uuid
from datetime import timedelta

from server.audit.models import AuditEvent
from server.auth.models import ApiToken
from server.auth.service import issue_token
from server.auth.tokens import MAX_API_TOKENS
from tests.factories import DEFAULT_PASSWORD, create_staff, create_user, token_for
from tests.graphql.test_websocket_auth import closed_within, connect, http, run

ME = "{ me { username } }"
SESSIONS = "{ me { sessions { id createdAt lastUsedAt expiresAt userAgent ip current } } }"
TOKENS = "{ me { apiTokens { id name prefix createdAt lastUsedAt expiresAt } } }"
LOGIN = "mutation($u: String!, $p: String!) { login(input: {username: $u, password: $p}) { token errors { code } } }"
REVOKE_SESSION = "mutation($id: ID!) { revokeSession(id: $id) { session { id current } errors { field code } } }"
REVOKE_OTHERS = "mutation { revokeOtherSessions { revokedCount errors { code } } }"
CREATE = """mutation($name: String!, $days: Int) {
  createApiToken(name: $name, expiresDays: $days) { token apiToken { id name prefix expiresAt } errors { field code } }
}"""
REVOKE_TOKEN = "mutation($id: ID!) { revokeApiToken(id: $id) { apiToken { id } errors { field code } } }"


async def session_for(user, **meta) -> str:
    from server.auth.scope import RequestMeta

    raw, _ = await issue_token(user, kind="session", ttl=timedelta(hours=1), meta=RequestMeta(**meta))
    return raw


async def login(gql, username: str, agent: str) -> str:
    response = await gql.client.post(
        "/graphql",
        json={"query": LOGIN, "variables": {"u": username, "p": DEFAULT_PASSWORD}},
        headers={"user-agent": agent},
    )
    return response.json()["data"]["login"]["token"]


# --- sessions ------------------------------------------------------------------------------------------


async def test_sessions_list_the_callers_browsers_with_agent_address_and_the_current_one_marked(gql):
    await create_user(username="ada")
    phone = await login(gql, "ada", "Phone Browser/1.0")
    desk = await login(gql, "ada", "Desk Browser/2.0")
    await token_for(await create_user(username="bob"))  # someone else's session is never listed
    sessions = (await gql.ok(SESSIONS, token=desk))["me"]["sessions"]
    assert sorted(s["userAgent"] for s in sessions) == ["Desk Browser/2.0", "Phone Browser/1.0"]
    assert {s["ip"] for s in sessions} == {"203.0.113.7"}
    assert [s["current"] for s in sessions if s["userAgent"] == "Desk Browser/2.0"] == [True]
    assert [s["current"] for s in sessions if s["userAgent"] == "Phone Browser/1.0"] == [False]
    assert all(s["expiresAt"] and s["createdAt"] for s in sessions)
    assert phone != desk


async def test_api_tokens_are_not_sessions_and_sessions_are_not_api_tokens(gql):
    ada = await create_user(username="ada")
    session = await session_for(ada)
    await token_for(ada)  # an API token
    assert len((await gql.ok(SESSIONS, token=session))["me"]["sessions"]) == 1
    assert [t["name"] for t in (await gql.ok(TOKENS, token=session))["me"]["apiTokens"]] == ["test"]


async def test_revoking_a_session_signs_it_out_and_is_audited(gql):
    ada = await create_user(username="ada")
    mine, other = await session_for(ada), await session_for(ada)
    other_id = str((await ApiToken.get(prefix=other[:10])).id)
    data = await gql.ok(REVOKE_SESSION, {"id": other_id}, token=mine)
    assert data["revokeSession"] == {"session": {"id": other_id, "current": False}, "errors": []}
    assert (await gql.ok(ME, token=other))["me"] is None
    assert (await gql.ok(ME, token=mine))["me"] == {"username": "ada"}
    event = await AuditEvent.get(event_type="auth.session_revoked")
    assert event.target_id == other_id and event.actor_id == ada.id


async def test_nobody_revokes_or_sees_another_users_session(gql):
    ada, bob = await create_user(username="ada"), await create_user(username="bob")
    mine, theirs = await session_for(ada), await session_for(bob)
    their_id = str((await ApiToken.get(prefix=theirs[:10])).id)
    data = await gql.ok(REVOKE_SESSION, {"id": their_id}, token=mine)
    assert data["revokeSession"] == {"session": None, "errors": [{"field": "id", "code": "NOT_FOUND"}]}
    assert (await gql.ok(ME, token=theirs))["me"] == {"username": "bob"}
    assert await AuditEvent.filter(event_type="auth.session_revoked").count() == 0
    bad = await gql.ok(REVOKE_SESSION, {"id": "nope"}, token=mine)
    assert bad["revokeSession"]["errors"] == [{"field": "id", "code": "INVALID_ID"}]


async def test_an_api_token_is_not_revoked_as_a_session(gql):
    ada = await create_user(username="ada")
    session, api = await session_for(ada), await token_for(ada)
    api_id = str((await ApiToken.get(prefix=api[:10])).id)
    data = await gql.ok(REVOKE_SESSION, {"id": api_id}, token=session)
    assert data["revokeSession"]["errors"] == [{"field": "id", "code": "NOT_FOUND"}]
    assert (await gql.ok(ME, token=api))["me"] == {"username": "ada"}


async def test_staff_cannot_read_another_users_sessions_or_tokens_through_admin_users(gql):
    staff = await create_staff(username="root")
    await create_user(username="ada")
    body = await gql(
        '{ admin { users(search: "ada") { edges { node { username sessions { id } } } } } }',
        token=await session_for(staff),
    )
    assert [e["extensions"]["code"] for e in body["errors"]] == ["FORBIDDEN"]
    body = await gql(
        '{ admin { users(search: "ada") { edges { node { apiTokens { id } } } } } }', token=await session_for(staff)
    )
    assert [e["extensions"]["code"] for e in body["errors"]] == ["FORBIDDEN"]


async def test_sign_out_everywhere_else_keeps_this_session_and_the_api_tokens(gql):
    ada = await create_user(username="ada")
    mine = await session_for(ada)
    others = [await session_for(ada) for _ in range(3)]
    api = await token_for(ada)
    bob = await session_for(await create_user(username="bob"))
    data = await gql.ok(REVOKE_OTHERS, token=mine)
    assert data["revokeOtherSessions"] == {"revokedCount": 3, "errors": []}
    for raw in others:
        assert (await gql.ok(ME, token=raw))["me"] is None
    for raw, name in ((mine, "ada"), (api, "ada"), (bob, "bob")):
        assert (await gql.ok(ME, token=raw))["me"] == {"username": name}
    event = await AuditEvent.get(event_type="auth.other_sessions_revoked")
    assert event.after == {"sessions_revoked": 3}


async def test_revoking_sessions_closes_their_open_sockets(app, live_server):
    ada = await create_user(username="ada")
    mine, one, two = await session_for(ada), await session_for(ada), await session_for(ada)
    ws_mine, ws_one, ws_two = [await connect(live_server, token=t) for t in (mine, one, two)]
    one_id = str((await ApiToken.get(prefix=one[:10])).id)
    assert (await http(live_server, REVOKE_SESSION, {"id": one_id}, token=mine))["data"]["revokeSession"][
        "errors"
    ] == []
    assert await closed_within(ws_one, 1.0) == 4401
    assert await closed_within(ws_two, 0.2) is None
    assert (await http(live_server, REVOKE_OTHERS, token=mine))["data"]["revokeOtherSessions"]["revokedCount"] == 1
    assert await closed_within(ws_two, 1.0) == 4401
    assert await run(ws_mine, ME) == {"data": {"me": {"username": "ada"}}}
    await ws_mine.close()


# --- personal API tokens -------------------------------------------------------------------------------


async def test_an_api_token_is_shown_once_stored_hashed_works_for_scripts_and_is_audited(gql):
    ada = await create_user(username="ada")
    session = await session_for(ada)
    data = (await gql.ok(CREATE, {"name": "  nightly export  ", "days": 30}, token=session))["createApiToken"]
    assert data["errors"] == []
    raw = data["token"]
    assert (
        raw.startswith("art_")
        and data["apiToken"]["prefix"] == raw[:10]
        and data["apiToken"]["name"] == "nightly export"
    )
    stored = await ApiToken.get(id=data["apiToken"]["id"])
    assert stored.kind == "api" and stored.token_hash != raw and raw not in stored.token_hash
    assert timedelta(days=29, hours=23) < stored.expires_at - stored.created_at <= timedelta(days=30, seconds=5)
    assert (await gql.ok(ME, token=raw))["me"] == {"username": "ada"}
    listed = (await gql.ok(TOKENS, token=session))["me"]["apiTokens"]
    assert [(t["name"], t["prefix"]) for t in listed] == [("nightly export", raw[:10])]
    assert listed[0]["lastUsedAt"] is not None  # the script's call above
    assert raw not in str(listed)
    event = await AuditEvent.get(event_type="auth.api_token_created")
    assert event.after["name"] == "nightly export" and raw not in str(event.after)


async def test_revoking_an_api_token_refuses_it_at_once_and_closes_its_sockets(app, live_server):
    ada = await create_user(username="ada")
    session = await session_for(ada)
    created = (await http(live_server, CREATE, {"name": "ci"}, token=session))["data"]["createApiToken"]
    raw, token_id = created["token"], created["apiToken"]["id"]
    assert created["apiToken"]["expiresAt"] is None
    ws = await connect(live_server, token=raw)
    data = (await http(live_server, REVOKE_TOKEN, {"id": token_id}, token=session))["data"]["revokeApiToken"]
    assert data == {"apiToken": {"id": token_id}, "errors": []}
    assert await closed_within(ws, 1.0) == 4401
    assert (await http(live_server, ME, token=raw))["data"]["me"] is None
    assert await AuditEvent.filter(event_type="auth.api_token_revoked", target_id=token_id).count() == 1
    again = (await http(live_server, REVOKE_TOKEN, {"id": token_id}, token=session))["data"]["revokeApiToken"]
    assert again["errors"] == [{"field": "id", "code": "NOT_FOUND"}]


async def test_nobody_revokes_another_users_api_token(gql):
    ada, bob = await create_user(username="ada"), await create_user(username="bob")
    theirs = await token_for(bob)
    their_id = str((await ApiToken.get(prefix=theirs[:10])).id)
    data = await gql.ok(REVOKE_TOKEN, {"id": their_id}, token=await session_for(ada))
    assert data["revokeApiToken"]["errors"] == [{"field": "id", "code": "NOT_FOUND"}]
    assert (await gql.ok(ME, token=theirs))["me"] == {"username": "bob"}


async def test_token_names_and_expiry_are_checked(gql):
    session = await session_for(await create_user(username="ada"))
    for name, days, error in (
        ("", None, {"field": "name", "code": "INVALID_NAME"}),
        ("   ", None, {"field": "name", "code": "INVALID_NAME"}),
        ("x" * 101, None, {"field": "name", "code": "INVALID_NAME"}),
        ("ok", 0, {"field": "expiresDays", "code": "INVALID_EXPIRY"}),
        ("ok", 366, {"field": "expiresDays", "code": "INVALID_EXPIRY"}),
    ):
        data = (await gql.ok(CREATE, {"name": name, "days": days}, token=session))["createApiToken"]
        assert data == {"token": None, "apiToken": None, "errors": [error]}, (name, days)
    assert (await gql.ok(CREATE, {"name": "x" * 100}, token=session))["createApiToken"]["errors"] == []
    assert await ApiToken.filter(kind="api").count() == 1


async def test_at_most_twenty_live_tokens_even_when_asked_at_once(gql):
    ada = await create_user(username="ada")
    session = await session_for(ada)
    for _ in range(MAX_API_TOKENS - 2):
        await token_for(ada)
    results = await asyncio.gather(*(gql.ok(CREATE, {"name": f"t{i}"}, token=session) for i in range(4)))
    codes = sorted(e["code"] for r in results for e in r["createApiToken"]["errors"])
    assert codes == ["TOO_MANY_TOKENS", "TOO_MANY_TOKENS"]
    assert await ApiToken.filter(user_id=ada.id, kind="api", revoked_at=None).count() == MAX_API_TOKENS
    # A revoked token frees its place.
    first = await ApiToken.filter(user_id=ada.id, kind="api").first()
    await gql.ok(REVOKE_TOKEN, {"id": str(first.id)}, token=session)
    assert (await gql.ok(CREATE, {"name": "again"}, token=session))["createApiToken"]["errors"] == []


async def test_an_api_token_cannot_create_more_tokens(gql):
    api = await token_for(await create_user(username="ada"))
    data = (await gql.ok(CREATE, {"name": "successor"}, token=api))["createApiToken"]
    assert data == {"token": None, "apiToken": None, "errors": [{"field": None, "code": "SESSION_REQUIRED"}]}
    assert await ApiToken.filter(kind="api").count() == 1


async def test_credentials_need_a_caller(gql):
    for document, variables in (
        (REVOKE_SESSION, {"id": str(uuid.uuid4())}),
        (REVOKE_OTHERS, None),
        (CREATE, {"name": "x"}),
        (REVOKE_TOKEN, {"id": str(uuid.uuid4())}),
    ):
        body = await gql(document, variables)
        assert [e["extensions"]["code"] for e in body["errors"]] == ["UNAUTHENTICATED"]
