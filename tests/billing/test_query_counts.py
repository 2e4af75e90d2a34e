"""List queries make a fixed number of SQL statements, however long the list."""

from server.billing import ledger
from tests.factories import create_reserve, create_staff, create_tenant, create_user, token_for


async def statements_for(gql, count_queries, query, token):
    await gql.ok(query, token=token)  # warm: token last-used, lazily made rows
    with count_queries() as counted:
        await gql.ok(query, token=token)
    return len(counted)


async def test_reserve_ledger_makes_the_same_statements_for_3_or_60_entries(gql, count_queries):
    user = await create_user()
    tenant = await (await user.profile).tenant
    await create_reserve(tenant)
    token = await token_for(user)
    query = "{ reserve { balanceCents ledger(first: 100) { totalCount edges { node { id type amountCents } } } } }"
    for i in range(3):
        await ledger.credit(tenant.id, 10, key=f"a{i}", reason="r")
    few = await statements_for(gql, count_queries, query, token)
    for i in range(57):
        await ledger.credit(tenant.id, 10, key=f"b{i}", reason="r")
    many = await statements_for(gql, count_queries, query, token)
    assert 0 < few == many <= 6


async def test_billing_accounts_makes_the_same_statements_for_3_or_30_accounts(gql, count_queries):
    token = await token_for(await create_staff())
    query = "{ admin { billingAccounts(first: 100) { totalCount edges { node { tenantName user { username } balanceCents spend30dCents } } } } }"
    for _ in range(3):
        await create_reserve(await create_tenant(), balance_cents=100)
    few = await statements_for(gql, count_queries, query, token)
    for _ in range(27):
        tenant = await create_tenant()
        await create_user(tenant=tenant)
        await create_reserve(tenant, balance_cents=100)
    many = await statements_for(gql, count_queries, query, token)
    assert 0 < few == many <= 5
