"""Prometheus instruments, correct across the processes of one host (prometheus-client's multiprocess mode).

Each process group has its own sample directory under `Settings.prometheus_directory` (`api`, `worker`),
emptied by the command that starts the group, before its processes fork. `use_directory` points
prometheus-client at it before any instrument exists, so every process of the group writes its samples
there and any of them can answer a scrape with the sum of all. Operation names are a bounded label:
the first MAX_OPERATION_NAMES names a process sees are kept, later ones and malformed ones are `other`.
"""

from __future__ import annotations

import hmac
import ipaddress
import os
import re
import shutil
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, Protocol, TypeVar

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram, generate_latest, values
from prometheus_client.multiprocess import MultiProcessCollector, mark_process_dead

from server.metrics.models import LATENCY_BUCKETS_MS
from server.settings import Settings
from server.system.engines import pid_alive

M = TypeVar("M", Counter, Gauge, Histogram)

CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8"
MAX_OPERATION_NAMES = 200
_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]{0,63}")
# The request aggregates' bounds: the middleware finds a request's bucket once for both.
LATENCY_BUCKETS_S = tuple(ms / 1000 for ms in LATENCY_BUCKETS_MS)
JOB_BUCKETS_S = (0.5, 1, 2.5, 5, 10, 30, 60, 120, 300, 600, 900)


def group_directory(settings: Settings, group: str) -> Path:
    return settings.prometheus_directory / group


def reset_directory(settings: Settings, group: str) -> Path:
    """Empty the group's sample directory: called once by the command starting the group, before forking."""
    directory = group_directory(settings, group)
    shutil.rmtree(directory, ignore_errors=True)
    directory.mkdir(parents=True, exist_ok=True)
    return directory


def use_directory(settings: Settings, group: str) -> Path:
    """Make this process write its samples into the group's directory (before any instrument is made)."""
    directory = group_directory(settings, group)
    directory.mkdir(parents=True, exist_ok=True)
    os.environ["PROMETHEUS_MULTIPROC_DIR"] = str(directory)  # prometheus-client reads it from here
    # A process that had this pid before and died may have left live gauges: they are not this process's.
    mark_process_dead(os.getpid(), str(directory))  # type: ignore[no-untyped-call]  # untyped in prometheus-client
    values.ValueClass = values.get_value_class()  # type: ignore[no-untyped-call]  # untyped in prometheus-client
    instruments.cache_clear()
    return directory


@dataclass(frozen=True)
class Instruments:
    requests: Counter
    latency: Histogram
    errors: Counter
    websockets: Gauge
    subscriptions: Counter
    jobs: Counter
    job_seconds: Histogram
    queue_length: Gauge
    queue_pending: Gauge
    provider_tokens: Counter
    provider_cost: Counter
    ledger_entries: Counter
    ledger_cents: Counter


def _unregistered(kind: Callable[..., M], *args: Any, **kwargs: Any) -> M:
    # Samples live in the multiprocess directory and are read back by MultiProcessCollector; registering in
    # the global registry too would refuse a second set after `use_directory` (one app per process, tests
    # make several).
    return kind(*args, registry=None, **kwargs)


