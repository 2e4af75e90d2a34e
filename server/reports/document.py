"""A report as the renderers see it: plain data, no ORM, no GraphQL.

The jobs engine builds a `Document` from a stored report (or straight from a `GeneratedReport`) and
hands it to a renderer in `server/reports/formats/`; each renderer answers bytes.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from uuid import UUID


@dataclass(frozen=True, slots=True)
class CitedEntry:
    worklog_id: UUID
    date: date
    excerpt: str  # the entry's content, possibly shortened for footnotes
    employer: str = ""
    project: str = ""


@dataclass(frozen=True, slots=True)
class DocumentStatement:
    id: UUID | None
    text: str
    citations: tuple[CitedEntry, ...]
    flagged: tuple[str, ...] = ()  # unsupported tokens found by the fabrication check; empty when it passed


@dataclass(frozen=True, slots=True)
class DocumentSection:
    heading: str
    statements: tuple[DocumentStatement, ...]


@dataclass(frozen=True, slots=True)
class DocumentPosition:
    employer: str
    title: str
    start: date | None
    end: date | None


@dataclass(frozen=True, slots=True)
class Document:
    kind: str  # a ReportKind value
    title: str
    start: date
    end: date
    generated_at: datetime
    author: str  # the user's display name or username
    sections: tuple[DocumentSection, ...]
    positions: tuple[DocumentPosition, ...] = field(default=())  # RESUME_BULLETS / JSON Resume only
