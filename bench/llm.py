"""Benchmark the generators, no database needed.

    .venv/bin/python -m bench.llm [--sizes 1000 10000] [--repeat 3]

- extractive MONTHLY over N synthetic entries (2-4 sentences each, 2 employers, 5 projects): wall and
  CPU seconds (best of `repeat`; CPU time is the steadier figure on a busy machine) and the peak RSS of a fresh process that built the entries and generated (with the
  RSS before generating, so the generator's own share shows);
- openai MONTHLY over 1 000 entries against the local Chat Completions server (tests/llm/chat_server.py)
  streaming: seconds, calls, tokens; the provider's cost on top of the server's is what this shows.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import random
import resource
import subprocess
import sys
import time
from datetime import date, timedelta
from uuid import UUID

from server.llm.base import GenerationRequest, SourceEntry
from server.llm.extractive import ExtractiveGenerator
from server.llm.openai_provider import OpenAIGenerator
from server.settings import Settings

VERBS = ["Cut", "Shipped", "Reviewed", "Migrated", "Paired with Dana on", "Fixed", "Wrote", "Profiled", "Led"]
THINGS = [
    "the invoice API",
    "Kafka consumer lag alerts",
    "the onboarding flow",
    "CI caching for the monorepo",
    "the iOS release build",
    "search ranking for long queries",
    "the Postgres 16 upgrade plan",
    "flaky integration tests",
]
PLACES = [("Acme", "Billing"), ("Acme", "Search"), ("Acme", "Platform"), ("Globex", "Mobile"), ("Globex", "Web")]


def synthetic_entries(count: int, seed: int = 7) -> list[SourceEntry]:
    rng = random.Random(seed)
    start = date(2026, 1, 1)
    entries = []
    for i in range(count):
        sentences = []
        for _ in range(rng.randint(2, 4)):
            sentence = f"{rng.choice(VERBS)} {rng.choice(THINGS)}"
            if rng.random() < 0.4:
                sentence += f", from {rng.randint(100, 900)} ms to {rng.randint(10, 99)} ms"
            sentences.append(sentence + ".")
        employer, project = rng.choice(PLACES)
        entries.append(
            SourceEntry(
                id=UUID(int=rng.getrandbits(128)),
                date=start + timedelta(days=i * 365 // max(count, 1)),
                content=" ".join(sentences),
                employer=employer,
                project=project,
                outcome=rng.choice(["", "", "shipped"]),
            )
        )
    return entries


def request_for(entries: list[SourceEntry]) -> GenerationRequest:
    return GenerationRequest(kind="MONTHLY", start=entries[0].date, end=entries[-1].date, entries=entries)


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # kilobytes on Linux


def one_extractive_run(size: int, repeat: int) -> dict[str, float]:
    """In this (fresh) process: build the entries, then generate `repeat` times."""
    entries = synthetic_entries(size)
    before = peak_rss_mb()
    generator = ExtractiveGenerator(Settings(_env_file=None))
    best = best_cpu = float("inf")
    statements = 0
    for _ in range(repeat):
        started, started_cpu = time.perf_counter(), time.process_time()
        report = asyncio.run(generator.generate(request_for(entries)))
        best = min(best, time.perf_counter() - started)
        best_cpu = min(best_cpu, time.process_time() - started_cpu)
        statements = sum(len(s.statements) for s in report.sections)
    return {
        "seconds": best,
        "cpu_seconds": best_cpu,
        "rss_before_mb": before,
        "peak_rss_mb": peak_rss_mb(),
        "statements": statements,
    }


async def openai_run(size: int) -> str:
    from tests.llm.chat_server import ChatServer, Reply, cite_every_entry

    entries = synthetic_entries(size)
    with ChatServer(Reply(cite_every_entry, chunk_chars=64)) as server:
        settings = Settings(
            _env_file=None, llm_provider="openai", llm_base_url=server.base_url, llm_model="gpt-4o-mini"
        )
        started = time.perf_counter()
        report = await OpenAIGenerator(settings).generate(request_for(entries))
        seconds = time.perf_counter() - started
    tokens_in = sum(c.tokens_in for c in report.calls)
    tokens_out = sum(c.tokens_out for c in report.calls)
    statements = sum(len(s.statements) for s in report.sections)
    return (
        f"openai (local server, streamed)  entries={size:<6} {seconds:6.2f} s  calls={len(report.calls)}  "
        f"tokens in/out={tokens_in}/{tokens_out}  statements={statements}"
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", type=int, nargs="+", default=[1_000, 10_000])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)  # child: one extractive size, JSON out
    args = parser.parse_args()
    if args.one:
        print(json.dumps(one_extractive_run(args.one, args.repeat)))
        return
    for size in args.sizes:
        out = subprocess.run(
            [sys.executable, "-m", "bench.llm", "--one", str(size), "--repeat", str(args.repeat)],
            check=True,
            capture_output=True,
            text=True,
        ).stdout
        r = json.loads(out)
        print(
            f"extractive MONTHLY  entries={size:<6} {r['seconds']:6.3f} s wall, {r['cpu_seconds']:6.3f} s CPU "
            f"(best of {args.repeat})  "
            f"peak RSS={r['peak_rss_mb']:6.1f} MB (before generating {r['rss_before_mb']:6.1f} MB)  "
            f"statements={int(r['statements'])}"
        )
    print(asyncio.run(openai_run(1_000)))


if __name__ == "__main__":
    main()
