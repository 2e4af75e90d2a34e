from __future__ import annotations

from typing import TYPE_CHECKING, Any
from uuid import UUID

from tortoise import fields

from server.models import Record, TimestampedRecord

if TYPE_CHECKING:
    from server.auth.models import User


class Tenant(Record):
    name = fields.CharField(max_length=200)

    class Meta:
        table = "tenant"


class Profile(TimestampedRecord):
    """Binds a user to the tenant whose data they work in."""

    user: fields.OneToOneRelation[User] = fields.OneToOneField(
        "models.User", related_name="profile", on_delete=fields.CASCADE
    )
    user_id: UUID
    tenant: fields.ForeignKeyRelation[Tenant] = fields.ForeignKeyField(
        "models.Tenant", related_name="profiles", on_delete=fields.RESTRICT
    )
    tenant_id: UUID
    settings: fields.JSONField[dict[str, Any]] = fields.JSONField(default=dict)
    notes = fields.TextField(default="")
    stripe_customer_id = fields.CharField(max_length=255, null=True)

    class Meta:
        table = "profile"
