"""The rules of reports: what a request for one costs and whether the policy lets it run, queueing the
job that makes it, and reading reports back in the caller's tenant scope."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from datetime import date
from uuid import UUID, uuid4

from taskiq import AsyncBroker
from tortoise.transactions import in_transaction

from server.auth.scope import RequestMeta, TenantScope
from server.billing import ledger
from server.errors import NotFound, ServiceError
from server.jobs.dispatch import send_job
from server.jobs.models import Job
from server.jobs.service import POLICY_WARNING, QueuedJob, announce_queued, queue_job
from server.llm.base import Generator, ProviderError
from server.llm.pricing import job_cost_cents
from server.llm.providers import build_generator
from server.pagination import Page, paginate
from server.reports.models import PENDING, Report
from server.reports.repository import Window, window_totals
from server.settings import Settings
from server.system.events import EventBus
from server.validation import check_date, check_text
from server.worklogs.validation import clean_text, normalize_tag

MAX_WINDOW_YEARS = 3  # a window longer than this many calendar years is refused
MAX_FILTER_CHARS = 200  # an entry's employer and project are at most 200 characters too
MAX_TAGS = 20


@dataclass(frozen=True)
class ReportRequest:
    kind: str
    start: date
    end: date
    employer: str | None = None
    project: str | None = None
    tags: tuple[str, ...] = ()
    length: str = "STANDARD"
    tone: str = "NEUTRAL"


class Verdict(enum.Enum):
    RUNS = "RUNS"
    RUNS_WITH_WARNING = "RUNS_WITH_WARNING"
    REFUSED = "REFUSED"


@dataclass
class Estimate:
    entries: int
    characters: int
    tokens_in: int
    tokens_out: int
    estimate_cents: int
    verdict: Verdict
    refusal: ServiceError | None = None
    warnings: list[str] = field(default_factory=list)


@dataclass
class Generated:
    report: Report
    job: Job
    estimate_cents: int
    warnings: list[str]


def generator_for(settings: Settings) -> Generator:
    """The configured generator; a provider that cannot be used is the caller's error, not a crash."""
    try:
        return build_generator(settings)
    except ProviderError as exc:  # only a misconfiguration is known before a call
        raise ServiceError("PROVIDER_MISCONFIGURED", str(exc), None) from exc


def years_after(start: date, years: int) -> date:
    """The same day `years` later (29 February: 1 March), the first day past a window of `years` from `start`."""
    try:
        return start.replace(year=start.year + years)
    except ValueError:
        return date(start.year + years, 3, 1)


def check_request(request: ReportRequest) -> Window:
    check_date(request.start, "startDate")
    check_date(request.end, "endDate")
    if request.start > request.end:
        raise ServiceError("INVALID_DATE_RANGE", "The window's start is after its end.", "startDate")
    if request.end >= years_after(request.start, MAX_WINDOW_YEARS):
        raise ServiceError("DATE_RANGE_TOO_LONG", "A report covers at most three years.", "endDate")
    return Window(
        start=request.start,
        end=request.end,
        employer=_name_filter(request.employer, "employer"),
        project=_name_filter(request.project, "project"),
        tags=_tag_filter(request.tags),
    )


def _name_filter(value: str | None, name: str) -> str | None:
    """An employer or project filter spelled as entries store theirs (NFC, inner spaces collapsed, trimmed);
    blank is no filter. The query compares it without regard to case."""
    if value is None:
        return None
    line = " ".join(clean_text(check_text(value, name)).split())
    if len(line) > MAX_FILTER_CHARS:
        raise ServiceError("INVALID_FILTER", f"`{name}` is longer than {MAX_FILTER_CHARS} characters.", name)
    return line or None


def _tag_filter(values: tuple[str, ...]) -> tuple[str, ...]:
    """Tags normalised as an entry's tags are on write (spaces collapsed, lower case); blank ones dropped."""
    if len(values) > MAX_TAGS:
        raise ServiceError("INVALID_FILTER", f"At most {MAX_TAGS} tags.", "tags")
    tags: list[str] = []
    for value in values:
        if not check_text(value, "tags").strip():
            continue
        try:
            tag = normalize_tag(value, "tags")
        except ServiceError as exc:
            raise ServiceError("INVALID_FILTER", exc.message, "tags") from exc
        if tag not in tags:
            tags.append(tag)
    return tuple(tags)


