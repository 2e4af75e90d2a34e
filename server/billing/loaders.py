"""Per-request DataLoaders of the billing domain."""

from __future__ import annotations

from uuid import UUID

from strawberry.dataloader import DataLoader

from server.billing.models import ReserveAccount


async def _accounts_by_tenant(tenant_ids: list[UUID]) -> list[ReserveAccount | None]:
    accounts = await ReserveAccount.filter(tenant_id__in=tenant_ids)
    by_tenant = {a.tenant_id: a for a in accounts}
    return [by_tenant.get(tid) for tid in tenant_ids]


def reserve_by_tenant_loader() -> DataLoader[UUID, ReserveAccount | None]:
    return DataLoader(load_fn=_accounts_by_tenant)
