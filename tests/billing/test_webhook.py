import asyncio
import json
import time

from server.billing.models import LedgerEntry, ReserveAccount, StripeEvent, Subscription
from tests.billing.conftest import WEBHOOK
from tests.billing.stripe_fake import checkout_session, event, subscription
from tests.factories import create_reserve, create_tenant


def topup(tenant, amount=2500, **overrides):
    metadata = {"purpose": "reserve_topup", "tenant_id": str(tenant.id), "user_id": "u"}
    return checkout_session(amount_total=amount, metadata=metadata, **overrides)


async def balance_of(tenant):
    return (await ReserveAccount.get(tenant_id=tenant.id)).balance_cents


async def test_paid_checkout_session_credits_the_reserve(stripe_on, deliver):
    tenant = await create_tenant()
    await create_reserve(tenant)
    session = topup(tenant)
    response = await deliver(event("checkout.session.completed", session))
    assert response.status_code == 200, response.text
    assert response.json() == {"received": True, "outcome": "credited"}
    assert await balance_of(tenant) == 2500
    entry = await LedgerEntry.get(type="credit")
    assert entry.stripe_reference == session["id"] and entry.idempotency_key == f"stripe:checkout:{session['id']}"
    stored = await StripeEvent.get()
    assert stored.outcome == "credited" and stored.processed_at is not None


async def test_the_same_webhook_delivered_five_times_concurrently_credits_once(stripe_on, deliver):
    tenant = await create_tenant()
    await create_reserve(tenant)
    evt = event("checkout.session.completed", topup(tenant))
    responses = await asyncio.gather(*[deliver(evt) for _ in range(5)])
    assert [r.status_code for r in responses] == [200] * 5
    outcomes = sorted(r.json()["outcome"] for r in responses)
    assert outcomes == ["credited"] + ["duplicate"] * 4
    assert await balance_of(tenant) == 2500
    assert await LedgerEntry.filter(type="credit").count() == 1
    assert await StripeEvent.all().count() == 1


async def test_completed_and_async_succeeded_for_one_session_credit_once_in_any_order(stripe_on, deliver):
    tenant = await create_tenant()
    await create_reserve(tenant)
    pending = topup(tenant, payment_status="unpaid")
    paid = {**pending, "payment_status": "paid"}
    # Late and out of order: the success first, then the "completed, unpaid" and a paid completion re-sent.
    assert (await deliver(event("checkout.session.async_payment_succeeded", paid))).json()["outcome"] == "credited"
    assert (await deliver(event("checkout.session.completed", pending))).json()["outcome"] == "awaiting_payment"
    assert (await deliver(event("checkout.session.completed", paid))).json()["outcome"] == "already_credited"
    assert await balance_of(tenant) == 2500
    assert await StripeEvent.all().count() == 3


async def test_unpaid_completion_waits_for_the_async_payment(stripe_on, deliver):
    tenant = await create_tenant()
    await create_reserve(tenant)
    pending = topup(tenant, payment_status="unpaid")
    await deliver(event("checkout.session.completed", pending))
    assert await balance_of(tenant) == 0
    await deliver(event("checkout.session.async_payment_succeeded", {**pending, "payment_status": "paid"}))
    assert await balance_of(tenant) == 2500


async def test_forged_or_stale_signatures_are_refused_and_store_nothing(stripe_on, deliver, client):
    tenant = await create_tenant()
    await create_reserve(tenant)
    evt = event("checkout.session.completed", topup(tenant))
    forged = await deliver(evt, secret="whsec_attacker")
    stale = await deliver(evt, timestamp=int(time.time()) - 3600)
    garbage = await deliver(evt, signature="t=1,v1=deadbeef")
    missing = await client.post(WEBHOOK, content=json.dumps(evt).encode())
    for response in (forged, stale, garbage, missing):
        assert response.status_code == 400
        assert response.json()["error"] == "invalid_signature"
    # A body altered after signing fails too.
    body = json.dumps(evt)
    from tests.billing.stripe_fake import WEBHOOK_SECRET
    from tests.factories import stripe_signature

    tampered = await deliver(
        None, body=body.replace("2500", "250000"), signature=stripe_signature(body, WEBHOOK_SECRET)
    )
    assert tampered.status_code == 400
    assert await StripeEvent.all().count() == 0
    assert await balance_of(tenant) == 0


async def test_a_signed_body_that_is_not_json_is_refused(stripe_on, deliver):
    response = await deliver(None, body="this is not json")
    assert response.status_code == 400 and response.json()["error"] == "invalid_payload"
    response = await deliver(None, body='{"id": "evt_1"}')
    assert response.status_code == 400 and response.json()["error"] == "invalid_payload"
    assert await StripeEvent.all().count() == 0


async def test_an_unknown_event_type_is_acknowledged_and_ignored(stripe_on, deliver):
    response = await deliver(event("customer.created", {"id": "cus_1", "object": "customer"}))
    assert response.status_code == 200 and response.json()["outcome"] == "ignored"
    assert await StripeEvent.all().count() == 0


