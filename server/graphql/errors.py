"""UserError for expected failures, and masking for everything unexpected."""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from typing import Any, TypeVar

import strawberry
from graphql import GraphQLError
from strawberry.extensions import MaskErrors

from server.errors import ServiceError

log = logging.getLogger("server.graphql")
P = TypeVar("P")

# Errors we raise on purpose carry one of these codes and are shown as they are.
PUBLIC_CODES = {"UNAUTHENTICATED", "FORBIDDEN", "BAD_REQUEST", "RATE_LIMITED", "GRAPHQL_VALIDATION_FAILED"}


@strawberry.type
class UserError:
    field: str | None
    message: str
    code: str


def user_error(exc: ServiceError) -> UserError:
    return UserError(field=exc.field, message=exc.message, code=exc.code)


async def payload_or_errors(build: Callable[[], Awaitable[P]], payload: Callable[..., P]) -> P:
    """Run a mutation body; a ServiceError becomes `payload(errors=[...])`."""
    try:
        return await build()
    except ServiceError as exc:
        return payload(errors=[user_error(exc)])


def _is_public(error: GraphQLError) -> bool:
    if error.original_error is None:
        return True  # parse/validation errors: the client's own query
    code = (error.extensions or {}).get("code")
    return code in PUBLIC_CODES


class MaskUnexpectedErrors(MaskErrors):
    """Hide messages and traces of bugs; log them with the path that failed."""

    def __init__(self) -> None:
        super().__init__(should_mask_error=lambda e: not _is_public(e), error_message="Internal server error.")

    def anonymise_error(self, error: GraphQLError) -> GraphQLError:
        log.error("unexpected error at %s", error.path, exc_info=error.original_error)
        masked = super().anonymise_error(error)
        masked.extensions = {"code": "INTERNAL"}
        return masked


def extensions_of(error: GraphQLError) -> dict[str, Any]:
    return error.extensions or {}
