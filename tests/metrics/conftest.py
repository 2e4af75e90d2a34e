"""Stripe's fake and the signed-webhook sender, shared with the billing tests."""

from tests.billing.conftest import deliver, fake_stripe, stripe_on

__all__ = ["deliver", "fake_stripe", "stripe_on"]
