"""The Strawberry ASGI view with our context, answering as GraphQL over HTTP specifies."""

from __future__ import annotations

import json
import re
from datetime import timedelta
from typing import overload

import orjson
from cross_web import AsyncHTTPRequestAdapter, HTTPException
from starlette.requests import ClientDisconnect, HTTPConnection, Request
from starlette.responses import JSONResponse, Response
from starlette.websockets import WebSocket
from strawberry.asgi import GraphQL
from strawberry.http import GraphQLHTTPResponse, process_result
from strawberry.schema import BaseSchema
from strawberry.subscriptions import GRAPHQL_TRANSPORT_WS_PROTOCOL
from strawberry.types import ExecutionResult
from strawberry.types.unset import UNSET

from server.graphql.context import Context
from server.graphql.errors import shape_error
from server.graphql.schema import build_schema
from server.graphql.websocket import AuthorizedTransportWSHandler
from server.settings import Settings

GRAPHQL_RESPONSE_JSON = "application/graphql-response+json"
APPLICATION_JSON = "application/json"
_Q_VALUE = re.compile(r"(0(\.\d{0,3})?|1(\.0{0,3})?)")
# How closely an Accept range names a type: */*, application/*, the type itself.
_ANY, _SUBTYPES, _EXACT = 0, 1, 2


def response_media_type(accept: str) -> str:
    """The media type a GraphQL result is sent as, chosen by the Accept header's q-values.

    Each type gets the q of the most specific range naming it (RFC 9110, 12.5.1). The higher q wins;
    on a tie the type named outright beats one reached through a wildcard, and
    application/graphql-response+json beats application/json only when both are named outright.
    With no Accept, or one naming neither, the answer is application/json as it always was (the
    GraphQL-over-HTTP spec lets a server disregard such an Accept)."""
    best = {GRAPHQL_RESPONSE_JSON: (0.0, -1), APPLICATION_JSON: (0.0, -1)}  # type -> (q, closeness)
    for part in accept.split(","):
        media_range, *params = (piece.strip() for piece in part.split(";"))
        media_range = media_range.lower()
        q = 1.0
        for param in params:
            name, _, value = param.partition("=")
            if name.strip().lower() == "q":
                value = value.strip()
                q = float(value) if _Q_VALUE.fullmatch(value) else -1.0
        if q < 0:  # a malformed q: the range is ignored
            continue
        for media_type, (_, closeness) in best.items():
            match = (
                _EXACT
                if media_range == media_type
                else _SUBTYPES
                if media_range == "application/*"
                else _ANY
                if media_range == "*/*"
                else -1
            )
            if match > closeness:
                best[media_type] = (q, match)
    graphql_q, graphql_match = best[GRAPHQL_RESPONSE_JSON]
    json_q, json_match = best[APPLICATION_JSON]
    if graphql_q > 0 and (graphql_q, graphql_match, graphql_match == _EXACT) > (json_q, json_match, False):
        return GRAPHQL_RESPONSE_JSON
    return APPLICATION_JSON


def accepted_media_type(request: HTTPConnection) -> str:
    return response_media_type(",".join(request.headers.getlist("accept")))


def is_request_error(result: ExecutionResult) -> bool:
    """Parse, validation and variable-coercion failures: execution never started, so no error has a path."""
    return result.data is None and bool(result.errors) and all(error.path is None for error in result.errors or ())


# What a request-level refusal (malformed body, wrong method) is coded as; the message says what was wrong.
HTTP_ERROR_CODES = {400: "BAD_REQUEST", 404: "NOT_FOUND", 405: "METHOD_NOT_ALLOWED", 413: "PAYLOAD_TOO_LARGE"}
REQUEST_KEYS = {"query": str, "operationName": str, "variables": dict, "extensions": dict}


def check_request_shape(data: object) -> object:
    """A GraphQL POST body is an object (or, batched, a list of objects) whose known keys have the right types."""
    items: list[object] = data if isinstance(data, list) else [data]
    requests = [item for item in items if isinstance(item, dict)]
    if not items or len(requests) != len(items):
        raise HTTPException(400, "The body must be a GraphQL request object, or a list of them for a batch.")
    for item in requests:
        for key, expected in REQUEST_KEYS.items():
            if item.get(key) is not None and not isinstance(item[key], expected):
                kind = "a string" if expected is str else "an object"
                raise HTTPException(400, f"The request's `{key}` must be {kind} or null.")
    return data


