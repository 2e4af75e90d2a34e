from tortoise import fields
from tortoise.models import Model


class Tenant(Model):
    id = fields.UUIDField(primary_key=True)
    name = fields.CharField(max_length=200)
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "tenant"


class Profile(Model):
    """Binds a user to the tenant whose data they work in."""

    id = fields.UUIDField(primary_key=True)
    user = fields.OneToOneField("models.User", related_name="profile", on_delete=fields.CASCADE)
    tenant = fields.ForeignKeyField("models.Tenant", related_name="profiles", on_delete=fields.RESTRICT)
    settings = fields.JSONField(default=dict)
    notes = fields.TextField(default="")
    stripe_customer_id = fields.CharField(max_length=255, null=True)
    created_at = fields.DatetimeField(auto_now_add=True)
    updated_at = fields.DatetimeField(auto_now=True)

    class Meta:
        table = "profile"
