"""Backup tasks, named "backup.<action>"; `register(broker)` adds them to a broker.

The scheduled backup is for the embedded deployment (one machine, DATA_DIR): it runs only when
BACKUP_DIR is set, at BACKUP_CRON, and keeps the newest BACKUP_KEEP archives.
"""

from __future__ import annotations

import logging

from taskiq import AsyncBroker

from server.backup.service import scheduled_backup
from server.settings import get_settings

log = logging.getLogger(__name__)


async def backup_now() -> str | None:
    """Write one archive into BACKUP_DIR and prune the old ones; the archive's path, or None when off."""
    result = await scheduled_backup(get_settings())
    if result is None:
        return None
    log.info(
        "backup written: %s (%d bytes, %d objects, %.1f s)", result.path, result.size, result.objects, result.seconds
    )
    return str(result.path)


def register(broker: AsyncBroker) -> None:
    settings = get_settings()
    schedule = [{"cron": settings.backup_cron}] if settings.backup_dir is not None else []
    broker.register_task(backup_now, task_name="backup.scheduled", schedule=schedule)
