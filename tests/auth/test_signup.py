import asyncio
from datetime import UTC, timedelta

from server.audit.models import AuditEvent
from server.auth.models import ApiToken, User
from server.invitations.models import InvitePasskey
from server.tenants.models import Profile, Tenant
from tests.factories import create_passkey

SIGNUP = """
mutation($input: SignupInput!) {
  signup(input: $input) { user { id username email tenant { id name } } token errors { field message code } }
}"""


def signup_input(passkey: str, **overrides) -> dict:
    return {
        "input": {
            "passkey": passkey,
            "username": "ada",
            "email": "ada@example.com",
            "password": "analytical-engine-1843",
            **overrides,
        }
    }


async def test_signup_with_passkey_creates_user_tenant_profile_and_consumes_key(gql):
    raw, passkey = await create_passkey()
    data = await gql.ok(SIGNUP, signup_input(raw))
    payload = data["signup"]
    assert payload["errors"] == []
    assert payload["user"]["username"] == "ada"
    assert payload["user"]["tenant"]["name"] == "ada's workspace"
    assert payload["token"].startswith("art_")
    user = await User.get(username="ada")
    assert await Profile.filter(user=user).count() == 1
    await passkey.refresh_from_db()
    assert passkey.used_by_id == user.id and passkey.used_at is not None
    me = await gql.ok("{ me { username } }", token=payload["token"])
    assert me == {"me": {"username": "ada"}}
    events = await AuditEvent.filter(event_type__in=["auth.signup", "passkey.used"]).values_list(
        "event_type", flat=True
    )
    assert sorted(events) == ["auth.signup", "passkey.used"]


async def test_second_signup_with_same_passkey_is_refused(gql):
    raw, _ = await create_passkey()
    await gql.ok(SIGNUP, signup_input(raw))
    data = await gql.ok(SIGNUP, signup_input(raw, username="bob", email="bob@example.com"))
    assert data["signup"]["errors"] == [
        {"field": "passkey", "message": "That invite passkey has already been used.", "code": "PASSKEY_USED"}
    ]
    assert await User.filter(username="bob").count() == 0


async def test_two_concurrent_signups_with_one_passkey_make_exactly_one_account(gql):
    raw, _ = await create_passkey()
    results = await asyncio.gather(
        *[gql.ok(SIGNUP, signup_input(raw, username=f"racer{i}", email=f"racer{i}@example.com")) for i in range(6)]
    )
    winners = [r for r in results if r["signup"]["errors"] == []]
    losers = [r["signup"]["errors"][0]["code"] for r in results if r["signup"]["errors"]]
    assert len(winners) == 1
    assert set(losers) == {"PASSKEY_USED"}
    assert await User.all().count() == 1
    assert await Tenant.all().count() == 1
    assert await Profile.all().count() == 1


async def test_signup_refusals_have_specific_codes_and_write_nothing(gql):
    raw, _ = await create_passkey()
    expired, _ = await create_passkey(expires_in=timedelta(seconds=-1))
    cases = [
        (signup_input("ark_wrong"), "PASSKEY_INVALID"),
        (signup_input(expired), "PASSKEY_EXPIRED"),
        (signup_input(raw, password="short"), "PASSWORD_TOO_SHORT"),
        (signup_input(raw, password="password123"), "PASSWORD_TOO_COMMON"),
        (signup_input(raw, password="ada-lovelace-ada"), "PASSWORD_TOO_SIMILAR"),
        (signup_input(raw, username="a!"), "INVALID_USERNAME"),
        (signup_input(raw, email="not-an-email"), "INVALID_EMAIL"),
    ]
    for variables, code in cases:
        data = await gql.ok(SIGNUP, variables)
        assert [e["code"] for e in data["signup"]["errors"]] == [code], variables
    assert await User.all().count() == 0
    assert await Tenant.all().count() == 0
    assert await InvitePasskey.filter(used_at__isnull=False).count() == 0
    assert await ApiToken.all().count() == 0


async def test_revoked_passkey_is_refused(gql):
    from datetime import datetime

    raw, _ = await create_passkey(revoked_at=datetime.now(UTC))
    data = await gql.ok(SIGNUP, signup_input(raw))
    assert data["signup"]["errors"][0]["code"] == "PASSKEY_REVOKED"


async def test_duplicate_username_and_email_are_refused(gql):
    first, _ = await create_passkey()
    second, third = (await create_passkey())[0], (await create_passkey())[0]
    await gql.ok(SIGNUP, signup_input(first))
    data = await gql.ok(SIGNUP, signup_input(second, email="other@example.com"))
    assert data["signup"]["errors"][0]["code"] == "USERNAME_TAKEN"
    data = await gql.ok(SIGNUP, signup_input(third, username="ADA2"))
    assert data["signup"]["errors"][0]["code"] == "EMAIL_TAKEN"
    # Neither refusal spent its passkey.
    assert await InvitePasskey.filter(used_at__isnull=True).count() == 2
