"""`afterresume admin …` run as processes against a live server: what an operator and a script see."""

import json
import stat
import uuid
from datetime import UTC, datetime, timedelta

from server.audit.models import AuditEvent
from server.auth.models import ApiToken, User
from server.billing.models import LedgerEntry, ReserveAccount
from server.invitations.models import InvitePasskey
from server.tenants.models import Profile
from tests.cli.admin_process import admin, admin_as_process, as_json
from tests.factories import DEFAULT_PASSWORD, create_reserve, create_staff, create_user, create_worklog, token_for


async def superuser_token() -> tuple[User, str]:
    boss = await create_staff(username="boss", is_superuser=True)
    return boss, await token_for(boss)


async def test_login_stores_a_0600_token_that_works_and_logout_revokes_it(app, live_server, tmp_path):
    await create_staff(username="ops")
    login = admin_as_process(
        live_server, "login", "--username", "ops", "--password-stdin", config=tmp_path, stdin=DEFAULT_PASSWORD + "\n"
    )
    assert login.returncode == 0, login.stderr
    stored = tmp_path / "afterresume" / "credentials.json"
    assert stat.S_IMODE(stored.stat().st_mode) == 0o600
    assert stat.S_IMODE(stored.parent.stat().st_mode) == 0o700
    token = json.loads(stored.read_text())["token"]
    # The password's session only minted the API token and was signed out again.
    live = await ApiToken.filter(user__username="ops", revoked_at=None)
    assert [t.kind for t in live] == ["api"]
    assert DEFAULT_PASSWORD not in stored.read_text()

    assert as_json(admin_as_process(live_server, "whoami", "--json", config=tmp_path))["username"] == "ops"
    out = admin_as_process(live_server, "logout", config=tmp_path)
    assert out.returncode == 0 and "token revoked" in out.stdout
    assert not stored.exists()
    assert await ApiToken.filter(user__username="ops", revoked_at=None).count() == 0
    # The same token sent by a script now gets the clear instruction.
    again = admin_as_process(live_server, "whoami", token=token)
    assert again.returncode == 1 and "afterresume admin login" in again.stderr


async def test_login_refuses_a_wrong_password_and_a_member(app, live_server, tmp_path):
    await create_user(username="member")
    await create_staff(username="ops")
    wrong = admin_as_process(live_server, "login", "-u", "ops", "--password-stdin", config=tmp_path, stdin="nope\n")
    assert wrong.returncode == 2 and "INVALID_CREDENTIALS" in wrong.stderr
    member = admin_as_process(
        live_server, "login", "-u", "member", "--password-stdin", config=tmp_path, stdin=DEFAULT_PASSWORD + "\n"
    )
    assert member.returncode == 1 and "not staff" in member.stderr
    assert not (tmp_path / "afterresume").exists()
    assert await ApiToken.filter(revoked_at=None).count() == 0


async def test_a_stored_token_is_never_sent_to_another_server(app, live_server, tmp_path):
    await create_staff(username="ops")
    admin_as_process(
        live_server, "login", "-u", "ops", "--password-stdin", config=tmp_path, stdin=DEFAULT_PASSWORD + "\n"
    )
    other = admin_as_process("http://127.0.0.1:9", "users", "list", config=tmp_path)
    assert other.returncode == 1 and "not logged in to http://127.0.0.1:9" in other.stderr


async def test_an_unreachable_server_is_one_line_and_exit_1(app, tmp_path):
    out = admin_as_process("http://127.0.0.1:9", "users", "list", token="ark_whatever")
    assert out.returncode == 1
    assert out.stderr.strip().splitlines() == [out.stderr.strip()] and "cannot reach http://127.0.0.1:9" in out.stderr


async def test_a_wrong_or_expired_token_says_log_in_again(app, live_server):
    out = admin_as_process(live_server, "users", "list", token="art_" + "x" * 40)
    assert out.returncode == 1 and "run `afterresume admin login`" in out.stderr
    boss, token = await superuser_token()
    await ApiToken.filter(user_id=boss.id).update(expires_at=datetime.now(UTC) - timedelta(minutes=1))
    expired = admin(live_server, "users", "list", token=token)
    assert expired.returncode == 1 and "run `afterresume admin login`" in expired.stderr
    member = await create_user(username="member")
    out = admin_as_process(live_server, "users", "list", token=await token_for(member))
    assert out.returncode == 1 and "not allowed" in out.stderr


