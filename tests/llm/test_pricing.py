"""Prices are integers in micro-cents per 1 000 tokens; a job rounds up to whole cents once."""

from __future__ import annotations

import pytest

from server.llm.base import MICROCENTS_PER_CENT, ProviderError
from server.llm.pricing import approximate_tokens, call_cost_microcents, job_cost_cents, tokens_for_characters
from server.settings import DEFAULT_LLM_PRICES, Settings


def settings(**overrides) -> Settings:
    return Settings(_env_file=None, **overrides)


def test_a_call_costs_its_tokens_at_the_models_price_per_thousand():
    s = settings(llm_prices={"m": [15_000, 60_000]})
    # 1 000 in at 15 000 + 500 out at 60 000 per 1 000 = 15 000 + 30 000 micro-cents
    assert call_cost_microcents(s, "m", 1_000, 500) == 45_000
    assert call_cost_microcents(s, "m", 0, 0) == 0


def test_a_call_rounds_up_to_a_whole_microcent_only():
    s = settings(llm_prices={"m": [1, 1]})
    assert call_cost_microcents(s, "m", 1, 0) == 1  # 1/1000 of a micro-cent is charged as one
    assert call_cost_microcents(s, "m", 1_000, 1_000) == 2
    assert call_cost_microcents(s, "m", 1_001, 0) == 2


def test_gpt_4o_mini_is_priced_at_its_list_price():
    # $0.15 per million tokens in, $0.60 out: a million of each is 75 cents.
    s = settings()
    assert call_cost_microcents(s, "gpt-4o-mini", 1_000_000, 1_000_000) == 75 * MICROCENTS_PER_CENT


def test_an_unpriced_model_is_a_misconfiguration():
    with pytest.raises(ProviderError) as raised:
        call_cost_microcents(settings(), "no-such-model", 10, 10)
    assert raised.value.code == "PROVIDER_MISCONFIGURED"
    assert not raised.value.retryable


def test_negative_token_counts_are_refused():
    with pytest.raises(ValueError):
        call_cost_microcents(settings(), "gpt-4o-mini", -1, 0)


def test_a_job_adds_the_flat_fee_and_rounds_up_once():
    assert job_cost_cents(0, 0) == 0
    assert job_cost_cents(1, 0) == 1
    assert job_cost_cents(MICROCENTS_PER_CENT, 0) == 1
    assert job_cost_cents(MICROCENTS_PER_CENT + 1, 0) == 2
    assert job_cost_cents(300_000, 500_000) == 1
    assert job_cost_cents(600_000, 500_000) == 2
    # Many tiny calls summed first: 1 000 calls of 999 micro-cents are 1 cent, not 1 000 cents.
    assert job_cost_cents(sum([999] * 1_000), 0) == 1
    with pytest.raises(ValueError):
        job_cost_cents(-1, 0)


def test_approximate_tokens_is_a_quarter_of_the_characters_rounded_up():
    assert approximate_tokens("") == 0
    assert approximate_tokens("a") == 1
    assert approximate_tokens("abcd") == 1
    assert approximate_tokens("abcde") == 2
    assert approximate_tokens("Cut p95 latency from 420 ms to 180 ms.") == 10
    assert tokens_for_characters(38) == 10
    with pytest.raises(ValueError):
        tokens_for_characters(-1)


def test_prices_come_from_the_environment_as_json_and_add_to_the_built_in_table(monkeypatch):
    monkeypatch.setenv("LLM_PRICES", '{"llama3.1": [0, 0], "gpt-4o": [1, 2]}')
    monkeypatch.setenv("JOB_FLAT_FEE_MICROCENTS", "250000")
    s = Settings(_env_file=None)
    assert s.llm_prices["llama3.1"] == (0, 0)
    assert s.llm_prices["gpt-4o"] == (1, 2)
    assert s.llm_prices["extractive-1"] == DEFAULT_LLM_PRICES["extractive-1"]
    assert s.job_flat_fee_microcents == 250_000


def test_the_local_generator_is_cheap_but_not_free():
    price_in, price_out = settings().llm_prices["extractive-1"]
    assert 0 < price_in <= 10_000 and 0 < price_out <= 10_000
    assert settings().job_flat_fee_microcents > 0


@pytest.mark.parametrize("prices", ['{"m": [-1, 0]}', '{"m": [1]}', '{"": [1, 1]}', '{"m": "cheap"}'])
def test_a_bad_price_table_stops_the_start(monkeypatch, prices):
    monkeypatch.setenv("LLM_PRICES", prices)
    with pytest.raises(ValueError):
        Settings(_env_file=None)
