"""Every HTTP request and every WebSocket operation has its own request id, carried on RequestMeta."""

import asyncio
import json
import re

import websockets
from starlette.websockets import WebSocket

from server.auth.scope import RequestMeta
from server.errors import ServiceError
from server.graphql.context import Context
from server.system.logs import current_request_id

LOGIN = 'mutation { login(input: {username: "ada", password: "wrong-guess-000"}) { errors { code } } }'


async def test_each_http_request_gets_an_id_in_its_response_and_on_request_meta(client, monkeypatch):
    from server.auth import service

    seen = []

    async def capture(*args, meta, **kwargs):
        seen.append((meta.request_id, current_request_id()))
        raise ServiceError("INVALID_CREDENTIALS", "no")

    monkeypatch.setattr(service, "login", capture)
    first = await client.post("/graphql", json={"query": LOGIN})
    second = await client.post("/graphql", json={"query": LOGIN})
    ids = [first.headers["x-request-id"], second.headers["x-request-id"]]
    assert ids[0] != ids[1]
    assert seen == [(ids[0], ids[0]), (ids[1], ids[1])]
    assert current_request_id() == ""  # nothing leaks out of a request


async def test_each_websocket_operation_gets_an_id_of_its_own(app, monkeypatch):
    from server.auth import service

    seen = []

    async def capture(*args, meta, **kwargs):
        await asyncio.sleep(0.01)
        seen.append((meta.request_id, current_request_id()))
        raise ServiceError("INVALID_CREDENTIALS", "no")

    monkeypatch.setattr(service, "login", capture)
    scope = {"type": "websocket", "path": "/graphql", "headers": [], "app": app}
    socket = WebSocket(scope, receive=None, send=None)
    state = app.state
    context = Context(
        request=socket,
        response=None,
        settings=state.settings,
        redis=state.redis,
        limiter=state.limiter,
        request_meta=RequestMeta(ip="203.0.113.7", request_id="connection-id"),
        auth=None,
    )
    view = next(r.endpoint for r in app.router.routes if getattr(r, "path", "") == "/graphql")
    # Strawberry runs each WebSocket operation in a task of its own; so do we here.
    results = await asyncio.gather(
        *(asyncio.create_task(view.schema.execute(LOGIN, context_value=context)) for _ in range(3))
    )
    assert all(r.errors is None for r in results)
    meta_ids = [m for m, _ in seen]
    assert len(set(meta_ids)) == 3 and "connection-id" not in meta_ids
    assert all(m == c and re.fullmatch(r"[0-9a-f]{32}", m) for m, c in seen)


async def test_the_websocket_handshake_answers_its_request_id(live_server):
    url = live_server.replace("http://", "ws://") + "/graphql"
    async with websockets.connect(url, subprotocols=["graphql-transport-ws"], origin=live_server) as ws:
        await ws.send(json.dumps({"type": "connection_init", "payload": {}}))
        assert json.loads(await ws.recv()) == {"type": "connection_ack"}
        assert re.fullmatch(r"[0-9a-f]{32}", ws.response.headers["x-request-id"])
