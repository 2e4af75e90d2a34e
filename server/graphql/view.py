"""The Strawberry ASGI view with our context."""

from __future__ import annotations

import json
from datetime import timedelta

import orjson

from starlette.requests import Request
from starlette.responses import Response
from starlette.websockets import WebSocket
from strawberry.asgi import GraphQL
from strawberry.http import GraphQLHTTPResponse, process_result
from strawberry.types import ExecutionResult

from server.graphql.context import Context
from server.graphql.errors import shape_error
from server.graphql.schema import build_schema
from server.settings import Settings


class GraphQLView(GraphQL):
    def decode_json(self, data: str | bytes) -> object:
        return orjson.loads(data)  # its JSONDecodeError is json's, which the view answers with a 400

    def encode_json(self, data: object) -> str:
        # Text, not bytes: WebSocket messages must stay text frames.
        try:
            return orjson.dumps(data).decode()
        except TypeError:  # an integer beyond 64 bits, say: let the standard library write it
            return json.dumps(data, separators=(",", ":"))

    async def process_result(self, request: Request, result: ExecutionResult) -> GraphQLHTTPResponse:
        # Errors raised around the operation rather than in it (by an extension hook) reach no extension:
        # shape them here, so an HTTP answer never carries an uncoded or unmasked error.
        if result.errors:
            result.errors = [shape_error(e) for e in result.errors]
        return process_result(result)

    async def get_context(self, request: Request | WebSocket, response: Response | None) -> Context:
        state = request.app.state
        return Context(
            request=request,
            response=response,
            settings=state.settings,
            redis=state.redis,
            limiter=state.limiter,
            request_meta=request.state.meta,
            auth=request.state.auth,
            auth_via_cookie=request.state.auth_via_cookie,
        )


def build_graphql_view(settings: Settings) -> GraphQLView:
    return GraphQLView(
        build_schema(settings),
        graphql_ide="graphiql" if settings.graphiql_enabled else None,
        allow_queries_via_get=False,
        keep_alive=True,
        keep_alive_interval=15,
        connection_init_wait_timeout=timedelta(seconds=10),
        max_subscriptions_per_connection=settings.graphql_max_subscriptions,
        allowed_origins=settings.allowed_origins,
        multipart_uploads_enabled=True,
    )
