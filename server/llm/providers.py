"""The generator `LLM_PROVIDER` names."""

from __future__ import annotations

from typing import TYPE_CHECKING

from server.llm.base import Generator
from server.reports.extractive.generator import ExtractiveGenerator
from server.settings import Settings

if TYPE_CHECKING:
    from server.llm.openai_provider import TextRedactor


def build_generator(settings: Settings, *, redactor: TextRedactor | None = None) -> Generator:
    """The configured generator (the one place that decides): the full extractive generator of every report
    kind (`server/reports/extractive`), or an OpenAI-compatible server. `redactor` hides confidential terms
    from an external provider (the extractive one sends nothing anywhere). A misconfigured `openai` provider is still built, so a
    queued job can fail with a clear code: its `estimate` and `generate` raise PROVIDER_MISCONFIGURED."""
    if settings.llm_provider == "openai":
        # Imported here: the SDK takes seconds to import, and the embedded default never needs it.
        from server.llm.openai_provider import OpenAIGenerator

        return OpenAIGenerator(settings, redactor=redactor)
    return ExtractiveGenerator(settings)
