"""The text of each kind of message. Links carry their secret in the URL fragment, which browsers never
send to a server, so it stays out of access logs and Referer headers."""

from __future__ import annotations

from email.message import EmailMessage
from email.utils import formatdate
from typing import Any

from server.settings import Settings

PASSWORD_RESET = "password_reset"  # noqa: S105 - a message kind, not a secret
INVITE = "invite"
LOW_BALANCE = "low_balance"
KINDS = (PASSWORD_RESET, INVITE, LOW_BALANCE)

SUBJECTS = {
    PASSWORD_RESET: "Reset your AfterResume password",
    INVITE: "You are invited to AfterResume",
    LOW_BALANCE: "Your AfterResume reserve is running low",
}


def _link(settings: Settings, path: str, fragment: str = "") -> str:
    return settings.public_url.rstrip("/") + path + (f"#{fragment}" if fragment else "")


def _money(cents: int, currency: str) -> str:
    return f"{cents / 100:,.2f} {currency.upper()}"


def body_of(settings: Settings, kind: str, context: dict[str, Any], secret: str | None) -> str:
    if kind == PASSWORD_RESET:
        return (
            f"Hello {context.get('username', '')},\n\n"
            "someone (hopefully you) asked to reset the password of your AfterResume account.\n"
            f"Open this link within {context.get('ttl_minutes', 60)} minutes to choose a new one:\n\n"
            f"{_link(settings, '/reset-password', f'token={secret}')}\n\n"
            "The link works once. Resetting signs you out everywhere.\n"
            "If you did not ask for this, ignore this message: your password stays as it is.\n"
        )
    if kind == INVITE:
        return (
            "Hello,\n\n"
            f"{context.get('invited_by', 'An administrator')} invites you to AfterResume.\n"
            f"Create your account with this link before {context.get('expires_at', '')[:10]}:\n\n"
            f"{_link(settings, '/signup', f'passkey={secret}')}\n\n"
            "The invitation makes one account.\n"
        )
    if kind == LOW_BALANCE:
        currency = str(context.get("currency", "usd"))
        return (
            "Hello,\n\n"
            f"the reserve of {context.get('tenant_name', 'your workspace')} is down to "
            f"{_money(int(context.get('balance_cents', 0)), currency)}, below its warning threshold of "
            f"{_money(int(context.get('threshold_cents', 0)), currency)}.\n"
            f"Top it up to keep reports running: {_link(settings, '/billing')}\n"
        )
    raise ValueError(f"unknown mail kind {kind!r}")


def compose(
    settings: Settings,
    *,
    kind: str,
    to: str,
    subject: str,
    context: dict[str, Any],
    secret: str | None,
    message_id: str,
) -> EmailMessage:
    message = EmailMessage()
    message["From"] = settings.mail_from
    message["To"] = to
    message["Subject"] = subject
    message["Date"] = formatdate(localtime=False, usegmt=True)
    # The same Message-ID on every attempt lets a receiving server drop a duplicate delivery.
    message["Message-ID"] = message_id
    message["Auto-Submitted"] = "auto-generated"
    message.set_content(body_of(settings, kind, context, secret))
    return message
