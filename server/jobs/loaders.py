"""Per-request DataLoaders of the jobs domain (callers have checked who may read the ids they load)."""

from __future__ import annotations

from uuid import UUID

from strawberry.dataloader import DataLoader

from server.auth.models import User
from server.jobs.models import Job


async def _jobs_by_id(ids: list[UUID]) -> list[Job | None]:
    found = {j.id: j for j in await Job.filter(id__in=ids)}
    return [found.get(i) for i in ids]


async def _usernames_by_id(ids: list[UUID]) -> list[str | None]:
    found = dict(await User.filter(id__in=ids).values_list("id", "username"))
    return [found.get(i) for i in ids]


def job_by_id_loader() -> DataLoader[UUID, Job | None]:
    return DataLoader(load_fn=_jobs_by_id)


def username_by_id_loader() -> DataLoader[UUID, str | None]:
    return DataLoader(load_fn=_usernames_by_id)
