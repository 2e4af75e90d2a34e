from server.audit.models import AuditEvent
from server.auth.models import ApiToken, User
from server.tenants.models import Profile
from tests.factories import DEFAULT_PASSWORD, create_staff, create_tenant, create_user, token_for

ME = "{ me { username } }"


async def staff_token(**kw):
    return await token_for(await create_staff(username="root", **kw))


async def test_disabling_a_user_revokes_their_sessions_at_once_and_is_audited(gql):
    token = await staff_token()
    ada = await create_user(username="ada")
    ada_token = await token_for(ada)
    data = await gql.ok(
        "mutation($id: ID!) { setUserActive(userId: $id, isActive: false) { user { isActive } errors { code } } }",
        {"id": str(ada.id)},
        token=token,
    )
    assert data["setUserActive"] == {"user": {"isActive": False}, "errors": []}
    assert (await gql.ok(ME, token=ada_token))["me"] is None
    assert await ApiToken.filter(user=ada, revoked_at=None).count() == 0
    event = await AuditEvent.get(event_type="admin.user_disabled")
    assert (
        event.before["is_active"] is True and event.after["is_active"] is False and event.after["tokens_revoked"] == 1
    )
    assert event.target_id == str(ada.id)


async def test_staff_cannot_disable_themselves(gql):
    staff = await create_staff(username="root")
    token = await token_for(staff)
    data = await gql.ok(
        "mutation($id: ID!) { setUserActive(userId: $id, isActive: false) { errors { code } } }",
        {"id": str(staff.id)},
        token=token,
    )
    assert data["setUserActive"]["errors"] == [{"code": "CANNOT_DISABLE_SELF"}]
    assert (await User.get(id=staff.id)).is_active


async def test_reset_password_sets_a_new_one_and_ends_sessions(gql):
    token = await staff_token()
    ada = await create_user(username="ada")
    ada_token = await token_for(ada)
    mutation = "mutation($id: ID!, $p: String!) { resetUserPassword(userId: $id, newPassword: $p) { errors { code } } }"
    weak = await gql.ok(mutation, {"id": str(ada.id), "p": "short"}, token=token)
    assert weak["resetUserPassword"]["errors"] == [{"code": "PASSWORD_TOO_SHORT"}]
    assert (await gql.ok(ME, token=ada_token))["me"] == {"username": "ada"}
    data = await gql.ok(mutation, {"id": str(ada.id), "p": "reset-by-support-77"}, token=token)
    assert data["resetUserPassword"]["errors"] == []
    assert (await gql.ok(ME, token=ada_token))["me"] is None
    login = 'mutation($p: String!) { login(input: {username: "ada", password: $p}) { errors { code } } }'
    assert (await gql.ok(login, {"p": "reset-by-support-77"}))["login"]["errors"] == []
    assert (await gql.ok(login, {"p": DEFAULT_PASSWORD}))["login"]["errors"] == [{"code": "INVALID_CREDENTIALS"}]
    assert await AuditEvent.filter(event_type="admin.password_reset").count() == 1


async def test_update_user_edits_fields_and_refuses_duplicates(gql):
    token = await staff_token()
    ada = await create_user(username="ada", email="ada@example.com")
    await create_user(username="bob", email="bob@example.com")
    mutation = "mutation($id: ID!, $in: UpdateUserInput!) { updateUser(userId: $id, input: $in) { user { username email fullName } errors { field code } } }"
    data = await gql.ok(
        mutation, {"id": str(ada.id), "in": {"fullName": "Ada Lovelace", "email": "Ada@Lovelace.org"}}, token=token
    )
    assert data["updateUser"] == {
        "user": {"username": "ada", "email": "ada@lovelace.org", "fullName": "Ada Lovelace"},
        "errors": [],
    }
    data = await gql.ok(mutation, {"id": str(ada.id), "in": {"username": "BOB"}}, token=token)
    assert data["updateUser"]["errors"] == [{"field": "username", "code": "USERNAME_TAKEN"}]
    data = await gql.ok(mutation, {"id": str(ada.id), "in": {"email": "bob@example.com", "fullName": "X"}}, token=token)
    assert data["updateUser"]["errors"] == [{"field": "email", "code": "EMAIL_TAKEN"}]
    assert (await User.get(id=ada.id)).full_name == "Ada Lovelace"  # the refused edit changed nothing
    event = await AuditEvent.get(event_type="admin.user_updated")
    assert event.before["full_name"] == "" and event.after["full_name"] == "Ada Lovelace"


