import csv
import io
import uuid
from datetime import UTC, date, datetime, timedelta

import pytest

from server.audit.models import AuditEvent
from server.billing import ledger, service
from server.billing.models import CreditGrant, LedgerEntry, ReserveAccount, Subscription
from server.errors import ServiceError
from tests.factories import create_reserve, create_staff, create_tenant, create_user, error_codes, token_for

ADJUST = """
mutation($input: AdjustReserveInput!) {
  adjustReserve(input: $input) {
    reserve { tenantId balanceCents }
    entry { type amountCents balanceAfterCents reason actorUsername }
    errors { field message code }
  }
}"""
EXPORT = "/api/billing/admin/ledger/export.csv"


async def staff_token():
    return await token_for(await create_staff())


async def funded_tenant(balance=0, policy="BLOCK", **kw):
    tenant = await create_tenant(**kw)
    await create_reserve(tenant, balance_cents=balance, policy=policy)
    return tenant


async def test_adjust_adds_promotional_credit_with_expiry_and_audits_before_and_after(gql):
    token = await staff_token()
    tenant = await funded_tenant(1000)
    expires = (datetime.now(UTC) + timedelta(days=7)).isoformat()
    data = await gql.ok(
        ADJUST,
        {"input": {"tenantId": str(tenant.id), "amountCents": 500, "reason": "Launch promo", "expiresAt": expires}},
        token=token,
    )
    payload = data["adjustReserve"]
    assert payload["errors"] == []
    assert payload["reserve"]["balanceCents"] == 1500
    assert payload["entry"]["type"] == "ADJUSTMENT" and payload["entry"]["reason"] == "Launch promo"
    grant = await CreditGrant.get(kind="promotional")
    assert grant.remaining_cents == 500 and grant.expires_at is not None
    event = await AuditEvent.get(event_type="billing.reserve_adjusted")
    assert event.before == {"balance_cents": 1000}
    assert event.after["balance_cents"] == 1500 and event.after["amount_cents"] == 500
    assert event.message == "Launch promo" and event.actor_username == payload["entry"]["actorUsername"]


async def test_adjust_takes_money_out(gql):
    token = await staff_token()
    tenant = await funded_tenant(1000)
    data = await gql.ok(
        ADJUST, {"input": {"tenantId": str(tenant.id), "amountCents": -300, "reason": "Refund reversal"}}, token=token
    )
    assert data["adjustReserve"]["reserve"]["balanceCents"] == 700
    assert (await AuditEvent.get(event_type="billing.reserve_adjusted")).after["balance_cents"] == 700


@pytest.mark.parametrize(
    "overrides, code, field",
    [
        ({"amountCents": 0}, "INVALID_AMOUNT", "amountCents"),
        ({"amountCents": 1_000_001}, "AMOUNT_TOO_LARGE", "amountCents"),
        ({"amountCents": -2_000_000_000}, "AMOUNT_TOO_LARGE", "amountCents"),
        ({"amountCents": -1001}, "INSUFFICIENT_BALANCE", "amountCents"),
        ({"reason": ""}, "REASON_REQUIRED", "reason"),
        ({"reason": "   "}, "REASON_REQUIRED", "reason"),
        ({"reason": "x" * 501}, "REASON_TOO_LONG", "reason"),
        ({"tenantId": str(uuid.uuid4())}, "NOT_FOUND", "tenantId"),
        ({"tenantId": "not-a-uuid"}, "INVALID_ID", "tenantId"),
        ({"expiresAt": "2001-01-01T00:00:00+00:00"}, "INVALID_EXPIRY", "expiresAt"),
        ({"amountCents": -5, "expiresAt": "2099-01-01T00:00:00+00:00"}, "INVALID_EXPIRY", "expiresAt"),
        ({"expiresAt": "2999-01-01T00:00:00+00:00"}, "DATE_OUT_OF_RANGE", "expiresAt"),
    ],
)
async def test_bad_adjustments_are_refused_with_specific_codes_and_write_nothing(gql, overrides, code, field):
    token = await staff_token()
    tenant = await funded_tenant(1000)
    before_entries = await LedgerEntry.all().count()
    variables = {"input": {"tenantId": str(tenant.id), "amountCents": 100, "reason": "why", **overrides}}
    data = await gql.ok(ADJUST, variables, token=token)
    assert [(e["code"], e["field"]) for e in data["adjustReserve"]["errors"]] == [(code, field)]
    assert data["adjustReserve"]["reserve"] is None
    assert (await ReserveAccount.get(tenant_id=tenant.id)).balance_cents == 1000
    assert await LedgerEntry.all().count() == before_entries
    assert await AuditEvent.filter(event_type="billing.reserve_adjusted").count() == 0


