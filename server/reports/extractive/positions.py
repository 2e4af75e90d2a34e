"""Which position each entry belongs to, for RESUME_BULLETS (and the JSON Resume built from it).

The user's employment history (`GenerationRequest.positions`) wins: an entry belongs to the position at its
employer (compared case-insensitively) whose dates contain the entry's date. Entries no position takes are
grouped by employer into inferred positions running from that employer's first to last entry, without a title.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from server.llm.base import Position, SourceEntry

_FAR_FUTURE = date.max


def _key(employer: str) -> str:
    return " ".join(employer.split()).casefold()


def _contains(position: Position, day: date) -> bool:
    return (position.start is None or position.start <= day) and day <= (position.end or _FAR_FUTURE)


def most_recent_first(positions: Sequence[Position]) -> list[Position]:
    """Current positions first, then by end and start date, newest first."""
    return sorted(
        positions,
        key=lambda p: (
            -(p.end or _FAR_FUTURE).toordinal(),
            -(p.start or date.min).toordinal(),
            _key(p.employer),
            p.title,
        ),
    )


def assign_positions(
    entries: Sequence[SourceEntry], positions: Sequence[Position]
) -> list[tuple[Position, list[SourceEntry]]]:
    """Each position with its entries (oldest first), most recent position first; positions without entries
    in the window are left out."""
    given = most_recent_first(positions)
    by_employer: dict[str, list[Position]] = {}
    for position in given:
        by_employer.setdefault(_key(position.employer), []).append(position)
    taken: dict[int, list[SourceEntry]] = {}
    loose: dict[str, list[SourceEntry]] = {}
    for entry in entries:
        match = next((p for p in by_employer.get(_key(entry.employer), ()) if _contains(p, entry.date)), None)
        if match is None:
            loose.setdefault(_key(entry.employer), []).append(entry)
        else:
            taken.setdefault(id(match), []).append(entry)
    out = [(p, taken[id(p)]) for p in given if id(p) in taken]
    for group in loose.values():
        group.sort(key=lambda e: e.date)
        out.append((Position(group[0].employer, "", group[0].date, group[-1].date), group))
    order = {id(p): i for i, p in enumerate(most_recent_first([p for p, _ in out]))}
    return sorted(out, key=lambda pair: order[id(pair[0])])


def inferred_positions(entries: Sequence[SourceEntry], positions: Sequence[Position]) -> list[Position]:
    """The positions a RESUME_BULLETS report of these entries has, in its order (for the report's document)."""
    return [position for position, _ in assign_positions(entries, positions)]
