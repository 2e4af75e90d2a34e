"""The extractive generator: every report kind from the entries' own lines, offline and deterministic."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable

from server.llm.base import GeneratedReport, GeneratedSection, GenerationRequest, OnCall, ProviderCall, UsageEstimate
from server.llm.pricing import call_cost_microcents
from server.llm.titles import report_title
from server.reports.extractive import usage
from server.reports.extractive.kinds.resume import compose_resume
from server.reports.extractive.kinds.review import compose_brag_doc, compose_review
from server.reports.extractive.kinds.star import compose_star
from server.reports.extractive.kinds.summary import compose_summary
from server.settings import Settings

PROVIDER = "extractive"
MODEL = "extractive-1"

COMPOSERS: dict[str, Callable[[GenerationRequest], tuple[GeneratedSection, ...]]] = {
    "WEEKLY": compose_summary,
    "MONTHLY": compose_summary,
    "QUARTERLY": compose_summary,
    "RESUME_BULLETS": compose_resume,
    "REVIEW": compose_review,
    "BRAG_DOC": compose_brag_doc,
    "STAR_STORIES": compose_star,
}


def compose(request: GenerationRequest) -> tuple[GeneratedSection, ...]:
    """The sections of a report of the request's kind (an unknown kind is composed as a MONTHLY summary)."""
    if not request.entries:
        return ()
    return COMPOSERS.get(request.kind, compose_summary)(request)


class ExtractiveGenerator:
    """`LLM_PROVIDER=extractive`: statements are the entries' own lines, ranked, merged and shaped per kind.

    Metered as one provider call per generation, priced as the model "extractive-1" in LLM_PRICES; see `usage`."""

    provider = PROVIDER
    model = MODEL

    def __init__(self, settings: Settings) -> None:
        self._settings = settings

    def _cost(self, tokens_in: int, tokens_out: int) -> int:
        return call_cost_microcents(self._settings, self.model, tokens_in, tokens_out)

    def estimate(self, kind: str, entry_count: int, total_chars: int) -> UsageEstimate:
        tokens_in, tokens_out = usage.estimate_tokens(entry_count, total_chars)
        return UsageEstimate(tokens_in, tokens_out, self._cost(tokens_in, tokens_out))

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
            cost_microcents=self._cost(tokens_in, tokens_out),
        )
        if on_call is not None:
            await on_call(call)
        return GeneratedReport(
            title=report_title(request.kind, request.start, request.end), sections=sections, calls=(call,)
        )
