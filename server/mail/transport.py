"""Where messages go: an SMTP server (SMTP_HOST) or, embedded, .eml files in DATA_DIR/outbox."""

from __future__ import annotations

import asyncio
import logging
import os
from email.message import EmailMessage
from pathlib import Path
from typing import Protocol

import aiosmtplib

from server.settings import Settings

log = logging.getLogger("server.mail")

OUTBOX_DIR_MODE = 0o700
OUTBOX_FILE_MODE = 0o600


class DeliveryFailed(Exception):
    """The message could not be handed over now; it stays queued and is tried again later."""


class Transport(Protocol):
    async def send(self, message: EmailMessage, *, name: str) -> None:
        """Hand the message over, or raise DeliveryFailed. `name` is stable per message (its row id)."""


class SmtpTransport:
    def __init__(self, settings: Settings) -> None:
        if not settings.smtp_host:
            raise ValueError("SMTP_HOST is not set")
        self.settings = settings

    async def send(self, message: EmailMessage, *, name: str) -> None:
        s = self.settings
        try:
            await aiosmtplib.send(
                message,
                hostname=s.smtp_host,
                port=s.smtp_port,
                username=s.smtp_user or None,
                password=s.smtp_password.get_secret_value() if s.smtp_password else None,
                use_tls=s.smtp_tls == "tls",
                start_tls=s.smtp_tls == "starttls",
                timeout=s.smtp_timeout_seconds,
            )
        except (aiosmtplib.SMTPException, OSError, TimeoutError) as exc:
            raise DeliveryFailed(f"{type(exc).__name__}: {exc}"[:400]) from exc
        log.info("mail %s sent over SMTP: %s", name, message["Subject"])


class OutboxTransport:
    """Each message as DATA_DIR/outbox/<id>.eml (0600, in a 0700 directory): nothing is lost, and a
    developer opens it with any mail reader. Written atomically under a stable name, so delivering one
    message again replaces its file instead of adding a second."""

    def __init__(self, directory: Path) -> None:
        self.directory = directory

    def _write(self, data: bytes, name: str) -> Path:
        self.directory.mkdir(mode=OUTBOX_DIR_MODE, parents=True, exist_ok=True)
        self.directory.chmod(OUTBOX_DIR_MODE)  # mkdir's mode is filtered by the umask
        path = self.directory / f"{name}.eml"
        tmp = self.directory / f".{name}.tmp"
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, OUTBOX_FILE_MODE)
        with os.fdopen(fd, "wb") as f:
            f.write(data)
        os.replace(tmp, path)
        return path

    async def send(self, message: EmailMessage, *, name: str) -> None:
        try:
            path = await asyncio.to_thread(self._write, message.as_bytes(), name)
        except OSError as exc:
            raise DeliveryFailed(f"cannot write to the outbox: {exc}"[:400]) from exc
        # The subject only: the body holds the link's secret.
        log.info("mail %s written to %s: %s", name, path, message["Subject"])


def transport_for(settings: Settings) -> Transport:
    if settings.smtp_host:
        return SmtpTransport(settings)
    return OutboxTransport(settings.data_dir / "outbox")