async def test_only_a_superuser_grants_staff(gql):
    ada = await create_user(username="ada")
    mutation = (
        "mutation($id: ID!) { updateUser(userId: $id, input: {isStaff: true}) { user { isStaff } errors { code } } }"
    )
    plain_staff = await token_for(await create_staff(username="ops"))
    data = await gql.ok(mutation, {"id": str(ada.id)}, token=plain_staff)
    assert data["updateUser"]["errors"] == [{"code": "SUPERUSER_REQUIRED"}]
    superuser = await token_for(await create_staff(username="root", is_superuser=True))
    data = await gql.ok(mutation, {"id": str(ada.id)}, token=superuser)
    assert data["updateUser"] == {"user": {"isStaff": True}, "errors": []}


async def test_move_user_to_another_tenant(gql):
    token = await staff_token()
    old, new = await create_tenant(name="Old"), await create_tenant(name="New")
    ada = await create_user(username="ada", tenant=old)
    mutation = "mutation($u: ID!, $t: ID!) { moveUserToTenant(userId: $u, tenantId: $t) { user { tenant { name } } errors { field code } } }"
    data = await gql.ok(mutation, {"u": str(ada.id), "t": str(new.id)}, token=token)
    assert data["moveUserToTenant"] == {"user": {"tenant": {"name": "New"}}, "errors": []}
    assert (await Profile.get(user=ada)).tenant_id == new.id
    again = await gql.ok(mutation, {"u": str(ada.id), "t": str(new.id)}, token=token)
    assert again["moveUserToTenant"]["errors"] == [{"field": "tenantId", "code": "ALREADY_IN_TENANT"}]
    unknown = await gql.ok(mutation, {"u": str(ada.id), "t": "00000000-0000-0000-0000-000000000000"}, token=token)
    assert unknown["moveUserToTenant"]["errors"] == [{"field": "tenantId", "code": "NOT_FOUND"}]
    event = await AuditEvent.get(event_type="admin.user_moved")
    assert event.before == {"tenant_id": str(old.id)} and event.after["tenant_id"] == str(new.id)


async def test_users_list_searches_and_filters_and_pages(gql):
    token = await staff_token()
    for i in range(5):
        await create_user(username=f"dev{i}", is_active=i % 2 == 0)
    query = "query($s: String, $a: Boolean, $after: String) { admin { users(search: $s, isActive: $a, first: 2, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { username } } } } }"
    page = (await gql.ok(query, {"s": "dev", "a": None, "after": None}, token=token))["admin"]["users"]
    assert page["totalCount"] == 5 and page["pageInfo"]["hasNextPage"]
    seen = [e["node"]["username"] for e in page["edges"]]
    while page["pageInfo"]["hasNextPage"]:
        page = (await gql.ok(query, {"s": "dev", "a": None, "after": page["pageInfo"]["endCursor"]}, token=token))[
            "admin"
        ]["users"]
        seen += [e["node"]["username"] for e in page["edges"]]
    assert sorted(seen) == [f"dev{i}" for i in range(5)]
    inactive = (await gql.ok(query, {"s": "dev", "a": False, "after": None}, token=token))["admin"]["users"]
    assert inactive["totalCount"] == 2


async def test_a_cursor_from_another_list_is_refused(gql):
    token = await staff_token()
    for i in range(3):
        await create_user(username=f"dev{i}")
    users = "{ admin { users(first: 1) { pageInfo { endCursor } } } }"
    cursor = (await gql.ok(users, token=token))["admin"]["users"]["pageInfo"]["endCursor"]
    body = await gql("query($c: String) { admin { passkeys(after: $c) { totalCount } } }", {"c": cursor}, token=token)
    assert body["errors"][0]["extensions"]["code"] == "BAD_REQUEST"
    assert "cursor" in body["errors"][0]["message"]


async def test_revoke_all_tokens_keeps_only_the_callers_session(gql):
    staff = await create_staff(username="root", is_superuser=True)
    token = await token_for(staff)
    others = [await token_for(await create_user()) for _ in range(3)]
    data = await gql.ok("mutation { revokeAllTokens { revoked errors { code } } }", token=token)
    assert data["revokeAllTokens"] == {"revoked": 3, "errors": []}
    assert (await gql.ok(ME, token=token))["me"] == {"username": "root"}
    for other in others:
        assert (await gql.ok(ME, token=other))["me"] is None
