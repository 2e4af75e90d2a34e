"""A local OpenAI-compatible Chat Completions server for tests: real HTTP on a loopback port.

It speaks the protocol as OpenAI documents it — `POST /v1/chat/completions`, a `chat.completion` JSON
object, or with `"stream": true` server-sent events of `chat.completion.chunk` objects ending in
`data: [DONE]`, with `usage` in a last chunk with no choices when `stream_options.include_usage` asks —
and errors as `{"error": {...}}` with their status and headers. Tests script what it answers, one plan
per request in order (`then`), and read every request it received (`requests`), headers included.

    with ChatServer() as server:
        server.then(Status(429, retry_after="0"), Reply(cite_every_entry))
        settings = Settings(llm_base_url=server.base_url, ...)
"""

from __future__ import annotations

import asyncio
import json
import re
import socket
import threading
import time
from collections import deque
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass, field
from typing import Any

import uvicorn
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response, StreamingResponse
from starlette.routing import Route

Content = str | Callable[[dict[str, Any]], str]


@dataclass
class Reply:
    """A completion. `usage`: (prompt, completion) tokens; "words" counts whitespace-separated words of the
    messages and the answer (so it differs from the client's own approximation); None reports none."""

    content: Content
    usage: tuple[int, int] | str | None = "words"
    finish_reason: str = "stop"
    refusal: str | None = None
    chunk_chars: int = 7


@dataclass
class Status:
    """An error answer, as OpenAI shapes it."""

    status: int
    message: str = "The server had an error while processing your request."
    retry_after: str | None = None
    error_type: str = "server_error"


@dataclass
class Hang:
    """Answers nothing for `seconds`; with `after_first_chunk`, starts a stream and then falls silent."""

    seconds: float
    after_first_chunk: bool = False


@dataclass
class Raw:
    """A 200 answer with this exact body (to test answers that break the protocol)."""

    body: str
    content_type: str = "text/event-stream"


Plan = Reply | Status | Hang | Raw


@dataclass
class Received:
    body: dict[str, Any]
    headers: dict[str, str]
    at: float = field(default_factory=time.monotonic)


def _words(body: dict[str, Any]) -> int:
    return sum(len(str(m.get("content", "")).split()) for m in body.get("messages", []))


def entries_of(body: dict[str, Any]) -> list[dict[str, Any]]:
    """The entries a request sent: the JSON lines with an "id" of the user message."""
    user = next(m["content"] for m in body["messages"] if m["role"] == "user")
    return [json.loads(line) for line in user.splitlines() if line.startswith('{"id"')]


def answer(sections: list[tuple[str, list[tuple[str, list[str]]]]]) -> str:
    """The JSON object the prompt asks for: [(heading, [(text, [alias, …]), …]), …]."""
    return json.dumps(
        {
            "sections": [
                {"heading": heading, "statements": [{"text": text, "entries": ids} for text, ids in statements]}
                for heading, statements in sections
            ]
        }
    )


def cite_every_entry(body: dict[str, Any]) -> str:
    """An honest model: one statement per entry sent, its text as written, under its employer."""
    sections: dict[str, list[tuple[str, list[str]]]] = {}
    for entry in entries_of(body):
        sections.setdefault(entry.get("employer", "Other work"), []).append((entry["text"], [entry["id"]]))
    return answer(list(sections.items()))


