"""RESUME_BULLETS: per position, strongest first, "verb + what + measurable result", ≤ 200 characters."""

from __future__ import annotations

from server.llm.base import GeneratedSection, GenerationRequest, Position
from server.reports.extractive.dedupe import pick
from server.reports.extractive.kinds.common import limits_of, ranked, scored_lines, sections
from server.reports.extractive.lines import Line, LineKind
from server.reports.extractive.positions import assign_positions
from server.reports.extractive.statements import bullet_statement


def position_heading(position: Position) -> str:
    """ "Title, Employer", or the employer alone without a title ("Other experience" without either)."""
    if position.title and position.employer:
        return f"{position.title}, {position.employer}"
    return position.title or position.employer or "Other experience"


def compose_resume(request: GenerationRequest) -> tuple[GeneratedSection, ...]:
    limits = limits_of(request)
    pairs = []
    taken: list[Line] = []  # a bullet is said once in the whole resume, under the most recent position
    for position, entries in assign_positions(request.entries, request.positions):
        lines = ranked(scored_lines(entries))
        # Bullets are things done: lines opening with an action verb first, the rest only to fill up.
        doing = [line for line in lines if line.kind in (LineKind.ACHIEVEMENT, LineKind.ACTION)]
        rest = [line for line in lines if line.kind not in (LineKind.ACHIEVEMENT, LineKind.ACTION)]
        chosen = pick(doing + rest, limits.bullets, taken)
        taken.extend(chosen)
        pairs.append((position_heading(position), [bullet_statement(line, request.tone) for line in chosen]))
    return sections(pairs)
