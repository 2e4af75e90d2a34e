from __future__ import annotations

from typing import TYPE_CHECKING
from uuid import UUID

from tortoise import fields

from server.models import Record

if TYPE_CHECKING:
    from server.tenants.models import Tenant
    from server.worklogs.models import Worklog


class Evidence(Record):
    """A file attached to a worklog. The bytes live in object storage under `object_key`."""

    tenant: fields.ForeignKeyRelation[Tenant] = fields.ForeignKeyField(
        "models.Tenant", related_name="evidence", on_delete=fields.RESTRICT
    )
    tenant_id: UUID
    worklog: fields.ForeignKeyRelation[Worklog] = fields.ForeignKeyField(
        "models.Worklog", related_name="evidence", on_delete=fields.CASCADE
    )
    worklog_id: UUID
    object_key = fields.CharField(max_length=300, unique=True)
    original_name = fields.CharField(max_length=255)
    size = fields.BigIntField()
    content_type = fields.CharField(max_length=100)
    sha256 = fields.CharField(max_length=64)

    class Meta:
        table = "evidence"
        # (worklog_id, created_at): a page's evidence in one index scan, and the cascade on entry delete.
        indexes = (("tenant_id", "worklog_id"), ("worklog_id", "created_at"))