class ChatServer:
    def __init__(self, default: Plan | None = None) -> None:
        self.requests: list[Received] = []
        self.default = default if default is not None else Reply(cite_every_entry)
        self._plans: deque[Plan] = deque()
        self._stopping = threading.Event()
        self._server: uvicorn.Server | None = None
        self._thread: threading.Thread | None = None
        self.port = 0

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/v1"

    def then(self, *plans: Plan) -> ChatServer:
        """Answer the next requests with these plans, in order; after them, the default plan."""
        self._plans.extend(plans)
        return self

    @property
    def bodies(self) -> list[str]:
        """Every request body received, as sent on the wire."""
        return [json.dumps(r.body, ensure_ascii=False) for r in self.requests]

    def start(self) -> ChatServer:
        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind(("127.0.0.1", 0))
        self.port = sock.getsockname()[1]
        app = Starlette(routes=[Route("/v1/chat/completions", self._completions, methods=["POST"])])
        config = uvicorn.Config(app, lifespan="off", log_level="warning", timeout_graceful_shutdown=1)
        self._server = uvicorn.Server(config)
        self._thread = threading.Thread(target=self._server.run, kwargs={"sockets": [sock]}, daemon=True)
        self._thread.start()
        deadline = time.monotonic() + 10
        while not self._server.started:
            if time.monotonic() > deadline or not self._thread.is_alive():
                raise RuntimeError("the chat server did not start")
            time.sleep(0.01)
        return self

    def stop(self) -> None:
        self._stopping.set()
        if self._server is not None and self._thread is not None:
            self._server.should_exit = True
            self._thread.join(timeout=10)

    def __enter__(self) -> ChatServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    async def _sleep(self, seconds: float) -> None:
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline and not self._stopping.is_set():
            await asyncio.sleep(0.02)

    async def _completions(self, request: Request) -> Response:
        try:
            body = await request.json()
        except ValueError:
            return _error(400, "We could not parse the JSON body of your request.", "invalid_request_error")
        self.requests.append(Received(body, dict(request.headers)))
        if not isinstance(body, dict) or not body.get("model") or not isinstance(body.get("messages"), list):
            return _error(400, "'model' and 'messages' are required properties.", "invalid_request_error")
        if body.get("stream_options") is not None and not body.get("stream"):
            return _error(
                400, "The 'stream_options' parameter is only allowed when 'stream' is enabled.", "invalid_request_error"
            )
        plan = self._plans.popleft() if self._plans else self.default
        if isinstance(plan, Status):
            headers = {"retry-after": plan.retry_after} if plan.retry_after is not None else None
            return _error(plan.status, plan.message, plan.error_type, headers)
        if isinstance(plan, Raw):
            return Response(plan.body, media_type=plan.content_type)
        if isinstance(plan, Hang) and not plan.after_first_chunk:
            await self._sleep(plan.seconds)
            return _error(500, "gave up hanging", "server_error")
        if body.get("stream"):
            include_usage = bool((body.get("stream_options") or {}).get("include_usage"))
            return StreamingResponse(self._chunks(body, plan, include_usage), media_type="text/event-stream")
        assert isinstance(plan, Reply)
        return JSONResponse(self._completion(body, plan))

    def _usage(self, body: dict[str, Any], plan: Reply, content: str) -> dict[str, int] | None:
        if plan.usage is None:
            return None
        prompt, completion = (_words(body), len(content.split())) if plan.usage == "words" else plan.usage
        assert isinstance(prompt, int) and isinstance(completion, int)
        return {"prompt_tokens": prompt, "completion_tokens": completion, "total_tokens": prompt + completion}

    def _completion(self, body: dict[str, Any], plan: Reply) -> dict[str, Any]:
        content = plan.content(body) if callable(plan.content) else plan.content
        completion: dict[str, Any] = {
            "id": f"chatcmpl-{len(self.requests)}",
            "object": "chat.completion",
            "created": int(time.time()),
            "model": body["model"],
            "system_fingerprint": "fp_local",
            "choices": [
                {
                    "index": 0,
                    "message": {
                        "role": "assistant",
                        "content": None if plan.refusal else content,
                        "refusal": plan.refusal,
                    },
                    "logprobs": None,
                    "finish_reason": plan.finish_reason,
                }
            ],
        }
        if (usage := self._usage(body, plan, content)) is not None:
            completion["usage"] = usage
        return completion

    async def _chunks(self, body: dict[str, Any], plan: Plan, include_usage: bool) -> AsyncIterator[str]:
        base = {
            "id": f"chatcmpl-{len(self.requests)}",
            "object": "chat.completion.chunk",
            "created": int(time.time()),
            "model": body["model"],
            "system_fingerprint": "fp_local",
        }

        def chunk(delta: dict[str, Any], finish_reason: str | None = None) -> str:
            data = {**base, "choices": [{"index": 0, "delta": delta, "logprobs": None, "finish_reason": finish_reason}]}
            if include_usage:
                data["usage"] = None
            return f"data: {json.dumps(data)}\n\n"

        yield chunk({"role": "assistant", "content": "", "refusal": None})
        if isinstance(plan, Hang):
            await self._sleep(plan.seconds)
            return
        assert isinstance(plan, Reply)
        content = plan.content(body) if callable(plan.content) else plan.content
        if plan.refusal:
            yield chunk({"refusal": plan.refusal})
        else:
            for start in range(0, len(content), plan.chunk_chars):
                yield chunk({"content": content[start : start + plan.chunk_chars]})
        yield chunk({}, plan.finish_reason)
        usage = self._usage(body, plan, content)
        if include_usage and usage is not None:
            yield f"data: {json.dumps({**base, 'choices': [], 'usage': usage})}\n\n"
        yield "data: [DONE]\n\n"


def _error(status: int, message: str, error_type: str, headers: dict[str, str] | None = None) -> JSONResponse:
    code = re.sub(r"[^a-z]+", "_", error_type)
    body = {"error": {"message": message, "type": error_type, "param": None, "code": code}}
    return JSONResponse(body, status_code=status, headers=headers)
