"""REVIEW (a self-assessment) and BRAG_DOC: the window's best lines sorted into the sections each one uses.

A line goes to the first section whose test it passes, in the order the sections are filled; each section
takes its best lines, and a line (or a near-duplicate of it) is used once in the whole document.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from server.llm.base import GeneratedSection, GeneratedStatement, GenerationRequest
from server.reports.extractive.dedupe import pick
from server.reports.extractive.kinds.common import (
    COLLABORATION,
    DESIGN_DOCS,
    GOALS,
    LEARNING,
    OUTSIDE,
    about,
    limits_of,
    ranked,
    scored_lines,
    sections,
)
from server.reports.extractive.lines import Line, LineKind
from server.reports.extractive.statements import summary_statement

Test = Callable[[Line], bool]


def _done(line: Line) -> bool:
    return line.kind in (LineKind.ACHIEVEMENT, LineKind.ACTION)


def _measured(line: Line) -> bool:
    return line.quantity or line.from_outcome


def _fill(
    request: GenerationRequest, lines: Sequence[Line], plan: Sequence[tuple[str, Test]], order: Sequence[str]
) -> tuple[GeneratedSection, ...]:
    """Fills sections in `plan` order (the most specific test first), emits them in `order`."""
    limit = limits_of(request).per_section
    projects = len({(e.employer, e.project) for e in request.entries})
    taken: list[Line] = []
    filled: dict[str, list[GeneratedStatement]] = {}
    for heading, test in plan:
        used = set(taken)
        # A brag document's Projects section makes room for one line per project (up to twice the usual).
        size = min(max(limit, projects), 2 * limit) if heading == "Projects" else limit
        chosen = pick((line for line in lines if line not in used and test(line)), size, taken)
        taken.extend(chosen)
        filled[heading] = [summary_statement(line, request.tone) for line in chosen]
    return sections((heading, filled.get(heading, [])) for heading in order)


def _worth_telling(request: GenerationRequest) -> list[Line]:
    """The window's lines best first; weak ones ("worked on…") only when there is nothing else to tell."""
    lines = ranked(scored_lines(request.entries))
    strong = [line for line in lines if line.kind is not LineKind.WEAK]
    return strong or lines


def compose_review(request: GenerationRequest) -> tuple[GeneratedSection, ...]:
    lines = _worth_telling(request)
    plain = all(line.kind is LineKind.WEAK for line in lines)  # then the weak lines are the accomplishments
    plan: list[tuple[str, Test]] = [
        ("Goals", lambda line: about(line, GOALS)),
        ("Growth", lambda line: about(line, LEARNING)),
        ("Collaboration", lambda line: about(line, COLLABORATION)),
        ("Accomplishments", lambda line: plain or line.kind is LineKind.ACHIEVEMENT),
        ("Impact", _measured),
    ]
    order = ["Accomplishments", "Impact", "Collaboration", "Growth", "Goals"]
    return _fill(request, lines, plan, order)


def compose_brag_doc(request: GenerationRequest) -> tuple[GeneratedSection, ...]:
    lines = _worth_telling(request)
    plain = all(line.kind is LineKind.WEAK for line in lines)  # then the weak lines are the projects
    plan: list[tuple[str, Test]] = [
        ("Goals", lambda line: about(line, GOALS)),
        ("Outside work", lambda line: about(line, OUTSIDE)),
        ("Learning", lambda line: about(line, LEARNING)),
        ("Design and documentation", lambda line: about(line, DESIGN_DOCS)),
        ("Collaboration and mentorship", lambda line: about(line, COLLABORATION)),
        ("Projects", lambda line: plain or _done(line) or _measured(line)),
    ]
    order = [
        "Goals",
        "Projects",
        "Collaboration and mentorship",
        "Design and documentation",
        "Learning",
        "Outside work",
    ]
    return _fill(request, _project_first(lines), plan, order)


def _project_first(lines: Sequence[Line]) -> list[Line]:
    """Each project's best line first (so every project gets its place), then the rest, best first."""
    seen: set[tuple[str, str]] = set()
    leaders: list[Line] = []
    for line in lines:
        key = (line.entry.employer, line.entry.project)
        if key not in seen and (_done(line) or _measured(line)):
            seen.add(key)
            leaders.append(line)
    lead = set(leaders)
    return leaders + [line for line in lines if line not in lead]
