"""What a report job does between STARTED and its settlement: read the window's entries in chunks,
generate, store the Markdown rendition, save sections → statements → citations."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime
from uuid import UUID, uuid4

from server.auth.models import User
from server.jobs.engine import JobFailure, JobRun
from server.jobs.events import JobEventType
from server.llm.base import GeneratedReport, GenerationRequest, SourceEntry
from server.reports.document import CitedEntry, Document, DocumentSection, DocumentStatement
from server.reports.models import Report, ReportCitation, ReportSection, ReportStatement
from server.reports.rendition import markdown
from server.reports.repository import iter_source_entries, window_of

MARKDOWN_TYPE = "text/markdown; charset=utf-8"


def content_key(report: Report) -> str:
    return f"reports/{report.tenant_id}/{report.id}/report.md"


def build_document(
    report: Report, generated: GeneratedReport, entries: dict[UUID, SourceEntry], author: str
) -> Document:
    """The generated report as renderers see it; citations of ids outside the window are dropped, and so
    is a statement left citing nothing."""
    sections = []
    for section in generated.sections:
        statements = []
        for statement in section.statements:
            cited = tuple(
                CitedEntry(worklog_id=e.id, date=e.date, excerpt=e.content, employer=e.employer, project=e.project)
                for e in (entries.get(i) for i in dict.fromkeys(statement.entry_ids))
                if e is not None
            )
            if cited:
                statements.append(DocumentStatement(id=uuid4(), text=statement.text, citations=cited))
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
                    id=statement_id, report_id=report.id, section_id=row.id, position=spot, text=statement.text
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


async def produce_report(run: JobRun) -> None:
    report = await Report.get(job_id=run.job_id)
    entries = await load_entries(run, report)
    await run.record(JobEventType.ENTRIES_LOADED, f"{len(entries)} entries read", {"count": len(entries)})
    if not entries:
        raise JobFailure("NO_ENTRIES", "The window has no entries any more; nothing was charged.")
    request = GenerationRequest(
        kind=report.kind,
        start=report.start_date,
        end=report.end_date,
        entries=entries,
        length=str(report.options.get("length", "STANDARD")),
        tone=str(report.options.get("tone", "NEUTRAL")),
    )
    generated = await run.rt.generator.generate(request, on_call=run.on_call)
    author = await User.filter(id=report.user_id).values_list("username", flat=True)
    document = build_document(report, generated, {e.id: e for e in entries}, str(author[0]) if author else "")
    content = markdown(document)
    key = content_key(report)
    await run.rt.storage.put(key, content.encode(), MARKDOWN_TYPE)
    async with run.step() as step:
        count = await save_body(report, document, content, key)
        await step.event(
            JobEventType.ARTIFACT_WRITTEN,
            f"Markdown rendition stored ({len(document.sections)} sections, {count} statements)",
            {
                "format": "MARKDOWN",
                "bytes": len(content.encode()),
                "sections": len(document.sections),
                "statements": count,
            },
        )
