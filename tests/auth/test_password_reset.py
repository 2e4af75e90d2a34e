"""A forgotten password: the emailed link, used once within its hour, ends every session; bad links change nothing."""

from __future__ import annotations

import asyncio
import json
from datetime import UTC, datetime, timedelta

from pydantic import SecretStr

from server.audit.models import AuditEvent
from server.auth import passwords
from server.auth.models import ApiToken, PasswordReset, User
from server.auth.secrets import RESET_PREFIX
from server.auth.service import REVOCATION_CHANNEL
from server.mail.models import OutgoingMail
from server.system import signing
from tests.factories import DEFAULT_PASSWORD, create_user, token_for
from tests.mail.smtp import body_of, deliver_to_outbox, link_in

REQUEST = "mutation($email: String!) { requestPasswordReset(email: $email) { ok errors { code field } } }"
RESET = """mutation($token: String!, $password: String!) {
  resetPassword(token: $token, newPassword: $password) { user { username } errors { code field } }
}"""
ME = "{ me { username } }"
LOGIN = (
    """mutation($u: String!, $p: String!) { login(input: {username: $u, password: $p}) { token errors { code } } }"""
)
NEW_PASSWORD = "a-brand-new-passphrase-42"


async def _emailed_token(gql, settings, tmp_path, user: User) -> str:
    await gql.ok(REQUEST, {"email": user.email.upper()})  # addresses match whatever their case
    [message] = await deliver_to_outbox(settings, tmp_path / "outbox")
    return link_in(body_of(message), "/reset-password")[1]


async def _unchanged(user: User) -> None:
    fresh = await User.get(id=user.id)
    assert fresh.password_hash == user.password_hash


async def test_known_and_unknown_addresses_get_the_same_answer_and_only_an_account_gets_mail(app, gql):
    user = await create_user()
    known = await gql.raw(REQUEST, {"email": user.email})
    unknown = await gql.raw(REQUEST, {"email": "nobody@example.com"})
    assert known.status_code == unknown.status_code == 200
    assert known.json() == unknown.json() == {"data": {"requestPasswordReset": {"ok": True, "errors": []}}}
    assert [m.to_address for m in await OutgoingMail.all()] == [user.email]
    events = await AuditEvent.filter(event_type="auth.password_reset_requested").order_by("created_at")
    assert [e.message for e in events] == ["", "no_account"]


async def test_a_disabled_account_gets_no_link(app, gql):
    user = await create_user(is_active=False)
    assert (await gql.ok(REQUEST, {"email": user.email}))["requestPasswordReset"]["ok"] is True
    assert await OutgoingMail.all().count() == 0 and await PasswordReset.all().count() == 0


async def test_a_malformed_address_is_refused(app, gql):
    body = await gql.ok(REQUEST, {"email": "not-an-address"})
    assert body["requestPasswordReset"]["errors"] == [{"code": "INVALID_EMAIL", "field": "email"}]


async def test_requests_for_one_address_are_limited_whether_or_not_it_has_an_account(app, gql, settings):
    user = await create_user()
    limit = settings.rate_limit_password_reset_per_email
    for email in (user.email, "ghost@example.com"):
        answers = [await gql.ok(REQUEST, {"email": email}) for _ in range(limit + 1)]
        assert [a["requestPasswordReset"]["errors"] for a in answers[:limit]] == [[]] * limit
        assert answers[limit]["requestPasswordReset"]["errors"][0]["code"] == "RATE_LIMITED"
    assert await OutgoingMail.all().count() == limit


async def test_the_emailed_link_sets_the_password_ends_every_session_and_announces_it(app, gql, settings, tmp_path):
    user = await create_user()
    token = await token_for(user)
    token_of_other_user = await token_for(await create_user())
    secret = await _emailed_token(gql, settings, tmp_path, user)

    pubsub = app.state.redis.pubsub(ignore_subscribe_messages=True)
    await pubsub.subscribe(REVOCATION_CHANNEL)
    try:
        body = await gql.ok(RESET, {"token": secret, "password": NEW_PASSWORD})
        assert body["resetPassword"] == {"user": {"username": user.username}, "errors": []}
        announced = []
        for _ in range(20):  # Redis channels are shared by every database of the server: look for this user
            if message := await pubsub.get_message(timeout=0.1):
                announced.append(json.loads(message["data"])["user_id"])
    finally:
        await pubsub.aclose()
    assert str(user.id) in announced

    fresh = await User.get(id=user.id)
    assert passwords.verify_password(fresh.password_hash, NEW_PASSWORD)
    assert (await gql.ok(ME, token=token))["me"] is None  # the old session ended
    assert (await gql.ok(ME, token=token_of_other_user))["me"] is not None  # nobody else's did
    assert await ApiToken.filter(user_id=user.id, revoked_at=None).count() == 0
    login = await gql.ok(LOGIN, {"u": user.username, "p": NEW_PASSWORD})
    assert login["login"]["token"] and login["login"]["errors"] == []
    event = await AuditEvent.get(event_type="auth.password_reset")
    assert event.actor_id == user.id and event.after["tokens_revoked"] == 1


async def test_a_used_link_is_refused_and_changes_nothing(app, gql, settings, tmp_path):
    user = await create_user()
    secret = await _emailed_token(gql, settings, tmp_path, user)
    await gql.ok(RESET, {"token": secret, "password": NEW_PASSWORD})
    user = await User.get(id=user.id)
    session = await token_for(user)
    again = await gql.ok(RESET, {"token": secret, "password": "yet-another-passphrase-9"})
    assert again["resetPassword"]["errors"] == [{"code": "PASSWORD_RESET_USED", "field": "token"}]
    await _unchanged(user)
    assert (await gql.ok(ME, token=session))["me"] == {"username": user.username}


