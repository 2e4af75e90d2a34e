"""The user's profile for reports: employment history (positions) and confidential terms.

Every function takes the caller's TenantScope and touches only the caller's own rows: another user's position
is NOT_FOUND, and nothing changes. Every change is audited in the same transaction; the audit of confidential
terms records how many there are, never which (staff read the audit log; the terms are the user's secrets).
"""

from __future__ import annotations

from collections.abc import Sequence
from uuid import UUID

from tortoise.transactions import in_transaction

from server.audit.service import record
from server.auth.models import User
from server.auth.scope import RequestMeta, TenantScope
from server.errors import NotFound, ServiceError
from server.llm import base
from server.profiles.models import ConfidentialTerms, Position
from server.profiles.validation import MAX_POSITIONS, PositionFields, check_position, check_terms


def _snapshot(position: Position) -> dict[str, str | None]:
    return {
        "employer": position.employer,
        "title": position.title,
        "start": position.start.isoformat(),
        "end": position.end.isoformat() if position.end else None,
    }


async def list_positions(scope: TenantScope) -> list[Position]:
    """The caller's positions, the current and latest first."""
    positions = await Position.filter(tenant_id=scope.tenant_id, user_id=scope.user_id)
    return sorted(positions, key=lambda p: (p.end is not None, -(p.end or p.start).toordinal(), -p.start.toordinal()))


async def create_position(scope: TenantScope, actor: User, fields: PositionFields, *, meta: RequestMeta) -> Position:
    checked = check_position(fields)
    async with in_transaction():
        # The user's row is the lock that keeps two concurrent creates from both passing the count.
        await User.select_for_update().get(id=scope.user_id)
        if await Position.filter(tenant_id=scope.tenant_id, user_id=scope.user_id).count() >= MAX_POSITIONS:
            raise ServiceError("TOO_MANY_POSITIONS", f"At most {MAX_POSITIONS} positions.", "input")
        position = await Position.create(
            tenant_id=scope.tenant_id,
            user_id=scope.user_id,
            employer=checked.employer,
            title=checked.title,
            start=checked.start,
            end=checked.end,
        )
        await record(
            "profile.position_created",
            actor=actor,
            meta=meta,
            target_type="position",
            target_id=position.id,
            tenant_id=scope.tenant_id,
            after=_snapshot(position),
        )
    return position


async def _own_position_for_update(scope: TenantScope, position_id: UUID) -> Position:
    position = await Position.select_for_update().get_or_none(
        id=position_id, tenant_id=scope.tenant_id, user_id=scope.user_id
    )
    if position is None:
        raise NotFound("Position")
    return position


async def update_position(
    scope: TenantScope, actor: User, position_id: UUID, fields: PositionFields, *, meta: RequestMeta
) -> Position:
    """Replaces the position's fields with `fields` (an `end` of None makes it the current position)."""
    checked = check_position(fields)
    async with in_transaction():
        position = await _own_position_for_update(scope, position_id)
        before = _snapshot(position)
        position.employer, position.title = checked.employer, checked.title
        position.start, position.end = checked.start, checked.end
        await position.save()
        await record(
            "profile.position_updated",
            actor=actor,
            meta=meta,
            target_type="position",
            target_id=position.id,
            tenant_id=scope.tenant_id,
            before=before,
            after=_snapshot(position),
        )
    return position


async def delete_position(scope: TenantScope, actor: User, position_id: UUID, *, meta: RequestMeta) -> UUID:
    async with in_transaction():
        position = await _own_position_for_update(scope, position_id)
        before = _snapshot(position)
        await position.delete()
        await record(
            "profile.position_deleted",
            actor=actor,
            meta=meta,
            target_type="position",
            target_id=position_id,
            tenant_id=scope.tenant_id,
            before=before,
        )
    return position_id


async def confidential_terms(scope: TenantScope) -> list[str]:
    row = await ConfidentialTerms.get_or_none(tenant_id=scope.tenant_id, user_id=scope.user_id)
    return list(row.terms) if row else []


async def set_confidential_terms(
    scope: TenantScope, actor: User, terms: Sequence[str], *, meta: RequestMeta
) -> list[str]:
    """Replaces the caller's whole list. The audit says how many terms there were and are, not which."""
    checked = check_terms(terms)
    async with in_transaction():
        # The user's row is the lock: two first saves at once would otherwise both insert.
        await User.select_for_update().get(id=scope.user_id)
        row = await ConfidentialTerms.get_or_none(user_id=scope.user_id)
        before = len(row.terms) if row else 0
        if row is None:
            row = await ConfidentialTerms.create(tenant_id=scope.tenant_id, user_id=scope.user_id, terms=checked)
        else:
            row.tenant_id, row.terms = scope.tenant_id, checked
            await row.save()
        await record(
            "profile.confidential_terms_set",
            actor=actor,
            meta=meta,
            target_type="user",
            target_id=scope.user_id,
            tenant_id=scope.tenant_id,
            before={"count": before},
            after={"count": len(checked)},
        )
    return checked


# --- for report generation ----------------------------------------------------------------------


async def positions_for_generation(scope: TenantScope) -> list[base.Position]:
    """The caller's positions as a generator takes them (`GenerationRequest.positions`)."""
    return [base.Position(p.employer, p.title, p.start, p.end) for p in await list_positions(scope)]


# --- moving -------------------------------------------------------------------------------------


async def move_profile_of_user(user_id: UUID, old_tenant_id: UUID, new_tenant_id: UUID) -> dict[str, int]:
    """TENANT_DATA_MOVERS entry: the user's positions and confidential terms follow them to the new tenant."""
    positions = await Position.filter(user_id=user_id, tenant_id=old_tenant_id).update(tenant_id=new_tenant_id)
    terms = await ConfidentialTerms.filter(user_id=user_id, tenant_id=old_tenant_id).update(tenant_id=new_tenant_id)
    return {"positions": positions, "confidential_terms": terms}
