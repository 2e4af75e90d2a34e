"""The generation interface every provider implements.

A provider takes the structured entries of a report's window and its options, and answers sections of
statements, each naming the entry ids it came from, with the usage of every provider call it made.
Providers never touch the database, the ledger or the job: the jobs engine does that around them.
"""

from __future__ import annotations

import enum
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Protocol
from uuid import UUID

MICROCENTS_PER_CENT = 1_000_000


@dataclass(frozen=True, slots=True)
class EvidenceRef:
    id: UUID
    name: str


@dataclass(frozen=True, slots=True)
class SourceEntry:
    """One work-log entry as a provider sees it (already inside the caller's tenant scope)."""

    id: UUID
    date: date
    content: str
    employer: str = ""
    project: str = ""
    tags: tuple[str, ...] = ()
    work_type: str = ""
    outcome: str = ""
    evidence: tuple[EvidenceRef, ...] = ()


@dataclass(frozen=True, slots=True)
class Position:
    """A job held, from the user's employment history; `end` None means current."""

    employer: str
    title: str
    start: date | None
    end: date | None


@dataclass(frozen=True, slots=True)
class GenerationRequest:
    kind: str  # a ReportKind value: "MONTHLY", "WEEKLY", "RESUME_BULLETS", …
    start: date
    end: date
    entries: Sequence[SourceEntry]  # in date order
    length: str = "STANDARD"  # SHORT | STANDARD | LONG
    tone: str = "NEUTRAL"  # NEUTRAL | CONFIDENT
    positions: Sequence[Position] = ()


@dataclass(frozen=True, slots=True)
class GeneratedStatement:
    text: str
    entry_ids: tuple[UUID, ...]  # never empty for a statement that is kept


@dataclass(frozen=True, slots=True)
class GeneratedSection:
    heading: str
    statements: tuple[GeneratedStatement, ...]


@dataclass(frozen=True, slots=True)
class ProviderCall:
    """The usage of one call to a provider: the source of a UsageEvent row."""

    provider: str
    model: str
    tokens_in: int
    tokens_out: int
    latency_ms: int
    cost_microcents: int
    estimated: bool = False  # the server reported no usage; tokens were counted locally


@dataclass(frozen=True, slots=True)
class GeneratedReport:
    title: str
    sections: tuple[GeneratedSection, ...]
    calls: tuple[ProviderCall, ...] = field(default=())


@dataclass(frozen=True, slots=True)
class UsageEstimate:
    tokens_in: int
    tokens_out: int
    cost_microcents: int  # provider calls only; the jobs engine adds the flat per-job fee


class ProviderFailure(enum.Enum):
    """Why a provider gave up; each is a job failure code (and an ErrorCode)."""

    UNAVAILABLE = "PROVIDER_UNAVAILABLE"  # connection refused, 5xx after retries, timeout
    RATE_LIMITED = "PROVIDER_RATE_LIMITED"  # 429 after retries
    REFUSED = "PROVIDER_REFUSED"  # 4xx other than 429, content refusal, unusable answer
    MISCONFIGURED = "PROVIDER_MISCONFIGURED"  # no API key and no base URL, unknown model


class ProviderError(Exception):
    def __init__(self, failure: ProviderFailure, message: str, *, retryable: bool = False) -> None:
        super().__init__(message)
        self.failure = failure
        self.retryable = retryable

    @property
    def code(self) -> str:
        return self.failure.value


# Called after each provider call, before the next: the jobs engine records a UsageEvent and a
# "provider call" event, checks the cancel flag, and may raise to stop the generation.
OnCall = Callable[[ProviderCall], Awaitable[None]]


class Generator(Protocol):
    provider: str  # "extractive" | "openai"
    model: str

    def estimate(self, kind: str, entry_count: int, total_chars: int) -> UsageEstimate:
        """What a generation over this many entries and characters will use, before reading them."""
        ...

    async def generate(self, request: GenerationRequest, on_call: OnCall | None = None) -> GeneratedReport:
        """Raises ProviderError on failure; never invents an entry id that was not in the request."""
        ...
