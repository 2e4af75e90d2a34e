"""Worklogs: capture, edit, delete, find (filters, ranked full-text search) and suggestions.

Every function takes the caller's TenantScope and filters by tenant and user: an entry is
private to the person who wrote it. Staff reads across tenants are the `..._for_staff` ones.
What a valid entry is lives in `validation`, the SQL of list reads in `repository`.
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from dataclasses import dataclass
from datetime import date
from typing import cast
from uuid import UUID

from taskiq import AsyncBroker
from tortoise.transactions import in_transaction

from server.auth.models import User
from server.auth.scope import TenantScope
from server.errors import NotFound
from server.evidence.models import Evidence
from server.reports.editing import forget_entries, send_render
from server.storage import Storage
from server.worklogs import repository
from server.worklogs.models import Worklog
from server.worklogs.repository import WorklogPage, WorklogRow
from server.worklogs.validation import (
    WorklogFilter,
    WorklogMetadata,
    check_content,
    check_date,
    check_filter,
    check_metadata,
    check_source,
    fingerprint,
    metadata_text,
)

log = logging.getLogger(__name__)

SUGGESTIONS_PER_KIND = 10


@dataclass
class MetadataPatch:
    """Metadata fields to change; None keeps the stored value."""

    employer: str | None = None
    project: str | None = None
    tags: list[str] | None = None
    work_type: str | None = None
    outcome: str | None = None


@dataclass
class WorklogPatch:
    date: date | None = None
    content: str | None = None
    draft: bool | None = None
    metadata: MetadataPatch | None = None


@dataclass
class Suggestion:
    value: str
    uses: int
    last_used: date


@dataclass
class Suggestions:
    employers: list[Suggestion]
    projects: list[Suggestion]
    tags: list[Suggestion]
    work_types: list[Suggestion]


def metadata_of(worklog: Worklog) -> WorklogMetadata:
    return WorklogMetadata(
        worklog.employer, worklog.project, list(worklog.tags or []), worklog.work_type, worklog.outcome
    )


def _apply(worklog: Worklog, meta: WorklogMetadata) -> None:
    worklog.employer = meta.employer
    worklog.project = meta.project
    worklog.tags = meta.tags
    worklog.work_type = meta.work_type
    worklog.outcome = meta.outcome
    worklog.metadata_text = metadata_text(meta)


def build_worklog(
    scope: TenantScope,
    *,
    day: date,
    content: str,
    meta: WorklogMetadata,
    source: str,
    draft: bool,
    fingerprint_: str | None = None,
) -> Worklog:
    """A validated, unsaved entry of the caller (imports save many at once)."""
    day = check_date(day)
    content = check_content(content)
    meta = check_metadata(meta)
    worklog = Worklog(
        tenant_id=scope.tenant_id,
        user_id=scope.user_id,
        date=day,
        content=content,
        source=check_source(source),
        draft=bool(draft),
        fingerprint=fingerprint_ or fingerprint(day, content, meta),
    )
    _apply(worklog, meta)
    return worklog


# --- writes -----------------------------------------------------------------------------------


async def create_worklog(
    scope: TenantScope,
    actor: User,
    *,
    day: date,
    content: str,
    meta: WorklogMetadata,
    source: str = "manual",
    draft: bool = False,
) -> Worklog:
    """Capture one entry for the caller."""
    worklog = build_worklog(scope, day=day, content=content, meta=meta, source=source, draft=draft)
    await worklog.save()
    return worklog


async def get_worklog(scope: TenantScope, worklog_id: UUID) -> Worklog:
    worklog = await Worklog.get_or_none(id=worklog_id, tenant_id=scope.tenant_id, user_id=scope.user_id)
    if worklog is None:
        raise NotFound("Worklog")
    return worklog


async def update_worklog(scope: TenantScope, actor: User, worklog_id: UUID, patch: WorklogPatch) -> Worklog:
    """Change the given fields of one of the caller's entries; the rest stays as it was."""
    async with in_transaction():
        worklog = await Worklog.select_for_update().get_or_none(
            id=worklog_id, tenant_id=scope.tenant_id, user_id=scope.user_id
        )
        if worklog is None:
            raise NotFound("Worklog")
        if patch.date is not None:
            worklog.date = check_date(patch.date)
        if patch.content is not None:
            worklog.content = check_content(patch.content)
        if patch.draft is not None:
            worklog.draft = patch.draft
        if patch.metadata is not None:
            current = metadata_of(worklog)
            given = patch.metadata
            meta = check_metadata(
                WorklogMetadata(
                    employer=current.employer if given.employer is None else given.employer,
                    project=current.project if given.project is None else given.project,
                    tags=current.tags if given.tags is None else given.tags,
                    work_type=current.work_type if given.work_type is None else given.work_type,
                    outcome=current.outcome if given.outcome is None else given.outcome,
                )
            )
            _apply(worklog, meta)
        await worklog.save()
    return worklog


