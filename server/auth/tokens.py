"""The caller's own credentials: browser sessions and personal API tokens for scripts.

Every function acts only on the authenticated caller's tokens (`auth.user`); another user's
token id answers NOT_FOUND, exactly like an unknown one. Revocations are audited in their
transaction and announced after it commits, so open WebSockets of the revoked token close.
"""

from __future__ import annotations

from datetime import timedelta
from typing import cast
from uuid import UUID

from tortoise.expressions import Q
from tortoise.queryset import QuerySet
from tortoise.transactions import in_transaction

from server.audit.service import record
from server.auth.models import ApiToken, User
from server.auth.scope import RequestMeta
from server.auth.service import Authenticated, announce_revocation, issue_token, now
from server.errors import NotFound, ServiceError
from server.system.events import EventBus

SESSION = "session"
API = "api"
MAX_API_TOKENS = 20
MAX_NAME = 100
MAX_EXPIRES_DAYS = 365


def _live(user_id: UUID, kind: str) -> QuerySet[ApiToken]:
    return ApiToken.filter(Q(expires_at=None) | Q(expires_at__gt=now()), user_id=user_id, kind=kind, revoked_at=None)


def _tenant_of(auth: Authenticated) -> UUID | None:
    return auth.scope.tenant_id if auth.scope else None


async def list_sessions(auth: Authenticated) -> list[ApiToken]:
    """The caller's live browser sessions, most recently used first."""
    tokens = await _live(auth.user.id, SESSION)
    return sorted(tokens, key=lambda t: (t.last_used_at or t.created_at, t.created_at), reverse=True)


async def list_api_tokens(auth: Authenticated) -> list[ApiToken]:
    """The caller's live personal API tokens, newest first."""
    return await _live(auth.user.id, API).order_by("-created_at", "id")


async def _revoke(
    auth: Authenticated, token_id: UUID, kind: str, event_type: str, meta: RequestMeta, bus: EventBus | None
) -> ApiToken:
    async with in_transaction():
        token = await ApiToken.select_for_update().get_or_none(
            id=token_id, user_id=auth.user.id, kind=kind, revoked_at=None
        )
        if token is None:
            raise NotFound("Session" if kind == SESSION else "API token")
        token.revoked_at = now()
        await token.save(update_fields=["revoked_at"])
        await record(
            event_type,
            actor=auth.user,
            meta=meta,
            target_type="token",
            target_id=token.id,
            tenant_id=_tenant_of(auth),
            before={"prefix": token.prefix, "name": token.name},
            after={"current": token.id == auth.token.id},
        )
    await announce_revocation(bus, token_id=token.id)
    return token


async def revoke_session(auth: Authenticated, session_id: UUID, *, meta: RequestMeta, bus: EventBus | None) -> ApiToken:
    """Sign one of the caller's sessions out (the current one too: that is a sign-out)."""
    return await _revoke(auth, session_id, SESSION, "auth.session_revoked", meta, bus)


async def revoke_other_sessions(auth: Authenticated, *, meta: RequestMeta, bus: EventBus | None) -> int:
    """Sign out every session of the caller but the one asking; API tokens stay. Returns how many ended."""
    async with in_transaction():
        # values_list(flat=True) gives the ids themselves; Tortoise types every row as a tuple.
        ids = cast(
            list[UUID],
            await ApiToken.filter(user_id=auth.user.id, kind=SESSION, revoked_at=None)
            .exclude(id=auth.token.id)
            .values_list("id", flat=True),
        )
        if ids:
            await ApiToken.filter(id__in=ids, revoked_at=None).update(revoked_at=now())
        await record(
            "auth.other_sessions_revoked",
            actor=auth.user,
            meta=meta,
            target_type="user",
            target_id=auth.user.id,
            tenant_id=_tenant_of(auth),
            after={"sessions_revoked": len(ids)},
        )
    for token_id in ids:
        await announce_revocation(bus, token_id=token_id)
    return len(ids)


def _token_name(name: str) -> str:
    value = (name or "").strip()
    if not 1 <= len(value) <= MAX_NAME:
        raise ServiceError("INVALID_NAME", f"Name the token in 1-{MAX_NAME} characters.", "name")
    return value


async def create_api_token(
    auth: Authenticated, name: str, expires_days: int | None, *, meta: RequestMeta
) -> tuple[str, ApiToken]:
    """A personal API token; the raw secret is returned once and only its hash is kept.

    Only a browser session may create one, so a leaked token cannot mint itself successors.
    """
    if auth.token.kind != SESSION:
        raise ServiceError("SESSION_REQUIRED", "Create API tokens from a signed-in browser session.")
    name = _token_name(name)
    if expires_days is not None and not 1 <= expires_days <= MAX_EXPIRES_DAYS:
        raise ServiceError("INVALID_EXPIRY", f"A token expires in 1-{MAX_EXPIRES_DAYS} days, or never.", "expiresDays")
    async with in_transaction():
        # The user row is the lock that keeps two concurrent creations from passing the limit together.
        user = await User.select_for_update().get(id=auth.user.id)
        if await _live(user.id, API).count() >= MAX_API_TOKENS:
            raise ServiceError("TOO_MANY_TOKENS", f"You have {MAX_API_TOKENS} API tokens; revoke one first.")
        ttl = timedelta(days=expires_days) if expires_days else None
        raw, token = await issue_token(user, kind=API, ttl=ttl, name=name, meta=meta)
        await record(
            "auth.api_token_created",
            actor=auth.user,
            meta=meta,
            target_type="token",
            target_id=token.id,
            tenant_id=_tenant_of(auth),
            after={
                "name": name,
                "prefix": token.prefix,
                "expires_at": token.expires_at.isoformat() if token.expires_at else None,
            },
        )
    return raw, token


async def revoke_api_token(auth: Authenticated, token_id: UUID, *, meta: RequestMeta, bus: EventBus | None) -> ApiToken:
    return await _revoke(auth, token_id, API, "auth.api_token_revoked", meta, bus)
