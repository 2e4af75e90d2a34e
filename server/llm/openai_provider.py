"""`LLM_PROVIDER=openai`: any OpenAI-compatible Chat Completions server, through the official SDK.

OpenAI itself by default, or Ollama, vLLM, a llama.cpp server… through `LLM_BASE_URL`. Entries are sent in
batches that fit one call; each call streams its answer with `stream_options={"include_usage": true}`,
and its usage (the server's, or counted with `approximate_tokens` and marked estimated when the server
reports none) is handed to `on_call` before the next call. Retries and timeouts are ours, not the SDK's,
so that a 429's `retry-after` is respected, a stream that breaks half-way is retried like a refused
connection, and every failure ends as one `ProviderError`.
"""

from __future__ import annotations

import asyncio
import email.utils
import random
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

import openai
from openai import AsyncOpenAI

from server.llm.answers import merge_sections, parse_answer
from server.llm.base import (
    GeneratedReport,
    GenerationRequest,
    OnCall,
    ProviderCall,
    ProviderError,
    ProviderFailure,
    SourceEntry,
    UsageEstimate,
)
from server.llm.pricing import approximate_tokens, call_cost_microcents, tokens_for_characters
from server.llm.prompts import build_prompt, system_message
from server.llm.titles import report_title
from server.settings import Settings

OPENAI_BASE_URL = "https://api.openai.com/v1"
# Servers that need no key (Ollama, llama.cpp) still get a bearer token: the SDK insists on one.
NO_KEY = "not-needed"
MAX_INPUT_TOKENS_PER_CALL = 12_000  # entries' tokens per call; larger windows take several calls
MAX_OUTPUT_TOKENS = 4_096
ENTRY_OVERHEAD_TOKENS = 30  # alias, date, employer, project and the JSON around an entry's text
MESSAGE_OVERHEAD_TOKENS = 4  # per chat message, as OpenAI counts them; plus 3 to prime the reply
REPLY_PRIMING_TOKENS = 3
MAX_RETRY_AFTER_SECONDS = 60.0  # a server asking for a longer wait gives up the call instead
ERROR_DETAIL_CHARS = 200


class TextRedactor(Protocol):
    """Replaces confidential terms by placeholders before text leaves, and back in the answer."""

    def redact(self, text: str) -> str: ...

    def restore(self, text: str) -> str: ...


class _NoRedaction:
    def redact(self, text: str) -> str:
        return text

    def restore(self, text: str) -> str:
        return text


@dataclass(frozen=True, slots=True)
class _Answer:
    content: str
    tokens_in: int | None  # None: the server reported no usage
    tokens_out: int | None
    finish_reason: str | None
    refusal: str | None


def _batches(entries: Sequence[SourceEntry]) -> list[list[SourceEntry]]:
    """Consecutive entries whose text fits one call (an entry larger than that goes alone)."""
    batches: list[list[SourceEntry]] = []
    current: list[SourceEntry] = []
    budget = 0
    for entry in entries:
        tokens = approximate_tokens(entry.content) + ENTRY_OVERHEAD_TOKENS
        if current and budget + tokens > MAX_INPUT_TOKENS_PER_CALL:
            batches.append(current)
            current, budget = [], 0
        current.append(entry)
        budget += tokens
    if current:
        batches.append(current)
    return batches


def _counted_prompt_tokens(messages: Sequence[Mapping[str, str]]) -> int:
    return sum(approximate_tokens(m["content"]) + MESSAGE_OVERHEAD_TOKENS for m in messages) + REPLY_PRIMING_TOKENS


def retry_after_seconds(headers: Mapping[str, str]) -> float | None:
    """The wait a server asks for: `retry-after-ms`, `retry-after` in seconds or as an HTTP date."""
    for name, divisor in (("retry-after-ms", 1000.0), ("retry-after", 1.0)):
        value = headers.get(name)
        if value is None:
            continue
        try:
            return max(0.0, float(value) / divisor)
        except ValueError:
            parsed = email.utils.parsedate_tz(value)
            if parsed is not None:
                return max(0.0, email.utils.mktime_tz(parsed) - time.time())
    return None


def _detail(error: openai.APIStatusError) -> str:
    message = error.message if isinstance(error.message, str) else ""
    return message[:ERROR_DETAIL_CHARS]