async def delete_worklog(
    scope: TenantScope, actor: User, worklog_id: UUID, *, storage: Storage, broker: AsyncBroker | None = None
) -> UUID:
    """Delete one of the caller's entries with its evidence rows, then the evidence objects. Statements that
    cite it are checked again without it and their reports rendered again (`reports.editing.forget_entries`)."""
    async with in_transaction():
        worklog = await Worklog.select_for_update().get_or_none(
            id=worklog_id, tenant_id=scope.tenant_id, user_id=scope.user_id
        )
        if worklog is None:
            raise NotFound("Worklog")
        # values_list(flat=True) gives the keys themselves; Tortoise types every row as a tuple.
        keys = cast(
            list[str],
            await Evidence.filter(worklog_id=worklog.id, tenant_id=scope.tenant_id).values_list(
                "object_key", flat=True
            ),
        )
        await Evidence.filter(worklog_id=worklog.id).delete()
        touched = await forget_entries(scope, [worklog.id])
        await worklog.delete()
    await delete_objects(storage, keys)
    for report_id in touched:
        await send_render(broker, report_id)
    return worklog_id


async def delete_objects(storage: Storage, keys: list[str]) -> None:
    """Best effort once the rows are gone: a leftover object shows up in the integrity report."""
    for key in keys:
        try:
            await storage.delete(key)
        except Exception:  # storage outage must not undo a committed delete
            log.warning("could not delete object %s; check-integrity will find it", key, exc_info=True)


# --- reads ------------------------------------------------------------------------------------


async def list_worklogs(
    scope: TenantScope, *, flt: WorklogFilter | None, first: int | None, after: str | None
) -> WorklogPage:
    """The caller's entries, newest date first; with `search`, best match first with highlighted snippets.

    A search matching more than SEARCH_EXACT_UP_TO entries ranks a bounded set of candidates and says
    its total is not exact (see `repository._search_page`)."""
    return await repository.page_worklogs(
        tenant_id=scope.tenant_id,
        user_id=scope.user_id,
        flt=check_filter(flt),
        first=first,
        after=after,
        tag="worklogs",
    )


async def list_worklogs_for_staff(
    *, user_id: UUID | None, tenant_id: UUID | None, first: int | None, after: str | None
) -> WorklogPage:
    """Any tenant's entries, for operators."""
    return await repository.page_worklogs(
        tenant_id=tenant_id,
        user_id=user_id,
        flt=WorklogFilter(),
        first=first,
        after=after,
        tag=f"admin-worklogs:{tenant_id}:{user_id}",
    )


async def worklog_suggestions(scope: TenantScope) -> Suggestions:
    """The caller's most used values among their recent entries, for the quick-add form."""
    kinds: dict[str, list[Suggestion]] = {"employer": [], "project": [], "work_type": [], "tag": []}
    for row in await repository.suggestion_rows(scope.tenant_id, scope.user_id):
        kinds[row.kind].append(Suggestion(row.value, row.uses, row.last_used))
    for items in kinds.values():
        items.sort(key=lambda s: (-s.uses, -s.last_used.toordinal(), s.value))
        del items[SUGGESTIONS_PER_KIND:]
    return Suggestions(kinds["employer"], kinds["project"], kinds["tag"], kinds["work_type"])


async def iter_worklogs(
    scope: TenantScope, flt: WorklogFilter | None = None, batch: int = 1000
) -> AsyncIterator[WorklogRow | Worklog]:
    """All the caller's matching entries, oldest first (with a search, best match first), in batches (exports)."""
    flt = check_filter(flt)
    if flt.search:
        page_after = None
        while True:
            page = await repository.page_worklogs(
                tenant_id=scope.tenant_id,
                user_id=scope.user_id,
                flt=flt,
                first=100,
                after=page_after,
                tag="worklogs-export",
                exhaustive=True,
            )
            for item in page.items:
                yield item
            if not page.has_next:
                return
            page_after = page.end_cursor
    async for rows in repository.iter_worklog_batches(scope.tenant_id, scope.user_id, flt, batch):
        for row in rows:
            yield row


# --- moving -----------------------------------------------------------------------------------


async def move_worklogs_of_user(user_id: UUID, old_tenant_id: UUID, new_tenant_id: UUID) -> dict[str, int]:
    """TENANT_DATA_MOVERS entry: the user's entries and their evidence follow them to the new tenant."""
    moved = await Worklog.filter(user_id=user_id, tenant_id=old_tenant_id).update(tenant_id=new_tenant_id)
    evidence = await Evidence.filter(worklog__user_id=user_id, tenant_id=old_tenant_id).values_list("id", flat=True)
    if evidence:
        await Evidence.filter(id__in=evidence).update(tenant_id=new_tenant_id)
    return {"worklogs": moved, "evidence": len(evidence)}
