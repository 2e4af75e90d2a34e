"""What provider calls and jobs cost, in integers only.

Prices are micro-cents (1 cent = 1 000 000 micro-cents) per 1 000 tokens, in and out, per model
(`LLM_PRICES`). A call's cost is kept in micro-cents, rounded up to a whole micro-cent; a job's charge
adds the flat fee to the sum of its calls and rounds up to whole cents once, at settlement, so many
cheap calls are never each rounded up to a cent.
"""

from __future__ import annotations

from server.llm.base import MICROCENTS_PER_CENT, ProviderError, ProviderFailure
from server.settings import Settings

TOKENS_PER_PRICE_UNIT = 1_000

# OpenAI's published rule of thumb for English text: one token is about 4 characters.
CHARACTERS_PER_TOKEN = 4


def approximate_tokens(text: str) -> int:
    """Tokens in `text` when no server counted them: ceil(characters / 4), 0 for empty text.

    Used for the extractive generator's metering (its definition of a token), for estimates before a job
    runs, and for calls to servers that report no usage (those calls are marked `estimated`).
    """
    return -(-len(text) // CHARACTERS_PER_TOKEN)


def tokens_for_characters(characters: int) -> int:
    """The same approximation from a character count alone (estimates made before the text is read)."""
    if characters < 0:
        raise ValueError("a character count is 0 or more")
    return -(-characters // CHARACTERS_PER_TOKEN)


def price_of(settings: Settings, model: str) -> tuple[int, int]:
    """The model's [in, out] price in micro-cents per 1 000 tokens; an unpriced model cannot be metered."""
    try:
        return settings.llm_prices[model]
    except KeyError:
        raise ProviderError(
            ProviderFailure.MISCONFIGURED, f"the model {model!r} has no price in LLM_PRICES, so it cannot be metered"
        ) from None


def call_cost_microcents(settings: Settings, model: str, tokens_in: int, tokens_out: int) -> int:
    """One call's cost in micro-cents, rounded up to a whole micro-cent."""
    if tokens_in < 0 or tokens_out < 0:
        raise ValueError("token counts are 0 or more")
    price_in, price_out = price_of(settings, model)
    return -(-(tokens_in * price_in + tokens_out * price_out) // TOKENS_PER_PRICE_UNIT)


def job_cost_cents(total_call_microcents: int, flat_fee_microcents: int) -> int:
    """A job's charge in whole cents: its calls plus the flat fee, rounded up once."""
    if total_call_microcents < 0 or flat_fee_microcents < 0:
        raise ValueError("costs are 0 or more")
    return -(-(total_call_microcents + flat_fee_microcents) // MICROCENTS_PER_CENT)
