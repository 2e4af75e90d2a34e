"""The Strawberry ASGI view with our context."""

from __future__ import annotations

import json
from datetime import timedelta

import orjson

from starlette.requests import Request
from starlette.responses import Response
from starlette.websockets import WebSocket
from strawberry.asgi import GraphQL
from strawberry.schema import BaseSchema
from strawberry.subscriptions import GRAPHQL_TRANSPORT_WS_PROTOCOL

from server.graphql.context import Context
from server.graphql.schema import build_schema
from server.graphql.websocket import AuthorizedTransportWSHandler
from server.settings import Settings


class GraphQLView(GraphQL):
    graphql_transport_ws_handler_class = AuthorizedTransportWSHandler

    def decode_json(self, data: str | bytes) -> object:
        return orjson.loads(data)  # its JSONDecodeError is json's, which the view answers with a 400

    def encode_json(self, data: object) -> str:
        # Text, not bytes: WebSocket messages must stay text frames.
        try:
            return orjson.dumps(data).decode()
        except TypeError:  # an integer beyond 64 bits, say: let the standard library write it
            return json.dumps(data, separators=(",", ":"))

    async def get_context(self, request: Request | WebSocket, response: Response | None) -> Context:
        state = request.app.state
        return Context(
            request=request,
            response=response if isinstance(response, Response) else None,  # a WebSocket sets no cookies
            settings=state.settings,
            redis=state.redis,
            limiter=state.limiter,
            meta=request.state.meta,
            auth=request.state.auth,
            auth_via_cookie=request.state.auth_via_cookie,
        )


def build_graphql_view(settings: Settings, schema: BaseSchema | None = None) -> GraphQLView:
    """`schema` defaults to the product's; tests pass their own to exercise the socket with a subscription."""
    return GraphQLView(
        schema or build_schema(settings),
        graphql_ide="graphiql" if settings.graphiql_enabled else None,
        allow_queries_via_get=False,
        keep_alive=True,
        keep_alive_interval=15,
        connection_init_wait_timeout=timedelta(seconds=10),
        # The legacy `graphql-ws` protocol is refused: one protocol, one authorisation path.
        subscription_protocols=(GRAPHQL_TRANSPORT_WS_PROTOCOL,),
        max_subscriptions_per_connection=settings.graphql_max_subscriptions,
        allowed_origins=settings.allowed_origins,
        multipart_uploads_enabled=True,
    )