@lru_cache(maxsize=1)
def instruments() -> Instruments:
    return Instruments(
        requests=_unregistered(
            Counter,
            "afterresume_http_requests",
            "HTTP requests by GraphQL operation type and name, and status.",
            ["operation_type", "operation", "status"],
        ),
        latency=_unregistered(
            Histogram,
            "afterresume_http_request_duration_seconds",
            "Time to answer an HTTP request.",
            ["operation_type", "operation"],
            buckets=LATENCY_BUCKETS_S,
        ),
        errors=_unregistered(Counter, "afterresume_graphql_errors", "GraphQL errors by code.", ["code"]),
        websockets=_unregistered(
            Gauge, "afterresume_websocket_connections", "Open WebSocket connections.", multiprocess_mode="livesum"
        ),
        subscriptions=_unregistered(Counter, "afterresume_graphql_subscriptions", "GraphQL subscriptions started.", []),
        jobs=_unregistered(Counter, "afterresume_jobs", "Jobs ended, by kind and final status.", ["kind", "status"]),
        job_seconds=_unregistered(
            Histogram,
            "afterresume_job_duration_seconds",
            "Time from a job's start to its end.",
            ["kind", "status"],
            buckets=JOB_BUCKETS_S,
        ),
        queue_length=_unregistered(
            Gauge,
            "afterresume_queue_length",
            "Messages waiting in the task stream for a worker.",
            multiprocess_mode="livemostrecent",
        ),
        queue_pending=_unregistered(
            Gauge,
            "afterresume_queue_pending",
            "Task messages delivered to a worker, not yet acknowledged.",
            multiprocess_mode="livemostrecent",
        ),
        provider_tokens=_unregistered(
            Counter,
            "afterresume_provider_tokens",
            "Tokens sent to and received from providers.",
            ["provider", "model", "direction"],
        ),
        provider_cost=_unregistered(
            Counter, "afterresume_provider_cost_microcents", "Provider cost in micro-cents.", ["provider", "model"]
        ),
        ledger_entries=_unregistered(
            Counter, "afterresume_ledger_entries", "Ledger entries written, by type.", ["type"]
        ),
        ledger_cents=_unregistered(
            Counter, "afterresume_ledger_cents", "Cents moved by ledger entries (absolute), by type.", ["type"]
        ),
    )


class OperationNames:
    """A bounded set of label values for operation names."""

    def __init__(self, limit: int = MAX_OPERATION_NAMES) -> None:
        self.limit = limit
        self.known: set[str] = set()

    def label(self, name: str) -> str:
        if not name:
            return "anonymous"
        if name in self.known:
            return name
        if len(self.known) < self.limit and _NAME.fullmatch(name):
            self.known.add(name)
            return name
        return "other"


_LIVE_FILE = re.compile(r"gauge_live\w*?_(\d+)\.db")


def drop_dead_processes(directory: Path) -> list[int]:
    """Forget the live gauges (`livesum`, `livemostrecent`…) of this group's processes that are gone: a
    uvicorn or job worker killed or crashed never runs its own clean-up. Counters and histograms stay, the
    dead process's requests did happen. Returns the pids dropped."""
    pids = {int(m.group(1)) for path in directory.glob("gauge_live*.db") if (m := _LIVE_FILE.fullmatch(path.name))}
    dead = sorted(pid for pid in pids if not pid_alive(pid))
    for pid in dead:
        mark_process_dead(pid, str(directory))  # type: ignore[no-untyped-call]  # untyped in prometheus-client
    return dead


def scrape() -> bytes:
    """Every live process of this group, summed (and the counts of those that have gone)."""
    directory = os.environ.get("PROMETHEUS_MULTIPROC_DIR")
    if directory:
        drop_dead_processes(Path(directory))
    registry = CollectorRegistry()
    MultiProcessCollector(registry)  # type: ignore[no-untyped-call]  # untyped in prometheus-client
    return generate_latest(registry)


def _loopback(host: str) -> bool:
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def scrape_allowed(settings: Settings, client_host: str, authorization: str) -> bool:
    """Production: only with METRICS_TOKEN as a bearer token. Elsewhere: the token, or any loopback client."""
    token = settings.metrics_token.get_secret_value() if settings.metrics_token else ""
    scheme, _, offered = authorization.partition(" ")
    if token and scheme.lower() == "bearer" and hmac.compare_digest(offered.strip().encode(), token.encode()):
        return True
    return not settings.is_production and _loopback(client_host)


class _Entry(Protocol):
    type: str
    amount_cents: int


def count_ledger_entries(entries: Iterable[_Entry]) -> None:
    found = instruments()
    for entry in entries:
        found.ledger_entries.labels(entry.type).inc()
        found.ledger_cents.labels(entry.type).inc(abs(entry.amount_cents))


def count_job(kind: str, status: str, seconds: float | None) -> None:
    found = instruments()
    found.jobs.labels(kind, status).inc()
    if seconds is not None:
        found.job_seconds.labels(kind, status).observe(seconds)


def count_provider_call(provider: str, model: str, tokens_in: int, tokens_out: int, cost_microcents: int) -> None:
    found = instruments()
    found.provider_tokens.labels(provider, model, "in").inc(tokens_in)
    found.provider_tokens.labels(provider, model, "out").inc(tokens_out)
    found.provider_cost.labels(provider, model).inc(cost_microcents)
