"""Correctly signed webhooks whose body is not an event we can apply: 400 `invalid_payload`, nothing stored.

And signatures dated beyond the tolerance in either direction: 400 `invalid_signature`.
"""

from __future__ import annotations

import json
import time

import pytest

from server.billing.models import LedgerEntry, StripeEvent, Subscription
from tests.billing.stripe_fake import checkout_session, event, subscription
from tests.factories import create_reserve, create_tenant


def topup(tenant, **overrides):
    metadata = {"purpose": "reserve_topup", "tenant_id": str(tenant.id), "user_id": "u"}
    return checkout_session(amount_total=2500, metadata=metadata, **overrides)


def without(obj: dict, key: str) -> dict:
    return {k: v for k, v in obj.items() if k != key}


def overflowing_subscription() -> dict:
    sub = subscription(sub_id="sub_big", unit_amount=2**62)
    sub["items"]["data"][0]["quantity"] = 2**62
    return sub


def bodies(tenant) -> dict[str, str]:
    session = topup(tenant)
    return {
        "a-list": json.dumps([event("checkout.session.completed", session)]),
        "a-number": "42",
        "session-without-id": json.dumps(event("checkout.session.completed", without(session, "id"))),
        "created-is-a-string": json.dumps({**event("checkout.session.completed", session), "created": "yesterday"}),
        "created-beyond-2100": json.dumps(event("checkout.session.completed", session, created=10**12)),
        "amount-is-a-string": json.dumps(event("checkout.session.completed", {**session, "amount_total": "2500"})),
        "amount-beyond-bigint": json.dumps(event("checkout.session.completed", {**session, "amount_total": 2**70})),
        "data-object-is-a-list": json.dumps({**event("checkout.session.completed", session), "data": {"object": [1]}}),
        "nul-in-event-id": json.dumps(event("checkout.session.completed", session, event_id="evt_\u0000")),
        "nul-in-metadata": json.dumps(
            event("checkout.session.completed", {**session, "metadata": {"note": "a\u0000"}})
        ),
        "price-times-quantity-overflows": json.dumps(
            event("customer.subscription.updated", overflowing_subscription())
        ),
        "subscription-without-id": json.dumps(
            event("customer.subscription.created", without(subscription(sub_id="s"), "id"))
        ),
        "start-date-year-33658": json.dumps(
            event("customer.subscription.created", {**subscription(sub_id="sub_t"), "start_date": 10**12})
        ),
        "quantity-is-a-string": json.dumps(
            event(
                "customer.subscription.created",
                {**subscription(sub_id="sub_q"), "items": {"data": [{"quantity": "2", "price": {"unit_amount": 100}}]}},
            )
        ),
        "invoice-subscription-is-a-number": json.dumps(
            event("invoice.payment_failed", {"id": "in_1", "subscription": 5})
        ),
    }


CASE_IDS = [
    "a-list",
    "a-number",
    "session-without-id",
    "created-is-a-string",
    "created-beyond-2100",
    "amount-is-a-string",
    "amount-beyond-bigint",
    "data-object-is-a-list",
    "nul-in-event-id",
    "nul-in-metadata",
    "price-times-quantity-overflows",
    "subscription-without-id",
    "start-date-year-33658",
    "quantity-is-a-string",
    "invoice-subscription-is-a-number",
]


@pytest.mark.parametrize("case", CASE_IDS)
async def test_signed_bodies_of_the_wrong_shape_are_refused_and_store_nothing(stripe_on, deliver, case):
    tenant = await create_tenant()
    await create_reserve(tenant)
    response = await deliver(None, body=bodies(tenant)[case])
    assert response.status_code == 400, response.text
    assert response.json()["error"] == "invalid_payload"
    assert response.json()["message"]
    assert await StripeEvent.all().count() == 0
    assert await LedgerEntry.all().count() == 0 and await Subscription.all().count() == 0


async def test_the_message_names_the_field_that_does_not_fit(stripe_on, deliver):
    tenant = await create_tenant()
    response = await deliver(None, body=bodies(tenant)["session-without-id"])
    assert "data.object.id" in response.json()["message"]
    response = await deliver(None, body=bodies(tenant)["price-times-quantity-overflows"])
    assert "monthly amount" in response.json()["message"]


async def test_a_signature_dated_ten_days_ahead_is_refused(stripe_on, deliver):
    tenant = await create_tenant()
    await create_reserve(tenant)
    response = await deliver(
        event("checkout.session.completed", topup(tenant)), timestamp=int(time.time()) + 10 * 86400
    )
    assert response.status_code == 400 and response.json()["error"] == "invalid_signature"
    assert await StripeEvent.all().count() == 0


@pytest.mark.parametrize("offset", [-200, 200])
async def test_a_signature_within_the_tolerance_either_way_is_accepted(stripe_on, deliver, offset):
    tenant = await create_tenant()
    await create_reserve(tenant)
    response = await deliver(event("checkout.session.completed", topup(tenant)), timestamp=int(time.time()) + offset)
    assert response.status_code == 200 and response.json()["outcome"] == "credited"


async def test_a_header_with_extra_equals_signs_still_verifies_or_is_refused_cleanly(stripe_on, deliver):
    from tests.billing.stripe_fake import WEBHOOK_SECRET
    from tests.factories import stripe_signature

    tenant = await create_tenant()
    await create_reserve(tenant)
    body = json.dumps(event("checkout.session.completed", topup(tenant)))
    header = stripe_signature(body, WEBHOOK_SECRET) + ",t=1=2"
    response = await deliver(None, body=body, signature=header)
    assert response.status_code == 200 and response.json()["outcome"] == "credited"


async def test_an_unhandled_event_type_with_any_object_is_still_acknowledged(stripe_on, deliver):
    response = await deliver(event("customer.created", {"id": 5, "anything": ["goes"]}))
    assert response.status_code == 200 and response.json()["outcome"] == "ignored"
