import pytest

from server.billing import service
from server.billing.models import LedgerEntry, ReserveAccount
from server.errors import ServiceError
from tests.billing.stripe_fake import event
from tests.factories import create_reserve, create_user, error_codes, token_for

TOPUP = """
mutation($amount: Int!) { createTopupSession(amountCents: $amount) { sessionId checkoutUrl errors { field message code } } }"""


async def test_top_up_makes_a_payment_checkout_session_with_the_tenant_in_metadata(stripe_on, gql):
    user = await create_user()
    token = await token_for(user)
    data = await gql.ok(TOPUP, {"amount": 2500}, token=token)
    payload = data["createTopupSession"]
    assert payload["errors"] == []
    assert payload["sessionId"].startswith("cs_test_")
    assert payload["checkoutUrl"] == f"https://checkout.stripe.com/c/pay/{payload['sessionId']}"
    [request] = stripe_on.requests
    assert request["path"] == "/v1/checkout/sessions"
    assert request["authorization"] == "Bearer sk_test_" + "b" * 24
    params = request["params"]
    tenant_id = str((await user.profile).tenant_id)
    assert params["mode"] == "payment"
    assert params["metadata"] == {"purpose": "reserve_topup", "tenant_id": tenant_id, "user_id": str(user.id)}
    assert params["client_reference_id"] == tenant_id
    assert params["line_items"]["0"]["price_data"] == {
        "currency": "usd",
        "unit_amount": "2500",
        "product_data": {"name": "AfterResume reserve top-up"},
    }
    assert params["success_url"].endswith("session_id={CHECKOUT_SESSION_ID}")


async def test_checkout_to_webhook_credits_the_reserve(stripe_on, gql, deliver):
    user = await create_user()
    token = await token_for(user)
    session_id = (await gql.ok(TOPUP, {"amount": 1500}, token=token))["createTopupSession"]["sessionId"]
    session = {**stripe_on.sessions[session_id], "payment_status": "paid", "status": "complete"}
    assert (await deliver(event("checkout.session.completed", session))).json()["outcome"] == "credited"
    data = await gql.ok(
        "{ reserve { balanceCents ledger { edges { node { type amountCents stripeReference } } } } }", token=token
    )
    assert data["reserve"]["balanceCents"] == 1500
    assert data["reserve"]["ledger"]["edges"][0]["node"] == {
        "type": "CREDIT",
        "amountCents": 1500,
        "stripeReference": session_id,
    }


async def test_without_stripe_keys_top_up_answers_billing_not_configured_and_changes_nothing(app, gql, fake_stripe):
    fake_stripe.requests.clear()
    user = await create_user()
    data = await gql.ok(TOPUP, {"amount": 2500}, token=await token_for(user))
    assert [e["code"] for e in data["createTopupSession"]["errors"]] == ["BILLING_NOT_CONFIGURED"]
    assert data["createTopupSession"]["sessionId"] is None
    assert fake_stripe.requests == []
    assert await LedgerEntry.all().count() == 0


@pytest.mark.parametrize(
    "amount, code",
    [
        (0, "INVALID_AMOUNT"),
        (-500, "INVALID_AMOUNT"),
        (499, "AMOUNT_TOO_SMALL"),
        (100_001, "AMOUNT_TOO_LARGE"),
        (2_000_000_000, "AMOUNT_TOO_LARGE"),
    ],
)
async def test_top_up_amounts_out_of_range_are_refused_before_stripe_is_called(stripe_on, gql, amount, code):
    user = await create_user()
    data = await gql.ok(TOPUP, {"amount": amount}, token=await token_for(user))
    assert [e["code"] for e in data["createTopupSession"]["errors"]] == [code]
    assert data["createTopupSession"]["errors"][0]["field"] == "amountCents"
    assert stripe_on.requests == []


async def test_an_amount_beyond_32_bits_is_a_graphql_error(stripe_on, gql):
    user = await create_user()
    body = await gql(TOPUP, {"amount": 10**12}, token=await token_for(user))
    assert error_codes(body) == ["GRAPHQL_VALIDATION_FAILED"] and body.get("data") is None
    assert "amount" in body["errors"][0]["message"]
    assert stripe_on.requests == []


async def test_provider_refusal_is_a_user_error(stripe_on, gql):
    stripe_on.fail_next = True
    user = await create_user()
    data = await gql.ok(TOPUP, {"amount": 2500}, token=await token_for(user))
    assert [e["code"] for e in data["createTopupSession"]["errors"]] == ["PAYMENT_PROVIDER_ERROR"]


async def test_top_up_settings_are_configurable(app, stripe_on, gql):
    app.state.settings = app.state.settings.model_copy(update={"billing_topup_min_cents": 100})
    user = await create_user()
    data = await gql.ok(TOPUP, {"amount": 150}, token=await token_for(user))
    assert data["createTopupSession"]["errors"] == []


