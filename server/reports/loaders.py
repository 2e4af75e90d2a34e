"""Per-request DataLoaders of the reports domain: a report's sections, their statements, the citations
and the cited entries, each one query per level however many reports a list holds."""

from __future__ import annotations

from collections import defaultdict
from uuid import UUID

from strawberry.dataloader import DataLoader
from tortoise.expressions import Q
from tortoise.functions import Count

from server.reports.models import ReportCitation, ReportSection, ReportStatement
from server.worklogs.models import Worklog


async def _sections_by_report(ids: list[UUID]) -> list[list[ReportSection]]:
    found: dict[UUID, list[ReportSection]] = defaultdict(list)
    for row in await ReportSection.filter(report_id__in=ids).order_by("position"):
        found[row.report_id].append(row)
    return [found.get(i, []) for i in ids]


async def _statements_by_section(ids: list[UUID]) -> list[list[ReportStatement]]:
    found: dict[UUID, list[ReportStatement]] = defaultdict(list)
    for row in await ReportStatement.filter(section_id__in=ids).order_by("position"):
        found[row.section_id].append(row)
    return [found.get(i, []) for i in ids]


async def _citations_by_statement(ids: list[UUID]) -> list[list[ReportCitation]]:
    found: dict[UUID, list[ReportCitation]] = defaultdict(list)
    for row in await ReportCitation.filter(statement_id__in=ids).order_by("created_at", "id"):
        found[row.statement_id].append(row)
    return [found.get(i, []) for i in ids]


async def _worklogs_by_id(ids: list[UUID]) -> list[Worklog | None]:
    found = {w.id: w for w in await Worklog.filter(id__in=ids)}
    return [found.get(i) for i in ids]


async def _verification_by_report(ids: list[UUID]) -> list[tuple[int, int]]:
    """(statements, flagged) of each report, in one grouped query."""
    rows = (
        await ReportStatement.filter(report_id__in=ids)
        .annotate(n=Count("id"), flagged=Count("id", _filter=Q(check_status="flagged")))
        .group_by("report_id")
        .values("report_id", "n", "flagged")
    )
    found = {r["report_id"]: (int(r["n"]), int(r["flagged"])) for r in rows}
    return [found.get(i, (0, 0)) for i in ids]


def verification_by_report_loader() -> DataLoader[UUID, tuple[int, int]]:
    return DataLoader(load_fn=_verification_by_report)


def sections_by_report_loader() -> DataLoader[UUID, list[ReportSection]]:
    return DataLoader(load_fn=_sections_by_report)


def statements_by_section_loader() -> DataLoader[UUID, list[ReportStatement]]:
    return DataLoader(load_fn=_statements_by_section)


def citations_by_statement_loader() -> DataLoader[UUID, list[ReportCitation]]:
    return DataLoader(load_fn=_citations_by_statement)


def worklog_by_id_loader() -> DataLoader[UUID, Worklog | None]:
    return DataLoader(load_fn=_worklogs_by_id)