async def test_users_list_show_and_json(app, live_server):
    _, token = await superuser_token()
    for n in range(3):
        await create_user(username=f"ada{n}", email=f"ada{n}@example.com")
    listed = as_json(admin(live_server, "users", "list", "--search", "ada", "--json", token=token))
    assert listed["totalCount"] == 3 and [u["username"] for u in listed["users"]] == ["ada0", "ada1", "ada2"]
    table = admin(live_server, "users", "list", token=token)
    assert table.returncode == 0 and "ada2@example.com" in table.stdout and "4 of 4 user(s)" in table.stdout
    shown = as_json(admin(live_server, "users", "show", "ada1@example.com", "--json", token=token))
    assert shown["username"] == "ada1" and shown["isActive"] is True
    missing = admin(live_server, "users", "show", "nobody", "--json", token=token)
    assert missing.returncode == 2 and json.loads(missing.stdout)["errors"][0]["code"] == "NOT_FOUND"


async def test_disable_asks_first_refuses_without_a_terminal_and_is_audited(app, live_server):
    _, token = await superuser_token()
    ada = await create_user(username="ada")
    ada_token = await token_for(ada)
    refused = admin(live_server, "users", "disable", "ada", token=token)
    assert refused.returncode == 3 and "--yes" in refused.stderr
    assert (await User.get(id=ada.id)).is_active
    done = admin(live_server, "users", "disable", "ada", "--yes", token=token)
    assert done.returncode == 0, done.stderr
    assert not (await User.get(id=ada.id)).is_active
    assert await ApiToken.filter(user_id=ada.id, revoked_at=None).count() == 0
    assert await AuditEvent.filter(event_type__startswith="admin.", target_id=str(ada.id)).exists()
    assert admin(live_server, "whoami", token=ada_token).returncode == 1
    enabled = admin(live_server, "users", "enable", "ada", token=token)
    assert enabled.returncode == 0 and (await User.get(id=ada.id)).is_active


async def test_disabling_oneself_is_refused_with_its_code(app, live_server):
    await create_staff(username="other", is_superuser=True)
    _, token = await superuser_token()
    out = admin(live_server, "users", "disable", "boss", "--yes", "--json", token=token)
    assert out.returncode == 2 and json.loads(out.stdout)["errors"][0]["code"] == "CANNOT_DISABLE_SELF"
    assert (await User.get(username="boss")).is_active


async def test_reset_password_edit_and_move_tenant(app, live_server):
    _, token = await superuser_token()
    ada, bob = await create_user(username="ada"), await create_user(username="bob")
    await create_worklog(ada)
    reset = as_json(admin(live_server, "users", "reset-password", "ada", "--yes", "--json", token=token))
    assert len(reset["password"]) >= 16
    edited = as_json(admin(live_server, "users", "edit", "ada", "--full-name", "Ada Lovelace", "--json", token=token))
    assert edited["fullName"] == "Ada Lovelace"
    nothing = admin(live_server, "users", "edit", "ada", token=token)
    assert nothing.returncode == 2
    bob_tenant = (await Profile.get(user_id=bob.id)).tenant_id
    ada_tenant = (await Profile.get(user_id=ada.id)).tenant_id
    unknown = admin(live_server, "users", "move-tenant", "ada", str(uuid.uuid4()), "--yes", "--json", token=token)
    assert unknown.returncode == 2 and json.loads(unknown.stdout)["errors"][0]["code"] == "NOT_FOUND"
    nobody = admin(live_server, "users", "move-tenant", "nobody", "bob", "--yes", "--json", token=token)
    assert nobody.returncode == 2 and json.loads(nobody.stdout)["errors"][0]["code"] == "NOT_FOUND"
    assert (await Profile.get(user_id=ada.id)).tenant_id == ada_tenant
    same = admin(live_server, "users", "move-tenant", "ada", str(ada_tenant), "--yes", "--json", token=token)
    assert same.returncode == 2 and json.loads(same.stdout)["errors"][0]["code"] == "ALREADY_IN_TENANT"
    moved = as_json(admin(live_server, "users", "move-tenant", "ada", "bob", "--yes", "--json", token=token))
    assert moved["moved"]["worklogs"] == 1 and moved["user"]["tenant"]["id"] == str(bob_tenant)
    assert (await Profile.get(user_id=ada.id)).tenant_id == bob_tenant


