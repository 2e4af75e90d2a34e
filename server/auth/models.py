from __future__ import annotations

from uuid import UUID

from tortoise import fields
from tortoise.models import Model

from server.models import Record


class User(Model):
    id = fields.UUIDField(primary_key=True)
    username = fields.CharField(max_length=150, unique=True)
    email = fields.CharField(max_length=254, unique=True)
    full_name = fields.CharField(max_length=200, default="")
    password_hash = fields.CharField(max_length=255)
    is_active = fields.BooleanField(default=True)
    is_staff = fields.BooleanField(default=False)
    is_superuser = fields.BooleanField(default=False)
    last_login = fields.DatetimeField(null=True)
    date_joined = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "user"


class ApiToken(Record):
    """A bearer secret, stored only as its SHA-256. Browser sessions are tokens too."""

    user: fields.ForeignKeyRelation[User] = fields.ForeignKeyField(
        "models.User", related_name="tokens", on_delete=fields.CASCADE
    )
    user_id: UUID
    kind = fields.CharField(max_length=16, default="api")  # api | session
    name = fields.CharField(max_length=100, default="")
    token_hash = fields.CharField(max_length=64, unique=True)
    prefix = fields.CharField(max_length=12)
    expires_at = fields.DatetimeField(null=True)
    last_used_at = fields.DatetimeField(null=True)
    revoked_at = fields.DatetimeField(null=True, db_index=True)
    user_agent = fields.CharField(max_length=400, default="", description="The client that created it.")
    ip = fields.CharField(max_length=45, default="", description="The address it was created from.")

    class Meta:
        table = "api_token"


class PasswordReset(Record):
    """A password-reset link: its secret is derived from SECRET_KEY and this row's id, and only the
    secret's SHA-256 is kept. Single use; it ends at `expires_at` or when any reset of the user is used."""

    user: fields.ForeignKeyRelation[User] = fields.ForeignKeyField(
        "models.User", related_name="password_resets", on_delete=fields.CASCADE
    )
    user_id: UUID
    token_hash = fields.CharField(max_length=64, unique=True)
    expires_at = fields.DatetimeField()
    used_at = fields.DatetimeField(null=True)
    ip = fields.CharField(max_length=45, default="", description="The address that asked for it.")

    class Meta:
        table = "password_reset"
