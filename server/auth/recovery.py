"""A forgotten password: a reset link by email, then a new password with it.

`request_password_reset` answers the same whether or not the address has an account (it returns
nothing and writes the same audit event type), is rate-limited per client address and per address
asked for, and never sends mail itself: it queues the message in its transaction and nudges a
worker after the commit. The link's secret is derived from SECRET_KEY and the reset's id; the
database keeps only its SHA-256. `reset_password` takes that secret once, within the link's
lifetime, and ends every session, API token and other reset link of the user.
"""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta
from uuid import uuid4

from tortoise.transactions import in_transaction

from server.audit.service import record
from server.auth import passwords
from server.auth.addresses import normalize_email
from server.auth.models import PasswordReset, User
from server.auth.ratelimit import Limit, RateLimiter
from server.auth.scope import RequestMeta
from server.auth.secrets import RESET_PREFIX, digest
from server.auth.service import announce_revocation, revoke_tokens_of
from server.errors import ServiceError
from server.mail import service as mail
from server.mail.messages import PASSWORD_RESET
from server.settings import Settings
from server.system import signing
from server.system.events import EventBus

MAX_TOKEN = 100


def _now() -> datetime:
    return datetime.now(UTC)


def _limits(settings: Settings) -> tuple[Limit, Limit]:
    window = settings.rate_limit_password_reset_window_seconds
    return (
        Limit("reset-ip", settings.rate_limit_password_reset_per_ip, window),
        Limit("reset-email", settings.rate_limit_password_reset_per_email, window),
    )


async def request_password_reset(email: str, *, meta: RequestMeta, limiter: RateLimiter, settings: Settings) -> None:
    """Queue a reset link to the account with this email, if there is an active one. Says nothing either way."""
    by_ip, by_email = _limits(settings)
    await limiter.enforce(by_ip, meta.ip)
    address = normalize_email(email)
    await limiter.enforce(by_email, address)
    user = await User.get_or_none(email=address)
    if user is None or not user.is_active:
        await record(
            "auth.password_reset_requested",
            actor=None,
            actor_username="",
            meta=meta,
            message="no_account" if user is None else "disabled",
            target_type="user" if user else "",
            target_id=user.id if user else "",
        )
        return
    ttl = settings.password_reset_ttl_minutes
    async with in_transaction():
        reset_id = uuid4()
        secret = signing.derived_secret(settings, signing.PASSWORD_RESET, str(reset_id), RESET_PREFIX)
        reset = await PasswordReset.create(
            id=reset_id,
            user=user,
            token_hash=digest(secret),
            expires_at=_now() + timedelta(minutes=ttl),
            ip=meta.ip[:45],
        )
        queued = await mail.queue_mail(
            PASSWORD_RESET,
            user.email,
            context={"username": user.username, "ttl_minutes": ttl},
            secret_ref=reset.id,
        )
        await record(
            "auth.password_reset_requested",
            actor=None,
            actor_username="",
            meta=meta,
            target_type="user",
            target_id=user.id,
            after={"reset": str(reset.id), "expires_at": reset.expires_at.isoformat()},
        )
    await mail.nudge(settings, [queued])


async def _refusal(reset: PasswordReset | None) -> ServiceError | None:
    if reset is None:
        return ServiceError("PASSWORD_RESET_INVALID", "This reset link is not valid; ask for a new one.", "token")
    if reset.used_at is not None:
        return ServiceError("PASSWORD_RESET_USED", "This reset link was used already; ask for a new one.", "token")
    if reset.expires_at <= _now():
        return ServiceError("PASSWORD_RESET_EXPIRED", "This reset link has expired; ask for a new one.", "token")
    return None


async def reset_password(
    token: str,
    new_password: str,
    *,
    meta: RequestMeta,
    limiter: RateLimiter,
    settings: Settings,
    bus: EventBus | None,
) -> User:
    """Set a new password with a reset link's secret; every session, token and reset link of the user ends."""
    await limiter.enforce(_limits(settings)[0], meta.ip)
    raw = token.strip()
    found = None
    if raw.startswith(RESET_PREFIX) and len(raw) <= MAX_TOKEN:
        found = await PasswordReset.get_or_none(token_hash=digest(raw)).select_related("user")
    refusal = await _refusal(found)
    if refusal is None and found is not None and not found.user.is_active:
        refusal = ServiceError("PASSWORD_RESET_INVALID", "This reset link is not valid; ask for a new one.", "token")
    if refusal is not None or found is None:
        await record(
            "auth.password_reset_failed",
            actor=None,
            actor_username="",
            meta=meta,
            target_type="user" if found else "",
            target_id=found.user_id if found else "",
            message=refusal.code if refusal else "",
        )
        raise refusal or ServiceError("PASSWORD_RESET_INVALID", "This reset link is not valid.", "token")
    user = found.user
    passwords.validate_password(new_password, username=user.username, email=user.email, field="newPassword")
    new_hash = await asyncio.to_thread(passwords.hash_password, new_password)
    async with in_transaction():
        at = _now()
        # The conditional update is the single use: of two concurrent resets with one link, one wins.
        won = await PasswordReset.filter(id=found.id, used_at=None, expires_at__gt=at).update(used_at=at)
        if won != 1:
            raise (await _refusal(await PasswordReset.get(id=found.id))) or ServiceError(
                "PASSWORD_RESET_USED", "This reset link was used already; ask for a new one.", "token"
            )
        user.password_hash = new_hash
        await user.save(update_fields=["password_hash"])
        revoked = await revoke_tokens_of(user.id)  # the user's other reset links end with them
        await record(
            "auth.password_reset",
            actor=user,
            meta=meta,
            target_type="user",
            target_id=user.id,
            after={"tokens_revoked": revoked, "reset": str(found.id)},
        )
    await announce_revocation(bus, user_id=user.id)
    return user
