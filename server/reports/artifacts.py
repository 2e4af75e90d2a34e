"""A stored report as renderers see it, its fabrication check, and its renditions in every format that
suits its kind (with and without citations), kept through the Storage interface and downloaded through
short-lived signed links.

A link is signed with SECRET_KEY over the artifact, the user it was made for and its expiry, so an
altered, foreign or expired link is a 404 that learns nothing.
"""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import secrets
import time
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from urllib.parse import urlencode
from uuid import UUID, uuid4

from server.auth.models import User
from server.errors import NotFound
from server.profiles.models import Position
from server.reports.document import CitedEntry, Document, DocumentPosition, DocumentSection, DocumentStatement
from server.reports.formats import FORMATS
from server.reports.models import Report, ReportArtifact, ReportCitation, ReportSection, ReportStatement
from server.reports.rendition import MARKDOWN_TYPE, content_key, markdown
from server.reports.verify import CheckResult, check_statement
from server.settings import Settings
from server.storage.base import Storage
from server.worklogs.models import Worklog

DOWNLOAD_SECONDS = 300  # a download link is for now, not for sharing


def cited_texts(entries: Sequence[CitedEntry | Worklog], outcomes: Sequence[str] = ()) -> list[str]:
    """What the fabrication check reads for a statement: each cited entry with its date, employer and
    project (so a statement may name them), and each entry's measured outcome."""
    texts = []
    for e in entries:
        content = e.excerpt if isinstance(e, CitedEntry) else e.content
        texts.append(f"{e.date.isoformat()} {e.employer} / {e.project}: {content}")
    texts.extend(o for o in outcomes if o)
    return texts


def check(text: str, cited: Sequence[CitedEntry | Worklog], outcomes: Sequence[str] = ()) -> CheckResult:
    return check_statement(text, cited_texts(cited, outcomes))


async def statement_sources(statement_ids: Sequence[UUID]) -> dict[UUID, list[Worklog]]:
    """Each statement's cited entries (still existing), in citation order: two queries."""
    citations = await ReportCitation.filter(statement_id__in=list(statement_ids)).order_by("created_at", "id")
    worklogs = {w.id: w for w in await Worklog.filter(id__in=[c.worklog_id for c in citations])}
    found: dict[UUID, list[Worklog]] = defaultdict(list)
    for c in citations:
        if c.worklog_id in worklogs:
            found[c.statement_id].append(worklogs[c.worklog_id])
    return found


def check_against(text: str, sources: Sequence[Worklog]) -> CheckResult:
    return check(text, sources, [w.outcome for w in sources])


async def document_of(report: Report) -> Document:
    """The stored report (its current revision) as a Document, each statement with its check's result."""
    sections = await ReportSection.filter(report_id=report.id).order_by("position")
    statements = await ReportStatement.filter(report_id=report.id).order_by("position", "created_at")
    sources = await statement_sources([s.id for s in statements])
    by_section: dict[UUID, list[ReportStatement]] = defaultdict(list)
    for s in statements:
        by_section[s.section_id].append(s)
    doc_sections = []
    for section in sections:
        rows = [
            DocumentStatement(
                id=s.id,
                text=s.text,
                citations=tuple(
                    CitedEntry(w.id, w.date, w.content, employer=w.employer, project=w.project) for w in sources[s.id]
                ),
                flagged=tuple(s.unsupported or ()) if s.check_status == "flagged" else (),
            )
            for s in by_section[section.id]
        ]
        if rows:
            doc_sections.append(DocumentSection(heading=section.heading, statements=tuple(rows)))
    author = await User.filter(id=report.user_id).values_list("username", flat=True)
    positions: tuple[DocumentPosition, ...] = ()
    if report.kind == "RESUME_BULLETS":
        rows_p = await Position.filter(tenant_id=report.tenant_id, user_id=report.user_id).order_by("start")
        positions = tuple(DocumentPosition(p.employer, p.title, p.start, p.end) for p in rows_p)
    return Document(
        kind=report.kind,
        title=report.title,
        start=report.start_date,
        end=report.end_date,
        generated_at=report.created_at.replace(microsecond=0),  # PDF timestamps are whole seconds
        author=str(author[0]) if author else "",
        sections=tuple(doc_sections),
        positions=positions,
    )


def artifact_key(report: Report, revision: int, format_name: str, include_citations: bool) -> str:
    fmt = FORMATS[format_name]
    stem = "report-cited" if include_citations else "report"
    return f"reports/{report.tenant_id}/{report.id}/r{revision}/{fmt.filename(stem)}"


@dataclass(frozen=True)
class Rendered:
    revision: int
    artifacts: list[ReportArtifact]


