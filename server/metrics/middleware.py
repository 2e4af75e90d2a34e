"""The request observer: every HTTP request's duration and outcome go into this process's request
aggregates (and Prometheus, and the request log line); every authenticated request or WebSocket marks its
user active for the day. Cheap on the request's path: counters in memory, writes in the background."""

from __future__ import annotations

import logging
import time
from typing import Any

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from server.graphql.operations import OPERATIONS_KEY, OperationFacts
from server.metrics.prometheus import OperationNames, instruments

OBSERVED_PREFIXES = ("/graphql", "/api/")
request_log = logging.getLogger("server.requests")


def is_error(status: int, operations: list[OperationFacts]) -> bool:
    """A server failure: a 5xx answer, or an operation that hit an unexpected error (masked as INTERNAL)."""
    return status >= 500 or any("INTERNAL" in op.error_codes for op in operations)


class RequestObserverMiddleware:
    def __init__(self, app: ASGIApp) -> None:
        self.app = app
        self.names = OperationNames()

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        kind = scope["type"]
        if kind == "websocket":
            self._mark_active(scope)
            gauge = instruments().websockets
            gauge.inc()
            try:
                await self.app(scope, receive, send)
            finally:
                gauge.dec()
            return
        if kind != "http" or not scope["path"].startswith(OBSERVED_PREFIXES):
            await self.app(scope, receive, send)
            return
        started = time.perf_counter()
        status = 500  # a response that never started is a failure

        async def send_observed(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
            await send(message)

        try:
            await self.app(scope, receive, send_observed)
        finally:
            duration_ms = (time.perf_counter() - started) * 1000
            state: dict[str, Any] = scope.get("state", {})
            operations: list[OperationFacts] = state.get(OPERATIONS_KEY, [])
            aggregates = getattr(scope["app"].state, "request_aggregates", None)
            if aggregates is not None:
                aggregates.record(duration_ms, is_error(status, operations))
            self._count(operations, status, duration_ms / 1000)
            self._mark_active(scope)
            if scope["app"].state.settings.logs_as_json:
                self._log(scope, operations, status, duration_ms)

    @staticmethod
    def _log(scope: Scope, operations: list[OperationFacts], status: int, duration_ms: float) -> None:
        """One line per request (JSON in production): who, what, how it ended. Never the body or headers."""
        auth = scope.get("state", {}).get("auth")
        first = operations[0] if operations else None
        codes = [c for op in operations for c in op.error_codes if c]
        request_log.info(
            "%s %s %d",
            scope["method"],
            scope["path"],
            status,
            extra={
                "method": scope["method"],
                "path": scope["path"],
                "status": status,
                "duration_ms": round(duration_ms, 2),
                "user_id": str(auth.user.id) if auth else None,
                "tenant_id": str(auth.scope.tenant_id) if auth and auth.scope else None,
                "operation_name": first.name or None if first else None,
                "operation_type": first.type if first else None,
                "error_code": codes[0] if codes else None,
            },
        )

    def _count(self, operations: list[OperationFacts], status: int, seconds: float) -> None:
        found = instruments()
        # A batch is one request: labelled by its first operation.
        first = operations[0] if operations else None
        kind = first.type if first else "http"
        name = self.names.label(first.name) if first else "-"
        found.requests.labels(kind, name, str(status)).inc()
        found.latency.labels(kind, name).observe(seconds)
        for op in operations:
            for code in op.error_codes:
                found.errors.labels(code or "UNKNOWN").inc()

    @staticmethod
    def _mark_active(scope: Scope) -> None:
        auth = scope.get("state", {}).get("auth")
        if auth is None:
            return
        marker = getattr(scope["app"].state, "activity", None)
        if marker is not None:
            marker.mark(auth.user.id, auth.scope.tenant_id if auth.scope else None)
