"""A client that disconnects before its request body arrives is no server error."""

import logging


async def test_a_client_gone_before_its_body_is_answered_499_and_logs_no_error(app, caplog):
    sent: list[dict] = []

    async def receive() -> dict:
        return {"type": "http.disconnect"}

    async def send(message: dict) -> None:
        sent.append(message)

    scope = {
        "type": "http",
        "asgi": {"version": "3.0"},
        "http_version": "1.1",
        "method": "POST",
        "scheme": "http",
        "path": "/graphql",
        "raw_path": b"/graphql",
        "query_string": b"",
        "root_path": "",
        "headers": [(b"host", b"testserver"), (b"content-type", b"application/json"), (b"content-length", b"40")],
        "client": ("203.0.113.7", 4321),
        "server": ("testserver", 80),
    }
    with caplog.at_level(logging.ERROR):
        await app(scope, receive, send)
    assert sent[0]["type"] == "http.response.start" and sent[0]["status"] == 499
    assert [r for r in caplog.records if r.levelno >= logging.ERROR] == []
