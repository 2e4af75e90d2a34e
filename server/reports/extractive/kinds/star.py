"""STAR_STORIES: interview stories (Situation, Task, Action, Result) from work that had a recorded outcome.

A story is one project (or one entry without a project) with at least one outcome. Its Result is the best
outcome line (a measured one first), its Action the best things done in the project, its Situation the line
that sets the scene (a problem, an incident, something slow or failing) and its Task a line of what was asked
or needed. Each part is its own section ("Story 1 · Situation" …), so no label word enters a statement.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from server.llm.base import GeneratedSection, GeneratedStatement, GenerationRequest, SourceEntry
from server.reports.extractive.dedupe import pick
from server.reports.extractive.kinds.common import SITUATION, TASK, about, limits_of, ranked, scored_lines
from server.reports.extractive.lines import Line, LineKind
from server.reports.extractive.statements import plain_statement


def _stories(entries: Sequence[SourceEntry]) -> list[list[SourceEntry]]:
    groups: dict[tuple[str, str, str], list[SourceEntry]] = {}
    for entry in entries:
        key = (entry.employer, entry.project, "" if entry.project else str(entry.id))
        groups.setdefault(key, []).append(entry)
    return [group for group in groups.values() if any(e.outcome.strip() for e in group)]


def _first(lines: Sequence[Line], test: Callable[[Line], bool], taken: list[Line]) -> list[Line]:
    used = set(taken)
    return pick((line for line in lines if line not in used and test(line)), 1, taken)


def _story(request: GenerationRequest, entries: Sequence[SourceEntry], actions: int) -> list[tuple[str, Line]]:
    lines = ranked(scored_lines(entries), outcome_lines=True)
    taken: list[Line] = []
    result = _first(lines, lambda line: line.from_outcome and line.quantity, taken) or _first(
        lines, lambda line: line.from_outcome, taken
    )
    if not result:
        return []
    taken += result
    # What was done is first what the measured entry itself says, then the project's other best actions.
    measured = result[0].entry
    own = _first(lines, lambda line: line.entry is measured and not line.from_outcome, taken)
    taken += own
    used = set(taken)
    doing = (LineKind.ACHIEVEMENT, LineKind.ACTION)
    action = own + pick(
        (line for line in lines if line not in used and line.kind in doing and not line.from_outcome),
        actions - len(own),
        taken,
    )
    if not action:
        return []
    taken += action[len(own) :]
    # The scene is set before the result: the oldest line naming a problem, else the project's first line unused.
    before = sorted(
        (line for line in lines if line.entry.date <= measured.date and not line.from_outcome),
        key=lambda line: (line.entry.date, str(line.entry.id), line.order),
    )
    situation = _first(before, lambda line: about(line, SITUATION), taken) or _first(
        before, lambda line: line.kind is not LineKind.WEAK, taken
    )
    taken += situation
    task = _first(before, lambda line: about(line, TASK), taken)
    parts = [("Situation", situation), ("Task", task), ("Action", action), ("Result", result)]
    return [(label, line) for label, chosen in parts for line in chosen]


def compose_star(request: GenerationRequest) -> tuple[GeneratedSection, ...]:
    limits = limits_of(request)
    stories = []
    for group in _stories(request.entries):
        parts = _story(request, group, limits.actions)
        if parts:
            result = next(line for label, line in parts if label == "Result")
            stories.append((result.sort_key, group, parts))
    stories.sort(key=lambda story: story[0])
    out: list[GeneratedSection] = []
    emitted: list[Line] = []  # two stories never tell the same line
    for n, (_, group, parts) in enumerate(stories[: limits.stories], start=1):
        name = group[0].project or group[0].employer
        title = f"Story {n}" + (f" ({name})" if name else "")
        for label in ("Situation", "Task", "Action", "Result"):
            fresh = pick((line for part, line in parts if part == label), len(parts), emitted)
            emitted.extend(fresh)
            items: list[GeneratedStatement] = [plain_statement(line, request.tone) for line in fresh]
            if items:
                out.append(GeneratedSection(f"{title} · {label}", tuple(items)))
    return tuple(out)
