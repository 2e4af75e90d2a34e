import uuid
from datetime import timedelta

import pytest

from server.billing import ledger
from server.billing.ledger import GrantKind
from server.billing.models import CreditGrant, JobHold, LedgerEntry, ReserveAccount
from server.errors import ServiceError
from tests.factories import create_reserve, create_tenant


async def assert_consistent(tenant_id):
    facts = await ledger.check_invariants(tenant_id)
    assert facts["balance_cents"] == facts["sum_of_entries"], facts
    assert facts["held_cents"] == facts["sum_of_open_holds"], facts
    assert facts["grants_remaining"] == max(facts["balance_cents"], 0), facts
    return facts


async def test_credit_and_debit_keep_balance_equal_to_sum_of_entries(app):
    tenant = await create_tenant()
    await create_reserve(tenant)
    await ledger.credit(tenant.id, 1000, key="c1", reason="top-up")
    movement = await ledger.debit(tenant.id, 300, key="d1", reason="usage")
    assert movement.entry.amount_cents == -300
    assert movement.entry.balance_after_cents == 700
    assert (await assert_consistent(tenant.id))["balance_cents"] == 700


async def test_replaying_a_key_returns_the_first_result_and_moves_nothing(app):
    tenant = await create_tenant()
    await create_reserve(tenant)
    first = await ledger.credit(tenant.id, 1000, key="same", reason="top-up")
    again = await ledger.credit(tenant.id, 1000, key="same", reason="top-up")
    assert again.replayed and again.entry.id == first.entry.id
    assert await LedgerEntry.all().count() == 1
    assert (await ReserveAccount.get(tenant_id=tenant.id)).balance_cents == 1000


async def test_a_key_reused_for_another_movement_is_refused(app):
    tenant = await create_tenant()
    await create_reserve(tenant, balance_cents=1000)
    await ledger.debit(tenant.id, 100, key="k", reason="usage")
    with pytest.raises(ServiceError) as exc:
        await ledger.debit(tenant.id, 200, key="k", reason="usage")
    assert exc.value.code == "IDEMPOTENCY_KEY_REUSED"
    assert (await ReserveAccount.get(tenant_id=tenant.id)).balance_cents == 900


async def test_block_refuses_a_debit_past_zero_and_writes_nothing(app):
    tenant = await create_tenant()
    await create_reserve(tenant, balance_cents=100)
    with pytest.raises(ServiceError) as exc:
        await ledger.debit(tenant.id, 101, key="d", reason="usage")
    assert exc.value.code == "INSUFFICIENT_BALANCE"
    assert await LedgerEntry.all().count() == 1
    await assert_consistent(tenant.id)


async def test_hold_then_settle_charges_actual_cost_and_closes_the_hold(app):
    tenant = await create_tenant()
    await create_reserve(tenant, balance_cents=1000)
    job = uuid.uuid4()
    hold = await ledger.hold_for_job(tenant.id, job, 400, kind="weekly", limited_max_cents=50)
    assert hold.account.balance_cents == 600 and hold.account.held_cents == 400
    settled = await ledger.settle_job(tenant.id, job, 250)
    assert [e.type for e in settled.entries] == ["release", "debit"]
    assert settled.account.balance_cents == 750 and settled.account.held_cents == 0
    assert (await JobHold.get(job_id=job)).status == "settled"
    replay = await ledger.settle_job(tenant.id, job, 250)
    assert replay.replayed and replay.account.balance_cents == 750
    await assert_consistent(tenant.id)


async def test_release_gives_the_whole_hold_back(app):
    tenant = await create_tenant()
    await create_reserve(tenant, balance_cents=1000)
    job = uuid.uuid4()
    await ledger.hold_for_job(tenant.id, job, 400, kind="weekly", limited_max_cents=50)
    released = await ledger.release_hold(tenant.id, job)
    assert released.account.balance_cents == 1000
    with pytest.raises(ServiceError) as exc:
        await ledger.settle_job(tenant.id, job, 10, key="other-settle")
    assert exc.value.code == "HOLD_NOT_OPEN"
    await assert_consistent(tenant.id)


