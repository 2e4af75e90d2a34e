from __future__ import annotations

from typing import TYPE_CHECKING, Any
from uuid import UUID

from tortoise import fields

from server.models import Record

if TYPE_CHECKING:
    from server.auth.models import User


class AuditEvent(Record):
    """An append-only record of who did what to whom, written with the change it records."""

    actor: fields.ForeignKeyNullableRelation[User] = fields.ForeignKeyField(
        "models.User", related_name="audit_events", null=True, on_delete=fields.SET_NULL
    )
    actor_id: UUID | None
    actor_username = fields.CharField(max_length=150, default="")
    event_type = fields.CharField(max_length=64)
    target_type = fields.CharField(max_length=64, default="")
    target_id = fields.CharField(max_length=64, default="")
    tenant_id = fields.UUIDField(null=True)
    ip = fields.CharField(max_length=64, default="")
    user_agent = fields.CharField(max_length=400, default="")
    before: fields.JSONField[Any] = fields.JSONField(null=True)
    after: fields.JSONField[Any] = fields.JSONField(null=True)
    message = fields.TextField(default="")

    class Meta:
        table = "audit_event"
        indexes = (("event_type", "created_at"), ("actor_id", "created_at"), ("created_at",))
