"""The request observer: every HTTP request's duration and outcome go into this process's request
aggregates (and Prometheus, and the request log line); every authenticated request or WebSocket marks its
user active for the day. Cheap on the request's path: counters in memory, writes in the background."""

from __future__ import annotations

import logging
from bisect import bisect_left
from time import perf_counter_ns
from typing import Any

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from server.graphql.operations import OPERATIONS_KEY, OperationFacts
from server.metrics.models import LATENCY_BUCKETS_MS
from server.metrics.prometheus import Instruments, OperationNames, instruments

OBSERVED_PREFIXES = ("/graphql", "/api/")
request_log = logging.getLogger("server.requests")
# The request aggregates' buckets and Prometheus' are the same bounds: one lookup serves both.
LATENCY_BUCKETS_NS: tuple[int, ...] = tuple(ms * 1_000_000 for ms in LATENCY_BUCKETS_MS)


def is_error(status: int, operations: list[OperationFacts]) -> bool:
    """A server failure: a 5xx answer, or an operation that hit an unexpected error (masked as INTERNAL)."""
    return status >= 500 or any("INTERNAL" in op.error_codes for op in operations)


_NO_STATE: dict[str, Any] = {}
_NO_OPERATIONS: list[OperationFacts] = []


class _Series:
    """One label set's Prometheus values, found once: the request counter of each status and the latency
    histogram's sum and buckets, written directly (the bucket is the one the request aggregates chose)."""

    __slots__ = ("buckets", "latency_sum", "requests", "requests_child")

    def __init__(self, found: Instruments, kind: str, name: str) -> None:
        histogram = found.latency.labels(kind, name)
        # prometheus-client's Histogram child keeps its sum and its buckets (the +Inf one last) as values.
        self.latency_sum = histogram._sum
        self.buckets = histogram._buckets
        self.requests_child = found.requests
        self.requests: dict[int, Any] = {}

    def count(self, kind: str, name: str, status: int) -> Any:
        child = self.requests.get(status)
        if child is None:
            child = self.requests[status] = self.requests_child.labels(kind, name, str(status))
        return child


class RequestObserverMiddleware:
    def __init__(self, app: ASGIApp) -> None:
        self.app = app
        self.names = OperationNames()
        self._series: dict[tuple[str, str], _Series] = {}
        self._instruments: Instruments | None = None

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
        started = perf_counter_ns()
        status = 500  # a response that never started is a failure

        async def send_observed(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
            await send(message)

        try:
            await self.app(scope, receive, send_observed)
        finally:
            self._observe(scope, status, perf_counter_ns() - started)

    def _observe(self, scope: Scope, status: int, duration_ns: int) -> None:
        """Everything a finished request costs: a few additions in memory and in Prometheus' mapped files."""
        state: dict[str, Any] = scope.get("state", _NO_STATE)
        operations: list[OperationFacts] = state.get(OPERATIONS_KEY, _NO_OPERATIONS)
        bucket = bisect_left(LATENCY_BUCKETS_NS, duration_ns)
        duration_ms = duration_ns / 1e6
        app_state = scope["app"].state
        aggregates = getattr(app_state, "request_aggregates", None)
        if aggregates is not None:
            aggregates.add(bucket, duration_ms, is_error(status, operations))
        self._count(operations, status, bucket, duration_ns / 1e9)
        if state.get("auth") is not None:
            self._mark_active(scope)
        if app_state.settings.logs_as_json:
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

    def _count(self, operations: list[OperationFacts], status: int, bucket: int, seconds: float) -> None:
        found = instruments()
        if found is not self._instruments:  # another sample directory (tests): find the series anew
            self._instruments, self._series = found, {}
        # A batch is one request: labelled by its first operation.
        if operations:
            first = operations[0]
            kind, name = first.type, self.names.label(first.name)
        else:
            kind, name = "http", "-"
        series = self._series.get((kind, name))
        if series is None:
            series = self._series[(kind, name)] = _Series(found, kind, name)
        series.count(kind, name, status).inc()
        series.latency_sum.inc(seconds)
        series.buckets[bucket].inc(1)
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
