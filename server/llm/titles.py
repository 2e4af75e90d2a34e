"""A report's title, made from its kind and window (never by a model, so it cannot invent one)."""

from __future__ import annotations

import calendar
from datetime import date

KIND_TITLES = {
    "WEEKLY": "Weekly summary",
    "MONTHLY": "Monthly summary",
    "QUARTERLY": "Quarterly summary",
    "RESUME_BULLETS": "Resume bullets",
    "REVIEW": "Self-review",
    "BRAG_DOC": "Brag document",
    "STAR_STORIES": "STAR stories",
}


def period_label(start: date, end: date) -> str:
    """`November 2026` for a whole calendar month, `2026-11-02 to 2026-11-08` otherwise."""
    whole_month = (
        start.day == 1
        and (start.year, start.month) == (end.year, end.month)
        and end.day == calendar.monthrange(end.year, end.month)[1]
    )
    if whole_month:
        return f"{calendar.month_name[start.month]} {start.year}"
    if start == end:
        return start.isoformat()
    return f"{start.isoformat()} to {end.isoformat()}"


def report_title(kind: str, start: date, end: date) -> str:
    return f"{KIND_TITLES.get(kind, kind.replace('_', ' ').capitalize())}, {period_label(start, end)}"
