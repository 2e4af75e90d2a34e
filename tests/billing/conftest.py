import json

import pytest
import pytest_asyncio
from pydantic import SecretStr

from tests.billing.stripe_fake import SECRET_KEY, WEBHOOK_SECRET, FakeStripe
from tests.factories import stripe_signature

WEBHOOK = "/api/billing/webhook/"


@pytest.fixture(scope="session")
def fake_stripe():
    server = FakeStripe().start()
    yield server
    server.stop()


@pytest_asyncio.fixture
async def stripe_on(app, settings, fake_stripe):
    """Stripe keys configured and the API pointed at the loopback fake."""
    fake_stripe.requests.clear()
    fake_stripe.sessions.clear()
    fake_stripe.failures.clear()
    app.state.settings = settings.model_copy(
        update={
            "stripe_secret_key": SecretStr(SECRET_KEY),
            "stripe_webhook_secret": SecretStr(WEBHOOK_SECRET),
            "stripe_api_base": fake_stripe.base_url,
        }
    )
    return fake_stripe


@pytest.fixture
def deliver(client):
    """POST an event to the webhook, signed as Stripe signs it."""

    async def send(event, *, secret=WEBHOOK_SECRET, timestamp=None, body=None, signature=None):
        payload = body if body is not None else json.dumps(event, separators=(",", ":"))
        header = signature if signature is not None else stripe_signature(payload, secret, timestamp)
        return await client.post(
            WEBHOOK, content=payload.encode(), headers={"stripe-signature": header, "content-type": "application/json"}
        )

    return send
