from server.audit.models import AuditEvent
from tests.factories import DEFAULT_PASSWORD, create_staff, create_user, token_for

QUERY = """
query($u: ID, $t: String) { admin { auditEvents(userId: $u, eventType: $t, first: 50) {
  totalCount edges { node { eventType actorUsername targetType targetId ip userAgent before after } }
} } }"""
LOGIN = 'mutation($u: String!, $p: String!) { login(input: {username: $u, password: $p}) { errors { code } } }'


async def test_every_auth_step_lands_in_the_audit_log_with_ip_and_user_agent(gql):
    staff = await create_staff(username="root")
    token = await token_for(staff)
    ada = await create_user(username="ada")
    await gql.ok(LOGIN, {"u": "ada", "p": "nope-nope-nope"})
    await gql.ok(LOGIN, {"u": "ada", "p": DEFAULT_PASSWORD})
    await gql.ok('mutation($id: ID!) { setUserActive(userId: $id, isActive: false) { errors { code } } }', {"id": str(ada.id)}, token=token)
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
    await gql.ok('mutation($id: ID!) { updateUser(userId: $id, input: {username: "bob"}) { errors { code } } }', {"id": str(ada.id)}, token=token)
    assert await AuditEvent.filter(event_type="admin.user_updated").count() == 0
