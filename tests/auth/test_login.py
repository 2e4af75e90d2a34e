from datetime import UTC

from server.audit.models import AuditEvent
from server.auth.models import ApiToken
from tests.factories import DEFAULT_PASSWORD, create_user, error_codes, token_for

LOGIN = """
mutation($input: LoginInput!) {
  login(input: $input) { user { username } token expiresAt errors { field message code } }
}"""
ME = "{ me { username email isStaff tenant { name } } }"


def creds(username="ada", password=DEFAULT_PASSWORD, **extra):
    return {"input": {"username": username, "password": password, **extra}}


async def test_login_returns_a_token_and_sets_an_httponly_samesite_cookie(gql, client):
    await create_user(username="ada")
    response = await gql.raw(LOGIN, creds())
    payload = response.json()["data"]["login"]
    assert payload["errors"] == []
    token = payload["token"]
    cookie = response.headers["set-cookie"]
    assert "ar_session=" in cookie and "HttpOnly" in cookie and "SameSite=lax" in cookie
    assert (await gql.ok(ME, token=token))["me"]["username"] == "ada"
    # The cookie alone authenticates a browser.
    body = (await client.post("/graphql", json={"query": ME}, cookies={"ar_session": token})).json()
    assert body["data"]["me"]["username"] == "ada"
    stored = await ApiToken.get(prefix=token[:10])
    assert stored.token_hash != token and len(stored.token_hash) == 64
    assert await AuditEvent.filter(event_type="auth.login").count() == 1


async def test_login_by_email_and_any_case(gql):
    await create_user(username="ada", email="ada@example.com")
    data = await gql.ok(LOGIN, creds(username="ADA@Example.com"))
    assert data["login"]["user"]["username"] == "ada"


async def test_remember_me_makes_a_longer_session(gql):
    await create_user(username="ada")
    short = (await gql.ok(LOGIN, creds()))["login"]["expiresAt"]
    long = (await gql.ok(LOGIN, creds(rememberMe=True)))["login"]["expiresAt"]
    assert long > short


async def test_wrong_password_is_refused_and_audited(gql):
    await create_user(username="ada")
    data = await gql.ok(LOGIN, creds(password="not-the-password"))
    assert data["login"] == {
        "user": None,
        "token": None,
        "expiresAt": None,
        "errors": [{"field": None, "message": "Username or password is incorrect.", "code": "INVALID_CREDENTIALS"}],
    }
    event = await AuditEvent.get(event_type="auth.login_failed")
    assert event.actor_username == "ada" and event.ip == "203.0.113.7" and event.message == "bad_credentials"


async def test_unknown_user_gets_the_same_error_as_a_wrong_password(gql):
    data = await gql.ok(LOGIN, creds(username="nobody"))
    assert data["login"]["errors"][0]["code"] == "INVALID_CREDENTIALS"


async def test_disabled_user_cannot_log_in_and_existing_tokens_stop_at_once(gql):
    user = await create_user(username="ada")
    token = await token_for(user)
    assert (await gql.ok(ME, token=token))["me"]["username"] == "ada"
    user.is_active = False
    await user.save()
    assert (await gql.ok(ME, token=token))["me"] is None
    data = await gql.ok(LOGIN, creds())
    assert data["login"]["errors"][0]["code"] == "ACCOUNT_DISABLED"


async def test_token_scheme_may_be_bearer_or_token(gql, client):
    user = await create_user(username="ada")
    token = await token_for(user)
    for header in (f"Bearer {token}", f"Token {token}", f"bearer {token}"):
        body = (await client.post("/graphql", json={"query": ME}, headers={"authorization": header})).json()
        assert body["data"]["me"]["username"] == "ada", header


async def test_malformed_or_unknown_tokens_are_anonymous(gql, client):
    for header in ("Bearer", "Bearer art_nope", "Basic abc", "Bearer " + "x" * 500):
        body = (await client.post("/graphql", json={"query": ME}, headers={"authorization": header})).json()
        assert body["data"]["me"] is None, header


async def test_logout_revokes_the_token(gql):
    await create_user(username="ada")
    token = (await gql.ok(LOGIN, creds()))["login"]["token"]
    data = await gql.ok("mutation { logout { ok errors { code } } }", token=token)
    assert data["logout"] == {"ok": True, "errors": []}
    assert (await gql.ok(ME, token=token))["me"] is None
    assert await AuditEvent.filter(event_type="auth.logout").count() == 1


async def test_logout_when_anonymous_is_unauthenticated(gql):
    body = await gql("mutation { logout { ok } }")
    assert error_codes(body) == ["UNAUTHENTICATED"]


async def test_expired_session_no_longer_authenticates(gql):
    from datetime import datetime, timedelta

    await create_user(username="ada")
    token = (await gql.ok(LOGIN, creds()))["login"]["token"]
    await ApiToken.filter(prefix=token[:10]).update(expires_at=datetime.now(UTC) - timedelta(seconds=1))
    assert (await gql.ok(ME, token=token))["me"] is None
