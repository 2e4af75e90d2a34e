"""Bounds every input shares, whatever door it comes in by (GraphQL, plain HTTP routes, cursors, imports).

PostgreSQL refuses NUL in text and Python's date arithmetic overflows near year 1 and 9999: both used to surface
as INTERNAL errors. Text is checked for control characters and every date or date-time for a sane range here,
so that such input is refused with a stable code before it reaches a query.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, time

from server.errors import ServiceError

MIN_DATE = date(1900, 1, 1)
MAX_DATE = date(2100, 12, 31)
MIN_DATETIME = datetime.combine(MIN_DATE, time.min, UTC)
MAX_DATETIME = datetime.combine(MAX_DATE, time.max, UTC)

# C0 controls, DEL and C1 controls; multi-line text may keep tab, line feed and carriage return.
_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f]")
_CONTROL_MULTILINE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def invalid_text(field: str | None) -> ServiceError:
    name = f"`{field}`" if field else "Text"
    return ServiceError("INVALID_TEXT", f"{name} must not contain control characters.", field)


def date_out_of_range(field: str | None) -> ServiceError:
    name = f"`{field}`" if field else "Dates"
    return ServiceError("DATE_OUT_OF_RANGE", f"{name} must be between {MIN_DATE} and {MAX_DATE}.", field)


def check_text(value: str, field: str | None, *, multiline: bool = False) -> str:
    """`value` unchanged, or INVALID_TEXT when it holds a control character (tab and newlines allowed if `multiline`)."""
    if (_CONTROL_MULTILINE if multiline else _CONTROL).search(value):
        raise invalid_text(field)
    return value


def check_date(value: date, field: str | None) -> date:
    """`value` unchanged, or DATE_OUT_OF_RANGE outside 1900-01-01 … 2100-12-31. A datetime is checked as one."""
    if isinstance(value, datetime):
        return check_datetime(value, field)
    if not MIN_DATE <= value <= MAX_DATE:
        raise date_out_of_range(field)
    return value


def check_datetime(value: datetime, field: str | None) -> datetime:
    """`value` unchanged, or DATE_OUT_OF_RANGE outside the date bounds (a naive value is read as UTC)."""
    aware = value if value.utcoffset() is not None else value.replace(tzinfo=UTC)
    # Aware comparison subtracts offsets without building a datetime, so it cannot overflow at year 1 or 9999.
    if not MIN_DATETIME <= aware <= MAX_DATETIME:
        raise date_out_of_range(field)
    return value


def parse_date(raw: str, field: str) -> date:
    """A YYYY-MM-DD query parameter: INVALID_DATE when it is not one, DATE_OUT_OF_RANGE outside the bounds."""
    try:
        value = date.fromisoformat(raw)
    except ValueError as exc:
        raise ServiceError("INVALID_DATE", f"`{field}` must be a date like 2026-01-31.", field) from exc
    return check_date(value, field)
