"""What a valid position and a valid list of confidential terms are."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from server.errors import ServiceError

MAX_POSITIONS = 100
MAX_EMPLOYER = 200
MAX_TITLE = 200
MAX_TERMS = 200
MAX_TERM = 100


@dataclass(frozen=True, slots=True)
class PositionFields:
    employer: str
    title: str
    start: date
    end: date | None


def check_position(fields: PositionFields) -> PositionFields:
    employer = " ".join(fields.employer.split())
    title = " ".join(fields.title.split())
    if not employer:
        raise ServiceError("EMPLOYER_REQUIRED", "A position needs an employer.", "employer")
    if len(employer) > MAX_EMPLOYER:
        raise ServiceError("EMPLOYER_TOO_LONG", f"An employer is at most {MAX_EMPLOYER} characters.", "employer")
    if len(title) > MAX_TITLE:
        raise ServiceError("TITLE_TOO_LONG", f"A title is at most {MAX_TITLE} characters.", "title")
    if fields.end is not None and fields.end < fields.start:
        raise ServiceError("INVALID_DATE_RANGE", "A position cannot end before it starts.", "end")
    return PositionFields(employer, title, fields.start, fields.end)


def check_terms(terms: Sequence[str]) -> list[str]:
    """The terms trimmed, inner spaces collapsed, the first spelling of each kept (compared case-insensitively)."""
    if len(terms) > MAX_TERMS:
        raise ServiceError("TOO_MANY_TERMS", f"At most {MAX_TERMS} confidential terms.", "terms")
    kept: dict[str, str] = {}
    for i, raw in enumerate(terms):
        term = " ".join(raw.split())
        if not term:
            raise ServiceError("TERM_REQUIRED", "A confidential term cannot be empty.", f"terms[{i}]")
        if len(term) > MAX_TERM:
            raise ServiceError("TERM_TOO_LONG", f"A confidential term is at most {MAX_TERM} characters.", f"terms[{i}]")
        kept.setdefault(term.casefold(), term)
    return list(kept.values())
