"""Mail is never on the request path, and how fast workers deliver.

    .venv/bin/python -m bench.mail [--seconds 5] [--messages 200]

- `requestPasswordReset` latency through a real uvicorn whose SMTP_HOST points at a server that accepts
  connections and never answers (each SMTP attempt would hang for SMTP_TIMEOUT_SECONDS=10): known and
  unknown addresses, p50/p95/p99 — the call returns in milliseconds because it never contacts SMTP;
- delivery throughput of one worker round: `messages` queued messages to a real SMTP server on loopback
  (aiosmtpd), and to the embedded outbox, messages/s.
"""

from __future__ import annotations

import argparse
import asyncio
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from aiosmtpd.controller import Controller

from bench.harness import ROOT, free_port, load, scratch_server, summary

REQUEST = "mutation($e: String!) { requestPasswordReset(email: $e) { ok errors { code } } }"


class Counting:
    def __init__(self) -> None:
        self.count = 0

    async def handle_DATA(self, server, session, envelope):
        self.count += 1
        return "250 OK"


def stalled_smtp() -> tuple[socket.socket, int]:
    """A listener that accepts connections and never sends the SMTP greeting."""
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    sock.listen(1024)
    return sock, sock.getsockname()[1]


async def deliveries(env: dict[str, str], messages: int) -> list[str]:
    from server.auth.models import User
    from server.db import close_db, init_db
    from server.mail import service
    from server.mail.messages import LOW_BALANCE
    from server.mail.models import OutgoingMail
    from server.mail.transport import OutboxTransport, SmtpTransport
    from server.settings import Settings

    settings = Settings(_env_file=None, database_url=env["DATABASE_URL"], redis_url=env["REDIS_URL"])
    await init_db(settings)
    lines = []
    try:
        user = await User.get(username="admin")
        inbox = Counting()
        port = free_port()
        controller = Controller(inbox, hostname="127.0.0.1", port=port)
        controller.start()
        try:
            smtp = settings.model_copy(update={"smtp_host": "127.0.0.1", "smtp_port": port, "smtp_tls": "none"})
            with tempfile.TemporaryDirectory() as tmp:
                for name, transport in (
                    ("smtp (aiosmtpd)", SmtpTransport(smtp)),
                    ("outbox", OutboxTransport(Path(tmp))),
                ):
                    await OutgoingMail.all().delete()
                    context = {"tenant_name": "Bench", "balance_cents": 1, "threshold_cents": 500, "currency": "usd"}
                    for _ in range(messages):
                        await service.queue_mail(LOW_BALANCE, user.email, context=context)
                    t0 = time.perf_counter()
                    sent = 0
                    while sent < messages:
                        sent += (await service.deliver_due(smtp, transport)).sent
                    elapsed = time.perf_counter() - t0
                    lines.append(
                        f"delivery to {name:<16} {messages} messages in {elapsed:6.2f} s = {messages / elapsed:7.1f} msg/s"
                    )
        finally:
            controller.stop()
        if inbox.count != messages:
            raise SystemExit(f"the SMTP server received {inbox.count} of {messages} messages")
    finally:
        await close_db()
    return lines


async def main(seconds: float, messages: int) -> None:
    sock, port = stalled_smtp()
    extra = {
        "SMTP_HOST": "127.0.0.1",
        "SMTP_PORT": str(port),
        "SMTP_TLS": "none",
        "ADMIN_EMAIL": "admin@example.com",
        "ADMIN_PASSWORD": "bench-admin-password-1",
        "RATE_LIMIT_PASSWORD_RESET_PER_IP": "100000000",
        "RATE_LIMIT_PASSWORD_RESET_PER_EMAIL": "100000000",
    }
    try:
        async with scratch_server(extra) as (base_url, env):
            subprocess.run(
                [sys.executable, "-m", "server.cli", "bootstrap"], cwd=ROOT, env=env, check=True, capture_output=True
            )

            def ask(email: str):
                return lambda c: c.post("/graphql", json={"query": REQUEST, "variables": {"e": email}})

            def ok(response) -> bool:
                return response.status_code == 200 and response.json()["data"]["requestPasswordReset"]["ok"] is True

            results = [
                await load("requestPasswordReset known", 4, seconds, ask("admin@example.com"), base_url, ok),
                await load("requestPasswordReset unknown", 4, seconds, ask("nobody@example.com"), base_url, ok),
            ]
            print("SMTP_HOST points at a server that never answers (an attempt would hang 10 s):")
            print(summary(results))
            for line in await deliveries(env, messages):
                print(line)
    finally:
        sock.close()


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--seconds", type=float, default=5)
    parser.add_argument("--messages", type=int, default=200)
    args = parser.parse_args()
    asyncio.run(main(args.seconds, args.messages))