async def _estimate(scope: TenantScope, request: ReportRequest, settings: Settings, generator: Generator) -> Estimate:
    window = check_request(request)
    totals = await window_totals(scope.tenant_id, scope.user_id, window)
    if totals.entries == 0:
        raise ServiceError("NO_ENTRIES", "The window has no entries to report on; nothing was charged.", "startDate")
    try:
        usage = generator.estimate(request.kind, totals.entries, totals.characters)
    except ProviderError as exc:  # a model without a price cannot be metered
        raise ServiceError("PROVIDER_MISCONFIGURED", str(exc), None) from exc
    cents = job_cost_cents(usage.cost_microcents, settings.job_flat_fee_microcents)
    return Estimate(
        entries=totals.entries,
        characters=totals.characters,
        tokens_in=usage.tokens_in,
        tokens_out=usage.tokens_out,
        estimate_cents=cents,
        verdict=Verdict.RUNS,
    )


async def estimate_report(
    scope: TenantScope, request: ReportRequest, *, settings: Settings, generator: Generator
) -> Estimate:
    """The cost of the report and the policy's verdict on it, changing nothing."""
    estimate = await _estimate(scope, request, settings, generator)
    account = await ledger.ensure_account(scope.tenant_id)
    try:
        flagged = ledger.hold_decision(account, estimate.estimate_cents, settings.billing_limited_max_estimate_cents)
    except ServiceError as refusal:
        estimate.verdict, estimate.refusal = Verdict.REFUSED, refusal
        return estimate
    if flagged and account.policy == ledger.Policy.WARN.value:
        estimate.verdict, estimate.warnings = Verdict.RUNS_WITH_WARNING, [POLICY_WARNING]
    return estimate


async def generate_report(
    scope: TenantScope,
    request: ReportRequest,
    *,
    settings: Settings,
    generator: Generator,
    meta: RequestMeta,
    bus: EventBus | None,
    broker: AsyncBroker | None,
    series_id: UUID | None = None,
    version: int = 1,
) -> Generated:
    """Queue the job that makes the report: estimate, hold under the policy, commit QUEUED, then send.
    A regeneration passes the series it continues and its version number."""
    estimate = await _estimate(scope, request, settings, generator)
    window = check_request(request)
    report_id = uuid4()
    queued: QueuedJob
    async with in_transaction():
        queued = await queue_job(
            scope,
            request.kind,
            {"reportId": str(report_id), "startDate": request.start.isoformat(), "endDate": request.end.isoformat()},
            estimate.estimate_cents,
            settings=settings,
            meta=meta,
        )
        report = await Report.create(
            id=report_id,
            tenant_id=scope.tenant_id,
            user_id=scope.user_id,
            kind=request.kind,
            start_date=window.start,
            end_date=window.end,
            filters={"employer": window.employer, "project": window.project, "tags": list(window.tags)},
            options={"length": request.length, "tone": request.tone},
            series_id=series_id or report_id,
            version=version,
            job_id=queued.job.id,
        )
    await announce_queued(bus, queued)
    if broker is not None:
        await send_job(broker, queued.job.id)
    return Generated(report=report, job=queued.job, estimate_cents=estimate.estimate_cents, warnings=queued.warnings)


async def list_reports(scope: TenantScope, *, first: int | None, after: str | None) -> Page[Report]:
    qs = Report.filter(tenant_id=scope.tenant_id, user_id=scope.user_id)
    return await paginate(qs, tag="reports", first=first, after=after)


async def get_report(scope: TenantScope, report_id: UUID) -> Report:
    report = await Report.get_or_none(id=report_id, tenant_id=scope.tenant_id, user_id=scope.user_id)
    if report is None:
        raise NotFound("Report")
    return report


async def regenerate_report(
    scope: TenantScope,
    report_id: UUID,
    *,
    settings: Settings,
    generator: Generator,
    meta: RequestMeta,
    bus: EventBus | None,
    broker: AsyncBroker | None,
) -> Generated:
    """A new version of a finished report: the same kind, window, filters and options, written by a new
    metered job; the versions before it stay readable and downloadable."""
    old = await get_report(scope, report_id)
    if old.status == PENDING:
        raise ServiceError("REPORT_NOT_READY", "The report is still being written.", "id")
    filters, options = old.filters or {}, old.options or {}
    request = ReportRequest(
        kind=old.kind,
        start=old.start_date,
        end=old.end_date,
        employer=filters.get("employer"),
        project=filters.get("project"),
        tags=tuple(filters.get("tags") or ()),
        length=str(options.get("length", "STANDARD")),
        tone=str(options.get("tone", "NEUTRAL")),
    )
    versions = await Report.filter(series_id=old.series_id, user_id=scope.user_id).values_list("version", flat=True)
    return await generate_report(
        scope,
        request,
        settings=settings,
        generator=generator,
        meta=meta,
        bus=bus,
        broker=broker,
        series_id=old.series_id,
        version=max(int(str(v)) for v in versions) + 1,
    )
