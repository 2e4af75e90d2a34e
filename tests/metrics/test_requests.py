"""Request aggregates from several processes sum in PostgreSQL; percentiles, error rate, roll-up and
pruning are exact; authenticated requests mark their user active once a day; snapshots serve the dashboard."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from server.metrics import recording
from server.metrics.models import MetricsSnapshot, RequestAggregate, UserActivity
from server.metrics.recording import ActivityMarker, RequestAggregates
from tests.factories import create_staff, create_user, token_for

PAST = datetime(2026, 7, 1, tzinfo=UTC)  # the rows these tests write are older; the app's own are not
SYSTEM = """query($s: Date, $e: Date) { admin { metrics(startDate: $s, endDate: $e) {
  fromSnapshot computedAt system { requests errors errorRate p50Ms p95Ms p99Ms } alerts { code value threshold }
} } }"""


async def test_two_processes_minutes_sum_and_give_exact_percentiles_and_error_rate(gql, app):
    token = await token_for(await create_staff())
    minute = datetime(2026, 5, 4, 10, 30, tzinfo=UTC).timestamp()
    one, two = RequestAggregates(), RequestAggregates()  # two API processes
    for _ in range(30):
        one.record(3.0, False, now=minute)
    for _ in range(20):
        two.record(4.9, False, now=minute + 59)
    for _ in range(45):
        two.record(40.0, False, now=minute + 60)  # the next minute
    for _ in range(4):
        one.record(300.0, False, now=minute)
    one.record(20_000.0, True, now=minute)
    assert (one.buffered, two.buffered) == (35, 65)
    assert await one.flush() == 1 and await two.flush() == 2
    assert (one.buffered, two.buffered) == (0, 0)
    # The app's own flusher may add this moment's requests meanwhile: look at May 2026 only.
    rows = await RequestAggregate.filter(resolution="minute", period_start__lt=PAST).order_by("period_start")
    assert [r.requests for r in rows] == [55, 45]
    assert (rows[0].b0, rows[0].b6, rows[0].b11, rows[0].errors) == (50, 4, 1, 1)
    data = await gql.ok(SYSTEM, {"s": "2026-05-04", "e": "2026-05-04"}, token=token)
    system = data["admin"]["metrics"]["system"]
    # 100 requests: 50 within 5 ms, 45 within 50 ms, 4 within 500 ms, 1 slower than 10 s (an error).
    assert system == {"requests": 100, "errors": 1, "errorRate": 0.01, "p50Ms": 5.0, "p95Ms": 50.0, "p99Ms": 500.0}
    assert "ERROR_RATE" not in {a["code"] for a in data["admin"]["metrics"]["alerts"]}  # 1 % is not over 1 %
    two.record(10.0, True, now=minute)
    await two.flush()
    data = await gql.ok(SYSTEM, {"s": "2026-05-04", "e": "2026-05-04"}, token=token)
    alert = next(a for a in data["admin"]["metrics"]["alerts"] if a["code"] == "ERROR_RATE")
    assert alert["value"] == 2 / 101 * 100 and alert["threshold"] == 1.0


async def test_old_minutes_roll_up_into_hours_and_old_hours_are_pruned(app):
    now = datetime(2026, 6, 10, 12, 0, tzinfo=UTC)
    agg = RequestAggregates()
    for minutes_ago, ms in ((60 * 50 + 5, 7.0), (60 * 50 + 20, 7.0), (60 * 49, 30.0), (30, 2.0)):
        agg.record(ms, False, now=(now - timedelta(minutes=minutes_ago)).timestamp())
    agg.record(1.0, False, now=(now - timedelta(days=500)).timestamp())
    await agg.flush()
    rolled, deleted = await recording.roll_up_and_prune(48, 400, now=now)
    assert (rolled, deleted) == (4, 1)  # 3 minutes older than 48 h, the 500-day one; then that one goes
    hours = await RequestAggregate.filter(resolution="hour", period_start__lt=PAST).order_by("period_start")
    assert [(h.period_start, h.requests, h.b1, h.b3) for h in hours] == [
        (datetime(2026, 6, 8, 9, 0, tzinfo=UTC), 2, 2, 0),
        (datetime(2026, 6, 8, 11, 0, tzinfo=UTC), 1, 0, 1),
    ]
    assert await RequestAggregate.filter(resolution="minute", period_start__lt=PAST).count() == 1
    assert await RequestAggregate.filter(period_start__lt=PAST).count() == 3
    assert await recording.roll_up_and_prune(48, 400, now=now) == (0, 0)  # again: nothing moves


async def test_requests_through_the_app_are_counted_and_mark_their_user_active_once(gql, app):
    user = await create_user()
    token = await token_for(user)
    await app.state.request_aggregates.flush()
    before = sum(r.requests for r in await RequestAggregate.all())
    for _ in range(3):
        await gql.ok("{ me { id } }", token=token)
    await gql("{ me { id } }")  # anonymous: counted, nobody marked
    await app.state.activity.drain()
    await app.state.request_aggregates.flush()
    assert sum(r.requests for r in await RequestAggregate.all()) - before == 4
    rows = await UserActivity.all()
    assert [(r.user_id, r.day) for r in rows] == [(user.id, datetime.now(UTC).date())]
    assert await app.state.redis.exists(f"afterresume:active:{datetime.now(UTC).date()}:{user.id}") == 1


async def test_another_process_skips_the_write_the_first_one_made(app):
    user = await create_user()
    first, second = ActivityMarker(app.state.redis), ActivityMarker(app.state.redis)
    first.mark(user.id, None)
    await first.drain()
    await UserActivity.all().delete()  # were the second process to write, the row would come back
    second.mark(user.id, None)
    await second.drain()
    assert await UserActivity.all().count() == 0


async def test_refresh_stores_a_snapshot_that_answers_the_default_window(gql, app):
    staff_token = await token_for(await create_staff())
    refreshed = await gql.ok(
        "mutation { refreshMetrics { metrics { computedAt startDate endDate } errors { code } } }", token=staff_token
    )
    payload = refreshed["refreshMetrics"]
    today = datetime.now(UTC).date()
    assert payload["errors"] == [] and payload["metrics"]["endDate"] == today.isoformat()
    assert payload["metrics"]["startDate"] == (today - timedelta(days=29)).isoformat()
    assert await MetricsSnapshot.all().count() == 1
    served = (await gql.ok(SYSTEM, {"s": None, "e": None}, token=staff_token))["admin"]["metrics"]
    assert served["fromSnapshot"] is True and served["computedAt"] == payload["metrics"]["computedAt"]
    other = (await gql.ok(SYSTEM, {"s": "2026-01-01", "e": "2026-01-31"}, token=staff_token))["admin"]["metrics"]
    assert other["fromSnapshot"] is False
    await MetricsSnapshot.all().update(computed_at=datetime.now(UTC) - timedelta(hours=2))  # too old now
    app.state.served_snapshots.forget()  # a stored snapshot never changes: the process kept this one
    stale = (await gql.ok(SYSTEM, {"s": None, "e": None}, token=staff_token))["admin"]["metrics"]
    assert stale["fromSnapshot"] is False


async def test_a_snapshot_another_process_stores_is_served_after_the_recheck(gql, app, settings):
    from server.metrics import service
    from server.metrics.window import default_window

    clock = [1000.0]
    app.state.served_snapshots = service.ServedSnapshots(recheck_seconds=10, clock=lambda: clock[0])
    staff_token = await token_for(await create_staff())
    window = default_window(datetime.now(UTC).date())
    first = await service.store_snapshot(await service.compute_metrics(window, settings, None), window)
    served = (await gql.ok(SYSTEM, {"s": None, "e": None}, token=staff_token))["admin"]["metrics"]
    assert served["fromSnapshot"] is True
    assert datetime.fromisoformat(served["computedAt"]) == first.computed_at
    second = await service.store_snapshot(await service.compute_metrics(window, settings, None), window)  # a worker's
    clock[0] += 9.9
    kept = (await gql.ok(SYSTEM, {"s": None, "e": None}, token=staff_token))["admin"]["metrics"]
    assert datetime.fromisoformat(kept["computedAt"]) == first.computed_at  # from memory, no lookup yet
    clock[0] += 0.2
    newer = (await gql.ok(SYSTEM, {"s": None, "e": None}, token=staff_token))["admin"]["metrics"]
    assert newer["fromSnapshot"] is True and datetime.fromisoformat(newer["computedAt"]) == second.computed_at


async def test_a_normal_user_cannot_refresh_or_read_metrics(gql):
    token = await token_for(await create_user())
    body = await gql("mutation { refreshMetrics { errors { code } } }", token=token)
    assert body["errors"][0]["extensions"]["code"] == "FORBIDDEN"
    body = await gql(SYSTEM, {"s": None, "e": None}, token=token)
    assert body["errors"][0]["extensions"]["code"] == "FORBIDDEN"
    assert await MetricsSnapshot.all().count() == 0


async def test_one_bucket_lookup_serves_the_aggregates_and_prometheus_at_the_edges(app, monkeypatch):
    """A request's bucket is found once, in whole nanoseconds, for the dashboard's histogram and
    Prometheus' alike: exactly 5 ms is in the 5 ms bucket, a nanosecond more in the next one."""
    from server.graphql.operations import OPERATIONS_KEY, OperationFacts
    from server.metrics import middleware, prometheus
    from tests.metrics.test_prometheus import sample

    # Samples written and scraped in this app's directory, whatever another test of this process pointed
    # prometheus-client at since (a worker's start-up, a second app).
    prometheus.use_directory(app.state.settings, "api")
    durations_ns = [5_000_000, 5_000_001, 10_000_000_000, 20_000_000_000]
    clock = iter(t for d in durations_ns for t in (0, d))
    monkeypatch.setattr(middleware, "perf_counter_ns", lambda: next(clock))

    class State:
        request_aggregates = RequestAggregates()
        settings = None

    State.settings = type("S", (), {"logs_as_json": False})()

    class App:
        state = State()

    async def inner(scope, receive, send):
        scope["state"][OPERATIONS_KEY] = [OperationFacts("query", "BucketEdges", ())]
        await send({"type": "http.response.start", "status": 200, "headers": []})
        await send({"type": "http.response.body", "body": b"{}"})

    async def ignore(message):
        return None

    observer = middleware.RequestObserverMiddleware(inner)
    for _ in durations_ns:
        await observer({"type": "http", "path": "/graphql", "method": "POST", "app": App(), "state": {}}, None, ignore)

    (row,) = State.request_aggregates._minutes.values()
    assert row[3:] == [1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1]  # b0 (≤ 5 ms), b1 (≤ 10 ms), b10 (≤ 10 s), b11 (slower)
    text = prometheus.scrape().decode()
    bucket = "afterresume_http_request_duration_seconds_bucket"
    cumulative = {le: sample(text, bucket, operation="BucketEdges", le=le) for le in ("0.005", "0.01", "5.0", "10.0")}
    assert cumulative == {"0.005": 1.0, "0.01": 2.0, "5.0": 2.0, "10.0": 3.0}
    assert sample(text, bucket, operation="BucketEdges", le="+Inf") == 4.0
    seconds = sample(text, "afterresume_http_request_duration_seconds_sum", operation="BucketEdges")
    assert seconds == pytest.approx(30.010000001, abs=1e-9)
