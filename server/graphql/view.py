"""The Strawberry ASGI view with our context."""

from __future__ import annotations

from datetime import timedelta

from starlette.requests import Request
from starlette.responses import Response
from starlette.websockets import WebSocket
from strawberry.asgi import GraphQL

from server.graphql.context import Context
from server.graphql.schema import build_schema
from server.settings import Settings


class GraphQLView(GraphQL):
    async def get_context(self, request: Request | WebSocket, response: Response | None) -> Context:
        state = request.app.state
        return Context(
            request=request,
            response=response,
            settings=state.settings,
            redis=state.redis,
            limiter=state.limiter,
            meta=request.state.meta,
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
