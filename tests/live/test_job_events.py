"""`jobEvents` over a real WebSocket (uvicorn on loopback, another process): stored events after
`afterSeq`, then live ones published by other processes, in order, no gaps, no repeats, then complete."""

from __future__ import annotations

import asyncio
from datetime import UTC, date, datetime

from redis.asyncio import Redis

from server.jobs.events import JobEventType, append_event, job_events_channel, publish_events
from server.jobs.models import Job, JobEvent
from server.system.events import EventBus
from server.tenants.models import Profile, Tenant
from tests.factories import create_reserve, create_staff, create_user, create_worklog, token_for
from tests.jobs.conftest import funded_user, wait_for_status
from tests.jobs.documents import CANCEL, GENERATE, monthly
from tests.live.sockets import Socket, events_until_complete

JOB_EVENTS = (
    "subscription($id: ID!, $after: Int) { jobEvents(jobId: $id, afterSeq: $after) { seq type message data at } }"
)
STATUS_BAR = "subscription { statusBar { reserveBalanceCents tokensIn tokensOut jobsRunning } }"
ENGINE_TIMELINE = [
    "QUEUED",
    "HOLD_PLACED",
    "STARTED",
    "ENTRIES_LOADED",
    "PROVIDER_CALL",
    "CHECKED",
    "ARTIFACT_WRITTEN",
    "SETTLED",
    "FINISHED",
]


async def make_job(user, *types: str, status: str = "running") -> Job:
    """A job of `user` whose stored timeline is `types` (seq 1..n), as the engine would leave it."""
    tenant_id = (await Profile.get(user_id=user.id)).tenant_id
    job = await Job.create(
        tenant_id=tenant_id, user_id=user.id, kind="MONTHLY", status=status, queued_at=datetime.now(UTC)
    )
    for type_ in types:
        await append_event(job, JobEventType(type_), type_.lower())
    await job.save(update_fields=["event_seq"])
    return job


async def add_event(job: Job, type_: str, *, publish: bool = True, redis: Redis) -> JobEvent:
    """What the engine does for one step, from this process (not the API process the socket is on)."""
    event = await append_event(job, JobEventType(type_), type_.lower())
    await job.save(update_fields=["event_seq"])
    if publish:
        await publish_events(EventBus(redis), job, [event])
    return event


async def channel_subscribers(redis: Redis, job: Job) -> int:
    return dict(await redis.pubsub_numsub(job_events_channel(job.id)))[job_events_channel(job.id)]


async def until_subscribed(redis: Redis, job: Job) -> None:
    for _ in range(200):
        if await channel_subscribers(redis, job) == 1:
            return
        await asyncio.sleep(0.02)
    raise AssertionError("the API process never subscribed to the job's channel")


async def test_a_worker_jobs_events_and_status_bar_reach_a_subscriber_on_another_api_process(
    app, gql, live_server, start_worker
):
    """The job is queued through this process (API 2), run by a worker process, watched on API 1: its
    timeline event by event, and the status bar as the worker starts it, meters it and settles it."""
    user = await create_user()
    await create_reserve(await Tenant.get(id=(await Profile.get(user_id=user.id)).tenant_id), balance_cents=1000)
    await create_worklog(user, date=date(2026, 11, 3), content="Shipped the billing export to 40 customers.")
    await create_worklog(user, date=date(2026, 11, 9), content="Reviewed 12 pull requests.")
    token = await token_for(user)
    made = (await gql.ok(GENERATE, monthly(), token=token))["generateReport"]
    job_id = made["job"]["id"]

    socket = await Socket.open(live_server, token)
    status_bar = await socket.subscribe(STATUS_BAR)
    held = {"reserveBalanceCents": 1000 - made["job"]["heldCents"], "tokensIn": 0, "tokensOut": 0, "jobsRunning": 0}
    assert (await status_bar.data())["statusBar"] == held
    operation = await socket.subscribe(JOB_EVENTS, {"id": job_id})
    replayed = [await operation.data() for _ in range(2)]  # queued and held before anyone listened
    assert [e["jobEvents"]["type"] for e in replayed] == ["QUEUED", "HOLD_PLACED"]

    worker = await start_worker()  # only now does the job run: the rest must arrive live
    rest = await events_until_complete(operation)
    got = [e["jobEvents"] for e in replayed] + rest
    assert [e["seq"] for e in got] == list(range(1, len(ENGINE_TIMELINE) + 1))
    assert [e["type"] for e in got] == ENGINE_TIMELINE
    stored = await JobEvent.filter(job_id=job_id).order_by("seq")
    assert [(e["seq"], e["message"], e["data"]) for e in got] == [(s.seq, s.message, s.data) for s in stored]
    job = await wait_for_status(job_id, "success", worker=worker)

    # Pushed by the worker's publications (coalesced, so not every intermediate figure need show): they end
    # on the settled balance and the job's tokens, with nothing running.
    settled = {
        "reserveBalanceCents": 1000 - job.cost_cents,
        "tokensIn": job.tokens_in,
        "tokensOut": job.tokens_out,
        "jobsRunning": 0,
    }
    pushed = []
    while not pushed or pushed[-1] != settled:
        pushed.append((await status_bar.data())["statusBar"])
    assert job.tokens_in > 0 and job.cost_cents > 0
    assert all(
        p["reserveBalanceCents"] in (held["reserveBalanceCents"], settled["reserveBalanceCents"]) for p in pushed
    )
    await socket.close()


