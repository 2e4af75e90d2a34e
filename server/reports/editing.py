"""Editing a finished report before it is sent: a statement's text (checked again at once against the
entries it cites), its removal, its place in its section. Every edit bumps the report's revision, and a
worker renders that revision's formats (task `reports.render`) after the commit."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from uuid import UUID

from taskiq import AsyncBroker
from taskiq.kicker import AsyncKicker
from tortoise.expressions import F
from tortoise.transactions import in_transaction

from server.auth.scope import TenantScope
from server.errors import NotFound, ServiceError
from server.reports.artifacts import check_against, statement_sources
from server.reports.models import READY, Report, ReportCitation, ReportStatement
from server.reports.verify import CheckResult

log = logging.getLogger(__name__)

RENDER_TASK = "reports.render"
MAX_STATEMENT_CHARS = 1_000


def check_statement_text(text: str) -> str:
    cleaned = " ".join(text.split())
    if not cleaned:
        raise ServiceError("STATEMENT_REQUIRED", "A statement cannot be empty.", "text")
    if len(cleaned) > MAX_STATEMENT_CHARS:
        raise ServiceError("STATEMENT_TOO_LONG", f"A statement is at most {MAX_STATEMENT_CHARS} characters.", "text")
    return cleaned


async def _own_statement_for_update(scope: TenantScope, statement_id: UUID) -> tuple[ReportStatement, Report]:
    """The caller's statement and its report, both locked; another's is NOT_FOUND."""
    statement = await ReportStatement.select_for_update().get_or_none(id=statement_id)
    report = (
        await Report.select_for_update().get_or_none(
            id=statement.report_id, tenant_id=scope.tenant_id, user_id=scope.user_id
        )
        if statement is not None
        else None
    )
    if statement is None or report is None:
        raise NotFound("ReportStatement")
    if report.status != READY:
        raise ServiceError("REPORT_NOT_READY", "Only a finished report can be edited.", "id")
    return statement, report


async def _bump(report: Report) -> None:
    await Report.filter(id=report.id).update(revision=F("revision") + 1)
    report.revision += 1


async def update_statement(scope: TenantScope, statement_id: UUID, text: str) -> ReportStatement:
    """New text, checked against the statement's own citations before it is saved."""
    cleaned = check_statement_text(text)
    async with in_transaction():
        statement, report = await _own_statement_for_update(scope, statement_id)
        sources = (await statement_sources([statement.id])).get(statement.id, [])
        result = check_against(cleaned, sources)
        statement.text = cleaned
        statement.check_status = result.status
        statement.unsupported = list(result.unsupported)
        await statement.save(update_fields=["text", "check_status", "unsupported", "updated_at"])
        await _bump(report)
    return statement


async def check_edit(scope: TenantScope, statement_id: UUID, text: str) -> CheckResult:
    """What the check would say of `text` as the statement's new text; nothing is saved. The same limits
    as an edit (STATEMENT_REQUIRED, STATEMENT_TOO_LONG); another report's or tenant's statement is
    NOT_FOUND. Three queries: the statement (joined to its owner), its citations and their entries."""
    cleaned = check_statement_text(text)
    owned = await ReportStatement.filter(
        id=statement_id, report__tenant_id=scope.tenant_id, report__user_id=scope.user_id
    ).exists()
    if not owned:
        raise NotFound("ReportStatement")
    sources = (await statement_sources([statement_id])).get(statement_id, [])
    return check_against(cleaned, sources)


async def _renumber(section_id: UUID, order: list[UUID]) -> None:
    for position, statement_id in enumerate(order):
        await ReportStatement.filter(id=statement_id, section_id=section_id).update(position=position)


async def delete_statement(scope: TenantScope, statement_id: UUID) -> UUID:
    async with in_transaction():
        statement, report = await _own_statement_for_update(scope, statement_id)
        await statement.delete()
        rest = await ReportStatement.filter(section_id=statement.section_id).order_by("position", "created_at")
        await _renumber(statement.section_id, [s.id for s in rest])
        await _bump(report)
    return statement_id


async def move_statement(scope: TenantScope, statement_id: UUID, position: int) -> ReportStatement:
    """To `position` (0-based) in its own section; the others close up around it."""
    async with in_transaction():
        statement, report = await _own_statement_for_update(scope, statement_id)
        rest = [
            s.id
            for s in await ReportStatement.filter(section_id=statement.section_id).order_by("position", "created_at")
            if s.id != statement.id
        ]
        if not 0 <= position <= len(rest):
            raise ServiceError("INVALID_POSITION", f"The position is from 0 to {len(rest)}.", "position")
        rest.insert(position, statement.id)
        await _renumber(statement.section_id, rest)
        await _bump(report)
        statement.position = position
    return statement


async def forget_entries(scope: TenantScope, worklog_ids: Sequence[UUID]) -> list[UUID]:
    """Before the caller's entries are deleted, in the deleting transaction: every statement of the caller's
    reports that cites one of them is checked again against the entries it will still cite (a statement left
    citing nothing is flagged), and each finished report touched gets a new revision, so its formats and
    `content` are rendered again without the deleted text. Answers those reports, for `send_render` after
    the commit. One query when no statement cites the entries."""
    cited = await ReportCitation.filter(
        worklog_id__in=list(worklog_ids),
        statement__report__tenant_id=scope.tenant_id,
        statement__report__user_id=scope.user_id,
    ).values_list("statement_id", flat=True)
    if not cited:
        return []
    # Statements, then their reports, locked in the order an edit locks them.
    statements = await ReportStatement.select_for_update().filter(id__in=list(set(cited))).order_by("id")
    report_ids = sorted({s.report_id for s in statements})
    reports = await Report.select_for_update().filter(id__in=report_ids).order_by("id")
    gone = set(worklog_ids)
    sources = await statement_sources([s.id for s in statements])
    for statement in statements:
        result = check_against(statement.text, [w for w in sources.get(statement.id, []) if w.id not in gone])
        statement.check_status = result.status
        statement.unsupported = list(result.unsupported)
        await statement.save(update_fields=["check_status", "unsupported", "updated_at"])
    ready = [r.id for r in reports if r.status == READY]
    if ready:
        await Report.filter(id__in=ready).update(revision=F("revision") + 1)
    return ready


async def report_of_statement(scope: TenantScope, statement_id: UUID) -> UUID:
    """The report of one of the caller's statements; another's is NOT_FOUND."""
    found = await ReportStatement.filter(
        id=statement_id, report__tenant_id=scope.tenant_id, report__user_id=scope.user_id
    ).values_list("report_id", flat=True)
    if not found:
        raise NotFound("ReportStatement")
    return UUID(str(found[0]))


async def send_render(broker: AsyncBroker | None, report_id: UUID) -> None:
    """Ask a worker to render the report's current revision; a lost message leaves the formats empty
    until the next edit or request."""
    if broker is None:
        return
    try:
        kicker: AsyncKicker[[str], int] = AsyncKicker(task_name=RENDER_TASK, broker=broker, labels={})
        await kicker.kiq(str(report_id))
    except Exception:
        log.warning("could not send the render of report %s", report_id, exc_info=True)
