"""The SQL a report reads: how much is in its window (one aggregate) and the entries themselves, in chunks.

Functions take the tenant and user as plain arguments; the service decides who may read what. Draft
entries are left out: a report cites what the user kept.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any
from uuid import UUID

from tortoise import connections

from server.llm.base import SourceEntry
from server.reports.models import PENDING, Report


@dataclass(frozen=True, slots=True)
class Window:
    start: date
    end: date
    employer: str | None = None
    project: str | None = None
    tags: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class WindowTotals:
    entries: int
    characters: int


def _where(tenant_id: UUID, user_id: UUID, window: Window) -> tuple[str, list[Any]]:
    """The window's conditions. Employer and project match without regard to case (the service has already
    trimmed and collapsed their spaces, as entries' are); tags are stored lower-cased, as the service sends them."""
    clauses = ["tenant_id = $1", "user_id = $2", "date >= $3", "date <= $4", "NOT draft"]
    values: list[Any] = [tenant_id, user_id, window.start, window.end]
    if window.employer:
        values.append(window.employer)
        clauses.append(f"lower(employer) = lower(${len(values)})")
    if window.project:
        values.append(window.project)
        clauses.append(f"lower(project) = lower(${len(values)})")
    if window.tags:
        values.append(list(window.tags))
        clauses.append(f"tags && ${len(values)}::text[]")
    return " AND ".join(clauses), values


async def window_totals(tenant_id: UUID, user_id: UUID, window: Window) -> WindowTotals:
    """Entries in the window and the characters of their content, in one query."""
    where, values = _where(tenant_id, user_id, window)
    sql = (
        "SELECT count(*) AS n, coalesce(sum(char_length(content)), 0) AS chars "  # noqa: S608 - placeholders only
        f"FROM worklog WHERE {where}"
    )
    rows = await connections.get("default").execute_query_dict(sql, values)
    return WindowTotals(entries=int(rows[0]["n"]), characters=int(rows[0]["chars"]))


async def iter_source_entries(
    tenant_id: UUID, user_id: UUID, window: Window, batch: int
) -> AsyncIterator[list[SourceEntry]]:
    """The window's entries in date order, `batch` rows per query (keyset on date, created_at, id)."""
    where, values = _where(tenant_id, user_id, window)
    conn = connections.get("default")
    last: tuple[date, datetime, UUID] | None = None
    while True:
        page_values = list(values)
        after = ""
        if last is not None:
            page_values.extend(last)
            n = len(page_values)
            after = f" AND (date, created_at, id) > (${n - 2}, ${n - 1}, ${n})"
        page_values.append(batch)
        sql = (
            "SELECT id, date, content, employer, project, tags, work_type, outcome, created_at "  # noqa: S608 - placeholders only
            f"FROM worklog WHERE {where}{after} ORDER BY date, created_at, id LIMIT ${len(page_values)}"
        )
        _, rows = await conn.execute_query(sql, page_values)
        if rows:
            yield [
                SourceEntry(
                    id=r["id"],
                    date=r["date"],
                    content=r["content"],
                    employer=r["employer"],
                    project=r["project"],
                    tags=tuple(r["tags"] or ()),
                    work_type=r["work_type"],
                    outcome=r["outcome"],
                )
                for r in rows
            ]
        if len(rows) < batch:
            return
        last = (rows[-1]["date"], rows[-1]["created_at"], rows[-1]["id"])


async def mark_reports_of_job(job_id: UUID, status: str) -> None:
    """The pending report a job makes follows the job's end (failed, cancelled)."""
    await Report.filter(job_id=job_id, status=PENDING).update(status=status)


def window_of(report: Report) -> Window:
    filters = report.filters or {}
    return Window(
        start=report.start_date,
        end=report.end_date,
        employer=filters.get("employer") or None,
        project=filters.get("project") or None,
        tags=tuple(filters.get("tags") or ()),
    )