async def test_webhook_answers_503_when_billing_is_not_configured(app, deliver):
    response = await deliver(event("checkout.session.completed", {"id": "cs_1"}))
    assert response.status_code == 503 and response.json()["error"] == "billing_not_configured"


async def test_a_session_for_an_unknown_tenant_or_another_currency_is_recorded_not_credited(stripe_on, deliver):
    import uuid

    tenant = await create_tenant()
    await create_reserve(tenant)
    ghost = await create_tenant()
    ghost_session = topup(ghost)
    await ghost.delete()
    assert (await deliver(event("checkout.session.completed", ghost_session))).json()["outcome"] == "refused:NOT_FOUND"
    euro = topup(tenant, currency="eur")
    assert (await deliver(event("checkout.session.completed", euro))).json()["outcome"] == "refused:CURRENCY_MISMATCH"
    other = checkout_session(amount_total=900, metadata={"tenant_id": str(tenant.id)})
    assert (await deliver(event("checkout.session.completed", other))).json()["outcome"] == "not_a_topup"
    bad_id = checkout_session(
        amount_total=900, metadata={"purpose": "reserve_topup", "tenant_id": str(uuid.uuid4())[:8]}
    )
    assert (await deliver(event("checkout.session.completed", bad_id))).json()["outcome"] == "unknown_tenant"
    assert await balance_of(tenant) == 0
    assert await LedgerEntry.all().count() == 0
    assert await StripeEvent.all().count() == 4


async def test_subscription_events_in_any_order_end_in_the_same_state(stripe_on, deliver):
    tenant = await create_tenant()
    t0 = int(time.time())
    for sub_id, order in (("sub_in_order", [0, 1, 2]), ("sub_shuffled", [2, 0, 1])):
        events = [
            event(
                "customer.subscription.created",
                subscription(sub_id=sub_id, status="incomplete", tenant_id=str(tenant.id)),
                created=t0,
            ),
            event(
                "customer.subscription.updated",
                subscription(sub_id=sub_id, status="active", unit_amount=2900, tenant_id=str(tenant.id)),
                created=t0 + 10,
            ),
            event(
                "customer.subscription.deleted",
                {
                    **subscription(sub_id=sub_id, status="canceled", unit_amount=2900, tenant_id=str(tenant.id)),
                    "ended_at": t0 + 20,
                },
                created=t0 + 20,
            ),
        ]
        for i in order:
            assert (await deliver(events[i])).status_code == 200
        await deliver(events[1])  # a late re-send with a new id changes nothing
    rows = {s.stripe_id: s for s in await Subscription.all()}
    for row in rows.values():
        assert row.status == "canceled" and row.tenant_id == tenant.id
        assert row.monthly_amount_cents == 2900 and row.plan == "Pro"
        assert row.canceled_at is not None and int(row.canceled_at.timestamp()) == t0 + 20


async def test_yearly_plans_count_a_twelfth_per_month(stripe_on, deliver):
    await deliver(
        event("customer.subscription.created", subscription(sub_id="sub_y", unit_amount=12000, interval="year"))
    )
    assert (await Subscription.get(stripe_id="sub_y")).monthly_amount_cents == 1000


async def test_payment_failed_is_recorded_even_before_the_subscription_arrives(stripe_on, deliver):
    tenant = await create_tenant()
    t0 = int(time.time())
    invoice = {
        "id": "in_1",
        "object": "invoice",
        "customer": "cus_test_1",
        "subscription": "sub_late",
        "status": "open",
        "amount_due": 1900,
    }
    assert (await deliver(event("invoice.payment_failed", invoice, created=t0 + 5))).json()[
        "outcome"
    ] == "payment_failure_recorded"
    await deliver(
        event(
            "customer.subscription.updated",
            subscription(sub_id="sub_late", status="past_due", tenant_id=str(tenant.id)),
            created=t0 + 6,
        )
    )
    row = await Subscription.get(stripe_id="sub_late")
    assert row.status == "past_due" and row.last_failed_invoice_id == "in_1" and row.tenant_id == tenant.id
    assert int(row.last_payment_failed_at.timestamp()) == t0 + 5


async def test_a_crash_while_applying_an_event_stores_nothing_so_the_retry_credits(stripe_on, deliver, monkeypatch):
    import pytest

    from server.billing import ledger

    tenant = await create_tenant()
    await create_reserve(tenant)
    evt = event("checkout.session.completed", topup(tenant))
    original = ledger._save

    async def crash(account):
        raise ConnectionResetError("database went away")

    monkeypatch.setattr(ledger, "_save", crash)
    with pytest.raises(ConnectionResetError):
        await deliver(evt)
    assert await StripeEvent.all().count() == 0 and await balance_of(tenant) == 0
    monkeypatch.setattr(ledger, "_save", original)
    assert (await deliver(evt)).json()["outcome"] == "credited"
    assert await balance_of(tenant) == 2500
