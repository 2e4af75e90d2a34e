from __future__ import annotations

import strawberry

from server.system import lockdown
from server.system.types import SystemStatus


@strawberry.type
class Query:
    @strawberry.field(description="Public: whether the service is locked down, and the notice to show.")
    async def system_status(self) -> SystemStatus:
        status = await lockdown.system_status()
        return SystemStatus(lockdown=status.lockdown, message=status.message)
