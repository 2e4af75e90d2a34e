"""Report tasks, named "reports.<action>"; `register(broker)` adds them to a broker.

- `reports.render(report_id)`: renders the report's current revision in every format (after an edit);
  a revision already rendered is left alone, so a repeated message is harmless.
"""

from __future__ import annotations

import asyncio
from uuid import UUID

from taskiq import AsyncBroker, TaskiqEvents, TaskiqState

from server.reports.artifacts import render_and_store
from server.reports.editing import RENDER_TASK
from server.reports.models import READY, Report
from server.settings import get_settings
from server.storage import open_storage
from server.storage.base import Storage


def register(broker: AsyncBroker) -> None:
    storage: Storage | None = None
    lock = asyncio.Lock()

    async def get_storage() -> Storage:
        nonlocal storage
        async with lock:
            if storage is None:
                storage = await open_storage(get_settings())
            return storage

    async def close(state: TaskiqState) -> None:
        if storage is not None:
            await storage.close()

    async def render(report_id: str) -> int:
        report = await Report.get_or_none(id=UUID(report_id), status=READY)
        if report is None:
            return 0
        rendered = await render_and_store(report, await get_storage())
        return len(rendered.artifacts)

    broker.add_event_handler(TaskiqEvents.WORKER_SHUTDOWN, close)
    broker.register_task(render, task_name=RENDER_TASK)
