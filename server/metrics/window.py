"""The dashboard's filters, checked: a date window (default the last 30 days, at most two years), a tenant, a plan."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from uuid import UUID

from tortoise import Tortoise

from server.errors import ServiceError
from server.tenants.models import Tenant

DEFAULT_DAYS = 30
MAX_DAYS = 731  # two years, a leap day included


@dataclass(frozen=True)
class Window:
    start: date
    end: date  # inclusive
    tenant_id: UUID | None = None
    plan: str | None = None

    @property
    def starts_at(self) -> datetime:
        return instant(self.start)

    @property
    def ends_at(self) -> datetime:
        """The instant after the window's last day."""
        return instant(self.end + timedelta(days=1))

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1

    def previous(self) -> Window:
        """The window of the same length just before this one: the trailing baseline of alerts."""
        return Window(self.start - timedelta(days=self.days), self.start - timedelta(days=1), self.tenant_id, self.plan)


def instant(day: date) -> datetime:
    return datetime.combine(day, time.min, tzinfo=UTC)


def default_window(today: date) -> Window:
    return Window(today - timedelta(days=DEFAULT_DAYS - 1), today)


async def resolve_window(
    start: date | None, end: date | None, tenant_id: UUID | None, plan: str | None, *, today: date
) -> Window:
    """The filters as asked, or a specific refusal: reversed or too long a window, an unknown tenant or plan."""
    end = end or (today if start is None else min(today, start + timedelta(days=DEFAULT_DAYS - 1)))
    start = start or end - timedelta(days=DEFAULT_DAYS - 1)
    if start > end:
        raise ServiceError("INVALID_DATE_RANGE", "The window's start is after its end.", "startDate")
    if (end - start).days + 1 > MAX_DAYS:
        raise ServiceError("DATE_RANGE_TOO_LONG", f"A window spans at most {MAX_DAYS} days.", "endDate")
    if tenant_id is not None and not await Tenant.exists(id=tenant_id):
        raise ServiceError("UNKNOWN_TENANT", "No tenant has that id.", "tenantId")
    if plan is not None:
        known = await Tortoise.get_connection("default").execute_query_dict(
            "SELECT 1 FROM subscription_change WHERE plan = $1 UNION ALL SELECT 1 FROM subscription WHERE plan = $1 LIMIT 1",
            [plan],
        )
        if not known:
            raise ServiceError("UNKNOWN_PLAN", "No subscription has had that plan.", "plan")
    return Window(start, end, tenant_id, plan)
