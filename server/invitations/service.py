"""Invite passkeys: created by staff, shown once, consumed by exactly one signup."""

from __future__ import annotations

import enum
from datetime import UTC, datetime, timedelta
from uuid import UUID

from tortoise.transactions import in_transaction

from server.audit.service import record
from server.auth.models import User
from server.auth.scope import RequestMeta
from server.auth.secrets import PASSKEY_PREFIX, digest, display_prefix, new_secret
from server.errors import NotFound, ServiceError
from server.invitations.models import InvitePasskey
from server.pagination import Page, paginate

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
    actor: User, *, expires_days: int, notes: str, meta: RequestMeta
) -> tuple[str, InvitePasskey]:
    if not 1 <= expires_days <= MAX_EXPIRES_DAYS:
        raise ServiceError("INVALID_EXPIRY", f"expiresDays must be between 1 and {MAX_EXPIRES_DAYS}.", "expiresDays")
    if len(notes) > MAX_NOTES:
        raise ServiceError("NOTES_TOO_LONG", f"Notes must be at most {MAX_NOTES} characters.", "notes")
    raw = new_secret(PASSKEY_PREFIX)
    async with in_transaction():
        passkey = await InvitePasskey.create(
            key_hash=digest(raw),
            prefix=display_prefix(raw),
            created_by=actor,
            expires_at=_now() + timedelta(days=expires_days),
            notes=notes,
        )
        await record(
            "passkey.created",
            actor=actor,
            meta=meta,
            target_type="passkey",
            target_id=passkey.id,
            after={"prefix": passkey.prefix, "expires_at": passkey.expires_at.isoformat(), "notes": notes},
        )
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
