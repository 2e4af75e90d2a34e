"""Random sequences of every ledger operation keep every invariant after every step."""

import random
import uuid
from datetime import timedelta

import pytest

from server.billing import ledger
from server.billing.ledger import GrantKind
from server.billing.models import LedgerEntry, ReserveAccount
from server.errors import ServiceError
from tests.billing.test_ledger import assert_consistent
from tests.factories import create_reserve, create_tenant

EXPECTED_REFUSALS = {"INSUFFICIENT_BALANCE", "JOB_TOO_EXPENSIVE_FOR_POLICY", "HOLD_NOT_OPEN"}


@pytest.mark.parametrize("seed", [1, 2, 3, 4])
async def test_random_operation_sequences_keep_the_books_exact(app, seed):
    rng = random.Random(seed)
    tenant = await create_tenant()
    await create_reserve(tenant, balance_cents=500)
    clock = ledger.now()
    open_jobs: list[uuid.UUID] = []
    for step in range(120):
        op = rng.choice(["credit", "promo", "debit", "adjust", "hold", "settle", "release", "expire", "policy"])
        key = f"{seed}:{step}"
        try:
            if op == "credit":
                await ledger.credit(tenant.id, rng.randint(1, 400), key=key, reason="top-up")
            elif op == "promo":
                await ledger.credit(tenant.id, rng.randint(1, 300), key=key, reason="promo", kind=GrantKind.PROMOTIONAL,
                                    expires_at=clock + timedelta(minutes=rng.randint(1, 120)))
            elif op == "debit":
                await ledger.debit(tenant.id, rng.randint(1, 300), key=key, reason="usage")
            elif op == "adjust":
                await ledger.adjust(tenant.id, rng.choice([-1, 1]) * rng.randint(1, 200), key=key, reason="fix", actor=None)
            elif op == "hold":
                job = uuid.uuid4()
                await ledger.hold_for_job(tenant.id, job, rng.randint(0, 250), kind="report", limited_max_cents=50)
                open_jobs.append(job)
            elif op in ("settle", "release") and open_jobs:
                job = open_jobs.pop(rng.randrange(len(open_jobs)))
                if op == "settle":
                    await ledger.settle_job(tenant.id, job, rng.randint(0, 400))
                else:
                    await ledger.release_hold(tenant.id, job)
            elif op == "expire":
                clock += timedelta(minutes=rng.randint(1, 60))
                await ledger.expire_due_grants(at=clock)
            elif op == "policy":
                await ReserveAccount.filter(tenant_id=tenant.id).update(policy=rng.choice(["BLOCK", "WARN", "LIMITED"]))
        except ServiceError as exc:
            assert exc.code in EXPECTED_REFUSALS, (step, op, exc)
        facts = await assert_consistent(tenant.id)
        account = await ReserveAccount.get(tenant_id=tenant.id)
        last = await LedgerEntry.filter(account_id=account.id).order_by("-created_at", "-id").first()
        assert last.balance_after_cents == facts["balance_cents"], (step, op)
    entries = await LedgerEntry.filter(tenant_id=tenant.id).order_by("created_at", "id")
    running = 0
    for entry in entries:
        running += entry.amount_cents
        assert entry.balance_after_cents == running
