"""Rows the executive and system metrics are computed from, and the snapshots they are served from."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any
from uuid import UUID

from tortoise import fields
from tortoise.models import Model

from server.models import Record

if TYPE_CHECKING:
    from server.billing.models import Subscription

# Upper bounds (ms) of the request-latency histogram; the last bucket is everything slower.
LATENCY_BUCKETS_MS: tuple[int, ...] = (5, 10, 25, 50, 100, 250, 500, 1000, 2500, 5000, 10000)
BUCKET_COLUMNS: tuple[str, ...] = tuple(f"b{i}" for i in range(len(LATENCY_BUCKETS_MS) + 1))


class SubscriptionChange(Record):
    """A subscription's state from `at` on: written by the Stripe webhook whenever status, plan or
    amount changes, so MRR can be read at any past instant."""

    subscription: fields.ForeignKeyRelation[Subscription] = fields.ForeignKeyField(
        "models.Subscription", related_name="changes", on_delete=fields.CASCADE
    )
    subscription_id: UUID
    tenant_id = fields.UUIDField(null=True)
    customer = fields.CharField(max_length=255, description="The tenant id, else the Stripe customer id.")
    status = fields.CharField(max_length=32)
    plan = fields.CharField(max_length=255, default="")
    monthly_amount_cents = fields.BigIntField(default=0)
    at = fields.DatetimeField()

    class Meta:
        table = "subscription_change"
        indexes = (("subscription_id", "at"), ("at",))


class PaymentFailure(Record):
    """One failed invoice payment (Stripe `invoice.payment_failed`), once per invoice."""

    subscription: fields.ForeignKeyRelation[Subscription] = fields.ForeignKeyField(
        "models.Subscription", related_name="payment_failures", on_delete=fields.CASCADE
    )
    subscription_id: UUID
    tenant_id = fields.UUIDField(null=True)
    invoice_id = fields.CharField(max_length=255, unique=True)
    at = fields.DatetimeField()

    class Meta:
        table = "payment_failure"
        indexes = (("at",),)


class UserActivity(Model):
    """A user was active (made an authenticated request) on a day."""

    id = fields.BigIntField(primary_key=True)
    user_id = fields.UUIDField()
    tenant_id = fields.UUIDField(null=True)
    day = fields.DateField()

    class Meta:
        table = "user_activity"
        unique_together = (("user_id", "day"),)
        indexes = (("day",), ("tenant_id", "day"))


class RequestAggregate(Model):
    """Requests of one minute (or, once rolled up, one hour) across every API process."""

    id = fields.BigIntField(primary_key=True)
    resolution = fields.CharField(max_length=6)  # minute | hour
    period_start = fields.DatetimeField()
    requests = fields.BigIntField(default=0)
    errors = fields.BigIntField(default=0)
    duration_ms_sum = fields.FloatField(default=0.0)
    b0 = fields.BigIntField(default=0)
    b1 = fields.BigIntField(default=0)
    b2 = fields.BigIntField(default=0)
    b3 = fields.BigIntField(default=0)
    b4 = fields.BigIntField(default=0)
    b5 = fields.BigIntField(default=0)
    b6 = fields.BigIntField(default=0)
    b7 = fields.BigIntField(default=0)
    b8 = fields.BigIntField(default=0)
    b9 = fields.BigIntField(default=0)
    b10 = fields.BigIntField(default=0)
    b11 = fields.BigIntField(default=0)

    class Meta:
        table = "request_aggregate"
        unique_together = (("resolution", "period_start"),)
        indexes = (("period_start",),)


class MetricsSnapshot(Record):
    """Every figure of one window and filter, as computed at `computed_at`."""

    start_date = fields.DateField()
    end_date = fields.DateField()
    tenant_id = fields.UUIDField(null=True)
    plan = fields.CharField(max_length=255, default="")
    computed_at = fields.DatetimeField()
    duration_ms = fields.FloatField(default=0.0)
    data: fields.JSONField[dict[str, Any]] = fields.JSONField()

    class Meta:
        table = "metrics_snapshot"
        indexes = (("start_date", "end_date", "computed_at"),)
