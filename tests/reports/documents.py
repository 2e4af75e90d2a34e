"""Report documents for renderer tests and benchmarks: plain data, built by plain functions."""

from __future__ import annotations

import random
import uuid
from datetime import UTC, date, datetime, timedelta

from server.reports.document import CitedEntry, Document, DocumentPosition, DocumentSection, DocumentStatement

GENERATED_AT = datetime(2024, 4, 1, 9, 30, tzinfo=UTC)

VERBS = ["Cut", "Shipped", "Migrated", "Led", "Automated", "Reduced", "Designed", "Mentored", "Rebuilt", "Launched"]
OBJECTS = [
    "the invoice API's p95 latency from 800 ms to 480 ms",
    "the nightly billing export to a streaming job",
    "onboarding for 12 new engineers with a runbook",
    "checkout retries, lowering failed payments by 18%",
    "the Kubernetes rollout of 3 services in two weeks",
    "a design review process adopted by 4 teams",
    "flaky tests in CI from 9% of runs to under 1%",
    "the on-call rotation handbook and alert routing",
]


def entry(day: date, content: str, employer: str = "Acme", project: str = "Billing") -> CitedEntry:
    return CitedEntry(uuid.uuid4(), day, content, employer, project)


def statement(text: str, *cited: CitedEntry, flagged: tuple[str, ...] = ()) -> DocumentStatement:
    return DocumentStatement(uuid.uuid4(), text, cited, flagged)


def document(
    sections: tuple[DocumentSection, ...],
    *,
    kind: str = "MONTHLY",
    title: str = "March 2024 summary",
    positions: tuple[DocumentPosition, ...] = (),
) -> Document:
    return Document(kind, title, date(2024, 3, 1), date(2024, 3, 31), GENERATED_AT, "Ada Lovelace", sections, positions)


def long_document(statements: int = 120, *, seed: int = 7, kind: str = "MONTHLY") -> Document:
    """About five A4 pages: sections of realistic statements, each citing one to three of 200 entries."""
    rnd = random.Random(seed)
    start = date(2024, 1, 1)
    entries = [
        entry(
            start + timedelta(days=i % 180),
            f"{rnd.choice(VERBS).lower()} {rnd.choice(OBJECTS)}; notes from standup #{i}",
            employer=("Acme", "Globex")[i % 2],
            project=("Billing", "Platform", "Growth")[i % 3],
        )
        for i in range(200)
    ]
    sections = []
    per = max(1, statements // 8)
    for s in range(8):
        rows = tuple(
            statement(f"{rnd.choice(VERBS)} {rnd.choice(OBJECTS)}.", *rnd.sample(entries, rnd.randint(1, 3)))
            for _ in range(per)
        )
        sections.append(
            DocumentSection(f"{('Acme', 'Globex')[s % 2]}: {('Billing', 'Platform', 'Growth')[s % 3]}", rows)
        )
    positions = (
        DocumentPosition("Acme", "Senior Engineer", date(2021, 5, 1), None),
        # The entries run January to June 2024: each employer's position holds them.
        DocumentPosition("Globex", "Engineer", date(2018, 9, 1), date(2024, 6, 30)),
    )
    return document(tuple(sections), kind=kind, positions=positions)
