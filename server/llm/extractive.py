"""The embedded generator: offline, deterministic, no model.

It never writes a word of its own into a statement: each statement is one sentence of an entry, kept
exactly as written (words, numbers, names), citing that entry (and every other entry that says the same
sentence). Statements are grouped by employer, then project; in each group the sentences carrying a
figure or belonging to an entry with an outcome come first. The same plain selection serves every
report kind until a kind gets its own.

Metering: one provider call per generation, whose tokens are counted with `approximate_tokens` — the
entries' text in, the statements' text out — and priced as the model "extractive-1" in LLM_PRICES.
"""

from __future__ import annotations

import re
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from uuid import UUID

from server.llm.base import (
    GeneratedReport,
    GeneratedSection,
    GeneratedStatement,
    GenerationRequest,
    OnCall,
    ProviderCall,
    SourceEntry,
    UsageEstimate,
)
from server.llm.pricing import approximate_tokens, call_cost_microcents, tokens_for_characters
from server.llm.titles import report_title
from server.settings import Settings

STATEMENTS_PER_SECTION = {"SHORT": 3, "STANDARD": 6, "LONG": 12}
SENTENCES_PER_ENTRY = 2
MIN_WORDS = 3
OTHER_WORK = "Other work"

_BULLET = re.compile(r"^\s*(?:[-*\u2022\u00b7\u2013]|\d{1,3}[.)])\s+")
# A sentence ends at . ! or ? followed by space and a capital, a digit or an opening quote or bracket.
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z0-9\"“(\[])")
_DIGIT = re.compile(r"\d")
_SPACES = re.compile(r"\s+")


def sentences_of(content: str) -> list[str]:
    """The sentences of an entry, each exactly as written (bullet markers and outer spaces removed)."""
    found: list[str] = []
    for line in content.splitlines():
        line = _BULLET.sub("", line).strip()
        if not line:
            continue
        found.extend(part.strip() for part in _SENTENCE_END.split(line) if part.strip())
    return found


def _duplicate_key(sentence: str) -> str:
    return _SPACES.sub(" ", sentence).strip().rstrip(".!;").casefold()


def _score(sentence: str, entry: SourceEntry) -> int:
    words = len(sentence.split())
    return 3 * bool(_DIGIT.search(sentence)) + bool(entry.outcome.strip()) + (6 <= words <= 40)


def section_heading(employer: str, project: str) -> str:
    employer, project = employer.strip(), project.strip()
    if employer and project:
        return f"{employer} — {project}"
    return employer or project or OTHER_WORK


@dataclass
class _Candidate:
    text: str
    score: int
    order: int
    entry_ids: list[UUID] = field(default_factory=list)


@dataclass
class _Group:
    heading: str
    first_seen: int
    candidates: dict[str, _Candidate] = field(default_factory=dict)


def _group_candidates(entries: Iterable[SourceEntry]) -> list[_Group]:
    groups: dict[tuple[str, str], _Group] = {}
    order = 0
    for entry in entries:
        key = (entry.employer.strip(), entry.project.strip())
        group = groups.get(key)
        if group is None:
            group = groups[key] = _Group(section_heading(*key), len(groups))
        ranked = sorted(
            enumerate(s for s in sentences_of(entry.content) if len(s.split()) >= MIN_WORDS),
            key=lambda item: (-_score(item[1], entry), item[0]),
        )
        for _, sentence in ranked[:SENTENCES_PER_ENTRY]:
            dup = _duplicate_key(sentence)
            candidate = group.candidates.get(dup)
            if candidate is None:
                candidate = group.candidates[dup] = _Candidate(sentence, _score(sentence, entry), order)
                order += 1
            if entry.id not in candidate.entry_ids:
                candidate.entry_ids.append(entry.id)
    # Groups in order of first appearance; entries with neither employer nor project last.
    return sorted(groups.values(), key=lambda g: (g.heading == OTHER_WORK, g.first_seen))


def select_sections(entries: Sequence[SourceEntry], length: str) -> tuple[GeneratedSection, ...]:
    """Per employer and project, the strongest sentences first (figures, outcomes), at most a length's worth."""
    limit = STATEMENTS_PER_SECTION.get(length, STATEMENTS_PER_SECTION["STANDARD"])
    sections = []
    for group in _group_candidates(entries):
        chosen = sorted(group.candidates.values(), key=lambda c: (-c.score, c.order))[:limit]
        if chosen:
            statements = tuple(GeneratedStatement(c.text, tuple(c.entry_ids)) for c in chosen)
            sections.append(GeneratedSection(group.heading, statements))
    return tuple(sections)


class ExtractiveGenerator:
    """`LLM_PROVIDER=extractive`: statements are the entries' own sentences."""

    provider = "extractive"
    model = "extractive-1"

    def __init__(self, settings: Settings) -> None:
        self._settings = settings

    def estimate(self, kind: str, entry_count: int, total_chars: int) -> UsageEstimate:
        """An upper bound: `total_chars` is the sum of the entries' content lengths; the output is a subset
        of the input's sentences, so it never counts more tokens than the input."""
        tokens_in = tokens_for_characters(total_chars) + entry_count  # each entry's count is rounded up
        tokens_out = tokens_in
        cost = call_cost_microcents(self._settings, self.model, tokens_in, tokens_out)
        return UsageEstimate(tokens_in=tokens_in, tokens_out=tokens_out, cost_microcents=cost)

    async def generate(self, request: GenerationRequest, on_call: OnCall | None = None) -> GeneratedReport:
        started = time.perf_counter()
        sections = select_sections(request.entries, request.length)
        tokens_in = sum(approximate_tokens(entry.content) for entry in request.entries)
        tokens_out = sum(approximate_tokens(s.text) for section in sections for s in section.statements)
        call = ProviderCall(
            provider=self.provider,
            model=self.model,
            tokens_in=tokens_in,
            tokens_out=tokens_out,
            latency_ms=round((time.perf_counter() - started) * 1000),
            cost_microcents=call_cost_microcents(self._settings, self.model, tokens_in, tokens_out),
        )
        if on_call is not None:
            await on_call(call)
        return GeneratedReport(
            title=report_title(request.kind, request.start, request.end), sections=sections, calls=(call,)
        )