async def test_block_refuses_a_job_whose_estimate_exceeds_the_balance(app):
    tenant = await create_tenant()
    await create_reserve(tenant, balance_cents=100)
    with pytest.raises(ServiceError) as exc:
        await ledger.hold_for_job(tenant.id, uuid.uuid4(), 101, kind="review", limited_max_cents=50)
    assert exc.value.code == "INSUFFICIENT_BALANCE"
    assert await JobHold.all().count() == 0
    assert (await ReserveAccount.get(tenant_id=tenant.id)).balance_cents == 100


async def test_warn_lets_the_job_run_flagged_and_the_balance_go_negative(app):
    tenant = await create_tenant()
    await create_reserve(tenant, balance_cents=100, policy="WARN")
    job = uuid.uuid4()
    hold = await ledger.hold_for_job(tenant.id, job, 300, kind="review", limited_max_cents=50)
    assert hold.flagged and hold.account.balance_cents == -200
    settled = await ledger.settle_job(tenant.id, job, 350)
    assert settled.account.balance_cents == -250
    await assert_consistent(tenant.id)
    # New credit pays the debt first.
    await ledger.credit(tenant.id, 1000, key="topup", reason="top-up")
    assert (await assert_consistent(tenant.id))["grants_remaining"] == 750


async def test_limited_runs_cheap_jobs_and_refuses_expensive_ones_when_low(app):
    tenant = await create_tenant()
    await create_reserve(tenant, balance_cents=100, policy="LIMITED")  # below the 500 threshold: low
    cheap = await ledger.hold_for_job(tenant.id, uuid.uuid4(), 40, kind="summary", limited_max_cents=50)
    assert not cheap.flagged
    with pytest.raises(ServiceError) as exc:
        await ledger.hold_for_job(tenant.id, uuid.uuid4(), 60, kind="report", limited_max_cents=50)
    assert exc.value.code == "JOB_TOO_EXPENSIVE_FOR_POLICY"
    await ReserveAccount.filter(tenant_id=tenant.id).update(low_balance_threshold_cents=0)
    fine = await ledger.hold_for_job(tenant.id, uuid.uuid4(), 60, kind="report", limited_max_cents=50)
    assert not fine.flagged and fine.account.balance_cents == 0
    await assert_consistent(tenant.id)


async def test_block_settlement_stops_at_zero_and_records_the_rest_as_uncollected(app):
    tenant = await create_tenant()
    await create_reserve(tenant, balance_cents=300)
    job = uuid.uuid4()
    await ledger.hold_for_job(tenant.id, job, 200, kind="report", limited_max_cents=50)
    settled = await ledger.settle_job(tenant.id, job, 500)
    assert settled.account.balance_cents == 0
    assert settled.uncollected_cents == 200
    assert settled.entry.uncollected_cents == 200
    await assert_consistent(tenant.id)


async def test_promotional_credit_is_spent_before_purchased_soonest_expiring_first(app):
    tenant = await create_tenant()
    await create_reserve(tenant, balance_cents=1000)  # purchased
    at = ledger.now()
    late = await ledger.credit(
        tenant.id, 300, key="promo-late", reason="promo", kind=GrantKind.PROMOTIONAL, expires_at=at + timedelta(days=30)
    )
    soon = await ledger.credit(
        tenant.id, 200, key="promo-soon", reason="promo", kind=GrantKind.PROMOTIONAL, expires_at=at + timedelta(days=2)
    )
    forever = await ledger.adjust(tenant.id, 100, key="promo-forever", reason="goodwill", actor=None)
    await ledger.debit(tenant.id, 250, key="d1", reason="usage")
    remaining = {g.entry_id: g.remaining_cents for g in await CreditGrant.all()}
    assert remaining[soon.entry.id] == 0
    assert remaining[late.entry.id] == 250
    assert remaining[forever.entry.id] == 100
    await ledger.debit(tenant.id, 400, key="d2", reason="usage")
    remaining = {g.entry_id: g.remaining_cents for g in await CreditGrant.all()}
    assert remaining[late.entry.id] == 0 and remaining[forever.entry.id] == 0
    purchased = await CreditGrant.get(kind="purchased")
    assert purchased.remaining_cents == 950
    await assert_consistent(tenant.id)


