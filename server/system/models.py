"""Service-wide state every process reads from the database."""

from __future__ import annotations

from uuid import UUID

from tortoise import fields
from tortoise.models import Model

from server.auth.models import User


class Lockdown(Model):
    """The one emergency switch (row id 1): while active, only `allow_user` may log in or use a token."""

    id = fields.IntField(primary_key=True)
    active = fields.BooleanField(default=False)
    message = fields.TextField(default="")
    allow_user: fields.ForeignKeyNullableRelation[User] = fields.ForeignKeyField(
        "models.User", related_name=False, null=True, on_delete=fields.SET_NULL
    )
    allow_user_id: UUID | None
    changed_by = fields.CharField(max_length=150, default="")
    changed_at = fields.DatetimeField(auto_now=True)

    class Meta:
        table = "lockdown"
