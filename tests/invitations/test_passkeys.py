from datetime import UTC, datetime, timedelta

from server.audit.models import AuditEvent
from server.invitations.models import InvitePasskey
from tests.factories import create_passkey, create_staff, create_user, token_for

CREATE = """
mutation($input: CreateInvitePasskeyInput!) {
  createInvitePasskey(input: $input) {
    passkey invite { id prefix status notes expiresAt createdBy { username } } errors { field code }
  }
}"""
REVOKE = "mutation($id: ID!) { revokeInvitePasskey(id: $id) { invite { status revokedAt } errors { field code } } }"
LIST = """
query($status: PasskeyStatus) { admin { passkeys(status: $status) {
  totalCount edges { node { prefix status notes createdBy { username } usedBy { username } usedAt } }
} } }"""
SIGNUP = 'mutation($k: String!) { signup(input: {passkey: $k, username: "newbie", email: "n@example.com", password: "orbital-mechanics-42"}) { errors { code } } }'


async def test_staff_creates_a_passkey_shown_once_and_stored_as_a_hash(gql):
    staff = await create_staff(username="root")
    token = await token_for(staff)
    data = await gql.ok(CREATE, {"input": {"expiresDays": 30, "notes": "for Grace"}}, token=token)
    payload = data["createInvitePasskey"]
    raw = payload["passkey"]
    assert payload["errors"] == []
    assert raw.startswith("ark_") and payload["invite"]["prefix"] == raw[:10]
    assert payload["invite"]["status"] == "ACTIVE" and payload["invite"]["createdBy"] == {"username": "root"}
    expires = datetime.fromisoformat(payload["invite"]["expiresAt"])
    assert timedelta(days=29, hours=23) < expires - datetime.now(UTC) <= timedelta(days=30)
    stored = await InvitePasskey.get(id=payload["invite"]["id"])
    assert raw not in (stored.key_hash, stored.prefix, stored.notes)
    event = await AuditEvent.get(event_type="passkey.created")
    assert event.actor_id == staff.id and raw not in str(event.after)
    # The listing never shows the raw key again.
    listing = await gql.ok(LIST, {"status": None}, token=token)
    assert raw not in str(listing)


async def test_expiry_days_must_be_within_1_and_365(gql):
    token = await token_for(await create_staff())
    for days in (0, 366, -5):
        data = await gql.ok(CREATE, {"input": {"expiresDays": days}}, token=token)
        assert data["createInvitePasskey"]["errors"] == [{"field": "expiresDays", "code": "INVALID_EXPIRY"}]
        assert data["createInvitePasskey"]["passkey"] is None
    assert await InvitePasskey.all().count() == 0


async def test_revoked_passkey_cannot_sign_up_and_cannot_be_revoked_twice(gql):
    token = await token_for(await create_staff())
    created = (await gql.ok(CREATE, {"input": {}}, token=token))["createInvitePasskey"]
    data = await gql.ok(REVOKE, {"id": created["invite"]["id"]}, token=token)
    assert data["revokeInvitePasskey"]["invite"]["status"] == "REVOKED"
    assert (await gql.ok(SIGNUP, {"k": created["passkey"]}))["signup"]["errors"] == [{"code": "PASSKEY_REVOKED"}]
    again = await gql.ok(REVOKE, {"id": created["invite"]["id"]}, token=token)
    assert again["revokeInvitePasskey"]["errors"] == [{"field": "id", "code": "PASSKEY_NOT_ACTIVE"}]
    assert await AuditEvent.filter(event_type="passkey.revoked").count() == 1


async def test_revoking_unknown_or_malformed_ids(gql):
    token = await token_for(await create_staff())
    data = await gql.ok(REVOKE, {"id": "00000000-0000-0000-0000-000000000000"}, token=token)
    assert data["revokeInvitePasskey"]["errors"] == [{"field": "id", "code": "NOT_FOUND"}]
    data = await gql.ok(REVOKE, {"id": "not-a-uuid"}, token=token)
    assert data["revokeInvitePasskey"]["errors"] == [{"field": "id", "code": "INVALID_ID"}]


async def test_list_filters_by_each_status_with_creator_and_user(gql):
    staff = await create_staff(username="root")
    token = await token_for(staff)
    await create_passkey(notes="active", created_by=staff)
    await create_passkey(notes="expired", expires_in=timedelta(days=-1))
    await create_passkey(notes="revoked", revoked_at=datetime.now(UTC))
    used_raw, _ = await create_passkey(notes="used")
    await gql.ok(SIGNUP, {"k": used_raw})
    for status, note in (("ACTIVE", "active"), ("EXPIRED", "expired"), ("REVOKED", "revoked"), ("USED", "used")):
        conn = (await gql.ok(LIST, {"status": status}, token=token))["admin"]["passkeys"]
        assert conn["totalCount"] == 1, status
        node = conn["edges"][0]["node"]
        assert (node["status"], node["notes"]) == (status, note)
    used = (await gql.ok(LIST, {"status": "USED"}, token=token))["admin"]["passkeys"]["edges"][0]["node"]
    assert used["usedBy"] == {"username": "newbie"} and used["usedAt"]
    active = (await gql.ok(LIST, {"status": "ACTIVE"}, token=token))["admin"]["passkeys"]["edges"][0]["node"]
    assert active["createdBy"] == {"username": "root"}
    assert (await gql.ok(LIST, {"status": None}, token=token))["admin"]["passkeys"]["totalCount"] == 4


async def test_normal_user_cannot_create_or_list_passkeys(gql):
    token = await token_for(await create_user())
    body = await gql(CREATE, {"input": {}}, token=token)
    assert body["errors"][0]["extensions"]["code"] == "FORBIDDEN"
    assert await InvitePasskey.all().count() == 0


async def test_overlong_notes_are_refused_and_make_no_passkey(gql):
    from server.invitations.service import MAX_NOTES

    token = await token_for(await create_staff())
    data = await gql.ok(CREATE, {"input": {"expiresDays": 7, "notes": "n" * (MAX_NOTES + 1)}}, token=token)
    assert data["createInvitePasskey"]["errors"] == [{"field": "notes", "code": "NOTES_TOO_LONG"}]
    assert await InvitePasskey.all().count() == 0
    assert await AuditEvent.all().count() == 0