async def test_promotional_credit_expires_on_schedule_with_an_expiry_entry(app):
    tenant = await create_tenant()
    await create_reserve(tenant, balance_cents=1000)
    at = ledger.now()
    await ledger.adjust(
        tenant.id, 500, key="promo", reason="launch promo", actor=None, expires_at=at + timedelta(days=1)
    )
    await ledger.debit(tenant.id, 200, key="d", reason="usage")  # from the promo
    assert await ledger.expire_due_grants(at=at + timedelta(hours=23)) == 0
    assert await ledger.expire_due_grants(at=at + timedelta(days=1, seconds=1)) == 1
    expiry = await LedgerEntry.get(type="expiry")
    assert expiry.amount_cents == -300 and expiry.balance_after_cents == 1000
    assert await ledger.expire_due_grants(at=at + timedelta(days=2)) == 0  # nothing twice
    await assert_consistent(tenant.id)


async def test_expiry_task_is_the_scheduled_entry_point(app, settings):
    from server.billing.tasks import expire_grants
    from server.jobs.queue import TASK_MODULES, build_broker, build_scheduler

    assert "server.billing.tasks" in TASK_MODULES
    broker = build_broker(settings)
    task = broker.find_task("billing.expire_grants")
    assert task.original_func is expire_grants
    assert task.labels["schedule"] == [{"cron": "* * * * *"}]
    [source] = build_scheduler(broker).sources
    await source.startup()
    assert ("billing.expire_grants", "* * * * *") in [(s.task_name, s.cron) for s in await source.get_schedules()]
    tenant = await create_tenant()
    await create_reserve(tenant)
    await ledger.credit(
        tenant.id,
        100,
        key="p",
        reason="promo",
        kind=GrantKind.PROMOTIONAL,
        expires_at=ledger.now() + timedelta(milliseconds=1),
    )
    import asyncio

    await asyncio.sleep(0.01)
    assert await expire_grants() == 1
    assert (await ReserveAccount.get(tenant_id=tenant.id)).balance_cents == 0


async def test_held_promotional_credit_that_expires_meanwhile_is_not_given_back(app):
    tenant = await create_tenant()
    await create_reserve(tenant, balance_cents=100)
    at = ledger.now()
    await ledger.adjust(tenant.id, 300, key="promo", reason="promo", actor=None, expires_at=at + timedelta(hours=1))
    job = uuid.uuid4()
    await ledger.hold_for_job(tenant.id, job, 350, kind="report", limited_max_cents=50)  # 300 promo + 50 purchased
    await ledger.expire_due_grants(at=at + timedelta(hours=2))
    released = await ledger.release_hold(tenant.id, job)
    assert [e.type for e in released.entries] == ["release", "expiry"]
    assert released.account.balance_cents == 100
    await assert_consistent(tenant.id)


async def test_balance_changes_are_published_to_the_tenant_status_channel(app):
    from server.system.events import EventBus, tenant_status_channel

    tenant = await create_tenant()
    await create_reserve(tenant)
    bus = EventBus(app.state.redis)
    stream = bus.subscribe(tenant_status_channel(tenant.id))
    import asyncio

    first = asyncio.ensure_future(stream.__anext__())
    await asyncio.sleep(0.1)
    await ledger.credit(tenant.id, 700, key="c", reason="top-up", bus=bus)
    event = await asyncio.wait_for(first, 5)
    assert event["balanceCents"] == 700 and event["tenantId"] == str(tenant.id) and event["isLow"] is False
    await stream.aclose()


