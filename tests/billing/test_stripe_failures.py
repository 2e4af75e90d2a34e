"""When Stripe fails: 5xx and dropped connections are retried with one idempotency key, then refused
as PAYMENT_PROVIDER_ERROR; a rate limit or a wrong key is not retried. And invoices in the current API shape."""

import time

import pytest
from pydantic import SecretStr
from stripe._http_client import HTTPClient

from server.billing import service
from server.billing.models import LedgerEntry, Subscription
from server.errors import ServiceError
from tests.billing.stripe_fake import event, invoice, subscription
from tests.factories import create_tenant, create_user, token_for

TOPUP = """
mutation($amount: Int!) { createTopupSession(amountCents: $amount) { sessionId checkoutUrl errors { field code } } }"""
ATTEMPTS = 3  # the gateway's first try and its two retries


@pytest.fixture(autouse=True)
def quick_retries(monkeypatch):
    """The client's own backoff, shortened: the tests count attempts, not seconds."""
    monkeypatch.setattr(HTTPClient, "INITIAL_DELAY", 0.01)
    monkeypatch.setattr(HTTPClient, "MAX_DELAY", 0.02)


async def top_up(gql, amount=2500):
    data = await gql.ok(TOPUP, {"amount": amount}, token=await token_for(await create_user()))
    return data["createTopupSession"]


@pytest.mark.parametrize("failure", ["server_error", "unavailable", "network_error", "lock_timeout"])
async def test_a_passing_failure_is_retried_with_the_same_idempotency_key(stripe_on, gql, failure):
    stripe_on.failures[:] = [failure, failure]
    payload = await top_up(gql)
    assert payload["errors"] == [] and payload["sessionId"] in stripe_on.sessions
    assert len(stripe_on.requests) == ATTEMPTS
    keys = {r["idempotency_key"] for r in stripe_on.requests}
    assert len(keys) == 1 and None not in keys  # a retry can never make a second session
    assert len(stripe_on.sessions) == 1


@pytest.mark.parametrize("failure", ["server_error", "network_error"])
async def test_a_failure_that_outlasts_the_retries_is_a_provider_error(stripe_on, gql, failure):
    stripe_on.failures[:] = [failure] * ATTEMPTS
    payload = await top_up(gql)
    assert payload == {
        "sessionId": None,
        "checkoutUrl": None,
        "errors": [{"field": None, "code": "PAYMENT_PROVIDER_ERROR"}],
    }
    assert len(stripe_on.requests) == ATTEMPTS
    assert stripe_on.sessions == {}
    assert await LedgerEntry.all().count() == 0


async def test_a_rate_limit_is_a_provider_error_without_a_retry(stripe_on, gql):
    stripe_on.failures[:] = ["rate_limited"]
    payload = await top_up(gql)
    assert payload["errors"] == [{"field": None, "code": "PAYMENT_PROVIDER_ERROR"}]
    assert len(stripe_on.requests) == 1


async def test_a_wrong_secret_key_is_a_provider_error_without_a_retry(app, stripe_on, gql):
    app.state.settings = app.state.settings.model_copy(update={"stripe_secret_key": SecretStr("sk_test_" + "x" * 24)})
    payload = await top_up(gql)
    assert payload["errors"] == [{"field": None, "code": "PAYMENT_PROVIDER_ERROR"}]
    [request] = stripe_on.requests
    assert request["authorization"] == "Bearer sk_test_" + "x" * 24
    assert stripe_on.sessions == {}


async def _paid_session(stripe_on, gql) -> str:
    session_id = (await top_up(gql, 3000))["sessionId"]
    stripe_on.sessions[session_id].update(payment_status="paid", status="complete")
    stripe_on.requests.clear()
    return session_id


@pytest.mark.parametrize("failure", ["server_error", "network_error"])
async def test_a_replay_while_stripe_cannot_be_reached_credits_nothing(app, stripe_on, gql, failure):
    session_id = await _paid_session(stripe_on, gql)
    stripe_on.failures[:] = [failure] * ATTEMPTS
    with pytest.raises(ServiceError) as refused:
        await service.replay_checkout_session(session_id, settings=app.state.settings, bus=None)
    assert (refused.value.code, refused.value.message) == (
        "PAYMENT_PROVIDER_ERROR",
        "The payment provider could not be reached.",
    )
    assert len(stripe_on.requests) == ATTEMPTS
    assert await LedgerEntry.all().count() == 0
    outcome, _ = await service.replay_checkout_session(session_id, settings=app.state.settings, bus=None)
    assert outcome == "credited"  # once Stripe answers again, the same replay goes through


async def test_a_replay_after_one_dropped_connection_credits(app, stripe_on, gql):
    session_id = await _paid_session(stripe_on, gql)
    stripe_on.failures[:] = ["network_error"]
    outcome, _ = await service.replay_checkout_session(session_id, settings=app.state.settings, bus=None)
    assert outcome == "credited"
    assert len(stripe_on.requests) == 2


async def test_a_replay_with_a_wrong_key_is_a_provider_error_not_a_missing_session(app, stripe_on, gql):
    session_id = await _paid_session(stripe_on, gql)
    settings = app.state.settings.model_copy(update={"stripe_secret_key": SecretStr("sk_test_" + "x" * 24)})
    with pytest.raises(ServiceError) as refused:
        await service.replay_checkout_session(session_id, settings=settings, bus=None)
    assert refused.value.code == "PAYMENT_PROVIDER_ERROR"
    assert len(stripe_on.requests) == 1
    assert await LedgerEntry.all().count() == 0


async def test_payment_failed_in_the_current_invoice_shape_is_recorded(stripe_on, deliver):
    tenant = await create_tenant()
    t0 = int(time.time())
    await deliver(
        event("customer.subscription.created", subscription(sub_id="sub_now", tenant_id=str(tenant.id)), created=t0)
    )
    failed = invoice(invoice_id="in_now", subscription_id="sub_now")
    assert "subscription" not in failed
    response = await deliver(event("invoice.payment_failed", failed, created=t0 + 5))
    assert response.json()["outcome"] == "payment_failure_recorded"
    row = await Subscription.get(stripe_id="sub_now")
    assert row.last_failed_invoice_id == "in_now" and row.tenant_id == tenant.id
    assert int(row.last_payment_failed_at.timestamp()) == t0 + 5
    assert await Subscription.all().count() == 1  # no placeholder row under another id
