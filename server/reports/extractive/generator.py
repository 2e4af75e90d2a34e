"""The extractive generator: every report kind from the entries' own lines, offline and deterministic."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from datetime import date

from server.llm.base import GeneratedReport, GeneratedSection, GenerationRequest, OnCall, ProviderCall, UsageEstimate
from server.reports.extractive import usage
from server.reports.extractive.kinds.resume import compose_resume
from server.reports.extractive.kinds.review import compose_brag_doc, compose_review
from server.reports.extractive.kinds.star import compose_star
from server.reports.extractive.kinds.summary import compose_summary

PROVIDER = "extractive"
MODEL = "extractive-1"

# (model, tokens in, tokens out) -> micro-cents
Pricing = Callable[[str, int, int], int]

COMPOSERS: dict[str, Callable[[GenerationRequest], tuple[GeneratedSection, ...]]] = {
    "WEEKLY": compose_summary,
    "MONTHLY": compose_summary,
    "QUARTERLY": compose_summary,
    "RESUME_BULLETS": compose_resume,
    "REVIEW": compose_review,
    "BRAG_DOC": compose_brag_doc,
    "STAR_STORIES": compose_star,
}

TITLES = {
    "WEEKLY": "Weekly summary",
    "MONTHLY": "Monthly summary",
    "QUARTERLY": "Quarterly summary",
    "RESUME_BULLETS": "Resume bullets",
    "REVIEW": "Self-review",
    "BRAG_DOC": "Brag document",
    "STAR_STORIES": "STAR stories",
}


def title_of(kind: str, start: date, end: date) -> str:
    return f"{TITLES.get(kind, 'Report')}, {start.isoformat()} to {end.isoformat()}"


def compose(request: GenerationRequest) -> tuple[GeneratedSection, ...]:
    """The sections of a report of the request's kind (an unknown kind is composed as a MONTHLY summary)."""
    if not request.entries:
        return ()
    return COMPOSERS.get(request.kind, compose_summary)(request)


class ExtractiveGenerator:
    """Statements are the entries' own lines, ranked, merged and shaped per kind; see docs/reports.md."""

    provider = PROVIDER
    model = MODEL

    def __init__(self, pricing: Pricing | None = None) -> None:
        self._pricing = pricing or (lambda model, tokens_in, tokens_out: 0)

    def estimate(self, kind: str, entry_count: int, total_chars: int) -> UsageEstimate:
        tokens_in, tokens_out = usage.estimate_tokens(entry_count, total_chars)
        return UsageEstimate(tokens_in, tokens_out, self._pricing(self.model, tokens_in, tokens_out))

    async def generate(self, request: GenerationRequest, on_call: OnCall | None = None) -> GeneratedReport:
        started = time.perf_counter()
        # Off the event loop: a large window is CPU work for a second or so, and the worker has heartbeats to send.
        sections = await asyncio.to_thread(compose, request)
        tokens_in, tokens_out = usage.tokens_in(request.entries), usage.tokens_out(sections)
        call = ProviderCall(
            provider=self.provider,
            model=self.model,
            tokens_in=tokens_in,
            tokens_out=tokens_out,
            latency_ms=round((time.perf_counter() - started) * 1000),
            cost_microcents=self._pricing(self.model, tokens_in, tokens_out),
            estimated=True,
        )
        if on_call is not None:
            await on_call(call)
        return GeneratedReport(
            title=title_of(request.kind, request.start, request.end), sections=sections, calls=(call,)
        )
