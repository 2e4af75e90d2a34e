"""The reserve: one account per tenant, its append-only ledger, credit grants, job holds, Stripe records."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any
from uuid import UUID

from tortoise import fields
from tortoise.models import Model

from server.models import Record, TimestampedRecord

if TYPE_CHECKING:
    from server.auth.models import User
    from server.tenants.models import Tenant

DEFAULT_CURRENCY = "usd"
DEFAULT_LOW_BALANCE_CENTS = 500


class ReserveAccount(TimestampedRecord):
    """A tenant's prepaid reserve. `balance_cents` is always the sum of its ledger entries."""

    tenant: fields.OneToOneRelation[Tenant] = fields.OneToOneField(
        "models.Tenant", related_name="reserve_account", on_delete=fields.CASCADE
    )
    tenant_id: UUID
    balance_cents = fields.BigIntField(default=0)
    held_cents = fields.BigIntField(default=0, description="Open job holds; already taken out of the balance.")
    currency = fields.CharField(max_length=3, default=DEFAULT_CURRENCY)
    low_balance_threshold_cents = fields.BigIntField(default=DEFAULT_LOW_BALANCE_CENTS)
    policy = fields.CharField(max_length=8, default="BLOCK")  # BLOCK | WARN | LIMITED
    last_activity_at = fields.DatetimeField(null=True)

    class Meta:
        table = "reserve_account"


class LedgerEntry(Record):
    """One money movement. Rows are only ever inserted; `amount_cents` is signed (its effect on the balance)."""

    account: fields.ForeignKeyRelation[ReserveAccount] = fields.ForeignKeyField(
        "models.ReserveAccount", related_name="entries", on_delete=fields.RESTRICT
    )
    account_id: UUID
    tenant_id = fields.UUIDField()
    type = fields.CharField(max_length=12)  # credit | debit | adjustment | hold | release | expiry
    amount_cents = fields.BigIntField()
    balance_after_cents = fields.BigIntField()
    reason = fields.TextField(default="")
    actor: fields.ForeignKeyNullableRelation[User] = fields.ForeignKeyField(
        "models.User", related_name="ledger_entries", null=True, on_delete=fields.SET_NULL
    )
    actor_id: UUID | None
    actor_username = fields.CharField(max_length=150, default="")
    job_id = fields.UUIDField(null=True)
    stripe_reference = fields.CharField(max_length=255, null=True)
    grant_id = fields.UUIDField(null=True)
    uncollected_cents = fields.BigIntField(default=0, description="Cost a BLOCK account could not cover at settlement.")
    idempotency_key = fields.CharField(max_length=255, unique=True)

    class Meta:
        table = "ledger_entry"
        indexes = (("account_id", "created_at"), ("type", "created_at"), ("created_at",))


class CreditGrant(Record):
    """A block of credit with its own remaining amount, so spending order and expiry are exact."""

    account: fields.ForeignKeyRelation[ReserveAccount] = fields.ForeignKeyField(
        "models.ReserveAccount", related_name="grants", on_delete=fields.RESTRICT
    )
    account_id: UUID
    kind = fields.CharField(max_length=12)  # purchased | promotional | returned
    priority = fields.SmallIntField(default=1, description="0 promotional (spent first), 1 everything else.")
    original_cents = fields.BigIntField()
    remaining_cents = fields.BigIntField()
    is_open = fields.BooleanField(
        default=True, description="remaining_cents > 0; keeps spent grants out of the spending index."
    )
    expires_at = fields.DatetimeField(null=True)
    expired_at = fields.DatetimeField(null=True)
    entry_id = fields.UUIDField(null=True, description="The ledger entry that created the grant.")

    class Meta:
        table = "credit_grant"
        indexes = (
            ("account_id", "is_open", "priority", "expires_at", "created_at"),
            ("expires_at", "expired_at"),
        )


class JobHold(Record):
    """The estimate taken out of the balance while a job runs; `allocations` says which grants it came from."""

    account: fields.ForeignKeyRelation[ReserveAccount] = fields.ForeignKeyField(
        "models.ReserveAccount", related_name="holds", on_delete=fields.RESTRICT
    )
    account_id: UUID
    job_id = fields.UUIDField(unique=True)
    kind = fields.CharField(max_length=64, default="")
    amount_cents = fields.BigIntField()
    allocations: fields.JSONField[list[Any]] = fields.JSONField(
        default=list
    )  # [[grant_id, cents], ...]; the rest of amount was debt
    status = fields.CharField(max_length=10, default="open")  # open | settled | released
    flagged = fields.BooleanField(default=False, description="Allowed past the balance by the WARN/LIMITED policy.")
    closed_at = fields.DatetimeField(null=True)

    class Meta:
        table = "job_hold"
        indexes = (("account_id", "status"),)


class StripeEvent(Model):
    """Every Stripe event id we accepted, stored once: a second delivery is a no-op."""

    id = fields.UUIDField(primary_key=True)
    event_id = fields.CharField(max_length=255, unique=True)
    type = fields.CharField(max_length=100)
    payload: fields.JSONField[Any] = fields.JSONField()
    outcome = fields.CharField(max_length=200, default="")
    received_at = fields.DatetimeField(auto_now_add=True)
    processed_at = fields.DatetimeField(null=True)

    class Meta:
        table = "stripe_event"
        indexes = (("type", "received_at"),)


class Subscription(TimestampedRecord):
    """A Stripe subscription as last reported; `monthly_amount_cents` feeds MRR."""

    stripe_id = fields.CharField(max_length=255, unique=True)
    tenant: fields.ForeignKeyNullableRelation[Tenant] = fields.ForeignKeyField(
        "models.Tenant", related_name="subscriptions", null=True, on_delete=fields.SET_NULL
    )
    tenant_id: UUID | None
    stripe_customer_id = fields.CharField(max_length=255, default="")
    status = fields.CharField(max_length=32)
    plan = fields.CharField(max_length=255, default="")
    monthly_amount_cents = fields.BigIntField(default=0)
    currency = fields.CharField(max_length=3, default=DEFAULT_CURRENCY)
    started_at = fields.DatetimeField(null=True)
    canceled_at = fields.DatetimeField(null=True)
    last_payment_failed_at = fields.DatetimeField(null=True)
    last_failed_invoice_id = fields.CharField(max_length=255, default="")
    stripe_updated = fields.BigIntField(
        default=0, description="`created` of the newest event applied; older ones are skipped."
    )

    class Meta:
        table = "subscription"
        indexes = (("status",),)
