"""Staff operations on users. Every function here is cross-tenant and audited."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from typing import Any
from uuid import UUID

from tortoise.expressions import Q, RawSQL
from tortoise.transactions import in_transaction

from server.admin.privilege import (
    insufficient_privilege,
    lock_actor,
    lock_for_staff_action,
    may_manage,
    superuser_required,
)
from server.audit.service import record
from server.auth import passwords
from server.auth.models import ApiToken, User
from server.auth.scope import RequestMeta
from server.auth.service import announce_revocation, normalize_email, normalize_username, now, revoke_tokens_of
from server.billing.models import LedgerEntry
from server.errors import NotFound, ServiceError
from server.jobs.service import move_jobs_of_user
from server.pagination import Page, clamp_first, decode_keyset_cursor, encode_keyset_cursor, invalid_cursor, paginate
from server.profiles.service import move_profile_of_user
from server.reports.sharing import move_shares_of_user
from server.system.events import EventBus
from server.tenants.models import Profile
from server.tenants.service import get_tenant_for_staff
from server.worklogs.service import move_worklogs_of_user
from server.worklogs.tenant_move import count_worklogs_of_user


def user_snapshot(user: User) -> dict[str, Any]:
    return {
        "username": user.username,
        "email": user.email,
        "full_name": user.full_name,
        "is_active": user.is_active,
        "is_staff": user.is_staff,
        "is_superuser": user.is_superuser,
    }


USER_ROLES = ("MEMBER", "STAFF", "SUPERUSER")
USER_SORTS = {"JOINED": "date_joined", "USERNAME": "username", "LAST_LOGIN": "last_login"}


async def list_users_for_staff(
    *,
    search: str | None,
    is_active: bool | None,
    first: int | None,
    after: str | None,
    role: str | None = None,
    sort: str = "JOINED",
    descending: bool = True,
) -> Page[User]:
    """Every user. Newest first by default (keyset); other orders use offset cursors (staff lists are small)."""
    qs = User.all()
    if search:
        qs = qs.filter(Q(username__icontains=search) | Q(email__icontains=search) | Q(full_name__icontains=search))
    if is_active is not None:
        qs = qs.filter(is_active=is_active)
    if role is not None:
        if role not in USER_ROLES:
            raise ServiceError("INVALID_FILTER", f"Role must be one of {', '.join(USER_ROLES)}.", "role")
        qs = (
            qs.filter(is_superuser=True)
            if role == "SUPERUSER"
            else qs.filter(is_superuser=False, is_staff=role == "STAFF")
        )
    if sort not in USER_SORTS:
        raise ServiceError("INVALID_SORT", f"Sort must be one of {', '.join(USER_SORTS)}.", "sort")
    if sort == "JOINED" and descending:
        return await paginate(
            qs, tag=f"users:{search}:{is_active}:{role}", first=first, after=after, order_field="date_joined"
        )
    tag = f"users:{search}:{is_active}:{role}:{sort}:{descending}"
    size = clamp_first(first)
    offset = 0
    if after:
        (offset,) = decode_keyset_cursor(tag, after, 1)
        if not isinstance(offset, int) or isinstance(offset, bool) or offset < 0:
            raise invalid_cursor()
    column = USER_SORTS[sort]
    # Never-logged-in users sort last either way.
    order = [f"{'-' if descending else ''}{column}", f"{'-' if descending else ''}id"]
    if sort == "LAST_LOGIN":
        qs = qs.annotate(never=RawSQL("CASE WHEN last_login IS NULL THEN 1 ELSE 0 END"))
        order.insert(0, "never")
    total = await qs.count()
    rows = await qs.order_by(*order).offset(offset).limit(size + 1)
    return Page(
        items=rows[:size],
        cursors=[encode_keyset_cursor(tag, [offset + i + 1]) for i in range(min(size, len(rows)))],
        has_next=len(rows) > size,
        total=total,
    )


async def preview_tenant_move_for_staff(user_id: UUID, tenant_id: UUID) -> dict[str, Any]:
    """What move_user_to_tenant_as_staff would take along, counted without changing anything."""
    user = await User.get_or_none(id=user_id)
    if user is None:
        raise NotFound("User", "userId")
    tenant = await get_tenant_for_staff(tenant_id)
    profile = await Profile.get_or_none(user_id=user.id).select_related("tenant")
    if profile is None:
        raise NotFound("Profile", "userId")
    if profile.tenant_id == tenant.id:
        raise ServiceError("ALREADY_IN_TENANT", "The user already belongs to that tenant.", "tenantId")
    counts = {"worklogs": 0, "evidence": 0}
    for counter in TENANT_DATA_COUNTERS:
        counts.update(await counter(user.id, profile.tenant_id))
    return {
        **counts,
        "tokens": await ApiToken.filter(user_id=user.id, revoked_at=None).count(),
        "ledger_entries": await LedgerEntry.filter(account__tenant_id=profile.tenant_id).count(),
        "from_tenant": profile.tenant,
        "to_tenant": tenant,
    }


async def set_user_active_as_staff(
    actor: User, user_id: UUID, is_active: bool, *, meta: RequestMeta, bus: EventBus | None
) -> User:
    """Disabling also revokes every token, so sessions end at once."""
    async with in_transaction():
        locked = await lock_for_staff_action(actor, user_id)
        user = locked.target
        locked.require_manage()
        if not is_active:
            locked.require_not_last_superuser()
            if actor.id == user_id:
                raise ServiceError("CANNOT_DISABLE_SELF", "You cannot disable your own account.", "userId")
        before = user_snapshot(user)
        user.is_active = is_active
        await user.save(update_fields=["is_active"])
        revoked = 0 if is_active else await revoke_tokens_of(user.id)
        await record(
            "admin.user_enabled" if is_active else "admin.user_disabled",
            actor=actor,
            meta=meta,
            target_type="user",
            target_id=user.id,
            before=before,
            after={**user_snapshot(user), "tokens_revoked": revoked},
        )
    if not is_active:
        await announce_revocation(bus, user_id=user.id)
    return user


async def reset_user_password_as_staff(
    actor: User | None, user_id: UUID, new_password: str, *, meta: RequestMeta, bus: EventBus | None
) -> User:
    """`actor` None is the operator at the console (the CLI)."""
    target = await User.get_or_none(id=user_id)
    if target is None:
        raise NotFound("User", "userId")
    if actor is not None and not may_manage(actor, target):
        raise insufficient_privilege()  # early, so a refused caller learns nothing about the password rules
    passwords.validate_password(new_password, username=target.username, email=target.email, field="newPassword")
    new_hash = await asyncio.to_thread(passwords.hash_password, new_password)
    async with in_transaction():
        locked = await lock_for_staff_action(actor, user_id)
        locked.require_manage()
        user = locked.target
        user.password_hash = new_hash
        await user.save(update_fields=["password_hash"])
        revoked = await revoke_tokens_of(user.id)
        await record(
            "admin.password_reset",
            actor=actor,
            actor_username=None if actor else "cli",
            meta=meta,
            target_type="user",
            target_id=user.id,
            after={"tokens_revoked": revoked},
        )
    await announce_revocation(bus, user_id=user.id)
    return user


async def update_user_as_staff(
    actor: User,
    user_id: UUID,
    *,
    username: str | None,
    email: str | None,
    full_name: str | None,
    is_staff: bool | None,
    meta: RequestMeta,
    bus: EventBus | None,
) -> User:
    async with in_transaction():
        locked = await lock_for_staff_action(actor, user_id)
        user = locked.target
        locked.require_manage()
        if is_staff is False and user.is_staff:
            locked.require_not_last_superuser()
        before = user_snapshot(user)
        if username is not None:
            value = normalize_username(username)
            if value != user.username and await User.filter(username=value).exists():
                raise ServiceError("USERNAME_TAKEN", "That username is taken.", "username")
            user.username = value
        if email is not None:
            value = normalize_email(email)
            if value != user.email and await User.filter(email=value).exists():
                raise ServiceError("EMAIL_TAKEN", "An account with that email exists.", "email")
            user.email = value
        if full_name is not None:
            if len(full_name) > 200:
                raise ServiceError("INVALID_NAME", "Full name must be at most 200 characters.", "fullName")
            user.full_name = full_name.strip()
        if is_staff is not None:
            if not locked.acting_user().is_superuser:
                raise ServiceError(
                    "SUPERUSER_REQUIRED", "Only a superuser can grant or remove staff access.", "isStaff"
                )
            if actor.id == user.id and not is_staff:
                raise ServiceError("CANNOT_DEMOTE_SELF", "You cannot remove your own staff access.", "isStaff")
            user.is_staff = is_staff
        await user.save()
        await record(
            "admin.user_updated",
            actor=actor,
            meta=meta,
            target_type="user",
            target_id=user.id,
            before=before,
            after=user_snapshot(user),
        )
    if user.is_staff != before["is_staff"]:
        await announce_revocation(bus, user_id=user.id)  # open sockets speak for the old level
    return user


async def move_user_to_tenant_as_staff(
    actor: User, user_id: UUID, tenant_id: UUID, *, meta: RequestMeta, bus: EventBus | None
) -> User:
    """Re-home the user's profile; domains holding tenant data move the user's rows in the same transaction."""
    async with in_transaction():
        locked = await lock_for_staff_action(actor, user_id)
        locked.require_manage()
        locked.require_not_last_superuser()
        user = locked.target
        tenant = await get_tenant_for_staff(tenant_id)
        profile = await Profile.select_for_update().get_or_none(user_id=user.id)
        if profile is None:
            raise NotFound("Profile", "userId")
        if profile.tenant_id == tenant.id:
            raise ServiceError("ALREADY_IN_TENANT", "The user already belongs to that tenant.", "tenantId")
        old_tenant_id = profile.tenant_id
        profile.tenant_id = tenant.id
        await profile.save(update_fields=["tenant_id"])
        moved = {"profile": 1}
        for mover in TENANT_DATA_MOVERS:
            moved.update(await mover(user.id, old_tenant_id, tenant.id))
        # Sessions carry the old tenant scope in clients' caches; make them log in again.
        moved["tokens_revoked"] = await revoke_tokens_of(user.id)
        await record(
            "admin.user_moved",
            actor=actor,
            meta=meta,
            target_type="user",
            target_id=user.id,
            tenant_id=tenant.id,
            before={"tenant_id": str(old_tenant_id)},
            after={"tenant_id": str(tenant.id), "moved": moved},
        )
    await announce_revocation(bus, user_id=user.id)
    return user


async def revoke_all_tokens_as_staff(
    actor: User, *, meta: RequestMeta, keep_token_id: UUID | None, bus: EventBus | None
) -> int:
    """The emergency switch: every token of every user, except the caller's own session.

    It ends staff and superuser sessions too, so only a superuser may pull it.
    """
    async with in_transaction():
        if not (await lock_actor(actor)).is_superuser:
            raise superuser_required()
        qs = ApiToken.filter(revoked_at=None)
        if keep_token_id:
            qs = qs.exclude(id=keep_token_id)
        count = await qs.update(revoked_at=now())
        await record("admin.tokens_revoked_all", actor=actor, meta=meta, after={"revoked": count})
    await announce_revocation(bus, everyone=True)
    return count


# Each domain that stores tenant data per user lists its mover here:
# async (user_id, old_tenant_id, new_tenant_id) -> {what: rows moved}.
TENANT_DATA_MOVERS: tuple[Callable[[UUID, UUID, UUID], Awaitable[dict[str, int]]], ...] = (
    move_worklogs_of_user,
    move_profile_of_user,
    move_jobs_of_user,
    move_shares_of_user,
)
# ... and its counter, for the preview: async (user_id, tenant_id) -> {what: rows that would move}.
TENANT_DATA_COUNTERS: tuple[Callable[[UUID, UUID], Awaitable[dict[str, int]]], ...] = (count_worklogs_of_user,)