async def test_replaying_a_session_by_id_credits_once_even_after_the_webhook(app, stripe_on, gql, deliver):
    user = await create_user()
    token = await token_for(user)
    session_id = (await gql.ok(TOPUP, {"amount": 3000}, token=token))["createTopupSession"]["sessionId"]
    settings = app.state.settings
    outcome, _ = await service.replay_checkout_session(session_id, settings=settings, bus=None)
    assert outcome == "awaiting_payment"
    stripe_on.sessions[session_id].update(payment_status="paid", status="complete")
    outcome, session = await service.replay_checkout_session(session_id, settings=settings, bus=None)
    assert outcome == "credited" and session.amount_total == 3000
    outcome, _ = await service.replay_checkout_session(session_id, settings=settings, bus=None)
    assert outcome == "already_credited"
    webhook = await deliver(event("checkout.session.completed", stripe_on.sessions[session_id]))
    assert webhook.json()["outcome"] == "already_credited"
    tenant_id = (await user.profile).tenant_id
    assert (await ReserveAccount.get(tenant_id=tenant_id)).balance_cents == 3000
    with pytest.raises(ServiceError) as exc:
        await service.replay_checkout_session("cs_test_missing", settings=settings, bus=None)
    assert exc.value.code == "NOT_FOUND"
    with pytest.raises(ServiceError) as exc:
        await service.replay_checkout_session("pi_123", settings=settings, bus=None)
    assert exc.value.code == "INVALID_SESSION_ID"


def run_cli(settings, *args, **env):
    import os
    import subprocess
    import sys

    environment = {**os.environ, "DATABASE_URL": settings.database_url, "REDIS_URL": settings.redis_url, **env}
    return subprocess.run(
        [sys.executable, "-m", "server.cli", *args], env=environment, capture_output=True, text=True, timeout=60
    )


async def test_the_runbook_replay_command_credits_a_paid_session_once(app, settings, stripe_on, gql):
    from tests.billing.stripe_fake import SECRET_KEY

    user = await create_user()
    session_id = (await gql.ok(TOPUP, {"amount": 1200}, token=await token_for(user)))["createTopupSession"]["sessionId"]
    stripe_on.sessions[session_id].update(payment_status="paid", status="complete")
    env = {"STRIPE_SECRET_KEY": SECRET_KEY, "STRIPE_API_BASE": stripe_on.base_url}
    first = run_cli(settings, "billing-replay-session", session_id, **env)
    assert first.returncode == 0, first.stderr
    assert "credited" in first.stdout
    second = run_cli(settings, "billing-replay-session", session_id, **env)
    assert "already_credited" in second.stdout
    tenant_id = (await user.profile).tenant_id
    assert (await ReserveAccount.get(tenant_id=tenant_id)).balance_cents == 1200
    missing = run_cli(settings, "billing-replay-session", "cs_test_nope", **env)
    assert missing.returncode == 2 and "NOT_FOUND" in missing.stderr
    unconfigured = run_cli(settings, "billing-replay-session", session_id, STRIPE_SECRET_KEY="")
    assert unconfigured.returncode == 2 and "BILLING_NOT_CONFIGURED" in unconfigured.stderr


async def test_the_expiry_command_runs_the_expiry(app, settings):
    result = run_cli(settings, "billing-expire-grants")
    assert result.returncode == 0, result.stderr
    assert "expired 0 grant(s)" in result.stdout


async def test_top_up_requires_login(app, gql):
    body = await gql(TOPUP, {"amount": 2500})
    assert body["errors"][0]["extensions"]["code"] == "UNAUTHENTICATED"


async def test_reserve_of_a_funded_tenant(app, gql):
    user = await create_user()
    tenant = await (await user.profile).tenant
    await create_reserve(tenant, balance_cents=400)
    data = await gql.ok(
        "{ reserve { balanceCents heldCents currency isLow policy lowBalanceThresholdCents } }",
        token=await token_for(user),
    )
    assert data["reserve"] == {
        "balanceCents": 400,
        "heldCents": 0,
        "currency": "USD",
        "isLow": True,
        "policy": "BLOCK",
        "lowBalanceThresholdCents": 500,
    }


async def test_top_up_sessions_are_rate_limited_per_tenant(stripe_on, gql):
    user = await create_user()
    token = await token_for(user)
    for _ in range(service.TOPUP_SESSIONS.limit):
        assert (await gql.ok(TOPUP, {"amount": 1000}, token=token))["createTopupSession"]["errors"] == []
    data = await gql.ok(TOPUP, {"amount": 1000}, token=token)
    assert [e["code"] for e in data["createTopupSession"]["errors"]] == ["RATE_LIMITED"]
    assert len(stripe_on.requests) == service.TOPUP_SESSIONS.limit
