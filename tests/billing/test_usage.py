"""`reserve { usage }`: credits, spend and closing balance per day or week, from a known ledger history."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

from server.billing import ledger
from server.billing.models import LedgerEntry
from tests.factories import create_reserve, create_user, token_for

USAGE = """query($s: Date!, $e: Date!, $b: UsageBucket!) {
  reserve { usage(startDate: $s, endDate: $e, bucket: $b) { date creditsCents spentCents balanceCents } }
}"""


def at(day: str, hour: int = 12) -> datetime:
    return datetime.fromisoformat(f"{day}T{hour:02d}:00:00").replace(tzinfo=UTC)


async def dated(movement: ledger.Movement, when: datetime) -> None:
    await LedgerEntry.filter(id__in=[e.id for e in movement.entries]).update(created_at=when)


async def history(tenant_id) -> None:
    """Before the window: +10.00. In it (2026-03-01 is a Sunday):
    Mar 2 +100.00 top-up; Mar 3 a job held 5.00 and settled at 15.00 (held balance dips, then recovers);
    Mar 5 staff adds 20.00 and takes 3.00; Mar 9 a 2.50 debit at 23:59 and at 00:00 the next day 1.00."""
    await dated(await ledger.credit(tenant_id, 1000, key="early", reason="early"), at("2026-02-20"))
    await dated(await ledger.credit(tenant_id, 10000, key="topup", reason="top-up"), at("2026-03-02", 9))
    job = uuid.uuid4()
    await dated(await ledger.hold_for_job(tenant_id, job, 500, kind="report", limited_max_cents=0), at("2026-03-03", 8))
    await dated(await ledger.settle_job(tenant_id, job, 1500), at("2026-03-03", 9))
    await dated(await ledger.adjust(tenant_id, 2000, key="promo", reason="promo", actor=None), at("2026-03-05", 10))
    await dated(await ledger.adjust(tenant_id, -300, key="fix", reason="fix", actor=None), at("2026-03-05", 11))
    late = await ledger.debit(tenant_id, 250, key="late", reason="late")
    await LedgerEntry.filter(id=late.entry.id).update(created_at=datetime(2026, 3, 9, 23, 59, 59, tzinfo=UTC))
    await dated(await ledger.debit(tenant_id, 100, key="next", reason="next"), at("2026-03-10", 0))


async def funded_user():
    user = await create_user()
    tenant = await (await user.profile).tenant
    await create_reserve(tenant)
    await history(tenant.id)
    return tenant, await token_for(user)


async def test_daily_usage_follows_the_ledger(gql):
    tenant, token = await funded_user()
    data = await gql.ok(USAGE, {"s": "2026-03-01", "e": "2026-03-10", "b": "DAY"}, token=token)
    points = [(p["date"], p["creditsCents"], p["spentCents"], p["balanceCents"]) for p in data["reserve"]["usage"]]
    assert points == [
        ("2026-03-01", 0, 0, 1000),
        ("2026-03-02", 10000, 0, 11000),
        ("2026-03-03", 0, 1500, 9500),
        ("2026-03-04", 0, 0, 9500),
        ("2026-03-05", 2000, 0, 11200),
        ("2026-03-06", 0, 0, 11200),
        ("2026-03-07", 0, 0, 11200),
        ("2026-03-08", 0, 0, 11200),
        ("2026-03-09", 0, 250, 10950),
        ("2026-03-10", 0, 100, 10850),
    ]
    balances = await ledger.check_invariants(tenant.id)
    assert balances["balance_cents"] == points[-1][3] == balances["sum_of_entries"]


async def test_weekly_usage_starts_on_mondays_and_is_clipped_to_the_window(gql):
    _, token = await funded_user()
    data = await gql.ok(USAGE, {"s": "2026-03-01", "e": "2026-03-09", "b": "WEEK"}, token=token)
    assert data["reserve"]["usage"] == [
        # The week of Feb 23 contributes only its Sunday, Mar 1: the Feb 20 credit is the opening balance.
        {"date": "2026-02-23", "creditsCents": 0, "spentCents": 0, "balanceCents": 1000},
        {"date": "2026-03-02", "creditsCents": 12000, "spentCents": 1500, "balanceCents": 11200},
        # Mar 10 is outside the window: only the 23:59 debit of Mar 9 counts.
        {"date": "2026-03-09", "creditsCents": 0, "spentCents": 250, "balanceCents": 10950},
    ]


async def test_an_empty_reserve_has_a_zero_series_of_every_day(gql):
    user = await create_user()
    data = await gql.ok(USAGE, {"s": "2026-01-01", "e": "2026-01-31", "b": "DAY"}, token=await token_for(user))
    usage = data["reserve"]["usage"]
    assert len(usage) == 31 and usage[0]["date"] == "2026-01-01" and usage[-1]["date"] == "2026-01-31"
    assert {(p["creditsCents"], p["spentCents"], p["balanceCents"]) for p in usage} == {(0, 0, 0)}


async def test_usage_is_the_callers_tenants_only(gql):
    await funded_user()
    stranger = await create_user()
    data = await gql.ok(USAGE, {"s": "2026-03-01", "e": "2026-03-10", "b": "WEEK"}, token=await token_for(stranger))
    assert {(p["creditsCents"], p["spentCents"], p["balanceCents"]) for p in data["reserve"]["usage"]} == {(0, 0, 0)}


async def test_the_window_is_at_most_400_days_and_in_order(gql):
    _, token = await funded_user()
    ok = await gql.ok(USAGE, {"s": "2025-02-07", "e": "2026-03-13", "b": "DAY"}, token=token)
    assert len(ok["reserve"]["usage"]) == 400
    for start, end, reason in (
        ("2025-02-06", "2026-03-13", "DATE_RANGE_TOO_LONG"),
        ("2026-03-10", "2026-03-01", "INVALID_DATE_RANGE"),
    ):
        body = await gql(USAGE, {"s": start, "e": end, "b": "WEEK"}, token=token)
        assert body["data"] is None
        assert [(e["extensions"]["code"], e["extensions"]["reason"]) for e in body["errors"]] == [
            ("BAD_REQUEST", reason)
        ]


async def test_the_series_is_one_sql_statement_however_long(gql, count_queries):
    _, token = await funded_user()
    query = '{ reserve { usage(startDate: "%s", endDate: "2026-03-10") { date balanceCents } } }'
    counts = []
    for start in ("2026-03-09", "2025-03-10"):
        await gql.ok(query % start, token=token)  # warm: token last-used
        with count_queries() as counted:
            await gql.ok(query % start, token=token)
        counts.append(sum("ledger_entry" in q for q in counted))
    assert counts == [1, 1]
