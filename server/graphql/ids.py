"""ID parsing: a malformed ID is a user error, not a crash."""

from __future__ import annotations

from uuid import UUID

from server.errors import ServiceError


def parse_id(value: str, field: str = "id") -> UUID:
    try:
        return UUID(str(value))
    except ValueError as exc:
        raise ServiceError("INVALID_ID", f"`{field}` is not a valid ID.", field) from exc
