"""Each operation over a WebSocket is a request of its own, with its own request id."""

from __future__ import annotations

from collections.abc import Iterator

from starlette.websockets import WebSocket
from strawberry.extensions import SchemaExtension

from server.system.logs import request_id_var
from server.system.request_context import new_request_id


class OperationRequestId(SchemaExtension):
    """HTTP requests keep the id RequestContextMiddleware gave them; a WebSocket operation gets a fresh one.

    Strawberry runs every WebSocket operation in a task of its own, so the id set here stays with that
    operation (its resolvers, its log lines, `Context.meta`) and never leaks to the connection's others.
    """

    def on_operation(self) -> Iterator[None]:
        if isinstance(getattr(self.execution_context.context, "request", None), WebSocket):
            request_id_var.set(new_request_id())
        yield
