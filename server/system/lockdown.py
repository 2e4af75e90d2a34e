"""Lockdown: during an incident, refuse every login and token except one named superuser's.

The switch is a database row, so every API process sees it on its next request: the one query that
resolves a token reads it too (server/auth/service.py), and so do the WebSocket re-checks
(server/auth/revocation.py). Turning it on announces a revocation to everyone, so open sockets of
locked-out users close at once. The public `systemStatus` query tells the web app what to show.
"""

from __future__ import annotations

from dataclasses import dataclass

from tortoise.transactions import in_transaction

from server.audit.service import record
from server.auth.models import User
from server.auth.scope import RequestMeta
from server.errors import ServiceError
from server.system.models import Lockdown

LOCKDOWN_ID = 1
MAX_MESSAGE = 500
DEFAULT_MESSAGE = "AfterResume is closed for maintenance. Please try again later."


@dataclass(frozen=True)
class SystemStatus:
    lockdown: bool
    message: str | None


async def system_status() -> SystemStatus:
    row = await Lockdown.get_or_none(id=LOCKDOWN_ID, active=True)
    if row is None:
        return SystemStatus(lockdown=False, message=None)
    return SystemStatus(lockdown=True, message=row.message or DEFAULT_MESSAGE)


async def login_refusal(user: User | None) -> ServiceError | None:
    """Why this user may not sign in now, or None. Unknown users are refused like everyone else."""
    row = await Lockdown.get_or_none(id=LOCKDOWN_ID, active=True)
    if row is None or (user is not None and row.allow_user_id == user.id):
        return None
    return ServiceError("LOCKDOWN", row.message or DEFAULT_MESSAGE)


async def set_lockdown(
    active: bool, *, message: str, allow_username: str, actor_username: str, meta: RequestMeta
) -> Lockdown:
    """Turn the lockdown on (naming the one superuser still allowed in) or off; audited in the same transaction.
    The caller announces a revocation to everyone after the commit."""
    message = message.strip()
    if len(message) > MAX_MESSAGE:
        raise ServiceError("LOCKDOWN_MESSAGE_TOO_LONG", f"The message may be at most {MAX_MESSAGE} characters.")
    allowed = None
    if active:
        allowed = await User.get_or_none(username=allow_username.strip().lower(), is_active=True, is_superuser=True)
        if allowed is None:
            raise ServiceError(
                "LOCKDOWN_ALLOW_INVALID", f"{allow_username!r} is not an active superuser; name one with --allow."
            )
    async with in_transaction():
        row = await Lockdown.select_for_update().get_or_none(id=LOCKDOWN_ID)
        before = {"active": bool(row and row.active), "message": row.message if row else ""}
        if row is None:
            row = Lockdown(id=LOCKDOWN_ID)
        row.active = active
        row.message = message if active else ""
        row.allow_user_id = allowed.id if allowed else None
        row.changed_by = actor_username
        await row.save()
        await record(
            "system.lockdown_on" if active else "system.lockdown_off",
            actor=None,
            actor_username=actor_username,
            meta=meta,
            target_type="user" if allowed else "",
            target_id=allowed.id if allowed else "",
            before=before,
            after={"active": active, "message": row.message, "allow": allowed.username if allowed else None},
        )
    return row
