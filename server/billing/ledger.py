"""The only code that moves money.

Every operation is one transaction that locks the tenant's ReserveAccount row
(`SELECT … FOR UPDATE` through a model query), checks its idempotency key, writes
ledger entries and keeps the account's balance, holds and credit grants in step.
Replaying a key returns the entries it first wrote and moves nothing.

Invariants, at every commit:
- account.balance_cents == sum(entry.amount_cents);
- sum(open grants' remaining_cents) == max(balance_cents, 0) (a negative balance is debt);
- under the BLOCK policy no entry takes the balance below zero.

Holds are ledger entries: a hold takes the estimate out of the balance (so the
balance is always what is spendable) and a release or settlement gives it back.

Callers that run inside a transaction of their own pass no `bus` and call
`announce` after their commit; everyone else passes the bus and the operation
announces the new balance itself, after its commit.
"""

from __future__ import annotations

import enum
import logging
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, cast
from uuid import UUID, uuid4

from tortoise.expressions import Q
from tortoise.transactions import in_transaction

from server.auth.models import User
from server.billing.models import CreditGrant, JobHold, LedgerEntry, ReserveAccount
from server.errors import NotFound, ServiceError
from server.mail.notices import note_reserve_level
from server.metrics.prometheus import count_ledger_entries
from server.system.events import EventBus, tenant_status_channel
from server.tenants.models import Tenant

# No single movement is larger than this, whatever the settings say.
MAX_MOVEMENT_CENTS = 100_000_000_000
# An account holds at most this much (the largest GraphQL Int): beyond it a number is a mistake, not a customer.
MAX_BALANCE_CENTS = 2**31 - 1
GRANT_BATCH = 20
log = logging.getLogger(__name__)


class Policy(enum.Enum):
    BLOCK = "BLOCK"
    WARN = "WARN"
    LIMITED = "LIMITED"


class EntryType(enum.Enum):
    CREDIT = "credit"
    DEBIT = "debit"
    ADJUSTMENT = "adjustment"
    HOLD = "hold"
    RELEASE = "release"
    EXPIRY = "expiry"


class GrantKind(enum.Enum):
    PURCHASED = "purchased"
    PROMOTIONAL = "promotional"
    RETURNED = "returned"


class LedgerInvariantBroken(RuntimeError):
    """A bug, never a user error: the transaction is rolled back."""


@dataclass
class Movement:
    """What an operation did (or, replayed, what it did the first time)."""

    account: ReserveAccount
    entries: list[LedgerEntry]
    replayed: bool = False
    hold: JobHold | None = None
    flagged: bool = False
    uncollected_cents: int = 0
    expired_grants: list[UUID] = field(default_factory=list)

    @property
    def entry(self) -> LedgerEntry | None:
        return self.entries[-1] if self.entries else None


def now() -> datetime:
    return datetime.now(UTC)


def is_low(account: ReserveAccount) -> bool:
    # Tortoise types integer fields' values as Any.
    return bool(account.balance_cents < account.low_balance_threshold_cents)


def check_amount(amount: int, field: str = "amountCents", *, allow_zero: bool = False) -> int:
    if isinstance(amount, bool) or not isinstance(amount, int):
        raise ServiceError("INVALID_AMOUNT", "Amount must be a whole number of cents.", field)
    if amount < 0 or (amount == 0 and not allow_zero):
        raise ServiceError("INVALID_AMOUNT", "Amount must be a positive number of cents.", field)
    if amount > MAX_MOVEMENT_CENTS:
        raise ServiceError("AMOUNT_TOO_LARGE", "Amount is larger than any single movement may be.", field)
    return amount


def _check_ceiling(account: ReserveAccount, amount: int) -> None:
    if account.balance_cents + account.held_cents + amount > MAX_BALANCE_CENTS:
        raise ServiceError(
            "BALANCE_LIMIT_EXCEEDED",
            "This would take the reserve past the largest balance an account may hold.",
            "amountCents",
        )


def _check_key(key: str) -> str:
    if not key or len(key) > 200:
        raise ServiceError(
            "INVALID_IDEMPOTENCY_KEY", "An idempotency key of 1-200 characters is required.", "idempotencyKey"
        )
    return key


