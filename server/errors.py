"""Expected, user-fixable failures raised by services and shown to clients as UserErrors."""

from __future__ import annotations


class ServiceError(Exception):
    """A rule refused the request. `code` is stable: clients and tests match on it."""

    def __init__(self, code: str, message: str, field: str | None = None) -> None:
        super().__init__(message)
        self.code = code
        self.message = message
        self.field = field

    def __repr__(self) -> str:
        return f"ServiceError({self.code!r}, {self.message!r}, field={self.field!r})"


class NotFound(ServiceError):
    def __init__(self, what: str, field: str | None = "id") -> None:
        super().__init__("NOT_FOUND", f"{what} not found.", field)
