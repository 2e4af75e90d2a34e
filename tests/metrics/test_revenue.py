"""MRR and its movements from a known subscription history, delivered as signed Stripe webhooks:
created, upgraded, downgraded, canceled and reactivated across three months. Every figure is exact,
and start MRR + movements = end MRR in every month."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from server.metrics.models import MetricsSnapshot, PaymentFailure, SubscriptionChange
from tests.billing.stripe_fake import event, subscription
from tests.factories import create_staff, create_tenant, token_for

METRICS = """query($s: Date, $e: Date, $t: ID, $p: String) { admin { metrics(startDate: $s, endDate: $e, tenantId: $t, plan: $p) {
  startDate endDate fromSnapshot
  revenue { mrrCents arrCents arpaCents startMrrCents customersAtStart payingCustomers
    newCents expansionCents contractionCents churnedCents reactivationCents netMovementCents
    newCustomers expansionCustomers contractionCustomers churnedCustomers reactivatedCustomers
    customerChurnRate revenueChurnRate netRevenueRetention grossRevenueRetention
    subscriptionsByStatus { status count } failedPayments }
  alerts { code value threshold }
} } }"""


def ts(day: str) -> int:
    return int(datetime.fromisoformat(day).replace(tzinfo=UTC).timestamp())


STARTED = {
    "sub_a": "2026-01-10",
    "sub_b": "2026-01-15",
    "sub_c": "2026-01-20",
    "sub_d": "2025-12-20",
    "sub_d2": "2026-03-05",
    "sub_e": "2026-02-10",
}


def sub_event(kind, sub_id, tenant, day, *, status="active", amount=1900, nickname="Pro", interval="month"):
    obj = subscription(
        sub_id=sub_id,
        status=status,
        unit_amount=amount,
        tenant_id=str(tenant.id),
        customer=f"cus_{tenant.id.hex[:8]}",
        nickname=nickname,
        interval=interval,
    )
    obj["start_date"] = ts(STARTED[sub_id])
    if kind == "customer.subscription.deleted":
        obj["ended_at"] = ts(day)
    return event(kind, obj, created=ts(day))


@pytest.fixture
async def history(stripe_on, deliver):
    a, b, c, d, e = [await create_tenant(name=f"Customer {n}") for n in "ABCDE"]
    created, updated, deleted = (
        "customer.subscription.created",
        "customer.subscription.updated",
        "customer.subscription.deleted",
    )
    events = [
        sub_event(created, "sub_d", d, "2025-12-20", amount=1000),
        sub_event(created, "sub_a", a, "2026-01-10", amount=1900),
        sub_event(created, "sub_b", b, "2026-01-15", amount=2900),
        sub_event(created, "sub_c", c, "2026-01-20", status="trialing", amount=1900),
        sub_event(deleted, "sub_d", d, "2026-01-25", status="canceled", amount=1000),
        sub_event(created, "sub_c", c, "2026-01-20", status="trialing", amount=1900),  # a re-send: no new state
        sub_event(updated, "sub_c", c, "2026-02-03", amount=1900),
        sub_event(updated, "sub_a", a, "2026-02-05", amount=4900, nickname="Team"),
        sub_event(created, "sub_e", e, "2026-02-10", amount=12000, interval="year"),
        sub_event(updated, "sub_b", b, "2026-02-20", amount=1900),
        sub_event(created, "sub_d2", d, "2026-03-05", amount=1500),
        sub_event(deleted, "sub_b", b, "2026-03-10", status="canceled", amount=1900),
    ]
    for ev in events:
        assert (await deliver(ev)).status_code == 200
    failed = {"id": "in_c1", "object": "invoice", "customer": "cus_x", "subscription": "sub_c", "status": "open"}
    await deliver(event("invoice.payment_failed", failed, created=ts("2026-03-12")))
    await deliver(event("invoice.payment_failed", failed, created=ts("2026-03-13")))  # Stripe's retry: one failure
    return {"a": a, "b": b, "c": c, "d": d, "e": e}


async def metrics(gql, token, start, end, **filters):
    variables = {"s": start, "e": end, "t": filters.get("tenant"), "p": filters.get("plan")}
    return (await gql.ok(METRICS, variables, token=token))["admin"]["metrics"]


def reconciles(rev: dict) -> bool:
    moved = sum(rev[k] for k in ("newCents", "expansionCents", "contractionCents", "churnedCents", "reactivationCents"))
    return rev["startMrrCents"] + moved == rev["mrrCents"] and moved == rev["netMovementCents"]


async def test_january_new_customers_and_a_churn(gql, history):
    token = await token_for(await create_staff())
    found = await metrics(gql, token, "2026-01-01", "2026-01-31")
    rev = found["revenue"]
    assert found["fromSnapshot"] is False
    assert rev == {
        "mrrCents": 4800,
        "arrCents": 57600,
        "arpaCents": 2400,
        "startMrrCents": 1000,
        "customersAtStart": 1,
        "payingCustomers": 2,
        "newCents": 4800,
        "expansionCents": 0,
        "contractionCents": 0,
        "churnedCents": -1000,
        "reactivationCents": 0,
        "netMovementCents": 3800,
        "newCustomers": 2,
        "expansionCustomers": 0,
        "contractionCustomers": 0,
        "churnedCustomers": 1,
        "reactivatedCustomers": 0,
        "customerChurnRate": 1.0,
        "revenueChurnRate": 1.0,
        "netRevenueRetention": 0.0,
        "grossRevenueRetention": 0.0,
        "subscriptionsByStatus": [
            {"status": "active", "count": 2},
            {"status": "trialing", "count": 1},
            {"status": "past_due", "count": 0},
            {"status": "canceled", "count": 1},
        ],
        "failedPayments": 0,
    }
    assert reconciles(rev)


async def test_february_trial_converts_upgrade_downgrade_and_a_yearly_plan(gql, history):
    token = await token_for(await create_staff())
    rev = (await metrics(gql, token, "2026-02-01", "2026-02-28"))["revenue"]
    assert (rev["startMrrCents"], rev["mrrCents"]) == (4800, 9700)
    assert (rev["newCents"], rev["expansionCents"], rev["contractionCents"]) == (2900, 3000, -1000)
    assert (rev["churnedCents"], rev["reactivationCents"]) == (0, 0)
    assert (rev["newCustomers"], rev["expansionCustomers"], rev["contractionCustomers"]) == (2, 1, 1)
    assert rev["customerChurnRate"] == 0.0
    assert rev["revenueChurnRate"] == 1000 / 4800
    assert rev["grossRevenueRetention"] == 3800 / 4800
    assert rev["netRevenueRetention"] == 6800 / 4800
    assert (rev["payingCustomers"], rev["arpaCents"], rev["arrCents"]) == (4, 9700 // 4, 12 * 9700)
    assert reconciles(rev)


async def test_march_churn_reactivation_failed_payments_and_their_alerts(gql, history):
    token = await token_for(await create_staff())
    found = await metrics(gql, token, "2026-03-01", "2026-03-31")
    rev = found["revenue"]
    assert (rev["startMrrCents"], rev["mrrCents"]) == (9700, 9300)
    assert (rev["churnedCents"], rev["churnedCustomers"]) == (-1900, 1)
    assert (rev["reactivationCents"], rev["reactivatedCustomers"]) == (1500, 1)
    assert (rev["newCents"], rev["expansionCents"], rev["contractionCents"]) == (0, 0, 0)
    assert rev["customerChurnRate"] == 0.25 and rev["revenueChurnRate"] == 1900 / 9700
    assert rev["failedPayments"] == 1
    assert reconciles(rev)
    alerts = {a["code"]: a for a in found["alerts"]}
    # Churn 25 % against February's 0 % (+5 points allowed); 1 failed payment against 0 times 2 before.
    assert alerts["CHURN_RISING"]["value"] == 25.0 and alerts["CHURN_RISING"]["threshold"] == 5.0
    assert alerts["FAILED_PAYMENTS"]["value"] == 1.0 and alerts["FAILED_PAYMENTS"]["threshold"] == 0.0
    assert await PaymentFailure.all().count() == 1


async def test_a_quarter_reconciles_as_its_months_chain(gql, history):
    token = await token_for(await create_staff())
    quarter = (await metrics(gql, token, "2026-01-01", "2026-03-31"))["revenue"]
    assert (quarter["startMrrCents"], quarter["mrrCents"]) == (1000, 9300)
    assert reconciles(quarter)
    # Over the quarter only D paid at its start: 1000 then, 1500 at its end (churned and back) is an
    # expansion; A, C and E are new; B came and went inside it, so it moves nothing.
    assert (quarter["expansionCents"], quarter["newCents"], quarter["churnedCents"]) == (500, 4900 + 1900 + 1000, 0)
    assert quarter["newCustomers"] == 3


async def test_tenant_and_plan_filters(gql, history):
    token = await token_for(await create_staff())
    a = (await metrics(gql, token, "2026-02-01", "2026-02-28", tenant=str(history["a"].id)))["revenue"]
    assert (a["startMrrCents"], a["mrrCents"], a["expansionCents"], a["payingCustomers"]) == (1900, 4900, 3000, 1)
    team = (await metrics(gql, token, "2026-02-01", "2026-02-28", plan="Team"))["revenue"]
    assert (team["startMrrCents"], team["mrrCents"], team["newCents"], team["newCustomers"]) == (0, 4900, 4900, 1)
    assert reconciles(a) and reconciles(team)


async def test_mrr_series_by_month(gql, history):
    token = await token_for(await create_staff())
    data = await gql.ok(
        """{ admin { metricsSeries(metric: "mrr_cents", startDate: "2026-01-01", endDate: "2026-03-31",
             interval: "MONTH") { start value } } }""",
        token=token,
    )
    assert data["admin"]["metricsSeries"] == [
        {"start": "2026-01-01", "value": 4800.0},
        {"start": "2026-02-01", "value": 9700.0},
        {"start": "2026-03-01", "value": 9300.0},
    ]
    failures = await gql.ok(
        """{ admin { metricsSeries(metric: "failed_payments", startDate: "2026-03-01", endDate: "2026-03-31",
             interval: "WEEK") { start value } } }""",
        token=token,
    )
    weeks = failures["admin"]["metricsSeries"]
    assert weeks[0]["start"] == "2026-02-23"  # Mondays
    assert [w["value"] for w in weeks] == [0.0, 0.0, 1.0, 0.0, 0.0, 0.0]


async def test_subscriptions_recorded_before_history_get_one_from_a_backfill(gql, history):
    token = await token_for(await create_staff())
    await SubscriptionChange.all().delete()
    found = await metrics(gql, token, "2026-03-01", "2026-03-31")
    # Only the present state and the cancellations are known now: B (canceled 10 March) and D's first
    # subscription (canceled in January) are rebuilt from their rows.
    assert found["revenue"]["churnedCents"] == -1900
    assert found["revenue"]["mrrCents"] == 4900 + 1900 + 1000 + 1500
    assert await SubscriptionChange.filter(status="canceled").count() == 2


@pytest.mark.parametrize(
    ("variables", "reason"),
    [
        ({"s": "2026-03-31", "e": "2026-03-01"}, "INVALID_DATE_RANGE"),
        ({"s": "2024-01-01", "e": "2026-01-02"}, "DATE_RANGE_TOO_LONG"),
        ({"t": "6f1c2a4e-0000-4000-8000-000000000009"}, "UNKNOWN_TENANT"),
        ({"p": "Platinum"}, "UNKNOWN_PLAN"),
    ],
)
async def test_bad_filters_are_refused_with_their_code_and_store_nothing(gql, variables, reason):
    token = await token_for(await create_staff())
    body = await gql(METRICS, {"s": None, "e": None, "t": None, "p": None} | variables, token=token)
    assert body["errors"][0]["extensions"]["code"] == "BAD_REQUEST"
    assert body["errors"][0]["extensions"]["reason"] == reason
    assert await MetricsSnapshot.all().count() == 0


@pytest.mark.parametrize(
    ("arguments", "reason"),
    [('metric: "revenue_magic"', "UNKNOWN_METRIC"), ('metric: "signups", interval: "YEAR"', "INVALID_INTERVAL")],
)
async def test_unknown_series_or_interval_is_refused(gql, arguments, reason):
    token = await token_for(await create_staff())
    body = await gql(f"{{ admin {{ metricsSeries({arguments}) {{ start value }} }} }}", token=token)
    assert body["errors"][0]["extensions"]["reason"] == reason
