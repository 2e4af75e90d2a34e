from tortoise import fields

from server.models import Record, TimestampedRecord


class Tenant(Record):
    name = fields.CharField(max_length=200)

    class Meta:
        table = "tenant"


class Profile(TimestampedRecord):
    """Binds a user to the tenant whose data they work in."""

    user = fields.OneToOneField("models.User", related_name="profile", on_delete=fields.CASCADE)
    tenant = fields.ForeignKeyField("models.Tenant", related_name="profiles", on_delete=fields.RESTRICT)
    settings = fields.JSONField(default=dict)
    notes = fields.TextField(default="")
    stripe_customer_id = fields.CharField(max_length=255, null=True)

    class Meta:
        table = "profile"