async def test_a_missing_reason_is_a_graphql_error(gql):
    token = await staff_token()
    tenant = await funded_tenant(1000)
    body = await gql(ADJUST, {"input": {"tenantId": str(tenant.id), "amountCents": 100}}, token=token)
    assert error_codes(body) == ["GRAPHQL_VALIDATION_FAILED"] and body.get("data") is None
    assert "reason" in body["errors"][0]["message"]
    assert await LedgerEntry.all().count() == 1


async def test_the_adjust_maximum_is_a_setting(app, gql):
    app.state.settings = app.state.settings.model_copy(update={"billing_adjust_max_cents": 50})
    token = await staff_token()
    tenant = await funded_tenant(1000)
    data = await gql.ok(ADJUST, {"input": {"tenantId": str(tenant.id), "amountCents": 51, "reason": "r"}}, token=token)
    assert data["adjustReserve"]["errors"][0]["code"] == "AMOUNT_TOO_LARGE"


async def test_reserve_summary_counts_and_averages(gql):
    token = await staff_token()  # the staff user's own tenant has no reserve row until used
    for balance in (0, 100, 1000, 5000):
        await funded_tenant(balance)
    negative = await funded_tenant(0, policy="WARN")
    await ledger.debit(negative.id, 200, key="neg", reason="usage")
    data = await gql.ok(
        """{ admin { reserveSummary { accounts totalBalanceCents lowBalanceCount negativeCount
                                                      averageBalanceCents medianBalanceCents } } }""",
        token=token,
    )
    assert data["admin"]["reserveSummary"] == {
        "accounts": 5,
        "totalBalanceCents": 5900,
        "lowBalanceCount": 3,
        "negativeCount": 1,
        "averageBalanceCents": 1180,
        "medianBalanceCents": 100,
    }


BILLING_ACCOUNTS = """
query($search: String, $status: BillingAccountStatus, $sort: BillingAccountSort!, $descending: Boolean!, $first: Int, $after: String) {
  admin { billingAccounts(search: $search, status: $status, sort: $sort, descending: $descending, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { node { tenantName user { username } balanceCents status spend30dCents jobs30d lastActivityAt policy } }
  } }
}"""


async def test_billing_accounts_sort_filter_status_and_spend(gql):
    token = await staff_token()
    rich = await funded_tenant(9000, name="Rich")
    await create_user(tenant=rich, username="richie")
    await funded_tenant(100, name="Lowly")
    owing = await funded_tenant(0, policy="WARN", name="Owing")
    for _ in range(3):
        job_id = uuid.uuid4()
        await ledger.hold_for_job(rich.id, job_id, 100, kind="report", limited_max_cents=50)
        await ledger.settle_job(rich.id, job_id, 70)
    await ledger.debit(owing.id, 50, key="owe", reason="usage")
    subscribed = await funded_tenant(2000, name="PastDue")
    await Subscription.create(stripe_id="sub_pd", tenant=subscribed, status="past_due")

    async def fetch(**variables):
        base = {"sort": "BALANCE", "descending": False}
        return (await gql.ok(BILLING_ACCOUNTS, {**base, **variables}, token=token))["admin"]["billingAccounts"]

    everyone = await fetch(sort="BALANCE", descending=True)
    names = [e["node"]["tenantName"] for e in everyone["edges"]]
    assert names[:2] == ["Rich", "PastDue"] and names[-1] == "Owing"
    rich_row = everyone["edges"][0]["node"]
    assert rich_row["spend30dCents"] == 210 and rich_row["jobs30d"] == 3 and rich_row["status"] == "ACTIVE"
    assert rich_row["user"] == {"username": "richie"} and rich_row["lastActivityAt"] is not None
    statuses = {e["node"]["tenantName"]: e["node"]["status"] for e in everyone["edges"]}
    assert statuses["Lowly"] == "LOW" and statuses["Owing"] == "DELINQUENT" and statuses["PastDue"] == "DELINQUENT"
    assert [e["node"]["tenantName"] for e in (await fetch(status="DELINQUENT", sort="TENANT_NAME"))["edges"]] == [
        "Owing",
        "PastDue",
    ]
    assert [e["node"]["tenantName"] for e in (await fetch(search="richie"))["edges"]] == ["Rich"]
    assert [e["node"]["tenantName"] for e in (await fetch(sort="SPEND_30D", descending=True, first=1))["edges"]] == [
        "Rich"
    ]
    page1 = await fetch(first=2)
    page2 = await fetch(first=2, after=page1["pageInfo"]["endCursor"])
    seen = [e["node"]["tenantName"] for e in page1["edges"] + page2["edges"]]
    assert len(set(seen)) == 4 and page1["totalCount"] == everyone["totalCount"]
    body = await gql(
        BILLING_ACCOUNTS, {"sort": "BALANCE", "descending": True, "after": page1["pageInfo"]["endCursor"]}, token=token
    )
    # a cursor from another ordering is refused
    assert [(e["extensions"]["code"], e["extensions"].get("reason")) for e in body["errors"]] == [
        ("BAD_REQUEST", "INVALID_CURSOR")
    ]