async def test_a_cancel_through_another_api_process_reaches_the_follower_live(app, gql, live_server):
    """API 2 (this process) cancels a queued job that a socket on API 1 follows: the cancel's events arrive
    live, in order, and the stream completes."""
    user, _ = await funded_user(balance_cents=500)
    token = await token_for(user)
    job_id = (await gql.ok(GENERATE, monthly(), token=token))["generateReport"]["job"]["id"]
    socket = await Socket.open(live_server, token)
    operation = await socket.subscribe(JOB_EVENTS, {"id": job_id, "after": 2})
    job = await Job.get(id=job_id)
    await until_subscribed(app.state.redis, job)
    assert await operation.quiet(0.2) == []  # nothing after seq 2 yet

    cancelled = (await gql.ok(CANCEL, {"id": job_id}, token=token))["cancelJob"]
    assert cancelled["errors"] == [] and cancelled["job"]["status"] == "CANCELLED"
    rest = await events_until_complete(operation)
    assert [(e["seq"], e["type"]) for e in rest] == [(3, "CANCEL_REQUESTED"), (4, "RELEASED"), (5, "CANCELLED")]
    await socket.close()


async def test_a_late_subscriber_gets_the_missed_events_first_then_live_ones_without_repeats(app, live_server):
    redis = app.state.redis
    user = await create_user()
    job = await make_job(user, "QUEUED", "HOLD_PLACED", "STARTED")
    socket = await Socket.open(live_server, await token_for(user))
    operation = await socket.subscribe(JOB_EVENTS, {"id": str(job.id), "after": 1})
    assert [(await operation.data())["jobEvents"]["seq"] for _ in range(2)] == [2, 3]  # from the store
    await until_subscribed(redis, job)

    await add_event(job, "ENTRIES_LOADED", redis=redis)  # 4, live
    again = await JobEvent.get(job_id=job.id, seq=3)
    await publish_events(EventBus(redis), job, [again])  # a repeat of 3: dropped
    await add_event(job, "PROVIDER_CALL", publish=False, redis=redis)  # 5 committed, its publication lost
    await add_event(job, "ARTIFACT_WRITTEN", redis=redis)  # 6 arrives live: the gap (5) is read from the store
    await add_event(job, "FINISHED", redis=redis)  # 7, terminal: the stream completes
    rest = await events_until_complete(operation)
    assert [(e["seq"], e["type"]) for e in rest] == [
        (4, "ENTRIES_LOADED"),
        (5, "PROVIDER_CALL"),
        (6, "ARTIFACT_WRITTEN"),
        (7, "FINISHED"),
    ]
    # The operation is over and so is its share of the hub: API 1 left the job's channel.
    for _ in range(100):
        if await channel_subscribers(redis, job) == 0:
            break
        await asyncio.sleep(0.02)
    assert await channel_subscribers(redis, job) == 0
    await socket.close()


async def test_a_finished_job_is_replayed_and_completes(app, live_server):
    user = await create_user()
    job = await make_job(user, "QUEUED", "HOLD_PLACED", "STARTED", "RELEASED", "CANCELLED", status="cancelled")
    socket = await Socket.open(live_server, await token_for(user))
    everything = await events_until_complete(await socket.subscribe(JOB_EVENTS, {"id": str(job.id)}))
    assert [e["seq"] for e in everything] == [1, 2, 3, 4, 5]
    tail = await events_until_complete(await socket.subscribe(JOB_EVENTS, {"id": str(job.id), "after": 3}))
    assert [e["type"] for e in tail] == ["RELEASED", "CANCELLED"]
    # A client that had it all: nothing to send, and nothing will come, so it completes at once.
    assert await events_until_complete(await socket.subscribe(JOB_EVENTS, {"id": str(job.id), "after": 5})) == []
    await socket.close()


