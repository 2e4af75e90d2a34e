from __future__ import annotations

from typing import TYPE_CHECKING, Any
from uuid import UUID

from pypika_tortoise.terms import LiteralValue
from tortoise import fields
from tortoise.contrib.postgres.fields import ArrayField, TSVectorField
from tortoise.contrib.postgres.indexes import GinIndex
from tortoise.models import Model

from server.models import TimestampedRecord

if TYPE_CHECKING:
    from server.auth.models import User
    from server.tenants.models import Tenant

# `ARRAY[user_id]` has a built-in GIN operator class (uuid alone needs the btree_gin extension), so one GIN
# index can answer "this user's entries with this word / tag"; queries repeat the expression.
USER_KEY = '(ARRAY["user_id"])'


class GinIndexWithoutPendingList(GinIndex):
    """A GIN index that takes each insert at once (fastupdate off).

    With fastupdate on, new entries wait in an unsorted pending list until vacuum merges them, and
    every search reads that whole list: after a few thousand new entries a search read ~280 pending
    pages and took twice as long. An insert pays a little more instead (measured in bench.worklogs)."""

    def __init__(self, *expressions: Any, name: str) -> None:
        super().__init__(*expressions, name=name)
        self.extra = " WITH (fastupdate = off)"


class Worklog(TimestampedRecord):
    """One entry of a professional's daily log. Metadata lives in columns so filters can use indexes."""

    tenant: fields.ForeignKeyRelation[Tenant] = fields.ForeignKeyField(
        "models.Tenant", related_name="worklogs", on_delete=fields.RESTRICT
    )
    tenant_id: UUID
    user: fields.ForeignKeyRelation[User] = fields.ForeignKeyField(
        "models.User", related_name="worklogs", on_delete=fields.CASCADE
    )
    user_id: UUID
    date = fields.DateField()
    content = fields.TextField()
    source = fields.CharField(max_length=16, default="manual")
    draft = fields.BooleanField(default=False)
    employer = fields.CharField(max_length=200, default="")
    project = fields.CharField(max_length=200, default="")
    tags = ArrayField(element_type="text", default=list)
    work_type = fields.CharField(max_length=50, default="")
    outcome = fields.TextField(default="")
    # Metadata flattened to text by the service, so the generated search vector can weigh it above content.
    metadata_text = fields.TextField(default="")
    search = TSVectorField(source_fields=("metadata_text", "content"), config="english", weights=("A", "B"))
    # Hash of what an import would bring in again; makes re-importing the same file a no-op.
    fingerprint = fields.CharField(max_length=64)
    # Where an import took the entry from, to take only what is new next time: for a git day, the
    # newest commit in it. Empty for everything else.
    source_ref = fields.CharField(max_length=64, default="")

    class Meta:
        table = "worklog"
        indexes = (
            ("tenant_id", "user_id", "date", "created_at", "id"),
            ("tenant_id", "user_id", "employer"),
            ("tenant_id", "user_id", "project"),
            ("tenant_id", "user_id", "fingerprint"),
            ("date",),
            GinIndexWithoutPendingList(LiteralValue(USER_KEY), LiteralValue('"tags"'), name="idx_worklog_user_tags"),
            GinIndexWithoutPendingList(
                LiteralValue(USER_KEY), LiteralValue('"search"'), name="idx_worklog_user_search"
            ),
        )


class WorklogDayCount(Model):
    """Entries per user per day, kept by a trigger on worklog (see the migration): date-range
    totals sum a few hundred rows instead of counting tens of thousands of entries."""

    id = fields.BigIntField(primary_key=True)
    tenant_id = fields.UUIDField()
    user_id = fields.UUIDField()
    date = fields.DateField()
    n = fields.IntField(default=0)

    class Meta:
        table = "worklog_day_count"
        unique_together = (("tenant_id", "user_id", "date"),)
