"""What every renderer shares: cleaned text, footnote numbers for cited entries, the period line."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from datetime import UTC, date, datetime

from server.reports.document import CitedEntry, Document, DocumentPosition, DocumentSection

# Control characters (other than tab and newline) are invalid in XML and meaningless in a document.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffe\uffff]")
_SPACE = re.compile(r"\s+")


def clean(text: str) -> str:
    """One line of plain text: control characters dropped, runs of white space made one space."""
    return _SPACE.sub(" ", _CONTROL.sub("", text)).strip()


@dataclass(frozen=True, slots=True)
class Footnote:
    number: int
    entry: CitedEntry

    @property
    def label(self) -> str:
        """ "2024-03-05, Acme / Billing" — the date and where the entry was written."""
        where = " / ".join(clean(p) for p in (self.entry.employer, self.entry.project) if clean(p))
        return f"{self.entry.date.isoformat()}, {where}" if where else self.entry.date.isoformat()

    @property
    def excerpt(self) -> str:
        return clean(self.entry.excerpt)


@dataclass(frozen=True, slots=True)
class Line:
    """A statement ready to print: its text, its footnote numbers and, when flagged, what was not found."""

    text: str
    refs: tuple[int, ...]
    unsupported: tuple[str, ...]

    @property
    def warning(self) -> str:
        return "not found in the cited entries: " + ", ".join(clean(t) for t in self.unsupported)


@dataclass(frozen=True, slots=True)
class Part:
    heading: str
    lines: tuple[Line, ...]


def numbered(document: Document, *, include_citations: bool) -> tuple[tuple[Part, ...], tuple[Footnote, ...]]:
    """The sections with footnote numbers, and the footnotes: each cited entry numbered once, in order of
    first citation. Without citations, no numbers and no footnotes."""
    numbers: dict[object, int] = {}
    footnotes: list[Footnote] = []
    parts: list[Part] = []
    for section in document.sections:
        lines = []
        for statement in section.statements:
            refs: list[int] = []
            for entry in statement.citations if include_citations else ():
                if entry.worklog_id not in numbers:
                    numbers[entry.worklog_id] = len(numbers) + 1
                    footnotes.append(Footnote(numbers[entry.worklog_id], entry))
                if numbers[entry.worklog_id] not in refs:
                    refs.append(numbers[entry.worklog_id])
            lines.append(Line(clean(statement.text), tuple(refs), statement.flagged))
        parts.append(Part(clean(section.heading), tuple(lines)))
    return tuple(parts), tuple(footnotes)


def period(document: Document) -> str:
    return f"{document.start.isoformat()} to {document.end.isoformat()}"


def generated_utc(document: Document) -> datetime:
    """When the document was generated, in UTC (a naive time is taken as UTC)."""
    at = document.generated_at
    return at.astimezone(UTC) if at.tzinfo is not None else at.replace(tzinfo=UTC)


def generated(document: Document) -> str:
    """The generation time to the minute: "2024-04-01 09:30 UTC"."""
    return f"{generated_utc(document):%Y-%m-%d %H:%M} UTC"


@dataclass(frozen=True, slots=True)
class Job:
    """A block of a resume: one position (or one employer without a position) and its bullets."""

    employer: str
    title: str
    start: date | None
    end: date | None
    section: DocumentSection


def jobs(document: Document) -> tuple[Job, ...]:
    """RESUME_BULLETS sections matched to the user's positions by the employer their statements cite (or
    that the heading names); a section without a position takes its dates from its first and last cited entry."""
    by_employer = {clean(p.employer).casefold(): p for p in document.positions}
    out: list[Job] = []
    for section in document.sections:
        cited = [e for s in section.statements for e in s.citations]
        employers = Counter(clean(e.employer).casefold() for e in cited if clean(e.employer))
        position: DocumentPosition | None = None
        for name, _ in employers.most_common():
            position = by_employer.get(name)
            if position:
                break
        if position is None:
            heading = clean(section.heading).casefold()
            position = next((p for k, p in by_employer.items() if k and k in heading), None)
        if position is not None:
            out.append(Job(clean(position.employer), clean(position.title), position.start, position.end, section))
            continue
        dates = sorted(e.date for e in cited)
        employer = employers.most_common(1)[0][0] if employers else ""
        name = next((clean(e.employer) for e in cited if clean(e.employer).casefold() == employer), "")
        out.append(
            Job(name or clean(section.heading), "", dates[0] if dates else None, dates[-1] if dates else None, section)
        )
    return tuple(out)
