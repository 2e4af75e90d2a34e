"""Benchmark the report formats and the fabrication check (pure code: no database, no network).

    .venv/bin/python -m bench.render [--statements 120] [--repeat 7] [--checks 1000]

Prints, for a report of about five A4 pages: the first PDF compile in this process (cold), the other five
formats' first renders and the six together the first time, then each of the six formats warm (median of
--repeat runs) with their sum; then the fabrication check over --checks
statements citing 1-3 of 300 entries, with the entries' analysis cold (first sight of each entry) and warm.
Each figure is given as wall-clock and CPU time: on a shared machine the CPU time is the one to compare.
"""

from __future__ import annotations

import argparse
import io
import random
import time
from datetime import date, timedelta

import pypdf

from server.reports import verify
from server.reports.formats import FORMATS, pdf
from tests.reports.documents import long_document

EMPLOYERS = ["Acme", "Globex", "Initech"]
LINES = [
    "cut p95 latency of the {svc} API by {pct}% ({a}ms to {b}ms) after moving the cache to Redis",
    "paired with {name} on the Kubernetes rollout: {n} services migrated in two weeks",
    "saved ${k}k a year by right-sizing the {svc} workers on AWS",
    "reviewed {n} pull requests and wrote the on-call runbook for {svc}",
    "shipped the {svc} dashboard in React with GraphQL; {n} teams use it since {day}",
    "mentored {name} through the PostgreSQL upgrade; zero downtime, {n} databases",
    "ran the Q{q} planning for {svc} with product and design, {n} OKRs agreed",
]
NAMES = ["Dana", "Priya", "Tomás", "Wei", "Amara"]
SERVICES = ["invoice", "billing", "search", "checkout", "ledger", "export"]


def make_entries(count: int, rnd: random.Random) -> list[str]:
    start = date(2024, 1, 1)
    return [
        f"{start + timedelta(days=i % 180)} {rnd.choice(EMPLOYERS)}: "
        + rnd.choice(LINES).format(
            svc=rnd.choice(SERVICES), pct=rnd.randint(5, 80), a=rnd.randint(300, 900), b=rnd.randint(50, 299),
            name=rnd.choice(NAMES), n=rnd.randint(2, 40), k=rnd.randint(2, 90), q=rnd.randint(1, 4),
            day=(start + timedelta(days=rnd.randint(0, 180))).strftime("%B %-d"),
        )
        for i in range(count)
    ]  # fmt: skip


def make_statements(entries: list[str], count: int, rnd: random.Random) -> list[tuple[str, list[str]]]:
    out = []
    for _ in range(count):
        cited = rnd.sample(entries, rnd.randint(1, 3))
        words = cited[0].split(" ", 2)[2].split()
        start = rnd.randint(0, max(0, len(words) - 8))
        text = " ".join(words[start : start + rnd.randint(6, 16)])
        out.append((text[:1].upper() + text[1:] + ".", cited))
    return out


class Timer:
    """Wall-clock and CPU time of a block: on a shared machine the CPU figure is the one to compare."""

    def __enter__(self) -> Timer:
        self.wall, self.cpu = time.perf_counter(), time.process_time()
        return self

    def __exit__(self, *exc: object) -> None:
        self.wall, self.cpu = time.perf_counter() - self.wall, time.process_time() - self.cpu

    def __str__(self) -> str:
        return f"{self.wall * 1000:7.1f} ms wall {self.cpu * 1000:7.1f} ms cpu"


def bench_formats(statements: int, repeat: int) -> None:
    document = long_document(statements)
    with Timer() as cold:
        first = pdf.render(document, include_citations=True)
    with Timer() as first_pass:  # every other format for the first time in this process
        for name, fmt in FORMATS.items():
            if name != "PDF":
                fmt.render(document, include_citations=True)
    pages = len(pypdf.PdfReader(io.BytesIO(first)).pages)
    print(f"report: {statements} statements, {len(document.sections)} sections, PDF of {pages} pages")
    print(f"  PDF, first compile in this process (cold): {cold}")
    print(f"  the other five, first time in this process: {first_pass}")
    print(
        f"  all six formats, first time in this process: {(cold.wall + first_pass.wall) * 1000:7.1f} ms wall"
        f" {(cold.cpu + first_pass.cpu) * 1000:7.1f} ms cpu"
    )
    wall = cpu = 0.0
    for name, fmt in FORMATS.items():
        runs = []
        for _ in range(repeat):
            with Timer() as run:
                data = fmt.render(document, include_citations=True)
            runs.append(run)
        median = sorted(runs, key=lambda r: r.cpu)[len(runs) // 2]
        wall, cpu = wall + median.wall, cpu + median.cpu
        print(f"  {name:<12} {median}  {len(data):>8} bytes")
    print(f"  all six formats, warm: {wall * 1000:7.1f} ms wall {cpu * 1000:7.1f} ms cpu   target < 1000 ms")


def bench_checks(count: int) -> None:
    rnd = random.Random(11)
    entries = make_entries(300, rnd)
    statements = make_statements(entries, count, rnd)
    verify._support.cache_clear()  # the first run also analyses every entry once
    with Timer() as cold:
        results = [verify.check_statement(text, cited) for text, cited in statements]
    runs = []
    for _ in range(5):
        with Timer() as run:
            for text, cited in statements:
                verify.check_statement(text, cited)
        runs.append(run)
    warm = sorted(runs, key=lambda r: r.cpu)[len(runs) // 2]
    flagged = sum(1 for r in results if r.status == "flagged")
    print(f"fabrication check: {count} statements citing 1-3 of {len(entries)} entries ({flagged} flagged)")
    print(f"  including each entry's first analysis: {cold}")
    print(f"  entries already analysed (median of 5): {warm}   target < 100 ms")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--statements", type=int, default=120)
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument("--checks", type=int, default=1000)
    args = parser.parse_args()
    bench_formats(args.statements, args.repeat)
    bench_checks(args.checks)


if __name__ == "__main__":
    main()
