from tortoise import fields
from tortoise.models import Model


class InvitePasskey(Model):
    """An invite to sign up. Only the hash of the raw key is stored."""

    id = fields.UUIDField(primary_key=True)
    key_hash = fields.CharField(max_length=64, unique=True)
    prefix = fields.CharField(max_length=12)
    created_by = fields.ForeignKeyField("models.User", related_name="passkeys_created", null=True, on_delete=fields.SET_NULL)
    created_at = fields.DatetimeField(auto_now_add=True)
    expires_at = fields.DatetimeField(db_index=True)
    used_at = fields.DatetimeField(null=True)
    used_by = fields.ForeignKeyField("models.User", related_name="passkeys_used", null=True, on_delete=fields.SET_NULL)
    revoked_at = fields.DatetimeField(null=True)
    notes = fields.TextField(default="")

    class Meta:
        table = "invite_passkey"