@pytest.mark.parametrize(
    "amount, code",
    [(0, "INVALID_AMOUNT"), (-5, "INVALID_AMOUNT"), (10**15, "AMOUNT_TOO_LARGE"), (True, "INVALID_AMOUNT")],
)
async def test_bad_amounts_are_refused_and_write_nothing(app, amount, code):
    tenant = await create_tenant()
    await create_reserve(tenant, balance_cents=100)
    for call in (
        lambda: ledger.credit(tenant.id, amount, key="x", reason="r"),
        lambda: ledger.debit(tenant.id, amount, key="y", reason="r"),
    ):
        with pytest.raises(ServiceError) as exc:
            await call()
        assert exc.value.code == code
    assert await LedgerEntry.all().count() == 1


async def test_unknown_tenant_is_not_found(app):
    with pytest.raises(ServiceError) as exc:
        await ledger.credit(uuid.uuid4(), 100, key="x", reason="r")
    assert exc.value.code == "NOT_FOUND"
    assert await ReserveAccount.all().count() == 0


async def test_an_account_cannot_grow_past_the_largest_balance(app):
    tenant = await create_tenant()
    await create_reserve(tenant, balance_cents=ledger.MAX_BALANCE_CENTS - 10)
    with pytest.raises(ServiceError) as exc:
        await ledger.credit(tenant.id, 11, key="over", reason="r")
    assert exc.value.code == "BALANCE_LIMIT_EXCEEDED"
    with pytest.raises(ServiceError) as exc:
        await ledger.adjust(tenant.id, 11, key="over2", reason="r", actor=None)
    assert exc.value.code == "BALANCE_LIMIT_EXCEEDED"
    await ledger.credit(tenant.id, 10, key="fits", reason="r")
    await assert_consistent(tenant.id)


async def test_a_crash_in_the_middle_of_a_movement_leaves_no_trace(app, monkeypatch):
    tenant = await create_tenant()
    await create_reserve(tenant, balance_cents=1000)
    before = await ledger.check_invariants(tenant.id)

    async def crash(account):
        raise ConnectionResetError("worker died")

    monkeypatch.setattr(ledger, "_save", crash)
    for attempt in (
        lambda: ledger.debit(tenant.id, 100, key="d", reason="usage"),
        lambda: ledger.credit(tenant.id, 100, key="c", reason="top-up"),
        lambda: ledger.hold_for_job(tenant.id, uuid.uuid4(), 100, kind="report", limited_max_cents=50),
    ):
        with pytest.raises(ConnectionResetError):
            await attempt()
    monkeypatch.undo()
    assert await ledger.check_invariants(tenant.id) == before
    assert await LedgerEntry.all().count() == 1 and await JobHold.all().count() == 0
    # The retry after the crash goes through once.
    await ledger.debit(tenant.id, 100, key="d", reason="usage")
    assert (await assert_consistent(tenant.id))["balance_cents"] == 900


async def test_a_job_pays_from_the_promotional_credit_it_held_even_if_that_expired_meanwhile(app):
    tenant = await create_tenant()
    await create_reserve(tenant, balance_cents=1000)  # purchased
    at = ledger.now()
    await ledger.adjust(tenant.id, 300, key="promo", reason="promo", actor=None, expires_at=at + timedelta(hours=1))
    job = uuid.uuid4()
    await ledger.hold_for_job(tenant.id, job, 400, kind="report", limited_max_cents=50)  # 300 promo + 100 purchased
    await ledger.expire_due_grants(at=at + timedelta(hours=2))  # nothing left in the promo grant to expire
    settled = await ledger.settle_job(tenant.id, job, 250)  # all from the held promo
    assert [e.type for e in settled.entries] == ["release", "debit", "expiry"]
    assert settled.entries[-1].amount_cents == -50  # the unused, expired promo
    assert settled.account.balance_cents == 1000  # purchased credit untouched
    assert (await CreditGrant.get(kind="purchased")).remaining_cents == 1000
    await assert_consistent(tenant.id)


