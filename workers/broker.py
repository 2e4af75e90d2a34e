"""The one place that builds the task broker and the scheduler.

RedisStreamBroker acknowledges a task only after it ran, so a worker killed mid-task
leaves it pending; `unacknowledged_lock_timeout` and `idle_timeout` let another worker
reclaim it. Tasks are named "<domain>.<action>" and take ids.
"""

from __future__ import annotations

from taskiq import TaskiqEvents, TaskiqScheduler, TaskiqState
from taskiq.schedule_sources import LabelScheduleSource
from taskiq_redis import RedisStreamBroker

from server.settings import Settings, get_settings

# Modules whose tasks the worker loads (taskiq imports them by name).
TASK_MODULES: list[str] = ["server.billing.tasks"]

LONGEST_TASK_MS = 15 * 60 * 1000


def build_broker(settings: Settings) -> RedisStreamBroker:
    broker = RedisStreamBroker(
        url=settings.redis_url or "redis://127.0.0.1:6379/0",
        queue_name="afterresume:tasks",
        consumer_group_name="afterresume-workers",
        maxlen=100_000,
        idle_timeout=LONGEST_TASK_MS + 60_000,
        unacknowledged_lock_timeout=60,
    )

    @broker.on_event(TaskiqEvents.WORKER_STARTUP)
    async def _startup(state: TaskiqState) -> None:
        from server.db import init_db

        await init_db(get_settings())

    @broker.on_event(TaskiqEvents.WORKER_SHUTDOWN)
    async def _shutdown(state: TaskiqState) -> None:
        from server.db import close_db

        await close_db()

    return broker


broker = build_broker(get_settings())
scheduler = TaskiqScheduler(broker=broker, sources=[LabelScheduleSource(broker)])
