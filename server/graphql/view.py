"""The Strawberry ASGI view with our context."""

from __future__ import annotations

import json
from datetime import timedelta

import orjson
from cross_web import HTTPException
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.websockets import WebSocket
from strawberry.asgi import GraphQL
from strawberry.types.unset import UNSET

from server.graphql.context import Context
from server.graphql.schema import build_schema
from server.settings import Settings


# What a request-level refusal (malformed body, wrong method) is coded as; the message says what was wrong.
HTTP_ERROR_CODES = {400: "BAD_REQUEST", 404: "NOT_FOUND", 405: "METHOD_NOT_ALLOWED", 413: "PAYLOAD_TOO_LARGE"}
REQUEST_KEYS = {"query": str, "operationName": str, "variables": dict, "extensions": dict}


def check_request_shape(data: object) -> object:
    """A GraphQL POST body is an object (or, batched, a list of objects) whose known keys have the right types."""
    items = data if isinstance(data, list) else [data]
    if not items or not all(isinstance(item, dict) for item in items):
        raise HTTPException(400, "The body must be a GraphQL request object, or a list of them for a batch.")
    for item in items:
        for key, expected in REQUEST_KEYS.items():
            if item.get(key) is not None and not isinstance(item[key], expected):
                kind = "a string" if expected is str else "an object"
                raise HTTPException(400, f"The request's `{key}` must be {kind} or null.")
    return data


class GraphQLView(GraphQL):
    def decode_json(self, data: str | bytes) -> object:
        return orjson.loads(data)  # its JSONDecodeError is json's, which the view answers with a 400

    def parse_json(self, data: str | bytes) -> object:
        # Every JSON the view reads (the body, a multipart `operations` or `map`) is an object or a list of objects.
        return check_request_shape(super().parse_json(data))

    async def parse_multipart(self, request) -> dict[str, object]:
        try:
            return await super().parse_multipart(request)
        except (TypeError, ValueError, IndexError, AttributeError) as exc:  # a `map` path that is not in `operations`
            raise HTTPException(400, "The multipart `map` does not match `operations`.") from exc

    async def run(self, request, context=UNSET, root_value=UNSET):
        try:
            return await super().run(request, context, root_value)
        except HTTPException as exc:
            if isinstance(request, WebSocket):
                raise
            # Strawberry answers these in plain text; clients get the same coded shape as any other error.
            code = HTTP_ERROR_CODES.get(exc.status_code, "BAD_REQUEST")
            return JSONResponse({"errors": [{"message": exc.reason, "extensions": {"code": code}}]},
                                status_code=exc.status_code)

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
