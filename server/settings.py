"""The one configuration object. Nothing else in the project reads os.environ."""

from __future__ import annotations

from functools import lru_cache
from ipaddress import ip_network
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import Field, SecretStr, field_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict


class InsecureConfiguration(RuntimeError):
    """Raised when production mode is asked to start with an unsafe setting."""


# Micro-cents (1 cent = 1 000 000) per 1 000 tokens in and out. The OpenAI figures are its list prices per
# million tokens (e.g. $0.15 in, $0.60 out for gpt-4o-mini), divided down; "extractive-1" is the local generator.
DEFAULT_LLM_PRICES: dict[str, tuple[int, int]] = {
    "extractive-1": (2_000, 2_000),
    "gpt-4o-mini": (15_000, 60_000),
    "gpt-4o": (250_000, 1_000_000),
    "gpt-4.1-nano": (10_000, 40_000),
    "gpt-4.1-mini": (40_000, 160_000),
    "gpt-4.1": (200_000, 800_000),
}


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_file=".env", env_file_encoding="utf-8", extra="ignore")

    environment: Literal["development", "test", "production"] = "development"
    debug: bool = False
    secret_key: SecretStr | None = Field(
        default=None, description="Signs download URLs and cookies; required in production."
    )

    host: str = "127.0.0.1"
    port: int = 8000
    public_url: str = "http://localhost:8000"
    allowed_origins: Annotated[list[str], NoDecode] = Field(
        default_factory=list, description="Extra browser origins allowed for cookies and WebSockets."
    )
    trusted_proxies: Annotated[list[str], NoDecode] = Field(
        default_factory=list,
        description="Addresses or CIDRs of reverse proxies whose X-Forwarded-For and X-Request-ID are believed; empty: none.",
    )

    data_dir: Path = Path("./data")
    database_url: str | None = Field(default=None, description="Unset: embedded PostgreSQL in DATA_DIR/pg.")
    db_pool_min: int = 1
    db_pool_max: int = 20
    redis_url: str | None = Field(default=None, description="Unset: embedded Valkey in DATA_DIR/valkey.")

    storage_backend: Literal["local", "s3"] = "local"
    s3_endpoint_url: str | None = None
    s3_bucket: str = "afterresume"
    s3_region: str = "us-east-1"
    s3_access_key_id: str | None = None
    s3_secret_access_key: SecretStr | None = None

    stripe_secret_key: SecretStr | None = None
    stripe_webhook_secret: SecretStr | None = None
    stripe_api_base: str | None = Field(default=None, description="Override Stripe's API host (tests, stripe-mock).")
    stripe_webhook_tolerance_seconds: int = Field(
        default=300, description="Oldest webhook signature timestamp accepted."
    )

    billing_topup_min_cents: int = Field(default=500, description="Smallest Checkout top-up.")
    billing_topup_max_cents: int = Field(default=100_000, description="Largest Checkout top-up.")
    billing_adjust_max_cents: int = Field(default=1_000_000, description="Largest staff adjustment, either sign.")
    billing_limited_max_estimate_cents: int = Field(
        default=50, description="LIMITED policy: jobs estimated above this are refused while the reserve is low."
    )

    llm_provider: Literal["extractive", "openai"] = "extractive"
    llm_base_url: str | None = None
    llm_api_key: SecretStr | None = None
    llm_model: str = "gpt-4o-mini"
    llm_timeout_seconds: float = Field(
        default=60.0, gt=0, description="Longest wait for one provider call (each attempt), in seconds."
    )
    llm_max_retries: int = Field(
        default=2, ge=0, le=10, description="Retries of a provider call answered 429 or 5xx, or timed out."
    )
    llm_prices: dict[str, tuple[int, int]] = Field(
        default_factory=lambda: dict(DEFAULT_LLM_PRICES),
        description="Model -> [micro-cents per 1 000 tokens in, per 1 000 tokens out]; added to the built-in table.",
    )
    job_flat_fee_microcents: int = Field(
        default=500_000, ge=0, description="Charged once per job on top of its provider calls, in micro-cents."
    )

    admin_username: str = "admin"
    admin_email: str = "admin@localhost"
    admin_password: SecretStr | None = Field(
        default=None, description="Unset: a random password is generated and printed once at bootstrap."
    )
    default_tenant_name: str = "Default"

    session_ttl_hours: int = 12
    remember_me_ttl_days: int = 30
    session_cookie_name: str = "ar_session"

    rate_limit_login_per_ip: int = 20
    rate_limit_login_per_username: int = 10
    rate_limit_signup_per_ip: int = 10
    rate_limit_bad_token_per_ip: int = 30
    rate_limit_window_seconds: int = 60

    max_request_bytes: int = Field(
        default=12 * 1024 * 1024, description="Largest request body; bigger ones get 413 before being read."
    )
    graphql_max_depth: int = 12
    graphql_max_introspection_depth: int = Field(
        default=15,
        ge=15,
        description="Maximum depth of `__schema`/`__type` queries; GraphiQL's standard introspection query needs 15.",
    )
    graphql_max_tokens: int = 4000
    graphql_max_aliases: int = 30
    graphql_max_batch: int = 10
    graphql_max_subscriptions: int = 10
    graphql_fast_executor: bool = Field(
        default=True,
        description="Complete plain leaf fields directly (server/graphql/executor.py); false runs graphql-core's own executor.",
    )

    worker_in_process: bool = Field(default=True, description="`run` starts a worker beside the API.")

    @field_validator("allowed_origins", mode="before")
    @classmethod
    def _split_origins(cls, value: object) -> object:
        if isinstance(value, str):
            return [v.strip() for v in value.split(",") if v.strip()]
        return value

    @field_validator("trusted_proxies", mode="before")
    @classmethod
    def _split_proxies(cls, value: Any) -> Any:  # the raw setting, before pydantic checks its type
        if isinstance(value, str):
            value = [v.strip() for v in value.split(",") if v.strip()]
        for entry in value or ():
            ip_network(entry, strict=False)  # a typo must stop the start, not trust nobody silently
        return value

    @field_validator("llm_prices", mode="after")
    @classmethod
    def _merge_prices(cls, value: dict[str, tuple[int, int]]) -> dict[str, tuple[int, int]]:
        for model, (price_in, price_out) in value.items():
            if not model or price_in < 0 or price_out < 0:
                raise ValueError(f"LLM_PRICES[{model!r}]: a model name and two prices of 0 or more micro-cents")
        return {**DEFAULT_LLM_PRICES, **value}

    @property
    def is_production(self) -> bool:
        return self.environment == "production"

    @property
    def graphiql_enabled(self) -> bool:
        return not self.is_production

    def llm_problems(self) -> list[str]:
        """Why the configured provider could not be reached or metered; empty when it can."""
        if self.llm_provider != "openai":
            return []
        problems = []
        if self.llm_api_key is None and not self.llm_base_url:
            problems.append("LLM_PROVIDER=openai needs LLM_API_KEY or LLM_BASE_URL")
        if self.llm_model not in self.llm_prices:
            problems.append(f"LLM_MODEL {self.llm_model!r} has no price in LLM_PRICES")
        return problems

    def check_production_safety(self) -> None:
        """Refuse to run production with a configuration an attacker would love."""
        if not self.is_production:
            return
        problems = []
        key = self.secret_key.get_secret_value() if self.secret_key else ""
        if len(key) < 32:
            problems.append("SECRET_KEY must be set to at least 32 characters")
        if self.debug:
            problems.append("DEBUG must be off")
        if self.admin_password is not None and self.admin_password.get_secret_value() in {
            "admin",
            "password",
            "changeme",
            "admin123",
        }:
            problems.append("ADMIN_PASSWORD is a default credential")
        if self.database_url is None:
            problems.append("DATABASE_URL must point at a managed PostgreSQL")
        if self.redis_url is None:
            problems.append("REDIS_URL must point at a managed Valkey/Redis")
        if self.storage_backend == "s3" and not self.s3_secret_access_key:
            problems.append("S3_SECRET_ACCESS_KEY is required with STORAGE_BACKEND=s3")
        if not self.public_url.startswith("https://"):
            problems.append("PUBLIC_URL must be https")
        problems.extend(self.llm_problems())
        if problems:
            raise InsecureConfiguration("refusing to start in production: " + "; ".join(problems))


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    return Settings()
