"""The GraphQL WebSocket endpoint (graphql-transport-ws) on a real uvicorn: Origin is checked."""

import json

import pytest
import websockets
from websockets.exceptions import InvalidStatus


def ws_url(base: str) -> str:
    return base.replace("http://", "ws://") + "/graphql"


async def test_same_origin_websocket_is_accepted(live_server):
    async with websockets.connect(ws_url(live_server), subprotocols=["graphql-transport-ws"], origin=live_server) as ws:
        await ws.send(json.dumps({"type": "connection_init", "payload": {}}))
        assert json.loads(await ws.recv()) == {"type": "connection_ack"}


async def test_foreign_origin_websocket_is_refused(live_server):
    with pytest.raises(InvalidStatus) as refused:
        async with websockets.connect(
            ws_url(live_server), subprotocols=["graphql-transport-ws"], origin="https://evil.example"
        ):
            pass
    assert refused.value.response.status_code == 403
