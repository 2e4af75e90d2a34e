"""Secret-key rotation: what the old key signed keeps working during the grace period, and only then."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from urllib.parse import parse_qs, urlsplit
from uuid import uuid4

from pydantic import SecretStr

from server.audit.models import AuditEvent
from server.evidence.service import download_path
from server.mail.models import OutgoingMail
from server.system import signing
from server.system.engines import PREVIOUS_KEY_FILE, _local_keys, local_secret_key, rotate_local_secret_key
from tests.factories import DEFAULT_PASSWORD, create_user
from tests.mail.smtp import body_of, deliver_to_outbox, link_in

OLD, NEW = "the-old-secret-key-0123456789abcdef-0123", "the-new-secret-key-0123456789abcdef-4567"
RESET = """mutation($token: String!, $password: String!) {
  resetPassword(token: $token, newPassword: $password) { errors { code } }
}"""


def _keys(settings, current: str, previous: str | None):
    return settings.model_copy(
        update={"secret_key": SecretStr(current), "secret_key_previous": SecretStr(previous) if previous else None}
    )


def test_a_download_link_signed_with_the_old_key_verifies_only_while_it_is_the_previous_key(settings):
    evidence_id = uuid4()
    query = parse_qs(urlsplit(download_path(_keys(settings, OLD, None), evidence_id)).query)
    message, signature = f"{evidence_id}:{query['expires'][0]}", query["signature"][0]
    assert signing.verify(_keys(settings, NEW, OLD), signing.EVIDENCE_DOWNLOAD, message, signature)
    assert not signing.verify(_keys(settings, NEW, None), signing.EVIDENCE_DOWNLOAD, message, signature)
    # A signature is bound to its purpose: the same key signing something else does not pass.
    assert not signing.verify(_keys(settings, OLD, None), signing.PASSWORD_RESET, message, signature)
    new_signature = signing.sign(_keys(settings, NEW, OLD), signing.EVIDENCE_DOWNLOAD, message)
    assert new_signature != signature  # new links are signed with the new key


async def test_rotation_keeps_existing_session_cookies_valid(app, client, settings):
    await create_user(username="carol")
    app.state.settings = _keys(settings, OLD, None)
    login = await client.post(
        "/graphql",
        json={
            "query": 'mutation($p: String!) { login(input: {username: "carol", password: $p}) { token } }',
            "variables": {"p": DEFAULT_PASSWORD},
        },
    )
    cookie = login.cookies[settings.session_cookie_name]
    for rotated in (_keys(settings, NEW, OLD), _keys(settings, NEW, None)):  # during the grace period and after it
        app.state.settings = rotated
        client.cookies.clear()
        me = await client.post(
            "/graphql", json={"query": "{ me { username } }"}, cookies={settings.session_cookie_name: cookie}
        )
        assert me.json() == {"data": {"me": {"username": "carol"}}}


async def test_a_reset_link_queued_before_a_rotation_is_sent_working_during_the_grace_period(
    app, gql, settings, tmp_path
):
    user = await create_user()
    app.state.settings = _keys(settings, OLD, None)
    await gql.ok("mutation($e: String!) { requestPasswordReset(email: $e) { ok } }", {"e": user.email})
    app.state.settings = _keys(settings, NEW, OLD)
    [message] = await deliver_to_outbox(app.state.settings, tmp_path / "outbox")
    token = link_in(body_of(message), "/reset-password")[1]
    body = await gql.ok(RESET, {"token": token, "password": "after-the-rotation-1234"})
    assert body["resetPassword"]["errors"] == []


async def test_a_reset_link_queued_before_the_grace_period_ended_is_dropped_not_sent_broken(
    app, gql, settings, tmp_path
):
    user = await create_user()
    app.state.settings = _keys(settings, OLD, None)
    await gql.ok("mutation($e: String!) { requestPasswordReset(email: $e) { ok } }", {"e": user.email})
    assert await deliver_to_outbox(_keys(settings, NEW, None), tmp_path / "outbox") == []
    dropped = await OutgoingMail.get(to_address=user.email)
    assert dropped.status == "dropped" and "SECRET_KEY" in dropped.last_error


def test_the_embedded_key_file_rotates_and_the_old_key_is_accepted_until_the_grace_period_ends(settings, tmp_path):
    embedded = settings.model_copy(update={"secret_key": None, "data_dir": tmp_path, "secret_key_grace_hours": 2})
    first = local_secret_key(tmp_path)
    assert "secret_key_previous" not in _local_keys(embedded)
    rotate_local_secret_key(tmp_path)
    keys = _local_keys(embedded)
    assert keys["secret_key"].get_secret_value() != first and keys["secret_key_previous"].get_secret_value() == first
    for name in ("secret_key", PREVIOUS_KEY_FILE):
        assert (tmp_path / name).stat().st_mode & 0o777 == 0o600
    past = time.time() - 3 * 3600
    os.utime(tmp_path / PREVIOUS_KEY_FILE, (past, past))
    assert "secret_key_previous" not in _local_keys(embedded)


def _cli(tmp_path, *args, **env):
    environment = {k: v for k, v in os.environ.items() if k not in ("SECRET_KEY", "SECRET_KEY_PREVIOUS")}
    return subprocess.run(
        [sys.executable, "-m", "server.cli", *args],
        env={**environment, "DATA_DIR": str(tmp_path), **env},
        capture_output=True,
        text=True,
        timeout=60,
    )


async def test_the_rotate_secret_key_command_rotates_the_embedded_key_and_is_audited(app, settings, tmp_path):
    first = local_secret_key(tmp_path)
    done = _cli(tmp_path, "rotate-secret-key", DATABASE_URL=settings.database_url)
    assert done.returncode == 0, done.stderr
    assert "accepted for 24 h" in done.stdout and "restart" in done.stderr and "not audited" not in done.stderr
    assert (tmp_path / PREVIOUS_KEY_FILE).read_text() == first and local_secret_key(tmp_path) != first
    event = await AuditEvent.get(event_type="system.secret_key_rotated")
    assert event.actor_username == "cli" and event.after == {"grace_hours": 24}
    assert first not in json.dumps([event.before, event.after, event.message])


def test_a_rotation_with_the_database_down_still_rotates_and_says_it_is_not_audited(tmp_path):
    first = local_secret_key(tmp_path)
    done = _cli(tmp_path, "rotate-secret-key", DATABASE_URL="postgres://nobody@127.0.0.1:9/none")
    assert done.returncode == 0, done.stderr
    assert "not audited" in done.stderr and local_secret_key(tmp_path) != first


def test_the_rotate_secret_key_command_refuses_a_key_set_in_the_environment(tmp_path, monkeypatch):
    from typer.testing import CliRunner

    from server.cli.application import app as cli
    from server.settings import get_settings

    monkeypatch.setenv("SECRET_KEY", NEW)
    monkeypatch.setenv("DATA_DIR", str(tmp_path))
    get_settings.cache_clear()
    try:
        refused = CliRunner().invoke(cli, ["rotate-secret-key"])
    finally:
        get_settings.cache_clear()
    assert refused.exit_code == 2 and "SECRET_KEY_PREVIOUS" in refused.output
    assert not (tmp_path / "secret_key").exists()
