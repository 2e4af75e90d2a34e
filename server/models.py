"""The columns every table shares, declared once. Each domain's models.py builds on these."""

from tortoise import fields
from tortoise.models import Model


class Record(Model):
    """A row with a UUID primary key and the time it was written."""

    id = fields.UUIDField(primary_key=True)
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        abstract = True


class TimestampedRecord(Record):
    """A row that is changed after it is written; `updated_at` moves on every save."""

    updated_at = fields.DatetimeField(auto_now=True)

    class Meta:
        abstract = True