class OpenAIGenerator:
    """Generates through a Chat Completions server; see the module docstring."""

    provider = "openai"

    def __init__(
        self,
        settings: Settings,
        *,
        redactor: TextRedactor | None = None,
        stream: bool = True,
        retry_backoff_seconds: float = 0.5,
    ) -> None:
        self.model = settings.llm_model
        self._settings = settings
        self._redactor: TextRedactor = redactor or _NoRedaction()
        self._stream = stream
        self._backoff = retry_backoff_seconds

    @property
    def problems(self) -> list[str]:
        """Why this provider cannot run (no key and no base URL, an unpriced model); empty when it can."""
        return self._settings.llm_problems()

    def _check_configuration(self) -> None:
        if problems := self.problems:
            raise ProviderError(ProviderFailure.MISCONFIGURED, "; ".join(problems))

    def estimate(self, kind: str, entry_count: int, total_chars: int) -> UsageEstimate:
        """An upper bound for the hold: every call's prompt, and the longest answer each call may give.
        Raises PROVIDER_MISCONFIGURED (as `generate` does) when the provider cannot be used or metered."""
        self._check_configuration()
        entry_tokens = tokens_for_characters(total_chars) + entry_count * (ENTRY_OVERHEAD_TOKENS + 1)
        calls = max(1, -(-entry_tokens // MAX_INPUT_TOKENS_PER_CALL))
        overhead = approximate_tokens(system_message(kind, "LONG", "CONFIDENT")) + 2 * MESSAGE_OVERHEAD_TOKENS + 50
        tokens_in = entry_tokens + calls * overhead
        tokens_out = calls * MAX_OUTPUT_TOKENS
        cost = call_cost_microcents(self._settings, self.model, tokens_in, tokens_out)
        return UsageEstimate(tokens_in=tokens_in, tokens_out=tokens_out, cost_microcents=cost)

    async def generate(self, request: GenerationRequest, on_call: OnCall | None = None) -> GeneratedReport:
        self._check_configuration()
        client = AsyncOpenAI(
            api_key=self._settings.llm_api_key.get_secret_value() if self._settings.llm_api_key else NO_KEY,
            base_url=self._settings.llm_base_url or OPENAI_BASE_URL,
            timeout=self._settings.llm_timeout_seconds,
            max_retries=0,
        )
        calls: list[ProviderCall] = []
        parts = []
        dropped = 0
        try:
            for batch in _batches(request.entries):
                prompt = build_prompt(request, batch, self._redactor.redact)
                started = time.perf_counter()
                answer = await self._call_with_retries(client, prompt.messages)
                call = self._metered(prompt.messages, answer, round((time.perf_counter() - started) * 1000))
                calls.append(call)
                if on_call is not None:
                    await on_call(call)  # the tokens are spent whether the answer is usable or not
                if answer.refusal:
                    raise ProviderError(ProviderFailure.REFUSED, f"the model refused: {answer.refusal[:200]}")
                if answer.finish_reason == "content_filter":
                    raise ProviderError(ProviderFailure.REFUSED, "the server's content filter stopped the answer")
                if answer.finish_reason == "length":
                    raise ProviderError(ProviderFailure.REFUSED, "the answer was cut off at the token limit")
                parsed = parse_answer(answer.content, prompt.aliases, self._redactor.restore)
                parts.append(parsed.sections)
                dropped += parsed.dropped
        finally:
            await client.close()
        sections = merge_sections(parts)
        if request.entries and not sections:
            raise ProviderError(
                ProviderFailure.REFUSED, f"the answer has no statement citing the entries sent ({dropped} dropped)"
            )
        return GeneratedReport(
            title=report_title(request.kind, request.start, request.end), sections=sections, calls=tuple(calls)
        )

    def _metered(self, messages: Sequence[Mapping[str, str]], answer: _Answer, latency_ms: int) -> ProviderCall:
        estimated = answer.tokens_in is None or answer.tokens_out is None
        tokens_in = _counted_prompt_tokens(messages) if answer.tokens_in is None else answer.tokens_in
        tokens_out = approximate_tokens(answer.content) if answer.tokens_out is None else answer.tokens_out
        return ProviderCall(
            provider=self.provider,
            model=self.model,
            tokens_in=tokens_in,
            tokens_out=tokens_out,
            latency_ms=latency_ms,
            cost_microcents=call_cost_microcents(self._settings, self.model, tokens_in, tokens_out),
            estimated=estimated,
        )

    async def _call_with_retries(self, client: AsyncOpenAI, messages: list[dict[str, str]]) -> _Answer:
        retries = self._settings.llm_max_retries
        for attempt in range(retries + 1):
            try:
                return await self._call(client, messages)
            except (ValueError, openai.APIResponseValidationError):
                raise ProviderError(
                    ProviderFailure.REFUSED, "the server's answer is not Chat Completions JSON"
                ) from None
            except openai.APIStatusError as error:
                status = error.status_code
                if status in (401, 403, 404):
                    raise ProviderError(
                        ProviderFailure.MISCONFIGURED,
                        f"the server answered {status} (key, URL or model?): {_detail(error)}",
                    ) from None
                if status != 429 and status < 500:
                    raise ProviderError(
                        ProviderFailure.REFUSED, f"the server answered {status}: {_detail(error)}"
                    ) from None
                asked = retry_after_seconds(error.response.headers)
                if attempt == retries or (asked is not None and asked > MAX_RETRY_AFTER_SECONDS):
                    tries = f"after {attempt + 1} attempt{'s' if attempt else ''}"
                    if status == 429:
                        raise ProviderError(ProviderFailure.RATE_LIMITED, f"rate limited {tries}") from None
                    raise ProviderError(
                        ProviderFailure.UNAVAILABLE,
                        f"the server answered {status} {tries}: {_detail(error)}",
                        retryable=True,
                    ) from None
                await asyncio.sleep(asked if asked is not None else self._backoff_for(attempt))
            except openai.APITimeoutError:
                if attempt == retries:
                    raise ProviderError(
                        ProviderFailure.UNAVAILABLE,
                        f"no answer within {self._settings.llm_timeout_seconds:g} s, {attempt + 1} times",
                        retryable=True,
                    ) from None
                await asyncio.sleep(self._backoff_for(attempt))
            except openai.APIError as error:  # connection refused or dropped, an error event in the stream
                if attempt == retries:
                    raise ProviderError(
                        ProviderFailure.UNAVAILABLE, f"cannot reach the server: {error.message[:200]}", retryable=True
                    ) from None
                await asyncio.sleep(self._backoff_for(attempt))
        raise AssertionError("unreachable: the last attempt returns or raises")

    def _backoff_for(self, attempt: int) -> float:
        return float(self._backoff * 2**attempt * (0.75 + random.random() / 2))  # noqa: S311 (jitter, not secrets)

    async def _call(self, client: AsyncOpenAI, messages: list[dict[str, str]]) -> _Answer:
        arguments: dict[str, Any] = {
            "model": self.model,
            "messages": messages,
            "temperature": 0,
            "max_tokens": MAX_OUTPUT_TOKENS,
            "response_format": {"type": "json_object"},
        }
        if not self._stream:
            completion = await client.chat.completions.create(**arguments)
            choice = completion.choices[0] if completion.choices else None
            usage = completion.usage
            return _Answer(
                content=(choice.message.content or "") if choice else "",
                tokens_in=usage.prompt_tokens if usage else None,
                tokens_out=usage.completion_tokens if usage else None,
                finish_reason=choice.finish_reason if choice else None,
                refusal=choice.message.refusal if choice else None,
            )
        stream = await client.chat.completions.create(**arguments, stream=True, stream_options={"include_usage": True})
        content: list[str] = []
        refusal: list[str] = []
        finish_reason = None
        tokens_in = tokens_out = None
        try:
            async for chunk in stream:
                if chunk.usage is not None:
                    tokens_in, tokens_out = chunk.usage.prompt_tokens, chunk.usage.completion_tokens
                for choice in chunk.choices:
                    if choice.delta.content:
                        content.append(choice.delta.content)
                    if choice.delta.refusal:
                        refusal.append(choice.delta.refusal)
                    finish_reason = choice.finish_reason or finish_reason
        finally:
            await stream.close()
        return _Answer("".join(content), tokens_in, tokens_out, finish_reason, "".join(refusal) or None)
