"""The runbook commands, run as an operator runs them: as processes."""

import os
import re
import subprocess
import sys

from server.audit.models import AuditEvent
from server.auth.models import ApiToken, User
from server.invitations.models import InvitePasskey
from tests.factories import create_staff, create_user, token_for

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def cli(settings, *args: str, extra_env: dict | None = None) -> subprocess.CompletedProcess:
    env = {
        **os.environ,
        "DATABASE_URL": settings.database_url,
        "REDIS_URL": settings.redis_url,
        "DATA_DIR": str(settings.data_dir),
        **(extra_env or {}),
    }
    return subprocess.run(
        [sys.executable, "-m", "server.cli", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        stdin=subprocess.DEVNULL,
    )


async def test_bootstrap_creates_admin_once_with_a_generated_password(settings, app, gql):
    first = cli(settings, "bootstrap")
    assert first.returncode == 0, first.stderr
    password = re.search(r"admin password \(shown once, store it now\): (\S+)", first.stdout).group(1)
    assert len(password) >= 16
    second = cli(settings, "bootstrap")
    assert "admin user 'admin': exists" in second.stdout and "password" not in second.stdout
    admin = await User.get(username="admin")
    assert admin.is_staff and admin.is_superuser and password not in admin.password_hash
    login = 'mutation($p: String!) { login(input: {username: "admin", password: $p}) { token errors { code } } }'
    assert (await gql.ok(login, {"p": password}))["login"]["errors"] == []


async def test_create_passkey_prints_it_once_and_it_signs_up(settings, app, gql):
    await create_staff(username="admin")
    result = cli(settings, "create-passkey", "--days", "3", "--notes", "for Linus")
    assert result.returncode == 0, result.stderr
    raw = re.search(r"passkey: (ark_\S+)", result.stdout).group(1)
    passkey = await InvitePasskey.get(notes="for Linus")
    assert passkey.prefix == raw[:10] and raw not in passkey.key_hash
    signup = 'mutation($k: String!) { signup(input: {passkey: $k, username: "linus", email: "l@example.com", password: "kernel-hacker-1991"}) { errors { code } } }'
    assert (await gql.ok(signup, {"k": raw}))["signup"]["errors"] == []


async def test_create_passkey_refuses_bad_days_with_exit_2(settings, app):
    await create_staff(username="admin")
    result = cli(settings, "create-passkey", "--days", "400")
    assert result.returncode == 2 and "expiresDays" in result.stderr
    assert await InvitePasskey.all().count() == 0


async def test_reset_password_generates_one_and_revokes_sessions(settings, app, gql):
    await create_staff(username="admin")
    ada = await create_user(username="ada")
    token = await token_for(ada)
    result = cli(settings, "reset-password", "ada")
    assert result.returncode == 0, result.stderr
    new_password = re.search(r"new password: (\S+)", result.stdout).group(1)
    assert (await gql.ok("{ me { username } }", token=token))["me"] is None
    login = 'mutation($p: String!) { login(input: {username: "ada", password: $p}) { errors { code } } }'
    assert (await gql.ok(login, {"p": new_password}))["login"]["errors"] == []
    assert cli(settings, "reset-password", "nobody").returncode == 1


async def test_revoke_tokens_for_one_user_or_all(settings, app):
    ada, bob = await create_user(username="ada"), await create_user(username="bob")
    await token_for(ada), await token_for(ada), await token_for(bob)
    one = cli(settings, "revoke-tokens", "ada")
    assert one.returncode == 0 and "revoked 2 token(s)" in one.stdout
    assert await ApiToken.filter(user=bob, revoked_at=None).count() == 1
    everyone = cli(settings, "revoke-tokens", "--all")
    assert "revoked 1 token(s)" in everyone.stdout
    assert await ApiToken.filter(revoked_at=None).count() == 0
    assert await AuditEvent.filter(event_type__startswith="admin.tokens_revoked").count() == 2
    assert cli(settings, "revoke-tokens").returncode == 2


async def test_expected_failures_are_one_line_and_exit_1(settings, engine_urls):
    from tests import engines

    unmigrated = await engines.create_database(engine_urls[0], prefix="ar_unmigrated")
    try:
        cases = {
            "not migrated": ({"DATABASE_URL": unmigrated}, "the database is not migrated"),
            "unreachable": ({"DATABASE_URL": "postgres://postgres@127.0.0.1:1/postgres"}, "cannot reach"),
            "wrong URL": ({"DATABASE_URL": "mysqlx://nowhere/x"}, "check DATABASE_URL"),
        }
        for name, (env, expected) in cases.items():
            result = cli(settings, "revoke-tokens", "--all", extra_env=env)
            lines = result.stderr.strip().splitlines()
            assert result.returncode == 1 and len(lines) == 1, (name, result.stderr)
            assert lines[0].startswith("error: ") and expected in lines[0], (name, lines)
    finally:
        await engines.drop_database(engine_urls[0], unmigrated)
