"""WEEKLY, MONTHLY and QUARTERLY: highlights first, then employer → project, each group's best lines."""

from __future__ import annotations

from collections import Counter

from server.llm.base import GeneratedSection, GenerationRequest
from server.reports.extractive.dedupe import pick
from server.reports.extractive.kinds.common import group_name, limits_of, ranked, scored_lines, sections
from server.reports.extractive.lines import Line, LineKind
from server.reports.extractive.statements import summary_statement

# A quarter has more to say than a week; the length option scales from here.
SCALE = {"WEEKLY": 1.0, "MONTHLY": 1.0, "QUARTERLY": 1.5}


def _highlight(line: Line) -> bool:
    return line.kind is LineKind.ACHIEVEMENT or line.quantity or line.measured_outcome or line.from_outcome


def compose_summary(request: GenerationRequest) -> tuple[GeneratedSection, ...]:
    limits = limits_of(request)
    scale = SCALE.get(request.kind, 1.0)
    lines = scored_lines(request.entries)
    # Employers, then projects within them, by how many entries they have (then by name); work for no
    # employer after all the employers'.
    entries_per = Counter((e.employer, e.project) for e in request.entries)
    per_employer = Counter(e.employer for e in request.entries)
    groups: dict[tuple[str, str], list[Line]] = {}
    for line in lines:
        groups.setdefault((line.entry.employer, line.entry.project), []).append(line)
    order = sorted(
        groups, key=lambda g: (not g[0], -per_employer[g[0]], g[0].casefold(), -entries_per[g], g[1].casefold())
    )
    best = {g: ranked(groups[g]) for g in order}

    candidates = sorted((line for g in order for line in best[g] if _highlight(line)), key=lambda x: x.sort_key)
    taken = pick(candidates, round(limits.highlights * scale))
    pairs = [("Highlights", [summary_statement(line, request.tone) for line in taken])]
    for g in order:
        used = set(taken)
        chosen = pick((line for line in best[g] if line not in used), round(limits.per_group * scale), taken)
        taken.extend(chosen)
        pairs.append((group_name(*g), [summary_statement(line, request.tone) for line in chosen]))
    return sections(pairs)
