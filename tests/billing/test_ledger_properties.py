"""Any sequence of ledger operations keeps every invariant after every step.

A Hypothesis state machine draws the sequences, so a failure shrinks to the shortest
sequence that breaks the books. The rules are synchronous: they run in a worker thread
and hand each ledger call to the test's event loop, where the database connections live.
"""

import asyncio
import uuid
from datetime import timedelta

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    Bundle,
    RuleBasedStateMachine,
    consumes,
    invariant,
    multiple,
    rule,
    run_state_machine_as_test,
)

from server.billing import ledger
from server.billing.ledger import GrantKind
from server.billing.models import LedgerEntry, ReserveAccount
from server.errors import ServiceError
from tests.billing.test_ledger import assert_consistent
from tests.factories import create_reserve, create_tenant

EXPECTED_REFUSALS = {"INSUFFICIENT_BALANCE", "JOB_TOO_EXPENSIVE_FOR_POLICY", "HOLD_NOT_OPEN"}


class LedgerMachine(RuleBasedStateMachine):
    loop: asyncio.AbstractEventLoop
    jobs = Bundle("jobs")

    def __init__(self):
        super().__init__()
        self.clock = ledger.now()
        self.tenant_id = self.wait(self._open_account())

    def wait(self, awaitable):
        async def awaited():
            return await awaitable

        return asyncio.run_coroutine_threadsafe(awaited(), self.loop).result()

    async def _open_account(self):
        tenant = await create_tenant()
        await create_reserve(tenant, balance_cents=500)
        return tenant.id

    def move(self, coro) -> bool:
        """Runs one ledger call; an expected refusal is fine, anything else fails the sequence."""
        try:
            self.wait(coro)
        except ServiceError as exc:
            assert exc.code in EXPECTED_REFUSALS, exc
            return False
        return True

    @staticmethod
    def key() -> str:
        return uuid.uuid4().hex

    @rule(amount=st.integers(1, 400))
    def credit(self, amount):
        self.move(ledger.credit(self.tenant_id, amount, key=self.key(), reason="top-up"))

    @rule(amount=st.integers(1, 300), minutes=st.integers(1, 120))
    def promotional_credit(self, amount, minutes):
        self.move(
            ledger.credit(
                self.tenant_id,
                amount,
                key=self.key(),
                reason="promo",
                kind=GrantKind.PROMOTIONAL,
                expires_at=self.clock + timedelta(minutes=minutes),
            )
        )

    @rule(amount=st.integers(1, 300))
    def debit(self, amount):
        self.move(ledger.debit(self.tenant_id, amount, key=self.key(), reason="usage"))

    @rule(amount=st.integers(1, 200).flatmap(lambda n: st.sampled_from([n, -n])))
    def adjust(self, amount):
        self.move(ledger.adjust(self.tenant_id, amount, key=self.key(), reason="fix", actor=None))

    @rule(target=jobs, estimate=st.integers(0, 250))
    def hold(self, estimate):
        job = uuid.uuid4()
        held = self.move(ledger.hold_for_job(self.tenant_id, job, estimate, kind="report", limited_max_cents=50))
        return job if held else multiple()

    @rule(job=consumes(jobs), cost=st.integers(0, 400))
    def settle(self, job, cost):
        self.move(ledger.settle_job(self.tenant_id, job, cost))

    @rule(job=consumes(jobs))
    def release(self, job):
        self.move(ledger.release_hold(self.tenant_id, job))

    @rule(minutes=st.integers(1, 60))
    def time_passes(self, minutes):
        self.clock += timedelta(minutes=minutes)
        self.move(ledger.expire_due_grants(at=self.clock))

    @rule(policy=st.sampled_from(["BLOCK", "WARN", "LIMITED"]))
    def set_policy(self, policy):
        self.wait(ReserveAccount.filter(tenant_id=self.tenant_id).update(policy=policy))

    @invariant()
    def books_are_exact(self):
        self.wait(self._books_are_exact())

    async def _books_are_exact(self):
        facts = await assert_consistent(self.tenant_id)
        last = await LedgerEntry.filter(tenant_id=self.tenant_id).order_by("-created_at", "-id").first()
        assert last.balance_after_cents == facts["balance_cents"], (last.type, last.amount_cents, facts)

    def teardown(self):
        self.wait(self._every_entry_carries_its_running_balance())

    async def _every_entry_carries_its_running_balance(self):
        running = 0
        for entry in await LedgerEntry.filter(tenant_id=self.tenant_id).order_by("created_at", "id"):
            running += entry.amount_cents
            assert entry.balance_after_cents == running, (entry.type, entry.amount_cents, entry.balance_after_cents)


async def test_every_operation_sequence_keeps_the_books_exact(app):
    LedgerMachine.loop = asyncio.get_running_loop()
    await asyncio.to_thread(
        run_state_machine_as_test,
        LedgerMachine,
        settings=settings(
            max_examples=20,
            stateful_step_count=25,
            deadline=None,
            database=None,
            suppress_health_check=[HealthCheck.too_slow],
        ),
    )
