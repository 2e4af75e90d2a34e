"""Per-request DataLoaders of the reports domain: a report's sections, their statements, the citations
and the cited entries, each one query per level however many reports a list holds."""

from __future__ import annotations

from collections import defaultdict
from uuid import UUID

from strawberry.dataloader import DataLoader
from tortoise.expressions import Q
from tortoise.functions import Count

from server.reports.formats import FORMATS
from server.reports.models import Report, ReportArtifact, ReportCitation, ReportSection, ReportShare, ReportStatement
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


async def _artifacts_by_revision(keys: list[tuple[UUID, int]]) -> list[list[ReportArtifact]]:
    """The renditions of each (report, revision), in FORMATS order, the cited copy first."""
    wanted = set(keys)
    order = {name: i for i, name in enumerate(FORMATS)}
    found: dict[tuple[UUID, int], list[ReportArtifact]] = defaultdict(list)
    for row in await ReportArtifact.filter(report_id__in=list({k[0] for k in keys})):
        if (row.report_id, row.revision) in wanted:
            found[(row.report_id, row.revision)].append(row)
    for rows in found.values():
        rows.sort(key=lambda a: (order.get(a.format, len(order)), not a.include_citations))
    return [found.get(k, []) for k in keys]


async def _shares_by_report(ids: list[UUID]) -> list[list[ReportShare]]:
    found: dict[UUID, list[ReportShare]] = defaultdict(list)
    for row in await ReportShare.filter(report_id__in=ids).order_by("-created_at"):
        found[row.report_id].append(row)
    return [found.get(i, []) for i in ids]


async def _versions_by_series(keys: list[tuple[UUID, UUID]]) -> list[list[Report]]:
    """Each (series, user)'s reports by version."""
    found: dict[tuple[UUID, UUID], list[Report]] = defaultdict(list)
    rows = await Report.filter(series_id__in=list({k[0] for k in keys})).order_by("version")
    for row in rows:
        found[(row.series_id, row.user_id)].append(row)
    return [found.get(k, []) for k in keys]


def artifacts_by_revision_loader() -> DataLoader[tuple[UUID, int], list[ReportArtifact]]:
    return DataLoader(load_fn=_artifacts_by_revision)


def shares_by_report_loader() -> DataLoader[UUID, list[ReportShare]]:
    return DataLoader(load_fn=_shares_by_report)


def versions_by_series_loader() -> DataLoader[tuple[UUID, UUID], list[Report]]:
    return DataLoader(load_fn=_versions_by_series)


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
