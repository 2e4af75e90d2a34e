"""Tenants and the profile binding each user to one."""

from __future__ import annotations

from typing import cast
from uuid import UUID

from server.auth.models import User
from server.billing.ledger import open_account
from server.errors import NotFound
from server.pagination import Page, paginate
from server.tenants.models import Profile, Tenant


async def create_tenant(name: str) -> Tenant:
    """Make a tenant with everything a tenant needs to work (other domains add theirs here)."""
    tenant = await Tenant.create(name=name[:200])
    await open_account(tenant)
    return tenant


async def create_profile(user: User, tenant: Tenant) -> Profile:
    return await Profile.create(user=user, tenant=tenant)


async def tenant_id_of(user_id: UUID) -> UUID | None:
    # first().values_list(flat=True) gives the value itself; Tortoise types it as a tuple.
    return cast(UUID | None, await Profile.filter(user_id=user_id).first().values_list("tenant_id", flat=True))


async def get_tenant_for_staff(tenant_id: UUID) -> Tenant:
    tenant = await Tenant.get_or_none(id=tenant_id)
    if tenant is None:
        raise NotFound("Tenant", "tenantId")
    return tenant


async def list_tenants_for_staff(*, first: int | None, after: str | None) -> Page[Tenant]:
    return await paginate(Tenant.all(), tag="tenants", first=first, after=after)
