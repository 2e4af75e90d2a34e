"""A real SMTP server on loopback (aiosmtpd), and helpers that read what was delivered."""

from __future__ import annotations

import re
import socket
from email import message_from_bytes
from email.message import Message
from pathlib import Path

from aiosmtpd.controller import Controller

from server.mail.service import deliver_due
from server.mail.transport import OutboxTransport


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Inbox:
    """aiosmtpd handler: keeps every message it accepts."""

    def __init__(self) -> None:
        self.messages: list[Message] = []
        self.recipients: list[list[str]] = []

    async def handle_DATA(self, server, session, envelope):
        self.messages.append(message_from_bytes(envelope.content))
        self.recipients.append(list(envelope.rcpt_tos))
        return "250 OK"


class SmtpServer:
    """An SMTP server on a fixed loopback port that a test can start late (the server is 'down' until then)."""

    def __init__(self) -> None:
        self.port = free_port()
        self.inbox = Inbox()
        self._controller: Controller | None = None

    def start(self) -> SmtpServer:
        self._controller = Controller(self.inbox, hostname="127.0.0.1", port=self.port)
        self._controller.start()
        return self

    def stop(self) -> None:
        if self._controller is not None:
            self._controller.stop()
            self._controller = None


def body_of(message: Message) -> str:
    payload = message.get_payload(decode=True)
    assert isinstance(payload, bytes)
    return payload.decode()


def link_in(text: str, path: str) -> tuple[str, str]:
    """The (key, secret) of the one `PUBLIC_URL<path>#key=secret` link in a message body."""
    match = re.search(rf"https?://\S+{re.escape(path)}#(\w+)=(\S+)", text)
    assert match, f"no {path} link in: {text}"
    return match.group(1), match.group(2)


async def deliver_to_outbox(settings, directory: Path) -> list[Message]:
    """Run one delivery round into an outbox directory and read back what it wrote."""
    await deliver_due(settings, OutboxTransport(directory))
    return read_outbox(directory)


def read_outbox(directory: Path) -> list[Message]:
    return [message_from_bytes(p.read_bytes()) for p in sorted(directory.glob("*.eml"))]
