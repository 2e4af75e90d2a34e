from server.audit.models import AuditEvent
from server.billing import ledger
from server.billing.models import LedgerEntry, ReserveAccount
from server.tenants.models import Tenant
from tests.factories import create_passkey, create_reserve, create_user, token_for

RESERVE = """
query($first: Int, $after: String) {
  reserve { balanceCents currency isLow policy
            ledger(first: $first, after: $after) { edges { cursor node { type amountCents balanceAfterCents reason } }
                                                   pageInfo { hasNextPage endCursor } totalCount } }
}"""
SET_POLICY = """
mutation($policy: LowBalancePolicy!) {
  setLowBalancePolicy(policy: $policy) { reserve { policy } errors { field message code } }
}"""


async def user_with_reserve(balance=0, **kw):
    user = await create_user(**kw)
    tenant = await (await user.profile).tenant
    await create_reserve(tenant, balance_cents=balance)
    return user, tenant, await token_for(user)


async def test_signup_creates_the_tenant_reserve(gql):
    raw, _ = await create_passkey()
    data = await gql.ok(
        """mutation($input: SignupInput!) { signup(input: $input) { token errors { code } } }""",
        {
            "input": {
                "passkey": raw,
                "username": "ada",
                "email": "ada@example.com",
                "password": "analytical-engine-1843",
            }
        },
    )
    token = data["signup"]["token"]
    reserve = await gql.ok("{ reserve { balanceCents currency isLow policy } }", token=token)
    assert reserve["reserve"] == {"balanceCents": 0, "currency": "USD", "isLow": True, "policy": "BLOCK"}
    assert await ReserveAccount.all().count() == 1


async def test_bootstrap_creates_the_default_tenant_reserve(app, settings):
    from server.system.bootstrap import bootstrap

    await bootstrap(settings.model_copy(update={"admin_password": None}))
    tenant = await Tenant.get(name=settings.default_tenant_name)
    assert await ReserveAccount.filter(tenant_id=tenant.id).count() == 1


async def test_reserve_ledger_pages_newest_first(gql):
    _user, tenant, token = await user_with_reserve()
    for i in range(5):
        await ledger.credit(tenant.id, 100 + i, key=f"c{i}", reason=f"top-up {i}")
    first = (await gql.ok(RESERVE, {"first": 3}, token=token))["reserve"]
    assert first["balanceCents"] == 510 and first["ledger"]["totalCount"] == 5
    assert [e["node"]["amountCents"] for e in first["ledger"]["edges"]] == [104, 103, 102]
    assert first["ledger"]["pageInfo"]["hasNextPage"] is True
    rest = (await gql.ok(RESERVE, {"first": 3, "after": first["ledger"]["pageInfo"]["endCursor"]}, token=token))[
        "reserve"
    ]
    assert [e["node"]["amountCents"] for e in rest["ledger"]["edges"]] == [101, 100]
    assert rest["ledger"]["edges"][-1]["node"]["balanceAfterCents"] == 100


async def test_set_low_balance_policy_changes_it_and_audits(gql):
    user, tenant, token = await user_with_reserve()
    data = await gql.ok(SET_POLICY, {"policy": "WARN"}, token=token)
    assert data["setLowBalancePolicy"] == {"reserve": {"policy": "WARN"}, "errors": []}
    assert (await ReserveAccount.get(tenant_id=tenant.id)).policy == "WARN"
    event = await AuditEvent.get(event_type="billing.policy_changed")
    assert event.before == {"policy": "BLOCK"} and event.after == {"policy": "WARN"} and event.actor_id == user.id


async def test_a_policy_name_that_does_not_exist_is_refused_and_changes_nothing(gql):
    _user, tenant, token = await user_with_reserve()
    body = await gql(
        "mutation { setLowBalancePolicy(policy: YOLO) { reserve { policy } errors { code } } }", token=token
    )
    assert body["errors"][0]["extensions"]["code"] == "GRAPHQL_VALIDATION_FAILED"
    assert "YOLO" in body["errors"][0]["message"]
    assert (await ReserveAccount.get(tenant_id=tenant.id)).policy == "BLOCK"
    assert await AuditEvent.filter(event_type="billing.policy_changed").count() == 0


async def test_a_user_sees_only_their_own_tenant_ledger(gql):
    _alice, alice_tenant, alice_token = await user_with_reserve(balance=700)
    _bob, bob_tenant, bob_token = await user_with_reserve(balance=300)
    await ledger.debit(bob_tenant.id, 50, key="bob-secret", reason="bob's private job")
    alice_view = (await gql.ok(RESERVE, token=alice_token))["reserve"]
    assert alice_view["balanceCents"] == 700
    assert [e["node"]["reason"] for e in alice_view["ledger"]["edges"]] == ["test funds"]
    bob_view = (await gql.ok(RESERVE, token=bob_token))["reserve"]
    # A cursor from Bob's ledger does not open Alice's or the other way round.
    cursor = bob_view["ledger"]["edges"][0]["cursor"]
    body = await gql(RESERVE, {"after": cursor}, token=alice_token)
    assert [e["extensions"] for e in body["errors"]] == [
        {"code": "BAD_REQUEST", "reason": "INVALID_CURSOR", "field": "after"}
    ]
    assert body["data"] is None
    assert await LedgerEntry.filter(tenant_id=alice_tenant.id).count() == 1


async def test_reserve_requires_login(gql):
    body = await gql(RESERVE)
    assert body["errors"][0]["extensions"]["code"] == "UNAUTHENTICATED"
