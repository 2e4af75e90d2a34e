"""`statusBar`: the tenant's balance, this UTC month's tokens and its running jobs, as a query and pushed
live over a real WebSocket when another process moves the balance, starts or ends a job, or uses tokens."""

from __future__ import annotations

import asyncio
import time
from datetime import UTC, datetime, timedelta, timezone

from server.billing.models import ReserveAccount
from server.jobs.models import Job, UsageEvent
from server.live.status import MIN_INTERVAL_SECONDS, follow_status, month_window
from server.system.events import EventBus, tenant_status_channel
from server.tenants.models import Profile, Tenant
from tests.factories import create_reserve, create_staff, create_user, scope_of, token_for
from tests.live.sockets import Socket

STATUS_BAR = "{ statusBar { reserveBalanceCents tokensIn tokensOut jobsRunning } }"
SUBSCRIBE = "subscription { statusBar { reserveBalanceCents tokensIn tokensOut jobsRunning } }"


def figures(balance: int, tokens_in: int = 0, tokens_out: int = 0, running: int = 0) -> dict:
    return {"reserveBalanceCents": balance, "tokensIn": tokens_in, "tokensOut": tokens_out, "jobsRunning": running}


async def tenant_of(user) -> Tenant:
    return await Tenant.get(id=(await Profile.get(user_id=user.id)).tenant_id)


async def make_job(user, status: str) -> Job:
    tenant = await tenant_of(user)
    return await Job.create(
        tenant_id=tenant.id, user_id=user.id, kind="MONTHLY", status=status, queued_at=datetime.now(UTC)
    )


async def use_tokens(job: Job, tokens_in: int, tokens_out: int, *, at: datetime | None = None) -> UsageEvent:
    usage = await UsageEvent.create(
        tenant_id=job.tenant_id,
        user_id=job.user_id,
        job_id=job.id,
        attempt=1,
        provider="extractive",
        model="extractive-1",
        tokens_in=tokens_in,
        tokens_out=tokens_out,
        latency_ms=5,
        cost_microcents=10,
    )
    if at is not None:
        await UsageEvent.filter(id=usage.id).update(created_at=at)
    return usage


def test_the_month_is_the_utc_calendar_month():
    assert month_window(datetime(2026, 12, 31, 23, 59, tzinfo=UTC)) == (
        datetime(2026, 12, 1, tzinfo=UTC),
        datetime(2027, 1, 1, tzinfo=UTC),
    )
    # 00:30 on 1 March in UTC+2 is still February in UTC.
    local = datetime(2026, 3, 1, 0, 30, tzinfo=timezone(timedelta(hours=2)))
    assert month_window(local)[0] == datetime(2026, 2, 1, tzinfo=UTC)


async def test_the_query_answers_the_tenants_own_figures(gql):
    user = await create_user()
    await create_reserve(await tenant_of(user), balance_cents=1234)
    running, queued = await make_job(user, "running"), await make_job(user, "queued")
    await use_tokens(running, 100, 40)
    await use_tokens(queued, 5, 1)
    start, _ = month_window(datetime.now(UTC))
    await use_tokens(running, 999, 999, at=start - timedelta(seconds=1))  # last month: not counted
    stranger = await create_user()
    await create_reserve(await tenant_of(stranger), balance_cents=50)
    await use_tokens(await make_job(stranger, "running"), 7000, 7000)

    body = await gql.ok(STATUS_BAR, token=await token_for(user))
    assert body["statusBar"] == figures(1234, 105, 41, running=1)  # queued jobs are not running
    body = await gql.ok(STATUS_BAR, token=await token_for(stranger))
    assert body["statusBar"] == figures(50, 7000, 7000, running=1)
    anonymous = await gql(STATUS_BAR)
    assert [e["extensions"]["code"] for e in anonymous["errors"]] == ["UNAUTHENTICATED"]


