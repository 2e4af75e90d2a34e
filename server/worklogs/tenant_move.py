"""What moving a user to another tenant takes of the worklogs domain, counted before the move."""

from __future__ import annotations

from uuid import UUID

from server.evidence.models import Evidence
from server.worklogs.models import Worklog


async def count_worklogs_of_user(user_id: UUID, tenant_id: UUID) -> dict[str, int]:
    """TENANT_DATA_COUNTERS entry: what move_worklogs_of_user would move."""
    return {
        "worklogs": await Worklog.filter(user_id=user_id, tenant_id=tenant_id).count(),
        "evidence": await Evidence.filter(worklog__user_id=user_id, tenant_id=tenant_id).count(),
    }