async def open_account(tenant: Tenant) -> ReserveAccount:
    """The tenant's account, created with the tenant (signup and bootstrap)."""
    return await ReserveAccount.create(tenant=tenant)


async def ensure_account(tenant_id: UUID) -> ReserveAccount:
    """The tenant's account, made on first use for tenants older than billing."""
    account = await ReserveAccount.get_or_none(tenant_id=tenant_id)
    if account is not None:
        return account
    if not await Tenant.exists(id=tenant_id):
        raise NotFound("Tenant", "tenantId")
    account, _ = await ReserveAccount.get_or_create(tenant_id=tenant_id)
    return account


async def _locked_account(tenant_id: UUID) -> ReserveAccount:
    account = await ReserveAccount.select_for_update().get_or_none(tenant_id=tenant_id)
    if account is None:
        await ensure_account(tenant_id)
        account = await ReserveAccount.select_for_update().get(tenant_id=tenant_id)
    return account


async def _replayed(
    account: ReserveAccount, keys: list[str], type_: EntryType, amount: int | None
) -> list[LedgerEntry] | None:
    """Entries an earlier call with these keys wrote; a key reused for something else is refused."""
    entries = await LedgerEntry.filter(idempotency_key__in=keys).order_by("created_at", "id")
    if not entries:
        return None
    primary = next((e for e in entries if e.idempotency_key == keys[0]), entries[-1])
    if (
        primary.account_id != account.id
        or primary.type != type_.value
        or (amount is not None and abs(primary.amount_cents) != amount)
    ):
        raise ServiceError(
            "IDEMPOTENCY_KEY_REUSED", "That idempotency key was used for a different movement.", "idempotencyKey"
        )
    return entries


async def _write(
    account: ReserveAccount,
    type_: EntryType,
    amount: int,
    key: str,
    *,
    reason: str = "",
    actor: User | None = None,
    job_id: UUID | None = None,
    stripe_reference: str | None = None,
    grant_id: UUID | None = None,
    uncollected: int = 0,
    entry_id: UUID | None = None,
) -> LedgerEntry:
    before = account.balance_cents
    account.balance_cents = before + amount
    if account.policy == Policy.BLOCK.value and amount < 0 and account.balance_cents < 0:
        raise LedgerInvariantBroken(f"{type_.value} of {amount} would take a BLOCK account below zero")
    return await LedgerEntry.create(
        id=entry_id or uuid4(),
        account_id=account.id,
        tenant_id=account.tenant_id,
        type=type_.value,
        amount_cents=amount,
        balance_after_cents=account.balance_cents,
        reason=reason[:2000],
        actor=actor,
        actor_username=actor.username if actor else "",
        job_id=job_id,
        stripe_reference=stripe_reference,
        grant_id=grant_id,
        uncollected_cents=uncollected,
        idempotency_key=key,
    )


async def _save(account: ReserveAccount) -> None:
    account.last_activity_at = now()
    await account.save(update_fields=["balance_cents", "held_cents", "last_activity_at", "updated_at"])


async def _add_grant(
    account: ReserveAccount,
    kind: GrantKind,
    amount: int,
    *,
    balance_before: int,
    expires_at: datetime | None,
    entry_id: UUID,
) -> CreditGrant:
    """New credit first pays off debt (a negative balance before it); the rest becomes a grant."""
    debt = max(0, -balance_before)
    remaining = amount - min(amount, debt)
    return await CreditGrant.create(
        account_id=account.id,
        kind=kind.value,
        priority=0 if kind is GrantKind.PROMOTIONAL else 1,
        original_cents=amount,
        remaining_cents=remaining,
        is_open=remaining > 0,
        expires_at=expires_at,
        entry_id=entry_id,
    )


async def _take_from_grants(account: ReserveAccount, amount: int) -> list[list[Any]]:
    """Spend promotional credit first (soonest-expiring first), then the rest oldest first.

    Returns [[grant_id, cents], ...]; whatever the grants cannot cover is debt.
    """
    left, taken = amount, []
    while left > 0:
        batch = await (
            CreditGrant.filter(account_id=account.id, is_open=True)
            .order_by("priority", "expires_at", "created_at", "id")
            .limit(GRANT_BATCH)
        )
        if not batch:
            break
        for grant in batch:
            take = min(grant.remaining_cents, left)
            grant.remaining_cents -= take
            grant.is_open = grant.remaining_cents > 0
            await grant.save(update_fields=["remaining_cents", "is_open"])
            taken.append([str(grant.id), take])
            left -= take
            if left == 0:
                break
    return taken


