"""Keyset pagination over (created_at, id) with opaque cursors bound to the query that made them."""

from __future__ import annotations

import base64
import binascii
import json
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, Generic, TypeVar
from uuid import UUID

from tortoise.expressions import Q
from tortoise.models import Model
from tortoise.queryset import QuerySet

from server.errors import ServiceError
from server.validation import check_date, check_datetime

T = TypeVar("T")
M = TypeVar("M", bound=Model)
MAX_PAGE = 100
DEFAULT_PAGE = 20


@dataclass
class Page(Generic[T]):
    items: list[T]
    cursors: list[str]
    has_next: bool
    total: int

    @property
    def end_cursor(self) -> str | None:
        return self.cursors[-1] if self.cursors else None


def invalid_cursor() -> ServiceError:
    return ServiceError(
        "INVALID_CURSOR", "The cursor does not belong to this list; start again without `after`.", "after"
    )


def encode_cursor(tag: str, created_at: datetime, id_: UUID) -> str:
    return encode_keyset_cursor(tag, [created_at.isoformat(), str(id_)])


def decode_cursor(tag: str, cursor: str) -> tuple[datetime, UUID]:
    at, id_ = decode_keyset_cursor(tag, cursor, 2)
    return cursor_datetime(at), cursor_uuid(id_)


def clamp_first(first: int | None) -> int:
    if first is None:
        return DEFAULT_PAGE
    if first < 1 or first > MAX_PAGE:
        raise ServiceError("INVALID_PAGE_SIZE", f"`first` must be between 1 and {MAX_PAGE}.", "first")
    return first


async def paginate(
    qs: QuerySet[M], *, tag: str, first: int | None, after: str | None, order_field: str = "created_at"
) -> Page[M]:
    """Newest first by `order_field`, then id. `tag` names the list so that a cursor cannot be replayed against another."""
    size = clamp_first(first)
    total = await qs.count()
    if after:
        at, id_ = decode_cursor(tag, after)
        older: dict[str, Any] = {f"{order_field}__lt": at}
        same_then_older_id: dict[str, Any] = {order_field: at, "id__lt": id_}
        qs = qs.filter(Q(**older) | Q(**same_then_older_id))
    rows = await qs.order_by(f"-{order_field}", "-id").limit(size + 1)
    has_next = len(rows) > size
    rows = rows[:size]
    return Page(
        items=rows,
        # Every model's primary key is its `id`.
        cursors=[encode_cursor(tag, getattr(r, order_field), r.pk) for r in rows],
        has_next=has_next,
        total=total,
    )


def encode_keyset_cursor(tag: str, values: list[Any]) -> str:
    """A cursor for any keyset order: `values` are the sort key of the last row, JSON-serialisable."""
    raw = json.dumps([tag, *values], separators=(",", ":")).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def decode_keyset_cursor(tag: str, cursor: str, size: int) -> list[Any]:
    """The sort key stored in `cursor`; refused unless it was made by the list named `tag`."""
    try:
        padded = cursor + "=" * (-len(cursor) % 4)
        got = json.loads(base64.urlsafe_b64decode(padded.encode()), parse_constant=_refuse_constant)
        if not isinstance(got, list) or len(got) != size + 1 or got[0] != tag:
            raise ValueError("cursor from another list")
        return got[1:]
    except (ValueError, TypeError, binascii.Error, json.JSONDecodeError) as exc:
        raise invalid_cursor() from exc


# A cursor comes back from the client, so each value read from it is checked as any input is: a forged one
# (a rank of 1e400, a timestamp in year 9999) is INVALID_CURSOR, never an overflow in Python or PostgreSQL.

MAX_CURSOR_FLOAT = 3.4e38  # PostgreSQL `real`, the type of search ranks
MAX_CURSOR_INT = 2**31 - 1


def _refuse_constant(name: str) -> float:
    raise ValueError(f"{name} in cursor")


def cursor_float(value: Any) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not abs(value) <= MAX_CURSOR_FLOAT:
        raise invalid_cursor()
    return float(value)


def cursor_int(value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= MAX_CURSOR_INT:
        raise invalid_cursor()
    return value


def cursor_date(value: Any) -> date:
    try:
        return check_date(date.fromisoformat(value), "after")
    except (TypeError, ValueError, ServiceError) as exc:
        raise invalid_cursor() from exc


def cursor_datetime(value: Any) -> datetime:
    try:
        return check_datetime(datetime.fromisoformat(value), "after")
    except (TypeError, ValueError, ServiceError) as exc:
        raise invalid_cursor() from exc


def cursor_uuid(value: Any) -> UUID:
    try:
        return UUID(value)
    except (TypeError, ValueError, AttributeError) as exc:
        raise invalid_cursor() from exc
