"""Per-request DataLoaders of the tenants domain."""

from __future__ import annotations

from uuid import UUID

from strawberry.dataloader import DataLoader

from server.tenants.models import Profile, Tenant


async def _tenants_by_user(user_ids: list[UUID]) -> list[Tenant | None]:
    profiles = await Profile.filter(user_id__in=user_ids).select_related("tenant")
    by_user = {p.user_id: p.tenant for p in profiles}
    return [by_user.get(uid) for uid in user_ids]


def tenant_by_user_loader() -> DataLoader[UUID, Tenant | None]:
    return DataLoader(load_fn=_tenants_by_user)
