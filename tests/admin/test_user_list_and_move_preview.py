"""Staff user list: role filter, sorts, the tenant's balance; the preview of what a tenant move takes."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from server.auth.models import User
from server.evidence.models import Evidence
from server.tenants.models import Profile
from server.worklogs.models import Worklog
from tests.factories import (
    create_reserve,
    create_staff,
    create_tenant,
    create_user,
    create_worklog,
    error_codes,
    token_for,
)

USERS = """query($role: UserRole, $sort: UserSort!, $desc: Boolean!, $first: Int, $after: String) {
  admin { users(role: $role, sort: $sort, descending: $desc, first: $first, after: $after) {
    edges { node { username tenant { name balanceCents currency } } } pageInfo { hasNextPage endCursor } totalCount } } }"""

PREVIEW = """query($u: ID!, $t: ID!) { admin { tenantMovePreview(userId: $u, tenantId: $t) {
  worklogs evidence tokens ledgerEntries fromTenant { name } toTenant { name } } } }"""


def names(data) -> list[str]:
    return [e["node"]["username"] for e in data["admin"]["users"]["edges"]]


async def test_users_filter_by_role_and_show_their_tenants_balance(gql):
    root = await create_staff(username="root")
    token = await token_for(root)
    acme = await create_tenant(name="Acme")
    await create_reserve(acme, balance_cents=1250)
    await create_user(username="ada", tenant=acme)
    await create_user(username="sue", is_staff=True, is_superuser=True)
    data = await gql.ok(USERS, {"role": "MEMBER", "sort": "USERNAME", "desc": False}, token=token)
    assert data["admin"]["users"]["edges"] == [
        {"node": {"username": "ada", "tenant": {"name": "Acme", "balanceCents": 1250, "currency": "usd"}}}
    ]
    assert names(await gql.ok(USERS, {"role": "STAFF", "sort": "USERNAME", "desc": False}, token=token)) == ["root"]
    assert names(await gql.ok(USERS, {"role": "SUPERUSER", "sort": "USERNAME", "desc": False}, token=token)) == ["sue"]
    # A tenant that never moved money has no balance yet.
    root_tenant = (await gql.ok(USERS, {"role": "STAFF", "sort": "USERNAME", "desc": False}, token=token))["admin"][
        "users"
    ]["edges"][0]["node"]["tenant"]
    assert root_tenant["balanceCents"] is None


async def test_users_sort_by_username_pages_through_every_user_once(gql):
    token = await token_for(await create_staff(username="root"))
    for name in ("carol", "ada", "bob", "dave", "erin"):
        await create_user(username=name)
    seen, after = [], None
    while True:
        data = await gql.ok(USERS, {"sort": "USERNAME", "desc": False, "first": 2, "after": after}, token=token)
        seen += names(data)
        page = data["admin"]["users"]["pageInfo"]
        if not page["hasNextPage"]:
            break
        after = page["endCursor"]
    assert seen == ["ada", "bob", "carol", "dave", "erin", "root"]
    assert names(await gql.ok(USERS, {"sort": "USERNAME", "desc": True, "first": 3}, token=token)) == [
        "root",
        "erin",
        "dave",
    ]


async def test_users_sort_by_last_login_puts_those_never_seen_last(gql):
    token = await token_for(await create_staff(username="root"))
    now = datetime.now(UTC)
    await create_user(username="old", last_login=now - timedelta(days=30))
    await create_user(username="new", last_login=now - timedelta(days=1))
    await create_user(username="never")
    await User.filter(username="root").update(last_login=now - timedelta(days=5))
    assert names(await gql.ok(USERS, {"sort": "LAST_LOGIN", "desc": True}, token=token)) == [
        "new",
        "root",
        "old",
        "never",
    ]
    assert names(await gql.ok(USERS, {"sort": "LAST_LOGIN", "desc": False}, token=token)) == [
        "old",
        "root",
        "new",
        "never",
    ]


async def test_a_cursor_of_one_sort_is_refused_by_another(gql):
    token = await token_for(await create_staff(username="root"))
    await create_user(username="ada")
    first = await gql.ok(USERS, {"sort": "USERNAME", "desc": False, "first": 1}, token=token)
    body = await gql(
        USERS,
        {"sort": "LAST_LOGIN", "desc": False, "first": 1, "after": first["admin"]["users"]["pageInfo"]["endCursor"]},
        token=token,
    )
    assert error_codes(body) == ["BAD_REQUEST"]
    assert body["errors"][0]["extensions"]["reason"] == "INVALID_CURSOR"


async def test_move_preview_counts_what_would_move_and_changes_nothing(gql):
    token = await token_for(await create_staff(username="root"))
    home, away = await create_tenant(name="Home"), await create_tenant(name="Away")
    await create_reserve(home, balance_cents=500)
    ada = await create_user(username="ada", tenant=home)
    await token_for(ada)
    entry = await create_worklog(ada)
    await create_worklog(ada)
    await Evidence.create(
        worklog=entry,
        tenant_id=home.id,
        object_key="k1",
        original_name="a.txt",
        size=1,
        content_type="text/plain",
        sha256="0" * 64,
    )
    other = await create_user(tenant=home)
    await create_worklog(other)
    data = await gql.ok(PREVIEW, {"u": str(ada.id), "t": str(away.id)}, token=token)
    assert data["admin"]["tenantMovePreview"] == {
        "worklogs": 2,
        "evidence": 1,
        "tokens": 1,
        "ledgerEntries": 1,
        "fromTenant": {"name": "Home"},
        "toTenant": {"name": "Away"},
    }
    assert (await Profile.get(user_id=ada.id)).tenant_id == home.id
    assert await Worklog.filter(tenant_id=away.id).count() == 0


async def test_move_preview_to_the_same_tenant_is_refused(gql):
    token = await token_for(await create_staff(username="root"))
    home = await create_tenant()
    ada = await create_user(tenant=home)
    body = await gql(PREVIEW, {"u": str(ada.id), "t": str(home.id)}, token=token)
    assert error_codes(body) == ["BAD_REQUEST"]
    assert body["errors"][0]["extensions"]["reason"] == "ALREADY_IN_TENANT"


async def test_move_preview_and_user_list_refuse_normal_users(gql):
    ada = await create_user()
    body = await gql(PREVIEW, {"u": str(ada.id), "t": str(ada.id)}, token=await token_for(ada))
    assert error_codes(body) == ["FORBIDDEN"]
