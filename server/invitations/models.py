from __future__ import annotations

from typing import TYPE_CHECKING
from uuid import UUID

from tortoise import fields

from server.models import Record

if TYPE_CHECKING:
    from server.auth.models import User


class InvitePasskey(Record):
    """An invite to sign up. Only the hash of the raw key is stored."""

    key_hash = fields.CharField(max_length=64, unique=True)
    prefix = fields.CharField(max_length=12)
    created_by: fields.ForeignKeyNullableRelation[User] = fields.ForeignKeyField(
        "models.User", related_name="passkeys_created", null=True, on_delete=fields.SET_NULL
    )
    created_by_id: UUID | None
    expires_at = fields.DatetimeField(db_index=True)
    used_at = fields.DatetimeField(null=True)
    used_by: fields.ForeignKeyNullableRelation[User] = fields.ForeignKeyField(
        "models.User", related_name="passkeys_used", null=True, on_delete=fields.SET_NULL
    )
    used_by_id: UUID | None
    revoked_at = fields.DatetimeField(null=True)
    notes = fields.TextField(default="")

    class Meta:
        table = "invite_passkey"
