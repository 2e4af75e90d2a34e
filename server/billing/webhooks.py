"""Applying verified Stripe events. Each event id is stored once, with its effect, in one transaction.

Stripe re-sends for days and in any order, so every handler gives the same
outcome whatever the order or the number of deliveries: credits are keyed by
Checkout Session id, subscription rows only move forward in event time.
"""

from __future__ import annotations

import logging
from datetime import datetime, timezone
from typing import Any
from uuid import UUID

from tortoise.exceptions import IntegrityError
from tortoise.transactions import in_transaction

from server.billing import ledger
from server.billing.models import ReserveAccount, StripeEvent, Subscription
from server.billing.stripe_gateway import TOPUP_PURPOSE
from server.errors import ServiceError
from server.system.events import EventBus
from server.tenants.models import Profile, Tenant

log = logging.getLogger("server.billing.webhooks")

CHECKOUT_EVENTS = {"checkout.session.completed", "checkout.session.async_payment_succeeded"}
SUBSCRIPTION_EVENTS = {"customer.subscription.created", "customer.subscription.updated", "customer.subscription.deleted"}
HANDLED = CHECKOUT_EVENTS | SUBSCRIPTION_EVENTS | {"invoice.payment_failed"}


def _epoch(value: Any) -> datetime | None:
    return datetime.fromtimestamp(value, timezone.utc) if isinstance(value, int) and value > 0 else None


def checkout_credit_key(session_id: str) -> str:
    return f"stripe:checkout:{session_id}"


async def credit_checkout_session(session: dict[str, Any], *, event_type: str) -> tuple[str, ReserveAccount | None]:
    """Credit a paid top-up session once, whichever event (or the runbook's replay) brings it."""
    if event_type == "checkout.session.completed" and session.get("payment_status") != "paid":
        return "awaiting_payment", None
    metadata = session.get("metadata") or {}
    if metadata.get("purpose") != TOPUP_PURPOSE:
        return "not_a_topup", None
    amount = session.get("amount_total")
    if isinstance(amount, bool) or not isinstance(amount, int) or amount <= 0:
        return "invalid_amount", None
    try:
        tenant_id = UUID(str(metadata.get("tenant_id")))
    except ValueError:
        return "unknown_tenant", None
    try:
        movement = await ledger.credit(
            tenant_id, amount, key=checkout_credit_key(session["id"]), reason="Stripe top-up",
            stripe_reference=session["id"], currency=session.get("currency") or None,
        )
    except ServiceError as exc:
        log.warning("top-up %s not credited: %s", session.get("id"), exc.code)
        return f"refused:{exc.code}", None
    return ("already_credited" if movement.replayed else "credited"), movement.account


async def _tenant_of_subscription(sub: dict[str, Any]) -> UUID | None:
    raw = (sub.get("metadata") or {}).get("tenant_id")
    if raw:
        try:
            tenant_id = UUID(str(raw))
        except ValueError:
            tenant_id = None
        if tenant_id and await Tenant.exists(id=tenant_id):
            return tenant_id
    customer = sub.get("customer")
    if isinstance(customer, str) and customer:
        return await Profile.filter(stripe_customer_id=customer).first().values_list("tenant_id", flat=True)
    return None


def _plan_and_monthly(sub: dict[str, Any]) -> tuple[str, int, str]:
    """Plan name and the subscription's amount normalised to a month (the unit of MRR)."""
    items = ((sub.get("items") or {}).get("data")) or []
    plan, monthly, currency = "", 0, sub.get("currency") or ""
    per_month = {"day": 365 / 12, "week": 52 / 12, "month": 1, "year": 1 / 12}
    for item in items:
        price = item.get("price") or item.get("plan") or {}
        plan = plan or price.get("nickname") or price.get("lookup_key") or price.get("id") or ""
        currency = currency or price.get("currency") or ""
        recurring = price.get("recurring") or {"interval": price.get("interval"), "interval_count": price.get("interval_count")}
        unit = price.get("unit_amount") or price.get("amount") or 0
        count = recurring.get("interval_count") or 1
        factor = per_month.get(recurring.get("interval") or "month", 1)
        monthly += round(unit * (item.get("quantity") or 1) * factor / count)
    return plan[:255], monthly, (currency or "usd")[:3]


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


