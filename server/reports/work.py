"""What a report job does between STARTED and its settlement: read the window's entries in chunks,
generate (the user's confidential terms hidden from an external provider), check every statement against
its cited entries, save sections → statements → citations, and render every format."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime
from uuid import UUID, uuid4

from server.auth.models import User
from server.auth.scope import scope_for
from server.jobs.engine import JobFailure, JobRun
from server.jobs.events import JobEventType
from server.llm.base import GeneratedReport, GenerationRequest, Generator, SourceEntry
from server.llm.providers import build_generator
from server.profiles.service import confidential_terms, positions_for_generation
from server.reports.artifacts import check, render_and_store
from server.reports.document import CitedEntry, Document, DocumentPosition, DocumentSection, DocumentStatement
from server.reports.models import Report, ReportArtifact, ReportCitation, ReportSection, ReportStatement
from server.reports.redaction import Redactor
from server.reports.rendition import MARKDOWN_TYPE, content_key, markdown
from server.reports.repository import iter_source_entries, window_of

# Why a kind may find nothing to say in entries that exist (the extractive generator's rules, docs/reports.md).
_NOTHING_HINTS = {
    "STAR_STORIES": "a STAR story needs an entry whose outcome says what changed in three words or more",
}


def nothing_to_report(kind: str, entries: int) -> str:
    """The failed job's message when the window's entries gave no statement."""
    hint = _NOTHING_HINTS.get(kind, 'a line under three words, such as "Fixed bugs.", makes no statement')
    return f"No statement could be made from the {entries} entries in the window ({hint}); nothing was charged."


def build_document(
    report: Report,
    generated: GeneratedReport,
    entries: dict[UUID, SourceEntry],
    author: str,
    positions: Sequence[DocumentPosition] = (),
) -> Document:
    """The generated report as renderers see it, every statement checked against its cited entries;
    citations of ids outside the window are dropped, and so is a statement left citing nothing."""
    sections = []
    for section in generated.sections:
        statements = []
        for statement in section.statements:
            sources = [e for e in (entries.get(i) for i in dict.fromkeys(statement.entry_ids)) if e is not None]
            cited = tuple(
                CitedEntry(worklog_id=e.id, date=e.date, excerpt=e.content, employer=e.employer, project=e.project)
                for e in sources
            )
            if cited:
                result = check(statement.text, cited, [e.outcome for e in sources])
                statements.append(
                    DocumentStatement(id=uuid4(), text=statement.text, citations=cited, flagged=result.unsupported)
                )
        if statements:
            sections.append(DocumentSection(heading=section.heading, statements=tuple(statements)))
    return Document(
        kind=report.kind,
        title=generated.title or report.title,
        start=report.start_date,
        end=report.end_date,
        generated_at=datetime.now(UTC),
        author=author,
        sections=tuple(sections),
        positions=tuple(positions),
    )


async def save_body(report: Report, document: Document, content: str, key: str) -> int:
    """Replace the report's sections (a re-run writes them afresh) in three bulk inserts; returns statements."""
    await ReportSection.filter(report_id=report.id).delete()
    sections: list[ReportSection] = []
    statements: list[ReportStatement] = []
    citations: list[ReportCitation] = []
    for position, section in enumerate(document.sections):
        row = ReportSection(id=uuid4(), report_id=report.id, position=position, heading=section.heading[:300])
        sections.append(row)
        for spot, statement in enumerate(section.statements):
            statement_id = statement.id or uuid4()
            statements.append(
                ReportStatement(
                    id=statement_id,
                    report_id=report.id,
                    section_id=row.id,
                    position=spot,
                    text=statement.text,
                    check_status="flagged" if statement.flagged else "passed",
                    unsupported=list(statement.flagged),
                )
            )
            citations.extend(
                ReportCitation(id=uuid4(), statement_id=statement_id, worklog_id=cited.worklog_id)
                for cited in statement.citations
            )
    await ReportSection.bulk_create(sections, batch_size=1000)
    await ReportStatement.bulk_create(statements, batch_size=1000)
    await ReportCitation.bulk_create(citations, batch_size=1000)
    report.title = document.title[:300]
    report.content = content
    report.content_key = key
    await report.save(update_fields=["title", "content", "content_key", "updated_at"])
    return len(statements)


