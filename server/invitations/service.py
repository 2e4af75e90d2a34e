"""Invite passkeys: created by staff, shown once, consumed by exactly one signup."""

from __future__ import annotations

import enum
from datetime import UTC, datetime, timedelta
from uuid import UUID, uuid4

from tortoise.transactions import in_transaction

from server.audit.service import record
from server.auth.addresses import normalize_email
from server.auth.models import User
from server.auth.scope import RequestMeta
from server.auth.secrets import PASSKEY_PREFIX, digest, display_prefix, new_secret
from server.errors import NotFound, ServiceError
from server.invitations.models import InvitePasskey
from server.mail import service as mail
from server.mail.messages import INVITE
from server.pagination import Page, paginate
from server.settings import Settings
from server.system import signing

MAX_EXPIRES_DAYS = 365
MAX_NOTES = 2000


class PasskeyStatus(enum.Enum):
    ACTIVE = "ACTIVE"
    USED = "USED"
    EXPIRED = "EXPIRED"
    REVOKED = "REVOKED"


def _now() -> datetime:
    return datetime.now(UTC)


def status_of(passkey: InvitePasskey, at: datetime | None = None) -> PasskeyStatus:
    at = at or _now()
    if passkey.used_at is not None:
        return PasskeyStatus.USED
    if passkey.revoked_at is not None:
        return PasskeyStatus.REVOKED
    if passkey.expires_at <= at:
        return PasskeyStatus.EXPIRED
    return PasskeyStatus.ACTIVE


async def create_invite_passkey(
    actor: User,
    *,
    expires_days: int,
    notes: str,
    meta: RequestMeta,
    email: str | None = None,
    settings: Settings | None = None,
) -> tuple[str, InvitePasskey]:
    """A new passkey, returned raw once. With `email` (and `settings`), an invitation carrying it is queued
    in the same transaction and a worker is nudged after the commit; its secret is then derived from
    SECRET_KEY and the passkey's id, so the worker can put it in the link while only its hash is stored."""
    if not 1 <= expires_days <= MAX_EXPIRES_DAYS:
        raise ServiceError("INVALID_EXPIRY", f"expiresDays must be between 1 and {MAX_EXPIRES_DAYS}.", "expiresDays")
    if len(notes) > MAX_NOTES:
        raise ServiceError("NOTES_TOO_LONG", f"Notes must be at most {MAX_NOTES} characters.", "notes")
    address = normalize_email(email) if email is not None and email.strip() else None
    if address is not None and settings is None:
        raise ValueError("sending an invitation needs the settings")
    passkey_id = uuid4()
    if address is not None and settings is not None:
        raw = signing.derived_secret(settings, signing.INVITE_PASSKEY, str(passkey_id), PASSKEY_PREFIX)
    else:
        raw = new_secret(PASSKEY_PREFIX)
    queued = []
    async with in_transaction():
        passkey = await InvitePasskey.create(
            id=passkey_id,
            key_hash=digest(raw),
            prefix=display_prefix(raw),
            created_by=actor,
            expires_at=_now() + timedelta(days=expires_days),
            notes=notes,
        )
        if address is not None:
            queued.append(
                await mail.queue_mail(
                    INVITE,
                    address,
                    context={
                        "invited_by": actor.full_name or actor.username,
                        "expires_at": passkey.expires_at.isoformat(),
                    },
                    secret_ref=passkey.id,
                )
            )
        await record(
            "passkey.created",
            actor=actor,
            meta=meta,
            target_type="passkey",
            target_id=passkey.id,
            after={
                "prefix": passkey.prefix,
                "expires_at": passkey.expires_at.isoformat(),
                "notes": notes,
                "emailed_to": address,
            },
        )
    if settings is not None:
        await mail.nudge(settings, queued)
    await passkey.fetch_related("created_by", "used_by")
    return raw, passkey


async def revoke_invite_passkey(actor: User, passkey_id: UUID, *, meta: RequestMeta) -> InvitePasskey:
    async with in_transaction():
        passkey = await InvitePasskey.select_for_update().get_or_none(id=passkey_id)
        if passkey is None:
            raise NotFound("Passkey")
        state = status_of(passkey)
        if state is not PasskeyStatus.ACTIVE:
            raise ServiceError(
                "PASSKEY_NOT_ACTIVE", f"Only an active passkey can be revoked; this one is {state.value.lower()}.", "id"
            )
        passkey.revoked_at = _now()
        await passkey.save(update_fields=["revoked_at"])
        await record(
            "passkey.revoked",
            actor=actor,
            meta=meta,
            target_type="passkey",
            target_id=passkey.id,
            before={"status": state.value},
            after={"status": PasskeyStatus.REVOKED.value},
        )
    await passkey.fetch_related("created_by", "used_by")
    return passkey


async def passkey_refusal(raw: str) -> ServiceError | None:
    """Why this raw passkey cannot be used now, or None if it can."""
    passkey = await InvitePasskey.get_or_none(key_hash=digest(raw.strip())) if raw.strip() else None
    if passkey is None:
        return ServiceError("PASSKEY_INVALID", "That invite passkey is not valid.", "passkey")
    state = status_of(passkey)
    if state is PasskeyStatus.USED:
        return ServiceError("PASSKEY_USED", "That invite passkey has already been used.", "passkey")
    if state is PasskeyStatus.EXPIRED:
        return ServiceError("PASSKEY_EXPIRED", "That invite passkey has expired.", "passkey")
    if state is PasskeyStatus.REVOKED:
        return ServiceError("PASSKEY_REVOKED", "That invite passkey was revoked.", "passkey")
    return None


async def consume_invite_passkey(raw: str, user: User) -> InvitePasskey:
    """One conditional UPDATE: of two concurrent signups with one key, exactly one wins."""
    at = _now()
    key_hash = digest(raw.strip())
    won = await InvitePasskey.filter(key_hash=key_hash, used_at=None, revoked_at=None, expires_at__gt=at).update(
        used_at=at, used_by_id=user.id
    )
    if won != 1:
        raise (await passkey_refusal(raw)) or ServiceError(
            "PASSKEY_USED", "That invite passkey has already been used.", "passkey"
        )
    return await InvitePasskey.get(key_hash=key_hash)


async def list_passkeys_for_staff(
    *, status: PasskeyStatus | None, first: int | None, after: str | None
) -> Page[InvitePasskey]:
    at = _now()
    qs = InvitePasskey.all().select_related("created_by", "used_by")
    if status is PasskeyStatus.USED:
        qs = qs.filter(used_at__isnull=False)
    elif status is PasskeyStatus.REVOKED:
        qs = qs.filter(used_at__isnull=True, revoked_at__isnull=False)
    elif status is PasskeyStatus.EXPIRED:
        qs = qs.filter(used_at__isnull=True, revoked_at__isnull=True, expires_at__lte=at)
    elif status is PasskeyStatus.ACTIVE:
        qs = qs.filter(used_at__isnull=True, revoked_at__isnull=True, expires_at__gt=at)
    return await paginate(qs, tag=f"passkeys:{status.value if status else ''}", first=first, after=after)
