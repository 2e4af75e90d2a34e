"""Quality of the extractive reports over the fixed six-month log, and RESUME_BULLETS over 10 000 entries.

Per kind: statements, share of the log's employers and projects the report's statements cite, share of
statements carrying a quantity, near-duplicate pairs, statements the fabrication check flags (when
server/reports/verify.py is in the tree), and characters per statement (bullet).

.venv/bin/python -m bench.report_quality [--entries 10000]
"""

from __future__ import annotations

import argparse
import asyncio
import importlib
import itertools
import resource
import time
from collections.abc import Sequence
from dataclasses import dataclass, replace
from uuid import UUID

from server.llm.base import GeneratedReport, GeneratedStatement, GenerationRequest, SourceEntry
from server.reports.extractive.dedupe import THRESHOLD, jaccard
from server.reports.extractive.generator import ExtractiveGenerator
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
    flagged: int | None  # statements the fabrication check flags; None where the check is not in the tree


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
    cited = [by_id[i] for s in statements for i in s.entry_ids]
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


def flagged(statements: Sequence[GeneratedStatement], by_id: dict[UUID, SourceEntry]) -> int | None:
    """Statements the fabrication check flags, each checked against its entries' content and outcome."""
    try:
        verify = importlib.import_module("server.reports.verify")
    except ImportError:
        return None
    return sum(
        not verify.check_statement(s.text, [f"{by_id[i].content}\n{by_id[i].outcome}" for i in s.entry_ids]).passed
        for s in statements
    )


def generate(request: GenerationRequest) -> GeneratedReport:
    return asyncio.run(ExtractiveGenerator(Settings(_env_file=None)).generate(request))


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # kilobytes on Linux


def main(scale: int) -> None:
    entries = engineer_log.entries()
    print(f"fixture: {len(entries)} entries, {entries[0].date} to {entries[-1].date}")
    print("WEEKLY, MONTHLY and QUARTERLY over a week, a month (April 2026) and a quarter; the others over all of it")
    print(
        f"{'kind':<15}{'stmts':>6}{'employers':>10}{'projects':>9}{'quantity':>9}{'dups':>5}{'flagged':>8}"
        f"{'chars':>7}{'max':>5}"
    )
    for kind in KINDS:
        request = engineer_log.request(kind, with_positions=True, window=engineer_log.WINDOWS.get(kind))
        q = quality(kind, generate(request), request.entries)
        print(
            f"{q.kind:<15}{q.statements:>6}{q.employers_covered:>10.0%}{q.projects_covered:>9.0%}"
            f"{q.with_quantity:>9.0%}{q.duplicates:>5}{'-' if q.flagged is None else q.flagged:>8}"
            f"{q.chars_mean:>7.0f}{q.chars_max:>5}"
        )
    big = engineer_log.scaled_entries(scale)
    measure_resume(f"RESUME_BULLETS over {scale} entries", big)
    # The same with no line repeated (a distinct ticket on every line): nothing for the line caches to reuse.
    unique = [
        replace(e, content="\n".join(f"{line} (ENG-{i}{j})" for j, line in enumerate(e.content.splitlines())))
        for i, e in enumerate(big)
    ]
    measure_resume(f"RESUME_BULLETS over {scale} entries, every line unique", unique)


def measure_resume(label: str, entries: list[SourceEntry]) -> None:
    request = GenerationRequest("RESUME_BULLETS", entries[0].date, entries[-1].date, entries)
    before = peak_rss_mb()
    started, cpu = time.perf_counter(), time.process_time()
    report = generate(request)
    seconds, cpu_seconds = time.perf_counter() - started, time.process_time() - cpu
    q = quality("RESUME_BULLETS", report, entries)
    print(
        f"{label}: {seconds:.2f} s ({cpu_seconds:.2f} s CPU), peak RSS {peak_rss_mb():.0f} MB "
        f"(before: {before:.0f} MB), {q.statements} bullets, {q.duplicates} duplicates, "
        f"employers covered {q.employers_covered:.0%}"
    )


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--entries", type=int, default=10_000)
    main(parser.parse_args().entries)