async def test_tenant_reserve_shows_that_tenants_ledger(gql):
    token = await staff_token()
    tenant = await funded_tenant(800)
    await ledger.debit(tenant.id, 300, key="d", reason="usage")
    data = await gql.ok(
        """query($id: ID!) { admin { tenantReserve(tenantId: $id) {
        balanceCents ledger { totalCount edges { node { type amountCents } } } } } }""",
        {"id": str(tenant.id)},
        token=token,
    )
    reserve = data["admin"]["tenantReserve"]
    assert reserve["balanceCents"] == 500 and reserve["ledger"]["totalCount"] == 2
    assert reserve["ledger"]["edges"][0]["node"] == {"type": "DEBIT", "amountCents": -300}


async def test_usage_costs_per_day(gql):
    token = await staff_token()
    tenant = await funded_tenant(10_000)
    for cost in (120, 80):
        job = uuid.uuid4()
        await ledger.hold_for_job(tenant.id, job, 200, kind="report", limited_max_cents=50)
        await ledger.settle_job(tenant.id, job, cost)
    await ledger.debit(tenant.id, 999, key="not-a-job", reason="manual")
    today = date.today().isoformat()
    data = await gql.ok(
        """query($s: Date!, $e: Date!) { admin { usageCosts(startDate: $s, endDate: $e) {
        totalCostCents uncollectedCents jobs days { date costCents jobs } } } }""",
        {"s": today, "e": today},
        token=token,
    )
    assert data["admin"]["usageCosts"] == {
        "totalCostCents": 200,
        "uncollectedCents": 0,
        "jobs": 2,
        "days": [{"date": today, "costCents": 200, "jobs": 2}],
    }
    body = await gql(
        """{ admin { usageCosts(startDate: "2026-02-01", endDate: "2026-01-01") { jobs } } }""", token=token
    )
    assert [e["extensions"] for e in body["errors"]] == [
        {"code": "BAD_REQUEST", "reason": "INVALID_DATE_RANGE", "field": "endDate"}
    ]