async def test_passkeys_create_list_revoke(app, live_server):
    _, token = await superuser_token()
    created = as_json(
        admin(live_server, "passkeys", "create", "--days", "3", "--notes", "for Linus", "--json", token=token)
    )
    assert created["passkey"].startswith("ark_") and created["invite"]["status"] == "ACTIVE"
    bad = admin(live_server, "passkeys", "create", "--days", "400", token=token)
    assert bad.returncode == 2 and "INVALID_EXPIRY" in bad.stderr and await InvitePasskey.all().count() == 1
    listed = as_json(admin(live_server, "passkeys", "list", "--status", "active", "--json", token=token))
    assert [p["notes"] for p in listed["passkeys"]] == ["for Linus"]
    revoked = as_json(admin(live_server, "passkeys", "revoke", created["invite"]["id"], "--yes", "--json", token=token))
    assert revoked["status"] == "REVOKED"
    again = admin(live_server, "passkeys", "revoke", created["invite"]["id"], "--yes", token=token)
    assert again.returncode == 2 and "PASSKEY_NOT_ACTIVE" in again.stderr


async def test_reserve_adjust_show_ledger_and_csv(app, live_server, tmp_path):
    _, token = await superuser_token()
    ada = await create_user(username="ada")
    tenant = await (await Profile.get(user_id=ada.id)).tenant
    await create_reserve(tenant, balance_cents=1000)
    adjusted = as_json(
        admin(
            live_server,
            "reserve",
            "adjust",
            "ada",
            "--amount-cents",
            "250",
            "--reason",
            "goodwill",
            "--idempotency-key",
            "k1",
            "--json",
            token=token,
        )
    )
    assert adjusted["reserve"]["balanceCents"] == 1250
    # The same key again moves nothing.
    admin(
        live_server,
        "reserve",
        "adjust",
        "ada",
        "--amount-cents",
        "250",
        "--reason",
        "goodwill",
        "--idempotency-key",
        "k1",
        token=token,
    )
    assert (await ReserveAccount.get(tenant_id=tenant.id)).balance_cents == 1250
    no_reason = admin(
        live_server, "reserve", "adjust", "ada", "--amount-cents", "-5", "--reason", " ", "--yes", token=token
    )
    assert no_reason.returncode == 2 and "REASON_REQUIRED" in no_reason.stderr
    take = admin(live_server, "reserve", "adjust", "ada", "--amount-cents", "-50", "--reason", "refund")
    assert take.returncode == 1  # no token at all
    shown = as_json(admin(live_server, "reserve", "show", str(tenant.id), "--json", token=token))
    assert shown["balanceCents"] == 1250 and shown["recentLedger"][0]["reason"] == "goodwill"
    ledger = as_json(admin(live_server, "reserve", "ledger", "ada", "--json", token=token))
    assert ledger["totalCount"] == await LedgerEntry.filter(tenant_id=tenant.id).count() == 2
    out = tmp_path / "ledger.csv"
    exported = admin(live_server, "reserve", "export-csv", "--tenant", "ada", "-o", str(out), token=token)
    assert exported.returncode == 0, exported.stderr
    lines = out.read_text().splitlines()
    assert lines[0].startswith("created_at,entry_id") and len(lines) == 3 and "goodwill" in out.read_text()


async def test_audit_events_with_filters(app, live_server):
    _, token = await superuser_token()
    await create_user(username="ada")
    admin(live_server, "users", "disable", "ada", "--yes", token=token)
    events = as_json(admin(live_server, "audit", "events", "--prefix", "admin.", "--json", token=token))
    assert events["totalCount"] >= 1 and all(e["eventType"].startswith("admin.") for e in events["events"])
    by_user = as_json(admin(live_server, "audit", "events", "--user", "ada", "--limit", "1", "--json", token=token))
    assert len(by_user["events"]) == 1
    bad = admin(live_server, "audit", "events", "--since", "yesterday", token=token)
    assert bad.returncode == 2 and "--since" in bad.stderr


async def test_revoke_all_tokens_signs_everyone_else_out(app, live_server):
    _, token = await superuser_token()
    ada_token = await token_for(await create_user(username="ada"))
    assert admin(live_server, "revoke-all-tokens", token=token).returncode == 3
    assert admin(live_server, "whoami", token=ada_token).returncode == 0
    out = as_json(admin(live_server, "revoke-all-tokens", "--yes", "--json", token=token))
    assert out["revoked"] >= 1
    assert admin(live_server, "whoami", token=ada_token).returncode == 1
    assert admin(live_server, "whoami", token=token).returncode == 0
