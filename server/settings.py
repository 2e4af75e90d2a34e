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
        default=60.0, gt=0, description="Longest the provider may stay silent in one call attempt, in seconds."
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

    # Observability and metrics
    metrics_token: SecretStr | None = Field(
        default=None, description="Bearer token Prometheus sends to `/metrics`; required for it in production."
    )
    prometheus_dir: Path | None = Field(
        default=None,
        description="Directory the processes of one host share Prometheus samples in; unset: DATA_DIR/prometheus.",
    )
    worker_metrics_port: int = Field(
        default=9101, ge=0, le=65535, description="Each worker process group serves `/metrics` here; 0: off."
    )
    heartbeat_interval_seconds: float = Field(
        default=5.0, gt=0, description="How often workers and the scheduler beat."
    )
    heartbeat_ttl_seconds: int = Field(
        default=20, ge=1, description="A worker or scheduler silent this long counts as gone."
    )
    request_aggregate_flush_seconds: float = Field(
        default=5.0, gt=0, description="How often each API process writes its per-minute request aggregates."
    )
    request_aggregate_minute_hours: int = Field(
        default=48, ge=1, description="Per-minute request aggregates older than this are rolled up into hours."
    )
    request_aggregate_retention_days: int = Field(
        default=400, ge=1, description="Hourly request aggregates older than this are deleted."
    )
    metrics_snapshot_max_age_minutes: int = Field(
        default=90, ge=1, description="`admin { metrics }` answers from a snapshot at most this old."
    )
    alert_churn_rise_points: float = Field(
        default=5.0, description="Alert when customer churn is this many points above its trailing baseline."
    )
    alert_error_rate: float = Field(default=0.01, description="Alert when the API error rate is above this share.")
    alert_failed_payments_factor: float = Field(
        default=2.0, description="Alert when failed payments exceed the trailing baseline times this."
    )
    alert_queued_jobs: int = Field(default=100, description="Alert when more jobs than this are queued.")
    alert_oldest_queued_seconds: int = Field(
        default=300, description="Alert when the oldest queued job has waited longer than this."
    )
    health_disk_free_min_bytes: int = Field(
        default=1024**3, description="Under this much free space in DATA_DIR, systemHealth says degraded."
    )
    log_format: Literal["auto", "json", "console"] = Field(
        default="auto", description="auto: one JSON line per record in production, readable lines elsewhere."
    )
    job_max_attempts: int = Field(
        default=3, ge=1, description="Runs a job may take (worker lost, provider 5xx/timeout) before it fails."
    )
    job_heartbeat_seconds: float = Field(default=5.0, gt=0, description="How often a running job beats.")
    job_stale_seconds: float = Field(
        default=60.0, gt=0, description="A running job whose heartbeat is older is taken as lost by the sweep."
    )
    job_resend_after_seconds: float = Field(
        default=60.0, ge=0, description="The sweep sends again the message of a job queued longer than this."
    )
    job_retry_backoff_seconds: float = Field(
        default=2.0, ge=0, description="First wait before a provider 5xx/timeout is retried; doubles, with jitter."
    )
    job_result_ttl_seconds: int = Field(
        default=3600, ge=1, description="Task results expire from the cache after this."
    )
    job_entry_batch: int = Field(default=1000, ge=1, description="Entries a job reads per query.")
    # Mail, password recovery and key rotation (docs/mail.md, docs/security.md#secret-key-rotation)
    secret_key_previous: SecretStr | None = Field(
        default=None,
        description="The key SECRET_KEY replaced: still accepted when verifying links during a rotation; remove it after the grace period.",
    )
    secret_key_grace_hours: int = Field(
        default=24, ge=1, description="Embedded deployment: hours `rotate-secret-key` keeps accepting the old key file."
    )
    smtp_host: str | None = Field(
        default=None, description="Unset: each message is written to DATA_DIR/outbox as .eml."
    )
    smtp_port: int = 587
    smtp_tls: Literal["none", "starttls", "tls"] = "starttls"
    smtp_user: str | None = None
    smtp_password: SecretStr | None = None
    smtp_timeout_seconds: float = Field(default=10.0, gt=0, description="One SMTP delivery attempt's time limit.")
    mail_from: str = Field(default="AfterResume <noreply@localhost>", description="The From of every message.")
    mail_max_attempts: int = Field(
        default=12, ge=1, description="Delivery attempts (with backoff) before a message is marked failed."
    )
    password_reset_ttl_minutes: int = Field(default=60, ge=5, le=1440, description="A reset link's lifetime.")
    rate_limit_password_reset_per_ip: int = 10
    rate_limit_password_reset_per_email: int = 3
    rate_limit_password_reset_window_seconds: int = 3600
    backup_dir: Path | None = Field(
        default=None, description="Scheduled backups are written here; unset: no scheduled backups."
    )
    backup_keep: int = Field(default=7, ge=1, description="Scheduled backups kept in BACKUP_DIR (the newest).")
    backup_cron: str = Field(default="30 3 * * *", description="When the scheduler backs up (cron, UTC).")

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
    def prometheus_directory(self) -> Path:
        return self.prometheus_dir or self.data_dir / "prometheus"

    @property
    def logs_as_json(self) -> bool:
        return self.log_format == "json" or (self.log_format == "auto" and self.is_production)

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
