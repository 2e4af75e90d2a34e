"""The generator `LLM_PROVIDER` names."""

from __future__ import annotations

from server.llm.base import Generator, ProviderError, ProviderFailure
from server.llm.extractive import ExtractiveGenerator
from server.settings import Settings


def build_generator(settings: Settings) -> Generator:
    if settings.llm_provider == "extractive":
        return ExtractiveGenerator(settings)
    raise ProviderError(ProviderFailure.MISCONFIGURED, f"LLM_PROVIDER={settings.llm_provider} is not available yet")
