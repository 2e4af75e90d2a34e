"""Mail tasks, named "mail.<action>"; `register(broker)` adds them to a broker."""

from __future__ import annotations

from uuid import UUID

from taskiq import AsyncBroker

from server.mail.service import deliver_due as deliver_due_messages
from server.mail.transport import transport_for
from server.settings import get_settings


async def deliver(mail_id: str) -> int:
    """Deliver one queued message now (the nudge a service sends after its commit); returns 1 if sent."""
    settings = get_settings()
    done = await deliver_due_messages(settings, transport_for(settings), only=UUID(mail_id), limit=1)
    return done.sent


async def deliver_due() -> int:
    """Every minute: whatever is due, first attempts missed and retries alike."""
    settings = get_settings()
    done = await deliver_due_messages(settings, transport_for(settings))
    return done.sent


def register(broker: AsyncBroker) -> None:
    broker.register_task(deliver, task_name="mail.deliver")
    broker.register_task(deliver_due, task_name="mail.deliver_due", schedule=[{"cron": "* * * * *"}])
