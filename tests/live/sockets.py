"""A graphql-transport-ws client for subscription tests: start operations, read what each one receives."""

from __future__ import annotations

import asyncio
import itertools
import json
from dataclasses import dataclass, field

import websockets

_ids = itertools.count(1)


def ws_url(base: str) -> str:
    return base.replace("http://", "ws://") + "/graphql"


@dataclass
class Operation:
    id: str
    messages: asyncio.Queue[dict] = field(default_factory=asyncio.Queue)

    async def next(self, seconds: float = 10.0) -> dict:
        """The next message of this operation (`next`, `error` or `complete`)."""
        return await asyncio.wait_for(self.messages.get(), seconds)

    async def data(self, seconds: float = 10.0) -> dict:
        message = await self.next(seconds)
        assert message["type"] == "next" and not message["payload"].get("errors"), message
        return message["payload"]["data"]

    async def quiet(self, seconds: float) -> list[dict]:
        """What arrived within `seconds` (expected: nothing)."""
        got = []
        try:
            while True:
                got.append(await asyncio.wait_for(self.messages.get(), seconds))
        except TimeoutError:
            return got


class Socket:
    """One graphql-transport-ws connection; a reader task sorts messages per operation."""

    def __init__(self, ws) -> None:
        self.ws = ws
        self.operations: dict[str, Operation] = {}
        self.close_code: int | None = None
        self._reader = asyncio.create_task(self._read())

    @classmethod
    async def open(cls, base: str, token: str | None = None) -> Socket:
        ws = await websockets.connect(ws_url(base), subprotocols=["graphql-transport-ws"], origin=base, max_queue=None)
        await ws.send(json.dumps({"type": "connection_init", "payload": {"token": token} if token else {}}))
        assert json.loads(await asyncio.wait_for(ws.recv(), 10)) == {"type": "connection_ack"}
        return cls(ws)

    async def subscribe(self, query: str, variables: dict | None = None) -> Operation:
        operation = Operation(str(next(_ids)))
        self.operations[operation.id] = operation
        payload = {"query": query, "variables": variables or {}}
        await self.ws.send(json.dumps({"id": operation.id, "type": "subscribe", "payload": payload}))
        return operation

    async def _read(self) -> None:
        try:
            async for raw in self.ws:
                message = json.loads(raw)
                if message.get("type") == "ping":
                    await self.ws.send(json.dumps({"type": "pong"}))
                operation = self.operations.get(message.get("id", ""))
                if operation is not None:
                    operation.messages.put_nowait(message)
        except websockets.exceptions.ConnectionClosed:
            pass
        self.close_code = self.ws.close_code

    async def closed_within(self, seconds: float) -> int | None:
        try:
            await asyncio.wait_for(asyncio.shield(self._reader), seconds)
        except TimeoutError:
            return None
        return self.close_code

    async def close(self) -> None:
        await self.ws.close()
        await self._reader


async def events_until_complete(operation: Operation, seconds: float = 30.0) -> list[dict]:
    """Every jobEvents payload of the operation until it completes."""
    got = []
    while True:
        message = await operation.next(seconds)
        if message["type"] == "complete":
            return got
        assert message["type"] == "next" and not message["payload"].get("errors"), message
        got.append(message["payload"]["data"]["jobEvents"])