async def test_another_tenants_job_is_not_found_and_sends_no_events(app, live_server):
    redis = app.state.redis
    owner = await create_user()
    job = await make_job(owner, "QUEUED", "HOLD_PLACED")
    for stranger in (await create_user(), await create_user(tenant=await Tenant.get(id=job.tenant_id))):
        socket = await Socket.open(live_server, await token_for(stranger))
        operation = await socket.subscribe(JOB_EVENTS, {"id": str(job.id)})
        await add_event(job, "STARTED", redis=redis)
        first = await operation.next()
        assert first["type"] in {"next", "error"}, first
        errors = first["payload"]["errors"] if first["type"] == "next" else first["payload"]
        assert [e["extensions"]["code"] for e in errors] == ["NOT_FOUND"], first
        if first["type"] == "next":
            assert first["payload"]["data"] is None
            assert (await operation.next())["type"] == "complete"
        assert await operation.quiet(0.3) == []
        await socket.close()
    # Staff follow their own jobs here too; any tenant's timeline is `admin { job(id) { events } }`.
    socket = await Socket.open(live_server, await token_for(await create_staff()))
    first = await (await socket.subscribe(JOB_EVENTS, {"id": str(job.id)})).next()
    errors = first["payload"]["errors"] if first["type"] == "next" else first["payload"]
    assert [e["extensions"]["code"] for e in errors] == ["NOT_FOUND"]
    await socket.close()


ADMIN_JOB_EVENTS = "subscription($id: ID!, $after: Int) { adminJobEvents(jobId: $id, afterSeq: $after) { seq type } }"


async def test_staff_follow_any_tenants_job_with_admin_job_events_and_users_are_refused(app, live_server):
    redis = app.state.redis
    owner = await create_user()
    job = await make_job(owner, "QUEUED", "HOLD_PLACED", "STARTED")
    socket = await Socket.open(live_server, await token_for(owner))  # the owner is no staff member
    first = await (await socket.subscribe(ADMIN_JOB_EVENTS, {"id": str(job.id)})).next()
    errors = first["payload"]["errors"] if first["type"] == "next" else first["payload"]
    assert [e["extensions"]["code"] for e in errors] == ["FORBIDDEN"], first
    await socket.close()

    socket = await Socket.open(live_server, await token_for(await create_staff()))
    operation = await socket.subscribe(ADMIN_JOB_EVENTS, {"id": str(job.id), "after": 1})
    assert [(await operation.data())["adminJobEvents"]["seq"] for _ in range(2)] == [2, 3]  # from the store
    await until_subscribed(redis, job)
    await add_event(job, "FINISHED", redis=redis)  # live, then the stream completes
    assert (await operation.data())["adminJobEvents"] == {"seq": 4, "type": "FINISHED"}
    assert (await operation.next())["type"] == "complete"
    await socket.close()


async def test_bad_arguments_are_refused_with_their_codes(app, live_server):
    user = await create_user()
    job = await make_job(user, "QUEUED")
    socket = await Socket.open(live_server, await token_for(user))
    for variables, expected in (
        ({"id": str(job.id), "after": -1}, ("BAD_REQUEST", "INVALID_AFTER_SEQ")),
        ({"id": "not-an-id"}, ("BAD_REQUEST", "INVALID_ID")),
    ):
        first = await (await socket.subscribe(JOB_EVENTS, variables)).next()
        errors = first["payload"]["errors"] if first["type"] == "next" else first["payload"]
        assert [(e["extensions"]["code"], e["extensions"].get("reason")) for e in errors] == [expected], first
    await socket.close()
    anonymous = await Socket.open(live_server)
    first = await (await anonymous.subscribe(JOB_EVENTS, {"id": str(job.id)})).next()
    errors = first["payload"]["errors"] if first["type"] == "next" else first["payload"]
    assert [e["extensions"]["code"] for e in errors] == ["UNAUTHENTICATED"]
    await anonymous.close()


async def test_revoking_the_session_closes_a_following_socket_and_frees_the_channel(app, gql, live_server):
    redis = app.state.redis
    user = await create_user()
    job = await make_job(user, "QUEUED", "STARTED")
    token = await token_for(user)
    socket = await Socket.open(live_server, token)
    operation = await socket.subscribe(JOB_EVENTS, {"id": str(job.id)})
    assert [(await operation.data())["jobEvents"]["seq"] for _ in range(2)] == [1, 2]
    await until_subscribed(redis, job)
    assert (await gql.ok("mutation { logout { ok } }", token=token))["logout"] == {"ok": True}  # from API 2
    assert await socket.closed_within(2.0) == 4401
    for _ in range(100):
        if await channel_subscribers(redis, job) == 0:
            break
        await asyncio.sleep(0.02)
    assert await channel_subscribers(redis, job) == 0  # no subscription left behind in API 1
