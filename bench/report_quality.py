"""Quality of the reports over the fixed six-month log, per kind and provider, and extractive RESUME_BULLETS
over 10 000 entries.

Per kind and provider: statements, share of the log's employers and projects the report's statements cite,
share of statements carrying a quantity, near-duplicate pairs, statements the fabrication check flags, and
characters per statement (bullet).

.venv/bin/python -m bench.report_quality [--entries 10000] [--provider extractive openai]

`openai` is any OpenAI-compatible Chat Completions server, configured as the worker is (LLM_BASE_URL,
LLM_API_KEY, LLM_MODEL and, for a model without a built-in price, LLM_PRICES); it is skipped, saying so,
when none is configured.
"""

from __future__ import annotations

import argparse
import asyncio
import itertools
import resource
import time
from collections.abc import Sequence
from dataclasses import dataclass, replace
from uuid import UUID

from server.llm.base import GeneratedReport, GeneratedStatement, GenerationRequest, SourceEntry
from server.llm.providers import build_generator
from server.reports.document import CitedEntry
from server.reports.extractive.dedupe import THRESHOLD, jaccard
from server.reports.extractive.lines import STOP_STEMS
from server.reports.extractive.quantities import has_quantity
from server.reports.extractive.text import stem, words
from server.settings import Settings
from tests.fixtures import engineer_log

KINDS = ("WEEKLY", "MONTHLY", "QUARTERLY", "RESUME_BULLETS", "REVIEW", "BRAG_DOC", "STAR_STORIES")


@dataclass(frozen=True)
class Quality:
    kind: str
    statements: int
    employers_covered: float
    projects_covered: float
    with_quantity: float
    duplicates: int
    chars_mean: float
    chars_max: int
    flagged: int  # statements the fabrication check flags


def terms(text: str) -> frozenset[str]:
    return frozenset(s for s in (stem(w) for w in words(text)) if s not in STOP_STEMS and not s[:1].isdigit())


def duplicate_pairs(texts: Sequence[str]) -> int:
    """Pairs of statements as close as the merging threshold (every pair: a report is small)."""
    sets = [terms(t) for t in texts]
    return sum(
        1
        for a, b in itertools.combinations(range(len(texts)), 2)
        if texts[a].casefold() == texts[b].casefold()
        or (sets[a] and sets[b] and jaccard(sets[a], sets[b]) >= THRESHOLD)
    )


def quality(kind: str, report: GeneratedReport, entries: Sequence[SourceEntry]) -> Quality:
    """Coverage is against the employers and projects of `entries` (the report's window)."""
    by_id = {e.id: e for e in entries}
    statements = [s for section in report.sections for s in section.statements]
    texts = [s.text for s in statements]
    cited = [by_id[i] for s in statements for i in s.entry_ids if i in by_id]
    employers = {e.employer for e in entries if e.employer}
    projects = {(e.employer, e.project) for e in entries if e.project}
    n = len(statements) or 1
    return Quality(
        kind=kind,
        statements=len(statements),
        employers_covered=len({e.employer for e in cited if e.employer}) / (len(employers) or 1),
        projects_covered=len({(e.employer, e.project) for e in cited if e.project}) / (len(projects) or 1),
        with_quantity=sum(has_quantity(t) for t in texts) / n,
        duplicates=duplicate_pairs(texts),
        chars_mean=sum(map(len, texts)) / n,
        chars_max=max(map(len, texts), default=0),
        flagged=flagged(statements, by_id),
    )


def flagged(statements: Sequence[GeneratedStatement], by_id: dict[UUID, SourceEntry]) -> int:
    """Statements the fabrication check flags, each checked as the worker checks it: against its entries'
    date, employer, project, content and outcome."""
    # Imported here: it brings the ORM's models, which the generator's own peak RSS should not count.
    from server.reports.artifacts import check

    count = 0
    for s in statements:
        sources = [by_id[i] for i in s.entry_ids if i in by_id]
        cited = [CitedEntry(e.id, e.date, e.content, e.employer, e.project) for e in sources]
        count += not cited or not check(s.text, cited, [e.outcome for e in sources]).passed
    return count


def generate(request: GenerationRequest, provider: str = "extractive") -> GeneratedReport:
    settings = Settings(_env_file=None, llm_provider=provider)
    return asyncio.run(build_generator(settings).generate(request))


def configured(provider: str) -> str | None:
    """Why `provider` cannot run here, or None when it can."""
    if provider != "openai":
        return None
    settings = Settings(_env_file=None, llm_provider="openai")
    if not settings.llm_base_url:
        return "no LLM_BASE_URL (an OpenAI-compatible server) is configured"
    return None


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # kilobytes on Linux


def main(scale: int, providers: Sequence[str]) -> None:
    # First, while the process holds only the generator's code: RESUME_BULLETS over `scale` entries as
    # generated from the fixture, then with no line repeated (a distinct ticket on every line), so nothing is
    # left for the line caches to reuse.
    big = engineer_log.scaled_entries(scale)
    measure_resume(f"RESUME_BULLETS over {scale} entries", big)
    unique = [
        replace(e, content="\n".join(f"{line} (ENG-{i}{j})" for j, line in enumerate(e.content.splitlines())))
        for i, e in enumerate(big)
    ]
    del big
    measure_resume(f"RESUME_BULLETS over {scale} entries, every line unique", unique)
    del unique
    entries = engineer_log.entries()
    print(f"fixture: {len(entries)} entries, {entries[0].date} to {entries[-1].date}")
    print("WEEKLY, MONTHLY and QUARTERLY over a week, a month (April 2026) and a quarter; the others over all of it")
    print(
        f"{'provider':<11}{'kind':<15}{'stmts':>6}{'employers':>10}{'projects':>9}{'quantity':>9}{'dups':>5}"
        f"{'flagged':>8}{'chars':>7}{'max':>5}"
    )
    for provider in providers:
        if (reason := configured(provider)) is not None:
            print(f"{provider:<11}skipped: {reason}")
            continue
        for kind in KINDS:
            request = engineer_log.request(kind, with_positions=True, window=engineer_log.WINDOWS.get(kind))
            q = quality(kind, generate(request, provider), request.entries)
            print(
                f"{provider:<11}{q.kind:<15}{q.statements:>6}{q.employers_covered:>10.0%}{q.projects_covered:>9.0%}"
                f"{q.with_quantity:>9.0%}{q.duplicates:>5}{q.flagged:>8}"
                f"{q.chars_mean:>7.0f}{q.chars_max:>5}"
            )


def measure_resume(label: str, entries: list[SourceEntry]) -> None:
    request = GenerationRequest("RESUME_BULLETS", entries[0].date, entries[-1].date, entries)
    before = peak_rss_mb()
    started, cpu = time.perf_counter(), time.process_time()
    report = generate(request)
    seconds, cpu_seconds = time.perf_counter() - started, time.process_time() - cpu
    peak = peak_rss_mb()
    q = quality("RESUME_BULLETS", report, entries)
    print(
        f"{label}: {seconds:.2f} s ({cpu_seconds:.2f} s CPU), peak RSS {peak:.0f} MB "
        f"(before generating: {before:.0f} MB), {q.statements} bullets, {q.duplicates} duplicates, "
        f"{q.flagged} flagged, employers covered {q.employers_covered:.0%}"
    )


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--entries", type=int, default=10_000)
    parser.add_argument("--provider", nargs="+", default=["extractive", "openai"], choices=["extractive", "openai"])
    arguments = parser.parse_args()
    main(arguments.entries, arguments.provider)
