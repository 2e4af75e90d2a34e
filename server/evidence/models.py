from tortoise import fields

from server.models import Record


class Evidence(Record):
    """A file attached to a worklog. The bytes live in object storage under `object_key`."""

    tenant = fields.ForeignKeyField("models.Tenant", related_name="evidence", on_delete=fields.RESTRICT)
    worklog = fields.ForeignKeyField("models.Worklog", related_name="evidence", on_delete=fields.CASCADE)
    object_key = fields.CharField(max_length=300, unique=True)
    original_name = fields.CharField(max_length=255)
    size = fields.BigIntField()
    content_type = fields.CharField(max_length=100)
    sha256 = fields.CharField(max_length=64)

    class Meta:
        table = "evidence"
        # (worklog_id, created_at): a page's evidence in one index scan, and the cascade on entry delete.
        indexes = (("tenant_id", "worklog_id"), ("worklog_id", "created_at"))
