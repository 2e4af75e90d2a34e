"""Outgoing mail waits here until a worker has delivered it: nothing is sent on the request path."""

from __future__ import annotations

from typing import Any
from uuid import UUID

from tortoise import fields
from tortoise.models import Model

from server.models import Record


class OutgoingMail(Record):
    """One message to one address. The body is rendered at delivery from `kind` and `context`; a link's
    secret is re-derived then from `secret_ref` (server/system/signing.py), so no secret is stored here."""

    kind = fields.CharField(max_length=32)  # password_reset | invite | low_balance
    to_address = fields.CharField(max_length=254)
    subject = fields.CharField(max_length=200)
    context: fields.JSONField[dict[str, Any]] = fields.JSONField(default=dict)
    secret_ref = fields.UUIDField(null=True, description="The reset or passkey row whose secret the link carries.")
    tenant_id = fields.UUIDField(null=True)
    status = fields.CharField(max_length=16, default="pending")  # pending | sent | failed | dropped
    attempts = fields.IntField(default=0)
    next_attempt_at = fields.DatetimeField()
    last_error = fields.CharField(max_length=500, default="")
    sent_at = fields.DatetimeField(null=True)
    message_id = fields.CharField(max_length=200)

    class Meta:
        table = "outgoing_mail"
        indexes = (("status", "next_attempt_at"),)


class LowBalanceState(Model):
    """Whether a tenant's reserve was last seen low: a warning goes out only when this flips to low."""

    tenant_id: UUID = fields.UUIDField(primary_key=True)
    is_low = fields.BooleanField()
    changed_at = fields.DatetimeField(auto_now=True)

    class Meta:
        table = "low_balance_state"
