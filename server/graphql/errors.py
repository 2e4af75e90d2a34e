"""UserError for expected failures, and masking for everything unexpected."""

from __future__ import annotations

import logging
from typing import Any

import strawberry
from graphql import GraphQLError
from strawberry.extensions import MaskErrors

from server.errors import ServiceError
from server.graphql.error_codes import DECLARED_CODES, ErrorCode

log = logging.getLogger("server.graphql")

# Errors we raise on purpose carry one of these codes and are shown as they are.
PUBLIC_CODES = {"UNAUTHENTICATED", "FORBIDDEN", "BAD_REQUEST", "RATE_LIMITED", "GRAPHQL_VALIDATION_FAILED", "NOT_FOUND"}


@strawberry.type
class UserError:
    field: str | None
    message: str
    code: ErrorCode


def unauthenticated() -> GraphQLError:
    return GraphQLError("You must be logged in.", extensions={"code": "UNAUTHENTICATED"})


def forbidden() -> GraphQLError:
    return GraphQLError("You are not allowed to do this.", extensions={"code": "FORBIDDEN"})


def not_found(message: str) -> GraphQLError:
    """A subscription's refusal of an object that is not the caller's (or does not exist): nothing streams."""
    return GraphQLError(message, extensions={"code": "NOT_FOUND"})


def user_error(exc: ServiceError) -> UserError:
    """The UserError of a refusal; a code ErrorCode does not declare raises ValueError (a bug: masked, logged)."""
    return UserError(field=exc.field, message=exc.message, code=ErrorCode(exc.code))


class MaskUnexpectedErrors(MaskErrors):
    """Shape every error for clients: known ones keep a stable code, bugs are masked and logged.

    - ServiceError raised by a query (a bad cursor, say): BAD_REQUEST, with `reason` = its code (an ErrorCode;
      a code the enum does not declare is a bug, masked as below).
    - Errors we raise with a public code (UNAUTHENTICATED, FORBIDDEN, ...): as they are.
    - Parse, validation and variable errors (raised outside any field): GRAPHQL_VALIDATION_FAILED.
    - Anything else: "Internal server error." with code INTERNAL; the trace goes to the log only.

    Strawberry makes one instance per operation (the schema is given the class), so concurrent
    requests never share the execution context this reads.
    """

    def __init__(self) -> None:
        super().__init__(error_message=MASKED_MESSAGE)

    def _process_errors(self, errors: list[GraphQLError]) -> list[GraphQLError]:
        return [shape_error(e) for e in errors]


MASKED_MESSAGE = "Internal server error."


def shape_error(error: GraphQLError) -> GraphQLError:
    """One error as clients may see it (see MaskUnexpectedErrors); an error already shaped stays as it is."""
    original = error.original_error
    if isinstance(original, ServiceError) and original.code in DECLARED_CODES:
        error.message = original.message
        error.extensions = {"code": "BAD_REQUEST", "reason": original.code, "field": original.field}
        return error
    code = (error.extensions or {}).get("code")
    if code in PUBLIC_CODES or code == "INTERNAL":
        return error
    if original is None or (error.path is None and error.nodes):
        # Parse, validation and variable-coercion errors: about the client's own request (and pointing into it;
        # a crash outside any field, in an extension say, points nowhere and is masked below).
        error.extensions = {**(error.extensions or {}), "code": "GRAPHQL_VALIDATION_FAILED"}
        return error
    log.error("unexpected error at %s", error.path, exc_info=original)
    masked = GraphQLError(
        MASKED_MESSAGE,
        nodes=error.nodes,
        source=error.source,
        positions=error.positions,
        path=error.path,
        original_error=None,
    )
    masked.extensions = {"code": "INTERNAL"}
    return masked


def extensions_of(error: GraphQLError) -> dict[str, Any]:
    return error.extensions or {}