class GraphQLView(GraphQL[Context, None]):
    graphql_transport_ws_handler_class = AuthorizedTransportWSHandler

    def decode_json(self, data: str | bytes) -> object:
        return orjson.loads(data)  # its JSONDecodeError is json's, which the view answers with a 400

    def parse_json(self, data: str | bytes) -> object:
        # Every JSON the view reads (the body, a multipart `operations` or `map`) is an object or a list of objects.
        return check_request_shape(super().parse_json(data))

    async def parse_multipart(self, request: AsyncHTTPRequestAdapter) -> dict[str, str]:
        try:
            return await super().parse_multipart(request)
        except (TypeError, ValueError, IndexError, AttributeError) as exc:  # a `map` path that is not in `operations`
            raise HTTPException(400, "The multipart `map` does not match `operations`.") from exc

    @overload
    async def run(self, request: Request, context: Context = UNSET, root_value: None = UNSET) -> Response: ...

    @overload
    async def run(self, request: WebSocket, context: Context = UNSET, root_value: None = UNSET) -> WebSocket: ...

    async def run(
        self, request: Request | WebSocket, context: Context = UNSET, root_value: None = UNSET
    ) -> Response | WebSocket:
        try:
            return await super().run(request, context, root_value)
        except ClientDisconnect:
            # The client went away before its body arrived (a closed tab, a load generator stopping):
            # nothing ran and nobody reads the answer, so it is no error of ours to log.
            return Response(status_code=499)
        except HTTPException as exc:
            if isinstance(request, WebSocket):
                raise
            # Strawberry answers these in plain text; clients get the same coded shape as any other error.
            code = HTTP_ERROR_CODES.get(exc.status_code, "BAD_REQUEST")
            return JSONResponse(
                {"errors": [{"message": exc.reason, "extensions": {"code": code}}]}, status_code=exc.status_code
            )

    def encode_json(self, data: object) -> str:
        # Text, not bytes: WebSocket messages must stay text frames.
        try:
            return orjson.dumps(data).decode()
        except TypeError:  # an integer beyond 64 bits, say: let the standard library write it
            return json.dumps(data, separators=(",", ":"))

    # The HTTP response: application/json answers every GraphQL result with 200 and a `data` entry,
    # as before; application/graphql-response+json, when Accept prefers it, answers a request error
    # with 400 and no `data` entry (GraphQL over HTTP, "application/graphql-response+json").

    async def get_sub_response(self, request: Request | WebSocket) -> Response:
        sub_response = await super().get_sub_response(request)
        sub_response.media_type = accepted_media_type(request)
        return sub_response

    async def process_result(self, request: Request | WebSocket, result: ExecutionResult) -> GraphQLHTTPResponse:
        # Errors raised around the operation rather than in it (by an extension hook) reach no extension:
        # shape them here, so an HTTP answer never carries an uncoded or unmasked error.
        if result.errors:
            result.errors = [shape_error(e) for e in result.errors]
        response = process_result(result)
        if (
            isinstance(request, Request)
            and accepted_media_type(request) == GRAPHQL_RESPONSE_JSON
            and is_request_error(result)
        ):
            del response["data"]
        return response

    def create_response(
        self, response_data: GraphQLHTTPResponse | list[GraphQLHTTPResponse], sub_response: Response
    ) -> Response:
        response = super().create_response(response_data, sub_response)
        media_type = sub_response.media_type or APPLICATION_JSON
        response.headers["content-type"] = media_type
        response.headers.append("vary", "Accept")
        if (
            media_type == GRAPHQL_RESPONSE_JSON
            and isinstance(response_data, dict)
            and "data" not in response_data
            and not sub_response.status_code
        ):
            response.status_code = 400
        return response

    async def get_context(self, request: Request | WebSocket, response: Response | WebSocket) -> Context:
        state = request.app.state
        return Context(
            request=request,
            response=response if isinstance(response, Response) else None,  # a WebSocket sets no cookies
            settings=state.settings,
            redis=state.redis,
            limiter=state.limiter,
            request_meta=request.state.meta,
            auth=request.state.auth,
            auth_via_cookie=request.state.auth_via_cookie,
            events=state.events,
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