async def test_an_expired_link_is_refused_and_changes_nothing(app, gql, settings, tmp_path):
    user = await create_user()
    session = await token_for(user)
    secret = await _emailed_token(gql, settings, tmp_path, user)
    reset = await PasswordReset.get(user_id=user.id)
    assert timedelta(minutes=59) < reset.expires_at - reset.created_at <= timedelta(minutes=60)
    await PasswordReset.filter(id=reset.id).update(expires_at=datetime.now(UTC) - timedelta(seconds=1))
    body = await gql.ok(RESET, {"token": secret, "password": NEW_PASSWORD})
    assert body["resetPassword"]["errors"] == [{"code": "PASSWORD_RESET_EXPIRED", "field": "token"}]
    await _unchanged(user)
    assert (await PasswordReset.get(id=reset.id)).used_at is None
    assert (await gql.ok(ME, token=session))["me"] is not None


async def test_a_forged_link_is_refused_and_changes_nothing(app, gql, settings, tmp_path):
    user = await create_user()
    secret = await _emailed_token(gql, settings, tmp_path, user)
    reset = await PasswordReset.get(user_id=user.id)
    other_key = settings.model_copy(update={"secret_key": SecretStr("an-attacker-guessed-key-0123456789abcdef")})
    forgeries = [
        signing.derived_secret(other_key, signing.PASSWORD_RESET, str(reset.id), RESET_PREFIX),
        secret[:-2] + ("AA" if not secret.endswith("AA") else "BB"),
        RESET_PREFIX + "x" * 500,
        "",
    ]
    for forged in forgeries:
        body = await gql.ok(RESET, {"token": forged, "password": NEW_PASSWORD})
        assert body["resetPassword"]["errors"] == [{"code": "PASSWORD_RESET_INVALID", "field": "token"}]
    await _unchanged(user)
    assert (await PasswordReset.get(id=reset.id)).used_at is None
    assert await AuditEvent.filter(event_type="auth.password_reset_failed").count() == len(forgeries)


async def test_a_weak_new_password_is_refused_and_the_link_still_works(app, gql, settings, tmp_path):
    user = await create_user()
    secret = await _emailed_token(gql, settings, tmp_path, user)
    for weak, code in (("short", "PASSWORD_TOO_SHORT"), (user.username + "123456", "PASSWORD_TOO_SIMILAR")):
        body = await gql.ok(RESET, {"token": secret, "password": weak})
        assert body["resetPassword"]["errors"] == [{"code": code, "field": "newPassword"}]
    await _unchanged(user)
    assert (await gql.ok(RESET, {"token": secret, "password": NEW_PASSWORD}))["resetPassword"]["errors"] == []


async def test_two_concurrent_resets_with_one_link_set_one_password(app, gql, settings, tmp_path):
    user = await create_user()
    secret = await _emailed_token(gql, settings, tmp_path, user)
    first, second = await asyncio.gather(
        gql.ok(RESET, {"token": secret, "password": NEW_PASSWORD}),
        gql.ok(RESET, {"token": secret, "password": "the-other-passphrase-77"}),
    )
    codes = sorted(
        str(b["resetPassword"]["errors"][0]["code"]) if b["resetPassword"]["errors"] else "" for b in (first, second)
    )
    assert codes == ["", "PASSWORD_RESET_USED"]


async def test_using_one_link_ends_the_others(app, gql, settings, tmp_path):
    user = await create_user()
    await gql.ok(REQUEST, {"email": user.email})
    await gql.ok(REQUEST, {"email": user.email})
    messages = await deliver_to_outbox(settings, tmp_path / "outbox")
    first, second = (link_in(body_of(m), "/reset-password")[1] for m in messages)
    assert (await gql.ok(RESET, {"token": first, "password": NEW_PASSWORD}))["resetPassword"]["errors"] == []
    body = await gql.ok(RESET, {"token": second, "password": "the-other-passphrase-77"})
    assert body["resetPassword"]["errors"][0]["code"] == "PASSWORD_RESET_USED"
    assert not passwords.verify_password((await User.get(id=user.id)).password_hash, DEFAULT_PASSWORD)


async def test_changing_the_password_ends_unused_reset_links(app, gql, settings, tmp_path):
    user = await create_user()
    secret = await _emailed_token(gql, settings, tmp_path, user)
    change = """mutation($old: String!, $new: String!) {
      changePassword(input: {oldPassword: $old, newPassword: $new}) { errors { code } }
    }"""
    body = await gql.ok(change, {"old": DEFAULT_PASSWORD, "new": NEW_PASSWORD}, token=await token_for(user))
    assert body["changePassword"]["errors"] == []
    refused = await gql.ok(RESET, {"token": secret, "password": "someone-elses-choice-5"})
    assert refused["resetPassword"]["errors"][0]["code"] == "PASSWORD_RESET_USED"
    assert passwords.verify_password((await User.get(id=user.id)).password_hash, NEW_PASSWORD)


async def test_a_staff_password_reset_ends_unused_reset_links(app, gql, settings, tmp_path):
    user = await create_user()
    secret = await _emailed_token(gql, settings, tmp_path, user)
    staff = await create_user(is_staff=True, is_superuser=True)
    reset_by_staff = (
        """mutation($id: ID!, $p: String!) { resetUserPassword(userId: $id, newPassword: $p) { errors { code } } }"""
    )
    body = await gql.ok(reset_by_staff, {"id": str(user.id), "p": NEW_PASSWORD}, token=await token_for(staff))
    assert body["resetUserPassword"]["errors"] == []
    refused = await gql.ok(RESET, {"token": secret, "password": "someone-elses-choice-5"})
    assert refused["resetPassword"]["errors"][0]["code"] == "PASSWORD_RESET_USED"
