"""The emergency commands that existed before lockdown announce their revocations, so open sockets close."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from server.audit.models import AuditEvent
from server.auth.service import REVOCATION_CHANNEL
from tests.factories import create_user, token_for


def _cli(settings, tmp_path, *args):
    env = {
        **os.environ,
        "DATABASE_URL": settings.database_url,
        "REDIS_URL": settings.redis_url,
        "DATA_DIR": str(tmp_path),
    }
    return subprocess.run(
        [sys.executable, "-m", "server.cli", *args], env=env, capture_output=True, text=True, timeout=60
    )


async def _announcements(pubsub) -> list[dict]:
    found = []
    for _ in range(20):
        message = await pubsub.get_message(timeout=0.1)
        if message:
            found.append(json.loads(message["data"]))
    return found


async def test_reset_password_and_revoke_all_are_audited_and_announced(app, gql, settings, tmp_path):
    admin = await create_user(username="admin", is_staff=True, is_superuser=True)
    token = await token_for(await create_user())
    pubsub = app.state.redis.pubsub(ignore_subscribe_messages=True)
    await pubsub.subscribe(REVOCATION_CHANNEL)
    try:
        reset = _cli(settings, tmp_path, "reset-password", "admin")
        assert reset.returncode == 0, reset.stderr
        # Redis channels are shared by every database of the server: other announcements may pass by.
        assert str(admin.id) in [m["user_id"] for m in await _announcements(pubsub)]
        revoke = _cli(settings, tmp_path, "revoke-tokens", "--all")
        assert revoke.returncode == 0, revoke.stderr
        assert True in [m["all"] for m in await _announcements(pubsub)]
    finally:
        await pubsub.aclose()
    assert (await gql.ok("{ me { username } }", token=token))["me"] is None
    events = {e.event_type: e for e in await AuditEvent.filter(actor_username="cli")}
    assert events["admin.password_reset"].target_id == str(admin.id)
    assert events["admin.tokens_revoked_all"].after == {"revoked": 1}
