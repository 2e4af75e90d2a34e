from server.audit.models import AuditEvent
from server.auth.passwords import validate_password
from server.errors import ServiceError
from tests.factories import DEFAULT_PASSWORD, create_user, token_for

CHANGE = """
mutation($input: ChangePasswordInput!) {
  changePassword(input: $input) { user { username } errors { field code } }
}"""
LOGIN = 'mutation($p: String!) { login(input: {username: "ada", password: $p}) { token errors { code } } }'


async def test_change_password_keeps_this_session_and_revokes_the_others(gql):
    user = await create_user(username="ada")
    this, other = await token_for(user), await token_for(user)
    data = await gql.ok(
        CHANGE, {"input": {"oldPassword": DEFAULT_PASSWORD, "newPassword": "a-brand-new-secret-9"}}, token=this
    )
    assert data["changePassword"] == {"user": {"username": "ada"}, "errors": []}
    assert (await gql.ok("{ me { username } }", token=this))["me"] == {"username": "ada"}
    assert (await gql.ok("{ me { username } }", token=other))["me"] is None
    assert (await gql.ok(LOGIN, {"p": "a-brand-new-secret-9"}))["login"]["errors"] == []
    assert (await gql.ok(LOGIN, {"p": DEFAULT_PASSWORD}))["login"]["errors"][0]["code"] == "INVALID_CREDENTIALS"
    assert await AuditEvent.filter(event_type="auth.password_changed").count() == 1


async def test_change_password_refusals(gql):
    user = await create_user(username="ada")
    token = await token_for(user)
    cases = [
        (
            {"oldPassword": "wrong-password-1", "newPassword": "a-brand-new-secret-9"},
            "INVALID_CREDENTIALS",
            "oldPassword",
        ),
        ({"oldPassword": DEFAULT_PASSWORD, "newPassword": DEFAULT_PASSWORD}, "PASSWORD_UNCHANGED", "newPassword"),
        ({"oldPassword": DEFAULT_PASSWORD, "newPassword": "short"}, "PASSWORD_TOO_SHORT", "newPassword"),
        ({"oldPassword": DEFAULT_PASSWORD, "newPassword": "qwertyuiop"}, "PASSWORD_TOO_COMMON", "newPassword"),
    ]
    for variables, code, field in cases:
        data = await gql.ok(CHANGE, {"input": variables}, token=token)
        assert data["changePassword"]["errors"] == [{"field": field, "code": code}]
    # The old password still works: nothing changed.
    assert (await gql.ok(LOGIN, {"p": DEFAULT_PASSWORD}))["login"]["errors"] == []


def test_password_rules_name_the_rule_broken():
    def code(password, **kw):
        try:
            validate_password(password, **kw)
        except ServiceError as exc:
            return exc.code
        return None

    assert code("123456789") == "PASSWORD_TOO_SHORT"
    assert code("1234567890") == "PASSWORD_TOO_COMMON"
    assert code("aaaaaaaaaaaa") == "PASSWORD_TOO_COMMON"
    assert code("x" * 300) == "PASSWORD_TOO_LONG"
    assert code("margaret-hamilton", username="hamilton") == "PASSWORD_TOO_SIMILAR"
    assert code("grace.hopper1", email="grace.hopper@navy.mil") == "PASSWORD_TOO_SIMILAR"
    assert code("orbital-mechanics-42", username="ada") is None


async def test_a_hash_with_old_parameters_is_upgraded_at_login(gql):
    from argon2 import PasswordHasher

    from server.auth.models import User

    user = await create_user(username="ada")
    user.password_hash = PasswordHasher(time_cost=3, memory_cost=65536, parallelism=4).hash(DEFAULT_PASSWORD)
    await user.save()
    assert (await gql.ok(LOGIN, {"p": DEFAULT_PASSWORD}))["login"]["errors"] == []
    upgraded = (await User.get(id=user.id)).password_hash
    assert upgraded.startswith("$argon2id$v=19$m=19456,t=2,p=1$")
    assert (await gql.ok(LOGIN, {"p": DEFAULT_PASSWORD}))["login"]["errors"] == []
