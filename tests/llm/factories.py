"""Entries for generator tests: plain values, no database."""

from __future__ import annotations

import random
from datetime import date, timedelta
from uuid import UUID

from server.llm.base import GenerationRequest, SourceEntry

START = date(2026, 11, 1)
END = date(2026, 11, 30)


def entry(
    content: str, *, day: int = 1, employer: str = "", project: str = "", outcome: str = "", n: int = 0
) -> SourceEntry:
    return SourceEntry(
        id=UUID(int=n or random.getrandbits(128)),
        date=START + timedelta(days=day - 1),
        content=content,
        employer=employer,
        project=project,
        outcome=outcome,
    )


def request(entries, *, kind: str = "MONTHLY", length: str = "STANDARD") -> GenerationRequest:
    return GenerationRequest(kind=kind, start=START, end=END, entries=tuple(entries), length=length)


VERBS = ["Cut", "Shipped", "Reviewed", "Migrated", "Paired on", "Fixed", "Wrote", "Profiled"]
THINGS = ["the billing API", "Kafka consumers", "the onboarding flow", "CI caching", "the iOS build", "search ranking"]


def random_log(rng: random.Random, count: int) -> list[SourceEntry]:
    employers = [("Acme", "Billing"), ("Acme", "Search"), ("Globex", "Mobile"), ("", "")]
    entries = []
    for i in range(count):
        employer, project = rng.choice(employers)
        lines = []
        for _ in range(rng.randint(1, 4)):
            line = f"{rng.choice(VERBS)} {rng.choice(THINGS)}"
            if rng.random() < 0.5:
                line += f" from {rng.randint(100, 999)} ms to {rng.randint(10, 99)} ms"
            lines.append(rng.choice(["- ", "* ", "", "1. "]) + line + rng.choice([".", "", "!"]))
        entries.append(
            SourceEntry(
                id=UUID(int=rng.getrandbits(128)),
                date=START + timedelta(days=i % 30),
                content=rng.choice(["\n", " "]).join(lines),
                employer=employer,
                project=project,
                outcome=rng.choice(["", "shipped"]),
            )
        )
    return sorted(entries, key=lambda e: e.date)
