"""The provider settings: production refuses an openai provider it could not reach or meter."""

from __future__ import annotations

import pytest
from pydantic import SecretStr

from server.settings import InsecureConfiguration, Settings


def prod(**overrides) -> Settings:
    base = dict(
        _env_file=None,
        environment="production",
        secret_key=SecretStr("s" * 40),
        database_url="postgres://db/app",
        redis_url="redis://cache:6379/0",
        public_url="https://app.example",
    )
    return Settings(**{**base, **overrides})


def test_the_default_provider_is_the_offline_one():
    s = Settings(_env_file=None)
    assert s.llm_provider == "extractive"
    assert s.llm_timeout_seconds > 0 and s.llm_max_retries >= 0


def test_production_refuses_openai_without_a_key_or_a_base_url():
    with pytest.raises(InsecureConfiguration, match="LLM_PROVIDER=openai needs LLM_API_KEY or LLM_BASE_URL"):
        prod(llm_provider="openai").check_production_safety()


def test_production_refuses_an_openai_model_without_a_price():
    with pytest.raises(InsecureConfiguration, match=r"LLM_MODEL 'llama3\.1' has no price"):
        prod(
            llm_provider="openai", llm_base_url="http://ollama:11434/v1", llm_model="llama3.1"
        ).check_production_safety()


@pytest.mark.parametrize(
    "overrides",
    [
        {"llm_api_key": SecretStr("sk-test")},
        {"llm_base_url": "http://ollama:11434/v1", "llm_model": "llama3.1", "llm_prices": {"llama3.1": [0, 0]}},
    ],
)
def test_production_accepts_openai_with_a_key_or_a_base_url(overrides):
    prod(llm_provider="openai", **overrides).check_production_safety()


def test_the_api_key_is_a_secret(monkeypatch):
    monkeypatch.setenv("LLM_API_KEY", "sk-very-secret")
    s = Settings(_env_file=None)
    assert "sk-very-secret" not in repr(s)
    assert s.llm_api_key is not None and s.llm_api_key.get_secret_value() == "sk-very-secret"
