"""Operators' view of worklogs across tenants: health figures and the integrity check."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from uuid import UUID

from tortoise import connections
from tortoise.transactions import in_transaction

from server.evidence.models import Evidence
from server.evidence.service import KEY_PREFIX
from server.storage import Storage
from server.worklogs.models import Worklog
from server.worklogs.service import delete_objects, today

TOP = 10
REPORT_LIMIT = 1000  # listed items per kind; counts are always complete


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
        top("SELECT employer AS value, count(*) AS n FROM worklog WHERE employer <> '' "
            "GROUP BY employer ORDER BY n DESC, employer LIMIT $1"),
        top("SELECT project AS value, count(*) AS n FROM worklog WHERE project <> '' "
            "GROUP BY project ORDER BY n DESC, project LIMIT $1"),
        top("SELECT t AS value, count(*) AS n FROM worklog, unnest(tags) AS t GROUP BY t ORDER BY n DESC, t LIMIT $1"),
    )
    totals = totals_rows[0]
    users = totals["users"]
    return WorklogStats(
        total_entries=totals["total"], users_with_entries=users,
        average_per_user=round(totals["total"] / users, 2) if users else 0.0,
        entries_last_7_days=totals["last7"], entries_last_30_days=totals["last30"],
        top_employers=employers, top_projects=projects, top_tags=tags,
    )


@dataclass
class OrphanedWorklog:
    id: UUID
    user_id: UUID
    tenant_id: UUID
    reason: str  # user_missing | tenant_missing | user_in_other_tenant


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


async def _orphaned_worklogs() -> list[OrphanedWorklog]:
    rows = await connections.get("default").execute_query_dict("""
        SELECT w.id, w.user_id, w.tenant_id,
               CASE WHEN u.id IS NULL THEN 'user_missing'
                    WHEN t.id IS NULL THEN 'tenant_missing'
                    ELSE 'user_in_other_tenant' END AS reason
        FROM worklog w
        LEFT JOIN "user" u ON u.id = w.user_id
        LEFT JOIN tenant t ON t.id = w.tenant_id
        LEFT JOIN profile p ON p.user_id = w.user_id
        WHERE u.id IS NULL OR t.id IS NULL OR p.tenant_id IS DISTINCT FROM w.tenant_id
        ORDER BY w.id
    """)
    return [OrphanedWorklog(r["id"], r["user_id"], r["tenant_id"], r["reason"]) for r in rows]


async def integrity_report_for_staff(storage: Storage) -> IntegrityReport:
    """Entries whose owner is gone or elsewhere, evidence rows whose bytes are gone, and stray objects."""
    report = IntegrityReport(checked_at=datetime.now(timezone.utc))
    orphans = await _orphaned_worklogs()
    report.orphaned_worklog_count = len(orphans)
    report.orphaned_worklogs = orphans[:REPORT_LIMIT]

    keys_in_storage = {key async for key in storage.list_keys(KEY_PREFIX)}
    rows = await Evidence.all().order_by("id").values_list("id", "worklog_id", "object_key")
    keys_in_db = set()
    missing = []
    for evidence_id, worklog_id, key in rows:
        keys_in_db.add(key)
        if key not in keys_in_storage:
            missing.append(MissingObject(evidence_id, worklog_id, key))
    report.evidence_without_object_count = len(missing)
    report.evidence_without_objects = missing[:REPORT_LIMIT]
    strays = sorted(keys_in_storage - keys_in_db)
    report.object_without_row_count = len(strays)
    report.objects_without_rows = strays[:REPORT_LIMIT]
    return report


@dataclass
class IntegrityFix:
    worklogs_moved: int = 0
    worklogs_deleted: int = 0
    evidence_rows_deleted: int = 0
    objects_deleted: int = 0


async def fix_integrity_for_staff(storage: Storage, report: IntegrityReport) -> IntegrityFix:
    """Repair what `report` found: entries follow their user's tenant (or go when the user is gone),
    evidence rows without bytes are dropped, stray objects are deleted."""
    fix = IntegrityFix()
    orphans = await _orphaned_worklogs()
    keys_to_delete: list[str] = []
    async with in_transaction() as conn:
        for orphan in orphans:
            if orphan.reason == "user_in_other_tenant":
                rows = await conn.execute_query_dict("SELECT tenant_id FROM profile WHERE user_id = $1", [orphan.user_id])
                if rows:
                    await Worklog.filter(id=orphan.id).update(tenant_id=rows[0]["tenant_id"])
                    await Evidence.filter(worklog_id=orphan.id).update(tenant_id=rows[0]["tenant_id"])
                    fix.worklogs_moved += 1
                    continue
            keys_to_delete += await Evidence.filter(worklog_id=orphan.id).values_list("object_key", flat=True)
            await Evidence.filter(worklog_id=orphan.id).delete()
            await Worklog.filter(id=orphan.id).delete()
            fix.worklogs_deleted += 1
        # Re-checked: the bytes of an upload in flight land before its row, never after.
        missing_ids = [m.evidence_id for m in report.evidence_without_objects if not await storage.exists(m.object_key)]
        for key_batch in range(0, len(missing_ids), 1000):
            fix.evidence_rows_deleted += await Evidence.filter(id__in=missing_ids[key_batch:key_batch + 1000]).delete()
    # A stray is deleted only if still row-less now: an upload may have finished since the report.
    strays = set(report.objects_without_rows)
    still_referenced = set(await Evidence.filter(object_key__in=list(strays)).values_list("object_key", flat=True)) if strays else set()
    to_delete = sorted(strays - still_referenced) + keys_to_delete
    await delete_objects(storage, to_delete)
    fix.objects_deleted = len(to_delete)
    return fix