async def _return_to_grants(
    account: ReserveAccount, amount: int, allocations: list[list[Any]], *, balance_before: int
) -> int:
    """Give back `amount` a hold took from `allocations` (the rest of it was debt).

    Returned money pays debt first — credit that expired while held first of all, since it
    can go nowhere else — then refills the grants it came from. Returns the cents of
    expired grants left over; the caller writes their expiry (it can never take the
    balance below zero).
    """
    grants = {str(g.id): g for g in await CreditGrant.filter(id__in=[UUID(a[0]) for a in allocations])}
    ordered = sorted(allocations, key=lambda a: grants[a[0]].expired_at is None)  # stable: spending order kept
    to_debt = min(amount, max(0, -balance_before))
    left, expired = amount, 0
    for grant_id, cents in ordered:
        cents = min(cents, left)
        left -= cents
        paid = min(cents, to_debt)
        to_debt -= paid
        cents -= paid
        grant = grants[grant_id]
        if cents == 0:
            continue
        if grant.expired_at is not None:
            expired += cents
            continue
        grant.remaining_cents += cents
        grant.is_open = True
        await grant.save(update_fields=["remaining_cents", "is_open"])
    left -= min(left, to_debt)
    if left > 0:
        # The debt part of a hold whose debt new credit has paid since.
        await CreditGrant.create(
            account_id=account.id,
            kind=GrantKind.RETURNED.value,
            priority=1,
            original_cents=left,
            remaining_cents=left,
            is_open=True,
        )
    return expired


async def announce(bus: EventBus | None, account: ReserveAccount) -> None:
    """Publish the balance to the tenant's status bar; call after the commit."""
    try:
        await note_reserve_level(account, low=is_low(account))
    except Exception:  # the money moved already; a missed warning must not undo or fail it
        log.exception("low-balance warning for tenant %s not recorded", account.tenant_id)
    if bus is None:
        return
    await bus.publish(
        tenant_status_channel(account.tenant_id),
        {
            "type": "reserve.balance",
            "tenantId": str(account.tenant_id),
            "balanceCents": account.balance_cents,
            "heldCents": account.held_cents,
            "currency": account.currency,
            "isLow": is_low(account),
        },
    )


async def _finish(bus: EventBus | None, movement: Movement) -> Movement:
    if not movement.replayed:
        count_ledger_entries(movement.entries)  # committed by now
        await announce(bus, movement.account)
    return movement


async def credit(
    tenant_id: UUID,
    amount_cents: int,
    *,
    key: str,
    reason: str,
    kind: GrantKind = GrantKind.PURCHASED,
    expires_at: datetime | None = None,
    stripe_reference: str | None = None,
    currency: str | None = None,
    actor: User | None = None,
    bus: EventBus | None = None,
) -> Movement:
    """Add credit. Purchased credit never expires; promotional credit may."""
    check_amount(amount_cents)
    _check_key(key)
    if expires_at is not None and kind is not GrantKind.PROMOTIONAL:
        raise ServiceError("INVALID_EXPIRY", "Only promotional credit can expire.", "expiresAt")
    async with in_transaction():
        account = await _locked_account(tenant_id)
        if (entries := await _replayed(account, [key], EntryType.CREDIT, amount_cents)) is not None:
            return Movement(account, entries, replayed=True)
        if currency is not None and currency.lower() != account.currency:
            raise ServiceError("CURRENCY_MISMATCH", f"The reserve is kept in {account.currency.upper()}.", "currency")
        _check_ceiling(account, amount_cents)
        entry_id = uuid4()
        grant = await _add_grant(
            account, kind, amount_cents, balance_before=account.balance_cents, expires_at=expires_at, entry_id=entry_id
        )
        entry = await _write(
            account,
            EntryType.CREDIT,
            amount_cents,
            key,
            reason=reason,
            actor=actor,
            stripe_reference=stripe_reference,
            grant_id=grant.id,
            entry_id=entry_id,
        )
        await _save(account)
    return await _finish(bus, Movement(account, [entry]))


