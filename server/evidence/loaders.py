"""Per-request DataLoaders of the evidence domain."""

from __future__ import annotations

from uuid import UUID

from strawberry.dataloader import DataLoader

from server.evidence.models import Evidence
from server.evidence.service import evidence_by_worklog


async def _load(worklog_ids: list[UUID]) -> list[list[Evidence]]:
    by_worklog = await evidence_by_worklog(worklog_ids)
    return [by_worklog.get(wid, []) for wid in worklog_ids]


def evidence_by_worklog_loader() -> DataLoader[UUID, list[Evidence]]:
    # Keys are ids of entries a scoped (or staff) query already returned, so no second scope check.
    return DataLoader(load_fn=_load)
