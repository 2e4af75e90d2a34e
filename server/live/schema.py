"""The status bar (query and subscription) and a job's live timeline: thin, validate → service → map."""

from __future__ import annotations

from collections.abc import AsyncGenerator

import strawberry

from server.errors import NotFound
from server.graphql.context import Info
from server.graphql.errors import not_found
from server.graphql.ids import parse_id
from server.graphql.permissions import IsAuthenticated, IsStaff
from server.jobs.types import JobEvent
from server.live import status, timeline
from server.live.types import StatusBar, job_event_of


@strawberry.type
class Query:
    @strawberry.field(permission_classes=[IsAuthenticated], description="The viewer's tenant at a glance.")
    async def status_bar(self, info: Info) -> StatusBar:
        return StatusBar.from_figures(await status.status_figures(info.context.scope))


@strawberry.type
class Subscription:
    @strawberry.subscription(
        permission_classes=[IsAuthenticated],
        description="The status bar now, then again whenever it changes (balance, jobs running, tokens).",
    )
    async def status_bar(self, info: Info) -> AsyncGenerator[StatusBar, None]:
        ctx = info.context
        figures = status.follow_status(ctx.scope, ctx.bus)
        try:
            async for current in figures:
                yield StatusBar.from_figures(current)
        finally:
            await figures.aclose()  # now, not whenever it is collected: it holds a channel of the hub

    @strawberry.subscription(
        permission_classes=[IsAuthenticated],
        description="One of the viewer's own jobs, event by event: those after `afterSeq` (default 0: all) "
        "from the store, then live ones, in seq order without gaps or repeats; completes after FINISHED, "
        "FAILED or CANCELLED. Another's job: a NOT_FOUND error and no events.",
    )
    async def job_events(
        self, info: Info, job_id: strawberry.ID, after_seq: int | None = None
    ) -> AsyncGenerator[JobEvent, None]:
        async for event in _follow(info, job_id, after_seq, staff=False):
            yield event

    @strawberry.subscription(
        permission_classes=[IsStaff],
        description="Staff: any tenant's job, event by event, as `jobEvents` gives one's own (what the admin jobs "
        "page follows while a job runs).",
    )
    async def admin_job_events(
        self, info: Info, job_id: strawberry.ID, after_seq: int | None = None
    ) -> AsyncGenerator[JobEvent, None]:
        async for event in _follow(info, job_id, after_seq, staff=True):
            yield event


async def _follow(
    info: Info, job_id: strawberry.ID, after_seq: int | None, *, staff: bool
) -> AsyncGenerator[JobEvent, None]:
    ctx = info.context
    events = timeline.follow_job_events(ctx.scope, parse_id(job_id, "jobId"), after_seq, ctx.bus, staff=staff)
    try:
        async for event in events:
            yield job_event_of(event)
    except NotFound as exc:
        raise not_found(exc.message) from exc
    finally:
        await events.aclose()