async def debit(
    tenant_id: UUID,
    amount_cents: int,
    *,
    key: str,
    reason: str,
    job_id: UUID | None = None,
    actor: User | None = None,
    bus: EventBus | None = None,
) -> Movement:
    """Take money out. BLOCK refuses to go below zero; WARN and LIMITED let the balance go negative."""
    check_amount(amount_cents)
    _check_key(key)
    async with in_transaction():
        account = await _locked_account(tenant_id)
        if (entries := await _replayed(account, [key], EntryType.DEBIT, amount_cents)) is not None:
            return Movement(account, entries, replayed=True)
        if account.policy == Policy.BLOCK.value and amount_cents > account.balance_cents:
            raise ServiceError("INSUFFICIENT_BALANCE", "The reserve does not cover this amount.", "amountCents")
        await _take_from_grants(account, amount_cents)
        entry = await _write(account, EntryType.DEBIT, -amount_cents, key, reason=reason, actor=actor, job_id=job_id)
        await _save(account)
    return await _finish(bus, Movement(account, [entry]))


async def adjust(
    tenant_id: UUID,
    amount_cents: int,
    *,
    key: str,
    reason: str,
    actor: User | None,
    expires_at: datetime | None = None,
    bus: EventBus | None = None,
) -> Movement:
    """A correction by staff: positive amounts are promotional credit (optionally expiring), negative ones a charge."""
    if amount_cents == 0:
        raise ServiceError("INVALID_AMOUNT", "An adjustment must be a non-zero number of cents.", "amountCents")
    size = check_amount(abs(amount_cents))
    _check_key(key)
    if expires_at is not None and amount_cents < 0:
        raise ServiceError("INVALID_EXPIRY", "Only added credit can expire.", "expiresAt")
    async with in_transaction():
        account = await _locked_account(tenant_id)
        if (entries := await _replayed(account, [key], EntryType.ADJUSTMENT, size)) is not None:
            return Movement(account, entries, replayed=True)
        if amount_cents < 0:
            if account.policy == Policy.BLOCK.value and size > account.balance_cents:
                raise ServiceError(
                    "INSUFFICIENT_BALANCE",
                    "This would take the reserve below zero, which its BLOCK policy forbids.",
                    "amountCents",
                )
            await _take_from_grants(account, size)
            entry = await _write(account, EntryType.ADJUSTMENT, amount_cents, key, reason=reason, actor=actor)
        else:
            _check_ceiling(account, amount_cents)
            entry_id = uuid4()
            grant = await _add_grant(
                account,
                GrantKind.PROMOTIONAL,
                amount_cents,
                balance_before=account.balance_cents,
                expires_at=expires_at,
                entry_id=entry_id,
            )
            entry = await _write(
                account,
                EntryType.ADJUSTMENT,
                amount_cents,
                key,
                reason=reason,
                actor=actor,
                grant_id=grant.id,
                entry_id=entry_id,
            )
        await _save(account)
    return await _finish(bus, Movement(account, [entry]))


def hold_decision(account: ReserveAccount, estimate_cents: int, limited_max_cents: int) -> bool:
    """Whether the policy lets a job with this estimate start; True means it starts flagged.

    Raises the policy's refusal.
    """
    short: bool = estimate_cents > account.balance_cents
    policy = Policy(account.policy)
    if policy is Policy.BLOCK:
        if short:
            raise ServiceError(
                "INSUFFICIENT_BALANCE",
                "The reserve does not cover this job's estimate; top up to run it.",
                "estimateCents",
            )
        return False
    if policy is Policy.WARN:
        return short
    if short or is_low(account):
        if estimate_cents > limited_max_cents:
            raise ServiceError(
                "JOB_TOO_EXPENSIVE_FOR_POLICY",
                "The reserve is low: only inexpensive jobs run until it is topped up.",
                "estimateCents",
            )
        return short
    return False