async def _store_content(report: Report, document: Document, storage: Storage) -> None:
    """`Report.content` (and its stored copy) as the Markdown of the revision just rendered: only while that
    revision is still the current one, so an older render never overwrites a newer one."""
    content = markdown(document)
    if content == report.content:
        return
    key = report.content_key or content_key(report)
    await storage.put(key, content.encode(), MARKDOWN_TYPE)
    await Report.filter(id=report.id, revision=report.revision).update(content=content, content_key=key)


async def render_and_store(report: Report, storage: Storage) -> Rendered:
    """Render the report's current revision in every format its kind suits, with and without citations,
    store the bytes and record them, and make `Report.content` that revision's Markdown; older revisions'
    renditions are removed. A revision already rendered is left as it is."""
    revision = report.revision
    existing = await ReportArtifact.filter(report_id=report.id, revision=revision)
    if existing:
        return Rendered(revision, existing)
    document = await document_of(report)
    rows = []
    for fmt in FORMATS.values():
        if not fmt.suits(report.kind):
            continue
        for include in (True, False):
            # Off the event loop: the job's heartbeat keeps beating while Typst typesets.
            data = await asyncio.to_thread(fmt.render, document, include_citations=include)
            key = artifact_key(report, revision, fmt.name, include)
            await storage.put(key, data, fmt.content_type)
            rows.append(
                ReportArtifact(
                    id=uuid4(),
                    report_id=report.id,
                    revision=revision,
                    format=fmt.name,
                    include_citations=include,
                    object_key=key,
                    bytes=len(data),
                    sha256=hashlib.sha256(data).hexdigest(),
                )
            )
    current = await Report.get(id=report.id)
    if current.revision != revision:  # edited meanwhile: the next render writes the newer revision
        for row in rows:
            await storage.delete(row.object_key)
        return Rendered(revision, [])
    await ReportArtifact.bulk_create(rows, ignore_conflicts=True)
    await _store_content(current, document, storage)
    stale = await ReportArtifact.filter(report_id=report.id, revision__lt=revision)
    for row in stale:
        await storage.delete(row.object_key)
    await ReportArtifact.filter(id__in=[r.id for r in stale]).delete()
    return Rendered(revision, rows)


# --- signed download links ----------------------------------------------------------------------


@lru_cache(maxsize=1)
def _process_key() -> bytes:
    # Without SECRET_KEY (development only: production refuses to start) links live as long as the process.
    return secrets.token_bytes(32)


def _signature(settings: Settings, artifact_id: UUID, user_id: UUID, expires: int) -> str:
    raw = settings.secret_key.get_secret_value().encode() if settings.secret_key else _process_key()
    key = hmac.new(raw, b"report-download", hashlib.sha256).digest()
    return hmac.new(key, f"{artifact_id}:{user_id}:{expires}".encode(), hashlib.sha256).hexdigest()


def download_path(settings: Settings, artifact: ReportArtifact, user_id: UUID, *, now: float | None = None) -> str:
    expires = int((now if now is not None else time.time()) + DOWNLOAD_SECONDS)
    query = urlencode(
        {"user": str(user_id), "expires": expires, "signature": _signature(settings, artifact.id, user_id, expires)}
    )
    return f"/api/reports/downloads/{artifact.id}?{query}"


def download_url(settings: Settings, artifact: ReportArtifact, user_id: UUID) -> str:
    return settings.public_url.rstrip("/") + download_path(settings, artifact, user_id)


async def owner_is_active(user_id: UUID) -> bool:
    """A disabled account's links (downloads and shares) answer as if they did not exist, until staff enable
    it again; nothing is revoked, so enabling it brings back what was live."""
    return await User.filter(id=user_id, is_active=True).exists()


async def artifact_for_download(
    settings: Settings, artifact_id: str, user_id: str, expires: str, signature: str
) -> tuple[ReportArtifact, Report]:
    """The artifact a signed link grants, only while its report is the signed user's; else NotFound."""
    try:
        parsed_id, parsed_user, expires_at = UUID(artifact_id), UUID(user_id), int(expires)
    except ValueError:
        raise NotFound("Download") from None
    expected = _signature(settings, parsed_id, parsed_user, expires_at)
    if not hmac.compare_digest(expected, signature or "") or expires_at < time.time():
        raise NotFound("Download")
    artifact = await ReportArtifact.get_or_none(id=parsed_id)
    report = await Report.get_or_none(id=artifact.report_id, user_id=parsed_user) if artifact else None
    if artifact is None or report is None or not await owner_is_active(parsed_user):
        raise NotFound("Download")
    return artifact, report


def download_name(report: Report, artifact: ReportArtifact) -> str:
    stem = f"{report.kind.lower()}-{report.start_date.isoformat()}-v{report.version}"
    return FORMATS[artifact.format].filename(stem)
