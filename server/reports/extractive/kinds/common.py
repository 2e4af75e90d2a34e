"""What every composer shares: the request's limits, the scored lines of a window, topic tests."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from server.llm.base import GeneratedSection, GeneratedStatement, GenerationRequest, SourceEntry
from server.reports.extractive import lexicon
from server.reports.extractive.dedupe import merge_near_duplicates
from server.reports.extractive.lines import Line, LineKind, lines_of
from server.reports.extractive.scoring import score_lines
from server.reports.extractive.text import stem


@dataclass(frozen=True, slots=True)
class Limits:
    highlights: int
    per_group: int
    bullets: int
    per_section: int
    stories: int
    actions: int


LIMITS = {
    "SHORT": Limits(highlights=3, per_group=2, bullets=3, per_section=3, stories=2, actions=1),
    "STANDARD": Limits(highlights=5, per_group=4, bullets=5, per_section=5, stories=3, actions=2),
    "LONG": Limits(highlights=8, per_group=8, bullets=8, per_section=8, stories=5, actions=3),
}


def limits_of(request: GenerationRequest) -> Limits:
    return LIMITS.get(request.length, LIMITS["STANDARD"])


def topic(words: Iterable[str]) -> frozenset[str]:
    return frozenset(stem(w) for w in words)


GOALS = topic(lexicon.GOALS)
LEARNING = topic(lexicon.LEARNING)
COLLABORATION = topic(lexicon.COLLABORATION)
DESIGN_DOCS = topic(lexicon.DESIGN_DOCS)
OUTSIDE = topic(lexicon.OUTSIDE)
SITUATION = topic(lexicon.SITUATION)
TASK = topic(lexicon.TASK)


def about(line: Line, words: frozenset[str]) -> bool:
    return not line.terms.isdisjoint(words)


def scored_lines(entries: Sequence[SourceEntry]) -> list[Line]:
    lines = lines_of(entries)
    score_lines(lines)
    return lines


def ranked(lines: Sequence[Line], *, outcome_lines: bool = False) -> list[Line]:
    """Near-duplicates merged, best first; weak lines after all the others.

    An outcome is said with the line it measures (see `statements.with_result`), so an outcome line is a
    statement of its own only for an entry without a usable content line, or when `outcome_lines` asks for it."""
    if not outcome_lines:
        with_content = {id(line.entry) for line in lines if not line.from_outcome}
        lines = [line for line in lines if not line.from_outcome or id(line.entry) not in with_content]
    kept = merge_near_duplicates(lines)
    return [line for line in kept if line.kind is not LineKind.WEAK] + [
        line for line in kept if line.kind is LineKind.WEAK
    ]


def group_name(employer: str, project: str) -> str:
    if employer and project:
        return f"{employer} — {project}"
    return employer or project or "Other work"


def sections(pairs: Iterable[tuple[str, Sequence[GeneratedStatement]]]) -> tuple[GeneratedSection, ...]:
    """Sections in the given order; one without statements is left out."""
    return tuple(GeneratedSection(heading, tuple(items)) for heading, items in pairs if items)