async def hold_for_job(
    tenant_id: UUID,
    job_id: UUID,
    estimate_cents: int,
    *,
    kind: str,
    limited_max_cents: int,
    key: str | None = None,
    bus: EventBus | None = None,
) -> Movement:
    """Take a job's estimate out of the balance before it starts, as the tenant's policy allows."""
    check_amount(estimate_cents, "estimateCents", allow_zero=True)
    key = _check_key(key or f"job:{job_id}:hold")
    async with in_transaction():
        account = await _locked_account(tenant_id)
        if (entries := await _replayed(account, [key], EntryType.HOLD, estimate_cents)) is not None:
            hold = await JobHold.get(job_id=job_id)
            return Movement(account, entries, replayed=True, hold=hold, flagged=hold.flagged)
        if await JobHold.exists(job_id=job_id):
            raise ServiceError("HOLD_EXISTS", "This job already holds part of the reserve.", "jobId")
        flagged = hold_decision(account, estimate_cents, limited_max_cents)
        allocations = await _take_from_grants(account, estimate_cents)
        hold = await JobHold.create(
            account_id=account.id,
            job_id=job_id,
            kind=kind[:64],
            amount_cents=estimate_cents,
            allocations=allocations,
            flagged=flagged,
        )
        account.held_cents += estimate_cents
        entry = await _write(
            account, EntryType.HOLD, -estimate_cents, key, reason=f"Hold for {kind} job", job_id=job_id
        )
        await _save(account)
    return await _finish(bus, Movement(account, [entry], hold=hold, flagged=flagged))


async def _open_hold(account: ReserveAccount, job_id: UUID) -> JobHold | None:
    hold = await JobHold.select_for_update().get_or_none(job_id=job_id)
    if hold is None:
        return None
    if hold.account_id != account.id:
        raise NotFound("Hold", "jobId")
    if hold.status != "open":
        raise ServiceError("HOLD_NOT_OPEN", f"This job's hold is already {hold.status}.", "jobId")
    return hold


def _unused_allocations(allocations: list[list[Any]], spent: int) -> list[list[Any]]:
    """What is left of a hold's allocations after `spent` cents were charged from them, in spending order."""
    left = []
    for grant_id, cents in allocations:
        used = min(cents, spent)
        spent -= used
        if cents > used:
            left.append([grant_id, cents - used])
    return left


async def _release(account: ReserveAccount, hold: JobHold, key: str, reason: str) -> list[LedgerEntry]:
    before = account.balance_cents
    account.held_cents -= hold.amount_cents
    entries = [await _write(account, EntryType.RELEASE, hold.amount_cents, key, reason=reason, job_id=hold.job_id)]
    expired = await _return_to_grants(account, hold.amount_cents, hold.allocations, balance_before=before)
    if expired:
        entries.append(
            await _write(
                account,
                EntryType.EXPIRY,
                -expired,
                f"{key}:expiry",
                job_id=hold.job_id,
                reason="Returned promotional credit had expired",
            )
        )
    hold.closed_at = now()
    return entries


async def release_hold(
    tenant_id: UUID,
    job_id: UUID,
    *,
    reason: str = "Job ended without cost",
    key: str | None = None,
    bus: EventBus | None = None,
) -> Movement:
    """Give a failed or cancelled job's hold back."""
    key = _check_key(key or f"job:{job_id}:release")
    async with in_transaction():
        account = await _locked_account(tenant_id)
        if (entries := await _replayed(account, [key], EntryType.RELEASE, None)) is not None:
            return Movement(account, entries, replayed=True, hold=await JobHold.get_or_none(job_id=job_id))
        hold = await _open_hold(account, job_id)
        if hold is None:
            raise NotFound("Hold", "jobId")
        entries = await _release(account, hold, key, reason)
        hold.status = "released"
        await hold.save(update_fields=["status", "closed_at"])
        await _save(account)
    return await _finish(bus, Movement(account, entries, hold=hold, flagged=hold.flagged))


