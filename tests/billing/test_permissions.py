"""A normal user cannot adjust, export or read another tenant's money: every billing field, walked."""

from strawberry.types.base import get_object_definition

from server.billing import schema as billing_schema
from server.billing.models import LedgerEntry, ReserveAccount
from server.graphql.permissions import IsAuthenticated, IsStaff
from tests.factories import create_reserve, create_tenant, create_user, token_for

OTHER = "00000000-0000-0000-0000-000000000000"

STAFF_FIELDS = {
    "reserveSummary": "{ admin { reserveSummary { accounts } } }",
    "billingAccounts": "{ admin { billingAccounts { totalCount edges { node { tenantName balanceCents } } } } }",
    "tenantReserve": '{ admin { tenantReserve(tenantId: "%s") { balanceCents ledger { totalCount } } } }',
    "usageCosts": '{ admin { usageCosts(startDate: "2026-01-01", endDate: "2026-01-31") { totalCostCents } } }',
    "adjustReserve": 'mutation { adjustReserve(input: {tenantId: "%s", amountCents: 100000, reason: "mine now"}) { errors { code } } }',
}
USER_FIELDS = {
    "reserve": "{ reserve { balanceCents ledger { totalCount } } }",
    "createTopupSession": "mutation { createTopupSession(amountCents: 1000) { errors { code } } }",
    "setLowBalancePolicy": "mutation { setLowBalancePolicy(policy: WARN) { errors { code } } }",
}


def declared_fields(cls) -> dict[str, list]:
    return {f.graphql_name or _camel(f.python_name): f.permission_classes for f in get_object_definition(cls).fields}


def _camel(name: str) -> str:
    head, *rest = name.split("_")
    return head + "".join(p.title() for p in rest)


def test_every_billing_field_declares_its_permission_and_is_walked_below():
    staff = declared_fields(billing_schema.BillingAdminQuery)
    mutations = declared_fields(billing_schema.Mutation)
    user = declared_fields(billing_schema.Query)
    assert all(IsStaff in perms for perms in staff.values())
    assert IsStaff in mutations.pop("adjustReserve")
    assert all(IsAuthenticated in perms for perms in [*mutations.values(), *user.values()])
    assert set(staff) | {"adjustReserve"} == set(STAFF_FIELDS)
    assert set(user) | set(mutations) == set(USER_FIELDS)


async def test_a_normal_user_is_forbidden_every_staff_billing_field(gql):
    victim = await create_tenant()
    await create_reserve(victim, balance_cents=5000)
    user = await create_user()
    token = await token_for(user)
    for name, query in STAFF_FIELDS.items():
        body = await gql(query.replace("%s", str(victim.id)), token=token)
        assert [e["extensions"]["code"] for e in body["errors"]] == ["FORBIDDEN"], name
    assert (await ReserveAccount.get(tenant_id=victim.id)).balance_cents == 5000
    assert await LedgerEntry.filter(tenant_id=victim.id).count() == 1


async def test_anonymous_callers_get_nothing_from_any_billing_field(gql):
    for name, query in {**STAFF_FIELDS, **USER_FIELDS}.items():
        body = await gql(query.replace("%s", OTHER))
        assert [e["extensions"]["code"] for e in body["errors"]] == ["UNAUTHENTICATED"], name


async def test_a_normal_user_cannot_export_the_ledger(client):
    user = await create_user()
    token = await token_for(user)
    tenant = await create_tenant()
    await create_reserve(tenant, balance_cents=100)
    forbidden = await client.get(
        "/api/billing/admin/ledger/export.csv",
        params={"tenantId": str(tenant.id)},
        headers={"authorization": f"Bearer {token}"},
    )
    assert forbidden.status_code == 403 and "text/csv" not in forbidden.headers["content-type"]
    anonymous = await client.get("/api/billing/admin/ledger/export.csv")
    assert anonymous.status_code == 401


async def test_user_fields_only_ever_reach_the_callers_own_tenant(gql):
    victim = await create_tenant()
    await create_reserve(victim, balance_cents=5000)
    user = await create_user()
    token = await token_for(user)
    data = await gql.ok(USER_FIELDS["reserve"], token=token)
    assert data["reserve"] == {"balanceCents": 0, "ledger": {"totalCount": 0}}
    await gql.ok(USER_FIELDS["setLowBalancePolicy"], token=token)
    assert (await ReserveAccount.get(tenant_id=victim.id)).policy == "BLOCK"
    # No billing field takes a tenant id from a normal user: the scope decides.
    assert "tenantId" not in str(USER_FIELDS)
