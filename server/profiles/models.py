from __future__ import annotations

from typing import TYPE_CHECKING
from uuid import UUID

from tortoise import fields
from tortoise.contrib.postgres.fields import ArrayField

from server.models import TimestampedRecord

if TYPE_CHECKING:
    from server.auth.models import User
    from server.tenants.models import Tenant


class Position(TimestampedRecord):
    """A job the user held: their employment history, which resume reports group by and take titles from."""

    tenant: fields.ForeignKeyRelation[Tenant] = fields.ForeignKeyField(
        "models.Tenant", related_name="positions", on_delete=fields.RESTRICT
    )
    tenant_id: UUID
    user: fields.ForeignKeyRelation[User] = fields.ForeignKeyField(
        "models.User", related_name="positions", on_delete=fields.CASCADE
    )
    user_id: UUID
    employer = fields.CharField(max_length=200)
    title = fields.CharField(max_length=200, default="")
    # "end" is an SQL keyword: the columns say what they hold instead.
    start = fields.DateField(source_field="start_date")
    end = fields.DateField(null=True, source_field="end_date")  # None: the current position

    class Meta:
        table = "employment_position"
        indexes = (("tenant_id", "user_id", "start"),)


class ConfidentialTerms(TimestampedRecord):
    """The user's confidential terms (client names, codenames, figures), replaced by placeholders before any
    text leaves for an external provider. One row per user, written whole."""

    tenant: fields.ForeignKeyRelation[Tenant] = fields.ForeignKeyField(
        "models.Tenant", related_name="confidential_terms", on_delete=fields.RESTRICT
    )
    tenant_id: UUID
    user: fields.OneToOneRelation[User] = fields.OneToOneField(
        "models.User", related_name="confidential_terms", on_delete=fields.CASCADE
    )
    user_id: UUID
    terms = ArrayField(element_type="text", default=list)

    class Meta:
        table = "confidential_terms"