async def settle_job(
    tenant_id: UUID,
    job_id: UUID,
    actual_cents: int,
    *,
    reason: str = "Job cost",
    key: str | None = None,
    bus: EventBus | None = None,
) -> Movement:
    """Release the job's hold and charge what it actually cost.

    Under BLOCK the charge stops at zero balance and the rest is recorded as uncollected;
    under WARN and LIMITED the balance may go negative.
    """
    check_amount(actual_cents, "actualCents", allow_zero=True)
    key = _check_key(key or f"job:{job_id}:settle")
    async with in_transaction():
        account = await _locked_account(tenant_id)
        if (
            entries := await _replayed(account, [key, f"{key}:release", f"{key}:release:expiry"], EntryType.DEBIT, None)
        ) is not None:
            debit_entry = next(e for e in entries if e.idempotency_key == key)
            return Movement(
                account,
                entries,
                replayed=True,
                hold=await JobHold.get_or_none(job_id=job_id),
                uncollected_cents=debit_entry.uncollected_cents,
            )
        hold = await _open_hold(account, job_id)
        held = hold.amount_cents if hold else 0
        before = account.balance_cents
        charge = actual_cents
        if account.policy == Policy.BLOCK.value:
            charge = min(actual_cents, max(0, before + held))
        entries = []
        if hold:
            account.held_cents -= held
            entries.append(
                await _write(
                    account,
                    EntryType.RELEASE,
                    held,
                    f"{key}:release",
                    job_id=job_id,
                    reason="Hold released at settlement",
                )
            )
        entries.append(
            await _write(
                account, EntryType.DEBIT, -charge, key, reason=reason, job_id=job_id, uncollected=actual_cents - charge
            )
        )
        # The cost is paid first from the money the hold took (even promotional credit that expired
        # meanwhile: it was set aside for this job); only the rest of the hold goes back.
        from_hold = min(charge, held)
        if hold and held > from_hold:
            unused = _unused_allocations(hold.allocations, from_hold)
            expired = await _return_to_grants(account, held - from_hold, unused, balance_before=before)
            if expired:
                entries.append(
                    await _write(
                        account,
                        EntryType.EXPIRY,
                        -expired,
                        f"{key}:release:expiry",
                        job_id=job_id,
                        reason="Returned promotional credit had expired",
                    )
                )
        if charge > from_hold:
            await _take_from_grants(account, charge - from_hold)
        if hold:
            hold.status = "settled"
            hold.closed_at = now()
            await hold.save(update_fields=["status", "closed_at"])
        await _save(account)
    return await _finish(
        bus,
        Movement(
            account, entries, hold=hold, flagged=bool(hold and hold.flagged), uncollected_cents=actual_cents - charge
        ),
    )


async def expire_due_grants(*, at: datetime | None = None, bus: EventBus | None = None) -> int:
    """Expire promotional credit whose time has come; returns how many grants were closed.

    Run by the scheduler (billing.expire_grants); each account in its own transaction.
    """
    at = at or now()
    due = await CreditGrant.filter(expired_at=None, expires_at__lte=at).values_list("account_id", flat=True)
    closed = 0
    for account_id in sorted(set(due)):
        async with in_transaction():
            account = await ReserveAccount.select_for_update().get(id=account_id)
            grants = await CreditGrant.filter(Q(account_id=account_id, expired_at=None, expires_at__lte=at)).order_by(
                "expires_at", "id"
            )
            for grant in grants:
                if grant.remaining_cents > 0:
                    await _write(
                        account,
                        EntryType.EXPIRY,
                        -grant.remaining_cents,
                        f"expiry:{grant.id}",
                        reason="Promotional credit expired",
                        grant_id=grant.id,
                    )
                grant.remaining_cents = 0
                grant.is_open = False
                grant.expired_at = at
                await grant.save(update_fields=["remaining_cents", "is_open", "expired_at"])
                closed += 1
            await _save(account)
        await announce(bus, account)
    return closed


async def check_invariants(tenant_id: UUID) -> dict[str, int]:
    """Recompute what the account claims; used by tests, the integrity report and the runbook."""
    account = await ReserveAccount.get(tenant_id=tenant_id)
    # values_list(flat=True) gives the values themselves; Tortoise types every row as a tuple.
    entries = cast(list[int], await LedgerEntry.filter(account_id=account.id).values_list("amount_cents", flat=True))
    grants = cast(list[int], await CreditGrant.filter(account_id=account.id).values_list("remaining_cents", flat=True))
    held = cast(
        list[int], await JobHold.filter(account_id=account.id, status="open").values_list("amount_cents", flat=True)
    )
    return {
        "balance_cents": account.balance_cents,
        "sum_of_entries": sum(entries),
        "held_cents": account.held_cents,
        "sum_of_open_holds": sum(held),
        "grants_remaining": sum(grants),
    }
