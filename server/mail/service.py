"""The outbox: services queue a message in their own transaction; workers deliver it, with retries.

`queue_mail` writes an OutgoingMail row inside the caller's transaction, so a message exists exactly
when the change it reports committed. After the commit the caller `nudge`s a worker (task
`mail.deliver`); the scheduler's `mail.deliver_due` runs every minute as well, so a lost nudge or a
worker that died mid-delivery only delays a message. A failed attempt is retried with exponential
backoff (30 s, 1 min, 2 min … capped at 1 h) up to MAIL_MAX_ATTEMPTS; a message whose link has
expired or been used meanwhile is dropped rather than sent dead.
"""

from __future__ import annotations

import asyncio
import logging
import uuid
import weakref
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any
from uuid import UUID

from taskiq import AsyncBroker
from taskiq.kicker import AsyncKicker
from tortoise.transactions import in_transaction

from server.auth.models import PasswordReset
from server.auth.secrets import PASSKEY_PREFIX, RESET_PREFIX, digest
from server.invitations.models import InvitePasskey
from server.jobs.queue import build_broker
from server.mail.messages import INVITE, PASSWORD_RESET, SUBJECTS, compose
from server.mail.models import OutgoingMail
from server.mail.transport import DeliveryFailed, Transport
from server.settings import Settings
from server.system import signing

log = logging.getLogger("server.mail")

PENDING, SENT, FAILED, DROPPED = "pending", "sent", "failed", "dropped"
# A claimed message is left alone this long; a worker that dies mid-delivery frees it by timing out.
CLAIM_SECONDS = 120
RETRY_FIRST_SECONDS = 30
RETRY_MAX_SECONDS = 3600
BATCH = 50


def _now() -> datetime:
    return datetime.now(UTC)


def retry_delay(attempts: int) -> timedelta:
    """After the n-th failed attempt: 30 s, 60 s, 120 s … never more than an hour."""
    return timedelta(seconds=min(RETRY_FIRST_SECONDS * 2 ** max(attempts - 1, 0), RETRY_MAX_SECONDS))


async def queue_mail(
    kind: str,
    to: str,
    *,
    context: dict[str, Any],
    secret_ref: UUID | None = None,
    tenant_id: UUID | None = None,
) -> OutgoingMail:
    """Queue one message; call inside the transaction of the change it reports, then `nudge` after commit."""
    return await OutgoingMail.create(
        kind=kind,
        to_address=to,
        subject=SUBJECTS[kind],
        context=context,
        secret_ref=secret_ref,
        tenant_id=tenant_id,
        next_attempt_at=_now(),
        message_id=f"<{uuid.uuid4()}@afterresume>",
    )


# One broker per event loop for nudges: its connections belong to the loop that opened them.
_kick_brokers: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, dict[str, AsyncBroker]] = (
    weakref.WeakKeyDictionary()
)


def _kick_broker(settings: Settings) -> AsyncBroker:
    by_url = _kick_brokers.setdefault(asyncio.get_running_loop(), {})
    url = settings.redis_url or ""
    if url not in by_url:
        by_url[url] = build_broker(settings)
    return by_url[url]


async def nudge(settings: Settings, mails: list[OutgoingMail]) -> None:
    """Ask a worker to deliver these now (after commit). Best effort: the minute sweep sends them anyway."""
    if not mails or not settings.redis_url:
        return
    try:
        kicker: AsyncKicker[[str], int] = AsyncKicker(
            task_name="mail.deliver", broker=_kick_broker(settings), labels={}
        )
        for mail in mails:
            await kicker.kiq(str(mail.id))
    except Exception:  # the queue is away: the scheduler's sweep delivers it within a minute of its return
        log.warning("could not queue delivery of %d message(s); the sweep will send them", len(mails), exc_info=True)


class LinkGone(Exception):
    """The link a message would carry no longer works (used, expired, revoked): do not send it."""


async def _link_secret(settings: Settings, mail: OutgoingMail) -> str | None:
    """Re-derive the secret of the message's link and check it against the stored hash."""
    if mail.secret_ref is None:
        return None
    at = _now()
    if mail.kind == PASSWORD_RESET:
        reset = await PasswordReset.get_or_none(id=mail.secret_ref)
        if reset is None or reset.used_at is not None or reset.expires_at <= at:
            raise LinkGone("the reset link was used or has expired")
        stored, purpose, prefix = reset.token_hash, signing.PASSWORD_RESET, RESET_PREFIX
    elif mail.kind == INVITE:
        passkey = await InvitePasskey.get_or_none(id=mail.secret_ref)
        if passkey is None or passkey.used_at or passkey.revoked_at or passkey.expires_at <= at:
            raise LinkGone("the invitation was used, revoked or has expired")
        stored, purpose, prefix = passkey.key_hash, signing.INVITE_PASSKEY, PASSKEY_PREFIX
    else:
        return None
    for secret in signing.derived_secrets(settings, purpose, str(mail.secret_ref), prefix):
        if digest(secret) == stored:
            return secret
    raise LinkGone("SECRET_KEY changed since the link was made (past the rotation's grace period)")


@dataclass
class DeliveryRound:
    sent: int = 0
    retrying: int = 0
    failed: int = 0
    dropped: int = 0


async def _claim(only: UUID | None, limit: int) -> list[OutgoingMail]:
    """Due messages, each claimed by one worker: rows another worker holds are skipped, not waited for."""
    at = _now()
    async with in_transaction():
        qs = OutgoingMail.filter(status=PENDING, next_attempt_at__lte=at)
        if only is not None:
            qs = qs.filter(id=only)
        mails = await qs.order_by("next_attempt_at").limit(limit).select_for_update(skip_locked=True)
        for mail in mails:
            mail.attempts += 1
            mail.next_attempt_at = at + timedelta(seconds=CLAIM_SECONDS)
            await mail.save(update_fields=["attempts", "next_attempt_at"])
    return mails


async def _finish(mail: OutgoingMail, **changes: Any) -> None:
    await OutgoingMail.filter(id=mail.id, status=PENDING).update(**changes)


async def deliver_due(
    settings: Settings, transport: Transport, *, only: UUID | None = None, limit: int = BATCH
) -> DeliveryRound:
    """Try every due message (or just `only`) once; what fails waits for its next attempt."""
    done = DeliveryRound()
    for mail in await _claim(only, limit):
        try:
            secret = await _link_secret(settings, mail)
        except LinkGone as gone:
            await _finish(mail, status=DROPPED, last_error=str(gone))
            log.info("mail %s dropped: %s", mail.id, gone)
            done.dropped += 1
            continue
        message = compose(
            settings,
            kind=mail.kind,
            to=mail.to_address,
            subject=mail.subject,
            context=mail.context,
            secret=secret,
            message_id=mail.message_id,
        )
        try:
            await transport.send(message, name=str(mail.id))
        except DeliveryFailed as exc:
            if mail.attempts >= settings.mail_max_attempts:
                await _finish(mail, status=FAILED, last_error=str(exc))
                log.error("mail %s failed for good after %d attempts: %s", mail.id, mail.attempts, exc)
                done.failed += 1
            else:
                delay = retry_delay(mail.attempts)
                await _finish(mail, next_attempt_at=_now() + delay, last_error=str(exc))
                log.warning("mail %s not delivered (%s); next attempt in %s", mail.id, exc, delay)
                done.retrying += 1
            continue
        await _finish(mail, status=SENT, sent_at=_now(), last_error="")
        done.sent += 1
    return done
