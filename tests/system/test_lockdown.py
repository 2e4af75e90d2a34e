"""Lockdown: every login and token is refused but the named superuser's, in every process at once; audited."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from server.audit.models import AuditEvent
from server.auth.models import ApiToken
from server.auth.revocation import live_identities
from server.auth.scope import RequestMeta
from server.auth.service import REVOCATION_CHANNEL
from server.errors import ServiceError
from server.system.lockdown import set_lockdown
from server.system.models import Lockdown
from tests.factories import DEFAULT_PASSWORD, create_passkey, create_user, token_for

STATUS = "{ systemStatus { lockdown message } }"
ME = "{ me { username } }"
LOGIN = """mutation($u: String!, $p: String!) { login(input: {username: $u, password: $p}) { token errors { code message } } }"""
CLI = RequestMeta(user_agent="cli")


async def _lock(allow: str, message: str = "Incident in progress") -> None:
    await set_lockdown(True, message=message, allow_username=allow, actor_username="cli", meta=CLI)


async def test_lockdown_refuses_a_normal_login_and_an_existing_token_but_not_the_allowed_superuser(app, gql):
    admin = await create_user(username="root", is_staff=True, is_superuser=True)
    other_superuser = await create_user(is_staff=True, is_superuser=True)
    user = await create_user()
    user_token, admin_token, other_token = (
        await token_for(user),
        await token_for(admin),
        await token_for(other_superuser),
    )
    assert (await gql.ok(STATUS))["systemStatus"] == {"lockdown": False, "message": None}

    await _lock("root")
    assert (await gql.ok(STATUS))["systemStatus"] == {"lockdown": True, "message": "Incident in progress"}
    refused = await gql.ok(LOGIN, {"u": user.username, "p": DEFAULT_PASSWORD})
    assert refused["login"] == {"token": None, "errors": [{"code": "LOCKDOWN", "message": "Incident in progress"}]}
    assert (await gql.ok(ME, token=user_token))["me"] is None
    assert (await gql.ok(ME, token=other_token))["me"] is None  # superusers other than the named one too
    assert (await gql.ok(STATUS, token=user_token))["systemStatus"]["lockdown"] is True  # the notice still shows
    assert (await gql.ok(ME, token=admin_token))["me"] == {"username": "root"}
    allowed = await gql.ok(LOGIN, {"u": "root", "p": DEFAULT_PASSWORD})
    assert allowed["login"]["errors"] == [] and allowed["login"]["token"]
    assert await AuditEvent.filter(event_type="auth.login_refused", message="lockdown").count() == 1

    await set_lockdown(False, message="", allow_username="", actor_username="cli", meta=CLI)
    assert (await gql.ok(ME, token=user_token))["me"] == {"username": user.username}
    assert (await gql.ok(LOGIN, {"u": user.username, "p": DEFAULT_PASSWORD}))["login"]["errors"] == []
    events = await AuditEvent.filter(event_type__startswith="system.lockdown").order_by("created_at")
    assert [e.event_type for e in events] == ["system.lockdown_on", "system.lockdown_off"]
    assert events[0].after == {"active": True, "message": "Incident in progress", "allow": "root"}


async def test_many_requests_with_a_locked_out_token_are_not_counted_as_bad_tokens(app, gql, settings):
    await create_user(username="root", is_superuser=True, is_staff=True)
    token = await token_for(await create_user())
    await _lock("root")
    for _ in range(settings.rate_limit_bad_token_per_ip + 2):
        response = await gql.raw(STATUS, token=token)
        assert response.status_code == 200


async def test_lockdown_refuses_signup(app, gql):
    await create_user(username="root", is_superuser=True, is_staff=True)
    raw, _ = await create_passkey()
    await _lock("root")
    body = await gql.ok(
        "mutation($i: SignupInput!) { signup(input: $i) { token errors { code } } }",
        {"i": {"passkey": raw, "username": "newbie", "email": "newbie@example.com", "password": "long-enough-pass-8"}},
    )
    assert body["signup"] == {"token": None, "errors": [{"code": "LOCKDOWN"}]}


async def test_open_websockets_of_locked_out_users_fail_their_recheck(app):
    admin = await create_user(username="root", is_superuser=True, is_staff=True)
    user = await create_user()
    await token_for(admin)
    await token_for(user)
    ids = {t.id: t.user_id for t in await ApiToken.all()}
    assert set((await live_identities(set(ids))).keys()) == set(ids)
    await _lock("root")
    assert {i.user_id for i in (await live_identities(set(ids))).values()} == {admin.id}


async def test_a_lockdown_must_let_in_an_active_superuser_and_keep_its_message_short(app):
    await create_user(username="staffer", is_staff=True)
    await create_user(username="former", is_superuser=True, is_staff=True, is_active=False)
    await create_user(username="root", is_superuser=True, is_staff=True)
    for name in ("staffer", "former", "nobody"):
        try:
            await _lock(name)
            raise AssertionError("a lockdown without a usable superuser was accepted")
        except ServiceError as exc:
            assert exc.code == "LOCKDOWN_ALLOW_INVALID"
    try:
        await _lock("root", message="x" * 501)
        raise AssertionError("an overlong message was accepted")
    except ServiceError as exc:
        assert exc.code == "LOCKDOWN_MESSAGE_TOO_LONG"
    assert await Lockdown.all().count() == 0 and await AuditEvent.all().count() == 0


def _cli(settings, tmp_path, *args):
    env = {
        **os.environ,
        "DATABASE_URL": settings.database_url,
        "REDIS_URL": settings.redis_url,
        "DATA_DIR": str(tmp_path),
        "ADMIN_USERNAME": "root",
    }
    return subprocess.run(
        [sys.executable, "-m", "server.cli", *args], env=env, capture_output=True, text=True, timeout=60
    )


async def test_the_lockdown_command_switches_it_for_every_process_and_announces_it(app, gql, settings, tmp_path):
    await create_user(username="root", is_superuser=True, is_staff=True)
    token = await token_for(await create_user())
    pubsub = app.state.redis.pubsub(ignore_subscribe_messages=True)
    await pubsub.subscribe(REVOCATION_CHANNEL)
    try:
        on = _cli(settings, tmp_path, "lockdown", "on", "--message", "Back at 18:00 UTC")
        assert on.returncode == 0, on.stderr
        assert "only root may log in" in on.stdout
        announced = []
        for _ in range(20):  # the first read may be the subscription's own confirmation
            if message := await pubsub.get_message(timeout=0.1):
                announced.append(json.loads(message["data"]))
    finally:
        await pubsub.aclose()
    assert {"user_id": None, "token_id": None, "all": True} in announced  # open sockets re-check at once
    assert (await gql.ok(STATUS))["systemStatus"] == {"lockdown": True, "message": "Back at 18:00 UTC"}
    assert (await gql.ok(ME, token=token))["me"] is None
    off = _cli(settings, tmp_path, "lockdown", "off")
    assert off.returncode == 0, off.stderr
    assert (await gql.ok(ME, token=token))["me"] is not None
    assert await AuditEvent.filter(event_type__startswith="system.lockdown", actor_username="cli").count() == 2
