"""Request aggregates from several processes sum in PostgreSQL; percentiles, error rate, roll-up and
pruning are exact; authenticated requests mark their user active once a day; snapshots serve the dashboard."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

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


async def test_refresh_stores_a_snapshot_that_answers_the_default_window(gql):
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
    stale = (await gql.ok(SYSTEM, {"s": None, "e": None}, token=staff_token))["admin"]["metrics"]
    assert stale["fromSnapshot"] is False


async def test_a_normal_user_cannot_refresh_or_read_metrics(gql):
    token = await token_for(await create_user())
    body = await gql("mutation { refreshMetrics { errors { code } } }", token=token)
    assert body["errors"][0]["extensions"]["code"] == "FORBIDDEN"
    body = await gql(SYSTEM, {"s": None, "e": None}, token=token)
    assert body["errors"][0]["extensions"]["code"] == "FORBIDDEN"
    assert await MetricsSnapshot.all().count() == 0