async def _record_subscription(event: dict[str, Any]) -> str:
    sub = event["data"]["object"]
    stripe_id = sub.get("id")
    if not isinstance(stripe_id, str):
        return "invalid_subscription"
    created = int(event.get("created") or 0)
    deleted = event["type"] == "customer.subscription.deleted"
    row = await _locked_subscription(stripe_id, status="unknown")
    if row.status == "canceled" and row.canceled_at is not None and not deleted:
        return "stale"  # a deleted subscription never comes back
    if created < row.stripe_updated and not deleted:
        return "stale"
    plan, monthly, currency = _plan_and_monthly(sub)
    row.tenant_id = await _tenant_of_subscription(sub) or row.tenant_id
    row.stripe_customer_id = str(sub.get("customer") or row.stripe_customer_id)[:255]
    row.status = "canceled" if deleted else str(sub.get("status") or row.status)[:32]
    row.plan = plan or row.plan
    row.monthly_amount_cents = monthly if items_present(sub) else row.monthly_amount_cents
    row.currency = currency
    row.started_at = _epoch(sub.get("start_date")) or row.started_at
    if deleted:
        row.canceled_at = _epoch(sub.get("ended_at")) or _epoch(sub.get("canceled_at")) or _epoch(created)
    else:
        row.canceled_at = _epoch(sub.get("canceled_at"))
    row.stripe_updated = max(row.stripe_updated, created)
    await row.save()
    return "subscription_recorded"


def items_present(sub: dict[str, Any]) -> bool:
    return bool(((sub.get("items") or {}).get("data")) or [])


async def _record_payment_failed(event: dict[str, Any]) -> str:
    invoice = event["data"]["object"]
    sub_id = invoice.get("subscription")
    if not isinstance(sub_id, str):
        details = ((invoice.get("parent") or {}).get("subscription_details")) or {}
        sub_id = details.get("subscription")
    if not isinstance(sub_id, str) or not sub_id:
        return "payment_failed_without_subscription"
    # Arrives before the subscription's own events sometimes: keep a placeholder they will fill.
    row = await _locked_subscription(sub_id, status="unknown", stripe_customer_id=str(invoice.get("customer") or "")[:255])
    failed_at = _epoch(event.get("created")) or datetime.now(timezone.utc)
    if row.last_payment_failed_at is None or failed_at >= row.last_payment_failed_at:
        row.last_payment_failed_at = failed_at
        row.last_failed_invoice_id = str(invoice.get("id") or "")[:255]
        await row.save(update_fields=["last_payment_failed_at", "last_failed_invoice_id", "updated_at"])
    return "payment_failure_recorded"


async def process_event(event: dict[str, Any], *, bus: EventBus | None) -> str:
    """Apply one verified event; the answer names what happened ("duplicate" for a re-delivery)."""
    event_type = event["type"]
    if event_type not in HANDLED:
        return "ignored"
    account = None
    try:
        async with in_transaction():
            row = await StripeEvent.create(event_id=event["id"][:255], type=event_type[:100], payload=event)
            if event_type in CHECKOUT_EVENTS:
                outcome, account = await credit_checkout_session(event["data"]["object"], event_type=event_type)
            elif event_type in SUBSCRIPTION_EVENTS:
                outcome = await _record_subscription(event)
            else:
                outcome = await _record_payment_failed(event)
            row.outcome = outcome[:200]
            row.processed_at = datetime.now(timezone.utc)
            await row.save(update_fields=["outcome", "processed_at"])
    except IntegrityError:
        if await StripeEvent.exists(event_id=event["id"][:255]):
            return "duplicate"
        raise
    if account is not None:
        await ledger.announce(bus, account)
    return outcome
