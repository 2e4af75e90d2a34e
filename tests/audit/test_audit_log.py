import pytest

from server.admin import service as admin_service
from server.audit.models import AuditEvent
from server.auth.models import ApiToken, User
from tests.factories import DEFAULT_PASSWORD, create_staff, create_user, error_codes, token_for

QUERY = """
query($u: ID, $t: String) { admin { auditEvents(userId: $u, eventType: $t, first: 50) {
  totalCount edges { node { eventType actorUsername targetType targetId ip userAgent before after } }
} } }"""
LOGIN = "mutation($u: String!, $p: String!) { login(input: {username: $u, password: $p}) { errors { code } } }"


async def test_every_auth_step_lands_in_the_audit_log_with_ip_and_user_agent(gql):
    staff = await create_staff(username="root")
    token = await token_for(staff)
    ada = await create_user(username="ada")
    await gql.ok(LOGIN, {"u": "ada", "p": "nope-nope-nope"})
    await gql.ok(LOGIN, {"u": "ada", "p": DEFAULT_PASSWORD})
    await gql.ok(
        "mutation($id: ID!) { setUserActive(userId: $id, isActive: false) { errors { code } } }",
        {"id": str(ada.id)},
        token=token,
    )
    about_ada = (await gql.ok(QUERY, {"u": str(ada.id), "t": None}, token=token))["admin"]["auditEvents"]
    types = [e["node"]["eventType"] for e in about_ada["edges"]]
    assert types == ["admin.user_disabled", "auth.login", "auth.login_failed"]
    for edge in about_ada["edges"]:
        assert edge["node"]["ip"] == "203.0.113.7"
        assert edge["node"]["userAgent"].startswith("python-httpx")
    only_failures = (await gql.ok(QUERY, {"u": None, "t": "auth.login_failed"}, token=token))["admin"]["auditEvents"]
    assert only_failures["totalCount"] == 1


async def test_audit_events_are_written_in_the_same_transaction_as_the_change(gql):
    """A refused admin action writes neither the change nor an audit event."""
    token = await token_for(await create_staff(username="root"))
    ada = await create_user(username="ada")
    await create_user(username="bob")
    data = await gql.ok(
        'mutation($id: ID!) { updateUser(userId: $id, input: {username: "bob"}) { errors { code } } }',
        {"id": str(ada.id)},
        token=token,
    )
    assert data["updateUser"]["errors"] == [{"code": "USERNAME_TAKEN"}]
    assert (await User.get(id=ada.id)).username == "ada"
    assert await AuditEvent.filter(event_type="admin.user_updated").count() == 0


ADMIN_CHANGES = {
    "updateUser": 'mutation($id: ID!) { updateUser(userId: $id, input: {username: "ada2", fullName: "Ada L", isStaff: true}) { errors { code } } }',
    "setUserActive": "mutation($id: ID!) { setUserActive(userId: $id, isActive: false) { errors { code } } }",
    "resetUserPassword": 'mutation($id: ID!) { resetUserPassword(userId: $id, newPassword: "reset-by-support-77") { errors { code } } }',
}


@pytest.mark.parametrize("mutation", ADMIN_CHANGES)
async def test_an_admin_change_whose_audit_event_fails_is_rolled_back(gql, monkeypatch, mutation):
    """The change is written first and the audit event last: when the audit write fails, the change goes too."""
    token = await token_for(await create_staff(username="root", is_superuser=True))
    ada = await create_user(username="ada")
    await token_for(ada)
    before = await User.get(id=ada.id)

    async def audit_write_fails(*args, **kwargs):
        raise RuntimeError("the audit table is unavailable")

    monkeypatch.setattr(admin_service, "record", audit_write_fails)
    body = await gql(ADMIN_CHANGES[mutation], {"id": str(ada.id)}, token=token)
    assert error_codes(body) == ["INTERNAL"]
    after = await User.get(id=ada.id)
    assert admin_service.user_snapshot(after) == admin_service.user_snapshot(before)
    assert after.password_hash == before.password_hash
    assert await ApiToken.filter(user_id=ada.id, revoked_at=None).count() == 1
    assert await AuditEvent.filter(event_type__startswith="admin.").count() == 0
