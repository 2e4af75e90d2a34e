"""What a worker process runs jobs with: settings, the bus, storage, the generator and the broker."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from taskiq import AsyncBroker

from server.llm.base import Generator
from server.settings import Settings
from server.storage.base import Storage
from server.system.events import EventBus

if TYPE_CHECKING:
    from server.jobs.engine import JobRun

# The work of one job kind: reads, generates and stores through the run, which meters and checkpoints.
Work = Callable[["JobRun"], Awaitable[None]]


@dataclass
class Runtime:
    settings: Settings
    bus: EventBus | None
    storage: Storage
    generator: Generator
    broker: AsyncBroker | None
    work_for: Callable[[str], Work]
