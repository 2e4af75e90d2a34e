"""createInvitePasskey with an email: the invitation's link carries the very passkey shown to staff."""

from __future__ import annotations

from server.audit.models import AuditEvent
from server.invitations.models import InvitePasskey
from server.mail.models import OutgoingMail
from tests.factories import create_staff, token_for
from tests.mail.smtp import body_of, deliver_to_outbox, link_in

CREATE = """mutation($input: CreateInvitePasskeyInput!) {
  createInvitePasskey(input: $input) { passkey invite { id prefix } errors { code field } }
}"""
SIGNUP = """mutation($input: SignupInput!) { signup(input: $input) { user { username } errors { code } } }"""


async def test_an_emailed_invitation_links_to_signup_with_the_passkey_in_the_fragment(app, gql, settings, tmp_path):
    staff = await create_staff(full_name="Grace Hopper")
    data = await gql.ok(
        CREATE, {"input": {"expiresDays": 3, "email": "New.Person@Example.com"}}, token=await token_for(staff)
    )
    payload = data["createInvitePasskey"]
    assert payload["errors"] == [] and payload["passkey"].startswith("ark_")
    [message] = await deliver_to_outbox(settings, tmp_path / "outbox")
    assert message["To"] == "new.person@example.com" and message["Subject"] == "You are invited to AfterResume"
    body = body_of(message)
    assert link_in(body, "/signup") == ("passkey", payload["passkey"]) and "Grace Hopper" in body
    event = await AuditEvent.get(event_type="passkey.created")
    assert event.after["emailed_to"] == "new.person@example.com"
    signup = await gql.ok(
        SIGNUP,
        {
            "input": {
                "passkey": payload["passkey"],
                "username": "newperson",
                "email": "new.person@example.com",
                "password": "a-long-enough-passphrase-3",
            }
        },
    )
    assert signup["signup"]["errors"] == [] and signup["signup"]["user"]["username"] == "newperson"


async def test_an_invitation_revoked_before_delivery_is_not_sent(app, gql, settings, tmp_path):
    staff = await create_staff()
    data = await gql.ok(CREATE, {"input": {"email": "late@example.com"}}, token=await token_for(staff))
    await gql.ok(
        "mutation($id: ID!) { revokeInvitePasskey(id: $id) { errors { code } } }",
        {"id": data["createInvitePasskey"]["invite"]["id"]},
        token=await token_for(staff),
    )
    assert await deliver_to_outbox(settings, tmp_path / "outbox") == []
    assert (await OutgoingMail.get(to_address="late@example.com")).status == "dropped"


async def test_a_malformed_invitation_address_creates_no_passkey(app, gql):
    staff = await create_staff()
    data = await gql.ok(CREATE, {"input": {"email": "not an address"}}, token=await token_for(staff))
    assert data["createInvitePasskey"]["errors"] == [{"code": "INVALID_EMAIL", "field": "email"}]
    assert await InvitePasskey.all().count() == 0 and await OutgoingMail.all().count() == 0


async def test_without_an_email_nothing_is_sent(app, gql):
    staff = await create_staff()
    data = await gql.ok(CREATE, {"input": {"notes": "handed over in person"}}, token=await token_for(staff))
    assert data["createInvitePasskey"]["passkey"] and await OutgoingMail.all().count() == 0


async def test_the_create_passkey_command_can_send_the_invitation(app, settings, tmp_path):
    import os
    import subprocess
    import sys

    await create_staff(username="admin")
    env = {
        **os.environ,
        "DATABASE_URL": settings.database_url,
        "REDIS_URL": settings.redis_url,
        "DATA_DIR": str(tmp_path),
    }
    result = subprocess.run(
        [sys.executable, "-m", "server.cli", "create-passkey", "--email", "Cli.Guest@example.com"],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert "invitation queued for cli.guest@example.com" in result.stdout
    queued = await OutgoingMail.get(to_address="cli.guest@example.com")
    assert queued.kind == "invite" and queued.status == "pending"
