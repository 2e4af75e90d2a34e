"""`GET /metrics` of a worker process group on WORKER_METRICS_PORT.

Every worker process tries to bind the port on each heartbeat until one holds it; the one that does
answers for the whole group (the samples of all its processes are summed). The same rule as the API's
`/metrics` applies: METRICS_TOKEN as a bearer token, or, outside production, a loopback client.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging

from server.metrics import prometheus
from server.settings import Settings

log = logging.getLogger(__name__)
MAX_HEAD_BYTES = 16 * 1024


def _response(status: str, body: bytes, content_type: str = "text/plain; charset=utf-8") -> bytes:
    head = (
        f"HTTP/1.1 {status}\r\nContent-Type: {content_type}\r\nContent-Length: {len(body)}\r\nConnection: close\r\n\r\n"
    )
    return head.encode() + body


class WorkerMetricsServer:
    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.server: asyncio.Server | None = None

    async def ensure_serving(self) -> bool:
        """Bind the port if no process of the group holds it yet; True when this process serves."""
        if self.server is not None or not self.settings.worker_metrics_port:
            return self.server is not None
        try:
            self.server = await asyncio.start_server(
                self._handle, host=self.settings.host, port=self.settings.worker_metrics_port, reuse_address=True
            )
        except OSError:
            return False  # another worker process of this group serves it
        log.info("worker metrics on http://%s:%d/metrics", self.settings.host, self.settings.worker_metrics_port)
        return True

    async def _handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            head = await asyncio.wait_for(reader.readuntil(b"\r\n\r\n"), 5)
            if len(head) > MAX_HEAD_BYTES:
                raise ValueError("request head too large")
            lines = head.decode("latin-1").split("\r\n")
            method, path, _ = ([*lines[0].split(" "), "", "", ""])[:3]
            headers = {k.strip().lower(): v.strip() for k, _, v in (line.partition(":") for line in lines[1:] if line)}
            peer = writer.get_extra_info("peername") or ("", 0)
            if method != "GET" or path.split("?")[0] != "/metrics":
                writer.write(_response("404 Not Found", b"not found\n"))
            elif not prometheus.scrape_allowed(self.settings, peer[0], headers.get("authorization", "")):
                writer.write(_response("403 Forbidden", b"forbidden\n"))
            else:
                writer.write(_response("200 OK", prometheus.scrape(), prometheus.CONTENT_TYPE))
            await writer.drain()
        except (asyncio.IncompleteReadError, asyncio.LimitOverrunError, TimeoutError, ValueError, ConnectionError):
            pass  # a client that sends no proper request gets nothing
        finally:
            writer.close()
            with contextlib.suppress(Exception):
                await writer.wait_closed()

    async def close(self) -> None:
        if self.server is not None:
            self.server.close()
            await self.server.wait_closed()
            self.server = None
