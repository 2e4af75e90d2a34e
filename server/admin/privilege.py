"""The privilege rule for staff actions on users.

Levels: user < staff < superuser. A staff member manages only users below their own
level; a superuser manages anyone; nobody disables, demotes or moves the last active
superuser. Checked against rows locked in the caller's transaction, so two concurrent
actions cannot both pass on the same stale picture.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import IntEnum
from uuid import UUID

from tortoise.expressions import Q

from server.auth.models import User
from server.errors import NotFound, ServiceError


class Level(IntEnum):
    USER = 0
    STAFF = 1
    SUPERUSER = 2


def level_of(user: User) -> Level:
    if user.is_superuser:
        return Level.SUPERUSER
    return Level.STAFF if user.is_staff else Level.USER


def is_acting_superuser(user: User) -> bool:
    """A superuser who can use the admin: active and staff."""
    return user.is_active and user.is_staff and user.is_superuser


def insufficient_privilege() -> ServiceError:
    return ServiceError(
        "INSUFFICIENT_PRIVILEGE", "You can only manage users with less privilege than your own.", "userId"
    )


def superuser_required(field: str | None = None) -> ServiceError:
    return ServiceError("SUPERUSER_REQUIRED", "Only a superuser can do this.", field)


def last_superuser() -> ServiceError:
    return ServiceError("LAST_SUPERUSER", "This is the last active superuser; promote another one first.", "userId")


def may_manage(actor: User, target: User) -> bool:
    """`actor` as it is now (locked) is active staff, and acts on themselves, or is a superuser, or is above the target.

    Actions on oneself follow their own rules (no disabling or demoting oneself, the last superuser stays).
    """
    if not (actor.is_active and actor.is_staff):
        return False
    if actor.id == target.id:
        return True
    return level_of(actor) == Level.SUPERUSER or level_of(target) < level_of(actor)


@dataclass
class Locked:
    """The rows a staff action decides on, as they are under lock."""

    actor: User | None  # None: the operator at the console (the CLI), who holds the database already
    target: User
    acting_superusers: list[User]

    def acting_user(self) -> User:
        """The actor's locked row, for actions only a signed-in user takes (never the console)."""
        if self.actor is None:
            raise RuntimeError("this staff action is taken by a signed-in user, not the console")
        return self.actor

    def require_manage(self) -> None:
        if self.actor is not None and not may_manage(self.actor, self.target):
            raise insufficient_privilege()

    def require_not_last_superuser(self) -> None:
        """Call before disabling, demoting or moving the target."""
        if is_acting_superuser(self.target) and [u.id for u in self.acting_superusers] == [self.target.id]:
            raise last_superuser()


async def lock_for_staff_action(actor: User | None, target_id: UUID) -> Locked:
    """Lock actor, target and every acting superuser in one statement, in id order (no deadlocks).

    Must run inside the transaction that makes the change.
    """
    ids = [target_id] if actor is None else [actor.id, target_id]
    rows = await (
        User.select_for_update()
        .filter(Q(id__in=ids) | Q(is_active=True, is_staff=True, is_superuser=True))
        .order_by("id")
    )
    by_id = {u.id: u for u in rows}
    target = by_id.get(target_id)
    if target is None:
        raise NotFound("User", "userId")
    locked_actor = None
    if actor is not None:
        locked_actor = by_id.get(actor.id)
        if locked_actor is None:
            raise insufficient_privilege()
    return Locked(
        actor=locked_actor,
        target=target,
        acting_superusers=[u for u in rows if is_acting_superuser(u)],
    )


async def lock_actor(actor: User) -> User:
    """The actor's own row, locked, for actions that depend on the actor's current level."""
    row = await User.select_for_update().get_or_none(id=actor.id)
    if row is None or not (row.is_active and row.is_staff):
        raise insufficient_privilege()
    return row