async def test_the_subscription_pushes_when_another_process_moves_the_balance_or_a_job(app, gql, live_server):
    bus = EventBus(app.state.redis)  # this test process publishes as a worker would
    user = await create_user()
    tenant = await tenant_of(user)
    await create_reserve(tenant, balance_cents=1000)
    socket = await Socket.open(live_server, await token_for(user))
    operation = await socket.subscribe(SUBSCRIBE)
    assert (await operation.data())["statusBar"] == figures(1000)  # the current figures first

    # The balance moves through API 2 (this process): a staff adjustment.
    adjust = 'mutation($t: ID!) { adjustReserve(input: {tenantId: $t, amountCents: 250, reason: "gift"}) { errors { code } } }'
    staff_token = await token_for(await create_staff())
    assert (await gql.ok(adjust, {"t": str(tenant.id)}, token=staff_token))["adjustReserve"]["errors"] == []
    assert (await operation.data())["statusBar"] == figures(1250)

    # A job starts, uses tokens, ends: each announced on the tenant's channel after its commit.
    job = await make_job(user, "queued")
    await Job.filter(id=job.id).update(status="running")
    await bus.publish(tenant_status_channel(tenant.id), {"type": "jobs.changed", "jobId": str(job.id)})
    assert (await operation.data())["statusBar"] == figures(1250, running=1)
    await use_tokens(job, 300, 120)
    await bus.publish(tenant_status_channel(tenant.id), {"type": "usage.tokens", "jobId": str(job.id)})
    assert (await operation.data())["statusBar"] == figures(1250, 300, 120, running=1)
    await Job.filter(id=job.id).update(status="success")
    await bus.publish(tenant_status_channel(tenant.id), {"type": "jobs.changed", "jobId": str(job.id)})
    assert (await operation.data())["statusBar"] == figures(1250, 300, 120, running=0)

    # Another tenant's changes push nothing here.
    other = await create_user()
    await create_reserve(await tenant_of(other), balance_cents=10)
    assert await operation.quiet(0.5) == []
    await socket.close()


async def test_a_burst_is_coalesced_and_shared_by_the_tenants_subscribers(app, count_queries):
    """Two hundred changes while fifty subscribers of one tenant watch: a handful of reads, not 10 000."""
    user = await create_user()
    tenant = await tenant_of(user)
    await create_reserve(tenant, balance_cents=100)
    scope = await scope_of(user)
    bus = EventBus(app.state.redis, app.state.events)
    streams = [follow_status(scope, bus) for _ in range(50)]
    assert {(await anext(s)).reserve_balance_cents for s in streams} == {100}
    latest: list[int] = [0] * len(streams)

    async def watch(i: int) -> None:
        async for f in streams[i]:
            latest[i] = f.reserve_balance_cents

    watchers = [asyncio.create_task(watch(i)) for i in range(len(streams))]
    started = time.monotonic()
    with count_queries() as statements:
        for n in range(200):
            await ReserveAccount.filter(tenant_id=tenant.id).update(balance_cents=101 + n)
            await bus.publish(tenant_status_channel(tenant.id), {"type": "reserve.balance"})
        for _ in range(100):
            if set(latest) == {300}:
                break
            await asyncio.sleep(0.05)
    elapsed = time.monotonic() - started
    for task in watchers:
        task.cancel()
    await asyncio.gather(*watchers, return_exceptions=True)
    for s in streams:
        await s.aclose()
    assert set(latest) == {300}  # every subscriber ends on the last figures
    reads = [s for s in statements if "usage_event" in s]
    # One read per tenant per MIN_INTERVAL_SECONDS at most, shared by all fifty: fewer than one per change.
    assert 1 <= len(reads) <= elapsed / MIN_INTERVAL_SECONDS + 2, (len(reads), elapsed)
    assert len(reads) < 200
    assert app.state.events.subscribers(tenant_status_channel(tenant.id)) == 0