async def test_settling_above_the_hold_takes_the_difference_from_the_grants(app):
    tenant = await create_tenant()
    await create_reserve(tenant, balance_cents=1000, policy="WARN")
    job = uuid.uuid4()
    await ledger.hold_for_job(tenant.id, job, 100, kind="report", limited_max_cents=50)
    settled = await ledger.settle_job(tenant.id, job, 1500)
    assert settled.account.balance_cents == -500 and settled.uncollected_cents == 0
    await assert_consistent(tenant.id)
    job = uuid.uuid4()
    await ledger.hold_for_job(tenant.id, job, 100, kind="report", limited_max_cents=50)  # into more debt, flagged
    await ledger.credit(tenant.id, 2000, key="topup", reason="top-up")  # pays the debt, 1400 left
    settled = await ledger.settle_job(tenant.id, job, 40)  # 60 of the hold comes back as a returned grant
    assert settled.account.balance_cents == 1460
    await assert_consistent(tenant.id)


async def test_returned_credit_pays_debt_before_anything_expires(app):
    tenant = await create_tenant()
    await create_reserve(tenant, policy="WARN")
    at = ledger.now()
    await ledger.adjust(tenant.id, 300, key="promo", reason="promo", actor=None, expires_at=at + timedelta(hours=1))
    held = uuid.uuid4()
    await ledger.hold_for_job(tenant.id, held, 300, kind="report", limited_max_cents=50)  # all of the promo
    other = uuid.uuid4()
    await ledger.hold_for_job(tenant.id, other, 100, kind="report", limited_max_cents=50)
    await ledger.settle_job(tenant.id, other, 200)  # debt: balance -200
    await ledger.expire_due_grants(at=at + timedelta(hours=2))
    await ReserveAccount.filter(tenant_id=tenant.id).update(policy="BLOCK")  # switched while in debt
    released = await ledger.release_hold(tenant.id, held)
    # 200 of the returned (expired) promo pays the debt; only the other 100 expires.
    assert [(e.type, e.amount_cents) for e in released.entries] == [("release", 300), ("expiry", -100)]
    assert released.account.balance_cents == 0
    await assert_consistent(tenant.id)


async def test_a_credit_in_another_currency_is_refused_and_writes_nothing(app):
    tenant = await create_tenant()
    await create_reserve(tenant, balance_cents=100)
    with pytest.raises(ServiceError) as exc:
        await ledger.credit(tenant.id, 500, key="eur", reason="top-up", currency="EUR")
    assert (exc.value.code, exc.value.field) == ("CURRENCY_MISMATCH", "currency")
    movement = await ledger.credit(tenant.id, 500, key="usd", reason="top-up", currency="USD")  # case does not matter
    assert movement.account.balance_cents == 600
    assert await LedgerEntry.filter(tenant_id=tenant.id).count() == 2


async def test_a_second_hold_for_one_job_is_refused(app):
    tenant = await create_tenant()
    await create_reserve(tenant, balance_cents=1000)
    job = uuid.uuid4()
    await ledger.hold_for_job(tenant.id, job, 100, kind="report", limited_max_cents=50)
    with pytest.raises(ServiceError) as exc:
        await ledger.hold_for_job(tenant.id, job, 100, kind="report", limited_max_cents=50, key="another-key")
    assert (exc.value.code, exc.value.field) == ("HOLD_EXISTS", "jobId")
    assert (await ReserveAccount.get(tenant_id=tenant.id)).balance_cents == 900
    assert await JobHold.filter(job_id=job).count() == 1


@pytest.mark.parametrize("key", ["", "k" * 201])
async def test_a_missing_or_overlong_idempotency_key_is_refused(app, key):
    tenant = await create_tenant()
    await create_reserve(tenant, balance_cents=100)
    with pytest.raises(ServiceError) as exc:
        await ledger.credit(tenant.id, 10, key=key, reason="r")
    assert (exc.value.code, exc.value.field) == ("INVALID_IDEMPOTENCY_KEY", "idempotencyKey")
    assert await LedgerEntry.filter(tenant_id=tenant.id).count() == 1
