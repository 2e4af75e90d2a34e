"""Writing imported rows into the log (CSV, JSON or a git history, already read into ImportRows).

Imports are all or nothing: every row is checked before anything is written, and the first bad
row is refused with its number. They are idempotent: a row whose entry is already in the log
(same id, or same date, content and metadata) is skipped, so importing a file twice adds nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import cast
from uuid import UUID

from tortoise.backends.base.client import BaseDBAsyncClient
from tortoise.transactions import in_transaction

from server.auth.models import User
from server.auth.scope import TenantScope
from server.errors import ServiceError
from server.worklogs.formats import ImportRow, parse_import, row_error
from server.worklogs.models import Worklog
from server.worklogs.service import build_worklog
from server.worklogs.validation import MAX_CONTENT

BATCH = 1000

Progress = Callable[[int, int], None]  # (done, total)


@dataclass
class ImportResult:
    created: int = 0
    skipped: int = 0
    updated: int = 0
    rows: int = 0
    created_ids: list[UUID] = field(default_factory=list)


async def import_rows(
    scope: TenantScope, actor: User, rows: list[ImportRow], *, progress: Progress | None = None
) -> ImportResult:
    """Check every row, then write the new ones in one transaction."""
    built = _build(scope, rows)
    result = ImportResult(rows=len(rows))
    async with in_transaction() as conn:
        # One import per user at a time: two identical imports racing must still add each entry once.
        await conn.execute_query(
            "SELECT pg_advisory_xact_lock(hashtextextended($1, 0))", [f"worklog-import:{scope.user_id}"]
        )
        seen_fps, seen_ids = await _already_imported(scope, built)
        fresh: list[Worklog] = []
        kept_updated: dict[UUID, datetime] = {}
        merges: dict[str, ImportRow] = {}
        for row, worklog in built:
            if worklog.fingerprint in seen_fps or (row.id is not None and row.id in seen_ids):
                if row.commits and worklog.fingerprint in seen_fps:
                    merges[worklog.fingerprint] = row
                else:
                    result.skipped += 1
                continue
            seen_fps.add(worklog.fingerprint)
            fresh.append(worklog)
            if row.updated_at is not None:
                kept_updated[worklog.id] = max(row.updated_at, row.created_at or row.updated_at)
        result.updated, unchanged = await _merge_into_drafts(scope, merges, conn)
        result.skipped += unchanged
        if progress:
            progress(result.skipped + result.updated, len(rows))
        for start in range(0, len(fresh), BATCH):
            chunk = fresh[start : start + BATCH]
            await Worklog.bulk_create(chunk, using_db=conn)
            result.created += len(chunk)
            if progress:
                progress(result.skipped + result.updated + result.created, len(rows))
        if kept_updated:
            # updated_at is auto_now (every save stamps it), so exported values are written afterwards.
            await conn.execute_query(
                "UPDATE worklog w SET updated_at = x.at FROM unnest($1::uuid[], $2::timestamptz[]) AS x(id, at) "
                "WHERE w.id = x.id",
                [list(kept_updated), list(kept_updated.values())],
            )
        result.created_ids = [w.id for w in fresh]
    return result


def _build(scope: TenantScope, rows: list[ImportRow]) -> list[tuple[ImportRow, Worklog]]:
    """Every row as an unsaved entry; the first invalid row fails the import, naming its row."""
    built: list[tuple[ImportRow, Worklog]] = []
    for row in rows:
        try:
            worklog = build_worklog(
                scope,
                day=row.day,
                content=row.content,
                meta=row.meta,
                source=row.source,
                draft=row.draft,
                fingerprint_=row.fingerprint,
            )
        except ServiceError as exc:
            raise row_error(row.number, exc) from exc
        created_at = row.created_at or row.updated_at
        if created_at is not None:
            # auto_now_add keeps a value already set; with only updatedAt, the entry was written by then.
            worklog.created_at = created_at
        if row.commits:
            worklog.source_ref = row.commits[-1][0]
        built.append((row, worklog))
    return built


async def _already_imported(scope: TenantScope, built: list[tuple[ImportRow, Worklog]]) -> tuple[set[str], set[UUID]]:
    """The fingerprints and ids of `built` the user has already (read in chunks: the lists may be long)."""
    seen_fps: set[str] = set()
    seen_ids: set[UUID] = set()
    fps = list({w.fingerprint for _, w in built})
    ids = list({r.id for r, _ in built if r.id})
    for start in range(0, len(fps), 5000):
        # values_list(flat=True) gives the values themselves; Tortoise types every row as a tuple.
        seen_fps.update(
            cast(
                list[str],
                await Worklog.filter(
                    tenant_id=scope.tenant_id, user_id=scope.user_id, fingerprint__in=fps[start : start + 5000]
                ).values_list("fingerprint", flat=True),
            )
        )
    for start in range(0, len(ids), 5000):
        seen_ids.update(
            cast(
                list[UUID],
                await Worklog.filter(
                    tenant_id=scope.tenant_id, user_id=scope.user_id, id__in=ids[start : start + 5000]
                ).values_list("id", flat=True),
            )
        )
    return seen_fps, seen_ids


async def _merge_into_drafts(
    scope: TenantScope, incoming: dict[str, ImportRow], conn: BaseDBAsyncClient
) -> tuple[int, int]:
    """Append to each day's draft the commits made after the newest one it took; returns (updated,
    unchanged). What the user wrote in the draft stays as it is; an entry no longer a draft is left alone."""
    if not incoming:
        return 0, 0
    existing = (
        await Worklog.filter(tenant_id=scope.tenant_id, user_id=scope.user_id, fingerprint__in=list(incoming))
        .using_db(conn)
        .select_for_update()
    )
    updated = 0
    for entry in existing:
        commits = incoming[entry.fingerprint].commits or []
        hashes = [commit_hash for commit_hash, _ in commits]
        if not entry.draft or entry.source_ref not in hashes:
            continue  # finalised by the user, or the day's history was rewritten: not ours to change
        new = commits[hashes.index(entry.source_ref) + 1 :]
        if not new:
            continue
        content = entry.content.rstrip("\n") + "\n" + "\n".join(f"- {subject}" for _, subject in new)
        if len(content) > MAX_CONTENT:
            continue  # a day this long is already summarised; never cut what the user wrote
        entry.content = content
        entry.source_ref = new[-1][0]
        await entry.save(using_db=conn, update_fields=["content", "source_ref", "updated_at"])
        updated += 1
    return updated, len(incoming) - updated


async def import_worklogs(
    scope: TenantScope, actor: User, fmt: str, text: str, *, progress: Progress | None = None
) -> ImportResult:
    """Import a CSV or JSON file written by `export_worklogs` (or by hand, same columns)."""
    return await import_rows(scope, actor, parse_import(fmt, text), progress=progress)
