"""Subscription history for MRR: the Stripe webhook records each change of a subscription's state, and a
backfill gives subscriptions recorded before history existed their first state."""

from __future__ import annotations

from datetime import datetime

from tortoise import Tortoise

from server.billing.models import Subscription
from server.metrics.models import PaymentFailure, SubscriptionChange


def customer_of(row: Subscription) -> str:
    """Customers are tenants; a subscription Stripe has not tied to a tenant yet counts by its customer."""
    return str(row.tenant_id) if row.tenant_id else (row.stripe_customer_id or row.stripe_id)


async def record_subscription_state(row: Subscription, at: datetime) -> bool:
    """Store the row's state from `at` on, unless it equals the newest stored one. Call in the webhook's
    transaction, after the row is saved."""
    last = await SubscriptionChange.filter(subscription_id=row.id).order_by("-at", "-created_at").first()
    if (
        last is not None
        and last.status == row.status
        and last.plan == row.plan
        and last.monthly_amount_cents == row.monthly_amount_cents
        and last.customer == customer_of(row)
    ):
        return False
    await SubscriptionChange.create(
        subscription_id=row.id,
        tenant_id=row.tenant_id,
        customer=customer_of(row),
        status=row.status,
        plan=row.plan,
        monthly_amount_cents=row.monthly_amount_cents,
        at=max(at, last.at) if last is not None else at,
    )
    return True


async def record_payment_failure(row: Subscription, invoice_id: str, at: datetime) -> None:
    """One failure per invoice; Stripe's retries of the same invoice count once."""
    key = invoice_id or f"{row.stripe_id}:{at.isoformat()}"
    await PaymentFailure.get_or_create(
        invoice_id=key[:255], defaults={"subscription_id": row.id, "tenant_id": row.tenant_id, "at": at}
    )


BACKFILL_STATES = """
INSERT INTO subscription_change (id, subscription_id, tenant_id, customer, status, plan, monthly_amount_cents, at, created_at)
SELECT gen_random_uuid(), s.id, s.tenant_id,
       COALESCE(s.tenant_id::text, NULLIF(s.stripe_customer_id, ''), s.stripe_id),
       CASE WHEN s.canceled_at IS NOT NULL AND s.status = 'canceled' THEN 'active' ELSE s.status END,
       s.plan, s.monthly_amount_cents, COALESCE(s.started_at, s.created_at), now()
FROM subscription s
WHERE NOT EXISTS (SELECT 1 FROM subscription_change c WHERE c.subscription_id = s.id)
RETURNING subscription_id
"""

BACKFILL_CANCELLATIONS = """
INSERT INTO subscription_change (id, subscription_id, tenant_id, customer, status, plan, monthly_amount_cents, at, created_at)
SELECT gen_random_uuid(), s.id, s.tenant_id, c.customer, 'canceled', s.plan, s.monthly_amount_cents,
       GREATEST(s.canceled_at, c.at), now()
FROM subscription s JOIN subscription_change c ON c.subscription_id = s.id
WHERE s.id = ANY($1::uuid[]) AND s.status = 'canceled' AND s.canceled_at IS NOT NULL
"""

BACKFILL_FAILURES = """
INSERT INTO payment_failure (id, subscription_id, tenant_id, invoice_id, at, created_at)
SELECT gen_random_uuid(), s.id, s.tenant_id,
       COALESCE(NULLIF(s.last_failed_invoice_id, ''), s.stripe_id || ':' || s.last_payment_failed_at::text),
       s.last_payment_failed_at, now()
FROM subscription s
WHERE s.last_payment_failed_at IS NOT NULL
  AND NOT EXISTS (SELECT 1 FROM payment_failure f WHERE f.subscription_id = s.id)
ON CONFLICT (invoice_id) DO NOTHING
"""


async def backfill_subscription_history() -> int:
    """Give every subscription without history its known states: started (as active, when it has since been
    canceled) and canceled. Idempotent; returns how many subscriptions got a history."""
    conn = Tortoise.get_connection("default")
    rows = await conn.execute_query_dict(BACKFILL_STATES)
    ids = [r["subscription_id"] for r in rows]
    if ids:
        await conn.execute_query(BACKFILL_CANCELLATIONS, [ids])
    await conn.execute_query(BACKFILL_FAILURES)
    return len(ids)
