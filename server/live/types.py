"""GraphQL types of live updates: the status bar (a job's events are jobs' JobEvent)."""

from __future__ import annotations

from typing import cast

import strawberry
from strawberry.scalars import JSON

from server.graphql.scalars import BigInt
from server.jobs.types import JobEvent
from server.live.status import StatusFigures
from server.live.timeline import TimelineEvent


@strawberry.type(description="The viewer's tenant at a glance; also pushed live by the `statusBar` subscription.")
class StatusBar:
    reserve_balance_cents: int = strawberry.field(description="The reserve's balance (open holds already out).")
    tokens_in: BigInt = strawberry.field(description="Tokens sent to providers by the tenant's jobs this UTC month.")
    tokens_out: BigInt = strawberry.field(description="Tokens received from providers this UTC month.")
    jobs_running: int = strawberry.field(description="The tenant's jobs RUNNING now (queued ones are not counted).")

    @classmethod
    def from_figures(cls, f: StatusFigures) -> StatusBar:
        return cls(
            reserve_balance_cents=f.reserve_balance_cents,
            tokens_in=f.tokens_in,
            tokens_out=f.tokens_out,
            jobs_running=f.jobs_running,
        )


def job_event_of(event: TimelineEvent) -> JobEvent:
    return JobEvent(seq=event.seq, type=event.type, message=event.message, data=cast(JSON, event.data), at=event.at)