async def load_entries(run: JobRun, report: Report) -> Sequence[SourceEntry]:
    entries: list[SourceEntry] = []
    batch = run.rt.settings.job_entry_batch
    async for chunk in iter_source_entries(report.tenant_id, report.user_id, window_of(report), batch):
        entries.extend(chunk)
        await run.checkpoint()
    return entries


async def generator_for_report(run: JobRun, report: Report) -> tuple[Generator, Redactor | None]:
    """The worker's generator; for an external provider, one that hides the user's confidential terms."""
    generator = run.rt.generator
    if generator.provider == "extractive":  # nothing leaves the process
        return generator, None
    terms = await confidential_terms(scope_for(report.tenant_id, report.user_id))
    if not terms:
        return generator, None
    redactor = Redactor(terms)
    return build_generator(run.rt.settings, redactor=redactor), redactor


async def produce_report(run: JobRun) -> None:
    report = await Report.get(job_id=run.job_id)
    scope = scope_for(report.tenant_id, report.user_id)
    entries = await load_entries(run, report)
    await run.record(JobEventType.ENTRIES_LOADED, f"{len(entries)} entries read", {"count": len(entries)})
    if not entries:
        raise JobFailure("NO_ENTRIES", "The window has no entries any more; nothing was charged.")
    positions = await positions_for_generation(scope)
    request = GenerationRequest(
        kind=report.kind,
        start=report.start_date,
        end=report.end_date,
        entries=entries,
        length=str(report.options.get("length", "STANDARD")),
        tone=str(report.options.get("tone", "NEUTRAL")),
        positions=positions,
    )
    generator, redactor = await generator_for_report(run, report)
    generated = await generator.generate(request, on_call=run.on_call)
    author = await User.filter(id=report.user_id).values_list("username", flat=True)
    document = build_document(
        report,
        generated,
        {e.id: e for e in entries},
        str(author[0]) if author else "",
        [DocumentPosition(p.employer, p.title, p.start, p.end) for p in positions],
    )
    statements = [s for section in document.sections for s in section.statements]
    if not statements:  # as the openai provider's answer without a statement (PROVIDER_REFUSED): no empty report
        raise JobFailure("NOTHING_TO_REPORT", nothing_to_report(report.kind, len(entries)))
    flagged = sum(1 for s in statements if s.flagged)
    data = {"statements": len(statements), "flagged": flagged}
    message = f"{len(statements)} statements checked against their entries, {flagged} flagged"
    if redactor is not None:  # how many terms, never which
        data["redactedTerms"] = redactor.count
        message += f"; {redactor.count} confidential terms redacted"
    await run.record(JobEventType.CHECKED, message, data)
    content = markdown(document)
    key = content_key(report)
    await run.rt.storage.put(key, content.encode(), MARKDOWN_TYPE)
    async with run.step():
        await ReportArtifact.filter(report_id=report.id).delete()  # a re-run renders its own body afresh
        await save_body(report, document, content, key)
    await run.checkpoint()
    rendered = await render_and_store(report, run.rt.storage)
    await run.record(
        JobEventType.ARTIFACT_WRITTEN,
        f"{len(rendered.artifacts)} renditions stored ({len(document.sections)} sections, {len(statements)} statements)",
        {
            "formats": sorted({a.format for a in rendered.artifacts}),
            "bytes": sum(a.bytes for a in rendered.artifacts),
            "sections": len(document.sections),
            "statements": len(statements),
            "revision": rendered.revision,
        },
    )
