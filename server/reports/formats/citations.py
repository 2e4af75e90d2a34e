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


def _title_employer(position: DocumentPosition) -> str:
    """The heading RESUME_BULLETS gives a position's section: "Title, Employer" (or whichever is set)."""
    return ", ".join(x for x in (clean(position.title), clean(position.employer)) if x)


def _holds(position: DocumentPosition, day: date) -> bool:
    return (position.start is None or position.start <= day) and (position.end is None or day <= position.end)


def _position_of(section: DocumentSection, positions: tuple[DocumentPosition, ...]) -> DocumentPosition | None:
    """The position a section is about: the one its heading names ("Title, Employer"); else, at the employer
    its statements cite most, the position whose dates hold most of the cited entries (none when no position
    there holds any: the section is an inferred one); else, without citations, the position its heading names
    the employer of. Matching on the employer alone would give two positions there (a promotion) one title."""
    heading = clean(section.heading).casefold()
    named = [p for p in positions if _title_employer(p).casefold() == heading]
    if len(named) == 1:
        return named[0]
    pool = tuple(named) or positions
    cited = [e for s in section.statements for e in s.citations if clean(e.employer)]
    employers = Counter(clean(e.employer).casefold() for e in cited)
    for name, _ in employers.most_common():
        there = [p for p in pool if clean(p.employer).casefold() == name]
        if not there:
            continue
        days = [e.date for e in cited if clean(e.employer).casefold() == name]
        held = [(sum(_holds(p, d) for d in days), p) for p in there]
        best = max(held, key=lambda pair: pair[0])  # the first of equals: positions come in the user's order
        return best[1] if best[0] else None
    if employers:
        return None
    return next((p for p in pool if clean(p.employer) and clean(p.employer).casefold() in heading), None)


def jobs(document: Document) -> tuple[Job, ...]:
    """RESUME_BULLETS sections matched to the user's positions (see `_position_of`); a section without a
    position takes its dates from its first and last cited entry."""
    out: list[Job] = []
    for section in document.sections:
        cited = [e for s in section.statements for e in s.citations]
        position = _position_of(section, document.positions)
        if position is not None:
            out.append(Job(clean(position.employer), clean(position.title), position.start, position.end, section))
            continue
        employers = Counter(clean(e.employer).casefold() for e in cited if clean(e.employer))
        dates = sorted(e.date for e in cited)
        employer = employers.most_common(1)[0][0] if employers else ""
        name = next((clean(e.employer) for e in cited if clean(e.employer).casefold() == employer), "")
        out.append(
            Job(name or clean(section.heading), "", dates[0] if dates else None, dates[-1] if dates else None, section)
        )
    return tuple(out)