async def test_ledger_export_streams_csv_for_staff_and_respects_filters(client):
    staff = await create_staff()
    token = await token_for(staff)
    one = await funded_tenant(500, name="=cmd|' /C calc'!A0")
    two = await funded_tenant(700)
    await ledger.debit(one.id, 100, key="d1", reason="usage")
    response = await client.get(EXPORT, headers={"authorization": f"Bearer {token}"})
    assert response.status_code == 200 and response.headers["content-type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(response.text)))
    assert len(rows) == 3
    assert {r["tenant_id"] for r in rows} == {str(one.id), str(two.id)}
    assert all(r["tenant_name"].startswith("'=") for r in rows if r["tenant_id"] == str(one.id))
    filtered = await client.get(
        EXPORT, params={"tenantId": str(one.id), "type": "debit"}, headers={"authorization": f"Bearer {token}"}
    )
    rows = list(csv.DictReader(io.StringIO(filtered.text)))
    assert [(r["type"], r["amount_cents"], r["balance_after_cents"]) for r in rows] == [("debit", "-100", "400")]
    today = date.today()
    future = await client.get(
        EXPORT,
        params={"startDate": (today + timedelta(days=1)).isoformat()},
        headers={"authorization": f"Bearer {token}"},
    )
    assert future.status_code == 200 and future.text.strip() == ",".join(service.EXPORT_COLUMNS)
    bad = await client.get(EXPORT, params={"type": "bogus"}, headers={"authorization": f"Bearer {token}"})
    assert bad.status_code == 400 and bad.json()["error"] == "INVALID_ENTRY_TYPE"
    assert (
        await AuditEvent.filter(event_type="billing.ledger_exported", actor_id=staff.id).count() == 3
    )  # the refusal is not


async def test_ledger_export_pages_through_large_ledgers(client, app):
    from server.auth.scope import RequestMeta

    token = await token_for(await create_staff())
    tenant = await funded_tenant(0)
    for i in range(25):
        await ledger.credit(tenant.id, 10, key=f"c{i}", reason="top-up")
    staff = await create_staff()
    rows = await service.export_ledger_for_staff(
        staff, service.LedgerExportFilter(tenant_id=tenant.id), meta=RequestMeta(), batch=7
    )
    collected = [row async for row in rows]
    assert len(collected) == 25 and len({row[1] for row in collected}) == 25
    assert [row[6] for row in collected] == list(range(10, 260, 10))
    response = await client.get(EXPORT, headers={"authorization": f"Bearer {token}"})
    assert len(response.text.strip().splitlines()) == 26


async def test_money_totals_beyond_32_bits_are_served(gql):
    token = await staff_token()
    for _ in range(3):
        await funded_tenant(ledger.MAX_BALANCE_CENTS)
    data = await gql.ok("{ admin { reserveSummary { totalBalanceCents averageBalanceCents } } }", token=token)
    assert data["admin"]["reserveSummary"]["totalBalanceCents"] == 3 * ledger.MAX_BALANCE_CENTS


async def test_billing_account_search_treats_wildcards_literally(gql):
    token = await staff_token()
    await funded_tenant(100, name="100% legit")
    await funded_tenant(100, name="plain")
    data = await gql.ok(BILLING_ACCOUNTS, {"sort": "BALANCE", "descending": False, "search": "%"}, token=token)
    assert [e["node"]["tenantName"] for e in data["admin"]["billingAccounts"]["edges"]] == ["100% legit"]


async def test_an_adjustment_sent_twice_with_one_key_moves_money_once(gql):
    token = await staff_token()
    tenant = await funded_tenant(1000)
    variables = {
        "input": {"tenantId": str(tenant.id), "amountCents": 250, "reason": "goodwill", "idempotencyKey": "click-42"}
    }
    first, second = [(await gql.ok(ADJUST, variables, token=token))["adjustReserve"] for _ in range(2)]
    assert first["errors"] == second["errors"] == []
    assert first["entry"] == second["entry"]
    assert (await ReserveAccount.get(tenant_id=tenant.id)).balance_cents == 1250
    assert await AuditEvent.filter(event_type="billing.reserve_adjusted").count() == 1
    other = {"input": {**variables["input"], "amountCents": 999}}
    data = await gql.ok(ADJUST, other, token=token)
    assert data["adjustReserve"]["errors"][0]["code"] == "IDEMPOTENCY_KEY_REUSED"
    assert (await ReserveAccount.get(tenant_id=tenant.id)).balance_cents == 1250


async def test_an_adjustment_with_an_overlong_idempotency_key_is_refused(gql):
    token = await staff_token()
    tenant = await funded_tenant(1000)
    data = await gql.ok(
        ADJUST,
        {"input": {"tenantId": str(tenant.id), "amountCents": 100, "reason": "goodwill", "idempotencyKey": "k" * 101}},
        token=token,
    )
    assert [(e["code"], e["field"]) for e in data["adjustReserve"]["errors"]] == [
        ("INVALID_IDEMPOTENCY_KEY", "idempotencyKey")
    ]
    assert (await ReserveAccount.get(tenant_id=tenant.id)).balance_cents == 1000


async def test_usage_costs_refuse_more_than_a_year_at_a_time(gql):
    token = await staff_token()
    body = await gql('{ admin { usageCosts(startDate: "2024-01-01", endDate: "2025-01-01") { jobs } } }', token=token)
    assert [e["extensions"] for e in body["errors"]] == [
        {"code": "BAD_REQUEST", "reason": "DATE_RANGE_TOO_LONG", "field": "endDate"}
    ]
    body = await gql('{ admin { usageCosts(startDate: "2025-01-01", endDate: "2026-01-01") { jobs } } }', token=token)
    assert body["data"]["admin"]["usageCosts"]["jobs"] == 0 and "errors" not in body


@pytest.mark.parametrize("change, code", [({"sort": "COLOUR"}, "INVALID_SORT"), ({"status": "RICH"}, "INVALID_STATUS")])
async def test_billing_accounts_refuse_an_unknown_sort_or_status(app, change, code):
    arguments = {"search": None, "status": None, "sort": "BALANCE", "descending": False, "first": 10, "after": None}
    with pytest.raises(ServiceError) as exc:
        await service.list_billing_accounts_for_staff(**{**arguments, **change})
    assert (exc.value.code, exc.value.field) == (code, next(iter(change)))
