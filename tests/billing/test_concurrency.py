import asyncio
import random
import uuid

import pytest_asyncio
from tortoise import Tortoise

from server.billing import ledger
from server.billing.models import LedgerEntry, ReserveAccount
from server.db import init_db
from server.errors import ServiceError
from tests.billing.test_ledger import assert_consistent
from tests.factories import create_reserve, create_tenant

CONNECTIONS = 40


@pytest_asyncio.fixture
async def wide_pool(app, settings):
    """Many real PostgreSQL connections at once, then back to the test pool."""
    await Tortoise.close_connections()
    await init_db(settings.model_copy(update={"db_pool_min": CONNECTIONS, "db_pool_max": CONNECTIONS}))
    yield CONNECTIONS
    await Tortoise.close_connections()
    await init_db(settings)


async def _attempt(op):
    try:
        return await op()
    except ServiceError as exc:
        return exc


async def _chain_is_unbroken(account_id):
    entries = await LedgerEntry.filter(account_id=account_id).order_by("created_at", "id")
    balance = 0
    for entry in entries:
        balance += entry.amount_cents
        assert entry.balance_after_cents == balance, "an update was lost or applied out of lock order"
    return entries


async def test_200_concurrent_debits_credits_and_holds_lose_nothing_and_never_go_below_zero(wide_pool):
    tenant = await create_tenant()
    account = await create_reserve(tenant, balance_cents=2000)
    rng = random.Random(4)
    ops = []
    for i in range(60):
        ops.append(("debit", lambda i=i: ledger.debit(tenant.id, 37, key=f"debit-{i}", reason="usage")))
    for i in range(50):
        ops.append(("credit", lambda i=i: ledger.credit(tenant.id, 50, key=f"credit-{i}", reason="top-up")))
    for i in range(10):  # the same deliveries again: must move nothing
        ops.append(("replay", lambda i=i: ledger.credit(tenant.id, 50, key=f"credit-{i}", reason="top-up")))
    jobs = [uuid.uuid4() for _ in range(80)]
    for job in jobs:
        ops.append(
            ("hold", lambda job=job: ledger.hold_for_job(tenant.id, job, 45, kind="report", limited_max_cents=50))
        )
    rng.shuffle(ops)
    assert len(ops) == 200

    results = await asyncio.gather(*[_attempt(op) for _, op in ops])

    done = {"debit": 0, "credit": 0, "replay": 0, "hold": 0}
    for (kind, _), result in zip(ops, results, strict=True):
        if isinstance(result, ServiceError):
            assert result.code == "INSUFFICIENT_BALANCE" and kind in ("debit", "hold"), result
        elif not result.replayed:
            done[kind] += 1
    credited = done["credit"] + done["replay"]  # whichever of a key's two calls came first moved the money
    assert credited == 50
    assert done["debit"] > 0 and done["hold"] > 0
    account = await ReserveAccount.get(id=account.id)
    expected = 2000 + 50 * credited - 37 * done["debit"] - 45 * done["hold"]
    assert account.balance_cents == expected
    entries = await _chain_is_unbroken(account.id)
    assert len(entries) == 1 + credited + done["debit"] + done["hold"]
    assert min(e.balance_after_cents for e in entries) >= 0
    await assert_consistent(tenant.id)

    # Second wave: every hold ends, half settled and half released, all at once, each twice.
    held_jobs = [
        r.hold.job_id for (k, _), r in zip(ops, results, strict=True) if k == "hold" and not isinstance(r, ServiceError)
    ]
    assert held_jobs
    ends = []
    for n, job in enumerate(held_jobs):
        if n % 2:
            ends += [lambda job=job: ledger.settle_job(tenant.id, job, 30)] * 2
        else:
            ends += [lambda job=job: ledger.release_hold(tenant.id, job)] * 2
    outcomes = await asyncio.gather(*[_attempt(op) for op in ends])
    assert not [o for o in outcomes if isinstance(o, ServiceError)]
    account = await ReserveAccount.get(id=account.id)
    settled = len(held_jobs) // 2
    assert account.held_cents == 0
    assert account.balance_cents == expected + 45 * len(held_jobs) - 30 * settled
    entries = await _chain_is_unbroken(account.id)
    assert min(e.balance_after_cents for e in entries) >= 0
    await assert_consistent(tenant.id)


async def test_concurrent_operations_on_many_accounts_do_not_block_each_other_or_mix(wide_pool):
    tenants = [await create_tenant() for _ in range(20)]
    for tenant in tenants:
        await create_reserve(tenant, balance_cents=1000)
    ops = [ledger.debit(t.id, 10, key=f"{t.id}:{i}", reason="usage") for t in tenants for i in range(10)]
    await asyncio.gather(*ops)
    for tenant in tenants:
        facts = await assert_consistent(tenant.id)
        assert facts["balance_cents"] == 900
