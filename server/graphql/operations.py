"""What each GraphQL operation was, for the request's metrics and log line: its type, its name and the
codes of its errors, left in the HTTP request's scope state (a WebSocket operation is its own request)."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from starlette.requests import Request
from starlette.websockets import WebSocket
from strawberry.extensions import SchemaExtension

from server.metrics.prometheus import instruments


@dataclass(frozen=True)
class OperationFacts:
    type: str  # query | mutation | subscription | unknown (not parsed)
    name: str
    error_codes: tuple[str, ...]


OPERATIONS_KEY = "graphql_operations"


def code_of(extensions: dict[str, Any] | None) -> str:
    """An error's code; a refused query's BAD_REQUEST says which rule refused it (its ErrorCode `reason`)."""
    found = extensions or {}
    if found.get("code") == "BAD_REQUEST" and found.get("reason"):
        return str(found["reason"])
    return str(found.get("code", ""))


class RecordOperation(SchemaExtension):
    """Runs outside MaskUnexpectedErrors (listed before it), so it sees the errors as clients do."""

    def on_execute(self) -> Iterator[None]:
        context = self.execution_context
        if isinstance(getattr(context.context, "request", None), WebSocket):
            with contextlib.suppress(Exception):  # a document without an operation type is no subscription
                if context.operation_type.value == "subscription":
                    instruments().subscriptions.inc()
        yield

    def on_operation(self) -> Iterator[None]:
        context = self.execution_context
        request = getattr(context.context, "request", None)
        yield
        if not isinstance(request, Request):
            return
        try:
            kind = context.operation_type.value
        except Exception:  # a document that did not parse has no operation type
            kind = "unknown"
        errors = context.result.errors if context.result is not None else None
        codes = tuple(code_of(e.extensions) for e in errors or ())
        if context.result is None and context.pre_execution_errors:
            codes = tuple(code_of(e.extensions) for e in context.pre_execution_errors)
        facts = OperationFacts(kind, context.operation_name or "", codes)
        request.scope.setdefault("state", {}).setdefault(OPERATIONS_KEY, []).append(facts)
