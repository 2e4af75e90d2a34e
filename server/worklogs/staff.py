"""Operators' view of worklogs across tenants: health figures and the integrity check."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import TypeVar, cast
from uuid import UUID

from tortoise import connections
from tortoise.backends.base.client import BaseDBAsyncClient
from tortoise.transactions import in_transaction

from server.evidence.models import Evidence
from server.evidence.service import KEY_PREFIX
from server.storage import Storage
from server.worklogs.models import Worklog
from server.worklogs.service import delete_objects
from server.worklogs.validation import today

T = TypeVar("T")

TOP = 10
REPORT_LIMIT = 1000  # listed items per kind in the staff report; counts are always complete
FIX_BATCH = 1000  # listed items repaired per transaction


@dataclass
class Counted:
    value: str
    count: int


@dataclass
class WorklogStats:
    total_entries: int
    users_with_entries: int
    average_per_user: float
    entries_last_7_days: int
    entries_last_30_days: int
    top_employers: list[Counted]
    top_projects: list[Counted]
    top_tags: list[Counted]


async def worklog_stats_for_staff() -> WorklogStats:
    """Whole-system figures; "last N days" counts entries dated within the last N days."""
    conn = connections.get("default")
    day = today()

    async def top(sql: str) -> list[Counted]:
        rows = await conn.execute_query_dict(sql, [TOP])
        return [Counted(r["value"], r["n"]) for r in rows]

    # Four full scans of the table: run side by side on pooled connections.
    totals_rows, employers, projects, tags = await asyncio.gather(
        conn.execute_query_dict(
            "SELECT count(*) AS total, count(DISTINCT user_id) AS users, "
            "count(*) FILTER (WHERE date > $1) AS last7, count(*) FILTER (WHERE date > $2) AS last30 FROM worklog",
            [day - timedelta(days=7), day - timedelta(days=30)],
        ),
        top(
            "SELECT employer AS value, count(*) AS n FROM worklog WHERE employer <> '' "
            "GROUP BY employer ORDER BY n DESC, employer LIMIT $1"
        ),
        top(
            "SELECT project AS value, count(*) AS n FROM worklog WHERE project <> '' "
            "GROUP BY project ORDER BY n DESC, project LIMIT $1"
        ),
        top("SELECT t AS value, count(*) AS n FROM worklog, unnest(tags) AS t GROUP BY t ORDER BY n DESC, t LIMIT $1"),
    )
    totals = totals_rows[0]
    users = totals["users"]
    return WorklogStats(
        total_entries=totals["total"],
        users_with_entries=users,
        average_per_user=round(totals["total"] / users, 2) if users else 0.0,
        entries_last_7_days=totals["last7"],
        entries_last_30_days=totals["last30"],
        top_employers=employers,
        top_projects=projects,
        top_tags=tags,
    )


# Why an entry is reported, and what `fix_integrity_for_staff` does with it.
ORPHAN_FIXES = {
    "user_missing": "delete",  # nobody can own it again: deleted with its evidence rows and objects
    "tenant_missing": "delete",  # the tenant is gone and it was the user's own: deleted likewise
    "user_in_other_tenant": "move",  # the user works in another tenant now: moved there with its evidence rows
    "profile_missing": "keep",  # the user exists but has no tenant: kept until they are given one
}


@dataclass
class OrphanedWorklog:
    id: UUID
    user_id: UUID
    tenant_id: UUID
    reason: str  # a key of ORPHAN_FIXES


@dataclass
class MissingObject:
    evidence_id: UUID
    worklog_id: UUID
    object_key: str


@dataclass
class IntegrityReport:
    checked_at: datetime
    orphaned_worklogs: list[OrphanedWorklog] = field(default_factory=list)
    orphaned_worklog_count: int = 0
    evidence_without_objects: list[MissingObject] = field(default_factory=list)
    evidence_without_object_count: int = 0
    objects_without_rows: list[str] = field(default_factory=list)
    object_without_row_count: int = 0

    @property
    def clean(self) -> bool:
        return not (self.orphaned_worklog_count or self.evidence_without_object_count or self.object_without_row_count)


async def _orphaned_worklogs(
    conn: BaseDBAsyncClient | None = None, ids: list[UUID] | None = None
) -> list[OrphanedWorklog]:
    """Every orphaned entry, or (with `ids`, inside a transaction) those of `ids` still orphaned, locked."""
    only = "AND w.id = ANY($1::uuid[]) ORDER BY w.id FOR UPDATE OF w" if ids is not None else "ORDER BY w.id"
    # An entry of a deleted tenant whose user works elsewhere is user_in_other_tenant: it can still be moved.
    sql = f"""
        SELECT w.id, w.user_id, w.tenant_id,
               CASE WHEN u.id IS NULL THEN 'user_missing'
                    WHEN p.user_id IS NULL THEN 'profile_missing'
                    WHEN p.tenant_id <> w.tenant_id THEN 'user_in_other_tenant'
                    ELSE 'tenant_missing' END AS reason
        FROM worklog w
        LEFT JOIN "user" u ON u.id = w.user_id
        LEFT JOIN tenant t ON t.id = w.tenant_id
        LEFT JOIN profile p ON p.user_id = w.user_id
        WHERE (u.id IS NULL OR t.id IS NULL OR p.tenant_id IS DISTINCT FROM w.tenant_id) {only}
    """  # noqa: S608 - `only` is one of two constants
    rows = await (conn or connections.get("default")).execute_query_dict(sql, [ids] if ids is not None else [])
    return [OrphanedWorklog(r["id"], r["user_id"], r["tenant_id"], r["reason"]) for r in rows]


async def integrity_report_for_staff(storage: Storage, *, limit: int | None = REPORT_LIMIT) -> IntegrityReport:
    """Entries whose owner is gone or elsewhere, evidence rows whose bytes are gone, and stray objects.

    Lists stop at `limit` items per kind (None: everything, as `check-integrity --fix` needs)."""
    report = IntegrityReport(checked_at=datetime.now(UTC))
    orphans = await _orphaned_worklogs()
    report.orphaned_worklog_count = len(orphans)
    report.orphaned_worklogs = orphans[:limit]

    keys_in_storage = {key async for key in storage.list_keys(KEY_PREFIX)}
    rows = await Evidence.all().order_by("id").values_list("id", "worklog_id", "object_key")
    keys_in_db = set()
    missing = []
    for evidence_id, worklog_id, key in rows:
        keys_in_db.add(key)
        if key not in keys_in_storage:
            missing.append(MissingObject(evidence_id, worklog_id, key))
    report.evidence_without_object_count = len(missing)
    report.evidence_without_objects = missing[:limit]
    strays = sorted(keys_in_storage - keys_in_db)
    report.object_without_row_count = len(strays)
    report.objects_without_rows = strays[:limit]
    return report


@dataclass
class IntegrityFix:
    worklogs_moved: int = 0
    worklogs_deleted: int = 0
    worklogs_kept: int = 0  # profile_missing: left for an operator to give the user a tenant
    evidence_rows_deleted: int = 0
    objects_deleted: int = 0
    no_longer_found: int = 0  # listed, but repaired or changed since the report: left alone


def _batches(items: list[T], size: int = FIX_BATCH) -> Iterator[list[T]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


async def fix_integrity_for_staff(storage: Storage, report: IntegrityReport) -> IntegrityFix:
    """Repair exactly what `report` lists, nothing found since, in batches of FIX_BATCH.

    Each listed item is checked again first and left alone unless it is still wrong in the same way:
    entries are handled as ORPHAN_FIXES says for their reason, evidence rows whose object is still
    missing are dropped, objects that still have no row are deleted. A report built with a `limit`
    is repaired only as far as it lists."""
    fix = IntegrityFix()
    for orphans in _batches(report.orphaned_worklogs):
        keys = await _fix_orphans(orphans, fix)
        await delete_objects(storage, keys)
    for missing in _batches(report.evidence_without_objects):
        # Re-checked: the bytes of an upload in flight land before its row, never after.
        gone = [m.evidence_id for m in missing if not await storage.exists(m.object_key)]
        deleted = await Evidence.filter(id__in=gone).delete() if gone else 0
        fix.evidence_rows_deleted += deleted
        fix.no_longer_found += len(missing) - deleted
    for objects in _batches(report.objects_without_rows):
        # An upload may have finished since the report: its object has a row now.
        # values_list(flat=True) gives the keys themselves; Tortoise types every row as a tuple.
        referenced = set(
            cast(list[str], await Evidence.filter(object_key__in=objects).values_list("object_key", flat=True))
        )
        strays = [key for key in objects if key not in referenced]
        await delete_objects(storage, strays)
        fix.objects_deleted += len(strays)
        fix.no_longer_found += len(objects) - len(strays)
    return fix


async def _fix_orphans(listed: list[OrphanedWorklog], fix: IntegrityFix) -> list[str]:
    """One transaction for one batch of listed entries; returns the object keys to delete once it commits."""
    reported = {o.id: o.reason for o in listed}
    async with in_transaction() as conn:
        still = [o for o in await _orphaned_worklogs(conn, list(reported)) if reported[o.id] == o.reason]
        fix.no_longer_found += len(listed) - len(still)
        by_action: dict[str, list[UUID]] = {"move": [], "delete": [], "keep": []}
        for orphan in still:
            by_action[ORPHAN_FIXES[orphan.reason]].append(orphan.id)
        fix.worklogs_kept += len(by_action["keep"])
        if by_action["move"]:
            # The tenant is read from the profile as the row is written: a move made meanwhile is followed.
            moved = await conn.execute_query_dict(
                """
                UPDATE worklog w SET tenant_id = p.tenant_id FROM profile p
                WHERE w.id = ANY($1::uuid[]) AND p.user_id = w.user_id AND p.tenant_id <> w.tenant_id
                RETURNING w.id
            """,
                [by_action["move"]],
            )
            await conn.execute_query(
                """
                UPDATE evidence e SET tenant_id = w.tenant_id FROM worklog w
                WHERE w.id = ANY($1::uuid[]) AND e.worklog_id = w.id AND e.tenant_id <> w.tenant_id
            """,
                [[r["id"] for r in moved]],
            )
            fix.worklogs_moved += len(moved)
            fix.no_longer_found += len(by_action["move"]) - len(moved)
        keys: list[str] = []
        if by_action["delete"]:
            keys = cast(
                list[str],
                await Evidence.filter(worklog_id__in=by_action["delete"]).values_list("object_key", flat=True),
            )
            await Evidence.filter(worklog_id__in=by_action["delete"]).delete()
            fix.worklogs_deleted += await Worklog.filter(id__in=by_action["delete"]).delete()
    return keys
