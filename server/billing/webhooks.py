"""Applying verified Stripe events (their shapes already checked by `events.parse_event`).

Each event id is stored once, with its effect, in one transaction.

Stripe re-sends for days and in any order, so every handler gives the same
outcome whatever the order or the number of deliveries: credits are keyed by
Checkout Session id, subscription rows only move forward in event time.
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime
from typing import Any, cast
from uuid import UUID

from tortoise.exceptions import IntegrityError
from tortoise.transactions import in_transaction

from server.billing import ledger
from server.billing.events import HANDLED, CheckoutSessionObject, InvoiceObject, StripeEventIn, SubscriptionObject
from server.billing.models import ReserveAccount, StripeEvent, Subscription
from server.billing.stripe_gateway import TOPUP_PURPOSE
from server.errors import ServiceError
from server.metrics import history
from server.system.events import EventBus
from server.tenants.models import Profile, Tenant

log = logging.getLogger("server.billing.webhooks")


def _epoch(value: int | None) -> datetime | None:
    return datetime.fromtimestamp(value, UTC) if value else None


def checkout_credit_key(session_id: str) -> str:
    return f"stripe:checkout:{session_id}"


async def credit_checkout_session(
    session: CheckoutSessionObject, *, event_type: str
) -> tuple[str, ReserveAccount | None]:
    """Credit a paid top-up session once, whichever event (or the runbook's replay) brings it."""
    if event_type == "checkout.session.completed" and session.payment_status != "paid":
        return "awaiting_payment", None
    if session.metadata.get("purpose") != TOPUP_PURPOSE:
        return "not_a_topup", None
    amount = session.amount_total
    if amount is None or amount <= 0:
        return "invalid_amount", None
    try:
        tenant_id = UUID(str(session.metadata.get("tenant_id")))
    except ValueError:
        return "unknown_tenant", None
    try:
        movement = await ledger.credit(
            tenant_id,
            amount,
            key=checkout_credit_key(session.id),
            reason="Stripe top-up",
            stripe_reference=session.id,
            currency=session.currency or None,
        )
    except ServiceError as exc:
        log.warning("top-up %s not credited: %s", session.id, exc.code)
        return f"refused:{exc.code}", None
    return ("already_credited" if movement.replayed else "credited"), movement.account


async def _tenant_of_subscription(sub: SubscriptionObject) -> UUID | None:
    raw = sub.metadata.get("tenant_id")
    if raw:
        try:
            tenant_id = UUID(raw)
        except ValueError:
            tenant_id = None
        if tenant_id and await Tenant.exists(id=tenant_id):
            return tenant_id
    if sub.customer:
        # first().values_list(flat=True) gives the value itself; Tortoise types it as a tuple.
        return cast(
            UUID | None,
            await Profile.filter(stripe_customer_id=sub.customer).first().values_list("tenant_id", flat=True),
        )
    return None


async def _locked_subscription(stripe_id: str, **create: Any) -> Subscription:
    row = await Subscription.select_for_update().get_or_none(stripe_id=stripe_id)
    if row is not None:
        return row
    try:
        async with in_transaction():
            await Subscription.create(stripe_id=stripe_id, **create)
    except IntegrityError:
        pass  # created by a concurrent delivery; lock theirs
    return await Subscription.select_for_update().get(stripe_id=stripe_id)


async def _record_subscription(event: StripeEventIn, sub: SubscriptionObject) -> str:
    created = event.created
    deleted = event.type == "customer.subscription.deleted"
    row = await _locked_subscription(sub.id, status="unknown")
    if row.status == "canceled" and row.canceled_at is not None and not deleted:
        return "stale"  # a deleted subscription never comes back
    if created < row.stripe_updated and not deleted:
        return "stale"
    plan, monthly, currency = sub.plan_and_monthly()
    row.tenant_id = await _tenant_of_subscription(sub) or row.tenant_id
    row.stripe_customer_id = (sub.customer or row.stripe_customer_id)[:255]
    row.status = "canceled" if deleted else (sub.status or row.status)[:32]
    row.plan = plan or row.plan
    row.monthly_amount_cents = monthly if sub.item_list else row.monthly_amount_cents
    row.currency = currency
    row.started_at = _epoch(sub.start_date) or row.started_at
    if deleted:
        row.canceled_at = _epoch(sub.ended_at) or _epoch(sub.canceled_at) or _epoch(created)
    else:
        row.canceled_at = _epoch(sub.canceled_at)
    row.stripe_updated = max(row.stripe_updated, created)
    await row.save()
    await history.record_subscription_state(row, _epoch(created) or datetime.now(UTC))
    return "subscription_recorded"


async def _record_payment_failed(event: StripeEventIn, invoice: InvoiceObject) -> str:
    sub_id = invoice.subscription_id
    if not sub_id:
        return "payment_failed_without_subscription"
    # Arrives before the subscription's own events sometimes: keep a placeholder they will fill.
    row = await _locked_subscription(sub_id[:255], status="unknown", stripe_customer_id=(invoice.customer or "")[:255])
    failed_at = _epoch(event.created) or datetime.now(UTC)
    if row.last_payment_failed_at is None or failed_at >= row.last_payment_failed_at:
        row.last_payment_failed_at = failed_at
        row.last_failed_invoice_id = (invoice.id or "")[:255]
        await row.save(update_fields=["last_payment_failed_at", "last_failed_invoice_id", "updated_at"])
    await history.record_payment_failure(row, invoice.id or "", failed_at)
    return "payment_failure_recorded"


async def process_event(event: StripeEventIn, *, bus: EventBus | None) -> str:
    """Apply one verified, well-formed event; the answer names what happened ("duplicate" for a re-delivery)."""
    if event.type not in HANDLED:
        return "ignored"
    account = None
    try:
        async with in_transaction():
            row = await StripeEvent.create(event_id=event.id, type=event.type, payload=event.raw)
            obj = event.object
            if isinstance(obj, CheckoutSessionObject):
                outcome, account = await credit_checkout_session(obj, event_type=event.type)
            elif isinstance(obj, SubscriptionObject):
                outcome = await _record_subscription(event, obj)
            elif isinstance(obj, InvoiceObject):
                outcome = await _record_payment_failed(event, obj)
            else:
                # parse_event gives every handled event type's object its shape.
                raise TypeError(f"{event.type} event arrived without its parsed object")
            row.outcome = outcome[:200]
            row.processed_at = datetime.now(UTC)
            await row.save(update_fields=["outcome", "processed_at"])
    except IntegrityError:
        if await StripeEvent.exists(event_id=event.id):
            return "duplicate"
        raise
    if account is not None:
        await ledger.announce(bus, account)
    return outcome
